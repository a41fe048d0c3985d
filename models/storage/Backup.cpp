#include "Backup.h"

#include "AuditLog.h"
#include "ChainAnchors.h"
#include "KeyRing.h"
#include "PrivateFiles.h"
#include "ScratchFolder.h"
#include "SettingsStore.h"
#include "SqlCipherDriver.h"
#include "StoreSupport.h"
#include "Vault.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QtEndian>

#include <sqlite3.h>

#include <algorithm>
#include <fcntl.h>
#include <functional>
#include <map>
#include <unistd.h>

using namespace Qt::StringLiterals;
using StoreSupport::refuse;

Q_LOGGING_CATEGORY(lcBackup, "lanyard.storage.backup")

namespace {
const QByteArray Magic = QByteArrayLiteral("LANYARD-BACKUP\n");
constexpr qint64 LengthBytes = 4;
constexpr qint64 HashBytes = 32;
constexpr qint64 MaxManifestBytes = 1 << 20;
constexpr qint64 ChunkBytes = 1 << 20;
constexpr auto DatabasePart = "database";
constexpr auto KeyRingPart = "keys";
constexpr auto AttachedName = "lanyard_backup";
const QByteArray PlainSqliteHeader = QByteArrayLiteral("SQLite format 3");

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

bool refuse(VaultError* error, VaultError::Kind kind, const QString& message)
{
    if (error)
        *error = {kind, message};
    return false;
}

QString nameOf(const QString& vaultPath)
{
    QString name = QFileInfo(vaultPath).fileName();
    if (name.endsWith(QLatin1String(Vault::Suffix)))
        name.chop(qsizetype(qstrlen(Vault::Suffix)));
    return name;
}

QString beforeRestorePath(const QString& vaultPath)
{
    return vaultPath + u".before-restore"_s;
}

// The files SQLite keeps beside a database while it is open, or after a crash.
const QStringList& companions()
{
    static const QStringList suffixes{u"-wal"_s, u"-shm"_s, u"-journal"_s};
    return suffixes;
}

void removeDatabaseFiles(const QString& path)
{
    QFile::remove(path);
    for (const QString& suffix : companions())
        QFile::remove(path + suffix);
    QFile::remove(KeyRing::pathFor(path));
}

bool syncToDisk(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

// Hashes a file, or a run of bytes in an open file, a chunk at a time.
bool hashRange(QIODevice& in, qint64 length, std::initializer_list<QCryptographicHash*> hashes,
               QIODevice* copyTo = nullptr)
{
    QByteArray buffer;
    while (length > 0) {
        buffer = in.read(std::min(length, ChunkBytes));
        if (buffer.isEmpty())
            return false;
        for (QCryptographicHash* hash : hashes)
            hash->addData(buffer);
        if (copyTo && copyTo->write(buffer) != buffer.size())
            return false;
        length -= buffer.size();
    }
    return true;
}

std::optional<QByteArray> sha256Hex(const QString& path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hashRange(file, file.size(), {&hash}))
        return std::nullopt;
    return hash.result().toHex();
}

QJsonObject toJson(const Backup::Manifest& m)
{
    return QJsonObject{
        {u"format"_s, u"lanyard-backup"_s},
        {u"version"_s, m.formatVersion},
        {u"vault"_s, m.vaultId},
        {u"name"_s, m.vaultName},
        {u"created"_s, m.createdAt.toUTC().toString(Qt::ISODate)},
        {u"lanyard"_s, m.lanyardVersion},
        {u"schema"_s, m.schemaVersion},
        {u"parts"_s, QJsonArray{QJsonObject{{u"name"_s, QLatin1String(DatabasePart)},
                                            {u"size"_s, m.databaseSize},
                                            {u"sha256"_s, QString::fromLatin1(m.databaseSha256)}},
                                QJsonObject{{u"name"_s, QLatin1String(KeyRingPart)},
                                            {u"size"_s, m.keyRingSize},
                                            {u"sha256"_s, QString::fromLatin1(m.keyRingSha256)}}}},
        {u"audit"_s, QJsonObject{{u"entries"_s, m.auditEntries}, {u"hash"_s, m.auditHash}}},
    };
}

bool fromJson(const QJsonObject& root, Backup::Manifest* m)
{
    static const QRegularExpression hex(u"^[0-9a-f]{64}$"_s);
    const QJsonArray parts = root.value(u"parts"_s).toArray();
    if (root.value(u"format"_s).toString() != u"lanyard-backup"_s || parts.size() != 2)
        return false;
    const QJsonObject database = parts.at(0).toObject(), keys = parts.at(1).toObject();
    m->formatVersion = root.value(u"version"_s).toInt();
    m->vaultId = root.value(u"vault"_s).toString();
    m->vaultName = root.value(u"name"_s).toString();
    m->createdAt = QDateTime::fromString(root.value(u"created"_s).toString(), Qt::ISODate);
    m->lanyardVersion = root.value(u"lanyard"_s).toString();
    m->schemaVersion = root.value(u"schema"_s).toInt();
    m->databaseSize = database.value(u"size"_s).toInteger(-1);
    m->databaseSha256 = database.value(u"sha256"_s).toString().toLatin1();
    m->keyRingSize = keys.value(u"size"_s).toInteger(-1);
    m->keyRingSha256 = keys.value(u"sha256"_s).toString().toLatin1();
    // Absent from backups made before the chain was anchored in them.
    const QJsonObject audit = root.value(u"audit"_s).toObject();
    m->auditEntries = audit.value(u"entries"_s).toInteger();
    m->auditHash = audit.value(u"hash"_s).toString();
    return m->formatVersion > 0 && database.value(u"name"_s).toString() == QLatin1String(DatabasePart) &&
           keys.value(u"name"_s).toString() == QLatin1String(KeyRingPart) && m->databaseSize > 0 &&
           m->keyRingSize > 0 && hex.match(QString::fromLatin1(m->databaseSha256)).hasMatch() &&
           hex.match(QString::fromLatin1(m->keyRingSha256)).hasMatch();
}

sqlite3* handleOf(const QSqlDatabase& db)
{
    return db.driver() ? static_cast<sqlite3*>(db.driver()->handle().value<void*>()) : nullptr;
}

bool execRaw(sqlite3* db, const QByteArray& sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        // SQLite's message names tables and columns, never values.
        qCWarning(lcBackup) << "sqlite" << rc << (message ? message : "");
        sqlite3_free(message);
        return false;
    }
    return true;
}

