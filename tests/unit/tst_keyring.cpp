// The key ring beside the vault: one slot per user, each opened only by that user's passphrase.
#include "storage/KeyRing.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;

namespace {
// A vault key written out, so that what comes back can be compared with something fixed.
const QByteArray VaultKey = QByteArrayLiteral("Lanyard test vault key, 32 bytes");
const QByteArray FfionsPassphrase = QByteArrayLiteral("Mae hen wlad fy nhadau");
const QByteArray DafyddsPassphrase = QByteArrayLiteral("correct horse battery staple");

QByteArray bytes(const SecureBytes& secure)
{
    return secure.view().toByteArray();
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Changes the first slot of a saved ring, keeping the file valid JSON.
bool editFirstSlot(const QString& path, const std::function<void(QJsonObject&)>& edit)
{
    QJsonObject root = QJsonDocument::fromJson(readAll(path)).object();
    QJsonArray slots = root.value(u"slots"_s).toArray();
    if (slots.isEmpty())
        return false;
    QJsonObject slot = slots.at(0).toObject();
    edit(slot);
    slots[0] = slot;
    root[u"slots"_s] = slots;
    return writeAll(path, QJsonDocument(root).toJson());
}
} // namespace

class TestKeyRing : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    // Ffion and Dafydd's ring, saved at m_path.
    void saveTwoUsers()
    {
        const SecureBytes key = SecureBytes::copyOf(VaultKey);
        KeyRing ring;
        QString error;
        QVERIFY2(ring.setSlot(u"ffion.evans"_s, FfionsPassphrase, key, KdfLimits::minimum(), &error),
                 qPrintable(error));
        QVERIFY2(ring.setSlot(u"dafydd"_s, DafyddsPassphrase, key, KdfLimits::minimum(), &error),
                 qPrintable(error));
        QVERIFY2(ring.save(m_path, &error), qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase()
    {
#ifdef Q_OS_UNIX
        ::umask(022); // the usual setting, so that the file's mode shows what Lanyard itself asks for
#endif
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"school.lanyard-keys"_s);
        QFile::remove(m_path);
    }

    void sitsBesideTheVault()
    {
        QCOMPARE(KeyRing::pathFor(u"/srv/ysgol/school.lanyard"_s), u"/srv/ysgol/school.lanyard-keys"_s);
    }

    void savedRingReloadsWithTheSameSlots()
    {
        saveTwoUsers();
        KeyRing ring;
        QString error;
        QVERIFY2(ring.load(m_path, &error), qPrintable(error));
        QVERIFY(!ring.isEmpty());
        QVERIFY(ring.hasSlot(u"ffion.evans"_s));
        QVERIFY(ring.hasSlot(u"dafydd"_s));
        QVERIFY(!ring.hasSlot(u"gareth"_s));
        const auto ffion = ring.unlock(u"ffion.evans"_s, FfionsPassphrase);
        QVERIFY(ffion);
        QCOMPARE(bytes(ffion->vaultKey), VaultKey);
        const auto dafydd = ring.unlock(u"dafydd"_s, DafyddsPassphrase);
        QVERIFY(dafydd);
        QCOMPARE(bytes(dafydd->vaultKey), VaultKey);
        // Each slot has a key pair of its own.
        QCOMPARE(ffion->boxSecretKey.size(), std::size_t(32));
        QVERIFY(bytes(ffion->boxSecretKey) != bytes(dafydd->boxSecretKey));
        QVERIFY(ffion->safeguardingSecretKey.isEmpty());
    }

    // The ring knows its vault: saving and loading keep the id, and a new ring has another.
    void vaultIdSurvivesSaving()
    {
        saveTwoUsers();
        KeyRing first, second, other;
        QVERIFY(first.load(m_path));
        QVERIFY(second.load(m_path));
        QCOMPARE(first.vaultId().size(), 32);
        QCOMPARE(second.vaultId(), first.vaultId());
        QVERIFY(other.setSlot(u"ffion.evans"_s, FfionsPassphrase, SecureBytes::copyOf(VaultKey),
                              KdfLimits::minimum()));
        QVERIFY(other.vaultId() != first.vaultId());
    }

    // People type their names as they like at the sign-in screen.
    void userNamesIgnoreCaseAndSpaces()
    {
        saveTwoUsers();
        KeyRing ring;
        QVERIFY(ring.load(m_path));
        QVERIFY(ring.hasSlot(u" Ffion.EVANS "_s));
        QVERIFY(ring.unlock(u"FFION.EVANS"_s, FfionsPassphrase));
    }

    // A wrong passphrase and an unknown user look the same from outside: nobody learns who has a slot.
    void wrongPassphraseIsRefused()
    {
        saveTwoUsers();
        KeyRing ring;
        QVERIFY(ring.load(m_path));
        QVERIFY(!ring.unlock(u"ffion.evans"_s, DafyddsPassphrase));
        QVERIFY(!ring.unlock(u"ffion.evans"_s, "mae hen wlad fy nhadau")); // case matters in a passphrase
        QVERIFY(!ring.unlock(u"ffion.evans"_s, ""));
        QVERIFY(!ring.unlock(u"gareth"_s, FfionsPassphrase));
    }

    void aChangedPassphraseReplacesTheOld()
    {
        saveTwoUsers();
        KeyRing ring;
        QVERIFY(ring.load(m_path));
        const auto before = ring.unlock(u"ffion.evans"_s, FfionsPassphrase);
        QVERIFY(before);
        QVERIFY(ring.setSlot(u"ffion.evans"_s, "a new passphrase", before->vaultKey, KdfLimits::minimum(),
                             nullptr, &before->boxSecretKey));
        QVERIFY(ring.save(m_path));
        KeyRing reloaded;
        QVERIFY(reloaded.load(m_path));
        QVERIFY(!reloaded.unlock(u"ffion.evans"_s, FfionsPassphrase));
        const auto after = reloaded.unlock(u"ffion.evans"_s, "a new passphrase");
        QVERIFY(after);
        QCOMPARE(bytes(after->vaultKey), VaultKey);
        QCOMPARE(bytes(after->boxSecretKey), bytes(before->boxSecretKey)); // she keeps her key pair
        QVERIFY(reloaded.unlock(u"dafydd"_s, DafyddsPassphrase));          // and Dafydd is untouched
    }

    void removedUserCannotUnlock()
    {
        saveTwoUsers();
        KeyRing ring;
        QVERIFY(ring.load(m_path));
        QVERIFY(ring.removeSlot(u"Dafydd"_s));
        QVERIFY(!ring.removeSlot(u"dafydd"_s));
        QVERIFY(ring.save(m_path));
        KeyRing reloaded;
        QVERIFY(reloaded.load(m_path));
        QVERIFY(!reloaded.hasSlot(u"dafydd"_s));
        QVERIFY(!reloaded.unlock(u"dafydd"_s, DafyddsPassphrase));
        QVERIFY(reloaded.unlock(u"ffion.evans"_s, FfionsPassphrase));
    }

    // A missing ring is empty, not an error: the recovery key can rebuild it.
    void missingFileIsAnEmptyRing()
    {
        KeyRing ring;
        QString error;
        QVERIFY(ring.load(m_dir.filePath(u"nothing-here.lanyard-keys"_s), &error));
        QVERIFY(error.isEmpty());
        QVERIFY(ring.isEmpty());
        QVERIFY(!ring.unlock(u"ffion.evans"_s, FfionsPassphrase));
    }

    void damagedFileIsRefused_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("message");
        QTest::addColumn<KeyRing::Problem>("problem");
        const QString notARing = u"The key ring %1 is damaged or is not a Lanyard key ring."_s;
        QTest::newRow("cut in half") << u"truncate"_s << notARing << KeyRing::Problem::Damaged;
        QTest::newRow("empty") << u"empty"_s << notARing << KeyRing::Problem::Damaged;
        QTest::newRow("another file") << u"other"_s << notARing << KeyRing::Problem::Damaged;
        QTest::newRow("a slot cut short")
            << u"short slot"_s << u"The key ring %1 is damaged."_s << KeyRing::Problem::Damaged;
        QTest::newRow("newer Lanyard")
            << u"newer"_s << u"The key ring was written by a newer version of Lanyard."_s
            << KeyRing::Problem::Newer;
    }

