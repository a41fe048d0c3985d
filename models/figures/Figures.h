#pragma once

#include "domain/AcademicYear.h"
#include "domain/Role.h"
#include "domain/YearGroup.h"
#include "records/StaffStore.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// A count of children as the governors receive it. From 1 to 4 it is suppressed (DESIGN §2): a
// handful of children in a year group can be told apart by anyone who knows the school, so the
// number is never stored, only the fact that it was small. Zero stays zero, since an empty year
// group says nothing about any child. See FORMAT.md.
class ChildCount final
{
public:
    static constexpr int SuppressedFrom = 1;
    static constexpr int SuppressedTo = 4;

    ChildCount() = default; // zero
    // The published form of a count: suppressed from 1 to 4, otherwise the number.
    static ChildCount of(int children);
    static ChildCount suppressed();

    bool isSuppressed() const { return !m_value.has_value(); }
    // nullopt when suppressed.
    std::optional<int> value() const { return m_value; }

    friend bool operator==(const ChildCount&, const ChildCount&) = default;

private:
    std::optional<int> m_value = 0;
};

// The governors' figures for one school and academic year: counts without names, with small
// numbers already suppressed, computed and signed by a head, DSL or administrator session and
// read by governors, who never hold the vault key. FiguresBundle writes and reads them.
struct Figures
{
    struct YearGroupPupils
    {
        YearGroup yearGroup;
        ChildCount onRoll;
        friend bool operator==(const YearGroupPupils&, const YearGroupPupils&) = default;
    };
    struct StaffCount
    {
        StaffCategory category = StaffCategory::Teaching;
        int count = 0; // staff are adults counted by role, not children: never suppressed
        friend bool operator==(const StaffCount&, const StaffCount&) = default;
    };
    struct AupCoverage
    {
        YearGroup yearGroup;
        ChildCount issued;
        ChildCount complete;
        ChildCount outstanding; // issued, less complete and declined
        friend bool operator==(const AupCoverage&, const AupCoverage&) = default;
    };

    int formatVersion = 0; // of the bundle it was read from, or the one it will be written as
    QString schoolName;
    QString vaultId; // KeyRing::vaultId(): tells one school's figures from another's
    AcademicYear academicYear;
    QDateTime publishedAt; // UTC
    QString publishedByName;
    Role publishedByRole = Role::Head;
    int pupilsOnRollTotal = 0;           // the whole roll: a total, never suppressed
    QList<YearGroupPupils> pupilsOnRoll; // N, R, 1..13, in that order, every one
    int staffTotal = 0;                  // current staff
    QList<StaffCount> staff;             // StaffStore::categories(), in that order, every one
    QList<AupCoverage> aupCoverage;      // year groups with an agreement issued for the year, in order
    QDateTime lastBackup;                // UTC; invalid if the vault has never been backed up
    qint64 auditEntries = 0;             // the audit chain's head when the figures were computed
    QString auditHead;                   // hex SHA-256 of the newest entry; empty before the first

    friend bool operator==(const Figures&, const Figures&) = default;
};