// The first column of the first row, as text; nullopt on failure.
std::optional<QByteArray> queryText(sqlite3* db, const QByteArray& sql)
{
    sqlite3_stmt* stmt = nullptr;
    std::optional<QByteArray> result;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) == SQLITE_OK) {
        const int rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW)
            result = QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
        else if (rc == SQLITE_DONE)
            result = QByteArray();
    }
    if (!result)
        qCWarning(lcBackup) << "sqlite" << sqlite3_extended_errcode(db) << sqlite3_errmsg(db);
    sqlite3_finalize(stmt);
    return result;
}

// Copies the vault's database into copyPath with sqlcipher_export, inside one read transaction:
// the copy is the database as of one moment, whatever other connections write meanwhile. The
// attached copy takes the vault's own key and page size, so it is encrypted as the vault is.
bool exportDatabase(Vault& vault, const QString& copyPath, int* schemaVersion, QString* auditHead,
                    QString* error)
{
    sqlite3* db = handleOf(vault.database());
    if (!db)
        return refuse(error, Backup::tr("The vault is locked."));
    if (!sqlite3_get_autocommit(db))
        return refuse(error, Backup::tr("A change is still being saved; try the backup again in a moment."));
    const auto failed = [error] {
        return refuse(error, Backup::tr("Lanyard could not copy the vault for the backup. If the disk is "
                                        "full, make room and try again."));
    };

    const QByteArray name(AttachedName);
    sqlite3_stmt* attach = nullptr;
    const QByteArray attachSql = "ATTACH DATABASE ? AS " + name;
    const QByteArray pathBytes = copyPath.toUtf8();
    bool ok = sqlite3_prepare_v2(db, attachSql.constData(), -1, &attach, nullptr) == SQLITE_OK &&
              sqlite3_bind_text(attach, 1, pathBytes.constData(), int(pathBytes.size()), SQLITE_TRANSIENT) ==
                  SQLITE_OK &&
              sqlite3_step(attach) == SQLITE_DONE;
    sqlite3_finalize(attach);
    if (!ok) {
        qCWarning(lcBackup) << Q_FUNC_INFO << "attach" << sqlite3_extended_errcode(db) << sqlite3_errmsg(db);
        return failed();
    }

    const QByteArray pageSize =
        "PRAGMA " + name + ".cipher_page_size = " + QByteArray::number(SqlCipherDriver::PageSize);
    std::optional<QByteArray> version, head;
    ok = execRaw(db, pageSize) && execRaw(db, "BEGIN") &&
         execRaw(db, "SELECT sqlcipher_export('" + name + "')") &&
         (version = queryText(db, "SELECT max(version) FROM main.schema_version")).has_value() &&
         (head = queryText(db, "SELECT id || ':' || hash FROM main.audit_log ORDER BY id DESC LIMIT 1"))
             .has_value() &&
         execRaw(db, "COMMIT");
    if (!ok && !sqlite3_get_autocommit(db))
        execRaw(db, "ROLLBACK");
    const std::optional<QByteArray> check =
        ok ? queryText(db, "PRAGMA " + name + ".integrity_check") : std::nullopt;
    if (ok && check != QByteArray("ok")) {
        qCWarning(lcBackup) << Q_FUNC_INFO << "the copy fails its integrity check";
        ok = false;
    }
    if (!execRaw(db, "DETACH DATABASE " + name))
        ok = false;
    if (!ok)
        return failed();
    *schemaVersion = version->toInt();
    *auditHead = QString::fromLatin1(*head);
    return true;
}

