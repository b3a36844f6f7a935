#pragma once

// Where secrets live: the OS keychain in the application (a thin QtKeychain adapter in app/), or
// memory — for tests, and for a session whose machine has no keychain. Never plain text on disk.
// Calls are asynchronous, as keychains are; callbacks run on the caller's thread.

#include <QHash>
#include <QString>

#include <functional>

namespace flowscope {

class SecretStore
{
public:
    // Locked: the keychain is there but locked — its entries are kept, only hidden until unlocked.
    enum class Status { Ok, NotFound, Unavailable, Locked, Failed };
    using ReadDone
        = std::function<void(Status status, const QString &secret, const QString &error)>;
    using WriteDone = std::function<void(Status status, const QString &error)>;

    virtual ~SecretStore() = default;
    virtual void read(const QString &key, ReadDone done) = 0;
    virtual void write(const QString &key, const QString &secret, WriteDone done) = 0;
    virtual void remove(const QString &key, WriteDone done) = 0;
    // "the system keychain", "memory (this session only)"
    virtual QString description() const = 0;
    virtual bool isPersistent() const = 0;
};

// Secrets kept for this process only. Callbacks run before the call returns.
class MemorySecretStore final : public SecretStore
{
public:
    void read(const QString &key, ReadDone done) override;
    void write(const QString &key, const QString &secret, WriteDone done) override;
    void remove(const QString &key, WriteDone done) override;
    QString description() const override;
    bool isPersistent() const override { return false; }
    qsizetype count() const { return m_secrets.size(); }

private:
    QHash<QString, QString> m_secrets;
};

} // namespace flowscope
