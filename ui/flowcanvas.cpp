#include "flowcanvas.h"

#include <QFileInfo>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QImage>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QSaveFile>
#include <QScrollBar>
#include <QStyleOptionGraphicsItem>
#include <QSvgGenerator>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace flowscope {

namespace {

constexpr double kBoxWidth = 240;
constexpr double kBoxHeight = 72;
constexpr double kStubLength = 30;
constexpr double kLabelWidth = 130;
const QColor kPathColour(0x1a, 0x73, 0xe8);
const QColor kFailureColour(0xd9, 0x30, 0x25);
const QColor kWaitingColour(0xe3, 0x74, 0x00);
const QColor kEdgeColour(0x80, 0x86, 0x8b);

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

} // namespace

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
        setToolTip(loose ? FlowCanvas::tr("%1\nNot a widget of this definition (renamed or "
                                          "removed since?)")
                               .arg(name)
                         : FlowCanvas::tr("%1\n%2").arg(name, type));
        setAcceptHoverEvents(false);
    }

    int index() const { return m_index; }
    void setVisits(const QList<int> &visits, bool dimmed)
    {
        m_visits = visits;
        m_dimmed = dimmed;
        if (!visits.isEmpty())
            setToolTip(toolTip() + FlowCanvas::tr("\nStep order: %1").arg(numbersText(visits)));
    }
    void setEnd(bool end, bool waiting)
    {
        m_end = end;
        m_waiting = waiting;
    }
    void setSubflowSteps(int n) { m_subflowSteps = n; }
    void setSelectedBox(bool selected)
    {
        m_selected = selected;
        update();
    }
    const QList<int> &visits() const { return m_visits; }

    QRectF boundingRect() const override
    {
        // The badge sticks out above the top right corner; the outline is drawn on the edge.
        return QRectF(-4, -14, kBoxWidth + 18, kBoxHeight + 18);
    }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
        const QRectF box(0, 0, kBoxWidth, kBoxHeight);
        const QColor accent = familyColour(m_family);
        painter->setOpacity(m_dimmed ? 0.35 : 1.0);
        if (lod < 0.3) {
            // Far out: a block of the family colour is all that can be seen anyway.
            painter->setRenderHint(QPainter::Antialiasing, false);
            painter->fillRect(box, m_dimmed ? QColor(0xe8, 0xea, 0xed) : accent.lighter(160));
            if (m_end || m_selected)
                painter->fillRect(box.adjusted(0, 0, 0, -kBoxHeight * 0.7),
                    m_waiting ? kWaitingColour : kPathColour);
            return;
        }
        QPen outline(m_loose ? kFailureColour : QColor(0xda, 0xdc, 0xe0), 1,
            m_loose ? Qt::DashLine : Qt::SolidLine);
        if (!m_visits.isEmpty())
            outline = QPen(kPathColour, 2);
        if (m_end)
            outline = QPen(m_waiting ? kWaitingColour : kPathColour, 4);
        if (m_selected)
            outline = QPen(QColor(0x20, 0x21, 0x24), 4, Qt::DotLine);
        painter->setPen(outline);
        painter->setBrush(Qt::white);
        painter->drawRoundedRect(box, 6, 6);
        painter->fillRect(QRectF(1, 1, 7, kBoxHeight - 2), accent);

        QFont font = painter->font();
        font.setPixelSize(15);
        font.setBold(true);
        painter->setFont(font);
        painter->setPen(QColor(0x20, 0x21, 0x24));
        const QRectF text = box.adjusted(16, 8, -10, -8);
        // A long name gets a smaller type before it is elided (the tooltip has it whole).
        while (
            font.pixelSize() > 10 && QFontMetricsF(font).horizontalAdvance(m_name) > text.width())
            font.setPixelSize(font.pixelSize() - 1);
        painter->setFont(font);
        painter->drawText(text, Qt::AlignLeft | Qt::AlignTop,
            QFontMetricsF(font).elidedText(m_name, Qt::ElideMiddle, text.width()));
        font.setBold(false);
        font.setPixelSize(12);
        painter->setFont(font);
        painter->setPen(QColor(0x5f, 0x63, 0x68));
        QString second = m_loose ? FlowCanvas::tr("not in this definition") : m_type;
        if (m_subflowSteps > 0)
            second += FlowCanvas::tr(" · %n subflow step(s)", nullptr, m_subflowSteps);
        if (m_end)
            second
                += m_waiting ? FlowCanvas::tr(" · waiting here") : FlowCanvas::tr(" · ended here");
        painter->drawText(text, Qt::AlignLeft | Qt::AlignBottom,
            QFontMetricsF(font).elidedText(second, Qt::ElideRight, text.width()));

        if (!m_visits.isEmpty()) {
            font.setBold(true);
            font.setPixelSize(13);
            painter->setFont(font);
            const QString badge = numbersText(m_visits);
            const double w = QFontMetricsF(font).horizontalAdvance(badge) + 14;
            const QRectF pill(kBoxWidth - w + 8, -12, w, 22);
            painter->setPen(Qt::NoPen);
            painter->setBrush(kPathColour);
            painter->drawRoundedRect(pill, 11, 11);
            painter->setPen(Qt::white);
            painter->drawText(pill, Qt::AlignCenter, badge);
        }
    }

