#pragma once

#include "Command.h"
#include "domain/AcademicYear.h"
#include "storage/Vault.h"

#include <memory>

// A command that signs in to a school's vault: as --user with their passphrase, or with
// --recovery-key.
class VaultCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VaultCommand)
protected:
    VaultCommand(const QString& name, const QList<Synopsis>& synopses, const QString& description);

    // Who signs in: the holder of the recovery key, or a user with their passphrase.
    struct SignIn
    {
        std::optional<QString> recoveryKey;
        QString user;
        QByteArray passphrase;
    };
    // nullopt, with *exitCode, when no user is named or no passphrase can be had.
    std::optional<SignIn> signIn(int* exitCode);
    // A session whose user must still change their passphrase may only do that.
    std::unique_ptr<Vault> openVault(const QString& path, int* exitCode, bool passphraseChange = false);
    void addVaultArgument();

    // For the commands whose --year is an academic year.
    static QCommandLineOption academicYearOption();
    // --year ("2026/27"), or the one day falls in when not given; nullopt, with the mistake
    // printed, when it is written wrongly.
    std::optional<AcademicYear> academicYear(const QDate& day);
    // For the commands with --form: its id into *formId, left alone when not given; false and
    // *error for an unknown form.
    bool formOption(Vault& vault, qint64* formId, QString* error) const;
};
