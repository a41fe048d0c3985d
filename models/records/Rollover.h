#pragma once

#include "domain/AcademicYear.h"
#include "domain/YearGroup.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class Vault;

// What becomes of one form at the start of the new year.
struct RolloverForm
{
    enum class Change
    {
        MoveUp, // renamed (or not) and a year group up, with its pupils
        Retire, // the top year's form: kept under newName for its leavers, with no pupils on roll
        Create, // a new, empty form for the youngest year, which has just moved up
    };

    qint64 formId = 0;   // 0 for a form to create
    QString name;        // now; empty for a form to create
    YearGroup yearGroup; // now; invalid for a form to create
    Change change = Change::MoveUp;
    QString newName;        // next year; a retired form's name for the record, such as "6B (2025/26)"
    YearGroup newYearGroup; // next year; a retired form stays in its year group
    int pupils = 0;         // on roll now
};

// What becomes of one pupil on roll.
struct RolloverPupil
{
    qint64 pupilId = 0;
    QString surname;
    QString forename; // as known
    YearGroup yearGroup;
    QString formName; // now
    int form = -1;    // now: index in RolloverPlan::forms, -1 for none

    bool leaving = false;
    YearGroup newYearGroup; // when staying; ignored for a leaver
    int newForm = -1;       // index in RolloverPlan::forms, -1 for none; a leaver's retired form
    QDate leftOn;           // for a leaver
    QString destination;    // for a leaver, when known

    QString displayName() const { return surname + QLatin1String(", ") + forename; }
};

// The new academic year as it will be, shown before anything is written and editable: the
// year's terms, every form's new name, every pupil's new year group and form, and who leaves.
struct RolloverPlan
{
    AcademicYear fromYear;
    AcademicYear toYear;
    QList<Term> terms; // of toYear
    YearGroup topYear; // the school's last year group, whose pupils leave
    QDate leavingDate; // the leavers' leaving date, unless changed for one of them
    QList<RolloverForm> forms;
    QList<RolloverPupil> pupils;

    // Editing keeps the plan consistent: a pupil moved to another year group goes into a form of
    // that year (the one with the same letter where there is one); a leaver keeps a retired form.
    void setNewYearGroup(int pupil, const YearGroup& year);
    void setLeaving(int pupil, bool leaving);
    void setNewForm(int pupil, int form);
    void setLeavingDate(const QDate& date); // for every leaver still on the previous date
    // Forms a pupil can be in next year in that year group, as indexes in forms.
    QList<int> formsFor(const YearGroup& nextYear) const;
    int addForm(const QString& name, const YearGroup& year); // a form to create; returns its index
    bool removeForm(int form);                               // only a form to create; its pupils have none

    // For the summary.
    int movingUp() const; // up exactly one year group
    int heldBack() const; // staying in their year group
    int movedOn() const;  // up more than one, or down
    int leaving() const;  // all leavers
    int leavingTopYear() const;
    int formsRenamed() const; // moved up under a new name
    int formsRetired() const;
    int formsCreated() const;
};

// The new academic year: plan() makes a preview from the vault, the user edits it, apply()
// writes it in one transaction after a backup. Needs Permission::ManageSettings.
class Rollover final
{
    Q_DECLARE_TR_FUNCTIONS(Rollover)
public:
    // Settings keys (SettingsStore).
    static constexpr auto LastYearGroupKey = "school.last_year_group"; // a YearGroup code: "6"
    static constexpr auto RolledIntoKey = "rollover.last_year";        // start year of the last year begun
    static constexpr auto BackupFolderKey = "backup.folder";           // as BackupController keeps it

    // The year the roll is in now: the one last begun here, else the one today falls in.
    static AcademicYear currentYear(Vault& vault);
    // The school's last year group: as set, else the highest year group with pupils, else Year 13.
    static YearGroup lastYearGroup(Vault& vault);
    // The preview. The terms are those already entered for the next year, else the defaults; the
    // leaving date is the last day of this year's last term, else 31 August.
    static std::optional<RolloverPlan> plan(Vault& vault, const AcademicYear& fromYear,
                                            QString* error = nullptr);
    static std::optional<RolloverPlan> plan(Vault& vault, const AcademicYear& fromYear,
                                            const YearGroup& topYear, QString* error = nullptr);

    // "3B" in Year 3 is "4B" in Year 4, "RS" is "1S", "NW" is "RW"; "Oak" and "Robins" stay so.
    static QString defaultFormName(const QString& name, const YearGroup& from, const YearGroup& to);
    // A retired form's name for the record: "6B (2025/26)".
    static QString retiredFormName(const QString& name, const AcademicYear& year);

    // What can be checked without the vault, in parts for the wizard's pages.
    static bool validateYear(const RolloverPlan& plan, QString* error = nullptr);
    static bool validateForms(const RolloverPlan& plan, QString* error = nullptr);
    static bool validatePupils(const RolloverPlan& plan, QString* error = nullptr);
    static bool validate(const RolloverPlan& plan, QString* error = nullptr);

    // The folder the automatic backup goes to: the school's backup folder, else a "backups"
    // folder beside the vault.
    static QString backupFolder(Vault& vault);

    // Backs up, then in one transaction through the stores: the year and its terms, the forms,
    // the pupils, the leavers. On any refusal nothing of it is kept and *error says why.
    static bool apply(Vault& vault, const RolloverPlan& plan, QString* error = nullptr,
                      QString* backupFile = nullptr);
};
