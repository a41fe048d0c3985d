#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

// Numbered schema steps. Each runs in one transaction and is recorded in schema_version, so a
// crash mid-step leaves the vault at the previous version.
struct Migration
{
    int version = 0;
    QStringList statements;
};

class Migrations final
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)
public:
    enum class Outcome
    {
        Ok,
        Failed,
        NewerVault
    };

    static const QList<Migration>& all();
    static int latest();
    static int currentVersion(const QSqlDatabase& db);
    static Outcome apply(QSqlDatabase& db, QString* error = nullptr);
    // The steps are a parameter so tests can run failing or future migrations.
    static Outcome apply(QSqlDatabase& db, const QList<Migration>& steps, QString* error = nullptr);
};
