#pragma once

#include <QFileDevice>
#include <QString>
#include <QStringList>

// What Lanyard writes is for the account that runs it: files 0600, folders 0700 (DESIGN §2). The
// umask covers what Qt and SQLite create on their own; the explicit modes cover the files that
// hold a school's data, whatever the umask of the program that wrote them.
namespace PrivateFiles {

inline constexpr QFileDevice::Permissions FileMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
inline constexpr QFileDevice::Permissions FolderMode =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// Each program calls it first, before it writes anything.
void restrictUmask();

// Mode 0600; false if the file is not there or the system refuses (another account's file).
bool restrict(const QString& file);
// Makes the folder, or tightens it, to mode 0700.
bool makeFolder(const QString& folder);

// The vault and what SQLite keeps beside it while it is open (-wal, -shm) or after a crash
// (-journal), and the key ring: those of them that exist.
QStringList filesOf(const QString& vaultPath);
// Brings a vault written by an earlier Lanyard, or copied in by hand, down to 0600.
void restrictVault(const QString& vaultPath);

} // namespace PrivateFiles
