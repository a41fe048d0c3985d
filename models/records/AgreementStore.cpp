#include "AgreementStore.h"

#include "AcademicYearStore.h"
#include "StaffStore.h"
#include "domain/CodeTable.h"
#include "storage/SettingsStore.h"
#include "storage/StoreSupport.h"
#include "storage/Vault.h"

#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace StoreSupport;

Q_LOGGING_CATEGORY(lcAgreements, "lanyard.records.agreements")

namespace {

constexpr auto Audiences = codeTable<AupAudience>({
    {AupAudience::PupilKs1, u"pupil_ks1"},
    {AupAudience::PupilKs2, u"pupil_ks2"},
    {AupAudience::Staff, u"staff"},
    {AupAudience::Visitor, u"visitor"},
});
constexpr auto Signers = codeTable<AupSigners>({
    {AupSigners::Pupil, u"pupil"},
    {AupSigners::Parent, u"parent"},
    {AupSigners::PupilAndParent, u"both"},
    {AupSigners::Self, u"self"},
});
constexpr auto States = codeTable<AgreementState>({
    {AgreementState::Issued, u"issued"},
    {AgreementState::PartlySigned, u"partly_signed"},
    {AgreementState::Complete, u"complete"},
    {AgreementState::Declined, u"declined"},
});

// The school's random tag, the first part of every code, so that a form from another school's
// Lanyard is told apart from a mistyped one. Not personal data; it travels with the vault.
const QString SchoolTagKey = u"aup.school_tag"_s;
constexpr int SchoolTagLength = 4;
constexpr int NumberDigits = 6;
const QString CodePrefix = u"AUP"_s;
// Crockford's base 32: no I, L, O or U, which are misread for 1, 0 and V on paper.
const QString Alphabet = u"0123456789ABCDEFGHJKMNPQRSTVWXYZ"_s;

const QString AgreementsTable = u"aup_agreements"_s;
const QString TemplatesTable = u"aup_templates"_s;
const QString RulesTable = u"aup_rules"_s;

const QString SelectAgreement =
    u"SELECT a.id, a.code, a.template_id, t.version, t.audience, a.start_year, a.signers, a.pupil_id, "
    u"a.staff_id, coalesce(p.surname, s.surname), coalesce(p.preferred_forename, p.legal_forename, "
    u"s.forename), "
    u"f.name, a.year_group, a.state, a.pupil_signed, a.parent_signed, a.parent_name, a.returned_on, "
    u"a.issued_at "
    u"FROM aup_agreements a "
    u"JOIN aup_templates t ON t.id = a.template_id "
    u"LEFT JOIN pupils p ON p.id = a.pupil_id "
    u"LEFT JOIN forms f ON f.id = p.form_id "
    u"LEFT JOIN staff s ON s.id = a.staff_id"_s;

// A pupil who has left still counts in a year's figures if they were on roll to the end of its
// last term (or to today, for the year in progress): the top year's leavers in July, but not a
// pupil who left in October with the form never returned. Bound to countedFrom().
const QString CountedPupil = u"(p.status = 'on_roll' OR p.left_on >= ?)"_s;

const QString TemplateColumns = u"id, start_year, audience, version, title, body, created_at"_s;

QString chooseYear()
{
    return AgreementStore::tr("Choose the academic year, such as 2026/27.");
}

QString busy()
{
    return AgreementStore::tr("The vault is busy; try again in a moment.");
}

QString ukDate(const QDate& date)
{
    return date.toString(u"dd/MM/yyyy"_s);
}

Agreement agreementFromQuery(const QSqlQuery& q)
{
    Agreement a;
    a.id = q.value(0).toLongLong();
    a.code = q.value(1).toString();
    a.templateId = q.value(2).toLongLong();
    a.templateVersion = q.value(3).toInt();
    a.audience = AgreementStore::audienceFromCode(q.value(4).toString()).value_or(AupAudience::PupilKs2);
    a.year = AcademicYear(q.value(5).toInt());
    a.signers = AgreementStore::signersFromCode(q.value(6).toString()).value_or(AupSigners::PupilAndParent);
    a.pupilId = q.value(7).toLongLong();
    a.staffId = q.value(8).toLongLong();
    a.surname = q.value(9).toString();
    a.forename = q.value(10).toString();
    a.formName = q.value(11).toString();
    if (!q.value(12).isNull())
        a.yearGroup = YearGroup::fromOrdinal(q.value(12).toInt()).value_or(YearGroup());
    a.state = AgreementStore::stateFromCode(q.value(13).toString()).value_or(AgreementState::Issued);
    a.pupilSigned = q.value(14).toBool();
    a.parentSigned = q.value(15).toBool();
    a.parentName = q.value(16).toString();
    a.returnedOn = toDate(q.value(17));
    a.issuedAt = QDateTime::fromString(q.value(18).toString(), Qt::ISODate);
    return a;
}

AupTemplate templateFromQuery(const QSqlQuery& q)
{
    AupTemplate t;
    t.id = q.value(0).toLongLong();
    t.year = AcademicYear(q.value(1).toInt());
    t.audience = AgreementStore::audienceFromCode(q.value(2).toString()).value_or(AupAudience::PupilKs2);
    t.version = q.value(3).toInt();
    t.title = q.value(4).toString();
    t.body = q.value(5).toString();
    t.createdAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    return t;
}

// Luhn mod 32 over the tag, the year and the number: one character changed, or two neighbours
// swapped (but 0 and Z), gives another check character.
QChar checkCharacter(const QString& payload)
{
    const int n = int(Alphabet.size());
    int factor = 2;
    int sum = 0;
    for (auto it = payload.crbegin(); it != payload.crend(); ++it) {
        const int addend = factor * int(Alphabet.indexOf(*it));
        sum += addend / n + addend % n;
        factor = 3 - factor;
    }
    return Alphabet.at((n - sum % n) % n);
}

QString makeCode(const QString& tag, const AcademicYear& year, qint64 number)
{
    const QString yy = u"%1"_s.arg(year.startYear() % 100, 2, 10, QLatin1Char('0'));
    const QString digits = u"%1"_s.arg(number, NumberDigits, 10, QLatin1Char('0'));
    return u"%1-%2-%3-%4-%5"_s.arg(CodePrefix, tag, yy, digits, QString(checkCharacter(tag + yy + digits)));
}

struct ParsedCode
{
    QString tag;
    int yy = 0;
    QString code; // as Lanyard prints it
};

// Case, spaces and dashes forgiven, and Crockford's O for 0 and I or L for 1.
Result<ParsedCode> parseCode(const QString& text)
{
    QString s;
    for (QChar c : text)
        if (!c.isSpace() && c.category() != QChar::Punctuation_Dash)
            s += c.toUpper();
    if (!s.startsWith(CodePrefix) || s.size() < CodePrefix.size() + SchoolTagLength + 2 + NumberDigits + 1)
        return Failure{AgreementStore::tr("This is not a Lanyard agreement code; check it and scan again.")};
    QString rest = s.mid(CodePrefix.size());
    rest.replace(u'O', u'0').replace(u'I', u'1').replace(u'L', u'1');
    const QString tag = rest.left(SchoolTagLength);
    const QString yy = rest.mid(SchoolTagLength, 2);
    const QString digits = rest.mid(SchoolTagLength + 2, rest.size() - SchoolTagLength - 3);
    const QChar check = rest.back();
    auto isDigit = [](QChar c) { return c >= u'0' && c <= u'9'; };
    const bool shaped =
        std::all_of(rest.cbegin(), rest.cend(), [](QChar c) { return Alphabet.contains(c); }) &&
        std::all_of(yy.cbegin(), yy.cend(), isDigit) && std::all_of(digits.cbegin(), digits.cend(), isDigit);
    if (!shaped || checkCharacter(tag + yy + digits) != check)
        return Failure{AgreementStore::tr("The code %1 has been misread or mistyped. Scan it again, or "
                                          "type it carefully from the form.")
                           .arg(text.trimmed())};
    return ParsedCode{tag, yy.toInt(), u"%1-%2-%3-%4-%5"_s.arg(CodePrefix, tag, yy, digits, QString(check))};
}

// The year ending in yy nearest to `near`: a code carries only the last two digits.
AcademicYear yearEndingIn(int yy, const AcademicYear& near)
{
    const int base = near.startYear() - near.startYear() % 100 + yy;
    int best = base;
    for (int candidate : {base - 100, base + 100})
        if (std::abs(candidate - near.startYear()) < std::abs(best - near.startYear()))
            best = candidate;
    return AcademicYear(best);
}

bool signedEnough(AupSigners signers, bool pupil, bool parent)
{
    switch (signers) {
    case AupSigners::Pupil:
        return pupil;
    case AupSigners::Parent:
        return parent;
    case AupSigners::PupilAndParent:
        return pupil && parent;
    case AupSigners::Self:
        break;
    }
    return true;
}

bool signedAny(AupSigners signers, bool pupil, bool parent)
{
    return signers == AupSigners::PupilAndParent ? pupil || parent : signedEnough(signers, pupil, parent);
}

// The newest stored version of the audience's text for the year; one with id 0 when there is none.
Result<AupTemplate> newestStored(Vault& vault, const AcademicYear& year, AupAudience audience)
{
    QSqlQuery q(vault.database());
    q.prepare(u"SELECT "_s + TemplateColumns +
              u" FROM aup_templates WHERE start_year = ? AND audience = ? ORDER BY version DESC LIMIT 1"_s);
    q.addBindValue(year.startYear());
    q.addBindValue(AgreementStore::audienceCode(audience));
    if (!q.exec())
        return readFailed(q, Q_FUNC_INFO);
    return q.next() ? templateFromQuery(q) : AupTemplate{};
}

Result<QString> schoolTag(Vault& vault)
{
    return SettingsStore(vault).value(SchoolTagKey);
}

// Inside the caller's transaction.
Result<QString> makeSchoolTag(Vault& vault)
{
    auto tag = schoolTag(vault);
    if (!tag || !tag->isEmpty())
        return tag;
    QString made;
    for (int i = 0; i < SchoolTagLength; ++i)
        made += Alphabet.at(QRandomGenerator::system()->bounded(int(Alphabet.size())));
    QString error;
    if (!SettingsStore(vault).setValue(SchoolTagKey, made, &error))
        return Failure{error};
    return made;
}

struct NewAgreement
{
    qint64 templateId = 0;
    qint64 pupilId = 0;
    qint64 staffId = 0;
    YearGroup yearGroup;
    AupSigners signers = AupSigners::PupilAndParent;
    AgreementState state = AgreementState::Issued;
    QDate signedOn; // staff, whose agreement is recorded once signed
};

// Inside the caller's transaction, each with its audit entry; returns the last id given.
bool insertAgreements(Vault& vault, const QList<NewAgreement>& rows, const AcademicYear& year, qint64* lastId,
                      QString* error)
{
    const auto tag = makeSchoolTag(vault);
    if (!tag)
        return refuse(error, tag.error());
    // The code carries the agreement's number, so the ids are given here rather than by SQLite.
    QSqlQuery q(vault.database());
    if (!q.exec(u"SELECT coalesce(max(id), 0) FROM aup_agreements"_s) || !q.next())
        return sqlFailed(q, Q_FUNC_INFO, error);
    qint64 id = q.value(0).toLongLong();
    q.prepare(
        u"INSERT INTO aup_agreements (id, code, template_id, pupil_id, staff_id, start_year, year_group, "
        u"signers, state, returned_on, issued_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const QString issuedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const NewAgreement& row : rows) {
        ++id;
        q.bindValue(0, id);
        q.bindValue(1, makeCode(*tag, year, id));
        q.bindValue(2, row.templateId);
        q.bindValue(3, idOrNull(row.pupilId));
        q.bindValue(4, idOrNull(row.staffId));
        q.bindValue(5, year.startYear());
        q.bindValue(6, row.yearGroup.isValid() ? QVariant(row.yearGroup.ordinal())
                                               : QVariant(QMetaType::fromType<int>()));
        q.bindValue(7, AgreementStore::signersCode(row.signers));
        q.bindValue(8, AgreementStore::stateCode(row.state));
        q.bindValue(9, dateOrNull(row.signedOn));
        q.bindValue(10, issuedAt);
        q.bindValue(11, idOrNull(row.signedOn.isValid() ? vault.user().id : 0));
        if (!q.exec())
            return sqlFailed(q, Q_FUNC_INFO, error);
        if (!audit(vault, AgreementsTable, id, u"insert"_s, error))
            return false;
    }
    if (lastId)
        *lastId = id;
    return true;
}

// The date bound to CountedPupil.
QDate countedFrom(Vault& vault, const AcademicYear& year)
{
    // Without the terms (which nothing reads wrongly in practice), the year's last day will do.
    const QList<Term> terms = AcademicYearStore(vault).terms(year).valueOr({});
    const QDate end = terms.isEmpty() ? year.lastDay() : terms.constLast().end;
    return std::min(QDate::currentDate(), end);
}

// The agreement a code names. Refuses what is not a code, a misread one, another school's, one from
// another round than `year` (when valid), and one not in the vault.
Result<Agreement> lookUp(Vault& vault, const QString& code, const AcademicYear& year)
{
    const auto parsed = parseCode(code);
    if (!parsed)
        return Failure{parsed.error()};
    const auto tag = schoolTag(vault);
    if (!tag)
        return Failure{tag.error()};
    if (parsed->tag != *tag)
        return Failure{AgreementStore::tr("This code is from another school's Lanyard.")};
    QSqlQuery q(vault.database());
    q.prepare(SelectAgreement + u" WHERE a.code = ?"_s);
    q.addBindValue(parsed->code);
    if (!q.exec())
        return readFailed(q, Q_FUNC_INFO);
    const std::optional<Agreement> found = q.next() ? std::optional(agreementFromQuery(q)) : std::nullopt;
    const AcademicYear round = found ? found->year : yearEndingIn(parsed->yy, year);
    if (year.isValid() && round != year)
        return Failure{
            AgreementStore::tr("This code belongs to the %1 round, not %2.").arg(round.name(), year.name())};
    if (!found)
        return Failure{AgreementStore::tr("No agreement with the code %1 was issued in this vault. Check "
                                          "the code, or find the pupil by name.")
                           .arg(parsed->code)};
    return *found;
}

// Returns by form (a year group's pupils without a form together), or by year group.
Result<QList<AgreementCoverage>> coverage(Vault& vault, const AcademicYear& year, bool byForm)
{
    // Figures without names: a governor, who may see reports only, may see these too.
    if (!vault.can(Permission::ReadReports))
        if (auto refused = vault.refused(Permission::ReadPeople))
            return *refused;
    if (!year.isValid())
        return Failure{chooseYear()};
    const QString name = byForm ? u"f.name"_s : u"NULL"_s;
    const QString yearGroup = byForm ? u"coalesce(f.year_group, a.year_group)"_s : u"a.year_group"_s;
    const QString group =
        byForm ? u"f.id, CASE WHEN f.id IS NULL THEN a.year_group END"_s : u"a.year_group"_s;
    QSqlQuery q(vault.database());
    q.prepare(
        u"SELECT %1, %2, count(*), sum(a.state = 'complete'), sum(a.state = 'partly_signed'), "
        u"sum(a.state = 'declined') "
        u"FROM aup_agreements a JOIN pupils p ON p.id = a.pupil_id LEFT JOIN forms f ON f.id = p.form_id "
        u"WHERE a.start_year = ? AND %3 GROUP BY %4 ORDER BY 2, 1 COLLATE NOCASE"_s.arg(name, yearGroup,
                                                                                        CountedPupil, group));
    q.addBindValue(year.startYear());
    q.addBindValue(dateOrNull(countedFrom(vault, year)));
    QList<AgreementCoverage> result;
    if (!q.exec())
        return readFailed(q, Q_FUNC_INFO);
    while (q.next()) {
        AgreementCoverage c;
        c.formName = byForm && q.value(0).isNull() ? AgreementStore::tr("No form") : q.value(0).toString();
        if (!q.value(1).isNull())
            c.yearGroup = YearGroup::fromOrdinal(q.value(1).toInt()).value_or(YearGroup());
        c.issued = q.value(2).toInt();
        c.complete = q.value(3).toInt();
        c.partly = q.value(4).toInt();
        c.declined = q.value(5).toInt();
        result.append(c);
    }
    return result;
}
} // namespace

