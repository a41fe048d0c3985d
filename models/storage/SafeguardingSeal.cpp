#include "SafeguardingSeal.h"

#include "AuditLog.h"
#include "Vault.h"

#include <sodium.h>

SafeguardingSeal::SafeguardingSeal(Vault& vault)
    : m_vault(vault)
{
}

bool SafeguardingSeal::isAvailable() const
{
    return m_vault.safeguardingPublicKey().size() == crypto_box_PUBLICKEYBYTES;
}

std::optional<QByteArray> SafeguardingSeal::seal(QByteArrayView plain, QString* error) const
{
    if (!m_vault.require(Permission::WriteSafeguarding, error))
        return std::nullopt;
    if (!isAvailable()) {
        if (error)
            *error =
                tr("Safeguarding records need a Designated Safeguarding Lead: an administrator must add a "
                   "DSL user first.");
        return std::nullopt;
    }
    const QByteArray publicKey = m_vault.safeguardingPublicKey();
    QByteArray sealed(plain.size() + qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()),
                    reinterpret_cast<const unsigned char*>(plain.data()), std::size_t(plain.size()),
                    reinterpret_cast<const unsigned char*>(publicKey.constData()));
    return sealed;
}

std::optional<QByteArray> SafeguardingSeal::unseal(QByteArrayView sealed, const QString& entity, qint64 id,
                                                   QString* error) const
{
    if (!m_vault.require(Permission::ReadSafeguarding, error))
        return std::nullopt;
    const SecureBytes& secret = m_vault.safeguardingSecretKey();
    if (secret.isEmpty() || !isAvailable()) {
        if (error)
            *error = tr("Your key does not yet hold the safeguarding key. A DSL or the head who holds it is "
                        "asked to give it to you when they next sign in.");
        return std::nullopt;
    }
    if (sealed.size() < qsizetype(crypto_box_SEALBYTES)) {
        if (error)
            *error = tr("This safeguarding record is damaged.");
        return std::nullopt;
    }
    // The plain text is personal: it lives only in the returned array, which the caller shows and drops.
    QByteArray plain(sealed.size() - qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
    unsigned char derivedPublic[crypto_box_PUBLICKEYBYTES];
    crypto_scalarmult_base(derivedPublic, secret.data());
    if (crypto_box_seal_open(reinterpret_cast<unsigned char*>(plain.data()),
                             reinterpret_cast<const unsigned char*>(sealed.data()),
                             std::size_t(sealed.size()), derivedPublic, secret.data()) != 0) {
        if (error)
            *error = tr("This safeguarding record is damaged or was sealed with another school's key.");
        return std::nullopt;
    }
    if (!AuditLog(m_vault).recordEvent(QStringLiteral("read_sealed"), {}, entity, id, error))
        return std::nullopt;
    return plain;
}
