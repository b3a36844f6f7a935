#include "flowcanvas.h"

#include "util/outputfile.h"
#include "json/jsonpath.h"

#include <QAccessible>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QImage>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QStyleOptionGraphicsItem>
#include <QSvgGenerator>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace flowscope {

namespace {

constexpr double kBoxWidth = 240;
constexpr double kBoxHeight = 72;
constexpr double kStubLength = 30;
constexpr double kLabelWidth = 130;
constexpr double kLabelZoom = 0.5; // edge labels are drawn from this zoom in
const QColor kPathColour(0x1a, 0x73, 0xe8);
const QColor kFailureColour(0xd9, 0x30, 0x25);
const QColor kWaitingColour(0xe3, 0x74, 0x00);
const QColor kEdgeColour(0x80, 0x86, 0x8b);
// Two revisions compared: what each box's mark says, in a word and a colour.
const QColor kAddedColour(0x18, 0x80, 0x38);
const QColor kChangedColour(0xb0, 0x5a, 0x00);
const QColor kMovedColour(0x5f, 0x63, 0x68);
const QColor kRemovedColour(0xa5, 0x0e, 0x0e);
// Two executions compared: each one's own colour, a third for what both took.
const QColor kSideAColour(0x1a, 0x73, 0xe8);
const QColor kSideBColour(0xe3, 0x74, 0x00);
const QColor kBothColour(0x7b, 0x1f, 0xa2);
const QColor kPartedColour(0xc5, 0x22, 0x1f);

// The colours that are not a meaning's own (a path, a failure, a family): from the palette, so
// that a dark theme draws light text on dark boxes. Mixed from Base and Text as the light theme's
// greys were: the background a shade off the boxes, outlines and second lines further off.
QColor mixed(const QColor &a, const QColor &b, double towardB)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * towardB),
        float(a.greenF() + (b.greenF() - a.greenF()) * towardB),
        float(a.blueF() + (b.blueF() - a.blueF()) * towardB));
}

struct CanvasColours
{
    QColor background;
    QColor box;
    QColor ghost; // a removed widget's box
    QColor text;
    QColor secondLine;
    QColor outline;
    QColor dimmed; // a dimmed box far out
    QColor label; // behind an edge's label

    static CanvasColours of(const QPalette &palette)
    {
        const QColor base = palette.color(QPalette::Base);
        const QColor text = palette.color(QPalette::Text);
        CanvasColours c;
        c.background = mixed(base, text, 0.03);
        c.box = base;
        c.ghost = mixed(base, text, 0.06);
        c.text = text;
        c.secondLine = mixed(text, base, 0.4);
        c.outline = mixed(base, text, 0.15);
        c.dimmed = mixed(base, text, 0.09);
        c.label = base;
        c.label.setAlpha(230);
        return c;
    }
    static CanvasColours of(const QGraphicsItem *item)
    {
        return of(item->scene() ? item->scene()->palette() : QPalette());
    }
};

// A widget's palette as a scene takes it: every role as the widget has it. (A scene resolves a
// palette against the application's, so the roles the widget only inherited would be lost.)
QPalette wholePalette(QPalette palette)
{
    palette.setResolveMask(~QPalette::ResolveMask(0));
    return palette;
}

QColor familyColour(WidgetFamily family)
{
    switch (family) {
    case WidgetFamily::Trigger: return QColor(0x5f, 0x63, 0x68);
    case WidgetFamily::Messaging: return QColor(0x18, 0x80, 0x38);
    case WidgetFamily::Voice: return QColor(0x93, 0x34, 0xe6);
    case WidgetFamily::Logic: return QColor(0xf2, 0x99, 0x00);
    case WidgetFamily::Code: return QColor(0x12, 0x6e, 0xc8);
    case WidgetFamily::Handoff: return QColor(0xc5, 0x22, 0x1f);
    case WidgetFamily::Other: break;
    }
    return QColor(0x9a, 0xa0, 0xa6);
}

QString numbersText(const QList<int> &visits)
{
    QStringList parts;
    for (int n : visits)
        parts << QString::number(n);
    // A box visited many times (a loop) keeps its badge short; the tooltip has them all.
    if (parts.size() > 4)
        return parts.mid(0, 3).join(u", "_s) + u" … "_s + parts.last();
    return parts.join(u", "_s);
}

// Rectangles placed so far, found through the cells of a grid they touch: whether a new one
// would cover one of them costs a few lookups, not a pass over thousands.
class Placed
{
public:
    explicit Placed(double cell)
        : m_cell(cell)
    { }
    bool overlaps(const QRectF &rect) const
    {
        const QRectF r = rect.adjusted(1, 1, -1, -1); // touching is not covering
        bool hit = false;
        forCells(rect, [&](quint64 key) {
            const auto it = m_cells.constFind(key);
            if (it == m_cells.cend())
                return;
            for (const QRectF &other : *it)
                hit = hit || other.intersects(r);
        });
        return hit;
    }
    void add(const QRectF &rect)
    {
        forCells(rect, [&](quint64 key) { m_cells[key].append(rect); });
    }

private:
    template<typename F>
    void forCells(const QRectF &rect, F f) const
    {
        const auto cell = [this](double v) { return qint64(std::floor(v / m_cell)); };
        for (qint64 x = cell(rect.left()); x <= cell(rect.right()); ++x) {
            for (qint64 y = cell(rect.top()); y <= cell(rect.bottom()); ++y)
                f((quint64(quint32(x)) << 32) | quint32(y));
        }
    }

    double m_cell;
    QHash<quint64, QList<QRectF>> m_cells;
};

} // namespace

// A number that stays readable however far out the view is (how many executions entered a box,
// failed there, took an edge): drawn at screen size, ignoring the zoom, beside its anchor.
class CountItem final : public QGraphicsItem
{
public:
    enum class Place { AboveLeft, BelowLeft, Centre };

    // weight: how much it counts; where counts would cover each other, the larger stays.
    // counted: what a click on it means (its parent when null).
    CountItem(const QString &text, const QColor &colour, Place place, qint64 weight,
        QGraphicsItem *parent, QGraphicsItem *counted = nullptr)
        : QGraphicsItem(parent)
        , m_text(text)
        , m_colour(colour)
        , m_weight(weight)
        , m_counted(counted)
    {
        setFlag(ItemIgnoresTransformations);
        setAcceptedMouseButtons(Qt::NoButton); // a click goes to what it counts
        setZValue(2);
        const double w = QFontMetricsF(font()).horizontalAdvance(text) + 12;
        const double h = 18;
        switch (place) {
        // Wholly above or below the box's edge: never over its name.
        case Place::AboveLeft: m_rect = QRectF(-w + 6, -h - 1, w, h); break;
        case Place::BelowLeft: m_rect = QRectF(-w + 6, 1, w, h); break;
        case Place::Centre: m_rect = QRectF(-w / 2, -h / 2, w, h); break;
        }
    }

    QRectF boundingRect() const override { return m_rect.adjusted(-1, -1, 1, 1); }
    qint64 weight() const { return m_weight; }
    QGraphicsItem *counted() const { return m_counted ? m_counted : parentItem(); }
    // Where it is drawn under the view's transform (screen size, whatever the zoom).
    QRectF viewRect(const QTransform &view) const
    {
        return m_rect.translated(view.map(scenePos()));
    }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_colour);
        painter->drawRoundedRect(m_rect, 9, 9);
        painter->setFont(font());
        painter->setPen(Qt::white);
        painter->drawText(m_rect, Qt::AlignCenter, m_text);
    }

