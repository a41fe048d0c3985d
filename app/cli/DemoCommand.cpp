#include "DemoCommand.h"

#include "demo/DemoSchool.h"
#include "records/PupilStore.h"
#include "records/StaffStore.h"

using namespace Qt::StringLiterals;

namespace {
const QString PupilsOption = u"pupils"_s;
const QString SeedOption = u"seed"_s;
} // namespace

DemoCommand::DemoCommand()
    : VaultCommand(u"demo"_s, {{u"demo VAULT"_s, tr("fill an empty vault with a generated school")}},
                   tr("Fill an empty vault with a generated school, pupils and staff who do not\n"
                      "exist, for trying Lanyard out and for training."))
{
    addOption({PupilsOption,
               tr("How many pupils to generate, from 1 to %1; 420 if not given.").arg(DemoSchool::MaxPupils),
               tr("n"), u"420"_s});
    addOption({SeedOption, tr("Seed for the generated school; 2026 if not given."), tr("n"), u"2026"_s});
    addVaultArgument();
}

int DemoCommand::execute(const QStringList& arguments)
{
    const QString path = arguments[0];
    bool pupilsOk = false, seedOk = false;
    const int pupils = m_parser.value(PupilsOption).toInt(&pupilsOk);
    const quint32 seed = m_parser.value(SeedOption).toUInt(&seedOk);
    if (!pupilsOk || pupils < 1 || pupils > DemoSchool::MaxPupils || !seedOk)
        return usage(tr("--pupils must be a number from 1 to %1 and --seed a whole number.")
                         .arg(DemoSchool::MaxPupils));
    int code = Ok;
    auto vault = openVault(path, &code);
    if (!vault)
        return code;
    // DemoSchool::populate refuses a vault with anyone in it; this says so in the command's words.
    if (PupilStore(*vault).count().valueOr(0) > 0 || StaffStore(*vault).count().valueOr(0) > 0)
        return refuse(
            tr("%1 already holds pupils or staff; the demo school goes only into an empty vault.").arg(path));
    QString error;
    DemoOptions options;
    options.pupils = pupils;
    options.seed = seed;
    if (!DemoSchool::populate(*vault, options, &error))
        return refuse(error);
    const auto pupilCount = PupilStore(*vault).count();
    const auto staffCount = StaffStore(*vault).count();
    if (!pupilCount || !staffCount)
        return refuse(!pupilCount ? pupilCount.error() : staffCount.error());
    m_out << tr("Generated a demo school with %1 pupils and %2 staff.").arg(*pupilCount).arg(*staffCount)
          << '\n';
    return Ok;
}
