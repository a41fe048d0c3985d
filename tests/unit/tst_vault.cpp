#include "TestVault.h"
#include "records/PupilStore.h"
#include "records/UserStore.h"
#include "storage/AuditLog.h"
#include "storage/KeyRing.h"
#include "storage/Vault.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

#include <sodium.h>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

class TestVaultStorage : public QObject
{
    Q_OBJECT

private:
    // The mode bits, as ls -l shows them.
    static mode_t modeOf(const QString& path)
    {
        struct stat info
        {
        };
        return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_mode & 07777 : 0;
    }
    static inline const QString LostKeyRing =
        u"The key ring test.lanyard-keys is missing or damaged. Open the vault with its recovery key and add "
        "the users again."_s;

    // The vault, its key ring and the -wal and -shm files SQLite keeps while it is open.
    static QStringList filesOf(const QString& path)
    {
        return {path, path + u"-wal"_s, path + u"-shm"_s, KeyRing::pathFor(path)};
    }

    static QByteArray rawBytes(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static void addPupil(Vault& vault, const QString& surname)
    {
        Pupil p;
        p.legalForename = u"Siân"_s;
        p.surname = surname;
        p.dateOfBirth = QDate(2018, 3, 14);
        p.yearGroup = *YearGroup::parse(u"3"_s);
        QString error;
        QVERIFY2(PupilStore(vault).save(p, &error), qPrintable(error));
    }

private:
    // Puts back, for the governor gwen, a slot as Lanyard wrote it before governors held only the
    // figures: the vault key and a box secret key, under Argon2id of the passphrase. Returns the
    // slot's box public key.
    static QByteArray oldGovernorSlot(TestVault& vault)
    {
        vault.addUser(u"gwen"_s, Role::Governor);
        const QString ringPath = KeyRing::pathFor(vault.path());
        QFile file(ringPath);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonArray slots = root.value(u"slots"_s).toArray();
        const auto governor = std::find_if(slots.begin(), slots.end(), [](const QJsonValueRef v) {
            return !v.toObject().contains(u"vault"_s);
        });
        if (governor == slots.end())
            return {};
        // The version 1 slot: the vault key and a box secret key, under Argon2id of the passphrase.
        const QByteArray id =
            QByteArray::fromBase64(governor->toObject().value(u"id"_s).toString().toLatin1());
        const std::optional<SecureBytes> vaultKey = Vault::parseRecoveryKey(vault.recoveryKey());
        if (!vaultKey)
            return {};
        QByteArray salt(crypto_pwhash_SALTBYTES, 's'),
            nonce(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, 'n');
        QByteArray secrets =
            QByteArray(reinterpret_cast<const char*>(vaultKey->data()), 32) + QByteArray(32, 'b');
        QByteArray boxPublic(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
        crypto_scalarmult_base(reinterpret_cast<unsigned char*>(boxPublic.data()),
                               reinterpret_cast<const unsigned char*>(secrets.constData()) + 32);
        unsigned char wrapKey[crypto_aead_xchacha20poly1305_ietf_KEYBYTES];
        if (crypto_pwhash(wrapKey, sizeof wrapKey, TestVault::Passphrase.constData(),
                          std::size_t(TestVault::Passphrase.size()),
                          reinterpret_cast<const unsigned char*>(salt.constData()),
                          crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN,
                          crypto_pwhash_ALG_ARGON2ID13) != 0)
            return {};
        QByteArray sealed(secrets.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES, Qt::Uninitialized);
        crypto_aead_xchacha20poly1305_ietf_encrypt(
            reinterpret_cast<unsigned char*>(sealed.data()), nullptr,
            reinterpret_cast<const unsigned char*>(secrets.constData()), std::size_t(secrets.size()),
            reinterpret_cast<const unsigned char*>(id.constData()), std::size_t(id.size()), nullptr,
            reinterpret_cast<const unsigned char*>(nonce.constData()), wrapKey);
        *governor = QJsonObject{{u"id"_s, QString::fromLatin1(id.toBase64())},
                                {u"salt"_s, QString::fromLatin1(salt.toBase64())},
                                {u"ops"_s, qint64(crypto_pwhash_OPSLIMIT_MIN)},
                                {u"mem"_s, qint64(crypto_pwhash_MEMLIMIT_MIN)},
                                {u"nonce"_s, QString::fromLatin1(nonce.toBase64())},
                                {u"sealed"_s, QString::fromLatin1(sealed.toBase64())},
                                {u"public"_s, QString::fromLatin1(boxPublic.toBase64())}};
        root[u"slots"_s] = slots;
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(QJsonDocument(root).toJson());
        file.close();
        return boxPublic;
    }

private Q_SLOTS:
    void initTestCase()
    {
        ::umask(022); // the usual setting, so that the modes show what Lanyard itself asks for
    }

    // DESIGN §2: the vault and everything beside it are for the account that owns them.
    void filesAreForTheirOwnerOnly()
    {
        auto vault = TestVault::create();
        for (const QString& file : filesOf(vault->path())) {
            QVERIFY2(QFile::exists(file), qPrintable(file));
            QCOMPARE(modeOf(file), mode_t(0600));
        }
        // A change, and a user added (which rewrites the key ring).
        addPupil(**vault, u"Rees"_s);
        UserAccount ffion{0, u"ffion"_s, u"Ffion Evans"_s, Role::Office, true, false, {}};
        QString error;
        QVERIFY2(UserStore(**vault).add(ffion, "her first passphrase", KdfLimits::minimum(), &error),
                 qPrintable(error));
        for (const QString& file : filesOf(vault->path()))
            QCOMPARE(modeOf(file), mode_t(0600));
        QVERIFY(!QFileInfo::exists(vault->folder() + u"/.test.lanyard-tmp"_s));
    }

    void filesLeftOpenToOthersAreClosedAtOpen()
    {
        auto vault = TestVault::create();
        addPupil(**vault, u"Rees"_s);
        vault->close();
        for (const QString& file : {vault->path(), KeyRing::pathFor(vault->path())})
            QVERIFY(::chmod(QFile::encodeName(file).constData(), 0644) == 0);
        vault->reopen();
        for (const QString& file : filesOf(vault->path()))
            QCOMPARE(modeOf(file), mode_t(0600));
    }

    // Someone probing for user names by timing the refusal learns nothing: an unknown name runs the
    // Argon2id derivation with the limits the slots use (TestVault's: libsodium's minimum).
    void unknownUserCostsWhatAWrongPassphraseCosts()
    {
        auto vault = TestVault::create();
        vault->close();
        VaultError unknown, wrong;
        quint64 before = KeyRing::derivationCount();
        QVERIFY(!Vault::open(vault->path(), u"nobody"_s, TestVault::Passphrase, &unknown));
        QCOMPARE(KeyRing::derivationCount(), before + 1);
        QCOMPARE(KeyRing::lastDerivationLimits().opsLimit, quint64(1));
        QCOMPARE(KeyRing::lastDerivationLimits().memLimit, quint64(8192));

        before = KeyRing::derivationCount();
        QVERIFY(!Vault::open(vault->path(), TestVault::UserName, "not the passphrase", &wrong));
        QCOMPARE(KeyRing::derivationCount(), before + 1);
        QCOMPARE(KeyRing::lastDerivationLimits().opsLimit, quint64(1));
        QCOMPARE(KeyRing::lastDerivationLimits().memLimit, quint64(8192));

        QCOMPARE(unknown.kind, VaultError::Kind::WrongCredentials);
        QCOMPARE(wrong.kind, VaultError::Kind::WrongCredentials);
        QCOMPARE(unknown.message, u"The user name or passphrase is wrong. Check Caps Lock and try again."_s);
        QCOMPARE(wrong.message, unknown.message);
    }

    void nothingReadableOnDisk()
    {
        auto vault = TestVault::create();
        const QString surname = u"Ó Súilleabháin-Pritchardson"_s;
        addPupil(**vault, surname);
        // The -wal file holds the newest pages until a checkpoint: look at it before closing.
        const QByteArray wal = rawBytes(vault->path() + u"-wal"_s);
        vault->close();
        const QByteArray main = rawBytes(vault->path());
        QVERIFY(!main.isEmpty());
        QVERIFY(!main.startsWith("SQLite format 3"));
        for (const QByteArray& bytes : {main, wal}) {
            QVERIFY(!bytes.contains(surname.toUtf8()));
            QVERIFY(!bytes.contains("Pritchardson"));
            QVERIFY(!bytes.contains(
                QByteArray(reinterpret_cast<const char*>(surname.utf16()), surname.size() * 2)));
            QVERIFY(!bytes.contains("CREATE TABLE"));
        }
        const QByteArray ring = rawBytes(KeyRing::pathFor(vault->path()));
        QVERIFY(!ring.isEmpty());
        QVERIFY(!ring.contains(TestVault::UserName.toUtf8()));
        QVERIFY(!ring.contains(TestVault::Passphrase));
    }

    void reopensWithPassphrase()
    {
        auto vault = TestVault::create();
        addPupil(**vault, u"Jones"_s);
        vault->reopen();
        QCOMPARE(*PupilStore(**vault).count(), 1);
        QCOMPARE(vault->vault().user().name, TestVault::UserName);
        QCOMPARE(vault->vault().user().role, Role::Administrator);
    }

    void wrongPassphraseRefused()
    {
        auto vault = TestVault::create();
        vault->close();
        VaultError error;
        QVERIFY(!Vault::open(vault->path(), TestVault::UserName, "not the passphrase", &error));
        QCOMPARE(error.kind, VaultError::Kind::WrongCredentials);
        QVERIFY(error.message.contains(u"passphrase is wrong"_s));

        QVERIFY(!Vault::open(vault->path(), u"nobody"_s, TestVault::Passphrase, &error));
        QCOMPARE(error.kind, VaultError::Kind::WrongCredentials);
        QVERIFY(error.message.contains(u"user name or passphrase"_s));
    }

    void signInsAreAudited()
    {
        auto vault = TestVault::create();
        vault->close();
        VaultError error;
        QVERIFY(!Vault::open(vault->path(), TestVault::UserName, "a wrong guess", &error));
        QVERIFY(!Vault::open(vault->path(), u"nobody"_s, "another guess", &error));
        QString wrong = vault->recoveryKey();
        wrong[0] = wrong[0] == u'A' ? u'B' : u'A';
        QVERIFY(!Vault::openWithRecoveryKey(vault->path(), wrong, &error));
        vault->reopen();
        const auto entries = AuditLog(**vault).list();
        QVERIFY2(entries, qPrintable(entries.error()));
        QStringList failed;
        for (const AuditLog::Entry& e : *entries)
            if (e.action == u"login_failed"_s)
                failed << e.detail.section(u',', 0, 0);
        failed.sort();
        QCOMPARE(failed, QStringList({TestVault::UserName, u"an unknown user name"_s, u"recovery key"_s}));
        QCOMPARE(entries->constFirst().action, u"login"_s);
        QVERIFY(AuditLog::verify(vault->vault().database()).ok);
        // Moved into the audit trail once, not again.
        vault->reopen();
        const auto later = AuditLog(**vault).list();
        QVERIFY2(later, qPrintable(later.error()));
        QCOMPARE(std::count_if(later->cbegin(), later->cend(),
                               [](const AuditLog::Entry& e) { return e.action == u"login_failed"_s; }),
                 3);
    }

    void missingVaultRefused()
    {
        VaultError error;
        QVERIFY(!Vault::open(u"no-such-school.lanyard"_s, u"admin"_s, "whatever1", &error));
        QCOMPARE(error.kind, VaultError::Kind::Refused);
        QVERIFY(error.message.contains(u"There is no vault"_s));
    }

    void createRefusesExistingFileAndShortPassphrase()
    {
        auto vault = TestVault::create();
        VaultError error;
        QVERIFY(!Vault::create(vault->path(), {u"Another"_s, u"x"_s, {}, KdfLimits::minimum()},
                               "long enough pass", nullptr, &error));
        QCOMPARE(error.kind, VaultError::Kind::Refused);
        QVERIFY(error.message.contains(u"already exists"_s));

        QVERIFY(!Vault::create(vault->folder() + u"/other.lanyard"_s,
                               {u"Another"_s, u"x"_s, {}, KdfLimits::minimum()}, "short", nullptr, &error));
        QVERIFY(error.message.contains(u"at least 8"_s));
        QVERIFY(!QFile::exists(vault->folder() + u"/other.lanyard"_s));
    }

    void recoveryKeyFormat()
    {
        auto vault = TestVault::create();
        const QString key = vault->recoveryKey();
        QCOMPARE(key.size(), 64 + 7);
        const QStringList groups = key.split(u'-');
        QCOMPARE(groups.size(), 8);
        for (const QString& g : groups)
            QCOMPARE(g.size(), 8);
        const auto parsed = Vault::parseRecoveryKey(key.toLower());
        QVERIFY(parsed);
        QCOMPARE(Vault::formatRecoveryKey(*parsed), key);
        QVERIFY(!Vault::parseRecoveryKey(key.left(70)));
        QVERIFY(!Vault::parseRecoveryKey(QString(key).replace(0, 1, u'G')));
    }

    void recoveryKeyOpensWithoutKeyRing()
    {
        auto vault = TestVault::create();
        addPupil(**vault, u"Evans"_s);
        vault->close();
        QVERIFY(QFile::remove(KeyRing::pathFor(vault->path())));

        VaultError error;
        QVERIFY(!Vault::open(vault->path(), TestVault::UserName, TestVault::Passphrase, &error));
        QCOMPARE(error.kind, VaultError::Kind::KeyRingLost);
        QCOMPARE(error.message, LostKeyRing);
        auto recovered = Vault::openWithRecoveryKey(vault->path(), vault->recoveryKey(), &error);
        QVERIFY2(recovered, qPrintable(error.message));
        QCOMPARE(*PupilStore(*recovered).count(), 1);

        // The recovery session rebuilds the lost key ring with a new passphrase.
        QVERIFY(
            recovered->setPassphrase(TestVault::UserName, "a brand new passphrase", KdfLimits::minimum()));
        recovered.reset();
        auto reopened = Vault::open(vault->path(), TestVault::UserName, "a brand new passphrase", &error);
        QVERIFY2(reopened, qPrintable(error.message));
        QVERIFY(reopened->user().mustChangePassphrase);
    }

    void wrongRecoveryKeyRefused()
    {
        auto vault = TestVault::create();
        vault->close();
        VaultError error;
        QString wrong = vault->recoveryKey();
        wrong[0] = wrong[0] == u'A' ? u'B' : u'A';
        QVERIFY(!Vault::openWithRecoveryKey(vault->path(), wrong, &error));
        QCOMPARE(error.kind, VaultError::Kind::WrongCredentials);
        QCOMPARE(error.message, u"That recovery key does not open this vault. Check it against the recovery "
                                "sheet and try again."_s);

        // One digit short, and one letter that is not hexadecimal: never echoed, as it is most of a key.
        for (const QString& typo :
             {vault->recoveryKey().chopped(1), QString(vault->recoveryKey()).replace(9, 1, u'O')}) {
            QVERIFY(!Vault::openWithRecoveryKey(vault->path(), typo, &error));
            QCOMPARE(error.kind, VaultError::Kind::WrongCredentials);
            QCOMPARE(error.message, u"That is not a recovery key: a recovery key is 64 hexadecimal digits "
                                    "(0–9 and A–F) in 8 groups of 8, as on the recovery sheet."_s);
        }
    }

    void changeOwnPassphrase()
    {
        auto vault = TestVault::create();
        QString error;
        QVERIFY(!vault->vault().setPassphrase(TestVault::UserName, "short", KdfLimits::minimum(), &error));
        QVERIFY(error.contains(u"at least 8"_s));
        QVERIFY2(vault->vault().setPassphrase(TestVault::UserName, "another good passphrase",
                                              KdfLimits::minimum(), &error),
                 qPrintable(error));
        vault->close();
        VaultError openError;
        QVERIFY(!Vault::open(vault->path(), TestVault::UserName, TestVault::Passphrase, &openError));
        auto reopened =
            Vault::open(vault->path(), TestVault::UserName, "another good passphrase", &openError);
        QVERIFY(reopened);
        QVERIFY(!reopened->user().mustChangePassphrase);
    }

    void keyRingFromAnotherVaultRefused()
    {
        auto a = TestVault::create();
        auto b = TestVault::create();
        a->close();
        b->close();
        QVERIFY(QFile::remove(KeyRing::pathFor(a->path())));
        QVERIFY(QFile::copy(KeyRing::pathFor(b->path()), KeyRing::pathFor(a->path())));
        VaultError error;
        QVERIFY(!Vault::open(a->path(), TestVault::UserName, TestVault::Passphrase, &error));
        QCOMPARE(error.kind, VaultError::Kind::Damaged);
        QVERIFY(error.message.contains(u"does not belong"_s));
    }

    void damagedKeyRingRefused()
    {
        auto vault = TestVault::create();
        vault->close();
        QFile ring(KeyRing::pathFor(vault->path()));
        QVERIFY(ring.open(QIODevice::WriteOnly | QIODevice::Truncate));
        ring.write("{ this is not a key ring");
        ring.close();
        VaultError error;
        QVERIFY(!Vault::open(vault->path(), TestVault::UserName, TestVault::Passphrase, &error));
        QCOMPARE(error.kind, VaultError::Kind::KeyRingLost);
        QCOMPARE(error.message, LostKeyRing);
        QCOMPARE(rawBytes(ring.fileName()), QByteArray("{ this is not a key ring"));

        // The holder of the recovery key adds the users again; the damaged ring is kept aside.
        auto recovered = Vault::openWithRecoveryKey(vault->path(), vault->recoveryKey(), &error);
        QVERIFY2(recovered, qPrintable(error.message));
        QString message;
        QVERIFY2(recovered->setPassphrase(TestVault::UserName, "a brand new passphrase", KdfLimits::minimum(),
                                          &message),
                 qPrintable(message));
        recovered.reset();
        QCOMPARE(rawBytes(ring.fileName() + u".damaged"_s), QByteArray("{ this is not a key ring"));
        QVERIFY(Vault::open(vault->path(), TestVault::UserName, "a brand new passphrase", &error));
    }

    // A ring whose slots are gone opens for nobody, as if it were missing.
    void emptiedKeyRingRefused()
    {
        auto vault = TestVault::create();
        vault->close();
        KeyRing ring;
        QVERIFY(ring.load(KeyRing::pathFor(vault->path())));
        QVERIFY(ring.removeSlot(TestVault::UserName));
        QVERIFY(ring.save(KeyRing::pathFor(vault->path())));
        VaultError error;
        QVERIFY(!Vault::open(vault->path(), TestVault::UserName, TestVault::Passphrase, &error));
        QCOMPARE(error.kind, VaultError::Kind::KeyRingLost);
        QCOMPARE(error.message, LostKeyRing);
    }

    void disabledUsersPassphraseIsNotSet()
    {
        auto vault = TestVault::create();
        UserStore users(**vault);
        UserAccount ffion{0, u"ffion"_s, u"Ffion Evans"_s, Role::Office, true, false, {}};
        QString error;
        QVERIFY2(users.add(ffion, "her first passphrase", KdfLimits::minimum(), &error), qPrintable(error));
        SecureBytes recoveryKey;
        QVERIFY2(users.setDisabled(u"ffion"_s, true, &recoveryKey, &error), qPrintable(error));
        QVERIFY(!vault->vault().setPassphrase(u"ffion"_s, "a new passphrase", KdfLimits::minimum(), &error));
        QCOMPARE(error, u"ffion is disabled and cannot sign in, so their passphrase was not changed. Enable "
                        "them first."_s);
        QVERIFY(!vault->vault().setPassphrase(u"gwen"_s, "a new passphrase", KdfLimits::minimum(), &error));
        QCOMPARE(error, u"There is no user called gwen."_s);
    }

    // The insider's try: with the vault key, record another signing key for a user, so that
    // entries signed by that key would pass as theirs. At their next sign-in the key their slot
    // yields does not match: they are told, and the trail says so.
    void aSigningKeyChangedBehindTheUsersBackIsShownAtSignIn()
    {
        auto vault = TestVault::create();
        vault->signInAs(u"clerk"_s, Role::Office);
        QVERIFY(vault->openAs(u"clerk"_s)->warnings().isEmpty());
        QSqlQuery q(vault->vault().database());
        QVERIFY(q.exec(u"UPDATE user_keys SET public_key = zeroblob(32) WHERE user_id = "
                       u"(SELECT id FROM users WHERE name = 'clerk')"_s));
        auto clerk = vault->openAs(u"clerk"_s);
        QCOMPARE(clerk->warnings().size(), 1);
        QVERIFY(clerk->warnings().constFirst().startsWith(
            u"Your key slot's signing key is not the one Lanyard recorded for you."_s));
        QVERIFY(q.exec(u"SELECT user_name FROM audit_log WHERE action = 'signing_key_mismatch'"_s) &&
                q.next());
        QCOMPARE(q.value(0).toString(), u"clerk"_s);
    }

    // A governor's slot from before governors held only the figures sealed the vault key under
    // their passphrase. It opens nothing now, and is written again without the key.
    void anOldGovernorSlotLosesTheVaultKey()
    {
        auto vault = TestVault::create();
        const QByteArray boxPublic = oldGovernorSlot(*vault);
        QVERIFY(!boxPublic.isEmpty());
        const QString ringPath = KeyRing::pathFor(vault->path());
        KeyRing old;
        QVERIFY(old.load(ringPath));
        QVERIFY(!old.unlock(u"gwen"_s, TestVault::Passphrase)->vaultKey.isEmpty());

        VaultError error;
        QVERIFY(!Vault::open(vault->path(), u"gwen"_s, TestVault::Passphrase, &error));
        QCOMPARE(error.kind, VaultError::Kind::FiguresOnly);
        KeyRing now;
        QVERIFY(now.load(ringPath));
        const auto keys = now.unlock(u"gwen"_s, TestVault::Passphrase);
        QVERIFY(keys);
        QVERIFY(keys->vaultKey.isEmpty());
        QCOMPARE(now.boxPublicKey(u"gwen"_s), boxPublic); // the same key pair, so the figures still open
    }

    // The same slot, when the vault key changes before that governor signs in again: the new key is
    // not sealed to it, and its own copy of the old one is void.
    void aNewVaultKeyPassesAnOldGovernorSlotBy()
    {
        auto vault = TestVault::create();
        QVERIFY(!oldGovernorSlot(*vault).isEmpty());
        SecureBytes recoveryKey;
        QVERIFY(vault->vault().changeKey(&recoveryKey));
        KeyRing ring;
        QVERIFY(ring.load(KeyRing::pathFor(vault->path())));
        const auto keys = ring.unlock(u"gwen"_s, TestVault::Passphrase);
        QVERIFY(keys);
        QVERIFY(keys->vaultKey.isEmpty());
        VaultError error;
        QVERIFY(!Vault::open(vault->path(), u"gwen"_s, TestVault::Passphrase, &error));
        QCOMPARE(error.kind, VaultError::Kind::FiguresOnly);
    }

    void closeWipesKeyAndConnection()
    {
        auto vault = TestVault::create();
        QVERIFY(vault->vault().isOpen());
        QVERIFY(vault->vault().database().isOpen());
        vault->vault().close();
        QVERIFY(!vault->vault().isOpen());
        QVERIFY(!vault->vault().database().isValid());
        QString error;
        QVERIFY(!vault->vault().setPassphrase(TestVault::UserName, "whatever passphrase",
                                              KdfLimits::minimum(), &error));
        QVERIFY(error.contains(u"locked"_s));
    }

    void lockWipesKeysAndUnlockResumes()
    {
        auto vault = TestVault::create();
        addPupil(**vault, u"Evans"_s);
        Vault& v = vault->vault();
        PupilStore store(v); // a screen's store, held across the lock
        v.lock();
        QVERIFY(v.isLocked());
        QVERIFY(!v.isOpen());
        QVERIFY(!v.database().isValid());
        const auto whileLocked = store.count();
        QVERIFY(!whileLocked);
        QVERIFY(whileLocked.error().contains(u"locked"_s));

        VaultError unlockError;
        QVERIFY(!v.unlock(u"not the passphrase"_s, &unlockError));
        QCOMPARE(unlockError.kind, VaultError::Kind::WrongCredentials);
        QVERIFY(v.isLocked());
        QVERIFY2(v.unlock(QString::fromUtf8(TestVault::Passphrase), &unlockError),
                 qPrintable(unlockError.message));
        QVERIFY(!v.isLocked());
        QCOMPARE(*store.count(), 1);
        QCOMPARE(v.user().name, TestVault::UserName);
        const auto entries = AuditLog(v).list();
        QVERIFY2(entries, qPrintable(entries.error()));
        QCOMPARE(entries->at(0).action, u"login"_s);
        QCOMPARE(entries->at(1).action, u"login_failed"_s);
        QCOMPARE(entries->at(2).action, u"lock"_s);
    }

    void shippedLimitsAreModerate()
    {
        const KdfLimits shipped = KdfLimits::defaults();
        QVERIFY(shipped.opsLimit >= 3);
        QVERIFY(shipped.memLimit >= 256ull * 1024 * 1024);
    }
};

QTEST_GUILESS_MAIN(TestVaultStorage)
#include "tst_vault.moc"