    void damagedFileIsRefused()
    {
        QFETCH(QString, damage);
        QFETCH(QString, message);
        QFETCH(KeyRing::Problem, problem);
        saveTwoUsers();
        const QByteArray whole = readAll(m_path);
        if (damage == u"truncate"_s) {
            QVERIFY(writeAll(m_path, whole.left(whole.size() / 2)));
        } else if (damage == u"empty"_s) {
            QVERIFY(writeAll(m_path, {}));
        } else if (damage == u"other"_s) {
            QVERIFY(writeAll(m_path, R"({"format": "keepass", "slots": []})"));
        } else if (damage == u"short slot"_s) {
            QVERIFY(editFirstSlot(m_path, [](QJsonObject& slot) {
                const QByteArray sealed =
                    QByteArray::fromBase64(slot.value(u"sealed"_s).toString().toLatin1());
                slot[u"sealed"_s] = QString::fromLatin1(sealed.chopped(1).toBase64());
            }));
        } else if (damage == u"newer"_s) {
            QJsonObject root = QJsonDocument::fromJson(whole).object();
            root[u"version"_s] = 3;
            QVERIFY(writeAll(m_path, QJsonDocument(root).toJson()));
        }
        KeyRing ring;
        QString error;
        KeyRing::Problem found = KeyRing::Problem::None;
        QVERIFY(!ring.load(m_path, &error, &found));
        QCOMPARE(error, message.contains(u"%1"_s) ? message.arg(m_path) : message);
        QCOMPARE(found, problem);
        // Nothing half-read is left to unlock.
        QVERIFY(ring.isEmpty());
    }

