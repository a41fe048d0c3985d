#include "InitCommand.h"

#include "domain/AcademicYear.h"
#include "records/AcademicYearStore.h"
#include "storage/Vault.h"

using namespace Qt::StringLiterals;

namespace {
const QString SchoolOption = u"school"_s;
const QString DisplayNameOption = u"display-name"_s;
} // namespace

InitCommand::InitCommand()
    : Command(u"init"_s,
              {{u"init VAULT --school NAME --user NAME"_s,
                tr("create a vault, with the user as its administrator")}},
              tr("Create a school's vault. The user named by --user is its first administrator,\n"
                 "with the passphrase from --passphrase-file, LANYARD_PASSPHRASE or a prompt.\n"
                 "The recovery key is shown once: write it down or print it, and keep it in\n"
                 "the school safe."))
{
    addOption({SchoolOption, tr("The school's name."), tr("name")});
    addOption(userOption());
    addOption({DisplayNameOption, tr("The administrator's full name."), tr("name")});
    addOption(passphraseFileOption());
    addArgument(u"VAULT"_s, tr("The vault to create, such as school.lanyard."));
}

int InitCommand::execute(const QStringList& arguments)
{
    const QString path = arguments[0];
    const QString school = m_parser.value(SchoolOption);
    const QString user = userName();
    if (school.trimmed().isEmpty() || user.trimmed().isEmpty())
        return usage(tr("init needs --school NAME and --user NAME."));
    const auto chosen = passphrase(tr("Choose a passphrase for %1:").arg(user), true);
    if (!chosen)
        return Refused;
    SecureBytes recovery;
    VaultError error;
    auto vault = Vault::create(path, {school, user, m_parser.value(DisplayNameOption), KdfLimits::defaults()},
                               *chosen, &recovery, &error);
    if (!vault)
        return failed(error);
    QString message;
    if (!AcademicYearStore(*vault).ensure(AcademicYear::containing(QDate::currentDate()), &message))
        return refuse(message);
    m_out << tr("Created %1 for %2, with %3 as its administrator.").arg(path, school, user) << "\n\n"
          << tr("Recovery key: write it down or print it, and keep it in the school safe. It opens the vault "
                "if every passphrase is lost, and it is shown only this once:")
          << "\n\n    " << Vault::formatRecoveryKey(recovery) << "\n\n";
    return Ok;
}
