#include "storage/SecureBytes.h"
#include "storage/SqlCipherDriver.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString Key = u"00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"_s;
const QString OtherKey = u"ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100"_s;
const QString AllowPlain = u"QSQLCIPHER_ALLOW_PLAINTEXT"_s;

// SQLITE_NOTADB: what SQLCipher answers when page 1 will not decrypt.
constexpr int SqliteNotADb = 26;

const QStringList WelshAndIrishNames = {u"Llŷr"_s, u"Siân"_s, u"Zoë"_s, u"Ó Súilleabháin"_s};

int countRows(const QSqlDatabase& db, const QString& table)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT count(*) FROM "_s + table) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QVariant scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

bool run(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    qWarning().noquote() << sql << q.lastError().text();
    return false;
}

bool createPupils(const QSqlDatabase& db)
{
    return run(db, u"CREATE TABLE pupils (id INTEGER PRIMARY KEY, surname TEXT NOT NULL, forename TEXT, "
                   "year INTEGER, photo BLOB)"_s);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestSqlCipherDriver final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void opensWithKey();
    void opensWithRawKey();
    void refusesWithoutKey();
    void refusesMalformedKey();
    void refusesWrongKeyOnReopen();
    void plaintextOptionCannotReadEncryptedFile();
    void reportsCipherVersion();
    void usesPageSize4096();
    void enforcesForeignKeys();
    void bindsPositionally();
    void bindsByName();
    void roundTripsNulls();
    void roundTripsBlobsWithZeroBytes();
    void roundTripsNonAsciiText();
    void reportsLastInsertId();
    void reportsRowsAffected();
    void commitsAndRollsBack();
    void navigatesResults();
    void reportsSqlErrors();
    void tableModelEditsOnManualSubmit();
    void tableModelKeepsOtherRowsOnFieldChange();
    void queryModelPassesTester();
    void describesTables();
    void executesBatches();
    void leavesNoPlainTextOnDisk();

private:
    QSqlDatabase addConnection(SqlCipherDriver* driver = nullptr);
    QSqlDatabase openDb(const QString& key, const QString& options = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QStringList m_connections;
    int m_serial = 0;
};

void TestSqlCipherDriver::initTestCase()
{
    QVERIFY(Crypto::initialise());
    SqlCipherDriver::registerDriver();
    QVERIFY(QSqlDatabase::isDriverAvailable(QString::fromLatin1(SqlCipherDriver::Name)));
}

void TestSqlCipherDriver::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"test.lanyard"_s);
}