private:
    static const QFont &font()
    {
        static const QFont f = [] {
            QFont bold;
            bold.setPixelSize(11);
            bold.setBold(true);
            return bold;
        }();
        return f;
    }

    QString m_text;
    QColor m_colour;
    qint64 m_weight;
    QGraphicsItem *m_counted;
    QRectF m_rect;
};

class BoxItem final : public QGraphicsItem
{
public:
    BoxItem(int index, const QString &name, const QString &type, bool loose)
        : m_index(index)
        , m_name(name)
        , m_type(type)
        , m_loose(loose)
        , m_family(familyOf(type))
    {
        setZValue(1); // over the edges, taken ones too: its badges are never crossed out
        setToolTip(loose ? FlowCanvas::tr("%1\nNot a widget of this definition (renamed or "
                                          "removed since?)")
                               .arg(name)
                         : FlowCanvas::tr("%1\n%2").arg(name, type));
        setAcceptHoverEvents(false);
    }

    int index() const { return m_index; }
    const QString &name() const { return m_name; }
    // The pill above the corner (visit numbers, or how many entered); empty: not lit.
    void setBadge(const QString &badge, const QString &tipLine, bool dimmed)
    {
        m_badge = badge;
        m_dimmed = dimmed;
        if (!tipLine.isEmpty())
            setToolTip(toolTip() + u'\n' + tipLine);
    }
    void setEnd(bool end, bool waiting)
    {
        m_end = end;
        m_waiting = waiting;
    }
    void setSuffix(const QString &suffix) { m_suffix = suffix; } // after the type
    void setAlarm(const QString &alarm) { m_alarm = alarm; } // a red pill below ("12 failed")
    const QString &alarm() const { return m_alarm; }
    // An alarm set after the box was drawn (what Twilio said arrives later), with its reasons.
    void setLateAlarm(const QString &alarm, const QString &tipLines)
    {
        if (!m_baseTip)
            m_baseTip = toolTip();
        m_alarm = alarm;
        setToolTip(tipLines.isEmpty() ? *m_baseTip : *m_baseTip + u'\n' + tipLines);
        update();
    }
    void setStart(bool start) { m_start = start; }
    // Two revisions compared: added, changed, moved, or removed (a ghost of the older one), as a
    // pill in words and an outline; tipLines say what changed.
    enum class Mark { None, Added, Changed, Moved, Removed, Parted };
    void setMark(Mark mark, const QString &tipLines)
    {
        m_mark = mark;
        if (!tipLines.isEmpty())
            setToolTip(toolTip() + u'\n' + tipLines);
    }
    Mark mark() const { return m_mark; }
    // Two executions compared: which of them entered it, as "A" and "B" pills at its top left
    // (a word each, in its colour); tipLine says at which steps.
    void setSides(bool a, bool b, const QString &tipLine)
    {
        m_sideA = a;
        m_sideB = b;
        if (!tipLine.isEmpty())
            setToolTip(toolTip() + u'\n' + tipLine);
    }
    QString sides() const
    {
        return QString(m_sideA ? u"A"_s : QString()) + (m_sideB ? u"B"_s : QString());
    }
    static QString markText(Mark mark)
    {
        switch (mark) {
        case Mark::Added: return FlowCanvas::tr("added");
        case Mark::Changed: return FlowCanvas::tr("changed");
        case Mark::Moved: return FlowCanvas::tr("moved");
        case Mark::Removed: return FlowCanvas::tr("removed");
        case Mark::Parted: return FlowCanvas::tr("parted here");
        case Mark::None: break;
        }
        return {};
    }
    static QColor markColour(Mark mark)
    {
        switch (mark) {
        case Mark::Added: return kAddedColour;
        case Mark::Changed: return kChangedColour;
        case Mark::Moved: return kMovedColour;
        case Mark::Removed: return kRemovedColour;
        case Mark::Parted: return kPartedColour;
        case Mark::None: break;
        }
        return {};
    }
    // The badge and the alarm at screen size (many executions' counts), not on the box.
    void showCountsAtScreenSize(qint64 entered, qint64 failed)
    {
        m_screenCounts = true;
        if (lit()) {
            m_badgeCount
                = new CountItem(m_badge, kPathColour, CountItem::Place::AboveLeft, entered, this);
            m_badgeCount->setPos(kBoxWidth, 0);
        }
        if (!m_alarm.isEmpty()) {
            m_alarmCount
                = new CountItem(m_alarm, kFailureColour, CountItem::Place::BelowLeft, failed, this);
            m_alarmCount->setPos(kBoxWidth, kBoxHeight);
        }
    }
    CountItem *badgeCount() const { return m_badgeCount; }
    CountItem *alarmCount() const { return m_alarmCount; }
    // Its name's line, in scene coordinates: what a count must never cover.
    QRectF nameRect() const { return mapRectToScene(QRectF(16, 8, kBoxWidth - 26, 20)); }
    void setSelectedBox(bool selected)
    {
        m_selected = selected;
        update();
    }
    bool lit() const { return !m_badge.isEmpty(); }
    bool start() const { return m_start; }
    const QString &badge() const { return m_badge; }

    QRectF boundingRect() const override
    {
        // The badge sticks out above the top right corner, the alarm below the bottom right one;
        // the outline is drawn on the edge.
        return QRectF(-4, -14, kBoxWidth + 18, kBoxHeight + 30);
    }
    // A click finds the box itself, not the stubs just below it.
    QPainterPath shape() const override
    {
        QPainterPath box;
        box.addRect(0, -12, kBoxWidth + 8, kBoxHeight + 12);
        return box;
    }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
        const QRectF box(0, 0, kBoxWidth, kBoxHeight);
        const QColor accent = familyColour(m_family);
        const bool ghost = m_mark == Mark::Removed;
        const CanvasColours colours = CanvasColours::of(this);
        painter->setOpacity(m_dimmed ? 0.35 : (ghost ? 0.6 : 1.0));
        if (lod < 0.3) {
            // Far out: a block of the family colour is all that can be seen anyway.
            painter->setRenderHint(QPainter::Antialiasing, false);
            painter->fillRect(box,
                m_mark != Mark::None ? markColour(m_mark).lighter(150)
                    : m_dimmed       ? colours.dimmed
                                     : accent.lighter(160));
            if (m_end || m_selected)
                painter->fillRect(box.adjusted(0, 0, 0, -kBoxHeight * 0.7),
                    m_waiting ? kWaitingColour : kPathColour);
            if (!m_alarm.isEmpty() && !m_screenCounts)
                painter->fillRect(box.adjusted(0, kBoxHeight * 0.7, 0, 0), kFailureColour);
            return;
        }
        QPen outline(
            m_loose ? kFailureColour : colours.outline, 1, m_loose ? Qt::DashLine : Qt::SolidLine);
        if (lit())
            outline = QPen(kPathColour, 2);
        if (m_end)
            outline = QPen(m_waiting ? kWaitingColour : kPathColour, 4);
        if (m_mark != Mark::None)
            outline = QPen(markColour(m_mark), m_mark == Mark::Moved ? 2 : 3,
                ghost ? Qt::DashLine : Qt::SolidLine);
        if (m_selected)
            outline = QPen(colours.text, 4, Qt::DotLine);
        painter->setPen(outline);
        painter->setBrush(ghost ? colours.ghost : colours.box);
        painter->drawRoundedRect(box, 6, 6);
        painter->fillRect(QRectF(1, 1, 7, kBoxHeight - 2), accent);

