#include "archivedialog.h"

#include "archivecontroller.h"

#include "archive/archiveservice.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace flowscope {

ArchiveDialog::ArchiveDialog(ArchiveController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_enabled(new QCheckBox(tr("&Keep an archive of this account's executions"), this))
    , m_location(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_keep(new QSpinBox(this))
    , m_interval(new QSpinBox(this))
    , m_related(new QCheckBox(tr("Keep what Twilio &said too: messages, calls, alerts"), this))
    , m_sync(new QPushButton(tr("&Sync now"), this))
    , m_cancel(new QPushButton(tr("Ca&ncel sync"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_holds(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Archive"));
    setObjectName(QStringLiteral("archiveDialog"));
    m_enabled->setObjectName(QStringLiteral("archiveEnabled"));
    m_location->setObjectName(QStringLiteral("archiveLocation"));
    m_password->setObjectName(QStringLiteral("archivePassword"));
    m_keep->setObjectName(QStringLiteral("archiveKeepDays"));
    m_interval->setObjectName(QStringLiteral("archiveSyncMinutes"));
    m_related->setObjectName(QStringLiteral("archiveRelated"));
    m_sync->setObjectName(QStringLiteral("archiveSyncNow"));
    m_cancel->setObjectName(QStringLiteral("archiveCancelSync"));
    m_status->setObjectName(QStringLiteral("archiveLastSync"));
    m_holds->setObjectName(QStringLiteral("archiveHolds"));
    const ArchiveSettings &settings = controller->settings();
    m_enabled->setChecked(settings.enabled);
    m_enabled->setToolTip(tr("Twilio keeps executions 30 days; the archive keeps them on this "
                             "machine, encrypted, for as long as you choose. It holds personal "
                             "data (numbers, messages): it is off until you turn it on."));
    m_location->setText(settings.location);
    m_location->setPlaceholderText(controller->defaultLocation().display());
    m_location->setToolTip(tr("Empty: the profile's own encrypted file. sqlite:PATH for another "
                              "file; postgresql://USER@HOST:PORT/DB?sslmode=require for a "
                              "team's shared archive (its password from PGPASSWORD or "
                              "~/.pgpass, never kept here)."));
    m_location->setAccessibleName(tr("Where the archive is"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("PostgreSQL only; empty: keep the one in the keychain"));
    m_password->setToolTip(tr("Kept in the keychain, never in the settings; PGPASSWORD and a "
                              "password in the URL come first, ~/.pgpass after."));
    m_password->setAccessibleName(tr("The PostgreSQL archive's password"));
    const auto postgres = [this] {
        m_password->setEnabled(
            m_location->text().trimmed().startsWith(QStringLiteral("postgresql://")));
    };
    connect(m_location, &QLineEdit::textChanged, this, postgres);
    postgres();
    m_keep->setRange(0, 100 * 365);
    m_keep->setSuffix(tr(" days"));
    m_keep->setSpecialValueText(tr("forever"));
    m_keep->setValue(settings.keepDays);
    m_keep->setAccessibleName(tr("Keep executions for"));
    m_interval->setRange(1, 24 * 60);
    m_interval->setSuffix(tr(" min"));
    m_interval->setValue(settings.syncMinutes);
    m_interval->setAccessibleName(tr("Sync every"));
    m_keep->setToolTip(tr("How long the archive keeps an execution after it started; 0 keeps it "
                          "forever. Older ones are deleted after each sync."));
    m_interval->setToolTip(tr("How often the window syncs the archive in the background"));
    m_cancel->setToolTip(tr("Stop the sync; what it has written stays"));
    m_related->setChecked(settings.related);
    m_related->setToolTip(tr("Each execution's messages and calls and the Debugger's alerts "
                             "about it, so that why a step failed can be read with Twilio's "
                             "copies gone: a few requests more an execution."));
    m_progress->setRange(0, 0); // busy: a sync does not know how much there is
    m_progress->setTextVisible(false);
    m_status->setWordWrap(true);
    m_holds->setWordWrap(true);
    m_status->setAccessibleName(tr("Last sync"));
    m_holds->setAccessibleName(tr("What the archive holds"));

    auto *form = new QFormLayout;
    form->addRow(m_enabled);
    form->addRow(tr("&Where:"), m_location);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("Keep &for:"), m_keep);
    form->addRow(tr("Sync &every:"), m_interval);
    form->addRow(m_related);
    auto *syncRow = new QHBoxLayout;
    syncRow->addWidget(m_sync);
    syncRow->addWidget(m_cancel);
    syncRow->addWidget(m_progress, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(syncRow);
    layout->addWidget(m_status);
    layout->addWidget(m_holds);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    // Wide enough for a path under the home folder and a PostgreSQL URL.
    setMinimumWidth(fontMetrics().averageCharWidth() * 90);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sync, &QPushButton::clicked, this, [this] {
        if (!m_controller->syncNow())
            refresh();
    });
    connect(m_cancel, &QPushButton::clicked, m_controller, &ArchiveController::cancelSync);
    connect(m_controller, &ArchiveController::changed, this, &ArchiveDialog::refresh);
    connect(m_controller, &ArchiveController::syncFinished, this, &ArchiveDialog::readHolds);
    refresh();
    readHolds();
}

ArchiveDialog::~ArchiveDialog() = default;

void ArchiveDialog::apply()
{
    ArchiveSettings settings;
    settings.enabled = m_enabled->isChecked();
    settings.location = m_location->text().trimmed();
    settings.keepDays = m_keep->value();
    settings.syncMinutes = m_interval->value();
    settings.related = m_related->isChecked();
    m_controller->setSettings(settings, m_password->isEnabled() ? m_password->text() : QString());
    m_password->clear();
}

void ArchiveDialog::refresh()
{
    ArchiveService *service = m_controller->service();
    const bool open = service && service->isOpen();
    const bool syncing = m_controller->isSyncing();
    m_sync->setEnabled(open && !syncing);
    m_sync->setToolTip(open ? QString() : tr("Turn the archive on and press OK first."));
    m_cancel->setEnabled(syncing);
    m_progress->setVisible(syncing);
    QString text = m_controller->statusText();
    if (open && !syncing && service->lastCounts().flows > 0) {
        const ArchiveSyncCounts &c = service->lastCounts();
        text += tr(" — the last one wrote %1 execution(s) of %n flow(s)", nullptr, c.flows)
                    .arg(QLocale().toString(c.written));
    }
    if (open)
        text += u'\n' + service->name();
    m_status->setText(text);
}

void ArchiveDialog::readHolds()
{
    ArchiveService *service = m_controller->service();
    if (!service || !service->isOpen()) {
        m_holds->clear();
        return;
    }
    connect(
        service, &ArchiveService::statusRead, this,
        [this](const QList<ArchivedFlow> &flows, const ArchiveError &error) {
            if (error.isError()) {
                m_holds->setText(error.message);
                return;
            }
            qint64 executions = 0;
            qint64 oldest = kNoTime;
            for (const ArchivedFlow &flow : flows) {
                executions += flow.executions;
                if (flow.oldestMs != kNoTime && (oldest == kNoTime || flow.oldestMs < oldest))
                    oldest = flow.oldestMs;
            }
            m_holds->setText(oldest == kNoTime
                    ? tr("It holds no executions yet.")
                    : tr("It holds %1 execution(s) of %n flow(s), the oldest from %2.", nullptr,
                        int(flows.size()))
                          .arg(QLocale().toString(executions),
                              QLocale().toString(
                                  QDateTime::fromMSecsSinceEpoch(oldest).toLocalTime(),
                                  QLocale::ShortFormat)));
        },
        Qt::SingleShotConnection);
    service->readStatus();
}

} // namespace flowscope
