#include "AuditLog.h"

#include "StoreSupport.h"
#include "Vault.h"

#include <QHash>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringEncoder>
#include <QVarLengthArray>
#include <QtEndian>

#include <openssl/evp.h>
#include <sodium.h>

#include <algorithm>
#include <bit>
#include <cstdio>
#include <map>
#include <numeric>
#include <optional>

using namespace Qt::StringLiterals;
using StoreSupport::readFailed;
using StoreSupport::refuse;
using StoreSupport::sqlFailed;

Q_LOGGING_CATEGORY(lcAudit, "lanyard.storage.audit")

namespace {
const QString Insert = u"insert"_s;
const QString Update = u"update"_s;
const QString Delete = u"delete"_s;

// The fields an entry's hash covers, in the order they are selected; prev_hash and hash follow.
const QStringList HashedColumns{u"id"_s,     u"at"_s,        u"user_id"_s, u"user_name"_s,   u"action"_s,
                                u"entity"_s, u"entity_id"_s, u"detail"_s,  u"content_hash"_s};

// A null QString is bound as SQL NULL; the trail's text columns always hold text.
QString text(const QString& value)
{
    return value.isNull() ? u""_s : value;
}

bool isIdentifier(const QString& name)
{
    return !name.isEmpty() && !name.front().isDigit() && std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
    });
}

void appendLength(QByteArray& out, qsizetype length)
{
    char bytes[4];
    qToBigEndian(quint32(length), bytes);
    out.append(bytes, sizeof bytes);
}

void appendBytes(QByteArray& out, QByteArrayView bytes)
{
    appendLength(out, bytes.size());
    out.append(bytes);
}

// The same for text as UTF-8, encoded in place rather than through a temporary QByteArray.
void appendText(QByteArray& out, QStringView text)
{
    const qsizetype start = out.size();
    out.resize(start + 4 + text.size() * 3); // UTF-8 takes at most three bytes per UTF-16 unit
    QStringEncoder utf8(QStringEncoder::Utf8);
    const char* end = utf8.appendToBuffer(out.data() + start + 4, text);
    out.truncate(end - out.constData());
    qToBigEndian(quint32(out.size() - start - 4), out.data() + start);
}

void appendInt(QByteArray& out, quint64 value)
{
    char bytes[8];
    qToBigEndian(value, bytes);
    appendBytes(out, QByteArrayView(bytes, sizeof bytes));
}

// Now, as QDateTime::toString(Qt::ISODateWithMs) writes a UTC time ("2026-09-01T08:30:05.123Z"),
// without the QString::asprintf behind that, which costs more than hashing the entry.
QString utcNow()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate date = now.date();
    const QTime time = now.time();
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", date.year(), date.month(),
                  date.day(), time.hour(), time.minute(), time.second(), time.msec());
    return QString::fromLatin1(text);
}

QString rowHash(const QSqlRecord& record)
{
    QStringList names;
    QVariantList values;
    for (int i = 0; i < record.count(); ++i) {
        names << record.fieldName(i);
        values << record.value(i);
    }
    return AuditLog::sha256Hex(AuditLog::canonical(names, values));
}

// "pupil 42 updated": English, like the rest of what the trail stores, and never a name.
QString changeDetail(const QString& table, qint64 id, const QString& action)
{
    static const QHash<QString, QString> singular{
        {u"users"_s, u"user"_s},         {u"academic_years"_s, u"academic year"_s},
        {u"terms"_s, u"term"_s},         {u"staff"_s, u"staff member"_s},
        {u"forms"_s, u"form"_s},         {u"pupils"_s, u"pupil"_s},
        {u"parents"_s, u"parent"_s},     {u"aup_templates"_s, u"AUP text"_s},
        {u"aup_rules"_s, u"AUP rule"_s}, {u"aup_agreements"_s, u"AUP agreement"_s},
    };
    static const QHash<QString, QString> done{
        {Insert, u"added"_s}, {Update, u"updated"_s}, {Delete, u"deleted"_s}};
    return singular.value(table, table) + u' ' + QString::number(id) + u' ' + done.value(action, action);
}

QString readFailedMessage()
{
    return AuditLog::tr("Lanyard could not read the audit trail.");
}

QString writeFailed()
{
    return AuditLog::tr("Lanyard could not write to the audit trail, so nothing was saved. If "
                        "another copy of Lanyard has the vault open, close it and try again.");
}

bool headMissing(const char* where, QString* error)
{
    qCWarning(lcAudit) << where << "the audit head is missing";
    return refuse(error,
                  AuditLog::tr("The audit trail is damaged, so nothing was saved. Ask an administrator "
                               "to check the vault (lanyard-cli verify)."));
}

