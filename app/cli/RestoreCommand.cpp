#include "RestoreCommand.h"

#include "storage/Backup.h"

using namespace Qt::StringLiterals;

RestoreCommand::RestoreCommand()
    : VaultCommand(u"restore"_s,
                   {{u"restore BACKUP VAULT"_s, tr("check a backup, then put it in place of VAULT")}},
                   tr("Check a backup, then put it in place of the vault. Sign in with a passphrase\n"
                      "that was in force on the backup's date, or with the recovery key. A damaged\n"
                      "backup is refused before anything is asked or replaced."))
{
    addArgument(u"BACKUP"_s, tr("The backup file."));
    addArgument(u"VAULT"_s, tr("The vault to replace."));
}

int RestoreCommand::execute(const QStringList& arguments)
{
    const QString backupFile = arguments[0], path = arguments[1];
    QString problem;
    Backup::Manifest manifest;
    switch (Backup::verify(backupFile, &manifest, &problem)) {
    case Backup::Verdict::Ok:
        break;
    case Backup::Verdict::Unreadable:
        return refuse(problem);
    case Backup::Verdict::NotABackup:
    case Backup::Verdict::Damaged:
    case Backup::Verdict::NewerFormat:
        return refuse(problem, Damaged);
    }
    int code = Ok;
    const std::optional<SignIn> who = signIn(&code);
    if (!who)
        return code;
    VaultError error;
    const bool restored = who->recoveryKey
                              ? Backup::restoreWithRecoveryKey(backupFile, path, *who->recoveryKey, &error)
                              : Backup::restore(backupFile, path, who->user, who->passphrase, &error);
    if (!restored)
        return failed(error);
    m_out << tr("Restored %1 from the backup made on %2.")
                 .arg(path, manifest.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s))
          << '\n'
          << tr("The audit trail's anchors now follow the restored vault, and its trail records the restore.")
          << '\n';
    return Ok;
}
