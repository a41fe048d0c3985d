#pragma once

#include "records/UserStore.h"
#include "storage/KeyRing.h"

#include <QDialog>

#include <memory>

class Vault;

namespace Ui {
class AddUserDialog;
}

// An administrator adds someone who may sign in: their user name, full name, role and a first
// passphrase, which they must change the first time they sign in.
class AddUserDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddUserDialog)
public:
    explicit AddUserDialog(Vault& vault, QWidget* parent = nullptr);
    ~AddUserDialog() override;

    // What the role lets its holder do, in plain words, for whoever chooses one.
    static QString roleDescription(Role role);

    // The work factors the new slot is sealed with; tests lower them.
    void setKdfLimits(const KdfLimits& limits) { m_kdfLimits = limits; }
    // The user as added, with their id.
    const UserAccount& account() const { return m_account; }

public Q_SLOTS:
    void add();

private:
    Role chosenRole() const;
    void updateRoleNotes();
    void updatePassphraseMessage(bool finished);
    void showError(const QString& message);

    const std::unique_ptr<Ui::AddUserDialog> m_ui;
    Vault& m_vault;
    UserAccount m_account;
    KdfLimits m_kdfLimits = KdfLimits::defaults();
};
