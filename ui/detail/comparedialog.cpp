#include "comparedialog.h"

#include "detail/contextcomparemodel.h"
#include "diagram/flowcanvas.h"
#include "diagram/flowpath.h"
#include "util/textformat.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace flowscope {

namespace {

// A differing value in bold, on a tint of the palette's highlight; one on one side only in
// italics too (the row also says so in words: "≠", "(absent)").
class DifferenceDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const bool leaf = !index.model()->hasChildren(index.siblingAtColumn(0));
        if (!leaf || !index.data(ContextCompareModel::DiffersRole).toBool())
            return;
        option->font.setBold(true);
        option->font.setItalic(index.data(ContextCompareModel::OneSidedRole).toBool());
        QColor tint = option->palette.color(QPalette::Highlight);
        tint.setAlpha(40);
        option->backgroundBrush = tint;
    }
};

// "A  FN… · +44 7700 900123 · 2026-11-28 09:00 · ended"
QString sideLine(const QString &side, const Execution &e)
{
    QStringList parts { e.sid };
    if (!e.contactAddress.isEmpty())
        parts << e.contactAddress;
    if (e.created.isValid())
        parts << TextFormat::localTime(e.created);
    parts << e.statusText;
    return u"%1  %2"_s.arg(side, parts.join(u" · "_s));
}

} // namespace