AgreementStore::AgreementStore(Vault& vault)
    : m_vault(vault)
{
}

QList<AupAudience> AgreementStore::audiences()
{
    return Audiences.values();
}

QString AgreementStore::audienceCode(AupAudience audience)
{
    return Audiences.code(audience);
}

std::optional<AupAudience> AgreementStore::audienceFromCode(const QString& code)
{
    return Audiences.fromCode(code);
}

QString AgreementStore::audienceName(AupAudience audience)
{
    switch (audience) {
    case AupAudience::PupilKs1:
        return tr("Pupils, Years 1–2");
    case AupAudience::PupilKs2:
        return tr("Pupils, Year 3 and above");
    case AupAudience::Staff:
        return tr("Staff");
    case AupAudience::Visitor:
        break;
    }
    return tr("Visitors and volunteers");
}

QString AgreementStore::signersCode(AupSigners signers)
{
    return Signers.code(signers);
}

std::optional<AupSigners> AgreementStore::signersFromCode(const QString& code)
{
    return Signers.fromCode(code);
}

QString AgreementStore::signersName(AupSigners signers)
{
    switch (signers) {
    case AupSigners::Pupil:
        return tr("Pupil");
    case AupSigners::Parent:
        return tr("Parent or carer");
    case AupSigners::PupilAndParent:
        return tr("Pupil and parent or carer");
    case AupSigners::Self:
        break;
    }
    return tr("The person themselves");
}

