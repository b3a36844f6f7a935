#include "detailpane.h"

#include "archive/archiveservice.h"
#include "common/elidedlabel.h"

#include "executions/endexecution.h"

#include "detail/contextloader.h"
#include "detail/jsontreemodel.h"
#include "detail/stepsmodel.h"
#include "diagram/flowcanvas.h"
#include "diagram/revisioncomparer.h"
#include "executions/executionsmodel.h"
#include "jsontreewidget.h"
#include "links/flowscopelink.h"
#include "related/relatedjson.h"
#include "relatedpanel.h"
#include "util/textformat.h"
#include "json/jsonpretty.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace flowscope {

namespace {

const QColor kErrorColour(0xd9, 0x30, 0x25);

// Until when the last step lasted: the execution's end, or now while it runs.
QDateTime stepsEnd(const Execution &e)
{
    if (e.status == ExecutionStatus::Active)
        return QDateTime::currentDateTimeUtc();
    return e.status == ExecutionStatus::Ended ? e.updated : QDateTime();
}

// The Lasted column as a timeline: each step a bar on the execution's shared time axis, so a
// 50-minute wait for a reply, or an HTTP call near Studio's 10-second limit, stands out.
class TimelineDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const qint64 offset = index.data(StepsModel::OffsetRole).toLongLong();
        const qint64 duration = index.data(StepsModel::DurationRole).toLongLong();
        const qint64 span = index.data(StepsModel::SpanRole).toLongLong();
        const QRectF cell = QRectF(opt.rect).adjusted(3, 4, -3, -4);
        if (offset >= 0 && duration >= 0 && span > 0) {
            const double x = cell.left() + cell.width() * double(offset) / double(span);
            const double w = std::max(2.0, cell.width() * double(duration) / double(span));
            const QString type = index.siblingAtColumn(StepsModel::TypeColumn).data().toString();
            const bool code = type == u"make-http-request"_s || type == u"run-function"_s;
            QColor colour(0x8a, 0xb4, 0xf8);
            if (code && duration >= 8'000)
                colour = QColor(0xf2, 0x8b, 0x82); // near the 10-second limit
            else if (duration >= 10 * 60'000)
                colour = QColor(0xfd, 0xd6, 0x63); // a long wait
            painter->fillRect(
                QRectF(x, cell.top(), std::min(w, cell.right() - x), cell.height()), colour);
        }
        // What Twilio said there, marked on the timeline too: red for an error.
        const QString note = index.siblingAtColumn(StepsModel::NoteColumn).data().toString();
        if (!note.isEmpty()) {
            const bool error = index.data(StepsModel::NoteErrorRole).toBool();
            painter->setPen(Qt::NoPen);
            painter->setBrush(error ? kErrorColour : QColor(0x1a, 0x73, 0xe8));
            painter->drawEllipse(QRectF(cell.left(), cell.center().y() - 4, 8, 8));
        }
        painter->setPen(opt.palette.color(
            opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(opt.rect.adjusted(4, 0, -4, 0), Qt::AlignRight | Qt::AlignVCenter, text);
    }
};

// The "Twilio said" column: an error in red (its text says "✕" and the code as well).
class NoteDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(StepsModel::NoteErrorRole).toBool()
            && !(option->state & QStyle::State_Selected))
            option->palette.setColor(QPalette::Text, kErrorColour);
    }
};

} // namespace

DetailPane::DetailPane(StudioClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_contextLoader(new ContextLoader(client, this))
    , m_stepLoader(new ContextLoader(client, this))
    , m_steps(new StepsModel(client, this))
    , m_placeholder(new QLabel(tr("Select an execution to see its context and steps."), this))
    , m_content(new QWidget(this))
    , m_sid(new ElidedLabel(m_content))
    , m_copySid(new QToolButton(m_content))
    , m_copyLink(new QToolButton(m_content))
    , m_status(new QLabel(m_content))
    , m_contact(new ElidedLabel(m_content))
    , m_times(new QLabel(m_content))
    , m_console(new QLabel(m_content))
    , m_end(new QPushButton(tr("End execution…"), m_content))
    , m_tabs(new QTabWidget(m_content))
    , m_contextTree(new JsonTreeWidget(m_content))
    , m_stepsView(new QTableView(m_content))
    , m_stepTree(new JsonTreeWidget(m_content))
    , m_stepTabs(new QTabWidget(m_content))
    , m_relatedPanel(new RelatedPanel(m_content))
    , m_raw(new QPlainTextEdit(m_content))
    , m_copyRaw(new QPushButton(tr("Copy JSON"), m_content))
    , m_canvas(new FlowCanvas(m_content))
    , m_diagramNote(new QLabel(m_content))
    , m_trafficButton(new QToolButton(m_content))
    , m_comparer(new RevisionComparer(client, m_canvas, m_content))
{
    m_definitions = new DefinitionLoader(client, this);
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("End execution"), question,
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    };
    buildHeader();
    connectContext();
    QWidget *stepsPage = buildStepsTab();
    QWidget *rawPage = buildRawTab();
    QWidget *diagramPage = buildDiagramTab();
    connectDiagram();
    m_tabs->addTab(m_contextTree, tr("Context"));
    m_tabs->addTab(stepsPage, tr("Steps"));
    m_tabs->addTab(diagramPage, tr("Diagram"));
    m_tabs->addTab(rawPage, tr("Raw"));
    m_tabs->setTabToolTip(ContextTab, tr("The execution's context as a tree of keys and values"));
    m_tabs->setTabToolTip(
        StepsTab, tr("What happened step by step, the context at each step and what Twilio said"));
    m_tabs->setTabToolTip(DiagramTab, tr("The execution's path on the flow's diagram"));
    m_tabs->setTabToolTip(RawTab, tr("The context JSON exactly as Twilio sent it"));
    m_tabs->setAccessibleName(tr("Execution details"));
    // A 10 MB context is a lot of text to lay out: only when the Raw tab is looked at.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == RawTab)
            showRaw();
        else if (tab == DiagramTab)
            loadDiagram();
    });

    layOut();
    // The names tests and tools find the parts by.
    m_contextTree->setObjectName(u"contextTree"_s);
    m_stepTree->setObjectName(u"stepContextTree"_s);
    m_stepsView->setObjectName(u"stepsView"_s);
    m_steps->setObjectName(u"stepsModel"_s);
    m_tabs->setObjectName(u"tabs"_s);
    m_raw->setObjectName(u"rawView"_s);
    m_end->setObjectName(u"endButton"_s);
    m_console->setObjectName(u"consoleLink"_s);
    m_canvas->setObjectName(u"canvas"_s);
    m_diagramNote->setObjectName(u"diagramNote"_s);
    m_definitions->setObjectName(u"definitionLoader"_s);
    m_trafficButton->setObjectName(u"trafficButton"_s);
    m_stepTabs->setObjectName(u"stepTabs"_s);
    m_relatedPanel->setObjectName(u"relatedPanel"_s);
}