        QFont font = painter->font();
        font.setPixelSize(15);
        font.setBold(true);
        if (ghost)
            font.setStrikeOut(true); // gone in the newer revision
        painter->setFont(font);
        painter->setPen(colours.text);
        const QRectF text = box.adjusted(16, 8, -10, -8);
        // A long name gets a smaller type before it is elided (the tooltip has it whole).
        while (
            font.pixelSize() > 10 && QFontMetricsF(font).horizontalAdvance(m_name) > text.width())
            font.setPixelSize(font.pixelSize() - 1);
        painter->setFont(font);
        painter->drawText(text, Qt::AlignLeft | Qt::AlignTop,
            QFontMetricsF(font).elidedText(m_name, Qt::ElideMiddle, text.width()));
        font.setBold(false);
        if (ghost)
            font.setStrikeOut(false);
        font.setPixelSize(12);
        painter->setFont(font);
        painter->setPen(colours.secondLine);
        QString second = m_loose ? FlowCanvas::tr("not in this definition") : m_type;
        second += m_suffix;
        if (m_end)
            second
                += m_waiting ? FlowCanvas::tr(" · waiting here") : FlowCanvas::tr(" · ended here");
        painter->drawText(text, Qt::AlignLeft | Qt::AlignBottom,
            QFontMetricsF(font).elidedText(second, Qt::ElideRight, text.width()));

        font.setBold(true);
        font.setPixelSize(13);
        painter->setFont(font);
        const auto pill = [&](const QString &label, double top, const QColor &colour) {
            const double w = QFontMetricsF(font).horizontalAdvance(label) + 14;
            const QRectF at(kBoxWidth - w + 8, top, w, 22);
            painter->setPen(Qt::NoPen);
            painter->setBrush(colour);
            painter->drawRoundedRect(at, 11, 11);
            painter->setPen(Qt::white);
            painter->drawText(at, Qt::AlignCenter, label);
        };
        if (m_screenCounts)
            return;
        if (m_mark != Mark::None)
            pill(markText(m_mark), -12, markColour(m_mark));
        // Two executions compared: which of them entered it, top left.
        double left = 0;
        const auto side = [&](const QString &label, const QColor &colour) {
            const QRectF at(left, -12, 24, 22);
            painter->setPen(Qt::NoPen);
            painter->setBrush(colour);
            painter->drawRoundedRect(at, 11, 11);
            painter->setPen(Qt::white);
            painter->drawText(at, Qt::AlignCenter, label);
            left += 28;
        };
        if (m_sideA)
            side(u"A"_s, kSideAColour);
        if (m_sideB)
            side(u"B"_s, kSideBColour);
        if (lit())
            pill(m_badge, -12, kPathColour);
        if (!m_alarm.isEmpty())
            pill(m_alarm, kBoxHeight - 6, kFailureColour);
    }

private:
    int m_index;
    QString m_name;
    QString m_type;
    bool m_loose;
    WidgetFamily m_family;
    QString m_badge;
    QString m_suffix;
    QString m_alarm;
    bool m_dimmed = false;
    bool m_end = false;
    bool m_waiting = false;
    bool m_selected = false;
    bool m_start = false;
    bool m_screenCounts = false;
    Mark m_mark = Mark::None;
    bool m_sideA = false;
    bool m_sideB = false;
    CountItem *m_badgeCount = nullptr; // children, at screen size
    CountItem *m_alarmCount = nullptr;
    std::optional<QString> m_baseTip; // before a late alarm's reasons
};

// One transition: a curve from the bottom of its box to the top of the next one (or a stub),
// an arrowhead, and its event as a label (elided; the tooltip has it whole).
class EdgeItem final : public QGraphicsItem
{
public:
    EdgeItem(const QPainterPath &path, const QPointF &labelAt, const QString &label, QPen pen,
        bool dimmed, double labelWidth = kLabelWidth, int id = -1)
        : m_id(id)
        , m_path(path)
        , m_label(label)
        , m_pen(std::move(pen))
        , m_dimmed(dimmed)
        , m_labelWidth(labelWidth)
    {
        // A thousand-widget flow has thousands of labels: their exact text is elided when first
        // painted (most never are); the box they may take is estimated from the font.
        const QFontMetricsF &metrics = labelMetrics();
        const double w
            = std::min(labelWidth, metrics.averageCharWidth() * 1.15 * double(label.size())) + 8;
        m_labelRect = QRectF(labelAt.x() - w / 2, labelAt.y() - 9, w, 18);
        m_bounds = m_path.boundingRect().united(m_labelRect).adjusted(-8, -8, 8, 8);
        setToolTip(label);
        setZValue(-1); // under the boxes
    }

    QRectF boundingRect() const override { return m_bounds; }
    // What a click or a tooltip finds: the curve (a finger wide) and its label, not the box
    // around them — curves cross half the flow.
    QPainterPath shape() const override
    {
        QPainterPathStroker stroker;
        stroker.setWidth(std::max(10.0, m_pen.widthF() + 6));
        QPainterPath hit = stroker.createStroke(m_path);
        hit.addRect(m_labelRect);
        return hit;
    }
    int id() const { return m_id; } // the overlay's edge, or -1
    QPointF middle() const { return m_path.pointAtPercent(0.5); }
    const QRectF &labelRect() const { return m_labelRect; } // in scene coordinates
    double width() const { return m_pen.widthF(); } // the busier, the wider
    // Crowded: the label would cover a box or a label placed before it (whatever the zoom).
    // Covered: a count at screen size is there at this zoom. Either way the tooltip has it.
    void setLabelCrowded(bool crowded) { m_crowded = crowded; }
    bool labelCrowded() const { return m_crowded; }
    void setLabelCovered(bool covered)
    {
        if (covered != m_covered) {
            m_covered = covered;
            update();
        }
    }
    bool labelShown(double zoom) const { return zoom >= kLabelZoom && !m_crowded && !m_covered; }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
        painter->setOpacity(m_dimmed ? 0.35 : 1.0);
        if (lod < 0.3) {
            // Far out, a thousand curves must not cost a frame: thin, aliased, no arrowheads.
            painter->setRenderHint(QPainter::Antialiasing, false);
            QPen thin = m_pen;
            thin.setCosmetic(true);
            thin.setWidthF(m_pen.widthF() > 1.5 ? 2 : 0);
            painter->setPen(thin);
            painter->setBrush(Qt::NoBrush);
            painter->drawPath(m_path);
            return;
        }
        painter->setPen(m_pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(m_path);
        // The arrowhead, along the curve's last direction.
        const QPointF tip = m_path.pointAtPercent(1);
        const QPointF before = m_path.pointAtPercent(0.97);
        const QPointF d = tip - before;
        const double len = std::hypot(d.x(), d.y());
        if (len > 0.01) {
            const QPointF u = d / len;
            const QPointF n(-u.y(), u.x());
            const double size = 6 + m_pen.widthF();
            QPolygonF head;
            head << tip << tip - u * size * 1.6 + n * size << tip - u * size * 1.6 - n * size;
            painter->setBrush(m_pen.color());
            painter->setPen(Qt::NoPen);
            painter->drawPolygon(head);
        }
        if (lod < kLabelZoom || m_crowded || m_covered)
            return; // labels cannot be read out there; leaving them saves the frame
        painter->setPen(Qt::NoPen);
        const CanvasColours colours = CanvasColours::of(this);
        painter->setBrush(colours.label);
        painter->drawRoundedRect(m_labelRect, 4, 4);
        if (m_shown.isNull())
            m_shown = labelMetrics().elidedText(
                m_label, Qt::ElideRight, std::min(m_labelWidth, m_labelRect.width() - 4));
        painter->setFont(labelFont());
        painter->setPen(m_pen.widthF() > 1.5 ? m_pen.color() : colours.secondLine);
        painter->drawText(m_labelRect, Qt::AlignCenter, m_shown);
    }