void TestSqlCipherDriver::cleanup()
{
    for (const QString& name : std::as_const(m_connections)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    m_connections.clear();
    m_dir.reset();
}

QSqlDatabase TestSqlCipherDriver::addConnection(SqlCipherDriver* driver)
{
    const QString name = u"tst_sqlcipher_%1"_s.arg(++m_serial);
    m_connections.append(name);
    QSqlDatabase db = driver ? QSqlDatabase::addDatabase(driver, name)
                             : QSqlDatabase::addDatabase(QString::fromLatin1(SqlCipherDriver::Name), name);
    db.setDatabaseName(m_path);
    return db;
}

QSqlDatabase TestSqlCipherDriver::openDb(const QString& key, const QString& options)
{
    QSqlDatabase db = addConnection();
    db.setPassword(key);
    db.setConnectOptions(options);
    if (!db.open())
        qWarning().noquote() << "open failed:" << db.lastError().text();
    return db;
}

void TestSqlCipherDriver::opensWithKey()
{
    QSqlDatabase db = openDb(Key);
    QVERIFY(db.isOpen());
    QVERIFY(!db.isOpenError());
    QVERIFY(!db.lastError().isValid());
    QVERIFY(createPupils(db));
    QVERIFY(run(db, u"INSERT INTO pupils (surname) VALUES ('Evans')"_s));
    QCOMPARE(scalar(db, u"SELECT surname FROM pupils"_s).toString(), u"Evans"_s);
    QVERIFY(QFile::exists(m_path));
}

void TestSqlCipherDriver::opensWithRawKey()
{
    // A raw key given to the driver and the same key as a hex password open the same file.
    auto* driver = new SqlCipherDriver;
    driver->setRawKey(SecureBytes::copyOf(QByteArray::fromHex(Key.toLatin1())));
    {
        QSqlDatabase db = addConnection(driver);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QVERIFY(createPupils(db));
        QVERIFY(run(db, u"INSERT INTO pupils (surname) VALUES ('Hughes')"_s));
        db.close();
    }
    QSqlDatabase again = openDb(Key);
    QVERIFY(again.isOpen());
    QCOMPARE(scalar(again, u"SELECT surname FROM pupils"_s).toString(), u"Hughes"_s);
    again.close();

    QSqlDatabase wrong = openDb(OtherKey);
    QVERIFY(!wrong.isOpen());
}

void TestSqlCipherDriver::refusesWithoutKey()
{
    QSqlDatabase db = addConnection();
    QVERIFY(!db.open());
    QVERIFY(!db.isOpen());
    QVERIFY(db.isOpenError());
    QCOMPARE(db.lastError().type(), QSqlError::ConnectionError);
    QVERIFY(!db.lastError().text().isEmpty());
    QVERIFY2(!QFile::exists(m_path), "a refused open must not create the file");
}

void TestSqlCipherDriver::refusesMalformedKey()
{
    const QStringList malformed = {u"not hex at all"_s, Key.left(62), QString(Key + u"00"_s),
                                   QString(u"zz"_s + Key.mid(2))};
    for (const QString& bad : malformed) {
        QSqlDatabase db = openDb(bad);
        QVERIFY2(!db.isOpen(), qPrintable(bad));
        QCOMPARE(db.lastError().type(), QSqlError::ConnectionError);
        QVERIFY(db.lastError().text().contains(u"64 hexadecimal"_s));
    }
}

void TestSqlCipherDriver::refusesWrongKeyOnReopen()
{
    {
        QSqlDatabase db = openDb(Key);
        QVERIFY(db.isOpen());
        QVERIFY(createPupils(db));
        QVERIFY(run(db, u"INSERT INTO pupils (surname) VALUES ('Morgan')"_s));
        db.close();
    }

    QSqlDatabase wrong = openDb(OtherKey);
    QVERIFY(!wrong.isOpen());
    QVERIFY(wrong.isOpenError());
    QCOMPARE(wrong.lastError().type(), QSqlError::ConnectionError);
    QVERIFY(!wrong.lastError().text().isEmpty());
    QVERIFY(wrong.lastError().text().contains(u"key"_s));
    auto* driver = qobject_cast<SqlCipherDriver*>(wrong.driver());
    QVERIFY(driver);
    QCOMPARE(driver->lastResultCode(), SqliteNotADb);
    QCOMPARE(wrong.lastError().nativeErrorCode(), QString::number(SqliteNotADb));

    QSqlDatabase right = openDb(Key);
    QVERIFY(right.isOpen());
    QCOMPARE(scalar(right, u"SELECT surname FROM pupils"_s).toString(), u"Morgan"_s);
}

void TestSqlCipherDriver::plaintextOptionCannotReadEncryptedFile()
{
    {
        QSqlDatabase db = openDb(Key);
        QVERIFY(createPupils(db));
        db.close();
    }
    QSqlDatabase plain = openDb(QString(), AllowPlain);
    QVERIFY(!plain.isOpen());
    QVERIFY(plain.lastError().isValid());
}

void TestSqlCipherDriver::reportsCipherVersion()
{
    QSqlDatabase db = openDb(Key);
    QVERIFY(db.isOpen());
    const QString version = scalar(db, u"PRAGMA cipher_version"_s).toString();
    QVERIFY(!version.isEmpty());
    QVERIFY2(version.front().isDigit(), qPrintable(version));
}

void TestSqlCipherDriver::usesPageSize4096()
{
    {
        QSqlDatabase db = openDb(Key);
        QVERIFY(db.isOpen());
        QCOMPARE(scalar(db, u"PRAGMA cipher_page_size"_s).toInt(), 4096);
        QVERIFY(createPupils(db));
        QCOMPARE(scalar(db, u"PRAGMA page_size"_s).toInt(), 4096);
        db.close();
    }
    // The page size is not stored in the file: a reopen must set it again before the first read.
    QSqlDatabase again = openDb(Key);
    QVERIFY(again.isOpen());
    QCOMPARE(scalar(again, u"PRAGMA cipher_page_size"_s).toInt(), SqlCipherDriver::PageSize);
    QCOMPARE(countRows(again, u"pupils"_s), 0);
}

void TestSqlCipherDriver::enforcesForeignKeys()
{
    QSqlDatabase db = openDb(Key);
    QVERIFY(db.isOpen());
    QCOMPARE(scalar(db, u"PRAGMA foreign_keys"_s).toInt(), 1);
    QVERIFY(createPupils(db));
    QVERIFY(run(db, u"CREATE TABLE concerns (id INTEGER PRIMARY KEY, "
                    "pupil_id INTEGER NOT NULL REFERENCES pupils(id), summary TEXT)"_s));
    QVERIFY(run(db, u"INSERT INTO pupils (id, surname) VALUES (1, 'Price')"_s));
    QVERIFY(run(db, u"INSERT INTO concerns (pupil_id, summary) VALUES (1, 'ok')"_s));

    QSqlQuery q(db);
    QVERIFY(!q.exec(u"INSERT INTO concerns (pupil_id, summary) VALUES (99, 'orphan')"_s));
    QVERIFY(q.lastError().isValid());
    QVERIFY2(q.lastError().databaseText().contains(u"FOREIGN KEY"_s),
             qPrintable(q.lastError().databaseText()));
    QVERIFY(!q.exec(u"DELETE FROM pupils WHERE id = 1"_s));
    QCOMPARE(countRows(db, u"concerns"_s), 1);
    QCOMPARE(countRows(db, u"pupils"_s), 1);
}

void TestSqlCipherDriver::bindsPositionally()
{
    QSqlDatabase db = openDb(Key);
    QVERIFY(createPupils(db));
    QSqlQuery insert(db);
    QVERIFY(insert.prepare(u"INSERT INTO pupils (surname, forename, year) VALUES (?, ?, ?)"_s));
    insert.addBindValue(u"Jenkins"_s);
    insert.addBindValue(u"Cerys"_s);
    insert.addBindValue(7);
    QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    // bindValue by position, reusing the prepared statement.
    insert.bindValue(0, u"Rees"_s);
    insert.bindValue(1, u"Owain"_s);
    insert.bindValue(2, qint64(9));
    QVERIFY(insert.exec());

    QSqlQuery select(db);
    QVERIFY(select.prepare(u"SELECT forename, year FROM pupils WHERE surname = ? AND year > ?"_s));
    select.addBindValue(u"Rees"_s);
    select.addBindValue(8);
    QVERIFY(select.exec());
    QVERIFY(select.next());
    QCOMPARE(select.value(0).toString(), u"Owain"_s);
    QCOMPARE(select.value(1).toInt(), 9);
    QVERIFY(!select.next());

    // Too few values is an error, not a silent NULL.
    QVERIFY(select.prepare(u"SELECT forename FROM pupils WHERE surname = ? AND year = ?"_s));
    select.addBindValue(u"Rees"_s);
    QVERIFY(!select.exec());
    QVERIFY(select.lastError().isValid());
}

void TestSqlCipherDriver::bindsByName()
{
    QSqlDatabase db = openDb(Key);
    QVERIFY(createPupils(db));
    QSqlQuery insert(db);
    QVERIFY(insert.prepare(
        u"INSERT INTO pupils (surname, forename, year) VALUES (:surname, :forename, :year)"_s));
    // Bound out of order on purpose.
    insert.bindValue(u":year"_s, 11);
    insert.bindValue(u":surname"_s, u"Thomas"_s);
    insert.bindValue(u":forename"_s, u"Gethin"_s);
    QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));

    QSqlQuery select(db);
    QVERIFY(select.prepare(
        u"SELECT surname, forename, year FROM pupils WHERE surname = :name OR forename = :name"_s));
    select.bindValue(u":name"_s, u"Gethin"_s);
    QVERIFY(select.exec());
    QVERIFY(select.next());
    QCOMPARE(select.value(u"surname"_s).toString(), u"Thomas"_s);
    QCOMPARE(select.value(u"forename"_s).toString(), u"Gethin"_s);
    QCOMPARE(select.value(u"year"_s).toInt(), 11);
    QVERIFY(!select.next());
}

