#include "SqlCipherDriver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <sodium.h>
#include <sqlite3.h>

#include <vector>

using namespace Qt::StringLiterals;

namespace {

QString errorText(sqlite3* db)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : u"out of memory"_s;
}

QMetaType metaTypeFor(int sqliteType, const char* declared)
{
    switch (sqliteType) {
    case SQLITE_INTEGER:
        return QMetaType::fromType<qint64>();
    case SQLITE_FLOAT:
        return QMetaType::fromType<double>();
    case SQLITE_BLOB:
        return QMetaType::fromType<QByteArray>();
    case SQLITE_TEXT:
        return QMetaType::fromType<QString>();
    default:
        break;
    }
    // A NULL in the first row: fall back on the column's declared affinity.
    const QByteArray decl = QByteArray(declared ? declared : "").toUpper();
    if (decl.contains("INT"))
        return QMetaType::fromType<qint64>();
    if (decl.contains("REAL") || decl.contains("FLOA") || decl.contains("DOUB"))
        return QMetaType::fromType<double>();
    if (decl.contains("BLOB"))
        return QMetaType::fromType<QByteArray>();
    return QMetaType::fromType<QString>();
}

// As Qt's own drivers do: a null string or byte array and an invalid date are SQL NULL, not ''.
bool isNullValue(const QVariant& v)
{
    if (v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString*>(v.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray*>(v.constData())->isNull();
    case QMetaType::QDate:
        return !static_cast<const QDate*>(v.constData())->isValid();
    case QMetaType::QTime:
        return !static_cast<const QTime*>(v.constData())->isValid();
    case QMetaType::QDateTime:
        return !static_cast<const QDateTime*>(v.constData())->isValid();
    default:
        return false;
    }
}

class SqlCipherResult final : public QSqlResult
{
public:
    explicit SqlCipherResult(const SqlCipherDriver* driver)
        : QSqlResult(driver)
    {
    }
    ~SqlCipherResult() override { finalize(); }

protected:
    QVariant handle() const override { return QVariant::fromValue(static_cast<void*>(m_stmt)); }

    bool reset(const QString& query) override { return prepare(query) && exec(); }

    bool prepare(const QString& query) override
    {
        finalize();
        clearResults();
        setActive(false);
        setAt(QSql::BeforeFirstRow);
        sqlite3* db = connection();
        if (!db)
            return false;
        m_sql = query;
        if ((m_stmt = cipherDriver()->takeStatement(query)))
            return true;
        const void* tail = nullptr;
        const int rc =
            sqlite3_prepare16_v2(db, query.constData(), int(query.size() * sizeof(QChar)), &m_stmt, &tail);
        if (rc != SQLITE_OK) {
            setLastError(
                QSqlError(QCoreApplication::translate("SqlCipherResult", "Unable to prepare a statement"),
                          errorText(db), QSqlError::StatementError, QString::number(rc)));
            finalize();
            return false;
        }
        // sqlite3_prepare stops after the first statement; running only that one would drop the rest unseen.
        const QChar* end = query.constData() + query.size();
        if (tail && !QStringView(static_cast<const QChar*>(tail), end).trimmed().isEmpty()) {
            setLastError(QSqlError(QCoreApplication::translate(
                                       "SqlCipherResult", "Unable to execute multiple statements at a time"),
                                   QString(), QSqlError::StatementError));
            finalize();
            return false;
        }
        return true;
    }

    bool exec() override
    {
        clearResults();
        setActive(false);
        setAt(QSql::BeforeFirstRow);
        if (!m_stmt) {
            setLastError(QSqlError(QCoreApplication::translate("SqlCipherResult", "No statement prepared"),
                                   QString(), QSqlError::StatementError));
            return false;
        }
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        if (!bindAll())
            return false;

        // Rows are read in full here and the statement reset at once: nothing stays open to
        // block a COMMIT, and the model classes get a size and random access for free.
        const int columns = sqlite3_column_count(m_stmt);
        int rc = SQLITE_OK;
        while ((rc = sqlite3_step(m_stmt)) == SQLITE_ROW) {
            if (m_fields.isEmpty())
                describeColumns(columns);
            QVariantList row;
            row.reserve(columns);
            for (int i = 0; i < columns; ++i)
                row.append(value(i));
            m_rows.push_back(std::move(row));
        }
        if (rc != SQLITE_DONE) {
            const int code = sqlite3_extended_errcode(connection());
            setLastError(
                QSqlError(QCoreApplication::translate("SqlCipherResult", "Unable to execute a statement"),
                          errorText(connection()), QSqlError::StatementError, QString::number(code)));
            sqlite3_reset(m_stmt);
            m_rows.clear();
            return false;
        }
        if (m_fields.isEmpty() && columns > 0)
            describeColumns(columns);
        m_changes = columns > 0 ? -1 : sqlite3_changes(connection());
        m_lastInsert = sqlite3_last_insert_rowid(connection());
        sqlite3_reset(m_stmt);
        setSelect(columns > 0);
        setActive(true);
        return true;
    }

    bool fetch(int i) override
    {
        if (i < 0 || i >= int(m_rows.size()))
            return false;
        setAt(i);
        return true;
    }
    bool fetchFirst() override { return fetch(0); }
    bool fetchLast() override { return fetch(int(m_rows.size()) - 1); }
    bool fetchNext() override
    {
        if (at() + 1 >= int(m_rows.size())) {
            setAt(QSql::AfterLastRow);
            return false;
        }
        setAt(at() + 1);
        return true;
    }
    bool fetchPrevious() override { return fetch(at() - 1); }

    QVariant data(int field) override
    {
        if (at() < 0 || at() >= int(m_rows.size()) || field < 0 || field >= m_rows[at()].size())
            return {};
        return m_rows[at()].at(field);
    }
    bool isNull(int field) override { return data(field).isNull(); }
    int size() override { return isSelect() ? int(m_rows.size()) : -1; }
    int numRowsAffected() override { return m_changes; }
    QVariant lastInsertId() const override
    {
        return isActive() && m_lastInsert > 0 ? QVariant(m_lastInsert) : QVariant();
    }
    QSqlRecord record() const override
    {
        QSqlRecord rec;
        for (const QSqlField& f : m_fields)
            rec.append(f);
        return rec;
    }
    // exec() has already read every row and reset the statement, so there is no lock to let go of.
    // QSqlTableModel detaches its select query before each write and still reads the rows it has not
    // refreshed from it afterwards, so they must stay.
    void detachFromResultSet() override {}

private:
    // The driver goes before its results when a connection is removed with queries still alive.
    const SqlCipherDriver* cipherDriver() const { return static_cast<const SqlCipherDriver*>(driver()); }
    sqlite3* connection() const { return cipherDriver() ? cipherDriver()->connection() : nullptr; }

    void finalize()
    {
        if (m_stmt && connection())
            cipherDriver()->returnStatement(m_sql, m_stmt);
        else if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }

    void clearResults()
    {
        m_rows.clear();
        m_fields.clear();
        m_changes = -1;
    }

    void describeColumns(int columns)
    {
        for (int i = 0; i < columns; ++i) {
            const auto* name = static_cast<const QChar*>(sqlite3_column_name16(m_stmt, i));
            QSqlField field(QString(name),
                            metaTypeFor(sqlite3_column_type(m_stmt, i), sqlite3_column_decltype(m_stmt, i)));
            if (const char* table = sqlite3_column_table_name(m_stmt, i))
                field.setTableName(QString::fromUtf8(table));
            m_fields.append(field);
        }
    }

    QVariant value(int i) const
    {
        switch (sqlite3_column_type(m_stmt, i)) {
        case SQLITE_INTEGER:
            return QVariant(qint64(sqlite3_column_int64(m_stmt, i)));
        case SQLITE_FLOAT:
            return QVariant(sqlite3_column_double(m_stmt, i));
        case SQLITE_BLOB: {
            const auto* bytes = static_cast<const char*>(sqlite3_column_blob(m_stmt, i));
            return QVariant(QByteArray(bytes, sqlite3_column_bytes(m_stmt, i)));
        }
        case SQLITE_TEXT: {
            const auto* text = static_cast<const QChar*>(sqlite3_column_text16(m_stmt, i));
            return QVariant(QString(text, sqlite3_column_bytes16(m_stmt, i) / int(sizeof(QChar))));
        }
        default:
            return QVariant(m_fields.value(i).metaType());
        }
    }

    bool bindAll()
    {
        const QVariantList values = boundValues();
        const int expected = sqlite3_bind_parameter_count(m_stmt);
        if (values.size() != expected) {
            setLastError(QSqlError(QCoreApplication::translate("SqlCipherResult", "Parameter count mismatch"),
                                   QString(), QSqlError::StatementError));
            return false;
        }
        for (int i = 0; i < values.size(); ++i) {
            const QVariant& v = values.at(i);
            const int index = i + 1;
            int rc = SQLITE_OK;
            if (isNullValue(v)) {
                rc = sqlite3_bind_null(m_stmt, index);
            } else {
                switch (v.typeId()) {
                case QMetaType::QByteArray: {
                    const QByteArray bytes = v.toByteArray();
                    rc = sqlite3_bind_blob(m_stmt, index, bytes.constData(), int(bytes.size()),
                                           SQLITE_TRANSIENT);
                    break;
                }
                case QMetaType::Bool:
                case QMetaType::Int:
                case QMetaType::UInt:
                case QMetaType::Long:
                case QMetaType::LongLong:
                case QMetaType::Short:
                case QMetaType::UShort:
                case QMetaType::Char:
                case QMetaType::UChar:
                    rc = sqlite3_bind_int64(m_stmt, index, v.toLongLong());
                    break;
                case QMetaType::ULongLong:
                case QMetaType::ULong:
                    rc = sqlite3_bind_int64(m_stmt, index, qint64(v.toULongLong()));
                    break;
                case QMetaType::Double:
                case QMetaType::Float:
                    rc = sqlite3_bind_double(m_stmt, index, v.toDouble());
                    break;
                case QMetaType::QDate:
                    rc = bindText(index, v.toDate().toString(Qt::ISODate));
                    break;
                case QMetaType::QDateTime:
                    rc = bindText(index, v.toDateTime().toUTC().toString(Qt::ISODateWithMs));
                    break;
                default:
                    rc = bindText(index, v.toString());
                    break;
                }
            }
            if (rc != SQLITE_OK) {
                setLastError(
                    QSqlError(QCoreApplication::translate("SqlCipherResult", "Unable to bind a value"),
                              errorText(connection()), QSqlError::StatementError, QString::number(rc)));
                return false;
            }
        }
        return true;
    }

    int bindText(int index, const QString& text)
    {
        return sqlite3_bind_text16(m_stmt, index, text.constData(), int(text.size() * sizeof(QChar)),
                                   SQLITE_TRANSIENT);
    }

    sqlite3_stmt* m_stmt = nullptr;
    QString m_sql;
    std::vector<QVariantList> m_rows;
    QList<QSqlField> m_fields;
    qint64 m_lastInsert = 0;
    int m_changes = -1;
};

} // namespace

