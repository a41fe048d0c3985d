#include "SafeguardingSeal.h"

#include "AuditLog.h"
#include "StoreSupport.h"
#include "Vault.h"

#include <QDateTime>
#include <QIODevice>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QtEndian>

#include <sodium.h>

using namespace Qt::StringLiterals;
using StoreSupport::refuse;
using StoreSupport::sqlFailed;

Q_LOGGING_CATEGORY(lcSeal, "lanyard.storage.seal")

namespace {
constexpr char RecordFormat = 0x01;
constexpr char StreamFormat = 0x02;
// The format byte and the seal_keys id: the associated data of everything sealed under the key.
constexpr qsizetype PrefixBytes = 1 + 8;
constexpr qsizetype RecordKeyBytes = crypto_aead_xchacha20poly1305_ietf_KEYBYTES;
constexpr qsizetype WrappedBytes = crypto_box_SEALBYTES + RecordKeyBytes;
constexpr qsizetype NonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr qsizetype TagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr qsizetype StreamHeaderBytes = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr qsizetype StreamChunkOverhead = crypto_secretstream_xchacha20poly1305_ABYTES;
static_assert(RecordKeyBytes == crypto_secretstream_xchacha20poly1305_KEYBYTES);

const QStringList KeyColumns{u"wrapped"_s, u"wrapped_to"_s, u"created_at"_s};

unsigned char* bytes(QByteArray& array)
{
    return reinterpret_cast<unsigned char*>(array.data());
}

const unsigned char* bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char*>(view.data());
}

QByteArray prefix(char format, qint64 keyId)
{
    QByteArray out(PrefixBytes, Qt::Uninitialized);
    out[0] = format;
    qToBigEndian(quint64(keyId), out.data() + 1);
    return out;
}

qint64 keyIdOf(QByteArrayView prefix)
{
    return qint64(qFromBigEndian<quint64>(prefix.data() + 1));
}

// Reads until size bytes or the end of in: a short count means the end. -1 when in fails.
qsizetype readUpTo(QIODevice& in, char* data, qsizetype size)
{
    qsizetype got = 0;
    while (got < size) {
        const qint64 n = in.read(data + got, size - got);
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        got += qsizetype(n);
    }
    return got;
}

bool writeAll(QIODevice& out, const char* data, qsizetype size)
{
    return out.write(data, size) == size;
}

QString damagedRecord()
{
    return SafeguardingSeal::tr("This safeguarding record is damaged, so it cannot be opened. Ask for help "
                                "before changing it: a backup may hold it as it was.");
}

QString damagedAttachment()
{
    return SafeguardingSeal::tr("This safeguarding attachment is damaged or has been altered, so it cannot "
                                "be opened. Ask for help: a backup may hold it as it was.");
}

QString cannotSave()
{
    return SafeguardingSeal::tr("Lanyard could not save this safeguarding record. If another copy of Lanyard "
                                "has the vault open, close it and try again.");
}

// Wraps a new record key to the safeguarding public key in a new seal_keys row, audited, inside
// the caller's unit of work. Its id, or nothing.
std::optional<qint64> storeKey(Vault& vault, const SecureBytes& key, QString* error)
{
    const QByteArray publicKey = vault.safeguardingPublicKey();
    QByteArray wrapped(WrappedBytes, Qt::Uninitialized);
    if (crypto_box_seal(bytes(wrapped), key.data(), key.size(), bytes(publicKey)) != 0) {
        refuse(error, cannotSave());
        return std::nullopt;
    }
    const QVariantList values{wrapped, publicKey, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)};
    QSqlQuery q(vault.database());
    q.prepare(u"INSERT INTO seal_keys (wrapped, wrapped_to, created_at) VALUES (?, ?, ?)"_s);
    for (const QVariant& value : values)
        q.addBindValue(value);
    if (!q.exec()) {
        sqlFailed(q, Q_FUNC_INFO, error, cannotSave());
        return std::nullopt;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    if (!StoreSupport::audit(vault, u"seal_keys"_s, id, u"insert"_s, KeyColumns, values, error))
        return std::nullopt;
    return id;
}

