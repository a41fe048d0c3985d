#include "AupReports.h"

#include "records/AgreementStore.h"
#include "records/FormStore.h"
#include "records/SchoolStore.h"
#include "records/StaffStore.h"
#include "storage/Vault.h"

#include <QImage>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

const QString Sensitivity = u"OFFICIAL-SENSITIVE"_s;

std::nullopt_t failed(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

// Whether the session may print a list of names at all, before anything is read.
bool mayPrintNames(const Vault& vault, QString* error)
{
    return vault.require(Permission::ExportPeople, error);
}

std::optional<ReportDocument> newDocument(Vault& vault, const QString& title, QString* error)
{
    const SchoolStore store(vault);
    const auto school = store.load();
    const auto logo = store.logo();
    if (!school || !logo)
        return failed(error, !school ? school.error() : logo.error());
    return ReportDocument(PageFrameInfo{school->name, title, Sensitivity, QDateTime::currentDateTime(),
                                        QImage::fromData(*logo)});
}

QString shortDate(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, u"dd/MM/yyyy"_s) : QString();
}

QString tutorName(Vault& vault, const QString& formName)
{
    // The sheet names the tutor when it can, and is still worth printing when it cannot.
    const auto form = FormStore(vault).findByName(formName);
    if (!form || form->tutorId == 0)
        return {};
    const auto tutor = StaffStore(vault).find(form->tutorId);
    return tutor ? tutor->fullName() : QString();
}

// Agreements sorted by form, in a run for each form.
QList<std::span<const Agreement>> byForm(const QList<Agreement>& agreements)
{
    QList<std::span<const Agreement>> forms;
    for (qsizetype first = 0; first < agreements.size();) {
        qsizetype last = first;
        while (last < agreements.size() && agreements[last].formName == agreements[first].formName)
            ++last;
        forms.append(std::span(agreements.constData() + first, std::size_t(last - first)));
        first = last;
    }
    return forms;
}

} // namespace

std::optional<ReportDocument> AupReports::pack(Vault& vault, const AupPackOptions& options, QString* error)
{
    if (!mayPrintNames(vault, error))
        return std::nullopt;
    AgreementStore store(vault);
    AgreementFilter filter;
    filter.year = options.year;
    filter.formId = options.formId;
    const auto agreements = store.list(filter);
    if (!agreements)
        return failed(error, agreements.error());
    if (agreements->isEmpty())
        return failed(error, tr("No agreements have been issued for %1 there yet: issue them first.")
                                 .arg(options.year.name()));
    std::optional<ReportDocument> doc =
        newDocument(vault, tr("Acceptable use agreements %1").arg(options.year.name()), error);
    if (!doc)
        return std::nullopt;

    QHash<qint64, AupTemplate> templates;
    // Each form's bundle: its signing sheet, then its pupils' agreements.
    for (const std::span<const Agreement> form : byForm(*agreements)) {
        classSigningSheet(*doc, vault, options.year, form);
        for (const Agreement& agreement : form) {
            auto templ = templates.constFind(agreement.templateId);
            if (templ == templates.cend()) {
                const auto found = store.templateById(agreement.templateId);
                if (!found)
                    return failed(error, found.error());
                templ = templates.insert(agreement.templateId, *found);
            }
            agreementForm(*doc, agreement, *templ, options.year);
        }
    }
    return doc;
}

void AupReports::classSigningSheet(ReportDocument& doc, Vault& vault, const AcademicYear& year,
                                   std::span<const Agreement> form)
{
    const Agreement& head = form.front();
    doc.pageBreak();
    doc.heading(tr("Class signing sheet: %1").arg(head.formName));
    QList<std::pair<QString, QString>> about{{tr("Year"), head.yearGroup.displayName()},
                                             {tr("Forms"), QString::number(form.size())},
                                             {tr("Round"), year.name()}};
    if (const QString tutor = tutorName(vault, head.formName); !tutor.isEmpty())
        about.append({tr("Teacher"), tutor});
    doc.fields(about);
    doc.paragraph(tr("Tick each column as the forms come back, then send the forms and this sheet to the "
                     "office."),
                  ReportTextStyle::Small);
    QList<QStringList> rows;
    for (const Agreement& agreement : form)
        rows.append({agreement.surname + u", "_s + agreement.forename, agreement.code, {}, {}, {}});
    doc.table({{tr("Pupil"), 3},
               {tr("Code"), 2.6},
               {tr("Pupil signed"), 1.1, Qt::AlignCenter, true},
               {tr("Parent signed"), 1.1, Qt::AlignCenter, true},
               {tr("Date returned"), 1.6}},
              rows);
}

