#pragma once

#include <QString>
#include <QStringList>

namespace Csv {
// One RFC 4180 record: fields quoted when they hold a comma, quote or line break; CRLF ended. A
// field that Excel would run as a formula (starting =, +, -, @, a tab or a carriage return) gets
// an apostrophe in front, as OWASP advises, so that opening an export never runs anything.
QString record(const QStringList& fields);
// A field as it was before record() guarded it: reading Lanyard's own export back gives the names
// that went out.
QString unguarded(const QString& field);
} // namespace Csv
