// The audit trail: a hash chain that grows with every change and event, and a verify() that names
// the first entry or record someone has altered behind Lanyard's back.
#include "CliRunner.h"
#include "TestVault.h"
#include "VaultSql.h"
#include "storage/AuditLog.h"
#include "storage/StoreSupport.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace {

using VaultSql::exec;
using VaultSql::scalar;

// What a store does: write one record, then record the change in the same transaction.
qint64 addPupil(Vault& vault, const QString& surname)
{
    QSqlQuery q(vault.database());
    q.prepare(u"INSERT INTO pupils (legal_forename, surname, dob, gender, year_group) "
              u"VALUES ('Test', ?, '2018-03-10', 'F', 3)"_s);
    q.addBindValue(surname);
    if (!q.exec())
        return 0;
    const qint64 id = q.lastInsertId().toLongLong();
    return AuditLog(vault).recordChange(u"pupils"_s, id, u"insert"_s) ? id : 0;
}

// What someone holding the vault key can do: append an entry in a user's name, chain it after the
// newest and patch audit_head to match. Returns the new entry's id.
qint64 appendForgedEntry(Vault& vault, qint64 userId, const QString& userName)
{
    QSqlQuery q(vault.database());
    if (!q.exec(u"SELECT last_id, hash FROM audit_head WHERE id = 1"_s) || !q.next())
        return 0;
    const qint64 id = q.value(0).toLongLong() + 1;
    const QString prev = q.value(1).toString();
    const QVariantList fields{
        id,        u"2026-11-02T10:00:00.000Z"_s, userId, userName, u"read_sealed"_s, u"concerns"_s,
        qint64(1), u"concern 1 read"_s,           u""_s};
    const QString hash = AuditLog::entryHash(prev, fields);
    q.prepare(u"INSERT INTO audit_log (id, at, user_id, user_name, action, entity, entity_id, detail, "
              u"content_hash, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant& field : fields)
        q.addBindValue(field);
    q.addBindValue(prev);
    q.addBindValue(hash);
    if (!q.exec())
        return 0;
    q.prepare(u"UPDATE audit_head SET entries = entries + 1, last_id = ?, hash = ? WHERE id = 1"_s);
    q.addBindValue(id);
    q.addBindValue(hash);
    return q.exec() ? id : 0;
}

Run verifyAsAdministrator(const QString& path)
{
    return runCli({u"verify"_s, path}, {{u"LANYARD_USER"_s, TestVault::UserName},
                                        {u"LANYARD_PASSPHRASE"_s, QString::fromUtf8(TestVault::Passphrase)}});
}

} // namespace

class TestAuditLog final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void canonicalEncodingIsUnambiguous();
    void chainGrowsAndVerifies();
    void eventsChainToo();
    void recordsSurviveReopening();
    void alteringAnyFieldOfAnEntryIsCaught_data();
    void alteringAnyFieldOfAnEntryIsCaught();
    void deletingAnEntryIsCaught_data();
    void deletingAnEntryIsCaught();
    void reorderingEntriesIsCaught();
    void rewritingAnEntryWithANewHashIsCaught_data();
    void rewritingAnEntryWithANewHashIsCaught();
    void removingTheHeadIsCaught();
    void changingARecordOutsideLanyardIsCaught_data();
    void changingARecordOutsideLanyardIsCaught();
    void addingARecordOutsideLanyardIsCaught();
    void deletingARecordOutsideLanyardIsCaught();
    void recordedDeletionVerifies();
    void deletedAndReinsertedRowsVerify();
    void missingRowIsRecordedAsDeletion();
    void filters();
    void recoveryKeySessionIsNamed();
    void writtenValuesHashLikeTheRow();
    void writeOfPartOfARowIsRefused();
    void batchChainsEveryEntry();
    void uncommittedBatchLeavesNoTrace();
    void batchRollsBackWithItsTransaction();
    void entryBlamingAnotherUserIsNamedByVerify();
    void recoveryKeyEntriesAreMarkedByVerify();
    void vaultFromBeforeSigningSaysWhereSigningBegan();

private:
    AuditLog::Verdict verify() { return AuditLog::verify(m_vault->vault().database()); }
    // Three pupils added, one changed, one deleted, and a sign-in: ten entries or so in all.
    void makeHistory();

    std::unique_ptr<TestVault> m_vault;
    qint64 m_a = 0, m_b = 0, m_c = 0;
};

void TestAuditLog::init()
{
    m_vault = TestVault::create();
    // What Vault::create made; it records these itself once the stores are wired, and a second
    // entry for an unchanged record is harmless.
    AuditLog log(**m_vault);
    QVERIFY(log.recordChange(u"school"_s, 1, u"insert"_s));
    QVERIFY(log.recordChange(u"users"_s, m_vault->vault().user().id, u"insert"_s));
    const auto verdict = verify();
    QVERIFY2(verdict.ok, qPrintable(verdict.problem));
}

