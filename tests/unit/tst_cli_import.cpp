// lanyard-cli import and export end to end, on files shaped like real MIS exports (tests/data).
#include "CliRunner.h"
#include "TestVault.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliImport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestVault> m_school; // SIMS, then Arbor, files of the same school
    std::unique_ptr<TestVault> m_other;  // an Excel Windows-1252 file
    QTemporaryDir m_dir;

    static QString data(const QString& name)
    {
        return QDir(QStringLiteral(LANYARD_TEST_DATA)).filePath(name);
    }

    Run cli(const QStringList& arguments)
    {
        return runCli(arguments, {{u"LANYARD_USER"_s, TestVault::UserName},
                                  {u"LANYARD_PASSPHRASE"_s, QString::fromUtf8(TestVault::Passphrase)}});
    }

    // Everything a refused import must leave alone, as the CLI lists it.
    QString roll(const TestVault& vault)
    {
        return cli({u"list"_s, u"pupils"_s, vault.path(), u"--leavers"_s, u"--format"_s, u"csv"_s}).out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("LANYARD_CLI")),
                 "LANYARD_CLI must name the lanyard-cli binary");
        for (const QString& name : {u"sims_pupils.csv"_s, u"arbor_pupils.csv"_s, u"excel_1252_pupils.csv"_s,
                                    u"bad_pupils.csv"_s, u"no_surname_pupils.csv"_s, u"staff.csv"_s})
            QVERIFY2(QFile::exists(data(name)), qPrintable(data(name)));
        m_school = TestVault::create(u"Bryn Ash Primary School"_s);
        m_school->close();
        m_other = TestVault::create(u"Ysgol Llanfair"_s);
        m_other->close();
    }

    void simsExport()
    {
        const Run run = cli({u"import"_s, u"pupils"_s, m_school->path(), data(u"sims_pupils.csv"_s)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(u"as UTF-8"_s));
        QVERIFY(run.out.contains(u"Added: 8\n"_s));
        QVERIFY(run.out.contains(u"Not read: Ethnicity."_s));
        QVERIFY(run.out.contains(u"New forms: 3B, 4A, 5A, 1C, RH, N, 6W"_s));
        const QString list = roll(*m_school);
        for (const QString& name : {u"Jones,Llŷr"_s, u"Ó Súilleabháin,Siobhán,Shiv"_s, u"Davies,Siân"_s,
                                    u"Nowak,Zoë,Zo"_s, u"ap Llŷr,Gwenllïan"_s, u"O'Brien,Seán"_s})
            QVERIFY2(list.contains(name), qPrintable(name));
        QVERIFY(list.contains(u"2018-10-02,F,3,3B,001202"_s));
        QVERIFY(list.contains(u",R,RH,"_s));
        QVERIFY(list.contains(u",N,N,"_s));
    }

    void arborExportOfTheSameSchool()
    {
        // ISO dates, "Male"/"Female", admission numbers without their zeros: the same eight pupils.
        const QString before = roll(*m_school);
        const Run run = cli({u"import"_s, u"pupils"_s, m_school->path(), data(u"arbor_pupils.csv"_s)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"Added: 0\nUpdated: 0\nUnchanged: 8\nNot in this file: 0\n"_s),
                 qPrintable(run.out));
        QCOMPARE(roll(*m_school), before);
    }

    void excelWindows1252()
    {
        const Run dry = cli(
            {u"import"_s, u"pupils"_s, m_other->path(), data(u"excel_1252_pupils.csv"_s), u"--dry-run"_s});
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
        QVERIFY(dry.out.contains(u"Dry run: nothing has been written."_s));
        QVERIFY(dry.out.contains(u"Added: 5\n"_s));
        QCOMPARE(roll(*m_other).count(u'\n'), 1); // the header: nothing written

        const Run run = cli({u"import"_s, u"pupils"_s, m_other->path(), data(u"excel_1252_pupils.csv"_s)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(u"as Windows-1252"_s));
        QCOMPARE(run.out.mid(run.out.indexOf(u"Added"_s)), dry.out.mid(dry.out.indexOf(u"Added"_s)));
        const QString list = roll(*m_other);
        for (const QString& name : {u"Davies,Siân"_s, u"Brown,Zoë"_s, u"Ó Súilleabháin,Pádraig,Paddy"_s,
                                    u"Müller,Chloë"_s, u"Ní Bhriain,Aoife"_s})
            QVERIFY2(list.contains(name), qPrintable(name + u"\n"_s + list));
        QVERIFY(list.contains(u"2016-04-03,F,5,5D"_s)); // 3/4/2016 is the 3rd of April
    }

    void encodingOverride()
    {
        const Run asUtf8 = cli({u"import"_s, u"pupils"_s, m_other->path(), data(u"excel_1252_pupils.csv"_s),
                                u"--dry-run"_s, u"--encoding"_s, u"utf-8"_s});
        QCOMPARE(asUtf8.exitCode, 1);
        QVERIFY(asUtf8.err.contains(u"not in UTF-8"_s));
        const Run asAnsi = cli({u"import"_s, u"pupils"_s, m_other->path(), data(u"excel_1252_pupils.csv"_s),
                                u"--dry-run"_s, u"--encoding"_s, u"windows-1252"_s});
        QVERIFY2(asAnsi.exitCode == 0, qPrintable(asAnsi.err));
        QVERIFY(asAnsi.out.contains(u"Unchanged: 5"_s));
        QCOMPARE(cli({u"import"_s, u"pupils"_s, m_other->path(), data(u"excel_1252_pupils.csv"_s),
                      u"--encoding"_s, u"ebcdic"_s})
                     .exitCode,
                 2);
    }

    void badFileIsRefusedWhole()
    {
        const QString before = roll(*m_school);
        const Run run = cli({u"import"_s, u"pupils"_s, m_school->path(), data(u"bad_pupils.csv"_s),
                             u"--leavers"_s, u"mark"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"nothing has changed"_s));
        const QStringList expected{
            u"Line 3, UPN: F825230119201 is also on line 2."_s,
            u"Line 4, DOB: 31/02/2019 is not a date."_s,
            u"Line 5, Year: “Year 14” is not a year group"_s,
            u"Line 6, UPN: The UPN's check letter should be Y, not Z"_s,
            u"Line 7, Legal Surname: The surname is missing."_s,
        };
        for (const QString& problem : expected)
            QVERIFY2(run.err.contains(problem), qPrintable(problem + u"\n"_s + run.err));
        QVERIFY(!run.err.contains(u"Line 2"_s));
        QVERIFY(!run.err.contains(u"Line 8"_s));
        QVERIFY(!run.out.contains(u"Added"_s));
        QCOMPARE(roll(*m_school), before);
    }

    void missingSurnameColumn()
    {
        const QString before = roll(*m_school);
        const Run run = cli({u"import"_s, u"pupils"_s, m_school->path(), data(u"no_surname_pupils.csv"_s)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"Line 1: There is no column for “Surname”."_s), qPrintable(run.err));
        QCOMPARE(roll(*m_school), before);
    }

    void exportWarnsAndReimports()
    {
        const QString file = m_dir.filePath(u"roll.csv"_s);
        const Run run = cli({u"export"_s, u"pupils"_s, m_school->path(), u"-o"_s, file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(u": 8."_s));
        QVERIFY(run.err.contains(u"personal data in plain text"_s));
        QVERIFY(run.err.contains(u"delete it"_s));
        QFile exported(file);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray bytes = exported.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFUPN,"));
        QVERIFY(bytes.contains("2018-10-02"));
        QVERIFY(bytes.contains("\r\n"));
        const Run back = cli({u"import"_s, u"pupils"_s, m_school->path(), file});
        QVERIFY2(back.exitCode == 0, qPrintable(back.err));
        QVERIFY2(back.out.contains(u"Added: 0\nUpdated: 0\nUnchanged: 8\n"_s), qPrintable(back.out));
    }

    void leaversMarked()
    {
        // Next term's file: everyone in the SIMS export but the last two.
        QFile sims(data(u"sims_pupils.csv"_s));
        QVERIFY(sims.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = sims.readAll().split('\n');
        lines.removeLast(); // after the final line end
        lines.removeLast();
        lines.removeLast();
        const QString file = m_dir.filePath(u"next term.csv"_s);
        QFile next(file);
        QVERIFY(next.open(QIODevice::WriteOnly));
        next.write(lines.join('\n') + '\n');
        next.close();

        const Run kept = cli({u"import"_s, u"pupils"_s, m_school->path(), file, u"--dry-run"_s});
        QVERIFY2(kept.exitCode == 0, qPrintable(kept.err));
        QVERIFY2(kept.out.contains(u"Not in this file: 2 (they stay on roll)"_s), qPrintable(kept.out));
        QVERIFY(kept.out.contains(u"  Fitzgerald-Owen, Dafydd (Nursery, N)\n"_s));
        QVERIFY(kept.out.contains(u"  O'Brien, Seán (Year 6, 6W)\n"_s));

        // --leavers is an ordinary option of import: its value may follow it, anywhere on the line.
        const Run markedDry = cli(
            {u"import"_s, u"--leavers"_s, u"mark"_s, u"pupils"_s, m_school->path(), file, u"--dry-run"_s});
        QVERIFY2(markedDry.exitCode == 0, qPrintable(markedDry.err));
        QVERIFY2(markedDry.out.contains(u"Not in this file: 2 (to be marked as left on "_s),
                 qPrintable(markedDry.out));
        QVERIFY(markedDry.out.contains(u"Dry run: nothing has been written."_s));

        const Run marked = cli({u"import"_s, u"pupils"_s, m_school->path(), file, u"--leavers=mark"_s});
        QVERIFY2(marked.exitCode == 0, qPrintable(marked.err));
        QVERIFY(marked.out.contains(u"Not in this file: 2 (marked as left on "_s));
        const Run onRoll = cli({u"list"_s, u"pupils"_s, m_school->path(), u"--format"_s, u"csv"_s});
        QCOMPARE(onRoll.out.count(u"\r\n"_s), 7);
        QVERIFY(roll(*m_school).contains(u",left\r\n"_s));
        QCOMPARE(
            cli({u"import"_s, u"pupils"_s, m_school->path(), file, u"--leavers"_s, u"delete"_s}).exitCode, 2);
    }

    void staffRoundTrip()
    {
        const Run run = cli({u"import"_s, u"staff"_s, m_school->path(), data(u"staff.csv"_s)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(u"Added: 5\n"_s));
        const QString file = m_dir.filePath(u"staff-out.csv"_s);
        QCOMPARE(cli({u"export"_s, u"staff"_s, m_school->path(), u"--output"_s, file}).exitCode, 0);
        const Run back = cli({u"import"_s, u"staff"_s, m_school->path(), file});
        QVERIFY2(back.out.contains(u"Added: 0\nUpdated: 0\nUnchanged: 5\n"_s),
                 qPrintable(back.out + back.err));
        const Run list = cli({u"list"_s, u"staff"_s, m_school->path()});
        QVERIFY(list.out.contains(u"Ó Súilleabháin"_s));
        QVERIFY(list.out.contains(u"DSL, Head"_s));
    }

    void usage()
    {
        QCOMPARE(cli({u"import"_s, u"parents"_s, m_school->path(), data(u"staff.csv"_s)}).exitCode, 2);
        QCOMPARE(cli({u"import"_s, u"pupils"_s, m_school->path()}).exitCode, 2);
        QCOMPARE(cli({u"export"_s, u"pupils"_s, m_school->path()}).exitCode, 2);
        const Run missing = cli({u"import"_s, u"pupils"_s, m_school->path(), m_dir.filePath(u"nope.csv"_s)});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(u"Cannot open"_s));
        QVERIFY(cli({u"--help"_s}).out.contains(u"import pupils|staff VAULT FILE"_s));
    }

    void helpForImport()
    {
        const Run help = cli({u"help"_s, u"import"_s});
        QCOMPARE(help.exitCode, 0);
        const Run flag = cli({u"import"_s, u"--help"_s});
        QCOMPARE(flag.exitCode, 0);
        QCOMPARE(help.out, flag.out);
        QVERIFY(help.out.startsWith(u"Usage:\n  lanyard-cli import pupils|staff VAULT FILE [options]\n"_s));
        for (const QString& option :
             {u"--leavers <keep|mark>"_s, u"--dry-run"_s, u"--encoding <utf-8|windows-1252>"_s,
              u"--user <name>"_s, u"--recovery-key <key>"_s})
            QVERIFY2(help.out.contains(option), qPrintable(option));
        for (const QString& option : {u"--role"_s, u"--year"_s, u"--output"_s, u"--format"_s})
            QVERIFY2(!help.out.contains(option), qPrintable(option));
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
