#include "RolloverWizard.h"

#include "ui_RolloverWizard.h"

#include "people/RolloverEditorDelegate.h"
#include "people/RolloverFormsModel.h"
#include "people/RolloverPupilsModel.h"
#include "storage/Vault.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

void showMessage(QLabel* label, const QString& message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

} // namespace

RolloverWizard::RolloverWizard(Vault& vault, QWidget* parent)
    : QWizard(parent)
    , m_ui(std::make_unique<Ui::RolloverWizard>())
    , m_vault(vault)
    , m_formsModel(new RolloverFormsModel(m_plan, this))
    , m_pupilsModel(new RolloverPupilsModel(m_plan, this))
    , m_pupilsProxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    for (QLabel* label : {m_ui->yearMessageLabel, m_ui->formsMessageLabel, m_ui->previewMessageLabel,
                          m_ui->summaryMessageLabel})
        label->hide();
    m_ui->summaryPage->setCommitPage(true);
    m_ui->summaryPage->setButtonText(QWizard::CommitButton, tr("&Start the new year"));

    // The year the roll is in now; before the first rollover in Lanyard, the year before may be
    // it too, when the new year is begun after 1 September.
    const AcademicYear current = Rollover::currentYear(vault);
    for (const AcademicYear& year : {AcademicYear(current.startYear() - 1), current})
        m_ui->fromYearComboBox->addItem(year.name(), year.startYear());
    m_ui->fromYearComboBox->setCurrentIndex(1);
    for (const YearGroup& year : YearGroup::all())
        if (year.ordinal() >= YearGroup::Reception)
            m_ui->lastYearComboBox->addItem(year.displayName(), year.ordinal());
    m_ui->lastYearComboBox->setCurrentIndex(
        std::max(0, m_ui->lastYearComboBox->findData(Rollover::lastYearGroup(vault).ordinal())));
    // A delegate each: an editor's commit goes to every view its delegate serves.
    m_ui->termsTableWidget->setItemDelegate(new RolloverEditorDelegate(m_ui->termsTableWidget));
    m_ui->termsTableWidget->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_ui->formsTableView->setModel(m_formsModel);
    m_ui->formsTableView->setItemDelegate(new RolloverEditorDelegate(m_ui->formsTableView));

    m_pupilsProxy->setSourceModel(m_pupilsModel);
    m_pupilsProxy->setSortRole(RolloverPupilsModel::SortRole);
    m_pupilsProxy->setFilterRole(RolloverPupilsModel::FormFilterRole);
    m_ui->previewTableView->setModel(m_pupilsProxy);
    m_ui->previewTableView->setItemDelegate(new RolloverEditorDelegate(m_ui->previewTableView));
    QHeaderView* header = m_ui->previewTableView->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Lists read down many rows: kept close, as the pupil list keeps them.
    for (QTableView* view :
         {static_cast<QTableView*>(m_ui->termsTableWidget), m_ui->formsTableView, m_ui->previewTableView})
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    m_ui->previewTableView->sortByColumn(RolloverPupilsModel::Form, Qt::AscendingOrder);

    connect(m_ui->fromYearComboBox, &QComboBox::currentIndexChanged, this, &RolloverWizard::replan);
    connect(m_ui->lastYearComboBox, &QComboBox::currentIndexChanged, this, &RolloverWizard::replan);
    connect(m_ui->leavingDateEdit, &QDateEdit::dateChanged, this, [this](const QDate& date) {
        if (!m_plan)
            return;
        m_plan->setLeavingDate(date);
        m_pupilsModel->reset();
    });
    connect(m_ui->addTermButton, &QPushButton::clicked, this, &RolloverWizard::addTerm);
    connect(m_ui->removeTermButton, &QPushButton::clicked, this, &RolloverWizard::removeTerm);
    connect(m_ui->addFormButton, &QPushButton::clicked, this, &RolloverWizard::addForm);
    connect(m_ui->removeFormButton, &QPushButton::clicked, this, &RolloverWizard::removeForm);
    connect(m_ui->formsTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RolloverWizard::updateFormButtons);
    connect(m_ui->previewFormComboBox, &QComboBox::currentIndexChanged, this, &RolloverWizard::filterPreview);
    connect(m_ui->moveUpButton, &QPushButton::clicked, this, &RolloverWizard::moveUpSelected);
    connect(m_ui->holdBackButton, &QPushButton::clicked, this, &RolloverWizard::holdBackSelected);
    connect(m_ui->leavingButton, &QPushButton::clicked, this, &RolloverWizard::markSelectedLeaving);
    connect(m_pupilsModel, &QAbstractItemModel::dataChanged, this, &RolloverWizard::updatePreviewSummary);
    connect(m_pupilsModel, &QAbstractItemModel::modelReset, this, &RolloverWizard::updatePreviewSummary);
    auto updatePupilButtons = [this] {
        const bool any = !selectedPupils().isEmpty();
        for (QPushButton* button : {m_ui->moveUpButton, m_ui->holdBackButton, m_ui->leavingButton})
            button->setEnabled(any);
    };
    connect(m_ui->previewTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            updatePupilButtons);
    connect(m_pupilsProxy, &QAbstractItemModel::modelReset, this, updatePupilButtons);

    replan();
    updatePupilButtons();
}

