#include "PupilTableModel.h"

#include "domain/AcademicYear.h"

#include <algorithm>
#include <iterator>
#include <limits>

using namespace Qt::StringLiterals;

namespace {
// Empty dates sort before every real one, as an empty text sorts before every word.
qint64 dayNumber(const QDate& date)
{
    return date.isValid() ? date.toJulianDay() : std::numeric_limits<qint64>::min();
}

QString formSortKey(const Pupil& pupil)
{
    // A form sorts within its year, so 3B comes before 10A.
    return u"%1 %2"_s.arg(pupil.yearGroup.ordinal() + 2, 2, 10, QChar(u'0'))
        .arg(foldForSearch(pupil.formName));
}
} // namespace

PupilTableModel::PupilTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_academicStartYear(AcademicYear::containing(QDate::currentDate()).startYear())
{
}

void PupilTableModel::setPupils(const QList<Pupil>& pupils)
{
    beginResetModel();
    m_pupils = pupils;
    endResetModel();
}

int PupilTableModel::rowOf(qint64 pupilId) const
{
    const auto it =
        std::find_if(m_pupils.cbegin(), m_pupils.cend(), [&](const Pupil& p) { return p.id == pupilId; });
    return it == m_pupils.cend() ? -1 : int(std::distance(m_pupils.cbegin(), it));
}

void PupilTableModel::setAcademicStartYear(int startYear)
{
    if (startYear == m_academicStartYear)
        return;
    m_academicStartYear = startYear;
    if (!m_pupils.isEmpty())
        Q_EMIT dataChanged(index(0, ExpectedYear), index(rowCount() - 1, ExpectedYear));
}

std::optional<YearGroup> PupilTableModel::differingExpectedYear(const Pupil& pupil) const
{
    // A leaver's year group is the one they left from; their age says nothing about it now.
    if (pupil.status == Pupil::Status::Left)
        return std::nullopt;
    const std::optional<YearGroup> expected = pupil.expectedYearGroup(m_academicStartYear);
    if (!expected || !pupil.yearGroup.isValid() || *expected == pupil.yearGroup)
        return std::nullopt;
    return expected;
}

int PupilTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_pupils.size());
}

int PupilTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PupilTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Pupil& pupil = m_pupils.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(pupil, index.column());
    case SortRole:
        return sortKey(pupil, index.column());
    case Qt::ToolTipRole:
        return toolTip(pupil, index.column());
    case IdRole:
        return pupil.id;
    default:
        return {};
    }
}

QVariant PupilTableModel::display(const Pupil& pupil, int column) const
{
    switch (column) {
    case Surname:
        return pupil.surname;
    case Forename:
        return pupil.knownAs();
    case Year:
        return pupil.yearGroup.displayName();
    case Form:
        return pupil.formName;
    case DateOfBirth:
        return pupil.dateOfBirth.toString(u"dd/MM/yyyy"_s);
    case Upn:
        return pupil.upn;
    case Status:
        return PupilStore::statusName(pupil.status);
    case ExpectedYear:
        if (const auto expected = differingExpectedYear(pupil))
            return expected->displayName();
        return QString();
    case LeftOn:
        return pupil.leftOn.toString(u"dd/MM/yyyy"_s);
    case Destination:
        return pupil.destination;
    default:
        return {};
    }
}

QVariant PupilTableModel::sortKey(const Pupil& pupil, int column) const
{
    switch (column) {
    case Surname:
        return QString(foldForSearch(pupil.surname) + u'\t' + foldForSearch(pupil.knownAs()));
    case Forename:
        return QString(foldForSearch(pupil.knownAs()) + u'\t' + foldForSearch(pupil.surname));
    case Year:
        return pupil.yearGroup.ordinal();
    case Form:
        return formSortKey(pupil);
    case DateOfBirth:
        return dayNumber(pupil.dateOfBirth);
    case Upn:
        return pupil.upn;
    case Status:
        return int(pupil.status);
    case ExpectedYear:
        // Pupils whose year matches their age sort together, before every differing year.
        if (const auto expected = differingExpectedYear(pupil))
            return expected->ordinal();
        return YearGroup::First - 1;
    case LeftOn:
        return dayNumber(pupil.leftOn);
    case Destination:
        return foldForSearch(pupil.destination);
    default:
        return {};
    }
}

QVariant PupilTableModel::toolTip(const Pupil& pupil, int column) const
{
    switch (column) {
    case Forename:
        if (!pupil.preferredForename.isEmpty() && pupil.preferredForename != pupil.legalForename)
            return tr("Legal forename: %1").arg(pupil.legalForename);
        return {};
    case ExpectedYear:
        if (const auto expected = differingExpectedYear(pupil))
            return tr("Born %1, %2 would be in %3 in %4 by age; the roll records %5, which is the year group "
                      "Lanyard uses.")
                .arg(pupil.dateOfBirth.toString(u"dd/MM/yyyy"_s), pupil.knownAs(), expected->displayName(),
                     AcademicYear(m_academicStartYear).name(), pupil.yearGroup.displayName());
        return {};
    default:
        return {};
    }
}

QVariant PupilTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == ExpectedYear)
        return tr("The year group the date of birth suggests, shown only where it differs from the roll");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Surname:
        return tr("Surname");
    case Forename:
        return tr("Forename");
    case Year:
        return tr("Year");
    case Form:
        return tr("Form");
    case DateOfBirth:
        return tr("Date of birth");
    case Upn:
        return tr("UPN");
    case Status:
        return tr("Status");
    case ExpectedYear:
        return tr("Expected year");
    case LeftOn:
        return tr("Left on");
    case Destination:
        return tr("Destination school");
    default:
        return {};
    }
}
