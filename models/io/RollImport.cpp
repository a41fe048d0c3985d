#include "RollImport.h"

#include "Csv.h"

#include "domain/Upn.h"
#include "storage/AuditLog.h"
#include "storage/StoreSupport.h"
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
        checkCharacters();
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
    // Junk that no MIS writes on purpose: a control character, or a bidirectional override that
    // would make a name read differently on screen from what is stored; and a name too long for
    // any form or list to print.
    void checkCharacters()
    {
        constexpr qsizetype LongestName = 100;
        for (int f = int(ImportField::Surname); f <= int(ImportField::LeavesOn); ++f) {
            const auto field = ImportField(f);
            const QString value = text(field);
            const bool hidden = std::any_of(value.cbegin(), value.cend(), [](QChar c) {
                return c.category() == QChar::Other_Control || (c >= QChar(0x202A) && c <= QChar(0x202E)) ||
                       (c >= QChar(0x2066) && c <= QChar(0x2069));
            });
            if (hidden)
                problem(field, QCoreApplication::translate(
                                   "RollImport", "This cell holds a hidden control character; retype it."));
            const bool name = field == ImportField::Surname || field == ImportField::Forename ||
                              field == ImportField::PreferredForename;
            if (name && value.size() > LongestName)
                problem(field,
                        QCoreApplication::translate("RollImport", "A name of %1 characters is too long; "
                                                                  "the most is %2.")
                            .arg(value.size())
                            .arg(LongestName));
        }
    }

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
    for (qsizetype i = header + 1; i < document.records.size(); ++i) {
        CsvRecord record = document.records.at(i);
        if (record.isBlank())
            continue;
        // Lanyard's own export guards what Excel would run as a formula; the names are without it.
        for (QString& field : record.fields)
            field = Csv::unguarded(field);
        table.rows << record;
    }
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

// The first line of the file that carried each key (a UPN, an email address, a name), so that a
// second line with the same one shows.
class FirstLines final
{
public:
    explicit FirstLines(qsizetype size = 0) { m_lines.reserve(size); }

    // The line that carried the key before, or 0 after noting this one as the first.
    int seen(const QString& key, int line)
    {
        int& first = m_lines[key];
        if (first > 0)
            return first;
        first = line;
        return 0;
    }

private:
    QHash<QString, int> m_lines;
};

// Who in the vault a line of the file is about, for pupils and staff alike: the person with the
// line's first identifier (a pupil's UPN, then admission number; a member of staff's email), else
// the one person with its name (and date of birth, for pupils). It notes the line each person
// was found on, so that a second line for the same person shows, and who was not found at all.
class Matcher final
{
public:
    struct Found
    {
        qsizetype index = -1;   // in the order added; -1 for nobody
        qsizetype sameName = 0; // people with the name, when no identifier matched
    };

    explicit Matcher(qsizetype identifiers)
        : m_byId(identifiers)
    {
    }

    // The next person in the vault: the keys of their identifiers, strongest first ("" for one
    // they have not got), and of their name.
    void add(const QStringList& ids, const QString& name)
    {
        for (qsizetype i = 0; i < ids.size(); ++i)
            if (!ids[i].isEmpty())
                m_byId[i].insert(ids[i], m_count);
        m_byName[name] << m_count;
        ++m_count;
    }
    // ids as add() takes them; name empty when the line cannot be matched by name.
    Found find(const QStringList& ids, const QString& name) const
    {
        for (qsizetype i = 0; i < ids.size(); ++i)
            if (const qsizetype index = withId(i, ids[i]); index >= 0)
                return {index, 0};
        if (name.isEmpty())
            return {};
        const QList<qsizetype> same = m_byName.value(name);
        return {same.size() == 1 ? same.constFirst() : -1, same.size()};
    }
    // The person with this identifier (level 0 the strongest), or -1.
    qsizetype withId(qsizetype level, const QString& id) const
    {
        return id.isEmpty() ? -1 : m_byId[level].value(id, -1);
    }
    // The line the person was found on before, or 0 after noting this one.
    int claim(qsizetype index, int line)
    {
        if (const int other = m_claimed.value(index); other > 0)
            return other;
        m_claimed.insert(index, line);
        return 0;
    }
    bool isClaimed(qsizetype index) const { return m_claimed.contains(index); }

private:
    QList<QHash<QString, qsizetype>> m_byId;
    QHash<QString, QList<qsizetype>> m_byName;
    QHash<qsizetype, int> m_claimed;
    qsizetype m_count = 0;
};

