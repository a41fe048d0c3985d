#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "NewSchoolWizard.h"
#include "PupilListWidget.h"
#include "StaffListWidget.h"
#include "UnlockDialog.h"
#include "records/SchoolStore.h"
#include "storage/Vault.h"

#include <QCloseEvent>
#include <QLabel>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
const QString GeometryKey = u"MainWindow/geometry"_s;
const QString StateKey = u"MainWindow/state"_s;
} // namespace

MainWindow::MainWindow(std::unique_ptr<Vault> vault, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_userLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    m_userLabel->setObjectName(u"userLabel"_s);
    statusBar()->addPermanentWidget(m_userLabel);

    // Only the sections that work are listed; more join as they are built.
    m_ui->navigationListWidget->addItems({tr("Pupils"), tr("Staff")});
    const QFontMetrics metrics(m_ui->navigationListWidget->font());
    int width = 0;
    for (int row = 0; row < m_ui->navigationListWidget->count(); ++row) {
        QListWidgetItem* item = m_ui->navigationListWidget->item(row);
        width = std::max(width, metrics.horizontalAdvance(item->text()));
        item->setSizeHint(QSize(0, metrics.height() * 2));
    }
    m_ui->navigationListWidget->setFixedWidth(std::max(140, width + 48));
    connect(m_ui->navigationListWidget, &QListWidget::currentRowChanged, m_ui->sectionsStackedWidget,
            &QStackedWidget::setCurrentIndex);

    m_ui->newSchoolAction->setShortcut(QKeySequence::New);
    m_ui->openAction->setShortcut(QKeySequence::Open);
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    m_ui->quitAction->setMenuRole(QAction::QuitRole);
    connect(m_ui->newSchoolAction, &QAction::triggered, this, &MainWindow::newSchool);
    connect(m_ui->openAction, &QAction::triggered, this, &MainWindow::openVault);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);

    const QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());

    setVault(std::move(vault));
}

MainWindow::~MainWindow()
{
    // The sections hold references to the vault, so they go before it does.
    delete m_pupils;
    delete m_staff;
}

void MainWindow::setVault(std::unique_ptr<Vault> vault)
{
    Q_ASSERT(vault && vault->isOpen());
    const int section = std::max(0, m_ui->navigationListWidget->currentRow());
    delete m_pupils;
    delete m_staff;
    m_vault = std::move(vault);
    m_pupils = new PupilListWidget(*m_vault, m_ui->sectionsStackedWidget);
    m_staff = new StaffListWidget(*m_vault, m_ui->sectionsStackedWidget);
    m_ui->sectionsStackedWidget->insertWidget(Pupils, m_pupils);
    m_ui->sectionsStackedWidget->insertWidget(Staff, m_staff);

    QString error;
    const std::optional<School> school = SchoolStore(*m_vault).load(&error);
    setWindowTitle(school ? school->name : tr("Lanyard"));
    if (!school)
        statusBar()->showMessage(error);

    const VaultUser& user = m_vault->user();
    m_userLabel->setText(
        user.id == 0 ? tr("Signed in with the recovery key")
                     : tr("Signed in as %1 (%2)").arg(user.displayName, Roles::displayName(user.role)));

    m_ui->navigationListWidget->setCurrentRow(section);
    m_ui->sectionsStackedWidget->setCurrentIndex(section);
}

void MainWindow::showSection(Section section)
{
    m_ui->navigationListWidget->setCurrentRow(section);
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
    if (std::unique_ptr<Vault> vault = dialog.takeVault())
        setVault(std::move(vault));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    QMainWindow::closeEvent(event);
}
