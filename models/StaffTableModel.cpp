#include "StaffTableModel.h"

#include "records/PupilStore.h" // foldForSearch

#include <algorithm>
#include <iterator>
#include <limits>

using namespace Qt::StringLiterals;

namespace {
qint64 dayNumber(const QDate& date)
{
    return date.isValid() ? date.toJulianDay() : std::numeric_limits<qint64>::min();
}
} // namespace

StaffTableModel::StaffTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void StaffTableModel::setStaff(const QList<StaffMember>& staff)
{
    beginResetModel();
    m_staff = staff;
    endResetModel();
}

int StaffTableModel::rowOf(qint64 memberId) const
{
    const auto it = std::find_if(m_staff.cbegin(), m_staff.cend(),
                                 [&](const StaffMember& m) { return m.id == memberId; });
    return it == m_staff.cend() ? -1 : int(std::distance(m_staff.cbegin(), it));
}

int StaffTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_staff.size());
}

int StaffTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StaffTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StaffMember& member = m_staff.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(member, index.column());
    case SortRole:
        return sortKey(member, index.column());
    case IdRole:
        return member.id;
    default:
        return {};
    }
}

QVariant StaffTableModel::display(const StaffMember& member, int column) const
{
    switch (column) {
    case Name:
        return member.fullName();
    case Category:
        return StaffStore::categoryName(member.category);
    case Roles:
        return StaffStore::rolesText(member.roles);
    case Email:
        return member.email;
    case Started:
        return member.startsOn.toString(u"dd/MM/yyyy"_s);
    case Left:
        return member.leavesOn.toString(u"dd/MM/yyyy"_s);
    default:
        return {};
    }
}

QVariant StaffTableModel::sortKey(const StaffMember& member, int column) const
{
    switch (column) {
    case Name:
        // Listed as "Mrs Jane Evans" but found under E, as in the staff handbook.
        return QString(foldForSearch(member.surname) + u'\t' + foldForSearch(member.forename));
    case Category:
        return int(member.category);
    case Roles:
        return StaffStore::rolesText(member.roles);
    case Email:
        return member.email.toCaseFolded();
    case Started:
        return dayNumber(member.startsOn);
    case Left:
        return dayNumber(member.leavesOn);
    default:
        return {};
    }
}

QVariant StaffTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Category:
        return tr("Category");
    case Roles:
        return tr("Roles");
    case Email:
        return tr("Email");
    case Started:
        return tr("Started");
    case Left:
        return tr("Left");
    default:
        return {};
    }
}
