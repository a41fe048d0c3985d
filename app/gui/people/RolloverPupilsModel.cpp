#include "RolloverPupilsModel.h"

#include "people/RolloverEditorDelegate.h"
#include "people/RolloverWizard.h"
#include "records/PupilStore.h" // foldForSearch

#include <QFont>

#include <limits>

using namespace Qt::StringLiterals;

namespace {
constexpr int Leaves = 1000; // among the year groups a pupil can go to
} // namespace

RolloverPupilsModel::RolloverPupilsModel(std::optional<RolloverPlan>& plan, QObject* parent)
    : QAbstractTableModel(parent)
    , m_plan(plan)
{
}

void RolloverPupilsModel::reset()
{
    beginResetModel();
    endResetModel();
}

void RolloverPupilsModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int RolloverPupilsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_plan ? 0 : int(m_plan->pupils.size());
}

int RolloverPupilsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool RolloverPupilsModel::isUsual(const RolloverPupil& p) const
{
    if (p.leaving)
        return p.yearGroup >= m_plan->topYear;
    return p.newYearGroup.ordinal() == p.yearGroup.ordinal() + 1;
}

QString RolloverPupilsModel::changeText(const RolloverPupil& p) const
{
    if (p.leaving)
        return RolloverWizard::tr("Leaves");
    const int by = p.newYearGroup.ordinal() - p.yearGroup.ordinal();
    if (by == 0)
        return RolloverWizard::tr("Held back");
    if (by == 1)
        return RolloverWizard::tr("Moves up");
    if (by > 1)
        return RolloverWizard::tr("Moves up %1 years").arg(by);
    return RolloverWizard::tr("Moves down");
}

QVariant RolloverPupilsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RolloverPupil& p = m_plan->pupils.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(p, index.column());
    case Qt::EditRole:
        return edit(p, index.column());
    case SortRole:
        return sortKey(p, index.column());
    case RolloverEditorDelegate::ChoicesRole:
        return choices(p, index.column());
    case FormFilterRole:
        return QString::number(p.form);
    case Qt::FontRole:
        if (index.column() == Change && !isUsual(p)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NextYear)
            return RolloverWizard::tr("Double-click to hold %1 back, move them on or mark them as leaving.")
                .arg(p.forename);
        if (index.column() == Destination && p.leaving)
            return RolloverWizard::tr("The school %1 goes on to, if known.").arg(p.forename);
        return {};
    default:
        return {};
    }
}

bool RolloverPupilsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const int row = index.row();
    RolloverPupil& p = m_plan->pupils[row];
    switch (index.column()) {
    case NextYear:
        if (value.toInt() == Leaves) {
            m_plan->setLeaving(row, true);
        } else {
            const std::optional<YearGroup> year = YearGroup::fromOrdinal(value.toInt());
            if (!year)
                return false;
            m_plan->setNewYearGroup(row, *year);
        }
        break;
    case NextForm:
        m_plan->setNewForm(row, value.toInt());
        break;
    case LeftOn:
        if (!value.toDate().isValid())
            return false;
        p.leftOn = value.toDate();
        break;
    case Destination:
        p.destination = value.toString().trimmed();
        break;
    default:
        return false;
    }
    rowChanged(row);
    return true;
}

Qt::ItemFlags RolloverPupilsModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || !m_plan)
        return f;
    const bool leaving = m_plan->pupils.at(index.row()).leaving;
    const int column = index.column();
    if (column == NextYear || (column == NextForm && !leaving) ||
        ((column == LeftOn || column == Destination) && leaving))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant RolloverPupilsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Surname:
        return RolloverWizard::tr("Surname");
    case Forename:
        return RolloverWizard::tr("Forename");
    case Year:
        return RolloverWizard::tr("Year now");
    case Form:
        return RolloverWizard::tr("Form now");
    case NextYear:
        return RolloverWizard::tr("Next year");
    case NextForm:
        return RolloverWizard::tr("Next form");
    case Change:
        return RolloverWizard::tr("Change");
    case LeftOn:
        return RolloverWizard::tr("Leaving date");
    case Destination:
        return RolloverWizard::tr("Destination school");
    default:
        return {};
    }
}

QString RolloverPupilsModel::newFormName(const RolloverPupil& p) const
{
    return p.newForm >= 0 && !p.leaving ? m_plan->forms.at(p.newForm).newName : QString();
}

QVariant RolloverPupilsModel::display(const RolloverPupil& p, int column) const
{
    switch (column) {
    case Surname:
        return p.surname;
    case Forename:
        return p.forename;
    case Year:
        return p.yearGroup.displayName();
    case Form:
        return p.formName;
    case NextYear:
        return p.leaving ? RolloverWizard::tr("Leaves") : p.newYearGroup.displayName();
    case NextForm:
        return newFormName(p);
    case Change:
        return changeText(p);
    case LeftOn:
        return p.leaving ? RolloverEditorDelegate::shortDate(p.leftOn) : QString();
    case Destination:
        return p.leaving ? p.destination : QString();
    default:
        return {};
    }
}

QVariant RolloverPupilsModel::edit(const RolloverPupil& p, int column) const
{
    switch (column) {
    case NextYear:
        return p.leaving ? Leaves : p.newYearGroup.ordinal();
    case NextForm:
        return p.newForm;
    case LeftOn:
        return p.leftOn;
    case Destination:
        return p.destination;
    default:
        return display(p, column);
    }
}

QVariant RolloverPupilsModel::sortKey(const RolloverPupil& p, int column) const
{
    const QString name = foldForSearch(p.surname) + u'\t' + foldForSearch(p.forename);
    // A form sorts within its year, so 3B comes before 10A, and its pupils by name.
    auto inYear = [&](const YearGroup& year, const QString& form) {
        return u"%1 %2\t%3"_s.arg(year.ordinal() + 2, 4, 10, QChar(u'0')).arg(foldForSearch(form), name);
    };
    switch (column) {
    case Surname:
        return name;
    case Forename:
        return QString(foldForSearch(p.forename) + u'\t' + foldForSearch(p.surname));
    case Year:
        return inYear(p.yearGroup, QString());
    case Form:
        return inYear(p.yearGroup, p.formName);
    case NextYear:
        return p.leaving ? inYear(*YearGroup::fromOrdinal(YearGroup::Last), u"\uffff"_s)
                         : inYear(p.newYearGroup, QString());
    case NextForm:
        return p.leaving ? QString(u"\uffff"_s + name) : inYear(p.newYearGroup, newFormName(p));
    case Change:
        return QString(u"%1\t%2\t"_s.arg(isUsual(p) ? 1 : 0).arg(changeText(p)) + name);
    case LeftOn:
        return p.leaving ? p.leftOn.toJulianDay() : std::numeric_limits<qint64>::max();
    case Destination:
        return QString(foldForSearch(p.destination) + u'\t' + name);
    default:
        return {};
    }
}

QVariant RolloverPupilsModel::choices(const RolloverPupil& p, int column) const
{
    using Delegate = RolloverEditorDelegate;
    QVariantList list;
    if (column == NextYear) {
        for (const YearGroup& year : YearGroup::all())
            if (year <= m_plan->topYear)
                list << Delegate::choice(year.displayName(), year.ordinal());
        list << Delegate::choice(RolloverWizard::tr("Leaves"), Leaves);
    } else if (column == NextForm && !p.leaving) {
        list << Delegate::choice(RolloverWizard::tr("No form"), -1);
        for (int form : m_plan->formsFor(p.newYearGroup))
            list << Delegate::choice(m_plan->forms.at(form).newName, form);
    } else {
        return {};
    }
    return list;
}
