#include "Cli.h"
#include "storage/PrivateFiles.h"

#include <QGuiApplication>

#include <algorithm>
#include <iterator>
#include <memory>

int main(int argc, char* argv[])
{
    PrivateFiles::restrictUmask();
    // Reports lay out text, which needs a QGuiApplication's fonts; the command line never shows a
    // window, so it needs no display either. Other commands keep to QCoreApplication, which says
    // nothing of displays or runtime folders on a server.
    QStringList arguments;
    std::transform(argv, argv + argc, std::back_inserter(arguments),
                   [](const char* argument) { return QString::fromLocal8Bit(argument); });
    const bool fonts = Cli().needsFonts(arguments);
    if (fonts && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app = fonts ? std::make_unique<QGuiApplication>(argc, argv)
                                                        : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Lanyard"));
    QCoreApplication::setApplicationName(QStringLiteral("lanyard-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    return Cli().run(QCoreApplication::arguments());
}
