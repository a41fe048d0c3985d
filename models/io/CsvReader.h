#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One record of a CSV file and the line it starts on (1-based), so that a problem can name it.
struct CsvRecord
{
    int line = 0;
    QStringList fields;

    bool isBlank() const; // every field empty or spaces: Excel writes ",,,," for an empty row
};

enum class CsvEncoding
{
    Auto, // a byte order mark or valid UTF-8 means UTF-8; anything else is Windows-1252
    Utf8,
    Windows1252,
};

struct CsvDocument
{
    CsvEncoding encoding = CsvEncoding::Utf8; // what the bytes were read as
    QList<CsvRecord> records;                 // blank lines left out
};

// Reads the CSV files that school MIS exports and Excel write: UTF-8 with or without a byte order
// mark, or Windows-1252; CRLF, LF or CR line ends; RFC 4180 quoting, with commas, doubled quotes
// and line breaks inside quoted fields. Lenient where Excel is (a stray quote inside an unquoted
// field is kept as text); strict where guessing would lose data (a quote never closed).
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    static CsvEncoding detect(QByteArrayView bytes);
    // The text of the bytes, without a byte order mark. Auto detects first.
    static std::optional<QString> decode(QByteArrayView bytes, CsvEncoding encoding,
                                         QString* error = nullptr);
    // Splits decoded text into records. On an unterminated quote: nullopt, the message and its line.
    static std::optional<QList<CsvRecord>> parse(QStringView text, QString* error = nullptr,
                                                 int* errorLine = nullptr);
    // decode() then parse().
    static std::optional<CsvDocument> read(QByteArrayView bytes, CsvEncoding encoding = CsvEncoding::Auto,
                                           QString* error = nullptr);
    static std::optional<CsvDocument> readFile(const QString& path, CsvEncoding encoding = CsvEncoding::Auto,
                                               QString* error = nullptr);

    // "utf-8", "windows-1252" (and the usual aliases: utf8, cp1252, ansi, latin1 ...).
    static std::optional<CsvEncoding> encodingFromName(const QString& name);
    static QString encodingName(CsvEncoding encoding); // "UTF-8", "Windows-1252", "automatic"

    static constexpr qint64 MaxFileSize = 64 * 1024 * 1024; // far beyond any school's roll
};
