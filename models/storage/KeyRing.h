#pragma once

#include "SecureBytes.h"

#include <QCoreApplication>
#include <QDateTime>
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
//
// Each slot also has an X25519 key pair (the secret half sealed with the vault key). The
// safeguarding key, which seals concern records, is a second key pair: its public half sits in
// the ring so anyone may seal, and its secret half is sealed only to the key pairs of DSL and
// Head slots. Nothing in the database, and no other slot, can open it.
class KeyRing final
{
    Q_DECLARE_TR_FUNCTIONS(KeyRing)
public:
    // What a user's passphrase opens.
    struct Unsealed
    {
        SecureBytes vaultKey;
        SecureBytes boxSecretKey;
        SecureBytes safeguardingSecretKey; // empty unless the slot holds the safeguarding key
    };

    static QString pathFor(const QString& vaultPath);

    // Why load() failed.
    enum class Problem
    {
        None,
        Unreadable, // the system refused to read it
        Damaged,    // not a Lanyard key ring, or cut short or altered
        Newer,      // written by a newer Lanyard
    };
    // A missing file is an empty ring, not an error: the recovery key can rebuild it.
    bool load(const QString& path, QString* error = nullptr, Problem* problem = nullptr);
    // Atomic: the old file stays whole until the new one is complete on disk.
    bool save(const QString& path, QString* error = nullptr) const;

    // Random, made with the ring: tells one school's vault (and its backups) from another's.
    QString vaultId() const { return m_vaultId; }

    bool hasSlot(const QString& userName) const;
    bool isEmpty() const { return m_slots.isEmpty(); }
    // Adds or replaces the user's slot. A user changing their own passphrase keeps their key
    // pair (boxSecretKey), and with it any safeguarding key sealed to it; otherwise a new pair
    // is made and the safeguarding key, if any, must be granted again.
    bool setSlot(const QString& userName, QByteArrayView passphrase, const SecureBytes& vaultKey,
                 const KdfLimits& limits, QString* error = nullptr,
                 const SecureBytes* boxSecretKey = nullptr);
    bool removeSlot(const QString& userName);
    // nullopt when there is no slot for the user or the passphrase is wrong; the two are
    // deliberately indistinguishable, in time too: an unknown name runs the same Argon2id work
    // against a slot that does not exist, with the limits most of the ring's slots use.
    std::optional<Unsealed> unlock(const QString& userName, QByteArrayView passphrase) const;

    // Every Argon2id derivation this program has run, and the limits of the latest: for tests and
    // benchmarks, which show that a refusal did the work rather than time it.
    static quint64 derivationCount();
    static KdfLimits lastDerivationLimits();

    // Failed sign-ins, kept here (the vault cannot be written without a key) until the next
    // successful one moves them into the audit trail. Users are named by their slot hash only.
    struct Failure
    {
        QByteArray userHash;
        QDateTime at;
    };
    void recordFailure(const QString& userName);
    QList<Failure> takeFailures();
    bool isUser(const Failure& failure, const QString& userName) const
    {
        return failure.userHash == slotId(userName);
    }

    // The safeguarding key pair: made once, when the first DSL is added; returns its secret half.
    bool hasSafeguardingKey() const { return !m_safeguardingPublic.isEmpty(); }
    QByteArray safeguardingPublicKey() const { return m_safeguardingPublic; }
    SecureBytes createSafeguardingKey();
    bool grantSafeguarding(const QString& userName, const SecureBytes& safeguardingSecretKey);
    bool holdsSafeguarding(const QString& userName) const;

private:
    struct Slot
    {
        QByteArray id;
        QByteArray salt;
        quint64 opsLimit = 0;
        quint64 memLimit = 0;
        QByteArray nonce;
        QByteArray sealed;       // vault key and box secret key, under the passphrase
        QByteArray boxPublic;    // X25519 public key
        QByteArray safeguarding; // safeguarding secret key sealed to boxPublic, or empty
    };
    QByteArray slotId(const QString& userName) const;
    Slot* find(const QString& userName);
    const Slot* find(const QString& userName) const;
    void ensureSalt();
    KdfLimits usualLimits() const;

    QByteArray m_salt;
    QString m_vaultId;
    QByteArray m_safeguardingPublic;
    QList<Slot> m_slots;
    QList<Failure> m_failures;
};
