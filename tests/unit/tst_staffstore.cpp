// Staff, their categories and role flags.
#include "TestVault.h"
#include "records/StaffStore.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestStaffStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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

QTEST_GUILESS_MAIN(TestStaffStore)
#include "tst_staffstore.moc"
