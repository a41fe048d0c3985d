#include "TestVault.h"
#include "storage/Migrations.h"
#include "storage/Vault.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMigrations : public QObject
{
    Q_OBJECT

private:
    static bool tableExists(const QSqlDatabase& db, const QString& name)
    {
        return db.tables().contains(name);
    }

private Q_SLOTS:
    void newVaultIsAtLatest()
    {
        auto vault = TestVault::create();
        QCOMPARE(vault->vault().schemaVersion(), Migrations::latest());
        QSqlDatabase db = vault->vault().database();
        for (const QString& table : {u"pupils"_s, u"staff"_s, u"forms"_s, u"parents"_s, u"school"_s,
                                     u"academic_years"_s, u"terms"_s, u"users"_s, u"schema_version"_s})
            QVERIFY2(tableExists(db, table), qPrintable(table));
    }

    void appliesPendingStepsInOrderAndRecordsThem()
    {
        auto vault = TestVault::create();
        QSqlDatabase db = vault->vault().database();
        const int base = Migrations::latest();
        QList<Migration> steps = Migrations::all();
        steps << Migration{base + 1, {u"CREATE TABLE extra_one (id INTEGER PRIMARY KEY)"_s}}
              << Migration{base + 2, {u"ALTER TABLE extra_one ADD COLUMN note TEXT"_s}};
        QString error;
        QCOMPARE(Migrations::apply(db, steps, &error), Migrations::Outcome::Ok);
        QCOMPARE(Migrations::currentVersion(db), base + 2);
        QVERIFY(db.record(u"extra_one"_s).contains(u"note"_s));
        // Running again is a no-op.
        QCOMPARE(Migrations::apply(db, steps, &error), Migrations::Outcome::Ok);
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT count(*) FROM schema_version"_s) && q.next());
        // One row per step applied; a step number another branch holds may leave a gap.
        QCOMPARE(q.value(0).toInt(), int(Migrations::all().size()) + 2);
    }

    void failingStepLeavesPreviousVersion()
    {
        auto vault = TestVault::create();
        QSqlDatabase db = vault->vault().database();
        const int base = Migrations::latest();
        QList<Migration> steps = Migrations::all();
        steps << Migration{base + 1,
                           {u"CREATE TABLE half_done (id INTEGER PRIMARY KEY)"_s, u"THIS IS NOT SQL"_s}};
        QString error;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u".*step.*"_s));
        QCOMPARE(Migrations::apply(db, steps, &error), Migrations::Outcome::Failed);
        QVERIFY(error.contains(u"left as it was"_s));
        QCOMPARE(Migrations::currentVersion(db), base);
        QVERIFY(!tableExists(db, u"half_done"_s));
    }

    void newerVaultRefused()
    {
        auto vault = TestVault::create();
        {
            QSqlQuery q(vault->vault().database());
            QVERIFY(
                q.exec(u"INSERT INTO schema_version (version, applied_at) VALUES (%1, '2030-01-01')"_s.arg(
                    Migrations::latest() + 5)));
        }
        vault->close();
        VaultError error;
        QVERIFY(!Vault::open(vault->path(), TestVault::UserName, TestVault::Passphrase, &error));
        QCOMPARE(error.kind, VaultError::Kind::Damaged);
        QVERIFY(error.message.contains(u"newer version of Lanyard"_s));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
