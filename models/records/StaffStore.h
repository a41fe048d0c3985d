#pragma once

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
    bool save(StaffMember& member, QString* error = nullptr); // assigns member.id on insert
    bool remove(qint64 id, QString* error = nullptr);
    std::optional<StaffMember> find(qint64 id, QString* error = nullptr) const;
    // Sorted by surname, then forename. Leavers only when asked for.
    QList<StaffMember> all(bool includeLeavers = false, QString* error = nullptr) const;
    int count(QString* error = nullptr) const;

private:
    Vault& m_vault;
};
