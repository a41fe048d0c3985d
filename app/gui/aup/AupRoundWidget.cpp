#include "AupRoundWidget.h"

#include "ui_AupRoundWidget.h"

#include "AupReports.h"
#include "records/AgreementStore.h"
#include "records/FormStore.h"
#include "reports/ReportPreviewDialog.h"
#include "storage/Vault.h"

#include <QLocale>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace {
constexpr int FormIdRole = Qt::UserRole;
constexpr int YearGroupRole = Qt::UserRole + 1;

enum Column
{
    NameColumn,
    IssuedColumn,
    CompleteColumn,
    PartlyColumn,
    DeclinedColumn,
    OutstandingColumn,
    ReturnedColumn
};

void fillCounts(QTreeWidgetItem* item, const AgreementCoverage& coverage)
{
    const QLocale locale;
    const QList<int> counts{coverage.issued, coverage.complete, coverage.partly, coverage.declined,
                            coverage.outstanding()};
    for (int i = 0; i < counts.size(); ++i) {
        item->setText(IssuedColumn + i, locale.toString(counts[i]));
        item->setTextAlignment(IssuedColumn + i, Qt::AlignRight | Qt::AlignVCenter);
    }
    item->setText(ReturnedColumn, u"%1%"_s.arg(locale.toString(coverage.percentReturned(), 'f', 0)));
    item->setTextAlignment(ReturnedColumn, Qt::AlignRight | Qt::AlignVCenter);
}
} // namespace

AupRoundWidget::AupRoundWidget(Vault& vault, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AupRoundWidget>())
    , m_vault(vault)
    , m_year(AcademicYear::containing(QDate::currentDate()))
{
    m_ui->setupUi(this);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->issueButton->setVisible(vault.can(Permission::WritePeople));
    // The packs and the chase list name every child: not for a role that may only see the names.
    const bool printsNames = vault.can(Permission::ExportPeople);
    m_ui->schoolPackButton->setVisible(printsNames);
    m_ui->formPackButton->setVisible(printsNames);
    m_ui->chaseButton->setVisible(printsNames);
    connect(m_ui->issueButton, &QPushButton::clicked, this, &AupRoundWidget::issue);
    connect(m_ui->schoolPackButton, &QPushButton::clicked, this, [this] { printPack(0); });
    connect(m_ui->formPackButton, &QPushButton::clicked, this, [this] { printPack(selectedFormId()); });
    connect(m_ui->chaseButton, &QPushButton::clicked, this, &AupRoundWidget::printChaseList);
    connect(m_ui->coverageTreeWidget, &QTreeWidget::currentItemChanged, this,
            &AupRoundWidget::showOutstanding);
    reload();
}

AupRoundWidget::~AupRoundWidget() = default;

void AupRoundWidget::setYear(const AcademicYear& year)
{
    m_year = year;
    reload();
}

qint64 AupRoundWidget::selectedFormId() const
{
    const QTreeWidgetItem* item = m_ui->coverageTreeWidget->currentItem();
    return item ? item->data(NameColumn, FormIdRole).toLongLong() : 0;
}

void AupRoundWidget::reload()
{
    m_formIds.clear();
    const auto formList = FormStore(m_vault).list();
    for (const Form& form : formList.valueOr({}))
        m_formIds.insert(form.name, form.id);

    AgreementStore store(m_vault);
    const auto yearCoverage = store.coverageByYearGroup(m_year);
    const auto formCoverage = store.coverageByForm(m_year);
    const QList<AgreementCoverage> years = yearCoverage.valueOr({});
    const QList<AgreementCoverage> forms = formCoverage.valueOr({});
    const QString error = !formList       ? formList.error()
                          : !yearCoverage ? yearCoverage.error()
                                          : formCoverage.error();

    QTreeWidget* tree = m_ui->coverageTreeWidget;
    const qint64 keepForm = selectedFormId();
    tree->clear();
    AgreementCoverage total;
    for (const AgreementCoverage& year : years) {
        auto* yearItem = new QTreeWidgetItem(tree, {year.yearGroup.displayName()});
        yearItem->setData(NameColumn, YearGroupRole, year.yearGroup.ordinal());
        fillCounts(yearItem, year);
        QFont bold = yearItem->font(NameColumn);
        bold.setBold(true);
        yearItem->setFont(NameColumn, bold);
        for (const AgreementCoverage& form : forms) {
            if (form.yearGroup != year.yearGroup)
                continue;
            auto* formItem = new QTreeWidgetItem(yearItem, {form.formName});
            const qint64 formId = m_formIds.value(form.formName);
            formItem->setData(NameColumn, FormIdRole, formId);
            formItem->setData(NameColumn, YearGroupRole, form.yearGroup.ordinal());
            fillCounts(formItem, form);
            if (formId != 0 && formId == keepForm)
                tree->setCurrentItem(formItem);
        }
        total.issued += year.issued;
        total.complete += year.complete;
        total.partly += year.partly;
        total.declined += year.declined;
    }
    tree->expandAll();
    for (int column = 0; column < tree->columnCount(); ++column)
        tree->resizeColumnToContents(column);

    const QLocale locale;
    m_ui->summaryLabel->setText(
        !error.isEmpty() ? error
        : total.issued == 0
            ? tr("No agreements have been issued for %1 yet. Check the templates, then issue them.")
                  .arg(m_year.name())
            : tr("%1: %2 of %3 forms back (%4%), %5 outstanding.")
                  .arg(m_year.name(), locale.toString(total.complete + total.declined),
                       locale.toString(total.issued), locale.toString(total.percentReturned(), 'f', 0),
                       locale.toString(total.outstanding())));
    m_ui->schoolPackButton->setEnabled(total.issued > 0);
    m_ui->chaseButton->setEnabled(total.issued > 0);
    showOutstanding();
}