// The public half of a safeguarding secret key, which crypto_box_seal_open needs beside it.
QByteArray publicOf(const SecureBytes& secret)
{
    QByteArray publicKey(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_scalarmult_base(bytes(publicKey), secret.data());
    return publicKey;
}

bool unwrap(QByteArrayView wrapped, const SecureBytes& secret, QByteArrayView publicKey, SecureBytes& key)
{
    return wrapped.size() == WrappedBytes &&
           crypto_box_seal_open(key.data(), bytes(wrapped), std::size_t(wrapped.size()), bytes(publicKey),
                                secret.data()) == 0;
}

// The record key of seal_keys row id, opened with the session's safeguarding secret key.
std::optional<SecureBytes> openKey(Vault& vault, qint64 id, QString* error)
{
    QSqlQuery q(vault.database());
    q.prepare(u"SELECT wrapped FROM seal_keys WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec()) {
        sqlFailed(q, Q_FUNC_INFO, error);
        return std::nullopt;
    }
    if (!q.next()) {
        qCWarning(lcSeal) << Q_FUNC_INFO << "no seal_keys row" << id;
        refuse(error, damagedRecord());
        return std::nullopt;
    }
    SecureBytes key(RecordKeyBytes);
    const SecureBytes& secret = vault.safeguardingSecretKey();
    if (!unwrap(q.value(0).toByteArray(), secret, publicOf(secret), key)) {
        qCWarning(lcSeal) << Q_FUNC_INFO << "seal_keys row" << id << "does not open";
        refuse(error, SafeguardingSeal::tr("This safeguarding record is damaged or was sealed with another "
                                           "school's key."));
        return std::nullopt;
    }
    return key;
}
} // namespace

SafeguardingSeal::SafeguardingSeal(Vault& vault)
    : m_vault(vault)
{
}

bool SafeguardingSeal::isAvailable() const
{
    return m_vault.safeguardingPublicKey().size() == crypto_box_PUBLICKEYBYTES;
}

namespace {
// What seal() and sealStream() check before anything is written.
bool maySeal(const Vault& vault, bool available, QString* error)
{
    if (!vault.require(Permission::WriteSafeguarding, error))
        return false;
    if (!available)
        return refuse(error, SafeguardingSeal::tr("Safeguarding records need a Designated Safeguarding Lead: "
                                                  "an administrator must add a DSL user first."));
    return true;
}

// What unseal() and unsealStream() check before anything is read.
bool mayUnseal(const Vault& vault, bool available, QString* error)
{
    if (!vault.require(Permission::ReadSafeguarding, error))
        return false;
    if (vault.safeguardingSecretKey().size() != crypto_box_SECRETKEYBYTES || !available)
        return refuse(
            error, SafeguardingSeal::tr("Your key does not yet hold the safeguarding key. A DSL or the head "
                                        "who holds it is asked to give it to you when they next sign in."));
    return true;
}
} // namespace

std::optional<QByteArray> SafeguardingSeal::seal(QByteArrayView plain, QString* error) const
{
    if (!maySeal(m_vault, isAvailable(), error))
        return std::nullopt;
    StoreSupport::Transaction transaction(m_vault.database());
    if (!transaction.isActive()) {
        refuse(error, cannotSave());
        return std::nullopt;
    }
    const SecureBytes key = SecureBytes::random(RecordKeyBytes);
    const auto keyId = storeKey(m_vault, key, error);
    if (!keyId)
        return std::nullopt;

    QByteArray sealed = prefix(RecordFormat, *keyId);
    sealed.resize(PrefixBytes + NonceBytes + plain.size() + TagBytes);
    unsigned char* nonce = bytes(sealed) + PrefixBytes;
    randombytes_buf(nonce, NonceBytes);
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + NonceBytes, nullptr, bytes(plain),
                                               std::size_t(plain.size()), bytes(sealed), PrefixBytes, nullptr,
                                               nonce, key.data());
    if (!transaction.commit()) {
        refuse(error, cannotSave());
        return std::nullopt;
    }
    return sealed;
}

std::optional<QByteArray> SafeguardingSeal::unseal(QByteArrayView sealed, const QString& entity, qint64 id,
                                                   QString* error) const
{
    if (!mayUnseal(m_vault, isAvailable(), error))
        return std::nullopt;
    if (sealed.size() < PrefixBytes + NonceBytes + TagBytes || sealed.at(0) != RecordFormat) {
        refuse(error, damagedRecord());
        return std::nullopt;
    }
    const auto key = openKey(m_vault, keyIdOf(sealed), error);
    if (!key)
        return std::nullopt;
    // The plain text is personal: it lives only in the returned array, which the caller shows and drops.
    const QByteArrayView cipher = sealed.sliced(PrefixBytes + NonceBytes);
    QByteArray plain(cipher.size() - TagBytes, Qt::Uninitialized);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(bytes(plain), nullptr, nullptr, bytes(cipher),
                                                   std::size_t(cipher.size()), bytes(sealed), PrefixBytes,
                                                   bytes(sealed) + PrefixBytes, key->data()) != 0) {
        qCWarning(lcSeal) << Q_FUNC_INFO << "content under seal_keys row" << keyIdOf(sealed)
                          << "does not authenticate";
        refuse(error, damagedRecord());
        return std::nullopt;
    }
    if (!AuditLog(m_vault).recordEvent(u"read_sealed"_s, {}, entity, id, error))
        return std::nullopt;
    return plain;
}