bool startsWithPlainHeader(const QString& path)
{
    QFile file(path);
    return !file.open(QIODevice::ReadOnly) || file.read(PlainSqliteHeader.size()) == PlainSqliteHeader;
}

// Whether another connection has the database open. In WAL mode SQLite holds a shared lock on
// the database file for as long as a connection is open: in this program the Qt connections
// say so; another program's lock shows through fcntl. (A POSIX lock probe must not run on a file
// this program has open, as closing the probe would drop its locks: hence the first check.)
bool inUse(const QString& path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonical.isEmpty())
        return false;
    const QStringList connections = QSqlDatabase::connectionNames();
    for (const QString& connection : connections) {
        const QSqlDatabase db = QSqlDatabase::database(connection, false);
        if (db.isOpen() && QFileInfo(db.databaseName()).canonicalFilePath() == canonical)
            return true;
    }
    const int fd = ::open(QFile::encodeName(canonical).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    // SQLite's lock bytes: the pending byte, the reserved byte and the shared range after them.
    constexpr off_t PendingByte = 0x40000000;
    flock probe{};
    probe.l_type = F_WRLCK;
    probe.l_whence = SEEK_SET;
    probe.l_start = PendingByte;
    probe.l_len = 512;
    const bool locked = ::fcntl(fd, F_GETLK, &probe) == 0 && probe.l_type != F_UNLCK;
    ::close(fd);
    return locked;
}

struct Layout
{
    bool headerRead = false;
    qint64 partsOffset = 0;
};

Backup::Verdict damaged(const QString& path, const QString& why, QString* error)
{
    refuse(error, Backup::tr("The backup %1 is damaged: %2. Use another backup.").arg(shown(path), why));
    return Backup::Verdict::Damaged;
}

// What the manifest says, if it can be read.
Layout readHeader(QFile& file, Backup::Manifest* manifest)
{
    Layout layout;
    if (!file.seek(Magic.size()))
        return layout;
    const QByteArray length = file.read(LengthBytes);
    if (length.size() != LengthBytes)
        return layout;
    const qint64 manifestBytes = qFromBigEndian<quint32>(length.constData());
    if (manifestBytes <= 0 || manifestBytes > MaxManifestBytes)
        return layout;
    const QByteArray json = file.read(manifestBytes);
    QJsonParseError parse{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parse);
    if (json.size() != manifestBytes || parse.error != QJsonParseError::NoError || !document.isObject() ||
        !fromJson(document.object(), manifest))
        return layout;
    layout.headerRead = true;
    layout.partsOffset = Magic.size() + LengthBytes + manifestBytes;
    return layout;
}

QString lanyardVersion()
{
    const QString version = QCoreApplication::applicationVersion();
    return version.isEmpty() ? u"unknown"_s : version;
}
} // namespace

QString Backup::vaultName(const QString& vaultPath)
{
    return nameOf(vaultPath);
}

QString Backup::fileNameFor(const QString& vaultPath, const QDateTime& at)
{
    return nameOf(vaultPath) + u'-' + at.toLocalTime().toString(u"yyyy-MM-dd-HHmmss"_s) +
           QLatin1String(Suffix);
}

QString Backup::destinationFor(const QString& vaultPath, const QString& destination, const QDateTime& at)
{
    if (QFileInfo(destination).isDir())
        return QDir(destination).filePath(fileNameFor(vaultPath, at));
    return destination;
}

