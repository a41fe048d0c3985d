#pragma once

#include "records/AgreementStore.h"
#include "records/StaffStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// The staff a StaffStore::all() returned, one row each, for a QTableView behind a
// QSortFilterProxyModel sorting by SortRole. The AUP column shows each current member's staff
// agreement for the year that setAupStatus() was given.
class StaffTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaffTableModel)
public:
    enum Column
    {
        Name,
        Category,
        Roles,
        Aup,
        Email,
        Started,
        Left,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // surname first for names, chronological for dates
        IdRole,                      // the staff member's id, as qint64
        AttentionRole,               // true where the office should act: no signed staff agreement
    };

    explicit StaffTableModel(QObject* parent = nullptr);

    void setStaff(const QList<StaffMember>& staff);
    // Members missing from `status` (leavers) show nothing in the AUP column.
    void setAupStatus(const AcademicYear& year, const QList<StaffAupStatus>& status);
    // Whether the AUP column has a status for this member: they are current staff.
    bool hasAupStatus(qint64 memberId) const { return m_aupStatus.contains(memberId); }
    const QList<StaffMember>& staff() const { return m_staff; }
    const StaffMember& memberAt(int row) const { return m_staff.at(row); }
    int rowOf(qint64 memberId) const; // -1 when not shown

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const StaffMember& member, int column) const;
    QVariant sortKey(const StaffMember& member, int column) const;
    const std::optional<Agreement>* aupStatus(const StaffMember& member) const; // nullptr: a leaver
    QString aupText(const StaffMember& member) const;
    QString aupToolTip(const StaffMember& member) const;

    QList<StaffMember> m_staff;
    AcademicYear m_aupYear;
    QHash<qint64, std::optional<Agreement>> m_aupStatus; // by staff id: the signed agreement, if any
};