SqlCipherDriver::SqlCipherDriver(QObject* parent)
    : QSqlDriver(parent)
{
}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
}

void SqlCipherDriver::registerDriver()
{
    if (!QSqlDatabase::isDriverAvailable(QString::fromLatin1(Name)))
        QSqlDatabase::registerSqlDriver(QString::fromLatin1(Name), new QSqlDriverCreator<SqlCipherDriver>);
}

void SqlCipherDriver::setRawKey(const SecureBytes& key)
{
    m_key = SecureBytes::copyOf(key.view());
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case QuerySize:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case SimpleLocking:
    case FinishQuery:
        return true;
    default:
        return false;
    }
}

bool SqlCipherDriver::fail(QSqlError::ErrorType type, const QString& what)
{
    m_lastCode = m_db ? sqlite3_extended_errcode(m_db) : SQLITE_NOMEM;
    setLastError(QSqlError(what, errorText(m_db), type, QString::number(m_lastCode)));
    return false;
}

bool SqlCipherDriver::execSimple(const char* sql, QSqlError::ErrorType type, const QString& what)
{
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail(type, what);
    return true;
}

bool SqlCipherDriver::applyKey(const QString& password)
{
    SecureBytes key;
    if (!m_key.isEmpty()) {
        key = std::move(m_key);
    } else if (!password.isEmpty()) {
        const QByteArray hex = password.toLatin1();
        key = SecureBytes(32);
        std::size_t length = 0;
        if (hex.size() != 64 ||
            sodium_hex2bin(key.data(), key.size(), hex.constData(), std::size_t(hex.size()), nullptr, &length,
                           nullptr) != 0 ||
            length != 32) {
            setLastError(QSqlError(tr("The key must be 64 hexadecimal digits"), QString(),
                                   QSqlError::ConnectionError));
            return false;
        }
    } else {
        return true;
    }
    const SecureBytes literal = rawKeyLiteral(key);
    if (sqlite3_key(m_db, literal.data(), int(literal.size())) != SQLITE_OK)
        return fail(QSqlError::ConnectionError, tr("Unable to key the database"));
    return true;
}

