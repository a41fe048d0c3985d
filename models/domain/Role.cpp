#include "Role.h"

using namespace Qt::StringLiterals;

QList<Role> Roles::all()
{
    return {Role::Administrator, Role::Office, Role::Dsl, Role::Head, Role::It, Role::Governor};
}

QString Roles::code(Role role)
{
    switch (role) {
    case Role::Administrator:
        return u"administrator"_s;
    case Role::Office:
        return u"office"_s;
    case Role::Dsl:
        return u"dsl"_s;
    case Role::Head:
        return u"head"_s;
    case Role::It:
        return u"it"_s;
    case Role::Governor:
        return u"governor"_s;
    }
    return {};
}

std::optional<Role> Roles::fromCode(const QString& text)
{
    const QString wanted = text.trimmed().toLower();
    for (Role role : all())
        if (code(role) == wanted)
            return role;
    return std::nullopt;
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
    return {Permission::ReadPeople,
            Permission::WritePeople,
            Permission::ManageUsers,
            Permission::ManageSettings,
            Permission::ReadSafeguarding,
            Permission::WriteSafeguarding,
            Permission::ReadAudit,
            Permission::ReadRotation,
            Permission::WriteRotation,
            Permission::ReadFilteringLog,
            Permission::WriteFilteringLog,
            Permission::ReadReports,
            Permission::Backup};
}

bool Roles::allows(Role role, Permission permission)
{
    using P = Permission;
    switch (role) {
    case Role::Administrator: // the office manager: everything but safeguarding content
        return permission != P::ReadSafeguarding && permission != P::WriteSafeguarding;
    case Role::Office:
        return permission == P::ReadPeople || permission == P::WritePeople || permission == P::ReadRotation ||
               permission == P::WriteRotation || permission == P::ReadReports || permission == P::Backup;
    case Role::Dsl:
        return allows(Role::Office, permission) || permission == P::ReadSafeguarding ||
               permission == P::WriteSafeguarding;
    case Role::Head: // reads everything, writes nothing safeguarding
        return permission == P::ReadPeople || permission == P::ReadSafeguarding ||
               permission == P::ReadAudit || permission == P::ReadRotation ||
               permission == P::ReadFilteringLog || permission == P::ReadReports || permission == P::Backup;
    case Role::It: // names to record password changes against, and the filtering log
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
    case Permission::Backup:
        what = tr("making backups");
        break;
    }
    return tr("Your role (%1) does not allow %2.").arg(displayName(role), what);
}