    void unreadableFileIsNotCalledDamaged()
    {
        saveTwoUsers();
        QVERIFY(QFile::setPermissions(m_path, QFileDevice::Permissions()));
        if (QFile(m_path).open(QIODevice::ReadOnly))
            QSKIP("this account reads files whatever their mode (root)");
        KeyRing ring;
        KeyRing::Problem found = KeyRing::Problem::None;
        QVERIFY(!ring.load(m_path, nullptr, &found));
        QCOMPARE(found, KeyRing::Problem::Unreadable);
    }

    // An unknown name is refused after the same Argon2id work as a wrong passphrase, with the
    // limits of the ring's slots, so that timing a refusal does not tell which names have a slot.
    void unknownNameCostsTheSameWorkAsAWrongPassphrase()
    {
        const SecureBytes key = SecureBytes::copyOf(VaultKey);
        const KdfLimits limits{3, 64 * 1024};
        KeyRing ring;
        QVERIFY(ring.setSlot(u"ffion.evans"_s, FfionsPassphrase, key, limits));
        QVERIFY(ring.setSlot(u"dafydd"_s, DafyddsPassphrase, key, limits));
        QVERIFY(ring.setSlot(u"owain"_s, DafyddsPassphrase, key, KdfLimits{2, 32 * 1024}));

        quint64 before = KeyRing::derivationCount();
        QVERIFY(!ring.unlock(u"ffion.evans"_s, "not her passphrase"));
        QCOMPARE(KeyRing::derivationCount(), before + 1);
        QCOMPARE(KeyRing::lastDerivationLimits().opsLimit, quint64(3));
        QCOMPARE(KeyRing::lastDerivationLimits().memLimit, quint64(65536));

        before = KeyRing::derivationCount();
        QVERIFY(!ring.unlock(u"nobody.here"_s, "not her passphrase"));
        QCOMPARE(KeyRing::derivationCount(), before + 1);
        QCOMPARE(KeyRing::lastDerivationLimits().opsLimit, quint64(3));
        QCOMPARE(KeyRing::lastDerivationLimits().memLimit, quint64(65536));

        // Through a saved file as well.
        QVERIFY(ring.save(m_path));
        KeyRing reloaded;
        QVERIFY(reloaded.load(m_path));
        before = KeyRing::derivationCount();
        QVERIFY(!reloaded.unlock(u"Ffion"_s, FfionsPassphrase));
        QCOMPARE(KeyRing::derivationCount(), before + 1);
        QCOMPARE(KeyRing::lastDerivationLimits().opsLimit, quint64(3));
        QCOMPARE(KeyRing::lastDerivationLimits().memLimit, quint64(65536));
    }