void TestAuditLog::cleanup()
{
    m_vault.reset();
}

void TestAuditLog::makeHistory()
{
    m_a = addPupil(**m_vault, u"Alpha"_s);
    m_b = addPupil(**m_vault, u"Bravo"_s);
    m_c = addPupil(**m_vault, u"Charlie"_s);
    QVERIFY(m_a > 0 && m_b > 0 && m_c > 0);
    AuditLog log(**m_vault);
    QVERIFY(exec(**m_vault, u"UPDATE pupils SET year_group = 4 WHERE id = %1"_s.arg(m_b)));
    QVERIFY(log.recordChange(u"pupils"_s, m_b, u"update"_s));
    QVERIFY(exec(**m_vault, u"DELETE FROM pupils WHERE id = %1"_s.arg(m_c)));
    QVERIFY(log.recordChange(u"pupils"_s, m_c, u"delete"_s));
    QVERIFY(log.recordEvent(u"login"_s));
}

void TestAuditLog::canonicalEncodingIsUnambiguous()
{
    const QStringList ab{u"a"_s, u"b"_s};
    QVERIFY(AuditLog::canonical(ab, {u"ab"_s, u"c"_s}) != AuditLog::canonical(ab, {u"a"_s, u"bc"_s}));
    QVERIFY(AuditLog::canonical(ab, {u""_s, u"c"_s}) !=
            AuditLog::canonical(ab, {QVariant(QMetaType::fromType<QString>()), u"c"_s}));
    QVERIFY(AuditLog::canonical(ab, {1, u"c"_s}) != AuditLog::canonical(ab, {u"1"_s, u"c"_s}));
    QVERIFY(AuditLog::canonical(ab, {1.0, u"c"_s}) != AuditLog::canonical(ab, {1, u"c"_s}));
    QVERIFY(AuditLog::canonical(ab, {QByteArray("x"), u"c"_s}) != AuditLog::canonical(ab, {u"x"_s, u"c"_s}));
    // The names are part of it, and their order is not.
    QVERIFY(AuditLog::canonical({u"a"_s, u"c"_s}, {1, 2}) != AuditLog::canonical(ab, {1, 2}));
    QCOMPARE(AuditLog::canonical({u"b"_s, u"a"_s}, {2, 1}), AuditLog::canonical(ab, {1, 2}));
    QCOMPARE(AuditLog::sha256Hex("abc"),
             u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);
}

