#include "UserListWidget.h"

#include "ui_UserListWidget.h"

#include "reports/RecoverySheetPrinter.h"
#include "shell/ChangePassphraseDialog.h"
#include "storage/Vault.h"
#include "users/AddUserDialog.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

UserListWidget::UserListWidget(Vault& vault, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::UserListWidget>())
    , m_vault(vault)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    m_ui->reasonLabel->hide();

    QTableWidget* table = m_ui->usersTableWidget;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels({tr("User name"), tr("Full name"), tr("Role"), tr("Status")});
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    connect(m_ui->addUserButton, &QPushButton::clicked, this, &UserListWidget::addUser);
    connect(m_ui->disableButton, &QPushButton::clicked, this, &UserListWidget::toggleDisabled);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &UserListWidget::removeSelectedUser);
    connect(m_ui->resetPassphraseButton, &QPushButton::clicked, this, &UserListWidget::resetPassphrase);
    connect(table, &QTableWidget::itemSelectionChanged, this, [this] {
        showError({});
        updateActions();
    });

    reload();
}

UserListWidget::~UserListWidget() = default;

QString UserListWidget::statusText(const UserAccount& account)
{
    if (account.disabled)
        return tr("Disabled");
    if (account.mustChangePassphrase)
        return tr("Must change passphrase");
    return tr("Active");
}

void UserListWidget::reload()
{
    const std::optional<UserAccount> selected = selectedAccount();
    const auto accounts = UserStore(m_vault).list();
    m_accounts = accounts.valueOr({});
    if (!accounts)
        showError(accounts.error());

    QTableWidget* table = m_ui->usersTableWidget;
    const QSignalBlocker blocker(table);
    table->clearSelection();
    table->setRowCount(int(m_accounts.size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        const UserAccount& account = m_accounts.at(row);
        const QStringList cells{account.name, account.displayName, Roles::displayName(account.role),
                                statusText(account)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            // Disabled people stay listed, so that they can be enabled again, but read as inactive.
            if (account.disabled)
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            table->setItem(row, column, item);
        }
    }
    table->resizeColumnsToContents();
    const int count = int(m_accounts.size());
    m_ui->countLabel->setText(count == 1 ? tr("1 user") : tr("%n users", nullptr, count));
    if (selected)
        selectUser(selected->name);
    updateActions();
}

int UserListWidget::shownCount() const
{
    return m_ui->usersTableWidget->rowCount();
}

bool UserListWidget::selectUser(const QString& name)
{
    const auto found = std::find_if(m_accounts.cbegin(), m_accounts.cend(), [&](const UserAccount& a) {
        return a.name.compare(name, Qt::CaseInsensitive) == 0;
    });
    if (found == m_accounts.cend())
        return false;
    m_ui->usersTableWidget->selectRow(int(std::distance(m_accounts.cbegin(), found)));
    return true;
}

std::optional<UserAccount> UserListWidget::selectedAccount() const
{
    const QModelIndexList rows = m_ui->usersTableWidget->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_accounts.size())
        return std::nullopt;
    return m_accounts.at(rows.first().row());
}

void UserListWidget::updateActions()
{
    const std::optional<UserAccount> account = selectedAccount();
    bool canToggle = false;
    bool canRemove = false;
    bool canReset = false;
    QStringList reasons;
    if (account) {
        const bool self = account->id == m_vault.user().id;
        // The store's own check, and its own words, for the last administrator.
        QString refusal;
        const bool leavesAnAdministrator = UserStore(m_vault).mayRemoveOrDisable(account->name, &refusal);
        if (!leavesAnAdministrator)
            reasons << refusal;
        else if (self)
            reasons << tr("This is you: another administrator can disable or remove your account.");
        canToggle = account->disabled || (leavesAnAdministrator && !self);
        canRemove = leavesAnAdministrator && !self;
        canReset = !account->disabled && !self;
        if (self)
            reasons << tr("To change your own passphrase, use Change passphrase… in the File menu.");
        else if (account->disabled)
            reasons << tr("%1 is disabled: enable them before giving them a new passphrase.")
                           .arg(account->displayName);
        m_ui->disableButton->setText(account->disabled ? tr("&Enable") : tr("&Disable"));
    }
    m_ui->disableButton->setEnabled(canToggle);
    m_ui->removeButton->setEnabled(canRemove);
    m_ui->resetPassphraseButton->setEnabled(canReset);
    const QString reason = reasons.join(u' ');
    m_ui->reasonLabel->setText(reason);
    m_ui->reasonLabel->setVisible(!reason.isEmpty());
    for (QPushButton* button : {m_ui->disableButton, m_ui->removeButton, m_ui->resetPassphraseButton})
        button->setToolTip(button->isEnabled() ? QString() : reason);
}

void UserListWidget::showError(const QString& message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

void UserListWidget::addUser()
{
    AddUserDialog dialog(m_vault, this);
    dialog.setKdfLimits(m_kdfLimits);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectUser(dialog.account().name);
}

void UserListWidget::toggleDisabled()
{
    const std::optional<UserAccount> account = selectedAccount();
    if (!account)
        return;
    QString error;
    SecureBytes recoveryKey;
    const bool done = UserStore(m_vault).setDisabled(account->name, !account->disabled, &recoveryKey, &error);
    if (!recoveryKey.isEmpty())
        showNewRecoveryKey(this, m_vault, Vault::formatRecoveryKey(recoveryKey));
    if (!done)
        showError(error);
    else if (account->disabled)
        QMessageBox::information(
            this, tr("Enable user"),
            tr("%1 is enabled. Reset their passphrase before they sign in: the old one was "
               "withdrawn when they were disabled.")
                .arg(account->displayName));
    reload();
}

void UserListWidget::removeSelectedUser()
{
    const std::optional<UserAccount> account = selectedAccount();
    if (!account)
        return;
    QMessageBox ask(QMessageBox::Question, tr("Remove user"),
                    tr("Remove %1 (%2)? They will no longer be able to sign in.")
                        .arg(account->displayName, account->name),
                    QMessageBox::NoButton, this);
    ask.setInformativeText(tr("What they did stays in the audit trail. To stop them signing in for a "
                              "while, disable them instead."));
    QPushButton* removeButton = ask.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    removeButton->setObjectName(u"confirmRemoveButton"_s);
    ask.addButton(QMessageBox::Cancel)->setObjectName(u"cancelButton"_s);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != removeButton)
        return;
    QString error;
    SecureBytes recoveryKey;
    const bool done = UserStore(m_vault).remove(account->name, &recoveryKey, &error);
    if (!recoveryKey.isEmpty())
        showNewRecoveryKey(this, m_vault, Vault::formatRecoveryKey(recoveryKey));
    if (!done)
        showError(error);
    reload();
}

void UserListWidget::resetPassphrase()
{
    const std::optional<UserAccount> account = selectedAccount();
    if (!account)
        return;
    ChangePassphraseDialog dialog(m_vault, ChangePassphraseDialog::Purpose::Reset, this);
    dialog.setAccount(*account);
    dialog.setKdfLimits(m_kdfLimits);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}