const QStringList EntryColumns = HashedColumns + QStringList{u"prev_hash"_s, u"hash"_s};
const QStringList EntryPlaceholders = StoreSupport::placeholders(EntryColumns);
const QString InsertEntry = u"INSERT INTO audit_log ("_s + EntryColumns.join(u", "_s) + u") VALUES ("_s +
                            EntryPlaceholders.join(u", "_s) + u')';

// The batch open on each connection, if any; a connection is used from one thread.
QHash<QString, AuditLog::Batch*>& openBatches()
{
    static QHash<QString, AuditLog::Batch*> batches;
    return batches;
}

// The newest entry appended on each connection since its outermost unit of work began, and the
// session that appended it: what that unit of work signs when it commits.
struct UnsignedTail
{
    const Vault* vault = nullptr;
    qint64 entryId = 0;
    QString hash;
};
QHash<QString, UnsignedTail>& unsignedTails()
{
    static QHash<QString, UnsignedTail> tails;
    return tails;
}

QString unreadable()
{
    return AuditLog::tr("The vault could not be read to check it: the file may be damaged. Restore the most "
                        "recent backup, or ask for help before making changes.");
}

// Records the first problem verify() finds; false, so that a step can return it.
bool fail(AuditLog::Verdict& verdict, const QString& text, qint64 entryId, const QString& entity = {},
          qint64 entityId = 0)
{
    verdict.ok = false;
    verdict.problem = text;
    verdict.entryId = entryId;
    verdict.entity = entity;
    verdict.entityId = entityId;
    return false;
}
} // namespace

struct AuditLog::Signatures
{
    struct Signature
    {
        qint64 userId = 0;
        QByteArray publicKey;
        QByteArray signature;
    };
    qint64 signedFrom = 1;
    std::map<qint64, Signature> byEntry;
    QHash<qint64, QList<QByteArray>> keysByUser; // user_keys
    QHash<qint64, QString> names;                // users, for messages
};

struct AuditLog::Chain
{
    // The newest entry for one record that changed it: what the record should now hash to.
    struct LastChange
    {
        qint64 entryId = 0;
        QString contentHash; // empty for a deletion
    };

    // An entry made after signing began that no signature has covered yet.
    struct Unsigned
    {
        qint64 entryId = 0;
        qint64 userId = 0;
        QString userName;
    };

    qint64 entries = 0;                                       // walked
    QString head;                                             // the newest entry's hash
    QHash<QString, std::map<qint64, LastChange>> lastChanges; // by table, then record
    QList<Unsigned> unsignedEntries;                          // after the newest signature
    qint64 strandedSignature = 0; // the first signature for an entry past the end, if any
    Verdict signatureProblem;     // the first entry whose signature fails
    qint64 signedFrom = 1;
    qint64 recoveryEntries = 0;
};

QString AuditLog::entryHash(const QString& previousHash, const QVariantList& fields)
{
    QByteArray input = previousHash.toUtf8();
    input += canonical(HashedColumns, fields);
    return sha256Hex(input);
}

QByteArray AuditLog::signedMessage(qint64 entryId, const QString& hash, qint64 userId)
{
    QByteArray message("lanyard audit signature 1");
    appendInt(message, quint64(entryId));
    appendInt(message, quint64(userId));
    appendText(message, hash);
    return message;
}

bool AuditLog::signAppended(const QSqlDatabase& db)
{
    const auto it = unsignedTails().constFind(db.connectionName());
    if (it == unsignedTails().cend())
        return true;
    const UnsignedTail tail = *it;
    unsignedTails().erase(it);
    const SecureBytes& secret = tail.vault->signingSecretKey();
    if (secret.size() != crypto_sign_SECRETKEYBYTES) {
        // A session that should sign but cannot; verify() names the entry.
        qCWarning(lcAudit) << Q_FUNC_INFO << "no signing key: entry" << tail.entryId << "left unsigned";
        return true;
    }
    const qint64 userId = tail.vault->user().id;
    const QByteArray message = signedMessage(tail.entryId, tail.hash, userId);
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()), quint64(message.size()),
                         secret.data());
    crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char*>(publicKey.data()), secret.data());
    QSqlQuery q(db);
    // A signature left behind by entries removed outside Lanyard gives way to the real one.
    q.prepare(u"DELETE FROM audit_signatures WHERE entry_id = ?"_s);
    q.addBindValue(tail.entryId);
    if (!q.exec())
        return sqlFailed(q, Q_FUNC_INFO, nullptr);
    q.prepare(
        u"INSERT INTO audit_signatures (entry_id, user_id, public_key, signature) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(tail.entryId);
    q.addBindValue(userId);
    q.addBindValue(publicKey);
    q.addBindValue(signature);
    return q.exec() || sqlFailed(q, Q_FUNC_INFO, nullptr);
}

