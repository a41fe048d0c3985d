#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

class Vault;
class QWidget;

// Backups as the window offers them: the school's backup settings (kept in the vault, so they
// travel with it), a backup to the chosen folder that keeps the newest N, the offer to back up
// when Lanyard closes, a warning when the last backup is over a week old, and how the school
// stands against the DfE's 3-2-1 rule. Made for one open vault; the window makes a new one
// when it shows another.
class BackupController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupController)
public:
    static constexpr int StaleAfterDays = 7;

    struct Settings
    {
        QString folder; // for example a USB drive; empty until chosen
        int generations = 5;
        bool offerOnClose = true;
        // What the school does with its data, for the 3-2-1 rule. copies counts the vault itself;
        // 0 means not recorded yet.
        int copies = 0;
        int devices = 0;
        bool offSite = false;
    };

    explicit BackupController(Vault& vault, QObject* parent = nullptr);

    Settings settings() const;
    // Needs Permission::ManageSettings.
    bool saveSettings(const Settings& settings, QString* error = nullptr);
    bool canChangeSettings() const;
    bool canBackUp() const;

    // Writes a backup into folder and deletes all but the newest `generations` of this vault's.
    bool backUp(const QString& folder, int generations, QString* writtenTo = nullptr,
                QString* error = nullptr);
    // The same, with the saved settings.
    bool backUpNow(QString* writtenTo = nullptr, QString* error = nullptr);

    // For the main window's closeEvent: when the school wants it, asks whether to back up and
    // does so. false when the user chose to stay, so the window should not close.
    bool offerOnClose(QWidget* parent);
    // The backup settings dialog.
    void showSettings(QWidget* parent);

    // Empty while the last backup is at most StaleAfterDays old; otherwise what to tell the user.
    QString staleWarning() const;
    static QString staleWarning(const QDateTime& lastBackup, const QDateTime& now);
    // "Last backed up 2 days ago, to E:\Backups\…" or "Never backed up."
    QString lastBackupText() const;

    // How the school stands against the DfE's rule, in words: 3 copies, 2 devices, 1 off-site.
    QString ruleStatus() const;
    static QString ruleStatus(int copies, int devices, bool offSite);
    static bool meetsRule(int copies, int devices, bool offSite);

Q_SIGNALS:
    void backedUp(const QString& file);

private:
    Vault& m_vault;
};
