#pragma once

// The flow's Debugger alerts over the range shown: counted by error code and by widget, each row
// with the executions it belongs to; choosing a row lists those executions in the table. Only
// alerts that belong to executions of the flow are counted (the same matcher as one execution's).

#include "export/alertsreport.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTabWidget;

namespace flowscope {

class AlertsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertsDialog)

public:
    AlertsDialog(StudioClient *client, RelatedSession *session, QWidget *parent = nullptr);
    ~AlertsDialog() override;

    // Counts the flow's alerts over [from, to) (an invalid end: the 30 days Monitor keeps, up to
    // now); a report under way is dropped.
    void count(const QString &flowSid, const QString &flowName, const QDateTime &from,
        const QDateTime &to);
    bool isCounting() const { return m_report->isRunning(); }
    QStandardItemModel *byCode() const { return m_byCode; }
    QStandardItemModel *byWidget() const { return m_byWidget; }

Q_SIGNALS:
    // A row was chosen: the table should list these, saying why.
    void executionsChosen(const QStringList &executionSids, const QString &why);
    void counted(); // the counts are shown (or why not)

private:
    QTableView *buildTable(QStandardItemModel *model);
    void finished(const ApiError &error);
    void choose(QStandardItemModel *model, int row);

    AlertsReport *m_report;
    QLabel *m_status;
    QTabWidget *m_tabs;
    QStandardItemModel *m_byCode;
    QStandardItemModel *m_byWidget;
    QPushButton *m_recount;
    QString m_flowSid;
    QString m_flowName;
    QDateTime m_from;
    QDateTime m_to;
};

} // namespace flowscope
