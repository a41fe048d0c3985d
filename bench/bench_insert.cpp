// Bulk insert into an encrypted vault against the same insert into plain SQLite, through the same
// driver and pragmas. DESIGN.md section 2 budgets ~1.1x for the encrypted file at page size 4096.
//
//   bench_insert [--rows N] [--runs N] [--dir PATH]
//
// Build with CMAKE_BUILD_TYPE=Release; the numbers from a debug build mean little.

#include "BenchUtil.h"

#include "storage/SecureBytes.h"
#include "storage/SqlCipherDriver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using Bench::err;
using Bench::out;
using Bench::seconds;

namespace {

constexpr double TargetRatio = 1.10;

struct PupilRow
{
    QString upn;
    QString surname;
    QString forename;
    QString middleNames;
    QString preferredName;
    QDate dateOfBirth;
    int yearGroup = 0;
    QString registrationGroup;
    QString gender;
    QDate admissionDate;
    QString ethnicity;
    QString senStatus;
    bool freeSchoolMeals = false;
};

// Made up before the clock starts, the same for every run: names of realistic length (some with
// Welsh and Irish letters), dates, codes.
std::vector<PupilRow> makeRows(int count)
{
    const QStringList surnames = {u"Jones"_s,
                                  u"Williams"_s,
                                  u"Davies"_s,
                                  u"Evans"_s,
                                  u"Thomas"_s,
                                  u"Roberts"_s,
                                  u"Hughes"_s,
                                  u"Ó Súilleabháin"_s,
                                  u"Fitzgerald-Owen"_s,
                                  u"ap Llŷr"_s,
                                  u"Montgomery-Price"_s,
                                  u"Nowak"_s,
                                  u"Okonkwo"_s,
                                  u"Patel"_s,
                                  u"Mac Giolla Phádraig"_s,
                                  u"Smith"_s};
    const QStringList forenames = {u"Siân"_s,  u"Zoë"_s,       u"Llŷr"_s,     u"Cerys"_s,    u"Gethin"_s,
                                   u"Aoife"_s, u"Oluwaseun"_s, u"Mohammed"_s, u"Isabella"_s, u"Rhiannon"_s,
                                   u"Tomos"_s, u"Ffion"_s,     u"Jack"_s,     u"Olivia"_s,   u"Dafydd"_s};
    const QStringList ethnicities = {u"WBRI"_s, u"WIRI"_s, u"AIND"_s, u"BAFR"_s, u"MWBC"_s, u"WOTH"_s};
    const QStringList sen = {u"N"_s, u"N"_s, u"N"_s, u"N"_s, u"K"_s, u"E"_s};

    QRandomGenerator random(20240901);
    auto pick = [&random](const QStringList& list) {
        return list.at(static_cast<qsizetype>(random.bounded(static_cast<quint32>(list.size()))));
    };

    std::vector<PupilRow> rows;
    rows.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        PupilRow row;
        row.yearGroup = 7 + i % 7;
        row.upn = u"A%1%2"_s.arg(825230000 + i, 9, 10, QChar(u'0')).arg(i % 1000, 3, 10, QChar(u'0'));
        row.surname = pick(surnames);
        row.forename = pick(forenames);
        row.middleNames = random.bounded(3) == 0 ? QString() : pick(forenames) + u' ' + pick(forenames);
        row.preferredName = random.bounded(5) == 0 ? pick(forenames) : row.forename;
        row.dateOfBirth = QDate(2019 - row.yearGroup, 9, 1).addDays(random.bounded(365));
        row.registrationGroup = u"%1%2"_s.arg(row.yearGroup).arg(QChar(u'A' + i % 6));
        row.gender = random.bounded(2) ? u"F"_s : u"M"_s;
        row.admissionDate = QDate(2024 - (row.yearGroup - 7), 9, 4);
        row.ethnicity = pick(ethnicities);
        row.senStatus = pick(sen);
        row.freeSchoolMeals = random.bounded(5) == 0;
        rows.push_back(std::move(row));
    }
    return rows;
}

