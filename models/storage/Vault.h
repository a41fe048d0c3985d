#pragma once

#include "KeyRing.h"
#include "SecureBytes.h"
#include "domain/Result.h"
#include "domain/Role.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

struct VaultError
{
    enum class Kind
    {
        None,
        Refused,          // the request itself cannot be met (no such file, file exists, bad key text)
        WrongCredentials, // user unknown, disabled, or passphrase or recovery key wrong
        Damaged,          // unreadable, tampered with, from a newer Lanyard, or a key ring from elsewhere
        KeyRingLost,      // the key ring is missing or damaged: only the recovery key opens the vault
        FiguresOnly,      // a governor's passphrase: it opens the figures bundle, never the vault
    };
    Kind kind = Kind::None;
    QString message;
};

struct VaultUser
{
    qint64 id = 0; // 0 for a session opened with the recovery key
    QString name;
    QString displayName;
    Role role = Role::Governor;
    bool mustChangePassphrase = false;
};

// One open school vault: the SQLCipher database, its key and the signed-in user. The vault key
// lives in guarded memory and is wiped by close().
class Vault final
{
    Q_DECLARE_TR_FUNCTIONS(Vault)
public:
    static constexpr auto Suffix = ".lanyard";

    struct CreateOptions
    {
        QString schoolName;
        QString userName;
        QString displayName;
        KdfLimits limits = KdfLimits::defaults();
    };

    ~Vault();
    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;

    // Creates NAME.lanyard and NAME.lanyard-keys; the first user is an administrator. The
    // recovery key (the vault key itself) is written to *recoveryKey for showing once.
    static std::unique_ptr<Vault> create(const QString& path, const CreateOptions& options,
                                         QByteArrayView passphrase, SecureBytes* recoveryKey,
                                         VaultError* error);
    static std::unique_ptr<Vault> open(const QString& path, const QString& userName,
                                       QByteArrayView passphrase, VaultError* error);
    static std::unique_ptr<Vault> openWithRecoveryKey(const QString& path, const QString& recoveryKey,
                                                      VaultError* error);
    // The same as open() after the key ring has been unsealed; exposed for the unlock benchmark.
    static std::unique_ptr<Vault> openWithKey(const QString& path, SecureBytes key, const QString& userName,
                                              VaultError* error);

    // 64 hex digits in 8 groups of 8 joined by dashes, and back.
    static QString formatRecoveryKey(const SecureBytes& key);
    static std::optional<SecureBytes> parseRecoveryKey(const QString& text);

    bool isOpen() const { return !m_key.isEmpty(); }

    // The signed-in user's role against what an operation needs; stores call require() first.
    bool can(Permission permission) const { return isOpen() && Roles::allows(m_user.role, permission); }
    bool require(Permission permission, QString* error = nullptr) const;
    // The same for a read: the refusal as a Failure, or nothing when the role may.
    std::optional<Failure> refused(Permission permission) const;

    // The signed-in user's Ed25519 key, which signs their audit entries; empty for a session
    // opened with the recovery key, whose entries are marked as such instead.
    const SecureBytes& signingSecretKey() const { return m_signSecret; }
    // What the signed-in user should be told, such as a signing key that does not match the one
    // recorded for them.
    const QStringList& warnings() const { return m_warnings; }

    // The safeguarding key pair (see KeyRing). Sealing needs only the public half; unsealing needs
    // the secret half, which only a DSL or Head session holds.
    QByteArray safeguardingPublicKey() const { return m_safeguardingPublic; }
    const SecureBytes& safeguardingSecretKey() const { return m_safeguardingSecret; }

    // Key slots for user management (UserStore), inside the caller's transaction, after the users
    // row is written: writeSlot() records the slot's signing key with the user. The safeguarding
    // key is made with the first DSL and sealed to them alone; everyone else is given it by a
    // person who holds it.
    bool writeSlot(const QString& userName, Role role, QByteArrayView passphrase, const KdfLimits& limits,
                   QString* error = nullptr);
    bool deleteSlot(const QString& userName, QString* error = nullptr);
    QSqlDatabase database() const;
    const QString& path() const { return m_path; }
    const VaultUser& user() const { return m_user; }
    int schemaVersion() const;

    // A new vault key, after someone leaves or on demand (ManageUsers): the database is re-keyed and
    // the new key sealed to every slot that held the old one, so that a slot or a recovery key kept
    // from before opens nothing of the vault as it is now. Backups already made keep the old key.
    // The new recovery key is written to *recoveryKey, for showing once. Not inside a transaction.
    bool changeKey(SecureBytes* recoveryKey, QString* error = nullptr);
    // After a DSL or the head leaves: a new safeguarding key pair, made now if this session holds
    // the key, or else at the next sign-in of someone who does. Record keys are re-wrapped to it
    // (SafeguardingSeal::rewrap); no sealed content is rewritten.
    bool rotateSafeguardingKey(QString* error = nullptr);

    // Writes a new key slot for the user. Users change their own; an administrator or a
    // recovery-key session may set anyone's, which then must be changed at next sign-in.
    bool setPassphrase(const QString& userName, QByteArrayView passphrase, const KdfLimits& limits,
                       QString* error = nullptr);

    // Closes the database and wipes the key.
    void close();

    // Locking closes the database and wipes every key but keeps who is signed in, so that
    // unlock() with their passphrase (or, for a recovery-key session, the recovery key) opens
    // it again in place: stores and screens holding this Vault carry on where they were.
    void lock();
    bool isLocked() const { return !isOpen() && !m_path.isEmpty(); }
    bool unlock(const QString& passphraseOrRecoveryKey, VaultError* error = nullptr);

private:
    Vault() = default;
    // The key ring, for writing a slot. A recovery-key session sets a damaged one aside and starts
    // a new one, so that the users can be added again.
    bool loadRing(KeyRing& ring, QString* error) const;
    // Records a signing key as the named user's newest (table user_keys), audited.
    bool recordSigningKey(const QString& userName, const QByteArray& publicKey, QString* error);
    // At sign-in: the key the slot yields against the one recorded for the user. A slot from before
    // slots could sign gets a key pair now; a key never recorded is recorded; a different one is a
    // warning for the user and an audit entry.
    void checkSigningKey(KeyRing& ring, QByteArrayView passphrase);
    // The rotation itself, when the ring says one is due and this session holds the key.
    bool rotateSafeguardingIfDue(KeyRing& ring, QString* error);
    // Records this sign-in, and the failed ones since the last, in the audit trail.
    void auditSignIn(KeyRing& ring);
    // Audit anchors (ChainAnchors), after the sign-in is recorded: the chain against every anchor
    // this PC can reach. A vault rolled back or truncated still opens, with a warning for the user
    // and an audit entry; one that agrees moves the anchors on.
    void checkAnchors(KeyRing& ring);

    QString m_path;
    QString m_connection;
    SecureBytes m_key;
    SecureBytes m_boxSecret;
    SecureBytes m_signSecret;
    SecureBytes m_safeguardingSecret;
    QByteArray m_safeguardingPublic;
    VaultUser m_user;
    QStringList m_warnings;
};