namespace {
bool checkDestination(const QString& vaultPath, const QFileInfo& target, QString* error)
{
    const QString targetPath = target.absoluteFilePath();
    QStringList own{vaultPath, KeyRing::pathFor(vaultPath), beforeRestorePath(vaultPath),
                    ScratchFolder::rootFor(vaultPath)};
    for (const QString& suffix : companions())
        own << vaultPath + suffix;
    if (own.contains(targetPath))
        return refuse(error, Backup::tr("A backup cannot go in place of the vault or beside its own files; "
                                        "choose another name or a folder."));
    if (target.isDir())
        return refuse(error,
                      Backup::tr("%1 is a folder; give a file name for the backup, or let Lanyard name it.")
                          .arg(shown(targetPath)));
    if (!target.absoluteDir().exists())
        return refuse(error,
                      Backup::tr("The folder %1 does not exist. If it is on a USB drive, plug the drive in "
                                 "and try again.")
                          .arg(shown(target.absolutePath())));
    if (target.exists()) {
        const Backup::Verdict existing = Backup::verify(targetPath);
        if (existing == Backup::Verdict::NotABackup || existing == Backup::Verdict::Unreadable)
            return refuse(error, Backup::tr("%1 already exists and is not a Lanyard backup; Lanyard will not "
                                            "overwrite it.")
                                     .arg(shown(targetPath)));
    }
    return true;
}

// The encrypted copy of the database and of the key ring, side by side in a private folder,
// and the manifest that describes them.
bool copyParts(Vault& vault, const QString& copyPath, Backup::Manifest* manifest, QString* error)
{
    const QString vaultPath = QFileInfo(vault.path()).absoluteFilePath();
    const QString ringCopyPath = KeyRing::pathFor(copyPath);
    manifest->formatVersion = Backup::FormatVersion;
    manifest->vaultName = nameOf(vaultPath);
    manifest->createdAt = QDateTime::currentDateTimeUtc();
    manifest->lanyardVersion = lanyardVersion();
    // Made here, empty and private, so that SQLite's copy and its journal take the owner's mode.
    QFile copy(copyPath);
    if (!copy.open(QIODevice::WriteOnly | QIODevice::NewOnly) || !PrivateFiles::restrict(copyPath))
        return refuse(error, Backup::tr("Lanyard could not copy the vault for the backup. If the disk is "
                                        "full, make room and try again."));
    copy.close();
    QString auditHead;
    if (!exportDatabase(vault, copyPath, &manifest->schemaVersion, &auditHead, error))
        return false;
    if (const auto head = ChainAnchors::parse(auditHead)) {
        manifest->auditEntries = head->entries;
        manifest->auditHash = head->hash;
    }
    if (startsWithPlainHeader(copyPath)) {
        // Never expected: the copy takes the vault's key. Refuse rather than write plain text.
        qCCritical(lcBackup) << Q_FUNC_INFO << "the database copy is not encrypted";
        QFile::remove(copyPath);
        return refuse(error, Backup::tr("The backup was stopped: the copy of the vault was not encrypted."));
    }
    KeyRing ring;
    QString message;
    if (!QFile::copy(KeyRing::pathFor(vaultPath), ringCopyPath) || !PrivateFiles::restrict(ringCopyPath) ||
        !ring.load(ringCopyPath, &message) || ring.vaultId().isEmpty())
        return refuse(error, message.isEmpty() ? Backup::tr("The vault's key ring %1 cannot be read, so it "
                                                            "cannot be backed up.")
                                                     .arg(shown(KeyRing::pathFor(vaultPath)))
                                               : message);
    manifest->vaultId = ring.vaultId();
    const auto databaseHash = sha256Hex(copyPath), ringHash = sha256Hex(ringCopyPath);
    if (!databaseHash || !ringHash)
        return refuse(error, Backup::tr("Lanyard could not read back its copy of the vault."));
    manifest->databaseSize = QFileInfo(copyPath).size();
    manifest->databaseSha256 = *databaseHash;
    manifest->keyRingSize = QFileInfo(ringCopyPath).size();
    manifest->keyRingSha256 = *ringHash;
    return true;
}

// The file itself: replaced only once complete, then read back.
bool writeFile(const QString& targetPath, const Backup::Manifest& manifest, const QString& copyPath,
               QString* error)
{
    const QByteArray json = QJsonDocument(toJson(manifest)).toJson(QJsonDocument::Compact);
    QByteArray length(LengthBytes, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(json.size()), length.data());
    QSaveFile out(targetPath);
    QCryptographicHash seal(QCryptographicHash::Sha256);
    bool ok = out.open(QIODevice::WriteOnly) && out.setPermissions(PrivateFiles::FileMode);
    for (const QByteArray& bytes : {Magic, length, json}) {
        seal.addData(bytes);
        ok = ok && out.write(bytes) == bytes.size();
    }
    for (const QString& part : {copyPath, KeyRing::pathFor(copyPath)}) {
        QFile in(part);
        ok = ok && in.open(QIODevice::ReadOnly) && hashRange(in, in.size(), {&seal}, &out);
    }
    ok = ok && out.write(seal.result()) == HashBytes && out.commit();
    if (!ok) {
        const QString reason = out.errorString();
        out.cancelWriting();
        return refuse(error, Backup::tr("The backup could not be written to %1: %2. If the drive is full or "
                                        "was unplugged, fix that and try again.")
                                 .arg(shown(targetPath), reason));
    }
    // Read back: a failing USB stick shows now rather than on the day the backup is needed.
    if (Backup::verify(targetPath) != Backup::Verdict::Ok) {
        QFile::remove(targetPath);
        return refuse(error, Backup::tr("The backup did not read back correctly from %1, so it was deleted. "
                                        "The drive may be failing; try another.")
                                 .arg(shown(targetPath)));
    }
    return true;
}

// After the file is whole, so the vault never claims a backup that is not there. A failure here
// leaves a good backup, so it is logged rather than reported.
void recordBackup(Vault& vault, const Backup::Manifest& manifest, const QString& targetPath)
{
    SettingsStore settings(vault);
    StoreSupport::Transaction transaction(vault.database());
    const bool recorded =
        settings.setValue(QLatin1String(Backup::LastTimeKey), manifest.createdAt.toString(Qt::ISODate)) &&
        settings.setValue(QLatin1String(Backup::LastDestinationKey), targetPath) &&
        AuditLog(vault).recordEvent(u"backup"_s, QFileInfo(targetPath).fileName()) && transaction.commit();
    if (!recorded)
        qCWarning(lcBackup) << Q_FUNC_INFO << "the backup was written but could not be recorded in the vault";
}
} // namespace

