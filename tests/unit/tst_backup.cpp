// Backups: one encrypted file that restores exactly, refuses damage and other schools' vaults,
// and a vault that stays whole when the program writing to it is killed.
#include "TestVault.h"
#include "demo/DemoSchool.h"
#include "records/PupilStore.h"
#include "storage/AuditLog.h"
#include "storage/Backup.h"
#include "storage/ChainAnchors.h"
#include "storage/KeyRing.h"
#include "storage/SettingsStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <algorithm>
#include <csignal>
#include <functional>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {
// Every table's rows, and the schema, as text: the same dump means the same data.
using Dump = QMap<QString, QStringList>;

Dump dump(const QSqlDatabase& db)
{
    Dump result;
    QSqlQuery q(db);
    QStringList tables;
    if (!q.exec(u"SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name"_s))
        return result;
    while (q.next()) {
        result[u"sqlite_master"_s] << QStringList{q.value(0).toString(), q.value(1).toString(),
                                                  q.value(2).toString(), q.value(3).toString()}
                                          .join(u'|');
        if (q.value(0).toString() == u"table"_s)
            tables << q.value(1).toString();
    }
    for (const QString& table : std::as_const(tables)) {
        QSqlQuery rows(db);
        if (!rows.exec(u"SELECT * FROM \"%1\""_s.arg(table)))
            continue;
        QStringList lines;
        while (rows.next()) {
            QStringList cells;
            for (int i = 0; i < rows.record().count(); ++i) {
                const QVariant v = rows.value(i);
                cells << (v.isNull() ? u"NULL"_s
                          : v.typeId() == QMetaType::QByteArray
                              ? QString::fromLatin1(v.toByteArray().toHex())
                              : QString::fromLatin1(v.metaType().name()) + u':' + v.toString());
            }
            lines << cells.join(u'|');
        }
        lines.sort();
        result[table] = lines;
    }
    return result;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// The vault's files as they are on disk, to show that a refused restore changed nothing.
QByteArray fingerprint(const QString& vaultPath)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(readAll(vaultPath));
    hash.addData(readAll(KeyRing::pathFor(vaultPath)));
    return hash.result();
}

// What a restore may leave beside the vault: nothing, once it has finished or given up.
QStringList leftovers(const QString& vaultPath)
{
    const QFileInfo info(vaultPath);
    QStringList found =
        QDir(info.absolutePath())
            .entryList({info.fileName() + u".before-restore*"_s, info.fileName() + u".restoring*"_s,
                        u'.' + info.fileName() + u"-tmp"_s},
                       QDir::AllEntries | QDir::Hidden);
    return found;
}

// The layout Backup.h describes, to damage a backup precisely or to build one by hand.
struct Parts
{
    QJsonObject manifest;
    QByteArray database;
    QByteArray keys;
    qint64 databaseOffset = 0;
    qint64 keysOffset = 0;
};

Parts split(const QByteArray& file)
{
    Parts p;
    const qint64 length = qFromBigEndian<quint32>(file.constData() + 15);
    p.manifest = QJsonDocument::fromJson(file.mid(19, length)).object();
    const QJsonArray parts = p.manifest.value(u"parts"_s).toArray();
    p.databaseOffset = 19 + length;
    p.database = file.mid(p.databaseOffset, parts.at(0).toObject().value(u"size"_s).toInteger());
    p.keysOffset = p.databaseOffset + p.database.size();
    p.keys = file.mid(p.keysOffset, parts.at(1).toObject().value(u"size"_s).toInteger());
    return p;
}

