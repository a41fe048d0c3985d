#include "StaffAupDialog.h"

#include "ui_StaffAupDialog.h"

#include "records/AgreementStore.h"

#include <QPushButton>

#include <algorithm>

StaffAupDialog::StaffAupDialog(Vault& vault, const StaffMember& member, const AcademicYear& year,
                               QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::StaffAupDialog>())
    , m_vault(vault)
    , m_member(member)
    , m_year(year)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    m_ui->introLabel->setText(tr("Record that %1 has signed the Acceptable Use Policy for %2.")
                                  .arg(member.fullName(), year.name()));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    // A signature for this year, and none in the future.
    const QDate today = QDate::currentDate();
    m_ui->signedOnDateEdit->setDateRange(year.firstDay(), std::min(today, year.lastDay()));
    m_ui->signedOnDateEdit->setDate(today);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &StaffAupDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &StaffAupDialog::reject);
}

StaffAupDialog::~StaffAupDialog() = default;

void StaffAupDialog::accept()
{
    const auto recorded =
        AgreementStore(m_vault).recordStaffSigned(m_member.id, m_year, m_ui->signedOnDateEdit->date());
    if (!recorded) {
        m_ui->errorLabel->setText(recorded.error());
        m_ui->errorLabel->show();
        return;
    }
    QDialog::accept();
}