bool SafeguardingSeal::sealStream(QIODevice& in, QIODevice& out, QString* error) const
{
    if (!maySeal(m_vault, isAvailable(), error))
        return false;
    // The key's row lands only with the whole attachment, so a failed one leaves no key behind.
    StoreSupport::Transaction transaction(m_vault.database());
    if (!transaction.isActive())
        return refuse(error, cannotSave());
    const SecureBytes key = SecureBytes::random(RecordKeyBytes);
    const auto keyId = storeKey(m_vault, key, error);
    if (!keyId)
        return false;

    const QByteArray ad = prefix(StreamFormat, *keyId);
    crypto_secretstream_xchacha20poly1305_state state;
    const auto wipeState = qScopeGuard([&] { sodium_memzero(&state, sizeof state); });
    QByteArray header(StreamHeaderBytes, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_init_push(&state, bytes(header), key.data());
    const QString cannotWrite = tr("Lanyard could not write the sealed attachment. Check that there is room "
                                   "on the drive and try again.");
    if (!writeAll(out, ad.constData(), ad.size()) || !writeAll(out, header.constData(), header.size()))
        return refuse(error, cannotWrite);

    // One chunk is read ahead, so that the last one is known, and tagged FINAL, when it is sealed.
    QByteArray current(ChunkSize, Qt::Uninitialized);
    QByteArray next(ChunkSize, Qt::Uninitialized);
    QByteArray chunk(ChunkSize + StreamChunkOverhead, Qt::Uninitialized);
    const auto wipeBuffers = qScopeGuard([&] {
        sodium_memzero(current.data(), std::size_t(current.size()));
        sodium_memzero(next.data(), std::size_t(next.size()));
    });
    const QString cannotRead = tr("Lanyard could not read the file to attach. Check that it is still there "
                                  "and try again.");
    qsizetype length = readUpTo(in, current.data(), ChunkSize);
    for (;;) {
        if (length < 0)
            return refuse(error, cannotRead);
        const qsizetype following = length == ChunkSize ? readUpTo(in, next.data(), ChunkSize) : 0;
        if (following < 0)
            return refuse(error, cannotRead);
        const bool last = following == 0;
        unsigned long long sealedLength = 0;
        crypto_secretstream_xchacha20poly1305_push(&state, bytes(chunk), &sealedLength, bytes(current),
                                                   std::size_t(length), bytes(ad), std::size_t(ad.size()),
                                                   last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                                                        : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        if (!writeAll(out, chunk.constData(), qsizetype(sealedLength)))
            return refuse(error, cannotWrite);
        if (last)
            break;
        std::swap(current, next);
        length = following;
    }
    return transaction.commit() || refuse(error, cannotSave());
}

bool SafeguardingSeal::unsealStream(QIODevice& in, QIODevice& out, const QString& entity, qint64 id,
                                    QString* error) const
{
    if (!mayUnseal(m_vault, isAvailable(), error))
        return false;
    const QString cannotRead =
        tr("Lanyard could not read the sealed attachment. Check that the file is still "
           "there and try again.");
    QByteArray start(PrefixBytes + StreamHeaderBytes, Qt::Uninitialized);
    const qsizetype got = readUpTo(in, start.data(), start.size());
    if (got < 0)
        return refuse(error, cannotRead);
    if (got < start.size() || start.at(0) != StreamFormat)
        return refuse(error, damagedAttachment());
    const QByteArray ad = start.first(PrefixBytes);
    const auto key = openKey(m_vault, keyIdOf(ad), error);
    if (!key)
        return false;
    crypto_secretstream_xchacha20poly1305_state state;
    const auto wipeState = qScopeGuard([&] { sodium_memzero(&state, sizeof state); });
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, bytes(start) + PrefixBytes, key->data()) != 0)
        return refuse(error, damagedAttachment());
    // Content reaches out a chunk at a time from here on, so the reading is recorded first.
    if (!AuditLog(m_vault).recordEvent(u"read_sealed"_s, u"attachment"_s, entity, id, error))
        return false;

    QByteArray chunk(ChunkSize + StreamChunkOverhead, Qt::Uninitialized);
    QByteArray plain(ChunkSize, Qt::Uninitialized);
    const auto wipePlain = qScopeGuard([&] { sodium_memzero(plain.data(), std::size_t(plain.size())); });
    const QString cannotWrite =
        tr("Lanyard could not write the opened attachment. Check that there is room on "
           "the drive and try again.");
    for (;;) {
        const qsizetype length = readUpTo(in, chunk.data(), chunk.size());
        if (length < 0)
            return refuse(error, cannotRead);
        if (length == 0) {
            qCWarning(lcSeal) << Q_FUNC_INFO << "stream under seal_keys row" << keyIdOf(ad)
                              << "ends without its final chunk";
            return refuse(error,
                          tr("This safeguarding attachment is incomplete: it ends before its last part, "
                             "so it cannot be opened. Ask for help: a backup may hold all of it."));
        }
        unsigned long long plainLength = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&state, bytes(plain), &plainLength, &tag, bytes(chunk),
                                                       std::size_t(length), bytes(ad),
                                                       std::size_t(ad.size())) != 0 ||
            (tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE &&
             tag != crypto_secretstream_xchacha20poly1305_TAG_FINAL)) {
            qCWarning(lcSeal) << Q_FUNC_INFO << "a chunk under seal_keys row" << keyIdOf(ad)
                              << "does not authenticate";
            return refuse(error, damagedAttachment());
        }
        if (!writeAll(out, plain.constData(), qsizetype(plainLength)))
            return refuse(error, cannotWrite);
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL)
            break;
    }
    // Anything after the final chunk was added by someone else.
    char extra = 0;
    const qsizetype trailing = readUpTo(in, &extra, 1);
    if (trailing < 0)
        return refuse(error, cannotRead);
    if (trailing > 0) {
        qCWarning(lcSeal) << Q_FUNC_INFO << "stream under seal_keys row" << keyIdOf(ad)
                          << "has data after its final chunk";
        return refuse(error, damagedAttachment());
    }
    return true;
}