void DetailPane::buildHeader()
{
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setAccessibleName(tr("Detail"));

    QFont sidFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    sidFont.setBold(true);
    m_sid->setFont(sidFont);
    m_sid->setAccessibleName(tr("Execution SID"));
    m_copySid->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    m_copySid->setText(tr("Copy"));
    m_copySid->setToolButtonStyle(Qt::ToolButtonIconOnly); // room for the SID whole, and Link
    m_copySid->setAutoRaise(true);
    m_copySid->setAccessibleName(tr("Copy execution SID"));
    m_copySid->setToolTip(tr("Copy the execution SID"));
    connect(m_copySid, &QToolButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_execution.sid);
        Q_EMIT message(tr("Copied %1").arg(m_execution.sid));
    });
    m_copyLink->setText(tr("Link"));
    m_copyLink->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_copyLink->setAutoRaise(true);
    m_copyLink->setAccessibleName(tr("Copy link to execution"));
    m_copyLink->setToolTip(tr("Copy a flowscope:// link to this execution: a colleague's click "
                              "opens it in their FlowScope"));
    connect(m_copyLink, &QToolButton::clicked, this, [this] {
        const QString link = FlowScopeLink::toExecution(
            m_execution.flowSid, m_execution.sid, m_client->settings().credentials.accountSid);
        QApplication::clipboard()->setText(link);
        Q_EMIT message(tr("Copied %1").arg(link));
    });
    m_status->setAccessibleName(tr("Status"));
    m_contact->setAccessibleName(tr("Contact"));
    m_times->setAccessibleName(tr("Started and updated"));
    m_times->setWordWrap(true); // a narrow pane wraps it rather than widening the window
    m_console->setOpenExternalLinks(true);
    m_console->setTextFormat(Qt::RichText);
    m_console->setAccessibleName(tr("Open in Twilio Console"));
    m_console->setToolTip(tr("Open this execution in the Twilio Console (in your browser)"));
    m_end->setAccessibleName(tr("End execution"));
    m_end->setToolTip(tr("Stop this execution now (POST Status=ended); asks first"));
    connect(m_end, &QPushButton::clicked, this, &DetailPane::endExecution);
}

void DetailPane::connectContext()
{
    connect(m_contextTree, &JsonTreeWidget::copied, this,
        [this](const QString &what) { Q_EMIT message(tr("Copied the %1").arg(what)); });
    connect(m_stepTree, &JsonTreeWidget::copied, this,
        [this](const QString &what) { Q_EMIT message(tr("Copied the %1").arg(what)); });
    connect(m_contextLoader, &ContextLoader::loaded, this, &DetailPane::contextArrived);
    connect(m_contextLoader, &ContextLoader::failed, this, &DetailPane::contextFailed);
}

