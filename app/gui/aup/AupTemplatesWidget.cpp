#include "AupTemplatesWidget.h"

#include "ui_AupTemplatesWidget.h"

#include "storage/Vault.h"

#include <QComboBox>
#include <QHeaderView>
#include <QMap>
#include <QMessageBox>

#include <algorithm>
#include <iterator>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {
// The rules table: Nursery to Year 8, the span of a prep school. Agreements start at Year 1.
constexpr int FirstRuleOrdinal = YearGroup::Nursery, LastRuleOrdinal = 8, FirstIssuedOrdinal = 1;
enum RuleColumn
{
    YearGroupColumn,
    AudienceColumn,
    SignersColumn,
};
constexpr int NotIssued = -1;

int ruleRow(int ordinal)
{
    return ordinal - FirstRuleOrdinal;
}

bool sameRules(const QList<AupRule>& a, const QList<AupRule>& b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const AupRule& x, const AupRule& y) {
        return x.yearGroup == y.yearGroup && x.audience == y.audience && x.signers == y.signers;
    });
}
} // namespace

AupTemplatesWidget::AupTemplatesWidget(Vault& vault, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AupTemplatesWidget>())
    , m_vault(vault)
    , m_editable(vault.can(Permission::WritePeople))
    , m_year(AcademicYear::containing(QDate::currentDate()))
{
    m_ui->setupUi(this);
    for (AupAudience audience : AgreementStore::audiences())
        m_ui->audienceListWidget->addItem(AgreementStore::audienceName(audience));
    // Every agreement in sight, with no empty space under them.
    m_ui->audienceListWidget->setFixedHeight(m_ui->audienceListWidget->sizeHintForRow(0) *
                                                 m_ui->audienceListWidget->count() +
                                             2 * m_ui->audienceListWidget->frameWidth());
    m_ui->rulesTableWidget->setRowCount(ruleRow(LastRuleOrdinal) + 1);
    m_ui->rulesTableWidget->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    // Nothing is offered that the store would refuse; the wording stays legible and can be copied.
    m_ui->titleLineEdit->setReadOnly(!m_editable);
    m_ui->bodyPlainTextEdit->setReadOnly(!m_editable);
    if (!m_editable)
        m_ui->bodyLabel->setText(tr("&Wording:"));
    for (QWidget* button :
         {m_ui->saveButton, m_ui->revertButton, m_ui->restoreDefaultButton, m_ui->saveRulesButton})
        button->setVisible(m_editable);

    connect(m_ui->audienceListWidget, &QListWidget::currentRowChanged, this,
            &AupTemplatesWidget::chooseAudience);
    connect(m_ui->titleLineEdit, &QLineEdit::textChanged, this, &AupTemplatesWidget::updateButtons);
    connect(m_ui->bodyPlainTextEdit, &QPlainTextEdit::textChanged, this, &AupTemplatesWidget::updateButtons);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &AupTemplatesWidget::saveTemplate);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &AupTemplatesWidget::revertTemplate);
    connect(m_ui->restoreDefaultButton, &QPushButton::clicked, this,
            &AupTemplatesWidget::restoreDefaultWording);
    connect(m_ui->saveRulesButton, &QPushButton::clicked, this, &AupTemplatesWidget::saveRules);

    loadYear();
}

AupTemplatesWidget::~AupTemplatesWidget() = default;

bool AupTemplatesWidget::setYear(const AcademicYear& year)
{
    if (!settleEdits(Unsaved::WordingAndRules))
        return false;
    m_year = year;
    loadYear();
    return true;
}

bool AupTemplatesWidget::maybeSave()
{
    return settleEdits(Unsaved::WordingAndRules);
}

bool AupTemplatesWidget::settleEdits(Unsaved scope)
{
    const bool wording = templateChanged();
    const bool rules = scope == Unsaved::WordingAndRules && rulesChanged();
    if (!wording && !rules)
        return true;
    const QString name = m_ui->audienceListWidget->item(m_shownRow)->text();
    const QString question =
        wording && rules
            ? tr("Save your changes to the wording of “%1” and to the year groups’ rules?").arg(name)
        : wording ? tr("Save your changes to the wording of “%1”?").arg(name)
                  : tr("Save your changes to the year groups’ rules?");
    switch (QMessageBox::question(this, tr("Unsaved changes"), question,
                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                  QMessageBox::Save)) {
    case QMessageBox::Save:
        return (!wording || saveTemplate()) && (!rules || saveRules());
    case QMessageBox::Discard:
        revertTemplate();
        fillRules(m_rules);
        return true;
    default:
        return false;
    }
}