SecureBytes SqlCipherDriver::rawKeyLiteral(const SecureBytes& key)
{
    // SQLCipher takes a raw key as the literal x'…', which skips its own PBKDF2.
    const SecureBytes hex = key.toHex();
    SecureBytes literal(hex.size() + 3);
    literal.data()[0] = 'x';
    literal.data()[1] = '\'';
    std::copy(hex.data(), hex.data() + hex.size(), literal.data() + 2);
    literal.data()[literal.size() - 1] = '\'';
    return literal;
}

bool SqlCipherDriver::rekey(const SecureBytes& key)
{
    if (!m_db || key.size() != 32)
        return false;
    const SecureBytes literal = rawKeyLiteral(key);
    if (sqlite3_rekey(m_db, literal.data(), int(literal.size())) != SQLITE_OK)
        return fail(QSqlError::ConnectionError, tr("Unable to change the database's key"));
    return true;
}

bool SqlCipherDriver::open(const QString& db, const QString&, const QString& password, const QString&, int,
                           const QString& connectOptions)
{
    if (isOpen())
        close();
    const bool allowPlain = connectOptions.contains(u"QSQLCIPHER_ALLOW_PLAINTEXT"_s);
    const bool hasKey = !m_key.isEmpty() || !password.isEmpty();
    if (!hasKey && !allowPlain) {
        setLastError(QSqlError(tr("Refusing to open a database without a key"), QString(),
                               QSqlError::ConnectionError));
        setOpenError(true);
        return false;
    }

    const QByteArray path = db.toUtf8();
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX;
    if (!connectOptions.contains(u"QSQLCIPHER_OPEN_EXISTING"_s))
        flags |= SQLITE_OPEN_CREATE;
    if (sqlite3_open_v2(path.constData(), &m_db, flags, nullptr) != SQLITE_OK) {
        fail(QSqlError::ConnectionError, tr("Unable to open the database file"));
        sqlite3_close(m_db);
        m_db = nullptr;
        setOpenError(true);
        return false;
    }
    sqlite3_extended_result_codes(m_db, 1);

    auto refuse = [this]() {
        sqlite3_close(m_db);
        m_db = nullptr;
        setOpenError(true);
        return false;
    };

    if (!applyKey(password))
        return refuse();

    // A library without the codec answers nothing here; it would write plain text.
    QByteArray cipherVersion;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, "PRAGMA cipher_version", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        cipherVersion = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    sqlite3_finalize(stmt);
    if (cipherVersion.isEmpty()) {
        setLastError(QSqlError(tr("The SQLite library has no encryption (PRAGMA cipher_version is empty)"),
                               QString(), QSqlError::ConnectionError));
        return refuse();
    }

    if (hasKey) {
        const QByteArray pageSize = "PRAGMA cipher_page_size = " + QByteArray::number(PageSize);
        if (!execSimple(pageSize.constData(), QSqlError::ConnectionError, tr("Unable to set the page size")))
            return refuse();
    }
    // The first read is where a wrong key shows: SQLCipher cannot decrypt page 1.
    if (!execSimple("SELECT count(*) FROM sqlite_master", QSqlError::ConnectionError,
                    tr("The key does not open this database")))
        return refuse();
    if (!execSimple("PRAGMA foreign_keys = ON", QSqlError::ConnectionError,
                    tr("Unable to enable foreign keys")) ||
        !execSimple("PRAGMA journal_mode = WAL", QSqlError::ConnectionError,
                    tr("Unable to set the journal")) ||
        !execSimple("PRAGMA synchronous = FULL", QSqlError::ConnectionError,
                    tr("Unable to set durability")) ||
        !execSimple("PRAGMA secure_delete = ON", QSqlError::ConnectionError,
                    tr("Unable to set secure delete")) ||
        // SQLite's scratch files (sorts, temporary tables) would go to the system's temporary
        // folder: they stay in memory instead.
        !execSimple("PRAGMA temp_store = MEMORY", QSqlError::ConnectionError,
                    tr("Unable to keep temporary data in memory")))
        return refuse();
    sqlite3_busy_timeout(m_db, 5000);

    setOpen(true);
    setOpenError(false);
    return true;
}

