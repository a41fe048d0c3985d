#include "TestVault.h"
#include "records/UserStore.h"
#include "storage/AuditLog.h"
#include "storage/KeyRing.h"
#include "storage/SafeguardingAccess.h"
#include "storage/SafeguardingSeal.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSafeguardingSeal : public QObject
{
    Q_OBJECT

private:
    const QByteArray narrative = "Siân said an older boy asked her for photos on a game chat.";

    static QByteArray raw(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void nothingToSealWithUntilADslExists()
    {
        auto vault = TestVault::create();
        auto head = vault->signInAs(u"head"_s, Role::Head);
        QVERIFY(!SafeguardingSeal(*head).isAvailable());
        auto dsl = vault->signInAs(u"dsl"_s, Role::Dsl);
        QVERIFY(SafeguardingSeal(*dsl).isAvailable());
    }

    void sealAndUnsealByEveryRole()
    {
        auto vault = TestVault::create();
        // The head is added first; the first DSL holds the key when it is made, and gives it to the head.
        auto head = vault->signInAs(u"head"_s, Role::Head);
        auto dsl = vault->signInAs(u"dsl"_s, Role::Dsl);
        QVERIFY(SafeguardingAccess(*dsl).grant(u"head"_s));
        head = vault->openAs(u"head"_s);
        QString error;
        const auto sealed = SafeguardingSeal(*dsl).seal(narrative, &error);
        QVERIFY2(sealed, qPrintable(error));
        QVERIFY(!sealed->contains("older boy"));

        QCOMPARE(SafeguardingSeal(*dsl).unseal(*sealed, u"concerns"_s, 7, &error).value_or(QByteArray()),
                 narrative);
        QCOMPARE(SafeguardingSeal(*head).unseal(*sealed, u"concerns"_s, 7, &error).value_or(QByteArray()),
                 narrative);
        QVERIFY(!SafeguardingSeal(*head).seal(narrative,
                                              &error)); // reads everything, writes nothing safeguarding
        QVERIFY(error.contains(u"does not allow recording safeguarding"_s));

        const QList<std::pair<QString, Role>> others{{u"clerk"_s, Role::Office}, {u"tech"_s, Role::It}};
        for (const auto& [name, role] : others) {
            auto session = vault->signInAs(name, role);
            QVERIFY(!SafeguardingSeal(*session).unseal(*sealed, u"concerns"_s, 7, &error));
            QCOMPARE(error, Roles::refusal(role, Permission::ReadSafeguarding));
            QVERIFY(session->safeguardingSecretKey().isEmpty());
        }
        QVERIFY(!SafeguardingSeal(*vault).unseal(*sealed, u"concerns"_s, 7, &error));
        QVERIFY(vault->vault().safeguardingSecretKey().isEmpty());

        // Each unsealing is in the audit trail, and no refused attempt is.
        const auto reads = AuditLog(*vault).list({{}, {}, {}, u"concerns"_s, 7, 100});
        QVERIFY2(reads, qPrintable(reads.error()));
        QCOMPARE(reads->size(), 2);
        QCOMPARE(reads->at(0).action, u"read_sealed"_s);
    }

    void theVaultKeyAloneCannotUnseal()
    {
        auto vault = TestVault::create();
        auto dsl = vault->signInAs(u"dsl"_s, Role::Dsl);
        const SecureBytes& secret = dsl->safeguardingSecretKey();
        QVERIFY(!secret.isEmpty());
        const QByteArray secretBytes = secret.view().toByteArray();
        // The recovery key opens everything an administrator could: not the safeguarding key.
        VaultError error;
        auto recovery = Vault::openWithRecoveryKey(vault->path(), vault->recoveryKey(), &error);
        QVERIFY(recovery);
        QVERIFY(recovery->safeguardingSecretKey().isEmpty());
        dsl.reset();
        recovery.reset();
        vault->close();
        for (const QString& file :
             QStringList{vault->path(), vault->path() + u"-wal"_s, KeyRing::pathFor(vault->path())}) {
            const QByteArray bytes = raw(file);
            QVERIFY(!bytes.contains(secretBytes));
            QVERIFY(!bytes.contains(secretBytes.toBase64()));
            QVERIFY(!bytes.contains(secretBytes.toHex()));
        }
    }

    void laterDslGetsTheKeyFromAnotherDsl()
    {
        auto vault = TestVault::create();
        auto first = vault->signInAs(u"dsl"_s, Role::Dsl);
        const auto sealed = SafeguardingSeal(*first).seal(narrative);
        first.reset();
        // The administrator adds a deputy but cannot give them a key the administrator lacks.
        auto deputy = vault->signInAs(u"deputy"_s, Role::Dsl);
        QString error;
        QVERIFY(!SafeguardingSeal(*deputy).unseal(*sealed, u"concerns"_s, 1, &error));
        QVERIFY(error.contains(u"does not yet hold"_s));
        deputy.reset();
        first = vault->openAs(u"dsl"_s); // the lead DSL signs in, and says yes
        QVERIFY(SafeguardingAccess(*first).grant(u"deputy"_s, &error));
        deputy = vault->openAs(u"deputy"_s);
        QCOMPARE(SafeguardingSeal(*deputy).unseal(*sealed, u"concerns"_s, 1, &error).value_or(QByteArray()),
                 narrative);
    }

    void ownPassphraseChangeKeepsTheKey()
    {
        auto vault = TestVault::create();
        auto dsl = vault->signInAs(u"dsl"_s, Role::Dsl);
        const auto sealed = SafeguardingSeal(*dsl).seal(narrative);
        QVERIFY(dsl->setPassphrase(u"dsl"_s, "a different passphrase", KdfLimits::minimum()));
        dsl.reset();
        VaultError error;
        dsl = Vault::open(vault->path(), u"dsl"_s, "a different passphrase", &error);
        QVERIFY(dsl);
        QCOMPARE(SafeguardingSeal(*dsl).unseal(*sealed, u"concerns"_s, 1).value_or(QByteArray()), narrative);
    }

    void damagedSealRefused()
    {
        auto vault = TestVault::create();
        auto dsl = vault->signInAs(u"dsl"_s, Role::Dsl);
        QByteArray sealed = *SafeguardingSeal(*dsl).seal(narrative);
        sealed[sealed.size() / 2] = char(sealed[sealed.size() / 2] ^ 0x01);
        QString error;
        QVERIFY(!SafeguardingSeal(*dsl).unseal(sealed, u"concerns"_s, 1, &error));
        QVERIFY(error.contains(u"damaged"_s));
    }
};

QTEST_GUILESS_MAIN(TestSafeguardingSeal)
#include "tst_safeguardingseal.moc"