    static const QFont &labelFont()
    {
        static const QFont font = [] {
            QFont f;
            f.setPixelSize(12);
            return f;
        }();
        return font;
    }
    static const QFontMetricsF &labelMetrics()
    {
        static const QFontMetricsF metrics(labelFont());
        return metrics;
    }

private:
    int m_id;
    QPainterPath m_path;
    QString m_label;
    QString m_shown;
    QPen m_pen;
    QRectF m_labelRect;
    QRectF m_bounds;
    bool m_dimmed;
    double m_labelWidth;
    bool m_crowded = false;
    bool m_covered = false;
};

FlowCanvas::FlowCanvas(QWidget *parent)
    : QGraphicsView(parent)
{
    auto *scene = new QGraphicsScene(this);
    setScene(scene);
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    // The scene always reaches past the view (any box can be centred), so the scroll bars are
    // there anyway; kept on, a zoom never shows or hides one, which would resize the viewport
    // and paint a thousand-widget flow a second time, and throw the fit off by their width.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    scene->setPalette(wholePalette(palette()));
    setBackgroundBrush(CanvasColours::of(palette()).background);
    setAccessibleName(tr("Flow diagram"));
    setToolTip(tr("Ctrl+wheel or Ctrl+plus/minus zooms, Ctrl+0 fits; drag or Shift+arrows pan; "
                  "click a box to see its step, or go from box to box with the arrows and press "
                  "Enter"));
    setFocusPolicy(Qt::StrongFocus);
}

FlowCanvas::~FlowCanvas() = default;

void FlowCanvas::clear()
{
    scene()->clear();
    m_boxes.clear();
    m_edgeCount = 0;
    m_pathEdgeCount = 0;
    m_numberCount = 0;
    m_selected = -1;
    m_hasPath = false;
    m_edgeItems.clear();
    m_edgeCounts.clear();
    m_edgesByRank.clear();
    m_ghosts.clear();
    m_traceCount = 0;
    m_sideEdges = { 0, 0, 0 };
    m_partedBox = -1;
    m_content = QRectF();
}

// What is drawn over the definition: one execution's path, or many executions' traffic.
struct FlowCanvas::Overlay
{
    // How a transition is drawn.
    struct Look
    {
        bool taken = false;
        bool failure = false;
        bool loose = false; // not a transition of the definition: dashed
        double width = 3.5;
        QString count; // after the event, when many executions are counted
        qint64 runs = 0; // how many, for which count gives way
        int id = -1; // the overlay's edge, for clicks
        int sides = 0; // two executions compared: 1 taken by A, 2 by B, 3 by both
    };
    struct LooseEdge
    {
        int fromBox = -1;
        int toBox = -1;
        QString event;
        Look look;
    };

    QStringList looseBoxes;
    bool dimUntaken = false;
    std::function<void(BoxItem &)> decorate;
    std::function<Look(int box, int transition)> lookOf; // a transition of the definition
    QList<LooseEdge> looseEdges;
    std::function<void()> extras; // drawn once the boxes and edges are: ghosts, traces
};

void FlowCanvas::setDiagram(const FlowDefinition &definition, const std::optional<FlowPath> &path)
{
    Overlay overlay;
    const bool hasPath = path.has_value() && path->visitCount() > 0;
    overlay.dimUntaken = hasPath;
    const auto lookOf = [](const FlowPath::Edge *taken) {
        Overlay::Look look;
        look.taken = taken != nullptr;
        look.failure = taken && taken->failure;
        look.loose = taken && taken->transition < 0;
        return look;
    };
    if (path) {
        overlay.looseBoxes = path->looseBoxes();
        overlay.decorate = [&](BoxItem &box) {
            const QList<int> visits = path->visitsOf(box.index());
            QStringList order;
            for (int n : visits)
                order << QString::number(n);
            box.setBadge(numbersText(visits),
                visits.isEmpty() ? QString() : tr("Step order: %1").arg(order.join(u", "_s)),
                hasPath && visits.isEmpty());
            box.setStart(visits.contains(1));
            m_numberCount += int(visits.size());
            box.setEnd(path->endBox() == box.index(), path->waiting());
            const int subflow = path->subflowStepsAt(box.index());
            if (subflow > 0)
                box.setSuffix(tr(" · %n subflow step(s)", nullptr, subflow));
        };
        overlay.lookOf
            = [&](int box, int transition) { return lookOf(path->edgeOf(box, transition)); };
        for (const FlowPath::Edge &e : path->edges()) {
            if (e.transition < 0)
                overlay.looseEdges.append({ e.fromBox, e.toBox, e.event, lookOf(&e) });
        }
    }
    build(definition, overlay);
}

void FlowCanvas::setTraffic(const FlowDefinition &definition, const FlowTraffic &traffic)
{
    const QLocale locale;
    Overlay overlay;
    overlay.looseBoxes = traffic.looseBoxes();
    overlay.dimUntaken = traffic.runCount() > 0;
    const int initial = definition.indexOf(definition.initialState());
    overlay.decorate = [&](BoxItem &box) {
        const int b = box.index();
        const int entered = traffic.entered(b);
        QStringList tip;
        if (entered > 0)
            tip << tr("Entered by %n execution(s)", nullptr, entered);
        QString suffix;
        if (traffic.endedAt(b) > 0) {
            suffix += tr(" · %1 ended").arg(locale.toString(traffic.endedAt(b)));
            tip << tr("%n ended here", nullptr, traffic.endedAt(b));
        }
        if (traffic.waitingAt(b) > 0) {
            suffix += tr(" · %1 waiting").arg(locale.toString(traffic.waitingAt(b)));
            tip << tr("%n wait(s) here", nullptr, traffic.waitingAt(b));
        }
        if (traffic.failedAt(b) > 0) {
            box.setAlarm(tr("%1 failed").arg(locale.toString(traffic.failedAt(b))));
            tip << tr("%n failed execution(s) ended here", nullptr, traffic.failedAt(b));
        }
        if (entered > 0)
            tip << tr("Click to list them");
        box.setBadge(entered > 0 ? locale.toString(entered) : QString(), tip.join(u'\n'),
            overlay.dimUntaken && entered == 0);
        box.setSuffix(suffix);
        box.setStart(b == initial);
        box.showCountsAtScreenSize(entered, traffic.failedAt(b));
    };
    // Thickness by count: the busiest edge is the widest, a single execution still visible.
    const auto lookOf = [&](int id) {
        Overlay::Look look;
        if (id < 0)
            return look;
        const FlowTraffic::Edge &e = traffic.edges()[id];
        look.taken = true;
        look.failure = e.failure;
        look.loose = e.transition < 0;
        look.width = 1.5
            + 7.5 * std::sqrt(double(e.runs.size()) / double(std::max(1, traffic.busiestEdge())));
        look.count = locale.toString(qsizetype(e.runs.size()));
        look.runs = qsizetype(e.runs.size());
        look.id = id;
        return look;
    };
    overlay.lookOf = [&](int box, int transition) {
        const FlowTraffic::Edge *e = traffic.edgeOf(box, transition);
        return lookOf(e ? int(e - traffic.edges().data()) : -1);
    };
    for (qsizetype k = 0; k < traffic.edges().size(); ++k) {
        const FlowTraffic::Edge &e = traffic.edges()[k];
        if (e.transition < 0)
            overlay.looseEdges.append({ e.fromBox, e.toBox, e.event, lookOf(int(k)) });
    }
    build(definition, overlay);
}