void AuditLog::forgetUnsigned(const QSqlDatabase& db)
{
    unsignedTails().remove(db.connectionName());
}

AuditLog::AuditLog(Vault& vault)
    : m_vault(vault)
{
}

QStringList AuditLog::auditedTables()
{
    return {u"users"_s,          u"school"_s,    u"academic_years"_s, u"terms"_s,         u"staff"_s,
            u"forms"_s,          u"pupils"_s,    u"parents"_s,        u"aup_templates"_s, u"aup_rules"_s,
            u"aup_agreements"_s, u"user_keys"_s, u"seal_keys"_s};
}

QByteArray AuditLog::canonical(const QStringList& names, const QVariantList& values)
{
    Q_ASSERT(names.size() == values.size());
    QVarLengthArray<qsizetype, 32> order(names.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return names[a] < names[b]; });
    QByteArray out;
    out.reserve(1024); // a row of a roll fits, so it is not copied as it grows
    for (qsizetype i : order) {
        const QVariant& value = values.at(i);
        if (value.isNull())
            continue;
        appendText(out, names[i]);
        switch (value.typeId()) {
        case QMetaType::LongLong:
        case QMetaType::Int:
        case QMetaType::Long:
        case QMetaType::Short:
        case QMetaType::Bool:
        case QMetaType::UInt:
        case QMetaType::ULong:
        case QMetaType::ULongLong:
        case QMetaType::UShort:
            out.append('i');
            appendInt(out, quint64(value.toLongLong()));
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            out.append('r');
            appendInt(out, std::bit_cast<quint64>(value.toDouble()));
            break;
        case QMetaType::QByteArray:
            out.append('b');
            appendBytes(out, value.toByteArray());
            break;
        default:
            out.append('t');
            appendText(out, value.toString());
            break;
        }
    }
    return out;
}

QString AuditLog::sha256Hex(QByteArrayView data)
{
    // OpenSSL's, which SQLCipher links already, fetched once: it uses the processor's SHA
    // instructions, where libsodium's portable code takes several times as long, and an import
    // hashes two rows for every pupil.
    static EVP_MD* const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    QByteArray digest(256 / 8, Qt::Uninitialized);
    if (!sha256 || EVP_Digest(data.data(), std::size_t(data.size()),
                              reinterpret_cast<unsigned char*>(digest.data()), nullptr, sha256, nullptr) != 1)
        qFatal("OpenSSL cannot compute SHA-256");
    return QString::fromLatin1(digest.toHex());
}

