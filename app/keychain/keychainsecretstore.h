#pragma once

// The OS keychain (Secret Service, KWallet, macOS Keychain, Windows Credential Manager) through
// QtKeychain, service "flowscope". Thin on purpose: everything else talks to SecretStore. The
// insecure plain-text fallback of QtKeychain stays off: no keychain means no storage.

#include "accounts/secretstore.h"

namespace flowscope {

class KeychainSecretStore final : public SecretStore
{
public:
    static constexpr const char *kService = "flowscope";
    // What a read, write or remove of a locked keychain says (with Status::Locked).
    static QString lockedMessage();

    void read(const QString &key, ReadDone done) override;
    void write(const QString &key, const QString &secret, WriteDone done) override;
    void remove(const QString &key, WriteDone done) override;
    QString description() const override;
    bool isPersistent() const override { return true; }
};

} // namespace flowscope
