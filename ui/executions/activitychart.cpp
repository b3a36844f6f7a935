#include "activitychart.h"

#include "diagram/revisioncompare.h"
#include "executions/executionsmodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QStackedBarSeries>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace flowscope {

namespace {
QString localTime(qint64 ms, BucketSize size)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms);
    // Formats a translator writes as the language writes a day ("M月d日", "d. MMM").
    const QString format = size == BucketSize::Day
        ? QCoreApplication::translate("flowscope::ActivityChart", "ddd d MMM",
            "a day on the chart: a QDateTime format (ddd: weekday, d: day, MMM: month)")
        : QCoreApplication::translate("flowscope::ActivityChart", "d MMM HH:mm",
            "a time on the chart: a QDateTime format (d: day, MMM: month, HH:mm: the time)");
    return QLocale().toString(t, format);
}

// A revision's colour when stacked by revision: the same revision keeps its colour.
QColor revisionColour(int revision)
{
    static const QColor colours[]
        = { QColor(0x1a, 0x73, 0xe8), QColor(0x12, 0x93, 0x8c), QColor(0x7b, 0x1f, 0xa2),
              QColor(0xe3, 0x74, 0x00), QColor(0x8d, 0x6e, 0x63), QColor(0x5c, 0x6b, 0xc0) };
    if (revision <= 0)
        return QColor(0xb0, 0xb4, 0xba); // not said
    return colours[size_t(revision) % std::size(colours)];
}

// "18 h", "3 d": the length of time a marker's rates are over.
QString spanText(qint64 ms)
{
    return ms >= 2 * 86400'000 ? ActivityChart::tr("%n day(s)", nullptr, int(ms / 86400'000))
                               : ActivityChart::tr("%n hour(s)", nullptr, int(ms / 3600'000));
}

QString rateText(const FailureCount &c)
{
    const QLocale locale;
    QString text = ActivityChart::tr("%n execution(s)", nullptr, int(c.executions));
    if (c.analysed > 0)
        text += ActivityChart::tr(", %1 of %2 analysed failed (%3 %)")
                    .arg(locale.toString(c.failed), locale.toString(c.analysed),
                        locale.toString(100.0 * double(c.failed) / double(c.analysed), 'f', 1));
    else
        text += ActivityChart::tr(", none analysed");
    return text;
}
} // namespace