QString AgreementStore::stateCode(AgreementState state)
{
    return States.code(state);
}

std::optional<AgreementState> AgreementStore::stateFromCode(const QString& code)
{
    return States.fromCode(code);
}

QString AgreementStore::stateName(AgreementState state)
{
    switch (state) {
    case AgreementState::Issued:
        return tr("Issued");
    case AgreementState::PartlySigned:
        return tr("Partly signed");
    case AgreementState::Complete:
        return tr("Complete");
    case AgreementState::Declined:
        break;
    }
    return tr("Declined");
}

AupTemplate AgreementStore::defaultTemplate(AupAudience audience)
{
    // resources/aup/<audience>.txt: the title on the first line, then the body.
    AupTemplate templ;
    templ.audience = audience;
    QFile file(u":/aup/%1.txt"_s.arg(audienceCode(audience)));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        qCWarning(lcAgreements) << Q_FUNC_INFO << "not built in:" << file.fileName();
        return templ;
    }
    const QString text = QString::fromUtf8(file.readAll());
    const qsizetype endOfTitle = text.indexOf(u'\n');
    templ.title = text.left(endOfTitle).trimmed();
    templ.body = text.mid(endOfTitle + 1).trimmed();
    return templ;
}

QList<AupRule> AgreementStore::defaultRules()
{
    QList<AupRule> rules;
    for (int ordinal = 1; ordinal <= 8; ++ordinal)
        rules.append({*YearGroup::fromOrdinal(ordinal),
                      ordinal <= 2 ? AupAudience::PupilKs1 : AupAudience::PupilKs2,
                      AupSigners::PupilAndParent});
    return rules;
}

