#pragma once

// The current execution: a header (SID, status, contact, times, a Console link, "End execution"
// for active ones) and four tabs — the context as a tree, the steps with each step's context and
// what Twilio said there (its messages, calls and Debugger alerts, marked on the steps and as
// error codes on the diagram), the path on the flow's diagram (the revision it ran on), and the
// raw JSON. A newer selection
// cancels what an older one still waits for, so another row's data is never shown. The Diagram
// tab can instead show where all the analysed executions went ("All analysed"): counts on the
// flow as it is now, and a click on a box or an edge lists the executions that passed there.

#include "api/studioclient.h"
#include "archive/archive.h"
#include "diagram/definitionloader.h"
#include "diagram/flowpath.h"
#include "diagram/flowtraffic.h"
#include "executions/executionstore.h"
#include "outcome/outcomecache.h"
#include "related/relatedfetch.h"
#include "util/worker.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QToolButton;

namespace flowscope {

class ElidedLabel;

class ArchiveService;
class ContextLoader;
class EndExecution;
class FlowCanvas;
class JsonDocument;
class RevisionComparer;
class JsonTreeWidget;
class RelatedPanel;
class StepsModel;

class DetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailPane)

public:
    enum Tab { ContextTab, StepsTab, DiagramTab, RawTab };
    // Under the steps: the selected step's context, or what Twilio said there.
    enum StepTab { StepContextTab, TwilioSaidTab };

    explicit DetailPane(StudioClient *client, QWidget *parent = nullptr);
    ~DetailPane() override;

    void setExecution(const Execution &execution); // an invalid one clears the pane
    // Where what Twilio kept beside each execution is read (shared with the outcomes); none: it
    // is not read.
    void setRelatedSession(RelatedSession *session) { m_relatedSession = session; }
    // What Twilio said about the execution shown, once read.
    const std::optional<RelatedResources> &related() const { return m_related; }
    const Execution &execution() const { return m_execution; }
    // The account's archive (null: none): an execution older than Twilio keeps, or one Twilio
    // cannot be reached for or no longer has, is shown from it — its context and steps.
    void setArchive(ArchiveService *archive);
    bool shownFromArchive() const { return m_fromArchive; }

    // Asked before ending an execution; a test may answer for the person.
    void setConfirmation(std::function<bool(const QString &question)> confirm)
    {
        m_confirm = std::move(confirm);
    }
    void endExecution();
    void focusContext();

    // The path drawn, once both the definition and the steps are in.
    const std::optional<FlowPath> &path() const { return m_path; }
    // Where the executions went (the "All analysed" button): asks `source` for them each time it
    // counts — when turned on, and on recountTraffic() (the window calls it as analyses finish).
    void setTrafficSource(std::function<TrafficRequest()> source)
    {
        m_trafficSource = std::move(source);
    }
    void showTraffic(bool on);
    bool showsTraffic() const { return m_trafficOn; }
    void recountTraffic();
    // The counts drawn, once the definition is in and they are counted.
    const std::optional<FlowTraffic> &traffic() const { return m_traffic; }
    // The Diagram tab's "Compare with revision…": the revision the execution ran on against
    // another, drawn on the canvas with the list of changes beside it.
    RevisionComparer *revisionComparer() const { return m_comparer; }
    void copyDiagram();
    void saveDiagram(const QString &path); // empty: asks where
    QString contextJson() const { return QString::fromUtf8(m_contextJson); }

    static QString consoleUrl(const QString &flowSid, const QString &executionSid);

Q_SIGNALS:
    void executionShown(const QString &executionSid); // another one, or none (empty)
    void contextShown(const QString &executionSid);
    void relatedShown(const QString &executionSid); // what Twilio said is read and shown
    void diagramShown(const QString &executionSid);
    void trafficShown(); // the counts are drawn
    void comparisonShown(); // two revisions compared are drawn
    // A box or an edge of the counts was clicked: the table should list these, saying why.
    void executionsChosen(const QStringList &executionSids, const QString &why);
    void executionEnded(const QByteArray &executionJson); // the API's answer, for the table
    void message(const QString &text); // for the status bar

