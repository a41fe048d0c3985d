#include "io/CsvReader.h"

#include <QDir>
#include <QFile>
#include <QStringEncoder>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCsvReader : public QObject
{
    Q_OBJECT

private:
    static QList<QStringList> fieldsOf(const QList<CsvRecord>& records)
    {
        QList<QStringList> result;
        for (const CsvRecord& r : records)
            result << r.fields;
        return result;
    }
    static QList<int> linesOf(const QList<CsvRecord>& records)
    {
        QList<int> result;
        for (const CsvRecord& r : records)
            result << r.line;
        return result;
    }

private Q_SLOTS:
    void quoting()
    {
        const QString text = u"Surname,Forename,Notes\r\n"
                             u"\"Smith, Jr\",Tom,\"said \"\"hello\"\"\"\r\n"
                             u"Jones,\"Siân\",\"two\r\nlines\"\r\n"
                             u"Evans,,\"\"\r\n"_s;
        const auto records = CsvReader::parse(text);
        QVERIFY(records);
        QCOMPARE(records->size(), 4);
        QCOMPARE(records->at(1).fields, (QStringList{u"Smith, Jr"_s, u"Tom"_s, u"said \"hello\""_s}));
        QCOMPARE(records->at(2).fields, (QStringList{u"Jones"_s, u"Siân"_s, u"two\nlines"_s}));
        QCOMPARE(records->at(3).fields, (QStringList{u"Evans"_s, QString(), QString()}));
        // A record's line is where it starts; the one after a quoted line break starts two lines on.
        QCOMPARE(linesOf(*records), (QList<int>{1, 2, 3, 5}));
    }

    void lineEndings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("CRLF") << u"a,b\r\nc,d\r\n"_s;
        QTest::newRow("LF") << u"a,b\nc,d\n"_s;
        QTest::newRow("CR") << u"a,b\rc,d\r"_s;
        QTest::newRow("no final line end") << u"a,b\r\nc,d"_s;
        QTest::newRow("blank lines") << u"a,b\r\n\r\n\nc,d\r\n\r\n"_s;
    }
    void lineEndings()
    {
        QFETCH(QString, text);
        const auto records = CsvReader::parse(text);
        QVERIFY(records);
        QCOMPARE(fieldsOf(*records), (QList<QStringList>{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}}));
        QCOMPARE(records->constFirst().line, 1);
    }

    void blankLinesKeepLineNumbers()
    {
        const auto records = CsvReader::parse(u"h1,h2\n\nx,y\n"_s);
        QVERIFY(records);
        QCOMPARE(linesOf(*records), (QList<int>{1, 3}));
    }

    void trailingCommaAndStrayQuote()
    {
        const auto records = CsvReader::parse(u"a,b,\nO\"Neill,5\"\n"_s);
        QVERIFY(records);
        QCOMPARE(records->at(0).fields, (QStringList{u"a"_s, u"b"_s, QString()}));
        QCOMPARE(records->at(1).fields, (QStringList{u"O\"Neill"_s, u"5\""_s}));
    }

    void excelBlankRowIsBlank()
    {
        const auto records = CsvReader::parse(u"a,b\r\n,,\r\n"_s);
        QVERIFY(records);
        QCOMPARE(records->size(), 2);
        QVERIFY(!records->at(0).isBlank());
        QVERIFY(records->at(1).isBlank());
    }

    void unterminatedQuote()
    {
        QString error;
        int line = 0;
        const auto records = CsvReader::parse(
            u"Surname,Forename\r\nJones,Siân\r\n\"Evans,Cerys\r\nDavies,Tom\r\n"_s, &error, &line);
        QVERIFY(!records);
        QCOMPARE(line, 3);
        QVERIFY2(error.startsWith(u"Line 3:"_s), qPrintable(error));
        QVERIFY(error.contains(u"never closed"_s));
        QString readError;
        QVERIFY(!CsvReader::read(QByteArray("a,\"b\n"), CsvEncoding::Auto, &readError));
        QVERIFY(readError.contains(u"Line 1"_s));
    }

    void utf8WithBom()
    {
        const QByteArray bytes = "\xEF\xBB\xBFUPN,Forename\r\nA1,Ll\xC5\xB7r\r\n";
        QCOMPARE(CsvReader::detect(bytes), CsvEncoding::Utf8);
        const auto document = CsvReader::read(bytes);
        QVERIFY(document);
        QCOMPARE(document->encoding, CsvEncoding::Utf8);
        QCOMPARE(document->records.at(0).fields.at(0), u"UPN"_s); // no BOM left on the first heading
        QCOMPARE(document->records.at(1).fields.at(1), u"Llŷr"_s);
    }

    void utf8WithoutBom()
    {
        const QString names = u"Llŷr,Siân,Zoë,Ó Súilleabháin"_s;
        const auto document = CsvReader::read(names.toUtf8());
        QVERIFY(document);
        QCOMPARE(document->encoding, CsvEncoding::Utf8);
        QCOMPARE(document->records.at(0).fields.join(u','), names);
    }

    void windows1252AsExcelWritesIt()
    {
        // Siân, Zoë, Ó Súilleabháin and O’Brien with Excel's curly apostrophe (0x92), as Excel's
        // "CSV (Comma delimited)" writes them on an English Windows.
        const QByteArray bytes =
            "Forename,Surname\r\nSi\xE2n,Jones\r\nZo\xEB,\xD3 S\xFAilleabh\xE1in\r\nSe\xE1n,O\x92"
            "Brien\r\n";
        QCOMPARE(CsvReader::detect(bytes), CsvEncoding::Windows1252);
        const auto document = CsvReader::read(bytes);
        QVERIFY(document);
        QCOMPARE(document->encoding, CsvEncoding::Windows1252);
        QCOMPARE(document->records.at(1).fields.at(0), u"Siân"_s);
        QCOMPARE(document->records.at(2).fields, (QStringList{u"Zoë"_s, u"Ó Súilleabháin"_s}));
        QCOMPARE(document->records.at(3).fields.at(1), u"O\u2019Brien"_s);
        // The same text through ICU's encoder comes back the same.
        QStringEncoder encoder("windows-1252");
        QVERIFY(encoder.isValid());
        const QByteArray encoded =
            encoder(u"Forename,Surname\r\nSiân,Jones\r\nZoë,Ó Súilleabháin\r\nSeán,O\u2019Brien\r\n"_s);
        QCOMPARE(encoded, bytes);
    }

    void windows1252Fixture()
    {
        const QString path = QDir(QStringLiteral(LANYARD_TEST_DATA)).filePath(u"excel_1252_pupils.csv"_s);
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QString error;
        const auto document = CsvReader::readFile(path, CsvEncoding::Auto, &error);
        QVERIFY2(document, qPrintable(error));
        QCOMPARE(document->encoding, CsvEncoding::Windows1252);
        QStringList names;
        for (const CsvRecord& r : document->records)
            names << r.fields.value(0) + u' ' + r.fields.value(1);
        QVERIFY(names.contains(u"Davies Siân"_s));
        QVERIFY(names.contains(u"Brown Zoë"_s));
        QVERIFY(names.contains(u"Ó Súilleabháin Pádraig"_s));
    }

    void overrideEncoding()
    {
        // UTF-8 read as Windows-1252 on the user's say-so: the letters come out as Excel would show them.
        const auto asAnsi = CsvReader::read(u"Siân"_s.toUtf8(), CsvEncoding::Windows1252);
        QVERIFY(asAnsi);
        QCOMPARE(asAnsi->records.at(0).fields.at(0), u"SiÃ¢n"_s);
        // Windows-1252 forced as UTF-8 is refused rather than read with letters lost.
        QString error;
        QVERIFY(!CsvReader::read(QByteArray("Si\xE2n"), CsvEncoding::Utf8, &error));
        QVERIFY2(error.contains(u"Windows-1252"_s), qPrintable(error));
    }

    void utf16Refused()
    {
        QString error;
        QVERIFY(!CsvReader::read(QByteArray("\xFF\xFE"
                                            "a\0,\0b\0",
                                            8),
                                 CsvEncoding::Auto, &error));
        QVERIFY(error.contains(u"UTF-16"_s));
    }

    void encodingNames()
    {
        QCOMPARE(CsvReader::encodingFromName(u"utf-8"_s), CsvEncoding::Utf8);
        QCOMPARE(CsvReader::encodingFromName(u"UTF8"_s), CsvEncoding::Utf8);
        QCOMPARE(CsvReader::encodingFromName(u"windows-1252"_s), CsvEncoding::Windows1252);
        QCOMPARE(CsvReader::encodingFromName(u"cp1252"_s), CsvEncoding::Windows1252);
        QCOMPARE(CsvReader::encodingFromName(u"auto"_s), CsvEncoding::Auto);
        QVERIFY(!CsvReader::encodingFromName(u"klingon"_s));
    }

    void emptyFile()
    {
        const auto document = CsvReader::read(QByteArray());
        QVERIFY(document);
        QVERIFY(document->records.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