bool AuditLog::recordChange(const QString& table, qint64 id, const QString& action, QString* error)
{
    if (!isIdentifier(table)) {
        qCWarning(lcAudit) << Q_FUNC_INFO << "not a table name";
        return refuse(error, tr("Lanyard could not write to the audit trail, so nothing was saved."));
    }
    if (!auditedTables().contains(table))
        qCWarning(lcAudit) << Q_FUNC_INFO << table << "is not in AuditLog::auditedTables(); add it there";
    QSqlQuery q(m_vault.database());
    q.prepare(u"SELECT * FROM "_s + table + u" WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailed(q, Q_FUNC_INFO, error, writeFailed());
    QString recorded = action;
    QString contentHash;
    const bool present = q.next();
    if (present)
        contentHash = rowHash(q.record());
    q.finish();
    if (present) {
        if (action == Delete) {
            // The record is still there, so what happened to it is a change, whatever the caller said.
            qCWarning(lcAudit) << Q_FUNC_INFO << table << "delete recorded for a row that exists";
            recorded = Update;
        }
    } else {
        if (action != Delete)
            qCWarning(lcAudit) << Q_FUNC_INFO << table << action << "recorded for a row that is gone";
        recorded = Delete;
    }
    return append(recorded, table, id, changeDetail(table, id, recorded), contentHash, error);
}

bool AuditLog::matchesTrail(const QString& table, qint64 id) const
{
    if (!auditedTables().contains(table))
        return false;
    QSqlQuery q(m_vault.database());
    q.prepare(u"SELECT * FROM "_s + table + u" WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return false;
    const QString current = rowHash(q.record());
    q.prepare(
        u"SELECT content_hash FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id DESC LIMIT 1"_s);
    q.addBindValue(table);
    q.addBindValue(id);
    return q.exec() && q.next() && q.value(0).toString() == current;
}

bool AuditLog::recordWrite(const QString& table, qint64 id, const QString& action, const QStringList& columns,
                           const QVariantList& values, QString* error)
{
    if ((action != Insert && action != Update) || columns.size() != values.size() ||
        columns.contains(u"id"_s)) {
        qCWarning(lcAudit) << Q_FUNC_INFO << table << action << "not a whole row written";
        return refuse(error, tr("Lanyard could not write to the audit trail, so nothing was saved."));
    }
    if (!auditedTables().contains(table))
        qCWarning(lcAudit) << Q_FUNC_INFO << table << "is not in AuditLog::auditedTables(); add it there";
    const QString contentHash =
        sha256Hex(canonical(columns + QStringList{u"id"_s}, values + QVariantList{id}));
    return append(action, table, id, changeDetail(table, id, action), contentHash, error);
}

bool AuditLog::recordEvent(const QString& action, const QString& detail, const QString& entity, qint64 id,
                           QString* error)
{
    // Changes carry their record's content hash, which verify() relies on: they go through recordChange
    // or recordWrite.
    Q_ASSERT_X(action != Insert && action != Update && action != Delete, Q_FUNC_INFO, "use recordChange");
    if (action.isEmpty() || action == Insert || action == Update || action == Delete) {
        qCWarning(lcAudit) << Q_FUNC_INFO << "not an event:" << action;
        return refuse(error, tr("Lanyard could not write to the audit trail, so nothing was saved."));
    }
    return append(action, entity, id, detail, {}, error);
}

bool AuditLog::append(const QString& action, const QString& entity, qint64 entityId, const QString& detail,
                      const QString& contentHash, QString* error)
{
    QSqlDatabase db = m_vault.database();
    // The entry and the head move together, inside or outside a caller's transaction.
    StoreSupport::Transaction transaction(db);
    if (!transaction.isActive())
        return refuse(error, tr("Lanyard could not write to the audit trail, so nothing was saved."));
    Batch* batch = openBatches().value(db.connectionName());
    std::optional<QSqlQuery> own;
    qint64 id = 0;
    QString prev;
    if (batch) {
        id = batch->m_lastId + 1;
        prev = batch->m_hash;
    } else {
        QSqlQuery& q = own.emplace(db);
        // Writing the head first takes the write lock before the head is read, so two copies of
        // Lanyard cannot both chain from the same entry.
        if (!q.exec(u"UPDATE audit_head SET entries = entries + 1, last_id = last_id + 1 WHERE id = 1"_s))
            return sqlFailed(q, Q_FUNC_INFO, error, writeFailed());
        if (q.numRowsAffected() != 1 || !q.exec(u"SELECT last_id, hash FROM audit_head WHERE id = 1"_s) ||
            !q.next())
            return headMissing(Q_FUNC_INFO, error);
        id = q.value(0).toLongLong();
        prev = q.value(1).toString();
    }
    const VaultUser& user = m_vault.user();
    const QVariantList values{id,           utcNow(), user.id,      text(user.name),  text(action),
                              text(entity), entityId, text(detail), text(contentHash)};
    const QString hash = entryHash(prev, values);

    QSqlQuery& q = batch ? batch->m_insert : *own;
    if (!batch)
        q.prepare(InsertEntry);
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(EntryPlaceholders[i], values[i]);
    q.bindValue(u":prev_hash"_s, prev);
    q.bindValue(u":hash"_s, hash);
    if (!q.exec())
        return sqlFailed(q, Q_FUNC_INFO, error, writeFailed());
    if (batch) {
        batch->m_lastId = id;
        ++batch->m_entries;
        batch->m_hash = hash;
    }
    // Signed once, when the outermost unit of work commits; a recovery-key session does not sign.
    // A batch hands its newest entry over as it commits, which spares an import a lookup a row.
    if (user.id != 0) {
        if (batch)
            batch->m_signer = &m_vault;
        else
            unsignedTails().insert(db.connectionName(), {&m_vault, id, hash});
    }
    if (!batch) {
        q.prepare(u"UPDATE audit_head SET hash = ? WHERE id = 1"_s);
        q.addBindValue(hash);
        if (!q.exec())
            return sqlFailed(q, Q_FUNC_INFO, error, writeFailed());
    }
    return transaction.commit() ||
           refuse(error, tr("Lanyard could not write to the audit trail, so nothing was saved."));
}

AuditLog::Batch::Batch(Vault& vault, QString* error)
    : m_db(vault.database())
    , m_transaction(std::make_unique<StoreSupport::Transaction>(m_db))
{
    if (!m_transaction->isActive()) {
        refuse(error, tr("Lanyard could not write to the audit trail, so nothing was saved."));
        return;
    }
    if (openBatches().contains(m_db.connectionName())) {
        m_active = true;
        return;
    }
    QSqlQuery q(m_db);
    // As in append(): the write lock first, then the head.
    if (!q.exec(u"UPDATE audit_head SET entries = entries WHERE id = 1"_s)) {
        sqlFailed(q, Q_FUNC_INFO, error, writeFailed());
        return;
    }
    if (q.numRowsAffected() != 1 ||
        !q.exec(u"SELECT entries, last_id, hash FROM audit_head WHERE id = 1"_s) || !q.next()) {
        headMissing(Q_FUNC_INFO, error);
        return;
    }
    m_entries = q.value(0).toLongLong();
    m_lastId = q.value(1).toLongLong();
    m_hash = q.value(2).toString();
    m_insert = QSqlQuery(m_db);
    if (!m_insert.prepare(InsertEntry)) {
        sqlFailed(m_insert, Q_FUNC_INFO, error, writeFailed());
        return;
    }
    openBatches().insert(m_db.connectionName(), this);
    m_owner = true;
    m_active = true;
}

AuditLog::Batch::~Batch()
{
    if (m_owner)
        openBatches().remove(m_db.connectionName());
}

bool AuditLog::Batch::commit(QString* error)
{
    if (!m_active)
        return refuse(error, tr("Lanyard could not write to the audit trail, so nothing was saved."));
    m_active = false;
    if (m_owner) {
        openBatches().remove(m_db.connectionName());
        m_owner = false;
        QSqlQuery q(m_db);
        q.prepare(u"UPDATE audit_head SET entries = ?, last_id = ?, hash = ? WHERE id = 1"_s);
        q.addBindValue(m_entries);
        q.addBindValue(m_lastId);
        q.addBindValue(m_hash);
        if (!q.exec())
            return sqlFailed(q, Q_FUNC_INFO, error, writeFailed());
        if (m_signer)
            unsignedTails().insert(m_db.connectionName(), {m_signer, m_lastId, m_hash});
    }
    return m_transaction->commit() ||
           refuse(error, tr("Lanyard could not write to the audit trail, so nothing was saved."));
}

Result<QList<AuditLog::Entry>> AuditLog::list(const Filter& filter) const
{
    if (auto refused = m_vault.refused(Permission::ReadAudit))
        return *refused;
    QStringList where;
    QVariantList binds;
    if (!filter.userName.isEmpty()) {
        where << u"user_name = ? COLLATE NOCASE"_s;
        binds << filter.userName;
    }
    // The user picks local dates; the trail is in UTC.
    if (filter.from.isValid()) {
        where << u"at >= ?"_s;
        binds << filter.from.startOfDay().toUTC().toString(Qt::ISODateWithMs);
    }
    if (filter.to.isValid()) {
        where << u"at < ?"_s;
        binds << filter.to.addDays(1).startOfDay().toUTC().toString(Qt::ISODateWithMs);
    }
    if (!filter.entity.isEmpty()) {
        where << u"entity = ?"_s;
        binds << filter.entity;
    }
    if (filter.entityId > 0) {
        where << u"entity_id = ?"_s;
        binds << filter.entityId;
    }
    QString sql =
        u"SELECT id, at, user_name, action, entity, entity_id, detail, hash, user_id FROM audit_log"_s;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    sql += u" ORDER BY id DESC"_s;
    if (filter.limit > 0) {
        sql += u" LIMIT ?"_s;
        binds << filter.limit;
    }
    QSqlQuery q(m_vault.database());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& value : std::as_const(binds))
        q.addBindValue(value);
    if (!q.exec())
        return readFailed(q, Q_FUNC_INFO, readFailedMessage());
    QList<Entry> result;
    while (q.next()) {
        const QDateTime at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).toUTC();
        result.append({q.value(0).toLongLong(), at, q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toString(),
                       q.value(7).toString(), q.value(8).toLongLong()});
    }
    return result;
}

