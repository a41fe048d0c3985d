#include "PupilStore.h"

#include "FormStore.h"
#include "domain/CodeTable.h"
#include "domain/Upn.h"
#include "storage/StoreSupport.h"
#include "storage/Vault.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace StoreSupport;

namespace {
// The first code for each is the one written; the others are as MIS exports write them.
constexpr auto Genders = codeTable<Gender>({
    {Gender::Female, u"F"},
    {Gender::Male, u"M"},
    {Gender::Other, u"X"},
    {Gender::Female, u"FEMALE"},
    {Gender::Female, u"GIRL"},
    {Gender::Male, u"MALE"},
    {Gender::Male, u"BOY"},
    {Gender::Other, u"U"},
    {Gender::Other, u"OTHER"},
    {Gender::Other, u"NOT KNOWN"},
});
constexpr auto Statuses = codeTable<Pupil::Status>(
    {{Pupil::Status::OnRoll, u"on_roll"}, {Pupil::Status::Left, u"left"}}, CodeMatch::Exact);

const QString Select = u"SELECT p.id, p.upn, p.admission_no, p.legal_forename, p.preferred_forename, "
                       u"p.surname, p.dob, p.gender, "
                       u"p.year_group, p.form_id, f.name, p.joined_on, p.left_on, p.status, p.destination "
                       u"FROM pupils p "
                       u"LEFT JOIN forms f ON f.id = p.form_id"_s;

// Every column save() writes but id; its audit entry is hashed from the
// values it binds (StoreSupport::audit with values), so a new column must be written here too.
const QStringList Columns{u"upn"_s,        u"admission_no"_s, u"legal_forename"_s, u"preferred_forename"_s,
                          u"surname"_s,    u"dob"_s,          u"gender"_s,         u"year_group"_s,
                          u"form_id"_s,    u"joined_on"_s,    u"left_on"_s,        u"status"_s,
                          u"destination"_s};
const QStringList Placeholders = placeholders(Columns);
const QString Insert =
    u"INSERT INTO pupils ("_s + Columns.join(u", "_s) + u") VALUES ("_s + Placeholders.join(u", "_s) + u')';
const QString Update = []() -> QString {
    QStringList assignments;
    for (qsizetype i = 0; i < Columns.size(); ++i)
        assignments << Columns[i] + u" = "_s + Placeholders[i];
    return u"UPDATE pupils SET "_s + assignments.join(u", "_s) + u" WHERE id = :id"_s;
}();

// Why a write was refused, when it was for a UPN or admission number that is another pupil's: the
// vault's UNIQUE constraints refuse them, and this names the pupil. Empty when neither is taken.
QString duplicateOf(const QSqlDatabase& db, qint64 id, const QString& upn, const QString& admission)
{
    QSqlQuery q(db);
    auto taken = [&](const QString& column, const QString& value) {
        q.prepare(u"SELECT surname, legal_forename FROM pupils WHERE "_s + column + u" = ? AND id <> ?"_s);
        q.addBindValue(value);
        q.addBindValue(id);
        return q.exec() && q.next();
    };
    if (!upn.isEmpty() && taken(u"upn"_s, upn))
        return PupilStore::tr("The UPN %1 already belongs to %2 %3.")
            .arg(upn, q.value(1).toString(), q.value(0).toString());
    if (!admission.isEmpty() && taken(u"admission_no"_s, admission))
        return PupilStore::tr("Admission number %1 already belongs to %2 %3.")
            .arg(admission, q.value(1).toString(), q.value(0).toString());
    return {};
}

Pupil fromQuery(const QSqlQuery& q)
{
    Pupil p;
    p.id = q.value(0).toLongLong();
    p.upn = q.value(1).toString();
    p.admissionNumber = q.value(2).toString();
    p.legalForename = q.value(3).toString();
    p.preferredForename = q.value(4).toString();
    p.surname = q.value(5).toString();
    p.dateOfBirth = toDate(q.value(6));
    p.gender = PupilStore::genderFromCode(q.value(7).toString()).value_or(Gender::Other);
    p.yearGroup = YearGroup::fromOrdinal(q.value(8).toInt()).value_or(YearGroup());
    p.formId = q.value(9).toLongLong();
    p.formName = q.value(10).toString();
    p.joinedOn = toDate(q.value(11));
    p.leftOn = toDate(q.value(12));
    p.status = Statuses.fromCode(q.value(13).toString()).value_or(Pupil::Status::OnRoll);
    p.destination = q.value(14).toString();
    return p;
}
} // namespace

