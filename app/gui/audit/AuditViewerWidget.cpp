#include "AuditViewerWidget.h"

#include "ui_AuditViewerWidget.h"

#include "storage/AuditLog.h"
#include "storage/ChainAnchors.h"
#include "storage/Vault.h"

#include <QGuiApplication>
#include <QHeaderView>
#include <QScopeGuard>
#include <QSignalBlocker>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// The newest entries shown at once; the filters reach older ones.
constexpr int Limit = 1000;
constexpr int EntryIdRole = Qt::UserRole;

enum Column
{
    When,
    Who,
    Action,
    Record,
    Detail
};

void selectData(QComboBox* combo, const QString& data)
{
    combo->setCurrentIndex(std::max(0, combo->findData(data)));
}
} // namespace

AuditViewerWidget::AuditViewerWidget(Vault& vault, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AuditViewerWidget>())
    , m_vault(vault)
{
    m_ui->setupUi(this);
    const QDate today = QDate::currentDate();
    m_ui->fromDateEdit->setDate(today.addMonths(-1));
    m_ui->toDateEdit->setDate(today);
    QTableWidget* table = m_ui->auditTableWidget;
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    connect(m_ui->fromCheckBox, &QCheckBox::toggled, m_ui->fromDateEdit, &QWidget::setEnabled);
    connect(m_ui->toCheckBox, &QCheckBox::toggled, m_ui->toDateEdit, &QWidget::setEnabled);
    for (QCheckBox* box : {m_ui->fromCheckBox, m_ui->toCheckBox})
        connect(box, &QCheckBox::toggled, this, &AuditViewerWidget::showEntries);
    for (QDateEdit* edit : {m_ui->fromDateEdit, m_ui->toDateEdit})
        connect(edit, &QDateEdit::dateChanged, this, &AuditViewerWidget::showEntries);
    connect(m_ui->userComboBox, &QComboBox::currentIndexChanged, this, &AuditViewerWidget::showEntries);
    connect(m_ui->entityComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_ui->entityIdSpinBox->setEnabled(!m_ui->entityComboBox->currentData().toString().isEmpty());
        showEntries();
    });
    connect(m_ui->entityIdSpinBox, &QSpinBox::valueChanged, this, &AuditViewerWidget::showEntries);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &AuditViewerWidget::reload);
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &AuditViewerWidget::verifyNow);

    reload();
}

AuditViewerWidget::~AuditViewerWidget() = default;

int AuditViewerWidget::shownCount() const
{
    return m_ui->auditTableWidget->rowCount();
}

void AuditViewerWidget::reload()
{
    fillChoices();
    showEntries();
}

void AuditViewerWidget::fillChoices()
{
    const QSignalBlocker userBlocker(m_ui->userComboBox);
    const QSignalBlocker entityBlocker(m_ui->entityComboBox);
    const QString user = m_ui->userComboBox->currentData().toString();
    const QString entity = m_ui->entityComboBox->currentData().toString();
    const AuditLog log(m_vault);

    m_ui->userComboBox->clear();
    m_ui->userComboBox->addItem(tr("All users"), QString());
    // The filters offer what can be read; showEntries() says when the trail cannot be.
    for (const QString& name : log.userNames().valueOr({}))
        m_ui->userComboBox->addItem(name, name);
    selectData(m_ui->userComboBox, user);

    // Every kind of record Lanyard audits, and any other the trail mentions.
    QStringList tables = AuditLog::auditedTables();
    for (const QString& table : log.entities().valueOr({}))
        if (!tables.contains(table))
            tables << table;
    std::sort(tables.begin(), tables.end(), [](const QString& a, const QString& b) {
        return QString::localeAwareCompare(AuditLog::entityName(a), AuditLog::entityName(b)) < 0;
    });
    m_ui->entityComboBox->clear();
    m_ui->entityComboBox->addItem(tr("All records"), QString());
    for (const QString& table : std::as_const(tables))
        m_ui->entityComboBox->addItem(AuditLog::entityName(table), table);
    selectData(m_ui->entityComboBox, entity);
    m_ui->entityIdSpinBox->setEnabled(!m_ui->entityComboBox->currentData().toString().isEmpty());
}

