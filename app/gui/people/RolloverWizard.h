#pragma once

#include "records/Rollover.h"

#include <QWizard>

#include <memory>

class QSortFilterProxyModel;
class RolloverFormsModel;
class RolloverPupilsModel;
class Vault;

namespace Ui {
class RolloverWizard;
}

// The new academic year, for an administrator: the year and its terms, the forms' new names,
// a preview of every pupil's move that the office can change (held back, moved on, leaving),
// a summary, then Rollover::apply() after a backup. Nothing is written before the summary page.
class RolloverWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RolloverWizard)
public:
    enum Page
    {
        YearPage,
        FormsPage,
        PreviewPage,
        SummaryPage,
        ResultPage
    };

    explicit RolloverWizard(Vault& vault, QWidget* parent = nullptr);
    ~RolloverWizard() override;

    // The plan as edited so far; empty when none could be made (the year page says why).
    const std::optional<RolloverPlan>& plan() const { return m_plan; }
    bool applied() const { return m_applied; }
    QString backupFile() const { return m_backupFile; }
    // The summary page's text, which is also what the wizard says before applying.
    QString summary() const;

    bool validateCurrentPage() override;

protected:
    void initializePage(int id) override;

private:
    void replan();
    void fillTerms();
    QList<Term> termsFromTable() const;
    void addTerm();
    void removeTerm();
    void addForm();
    void removeForm();
    void fillPreviewForms();
    void filterPreview();
    void updatePreviewSummary();
    void updateFormButtons();
    QList<int> selectedPupils() const;
    void holdBackSelected();
    void moveUpSelected();
    void markSelectedLeaving();
    bool applyPlan();

    const std::unique_ptr<Ui::RolloverWizard> m_ui;
    Vault& m_vault;
    std::optional<RolloverPlan> m_plan;
    QString m_planError;
    RolloverFormsModel* m_formsModel;
    RolloverPupilsModel* m_pupilsModel;
    QSortFilterProxyModel* m_pupilsProxy;
    bool m_applied = false;
    QString m_backupFile;
};
