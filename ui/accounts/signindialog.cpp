#include "signindialog.h"

#include "api/sid.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace flowscope {

SignInDialog::SignInDialog(QWidget *parent)
    : QDialog(parent)
    , m_useToken(new QRadioButton(tr("Account SID and Auth Token"), this))
    , m_useKey(new QRadioButton(tr("API key and secret"), this))
    , m_account(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_keySid(new QLineEdit(this))
    , m_keySecret(new QLineEdit(this))
    , m_region(new QComboBox(this))
    , m_edge(new QComboBox(this))
    , m_baseUrl(new QLineEdit(this))
    , m_profileName(new QLineEdit(this))
    , m_remember(new QCheckBox(
          tr("Remember as a profile (the secret goes to the keychain, never to a file)"), this))
    , m_message(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_result(new QLabel(this))
    , m_test(new QPushButton(tr("Test connection"), this))
    , m_signIn(new QPushButton(tr("Sign in"), this))
{
    setWindowTitle(tr("Sign in to Twilio"));
    m_useToken->setChecked(true);
    m_account->setPlaceholderText(u"AC…"_s);
    m_account->setAccessibleName(tr("Account SID"));
    m_account->setToolTip(
        tr("AC followed by 32 hexadecimal digits, from the Twilio Console's dashboard"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setAccessibleName(tr("Auth Token"));
    m_token->setToolTip(tr("Kept in memory for this session, or by the system keychain when "
                           "remembered as a profile; never in a file"));
    m_keySid->setPlaceholderText(u"SK…"_s);
    m_keySid->setAccessibleName(tr("API key SID"));
    m_keySid->setToolTip(tr("SK followed by 32 hexadecimal digits"));
    m_keySecret->setEchoMode(QLineEdit::Password);
    m_keySecret->setAccessibleName(tr("API key secret"));
    m_keySecret->setToolTip(tr("Kept in memory for this session, or by the system keychain when "
                               "remembered as a profile; never in a file"));
    m_region->setEditable(true);
    m_region->addItems({ QString(), u"us1"_s, u"ie1"_s, u"au1"_s });
    m_region->setAccessibleName(tr("Region"));
    m_region->setToolTip(tr("Leave empty for the default (us1)"));
    m_edge->setEditable(true);
    m_edge->addItems({ QString(), u"ashburn"_s, u"dublin"_s, u"frankfurt"_s, u"sydney"_s,
        u"tokyo"_s, u"singapore"_s, u"sao-paulo"_s, u"umatilla"_s });
    m_edge->setAccessibleName(tr("Edge"));
    m_edge->setToolTip(tr("Leave empty for the default; an edge alone means region us1"));
    m_baseUrl->setPlaceholderText(tr("Advanced: another API origin, e.g. http://127.0.0.1:8080"));
    m_baseUrl->setAccessibleName(tr("Base URL"));
    m_baseUrl->setToolTip(tr("Only for a sandbox or proxy; plain http only for loopback hosts"));
    m_profileName->setPlaceholderText(tr("e.g. support-us1"));
    m_profileName->setAccessibleName(tr("Profile name"));
    m_profileName->setToolTip(tr("A name for these credentials, to switch between accounts later"));
    m_remember->setAccessibleName(tr("Remember as a profile"));
    m_remember->setToolTip(
        tr("Saves the profile; the Auth Token or secret is kept by the system keychain"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Why sign in"));
    m_message->hide();
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Form problem"));
    QPalette warn = m_problem->palette();
    warn.setColor(QPalette::WindowText, QColor(0xb0, 0x30, 0x20));
    m_problem->setPalette(warn);
    m_result->setWordWrap(true);
    m_result->setAccessibleName(tr("Connection test result"));
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_test->setAccessibleName(tr("Test connection"));
    m_test->setToolTip(tr("Ask Twilio for one flow with these credentials"));
    m_signIn->setDefault(true);
    m_signIn->setAccessibleName(tr("Sign in"));

    auto *form = new QFormLayout;
    auto *kind = new QHBoxLayout;
    kind->addWidget(m_useToken);
    kind->addWidget(m_useKey);
    form->addRow(tr("Sign in with"), kind);
    form->addRow(tr("Account SID"), m_account);
    form->addRow(tr("Auth Token"), m_token);
    form->addRow(tr("API key SID"), m_keySid);
    form->addRow(tr("API key secret"), m_keySecret);
    form->addRow(tr("Region"), m_region);
    form->addRow(tr("Edge"), m_edge);
    form->addRow(tr("Base URL"), m_baseUrl);
    form->addRow(QString(), m_remember);
    form->addRow(tr("Profile name"), m_profileName);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &SignInDialog::testConnection);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("FlowScope needs Twilio credentials that may read Studio. The "
                                    "secret stays in memory for this session, or in the system "
                                    "keychain if you remember it as a profile."),
        this));
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    connect(m_remember, &QCheckBox::toggled, this, &SignInDialog::validate);
    for (QLineEdit *edit : { m_account, m_token, m_keySid, m_keySecret, m_baseUrl, m_profileName })
        connect(edit, &QLineEdit::textChanged, this, &SignInDialog::validate);
    for (QComboBox *box : { m_region, m_edge })
        connect(box, &QComboBox::currentTextChanged, this, &SignInDialog::validate);
    for (QRadioButton *radio : { m_useToken, m_useKey })
        connect(radio, &QRadioButton::toggled, this, &SignInDialog::validate);
    validate();
    resize(520, sizeHint().height());
    // The names tests and tools find the parts by.
    m_problem->setObjectName(u"problemLabel"_s);
    m_profileName->setObjectName(u"profileName"_s);
    m_baseUrl->setObjectName(u"baseUrl"_s);
    m_useKey->setObjectName(u"useApiKey"_s);
    m_signIn->setObjectName(u"signInButton"_s);
}

SignInDialog::~SignInDialog() = default;

std::optional<ClientSettings> SignInDialog::settings(QString *why) const
{
    ClientSettings settings;
    const QString account = m_account->text().trimmed();
    settings.credentials = m_useKey->isChecked()
        ? Credentials::apiKey(account, m_keySid->text().trimmed(), m_keySecret->text())
        : Credentials::authToken(account, m_token->text());
    QString problem;
    if (settings.credentials.secret.isEmpty() && m_secretStored) {
        // Editing a saved profile: an empty secret keeps the stored one.
        settings.credentials.secret = u"stored"_s;
        const bool ok = settings.credentials.isValid(&problem);
        settings.credentials.secret.clear();
        if (!ok) {
            if (why)
                *why = problem;
            return std::nullopt;
        }
    } else if (!settings.credentials.isValid(&problem)) {
        if (why)
            *why = problem;
        return std::nullopt;
    }
    if (m_remember->isChecked()) {
        const auto remembered = profile();
        if (!remembered) {
            if (why)
                *why = tr("Give the profile a name: letters, digits, spaces, dots, dashes or "
                          "underscores.");
            return std::nullopt;
        }
    }
    QProcessEnvironment env;
    env.insert(u"TWILIO_REGION"_s, m_region->currentText().trimmed());
    env.insert(u"TWILIO_EDGE"_s, m_edge->currentText().trimmed());
    const auto origin = ApiOrigin::resolve(m_baseUrl->text().trimmed(), env, &problem);
    if (!origin) {
        if (why)
            *why = problem;
        return std::nullopt;
    }
    settings.origin = *origin;
    return settings;
}

void SignInDialog::validate()
{
    const bool key = m_useKey->isChecked();
    m_token->setEnabled(!key);
    m_keySid->setEnabled(key);
    m_keySecret->setEnabled(key);
    QString why;
    const bool ok = settings(&why).has_value();
    // Say nothing about an untouched form; explain as soon as something was typed.
    const bool touched = !m_account->text().isEmpty() || !m_token->text().isEmpty()
        || !m_keySid->text().isEmpty() || !m_keySecret->text().isEmpty()
        || !m_baseUrl->text().isEmpty();
    m_problem->setText(ok || !touched ? QString() : why);
    m_signIn->setEnabled(ok);
    m_profileName->setEnabled(m_remember->isChecked());
    m_test->setEnabled(ok && !m_probe && !(m_secretStored && secret().isEmpty()));
    m_result->clear();
}

void SignInDialog::setProfile(const Profile &profile, bool secretKnown)
{
    m_remember->setChecked(true);
    m_profileName->setText(profile.name);
    m_account->setText(profile.accountSid);
    m_useKey->setChecked(profile.usesApiKey());
    m_useToken->setChecked(!profile.usesApiKey());
    m_keySid->setText(profile.apiKeySid);
    m_region->setCurrentText(profile.region);
    m_edge->setCurrentText(profile.edge);
    m_baseUrl->setText(profile.baseUrl);
    m_secretStored = secretKnown;
    (profile.usesApiKey() ? m_keySecret : m_token)
        ->setPlaceholderText(
            secretKnown ? tr("(stored in the keychain: leave empty to keep it)") : QString());
    validate();
}

std::optional<Profile> SignInDialog::profile() const
{
    if (!m_remember->isChecked())
        return std::nullopt;
    Profile p;
    p.name = m_profileName->text().trimmed();
    p.accountSid = canonicalSid(m_account->text().trimmed(), "AC");
    if (m_useKey->isChecked())
        p.apiKeySid = canonicalSid(m_keySid->text().trimmed(), "SK");
    p.region = m_region->currentText().trimmed();
    p.edge = m_edge->currentText().trimmed();
    p.baseUrl = m_baseUrl->text().trimmed();
    if (!p.isValid())
        return std::nullopt;
    return p;
}

QString SignInDialog::secret() const
{
    return m_useKey->isChecked() ? m_keySecret->text() : m_token->text();
}

void SignInDialog::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void SignInDialog::testConnection()
{
    QString why;
    const auto candidate = settings(&why);
    if (!candidate) {
        m_result->setText(why);
        return;
    }
    ClientSettings probe = *candidate;
    probe.retry.maxAttempts = 2;
    probe.transferTimeoutMs = 15'000;
    m_probeClient.setSettings(probe);
    m_result->setText(tr("Testing…"));
    m_test->setEnabled(false);
    m_probe.reset(m_probeClient.get(m_probeClient.flowsUrl(1)));
    connect(m_probe.get(), &ApiReply::finished, this, [this] {
        const ApiError error = m_probe->error();
        const QByteArray body = m_probe->body();
        m_probe.reset();
        m_test->setEnabled(true);
        if (error.isError()) {
            m_result->setText(u"✗ "_s + error.userMessage());
            return;
        }
        const QJsonObject page = QJsonDocument::fromJson(body).object();
        const bool any = !page.value(u"flows"_s).toArray().isEmpty();
        m_result->setText(any
                ? tr("✓ Connected: these credentials can read this account's Studio flows.")
                : tr("✓ Connected, but this account has no Studio flows yet."));
    });
}

} // namespace flowscope
