#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "audit/AuditViewerWidget.h"
#include "aup/AgreementsWidget.h"
#include "aup/AupTemplatesWidget.h"
#include "backup/BackupController.h"
#include "backup/BackupsWidget.h"
#include "figures/FiguresBundle.h"
#include "governance/FiguresWindow.h"
#include "people/PupilListWidget.h"
#include "people/RolloverWizard.h"
#include "people/SchoolOverviewWidget.h"
#include "people/StaffListWidget.h"
#include "records/SchoolStore.h"
#include "reports/RecoverySheetPrinter.h"
#include "shell/ChangePassphraseDialog.h"
#include "shell/LockController.h"
#include "shell/NewSchoolWizard.h"
#include "shell/UnlockDialog.h"
#include "storage/Vault.h"
#include "users/SafeguardingGrantPrompt.h"
#include "users/UserListWidget.h"

#include <QCloseEvent>
#include <QLabel>
#include <QSettings>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace {
const QString GeometryKey = u"MainWindow/geometry"_s;
const QString StateKey = u"MainWindow/state"_s;
constexpr int SectionRole = Qt::UserRole;
} // namespace

MainWindow::MainWindow(std::unique_ptr<Vault> vault, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_sessionLabel(new QLabel(this))
    , m_backupWarningLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    m_sessionLabel->setObjectName(u"sessionLabel"_s);
    m_backupWarningLabel->setObjectName(u"backupWarningLabel"_s);
    m_backupWarningLabel->setTextFormat(Qt::RichText);
    m_backupWarningLabel->setStyleSheet(u"color: #b3261e;"_s);
    // A long warning is cut short rather than pushing the signed-in user off the status bar.
    m_backupWarningLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_backupWarningLabel->hide();
    statusBar()->addWidget(m_backupWarningLabel, 1);
    statusBar()->addPermanentWidget(m_sessionLabel);
    connect(m_backupWarningLabel, &QLabel::linkActivated, this, [this] { showSection(Section::Backups); });

    connect(m_ui->navigationListWidget, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem* item, QListWidgetItem* previous) {
                // Unsaved AUP wording is saved, discarded, or kept by staying where it is.
                if (previous && m_agreements &&
                    previous->data(SectionRole).toInt() == int(Section::Agreements) &&
                    !m_agreements->templates()->maybeSave()) {
                    const QSignalBlocker blocker(m_ui->navigationListWidget);
                    m_ui->navigationListWidget->setCurrentItem(previous);
                    return;
                }
                if (item)
                    if (QWidget* page = sectionWidget(static_cast<Section>(item->data(SectionRole).toInt())))
                        m_ui->sectionsStackedWidget->setCurrentWidget(page);
            });

    m_ui->newSchoolAction->setShortcut(QKeySequence::New);
    m_ui->openAction->setShortcut(QKeySequence::Open);
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    m_ui->quitAction->setMenuRole(QAction::QuitRole);
    connect(m_ui->newSchoolAction, &QAction::triggered, this, &MainWindow::newSchool);
    connect(m_ui->openAction, &QAction::triggered, this, &MainWindow::openVault);
    connect(m_ui->changePassphraseAction, &QAction::triggered, this, &MainWindow::changePassphrase);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->printRecoverySheetAction, &QAction::triggered, this,
            [this] { printRecoverySheet(this, *m_vault); });
    connect(m_ui->newAcademicYearAction, &QAction::triggered, this, [this] {
        RolloverWizard wizard(*m_vault, this);
        wizard.exec();
        if (!wizard.applied())
            return;
        if (m_pupils)
            m_pupils->reload();
        m_school->reload();
        updateBackupWarning();
    });

    const QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());

    setVault(std::move(vault));
    m_lock = new LockController(this, *m_vault);
    // After the controller's toolbar exists, so that its place is restored too.
    restoreState(settings.value(StateKey).toByteArray());
}

MainWindow::~MainWindow()
{
    // The sections hold references to the vault, so they go before it does.
    clearSections();
}

bool MainWindow::permits(const Vault& vault, Section section)
{
    switch (section) {
    case Section::School:
        return vault.isOpen();
    case Section::Pupils:
    case Section::Staff:
    case Section::Agreements:
        return vault.can(Permission::ReadPeople);
    case Section::Users:
        return vault.can(Permission::ManageUsers);
    case Section::AuditTrail:
        return vault.can(Permission::ReadAudit);
    case Section::Backups:
        return vault.can(Permission::Backup);
    }
    return false;
}

