#include "TestVault.h"
#include "demo/DemoSchool.h"
#include "domain/AcademicYear.h"
#include "domain/Upn.h"
#include "records/AcademicYearStore.h"
#include "records/FormStore.h"
#include "records/ParentStore.h"
#include "records/PupilStore.h"
#include "records/SchoolStore.h"
#include "records/StaffStore.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A fixed day, so a test never depends on the clock; the same seed then gives the same school.
const QDate Today(2026, 10, 5);

DemoOptions options(int pupils = 420, quint32 seed = 2026)
{
    return DemoOptions{pupils, seed, Today};
}

QStringList roll(Vault& vault)
{
    const auto pupils = PupilStore(vault).list();
    if (!pupils)
        qFatal("cannot list pupils: %s", qPrintable(pupils.error()));
    QStringList lines;
    for (const Pupil& p : *pupils)
        lines << QStringList{p.upn,
                             p.admissionNumber,
                             p.legalForename,
                             p.preferredForename,
                             p.surname,
                             p.dateOfBirth.toString(Qt::ISODate),
                             PupilStore::genderCode(p.gender),
                             p.yearGroup.code(),
                             p.formName,
                             p.joinedOn.toString(Qt::ISODate)}
                     .join(u'|');
    return lines;
}

} // namespace

class TestDemoSchool final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pupilCount_data();
    void pupilCount();
    void twoFormsPerYearWithTutors();
    void staffing();
    void schoolDetailsAndYear();
    void sameSeedSameSchool();
    void upnsValidAndUnique();
    void admissionNumbersUnique();
    void specialNamesPresent();
    void yearGroupsFollowDateOfBirth();
    void gendersBalanced();
    void datesAreSensible();
    void parentsAndCarers();
    void refusesVaultWithRecords();
    void refusesTooManyPupils();
    void fullSchoolRuns();
    void createTemporary();
};

void TestDemoSchool::pupilCount_data()
{
    QTest::addColumn<int>("pupils");
    QTest::newRow("default") << 420;
    QTest::newRow("small") << 60;
    QTest::newRow("tiny") << 7;
    QTest::newRow("none") << 0;
}

void TestDemoSchool::pupilCount()
{
    QFETCH(int, pupils);
    auto vault = TestVault::create();
    QString error;
    QVERIFY2(DemoSchool::populate(*vault, options(pupils), &error), qPrintable(error));
    QCOMPARE(*PupilStore(*vault).count(), pupils);
    QCOMPARE(int(PupilStore(*vault).list()->size()), pupils);
}

void TestDemoSchool::twoFormsPerYearWithTutors()
{
    auto vault = TestVault::create();
    QVERIFY(DemoSchool::populate(*vault, options()));
    const auto formList = FormStore(*vault).list();
    QVERIFY2(formList, qPrintable(formList.error()));
    const QList<Form>& forms = *formList;
    QCOMPARE(int(forms.size()), 16);
    StaffStore staff(*vault);
    QSet<qint64> tutors;
    for (int ordinal = YearGroup::Nursery; ordinal <= 6; ++ordinal) {
        const YearGroup year = *YearGroup::fromOrdinal(ordinal);
        const int inYear = int(
            std::count_if(forms.cbegin(), forms.cend(), [&](const Form& f) { return f.yearGroup == year; }));
        QCOMPARE(inYear, 2);
    }
    for (const Form& form : forms) {
        QVERIFY2(form.name.startsWith(form.yearGroup.code()), qPrintable(form.name));
        const auto tutor = staff.find(form.tutorId);
        QVERIFY2(tutor, qPrintable(form.name));
        QCOMPARE(tutor->category, StaffCategory::Teaching);
        tutors.insert(form.tutorId);
        // Every class is near the 30 an infant class may hold.
        PupilFilter filter;
        filter.formId = form.id;
        const auto size = PupilStore(*vault).list(filter)->size();
        QVERIFY2(size >= 25 && size <= 28, qPrintable(u"%1 has %2"_s.arg(form.name).arg(size)));
    }
    QCOMPARE(int(tutors.size()), 16); // a teacher per class
}

