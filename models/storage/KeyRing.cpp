#include "KeyRing.h"

#include "PrivateFiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <sodium.h>

#include <algorithm>
#include <atomic>
#include <map>

using namespace Qt::StringLiterals;

namespace {
// Version 2 gave slots signing keys and sealed the vault key to each slot's X25519 key. A version 1
// slot sealed the vault key and its box secret key under the passphrase; such slots are read until
// their user next signs in, when Vault writes them again.
constexpr int FormatVersion = 2;
constexpr auto Magic = "lanyard-keys";
constexpr std::size_t VaultKeyBytes = 32;
constexpr std::size_t SecretsBytes = crypto_box_SECRETKEYBYTES + crypto_sign_SECRETKEYBYTES;
constexpr std::size_t SealedBytes = SecretsBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr std::size_t LegacySecretsBytes = VaultKeyBytes + crypto_box_SECRETKEYBYTES;
constexpr std::size_t LegacySealedBytes = LegacySecretsBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr std::size_t WrappedKeyBytes = VaultKeyBytes + crypto_box_SEALBYTES;

QByteArray b64(const QJsonValue& v)
{
    return QByteArray::fromBase64(v.toString().toLatin1());
}
QString b64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}
const unsigned char* bytes(const QByteArray& a)
{
    return reinterpret_cast<const unsigned char*>(a.constData());
}
unsigned char* bytes(QByteArray& a)
{
    return reinterpret_cast<unsigned char*>(a.data());
}

// Refuses work factors a tampered file could use to stall or exhaust the machine.
bool acceptable(quint64 ops, quint64 mem)
{
    return ops <= crypto_pwhash_OPSLIMIT_SENSITIVE * 4 && mem <= crypto_pwhash_MEMLIMIT_SENSITIVE * 2 &&
           ops >= crypto_pwhash_OPSLIMIT_MIN && mem >= crypto_pwhash_MEMLIMIT_MIN;
}

std::atomic<quint64> derivations{0};
std::atomic<quint64> lastOps{0};
std::atomic<quint64> lastMem{0};

bool deriveKey(SecureBytes& out, QByteArrayView passphrase, const QByteArray& salt, quint64 ops, quint64 mem)
{
    ++derivations;
    lastOps = ops;
    lastMem = mem;
    return crypto_pwhash(out.data(), out.size(), passphrase.data(), std::size_t(passphrase.size()),
                         bytes(salt), ops, std::size_t(mem), crypto_pwhash_ALG_ARGON2ID13) == 0;
}
} // namespace

KdfLimits KdfLimits::defaults()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KdfLimits KdfLimits::minimum()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

QString KeyRing::pathFor(const QString& vaultPath)
{
    return vaultPath + u"-keys"_s;
}

