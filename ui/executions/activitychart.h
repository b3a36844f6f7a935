#pragma once

// Executions over time, above the table: the loaded rows per 5 minutes, hour or day (chosen from
// the range, in local time), stacked ended / active / failed. Hover a bar for its counts; click
// one, or drag across several, to narrow the date range to them. It counts the loaded rows and
// says so. Recounted a moment after rows or outcomes arrive, never more often.

#include "executions/activity.h"

#include <QChartView>
#include <QWidget>

class QBarSet;
class QLabel;
class QStackedBarSeries;
class QTimer;

namespace flowscope {

class ExecutionsModel;

class ActivityChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityChart)

public:
    explicit ActivityChart(ExecutionsModel *model, QWidget *parent = nullptr);

    // Counts now (the tests, and showing the chart); otherwise a moment after changes.
    void recount();
    const Activity &activity() const { return m_activity; }
    // The text a bar's hover shows.
    QString bucketText(qsizetype bucket) const;
    // What a click on bucket `first` dragged to `last` does: the range they cover.
    void chooseBuckets(qsizetype first, qsizetype last);
    // The bucket under a point of the chart view, or -1.
    qsizetype bucketAt(const QPoint &viewPoint) const;

Q_SIGNALS:
    void rangeChosen(const QDateTime &from, const QDateTime &to);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRecount();

    ExecutionsModel *m_model; // not owned
    QChartView *m_view;
    QStackedBarSeries *m_series;
    QBarSet *m_ended;
    QBarSet *m_active;
    QBarSet *m_failed;
    QLabel *m_note;
    QTimer *m_recount;
    Activity m_activity;
    // What m_activity counted: rows appended since are added to it, unless its buckets moved or
    // rows changed (an outcome, an ended execution, another query): then every row again.
    bool m_recountAll = true;
    qsizetype m_countedRows = 0;
    qsizetype m_pressed = -1;
};

} // namespace flowscope
