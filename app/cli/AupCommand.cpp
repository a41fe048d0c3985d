#include "AupCommand.h"

#include "records/AgreementStore.h"
#include "records/StaffStore.h"

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace {
const QString DateOption = u"date"_s;
const QString PupilSignedOption = u"pupil-signed"_s;
const QString ParentSignedOption = u"parent-signed"_s;
const QString DeclinedOption = u"declined"_s;
const QString ParentNameOption = u"parent-name"_s;
const QString OutstandingOption = u"outstanding"_s;
} // namespace

AupCommand::AupCommand()
    : VaultCommand(u"aup"_s,
                   {{u"aup issue VAULT"_s, tr("issue this year's AUP agreements to pupils who have none")},
                    {u"aup return VAULT CODE"_s, tr("record a returned form by the code printed on it")},
                    {u"aup list VAULT"_s, tr("pupils' agreements, as a table or CSV")},
                    {u"aup staff-signed VAULT STAFF"_s, tr("record a member of staff's signed agreement")}},
                   tr("The acceptable use agreements of an academic year: issue one to each pupil\n"
                      "whose year group has one, record the forms as they come back, list who has\n"
                      "yet to return theirs, and record the staff who have signed."))
{
    addOption(academicYearOption());
    addOption({u"form"_s, tr("Only this form (list)."), tr("form")});
    addOption({OutstandingOption, tr("Only forms not yet returned complete or declined (list).")});
    addOption(formatOption(tr("table (the default) or csv (list).")));
    addOption({PupilSignedOption, tr("The pupil has signed the form (return).")});
    addOption({ParentSignedOption, tr("The parent or carer has signed the form (return).")});
    addOption({DeclinedOption, tr("The form came back refused (return).")});
    addOption({ParentNameOption, tr("The parent or carer who signed (return)."), tr("name")});
    addOption({DateOption,
               tr("The date signed, dd/mm/yyyy or yyyy-mm-dd; today if not given (staff-signed). The "
                  "agreement is that of the academic year the date falls in, unless --year says otherwise."),
               tr("date")});
    addArgument(u"ACTION"_s, tr("issue, return, list or staff-signed."));
    addVaultArgument();
    addOptionalArgument(u"CODE|STAFF"_s, tr("return: the code printed on the form. staff-signed: \"Surname, "
                                            "Forename\", or the member of staff's number."));
}

int AupCommand::execute(const QStringList& arguments)
{
    const QString action = arguments[0], path = arguments[1];
    const QStringList actions{u"issue"_s, u"return"_s, u"list"_s, u"staff-signed"_s};
    const qsizetype expected = action == u"return"_s || action == u"staff-signed"_s ? 3 : 2;
    if (!actions.contains(action) || arguments.size() != expected)
        return usage(tr("aup issue|list VAULT, aup return VAULT CODE, or aup staff-signed VAULT STAFF."));
    QDate signedOn = QDate::currentDate();
    if (m_parser.isSet(DateOption)) {
        const QString text = m_parser.value(DateOption).trimmed();
        signedOn = QDate::fromString(text, u"d/M/yyyy"_s);
        if (!signedOn.isValid())
            signedOn = QDate::fromString(text, Qt::ISODate);
        if (!signedOn.isValid())
            return usage(tr("“%1” is not a date: write it like 01/09/2026.").arg(text));
    }
    const std::optional<AcademicYear> year =
        academicYear(action == u"staff-signed"_s ? signedOn : QDate::currentDate());
    if (!year)
        return Usage;
    if (!checkFormat())
        return Usage;
    if (action == u"return"_s && !m_parser.isSet(PupilSignedOption) && !m_parser.isSet(ParentSignedOption) &&
        !m_parser.isSet(DeclinedOption))
        return usage(tr("Say what came back: --pupil-signed, --parent-signed, or --declined."));

    int code = Ok;
    auto vault = openVault(path, &code);
    if (!vault)
        return code;
    AgreementStore store(*vault);
    if (action == u"issue"_s)
        return issue(store, *year);
    if (action == u"return"_s)
        return recordReturn(store, arguments[2], *year);
    if (action == u"list"_s)
        return list(*vault, *year);
    return staffSigned(*vault, arguments[2], *year, signedOn);
}