// The steps, and the selected step's context in the same kind of tree.
QWidget *DetailPane::buildStepsTab()
{
    m_stepsView->setModel(m_steps);
    m_stepsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_stepsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_stepsView->verticalHeader()->hide();
    m_stepsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_stepsView->verticalHeader()->setDefaultSectionSize(m_stepsView->fontMetrics().height() + 8);
    m_stepsView->horizontalHeader()->setStretchLastSection(true);
    m_stepsView->setWordWrap(false);
    m_stepsView->setAccessibleName(tr("Steps"));
    m_stepsView->setToolTip(
        tr("What happened, oldest first; select a step to see the context as it stood then"));
    m_stepsView->horizontalHeader()->resizeSection(
        StepsModel::TimeColumn, m_stepsView->fontMetrics().horizontalAdvance(u"00:00:00"_s) + 20);
    m_stepsView->horizontalHeader()->resizeSection(StepsModel::DurationColumn, 120);
    m_stepsView->setItemDelegateForColumn(
        StepsModel::DurationColumn, new TimelineDelegate(m_stepsView));
    m_stepsView->horizontalHeader()->resizeSection(StepsModel::EventColumn, 150);
    m_stepsView->horizontalHeader()->resizeSection(StepsModel::NoteColumn, 130);
    m_stepsView->setItemDelegateForColumn(StepsModel::NoteColumn, new NoteDelegate(m_stepsView));
    // The step itself (from → to) right after its time, as wide as its text, then its event and
    // what Twilio said: the pane's two fifths of a 1400 px window show them whole (from → to
    // came fifth, past the pane's edge).
    QHeaderView *stepsHeader = m_stepsView->horizontalHeader();
    stepsHeader->moveSection(stepsHeader->visualIndex(StepsModel::TransitionColumn), 1);
    // What Twilio said before how long it lasted: the timeline is the first to go off the edge.
    stepsHeader->moveSection(stepsHeader->visualIndex(StepsModel::DurationColumn),
        stepsHeader->visualIndex(StepsModel::NoteColumn));
    stepsHeader->resizeSection(StepsModel::TransitionColumn, 200);
    // Measured over every step, not the rows the view shows (none while the tab is hidden).
    const auto fitTransitions = [this] {
        const QFontMetrics metrics = m_stepsView->fontMetrics();
        int widest = metrics.horizontalAdvance(
            m_steps->headerData(StepsModel::TransitionColumn, Qt::Horizontal).toString());
        for (int row = 0; row < m_steps->rowCount(); ++row)
            widest = std::max(widest,
                metrics.horizontalAdvance(
                    m_steps->index(row, StepsModel::TransitionColumn).data().toString()));
        const int most = std::max(160, width() / 2); // the pane's: the tab may be hidden
        m_stepsView->setColumnWidth(StepsModel::TransitionColumn, std::min(widest + 16, most));
    };
    connect(m_steps, &QAbstractItemModel::modelReset, this, fitTransitions);
    connect(m_steps, &QAbstractItemModel::rowsInserted, this, fitTransitions);
    connect(m_stepsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (!current.isValid())
                return;
            m_stepTree->showMessage(tr("Loading the step's context…"));
            m_relatedPanel->showStep(current.row());
            // An error there: what Twilio said is why, so it comes first.
            if (m_steps->noteAt(current.row()).error)
                m_stepTabs->setCurrentIndex(TwilioSaidTab);
            if (m_path)
                m_canvas->selectBox(m_path->boxOfStep(current.row()), true);
            m_stepLoader->loadStep(
                m_execution.flowSid, m_execution.sid, m_steps->stepAt(current.row()).sid);
        });
    connect(m_stepLoader, &ContextLoader::loaded, this, &DetailPane::stepContextArrived);
    connect(
        m_stepLoader, &ContextLoader::failed, this, [this](const QString &, const ApiError &error) {
            m_stepTree->showMessage(error.userMessage());
        });
    connect(m_steps, &StepsModel::stateChanged, this, [this](StepsModel::State state) {
        if (state == StepsModel::State::Loading)
            m_stepTree->showMessage(tr("Loading steps…"));
        else if (state == StepsModel::State::Error)
            m_stepTree->showMessage(m_steps->error().userMessage());
        else if (state == StepsModel::State::Ready)
            m_stepTree->showMessage(m_steps->rowCount() == 0
                    ? tr("This execution has no steps.")
                    : tr("Select a step to see its context."));
    });
    m_stepTabs->addTab(m_stepTree, tr("Context at this step"));
    m_stepTabs->addTab(m_relatedPanel, tr("What Twilio said"));
    m_stepTabs->setTabToolTip(
        StepContextTab, tr("The context as it stood after the selected step"));
    m_stepTabs->setTabToolTip(TwilioSaidTab,
        tr("The messages, calls and Debugger alerts of the selected step, in Twilio's words"));
    m_stepTabs->setAccessibleName(tr("The selected step"));
    auto *stepsSplit = new QSplitter(Qt::Vertical, m_content);
    stepsSplit->addWidget(m_stepsView);
    stepsSplit->addWidget(m_stepTabs);
    stepsSplit->setStretchFactor(0, 2);
    stepsSplit->setStretchFactor(1, 3);

    return stepsSplit;
}

QWidget *DetailPane::buildRawTab()
{
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setAccessibleName(tr("Raw context JSON"));
    m_raw->setToolTip(tr("The context JSON exactly as Twilio sent it"));
    m_copyRaw->setAccessibleName(tr("Copy the context JSON"));
    m_copyRaw->setToolTip(tr("Copy the whole context, pretty-printed"));
    connect(m_copyRaw, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(QString::fromUtf8(prettyJson(m_contextJson)));
        Q_EMIT message(tr("Copied the context JSON"));
    });
    auto *rawPage = new QWidget(m_content);
    auto *rawLayout = new QVBoxLayout(rawPage);
    rawLayout->setContentsMargins(0, 0, 0, 0);
    rawLayout->addWidget(m_raw, 1);
    rawLayout->addWidget(m_copyRaw, 0, Qt::AlignRight);

    return rawPage;
}

