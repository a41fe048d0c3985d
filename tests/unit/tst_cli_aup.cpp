// lanyard-cli aup, end to end: issuing a year's agreements, recording forms as they come back,
// listing what is outstanding and recording staff signatures, as a school office would script it.
#include "CliRunner.h"
#include "TestVault.h"
#include "records/AgreementStore.h"
#include "records/FormStore.h"
#include "records/PupilStore.h"
#include "records/StaffStore.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const AcademicYear ThisYear = AcademicYear::containing(QDate::currentDate());

QMap<QString, QString> asAdmin()
{
    return {{u"LANYARD_USER"_s, TestVault::UserName},
            {u"LANYARD_PASSPHRASE"_s, QString::fromUtf8(TestVault::Passphrase)}};
}

Run cli(const QStringList& arguments)
{
    return runCli(arguments, asAdmin());
}

// code -> "surname|forename|form|state", from `aup list --format csv`.
QMap<QString, QString> listed(const Run& run)
{
    QMap<QString, QString> rows;
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    for (const QString& line : lines.mid(1)) {
        const QStringList fields = line.trimmed().split(u',');
        rows.insert(fields.value(0), fields.mid(1).join(u'|'));
    }
    return rows;
}
} // namespace

class TestCliAup : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestVault> m_school;
    QString m_aledCode;

    QString codeOf(const QString& surname)
    {
        const Run run = cli({u"aup"_s, u"list"_s, m_school->path(), u"--format"_s, u"csv"_s});
        const QMap<QString, QString> rows = listed(run);
        for (auto it = rows.cbegin(); it != rows.cend(); ++it)
            if (it.value().startsWith(surname + u'|'))
                return it.key();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("LANYARD_CLI")),
                 "LANYARD_CLI must name the lanyard-cli binary");
        m_school = TestVault::create(u"Bryn Ash Primary School"_s);
        Form form{0, u"3B"_s, *YearGroup::fromOrdinal(3), 0};
        QVERIFY(FormStore(*m_school).save(form));
        const QList<std::pair<QString, int>> pupils{
            {u"Jones"_s, 3}, {u"Griffiths"_s, 3}, {u"Morgan"_s, 3}, {u"Bowen"_s, 0}};
        for (const auto& [surname, ordinal] : pupils) {
            Pupil p;
            p.legalForename = surname == u"Jones"_s ? u"Aled"_s : u"Nia"_s;
            p.surname = surname;
            p.dateOfBirth = QDate(ThisYear.startYear() - 5 - ordinal, 2, 1);
            p.yearGroup = *YearGroup::fromOrdinal(ordinal);
            p.formId = ordinal == 3 ? form.id : 0;
            QVERIFY(PupilStore(*m_school).save(p));
        }
        StaffMember teacher{0, u"Mrs"_s, u"Ffion"_s, u"Evans"_s, {}, StaffCategory::Teaching, {}, {}, {}};
        QVERIFY(StaffStore(*m_school).save(teacher));
        m_school->close();
    }

    void issueReportsWhatItDid()
    {
        const Run run = cli({u"aup"_s, u"issue"_s, m_school->path(), u"--year"_s, ThisYear.name()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"Agreements issued for %1: 3."_s.arg(ThisYear.name())),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(u"Already had one: 0."_s));
        QVERIFY(run.out.contains(u"such as Reception): 1."_s)); // Efa Bowen
        const Run again = cli({u"aup"_s, u"issue"_s, m_school->path()});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(u"Agreements issued for %1: 0."_s.arg(ThisYear.name())),
                 qPrintable(again.out));
        QVERIFY(again.out.contains(u"Already had one: 3."_s));
    }

    void listShowsEveryForm()
    {
        const Run run =
            cli({u"aup"_s, u"list"_s, m_school->path(), u"--form"_s, u"3B"_s, u"--format"_s, u"csv"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.startsWith(u"code,surname,forename,form,state"_s));
        const QMap<QString, QString> rows = listed(run);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.values().filter(u"|3B|issued"_s).size(), 3);
        m_aledCode = codeOf(u"Jones"_s);
        QVERIFY(m_aledCode.startsWith(u"AUP-"_s));
        QCOMPARE(rows.value(m_aledCode), u"Jones|Aled|3B|issued"_s);

        const Run table = cli({u"aup"_s, u"list"_s, m_school->path()});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains(m_aledCode));
        const Run noForm = cli({u"aup"_s, u"list"_s, m_school->path(), u"--form"_s, u"9Z"_s});
        QCOMPARE(noForm.exitCode, 1);
        QVERIFY(noForm.err.contains(u"no form called 9Z"_s));
    }

    void returnRecordsTheForm()
    {
        QVERIFY(!m_aledCode.isEmpty());
        const Run partly = cli({u"aup"_s, u"return"_s, m_school->path(), m_aledCode, u"--pupil-signed"_s});
        QVERIFY2(partly.exitCode == 0, qPrintable(partly.err));
        QCOMPARE(partly.out.trimmed(), u"Returned: Aled Jones (3B): partly signed"_s);
        // As a scanner types it: lower case, no dashes.
        const Run complete = cli({u"aup"_s, u"return"_s, m_school->path(), m_aledCode.toLower().remove(u'-'),
                                  u"--parent-signed"_s, u"--parent-name"_s, u"Rhian Jones"_s});
        QVERIFY2(complete.exitCode == 0, qPrintable(complete.err));
        QCOMPARE(complete.out.trimmed(), u"Returned: Aled Jones (3B): complete"_s);

        const Run outstanding =
            cli({u"aup"_s, u"list"_s, m_school->path(), u"--outstanding"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(outstanding.exitCode, 0);
        const QMap<QString, QString> rows = listed(outstanding);
        QCOMPARE(rows.size(), 2);
        QVERIFY(!rows.contains(m_aledCode));

        const QString morgan = codeOf(u"Morgan"_s);
        const Run declined = cli({u"aup"_s, u"return"_s, m_school->path(), morgan, u"--declined"_s});
        QCOMPARE(declined.exitCode, 0);
        QCOMPARE(declined.out.trimmed(), u"Returned: Nia Morgan (3B): declined"_s);
    }

    void returnRefusesWhatItCannotRecord()
    {
        QVERIFY(!m_aledCode.isEmpty());
        const Run twice = cli({u"aup"_s, u"return"_s, m_school->path(), m_aledCode, u"--pupil-signed"_s});
        QCOMPARE(twice.exitCode, 1);
        QVERIFY2(
            twice.err.contains(u"This form (Aled Jones, 3B) was already recorded as returned on %1."_s.arg(
                QDate::currentDate().toString(u"dd/MM/yyyy"_s))),
            qPrintable(twice.err));

        QString misread = codeOf(u"Griffiths"_s);
        misread[misread.size() - 1] = misread.back() == u'X' ? u'Y' : u'X';
        const Run bad = cli({u"aup"_s, u"return"_s, m_school->path(), misread, u"--pupil-signed"_s});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(u"misread or mistyped"_s), qPrintable(bad.err));

        const Run notCode = cli({u"aup"_s, u"return"_s, m_school->path(), u"12345"_s, u"--pupil-signed"_s});
        QCOMPARE(notCode.exitCode, 1);
        QVERIFY(notCode.err.contains(u"not a Lanyard agreement code"_s));

        const Run otherYear = cli({u"aup"_s, u"return"_s, m_school->path(), codeOf(u"Griffiths"_s),
                                   u"--pupil-signed"_s, u"--year"_s, ThisYear.next().name()});
        QCOMPARE(otherYear.exitCode, 1);
        QVERIFY2(otherYear.err.contains(
                     u"belongs to the %1 round, not %2"_s.arg(ThisYear.name(), ThisYear.next().name())),
                 qPrintable(otherYear.err));

        const Run nothing = cli({u"aup"_s, u"return"_s, m_school->path(), codeOf(u"Griffiths"_s)});
        QCOMPARE(nothing.exitCode, 2);
        QVERIFY(nothing.err.contains(u"--pupil-signed"_s));
        const Run state =
            cli({u"aup"_s, u"list"_s, m_school->path(), u"--outstanding"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(listed(state).value(codeOf(u"Griffiths"_s)), u"Griffiths|Nia|3B|issued"_s);
    }

    void staffSignedByName()
    {
        const QDate signedOn = ThisYear.firstDay();
        const Run run = cli({u"aup"_s, u"staff-signed"_s, m_school->path(), u"evans, ffion"_s, u"--date"_s,
                             signedOn.toString(u"dd/MM/yyyy"_s)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"Ffion Evans signed the agreement for %1"_s.arg(ThisYear.name())),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(signedOn.toString(u"dd/MM/yyyy"_s)));

        const Run again = cli({u"aup"_s, u"staff-signed"_s, m_school->path(), u"Evans, Ffion"_s});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"already signed"_s), qPrintable(again.err));
        const Run nobody = cli({u"aup"_s, u"staff-signed"_s, m_school->path(), u"Nobody, Anne"_s});
        QCOMPARE(nobody.exitCode, 1);
        QVERIFY(nobody.err.contains(u"no current member of staff called Nobody, Anne"_s));
        const Run badDate = cli(
            {u"aup"_s, u"staff-signed"_s, m_school->path(), u"Evans, Ffion"_s, u"--date"_s, u"31/02/2026"_s});
        QCOMPARE(badDate.exitCode, 2);

        m_school->reopen();
        const auto status = AgreementStore(*m_school).staffStatus(ThisYear);
        m_school->close();
        QVERIFY2(status, qPrintable(status.error()));
        QCOMPARE(status->size(), 1);
        QVERIFY(status->constFirst().signedAgreement);
        QCOMPARE(status->constFirst().signedAgreement->returnedOn, signedOn);
    }

    void usageMistakes()
    {
        QCOMPARE(cli({u"aup"_s, u"issue"_s, m_school->path(), u"--year"_s, u"2026/28"_s}).exitCode, 2);
        QCOMPARE(cli({u"aup"_s, u"sign"_s, m_school->path()}).exitCode, 2);
        QCOMPARE(cli({u"aup"_s, u"list"_s, m_school->path(), u"--format"_s, u"xml"_s}).exitCode, 2);
        const Run help = cli({u"--help"_s});
        QVERIFY(help.out.contains(u"aup return VAULT CODE"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliAup)
#include "tst_cli_aup.moc"
