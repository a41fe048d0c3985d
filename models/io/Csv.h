#pragma once

#include <QString>
#include <QStringList>

namespace Csv {
// One RFC 4180 record: fields quoted when they hold a comma, quote or line break; CRLF ended.
QString record(const QStringList& fields);
} // namespace Csv
