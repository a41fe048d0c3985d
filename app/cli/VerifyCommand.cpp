#include "VerifyCommand.h"

#include "storage/AuditLog.h"

using namespace Qt::StringLiterals;

VerifyCommand::VerifyCommand()
    : VaultCommand(u"verify"_s, {{u"verify VAULT"_s, tr("check the audit trail, the records and the file")}},
                   tr("Walk the audit trail's chain of hashes, check every record against its last\n"
                      "entry, then check the file itself. The first thing that is wrong is named,\n"
                      "and the exit code is 4."))
{
    addVaultArgument();
}

int VerifyCommand::execute(const QStringList& arguments)
{
    int code = Ok;
    auto vault = openVault(arguments[0], &code);
    if (!vault)
        return code;
    const AuditLog::Verdict verdict = AuditLog::verify(vault->database());
    if (!verdict.ok)
        return refuse(verdict.problem, Damaged);
    const QString whole =
        verdict.entries == 1
            ? tr("The vault is whole: 1 audit entry, chain head %1.")
            : tr("The vault is whole: %1 audit entries, chain head %2.").arg(verdict.entries);
    m_out << whole.arg(verdict.head) << '\n';
    return Ok;
}
