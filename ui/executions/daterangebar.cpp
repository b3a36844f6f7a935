#include "daterangebar.h"

#include "util/textformat.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimeZone>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace flowscope {

namespace {

QString zoneText()
{
    const QDateTime now = QDateTime::currentDateTime();
    const int offset = now.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    const QString utc = u"UTC"_s + (offset < 0 ? u"-"_s : u"+"_s)
        + QString::number(minutes / 60).rightJustified(2, u'0') + u':'
        + QString::number(minutes % 60).rightJustified(2, u'0');
    const QString abbreviation = now.timeZoneAbbreviation();
    return abbreviation.isEmpty() || abbreviation.startsWith(u"UTC"_s)
        ? utc
        : u"%1 (%2)"_s.arg(abbreviation, utc);
}

} // namespace

DateRangeBar::DateRangeBar(QWidget *parent)
    : QWidget(parent)
    , m_presets(new QComboBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_zone(new QLabel(this))
    , m_settle(new QTimer(this))
{
    const std::pair<Preset, QString> presets[] = {
        { Preset::AnyTime, tr("Any time") },
        { Preset::LastHour, tr("Last hour") },
        { Preset::Last24Hours, tr("Last 24 hours") },
        { Preset::Today, tr("Today") },
        { Preset::Yesterday, tr("Yesterday") },
        { Preset::Last7Days, tr("Last 7 days") },
        { Preset::Last30Days, tr("Last 30 days") },
        { Preset::Custom, tr("Custom range") },
    };
    for (const auto &[preset, label] : presets)
        m_presets->addItem(label, int(preset));
    m_presets->setAccessibleName(tr("Date range preset"));
    m_presets->setToolTip(
        tr("Which executions to list, by when they started (Studio keeps executions 30 days)"));

    for (QDateTimeEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setTimeSpec(Qt::LocalTime);
        edit->setDisplayFormat(TextFormat::dateTimeFormat(false));
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &DateRangeBar::editorsChanged);
    }
    m_from->setAccessibleName(tr("From"));
    m_from->setToolTip(tr("Executions that started at or after this time (local time)"));
    m_to->setAccessibleName(tr("To"));
    m_to->setToolTip(tr("Executions that started before this time (local time)"));
    m_zone->setText(zoneText());
    m_zone->setToolTip(
        tr("Times are in this computer's time zone; tables show UTC when you hover a time"));
    m_zone->setAccessibleName(tr("Time zone"));

    m_settle->setSingleShot(true);
    m_settle->setInterval(600);
    connect(m_settle, &QTimer::timeout, this, &DateRangeBar::emitRange);
    connect(m_presets, &QComboBox::activated, this, &DateRangeBar::applyPreset);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_presets);
    layout->addWidget(new QLabel(tr("From"), this));
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(tr("to"), this));
    layout->addWidget(m_to);
    layout->addWidget(m_zone);

    m_applying = true;
    m_presets->setCurrentIndex(m_presets->findData(int(Preset::Last24Hours)));
    m_applying = false;
    applyPreset();
    // The names tests and tools find the parts by.
    m_presets->setObjectName(u"presets"_s);
    m_from->setObjectName(u"fromEdit"_s);
    m_to->setObjectName(u"toEdit"_s);
}

DateRangeBar::Preset DateRangeBar::preset() const
{
    return Preset(m_presets->currentData().toInt());
}

QString DateRangeBar::presetKey(Preset preset)
{
    return rangePresetKey(preset);
}

DateRangeBar::Preset DateRangeBar::presetFromKey(const QString &key)
{
    return rangePresetFromKey(key).value_or(Preset::Last24Hours);
}

void DateRangeBar::setPreset(Preset preset)
{
    m_presets->setCurrentIndex(m_presets->findData(int(preset)));
    applyPreset();
}

void DateRangeBar::setCustomRange(const QDateTime &from, const QDateTime &to)
{
    m_applying = true;
    m_presets->setCurrentIndex(m_presets->findData(int(Preset::Custom)));
    m_from->setEnabled(true);
    m_to->setEnabled(true);
    m_from->setDateTime(from.toLocalTime());
    m_to->setDateTime(to.toLocalTime());
    m_applying = false;
    emitRange();
}

QDateTime DateRangeBar::from() const
{
    QDateTime f;
    QDateTime t;
    rangeOf(preset(), QDateTime::currentDateTime(), &f, &t, m_from->dateTime(), m_to->dateTime());
    return f;
}

QDateTime DateRangeBar::to() const
{
    QDateTime f;
    QDateTime t;
    rangeOf(preset(), QDateTime::currentDateTime(), &f, &t, m_from->dateTime(), m_to->dateTime());
    return t;
}

bool DateRangeBar::isValid() const
{
    const QDateTime f = from();
    const QDateTime t = to();
    return !f.isValid() || !t.isValid() || f < t;
}

void DateRangeBar::applyPreset()
{
    // Show what the preset means in the editors; only a custom range is edited there.
    m_applying = true;
    const bool custom = preset() == Preset::Custom;
    const QDateTime now = QDateTime::currentDateTime();
    if (!custom) {
        const QDateTime f = from();
        const QDateTime t = to();
        m_from->setDateTime(f.isValid() ? f : now.addDays(-30));
        m_to->setDateTime(t.isValid() ? t : now);
    }
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    m_applying = false;
    m_settle->stop();
    emitRange();
}

void DateRangeBar::editorsChanged()
{
    if (m_applying || preset() != Preset::Custom)
        return;
    m_settle->start(); // wait for the typing to settle
}

void DateRangeBar::emitRange()
{
    if (!isValid()) {
        Q_EMIT invalidRange(
            tr("The start of the range (%1) must be before its end (%2). Nothing was sent.")
                .arg(QLocale().toString(from(), TextFormat::dateTimeFormat(false)),
                    QLocale().toString(to(), TextFormat::dateTimeFormat(false))));
        return;
    }
    Q_EMIT rangeChanged(from(), to());
}

} // namespace flowscope