ActivityChart::ActivityChart(ExecutionsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    // A chart view made without a chart makes one of its own, which setChart() then lets go of
    // without deleting (LeakSanitizer found it): it gets its chart from the start.
    , m_view(new QChartView(new QChart, this))
    , m_series(new QStackedBarSeries(this))
    , m_ended(new QBarSet(tr("Ended"), this))
    , m_active(new QBarSet(tr("Active"), this))
    , m_failed(new QBarSet(tr("Failed"), this))
    , m_note(new QLabel(this))
    , m_recount(new QTimer(this))
    , m_byRevision(new QToolButton(this))
    , m_revisionSeries(new QStackedBarSeries(this))
{
    setAccessibleName(tr("Activity"));
    m_ended->setColor(QColor(0x7a, 0x84, 0x94));
    m_active->setColor(QColor(0x2e, 0x9d, 0x4f));
    m_failed->setColor(QColor(0xc6, 0x28, 0x28));
    for (QBarSet *set : { m_ended, m_active, m_failed }) {
        set->setBorderColor(set->color());
        m_series->append(set);
    }
    m_series->setBarWidth(0.9);
    QChart *chart = m_view->chart();
    chart->addSeries(m_series);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *x = new QBarCategoryAxis;
    x->setLabelsVisible(false); // the note says the range; a hover says the bucket
    x->setGridLineVisible(false);
    auto *y = new QValueAxis;
    y->setLabelFormat(u"%d"_s);
    y->setTickCount(3);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    m_series->attachAxis(x);
    m_series->attachAxis(y);
    m_revisionSeries->setBarWidth(0.9);
    chart->addSeries(m_revisionSeries);
    m_revisionSeries->attachAxis(x);
    m_revisionSeries->attachAxis(y);
    m_revisionSeries->setVisible(false);
    connect(m_revisionSeries, &QStackedBarSeries::hovered, this, [this](bool on, int index) {
        if (on)
            QToolTip::showText(QCursor::pos(), bucketText(index), m_view);
        else
            QToolTip::hideText();
    });
    applyPalette();
    m_view->setRenderHint(QPainter::Antialiasing, false);
    m_view->setMinimumHeight(110);
    m_view->setMaximumHeight(150);
    m_view->setToolTip(tr("Click a bar, or drag across bars, to narrow the range to them"));
    m_view->viewport()->installEventFilter(this);
    m_view->viewport()->setMouseTracking(true);
    for (QBarSet *set : { m_ended, m_active, m_failed }) {
        connect(set, &QBarSet::hovered, this, [this](bool on, int index) {
            if (on)
                QToolTip::showText(QCursor::pos(), bucketText(index), m_view);
            else
                QToolTip::hideText();
        });
    }
    m_note->setAccessibleName(tr("Activity note"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true); // the whole line, wrapped where the pane is narrow: never cut

    m_recount->setSingleShot(true);
    m_recount->setInterval(250);
    connect(m_recount, &QTimer::timeout, this, &ActivityChart::recount);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ActivityChart::scheduleRecount);
    const auto recountAll = [this] {
        m_recountAll = true;
        scheduleRecount();
    };
    connect(model, &QAbstractItemModel::modelReset, this, recountAll);
    connect(model, &QAbstractItemModel::dataChanged, this, recountAll);
    connect(model, &ExecutionsModel::stateChanged, this, &ActivityChart::scheduleRecount);

    m_byRevision->setText(tr("By revision"));
    m_byRevision->setCheckable(true);
    m_byRevision->setAutoRaise(true);
    m_byRevision->setToolTip(tr("Stack the executions by the revision of the flow they ran on, "
                                "with a marker at each publish: hover one for what it changed and "
                                "the failure rate before and after it"));
    m_byRevision->setAccessibleName(tr("Stack the chart by revision"));
    m_byRevision->setVisible(false); // until there is somewhere to list the revisions
    connect(m_byRevision, &QToolButton::toggled, this, &ActivityChart::setByRevision);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view);
    auto *line = new QHBoxLayout;
    line->addWidget(m_note, 1);
    line->addWidget(m_byRevision, 0, Qt::AlignTop);
    layout->addLayout(line);
    m_byRevision->setObjectName(u"byRevisionButton"_s);
    // The names tests and tools find the parts by.
    m_note->setObjectName(u"note"_s);
    m_view->setObjectName(u"chartView"_s);
}

// The chart's background, text and grid from the palette (a dark theme's too); the bars keep
// their colours, which mean something.
void ActivityChart::applyPalette()
{
    QChart *chart = m_view->chart();
    const QPalette &p = palette();
    chart->setBackgroundBrush(p.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->legend()->setLabelColor(p.color(QPalette::Text));
    QColor grid = p.color(QPalette::Text);
    grid.setAlpha(50);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(p.color(QPalette::Text));
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
    m_view->setBackgroundBrush(p.color(QPalette::Base));
}

void ActivityChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void ActivityChart::scheduleRecount()
{
    if (isVisible() && !m_recount->isActive())
        m_recount->start();
}

void ActivityChart::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    recount(); // nothing is counted while hidden
}