int AupCommand::issue(AgreementStore& store, const AcademicYear& year)
{
    const auto summary = store.issuePupils(year);
    if (!summary)
        return refuse(summary.error());
    m_out << tr("Agreements issued for %1: %2.").arg(year.name()).arg(summary->issued) << '\n'
          << tr("Already had one: %1.").arg(summary->alreadyHad) << '\n'
          << tr("Not covered (year groups without an agreement, such as Reception): %1.")
                 .arg(summary->notCovered)
          << '\n';
    return Ok;
}

int AupCommand::recordReturn(AgreementStore& store, const QString& code, const AcademicYear& year)
{
    AgreementReturn details;
    details.pupilSigned = m_parser.isSet(PupilSignedOption);
    details.parentSigned = m_parser.isSet(ParentSignedOption);
    details.declined = m_parser.isSet(DeclinedOption);
    details.parentName = m_parser.value(ParentNameOption);
    const auto agreement = store.recordReturn(code, year, details);
    if (!agreement)
        return refuse(agreement.error());
    const QString who = agreement->formName.isEmpty()
                            ? agreement->personName()
                            : u"%1 (%2)"_s.arg(agreement->personName(), agreement->formName);
    m_out << tr("Returned: %1: %2").arg(who, AgreementStore::stateName(agreement->state).toLower()) << '\n';
    return Ok;
}

int AupCommand::list(Vault& vault, const AcademicYear& year)
{
    AgreementFilter filter;
    filter.year = year;
    filter.outstandingOnly = m_parser.isSet(OutstandingOption);
    QString error;
    if (!formOption(vault, &filter.formId, &error))
        return refuse(error);
    const auto agreements = AgreementStore(vault).list(filter);
    if (!agreements)
        return refuse(agreements.error());
    QList<QStringList> rows;
    for (const Agreement& a : *agreements)
        rows << QStringList{a.code, a.surname, a.forename, a.formName, AgreementStore::stateCode(a.state)};
    printRows({u"code"_s, u"surname"_s, u"forename"_s, u"form"_s, u"state"_s}, rows);
    return Ok;
}

int AupCommand::staffSigned(Vault& vault, const QString& staff, const AcademicYear& year,
                            const QDate& signedOn)
{
    const std::optional<qint64> staffId = staffNumber(vault, staff);
    if (!staffId)
        return Refused;
    const auto agreement = AgreementStore(vault).recordStaffSigned(*staffId, year, signedOn);
    if (!agreement)
        return refuse(agreement.error());
    m_out << tr("Recorded: %1 signed the agreement for %2 (%3, version %4) on %5.")
                 .arg(agreement->personName(), year.name(), AgreementStore::audienceName(agreement->audience),
                      QString::number(agreement->templateVersion), signedOn.toString(u"dd/MM/yyyy"_s))
          << '\n';
    return Ok;
}

std::optional<qint64> AupCommand::staffNumber(Vault& vault, const QString& staff)
{
    // By number, or by "Surname, Forename" among the current staff.
    const QString who = staff.simplified();
    bool isNumber = false;
    const qint64 number = who.toLongLong(&isNumber);
    if (isNumber)
        return number;
    const auto current = StaffStore(vault).list();
    if (!current) {
        refuse(current.error());
        return std::nullopt;
    }
    const QString surname = who.section(u',', 0, 0).trimmed();
    const QString forename = who.section(u',', 1).trimmed();
    QList<StaffMember> matches;
    std::copy_if(current->cbegin(), current->cend(), std::back_inserter(matches), [&](const StaffMember& m) {
        return m.surname.compare(surname, Qt::CaseInsensitive) == 0 &&
               (forename.isEmpty() || m.forename.compare(forename, Qt::CaseInsensitive) == 0);
    });
    if (matches.size() == 1)
        return matches.constFirst().id;
    if (matches.isEmpty()) {
        refuse(
            tr("There is no current member of staff called %1. Write it as \"Surname, Forename\".").arg(who));
        return std::nullopt;
    }
    QStringList choices;
    for (const StaffMember& m : std::as_const(matches))
        choices << tr("%1 (%2, %3)")
                       .arg(QString::number(m.id), m.fullName(), StaffStore::categoryName(m.category));
    refuse(tr("More than one member of staff is called %1; give the number of the one you mean: %2.")
               .arg(who, choices.join(u"; "_s)));
    return std::nullopt;
}
