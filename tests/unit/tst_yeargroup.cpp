#include "domain/YearGroup.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int None = -2; // a data column's stand-in for std::nullopt

int ordinalOf(const std::optional<YearGroup>& year)
{
    return year ? year->ordinal() : None;
}

} // namespace

class TestYearGroup final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultIsInvalid();
    void fromOrdinal_data();
    void fromOrdinal();
    void all();
    void parse_data();
    void parse();
    void codeAndDisplayName_data();
    void codeAndDisplayName();
    void roundTrips();
    void keyStage_data();
    void keyStage();
    void keyStageName_data();
    void keyStageName();
    void next_data();
    void next();
    void ordersByAge();
    void expectedFor_data();
    void expectedFor();
};

void TestYearGroup::defaultIsInvalid()
{
    const YearGroup year;
    QVERIFY(!year.isValid());
    QVERIFY(year.code().isEmpty());
    QVERIFY(year.displayName().isEmpty());
    QVERIFY(!year.next());
    QVERIFY(year != *YearGroup::fromOrdinal(YearGroup::Nursery));
}

void TestYearGroup::fromOrdinal_data()
{
    QTest::addColumn<int>("ordinal");
    QTest::addColumn<bool>("valid");
    QTest::newRow("-2") << -2 << false;
    QTest::newRow("nursery") << -1 << true;
    QTest::newRow("reception") << 0 << true;
    QTest::newRow("1") << 1 << true;
    QTest::newRow("13") << 13 << true;
    QTest::newRow("14") << 14 << false;
    QTest::newRow("-100") << -100 << false;
}

void TestYearGroup::fromOrdinal()
{
    QFETCH(int, ordinal);
    QFETCH(bool, valid);
    const std::optional<YearGroup> year = YearGroup::fromOrdinal(ordinal);
    QCOMPARE(year.has_value(), valid);
    if (valid) {
        QVERIFY(year->isValid());
        QCOMPARE(year->ordinal(), ordinal);
    }
}

void TestYearGroup::all()
{
    const QList<YearGroup> years = YearGroup::all();
    QCOMPARE(years.size(), 15);
    QCOMPARE(years.front().code(), u"N"_s);
    QCOMPARE(years.back().code(), u"13"_s);
    for (qsizetype i = 0; i < years.size(); ++i) {
        QVERIFY(years[i].isValid());
        QCOMPARE(years[i].ordinal(), YearGroup::First + int(i));
    }
}

void TestYearGroup::parse_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("expected");

    QTest::newRow("N") << u"N"_s << -1;
    QTest::newRow("n") << u"n"_s << -1;
    QTest::newRow("Nursery") << u"Nursery"_s << -1;
    QTest::newRow("NURSERY padded") << u"  NURSERY "_s << -1;
    QTest::newRow("NUR") << u"NUR"_s << -1;
    QTest::newRow("R") << u"R"_s << 0;
    QTest::newRow("r") << u"r"_s << 0;
    QTest::newRow("Reception") << u"Reception"_s << 0;
    QTest::newRow("reception") << u"reception"_s << 0;
    QTest::newRow("Rec") << u"Rec"_s << 0;
    QTest::newRow("YR") << u"YR"_s << 0;
    QTest::newRow("yr") << u"yr"_s << 0;
    QTest::newRow("Year R") << u"Year R"_s << 0;
    QTest::newRow("Year 3") << u"Year 3"_s << 3;
    QTest::newRow("year 3") << u"year 3"_s << 3;
    QTest::newRow("YEAR 3") << u"YEAR 3"_s << 3;
    QTest::newRow("Year3") << u"Year3"_s << 3;
    QTest::newRow("Year  3, double space") << u"Year  3"_s << 3;
    QTest::newRow("Y3") << u"Y3"_s << 3;
    QTest::newRow("y3") << u"y3"_s << 3;
    QTest::newRow("Y 3") << u"Y 3"_s << 3;
    QTest::newRow("Yr3") << u"Yr3"_s << 3;
    QTest::newRow("Yr 3") << u"Yr 3"_s << 3;
    QTest::newRow("YR3") << u"YR3"_s << 3;
    QTest::newRow("3") << u"3"_s << 3;
    QTest::newRow("03") << u"03"_s << 3;
    QTest::newRow("3 padded") << u"\t3 "_s << 3;
    QTest::newRow("1") << u"1"_s << 1;
    QTest::newRow("Year 1") << u"Year 1"_s << 1;
    QTest::newRow("Y7") << u"Y7"_s << 7;
    QTest::newRow("Year 10") << u"Year 10"_s << 10;
    QTest::newRow("Yr12") << u"Yr12"_s << 12;
    QTest::newRow("13") << u"13"_s << 13;
    QTest::newRow("Year 13") << u"Year 13"_s << 13;

    QTest::newRow("Year 14") << u"Year 14"_s << None;
    QTest::newRow("14") << u"14"_s << None;
    QTest::newRow("X") << u"X"_s << None;
    QTest::newRow("empty") << QString() << None;
    QTest::newRow("spaces") << u"   "_s << None;
    QTest::newRow("0") << u"0"_s << None;
    QTest::newRow("Year 0") << u"Year 0"_s << None;
    QTest::newRow("-1") << u"-1"_s << None;
    QTest::newRow("Year") << u"Year"_s << None;
    QTest::newRow("Y") << u"Y"_s << None;
    QTest::newRow("003") << u"003"_s << None;
    QTest::newRow("3a") << u"3a"_s << None;
    QTest::newRow("Year 3.") << u"Year 3."_s << None;
    QTest::newRow("Years 3") << u"Years 3"_s << None;
    QTest::newRow("Arabic-Indic three") << u"\u0663"_s << None;
}

