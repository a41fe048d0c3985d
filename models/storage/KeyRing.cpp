#include "KeyRing.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <sodium.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int FormatVersion = 1;
constexpr auto Magic = "lanyard-keys";

QByteArray b64(const QJsonValue& v)
{
    return QByteArray::fromBase64(v.toString().toLatin1());
}
QString b64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
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

bool KeyRing::load(const QString& path, QString* error)
{
    m_slots.clear();
    m_salt.clear();
    m_vaultId.clear();
    QFile file(path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The key ring %1 cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parse{};
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parse).object();
    if (parse.error != QJsonParseError::NoError ||
        root.value(u"format"_s).toString() != QLatin1String(Magic)) {
        if (error)
            *error = tr("The key ring %1 is damaged or is not a Lanyard key ring.").arg(path);
        return false;
    }
    if (root.value(u"version"_s).toInt() > FormatVersion) {
        if (error)
            *error = tr("The key ring was written by a newer version of Lanyard.");
        return false;
    }
    m_salt = b64(root.value(u"salt"_s));
    m_vaultId = root.value(u"vault"_s).toString();
    const QJsonArray slots = root.value(u"slots"_s).toArray();
    for (const QJsonValue& v : slots) {
        const QJsonObject o = v.toObject();
        Slot s{b64(o.value(u"id"_s)),
               b64(o.value(u"salt"_s)),
               quint64(o.value(u"ops"_s).toInteger()),
               quint64(o.value(u"mem"_s).toInteger()),
               b64(o.value(u"nonce"_s)),
               b64(o.value(u"sealed"_s))};
        if (s.salt.size() != crypto_pwhash_SALTBYTES ||
            s.nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES ||
            s.sealed.size() != 32 + crypto_aead_xchacha20poly1305_ietf_ABYTES) {
            if (error)
                *error = tr("The key ring %1 is damaged.").arg(path);
            m_slots.clear();
            return false;
        }
        m_slots.append(s);
    }
    return true;
}

bool KeyRing::save(const QString& path, QString* error) const
{
    QJsonArray slots;
    for (const Slot& s : m_slots)
        slots.append(QJsonObject{{u"id"_s, b64(s.id)},
                                 {u"salt"_s, b64(s.salt)},
                                 {u"ops"_s, qint64(s.opsLimit)},
                                 {u"mem"_s, qint64(s.memLimit)},
                                 {u"nonce"_s, b64(s.nonce)},
                                 {u"sealed"_s, b64(s.sealed)}});
    const QJsonObject root{{u"format"_s, QLatin1String(Magic)},
                           {u"version"_s, FormatVersion},
                           {u"vault"_s, m_vaultId},
                           {u"salt"_s, b64(m_salt)},
                           {u"slots"_s, slots}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0 || !file.commit()) {
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
    crypto_generichash(reinterpret_cast<unsigned char*>(id.data()), std::size_t(id.size()),
                       reinterpret_cast<const unsigned char*>(name.constData()), std::size_t(name.size()),
                       reinterpret_cast<const unsigned char*>(m_salt.constData()),
                       std::size_t(m_salt.size()));
    return id;
}

bool KeyRing::hasSlot(const QString& userName) const
{
    if (m_salt.isEmpty())
        return false;
    const QByteArray id = slotId(userName);
    return std::any_of(m_slots.cbegin(), m_slots.cend(), [&](const Slot& s) { return s.id == id; });
}

namespace {
bool deriveKey(SecureBytes& out, QByteArrayView passphrase, const QByteArray& salt, quint64 ops, quint64 mem)
{
    return crypto_pwhash(out.data(), out.size(), passphrase.data(), std::size_t(passphrase.size()),
                         reinterpret_cast<const unsigned char*>(salt.constData()), ops, std::size_t(mem),
                         crypto_pwhash_ALG_ARGON2ID13) == 0;
}
} // namespace

bool KeyRing::setSlot(const QString& userName, QByteArrayView passphrase, const SecureBytes& vaultKey,
                      const KdfLimits& limits, QString* error)
{
    Crypto::initialise();
    ensureSalt();
    Slot slot;
    slot.id = slotId(userName);
    slot.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(slot.salt.data(), std::size_t(slot.salt.size()));
    slot.opsLimit = limits.opsLimit;
    slot.memLimit = limits.memLimit;
    slot.nonce.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    randombytes_buf(slot.nonce.data(), std::size_t(slot.nonce.size()));

    SecureBytes wrapKey(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (!deriveKey(wrapKey, passphrase, slot.salt, slot.opsLimit, slot.memLimit)) {
        if (error)
            *error = tr("There is not enough memory to protect the passphrase.");
        return false;
    }
    slot.sealed.resize(qsizetype(vaultKey.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES));
    unsigned long long sealedLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(slot.sealed.data()), &sealedLength, vaultKey.data(), vaultKey.size(),
        reinterpret_cast<const unsigned char*>(slot.id.constData()), std::size_t(slot.id.size()), nullptr,
        reinterpret_cast<const unsigned char*>(slot.nonce.constData()), wrapKey.data());
    slot.sealed.resize(qsizetype(sealedLength));

    removeSlot(userName);
    m_slots.append(slot);
    return true;
}

bool KeyRing::removeSlot(const QString& userName)
{
    if (m_salt.isEmpty())
        return false;
    const QByteArray id = slotId(userName);
    return m_slots.removeIf([&](const Slot& s) { return s.id == id; }) > 0;
}

std::optional<SecureBytes> KeyRing::unlock(const QString& userName, QByteArrayView passphrase) const
{
    Crypto::initialise();
    if (m_salt.isEmpty())
        return std::nullopt;
    const QByteArray id = slotId(userName);
    const auto it = std::find_if(m_slots.cbegin(), m_slots.cend(), [&](const Slot& s) { return s.id == id; });
    if (it == m_slots.cend())
        return std::nullopt;
    // Refuse work factors a tampered file could use to stall or exhaust the machine.
    if (it->opsLimit > crypto_pwhash_OPSLIMIT_SENSITIVE * 4 ||
        it->memLimit > crypto_pwhash_MEMLIMIT_SENSITIVE * 2 || it->opsLimit < crypto_pwhash_OPSLIMIT_MIN ||
        it->memLimit < crypto_pwhash_MEMLIMIT_MIN)
        return std::nullopt;
    SecureBytes wrapKey(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (!deriveKey(wrapKey, passphrase, it->salt, it->opsLimit, it->memLimit))
        return std::nullopt;
    SecureBytes key(std::size_t(it->sealed.size()) - crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long keyLength = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            key.data(), &keyLength, nullptr, reinterpret_cast<const unsigned char*>(it->sealed.constData()),
            std::size_t(it->sealed.size()), reinterpret_cast<const unsigned char*>(it->id.constData()),
            std::size_t(it->id.size()), reinterpret_cast<const unsigned char*>(it->nonce.constData()),
            wrapKey.data()) != 0)
        return std::nullopt;
    return key;
}