void TestAuditLog::chainGrowsAndVerifies()
{
    const qint64 before = verify().entries;
    makeHistory();
    const auto verdict = verify();
    QVERIFY2(verdict.ok, qPrintable(verdict.problem));
    QCOMPARE(verdict.entries, before + 6);
    QCOMPARE(verdict.head, AuditLog(**m_vault).head());
    QCOMPARE(verdict.head.size(), qsizetype(64));

    // Each entry names the one before it, and the first names nothing.
    QSqlQuery q(m_vault->vault().database());
    QVERIFY(q.exec(u"SELECT id, prev_hash, hash, content_hash, action FROM audit_log ORDER BY id"_s));
    QString previous;
    qint64 id = 0;
    while (q.next()) {
        QCOMPARE(q.value(0).toLongLong(), ++id);
        QCOMPARE(q.value(1).toString(), previous);
        previous = q.value(2).toString();
        const bool change = q.value(4).toString() == u"insert"_s || q.value(4).toString() == u"update"_s;
        QCOMPARE(q.value(3).toString().size(), qsizetype(change ? 64 : 0));
    }
    QCOMPARE(previous, verdict.head);

    const auto trail = AuditLog(**m_vault).list();
    QVERIFY2(trail, qPrintable(trail.error()));
    const QList<AuditLog::Entry>& newest = *trail;
    QCOMPARE(qint64(newest.size()), verdict.entries);
    QCOMPARE(newest.first().action, u"login"_s);
    QCOMPARE(newest.at(1).action, u"delete"_s);
    QCOMPARE(newest.at(1).entity, u"pupils"_s);
    QCOMPARE(newest.at(1).entityId, m_c);
    QCOMPARE(newest.at(1).detail, u"pupil %1 deleted"_s.arg(m_c));
    QCOMPARE(newest.at(2).detail, u"pupil %1 updated"_s.arg(m_b));
    QCOMPARE(newest.first().userName, TestVault::UserName);
    QVERIFY(qAbs(newest.first().at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(newest.first().hash, verdict.head);
    // No name reaches the trail.
    for (const auto& entry : newest)
        QVERIFY2(!entry.detail.contains(u"Bravo"_s) && !entry.detail.contains(u"Charlie"_s),
                 qPrintable(entry.detail));
}

void TestAuditLog::eventsChainToo()
{
    AuditLog log(**m_vault);
    const qint64 before = verify().entries;
    QVERIFY(log.recordEvent(u"backup"_s, u"backup to removable drive"_s));
    QVERIFY(log.recordEvent(u"read_sealed"_s, u"concern 5 read"_s, u"concerns"_s, 5));
    QVERIFY(log.recordEvent(u"lock"_s));
    auto verdict = verify();
    QVERIFY2(verdict.ok, qPrintable(verdict.problem));
    QCOMPARE(verdict.entries, before + 3);
    const auto concerns = log.list({.entity = u"concerns"_s});
    QVERIFY2(concerns, qPrintable(concerns.error()));
    const QList<AuditLog::Entry>& read = *concerns;
    QCOMPARE(read.size(), qsizetype(1));
    QCOMPARE(read.first().entityId, qint64(5));
    QCOMPARE(read.first().detail, u"concern 5 read"_s);

    QVERIFY(exec(**m_vault,
                 u"UPDATE audit_log SET detail = 'concern 6 read' WHERE id = %1"_s.arg(read.first().id)));
    verdict = verify();
    QVERIFY(!verdict.ok);
    QCOMPARE(verdict.entryId, read.first().id);
}

void TestAuditLog::recordsSurviveReopening()
{
    makeHistory();
    // A NULL, an empty text, an integer and a date, read back by a new connection.
    QVERIFY(
        exec(**m_vault, u"UPDATE pupils SET preferred_forename = '', upn = NULL WHERE id = %1"_s.arg(m_a)));
    QVERIFY(AuditLog(**m_vault).recordChange(u"pupils"_s, m_a, u"update"_s));
    m_vault->reopen();
    const auto verdict = verify();
    QVERIFY2(verdict.ok, qPrintable(verdict.problem));
}

void TestAuditLog::alteringAnyFieldOfAnEntryIsCaught_data()
{
    QTest::addColumn<QString>("assignment");
    QTest::newRow("at") << u"at = '2020-01-01T00:00:00.000Z'"_s;
    QTest::newRow("user_id") << u"user_id = user_id + 1"_s;
    QTest::newRow("user_name") << u"user_name = 'someone'"_s;
    QTest::newRow("action") << u"action = 'insert'"_s;
    QTest::newRow("entity") << u"entity = 'staff'"_s;
    QTest::newRow("entity_id") << u"entity_id = entity_id + 1"_s;
    QTest::newRow("detail") << u"detail = 'x'"_s;
    QTest::newRow("detail emptied") << u"detail = ''"_s;
    QTest::newRow("content_hash") << u"content_hash = '00'"_s;
    QTest::newRow("prev_hash") << u"prev_hash = '00'"_s;
    QTest::newRow("hash") << u"hash = '00'"_s;
    QTest::newRow("type") << u"detail = CAST(detail AS BLOB)"_s;
}

void TestAuditLog::alteringAnyFieldOfAnEntryIsCaught()
{
    QFETCH(QString, assignment);
    makeHistory();
    // The update of pupil B: a change with a content hash, in the middle of the chain.
    const qint64 target = scalar(**m_vault, u"SELECT id FROM audit_log WHERE action = 'update'"_s);
    QVERIFY(target > 1);
    QVERIFY(exec(**m_vault, u"UPDATE audit_log SET %1 WHERE id = %2"_s.arg(assignment).arg(target)));
    const auto verdict = verify();
    QVERIFY(!verdict.ok);
    QCOMPARE(verdict.entryId, target);
    QVERIFY2(verdict.problem.contains(u"Audit entry %1 has been altered"_s.arg(target)),
             qPrintable(verdict.problem));
}

void TestAuditLog::deletingAnEntryIsCaught_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("first") << u"min(id)"_s;
    QTest::newRow("middle") << u"min(id) + 3"_s;
    QTest::newRow("last") << u"max(id)"_s;
}

void TestAuditLog::deletingAnEntryIsCaught()
{
    QFETCH(QString, which);
    makeHistory();
    const qint64 target = scalar(**m_vault, u"SELECT %1 FROM audit_log"_s.arg(which));
    QVERIFY(exec(**m_vault, u"DELETE FROM audit_log WHERE id = %1"_s.arg(target)));
    const auto verdict = verify();
    QVERIFY(!verdict.ok);
    QCOMPARE(verdict.entryId, target);
    QVERIFY2(verdict.problem.contains(u"Audit entry %1 has been removed"_s.arg(target)),
             qPrintable(verdict.problem));

    // A later entry does not hide the gap.
    QVERIFY(AuditLog(**m_vault).recordEvent(u"login"_s));
    QCOMPARE(verify().entryId, target);
}

void TestAuditLog::reorderingEntriesIsCaught()
{
    makeHistory();
    const qint64 a = scalar(**m_vault, u"SELECT min(id) + 2 FROM audit_log"_s), b = a + 1;
    QVERIFY(exec(**m_vault, u"UPDATE audit_log SET id = -id WHERE id IN (%1, %2)"_s.arg(a).arg(b)));
    QVERIFY(exec(**m_vault, u"UPDATE audit_log SET id = %1 WHERE id = -%2"_s.arg(b).arg(a)));
    QVERIFY(exec(**m_vault, u"UPDATE audit_log SET id = %1 WHERE id = -%2"_s.arg(a).arg(b)));
    const auto verdict = verify();
    QVERIFY(!verdict.ok);
    QCOMPARE(verdict.entryId, a);
}

void TestAuditLog::rewritingAnEntryWithANewHashIsCaught_data()
{
    QTest::addColumn<bool>("newest");
    QTest::newRow("middle") << false;
    QTest::newRow("newest") << true;
}

// Someone who knows how the hash is made rewrites an entry and its hash: the next link, or the
// head, still remembers the old one.
void TestAuditLog::rewritingAnEntryWithANewHashIsCaught()
{
    QFETCH(bool, newest);
    makeHistory();
    const qint64 target = scalar(**m_vault, newest ? u"SELECT max(id) FROM audit_log"_s
                                                   : u"SELECT id FROM audit_log WHERE action = 'update'"_s);
    QVERIFY(exec(**m_vault, u"UPDATE audit_log SET detail = 'nothing happened' WHERE id = %1"_s.arg(target)));
    QSqlQuery q(m_vault->vault().database());
    const QStringList columns{u"id"_s,     u"at"_s,        u"user_id"_s, u"user_name"_s,   u"action"_s,
                              u"entity"_s, u"entity_id"_s, u"detail"_s,  u"content_hash"_s};
    QVERIFY(q.exec(
        u"SELECT %1, prev_hash FROM audit_log WHERE id = %2"_s.arg(columns.join(u", "_s)).arg(target)));
    QVERIFY(q.next());
    QVariantList values;
    for (int i = 0; i < columns.size(); ++i)
        values << q.value(i);
    QByteArray input = q.value(int(columns.size())).toString().toUtf8();
    input += AuditLog::canonical(columns, values);
    QVERIFY(exec(
        **m_vault,
        u"UPDATE audit_log SET hash = '%1' WHERE id = %2"_s.arg(AuditLog::sha256Hex(input)).arg(target)));

    const auto verdict = verify();
    QVERIFY(!verdict.ok);
    if (newest) {
        QCOMPARE(verdict.entryId, target);
        QVERIFY2(verdict.problem.contains(u"the newest, has been altered"_s), qPrintable(verdict.problem));
    } else {
        QCOMPARE(verdict.entryId, target + 1);
        QVERIFY2(verdict.problem.contains(u"breaks between entries %1 and %2"_s.arg(target).arg(target + 1)),
                 qPrintable(verdict.problem));
    }
}

void TestAuditLog::removingTheHeadIsCaught()
{
    makeHistory();
    QVERIFY(exec(**m_vault, u"DELETE FROM audit_head"_s));
    auto verdict = verify();
    QVERIFY(!verdict.ok);
    QVERIFY2(verdict.problem.contains(u"head record has been removed"_s), qPrintable(verdict.problem));
    QString error;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"audit head is missing"_s));
    QVERIFY(!AuditLog(**m_vault).recordEvent(u"login"_s, {}, {}, 0, &error));
    QVERIFY2(error.contains(u"damaged"_s), qPrintable(error));
}

