#pragma once

// The window's archive for the account signed in: its settings (per profile), the store opened on
// its own thread with the key from the keychain, a sync in the background every so often that
// never blocks the window, and the executions table reading it for what Twilio no longer keeps.
// Off unless the person turns it on.

#include "archive/archivesettings.h"
#include "archive/archivesync.h"

#include <QObject>
#include <QPointer>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

namespace flowscope {

class ArchiveService;
class ExecutionsModel;
class SecretStore;
class StudioClient;

class ArchiveController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveController)

public:
    // keychain: where the archive's key is (not owned).
    ArchiveController(StudioClient *client, ExecutionsModel *model, SecretStore *keychain,
        QObject *parent = nullptr);
    ~ArchiveController() override;

    // Another account or profile: its own settings and archive (profile empty: the account SID).
    void setProfile(const QString &profile);
    QString profile() const { return m_profile; }
    const ArchiveSettings &settings() const { return m_settings; }
    // Saves them for the profile and opens, moves or closes the archive to match. A PostgreSQL
    // password given goes to the keychain first (never to the settings).
    void setSettings(const ArchiveSettings &settings, const QString &password = {});

    // The demo's generated account: its archive (when turned on) is a file in a folder removed
    // when the window closes, with a key kept in memory — nothing of it outlives the session.
    void setEphemeral(bool ephemeral);
    // Where it is when the settings name no place: the profile's own file (or the demo's).
    ArchiveLocation defaultLocation() const;

    ArchiveService *service() const { return m_service.get(); } // null while off or not open
    bool syncNow(); // false when off, not open yet, or one is running
    void cancelSync();
    bool isSyncing() const;
    // "Archive: synced 12 min ago", "Archive: syncing… 1,200 written", "Archive off".
    QString statusText() const;
    QString lastError() const { return m_error; }
    QTimer &timer() { return m_timer; } // the background sync's (tests look at its interval)

Q_SIGNALS:
    void changed(); // statusText() or service() changed
    // The archive the window reads: open now, or null once closed (not for each sync's progress).
    void serviceChanged(flowscope::ArchiveService *service);
    void syncProgress(const flowscope::ArchiveSyncCounts &counts);
    void syncFinished(const QString &error); // empty: done
    void failed(const QString &message); // the archive could not be opened

private:
    void apply();
    void close();

    StudioClient *m_client; // not owned
    QPointer<ExecutionsModel> m_model; // not owned: the window's, which may go first
    SecretStore *m_keychain; // not owned
    QString m_profile;
    ArchiveSettings m_settings;
    std::unique_ptr<ArchiveService> m_service;
    QTimer m_timer;
    QString m_error;
    std::unique_ptr<QTemporaryDir> m_ephemeral; // the demo's folder
    quint64 m_attempt = 0; // the open under way; an older one's answer is dropped
};

} // namespace flowscope
