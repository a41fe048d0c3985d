#pragma once

#include "records/UserStore.h"
#include "storage/KeyRing.h"

#include <QWidget>

#include <memory>

class Vault;

namespace Ui {
class UserListWidget;
}

// The users section, for administrators: everyone who may sign in, with their role and whether
// they are active, must change their passphrase or are disabled. Each action is offered only
// where the store would allow it; where it would not, the reason is shown instead.
class UserListWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserListWidget)
public:
    enum Column
    {
        UserName,
        FullName,
        RoleColumn,
        Status,
        ColumnCount
    };

    explicit UserListWidget(Vault& vault, QWidget* parent = nullptr);
    ~UserListWidget() override;

    static QString statusText(const UserAccount& account);

    // Reads the users again, keeping the selection.
    void reload();
    int shownCount() const;
    bool selectUser(const QString& name);

    // The work factors new slots are sealed with; tests lower them.
    void setKdfLimits(const KdfLimits& limits) { m_kdfLimits = limits; }

public Q_SLOTS:
    void addUser();
    void toggleDisabled();
    void removeSelectedUser();
    void resetPassphrase();

private:
    std::optional<UserAccount> selectedAccount() const;
    void updateActions();
    void showError(const QString& message);

    const std::unique_ptr<Ui::UserListWidget> m_ui;
    Vault& m_vault;
    QList<UserAccount> m_accounts;
    KdfLimits m_kdfLimits = KdfLimits::defaults();
};
