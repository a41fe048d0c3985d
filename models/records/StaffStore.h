#pragma once

#include "domain/Result.h"
#include <QCoreApplication>
#include <QDate>
#include <QFlags>
#include <QList>
#include <QString>

#include <optional>

class Vault;

enum class StaffCategory
{
    Teaching,
    Support,
    Governor,
    Volunteer,
    Supply,
    Contractor,
    Visitor
};

enum class StaffRole
{
    None = 0,
    Dsl = 1 << 0,
    DeputyDsl = 1 << 1,
    OnlineSafetyCoordinator = 1 << 2,
    Head = 1 << 3,
    It = 1 << 4,
};
Q_DECLARE_FLAGS(StaffRoles, StaffRole)
Q_DECLARE_OPERATORS_FOR_FLAGS(StaffRoles)

struct StaffMember
{
    qint64 id = 0;
    QString title;
    QString forename;
    QString surname;
    QString email;
    StaffCategory category = StaffCategory::Teaching;
    StaffRoles roles;
    QDate startsOn;
    QDate leavesOn;

    QString fullName() const;
    bool isCurrent(const QDate& on) const;
};

class StaffStore final
{
    Q_DECLARE_TR_FUNCTIONS(StaffStore)
public:
    explicit StaffStore(Vault& vault);

    static QString categoryCode(StaffCategory category);
    static std::optional<StaffCategory> categoryFromCode(const QString& code);
    static QString categoryName(StaffCategory category);
    static QList<StaffCategory> categories();
    static QString roleName(StaffRole role);
    static QList<StaffRole> roles();
    static QString rolesText(StaffRoles roles);

    static bool validate(const StaffMember& member, QString* error = nullptr);
    // WritePeople. Assigns member.id on insert.
    bool save(StaffMember& member, QString* error = nullptr);
    // WritePeople. The forms they tutor lose their tutor; their agreements go with them.
    bool remove(qint64 id, QString* error = nullptr);
    // ReadPeople.
    Result<StaffMember> find(qint64 id) const;
    // ReadPeople. Sorted by surname, then forename. Leavers only when asked for.
    Result<QList<StaffMember>> list(bool includeLeavers = false) const;
    // ReadPeople. Everyone, leavers too.
    Result<int> count() const;

private:
    Vault& m_vault;
};
