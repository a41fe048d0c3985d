#include "Cli.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Lanyard"));
    QCoreApplication::setApplicationName(QStringLiteral("lanyard-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    return Cli().run(QCoreApplication::arguments());
}
