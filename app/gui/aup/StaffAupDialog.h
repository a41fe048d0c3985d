#pragma once

#include "domain/AcademicYear.h"
#include "records/StaffStore.h"

#include <QDialog>

#include <memory>

class Vault;

namespace Ui {
class StaffAupDialog;
}

// Records that a member of staff signed their Acceptable Use Policy for the year (the staff one, or
// the visitors' one for visitors, volunteers and contractors), on a date between the first day of
// that year and today. A refusal is shown in the dialog, which stays open.
class StaffAupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaffAupDialog)
public:
    StaffAupDialog(Vault& vault, const StaffMember& member, const AcademicYear& year,
                   QWidget* parent = nullptr);
    ~StaffAupDialog() override;

public Q_SLOTS:
    void accept() override;

private:
    const std::unique_ptr<Ui::StaffAupDialog> m_ui;
    Vault& m_vault;
    const StaffMember m_member;
    const AcademicYear m_year;
};
