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
        QVERIFY2(back, qPrintable(back.error()));
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
        const auto count = store.count();
        QVERIFY2(count, qPrintable(count.error()));
        QCOMPARE(*count, 1);

        StaffMember leaver{
            0,  u"Ms"_s,           u"Niamh"_s,        u"MacCarthy"_s, {}, StaffCategory::Supply,
            {}, QDate(2020, 1, 1), QDate(2021, 7, 20)};
        QVERIFY(store.save(leaver));
        const auto current = store.list();
        QVERIFY2(current, qPrintable(current.error()));
        QCOMPARE(current->size(), 1);
        const auto everyone = store.list(true);
        QVERIFY2(everyone, qPrintable(everyone.error()));
        QCOMPARE(everyone->size(), 2);
        QCOMPARE(StaffStore::categoryFromCode(u"SUPPLY"_s), StaffCategory::Supply);
        QVERIFY(!StaffStore::categoryFromCode(u"astronaut"_s));
    }
};

QTEST_GUILESS_MAIN(TestStaffStore)
#include "tst_staffstore.moc"
