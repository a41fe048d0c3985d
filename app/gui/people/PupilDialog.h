#pragma once

#include "records/PupilStore.h"

#include <QDialog>

#include <memory>

class Vault;

namespace Ui {
class PupilDialog;
}

// Adds or edits one pupil. Save asks the PupilStore; a refusal is shown under the form and the
// dialog stays open, so nothing typed is lost.
class PupilDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PupilDialog)
public:
    explicit PupilDialog(Vault& vault, QWidget* parent = nullptr);
    ~PupilDialog() override;

    void setPupil(const Pupil& pupil);
    // For a new pupil: the year group (and form) the list was showing.
    void setSuggestedYearGroup(const YearGroup& year, qint64 formId = 0);
    // For a role that may read pupils but not change them: the pupil set last is shown with Close only.
    void setReadOnly();
    // The pupil as last saved, with its id.
    const Pupil& pupil() const { return m_pupil; }

    // The academic year the date of birth is checked against; the current one by default.
    void setAcademicStartYear(int startYear);

public Q_SLOTS:
    void save();

private:
    void selectYearGroup(const YearGroup& year);
    YearGroup chosenYearGroup() const;
    void reloadForms(qint64 selectFormId);
    void checkUpn(bool finished);
    void updateYearNote();
    void updateDestination();
    Pupil pupilFromFields() const;

    const std::unique_ptr<Ui::PupilDialog> m_ui;
    Vault& m_vault;
    Pupil m_pupil;
    int m_academicStartYear;
};