void TestSqlCipherDriver::roundTripsNulls()
{
    QSqlDatabase db = openDb(Key);
    QVERIFY(createPupils(db));
    QSqlQuery insert(db);
    QVERIFY(
        insert.prepare(u"INSERT INTO pupils (id, surname, forename, year, photo) VALUES (?, ?, ?, ?, ?)"_s));
    insert.addBindValue(1);
    insert.addBindValue(u"Davies"_s);
    insert.addBindValue(QVariant(QMetaType::fromType<QString>()));
    insert.addBindValue(QVariant(QMetaType::fromType<int>()));
    insert.addBindValue(QVariant());
    QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));

    QCOMPARE(countRows(db, u"pupils WHERE forename IS NULL AND year IS NULL AND photo IS NULL"_s), 1);

    QSqlQuery select(db);
    QVERIFY(select.exec(u"SELECT surname, forename, year, photo FROM pupils WHERE id = 1"_s));
    QVERIFY(select.next());
    QVERIFY(!select.isNull(0));
    QVERIFY(select.isNull(1));
    QVERIFY(select.isNull(2));
    QVERIFY(select.isNull(3));
    QVERIFY(select.value(1).isNull());
    QVERIFY(select.value(2).isNull());
    QVERIFY(select.record().isNull(u"forename"_s));
    QVERIFY(!select.record().isNull(u"surname"_s));

    // As with Qt's own drivers, a null QString or QByteArray and an invalid date are NULL,
    // while an empty string stays an empty string.
    QVERIFY(
        run(db, u"CREATE TABLE optional (id INTEGER PRIMARY KEY, a TEXT, b BLOB, c TEXT, d TEXT, e TEXT)"_s));
    QSqlQuery optional(db);
    QVERIFY(optional.prepare(u"INSERT INTO optional (a, b, c, d, e) VALUES (?, ?, ?, ?, ?)"_s));
    optional.addBindValue(QString());
    optional.addBindValue(QByteArray());
    optional.addBindValue(QDate());
    optional.addBindValue(QDateTime());
    optional.addBindValue(u""_s);
    QVERIFY(optional.exec());
    QCOMPARE(scalar(db, u"SELECT typeof(a) || typeof(b) || typeof(c) || typeof(d) || ',' || typeof(e) "
                        "FROM optional"_s)
                 .toString(),
             u"nullnullnullnull,text"_s);

    // A NULL bound in a WHERE clause compares as NULL, so nothing matches.
    QSqlQuery where(db);
    QVERIFY(where.prepare(u"SELECT count(*) FROM pupils WHERE forename = ?"_s));
    where.addBindValue(QVariant(QMetaType::fromType<QString>()));
    QVERIFY(where.exec());
    QVERIFY(where.next());
    QCOMPARE(where.value(0).toInt(), 0);
}

