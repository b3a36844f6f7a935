#include "mainwindow.h"

#include "executionsmodel.h"
#include "flowsmodel.h"
#include "studioclient.h"

#include <QHeaderView>
#include <QStatusBar>
#include <QTableView>

namespace flowscope {

MainWindow::MainWindow(StudioClient *client, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_flows(new FlowsModel(client, this))
    , m_executions(new ExecutionsModel(client, this))
{
    setWindowTitle(tr("FlowScope"));
    auto *table = new QTableView(this);
    table->setModel(m_executions);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    setCentralWidget(table);
    resize(1100, 700);

    connect(m_flows, &FlowsModel::loaded, this, [this](int count) {
        if (count > 0) {
            ExecutionQuery query;
            query.flowSid = m_flows->flowAt(0).sid;
            query.pageSize = 200;
            m_executions->setQuery(query);
            statusBar()->showMessage(tr("Flow: %1").arg(m_flows->flowAt(0).friendlyName));
        }
    });
    connect(m_flows, &FlowsModel::errorOccurred, this,
        [this](const ApiError &error) { statusBar()->showMessage(error.userMessage()); });
    connect(m_executions, &ExecutionsModel::errorOccurred, this,
        [this](const ApiError &error) { statusBar()->showMessage(error.userMessage()); });
    m_flows->load();
}

MainWindow::~MainWindow() = default;

} // namespace flowscope