namespace {

// A value of a definition, short enough for a tooltip's line.
QString valueText(const QJsonValue &value)
{
    if (value.isUndefined())
        return FlowCanvas::tr("(none)");
    const QString text = compactJson(value);
    return text.size() > 60 ? text.left(57) + u"…"_s : text;
}

// What changed in a widget, a line a path; at most eight, then how many more.
QString changeLines(const WidgetChange &change)
{
    QStringList lines;
    for (const PathChange &p : change.paths) {
        if (lines.size() == 8) {
            lines << FlowCanvas::tr("… and %n more", nullptr, int(change.paths.size() - 8));
            break;
        }
        lines << FlowCanvas::tr("%1: %2 → %3").arg(p.path, valueText(p.before), valueText(p.after));
    }
    return lines.join(u'\n');
}

bool movedToo(const WidgetChange &change)
{
    return std::any_of(change.paths.cbegin(), change.paths.cend(),
        [](const PathChange &p) { return p.path.startsWith(u"properties.offset"_s); });
}

} // namespace

void FlowCanvas::setComparison(const RevisionComparison &comparison)
{
    if (!comparison.newerDefinition || !comparison.olderDefinition) {
        clear();
        return;
    }
    const FlowDefinition &newer = *comparison.newerDefinition;
    const FlowDefinition &older = *comparison.olderDefinition;
    QHash<QString, const WidgetChange *> byWidget;
    for (const WidgetChange &c : comparison.changes)
        byWidget.insert(c.widget, &c);
    Overlay overlay;
    overlay.decorate = [&](BoxItem &box) {
        const WidgetChange *c = byWidget.value(box.name());
        if (!c)
            return;
        switch (c->kind) {
        case WidgetChange::Kind::Added:
            box.setMark(BoxItem::Mark::Added,
                tr("Added in revision %1 (not in %2)").arg(comparison.newer).arg(comparison.older));
            break;
        case WidgetChange::Kind::Changed:
            box.setMark(BoxItem::Mark::Changed,
                tr("Changed since revision %1:").arg(comparison.older) + u'\n' + changeLines(*c));
            break;
        case WidgetChange::Kind::Moved:
            box.setMark(BoxItem::Mark::Moved,
                tr("Moved since revision %1, nothing else changed").arg(comparison.older));
            break;
        case WidgetChange::Kind::Removed: break;
        }
    };
    overlay.extras = [&] {
        for (const WidgetChange &c : comparison.changes) {
            const int was = older.indexOf(c.widget);
            if (was < 0)
                continue;
            const QPointF before = older.states()[was].offset;
            if (c.kind == WidgetChange::Kind::Removed) {
                // Where it stood; over a box of the newer revision (a renamed widget stands where
                // it did), just beside it where there is room — below, right, left, above — so
                // that its name shows; else a little apart, behind it, like a card under another.
                const auto covered = [this](const QPointF &at) {
                    const QRectF rect(at, QSizeF(kBoxWidth, kBoxHeight));
                    return std::any_of(m_boxes.cbegin(), m_boxes.cend(),
                        [&](const BoxItem *b) { return boxRect(b->index()).intersects(rect); });
                };
                QPointF at = before;
                if (covered(at)) {
                    const QPointF nearby[] = { before + QPointF(36, kBoxHeight + 14),
                        before + QPointF(kBoxWidth + 24, 24), before - QPointF(kBoxWidth + 24, -24),
                        before - QPointF(-36, kBoxHeight + 14) };
                    const auto *free = std::find_if(std::begin(nearby), std::end(nearby),
                        [&](const QPointF &p) { return !covered(p); });
                    at = free != std::end(nearby) ? *free : before + QPointF(32, 32);
                }
                auto *ghost = new BoxItem(-1, c.widget, older.states()[was].type, false);
                ghost->setMark(BoxItem::Mark::Removed,
                    tr("Removed in revision %1; it stood here in revision %2")
                        .arg(comparison.newer)
                        .arg(comparison.older));
                ghost->setPos(at);
                ghost->setZValue(0.5); // over the edges, under the boxes
                scene()->addItem(ghost);
                m_ghosts << ghost;
                continue;
            }
            if (c.kind != WidgetChange::Kind::Moved && !movedToo(c))
                continue;
            // A faint outline where it was, and a dotted line to where it is.
            const int now = newer.indexOf(c.widget);
            if (now < 0)
                continue;
            const QRectF stood(before, QSizeF(kBoxWidth, kBoxHeight));
            auto *trace = scene()->addRect(stood, QPen(kMovedColour, 1.5, Qt::DashLine));
            trace->setOpacity(0.5);
            trace->setZValue(-1);
            trace->setToolTip(
                tr("%1 stood here in revision %2").arg(c.widget).arg(comparison.older));
            auto *line = scene()->addLine(QLineF(stood.center(), boxRect(now).center()),
                QPen(kMovedColour, 1.5, Qt::DotLine));
            line->setOpacity(0.5);
            line->setZValue(-1);
            ++m_traceCount;
        }
    };
    build(newer, overlay);
}

void FlowCanvas::setPaths(
    const FlowDefinition &definition, const FlowPath &a, const FlowPath &b, const QString &partedAt)
{
    // Both paths' boxes in one numbering: the definition's, A's loose ones, then B's own.
    const int n = int(definition.states().size());
    QStringList loose = a.looseBoxes();
    for (const QString &name : b.looseBoxes()) {
        if (!loose.contains(name))
            loose << name;
    }
    const auto fromB = [&](int box) {
        return box < n ? box : n + int(loose.indexOf(b.looseBoxes().value(box - n)));
    };
    const auto toB = [&](int box) {
        if (box < n)
            return box;
        const int k = int(b.looseBoxes().indexOf(loose.value(box - n)));
        return k < 0 ? -1 : n + k;
    };
    const auto toA = [&](int box) { return box < a.boxCount() ? box : -1; };
    const auto steps = [](const QList<int> &visits) {
        QStringList order;
        for (int v : visits)
            order << QString::number(v);
        return order.join(u", "_s);
    };
    const int parted = partedAt.isEmpty()
        ? -1
        : (definition.indexOf(partedAt) >= 0 ? definition.indexOf(partedAt)
                                             : n + int(loose.indexOf(partedAt)));
    Overlay overlay;
    overlay.looseBoxes = loose;
    overlay.dimUntaken = true;
    overlay.decorate = [&](BoxItem &box) {
        const int ia = toA(box.index());
        const int ib = toB(box.index());
        const QList<int> va = ia >= 0 ? a.visitsOf(ia) : QList<int>();
        const QList<int> vb = ib >= 0 ? b.visitsOf(ib) : QList<int>();
        QStringList tip;
        if (!va.isEmpty())
            tip << tr("A: step(s) %1").arg(steps(va));
        if (!vb.isEmpty())
            tip << tr("B: step(s) %1").arg(steps(vb));
        box.setSides(!va.isEmpty(), !vb.isEmpty(), tip.join(u'\n'));
        box.setBadge({}, {}, va.isEmpty() && vb.isEmpty());
        if (box.index() == parted)
            box.setMark(BoxItem::Mark::Parted, tr("The two executions parted here"));
        box.setStart(box.index() == definition.indexOf(definition.initialState()));
    };
    const auto lookOf = [](int sides) {
        Overlay::Look look;
        look.taken = sides != 0;
        look.sides = sides;
        return look;
    };
    overlay.lookOf = [&](int box, int transition) {
        return lookOf((a.edgeOf(box, transition) ? 1 : 0) | (b.edgeOf(box, transition) ? 2 : 0));
    };
    // Loose edges (not transitions of the definition): each once, with who took it.
    QMap<std::tuple<int, int, QString>, int> looseSides;
    for (const FlowPath::Edge &e : a.edges()) {
        if (e.transition < 0)
            looseSides[{ e.fromBox, e.toBox, e.event }] |= 1;
    }
    for (const FlowPath::Edge &e : b.edges()) {
        if (e.transition < 0)
            looseSides[{ fromB(e.fromBox), e.toBox < 0 ? -1 : fromB(e.toBox), e.event }] |= 2;
    }
    for (auto it = looseSides.cbegin(); it != looseSides.cend(); ++it) {
        Overlay::Look look = lookOf(it.value());
        look.loose = true;
        overlay.looseEdges.append(
            { std::get<0>(it.key()), std::get<1>(it.key()), std::get<2>(it.key()), look });
    }
    build(definition, overlay);
    m_partedBox = parted;
}