// Sets a person's fields to the file's values and, for someone already in the vault, notes which
// changed; someone new is added whole.
class FieldChanges final
{
public:
    explicit FieldChanges(bool existing)
        : m_existing(existing)
    {
    }

    template <typename Field, typename Value> void set(Field& field, const Value& value, ImportField name)
    {
        if (field != value) {
            field = value;
            note(name);
        }
    }
    void note(ImportField name)
    {
        if (m_existing)
            m_fields << HeaderMapping::fieldName(name);
    }
    QStringList fields() const
    {
        QStringList fields = m_fields;
        fields.removeDuplicates();
        return fields;
    }
    RollImport::Change change() const
    {
        return !m_existing          ? RollImport::Change::Add
               : m_fields.isEmpty() ? RollImport::Change::Unchanged
                                    : RollImport::Change::Update;
    }

private:
    bool m_existing;
    QStringList m_fields;
};

// RollImport::previewPupils, a line at a time: each line's values are read and checked, the
// pupil found in the vault, and the pupil planned as they will be saved; then the new forms
// take their year groups and the pupils missing from the file are listed.
class PupilPreview final
{
    Q_DECLARE_TR_FUNCTIONS(RollImport)
public:
    PupilPreview(const QList<Pupil>& existing, const QList<Form>& forms, const RollTable& table,
                 const HeaderMapping& mapping, RollImport::Plan& plan)
        : m_existing(existing)
        , m_mapping(mapping)
        , m_plan(plan)
        , m_upnLines(table.rows.size())
        , m_admissionLines(table.rows.size())
    {
        for (const Pupil& p : existing)
            m_matcher.add({p.upn, admissionKey(p.admissionNumber)},
                          personKey(p.surname, p.legalForename, p.dateOfBirth));
        for (const Form& f : forms)
            m_formsByName.insert(f.name.toCaseFolded(), f);
    }

    void addLine(const CsvRecord& record)
    {
        Row row(m_mapping, record, m_plan.problems);
        Line line;
        readPerson(row, line);
        readIdentifiers(row, line);
        readPlace(row, line);
        const qsizetype match = find(row, line);
        if (!row.isClean() || !m_mapping.missingRequired().isEmpty())
            return;
        plan(row, line, match);
    }

    // A new form takes the year group most of its pupils are in; a form holds one year group.
    void planNewForms()
    {
        for (const QString& key : std::as_const(m_newFormOrder)) {
            const NewFormUse& use = m_newForms[key];
            QMap<YearGroup, int> counts;
            for (const auto& [line, year] : use.lines)
                ++counts[year];
            YearGroup chosen = use.lines.constFirst().second;
            for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                if (it.value() > counts.value(chosen))
                    chosen = it.key();
            for (const auto& [line, year] : use.lines)
                if (year != chosen)
                    m_plan.problems << ImportProblem{
                        line, m_mapping.columnName(ImportField::Form),
                        tr("%1 is a new form, and most of its pupils in this file are in %2, but this pupil "
                           "is in %3. In Lanyard a form holds one year group.")
                            .arg(use.name, chosen.displayName(), year.displayName())};
            m_plan.newForms << Form{0, use.name, chosen, 0};
        }
    }

    void listNotInFile()
    {
        for (qsizetype i = 0; i < m_existing.size(); ++i)
            if (m_existing[i].status == Pupil::Status::OnRoll && !m_matcher.isClaimed(i))
                m_plan.pupilsNotInFile << m_existing[i];
    }

private:
    // One line's values, as read.
    struct Line
    {
        QString surname;
        QString forename;
        QString preferred;
        QDate dob;
        std::optional<Gender> gender;
        QString upn;
        QString admission;
        QString admissionKeyed;
        std::optional<YearGroup> year;
        QDate joined;
        QDate left;
        QString formText;
        std::optional<Form> form; // an existing form; a new one is planned by name
    };
    struct NewFormUse
    {
        QString name;
        QList<std::pair<int, YearGroup>> lines; // every line naming it
    };

