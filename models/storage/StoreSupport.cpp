#include "StoreSupport.h"

#include "storage/AuditLog.h"
#include "storage/Vault.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStores, "lanyard.storage")

bool StoreSupport::refuse(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

bool StoreSupport::sqlFailed(const QSqlQuery& query, const char* where, QString* error,
                             const QString& message)
{
    const QSqlError e = query.lastError();
    qCWarning(lcStores) << where << e.nativeErrorCode() << e.driverText() << e.databaseText();
    if (!message.isEmpty())
        return refuse(error, message);
    return refuse(error, QCoreApplication::translate(
                             "StoreSupport", "Lanyard could not read or save this record. If another "
                                             "copy of Lanyard has the vault open, close it and try again."));
}

Failure StoreSupport::readFailed(const QSqlQuery& query, const char* where, const QString& message)
{
    Failure failure;
    sqlFailed(query, where, &failure.message, message);
    return failure;
}

bool StoreSupport::audit(Vault& vault, const QString& table, qint64 id, const QString& action, QString* error)
{
    return AuditLog(vault).recordChange(table, id, action, error);
}

bool StoreSupport::audit(Vault& vault, const QString& table, qint64 id, const QString& action,
                         const QStringList& columns, const QVariantList& values, QString* error)
{
    return AuditLog(vault).recordWrite(table, id, action, columns, values, error);
}

namespace {
// The ids of the rows a delete is about to touch, so that each gets its audit entry.
QList<qint64> idsWhere(const QSqlDatabase& db, const QString& table, const QString& column, qint64 value)
{
    QList<qint64> ids;
    QSqlQuery q(db);
    q.prepare(u"SELECT id FROM "_s + table + u" WHERE "_s + column + u" = ?"_s);
    q.addBindValue(value);
    if (q.exec())
        while (q.next())
            ids.append(q.value(0).toLongLong());
    return ids;
}

bool deleteWhere(Vault& vault, const QString& table, const QString& column, qint64 value, QString* error)
{
    QSqlQuery q(vault.database());
    q.prepare(u"DELETE FROM "_s + table + u" WHERE "_s + column + u" = ?"_s);
    q.addBindValue(value);
    return q.exec() || StoreSupport::sqlFailed(q, Q_FUNC_INFO, error);
}

bool auditEach(Vault& vault, const QString& table, const QList<qint64>& ids, const QString& action,
               QString* error)
{
    return std::all_of(ids.cbegin(), ids.cend(),
                       [&](qint64 id) { return StoreSupport::audit(vault, table, id, action, error); });
}
} // namespace

bool StoreSupport::removeWithCascade(Vault& vault, const QString& table, qint64 id,
                                     const QList<Dependent>& dependents, QString* error)
{
    // Read before the delete, while the foreign keys still point at the row.
    QList<QList<qint64>> touched;
    for (const Dependent& dependent : dependents)
        touched << idsWhere(vault.database(), dependent.table, dependent.column, id);
    if (!deleteWhere(vault, table, u"id"_s, id, error))
        return false;
    for (qsizetype i = 0; i < dependents.size(); ++i) {
        const QString action =
            dependents[i].onDelete == Dependent::OnDelete::SetNull ? u"update"_s : u"delete"_s;
        if (!auditEach(vault, dependents[i].table, touched[i], action, error))
            return false;
    }
    return audit(vault, table, id, u"delete"_s, error);
}

bool StoreSupport::removeWhere(Vault& vault, const QString& table, const QString& column, qint64 value,
                               QString* error)
{
    const QList<qint64> ids = idsWhere(vault.database(), table, column, value);
    return deleteWhere(vault, table, column, value, error) &&
           auditEach(vault, table, ids, u"delete"_s, error);
}

QStringList StoreSupport::placeholders(const QStringList& columns)
{
    QStringList names;
    names.reserve(columns.size());
    for (const QString& column : columns)
        names << u':' + column;
    return names;
}

QVariant StoreSupport::textOrNull(const QString& text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(trimmed);
}

QVariant StoreSupport::dateOrNull(const QDate& date)
{
    if (!date.isValid())
        return QVariant(QMetaType::fromType<QString>());
    // What QDate::toString(Qt::ISODate) writes, without the QString::asprintf behind it, which
    // costs more than the rest of binding a date: an import binds thousands.
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", date.year(), date.month(), date.day());
    return QString::fromLatin1(text);
}

QVariant StoreSupport::idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QDate StoreSupport::toDate(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

namespace {
struct Nesting
{
    int depth = 0;
    bool spoiled = false;
};
// Per connection; a connection is used from one thread.
Nesting& nestingOf(const QSqlDatabase& db)
{
    static QHash<QString, Nesting> nestings;
    return nestings[db.connectionName()];
}
const QString Savepoint = QStringLiteral("lanyard_unit");
} // namespace

StoreSupport::Transaction::Transaction(const QSqlDatabase& db)
    : m_db(db)
{
    Nesting& nesting = nestingOf(m_db);
    if (nesting.depth > 0) {
        ++nesting.depth;
        m_active = !nesting.spoiled;
        return;
    }
    QSqlQuery q(m_db);
    m_active = q.exec(u"SAVEPOINT "_s + Savepoint);
    if (!m_active) {
        qCWarning(lcStores) << Q_FUNC_INFO << q.lastError().nativeErrorCode() << q.lastError().driverText();
        return;
    }
    m_outermost = true;
    nesting = {1, false};
}

StoreSupport::Transaction::~Transaction()
{
    if (!m_active)
        return;
    Nesting& nesting = nestingOf(m_db);
    --nesting.depth;
    if (!m_outermost) {
        nesting.spoiled = true;
        return;
    }
    AuditLog::forgetUnsigned(m_db);
    QSqlQuery q(m_db);
    q.exec(u"ROLLBACK TO "_s + Savepoint);
    q.exec(u"RELEASE "_s + Savepoint);
}

bool StoreSupport::Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    Nesting& nesting = nestingOf(m_db);
    --nesting.depth;
    if (!m_outermost)
        return !nesting.spoiled;
    QSqlQuery q(m_db);
    // The audit entries this unit of work appended are signed inside it, so that they land with
    // their signature or not at all.
    const bool signedOk = nesting.spoiled || AuditLog::signAppended(m_db);
    if (nesting.spoiled || !signedOk || !q.exec(u"RELEASE "_s + Savepoint)) {
        AuditLog::forgetUnsigned(m_db);
        if (!nesting.spoiled && signedOk)
            qCWarning(lcStores) << Q_FUNC_INFO << q.lastError().nativeErrorCode()
                                << q.lastError().driverText();
        q.exec(u"ROLLBACK TO "_s + Savepoint);
        q.exec(u"RELEASE "_s + Savepoint);
        return false;
    }
    return true;
}