void ActivityChart::recount()
{
    m_recount->stop();
    const ExecutionQuery &query = m_model->query();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 from = query.from.isValid() ? query.from.toMSecsSinceEpoch() : now - 30LL * 86400'000;
    const qint64 to = query.to.isValid() ? std::min(query.to.toMSecsSinceEpoch(), now + 1) : now;
    from = std::min(from, to);
    // A range ending now moves with the clock, its buckets mostly do not: while they stay the
    // same, the rows counted stay where they were and only the pages since are added (rows are
    // only ever appended); anything else is counted again.
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const bool sameBuckets
        = TimeBuckets(TimeBuckets::sizeFor(to - from), from, to, zone) == m_activity.buckets;
    const qsizetype rows = m_model->store().size();
    if (!m_model->hasQuery())
        m_activity = Activity();
    else if (m_recountAll || !sameBuckets || rows < m_countedRows)
        m_activity = countActivity(*m_model, from, to, zone);
    else
        countRows(*m_model, m_countedRows, m_activity);
    m_recountAll = !m_model->hasQuery();
    m_countedRows = rows;
    m_from = from;
    m_to = to;
    const qsizetype n = m_activity.buckets.count();
    QList<qreal> ended;
    QList<qreal> active;
    QList<qreal> failed;
    ended.reserve(n);
    active.reserve(n);
    failed.reserve(n);
    qint64 most = 0;
    for (const ActivityBucket &c : m_activity.counts) {
        ended << qreal(c.ended + c.other);
        active << qreal(c.active);
        failed << qreal(c.failed);
        most = std::max(most, c.total());
    }
    // Replacing the values, not the sets: one repaint.
    m_ended->remove(0, m_ended->count());
    m_active->remove(0, m_active->count());
    m_failed->remove(0, m_failed->count());
    m_ended->append(ended);
    m_active->append(active);
    m_failed->append(failed);
    QStringList categories;
    categories.reserve(n);
    for (qsizetype k = 0; k < n; ++k)
        categories << QString::number(k);
    auto *x = qobject_cast<QBarCategoryAxis *>(m_view->chart()->axes(Qt::Horizontal).value(0));
    x->setCategories(categories);
    auto *y = qobject_cast<QValueAxis *>(m_view->chart()->axes(Qt::Vertical).value(0));
    // Three ticks, each a whole number: the top is even (0, 1, 2 rather than 0, 0, 1).
    y->setRange(0, double(std::max<qint64>(2, most + most % 2)));
    if (byRevision()) {
        drawRevisions();
        if (m_model->query().flowSid != m_listedFlow)
            listRevisions();
        placeMarkers();
    }

    const QLocale locale;
    if (!m_model->hasQuery() || n == 0) {
        m_note->setText(QString());
        return;
    }
    const QString per = m_activity.buckets.size() == BucketSize::FiveMinutes ? tr("per 5 minutes")
        : m_activity.buckets.size() == BucketSize::Hour                      ? tr("per hour")
                                                                             : tr("per day");
    // The range asked, not the buckets' edges around it (a range ending 12:00 ends at 12:00).
    QString text = tr("%1 — %2, %3, local time. ")
                       .arg(localTime(std::max(from, m_activity.buckets.startOf(0)),
                                m_activity.buckets.size()),
                           localTime(std::min(to, m_activity.buckets.endOf(n - 1)),
                               m_activity.buckets.size()),
                           per);
    text += m_model->hasMore()
        ? tr("Counts the %1 loaded rows — Load all for the whole range.")
              .arg(locale.toString(m_activity.counted))
        : tr("All %1 executions of the range.").arg(locale.toString(m_activity.counted));
    if (m_activity.analysed > 0)
        text += u' ' + tr("Failed: of the %1 analysed.").arg(locale.toString(m_activity.analysed));
    m_note->setText(text);
}

QString ActivityChart::bucketText(qsizetype bucket) const
{
    if (bucket < 0 || bucket >= m_activity.buckets.count())
        return {};
    const QLocale locale;
    const ActivityBucket &c = m_activity.counts[size_t(bucket)];
    const BucketSize size = m_activity.buckets.size();
    QString text = tr("%1 – %2: %n execution(s)", nullptr, int(c.total()))
                       .arg(localTime(m_activity.buckets.startOf(bucket), size),
                           localTime(m_activity.buckets.endOf(bucket), size));
    text += u'\n'
        + tr("%1 ended · %2 active · %3 failed")
              .arg(locale.toString(c.ended + c.other), locale.toString(c.active),
                  locale.toString(c.failed));
    return text;
}

