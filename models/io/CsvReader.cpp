#include "CsvReader.h"

#include <QFile>
#include <QStringDecoder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

bool startsWith(QByteArrayView bytes, std::initializer_list<unsigned char> prefix)
{
    if (bytes.size() < qsizetype(prefix.size()))
        return false;
    qsizetype i = 0;
    for (unsigned char c : prefix)
        if (static_cast<unsigned char>(bytes[i++]) != c)
            return false;
    return true;
}

bool hasUtf8Bom(QByteArrayView bytes)
{
    return startsWith(bytes, {0xEF, 0xBB, 0xBF});
}

bool hasUtf16Bom(QByteArrayView bytes)
{
    return startsWith(bytes, {0xFF, 0xFE}) || startsWith(bytes, {0xFE, 0xFF});
}

std::optional<QString> decodeUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}
} // namespace

bool CsvRecord::isBlank() const
{
    return std::all_of(fields.cbegin(), fields.cend(),
                       [](const QString& f) { return f.trimmed().isEmpty(); });
}

CsvEncoding CsvReader::detect(QByteArrayView bytes)
{
    if (hasUtf8Bom(bytes))
        return CsvEncoding::Utf8;
    return decodeUtf8(bytes) ? CsvEncoding::Utf8 : CsvEncoding::Windows1252;
}

std::optional<QString> CsvReader::decode(QByteArrayView bytes, CsvEncoding encoding, QString* error)
{
    if (hasUtf16Bom(bytes)) {
        fail(error, tr("This file is saved as UTF-16 (Excel's “Unicode Text”), which Lanyard does not read. "
                       "Open it in Excel and save it as “CSV UTF-8 (Comma delimited)”."));
        return std::nullopt;
    }
    if (encoding == CsvEncoding::Auto)
        encoding = detect(bytes);
    if (encoding == CsvEncoding::Utf8) {
        const QByteArrayView body = hasUtf8Bom(bytes) ? bytes.sliced(3) : bytes;
        auto text = decodeUtf8(body);
        if (!text)
            fail(error, tr("This file is not in UTF-8: some of its letters would be lost. "
                           "Read it as Windows-1252 instead, the encoding Excel uses for “CSV (Comma "
                           "delimited)”."));
        return text;
    }
    QStringDecoder decoder("windows-1252", QStringDecoder::Flag::Stateless);
    if (!decoder.isValid()) {
        fail(error, tr("This copy of Lanyard cannot read Windows-1252 files. Open the file in Excel and save "
                       "it as “CSV UTF-8 (Comma delimited)”, then import that."));
        return std::nullopt;
    }
    return QString(decoder(bytes));
}

std::optional<QList<CsvRecord>> CsvReader::parse(QStringView text, QString* error, int* errorLine)
{
    QList<CsvRecord> records;
    const qsizetype n = text.size();
    qsizetype i = 0;
    int line = 1;
    // Consumes the line break at i, if there is one: CRLF, LF or a lone CR.
    auto lineBreak = [&]() {
        if (i < n && text[i] == u'\r') {
            ++i;
            if (i < n && text[i] == u'\n')
                ++i;
            ++line;
            return true;
        }
        if (i < n && text[i] == u'\n') {
            ++i;
            ++line;
            return true;
        }
        return false;
    };
    while (i < n) {
        CsvRecord record;
        record.line = line;
        for (;;) {
            QString field;
            if (i < n && text[i] == u'"') {
                const int opened = line;
                ++i;
                for (;;) {
                    if (i >= n) {
                        if (errorLine)
                            *errorLine = opened;
                        fail(error, tr("Line %1: a quoted value is never closed. Check that line for a "
                                       "missing \" (quotation mark).")
                                        .arg(opened));
                        return std::nullopt;
                    }
                    if (text[i] == u'"') {
                        if (i + 1 < n && text[i + 1] == u'"') {
                            field += u'"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (lineBreak()) {
                        field += u'\n';
                        continue;
                    }
                    field += text[i++];
                }
            }
            // Unquoted text, or anything after a closing quote (kept, as Excel does).
            const qsizetype start = i;
            while (i < n && text[i] != u',' && text[i] != u'\r' && text[i] != u'\n')
                ++i;
            field += text.sliced(start, i - start);
            record.fields << field;
            if (i < n && text[i] == u',') {
                ++i;
                continue;
            }
            lineBreak();
            break;
        }
        if (!(record.fields.size() == 1 && record.fields.constFirst().isEmpty()))
            records << record;
    }
    return records;
}

std::optional<CsvDocument> CsvReader::read(QByteArrayView bytes, CsvEncoding encoding, QString* error)
{
    const CsvEncoding used = encoding == CsvEncoding::Auto ? detect(bytes) : encoding;
    const auto text = decode(bytes, used, error);
    if (!text)
        return std::nullopt;
    auto records = parse(*text, error);
    if (!records)
        return std::nullopt;
    return CsvDocument{used, *records};
}

std::optional<CsvDocument> CsvReader::readFile(const QString& path, CsvEncoding encoding, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, tr("Cannot open %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    if (file.size() > MaxFileSize) {
        fail(error, tr("%1 is too large to be a list of pupils or staff.").arg(path));
        return std::nullopt;
    }
    return read(file.readAll(), encoding, error);
}

std::optional<CsvEncoding> CsvReader::encodingFromName(const QString& name)
{
    const QString n = name.trimmed().toLower().remove(u'-').remove(u'_').remove(u' ');
    if (n == u"auto"_s || n.isEmpty())
        return CsvEncoding::Auto;
    if (n == u"utf8"_s)
        return CsvEncoding::Utf8;
    if (n == u"windows1252"_s || n == u"cp1252"_s || n == u"win1252"_s || n == u"ansi"_s ||
        n == u"latin1"_s || n == u"iso88591"_s)
        return CsvEncoding::Windows1252;
    return std::nullopt;
}

QString CsvReader::encodingName(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf8:
        return u"UTF-8"_s;
    case CsvEncoding::Windows1252:
        return u"Windows-1252"_s;
    case CsvEncoding::Auto:
        break;
    }
    return tr("automatic");
}
