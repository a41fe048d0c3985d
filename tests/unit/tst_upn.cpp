#include "domain/Upn.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestUpn final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalised_data();
    void normalised();
    void checkLetterFor_data();
    void checkLetterFor();
    void withCheckLetter_data();
    void withCheckLetter();
    void acceptsValid_data();
    void acceptsValid();
    void refusesInvalid_data();
    void refusesInvalid();
    void refusesWithoutErrorPointer();
    void acceptsNormalisedInput();
    void detectsEverySingleDigitSlip();
    void detectsAdjacentTranspositions();
};

void TestUpn::normalised_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("already normal") << u"M825230116999"_s << u"M825230116999"_s;
    QTest::newRow("lower case") << u"m825230116999"_s << u"M825230116999"_s;
    QTest::newRow("surrounding space") << u"  M825230116999\n"_s << u"M825230116999"_s;
    QTest::newRow("spaces inside") << u"M 825 2301 16 99 9"_s << u"M825230116999"_s;
    QTest::newRow("tab inside") << u"m825\t230116999"_s << u"M825230116999"_s;
    QTest::newRow("temporary, lower case") << u"c20120012500a"_s << u"C20120012500A"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only spaces") << u"   "_s << QString();
}

void TestUpn::normalised()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(Upn::normalised(text), expected);
}

void TestUpn::checkLetterFor_data()
{
    QTest::addColumn<QString>("last12");
    QTest::addColumn<QString>("expected"); // empty: malformed, nullopt

    // Characters 2..13 of "?825230116999", each times its position:
    //   8*2 + 2*3 + 5*4 + 2*5 + 3*6 + 0*7 + 1*8 + 1*9 + 6*10 + 9*11 + 9*12 + 9*13
    //   = 16 + 6 + 20 + 10 + 18 + 0 + 8 + 9 + 60 + 99 + 108 + 117 = 471
    //   471 mod 23 = 471 - 460 = 11, and entry 11 of ABCDEFGHJKLMNPQRTUVWXYZ (from 0) is M.
    QTest::newRow("825230116999") << u"825230116999"_s << u"M"_s;
    // 2*2 + 0*3 + 1*4 + 2*5 + 0*6 + 0*7 + 1*8 + 2*9 + 5*10 + 0*11 + 0*12 + 1*13 = 107; 107 - 92 = 15 -> R
    QTest::newRow("201200125001") << u"201200125001"_s << u"R"_s;
    // 9*2 + 3*3 + 8*4 + 2*5 + 0*6 + 1*7 + 5*8 + 2*9 + 4*10 + 0*11 + 0*12 + 7*13 = 265; 265 - 253 = 12 -> N
    QTest::newRow("938201524007") << u"938201524007"_s << u"N"_s;
    QTest::newRow("all zeros") << u"000000000000"_s << u"A"_s; // 0 -> A
    QTest::newRow("all nines") << u"999999999999"_s << u"F"_s; // 9 * 90 = 810; 810 - 805 = 5 -> F
    // Temporary UPNs: the last letter counts as its table index (A = 0, Z = 22), weight 13.
    QTest::newRow("temporary A") << u"20120012500A"_s << u"C"_s; // 94 + 0 = 94; 94 - 92 = 2 -> C
    QTest::newRow("temporary Z") << u"20120012500Z"_s << u"N"_s; // 94 + 22*13 = 380; 380 - 368 = 12
    QTest::newRow("temporary H") << u"35820190300H"_s << u"L"_s; // 172 + 7*13 = 263; 263 - 253 = 10

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("11 characters") << u"82523011699"_s << QString();
    QTest::newRow("13 characters") << u"8252301169990"_s << QString();
    QTest::newRow("letter in position 2") << u"A25230116999"_s << QString();
    QTest::newRow("letter in position 12") << u"8252301169B9"_s << QString();
    QTest::newRow("space in position 7") << u"82523 116999"_s << QString();
    QTest::newRow("I in position 13") << u"20120012500I"_s << QString();
    QTest::newRow("O in position 13") << u"20120012500O"_s << QString();
    QTest::newRow("S in position 13") << u"20120012500S"_s << QString();
    QTest::newRow("lower case in position 13") << u"20120012500a"_s << QString();
    QTest::newRow("non-ASCII digit") << u"82523011699\u0669"_s << QString(); // ARABIC-INDIC NINE
}

void TestUpn::checkLetterFor()
{
    QFETCH(QString, last12);
    QFETCH(QString, expected);
    const std::optional<QChar> letter = Upn::checkLetterFor(last12);
    if (expected.isEmpty()) {
        QVERIFY(!letter);
    } else {
        QVERIFY(letter);
        QCOMPARE(*letter, expected.front());
    }
}

void TestUpn::withCheckLetter_data()
{
    QTest::addColumn<QString>("last12");
    QTest::addColumn<QString>("expected");
    QTest::newRow("permanent") << u"825230116999"_s << u"M825230116999"_s;
    QTest::newRow("temporary") << u"20120012500A"_s << u"C20120012500A"_s;
    QTest::newRow("too short") << u"8252301169"_s << QString();
    QTest::newRow("letter inside") << u"8252X0116999"_s << QString();
}