void AupTemplatesWidget::loadYear()
{
    AgreementStore store(m_vault);
    const auto templates = store.templates(m_year);
    const auto rules = store.rules(m_year);
    const bool read = templates && rules;
    m_templates = templates.valueOr({});
    m_rules = rules.valueOr({});
    m_ui->audienceListWidget->setEnabled(read);
    m_ui->rulesGroupBox->setEnabled(read);
    m_ui->rulesStatusLabel->clear();
    fillRules(m_rules);
    if (!read) {
        m_shownRow = -1;
        m_ui->titleLineEdit->clear();
        m_ui->bodyPlainTextEdit->clear();
        m_ui->versionLabel->clear();
        showStatus(!templates ? templates.error() : rules.error(), true);
        updateButtons();
        return;
    }
    const int row = std::max(m_ui->audienceListWidget->currentRow(), 0);
    const QSignalBlocker blocker(m_ui->audienceListWidget);
    m_ui->audienceListWidget->setCurrentRow(row);
    showTemplate(row);
}

void AupTemplatesWidget::chooseAudience(int row)
{
    if (row == m_shownRow || row < 0)
        return;
    if (!settleEdits(Unsaved::Wording)) {
        const QSignalBlocker blocker(m_ui->audienceListWidget);
        m_ui->audienceListWidget->setCurrentRow(m_shownRow);
        return;
    }
    showTemplate(row);
}

void AupTemplatesWidget::showTemplate(int row)
{
    m_shownRow = row;
    const AupTemplate* templ = shownTemplate();
    m_ui->titleLineEdit->setText(templ->title);
    m_ui->bodyPlainTextEdit->setPlainText(templ->body);
    showStatus({}, false);
    showVersion();
    updateButtons();
}

void AupTemplatesWidget::showVersion()
{
    const AupTemplate* templ = shownTemplate();
    AgreementFilter filter;
    filter.year = m_year;
    filter.pupils = templ->audience == AupAudience::PupilKs1 || templ->audience == AupAudience::PupilKs2;
    const auto agreements = AgreementStore(m_vault).list(filter);
    QMap<int, int> issuedByVersion;
    for (const Agreement& agreement : agreements.valueOr({}))
        if (agreement.audience == templ->audience)
            ++issuedByVersion[agreement.templateVersion];
    const int current = issuedByVersion.take(templ->version);

    QStringList lines{tr("Version %1 of %2.").arg(QString::number(templ->version), m_year.name())};
    if (issuedByVersion.size() == 1) {
        const int earlier = issuedByVersion.first();
        const QString version = QString::number(issuedByVersion.firstKey());
        lines << (earlier == 1
                      ? tr("1 agreement was issued against version %1; it keeps its text.").arg(version)
                      : tr("%n agreements were issued against version %1; they keep its text.", nullptr,
                           earlier)
                            .arg(version));
    } else if (issuedByVersion.size() > 1) {
        const int earlier = std::accumulate(issuedByVersion.cbegin(), issuedByVersion.cend(), 0);
        lines << tr("%n agreements were issued against earlier versions; they keep their text.", nullptr,
                    earlier);
    }
    if (current > 0)
        lines << (current == 1
                      ? tr("1 agreement has been issued against this version.")
                      : tr("%n agreements have been issued against this version.", nullptr, current));
    if (m_editable)
        lines << (current > 0 ? tr("Saving a change makes version %1; forms already issued keep this text.")
                                    .arg(QString::number(templ->version + 1))
                              : tr("Nothing has been issued against it yet, so saving changes it in place."));
    if (!agreements)
        lines << agreements.error();
    m_ui->versionLabel->setText(lines.join(u' '));
}