Result<AupTemplate> AgreementStore::currentTemplate(const AcademicYear& year, AupAudience audience)
{
    if (auto refused = m_vault.refused(Permission::ReadPeople))
        return *refused;
    if (!year.isValid())
        return Failure{chooseYear()};
    const auto stored = newestStored(m_vault, year, audience);
    if (!stored || stored->id > 0)
        return stored;

    // The year's first version: the newest text of an earlier year, else Lanyard's own.
    QSqlQuery q(m_vault.database());
    q.prepare(u"SELECT "_s + TemplateColumns +
              u" FROM aup_templates WHERE start_year < ? AND audience = ? "
              u"ORDER BY start_year DESC, version DESC LIMIT 1"_s);
    q.addBindValue(year.startYear());
    q.addBindValue(audienceCode(audience));
    if (!q.exec())
        return readFailed(q, Q_FUNC_INFO);
    AupTemplate first = q.next() ? templateFromQuery(q) : defaultTemplate(audience);
    q.finish();
    first.id = 0;
    first.year = year;
    first.version = 1;
    first.createdAt = {};
    // A role that may only read sees the text the year would start with, unsaved.
    QString error;
    if (m_vault.can(Permission::WritePeople) && !saveTemplate(first, &error))
        return Failure{error};
    return first;
}

