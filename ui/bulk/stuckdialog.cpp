#include "stuckdialog.h"

#include "bulk/stuckfinder.h"
#include "enddialog.h"
#include "executions/flowsmodel.h"
#include "search/contactmatcher.h"
#include "search/resultsmodel.h"
#include "search/resultstable.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace flowscope {

StuckDialog::StuckDialog(
    StudioClient *client, FlowsModel *flows, const QString &currentFlow, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_flowsModel(flows)
    , m_results(new ResultsModel(this))
    , m_flows(new QListWidget(this))
    , m_hours(new QDoubleSpinBox(this))
    , m_contact(new QLineEdit(this))
    , m_country(new QLineEdit(this))
    , m_find(new QPushButton(tr("Find"), this))
    , m_status(new QLabel(this))
    , m_view(new QTableView(this))
    , m_end(new QPushButton(tr("End executions…"), this))
{
    setWindowTitle(tr("Find stuck executions"));
    for (int row = 0; row < flows->rowCount(); ++row) {
        const Flow flow = flows->flowAt(row);
        auto *item = new QListWidgetItem(flow.friendlyName, m_flows);
        item->setData(Qt::UserRole, flow.sid);
        item->setToolTip(flow.sid);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(
            flow.sid == currentFlow || flows->rowCount() == 1 ? Qt::Checked : Qt::Unchecked);
    }
    m_flows->setAccessibleName(tr("Flows"));
    m_flows->setToolTip(tr("The flows to look in (the current one by default)"));
    m_flows->setMaximumHeight(m_flows->sizeHintForRow(0) * 6 + 4);
    m_hours->setRange(0.1, 720);
    m_hours->setDecimals(1);
    m_hours->setValue(1);
    m_hours->setSuffix(tr(" hours ago"));
    m_hours->setAccessibleName(tr("Started more than"));
    m_hours->setToolTip(tr("Active executions that started longer ago than this"));
    m_contact->setPlaceholderText(
        tr("Optional: +44 7700 900123, client:alice, sip:bob@example.com"));
    m_contact->setAccessibleName(tr("Contact"));
    m_contact->setToolTip(tr("Only this customer's: a phone number matches it on every channel"));
    m_country->setText(ContactMatcher::localeCountry());
    m_country->setMaxLength(2);
    m_country->setMaximumWidth(m_country->fontMetrics().horizontalAdvance(u"MMMM"_s));
    m_country->setAccessibleName(tr("Default country"));
    m_country->setToolTip(
        tr("The country of numbers typed without +country (ISO 3166, such as GB)"));
    m_find->setDefault(true);
    m_find->setAccessibleName(tr("Find"));
    m_find->setToolTip(tr("Reads only the active executions (Studio v2's status filter)"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Search status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    setUpResultsTable(m_view, m_results);
    m_view->setAccessibleName(tr("Stuck executions"));
    m_view->setToolTip(
        tr("Select those to end; with none selected, End executions takes them all"));
    m_end->setAccessibleName(tr("End executions"));
    m_end->setToolTip(
        tr("End the selected ones (all when none is selected), after a confirmation"));
    m_end->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Flows"), m_flows);
    form->addRow(tr("Started more than"), m_hours);
    auto *contactRow = new QHBoxLayout;
    contactRow->addWidget(m_contact, 1);
    contactRow->addWidget(new QLabel(tr("Country"), this));
    contactRow->addWidget(m_country);
    form->addRow(tr("Contact"), contactRow);
    auto *top = new QHBoxLayout;
    top->addLayout(form, 1);
    top->addWidget(m_find, 0, Qt::AlignBottom);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_end);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(m_find, &QPushButton::clicked, this, &StuckDialog::find);
    connect(m_end, &QPushButton::clicked, this, [this] {
        if (EndDialog *dialog = endSelected())
            dialog->open();
    });
    connect(this, &StuckDialog::executionChanged, m_results, &ResultsModel::update);
    m_results->setFlowNames(m_flowsModel->names());
    resize(1000, 620);
    // The names tests and tools find the parts by.
    m_flows->setObjectName(u"flowList"_s);
    m_hours->setObjectName(u"hoursBox"_s);
    m_end->setObjectName(u"endButton"_s);
    m_status->setObjectName(u"statusLabel"_s);
    m_view->setObjectName(u"resultsView"_s);
}

StuckDialog::~StuckDialog() = default;

void StuckDialog::find()
{
    QStringList flows;
    for (int k = 0; k < m_flows->count(); ++k) {
        if (m_flows->item(k)->checkState() == Qt::Checked)
            flows << m_flows->item(k)->data(Qt::UserRole).toString();
    }
    if (flows.isEmpty()) {
        m_status->setText(tr("Tick at least one flow."));
        return;
    }
    std::optional<ContactMatcher> contact;
    if (!m_contact->text().trimmed().isEmpty()) {
        QString why;
        contact = ContactMatcher::parse(m_contact->text(), m_country->text(), false, &why);
        if (!contact) {
            m_status->setText(u"⚠ "_s + why + u" "_s + tr("Nothing was sent."));
            return;
        }
    }
    delete m_finder;
    m_results->clear();
    const QDateTime before
        = QDateTime::currentDateTimeUtc().addSecs(-qint64(m_hours->value() * 3600));
    m_finder = new StuckFinder(m_client, flows, before, contact, this);
    m_find->setEnabled(false);
    m_end->setEnabled(false);
    m_status->setText(tr("Looking in %n flow(s)…", "", int(flows.size())));
    connect(m_finder, &StuckFinder::executionFound, m_results,
        qOverload<const Execution &>(&ResultsModel::add));
    connect(m_finder, &StuckFinder::progress, this, [this](int done, int total, int found) {
        m_status->setText(tr("%1 of %2 flows · %3 found").arg(done).arg(total).arg(found));
    });
    connect(m_finder, &StuckFinder::finished, this, [this] {
        m_find->setEnabled(true);
        const QLocale locale;
        QString text
            = tr("%n active execution(s) started before then", "", int(m_finder->found().size()));
        for (const auto &[flowSid, error] : m_finder->failures())
            text += u"\n⚠ "_s + m_flowsModel->names().value(flowSid, flowSid) + u": "_s
                + error.userMessage();
        if (!m_finder->failures().isEmpty())
            text += u"\n"_s + tr("Not every flow could be read: the list above is not complete.");
        m_status->setText(text);
        m_end->setEnabled(!m_finder->found().isEmpty());
        Q_EMIT searchFinished();
    });
    m_finder->start();
}

EndDialog *StuckDialog::endSelected()
{
    QList<Execution> chosen = selectedResults(m_view, m_results);
    if (chosen.isEmpty())
        chosen = m_results->executions();
    if (chosen.isEmpty())
        return nullptr;
    auto *dialog = new EndDialog(m_client, chosen, m_flowsModel->names(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EndDialog::executionChanged, this, &StuckDialog::executionChanged);
    return dialog;
}

} // namespace flowscope
