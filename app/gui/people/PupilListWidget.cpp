#include "PupilListWidget.h"

#include "ui_PupilListWidget.h"

#include "PupilTableModel.h"
#include "people/PupilDialog.h"
#include "records/FormStore.h"
#include "records/PupilStore.h"
#include "records/Rollover.h"
#include "storage/Vault.h"

#include <QMessageBox>
#include <QSignalBlocker>

PupilListWidget::PupilListWidget(Vault& vault, QWidget* parent)
    : RecordListSection(vault, RollKind::Pupils, parent)
    , m_ui(std::make_unique<Ui::PupilListWidget>())
    , m_model(new PupilTableModel(this))
{
    m_ui->setupUi(this);
    setUpSection({m_ui->pupilsTableView, m_ui->searchLineEdit, m_ui->showLeaversCheckBox, m_ui->countLabel,
                  m_ui->addButton, m_ui->editButton, m_ui->viewButton, m_ui->importButton,
                  m_ui->exportButton},
                 m_model, PupilTableModel::SortRole, PupilTableModel::IdRole, PupilTableModel::Surname);

    m_ui->yearComboBox->addItem(tr("All years"));
    for (const YearGroup& year : YearGroup::all())
        m_ui->yearComboBox->addItem(year.displayName(), year.ordinal());

    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, &PupilListWidget::reloadPupils);
    connect(m_ui->yearComboBox, &QComboBox::currentIndexChanged, this, [this] {
        reloadForms();
        reloadPupils();
    });
    connect(m_ui->formComboBox, &QComboBox::currentIndexChanged, this, &PupilListWidget::reloadPupils);
    connect(m_ui->showLeaversCheckBox, &QCheckBox::toggled, this, &PupilListWidget::reloadPupils);

    reload();
}

PupilListWidget::~PupilListWidget() = default;

void PupilListWidget::reload()
{
    // Once the pupils have moved up into next year, ahead of 1 September, their ages are checked
    // against that year, or every child would seem a year ahead of their age.
    m_model->setAcademicStartYear(std::max(Rollover::currentYear(vault()).startYear(),
                                           AcademicYear::containing(QDate::currentDate()).startYear()));
    reloadForms();
    reloadPupils();
}

QString PupilListWidget::countText(int shown) const
{
    return shown == 1 ? tr("1 pupil") : tr("%n pupils", nullptr, shown);
}

void PupilListWidget::reloadForms()
{
    const QVariant year = m_ui->yearComboBox->currentData();
    const qint64 chosenForm = m_ui->formComboBox->currentData().toLongLong();
    const QSignalBlocker blocker(m_ui->formComboBox);
    m_ui->formComboBox->clear();
    m_ui->formComboBox->addItem(tr("All forms"), 0);
    const auto forms = FormStore(vault()).list();
    for (const Form& form : forms.valueOr({}))
        if (!year.isValid() || form.yearGroup.ordinal() == year.toInt())
            m_ui->formComboBox->addItem(form.name, form.id);
    m_ui->formComboBox->setCurrentIndex(std::max(0, m_ui->formComboBox->findData(chosenForm)));
    m_ui->formComboBox->setEnabled(m_ui->formComboBox->count() > 1);
    if (!forms)
        QMessageBox::warning(this, tr("Forms"), forms.error());
}

void PupilListWidget::reloadPupils()
{
    PupilFilter filter;
    filter.text = m_ui->searchLineEdit->text();
    if (const QVariant year = m_ui->yearComboBox->currentData(); year.isValid())
        filter.yearGroup = YearGroup::fromOrdinal(year.toInt());
    filter.formId = m_ui->formComboBox->currentData().toLongLong();
    filter.includeLeavers = m_ui->showLeaversCheckBox->isChecked();

    refill([&] {
        const auto pupils = PupilStore(vault()).list(filter);
        m_model->setPupils(pupils.valueOr({}));
        if (!pupils)
            QMessageBox::warning(this, tr("Pupils"), pupils.error());
    });

    // Leavers stay in the vault but off the roll: their columns show only with them.
    for (int column : {PupilTableModel::Status, PupilTableModel::LeftOn, PupilTableModel::Destination})
        m_ui->pupilsTableView->setColumnHidden(column, !filter.includeLeavers);
    // Their columns, and the longer names of the forms they left from, are sized when first shown.
    if (filter.includeLeavers && !m_leaverColumnsSized && m_model->rowCount() > 0) {
        for (int column : {PupilTableModel::Form, PupilTableModel::Status, PupilTableModel::LeftOn,
                           PupilTableModel::Destination})
            m_ui->pupilsTableView->resizeColumnToContents(column);
        m_leaverColumnsSized = true;
    }
}

qint64 PupilListWidget::addInDialog()
{
    PupilDialog dialog(vault(), this);
    dialog.setAcademicStartYear(m_model->academicStartYear());
    if (const QVariant year = m_ui->yearComboBox->currentData(); year.isValid())
        dialog.setSuggestedYearGroup(YearGroup::fromOrdinal(year.toInt()).value_or(YearGroup()),
                                     m_ui->formComboBox->currentData().toLongLong());
    return dialog.exec() == QDialog::Accepted ? dialog.pupil().id : 0;
}

RecordListSection::Opened PupilListWidget::openInDialog(qint64 id, bool editing)
{
    const auto pupil = PupilStore(vault()).find(id);
    if (!pupil)
        return cannotOpen(editing ? tr("Edit pupil") : tr("Pupil"), pupil.error());
    PupilDialog dialog(vault(), this);
    dialog.setAcademicStartYear(m_model->academicStartYear());
    dialog.setPupil(*pupil);
    return runDialog(dialog, editing);
}
