#pragma once

// Ends one execution: POST Status=ended, through the client's ApiReply, which sends it again only
// when the server certainly did nothing with it (a 429, a 503, a refused connection). When the
// answer was uncertain (cut short, a reset, a timeout, a 500, 502 or 504) the reply re-reads the
// execution instead, and its status decides here: ended is success, still active a failure that
// says the request may not have arrived. This class retries nothing itself.

#include "api/apierror.h"
#include "api/studioclient.h"

#include <QObject>

namespace flowscope {

class EndExecution final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndExecution)

public:
    enum class Result { Pending, Ended, StillActive, Failed };
    Q_ENUM(Result)

    EndExecution(StudioClient *client, const QString &flowSid, const QString &executionSid,
        QObject *parent = nullptr);

    void start();
    void abort(); // no finished() afterwards

    QString flowSid() const { return m_flowSid; }
    QString executionSid() const { return m_executionSid; }
    Result result() const { return m_result; }
    // The execution as the API last gave it (the POST's answer, or the re-read); empty when none.
    const QByteArray &executionJson() const { return m_json; }
    const ApiError &error() const { return m_error; }
    // True when the answer to the POST was uncertain and a re-read told what happened.
    bool confirmedByReRead() const { return m_reRead; }
    // One sentence for a person: "Ended FN…", "Could not end FN…: …".
    QString message() const;

Q_SIGNALS:
    void finished();
    void retrying(qint64 delayMs, const flowscope::ApiError &reason);

private:
    StudioClient *m_client; // not owned
    QString m_flowSid;
    QString m_executionSid;
    ApiReplyPtr m_reply;
    Result m_result = Result::Pending;
    QByteArray m_json;
    ApiError m_error;
    bool m_reRead = false;
};

} // namespace flowscope
