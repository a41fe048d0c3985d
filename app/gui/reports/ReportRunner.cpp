#include "ReportRunner.h"

#include <QMessageBox>
#include <QProgressDialog>

bool ReportRunner::run(QWidget* parent, const QString& title, const QString& label, const Job& job,
                       std::chrono::milliseconds showAfter)
{
    QProgressDialog dialog(label, tr("Cancel"), 0, 0, parent);
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(int(showAfter.count()));
    // Reaching the end must not hide the window while the job still writes its last page.
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    dialog.setValue(0);
    const Progress progress = [&dialog](int done, int total) {
        dialog.setMaximum(total);
        dialog.setValue(done); // a modal progress dialog handles events here, the Cancel button among them
        return !dialog.wasCanceled();
    };
    QString error;
    const bool finished = job(progress, &error);
    if (dialog.wasCanceled())
        return false;
    if (finished)
        return true;
    dialog.hide();
    QMessageBox::warning(parent, title,
                         error.isEmpty() ? tr("The report could not be made. Try again; if it fails "
                                              "again, tell whoever looks after Lanyard.")
                                         : error);
    return false;
}
