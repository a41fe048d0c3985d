#pragma once

#include <QStyledItemDelegate>

class QDate;

// Edits what the rollover's tables offer: a combo box where a cell has choices, a dd/MM/yyyy date
// edit with a calendar for a date, and dates shown as "1 Sep 2027" whatever the system's locale.
class RolloverEditorDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RolloverEditorDelegate)
public:
    // A QVariantList of choice()s: the cell's editor is a combo box offering them.
    static constexpr int ChoicesRole = Qt::UserRole + 2;
    static QVariantMap choice(const QString& text, const QVariant& value);
    // "1 Sep 2027"; empty for no date.
    static QString shortDate(const QDate& date);

    using QStyledItemDelegate::QStyledItemDelegate;

    QString displayText(const QVariant& value, const QLocale& locale) const override;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};