void TestDemoSchool::staffing()
{
    auto vault = TestVault::create();
    QVERIFY(DemoSchool::populate(*vault, options()));
    const auto staffList = StaffStore(*vault).list();
    QVERIFY2(staffList, qPrintable(staffList.error()));
    const QList<StaffMember>& staff = *staffList;
    QVERIFY2(staff.size() >= 40 && staff.size() <= 50, qPrintable(QString::number(staff.size())));
    auto countWith = [&](StaffRole role) {
        return int(std::count_if(staff.cbegin(), staff.cend(),
                                 [&](const StaffMember& m) { return m.roles.testFlag(role); }));
    };
    auto countIn = [&](StaffCategory category) {
        return int(std::count_if(staff.cbegin(), staff.cend(),
                                 [&](const StaffMember& m) { return m.category == category; }));
    };
    QCOMPARE(countWith(StaffRole::Head), 1);
    QCOMPARE(countWith(StaffRole::Dsl), 1);
    QCOMPARE(countWith(StaffRole::DeputyDsl), 2);
    QCOMPARE(countWith(StaffRole::OnlineSafetyCoordinator), 1);
    QCOMPARE(countWith(StaffRole::It), 1);
    const auto it = std::find_if(staff.cbegin(), staff.cend(),
                                 [](const StaffMember& m) { return m.roles.testFlag(StaffRole::It); });
    QCOMPARE(it->category, StaffCategory::Support);
    QVERIFY(countIn(StaffCategory::Teaching) >= 16);
    QVERIFY(countIn(StaffCategory::Governor) >= 2 && countIn(StaffCategory::Governor) <= 3);
    QVERIFY(countIn(StaffCategory::Volunteer) >= 1);

    static const QStringList titles{u"Mr"_s, u"Mrs"_s, u"Ms"_s, u"Miss"_s, u"Dr"_s};
    static const QRegularExpression asciiEmail(u"^[a-z0-9.-]+@[a-z0-9.-]+\\.sch\\.uk$"_s);
    QSet<QString> emails;
    for (const StaffMember& m : staff) {
        QVERIFY2(titles.contains(m.title), qPrintable(m.fullName()));
        QVERIFY2(m.isCurrent(Today), qPrintable(m.fullName()));
        if (m.email.isEmpty())
            continue;
        QVERIFY2(asciiEmail.match(m.email).hasMatch(), qPrintable(m.email));
        QVERIFY2(!emails.contains(m.email), qPrintable(m.email));
        emails.insert(m.email);
    }
    QVERIFY(emails.size() >= 40);
}

void TestDemoSchool::schoolDetailsAndYear()
{
    auto vault = TestVault::create(u"Ysgol Gymraeg Test"_s);
    QVERIFY(DemoSchool::populate(*vault, options(60)));
    const auto school = SchoolStore(*vault).load();
    QVERIFY(school);
    QCOMPARE(school->name, u"Ysgol Gymraeg Test"_s); // the vault's name is kept
    QVERIFY(SchoolStore::validate(*school));
    QVERIFY(!school->urn.isEmpty());
    QVERIFY(!school->address.isEmpty());
    QVERIFY(!school->postcode.isEmpty());
    const auto yearList = AcademicYearStore(*vault).list();
    QVERIFY2(yearList, qPrintable(yearList.error()));
    const QList<AcademicYear>& years = *yearList;
    QCOMPARE(years, QList<AcademicYear>{AcademicYear(2026)});
    const auto terms = AcademicYearStore(*vault).terms(years.first());
    QVERIFY2(terms, qPrintable(terms.error()));
    QCOMPARE(*terms, AcademicYear(2026).defaultTerms());
}

void TestDemoSchool::sameSeedSameSchool()
{
    auto first = TestVault::create();
    auto second = TestVault::create();
    auto other = TestVault::create();
    QVERIFY(DemoSchool::populate(*first, options(120, 7)));
    QVERIFY(DemoSchool::populate(*second, options(120, 7)));
    QVERIFY(DemoSchool::populate(*other, options(120, 8)));
    const QStringList a = roll(*first);
    QCOMPARE(int(a.size()), 120);
    QCOMPARE(roll(*second), a);
    QVERIFY(roll(*other) != a);
}