bool Backup::write(Vault& vault, const QString& destination, QString* error)
{
    if (!vault.require(Permission::Backup, error))
        return false;
    const QFileInfo target(destination);
    if (!checkDestination(QFileInfo(vault.path()).absoluteFilePath(), target, error))
        return false;
    const ScratchFolder work(vault.path());
    if (!work.isValid())
        return refuse(error, tr("Lanyard could not make a private folder for the backup's copy beside the "
                                "vault. Check that the vault's folder can be written to."));
    const QString copyPath = work.filePath(u"copy.lanyard"_s);
    Manifest manifest;
    if (!copyParts(vault, copyPath, &manifest, error) ||
        !writeFile(target.absoluteFilePath(), manifest, copyPath, error))
        return false;
    recordBackup(vault, manifest, target.absoluteFilePath());
    ChainAnchors::moveOn(vault);
    return true;
}

std::optional<Backup::Manifest> Backup::readManifest(const QString& backupFile)
{
    QFile file(backupFile);
    Manifest manifest;
    if (!file.open(QIODevice::ReadOnly) || file.read(Magic.size()) != Magic ||
        !readHeader(file, &manifest).headerRead)
        return std::nullopt;
    return manifest;
}

Backup::Verdict Backup::verify(const QString& backupFile, Manifest* manifestOut, QString* error)
{
    QFile file(backupFile);
    if (!file.open(QIODevice::ReadOnly)) {
        refuse(error, file.exists()
                          ? tr("The backup %1 cannot be read: %2").arg(shown(backupFile), file.errorString())
                          : tr("There is no backup at %1.").arg(shown(backupFile)));
        return Verdict::Unreadable;
    }
    const qint64 size = file.size();
    const QByteArray start = file.read(Magic.size());
    if (start != Magic) {
        if (size > 0 && !Magic.startsWith(start)) {
            refuse(error, tr("%1 is not a Lanyard backup.").arg(shown(backupFile)));
            return Verdict::NotABackup;
        }
        return damaged(backupFile, size == 0 ? tr("it is empty") : tr("it was cut short"), error);
    }

    Manifest manifest;
    const Layout layout = readHeader(file, &manifest);
    if (manifestOut && layout.headerRead)
        *manifestOut = manifest;
    const qint64 expected = layout.partsOffset + manifest.databaseSize + manifest.keyRingSize + HashBytes;

    // One pass: the checksum over the whole file, and each part's own when the layout is known.
    QCryptographicHash seal(QCryptographicHash::Sha256), database(QCryptographicHash::Sha256),
        keys(QCryptographicHash::Sha256);
    bool read = size >= Magic.size() + LengthBytes + HashBytes && file.seek(0);
    if (layout.headerRead && size == expected) {
        read = read && hashRange(file, layout.partsOffset, {&seal}) &&
               hashRange(file, manifest.databaseSize, {&seal, &database}) &&
               hashRange(file, manifest.keyRingSize, {&seal, &keys});
    } else {
        read = read && hashRange(file, size - HashBytes, {&seal});
    }
    const bool sealed = read && file.read(HashBytes) == seal.result();
    if (!read && size >= Magic.size() + LengthBytes + HashBytes) {
        refuse(error, tr("The backup %1 cannot be read: %2").arg(shown(backupFile), file.errorString()));
        return Verdict::Unreadable;
    }

    if (sealed && layout.headerRead && manifest.formatVersion > FormatVersion) {
        refuse(error,
               tr("The backup %1 was made by a newer version of Lanyard (backup format %2). Install the "
                  "newer Lanyard to restore it.")
                   .arg(shown(backupFile))
                   .arg(manifest.formatVersion));
        return Verdict::NewerFormat;
    }
    if (!layout.headerRead)
        return damaged(backupFile,
                       size < Magic.size() + LengthBytes ? tr("it was cut short")
                                                         : tr("its header cannot be read"),
                       error);
    if (size < expected)
        return damaged(backupFile, tr("it was cut short, perhaps while it was being copied"), error);
    if (size > expected)
        return damaged(backupFile, tr("it has extra data at its end"), error);
    if (database.result().toHex() != manifest.databaseSha256)
        return damaged(backupFile, tr("its copy of the vault does not match its checksum"), error);
    if (keys.result().toHex() != manifest.keyRingSha256)
        return damaged(backupFile, tr("its copy of the key ring does not match its checksum"), error);
    if (!sealed)
        return damaged(backupFile, tr("its header does not match its checksum"), error);
    if (manifest.formatVersion != FormatVersion)
        return damaged(backupFile, tr("its header cannot be read"), error);
    return Verdict::Ok;
}

