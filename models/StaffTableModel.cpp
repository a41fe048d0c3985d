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

void StaffTableModel::setAupStatus(const AcademicYear& year, const QList<StaffAupStatus>& status)
{
    m_aupYear = year;
    m_aupStatus.clear();
    for (const StaffAupStatus& s : status)
        m_aupStatus.insert(s.staffId, s.signedAgreement);
    if (!m_staff.isEmpty())
        Q_EMIT dataChanged(index(0, Aup), index(rowCount() - 1, Aup));
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
    case Qt::ToolTipRole:
        return index.column() == Aup ? QVariant(aupToolTip(member)) : QVariant();
    case IdRole:
        return member.id;
    case AttentionRole: {
        const std::optional<Agreement>* status = aupStatus(member);
        return index.column() == Aup && status && !*status;
    }
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
    case Aup:
        return aupText(member);
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
    case Aup: {
        // Those still to sign first, then by the date they signed.
        const std::optional<Agreement> signedAgreement = m_aupStatus.value(member.id);
        return signedAgreement ? dayNumber(signedAgreement->returnedOn) : dayNumber({});
    }
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

const std::optional<Agreement>* StaffTableModel::aupStatus(const StaffMember& member) const
{
    const auto it = m_aupStatus.constFind(member.id);
    return it == m_aupStatus.cend() ? nullptr : &*it;
}

QString StaffTableModel::aupText(const StaffMember& member) const
{
    const std::optional<Agreement>* status = aupStatus(member);
    if (!status)
        return {};
    return *status ? tr("Signed %1").arg((*status)->returnedOn.toString(u"dd/MM/yyyy"_s)) : tr("Not signed");
}

QString StaffTableModel::aupToolTip(const StaffMember& member) const
{
    const std::optional<Agreement>* status = aupStatus(member);
    if (!status)
        return {};
    if (!*status)
        return tr("No signed staff agreement for %1: they should sign before using school systems")
            .arg(m_aupYear.name());
    return tr("Signed version %1 of “%2” for %3")
        .arg(QString::number((*status)->templateVersion), AgreementStore::audienceName((*status)->audience),
             m_aupYear.name());
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
    case Aup:
        return tr("AUP");
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
