#include "ExportCommand.h"

#include "io/RollExport.h"

using namespace Qt::StringLiterals;

namespace {
const QString OutputOption = u"output"_s;
} // namespace

ExportCommand::ExportCommand()
    : VaultCommand(u"export"_s,
                   {{u"export pupils|staff VAULT -o FILE"_s, tr("the roll, or the staff, as a CSV file")}},
                   tr("Write the roll, or the staff, as a CSV file that Excel opens correctly and\n"
                      "import reads back. The file holds personal data outside the encrypted vault;\n"
                      "the export is recorded in the audit trail."))
{
    addOption({{u"o"_s, OutputOption}, tr("The CSV file to write."), tr("file")});
    addOption({u"leavers"_s, tr("Include people who have left.")});
    addArgument(u"KIND"_s, tr("pupils or staff."));
    addVaultArgument();
}

int ExportCommand::execute(const QStringList& arguments)
{
    const QString what = arguments[0], path = arguments[1];
    if (what != u"pupils"_s && what != u"staff"_s)
        return usage(tr("export pupils or export staff."));
    const QString output = m_parser.value(OutputOption);
    if (output.isEmpty())
        return usage(tr("export needs -o FILE.csv, the file to write."));
    int code = Ok;
    auto vault = openVault(path, &code);
    if (!vault)
        return code;
    const RollKind kind = what == u"pupils"_s ? RollKind::Pupils : RollKind::Staff;
    ExportOptions options;
    options.includeLeavers = m_parser.isSet(u"leavers"_s);
    QString error;
    int rows = 0;
    if (!RollExport::write(*vault, kind, output, options, &error, &rows))
        return refuse(error);
    m_out << (kind == RollKind::Pupils ? tr("Pupils written to %1: %2.") : tr("Staff written to %1: %2."))
                 .arg(output, QString::number(rows))
          << '\n';
    warnPlainText(output);
    return Ok;
}
