#include "NewSchoolWizard.h"

#include "ui_NewSchoolWizard.h"

#include "RecoverySheet.h"
#include "domain/AcademicYear.h"
#include "records/AcademicYearStore.h"
#include "records/SchoolStore.h"
#include "reports/RecoverySheetPrinter.h"
#include "storage/AuditLog.h"
#include "storage/Vault.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
constexpr int MinimumPassphrase = 8;
const QString Suffix = QLatin1String(Vault::Suffix);

void showMessage(QLabel* label, const QString& message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}
} // namespace

NewSchoolWizard::NewSchoolWizard(QWidget* parent)
    : QWizard(parent)
    , m_ui(std::make_unique<Ui::NewSchoolWizard>())
{
    m_ui->setupUi(this);
    for (QLabel* label : {m_ui->schoolMessageLabel, m_ui->passphraseMessageLabel, m_ui->saveMessageLabel,
                          m_ui->recoveryMessageLabel})
        label->hide();

    // Creating the vault cannot be undone from here, so the page that does it is a commit page.
    m_ui->savePage->setCommitPage(true);
    m_ui->savePage->setButtonText(QWizard::CommitButton, tr("&Create school"));

    QFont keyFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (!QFontInfo(keyFont).fixedPitch()) { // some platforms name no fixed-pitch font
        keyFont.setFamilies({u"monospace"_s});
        keyFont.setStyleHint(QFont::TypeWriter);
    }
    keyFont.setPointSizeF(keyFont.pointSizeF() * 1.6);
    keyFont.setBold(true);
    m_ui->recoveryKeyLabel->setFont(keyFont);

    connect(m_ui->passphraseLineEdit, &QLineEdit::textChanged, this,
            &NewSchoolWizard::updatePassphraseMessage);
    connect(m_ui->confirmPassphraseLineEdit, &QLineEdit::textChanged, this,
            &NewSchoolWizard::updatePassphraseMessage);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &NewSchoolWizard::browse);
    connect(m_ui->printButton, &QPushButton::clicked, this, &NewSchoolWizard::printRecoveryKey);
    connect(m_ui->saveAsPdfButton, &QPushButton::clicked, this, &NewSchoolWizard::saveRecoverySheet);
    connect(m_ui->keptSafeCheckBox, &QCheckBox::toggled, this,
            [this] { m_ui->recoveryMessageLabel->hide(); });
}

NewSchoolWizard::~NewSchoolWizard() = default;

std::unique_ptr<Vault> NewSchoolWizard::takeVault()
{
    return std::move(m_vault);
}

void NewSchoolWizard::reject()
{
    // Once the vault exists, leaving without the recovery key noted is not offered.
    if (m_vault && currentId() == RecoveryKeyPage) {
        showMessage(m_ui->recoveryMessageLabel,
                    tr("Tick the box once the recovery key is written down or printed, then click %1.")
                        .arg(buttonText(QWizard::FinishButton).remove(u'&')));
        return;
    }
    QWizard::reject();
}

void NewSchoolWizard::initializePage(int id)
{
    if (id == SavePage && m_ui->filePathLineEdit->text().trimmed().isEmpty()) {
        // The school's name, less the characters Windows refuses in a file name.
        QString name = m_ui->schoolNameLineEdit->text().trimmed();
        name.replace(QRegularExpression(u"[\\\\/:*?\"<>|]+"_s), u" "_s);
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        m_ui->filePathLineEdit->setText(
            QDir::toNativeSeparators(QDir(folder).filePath(name.simplified() + Suffix)));
    }
    QWizard::initializePage(id);
}

bool NewSchoolWizard::validateCurrentPage()
{
    switch (currentId()) {
    case SchoolPage:
        return validateSchool();
    case AdministratorPage:
        return validateAdministrator();
    case SavePage:
        return createVault();
    case RecoveryKeyPage:
        if (!m_ui->keptSafeCheckBox->isChecked()) {
            showMessage(m_ui->recoveryMessageLabel,
                        tr("Tick the box to confirm the recovery key is written down or printed."));
            return false;
        }
        return true;
    default:
        return QWizard::validateCurrentPage();
    }
}

bool NewSchoolWizard::validateSchool()
{
    QString error;
    const bool ok =
        SchoolStore::validate({m_ui->schoolNameLineEdit->text(), m_ui->urnLineEdit->text(), {}, {}}, &error);
    showMessage(m_ui->schoolMessageLabel, ok ? QString() : error);
    return ok;
}

void NewSchoolWizard::updatePassphraseMessage()
{
    const QString passphrase = m_ui->passphraseLineEdit->text();
    const QString confirmation = m_ui->confirmPassphraseLineEdit->text();
    QString message;
    if (!passphrase.isEmpty() && passphrase.size() < MinimumPassphrase)
        message = tr("The passphrase needs at least %1 characters; this one has %2.")
                      .arg(MinimumPassphrase)
                      .arg(passphrase.size());
    // Judged once the confirmation is as long as the passphrase, so typing it is not interrupted.
    else if (confirmation.size() >= passphrase.size() && !confirmation.isEmpty() &&
             confirmation != passphrase)
        message = tr("The two passphrases are not the same.");
    showMessage(m_ui->passphraseMessageLabel, message);
}

