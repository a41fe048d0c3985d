#include "HeaderMapping.h"

#include "domain/CodeTable.h"
#include "records/PupilStore.h"
#include "storage/SettingsStore.h"
#include "storage/Vault.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
constexpr int FieldCount = int(ImportField::LeavesOn) + 1;

// As the remembered mapping stores them.
constexpr auto Codes = codeTable<ImportField>(
    {
        {ImportField::Surname, u"surname"},
        {ImportField::Forename, u"forename"},
        {ImportField::PreferredForename, u"preferred_forename"},
        {ImportField::DateOfBirth, u"dob"},
        {ImportField::Gender, u"gender"},
        {ImportField::Upn, u"upn"},
        {ImportField::AdmissionNumber, u"admission_no"},
        {ImportField::YearGroup, u"year"},
        {ImportField::Form, u"form"},
        {ImportField::JoinedOn, u"joined"},
        {ImportField::LeftOn, u"left"},
        {ImportField::Title, u"title"},
        {ImportField::Email, u"email"},
        {ImportField::Category, u"category"},
        {ImportField::Roles, u"roles"},
        {ImportField::StartsOn, u"starts"},
        {ImportField::LeavesOn, u"leaves"},
    },
    CodeMatch::Exact);

QString kindCode(RollKind kind)
{
    return kind == RollKind::Pupils ? u"pupils"_s : u"staff"_s;
}
} // namespace

HeaderMapping::HeaderMapping(RollKind kind, const QStringList& header)
    : m_kind(kind)
    , m_header(header)
    , m_columns(FieldCount, -1)
{
}

QList<ImportField> HeaderMapping::fields(RollKind kind)
{
    if (kind == RollKind::Pupils)
        return {ImportField::Surname,         ImportField::Forename,  ImportField::PreferredForename,
                ImportField::DateOfBirth,     ImportField::Gender,    ImportField::Upn,
                ImportField::AdmissionNumber, ImportField::YearGroup, ImportField::Form,
                ImportField::JoinedOn,        ImportField::LeftOn};
    return {ImportField::Title,    ImportField::Forename, ImportField::Surname,  ImportField::Email,
            ImportField::Category, ImportField::Roles,    ImportField::StartsOn, ImportField::LeavesOn};
}

QList<ImportField> HeaderMapping::required(RollKind kind)
{
    if (kind == RollKind::Pupils)
        return {ImportField::Surname, ImportField::Forename, ImportField::DateOfBirth,
                ImportField::YearGroup};
    return {ImportField::Surname, ImportField::Forename};
}

QString HeaderMapping::fieldName(ImportField field)
{
    switch (field) {
    case ImportField::Surname:
        return tr("Surname");
    case ImportField::Forename:
        return tr("Forename");
    case ImportField::PreferredForename:
        return tr("Preferred forename");
    case ImportField::DateOfBirth:
        return tr("Date of birth");
    case ImportField::Gender:
        return tr("Gender");
    case ImportField::Upn:
        return tr("UPN");
    case ImportField::AdmissionNumber:
        return tr("Admission number");
    case ImportField::YearGroup:
        return tr("Year group");
    case ImportField::Form:
        return tr("Form");
    case ImportField::JoinedOn:
        return tr("Date of entry");
    case ImportField::LeftOn:
        return tr("Date of leaving");
    case ImportField::Title:
        return tr("Title");
    case ImportField::Email:
        return tr("Email");
    case ImportField::Category:
        return tr("Staff category");
    case ImportField::Roles:
        return tr("Roles");
    case ImportField::StartsOn:
        return tr("Start date");
    case ImportField::LeavesOn:
        return tr("Leaving date");
    }
    return {};
}

QString HeaderMapping::fieldCode(ImportField field)
{
    return Codes.code(field);
}

std::optional<ImportField> HeaderMapping::fieldFromCode(const QString& code)
{
    return Codes.fromCode(code);
}

