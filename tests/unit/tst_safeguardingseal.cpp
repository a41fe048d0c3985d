#include "TestVault.h"
#include "records/UserStore.h"
#include "storage/AuditLog.h"
#include "storage/KeyRing.h"
#include "storage/SafeguardingAccess.h"
#include "storage/SafeguardingSeal.h"

#include <QBuffer>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

#include <sodium.h>

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

    // Every value of one column, in order, as the vault key alone reads it.
    static QList<QByteArray> column(const QSqlDatabase& db, const QString& sql)
    {
        QList<QByteArray> values;
        QSqlQuery q(db);
        if (q.exec(sql))
            while (q.next())
                values << q.value(0).toByteArray();
        return values;
    }

    static qint64 count(const QSqlDatabase& db, const QString& table)
    {
        QSqlQuery q(db);
        return q.exec(u"SELECT count(*) FROM "_s + table) && q.next() ? q.value(0).toLongLong() : -1;
    }

    // A wrapped record key opened with a safeguarding secret key by hand, as the seal does.
    static std::optional<QByteArray> openWrapped(const QByteArray& wrapped, const QByteArray& secret)
    {
        unsigned char publicKey[crypto_box_PUBLICKEYBYTES];
        crypto_scalarmult_base(publicKey, reinterpret_cast<const unsigned char*>(secret.constData()));
        if (wrapped.size() != 48 + 32)
            return std::nullopt;
        QByteArray key(32, Qt::Uninitialized);
        if (crypto_box_seal_open(reinterpret_cast<unsigned char*>(key.data()),
                                 reinterpret_cast<const unsigned char*>(wrapped.constData()),
                                 std::size_t(wrapped.size()), publicKey,
                                 reinterpret_cast<const unsigned char*>(secret.constData())) != 0)
            return std::nullopt;
        return key;
    }

    // A sealed record opened by hand with its record key, by the layout the header documents:
    // format byte and key id (the associated data), 24-byte nonce, ciphertext and tag.
    static std::optional<QByteArray> openRecord(const QByteArray& sealed, QByteArrayView key)
    {
        if (sealed.size() < 1 + 8 + 24 + 16 || key.size() != 32)
            return std::nullopt;
        QByteArray plain(sealed.size() - (1 + 8 + 24 + 16), Qt::Uninitialized);
        const auto* in = reinterpret_cast<const unsigned char*>(sealed.constData());
        if (crypto_aead_xchacha20poly1305_ietf_decrypt(
                reinterpret_cast<unsigned char*>(plain.data()), nullptr, nullptr, in + 33,
                std::size_t(sealed.size() - 33), in, 9, in + 9,
                reinterpret_cast<const unsigned char*>(key.data())) != 0)
            return std::nullopt;
        return plain;
    }

    static QByteArray sealAttachment(Vault& session, const QByteArray& plain, QString* error)
    {
        QBuffer in;
        in.setData(plain);
        in.open(QIODevice::ReadOnly);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        return SafeguardingSeal(session).sealStream(in, out, error) ? out.data() : QByteArray();
    }

    static std::optional<QByteArray> unsealAttachment(Vault& session, const QByteArray& sealed,
                                                      QString* error, QByteArray* partial = nullptr)
    {
        QBuffer in;
        in.setData(sealed);
        in.open(QIODevice::ReadOnly);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        const bool ok = SafeguardingSeal(session).unsealStream(in, out, u"concern_files"_s, 3, error);
        if (partial)
            *partial = out.data();
        return ok ? std::optional(out.data()) : std::nullopt;
    }

    // 3 MiB of a photo-sized attachment: a phrase that must not show through, then varied bytes.
    static QByteArray attachment(qsizetype size)
    {
        QByteArray plain = "Body map: bruise on left forearm, reported by Siân. ";
        plain.reserve(size);
        for (qsizetype i = plain.size(); i < size; ++i)
            plain.append(char((i * 7 + i / 251) & 0xff));
        return plain.first(size);
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
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u".*does not authenticate.*"_s));
        QVERIFY(!SafeguardingSeal(*dsl).unseal(sealed, u"concerns"_s, 1, &error));
        QVERIFY(error.contains(u"damaged"_s));
    }

    void sealedRecordIsAnEnvelope()
    {
        auto vault = TestVault::create();
        auto dsl = vault->signInAs(u"dsl"_s, Role::Dsl);
        QString error;
        const auto first = SafeguardingSeal(*dsl).seal(narrative, &error);
        QVERIFY2(first, qPrintable(error));
        const auto second = SafeguardingSeal(*dsl).seal(narrative, &error);
        QVERIFY2(second, qPrintable(error));
        // Format 1, then the record's own key by its seal_keys id, then nonce, ciphertext and tag.
        QCOMPARE(first->first(9), QByteArray::fromHex("010000000000000001"));
        QCOMPARE(second->first(9), QByteArray::fromHex("010000000000000002"));
        QCOMPARE(first->size(), 1 + 8 + 24 + narrative.size() + 16);
        QVERIFY(!first->contains("older boy"));
        // The same words sealed twice share nothing but the prefix: each has its own key and nonce.
        QVERIFY(first->mid(9, 24) != second->mid(9, 24));
        QVERIFY(first->sliced(33) != second->sliced(33));

        QSqlDatabase db = vault->vault().database();
        QCOMPARE(count(db, u"seal_keys"_s), 2);
        const QList<QByteArray> wrapped = column(db, u"SELECT wrapped FROM seal_keys ORDER BY id"_s);
        QCOMPARE(wrapped.at(0).size(), 80); // crypto_box_seal of a 32-byte key
        QCOMPARE(column(db, u"SELECT wrapped_to FROM seal_keys WHERE id = 1"_s),
                 QList<QByteArray>{dsl->safeguardingPublicKey()});
        // Each key row is a change in the audit trail, which still verifies.
        const auto keys = AuditLog(*vault).list({{}, {}, {}, u"seal_keys"_s, 0, 100});
        QVERIFY2(keys, qPrintable(keys.error()));
        QCOMPARE(keys->size(), 2);
        QCOMPARE(keys->at(0).action, u"insert"_s);
        QCOMPARE(keys->at(0).userName, u"dsl"_s);
        const AuditLog::Verdict verdict = AuditLog::verify(db);
        QVERIFY2(verdict.ok, qPrintable(verdict.problem));

        QCOMPARE(SafeguardingSeal(*dsl).unseal(*second, u"concerns"_s, 2, &error).value_or(QByteArray()),
                 narrative);
        dsl.reset();
        db = QSqlDatabase(); // so that closing the vault closes its connection
        vault->close();
        for (const QString& file : QStringList{vault->path(), vault->path() + u"-wal"_s}) {
            const QByteArray bytes = raw(file);
            QVERIFY(!bytes.contains("older boy"));
            QVERIFY(!bytes.contains(first->sliced(33, 16))); // nor the ciphertext: SQLCipher covers it too
        }
    }

    void rewrapMovesKeysAndLeavesContent()
    {
        auto vault = TestVault::create();
        auto dsl = vault->signInAs(u"dsl"_s, Role::Dsl);
        const QByteArray oldSecret = dsl->safeguardingSecretKey().view().toByteArray();
        const QByteArray oldPublic = dsl->safeguardingPublicKey();
        QSqlDatabase db = vault->vault().database();
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE sealed_notes (id INTEGER PRIMARY KEY, content BLOB NOT NULL)"_s));
        const QList<QByteArray> notes{narrative, "Referred to children's social care on 3 March.",
                                      "Mum called: contact arrangements changed."};
        for (const QByteArray& note : notes) {
            const auto sealed = SafeguardingSeal(*dsl).seal(note);
            QVERIFY(sealed);
            q.prepare(u"INSERT INTO sealed_notes (content) VALUES (?)"_s);
            q.addBindValue(*sealed);
            QVERIFY(q.exec());
        }
        const QList<QByteArray> contentBefore = column(db, u"SELECT content FROM sealed_notes ORDER BY id"_s);
        QCOMPARE(contentBefore.size(), 3);

        unsigned char newPublic[crypto_box_PUBLICKEYBYTES];
        unsigned char newSecretBytes[crypto_box_SECRETKEYBYTES];
        crypto_box_keypair(newPublic, newSecretBytes);
        const QByteArray newPublicKey(reinterpret_cast<const char*>(newPublic), 32);
        const SecureBytes newSecret = SecureBytes::copyOf(
            QByteArrayView(reinterpret_cast<const char*>(newSecretBytes), crypto_box_SECRETKEYBYTES));
        sodium_memzero(newSecretBytes, sizeof newSecretBytes);

        // Only a session that holds the key may rotate it: not an administrator.
        QString error;
        QVERIFY(!SafeguardingSeal(*vault).rewrap(dsl->safeguardingSecretKey(), newPublicKey, &error));
        QCOMPARE(error, Roles::refusal(Role::Administrator, Permission::ReadSafeguarding));

        QVERIFY2(SafeguardingSeal(*dsl).rewrap(dsl->safeguardingSecretKey(), newPublicKey, &error),
                 qPrintable(error));

        const QList<QByteArray> wrapped = column(db, u"SELECT wrapped FROM seal_keys ORDER BY id"_s);
        QCOMPARE(wrapped.size(), 3);
        for (qsizetype i = 0; i < wrapped.size(); ++i) {
            QVERIFY(!openWrapped(wrapped[i], oldSecret));
            const auto key = openWrapped(wrapped[i], newSecret.view().toByteArray());
            QVERIFY(key);
            // The content, untouched, opens under the key now wrapped to the new pair.
            QCOMPARE(openRecord(contentBefore[i], *key).value_or(QByteArray()), notes[i]);
        }
        QCOMPARE(column(db, u"SELECT DISTINCT wrapped_to FROM seal_keys"_s), QList<QByteArray>{newPublicKey});
        QCOMPARE(column(db, u"SELECT content FROM sealed_notes ORDER BY id"_s), contentBefore);
        // This session still holds the old secret, which no longer opens anything.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u".*seal_keys row 1 does not open.*"_s));
        QVERIFY(!SafeguardingSeal(*dsl).unseal(contentBefore[0], u"concerns"_s, 1, &error));

        // Each row re-wrapped is an audited change: three added, three changed.
        const auto entries = AuditLog(*vault).list({{}, {}, {}, u"seal_keys"_s, 0, 100});
        QVERIFY2(entries, qPrintable(entries.error()));
        QCOMPARE(entries->size(), 6);
        QCOMPARE(entries->at(0).action, u"update"_s);
        const AuditLog::Verdict verdict = AuditLog::verify(db);
        QVERIFY2(verdict.ok, qPrintable(verdict.problem));

        // As the header says: if the new pair cannot be handed out, wrapping back undoes the change.
        QVERIFY2(SafeguardingSeal(*dsl).rewrap(newSecret, oldPublic, &error), qPrintable(error));
        QCOMPARE(
            SafeguardingSeal(*dsl).unseal(contentBefore[0], u"concerns"_s, 1, &error).value_or(QByteArray()),
            narrative);
        QCOMPARE(column(db, u"SELECT content FROM sealed_notes ORDER BY id"_s), contentBefore);
    }

    void rewrapRefusesWholeWhenOneKeyIsDamaged()
    {
        auto vault = TestVault::create();
        auto dsl = vault->signInAs(u"dsl"_s, Role::Dsl);
        QList<QByteArray> sealed;
        for (int i = 0; i < 3; ++i)
            sealed << SafeguardingSeal(*dsl).seal(narrative).value_or(QByteArray());
        QSqlDatabase db = vault->vault().database();
        QByteArray damaged = column(db, u"SELECT wrapped FROM seal_keys WHERE id = 2"_s).value(0);
        QCOMPARE(damaged.size(), 80);
        damaged[40] = char(damaged.at(40) ^ 0x01);
        QSqlQuery q(db);
        q.prepare(u"UPDATE seal_keys SET wrapped = ? WHERE id = 2"_s);
        q.addBindValue(damaged);
        QVERIFY(q.exec());
        const QList<QByteArray> before =
            column(db, u"SELECT wrapped || wrapped_to FROM seal_keys ORDER BY id"_s);
        const qint64 entriesBefore = count(db, u"audit_log"_s);

        unsigned char newPublic[crypto_box_PUBLICKEYBYTES];
        unsigned char newSecret[crypto_box_SECRETKEYBYTES];
        crypto_box_keypair(newPublic, newSecret);
        QString error;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u".*seal_keys row 2 does not open.*"_s));
        QVERIFY(!SafeguardingSeal(*dsl).rewrap(dsl->safeguardingSecretKey(),
                                               QByteArrayView(reinterpret_cast<const char*>(newPublic), 32),
                                               &error));
        QVERIFY(error.contains(u"was not changed"_s));
        QVERIFY(error.contains(u"number 2"_s));
        // Row 1, wrapped again before row 2 failed, is back as it was; nothing was audited.
        QCOMPARE(column(db, u"SELECT wrapped || wrapped_to FROM seal_keys ORDER BY id"_s), before);
        QCOMPARE(count(db, u"audit_log"_s), entriesBefore);
        QCOMPARE(SafeguardingSeal(*dsl).unseal(sealed[0], u"concerns"_s, 1, &error).value_or(QByteArray()),
                 narrative);
        QCOMPARE(SafeguardingSeal(*dsl).unseal(sealed[2], u"concerns"_s, 3, &error).value_or(QByteArray()),
                 narrative);
    }

    void recordPointedAtAnotherKeyRefused()
    {
        auto vault = TestVault::create();
        auto dsl = vault->signInAs(u"dsl"_s, Role::Dsl);
        const QByteArray first = *SafeguardingSeal(*dsl).seal(narrative);
        const QByteArray second = *SafeguardingSeal(*dsl).seal("Another child's words.");
        QString error;
        QByteArray moved = first;
        moved.replace(1, 8, QByteArray::fromHex("0000000000000002")); // second's key
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u".*does not authenticate.*"_s));
        QVERIFY(!SafeguardingSeal(*dsl).unseal(moved, u"concerns"_s, 1, &error));
        QVERIFY(error.contains(u"damaged"_s));
        moved.replace(1, 8, QByteArray::fromHex("0000000000000063")); // no such key
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u".*no seal_keys row 99.*"_s));
        QVERIFY(!SafeguardingSeal(*dsl).unseal(moved, u"concerns"_s, 1, &error));
        QVERIFY(error.contains(u"damaged"_s));
        // A refused record is not a reading.
        const auto reads = AuditLog(*vault).list({{}, {}, {}, u"concerns"_s, 1, 100});
        QVERIFY2(reads, qPrintable(reads.error()));
        QCOMPARE(reads->size(), 0);
        QCOMPARE(SafeguardingSeal(*dsl).unseal(second, u"concerns"_s, 2, &error).value_or(QByteArray()),
                 QByteArray("Another child's words."));
    }

    void attachmentRoundTrip_data()
    {
        QTest::addColumn<qsizetype>("size");
        QTest::addColumn<qsizetype>("sealedSize"); // 33 bytes of header, then 17 more per chunk
        QTest::newRow("empty") << qsizetype(0) << qsizetype(33 + 17);
        QTest::newRow("one byte") << qsizetype(1) << qsizetype(33 + 1 + 17);
        QTest::newRow("one whole chunk") << qsizetype(65536) << qsizetype(33 + 65536 + 17);
        QTest::newRow("3 MiB, 48 whole chunks") << qsizetype(3 * 1024 * 1024) << qsizetype(3146577);
        QTest::newRow("3,000,000 bytes, 46 chunks") << qsizetype(3000000) << qsizetype(3000815);
    }

    void attachmentRoundTrip()
    {
        QFETCH(qsizetype, size);
        QFETCH(qsizetype, sealedSize);
        auto vault = TestVault::create();
        auto dsl = vault->signInAs(u"dsl"_s, Role::Dsl);
        const QByteArray plain = attachment(size);
        QCOMPARE(plain.size(), size);
        QString error;
        const QByteArray sealed = sealAttachment(*dsl, plain, &error);
        QVERIFY2(!sealed.isEmpty(), qPrintable(error));
        QCOMPARE(sealed.size(), sealedSize);
        QCOMPARE(sealed.first(9), QByteArray::fromHex("020000000000000001"));
        QVERIFY(!sealed.contains("bruise"));
        QCOMPARE(count(vault->vault().database(), u"seal_keys"_s), 1);
        const auto opened = unsealAttachment(*dsl, sealed, &error);
        QVERIFY2(opened, qPrintable(error));
        QVERIFY(*opened == plain); // not QCOMPARE: it would print 3 MB on failure
        const auto reads = AuditLog(*vault).list({{}, {}, {}, u"concern_files"_s, 3, 100});
        QVERIFY2(reads, qPrintable(reads.error()));
        QCOMPARE(reads->size(), 1);
        QCOMPARE(reads->at(0).action, u"read_sealed"_s);
        QCOMPARE(reads->at(0).detail, u"attachment"_s);
    }

    void attachmentCutShortOrAlteredRefused()
    {
        auto vault = TestVault::create();
        auto dsl = vault->signInAs(u"dsl"_s, Role::Dsl);
        const QByteArray plain = attachment(3 * 1024 * 1024);
        const QByteArray sealed = sealAttachment(*dsl, plain, nullptr);
        QCOMPARE(sealed.size(), 3146577);
        QString error;
        QByteArray partial;

        // The last chunk dropped: what came before authenticates, but the FINAL tag never comes.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u".*ends without its final chunk.*"_s));
        QVERIFY(!unsealAttachment(*dsl, sealed.chopped(65536 + 17), &error, &partial));
        QVERIFY(error.contains(u"incomplete"_s));
        // What was written before the gap is there, and is the caller's to throw away.
        QCOMPARE(partial.size(), 47 * 65536);

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u".*does not authenticate.*"_s));
        QVERIFY(!unsealAttachment(*dsl, sealed.chopped(100), &error));
        QVERIFY(error.contains(u"damaged"_s));

        QByteArray flipped = sealed;
        flipped[1500000] = char(flipped.at(1500000) ^ 0x01);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u".*does not authenticate.*"_s));
        QVERIFY(!unsealAttachment(*dsl, flipped, &error));
        QVERIFY(error.contains(u"damaged"_s));

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u".*after its final chunk.*"_s));
        QVERIFY(!unsealAttachment(*dsl, sealed + "x", &error));
        QVERIFY(error.contains(u"damaged"_s));

        // A sealed record is not an attachment, nor the other way round.
        const QByteArray record = *SafeguardingSeal(*dsl).seal(narrative);
        QVERIFY(!unsealAttachment(*dsl, record, &error));
        QVERIFY(error.contains(u"damaged"_s));
        QVERIFY(!SafeguardingSeal(*dsl).unseal(sealed.first(200), u"concerns"_s, 1, &error));
        QVERIFY(error.contains(u"damaged"_s));

        QVERIFY(unsealAttachment(*dsl, sealed, &error).value_or(QByteArray()) == plain);
    }

    void attachmentThatCannotBeWrittenLeavesNoKey()
    {
        auto vault = TestVault::create();
        auto dsl = vault->signInAs(u"dsl"_s, Role::Dsl);
        QBuffer in;
        in.setData(attachment(200000));
        in.open(QIODevice::ReadOnly);
        QBuffer out;
        out.open(QIODevice::ReadOnly); // as a full drive would: every write fails
        QString error;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u".*ReadOnly device.*"_s));
        QVERIFY(!SafeguardingSeal(*dsl).sealStream(in, out, &error));
        QVERIFY(error.contains(u"could not write"_s));
        QCOMPARE(count(vault->vault().database(), u"seal_keys"_s), 0);
        const auto keys = AuditLog(*vault).list({{}, {}, {}, u"seal_keys"_s, 0, 100});
        QVERIFY2(keys, qPrintable(keys.error()));
        QCOMPARE(keys->size(), 0);
    }

    void anInsiderWithTheVaultKeyCannotRead()
    {
        auto vault = TestVault::create();
        auto dsl = vault->signInAs(u"dsl"_s, Role::Dsl);
        const QByteArray record = *SafeguardingSeal(*dsl).seal(narrative);
        const QByteArray file = sealAttachment(*dsl, attachment(100000), nullptr);
        QVERIFY(!file.isEmpty());
        QSqlDatabase db = vault->vault().database(); // the administrator's: the vault key, no more
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE sealed_notes (id INTEGER PRIMARY KEY, content BLOB NOT NULL)"_s));
        q.prepare(u"INSERT INTO sealed_notes (content) VALUES (?), (?)"_s);
        q.addBindValue(record);
        q.addBindValue(file);
        QVERIFY(q.exec());

        // A head added now holds ReadSafeguarding but not yet the key; the administrator holds neither.
        auto head = vault->signInAs(u"head"_s, Role::Head);
        QString error;
        QVERIFY(!SafeguardingSeal(*head).unseal(record, u"concerns"_s, 1, &error));
        QVERIFY(error.contains(u"does not yet hold"_s));
        QVERIFY(!unsealAttachment(*head, file, &error));
        QVERIFY(error.contains(u"does not yet hold"_s));
        QVERIFY(!SafeguardingSeal(*vault).unseal(record, u"concerns"_s, 1, &error));
        QCOMPARE(error, Roles::refusal(Role::Administrator, Permission::ReadSafeguarding));
        VaultError vaultError;
        auto recovery = Vault::openWithRecoveryKey(vault->path(), vault->recoveryKey(), &vaultError);
        QVERIFY(recovery);
        QVERIFY(recovery->safeguardingSecretKey().isEmpty());

        // Every row the vault key opens, read as raw bytes: the words are in none of them.
        QByteArray everything;
        for (const QString& sql : {u"SELECT wrapped || wrapped_to || created_at FROM seal_keys"_s,
                                   u"SELECT content FROM sealed_notes"_s,
                                   u"SELECT action || entity || detail || content_hash FROM audit_log"_s})
            for (const QByteArray& value : column(db, sql))
                everything += value;
        QVERIFY(everything.size() > record.size() + file.size());
        QVERIFY(!everything.contains("older boy"));
        QVERIFY(!everything.contains("bruise"));
        // Nor is a record key kept in the clear: no 32 bytes of any row open the sealed record.
        int tried = 0;
        for (const QByteArray& row : column(db, u"SELECT wrapped FROM seal_keys"_s) +
                                         column(db, u"SELECT wrapped_to FROM seal_keys"_s) + QList{record})
            for (qsizetype at = 0; at + 32 <= row.size(); ++at, ++tried)
                QVERIFY(!openRecord(record, QByteArrayView(row).sliced(at, 32)));
        QCOMPARE(tried, 49 + 49 + 1 + 1 + (1 + 8 + 24 + 60 + 16 - 31));
    }
};

QTEST_GUILESS_MAIN(TestSafeguardingSeal)
#include "tst_safeguardingseal.moc"
