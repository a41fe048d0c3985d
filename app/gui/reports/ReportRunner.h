#pragma once

#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <functional>

class QWidget;

// Runs a long report build behind a progress window, for every report action. The job runs on the
// GUI thread, since the stores' connection belongs to it; each call to progress keeps the window
// answering, so a job should call it at least once a page.
class ReportRunner final
{
    Q_DECLARE_TR_FUNCTIONS(ReportRunner)
public:
    // How far the job has got; false once the user has pressed Cancel, and the job should stop.
    using Progress = std::function<bool(int done, int total)>;
    using Job = std::function<bool(const Progress& progress, QString* error)>;

    // How long a job runs before its progress window appears (sooner if it will plainly take longer).
    static constexpr std::chrono::milliseconds ShowAfter{500};

    // Runs job. A modal progress window saying `label` appears only when the job takes longer than
    // showAfter. true once the job has finished; false when it failed, after its error was shown
    // in a message box titled `title`, or when the user cancelled, which shows nothing.
    static bool run(QWidget* parent, const QString& title, const QString& label, const Job& job,
                    std::chrono::milliseconds showAfter = ShowAfter);
};