void ActivityChart::setRevisionSource(RevisionCompare *revisions)
{
    m_revisions = revisions;
    m_byRevision->setVisible(revisions != nullptr);
    if (!revisions)
        return;
    connect(revisions, &RevisionCompare::revisionsListed, this,
        [this](const QString &flowSid, const QList<RevisionInfo> &list) {
            if (flowSid != m_listedFlow)
                return;
            m_markers.clear();
            for (const RevisionInfo &r : list) {
                const qint64 at = r.published.isValid() ? r.published.toMSecsSinceEpoch() : -1;
                if (at >= m_from && at < m_to)
                    m_markers.insert(r.revision, at);
            }
            placeMarkers();
            m_changesToRead.clear();
            for (auto it = m_markers.cbegin(); it != m_markers.cend(); ++it) {
                if (it.key() > 1 && !m_changes.contains(it.key()))
                    m_changesToRead << it.key();
            }
            Q_EMIT markersChanged();
            readNextChange();
        });
    connect(revisions, &RevisionCompare::compared, this, &ActivityChart::changeRead);
    connect(revisions, &RevisionCompare::failed, this, [this](const ApiError &error) {
        if (m_changesToRead.isEmpty())
            return;
        m_changes.insert(m_changesToRead.takeFirst(),
            tr("What it changed could not be read: %1").arg(error.userMessage()));
        Q_EMIT markersChanged();
        readNextChange();
    });
}

bool ActivityChart::byRevision() const
{
    return m_byRevision->isChecked();
}

void ActivityChart::setByRevision(bool on)
{
    if (m_byRevision->isChecked() != on) {
        m_byRevision->setChecked(on); // toggled() comes back here
        return;
    }
    m_series->setVisible(!on);
    m_revisionSeries->setVisible(on);
    if (!on) {
        for (QLineSeries *line : std::as_const(m_markerLines)) {
            m_view->chart()->removeSeries(line);
            delete line;
        }
        m_markerLines.clear();
        return;
    }
    m_recountAll = true;
    recount();
}

void ActivityChart::drawRevisions()
{
    m_revisionSeries->clear();
    // Newest first, then the executions that did not say.
    QList<int> revisions = m_activity.byRevision.keys();
    std::sort(revisions.begin(), revisions.end(),
        [](int a, int b) { return a == 0 ? false : (b == 0 ? true : a > b); });
    for (const int revision : std::as_const(revisions)) {
        auto *set
            = new QBarSet(revision > 0 ? tr("Revision %1").arg(revision) : tr("Revision not said"));
        set->setColor(revisionColour(revision));
        set->setBorderColor(set->color());
        QList<qreal> values;
        for (const qint64 n : m_activity.byRevision.value(revision))
            values << qreal(n);
        set->append(values);
        m_revisionSeries->append(set);
    }
}

QStringList ActivityChart::revisionSetLabels() const
{
    QStringList labels;
    for (const QBarSet *set : m_revisionSeries->barSets())
        labels << set->label();
    return labels;
}

void ActivityChart::listRevisions()
{
    m_listedFlow = m_model->query().flowSid;
    m_markers.clear();
    m_changes.clear();
    m_changesToRead.clear();
    if (m_revisions && !m_listedFlow.isEmpty())
        m_revisions->listRevisions(m_listedFlow);
}

// A dashed line at each publish, where its time falls within its bucket.
void ActivityChart::placeMarkers()
{
    QChart *chart = m_view->chart();
    for (QLineSeries *line : std::as_const(m_markerLines)) {
        chart->removeSeries(line);
        delete line;
    }
    m_markerLines.clear();
    const auto *y = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0));
    for (auto it = m_markers.cbegin(); it != m_markers.cend(); ++it) {
        const qsizetype bucket = m_activity.buckets.indexOf(it.value());
        if (bucket < 0)
            continue;
        const qint64 start = m_activity.buckets.startOf(bucket);
        const double within = double(it.value() - start)
            / double(std::max<qint64>(1, m_activity.buckets.endOf(bucket) - start));
        const double x = double(bucket) - 0.5 + within;
        auto *line = new QLineSeries;
        line->setName(tr("Revision %1 published").arg(it.key()));
        line->append(x, 0);
        line->append(x, y->max());
        line->setPen(QPen(QColor(0x20, 0x21, 0x24), 2, Qt::DashLine));
        chart->addSeries(line);
        for (QAbstractAxis *axis : chart->axes())
            line->attachAxis(axis);
        for (QLegendMarker *marker : chart->legend()->markers(line))
            marker->setVisible(false); // the line says itself; the legend is for the bars
        const int revision = it.key();
        connect(line, &QLineSeries::hovered, this, [this, revision](const QPointF &, bool on) {
            if (on)
                QToolTip::showText(QCursor::pos(), markerText(revision), m_view);
            else
                QToolTip::hideText();
        });
        m_markerLines << line;
    }
}