void TestAuditLog::changingARecordOutsideLanyardIsCaught_data()
{
    QTest::addColumn<QString>("assignment");
    QTest::newRow("surname") << u"surname = 'X'"_s;
    QTest::newRow("one letter") << u"surname = 'Bravp'"_s;
    QTest::newRow("NULL to empty") << u"preferred_forename = ''"_s;
    QTest::newRow("integer to text") << u"year_group = '4'"_s; // stored as 4 again: no change
    QTest::newRow("date") << u"dob = '2018-03-11'"_s;
}

void TestAuditLog::changingARecordOutsideLanyardIsCaught()
{
    QFETCH(QString, assignment);
    makeHistory();
    const qint64 lastEntry = scalar(**m_vault, u"SELECT id FROM audit_log WHERE action = 'update'"_s);
    QVERIFY(exec(**m_vault, u"UPDATE pupils SET %1 WHERE id = %2"_s.arg(assignment).arg(m_b)));
    const auto verdict = verify();
    if (QByteArrayView(QTest::currentDataTag()) == "integer to text") {
        // The column's affinity stores '4' as the integer 4: the record is as Lanyard left it.
        QVERIFY2(verdict.ok, qPrintable(verdict.problem));
        return;
    }
    QVERIFY(!verdict.ok);
    QCOMPARE(verdict.entity, u"pupils"_s);
    QCOMPARE(verdict.entityId, m_b);
    QCOMPARE(verdict.entryId, lastEntry);
    QCOMPARE(verdict.problem,
             u"pupils record %1 was changed outside Lanyard after audit entry %2."_s.arg(m_b).arg(lastEntry));
}