Result<QList<AupTemplate>> AgreementStore::templates(const AcademicYear& year)
{
    QList<AupTemplate> result;
    for (AupAudience audience : audiences()) {
        auto templ = currentTemplate(year, audience);
        if (!templ)
            return Failure{templ.error()};
        result.append(*templ);
    }
    return result;
}

Result<AupTemplate> AgreementStore::templateById(qint64 id) const
{
    if (auto refused = m_vault.refused(Permission::ReadPeople))
        return *refused;
    QSqlQuery q(m_vault.database());
    q.prepare(u"SELECT "_s + TemplateColumns + u" FROM aup_templates WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return readFailed(q, Q_FUNC_INFO);
    if (!q.next())
        return Failure{tr("This agreement's text is no longer in the vault.")};
    return templateFromQuery(q);
}

Result<QList<AupTemplate>> AgreementStore::versions(const AcademicYear& year, AupAudience audience) const
{
    if (auto refused = m_vault.refused(Permission::ReadPeople))
        return *refused;
    QSqlQuery q(m_vault.database());
    q.prepare(u"SELECT "_s + TemplateColumns +
              u" FROM aup_templates WHERE start_year = ? AND audience = ? ORDER BY version"_s);
    q.addBindValue(year.startYear());
    q.addBindValue(audienceCode(audience));
    QList<AupTemplate> result;
    if (!q.exec())
        return readFailed(q, Q_FUNC_INFO);
    while (q.next())
        result.append(templateFromQuery(q));
    return result;
}

bool AgreementStore::saveTemplate(AupTemplate& templ, QString* error)
{
    if (!m_vault.require(Permission::WritePeople, error))
        return false;
    if (!templ.year.isValid())
        return refuse(error, chooseYear());
    const QString title = templ.title.simplified();
    const QString body = QString(templ.body).replace(u"\r\n"_s, u"\n"_s).trimmed();
    if (title.isEmpty())
        return refuse(error, tr("Give the agreement a title."));
    if (body.isEmpty())
        return refuse(error, tr("The agreement has no text. Write what the signer agrees to."));

    Transaction transaction(m_vault.database());
    if (!transaction.isActive())
        return refuse(error, busy());
    const auto newest = newestStored(m_vault, templ.year, templ.audience);
    if (!newest)
        return refuse(error, newest.error());
    if (newest->id > 0 && newest->title == title && newest->body == body) {
        templ = *newest; // the same words: no new version
        return transaction.commit();
    }
    QSqlQuery q(m_vault.database());
    bool issued = false;
    if (newest->id > 0) {
        q.prepare(u"SELECT 1 FROM aup_agreements WHERE template_id = ? LIMIT 1"_s);
        q.addBindValue(newest->id);
        if (!q.exec())
            return sqlFailed(q, Q_FUNC_INFO, error);
        issued = q.next();
        q.finish();
    }
    // Words someone may have signed stay as they were; the new words are a new version.
    const bool inPlace = newest->id > 0 && !issued;
    AupTemplate saved = inPlace ? *newest : templ;
    saved.title = title;
    saved.body = body;
    if (inPlace) {
        q.prepare(u"UPDATE aup_templates SET title = ?, body = ? WHERE id = ?"_s);
        q.addBindValue(title);
        q.addBindValue(body);
        q.addBindValue(saved.id);
    } else {
        saved.version = newest->id > 0 ? newest->version + 1 : 1;
        saved.createdAt = QDateTime::currentDateTimeUtc();
        q.prepare(u"INSERT INTO aup_templates (start_year, audience, version, title, body, created_at) "
                  u"VALUES (?, ?, ?, ?, ?, ?)"_s);
        q.addBindValue(saved.year.startYear());
        q.addBindValue(audienceCode(saved.audience));
        q.addBindValue(saved.version);
        q.addBindValue(title);
        q.addBindValue(body);
        q.addBindValue(saved.createdAt.toString(Qt::ISODate));
    }
    if (!q.exec())
        return sqlFailed(q, Q_FUNC_INFO, error);
    if (!inPlace)
        saved.id = q.lastInsertId().toLongLong();
    if (!audit(m_vault, TemplatesTable, saved.id, inPlace ? u"update"_s : u"insert"_s, error) ||
        !transaction.commit())
        return false;
    templ = saved;
    return true;
}

Result<QList<AupRule>> AgreementStore::rules(const AcademicYear& year) const
{
    if (auto refused = m_vault.refused(Permission::ReadPeople))
        return *refused;
    // The rules last set, for this year or an earlier one.
    QSqlQuery q(m_vault.database());
    q.prepare(u"SELECT year_group, audience, signers FROM aup_rules WHERE start_year = "
              u"(SELECT max(start_year) FROM aup_rules WHERE start_year <= ?) ORDER BY year_group"_s);
    q.addBindValue(year.startYear());
    if (!q.exec())
        return readFailed(q, Q_FUNC_INFO);
    QList<AupRule> result;
    while (q.next())
        if (const auto yearGroup = YearGroup::fromOrdinal(q.value(0).toInt()))
            result.append({*yearGroup,
                           audienceFromCode(q.value(1).toString()).value_or(AupAudience::PupilKs2),
                           signersFromCode(q.value(2).toString()).value_or(AupSigners::PupilAndParent)});
    if (result.isEmpty())
        return defaultRules();
    return result;
}

bool AgreementStore::setRules(const AcademicYear& year, const QList<AupRule>& rules, QString* error)
{
    if (!m_vault.require(Permission::WritePeople, error))
        return false;
    if (!year.isValid())
        return refuse(error, chooseYear());
    if (rules.isEmpty())
        return refuse(error, tr("Choose at least one year group to give agreements to."));
    QList<YearGroup> seen;
    for (const AupRule& rule : rules) {
        if (!rule.yearGroup.isValid())
            return refuse(error, tr("Choose the year group for every rule."));
        if (seen.contains(rule.yearGroup))
            return refuse(error,
                          tr("%1 has more than one rule; keep one.").arg(rule.yearGroup.displayName()));
        seen.append(rule.yearGroup);
        if (rule.audience != AupAudience::PupilKs1 && rule.audience != AupAudience::PupilKs2)
            return refuse(error, tr("%1 needs a pupils' agreement, not the staff or visitors' one.")
                                     .arg(rule.yearGroup.displayName()));
        if (rule.signers == AupSigners::Self)
            return refuse(error, tr("Choose who signs for %1: the pupil, the parent or carer, or both.")
                                     .arg(rule.yearGroup.displayName()));
    }

    Transaction transaction(m_vault.database());
    if (!transaction.isActive())
        return refuse(error, busy());
    if (!removeWhere(m_vault, RulesTable, u"start_year"_s, year.startYear(), error))
        return false;
    QSqlQuery q(m_vault.database());
    q.prepare(u"INSERT INTO aup_rules (start_year, year_group, audience, signers) VALUES (?, ?, ?, ?)"_s);
    for (const AupRule& rule : rules) {
        q.bindValue(0, year.startYear());
        q.bindValue(1, rule.yearGroup.ordinal());
        q.bindValue(2, audienceCode(rule.audience));
        q.bindValue(3, signersCode(rule.signers));
        if (!q.exec())
            return sqlFailed(q, Q_FUNC_INFO, error);
        if (!audit(m_vault, RulesTable, q.lastInsertId().toLongLong(), u"insert"_s, error))
            return false;
    }
    return transaction.commit();
}

Result<IssueSummary> AgreementStore::issuePupils(const AcademicYear& year)
{
    if (auto refused = m_vault.refused(Permission::WritePeople))
        return *refused;
    if (!year.isValid())
        return Failure{chooseYear()};
    const auto yearRules = rules(year);
    if (!yearRules)
        return Failure{yearRules.error()};
    QHash<int, AupRule> ruleFor;
    for (const AupRule& rule : *yearRules)
        ruleFor.insert(rule.yearGroup.ordinal(), rule);

    Transaction transaction(m_vault.database());
    if (!transaction.isActive())
        return Failure{busy()};
    QHash<AupAudience, qint64> templateFor;
    for (const AupRule& rule : *yearRules) {
        if (templateFor.contains(rule.audience))
            continue;
        const auto templ = currentTemplate(year, rule.audience);
        if (!templ)
            return Failure{templ.error()};
        templateFor.insert(rule.audience, templ->id);
    }

    // In form order, so that a form's codes run on.
    QSqlQuery q(m_vault.database());
    q.prepare(u"SELECT p.id, p.year_group, EXISTS (SELECT 1 FROM aup_agreements a "
              u"WHERE a.pupil_id = p.id AND a.start_year = ?) "
              u"FROM pupils p LEFT JOIN forms f ON f.id = p.form_id WHERE p.status = 'on_roll' "
              u"ORDER BY p.year_group, f.name COLLATE NOCASE, p.surname COLLATE NOCASE, "
              u"p.legal_forename COLLATE NOCASE"_s);
    q.addBindValue(year.startYear());
    if (!q.exec())
        return readFailed(q, Q_FUNC_INFO);
    IssueSummary summary;
    QList<NewAgreement> rows;
    while (q.next()) {
        const auto rule = ruleFor.constFind(q.value(1).toInt());
        if (rule == ruleFor.cend())
            ++summary.notCovered;
        else if (q.value(2).toBool())
            ++summary.alreadyHad;
        else
            rows.append({templateFor.value(rule->audience),
                         q.value(0).toLongLong(),
                         0,
                         rule->yearGroup,
                         rule->signers,
                         AgreementState::Issued,
                         {}});
    }
    q.finish();
    QString error;
    if (!insertAgreements(m_vault, rows, year, nullptr, &error) || !transaction.commit())
        return Failure{error.isEmpty() ? busy() : error};
    summary.issued = int(rows.size());
    return summary;
}

Result<Agreement> AgreementStore::recordStaffSigned(qint64 staffId, const AcademicYear& year,
                                                    const QDate& signedOn)
{
    if (auto refused = m_vault.refused(Permission::WritePeople))
        return *refused;
    if (!year.isValid())
        return Failure{chooseYear()};
    if (!signedOn.isValid() || signedOn > QDate::currentDate())
        return Failure{tr("Enter the date the agreement was signed: today or earlier.")};
    const auto member = StaffStore(m_vault).find(staffId);
    if (!member)
        return Failure{member.error()};
    // Visitors, volunteers and contractors sign the short agreement; everyone else the staff one.
    const bool visiting = member->category == StaffCategory::Visitor ||
                          member->category == StaffCategory::Volunteer ||
                          member->category == StaffCategory::Contractor;

    Transaction transaction(m_vault.database());
    if (!transaction.isActive())
        return Failure{busy()};
    QSqlQuery q(m_vault.database());
    q.prepare(u"SELECT returned_on FROM aup_agreements WHERE staff_id = ? AND start_year = ?"_s);
    q.addBindValue(staffId);
    q.addBindValue(year.startYear());
    if (!q.exec())
        return readFailed(q, Q_FUNC_INFO);
    if (q.next())
        return Failure{tr("%1 already signed the agreement for %2, on %3.")
                           .arg(member->fullName(), year.name(), ukDate(toDate(q.value(0))))};
    q.finish();
    const auto templ = currentTemplate(year, visiting ? AupAudience::Visitor : AupAudience::Staff);
    if (!templ)
        return Failure{templ.error()};
    const NewAgreement row{templ->id, 0, staffId, {}, AupSigners::Self, AgreementState::Complete, signedOn};
    qint64 id = 0;
    QString error;
    if (!insertAgreements(m_vault, {row}, year, &id, &error) || !transaction.commit())
        return Failure{error.isEmpty() ? busy() : error};
    return find(id);
}

Result<QList<Agreement>> AgreementStore::list(const AgreementFilter& filter) const
{
    if (auto refused = m_vault.refused(Permission::ReadPeople))
        return *refused;
    if (!filter.year.isValid())
        return Failure{chooseYear()};
    QString sql = SelectAgreement + u" WHERE a.start_year = ?"_s;
    QVariantList values{filter.year.startYear()};
    if (filter.pupils) {
        sql += u" AND a.pupil_id IS NOT NULL AND "_s + CountedPupil;
        values << dateOrNull(countedFrom(m_vault, filter.year));
    } else {
        sql += u" AND a.staff_id IS NOT NULL"_s;
    }
    if (filter.formId > 0) {
        sql += u" AND p.form_id = ?"_s;
        values << filter.formId;
    }
    if (filter.outstandingOnly)
        sql += u" AND a.state IN ('issued', 'partly_signed')"_s;
    sql += filter.pupils ? u" ORDER BY a.year_group, f.name COLLATE NOCASE, p.surname COLLATE NOCASE, "
                           u"coalesce(p.preferred_forename, p.legal_forename) COLLATE NOCASE"_s
                         : u" ORDER BY s.surname COLLATE NOCASE, s.forename COLLATE NOCASE"_s;
    QSqlQuery q(m_vault.database());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& value : std::as_const(values))
        q.addBindValue(value);
    QList<Agreement> result;
    if (!q.exec())
        return readFailed(q, Q_FUNC_INFO);
    while (q.next())
        result.append(agreementFromQuery(q));
    return result;
}

