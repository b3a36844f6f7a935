#pragma once

// FlowScope's main window: pick a flow, browse its executions as they load page by page.

#include <QMainWindow>

namespace flowscope {

class StudioClient;
class FlowsModel;
class ExecutionsModel;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(StudioClient *client, QWidget *parent = nullptr);
    ~MainWindow() override;

    FlowsModel *flowsModel() const { return m_flows; }
    ExecutionsModel *executionsModel() const { return m_executions; }

private:
    StudioClient *m_client; // not owned
    FlowsModel *m_flows;
    ExecutionsModel *m_executions;
};

} // namespace flowscope