void TestYearGroup::parse()
{
    QFETCH(QString, label);
    QFETCH(int, expected);
    QCOMPARE(ordinalOf(YearGroup::parse(label)), expected);
}

void TestYearGroup::codeAndDisplayName_data()
{
    QTest::addColumn<int>("ordinal");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("displayName");
    QTest::newRow("N") << -1 << u"N"_s << u"Nursery"_s;
    QTest::newRow("R") << 0 << u"R"_s << u"Reception"_s;
    QTest::newRow("1") << 1 << u"1"_s << u"Year 1"_s;
    QTest::newRow("9") << 9 << u"9"_s << u"Year 9"_s;
    QTest::newRow("13") << 13 << u"13"_s << u"Year 13"_s;
}

void TestYearGroup::codeAndDisplayName()
{
    QFETCH(int, ordinal);
    QFETCH(QString, code);
    QFETCH(QString, displayName);
    const YearGroup year = *YearGroup::fromOrdinal(ordinal);
    QCOMPARE(year.code(), code);
    QCOMPARE(year.displayName(), displayName);
}

void TestYearGroup::roundTrips()
{
    for (const YearGroup& year : YearGroup::all()) {
        QCOMPARE(YearGroup::parse(year.code()), year);
        QCOMPARE(YearGroup::parse(year.displayName()), year);
        QCOMPARE(YearGroup::fromOrdinal(year.ordinal()), year);
    }
}

void TestYearGroup::keyStage_data()
{
    QTest::addColumn<int>("ordinal");
    QTest::addColumn<KeyStage>("expected");
    const QList<std::pair<int, KeyStage>> cases = {
        {-1, KeyStage::EarlyYears}, {0, KeyStage::EarlyYears}, {1, KeyStage::KS1},  {2, KeyStage::KS1},
        {3, KeyStage::KS2},         {6, KeyStage::KS2},        {7, KeyStage::KS3},  {9, KeyStage::KS3},
        {10, KeyStage::KS4},        {11, KeyStage::KS4},       {12, KeyStage::KS5}, {13, KeyStage::KS5},
    };
    for (const auto& [ordinal, stage] : cases)
        QTest::addRow("%d", ordinal) << ordinal << stage;
}

void TestYearGroup::keyStage()
{
    QFETCH(int, ordinal);
    QFETCH(KeyStage, expected);
    QCOMPARE(YearGroup::fromOrdinal(ordinal)->keyStage(), expected);
}

void TestYearGroup::keyStageName_data()
{
    QTest::addColumn<KeyStage>("stage");
    QTest::addColumn<QString>("expected");
    QTest::newRow("EYFS") << KeyStage::EarlyYears << u"Early Years (EYFS)"_s;
    QTest::newRow("KS1") << KeyStage::KS1 << u"Key Stage 1"_s;
    QTest::newRow("KS2") << KeyStage::KS2 << u"Key Stage 2"_s;
    QTest::newRow("KS3") << KeyStage::KS3 << u"Key Stage 3"_s;
    QTest::newRow("KS4") << KeyStage::KS4 << u"Key Stage 4"_s;
    QTest::newRow("KS5") << KeyStage::KS5 << u"Key Stage 5 (sixth form)"_s;
}