Result<QStringList> AuditLog::distinctValues(const QString& sql) const
{
    if (auto refused = m_vault.refused(Permission::ReadAudit))
        return *refused;
    QSqlQuery q(m_vault.database());
    QStringList values;
    if (!q.exec(sql))
        return readFailed(q, Q_FUNC_INFO, readFailedMessage());
    while (q.next())
        values << q.value(0).toString();
    return values;
}

Result<QStringList> AuditLog::userNames() const
{
    return distinctValues(u"SELECT DISTINCT user_name FROM audit_log ORDER BY user_name COLLATE NOCASE"_s);
}

Result<QStringList> AuditLog::entities() const
{
    return distinctValues(u"SELECT DISTINCT entity FROM audit_log WHERE entity <> '' ORDER BY entity"_s);
}

QString AuditLog::head() const
{
    if (const Batch* batch = openBatches().value(m_vault.database().connectionName()))
        return batch->m_hash;
    QSqlQuery q(m_vault.database());
    return q.exec(u"SELECT hash FROM audit_head WHERE id = 1"_s) && q.next() ? q.value(0).toString()
                                                                             : QString();
}

qint64 AuditLog::entryCount() const
{
    if (const Batch* batch = openBatches().value(m_vault.database().connectionName()))
        return batch->m_entries;
    QSqlQuery q(m_vault.database());
    return q.exec(u"SELECT entries FROM audit_head WHERE id = 1"_s) && q.next() ? q.value(0).toLongLong() : 0;
}

