#pragma once

#include "storage/Vault.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QString>

// What an insider with the vault key types in the sqlcipher shell, for tests that try it.
namespace VaultSql {

// Runs one statement; a failure is logged with the SQL, so the test that relied on it says why.
inline bool exec(Vault& vault, const QString& sql)
{
    QSqlQuery q(vault.database());
    if (q.exec(sql))
        return true;
    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return false;
}

// The first column of the first row, or -1 when there is none.
inline qint64 scalar(Vault& vault, const QString& sql)
{
    QSqlQuery q(vault.database());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace VaultSql
