#include "AddUserDialog.h"

#include "ui_AddUserDialog.h"

#include "shell/ChangePassphraseDialog.h"
#include "storage/Vault.h"

#include <QGuiApplication>
#include <QPushButton>
#include <QScopeGuard>

using namespace Qt::StringLiterals;

namespace {
// The store's own rule and wording, asked about one field at a time so each message sits by its field.
QString userNameProblem(const QString& name)
{
    QString error;
    UserStore::validate(UserAccount{0, name, u"-"_s, Role::Office, true, false, {}}, &error);
    return error;
}

QString fullNameProblem(const QString& fullName)
{
    QString error;
    UserStore::validate(UserAccount{0, u"ok"_s, fullName, Role::Office, true, false, {}}, &error);
    return error;
}

void showMessage(QLabel* label, const QString& message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}
} // namespace

AddUserDialog::AddUserDialog(Vault& vault, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AddUserDialog>())
    , m_vault(vault)
{
    m_ui->setupUi(this);
    for (QLabel* label : {m_ui->userNameMessageLabel, m_ui->fullNameMessageLabel,
                          m_ui->passphraseMessageLabel, m_ui->errorLabel})
        label->hide();

    for (Role role : Roles::all()) {
        m_ui->roleComboBox->addItem(Roles::displayName(role), int(role));
        m_ui->roleComboBox->setItemData(m_ui->roleComboBox->count() - 1, roleDescription(role),
                                        Qt::ToolTipRole);
    }
    m_ui->roleComboBox->setCurrentIndex(m_ui->roleComboBox->findData(int(Role::Office)));
    updateRoleNotes();

    connect(m_ui->addButton, &QPushButton::clicked, this, &AddUserDialog::add);
    connect(m_ui->roleComboBox, &QComboBox::currentIndexChanged, this, &AddUserDialog::updateRoleNotes);
    // A message, once shown, follows every keystroke until the field is right.
    connect(m_ui->userNameLineEdit, &QLineEdit::editingFinished, this, [this] {
        showMessage(m_ui->userNameMessageLabel, userNameProblem(m_ui->userNameLineEdit->text()));
    });
    connect(m_ui->userNameLineEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (!m_ui->userNameMessageLabel->isHidden())
            showMessage(m_ui->userNameMessageLabel, userNameProblem(text));
    });
    connect(m_ui->fullNameLineEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (!m_ui->fullNameMessageLabel->isHidden())
            showMessage(m_ui->fullNameMessageLabel, fullNameProblem(text));
    });
    connect(m_ui->passphraseLineEdit, &QLineEdit::textChanged, this,
            [this] { updatePassphraseMessage(false); });
    connect(m_ui->confirmPassphraseLineEdit, &QLineEdit::textChanged, this,
            [this] { updatePassphraseMessage(false); });
}

AddUserDialog::~AddUserDialog() = default;

QString AddUserDialog::roleDescription(Role role)
{
    switch (role) {
    case Role::Administrator:
        return tr("The office manager: manages users, backups and the school's settings, and sees "
                  "everything except safeguarding records.");
    case Role::Office:
        return tr("Pupils, parents and staff, acceptable-use agreements, photo consent and password-change "
                  "records. No safeguarding records.");
    case Role::Dsl:
        return tr("The designated safeguarding lead or a deputy: records and reads safeguarding concerns, "
                  "and does everything Office does.");
    case Role::Head:
        return tr("Reads everything, safeguarding records and the audit trail included, but changes "
                  "nothing.");
    case Role::It:
        return tr("Records password changes and keeps the filtering log; sees pupils and staff, but "
                  "cannot change them.");
    case Role::Governor:
        return tr("Reports with anonymised figures only: no names and no records.");
    }
    return {};
}

Role AddUserDialog::chosenRole() const
{
    return static_cast<Role>(m_ui->roleComboBox->currentData().toInt());
}

void AddUserDialog::updateRoleNotes()
{
    const Role role = chosenRole();
    m_ui->roleDescriptionLabel->setText(roleDescription(role));
    QString note;
    const bool keyExists = !m_vault.safeguardingPublicKey().isEmpty();
    if (role == Role::Dsl && !keyExists)
        note = tr("Adding the first Designated Safeguarding Lead creates the safeguarding key, which opens "
                  "concern records. They hold it from now on, and so does any Head.");
    else if (role == Role::Dsl || (role == Role::Head && keyExists))
        note = tr("Adding a Designated Safeguarding Lead or a Head gives them the safeguarding key, which "
                  "opens concern records. Lanyard passes it to them the next time a DSL or the Head who "
                  "holds it signs in.");
    else if (role == Role::Head)
        note = tr("A Head holds the safeguarding key, which opens concern records, once the first Designated "
                  "Safeguarding Lead has been added.");
    m_ui->safeguardingNoteLabel->setText(note);
    m_ui->safeguardingNoteLabel->setVisible(!note.isEmpty());
}

void AddUserDialog::updatePassphraseMessage(bool finished)
{
    const QString passphrase = m_ui->passphraseLineEdit->text();
    const QString confirmation = m_ui->confirmPassphraseLineEdit->text();
    QString message;
    if (finished && passphrase.size() < ChangePassphraseDialog::MinimumLength)
        message = passphrase.isEmpty()
                      ? tr("Type a first passphrase for them.")
                      : tr("Use at least %n characters.", nullptr, ChangePassphraseDialog::MinimumLength);
    else if ((finished || confirmation.size() >= passphrase.size()) && confirmation != passphrase)
        message = confirmation.isEmpty() ? tr("Type the passphrase again, to be sure of it.")
                                         : tr("The two passphrases are not the same.");
    showMessage(m_ui->passphraseMessageLabel, message);
}

void AddUserDialog::showError(const QString& message)
{
    showMessage(m_ui->errorLabel, message);
}

void AddUserDialog::add()
{
    showError({});
    showMessage(m_ui->userNameMessageLabel, userNameProblem(m_ui->userNameLineEdit->text()));
    showMessage(m_ui->fullNameMessageLabel, fullNameProblem(m_ui->fullNameLineEdit->text()));
    updatePassphraseMessage(true);
    for (const auto& [label, field] :
         {std::pair<QLabel*, QWidget*>{m_ui->userNameMessageLabel, m_ui->userNameLineEdit},
          {m_ui->fullNameMessageLabel, m_ui->fullNameLineEdit},
          {m_ui->passphraseMessageLabel, m_ui->passphraseLineEdit}}) {
        if (!label->isHidden()) {
            field->setFocus();
            return;
        }
    }

    UserAccount account{0,
                        m_ui->userNameLineEdit->text().trimmed(),
                        m_ui->fullNameLineEdit->text().trimmed(),
                        chosenRole(),
                        true,
                        false,
                        {}};
    QByteArray passphrase = m_ui->passphraseLineEdit->text().toUtf8();
    const auto wipe = qScopeGuard([&passphrase] { passphrase.fill('\0'); });
    QString error;
    {
        // Argon2id takes about half a second on purpose; the cursor says the click was heard.
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        const auto restoreCursor = qScopeGuard([] { QGuiApplication::restoreOverrideCursor(); });
        if (!UserStore(m_vault).add(account, passphrase, m_kdfLimits, &error)) {
            showError(error);
            return;
        }
    }
    m_account = account;
    m_ui->passphraseLineEdit->clear();
    m_ui->confirmPassphraseLineEdit->clear();
    accept();
}
