#pragma once

// Executions over time, above the table: the loaded rows per 5 minutes, hour or day (chosen from
// the range, in local time), stacked ended / active / failed — or, with "By revision", stacked by
// the revision of the flow each ran on, with a marker at each revision published within the
// range; hovering a marker says what that publish changed and the failure rate of the same length
// of time before and after it. Hover a bar for its counts; click one, or drag across several, to
// narrow the date range to them. It counts the loaded rows and says so. Recounted a moment after
// rows or outcomes arrive, never more often.

#include "executions/activity.h"

#include <QChartView>
#include <QHash>
#include <QMap>
#include <QWidget>

class QBarSet;
class QLabel;
class QLineSeries;
class QStackedBarSeries;
class QTimer;
class QToolButton;

namespace flowscope {

class ExecutionsModel;
class RevisionCompare;
struct RevisionComparison;

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

    // Where the flow's revisions are listed and compared (none: By revision is not offered).
    void setRevisionSource(RevisionCompare *revisions);
    void setByRevision(bool on);
    bool byRevision() const;
    QStringList revisionSetLabels() const; // the sets stacked by revision, newest first
    // The revisions published within the range, marked on the chart, and a marker's hover text.
    QList<int> markerRevisions() const { return m_markers.keys(); }
    QString markerText(int revision) const;

Q_SIGNALS:
    void rangeChosen(const QDateTime &from, const QDateTime &to);
    void markersChanged(); // the publish markers placed, or what one changed read

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void scheduleRecount();
    void applyPalette();
    void drawRevisions(); // the sets stacked by revision
    void listRevisions(); // the flow's revisions, for the markers
    void placeMarkers();
    void readNextChange(); // what each marked publish changed, one after the other
    void changeRead(const RevisionComparison &comparison);

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
    qint64 m_from = 0; // the range counted
    qint64 m_to = 0;

    RevisionCompare *m_revisions = nullptr; // not owned
    QToolButton *m_byRevision;
    QStackedBarSeries *m_revisionSeries;
    QList<QLineSeries *> m_markerLines;
    QString m_listedFlow; // whose revisions the markers are of
    QMap<int, qint64> m_markers; // revision → when it was published (ms)
    QHash<int, QString> m_changes; // revision → what it changed from the one before
    QList<int> m_changesToRead;
};

} // namespace flowscope
