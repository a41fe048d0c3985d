#include "StaffListWidget.h"

#include "ui_StaffListWidget.h"

#include "StaffTableModel.h"
#include "aup/StaffAupDialog.h"
#include "people/ImportWizard.h"
#include "people/StaffDialog.h"
#include "records/AgreementStore.h"
#include "records/PupilStore.h" // foldForSearch
#include "storage/Vault.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// The model says which cells need the office to act; how that looks is the screen's business.
class AttentionDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!index.data(StaffTableModel::AttentionRole).toBool())
            return;
        option->palette.setColor(QPalette::Text, QColor(0xb3, 0x26, 0x1e));
        option->font.setBold(true);
    }
};
} // namespace

StaffListWidget::StaffListWidget(Vault& vault, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::StaffListWidget>())
    , m_vault(vault)
    , m_model(new StaffTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_editable(vault.can(Permission::WritePeople))
{
    m_ui->setupUi(this);
    // Nothing is offered that the store would refuse.
    m_ui->addButton->setVisible(m_editable);
    m_ui->editButton->setVisible(m_editable);
    m_ui->viewButton->setVisible(!m_editable);
    m_ui->importButton->setVisible(m_editable);
    m_ui->recordAupButton->setVisible(m_editable);
    m_ui->exportButton->setVisible(vault.can(Permission::ReadPeople));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(StaffTableModel::SortRole);
    m_ui->staffTableView->setModel(m_proxy);
    // Office lists are read down many rows: keep them close, and the headings over their text.
    m_ui->staffTableView->verticalHeader()->setDefaultSectionSize(
        m_ui->staffTableView->fontMetrics().height() + 8);
    m_ui->staffTableView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_ui->staffTableView->sortByColumn(StaffTableModel::Name, Qt::AscendingOrder);
    m_ui->staffTableView->setItemDelegateForColumn(StaffTableModel::Aup,
                                                   new AttentionDelegate(m_ui->staffTableView));

    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, &StaffListWidget::applySearch);
    connect(m_ui->showLeaversCheckBox, &QCheckBox::toggled, this, &StaffListWidget::reload);
    connect(m_ui->addButton, &QPushButton::clicked, this, &StaffListWidget::addMember);
    connect(m_ui->editButton, &QPushButton::clicked, this, &StaffListWidget::editSelectedMember);
    connect(m_ui->viewButton, &QPushButton::clicked, this, &StaffListWidget::viewSelectedMember);
    connect(m_ui->importButton, &QPushButton::clicked, this, &StaffListWidget::importStaff);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &StaffListWidget::exportStaff);
    connect(m_ui->recordAupButton, &QPushButton::clicked, this, &StaffListWidget::recordAupSigned);
    connect(m_ui->staffTableView, &QTableView::doubleClicked, this,
            [this] { openSelectedMember(m_editable); });
    connect(m_ui->staffTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &StaffListWidget::updateActions);
    // A reset clears the selection without a selectionChanged signal.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &StaffListWidget::updateActions);

    reload();
}

StaffListWidget::~StaffListWidget() = default;

void StaffListWidget::reload()
{
    QString error;
    m_staff = StaffStore(m_vault).all(m_ui->showLeaversCheckBox->isChecked(), &error);
    m_aupYear = AcademicYear::containing(QDate::currentDate());
    if (error.isEmpty())
        m_model->setAupStatus(m_aupYear, AgreementStore(m_vault).staffStatus(m_aupYear, &error));
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Staff"), error);
    m_ui->staffTableView->setColumnHidden(StaffTableModel::Left, !m_ui->showLeaversCheckBox->isChecked());
    applySearch();
}

int StaffListWidget::shownCount() const
{
    return m_proxy->rowCount();
}

void StaffListWidget::applySearch()
{
    // The staff list is short enough to search here, with the pupils' accent- and case-blind folding.
    const QStringList words = foldForSearch(m_ui->searchLineEdit->text()).split(u' ', Qt::SkipEmptyParts);
    QList<StaffMember> shown;
    std::copy_if(m_staff.cbegin(), m_staff.cend(), std::back_inserter(shown), [&](const StaffMember& m) {
        const QString haystack =
            foldForSearch(QStringList{m.title, m.forename, m.surname, m.email}.join(u' '));
        return std::all_of(words.cbegin(), words.cend(),
                           [&](const QString& w) { return haystack.contains(w); });
    });

    const qint64 selected = selectedMemberId();
    m_model->setStaff(shown);
    if (!m_columnsSized && !shown.isEmpty()) {
        m_ui->staffTableView->resizeColumnsToContents();
        m_columnsSized = true;
    }
    if (selected > 0)
        selectMember(selected);

    const int count = m_proxy->rowCount();
    m_ui->countLabel->setText(count == 1 ? tr("1 member of staff")
                                         : tr("%n members of staff", nullptr, count));
    updateActions();
}

void StaffListWidget::selectMember(qint64 memberId)
{
    const int row = m_model->rowOf(memberId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_ui->staffTableView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                       QItemSelectionModel::Rows);
    m_ui->staffTableView->scrollTo(index);
}

qint64 StaffListWidget::selectedMemberId() const
{
    const QModelIndexList rows = m_ui->staffTableView->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(StaffTableModel::IdRole).toLongLong();
}

void StaffListWidget::updateActions()
{
    const qint64 id = selectedMemberId();
    m_ui->editButton->setEnabled(id > 0);
    m_ui->viewButton->setEnabled(id > 0);
    // Only current staff sign this year's agreement.
    m_ui->recordAupButton->setEnabled(m_model->hasAupStatus(id));
}

void StaffListWidget::addMember()
{
    if (!m_editable)
        return;
    StaffDialog dialog(m_vault, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectMember(dialog.member().id);
}

void StaffListWidget::editSelectedMember()
{
    openSelectedMember(true);
}

void StaffListWidget::viewSelectedMember()
{
    openSelectedMember(false);
}

void StaffListWidget::openSelectedMember(bool editing)
{
    editing = editing && m_editable;
    const qint64 id = selectedMemberId();
    if (id <= 0)
        return;
    QString error;
    const std::optional<StaffMember> member = StaffStore(m_vault).find(id, &error);
    if (!member) {
        QMessageBox::warning(this, editing ? tr("Edit member of staff") : tr("Member of staff"), error);
        reload();
        return;
    }
    StaffDialog dialog(m_vault, this);
    dialog.setMember(*member);
    if (!editing) {
        dialog.setReadOnly();
        dialog.exec();
        return;
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectMember(id);
}

void StaffListWidget::importStaff()
{
    if (!m_editable)
        return;
    ImportWizard wizard(m_vault, RollKind::Staff, this);
    wizard.exec();
    reload();
}

void StaffListWidget::exportStaff()
{
    ExportOptions options;
    options.includeLeavers = m_ui->showLeaversCheckBox->isChecked();
    exportRollAs(m_vault, RollKind::Staff, options, this);
}

void StaffListWidget::recordAupSigned()
{
    const qint64 id = selectedMemberId();
    if (!m_editable || !m_model->hasAupStatus(id))
        return;
    StaffAupDialog dialog(m_vault, m_model->memberAt(m_model->rowOf(id)), m_aupYear, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}
