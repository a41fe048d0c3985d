#pragma once

#include "io/RollExport.h"
#include "io/RollImport.h"

#include <QWizard>
#include <QWizardPage>

#include <atomic>
#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class Vault;

namespace Ui {
class ImportWizard;
}

// A wizard page that may go on only when its wizard says so: a file that could not be read, a
// required field without a column or a file with problems keeps Next greyed out.
class ImportWizardPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizardPage)
public:
    using QWizardPage::QWizardPage;

    bool isComplete() const override { return m_complete && QWizardPage::isComplete(); }
    void setComplete(bool complete);

private:
    bool m_complete = true;
};

// Imports pupils or staff from a school MIS's CSV file, for a role that may change people
// (Permission::WritePeople): the file and its encoding, with the first rows as read; the columns
// matched to Lanyard's fields; the check, which lists every problem and goes no further, or shows
// what will change and asks about the people missing from the file; then the import itself, in one
// transaction, with a Cancel that leaves the vault as it was. Nothing is written before the last
// step but the confirmed column mapping, which is remembered for the next file of the same shape.
class ImportWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizard)
public:
    enum Page
    {
        FilePage,
        MappingPage,
        CheckPage,
        ResultPage
    };

    ImportWizard(Vault& vault, RollKind kind, QWidget* parent = nullptr);
    ~ImportWizard() override;

    RollKind kind() const { return m_kind; }

    // Reads the file (as the chosen encoding, or as detected when the file is new) and shows its
    // first rows; false, with the reason on the page, when it cannot be read.
    bool openFile(const QString& path);
    QString fileName() const { return m_path; }
    CsvEncoding detectedEncoding() const { return m_detected; }
    // The encoding the file is read as: the detected one unless the user chose the other.
    CsvEncoding encoding() const;
    void setEncoding(CsvEncoding encoding);

    const HeaderMapping& mapping() const { return m_mapping; }
    bool mappingWasRemembered() const { return m_mappingRemembered; }
    const std::optional<RollImport::Plan>& plan() const { return m_plan; }
    // Every problem of the checked file, a line each, as "Save this list…" writes them.
    QString problemsText() const;
    bool saveProblems(const QString& path, QString* error = nullptr) const;

    // Where "Save this list…" writes: given the suggested path, the path chosen, or empty to cancel.
    // A file dialog asks, unless a test answers instead.
    void setSaveLocationChooser(std::function<QString(const QString& suggestedPath)> choose);

    ImportOptions options() const;
    bool applied() const { return m_applied; }
    bool cancelled() const { return m_cancelled; }
    const ImportSummary& summary() const { return m_summary; }

    bool validateCurrentPage() override;

public Q_SLOTS:
    void browse();
    void saveProblemsAs();
    void reject() override;

Q_SIGNALS:
    // While the import runs: rows written so far, of how many.
    void progressed(int done, int total);

protected:
    void initializePage(int id) override;

private:
    void reread();
    void showPreview();
    void buildMappingRows();
    void showMapping();
    void checkFile();
    void showProblems();
    void showPlanSummary();
    bool applyPlan();
    QString kindName() const;

    const std::unique_ptr<Ui::ImportWizard> m_ui;
    Vault& m_vault;
    const RollKind m_kind;
    QString m_path;
    CsvEncoding m_detected = CsvEncoding::Utf8;
    std::optional<CsvDocument> m_document;
    RollTable m_table;
    HeaderMapping m_mapping;
    bool m_mappingRemembered = false;
    QList<QComboBox*> m_columnComboBoxes; // by position in HeaderMapping::fields(kind)
    QList<QLabel*> m_exampleLabels;
    std::optional<RollImport::Plan> m_plan;
    std::atomic_bool m_cancel = false;
    bool m_applying = false;
    bool m_applied = false;
    bool m_cancelled = false;
    ImportSummary m_summary;
    std::function<QString(const QString&)> m_chooseSaveLocation;
};

// Export… on the pupil and staff lists, the way back out: asks where to save (pupils-YYYY-MM-DD.csv
// by default), writes the roll through RollExport, and tells the user plainly that the file is
// personal data outside the vault. False when cancelled or refused (the user has been told why).
// chooseLocation, given the suggested path, returns the path chosen or empty to cancel; a file
// dialog asks when there is none.
bool exportRollAs(Vault& vault, RollKind kind, const ExportOptions& options, QWidget* parent,
                  const std::function<QString(const QString& suggestedPath)>& chooseLocation = {});
