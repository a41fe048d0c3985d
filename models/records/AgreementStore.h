#pragma once

#include "domain/AcademicYear.h"
#include "domain/Result.h"
#include "domain/YearGroup.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class Vault;

// Who an Acceptable Use Policy is written for.
enum class AupAudience
{
    PupilKs1, // Years 1-2: short, in a child's words, signed with a mark
    PupilKs2, // Years 3-6, or up to Year 8 where the school runs so
    Staff,    // signed at induction, before using school systems
    Visitor,  // visitors and volunteers
};

// Who signs an agreement: set per year group for pupils; staff and visitors sign for themselves.
enum class AupSigners
{
    Pupil,
    Parent,
    PupilAndParent,
    Self,
};

// Not issued is the absence of an agreement.
enum class AgreementState
{
    Issued,       // sent out, nothing back
    PartlySigned, // back with some, not all, of the signatures it needs
    Complete,
    Declined, // the parent or pupil refused to sign
};

// The text of one version of an agreement. A template belongs to an academic year; changing its
// text after an agreement was issued against it makes a new version and leaves the old one as it
// was, so every signature stays bound to the words that were signed.
struct AupTemplate
{
    qint64 id = 0;
    AcademicYear year;
    AupAudience audience = AupAudience::PupilKs2;
    int version = 1;
    QString title;
    QString body; // plain text; blank lines separate paragraphs, lines starting "- " are bullets
    QDateTime createdAt;
};

// Which year groups get which template, and who signs.
struct AupRule
{
    YearGroup yearGroup;
    AupAudience audience = AupAudience::PupilKs2;
    AupSigners signers = AupSigners::PupilAndParent;
};

struct Agreement
{
    qint64 id = 0;
    QString code; // printed as a QR code and as text, e.g. "AUP-K7QD-26-000123-X"
    qint64 templateId = 0;
    int templateVersion = 0;
    AupAudience audience = AupAudience::PupilKs2;
    AcademicYear year;
    AupSigners signers = AupSigners::PupilAndParent;
    qint64 pupilId = 0; // one of pupilId and staffId is set
    qint64 staffId = 0;
    QString surname; // read with the agreement, for display and ordering
    QString forename;
    QString formName; // pupils only
    YearGroup yearGroup;
    AgreementState state = AgreementState::Issued;
    bool pupilSigned = false;
    bool parentSigned = false;
    QString parentName; // the parent or carer who signed, when recorded
    QDate returnedOn;   // staff: the date signed
    QDateTime issuedAt;

    QString personName() const { return forename + QLatin1Char(' ') + surname; }
};

struct AgreementFilter
{
    AcademicYear year;
    bool pupils = true;           // false: staff agreements
    qint64 formId = 0;            // 0: every form
    bool outstandingOnly = false; // Issued and PartlySigned only
};

// What came back with a form.
struct AgreementReturn
{
    bool pupilSigned = false;
    bool parentSigned = false;
    bool declined = false;
    QString parentName;
    QDate returnedOn = QDate::currentDate();
};

struct IssueSummary
{
    int issued = 0;     // new agreements made by this run
    int alreadyHad = 0; // pupils in covered years who already had one for the year
    int notCovered = 0; // on-roll pupils in year groups no rule covers (Nursery, Reception)
};

// Returns by form (or by year group when formName is empty).
struct AgreementCoverage
{
    QString formName;
    YearGroup yearGroup;
    int issued = 0;
    int complete = 0;
    int partly = 0;
    int declined = 0;
    int outstanding() const { return issued - complete - declined; }
    double percentReturned() const { return issued == 0 ? 0.0 : 100.0 * (complete + declined) / issued; }
};

// A current member of staff and their staff agreement for the year, if they have signed one.
struct StaffAupStatus
{
    qint64 staffId = 0;
    QString name;
    QString category;
    std::optional<Agreement> signedAgreement;
};

// AUP templates, the year-group rules, the agreements issued to pupils and staff, and their returns.
// Reading needs ReadPeople; anything that changes needs WritePeople. Every change is audited.
class AgreementStore final
{
    Q_DECLARE_TR_FUNCTIONS(AgreementStore)
public:
    explicit AgreementStore(Vault& vault);