void TestSqlCipherDriver::roundTripsBlobsWithZeroBytes()
{
    QSqlDatabase db = openDb(Key);
    QVERIFY(createPupils(db));
    QByteArray blob("\0\0photo\0with\0zeros\0", 19);
    for (int i = 0; i < 256; ++i)
        blob.append(static_cast<char>(i));
    QCOMPARE(blob.size(), 19 + 256);

    QSqlQuery insert(db);
    QVERIFY(insert.prepare(u"INSERT INTO pupils (id, surname, photo) VALUES (1, 'Bevan', ?)"_s));
    insert.addBindValue(blob);
    QVERIFY(insert.exec());

    QCOMPARE(scalar(db, u"SELECT length(photo) FROM pupils WHERE id = 1"_s).toInt(), blob.size());
    QCOMPARE(scalar(db, u"SELECT typeof(photo) FROM pupils WHERE id = 1"_s).toString(), u"blob"_s);
    const QVariant back = scalar(db, u"SELECT photo FROM pupils WHERE id = 1"_s);
    QCOMPARE(back.typeId(), QMetaType::QByteArray);
    QCOMPARE(back.toByteArray(), blob);
}

void TestSqlCipherDriver::roundTripsNonAsciiText()
{
    QSqlDatabase db = openDb(Key);
    QVERIFY(createPupils(db));
    QSqlQuery insert(db);
    QVERIFY(insert.prepare(u"INSERT INTO pupils (id, surname) VALUES (?, ?)"_s));
    for (int i = 0; i < WelshAndIrishNames.size(); ++i) {
        insert.bindValue(0, i + 1);
        insert.bindValue(1, WelshAndIrishNames.at(i));
        QVERIFY(insert.exec());
    }
    // Also through the SQL text itself, not only through binds.
    QVERIFY(run(db, u"INSERT INTO pupils (id, surname) VALUES (10, 'Siân ap Llŷr')"_s));

    QSqlQuery select(db);
    QVERIFY(select.exec(u"SELECT surname, length(surname) FROM pupils ORDER BY id"_s));
    for (const QString& name : WelshAndIrishNames) {
        QVERIFY(select.next());
        QCOMPARE(select.value(0).toString(), name);
        QCOMPARE(select.value(1).toInt(), name.size());
    }
    QVERIFY(select.next());
    QCOMPARE(select.value(0).toString(), u"Siân ap Llŷr"_s);

    QSqlQuery lookup(db);
    QVERIFY(lookup.prepare(u"SELECT id FROM pupils WHERE surname = ?"_s));
    lookup.addBindValue(u"Ó Súilleabháin"_s);
    QVERIFY(lookup.exec());
    QVERIFY(lookup.next());
    QCOMPARE(lookup.value(0).toInt(), 4);
}

void TestSqlCipherDriver::reportsLastInsertId()
{
    QSqlDatabase db = openDb(Key);
    QVERIFY(db.driver()->hasFeature(QSqlDriver::LastInsertId));
    QVERIFY(createPupils(db));
    QSqlQuery q(db);
    QVERIFY(q.exec(u"INSERT INTO pupils (surname) VALUES ('A')"_s));
    QCOMPARE(q.lastInsertId().toLongLong(), 1);
    QVERIFY(q.exec(u"INSERT INTO pupils (surname) VALUES ('B')"_s));
    QCOMPARE(q.lastInsertId().toLongLong(), 2);
    QVERIFY(q.prepare(u"INSERT INTO pupils (id, surname) VALUES (?, ?)"_s));
    q.addBindValue(42);
    q.addBindValue(u"C"_s);
    QVERIFY(q.exec());
    QCOMPARE(q.lastInsertId().toLongLong(), 42);
    QVERIFY(q.exec(u"INSERT INTO pupils (surname) VALUES ('D')"_s));
    QCOMPARE(q.lastInsertId().toLongLong(), 43);
}

void TestSqlCipherDriver::reportsRowsAffected()
{
    QSqlDatabase db = openDb(Key);
    QVERIFY(createPupils(db));
    QSqlQuery q(db);
    QVERIFY(q.prepare(u"INSERT INTO pupils (surname, year) VALUES (?, ?)"_s));
    for (int year = 7; year <= 11; ++year) {
        q.addBindValue(u"Pupil %1"_s.arg(year));
        q.addBindValue(year);
        QVERIFY(q.exec());
        QCOMPARE(q.numRowsAffected(), 1);
    }
    QVERIFY(q.exec(u"UPDATE pupils SET forename = 'x' WHERE year >= 9"_s));
    QCOMPARE(q.numRowsAffected(), 3);
    QVERIFY(q.exec(u"UPDATE pupils SET forename = 'y' WHERE year > 100"_s));
    QCOMPARE(q.numRowsAffected(), 0);
    QVERIFY(q.exec(u"DELETE FROM pupils WHERE year < 9"_s));
    QCOMPARE(q.numRowsAffected(), 2);
    QVERIFY(q.exec(u"SELECT * FROM pupils"_s));
    QCOMPARE(q.numRowsAffected(), -1);
    QCOMPARE(countRows(db, u"pupils"_s), 3);
}