// The flow as the execution ran it, with its path; a line saying which revision.
QWidget *DetailPane::buildDiagramTab()
{
    m_diagramNote->setWordWrap(true);
    m_diagramNote->setAccessibleName(tr("Which revision of the flow is drawn"));
    m_diagramNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A tool bar, so that on a narrow pane what does not fit goes behind its » button instead of
    // widening the window.
    auto *diagramBar = new QToolBar(m_content);
    diagramBar->setIconSize(QSize(16, 16));
    diagramBar->setAccessibleName(tr("Diagram tools"));
    const auto button = [this, diagramBar](const QString &text, const QString &tip, auto slot) {
        auto *b = new QToolButton(m_content);
        b->setText(text);
        b->setToolTip(tip);
        b->setAccessibleName(tip);
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this, slot);
        diagramBar->addWidget(b);
        return b;
    };
    button(tr("Fit"), tr("Fit the whole flow (Ctrl+0)"), [this] { m_canvas->fitAll(); });
    button(tr("Path"),
        tr("Fit the path this execution took (or the widgets the executions reached)"),
        [this] { m_canvas->fitToPath(); });
    button(u"+"_s, tr("Zoom in (Ctrl+plus)"), [this] { m_canvas->zoomBy(1.25); });
    button(u"−"_s, tr("Zoom out (Ctrl+minus)"), [this] { m_canvas->zoomBy(0.8); });
    m_trafficButton->setText(tr("All analysed"));
    m_trafficButton->setCheckable(true);
    m_trafficButton->setToolTip(
        tr("Where the analysed executions went: how many entered and ended at each widget and "
           "took each transition, on the flow as it is now; click a box or an edge to list them"));
    m_trafficButton->setAccessibleName(tr("Show where all analysed executions went"));
    connect(m_trafficButton, &QToolButton::toggled, this, &DetailPane::showTraffic);
    diagramBar->addWidget(m_trafficButton);
    diagramBar->addWidget(m_comparer->button());
    auto *gap = new QWidget(diagramBar);
    gap->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    diagramBar->addWidget(gap);
    button(tr("Copy image"), tr("Copy the diagram with its path as a picture"),
        [this] { copyDiagram(); });
    button(tr("Save as PNG / SVG…"), tr("Save the diagram with its path for the ticket"),
        [this] { saveDiagram({}); });
    auto *diagramPage = new QWidget(m_content);
    auto *diagramLayout = new QVBoxLayout(diagramPage);
    diagramLayout->setContentsMargins(0, 0, 0, 0);
    diagramLayout->addWidget(diagramBar);
    diagramLayout->addWidget(m_diagramNote);
    // The changes listed under the canvas while two revisions are compared: the pane is narrow,
    // the canvas keeps its width; the list takes a few lines (drag the handle for more).
    auto *canvasAndChanges = new QSplitter(Qt::Vertical, diagramPage);
    canvasAndChanges->addWidget(m_canvas);
    canvasAndChanges->addWidget(m_comparer->changeList());
    canvasAndChanges->setChildrenCollapsible(false);
    connect(m_comparer, &RevisionComparer::shown, canvasAndChanges, [canvasAndChanges, this] {
        const int lines = std::min(6, std::max(2, m_comparer->changeList()->count())) + 1;
        const int list = lines * m_comparer->changeList()->fontMetrics().height() + 8;
        const int total = canvasAndChanges->height();
        canvasAndChanges->setSizes(
            { std::max(total / 2, total - list), std::min(total / 2, list) });
        m_canvas->fitAll(); // at the size it has now
    });
    diagramLayout->addWidget(canvasAndChanges, 1);
    return diagramPage;
}

void DetailPane::connectDiagram()
{
    connect(m_definitions, &DefinitionLoader::loaded, this,
        [this](const QString &key, const DiagramSource &source) {
            if (key.isEmpty()) {
                trafficDefinitionArrived(source); // the flow as it is now, for the counts
                return;
            }
            if (key != m_execution.sid || m_trafficOn)
                return;
            m_source = source;
            drawDiagram();
        });
    connect(m_definitions, &DefinitionLoader::failed, this,
        [this](const QString &key, const ApiError &error) {
            if (key.isEmpty() ? !m_trafficOn : (key != m_execution.sid || m_trafficOn))
                return;
            m_diagramNote->setText(
                tr("The flow's diagram could not be read: %1").arg(error.userMessage()));
        });
    connect(m_steps, &StepsModel::loaded, this, [this] {
        drawDiagram();
        readRelated();
    });
    connect(m_canvas, &FlowCanvas::boxClicked, this, &DetailPane::boxChosen);
    connect(m_canvas, &FlowCanvas::edgeClicked, this, &DetailPane::edgeChosen);
    // Enter on a box of the path: its step, in the Steps tab, with the keyboard there.
    connect(m_canvas, &FlowCanvas::boxActivated, this, [this](int box) {
        if (m_trafficOn || m_comparer->isComparing() || !m_path || m_path->stepsAt(box).isEmpty())
            return;
        m_tabs->setCurrentIndex(StepsTab);
        m_stepsView->setFocus();
    });
    connect(m_comparer, &RevisionComparer::note, m_diagramNote, &QLabel::setText);
    connect(m_comparer, &RevisionComparer::shown, this, &DetailPane::comparisonShown);
    connect(m_comparer, &RevisionComparer::stopped, this, &DetailPane::drawDiagram);
}

void DetailPane::layOut()
{
    auto *header = new QGridLayout;
    auto *copies = new QHBoxLayout;
    copies->setSpacing(0);
    copies->addWidget(m_copySid);
    copies->addWidget(m_copyLink);
    header->addWidget(m_sid, 0, 0);
    header->addLayout(copies, 0, 1);
    header->addWidget(m_status, 0, 2);
    header->addWidget(m_end, 0, 4);
    header->addWidget(m_contact, 1, 0, 1, 3);
    header->addWidget(m_console, 1, 4, Qt::AlignRight);
    header->addWidget(m_times, 2, 0, 1, 5);
    header->setColumnStretch(0, 1); // the SID and the contact take the room there is
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(header);
    contentLayout->addWidget(m_tabs, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_content, 1);
    m_content->hide();
}