bool KeyRing::load(const QString& path, QString* error, Problem* problem)
{
    const auto fail = [&](Problem kind, const QString& message) {
        if (error)
            *error = message;
        if (problem)
            *problem = kind;
        return false;
    };
    if (problem)
        *problem = Problem::None;
    m_slots.clear();
    m_salt.clear();
    m_vaultId.clear();
    m_safeguardingPublic.clear();
    m_failures.clear();
    m_anchor.reset();
    m_rotationDue = false;
    QFile file(path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly))
        return fail(Problem::Unreadable,
                    tr("The key ring %1 cannot be read: %2").arg(path, file.errorString()));
    QJsonParseError parse{};
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parse).object();
    if (parse.error != QJsonParseError::NoError || root.value(u"format"_s).toString() != QLatin1String(Magic))
        return fail(Problem::Damaged,
                    tr("The key ring %1 is damaged or is not a Lanyard key ring.").arg(path));
    if (root.value(u"version"_s).toInt() > FormatVersion)
        return fail(Problem::Newer, tr("The key ring was written by a newer version of Lanyard."));
    m_salt = b64(root.value(u"salt"_s));
    m_vaultId = root.value(u"vault"_s).toString();
    m_safeguardingPublic = b64(root.value(u"safeguarding"_s));
    m_rotationDue = root.value(u"rotate_safeguarding"_s).toBool();
    bool whole = m_safeguardingPublic.isEmpty() || m_safeguardingPublic.size() == crypto_box_PUBLICKEYBYTES;
    if (root.contains(u"anchor"_s)) {
        const QJsonObject anchor = root.value(u"anchor"_s).toObject();
        m_anchor = Anchor{anchor.value(u"entries"_s).toInteger(), anchor.value(u"hash"_s).toString()};
    }
    const QJsonArray failures = root.value(u"failures"_s).toArray();
    for (const QJsonValue& v : failures)
        m_failures.append({b64(v.toObject().value(u"user"_s)),
                           QDateTime::fromString(v.toObject().value(u"at"_s).toString(), Qt::ISODate)});
    const QJsonArray slots = root.value(u"slots"_s).toArray();
    for (const QJsonValue& v : slots) {
        const QJsonObject o = v.toObject();
        Slot s{b64(o.value(u"id"_s)),
               b64(o.value(u"salt"_s)),
               quint64(o.value(u"ops"_s).toInteger()),
               quint64(o.value(u"mem"_s).toInteger()),
               b64(o.value(u"nonce"_s)),
               b64(o.value(u"sealed"_s)),
               b64(o.value(u"public"_s)),
               b64(o.value(u"sign"_s)),
               b64(o.value(u"vault"_s)),
               b64(o.value(u"safeguarding"_s)),
               o.value(u"figures_only"_s).toBool()};
        const bool legacy = std::size_t(s.sealed.size()) == LegacySealedBytes;
        whole = whole && s.salt.size() == crypto_pwhash_SALTBYTES &&
                s.nonce.size() == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES &&
                (legacy ? s.signPublic.isEmpty()
                        : std::size_t(s.sealed.size()) == SealedBytes &&
                              s.signPublic.size() == crypto_sign_PUBLICKEYBYTES) &&
                (s.vault.isEmpty() || std::size_t(s.vault.size()) == WrappedKeyBytes) &&
                s.boxPublic.size() == crypto_box_PUBLICKEYBYTES &&
                (s.safeguarding.isEmpty() ||
                 s.safeguarding.size() == crypto_box_SECRETKEYBYTES + crypto_box_SEALBYTES);
        m_slots.append(s);
    }
    if (!whole) {
        m_slots.clear();
        return fail(Problem::Damaged, tr("The key ring %1 is damaged.").arg(path));
    }
    return true;
}

