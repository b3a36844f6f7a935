#include "keychainsecretstore.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace flowscope {

namespace {

SecretStore::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError: return SecretStore::Status::Ok;
    case QKeychain::EntryNotFound: return SecretStore::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented: return SecretStore::Status::Unavailable;
    default: return SecretStore::Status::Failed;
    }
}

template<typename Job>
Job *makeJob(const QString &key)
{
    auto *job = new Job(QString::fromLatin1(KeychainSecretStore::kService));
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file instead of a keychain
    job->setKey(key);
    return job;
}

// Asks the Secret Service whether its default collection is locked, without blocking: a locked
// collection hides its items, which QtKeychain then reports as not found. `answer` gets false
// when there is no Secret Service or it does not say.
void askWhetherLocked(QObject *context, std::function<void(bool locked)> answer)
{
    if (!QDBusConnection::sessionBus().isConnected()) {
        answer(false); // no session bus: nothing there to be locked
        return;
    }
    QDBusMessage get = QDBusMessage::createMethodCall(u"org.freedesktop.secrets"_s,
        u"/org/freedesktop/secrets/aliases/default"_s, u"org.freedesktop.DBus.Properties"_s,
        u"Get"_s);
    get << u"org.freedesktop.Secret.Collection"_s << u"Locked"_s;
    auto *watcher
        = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(get, 5000), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
        [answer = std::move(answer)](QDBusPendingCallWatcher *call) {
            const QDBusPendingReply<QDBusVariant> reply = *call;
            call->deleteLater();
            answer(!reply.isError() && reply.value().variant().toBool());
        });
}

} // namespace

QString KeychainSecretStore::lockedMessage()
{
    return QCoreApplication::translate("SecretStore",
        "the keychain is locked: unlock it (sign in to the desktop, or open Passwords and Keys) "
        "and try again");
}

void KeychainSecretStore::read(const QString &key, ReadDone done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(key);
    QObject::connect(
        job, &QKeychain::Job::finished, job, [done = std::move(done)](QKeychain::Job *finished) {
            const auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
            const Status status = statusOf(read->error());
            if (status != Status::NotFound) {
                done(status, status == Status::Ok ? read->textData() : QString(),
                    read->errorString());
                return;
            }
            // Not found, or not visible: a locked keychain must not read as a missing secret.
            const QString why = read->errorString();
            askWhetherLocked(QCoreApplication::instance(), [done, why](bool locked) {
                if (locked)
                    done(Status::Locked, QString(), lockedMessage());
                else
                    done(Status::NotFound, QString(), why);
            });
        });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &secret, WriteDone done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(key);
    job->setTextData(secret);
    QObject::connect(
        job, &QKeychain::Job::finished, job, [done = std::move(done)](QKeychain::Job *finished) {
            const Status status = statusOf(finished->error());
            if (status != Status::Failed) {
                done(status, finished->errorString());
                return;
            }
            const QString why = finished->errorString();
            if (!QDBusConnection::sessionBus().isConnected()) {
                done(Status::Unavailable, why); // no session bus: no Secret Service either
                return;
            }
            askWhetherLocked(QCoreApplication::instance(), [done, why](bool locked) {
                done(locked ? Status::Locked : Status::Failed, locked ? lockedMessage() : why);
            });
        });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, WriteDone done)
{
    // Asked first: a locked keychain hides the entry, and deleting what it cannot see "succeeds"
    // — the profile would go and its secret stay behind.
    askWhetherLocked(QCoreApplication::instance(), [key, done = std::move(done)](bool locked) {
        if (locked) {
            done(Status::Locked, lockedMessage());
            return;
        }
        auto *job = makeJob<QKeychain::DeletePasswordJob>(key);
        QObject::connect(job, &QKeychain::Job::finished, job, [done](QKeychain::Job *finished) {
            const Status status = statusOf(finished->error());
            done(status == Status::NotFound ? Status::Ok : status, finished->errorString());
        });
        job->start();
    });
}

QString KeychainSecretStore::description() const
{
    return QCoreApplication::translate("SecretStore", "the system keychain");
}

} // namespace flowscope
