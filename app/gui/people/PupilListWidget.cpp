#include "PupilListWidget.h"

#include "ui_PupilListWidget.h"

#include "PupilTableModel.h"
#include "people/ImportWizard.h"
#include "people/PupilDialog.h"
#include "records/FormStore.h"
#include "records/PupilStore.h"
#include "records/Rollover.h"
#include "storage/Vault.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>

PupilListWidget::PupilListWidget(Vault& vault, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PupilListWidget>())
    , m_vault(vault)
    , m_model(new PupilTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_editable(vault.can(Permission::WritePeople))
{
    m_ui->setupUi(this);
    // Nothing is offered that the store would refuse.
    m_ui->addButton->setVisible(m_editable);
    m_ui->editButton->setVisible(m_editable);
    m_ui->viewButton->setVisible(!m_editable);
    m_ui->importButton->setVisible(m_editable);
    m_ui->exportButton->setVisible(vault.can(Permission::ReadPeople));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PupilTableModel::SortRole);
    m_ui->pupilsTableView->setModel(m_proxy);
    // Office lists are read down many rows: keep them close, and the headings over their text.
    m_ui->pupilsTableView->verticalHeader()->setDefaultSectionSize(
        m_ui->pupilsTableView->fontMetrics().height() + 8);
    m_ui->pupilsTableView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_ui->pupilsTableView->sortByColumn(PupilTableModel::Surname, Qt::AscendingOrder);

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
    connect(m_ui->addButton, &QPushButton::clicked, this, &PupilListWidget::addPupil);
    connect(m_ui->editButton, &QPushButton::clicked, this, &PupilListWidget::editSelectedPupil);
    connect(m_ui->viewButton, &QPushButton::clicked, this, &PupilListWidget::viewSelectedPupil);
    connect(m_ui->importButton, &QPushButton::clicked, this, &PupilListWidget::importPupils);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &PupilListWidget::exportPupils);
    connect(m_ui->pupilsTableView, &QTableView::doubleClicked, this,
            [this] { openSelectedPupil(m_editable); });
    connect(m_ui->pupilsTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PupilListWidget::updateActions);
    // A reset clears the selection without a selectionChanged signal.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PupilListWidget::updateActions);

    reload();
}

PupilListWidget::~PupilListWidget() = default;

void PupilListWidget::reload()
{
    // Once the pupils have moved up into next year, ahead of 1 September, their ages are checked
    // against that year, or every child would seem a year ahead of their age.
    m_model->setAcademicStartYear(std::max(Rollover::currentYear(m_vault).startYear(),
                                           AcademicYear::containing(QDate::currentDate()).startYear()));
    reloadForms();
    reloadPupils();
}

int PupilListWidget::shownCount() const
{
    return m_proxy->rowCount();
}

void PupilListWidget::reloadForms()
{
    const QVariant year = m_ui->yearComboBox->currentData();
    const qint64 chosenForm = m_ui->formComboBox->currentData().toLongLong();
    const QSignalBlocker blocker(m_ui->formComboBox);
    m_ui->formComboBox->clear();
    m_ui->formComboBox->addItem(tr("All forms"), 0);
    QString error;
    const QList<Form> forms = FormStore(m_vault).all(&error);
    for (const Form& form : forms)
        if (!year.isValid() || form.yearGroup.ordinal() == year.toInt())
            m_ui->formComboBox->addItem(form.name, form.id);
    m_ui->formComboBox->setCurrentIndex(std::max(0, m_ui->formComboBox->findData(chosenForm)));
    m_ui->formComboBox->setEnabled(m_ui->formComboBox->count() > 1);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Forms"), error);
}

void PupilListWidget::reloadPupils()
{
    PupilFilter filter;
    filter.text = m_ui->searchLineEdit->text();
    if (const QVariant year = m_ui->yearComboBox->currentData(); year.isValid())
        filter.yearGroup = YearGroup::fromOrdinal(year.toInt());
    filter.formId = m_ui->formComboBox->currentData().toLongLong();
    filter.includeLeavers = m_ui->showLeaversCheckBox->isChecked();

    const qint64 selected = selectedPupilId();
    QString error;
    m_model->setPupils(PupilStore(m_vault).list(filter, &error));
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Pupils"), error);

    // Sized once, on the first pupils shown, so the columns do not jump as the search narrows.
    if (!m_columnsSized && m_model->rowCount() > 0) {
        m_ui->pupilsTableView->resizeColumnsToContents();
        m_columnsSized = true;
    }
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
    if (selected > 0)
        selectPupil(selected);

    const int shown = m_proxy->rowCount();
    m_ui->countLabel->setText(shown == 1 ? tr("1 pupil") : tr("%n pupils", nullptr, shown));
    updateActions();
}

void PupilListWidget::selectPupil(qint64 pupilId)
{
    const int row = m_model->rowOf(pupilId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_ui->pupilsTableView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                        QItemSelectionModel::Rows);
    m_ui->pupilsTableView->scrollTo(index);
}

qint64 PupilListWidget::selectedPupilId() const
{
    const QModelIndexList rows = m_ui->pupilsTableView->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(PupilTableModel::IdRole).toLongLong();
}

void PupilListWidget::updateActions()
{
    const bool selected = selectedPupilId() > 0;
    m_ui->editButton->setEnabled(selected);
    m_ui->viewButton->setEnabled(selected);
}

void PupilListWidget::addPupil()
{
    if (!m_editable)
        return;
    PupilDialog dialog(m_vault, this);
    dialog.setAcademicStartYear(m_model->academicStartYear());
    if (const QVariant year = m_ui->yearComboBox->currentData(); year.isValid())
        dialog.setSuggestedYearGroup(YearGroup::fromOrdinal(year.toInt()).value_or(YearGroup()),
                                     m_ui->formComboBox->currentData().toLongLong());
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectPupil(dialog.pupil().id);
}

void PupilListWidget::editSelectedPupil()
{
    openSelectedPupil(true);
}

void PupilListWidget::viewSelectedPupil()
{
    openSelectedPupil(false);
}

void PupilListWidget::openSelectedPupil(bool editing)
{
    editing = editing && m_editable;
    const qint64 id = selectedPupilId();
    if (id <= 0)
        return;
    QString error;
    const std::optional<Pupil> pupil = PupilStore(m_vault).find(id, &error);
    if (!pupil) {
        QMessageBox::warning(this, editing ? tr("Edit pupil") : tr("Pupil"), error);
        reload();
        return;
    }
    PupilDialog dialog(m_vault, this);
    dialog.setAcademicStartYear(m_model->academicStartYear());
    dialog.setPupil(*pupil);
    if (!editing) {
        dialog.setReadOnly();
        dialog.exec();
        return;
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectPupil(id);
}

void PupilListWidget::importPupils()
{
    if (!m_editable)
        return;
    ImportWizard wizard(m_vault, RollKind::Pupils, this);
    wizard.exec();
    reload();
}

void PupilListWidget::exportPupils()
{
    ExportOptions options;
    options.includeLeavers = m_ui->showLeaversCheckBox->isChecked();
    exportRollAs(m_vault, RollKind::Pupils, options, this);
}
