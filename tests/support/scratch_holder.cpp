// A child process for tst_scratchfolder: takes a private folder beside the vault named on the
// command line, as a backup does, puts a copy in it, says "holding PATH" and waits to be killed.
#include "storage/ScratchFolder.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fputs("usage: scratch_holder VAULT\n", stderr);
        return 2;
    }
    const ScratchFolder run(args[1]);
    QFile copy(run.filePath(QStringLiteral("copy.lanyard")));
    if (!run.isValid() || !copy.open(QIODevice::WriteOnly) || copy.write("an encrypted copy") < 0) {
        std::fputs("cannot make the private folder\n", stderr);
        return 1;
    }
    copy.close();
    std::printf("holding %s\n", QFile::encodeName(run.path()).constData());
    std::fflush(stdout);
    // Until killed; a closed stdin ends it cleanly instead.
    while (std::getchar() != EOF) {
    }
    return 0;
}
