// The audit chain's anchors outside the vault file: a vault put back from an older copy, or with
// its newest entries cut off, shows at sign-in and in lanyard-cli verify, which also checks a head
// printed on paper.
#include "CliRunner.h"
#include "TestVault.h"
#include "VaultSql.h"
#include "storage/AuditLog.h"
#include "storage/ChainAnchors.h"
#include "storage/KeyRing.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
using VaultSql::exec;
using VaultSql::scalar;

// Entries of no consequence, each in a unit of work of its own, and so each signed.
bool addEvents(Vault& vault, int count)
{
    for (int i = 0; i < count; ++i)
        if (!AuditLog(vault).recordEvent(u"print_recovery_sheet"_s))
            return false;
    return true;
}

Run verifyCli(const QString& path, const QStringList& more = {})
{
    return runCli(QStringList{u"verify"_s, path} + more,
                  {{u"LANYARD_USER"_s, TestVault::UserName},
                   {u"LANYARD_PASSPHRASE"_s, QString::fromUtf8(TestVault::Passphrase)}});
}

// What someone holding the vault file does with an older copy of it.
bool replaceVaultFile(const QString& path, const QString& copy)
{
    for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
    return QFile::copy(copy, path);
}
} // namespace

class TestChainAnchors final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void headIsWrittenAsCountColonHash();
    void signInMovesTheAnchorsOn();
    void rolledBackVaultWarnsAtUnlockAndVerifyNamesTheKeyRing();
    void truncatedVaultIsReportedTruncated();
    void verifyExpectAcceptsTheRightHeadAndRefusesAWrongOne();

private:
    QTemporaryDir m_config;
};

void TestChainAnchors::initTestCase()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("LANYARD_CLI")),
             "LANYARD_CLI must name the lanyard-cli binary");
    // ctest points the settings at the build tree; run by hand, this test keeps them to itself.
    if (qEnvironmentVariableIsEmpty("XDG_CONFIG_HOME"))
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
}

void TestChainAnchors::headIsWrittenAsCountColonHash()
{
    const QString hash = u"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"_s;
    QCOMPARE(ChainAnchors::format({120, hash}), u"120:" + hash);
    const auto parsed = ChainAnchors::parse(u" 120:"_s + hash.toUpper() + u' ');
    QVERIFY(parsed);
    QCOMPARE(parsed->entries, qint64(120));
    QCOMPARE(parsed->hash, hash);
    QVERIFY(!ChainAnchors::parse(u"120"_s));
    QVERIFY(!ChainAnchors::parse(u"0:"_s + hash));
    QVERIFY(!ChainAnchors::parse(u"120:"_s + hash.left(63)));
}

void TestChainAnchors::signInMovesTheAnchorsOn()
{
    auto vault = TestVault::create();
    QVERIFY(addEvents(*vault, 3));
    vault->reopen();
    QVERIFY(vault->vault().warnings().isEmpty());
    const auto head = ChainAnchors::headOf(vault->vault().database());
    QVERIFY(head);
    KeyRing ring;
    QVERIFY(ring.load(KeyRing::pathFor(vault->path())));
    QVERIFY(ring.anchor());
    // The ring and this PC hold the chain as it stood after the sign-in.
    QCOMPARE(ring.anchor()->entries, head->entries);
    QCOMPARE(ring.anchor()->hash, head->hash);
    const auto onThisPc = ChainAnchors::onThisPc(ring.vaultId());
    QVERIFY(onThisPc);
    QCOMPARE(onThisPc->entries, head->entries);
    QCOMPARE(onThisPc->hash, head->hash);
}

