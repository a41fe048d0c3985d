#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <chrono>
#include <functional>

class LockScreen;
class QAction;
class QMainWindow;
class QToolBar;
class QWidget;
class Vault;

// Locks a main window and its vault, on demand (Ctrl+L, the toolbar) or after a spell with no key
// or mouse input to the application, and hides the screen at once while someone walks past (F12).
//
// Locking closes the vault and wipes its keys, puts a lock screen in place of the window's central
// widget and hides every other window of the application (open dialogs), remembering them. The
// right passphrase opens the vault again in place, puts the central widget back and shows the
// dialogs again as they were, unsaved edits and all.
//
// The quick hide covers the whole window with a blank screen and hides the dialogs, without
// locking: any key or click brings it all back.
class LockController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockController)
public:
    // QSettings key: minutes without input before Lanyard locks itself; 0 for never.
    static inline const QString IdleLockSetting = QStringLiteral("Security/idleLockMinutes");
    static constexpr int DefaultIdleLockMinutes = 5;

    // Adds a Security toolbar (securityToolBar) to the window, and the actions to its menu named
    // fileMenu if it has one; the idle time comes from the settings. The controller belongs to window.
    LockController(QMainWindow* window, Vault& vault);
    ~LockController() override;

    // When the window changes to another school's vault; not while locked.
    void setVault(Vault& vault);

    bool isLocked() const { return m_locked; }
    bool isQuickHidden() const { return m_quickHidden; }

    // Zero or less for never.
    void setIdleInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds idleInterval() const { return m_idleInterval; }

    // What the idle time is measured by: the steady clock, unless a test sets a clock of its own
    // (and calls checkIdle() as it moves it on). An empty clock is the steady one.
    using Clock = std::function<std::chrono::steady_clock::time_point()>;
    void setClock(Clock clock);

    QAction* lockAction() const { return m_lockAction; }
    QAction* quickHideAction() const { return m_quickHideAction; }
    QToolBar* toolBar() const { return m_toolBar; }
    LockScreen* lockScreen() const { return m_lockScreen; }
    QWidget* quickHideScreen() const { return m_blank; }

public Q_SLOTS:
    void lock();
    void quickHide();
    // Ends the quick hide; the window stays locked if it was.
    void reveal();
    // Locks if the idle interval has gone by since the last input; the idle timer calls it when due.
    void checkIdle();

Q_SIGNALS:
    void locked();
    void unlocked();
    void quickHidden();
    void revealed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addToMenu();
    void buildQuickHideScreen();
    void unlock(const QString& secret);
    void noteInput() { m_lastInput = m_clock(); }
    void restartIdleTimer();

    // Covering starts with the first of locking and quick hiding and ends with the last.
    bool isCovered() const { return m_locked || m_quickHidden; }
    void cover();
    void uncover();
    void updateTitle();

    // While locked: the central widget parked behind the lock screen, docks hidden, actions off.
    void parkContent();
    void restoreContent();

    QMainWindow* const m_window;
    Vault* m_vault;
    QAction* m_lockAction;
    QAction* m_quickHideAction;
    QToolBar* m_toolBar;
    QWidget* m_parking; // hidden; holds whichever of the content and the lock screen is not shown
    LockScreen* m_lockScreen;
    QWidget* m_blank = nullptr;

    bool m_locked = false;
    bool m_quickHidden = false;

    // Remembered while covered, to put back as they were.
    QString m_title;
    QList<QPointer<QWidget>> m_hiddenWindows;
    QPointer<QWidget> m_activeWindow;
    QPointer<QWidget> m_focusWidget;
    // Remembered while locked.
    QPointer<QWidget> m_content;
    QList<QPointer<QWidget>> m_hiddenDocks;
    QList<QPointer<QAction>> m_disabledActions;
    bool m_menuBarWasEnabled = true;

    std::chrono::milliseconds m_idleInterval{0};
    QTimer m_idleTimer;
    Clock m_clock = [] { return std::chrono::steady_clock::now(); };
    std::chrono::steady_clock::time_point m_lastInput;
};
