#pragma once

#include "SecureBytes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

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

// The NAME.lanyard-keys file: one slot per user. Slots are found by a keyed hash of the user name,
// so the file names nobody.
//
// A slot seals, under a key derived from the user's passphrase, two key pairs of the user's own:
// X25519 for what is sealed to them and Ed25519 for signing the audit trail. Everything else a
// slot opens is sealed to its X25519 public key, so that it can be given or replaced without the
// user's passphrase:
// - the vault key, for every role but governors (a governor's slot opens the figures bundle only);
//   a new vault key after someone leaves is sealed again to every remaining slot (rekey());
// - the safeguarding secret key, for DSL and Head slots that someone holding it chose to give it.
//   Its public half sits in the ring so anyone may seal. Nothing in the database can open it.
//
// The ring also keeps the audit chain's newest head it has seen, one of the anchors that show a
// vault replaced by an older copy of itself.
class KeyRing final
{
    Q_DECLARE_TR_FUNCTIONS(KeyRing)
public:
    // What a user's passphrase opens.
    struct Unsealed
    {
        SecureBytes vaultKey; // empty for a governor's slot
        SecureBytes boxSecretKey;
        SecureBytes signSecretKey;         // empty for a slot written before slots could sign
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
    // Adds or replaces the user's slot; an empty vaultKey makes a governor's slot. A user changing
    // their own passphrase keeps their key pairs (boxSecretKey, signSecretKey), and with them any
    // safeguarding key sealed to them; otherwise new pairs are made and the safeguarding key, if
    // any, must be granted again.
    bool setSlot(const QString& userName, QByteArrayView passphrase, const SecureBytes& vaultKey,
                 const KdfLimits& limits, QString* error = nullptr, const SecureBytes* boxSecretKey = nullptr,
                 const SecureBytes* signSecretKey = nullptr);
    bool removeSlot(const QString& userName);
    // Seals a new vault key to every slot that held the old one but the named governors', which
    // from now on open the figures only, even a slot from before governors held only the figures.
    void rekey(const SecureBytes& vaultKey, const QStringList& governors);
    // The limits the user's slot was sealed with, to keep when it is written again.
    std::optional<KdfLimits> limitsOf(const QString& userName) const;

    // A slot's public keys; empty when the user has no slot (or, for signing, a slot from before
    // slots could sign).
    QByteArray boxPublicKey(const QString& userName) const;
    QByteArray signPublicKey(const QString& userName) const;
    // Every slot's signing key, to check who signed a figures bundle without the vault.
    QList<QByteArray> signPublicKeys() const;

    // The audit chain's newest head this ring has seen (AuditLog), or nullopt before the first.
    struct Anchor
    {
        qint64 entries = 0;
        QString hash;
    };
    std::optional<Anchor> anchor() const { return m_anchor; }
    void setAnchor(const Anchor& anchor) { m_anchor = anchor; }
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
    // After a DSL or head leaves, the pair is replaced by the next session that holds its secret
    // half (Vault): until then the ring says a replacement is due.
    void requestSafeguardingRotation() { m_rotationDue = hasSafeguardingKey(); }
    bool safeguardingRotationDue() const { return m_rotationDue; }
    // The new pair: its public half for sealing, its secret half sealed to every slot that held
    // the old one.
    void replaceSafeguardingKey(const SecureBytes& secretKey, const QByteArray& publicKey);

private:
    struct Slot
    {
        QByteArray id;
        QByteArray salt;
        quint64 opsLimit = 0;
        quint64 memLimit = 0;
        QByteArray nonce;
        QByteArray sealed;        // box and sign secret keys, under the passphrase (see load())
        QByteArray boxPublic;     // X25519 public key
        QByteArray signPublic;    // Ed25519 public key
        QByteArray vault;         // vault key sealed to boxPublic; empty for a governor
        QByteArray safeguarding;  // safeguarding secret key sealed to boxPublic, or empty
        bool figuresOnly = false; // a governor's version 1 slot, whose own copy of the vault key is void
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
    std::optional<Anchor> m_anchor;
    bool m_rotationDue = false;
};
