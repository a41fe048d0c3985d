#pragma once

#include "domain/Result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

class Vault;

// Small helpers every store shares: errors for people, NULL for empty.
namespace StoreSupport {

// Sets *error and returns false, so a check reads `return refuse(error, tr("…"));`.
bool refuse(QString* error, const QString& message);
// Logs the SQL failure (never its bound values) and gives the user a message they can act on:
// message, or a general one when it is empty.
bool sqlFailed(const QSqlQuery& query, const char* where, QString* error, const QString& message = {});
// The same for a read that failed.
Failure readFailed(const QSqlQuery& query, const char* where, const QString& message = {});

// Appends the change to one row to the audit trail; call it inside the write's Transaction.
bool audit(Vault& vault, const QString& table, qint64 id, const QString& action, QString* error);
// The same after an insert or update that set every column but id to these values: the entry is
// hashed from them instead of from the row read back (AuditLog::recordWrite says what must hold).
bool audit(Vault& vault, const QString& table, qint64 id, const QString& action, const QStringList& columns,
           const QVariantList& values, QString* error);
// Rows of another table that point at a removed row: the vault's foreign key removes them (ON
// DELETE CASCADE) or clears the pointer (ON DELETE SET NULL), and either is a change to audit.
struct Dependent
{
    enum class OnDelete
    {
        Cascade,
        SetNull,
    };
    QString table;
    QString column; // the foreign key
    OnDelete onDelete = OnDelete::Cascade;
};
// Deletes row id of table and audits the deletion, after a change entry for each dependent row the
// delete took with it or changed. Call it inside the write's Transaction.
bool removeWithCascade(Vault& vault, const QString& table, qint64 id, const QList<Dependent>& dependents,
                       QString* error);
// Deletes every row of table whose column holds value, such as a set about to be written again
// whole, and audits the deletion of each. Call it inside the write's Transaction.
bool removeWhere(Vault& vault, const QString& table, const QString& column, qint64 value, QString* error);

// ":name" for each column, to bind by name: Qt binds a positional "?" through a QString::arg of
// its position, which costs more than the value, and an import binds tens of thousands.
QStringList placeholders(const QStringList& columns);

QVariant textOrNull(const QString& text);
QVariant dateOrNull(const QDate& date);
QVariant idOrNull(qint64 id);
QDate toDate(const QVariant& value);

// A unit of work that nests: the outermost is a savepoint (a transaction of its own when none is
// open); those inside it join it rather than open savepoints of their own, which SQLCipher would
// journal and encrypt a second time. An inner one that is not committed spoils the outer one,
// which then rolls back instead of committing: a half-done write never lands. The outermost one
// signs the audit entries appended inside it as it commits (AuditLog::signAppended).
class Transaction final
{
public:
    explicit Transaction(const QSqlDatabase& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_outermost = false;
    bool m_active = false;
};

} // namespace StoreSupport
