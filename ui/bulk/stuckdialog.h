#pragma once

// "Find stuck…": the active executions of the chosen flows that started more than N hours ago,
// optionally of one contact — the ones that block customers — in a table of their own, from which
// the selected (or all) are ended with the End executions dialog.

#include "api/studioclient.h"

#include <QDialog>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace flowscope {

class EndDialog;
class FlowsModel;
class ResultsModel;
class StuckFinder;

class StuckDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StuckDialog)

public:
    StuckDialog(StudioClient *client, FlowsModel *flows, const QString &currentFlow,
        QWidget *parent = nullptr);
    ~StuckDialog() override;

    QLineEdit *contactEdit() const { return m_contact; }
    QLineEdit *countryEdit() const { return m_country; }
    QPushButton *findButton() const { return m_find; }
    ResultsModel *results() const { return m_results; }

    void find();
    // The End executions dialog for the selected results (all of them when none is selected).
    EndDialog *endSelected();

Q_SIGNALS:
    void searchFinished();
    void executionChanged(const QByteArray &executionJson); // for the main table too

private:
    StudioClient *m_client; // not owned
    FlowsModel *m_flowsModel; // not owned
    StuckFinder *m_finder = nullptr; // child
    ResultsModel *m_results;
    QListWidget *m_flows;
    QDoubleSpinBox *m_hours;
    QLineEdit *m_contact;
    QLineEdit *m_country;
    QPushButton *m_find;
    QLabel *m_status;
    QTableView *m_view;
    QPushButton *m_end;
};

} // namespace flowscope
