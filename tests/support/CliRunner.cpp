#include "CliRunner.h"

#include <QProcess>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

Run runCli(const QStringList& arguments, const QMap<QString, QString>& environment)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"LANYARD_PASSPHRASE"_s);
    env.remove(u"LANYARD_USER"_s);
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(qEnvironmentVariable("LANYARD_CLI"), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}