namespace {
using Opener = std::function<std::unique_ptr<Vault>(const QString& path, VaultError* error)>;

// Writes one part of a verified backup to its own file.
bool extractPart(QFile& backup, qint64 offset, qint64 size, const QString& path)
{
    QFile out(path);
    QCryptographicHash unused(QCryptographicHash::Sha256);
    const bool ok = backup.seek(offset) && out.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                    PrivateFiles::restrict(path) && hashRange(backup, size, {&unused}, &out) && out.flush();
    out.close();
    return ok && syncToDisk(path);
}

// Renames, remembered so that they can be undone in reverse.
class Swap final
{
public:
    bool move(const QString& from, const QString& to)
    {
        if (!QFile::exists(from))
            return true;
        if (!QFile::rename(from, to)) {
            qCWarning(lcBackup) << "rename failed";
            return false;
        }
        m_done.append({from, to});
        return true;
    }
    void undo()
    {
        for (auto it = m_done.crbegin(); it != m_done.crend(); ++it) {
            QFile::remove(it->first); // only ever a file this swap put there
            if (!QFile::rename(it->second, it->first))
                qCCritical(lcBackup) << "could not undo a rename during restore";
        }
        m_done.clear();
    }

private:
    QList<std::pair<QString, QString>> m_done;
};

using Kind = VaultError::Kind;

// The same school's vault, or none at all; and not open anywhere.
bool checkTarget(const QString& vaultPath, const Backup::Manifest& manifest, VaultError* error)
{
    if (!QFileInfo(vaultPath).absoluteDir().exists())
        return refuse(
            error, Kind::Refused,
            Backup::tr("The folder %1 does not exist.").arg(shown(QFileInfo(vaultPath).absolutePath())));
    const QString before = beforeRestorePath(vaultPath);
    if (QFile::exists(before) || QFile::exists(KeyRing::pathFor(before)))
        return refuse(
            error, Kind::Refused,
            Backup::tr("An earlier restore did not finish, and left the vault it replaced at %1. Move "
                       "it somewhere safe, then try again.")
                .arg(shown(before)));
    const QString ringPath = KeyRing::pathFor(vaultPath);
    if (!QFile::exists(vaultPath) && !QFile::exists(ringPath))
        return true;
    KeyRing existing;
    if (!existing.load(ringPath) || existing.vaultId().isEmpty())
        return refuse(
            error, Kind::Refused,
            Backup::tr("Lanyard cannot tell whose vault is at %1, as its key ring is missing or "
                       "damaged, so it will not replace it. Move it aside or restore to a new name.")
                .arg(shown(vaultPath)));
    if (existing.vaultId() != manifest.vaultId)
        return refuse(error, Kind::Refused,
                      Backup::tr("This backup is of a different school's vault than the one at %1; nothing "
                                 "was replaced.")
                          .arg(shown(vaultPath)));
    if (inUse(vaultPath))
        return refuse(error, Kind::Refused,
                      Backup::tr("The vault %1 is open in Lanyard, here or on another computer. Close it "
                                 "everywhere, then restore.")
                          .arg(shown(vaultPath)));
    return true;
}

// Unpacks the parts as staged (a database and its key ring) and checks them again on disk.
bool stage(const QString& backupFile, const Backup::Manifest& manifest, const QString& staged,
           const QString& vaultPath, VaultError* error)
{
    const QString stagedRing = KeyRing::pathFor(staged);
    QFile backup(backupFile);
    const qint64 partsOffset = backup.open(QIODevice::ReadOnly)
                                   ? backup.size() - HashBytes - manifest.keyRingSize - manifest.databaseSize
                                   : -1;
    if (partsOffset < 0 || !extractPart(backup, partsOffset, manifest.databaseSize, staged) ||
        !extractPart(backup, partsOffset + manifest.databaseSize, manifest.keyRingSize, stagedRing))
        return refuse(
            error, Kind::Refused,
            Backup::tr("Lanyard could not unpack the backup beside %1. If the disk is full, make room "
                       "and try again. Nothing was replaced.")
                .arg(shown(vaultPath)));
    if (sha256Hex(staged) != manifest.databaseSha256 || sha256Hex(stagedRing) != manifest.keyRingSha256)
        return refuse(
            error, Kind::Damaged,
            Backup::tr("The backup changed while it was being read, or the disk is failing. Nothing "
                       "was replaced."));
    KeyRing ring;
    if (!ring.load(stagedRing) || ring.vaultId() != manifest.vaultId)
        return refuse(error, Kind::Damaged,
                      Backup::tr("The backup's key ring does not belong to the vault it holds. Nothing was "
                                 "replaced."));
    return true;
}

// Opens the staged copy with the user's credentials, which proves it decrypts, checks it is whole
// and the user may restore, and records the restore in its audit trail.
bool prove(const Opener& open, const QString& staged, const QString& backupFile,
           const Backup::Manifest& manifest, ChainAnchors::Head* restoredHead, VaultError* error)
{
    {
        // The copy is not yet the vault: the anchors belong to the one it replaces.
        const ChainAnchors::Suspend suspend(staged);
        VaultError openError;
        std::unique_ptr<Vault> copy = open(staged, &openError);
        if (!copy) {
            const bool credentials = openError.kind == Kind::WrongCredentials;
            return refuse(error, openError.kind,
                          credentials
                              ? openError.message + u' ' +
                                    Backup::tr("Use a passphrase that was in force when the backup was "
                                               "made, or the recovery key. Nothing was replaced.")
                              : Backup::tr("The vault in the backup cannot be opened: %1 Nothing was "
                                           "replaced.")
                                    .arg(openError.message));
        }
        QString message;
        if (!copy->require(Permission::ManageSettings, &message))
            return refuse(error, Kind::Refused, message);
        bool whole = false;
        {
            QSqlQuery check(copy->database());
            whole = check.exec(u"PRAGMA integrity_check"_s) && check.next() &&
                    check.value(0).toString() == u"ok"_s;
        }
        if (!whole)
            return refuse(
                error, Kind::Damaged,
                Backup::tr("The vault in the backup fails its integrity check. Nothing was replaced; "
                           "use another backup."));
        const QString detail = u"%1, made %2; the chain's anchors were reset to this copy"_s.arg(
            QFileInfo(backupFile).fileName(), manifest.createdAt.toString(Qt::ISODate));
        if (!AuditLog(*copy).recordEvent(u"restore"_s, detail, {}, 0, &message))
            return refuse(error, Kind::Refused, message);
        const auto head = ChainAnchors::headOf(copy->database());
        if (!head)
            return refuse(error, Kind::Refused,
                          Backup::tr("Lanyard could not finish preparing the restored vault. Nothing was "
                                     "replaced."));
        *restoredHead = *head;
    }
    // The last connection to close folds the WAL into the file and removes it; one left over
    // would hold the copy's own data.
    if (QFile::exists(staged + u"-wal"_s))
        return refuse(
            error, Kind::Refused,
            Backup::tr("Lanyard could not finish preparing the restored vault. Nothing was replaced."));
    return syncToDisk(staged) ||
           refuse(error, Kind::Refused,
                  Backup::tr("Lanyard could not finish preparing the restored vault. Nothing was replaced."));
}

// The old files step aside (with any WAL a crash left, which belongs to them), the staged ones
// take their names, and the old ones go only when everything is in place.
bool swapIn(const QString& staged, const QString& vaultPath, VaultError* error)
{
    const QString before = beforeRestorePath(vaultPath);
    Swap swap;
    bool ok = swap.move(vaultPath, before);
    for (const QString& suffix : companions())
        ok = ok && swap.move(vaultPath + suffix, before + suffix);
    ok = ok && swap.move(KeyRing::pathFor(vaultPath), KeyRing::pathFor(before)) &&
         swap.move(staged, vaultPath) && swap.move(KeyRing::pathFor(staged), KeyRing::pathFor(vaultPath));
    if (!ok) {
        swap.undo();
        return refuse(
            error, Kind::Refused,
            Backup::tr("Lanyard could not put the restored vault in place at %1; the vault there was "
                       "left as it was.")
                .arg(shown(vaultPath)));
    }
    syncToDisk(QFileInfo(vaultPath).absolutePath());
    removeDatabaseFiles(before);
    return true;
}

bool restoreWith(const QString& backupFile, const QString& vaultPathIn, const Opener& open, VaultError* error)
{
    QString message;
    Backup::Manifest manifest;
    switch (Backup::verify(backupFile, &manifest, &message)) {
    case Backup::Verdict::Ok:
        break;
    case Backup::Verdict::Unreadable:
        return refuse(error, Kind::Refused, message);
    case Backup::Verdict::NotABackup:
    case Backup::Verdict::Damaged:
    case Backup::Verdict::NewerFormat:
        return refuse(error, Kind::Damaged, message + u' ' + Backup::tr("Nothing was replaced."));
    }
    const QString vaultPath = QFileInfo(vaultPathIn).absoluteFilePath();
    if (!checkTarget(vaultPath, manifest, error))
        return false;
    // Staged in the private folder beside the vault, so the final renames stay on one disk and are
    // atomic; whatever is left there goes with the folder.
    const ScratchFolder work(vaultPath);
    if (!work.isValid())
        return refuse(error, Kind::Refused,
                      Backup::tr("Lanyard could not make a private folder beside %1 to unpack the backup. "
                                 "Check that the folder can be written to. Nothing was replaced.")
                          .arg(shown(vaultPath)));
    const QString staged = work.filePath(QFileInfo(vaultPath).fileName());
    ChainAnchors::Head head;
    if (!stage(backupFile, manifest, staged, vaultPath, error) ||
        !prove(open, staged, backupFile, manifest, &head, error) || !swapIn(staged, vaultPath, error))
        return false;
    // The restored vault is in place; a failure here leaves it whole, and the next sign-in warns.
    if (!ChainAnchors::reset(vaultPath, head, &message))
        qCWarning(lcBackup) << Q_FUNC_INFO << "the anchors could not be reset after a restore";
    return true;
}
} // namespace

