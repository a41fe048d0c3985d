#pragma once

#include "records/Rollover.h"

#include <QAbstractTableModel>

#include <optional>

// The forms as they will be next year, one row each; the new name is editable. It shows the
// wizard's plan, which it does not own; a new plan is shown after reset().
class RolloverFormsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RolloverFormsModel)
public:
    enum Column
    {
        Name,
        Year,
        Pupils,
        NextYear,
        NewName, // last, where the table has room to type
        ColumnCount
    };

    RolloverFormsModel(std::optional<RolloverPlan>& plan, QObject* parent);

    void reset();
    // A new form in year, its name still to be typed; its row.
    int addForm(const YearGroup& year);
    // Only a form added in the wizard can be taken out again.
    bool removeForm(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::optional<RolloverPlan>& m_plan;
};