    static QString audienceCode(AupAudience audience); // pupil_ks1, pupil_ks2, staff, visitor
    static std::optional<AupAudience> audienceFromCode(const QString& code);
    static QString audienceName(AupAudience audience); // "Pupils, Years 1–2", ...
    static QList<AupAudience> audiences();
    static QString signersCode(AupSigners signers); // pupil, parent, both, self
    static std::optional<AupSigners> signersFromCode(const QString& code);
    static QString signersName(AupSigners signers);
    static QString stateName(AgreementState state); // "Issued", "Partly signed", ...
    static QString stateCode(AgreementState state); // issued, partly_signed, complete, declined
    static std::optional<AgreementState> stateFromCode(const QString& code);
    // Lanyard's own text for each audience, written from the schools' e-safety policies
    // (resources/aup/<audienceCode>.txt).
    static AupTemplate defaultTemplate(AupAudience audience);
    // Year 1 up: KS1 wording for Years 1-2, KS2 wording for Years 3-8; pupil and parent sign.
    static QList<AupRule> defaultRules();

    // ReadPeople. The newest version of each audience's template for the year. A year with none yet
    // gets the previous year's newest text, or Lanyard's defaults, as its version 1 (saved when the
    // role may write; a role that may only read sees it with id 0).
    Result<QList<AupTemplate>> templates(const AcademicYear& year);
    Result<AupTemplate> currentTemplate(const AcademicYear& year, AupAudience audience);
    // ReadPeople.
    Result<AupTemplate> templateById(qint64 id) const;
    // ReadPeople. Every version of one audience's template for the year, oldest first.
    Result<QList<AupTemplate>> versions(const AcademicYear& year, AupAudience audience) const;
    // WritePeople. Saves new text for the audience's template. Edits the newest version in place
    // while nothing has been issued against it; otherwise adds a new version. Sets templ.id and
    // templ.version.
    bool saveTemplate(AupTemplate& templ, QString* error = nullptr);

    // ReadPeople. The school's rules for the year: those last set for it or an earlier year, else
    // the defaults.
    Result<QList<AupRule>> rules(const AcademicYear& year) const;
    // WritePeople.
    bool setRules(const AcademicYear& year, const QList<AupRule>& rules, QString* error = nullptr);

    // WritePeople. One agreement per on-roll pupil in the covered year groups, bound to the current
    // version of their template. Pupils who already have one for the year are left alone, so a
    // second run reaches only new joiners. One transaction; each agreement gets its own audit entry.
    Result<IssueSummary> issuePupils(const AcademicYear& year);
    // WritePeople. A staff member signs the current staff template at induction; visitors,
    // volunteers and contractors the visitors' one. Once a year: a second signing for the year is
    // refused.
    Result<Agreement> recordStaffSigned(qint64 staffId, const AcademicYear& year, const QDate& signedOn);

    // ReadPeople. Sorted by form (year group, then name), then surname and forename; staff by
    // surname. Pupils who have left are listed for a year only if they were on roll to the end of
    // its last term.
    Result<QList<Agreement>> list(const AgreementFilter& filter) const;
    // ReadPeople.
    Result<Agreement> find(qint64 id) const;
    // ReadPeople. Accepts the code as printed or as a scanner types it (case, spaces and dashes
    // forgiven). Refuses, saying which, what is not a code, a misread one, and another school's.
    Result<Agreement> findByCode(const QString& code) const;

    // WritePeople. Marks a pupil agreement returned. Refuses, with a message naming the pupil where
    // it can, a code that is unknown, from another school, from another academic year than `year`,
    // or already complete or declined. A partly signed form may be scanned again when it comes back
    // complete: signatures already recorded are kept. A return with none of the signatures the
    // agreement needs, and not declined, is refused. Returns the agreement as now recorded.
    Result<Agreement> recordReturn(const QString& code, const AcademicYear& year,
                                   const AgreementReturn& details);

    // ReadPeople or ReadReports (a governor): figures without names. Pupils without a form are
    // counted by year group under "No form".
    Result<QList<AgreementCoverage>> coverageByForm(const AcademicYear& year) const;
    Result<QList<AgreementCoverage>> coverageByYearGroup(const AcademicYear& year) const;
    // ReadPeople. Every current member of staff, sorted by surname, with their signed agreement for
    // the year.
    Result<QList<StaffAupStatus>> staffStatus(const AcademicYear& year) const;

private:
    Vault& m_vault;
};