bool KeyRing::save(const QString& path, QString* error) const
{
    QJsonArray slots;
    for (const Slot& s : m_slots) {
        QJsonObject o{{u"id"_s, b64(s.id)},           {u"salt"_s, b64(s.salt)},
                      {u"ops"_s, qint64(s.opsLimit)}, {u"mem"_s, qint64(s.memLimit)},
                      {u"nonce"_s, b64(s.nonce)},     {u"sealed"_s, b64(s.sealed)},
                      {u"public"_s, b64(s.boxPublic)}};
        if (!s.signPublic.isEmpty())
            o.insert(u"sign"_s, b64(s.signPublic));
        if (!s.vault.isEmpty())
            o.insert(u"vault"_s, b64(s.vault));
        if (!s.safeguarding.isEmpty())
            o.insert(u"safeguarding"_s, b64(s.safeguarding));
        if (s.figuresOnly)
            o.insert(u"figures_only"_s, true);
        slots.append(o);
    }
    QJsonObject root{{u"format"_s, QLatin1String(Magic)},
                     {u"version"_s, FormatVersion},
                     {u"vault"_s, m_vaultId},
                     {u"salt"_s, b64(m_salt)},
                     {u"slots"_s, slots}};
    if (!m_safeguardingPublic.isEmpty())
        root.insert(u"safeguarding"_s, b64(m_safeguardingPublic));
    if (m_rotationDue)
        root.insert(u"rotate_safeguarding"_s, true);
    if (m_anchor)
        root.insert(u"anchor"_s, QJsonObject{{u"entries"_s, m_anchor->entries}, {u"hash"_s, m_anchor->hash}});
    QJsonArray failures;
    for (const Failure& f : m_failures)
        failures.append(QJsonObject{{u"user"_s, b64(f.userHash)}, {u"at"_s, f.at.toString(Qt::ISODate)}});
    if (!failures.isEmpty())
        root.insert(u"failures"_s, failures);
    // QSaveFile gives a new file the umask's mode and an existing one its old mode: neither is
    // necessarily the owner's alone.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(PrivateFiles::FileMode) ||
        file.write(QJsonDocument(root).toJson()) < 0 || !file.commit()) {
        if (error)
            *error = tr("The key ring %1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void KeyRing::ensureSalt()
{
    if (m_salt.isEmpty()) {
        m_salt.resize(crypto_generichash_KEYBYTES);
        randombytes_buf(m_salt.data(), std::size_t(m_salt.size()));
    }
    if (m_vaultId.isEmpty()) {
        QByteArray id(16, Qt::Uninitialized);
        randombytes_buf(id.data(), std::size_t(id.size()));
        m_vaultId = QString::fromLatin1(id.toHex());
    }
}

QByteArray KeyRing::slotId(const QString& userName) const
{
    const QByteArray name = userName.trimmed().toCaseFolded().toUtf8();
    QByteArray id(16, Qt::Uninitialized);
    crypto_generichash(bytes(id), std::size_t(id.size()), bytes(name), std::size_t(name.size()),
                       bytes(m_salt), std::size_t(m_salt.size()));
    return id;
}

KeyRing::Slot* KeyRing::find(const QString& userName)
{
    if (m_salt.isEmpty())
        return nullptr;
    const QByteArray id = slotId(userName);
    const auto it = std::find_if(m_slots.begin(), m_slots.end(), [&](const Slot& s) { return s.id == id; });
    return it == m_slots.end() ? nullptr : &*it;
}

const KeyRing::Slot* KeyRing::find(const QString& userName) const
{
    return const_cast<KeyRing*>(this)->find(userName);
}

bool KeyRing::hasSlot(const QString& userName) const
{
    return find(userName) != nullptr;
}

bool KeyRing::setSlot(const QString& userName, QByteArrayView passphrase, const SecureBytes& vaultKey,
                      const KdfLimits& limits, QString* error, const SecureBytes* boxSecretKey,
                      const SecureBytes* signSecretKey)
{
    Crypto::initialise();
    ensureSalt();
    const Slot* previous = find(userName);
    Slot slot;
    slot.id = slotId(userName);
    slot.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(slot.salt.data(), std::size_t(slot.salt.size()));
    slot.opsLimit = limits.opsLimit;
    slot.memLimit = limits.memLimit;
    slot.nonce.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    randombytes_buf(slot.nonce.data(), std::size_t(slot.nonce.size()));

    // The plain text is the box secret key followed by the sign secret key.
    SecureBytes secrets(SecretsBytes);
    unsigned char* boxSecret = secrets.data();
    unsigned char* signSecret = secrets.data() + crypto_box_SECRETKEYBYTES;
    slot.boxPublic.resize(crypto_box_PUBLICKEYBYTES);
    if (boxSecretKey) {
        std::copy(boxSecretKey->data(), boxSecretKey->data() + crypto_box_SECRETKEYBYTES, boxSecret);
        crypto_scalarmult_base(bytes(slot.boxPublic), boxSecret);
        if (previous && previous->boxPublic == slot.boxPublic)
            slot.safeguarding = previous->safeguarding;
    } else {
        crypto_box_keypair(bytes(slot.boxPublic), boxSecret);
    }
    slot.signPublic.resize(crypto_sign_PUBLICKEYBYTES);
    if (signSecretKey && signSecretKey->size() == crypto_sign_SECRETKEYBYTES) {
        std::copy(signSecretKey->data(), signSecretKey->data() + crypto_sign_SECRETKEYBYTES, signSecret);
        crypto_sign_ed25519_sk_to_pk(bytes(slot.signPublic), signSecret);
    } else {
        crypto_sign_keypair(bytes(slot.signPublic), signSecret);
    }
    if (!vaultKey.isEmpty()) {
        slot.vault.resize(qsizetype(WrappedKeyBytes));
        crypto_box_seal(bytes(slot.vault), vaultKey.data(), VaultKeyBytes, bytes(slot.boxPublic));
    }

    SecureBytes wrapKey(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (!deriveKey(wrapKey, passphrase, slot.salt, slot.opsLimit, slot.memLimit)) {
        if (error)
            *error = tr("There is not enough memory to protect the passphrase.");
        return false;
    }
    slot.sealed.resize(qsizetype(SealedBytes));
    unsigned long long sealedLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(bytes(slot.sealed), &sealedLength, secrets.data(),
                                               secrets.size(), bytes(slot.id), std::size_t(slot.id.size()),
                                               nullptr, bytes(slot.nonce), wrapKey.data());

    removeSlot(userName);
    m_slots.append(slot);
    return true;
}

void KeyRing::rekey(const SecureBytes& vaultKey, const QStringList& governors)
{
    for (const QString& governor : governors) {
        if (Slot* slot = find(governor)) {
            slot->vault.clear();
            slot->figuresOnly = true;
        }
    }
    for (Slot& slot : m_slots) {
        if (slot.figuresOnly)
            continue;
        // A version 1 slot held the vault key under its passphrase; it is a holder too.
        if (slot.vault.isEmpty() && std::size_t(slot.sealed.size()) != LegacySealedBytes)
            continue;
        slot.vault.resize(qsizetype(WrappedKeyBytes));
        crypto_box_seal(bytes(slot.vault), vaultKey.data(), VaultKeyBytes, bytes(slot.boxPublic));
    }
}

std::optional<KdfLimits> KeyRing::limitsOf(const QString& userName) const
{
    const Slot* slot = find(userName);
    return slot ? std::optional(KdfLimits{slot->opsLimit, slot->memLimit}) : std::nullopt;
}

QByteArray KeyRing::boxPublicKey(const QString& userName) const
{
    const Slot* slot = find(userName);
    return slot ? slot->boxPublic : QByteArray();
}

QByteArray KeyRing::signPublicKey(const QString& userName) const
{
    const Slot* slot = find(userName);
    return slot ? slot->signPublic : QByteArray();
}

QList<QByteArray> KeyRing::signPublicKeys() const
{
    QList<QByteArray> keys;
    for (const Slot& slot : m_slots)
        if (!slot.signPublic.isEmpty())
            keys.append(slot.signPublic);
    return keys;
}

bool KeyRing::removeSlot(const QString& userName)
{
    if (m_salt.isEmpty())
        return false;
    const QByteArray id = slotId(userName);
    return m_slots.removeIf([&](const Slot& s) { return s.id == id; }) > 0;
}

std::optional<KeyRing::Unsealed> KeyRing::unlock(const QString& userName, QByteArrayView passphrase) const
{
    Crypto::initialise();
    const Slot* slot = find(userName);
    if (!slot) {
        // As much work as a wrong passphrase, so that whether a name has a slot cannot be timed.
        const KdfLimits limits = usualLimits();
        QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
        randombytes_buf(salt.data(), std::size_t(salt.size()));
        SecureBytes unused(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
        deriveKey(unused, passphrase, salt, limits.opsLimit, limits.memLimit);
        return std::nullopt;
    }
    if (!acceptable(slot->opsLimit, slot->memLimit))
        return std::nullopt;
    SecureBytes wrapKey(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (!deriveKey(wrapKey, passphrase, slot->salt, slot->opsLimit, slot->memLimit))
        return std::nullopt;
    const bool legacy = std::size_t(slot->sealed.size()) == LegacySealedBytes;
    SecureBytes secrets(legacy ? LegacySecretsBytes : SecretsBytes);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            secrets.data(), &length, nullptr, bytes(slot->sealed), std::size_t(slot->sealed.size()),
            bytes(slot->id), std::size_t(slot->id.size()), bytes(slot->nonce), wrapKey.data()) != 0)
        return std::nullopt;
    Unsealed result;
    if (legacy) {
        if (!slot->figuresOnly)
            result.vaultKey = SecureBytes::copyOf(secrets.view().first(VaultKeyBytes));
        result.boxSecretKey = SecureBytes::copyOf(secrets.view().sliced(VaultKeyBytes));
    } else {
        result.boxSecretKey = SecureBytes::copyOf(secrets.view().first(crypto_box_SECRETKEYBYTES));
        result.signSecretKey = SecureBytes::copyOf(secrets.view().sliced(crypto_box_SECRETKEYBYTES));
    }
    if (!slot->vault.isEmpty()) {
        SecureBytes vaultKey(VaultKeyBytes);
        if (crypto_box_seal_open(vaultKey.data(), bytes(slot->vault), std::size_t(slot->vault.size()),
                                 bytes(slot->boxPublic), result.boxSecretKey.data()) != 0)
            return std::nullopt;
        result.vaultKey = std::move(vaultKey);
    }
    if (!slot->safeguarding.isEmpty()) {
        SecureBytes sg(crypto_box_SECRETKEYBYTES);
        if (crypto_box_seal_open(sg.data(), bytes(slot->safeguarding), std::size_t(slot->safeguarding.size()),
                                 bytes(slot->boxPublic), result.boxSecretKey.data()) == 0)
            result.safeguardingSecretKey = std::move(sg);
    }
    return result;
}

quint64 KeyRing::derivationCount()
{
    return derivations;
}

KdfLimits KeyRing::lastDerivationLimits()
{
    return {lastOps, lastMem};
}

KdfLimits KeyRing::usualLimits() const
{
    // The limits most slots share (the first slot's, on a tie); the shipped ones for an empty ring.
    std::map<std::pair<quint64, quint64>, qsizetype> uses;
    KdfLimits usual = KdfLimits::defaults();
    qsizetype most = 0;
    for (const Slot& s : m_slots) {
        if (!acceptable(s.opsLimit, s.memLimit))
            continue;
        const qsizetype n = ++uses[{s.opsLimit, s.memLimit}];
        if (n > most) {
            most = n;
            usual = {s.opsLimit, s.memLimit};
        }
    }
    return usual;
}

void KeyRing::recordFailure(const QString& userName)
{
    ensureSalt();
    constexpr qsizetype Kept = 1000; // enough to show a guessing attack, small enough to stay quick
    if (m_failures.size() >= Kept)
        m_failures.removeFirst();
    m_failures.append({slotId(userName), QDateTime::currentDateTimeUtc()});
}

QList<KeyRing::Failure> KeyRing::takeFailures()
{
    return std::exchange(m_failures, {});
}

SecureBytes KeyRing::createSafeguardingKey()
{
    Crypto::initialise();
    SecureBytes secret(crypto_box_SECRETKEYBYTES);
    m_safeguardingPublic.resize(crypto_box_PUBLICKEYBYTES);
    crypto_box_keypair(bytes(m_safeguardingPublic), secret.data());
    return secret;
}

bool KeyRing::grantSafeguarding(const QString& userName, const SecureBytes& safeguardingSecretKey)
{
    Slot* slot = find(userName);
    if (!slot || safeguardingSecretKey.size() != crypto_box_SECRETKEYBYTES)
        return false;
    slot->safeguarding.resize(crypto_box_SECRETKEYBYTES + crypto_box_SEALBYTES);
    return crypto_box_seal(bytes(slot->safeguarding), safeguardingSecretKey.data(),
                           safeguardingSecretKey.size(), bytes(slot->boxPublic)) == 0;
}

bool KeyRing::holdsSafeguarding(const QString& userName) const
{
    const Slot* slot = find(userName);
    return slot && !slot->safeguarding.isEmpty();
}

void KeyRing::replaceSafeguardingKey(const SecureBytes& secretKey, const QByteArray& publicKey)
{
    m_safeguardingPublic = publicKey;
    for (Slot& slot : m_slots)
        if (!slot.safeguarding.isEmpty())
            crypto_box_seal(bytes(slot.safeguarding), secretKey.data(), secretKey.size(),
                            bytes(slot.boxPublic));
    m_rotationDue = false;
}
