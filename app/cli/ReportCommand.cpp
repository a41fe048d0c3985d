#include "ReportCommand.h"

#include "AupReports.h"

using namespace Qt::StringLiterals;

namespace {
const QString OutputOption = u"output"_s;
} // namespace

ReportCommand::ReportCommand()
    : VaultCommand(
          u"report"_s,
          {{u"report KIND VAULT -o FILE.pdf"_s, tr("aup-pack, aup-chase or staff-aup, as an A4 PDF")}},
          tr("Write a report as an A4 PDF. The reports (KIND) are:\n"
             "  aup-pack   the Michaelmas pack: a form per pupil and a signing sheet per class\n"
             "  aup-chase  the forms still to chase, by form\n"
             "  staff-aup  the staff signing sheet"))
{
    addOption({{u"o"_s, OutputOption}, tr("The PDF file to write."), tr("file")});
    addOption(academicYearOption());
    addOption({u"form"_s, tr("Only this form (aup-pack, aup-chase)."), tr("form")});
    addArgument(u"KIND"_s, tr("aup-pack, aup-chase or staff-aup: see above."));
    addVaultArgument();
}

int ReportCommand::execute(const QStringList& arguments)
{
    const QString kind = arguments[0], path = arguments[1];
    const QStringList kinds{u"aup-pack"_s, u"aup-chase"_s, u"staff-aup"_s};
    if (!kinds.contains(kind))
        return usage(tr("The reports are %1.").arg(kinds.join(u", "_s)));
    const QString output = m_parser.value(OutputOption);
    if (output.isEmpty())
        return usage(tr("report needs -o FILE.pdf, the file to write."));
    const std::optional<AcademicYear> year = academicYear(QDate::currentDate());
    if (!year)
        return Usage;
    int code = Ok;
    auto vault = openVault(path, &code);
    if (!vault)
        return code;

    QString error;
    qint64 formId = 0;
    if (!formOption(*vault, &formId, &error))
        return refuse(error);
    std::optional<ReportDocument> doc =
        kind == u"aup-pack"_s    ? AupReports::pack(*vault, {*year, formId}, &error)
        : kind == u"aup-chase"_s ? AupReports::chaseList(*vault, *year, formId, &error)
                                 : AupReports::staffAup(*vault, *year, &error);
    if (!doc || !doc->write(output, {}, &error))
        return refuse(error);
    m_out << tr("Pages written to %1: %2.").arg(output).arg(doc->pageCount()) << '\n';
    warnPlainText(output);
    return Ok;
}
