#include "PrivateFiles.h"

#include "KeyRing.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPrivateFiles, "lanyard.storage.files")

namespace {
// Qt adds the "User" flags, the current account's own access, to what the mode says.
QFileDevice::Permissions modeOf(const QString& path)
{
    return QFile::permissions(path) &
           ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
}
} // namespace

namespace PrivateFiles {

void restrictUmask()
{
    ::umask(S_IRWXG | S_IRWXO);
}

bool restrict(const QString& file)
{
    if (modeOf(file) == FileMode)
        return true;
    if (QFile::setPermissions(file, FileMode))
        return true;
    qCWarning(lcPrivateFiles) << Q_FUNC_INFO << "cannot make a file private";
    return false;
}

bool makeFolder(const QString& folder)
{
    const QFileInfo info(folder);
    if (info.isSymLink() || (info.exists() && !info.isDir()))
        return false;
    if (!info.exists() && !QDir().mkdir(folder, FolderMode))
        return false;
    return modeOf(folder) == FolderMode || QFile::setPermissions(folder, FolderMode);
}

QStringList filesOf(const QString& vaultPath)
{
    QStringList files;
    const QStringList candidates{vaultPath, vaultPath + u"-wal"_s, vaultPath + u"-shm"_s,
                                 vaultPath + u"-journal"_s, KeyRing::pathFor(vaultPath)};
    for (const QString& path : candidates)
        if (QFileInfo(path).isFile())
            files << path;
    return files;
}

void restrictVault(const QString& vaultPath)
{
    for (const QString& file : filesOf(vaultPath))
        restrict(file);
}

} // namespace PrivateFiles