void TestAuditLog::addingARecordOutsideLanyardIsCaught()
{
    makeHistory();
    QVERIFY(exec(**m_vault, u"INSERT INTO forms (name, year_group) VALUES ('3Z', 3)"_s));
    const qint64 id = scalar(**m_vault, u"SELECT id FROM forms WHERE name = '3Z'"_s);
    const auto verdict = verify();
    QVERIFY(!verdict.ok);
    QCOMPARE(verdict.entity, u"forms"_s);
    QCOMPARE(verdict.entityId, id);
    QVERIFY2(verdict.problem.contains(u"added outside Lanyard"_s), qPrintable(verdict.problem));

    // Putting back a record whose deletion was recorded is the same.
    QVERIFY(exec(**m_vault, u"DELETE FROM forms"_s));
    QVERIFY(verify().ok);
    QVERIFY(exec(**m_vault, u"INSERT INTO pupils (id, legal_forename, surname, dob, gender, year_group) "
                            u"VALUES (%1, 'Test', 'Charlie', '2018-03-10', 'F', 3)"_s.arg(m_c)));
    const auto back = verify();
    QVERIFY(!back.ok);
    QCOMPARE(back.entityId, m_c);
    QVERIFY2(back.problem.contains(u"put back outside Lanyard"_s), qPrintable(back.problem));
}

void TestAuditLog::deletingARecordOutsideLanyardIsCaught()
{
    makeHistory();
    const qint64 insertEntry =
        scalar(**m_vault, u"SELECT id FROM audit_log WHERE entity = 'pupils' AND entity_id = %1"_s.arg(m_a));
    QVERIFY(exec(**m_vault, u"DELETE FROM pupils WHERE id = %1"_s.arg(m_a)));
    const auto verdict = verify();
    QVERIFY(!verdict.ok);
    QCOMPARE(verdict.entityId, m_a);
    QCOMPARE(verdict.entryId, insertEntry);
    QCOMPARE(
        verdict.problem,
        u"pupils record %1 was deleted outside Lanyard after audit entry %2."_s.arg(m_a).arg(insertEntry));
}

void TestAuditLog::recordedDeletionVerifies()
{
    makeHistory(); // pupil C was deleted, with its entry
    QCOMPARE(scalar(**m_vault, u"SELECT count(*) FROM pupils WHERE id = %1"_s.arg(m_c)), qint64(0));
    const auto verdict = verify();
    QVERIFY2(verdict.ok, qPrintable(verdict.problem));
}

void TestAuditLog::deletedAndReinsertedRowsVerify()
{
    // AcademicYearStore::save replaces a year's terms: each goes, and comes back, with its entries.
    AuditLog log(**m_vault);
    QVERIFY(exec(**m_vault, u"INSERT INTO academic_years (id, start_year) VALUES (50, 2026)"_s));
    QVERIFY(log.recordChange(u"academic_years"_s, 50, u"insert"_s));
    for (int round = 0; round < 2; ++round) {
        QVERIFY(exec(**m_vault, u"DELETE FROM terms WHERE academic_year_id = 50"_s));
        if (round > 0)
            for (qint64 id : {60, 61})
                QVERIFY(log.recordChange(u"terms"_s, id, u"delete"_s));
        for (qint64 id : {60, 61}) {
            QVERIFY(exec(**m_vault,
                         u"INSERT INTO terms (id, academic_year_id, ordinal, name, starts_on, ends_on) "
                         u"VALUES (%1, 50, %2, 'Term %3', '2026-09-01', '2026-12-19')"_s.arg(id)
                             .arg(id - 59)
                             .arg(round)));
            QVERIFY(log.recordChange(u"terms"_s, id, u"insert"_s));
        }
    }
    const auto verdict = verify();
    QVERIFY2(verdict.ok, qPrintable(verdict.problem));
}

void TestAuditLog::missingRowIsRecordedAsDeletion()
{
    AuditLog log(**m_vault);
    const qint64 id = addPupil(**m_vault, u"Delta"_s);
    QVERIFY(exec(**m_vault, u"DELETE FROM pupils WHERE id = %1"_s.arg(id)));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"recorded for a row that is gone"_s));
    QVERIFY(log.recordChange(u"pupils"_s, id, u"update"_s));
    const auto entries = log.list({.entity = u"pupils"_s, .entityId = id});
    QVERIFY2(entries, qPrintable(entries.error()));
    QCOMPARE(entries->size(), qsizetype(2));
    QCOMPARE(entries->first().action, u"delete"_s);
    QVERIFY(verify().ok);
}

