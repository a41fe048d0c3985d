#include "ChangePassphraseDialog.h"

#include "ui_ChangePassphraseDialog.h"

#include "records/UserStore.h"
#include "storage/Vault.h"

#include <QGuiApplication>
#include <QPushButton>
#include <QScopeGuard>

namespace {
// What is typed goes into the key ring as UTF-8; the copy is wiped as soon as it has been used.
class Utf8 final
{
public:
    explicit Utf8(const QString& text)
        : m_bytes(text.toUtf8())
    {
    }
    ~Utf8() { m_bytes.fill('\0'); }
    Utf8(const Utf8&) = delete;
    Utf8& operator=(const Utf8&) = delete;
    QByteArrayView view() const { return m_bytes; }

private:
    QByteArray m_bytes;
};
} // namespace

ChangePassphraseDialog::ChangePassphraseDialog(Vault& vault, Purpose purpose, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ChangePassphraseDialog>())
    , m_vault(vault)
    , m_purpose(purpose)
    , m_userName(vault.user().name)
{
    m_ui->setupUi(this);
    m_ui->formLayout->setRowVisible(m_ui->currentPassphraseLineEdit, purpose == Purpose::Change);

    const QString forgetting =
        tr("Nobody can look your passphrase up, not even an administrator: if you forget it, an "
           "administrator gives you a new one to change again.");
    switch (purpose) {
    case Purpose::FirstSignIn:
        setWindowTitle(tr("Choose your own passphrase"));
        m_ui->introLabel->setText(
            tr("Welcome, %1. You signed in with a first passphrase that someone else gave you. Before you "
               "go on, choose a new one that only you know.")
                .arg(vault.user().displayName));
        m_ui->noteLabel->setText(forgetting);
        // There is no way round it: leaving without a new passphrase leaves Lanyard.
        m_ui->cancelButton->setText(tr("&Quit Lanyard"));
        m_ui->newPassphraseLineEdit->setFocus();
        break;
    case Purpose::Change:
        setWindowTitle(tr("Change passphrase"));
        m_ui->introLabel->setText(tr("Type your current passphrase, then your new one twice."));
        m_ui->noteLabel->setText(forgetting);
        m_ui->currentPassphraseLineEdit->setFocus();
        break;
    case Purpose::Reset:
        setWindowTitle(tr("Reset passphrase"));
        m_ui->changeButton->setText(tr("&Reset Passphrase"));
        m_ui->noteLabel->hide(); // until setAccount() says whether there is anything to add
        m_ui->newPassphraseLineEdit->setFocus();
        break;
    }
    m_ui->newMessageLabel->hide();
    m_ui->confirmMessageLabel->hide();
    updateMessages(false);
    showError({});

    connect(m_ui->changeButton, &QPushButton::clicked, this, &ChangePassphraseDialog::save);
    connect(m_ui->newPassphraseLineEdit, &QLineEdit::textChanged, this, [this] { updateMessages(false); });
    connect(m_ui->confirmPassphraseLineEdit, &QLineEdit::textChanged, this,
            [this] { updateMessages(false); });
    connect(m_ui->currentPassphraseLineEdit, &QLineEdit::textChanged, this,
            [this] { updateMessages(false); });
    connect(m_ui->newPassphraseLineEdit, &QLineEdit::editingFinished, this, [this] {
        // Judged once they move on, not while they are still typing.
        m_ui->newMessageLabel->setText(newPassphraseProblem(true));
        m_ui->newMessageLabel->setVisible(!m_ui->newMessageLabel->text().isEmpty());
    });
}

ChangePassphraseDialog::~ChangePassphraseDialog() = default;

void ChangePassphraseDialog::setCurrentPassphrase(QByteArrayView passphrase)
{
    m_current = SecureBytes::copyOf(passphrase);
    updateMessages(false);
}

void ChangePassphraseDialog::setAccount(const UserAccount& account)
{
    m_userName = account.name;
    if (m_purpose != Purpose::Reset)
        return;
    setWindowTitle(tr("Reset passphrase for %1").arg(account.displayName));
    m_ui->introLabel->setText(
        tr("Give %1 (%2) a new first passphrase, and tell it to them in person. They must change it the "
           "next time they sign in.")
            .arg(account.displayName, account.name));
    // A new slot means a new key pair: the safeguarding key sealed to the old one is gone with it.
    const bool holdsSafeguarding = account.role == Role::Dsl || account.role == Role::Head;
    m_ui->noteLabel->setText(
        holdsSafeguarding
            ? tr("Their safeguarding key was sealed to the old passphrase. Until another Designated "
                 "Safeguarding Lead or the Head next signs in, %1 will not be able to read safeguarding "
                 "records.")
                  .arg(account.displayName)
            : QString());
    m_ui->noteLabel->setVisible(holdsSafeguarding);
}