const QString CreateTable = uR"(CREATE TABLE pupils (
    id INTEGER PRIMARY KEY,
    upn TEXT NOT NULL UNIQUE,
    surname TEXT NOT NULL,
    forename TEXT NOT NULL,
    middle_names TEXT,
    preferred_name TEXT,
    date_of_birth TEXT NOT NULL,
    year_group INTEGER NOT NULL,
    registration_group TEXT,
    gender TEXT,
    admission_date TEXT,
    ethnicity TEXT,
    sen_status TEXT,
    fsm INTEGER NOT NULL DEFAULT 0))"_s;

const QString InsertRow = uR"(INSERT INTO pupils (upn, surname, forename, middle_names, preferred_name,
    date_of_birth, year_group, registration_group, gender, admission_date, ethnicity, sen_status, fsm)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s;

// One database file, created afresh for every run.
class Target final
{
public:
    Target(QString label, QString path, bool encrypted)
        : m_label(std::move(label))
        , m_path(std::move(path))
        , m_encrypted(encrypted)
    {
    }

    const QString& label() const { return m_label; }
    int pageSize() const { return m_pageSize; }

    bool setUp()
    {
        removeFiles();
        const QString name = u"bench_"_s + m_label;
        if (m_encrypted) {
            auto* driver = new SqlCipherDriver;
            driver->setRawKey(SecureBytes::random(32));
            m_db = QSqlDatabase::addDatabase(driver, name);
        } else {
            m_db = QSqlDatabase::addDatabase(QString::fromLatin1(SqlCipherDriver::Name), name);
            m_db.setConnectOptions(u"QSQLCIPHER_ALLOW_PLAINTEXT"_s);
        }
        m_db.setDatabaseName(m_path);
        if (!m_db.open())
            return failed(m_db.lastError().text());
        QSqlQuery q(m_db);
        if (!q.exec(CreateTable))
            return failed(q.lastError().text());
        if (!q.exec(u"PRAGMA page_size"_s) || !q.next())
            return failed(q.lastError().text());
        m_pageSize = q.value(0).toInt();
        return true;
    }

    bool insert(const std::vector<PupilRow>& rows)
    {
        if (!m_db.transaction())
            return failed(m_db.lastError().text());
        QSqlQuery q(m_db);
        if (!q.prepare(InsertRow))
            return failed(q.lastError().text());
        for (const PupilRow& row : rows) {
            q.bindValue(0, row.upn);
            q.bindValue(1, row.surname);
            q.bindValue(2, row.forename);
            q.bindValue(3, row.middleNames);
            q.bindValue(4, row.preferredName);
            q.bindValue(5, row.dateOfBirth);
            q.bindValue(6, row.yearGroup);
            q.bindValue(7, row.registrationGroup);
            q.bindValue(8, row.gender);
            q.bindValue(9, row.admissionDate);
            q.bindValue(10, row.ethnicity);
            q.bindValue(11, row.senStatus);
            q.bindValue(12, row.freeSchoolMeals);
            if (!q.exec()) {
                const QString error = q.lastError().text();
                m_db.rollback();
                return failed(error);
            }
        }
        if (!m_db.commit())
            return failed(m_db.lastError().text());
        return true;
    }

    bool tearDown(qsizetype expectedRows)
    {
        {
            QSqlQuery q(m_db);
            if (!q.exec(u"SELECT count(*) FROM pupils"_s) || !q.next())
                return failed(q.lastError().text());
            if (q.value(0).toLongLong() != expectedRows)
                return failed(
                    u"%1 rows in the table, expected %2"_s.arg(q.value(0).toLongLong()).arg(expectedRows));
        }
        const QString name = m_db.connectionName();
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        // Guards the comparison itself: the encrypted file must not be plain SQLite, and the other must.
        QFile file(m_path);
        const bool plainHeader =
            file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
        file.close();
        if (plainHeader == m_encrypted)
            return failed(m_encrypted ? u"the file is not encrypted"_s : u"the file is not plain SQLite"_s);
        removeFiles();
        return true;
    }

private:
    bool failed(const QString& error) const
    {
        err() << m_label << ": " << error << Qt::endl;
        return false;
    }

