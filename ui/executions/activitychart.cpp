#include "activitychart.h"

#include "executions/executionsmodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLabel>
#include <QMouseEvent>
#include <QStackedBarSeries>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace flowscope {

namespace {
QString localTime(qint64 ms, BucketSize size)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms);
    return QLocale().toString(t, size == BucketSize::Day ? u"ddd d MMM"_s : u"d MMM HH:mm"_s);
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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view);
    layout->addWidget(m_note);
    // The names tests and tools find the parts by.
    m_note->setObjectName(u"note"_s);
    m_view->setObjectName(u"chartView"_s);
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
