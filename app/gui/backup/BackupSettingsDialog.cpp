#include "BackupSettingsDialog.h"

#include "ui_BackupSettingsDialog.h"

#include "backup/BackupController.h"

#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QScopeGuard>

BackupSettingsDialog::BackupSettingsDialog(BackupController& controller, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BackupSettingsDialog>())
    , m_controller(controller)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();

    const BackupController::Settings s = m_controller.settings();
    m_ui->folderLineEdit->setText(QDir::toNativeSeparators(s.folder));
    m_ui->generationsSpinBox->setValue(s.generations);
    m_ui->offerOnCloseCheckBox->setChecked(s.offerOnClose);
    m_ui->copiesSpinBox->setValue(s.copies);
    m_ui->devicesSpinBox->setMaximum(s.copies);
    m_ui->devicesSpinBox->setValue(s.devices);
    m_ui->offSiteCheckBox->setChecked(s.offSite);

    const bool canChange = m_controller.canChangeSettings();
    for (QWidget* field :
         {static_cast<QWidget*>(m_ui->whereGroupBox), static_cast<QWidget*>(m_ui->ruleGroupBox)})
        field->setEnabled(canChange);
    m_ui->saveButton->setVisible(canChange);
    if (!canChange)
        m_ui->cancelButton->setText(tr("Close"));
    m_ui->backUpNowButton->setVisible(m_controller.canBackUp());

    connect(m_ui->browseButton, &QPushButton::clicked, this, &BackupSettingsDialog::browse);
    connect(m_ui->backUpNowButton, &QPushButton::clicked, this, &BackupSettingsDialog::backUpNow);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &BackupSettingsDialog::save);
    connect(m_ui->copiesSpinBox, &QSpinBox::valueChanged, this, [this](int copies) {
        m_ui->devicesSpinBox->setMaximum(copies);
        refreshStatus();
    });
    connect(m_ui->devicesSpinBox, &QSpinBox::valueChanged, this, &BackupSettingsDialog::refreshStatus);
    connect(m_ui->offSiteCheckBox, &QCheckBox::toggled, this, &BackupSettingsDialog::refreshStatus);
    refreshStatus();
}

BackupSettingsDialog::~BackupSettingsDialog() = default;

void BackupSettingsDialog::refreshStatus()
{
    const QString stale = m_controller.staleWarning();
    m_ui->staleWarningLabel->setText(stale);
    m_ui->staleWarningLabel->setVisible(!stale.isEmpty());
    m_ui->lastBackupLabel->setText(m_controller.lastBackupText());
    m_ui->ruleStatusLabel->setText(BackupController::ruleStatus(
        m_ui->copiesSpinBox->value(), m_ui->devicesSpinBox->value(), m_ui->offSiteCheckBox->isChecked()));
}

void BackupSettingsDialog::showError(const QString& message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

void BackupSettingsDialog::browse()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Choose the backup folder"), m_ui->folderLineEdit->text());
    if (!folder.isEmpty())
        m_ui->folderLineEdit->setText(QDir::toNativeSeparators(folder));
}

void BackupSettingsDialog::backUpNow()
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto restoreCursor = qScopeGuard([] { QGuiApplication::restoreOverrideCursor(); });
    QString error;
    const bool ok = m_controller.backUp(QDir::fromNativeSeparators(m_ui->folderLineEdit->text().trimmed()),
                                        m_ui->generationsSpinBox->value(), nullptr, &error);
    showError(ok ? QString() : error);
    refreshStatus();
}

void BackupSettingsDialog::save()
{
    BackupController::Settings s;
    s.folder = QDir::fromNativeSeparators(m_ui->folderLineEdit->text().trimmed());
    s.generations = m_ui->generationsSpinBox->value();
    s.offerOnClose = m_ui->offerOnCloseCheckBox->isChecked();
    s.copies = m_ui->copiesSpinBox->value();
    s.devices = m_ui->devicesSpinBox->value();
    s.offSite = m_ui->offSiteCheckBox->isChecked();
    QString error;
    if (!m_controller.saveSettings(s, &error)) {
        showError(error);
        return;
    }
    accept();
}
