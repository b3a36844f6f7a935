#include "comparedialog.h"

#include "detail/contextcomparemodel.h"
#include "diagram/flowcanvas.h"
#include "diagram/flowpath.h"
#include "util/textformat.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
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

CompareDialog::CompareDialog(
    StudioClient *client, const Execution &a, const Execution &b, QWidget *parent)
    : QDialog(parent)
    , m_executions { a, b }
    , m_loader(new ExecutionPairLoader(client, this))
    , m_definitions(new DefinitionLoader(client, this))
    , m_heading(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_canvas(new FlowCanvas(this))
    , m_tree(new QTreeView(this))
    , m_model(new ContextCompareModel(this))
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
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->resizeSection(ContextCompareModel::KeyColumn, 220);
    m_tree->header()->resizeSection(ContextCompareModel::AColumn, 180);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_canvas);
    split->addWidget(m_tree);
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
