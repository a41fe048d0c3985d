// The private folder beside a vault where backups and restores keep their temporary copies, and
// what becomes of it when a run is killed.
#include "TestVault.h"
#include "storage/ScratchFolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {
mode_t modeOf(const QString& path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_mode & 07777 : 0;
}
} // namespace

class TestScratchFolder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        ::umask(022); // the usual setting, so that the modes show what Lanyard itself asks for
        QVERIFY2(QFile::exists(qEnvironmentVariable("LANYARD_SCRATCH_HOLDER")),
                 "LANYARD_SCRATCH_HOLDER must name the scratch_holder helper");
    }

    void sitsBesideTheVaultForItsOwnerOnly()
    {
        QTemporaryDir dir;
        const QString vaultPath = dir.filePath(u"bryn-ash.lanyard"_s);
        const QString root = dir.filePath(u".bryn-ash.lanyard-tmp"_s);
        QCOMPARE(ScratchFolder::rootFor(vaultPath), root);
        {
            const ScratchFolder run(vaultPath);
            QVERIFY(run.isValid());
            QCOMPARE(QFileInfo(run.path()).absolutePath(), root);
            QCOMPARE(modeOf(root), mode_t(0700));
            QCOMPARE(modeOf(run.path()), mode_t(0700));
            QFile copy(run.filePath(u"copy.lanyard"_s));
            QVERIFY(copy.open(QIODevice::WriteOnly));
        }
        // A run that finishes takes its folder with it, and the shared one once it is empty.
        QVERIFY(!QFileInfo::exists(root));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList());
    }

    // A backup killed part-way leaves its copy behind; the next open of that vault removes it, and
    // leaves alone the folder of a run that is still going.
    void killedRunsCopiesGoAtTheNextOpen()
    {
        auto vault = TestVault::create();
        const QString root = QDir(vault->folder()).filePath(u".test.lanyard-tmp"_s);

        QProcess holder;
        holder.start(qEnvironmentVariable("LANYARD_SCRATCH_HOLDER"), {vault->path()});
        QVERIFY(holder.waitForStarted(10000));
        QVERIFY(holder.waitForReadyRead(20000));
        const QByteArray line = holder.readLine().trimmed();
        QVERIFY2(line.startsWith("holding "), line.constData());
        const QString killedRun = QFile::decodeName(line.mid(8));
        QCOMPARE(QFileInfo(killedRun).absolutePath(), root);
        ::kill(pid_t(holder.processId()), SIGKILL);
        QVERIFY(holder.waitForFinished(10000));
        QVERIFY(QFileInfo::exists(killedRun + u"/copy.lanyard"_s)); // what a kill leaves

        // One run still going, in this program, and a stray copy with no run at all.
        const ScratchFolder live(vault->path());
        QVERIFY(live.isValid());
        QFile stray(QDir(root).filePath(u"copy.lanyard"_s));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.close();

        vault->reopen();
        QVERIFY(!QFileInfo::exists(killedRun));
        QVERIFY(!QFileInfo::exists(killedRun + u".lock"_s));
        QVERIFY(!stray.exists());
        QVERIFY(QFileInfo::exists(live.path()));
    }

    void leftoversGoWithTheRecoveryKeyToo()
    {
        auto vault = TestVault::create();
        vault->close();
        const QString root = QDir(vault->folder()).filePath(u".test.lanyard-tmp"_s);
        QVERIFY(QDir().mkpath(root + u"/run-0123456789abcdef"_s));
        QFile copy(root + u"/run-0123456789abcdef/copy.lanyard"_s);
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.close();
        VaultError error;
        auto recovered = Vault::openWithRecoveryKey(vault->path(), vault->recoveryKey(), &error);
        QVERIFY2(recovered, qPrintable(error.message));
        QVERIFY(!QFileInfo::exists(root));
    }
};

QTEST_GUILESS_MAIN(TestScratchFolder)
#include "tst_scratchfolder.moc"
