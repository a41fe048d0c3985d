#include "TestVault.h"
#include "demo/DemoSchool.h"
#include "domain/Upn.h"
#include "io/RollExport.h"
#include "io/RollImport.h"
#include "storage/AuditLog.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QTest>

#include <atomic>

using namespace Qt::StringLiterals;

namespace {
const QString Header = u"UPN,Adno,Legal Surname,Legal Forename,Gender,DOB,Year,Reg\r\n"_s;

QString upn(int serial)
{
    return Upn::withCheckLetter(u"82523012%1"_s.arg(serial, 4, 10, QChar(u'0')));
}

struct Kid
{
    int serial;
    QString surname;
    QString forename;
    QString dob;
    QString year;
    QString form;
};

QString line(const Kid& k)
{
    return u"%1,%2,%3,%4,F,%5,%6,%7\r\n"_s.arg(upn(k.serial), u"%1"_s.arg(k.serial, 4, 10, QChar(u'0')),
                                               k.surname, k.forename, k.dob, k.year, k.form);
}

QString roll(const QList<Kid>& kids)
{
    QString text = Header;
    for (const Kid& k : kids)
        text += line(k);
    return text;
}

// The first term: five in Year 3 (3B), five in Year 4 (4A).
QList<Kid> firstTerm()
{
    return {{1, u"Evans"_s, u"Cerys"_s, u"04/05/2018"_s, u"Year 3"_s, u"3B"_s},
            {2, u"Hughes"_s, u"Tomos"_s, u"11/07/2018"_s, u"Year 3"_s, u"3B"_s},
            {3, u"Davies"_s, u"Siân"_s, u"30/11/2017"_s, u"Year 3"_s, u"3B"_s},
            {4, u"Jones"_s, u"Llŷr"_s, u"14/03/2018"_s, u"Year 3"_s, u"3B"_s},
            {5, u"Ó Súilleabháin"_s, u"Aoife"_s, u"02/10/2017"_s, u"Year 3"_s, u"3B"_s},
            {6, u"Nowak"_s, u"Zoë"_s, u"01/09/2016"_s, u"Year 4"_s, u"4A"_s},
            {7, u"Roberts"_s, u"Ffion"_s, u"21/05/2017"_s, u"Year 4"_s, u"4A"_s},
            {8, u"Thomas"_s, u"Gethin"_s, u"15/03/2017"_s, u"Year 4"_s, u"4A"_s},
            {9, u"Patel"_s, u"Aarav"_s, u"20/10/2016"_s, u"Year 4"_s, u"4A"_s},
            {10, u"Smith"_s, u"Jack"_s, u"01/12/2016"_s, u"Year 4"_s, u"4A"_s}};
}

RollTable tableOf(const QString& csv, RollKind kind = RollKind::Pupils)
{
    const auto document = CsvReader::read(csv.toUtf8());
    if (!document)
        qFatal("not CSV");
    return RollImport::table(kind, *document);
}

RollImport::Plan preview(Vault& vault, const QString& csv, RollKind kind = RollKind::Pupils)
{
    const RollTable table = tableOf(csv, kind);
    return RollImport(vault).preview(table, HeaderMapping::recognise(kind, table.header));
}

QStringList texts(const QList<ImportProblem>& problems)
{
    QStringList result;
    for (const ImportProblem& p : problems)
        result << p.text();
    return result;
}

bool importCsv(Vault& vault, const QString& csv, ImportSummary* summary = nullptr,
               const ImportOptions& options = {}, RollKind kind = RollKind::Pupils)
{
    const RollImport::Plan plan = preview(vault, csv, kind);
    if (!plan.isAcceptable()) {
        qWarning() << texts(plan.problems);
        return false;
    }
    QString error;
    const bool ok = RollImport(vault).apply(plan, options, summary, &error);
    if (!ok)
        qWarning() << error;
    return ok;
}

QList<Pupil> everyone(Vault& vault)
{
    PupilFilter filter;
    filter.includeLeavers = true;
    const auto pupils = PupilStore(vault).list(filter);
    if (!pupils)
        qFatal("cannot list pupils: %s", qPrintable(pupils.error()));
    return *pupils;
}

QByteArray exported(Vault& vault, RollKind kind, bool includeLeavers = true)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    ExportOptions options;
    options.includeLeavers = includeLeavers;
    if (!RollExport::write(vault, kind, buffer, options, &error))
        qWarning() << error;
    return buffer.data();
}
} // namespace

class TestRollImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("problem");
        QTest::newRow("dd/mm/yyyy") << u"02/10/2018"_s << QDate(2018, 10, 2) << QString();
        QTest::newRow("d/m/yyyy") << u"2/3/2018"_s << QDate(2018, 3, 2) << QString();
        QTest::newRow("dd-mm-yyyy") << u"02-10-2018"_s << QDate(2018, 10, 2) << QString();
        QTest::newRow("dd.mm.yyyy") << u"02.10.2018"_s << QDate(2018, 10, 2) << QString();
        QTest::newRow("ISO") << u"2018-10-02"_s << QDate(2018, 10, 2) << QString();
        QTest::newRow("with midnight") << u"02/10/2018 00:00:00"_s << QDate(2018, 10, 2) << QString();
        QTest::newRow("ISO with midnight") << u"2018-10-02T00:00:00"_s << QDate(2018, 10, 2) << QString();
        QTest::newRow("month name") << u"2 Oct 2018"_s << QDate(2018, 10, 2) << QString();
        QTest::newRow("Excel's d-MMM-yyyy") << u"02-Oct-2018"_s << QDate(2018, 10, 2) << QString();
        QTest::newRow("29 Feb leap") << u"29/02/2020"_s << QDate(2020, 2, 29) << QString();
        QTest::newRow("31 Feb") << u"31/02/2019"_s << QDate() << u"31/02/2019 is not a date."_s;
        QTest::newRow("29 Feb not leap") << u"29/02/2019"_s << QDate() << u"29/02/2019 is not a date."_s;
        QTest::newRow("US order") << u"10/31/2018"_s << QDate() << u"10/31/2018 is not a date."_s;
        QTest::newRow("ISO impossible") << u"2019-02-31"_s << QDate() << u"2019-02-31 is not a date."_s;
        QTest::newRow("mixed separators")
            << u"02/10-2018"_s << QDate()
            << u"“02/10-2018” is not a date: write dates as dd/mm/yyyy, such as 02/10/2018."_s;
        QTest::newRow("two-digit year")
            << u"02/10/18"_s << QDate()
            << u"02/10/18 has a two-digit year: write the year in full, such as 02/10/2018."_s;
        QTest::newRow("words")
            << u"next week"_s << QDate()
            << u"“next week” is not a date: write dates as dd/mm/yyyy, such as 02/10/2018."_s;
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QFETCH(QString, problem);
        QString message;
        const auto parsed = RollImport::parseDate(text, &message);
        QCOMPARE(parsed.value_or(QDate()), date);
        QCOMPARE(message, problem);
    }

    void yearLabels()
    {
        const QStringList labels{u"N"_s,   u"Nursery"_s, u"N1"_s, u"N2"_s, u"R"_s,      u"Reception"_s,
                                 u"FS2"_s, u"Year 3"_s,  u"Y3"_s, u"3"_s,  u"Year 13"_s};
        const QStringList codes{u"N"_s, u"N"_s, u"N"_s, u"N"_s, u"R"_s, u"R"_s,
                                u"R"_s, u"3"_s, u"3"_s, u"3"_s, u"13"_s};
        for (qsizetype i = 0; i < labels.size(); ++i) {
            const auto year = RollImport::parseYearGroup(labels[i]);
            QVERIFY2(year, qPrintable(labels[i]));
            QCOMPARE(year->code(), codes[i]);
        }
        QVERIFY(!RollImport::parseYearGroup(u"Year 14"_s));
        QVERIFY(!RollImport::parseYearGroup(u"Upper Juniors"_s));
    }

    void staffValues()
    {
        QCOMPARE(RollImport::parseCategory(u"teaching"_s), StaffCategory::Teaching);
        QCOMPARE(RollImport::parseCategory(u"Teacher"_s), StaffCategory::Teaching);
        QCOMPARE(RollImport::parseCategory(u"Teaching Assistant"_s), StaffCategory::Support);
        QCOMPARE(RollImport::parseCategory(u"Non-teaching"_s), StaffCategory::Support);
        QCOMPARE(RollImport::parseCategory(u"Support staff"_s), StaffCategory::Support);
        QCOMPARE(RollImport::parseCategory(u"Governor"_s), StaffCategory::Governor);
        QCOMPARE(RollImport::parseCategory(u"Supply Teacher"_s), StaffCategory::Supply);
        QVERIFY(!RollImport::parseCategory(u"Astronaut"_s));
        QCOMPARE(RollImport::parseRoles(u"DSL, Head"_s), StaffRoles(StaffRole::Dsl | StaffRole::Head));
        QCOMPARE(RollImport::parseRoles(u"Designated Safeguarding Lead and IT"_s),
                 StaffRoles(StaffRole::Dsl | StaffRole::It));
        QCOMPARE(RollImport::parseRoles(u"Deputy DSL; Online safety coordinator"_s),
                 StaffRoles(StaffRole::DeputyDsl | StaffRole::OnlineSafetyCoordinator));
        QCOMPARE(RollImport::parseRoles(QString()), StaffRoles());
        QString unknown;
        QVERIFY(!RollImport::parseRoles(u"DSL, Cook"_s, &unknown));
        QCOMPARE(unknown, u"Cook"_s);
    }

    void importsANewRoll()
    {
        auto vault = TestVault::create();
        ImportSummary summary;
        QVERIFY(importCsv(*vault, roll(firstTerm()), &summary));
        QVERIFY(summary.written);
        QCOMPARE(summary.added, 10);
        QCOMPARE(summary.formsCreated, (QStringList{u"3B"_s, u"4A"_s}));
        const auto form3b = FormStore(*vault).findByName(u"3B"_s);
        QVERIFY(form3b);
        QCOMPARE(form3b->yearGroup.code(), u"3"_s);
        const QList<Pupil> pupils = everyone(*vault);
        QCOMPARE(pupils.size(), 10);
        const auto llyr =
            std::find_if(pupils.cbegin(), pupils.cend(), [](const Pupil& p) { return p.upn == upn(4); });
        QVERIFY(llyr != pupils.cend());
        QCOMPARE(llyr->legalForename, u"Llŷr"_s);
        QCOMPARE(llyr->dateOfBirth, QDate(2018, 3, 14));
        QCOMPARE(llyr->formName, u"3B"_s);
        QCOMPARE(llyr->admissionNumber, u"0004"_s);
        QCOMPARE(llyr->gender, Gender::Female);
        const auto audited = AuditLog(*vault).list();
        QVERIFY2(audited, qPrintable(audited.error()));
        QVERIFY(std::any_of(audited->cbegin(), audited->cend(),
                            [](const AuditLog::Entry& e) { return e.action == u"import"_s; }));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("csv");
        QTest::addColumn<QStringList>("problems");
        const QString good = line({1, u"Evans"_s, u"Cerys"_s, u"04/05/2018"_s, u"Year 3"_s, u"3B"_s});
        auto row = [&](const char* name, const QString& third, const QStringList& problems) {
            QTest::newRow(name) << Header + good + third << problems;
        };
        row("impossible date", line({2, u"Hughes"_s, u"Tomos"_s, u"31/02/2019"_s, u"Year 2"_s, u"2A"_s}),
            {u"Line 3, DOB: 31/02/2019 is not a date."_s});
        row("not a date", line({2, u"Hughes"_s, u"Tomos"_s, u"next week"_s, u"Year 2"_s, u"2A"_s}),
            {u"Line 3, DOB: “next week” is not a date: write dates as dd/mm/yyyy, such as 02/10/2018."_s});
        row("future date of birth", line({2, u"Hughes"_s, u"Tomos"_s, u"01/01/2099"_s, u"Year 2"_s, u"2A"_s}),
            {u"Line 3, DOB: 01/01/2099 is in the future."_s});
        row("unknown year label", line({2, u"Hughes"_s, u"Tomos"_s, u"11/07/2018"_s, u"Year 14"_s, u"2A"_s}),
            {u"Line 3, Year: “Year 14” is not a year group: use N, R or 1 to 13 (such as Year 3 or Y3)."_s});
        QString checkLetter;
        QString wrong = upn(2);
        wrong[0] = wrong[0] == u'A' ? u'B' : u'A';
        Upn::isValid(wrong, &checkLetter);
        row("bad UPN check letter", u"%1,0002,Hughes,Tomos,M,11/07/2018,Year 3,3B\r\n"_s.arg(wrong),
            {u"Line 3, UPN: "_s + checkLetter});
        row("duplicate UPN", u"%1,0002,Hughes,Tomos,M,11/07/2018,Year 3,3B\r\n"_s.arg(upn(1)),
            {u"Line 3, UPN: %1 is also on line 2."_s.arg(upn(1))});
        row("duplicate admission number", u"%1,1,Hughes,Tomos,M,11/07/2018,Year 3,3B\r\n"_s.arg(upn(2)),
            {u"Line 3, Adno: 1 is also on line 2."_s});
        row("missing surname", u"%1,0002,,Tomos,M,11/07/2018,Year 3,3B\r\n"_s.arg(upn(2)),
            {u"Line 3, Legal Surname: The surname is missing."_s});
        row("missing forename", u"%1,0002,Hughes,,M,11/07/2018,Year 3,3B\r\n"_s.arg(upn(2)),
            {u"Line 3, Legal Forename: The forename is missing."_s});
        row("missing date of birth", u"%1,0002,Hughes,Tomos,M,,Year 3,3B\r\n"_s.arg(upn(2)),
            {u"Line 3, DOB: The date of birth is missing."_s});
        row("missing year", u"%1,0002,Hughes,Tomos,M,11/07/2018,,3B\r\n"_s.arg(upn(2)),
            {u"Line 3, Year: The year group is missing."_s});
        row("unknown gender", u"%1,0002,Hughes,Tomos,Q,11/07/2018,Year 3,3B\r\n"_s.arg(upn(2)),
            {u"Line 3, Gender: “Q” is not a gender: use F, M or X."_s});
        row("new form with two year groups", u"%1,0002,Hughes,Tomos,M,11/07/2017,Year 4,3B\r\n"_s.arg(upn(2)),
            {u"Line 3, Reg: 3B is a new form, and most of its pupils in this file are in Year 3, but this "
             u"pupil "
             u"is in Year 4. In Lanyard a form holds one year group."_s});
        QTest::newRow("missing surname column")
            << u"UPN,Legal Forename,DOB,Year\r\n%1,Tomos,11/07/2018,Year 3\r\n"_s.arg(upn(2))
            << QStringList{
                   u"Line 1: There is no column for “Surname”. Choose the column that holds it, or add a "
                   u"column headed “Surname” to the file."_s};
        QTest::newRow("two missing columns")
            << u"UPN,Legal Forename,DOB\r\n%1,Tomos,11/07/2018\r\n"_s.arg(upn(2))
            << QStringList{
                   u"Line 1: There is no column for “Surname”. Choose the column that holds it, or add a "
                   u"column headed “Surname” to the file."_s,
                   u"Line 1: There is no column for “Year group”. Choose the column that holds it, or add "
                   u"a column headed “Year group” to the file."_s};
        QTest::newRow("header only")
            << Header << QStringList{u"Line 1: There are no pupils in this file, only a header row."_s};
        QTest::newRow("empty file") << QString() << QStringList{u"The file is empty."_s};
        QTest::newRow("joined before birth")
            << u"Surname,Forename,DOB,Year,Date of entry\r\nHughes,Tomos,11/07/2018,Year 3,01/09/2017\r\n"_s
            << QStringList{u"Line 2, Date of entry: 01/09/2017 is before the date of birth."_s};
        QTest::newRow("same pupil twice without identifiers")
            << u"Surname,Forename,DOB,Year\r\nHughes,Tomos,11/07/2018,3\r\nHUGHES,tomos,11/07/2018,3\r\n"_s
            << QStringList{u"Line 3: This pupil (the same name and date of birth) is also on line 2."_s};
    }
    void refusals()
    {
        QFETCH(QString, csv);
        QFETCH(QStringList, problems);
        auto vault = TestVault::create();
        const RollImport::Plan plan = preview(*vault, csv);
        QCOMPARE(texts(plan.problems), problems);
        QVERIFY(!plan.isAcceptable());
        QString error;
        QVERIFY(!RollImport(*vault).apply(plan, {}, nullptr, &error));
        QVERIFY(error.contains(u"nothing was imported"_s));
        QCOMPARE(*PupilStore(*vault).count(), 0);
        QVERIFY(FormStore(*vault).list()->isEmpty());
    }

    void existingFormOfAnotherYear()
    {
        auto vault = TestVault::create();
        Form form{0, u"3B"_s, *YearGroup::parse(u"3"_s), 0};
        QVERIFY(FormStore(*vault).save(form));
        const RollImport::Plan plan =
            preview(*vault, roll({{1, u"Evans"_s, u"Cerys"_s, u"04/05/2017"_s, u"Year 4"_s, u"3b"_s}}));
        QCOMPARE(texts(plan.problems),
                 QStringList{u"Line 2, Reg: 3B is a Year 3 form in Lanyard, but this pupil is in Year 4."_s});
    }

    void everyProblemListedNotJustTheFirst()
    {
        auto vault = TestVault::create();
        const QString csv = Header +
                            line({1, u"Evans"_s, u"Cerys"_s, u"04/05/2018"_s, u"Year 3"_s, u"3B"_s}) +
                            line({2, u"Hughes"_s, u"Tomos"_s, u"31/02/2019"_s, u"Year 2"_s, u"2A"_s}) +
                            line({3, u"Roberts"_s, u"Ffion"_s, u"01/01/2019"_s, u"Year 0"_s, u"2A"_s}) +
                            u"%1,0004,,Gethin,M,15/03/2017,Year 4,4A\r\n"_s.arg(upn(1)) +
                            line({5, u"Thomas"_s, u"Osian"_s, u"15/03/2017"_s, u"Year 4"_s, u"4A"_s}) +
                            u"%1,0006,Patel,,M,31/04/2016,Year 5,5A\r\n"_s.arg(upn(6));
        const RollImport::Plan plan = preview(*vault, csv);
        const QStringList problems = texts(plan.problems);
        QCOMPARE(problems.size(), 6);
        QVERIFY(problems[0].startsWith(u"Line 3, DOB:"_s));
        QVERIFY(problems[1].startsWith(u"Line 4, Year:"_s));
        QVERIFY(problems[2].startsWith(u"Line 5, "_s)); // surname and UPN, both on line 5
        QVERIFY(problems[3].startsWith(u"Line 5, "_s));
        QVERIFY(problems.contains(u"Line 7, Legal Forename: The forename is missing."_s));
        QVERIFY(problems.contains(u"Line 7, DOB: 31/04/2016 is not a date."_s));
        for (const QString& p : problems)
            QVERIFY2(!p.startsWith(u"Line 2"_s) && !p.startsWith(u"Line 6"_s), qPrintable(p));
    }

    void vaultUnchangedAfterRefusal()
    {
        auto vault = TestVault::create();
        QVERIFY(importCsv(*vault, roll(firstTerm())));
        const QByteArray before = exported(*vault, RollKind::Pupils);
        const QString head = AuditLog(*vault).head();
        QList<Kid> kids = firstTerm();
        kids[2].form = u"3C"_s;        // a change that would be written...
        kids[5].dob = u"31/02/2016"_s; // ... but for this
        kids << Kid{11, u"Lewis"_s, u"Osian"_s, u"03/03/2018"_s, u"Year 3"_s, u"3C"_s};
        const RollImport::Plan plan = preview(*vault, roll(kids));
        QCOMPARE(texts(plan.problems), QStringList{u"Line 7, DOB: 31/02/2016 is not a date."_s});
        ImportOptions mark;
        mark.leavers = ImportOptions::Leavers::Mark;
        QVERIFY(!RollImport(*vault).apply(plan, mark));
        QCOMPARE(AuditLog(*vault).head(), head);
        QCOMPARE(exported(*vault, RollKind::Pupils), before);
        QVERIFY(!FormStore(*vault).findByName(u"3C"_s));
    }

    void secondTermMatchesExistingPupils()
    {
        auto vault = TestVault::create();
        QVERIFY(importCsv(*vault, roll(firstTerm())));
        const QList<Pupil> first = everyone(*vault);

        // Siân moved from 3B to 3C; Aarav and Jack left; three joined.
        QList<Kid> kids = firstTerm().mid(0, 8);
        kids[2].form = u"3C"_s;
        kids << Kid{11, u"Lewis"_s, u"Osian"_s, u"03/03/2018"_s, u"Year 3"_s, u"3C"_s}
             << Kid{12, u"Morgan"_s, u"Eleri"_s, u"09/09/2017"_s, u"Year 4"_s, u"4A"_s}
             << Kid{13, u"Price"_s, u"Rhys"_s, u"12/12/2017"_s, u"Year 3"_s, u"3B"_s};
        std::reverse(kids.begin(), kids.end()); // the MIS's order is not ours
        const RollImport::Plan plan = preview(*vault, roll(kids));
        QVERIFY2(plan.isAcceptable(), qPrintable(texts(plan.problems).join(u'\n')));
        const ImportSummary expected = plan.summary();
        QCOMPARE(expected.added, 3);
        QCOMPARE(expected.updated, 1);
        QCOMPARE(expected.unchanged, 7);
        QCOMPARE(expected.notInFile,
                 (QStringList{u"Patel, Aarav (Year 4, 4A)"_s, u"Smith, Jack (Year 4, 4A)"_s}));
        const auto moved =
            std::find_if(plan.pupils.cbegin(), plan.pupils.cend(), [](const RollImport::PupilRow& r) {
                return r.change == RollImport::Change::Update;
            });
        QCOMPARE(moved->changed, QStringList{u"Form"_s});
        QCOMPARE(moved->pupil.legalForename, u"Siân"_s);

        ImportSummary summary;
        QString error;
        QVERIFY2(RollImport(*vault).apply(plan, {}, &summary, &error), qPrintable(error));
        QCOMPARE(summary.added, 3);
        QCOMPARE(summary.updated, 1);
        QCOMPARE(summary.unchanged, 7);
        QCOMPARE(summary.notInFile.size(), 2);
        QCOMPARE(summary.formsCreated, QStringList{u"3C"_s});

        const QList<Pupil> now = everyone(*vault);
        QCOMPARE(now.size(), 13);
        QSet<QString> upns;
        for (const Pupil& p : now)
            upns.insert(p.upn);
        QCOMPARE(upns.size(), 13);
        for (const Pupil& p : first) {
            const auto after = PupilStore(*vault).find(p.id);
            QVERIFY(after);
            QCOMPARE(after->status, Pupil::Status::OnRoll); // keep: the two leavers stay on roll
            if (p.legalForename == u"Siân"_s)
                QCOMPARE(after->formName, u"3C"_s);
            else
                QCOMPARE(after->formName, p.formName);
        }
        // The same file again changes nothing.
        ImportSummary again;
        QVERIFY(importCsv(*vault, roll(kids), &again));
        QCOMPARE(again.added, 0);
        QCOMPARE(again.updated, 0);
        QCOMPARE(again.unchanged, 11);
    }

    // Every pupil an import adds or changes gets an entry of their own in the audit trail, which
    // verifies; a cancelled import leaves the trail as it was; a record changed afterwards behind
    // Lanyard's back shows.
    void importedPupilsVerifyInTheAuditTrail()
    {
        auto vault = TestVault::create();
        auto verify = [&] { return AuditLog::verify(vault->vault().database()); };
        const qint64 before = verify().entries;
        QVERIFY(importCsv(*vault, roll(firstTerm())));
        auto verdict = verify();
        QVERIFY2(verdict.ok, qPrintable(verdict.problem));
        QCOMPARE(verdict.entries, before + 10 + 2 + 1); // the pupils, forms 3B and 4A, the import
        QCOMPARE(verdict.head, AuditLog(*vault).head());
        const QList<Pupil> pupils = everyone(*vault);
        for (const Pupil& p : pupils)
            QCOMPARE(AuditLog(*vault).list({.entity = u"pupils"_s, .entityId = p.id})->size(), qsizetype(1));

        // Next term: Siân moves to a new form, and the two missing from the file are marked as left.
        QList<Kid> kids = firstTerm().mid(0, 8);
        kids[2].form = u"3C"_s;
        ImportOptions mark;
        mark.leavers = ImportOptions::Leavers::Mark;
        mark.leavingDate = QDate::currentDate().addDays(-1);
        ImportSummary summary;
        QVERIFY(importCsv(*vault, roll(kids), &summary, mark));
        QCOMPARE(summary.updated, 1);
        QVERIFY(summary.leaversMarked);
        verdict = verify();
        QVERIFY2(verdict.ok, qPrintable(verdict.problem));
        QCOMPARE(verdict.entries, before + 13 + 1 + 1 + 2 + 1); // form 3C, Siân, the leavers, the import

        // A third file, cancelled half way.
        QList<Kid> more;
        for (int i = 20; i < 80; ++i)
            more << Kid{i, u"Pupil"_s, u"Number %1"_s.arg(i), u"01/09/2017"_s, u"Year 4"_s, u"4A"_s};
        const RollImport::Plan plan = preview(*vault, roll(kids + more));
        QVERIFY2(plan.isAcceptable(), qPrintable(texts(plan.problems).join(u'\n')));
        QString error;
        QVERIFY(
            !RollImport(*vault).apply(plan, {}, nullptr, &error, [](int done, int) { return done < 50; }));
        verdict = verify();
        QVERIFY2(verdict.ok, qPrintable(verdict.problem));
        QCOMPARE(verdict.entries, before + 18);
        QCOMPARE(*PupilStore(*vault).count(), 10);

        // Someone corrects Llŷr's surname with another tool.
        const auto llyr =
            std::find_if(pupils.cbegin(), pupils.cend(), [](const Pupil& p) { return p.upn == upn(4); });
        QVERIFY(llyr != pupils.cend());
        QSqlQuery q(vault->vault().database());
        QVERIFY(q.exec(u"UPDATE pupils SET surname = 'Jones-Smith' WHERE id = %1"_s.arg(llyr->id)));
        verdict = verify();
        QVERIFY(!verdict.ok);
        QCOMPARE(verdict.entity, u"pupils"_s);
        QCOMPARE(verdict.entityId, llyr->id);
    }

    void leaversMarkedOrKept()
    {
        auto vault = TestVault::create();
        QVERIFY(importCsv(*vault, roll(firstTerm())));
        const QString csv = roll(firstTerm().mid(0, 8));

        ImportSummary kept;
        QVERIFY(importCsv(*vault, csv, &kept));
        QVERIFY(!kept.leaversMarked);
        QCOMPARE(kept.notInFile.size(), 2);
        QCOMPARE(PupilStore(*vault).list()->size(), 10);

        ImportOptions options;
        options.leavers = ImportOptions::Leavers::Mark;
        options.leavingDate = QDate(2026, 12, 18);
        ImportSummary marked;
        QVERIFY(importCsv(*vault, csv, &marked, options));
        QVERIFY(marked.leaversMarked);
        QCOMPARE(marked.notInFile,
                 (QStringList{u"Patel, Aarav (Year 4, 4A)"_s, u"Smith, Jack (Year 4, 4A)"_s}));
        QCOMPARE(PupilStore(*vault).list()->size(), 8);
        const QList<Pupil> all = everyone(*vault);
        QCOMPARE(all.size(), 10);
        for (const Pupil& p : all) {
            const bool leaver = p.surname == u"Patel"_s || p.surname == u"Smith"_s;
            QCOMPARE(p.status, leaver ? Pupil::Status::Left : Pupil::Status::OnRoll);
            QCOMPARE(p.leftOn, leaver ? QDate(2026, 12, 18) : QDate());
        }
        const QStringList lines = RollImport::describe(marked, RollKind::Pupils);
        QVERIFY(lines.contains(u"Not in this file: 2 (marked as left on 18/12/2026)"_s));

        // Leavers are not "not in this file" next time; one who comes back is on roll again.
        ImportSummary back;
        QVERIFY(importCsv(*vault, roll(firstTerm().mid(0, 9)), &back));
        QCOMPARE(back.notInFile.size(), 0);
        QCOMPARE(back.updated, 1);
        QCOMPARE(PupilStore(*vault).list()->size(), 9);
    }

    void matchesByAdmissionNumberThenNameAndBirthDate()
    {
        auto vault = TestVault::create();
        QVERIFY(importCsv(*vault, u"Adno,Surname,Forename,DOB,Year\r\n"
                                  u"001234,Davies,Siân,30/11/2017,4\r\n"
                                  u"001235,Ó Súilleabháin,Zoë,02/10/2017,4\r\n"_s));
        const QList<Pupil> before = everyone(*vault);

        // Excel dropped the zeros and the surname changed: still the same pupil, by admission number.
        ImportSummary byNumber;
        QVERIFY(importCsv(*vault,
                          u"Adno,Surname,Forename,DOB,Year\r\n"
                          u"1234,Davies-Price,Siân,30/11/2017,4\r\n"
                          u"1235,Ó Súilleabháin,Zoë,02/10/2017,4\r\n"_s,
                          &byNumber));
        QCOMPARE(byNumber.added, 0);
        QCOMPARE(byNumber.updated, 1);
        QCOMPARE(byNumber.unchanged, 1);

        // No numbers at all: by name and date of birth, whatever the case and accents.
        ImportSummary byName;
        QVERIFY(importCsv(*vault,
                          u"Surname,Forename,DOB,Year,Form\r\n"
                          u"DAVIES-PRICE,SIAN,30/11/2017,4,4A\r\n"
                          u"o suilleabhain,zoe,2017-10-02,4,4A\r\n"_s,
                          &byName));
        QCOMPARE(byName.added, 0);
        QCOMPARE(byName.updated, 2);
        const QList<Pupil> after = everyone(*vault);
        QCOMPARE(after.size(), 2);
        for (const Pupil& p : after) {
            QVERIFY(
                std::any_of(before.cbegin(), before.cend(), [&](const Pupil& b) { return b.id == p.id; }));
            QCOMPARE(p.formName, u"4A"_s);
            QVERIFY(p.admissionNumber.startsWith(u"00"_s)); // kept when the file has none
        }
    }

    void admissionNumberOfAnotherPupil()
    {
        auto vault = TestVault::create();
        QVERIFY(importCsv(*vault, roll(firstTerm().mid(0, 2))));
        const RollImport::Plan plan =
            preview(*vault, Header + u"%1,0002,Evans,Cerys,F,04/05/2018,Year 3,3B\r\n"_s.arg(upn(1)));
        QCOMPARE(texts(plan.problems),
                 QStringList{
                     u"Line 2, Adno: 0002 already belongs to Hughes, Tomos in Lanyard, but the UPN on this "
                     u"line is Evans, Cerys's."_s});
    }

    void cancelLeavesNothingWritten()
    {
        auto vault = TestVault::create();
        QList<Kid> kids;
        for (int i = 1; i <= 120; ++i)
            kids << Kid{i, u"Pupil"_s, u"Number %1"_s.arg(i), u"01/09/2017"_s, u"Year 4"_s, u"4A"_s};
        const RollImport::Plan plan = preview(*vault, roll(kids));
        QVERIFY(plan.isAcceptable());
        const QString head = AuditLog(*vault).head();

        QList<std::pair<int, int>> calls;
        QString error;
        QVERIFY(!RollImport(*vault).apply(plan, {}, nullptr, &error, [&](int done, int total) {
            calls.append({done, total});
            return done < 100;
        }));
        QVERIFY(error.contains(u"cancelled"_s));
        QCOMPARE(calls, (QList<std::pair<int, int>>{{0, 120}, {50, 120}, {100, 120}}));
        QCOMPARE(*PupilStore(*vault).count(), 0);
        QVERIFY(FormStore(*vault).list()->isEmpty());
        QCOMPARE(AuditLog(*vault).head(), head);

        // The cancel button's flag, set while the import runs.
        std::atomic_bool cancel = false;
        QVERIFY(!RollImport(*vault).apply(
            plan, {}, nullptr, &error,
            [&](int done, int) {
                if (done >= 50)
                    cancel = true;
                return true;
            },
            &cancel));
        QCOMPARE(*PupilStore(*vault).count(), 0);

        // And without a cancel, the progress runs to the end.
        calls.clear();
        QVERIFY(RollImport(*vault).apply(plan, {}, nullptr, &error, [&](int done, int total) {
            calls.append({done, total});
            return true;
        }));
        QCOMPARE(calls.constLast(), (std::pair<int, int>{120, 120}));
        QCOMPARE(*PupilStore(*vault).count(), 120);
    }

    void storeRefusalRollsBackEverything()
    {
        auto vault = TestVault::create();
        QList<Kid> kids;
        for (int i = 1; i <= 60; ++i)
            kids << Kid{i, u"Pupil"_s, u"Number %1"_s.arg(i), u"01/09/2017"_s, u"Year 4"_s, u"4A"_s};
        const RollImport::Plan plan = preview(*vault, roll(kids));
        QVERIFY(plan.isAcceptable());
        // Someone else takes row 40's admission number between the preview and the import.
        Pupil other;
        other.surname = u"Other"_s;
        other.legalForename = u"Pupil"_s;
        other.dateOfBirth = QDate(2017, 1, 1);
        other.yearGroup = *YearGroup::parse(u"4"_s);
        other.admissionNumber = u"0040"_s;
        QVERIFY(PupilStore(*vault).save(other));
        QString error;
        QVERIFY(!RollImport(*vault).apply(plan, {}, nullptr, &error));
        QVERIFY2(error.startsWith(u"Line 41: Admission number 0040 already belongs to"_s), qPrintable(error));
        QCOMPARE(*PupilStore(*vault).count(), 1);
        QVERIFY(FormStore(*vault).list()->isEmpty());
    }

    // Junk in a file is refused whole, naming the line and the column: a name too long to print,
    // and characters that would make a name read differently on screen from what is stored.
    void overlongNamesAndHiddenCharactersAreRefused()
    {
        auto vault = TestVault::create();
        QList<Kid> kids = firstTerm();
        kids[1].surname = QString(101, u'H');
        kids[3].forename = u"Ll\u202Eŷr"_s;
        kids[6].surname = u"Rob\u0007erts"_s;
        const RollImport::Plan plan = preview(*vault, roll(kids));
        QVERIFY(!plan.isAcceptable());
        QCOMPARE(texts(plan.problems),
                 (QStringList{
                     u"Line 3, Legal Surname: A name of 101 characters is too long; the most is 100."_s,
                     u"Line 5, Legal Forename: This cell holds a hidden control character; retype it."_s,
                     u"Line 8, Legal Surname: This cell holds a hidden control character; retype it."_s}));
        QString error;
        QVERIFY(!RollImport(*vault).apply(plan, {}, nullptr, &error));
        QCOMPARE(*PupilStore(*vault).count(), 0);
        // A hundred characters, and Welsh and Irish letters, are names like any other.
        kids = firstTerm();
        kids[1].surname = QString(100, u'H');
        QVERIFY(preview(*vault, roll(kids)).isAcceptable());
    }

    void rolesAreEnforced()
    {
        auto vault = TestVault::create();
        auto it = vault->signInAs(u"tech"_s, Role::It);
        const RollImport::Plan plan = preview(*it, roll(firstTerm()));
        QVERIFY(plan.isAcceptable()); // IT may read the roll...
        QString error;
        QVERIFY(!RollImport(*it).apply(plan, {}, nullptr, &error)); // ... but not change it
        QVERIFY(error.contains(u"does not allow"_s));
        QCOMPARE(*PupilStore(*vault).count(), 0);
    }

    void exportIsExcelFriendly()
    {
        auto vault = TestVault::create();
        QVERIFY(importCsv(*vault, roll(firstTerm())));
        const QByteArray bytes = exported(*vault, RollKind::Pupils, false);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(bytes.count("\r\n"), 11);
        QCOMPARE(bytes.count('\n'), 11);
        const QString text = QString::fromUtf8(bytes.mid(3));
        QVERIFY(text.contains(u"Jones,Llŷr,,2018-03-14,F,3,3B"_s));
        const HeaderMapping mapping =
            HeaderMapping::recognise(RollKind::Pupils, RollExport::header(RollKind::Pupils));
        for (int column = 0; column < RollExport::header(RollKind::Pupils).size(); ++column)
            QVERIFY2(mapping.fieldAt(column), qPrintable(RollExport::header(RollKind::Pupils).at(column)));
        const HeaderMapping staff =
            HeaderMapping::recognise(RollKind::Staff, RollExport::header(RollKind::Staff));
        for (int column = 0; column < RollExport::header(RollKind::Staff).size(); ++column)
            QVERIFY2(staff.fieldAt(column), qPrintable(RollExport::header(RollKind::Staff).at(column)));
        const auto events = AuditLog(*vault).list();
        QVERIFY2(events, qPrintable(events.error()));
        QVERIFY(std::any_of(events->cbegin(), events->cend(), [](const AuditLog::Entry& e) {
            return e.action == u"export"_s && e.detail == u"pupils to CSV"_s;
        }));
        auto it = vault->signInAs(u"tech"_s, Role::It);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY(!RollExport::write(*it, RollKind::Pupils, buffer, {}, &error));
        QVERIFY(error.contains(u"does not allow"_s));
        QVERIFY(buffer.data().isEmpty());
    }

    void exportImportRoundTrip()
    {
        auto school = TestVault::create();
        DemoOptions options;
        options.pupils = 150;
        options.seed = 11;
        QString error;
        QVERIFY2(DemoSchool::populate(*school, options, &error), qPrintable(error));
        for (RollKind kind : {RollKind::Pupils, RollKind::Staff}) {
            const QByteArray bytes = exported(*school, kind);
            const auto document = CsvReader::read(bytes);
            QVERIFY(document);
            const RollTable table = RollImport::table(kind, *document);
            const HeaderMapping mapping = HeaderMapping::recognise(kind, table.header);
            QVERIFY(mapping.missingRequired().isEmpty());

            // Back into the same vault: nothing to do.
            const RollImport::Plan same = RollImport(*school).preview(table, mapping);
            QVERIFY2(same.isAcceptable(), qPrintable(texts(same.problems).join(u'\n')));
            const ImportSummary nothing = same.summary();
            QCOMPARE(nothing.added, 0);
            QCOMPARE(nothing.updated, 0);
            QCOMPARE(nothing.unchanged, table.rows.size());
            QCOMPARE(nothing.notInFile.size(), 0);

            // Into an empty vault: everyone, and the same file out again.
            auto copy = TestVault::create();
            const RollImport::Plan fresh = RollImport(*copy).preview(table, mapping);
            QVERIFY2(fresh.isAcceptable(), qPrintable(texts(fresh.problems).join(u'\n')));
            ImportSummary summary;
            QVERIFY2(RollImport(*copy).apply(fresh, {}, &summary, &error), qPrintable(error));
            QCOMPARE(summary.added, table.rows.size());
            QCOMPARE(exported(*copy, kind), bytes);
        }
    }

    void staffImport()
    {
        auto vault = TestVault::create();
        const QString first =
            u"Title,Forename,Surname,Email,Staff type,Roles,Start date\r\n"
            u"Mrs,Siân,Pritchard,s.pritchard@school.example,Teacher,\"DSL, Head\",01/09/2009\r\n"
            u"Mr,Llŷr,Jenkins,,Teaching Assistant,,04/01/2021\r\n"
            u"Mr,Gareth,Lewis,g.lewis@school.example,Support,IT,01/04/2019\r\n"_s;
        ImportSummary added;
        QVERIFY(importCsv(*vault, first, &added, {}, RollKind::Staff));
        QCOMPARE(added.added, 3);
        const auto staffList = StaffStore(*vault).list();
        QVERIFY2(staffList, qPrintable(staffList.error()));
        const QList<StaffMember>& staff = *staffList;
        QCOMPARE(staff.size(), 3);
        const auto sian = std::find_if(staff.cbegin(), staff.cend(),
                                       [](const StaffMember& m) { return m.forename == u"Siân"_s; });
        QCOMPARE(sian->roles, StaffRoles(StaffRole::Dsl | StaffRole::Head));
        QCOMPARE(sian->category, StaffCategory::Teaching);

        // Llŷr gains an email (matched by name), Siân's roles change (matched by email), Gareth left.
        const QString second =
            u"Title,Forename,Surname,Email,Staff type,Roles,Start date\r\n"
            u"Mrs,Siân,Pritchard,S.Pritchard@school.example,Teacher,DSL,01/09/2009\r\n"
            u"Mr,Llŷr,Jenkins,l.jenkins@school.example,Teaching Assistant,,04/01/2021\r\n"_s;
        ImportOptions mark;
        mark.leavers = ImportOptions::Leavers::Mark;
        mark.leavingDate = QDate::currentDate().addDays(-1);
        ImportSummary updated;
        QVERIFY(importCsv(*vault, second, &updated, mark, RollKind::Staff));
        QCOMPARE(updated.added, 0);
        QCOMPARE(updated.updated, 2);
        QCOMPARE(updated.notInFile, QStringList{u"Mr Gareth Lewis"_s});
        QCOMPARE(StaffStore(*vault).list()->size(), 2);
        QCOMPARE(StaffStore(*vault).list(true)->size(), 3);

        const RollImport::Plan bad = preview(*vault,
                                             u"Forename,Surname,Email,Staff type,Roles\r\n"
                                             u"Ann,Ash,ann@school.example,Astronaut,\r\n"
                                             u"Ben,Birch,not-an-email,Teacher,Cook\r\n"
                                             u"Cat,Cedar,ann@school.example,Teacher,DSL\r\n"_s,
                                             RollKind::Staff);
        QCOMPARE(texts(bad.problems),
                 (QStringList{
                     u"Line 2, Staff type: “Astronaut” is not a kind of staff Lanyard knows: use teaching, "
                     u"support, governor, volunteer, supply, contractor or visitor."_s,
                     u"Line 3, Email: “not-an-email” is not an email address."_s,
                     u"Line 3, Roles: “Cook” is not a role Lanyard records: use DSL, Deputy DSL, Online "
                     u"safety coordinator, Head or IT, separated by commas."_s,
                     u"Line 4, Email: ann@school.example is also on line 2."_s}));
    }
};

QTEST_GUILESS_MAIN(TestRollImport)
#include "tst_rollimport.moc"