QString FlowCanvas::boxSides(int box) const
{
    if (box < 0 || box >= m_boxes.size())
        return {};
    return m_boxes[box]->sides();
}

QString FlowCanvas::boxMark(int box) const
{
    if (box < 0 || box >= m_boxes.size())
        return {};
    return BoxItem::markText(m_boxes[box]->mark());
}

QStringList FlowCanvas::ghostNames() const
{
    QStringList names;
    for (const BoxItem *ghost : m_ghosts)
        names << ghost->name();
    return names;
}

QRectF FlowCanvas::ghostRect(const QString &name) const
{
    for (const BoxItem *ghost : m_ghosts) {
        if (ghost->name() == name)
            return QRectF(ghost->pos(), QSizeF(kBoxWidth, kBoxHeight));
    }
    return {};
}

void FlowCanvas::centreOnGhost(const QString &name)
{
    const QRectF rect = ghostRect(name);
    if (rect.isNull())
        return;
    m_fitPending = false;
    selectBox(-1, false);
    centerOn(rect.center());
}

void FlowCanvas::build(const FlowDefinition &definition, const Overlay &overlay)
{
    clear();
    const QList<FlowState> &states = definition.states();

    // Boxes: the definition's at their offsets, loose ones in a column to the right.
    QRectF extent;
    QList<QPointF> positions;
    positions.reserve(states.size());
    for (const FlowState &s : states) {
        positions << s.offset;
        extent = extent.united(QRectF(s.offset, QSizeF(kBoxWidth, kBoxHeight)));
    }
    const QStringList &loose = overlay.looseBoxes;
    for (qsizetype k = 0; k < loose.size(); ++k)
        positions << QPointF(extent.right() + 160, extent.top() + double(k) * (kBoxHeight + 80));

    m_boxes.reserve(positions.size());
    for (qsizetype b = 0; b < positions.size(); ++b) {
        const bool isLoose = b >= states.size();
        auto *item = new BoxItem(int(b), isLoose ? loose[b - states.size()] : states[b].name,
            isLoose ? QString() : states[b].type, isLoose);
        item->setPos(positions[b]);
        if (overlay.decorate)
            overlay.decorate(*item);
        m_hasPath = m_hasPath || item->lit();
        scene()->addItem(item);
        m_boxes << item;
    }

    const auto penOf = [](const Overlay::Look &look) {
        if (!look.taken)
            return QPen(kEdgeColour, 1.2);
        const QColor sideColour = look.sides == 3 ? kBothColour
            : look.sides == 2                     ? kSideBColour
                                                  : kSideAColour;
        QPen pen(look.sides > 0 ? sideColour : (look.failure ? kFailureColour : kPathColour),
            look.width);
        if (look.loose)
            pen.setStyle(Qt::DashLine);
        return pen;
    };
    // An edge from the bottom of a box (spread over its transitions) to the top of another.
    const auto addEdge = [&](int from, int slot, int slotCount, int to, QString label,
                             const Overlay::Look &look) {
        const QPointF origin = positions[from];
        const QPointF start(
            origin.x() + kBoxWidth * (slot + 1) / (slotCount + 1), origin.y() + kBoxHeight);
        QPainterPath curve(start);
        QPointF labelAt;
        double labelWidth = kLabelWidth;
        if (to < 0) {
            // Stubs sit side by side: each label gets its share of the box, staggered.
            curve.lineTo(start + QPointF(0, kStubLength));
            labelAt = start + QPointF(0, kStubLength + 12 + (slot % 2) * 16);
            labelWidth = std::max(40.0, 2 * kBoxWidth / (slotCount + 1) - 8);
        } else if (to == from) {
            // A loop back into itself, around the right side.
            const QPointF right(origin.x() + kBoxWidth, origin.y() + kBoxHeight / 2);
            curve.cubicTo(start + QPointF(0, 50), right + QPointF(80, 40), right);
            labelAt = right + QPointF(60, 30);
        } else {
            const QPointF end(positions[to].x() + kBoxWidth / 2, positions[to].y());
            const double drop = std::max(60.0, std::abs(end.y() - start.y()) / 2);
            curve.cubicTo(start + QPointF(0, drop), end - QPointF(0, drop), end);
            labelAt = curve.pointAtPercent(0.35);
        }
        if (!look.count.isEmpty())
            label += u" · "_s + look.count; // the count survives eliding: the tooltip has both
        auto *edge = new EdgeItem(curve, labelAt, label, penOf(look),
            overlay.dimUntaken && !look.taken, labelWidth, look.id);
        if (look.taken)
            edge->setZValue(0); // above the untaken ones, still under the boxes (1)
        scene()->addItem(edge);
        m_edgesByRank.append(edge);
        if (look.id >= 0) {
            m_edgeItems.insert(look.id, edge);
            // Far out, where labels are not drawn, the count still is (not on the short stubs:
            // their box says how many ended there).
            if (to >= 0) {
                // Above the boxes, which an edge's middle may cross far out.
                auto *count = new CountItem(look.count, look.failure ? kFailureColour : kPathColour,
                    CountItem::Place::Centre, look.runs, nullptr, edge);
                count->setPos(labelAt);
                count->setZValue(3);
                scene()->addItem(count);
                m_edgeCounts << count;
            }
        }
        ++m_edgeCount;
        if (look.taken)
            ++m_pathEdgeCount;
        if (look.sides > 0)
            ++m_sideEdges[size_t(look.sides - 1)];
    };

    // Loose edges share the slots of the box they leave with its transitions.
    QHash<int, QList<const Overlay::LooseEdge *>> looseFrom;
    for (const Overlay::LooseEdge &e : overlay.looseEdges)
        looseFrom[e.fromBox].append(&e);
    for (qsizetype b = 0; b < positions.size(); ++b) {
        const QList<FlowTransition> noTransitions;
        const QList<FlowTransition> &ts = b < states.size() ? states[b].transitions : noTransitions;
        const QList<const Overlay::LooseEdge *> loosesHere = looseFrom.value(int(b));
        const int slotCount = int(ts.size() + loosesHere.size());
        for (qsizetype t = 0; t < ts.size(); ++t) {
            const FlowTransition &tn = ts[t];
            const int to = tn.next.isEmpty() || tn.dangling ? -1 : definition.indexOf(tn.next);
            QString label = tn.condition.isEmpty() ? tn.event : tn.event + u": "_s + tn.condition;
            if (tn.dangling)
                label += tr(" → %1 (missing)").arg(tn.next);
            addEdge(int(b), int(t), slotCount, to, label,
                overlay.lookOf ? overlay.lookOf(int(b), int(t)) : Overlay::Look());
        }
        for (qsizetype k = 0; k < loosesHere.size(); ++k)
            addEdge(int(b), int(ts.size() + k), slotCount, loosesHere[k]->toBox,
                loosesHere[k]->event, loosesHere[k]->look);
    }
    if (overlay.extras)
        overlay.extras();

    placeLabels();

    // The picture is the drawing with a margin; the view may scroll further, so that any box,
    // the corner ones too, can be centred.
    m_content = scene()->itemsBoundingRect().adjusted(-40, -40, 40, 40);
    scene()->setSceneRect(m_content.adjusted(-2000, -2000, 2000, 2000));
    // Drawn while its tab is hidden, the view has no size yet: fit once it is shown.
    m_fitPending = true;
    if (isVisible())
        fitToPath();
    zoomChanged();
}

