#include "Role.h"

#include "CodeTable.h"

using namespace Qt::StringLiterals;

namespace {
constexpr auto Codes = codeTable<Role>({
    {Role::Administrator, u"administrator"},
    {Role::Office, u"office"},
    {Role::Dsl, u"dsl"},
    {Role::Head, u"head"},
    {Role::It, u"it"},
    {Role::Governor, u"governor"},
});
} // namespace

QList<Role> Roles::all()
{
    return Codes.values();
}

QString Roles::code(Role role)
{
    return Codes.code(role);
}

std::optional<Role> Roles::fromCode(const QString& text)
{
    return Codes.fromCode(text);
}

QString Roles::displayName(Role role)
{
    switch (role) {
    case Role::Administrator:
        return tr("Administrator");
    case Role::Office:
        return tr("Office");
    case Role::Dsl:
        return tr("Designated Safeguarding Lead");
    case Role::Head:
        return tr("Head");
    case Role::It:
        return tr("IT");
    case Role::Governor:
        return tr("Governor");
    }
    return {};
}

QList<Permission> Roles::permissions()
{
    return {
        Permission::ReadPeople,        Permission::WritePeople,      Permission::ExportPeople,
        Permission::ManageUsers,       Permission::ManageSettings,   Permission::ReadSafeguarding,
        Permission::WriteSafeguarding, Permission::ReadAudit,        Permission::ReadRotation,
        Permission::WriteRotation,     Permission::ReadFilteringLog, Permission::WriteFilteringLog,
        Permission::ReadReports,       Permission::PublishFigures,   Permission::Backup,
    };
}

bool Roles::allows(Role role, Permission permission)
{
    using P = Permission;
    switch (role) {
    case Role::Administrator: // the office manager: everything but safeguarding content
        return permission != P::ReadSafeguarding && permission != P::WriteSafeguarding;
    case Role::Office:
        return permission == P::ReadPeople || permission == P::WritePeople || permission == P::ExportPeople ||
               permission == P::ReadRotation || permission == P::WriteRotation ||
               permission == P::ReadReports || permission == P::Backup;
    case Role::Dsl:
        return allows(Role::Office, permission) || permission == P::ReadSafeguarding ||
               permission == P::WriteSafeguarding || permission == P::PublishFigures;
    case Role::Head: // reads everything, writes nothing safeguarding
        return permission == P::ReadPeople || permission == P::ExportPeople ||
               permission == P::ReadSafeguarding || permission == P::ReadAudit ||
               permission == P::ReadRotation || permission == P::ReadFilteringLog ||
               permission == P::ReadReports || permission == P::PublishFigures || permission == P::Backup;
    case Role::It: // names to record password changes against, and the filtering log; no lists out
        return permission == P::ReadPeople || permission == P::ReadRotation ||
               permission == P::WriteRotation || permission == P::ReadFilteringLog ||
               permission == P::WriteFilteringLog || permission == P::Backup;
    case Role::Governor:
        return permission == P::ReadReports;
    }
    return false;
}

QString Roles::refusal(Role role, Permission permission)
{
    QString what;
    switch (permission) {
    case Permission::ReadPeople:
        what = tr("seeing pupil and staff records");
        break;
    case Permission::WritePeople:
        what = tr("changing pupil and staff records");
        break;
    case Permission::ExportPeople:
        what = tr("exporting or printing lists of pupils and staff");
        break;
    case Permission::ManageUsers:
        what = tr("managing users");
        break;
    case Permission::ManageSettings:
        what = tr("changing the school's settings");
        break;
    case Permission::ReadSafeguarding:
        what = tr("reading safeguarding records");
        break;
    case Permission::WriteSafeguarding:
        what = tr("recording safeguarding concerns");
        break;
    case Permission::ReadAudit:
        what = tr("reading the audit trail");
        break;
    case Permission::ReadRotation:
        what = tr("seeing password-change records");
        break;
    case Permission::WriteRotation:
        what = tr("recording password changes");
        break;
    case Permission::ReadFilteringLog:
        what = tr("reading the filtering log");
        break;
    case Permission::WriteFilteringLog:
        what = tr("changing the filtering log");
        break;
    case Permission::ReadReports:
        what = tr("reading reports");
        break;
    case Permission::PublishFigures:
        what = tr("publishing the governors' figures");
        break;
    case Permission::Backup:
        what = tr("making backups");
        break;
    }
    return tr("Your role (%1) does not allow %2.").arg(displayName(role), what);
}