void AupRoundWidget::showOutstanding()
{
    const QTreeWidgetItem* item = m_ui->coverageTreeWidget->currentItem();
    const qint64 formId = selectedFormId();
    m_ui->formPackButton->setEnabled(formId != 0);

    AgreementFilter filter;
    filter.year = m_year;
    filter.formId = formId;
    filter.outstandingOnly = true;
    const auto read = AgreementStore(m_vault).list(filter);
    QList<Agreement> outstanding = read.valueOr({});
    if (item && formId == 0) {
        const int yearGroup = item->data(NameColumn, YearGroupRole).toInt();
        outstanding.removeIf([yearGroup](const Agreement& a) { return a.yearGroup.ordinal() != yearGroup; });
    }
    m_ui->outstandingLabel->setText(
        !read  ? read.error()
        : item ? tr("Outstanding in %1: %2").arg(item->text(NameColumn)).arg(outstanding.size())
               : tr("Outstanding in the school: %1").arg(outstanding.size()));

    QTableWidget* table = m_ui->outstandingTableWidget;
    table->setRowCount(int(outstanding.size()));
    for (int row = 0; row < outstanding.size(); ++row) {
        const Agreement& agreement = outstanding[row];
        const QStringList cells{agreement.surname + u", "_s + agreement.forename, agreement.formName,
                                AgreementStore::stateName(agreement.state), agreement.code};
        for (int column = 0; column < cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    table->resizeColumnsToContents();
}

void AupRoundWidget::issue()
{
    const auto answer =
        QMessageBox::question(this, tr("Issue agreements"),
                              tr("Make an AUP agreement for %1 for every pupil on roll in the year groups "
                                 "the rules cover who does not "
                                 "have one yet?\n\nEach is bound to the current version of its template.")
                                  .arg(m_year.name()));
    if (answer != QMessageBox::Yes)
        return;
    const auto summary = AgreementStore(m_vault).issuePupils(m_year);
    if (!summary) {
        QMessageBox::warning(this, tr("Issue agreements"), summary.error());
        return;
    }
    reload();
    Q_EMIT issued();
    QMessageBox::information(
        this, tr("Issue agreements"),
        tr("New agreements issued: %1.\nPupils who already had one: %2.\nPupils in year groups "
           "that get no agreement (Nursery, Reception): %3.")
            .arg(summary->issued)
            .arg(summary->alreadyHad)
            .arg(summary->notCovered));
}

void AupRoundWidget::printPack(qint64 formId)
{
    const AupPackOptions options{m_year, formId};
    const QString scope = formId == 0 ? tr("whole school") : m_formIds.key(formId);
    ReportPreviewDialog::buildAndShow(
        this, {tr("AUP pack %1 %2").arg(scope, m_year.name()), {}, true, true},
        [&](QString* error) { return AupReports::pack(m_vault, options, error); });
}

void AupRoundWidget::printChaseList()
{
    ReportPreviewDialog::buildAndShow(
        this, {tr("AUP chase list %1").arg(m_year.name()), {}},
        [this](QString* error) { return AupReports::chaseList(m_vault, m_year, 0, error); });
}