AuditLog::Verdict AuditLog::verify(const QSqlDatabase& db)
{
    Verdict verdict;
    Chain chain;
    // 1. The chain, from the first entry to the head kept in audit_head, and its signatures.
    if (!checkChain(db, chain, verdict) || !checkHead(db, chain, verdict))
        return verdict;
    verdict.entries = chain.entries;
    verdict.head = chain.head;
    verdict.signedFrom = chain.signedFrom;
    verdict.recoveryEntries = chain.recoveryEntries;
    if (!checkSignedTail(chain, verdict))
        return verdict;
    // 2. Every audited record against its last entry.
    if (!checkRecords(db, chain, verdict))
        return verdict;
    // 3. The file itself.
    checkFile(db, verdict);
    return verdict;
}

bool AuditLog::loadSignatures(const QSqlDatabase& db, Signatures& signatures, Verdict& verdict)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const auto failed = [&] {
        sqlFailed(q, Q_FUNC_INFO, nullptr);
        return fail(verdict, unreadable(), 0);
    };
    if (!q.exec(u"SELECT signed_from FROM audit_head WHERE id = 1"_s))
        return failed();
    if (q.next())
        signatures.signedFrom = q.value(0).toLongLong();
    if (!q.exec(u"SELECT entry_id, user_id, public_key, signature FROM audit_signatures ORDER BY entry_id"_s))
        return failed();
    while (q.next())
        signatures.byEntry[q.value(0).toLongLong()] = {q.value(1).toLongLong(), q.value(2).toByteArray(),
                                                       q.value(3).toByteArray()};
    if (!q.exec(u"SELECT user_id, public_key FROM user_keys"_s))
        return failed();
    while (q.next())
        signatures.keysByUser[q.value(0).toLongLong()] << q.value(1).toByteArray();
    if (!q.exec(u"SELECT id, name FROM users"_s))
        return failed();
    while (q.next())
        signatures.names.insert(q.value(0).toLongLong(), q.value(1).toString());
    return true;
}

bool AuditLog::checkChain(const QSqlDatabase& db, Chain& chain, Verdict& verdict)
{
    Signatures signatures;
    if (!loadSignatures(db, signatures, verdict))
        return false;
    chain.signedFrom = signatures.signedFrom;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT "_s + HashedColumns.join(u", "_s) +
                u", prev_hash, hash FROM audit_log ORDER BY id"_s)) {
        sqlFailed(q, Q_FUNC_INFO, nullptr);
        return fail(verdict, unreadable(), 0);
    }
    QString previous;
    qint64 expected = 1;
    const auto columns = HashedColumns.size();
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (id > expected)
            return fail(verdict, tr("Audit entry %1 has been removed: the chain breaks there.").arg(expected),
                        expected);
        QVariantList values;
        for (int i = 0; i < columns; ++i)
            values << q.value(i);
        const QString prev = q.value(int(columns)).toString();
        const QString hash = q.value(int(columns) + 1).toString();
        if (id < expected || entryHash(prev, values) != hash)
            return fail(verdict,
                        tr("Audit entry %1 has been altered: it no longer matches its own hash.").arg(id),
                        id);
        if (prev != previous)
            return fail(verdict,
                        tr("The audit trail breaks between entries %1 and %2: an entry there has been "
                           "altered, removed or put out of order.")
                            .arg(id - 1)
                            .arg(id),
                        id);
        // A signature problem is named once the chain itself is known to hold: an entry rewritten
        // with a new hash is named by the link after it, as before signing.
        if (chain.signatureProblem.ok)
            checkSignature(signatures, id, hash, q.value(2).toLongLong(), q.value(3).toString(), chain,
                           chain.signatureProblem);
        const QString action = q.value(4).toString();
        const QString contentHash = q.value(8).toString();
        if (!contentHash.isEmpty() || action == Delete)
            chain.lastChanges[q.value(5).toString()][q.value(6).toLongLong()] = {id, contentHash};
        previous = hash;
        ++expected;
    }
    chain.entries = expected - 1;
    chain.head = previous;
    const auto stranded = signatures.byEntry.upper_bound(chain.entries);
    if (stranded != signatures.byEntry.end())
        chain.strandedSignature = stranded->first;
    return true;
}

