#include "RecordListSection.h"

#include "people/ImportWizard.h"
#include "storage/Vault.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

RecordListSection::RecordListSection(Vault& vault, RollKind kind, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_kind(kind)
    , m_editable(vault.can(Permission::WritePeople))
    , m_proxy(new QSortFilterProxyModel(this))
{
}

RecordListSection::~RecordListSection() = default;

void RecordListSection::setUpSection(const Parts& parts, QAbstractItemModel* model, int sortRole, int idRole,
                                     int sortColumn)
{
    m_parts = parts;
    m_idRole = idRole;
    // Nothing is offered that the store would refuse.
    m_parts.add->setVisible(m_editable);
    m_parts.edit->setVisible(m_editable);
    m_parts.view->setVisible(!m_editable);
    m_parts.import->setVisible(m_editable);
    m_parts.exportButton->setVisible(m_vault.can(Permission::ExportPeople));

    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(sortRole);
    QTableView* table = m_parts.table;
    table->setModel(m_proxy);
    // Office lists are read down many rows: keep them close, and the headings over their text.
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->sortByColumn(sortColumn, Qt::AscendingOrder);

    connect(m_parts.add, &QPushButton::clicked, this, &RecordListSection::addRecord);
    connect(m_parts.edit, &QPushButton::clicked, this, &RecordListSection::editSelected);
    connect(m_parts.view, &QPushButton::clicked, this, &RecordListSection::viewSelected);
    connect(m_parts.import, &QPushButton::clicked, this, &RecordListSection::importRoll);
    connect(m_parts.exportButton, &QPushButton::clicked, this, &RecordListSection::exportRoll);
    connect(table, &QTableView::doubleClicked, this, [this] { openSelected(m_editable); });
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RecordListSection::updateActions);
    // A reset clears the selection without a selectionChanged signal.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RecordListSection::updateActions);
}

int RecordListSection::shownCount() const
{
    return m_proxy->rowCount();
}

void RecordListSection::setSaveLocationChooser(std::function<QString(const QString&)> choose)
{
    m_chooseSaveLocation = std::move(choose);
}

void RecordListSection::refill(const std::function<void()>& fill)
{
    const qint64 selected = selectedId();
    fill();
    if (!m_columnsSized && m_proxy->rowCount() > 0) {
        m_parts.table->resizeColumnsToContents();
        m_columnsSized = true;
    }
    if (selected > 0)
        selectRecord(selected);
    m_parts.count->setText(countText(m_proxy->rowCount()));
    updateActions();
}

qint64 RecordListSection::selectedId() const
{
    const QModelIndexList rows = m_parts.table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(m_idRole).toLongLong();
}

void RecordListSection::selectRecord(qint64 id)
{
    const QModelIndexList found = m_proxy->match(m_proxy->index(0, 0), m_idRole, id, 1, Qt::MatchExactly);
    if (found.isEmpty())
        return;
    m_parts.table->selectionModel()->setCurrentIndex(found.first(), QItemSelectionModel::ClearAndSelect |
                                                                        QItemSelectionModel::Rows);
    m_parts.table->scrollTo(found.first());
}

void RecordListSection::updateActions()
{
    const bool selected = selectedId() > 0;
    m_parts.edit->setEnabled(selected);
    m_parts.view->setEnabled(selected);
}

void RecordListSection::addRecord()
{
    if (!m_editable)
        return;
    const qint64 id = addInDialog();
    if (id <= 0)
        return;
    reload();
    selectRecord(id);
}

void RecordListSection::editSelected()
{
    openSelected(true);
}

void RecordListSection::viewSelected()
{
    openSelected(false);
}

void RecordListSection::openSelected(bool editing)
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    switch (openInDialog(id, editing && m_editable)) {
    case Opened::Closed:
        break;
    case Opened::Saved:
        reload();
        selectRecord(id);
        break;
    case Opened::Missing:
        reload();
        break;
    }
}

RecordListSection::Opened RecordListSection::cannotOpen(const QString& title, const QString& error)
{
    QMessageBox::warning(this, title, error);
    return Opened::Missing;
}

void RecordListSection::importRoll()
{
    if (!m_editable)
        return;
    ImportWizard wizard(m_vault, m_kind, this);
    wizard.exec();
    reload();
}

void RecordListSection::exportRoll()
{
    ExportOptions options;
    options.includeLeavers = m_parts.showLeavers->isChecked();
    exportRollAs(m_vault, m_kind, options, this, m_chooseSaveLocation);
}
