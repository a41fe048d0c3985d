#pragma once

#include "storage/Vault.h"

#include <QTemporaryDir>

#include <memory>

// A fresh encrypted vault in its own temporary folder, with Argon2id at its minimum so tests
// stay fast. `*vault` is the Vault; the folder goes when the TestVault does.
class TestVault final
{
public:
    static inline const QString UserName = QStringLiteral("admin");
    static inline const QByteArray Passphrase = QByteArrayLiteral("correct horse battery staple");

    static std::unique_ptr<TestVault>
    create(const QString& schoolName = QStringLiteral("Test Primary School"));

    // So that `PupilStore store(*vault)` reads as it would with a plain Vault.
    operator Vault&() { return *m_vault; }
    Vault& operator*() { return *m_vault; }
    Vault* operator->() { return m_vault.get(); }
    Vault& vault() { return *m_vault; }

    QString path() const { return m_path; }
    QString folder() const { return m_dir.path(); }
    const QString& recoveryKey() const { return m_recoveryKey; }

    // Adds a user with this role (as the administrator) and returns a session signed in as them,
    // their first-sign-in passphrase change already made. Their passphrase is Passphrase too.
    // A governor has no session: their slot holds no vault key. Use addUser() for them.
    std::unique_ptr<Vault> signInAs(const QString& name, Role role);
    // Adds a user with this role and Passphrase, as the administrator, without signing them in.
    void addUser(const QString& name, Role role);
    std::unique_ptr<Vault> openAs(const QString& name);

    // Closes the vault and opens it again as the administrator.
    void reopen();
    void close() { m_vault.reset(); }

private:
    TestVault() = default;

    QTemporaryDir m_dir;
    QString m_path;
    QString m_recoveryKey;
    std::unique_ptr<Vault> m_vault;
};
