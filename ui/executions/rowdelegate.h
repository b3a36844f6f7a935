#pragma once

// Paints the cells of a large, fast-moving table — the executions view, the search results —
// for a fraction of what QStyledItemDelegate spends: one line of text (elided only when it does
// not fit), an optional icon, the selection, and nothing else. A painted frame of the
// executions table cost 5 ms through the style's item layout, which a machine half as fast
// doubles into a visible stall; this keeps a frame well under that.

#include <QRawFont>
#include <QStyledItemDelegate>

#include <array>

namespace flowscope {

class RowDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit RowDelegate(QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;

private:
    // ASCII is drawn from glyphs and advances looked up once per font (no shaping per cell:
    // Latin digits and letters in one font need none); anything else goes through the painter.
    void prepare(const QFont &font) const;
    static bool isAscii(const QString &text);
    qreal asciiWidth(const QString &text) const;
    void drawAscii(QPainter *painter, const QPointF &baseline, const QString &text) const;

    mutable QFont m_font; // the font the tables were made for
    mutable QRawFont m_raw;
    mutable std::array<quint32, 128> m_glyphs {};
    mutable std::array<qreal, 128> m_advances {};
    mutable bool m_prepared = false;
};

} // namespace flowscope