void TestAuditLog::filters()
{
    makeHistory();
    AuditLog log(**m_vault);
    const qint64 all = verify().entries;
    QCOMPARE(qint64(log.list()->size()), all);

    // A second person: the recovery key.
    const QString path = m_vault->path();
    m_vault->close();
    {
        VaultError error;
        auto recovery = Vault::openWithRecoveryKey(path, m_vault->recoveryKey(), &error);
        QVERIFY2(recovery, qPrintable(error.message));
        QVERIFY(AuditLog(*recovery).recordEvent(u"print_recovery_sheet"_s));
    }
    m_vault->reopen();
    AuditLog reopened(**m_vault);
    const auto userNames = reopened.userNames();
    QVERIFY2(userNames, qPrintable(userNames.error()));
    QCOMPARE(*userNames, QStringList({TestVault::UserName, u"recovery key"_s}));
    const auto entities = reopened.entities();
    QVERIFY2(entities, qPrintable(entities.error()));
    QCOMPARE(*entities, QStringList({u"pupils"_s, u"school"_s, u"user_keys"_s, u"users"_s}));

    const auto byRecovery = reopened.list({.userName = u"Recovery Key"_s});
    QVERIFY2(byRecovery, qPrintable(byRecovery.error()));
    QCOMPARE(byRecovery->size(), qsizetype(2)); // signing in, then the sheet
    QCOMPARE(byRecovery->last().action, u"login"_s);
    QCOMPARE(byRecovery->first().action, u"print_recovery_sheet"_s);
    const auto byAdmin = reopened.list({.userName = TestVault::UserName});
    QVERIFY2(byAdmin, qPrintable(byAdmin.error()));
    QVERIFY(qint64(byAdmin->size()) >= all);
    QVERIFY(std::all_of(byAdmin->cbegin(), byAdmin->cend(),
                        [](const auto& e) { return e.userName == TestVault::UserName; }));

    const QDate today = QDate::currentDate();
    QCOMPARE(reopened.list({.from = today, .to = today})->size(), reopened.list()->size());
    QVERIFY(reopened.list({.from = today.addDays(1)})->isEmpty());
    QVERIFY(reopened.list({.to = today.addDays(-1)})->isEmpty());

    const auto pupilB = reopened.list({.entity = u"pupils"_s, .entityId = m_b});
    QVERIFY2(pupilB, qPrintable(pupilB.error()));
    QCOMPARE(pupilB->size(), qsizetype(2));
    QCOMPARE(pupilB->at(0).action, u"update"_s); // newest first
    QCOMPARE(pupilB->at(1).action, u"insert"_s);
    QVERIFY(pupilB->at(0).id > pupilB->at(1).id);
    QCOMPARE(reopened.list({.entity = u"pupils"_s})->size(), qsizetype(5));

    const auto two = reopened.list({.limit = 2});
    QVERIFY2(two, qPrintable(two.error()));
    QCOMPARE(two->size(), qsizetype(2));
    QCOMPARE(two->first().hash, reopened.head());
}

void TestAuditLog::recoveryKeySessionIsNamed()
{
    const QString path = m_vault->path();
    m_vault->close();
    VaultError error;
    auto recovery = Vault::openWithRecoveryKey(path, m_vault->recoveryKey(), &error);
    QVERIFY2(recovery, qPrintable(error.message));
    QVERIFY(AuditLog(*recovery).recordEvent(u"restore"_s));
    QSqlQuery q(recovery->database());
    QVERIFY(q.exec(u"SELECT user_id, user_name FROM audit_log ORDER BY id DESC LIMIT 1"_s) && q.next());
    QCOMPARE(q.value(0).toLongLong(), qint64(0));
    QCOMPARE(q.value(1).toString(), u"recovery key"_s);
    QVERIFY(AuditLog::verify(recovery->database()).ok);
}

// What PupilStore::save does: every column written, and the entry hashed from the values it bound.
void TestAuditLog::writtenValuesHashLikeTheRow()
{
    const QStringList columns{
        u"upn"_s,        u"admission_no"_s, u"legal_forename"_s, u"preferred_forename"_s,
        u"surname"_s,    u"dob"_s,          u"gender"_s,         u"year_group"_s,
        u"form_id"_s,    u"joined_on"_s,    u"left_on"_s,        u"status"_s,
        u"destination"_s};
    const QVariant noText(QMetaType::fromType<QString>());
    const QVariantList values{noText,
                              u"0042"_s,
                              u"Siân"_s,
                              noText,
                              u"Ó Súilleabháin"_s,
                              u"2018-03-10"_s,
                              u"F"_s,
                              3,
                              QVariant(QMetaType::fromType<qint64>()),
                              u"2022-09-05"_s,
                              noText,
                              u"on_roll"_s,
                              noText};
    QSqlQuery q(m_vault->vault().database());
    q.prepare(u"INSERT INTO pupils ("_s + columns.join(u", "_s) +
              u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant& value : values)
        q.addBindValue(value);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    const qint64 id = q.lastInsertId().toLongLong();
    QVERIFY(AuditLog(**m_vault).recordWrite(u"pupils"_s, id, u"insert"_s, columns, values));
    auto verdict = verify();
    QVERIFY2(verdict.ok, qPrintable(verdict.problem));
    const auto entries = AuditLog(**m_vault).list({.entity = u"pupils"_s, .entityId = id});
    QVERIFY2(entries, qPrintable(entries.error()));
    QCOMPARE(entries->size(), qsizetype(1));
    QCOMPARE(entries->first().detail, u"pupil %1 added"_s.arg(id));

    QVERIFY(exec(**m_vault, u"UPDATE pupils SET admission_no = '0043' WHERE id = %1"_s.arg(id)));
    verdict = verify();
    QVERIFY(!verdict.ok);
    QCOMPARE(verdict.entity, u"pupils"_s);
    QCOMPARE(verdict.entityId, id);
}