void TestDemoSchool::upnsValidAndUnique()
{
    auto vault = TestVault::create();
    QVERIFY(DemoSchool::populate(*vault, options()));
    const auto pupils = PupilStore(*vault).list();
    QVERIFY2(pupils, qPrintable(pupils.error()));
    QSet<QString> upns;
    for (const Pupil& p : *pupils) {
        QString error;
        QVERIFY2(Upn::isValid(p.upn, &error), qPrintable(p.upn + u": "_s + error));
        upns.insert(p.upn);
    }
    QCOMPARE(int(upns.size()), 420);
}

void TestDemoSchool::admissionNumbersUnique()
{
    auto vault = TestVault::create();
    QVERIFY(DemoSchool::populate(*vault, options()));
    const auto pupils = PupilStore(*vault).list();
    QVERIFY2(pupils, qPrintable(pupils.error()));
    QSet<QString> numbers;
    for (const Pupil& p : *pupils) {
        QVERIFY(!p.admissionNumber.isEmpty());
        numbers.insert(p.admissionNumber);
    }
    QCOMPARE(int(numbers.size()), 420);
}

void TestDemoSchool::specialNamesPresent()
{
    auto vault = TestVault::create();
    QVERIFY(DemoSchool::populate(*vault, DemoOptions{})); // the default school, as the app makes it
    QSet<QString> forenames, surnames;
    int preferred = 0;
    const auto pupils = PupilStore(*vault).list();
    QVERIFY2(pupils, qPrintable(pupils.error()));
    for (const Pupil& p : *pupils) {
        forenames.insert(p.legalForename);
        surnames.insert(p.surname);
        preferred += p.preferredForename.isEmpty() ? 0 : 1;
    }
    for (const QString& name : {u"Llŷr"_s, u"Siân"_s, u"Zoë"_s})
        QVERIFY2(forenames.contains(name), qPrintable(name));
    QVERIFY(surnames.contains(u"Ó Súilleabháin"_s));
    QVERIFY(preferred > 0);
    // A mix, not one family's names over and over.
    QVERIFY(forenames.size() > 100);
    QVERIFY(surnames.size() > 80);
}

void TestDemoSchool::yearGroupsFollowDateOfBirth()
{
    auto vault = TestVault::create();
    QVERIFY(DemoSchool::populate(*vault, options()));
    const auto listed = PupilStore(*vault).list();
    QVERIFY2(listed, qPrintable(listed.error()));
    const QList<Pupil>& pupils = *listed;
    int matching = 0, oneOff = 0;
    for (const Pupil& p : pupils) {
        const auto expected = p.expectedYearGroup(2026);
        QVERIFY2(expected, qPrintable(p.displayName()));
        if (*expected == p.yearGroup)
            ++matching;
        else if (std::abs(expected->ordinal() - p.yearGroup.ordinal()) == 1)
            ++oneOff;
    }
    QVERIFY2(matching * 100 >= pupils.size() * 95, qPrintable(QString::number(matching)));
    QCOMPARE(matching + oneOff, int(pupils.size())); // a held-back child is out by one year, no more
    QVERIFY(oneOff > 0);                             // as real rolls have
}

void TestDemoSchool::gendersBalanced()
{
    auto vault = TestVault::create();
    QVERIFY(DemoSchool::populate(*vault, options()));
    const auto listed = PupilStore(*vault).list();
    QVERIFY2(listed, qPrintable(listed.error()));
    const QList<Pupil>& pupils = *listed;
    const auto girls = std::count_if(pupils.cbegin(), pupils.cend(),
                                     [](const Pupil& p) { return p.gender == Gender::Female; });
    QVERIFY2(girls >= 200 && girls <= 220, qPrintable(QString::number(girls)));
}