void TestSqlCipherDriver::commitsAndRollsBack()
{
    QSqlDatabase db = openDb(Key);
    QVERIFY(db.driver()->hasFeature(QSqlDriver::Transactions));
    QVERIFY(createPupils(db));

    QVERIFY(db.transaction());
    QVERIFY(!db.transaction()); // no nesting
    QVERIFY(run(db, u"INSERT INTO pupils (surname) VALUES ('Kept 1')"_s));
    QVERIFY(run(db, u"INSERT INTO pupils (surname) VALUES ('Kept 2')"_s));
    QVERIFY(db.commit());
    QCOMPARE(countRows(db, u"pupils"_s), 2);

    QVERIFY(db.transaction());
    QVERIFY(run(db, u"INSERT INTO pupils (surname) VALUES ('Dropped')"_s));
    QVERIFY(run(db, u"DELETE FROM pupils WHERE surname = 'Kept 1'"_s));
    QCOMPARE(countRows(db, u"pupils"_s), 2);
    QVERIFY(db.rollback());
    QCOMPARE(countRows(db, u"pupils"_s), 2);
    QCOMPARE(countRows(db, u"pupils WHERE surname = 'Kept 1'"_s), 1);
    QCOMPARE(countRows(db, u"pupils WHERE surname = 'Dropped'"_s), 0);

    QVERIFY(!db.commit()); // nothing to commit
    QVERIFY(db.lastError().isValid());

    // A transaction survives a reopen only if committed.
    QVERIFY(db.transaction());
    QVERIFY(run(db, u"INSERT INTO pupils (surname) VALUES ('Uncommitted')"_s));
    db.close();
    QSqlDatabase again = openDb(Key);
    QCOMPARE(countRows(again, u"pupils"_s), 2);
}

void TestSqlCipherDriver::navigatesResults()
{
    QSqlDatabase db = openDb(Key);
    QVERIFY(db.driver()->hasFeature(QSqlDriver::QuerySize));
    QVERIFY(createPupils(db));
    QSqlQuery insert(db);
    QVERIFY(insert.prepare(u"INSERT INTO pupils (id, surname) VALUES (?, ?)"_s));
    for (int i = 0; i < 10; ++i) {
        insert.addBindValue(i);
        insert.addBindValue(u"S%1"_s.arg(i));
        QVERIFY(insert.exec());
    }

    QSqlQuery q(db);
    QVERIFY(q.exec(u"SELECT id, surname FROM pupils ORDER BY id"_s));
    QVERIFY(q.isSelect());
    QCOMPARE(q.size(), 10);
    QCOMPARE(q.at(), int(QSql::BeforeFirstRow));
    QVERIFY(q.seek(3));
    QCOMPARE(q.value(0).toInt(), 3);
    QCOMPARE(q.at(), 3);
    QVERIFY(q.previous());
    QCOMPARE(q.value(0).toInt(), 2);
    QVERIFY(q.seek(4, true));
    QCOMPARE(q.value(1).toString(), u"S6"_s);
    QVERIFY(q.last());
    QCOMPARE(q.at(), 9);
    QCOMPARE(q.value(0).toInt(), 9);
    QVERIFY(!q.next());
    QCOMPARE(q.at(), int(QSql::AfterLastRow));
    QVERIFY(q.previous()); // from after the end, previous() lands on the last row
    QCOMPARE(q.value(0).toInt(), 9);
    QVERIFY(q.first());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(!q.previous());
    QCOMPARE(q.at(), int(QSql::BeforeFirstRow));
    QVERIFY(!q.seek(10));
    QVERIFY(!q.seek(-1));

    QVERIFY(q.exec(u"SELECT id FROM pupils WHERE id > 100"_s));
    QCOMPARE(q.size(), 0);
    QVERIFY(!q.next());
    QVERIFY(!q.last());

    QVERIFY(q.exec(u"UPDATE pupils SET forename = 'z'"_s));
    QCOMPARE(q.size(), -1);
}

void TestSqlCipherDriver::reportsSqlErrors()
{
    QSqlDatabase db = openDb(Key);
    QVERIFY(createPupils(db));
    QSqlQuery q(db);
    QVERIFY(!q.exec(u"SELECT * FROM no_such_table"_s));
    QVERIFY(q.lastError().isValid());
    QCOMPARE(q.lastError().type(), QSqlError::StatementError);
    QVERIFY(q.lastError().databaseText().contains(u"no such table"_s));
    QVERIFY(!q.isActive());

    QVERIFY(!q.prepare(u"SELEKT 1"_s));
    QVERIFY(q.lastError().isValid());

    QVERIFY(run(db, u"CREATE UNIQUE INDEX pupils_surname ON pupils(surname)"_s));
    QVERIFY(q.exec(u"INSERT INTO pupils (surname) VALUES ('Twin')"_s));
    QVERIFY(!q.lastError().isValid());
    QVERIFY(!q.exec(u"INSERT INTO pupils (surname) VALUES ('Twin')"_s));
    QVERIFY(q.lastError().isValid());
    QVERIFY(!q.lastError().nativeErrorCode().isEmpty());
    QVERIFY(q.lastError().databaseText().contains(u"UNIQUE"_s));
    QVERIFY(!q.exec(u"INSERT INTO pupils (surname) VALUES (NULL)"_s)); // NOT NULL
    QVERIFY(q.lastError().isValid());
    QCOMPARE(countRows(db, u"pupils"_s), 1);

    // Two statements in one string are refused, not cut short after the first.
    QVERIFY(!q.exec(
        u"INSERT INTO pupils (surname) VALUES ('First'); INSERT INTO pupils (surname) VALUES ('Second')"_s));
    QVERIFY(q.lastError().isValid());
    QCOMPARE(countRows(db, u"pupils"_s), 1);
    QVERIFY(q.exec(u"SELECT count(*) FROM pupils;  \n"_s)); // a trailing semicolon is fine

    // The statement that failed leaves the connection usable.
    QVERIFY(q.exec(u"SELECT count(*) FROM pupils"_s));
    QVERIFY(!q.lastError().isValid());
}

