#include "domain/AcademicYear.h"

#include <QLocale>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// A school's own dates for 2026/27, with holidays between the terms.
QList<Term> schoolTerms()
{
    return {
        Term{u"Autumn"_s, QDate(2026, 9, 3), QDate(2026, 12, 18)},
        Term{u"Spring"_s, QDate(2027, 1, 5), QDate(2027, 3, 26)},
        Term{u"Summer"_s, QDate(2027, 4, 12), QDate(2027, 7, 21)},
    };
}

} // namespace

class TestAcademicYear final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void defaultIsInvalid();
    void constructor_data();
    void constructor();
    void containing_data();
    void containing();
    void parse_data();
    void parse();
    void name_data();
    void name();
    void firstAndLastDay();
    void contains_data();
    void contains();
    void nextAndOrder();
    void defaultTerms_data();
    void defaultTerms();
    void defaultTermsCoverEveryDay();
    void termAt_data();
    void termAt();
    void acceptsTerms_data();
    void acceptsTerms();
    void refusesTerms_data();
    void refusesTerms();
    void refusesTermsWithoutAYear();
};

void TestAcademicYear::initTestCase()
{
    // Error messages spell dates out in the user's locale; pin it so the expected text is stable.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestAcademicYear::defaultIsInvalid()
{
    const AcademicYear year;
    QVERIFY(!year.isValid());
    QCOMPARE(year.startYear(), 0);
    QVERIFY(year.name().isEmpty());
    QVERIFY(!year.firstDay().isValid());
    QVERIFY(!year.lastDay().isValid());
    QVERIFY(!year.contains(QDate(2026, 9, 1)));
    QVERIFY(!year.next().isValid());
    QVERIFY(year.defaultTerms().isEmpty());
}

void TestAcademicYear::constructor_data()
{
    QTest::addColumn<int>("startYear");
    QTest::addColumn<bool>("valid");
    QTest::newRow("2026") << 2026 << true;
    QTest::newRow("1000") << 1000 << true;
    QTest::newRow("9998") << 9998 << true;
    QTest::newRow("0") << 0 << false;
    QTest::newRow("999") << 999 << false;
    QTest::newRow("9999") << 9999 << false;
    QTest::newRow("-2026") << -2026 << false;
}

void TestAcademicYear::constructor()
{
    QFETCH(int, startYear);
    QFETCH(bool, valid);
    const AcademicYear year(startYear);
    QCOMPARE(year.isValid(), valid);
    QCOMPARE(year.startYear(), valid ? startYear : 0);
}

void TestAcademicYear::containing_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("startYear");
    QTest::newRow("31 Aug 2026") << QDate(2026, 8, 31) << 2025;
    QTest::newRow("1 Sep 2026") << QDate(2026, 9, 1) << 2026;
    QTest::newRow("31 Dec 2026") << QDate(2026, 12, 31) << 2026;
    QTest::newRow("1 Jan 2027") << QDate(2027, 1, 1) << 2026;
    QTest::newRow("29 Feb 2028") << QDate(2028, 2, 29) << 2027;
    QTest::newRow("invalid date") << QDate() << 0;
}

void TestAcademicYear::containing()
{
    QFETCH(QDate, date);
    QFETCH(int, startYear);
    const AcademicYear year = AcademicYear::containing(date);
    QCOMPARE(year.startYear(), startYear);
    if (date.isValid())
        QVERIFY(year.contains(date));
}

