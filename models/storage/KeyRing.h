#pragma once

#include "SecureBytes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// Argon2id work factors. Each slot records the limits it was sealed with, so lowering them (tests
// do, to stay fast) never weakens slots written by the shipped defaults.
struct KdfLimits
{
    quint64 opsLimit = 0;
    quint64 memLimit = 0;

    static KdfLimits defaults(); // libsodium's MODERATE: about half a second on an office PC
    static KdfLimits minimum();  // for tests only
};

// The NAME.lanyard-keys file: one slot per user, each sealing the vault key under a key derived
// from that user's passphrase. Slots are found by a keyed hash of the user name, so the file
// names nobody.
class KeyRing final
{
    Q_DECLARE_TR_FUNCTIONS(KeyRing)
public:
    static QString pathFor(const QString& vaultPath);

    // A missing file is an empty ring, not an error: the recovery key can rebuild it.
    bool load(const QString& path, QString* error = nullptr);
    // Atomic: the old file stays whole until the new one is complete on disk.
    bool save(const QString& path, QString* error = nullptr) const;

    // Random, made with the ring: tells one school's vault (and its backups) from another's.
    QString vaultId() const { return m_vaultId; }

    bool hasSlot(const QString& userName) const;
    bool isEmpty() const { return m_slots.isEmpty(); }
    // Adds or replaces the user's slot.
    bool setSlot(const QString& userName, QByteArrayView passphrase, const SecureBytes& vaultKey,
                 const KdfLimits& limits, QString* error = nullptr);
    bool removeSlot(const QString& userName);
    // nullopt when there is no slot for the user or the passphrase is wrong; the two are
    // deliberately indistinguishable.
    std::optional<SecureBytes> unlock(const QString& userName, QByteArrayView passphrase) const;

private:
    struct Slot
    {
        QByteArray id;
        QByteArray salt;
        quint64 opsLimit = 0;
        quint64 memLimit = 0;
        QByteArray nonce;
        QByteArray sealed;
    };
    QByteArray slotId(const QString& userName) const;
    void ensureSalt();

    QByteArray m_salt;
    QString m_vaultId;
    QList<Slot> m_slots;
};