Result<Agreement> AgreementStore::find(qint64 id) const
{
    if (auto refused = m_vault.refused(Permission::ReadPeople))
        return *refused;
    QSqlQuery q(m_vault.database());
    q.prepare(SelectAgreement + u" WHERE a.id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return readFailed(q, Q_FUNC_INFO);
    if (!q.next())
        return Failure{tr("This agreement is no longer in the vault.")};
    return agreementFromQuery(q);
}

Result<Agreement> AgreementStore::findByCode(const QString& code) const
{
    if (auto refused = m_vault.refused(Permission::ReadPeople))
        return *refused;
    return lookUp(m_vault, code, AcademicYear());
}

Result<Agreement> AgreementStore::recordReturn(const QString& code, const AcademicYear& year,
                                               const AgreementReturn& details)
{
    if (auto refused = m_vault.refused(Permission::WritePeople))
        return *refused;
    if (!year.isValid())
        return Failure{chooseYear()};
    const auto found = lookUp(m_vault, code, year);
    if (!found)
        return found;
    const QString who = found->formName.isEmpty() ? found->personName()
                                                  : u"%1, %2"_s.arg(found->personName(), found->formName);
    if (found->state == AgreementState::Declined)
        return Failure{
            tr("This form (%1) was already recorded as declined on %2.").arg(who, ukDate(found->returnedOn))};
    if (found->state == AgreementState::Complete)
        return Failure{
            tr("This form (%1) was already recorded as returned on %2.").arg(who, ukDate(found->returnedOn))};
    const QDate returnedOn = details.returnedOn.isValid() ? details.returnedOn : QDate::currentDate();
    if (returnedOn > QDate::currentDate())
        return Failure{tr("The date returned is in the future.")};
    // A signature already recorded stays when the rest of the form comes back.
    const bool pupilSigned = found->pupilSigned || details.pupilSigned;
    const bool parentSigned = found->parentSigned || details.parentSigned;
    if (!details.declined && !signedAny(found->signers, pupilSigned, parentSigned))
        return Failure{tr("Nothing to record for %1: tick who signed the form (%2), or that it was "
                          "declined.")
                           .arg(who, signersName(found->signers).toLower())};
    AgreementState state = AgreementState::PartlySigned;
    if (details.declined)
        state = AgreementState::Declined;
    else if (signedEnough(found->signers, pupilSigned, parentSigned))
        state = AgreementState::Complete;
    const QString parentName = details.parentName.simplified();

    Transaction transaction(m_vault.database());
    if (!transaction.isActive())
        return Failure{busy()};
    QSqlQuery q(m_vault.database());
    q.prepare(u"UPDATE aup_agreements SET state = ?, pupil_signed = ?, parent_signed = ?, parent_name = ?, "
              u"returned_on = ?, recorded_by = ? WHERE id = ?"_s);
    q.addBindValue(stateCode(state));
    q.addBindValue(int(pupilSigned));
    q.addBindValue(int(parentSigned));
    q.addBindValue(textOrNull(parentName.isEmpty() ? found->parentName : parentName));
    q.addBindValue(dateOrNull(returnedOn));
    q.addBindValue(idOrNull(m_vault.user().id));
    q.addBindValue(found->id);
    if (!q.exec())
        return readFailed(q, Q_FUNC_INFO);
    QString error;
    if (!audit(m_vault, AgreementsTable, found->id, u"update"_s, &error) || !transaction.commit())
        return Failure{error.isEmpty() ? busy() : error};
    return find(found->id);
}

Result<QList<AgreementCoverage>> AgreementStore::coverageByForm(const AcademicYear& year) const
{
    return coverage(m_vault, year, true);
}

Result<QList<AgreementCoverage>> AgreementStore::coverageByYearGroup(const AcademicYear& year) const
{
    return coverage(m_vault, year, false);
}

Result<QList<StaffAupStatus>> AgreementStore::staffStatus(const AcademicYear& year) const
{
    if (auto refused = m_vault.refused(Permission::ReadPeople))
        return *refused;
    const auto staff = StaffStore(m_vault).list();
    if (!staff)
        return Failure{staff.error()};
    AgreementFilter filter;
    filter.year = year;
    filter.pupils = false;
    const auto signedAgreements = list(filter);
    if (!signedAgreements)
        return Failure{signedAgreements.error()};
    QHash<qint64, Agreement> byStaff;
    for (const Agreement& agreement : *signedAgreements)
        byStaff.insert(agreement.staffId, agreement);
    QList<StaffAupStatus> result;
    for (const StaffMember& member : *staff)
        result.append({member.id, member.fullName(), StaffStore::categoryName(member.category),
                       byStaff.contains(member.id) ? std::optional(byStaff.value(member.id)) : std::nullopt});
    return result;
}