DetailPane::~DetailPane() = default;

QString DetailPane::consoleUrl(const QString &flowSid, const QString &executionSid)
{
    return u"https://console.twilio.com/us1/develop/studio/flows/%1/executions/%2"_s.arg(
        flowSid, executionSid);
}

void DetailPane::setExecution(const Execution &execution)
{
    if (execution.sid == m_execution.sid && execution.isValid()) {
        // The same execution, perhaps changed (ended): refresh the header only.
        m_execution = execution;
        m_steps->setEnd(stepsEnd(execution));
        showHeader();
        return;
    }
    if (execution.sid != m_execution.sid)
        Q_EMIT executionShown(execution.sid);
    m_contextParse.cancel(); // parses of an older selection are dropped
    m_stepContextParse.cancel();
    // The counts belong to the flow: another flow's execution turns them off.
    if (m_trafficOn && execution.isValid() && execution.flowSid != m_trafficRequest.flowSid)
        m_trafficButton->setChecked(false);
    m_execution = execution;
    m_contextLoader->cancel();
    m_stepLoader->cancel();
    m_source.reset();
    m_path.reset();
    m_lastBox = -1;
    m_comparer->setSubject({}, 0); // a comparison belongs to the execution it started from
    if (!m_trafficOn) {
        m_definitions->cancel();
        m_canvas->clear();
    }
    // An ending under way is not aborted: its outcome would be unknown. It finishes and says so.
    m_contextJson.clear();
    m_rawShown = false;
    m_raw->clear();
    if (m_relatedFetch)
        m_relatedFetch->cancel();
    m_related.reset();
    m_relatedPanel->showMessage(m_relatedSession ? tr("Reading what Twilio said…")
                                                 : tr("What Twilio said is not read here."));
    if (!execution.isValid()) {
        m_steps->clear();
        m_contextTree->clear();
        m_stepTree->clear();
        m_content->hide();
        m_placeholder->show();
        return;
    }
    m_placeholder->hide();
    m_content->show();
    showHeader();
    m_contextTree->showMessage(tr("Loading the context…"));
    m_fromArchive = false;
    m_archiveTicket = 0;
    m_revisionTicket = 0;
    const QDateTime kept = m_archive && m_archive->isOpen() ? m_archive->keptSince() : QDateTime();
    if (kept.isValid() && execution.created.isValid() && execution.created < kept) {
        readArchive(); // Twilio has nothing of it any more: no request is sent
    } else {
        m_contextLoader->loadExecution(execution.flowSid, execution.sid);
        m_steps->setExecution(execution.flowSid, execution.sid);
    }
    m_steps->setEnd(stepsEnd(execution));
    // The diagram costs requests of its own: read only when it is looked at.
    if (m_tabs->currentIndex() == DiagramTab)
        loadDiagram();
}

void DetailPane::loadDiagram()
{
    if (m_trafficOn || !m_execution.isValid() || m_source || m_revisionTicket != 0
        || m_definitions->currentKey() == m_execution.sid)
        return;
    m_diagramNote->setText(tr("Loading the flow's diagram…"));
    if (m_fromArchive && m_archive && m_archive->isOpen()) {
        // The revision in force when it ran, as the archive kept it; Twilio only without one.
        m_revisionTicket = m_archive->readRevision(m_execution.flowSid, m_execution.created);
        return;
    }
    m_definitions->load(m_execution.flowSid, m_execution.sid);
}

void DetailPane::drawDiagram()
{
    if (m_trafficOn || !m_source || !m_source->definition
        || m_steps->state() != StepsModel::State::Ready || m_comparer->isComparing())
        return;
    // Its own revision, when known, can be compared with the others (not a stand-in's).
    m_comparer->setSubject(
        m_execution.flowSid, m_source->fallback || m_source->archived ? 0 : m_source->revision);
    QList<Step> steps;
    steps.reserve(m_steps->rowCount());
    for (int row = 0; row < m_steps->rowCount(); ++row)
        steps << m_steps->stepAt(row);
    m_path = FlowPath::map(
        *m_source->definition, steps, m_execution.status == ExecutionStatus::Active);
    m_canvas->setDiagram(*m_source->definition, m_path);
    showRelatedAlarms();
    QStringList lines { m_source->describe() };
    lines << m_path->notes();
    const QStringList &problems = m_source->definition->problems();
    if (!problems.isEmpty())
        lines << tr("The definition has %n oddity(ies): %1", nullptr, int(problems.size()))
                     .arg(problems.mid(0, 3).join(u' '));
    m_diagramNote->setText(lines.join(u'\n'));
    Q_EMIT diagramShown(m_execution.sid);
}

void DetailPane::showTraffic(bool on)
{
    if (m_trafficButton->isChecked() != on) {
        m_trafficButton->setChecked(on); // toggled() comes back here
        return;
    }
    if (on == m_trafficOn)
        return;
    m_trafficOn = on;
    m_comparer->setSubject({}, 0); // the counts are drawn on the flow as it is now
    m_definitions->cancel();
    m_canvas->clear();
    m_traffic.reset();
    m_trafficDefinition.reset();
    m_trafficCount.cancel();
    if (on) {
        recountTraffic();
        return;
    }
    // Back to the selected execution's own path.
    m_source.reset();
    m_path.reset();
    m_diagramNote->clear();
    if (m_tabs->currentIndex() == DiagramTab)
        loadDiagram();
}