void TestYearGroup::keyStageName()
{
    QFETCH(KeyStage, stage);
    QFETCH(QString, expected);
    QCOMPARE(YearGroup::keyStageName(stage), expected);
}

void TestYearGroup::next_data()
{
    QTest::addColumn<int>("ordinal");
    QTest::addColumn<int>("expected");
    QTest::newRow("N -> R") << -1 << 0;
    QTest::newRow("R -> 1") << 0 << 1;
    QTest::newRow("6 -> 7") << 6 << 7;
    QTest::newRow("12 -> 13") << 12 << 13;
    QTest::newRow("13 leaves") << 13 << None;
}

void TestYearGroup::next()
{
    QFETCH(int, ordinal);
    QFETCH(int, expected);
    QCOMPARE(ordinalOf(YearGroup::fromOrdinal(ordinal)->next()), expected);
}

void TestYearGroup::ordersByAge()
{
    const YearGroup nursery = *YearGroup::parse(u"N"_s);
    const YearGroup reception = *YearGroup::parse(u"R"_s);
    const YearGroup year1 = *YearGroup::parse(u"1"_s);
    const YearGroup year13 = *YearGroup::parse(u"13"_s);
    QVERIFY(nursery < reception);
    QVERIFY(reception < year1);
    QVERIFY(year1 < year13);
    QVERIFY(year13 > nursery);
    QVERIFY(year1 == *YearGroup::parse(u"Year 1"_s));
    const QList<YearGroup> years = YearGroup::all();
    QVERIFY(std::is_sorted(years.cbegin(), years.cend()));
}

void TestYearGroup::expectedFor_data()
{
    QTest::addColumn<QDate>("dateOfBirth");
    QTest::addColumn<int>("academicStartYear");
    QTest::addColumn<int>("expected");

    // In 2024/25 Reception is the children born 1 Sep 2019 - 31 Aug 2020, who turn 5 in that year.
    QTest::newRow("oldest in Reception") << QDate(2019, 9, 1) << 2024 << 0;
    QTest::newRow("youngest in Year 1") << QDate(2019, 8, 31) << 2024 << 1;
    QTest::newRow("youngest in Reception") << QDate(2020, 8, 31) << 2024 << 0;
    QTest::newRow("oldest in Nursery") << QDate(2020, 9, 1) << 2024 << -1;
    QTest::newRow("youngest in Nursery") << QDate(2021, 8, 31) << 2024 << -1;
    QTest::newRow("too young for Nursery") << QDate(2021, 9, 1) << 2024 << None;
    QTest::newRow("New Year's Day birth") << QDate(2020, 1, 1) << 2024 << 0;
    QTest::newRow("a year later") << QDate(2019, 9, 1) << 2025 << 1;
    QTest::newRow("leap day, Reception") << QDate(2020, 2, 29) << 2024 << 0;
    QTest::newRow("leap day, Year 4") << QDate(2016, 2, 29) << 2024 << 4;
    QTest::newRow("leap day, Year 8") << QDate(2012, 2, 29) << 2024 << 8;
    QTest::newRow("leap day, in a non-leap year") << QDate(2020, 2, 29) << 2027 << 3;
    QTest::newRow("oldest in Year 13") << QDate(2006, 9, 1) << 2024 << 13;
    QTest::newRow("youngest in Year 13") << QDate(2007, 8, 31) << 2024 << 13;
    QTest::newRow("left school") << QDate(2006, 8, 31) << 2024 << None;
    // In 2025/26 Year 7 is the children born 1 Sep 2013 - 31 Aug 2014.
    QTest::newRow("oldest in Year 7") << QDate(2013, 9, 1) << 2025 << 7;
    QTest::newRow("youngest in Year 7") << QDate(2014, 8, 31) << 2025 << 7;
    QTest::newRow("oldest in Year 6") << QDate(2014, 9, 1) << 2025 << 6;
    QTest::newRow("invalid date") << QDate() << 2024 << None;
}

void TestYearGroup::expectedFor()
{
    QFETCH(QDate, dateOfBirth);
    QFETCH(int, academicStartYear);
    QFETCH(int, expected);
    QCOMPARE(ordinalOf(YearGroup::expectedFor(dateOfBirth, academicStartYear)), expected);
}

QTEST_APPLESS_MAIN(TestYearGroup)
#include "tst_yeargroup.moc"