void TestDemoSchool::datesAreSensible()
{
    auto vault = TestVault::create();
    QVERIFY(DemoSchool::populate(*vault, options()));
    int inSeptember = 0;
    const auto listed = PupilStore(*vault).list();
    QVERIFY2(listed, qPrintable(listed.error()));
    const QList<Pupil>& pupils = *listed;
    for (const Pupil& p : pupils) {
        QVERIFY(p.joinedOn.isValid());
        QVERIFY(p.joinedOn <= Today);
        QVERIFY(p.joinedOn >= p.dateOfBirth.addYears(3));
        QVERIFY2(p.joinedOn.dayOfWeek() <= 5, qPrintable(p.joinedOn.toString()));
        QCOMPARE(p.status, Pupil::Status::OnRoll);
        inSeptember += p.joinedOn.month() == 9 ? 1 : 0;
    }
    QVERIFY(inSeptember * 100 >= pupils.size() * 85); // mostly the start of Nursery or Reception
    QVERIFY(inSeptember < pupils.size());             // and a few mid-year joiners
}

void TestDemoSchool::parentsAndCarers()
{
    auto vault = TestVault::create();
    QVERIFY(DemoSchool::populate(*vault, options(60)));
    ParentStore parents(*vault);
    int two = 0;
    const auto pupils = PupilStore(*vault).list();
    QVERIFY2(pupils, qPrintable(pupils.error()));
    for (const Pupil& p : *pupils) {
        const auto parentsOf = parents.list(p.id);
        QVERIFY2(parentsOf, qPrintable(parentsOf.error()));
        const QList<Parent>& family = *parentsOf;
        QVERIFY2(family.size() == 1 || family.size() == 2, qPrintable(p.displayName()));
        two += family.size() == 2 ? 1 : 0;
        for (const Parent& parent : family)
            QVERIFY(ParentStore::validate(parent));
    }
    QVERIFY(two > 0 && two < 60);
}

void TestDemoSchool::refusesVaultWithRecords()
{
    auto vault = TestVault::create();
    QVERIFY(DemoSchool::populate(*vault, options(60)));
    const auto staff = StaffStore(*vault).count();
    QVERIFY2(staff, qPrintable(staff.error()));
    QString error;
    QVERIFY(!DemoSchool::populate(*vault, options(60), &error));
    QVERIFY(error.contains(u"empty"_s));
    QCOMPARE(*PupilStore(*vault).count(), 60);
    QCOMPARE(*StaffStore(*vault).count(), *staff);
}

void TestDemoSchool::refusesTooManyPupils()
{
    auto vault = TestVault::create();
    QString error;
    QVERIFY(!DemoSchool::populate(*vault, options(DemoSchool::MaxPupils + 1), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!DemoSchool::populate(*vault, options(-1)));
    QCOMPARE(*PupilStore(*vault).count(), 0);
    QCOMPARE(*StaffStore(*vault).count(), 0);
}

void TestDemoSchool::fullSchoolRuns()
{
    auto vault = TestVault::create();
    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY2(DemoSchool::populate(*vault, options(), &error), qPrintable(error));
    qInfo("420 pupils with staff and parents in %lld ms", timer.elapsed());
}

void TestDemoSchool::createTemporary()
{
    QString passphrase, error;
    std::unique_ptr<Vault> vault = DemoSchool::createTemporary(&passphrase, &error);
    QVERIFY2(vault, qPrintable(error));
    QVERIFY(passphrase.size() >= 16);
    QCOMPARE(vault->user().name, u"demo"_s);
    QCOMPARE(SchoolStore(*vault).load()->name, u"Bryn Ash Primary School"_s);
    QCOMPARE(*PupilStore(*vault).count(), 420);
    const QString path = vault->path();
    vault.reset();
    VaultError openError;
    auto reopened = Vault::open(path, u"demo"_s, passphrase.toUtf8(), &openError);
    QVERIFY2(reopened, qPrintable(openError.message));
    QCOMPARE(*PupilStore(*reopened).count(), 420);
}

QTEST_GUILESS_MAIN(TestDemoSchool)
#include "tst_demoschool.moc"