void DetailPane::recountTraffic()
{
    if (!m_trafficOn)
        return;
    m_trafficRequest = m_trafficSource ? m_trafficSource() : TrafficRequest();
    if (m_trafficRequest.flowSid.isEmpty()) {
        m_diagramNote->setText(
            tr("Pick a flow and Analyse its executions to see where they went."));
        return;
    }
    m_diagramNote->setText(tr("Loading the flow's diagram…"));
    // The flow as it is now: asked for each time, since it may have been republished.
    m_definitions->loadCurrent(m_trafficRequest.flowSid);
}

void DetailPane::trafficDefinitionArrived(const DiagramSource &source)
{
    if (!m_trafficOn || !source.definition)
        return;
    // Counting 100,000 paths is not for the GUI thread.
    m_trafficCount.run([definition = source.definition,
                           request = m_trafficRequest] { return request.count(*definition); },
        [this, source](const FlowTraffic &traffic) { trafficCounted(source, traffic); });
}

void DetailPane::trafficCounted(const DiagramSource &source, const FlowTraffic &traffic)
{
    if (!m_trafficOn)
        return;
    m_traffic = traffic;
    m_trafficDefinition = source.definition;
    m_canvas->setTraffic(*source.definition, *m_traffic);
    const QLocale locale;
    QStringList lines;
    const int counted = m_traffic->runCount();
    if (counted == 0) {
        lines << tr("No loaded row's outcome is known yet: Analyse reads them all, then this "
                    "shows where they went.");
    } else {
        lines << tr("Where %1 analysed of the %2 loaded executions went. Click a box or an "
                    "edge to list the executions that passed there.")
                     .arg(locale.toString(counted), locale.toString(m_trafficRequest.rows.size()));
    }
    lines << source.describe();
    lines << m_traffic->notes();
    m_diagramNote->setText(lines.join(u'\n'));
    Q_EMIT trafficShown();
}

QString DetailPane::boxName(int box) const
{
    if (!m_traffic || !m_trafficDefinition)
        return {};
    const QList<FlowState> &states = m_trafficDefinition->states();
    if (box >= 0 && box < states.size())
        return states[box].name;
    return m_traffic->looseBoxes().value(box - m_traffic->definitionBoxCount());
}

void DetailPane::edgeChosen(int edge)
{
    if (!m_traffic || edge < 0 || edge >= m_traffic->edges().size())
        return;
    const FlowTraffic::Edge &e = m_traffic->edges()[edge];
    const QStringList sids = m_traffic->runsAlongEdge(edge);
    const QString to = e.toBox < 0 ? tr("the end") : boxName(e.toBox);
    Q_EMIT executionsChosen(sids,
        tr("The %n that went from %1 to %2 on %3", nullptr, int(sids.size()))
            .arg(boxName(e.fromBox), to, e.event));
}

void DetailPane::boxChosen(int box)
{
    if (m_comparer->isComparing()) {
        m_comparer->boxClicked(box);
        return;
    }
    if (m_traffic) {
        const QStringList sids = m_traffic->runsThroughBox(box);
        if (sids.isEmpty()) {
            Q_EMIT message(tr("No analysed execution reached %1.").arg(boxName(box)));
            return;
        }
        Q_EMIT executionsChosen(
            sids, tr("The %n that passed %1", nullptr, int(sids.size())).arg(boxName(box)));
        return;
    }
    if (!m_path)
        return;
    const QList<int> steps = m_path->stepsAt(box);
    if (steps.isEmpty()) {
        Q_EMIT message(tr("This execution never reached that widget."));
        return;
    }
    m_boxClicks = box == m_lastBox ? m_boxClicks + 1 : 0;
    m_lastBox = box;
    const int row = steps[m_boxClicks % steps.size()];
    const QModelIndex index = m_steps->index(row, 0);
    m_stepsView->setCurrentIndex(index);
    m_stepsView->scrollTo(index);
    const Step step = m_steps->stepAt(row);
    Q_EMIT message(tr("Step %1 of %2: %3 → %4 on %5 (its context is in the Steps tab)")
                       .arg(row + 1)
                       .arg(m_steps->rowCount())
                       .arg(step.transitionedFrom, step.transitionedTo, step.name));
}

void DetailPane::copyDiagram()
{
    if (m_canvas->boxCount() == 0)
        return;
    QApplication::clipboard()->setImage(m_canvas->renderImage());
    Q_EMIT message(tr("Copied the diagram"));
}

void DetailPane::saveDiagram(const QString &path)
{
    if (m_canvas->boxCount() == 0)
        return;
    QString target = path;
    if (target.isEmpty()) {
        target = QFileDialog::getSaveFileName(this, tr("Save the diagram"),
            (m_trafficOn ? m_trafficRequest.flowSid : m_execution.sid) + u".png"_s,
            tr("PNG image (*.png);;SVG drawing (*.svg)"));
        if (target.isEmpty())
            return;
    }
    QString error;
    if (!m_canvas->saveImage(target, &error)) {
        QMessageBox::warning(this, tr("Save the diagram"),
            tr("The diagram could not be saved to %1: %2").arg(target, error));
        return;
    }
    Q_EMIT message(tr("Saved the diagram to %1").arg(target));
}

