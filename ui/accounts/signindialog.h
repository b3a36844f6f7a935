#pragma once

// Sign in without credentials in the environment: Account SID + Auth Token, or API key + secret,
// region and edge, and a connection test (one flows request) that explains what went wrong.
// The secret stays in memory, or goes to the keychain when the person remembers it as a
// profile; never to a file.

#include "accounts/profiles.h"
#include "api/studioclient.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace flowscope {

class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    explicit SignInDialog(QWidget *parent = nullptr);
    ~SignInDialog() override;

    // What the form says, if it is complete and well-formed; *why otherwise.
    std::optional<ClientSettings> settings(QString *why = nullptr) const;
    void testConnection();

    // Profiles: fill the form from one (the secret left empty: keep the stored one), and read
    // back the profile to save when "Remember" is ticked.
    void setProfile(const Profile &profile, bool secretKnown);
    std::optional<Profile> profile() const; // nullopt when not to be remembered
    QString secret() const;
    // Why the dialog is shown (no keychain, a secret to enter again…).
    void setMessage(const QString &message);
    QCheckBox *remember() const { return m_remember; }

    QLineEdit *accountSid() const { return m_account; }
    QLineEdit *authToken() const { return m_token; }
    QLineEdit *apiKeySid() const { return m_keySid; }
    QLineEdit *apiSecret() const { return m_keySecret; }
    QLabel *result() const { return m_result; }

private:
    void validate();

    QRadioButton *m_useToken;
    QRadioButton *m_useKey;
    QLineEdit *m_account;
    QLineEdit *m_token;
    QLineEdit *m_keySid;
    QLineEdit *m_keySecret;
    QComboBox *m_region;
    QComboBox *m_edge;
    QLineEdit *m_baseUrl;
    QLineEdit *m_profileName;
    QCheckBox *m_remember;
    QLabel *m_message;
    bool m_secretStored = false; // editing a profile whose secret is in the keychain already
    QLabel *m_problem;
    QLabel *m_result;
    QPushButton *m_test;
    QPushButton *m_signIn;
    StudioClient m_probeClient;
    ApiReplyPtr m_probe;
};

} // namespace flowscope