    void readPerson(Row& row, Line& line) const
    {
        line.surname = row.required(ImportField::Surname, tr("The surname is missing."));
        line.forename = row.required(ImportField::Forename, tr("The forename is missing."));
        line.preferred = row.text(ImportField::PreferredForename);

        const QString dobText = row.required(ImportField::DateOfBirth, tr("The date of birth is missing."));
        line.dob = row.date(ImportField::DateOfBirth);
        if (line.dob.isValid() && line.dob > m_today)
            row.problem(ImportField::DateOfBirth, tr("%1 is in the future.").arg(dobText));
        else if (line.dob.isValid() && line.dob < m_today.addYears(-25))
            row.problem(ImportField::DateOfBirth,
                        tr("%1 makes the pupil over 25: please check the year.").arg(dobText));

        if (const QString g = row.text(ImportField::Gender); !g.isEmpty()) {
            line.gender = PupilStore::genderFromCode(g);
            if (!line.gender)
                row.problem(ImportField::Gender, tr("“%1” is not a gender: use F, M or X.").arg(g));
        }
    }

    // The UPN and admission number, each of which only one line may carry.
    void readIdentifiers(Row& row, Line& line)
    {
        line.upn = Upn::normalised(row.text(ImportField::Upn));
        if (!line.upn.isEmpty()) {
            QString message;
            if (!Upn::isValid(line.upn, &message))
                row.problem(ImportField::Upn, message);
            if (const int first = m_upnLines.seen(line.upn, row.line()); first > 0)
                row.problem(ImportField::Upn,
                            tr("%1 is also on line %2.").arg(line.upn, QString::number(first)));
        }
        line.admission = row.text(ImportField::AdmissionNumber);
        line.admissionKeyed = admissionKey(line.admission);
        if (!line.admission.isEmpty()) {
            if (const int first = m_admissionLines.seen(line.admissionKeyed, row.line()); first > 0)
                row.problem(ImportField::AdmissionNumber,
                            tr("%1 is also on line %2.").arg(line.admission, QString::number(first)));
        }
    }

    // The year group, the dates of entry and leaving, and the form: an existing one must be for
    // the pupil's year; a new one is made.
    void readPlace(Row& row, Line& line)
    {
        const QString yearText = row.required(ImportField::YearGroup, tr("The year group is missing."));
        if (!yearText.isEmpty()) {
            line.year = RollImport::parseYearGroup(yearText);
            if (!line.year)
                row.problem(ImportField::YearGroup,
                            tr("“%1” is not a year group: use N, R or 1 to 13 (such as Year 3 or Y3).")
                                .arg(yearText));
        }

        line.joined = row.date(ImportField::JoinedOn);
        if (line.joined.isValid() && line.dob.isValid() && line.joined < line.dob)
            row.problem(ImportField::JoinedOn,
                        tr("%1 is before the date of birth.").arg(row.text(ImportField::JoinedOn)));
        line.left = row.date(ImportField::LeftOn);
        if (line.left.isValid() && line.joined.isValid() && line.left < line.joined)
            row.problem(ImportField::LeftOn,
                        tr("%1 is before the date of entry.").arg(row.text(ImportField::LeftOn)));

        line.formText = row.text(ImportField::Form);
        if (line.formText.isEmpty() || !line.year)
            return;
        const QString key = line.formText.toCaseFolded();
        if (const auto it = m_formsByName.constFind(key); it != m_formsByName.cend()) {
            if (it->yearGroup != *line.year)
                row.problem(ImportField::Form,
                            tr("%1 is a %2 form in Lanyard, but this pupil is in %3.")
                                .arg(it->name, it->yearGroup.displayName(), line.year->displayName()));
            line.form = *it;
        } else {
            if (!m_newForms.contains(key)) {
                m_newForms.insert(key, NewFormUse{line.formText, {}});
                m_newFormOrder << key;
            }
            m_newForms[key].lines.append({row.line(), *line.year});
        }
    }