RolloverWizard::~RolloverWizard() = default;

void RolloverWizard::replan()
{
    const AcademicYear from(m_ui->fromYearComboBox->currentData().toInt());
    const YearGroup top =
        YearGroup::fromOrdinal(m_ui->lastYearComboBox->currentData().toInt()).value_or(YearGroup());
    m_planError.clear();
    m_plan = Rollover::plan(m_vault, from, top, &m_planError);
    m_ui->toYearLabel->setText(from.next().name());
    fillTerms();
    if (m_plan) {
        const QSignalBlocker blocker(m_ui->leavingDateEdit);
        m_ui->leavingDateEdit->setDateRange(m_plan->fromYear.firstDay(), m_plan->fromYear.lastDay());
        m_ui->leavingDateEdit->setDate(m_plan->leavingDate);
    }
    for (QWidget* w : std::initializer_list<QWidget*>{m_ui->leavingDateEdit, m_ui->termsTableWidget,
                                                      m_ui->addTermButton, m_ui->removeTermButton})
        w->setEnabled(m_plan.has_value());
    showMessage(m_ui->yearMessageLabel, m_planError);
    m_formsModel->reset();
    m_pupilsModel->reset();
    fillPreviewForms();
}

void RolloverWizard::fillTerms()
{
    QTableWidget* table = m_ui->termsTableWidget;
    const QList<Term> terms = m_plan ? m_plan->terms : QList<Term>();
    table->setRowCount(int(terms.size()));
    for (int row = 0; row < terms.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(terms[row].name));
        for (int column : {1, 2}) {
            auto* item = new QTableWidgetItem;
            item->setData(Qt::EditRole, column == 1 ? terms[row].start : terms[row].end);
            table->setItem(row, column, item);
        }
    }
    table->resizeColumnsToContents();
    table->setColumnWidth(0, std::max(table->columnWidth(0), 160));
    for (int column : {1, 2})
        table->setColumnWidth(column, std::max(table->columnWidth(column), 130));
    // Enough rows for a school with six terms, without a scroll bar.
    table->setMinimumHeight(table->horizontalHeader()->sizeHint().height() +
                            table->verticalHeader()->defaultSectionSize() * 6 + 2 * table->frameWidth());
}

QList<Term> RolloverWizard::termsFromTable() const
{
    QList<Term> terms;
    const QTableWidget* table = m_ui->termsTableWidget;
    for (int row = 0; row < table->rowCount(); ++row) {
        auto cell = [&](int column) {
            const QTableWidgetItem* item = table->item(row, column);
            return item ? item->data(Qt::EditRole) : QVariant();
        };
        terms.append(Term{cell(0).toString().trimmed(), cell(1).toDate(), cell(2).toDate()});
    }
    return terms;
}

void RolloverWizard::addTerm()
{
    if (!m_plan)
        return;
    QTableWidget* table = m_ui->termsTableWidget;
    const QList<Term> terms = termsFromTable();
    const QDate start = terms.isEmpty() || !terms.constLast().end.isValid()
                            ? m_plan->toYear.firstDay()
                            : terms.constLast().end.addDays(1);
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, 0, new QTableWidgetItem);
    for (int column : {1, 2}) {
        auto* item = new QTableWidgetItem;
        item->setData(Qt::EditRole, std::min(start, m_plan->toYear.lastDay()));
        table->setItem(row, column, item);
    }
    table->setCurrentCell(row, 0);
    table->editItem(table->item(row, 0));
}

void RolloverWizard::removeTerm()
{
    const int row = m_ui->termsTableWidget->currentRow();
    if (row >= 0)
        m_ui->termsTableWidget->removeRow(row);
}

void RolloverWizard::addForm()
{
    if (!m_plan)
        return;
    const YearGroup year =
        YearGroup::fromOrdinal(m_ui->newFormYearComboBox->currentData().toInt()).value_or(YearGroup());
    if (!year.isValid())
        return;
    const int row = m_formsModel->addForm(year);
    const QModelIndex name = m_formsModel->index(row, RolloverFormsModel::NewName);
    m_ui->formsTableView->setCurrentIndex(name);
    m_ui->formsTableView->edit(name);
}

