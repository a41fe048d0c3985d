// Academic years and their terms, with the school's own dates.
#include "TestVault.h"
#include "records/AcademicYearStore.h"
#include "storage/StoreSupport.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestAcademicYearStore : public QObject
{
    Q_OBJECT

private:
    // The name of the term the date falls in; the read's message if it fails, "(holiday)" if none.
    static QString termNameAt(const AcademicYearStore& store, const QDate& date)
    {
        const auto term = store.termAt(date);
        if (!term)
            return term.error();
        return term->has_value() ? (*term)->name : u"(holiday)"_s;
    }

private Q_SLOTS:
    void academicYearsAndTerms()
    {
        auto vault = TestVault::create();
        AcademicYearStore store(*vault);
        const AcademicYear year(2026);
        QVERIFY(store.ensure(year));
        const auto years = store.list();
        QVERIFY2(years, qPrintable(years.error()));
        QCOMPARE(*years, QList<AcademicYear>{year});
        const auto terms = store.terms(year);
        QVERIFY2(terms, qPrintable(terms.error()));
        QCOMPARE(terms->size(), 3);
        QCOMPARE(terms->at(0).name, u"Michaelmas"_s);
        QCOMPARE(termNameAt(store, QDate(2026, 11, 22)), u"Michaelmas"_s);
        QCOMPARE(termNameAt(store, QDate(2027, 2, 1)), u"Lent"_s);
        QCOMPARE(termNameAt(store, QDate(2027, 6, 1)), u"Summer"_s);

        // The school's own dates, with holidays between terms.
        const QList<Term> own{{u"Autumn"_s, QDate(2026, 9, 3), QDate(2026, 12, 18)},
                              {u"Spring"_s, QDate(2027, 1, 5), QDate(2027, 3, 26)},
                              {u"Summer"_s, QDate(2027, 4, 12), QDate(2027, 7, 21)}};
        QString error;
        QVERIFY2(store.save(year, own, &error), qPrintable(error));
        const auto saved = store.terms(year);
        QVERIFY2(saved, qPrintable(saved.error()));
        QCOMPARE(*saved, own);
        const auto christmas = store.termAt(QDate(2026, 12, 25));
        QVERIFY2(christmas, qPrintable(christmas.error()));
        QVERIFY(!christmas->has_value());
        QCOMPARE(termNameAt(store, QDate(2027, 1, 5)), u"Spring"_s);

        // Overlapping terms are refused whole and the saved ones stay.
        QList<Term> overlapping = own;
        overlapping[1].start = QDate(2026, 12, 1);
        QVERIFY(!store.save(year, overlapping, &error));
        QVERIFY(!error.isEmpty());
        const auto kept = store.terms(year);
        QVERIFY2(kept, qPrintable(kept.error()));
        QCOMPARE(*kept, own);
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
            const auto years = store.list();
            QVERIFY2(years, qPrintable(years.error()));
            QCOMPARE(years->size(), 1);
        } // not committed: the year goes with the caller's work
        const auto years = store.list();
        QVERIFY2(years, qPrintable(years.error()));
        QVERIFY(years->isEmpty());
        {
            StoreSupport::Transaction outer(vault->vault().database());
            QVERIFY(store.ensure(AcademicYear(2027)));
            QVERIFY(outer.commit());
        }
        vault->reopen();
        const auto reopened = AcademicYearStore(*vault).list();
        QVERIFY2(reopened, qPrintable(reopened.error()));
        QCOMPARE(*reopened, QList<AcademicYear>{AcademicYear(2027)});
    }
};

QTEST_GUILESS_MAIN(TestAcademicYearStore)
#include "tst_academicyearstore.moc"
