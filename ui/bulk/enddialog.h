#pragma once

// "End executions…": says what will be ended — how many, from which flows, the oldest and the
// newest, which selected ones are skipped because they have ended — and for more than ten asks
// for their number to be typed. Then ends them with EndJob (progress, Cancel: stops sending),
// says what happened to each, and offers the audit CSV.

#include "bulk/endjob.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace flowscope {

struct Execution;

class EndDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndDialog)

public:
    // executions: what the person selected (ended ones are skipped and said so); flowNames for
    // the flows' names.
    EndDialog(StudioClient *client, const QList<Execution> &executions,
        const QHash<QString, QString> &flowNames, QWidget *parent = nullptr);
    ~EndDialog() override;

    qsizetype targetCount() const { return m_targets.size(); }
    QPushButton *cancelButton() const { return m_cancel; }
    const EndJob *job() const { return m_job; }
    // Where Save audit CSV writes; a test may answer for the file dialog.
    void setAuditPathChooser(std::function<QString()> choose) { m_choosePath = std::move(choose); }

    void startEnding();
    void saveAudit();

Q_SIGNALS:
    void executionChanged(const QByteArray &executionJson); // the API's answer, for the tables
    void endingFinished();

private:
    void updateEndButton();

    StudioClient *m_client; // not owned
    QList<EndTarget> m_targets;
    EndJob *m_job = nullptr; // child
    std::function<QString()> m_choosePath;
    QLabel *m_summary;
    QLineEdit *m_typed;
    QProgressBar *m_progress;
    QLabel *m_result;
    QPlainTextEdit *m_failures;
    QPushButton *m_end;
    QPushButton *m_cancel;
    QPushButton *m_saveAudit;
    QPushButton *m_close;
};

} // namespace flowscope
