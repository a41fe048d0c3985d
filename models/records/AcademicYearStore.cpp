#include "AcademicYearStore.h"

#include "storage/StoreSupport.h"
#include "storage/Vault.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace StoreSupport;

AcademicYearStore::AcademicYearStore(Vault& vault)
    : m_vault(vault)
{
}

Result<QList<AcademicYear>> AcademicYearStore::list() const
{
    QList<AcademicYear> result;
    QSqlQuery q(m_vault.database());
    if (!q.exec(u"SELECT start_year FROM academic_years ORDER BY start_year"_s))
        return readFailed(q, Q_FUNC_INFO);
    while (q.next())
        result.append(AcademicYear(q.value(0).toInt()));
    return result;
}

Result<QList<Term>> AcademicYearStore::terms(const AcademicYear& year) const
{
    QList<Term> result;
    QSqlQuery q(m_vault.database());
    q.prepare(u"SELECT t.name, t.starts_on, t.ends_on FROM terms t JOIN academic_years y ON y.id = "
              u"t.academic_year_id "
              u"WHERE y.start_year = ? ORDER BY t.ordinal"_s);
    q.addBindValue(year.startYear());
    if (!q.exec())
        return readFailed(q, Q_FUNC_INFO);
    while (q.next())
        result.append(Term{q.value(0).toString(), toDate(q.value(1)), toDate(q.value(2))});
    return result;
}

bool AcademicYearStore::save(const AcademicYear& year, const QList<Term>& terms, QString* error)
{
    if (!m_vault.require(Permission::ManageSettings, error))
        return false;
    if (!year.isValid())
        return refuse(error, tr("Choose an academic year, such as 2026/27."));
    if (terms.isEmpty())
        return refuse(error, tr("An academic year needs at least one term."));
    if (!year.validateTerms(terms, error))
        return false;
    Transaction transaction(m_vault.database());
    if (!transaction.isActive())
        return refuse(error, tr("The vault is busy; try again in a moment."));
    QSqlQuery q(m_vault.database());
    auto abort = [&](const char* where) { return sqlFailed(q, where, error); };
    q.prepare(u"INSERT OR IGNORE INTO academic_years (start_year) VALUES (?)"_s);
    q.addBindValue(year.startYear());
    if (!q.exec())
        return abort(Q_FUNC_INFO);
    const bool newYear = q.numRowsAffected() > 0;
    q.prepare(u"SELECT id FROM academic_years WHERE start_year = ?"_s);
    q.addBindValue(year.startYear());
    if (!q.exec() || !q.next())
        return abort(Q_FUNC_INFO);
    const qint64 yearId = q.value(0).toLongLong();
    if (newYear && !audit(m_vault, u"academic_years"_s, yearId, u"insert"_s, error))
        return false;
    // The year's terms are replaced whole; every old one gets its deletion entry.
    if (!removeWhere(m_vault, u"terms"_s, u"academic_year_id"_s, yearId, error))
        return false;
    q.prepare(
        u"INSERT INTO terms (academic_year_id, ordinal, name, starts_on, ends_on) VALUES (?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < terms.size(); ++i) {
        q.addBindValue(yearId);
        q.addBindValue(int(i + 1));
        q.addBindValue(terms[i].name.trimmed());
        q.addBindValue(dateOrNull(terms[i].start));
        q.addBindValue(dateOrNull(terms[i].end));
        if (!q.exec())
            return abort(Q_FUNC_INFO);
        if (!audit(m_vault, u"terms"_s, q.lastInsertId().toLongLong(), u"insert"_s, error))
            return false;
    }
    return transaction.commit() || abort(Q_FUNC_INFO);
}

bool AcademicYearStore::ensure(const AcademicYear& year, QString* error)
{
    if (!m_vault.require(Permission::ManageSettings, error))
        return false;
    const auto existing = terms(year);
    if (!existing)
        return refuse(error, existing.error());
    if (!existing->isEmpty())
        return true;
    return save(year, year.defaultTerms(), error);
}

Result<std::optional<Term>> AcademicYearStore::termAt(const QDate& date) const
{
    const auto all = terms(AcademicYear::containing(date));
    if (!all)
        return Failure{all.error()};
    return AcademicYear::termAt(*all, date);
}
