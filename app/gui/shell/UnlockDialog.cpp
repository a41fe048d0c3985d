#include "UnlockDialog.h"

#include "ui_UnlockDialog.h"

#include "figures/FiguresBundle.h"
#include "shell/NewSchoolWizard.h"
#include "storage/Vault.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QInputDialog>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
const QString VaultPathKey = u"UnlockDialog/vaultPath"_s;
const QString UserNameKey = u"UnlockDialog/userName"_s;

} // namespace

UnlockDialog::UnlockDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UnlockDialog>())
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();

    // The passphrase is never remembered; the file and the user name save typing every morning.
    const QSettings settings;
    m_ui->vaultPathLineEdit->setText(settings.value(VaultPathKey).toString());
    m_ui->userNameLineEdit->setText(settings.value(UserNameKey).toString());
    focusFirstEmpty();

    connect(m_ui->unlockButton, &QPushButton::clicked, this, &UnlockDialog::unlock);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &UnlockDialog::browse);
    connect(m_ui->recoveryKeyButton, &QPushButton::clicked, this, &UnlockDialog::unlockWithRecoveryKey);
    connect(m_ui->newSchoolButton, &QPushButton::clicked, this, &UnlockDialog::createNewSchool);
}

UnlockDialog::~UnlockDialog() = default;

void UnlockDialog::setVaultPath(const QString& path)
{
    m_ui->vaultPathLineEdit->setText(path);
    focusFirstEmpty();
}

void UnlockDialog::focusFirstEmpty()
{
    if (m_ui->vaultPathLineEdit->text().isEmpty())
        m_ui->vaultPathLineEdit->setFocus();
    else if (m_ui->userNameLineEdit->text().isEmpty())
        m_ui->userNameLineEdit->setFocus();
    else
        m_ui->passphraseLineEdit->setFocus();
}

std::unique_ptr<Vault> UnlockDialog::takeVault()
{
    return std::move(m_vault);
}

SecureBytes UnlockDialog::takeFirstPassphrase()
{
    return std::move(m_firstPassphrase);
}

bool UnlockDialog::checkVaultPath()
{
    if (!m_ui->vaultPathLineEdit->text().trimmed().isEmpty())
        return true;
    showError(tr("Choose the school's vault file (it ends in .lanyard), or start a new school."));
    m_ui->vaultPathLineEdit->setFocus();
    return false;
}

void UnlockDialog::showError(const QString& message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

void UnlockDialog::unlock()
{
    if (!checkVaultPath())
        return;
    const QString userName = m_ui->userNameLineEdit->text().trimmed();
    if (userName.isEmpty()) {
        showError(tr("Enter your user name."));
        m_ui->userNameLineEdit->setFocus();
        return;
    }
    QByteArray passphrase = m_ui->passphraseLineEdit->text().toUtf8();
    m_ui->passphraseLineEdit->clear();
    VaultError error;
    std::unique_ptr<Vault> vault;
    {
        // Argon2id takes about half a second on purpose; the cursor says the click was heard.
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        const auto restoreCursor = qScopeGuard([] { QGuiApplication::restoreOverrideCursor(); });
        vault = Vault::open(m_ui->vaultPathLineEdit->text().trimmed(), userName, passphrase, &error);
        if (error.kind == VaultError::Kind::FiguresOnly) {
            auto figures = FiguresBundle::openAsGovernor(m_ui->vaultPathLineEdit->text().trimmed(), userName,
                                                         passphrase);
            passphrase.fill('\0');
            if (!figures) {
                showError(figures.error());
                return;
            }
            m_figures = std::move(*figures);
            accept();
            return;
        }
    }
    if (vault && vault->user().mustChangePassphrase)
        m_firstPassphrase = SecureBytes::copyOf(passphrase);
    passphrase.fill('\0');
    if (!vault) {
        showError(error.message);
        // No passphrase will do: the way on is the recovery key.
        if (error.kind == VaultError::Kind::KeyRingLost)
            m_ui->recoveryKeyButton->setFocus();
        else
            m_ui->passphraseLineEdit->setFocus();
        return;
    }
    QSettings settings;
    settings.setValue(VaultPathKey, vault->path());
    settings.setValue(UserNameKey, userName);
    succeed(std::move(vault));
}

void UnlockDialog::unlockWithRecoveryKey()
{
    if (!checkVaultPath())
        return;
    bool ok = false;
    const QString key = QInputDialog::getText(
        this, tr("Use the recovery key"),
        tr("Type the recovery key kept in the school safe: 8 groups of 8 letters and digits."),
        QLineEdit::Normal, QString(), &ok);
    if (!ok || key.trimmed().isEmpty())
        return;
    VaultError error;
    std::unique_ptr<Vault> vault =
        Vault::openWithRecoveryKey(m_ui->vaultPathLineEdit->text().trimmed(), key.trimmed(), &error);
    if (!vault) {
        showError(error.message);
        return;
    }
    QSettings().setValue(VaultPathKey, vault->path());
    succeed(std::move(vault));
}

void UnlockDialog::browse()
{
    const QString current = m_ui->vaultPathLineEdit->text().trimmed();
    const QString folder = current.isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                               : QFileInfo(current).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a school vault"), folder,
                                                      tr("Lanyard vaults (*.lanyard)"));
    if (path.isEmpty())
        return;
    m_ui->vaultPathLineEdit->setText(QDir::toNativeSeparators(path));
    showError({});
    m_ui->userNameLineEdit->setFocus();
}

void UnlockDialog::createNewSchool()
{
    NewSchoolWizard wizard(this);
    wizard.setKdfLimits(m_kdfLimits);
    if (wizard.exec() != QDialog::Accepted)
        return;
    std::unique_ptr<Vault> vault = wizard.takeVault();
    if (!vault)
        return;
    QSettings settings;
    settings.setValue(VaultPathKey, vault->path());
    settings.setValue(UserNameKey, vault->user().name);
    succeed(std::move(vault));
}

void UnlockDialog::succeed(std::unique_ptr<Vault> vault)
{
    m_vault = std::move(vault);
    showError({});
    accept();
}
