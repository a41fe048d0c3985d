#include "Csv.h"

using namespace Qt::StringLiterals;

namespace {
bool startsAFormula(QStringView field)
{
    return !field.isEmpty() && QStringView(u"=+-@\t\r").contains(field.front());
}
} // namespace

QString Csv::unguarded(const QString& field)
{
    return field.startsWith(u'\'') && startsAFormula(QStringView(field).mid(1)) ? field.mid(1) : field;
}

QString Csv::record(const QStringList& fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& plain : fields) {
        const QString field = startsAFormula(plain) ? u'\'' + plain : plain;
        if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r')) {
            QString escaped = field;
            escaped.replace(u'"', u"\"\""_s);
            quoted << u'"' + escaped + u'"';
        } else {
            quoted << field;
        }
    }
    return quoted.join(u',') + u"\r\n"_s;
}
