#include "ReadOnlyForm.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextEdit>

namespace {
// Disabling would grey the text out; a field that ignores the mouse and the keyboard stays legible.
void freeze(QWidget* field)
{
    field->setAttribute(Qt::WA_TransparentForMouseEvents);
    field->setFocusPolicy(Qt::NoFocus);
}
} // namespace

void ReadOnlyForm::apply(QWidget* form, QDialogButtonBox* buttons)
{
    for (QLineEdit* edit : form->findChildren<QLineEdit*>()) {
        edit->setReadOnly(true);
        edit->setClearButtonEnabled(false);
    }
    for (QAbstractSpinBox* spin : form->findChildren<QAbstractSpinBox*>()) {
        spin->setReadOnly(true);
        spin->setButtonSymbols(QAbstractSpinBox::NoButtons);
        freeze(spin);
    }
    for (QPlainTextEdit* edit : form->findChildren<QPlainTextEdit*>())
        edit->setReadOnly(true);
    for (QTextEdit* edit : form->findChildren<QTextEdit*>())
        edit->setReadOnly(true);
    for (QComboBox* combo : form->findChildren<QComboBox*>())
        freeze(combo);
    for (QAbstractButton* button : form->findChildren<QAbstractButton*>())
        if (!buttons->isAncestorOf(button))
            freeze(button);
    buttons->setStandardButtons(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
}
