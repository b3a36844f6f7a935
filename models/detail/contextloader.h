#pragma once

// Fetches one execution's (or step's) context — the Context resource is the source of truth, the
// list's context may be empty — and hands over its exact JSON text. A newer load cancels the older.

#include "api/apierror.h"
#include "api/studioclient.h"

#include <QObject>

namespace flowscope {

class ContextLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContextLoader)

public:
    explicit ContextLoader(StudioClient *client, QObject *parent = nullptr);

    void loadExecution(const QString &flowSid, const QString &executionSid);
    void loadStep(const QString &flowSid, const QString &executionSid, const QString &stepSid);
    void cancel();
    bool isLoading() const { return bool(m_reply); }
    QString currentKey() const { return m_key; } // the execution or step SID asked for last

    // The "context" member of a Context resource body, byte for byte; empty when missing.
    static QByteArray contextMember(const QByteArray &body);

Q_SIGNALS:
    void loaded(const QString &key, const QByteArray &contextJson);
    void failed(const QString &key, const flowscope::ApiError &error);

private:
    void load(const QUrl &url, const QString &key);

    StudioClient *m_client; // not owned
    ApiReplyPtr m_reply;
    QString m_key;
};

} // namespace flowscope
