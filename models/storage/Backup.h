#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

class Vault;
struct VaultError;

// A school's backup: one file holding a consistent, still-encrypted copy of the vault's database
// and its key ring, so it opens with the same passphrases or the recovery key, and with nothing
// else.
//
// Layout: the magic "LANYARD-BACKUP\n"; a manifest (JSON, UTF-8) preceded by its length as 4
// bytes, big-endian; the parts the manifest lists, in its order (the database, then the key
// ring); and last the SHA-256 of everything before it. The manifest carries the format version,
// the vault id, when the backup was made, the Lanyard version, each part's size and SHA-256, and
// the head of the copy's audit chain (entries and newest hash), one of the anchors that show a
// vault rolled back or truncated (ChainAnchors). It names nobody: no school, no user, no pupil.
class Backup final
{
    Q_DECLARE_TR_FUNCTIONS(Backup)
public:
    static constexpr auto Suffix = ".lanyard-backup";
    static constexpr int FormatVersion = 1;
    static constexpr int DefaultGenerations = 5;

    struct Manifest
    {
        int formatVersion = 0;
        QString vaultId;     // KeyRing::vaultId(): tells one school's vault from another's
        QString vaultName;   // NAME of NAME.lanyard
        QDateTime createdAt; // UTC
        QString lanyardVersion;
        int schemaVersion = 0;
        qint64 databaseSize = 0;
        QByteArray databaseSha256; // hex
        qint64 keyRingSize = 0;
        QByteArray keyRingSha256; // hex
        qint64 auditEntries = 0;  // the copy's audit chain head; 0 in a backup made before anchors
        QString auditHash;
    };

    enum class Verdict
    {
        Ok,
        Unreadable,  // missing, or the system refused to read it
        NotABackup,  // no LANYARD-BACKUP magic
        Damaged,     // cut short, extra bytes, or a part or the manifest does not match its checksum
        NewerFormat, // made by a newer Lanyard
    };

    // Writes one backup file at destination, replacing it only when complete (and only if it is
    // a backup already). The database is copied in one read transaction, so no write can land
    // half in it; the copy is keyed as the vault is and never touches the disk in plain text.
    // The file is read back and verified, then the time and place are recorded in the vault
    // (lastBackupTime()) and in the audit trail. Needs Permission::Backup.
    static bool write(Vault& vault, const QString& destination, QString* error = nullptr);
    // A folder gives a file named by fileNameFor() inside it; anything else is the file itself.
    static QString destinationFor(const QString& vaultPath, const QString& destination,
                                  const QDateTime& at = QDateTime::currentDateTime());
    // NAME-YYYY-MM-DD-HHMMSS.lanyard-backup, in local time.
    static QString fileNameFor(const QString& vaultPath, const QDateTime& at);
    // NAME of NAME.lanyard: what the vault's backups are named after.
    static QString vaultName(const QString& vaultPath);

    // Magic, format version, sizes and every checksum. *manifest is filled in when the header
    // can be read, even for a damaged backup; *error says what is wrong in words.
    static Verdict verify(const QString& backupFile, Manifest* manifest = nullptr, QString* error = nullptr);
    // The manifest alone, without reading the parts: for the anchors a backup holds.
    static std::optional<Manifest> readManifest(const QString& backupFile);

    // Replaces the vault at vaultPath (and its key ring) with the backup's copy, if the backup is
    // whole, opens with the given user's passphrase (or the recovery key), passes PRAGMA
    // integrity_check, is of the same school as the vault it replaces, and the vault is not open
    // anywhere. Nothing is replaced otherwise. While files are swapped the replaced ones are kept
    // as NAME.lanyard.before-restore(-keys), and removed once the restore is complete. The
    // backup's key ring comes back with it: passphrases are those in force when it was made.
    // Needs Permission::ManageSettings in the restored copy. The vault must not be open in this
    // program. A restore is deliberate: the chain's anchors (ChainAnchors) are reset to the restored
    // copy, and its audit trail says so. Errors: Damaged for a damaged or unusable backup, WrongCredentials,
    // Refused.
    static bool restore(const QString& backupFile, const QString& vaultPath, const QString& userName,
                        QByteArrayView passphrase, VaultError* error = nullptr);
    static bool restoreWithRecoveryKey(const QString& backupFile, const QString& vaultPath,
                                       const QString& recoveryKey, VaultError* error = nullptr);

    // Deletes all but the newest `keep` backups in folder, for each vault name on its own, going
    // by the date and time in the name (NAME-YYYY-MM-DD-HHMMSS.lanyard-backup); only files named
    // so are touched. With vaultName, only that vault's backups. Returns the deleted paths.
    static QStringList prune(const QString& folder, int keep, const QString& vaultName = {},
                             QString* error = nullptr);

    // When and where the vault was last backed up; invalid and empty if never.
    static Result<QDateTime> lastBackupTime(Vault& vault);
    static Result<QString> lastBackupDestination(Vault& vault);

    // Settings keys (SettingsStore).
    static constexpr auto LastTimeKey = "backup.last_at";
    static constexpr auto LastDestinationKey = "backup.last_file";
};
