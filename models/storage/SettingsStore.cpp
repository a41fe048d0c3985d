#include "SettingsStore.h"

#include "StoreSupport.h"
#include "Vault.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace StoreSupport;

SettingsStore::SettingsStore(Vault& vault)
    : m_vault(vault)
{
}

QString SettingsStore::value(const QString& key, const QString& fallback, QString* error) const
{
    QSqlQuery q(m_vault.database());
    q.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    q.addBindValue(key);
    if (!q.exec()) {
        sqlFailed(q, Q_FUNC_INFO, error);
        return fallback;
    }
    return q.next() ? q.value(0).toString() : fallback;
}

int SettingsStore::intValue(const QString& key, int fallback, QString* error) const
{
    bool ok = false;
    const int number = value(key, QString(), error).toInt(&ok);
    return ok ? number : fallback;
}

bool SettingsStore::boolValue(const QString& key, bool fallback, QString* error) const
{
    const QString text = value(key, QString(), error);
    if (text == u"1"_s)
        return true;
    if (text == u"0"_s)
        return false;
    return fallback;
}

bool SettingsStore::contains(const QString& key, QString* error) const
{
    QSqlQuery q(m_vault.database());
    q.prepare(u"SELECT 1 FROM settings WHERE key = ?"_s);
    q.addBindValue(key);
    if (!q.exec())
        return sqlFailed(q, Q_FUNC_INFO, error);
    return q.next();
}

bool SettingsStore::setValue(const QString& key, const QString& value, QString* error)
{
    if (key.trimmed().isEmpty())
        return refuse(error, tr("A setting needs a name."));
    // SQLite 3.15 has no UPSERT; REPLACE is the same for a table with only a key and a value.
    QSqlQuery q(m_vault.database());
    q.prepare(u"INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"_s);
    q.addBindValue(key);
    q.addBindValue(value.isNull() ? u""_s : value); // a null QString would bind as NULL
    return q.exec() || sqlFailed(q, Q_FUNC_INFO, error);
}

bool SettingsStore::setValue(const QString& key, int value, QString* error)
{
    return setValue(key, QString::number(value), error);
}

bool SettingsStore::setValue(const QString& key, bool value, QString* error)
{
    return setValue(key, value ? u"1"_s : u"0"_s, error);
}

bool SettingsStore::remove(const QString& key, QString* error)
{
    QSqlQuery q(m_vault.database());
    q.prepare(u"DELETE FROM settings WHERE key = ?"_s);
    q.addBindValue(key);
    return q.exec() || sqlFailed(q, Q_FUNC_INFO, error);
}
