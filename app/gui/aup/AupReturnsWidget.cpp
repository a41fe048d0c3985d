#include "AupReturnsWidget.h"

#include "ui_AupReturnsWidget.h"

#include "records/AgreementStore.h"

#include <QApplication>
#include <QCompleter>
#include <QStringListModel>
#include <QTime>

using namespace Qt::StringLiterals;

AupReturnsWidget::AupReturnsWidget(Vault& vault, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AupReturnsWidget>())
    , m_vault(vault)
    , m_year(AcademicYear::containing(QDate::currentDate()))
    , m_outstandingModel(new QStringListModel(this))
    , m_completer(new QCompleter(m_outstandingModel, this))
{
    m_ui->setupUi(this);
    QFont big = m_ui->scanLineEdit->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    m_ui->scanLineEdit->setFont(big);
    QFont banner = font();
    banner.setPointSizeF(banner.pointSizeF() * 1.6);
    banner.setBold(true);
    m_ui->resultLabel->setFont(banner);

    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_ui->findLineEdit->setCompleter(m_completer);

    connect(m_ui->scanLineEdit, &QLineEdit::returnPressed, this, [this] {
        const QString code = m_ui->scanLineEdit->text().trimmed();
        if (code.isEmpty())
            return;
        record(code);
        m_ui->scanLineEdit->clear();
        m_ui->scanLineEdit->setFocus();
    });
    // Each entry ends with its code, so two pupils of the same name in one form stay apart.
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this,
            [this](const QString& entry) {
                record(entry.section(u' ', -1));
                // The completer writes the name back after this slot; clear it once it has.
                QMetaObject::invokeMethod(m_ui->findLineEdit, &QLineEdit::clear, Qt::QueuedConnection);
                m_ui->scanLineEdit->setFocus();
            });
    connect(m_ui->declinedCheckBox, &QCheckBox::toggled, this, [this](bool declined) {
        m_ui->pupilSignedCheckBox->setEnabled(!declined);
        m_ui->parentSignedCheckBox->setEnabled(!declined);
    });

    reloadOutstanding();
    m_ui->resultLabel->setText(tr("Ready to scan."));
}

AupReturnsWidget::~AupReturnsWidget() = default;

void AupReturnsWidget::setYear(const AcademicYear& year)
{
    m_year = year;
    reloadOutstanding();
}

QString AupReturnsWidget::resultText() const
{
    return m_ui->resultLabel->text();
}

bool AupReturnsWidget::record(const QString& code)
{
    AgreementReturn details;
    details.declined = m_ui->declinedCheckBox->isChecked();
    details.pupilSigned = !details.declined && m_ui->pupilSignedCheckBox->isChecked();
    details.parentSigned = !details.declined && m_ui->parentSignedCheckBox->isChecked();
    details.parentName = m_ui->parentNameLineEdit->text().simplified();

    const auto recorded = AgreementStore(m_vault).recordReturn(code, m_year, details);
    if (!recorded) {
        QApplication::beep();
        showResult(recorded.error(), true);
        return false;
    }
    const QString outcome = AgreementStore::stateName(recorded->state);
    const QString who = u"%1 (%2)"_s.arg(recorded->personName(), recorded->formName);
    showResult(tr("%1: %2").arg(who, outcome), false);
    m_ui->recentListWidget->insertItem(
        0,
        tr("%1  %2: %3").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat), who, outcome));
    resetTicks();
    reloadOutstanding();
    Q_EMIT returnRecorded();
    return true;
}

void AupReturnsWidget::reloadOutstanding()
{
    AgreementFilter filter;
    filter.year = m_year;
    filter.outstandingOnly = true;
    QStringList entries;
    const auto outstanding = AgreementStore(m_vault).list(filter);
    if (!outstanding)
        showResult(outstanding.error(), true);
    for (const Agreement& agreement : outstanding.valueOr({}))
        entries.append(u"%1, %2 (%3)  %4"_s.arg(agreement.surname, agreement.forename, agreement.formName,
                                                agreement.code));
    m_outstandingModel->setStringList(entries);
}

void AupReturnsWidget::showResult(const QString& text, bool refused)
{
    m_ui->resultLabel->setText(text);
    m_ui->resultLabel->setStyleSheet(refused ? u"background: #fbe4e2; color: #8c1d18; border-radius: 6px;"_s
                                             : u"background: #e3f3e6; color: #1b5e20; border-radius: 6px;"_s);
}

void AupReturnsWidget::resetTicks()
{
    m_ui->declinedCheckBox->setChecked(false);
    m_ui->pupilSignedCheckBox->setChecked(true);
    m_ui->parentSignedCheckBox->setChecked(true);
    m_ui->parentNameLineEdit->clear();
}