private:
    // The pane, built in steps.
    void buildHeader();
    void connectContext();
    QWidget *buildStepsTab();
    QWidget *buildRawTab();
    QWidget *buildDiagramTab();
    void connectDiagram();
    void layOut();

    void showHeader();
    void contextArrived(const QString &key, const QByteArray &json);
    void contextFailed(const QString &key, const ApiError &error);
    void readArchive(); // the execution shown, from the archive
    void archivedRead(
        quint64 ticket, const std::optional<ArchivedExecution> &row, const ArchiveError &error);
    void stepContextArrived(const QString &key, const QByteArray &json);
    void readRelated(); // once the context and the steps are in
    void relatedArrived(const RelatedResources &related);
    void showRelatedAlarms(); // the error codes on the diagram's boxes
    void showRaw();
    void loadDiagram();
    void drawDiagram();
    void boxChosen(int box); // a click on the canvas: its visits, or the executions that passed
    void edgeChosen(int edge);
    void trafficDefinitionArrived(const DiagramSource &source);
    void trafficCounted(const DiagramSource &source, const FlowTraffic &traffic);
    QString boxName(int box) const; // of the counts drawn
    // `done` gets the document, or null and why the text is not JSON.
    using ParsedJson = std::pair<std::shared_ptr<JsonDocument>, QString>;
    void parseThen(
        Handoff &handoff, const QByteArray &json, std::function<void(const ParsedJson &)> done);

    StudioClient *m_client; // not owned
    QPointer<ArchiveService> m_archive; // not owned
    quint64 m_archiveTicket = 0; // the read this selection waits for
    quint64 m_revisionTicket = 0; // the archived revision its diagram waits for
    bool m_fromArchive = false;
    ContextLoader *m_contextLoader;
    ContextLoader *m_stepLoader;
    StepsModel *m_steps;
    Execution m_execution;
    QByteArray m_contextJson;
    bool m_rawShown = false;
    Handoff m_contextParse { this };
    Handoff m_stepContextParse { this };
    std::function<bool(const QString &)> m_confirm;
    std::unique_ptr<EndExecution> m_ending;
    RelatedSession *m_relatedSession = nullptr; // not owned
    RelatedFetch *m_relatedFetch = nullptr; // child, when there is a session
    std::optional<RelatedResources> m_related;
    DefinitionLoader *m_definitions;
    std::optional<DiagramSource> m_source;
    std::optional<FlowPath> m_path;
    int m_boxClicks = 0; // repeated clicks on a box step through its visits
    int m_lastBox = -1;
    std::function<TrafficRequest()> m_trafficSource;
    bool m_trafficOn = false;
    TrafficRequest m_trafficRequest;
    std::optional<FlowTraffic> m_traffic;
    std::shared_ptr<const FlowDefinition> m_trafficDefinition;
    Handoff m_trafficCount { this };

    QLabel *m_placeholder;
    QWidget *m_content;
    ElidedLabel *m_sid;
    QToolButton *m_copySid;
    QToolButton *m_copyLink; // a flowscope:// link, for a ticket
    QLabel *m_status;
    ElidedLabel *m_contact;
    QLabel *m_times;
    QLabel *m_console;
    QPushButton *m_end;
    QTabWidget *m_tabs;
    JsonTreeWidget *m_contextTree;
    QTableView *m_stepsView;
    JsonTreeWidget *m_stepTree;
    QTabWidget *m_stepTabs;
    RelatedPanel *m_relatedPanel;
    QPlainTextEdit *m_raw;
    QPushButton *m_copyRaw;
    FlowCanvas *m_canvas;
    QLabel *m_diagramNote;
    QToolButton *m_trafficButton;
    RevisionComparer *m_comparer;
};

} // namespace flowscope
