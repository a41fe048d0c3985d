#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// Who a Lanyard user is. Stored by code() in the users table.
enum class Role
{
    Administrator,
    Office,
    Dsl,
    Head,
    It,
    Governor
};

// What a store operation needs. Every store checks the session's role against these, so a
// screen that forgets to hide a button still cannot read or change what the role may not.
enum class Permission
{
    ReadPeople, // pupils, parents, staff, forms
    WritePeople,
    ExportPeople,      // take names out of the vault: roll exports, and printed lists such as AUP packs
    ManageUsers,       // add, disable, remove users; reset their passphrases
    ManageSettings,    // school details, academic years and terms, restore
    ReadSafeguarding,  // unseal concern narratives, linked names, attachments
    WriteSafeguarding, // record concerns and their chronology
    ReadAudit,
    ReadRotation, // when passwords were changed
    WriteRotation,
    ReadFilteringLog,
    WriteFilteringLog,
    ReadReports,    // anonymised figures
    PublishFigures, // compute the governors' figures from the whole roll and sign them
    Backup,
};

class Roles final
{
    Q_DECLARE_TR_FUNCTIONS(Roles)
public:
    static QString code(Role role);                           // "administrator", "office", "dsl", ...
    static std::optional<Role> fromCode(const QString& code); // accepts the codes, case-insensitive
    static QString displayName(Role role);
    static QList<Role> all();

    static bool allows(Role role, Permission permission);
    // What a refusal says: "Your role (Office) does not allow managing users."
    static QString refusal(Role role, Permission permission);
    static QList<Permission> permissions();
};