void FlowCanvas::placeLabels()
{
    // Taken edges first, the widest (busiest) of them first; then the rest in definition order.
    // A label that would cover a box or a label already placed is left out: on a dense flow they
    // pile up otherwise. The edge's tooltip still has it.
    std::stable_sort(
        m_edgesByRank.begin(), m_edgesByRank.end(), [](const EdgeItem *a, const EdgeItem *b) {
            if (a->zValue() != b->zValue())
                return a->zValue() > b->zValue();
            return a->width() > b->width();
        });
    Placed placed(kBoxWidth);
    for (const BoxItem *box : std::as_const(m_boxes))
        placed.add(box->mapRectToScene(QRectF(0, 0, kBoxWidth, kBoxHeight)));
    for (EdgeItem *edge : std::as_const(m_edgesByRank)) {
        const bool crowded = placed.overlaps(edge->labelRect());
        edge->setLabelCrowded(crowded);
        if (!crowded)
            placed.add(edge->labelRect());
    }
}

void FlowCanvas::zoomChanged()
{
    // An edge's count beside its label would say it twice; too far out they would only pile up.
    const bool far = zoom() < kLabelZoom && zoom() >= 0.12;
    placeCounts(far);
}

void FlowCanvas::placeCounts(bool edgeCountsWanted)
{
    // Counts at screen size never cover each other or a box's name (drawn from 0.3 in): the
    // failures first, then how many entered each box, then the edges' counts, the largest of
    // each first; one that would cover another stays hidden until the view is closer.
    QList<CountItem *> ranked;
    QList<CountItem *> boxCounts;
    for (const BoxItem *box : std::as_const(m_boxes)) {
        if (box->alarmCount())
            ranked.append(box->alarmCount());
        if (box->badgeCount())
            boxCounts.append(box->badgeCount());
    }
    const auto byWeight
        = [](const CountItem *a, const CountItem *b) { return a->weight() > b->weight(); };
    std::stable_sort(ranked.begin(), ranked.end(), byWeight);
    std::stable_sort(boxCounts.begin(), boxCounts.end(), byWeight);
    ranked += boxCounts;
    if (edgeCountsWanted) {
        QList<CountItem *> edgeCounts = m_edgeCounts;
        std::stable_sort(edgeCounts.begin(), edgeCounts.end(), byWeight);
        ranked += edgeCounts;
    } else {
        for (CountItem *count : std::as_const(m_edgeCounts))
            count->setVisible(false);
    }
    if (ranked.isEmpty())
        return;

    const QTransform view = transform();
    Placed placed(64);
    if (zoom() >= 0.3) {
        for (const BoxItem *box : std::as_const(m_boxes))
            placed.add(view.mapRect(box->nameRect()));
    }
    Placed counts(64);
    for (CountItem *count : std::as_const(ranked)) {
        const QRectF at = count->viewRect(view);
        const bool shown = !placed.overlaps(at) && !counts.overlaps(at);
        count->setVisible(shown);
        if (shown) {
            counts.add(at);
            placed.add(at);
        }
    }
    // Close enough for labels: a label under a count gives way to it.
    if (zoom() >= kLabelZoom) {
        for (EdgeItem *edge : std::as_const(m_edgesByRank)) {
            if (!edge->labelCrowded())
                edge->setLabelCovered(counts.overlaps(view.mapRect(edge->labelRect())));
        }
    }
}

QList<QRectF> FlowCanvas::shownCountRects() const
{
    QList<QRectF> out;
    const QTransform view = transform();
    for (const BoxItem *box : std::as_const(m_boxes)) {
        for (const CountItem *count : { box->badgeCount(), box->alarmCount() }) {
            if (count && count->isVisible())
                out << count->viewRect(view);
        }
    }
    for (const CountItem *count : std::as_const(m_edgeCounts)) {
        if (count->isVisible())
            out << count->viewRect(view);
    }
    return out;
}

QList<QRectF> FlowCanvas::shownLabelRects() const
{
    QList<QRectF> out;
    for (const EdgeItem *edge : std::as_const(m_edgesByRank)) {
        if (edge->labelShown(zoom()))
            out << edge->labelRect();
    }
    return out;
}

QList<QRectF> FlowCanvas::boxNameRects() const
{
    QList<QRectF> out;
    for (const BoxItem *box : std::as_const(m_boxes))
        out << box->nameRect();
    return out;
}

int FlowCanvas::visibleEdgeCounts() const
{
    return int(std::count_if(m_edgeCounts.cbegin(), m_edgeCounts.cend(),
        [](const QGraphicsItem *count) { return count->isVisible(); }));
}

QString FlowCanvas::boxBadge(int box) const
{
    return box >= 0 && box < m_boxes.size() ? m_boxes[box]->badge() : QString();
}

void FlowCanvas::setBoxAlarms(const QHash<int, QString> &alarms, const QHash<int, QString> &tips)
{
    for (qsizetype box = 0; box < m_boxes.size(); ++box) {
        const QString alarm = alarms.value(int(box));
        if (alarm != m_boxes[box]->alarm() || !alarm.isEmpty())
            m_boxes[box]->setLateAlarm(alarm, tips.value(int(box)));
    }
}

QString FlowCanvas::boxAlarm(int box) const
{
    return box >= 0 && box < m_boxes.size() ? m_boxes[box]->alarm() : QString();
}

QPointF FlowCanvas::edgePointInView(int edge) const
{
    const EdgeItem *item = m_edgeItems.value(edge);
    return item ? mapFromScene(item->middle()) : QPointF(-1, -1);
}

void FlowCanvas::centreOnEdge(int edge)
{
    if (const EdgeItem *item = m_edgeItems.value(edge)) {
        m_fitPending = false;
        centerOn(item->middle());
    }
}

void FlowCanvas::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (m_fitPending)
        fitToPath();
}

void FlowCanvas::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitPending && isVisible())
        fitToPath();
}

QRectF FlowCanvas::boxRect(int box) const
{
    if (box < 0 || box >= m_boxes.size())
        return {};
    return QRectF(m_boxes[box]->pos(), QSizeF(kBoxWidth, kBoxHeight));
}

QPointF FlowCanvas::boxCentreInView(int box) const
{
    return mapFromScene(boxRect(box).center());
}

