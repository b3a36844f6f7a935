#include "secretstore.h"

#include <QCoreApplication>

namespace flowscope {

void MemorySecretStore::read(const QString &key, ReadDone done)
{
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.cend())
        done(Status::NotFound, {},
            QCoreApplication::translate("SecretStore", "No secret is stored for this profile."));
    else
        done(Status::Ok, *it, {});
}

void MemorySecretStore::write(const QString &key, const QString &secret, WriteDone done)
{
    m_secrets.insert(key, secret);
    done(Status::Ok, {});
}

void MemorySecretStore::remove(const QString &key, WriteDone done)
{
    m_secrets.remove(key);
    done(Status::Ok, {});
}

QString MemorySecretStore::description() const
{
    return QCoreApplication::translate("SecretStore", "memory, for this session only");
}

} // namespace flowscope
