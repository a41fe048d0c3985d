#include "ScratchFolder.h"

#include "PrivateFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcScratch, "lanyard.storage.scratch")

namespace {
const QString LockSuffix = u".lock"_s;

QString randomName()
{
    return u"run-"_s + QString::number(QRandomGenerator::system()->generate64(), 16);
}

// A lock is taken only from a run that is no longer running: a lock of a live run is never
// treated as stale for its age, however long a backup takes.
std::unique_ptr<QLockFile> lockFor(const QString& entry)
{
    auto lock = std::make_unique<QLockFile>(entry + LockSuffix);
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return nullptr;
    PrivateFiles::restrict(entry + LockSuffix);
    return lock;
}

bool removeEntry(const QString& path)
{
    const QFileInfo info(path);
    if (info.isDir() && !info.isSymLink())
        return QDir(path).removeRecursively();
    return QFile::remove(path);
}
} // namespace

QString ScratchFolder::rootFor(const QString& vaultPath)
{
    const QFileInfo vault(vaultPath);
    return vault.absoluteDir().filePath(u'.' + vault.fileName() + u"-tmp"_s);
}

ScratchFolder::ScratchFolder(const QString& vaultPath)
    : m_root(rootFor(vaultPath))
{
    if (!PrivateFiles::makeFolder(m_root)) {
        qCWarning(lcScratch) << Q_FUNC_INFO << "cannot make the private folder beside the vault";
        return;
    }
    // The lock first, then the folder: removeLeftovers() never sees this run's folder unlocked.
    const QString path = QDir(m_root).filePath(randomName());
    m_lock = lockFor(path);
    if (!m_lock || !PrivateFiles::makeFolder(path)) {
        qCWarning(lcScratch) << Q_FUNC_INFO << "cannot make a private folder for this run";
        m_lock.reset();
        return;
    }
    m_path = path;
}

ScratchFolder::~ScratchFolder()
{
    if (!m_path.isEmpty())
        removeEntry(m_path);
    m_lock.reset();       // unlocking removes the lock file
    QDir().rmdir(m_root); // only if no other run is using it
}

QString ScratchFolder::filePath(const QString& name) const
{
    return QDir(m_path).filePath(name);
}

void ScratchFolder::removeLeftovers(const QString& vaultPath)
{
    const QString root = rootFor(vaultPath);
    const QFileInfo info(root);
    if (!info.exists())
        return;
    if (!info.isDir() || info.isSymLink()) {
        qCWarning(lcScratch) << Q_FUNC_INFO << "the private folder's name is taken by something else";
        return;
    }
    const QDir dir(root);
    const QStringList entries =
        dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString& name : entries) {
        if (name.endsWith(LockSuffix))
            continue;
        const QString path = dir.filePath(name);
        if (const auto lock = lockFor(path))
            removeEntry(path);
    }
    // Locks whose run's folder is gone: a run killed between taking its lock and making its folder.
    for (const QString& name : entries)
        if (name.endsWith(LockSuffix) && !QFileInfo::exists(dir.filePath(name.chopped(LockSuffix.size()))))
            lockFor(dir.filePath(name.chopped(LockSuffix.size())));
    QDir().rmdir(root);
}