void TestSqlCipherDriver::tableModelEditsOnManualSubmit()
{
    QSqlDatabase db = openDb(Key);
    QVERIFY(createPupils(db));
    QVERIFY(run(db, u"INSERT INTO pupils (id, surname, forename, year) VALUES "
                    "(1, 'Jones', 'Aled', 7), (2, 'Williams', 'Ffion', 8), (3, 'Zoë', 'Nia', 9)"_s));

    QSqlTableModel model(nullptr, db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTable(u"pupils"_s);
    model.setEditStrategy(QSqlTableModel::OnManualSubmit);
    model.setSort(0, Qt::AscendingOrder);
    QVERIFY2(model.select(), qPrintable(model.lastError().text()));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 5);
    const int surname = model.fieldIndex(u"surname"_s);
    const int forename = model.fieldIndex(u"forename"_s);
    const int year = model.fieldIndex(u"year"_s);
    QCOMPARE(surname, 1);
    QCOMPARE(model.headerData(surname, Qt::Horizontal).toString(), u"surname"_s);
    QCOMPARE(model.data(model.index(2, surname)).toString(), u"Zoë"_s);
    QCOMPARE(model.primaryKey().fieldName(0), u"id"_s);

    // Edit: nothing reaches the file before submitAll().
    QVERIFY(model.setData(model.index(0, forename), u"Llŷr"_s));
    QVERIFY(model.isDirty());
    QCOMPARE(scalar(db, u"SELECT forename FROM pupils WHERE id = 1"_s).toString(), u"Aled"_s);

    // Insert.
    const int newRow = model.rowCount();
    QVERIFY(model.insertRows(newRow, 1));
    QVERIFY(model.setData(model.index(newRow, surname), u"Ó Súilleabháin"_s));
    QVERIFY(model.setData(model.index(newRow, forename), u"Siân"_s));
    QVERIFY(model.setData(model.index(newRow, year), 10));

    // Remove.
    QVERIFY(model.removeRows(1, 1));
    QCOMPARE(countRows(db, u"pupils"_s), 3);

    QVERIFY2(model.submitAll(), qPrintable(model.lastError().text()));
    QVERIFY(!model.isDirty());

    QCOMPARE(countRows(db, u"pupils"_s), 3);
    QCOMPARE(scalar(db, u"SELECT forename FROM pupils WHERE id = 1"_s).toString(), u"Llŷr"_s);
    QCOMPARE(countRows(db, u"pupils WHERE id = 2"_s), 0);
    QCOMPARE(scalar(db, u"SELECT id FROM pupils WHERE surname = 'Ó Súilleabháin'"_s).toInt(), 4);

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.data(model.index(0, forename)).toString(), u"Llŷr"_s);
    QCOMPARE(model.data(model.index(1, surname)).toString(), u"Zoë"_s);
    QCOMPARE(model.data(model.index(2, 0)).toInt(), 4);
    QCOMPARE(model.data(model.index(2, year)).toInt(), 10);

    // A change reverted before submitting leaves the file untouched.
    QVERIFY(model.setData(model.index(1, year), 13));
    model.revertAll();
    QVERIFY(model.submitAll());
    QCOMPARE(scalar(db, u"SELECT year FROM pupils WHERE id = 3"_s).toInt(), 9);

    // A refused write (NOT NULL) is reported, not lost silently.
    QVERIFY(model.setData(model.index(0, surname), QVariant(QMetaType::fromType<QString>())));
    QVERIFY(!model.submitAll());
    QVERIFY(model.lastError().isValid());
    model.revertAll();
    QCOMPARE(scalar(db, u"SELECT surname FROM pupils WHERE id = 1"_s).toString(), u"Jones"_s);
}

void TestSqlCipherDriver::tableModelKeepsOtherRowsOnFieldChange()
{
    // QSqlTableModel detaches its select query from the result set before each write; the rows
    // it has already shown must still be there afterwards.
    QSqlDatabase db = openDb(Key);
    QVERIFY(createPupils(db));
    QVERIFY(run(db, u"INSERT INTO pupils (id, surname, year) VALUES (1, 'Jones', 7), (2, 'Williams', 8), "
                    "(3, 'Pugh', 9)"_s));

    QSqlTableModel model(nullptr, db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTable(u"pupils"_s);
    model.setEditStrategy(QSqlTableModel::OnFieldChange);
    model.setSort(0, Qt::AscendingOrder);
    QVERIFY(model.select());
    const int surname = model.fieldIndex(u"surname"_s);

    QVERIFY2(model.setData(model.index(0, surname), u"Siân"_s), qPrintable(model.lastError().text()));
    QCOMPARE(scalar(db, u"SELECT surname FROM pupils WHERE id = 1"_s).toString(), u"Siân"_s);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.data(model.index(0, surname)).toString(), u"Siân"_s);
    QCOMPARE(model.data(model.index(1, surname)).toString(), u"Williams"_s);
    QCOMPARE(model.data(model.index(2, surname)).toString(), u"Pugh"_s);
}

