#pragma once

#include "figures/Figures.h"
#include "storage/KeyRing.h"

#include <QDialog>

#include <memory>

class Vault;
struct VaultError;

namespace Ui {
class UnlockDialog;
}

// Signs a user in to a school vault, with their passphrase or the school's recovery key, or
// starts a new school. On acceptance it holds the open vault.
class UnlockDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnlockDialog)
public:
    explicit UnlockDialog(QWidget* parent = nullptr);
    ~UnlockDialog() override;

    void setVaultPath(const QString& path);
    // The work factors a new school's first passphrase is sealed with; tests lower them.
    void setKdfLimits(const KdfLimits& limits) { m_kdfLimits = limits; }
    // The vault opened on acceptance; empty before, and after the first call.
    std::unique_ptr<Vault> takeVault();
    // The passphrase typed, kept only when the user must change it at this first sign-in, so that
    // the new one can be told apart from it; empty otherwise, and after the first call.
    SecureBytes takeFirstPassphrase();
    // A governor's sign-in opens the governors' figures, never the vault: what they may see, on
    // acceptance with no vault; empty otherwise, and after the first call.
    std::optional<Figures> takeFigures() { return std::exchange(m_figures, std::nullopt); }

public Q_SLOTS:
    void unlock();
    void unlockWithRecoveryKey();
    void browse();
    void createNewSchool();

private:
    bool checkVaultPath();
    // Where typing starts: the first of the vault, the user name and the passphrase still empty.
    void focusFirstEmpty();
    void showError(const QString& message);
    void succeed(std::unique_ptr<Vault> vault);

    const std::unique_ptr<Ui::UnlockDialog> m_ui;
    std::unique_ptr<Vault> m_vault;
    SecureBytes m_firstPassphrase;
    std::optional<Figures> m_figures;
    KdfLimits m_kdfLimits = KdfLimits::defaults();
};
