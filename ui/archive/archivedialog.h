#pragma once

// Profiles ▸ Archive…: whether this account's executions are kept past Twilio's 30 days, where
// (the encrypted file of the profile, another file, or a team's PostgreSQL), for how long and how
// often the window syncs — with Sync now, its progress and Cancel, and what the archive holds.

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace flowscope {

class ArchiveController;

class ArchiveDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveDialog)

public:
    explicit ArchiveDialog(ArchiveController *controller, QWidget *parent = nullptr);
    ~ArchiveDialog() override;

    // What the fields say, saved and applied (also what OK does).
    void apply();

private:
    void refresh(); // the buttons and labels from the controller's state
    void readHolds();

    ArchiveController *m_controller; // not owned
    QCheckBox *m_enabled;
    QLineEdit *m_location;
    QLineEdit *m_password; // a PostgreSQL archive's, for the keychain
    QSpinBox *m_keep;
    QSpinBox *m_interval;
    QCheckBox *m_related;
    QPushButton *m_sync;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_holds;
    QDialogButtonBox *m_buttons;
};

} // namespace flowscope
