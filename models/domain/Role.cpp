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