private:
    int m_index;
    QString m_name;
    QString m_type;
    bool m_loose;
    WidgetFamily m_family;
    QList<int> m_visits;
    bool m_dimmed = false;
    bool m_end = false;
    bool m_waiting = false;
    bool m_selected = false;
    int m_subflowSteps = 0;
};

namespace {

// One transition: a curve from the bottom of its box to the top of the next one (or a stub),
// an arrowhead, and its event as a label (elided; the tooltip has it whole).
class EdgeItem final : public QGraphicsItem
{
public:
    EdgeItem(const QPainterPath &path, const QPointF &labelAt, const QString &label, QPen pen,
        bool dimmed, double labelWidth = kLabelWidth)
        : m_path(path)
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
        if (lod < 0.5)
            return; // labels cannot be read out there; leaving them saves the frame
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 230));
        painter->drawRoundedRect(m_labelRect, 4, 4);
        if (m_shown.isNull())
            m_shown = labelMetrics().elidedText(
                m_label, Qt::ElideRight, std::min(m_labelWidth, m_labelRect.width() - 4));
        painter->setFont(labelFont());
        painter->setPen(m_pen.widthF() > 1.5 ? m_pen.color() : QColor(0x5f, 0x63, 0x68));
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
    QPainterPath m_path;
    QString m_label;
    QString m_shown;
    QPen m_pen;
    QRectF m_labelRect;
    QRectF m_bounds;
    bool m_dimmed;
    double m_labelWidth;
};

} // namespace

FlowCanvas::FlowCanvas(QWidget *parent)
    : QGraphicsView(parent)
{
    auto *scene = new QGraphicsScene(this);
    setScene(scene);
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    setBackgroundBrush(QColor(0xf8, 0xf9, 0xfa));
    setAccessibleName(tr("Flow diagram"));
    setToolTip(tr("Ctrl+wheel or Ctrl+plus/minus zooms, Ctrl+0 fits; drag or arrows pan; click a "
                  "box to see its step"));
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
    m_content = QRectF();
}