bool AuditLog::checkSignature(const Signatures& signatures, qint64 id, const QString& hash, qint64 userId,
                              const QString& userName, Chain& chain, Verdict& verdict)
{
    const auto nameOf = [&](qint64 who) {
        return signatures.names.value(who, tr("user number %1").arg(who));
    };
    const auto signature = signatures.byEntry.find(id);
    if (id < signatures.signedFrom) {
        if (signature != signatures.byEntry.end())
            return fail(verdict,
                        tr("Audit entry %1 is signed, but the vault says signing began only at entry %2: "
                           "the record of when signing began was altered outside Lanyard.")
                            .arg(id)
                            .arg(signatures.signedFrom),
                        id);
        return true;
    }
    if (userId == 0)
        ++chain.recoveryEntries;
    else
        chain.unsignedEntries.append({id, userId, userName});
    if (signature == signatures.byEntry.end())
        return true;
    const Signatures::Signature& s = signature->second;
    if (!signatures.keysByUser.value(s.userId).contains(s.publicKey))
        return fail(verdict,
                    tr("Audit entry %1 is signed with a key that Lanyard never recorded for %2: the "
                       "signature was made outside Lanyard.")
                        .arg(id)
                        .arg(nameOf(s.userId)),
                    id);
    const QByteArray message = signedMessage(id, hash, s.userId);
    if (s.publicKey.size() != crypto_sign_PUBLICKEYBYTES || s.signature.size() != crypto_sign_BYTES ||
        crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(s.signature.constData()),
                                    reinterpret_cast<const unsigned char*>(message.constData()),
                                    quint64(message.size()),
                                    reinterpret_cast<const unsigned char*>(s.publicKey.constData())) != 0)
        return fail(verdict,
                    tr("The signature at audit entry %1 does not match the trail: the entries it covers "
                       "were altered or replaced outside Lanyard.")
                        .arg(id),
                    id);
    for (const Chain::Unsigned& entry : std::as_const(chain.unsignedEntries))
        if (entry.userId != s.userId)
            return fail(verdict,
                        tr("Audit entry %1 says %2 made it, but the signature that covers it, at entry %3, "
                           "is %4's: the entry was added or altered outside Lanyard, or %2's own signature "
                           "was removed.")
                            .arg(entry.entryId)
                            .arg(entry.userName, QString::number(id), nameOf(s.userId)),
                        entry.entryId);
    chain.unsignedEntries.clear();
    return true;
}

bool AuditLog::checkSignedTail(const Chain& chain, Verdict& verdict)
{
    if (!chain.signatureProblem.ok)
        return fail(verdict, chain.signatureProblem.problem, chain.signatureProblem.entryId);
    if (chain.strandedSignature > 0)
        return fail(verdict,
                    tr("Audit entry %1 has been removed from the end of the audit trail: its signature is "
                       "still in the vault.")
                        .arg(chain.strandedSignature),
                    chain.strandedSignature);
    if (!chain.unsignedEntries.isEmpty()) {
        const Chain::Unsigned& first = chain.unsignedEntries.constFirst();
        return fail(verdict,
                    tr("Audit entry %1, which says %2 made it, is not signed: it was added outside Lanyard, "
                       "or its signature was removed.")
                        .arg(first.entryId)
                        .arg(first.userName),
                    first.entryId);
    }
    return true;
}

bool AuditLog::checkHead(const QSqlDatabase& db, const Chain& chain, Verdict& verdict)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT entries, last_id, hash FROM audit_head WHERE id = 1"_s) || !q.next())
        return fail(verdict,
                    tr("The audit trail's head record has been removed, so entries removed from its end "
                       "would not show. The vault has been tampered with."),
                    0);
    const qint64 walked = chain.entries;
    const qint64 headId = q.value(1).toLongLong();
    if (headId > walked)
        return fail(verdict,
                    tr("Audit entry %1 has been removed from the end of the audit trail.").arg(walked + 1),
                    walked + 1);
    if (headId < walked)
        return fail(verdict, tr("Audit entry %1 was added outside Lanyard.").arg(headId + 1), headId + 1);
    if (q.value(2).toString() != chain.head)
        return fail(verdict, tr("Audit entry %1, the newest, has been altered or replaced.").arg(walked),
                    walked);
    if (q.value(0).toLongLong() != walked)
        return fail(verdict, tr("The audit trail's head record has been altered outside Lanyard."), 0);
    return true;
}