bool ChangePassphraseDialog::changeAtFirstSignIn(Vault& vault, QByteArrayView typedToSignIn,
                                                 const KdfLimits& limits, QWidget* parent)
{
    if (!vault.isOpen() || !vault.user().mustChangePassphrase)
        return true;
    ChangePassphraseDialog dialog(vault, Purpose::FirstSignIn, parent);
    dialog.setCurrentPassphrase(typedToSignIn);
    dialog.setKdfLimits(limits);
    return dialog.exec() == QDialog::Accepted;
}

QString ChangePassphraseDialog::newPassphraseProblem(bool finished) const
{
    const QString typed = m_ui->newPassphraseLineEdit->text();
    if (typed.isEmpty())
        return finished ? tr("Type a new passphrase.") : QString();
    if (typed.size() < MinimumLength)
        return finished ? tr("Use at least %n characters.", nullptr, MinimumLength) : QString();
    if (m_purpose == Purpose::Change && typed == m_ui->currentPassphraseLineEdit->text())
        return tr("Choose a passphrase different from your current one.");
    if (m_purpose == Purpose::FirstSignIn && !m_current.isEmpty() && Utf8(typed).view() == m_current.view())
        return tr("Choose a passphrase different from the one you were given.");
    return {};
}

QString ChangePassphraseDialog::confirmationProblem() const
{
    const QString confirmation = m_ui->confirmPassphraseLineEdit->text();
    if (confirmation.isEmpty() || confirmation == m_ui->newPassphraseLineEdit->text())
        return {};
    // Said only once they have typed as much as the first, so that it does not nag every keystroke.
    if (confirmation.size() < m_ui->newPassphraseLineEdit->text().size() &&
        m_ui->newPassphraseLineEdit->text().startsWith(confirmation))
        return {};
    return tr("The two new passphrases are not the same.");
}

void ChangePassphraseDialog::updateMessages(bool finished)
{
    const QString problem = newPassphraseProblem(finished || !m_ui->newMessageLabel->isHidden());
    m_ui->newMessageLabel->setText(problem);
    m_ui->newMessageLabel->setVisible(!problem.isEmpty());
    QString confirmation = confirmationProblem();
    if (confirmation.isEmpty() && finished && problem.isEmpty() &&
        m_ui->confirmPassphraseLineEdit->text() != m_ui->newPassphraseLineEdit->text())
        confirmation = m_ui->confirmPassphraseLineEdit->text().isEmpty()
                           ? tr("Type the new passphrase again, to be sure of it.")
                           : tr("The two new passphrases are not the same.");
    m_ui->confirmMessageLabel->setText(confirmation);
    m_ui->confirmMessageLabel->setVisible(!confirmation.isEmpty());
}

void ChangePassphraseDialog::showError(const QString& message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

bool ChangePassphraseDialog::currentPassphraseIsRight(QByteArrayView typed) const
{
    KeyRing ring;
    return ring.load(KeyRing::pathFor(m_vault.path())) && ring.unlock(m_userName, typed).has_value();
}

void ChangePassphraseDialog::save()
{
    showError({});
    updateMessages(true);
    if (!m_ui->newMessageLabel->isHidden()) {
        m_ui->newPassphraseLineEdit->setFocus();
        return;
    }
    if (!m_ui->confirmMessageLabel->isHidden()) {
        m_ui->confirmPassphraseLineEdit->setFocus();
        return;
    }

    // Argon2id takes about half a second on purpose; the cursor says the click was heard.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const auto restoreCursor = qScopeGuard([] { QGuiApplication::restoreOverrideCursor(); });
    if (m_purpose == Purpose::Change) {
        const Utf8 current(m_ui->currentPassphraseLineEdit->text());
        if (current.view().isEmpty() || !currentPassphraseIsRight(current.view())) {
            showError(current.view().isEmpty() ? tr("Type your current passphrase.")
                                               : tr("That is not your current passphrase."));
            m_ui->currentPassphraseLineEdit->clear();
            m_ui->currentPassphraseLineEdit->setFocus();
            return;
        }
    }
    const Utf8 passphrase(m_ui->newPassphraseLineEdit->text());
    QString error;
    if (!m_vault.setPassphrase(m_userName, passphrase.view(), m_kdfLimits, &error)) {
        showError(error);
        return;
    }
    m_ui->currentPassphraseLineEdit->clear();
    m_ui->newPassphraseLineEdit->clear();
    m_ui->confirmPassphraseLineEdit->clear();
    accept();
}
