#include "StoreSupport.h"

#include "storage/AuditLog.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStores, "lanyard.records")

bool StoreSupport::refuse(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

bool StoreSupport::sqlFailed(const QSqlQuery& query, const char* where, QString* error)
{
    const QSqlError e = query.lastError();
    qCWarning(lcStores) << where << e.nativeErrorCode() << e.driverText() << e.databaseText();
    return refuse(error, QCoreApplication::translate(
                             "StoreSupport", "Lanyard could not read or save this record. If another "
                                             "copy of Lanyard has the vault open, close it and try again."));
}

bool StoreSupport::audit(Vault& vault, const QString& table, qint64 id, const QString& action, QString* error)
{
    return AuditLog(vault).recordChange(table, id, action, error);
}

QList<qint64> StoreSupport::idsWhere(const QSqlDatabase& db, const QString& table, const QString& column,
                                     qint64 value)
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

QVariant StoreSupport::textOrNull(const QString& text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(trimmed);
}

QVariant StoreSupport::dateOrNull(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QVariant StoreSupport::idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QDate StoreSupport::toDate(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

StoreSupport::Transaction::Transaction(const QSqlDatabase& db)
    : m_db(db)
{
    static QAtomicInt counter;
    m_name = QStringLiteral("lanyard_%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlQuery q(m_db);
    m_active = q.exec(QStringLiteral("SAVEPOINT ") + m_name);
    if (!m_active)
        qCWarning(lcStores) << Q_FUNC_INFO << q.lastError().nativeErrorCode() << q.lastError().driverText();
}

StoreSupport::Transaction::~Transaction()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK TO ") + m_name);
    q.exec(QStringLiteral("RELEASE ") + m_name);
}

bool StoreSupport::Transaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("RELEASE ") + m_name)) {
        qCWarning(lcStores) << Q_FUNC_INFO << q.lastError().nativeErrorCode() << q.lastError().driverText();
        return false;
    }
    m_active = false;
    return true;
}