void AupReports::agreementForm(ReportDocument& doc, const Agreement& agreement, const AupTemplate& templ,
                               const AcademicYear& year)
{
    doc.cornerQrCode(agreement.code);
    doc.heading(templ.title);
    // One row, with half of it for the name, so that a long name has room and the form keeps to
    // one page.
    doc.fields(
        {{tr("Name"), agreement.personName()},
         {tr("Form and year"), u"%1, %2"_s.arg(agreement.formName, agreement.yearGroup.displayName())}},
        2);
    doc.paragraph(templ.body);
    doc.beginKeepTogether();
    const bool pupilSigns = agreement.signers != AupSigners::Parent;
    const bool parentSigns = agreement.signers != AupSigners::Pupil;
    doc.paragraph(
        pupilSigns && parentSigns
            ? tr("Pupil and parent or carer: we have read this agreement together and will keep to it.")
        : pupilSigns ? tr("Pupil: I have read this agreement, or had it read to me, and I will keep to it.")
                     : tr("Parent or carer: I have read this agreement and talked it through with my child."),
        ReportTextStyle::Strong);
    if (pupilSigns)
        doc.signatureLines({tr("Pupil's signature or mark"), tr("Date")}, {3, 1});
    if (parentSigns) {
        doc.tickBoxes({tr("I agree"), tr("I do not agree: please contact me")});
        doc.signatureLines({tr("Parent or carer's name"), tr("Signature"), tr("Date")}, {2, 2, 1});
    }
    doc.paragraph(tr("Please return this form to the class teacher. Version %1 of the %2 agreement.")
                      .arg(agreement.templateVersion)
                      .arg(year.name()),
                  ReportTextStyle::Small);
    doc.endKeepTogether();
}

std::optional<ReportDocument> AupReports::chaseList(Vault& vault, const AcademicYear& year, qint64 formId,
                                                    QString* error)
{
    if (!mayPrintNames(vault, error))
        return std::nullopt;
    AgreementFilter filter;
    filter.year = year;
    filter.formId = formId;
    filter.outstandingOnly = true;
    const auto outstanding = AgreementStore(vault).list(filter);
    if (!outstanding)
        return failed(error, outstanding.error());
    std::optional<ReportDocument> doc =
        newDocument(vault, tr("AUP forms to chase %1").arg(year.name()), error);
    if (!doc)
        return std::nullopt;

    doc->heading(tr("Acceptable use agreements still to come back"));
    if (outstanding->isEmpty()) {
        doc->paragraph(tr("Every agreement issued for %1 has come back.").arg(year.name()));
        return doc;
    }
    QList<QStringList> summary;
    for (const Agreement& agreement : *outstanding) {
        if (summary.isEmpty() || summary.constLast().constFirst() != agreement.formName)
            summary.append({agreement.formName, agreement.yearGroup.displayName(), u"0"_s});
        summary.last()[2] = QString::number(summary.constLast()[2].toInt() + 1);
    }
    doc->paragraph(tr("Forms outstanding on %1: %2. A page for each class follows.")
                       .arg(shortDate(QDate::currentDate()))
                       .arg(outstanding->size()));
    doc->table({{tr("Form"), 2}, {tr("Year"), 2}, {tr("Outstanding"), 1, Qt::AlignRight}}, summary);

    const QList<ReportColumn> columns{{tr("Pupil"), 3},
                                      {tr("Still needed"), 2.6},
                                      {tr("Code"), 2.8},
                                      {tr("Chased"), 1, Qt::AlignCenter, true}};
    for (const std::span<const Agreement> form : byForm(*outstanding)) {
        doc->pageBreak();
        doc->heading(tr("%1: forms to chase").arg(form.front().formName));
        QList<QStringList> rows;
        for (const Agreement& a : form) {
            const bool pupilNeeded = a.signers != AupSigners::Parent && !a.pupilSigned;
            const bool parentNeeded = a.signers != AupSigners::Pupil && !a.parentSigned;
            const QString needed = a.state == AgreementState::Issued ? tr("The whole form")
                                   : pupilNeeded && parentNeeded     ? tr("Pupil's and parent's signatures")
                                   : pupilNeeded                     ? tr("Pupil's signature")
                                                                     : tr("Parent's signature");
            rows.append({a.surname + u", "_s + a.forename, needed, a.code, {}});
        }
        doc->table(columns, rows);
    }
    return doc;
}

std::optional<ReportDocument> AupReports::staffAup(Vault& vault, const AcademicYear& year, QString* error)
{
    if (!mayPrintNames(vault, error))
        return std::nullopt;
    AgreementStore store(vault);
    const auto templ = store.currentTemplate(year, AupAudience::Staff);
    if (!templ)
        return failed(error, templ.error());
    const auto status = store.staffStatus(year);
    if (!status)
        return failed(error, status.error());
    const QList<StaffAupStatus>& staff = *status;
    std::optional<ReportDocument> doc =
        newDocument(vault, tr("Staff acceptable use %1").arg(year.name()), error);
    if (!doc)
        return std::nullopt;

    const auto signedCount = std::count_if(
        staff.cbegin(), staff.cend(), [](const StaffAupStatus& s) { return s.signedAgreement.has_value(); });
    doc->heading(tr("Staff signing sheet %1").arg(year.name()));
    doc->paragraph(
        tr("Every member of staff signs the staff acceptable use agreement at induction, before they use "
           "school systems. %1 of %2 have signed for %3.")
            .arg(signedCount)
            .arg(staff.size())
            .arg(year.name()));
    QList<QStringList> rows;
    for (const StaffAupStatus& member : staff)
        rows.append({member.name,
                     member.category,
                     member.signedAgreement ? shortDate(member.signedAgreement->returnedOn) : QString(),
                     {},
                     {}});
    doc->table(
        {{tr("Name"), 4}, {tr("Role"), 2}, {tr("Signed on"), 1.5}, {tr("Signature"), 2.6}, {tr("Date"), 1.4}},
        rows, 10); // tall enough to sign in

    doc->pageBreak();
    doc->heading(templ->title);
    doc->paragraph(templ->body);
    doc->paragraph(tr("Version %1 of the %2 staff agreement.").arg(templ->version).arg(year.name()),
                   ReportTextStyle::Small);
    return doc;
}
