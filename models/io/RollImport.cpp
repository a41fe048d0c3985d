#include "RollImport.h"

#include "domain/Upn.h"
#include "storage/StoreSupport.h"
#include "storage/AuditLog.h"
#include "storage/Vault.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;
using StoreSupport::refuse;

namespace {

// Reads one record's cells through the mapping and files each problem under its column.
class Row final
{
public:
    Row(const HeaderMapping& mapping, const CsvRecord& record, QList<ImportProblem>& problems)
        : m_mapping(mapping)
        , m_record(record)
        , m_problems(problems)
        , m_before(problems.size())
    {
    }

    int line() const { return m_record.line; }
    bool has(ImportField field) const { return m_mapping.isMapped(field); }
    QString text(ImportField field) const
    {
        const int column = m_mapping.column(field);
        return column >= 0 ? m_record.fields.value(column).trimmed() : QString();
    }
    void problem(ImportField field, const QString& message)
    {
        m_problems << ImportProblem{m_record.line, m_mapping.columnName(field), message};
    }
    void problem(const QString& message) { m_problems << ImportProblem{m_record.line, {}, message}; }
    bool isClean() const { return m_problems.size() == m_before; }

    // A required value: a problem when its column is there but the cell is empty.
    QString required(ImportField field, const QString& missing)
    {
        const QString value = text(field);
        if (has(field) && value.isEmpty())
            problem(field, missing);
        return value;
    }
    // Invalid when empty or not a date (the latter a problem).
    QDate date(ImportField field)
    {
        const QString value = text(field);
        if (value.isEmpty())
            return {};
        QString message;
        const auto parsed = RollImport::parseDate(value, &message);
        if (!parsed)
            problem(field, message);
        return parsed.value_or(QDate());
    }

private:
    const HeaderMapping& m_mapping;
    const CsvRecord& m_record;
    QList<ImportProblem>& m_problems;
    qsizetype m_before;
};

// Names compared as people read them: case, accents, spaces and punctuation aside.
QString nameKey(const QString& name)
{
    QString folded = foldForSearch(name);
    folded.removeIf([](QChar c) { return !c.isLetterOrNumber(); });
    return folded;
}

QString personKey(const QString& surname, const QString& forename, const QDate& dateOfBirth = {})
{
    return nameKey(surname) + QChar(0x1F) + nameKey(forename) + QChar(0x1F) +
           dateOfBirth.toString(Qt::ISODate);
}

// Excel drops an admission number's leading zeros: 001234 and 1234 are the same pupil.
QString admissionKey(const QString& number)
{
    QString key = number.trimmed().toCaseFolded();
    while (key.size() > 1 && key.startsWith(u'0'))
        key.remove(0, 1);
    return key;
}

QString pupilLabel(const Pupil& p)
{
    QStringList where{p.yearGroup.displayName()};
    if (!p.formName.isEmpty())
        where << p.formName;
    return p.displayName() + u" ("_s + where.join(u", "_s) + u')';
}

QString ukDate(const QDate& date)
{
    return date.toString(u"dd/MM/yyyy"_s);
}

void sortProblems(QList<ImportProblem>& problems)
{
    std::stable_sort(problems.begin(), problems.end(),
                     [](const ImportProblem& a, const ImportProblem& b) { return a.line < b.line; });
}

} // namespace

QString ImportProblem::text() const
{
    if (line <= 0)
        return column.isEmpty() ? message
                                : QCoreApplication::translate("RollImport", "%1: %2").arg(column, message);
    return column.isEmpty()
               ? QCoreApplication::translate("RollImport", "Line %1: %2").arg(QString::number(line), message)
               : QCoreApplication::translate("RollImport", "Line %1, %2: %3")
                     .arg(QString::number(line), column, message);
}

RollImport::RollImport(Vault& vault)
    : m_vault(vault)
{
}

// ---- values --------------------------------------------------------------------------------

