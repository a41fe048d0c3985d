#pragma once

#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

// Small helpers every store shares: errors for people, NULL for empty.
namespace StoreSupport {

// Sets *error and returns false, so a check reads `return refuse(error, tr("…"));`.
bool refuse(QString* error, const QString& message);
// Logs the SQL failure (never its bound values) and gives the user a message they can act on.
bool sqlFailed(const QSqlQuery& query, const char* where, QString* error);

QVariant textOrNull(const QString& text);
QVariant dateOrNull(const QDate& date);
QVariant idOrNull(qint64 id);
QDate toDate(const QVariant& value);

} // namespace StoreSupport
