#include "StaffDialog.h"

#include "widgets/OptionalDate.h"
#include "widgets/ReadOnlyForm.h"

#include "ui_StaffDialog.h"

#include "storage/Vault.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

StaffDialog::StaffDialog(Vault& vault, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::StaffDialog>())
    , m_vault(vault)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Add member of staff"));
    m_ui->errorLabel->hide();

    for (StaffCategory category : StaffStore::categories())
        m_ui->categoryComboBox->addItem(StaffStore::categoryName(category), int(category));
    for (const auto& [checkBox, role] : roleCheckBoxes())
        checkBox->setText(StaffStore::roleName(role));
    // The role names are short; the full title helps whoever is not sure what DSL stands for.
    m_ui->dslCheckBox->setToolTip(tr("Designated Safeguarding Lead"));

    OptionalDate::setUp(m_ui->startsOnDateEdit);
    OptionalDate::setUp(m_ui->leavesOnDateEdit);

    m_ui->buttonBox->button(QDialogButtonBox::Save)->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &StaffDialog::save);
}

StaffDialog::~StaffDialog() = default;

QList<std::pair<QCheckBox*, StaffRole>> StaffDialog::roleCheckBoxes() const
{
    return {{m_ui->dslCheckBox, StaffRole::Dsl},
            {m_ui->deputyDslCheckBox, StaffRole::DeputyDsl},
            {m_ui->onlineSafetyCoordinatorCheckBox, StaffRole::OnlineSafetyCoordinator},
            {m_ui->headCheckBox, StaffRole::Head},
            {m_ui->itCheckBox, StaffRole::It}};
}

void StaffDialog::setReadOnly()
{
    setWindowTitle(tr("Member of staff: %1").arg(m_member.fullName()));
    ReadOnlyForm::apply(this, m_ui->buttonBox);
}

void StaffDialog::setMember(const StaffMember& member)
{
    m_member = member;
    setWindowTitle(member.id > 0 ? tr("Edit member of staff: %1").arg(member.fullName())
                                 : tr("Add member of staff"));
    m_ui->titleLineEdit->setText(member.title);
    m_ui->forenameLineEdit->setText(member.forename);
    m_ui->surnameLineEdit->setText(member.surname);
    m_ui->emailLineEdit->setText(member.email);
    m_ui->categoryComboBox->setCurrentIndex(m_ui->categoryComboBox->findData(int(member.category)));
    for (const auto& [checkBox, role] : roleCheckBoxes())
        checkBox->setChecked(member.roles.testFlag(role));
    OptionalDate::set(m_ui->startsOnDateEdit, member.startsOn);
    OptionalDate::set(m_ui->leavesOnDateEdit, member.leavesOn);
    m_ui->errorLabel->hide();
}

StaffMember StaffDialog::memberFromFields() const
{
    StaffMember m = m_member;
    m.title = m_ui->titleLineEdit->text().trimmed();
    m.forename = m_ui->forenameLineEdit->text().trimmed();
    m.surname = m_ui->surnameLineEdit->text().trimmed();
    m.email = m_ui->emailLineEdit->text().trimmed();
    m.category = static_cast<StaffCategory>(m_ui->categoryComboBox->currentData().toInt());
    m.roles = {};
    for (const auto& [checkBox, role] : roleCheckBoxes())
        m.roles.setFlag(role, checkBox->isChecked());
    m.startsOn = OptionalDate::value(m_ui->startsOnDateEdit);
    m.leavesOn = OptionalDate::value(m_ui->leavesOnDateEdit);
    return m;
}

void StaffDialog::save()
{
    StaffMember m = memberFromFields();
    QString error;
    if (!StaffStore(m_vault).save(m, &error)) {
        m_ui->errorLabel->setText(error);
        m_ui->errorLabel->show();
        return;
    }
    m_member = m;
    accept();
}
