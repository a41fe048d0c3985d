// lanyard-cli end to end: the binary as a script or a school's IT technician would run it.
#include "CliRunner.h"
#include "TestVault.h"
#include "storage/Migrations.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_vault;
    QString m_recoveryKey;
    const QByteArray m_passphrase = "Bryn Ash 1987 staffroom kettle";

    Run cli(const QStringList& arguments, const QMap<QString, QString>& environment = {})
    {
        return runCli(arguments, environment);
    }

    QMap<QString, QString> asOffice() const
    {
        return {{u"LANYARD_USER"_s, u"office"_s}, {u"LANYARD_PASSPHRASE"_s, QString::fromUtf8(m_passphrase)}};
    }

    QByteArray raw(const QString& path) const
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("LANYARD_CLI")),
                 "LANYARD_CLI must name the lanyard-cli binary");
        QVERIFY(m_dir.isValid());
        m_vault = m_dir.filePath(u"bryn-ash.lanyard"_s);
    }

    void initCreatesVaultAndPrintsRecoveryKeyOnce()
    {
        const Run run =
            cli({u"init"_s, m_vault, u"--school"_s, u"Bryn Ash Primary School"_s, u"--user"_s, u"office"_s},
                {{u"LANYARD_PASSPHRASE"_s, QString::fromUtf8(m_passphrase)}});
        QCOMPARE(run.exitCode, 0);
        const QRegularExpression key(u"\\b([0-9A-F]{8}(-[0-9A-F]{8}){7})\\b"_s);
        const auto match = key.match(run.out);
        QVERIFY2(match.hasMatch(), qPrintable(run.out));
        m_recoveryKey = match.captured(1);
        QVERIFY(run.out.contains(u"school safe"_s));
        QVERIFY(QFile::exists(m_vault));
        QVERIFY(QFile::exists(m_vault + u"-keys"_s));
    }

    void initWritesFilesForTheOwnerOnly()
    {
        for (const QString& file : QStringList{m_vault, m_vault + u"-keys"_s}) {
            struct stat info
            {
            };
            QVERIFY(::stat(QFile::encodeName(file).constData(), &info) == 0);
            QCOMPARE(info.st_mode & 07777, 0600u);
        }
    }

    void initRefusesExistingVault()
    {
        const Run run = cli({u"init"_s, m_vault, u"--school"_s, u"Other"_s, u"--user"_s, u"x"_s},
                            {{u"LANYARD_PASSPHRASE"_s, u"whatever passphrase"_s}});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"already exists"_s));
    }

    void demoFillsTheVault()
    {
        const Run run = cli({u"demo"_s, m_vault, u"--pupils"_s, u"120"_s, u"--seed"_s, u"7"_s}, asOffice());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"120 pupils"_s), qPrintable(run.out + run.err));
        const Run again = cli({u"demo"_s, m_vault}, asOffice());
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(u"empty vault"_s));
    }

    void listPupilsAsCsv()
    {
        const Run run = cli({u"list"_s, u"pupils"_s, m_vault, u"--format"_s, u"csv"_s}, asOffice());
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 121);
        const QStringList header = lines.constFirst().split(u',');
        for (const QString& column : {u"upn"_s, u"surname"_s, u"forename"_s, u"preferred"_s, u"dob"_s,
                                      u"year"_s, u"form"_s, u"status"_s})
            QVERIFY2(header.contains(column), qPrintable(column));
        const qsizetype dob = header.indexOf(u"dob"_s), year = header.indexOf(u"year"_s);
        const QRegularExpression isoDate(u"^\\d{4}-\\d{2}-\\d{2}$"_s), yearCode(u"^(N|R|[1-9]|1[0-3])$"_s);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (lines[i].contains(u'"'))
                continue; // a quoted name with a comma; the columns are checked on the others
            const QStringList cells = lines[i].split(u',');
            QVERIFY2(isoDate.match(cells.value(dob)).hasMatch(), qPrintable(lines[i]));
            QVERIFY2(yearCode.match(cells.value(year)).hasMatch(), qPrintable(lines[i]));
        }
        const Run year3 = cli({u"list"_s, u"pupils"_s, m_vault, u"--year"_s, u"Year 3"_s}, asOffice());
        QCOMPARE(year3.exitCode, 0);
        const QStringList rows = year3.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(rows.size() > 2);
        QVERIFY(rows.size() < 40);
        const Run staff = cli({u"list"_s, u"staff"_s, m_vault}, asOffice());
        QCOMPARE(staff.exitCode, 0);
        QVERIFY(staff.out.contains(u"DSL"_s));
    }

    void noSurnameOnDisk()
    {
        const Run run = cli({u"list"_s, u"pupils"_s, m_vault, u"--format"_s, u"csv"_s}, asOffice());
        QStringList surnames;
        const QStringList lines = run.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
        const qsizetype column = lines.constFirst().split(u',').indexOf(u"surname"_s);
        for (qsizetype i = 1; i < lines.size(); ++i)
            if (!lines[i].contains(u'"'))
                surnames << lines[i].split(u',').value(column);
        QVERIFY(surnames.size() > 100);
        QByteArray bytes;
        for (const QString& suffix : {u""_s, u"-wal"_s, u"-journal"_s, u"-keys"_s})
            bytes += raw(m_vault + suffix);
        QVERIFY(bytes.size() > 100000);
        // Shorter names ("Li") turn up in any half-megabyte of random bytes by chance.
        surnames.removeIf([](const QString& s) { return s.toUtf8().size() < 5; });
        QVERIFY(surnames.size() > 60);
        for (const QString& surname : surnames) {
            QVERIFY2(!bytes.contains(surname.toUtf8()), qPrintable(surname));
            QVERIFY(!bytes.contains(
                QByteArray(reinterpret_cast<const char*>(surname.utf16()), surname.size() * 2)));
        }
        QProcess file;
        file.start(u"file"_s, {u"-b"_s, m_vault});
        QVERIFY(file.waitForFinished());
        const QString description = QString::fromUtf8(file.readAllStandardOutput());
        QVERIFY(!description.isEmpty());
        QVERIFY2(!description.contains(u"SQLite"_s, Qt::CaseInsensitive), qPrintable(description));
    }

    void wrongPassphraseExitsThree()
    {
        const Run run =
            cli({u"list"_s, u"pupils"_s, m_vault},
                {{u"LANYARD_USER"_s, u"office"_s}, {u"LANYARD_PASSPHRASE"_s, u"not it at all"_s}});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains(u"user name or passphrase is wrong"_s));
        QVERIFY(run.out.isEmpty());
        const Run stranger = cli({u"list"_s, u"pupils"_s, m_vault, u"--user"_s, u"stranger"_s},
                                 {{u"LANYARD_PASSPHRASE"_s, QString::fromUtf8(m_passphrase)}});
        QCOMPARE(stranger.exitCode, 3);
    }

    void passphraseFromFile()
    {
        QFile file(m_dir.filePath(u"pass.txt"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_passphrase + "\n");
        file.close();
        const Run run = cli({u"list"_s, u"staff"_s, m_vault, u"--user"_s, u"office"_s, u"--passphrase-file"_s,
                             file.fileName()});
        QCOMPARE(run.exitCode, 0);
        const Run none = cli({u"list"_s, u"staff"_s, m_vault, u"--user"_s, u"office"_s});
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.err.contains(u"No passphrase"_s));
    }

    void usageErrorsExitTwo()
    {
        QCOMPARE(cli({u"frobnicate"_s}).exitCode, 2);
        QCOMPARE(cli({u"list"_s, u"pupils"_s, m_vault, u"--format"_s, u"xml"_s}, asOffice()).exitCode, 2);
        QCOMPARE(cli({u"list"_s, u"pupils"_s, m_vault, u"--year"_s, u"14"_s}, asOffice()).exitCode, 2);
        QCOMPARE(cli({u"init"_s, m_dir.filePath(u"x.lanyard"_s)}).exitCode, 2);
    }

    void optionsMayComeBeforeTheCommand()
    {
        const Run run =
            cli({u"--user"_s, u"office"_s, u"--format"_s, u"csv"_s, u"list"_s, u"staff"_s, m_vault},
                {{u"LANYARD_PASSPHRASE"_s, QString::fromUtf8(m_passphrase)}});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.startsWith(u"title,forename,surname,email,category,roles,started,left\r\n"_s));
    }

    void unknownCommandIsNamed()
    {
        const Run run = cli({u"frobnicate"_s, u"pupils"_s, m_vault});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, u"Unknown command: frobnicate\nTry lanyard-cli --help.\n"_s);
        QVERIFY(run.out.isEmpty());
        const Run help = cli({u"help"_s, u"frobnicate"_s});
        QCOMPARE(help.exitCode, 2);
        QCOMPARE(help.err, u"Unknown command: frobnicate\nTry lanyard-cli --help.\n"_s);
    }

    void helpListsTheCommands()
    {
        const Run run = cli({u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines{
            u"  init VAULT --school NAME --user NAME   create a vault, with the user as its administrator\n"_s,
            u"  list pupils|staff VAULT                the roll, or the staff, as a table or CSV\n"_s,
            u"  verify VAULT                           check the audit trail, the records and the file\n"_s,
            u"  report KIND VAULT -o FILE.pdf          aup-pack, aup-chase or staff-aup, as an A4 PDF\n"_s,
            u"  help [COMMAND]                         this list, or one command's usage and options\n"_s,
        };
        for (const QString& line : lines)
            QVERIFY2(run.out.contains(line), qPrintable(line));
        // Each command's options are in its own help, not here.
        for (const QString& option : {u"--leavers"_s, u"--year"_s, u"--format"_s, u"--dry-run"_s})
            QVERIFY2(!run.out.contains(option), qPrintable(option));
        QCOMPARE(cli({u"help"_s}).out, run.out);
    }

    void reportHelpIsAboutReports()
    {
        const Run run = cli({u"report"_s, u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(u"Usage:\n  lanyard-cli report KIND VAULT -o FILE.pdf [options]\n"_s));
        for (const QString& kind :
             {u"  aup-pack   the Michaelmas pack: a form per pupil and a signing sheet per class\n"_s,
              u"  aup-chase  the forms still to chase, by form\n"_s,
              u"  staff-aup  the staff signing sheet\n"_s})
            QVERIFY2(run.out.contains(kind), qPrintable(kind));
        for (const QString& option :
             {u"-o, --output <file>"_s, u"--year <year>"_s, u"--form <form>"_s, u"--user <name>"_s,
              u"--passphrase-file <file>"_s, u"--recovery-key <key>"_s})
            QVERIFY2(run.out.contains(option), qPrintable(option));
        for (const QString& option :
             {u"--leavers"_s, u"--role"_s, u"--format"_s, u"--school"_s, u"--dry-run"_s})
            QVERIFY2(!run.out.contains(option), qPrintable(option));
        QCOMPARE(cli({u"help"_s, u"report"_s}).out, run.out);
    }

    void optionOfAnotherCommandIsRefused()
    {
        const Run run =
            cli({u"report"_s, u"aup-pack"_s, m_vault, u"-o"_s, m_dir.filePath(u"pack.pdf"_s), u"--leavers"_s},
                asOffice());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"Unknown option 'leavers'.\nTry lanyard-cli --help.\n"_s),
                 qPrintable(run.err));
        QVERIFY(!QFile::exists(m_dir.filePath(u"pack.pdf"_s)));
    }

    void sqlcipherShellOpensWithRecoveryKey()
    {
        const QString shell = QStandardPaths::findExecutable(u"sqlcipher"_s);
        QVERIFY2(!shell.isEmpty(), "the sqlcipher shell is installed by .ci/install-deps");
        QProcess process;
        process.start(shell, {m_vault});
        QVERIFY(process.waitForStarted());
        const QString hex = QString(m_recoveryKey).remove(u'-');
        process.write(
            u"PRAGMA key=\"x'%1'\";\nPRAGMA cipher_page_size=4096;\nSELECT count(*) FROM pupils;\n"_s.arg(hex)
                .toUtf8());
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished());
        QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()).trimmed(), u"120"_s);
    }

    void recoveryKeyAndNewPassphrase()
    {
        const QMap<QString, QString> newPass{
            {u"LANYARD_NEW_PASSPHRASE"_s, u"a new kettle for the staffroom"_s}};
        const Run run =
            cli({u"user"_s, u"passwd"_s, m_vault, u"office"_s, u"--recovery-key"_s, m_recoveryKey}, newPass);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(cli({u"list"_s, u"staff"_s, m_vault}, asOffice()).exitCode, 3);
        // A passphrase set for someone else must be changed by them before they do anything else.
        const QMap<QString, QString> reset{{u"LANYARD_USER"_s, u"office"_s},
                                           {u"LANYARD_PASSPHRASE"_s, u"a new kettle for the staffroom"_s},
                                           {u"LANYARD_NEW_PASSPHRASE"_s, QString::fromUtf8(m_passphrase)}};
        const Run mustChange = cli({u"list"_s, u"staff"_s, m_vault}, reset);
        QCOMPARE(mustChange.exitCode, 1);
        QVERIFY2(mustChange.err.contains(u"must choose a new passphrase"_s), qPrintable(mustChange.err));
        QCOMPARE(cli({u"user"_s, u"passwd"_s, m_vault, u"office"_s}, reset).exitCode, 0);
        QCOMPARE(cli({u"list"_s, u"staff"_s, m_vault}, asOffice()).exitCode, 0);
        const Run badKey = cli({u"list"_s, u"staff"_s, m_vault, u"--recovery-key"_s, u"0000-1111"_s});
        QCOMPARE(badKey.exitCode, 3);
    }

    void officeUserCannotManageUsers()
    {
        const Run add = cli({u"user"_s, u"add"_s, m_vault, u"clerk"_s, u"--role"_s, u"office"_s},
                            {{u"LANYARD_USER"_s, u"office"_s},
                             {u"LANYARD_PASSPHRASE"_s, QString::fromUtf8(m_passphrase)},
                             {u"LANYARD_NEW_PASSPHRASE"_s, u"clerk's first passphrase"_s}});
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        const QMap<QString, QString> clerk{{u"LANYARD_USER"_s, u"clerk"_s},
                                           {u"LANYARD_PASSPHRASE"_s, u"clerk's own passphrase"_s},
                                           {u"LANYARD_NEW_PASSPHRASE"_s, u"clerk's own passphrase"_s}};
        QMap<QString, QString> firstSignIn = clerk;
        firstSignIn[u"LANYARD_PASSPHRASE"_s] = u"clerk's first passphrase"_s;
        QCOMPARE(cli({u"user"_s, u"passwd"_s, m_vault, u"clerk"_s}, firstSignIn).exitCode, 0);
        for (const QStringList& managing :
             {QStringList{u"user"_s, u"list"_s, m_vault},
              QStringList{u"user"_s, u"add"_s, m_vault, u"evil"_s, u"--role"_s, u"administrator"_s},
              QStringList{u"user"_s, u"remove"_s, m_vault, u"office"_s}}) {
            const Run run = cli(managing, clerk);
            QCOMPARE(run.exitCode, 1);
            QCOMPARE(run.err.trimmed(), u"Your role (Office) does not allow managing users."_s);
        }
        const Run list = cli({u"user"_s, u"list"_s, m_vault}, asOffice());
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains(u"clerk"_s));
        QVERIFY(!list.out.contains(u"evil"_s));
        QVERIFY(cli({u"list"_s, u"pupils"_s, m_vault}, clerk).exitCode == 0); // but the roll is theirs to see
    }

    void disabledUsersPassphraseIsNotChanged()
    {
        // Disabling changes the vault key: the new recovery key is printed once, and the old one
        // no longer opens the vault.
        const Run disable = cli({u"user"_s, u"disable"_s, m_vault, u"clerk"_s}, asOffice());
        QCOMPARE(disable.exitCode, 0);
        const QStringList lines = disable.out.split(u'\n');
        QCOMPARE(lines.at(0), u"The vault key has been changed. The new recovery key is:"_s);
        const QString newKey = lines.at(1);
        QCOMPARE(newKey.size(), 71);
        QCOMPARE(cli({u"list"_s, u"staff"_s, m_vault, u"--recovery-key"_s, m_recoveryKey}).exitCode, 3);
        QCOMPARE(cli({u"list"_s, u"staff"_s, m_vault, u"--recovery-key"_s, newKey}).exitCode, 0);
        m_recoveryKey = newKey;
        QMap<QString, QString> office = asOffice();
        office.insert(u"LANYARD_NEW_PASSPHRASE"_s, u"a passphrase for nobody"_s);
        const Run run = cli({u"user"_s, u"passwd"_s, m_vault, u"clerk"_s}, office);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.trimmed(), u"clerk is disabled and cannot sign in, so their passphrase was not "
                                    "changed. Enable them first."_s);
        QCOMPARE(cli({u"user"_s, u"enable"_s, m_vault, u"clerk"_s}, asOffice()).exitCode, 0);
    }

    // Exactly the sentence, so no SQL or driver text and nothing of the key typed comes with it.
    void mistypedRecoveryKeyPrintsNothingInternal()
    {
        QString wrong = m_recoveryKey;
        wrong[0] = wrong[0] == u'A' ? u'B' : u'A';
        const Run run = cli({u"list"_s, u"staff"_s, m_vault, u"--recovery-key"_s, wrong});
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.err.trimmed(), u"That recovery key does not open this vault. Check it against the "
                                    "recovery sheet and try again."_s);
        QVERIFY(run.out.isEmpty());

        const Run shortKey =
            cli({u"list"_s, u"staff"_s, m_vault, u"--recovery-key"_s, m_recoveryKey.chopped(2)});
        QCOMPARE(shortKey.exitCode, 3);
        QCOMPARE(shortKey.err.trimmed(),
                 u"That is not a recovery key: a recovery key is 64 hexadecimal "
                 "digits (0–9 and A–F) in 8 groups of 8, as on the recovery sheet."_s);
    }

    // Without its key ring no passphrase can open the vault: that is damage (4), not a wrong
    // passphrase (3), and the way on is the recovery key.
    void lostKeyRingExitsFourAndPointsToTheRecoveryKey()
    {
        const QString ring = m_vault + u"-keys"_s;
        const QString kept = m_dir.filePath(u"kept-keys"_s);
        QVERIFY(QFile::copy(ring, kept));
        const QString expected = u"The key ring bryn-ash.lanyard-keys is missing or damaged. Open the vault "
                                 "with its recovery key and add the users again.\n"
                                 "Give the recovery key with --recovery-key KEY."_s;
        QVERIFY(QFile::remove(ring));
        const Run missing = cli({u"list"_s, u"staff"_s, m_vault}, asOffice());
        QCOMPARE(missing.exitCode, 4);
        QCOMPARE(missing.err.trimmed(), expected);

        QFile damaged(ring);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(raw(kept).left(100));
        damaged.close();
        const Run cut = cli({u"list"_s, u"staff"_s, m_vault}, asOffice());
        QCOMPARE(cut.exitCode, 4);
        QCOMPARE(cut.err.trimmed(), expected);

        QVERIFY(QFile::remove(ring));
        QVERIFY(QFile::rename(kept, ring));
        QCOMPARE(cli({u"list"_s, u"staff"_s, m_vault}, asOffice()).exitCode, 0);
    }

    void newerVaultExitsFour()
    {
        {
            VaultError error;
            auto vault = Vault::openWithRecoveryKey(m_vault, m_recoveryKey, &error);
            QVERIFY2(vault, qPrintable(error.message));
            QSqlQuery q(vault->database());
            QVERIFY(
                q.exec(u"INSERT INTO schema_version (version, applied_at) VALUES (%1, '2031-09-01')"_s.arg(
                    Migrations::latest() + 1)));
        }
        const Run run = cli({u"list"_s, u"staff"_s, m_vault, u"--recovery-key"_s, m_recoveryKey});
        QCOMPARE(run.exitCode, 4);
        QVERIFY(run.err.contains(u"newer version of Lanyard"_s));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