void TestAcademicYear::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("startYear"); // 0: refused

    QTest::newRow("2026/27") << u"2026/27"_s << 2026;
    QTest::newRow("2026-27") << u"2026-27"_s << 2026;
    QTest::newRow("2026/2027") << u"2026/2027"_s << 2026;
    QTest::newRow("2026-2027") << u"2026-2027"_s << 2026;
    QTest::newRow("en dash") << u"2026\u201327"_s << 2026;
    QTest::newRow("spaced") << u" 2026 / 27 "_s << 2026;
    QTest::newRow("century, short") << u"1999/00"_s << 1999;
    QTest::newRow("century, long") << u"1999/2000"_s << 1999;

    QTest::newRow("2026/28") << u"2026/28"_s << 0;
    QTest::newRow("2026/2028") << u"2026/2028"_s << 0;
    QTest::newRow("2026/26") << u"2026/26"_s << 0;
    QTest::newRow("2025/2027") << u"2025/2027"_s << 0;
    QTest::newRow("1999/2100") << u"1999/2100"_s << 0;
    QTest::newRow("year alone") << u"2026"_s << 0;
    QTest::newRow("2026/7") << u"2026/7"_s << 0;
    QTest::newRow("26/27") << u"26/27"_s << 0;
    QTest::newRow("2026/027") << u"2026/027"_s << 0;
    QTest::newRow("2026.27") << u"2026.27"_s << 0;
    QTest::newRow("2026/27/28") << u"2026/27/28"_s << 0;
    QTest::newRow("words") << u"this year"_s << 0;
    QTest::newRow("empty") << QString() << 0;
}

void TestAcademicYear::parse()
{
    QFETCH(QString, text);
    QFETCH(int, startYear);
    const std::optional<AcademicYear> year = AcademicYear::parse(text);
    QCOMPARE(year ? year->startYear() : 0, startYear);
}

void TestAcademicYear::name_data()
{
    QTest::addColumn<int>("startYear");
    QTest::addColumn<QString>("expected");
    QTest::newRow("2026") << 2026 << u"2026/27"_s;
    QTest::newRow("2009") << 2009 << u"2009/10"_s;
    QTest::newRow("1999") << 1999 << u"1999/00"_s;
    QTest::newRow("2000") << 2000 << u"2000/01"_s;
}

void TestAcademicYear::name()
{
    QFETCH(int, startYear);
    QFETCH(QString, expected);
    const AcademicYear year(startYear);
    QCOMPARE(year.name(), expected);
    QCOMPARE(AcademicYear::parse(year.name()), year);
}

void TestAcademicYear::firstAndLastDay()
{
    const AcademicYear year(2026);
    QCOMPARE(year.firstDay(), QDate(2026, 9, 1));
    QCOMPARE(year.lastDay(), QDate(2027, 8, 31));
}

void TestAcademicYear::contains_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("expected");
    QTest::newRow("31 Aug before") << QDate(2026, 8, 31) << false;
    QTest::newRow("1 Sep") << QDate(2026, 9, 1) << true;
    QTest::newRow("mid-year") << QDate(2027, 2, 14) << true;
    QTest::newRow("31 Aug") << QDate(2027, 8, 31) << true;
    QTest::newRow("1 Sep after") << QDate(2027, 9, 1) << false;
    QTest::newRow("invalid") << QDate() << false;
}

void TestAcademicYear::contains()
{
    QFETCH(QDate, date);
    QFETCH(bool, expected);
    QCOMPARE(AcademicYear(2026).contains(date), expected);
}

void TestAcademicYear::nextAndOrder()
{
    const AcademicYear year(2026);
    QCOMPARE(year.next(), AcademicYear(2027));
    QCOMPARE(year.next().name(), u"2027/28"_s);
    QCOMPARE(year.next().firstDay(), year.lastDay().addDays(1));
    QVERIFY(year < year.next());
    QVERIFY(year == AcademicYear(2026));
    QVERIFY(year != AcademicYear(2025));
    QVERIFY(!AcademicYear(9998).next().isValid());
}