void TestAuditLog::writeOfPartOfARowIsRefused()
{
    const qint64 before = verify().entries;
    AuditLog log(**m_vault);
    QString error;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"not a whole row written"_s));
    QVERIFY(!log.recordWrite(u"pupils"_s, 1, u"insert"_s, {u"surname"_s, u"dob"_s}, {u"Evans"_s}, &error));
    QVERIFY2(error.contains(u"audit trail"_s), qPrintable(error));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"not a whole row written"_s));
    QVERIFY(!log.recordWrite(u"pupils"_s, 1, u"delete"_s, {}, {}, &error));
    QCOMPARE(verify().entries, before);
}

void TestAuditLog::batchChainsEveryEntry()
{
    const qint64 before = verify().entries;
    {
        AuditLog::Batch batch(**m_vault);
        QVERIFY(batch.isActive());
        // Entries from any AuditLog on the connection join the batch.
        m_a = addPupil(**m_vault, u"Alpha"_s);
        m_b = addPupil(**m_vault, u"Bravo"_s);
        QVERIFY(m_a > 0 && m_b > 0);
        QVERIFY(AuditLog(**m_vault).recordEvent(u"login"_s));
        QSqlQuery q(m_vault->vault().database());
        QVERIFY(q.exec(u"SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"_s) && q.next());
        QCOMPARE(AuditLog(**m_vault).head(), q.value(0).toString());
        QVERIFY(batch.commit());
    }
    auto verdict = verify();
    QVERIFY2(verdict.ok, qPrintable(verdict.problem));
    QCOMPARE(verdict.entries, before + 3);
    QCOMPARE(verdict.head, AuditLog(**m_vault).head());
    QCOMPARE(AuditLog(**m_vault).list({.entity = u"pupils"_s, .entityId = m_b})->size(), qsizetype(1));

    // Entries after the batch chain on from its last.
    QVERIFY(AuditLog(**m_vault).recordEvent(u"lock"_s));
    verdict = verify();
    QVERIFY2(verdict.ok, qPrintable(verdict.problem));
    QCOMPARE(verdict.entries, before + 4);
}

void TestAuditLog::uncommittedBatchLeavesNoTrace()
{
    const auto before = verify();
    {
        AuditLog::Batch batch(**m_vault);
        QVERIFY(addPupil(**m_vault, u"Alpha"_s) > 0);
        QVERIFY(AuditLog(**m_vault).head() != before.head);
    }
    QCOMPARE(scalar(**m_vault, u"SELECT count(*) FROM pupils"_s), qint64(0));
    auto verdict = verify();
    QVERIFY2(verdict.ok, qPrintable(verdict.problem));
    QCOMPARE(verdict.entries, before.entries);
    QCOMPARE(AuditLog(**m_vault).head(), before.head);

    // The next change chains from the head the vault kept.
    QVERIFY(addPupil(**m_vault, u"Bravo"_s) > 0);
    verdict = verify();
    QVERIFY2(verdict.ok, qPrintable(verdict.problem));
    QCOMPARE(verdict.entries, before.entries + 1);
}

void TestAuditLog::batchRollsBackWithItsTransaction()
{
    const auto before = verify();
    {
        StoreSupport::Transaction transaction(m_vault->vault().database());
        AuditLog::Batch batch(**m_vault);
        QVERIFY(addPupil(**m_vault, u"Alpha"_s) > 0);
        {
            AuditLog::Batch inner(**m_vault); // joins the open one
            QVERIFY(inner.isActive());
            QVERIFY(addPupil(**m_vault, u"Bravo"_s) > 0);
            QVERIFY(inner.commit());
        }
        QVERIFY(batch.commit());
        // The transaction is not committed: a cancel, or the program killed, before the end.
    }
    QCOMPARE(scalar(**m_vault, u"SELECT count(*) FROM pupils"_s), qint64(0));
    const auto verdict = verify();
    QVERIFY2(verdict.ok, qPrintable(verdict.problem));
    QCOMPARE(verdict.entries, before.entries);
    QCOMPARE(verdict.head, before.head);
}

