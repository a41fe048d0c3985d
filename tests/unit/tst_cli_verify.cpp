// lanyard-cli verify end to end: a vault made and changed through Lanyard is whole; the same vault
// tampered with in the sqlcipher shell, keyed with its recovery key, is not, and verify says where.
#include "CliRunner.h"
#include "records/PupilStore.h"
#include "storage/AuditLog.h"
#include "storage/Vault.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliVerify : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_vault;
    QString m_recoveryKey;
    QString m_shell;
    const QByteArray m_passphrase = "Bryn Ash 1987 staffroom kettle";

    Run cli(const QStringList& arguments, const QMap<QString, QString>& environment = {})
    {
        return runCli(arguments, environment);
    }

    QMap<QString, QString> asOffice() const
    {
        return {{u"LANYARD_USER"_s, u"office"_s}, {u"LANYARD_PASSPHRASE"_s, QString::fromUtf8(m_passphrase)}};
    }

    // A copy of the vault and its key ring to tamper with, so each test starts from the whole one.
    QString copyOfVault(const QString& name)
    {
        const QString copy = m_dir.filePath(name + u".lanyard"_s);
        if (!QFile::copy(m_vault, copy) || !QFile::copy(m_vault + u"-keys"_s, copy + u"-keys"_s))
            return {};
        return copy;
    }

    // What someone with the recovery key and the sqlcipher shell can do behind Lanyard's back.
    bool tamper(const QString& path, const QString& sql)
    {
        QProcess process;
        process.start(m_shell, {path});
        if (!process.waitForStarted())
            return false;
        const QString hex = QString(m_recoveryKey).remove(u'-');
        process.write(u"PRAGMA key=\"x'%1'\";\nPRAGMA cipher_page_size=4096;\n%2\n"_s.arg(hex, sql).toUtf8());
        process.closeWriteChannel();
        if (!process.waitForFinished())
            return false;
        const QByteArray err = process.readAllStandardError();
        if (!err.isEmpty())
            qWarning("sqlcipher: %s", err.constData());
        return process.exitCode() == 0 && err.isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("LANYARD_CLI")),
                 "LANYARD_CLI must name the lanyard-cli binary");
        m_shell = QStandardPaths::findExecutable(u"sqlcipher"_s);
        QVERIFY2(!m_shell.isEmpty(), "the sqlcipher shell is installed by .ci/install-deps");
        QVERIFY(m_dir.isValid());
        m_vault = m_dir.filePath(u"bryn-ash.lanyard"_s);

        const Run init =
            cli({u"init"_s, m_vault, u"--school"_s, u"Bryn Ash Primary School"_s, u"--user"_s, u"office"_s},
                {{u"LANYARD_PASSPHRASE"_s, QString::fromUtf8(m_passphrase)}});
        QCOMPARE(init.exitCode, 0);
        const auto match = QRegularExpression(u"\\b([0-9A-F]{8}(-[0-9A-F]{8}){7})\\b"_s).match(init.out);
        QVERIFY2(match.hasMatch(), qPrintable(init.out));
        m_recoveryKey = match.captured(1);

        VaultError error;
        auto vault = Vault::open(m_vault, u"office"_s, m_passphrase, &error);
        QVERIFY2(vault, qPrintable(error.message));
        AuditLog log(*vault);
        // Stands in for the entries Vault::create and AcademicYearStore make once they are wired:
        // each record init made, if it has no entry yet.
        QSqlQuery q(vault->database());
        for (const QString& table : {u"school"_s, u"users"_s, u"academic_years"_s, u"terms"_s}) {
            QVERIFY(q.exec(
                u"SELECT id FROM %1 WHERE id NOT IN (SELECT entity_id FROM audit_log WHERE entity = '%1')"_s
                    .arg(table)));
            QList<qint64> ids;
            while (q.next())
                ids << q.value(0).toLongLong();
            for (qint64 id : std::as_const(ids))
                QVERIFY(log.recordChange(table, id, u"insert"_s));
        }

        // Changes through the core, each with its entry, as the stores make them.
        PupilStore pupils(*vault);
        QList<Pupil> added;
        for (const QString& surname : {u"Llywelyn"_s, u"Okafor"_s, u"Nowak"_s}) {
            Pupil p;
            p.legalForename = u"Sam"_s;
            p.surname = surname;
            p.dateOfBirth = QDate(2018, 3, 10);
            p.yearGroup = *YearGroup::fromOrdinal(3);
            QString message;
            QVERIFY2(pupils.save(p, &message), qPrintable(message));
            QVERIFY(log.recordChange(u"pupils"_s, p.id, u"insert"_s));
            added << p;
        }
        added[1].surname = u"Okafor-Jones"_s;
        QVERIFY(pupils.save(added[1]));
        QVERIFY(log.recordChange(u"pupils"_s, added[1].id, u"update"_s));
        QCOMPARE(added.first().id, qint64(1));
    }

    void wholeVaultVerifies()
    {
        const QRegularExpression whole(
            u"^The vault is whole: (\\d+) audit entries, chain head (\\d+):([0-9a-f]{64})\\.\\n"_s);
        const Run run = cli({u"verify"_s, m_vault}, asOffice());
        QCOMPARE(run.exitCode, 0);
        const auto match = whole.match(run.out);
        QVERIFY2(match.hasMatch(), qPrintable(run.out + run.err));
        QVERIFY(match.captured(1).toInt() >= 10);

        const Run recovery = cli({u"verify"_s, m_vault, u"--recovery-key"_s, m_recoveryKey});
        QCOMPARE(recovery.exitCode, 0);
        QVERIFY2(whole.match(recovery.out).hasMatch(), qPrintable(recovery.out + recovery.err));

        QCOMPARE(cli({u"verify"_s, m_vault, u"--recovery-key"_s, u"0000-1111"_s}).exitCode, 3);
        QCOMPARE(cli({u"verify"_s}).exitCode, 2);
    }

    void surnameChangedInTheShellIsNamed()
    {
        const QString copy = copyOfVault(u"surname"_s);
        QVERIFY(tamper(copy, u"UPDATE pupils SET surname='X' WHERE id=1;"_s));
        const Run run = cli({u"verify"_s, copy}, asOffice());
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(u"pupils record 1 was changed outside Lanyard after audit entry"_s),
                 qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void deletedEntryIsNamed()
    {
        const QString copy = copyOfVault(u"deleted"_s);
        QVERIFY(tamper(copy, u"DELETE FROM audit_log WHERE id=3;"_s));
        const Run run = cli({u"verify"_s, copy}, asOffice());
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(u"Audit entry 3 has been removed"_s), qPrintable(run.err));
    }

    void alteredEntryIsNamed()
    {
        const QString copy = copyOfVault(u"altered"_s);
        QVERIFY(tamper(copy, u"UPDATE audit_log SET detail='x' WHERE id=2;"_s));
        const Run run = cli({u"verify"_s, copy}, asOffice());
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(u"Audit entry 2 has been altered"_s), qPrintable(run.err));
    }

    void newestEntryRemovedIsNamed()
    {
        const QString copy = copyOfVault(u"newest"_s);
        QVERIFY(tamper(copy, u"DELETE FROM audit_log WHERE id=(SELECT max(id) FROM audit_log);"_s));
        const Run run = cli({u"verify"_s, copy}, asOffice());
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(QRegularExpression(u"Audit entry \\d+ has been removed"_s)),
                 qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliVerify)
#include "tst_cli_verify.moc"
