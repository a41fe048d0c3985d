#include "ImportCommand.h"

#include "io/RollImport.h"

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
const QString LeaversOption = u"leavers"_s;
const QString EncodingOption = u"encoding"_s;
const QString DryRunOption = u"dry-run"_s;
} // namespace

ImportCommand::ImportCommand()
    : VaultCommand(
          u"import"_s,
          {{u"import pupils|staff VAULT FILE"_s, tr("update the roll from a CSV file exported by the MIS")}},
          tr("Update the roll, or the staff, from a CSV file exported by the MIS. A file\n"
             "with any problem is refused whole, and nothing changes: every problem is\n"
             "listed, by line."))
{
    addOption({DryRunOption, tr("Check the file and show what would change, without writing anything.")});
    addOption({LeaversOption,
               tr("What becomes of people missing from the file: keep (the default) leaves them on roll, "
                  "mark marks them as leavers."),
               u"keep|mark"_s, u"keep"_s});
    addOption({EncodingOption,
               tr("The file's encoding, utf-8 or windows-1252, when it is not found by itself."),
               u"utf-8|windows-1252"_s});
    addArgument(u"KIND"_s, tr("pupils or staff."));
    addVaultArgument();
    addArgument(u"FILE"_s, tr("The CSV file."));
}

int ImportCommand::execute(const QStringList& arguments)
{
    const QString what = arguments[0], path = arguments[1], file = arguments[2];
    const QString leavers = m_parser.value(LeaversOption);
    if (leavers != u"keep"_s && leavers != u"mark"_s)
        return usage(tr("--leavers is keep or mark for import."));
    if (what != u"pupils"_s && what != u"staff"_s)
        return usage(tr("import pupils|staff VAULT FILE [--dry-run] [--leavers keep|mark] [--encoding E]."));
    const RollKind kind = what == u"pupils"_s ? RollKind::Pupils : RollKind::Staff;
    std::optional<CsvEncoding> encoding = CsvEncoding::Auto;
    if (m_parser.isSet(EncodingOption) &&
        !(encoding = CsvReader::encodingFromName(m_parser.value(EncodingOption))))
        return usage(tr("--encoding is utf-8 or windows-1252."));

    int code = Ok;
    auto vault = openVault(path, &code);
    if (!vault)
        return code;
    QString error;
    const auto document = CsvReader::readFile(file, *encoding, &error);
    if (!document)
        return refuse(error);
    const RollTable table = RollImport::table(kind, *document);
    const HeaderMapping mapping = HeaderMapping::suggest(*vault, kind, table.header);
    QStringList used, ignored;
    for (qsizetype i = 0; i < table.header.size(); ++i)
        if (const auto field = mapping.fieldAt(int(i)))
            used << tr("%1 as %2").arg(table.header[i].trimmed(), HeaderMapping::fieldName(*field));
        else if (!table.header[i].trimmed().isEmpty())
            ignored << table.header[i].trimmed();
    m_out << tr("Read %1 as %2.").arg(file, CsvReader::encodingName(document->encoding)) << '\n'
          << tr("Columns: %1.").arg(used.join(u"; "_s)) << '\n';
    if (!ignored.isEmpty())
        m_out << tr("Not read: %1.").arg(ignored.join(u", "_s)) << '\n';

    RollImport import(*vault);
    const RollImport::Plan plan = import.preview(table, mapping);
    if (!plan.isAcceptable()) {
        m_out << Qt::flush;
        m_err << tr("%1 has not been imported, and nothing has changed. Put these right and try again:")
                     .arg(file)
              << '\n';
        for (const ImportProblem& problem : plan.problems)
            m_err << problem.text() << '\n';
        return Refused;
    }
    ImportOptions options;
    options.leavers = leavers == u"mark"_s ? ImportOptions::Leavers::Mark : ImportOptions::Leavers::Keep;
    ImportSummary summary = plan.summary(options);
    if (m_parser.isSet(DryRunOption)) {
        m_out << tr("Dry run: nothing has been written.") << '\n';
    } else {
        const bool terminal = isatty(STDERR_FILENO);
        auto progress = [this, terminal](int done, int total) {
            if (terminal)
                m_err << '\r' << tr("%1 of %2").arg(done).arg(total) << Qt::flush;
            return true;
        };
        const bool ok = import.apply(plan, options, &summary, &error, progress);
        if (terminal)
            m_err << '\n';
        if (!ok)
            return refuse(error);
        m_out << tr("Imported %1.").arg(file) << '\n';
    }
    for (const QString& line : RollImport::describe(summary, kind))
        m_out << line << '\n';
    return Ok;
}
