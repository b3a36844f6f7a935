#pragma once

// Two selected executions side by side (Edit ▸ Compare two executions): both paths on the flow's
// diagram in two colours with the widget where they parted marked, the two contexts as one
// tree — each differing value beside the other, only the branches that differ unfolded — and what
// Twilio said about each (its messages, calls and Debugger alerts, by step). Drawn on the
// revision the first ran on; the note says when the second ran on another.

#include "api/studioclient.h"
#include "detail/executionpair.h"
#include "diagram/definitionloader.h"
#include "executions/executionstore.h"
#include "related/relatedfetch.h"
#include "util/worker.h"

#include <QDialog>

#include <optional>

class QLabel;
class QListWidget;
class QTreeView;

namespace flowscope {

class ContextCompareModel;
class FlowCanvas;

class CompareDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareDialog)

public:
    // session: where what Twilio said is read (shared with the window); none: it is not read.
    CompareDialog(StudioClient *client, RelatedSession *session, const Execution &a,
        const Execution &b, QWidget *parent = nullptr);
    ~CompareDialog() override;

    FlowCanvas *canvas() const { return m_canvas; }
    QTreeView *contextView() const { return m_tree; }
    ContextCompareModel *contextModel() const { return m_model; }
    const std::optional<ExecutionPair> &pair() const { return m_pair; }
    QString partedAt() const { return m_parted; }
    // What Twilio said about side 0 (A) or 1 (B), a line each, in step order.
    QStringList relatedLines(int side) const;

Q_SIGNALS:
    void shown(); // both paths drawn and the contexts compared
    void relatedShown(); // what Twilio said about both is read and listed
    void failed(const QString &why);

private:
    void pairLoaded(const ExecutionPair &pair);
    void draw(); // once the pair and the definition are both in
    void expandDiffering(const QModelIndex &parent);
    void readRelated(); // once the pair is in
    void listRelated(int side, const RelatedResources &related);

    std::array<Execution, 2> m_executions;
    StudioClient *m_client; // not owned
    RelatedSession *m_session; // not owned; may be null
    std::array<RelatedFetch *, 2> m_relatedFetch { nullptr, nullptr };
    int m_relatedPending = 0;
    ExecutionPairLoader *m_loader;
    DefinitionLoader *m_definitions;
    Handoff m_build { this };
    std::optional<ExecutionPair> m_pair;
    std::optional<DiagramSource> m_source;
    QString m_parted;
    bool m_treeReady = false;
    bool m_drawn = false;

    QLabel *m_heading;
    QLabel *m_summary;
    FlowCanvas *m_canvas;
    QTreeView *m_tree;
    ContextCompareModel *m_model;
    std::array<QListWidget *, 2> m_said;
};

} // namespace flowscope
