#include "elidedlabel.h"

#include <QPainter>
#include <QStyle>
#include <QStyleOption>

using namespace Qt::StringLiterals;

namespace flowscope {

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setTextFormat(Qt::PlainText);
}

void ElidedLabel::setFullText(const QString &text)
{
    setText(text);
    refresh();
}

void ElidedLabel::setNote(const QString &note)
{
    m_note = note;
    refresh();
}

QSize ElidedLabel::minimumSizeHint() const
{
    // Room for a few characters and the ellipsis, whatever the text.
    const QSize full = QLabel::minimumSizeHint();
    return { std::min(full.width(), fontMetrics().horizontalAdvance(u"MMMM…MMMM"_s)),
        full.height() };
}

void ElidedLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect area = contentsRect();
    const QString shown = fontMetrics().elidedText(text(), Qt::ElideMiddle, area.width());
    style()->drawItemText(
        &painter, area, int(alignment()), palette(), isEnabled(), shown, foregroundRole());
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    refresh();
}

void ElidedLabel::refresh()
{
    const bool elided = fontMetrics().horizontalAdvance(text()) > contentsRect().width();
    setProperty("elided", elided);
    setProperty("fullText", text());
    QString tip = elided ? text() : QString();
    if (!m_note.isEmpty())
        tip += (tip.isEmpty() ? QString() : u"\n"_s) + m_note;
    setToolTip(tip);
    QLabel::update();
}

} // namespace flowscope