void FlowCanvas::setDiagram(const FlowDefinition &definition, const std::optional<FlowPath> &path)
{
    clear();
    m_hasPath = path.has_value() && path->visitCount() > 0;
    const QList<FlowState> &states = definition.states();

    // Boxes: the definition's at their offsets, loose ones in a column to the right.
    QRectF extent;
    QList<QPointF> positions;
    positions.reserve(states.size());
    for (const FlowState &s : states) {
        positions << s.offset;
        extent = extent.united(QRectF(s.offset, QSizeF(kBoxWidth, kBoxHeight)));
    }
    const QStringList loose = path ? path->looseBoxes() : QStringList();
    for (qsizetype k = 0; k < loose.size(); ++k)
        positions << QPointF(extent.right() + 160, extent.top() + double(k) * (kBoxHeight + 80));

    m_boxes.reserve(positions.size());
    for (qsizetype b = 0; b < positions.size(); ++b) {
        const bool isLoose = b >= states.size();
        auto *item = new BoxItem(int(b), isLoose ? loose[b - states.size()] : states[b].name,
            isLoose ? QString() : states[b].type, isLoose);
        item->setPos(positions[b]);
        if (path) {
            const QList<int> visits = path->visitsOf(int(b));
            item->setVisits(visits, m_hasPath && visits.isEmpty());
            m_numberCount += int(visits.size());
            item->setEnd(path->endBox() == int(b), path->waiting());
            item->setSubflowSteps(path->subflowStepsAt(int(b)));
        }
        scene()->addItem(item);
        m_boxes << item;
    }

    const auto edgePen = [](const FlowPath::Edge *taken) {
        if (!taken)
            return QPen(kEdgeColour, 1.2);
        QPen pen(taken->failure ? kFailureColour : kPathColour, 3.5);
        if (taken->transition < 0)
            pen.setStyle(Qt::DashLine);
        return pen;
    };
    // An edge from the bottom of a box (spread over its transitions) to the top of another.
    const auto addEdge = [&](int from, int slot, int slotCount, int to, const QString &label,
                             const FlowPath::Edge *taken) {
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
        auto *edge
            = new EdgeItem(curve, labelAt, label, edgePen(taken), m_hasPath && !taken, labelWidth);
        if (taken)
            edge->setZValue(0); // above the untaken ones, still under the boxes
        scene()->addItem(edge);
        ++m_edgeCount;
        if (taken)
            ++m_pathEdgeCount;
    };

    for (qsizetype b = 0; b < states.size(); ++b) {
        const QList<FlowTransition> &ts = states[b].transitions;
        int slotCount = int(ts.size());
        QList<const FlowPath::Edge *> loosesHere;
        if (path) {
            for (const FlowPath::Edge &e : path->edges()) {
                if (e.fromBox == int(b) && e.transition < 0)
                    loosesHere << &e;
            }
        }
        slotCount += int(loosesHere.size());
        for (qsizetype t = 0; t < ts.size(); ++t) {
            const FlowTransition &tn = ts[t];
            const int to = tn.next.isEmpty() || tn.dangling ? -1 : definition.indexOf(tn.next);
            QString label = tn.condition.isEmpty() ? tn.event : tn.event + u": "_s + tn.condition;
            if (tn.dangling)
                label += tr(" → %1 (missing)").arg(tn.next);
            addEdge(int(b), int(t), slotCount, to, label,
                path ? path->edgeOf(int(b), int(t)) : nullptr);
        }
        for (qsizetype k = 0; k < loosesHere.size(); ++k)
            addEdge(int(b), int(ts.size() + k), slotCount, loosesHere[k]->toBox,
                loosesHere[k]->event, loosesHere[k]);
    }
    // Edges that leave a loose box.
    if (path) {
        for (const FlowPath::Edge &e : path->edges()) {
            if (path->isLoose(e.fromBox))
                addEdge(e.fromBox, 0, 1, e.toBox, e.event, &e);
        }
    }

    // The picture is the drawing with a margin; the view may scroll further, so that any box,
    // the corner ones too, can be centred.
    m_content = scene()->itemsBoundingRect().adjusted(-40, -40, 40, 40);
    scene()->setSceneRect(m_content.adjusted(-2000, -2000, 2000, 2000));
    // Drawn while its tab is hidden, the view has no size yet: fit once it is shown.
    m_fitPending = true;
    if (isVisible())
        fitToPath();
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
}

void FlowCanvas::fitToPath()
{
    QRectF visited;
    for (BoxItem *item : std::as_const(m_boxes)) {
        if (!item->visits().isEmpty())
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
    if (zoom() < 0.5) {
        setTransform(QTransform::fromScale(0.5, 0.5));
        for (BoxItem *item : std::as_const(m_boxes)) {
            if (item->visits().contains(1)) {
                centerOn(boxRect(item->index()).center());
                break;
            }
        }
    }
}

void FlowCanvas::zoomBy(double factor)
{
    m_fitPending = false;
    const double next = std::clamp(zoom() * factor, 0.05, 4.0);
    setTransform(QTransform::fromScale(next, next));
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

void FlowCanvas::keyPressEvent(QKeyEvent *event)
{
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
    for (QGraphicsItem *item : items(event->position().toPoint())) {
        if (auto *box = dynamic_cast<BoxItem *>(item)) {
            selectBox(box->index(), false);
            Q_EMIT boxClicked(box->index());
            break;
        }
    }
    QGraphicsView::mousePressEvent(event);
}

QImage FlowCanvas::renderImage(double scale) const
{
    const QRectF source = m_content;
    QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    if (suffix == u"svg"_s) {
        const QRectF source = m_content;
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(source.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
        svg.setTitle(tr("Flow diagram"));
        QPainter painter(&svg);
        painter.fillRect(QRectF(QPointF(0, 0), source.size()), Qt::white);
        scene()->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
        painter.end();
    } else if (suffix == u"png"_s) {
        if (!renderImage().save(&file, "PNG")) {
            *error = tr("the image could not be encoded");
            file.cancelWriting();
            return false;
        }
    } else {
        *error = tr("the file name must end in .png or .svg");
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace flowscope