void AupTemplatesWidget::showStatus(const QString& text, bool refused)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setStyleSheet(refused ? u"color: #b3261e;"_s : QString());
    m_ui->statusLabel->setVisible(!text.isEmpty());
}

void AupTemplatesWidget::updateButtons()
{
    const bool changed = templateChanged();
    m_ui->saveButton->setEnabled(changed);
    m_ui->revertButton->setEnabled(changed);
    m_ui->restoreDefaultButton->setEnabled(shownTemplate() != nullptr);
    m_ui->saveRulesButton->setEnabled(rulesChanged());
}

AupTemplate* AupTemplatesWidget::shownTemplate()
{
    return m_shownRow >= 0 && m_shownRow < m_templates.size() ? &m_templates[m_shownRow] : nullptr;
}

const AupTemplate* AupTemplatesWidget::shownTemplate() const
{
    return m_shownRow >= 0 && m_shownRow < m_templates.size() ? &m_templates.at(m_shownRow) : nullptr;
}

bool AupTemplatesWidget::templateChanged() const
{
    const AupTemplate* templ = shownTemplate();
    return m_editable && templ &&
           (m_ui->titleLineEdit->text() != templ->title ||
            m_ui->bodyPlainTextEdit->toPlainText() != templ->body);
}

bool AupTemplatesWidget::saveTemplate()
{
    AupTemplate* saved = shownTemplate();
    if (!saved || !templateChanged())
        return true;
    AupTemplate edited = *saved;
    edited.title = m_ui->titleLineEdit->text();
    edited.body = m_ui->bodyPlainTextEdit->toPlainText();
    QString error;
    if (!AgreementStore(m_vault).saveTemplate(edited, &error)) {
        showStatus(error, true);
        return false;
    }
    const int previousVersion = saved->version;
    *saved = edited;
    // The store tidies spaces at the ends; show what it kept.
    if (m_ui->titleLineEdit->text() != saved->title)
        m_ui->titleLineEdit->setText(saved->title);
    if (m_ui->bodyPlainTextEdit->toPlainText() != saved->body)
        m_ui->bodyPlainTextEdit->setPlainText(saved->body);
    showStatus(saved->version > previousVersion
                   ? tr("Saved as version %1: forms already issued keep version %2’s text.")
                         .arg(QString::number(saved->version), QString::number(previousVersion))
                   : tr("Saved."),
               false);
    showVersion();
    updateButtons();
    return true;
}

void AupTemplatesWidget::revertTemplate()
{
    if (shownTemplate())
        showTemplate(m_shownRow);
}

void AupTemplatesWidget::restoreDefaultWording()
{
    const AupTemplate* templ = shownTemplate();
    if (!m_editable || !templ)
        return;
    const AupTemplate lanyards = AgreementStore::defaultTemplate(templ->audience);
    m_ui->titleLineEdit->setText(lanyards.title);
    m_ui->bodyPlainTextEdit->setPlainText(lanyards.body);
    showStatus(templateChanged() ? tr("Lanyard’s wording is filled in. Save to use it, or Revert to go back.")
                                 : tr("This is already Lanyard’s wording."),
               false);
}