void ActivityChart::readNextChange()
{
    if (!m_revisions || m_changesToRead.isEmpty())
        return;
    const int revision = m_changesToRead.first();
    m_revisions->compare(m_listedFlow, revision - 1, revision);
}

void ActivityChart::changeRead(const RevisionComparison &comparison)
{
    if (m_changesToRead.isEmpty() || comparison.flowSid != m_listedFlow
        || comparison.newer != m_changesToRead.first() || comparison.older != comparison.newer - 1)
        return; // another's question (the Diagram tab's, say)
    QStringList lines { comparison.summary() };
    for (const WidgetChange &c : comparison.changes.mid(0, 6))
        lines << u"  "_s + WidgetChange::kindName(c.kind) + u' ' + c.widget;
    if (comparison.changes.size() > 6)
        lines << tr("  … and %n more", nullptr, int(comparison.changes.size() - 6));
    m_changes.insert(m_changesToRead.takeFirst(), lines.join(u'\n'));
    Q_EMIT markersChanged();
    readNextChange();
}

QString ActivityChart::markerText(int revision) const
{
    if (!m_markers.contains(revision))
        return {};
    const qint64 at = m_markers.value(revision);
    QStringList lines { tr("Revision %1 published %2")
                            .arg(revision)
                            .arg(QLocale().toString(
                                QDateTime::fromMSecsSinceEpoch(at), QLocale::ShortFormat)) };
    lines << (revision <= 1 ? tr("The flow's first revision.")
                            : m_changes.value(revision, tr("Reading what it changed…")));
    // The same length of time on both sides, as much as the range holds.
    const qint64 span = std::min(at - m_from, m_to - at);
    if (span > 0) {
        lines << tr("In the %1 before: %2")
                     .arg(spanText(span), rateText(countFailures(*m_model, at - span, at)));
        lines << tr("In the %1 after: %2")
                     .arg(spanText(span), rateText(countFailures(*m_model, at, at + span)));
    }
    return lines.join(u'\n');
}

void ActivityChart::chooseBuckets(qsizetype first, qsizetype last)
{
    if (first > last)
        std::swap(first, last);
    if (first < 0 || last >= m_activity.buckets.count())
        return;
    Q_EMIT rangeChosen(QDateTime::fromMSecsSinceEpoch(m_activity.buckets.startOf(first), Qt::UTC),
        QDateTime::fromMSecsSinceEpoch(m_activity.buckets.endOf(last), Qt::UTC));
}

qsizetype ActivityChart::bucketAt(const QPoint &viewPoint) const
{
    const qsizetype n = m_activity.buckets.count();
    if (n == 0)
        return -1;
    const QRectF plot = m_view->chart()->plotArea();
    const QPointF scene = m_view->mapToScene(viewPoint);
    const QPointF at = m_view->chart()->mapFromScene(scene);
    if (!plot.contains(QPointF(at.x(), plot.center().y())))
        return -1;
    const qsizetype bucket = qsizetype((at.x() - plot.left()) / plot.width() * double(n));
    return std::clamp<qsizetype>(bucket, 0, n - 1);
}

bool ActivityChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport()) {
        if (event->type() == QEvent::MouseButtonPress) {
            const auto *mouse = static_cast<QMouseEvent *>(event);
            if (mouse->button() == Qt::LeftButton)
                m_pressed = bucketAt(mouse->position().toPoint());
        } else if (event->type() == QEvent::MouseButtonRelease) {
            const auto *mouse = static_cast<QMouseEvent *>(event);
            const qsizetype released = bucketAt(mouse->position().toPoint());
            if (mouse->button() == Qt::LeftButton && m_pressed >= 0 && released >= 0)
                chooseBuckets(m_pressed, released);
            m_pressed = -1;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace flowscope
