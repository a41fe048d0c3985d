#pragma once

#include "storage/KeyRing.h"
#include "storage/SecureBytes.h"

#include <QDialog>

#include <memory>

class Vault;
struct UserAccount;

namespace Ui {
class ChangePassphraseDialog;
}

// A new passphrase, typed twice: the signed-in user's own, or, for an administrator, another
// user's (who must then change it when they next sign in).
class ChangePassphraseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangePassphraseDialog)
public:
    static constexpr int MinimumLength = 8;

    enum class Purpose
    {
        FirstSignIn, // straight after signing in with a first passphrase: cannot be skipped
        Change,      // File ▸ Change passphrase…: the current passphrase is asked for first
        Reset,       // an administrator gives another user a new first passphrase
    };

    ChangePassphraseDialog(Vault& vault, Purpose purpose, QWidget* parent = nullptr);
    ~ChangePassphraseDialog() override;

    // FirstSignIn: what the user typed to sign in, so that the new passphrase can be told apart.
    void setCurrentPassphrase(QByteArrayView passphrase);
    // Reset: whose passphrase is set.
    void setAccount(const UserAccount& account);
    // The work factors the new slot is sealed with; tests lower them.
    void setKdfLimits(const KdfLimits& limits) { m_kdfLimits = limits; }

    // Straight after signing in, when the vault's user must change a first passphrase: asks until
    // they do. false when they chose to quit instead.
    static bool changeAtFirstSignIn(Vault& vault, QByteArrayView typedToSignIn, const KdfLimits& limits,
                                    QWidget* parent = nullptr);

public Q_SLOTS:
    void save();

private:
    // The first thing wrong with what is typed, or empty. Length is judged only once `finished`,
    // so that nobody is told off for the first characters of a passphrase.
    QString newPassphraseProblem(bool finished) const;
    QString confirmationProblem() const;
    void updateMessages(bool finished);
    void showError(const QString& message);
    bool currentPassphraseIsRight(QByteArrayView typed) const;

    const std::unique_ptr<Ui::ChangePassphraseDialog> m_ui;
    Vault& m_vault;
    const Purpose m_purpose;
    QString m_userName;
    SecureBytes m_current;
    KdfLimits m_kdfLimits = KdfLimits::defaults();
};
