#include "BackupsWidget.h"

#include "ui_BackupsWidget.h"

#include "backup/BackupController.h"

#include <QDir>
#include <QGuiApplication>
#include <QScopeGuard>

BackupsWidget::BackupsWidget(BackupController& controller, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::BackupsWidget>())
    , m_controller(controller)
{
    m_ui->setupUi(this);
    m_ui->resultLabel->hide();
    m_ui->backUpNowButton->setVisible(m_controller.canBackUp());
    m_ui->changeSettingsButton->setVisible(m_controller.canChangeSettings());

    connect(m_ui->backUpNowButton, &QPushButton::clicked, this, &BackupsWidget::backUpNow);
    connect(m_ui->changeSettingsButton, &QPushButton::clicked, this, &BackupsWidget::changeSettings);
    connect(&m_controller, &BackupController::backedUp, this, &BackupsWidget::refresh);
    refresh();
}

BackupsWidget::~BackupsWidget() = default;

void BackupsWidget::refresh()
{
    const BackupController::Settings s = m_controller.settings();
    const QString stale = m_controller.staleWarning();
    m_ui->staleWarningLabel->setText(stale);
    m_ui->staleWarningLabel->setVisible(!stale.isEmpty());
    m_ui->lastBackupLabel->setText(m_controller.lastBackupText());
    m_ui->folderValueLabel->setText(s.folder.isEmpty() ? tr("Not chosen yet")
                                                       : QDir::toNativeSeparators(s.folder));
    m_ui->generationsValueLabel->setText(s.generations == 1 ? tr("The newest backup only")
                                                            : tr("The newest %1 backups").arg(s.generations));
    m_ui->offerOnCloseValueLabel->setText(s.offerOnClose
                                              ? tr("Lanyard offers a backup when it closes")
                                              : tr("Lanyard does not offer a backup when it closes"));
    m_ui->ruleStatusLabel->setText(m_controller.ruleStatus());

    // Back Up Now is offered only when there is somewhere to back up to.
    const bool haveFolder = !s.folder.trimmed().isEmpty();
    m_ui->backUpNowButton->setEnabled(m_controller.canBackUp() && haveFolder);
    QString hint;
    if (!haveFolder)
        hint =
            m_controller.canChangeSettings()
                ? tr("Choose where backups go, for example a USB drive, with Change Settings…, then back up.")
                : tr("An administrator must choose where backups go before anyone can back up.");
    m_ui->hintLabel->setText(hint);
    m_ui->hintLabel->setVisible(!hint.isEmpty());
}

void BackupsWidget::showResult(const QString& message, bool failed)
{
    m_ui->resultLabel->setStyleSheet(failed ? QStringLiteral("color: #b3261e;") : QString());
    m_ui->resultLabel->setText(message);
    m_ui->resultLabel->setVisible(!message.isEmpty());
}

void BackupsWidget::backUpNow()
{
    QString writtenTo;
    QString error;
    bool ok = false;
    {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        const auto restoreCursor = qScopeGuard([] { QGuiApplication::restoreOverrideCursor(); });
        ok = m_controller.backUpNow(&writtenTo, &error);
    }
    showResult(ok ? tr("Backed up to %1.").arg(QDir::toNativeSeparators(writtenTo)) : error, !ok);
    refresh();
}

void BackupsWidget::changeSettings()
{
    m_controller.showSettings(this);
    showResult({}, false);
    refresh();
}