void DetailPane::showHeader()
{
    const Execution &e = m_execution;
    m_sid->setFullText(e.sid);
    const bool active = e.status == ExecutionStatus::Active;
    m_status->setText(active ? tr("● Active")
                             : (e.status == ExecutionStatus::Ended ? tr("Ended") : e.statusText));
    m_contact->setFullText(
        e.contactIsNull ? tr("No contact address") : tr("Contact: %1").arg(e.contactAddress));
    m_contact->setNote(e.contactSid.isEmpty() ? QString() : tr("Contact SID %1").arg(e.contactSid));
    QString times = tr("Started %1").arg(TextFormat::localTimeOrDash(e.created));
    times += tr(" · updated %1").arg(TextFormat::localTimeOrDash(e.updated));
    if (e.durationSeconds() >= 0)
        times += tr(" · took %1").arg(TextFormat::duration(e.durationSeconds() * 1000));
    m_times->setText(times);
    m_times->setToolTip(
        tr("UTC: started %1, updated %2")
            .arg(e.createdText, e.updatedText.isEmpty() ? tr("never") : e.updatedText));
    m_console->setText(u"<a href=\"%1\">%2</a>"_s.arg(
        consoleUrl(e.flowSid, e.sid).toHtmlEscaped(), tr("Open in Twilio Console")));
    // A rich-text label lets its layout squeeze it below its text: the link is never cut (the
    // SID and contact beside it elide instead), whatever the language's length.
    m_console->setMinimumWidth(m_console->sizeHint().width());
    m_end->setVisible(active);
    m_end->setEnabled(!m_ending);
}

void DetailPane::parseThen(
    Handoff &handoff, const QByteArray &json, std::function<void(const ParsedJson &)> done)
{
    // Contexts can be megabytes: parsed on a worker; a newer parse or selection drops this one.
    handoff.run(
        [json] {
            ParsedJson parsed;
            parsed.first = JsonDocument::parse(json, &parsed.second);
            return parsed;
        },
        std::move(done));
}

void DetailPane::contextArrived(const QString &key, const QByteArray &json)
{
    if (key != m_execution.sid)
        return; // an older selection
    m_contextJson = json;
    readRelated();
    parseThen(m_contextParse, json, [this, key](const ParsedJson &parsed) {
        const auto &[document, error] = parsed;
        if (!document) {
            m_contextTree->showMessage(
                tr("The context is %1. The Raw tab shows it as received.").arg(error));
            return;
        }
        m_contextTree->setDocument(document);
        if (m_tabs->currentIndex() == RawTab)
            showRaw();
        Q_EMIT contextShown(key);
    });
}

void DetailPane::contextFailed(const QString &key, const ApiError &error)
{
    if (key != m_execution.sid)
        return;
    // Gone from Twilio, or Twilio out of reach: the archive may have it.
    const bool elsewhere = error.kind == ApiError::Kind::NotFound
        || error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout;
    if (elsewhere && m_archive && m_archive->isOpen() && !m_fromArchive) {
        readArchive();
        return;
    }
    m_contextTree->showMessage(error.userMessage());
    m_relatedPanel->showMessage(
        tr("What Twilio said cannot be read without the context: %1").arg(error.userMessage()));
}

void DetailPane::setArchive(ArchiveService *archive)
{
    if (m_archive)
        m_archive->disconnect(this);
    m_archive = archive;
    m_archiveTicket = 0;
    m_revisionTicket = 0;
    if (!archive)
        return;
    connect(archive, &ArchiveService::executionRead, this, &DetailPane::archivedRead);
    connect(archive, &ArchiveService::revisionRead, this,
        [this](quint64 ticket, const std::optional<QByteArray> &body, const ArchiveError &) {
            if (ticket != m_revisionTicket)
                return; // an older selection's
            m_revisionTicket = 0;
            if (body)
                m_definitions->loadArchived(m_execution.sid, *body);
            else
                m_definitions->load(m_execution.flowSid, m_execution.sid);
        });
}

void DetailPane::readArchive()
{
    m_fromArchive = true;
    if (!m_trafficOn) {
        // A diagram asked of Twilio for it is asked of the archive instead.
        m_definitions->cancel();
        m_source.reset();
        if (m_tabs->currentIndex() == DiagramTab)
            loadDiagram();
    }
    m_stepLoader->cancel();
    m_contextTree->showMessage(tr("Reading the archive…"));
    m_archiveTicket = m_archive->readExecution(m_execution.sid);
}

void DetailPane::archivedRead(
    quint64 ticket, const std::optional<ArchivedExecution> &row, const ArchiveError &error)
{
    if (ticket != m_archiveTicket)
        return; // an older selection's
    m_archiveTicket = 0;
    if (error.isError() || !row || row->flowSid != m_execution.flowSid) {
        const QString why = error.isError()
            ? error.message
            : tr("Neither Twilio nor the archive has this execution (Twilio keeps executions "
                 "for 30 days).");
        m_contextTree->showMessage(why);
        m_steps->clear();
        return;
    }
    m_steps->setListed(
        m_execution.flowSid, m_execution.sid, row->stepItems().value_or(QList<ListItem>()));
    Q_EMIT message(tr("%1 is shown from %2.").arg(m_execution.sid, m_archive->describe()));
    contextArrived(m_execution.sid, row->context.isEmpty() ? QByteArray("null") : row->context);
    // What Twilio said, as a sync with --related kept it: pinned to the same steps.
    if (row->related.isEmpty())
        return;
    QList<Step> steps;
    for (int r = 0; r < m_steps->rowCount(); ++r)
        steps << m_steps->stepAt(r);
    QString why;
    const std::optional<RelatedResources> related
        = relatedFromJson(row->related, m_execution.flowSid, m_execution.sid, steps, &why);
    if (related)
        relatedArrived(*related);
    else
        m_relatedPanel->showMessage(
            tr("What the archive kept of what Twilio said cannot be read: %1").arg(why));
}

