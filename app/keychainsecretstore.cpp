#include "keychainsecretstore.h"

#include <QCoreApplication>

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

} // namespace

void KeychainSecretStore::read(const QString &key, ReadDone done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(key);
    QObject::connect(
        job, &QKeychain::Job::finished, job, [done = std::move(done)](QKeychain::Job *finished) {
            const auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
            done(statusOf(read->error()),
                read->error() == QKeychain::NoError ? read->textData() : QString(),
                read->errorString());
        });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &secret, WriteDone done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(key);
    job->setTextData(secret);
    QObject::connect(
        job, &QKeychain::Job::finished, job, [done = std::move(done)](QKeychain::Job *finished) {
            done(statusOf(finished->error()), finished->errorString());
        });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, WriteDone done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(key);
    QObject::connect(
        job, &QKeychain::Job::finished, job, [done = std::move(done)](QKeychain::Job *finished) {
            const Status status = statusOf(finished->error());
            done(status == Status::NotFound ? Status::Ok : status, finished->errorString());
        });
    job->start();
}

QString KeychainSecretStore::description() const
{
    return QCoreApplication::translate("SecretStore", "the system keychain");
}

} // namespace flowscope
