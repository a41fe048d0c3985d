// Importing a school's roll from a CSV file through the whole path a user's import takes (decode,
// parse, header mapping, preview with every check, apply through the stores with their validation,
// role check and audit entry per record, in one transaction), against a raw prepared-statement
// insert of the same rows into the same kind of vault, in the same run. Target: at most 3x. After
// each import, outside the clock, its audit trail must pass AuditLog::verify.
//
//   bench_import [--rows N] [--runs N] [--dir PATH]
//
// Build with CMAKE_BUILD_TYPE=Release; the numbers from a debug build mean little.

#include "BenchUtil.h"

#include "domain/Upn.h"
#include "domain/YearGroup.h"
#include "io/Csv.h"
#include "io/RollImport.h"
#include "storage/AuditLog.h"
#include "storage/KeyRing.h"
#include "storage/Vault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using Bench::err;
using Bench::out;
using Bench::seconds;

namespace {

constexpr double TargetRatio = 3.0;

struct Row
{
    QString upn;
    QString admissionNumber;
    QString surname;
    QString forename;
    QString preferred;
    QString gender;
    QDate dateOfBirth;
    YearGroup year;
    QString form;
    QDate joined;
};

// Made up before the clock starts, the same for every run: a two-form-entry school from Nursery up,
// with Welsh and Irish names.
std::vector<Row> makeRows(int count)
{
    const QStringList surnames{u"Jones"_s,           u"Williams"_s, u"Davies"_s,
                               u"Evans"_s,           u"Thomas"_s,   u"Ó Súilleabháin"_s,
                               u"Fitzgerald-Owen"_s, u"ap Llŷr"_s,  u"Nowak"_s,
                               u"Okonkwo"_s,         u"Patel"_s,    u"Mac Giolla Phádraig"_s};
    const QStringList forenames{u"Siân"_s,  u"Zoë"_s,       u"Llŷr"_s,     u"Cerys"_s,    u"Gethin"_s,
                                u"Aoife"_s, u"Oluwaseun"_s, u"Mohammed"_s, u"Isabella"_s, u"Rhiannon"_s};
    QRandomGenerator random(20260901);
    auto pick = [&random](const QStringList& list) {
        return list.at(static_cast<qsizetype>(random.bounded(static_cast<quint32>(list.size()))));
    };
    const QList<YearGroup> years = YearGroup::all();
    std::vector<Row> rows;
    rows.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        Row row;
        row.year = years.at(i % years.size());
        row.upn = Upn::withCheckLetter(u"825230%1"_s.arg(i, 6, 10, QChar(u'0')));
        row.admissionNumber = u"%1"_s.arg(i + 1, 6, 10, QChar(u'0'));
        row.surname = pick(surnames);
        row.forename = pick(forenames);
        row.preferred = random.bounded(5) == 0 ? pick(forenames) : QString();
        row.gender = random.bounded(2) ? u"F"_s : u"M"_s;
        row.dateOfBirth = QDate(2021 - row.year.ordinal(), 9, 1).addDays(random.bounded(365));
        row.form = row.year.code() + ((i / years.size()) % 2 ? u'B' : u'A');
        row.joined = QDate(2025, 9, 3);
        rows.push_back(std::move(row));
    }
    return rows;
}