    // Who this is: UPN, else admission number, else name and date of birth. -1 for a new pupil.
    qsizetype find(Row& row, const Line& line)
    {
        const bool byName = line.dob.isValid() && !line.surname.isEmpty() && !line.forename.isEmpty();
        const Matcher::Found found =
            m_matcher.find({line.upn, line.admissionKeyed},
                           byName ? personKey(line.surname, line.forename, line.dob) : QString());
        if (found.sameName > 1)
            row.problem(tr("%n pupils in Lanyard have this name and date of birth: add the pupil's UPN or "
                           "admission number to the file so that Lanyard can tell which this is.",
                           nullptr, int(found.sameName)));
        if (line.upn.isEmpty() && line.admission.isEmpty() && line.dob.isValid() && !line.surname.isEmpty()) {
            if (const int other =
                    m_nameLines.seen(personKey(line.surname, line.forename, line.dob), row.line());
                other > 0)
                row.problem(
                    tr("This pupil (the same name and date of birth) is also on line %1.").arg(other));
        }
        const qsizetype match = found.index;
        if (match >= 0) {
            if (const int other = m_matcher.claim(match, row.line()); other > 0)
                row.problem(tr("This is the same pupil as line %1 (%2).")
                                .arg(other)
                                .arg(m_existing[match].displayName()));
            const qsizetype owner = m_matcher.withId(1, line.admissionKeyed);
            if (owner >= 0 && owner != match)
                row.problem(ImportField::AdmissionNumber,
                            tr("%1 already belongs to %2 in Lanyard, but the UPN on this line is %3's.")
                                .arg(line.admission, m_existing[owner].displayName(),
                                     m_existing[match].displayName()));
        }
        return match;
    }

    // The pupil as they will be saved: an existing one changes only where the file says so.
    void plan(Row& row, const Line& line, qsizetype match)
    {
        RollImport::PupilRow planned;
        planned.line = row.line();
        Pupil p = match >= 0 ? m_existing[match] : Pupil();
        FieldChanges changes(match >= 0);
        changes.set(p.surname, line.surname, ImportField::Surname);
        changes.set(p.legalForename, line.forename, ImportField::Forename);
        if (row.has(ImportField::PreferredForename))
            changes.set(p.preferredForename, line.preferred == line.forename ? QString() : line.preferred,
                        ImportField::PreferredForename);
        changes.set(p.dateOfBirth, line.dob, ImportField::DateOfBirth);
        if (line.gender)
            changes.set(p.gender, *line.gender, ImportField::Gender);
        if (!line.upn.isEmpty())
            changes.set(p.upn, line.upn, ImportField::Upn);
        if (!line.admission.isEmpty() && line.admissionKeyed != admissionKey(p.admissionNumber))
            changes.set(p.admissionNumber, line.admission, ImportField::AdmissionNumber);
        changes.set(p.yearGroup, *line.year, ImportField::YearGroup);
        if (row.has(ImportField::Form)) {
            if (line.form) {
                changes.set(p.formId, line.form->id, ImportField::Form);
                p.formName = line.form->name;
            } else if (!line.formText.isEmpty()) {
                planned.newForm = line.formText;
                p.formId = 0;
                p.formName = line.formText;
                changes.note(ImportField::Form);
            } else {
                changes.set(p.formId, qint64(0), ImportField::Form);
                p.formName.clear();
            }
        }
        if (line.joined.isValid())
            changes.set(p.joinedOn, line.joined, ImportField::JoinedOn);
        if (row.has(ImportField::LeftOn)) {
            changes.set(p.leftOn, line.left, ImportField::LeftOn);
            changes.set(p.status,
                        line.left.isValid() && line.left <= m_today ? Pupil::Status::Left
                                                                    : Pupil::Status::OnRoll,
                        ImportField::LeftOn);
        } else if (p.status == Pupil::Status::Left) {
            // Back on the MIS's roll: back on Lanyard's.
            p.status = Pupil::Status::OnRoll;
            p.leftOn = QDate();
            changes.note(ImportField::LeftOn);
        }
        planned.changed = changes.fields();
        planned.change = changes.change();
        planned.pupil = p;
        // Whatever the store would still refuse (the rules it shares with the pupil dialog).
        QString message;
        if (!PupilStore::validate(p, m_today, &message)) {
            row.problem(message);
            return;
        }
        m_plan.pupils << planned;
    }