void TestSqlCipherDriver::queryModelPassesTester()
{
    QSqlDatabase db = openDb(Key);
    QVERIFY(createPupils(db));
    QSqlQuery insert(db);
    QVERIFY(insert.prepare(u"INSERT INTO pupils (surname, forename, year) VALUES (?, ?, ?)"_s));
    for (int i = 0; i < 300; ++i) {
        insert.addBindValue(u"Surname %1"_s.arg(i, 3, 10, QChar(u'0')));
        insert.addBindValue(WelshAndIrishNames.at(i % WelshAndIrishNames.size()));
        insert.addBindValue(7 + i % 5);
        QVERIFY(insert.exec());
    }

    QSqlQueryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setQuery(u"SELECT id, surname, forename, year FROM pupils ORDER BY surname"_s, db);
    QVERIFY2(!model.lastError().isValid(), qPrintable(model.lastError().text()));
    while (model.canFetchMore())
        model.fetchMore();
    QCOMPARE(model.rowCount(), 300);
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), u"forename"_s);
    QCOMPARE(model.data(model.index(0, 1)).toString(), u"Surname 000"_s);
    QCOMPARE(model.data(model.index(299, 1)).toString(), u"Surname 299"_s);
    QCOMPARE(model.data(model.index(3, 2)).toString(), u"Ó Súilleabháin"_s);
    QCOMPARE(model.data(model.index(4, 3)).toInt(), 11);
    QCOMPARE(model.record(1).value(u"forename"_s).toString(), u"Siân"_s);

    // A new query with another shape, then one that fails, then nothing.
    model.setQuery(u"SELECT year, count(*) FROM pupils GROUP BY year ORDER BY year"_s, db);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.data(model.index(0, 1)).toInt(), 60);
    model.setQuery(u"SELECT nothing FROM nowhere"_s, db);
    QVERIFY(model.lastError().isValid());
    QCOMPARE(model.rowCount(), 0);
    model.clear();
    QCOMPARE(model.columnCount(), 0);
}

void TestSqlCipherDriver::describesTables()
{
    QSqlDatabase db = openDb(Key);
    QVERIFY(createPupils(db));
    QVERIFY(run(db, u"CREATE TABLE enrolments (pupil_id INTEGER NOT NULL REFERENCES pupils(id), "
                    "term TEXT NOT NULL DEFAULT 'autumn', class TEXT, PRIMARY KEY (term, pupil_id))"_s));
    QVERIFY(run(db, u"CREATE TABLE log (id INTEGER PRIMARY KEY AUTOINCREMENT, line TEXT)"_s));
    QVERIFY(run(db, u"CREATE VIEW year7 AS SELECT * FROM pupils WHERE year = 7"_s));
    QSqlDriver* driver = db.driver();

    QStringList tables = driver->tables(QSql::Tables);
    tables.sort();
    QCOMPARE(tables, (QStringList{u"enrolments"_s, u"log"_s, u"pupils"_s})); // no sqlite_sequence
    QCOMPARE(db.tables(QSql::Views), QStringList{u"year7"_s});
    QVERIFY(driver->tables(QSql::AllTables).contains(u"sqlite_master"_s));
    QVERIFY(driver->tables(QSql::AllTables).contains(u"year7"_s));

    const QSqlRecord pupils = driver->record(u"pupils"_s);
    QCOMPARE(pupils.count(), 5);
    QCOMPARE(pupils.fieldName(0), u"id"_s);
    QCOMPARE(pupils.fieldName(1), u"surname"_s);
    QCOMPARE(pupils.fieldName(4), u"photo"_s);
    QCOMPARE(pupils.field(0).metaType(), QMetaType::fromType<qint64>());
    QCOMPARE(pupils.field(1).metaType(), QMetaType::fromType<QString>());
    QCOMPARE(pupils.field(3).metaType(), QMetaType::fromType<qint64>());
    QCOMPARE(pupils.field(4).metaType(), QMetaType::fromType<QByteArray>());
    QVERIFY(pupils.field(0).isAutoValue());
    QVERIFY(!pupils.field(1).isAutoValue());
    QCOMPARE(pupils.field(1).requiredStatus(), QSqlField::Required);
    QCOMPARE(pupils.field(2).requiredStatus(), QSqlField::Optional);
    QCOMPARE(pupils.field(1).tableName(), u"pupils"_s);

    const QSqlRecord enrolments = db.record(u"enrolments"_s);
    QCOMPARE(enrolments.count(), 3);
    QVERIFY(!enrolments.field(0).isAutoValue());
    QVERIFY(enrolments.field(1).defaultValue().toString().contains(u"autumn"_s));

    const QSqlIndex pupilsKey = driver->primaryIndex(u"pupils"_s);
    QCOMPARE(pupilsKey.count(), 1);
    QCOMPARE(pupilsKey.fieldName(0), u"id"_s);
    // A composite key comes back in key order, not column order.
    const QSqlIndex enrolmentsKey = driver->primaryIndex(u"enrolments"_s);
    QCOMPARE(enrolmentsKey.count(), 2);
    QCOMPARE(enrolmentsKey.fieldName(0), u"term"_s);
    QCOMPARE(enrolmentsKey.fieldName(1), u"pupil_id"_s);

    QVERIFY(driver->record(u"missing"_s).isEmpty());
    QVERIFY(driver->primaryIndex(u"missing"_s).isEmpty());
    QVERIFY(driver->primaryIndex(u"year7"_s).isEmpty());
}