QStringList HeaderMapping::knownNames(ImportField field)
{
    // In order of preference: where a file has both "Legal Surname" and "Surname", the legal one wins.
    switch (field) {
    case ImportField::Surname:
        return {u"Legal Surname"_s,   u"Surname"_s,           u"Last name"_s,
                u"Family name"_s,     u"Legal last name"_s,   u"Pupil surname"_s,
                u"Student surname"_s, u"Student last name"_s, u"Staff surname"_s};
    case ImportField::Forename:
        return {u"Legal Forename"_s,   u"Forename"_s,           u"First name"_s,    u"Given name"_s,
                u"Legal first name"_s, u"Forenames"_s,          u"Given names"_s,   u"Pupil forename"_s,
                u"Student forename"_s, u"Student first name"_s, u"Staff forename"_s};
    case ImportField::PreferredForename:
        return {u"Preferred Forename"_s,   u"Preferred name"_s, u"Known as"_s,
                u"Preferred first name"_s, u"Chosen name"_s,    u"Chosen forename"_s};
    case ImportField::DateOfBirth:
        return {u"DOB"_s, u"Date of Birth"_s, u"Birth date"_s, u"Birthdate"_s};
    case ImportField::Gender:
        return {u"Gender"_s, u"Sex"_s, u"Legal sex"_s};
    case ImportField::Upn:
        return {u"UPN"_s, u"Unique Pupil Number"_s};
    case ImportField::AdmissionNumber:
        return {u"Adno"_s,   u"Admission No"_s, u"Admission Number"_s, u"Student ID"_s,
                u"Adm No"_s, u"Pupil ID"_s,     u"Admission ref"_s};
    case ImportField::YearGroup:
        return {u"Year"_s,
                u"Year group"_s,
                u"NC Year"_s,
                u"Year Group (NC)"_s,
                u"Curriculum Year"_s,
                u"National Curriculum Year"_s,
                u"NC Year Group"_s,
                u"Yr"_s,
                u"Year of education"_s};
    case ImportField::Form:
        return {u"Reg"_s,
                u"Reg Group"_s,
                u"Registration form"_s,
                u"Registration Group"_s,
                u"Form"_s,
                u"Class"_s,
                u"Tutor group"_s,
                u"Reg form"_s,
                u"Form group"_s,
                u"Registration class"_s,
                u"Form name"_s,
                u"Class name"_s};
    case ImportField::JoinedOn:
        return {u"Date of Entry"_s,     u"Admission date"_s, u"Start date"_s, u"Entry date"_s,
                u"Date of admission"_s, u"Enrolment date"_s, u"Date joined"_s};
    case ImportField::LeftOn:
        return {u"Date of leaving"_s, u"Leaving date"_s, u"Leave date"_s, u"Date left"_s};
    case ImportField::Title:
        return {u"Title"_s, u"Salutation"_s};
    case ImportField::Email:
        return {u"Email"_s, u"Email address"_s, u"Work email"_s, u"School email"_s, u"Work email address"_s};
    case ImportField::Category:
        return {u"Category"_s, u"Staff type"_s,  u"Staff category"_s,
                u"Type"_s,     u"Staff group"_s, u"Employment type"_s};
    case ImportField::Roles:
        // Not "Role": MIS staff lists use it for job titles ("Class teacher"), which are not these roles.
        return {u"Roles"_s, u"Responsibilities"_s, u"Safeguarding role"_s, u"Safeguarding roles"_s};
    case ImportField::StartsOn:
        return {u"Start date"_s,   u"Started"_s,       u"Employment start date"_s,
                u"Date started"_s, u"Date of Entry"_s, u"Date joined"_s,
                u"Starts on"_s};
    case ImportField::LeavesOn:
        return {u"Leaving date"_s, u"Leave date"_s,          u"End date"_s, u"Date of leaving"_s,
                u"Date left"_s,    u"Employment end date"_s, u"Leaves on"_s};
    }
    return {};
}

QString HeaderMapping::normalise(const QString& columnName)
{
    QString folded = foldForSearch(columnName);
    folded.removeIf([](QChar c) { return !c.isLetterOrNumber(); });
    return folded;
}

HeaderMapping HeaderMapping::recognise(RollKind kind, const QStringList& header)
{
    HeaderMapping mapping(kind, header);
    QStringList normalised;
    for (const QString& name : header)
        normalised << normalise(name);
    for (ImportField field : fields(kind)) {
        for (const QString& name : knownNames(field)) {
            const QString wanted = normalise(name);
            int found = -1;
            for (qsizetype i = 0; i < normalised.size() && found < 0; ++i)
                if (normalised[i] == wanted && !mapping.fieldAt(int(i)))
                    found = int(i);
            if (found >= 0) {
                mapping.setColumn(field, found);
                break;
            }
        }
    }
    return mapping;
}