std::optional<QDate> RollImport::parseDate(const QString& input, QString* problem)
{
    QString text = input.trimmed();
    // SIMS and Excel sometimes add a midnight time to a date.
    static const QRegularExpression time(u"^(.*\\S)[ T]0?0:00(:00(\\.0+)?)?Z?$"_s);
    if (text.contains(u':')) {
        if (const auto m = time.match(text); m.hasMatch())
            text = m.captured(1);
    }
    auto notADate = [&]() -> std::optional<QDate> {
        refuse(problem, tr("%1 is not a date.").arg(text));
        return std::nullopt;
    };
    // The exports' own dd/mm/yyyy first: the patterns exclude each other, so the order only saves time.
    static const QRegularExpression uk(u"^([0-9]{1,2})([/.-])([0-9]{1,2})\\2([0-9]{2}|[0-9]{4})$"_s);
    if (const auto m = uk.match(text); m.hasMatch()) {
        if (m.capturedLength(4) == 2) {
            refuse(problem, tr("%1 has a two-digit year: write the year in full, such as %2.")
                                .arg(text, m.captured(1) + m.captured(2) + m.captured(3) + m.captured(2) +
                                               u"20"_s + m.captured(4)));
            return std::nullopt;
        }
        const QDate date(m.capturedView(4).toInt(), m.capturedView(3).toInt(), m.capturedView(1).toInt());
        return date.isValid() ? std::optional(date) : notADate();
    }
    static const QRegularExpression iso(u"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$"_s);
    if (const auto m = iso.match(text); m.hasMatch()) {
        const QDate date(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
        return date.isValid() ? std::optional(date) : notADate();
    }
    // "2 Oct 2018", "02-Oct-2018", "2 October 2018": English month names, as Excel writes them.
    static const QRegularExpression named(u"^([0-9]{1,2})[ -]([A-Za-z]{3,9})[ -]([0-9]{4})$"_s);
    if (const auto m = named.match(text); m.hasMatch()) {
        const QString month = m.captured(2).left(3).toLower();
        static const QStringList months{u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"may"_s, u"jun"_s,
                                        u"jul"_s, u"aug"_s, u"sep"_s, u"oct"_s, u"nov"_s, u"dec"_s};
        const qsizetype index = months.indexOf(month);
        const QDate date =
            index < 0 ? QDate() : QDate(m.captured(3).toInt(), int(index) + 1, m.captured(1).toInt());
        return date.isValid() ? std::optional(date) : notADate();
    }
    refuse(problem, tr("“%1” is not a date: write dates as dd/mm/yyyy, such as 02/10/2018.").arg(text));
    return std::nullopt;
}

std::optional<YearGroup> RollImport::parseYearGroup(const QString& text)
{
    const QString t = text.simplified().toLower();
    static const QStringList nursery{u"n1"_s,     u"n2"_s, u"fs1"_s,       u"f1"_s,
                                     u"year n"_s, u"yn"_s, u"nursery 1"_s, u"nursery 2"_s};
    static const QStringList reception{u"fs2"_s, u"f2"_s, u"reception year"_s};
    if (nursery.contains(t))
        return YearGroup::parse(u"N"_s);
    if (reception.contains(t))
        return YearGroup::parse(u"R"_s);
    return YearGroup::parse(t);
}

std::optional<StaffCategory> RollImport::parseCategory(const QString& text)
{
    if (const auto code = StaffStore::categoryFromCode(text))
        return code;
    for (StaffCategory c : StaffStore::categories())
        if (StaffStore::categoryName(c).compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            return c;
    const QString t = text.toLower();
    static const QRegularExpression nonLetters(u"[^a-z]+"_s);
    const QStringList words = t.split(nonLetters, Qt::SkipEmptyParts);
    auto any = [&](std::initializer_list<const char16_t*> keys) {
        return std::any_of(keys.begin(), keys.end(),
                           [&](const char16_t* key) { return words.contains(QString::fromUtf16(key)); });
    };
    if (any({u"governor", u"governors", u"trustee"}))
        return StaffCategory::Governor;
    if (any({u"volunteer", u"volunteers"}))
        return StaffCategory::Volunteer;
    if (any({u"supply", u"agency"}))
        return StaffCategory::Supply;
    if (any({u"contractor", u"contractors", u"contract"}))
        return StaffCategory::Contractor;
    if (any({u"visitor", u"visitors", u"visiting"}))
        return StaffCategory::Visitor;
    // Before teaching: "teaching assistant" and "non-teaching" are support staff.
    if (any({u"support", u"assistant",     u"ta",
             u"hlta",    u"lsa",           u"non",
             u"admin",   u"administrator", u"administration",
             u"office",  u"caretaker",     u"site",
             u"cleaner", u"lunchtime",     u"midday",
             u"kitchen", u"cook",          u"technician",
             u"bursar",  u"business",      u"associate",
             u"clerk",   u"librarian",     u"receptionist",
             u"nurse"}))
        return StaffCategory::Support;
    if (any({u"teaching", u"teacher", u"teachers", u"headteacher", u"head", u"deputy", u"senco", u"lecturer",
             u"tutor"}))
        return StaffCategory::Teaching;
    return std::nullopt;
}

std::optional<StaffRoles> RollImport::parseRoles(const QString& text, QString* unknown)
{
    static const QRegularExpression separators(u"\\s*(?:[,;/&+|]|\\band\\b)\\s*"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    static const QList<std::pair<StaffRole, QStringList>> names{
        {StaffRole::Dsl,
         {u"dsl"_s, u"designated safeguarding lead"_s, u"designated safeguarding officer"_s,
          u"safeguarding lead"_s}},
        {StaffRole::DeputyDsl,
         {u"deputy dsl"_s, u"ddsl"_s, u"deputy designated safeguarding lead"_s,
          u"deputy safeguarding lead"_s}},
        {StaffRole::OnlineSafetyCoordinator,
         {u"online safety coordinator"_s, u"online safety co-ordinator"_s, u"online safety lead"_s,
          u"e-safety coordinator"_s, u"e-safety co-ordinator"_s, u"esafety coordinator"_s, u"e-safety lead"_s,
          u"online safety"_s}},
        {StaffRole::Head,
         {u"head"_s, u"headteacher"_s, u"head teacher"_s, u"headmaster"_s, u"headmistress"_s, u"principal"_s,
          u"executive head"_s, u"head of school"_s}},
        {StaffRole::It,
         {u"it"_s, u"ict"_s, u"it technician"_s, u"ict technician"_s, u"network manager"_s, u"it manager"_s,
          u"it support"_s}},
    };
    StaffRoles roles;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString word = part.simplified().toLower();
        if (word.isEmpty() || word == u"none"_s || word == u"-"_s)
            continue;
        bool found = false;
        for (const auto& [role, words] : names) {
            if (words.contains(word) || StaffStore::roleName(role).compare(word, Qt::CaseInsensitive) == 0) {
                roles |= role;
                found = true;
                break;
            }
        }
        if (!found) {
            if (unknown)
                *unknown = part.trimmed();
            return std::nullopt;
        }
    }
    return roles;
}

// ---- the file --------------------------------------------------------------------------------

RollTable RollImport::table(RollKind kind, const CsvDocument& document)
{
    RollTable table;
    table.kind = kind;
    table.encoding = document.encoding;
    if (document.records.isEmpty())
        return table;
    const qsizetype header = HeaderMapping::headerIndex(kind, document.records);
    table.header = document.records.at(header).fields;
    table.headerLine = document.records.at(header).line;
    for (qsizetype i = header + 1; i < document.records.size(); ++i)
        if (!document.records.at(i).isBlank())
            table.rows << document.records.at(i);
    return table;
}

RollImport::Plan RollImport::preview(const RollTable& table, const HeaderMapping& mapping) const
{
    Plan plan =
        mapping.kind() == RollKind::Pupils ? previewPupils(table, mapping) : previewStaff(table, mapping);
    plan.kind = mapping.kind();
    sortProblems(plan.problems);
    return plan;
}

namespace {
// Problems that concern the file as a whole: an empty file, a required column missing.
bool checkShape(const RollTable& table, const HeaderMapping& mapping, QList<ImportProblem>& problems)
{
    if (table.header.isEmpty()) {
        problems << ImportProblem{0, {}, QCoreApplication::translate("RollImport", "The file is empty.")};
        return false;
    }
    for (ImportField field : mapping.missingRequired())
        problems << ImportProblem{
            table.headerLine,
            {},
            QCoreApplication::translate(
                "RollImport", "There is no column for “%1”. Choose the column that holds it, or add a column "
                              "headed “%1” to the file.")
                .arg(HeaderMapping::fieldName(field))};
    if (table.rows.isEmpty())
        problems << ImportProblem{
            table.headerLine,
            {},
            mapping.kind() == RollKind::Pupils
                ? QCoreApplication::translate("RollImport",
                                              "There are no pupils in this file, only a header row.")
                : QCoreApplication::translate("RollImport",
                                              "There is nobody in this file, only a header row.")};
    return true;
}
} // namespace

RollImport::Plan RollImport::previewPupils(const RollTable& table, const HeaderMapping& mapping) const
{
    Plan plan;
    QList<ImportProblem>& problems = plan.problems;
    PupilFilter everyone;
    everyone.includeLeavers = true;
    const auto pupils = PupilStore(m_vault).list(everyone);
    const auto formList = FormStore(m_vault).list();
    if (!pupils || !formList) {
        problems << ImportProblem{0, {}, !pupils ? pupils.error() : formList.error()};
        return plan;
    }
    const QList<Pupil>& existing = *pupils;
    const QList<Form>& forms = *formList;
    if (!checkShape(table, mapping, problems))
        return plan;

    QHash<QString, qsizetype> byUpn, byAdmission;
    QHash<QString, QList<qsizetype>> byName;
    for (qsizetype i = 0; i < existing.size(); ++i) {
        const Pupil& p = existing[i];
        if (!p.upn.isEmpty())
            byUpn.insert(p.upn, i);
        if (!p.admissionNumber.isEmpty())
            byAdmission.insert(admissionKey(p.admissionNumber), i);
        byName[personKey(p.surname, p.legalForename, p.dateOfBirth)] << i;
    }
    QHash<QString, Form> formsByName;
    for (const Form& f : forms)
        formsByName.insert(f.name.toCaseFolded(), f);

    struct NewFormUse
    {
        QString name;
        QList<std::pair<int, YearGroup>> lines; // every line naming it
    };
    QHash<QString, NewFormUse> newForms;
    QStringList newFormOrder;
    QHash<QString, int> upnLine, admissionLine, nameLine;
    upnLine.reserve(table.rows.size());
    admissionLine.reserve(table.rows.size());
    QHash<qsizetype, int> matchedLine; // existing pupil -> the line that matched them
    const QDate today = QDate::currentDate();

    for (const CsvRecord& record : table.rows) {
        Row row(mapping, record, problems);
        const QString surname = row.required(ImportField::Surname, tr("The surname is missing."));
        const QString forename = row.required(ImportField::Forename, tr("The forename is missing."));
        const QString preferred = row.text(ImportField::PreferredForename);

        const QString dobText = row.required(ImportField::DateOfBirth, tr("The date of birth is missing."));
        const QDate dob = row.date(ImportField::DateOfBirth);
        if (dob.isValid() && dob > today)
            row.problem(ImportField::DateOfBirth, tr("%1 is in the future.").arg(dobText));
        else if (dob.isValid() && dob < today.addYears(-25))
            row.problem(ImportField::DateOfBirth,
                        tr("%1 makes the pupil over 25: please check the year.").arg(dobText));

        std::optional<Gender> gender;
        if (const QString g = row.text(ImportField::Gender); !g.isEmpty()) {
            gender = PupilStore::genderFromCode(g);
            if (!gender)
                row.problem(ImportField::Gender, tr("“%1” is not a gender: use F, M or X.").arg(g));
        }

        const QString upn = Upn::normalised(row.text(ImportField::Upn));
        if (!upn.isEmpty()) {
            QString message;
            if (!Upn::isValid(upn, &message))
                row.problem(ImportField::Upn, message);
            // One lookup: a line number of 0 is one not seen yet.
            if (int& first = upnLine[upn]; first > 0)
                row.problem(ImportField::Upn, tr("%1 is also on line %2.").arg(upn, QString::number(first)));
            else
                first = row.line();
        }
        const QString admission = row.text(ImportField::AdmissionNumber);
        const QString admissionKeyed = admissionKey(admission);
        if (!admission.isEmpty()) {
            if (int& first = admissionLine[admissionKeyed]; first > 0)
                row.problem(ImportField::AdmissionNumber,
                            tr("%1 is also on line %2.").arg(admission, QString::number(first)));
            else
                first = row.line();
        }

        const QString yearText = row.required(ImportField::YearGroup, tr("The year group is missing."));
        std::optional<YearGroup> year;
        if (!yearText.isEmpty()) {
            year = parseYearGroup(yearText);
            if (!year)
                row.problem(ImportField::YearGroup,
                            tr("“%1” is not a year group: use N, R or 1 to 13 (such as Year 3 or Y3).")
                                .arg(yearText));
        }

        const QDate joined = row.date(ImportField::JoinedOn);
        if (joined.isValid() && dob.isValid() && joined < dob)
            row.problem(ImportField::JoinedOn,
                        tr("%1 is before the date of birth.").arg(row.text(ImportField::JoinedOn)));
        const QDate left = row.date(ImportField::LeftOn);
        if (left.isValid() && joined.isValid() && left < joined)
            row.problem(ImportField::LeftOn,
                        tr("%1 is before the date of entry.").arg(row.text(ImportField::LeftOn)));

        // The form: an existing one must be for the pupil's year; a new one is made.
        const QString formText = row.text(ImportField::Form);
        std::optional<Form> form;
        if (!formText.isEmpty() && year) {
            const QString key = formText.toCaseFolded();
            if (const auto it = formsByName.constFind(key); it != formsByName.cend()) {
                if (it->yearGroup != *year)
                    row.problem(ImportField::Form,
                                tr("%1 is a %2 form in Lanyard, but this pupil is in %3.")
                                    .arg(it->name, it->yearGroup.displayName(), year->displayName()));
                form = *it;
            } else {
                if (!newForms.contains(key)) {
                    newForms.insert(key, NewFormUse{formText, {}});
                    newFormOrder << key;
                }
                newForms[key].lines.append({row.line(), *year});
            }
        }

        // Who this is: UPN, else admission number, else name and date of birth.
        qsizetype match = -1;
        if (!upn.isEmpty())
            match = byUpn.value(upn, -1);
        if (match < 0 && !admission.isEmpty())
            match = byAdmission.value(admissionKeyed, -1);
        if (match < 0 && !byName.isEmpty() && dob.isValid() && !surname.isEmpty() && !forename.isEmpty()) {
            const QList<qsizetype> same = byName.value(personKey(surname, forename, dob));
            if (same.size() == 1)
                match = same.constFirst();
            else if (same.size() > 1)
                row.problem(
                    tr("%n pupils in Lanyard have this name and date of birth: add the pupil's UPN or "
                       "admission number to the file so that Lanyard can tell which this is.",
                       nullptr, int(same.size())));
        }
        if (upn.isEmpty() && admission.isEmpty() && dob.isValid() && !surname.isEmpty()) {
            const QString key = personKey(surname, forename, dob);
            if (const int other = nameLine.value(key); other > 0)
                row.problem(
                    tr("This pupil (the same name and date of birth) is also on line %1.").arg(other));
            else
                nameLine.insert(key, row.line());
        }
        if (match >= 0) {
            if (const int other = matchedLine.value(match); other > 0)
                row.problem(tr("This is the same pupil as line %1 (%2).")
                                .arg(other)
                                .arg(existing[match].displayName()));
            else
                matchedLine.insert(match, row.line());
            const qsizetype owner = admission.isEmpty() ? -1 : byAdmission.value(admissionKeyed, -1);
            if (owner >= 0 && owner != match)
                row.problem(
                    ImportField::AdmissionNumber,
                    tr("%1 already belongs to %2 in Lanyard, but the UPN on this line is %3's.")
                        .arg(admission, existing[owner].displayName(), existing[match].displayName()));
        }
        if (!row.isClean() || !mapping.missingRequired().isEmpty())
            continue;

        // The pupil as they will be saved: an existing one changes only where the file says so.
        PupilRow planned;
        planned.line = row.line();
        Pupil p = match >= 0 ? existing[match] : Pupil();
        // What changes, for an existing pupil; a new one is added whole.
        QStringList& changed = planned.changed;
        auto set = [&](auto& field, const auto& value, ImportField name) {
            if (field != value) {
                field = value;
                if (match >= 0)
                    changed << HeaderMapping::fieldName(name);
            }
        };
        set(p.surname, surname, ImportField::Surname);
        set(p.legalForename, forename, ImportField::Forename);
        if (row.has(ImportField::PreferredForename))
            set(p.preferredForename, preferred == forename ? QString() : preferred,
                ImportField::PreferredForename);
        set(p.dateOfBirth, dob, ImportField::DateOfBirth);
        if (gender)
            set(p.gender, *gender, ImportField::Gender);
        if (!upn.isEmpty())
            set(p.upn, upn, ImportField::Upn);
        if (!admission.isEmpty() && admissionKeyed != admissionKey(p.admissionNumber))
            set(p.admissionNumber, admission, ImportField::AdmissionNumber);
        set(p.yearGroup, *year, ImportField::YearGroup);
        if (row.has(ImportField::Form)) {
            if (form) {
                set(p.formId, form->id, ImportField::Form);
                p.formName = form->name;
            } else if (!formText.isEmpty()) {
                planned.newForm = formText;
                p.formId = 0;
                p.formName = formText;
                if (match >= 0)
                    changed << HeaderMapping::fieldName(ImportField::Form);
            } else {
                set(p.formId, qint64(0), ImportField::Form);
                p.formName.clear();
            }
        }
        if (joined.isValid())
            set(p.joinedOn, joined, ImportField::JoinedOn);
        if (row.has(ImportField::LeftOn)) {
            set(p.leftOn, left, ImportField::LeftOn);
            set(p.status, left.isValid() && left <= today ? Pupil::Status::Left : Pupil::Status::OnRoll,
                ImportField::LeftOn);
        } else if (p.status == Pupil::Status::Left) {
            // Back on the MIS's roll: back on Lanyard's.
            p.status = Pupil::Status::OnRoll;
            p.leftOn = QDate();
            changed << HeaderMapping::fieldName(ImportField::LeftOn);
        }
        changed.removeDuplicates();
        planned.change = match < 0 ? Change::Add : changed.isEmpty() ? Change::Unchanged : Change::Update;
        planned.pupil = p;
        // Whatever the store would still refuse (the rules it shares with the pupil dialog).
        QString message;
        if (!PupilStore::validate(p, today, &message)) {
            row.problem(message);
            continue;
        }
        plan.pupils << planned;
    }

    // A new form takes the year group most of its pupils are in; a form holds one year group.
    for (const QString& key : std::as_const(newFormOrder)) {
        const NewFormUse& use = newForms[key];
        QMap<YearGroup, int> counts;
        for (const auto& [line, year] : use.lines)
            ++counts[year];
        YearGroup chosen = use.lines.constFirst().second;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            if (it.value() > counts.value(chosen))
                chosen = it.key();
        for (const auto& [line, year] : use.lines)
            if (year != chosen)
                problems << ImportProblem{
                    line, mapping.columnName(ImportField::Form),
                    tr("%1 is a new form, and most of its pupils in this file are in %2, but this pupil is "
                       "in %3. In Lanyard a form holds one year group.")
                        .arg(use.name, chosen.displayName(), year.displayName())};
        plan.newForms << Form{0, use.name, chosen, 0};
    }

    for (qsizetype i = 0; i < existing.size(); ++i)
        if (existing[i].status == Pupil::Status::OnRoll && !matchedLine.contains(i))
            plan.pupilsNotInFile << existing[i];
    return plan;
}

RollImport::Plan RollImport::previewStaff(const RollTable& table, const HeaderMapping& mapping) const
{
    Plan plan;
    QList<ImportProblem>& problems = plan.problems;
    const auto staff = StaffStore(m_vault).list(true);
    if (!staff) {
        problems << ImportProblem{0, {}, staff.error()};
        return plan;
    }
    const QList<StaffMember>& existing = *staff;
    if (!checkShape(table, mapping, problems))
        return plan;

    QHash<QString, qsizetype> byEmail;
    QHash<QString, QList<qsizetype>> byName;
    for (qsizetype i = 0; i < existing.size(); ++i) {
        if (!existing[i].email.isEmpty())
            byEmail.insert(existing[i].email.toCaseFolded(), i);
        byName[personKey(existing[i].surname, existing[i].forename)] << i;
    }
    QHash<QString, int> emailLine, nameLine;
    QHash<qsizetype, int> matchedLine;
    static const QRegularExpression emailPattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    const QDate today = QDate::currentDate();

    for (const CsvRecord& record : table.rows) {
        Row row(mapping, record, problems);
        const QString title = row.text(ImportField::Title);
        const QString forename = row.required(ImportField::Forename, tr("The forename is missing."));
        const QString surname = row.required(ImportField::Surname, tr("The surname is missing."));
        const QString email = row.text(ImportField::Email);
        if (!email.isEmpty()) {
            if (!emailPattern.match(email).hasMatch())
                row.problem(ImportField::Email, tr("“%1” is not an email address.").arg(email));
            if (const int other = emailLine.value(email.toCaseFolded()); other > 0)
                row.problem(ImportField::Email,
                            tr("%1 is also on line %2.").arg(email, QString::number(other)));
            else
                emailLine.insert(email.toCaseFolded(), row.line());
        }
        std::optional<StaffCategory> category;
        if (const QString c = row.text(ImportField::Category); !c.isEmpty()) {
            category = parseCategory(c);
            if (!category)
                row.problem(ImportField::Category,
                            tr("“%1” is not a kind of staff Lanyard knows: use teaching, support, governor, "
                               "volunteer, supply, contractor or visitor.")
                                .arg(c));
        }
        std::optional<StaffRoles> roles;
        if (row.has(ImportField::Roles)) {
            QString unknown;
            roles = parseRoles(row.text(ImportField::Roles), &unknown);
            if (!roles)
                row.problem(ImportField::Roles,
                            tr("“%1” is not a role Lanyard records: use DSL, Deputy DSL, Online safety "
                               "coordinator, Head or IT, separated by commas.")
                                .arg(unknown));
        }
        const QDate starts = row.date(ImportField::StartsOn);
        const QDate leaves = row.date(ImportField::LeavesOn);
        if (starts.isValid() && leaves.isValid() && leaves < starts)
            row.problem(ImportField::LeavesOn,
                        tr("%1 is before the start date.").arg(row.text(ImportField::LeavesOn)));

        qsizetype match = email.isEmpty() ? -1 : byEmail.value(email.toCaseFolded(), -1);
        if (match < 0 && !surname.isEmpty() && !forename.isEmpty()) {
            const QList<qsizetype> same = byName.value(personKey(surname, forename));
            if (same.size() == 1)
                match = same.constFirst();
            else if (same.size() > 1)
                row.problem(tr("%n members of staff in Lanyard have this name: add their email addresses to "
                               "the file so that Lanyard can tell which this is.",
                               nullptr, int(same.size())));
        }
        if (email.isEmpty() && !surname.isEmpty()) {
            const QString key = personKey(surname, forename);
            if (const int other = nameLine.value(key); other > 0)
                row.problem(
                    tr("This person (the same name, and no email address) is also on line %1.").arg(other));
            else
                nameLine.insert(key, row.line());
        }
        if (match >= 0) {
            if (const int other = matchedLine.value(match); other > 0)
                row.problem(tr("This is the same person as line %1 (%2).")
                                .arg(other)
                                .arg(existing[match].fullName()));
            else
                matchedLine.insert(match, row.line());
        }
        if (!row.isClean() || !mapping.missingRequired().isEmpty())
            continue;

        StaffRow planned;
        planned.line = row.line();
        StaffMember m = match >= 0 ? existing[match] : StaffMember();
        QStringList& changed = planned.changed;
        auto set = [&](auto& field, const auto& value, ImportField name) {
            if (field != value) {
                field = value;
                changed << HeaderMapping::fieldName(name);
            }
        };
        if (!title.isEmpty())
            set(m.title, title, ImportField::Title);
        set(m.forename, forename, ImportField::Forename);
        set(m.surname, surname, ImportField::Surname);
        if (!email.isEmpty())
            set(m.email, email, ImportField::Email);
        if (category)
            set(m.category, *category, ImportField::Category);
        if (roles)
            set(m.roles, *roles, ImportField::Roles);
        if (starts.isValid())
            set(m.startsOn, starts, ImportField::StartsOn);
        if (row.has(ImportField::LeavesOn))
            set(m.leavesOn, leaves, ImportField::LeavesOn);
        planned.change = match < 0 ? Change::Add : changed.isEmpty() ? Change::Unchanged : Change::Update;
        if (match < 0)
            changed.clear();
        planned.member = m;
        QString message;
        if (!StaffStore::validate(m, &message)) {
            row.problem(message);
            continue;
        }
        plan.staff << planned;
    }

    for (qsizetype i = 0; i < existing.size(); ++i)
        if (existing[i].isCurrent(today) && !matchedLine.contains(i))
            plan.staffNotInFile << existing[i];
    return plan;
}

// ---- writing ---------------------------------------------------------------------------------

ImportSummary RollImport::Plan::summary(const ImportOptions& options) const
{
    ImportSummary s;
    auto count = [&](Change change) {
        if (change == Change::Add)
            ++s.added;
        else if (change == Change::Update)
            ++s.updated;
        else
            ++s.unchanged;
    };
    for (const PupilRow& row : pupils)
        count(row.change);
    for (const StaffRow& row : staff)
        count(row.change);
    for (const Pupil& p : pupilsNotInFile)
        s.notInFile << pupilLabel(p);
    for (const StaffMember& m : staffNotInFile)
        s.notInFile << m.fullName();
    // "Ó Súilleabháin" among the Os, not after the Zs.
    std::stable_sort(s.notInFile.begin(), s.notInFile.end(),
                     [](const QString& a, const QString& b) { return foldForSearch(a) < foldForSearch(b); });
    s.leaversMarked = options.leavers == ImportOptions::Leavers::Mark && !s.notInFile.isEmpty();
    s.leavingDate = options.leavingDate.isValid() ? options.leavingDate : QDate::currentDate();
    for (const Form& f : newForms)
        s.formsCreated << f.name;
    return s;
}

bool RollImport::apply(const Plan& plan, const ImportOptions& options, ImportSummary* summary, QString* error,
                       const Progress& progress, const std::atomic_bool* cancel)
{
    if (!plan.isAcceptable())
        return refuse(error,
                      tr("The file has problems (%1), so nothing was imported.").arg(plan.problems.size()));
    if (!m_vault.require(Permission::WritePeople, error))
        return false;
    const bool mark = options.leavers == ImportOptions::Leavers::Mark;
    const QDate leaving = options.leavingDate.isValid() ? options.leavingDate : QDate::currentDate();
    const int leavers = mark ? int(plan.pupilsNotInFile.size() + plan.staffNotInFile.size()) : 0;
    const int total = int(plan.pupils.size() + plan.staff.size()) + leavers;
    int done = 0;
    // One row done: false to stop, when the user cancels.
    auto step = [&]() {
        ++done;
        if (cancel && cancel->load(std::memory_order_relaxed))
            return false;
        if (progress && (done % ProgressStep == 0 || done == total))
            return progress(done, total);
        return true;
    };
    auto cancelled = [&] { return refuse(error, tr("The import was cancelled. Nothing has been changed.")); };
    auto atLine = [&](int line, const QString& message) {
        return refuse(error, tr("Line %1: %2 Nothing has been changed.").arg(line).arg(message));
    };

    StoreSupport::Transaction transaction(m_vault.database());
    if (!transaction.isActive())
        return refuse(error,
                      tr("Lanyard could not start saving the import. If another copy of Lanyard has the "
                         "vault open, close it and try again."));
    // The audit trail's head is read once here and written once at the end, not for every row.
    AuditLog::Batch auditBatch(m_vault, error);
    if (!auditBatch.isActive())
        return false;
    if (progress && !progress(0, total))
        return cancelled();
    QString message;
    if (plan.kind == RollKind::Pupils) {
        FormStore forms(m_vault);
        QHash<QString, qint64> newFormIds;
        for (Form form : plan.newForms) {
            if (!forms.save(form, &message))
                return refuse(error,
                              tr("The new form %1: %2 Nothing has been changed.").arg(form.name, message));
            newFormIds.insert(form.name.toCaseFolded(), form.id);
        }
        PupilStore pupils(m_vault);
        // After the new forms, which it reads once for every pupil's check.
        PupilStore::Batch pupilBatch(pupils, error);
        if (!pupilBatch.isActive())
            return false;
        for (const PupilRow& row : plan.pupils) {
            if (row.change != Change::Unchanged) {
                Pupil p = row.pupil;
                if (!row.newForm.isEmpty())
                    p.formId = newFormIds.value(row.newForm.toCaseFolded());
                if (!pupils.save(p, &message))
                    return atLine(row.line, message);
            }
            if (!step())
                return cancelled();
        }
        for (Pupil p : mark ? plan.pupilsNotInFile : QList<Pupil>()) {
            p.status = Pupil::Status::Left;
            p.leftOn = p.joinedOn.isValid() ? std::max(leaving, p.joinedOn) : leaving;
            if (!pupils.save(p, &message))
                return refuse(error, tr("%1 could not be marked as left: %2 Nothing has been changed.")
                                         .arg(p.displayName(), message));
            if (!step())
                return cancelled();
        }
    } else {
        StaffStore staff(m_vault);
        for (const StaffRow& row : plan.staff) {
            if (row.change != Change::Unchanged) {
                StaffMember m = row.member;
                if (!staff.save(m, &message))
                    return atLine(row.line, message);
            }
            if (!step())
                return cancelled();
        }
        for (StaffMember m : mark ? plan.staffNotInFile : QList<StaffMember>()) {
            m.leavesOn = m.startsOn.isValid() ? std::max(leaving, m.startsOn) : leaving;
            if (!staff.save(m, &message))
                return refuse(error, tr("%1 could not be marked as left: %2 Nothing has been changed.")
                                         .arg(m.fullName(), message));
            if (!step())
                return cancelled();
        }
    }
    ImportSummary result = plan.summary(options);
    // Counts only: the audit trail's detail never names anyone.
    const QString detail = u"%1 from CSV: %2 added, %3 updated, %4 not in file%5"_s.arg(
        plan.kind == RollKind::Pupils ? u"pupils"_s : u"staff"_s, QString::number(result.added),
        QString::number(result.updated), QString::number(result.notInFile.size()),
        mark ? u" marked as left"_s : QString());
    if (!AuditLog(m_vault).recordEvent(u"import"_s, detail, {}, 0, error))
        return false;
    if (cancel && cancel->load())
        return cancelled();
    if (!auditBatch.commit(error))
        return false;
    if (!transaction.commit())
        return refuse(error, tr("Lanyard could not finish saving the import, so nothing has been changed. If "
                                "another copy of Lanyard has the vault open, close it and try again."));
    result.written = true;
    if (summary)
        *summary = result;
    return true;
}

QStringList RollImport::describe(const ImportSummary& s, RollKind kind)
{
    QStringList lines{tr("Added: %1").arg(s.added), tr("Updated: %1").arg(s.updated),
                      tr("Unchanged: %1").arg(s.unchanged)};
    QString notIn = tr("Not in this file: %1").arg(s.notInFile.size());
    if (!s.notInFile.isEmpty()) {
        if (!s.leaversMarked)
            notIn += u' ' + (kind == RollKind::Pupils ? tr("(they stay on roll)") : tr("(left as they are)"));
        else if (s.written)
            notIn += u' ' + tr("(marked as left on %1)").arg(ukDate(s.leavingDate));
        else
            notIn += u' ' + tr("(to be marked as left on %1)").arg(ukDate(s.leavingDate));
    }
    lines << notIn;
    for (const QString& name : s.notInFile)
        lines << u"  "_s + name;
    if (!s.formsCreated.isEmpty())
        lines << tr("New forms: %1").arg(s.formsCreated.join(u", "_s));
    return lines;
}
