#pragma once

#include "ReportDocument.h"
#include "domain/AcademicYear.h"

#include <QCoreApplication>

#include <optional>
#include <span>

class Vault;
struct Agreement;
struct AupTemplate;

struct AupPackOptions
{
    AcademicYear year;
    qint64 formId = 0; // 0: the whole school
};

// The AUP round on paper. Every page names pupils or staff, so each builder first checks that the
// signed-in role may take lists of people out of the vault (ExportPeople), then reads the stores
// (which check ReadPeople) and returns the document, laid out when it is written or previewed.
class AupReports final
{
    Q_DECLARE_TR_FUNCTIONS(AupReports)
public:
    // The Michaelmas pack, ordered by form and then surname so it can be handed out straight from
    // the printer: for each form its class signing sheet, then one agreement per pupil with their
    // name, form and year, the text of the version issued to them, the signatures it needs and its
    // code as a QR code and in text.
    static std::optional<ReportDocument> pack(Vault& vault, const AupPackOptions& options,
                                              QString* error = nullptr);
    // The outstanding returns, a page per form for its teacher to chase, after a summary by form.
    static std::optional<ReportDocument> chaseList(Vault& vault, const AcademicYear& year, qint64 formId = 0,
                                                   QString* error = nullptr);
    // The staff agreement as issued this year and the staff signing sheet: every current member of
    // staff, the date their signature was recorded, and room to sign for those who have not.
    static std::optional<ReportDocument> staffAup(Vault& vault, const AcademicYear& year,
                                                  QString* error = nullptr);

private:
    // The two parts of the pack: a form's class signing sheet, for the agreements issued to its
    // pupils, and one pupil's agreement form, in the words of the template it was issued with.
    static void classSigningSheet(ReportDocument& doc, Vault& vault, const AcademicYear& year,
                                  std::span<const Agreement> form);
    static void agreementForm(ReportDocument& doc, const Agreement& agreement, const AupTemplate& templ,
                              const AcademicYear& year);
};