// The file as SIMS exports it: UTF-8 with a byte order mark, CRLF, dd/mm/yyyy, "Year 3".
QByteArray makeFile(const std::vector<Row>& rows)
{
    QString text =
        Csv::record({u"Adno"_s, u"UPN"_s, u"Legal Surname"_s, u"Legal Forename"_s, u"Preferred Forename"_s,
                     u"Gender"_s, u"DOB"_s, u"Year"_s, u"Reg"_s, u"Date of Entry"_s});
    for (const Row& r : rows)
        text += Csv::record({r.admissionNumber, r.upn, r.surname, r.forename, r.preferred, r.gender,
                             r.dateOfBirth.toString(u"dd/MM/yyyy"_s), r.year.displayName(), r.form,
                             r.joined.toString(u"dd/MM/yyyy"_s)});
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

// A fresh vault for every run, made and removed outside the clock.
class Target final
{
public:
    Target(QString label, QString path)
        : m_label(std::move(label))
        , m_path(std::move(path))
    {
    }

    const QString& label() const { return m_label; }
    Vault& vault() { return *m_vault; }

    bool setUp()
    {
        removeFiles();
        SecureBytes recovery;
        VaultError error;
        m_vault = Vault::create(m_path, {u"Bench Primary"_s, u"bench"_s, {}, KdfLimits::minimum()},
                                QByteArrayLiteral("bench passphrase"), &recovery, &error);
        return m_vault || failed(error.message);
    }

    bool tearDown(qsizetype expectedRows)
    {
        {
            QSqlQuery q(m_vault->database());
            if (!q.exec(u"SELECT count(*) FROM pupils"_s) || !q.next())
                return failed(q.lastError().text());
            if (q.value(0).toLongLong() != expectedRows)
                return failed(
                    u"%1 pupils in the vault, expected %2"_s.arg(q.value(0).toLongLong()).arg(expectedRows));
        }
        m_vault.reset();
        removeFiles();
        return true;
    }

    // The import's speed must not come from a weaker trail: every row's entry chains and verifies.
    bool auditVerifies() const
    {
        const AuditLog::Verdict verdict = AuditLog::verify(m_vault->database());
        return verdict.ok || failed(verdict.problem);
    }

    bool failed(const QString& error) const
    {
        err() << m_label << ": " << error << Qt::endl;
        return false;
    }

private:
    void removeFiles() const
    {
        for (const QString& suffix : {QString(), u"-keys"_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
            QFile::remove(m_path + suffix);
    }

    QString m_label;
    QString m_path;
    std::unique_ptr<Vault> m_vault;
};

// What a user's import does, from the file's bytes.
bool importFile(Target& target, const QByteArray& file, qsizetype expected)
{
    QString error;
    const auto document = CsvReader::read(file, CsvEncoding::Auto, &error);
    if (!document)
        return target.failed(error);
    const RollTable table = RollImport::table(RollKind::Pupils, *document);
    const HeaderMapping mapping = HeaderMapping::recognise(RollKind::Pupils, table.header);
    RollImport import(target.vault());
    const RollImport::Plan plan = import.preview(table, mapping);
    if (!plan.isAcceptable())
        return target.failed(plan.problems.constFirst().text());
    ImportSummary summary;
    if (!import.apply(plan, {}, &summary, &error, [](int, int) { return true; }))
        return target.failed(error);
    return summary.added == expected || target.failed(u"added %1"_s.arg(summary.added));
}

// The same rows with prepared statements: the forms, then the pupils, in one transaction.
bool rawInsert(Target& target, const std::vector<Row>& rows)
{
    QSqlDatabase db = target.vault().database();
    if (!db.transaction())
        return target.failed(db.lastError().text());
    QHash<QString, qint64> forms;
    QSqlQuery form(db), pupil(db);
    if (!form.prepare(u"INSERT INTO forms (name, year_group) VALUES (?, ?)"_s) ||
        !pupil.prepare(
            u"INSERT INTO pupils (upn, admission_no, legal_forename, preferred_forename, surname, dob, "
            u"gender, year_group, form_id, joined_on, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            u"'on_roll')"_s))
        return target.failed(db.lastError().text());
    for (const Row& r : rows) {
        auto id = forms.constFind(r.form);
        if (id == forms.cend()) {
            form.bindValue(0, r.form);
            form.bindValue(1, r.year.ordinal());
            if (!form.exec())
                return target.failed(form.lastError().text());
            id = forms.insert(r.form, form.lastInsertId().toLongLong());
        }
        pupil.bindValue(0, r.upn);
        pupil.bindValue(1, r.admissionNumber);
        pupil.bindValue(2, r.forename);
        pupil.bindValue(3, r.preferred.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                 : QVariant(r.preferred));
        pupil.bindValue(4, r.surname);
        pupil.bindValue(5, r.dateOfBirth.toString(Qt::ISODate));
        pupil.bindValue(6, r.gender);
        pupil.bindValue(7, r.year.ordinal());
        pupil.bindValue(8, *id);
        pupil.bindValue(9, r.joined.toString(Qt::ISODate));
        if (!pupil.exec())
            return target.failed(pupil.lastError().text());
    }
    return db.commit() || target.failed(db.lastError().text());
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // Each vault's close moves this PC's audit anchors (ChainAnchors): keep the throwaway vaults'
    // out of the settings of whoever runs the benchmark.
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"CSV roll import against a raw insert of the same rows"_s);
    parser.addHelpOption();
    const QCommandLineOption rowsOption(u"rows"_s, u"Pupils in the file (default 2000)."_s, u"n"_s,
                                        u"2000"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Runs of each, alternating (default 5)."_s, u"n"_s,
                                        u"5"_s);
    const QCommandLineOption dirOption(u"dir"_s, u"Directory for the vaults (default: a temporary one)."_s,
                                       u"path"_s);
    parser.addOptions({rowsOption, runsOption, dirOption});
    parser.process(app);
    const int rowCount = parser.value(rowsOption).toInt();
    const int runs = parser.value(runsOption).toInt();
    if (rowCount <= 0 || rowCount > 999999 || runs <= 0) {
        err() << "--rows (up to 999999) and --runs must be positive numbers" << Qt::endl;
        return 2;
    }

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

    const std::vector<Row> rows = makeRows(rowCount);
    const QByteArray file = makeFile(rows);
    const auto expected = static_cast<qsizetype>(rows.size());
    Target imported(u"import"_s, dir + u"/import.lanyard"_s);
    Target raw(u"raw"_s, dir + u"/raw.lanyard"_s);

    Bench::Case importCase;
    importCase.name = imported.label();
    importCase.setup = [&] { return imported.setUp(); };
    importCase.body = [&] { return importFile(imported, file, expected); };
    importCase.teardown = [&] { return imported.auditVerifies() && imported.tearDown(expected); };
    Bench::Case rawCase;
    rawCase.name = raw.label();
    rawCase.setup = [&] { return raw.setUp(); };
    rawCase.body = [&] { return rawInsert(raw, rows); };
    rawCase.teardown = [&] { return raw.tearDown(expected); };

    const auto timings = Bench::medianOfRuns(runs, {importCase, rawCase});
    if (!timings) {
        err() << "benchmark failed" << Qt::endl;
        return 1;
    }
    out() << "bench_import: " << rowCount << " pupils (" << file.size() / 1024 << " KiB of CSV) x " << runs
          << " runs, alternating; in " << dir << Qt::endl;
    for (const Bench::Timing& t : *timings) {
        out() << "  " << t.name.leftJustified(8) << ':';
        for (double s : t.seconds)
            out() << ' ' << seconds(s);
        out() << "  (median " << seconds(t.median) << " s)" << Qt::endl;
    }
    const double importMedian = timings->at(0).median;
    const double rawMedian = timings->at(1).median;
    const double ratio = rawMedian > 0 ? importMedian / rawMedian : 0.0;
    out() << "import " << rowCount << " pupils: full path " << seconds(importMedian) << " s, raw insert "
          << seconds(rawMedian) << " s, ratio " << QString::number(ratio, 'f', 2)
          << " (target <= " << QString::number(TargetRatio, 'f', 2) << ')' << Qt::endl;
    return 0;
}
