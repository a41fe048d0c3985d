#include "AgreementsWidget.h"

#include "ui_AgreementsWidget.h"

#include "AupReports.h"
#include "aup/AupReturnsWidget.h"
#include "aup/AupRoundWidget.h"
#include "aup/AupTemplatesWidget.h"
#include "records/AcademicYearStore.h"
#include "reports/ReportPreviewDialog.h"
#include "storage/Vault.h"

#include <QSignalBlocker>

using namespace Qt::StringLiterals;

AgreementsWidget::AgreementsWidget(Vault& vault, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AgreementsWidget>())
    , m_vault(vault)
    , m_round(new AupRoundWidget(vault, this))
    , m_templates(new AupTemplatesWidget(vault, this))
{
    m_ui->setupUi(this);
    m_ui->tabWidget->addTab(m_round, tr("Round and returns so far"));
    if (vault.can(Permission::WritePeople)) {
        m_returns = new AupReturnsWidget(vault, this);
        m_ui->tabWidget->addTab(m_returns, tr("Record returns"));
        connect(m_returns, &AupReturnsWidget::returnRecorded, m_round, &AupRoundWidget::reload);
        connect(m_round, &AupRoundWidget::issued, m_returns, [this] { m_returns->setYear(year()); });
    }
    // Issuing changes how many forms each template version was issued to.
    connect(m_round, &AupRoundWidget::issued, m_templates, [this] { m_templates->setYear(year()); });
    m_ui->tabWidget->addTab(m_templates, tr("Templates"));

    // The years the school has, and always the current one, newest first; if the calendar cannot
    // be read, the current year alone, whose tabs then say what is wrong.
    QList<AcademicYear> years = AcademicYearStore(vault).list().valueOr({});
    const AcademicYear current = AcademicYear::containing(QDate::currentDate());
    if (!years.contains(current))
        years.append(current);
    std::sort(years.begin(), years.end(), std::greater<>());
    for (const AcademicYear& each : years)
        m_ui->yearComboBox->addItem(each.name(), each.startYear());
    m_ui->yearComboBox->setCurrentIndex(m_ui->yearComboBox->findData(current.startYear()));
    connect(m_ui->yearComboBox, &QComboBox::currentIndexChanged, this,
            [this] { setYear(AcademicYear(m_ui->yearComboBox->currentData().toInt())); });

    m_ui->staffSheetButton->setVisible(vault.can(Permission::ExportPeople));
    connect(m_ui->staffSheetButton, &QPushButton::clicked, this, [this] {
        const AcademicYear chosen = year();
        ReportPreviewDialog::buildAndShow(
            this, {tr("Staff acceptable use %1").arg(chosen.name()), {}},
            [&](QString* error) { return AupReports::staffAup(m_vault, chosen, error); });
    });
    setYear(current);
}

AgreementsWidget::~AgreementsWidget() = default;

AcademicYear AgreementsWidget::year() const
{
    return m_year;
}

bool AgreementsWidget::setYear(const AcademicYear& year)
{
    // Unsaved template edits are saved, discarded or kept (and the year left as it was) first.
    if (!m_templates->setYear(year)) {
        const QSignalBlocker blocker(m_ui->yearComboBox);
        m_ui->yearComboBox->setCurrentIndex(m_ui->yearComboBox->findData(m_year.startYear()));
        return false;
    }
    m_year = year;
    {
        const QSignalBlocker blocker(m_ui->yearComboBox);
        m_ui->yearComboBox->setCurrentIndex(m_ui->yearComboBox->findData(year.startYear()));
    }
    m_round->setYear(year);
    if (m_returns)
        m_returns->setYear(year);
    return true;
}
