#include "searchpanel.h"

#include "archive/archiveservice.h"
#include "common/copylinkactions.h"
#include "export/tabletext.h"

#include "executions/daterangebar.h"
#include "executions/flowsmodel.h"
#include "resultstable.h"
#include "search/contactmatcher.h"
#include "search/customersearch.h"
#include "search/resultsmodel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace flowscope {

SearchPanel::SearchPanel(StudioClient *client, FlowsModel *flows, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_flowsModel(flows)
    , m_results(new ResultsModel(this))
    , m_contact(new QLineEdit(this))
    , m_withText(new QCheckBox(tr("Also search message text"), this))
    , m_text(new QLineEdit(this))
    , m_country(new QLineEdit(this))
    , m_exact(new QCheckBox(tr("Exact address"), this))
    , m_range(new DateRangeBar(this))
    , m_flowsButton(new QToolButton(this))
    , m_flowsMenu(new QMenu(this))
    , m_search(new QPushButton(tr("Search"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_export(new QPushButton(tr("Export…"), this))
    , m_end(new QPushButton(tr("End executions…"), this))
    , m_status(new QLabel(this))
    , m_failures(new QWidget(this))
    , m_failuresLayout(new QVBoxLayout(m_failures))
    , m_view(new QTableView(this))
{
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Search message text"), question,
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes)
            == QMessageBox::Yes;
    };
    m_contact->setPlaceholderText(
        tr("+44 7700 900123, (415) 555-0100, client:alice, sip:bob@example.com"));
    m_contact->setClearButtonEnabled(true);
    m_contact->setAccessibleName(tr("Customer"));
    m_contact->setToolTip(tr("A phone number as you would type it matches it on every channel "
                             "(SMS, WhatsApp, calls); client: and sip: addresses match whole"));
    m_text->setPlaceholderText(tr("What they wrote or said"));
    m_text->setAccessibleName(tr("Message text"));
    m_text->setToolTip(tr("Searched in each execution's context: one request per execution"));
    m_text->setEnabled(false);
    m_withText->setAccessibleName(tr("Also search message text"));
    m_withText->setToolTip(m_text->toolTip());
    connect(m_withText, &QCheckBox::toggled, m_text, &QWidget::setEnabled);
    m_country->setText(ContactMatcher::localeCountry());
    m_country->setMaxLength(2);
    m_country->setMaximumWidth(m_country->fontMetrics().horizontalAdvance(u"MMMM"_s));
    m_country->setAccessibleName(tr("Default country"));
    m_country->setToolTip(
        tr("The country of numbers typed without +country (ISO 3166, such as GB)"));
    m_exact->setAccessibleName(tr("Exact address"));
    m_exact->setToolTip(tr("Match the address string only, on its own channel"));
    m_range->setPreset(DateRangeBar::Preset::Last7Days);
    m_flowsButton->setPopupMode(QToolButton::InstantPopup);
    m_flowsButton->setMenu(m_flowsMenu);
    m_flowsButton->setAccessibleName(tr("Flows to search"));
    m_flowsButton->setToolTip(tr("All flows by default; untick to narrow"));
    m_search->setDefault(true);
    m_search->setAccessibleName(tr("Search"));
    m_search->setToolTip(tr("Every chosen flow at once, newest first (Enter)"));
    m_cancel->setAccessibleName(tr("Cancel search"));
    m_cancel->setToolTip(tr("Stop every request of the search"));
    m_cancel->hide();
    m_export->setAccessibleName(tr("Export results"));
    m_export->setToolTip(tr("Export the selected results (or all) with the export dialog"));
    m_export->setEnabled(false);
    m_end->setAccessibleName(tr("End executions"));
    m_end->setToolTip(tr("End the selected results that are still active, after a confirmation"));
    m_end->setEnabled(false);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Search status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setText(tr("Type a customer's number or address to find them in every flow."));
    m_failuresLayout->setContentsMargins(0, 0, 0, 0);

    QSortFilterProxyModel *proxy = buildResultsTable();
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this, proxy](const QModelIndex &current) {
            Q_EMIT executionSelected(current.isValid()
                    ? m_results->executionAt(proxy->mapToSource(current).row())
                    : Execution());
        });

    auto *who = new QHBoxLayout;
    who->addWidget(m_contact, 2);
    who->addWidget(new QLabel(tr("Country"), this));
    who->addWidget(m_country);
    who->addWidget(m_exact);
    auto *what = new QHBoxLayout;
    what->addWidget(m_withText);
    what->addWidget(m_text, 1);
    // The range and the flows on rows of their own: beside the detail pane at 1024 px the panel
    // has about 650 px.
    auto *flowsRow = new QHBoxLayout;
    flowsRow->addWidget(m_flowsButton);
    flowsRow->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("Customer"), who);
    form->addRow(QString(), what);
    form->addRow(tr("When"), m_range);
    m_range->setToolTip(tr("This search's own range, up to Twilio's 30 days (more with the "
                           "archive); the tool bar's range is the Executions tab's"));
    form->addRow(tr("Flows"), flowsRow);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_end);
    buttons->addWidget(m_export);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_search);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_failures);
    layout->addWidget(m_view, 1);

    connect(m_search, &QPushButton::clicked, this, &SearchPanel::search);
    connect(m_contact, &QLineEdit::returnPressed, this, &SearchPanel::search);
    connect(m_text, &QLineEdit::returnPressed, this, &SearchPanel::search);
    connect(m_cancel, &QPushButton::clicked, this, &SearchPanel::cancel);
    connect(m_export, &QPushButton::clicked, this, &SearchPanel::exportRequested);
    connect(m_end, &QPushButton::clicked, this, &SearchPanel::endRequested);
    connect(m_flowsModel, &QAbstractItemModel::modelReset, this, &SearchPanel::flowsChanged);
    // Another account: its results are not shown under this one.
    connect(m_client, &StudioClient::settingsChanged, this, [this] {
        cancel();
        m_results->clear();
        showFailures();
    });
    flowsChanged();
    // The names tests and tools find the parts by.
    m_withText->setObjectName(u"textBox"_s);
    m_text->setObjectName(u"textEdit"_s);
    m_range->setObjectName(u"range"_s);
    m_end->setObjectName(u"endButton"_s);
    m_status->setObjectName(u"statusLabel"_s);
    m_view->setObjectName(u"resultsView"_s);
}

