// The roll as a CSV file for Excel and for the next import: what the office sees when it opens
// the file, byte for byte.
#include "TestVault.h"
#include "io/CsvReader.h"
#include "io/RollExport.h"
#include "io/RollImport.h"
#include "records/FormStore.h"
#include "records/PupilStore.h"
#include "records/StaffStore.h"
#include "storage/AuditLog.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const QByteArray Bom = QByteArrayLiteral("\xEF\xBB\xBF");
const QByteArray PupilHeader = QByteArrayLiteral(
    "UPN,Admission number,Legal surname,Legal forename,Preferred forename,Date of birth,Gender,Year group,"
    "Form,Date of entry,Date of leaving\r\n");
const QByteArray StaffHeader =
    QByteArrayLiteral("Title,Forename,Surname,Email,Staff type,Roles,Start date,Leaving date\r\n");

// A pupil in Year 3 with Welsh and Irish letters in every name.
Pupil llyr(qint64 formId)
{
    Pupil p;
    p.upn = u"M825230116999"_s;
    p.admissionNumber = u"001234"_s;
    p.legalForename = u"Llŷr"_s;
    p.preferredForename = u"Lly"_s;
    p.surname = u"Ó Súilleabháin"_s;
    p.dateOfBirth = QDate(2018, 10, 2);
    p.gender = Gender::Male;
    p.yearGroup = *YearGroup::parse(u"3"_s);
    p.formId = formId;
    p.joinedOn = QDate(2022, 9, 5);
    return p;
}

// A Reception pupil whose names hold a comma and double quotes, with no UPN and no form.
Pupil bethan()
{
    Pupil p;
    p.admissionNumber = u"001235"_s;
    p.legalForename = u"Gwenllïan"_s;
    p.preferredForename = u"Bethan \"Beth\""_s;
    p.surname = u"Jones, Evans"_s;
    p.dateOfBirth = QDate(2021, 3, 14);
    p.gender = Gender::Female;
    p.yearGroup = *YearGroup::parse(u"R"_s);
    return p;
}

QByteArray exported(Vault& vault, RollKind kind, const ExportOptions& options = {}, QString* error = nullptr,
                    int* rows = nullptr)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    RollExport::write(vault, kind, buffer, options, error, rows);
    return buffer.data();
}

QStringList cellsOfLine(const QByteArray& file, int line)
{
    const auto document = CsvReader::read(file);
    if (!document || document->records.size() <= line)
        return {};
    return document->records.at(line).fields;
}
} // namespace

class TestRollExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headersAreFixed()
    {
        QCOMPARE(RollExport::header(RollKind::Pupils),
                 (QStringList{u"UPN"_s, u"Admission number"_s, u"Legal surname"_s, u"Legal forename"_s,
                              u"Preferred forename"_s, u"Date of birth"_s, u"Gender"_s, u"Year group"_s,
                              u"Form"_s, u"Date of entry"_s, u"Date of leaving"_s}));
        QCOMPARE(RollExport::header(RollKind::Staff),
                 (QStringList{u"Title"_s, u"Forename"_s, u"Surname"_s, u"Email"_s, u"Staff type"_s,
                              u"Roles"_s, u"Start date"_s, u"Leaving date"_s}));
    }

    // An empty roll is still a file Excel opens with its header row.
    void emptyRollIsTheHeaderAlone()
    {
        auto vault = TestVault::create();
        int rows = -1;
        QString error;
        QCOMPARE(exported(*vault, RollKind::Pupils, {}, &error, &rows), Bom + PupilHeader);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows, 0);
        QCOMPARE(exported(*vault, RollKind::Staff), Bom + StaffHeader);
    }

    // UTF-8 with a byte order mark, CRLF, ISO dates, year groups and genders by code, Reception
    // before Year 3, and RFC 4180 quoting for the comma and the quotes.
    void pupilsByteForByte()
    {
        auto vault = TestVault::create();
        Form threeB{0, u"3B"_s, *YearGroup::parse(u"3"_s), 0};
        QVERIFY(FormStore(*vault).save(threeB));
        Pupil a = llyr(threeB.id), b = bethan();
        QString error;
        QVERIFY2(PupilStore(*vault).save(a, &error), qPrintable(error));
        QVERIFY2(PupilStore(*vault).save(b, &error), qPrintable(error));

        int rows = 0;
        const QByteArray file = exported(*vault, RollKind::Pupils, {}, &error, &rows);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows, 2);
        const QByteArray expected =
            Bom + PupilHeader +
            u",001235,\"Jones, Evans\",Gwenllïan,\"Bethan \"\"Beth\"\"\",2021-03-14,F,R,,,\r\n"
            u"M825230116999,001234,Ó Súilleabháin,Llŷr,Lly,2018-10-02,M,3,3B,2022-09-05,\r\n"_s.toUtf8();
        QCOMPARE(file, expected);
    }

    void staffByteForByte()
    {
        auto vault = TestVault::create();
        StaffMember dsl{0,
                        u"Mr"_s,
                        u"Dafydd"_s,
                        u"ap Rhys"_s,
                        u"d.aprhys@school.example"_s,
                        StaffCategory::Teaching,
                        StaffRole::Dsl | StaffRole::OnlineSafetyCoordinator,
                        QDate(2019, 9, 1),
                        {}};
        StaffMember supply{0,  u"Ms"_s,           u"Siân"_s,         u"O'Neill"_s, {}, StaffCategory::Supply,
                           {}, QDate(2025, 1, 6), QDate(2099, 7, 18)};
        QVERIFY(StaffStore(*vault).save(dsl));
        QVERIFY(StaffStore(*vault).save(supply));
        // By surname, whatever its case: "ap Rhys" before "O'Neill".
        const QByteArray expected = Bom + StaffHeader +
                                    u"Mr,Dafydd,ap Rhys,d.aprhys@school.example,teaching,"
                                    u"\"DSL, Online safety coordinator\",2019-09-01,\r\n"
                                    u"Ms,Siân,O'Neill,,supply,,2025-01-06,2099-07-18\r\n"_s.toUtf8();
        QCOMPARE(exported(*vault, RollKind::Staff), expected);
    }

    // Leavers stay out unless asked for; when asked for, their leaving date is in the file.
    void leaversOnlyWhenAskedFor()
    {
        auto vault = TestVault::create();
        Pupil stays = bethan(), leaver = llyr(0);
        leaver.status = Pupil::Status::Left;
        leaver.leftOn = QDate(2026, 7, 22);
        QVERIFY(PupilStore(*vault).save(stays));
        QVERIFY(PupilStore(*vault).save(leaver));
        StaffMember left{0,
                         {},
                         u"Niamh"_s,
                         u"MacCarthy"_s,
                         {},
                         StaffCategory::Supply,
                         {},
                         QDate(2020, 1, 1),
                         QDate(2021, 7, 20)};
        QVERIFY(StaffStore(*vault).save(left));

        int rows = 0;
        QByteArray file = exported(*vault, RollKind::Pupils, {}, nullptr, &rows);
        QCOMPARE(rows, 1);
        QVERIFY(!file.contains("M825230116999"));
        QCOMPARE(exported(*vault, RollKind::Staff), Bom + StaffHeader);

        ExportOptions everyone;
        everyone.includeLeavers = true;
        file = exported(*vault, RollKind::Pupils, everyone, nullptr, &rows);
        QCOMPARE(rows, 2);
        QVERIFY(file.endsWith(
            u"M825230116999,001234,Ó Súilleabháin,Llŷr,Lly,2018-10-02,M,3,,2022-09-05,2026-07-22\r\n"_s
                .toUtf8()));
        QCOMPARE(exported(*vault, RollKind::Staff, everyone),
                 Bom + StaffHeader +
                     QByteArrayLiteral(",Niamh,MacCarthy,,supply,,2020-01-01,2021-07-20\r\n"));
    }

    // A cell that starts like a formula (=, +, -, @) must not run as one when Excel opens the file:
    // it is written with an apostrophe in front, as OWASP advises for CSV files.
    void formulaCellsAreGuarded()
    {
        auto vault = TestVault::create();
        Pupil p = bethan();
        p.surname = u"=cmd|' /C calc'!A0"_s;
        p.preferredForename = u"@SUM(1+1)"_s;
        QVERIFY(PupilStore(*vault).save(p));
        StaffMember m{0, u"+44"_s, u"-Ffion"_s, u"Evans"_s, {}, StaffCategory::Teaching, {}, {}, {}};
        QVERIFY(StaffStore(*vault).save(m));

        const QStringList pupil = cellsOfLine(exported(*vault, RollKind::Pupils), 1);
        QCOMPARE(pupil.size(), 11);
        QCOMPARE(pupil.at(2), u"'=cmd|' /C calc'!A0"_s);
        QCOMPARE(pupil.at(4), u"'@SUM(1+1)"_s);
        const QStringList staff = cellsOfLine(exported(*vault, RollKind::Staff), 1);
        QCOMPARE(staff.at(0), u"'+44"_s);
        QCOMPARE(staff.at(1), u"'-Ffion"_s);

        // The guard is for Excel only: the import reads the names back as they were.
        for (RollKind kind : {RollKind::Pupils, RollKind::Staff}) {
            const auto document = CsvReader::read(exported(*vault, kind));
            QVERIFY(document);
            const RollTable table = RollImport::table(kind, *document);
            const RollImport::Plan plan =
                RollImport(*vault).preview(table, HeaderMapping::recognise(kind, table.header));
            QVERIFY(plan.isAcceptable());
            QCOMPARE(plan.summary().unchanged, 1);
        }
    }

    // The file comes back through the import unchanged: nothing to add or update, no problems.
    void namesRoundTripThroughTheImport()
    {
        auto vault = TestVault::create();
        Form threeB{0, u"3B"_s, *YearGroup::parse(u"3"_s), 0};
        QVERIFY(FormStore(*vault).save(threeB));
        Pupil a = llyr(threeB.id), b = bethan();
        QVERIFY(PupilStore(*vault).save(a));
        QVERIFY(PupilStore(*vault).save(b));
        StaffMember m{0,
                      u"Mr"_s,
                      u"Dafydd"_s,
                      u"ap Rhys, Jr"_s,
                      u"d.aprhys@school.example"_s,
                      StaffCategory::Teaching,
                      StaffRole::Dsl | StaffRole::OnlineSafetyCoordinator,
                      QDate(2019, 9, 1),
                      {}};
        QVERIFY(StaffStore(*vault).save(m));

        for (RollKind kind : {RollKind::Pupils, RollKind::Staff}) {
            const auto document = CsvReader::read(exported(*vault, kind));
            QVERIFY(document);
            QCOMPARE(document->encoding, CsvEncoding::Utf8);
            const RollTable table = RollImport::table(kind, *document);
            const RollImport::Plan plan =
                RollImport(*vault).preview(table, HeaderMapping::recognise(kind, table.header));
            QVERIFY(plan.isAcceptable());
            const ImportSummary summary = plan.summary();
            QCOMPARE(summary.added, 0);
            QCOMPARE(summary.updated, 0);
            QCOMPARE(summary.unchanged, kind == RollKind::Pupils ? 2 : 1);
        }
        // And the cells themselves, as a reader of the file sees them.
        const QStringList second = cellsOfLine(exported(*vault, RollKind::Pupils), 1);
        QCOMPARE(second.mid(2, 3), (QStringList{u"Jones, Evans"_s, u"Gwenllïan"_s, u"Bethan \"Beth\""_s}));
    }

    // The file takes personal data out of the vault, so each export is in the audit trail.
    void eachExportIsAudited()
    {
        auto vault = TestVault::create();
        exported(*vault, RollKind::Pupils);
        exported(*vault, RollKind::Staff);
        const auto entries = AuditLog(*vault).list();
        QVERIFY2(entries, qPrintable(entries.error()));
        QStringList exports;
        for (const AuditLog::Entry& e : *entries)
            if (e.action == u"export"_s)
                exports << e.detail;
        QCOMPARE(exports, (QStringList{u"staff to CSV"_s, u"pupils to CSV"_s})); // newest first
    }

    // A role that may not take names out of the vault gets the refusal and no file, not an empty
    // one; a file already there is left as it was. IT may see the pupils, and is refused all the same.
    void refusedExportWritesNothing()
    {
        auto vault = TestVault::create();
        Pupil p = bethan();
        QVERIFY(PupilStore(*vault).save(p));
        auto it = vault->signInAs(u"technician"_s, Role::It);
        QVERIFY(PupilStore(*it).find(p.id));
        QString error;
        QCOMPARE(exported(*it, RollKind::Pupils, {}, &error), QByteArray());
        QCOMPARE(error, u"Your role (IT) does not allow exporting or printing lists of pupils and staff."_s);

        const QString path = QDir(vault->folder()).filePath(u"roll.csv"_s);
        QVERIFY(!RollExport::write(*it, RollKind::Pupils, path, {}, &error));
        QVERIFY(!QFile::exists(path));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("last week's roll\r\n");
        old.close();
        QVERIFY(!RollExport::write(*it, RollKind::Staff, path, {}, &error));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArrayLiteral("last week's roll\r\n"));
    }

    void writesAFile()
    {
        auto vault = TestVault::create();
        Pupil p = bethan();
        QVERIFY(PupilStore(*vault).save(p));
        const QString path = QDir(vault->folder()).filePath(u"roll.csv"_s);
        QString error;
        int rows = 0;
        QVERIFY2(RollExport::write(*vault, RollKind::Pupils, path, {}, &error, &rows), qPrintable(error));
        QCOMPARE(rows, 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(),
                 Bom + PupilHeader +
                     u",001235,\"Jones, Evans\",Gwenllïan,\"Bethan \"\"Beth\"\"\",2021-03-14,F,R,,,\r\n"_s
                         .toUtf8());
        const QString nowhere = QDir(vault->folder()).filePath(u"no such folder/roll.csv"_s);
        QVERIFY(!RollExport::write(*vault, RollKind::Pupils, nowhere, {}, &error));
        QVERIFY2(error.startsWith(u"Could not write"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestRollExport)
#include "tst_rollexport.moc"
