#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>

class Vault;
namespace StoreSupport {
class Transaction;
}

// The vault's tamper-evident history (DESIGN §2), in table audit_log. Entries are only ever
// appended. Each carries hash = SHA-256(prev_hash ‖ canonical encoding of its other fields), and
// a change to a record also carries the hash of the record's content after the change, so a
// record altered behind Lanyard's back no longer matches its last entry. audit_head keeps the
// newest entry's id and hash, so removing entries from the end shows too.
//
// The canonical encoding of a row: its columns sorted by name, each as the name and a typed
// value, both length-prefixed (integer, real, text or blob as SQLite stores it). A NULL column is
// left out, which tells it apart from '' and lets a later migration add a column that is NULL in
// existing rows without disturbing their hashes; a migration that fills a new column in audited
// rows must record those rows again.
//
// Signatures (DESIGN §2): when the outermost unit of work that appended entries commits
// (StoreSupport::Transaction, which an AuditLog::Batch is part of), the acting user's Ed25519 key
// signs the newest of them: signedMessage() over its id, its hash and the user's id. The hash
// chains every entry before it, so the signature covers the run of entries since the previous
// signature. Signatures live in audit_signatures, keyed by the entry they were made at, with the
// public key that made them; verify() accepts only a key the signer's user_keys rows hold, and
// every entry a signature covers must name the signer. Someone with the vault key alone can rewrite
// entries and the head, but cannot sign as anyone. Entries made with the recovery key (user_id 0)
// are not signed, and verify() counts them. Entries before audit_head.signed_from, made before
// signing began, are checked by their hashes only.
class AuditLog final
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    explicit AuditLog(Vault& vault);

    // After a write to one record, inside the caller's transaction: reads the row as it now is
    // (SELECT * FROM table WHERE id = ?) and hashes it; a missing row records a deletion.
    // action: "insert", "update", "delete".
    bool recordChange(const QString& table, qint64 id, const QString& action, QString* error = nullptr);
    // The same after an insert or update that wrote every column of the row but id, without
    // reading it back: hashes the values as bound, which must be as SQLite stores them (integers,
    // doubles, QString text, QByteArray blobs, a null QVariant for NULL). A column left to its
    // default, or a value that the column's type affinity converts, would not match the row, and
    // verify() would report the record as changed outside Lanyard: use recordChange for those.
    bool recordWrite(const QString& table, qint64 id, const QString& action, const QStringList& columns,
                     const QVariantList& values, QString* error = nullptr);
    // Something that is not a change to a record: "login", "login_failed", "read_sealed", "backup",
    // "restore", "print_recovery_sheet", "lock", ... (never "insert", "update" or "delete").
    // detail is short and holds no personal data.
    bool recordEvent(const QString& action, const QString& detail = {}, const QString& entity = {},
                     qint64 id = 0, QString* error = nullptr);

    // Many changes in one transaction, such as an import of a roll: the chain's head is read once
    // when the batch opens and written once when it commits, instead of being read and rewritten
    // for every entry. Each entry is still appended, chained and hashed as it happens, whichever
    // AuditLog or store on the vault's connection records it. Like StoreSupport::Transaction, a
    // batch is a unit of work that joins the caller's, and a batch opened inside another joins
    // that one. Until the batch commits, audit_head is behind the trail: head() answers from the
    // batch, and verify() belongs after the commit.
    class Batch final
    {
    public:
        // Takes the vault's write lock; *error and !isActive() when it cannot.
        explicit Batch(Vault& vault, QString* error = nullptr);
        ~Batch();
        Q_DISABLE_COPY_MOVE(Batch)

        bool isActive() const { return m_active; }
        // Writes the head. False, and nothing saved by the unit of work it is part of, on failure.
        bool commit(QString* error = nullptr);

    private:
        friend class AuditLog;

        QSqlDatabase m_db;
        std::unique_ptr<StoreSupport::Transaction> m_transaction;
        bool m_active = false;
        bool m_owner = false; // false when it joined a batch already open
        qint64 m_entries = 0;
        qint64 m_lastId = 0;
        QString m_hash;
        QSqlQuery m_insert;              // the entry INSERT, prepared once for the whole batch
        const Vault* m_signer = nullptr; // the session whose entries the batch's commit signs
    };

    struct Entry
    {
        qint64 id = 0;
        QDateTime at; // UTC
        QString userName;
        QString action;
        QString entity;
        qint64 entityId = 0;
        QString detail;
        QString hash;
        qint64 userId = 0; // 0: made with the recovery key, and not signed
    };
    struct Filter
    {
        QString userName = {};
        QDate from = {}; // local dates, inclusive; invalid for no limit
        QDate to = {};
        QString entity = {};
        qint64 entityId = 0;
        int limit = 1000; // 0 or less for all
    };
    // ReadAudit. Newest first.
    Result<QList<Entry>> list(const Filter& filter) const;
    Result<QList<Entry>> list() const { return list(Filter{}); }
    // ReadAudit. The names and the record kinds that appear in the trail, for filters.
    Result<QStringList> userNames() const;
    Result<QStringList> entities() const;
    // Whether the row is as its last entry recorded it: false for a row changed behind Lanyard's
    // back, or never recorded.
    bool matchesTrail(const QString& table, qint64 id) const;
    // Hash of the newest entry, for reports to print; empty before the first entry.
    QString head() const;
    // How many entries the chain holds, as audit_head counts them (verify() checks that count):
    // with head(), the chain head that reports and the governors' figures carry.
    qint64 entryCount() const;

    // Walks the chain from the first entry; then checks every audited table's rows against their
    // last entry's content_hash; then PRAGMA integrity_check. Names the first problem in words an
    // administrator can act on.
    struct Verdict
    {
        bool ok = true;
        QString problem;
        qint64 entryId = 0;
        QString entity;
        qint64 entityId = 0;
        qint64 entries = 0;         // entries walked
        QString head;               // hash of the newest entry
        qint64 signedFrom = 1;      // the first entry made after signing began
        qint64 recoveryEntries = 0; // entries made with the recovery key, which are not signed
    };
    static Verdict verify(const QSqlDatabase& db);
    static QStringList auditedTables();

    // For people reading the trail: "Pupil", "Changed", ...
    static QString entityName(const QString& table);
    static QString actionName(const QString& action);

    // Exposed for tests: the canonical encoding described above and its hex SHA-256.
    static QByteArray canonical(const QStringList& names, const QVariantList& values);
    static QString sha256Hex(QByteArrayView data);
    // Exposed for tests: the hash of an entry, from the hash before it and its fields in the order
    // id, at, user_id, user_name, action, entity, entity_id, detail, content_hash.
    static QString entryHash(const QString& previousHash, const QVariantList& fields);
    // What a signature signs: the newest entry it covers, by id and hash, and who signs it.
    static QByteArray signedMessage(qint64 entryId, const QString& hash, qint64 userId);

    // For StoreSupport::Transaction, when the outermost unit of work on db commits: signs the
    // entries it appended, inside it. False when the signature cannot be written; the unit of work
    // must then roll back. forgetUnsigned() when it rolls back instead.
    static bool signAppended(const QSqlDatabase& db);
    static void forgetUnsigned(const QSqlDatabase& db);

private:
    // verify(), a step each. Each fills in the verdict and returns false at the first problem.
    struct Chain;      // what walking the chain learns
    struct Signatures; // what audit_signatures and user_keys hold
    static bool checkChain(const QSqlDatabase& db, Chain& chain, Verdict& verdict);
    static bool loadSignatures(const QSqlDatabase& db, Signatures& signatures, Verdict& verdict);
    static bool checkSignature(const Signatures& signatures, qint64 id, const QString& hash, qint64 userId,
                               const QString& userName, Chain& chain, Verdict& verdict);
    static bool checkSignedTail(const Chain& chain, Verdict& verdict);
    static bool checkHead(const QSqlDatabase& db, const Chain& chain, Verdict& verdict);
    static bool checkRecords(const QSqlDatabase& db, const Chain& chain, Verdict& verdict);
    static bool checkFile(const QSqlDatabase& db, Verdict& verdict);

    Result<QStringList> distinctValues(const QString& sql) const; // needs ReadAudit
    bool append(const QString& action, const QString& entity, qint64 entityId, const QString& detail,
                const QString& contentHash, QString* error);

    Vault& m_vault;
};