QString MainWindow::sectionTitle(Section section) const
{
    switch (section) {
    case Section::School:
        return tr("School");
    case Section::Pupils:
        return tr("Pupils");
    case Section::Staff:
        return tr("Staff");
    case Section::Agreements:
        return tr("AUP agreements");
    case Section::Users:
        return tr("Users");
    case Section::AuditTrail:
        return tr("Audit trail");
    case Section::Backups:
        return tr("Backups");
    }
    return {};
}

QWidget* MainWindow::sectionWidget(Section section) const
{
    switch (section) {
    case Section::School:
        return m_school;
    case Section::Pupils:
        return m_pupils;
    case Section::Staff:
        return m_staff;
    case Section::Agreements:
        return m_agreements;
    case Section::Users:
        return m_users;
    case Section::AuditTrail:
        return m_audit;
    case Section::Backups:
        return m_backups;
    }
    return nullptr;
}

QList<MainWindow::Section> MainWindow::sections() const
{
    QList<Section> listed;
    for (int row = 0; row < m_ui->navigationListWidget->count(); ++row)
        listed.append(static_cast<Section>(m_ui->navigationListWidget->item(row)->data(SectionRole).toInt()));
    return listed;
}

bool MainWindow::showSection(Section section)
{
    const int row = int(sections().indexOf(section));
    if (row < 0)
        return false;
    m_ui->navigationListWidget->setCurrentRow(row);
    return true;
}

MainWindow::Section MainWindow::currentSection() const
{
    const QListWidgetItem* item = m_ui->navigationListWidget->currentItem();
    return item ? static_cast<Section>(item->data(SectionRole).toInt()) : Section::School;
}

void MainWindow::setKdfLimits(const KdfLimits& limits)
{
    m_kdfLimits = limits;
    if (m_users)
        m_users->setKdfLimits(limits);
}

void MainWindow::clearSections()
{
    const QSignalBlocker blocker(m_ui->navigationListWidget);
    m_ui->navigationListWidget->clear();
    for (QWidget* page :
         {static_cast<QWidget*>(m_school), static_cast<QWidget*>(m_pupils), static_cast<QWidget*>(m_staff),
          static_cast<QWidget*>(m_agreements), static_cast<QWidget*>(m_users), static_cast<QWidget*>(m_audit),
          static_cast<QWidget*>(m_backups)})
        delete page;
    m_school = nullptr;
    m_pupils = nullptr;
    m_staff = nullptr;
    m_agreements = nullptr;
    m_users = nullptr;
    m_audit = nullptr;
    m_backups = nullptr;
    delete m_backupController;
    m_backupController = nullptr;
}

void MainWindow::buildSections()
{
    Vault& vault = *m_vault;
    QStackedWidget* stack = m_ui->sectionsStackedWidget;
    m_backupController = new BackupController(vault, this);
    connect(m_backupController, &BackupController::backedUp, this, &MainWindow::updateBackupWarning);

    m_school = new SchoolOverviewWidget(vault, stack);
    connect(m_school, &SchoolOverviewWidget::schoolChanged, this,
            [this](const School& school) { setWindowTitle(school.name); });
    if (permits(vault, Section::Pupils))
        m_pupils = new PupilListWidget(vault, stack);
    if (permits(vault, Section::Staff))
        m_staff = new StaffListWidget(vault, stack);
    if (permits(vault, Section::Agreements))
        m_agreements = new AgreementsWidget(vault, stack);
    if (permits(vault, Section::Users)) {
        m_users = new UserListWidget(vault, stack);
        m_users->setKdfLimits(m_kdfLimits);
    }
    if (permits(vault, Section::AuditTrail))
        m_audit = new AuditViewerWidget(vault, stack);
    if (permits(vault, Section::Backups))
        m_backups = new BackupsWidget(*m_backupController, stack);

    const QSignalBlocker blocker(m_ui->navigationListWidget);
    const QFontMetrics metrics(m_ui->navigationListWidget->font());
    int width = 0;
    for (Section section : {Section::School, Section::Pupils, Section::Staff, Section::Agreements,
                            Section::Users, Section::AuditTrail, Section::Backups}) {
        QWidget* page = sectionWidget(section);
        if (!page)
            continue;
        stack->addWidget(page);
        auto* item = new QListWidgetItem(sectionTitle(section), m_ui->navigationListWidget);
        item->setData(SectionRole, int(section));
        item->setSizeHint(QSize(0, metrics.height() * 2));
        width = std::max(width, metrics.horizontalAdvance(item->text()));
    }
    m_ui->navigationListWidget->setFixedWidth(std::max(140, width + 48));
}