void RolloverWizard::removeForm()
{
    const QModelIndex current = m_ui->formsTableView->currentIndex();
    if (current.isValid() && m_formsModel->removeForm(current.row()))
        m_pupilsModel->reset(); // pupils placed in it have no form now
    updateFormButtons();
}

void RolloverWizard::updateFormButtons()
{
    const QModelIndex current = m_ui->formsTableView->currentIndex();
    m_ui->removeFormButton->setEnabled(m_plan && current.isValid() && current.row() < m_plan->forms.size() &&
                                       m_plan->forms[current.row()].change == RolloverForm::Change::Create);
}

void RolloverWizard::fillPreviewForms()
{
    const QSignalBlocker blocker(m_ui->previewFormComboBox);
    m_ui->previewFormComboBox->clear();
    m_ui->previewFormComboBox->addItem(tr("All forms"));
    if (m_plan) {
        for (int i = 0; i < m_plan->forms.size(); ++i)
            if (m_plan->forms[i].pupils > 0)
                m_ui->previewFormComboBox->addItem(m_plan->forms[i].name, i);
        if (std::any_of(m_plan->pupils.cbegin(), m_plan->pupils.cend(),
                        [](const RolloverPupil& p) { return p.form < 0; }))
            m_ui->previewFormComboBox->addItem(tr("No form"), -1);
    }
    filterPreview();
}

void RolloverWizard::filterPreview()
{
    const QVariant form = m_ui->previewFormComboBox->currentData();
    m_pupilsProxy->setFilterRegularExpression(form.isValid() ? QRegularExpression(u"^%1$"_s.arg(form.toInt()))
                                                             : QRegularExpression());
    updatePreviewSummary();
}

void RolloverWizard::updatePreviewSummary()
{
    const int shown = m_pupilsProxy->rowCount();
    const int all = m_pupilsModel->rowCount();
    m_ui->previewCountLabel->setText(shown == all ? (all == 1 ? tr("1 pupil") : tr("%1 pupils").arg(all))
                                                  : tr("%1 of %2 pupils").arg(shown).arg(all));
    m_ui->previewSummaryLabel->setText(m_plan ? summary() : QString());
}

QList<int> RolloverWizard::selectedPupils() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_ui->previewTableView->selectionModel()->selectedRows())
        rows.append(m_pupilsProxy->mapToSource(index).row());
    return rows;
}

void RolloverWizard::holdBackSelected()
{
    for (int row : selectedPupils()) {
        m_plan->setNewYearGroup(row, m_plan->pupils[row].yearGroup);
        m_pupilsModel->rowChanged(row);
    }
}

void RolloverWizard::moveUpSelected()
{
    for (int row : selectedPupils()) {
        const RolloverPupil& p = m_plan->pupils[row];
        const std::optional<YearGroup> next = p.yearGroup.next();
        if (next && *next <= m_plan->topYear)
            m_plan->setNewYearGroup(row, *next);
        else
            m_plan->setLeaving(row, true); // the last year group moves on by leaving
        m_pupilsModel->rowChanged(row);
    }
}

void RolloverWizard::markSelectedLeaving()
{
    for (int row : selectedPupils()) {
        m_plan->setLeaving(row, true);
        m_pupilsModel->rowChanged(row);
    }
}

QString RolloverWizard::summary() const
{
    if (!m_plan)
        return {};
    const RolloverPlan& p = *m_plan;
    QStringList parts;
    const int up = p.movingUp(), held = p.heldBack(), moved = p.movedOn(), top = p.leavingTopYear(),
              others = p.leaving() - top, renamed = p.formsRenamed(), retired = p.formsRetired(),
              created = p.formsCreated();
    parts << (up == 1 ? tr("1 pupil moves up") : tr("%1 pupils move up").arg(up));
    if (held > 0)
        parts << (held == 1 ? tr("1 is held back") : tr("%1 are held back").arg(held));
    if (moved > 0)
        parts << (moved == 1 ? tr("1 moves to another year group")
                             : tr("%1 move to other year groups").arg(moved));
    if (top > 0)
        parts << (top == 1 ? tr("1 leaves %1").arg(p.topYear.displayName())
                           : tr("%1 leave %2").arg(top).arg(p.topYear.displayName()));
    if (others > 0)
        parts << (others == 1 ? tr("1 other pupil leaves") : tr("%1 other pupils leave").arg(others));
    if (renamed > 0)
        parts << (renamed == 1 ? tr("1 form renamed") : tr("%1 forms renamed").arg(renamed));
    if (retired > 0)
        parts << (retired == 1 ? tr("1 form retired") : tr("%1 forms retired").arg(retired));
    if (created > 0)
        parts << (created == 1 ? tr("1 new form") : tr("%1 new forms").arg(created));
    return tr("%1; a backup will be made first.")
        .arg(QLocale(QLocale::English, QLocale::UnitedKingdom).createSeparatedList(parts));
}