qsizetype HeaderMapping::headerIndex(RollKind kind, const QList<CsvRecord>& records)
{
    constexpr qsizetype Look = 10;
    for (qsizetype i = 0; i < std::min(Look, records.size()); ++i) {
        const HeaderMapping m = recognise(kind, records[i].fields);
        const auto mapped =
            std::count_if(m.m_columns.cbegin(), m.m_columns.cend(), [](int c) { return c >= 0; });
        if (mapped >= 2)
            return i;
    }
    return 0;
}

int HeaderMapping::column(ImportField field) const
{
    return m_columns.value(int(field), -1);
}

void HeaderMapping::setColumn(ImportField field, int column)
{
    if (m_columns.size() != FieldCount)
        m_columns = QList<int>(FieldCount, -1);
    if (column >= m_header.size())
        column = -1;
    if (column >= 0)
        std::replace(m_columns.begin(), m_columns.end(), column, -1);
    m_columns[int(field)] = std::max(column, -1);
}

std::optional<ImportField> HeaderMapping::fieldAt(int column) const
{
    if (column < 0)
        return std::nullopt;
    const qsizetype index = m_columns.indexOf(column);
    if (index < 0)
        return std::nullopt;
    return ImportField(index);
}

QString HeaderMapping::columnName(ImportField field) const
{
    const int c = column(field);
    return c >= 0 ? m_header.value(c).trimmed() : QString();
}

QList<ImportField> HeaderMapping::missingRequired() const
{
    QList<ImportField> missing;
    for (ImportField field : required(m_kind))
        if (!isMapped(field))
            missing << field;
    return missing;
}

QString HeaderMapping::shapeKey() const
{
    QStringList normalised{kindCode(m_kind)};
    for (const QString& name : m_header)
        normalised << normalise(name);
    const QByteArray hash =
        QCryptographicHash::hash(normalised.join(QChar(0x1F)).toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.toHex().left(32));
}

QString HeaderMapping::settingsKey(const QString& shapeKey)
{
    return u"import/mapping/"_s + shapeKey;
}

QString HeaderMapping::toJson() const
{
    QJsonObject columns;
    for (ImportField field : fields(m_kind))
        if (isMapped(field))
            columns.insert(fieldCode(field), column(field));
    const QJsonObject object{{u"kind"_s, kindCode(m_kind)}, {u"columns"_s, columns}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<HeaderMapping> HeaderMapping::fromJson(const QString& json, RollKind kind,
                                                     const QStringList& header)
{
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    if (!document.isObject() || document.object().value(u"kind"_s).toString() != kindCode(kind))
        return std::nullopt;
    HeaderMapping mapping(kind, header);
    const QJsonObject columns = document.object().value(u"columns"_s).toObject();
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it) {
        const auto field = fieldFromCode(it.key());
        const int c = it.value().toInt(-1);
        if (!field || !fields(kind).contains(*field) || c < 0 || c >= header.size())
            return std::nullopt;
        mapping.setColumn(*field, c);
    }
    return mapping;
}

bool HeaderMapping::remember(Vault& vault, QString* error) const
{
    if (!vault.require(Permission::WritePeople, error))
        return false;
    return SettingsStore(vault).setValue(settingsKey(shapeKey()), toJson(), error);
}

std::optional<HeaderMapping> HeaderMapping::remembered(Vault& vault, RollKind kind, const QStringList& header,
                                                       QString* error)
{
    const HeaderMapping shape(kind, header);
    const auto json = SettingsStore(vault).value(settingsKey(shape.shapeKey()));
    if (!json) {
        if (error)
            *error = json.error();
        return std::nullopt;
    }
    if (json->isEmpty())
        return std::nullopt;
    return fromJson(*json, kind, header);
}

HeaderMapping HeaderMapping::suggest(Vault& vault, RollKind kind, const QStringList& header,
                                     bool* wasRemembered)
{
    auto mapping = remembered(vault, kind, header);
    if (wasRemembered)
        *wasRemembered = mapping.has_value();
    return mapping ? *mapping : recognise(kind, header);
}
