#include "BackupCommand.h"

#include "storage/Backup.h"

using namespace Qt::StringLiterals;

BackupCommand::BackupCommand()
    : VaultCommand(u"backup"_s,
                   {{u"backup VAULT DEST"_s, tr("write one backup file to DEST, a file or a folder")}},
                   tr("Write one backup file of the vault, still encrypted: it opens with the\n"
                      "passphrases the vault had on the day it was made, or with the recovery key."))
{
    addVaultArgument();
    addArgument(u"DEST"_s, tr("A folder, where the file is named after the vault and the time, or the file "
                              "to write."));
}

int BackupCommand::execute(const QStringList& arguments)
{
    const QString path = arguments[0], destination = arguments[1];
    int code = Ok;
    auto vault = openVault(path, &code);
    if (!vault)
        return code;
    const QString file = Backup::destinationFor(path, destination);
    QString error;
    if (!Backup::write(*vault, file, &error))
        return refuse(error);
    m_out << tr("Backed up %1 to %2.").arg(path, file) << '\n';
    return Ok;
}
