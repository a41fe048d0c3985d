// Forms within year groups, with their tutors.
#include "TestVault.h"
#include "records/FormStore.h"
#include "records/StaffStore.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestFormStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
        const auto all = store.list();
        QVERIFY2(all, qPrintable(all.error()));
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).name, u"RS"_s);
        QCOMPARE(all->at(1).tutorId, tutor.id);
        // A tutor who is removed leaves the form without a tutor, not without a form.
        QVERIFY(StaffStore(*vault).remove(tutor.id));
        const auto threeB = store.findByName(u"3B"_s);
        QVERIFY2(threeB, qPrintable(threeB.error()));
        QCOMPARE(threeB->tutorId, 0);
    }
};

QTEST_GUILESS_MAIN(TestFormStore)
#include "tst_formstore.moc"