QString foldForSearch(const QString& text)
{
    QString folded;
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    for (QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            folded += c.toCaseFolded();
    return folded;
}

std::optional<YearGroup> Pupil::expectedYearGroup(int academicStartYear) const
{
    return YearGroup::expectedFor(dateOfBirth, academicStartYear);
}

PupilStore::PupilStore(Vault& vault)
    : m_vault(vault)
{
}

PupilStore::Batch::Batch(PupilStore& store, QString* error)
    : m_store(store)
{
    const auto forms = FormStore(store.m_vault).list();
    if (!forms) {
        refuse(error, forms.error());
        return;
    }
    for (const Form& form : *forms)
        m_forms.insert(form.id, form);
    m_insert = QSqlQuery(store.m_vault.database());
    m_update = QSqlQuery(store.m_vault.database());
    if (!m_insert.prepare(Insert) || !m_update.prepare(Update)) {
        sqlFailed(m_insert.lastError().isValid() ? m_insert : m_update, Q_FUNC_INFO, error);
        return;
    }
    m_active = true;
    if (!store.m_batch)
        store.m_batch = this;
}

PupilStore::Batch::~Batch()
{
    if (m_store.m_batch == this)
        m_store.m_batch = nullptr;
}

Result<Form> PupilStore::form(qint64 id) const
{
    if (!m_batch)
        return FormStore(m_vault).find(id);
    const auto it = m_batch->m_forms.constFind(id);
    if (it == m_batch->m_forms.cend())
        return Failure{FormStore::tr("That form is no longer in the vault.")};
    return *it;
}

QString PupilStore::genderCode(Gender gender)
{
    return Genders.code(gender);
}

std::optional<Gender> PupilStore::genderFromCode(const QString& code)
{
    return Genders.fromCode(code);
}

QString PupilStore::genderName(Gender gender)
{
    switch (gender) {
    case Gender::Female:
        return tr("Female");
    case Gender::Male:
        return tr("Male");
    case Gender::Other:
        break;
    }
    return tr("Other or not known");
}

QString PupilStore::statusCode(Pupil::Status status)
{
    return Statuses.code(status);
}

QString PupilStore::statusName(Pupil::Status status)
{
    return status == Pupil::Status::Left ? tr("Left") : tr("On roll");
}

bool PupilStore::validate(const Pupil& p, QString* error)
{
    return validate(p, QDate::currentDate(), error);
}

bool PupilStore::validate(const Pupil& p, const QDate& today, QString* error)
{
    if (p.surname.trimmed().isEmpty())
        return refuse(error, tr("Enter the pupil's surname."));
    if (p.legalForename.trimmed().isEmpty())
        return refuse(error, tr("Enter the pupil's legal forename."));
    if (!p.dateOfBirth.isValid())
        return refuse(error, tr("Enter the pupil's date of birth."));
    if (p.dateOfBirth > today)
        return refuse(error, tr("The date of birth is in the future."));
    if (p.dateOfBirth < today.addYears(-25))
        return refuse(error, tr("The date of birth makes the pupil over 25; please check the year."));
    if (!p.yearGroup.isValid())
        return refuse(error, tr("Choose the pupil's year group."));
    if (!p.upn.isEmpty()) {
        QString upnError;
        if (!Upn::isValid(Upn::normalised(p.upn), &upnError))
            return refuse(error, upnError);
    }
    if (p.joinedOn.isValid() && p.joinedOn < p.dateOfBirth)
        return refuse(error, tr("The date joined is before the date of birth."));
    if (p.leftOn.isValid() && p.joinedOn.isValid() && p.leftOn < p.joinedOn)
        return refuse(error, tr("The leaving date is before the date joined."));
    if (p.status == Pupil::Status::Left && !p.leftOn.isValid())
        return refuse(error, tr("A pupil who has left needs a leaving date."));
    if (p.status != Pupil::Status::Left && !p.destination.trimmed().isEmpty())
        return refuse(error, tr("A destination school is recorded only for a pupil who has left."));
    return true;
}

bool PupilStore::save(Pupil& p, QString* error)
{
    if (!m_vault.require(Permission::WritePeople, error))
        return false;
    if (!validate(p, m_batch ? m_batch->m_today : QDate::currentDate(), error))
        return false;
    if (p.formId > 0) {
        const auto form = this->form(p.formId);
        if (!form)
            return refuse(error, tr("The chosen form no longer exists."));
        if (form->yearGroup != p.yearGroup)
            return refuse(error,
                          tr("%1 is a %2 form, but the pupil is in %3.")
                              .arg(form->name, form->yearGroup.displayName(), p.yearGroup.displayName()));
    }

    const QString upn = Upn::normalised(p.upn);
    const QString preferred =
        p.preferredForename.trimmed() == p.legalForename.trimmed() ? QString() : p.preferredForename;
    const QVariantList values{
        textOrNull(upn),          textOrNull(p.admissionNumber), p.legalForename.trimmed(),
        textOrNull(preferred),    p.surname.trimmed(),           dateOrNull(p.dateOfBirth),
        genderCode(p.gender),     p.yearGroup.ordinal(),         idOrNull(p.formId),
        dateOrNull(p.joinedOn),   dateOrNull(p.leftOn),          statusCode(p.status),
        textOrNull(p.destination)};
    Transaction transaction(m_vault.database());
    std::optional<QSqlQuery> own;
    if (!m_batch)
        own.emplace(m_vault.database()).prepare(p.id > 0 ? Update : Insert);
    QSqlQuery& q = own ? *own : p.id > 0 ? m_batch->m_update : m_batch->m_insert;
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(Placeholders[i], values[i]);
    if (p.id > 0)
        q.bindValue(u":id"_s, p.id);
    if (!q.exec()) {
        const QString duplicate = duplicateOf(m_vault.database(), p.id, upn, p.admissionNumber.trimmed());
        return duplicate.isEmpty() ? sqlFailed(q, Q_FUNC_INFO, error) : refuse(error, duplicate);
    }
    if (p.id > 0 && q.numRowsAffected() == 0)
        return refuse(error, tr("This pupil is no longer in the vault."));
    const bool inserted = p.id <= 0;
    const qint64 id = inserted ? q.lastInsertId().toLongLong() : p.id;
    if (!audit(m_vault, u"pupils"_s, id, inserted ? u"insert"_s : u"update"_s, Columns, values, error) ||
        !transaction.commit())
        return false;
    p.id = id;
    p.upn = upn;
    p.preferredForename = preferred.trimmed();
    p.destination = p.destination.trimmed();
    return true;
}

bool PupilStore::remove(qint64 id, QString* error)
{
    if (!m_vault.require(Permission::WritePeople, error))
        return false;
    Transaction transaction(m_vault.database());
    // Their parents' records and AUP agreements go with them.
    return removeWithCascade(m_vault, u"pupils"_s, id,
                             {{u"parents"_s, u"pupil_id"_s}, {u"aup_agreements"_s, u"pupil_id"_s}}, error) &&
           transaction.commit();
}

Result<Pupil> PupilStore::find(qint64 id) const
{
    if (auto refused = m_vault.refused(Permission::ReadPeople))
        return *refused;
    QSqlQuery q(m_vault.database());
    q.prepare(Select + u" WHERE p.id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return readFailed(q, Q_FUNC_INFO);
    if (!q.next())
        return Failure{tr("This pupil is no longer in the vault.")};
    return fromQuery(q);
}

Result<QList<Pupil>> PupilStore::list(const PupilFilter& filter) const
{
    if (auto refused = m_vault.refused(Permission::ReadPeople))
        return *refused;
    QStringList where;
    QVariantList values;
    if (!filter.includeLeavers)
        where << u"p.status = 'on_roll'"_s;
    if (filter.yearGroup) {
        where << u"p.year_group = ?"_s;
        values << filter.yearGroup->ordinal();
    }
    if (filter.formId > 0) {
        where << u"p.form_id = ?"_s;
        values << filter.formId;
    }
    // SQLite's LIKE folds ASCII only, so the text filter runs here, where "sian" can find "Siân".
    QString sql = Select;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    sql +=
        u" ORDER BY p.year_group, f.name COLLATE NOCASE, p.surname COLLATE NOCASE, p.legal_forename COLLATE NOCASE"_s;
    QSqlQuery q(m_vault.database());
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    QList<Pupil> result;
    if (!q.exec())
        return readFailed(q, Q_FUNC_INFO);
    const QStringList words = foldForSearch(filter.text).split(u' ', Qt::SkipEmptyParts);
    while (q.next()) {
        Pupil p = fromQuery(q);
        const QString haystack = foldForSearch(
            QStringList{p.surname, p.legalForename, p.preferredForename, p.upn, p.admissionNumber}.join(
                u' '));
        if (std::all_of(words.cbegin(), words.cend(), [&](const QString& w) { return haystack.contains(w); }))
            result.append(p);
    }
    return result;
}

Result<int> PupilStore::count() const
{
    if (auto refused = m_vault.refused(Permission::ReadPeople))
        return *refused;
    QSqlQuery q(m_vault.database());
    if (!q.exec(u"SELECT count(*) FROM pupils"_s) || !q.next())
        return readFailed(q, Q_FUNC_INFO);
    return q.value(0).toInt();
}
