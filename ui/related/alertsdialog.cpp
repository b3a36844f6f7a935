#include "alertsdialog.h"

#include "related/errorcodes.h"
#include "util/textformat.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace flowscope {

namespace {
constexpr int kExecutionsRole = Qt::UserRole + 1; // the executions of a row, as a QStringList
}

AlertsDialog::AlertsDialog(StudioClient *client, RelatedSession *session, QWidget *parent)
    : QDialog(parent)
    , m_report(new AlertsReport(client, session, this))
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_byCode(new QStandardItemModel(0, 4, this))
    , m_byWidget(new QStandardItemModel(0, 4, this))
    , m_recount(new QPushButton(tr("Count again"), this))
{
    setWindowTitle(tr("Alerts"));
    m_status->setWordWrap(true);
    m_status->setObjectName(u"alertsStatus"_s);
    m_byCode->setHorizontalHeaderLabels(
        { tr("Error"), tr("Meaning"), tr("Alerts"), tr("Executions") });
    m_byWidget->setHorizontalHeaderLabels(
        { tr("Widget"), tr("Error"), tr("Alerts"), tr("Executions") });
    m_byCode->setObjectName(u"alertsByCode"_s);
    m_byWidget->setObjectName(u"alertsByWidget"_s);
    m_tabs->addTab(buildTable(m_byCode), tr("By error code"));
    m_tabs->addTab(buildTable(m_byWidget), tr("By widget"));
    m_tabs->setAccessibleName(tr("Alerts counted"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_recount, QDialogButtonBox::ActionRole);
    m_recount->setToolTip(tr("Read the alerts of the range again"));
    connect(m_recount, &QPushButton::clicked, this,
        [this] { count(m_flowSid, m_flowName, m_from, m_to); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    connect(m_report, &AlertsReport::finished, this, &AlertsDialog::finished);
    connect(m_report, &AlertsReport::progress, this, [this](int done, int total) {
        m_status->setText(tr("Reading the executions that may own an alert: %1 of %2…")
                              .arg(QLocale().toString(done), QLocale().toString(total)));
    });
    resize(720, 460);
}

AlertsDialog::~AlertsDialog() = default;

QTableView *AlertsDialog::buildTable(QStandardItemModel *model)
{
    auto *view = new QTableView(this);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAccessibleName(
        model == m_byCode ? tr("Alerts by error code") : tr("Alerts by widget"));
    view->setToolTip(tr("Choose a row to list its executions in the table"));
    connect(view, &QTableView::activated, this,
        [this, model](const QModelIndex &index) { choose(model, index.row()); });
    connect(view, &QTableView::clicked, this,
        [this, model](const QModelIndex &index) { choose(model, index.row()); });
    return view;
}

void AlertsDialog::count(
    const QString &flowSid, const QString &flowName, const QDateTime &from, const QDateTime &to)
{
    m_flowSid = flowSid;
    m_flowName = flowName;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Monitor keeps 30 days: an open range is counted over them.
    m_from = from.isValid() ? std::max(from, now.addDays(-30)) : now.addDays(-30);
    m_to = to.isValid() ? std::min(to, now) : now;
    m_byCode->removeRows(0, m_byCode->rowCount());
    m_byWidget->removeRows(0, m_byWidget->rowCount());
    setWindowTitle(tr("Alerts of %1").arg(flowName.isEmpty() ? flowSid : flowName));
    if (m_from >= m_to) {
        m_status->setText(
            tr("The range holds no time Monitor keeps alerts for (the last 30 days)."));
        Q_EMIT counted();
        return;
    }
    m_status->setText(tr("Listing the Debugger's alerts from %1 to %2…")
                          .arg(TextFormat::localTime(m_from), TextFormat::localTime(m_to)));
    m_recount->setEnabled(false);
    m_report->start({ { flowSid }, m_from, m_to, {}, 8 });
}

void AlertsDialog::finished(const ApiError &error)
{
    m_recount->setEnabled(true);
    if (error.isError()) {
        m_status->setText(error.kind == ApiError::Kind::Forbidden
                ? tr("This key cannot read the Debugger (Twilio Monitor), so there are no alerts "
                     "to count.")
                : tr("The alerts could not be counted: %1").arg(error.userMessage()));
        Q_EMIT counted();
        return;
    }
    const QList<AlertRow> &rows = m_report->rows();
    const auto add
        = [](QStandardItemModel *model, const QList<QStandardItem *> &items, const AlertCount &c) {
              items.first()->setData(c.executions, kExecutionsRole);
              for (QStandardItem *item : items)
                  item->setToolTip(ErrorCodes::describe(c.errorCode));
              model->appendRow(items);
          };
    const auto number = [](qint64 n) {
        auto *item = new QStandardItem(QLocale().toString(n));
        item->setData(n, Qt::UserRole);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    for (const AlertCount &c : AlertsReport::byCode(rows))
        add(m_byCode,
            { new QStandardItem(QString::number(c.errorCode)),
                new QStandardItem(ErrorCodes::title(c.errorCode)), number(c.count),
                number(c.executions.size()) },
            c);
    for (const AlertCount &c : AlertsReport::byWidget(rows))
        add(m_byWidget,
            { new QStandardItem(c.widget.isEmpty() ? tr("(no step)") : c.widget),
                new QStandardItem(ErrorCodes::describe(c.errorCode)), number(c.count),
                number(c.executions.size()) },
            c);
    m_status->setText(rows.isEmpty()
            ? tr("No Debugger alert of this range belongs to an execution of the flow.")
            : tr("%n alert(s) of this range belong to executions of the flow. Choose a row to "
                 "list its executions.",
                nullptr, int(rows.size())));
    Q_EMIT counted();
}

void AlertsDialog::choose(QStandardItemModel *model, int row)
{
    const QStringList sids = model->item(row, 0)->data(kExecutionsRole).toStringList();
    const QString what = model == m_byCode
        ? tr("The %n execution(s) with alert %1", nullptr, int(sids.size()))
              .arg(model->item(row, 0)->text())
        : tr("The %n execution(s) with alert %1 at %2", nullptr, int(sids.size()))
              .arg(model->item(row, 1)->text(), model->item(row, 0)->text());
    Q_EMIT executionsChosen(sids, what);
}

} // namespace flowscope