// An older copy of the vault file, taken earlier and put back: whole in itself, but shorter than
// the anchors.
void TestChainAnchors::rolledBackVaultWarnsAtUnlockAndVerifyNamesTheKeyRing()
{
    auto vault = TestVault::create();
    vault->close();
    const QString earlier = QDir(vault->folder()).filePath(u"earlier-copy.lanyard"_s);
    QVERIFY(QFile::copy(vault->path(), earlier));
    vault->reopen();
    QVERIFY(addEvents(*vault, 10));
    vault->close();
    QVERIFY(replaceVaultFile(vault->path(), earlier));

    VaultError error;
    auto session = Vault::open(vault->path(), TestVault::UserName, TestVault::Passphrase, &error);
    QVERIFY2(session, qPrintable(error.message)); // it still opens
    QCOMPARE(session->warnings().size(), qsizetype(1));
    QVERIFY2(session->warnings().constFirst().contains(u"rolled back"_s),
             qPrintable(session->warnings().join(u'\n')));
    QCOMPARE(scalar(*session, u"SELECT count(*) FROM audit_log WHERE action = 'anchor_mismatch'"_s),
             qint64(1));
    session.reset();

    const Run run = verifyCli(vault->path());
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(u"The vault has been rolled back: the key ring recorded"_s),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(u"The vault has been rolled back: this PC recorded"_s), qPrintable(run.err));
    QVERIFY2(!run.err.contains(u"truncated"_s), qPrintable(run.err));
}

// The newest entries deleted and audit_head patched to the last one left: the signatures made at
// the deleted entries are still there, which an older copy would not have.
void TestChainAnchors::truncatedVaultIsReportedTruncated()
{
    auto vault = TestVault::create();
    QVERIFY(addEvents(*vault, 10));
    vault->reopen(); // the anchors now hold every entry
    const qint64 keep = scalar(*vault, u"SELECT max(id) FROM audit_log"_s) - 9;
    QVERIFY(exec(*vault, u"DELETE FROM audit_log WHERE id > %1"_s.arg(keep)));
    QVERIFY(exec(*vault, u"UPDATE audit_head SET entries = %1, last_id = %1, "
                         u"hash = (SELECT hash FROM audit_log WHERE id = %1)"_s.arg(keep)));
    vault->close();

    VaultError error;
    auto session = Vault::open(vault->path(), TestVault::UserName, TestVault::Passphrase, &error);
    QVERIFY2(session, qPrintable(error.message));
    QCOMPARE(session->warnings().size(), qsizetype(1));
    QVERIFY2(session->warnings().constFirst().contains(u"truncated"_s),
             qPrintable(session->warnings().join(u'\n')));
    session.reset();

    const Run run = verifyCli(vault->path());
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(u"The vault has been truncated: the key ring recorded"_s), qPrintable(run.err));
    QVERIFY2(!run.err.contains(u"rolled back"_s), qPrintable(run.err));
}

void TestChainAnchors::verifyExpectAcceptsTheRightHeadAndRefusesAWrongOne()
{
    auto vault = TestVault::create();
    QVERIFY(addEvents(*vault, 4));
    const auto head = ChainAnchors::headOf(vault->vault().database());
    QVERIFY(head);
    vault->close();
    const QString printed = ChainAnchors::format(*head);

    const Run right = verifyCli(vault->path(), {u"--expect"_s, printed});
    QCOMPARE(right.exitCode, 0);
    QVERIFY2(right.err.isEmpty(), qPrintable(right.err));

    const QString otherHash = QString(64, u'0');
    const Run wrong =
        verifyCli(vault->path(), {u"--expect"_s, QString::number(head->entries) + u':' + otherHash});
    QCOMPARE(wrong.exitCode, 4);
    QVERIFY2(
        wrong.err.contains(u"The audit trail has been altered: its entry %1 is not the one the head you gave "
                           u"recorded"_s.arg(head->entries)),
        qPrintable(wrong.err));

    const Run longer = verifyCli(vault->path(), {u"--expect"_s, u"900:"_s + head->hash});
    QCOMPARE(longer.exitCode, 4);
    QVERIFY2(longer.err.contains(u"the head you gave recorded 900 audit entries"_s), qPrintable(longer.err));

    const Run garbled = verifyCli(vault->path(), {u"--expect"_s, u"twelve"_s});
    QCOMPARE(garbled.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestChainAnchors)
#include "tst_chainanchors.moc"