sqlite3_stmt* SqlCipherDriver::takeStatement(const QString& sql) const
{
    return m_statements.take(sql);
}

void SqlCipherDriver::returnStatement(const QString& sql, sqlite3_stmt* statement) const
{
    constexpr qsizetype Kept = 256;
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (m_statements.size() >= Kept || m_statements.contains(sql))
        sqlite3_finalize(statement);
    else
        m_statements.insert(sql, statement);
}

void SqlCipherDriver::close()
{
    for (sqlite3_stmt* statement : std::as_const(m_statements))
        sqlite3_finalize(statement);
    m_statements.clear();
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    m_key.clear();
    if (isOpen()) {
        setOpen(false);
        setOpenError(false);
    }
}

QSqlResult* SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

bool SqlCipherDriver::beginTransaction()
{
    // IMMEDIATE takes the write lock at once, so a second writer waits instead of failing mid-way.
    return isOpen() &&
           execSimple("BEGIN IMMEDIATE", QSqlError::TransactionError, tr("Unable to begin a transaction"));
}

bool SqlCipherDriver::commitTransaction()
{
    return isOpen() &&
           execSimple("COMMIT", QSqlError::TransactionError, tr("Unable to commit a transaction"));
}

bool SqlCipherDriver::rollbackTransaction()
{
    return isOpen() &&
           execSimple("ROLLBACK", QSqlError::TransactionError, tr("Unable to roll back a transaction"));
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList result;
    if (!isOpen())
        return result;
    QString sql;
    if (type & QSql::Tables)
        sql = u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"_s;
    if (type & QSql::Views)
        sql += QString(sql.isEmpty() ? u""_s : u" UNION ALL "_s) +
               u"SELECT name FROM sqlite_master WHERE type = 'view'"_s;
    if (type & QSql::SystemTables)
        result << u"sqlite_master"_s;
    if (sql.isEmpty())
        return result;
    QSqlQuery q(createResult());
    q.setForwardOnly(true);
    if (q.exec(sql))
        while (q.next())
            result << q.value(0).toString();
    return result;
}