void TestUpn::withCheckLetter()
{
    QFETCH(QString, last12);
    QFETCH(QString, expected);
    const QString upn = Upn::withCheckLetter(last12);
    QCOMPARE(upn, expected);
    if (!expected.isEmpty())
        QVERIFY(Upn::isValid(upn));
}

void TestUpn::acceptsValid_data()
{
    QTest::addColumn<QString>("upn");
    QTest::newRow("M825230116999") << u"M825230116999"_s;
    QTest::newRow("R201200125001") << u"R201200125001"_s;
    QTest::newRow("N938201524007") << u"N938201524007"_s;
    QTest::newRow("A000000000000") << u"A000000000000"_s;
    QTest::newRow("F999999999999") << u"F999999999999"_s;
    QTest::newRow("temporary C20120012500A") << u"C20120012500A"_s;
    QTest::newRow("temporary N20120012500Z") << u"N20120012500Z"_s;
    QTest::newRow("temporary L35820190300H") << u"L35820190300H"_s;
}

void TestUpn::acceptsValid()
{
    QFETCH(QString, upn);
    QString error = u"untouched"_s;
    QVERIFY2(Upn::isValid(upn, &error), qPrintable(error));
}

void TestUpn::refusesInvalid_data()
{
    QTest::addColumn<QString>("upn");
    QTest::addColumn<QString>("errorContains");

    QTest::newRow("wrong check letter") << u"A825230116999"_s << u"check letter should be M, not A"_s;
    QTest::newRow("wrong check letter, temporary") << u"D20120012500A"_s << u"should be C, not D"_s;
    QTest::newRow("last digit changed") << u"M825230116998"_s << u"check letter should be"_s;
    QTest::newRow("empty") << QString() << u"Please enter the pupil's UPN"_s;
    QTest::newRow("12 characters") << u"M82523011699"_s << u"this one has 12"_s;
    QTest::newRow("14 characters") << u"M8252301169990"_s << u"this one has 14"_s;
    QTest::newRow("1 character") << u"M"_s << u"this one has 1"_s;
    QTest::newRow("digit first") << u"1825230116999"_s << u"starts with a capital letter"_s;
    QTest::newRow("I first") << u"I825230116999"_s << u"not \"I\""_s;
    QTest::newRow("lower case first") << u"m825230116999"_s << u"starts with a capital letter"_s;
    QTest::newRow("letter in position 2") << u"MA25230116999"_s << u"character 2 is \"A\""_s;
    QTest::newRow("letter in position 8") << u"M825230X16999"_s << u"character 8 is \"X\""_s;
    QTest::newRow("letter in position 12") << u"M8252301169B9"_s << u"character 12 is \"B\""_s;
    QTest::newRow("space in position 5") << u"M825 30116999"_s << u"character 5 is \" \""_s;
    QTest::newRow("O in position 13") << u"C20120012500O"_s << u"not \"O\""_s;
    QTest::newRow("punctuation in position 13") << u"C20120012500-"_s << u"last character"_s;
}

void TestUpn::refusesInvalid()
{
    QFETCH(QString, upn);
    QFETCH(QString, errorContains);
    QString error;
    QVERIFY(!Upn::isValid(upn, &error));
    QVERIFY2(error.contains(errorContains), qPrintable(error));
    QVERIFY2(error.endsWith(u'.'), qPrintable(error)); // a whole sentence for the office
}

void TestUpn::refusesWithoutErrorPointer()
{
    QVERIFY(!Upn::isValid(u"A825230116999"_s));
    QVERIFY(!Upn::isValid(u"short"_s, nullptr));
}

void TestUpn::acceptsNormalisedInput()
{
    const QString typed = u" m825 2301 16999 "_s;
    QVERIFY(!Upn::isValid(typed));
    QVERIFY(Upn::isValid(Upn::normalised(typed)));
}

// Weights 2..13 and digit differences 1..9 are all non-zero modulo the prime 23, so one mistyped
// digit always changes the check letter.
void TestUpn::detectsEverySingleDigitSlip()
{
    const QString valid = u"M825230116999"_s;
    for (qsizetype position = 1; position < valid.size(); ++position) {
        for (char16_t digit = u'0'; digit <= u'9'; ++digit) {
            if (valid[position] == QChar(digit))
                continue;
            QString slipped = valid;
            slipped[position] = QChar(digit);
            QVERIFY2(!Upn::isValid(slipped), qPrintable(slipped));
        }
    }
}

void TestUpn::detectsAdjacentTranspositions()
{
    const QString valid = u"R201200125001"_s;
    for (qsizetype position = 1; position + 1 < valid.size(); ++position) {
        if (valid[position] == valid[position + 1])
            continue;
        QString swapped = valid;
        std::swap(swapped[position], swapped[position + 1]);
        QVERIFY2(!Upn::isValid(swapped), qPrintable(swapped));
    }
}

QTEST_APPLESS_MAIN(TestUpn)
#include "tst_upn.moc"
