#pragma once

// FlowScope's main window: a toolbar (flow picker, date range, refresh), the executions table and
// the detail pane side by side, a message bar for what cannot be sent, and a status bar. Window
// layout, columns, the last flow (per account) and the date preset persist; secrets never do.

#include <QMainWindow>

class QAction;
class QLabel;
class QSplitter;

namespace flowscope {

class DateRangeBar;
class DetailPane;
class ExportDialog;
class ExecutionsModel;
class ExecutionsView;
class FlowPicker;
class FlowsModel;
class StudioClient;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(StudioClient *client, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Demo mode: the first flow is selected as soon as the flows are in.
    void setDemoMode(bool demo);

    FlowsModel *flowsModel() const { return m_flows; }
    ExecutionsModel *executionsModel() const { return m_executions; }
    FlowPicker *flowPicker() const { return m_picker; }
    DateRangeBar *dateRange() const { return m_range; }
    ExecutionsView *executionsView() const { return m_view; }
    DetailPane *detailPane() const { return m_detail; }
    QLabel *messageBar() const { return m_messageBar; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *signInAction() const { return m_signIn; }

    void refresh(); // F5: the flows if they failed, the executions of the current query
    ExportDialog *exportRows(); // Ctrl+E: opens the export dialog (non-modal in tests' terms)
    QAction *exportAction() const { return m_export; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void applyQuery();
    void showMessage(const QString &text); // empty hides the bar
    void flowsLoaded();
    void restoreSettings();
    void saveSettings() const;
    void signIn();
    QString accountKey() const;

    StudioClient *m_client; // not owned
    FlowsModel *m_flows;
    ExecutionsModel *m_executions;
    FlowPicker *m_picker;
    DateRangeBar *m_range;
    ExecutionsView *m_view;
    DetailPane *m_detail;
    QSplitter *m_splitter;
    QLabel *m_messageBar;
    QAction *m_refresh;
    QAction *m_signIn;
    QAction *m_export;
    bool m_demo = false;
};

} // namespace flowscope