void AupTemplatesWidget::fillRules(const QList<AupRule>& rules)
{
    QTableWidget* table = m_ui->rulesTableWidget;
    for (int ordinal = FirstRuleOrdinal; ordinal <= LastRuleOrdinal; ++ordinal) {
        const int row = ruleRow(ordinal);
        const YearGroup yearGroup = *YearGroup::fromOrdinal(ordinal);
        const auto rule = std::find_if(rules.cbegin(), rules.cend(),
                                       [&](const AupRule& r) { return r.yearGroup == yearGroup; });
        const bool covered = rule != rules.cend();
        table->setItem(row, YearGroupColumn, new QTableWidgetItem(yearGroup.displayName()));
        if (ordinal < FirstIssuedOrdinal) {
            // The early years sign nothing, so their rows are greyed; a rule set elsewhere is shown, and
            // kept on saving.
            const QStringList texts{covered ? AgreementStore::audienceName(rule->audience) : tr("Not issued"),
                                    covered ? AgreementStore::signersName(rule->signers) : QString()};
            for (int column : {AudienceColumn, SignersColumn}) {
                auto* item = new QTableWidgetItem(texts.at(column - AudienceColumn));
                item->setFlags(Qt::NoItemFlags);
                table->setItem(row, column, item);
            }
            continue;
        }
        QComboBox* audience = addCombo(row, AudienceColumn);
        audience->addItem(tr("Not issued"), NotIssued);
        for (AupAudience a : {AupAudience::PupilKs1, AupAudience::PupilKs2})
            audience->addItem(AgreementStore::audienceName(a), int(a));
        audience->setCurrentIndex(covered ? audience->findData(int(rule->audience)) : 0);
        QComboBox* signers = addCombo(row, SignersColumn);
        for (AupSigners s : {AupSigners::PupilAndParent, AupSigners::Pupil, AupSigners::Parent})
            signers->addItem(AgreementStore::signersName(s), int(s));
        signers->setCurrentIndex(
            signers->findData(int(covered ? rule->signers : AupSigners::PupilAndParent)));
        for (QComboBox* combo : {audience, signers})
            connect(combo, &QComboBox::currentIndexChanged, this, [this] {
                updateSignerCombos();
                updateButtons();
            });
    }
    // The whole table in sight, with nothing to scroll.
    table->resizeColumnsToContents();
    table->resizeRowsToContents();
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height() + table->verticalHeader()->length() +
                          2 * table->frameWidth());
    updateSignerCombos();
    updateButtons();
}

QComboBox* AupTemplatesWidget::addCombo(int row, int column)
{
    auto* combo = new QComboBox;
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents); // so the column fits its longest choice
    combo->setEnabled(m_editable);
    m_ui->rulesTableWidget->setCellWidget(row, column, combo);
    return combo;
}

int AupTemplatesWidget::ruleChoice(int ordinal, int column) const
{
    return qobject_cast<const QComboBox*>(m_ui->rulesTableWidget->cellWidget(ruleRow(ordinal), column))
        ->currentData()
        .toInt();
}

QList<AupRule> AupTemplatesWidget::editedRules() const
{
    // Rules for year groups outside the table's combos (the early years, or Year 9 up) are kept.
    QList<AupRule> rules;
    std::copy_if(m_rules.cbegin(), m_rules.cend(), std::back_inserter(rules), [](const AupRule& r) {
        return r.yearGroup.ordinal() < FirstIssuedOrdinal || r.yearGroup.ordinal() > LastRuleOrdinal;
    });
    for (int ordinal = FirstIssuedOrdinal; ordinal <= LastRuleOrdinal; ++ordinal) {
        const int audience = ruleChoice(ordinal, AudienceColumn);
        if (audience != NotIssued)
            rules.append({*YearGroup::fromOrdinal(ordinal), AupAudience(audience),
                          AupSigners(ruleChoice(ordinal, SignersColumn))});
    }
    std::sort(rules.begin(), rules.end(),
              [](const AupRule& a, const AupRule& b) { return a.yearGroup < b.yearGroup; });
    return rules;
}

void AupTemplatesWidget::updateSignerCombos()
{
    for (int ordinal = FirstIssuedOrdinal; ordinal <= LastRuleOrdinal; ++ordinal)
        m_ui->rulesTableWidget->cellWidget(ruleRow(ordinal), SignersColumn)
            ->setEnabled(m_editable && ruleChoice(ordinal, AudienceColumn) != NotIssued);
}

bool AupTemplatesWidget::rulesChanged() const
{
    return m_editable && !sameRules(editedRules(), m_rules);
}

bool AupTemplatesWidget::saveRules()
{
    if (!rulesChanged())
        return true;
    const QList<AupRule> rules = editedRules();
    QString error;
    if (!AgreementStore(m_vault).setRules(m_year, rules, &error)) {
        m_ui->rulesStatusLabel->setText(error);
        m_ui->rulesStatusLabel->setStyleSheet(u"color: #b3261e;"_s);
        return false;
    }
    m_rules = rules;
    m_ui->rulesStatusLabel->setText(tr("Saved for %1.").arg(m_year.name()));
    m_ui->rulesStatusLabel->setStyleSheet({});
    updateButtons();
    return true;
}
