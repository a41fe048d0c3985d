// lanyard-cli as the IT technician and the office would run it: IT may see the roll, to record
// password changes against it, but may not take the names away as a CSV file or on AUP paperwork.
// The refusal comes from the export and the report builders, so the window meets the same one.
#include "CliRunner.h"
#include "TestVault.h"
#include "records/AgreementStore.h"
#include "records/FormStore.h"
#include "records/PupilStore.h"
#include "records/StaffStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const AcademicYear ThisYear = AcademicYear::containing(QDate::currentDate());

// The user, with the passphrase TestVault gives everyone it signs in.
QMap<QString, QString> as(const QString& user)
{
    return {{u"LANYARD_USER"_s, user}, {u"LANYARD_PASSPHRASE"_s, QString::fromUtf8(TestVault::Passphrase)}};
}

const QString ItRefusal = u"Your role (IT) does not allow exporting or printing lists of pupils and staff."_s;

// What a refused command said last: Qt may warn about the session on stderr before it.
QString lastLine(const QString& text)
{
    return text.trimmed().split(u'\n').constLast().trimmed();
}
} // namespace

class TestCliRoles : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestVault> m_school;
    QTemporaryDir m_out; // where each command is told to write; nothing else writes here

    QByteArray read(const QString& name) const
    {
        QFile file(m_out.filePath(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("LANYARD_CLI")),
                 "LANYARD_CLI must name the lanyard-cli binary");
        QVERIFY(m_out.isValid());
        m_school = TestVault::create(u"Bryn Ash Primary School"_s);
        Form form{0, u"3B"_s, *YearGroup::fromOrdinal(3), 0};
        QVERIFY(FormStore(*m_school).save(form));
        for (const QString& surname : {u"Jones"_s, u"Griffiths"_s}) {
            Pupil p;
            p.legalForename = u"Aled"_s;
            p.surname = surname;
            p.dateOfBirth = QDate(ThisYear.startYear() - 8, 2, 1);
            p.yearGroup = *YearGroup::fromOrdinal(3);
            p.formId = form.id;
            QVERIFY(PupilStore(*m_school).save(p));
        }
        StaffMember teacher{0, u"Mrs"_s, u"Ffion"_s, u"Evans"_s, {}, StaffCategory::Teaching, {}, {}, {}};
        QVERIFY(StaffStore(*m_school).save(teacher));
        const auto issued = AgreementStore(*m_school).issuePupils(ThisYear);
        QVERIFY2(issued, qPrintable(issued.error()));
        QCOMPARE(issued->issued, 2);
        QVERIFY(m_school->signInAs(u"technician"_s, Role::It));
        QVERIFY(m_school->signInAs(u"clerk"_s, Role::Office));
        m_school->close();
    }

    // IT keeps ReadPeople: the names are there to see.
    void itStillSeesTheRoll()
    {
        const Run run = runCli({u"list"_s, u"pupils"_s, m_school->path()}, as(u"technician"_s));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(u"Griffiths"_s));
    }

    void itCannotExport_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("pupils") << u"pupils"_s;
        QTest::newRow("staff") << u"staff"_s;
    }

    void itCannotExport()
    {
        QFETCH(QString, kind);
        const QString file = m_out.filePath(kind + u".csv"_s);
        const Run run = runCli({u"export"_s, kind, m_school->path(), u"-o"_s, file}, as(u"technician"_s));
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(lastLine(run.err), ItRefusal);
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFile::exists(file));
        QVERIFY(QDir(m_out.path()).isEmpty()); // not even a half-written temporary file
    }

    void itCannotPrintAupReports_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("aup-pack") << u"aup-pack"_s;
        QTest::newRow("aup-chase") << u"aup-chase"_s;
        QTest::newRow("staff-aup") << u"staff-aup"_s;
    }

    void itCannotPrintAupReports()
    {
        QFETCH(QString, kind);
        const QString file = m_out.filePath(kind + u".pdf"_s);
        const Run run = runCli({u"report"_s, kind, m_school->path(), u"-o"_s, file}, as(u"technician"_s));
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(lastLine(run.err), ItRefusal);
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFile::exists(file));
        QVERIFY(QDir(m_out.path()).isEmpty());
    }

    // The same commands, as the office, still do their work.
    void officeExports()
    {
        const Run pupils =
            runCli({u"export"_s, u"pupils"_s, m_school->path(), u"-o"_s, m_out.filePath(u"roll.csv"_s)},
                   as(u"clerk"_s));
        QVERIFY2(pupils.exitCode == 0, qPrintable(pupils.err));
        QVERIFY(pupils.out.contains(u": 2."_s));
        QVERIFY(read(u"roll.csv"_s).contains("Griffiths"));
        const Run staff =
            runCli({u"export"_s, u"staff"_s, m_school->path(), u"-o"_s, m_out.filePath(u"staff.csv"_s)},
                   as(u"clerk"_s));
        QVERIFY2(staff.exitCode == 0, qPrintable(staff.err));
        QVERIFY(read(u"staff.csv"_s).contains("Evans"));
    }

    void officePrintsAupReports_data() { itCannotPrintAupReports_data(); }

    void officePrintsAupReports()
    {
        QFETCH(QString, kind);
        const QString name = u"office-"_s + kind + u".pdf"_s;
        const Run run =
            runCli({u"report"_s, kind, m_school->path(), u"-o"_s, m_out.filePath(name)}, as(u"clerk"_s));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(u"Pages written to"_s));
        QVERIFY(read(name).startsWith("%PDF"));
    }
};

QTEST_GUILESS_MAIN(TestCliRoles)
#include "tst_cli_roles.moc"