// An insider with the vault key writes an entry in Bea's name. Chained and with the head patched,
// it passes the hash checks, but Bea never signed it; signing it with the insider's own key names
// the insider instead.
void TestAuditLog::entryBlamingAnotherUserIsNamedByVerify()
{
    m_vault->addUser(u"bea"_s, Role::Office);
    const qint64 bea = scalar(**m_vault, u"SELECT id FROM users WHERE name = 'bea'"_s);
    QVERIFY(bea > 1);
    const qint64 forged = appendForgedEntry(**m_vault, bea, u"bea"_s);
    QVERIFY(forged > 0);
    auto verdict = verify();
    QVERIFY(!verdict.ok);
    QCOMPARE(verdict.entryId, forged);
    QCOMPARE(verdict.problem,
             u"Audit entry %1, which says bea made it, is not signed: it was added outside Lanyard, "
             u"or its signature was removed."_s.arg(forged));

    const SecureBytes& key = m_vault->vault().signingSecretKey();
    QCOMPARE(key.size(), std::size_t(crypto_sign_SECRETKEYBYTES));
    QSqlQuery q(m_vault->vault().database());
    QVERIFY(q.exec(u"SELECT hash FROM audit_log WHERE id = %1"_s.arg(forged)) && q.next());
    const QByteArray message =
        AuditLog::signedMessage(forged, q.value(0).toString(), m_vault->vault().user().id);
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized),
        publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()), quint64(message.size()),
                         key.data());
    crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char*>(publicKey.data()), key.data());
    q.prepare(
        u"INSERT INTO audit_signatures (entry_id, user_id, public_key, signature) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(forged);
    q.addBindValue(m_vault->vault().user().id);
    q.addBindValue(publicKey);
    q.addBindValue(signature);
    QVERIFY(q.exec());
    verdict = verify();
    QVERIFY(!verdict.ok);
    QCOMPARE(verdict.entryId, forged);
    QCOMPARE(verdict.problem,
             u"Audit entry %1 says bea made it, but the signature that covers it, at entry %1, is "
             u"admin's: the entry was added or altered outside Lanyard, or bea's own signature was "
             u"removed."_s.arg(forged));

    const QString path = m_vault->path();
    m_vault->close();
    const Run run = verifyAsAdministrator(path);
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(u"Audit entry %1 says bea made it"_s.arg(forged)), qPrintable(run.err));
}

void TestAuditLog::recoveryKeyEntriesAreMarkedByVerify()
{
    const QString path = m_vault->path();
    m_vault->close();
    {
        VaultError error;
        auto recovery = Vault::openWithRecoveryKey(path, m_vault->recoveryKey(), &error);
        QVERIFY2(recovery, qPrintable(error.message));
        QVERIFY(recovery->signingSecretKey().isEmpty());
        QVERIFY(AuditLog(*recovery).recordEvent(u"print_recovery_sheet"_s));
        QVERIFY(AuditLog(*recovery).recordEvent(u"print_recovery_sheet"_s));
        // Signed in, and the sheet printed twice: none of it signed.
        QCOMPARE(scalar(*recovery, u"SELECT count(*) FROM audit_log WHERE user_id = 0"_s), qint64(3));
        QCOMPARE(scalar(*recovery, u"SELECT count(*) FROM audit_signatures WHERE user_id = 0"_s), qint64(0));
        const auto verdict = AuditLog::verify(recovery->database());
        QVERIFY2(verdict.ok, qPrintable(verdict.problem));
        QCOMPARE(verdict.recoveryEntries, qint64(3));
    }
    const Run run = verifyAsAdministrator(path);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"\n3 entries were made with the recovery key, and are not signed.\n"_s),
             qPrintable(run.out));
}

// Migration 8 met a vault whose entries were never signed: they keep their hash-only check, and
// verify says where signing began. An unsigned entry after that point fails.
void TestAuditLog::vaultFromBeforeSigningSaysWhereSigningBegan()
{
    makeHistory();
    QVERIFY(exec(**m_vault, u"DELETE FROM audit_signatures"_s));
    QVERIFY(exec(**m_vault, u"UPDATE audit_head SET signed_from = last_id + 1"_s));
    // Made and signed after the upgrade.
    QVERIFY(addPupil(**m_vault, u"Delta"_s) > 0);
    auto verdict = verify();
    QVERIFY2(verdict.ok, qPrintable(verdict.problem));
    // Vault::create's 3 entries, init()'s 2 and makeHistory()'s 6 came before.
    QCOMPARE(verdict.signedFrom, qint64(12));

    const QString path = m_vault->path();
    m_vault->close();
    const Run run = verifyAsAdministrator(path);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(
                 u"\nSigning began at entry 12: the entries before it were made before Lanyard signed "
                 u"the audit trail, and are checked by their hashes only.\n"_s),
             qPrintable(run.out));

    m_vault->reopen();
    const qint64 newest = scalar(**m_vault, u"SELECT max(id) FROM audit_log"_s);
    QVERIFY(exec(**m_vault, u"DELETE FROM audit_signatures WHERE entry_id = %1"_s.arg(newest)));
    verdict = verify();
    QVERIFY(!verdict.ok);
    QCOMPARE(verdict.entryId, newest);
    QVERIFY2(verdict.problem.contains(u"is not signed"_s), qPrintable(verdict.problem));
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
