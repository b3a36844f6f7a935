#include "exportjob.h"

#include "util/outputfile.h"

#include "detail/contextloader.h"
#include "executions/executionsmodel.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTimer>

namespace flowscope {

namespace {

constexpr int kContextConcurrency = 8;
constexpr int kRowsPerBatch = 2000; // then back to the event loop: the window stays responsive

} // namespace

ExportJob::ExportJob(
    StudioClient *client, ExecutionsModel *model, const ExportRequest &request, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
    , m_request(request)
    , m_renderer(request.format, model ? model->query().flowSid : request.crawl.query.flowSid)
{
    if (model)
        m_generation = model->generation();
}

ExportJob::~ExportJob() = default; // an uncommitted file is cancelled

void ExportJob::start()
{
    m_running = true;
    m_file = std::make_unique<ExportFile>(m_request.path, m_request.format.format);
    if (QString why; !m_file->open(&why)) {
        finish(false, tr("Cannot write %1: %2").arg(m_request.path, why));
        return;
    }
    if (m_request.scope == ExportRequest::Scope::Query) {
        m_crawl = std::make_unique<ExportCrawl>(
            m_client, m_request.crawl, m_request.slices, m_request.format);
        // Slices that wait their turn spool beside the file, where QSaveFile writes too.
        m_crawl->setSpoolDirectory(OutputFile::workingFolder(m_request.path));
        connect(m_crawl.get(), &ExportCrawl::chunkReady, this, &ExportJob::write);
        connect(m_crawl.get(), &ExportCrawl::progress, this, [this](qint64 rows) {
            m_rows = rows;
            Q_EMIT progress(rows, -1);
        });
        connect(m_crawl.get(), &ExportCrawl::finished, this, [this](const ApiError &error) {
            if (error.kind == ApiError::Kind::Cancelled)
                finish(false, tr("Cancelled; nothing was written."));
            else if (error.isError())
                finish(false,
                    tr("The export stopped: %1 Nothing was written.").arg(error.userMessage()));
            else
                finish(true, {});
        });
        m_crawl->start();
        return;
    }
    write(m_renderer.header());
    if (m_request.format.needsContexts())
        pumpContexts();
    else
        QTimer::singleShot(0, this, &ExportJob::writeRowsBatch);
}

void ExportJob::cancel()
{
    if (m_crawl) {
        m_crawl->cancel();
        return;
    }
    finish(false, tr("Cancelled; nothing was written."));
}

void ExportJob::write(const QByteArray &bytes)
{
    if (m_finished || bytes.isEmpty())
        return;
    if (QString reason; !m_file->write(bytes, &reason)) {
        if (m_crawl)
            m_crawl->disconnect(this);
        finish(false,
            tr("Cannot write %1: %2. An existing file was left as it was.")
                .arg(m_request.path, reason));
    }
}

qsizetype ExportJob::rowTotal() const
{
    return m_request.scope == ExportRequest::Scope::Given ? m_request.executions.size()
                                                          : m_request.rows.size();
}

Execution ExportJob::executionAt(qsizetype k) const
{
    return m_request.scope == ExportRequest::Scope::Given ? m_request.executions[k]
                                                          : m_model->executionAt(m_request.rows[k]);
}

const Outcome *ExportJob::outcomeAt(qsizetype k) const
{
    // Rows of the table: what its outcomes are known to be; not known is written as unknown.
    return m_request.scope == ExportRequest::Scope::Rows && m_model
        ? m_model->outcomeAt(m_request.rows[k])
        : nullptr;
}

bool ExportJob::modelUnchanged()
{
    if (m_request.scope == ExportRequest::Scope::Given)
        return true; // a list of its own: no table to be reset under it
    if (m_model && m_model->generation() == m_generation)
        return true;
    finish(false, tr("The table was reset while exporting; nothing was written."));
    return false;
}

void ExportJob::writeRowsBatch()
{
    if (m_finished)
        return;
    if (!modelUnchanged())
        return;
    QByteArray out;
    const qsizetype end = std::min<qsizetype>(m_next + kRowsPerBatch, rowTotal());
    for (; m_next < end; ++m_next)
        out += m_renderer.render(executionAt(m_next), {}, outcomeAt(m_next));
    m_rows = m_next;
    write(out);
    Q_EMIT progress(m_rows, rowTotal());
    if (m_finished)
        return;
    if (m_next < rowTotal())
        QTimer::singleShot(0, this, &ExportJob::writeRowsBatch);
    else
        finish(true, {});
}

void ExportJob::pumpContexts()
{
    if (m_finished)
        return;
    if (!modelUnchanged())
        return;
    // Write every row whose context is in, in order.
    QByteArray out;
    while (!m_contexts.empty() && m_contexts.front().done) {
        PendingContext &head = m_contexts.front();
        out += m_renderer.render(executionAt(head.index), head.json, outcomeAt(head.index));
        m_contexts.pop_front();
        ++m_rows;
    }
    if (!out.isEmpty()) {
        write(out);
        Q_EMIT progress(m_rows, rowTotal());
        if (m_finished)
            return;
    }
    // Keep a few requests in flight ahead of the writing position.
    while (m_nextContext < rowTotal() && qsizetype(m_contexts.size()) < kContextConcurrency) {
        const Execution e = executionAt(m_nextContext);
        PendingContext pending;
        pending.index = m_nextContext++;
        pending.reply.reset(m_client->get(m_client->executionContextUrl(e.flowSid, e.sid)));
        ApiReply *reply = pending.reply.get();
        m_contexts.push_back(std::move(pending));
        connect(reply, &ApiReply::finished, this, [this, reply] {
            for (PendingContext &p : m_contexts) {
                if (p.reply.get() != reply)
                    continue;
                if (reply->error().kind == ApiError::Kind::NotFound) {
                    p.json = "null"; // expired since it was listed
                } else if (reply->error().isError()) {
                    finish(false,
                        tr("A context could not be fetched: %1 Nothing was written.")
                            .arg(reply->error().userMessage()));
                    return;
                } else {
                    p.json = ContextLoader::contextMember(reply->body());
                }
                p.done = true;
                p.reply.reset();
                break;
            }
            QMetaObject::invokeMethod(this, &ExportJob::pumpContexts, Qt::QueuedConnection);
        });
    }
    if (m_contexts.empty() && m_nextContext >= rowTotal())
        finish(true, {});
}

void ExportJob::finish(bool ok, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_contexts.clear();
    if (!ok || !m_file) {
        if (m_file)
            m_file->cancel(); // the target stays as it was
        complete(false, message);
        return;
    }
    // A workbook is zipped on its own thread: the window keeps answering meanwhile.
    m_file->commitAsync(this, [this](bool committed, const QString &why) {
        complete(committed,
            committed ? QString()
                      : tr("Cannot write %1: %2. An existing file was left as it was.")
                            .arg(m_request.path, why));
    });
}

void ExportJob::complete(bool ok, const QString &message)
{
    m_running = false;
    QString text = message;
    if (ok) {
        text = m_rows == 1
            ? tr("Exported 1 execution to %1.").arg(m_request.path)
            : tr("Exported %1 executions to %2.").arg(QLocale().toString(m_rows), m_request.path);
        if (const QString notes = workbookNotes(m_file->workbook()); !notes.isEmpty())
            text += u' ' + notes;
    }
    m_file.reset();
    Q_EMIT finished(ok, m_rows, text);
}

} // namespace flowscope
