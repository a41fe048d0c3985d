#include "TestVault.h"

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