QSqlRecord SqlCipherDriver::record(const QString& tableName) const
{
    QSqlRecord rec;
    if (!isOpen())
        return rec;
    QSqlQuery q(createResult());
    if (!q.exec(u"PRAGMA table_info("_s + escapeIdentifier(tableName, TableName) + u')'))
        return rec;
    int keyColumns = 0;
    while (q.next()) {
        const QByteArray declared = q.value(2).toString().toLatin1();
        QSqlField field(q.value(1).toString(), metaTypeFor(SQLITE_NULL, declared.constData()), tableName);
        field.setRequiredStatus(q.value(3).toInt() ? QSqlField::Required : QSqlField::Optional);
        field.setAutoValue(q.value(5).toInt() && declared.toUpper() == "INTEGER");
        if (q.value(5).toInt() > 0)
            ++keyColumns;
        if (!q.value(4).isNull())
            field.setDefaultValue(q.value(4));
        rec.append(field);
    }
    // Only a lone INTEGER PRIMARY KEY is the rowid, filled in on insert; in a composite key it is not.
    if (keyColumns > 1) {
        for (int i = 0; i < rec.count(); ++i) {
            QSqlField field = rec.field(i);
            field.setAutoValue(false);
            rec.replace(i, field);
        }
    }
    return rec;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString& tableName) const
{
    QSqlIndex index(tableName);
    if (!isOpen())
        return index;
    QSqlQuery q(createResult());
    if (!q.exec(u"PRAGMA table_info("_s + escapeIdentifier(tableName, TableName) + u')'))
        return index;
    QList<std::pair<int, QSqlField>> keys;
    while (q.next()) {
        if (const int pk = q.value(5).toInt(); pk > 0) {
            const QByteArray declared = q.value(2).toString().toLatin1();
            keys.append({pk, QSqlField(q.value(1).toString(), metaTypeFor(SQLITE_NULL, declared.constData()),
                                       tableName)});
        }
    }
    std::sort(keys.begin(), keys.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& key : keys)
        index.append(key.second);
    index.setName(tableName);
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString& identifier, IdentifierType) const
{
    if (identifier.startsWith(u'"') && identifier.endsWith(u'"'))
        return identifier;
    QString escaped = identifier;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(static_cast<void*>(m_db));
}
