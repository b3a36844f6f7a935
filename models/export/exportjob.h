#pragma once

// One export from the window, start to finish: rows of the table (selected or all loaded), or
// every execution of the query (the time-sliced crawl), with contexts fetched with bounded
// concurrency when asked for, written through an ExportFile (QSaveFile, or a workbook written
// off the window's thread). It completes — the file appears whole —
// or fails or is cancelled, and then an existing file is left exactly as it was.

#include "api/studioclient.h"
#include "exportcrawl.h"
#include "exportfile.h"
#include "exportformat.h"

#include <QObject>
#include <QPointer>

#include <deque>
#include <memory>

namespace flowscope {

class ExecutionsModel;

struct ExportRequest
{
    enum class Scope { Rows, Query, Given };
    Scope scope = Scope::Rows;
    QList<int> rows; // Scope::Rows: source rows of the executions model, in output order
    QList<Execution> executions; // Scope::Given: these (search results, of any flows), in order
    CrawlOptions crawl; // Scope::Query
    int slices = 4;
    ExportOptions format;
    QString path;
};

class ExportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportJob)

public:
    // model: the table the rows come from (Scope::Rows); if it is reset meanwhile, the job fails.
    ExportJob(StudioClient *client, ExecutionsModel *model, const ExportRequest &request,
        QObject *parent = nullptr);
    ~ExportJob() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    qint64 rowsWritten() const { return m_rows; }

Q_SIGNALS:
    void progress(qint64 rows, qint64 total); // total -1: not known yet (a crawl)
    void finished(bool ok, qint64 rows, const QString &message);

private:
    bool modelUnchanged(); // false, and the job finished, when the table was reset under it
    qsizetype rowTotal() const;
    Execution executionAt(qsizetype k) const;
    const Outcome *outcomeAt(
        qsizetype k) const; // null when not known (or not rows) // the k-th to write
    void writeRowsBatch();
    void pumpContexts();
    void write(const QByteArray &bytes);
    void finish(bool ok, const QString &message); // then the file is put in place or dropped
    void complete(bool ok, const QString &message);

    StudioClient *m_client; // not owned
    QPointer<ExecutionsModel> m_model;
    quint64 m_generation = 0;
    ExportRequest m_request;
    RowRenderer m_renderer;
    std::unique_ptr<ExportFile> m_file;
    std::unique_ptr<ExportCrawl> m_crawl;
    qsizetype m_next = 0; // Scope::Rows: next row to write
    // Contexts for Scope::Rows: fetched ahead of the writing position, a few at a time.
    struct PendingContext
    {
        qsizetype index = 0;
        ApiReplyPtr reply;
        QByteArray json;
        bool done = false;
    };
    std::deque<PendingContext> m_contexts;
    qsizetype m_nextContext = 0;
    qint64 m_rows = 0;
    bool m_running = false;
    bool m_finished = false;
};

} // namespace flowscope