QByteArray sha256Hex(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// A well-formed backup of the given parts, checksums and all.
QByteArray assemble(QJsonObject manifest, const QByteArray& database, const QByteArray& keys)
{
    manifest[u"parts"_s] = QJsonArray{QJsonObject{{u"name"_s, u"database"_s},
                                                  {u"size"_s, database.size()},
                                                  {u"sha256"_s, QString::fromLatin1(sha256Hex(database))}},
                                      QJsonObject{{u"name"_s, u"keys"_s},
                                                  {u"size"_s, keys.size()},
                                                  {u"sha256"_s, QString::fromLatin1(sha256Hex(keys))}}};
    const QByteArray json = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
    QByteArray length(4, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(json.size()), length.data());
    QByteArray file = "LANYARD-BACKUP\n" + length + json + database + keys;
    return file + QCryptographicHash::hash(file, QCryptographicHash::Sha256);
}

Pupil samplePupil(const QString& surname)
{
    Pupil p;
    p.legalForename = u"Eira"_s;
    p.surname = surname;
    p.dateOfBirth = QDate(2017, 11, 2);
    p.yearGroup = *YearGroup::fromOrdinal(4);
    return p;
}

int count(Vault& vault, const QString& sql)
{
    QSqlQuery q(vault.database());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

QString integrity(Vault& vault)
{
    QSqlQuery q(vault.database());
    return q.exec(u"PRAGMA integrity_check"_s) && q.next() ? q.value(0).toString() : u"(failed)"_s;
}

QString writerPath()
{
    const QString fromEnvironment = qEnvironmentVariable("LANYARD_VAULT_WRITER");
    return fromEnvironment.isEmpty() ? QCoreApplication::applicationDirPath() + u"/vault_writer"_s
                                     : fromEnvironment;
}

// vault_writer's stdout, a line at a time.
struct Writer
{
    QProcess process;
    int lastCommitted = -1;
    int lastWriting = -1;

    bool start(const QString& vaultPath)
    {
        process.start(writerPath(), {vaultPath});
        return process.waitForStarted(10000);
    }
    // Reads what the child printed; false once it has stopped printing for 20 s.
    bool poll(const std::function<bool(const QByteArray&)>& onLine)
    {
        if (!process.canReadLine() && !process.waitForReadyRead(20000))
            return false;
        while (process.canReadLine()) {
            const QByteArray line = process.readLine().trimmed();
            take(line);
            if (onLine(line))
                return true;
        }
        return true;
    }
    void take(const QByteArray& line)
    {
        if (line.startsWith("committed "))
            lastCommitted = line.mid(10).toInt();
        if (line.startsWith("writing "))
            lastWriting = line.mid(8).toInt();
    }
    // SIGKILL: no destructors, no rollback, no checkpoint: as a power cut looks to SQLite, less the disk
    // cache.
    void kill()
    {
        ::kill(pid_t(process.processId()), SIGKILL);
        process.waitForFinished(10000);
        // Lines it printed before it died but that were not yet read.
        const QList<QByteArray> rest = process.readAllStandardOutput().split('\n');
        for (const QByteArray& line : rest)
            take(line.trimmed());
    }
};
} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private:
    // One small school and its backup, shared by the damage tests; the vault is closed.
    std::unique_ptr<TestVault> m_school;
    QString m_backup;

private Q_SLOTS:
    void initTestCase()
    {
        m_school = TestVault::create(u"Ysgol y Damwain"_s);
        for (const QString& surname : {u"Pritchard"_s, u"Llewellyn"_s, u"Vaughan-Jones"_s}) {
            Pupil p = samplePupil(surname);
            QVERIFY(PupilStore(*m_school).save(p));
        }
        m_backup = QDir(m_school->folder()).filePath(u"shared.lanyard-backup"_s);
        QString error;
        QVERIFY2(Backup::write(*m_school, m_backup, &error), qPrintable(error));
        m_school->close();
    }

    // A school restores an older backup on purpose: the anchors follow the restored vault, so the
    // next sign-in does not call it rolled back, and the trail says the anchors were reset. A
    // backup made before the restore, newer than the one restored, is no longer an anchor.
    void restoringAnOlderBackupResetsTheAnchors()
    {
        auto vault = TestVault::create();
        const QString older = QDir(vault->folder()).filePath(u"test-older.lanyard-backup"_s);
        const QString newer = QDir(vault->folder()).filePath(u"test-newer.lanyard-backup"_s);
        QString error;
        QVERIFY2(Backup::write(*vault, older, &error), qPrintable(error));
        for (int i = 0; i < 10; ++i)
            QVERIFY(AuditLog(*vault).recordEvent(u"print_recovery_sheet"_s));
        QVERIFY2(Backup::write(*vault, newer, &error), qPrintable(error));
        Backup::Manifest olderManifest;
        QCOMPARE(Backup::verify(older, &olderManifest), Backup::Verdict::Ok);
        const auto newerManifest = Backup::readManifest(newer);
        QVERIFY(newerManifest);
        QVERIFY(newerManifest->auditEntries >= olderManifest.auditEntries + 10);
        vault->close();

        VaultError restoreError;
        QVERIFY2(
            Backup::restore(older, vault->path(), TestVault::UserName, TestVault::Passphrase, &restoreError),
            qPrintable(restoreError.message));
        KeyRing ring;
        QVERIFY(ring.load(KeyRing::pathFor(vault->path())));
        QVERIFY(ring.anchor());
        // The backup's chain (Vault::create's 3 entries), then the sign-in that proved the copy
        // opens, and the restore itself.
        QCOMPARE(olderManifest.auditEntries, qint64(3));
        QCOMPARE(ring.anchor()->entries, qint64(5));

        VaultError error2;
        auto session = Vault::open(vault->path(), TestVault::UserName, TestVault::Passphrase, &error2);
        QVERIFY2(session, qPrintable(error2.message));
        QVERIFY2(session->warnings().isEmpty(), qPrintable(session->warnings().join(u'\n')));
        QSqlQuery q(session->database());
        QVERIFY(q.exec(u"SELECT detail FROM audit_log WHERE action = 'restore'"_s) && q.next());
        QCOMPARE(q.value(0).toString().section(u"; "_s, 1), u"the chain's anchors were reset to this copy"_s);
        QVERIFY(!q.next());
        QVERIFY(q.exec(u"SELECT count(*) FROM audit_log WHERE action = 'anchor_mismatch'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void fileNamesAndDestinations()
    {
        const QDateTime at(QDate(2026, 3, 9), QTime(7, 5, 3));
        QCOMPARE(Backup::fileNameFor(u"/srv/schools/bryn-ash.lanyard"_s, at),
                 u"bryn-ash-2026-03-09-070503.lanyard-backup"_s);
        QCOMPARE(Backup::vaultName(u"/srv/schools/bryn-ash.lanyard"_s), u"bryn-ash"_s);
        QTemporaryDir dir;
        QCOMPARE(Backup::destinationFor(u"/x/school.lanyard"_s, dir.path(), at),
                 dir.filePath(u"school-2026-03-09-070503.lanyard-backup"_s));
        QCOMPARE(Backup::destinationFor(u"/x/school.lanyard"_s, dir.filePath(u"mine.bak"_s), at),
                 dir.filePath(u"mine.bak"_s));
    }

    void roundTripRestoresEveryRecord()
    {
        auto vault = TestVault::create(u"Bryn Ash Primary School"_s);
        DemoOptions options;
        options.pupils = 60;
        options.seed = 11;
        QString error;
        QVERIFY2(DemoSchool::populate(*vault, options, &error), qPrintable(error));
        const Dump before = dump(vault->vault().database());
        const int lastEntry = count(*vault, u"SELECT max(id) FROM audit_log"_s);
        QCOMPARE(before.value(u"pupils"_s).size(), 60);
        QVERIFY(!before.value(u"staff"_s).isEmpty());
        QVERIFY(!before.value(u"parents"_s).isEmpty());

        const QString file = QDir(vault->folder()).filePath(u"round-trip.lanyard-backup"_s);
        QVERIFY2(Backup::write(*vault, file, &error), qPrintable(error));
        Backup::Manifest manifest;
        QCOMPARE(Backup::verify(file, &manifest, &error), Backup::Verdict::Ok);
        QCOMPARE(manifest.formatVersion, Backup::FormatVersion);
        KeyRing ring;
        QVERIFY(ring.load(KeyRing::pathFor(vault->path())));
        QCOMPARE(manifest.vaultId, ring.vaultId());
        QCOMPARE(manifest.schemaVersion, vault->vault().schemaVersion());
        QVERIFY(qAbs(manifest.createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);

        // Changes after the backup, which the restore must undo.
        Pupil late = samplePupil(u"Afterwards"_s);
        QVERIFY(PupilStore(*vault).save(late));
        QVERIFY(QSqlQuery(vault->vault().database()).exec(u"DELETE FROM parents"_s));
        vault->close();

        VaultError restoreError;
        QVERIFY2(
            Backup::restore(file, vault->path(), TestVault::UserName, TestVault::Passphrase, &restoreError),
            qPrintable(restoreError.message));
        QCOMPARE(leftovers(vault->path()), QStringList());
        vault->reopen();
        const Dump after = dump(vault->vault().database());
        QCOMPARE(after.keys(), before.keys());
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            // The trail, its head and its signatures grow with the restore and the sign-in.
            if (it.key() == u"audit_log"_s || it.key() == u"audit_head"_s ||
                it.key() == u"audit_signatures"_s)
                continue;
            QCOMPARE(after.value(it.key()), it.value());
        }
        // The trail as it was, then the restore itself and sign-ins: no change to a record.
        const QStringList trailBefore = before.value(u"audit_log"_s),
                          trailAfter = after.value(u"audit_log"_s);
        for (const QString& entry : trailBefore)
            QVERIFY(trailAfter.contains(entry));
        QSqlQuery newer(vault->vault().database());
        QVERIFY(newer.exec(u"SELECT action FROM audit_log WHERE id > %1 ORDER BY id"_s.arg(lastEntry)));
        QStringList actions;
        while (newer.next())
            actions << newer.value(0).toString();
        QCOMPARE(actions.count(u"restore"_s), 1);
        QCOMPARE(actions.size(), trailAfter.size() - trailBefore.size());
        for (const QString& action : std::as_const(actions))
            QVERIFY2(action == u"restore"_s || action == u"login"_s, qPrintable(action));
        const AuditLog::Verdict chain = AuditLog::verify(vault->vault().database());
        QVERIFY2(chain.ok, qPrintable(chain.problem));
        QCOMPARE(integrity(*vault), u"ok"_s);
    }

    void backupIsRecordedInTheVault()
    {
        auto vault = TestVault::create();
        const auto never = Backup::lastBackupTime(*vault);
        QVERIFY2(never, qPrintable(never.error()));
        QVERIFY(!never->isValid());
        const QString file = QDir(vault->folder()).filePath(u"recorded.lanyard-backup"_s);
        QString error;
        QVERIFY2(Backup::write(*vault, file, &error), qPrintable(error));
        const auto at = Backup::lastBackupTime(*vault);
        QVERIFY2(at, qPrintable(at.error()));
        QVERIFY(qAbs(at->secsTo(QDateTime::currentDateTime())) < 60);
        const auto destination = Backup::lastBackupDestination(*vault);
        QVERIFY2(destination, qPrintable(destination.error()));
        QCOMPARE(*destination, QFileInfo(file).absoluteFilePath());
        QCOMPARE(count(*vault, u"SELECT count(*) FROM audit_log WHERE action = 'backup'"_s), 1);
    }

    // Nothing of the school's goes to the system's temporary folder, and what Lanyard writes is for
    // the account that owns it: the backup, and the vault and key ring a restore puts in place.
    void backupAndRestoreKeepToTheOwnerAndTheVaultsFolder()
    {
        const auto modeOf = [](const QString& path) {
            struct stat info
            {
            };
            return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_mode & 07777 : 0;
        };
        ::umask(022);
        auto vault = TestVault::create(u"Ysgol y Ffeiliau"_s);
        Pupil p = samplePupil(u"Prydderch"_s);
        QVERIFY(PupilStore(*vault).save(p));
        QTemporaryDir backups;
        // From here on, the system's temporary folder is a file in a folder the test watches: a
        // backup or restore that tried to use it would fail.
        QTemporaryDir systemTemp;
        const QString notAFolder = systemTemp.filePath(u"not-a-folder"_s);
        QFile blocker(notAFolder);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QByteArray savedTmp = qgetenv("TMPDIR");
        qputenv("TMPDIR", QFile::encodeName(notAFolder));
        const auto restoreTmp = qScopeGuard([&] { qputenv("TMPDIR", savedTmp); });
        const auto everything = QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot;

        const QString file = backups.filePath(u"school.lanyard-backup"_s);
        QString message;
        QVERIFY2(Backup::write(*vault, file, &message), qPrintable(message));
        QCOMPARE(modeOf(file), 0600u);
        QCOMPARE(QDir(systemTemp.path()).entryList(everything), QStringList{u"not-a-folder"_s});
        QCOMPARE(leftovers(vault->path()), QStringList());

        // A backup written over an older one keeps to the owner too.
        QVERIFY(::chmod(QFile::encodeName(file).constData(), 0644) == 0);
        QVERIFY2(Backup::write(*vault, file, &message), qPrintable(message));
        QCOMPARE(modeOf(file), 0600u);

        vault->close();
        VaultError error;
        QVERIFY2(Backup::restore(file, vault->path(), TestVault::UserName, TestVault::Passphrase, &error),
                 qPrintable(error.message));
        QCOMPARE(modeOf(vault->path()), 0600u);
        QCOMPARE(modeOf(KeyRing::pathFor(vault->path())), 0600u);
        QCOMPARE(QDir(systemTemp.path()).entryList(everything), QStringList{u"not-a-folder"_s});
        QCOMPARE(leftovers(vault->path()), QStringList());
        vault->reopen();
        QCOMPARE(*PupilStore(*vault).count(), 1);
        for (const QString& companion : {u"-wal"_s, u"-shm"_s})
            QCOMPARE(modeOf(vault->path() + companion), 0600u);
    }

    void restoresToANewPlaceAndWithTheRecoveryKey()
    {
        QTemporaryDir elsewhere;
        const QString target = elsewhere.filePath(u"recovered.lanyard"_s);
        VaultError error;
        QVERIFY2(Backup::restoreWithRecoveryKey(m_backup, target, m_school->recoveryKey(), &error),
                 qPrintable(error.message));
        VaultError openError;
        auto restored = Vault::open(target, TestVault::UserName, TestVault::Passphrase, &openError);
        QVERIFY2(restored, qPrintable(openError.message));
        QCOMPARE(*PupilStore(*restored).count(), 3);
        restored.reset();

        // And over the vault the backup came from.
        const QString second = elsewhere.filePath(u"second.lanyard"_s);
        QVERIFY(Backup::restore(m_backup, second, TestVault::UserName, TestVault::Passphrase, &error));
        QVERIFY2(Backup::restore(m_backup, second, TestVault::UserName, TestVault::Passphrase, &error),
                 qPrintable(error.message));
        QCOMPARE(leftovers(second), QStringList());
    }

    void wrongPassphraseReplacesNothing()
    {
        const QByteArray before = fingerprint(m_school->path());
        VaultError error;
        QVERIFY(
            !Backup::restore(m_backup, m_school->path(), TestVault::UserName, "not the passphrase", &error));
        QCOMPARE(error.kind, VaultError::Kind::WrongCredentials);
        QVERIFY(
            !Backup::restoreWithRecoveryKey(m_backup, m_school->path(),
                                            u"00000000-00000000-00000000-00000000-00000000-00000000-00000000-"
                                            "00000000"_s,
                                            &error));
        QCOMPARE(error.kind, VaultError::Kind::WrongCredentials);
        QCOMPARE(fingerprint(m_school->path()), before);
        QCOMPARE(leftovers(m_school->path()), QStringList());
    }

    void damagedBackupRefused_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<Backup::Verdict>("verdict");
        using V = Backup::Verdict;
        QTest::newRow("empty") << u"cut:0"_s << V::Damaged;
        QTest::newRow("cut in the magic") << u"cut:9"_s << V::Damaged;
        QTest::newRow("cut in the manifest") << u"cut:40"_s << V::Damaged;
        QTest::newRow("cut in half") << u"cut:half"_s << V::Damaged;
        QTest::newRow("last byte missing") << u"cut:-1"_s << V::Damaged;
        QTest::newRow("a byte too many") << u"append"_s << V::Damaged;
        QTest::newRow("flipped in the magic") << u"flip:magic"_s << V::NotABackup;
        QTest::newRow("flipped in the length") << u"flip:length"_s << V::Damaged;
        QTest::newRow("flipped in the manifest") << u"flip:manifest"_s << V::Damaged;
        QTest::newRow("flipped in the database, page 1") << u"flip:database-start"_s << V::Damaged;
        QTest::newRow("flipped in the database, middle") << u"flip:database"_s << V::Damaged;
        QTest::newRow("flipped in the database, last byte") << u"flip:database-end"_s << V::Damaged;
        QTest::newRow("flipped in the key ring") << u"flip:keys"_s << V::Damaged;
        QTest::newRow("flipped in the checksum") << u"flip:seal"_s << V::Damaged;
    }

    void damagedBackupRefused()
    {
        QFETCH(QString, damage);
        QFETCH(Backup::Verdict, verdict);
        QByteArray bytes = readAll(m_backup);
        const Parts parts = split(bytes);
        if (damage.startsWith(u"cut:"_s)) {
            const QString at = damage.mid(4);
            bytes.truncate(at == u"half"_s  ? bytes.size() / 2
                           : at.toInt() < 0 ? bytes.size() + at.toInt()
                                            : at.toInt());
        } else if (damage == u"append"_s) {
            bytes.append('\0');
        } else {
            const QString where = damage.mid(5);
            const qint64 offset = where == u"magic"_s            ? 3
                                  : where == u"length"_s         ? 17
                                  : where == u"manifest"_s       ? 40
                                  : where == u"database-start"_s ? parts.databaseOffset + 20
                                  : where == u"database"_s ? parts.databaseOffset + parts.database.size() / 2
                                  : where == u"database-end"_s ? parts.keysOffset - 1
                                  : where == u"keys"_s         ? parts.keysOffset + parts.keys.size() / 2
                                                               : bytes.size() - 5;
            bytes[offset] = char(bytes.at(offset) ^ 0x10);
        }
        const QString file = QDir(m_school->folder()).filePath(u"damaged.lanyard-backup"_s);
        QVERIFY(writeAll(file, bytes));

        QString problem;
        QCOMPARE(Backup::verify(file, nullptr, &problem), verdict);
        QVERIFY(problem.contains(u"damaged"_s) || problem.contains(u"not a Lanyard backup"_s));

        const QByteArray before = fingerprint(m_school->path());
        VaultError error;
        QVERIFY(!Backup::restore(file, m_school->path(), TestVault::UserName, TestVault::Passphrase, &error));
        QCOMPARE(error.kind, VaultError::Kind::Damaged);
        QVERIFY2(error.message.contains(u"Nothing was replaced"_s), qPrintable(error.message));
        QCOMPARE(fingerprint(m_school->path()), before);
        QCOMPARE(leftovers(m_school->path()), QStringList());
    }

    void corruptVaultInsideAWellFormedBackupRefused()
    {
        // Checksums made to match a damaged database: only opening it and checking it can tell.
        const Parts parts = split(readAll(m_backup));
        QByteArray database = parts.database;
        const qsizetype page = 4096;
        QVERIFY(database.size() > 2 * page);
        database[page + page / 2] = char(database.at(page + page / 2) ^ 0x01);
        const QString file = QDir(m_school->folder()).filePath(u"resealed.lanyard-backup"_s);
        QVERIFY(writeAll(file, assemble(parts.manifest, database, parts.keys)));
        QCOMPARE(Backup::verify(file), Backup::Verdict::Ok);

        const QByteArray before = fingerprint(m_school->path());
        VaultError error;
        QVERIFY(!Backup::restore(file, m_school->path(), TestVault::UserName, TestVault::Passphrase, &error));
        QCOMPARE(error.kind, VaultError::Kind::Damaged);
        QVERIFY2(error.message.contains(u"Nothing was replaced"_s), qPrintable(error.message));
        QCOMPARE(fingerprint(m_school->path()), before);
        QCOMPARE(leftovers(m_school->path()), QStringList());
    }

    void notABackupRefused()
    {
        QString problem;
        QCOMPARE(Backup::verify(m_school->path(), nullptr, &problem), Backup::Verdict::NotABackup);
        QVERIFY(problem.contains(u"not a Lanyard backup"_s));
        QCOMPARE(Backup::verify(m_school->folder() + u"/no-such.lanyard-backup"_s),
                 Backup::Verdict::Unreadable);
        VaultError error;
        QVERIFY(!Backup::restore(KeyRing::pathFor(m_school->path()), m_school->path(), TestVault::UserName,
                                 TestVault::Passphrase, &error));
        QCOMPARE(error.kind, VaultError::Kind::Damaged);
    }

    void newerFormatRefused()
    {
        Parts parts = split(readAll(m_backup));
        parts.manifest[u"version"_s] = Backup::FormatVersion + 1;
        const QString file = QDir(m_school->folder()).filePath(u"future.lanyard-backup"_s);
        QVERIFY(writeAll(file, assemble(parts.manifest, parts.database, parts.keys)));
        QString problem;
        QCOMPARE(Backup::verify(file, nullptr, &problem), Backup::Verdict::NewerFormat);
        QVERIFY(problem.contains(u"newer version of Lanyard"_s));
    }

    void foreignBackupRefused()
    {
        auto other = TestVault::create(u"Another School"_s);
        const QString file = QDir(other->folder()).filePath(u"other.lanyard-backup"_s);
        QString writeError;
        QVERIFY2(Backup::write(*other, file, &writeError), qPrintable(writeError));
        other->close();

        const QByteArray before = fingerprint(m_school->path());
        VaultError error;
        QVERIFY(!Backup::restore(file, m_school->path(), TestVault::UserName, TestVault::Passphrase, &error));
        QCOMPARE(error.kind, VaultError::Kind::Refused);
        QVERIFY2(error.message.contains(u"different school's vault"_s), qPrintable(error.message));
        QCOMPARE(fingerprint(m_school->path()), before);
        QCOMPARE(leftovers(m_school->path()), QStringList());
    }

    void openVaultNotReplaced()
    {
        auto vault = TestVault::create();
        const QString file = QDir(vault->folder()).filePath(u"open.lanyard-backup"_s);
        QString writeError;
        QVERIFY(Backup::write(*vault, file, &writeError));
        const QByteArray before = fingerprint(vault->path());
        VaultError error;
        QVERIFY(!Backup::restore(file, vault->path(), TestVault::UserName, TestVault::Passphrase, &error));
        QCOMPARE(error.kind, VaultError::Kind::Refused);
        QVERIFY2(error.message.contains(u"is open"_s), qPrintable(error.message));
        QCOMPARE(fingerprint(vault->path()), before);
    }

    void unfinishedRestoreIsNotOverwritten()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(u"target.lanyard"_s);
        VaultError error;
        QVERIFY(Backup::restore(m_backup, target, TestVault::UserName, TestVault::Passphrase, &error));
        QVERIFY(writeAll(target + u".before-restore"_s, "the only copy of something"));
        QVERIFY(!Backup::restore(m_backup, target, TestVault::UserName, TestVault::Passphrase, &error));
        QVERIFY2(error.message.contains(u"did not finish"_s), qPrintable(error.message));
        QCOMPARE(readAll(target + u".before-restore"_s), QByteArray("the only copy of something"));
    }

    void backupHoldsNoPlainText()
    {
        auto vault = TestVault::create(u"Ysgol Gynradd Llanfihangel"_s);
        DemoOptions options;
        options.pupils = 40;
        options.seed = 3;
        QString error;
        QVERIFY2(DemoSchool::populate(*vault, options, &error), qPrintable(error));
        QStringList names;
        QSqlQuery q(vault->vault().database());
        QVERIFY(q.exec(
            u"SELECT surname FROM pupils UNION SELECT surname FROM staff UNION SELECT surname FROM parents"_s));
        while (q.next())
            if (q.value(0).toString().size() >= 6) // shorter ones turn up in random bytes now and then
                names << q.value(0).toString();
        QVERIFY(names.size() > 10);
        const QString file = QDir(vault->folder()).filePath(u"plain.lanyard-backup"_s);
        QVERIFY2(Backup::write(*vault, file, &error), qPrintable(error));

        const QByteArray bytes = readAll(file);
        const Parts parts = split(bytes);
        QVERIFY(!parts.database.isEmpty());
        QVERIFY(!parts.database.startsWith("SQLite format 3"));
        QVERIFY(!bytes.contains("CREATE TABLE"));
        QVERIFY(!bytes.contains("Llanfihangel"));
        QVERIFY(!bytes.contains(TestVault::Passphrase));
        for (const QString& name : std::as_const(names))
            QVERIFY2(!bytes.contains(name.toUtf8()), qPrintable(name));
    }

    void refusesToOverwriteWhatIsNotABackup()
    {
        auto vault = TestVault::create();
        const QString precious = QDir(vault->folder()).filePath(u"minutes.docx"_s);
        QVERIFY(writeAll(precious, "governors' minutes"));
        QString error;
        QVERIFY(!Backup::write(*vault, precious, &error));
        QVERIFY(error.contains(u"not a Lanyard backup"_s));
        QCOMPARE(readAll(precious), QByteArray("governors' minutes"));
        QVERIFY(!Backup::write(*vault, vault->path(), &error));
        QVERIFY(!Backup::write(*vault, KeyRing::pathFor(vault->path()), &error));
        QVERIFY(!Backup::write(*vault, vault->folder() + u"/no/such/folder/x.lanyard-backup"_s, &error));
        QVERIFY(error.contains(u"does not exist"_s));
    }

    void pruneKeepsTheNewest()
    {
        QTemporaryDir dir;
        const QStringList ours{
            u"school-2026-01-05-080000.lanyard-backup"_s, u"school-2026-01-12-080000.lanyard-backup"_s,
            u"school-2025-12-31-235959.lanyard-backup"_s, u"school-2026-01-12-160000.lanyard-backup"_s,
            u"school-2026-02-01-090000.lanyard-backup"_s};
        const QStringList others{u"other-school-2024-01-01-000000.lanyard-backup"_s,
                                 u"other-school-2024-01-02-000000.lanyard-backup"_s, u"notes.txt"_s,
                                 u"school-copy.lanyard-backup"_s};
        for (const QString& name : ours + others)
            QVERIFY(writeAll(dir.filePath(name), "x"));

        const QStringList removed = Backup::prune(dir.path(), 3, u"school"_s);
        QCOMPARE(removed.size(), 2);
        QVERIFY(removed.contains(dir.filePath(u"school-2025-12-31-235959.lanyard-backup"_s)));
        QVERIFY(removed.contains(dir.filePath(u"school-2026-01-05-080000.lanyard-backup"_s)));
        for (const QString& name :
             {u"school-2026-01-12-080000.lanyard-backup"_s, u"school-2026-01-12-160000.lanyard-backup"_s,
              u"school-2026-02-01-090000.lanyard-backup"_s})
            QVERIFY2(QFile::exists(dir.filePath(name)), qPrintable(name));
        for (const QString& name : others)
            QVERIFY2(QFile::exists(dir.filePath(name)), qPrintable(name));

        // Without a name, each vault's backups are pruned on their own.
        QCOMPARE(Backup::prune(dir.path(), 1).size(), 3);
        QVERIFY(QFile::exists(dir.filePath(u"school-2026-02-01-090000.lanyard-backup"_s)));
        QVERIFY(QFile::exists(dir.filePath(u"other-school-2024-01-02-000000.lanyard-backup"_s)));
        QVERIFY(QFile::exists(dir.filePath(u"notes.txt"_s)));
        QVERIFY(QFile::exists(dir.filePath(u"school-copy.lanyard-backup"_s)));
        QString error;
        QVERIFY(Backup::prune(dir.path(), 0, {}, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void backupWhileAnotherProgramWrites()
    {
        auto vault = TestVault::create();
        vault->close();
        Writer writer;
        QVERIFY2(writer.start(vault->path()), qPrintable(writerPath()));
        bool ok = true;
        while (ok && writer.lastCommitted < 20)
            ok = writer.poll([](const QByteArray&) { return false; });
        QVERIFY2(ok, writer.process.readAllStandardError().constData());

        // The backup is made from this program's own connection while the child goes on writing.
        vault->reopen();
        const QString file = QDir(vault->folder()).filePath(u"busy.lanyard-backup"_s);
        QString error;
        QVERIFY2(Backup::write(*vault, file, &error), qPrintable(error));
        writer.kill();
        vault->close();

        QTemporaryDir elsewhere;
        const QString target = elsewhere.filePath(u"busy.lanyard"_s);
        VaultError restoreError;
        QVERIFY2(Backup::restore(file, target, TestVault::UserName, TestVault::Passphrase, &restoreError),
                 qPrintable(restoreError.message));
        auto restored = Vault::open(target, TestVault::UserName, TestVault::Passphrase, &restoreError);
        QVERIFY(restored);
        QCOMPARE(integrity(*restored), u"ok"_s);
        const auto counted = PupilStore(*restored).count();
        QVERIFY2(counted, qPrintable(counted.error()));
        const int pupils = *counted;
        QVERIFY2(pupils >= 20, qPrintable(QString::number(pupils)));
        QVERIFY2(pupils <= writer.lastCommitted + 5,
                 qPrintable(u"%1 pupils, %2 reported"_s.arg(pupils).arg(writer.lastCommitted)));
        QCOMPARE(pupils % 5, 0);
        QCOMPARE(count(*restored, u"SELECT count(*) FROM (SELECT surname FROM pupils GROUP BY surname "
                                  "HAVING count(*) <> 5)"_s),
                 0);
    }

    void killedMidWriteLeavesTheVaultWhole_data()
    {
        QTest::addColumn<QString>("when");
        QTest::newRow("mid-transaction") << u"writing"_s;
        QTest::newRow("just after a commit") << u"committed"_s;
        QTest::newRow("whenever it falls") << u"timer"_s;
    }

    void killedMidWriteLeavesTheVaultWhole()
    {
        QFETCH(QString, when);
        auto vault = TestVault::create();
        const QString backup = QDir(vault->folder()).filePath(u"before.lanyard-backup"_s);
        QString error;
        QVERIFY2(Backup::write(*vault, backup, &error), qPrintable(error));
        vault->close();

        Writer writer;
        QVERIFY2(writer.start(vault->path()), qPrintable(writerPath()));
        QElapsedTimer clock;
        bool triedRestore = false, restoreRefused = false, stop = false;
        QString refusal;
        const auto onLine = [&](const QByteArray& line) {
            if (!triedRestore) {
                if (!line.startsWith("committed "))
                    return false;
                // While another program has the vault open, a restore must leave it alone.
                triedRestore = true;
                VaultError refused;
                restoreRefused = !Backup::restore(backup, vault->path(), TestVault::UserName,
                                                  TestVault::Passphrase, &refused);
                refusal = refused.message;
                clock.start();
                return false;
            }
            if (when == u"writing"_s)
                stop = line.startsWith("writing ") && writer.lastWriting >= 12;
            else if (when == u"committed"_s)
                stop = line.startsWith("committed ") && writer.lastCommitted >= 60;
            else
                stop = clock.elapsed() > 150;
            return stop;
        };
        while (!stop)
            QVERIFY2(writer.poll(onLine), writer.process.readAllStandardError().constData());
        writer.kill();
        QCOMPARE(writer.process.exitStatus(), QProcess::CrashExit);
        QVERIFY(restoreRefused);
        QVERIFY2(refusal.contains(u"is open"_s), qPrintable(refusal));
        QVERIFY2(writer.lastCommitted >= 5, "the writer committed nothing before it was killed");
        // The WAL was live when the child died: opening the vault must recover from it.
        QVERIFY(QFile::exists(vault->path() + u"-wal"_s));

        // A copy of the vault as the crash left it, for the restore below.
        QTemporaryDir crashed;
        const QString crashedPath = crashed.filePath(u"crashed.lanyard"_s);
        for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            if (QFile::exists(vault->path() + suffix))
                QVERIFY(QFile::copy(vault->path() + suffix, crashedPath + suffix));
        QVERIFY(QFile::copy(KeyRing::pathFor(vault->path()), KeyRing::pathFor(crashedPath)));

        vault->reopen();
        QCOMPARE(integrity(*vault), u"ok"_s);
        const auto counted = PupilStore(*vault).count();
        QVERIFY2(counted, qPrintable(counted.error()));
        const int pupils = *counted;
        // Every transaction the child reported is there; at most one more, committed in the instant
        // between its commit and its report; never part of one.
        QVERIFY2(pupils >= writer.lastCommitted,
                 qPrintable(u"%1 pupils, %2 reported"_s.arg(pupils).arg(writer.lastCommitted)));
        QVERIFY2(pupils <= writer.lastCommitted + 5,
                 qPrintable(u"%1 pupils, %2 reported"_s.arg(pupils).arg(writer.lastCommitted)));
        QCOMPARE(pupils % 5, 0);
        QCOMPARE(count(*vault, u"SELECT count(*) FROM (SELECT surname FROM pupils GROUP BY surname "
                               "HAVING count(*) <> 5)"_s),
                 0);
        QCOMPARE(count(*vault, u"SELECT count(DISTINCT surname) FROM pupils"_s), pupils / 5);
        QCOMPARE(count(*vault, u"SELECT count(*) FROM pupils WHERE admission_no IS NULL OR dob IS NULL"_s),
                 0);
        const AuditLog::Verdict chain = AuditLog::verify(vault->vault().database());
        QVERIFY2(chain.ok, qPrintable(chain.problem));

        // Restoring over the crashed copy: the WAL it left belongs to the old file, and must not be
        // replayed into the restored one.
        VaultError restoreError;
        QVERIFY2(
            Backup::restore(backup, crashedPath, TestVault::UserName, TestVault::Passphrase, &restoreError),
            qPrintable(restoreError.message));
        QVERIFY(!QFile::exists(crashedPath + u"-wal"_s));
        QCOMPARE(leftovers(crashedPath), QStringList());
        auto restored = Vault::open(crashedPath, TestVault::UserName, TestVault::Passphrase, &restoreError);
        QVERIFY2(restored, qPrintable(restoreError.message));
        QCOMPARE(integrity(*restored), u"ok"_s);
        QCOMPARE(*PupilStore(*restored).count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