    // A slot changed byte for byte but not in length reads, and then will not open with the right
    // passphrase. It is refused, but the ring cannot tell this from a wrong passphrase: the sign-in
    // screen would say "wrong passphrase" for a damaged file.
    void tamperedSlotIsRefusedLikeAWrongPassphrase()
    {
        saveTwoUsers();
        QVERIFY(editFirstSlot(m_path, [](QJsonObject& slot) {
            QByteArray sealed = QByteArray::fromBase64(slot.value(u"sealed"_s).toString().toLatin1());
            sealed[5] = char(sealed.at(5) ^ 0x01);
            slot[u"sealed"_s] = QString::fromLatin1(sealed.toBase64());
        }));
        KeyRing ring;
        QString error;
        QVERIFY(ring.load(m_path, &error));
        QVERIFY(error.isEmpty());
        const int opened = int(bool(ring.unlock(u"ffion.evans"_s, FfionsPassphrase))) +
                           int(bool(ring.unlock(u"dafydd"_s, DafyddsPassphrase)));
        QCOMPARE(opened, 1); // the other slot still opens
    }

    // Work factors come from the file; a tampered file must not stall the machine or weaken a slot.
    void tamperedWorkFactorsAreRefused_data()
    {
        QTest::addColumn<qint64>("ops");
        QTest::addColumn<qint64>("mem");
        QTest::newRow("no work") << qint64(0) << qint64(8192);
        QTest::newRow("too little memory") << qint64(1) << qint64(4096);
        QTest::newRow("too much work") << qint64(1'000'000) << qint64(8192);
        QTest::newRow("too much memory") << qint64(2) << qint64(64) * 1024 * 1024 * 1024;
    }

    void tamperedWorkFactorsAreRefused()
    {
        QFETCH(qint64, ops);
        QFETCH(qint64, mem);
        saveTwoUsers();
        QVERIFY(editFirstSlot(m_path, [&](QJsonObject& slot) {
            slot[u"ops"_s] = ops;
            slot[u"mem"_s] = mem;
        }));
        KeyRing ring;
        QVERIFY(ring.load(m_path));
        const int opened = int(bool(ring.unlock(u"ffion.evans"_s, FfionsPassphrase))) +
                           int(bool(ring.unlock(u"dafydd"_s, DafyddsPassphrase)));
        QCOMPARE(opened, 1); // only the untouched slot
    }

    // The file names nobody: not the users, not in any case, not in base64, nor their passphrases,
    // nor the vault key; failed sign-ins are kept under the slot's hash, not the name typed.
    void fileNamesNobody()
    {
        saveTwoUsers();
        KeyRing ring;
        QVERIFY(ring.load(m_path));
        ring.recordFailure(u"ffion.evans"_s);
        ring.recordFailure(u"gareth.jones"_s); // someone with no slot at all
        QVERIFY(ring.save(m_path));
        const QByteArray file = readAll(m_path);
        QVERIFY(!file.isEmpty());
        for (const QByteArray& name :
             {QByteArray("ffion.evans"), QByteArray("dafydd"), QByteArray("gareth.jones")})
            QVERIFY2(!file.toLower().contains(name), name.constData());
        for (const QByteArray& secret :
             {QByteArray("ffion.evans"), QByteArray("dafydd"), QByteArray("gareth.jones"), FfionsPassphrase,
              DafyddsPassphrase, VaultKey}) {
            QVERIFY2(!file.contains(secret), secret.constData());
            QVERIFY2(!file.contains(secret.toBase64().left(secret.size() / 3 * 4)), secret.constData());
            QVERIFY2(!file.contains(secret.toHex()), secret.constData());
        }

        KeyRing reloaded;
        QVERIFY(reloaded.load(m_path));
        const QList<KeyRing::Failure> failures = reloaded.takeFailures();
        QCOMPARE(failures.size(), 2);
        QVERIFY(reloaded.isUser(failures.at(0), u"Ffion.Evans"_s));
        QVERIFY(!reloaded.isUser(failures.at(0), u"dafydd"_s));
        QVERIFY(reloaded.isUser(failures.at(1), u"gareth.jones"_s));
        QVERIFY(failures.at(0).at.isValid());
        QVERIFY(reloaded.takeFailures().isEmpty()); // taken once
    }

