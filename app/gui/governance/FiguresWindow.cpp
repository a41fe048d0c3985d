#include "FiguresWindow.h"

#include "ui_FiguresWindow.h"

#include "records/AgreementStore.h"

#include <QFontDatabase>
#include <QLocale>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace {
QString dateTimeText(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime(), u"d MMMM yyyy, HH:mm"_s);
}

QTableWidgetItem* textItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QTableWidgetItem* numberItem(const QString& text)
{
    QTableWidgetItem* item = textItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// A total row, set apart from the rows it adds up.
void makeBold(QTableWidget* table, int row)
{
    for (int column = 0; column < table->columnCount(); ++column) {
        QFont font = table->item(row, column)->font();
        font.setBold(true);
        table->item(row, column)->setFont(font);
    }
}

void fitColumns(QTableWidget* table)
{
    table->resizeColumnsToContents();
    table->resizeRowsToContents();
}
} // namespace

FiguresWindow::FiguresWindow(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FiguresWindow>())
{
    m_ui->setupUi(this);
    QFont title = m_ui->schoolNameLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setBold(true);
    m_ui->schoolNameLabel->setFont(title);
    // A hash is read character by character when it is checked against a printed report.
    m_ui->auditHeadValueLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->suppressionNoteLabel->setText(
        tr("<5 stands for a number from 1 to 4, left out so that no child can be identified."));
    setFigures(m_figures);
}

FiguresWindow::FiguresWindow(const Figures& figures, QWidget* parent)
    : FiguresWindow(parent)
{
    setFigures(figures);
}

FiguresWindow::~FiguresWindow() = default;

QString FiguresWindow::countText(const ChildCount& count)
{
    return count.isSuppressed() ? tr("<5") : QString::number(*count.value());
}

void FiguresWindow::setFigures(const Figures& figures)
{
    m_figures = figures;
    showDetails();
    showPupils();
    showStaff();
    showAgreements();
}

void FiguresWindow::showDetails()
{
    const Figures& f = m_figures;
    setWindowTitle(f.schoolName.isEmpty() ? tr("Governors' Figures")
                                          : tr("Governors' Figures: %1").arg(f.schoolName));
    m_ui->schoolNameLabel->setText(f.schoolName);
    m_ui->yearValueLabel->setText(f.academicYear.name());
    m_ui->publishedValueLabel->setText(f.publishedAt.isValid() ? dateTimeText(f.publishedAt) : QString());
    m_ui->publishedByValueLabel->setText(
        f.publishedByName.isEmpty()
            ? QString()
            : tr("%1 (%2)").arg(f.publishedByName, Roles::displayName(f.publishedByRole)));
    m_ui->lastBackupValueLabel->setText(f.lastBackup.isValid() ? dateTimeText(f.lastBackup)
                                                               : tr("Never backed up"));
    m_ui->auditValueLabel->setText(f.auditEntries == 1 ? tr("1 entry")
                                                       : tr("%n entries", nullptr, int(f.auditEntries)));
    // As lanyard-cli verify --expect takes it, so that a governor's note of it can be checked later.
    m_ui->auditHeadValueLabel->setText(
        f.auditHead.isEmpty() ? tr("None yet") : u"%1:%2"_s.arg(f.auditEntries).arg(f.auditHead));
    m_ui->aupGroupBox->setTitle(f.academicYear.isValid()
                                    ? tr("Acceptable use agreements, %1").arg(f.academicYear.name())
                                    : tr("Acceptable use agreements"));
}

void FiguresWindow::showPupils()
{
    QTableWidget* table = m_ui->pupilsTableWidget;
    table->setRowCount(0);
    for (const auto& row : m_figures.pupilsOnRoll) {
        const int at = table->rowCount();
        table->insertRow(at);
        table->setItem(at, 0, textItem(row.yearGroup.displayName()));
        table->setItem(at, 1, numberItem(countText(row.onRoll)));
    }
    const int total = table->rowCount();
    table->insertRow(total);
    table->setItem(total, 0, textItem(tr("Total")));
    table->setItem(total, 1, numberItem(QString::number(m_figures.pupilsOnRollTotal)));
    makeBold(table, total);
    fitColumns(table);
}

void FiguresWindow::showStaff()
{
    QTableWidget* table = m_ui->staffTableWidget;
    table->setRowCount(0);
    for (const auto& row : m_figures.staff) {
        const int at = table->rowCount();
        table->insertRow(at);
        table->setItem(at, 0, textItem(StaffStore::categoryName(row.category)));
        table->setItem(at, 1, numberItem(QString::number(row.count)));
    }
    const int total = table->rowCount();
    table->insertRow(total);
    table->setItem(total, 0, textItem(tr("Total")));
    table->setItem(total, 1, numberItem(QString::number(m_figures.staffTotal)));
    makeBold(table, total);
    fitColumns(table);
}

void FiguresWindow::showAgreements()
{
    QTableWidget* table = m_ui->aupTableWidget;
    table->setRowCount(0);
    for (const auto& row : m_figures.aupCoverage) {
        const int at = table->rowCount();
        table->insertRow(at);
        table->setItem(at, 0, textItem(row.yearGroup.displayName()));
        table->setItem(at, 1, numberItem(countText(row.issued)));
        table->setItem(at, 2, numberItem(countText(row.complete)));
        table->setItem(at, 3, numberItem(countText(row.outstanding)));
    }
    m_ui->noAgreementsLabel->setVisible(m_figures.aupCoverage.isEmpty());
    table->setVisible(!m_figures.aupCoverage.isEmpty());
    fitColumns(table);
}