    const QList<Pupil>& m_existing;
    const HeaderMapping& m_mapping;
    RollImport::Plan& m_plan;
    const QDate m_today = QDate::currentDate();
    Matcher m_matcher{2}; // UPN, admission number
    QHash<QString, Form> m_formsByName;
    QHash<QString, NewFormUse> m_newForms;
    QStringList m_newFormOrder;
    FirstLines m_upnLines;
    FirstLines m_admissionLines;
    FirstLines m_nameLines;
};
} // namespace

RollImport::Plan RollImport::previewPupils(const RollTable& table, const HeaderMapping& mapping) const
{
    Plan plan;
    PupilFilter everyone;
    everyone.includeLeavers = true;
    const auto pupils = PupilStore(m_vault).list(everyone);
    const auto formList = FormStore(m_vault).list();
    if (!pupils || !formList) {
        plan.problems << ImportProblem{0, {}, !pupils ? pupils.error() : formList.error()};
        return plan;
    }
    const QList<Pupil>& existing = *pupils;
    const QList<Form>& forms = *formList;
    if (!checkShape(table, mapping, plan.problems))
        return plan;

    PupilPreview preview(existing, forms, table, mapping, plan);
    for (const CsvRecord& record : table.rows)
        preview.addLine(record);
    preview.planNewForms();
    preview.listNotInFile();
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

    Matcher matcher(1); // email
    for (const StaffMember& m : existing)
        matcher.add({m.email.toCaseFolded()}, personKey(m.surname, m.forename));
    FirstLines emailLines, nameLines;
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
            if (const int other = emailLines.seen(email.toCaseFolded(), row.line()); other > 0)
                row.problem(ImportField::Email,
                            tr("%1 is also on line %2.").arg(email, QString::number(other)));
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

        // Who this is: email, else name.
        const bool byName = !surname.isEmpty() && !forename.isEmpty();
        const Matcher::Found found =
            matcher.find({email.toCaseFolded()}, byName ? personKey(surname, forename) : QString());
        if (found.sameName > 1)
            row.problem(tr("%n members of staff in Lanyard have this name: add their email addresses to "
                           "the file so that Lanyard can tell which this is.",
                           nullptr, int(found.sameName)));
        if (email.isEmpty() && !surname.isEmpty()) {
            if (const int other = nameLines.seen(personKey(surname, forename), row.line()); other > 0)
                row.problem(
                    tr("This person (the same name, and no email address) is also on line %1.").arg(other));
        }
        const qsizetype match = found.index;
        if (match >= 0) {
            if (const int other = matcher.claim(match, row.line()); other > 0)
                row.problem(tr("This is the same person as line %1 (%2).")
                                .arg(other)
                                .arg(existing[match].fullName()));
        }
        if (!row.isClean() || !mapping.missingRequired().isEmpty())
            continue;

        StaffRow planned;
        planned.line = row.line();
        StaffMember m = match >= 0 ? existing[match] : StaffMember();
        FieldChanges changes(match >= 0);
        if (!title.isEmpty())
            changes.set(m.title, title, ImportField::Title);
        changes.set(m.forename, forename, ImportField::Forename);
        changes.set(m.surname, surname, ImportField::Surname);
        if (!email.isEmpty())
            changes.set(m.email, email, ImportField::Email);
        if (category)
            changes.set(m.category, *category, ImportField::Category);
        if (roles)
            changes.set(m.roles, *roles, ImportField::Roles);
        if (starts.isValid())
            changes.set(m.startsOn, starts, ImportField::StartsOn);
        if (row.has(ImportField::LeavesOn))
            changes.set(m.leavesOn, leaves, ImportField::LeavesOn);
        planned.changed = changes.fields();
        planned.change = changes.change();
        planned.member = m;
        QString message;
        if (!StaffStore::validate(m, &message)) {
            row.problem(message);
            continue;
        }
        plan.staff << planned;
    }

    for (qsizetype i = 0; i < existing.size(); ++i)
        if (existing[i].isCurrent(today) && !matcher.isClaimed(i))
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