// What Twilio kept beside the execution, read with the context and steps the pane has.
void DetailPane::readRelated()
{
    if (m_fromArchive) {
        if (!m_related)
            m_relatedPanel->showMessage(
                tr("Shown from the archive, which holds no messages, calls or alerts for it "
                   "(they are kept by a sync with --related)."));
        return;
    }
    if (!m_relatedSession || m_related || m_contextJson.isEmpty()
        || m_steps->state() != StepsModel::State::Ready
        || m_steps->executionSid() != m_execution.sid
        || (m_relatedFetch && m_relatedFetch->isRunning()
            && m_relatedFetch->executionSid() == m_execution.sid))
        return;
    if (!m_relatedFetch) {
        m_relatedFetch = new RelatedFetch(m_client, m_relatedSession, {}, this);
        connect(m_relatedFetch, &RelatedFetch::finished, this, &DetailPane::relatedArrived);
        connect(m_relatedFetch, &RelatedFetch::failed, this, [this](const ApiError &error) {
            m_relatedPanel->showMessage(
                tr("What Twilio said could not be read: %1").arg(error.userMessage()));
        });
    }
    RelatedInput input;
    input.flowSid = m_execution.flowSid;
    input.executionSid = m_execution.sid;
    input.created = m_execution.created;
    input.updated = m_execution.updated;
    input.active = m_execution.status == ExecutionStatus::Active;
    input.context = m_contextJson;
    QList<Step> steps;
    for (int row = 0; row < m_steps->rowCount(); ++row)
        steps << m_steps->stepAt(row);
    input.steps = steps;
    m_relatedFetch->start(input);
}

void DetailPane::relatedArrived(const RelatedResources &related)
{
    if (related.executionSid != m_execution.sid)
        return;
    m_related = related;
    QHash<int, StepsModel::Note> notes;
    const QHash<int, StepNote> found = stepNotesOf(related);
    for (auto it = found.cbegin(); it != found.cend(); ++it)
        notes.insert(it.key(), { it->text, it->tip, it->error });
    m_steps->setNotes(notes);
    m_relatedPanel->setResources(related, m_client->settings().credentials.accountSid);
    const QModelIndex current = m_stepsView->currentIndex();
    m_relatedPanel->showStep(current.isValid() ? current.row() : -1);
    m_stepTabs->setTabText(TwilioSaidTab,
        tr("What Twilio said (%1)")
            .arg(related.messages.size() + related.calls.size() + related.alerts.size()));
    showRelatedAlarms();
    Q_EMIT relatedShown(m_execution.sid);
}

void DetailPane::showRelatedAlarms()
{
    if (!m_related || !m_path || m_trafficOn || m_comparer->isComparing())
        return; // the boxes drawn are not the path's
    QHash<int, QString> alarms;
    QHash<int, QString> tips;
    const QHash<int, StepNote> notes = stepNotesOf(*m_related);
    for (auto it = notes.cbegin(); it != notes.cend(); ++it) {
        if (!it->error)
            continue;
        const int box = m_path->boxOfStep(it.key());
        if (box < 0)
            continue;
        alarms[box] = alarms.value(box).isEmpty() ? it->text : alarms[box];
        tips[box] += (tips[box].isEmpty() ? QString() : u"\n"_s) + it->tip;
    }
    m_canvas->setBoxAlarms(alarms, tips);
}

void DetailPane::stepContextArrived(const QString &key, const QByteArray &json)
{
    const auto isCurrent = [this, key] {
        const QModelIndex current = m_stepsView->currentIndex();
        return current.isValid() && m_steps->stepAt(current.row()).sid == key;
    };
    if (!isCurrent())
        return;
    parseThen(m_stepContextParse, json, [this, isCurrent](const ParsedJson &parsed) {
        if (!isCurrent())
            return;
        if (parsed.first)
            m_stepTree->setDocument(parsed.first);
        else
            m_stepTree->showMessage(tr("The step's context is %1.").arg(parsed.second));
    });
}

void DetailPane::showRaw()
{
    if (m_rawShown || m_contextJson.isEmpty())
        return;
    m_rawShown = true;
    m_raw->setPlainText(QString::fromUtf8(prettyJson(m_contextJson)));
}

void DetailPane::focusContext()
{
    m_tabs->setCurrentIndex(ContextTab);
    m_contextTree->view()->setFocus();
}

void DetailPane::endExecution()
{
    if (m_execution.status != ExecutionStatus::Active || m_ending)
        return;
    const Execution target = m_execution;
    if (!m_confirm(
            tr("End execution %1?\n\nThe flow stops where it is for %2; this cannot be undone.")
                .arg(
                    target.sid, target.contactIsNull ? tr("this contact") : target.contactAddress)))
        return;
    m_end->setEnabled(false);
    m_ending = std::make_unique<EndExecution>(m_client, target.flowSid, target.sid);
    connect(m_ending.get(), &EndExecution::finished, this, [this] {
        const std::unique_ptr<EndExecution> done = std::move(m_ending);
        m_end->setEnabled(true);
        Q_EMIT message(done->message());
        if (done->result() == EndExecution::Result::Ended)
            Q_EMIT executionEnded(done->executionJson());
    });
    m_ending->start();
}

} // namespace flowscope