bool AuditLog::checkRecords(const QSqlDatabase& db, const Chain& chain, Verdict& verdict)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QSet<QString> existing;
    if (!q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s))
        return fail(verdict, unreadable(), 0);
    while (q.next())
        existing.insert(q.value(0).toString());
    QStringList tables = auditedTables();
    QStringList others = chain.lastChanges.keys(); // tables a change was recorded in but not listed
    others.sort();
    for (const QString& table : std::as_const(others))
        if (!tables.contains(table) && isIdentifier(table))
            tables << table;
    for (const QString& table : std::as_const(tables)) {
        static const std::map<qint64, Chain::LastChange> none;
        const auto changes = chain.lastChanges.constFind(table);
        const std::map<qint64, Chain::LastChange>& last =
            changes != chain.lastChanges.cend() ? *changes : none;
        QSet<qint64> present;
        if (existing.contains(table)) {
            if (!q.exec(u"SELECT * FROM "_s + table + u" ORDER BY id"_s)) {
                sqlFailed(q, Q_FUNC_INFO, nullptr);
                return fail(verdict, unreadable(), 0);
            }
            while (q.next()) {
                const QSqlRecord record = q.record();
                const qint64 id = record.value(u"id"_s).toLongLong();
                present.insert(id);
                const auto it = last.find(id);
                if (it == last.end())
                    return fail(verdict,
                                tr("%1 record %2 was added outside Lanyard: it has no audit entry.")
                                    .arg(table)
                                    .arg(id),
                                0, table, id);
                if (it->second.contentHash.isEmpty())
                    return fail(verdict,
                                tr("%1 record %2 was put back outside Lanyard after audit entry %3 recorded "
                                   "its deletion.")
                                    .arg(table)
                                    .arg(id)
                                    .arg(it->second.entryId),
                                it->second.entryId, table, id);
                if (rowHash(record) != it->second.contentHash)
                    return fail(verdict,
                                tr("%1 record %2 was changed outside Lanyard after audit entry %3.")
                                    .arg(table)
                                    .arg(id)
                                    .arg(it->second.entryId),
                                it->second.entryId, table, id);
            }
        }
        for (const auto& [id, change] : last)
            if (!change.contentHash.isEmpty() && !present.contains(id))
                return fail(verdict,
                            tr("%1 record %2 was deleted outside Lanyard after audit entry %3.")
                                .arg(table)
                                .arg(id)
                                .arg(change.entryId),
                            change.entryId, table, id);
    }
    return true;
}

bool AuditLog::checkFile(const QSqlDatabase& db, Verdict& verdict)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA integrity_check"_s) || !q.next())
        return fail(verdict, unreadable(), 0);
    if (q.value(0).toString() != u"ok"_s) {
        do
            qCWarning(lcAudit) << Q_FUNC_INFO << q.value(0).toString();
        while (q.next());
        return fail(
            verdict,
            tr("The vault file is damaged inside: its integrity check failed. Restore the most recent "
               "backup, or ask for help before making changes."),
            0);
    }
    return true;
}

QString AuditLog::entityName(const QString& table)
{
    if (table == u"users"_s)
        return tr("User");
    if (table == u"user_keys"_s)
        return tr("Signing key");
    if (table == u"seal_keys"_s)
        return tr("Safeguarding record key");
    if (table == u"school"_s)
        return tr("School");
    if (table == u"academic_years"_s)
        return tr("Academic year");
    if (table == u"terms"_s)
        return tr("Term");
    if (table == u"staff"_s)
        return tr("Member of staff");
    if (table == u"forms"_s)
        return tr("Form");
    if (table == u"pupils"_s)
        return tr("Pupil");
    if (table == u"parents"_s)
        return tr("Parent or carer");
    if (table == u"concerns"_s)
        return tr("Concern");
    if (table == u"aup_templates"_s)
        return tr("AUP text");
    if (table == u"aup_rules"_s)
        return tr("AUP rule");
    if (table == u"aup_agreements"_s)
        return tr("AUP agreement");
    return table;
}

QString AuditLog::actionName(const QString& action)
{
    if (action == Insert)
        return tr("Added");
    if (action == Update)
        return tr("Changed");
    if (action == Delete)
        return tr("Deleted");
    if (action == u"login"_s)
        return tr("Signed in");
    if (action == u"login_failed"_s)
        return tr("Sign-in failed");
    if (action == u"read_sealed"_s)
        return tr("Read safeguarding record");
    if (action == u"backup"_s)
        return tr("Backed up");
    if (action == u"restore"_s)
        return tr("Restored");
    if (action == u"print_recovery_sheet"_s)
        return tr("Printed recovery sheet");
    if (action == u"lock"_s)
        return tr("Locked");
    if (action == u"unlock"_s)
        return tr("Unlocked");
    if (action == u"anchor_mismatch"_s)
        return tr("Trail did not match its anchors");
    if (action == u"signing_key_mismatch"_s)
        return tr("Signing key did not match");
    return action;
}
