#pragma once

#include "domain/AcademicYear.h"
#include "storage/Vault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <memory>

// lanyard-cli: the same stores as the window, for scripts, scheduled jobs and tests.
class Cli final
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    enum Exit
    {
        Ok = 0,
        Refused = 1,
        Usage = 2,
        WrongCredentials = 3,
        Damaged = 4
    };

    Cli();
    int run(const QStringList& arguments);

private:
    int init(const QString& path);
    int demo(const QString& path);
    int list(const QString& what, const QString& path);
    int importRoll(const QStringList& args, const QStringList& arguments);
    int exportRoll(const QString& what, const QString& path);
    int backup(const QString& path, const QString& destination);
    int restore(const QString& backupFile, const QString& path);
    int verify(const QString& path);
    int user(const QString& action, const QStringList& args);
    int aup(const QString& action, const QStringList& args);
    int report(const QString& kind, const QString& path);
    int aupList(Vault& vault, const AcademicYear& year, const QString& format);
    int aupStaffSigned(Vault& vault, const QString& staff, const AcademicYear& year, const QDate& signedOn);

    // --year as an academic year ("2026/27"), or the one containing day when not given; nullopt
    // when given wrongly.
    std::optional<AcademicYear> academicYear(const QDate& day) const;
    // --form's id into *formId, left alone when not given; false and *error for an unknown form.
    bool formOption(Vault& vault, qint64* formId, QString* error) const;
    void warnPlainText(const QString& file);

    int usage(const QString& message);
    int refuse(const QString& message, Exit code = Refused);
    int failed(const VaultError& error);
    // A session whose user must still change their passphrase may only do that.
    std::unique_ptr<Vault> openVault(const QString& path, int* exitCode, bool passphraseChange = false);
    // A secret from a file's first line, an environment variable, or a prompt on a terminal.
    std::optional<QByteArray> secret(const QString& fileOption, const char* environment,
                                     const QString& prompt, bool confirm);
    QString userName() const;

    QCommandLineParser m_parser;
    QTextStream m_out;
    QTextStream m_err;
};