void RolloverWizard::initializePage(int id)
{
    switch (id) {
    case FormsPage: {
        // The youngest year by default: the one whose forms have just moved up.
        const QVariant chosen = m_ui->newFormYearComboBox->currentData();
        const QSignalBlocker blocker(m_ui->newFormYearComboBox);
        m_ui->newFormYearComboBox->clear();
        for (const YearGroup& year : YearGroup::all())
            if (year <= m_plan->topYear)
                m_ui->newFormYearComboBox->addItem(year.displayName(), year.ordinal());
        m_ui->newFormYearComboBox->setCurrentIndex(
            chosen.isValid() ? std::max(0, m_ui->newFormYearComboBox->findData(chosen)) : 0);
        m_ui->formsTableView->resizeColumnsToContents();
        updateFormButtons();
        break;
    }
    case PreviewPage:
        // A renamed form shows in every pupil's next form.
        m_pupilsModel->reset();
        m_ui->previewTableView->resizeColumnsToContents();
        updatePreviewSummary();
        break;
    case SummaryPage: {
        const RolloverPlan& p = *m_plan;
        const QString start = RolloverEditorDelegate::shortDate(p.terms.constFirst().start),
                      end = RolloverEditorDelegate::shortDate(p.terms.constLast().end);
        const QString terms = p.terms.size() == 1
                                  ? tr("%1 has 1 term, from %2 to %3.").arg(p.toYear.name(), start, end)
                                  : tr("%1 has %2 terms, from %3 to %4.")
                                        .arg(p.toYear.name())
                                        .arg(p.terms.size())
                                        .arg(start, end);
        m_ui->summaryLabel->setText(summary() + u"\n\n"_s + terms);
        m_ui->backupLabel->setText(
            tr("The backup goes to %1.").arg(QDir::toNativeSeparators(Rollover::backupFolder(m_vault))));
        showMessage(m_ui->summaryMessageLabel, QString());
        break;
    }
    default:
        break;
    }
    QWizard::initializePage(id);
}

bool RolloverWizard::validateCurrentPage()
{
    QString error;
    switch (currentId()) {
    case YearPage:
        if (!m_plan) {
            showMessage(m_ui->yearMessageLabel, m_planError);
            return false;
        }
        m_plan->terms = termsFromTable();
        m_plan->setLeavingDate(m_ui->leavingDateEdit->date());
        if (!Rollover::validateYear(*m_plan, &error)) {
            showMessage(m_ui->yearMessageLabel, error);
            return false;
        }
        showMessage(m_ui->yearMessageLabel, QString());
        return true;
    case FormsPage:
        if (!Rollover::validateForms(*m_plan, &error)) {
            showMessage(m_ui->formsMessageLabel, error);
            return false;
        }
        showMessage(m_ui->formsMessageLabel, QString());
        return true;
    case PreviewPage:
        if (!Rollover::validatePupils(*m_plan, &error)) {
            showMessage(m_ui->previewMessageLabel, error);
            return false;
        }
        showMessage(m_ui->previewMessageLabel, QString());
        return true;
    case SummaryPage:
        return applyPlan();
    default:
        return true;
    }
}

bool RolloverWizard::applyPlan()
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const auto restoreCursor = qScopeGuard([] { QGuiApplication::restoreOverrideCursor(); });
    QString error;
    if (!Rollover::apply(m_vault, *m_plan, &error, &m_backupFile)) {
        showMessage(m_ui->summaryMessageLabel,
                    tr("The new year was not started, and nothing was changed. %1").arg(error));
        return false;
    }
    m_applied = true;
    const RolloverPlan& p = *m_plan;
    const int stayed = int(p.pupils.size()) - p.leaving();
    m_ui->resultLabel->setText(
        tr("The pupils have moved up into %1. On roll: %2. Left: %3.")
            .arg(p.toYear.name())
            .arg(stayed)
            .arg(p.leaving()) +
        u"\n\n"_s +
        tr("The vault as it was before is backed up in %1. If anything is wrong, restore that backup from "
           "Backups.")
            .arg(QDir::toNativeSeparators(m_backupFile)));
    return true;
}
