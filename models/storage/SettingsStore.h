#pragma once

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

    // fallback when the key is unset; fallback and *error when it cannot be read.
    QString value(const QString& key, const QString& fallback = {}, QString* error = nullptr) const;
    int intValue(const QString& key, int fallback, QString* error = nullptr) const;
    bool boolValue(const QString& key, bool fallback, QString* error = nullptr) const;
    bool contains(const QString& key, QString* error = nullptr) const;

    bool setValue(const QString& key, const QString& value, QString* error = nullptr);
    bool setValue(const QString& key, int value, QString* error = nullptr);
    bool setValue(const QString& key, bool value, QString* error = nullptr);
    bool remove(const QString& key, QString* error = nullptr);

private:
    Vault& m_vault;
};
