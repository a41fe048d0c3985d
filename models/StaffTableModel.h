#pragma once

#include "records/StaffStore.h"

#include <QAbstractTableModel>
#include <QList>

// The staff a StaffStore::all() returned, one row each, for a QTableView behind a
// QSortFilterProxyModel sorting by SortRole.
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
        Email,
        Started,
        Left,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // surname first for names, chronological for dates
        IdRole,                      // the staff member's id, as qint64
    };

    explicit StaffTableModel(QObject* parent = nullptr);

    void setStaff(const QList<StaffMember>& staff);
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

    QList<StaffMember> m_staff;
};