bool NewSchoolWizard::validateAdministrator()
{
    QString message;
    QLineEdit* focus = nullptr;
    if (m_ui->userNameLineEdit->text().trimmed().isEmpty()) {
        message = tr("Enter a user name for signing in.");
        focus = m_ui->userNameLineEdit;
    } else if (m_ui->displayNameLineEdit->text().trimmed().isEmpty()) {
        message = tr("Enter your name as colleagues should see it.");
        focus = m_ui->displayNameLineEdit;
    } else if (m_ui->passphraseLineEdit->text().size() < MinimumPassphrase) {
        message = tr("The passphrase needs at least %1 characters.").arg(MinimumPassphrase);
        focus = m_ui->passphraseLineEdit;
    } else if (m_ui->confirmPassphraseLineEdit->text() != m_ui->passphraseLineEdit->text()) {
        message = tr("The two passphrases are not the same.");
        focus = m_ui->confirmPassphraseLineEdit;
    }
    showMessage(m_ui->passphraseMessageLabel, message);
    if (focus)
        focus->setFocus();
    return message.isEmpty();
}

QString NewSchoolWizard::chosenPath() const
{
    QString path = QDir::fromNativeSeparators(m_ui->filePathLineEdit->text().trimmed());
    if (!path.isEmpty() && !path.endsWith(Suffix, Qt::CaseInsensitive))
        path += Suffix;
    return path;
}

void NewSchoolWizard::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the school's vault"), chosenPath(),
                                                      tr("Lanyard vaults (*.lanyard)"));
    if (path.isEmpty())
        return;
    m_ui->filePathLineEdit->setText(
        QDir::toNativeSeparators(path.endsWith(Suffix, Qt::CaseInsensitive) ? path : path + Suffix));
    m_ui->saveMessageLabel->hide();
}

bool NewSchoolWizard::createVault()
{
    const QString path = chosenPath();
    if (path.isEmpty()) {
        showMessage(m_ui->saveMessageLabel, tr("Choose where to save the vault."));
        return false;
    }
    if (!QFileInfo(path).absoluteDir().exists()) {
        showMessage(m_ui->saveMessageLabel,
                    tr("The folder %1 does not exist.")
                        .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
        return false;
    }
    const Vault::CreateOptions options{m_ui->schoolNameLineEdit->text().trimmed(),
                                       m_ui->userNameLineEdit->text().trimmed(),
                                       m_ui->displayNameLineEdit->text().trimmed(), m_kdfLimits};
    QByteArray passphrase = m_ui->passphraseLineEdit->text().toUtf8();
    SecureBytes recoveryKey;
    VaultError error;
    {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        const auto restoreCursor = qScopeGuard([] { QGuiApplication::restoreOverrideCursor(); });
        m_vault = Vault::create(path, options, passphrase, &recoveryKey, &error);
    }
    passphrase.fill('\0');
    if (!m_vault) {
        showMessage(m_ui->saveMessageLabel, error.message);
        return false;
    }
    m_ui->passphraseLineEdit->clear();
    m_ui->confirmPassphraseLineEdit->clear();
    m_ui->saveMessageLabel->hide();

    QStringList problems;
    QString problem;
    if (!SchoolStore(*m_vault).save({options.schoolName, m_ui->urnLineEdit->text().trimmed(), {}, {}},
                                    &problem))
        problems << problem;
    if (!AcademicYearStore(*m_vault).ensure(AcademicYear::containing(QDate::currentDate()), &problem))
        problems << problem;
    if (!problems.isEmpty())
        showMessage(
            m_ui->recoveryMessageLabel,
            tr("The vault was created, but: %1 You can put this right later.").arg(problems.join(u' ')));

    // Two lines of four groups fit the page at a size that is easy to copy by hand.
    QString key = Vault::formatRecoveryKey(recoveryKey);
    key[key.size() / 2] = u'\n';
    m_ui->recoveryKeyLabel->setText(key);
    return true;
}

void NewSchoolWizard::printRecoveryKey()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the recovery sheet"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!RecoverySheetPrinter::paint(printer, m_ui->schoolNameLineEdit->text().trimmed(),
                                     m_ui->recoveryKeyLabel->text(), &error)) {
        QMessageBox::warning(this, tr("Print the recovery sheet"), error);
        return;
    }
    recordRecoverySheet(u"printed at creation"_s);
}

void NewSchoolWizard::saveRecoverySheet()
{
    const QString school = m_ui->schoolNameLineEdit->text().trimmed();
    // Beside the vault, named after it: the vault's name is already safe for a file name.
    const QFileInfo vault(chosenPath());
    const QString suggested = vault.dir().filePath(tr("%1 recovery sheet.pdf").arg(vault.completeBaseName()));
    QString path = QFileDialog::getSaveFileName(this, tr("Save the recovery sheet"), suggested,
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        path += u".pdf"_s;
    QString error;
    if (!RecoverySheet::write(path, school, m_ui->recoveryKeyLabel->text(), QDateTime::currentDateTime(),
                              &error)) {
        QMessageBox::warning(this, tr("Save the recovery sheet"), error);
        return;
    }
    recordRecoverySheet(u"saved as PDF at creation"_s);
    QMessageBox::information(
        this, tr("Save the recovery sheet"),
        tr("The recovery sheet is saved as %1. Print it for the school safe, then delete "
           "the file: anyone who has it can open the vault.")
            .arg(QDir::toNativeSeparators(path)));
}

void NewSchoolWizard::recordRecoverySheet(const QString& how)
{
    if (m_vault && m_vault->isOpen())
        AuditLog(*m_vault).recordEvent(u"print_recovery_sheet"_s, how);
}