bool Backup::restore(const QString& backupFile, const QString& vaultPath, const QString& userName,
                     QByteArrayView passphrase, VaultError* error)
{
    return restoreWith(
        backupFile, vaultPath,
        [&](const QString& path, VaultError* e) { return Vault::open(path, userName, passphrase, e); },
        error);
}

bool Backup::restoreWithRecoveryKey(const QString& backupFile, const QString& vaultPath,
                                    const QString& recoveryKey, VaultError* error)
{
    return restoreWith(
        backupFile, vaultPath,
        [&](const QString& path, VaultError* e) { return Vault::openWithRecoveryKey(path, recoveryKey, e); },
        error);
}

QStringList Backup::prune(const QString& folder, int keep, const QString& vaultName, QString* error)
{
    QStringList removed;
    if (keep < 1) {
        refuse(error, tr("Keep at least one backup."));
        return removed;
    }
    static const QRegularExpression pattern(u"^(.+)-(\\d{4}-\\d{2}-\\d{2}-\\d{6})"_s +
                                            QRegularExpression::escape(QLatin1String(Suffix)) + u'$');
    // Newest first within each vault's name; the stamp sorts as text.
    std::map<QString, QList<std::pair<QString, QString>>> byVault;
    const QStringList files = QDir(folder).entryList({u"*"_s + QLatin1String(Suffix)}, QDir::Files);
    for (const QString& file : files) {
        const QRegularExpressionMatch match = pattern.match(file);
        if (!match.hasMatch() || (!vaultName.isEmpty() && match.captured(1) != vaultName))
            continue;
        byVault[match.captured(1)].append({match.captured(2), file});
    }
    for (auto& [name, backups] : byVault) {
        std::sort(backups.begin(), backups.end(), std::greater<>());
        for (qsizetype i = keep; i < backups.size(); ++i) {
            const QString path = QDir(folder).filePath(backups[i].second);
            if (QFile::remove(path))
                removed << path;
            else
                refuse(error, tr("The old backup %1 could not be deleted.").arg(shown(path)));
        }
    }
    return removed;
}

Result<QDateTime> Backup::lastBackupTime(Vault& vault)
{
    const auto text = SettingsStore(vault).value(QLatin1String(LastTimeKey));
    if (!text)
        return Failure{text.error()};
    return text->isEmpty() ? QDateTime() : QDateTime::fromString(*text, Qt::ISODate);
}

Result<QString> Backup::lastBackupDestination(Vault& vault)
{
    return SettingsStore(vault).value(QLatin1String(LastDestinationKey));
}
