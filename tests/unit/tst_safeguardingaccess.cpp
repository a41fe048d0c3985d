#include "TestVault.h"
#include "records/UserStore.h"
#include "storage/AuditLog.h"
#include "storage/KeyRing.h"
#include "storage/SafeguardingAccess.h"
#include "storage/SafeguardingSeal.h"

#include <QSqlQuery>
#include <QTest>

#include <sodium.h>

using namespace Qt::StringLiterals;

// DESIGN §2: a safeguarding grant is always made by a person who already holds the key.
class TestSafeguardingAccess : public QObject
{
    Q_OBJECT

private:
    static bool holds(TestVault& vault, const QString& name)
    {
        KeyRing ring;
        return ring.load(KeyRing::pathFor(vault.path())) && ring.holdsSafeguarding(name);
    }

    static QStringList names(const Result<QList<SafeguardingAccess::Candidate>>& candidates)
    {
        QStringList result;
        for (const auto& c : candidates.valueOr({}))
            result << c.name;
        return result;
    }

private Q_SLOTS:
    // The insider's try: an administrator adds a DSL account and its holder signs in. Nothing is
    // sealed to it until the DSL who holds the key says yes, and the yes is in the trail.
    void anAdministratorsNewDslWaitsForAHoldersYes()
    {
        auto vault = TestVault::create();
        vault->signInAs(u"lead"_s, Role::Dsl); // the first DSL: the key is made for them
        QVERIFY(holds(*vault, u"lead"_s));

        vault->signInAs(u"newdsl"_s, Role::Dsl); // added by the administrator, and signed in
        auto newDsl = vault->openAs(u"newdsl"_s);
        QVERIFY(newDsl->safeguardingSecretKey().isEmpty());
        QVERIFY(!holds(*vault, u"newdsl"_s));
        vault->openAs(u"lead"_s); // a holder's sign-in alone gives nothing
        QVERIFY(!holds(*vault, u"newdsl"_s));

        auto lead = vault->openAs(u"lead"_s);
        SafeguardingAccess access(*lead);
        const auto waiting = access.waiting();
        QVERIFY2(waiting, qPrintable(waiting.error()));
        QCOMPARE(names(waiting), QStringList{u"newdsl"_s});
        QCOMPARE(waiting->constFirst().addedBy, TestVault::UserName);
        QCOMPARE(waiting->constFirst().addedAt.date(), QDateTime::currentDateTimeUtc().date());
        QCOMPARE(waiting->constFirst().role, Role::Dsl);

        QString error;
        QVERIFY2(access.grant(u"newdsl"_s, &error), qPrintable(error));
        QVERIFY(holds(*vault, u"newdsl"_s));
        QVERIFY(!vault->openAs(u"newdsl"_s)->safeguardingSecretKey().isEmpty());
        QVERIFY(names(access.waiting()).isEmpty());

        const auto trail = AuditLog(*vault).list({.entity = u"users"_s});
        QVERIFY2(trail, qPrintable(trail.error()));
        const auto grant = std::find_if(trail->cbegin(), trail->cend(), [](const AuditLog::Entry& e) {
            return e.action == u"grant_safeguarding"_s;
        });
        QVERIFY(grant != trail->cend());
        QCOMPARE(grant->userName, u"lead"_s);
    }

    void onlyAHolderMayGrant()
    {
        auto vault = TestVault::create();
        vault->signInAs(u"lead"_s, Role::Dsl);
        auto head = vault->signInAs(u"head"_s, Role::Head);
        vault->signInAs(u"deputy"_s, Role::Dsl);
        QString error;
        QVERIFY(!SafeguardingAccess(*head).grant(u"deputy"_s, &error));
        QCOMPARE(
            error,
            u"You do not hold the safeguarding key, so you cannot give it. Ask a DSL or the head who does."_s);
        QVERIFY(!SafeguardingAccess(*vault).grant(u"deputy"_s, &error)); // the administrator
        QCOMPARE(error, u"Your role (Administrator) does not allow reading safeguarding records."_s);
        QVERIFY(!holds(*vault, u"deputy"_s));
    }

