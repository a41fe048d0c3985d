// The smaller stores: school details, academic years and terms, forms and staff.
#include "TestVault.h"
#include "records/AcademicYearStore.h"
#include "records/FormStore.h"
#include "records/SchoolStore.h"
#include "records/StaffStore.h"
#include "storage/StoreSupport.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSchoolRecords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void schoolDetails()
    {
        auto vault = TestVault::create(u"Ysgol Gymraeg Llŷr"_s);
        SchoolStore store(*vault);
        QCOMPARE(store.load()->name, u"Ysgol Gymraeg Llŷr"_s);
        School s = *store.load();
        QString error;
        s.urn = u"12345"_s;
        QVERIFY(!store.save(s, &error));
        QVERIFY(error.contains(u"6 digits"_s));
        s.urn = u"123456"_s;
        s.postcode = u"nowhere"_s;
        QVERIFY(!store.save(s, &error));
        QVERIFY(error.contains(u"postcode"_s));
        s.postcode = u"cf10 1aa"_s;
        s.name.clear();
        QVERIFY(!store.save(s, &error));
        QVERIFY(error.contains(u"name"_s));
        s.name = u"Ysgol Llŷr"_s;
        QVERIFY2(store.save(s, &error), qPrintable(error));
        QCOMPARE(store.load()->postcode, u"CF10 1AA"_s);
        QCOMPARE(store.load()->urn, u"123456"_s);
    }

    void academicYearsAndTerms()
    {
        auto vault = TestVault::create();
        AcademicYearStore store(*vault);
        const AcademicYear year(2026);
        QVERIFY(store.ensure(year));
        QCOMPARE(store.years(), QList<AcademicYear>{year});
        const QList<Term> terms = store.terms(year);
        QCOMPARE(terms.size(), 3);
        QCOMPARE(terms.at(0).name, u"Michaelmas"_s);
        QCOMPARE(store.termAt(QDate(2026, 11, 22))->name, u"Michaelmas"_s);
        QCOMPARE(store.termAt(QDate(2027, 2, 1))->name, u"Lent"_s);
        QCOMPARE(store.termAt(QDate(2027, 6, 1))->name, u"Summer"_s);

        // The school's own dates, with holidays between terms.
        const QList<Term> own{{u"Autumn"_s, QDate(2026, 9, 3), QDate(2026, 12, 18)},
                              {u"Spring"_s, QDate(2027, 1, 5), QDate(2027, 3, 26)},
                              {u"Summer"_s, QDate(2027, 4, 12), QDate(2027, 7, 21)}};
        QString error;
        QVERIFY2(store.save(year, own, &error), qPrintable(error));
        QCOMPARE(store.terms(year), own);
        QVERIFY(!store.termAt(QDate(2026, 12, 25)));
        QCOMPARE(store.termAt(QDate(2027, 1, 5))->name, u"Spring"_s);

        // Overlapping terms are refused whole and the saved ones stay.
        QList<Term> overlapping = own;
        overlapping[1].start = QDate(2026, 12, 1);
        QVERIFY(!store.save(year, overlapping, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(store.terms(year), own);
        QVERIFY(!store.save(AcademicYear(), own, &error));
    }

    void storeWritesJoinACallersTransaction()
    {
        auto vault = TestVault::create();
        AcademicYearStore store(*vault);
        {
            StoreSupport::Transaction outer(vault->vault().database());
            QVERIFY(outer.isActive());
            QString error;
            QVERIFY2(store.ensure(AcademicYear(2027), &error), qPrintable(error));
            QCOMPARE(store.years().size(), 1);
        } // not committed: the year goes with the caller's work
        QVERIFY(store.years().isEmpty());
        {
            StoreSupport::Transaction outer(vault->vault().database());
            QVERIFY(store.ensure(AcademicYear(2027)));
            QVERIFY(outer.commit());
        }
        vault->reopen();
        QCOMPARE(AcademicYearStore(*vault).years(), QList<AcademicYear>{AcademicYear(2027)});
    }

    void forms()
    {
        auto vault = TestVault::create();
        FormStore store(*vault);
        StaffMember tutor{0, u"Mrs"_s, u"Ffion"_s, u"Pritchard"_s, {}, StaffCategory::Teaching, {}, {}, {}};
        QVERIFY(StaffStore(*vault).save(tutor));
        Form form{0, u"3B"_s, *YearGroup::parse(u"3"_s), tutor.id};
        QString error;
        QVERIFY2(store.save(form, &error), qPrintable(error));
        Form clash{0, u"3b"_s, *YearGroup::parse(u"3"_s), 0};
        QVERIFY(!store.save(clash, &error));
        QVERIFY(error.contains(u"already a form called 3B"_s));
        Form unnamed{0, u""_s, *YearGroup::parse(u"3"_s), 0};
        QVERIFY(!store.save(unnamed, &error));
        Form noYear{0, u"Oak"_s, YearGroup(), 0};
        QVERIFY(!store.save(noYear, &error));
        QVERIFY(error.contains(u"year group"_s));
        Form reception{0, u"RS"_s, *YearGroup::parse(u"R"_s), 0};
        QVERIFY(store.save(reception));
        const QList<Form> all = store.all();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).name, u"RS"_s);
        QCOMPARE(all.at(1).tutorId, tutor.id);
        // A tutor who is removed leaves the form without a tutor, not without a form.
        QVERIFY(StaffStore(*vault).remove(tutor.id));
        QCOMPARE(store.findByName(u"3B"_s)->tutorId, 0);
    }

    void staff()
    {
        auto vault = TestVault::create();
        StaffStore store(*vault);
        StaffMember dsl{0,
                        u"Mr"_s,
                        u"Dafydd"_s,
                        u"ap Rhys"_s,
                        u"d.aprhys@school.example"_s,
                        StaffCategory::Teaching,
                        StaffRole::Dsl | StaffRole::OnlineSafetyCoordinator,
                        QDate(2019, 9, 1),
                        {}};
        QString error;
        QVERIFY2(store.save(dsl, &error), qPrintable(error));
        const auto back = store.find(dsl.id);
        QVERIFY(back);
        QCOMPARE(back->fullName(), u"Mr Dafydd ap Rhys"_s);
        QVERIFY(back->roles.testFlag(StaffRole::Dsl));
        QCOMPARE(StaffStore::rolesText(back->roles), u"DSL, Online safety coordinator"_s);

        StaffMember bad = dsl;
        bad.id = 0;
        bad.email = u"not an email"_s;
        QVERIFY(!store.save(bad, &error));
        QVERIFY(error.contains(u"email"_s));
        bad.email.clear();
        bad.leavesOn = QDate(2018, 1, 1);
        QVERIFY(!store.save(bad, &error));
        QVERIFY(error.contains(u"before the start"_s));
        bad.leavesOn = {};
        bad.roles = StaffRole::Dsl | StaffRole::DeputyDsl;
        QVERIFY(!store.save(bad, &error));
        bad.roles = {};
        bad.forename.clear();
        QVERIFY(!store.save(bad, &error));
        QVERIFY(error.contains(u"forename"_s));
        QCOMPARE(store.count(), 1);

        StaffMember leaver{
            0,  u"Ms"_s,           u"Niamh"_s,        u"MacCarthy"_s, {}, StaffCategory::Supply,
            {}, QDate(2020, 1, 1), QDate(2021, 7, 20)};
        QVERIFY(store.save(leaver));
        QCOMPARE(store.all().size(), 1);
        QCOMPARE(store.all(true).size(), 2);
        QCOMPARE(StaffStore::categoryFromCode(u"SUPPLY"_s), StaffCategory::Supply);
        QVERIFY(!StaffStore::categoryFromCode(u"astronaut"_s));
    }
};

QTEST_GUILESS_MAIN(TestSchoolRecords)
#include "tst_schoolrecords.moc"
