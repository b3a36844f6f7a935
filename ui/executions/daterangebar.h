#pragma once

// From / To in local time (the zone is shown), with a calendar and the presets support work uses.
// Presets are relative to the moment they are applied, so a refresh moves "Last hour" along.
// A range whose start is not before its end is explained, and never sent.

#include "links/savedview.h"

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QTimer;

namespace flowscope {

class DateRangeBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DateRangeBar)

public:
    using Preset = RangePreset;

    explicit DateRangeBar(QWidget *parent = nullptr);

    Preset preset() const;
    void setPreset(Preset preset); // applies it now and emits rangeChanged
    void setCustomRange(const QDateTime &from, const QDateTime &to);
    // The range as it stands now (presets recomputed). Invalid QDateTime: unbounded.
    QDateTime from() const;
    QDateTime to() const;
    bool isValid() const;
    static QString presetKey(Preset preset); // for settings: "last-24-hours"
    static Preset presetFromKey(const QString &key);

Q_SIGNALS:
    void rangeChanged(const QDateTime &from, const QDateTime &to);
    void invalidRange(const QString &explanation);

private:
    void applyPreset();
    void editorsChanged();
    void emitRange();

    QComboBox *m_presets;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QLabel *m_zone;
    QTimer *m_settle; // edits settle before they become a query
    bool m_applying = false;
};

} // namespace flowscope
