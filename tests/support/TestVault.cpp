#include "TestVault.h"

#include "records/UserStore.h"

#include <QTest>

using namespace Qt::StringLiterals;

std::unique_ptr<TestVault> TestVault::create(const QString& schoolName)
{
    std::unique_ptr<TestVault> test(new TestVault);
    if (!test->m_dir.isValid())
        qFatal("TestVault: no temporary folder");
    test->m_path = test->m_dir.filePath(u"test.lanyard"_s);
    SecureBytes recovery;
    VaultError error;
    test->m_vault =
        Vault::create(test->m_path, {schoolName, UserName, u"Test Administrator"_s, KdfLimits::minimum()},
                      Passphrase, &recovery, &error);
    if (!test->m_vault)
        qFatal("TestVault: %s", qPrintable(error.message));
    test->m_recoveryKey = Vault::formatRecoveryKey(recovery);
    return test;
}

void TestVault::reopen()
{
    m_vault.reset();
    VaultError error;
    m_vault = Vault::open(m_path, UserName, Passphrase, &error);
    if (!m_vault)
        qFatal("TestVault: reopen failed: %s", qPrintable(error.message));
}

void TestVault::addUser(const QString& name, Role role)
{
    UserAccount account{0, name, name, role, true, false, {}};
    QString error;
    if (!UserStore(*m_vault).add(account, Passphrase, KdfLimits::minimum(), &error))
        qFatal("TestVault: cannot add %s: %s", qPrintable(name), qPrintable(error));
}

std::unique_ptr<Vault> TestVault::signInAs(const QString& name, Role role)
{
    if (role == Role::Governor)
        qFatal("TestVault: a governor cannot sign in to the vault; use addUser()");
    addUser(name, role);
    auto session = openAs(name);
    QString error;
    if (!session->setPassphrase(name, Passphrase, KdfLimits::minimum(), &error))
        qFatal("TestVault: first passphrase change failed: %s", qPrintable(error));
    return session;
}

std::unique_ptr<Vault> TestVault::openAs(const QString& name)
{
    VaultError error;
    auto session = Vault::open(m_path, name, Passphrase, &error);
    if (!session)
        qFatal("TestVault: %s cannot sign in: %s", qPrintable(name), qPrintable(error.message));
    return session;
}
