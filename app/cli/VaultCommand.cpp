#include "VaultCommand.h"

#include "records/FormStore.h"

using namespace Qt::StringLiterals;

namespace {
const QString RecoveryKeyOption = u"recovery-key"_s;
const QString YearOption = u"year"_s;
} // namespace

VaultCommand::VaultCommand(const QString& name, const QList<Synopsis>& synopses, const QString& description)
    : Command(name, synopses, description)
{
    addSharedOption(userOption());
    addSharedOption(passphraseFileOption());
    addSharedOption(
        {RecoveryKeyOption, tr("Open the vault with its recovery key instead of a passphrase."), tr("key")});
}

void VaultCommand::addVaultArgument()
{
    addArgument(u"VAULT"_s, tr("The school's vault, such as school.lanyard."));
}

std::optional<VaultCommand::SignIn> VaultCommand::signIn(int* exitCode)
{
    if (m_parser.isSet(RecoveryKeyOption))
        return SignIn{m_parser.value(RecoveryKeyOption), {}, {}};
    const QString user = userName();
    if (user.isEmpty()) {
        *exitCode = usage(tr("Say who you are with --user NAME or LANYARD_USER."));
        return std::nullopt;
    }
    const auto given = passphrase(tr("Passphrase for %1:").arg(user), false);
    if (!given) {
        *exitCode = Refused;
        return std::nullopt;
    }
    return SignIn{std::nullopt, user, *given};
}

std::unique_ptr<Vault> VaultCommand::openVault(const QString& path, int* exitCode, bool passphraseChange)
{
    const std::optional<SignIn> who = signIn(exitCode);
    if (!who)
        return nullptr;
    VaultError error;
    std::unique_ptr<Vault> vault = who->recoveryKey
                                       ? Vault::openWithRecoveryKey(path, *who->recoveryKey, &error)
                                       : Vault::open(path, who->user, who->passphrase, &error);
    if (!vault) {
        *exitCode = failed(error);
        return nullptr;
    }
    if (vault->user().mustChangePassphrase && !passphraseChange) {
        *exitCode =
            refuse(tr("%1 must choose a new passphrase before anything else: lanyard-cli user passwd %2 %1")
                       .arg(vault->user().name, path));
        return nullptr;
    }
    return vault;
}

QCommandLineOption VaultCommand::academicYearOption()
{
    return {YearOption, tr("The academic year, such as 2026/27; the one today falls in if not given."),
            tr("year")};
}

std::optional<AcademicYear> VaultCommand::academicYear(const QDate& day)
{
    if (!m_parser.isSet(YearOption))
        return AcademicYear::containing(day);
    const std::optional<AcademicYear> year = AcademicYear::parse(m_parser.value(YearOption));
    if (!year)
        usage(tr("“%1” is not an academic year: write it like 2026/27.").arg(m_parser.value(YearOption)));
    return year;
}

bool VaultCommand::formOption(Vault& vault, qint64* formId, QString* error) const
{
    const QString name = m_parser.value(u"form"_s);
    if (name.isEmpty())
        return true;
    const auto form = FormStore(vault).findByName(name);
    if (!form) {
        *error = form.error();
        return false;
    }
    *formId = form->id;
    return true;
}