void TestAcademicYear::defaultTerms_data()
{
    QTest::addColumn<int>("startYear");
    QTest::addColumn<QDate>("easterSunday");
    QTest::newRow("2018/19") << 2018 << QDate(2019, 4, 21);
    QTest::newRow("2023/24") << 2023 << QDate(2024, 3, 31);
    QTest::newRow("2024/25") << 2024 << QDate(2025, 4, 20);
    QTest::newRow("2025/26") << 2025 << QDate(2026, 4, 5);
    QTest::newRow("2026/27") << 2026 << QDate(2027, 3, 28);
    QTest::newRow("2037/38, latest Easter") << 2037 << QDate(2038, 4, 25);
    QTest::newRow("2284/85, earliest Easter") << 2284 << QDate(2285, 3, 22);
}

void TestAcademicYear::defaultTerms()
{
    QFETCH(int, startYear);
    QFETCH(QDate, easterSunday);
    QCOMPARE(easterSunday.dayOfWeek(), int(Qt::Sunday));

    const AcademicYear year(startYear);
    const QList<Term> terms = year.defaultTerms();
    QCOMPARE(terms.size(), 3);
    QCOMPARE(terms[0].name, u"Michaelmas"_s);
    QCOMPARE(terms[0].start, QDate(startYear, 9, 1));
    QCOMPARE(terms[0].end, QDate(startYear, 12, 31));
    QCOMPARE(terms[1].name, u"Lent"_s);
    QCOMPARE(terms[1].start, QDate(startYear + 1, 1, 1));
    QCOMPARE(terms[1].end, easterSunday);
    QCOMPARE(terms[2].name, u"Summer"_s);
    QCOMPARE(terms[2].start, easterSunday.addDays(1));
    QCOMPARE(terms[2].end, QDate(startYear + 1, 8, 31));

    QString error;
    QVERIFY2(year.validateTerms(terms, &error), qPrintable(error));
}

void TestAcademicYear::defaultTermsCoverEveryDay()
{
    const AcademicYear year(2027); // 2028 is a leap year
    const QList<Term> terms = year.defaultTerms();
    int days = 0;
    for (QDate day = year.firstDay(); day <= year.lastDay(); day = day.addDays(1), ++days) {
        const auto inTerm =
            std::count_if(terms.cbegin(), terms.cend(), [&](const Term& t) { return t.contains(day); });
        QVERIFY2(inTerm == 1, qPrintable(day.toString(Qt::ISODate)));
    }
    QCOMPARE(days, 366);
}

void TestAcademicYear::termAt_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected"); // empty: a holiday

    QTest::newRow("before the first term") << QDate(2026, 9, 2) << QString();
    QTest::newRow("first day of Autumn") << QDate(2026, 9, 3) << u"Autumn"_s;
    QTest::newRow("mid Autumn") << QDate(2026, 10, 1) << u"Autumn"_s;
    QTest::newRow("last day of Autumn") << QDate(2026, 12, 18) << u"Autumn"_s;
    QTest::newRow("Christmas holiday starts") << QDate(2026, 12, 19) << QString();
    QTest::newRow("Christmas Day") << QDate(2026, 12, 25) << QString();
    QTest::newRow("Christmas holiday ends") << QDate(2027, 1, 4) << QString();
    QTest::newRow("first day of Spring") << QDate(2027, 1, 5) << u"Spring"_s;
    QTest::newRow("last day of Spring") << QDate(2027, 3, 26) << u"Spring"_s;
    QTest::newRow("Easter holiday") << QDate(2027, 3, 28) << QString();
    QTest::newRow("first day of Summer") << QDate(2027, 4, 12) << u"Summer"_s;
    QTest::newRow("last day of Summer") << QDate(2027, 7, 21) << u"Summer"_s;
    QTest::newRow("summer holiday") << QDate(2027, 8, 1) << QString();
    QTest::newRow("next year") << QDate(2027, 9, 6) << QString();
    QTest::newRow("invalid date") << QDate() << QString();
}

void TestAcademicYear::termAt()
{
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    const std::optional<Term> term = AcademicYear::termAt(schoolTerms(), date);
    QCOMPARE(term ? term->name : QString(), expected);
    if (term)
        QVERIFY(term->contains(date));
}

