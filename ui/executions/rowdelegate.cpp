#include "rowdelegate.h"

#include <QApplication>
#include <QGlyphRun>
#include <QIcon>
#include <QPainter>

namespace flowscope {

RowDelegate::RowDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void RowDelegate::prepare(const QFont &font) const
{
    if (m_prepared && m_font == font)
        return;
    m_font = font;
    m_raw = QRawFont::fromFont(font);
    QString ascii;
    for (int c = 0; c < 128; ++c)
        ascii += QChar(c < 32 ? u' ' : char16_t(c));
    const QList<quint32> glyphs
        = m_raw.isValid() ? m_raw.glyphIndexesForString(ascii) : QList<quint32>();
    const QList<QPointF> advances
        = m_raw.isValid() ? m_raw.advancesForGlyphIndexes(glyphs) : QList<QPointF>();
    const bool usable = glyphs.size() == 128 && advances.size() == 128;
    for (int c = 0; c < 128; ++c) {
        m_glyphs[size_t(c)] = usable ? glyphs[c] : 0;
        m_advances[size_t(c)] = usable ? advances[c].x() : 0;
    }
    m_prepared = true;
    // A font without some ASCII glyph (index 0) falls back to the painter for that text.
}

bool RowDelegate::isAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 128 || c.unicode() < 32)
            return false;
    }
    return true;
}

qreal RowDelegate::asciiWidth(const QString &text) const
{
    qreal width = 0;
    for (const QChar c : text)
        width += m_advances[c.unicode()];
    return width;
}

void RowDelegate::drawAscii(QPainter *painter, const QPointF &baseline, const QString &text) const
{
    QList<quint32> glyphs;
    QList<QPointF> positions;
    glyphs.reserve(text.size());
    positions.reserve(text.size());
    qreal x = 0;
    for (const QChar c : text) {
        glyphs << m_glyphs[c.unicode()];
        positions << QPointF(x, 0);
        x += m_advances[c.unicode()];
    }
    QGlyphRun run;
    run.setRawFont(m_raw);
    run.setGlyphIndexes(glyphs);
    run.setPositions(positions);
    painter->drawGlyphRun(baseline, run);
}

void RowDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The selection and focus background, as the style draws it for an item.
    QStyleOptionViewItem panel = option;
    panel.features |= QStyleOptionViewItem::HasDisplay;
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &panel, painter, widget);

    prepare(option.font);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    QRect rect = option.rect.adjusted(margin, 0, -margin, 0);
    const QVariant decoration = index.data(Qt::DecorationRole);
    if (decoration.canConvert<QIcon>()) {
        const int side = option.decorationSize.height();
        const QRect iconRect(rect.left(), rect.top() + (rect.height() - side) / 2, side, side);
        qvariant_cast<QIcon>(decoration).paint(painter, iconRect);
        rect.setLeft(iconRect.right() + 1 + margin * 2);
    }
    QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty() || rect.width() <= 0)
        return;
    const QFontMetrics &metrics = option.fontMetrics;
    bool ascii = m_raw.isValid() && isAscii(text);
    for (const QChar c : text) {
        if (!ascii)
            break;
        ascii = m_glyphs[c.unicode()] != 0;
    }
    qreal width = ascii ? asciiWidth(text) : metrics.horizontalAdvance(text);
    if (width > rect.width()) {
        text = metrics.elidedText(text, option.textElideMode, rect.width());
        ascii = false; // the ellipsis is not ASCII
        width = metrics.horizontalAdvance(text);
    }
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(option.state & QStyle::State_Enabled)
        ? QPalette::Disabled
        : ((option.state & QStyle::State_Active) ? QPalette::Normal : QPalette::Inactive);
    painter->setPen(
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const QVariant alignment = index.data(Qt::TextAlignmentRole);
    const bool right = alignment.isValid() && (Qt::Alignment(alignment.toInt()) & Qt::AlignRight);
    const QPointF baseline(right ? rect.right() + 1 - width : rect.left(),
        rect.top() + qreal(rect.height() - metrics.height()) / 2 + metrics.ascent());
    if (ascii) {
        drawAscii(painter, baseline, text);
    } else {
        painter->setFont(option.font);
        painter->drawText(baseline, text);
    }
}

} // namespace flowscope
