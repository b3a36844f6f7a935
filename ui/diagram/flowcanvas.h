#pragma once

// A flow drawn as Studio lays it out — every widget a box at its offset, every transition an edge
// labelled with its event, ends as short stubs — with one execution's path lit up: visited boxes
// numbered in step order, taken edges bold (failures red), the box where it ended or waits
// marked, the rest dimmed. Zoom (Ctrl+wheel, Ctrl+plus/minus, Fit), pan (drag, arrows); a click
// on a box says which; the picture can be copied or saved as PNG or SVG. Or many executions at
// once: each box with how many entered it and ended there, each edge with how many took it
// (thicker for more, failures red); a click on a box or a counted edge says which.

#include "diagram/flowdefinition.h"
#include "diagram/flowpath.h"
#include "diagram/flowtraffic.h"
#include "diagram/revisioncompare.h"

#include <QHash>

#include <array>

#include <QGraphicsView>

#include <optional>

namespace flowscope {

class BoxItem;
class CountItem;
class EdgeItem;

class FlowCanvas final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowCanvas)

public:
    explicit FlowCanvas(QWidget *parent = nullptr);
    ~FlowCanvas() override;

    // Draws a definition, with a path on it or none.
    void setDiagram(const FlowDefinition &definition, const std::optional<FlowPath> &path);
    // Draws a definition with where many executions went on it.
    void setTraffic(const FlowDefinition &definition, const FlowTraffic &traffic);
    // Two revisions compared: the newer drawn, its added widgets marked, changed ones marked
    // with what changed in their tooltip, moved ones with a faint trace of where they stood, and
    // the widgets the newer lacks as ghosts where they stood in the older.
    void setComparison(const RevisionComparison &comparison);
    // Two executions at once (Compare): each box says which of them entered it ("A", "B" — a
    // word each, in its colour), an edge taken by one only is in its colour, by both in a third,
    // and the widget where they parted is marked.
    void setPaths(const FlowDefinition &definition, const FlowPath &a, const FlowPath &b,
        const QString &partedAt);
    void clear();

    int boxCount() const { return int(m_boxes.size()); }
    int edgeCount() const { return m_edgeCount; } // transitions drawn (stubs included)
    int pathEdgeCount() const { return m_pathEdgeCount; } // edges drawn as taken
    int numberCount() const { return m_numberCount; } // visit numbers shown
    QString boxBadge(int box) const; // its visit numbers, or how many entered; empty: not lit
    // What Twilio said on the path's boxes: an error code as a red pill under the box ("✕ 30007":
    // a word, not colour alone), the whole in its tooltip. Replaces those set before.
    void setBoxAlarms(const QHash<int, QString> &alarms, const QHash<int, QString> &tips);
    QString boxAlarm(int box) const;
    // The middle of a counted edge (an index into the traffic's edges), for a click.
    QPointF edgePointInView(int edge) const;
    void centreOnEdge(int edge);
    int visibleEdgeCounts() const; // edge counts shown at screen size (zoomed out past labels)
    // What a reader sees at this zoom: the counts shown at screen size (view coordinates), the
    // edge labels drawn and the boxes' name lines (scene coordinates).
    QList<QRectF> shownCountRects() const;
    QList<QRectF> shownLabelRects() const;
    QList<QRectF> boxNameRects() const;
    QRectF boxRect(int box) const; // in scene coordinates
    QPointF boxCentreInView(int box) const;
    int selectedBox() const { return m_selected; }
    // Compared: a box's mark ("added", "changed", "moved", or empty), the ghosts of removed
    // widgets (their names and where they are drawn, in scene coordinates), the moved traces.
    QString boxMark(int box) const;
    QStringList ghostNames() const;
    QRectF ghostRect(const QString &name) const;
    int traceCount() const { return m_traceCount; }
    // Two paths: which of them entered a box ("A", "B", "AB" or empty), the edges drawn taken by
    // A only, B only and both, the box where they parted (-1: none).
    QString boxSides(int box) const;
    std::array<int, 3> sideEdgeCounts() const { return m_sideEdges; }
    int partedBox() const { return m_partedBox; }
    void centreOnGhost(const QString &name);

    void selectBox(int box, bool centre); // highlights it (and centres on it)
    void fitToPath(); // the visited boxes, or everything when there is no path
    void fitAll();
    void zoomBy(double factor);
    double zoom() const { return transform().m11(); }

    // The canvas's colours come from its palette (dark themes included); what it is drawn on.
    QColor backgroundColour() const;
    QRectF pictureRect() const { return m_content; } // what renderImage() shows, in the scene
    QImage renderImage(double scale = 1.0) const;
    bool saveImage(const QString &path, QString *error) const; // .png or .svg by the suffix

    // Draws and saves without a window (the command line's --diagram); needs a QApplication.
    static bool writeDiagram(const FlowDefinition &definition, const FlowPath &path,
        const QString &file, QString *error);

Q_SIGNALS:
    void boxClicked(int box);
    void boxActivated(int box); // Enter on the selected box: open what it stands for
    void edgeClicked(int edge); // a counted edge: an index into the traffic's edges

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Overlay;
    void build(const FlowDefinition &definition, const Overlay &overlay);
    void zoomChanged(); // shows or hides what depends on the zoom
    int boxToward(int dx, int dy) const; // the nearest box that way from the selected one
    void stepToBox(int box); // selected by keyboard: centred, and said
    void placeLabels(); // leaves out the labels that would cover a box or another label
    void placeCounts(bool edgeCountsWanted); // the counts that fit at this zoom

    QList<BoxItem *> m_boxes;
    QHash<int, EdgeItem *> m_edgeItems; // counted edges by their index
    QList<CountItem *> m_edgeCounts; // their counts at screen size
    QList<EdgeItem *> m_edgesByRank; // every edge, the ones whose labels go first first
    int m_edgeCount = 0;
    int m_pathEdgeCount = 0;
    int m_numberCount = 0;
    int m_selected = -1;
    QList<BoxItem *> m_ghosts; // compared: the older revision's widgets the newer lacks
    int m_traceCount = 0;
    std::array<int, 3> m_sideEdges { 0, 0, 0 }; // two paths: A only, B only, both
    int m_partedBox = -1;
    bool m_hasPath = false;
    bool m_fitPending = false; // fit to the path once the view has a size
    QRectF m_content; // the drawing, with a margin: what the pictures show
};

} // namespace flowscope