void MainWindow::setVault(std::unique_ptr<Vault> vault)
{
    Q_ASSERT(vault && vault->isOpen());
    const Section previous = m_vault ? currentSection() : Section::School;
    clearSections();
    m_vault = std::move(vault);
    buildSections();

    const auto school = SchoolStore(*m_vault).load();
    setWindowTitle(school ? school->name : tr("Lanyard"));
    if (!school)
        statusBar()->showMessage(school.error());

    const VaultUser& user = m_vault->user();
    m_sessionLabel->setText(
        user.id == 0 ? tr("Signed in with the recovery key")
                     : tr("Signed in as %1 (%2)").arg(user.displayName, Roles::displayName(user.role)));
    // A recovery-key session has no passphrase of its own to change.
    m_ui->changePassphraseAction->setVisible(user.id != 0);
    m_ui->printRecoverySheetAction->setVisible(RecoverySheetPrinter::mayPrint(*m_vault));
    // Only an administrator starts the new academic year (Rollover needs ManageSettings).
    m_ui->newAcademicYearAction->setVisible(m_vault->can(Permission::ManageSettings));
    if (m_lock)
        m_lock->setVault(*m_vault);

    if (!showSection(previous))
        showSection(Section::School);
    updateBackupWarning();
}

void MainWindow::updateBackupWarning()
{
    const QString warning = m_backupController && m_vault->can(Permission::Backup)
                                ? m_backupController->staleWarning()
                                : QString();
    m_backupWarningLabel->setText(warning.isEmpty() ? QString()
                                                    : u"%1 <a href=\"#backups\">%2</a>"_s.arg(
                                                          warning.toHtmlEscaped(), tr("Go to Backups")));
    m_backupWarningLabel->setToolTip(warning);
    m_backupWarningLabel->setVisible(!warning.isEmpty());
}

void MainWindow::newSchool()
{
    NewSchoolWizard wizard(this);
    wizard.setKdfLimits(m_kdfLimits);
    if (wizard.exec() != QDialog::Accepted)
        return;
    if (std::unique_ptr<Vault> vault = wizard.takeVault())
        setVault(std::move(vault));
}

void MainWindow::openVault()
{
    UnlockDialog dialog(this);
    dialog.setKdfLimits(m_kdfLimits);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const std::optional<Figures> figures = dialog.takeFigures()) {
        auto* window = new FiguresWindow(*figures);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        return;
    }
    std::unique_ptr<Vault> vault = dialog.takeVault();
    if (!vault)
        return;
    const SecureBytes typed = dialog.takeFirstPassphrase();
    // As at start-up: a first passphrase is changed before anything else, or Lanyard closes.
    if (!ChangePassphraseDialog::changeAtFirstSignIn(*vault, typed.view(), m_kdfLimits, this)) {
        close();
        return;
    }
    SafeguardingGrantPrompt::askAtSignIn(this, *vault);
    QString error;
    if (vault->can(Permission::PublishFigures) && !FiguresBundle::publish(*vault, &error))
        statusBar()->showMessage(error);
    setVault(std::move(vault));
}

void MainWindow::changePassphrase()
{
    if (m_vault->user().id == 0)
        return;
    ChangePassphraseDialog dialog(*m_vault, ChangePassphraseDialog::Purpose::Change, this);
    dialog.setKdfLimits(m_kdfLimits);
    if (dialog.exec() != QDialog::Accepted)
        return;
    statusBar()->showMessage(tr("Your passphrase has been changed."), 5000);
    if (m_users)
        m_users->reload();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // The school may want a backup before Lanyard goes; Cancel there keeps the window open.
    // A locked vault has no key to back up with: it closes as it is.
    if ((m_agreements && !m_agreements->templates()->maybeSave()) ||
        (m_backupController && m_vault->isOpen() && !m_backupController->offerOnClose(this))) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    QMainWindow::closeEvent(event);
}