void AuditViewerWidget::showEntries()
{
    AuditLog::Filter filter;
    filter.userName = m_ui->userComboBox->currentData().toString();
    if (m_ui->fromCheckBox->isChecked())
        filter.from = m_ui->fromDateEdit->date();
    if (m_ui->toCheckBox->isChecked())
        filter.to = m_ui->toDateEdit->date();
    filter.entity = m_ui->entityComboBox->currentData().toString();
    if (!filter.entity.isEmpty())
        filter.entityId = m_ui->entityIdSpinBox->value();
    filter.limit = Limit;
    const auto read = AuditLog(m_vault).list(filter);
    const QList<AuditLog::Entry> entries = read.valueOr({});

    QTableWidget* table = m_ui->auditTableWidget;
    table->clearContents();
    table->setRowCount(int(entries.size()));
    for (int row = 0; row < int(entries.size()); ++row) {
        const AuditLog::Entry& e = entries.at(row);
        auto* when = new QTableWidgetItem(e.at.toLocalTime().toString(u"dd/MM/yyyy HH:mm:ss"_s));
        when->setData(EntryIdRole, e.id);
        when->setToolTip(tr("Audit entry %1\nHash %2").arg(e.id).arg(e.hash));
        table->setItem(row, When, when);
        // The recovery key signs nothing: its entries are marked so that nobody takes them for a
        // person's.
        auto* who = new QTableWidgetItem(e.userId == 0 ? tr("recovery key (unsigned)") : e.userName);
        if (e.userId == 0)
            who->setToolTip(tr("Made with the recovery key: this entry is not signed by anyone."));
        table->setItem(row, Who, who);
        table->setItem(row, Action, new QTableWidgetItem(AuditLog::actionName(e.action)));
        QString record;
        if (!e.entity.isEmpty())
            record = e.entityId > 0 ? tr("%1 %2", "kind of record and its number")
                                          .arg(AuditLog::entityName(e.entity))
                                          .arg(e.entityId)
                                    : AuditLog::entityName(e.entity);
        table->setItem(row, Record, new QTableWidgetItem(record));
        table->setItem(row, Detail, new QTableWidgetItem(e.detail));
    }
    if (!m_columnsSized && !entries.isEmpty()) {
        table->resizeColumnsToContents();
        m_columnsSized = true;
    }

    const int count = int(entries.size());
    if (!read)
        m_ui->countLabel->setText(read.error());
    else if (count >= Limit)
        m_ui->countLabel->setText(
            tr("The newest %1 entries; choose a user, dates or a record to see older ones.").arg(Limit));
    else
        m_ui->countLabel->setText(count == 1 ? tr("1 entry") : tr("%1 entries").arg(count));
}

void AuditViewerWidget::verifyNow()
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const auto restore = qScopeGuard([] { QGuiApplication::restoreOverrideCursor(); });
    const AuditLog::Verdict verdict = AuditLog::verify(m_vault.database());
    // The head as COUNT:HASH, as lanyard-cli verify --expect takes it back.
    const QString head = ChainAnchors::format({verdict.entries, verdict.head});
    if (verdict.ok)
        m_ui->verdictLabel->setText(
            verdict.entries == 1
                ? tr("The vault is whole: 1 audit entry, chain head %1.").arg(head)
                : tr("The vault is whole: %1 audit entries, chain head %2.").arg(verdict.entries).arg(head));
    else
        m_ui->verdictLabel->setText(tr("The check found a problem. %1").arg(verdict.problem));
    reload();
    if (verdict.entryId > 0)
        selectEntry(verdict.entryId);
}

void AuditViewerWidget::selectEntry(qint64 entryId)
{
    QTableWidget* table = m_ui->auditTableWidget;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, When)->data(EntryIdRole).toLongLong() == entryId) {
            table->setCurrentCell(row, When, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            table->scrollToItem(table->item(row, When));
            return;
        }
    }
}
