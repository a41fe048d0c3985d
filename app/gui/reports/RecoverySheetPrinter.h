#pragma once

#include <QCoreApplication>
#include <QString>

class QPrinter;
class QWidget;
class Vault;

// The recovery sheet (reports/RecoverySheet) on paper. At a school's creation the wizard prints it
// with the key it has just been shown; later an administrator may print another, typing the key from
// the sheet in the safe, since Lanyard cannot read the key back. Every printing is audited.
class RecoverySheetPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(RecoverySheetPrinter)
public:
    // Whether this session may print the sheet: an administrator's, with the vault open.
    static bool mayPrint(const Vault& vault, QString* error = nullptr);
    // mayPrint(), and the key really opens this vault (it is tried on a connection of its own,
    // which the audit trail records as a sign-in with the recovery key).
    static bool check(const Vault& vault, const QString& recoveryKey, QString* error = nullptr);
    // check(), then audits print_recovery_sheet and prints, without asking anything.
    static bool print(QPrinter& printer, Vault& vault, const QString& recoveryKey, QString* error = nullptr);

    // Only the drawing, for the wizard, which has just made the key; schoolName as on the sheet.
    static bool paint(QPrinter& printer, const QString& schoolName, const QString& recoveryKey,
                      QString* error = nullptr);
};

// For an administrator's menu item: asks for the key when none is given, checks it, offers the print
// dialog and prints; tells the user why when it will not. True once the sheet went to the printer.
bool printRecoverySheet(QWidget* parent, Vault& vault, const QString& recoveryKey = {});
// After the vault key changed: shows the new recovery key once, says the old sheet no longer opens
// the vault, and offers to print the new one.
void showNewRecoveryKey(QWidget* parent, Vault& vault, const QString& recoveryKey);
