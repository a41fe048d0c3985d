#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

class Vault;

// The school's settings: text values by key in the vault's settings table, so they travel with
// the vault and its backups. Keys are dotted, lower case: "backup.folder". The values are
// settings, never personal data. Callers check the role the setting needs (BackupController
// needs ManageSettings, Backup::write needs Backup); the store itself only reads and writes.
class SettingsStore final
{
    Q_DECLARE_TR_FUNCTIONS(SettingsStore)
public:
    explicit SettingsStore(Vault& vault);

    // fallback when the key is unset (or, for a number or a yes/no, holds something else).
    Result<QString> value(const QString& key, const QString& fallback = {}) const;
    Result<int> intValue(const QString& key, int fallback) const;
    Result<bool> boolValue(const QString& key, bool fallback) const;
    Result<bool> contains(const QString& key) const;

    bool setValue(const QString& key, const QString& value, QString* error = nullptr);
    bool setValue(const QString& key, int value, QString* error = nullptr);
    bool setValue(const QString& key, bool value, QString* error = nullptr);
    bool remove(const QString& key, QString* error = nullptr);

private:
    Vault& m_vault;
};