void TestSqlCipherDriver::executesBatches()
{
    QSqlDatabase db = openDb(Key);
    QVERIFY(createPupils(db));
    QSqlQuery q(db);
    QVERIFY(q.prepare(u"INSERT INTO pupils (id, surname, forename) VALUES (?, ?, ?)"_s));
    q.addBindValue(QVariantList{1, 2, 3, 4});
    q.addBindValue(QVariantList{u"Llŷr"_s, u"Siân"_s, u"Zoë"_s, u"Ó Súilleabháin"_s});
    q.addBindValue(QVariantList{u"a"_s, QVariant(QMetaType::fromType<QString>()), u"c"_s, u"d"_s});
    QVERIFY2(q.execBatch(), qPrintable(q.lastError().text()));
    QCOMPARE(countRows(db, u"pupils"_s), 4);
    QCOMPARE(scalar(db, u"SELECT surname FROM pupils WHERE id = 3"_s).toString(), u"Zoë"_s);
    QCOMPARE(countRows(db, u"pupils WHERE forename IS NULL"_s), 1);

    // Named placeholders in a batch; a failing row stops the batch with an error.
    QVERIFY(q.prepare(u"INSERT INTO pupils (id, surname) VALUES (:id, :surname)"_s));
    q.bindValue(u":id"_s, QVariantList{10, 11, 1});
    q.bindValue(u":surname"_s, QVariantList{u"x"_s, u"y"_s, u"duplicate"_s});
    QVERIFY(!q.execBatch());
    QVERIFY(q.lastError().isValid());
    QCOMPARE(countRows(db, u"pupils"_s), 6);
}

void TestSqlCipherDriver::leavesNoPlainTextOnDisk()
{
    const QByteArray header("SQLite format 3\0", 16);
    const QString marker = u"Ó Súilleabháin-Llanfair-Marker-7731"_s;
    const QByteArray markerUtf8 = marker.toUtf8();
    const QByteArray asciiMarker = "Llanfair-Marker-7731";

    auto write = [&](const QSqlDatabase& db) {
        if (!createPupils(db))
            return false;
        QSqlQuery q(db);
        if (!q.prepare(u"INSERT INTO pupils (surname, forename) VALUES (?, ?)"_s))
            return false;
        q.addBindValue(marker);
        q.addBindValue(u"Siân"_s);
        return q.exec();
    };

    // The baseline proves the check can see plain text when it is there.
    {
        m_path = m_dir->filePath(u"plain.sqlite"_s);
        QSqlDatabase plain = openDb(QString(), AllowPlain);
        QVERIFY(plain.isOpen());
        QVERIFY(write(plain));
        const QByteArray bytes = readFile(m_path) + readFile(m_path + u"-wal"_s);
        QVERIFY(bytes.contains(asciiMarker));
        plain.close();
        QCOMPARE(readFile(m_path).left(16), header);
    }

    m_path = m_dir->filePath(u"secret.lanyard"_s);
    QSqlDatabase db = openDb(Key);
    QVERIFY(db.isOpen());
    QCOMPARE(scalar(db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QVERIFY(write(db));
    QCOMPARE(scalar(db, u"SELECT surname FROM pupils"_s).toString(), marker);

    // While open, the row sits in the -wal file.
    const QByteArray wal = readFile(m_path + u"-wal"_s);
    QVERIFY(!wal.isEmpty());
    QVERIFY(!wal.contains(markerUtf8));
    QVERIFY(!wal.contains(asciiMarker));
    QByteArray main = readFile(m_path);
    QVERIFY(main.size() >= 16);
    QVERIFY(main.left(16) != header);
    QVERIFY(!main.contains(asciiMarker));

    // After the checkpoint on close, in the main file.
    db.close();
    main = readFile(m_path);
    QVERIFY(main.size() >= 2 * SqlCipherDriver::PageSize);
    QVERIFY(main.left(16) != header);
    QVERIFY(!main.contains(markerUtf8));
    QVERIFY(!main.contains(asciiMarker));
    QVERIFY(!main.contains("pupils"));
    QVERIFY(!main.contains("CREATE TABLE"));
}

QTEST_GUILESS_MAIN(TestSqlCipherDriver)
#include "tst_sqlcipherdriver.moc"
