#include "RolloverFormsModel.h"

#include "people/RolloverWizard.h"

#include <QFont>

RolloverFormsModel::RolloverFormsModel(std::optional<RolloverPlan>& plan, QObject* parent)
    : QAbstractTableModel(parent)
    , m_plan(plan)
{
}

void RolloverFormsModel::reset()
{
    beginResetModel();
    endResetModel();
}

int RolloverFormsModel::addForm(const YearGroup& year)
{
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_plan->addForm(QString(), year);
    endInsertRows();
    return row;
}

bool RolloverFormsModel::removeForm(int row)
{
    if (!m_plan || row < 0 || row >= rowCount() || m_plan->forms[row].change != RolloverForm::Change::Create)
        return false;
    beginRemoveRows({}, row, row);
    m_plan->removeForm(row);
    endRemoveRows();
    return true;
}

int RolloverFormsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_plan ? 0 : int(m_plan->forms.size());
}

int RolloverFormsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RolloverFormsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RolloverForm& f = m_plan->forms.at(index.row());
    const bool created = f.change == RolloverForm::Change::Create;
    const bool retired = f.change == RolloverForm::Change::Retire;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Name:
            return created ? RolloverWizard::tr("New form") : f.name;
        case Year:
            return f.yearGroup.displayName();
        case NextYear:
            return retired ? RolloverWizard::tr("Retired, kept for its leavers")
                           : f.newYearGroup.displayName();
        case NewName:
            return f.newName;
        case Pupils:
            return created ? QVariant() : QVariant(f.pupils);
        default:
            return {};
        }
    case Qt::FontRole:
        if ((index.column() == Name && created) || (index.column() == NextYear && retired)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NewName && retired)
            return RolloverWizard::tr("Kept under this name so that its leavers' records still show the "
                                      "form they left from.");
        if (index.column() == NewName)
            return RolloverWizard::tr("Double-click to change the form's name for next year.");
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Pupils ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

bool RolloverFormsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::EditRole || index.column() != NewName)
        return false;
    m_plan->forms[index.row()].newName = value.toString().trimmed();
    Q_EMIT dataChanged(index, index);
    return true;
}

Qt::ItemFlags RolloverFormsModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NewName)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant RolloverFormsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole)
        return QVariant(section == Pupils ? Qt::AlignRight | Qt::AlignVCenter
                                          : Qt::AlignLeft | Qt::AlignVCenter);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return RolloverWizard::tr("Form");
    case Year:
        return RolloverWizard::tr("Year now");
    case NextYear:
        return RolloverWizard::tr("Next year");
    case NewName:
        return RolloverWizard::tr("New name");
    case Pupils:
        return RolloverWizard::tr("Pupils");
    default:
        return {};
    }
}