void FlowCanvas::selectBox(int box, bool centre)
{
    if (m_selected >= 0 && m_selected < m_boxes.size())
        m_boxes[m_selected]->setSelectedBox(false);
    m_selected = box >= 0 && box < m_boxes.size() ? box : -1;
    if (m_selected < 0)
        return;
    m_boxes[m_selected]->setSelectedBox(true);
    if (centre) {
        m_fitPending = false;
        centerOn(boxRect(m_selected).center());
    }
}

void FlowCanvas::fitAll()
{
    m_fitPending = !isVisible();
    if (m_boxes.isEmpty())
        return;
    fitInView(m_content, Qt::KeepAspectRatio);
    // Never so close that a small flow's boxes fill the screen.
    if (zoom() > 1.0)
        setTransform(QTransform());
    zoomChanged();
}

void FlowCanvas::fitToPath()
{
    QRectF visited;
    for (BoxItem *item : std::as_const(m_boxes)) {
        if (item->lit())
            visited = visited.united(boxRect(item->index()));
    }
    if (visited.isNull()) {
        fitAll();
        return;
    }
    fitInView(visited.adjusted(-60, -60, 60, 100), Qt::KeepAspectRatio);
    if (zoom() > 1.0)
        setTransform(QTransform());
    // Readable first: a long path opens at a zoom where the labels can be read, at its start.
    if (zoom() < kLabelZoom) {
        setTransform(QTransform::fromScale(kLabelZoom, kLabelZoom));
        for (BoxItem *item : std::as_const(m_boxes)) {
            if (item->start()) {
                // The start near the top: what follows it fills the view below.
                const QRectF start = boxRect(item->index());
                const double below = viewport()->height() / 2.0 / zoom() - kBoxHeight / 2 - 40;
                centerOn(start.center() + QPointF(0, std::max(0.0, below)));
                break;
            }
        }
    }
    zoomChanged();
}

void FlowCanvas::zoomBy(double factor)
{
    m_fitPending = false;
    const double next = std::clamp(zoom() * factor, 0.05, 4.0);
    setTransform(QTransform::fromScale(next, next));
    zoomChanged();
}

void FlowCanvas::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(std::pow(1.0015, event->angleDelta().y()));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

// From the selected box (else the flow's start) to the nearest box that way: ahead of it within
// a cone twice as wide as it is deep, nearer ahead counting more than off to the side.
int FlowCanvas::boxToward(int dx, int dy) const
{
    if (m_boxes.isEmpty())
        return -1;
    int from = m_selected;
    if (from < 0) {
        for (const BoxItem *box : m_boxes) {
            if (box->start())
                return box->index();
        }
        return 0;
    }
    const QPointF origin = boxRect(from).center();
    int best = -1;
    double bestScore = 0;
    for (const BoxItem *box : m_boxes) {
        if (box->index() == from)
            continue;
        const QPointF d = boxRect(box->index()).center() - origin;
        const double ahead = d.x() * dx + d.y() * dy; // along the way asked
        const double aside = std::abs(d.x() * dy) + std::abs(d.y() * dx);
        if (ahead <= 0 || aside > 2 * ahead)
            continue;
        const double score = ahead + 2 * aside;
        if (best < 0 || score < bestScore) {
            best = box->index();
            bestScore = score;
        }
    }
    return best;
}

void FlowCanvas::stepToBox(int box)
{
    if (box < 0)
        return;
    selectBox(box, true);
    // Said to a screen reader: which box, and what it holds (its tooltip's words).
    setAccessibleDescription(m_boxes[box]->toolTip());
    QAccessibleEvent said(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&said);
}

void FlowCanvas::keyPressEvent(QKeyEvent *event)
{
    // The boxes by keyboard: arrows go from box to box, Enter opens the box's step; with Shift
    // the arrows pan, as dragging does.
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const auto pan = [this](QScrollBar *bar, bool forward) {
        bar->triggerAction(
            forward ? QAbstractSlider::SliderSingleStepAdd : QAbstractSlider::SliderSingleStepSub);
    };
    if (!(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        switch (event->key()) {
        case Qt::Key_Left:
            shift ? pan(horizontalScrollBar(), false) : stepToBox(boxToward(-1, 0));
            return;
        case Qt::Key_Right:
            shift ? pan(horizontalScrollBar(), true) : stepToBox(boxToward(1, 0));
            return;
        case Qt::Key_Up:
            shift ? pan(verticalScrollBar(), false) : stepToBox(boxToward(0, -1));
            return;
        case Qt::Key_Down:
            shift ? pan(verticalScrollBar(), true) : stepToBox(boxToward(0, 1));
            return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_selected >= 0) {
                Q_EMIT boxClicked(m_selected);
                Q_EMIT boxActivated(m_selected);
            }
            return;
        default: break;
        }
    }
    if (event->modifiers() & Qt::ControlModifier) {
        switch (event->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal: zoomBy(1.25); return;
        case Qt::Key_Minus: zoomBy(0.8); return;
        case Qt::Key_0: fitAll(); return;
        default: break;
        }
    }
    QGraphicsView::keyPressEvent(event);
}

void FlowCanvas::mousePressEvent(QMouseEvent *event)
{
    m_fitPending = false;
    // The topmost thing under the mouse: a box, or else a counted edge.
    for (QGraphicsItem *item : items(event->position().toPoint())) {
        if (const auto *count = dynamic_cast<CountItem *>(item))
            item = count->counted();
        if (auto *box = dynamic_cast<BoxItem *>(item)) {
            if (box->index() < 0)
                break; // a ghost of the older revision: nothing of this one to show
            selectBox(box->index(), false);
            Q_EMIT boxClicked(box->index());
            break;
        }
        if (auto *edge = dynamic_cast<EdgeItem *>(item); edge && edge->id() >= 0) {
            Q_EMIT edgeClicked(edge->id());
            break;
        }
    }
    QGraphicsView::mousePressEvent(event);
}

void FlowCanvas::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        // A theme switched while it is open: its items and background follow.
        scene()->setPalette(wholePalette(palette()));
        setBackgroundBrush(CanvasColours::of(palette()).background);
    }
}

QColor FlowCanvas::backgroundColour() const
{
    return CanvasColours::of(palette()).background;
}

QImage FlowCanvas::renderImage(double scale) const
{
    const QRectF source = m_content;
    QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(CanvasColours::of(palette()).box);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene()->render(&painter, QRectF(QPointF(0, 0), source.size() * scale), source);
    return image;
}

bool FlowCanvas::writeDiagram(
    const FlowDefinition &definition, const FlowPath &path, const QString &file, QString *error)
{
    FlowCanvas canvas;
    canvas.setDiagram(definition, path);
    return canvas.saveImage(file, error);
}

bool FlowCanvas::saveImage(const QString &path, QString *error) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"svg"_s && suffix != u"png"_s) {
        *error = tr("the file name must end in .png or .svg");
        return false;
    }
    OutputFile file(path); // a named pipe is written into, never replaced
    if (!file.open(error))
        return false;
    if (suffix == u"svg"_s) {
        const QRectF source = m_content;
        QSvgGenerator svg;
        svg.setOutputDevice(file.device());
        svg.setSize(source.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
        svg.setTitle(tr("Flow diagram"));
        QPainter painter(&svg);
        painter.fillRect(QRectF(QPointF(0, 0), source.size()), CanvasColours::of(palette()).box);
        scene()->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
        painter.end();
    } else if (!renderImage().save(file.device(), "PNG")) {
        *error = tr("the image could not be encoded");
        return false; // cancelled: an existing file stays as it was
    }
    return file.commit(error);
}

} // namespace flowscope