bool SafeguardingSeal::rewrap(const SecureBytes& oldSecret, QByteArrayView newPublic, QString* error) const
{
    if (!m_vault.require(Permission::ReadSafeguarding, error))
        return false;
    if (oldSecret.size() != crypto_box_SECRETKEYBYTES || newPublic.size() != crypto_box_PUBLICKEYBYTES) {
        qCWarning(lcSeal) << Q_FUNC_INFO << "a key of the wrong size";
        return refuse(error, tr("The safeguarding key could not be changed: Lanyard was not given a complete "
                                "key. Nothing was changed."));
    }
    const QByteArray oldPublic = publicOf(oldSecret);
    // One batch for the audit entries: thousands of rows, one head written.
    AuditLog::Batch batch(m_vault, error);
    if (!batch.isActive())
        return false;

    struct Row
    {
        qint64 id = 0;
        QByteArray wrapped;
        QString createdAt;
    };
    QList<Row> rows;
    {
        QSqlQuery q(m_vault.database());
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT id, wrapped, created_at FROM seal_keys ORDER BY id"_s))
            return sqlFailed(q, Q_FUNC_INFO, error);
        while (q.next())
            rows.append({q.value(0).toLongLong(), q.value(1).toByteArray(), q.value(2).toString()});
    }

    SecureBytes key(RecordKeyBytes);
    const QByteArray newPublicKey = newPublic.toByteArray();
    QSqlQuery update(m_vault.database());
    if (!update.prepare(u"UPDATE seal_keys SET wrapped = ?, wrapped_to = ? WHERE id = ?"_s))
        return sqlFailed(update, Q_FUNC_INFO, error);
    for (const Row& row : std::as_const(rows)) {
        if (!unwrap(row.wrapped, oldSecret, oldPublic, key)) {
            // Returning before the batch commits puts back every row already wrapped again.
            qCWarning(lcSeal) << Q_FUNC_INFO << "seal_keys row" << row.id << "does not open; nothing changed";
            return refuse(
                error, tr("The safeguarding key was not changed, and every safeguarding record is as it was: "
                          "one of the records' keys (number %1) could not be opened, so it may be damaged. "
                          "Ask for help before removing a DSL or the head.")
                           .arg(row.id));
        }
        QByteArray wrapped(WrappedBytes, Qt::Uninitialized);
        crypto_box_seal(bytes(wrapped), key.data(), key.size(), bytes(newPublic));
        update.bindValue(0, wrapped);
        update.bindValue(1, newPublicKey);
        update.bindValue(2, row.id);
        if (!update.exec())
            return sqlFailed(update, Q_FUNC_INFO, error, cannotSave());
        if (!StoreSupport::audit(m_vault, u"seal_keys"_s, row.id, u"update"_s, KeyColumns,
                                 {wrapped, newPublicKey, row.createdAt}, error))
            return false;
    }
    return batch.commit(error);
}
