#include "RolloverEditorDelegate.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>

#include <algorithm>

using namespace Qt::StringLiterals;

QVariantMap RolloverEditorDelegate::choice(const QString& text, const QVariant& value)
{
    return {{u"text"_s, text}, {u"value"_s, value}};
}

QString RolloverEditorDelegate::shortDate(const QDate& date)
{
    return date.isValid() ? date.toString(u"d MMM yyyy"_s) : QString();
}

QString RolloverEditorDelegate::displayText(const QVariant& value, const QLocale& locale) const
{
    if (value.metaType() == QMetaType::fromType<QDate>())
        return shortDate(value.toDate());
    return QStyledItemDelegate::displayText(value, locale);
}

QWidget* RolloverEditorDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                              const QModelIndex& index) const
{
    const QVariant choices = index.data(ChoicesRole);
    if (choices.isValid()) {
        auto* combo = new QComboBox(parent);
        for (const QVariant& c : choices.toList())
            combo->addItem(c.toMap().value(u"text"_s).toString(), c.toMap().value(u"value"_s));
        // A choice made is a choice meant: no need to press Enter as well.
        auto* self = const_cast<RolloverEditorDelegate*>(this);
        connect(combo, &QComboBox::activated, self, [self, combo] {
            Q_EMIT self->commitData(combo);
            Q_EMIT self->closeEditor(combo);
        });
        return combo;
    }
    if (index.data(Qt::EditRole).metaType() == QMetaType::fromType<QDate>()) {
        auto* edit = new QDateEdit(parent);
        edit->setDisplayFormat(u"dd/MM/yyyy"_s);
        edit->setCalendarPopup(true);
        return edit;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void RolloverEditorDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void RolloverEditorDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                          const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentData());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}
