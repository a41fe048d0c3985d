// Academic years and their terms, with the school's own dates.
#include "TestVault.h"
#include "records/AcademicYearStore.h"
#include "storage/StoreSupport.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestAcademicYearStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
};

QTEST_GUILESS_MAIN(TestAcademicYearStore)
#include "tst_academicyearstore.moc"
