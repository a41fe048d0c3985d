#pragma once

#include "CsvReader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Vault;

// What a roll file holds: pupils or staff.
enum class RollKind
{
    Pupils,
    Staff
};

// A field Lanyard can read from a roll file.
enum class ImportField
{
    Surname,
    Forename, // the legal forename, for pupils
    PreferredForename,
    DateOfBirth,
    Gender,
    Upn,
    AdmissionNumber,
    YearGroup,
    Form,
    JoinedOn,
    LeftOn,
    Title,
    Email,
    Category,
    Roles,
    StartsOn,
    LeavesOn,
};

// Which column of a file holds which field. recognise() knows the names that SIMS, Arbor,
// Bromcom, iSAMS and Excel users give columns, compared without case, spaces or punctuation
// ("Year Group (NC)" is "yeargroupnc"). The user can change any of it; a mapping they confirm
// is remembered in the vault's settings for the next file with the same header row.
class HeaderMapping final
{
    Q_DECLARE_TR_FUNCTIONS(HeaderMapping)
public:
    HeaderMapping() = default;
    HeaderMapping(RollKind kind, const QStringList& header); // nothing mapped yet

    static HeaderMapping recognise(RollKind kind, const QStringList& header);
    // Which record is the header: the first of the first few that names at least two fields, so a
    // title line above the header (some MIS reports write one) is passed over. 0 if none does.
    static qsizetype headerIndex(RollKind kind, const QList<CsvRecord>& records);

    static QList<ImportField> fields(RollKind kind);   // in the order a screen shows them
    static QList<ImportField> required(RollKind kind); // pupils: surname, forename, DOB, year
    static QString fieldName(ImportField field);       // "Date of birth", for people
    static QString fieldCode(ImportField field);       // "dob", for the stored mapping
    static std::optional<ImportField> fieldFromCode(const QString& code);
    static QStringList knownNames(ImportField field); // column names recognised, best first
    // Lower case, letters and digits only, accents folded: "Admission No." -> "admissionno".
    static QString normalise(const QString& columnName);

    RollKind kind() const { return m_kind; }
    const QStringList& header() const { return m_header; }
    int column(ImportField field) const; // -1 when no column holds it
    bool isMapped(ImportField field) const { return column(field) >= 0; }
    // Maps the field to the column (-1 to unmap); a field that had the column loses it.
    void setColumn(ImportField field, int column);
    std::optional<ImportField> fieldAt(int column) const;
    QString columnName(ImportField field) const; // the file's own heading, "" when unmapped
    QList<ImportField> missingRequired() const;

    // The key a mapping is remembered by: a hash of the kind and the normalised header row.
    QString shapeKey() const;
    static QString settingsKey(const QString& shapeKey); // "import/mapping/<hash>"
    // Remembering needs the WritePeople permission (only importers confirm mappings).
    bool remember(Vault& vault, QString* error = nullptr) const;
    static std::optional<HeaderMapping> remembered(Vault& vault, RollKind kind, const QStringList& header,
                                                   QString* error = nullptr);
    // A remembered mapping for this header if there is one, else recognise().
    static HeaderMapping suggest(Vault& vault, RollKind kind, const QStringList& header,
                                 bool* wasRemembered = nullptr);

    QString toJson() const;
    static std::optional<HeaderMapping> fromJson(const QString& json, RollKind kind,
                                                 const QStringList& header);

    friend bool operator==(const HeaderMapping&, const HeaderMapping&) = default;

private:
    RollKind m_kind = RollKind::Pupils;
    QStringList m_header;
    QList<int> m_columns; // by ImportField, -1 when unmapped
};