    // "Never" is not asked again; "Not now" is simply nothing done.
    void neverIsNotAskedAgain()
    {
        auto vault = TestVault::create();
        vault->signInAs(u"lead"_s, Role::Dsl);
        vault->signInAs(u"head"_s, Role::Head);
        vault->signInAs(u"deputy"_s, Role::Dsl);
        auto lead = vault->openAs(u"lead"_s);
        QCOMPARE(names(SafeguardingAccess(*lead).waiting()), (QStringList{u"deputy"_s, u"head"_s}));
        QVERIFY(SafeguardingAccess(*lead).decline(u"head"_s));
        lead = vault->openAs(u"lead"_s);
        QCOMPARE(names(SafeguardingAccess(*lead).waiting()), QStringList{u"deputy"_s});
        QString error;
        QVERIFY(!SafeguardingAccess(*lead).grant(u"head"_s, &error));
        QVERIFY(error.startsWith(u"head cannot be given safeguarding access"_s));
    }

    // The insider's try: a deputy DSL keeps the safeguarding secret key they held, and leaves.
    // Once the lead signs in, the key pair is new: the kept key opens no record key, and the
    // records still open for the lead, their content untouched.
    void aLeavingDslsKeptKeyOpensNoRecordKey()
    {
        auto vault = TestVault::create();
        auto lead = vault->signInAs(u"lead"_s, Role::Dsl);
        vault->signInAs(u"deputy"_s, Role::Dsl);
        QVERIFY(SafeguardingAccess(*lead).grant(u"deputy"_s));
        const QByteArray narrative = "She said the messages came at night.";
        const auto sealed = SafeguardingSeal(*lead).seal(narrative);
        QVERIFY(sealed);
        KeyRing before;
        QVERIFY(before.load(KeyRing::pathFor(vault->path())));
        const auto kept = before.unlock(u"deputy"_s, TestVault::Passphrase);
        QVERIFY(kept && !kept->safeguardingSecretKey.isEmpty());

        SecureBytes recoveryKey;
        QString error;
        QVERIFY2(UserStore(*vault).remove(u"deputy"_s, &recoveryKey, &error), qPrintable(error));
        KeyRing due;
        QVERIFY(due.load(KeyRing::pathFor(vault->path())));
        QVERIFY(due.safeguardingRotationDue()); // the administrator does not hold the key

        lead = vault->openAs(u"lead"_s);
        KeyRing after;
        QVERIFY(after.load(KeyRing::pathFor(vault->path())));
        QVERIFY(!after.safeguardingRotationDue());
        QVERIFY(after.safeguardingPublicKey() != before.safeguardingPublicKey());
        QCOMPARE(SafeguardingSeal(*lead).unseal(*sealed, u"concerns"_s, 1, &error).value_or(QByteArray()),
                 narrative);

        QSqlQuery q(lead->database());
        QVERIFY(q.exec(u"SELECT wrapped FROM seal_keys"_s));
        int rows = 0;
        while (q.next()) {
            ++rows;
            const QByteArray wrapped = q.value(0).toByteArray();
            QByteArray recordKey(wrapped.size() - qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
            unsigned char keptPublic[crypto_box_PUBLICKEYBYTES];
            crypto_scalarmult_base(keptPublic, kept->safeguardingSecretKey.data());
            QCOMPARE(crypto_box_seal_open(reinterpret_cast<unsigned char*>(recordKey.data()),
                                          reinterpret_cast<const unsigned char*>(wrapped.constData()),
                                          std::size_t(wrapped.size()), keptPublic,
                                          kept->safeguardingSecretKey.data()),
                     -1);
        }
        QCOMPARE(rows, 1);
        QVERIFY(q.exec(u"SELECT count(*) FROM audit_log WHERE action = 'rotate_safeguarding_key'"_s) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    // The insider's other try: an office account whose role is made "dsl" in the sqlcipher shell.
    // Its row no longer matches its last entry, so it is never offered, and a grant is refused.
    void aRoleChangedOutsideLanyardIsNeverOffered()
    {
        auto vault = TestVault::create();
        vault->signInAs(u"lead"_s, Role::Dsl);
        vault->signInAs(u"clerk"_s, Role::Office);
        QSqlQuery q((*vault)->database());
        QVERIFY(q.exec(u"UPDATE users SET role = 'dsl' WHERE name = 'clerk'"_s));
        auto lead = vault->openAs(u"lead"_s);
        QVERIFY(names(SafeguardingAccess(*lead).waiting()).isEmpty());
        QString error;
        QVERIFY(!SafeguardingAccess(*lead).grant(u"clerk"_s, &error));
        QCOMPARE(error,
                 u"clerk cannot be given safeguarding access: the account must be an enabled DSL or head, "
                 u"not holding it already, and unchanged since Lanyard last recorded it."_s);
        QVERIFY(!holds(*vault, u"clerk"_s));
    }
};

QTEST_GUILESS_MAIN(TestSafeguardingAccess)
#include "tst_safeguardingaccess.moc"