CompareDialog::CompareDialog(StudioClient *client, RelatedSession *session, const Execution &a,
    const Execution &b, QWidget *parent)
    : QDialog(parent)
    , m_executions { a, b }
    , m_client(client)
    , m_session(session)
    , m_loader(new ExecutionPairLoader(client, this))
    , m_definitions(new DefinitionLoader(client, this))
    , m_heading(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_canvas(new FlowCanvas(this))
    , m_tree(new QTreeView(this))
    , m_model(new ContextCompareModel(this))
    , m_said { new QListWidget(this), new QListWidget(this) }
{
    setWindowTitle(tr("Compare %1 and %2").arg(a.sid, b.sid));
    // Each side named in words and in its colour on the diagram.
    m_heading->setText(u"<span style='color:#1a73e8'>■</span> "_s
        + sideLine(u"A"_s, a).toHtmlEscaped() + u"<br><span style='color:#e37400'>■</span> "_s
        + sideLine(u"B"_s, b).toHtmlEscaped() + u"<br><small>"_s
        + tr("On the diagram: A's path in blue, B's in orange, what both took in purple; the "
             "widget where they parted is marked.")
              .toHtmlEscaped()
        + u"</small>"_s);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_heading->setAccessibleName(tr("The two executions compared"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Reading both executions…"));
    m_summary->setAccessibleName(tr("Where they parted and how many values differ"));
    m_summary->setObjectName(u"compareSummary"_s);
    m_canvas->setObjectName(u"compareCanvas"_s);
    m_canvas->setAccessibleName(tr("Both paths on the flow's diagram"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new DifferenceDelegate(m_tree));
    m_tree->setObjectName(u"compareContext"_s);
    m_tree->setAccessibleName(tr("The two contexts, differing values side by side"));
    m_tree->setAccessibleDescription(tr("One tree of both contexts: a value that differs is "
                                        "bold and marked ≠, one side's alone says (absent) on "
                                        "the other, and only branches with a difference are open"));
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->resizeSection(ContextCompareModel::KeyColumn, 220);
    m_tree->header()->resizeSection(ContextCompareModel::AColumn, 180);

    // What Twilio said about each, under the tree: A's list beside B's.
    auto *said = new QWidget(this);
    auto *saidLayout = new QHBoxLayout(said);
    saidLayout->setContentsMargins(0, 0, 0, 0);
    for (int k = 0; k < 2; ++k) {
        auto *column = new QVBoxLayout;
        const QString side = k == 0 ? u"A"_s : u"B"_s;
        column->addWidget(new QLabel(tr("What Twilio said — %1").arg(side), said));
        m_said[size_t(k)]->setAccessibleName(tr("What Twilio said about %1").arg(side));
        m_said[size_t(k)]->setToolTip(
            tr("The messages, calls and Debugger alerts of execution %1, by step").arg(side));
        m_said[size_t(k)]->setObjectName(k == 0 ? u"saidA"_s : u"saidB"_s);
        m_said[size_t(k)]->addItem(session ? tr("Reading…") : tr("Not read here."));
        column->addWidget(m_said[size_t(k)]);
        saidLayout->addLayout(column);
    }
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_tree);
    right->addWidget(said);
    right->setChildrenCollapsible(false);
    right->setSizes({ 440, 160 });
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_canvas);
    split->addWidget(right);
    split->setChildrenCollapsible(false);
    split->setSizes(
        { 660, 520 }); // the diagram a little wider than the tree (a tree's hint is wide)
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(1200, 760);

    connect(m_loader, &ExecutionPairLoader::loaded, this, &CompareDialog::pairLoaded);
    connect(m_loader, &ExecutionPairLoader::failed, this, [this](int side, const ApiError &e) {
        const QString why
            = tr("%1 could not be read: %2").arg(m_executions[size_t(side)].sid, e.userMessage());
        m_summary->setText(why);
        Q_EMIT failed(why);
    });
    connect(m_definitions, &DefinitionLoader::loaded, this,
        [this](const QString &, const DiagramSource &source) {
            m_source = source;
            draw();
        });
    connect(
        m_definitions, &DefinitionLoader::failed, this, [this](const QString &, const ApiError &e) {
            m_summary->setText(m_summary->text() + u'\n'
                + tr("The flow's diagram could not be read: %1").arg(e.userMessage()));
        });
    m_loader->load(a.flowSid, a.sid, b.sid);
    m_definitions->load(a.flowSid, a.sid); // the revision A ran on
}

CompareDialog::~CompareDialog() = default;

void CompareDialog::pairLoaded(const ExecutionPair &pair)
{
    m_pair = pair;
    readRelated();
    m_parted = divergedAt(pair.sides[0].steps, pair.sides[1].steps);
    // A 1 MB context against another is a tree of thousands of nodes: built off the GUI thread.
    m_build.run(
        [a = pair.sides[0].context, b = pair.sides[1].context] {
            return ContextCompareTree::build(
                QJsonDocument::fromJson(a).object(), QJsonDocument::fromJson(b).object());
        },
        [this](const std::shared_ptr<const ContextCompareTree> &tree) {
            m_model->setTree(tree);
            expandDiffering({});
            m_treeReady = true;
            draw();
        });
}

// Each one's messages, calls and alerts, read as the detail pane reads them (from the context and
// steps already here), through the window's session: the alerts are listed once for both.
void CompareDialog::readRelated()
{
    if (!m_session)
        return;
    m_relatedPending = 2;
    for (int k = 0; k < 2; ++k) {
        const PairSide &side = m_pair->sides[size_t(k)];
        const Execution &e = m_executions[size_t(k)];
        auto *fetch = new RelatedFetch(m_client, m_session, {}, this);
        m_relatedFetch[size_t(k)] = fetch;
        connect(fetch, &RelatedFetch::finished, this,
            [this, k](const RelatedResources &related) { listRelated(k, related); });
        connect(fetch, &RelatedFetch::failed, this, [this, k](const ApiError &error) {
            m_said[size_t(k)]->clear();
            m_said[size_t(k)]->addItem(
                tr("What Twilio said could not be read: %1").arg(error.userMessage()));
            if (--m_relatedPending == 0)
                Q_EMIT relatedShown();
        });
        RelatedInput input;
        input.flowSid = e.flowSid;
        input.executionSid = side.sid;
        input.created = e.created;
        input.updated = e.updated;
        input.active = side.active();
        input.initiatedBy = side.execution.value(u"initiated_by").toString();
        input.flowVersion = side.flowVersion();
        input.context = side.context;
        input.steps = side.steps;
        fetch->start(input);
    }
}

void CompareDialog::listRelated(int side, const RelatedResources &related)
{
    struct Line
    {
        int step;
        bool error;
        QString text;
    };
    QList<Line> lines;
    const auto at = [&related](int step) {
        return step >= 0 && step < related.steps.size()
            ? tr("step %1 · %2: ").arg(step + 1).arg(related.steps[step].transitionedFrom)
            : QString();
    };
    for (const RelatedAlert &a : related.alerts)
        lines.append({ a.pin.step, a.isError(), at(a.pin.step) + describeAlert(a) });
    for (const RelatedMessage &m : related.messages)
        lines.append(
            { m.pin.step, m.found && m.notDelivered(), at(m.pin.step) + describeMessage(m) });
    for (const RelatedCall &c : related.calls)
        lines.append({ c.pin.step, c.found && c.notConnected(), at(c.pin.step) + describeCall(c) });
    std::stable_sort(
        lines.begin(), lines.end(), [](const Line &x, const Line &y) { return x.step < y.step; });
    QListWidget *list = m_said[size_t(side)];
    list->clear();
    for (const Line &line : std::as_const(lines)) {
        // A problem says so in a word and a sign, not by colour alone.
        auto *item = new QListWidgetItem(line.error ? u"✕ "_s + line.text : line.text, list);
        QFont font = item->font();
        font.setBold(line.error);
        item->setFont(font);
        item->setToolTip(item->text());
    }
    if (lines.isEmpty())
        list->addItem(tr("No message, call or Debugger alert."));
    if (related.alertsDenied)
        list->addItem(tr("This key cannot read the Debugger: alerts are left out."));
    if (--m_relatedPending == 0)
        Q_EMIT relatedShown();
}

QStringList CompareDialog::relatedLines(int side) const
{
    QStringList lines;
    const QListWidget *list = m_said[size_t(side)];
    for (int row = 0; row < list->count(); ++row)
        lines << list->item(row)->text();
    return lines;
}

void CompareDialog::expandDiffering(const QModelIndex &parent)
{
    for (int row = 0; row < m_model->rowCount(parent); ++row) {
        const QModelIndex index = m_model->index(row, 0, parent);
        if (m_model->rowCount(index) == 0)
            continue;
        const bool differs = index.data(ContextCompareModel::DiffersRole).toBool();
        m_tree->setExpanded(index, differs); // unchanged branches stay folded
        if (differs)
            expandDiffering(index);
    }
}

void CompareDialog::draw()
{
    if (m_drawn || !m_pair || !m_treeReady || !m_source || !m_source->definition)
        return;
    m_drawn = true;
    const FlowDefinition &definition = *m_source->definition;
    const PairSide &a = m_pair->sides[0];
    const PairSide &b = m_pair->sides[1];
    const FlowPath pathA = FlowPath::map(definition, a.steps, a.active());
    const FlowPath pathB = FlowPath::map(definition, b.steps, b.active());
    m_canvas->setPaths(definition, pathA, pathB, m_parted);
    QStringList lines;
    lines << (m_parted.isEmpty() ? tr("They took the same path.")
                                 : tr("They parted at %1.").arg(m_parted));
    const int differing = m_model->tree() ? m_model->tree()->differingLeaves : 0;
    lines << tr("%n context value(s) differ; the branches where nothing differs are folded.",
        nullptr, differing);
    QString drawn = m_source->describe();
    if (b.flowVersion() > 0 && b.flowVersion() != m_source->revision)
        drawn
            += u' ' + tr("B ran on revision %1: its steps are drawn on A's.").arg(b.flowVersion());
    lines << drawn;
    m_summary->setText(lines.join(u'\n'));
    Q_EMIT shown();
}

} // namespace flowscope