    void removeFiles() const
    {
        for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
            QFile::remove(m_path + suffix);
    }

    QString m_label;
    QString m_path;
    bool m_encrypted;
    QSqlDatabase m_db;
    int m_pageSize = 0;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Bulk insert: encrypted vault against plain SQLite"_s);
    parser.addHelpOption();
    const QCommandLineOption rowsOption(u"rows"_s, u"Rows per insert (default 50000)."_s, u"n"_s, u"50000"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Runs of each, alternating (default 5)."_s, u"n"_s,
                                        u"5"_s);
    const QCommandLineOption dirOption(u"dir"_s, u"Directory for the files (default: a temporary one)."_s,
                                       u"path"_s);
    parser.addOptions({rowsOption, runsOption, dirOption});
    parser.process(app);
    const int rowCount = parser.value(rowsOption).toInt();
    const int runs = parser.value(runsOption).toInt();
    if (rowCount <= 0 || runs <= 0) {
        err() << "--rows and --runs must be positive numbers" << Qt::endl;
        return 2;
    }

    if (!Crypto::initialise()) {
        err() << "libsodium failed to initialise" << Qt::endl;
        return 1;
    }
    SqlCipherDriver::registerDriver();

    std::unique_ptr<QTemporaryDir> temporary;
    QString dir = parser.value(dirOption);
    if (dir.isEmpty()) {
        temporary = std::make_unique<QTemporaryDir>();
        if (!temporary->isValid()) {
            err() << "cannot create a temporary directory" << Qt::endl;
            return 1;
        }
        dir = temporary->path();
    }

    const std::vector<PupilRow> rows = makeRows(rowCount);
    const auto expected = static_cast<qsizetype>(rows.size());
    Target encrypted(u"encrypted"_s, dir + u"/encrypted.lanyard"_s, true);
    Target plain(u"plain"_s, dir + u"/plain.sqlite"_s, false);

    auto caseFor = [&rows, expected](Target& target) {
        Bench::Case c;
        c.name = target.label();
        c.setup = [&target] { return target.setUp(); };
        c.body = [&target, &rows] { return target.insert(rows); };
        c.teardown = [&target, expected] { return target.tearDown(expected); };
        return c;
    };

    const auto timings = Bench::medianOfRuns(runs, {caseFor(encrypted), caseFor(plain)});
    if (!timings) {
        err() << "benchmark failed" << Qt::endl;
        return 1;
    }

    out() << "bench_insert: " << rowCount << " rows x " << runs << " runs, alternating; page_size encrypted "
          << encrypted.pageSize() << ", plain " << plain.pageSize() << "; in " << dir << Qt::endl;
    for (const Bench::Timing& t : *timings) {
        out() << "  " << t.name.leftJustified(10) << ':';
        for (double s : t.seconds)
            out() << ' ' << seconds(s);
        out() << "  (median " << seconds(t.median) << " s)" << Qt::endl;
    }
    const double encryptedMedian = timings->at(0).median;
    const double plainMedian = timings->at(1).median;
    const double ratio = plainMedian > 0 ? encryptedMedian / plainMedian : 0.0;
    out() << "insert " << rowCount << " rows: encrypted " << seconds(encryptedMedian) << " s, plain "
          << seconds(plainMedian) << " s, ratio " << QString::number(ratio, 'f', 2)
          << " (target <= " << QString::number(TargetRatio, 'f', 2) << ')' << Qt::endl;
    return 0;
}
