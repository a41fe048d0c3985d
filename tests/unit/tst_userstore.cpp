#include "TestVault.h"
#include "records/UserStore.h"
#include "storage/KeyRing.h"

#include <QFile>
#include <QSqlQuery>

#include <QTest>

using namespace Qt::StringLiterals;

class TestUserStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addedUserMustChangePassphraseFirst()
    {
        auto vault = TestVault::create();
        UserStore users(*vault);
        UserAccount clerk{0, u"clerk"_s, u"Siân Pritchard"_s, Role::Office, false, false, {}};
        QString error;
        QVERIFY2(users.add(clerk, "first passphrase", KdfLimits::minimum(), &error), qPrintable(error));
        QVERIFY(clerk.id > 0);
        QVERIFY(clerk.mustChangePassphrase);

        VaultError openError;
        auto session = Vault::open(vault->path(), u"clerk"_s, "first passphrase", &openError);
        QVERIFY2(session, qPrintable(openError.message));
        QCOMPARE(session->user().role, Role::Office);
        QVERIFY(session->user().mustChangePassphrase);
        QVERIFY(session->setPassphrase(u"clerk"_s, "her own passphrase", KdfLimits::minimum(), &error));
        session.reset();
        session = Vault::open(vault->path(), u"clerk"_s, "her own passphrase", &openError);
        QVERIFY(session);
        QVERIFY(!session->user().mustChangePassphrase);
    }

    void refusesBadAndDuplicateUsers()
    {
        auto vault = TestVault::create();
        UserStore users(*vault);
        QString error;
        UserAccount bad{0, u"x"_s, u"X"_s, Role::Office, true, false, {}};
        QVERIFY(!users.add(bad, "long enough pass", KdfLimits::minimum(), &error));
        QVERIFY(error.contains(u"2 to 32"_s));
        UserAccount noName{0, u"j.evans"_s, u""_s, Role::Office, true, false, {}};
        QVERIFY(!users.add(noName, "long enough pass", KdfLimits::minimum(), &error));
        QVERIFY(error.contains(u"full name"_s));
        UserAccount shortPass{0, u"j.evans"_s, u"Jo Evans"_s, Role::Office, true, false, {}};
        QVERIFY(!users.add(shortPass, "short", KdfLimits::minimum(), &error));
        QVERIFY(error.contains(u"at least 8"_s));
        UserAccount clash{0, u"ADMIN"_s, u"Another"_s, Role::Office, true, false, {}};
        QVERIFY(!users.add(clash, "long enough pass", KdfLimits::minimum(), &error));
        QVERIFY(error.contains(u"already a user called ADMIN"_s));
        QCOMPARE(users.list()->size(), 1);
    }

    void lastAdministratorStays()
    {
        auto vault = TestVault::create();
        UserStore users(*vault);
        QString error;
        SecureBytes key;
        QVERIFY(!users.remove(TestVault::UserName, &key, &error));
        QVERIFY(error.contains(u"last administrator"_s));
        QVERIFY(!users.setDisabled(TestVault::UserName, true, &key, &error));
        QVERIFY(error.contains(u"last administrator"_s));

        UserAccount second{0, u"deputy"_s, u"Deputy Admin"_s, Role::Administrator, true, false, {}};
        QVERIFY(users.add(second, "long enough pass", KdfLimits::minimum(), &error));
        QVERIFY2(users.setDisabled(u"deputy"_s, true, &key, &error), qPrintable(error));
        QVERIFY(!users.remove(TestVault::UserName, &key, &error)); // deputy is disabled: still the last
        QVERIFY(users.setDisabled(u"deputy"_s, false, &key, &error));
        QVERIFY2(users.remove(TestVault::UserName, &key, &error), qPrintable(error));
        QCOMPARE(users.list()->size(), 1);
    }

    void disabledAndRemovedUsersCannotSignIn()
    {
        auto vault = TestVault::create();
        auto clerk = vault->signInAs(u"clerk"_s, Role::Office);
        clerk.reset();
        UserStore users(*vault);
        SecureBytes key;
        QVERIFY(users.setDisabled(u"clerk"_s, true, &key));
        VaultError error;
        QVERIFY(!Vault::open(vault->path(), u"clerk"_s, TestVault::Passphrase, &error));
        QCOMPARE(error.kind, VaultError::Kind::WrongCredentials);
        QVERIFY(users.setDisabled(u"clerk"_s, false, &key));
        QVERIFY(vault->vault().setPassphrase(u"clerk"_s, TestVault::Passphrase, KdfLimits::minimum()));
        QVERIFY(Vault::open(vault->path(), u"clerk"_s, TestVault::Passphrase, &error));
        QVERIFY(users.remove(u"clerk"_s, &key));
        QVERIFY(!Vault::open(vault->path(), u"clerk"_s, TestVault::Passphrase, &error));
        QCOMPARE(users.list()->size(), 1);
    }

    // The insider's try: a leaver keeps a copy of the key ring, with their slot in it, and the
    // recovery key they once saw. Neither opens the vault once they are removed.
    void aRemovedUsersKeptSlotAndTheOldRecoveryKeyOpenNothing()
    {
        auto vault = TestVault::create();
        vault->signInAs(u"leaver"_s, Role::Office);
        const QString ringPath = KeyRing::pathFor(vault->path());
        const QString kept = vault->folder() + u"/kept-keys"_s;
        QVERIFY(QFile::copy(ringPath, kept));
        KeyRing keptRing;
        QVERIFY(keptRing.load(kept));
        const auto keptKeys = keptRing.unlock(u"leaver"_s, TestVault::Passphrase);
        QVERIFY(keptKeys && !keptKeys->vaultKey.isEmpty());

        SecureBytes newKey;
        QString error;
        QVERIFY2(UserStore(*vault).remove(u"leaver"_s, &newKey, &error), qPrintable(error));
        QCOMPARE(Vault::formatRecoveryKey(newKey).size(), 71);
        QVERIFY(Vault::formatRecoveryKey(newKey) != vault->recoveryKey());

        // The kept slot's key, tried as a recovery key, and the old recovery key: both refused.
        VaultError refused;
        QVERIFY(!Vault::openWithRecoveryKey(vault->path(), Vault::formatRecoveryKey(keptKeys->vaultKey),
                                            &refused));
        QCOMPARE(refused.kind, VaultError::Kind::WrongCredentials);
        QVERIFY(!Vault::openWithRecoveryKey(vault->path(), vault->recoveryKey(), &refused));
        QCOMPARE(refused.kind, VaultError::Kind::WrongCredentials);
        // The kept key ring put back in place: the slot opens, the key it yields does not.
        QVERIFY(QFile::remove(ringPath) && QFile::copy(kept, ringPath));
        QVERIFY(!Vault::open(vault->path(), u"leaver"_s, TestVault::Passphrase, &refused));
        QCOMPARE(refused.kind, VaultError::Kind::Damaged);
        // The new recovery key opens it, and the change is in the trail.
        auto recovered =
            Vault::openWithRecoveryKey(vault->path(), Vault::formatRecoveryKey(newKey), &refused);
        QVERIFY2(recovered, qPrintable(refused.message));
        QSqlQuery q(recovered->database());
        QVERIFY(q.exec(u"SELECT count(*) FROM audit_log WHERE action = 'change_vault_key'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void onlyAdministratorsManageUsers()
    {
        auto vault = TestVault::create();
        auto clerk = vault->signInAs(u"clerk"_s, Role::Office);
        UserStore asClerk(*clerk);
        QString error;
        UserAccount sneaky{0, u"sneaky"_s, u"Sneaky"_s, Role::Administrator, true, false, {}};
        QVERIFY(!asClerk.add(sneaky, "long enough pass", KdfLimits::minimum(), &error));
        QCOMPARE(error, u"Your role (Office) does not allow managing users."_s);
        QVERIFY(!asClerk.list());
        QVERIFY(!asClerk.remove(TestVault::UserName, nullptr, &error));
        QVERIFY(!clerk->setPassphrase(TestVault::UserName, "taken over now", KdfLimits::minimum(), &error));
        QCOMPARE(UserStore(*vault).list()->size(), 2);
        // Their own passphrase is theirs to change.
        QVERIFY2(clerk->setPassphrase(u"clerk"_s, "a better passphrase", KdfLimits::minimum(), &error),
                 qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestUserStore)
#include "tst_userstore.moc"
