#pragma once

#include "KeyRing.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

class Vault;

// The audit chain's head (DESIGN §2), kept outside the vault file so that a vault replaced by an
// older copy of itself, or cut short, shows: in the key ring, in this PC's settings (by vault id),
// in every backup's manifest, and on paper as COUNT:HASH (lanyard-cli verify --expect).
//
// A head is the number of entries and the hash of the newest. Against an anchor of n entries
// whose newest hash is h, a chain of c entries is:
// - whole, when c >= n and entry n's hash is h: it has grown from the anchor;
// - altered, when c >= n and entry n's hash is not h: the trail diverged from what the anchor saw
//   (changed behind Lanyard's back, or rolled back and written to since);
// - shorter than the anchor when c < n, and then:
//   - rolled back, if the vault passes its own checks (AuditLog::verify: the chain, every
//     signature, every record against its last entry, no signature left for an entry past the
//     end): an older copy of the vault, whole in itself;
//   - truncated, if it fails them: its newest entries were deleted and audit_head patched, so
//     the records they changed no longer match their last entries, or the signatures made at
//     them are still there, or entries after the last signature are left unsigned.
//   Someone who cut entries off and also removed their signatures and put every record back has
//   made an older copy of the vault, and it is reported as one: rolled back.
//
// Anchors only ever move forward, to a chain that has grown from them; a deliberate restore
// resets them (Backup::restore), and backups made before the newest restore stop being anchors.
class ChainAnchors final
{
    Q_DECLARE_TR_FUNCTIONS(ChainAnchors)
public:
    using Head = KeyRing::Anchor;

    // An anchor and where it was found: "the key ring", "this PC", "the backup of …".
    struct Anchor
    {
        QString place;
        Head head;
    };
    enum class Finding
    {
        RolledBack,
        Truncated,
        Altered,
    };
    struct Problem
    {
        Finding finding = Finding::Altered;
        Anchor anchor;
        qint64 entries = 0; // in the vault's chain
        QString message;    // for an administrator
    };

    // "COUNT:HASH", as reports print it and --expect takes it back.
    static QString format(const Head& head);
    static std::optional<Head> parse(const QString& text);
    // The vault's chain as it stands: its newest entry's id and hash; nullopt before the first.
    static std::optional<Head> headOf(const QSqlDatabase& db);

    // Every anchor this program can reach for the vault.
    static QList<Anchor> reachable(Vault& vault, const KeyRing& ring);
    // The chain against each anchor. wholeInItself: whether the vault passed AuditLog::verify, if
    // already known; it is asked only when a chain is shorter than an anchor.
    static QList<Problem> compare(const QSqlDatabase& db, const QList<Anchor>& anchors,
                                  std::optional<bool> wholeInItself = std::nullopt);
    // One line per problem.
    static QString describe(const QList<Problem>& problems);

    // At sign-in (Vault::open): compares the chain with every anchor. When they agree the anchors
    // move on to the chain; when not, they are left as they are, the trail records it, and the
    // returned warning is for the user.
    static QStringList atSignIn(Vault& vault, KeyRing& ring);
    // When a write session ends (lock, close) and after a backup: moves the key ring's and this
    // PC's anchors on to the chain, if it has grown from them.
    static void moveOn(Vault& vault);
    // After a deliberate restore: the vault at vaultPath is the restored one, whose head is head.
    static bool reset(const QString& vaultPath, const Head& head, QString* error = nullptr);

    // This PC's anchor for a vault, by its KeyRing::vaultId(), in the user's settings.
    static std::optional<Head> onThisPc(const QString& vaultId);
    static void setOnThisPc(const QString& vaultId, const Head& head);

    // While a backup's copy is opened to be restored, it is neither checked against the anchors of
    // the vault it is to replace nor moves them.
    class Suspend final
    {
    public:
        explicit Suspend(const QString& vaultPath);
        ~Suspend();
        Q_DISABLE_COPY_MOVE(Suspend)

    private:
        QString m_path;
    };
    static bool isSuspended(const QString& vaultPath);
};