void TestAcademicYear::acceptsTerms_data()
{
    QTest::addColumn<QList<Term>>("terms");
    QTest::newRow("school's own dates") << schoolTerms();
    QTest::newRow("no terms yet") << QList<Term>();
    QTest::newRow("one-day term") << QList<Term>{{u"Induction"_s, QDate(2026, 9, 1), QDate(2026, 9, 1)}};
    QTest::newRow("back to back") << QList<Term>{{u"First"_s, QDate(2026, 9, 1), QDate(2027, 1, 31)},
                                                 {u"Second"_s, QDate(2027, 2, 1), QDate(2027, 8, 31)}};
    QTest::newRow("whole year") << QList<Term>{{u"Year"_s, QDate(2026, 9, 1), QDate(2027, 8, 31)}};
}

void TestAcademicYear::acceptsTerms()
{
    QFETCH(QList<Term>, terms);
    QString error;
    QVERIFY2(AcademicYear(2026).validateTerms(terms, &error), qPrintable(error));
}

void TestAcademicYear::refusesTerms_data()
{
    QTest::addColumn<QList<Term>>("terms");
    QTest::addColumn<QString>("errorContains");

    QList<Term> terms = schoolTerms();
    terms[1].name.clear();
    QTest::newRow("no name") << terms << u"Term 2 has no name"_s;

    terms = schoolTerms();
    terms[0].name = u"   "_s;
    QTest::newRow("blank name") << terms << u"Term 1 has no name"_s;

    terms = schoolTerms();
    terms[2].end = QDate();
    QTest::newRow("no end date") << terms << u"The term \"Summer\" needs both a start date and an end date"_s;

    terms = schoolTerms();
    terms[1].end = QDate(2027, 1, 4);
    QTest::newRow("ends before it starts")
        << terms << u"The term \"Spring\" ends on 4 January 2027, before it starts on 5 January 2027"_s;

    terms = schoolTerms();
    terms[0].start = QDate(2026, 8, 31);
    QTest::newRow("starts in the year before") << terms
                                               << u"The term \"Autumn\" must fall within the 2026/27 school "
                                                  u"year, which runs from 1 September 2026 to "
                                                  u"31 August 2027"_s;

    terms = schoolTerms();
    terms[2].end = QDate(2027, 9, 1);
    QTest::newRow("ends in the year after") << terms << u"The term \"Summer\" must fall within the 2026/27"_s;

    terms = schoolTerms();
    terms.swapItemsAt(1, 2);
    QTest::newRow("out of order")
        << terms
        << u"The term \"Spring\" starts before the term \"Summer\": please list the terms in date order"_s;

    terms = schoolTerms();
    terms[1].start = QDate(2026, 12, 18); // Autumn's last day
    QTest::newRow("overlapping by a day") << terms
                                          << u"The term \"Spring\" starts on 18 December 2026, before the "
                                             u"term \"Autumn\" ends on 18 December 2026: "
                                             u"terms must not overlap"_s;

    terms = schoolTerms();
    terms[2].start = QDate(2027, 3, 1);
    QTest::newRow("overlapping by weeks") << terms << u"terms must not overlap"_s;
}

void TestAcademicYear::refusesTerms()
{
    QFETCH(QList<Term>, terms);
    QFETCH(QString, errorContains);
    QString error;
    QVERIFY(!AcademicYear(2026).validateTerms(terms, &error));
    QVERIFY2(error.contains(errorContains), qPrintable(error));
    QVERIFY(!AcademicYear(2026).validateTerms(terms)); // no error pointer needed
}

void TestAcademicYear::refusesTermsWithoutAYear()
{
    QString error;
    QVERIFY(!AcademicYear().validateTerms(schoolTerms(), &error));
    QVERIFY2(error.contains(u"choose the academic year"_s), qPrintable(error));
}

QTEST_APPLESS_MAIN(TestAcademicYear)
#include "tst_academicyear.moc"
