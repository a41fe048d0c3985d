#include "RecoverySheetPrinter.h"

#include "RecoverySheet.h"
#include "records/SchoolStore.h"
#include "storage/AuditLog.h"
#include "storage/Vault.h"

#include <QGuiApplication>
#include <QInputDialog>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScopeGuard>

using namespace Qt::StringLiterals;

namespace {

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

// The audit entry first: a sheet that cannot be recorded is not printed.
bool auditAndPrint(QPrinter& printer, Vault& vault, const QString& recoveryKey, QString* error)
{
    if (!AuditLog(vault).recordEvent(u"print_recovery_sheet"_s, u"printed on demand"_s, {}, 0, error))
        return false;
    const auto school = SchoolStore(vault).load();
    if (!school) {
        if (error)
            *error = school.error();
        return false;
    }
    return RecoverySheetPrinter::paint(printer, school->name, recoveryKey, error);
}

} // namespace

bool RecoverySheetPrinter::mayPrint(const Vault& vault, QString* error)
{
    if (!vault.isOpen())
        return fail(error, tr("Unlock Lanyard first."));
    if (vault.user().role != Role::Administrator)
        return fail(error, tr("Only an administrator can print the recovery sheet; your role is %1.")
                               .arg(Roles::displayName(vault.user().role)));
    return true;
}

bool RecoverySheetPrinter::check(const Vault& vault, const QString& recoveryKey, QString* error)
{
    if (!mayPrint(vault, error))
        return false;
    if (!Vault::parseRecoveryKey(recoveryKey))
        return fail(error,
                    tr("That is not a recovery key: it is 64 letters and digits (0–9, A–F) in 8 groups "
                       "of 8. Nothing was printed."));
    VaultError problem;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const auto restoreCursor = qScopeGuard([] { QGuiApplication::restoreOverrideCursor(); });
    if (!Vault::openWithRecoveryKey(vault.path(), recoveryKey.trimmed(), &problem))
        return fail(error, problem.kind == VaultError::Kind::WrongCredentials
                               ? tr("This recovery key does not open this school's vault, so nothing was "
                                    "printed. Check it against the sheet in the school safe.")
                               : problem.message);
    return true;
}

bool RecoverySheetPrinter::print(QPrinter& printer, Vault& vault, const QString& recoveryKey, QString* error)
{
    return check(vault, recoveryKey, error) && auditAndPrint(printer, vault, recoveryKey, error);
}

bool RecoverySheetPrinter::paint(QPrinter& printer, const QString& schoolName, const QString& recoveryKey,
                                 QString* error)
{
    if (RecoverySheet::keyGroups(recoveryKey).isEmpty())
        return fail(error,
                    tr("That is not a recovery key: it is 64 letters and digits (0–9, A–F) in 8 groups "
                       "of 8. Nothing was printed."));
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    // The printer's default margins are only what it can reach; the sheet wants the reports' 15 mm.
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    if (printer.docName().isEmpty())
        printer.setDocName(tr("Vault recovery sheet"));
    QPainter painter;
    if (!painter.begin(&printer))
        return fail(error, tr("The printer could not be started. Check it is switched on and try again."));
    const QRectF page = printer.pageLayout().paintRectPixels(printer.resolution());
    RecoverySheet(schoolName, recoveryKey, QDateTime::currentDateTime())
        .paint(painter, QRectF(QPointF(0, 0), page.size()));
    if (!painter.end())
        return fail(error, tr("The sheet could not be sent to the printer."));
    return true;
}

bool printRecoverySheet(QWidget* parent, Vault& vault, const QString& recoveryKey)
{
    const QString title = RecoverySheetPrinter::tr("Print the recovery sheet");
    QString error;
    if (!RecoverySheetPrinter::mayPrint(vault, &error)) {
        QMessageBox::warning(parent, title, error);
        return false;
    }
    QString key = recoveryKey;
    if (key.isEmpty()) {
        bool ok = false;
        key = QInputDialog::getText(
            parent, title,
            RecoverySheetPrinter::tr(
                "Lanyard cannot show the recovery key again. Type it from the sheet in the "
                "school safe (8 groups of 8 letters and digits); Lanyard checks it opens "
                "this vault before printing."),
            QLineEdit::Normal, {}, &ok);
        if (!ok)
            return false;
    }
    if (!RecoverySheetPrinter::check(vault, key, &error)) {
        QMessageBox::warning(parent, title, error);
        return false;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(RecoverySheetPrinter::tr("Vault recovery sheet"));
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (!auditAndPrint(printer, vault, key, &error)) {
        QMessageBox::warning(parent, title, error);
        return false;
    }
    return true;
}

void showNewRecoveryKey(QWidget* parent, Vault& vault, const QString& recoveryKey)
{
    QMessageBox box(
        QMessageBox::Information, RecoverySheetPrinter::tr("New recovery key"),
        RecoverySheetPrinter::tr("The vault key has been changed, so that nothing a former user kept "
                                 "opens the vault. The new recovery key is:\n\n%1")
            .arg(recoveryKey),
        QMessageBox::NoButton, parent);
    box.setObjectName(u"newRecoveryKeyBox"_s);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.setInformativeText(RecoverySheetPrinter::tr(
        "Lanyard will not show it again. The old recovery key and the sheet in the safe no longer open "
        "the vault: print the new sheet and put it in their place."));
    QPushButton* print =
        box.addButton(RecoverySheetPrinter::tr("&Print the new sheet…"), QMessageBox::AcceptRole);
    print->setObjectName(u"printNewSheetButton"_s);
    box.addButton(QMessageBox::Close)->setObjectName(u"closeButton"_s);
    box.exec();
    if (box.clickedButton() == print)
        printRecoverySheet(parent, vault, recoveryKey);
}
