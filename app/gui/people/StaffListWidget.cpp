#include "StaffListWidget.h"

#include "ui_StaffListWidget.h"

#include "StaffTableModel.h"
#include "aup/StaffAupDialog.h"
#include "people/StaffDialog.h"
#include "records/AgreementStore.h"
#include "records/PupilStore.h" // foldForSearch
#include "storage/Vault.h"

#include <QMessageBox>
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
    : RecordListSection(vault, RollKind::Staff, parent)
    , m_ui(std::make_unique<Ui::StaffListWidget>())
    , m_model(new StaffTableModel(this))
{
    m_ui->setupUi(this);
    setUpSection({m_ui->staffTableView, m_ui->searchLineEdit, m_ui->showLeaversCheckBox, m_ui->countLabel,
                  m_ui->addButton, m_ui->editButton, m_ui->viewButton, m_ui->importButton,
                  m_ui->exportButton},
                 m_model, StaffTableModel::SortRole, StaffTableModel::IdRole, StaffTableModel::Name);
    m_ui->recordAupButton->setVisible(isEditable());
    m_ui->staffTableView->setItemDelegateForColumn(StaffTableModel::Aup,
                                                   new AttentionDelegate(m_ui->staffTableView));

    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, &StaffListWidget::applySearch);
    connect(m_ui->showLeaversCheckBox, &QCheckBox::toggled, this, &StaffListWidget::reload);
    connect(m_ui->recordAupButton, &QPushButton::clicked, this, &StaffListWidget::recordAupSigned);

    reload();
}

StaffListWidget::~StaffListWidget() = default;

void StaffListWidget::reload()
{
    const auto staff = StaffStore(vault()).list(m_ui->showLeaversCheckBox->isChecked());
    m_staff = staff.valueOr({});
    m_aupYear = AcademicYear::containing(QDate::currentDate());
    const auto aup = AgreementStore(vault()).staffStatus(m_aupYear);
    m_model->setAupStatus(m_aupYear, aup.valueOr({}));
    if (!staff || !aup)
        QMessageBox::warning(this, tr("Staff"), !staff ? staff.error() : aup.error());
    m_ui->staffTableView->setColumnHidden(StaffTableModel::Left, !m_ui->showLeaversCheckBox->isChecked());
    applySearch();
}

QString StaffListWidget::countText(int shown) const
{
    return shown == 1 ? tr("1 member of staff") : tr("%n members of staff", nullptr, shown);
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
    refill([&] { m_model->setStaff(shown); });
}

void StaffListWidget::updateActions()
{
    RecordListSection::updateActions();
    // Only current staff sign this year's agreement.
    m_ui->recordAupButton->setEnabled(m_model->hasAupStatus(selectedId()));
}

qint64 StaffListWidget::addInDialog()
{
    StaffDialog dialog(vault(), this);
    return dialog.exec() == QDialog::Accepted ? dialog.member().id : 0;
}

RecordListSection::Opened StaffListWidget::openInDialog(qint64 id, bool editing)
{
    const auto member = StaffStore(vault()).find(id);
    if (!member)
        return cannotOpen(editing ? tr("Edit member of staff") : tr("Member of staff"), member.error());
    StaffDialog dialog(vault(), this);
    dialog.setMember(*member);
    return runDialog(dialog, editing);
}

void StaffListWidget::recordAupSigned()
{
    const qint64 id = selectedId();
    if (!isEditable() || !m_model->hasAupStatus(id))
        return;
    StaffAupDialog dialog(vault(), m_model->memberAt(m_model->rowOf(id)), m_aupYear, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}
