#pragma once

#include "CsvReader.h"
#include "HeaderMapping.h"
#include "records/FormStore.h"
#include "records/PupilStore.h"
#include "records/StaffStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

class Vault;

// One thing wrong with a file, in words for the school office.
struct ImportProblem
{
    int line = 0;         // 0: the file as a whole
    QString column;       // the file's own heading; "" for the whole line
    QString message;      // "31/02/2019 is not a date."
    QString text() const; // "Line 14, DOB: 31/02/2019 is not a date."
};

struct ImportOptions
{
    enum class Leavers
    {
        Keep, // people missing from the file are listed and stay on roll
        Mark, // ... get a leaving date and leave the roll
    };
    Leavers leavers = Leavers::Keep;
    QDate leavingDate; // with Mark; today when not set
};

struct ImportSummary
{
    bool written = false; // false for a preview or a dry run
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    QStringList notInFile; // "Jones, Tom (Year 3, 3B)", sorted
    bool leaversMarked = false;
    QDate leavingDate;
    QStringList formsCreated;
};

// The header row of a roll file and the records below it.
struct RollTable
{
    RollKind kind = RollKind::Pupils;
    CsvEncoding encoding = CsvEncoding::Utf8;
    QStringList header;
    int headerLine = 0;
    QList<CsvRecord> rows; // blank rows (",,,,") left out
};

// Takes a school's roll from its MIS export. preview() reads and checks every row against the
// vault and writes nothing; a plan with any problem must be refused whole. apply() writes an
// acceptable plan through the stores (so every change is validated, permitted and audited) in one
// transaction: a store's refusal, a cancel or a crash leaves the vault as it was.
//
// Matching an existing person: pupils by UPN, else admission number, else surname + forename +
// date of birth (case- and accent-insensitive); staff by email, else surname + forename. Nobody is
// ever deleted: people missing from the file are listed, and with Leavers::Mark they leave.
//
// The GUI's wizard: CsvReader::readFile -> table() -> HeaderMapping::suggest (show, let the user
// change it) -> preview() (show the problems, or the plan's summary) -> mapping.remember() ->
// apply() with a progress callback and a cancel button.
class RollImport final
{
    Q_DECLARE_TR_FUNCTIONS(RollImport)
public:
    enum class Change
    {
        Add,
        Update,
        Unchanged
    };

    struct PupilRow
    {
        int line = 0;
        Change change = Change::Add;
        Pupil pupil;         // as it will be saved; id > 0 for an existing pupil
        QStringList changed; // field names, for an update
        QString newForm;     // a form the import creates, by name
    };
    struct StaffRow
    {
        int line = 0;
        Change change = Change::Add;
        StaffMember member;
        QStringList changed;
    };

    struct Plan
    {
        RollKind kind = RollKind::Pupils;
        QList<ImportProblem> problems; // every one, in line order
        QList<PupilRow> pupils;
        QList<StaffRow> staff;
        QList<Form> newForms;
        QList<Pupil> pupilsNotInFile;      // on roll but not in the file
        QList<StaffMember> staffNotInFile; // current but not in the file

        bool isAcceptable() const { return problems.isEmpty(); }
        // What apply() will do with these options (written = false).
        ImportSummary summary(const ImportOptions& options = {}) const;
    };

    // Called every ProgressStep rows with rows done and rows in all; return false to cancel.
    using Progress = std::function<bool(int done, int total)>;
    static constexpr int ProgressStep = 50;

    explicit RollImport(Vault& vault);

    // Finds the header row (HeaderMapping::headerIndex) and splits off the rows below it.
    static RollTable table(RollKind kind, const CsvDocument& document);

    // Needs ReadPeople. Takes the kind from the mapping.
    Plan preview(const RollTable& table, const HeaderMapping& mapping) const;
    // Needs WritePeople. False with *error (and nothing written) for a plan with problems, a
    // refusal by a store (the message names the line), or a cancel.
    bool apply(const Plan& plan, const ImportOptions& options, ImportSummary* summary = nullptr,
               QString* error = nullptr, const Progress& progress = {},
               const std::atomic_bool* cancel = nullptr);

    // For the summary on screen and on the command line: one line each.
    static QStringList describe(const ImportSummary& summary, RollKind kind);

    // Values as MIS exports and Excel write them. nullopt and *problem ("31/02/2019 is not a date.")
    // when the text is not one; an empty text is not a date either.
    // dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy, yyyy-mm-dd, "2 Oct 2018", with or without a
    // midnight time after it.
    static std::optional<QDate> parseDate(const QString& text, QString* problem = nullptr);
    // YearGroup::parse, and the nursery and foundation-stage codes some MIS use (N1, N2, FS1, FS2).
    static std::optional<YearGroup> parseYearGroup(const QString& text);
    static std::optional<StaffCategory> parseCategory(const QString& text);
    static std::optional<StaffRoles> parseRoles(const QString& text, QString* unknown = nullptr);

private:
    Plan previewPupils(const RollTable& table, const HeaderMapping& mapping) const;
    Plan previewStaff(const RollTable& table, const HeaderMapping& mapping) const;

    Vault& m_vault;
};
