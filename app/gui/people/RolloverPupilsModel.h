#pragma once

#include "records/Rollover.h"

#include <QAbstractTableModel>

#include <optional>

// Every pupil on roll and what becomes of them; the next year group, next form, and a leaver's
// date and destination are editable, and every edit goes straight into the plan. It shows the
// wizard's plan, which it does not own; a new plan is shown after reset().
class RolloverPupilsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RolloverPupilsModel)
public:
    enum Column
    {
        Surname,
        Forename,
        Year,
        Form,
        NextYear,
        NextForm,
        Change,
        LeftOn,
        Destination,
        ColumnCount
    };
    // Beside RolloverEditorDelegate::ChoicesRole, which offers a cell's choices.
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        FormFilterRole = Qt::UserRole + 3 // a pupil's form now, as its index in the plan
    };

    RolloverPupilsModel(std::optional<RolloverPlan>& plan, QObject* parent);

    void reset();
    void rowChanged(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    // Anything but a move up one year group, or the last year group leaving, is worth a second look.
    bool isUsual(const RolloverPupil& p) const;
    QString changeText(const RolloverPupil& p) const;
    QString newFormName(const RolloverPupil& p) const;
    QVariant display(const RolloverPupil& p, int column) const;
    QVariant edit(const RolloverPupil& p, int column) const;
    QVariant sortKey(const RolloverPupil& p, int column) const;
    QVariant choices(const RolloverPupil& p, int column) const;

    std::optional<RolloverPlan>& m_plan;
};
