#include "VerifyCommand.h"

#include "storage/AuditLog.h"
#include "storage/ChainAnchors.h"
#include "storage/KeyRing.h"

using namespace Qt::StringLiterals;

namespace {
const QString ExpectOption = u"expect"_s;
} // namespace

VerifyCommand::VerifyCommand()
    : VaultCommand(u"verify"_s,
                   // The --help list's line as before: --expect is in `verify --help`.
                   {{u"verify VAULT"_s, tr("check the audit trail, the records and the file")}},
                   tr("Walk the audit trail's chain of hashes and check every signature in it, check every\n"
                      "record against its last entry, then the file itself. Then compare the chain with\n"
                      "every anchor of it Lanyard can reach (the key ring, this PC, the backups), and with\n"
                      "a head printed on paper if --expect gives one. The first thing that is wrong is\n"
                      "named, with whether the vault was altered, rolled back or truncated, and the exit\n"
                      "code is 4."))
{
    addOption({ExpectOption,
               tr("A chain head as a report printed it, such as 120:9f86d0…; the trail must hold it."),
               tr("COUNT:HASH")});
    addVaultArgument();
}

int VerifyCommand::execute(const QStringList& arguments)
{
    std::optional<ChainAnchors::Head> expected;
    if (m_parser.isSet(ExpectOption)) {
        expected = ChainAnchors::parse(m_parser.value(ExpectOption));
        if (!expected)
            return usage(tr("“%1” is not a chain head: write it as the report printed it, the number of "
                            "entries, a colon and 64 hexadecimal digits.")
                             .arg(m_parser.value(ExpectOption)));
    }
    int code = Ok;
    auto vault = openVault(arguments[0], &code);
    if (!vault)
        return code;
    const AuditLog::Verdict verdict = AuditLog::verify(vault->database());

    KeyRing ring;
    ring.load(KeyRing::pathFor(vault->path()));
    QList<ChainAnchors::Anchor> anchors = ChainAnchors::reachable(*vault, ring);
    if (expected)
        anchors.prepend({tr("the head you gave"), *expected});
    const QList<ChainAnchors::Problem> problems =
        ChainAnchors::compare(vault->database(), anchors, verdict.ok);
    if (!problems.isEmpty() || !verdict.ok) {
        QStringList lines;
        if (!problems.isEmpty())
            lines << ChainAnchors::describe(problems);
        if (!verdict.ok)
            lines << verdict.problem;
        return refuse(lines.join(u'\n'), Damaged);
    }

    const QString head = ChainAnchors::format({verdict.entries, verdict.head});
    const QString whole =
        verdict.entries == 1
            ? tr("The vault is whole: 1 audit entry, chain head %1.")
            : tr("The vault is whole: %1 audit entries, chain head %2.").arg(verdict.entries);
    m_out << whole.arg(head) << '\n';
    if (verdict.signedFrom > 1)
        m_out << tr("Signing began at entry %1: the entries before it were made before Lanyard signed the "
                    "audit trail, and are checked by their hashes only.")
                     .arg(verdict.signedFrom)
              << '\n';
    if (verdict.recoveryEntries == 1)
        m_out << tr("1 entry was made with the recovery key, and is not signed.") << '\n';
    else if (verdict.recoveryEntries > 1)
        m_out << tr("%1 entries were made with the recovery key, and are not signed.")
                     .arg(verdict.recoveryEntries)
              << '\n';
    if (!anchors.isEmpty()) {
        QStringList places;
        for (const ChainAnchors::Anchor& anchor : std::as_const(anchors))
            places << anchor.place;
        m_out << tr("It matches the chain heads kept in %1.").arg(places.join(u", "_s)) << '\n';
    }
    return Ok;
}