    // The safeguarding key: sealed only to the slots granted it, and kept when a holder changes
    // their own passphrase, lost when their key pair is replaced.
    void safeguardingKeyFollowsTheGrant()
    {
        saveTwoUsers();
        KeyRing ring;
        QVERIFY(ring.load(m_path));
        QVERIFY(!ring.hasSafeguardingKey());
        const SecureBytes secret = ring.createSafeguardingKey();
        QCOMPARE(secret.size(), std::size_t(32));
        QCOMPARE(ring.safeguardingPublicKey().size(), 32);
        QVERIFY(ring.grantSafeguarding(u"ffion.evans"_s, secret));
        QVERIFY(!ring.grantSafeguarding(u"gareth"_s, secret));
        QVERIFY(ring.save(m_path));

        KeyRing reloaded;
        QVERIFY(reloaded.load(m_path));
        QVERIFY(reloaded.hasSafeguardingKey());
        QVERIFY(reloaded.holdsSafeguarding(u"ffion.evans"_s));
        QVERIFY(!reloaded.holdsSafeguarding(u"dafydd"_s));
        const auto ffion = reloaded.unlock(u"ffion.evans"_s, FfionsPassphrase);
        QVERIFY(ffion);
        QCOMPARE(bytes(ffion->safeguardingSecretKey), bytes(secret));
        const auto dafydd = reloaded.unlock(u"dafydd"_s, DafyddsPassphrase);
        QVERIFY(dafydd);
        QVERIFY(dafydd->safeguardingSecretKey.isEmpty());

        QVERIFY(reloaded.setSlot(u"ffion.evans"_s, "her own new passphrase", ffion->vaultKey,
                                 KdfLimits::minimum(), nullptr, &ffion->boxSecretKey));
        QVERIFY(reloaded.holdsSafeguarding(u"ffion.evans"_s));
        const auto changed = reloaded.unlock(u"ffion.evans"_s, "her own new passphrase");
        QVERIFY(changed);
        QCOMPARE(bytes(changed->safeguardingSecretKey), bytes(secret));
        QVERIFY(
            reloaded.setSlot(u"ffion.evans"_s, "reset by the office", ffion->vaultKey, KdfLimits::minimum()));
        QVERIFY(!reloaded.holdsSafeguarding(u"ffion.evans"_s));
    }

    // DESIGN: the key ring, like the vault, is for the account that owns it (mode 0600).
    void fileIsForItsOwnerOnly()
    {
        const auto modeOf = [](const QString& path) {
            struct stat info
            {
            };
            return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_mode & 07777 : 0;
        };
        saveTwoUsers();
        QCOMPARE(modeOf(m_path), mode_t(0600));
        // An existing ring with the usual mode saved again: QSaveFile would keep the old file's mode.
        QVERIFY(::chmod(QFile::encodeName(m_path).constData(), 0644) == 0);
        KeyRing ring;
        QVERIFY(ring.load(m_path));
        QVERIFY(ring.save(m_path));
        QCOMPARE(modeOf(m_path), mode_t(0600));
    }

    void unwritablePlaceIsReported()
    {
        KeyRing ring;
        QVERIFY(ring.setSlot(u"ffion.evans"_s, FfionsPassphrase, SecureBytes::copyOf(VaultKey),
                             KdfLimits::minimum()));
        const QString nowhere = m_dir.filePath(u"no such folder/school.lanyard-keys"_s);
        QString error;
        QVERIFY(!ring.save(nowhere, &error));
        QVERIFY2(error.startsWith(u"The key ring %1 cannot be written: "_s.arg(nowhere)), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestKeyRing)
#include "tst_keyring.moc"
