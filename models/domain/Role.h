#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// What a Lanyard user may do. Stored by code() in the users table.
enum class Role
{
    Administrator,
    Office,
    Dsl,
    Head,
    It,
    Governor
};

class Roles final
{
    Q_DECLARE_TR_FUNCTIONS(Roles)
public:
    static QString code(Role role);                           // "administrator", "office", "dsl", ...
    static std::optional<Role> fromCode(const QString& code); // accepts the codes, case-insensitive
    static QString displayName(Role role);
    static QList<Role> all();
};
