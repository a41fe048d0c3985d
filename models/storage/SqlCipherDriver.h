#pragma once

#include "SecureBytes.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlResult>

#include <QHash>

struct sqlite3;
struct sqlite3_stmt;

// Qt SQL over the SQLCipher C API. Registered as "QSQLCIPHER".
//
// The database is keyed with a raw 256-bit key before anything else touches it: either the key
// handed to setRawKey() (preferred, it never leaves guarded memory) or the connection's password
// as 64 hexadecimal digits. Opening without a key is refused unless the connect options hold
// QSQLCIPHER_ALLOW_PLAINTEXT, which only the benchmark's baseline uses.
class SqlCipherDriver final : public QSqlDriver
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlCipherDriver)
public:
    static constexpr auto Name = "QSQLCIPHER";
    static constexpr int PageSize = 4096;

    explicit SqlCipherDriver(QObject* parent = nullptr);
    ~SqlCipherDriver() override;

    // Registers the driver under Name with QSqlDatabase; idempotent.
    static void registerDriver();

    void setRawKey(const SecureBytes& key);
    // Re-encrypts every page under a new raw key (sqlcipher_rekey), outside any transaction.
    bool rekey(const SecureBytes& key);

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString& db, const QString& user, const QString& password, const QString& host, int port,
              const QString& connectOptions) override;
    void close() override;
    QSqlResult* createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString& tableName) const override;
    QSqlIndex primaryIndex(const QString& tableName) const override;
    QString escapeIdentifier(const QString& identifier, IdentifierType type) const override;
    QVariant handle() const override;

    sqlite3* connection() const { return m_db; }

    // Prepared statements are kept for reuse by their SQL text: the stores prepare the same few
    // statements for every record, and SQLCipher's prepare is a large share of a save.
    sqlite3_stmt* takeStatement(const QString& sql) const;
    void returnStatement(const QString& sql, sqlite3_stmt* statement) const;
    // The SQLite result code of the last failure, for callers that must tell a wrong key apart.
    int lastResultCode() const { return m_lastCode; }

private:
    bool execSimple(const char* sql, QSqlError::ErrorType type, const QString& what);
    bool fail(QSqlError::ErrorType type, const QString& what);
    bool applyKey(const QString& password);
    static SecureBytes rawKeyLiteral(const SecureBytes& key);

    sqlite3* m_db = nullptr;
    mutable QHash<QString, sqlite3_stmt*> m_statements;
    SecureBytes m_key;
    int m_lastCode = 0;
};
