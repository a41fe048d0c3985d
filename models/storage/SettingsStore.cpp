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

Result<QString> SettingsStore::value(const QString& key, const QString& fallback) const
{
    QSqlQuery q(m_vault.database());
    q.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    q.addBindValue(key);
    if (!q.exec())
        return readFailed(q, Q_FUNC_INFO);
    return q.next() ? q.value(0).toString() : fallback;
}

Result<int> SettingsStore::intValue(const QString& key, int fallback) const
{
    const auto text = value(key);
    if (!text)
        return Failure{text.error()};
    bool ok = false;
    const int number = text->toInt(&ok);
    return ok ? number : fallback;
}

Result<bool> SettingsStore::boolValue(const QString& key, bool fallback) const
{
    const auto text = value(key);
    if (!text)
        return Failure{text.error()};
    if (*text == u"1"_s)
        return true;
    if (*text == u"0"_s)
        return false;
    return fallback;
}

Result<bool> SettingsStore::contains(const QString& key) const
{
    QSqlQuery q(m_vault.database());
    q.prepare(u"SELECT 1 FROM settings WHERE key = ?"_s);
    q.addBindValue(key);
    if (!q.exec())
        return readFailed(q, Q_FUNC_INFO);
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
