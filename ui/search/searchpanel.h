#pragma once

// "Find customer": a contact and/or what they wrote, a range (Last 7 days by default), the flows
// (all by default), and the results of every flow streaming into a table of their own, newest
// first, while the search says what is done and what is left. A flow that fails is listed with
// its error and a Retry; the status never claims a complete search that was not. Selecting a
// result shows it in the detail pane, as a table row does.

#include "api/studioclient.h"
#include "executions/executionstore.h"
#include "search/customersearch.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;
class QVBoxLayout;

namespace flowscope {

class ArchiveService;
class CustomerSearch;
class DateRangeBar;
class FlowsModel;
class ResultsModel;

class SearchPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchPanel)

public:
    SearchPanel(StudioClient *client, FlowsModel *flows, QWidget *parent = nullptr);
    ~SearchPanel() override;

    QLineEdit *contactEdit() const { return m_contact; }
    QLineEdit *countryEdit() const { return m_country; }
    QCheckBox *exactBox() const { return m_exact; }
    QMenu *flowsMenu() const { return m_flowsMenu; }
    QPushButton *searchButton() const { return m_search; }
    QPushButton *cancelButton() const { return m_cancel; }
    ResultsModel *results() const { return m_results; }
    // A Retry button per flow that failed, named by the flow's SID.
    QList<QPushButton *> retryButtons() const;

    // Asked before a text search: how many executions (requests) it will read. A test may answer.
    void setConfirmation(std::function<bool(const QString &question)> confirm)
    {
        m_confirm = std::move(confirm);
    }

    // The account's archive (null: none): a contact is looked for there too, for any date of the
    // range — what Twilio no longer keeps included — filed by the same key, matched by the same
    // matcher.
    void setArchive(ArchiveService *archive);

    void search();
    void cancel();
    void focusContact();
    QList<Execution> selectedResults() const;
    QString selectionAsTsv() const;

Q_SIGNALS:
    void executionSelected(const flowscope::Execution &execution); // invalid: none
    void searchFinished(); // every flow searched or failed, or a text search declined

    void exportRequested();
    void endRequested(); // End executions… on the selected results

private:
    QSortFilterProxyModel *buildResultsTable(); // the results view, set up
    void flowsChanged();
    void run(bool confirmedText); // a text search is counted and confirmed first
    void updateStatus();
    void showFailures();
    QStringList chosenFlows() const;

    void searchArchive(const SearchRequest &request);
    // Once Twilio's flows and the archive have answered: the buttons, the status, searchFinished.
    void finishWhenAllAnswered();

    StudioClient *m_client; // not owned
    QPointer<ArchiveService> m_archive; // not owned
    quint64 m_archiveTicket = 0; // the archive's answer this search waits for; 0: none
    int m_fromArchive = 0; // results only the archive had
    QString m_archiveError;
    bool m_searchedArchive = false; // the last search asked the archive too
    FlowsModel *m_flowsModel; // not owned
    CustomerSearch *m_engine = nullptr; // child
    ResultsModel *m_results;
    std::function<bool(const QString &)> m_confirm;
    QLineEdit *m_contact;
    QCheckBox *m_withText;
    QLineEdit *m_text;
    QLineEdit *m_country;
    QCheckBox *m_exact;
    DateRangeBar *m_range;
    QToolButton *m_flowsButton;
    QMenu *m_flowsMenu;
    QPushButton *m_search;
    QPushButton *m_cancel;
    QPushButton *m_export;
    QPushButton *m_end;
    QLabel *m_status;
    QWidget *m_failures;
    QVBoxLayout *m_failuresLayout;
    QTableView *m_view;
};

} // namespace flowscope
