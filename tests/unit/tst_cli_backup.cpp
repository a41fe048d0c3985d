// lanyard-cli backup and restore, end to end, as a scheduled job or a technician would run them.
#include "CliRunner.h"
#include "TestVault.h"
#include "records/PupilStore.h"
#include "storage/KeyRing.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray fingerprint(const QString& vaultPath)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(readAll(vaultPath));
    hash.addData(readAll(KeyRing::pathFor(vaultPath)));
    return hash.result();
}
} // namespace

class TestCliBackup : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestVault> m_school;
    QTemporaryDir m_backups;
    QString m_backup;

    static Run cli(const QStringList& arguments, const QMap<QString, QString>& environment = asAdmin())
    {
        return runCli(arguments, environment);
    }

    static QMap<QString, QString> asAdmin()
    {
        return {{u"LANYARD_USER"_s, TestVault::UserName},
                {u"LANYARD_PASSPHRASE"_s, QString::fromUtf8(TestVault::Passphrase)}};
    }

    // How many pupils the vault holds; the read's message ends the test if it cannot say.
    int pupils()
    {
        m_school->reopen();
        const auto n = PupilStore(*m_school).count();
        m_school->close();
        if (!n)
            qFatal("cannot count the pupils: %s", qPrintable(n.error()));
        return *n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("LANYARD_CLI")),
                 "LANYARD_CLI must name the lanyard-cli binary");
        QVERIFY(m_backups.isValid());
        m_school = TestVault::create(u"Bryn Ash Primary School"_s);
        for (const QString& surname : {u"Griffiths"_s, u"Mahmood"_s}) {
            Pupil p;
            p.legalForename = u"Nia"_s;
            p.surname = surname;
            p.dateOfBirth = QDate(2019, 5, 1);
            p.yearGroup = *YearGroup::fromOrdinal(2);
            QVERIFY(PupilStore(*m_school).save(p));
        }
        m_school->close();
    }

    void backupIntoAFolderNamesTheFile()
    {
        const Run run = cli({u"backup"_s, m_school->path(), m_backups.path()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList files = QDir(m_backups.path()).entryList({u"*.lanyard-backup"_s}, QDir::Files);
        QCOMPARE(files.size(), 1);
        QVERIFY2(QRegularExpression(u"^test-\\d{4}-\\d{2}-\\d{2}-\\d{6}\\.lanyard-backup$"_s)
                     .match(files.constFirst())
                     .hasMatch(),
                 qPrintable(files.constFirst()));
        m_backup = m_backups.filePath(files.constFirst());
        QVERIFY(run.out.contains(files.constFirst()));
    }

    void backupToAFile()
    {
        const QString file = m_backups.filePath(u"named.lanyard-backup"_s);
        const Run run = cli({u"backup"_s, m_school->path(), file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFile::exists(file));
        QVERIFY(!readAll(file).contains("Griffiths"));
    }

    // A scheduled backup leaves nothing in the system's temporary folder, killed or not, and the
    // file it writes is for the account that runs it.
    void backupKeepsOutOfTheTemporaryFolder()
    {
        // The system's temporary folder is a file: a backup that tried to use it would fail.
        QTemporaryDir systemTemp;
        const QString notAFolder = systemTemp.filePath(u"not-a-folder"_s);
        QFile blocker(notAFolder);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QMap<QString, QString> environment = asAdmin();
        environment.insert(u"TMPDIR"_s, notAFolder);
        const QString file = m_backups.filePath(u"scheduled.lanyard-backup"_s);
        const Run run = cli({u"backup"_s, m_school->path(), file}, environment);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QDir(systemTemp.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{u"not-a-folder"_s});
        QCOMPARE(QFile::permissions(file) &
                     ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(!QFileInfo::exists(QFileInfo(m_school->path()).absolutePath() + u"/.test.lanyard-tmp"_s));
    }

    void backupNeedsTheRightPassphrase()
    {
        const Run run =
            cli({u"backup"_s, m_school->path(), m_backups.path()},
                {{u"LANYARD_USER"_s, TestVault::UserName}, {u"LANYARD_PASSPHRASE"_s, u"wrong one"_s}});
        QCOMPARE(run.exitCode, 3);
        const Run missing =
            cli({u"backup"_s, m_school->path(), m_backups.filePath(u"no/such/x.lanyard-backup"_s)});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(u"does not exist"_s));
    }

    void restoreBringsBackTheVault()
    {
        QVERIFY(!m_backup.isEmpty());
        m_school->reopen();
        Pupil late;
        late.legalForename = u"Cai"_s;
        late.surname = u"Afterwards"_s;
        late.dateOfBirth = QDate(2019, 6, 1);
        late.yearGroup = *YearGroup::fromOrdinal(2);
        QVERIFY(PupilStore(*m_school).save(late));
        m_school->close();
        QCOMPARE(pupils(), 3);

        const Run run = cli({u"restore"_s, m_backup, m_school->path()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(u"Restored"_s));
        QCOMPARE(pupils(), 2);
    }

    void restoreWithTheRecoveryKey()
    {
        QTemporaryDir elsewhere;
        const QString target = elsewhere.filePath(u"recovered.lanyard"_s);
        const Run run =
            cli({u"restore"_s, m_backup, target, u"--recovery-key"_s, m_school->recoveryKey()}, {});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFile::exists(target));
        QVERIFY(QFile::exists(KeyRing::pathFor(target)));
    }

    void damagedBackupExitsFour()
    {
        const QByteArray whole = readAll(m_backup);
        const QString cut = m_backups.filePath(u"cut.lanyard-backup"_s);
        QFile f(cut);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(whole.left(whole.size() - 100));
        f.close();
        const QByteArray before = fingerprint(m_school->path());
        const Run run = cli({u"restore"_s, cut, m_school->path()});
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(u"damaged"_s), qPrintable(run.err));
        QCOMPARE(fingerprint(m_school->path()), before);

        const Run notBackup = cli({u"restore"_s, KeyRing::pathFor(m_school->path()), m_school->path()});
        QCOMPARE(notBackup.exitCode, 4);
        QVERIFY(notBackup.err.contains(u"not a Lanyard backup"_s));
        QCOMPARE(fingerprint(m_school->path()), before);
    }

    void foreignBackupRefused()
    {
        auto other = TestVault::create(u"Another School"_s);
        other->close();
        const QString file = m_backups.filePath(u"other.lanyard-backup"_s);
        QCOMPARE(cli({u"backup"_s, other->path(), file}).exitCode, 0);
        const QByteArray before = fingerprint(m_school->path());
        const Run run = cli({u"restore"_s, file, m_school->path()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"different school's vault"_s), qPrintable(run.err));
        QCOMPARE(fingerprint(m_school->path()), before);
    }

    void wrongPassphraseAndMissingFile()
    {
        const QByteArray before = fingerprint(m_school->path());
        const Run wrong =
            cli({u"restore"_s, m_backup, m_school->path()},
                {{u"LANYARD_USER"_s, TestVault::UserName}, {u"LANYARD_PASSPHRASE"_s, u"wrong one"_s}});
        QCOMPARE(wrong.exitCode, 3);
        QCOMPARE(fingerprint(m_school->path()), before);
        const Run missing =
            cli({u"restore"_s, m_backups.filePath(u"nothing-here.lanyard-backup"_s), m_school->path()});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(u"no backup"_s));
        const Run usage = cli({u"restore"_s, m_backup});
        QCOMPARE(usage.exitCode, 2);
    }

    void helpNamesTheCommands()
    {
        const Run run = cli({u"--help"_s}, {});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"backup VAULT DEST"_s));
        QVERIFY(run.out.contains(u"restore BACKUP VAULT"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_cli_backup.moc"
