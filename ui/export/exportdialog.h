#pragma once

// File ▸ Export… (Ctrl+E): the selected rows, all loaded rows, or every execution of the flow
// and range, to CSV — spreadsheet-safe (formula guard, BOM) and written atomically, with
// progress and Cancel. Success says how many rows and offers the folder.

#include "executions/executionstore.h"
#include "export/exportformat.h"

#include <QDialog>

#include <functional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace flowscope {

class ExecutionsModel;
class ExecutionsView;
class ExportJob;
class StudioClient;

class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    // Where the file is proposed: the folder used last while it exists, else the Documents
    // folder (created when missing), else home.
    static QString defaultFolder(
        const QString &remembered, const QString &documents, const QString &home);
    enum class Scope { Selected, Loaded, Query };
    Q_ENUM(Scope)

    ExportDialog(StudioClient *client, ExecutionsModel *model, ExecutionsView *view,
        QWidget *parent = nullptr);
    // For search results: executions of any flows, the selected ones and all of them.
    ExportDialog(StudioClient *client, const QList<Execution> &selected,
        const QList<Execution> &all, QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setScope(Scope scope);
    void startExport();
    void cancelExport();
    bool isExporting() const;
    // Asked before replacing an existing file typed by hand; a test may answer for the person.
    void setOverwriteConfirmation(std::function<bool(const QString &path)> confirm)
    {
        m_confirmOverwrite = std::move(confirm);
    }

    QCheckBox *includeContext() const { return m_context; }
    QRadioButton *localTimes() const { return m_local; }
    QLabel *result() const { return m_result; }

    QStringList chosenColumns() const; // API field names, in the chosen order
    ExportFormat chosenFormat() const;

Q_SIGNALS:
    void exportFinished(bool ok, qint64 rows, const QString &message);

private:
    ExportDialog(StudioClient *client, ExecutionsModel *model, ExecutionsView *view,
        const QList<Execution> &selectedResults, const QList<Execution> &allResults,
        QWidget *parent);
    // The dialog, built in steps.
    void chooseScope();
    void listColumns();
    // The outcome columns the table shows, ticked for rows of the table and unticked for the
    // whole range (there they cost a request or two per execution), unless the user chose.
    void tickOutcomeColumns();
    void describeOptions();
    void restoreChoices();
    void layOut();
    void connectButtons();

    void choosePath();
    void setRunning(bool running);
    void saveChoices() const;
    void formatChosen(); // the file's extension and the options that apply follow the format
    void pathTyped(const QString &path); // a path ending in .xlsx or .csv picks that format

    StudioClient *m_client; // not owned
    ExecutionsModel *m_model; // not owned
    ExecutionsView *m_view; // not owned; null for search results
    QList<Execution> m_selectedResults;
    QList<Execution> m_allResults;
    ExportJob *m_job = nullptr;
    std::function<bool(const QString &)> m_confirmOverwrite;

    QRadioButton *m_selected;
    QRadioButton *m_loaded;
    QRadioButton *m_all;
    QListWidget *m_columns;
    QRadioButton *m_utc;
    QRadioButton *m_local;
    QCheckBox *m_context;
    QLineEdit *m_paths;
    QComboBox *m_format;
    QCheckBox *m_excel;
    QCheckBox *m_guard;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QProgressBar *m_progress;
    QLabel *m_result;
    QPushButton *m_export;
    QPushButton *m_cancel;
    QPushButton *m_openFolder;
    QPushButton *m_close;
    QWidget *m_options;
    // The outcome columns follow the rows chosen until the user ticks or unticks one of them.
    bool m_outcomesChosen = false;
    bool m_applyingDefaults = false;
};

} // namespace flowscope
