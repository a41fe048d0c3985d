#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class LockScreen;
}

// What a locked window shows in place of its records: who is signed in and a passphrase field.
// It shows nothing from the vault, which is closed while it is up (not even the school's name).
class LockScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockScreen)
public:
    explicit LockScreen(QWidget* parent = nullptr);
    ~LockScreen() override;

    // displayName of the signed-in user; a session opened with the recovery key asks for that instead.
    void setUser(const QString& displayName, bool recoveryKeySession);
    // Clears the field and any message, and puts the cursor in the field.
    void reset();
    // After a failed attempt: the message, and an empty field to try again.
    void showError(const QString& message);

Q_SIGNALS:
    // The passphrase (or recovery key) typed; the field is cleared as this is sent.
    void unlockRequested(const QString& secret);

private:
    void requestUnlock();

    const std::unique_ptr<Ui::LockScreen> m_ui;
};
