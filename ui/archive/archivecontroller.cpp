#include "archivecontroller.h"

#include "accounts/secretstore.h"
#include "archive/archivekey.h"
#include "archive/archiveservice.h"
#include "executions/executionsmodel.h"

#include <QLocale>

namespace flowscope {

ArchiveController::ArchiveController(
    StudioClient *client, ExecutionsModel *model, SecretStore *keychain, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
    , m_keychain(keychain)
{
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] { syncNow(); });
}

ArchiveController::~ArchiveController()
{
    blockSignals(true); // the window's other parts may be gone already
    close();
}

void ArchiveController::setProfile(const QString &profile)
{
    const QString key = profile.isEmpty() ? m_client->settings().credentials.accountSid : profile;
    m_profile = key;
    m_settings = ArchiveSettings::load(key);
    apply();
}

void ArchiveController::setEphemeral(bool ephemeral)
{
    if (ephemeral == bool(m_ephemeral))
        return;
    m_ephemeral = ephemeral ? std::make_unique<QTemporaryDir>() : nullptr;
    if (!m_profile.isEmpty())
        apply(); // the archive it had opened, opened again where it now belongs
}

ArchiveLocation ArchiveController::defaultLocation() const
{
    ArchiveLocation location = ArchiveLocation::defaultFor(m_profile);
    if (m_ephemeral)
        location.path = m_ephemeral->filePath(QStringLiteral("demo-archive.db"));
    return location;
}

void ArchiveController::setSettings(const ArchiveSettings &settings, const QString &password)
{
    m_settings = settings;
    m_settings.save(m_profile);
    QString why;
    const auto location = settings.where(m_profile, &why);
    if (password.isEmpty() || !location || location->isSqlite()) {
        apply();
        return;
    }
    const QPointer<ArchiveController> alive(this);
    m_keychain->write(ArchiveKey::passwordEntryFor(*location), password,
        [alive](SecretStore::Status status, const QString &error) {
            if (!alive)
                return;
            if (status != SecretStore::Status::Ok)
                Q_EMIT alive->failed(
                    tr("The archive's password could not be kept in the keychain: %1").arg(error));
            alive->apply();
        });
}

void ArchiveController::close()
{
    ++m_attempt;
    m_timer.stop();
    if (m_model)
        m_model->setOlderExecutions(nullptr);
    const bool wasOpen = m_service && m_service->isOpen();
    m_service.reset();
    if (wasOpen)
        Q_EMIT serviceChanged(nullptr);
}

void ArchiveController::apply()
{
    close();
    m_error.clear();
    const QString account = m_client->settings().credentials.accountSid;
    if (!m_settings.enabled || account.isEmpty()) {
        Q_EMIT changed();
        return;
    }
    QString why;
    auto location = m_settings.where(m_profile, &why);
    if (location && m_settings.location.trimmed().isEmpty())
        location = defaultLocation();
    if (!location) {
        m_error = why;
        Q_EMIT failed(why);
        Q_EMIT changed();
        return;
    }
    const quint64 attempt = m_attempt;
    ArchiveKey::obtain(m_keychain, *location, account, true, this,
        [this, attempt, location = *location, account](const ArchiveKey &key) {
            if (attempt != m_attempt)
                return; // the settings changed meanwhile
            if (key.status != ArchiveKey::Status::Ok) {
                m_error = key.message;
                Q_EMIT failed(key.message);
                Q_EMIT changed();
                return;
            }
            auto service = std::make_unique<ArchiveService>();
            connect(service.get(), &ArchiveService::opened, this,
                [this, attempt](const ArchiveError &error) {
                    if (attempt != m_attempt)
                        return;
                    if (error.isError() || !m_service->isOpen()) {
                        m_error = error.message;
                        m_service.reset();
                        Q_EMIT failed(m_error);
                        Q_EMIT changed();
                        return;
                    }
                    if (m_model)
                        m_model->setOlderExecutions(m_service.get());
                    Q_EMIT serviceChanged(m_service.get());
                    m_timer.start(m_settings.syncMinutes * 60'000);
                    Q_EMIT changed();
                    syncNow(); // what happened since the window last ran
                });
            connect(service.get(), &ArchiveService::syncProgress, this,
                [this](const ArchiveSyncCounts &counts) {
                    Q_EMIT syncProgress(counts);
                    Q_EMIT changed();
                });
            connect(service.get(), &ArchiveService::syncFinished, this, [this](const ApiError &e) {
                m_error = e.isError() && e.kind != ApiError::Kind::Cancelled ? e.userMessage()
                                                                             : QString();
                Q_EMIT syncFinished(e.isError() ? e.userMessage() : QString());
                Q_EMIT changed();
            });
            m_service = std::move(service);
            ArchiveLocation where = location;
            if (!key.password.isEmpty())
                where.password = key.password; // for the connection only
            m_service->open(where, key.key, account, true);
        });
}

bool ArchiveController::syncNow()
{
    if (!m_service || !m_service->isOpen())
        return false;
    ArchiveSyncOptions options; // every flow, contexts, four side by side
    options.related = m_settings.related;
    const bool started = m_service->sync(m_client->settings(), options, m_settings.keepDays);
    if (started)
        Q_EMIT changed();
    return started;
}

void ArchiveController::cancelSync()
{
    if (m_service)
        m_service->cancelSync();
}

bool ArchiveController::isSyncing() const
{
    return m_service && m_service->isSyncing();
}

QString ArchiveController::statusText() const
{
    if (!m_settings.enabled)
        return tr("Archive off");
    if (!m_service || !m_service->isOpen())
        return m_error.isEmpty() ? tr("Archive: opening…") : tr("Archive: ⚠ %1").arg(m_error);
    if (m_service->isSyncing())
        return tr("Archive: syncing… %1 written")
            .arg(QLocale().toString(m_service->lastCounts().written));
    if (!m_error.isEmpty())
        return tr("Archive: ⚠ %1").arg(m_error);
    return tr("Archive: %1").arg(m_service->syncedText());
}

} // namespace flowscope
