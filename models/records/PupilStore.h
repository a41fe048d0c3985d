#pragma once

#include "FormStore.h"
#include "domain/YearGroup.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <optional>

class Vault;

enum class Gender
{
    Female,
    Male,
    Other
};

struct Pupil
{
    enum class Status
    {
        OnRoll,
        Left
    };

    qint64 id = 0;
    QString upn;
    QString admissionNumber;
    QString legalForename;
    QString preferredForename; // empty when the pupil goes by the legal forename
    QString surname;
    QDate dateOfBirth;
    Gender gender = Gender::Other;
    YearGroup yearGroup;
    qint64 formId = 0;
    QString formName; // filled in when read, for display
    QDate joinedOn;
    QDate leftOn;
    Status status = Status::OnRoll;
    QString destination; // the school a leaver went on to, when known; only for a pupil who has left

    QString knownAs() const { return preferredForename.isEmpty() ? legalForename : preferredForename; }
    QString displayName() const { return surname + QLatin1String(", ") + knownAs(); }
    // The year group the date of birth puts the pupil in during the given academic year.
    std::optional<YearGroup> expectedYearGroup(int academicStartYear) const;
};

struct PupilFilter
{
    QString text; // matched against names, UPN and admission number
    std::optional<YearGroup> yearGroup;
    qint64 formId = 0;
    bool includeLeavers = false;
};

// Case- and accent-insensitive form of a name for searching: "Siân" and "SIAN" fold alike.
QString foldForSearch(const QString& text);

class PupilStore final
{
    Q_DECLARE_TR_FUNCTIONS(PupilStore)
public:
    explicit PupilStore(Vault& vault);

    // Many saves in one transaction, such as an import of a roll. While it is open, save() checks
    // each pupil's form against the forms read once when it opened, instead of reading the form
    // every time, takes today's date from then too, and reuses its prepared statements. Open it
    // inside the transaction, after the transaction's last change to forms.
    class Batch final
    {
    public:
        // *error and !isActive() when the forms cannot be read.
        explicit Batch(PupilStore& store, QString* error = nullptr);
        ~Batch();
        Q_DISABLE_COPY_MOVE(Batch)

        bool isActive() const { return m_active; }

    private:
        friend class PupilStore;

        PupilStore& m_store;
        QHash<qint64, Form> m_forms;
        QDate m_today = QDate::currentDate();
        QSqlQuery m_insert;
        QSqlQuery m_update;
        bool m_active = false;
    };

    static QString genderCode(Gender gender); // F, M, X
    static std::optional<Gender> genderFromCode(const QString& code);
    static QString genderName(Gender gender);
    static QString statusCode(Pupil::Status status); // on_roll, left
    static QString statusName(Pupil::Status status);

    // Everything that can be checked without the vault; save() adds uniqueness and the form.
    static bool validate(const Pupil& pupil, QString* error = nullptr);
    // The same on a given day, to check many pupils without asking the system clock for each.
    static bool validate(const Pupil& pupil, const QDate& today, QString* error = nullptr);
    // WritePeople. Assigns pupil.id on insert.
    bool save(Pupil& pupil, QString* error = nullptr);
    // WritePeople. Their parents and agreements go with them.
    bool remove(qint64 id, QString* error = nullptr);
    // ReadPeople.
    Result<Pupil> find(qint64 id) const;
    // ReadPeople. Sorted by year group, form, surname and forename.
    Result<QList<Pupil>> list(const PupilFilter& filter = {}) const;
    // ReadPeople. Everyone, leavers too.
    Result<int> count() const;

private:
    Result<Form> form(qint64 id) const;

    Vault& m_vault;
    Batch* m_batch = nullptr;
};