SearchPanel::~SearchPanel() = default;

// The results table: sorting, Ctrl+C as TSV, and Copy SID / Copy link on its rows.
QSortFilterProxyModel *SearchPanel::buildResultsTable()
{
    QSortFilterProxyModel *proxy = setUpResultsTable(m_view, m_results);
    m_view->setAccessibleName(tr("Customer's executions"));
    m_view->setToolTip(tr("Every flow's executions of this customer, newest first. Ctrl+C copies "
                          "the selected ones."));
    auto *copy = new QAction(tr("Copy results"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this,
        [this] { QApplication::clipboard()->setText(selectionAsTsv()); });
    m_view->addAction(copy);
    addCopyLinkActions(
        m_view,
        [this, proxy] {
            const QModelIndex current = m_view->currentIndex();
            return current.isValid() ? m_results->executionAt(proxy->mapToSource(current).row())
                                     : Execution();
        },
        [this] { return m_client->settings().credentials.accountSid; });
    return proxy;
}

void SearchPanel::flowsChanged()
{
    m_flowsMenu->clear();
    QAction *all = m_flowsMenu->addAction(tr("All flows"));
    m_flowsMenu->addSeparator();
    for (int row = 0; row < m_flowsModel->rowCount(); ++row) {
        const Flow flow = m_flowsModel->flowAt(row);
        QAction *action = m_flowsMenu->addAction(flow.friendlyName);
        action->setCheckable(true);
        action->setChecked(true);
        action->setData(flow.sid);
        action->setToolTip(flow.sid);
        connect(action, &QAction::toggled, this, [this] {
            m_flowsButton->setText(
                tr("%1 of %2 flows").arg(chosenFlows().size()).arg(m_flowsModel->rowCount()));
        });
    }
    connect(all, &QAction::triggered, this, [this] {
        for (QAction *a : m_flowsMenu->actions()) {
            if (a->isCheckable())
                a->setChecked(true);
        }
    });
    m_flowsButton->setText(tr("All %1 flows").arg(m_flowsModel->rowCount()));
    m_results->setFlowNames(m_flowsModel->names());
}

QStringList SearchPanel::chosenFlows() const
{
    QStringList out;
    for (const QAction *a : m_flowsMenu->actions()) {
        if (a->isCheckable() && a->isChecked())
            out << a->data().toString();
    }
    return out;
}

void SearchPanel::focusContact()
{
    m_contact->setFocus();
    m_contact->selectAll();
}

void SearchPanel::search()
{
    run(false);
}

void SearchPanel::run(bool confirmedText)
{
    SearchRequest request;
    request.flows = chosenFlows();
    request.from = m_range->from();
    request.to = m_range->to();
    const QString typed = m_contact->text().trimmed();
    if (m_withText->isChecked())
        request.text = m_text->text().trimmed();
    if (typed.isEmpty() && request.text.isEmpty()) {
        m_status->setText(tr("Type a customer's number or address, or what they wrote."));
        return;
    }
    if (!typed.isEmpty()) {
        QString why;
        request.contact
            = ContactMatcher::parse(typed, m_country->text(), m_exact->isChecked(), &why);
        if (!request.contact) {
            m_status->setText(u"⚠ "_s + why + u" "_s + tr("Nothing was sent."));
            return;
        }
    }
    if (request.flows.isEmpty()) {
        m_status->setText(tr("Choose at least one flow."));
        return;
    }
    if (!m_range->isValid()) {
        m_status->setText(tr("The range's start is not before its end: nothing was sent."));
        return;
    }
    if (!request.from.isValid())
        request.from = QDateTime::currentDateTimeUtc().addDays(-30); // all Studio keeps
    delete m_engine;
    m_engine = new CustomerSearch(m_client, request, this);
    m_cancel->show();
    if (!request.text.isEmpty() && !confirmedText) {
        // What a text search costs, asked first: one request per execution it reads.
        m_status->setText(tr("Counting the executions to read…"));
        connect(m_engine, &CustomerSearch::counted, this, [this](qint64 candidates) {
            const bool yes = candidates == 0
                || m_confirm(tr("Searching what they wrote reads the context of %n execution(s) "
                                "— one request each. Go on?",
                    "", int(candidates)));
            QMetaObject::invokeMethod(
                this,
                [this, yes] {
                    if (yes) {
                        run(true);
                        return;
                    }
                    m_cancel->hide();
                    m_status->setText(tr("Not searched: nothing was read."));
                    Q_EMIT searchFinished();
                },
                Qt::QueuedConnection);
        });
        m_engine->count();
        return;
    }
    m_results->clear();
    showFailures();
    connect(m_engine, &CustomerSearch::progress, this, &SearchPanel::updateStatus);
    connect(m_engine, &CustomerSearch::flowFailed, this, &SearchPanel::showFailures);
    connect(m_engine, &CustomerSearch::matchFound, m_results, [this](const SearchMatch &m) {
        m_results->add(m.execution, { m.flowIndex, m.listed });
    });
    connect(m_engine, &CustomerSearch::finished, this, [this] {
        showFailures();
        finishWhenAllAnswered();
    });
    m_engine->start();
    searchArchive(request);
    updateStatus();
}

void SearchPanel::setArchive(ArchiveService *archive)
{
    if (m_archive)
        m_archive->disconnect(this);
    m_archive = archive;
    m_archiveTicket = 0;
    if (!archive)
        return;
    connect(archive, &ArchiveService::found, this,
        [this](quint64 ticket, const QList<ArchivedExecution> &rows, const ArchiveError &error) {
            if (ticket != m_archiveTicket)
                return;
            m_archiveTicket = 0;
            if (error.isError())
                m_archiveError = error.message;
            for (const ArchivedExecution &row : rows) {
                const int before = m_results->rowCount();
                m_results->add(
                    executionOf(parseExecutionObject(row.raw, row.flowSid, false), 0, row.flowSid));
                m_fromArchive += m_results->rowCount() - before;
            }
            finishWhenAllAnswered();
        });
}

void SearchPanel::finishWhenAllAnswered()
{
    if (!m_engine || m_engine->isRunning() || m_archiveTicket != 0) {
        updateStatus();
        return;
    }
    m_cancel->hide();
    m_export->setEnabled(m_results->rowCount() > 0);
    m_end->setEnabled(m_results->rowCount() > 0);
    updateStatus();
    Q_EMIT searchFinished();
}

void SearchPanel::searchArchive(const SearchRequest &request)
{
    m_searchedArchive = false;
    m_fromArchive = 0;
    m_archiveError.clear();
    m_archiveTicket = 0;
    if (!m_archive || !m_archive->isOpen())
        return;
    SearchRequest older = request;
    older.from = m_range->from(); // not Twilio's 30 days: the archive keeps more
    m_searchedArchive = true;
    m_archiveTicket = m_archive->find(older);
}

void SearchPanel::cancel()
{
    m_archiveTicket = 0; // its answer is not waited for
    if (m_engine && m_engine->isRunning()) {
        m_engine->cancel();
        m_status->setText(tr("Cancelled: %1 found before then, not a complete search.")
                              .arg(m_results->rowCount()));
    }
    m_cancel->hide();
}

void SearchPanel::updateStatus()
{
    if (!m_engine)
        return;
    const QLocale locale;
    QString counts = tr("%1 of %2 flows · %3 executions scanned · %4 found")
                         .arg(m_engine->flowsDone())
                         .arg(m_engine->flowCount())
                         .arg(locale.toString(m_engine->scanned()))
                         .arg(locale.toString(m_results->rowCount()));
    if (!m_archiveError.isEmpty())
        counts += u" · ⚠ "_s + m_archiveError;
    else if (m_fromArchive > 0)
        counts += u" · "_s + tr("%n only in the archive", "", m_fromArchive);
    else if (m_searchedArchive && m_archiveTicket == 0)
        counts += u" · "_s + tr("the archive searched too");
    if (m_engine->isRunning() || m_archiveTicket != 0) {
        m_status->setText(counts + u" · "_s + tr("searching…"));
        return;
    }
    const int failed = int(m_engine->failures().size());
    m_status->setText(failed == 0 ? u"✓ "_s + counts + u" · "_s + tr("every flow searched")
                                  : u"⚠ "_s + counts + u" · "_s
                + tr("%n flow(s) could not be searched: not a complete search", "", failed));
}

void SearchPanel::showFailures()
{
    while (QLayoutItem *item = m_failuresLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_engine)
        return;
    const QHash<QString, QString> names = m_flowsModel->names();
    for (const auto &failure : m_engine->failures()) {
        const QString flowSid = failure.first;
        const ApiError &error = failure.second;
        auto *row = new QWidget(m_failures);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto *text = new QLabel(
            u"⚠ "_s + names.value(flowSid, flowSid) + u": "_s + error.userMessage(), row);
        text->setWordWrap(true);
        auto *retry = new QPushButton(tr("Retry"), row);
        retry->setObjectName(flowSid);
        retry->setAccessibleName(tr("Retry %1").arg(names.value(flowSid, flowSid)));
        retry->setToolTip(tr("Search this flow again; what was found stays"));
        connect(retry, &QPushButton::clicked, this, [this, flowSid] {
            if (!m_engine)
                return;
            m_cancel->show();
            m_engine->retryFlow(flowSid);
            QMetaObject::invokeMethod(this, &SearchPanel::showFailures, Qt::QueuedConnection);
        });
        rowLayout->addWidget(text, 1);
        rowLayout->addWidget(retry);
        m_failuresLayout->addWidget(row);
    }
}

QList<QPushButton *> SearchPanel::retryButtons() const
{
    return m_failures->findChildren<QPushButton *>();
}

QList<Execution> SearchPanel::selectedResults() const
{
    return flowscope::selectedResults(m_view, m_results);
}

QString SearchPanel::selectionAsTsv() const
{
    const QHash<QString, QString> names = m_flowsModel->names();
    QStringList head;
    for (int c = 0; c < ResultsModel::ColumnCount; ++c)
        head << m_results->headerData(c, Qt::Horizontal).toString();
    QList<QStringList> rows;
    for (const Execution &e : selectedResults()) {
        rows << QStringList { names.value(e.flowSid, e.flowSid), statusName(e.status), e.sid,
            e.contactAddress, e.createdText, e.updatedText,
            e.durationSeconds() >= 0 ? QString::number(e.durationSeconds()) : QString() };
    }
    return tabSeparatedText(head, rows);
}

} // namespace flowscope
