#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

// A run's own private folder for temporary copies of a vault, inside .NAME.lanyard-tmp beside
// the vault (mode 0700), never in the system's temporary folder: copies of a school's data stay
// where the vault is, and nowhere a kill can strand them out of sight.
//
// Each run holds a lock on its folder while it lives and removes the folder when it is done. A
// run that was killed leaves its folder behind, unlocked; removeLeftovers() deletes it at the
// vault's next open, and leaves the folders of runs still going (in this program or another)
// alone.
class ScratchFolder final
{
public:
    explicit ScratchFolder(const QString& vaultPath);
    ~ScratchFolder();
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;

    bool isValid() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }
    QString filePath(const QString& name) const;

    // .NAME.lanyard-tmp beside NAME.lanyard.
    static QString rootFor(const QString& vaultPath);
    // Removes what killed runs left under rootFor(vaultPath), and the folder itself once empty.
    static void removeLeftovers(const QString& vaultPath);

private:
    QString m_root;
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};
