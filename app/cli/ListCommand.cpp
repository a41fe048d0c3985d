#include "ListCommand.h"

#include "records/PupilStore.h"
#include "records/StaffStore.h"

using namespace Qt::StringLiterals;

namespace {
const QString YearOption = u"year"_s;
const QString LeaversOption = u"leavers"_s;
} // namespace

ListCommand::ListCommand()
    : VaultCommand(u"list"_s,
                   {{u"list pupils|staff VAULT"_s, tr("the roll, or the staff, as a table or CSV")}},
                   tr("List the pupils on roll, or the staff, as a table or as CSV with a fixed\n"
                      "header row and ISO dates."))
{
    addOption({YearOption, tr("Only this year group: N, R or 1 to 13 (pupils)."), tr("year")});
    addOption({u"form"_s, tr("Only this form (pupils)."), tr("form")});
    addOption({LeaversOption, tr("Include people who have left.")});
    addOption(formatOption(tr("table (the default) or csv.")));
    addArgument(u"KIND"_s, tr("pupils or staff."));
    addVaultArgument();
}

int ListCommand::execute(const QStringList& arguments)
{
    const QString what = arguments[0], path = arguments[1];
    if (!checkFormat())
        return Usage;
    if (what != u"pupils"_s && what != u"staff"_s)
        return usage(tr("list pupils or list staff."));
    std::optional<YearGroup> year;
    if (m_parser.isSet(YearOption) && !(year = YearGroup::parse(m_parser.value(YearOption))))
        return usage(tr("“%1” is not a year group: use N, R or 1 to 13.").arg(m_parser.value(YearOption)));

    int code = Ok;
    auto vault = openVault(path, &code);
    if (!vault)
        return code;
    if (what == u"pupils"_s) {
        const auto rows = pupils(*vault, year);
        if (!rows)
            return refuse(rows.error());
        printRows({u"upn"_s, u"surname"_s, u"forename"_s, u"preferred"_s, u"dob"_s, u"gender"_s, u"year"_s,
                   u"form"_s, u"admission_no"_s, u"joined"_s, u"left"_s, u"status"_s},
                  *rows);
    } else {
        const auto rows = staff(*vault);
        if (!rows)
            return refuse(rows.error());
        printRows({u"title"_s, u"forename"_s, u"surname"_s, u"email"_s, u"category"_s, u"roles"_s,
                   u"started"_s, u"left"_s},
                  *rows);
    }
    return Ok;
}

Result<QList<QStringList>> ListCommand::pupils(Vault& vault, const std::optional<YearGroup>& year)
{
    PupilFilter filter;
    filter.yearGroup = year;
    filter.includeLeavers = m_parser.isSet(LeaversOption);
    QString error;
    if (!formOption(vault, &filter.formId, &error))
        return Failure{error};
    const auto pupils = PupilStore(vault).list(filter);
    if (!pupils)
        return Failure{pupils.error()};
    QList<QStringList> rows;
    for (const Pupil& p : *pupils)
        rows << QStringList{p.upn,
                            p.surname,
                            p.legalForename,
                            p.preferredForename,
                            p.dateOfBirth.toString(Qt::ISODate),
                            PupilStore::genderCode(p.gender),
                            p.yearGroup.code(),
                            p.formName,
                            p.admissionNumber,
                            p.joinedOn.toString(Qt::ISODate),
                            p.leftOn.toString(Qt::ISODate),
                            PupilStore::statusCode(p.status)};
    return rows;
}

Result<QList<QStringList>> ListCommand::staff(Vault& vault)
{
    const auto staff = StaffStore(vault).list(m_parser.isSet(LeaversOption));
    if (!staff)
        return Failure{staff.error()};
    QList<QStringList> rows;
    for (const StaffMember& s : *staff)
        rows << QStringList{s.title,
                            s.forename,
                            s.surname,
                            s.email,
                            StaffStore::categoryCode(s.category),
                            StaffStore::rolesText(s.roles),
                            s.startsOn.toString(Qt::ISODate),
                            s.leavesOn.toString(Qt::ISODate)};
    return rows;
}
