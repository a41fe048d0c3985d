#include "LockController.h"

#include "shell/LockScreen.h"
#include "storage/Vault.h"
#include "widgets/Icons.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QScopeGuard>
#include <QSettings>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWindow>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
        return true;
    default:
        return false;
    }
}

bool within(const QObject* object, const QObject* ancestor)
{
    for (; object; object = object->parent())
        if (object == ancestor)
            return true;
    return false;
}

// How many windows own this one: a dialog opened from another dialog comes after it.
int ownerDepth(const QWidget* window)
{
    int depth = 0;
    for (const QWidget* owner = window->parentWidget(); owner; owner = owner->parentWidget())
        depth += owner->isWindow() ? 1 : 0;
    return depth;
}

// QDialog::setVisible(false) ends a dialog's exec(), and its caller would take that for Cancel and
// throw the dialog away. Hiding the native window keeps the dialog, its event loop and its
// contents, and releases its hold on the main window, which must take the passphrase. (Qt 6.4;
// tst_lockcontroller checks this still holds, should a later Qt route it through QDialog.)
void setWindowShown(QWidget* window, bool shown)
{
    if (QWindow* handle = window->windowHandle())
        handle->setVisible(shown);
    else
        window->setVisible(shown);
}

} // namespace

LockController::LockController(QMainWindow* window, Vault& vault)
    : QObject(window)
    , m_window(window)
    , m_vault(&vault)
    , m_lockAction(new QAction(Icons::themed(u"system-lock-screen"_s, u"lock.svg"_s), tr("&Lock"), this))
    , m_quickHideAction(
          new QAction(Icons::themed(u"view-private"_s, u"hide-screen.svg"_s), tr("&Hide screen"), this))
    , m_toolBar(new QToolBar(tr("Security"), window))
    , m_parking(new QWidget(window))
    , m_lockScreen(new LockScreen(m_parking))
{
    // Application-wide, so that they work from a dialog too (the event filter covers modal ones).
    m_lockAction->setObjectName(u"lockAction"_s);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    m_lockAction->setToolTip(tr("Lock Lanyard until your passphrase is entered (%1)")
                                 .arg(m_lockAction->shortcut().toString(QKeySequence::NativeText)));
    m_lockAction->setIconText(tr("Lock"));
    connect(m_lockAction, &QAction::triggered, this, &LockController::lock);

    m_quickHideAction->setObjectName(u"quickHideAction"_s);
    m_quickHideAction->setShortcut(QKeySequence(Qt::Key_F12));
    m_quickHideAction->setShortcutContext(Qt::ApplicationShortcut);
    m_quickHideAction->setToolTip(tr("Blank the screen at once while someone walks past (%1); any key "
                                     "brings it back")
                                      .arg(m_quickHideAction->shortcut().toString(QKeySequence::NativeText)));
    m_quickHideAction->setIconText(tr("Hide screen"));
    connect(m_quickHideAction, &QAction::triggered, this, &LockController::quickHide);

    m_toolBar->setObjectName(u"securityToolBar"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_lockAction);
    m_toolBar->addAction(m_quickHideAction);
    window->addToolBar(m_toolBar);
    addToMenu();

    m_parking->setObjectName(u"lockParking"_s);
    m_parking->hide();
    m_lockScreen->setObjectName(u"lockScreen"_s);
    connect(m_lockScreen, &LockScreen::unlockRequested, this, &LockController::unlock);
    buildQuickHideScreen();

    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &LockController::checkIdle);
    const int minutes = QSettings().value(IdleLockSetting, DefaultIdleLockMinutes).toInt();
    setIdleInterval(std::chrono::minutes(std::max(0, minutes)));
    qApp->installEventFilter(this);
}

LockController::~LockController()
{
    qApp->removeEventFilter(this);
}

void LockController::setVault(Vault& vault)
{
    Q_ASSERT(!m_locked);
    m_vault = &vault;
}

void LockController::addToMenu()
{
    auto* menu = m_window->findChild<QMenu*>(u"fileMenu"_s);
    if (!menu)
        return;
    // Before the last group (Quit, usually), as a group of their own.
    const QList<QAction*> actions = menu->actions();
    const auto separator =
        std::find_if(actions.crbegin(), actions.crend(), [](const QAction* a) { return a->isSeparator(); });
    QAction* before = separator == actions.crend() ? nullptr : *separator;
    menu->insertSeparator(before);
    menu->insertActions(before, {m_lockAction, m_quickHideAction});
}

void LockController::buildQuickHideScreen()
{
    m_blank = new QWidget(m_window);
    m_blank->setObjectName(u"quickHideScreen"_s);
    m_blank->setAutoFillBackground(true);
    auto* label = new QLabel(tr("Press any key or click to return"), m_blank);
    label->setAlignment(Qt::AlignCenter);
    label->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(m_blank);
    layout->addWidget(label);
    m_blank->hide();
}

void LockController::setIdleInterval(std::chrono::milliseconds interval)
{
    m_idleInterval = std::max(interval, 0ms);
    noteInput();
    restartIdleTimer();
}

void LockController::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return std::chrono::steady_clock::now(); });
    noteInput();
}

void LockController::restartIdleTimer()
{
    if (m_idleInterval > 0ms && !m_locked)
        m_idleTimer.start(m_idleInterval);
    else
        m_idleTimer.stop();
}

void LockController::checkIdle()
{
    if (m_locked || m_idleInterval <= 0ms)
        return;
    // Input only notes the time, which is cheap; the timer looks again when it would next be due.
    const auto idle = std::chrono::duration_cast<std::chrono::milliseconds>(m_clock() - m_lastInput);
    if (idle >= m_idleInterval)
        lock();
    else
        m_idleTimer.start(m_idleInterval - idle);
}

bool LockController::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if (isInput(type))
        noteInput();

    if (watched == m_window && type == QEvent::Resize && m_quickHidden)
        m_blank->setGeometry(m_window->rect());

    if (m_quickHidden) {
        switch (type) {
        case QEvent::ShortcutOverride:
            // Taken, so that no shortcut fires: the key press that follows only brings the screen back.
            event->accept();
            return true;
        case QEvent::KeyPress:
            if (!static_cast<QKeyEvent*>(event)->isAutoRepeat()) // F12 held down stays hidden
                reveal();
            return true;
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonDblClick:
        case QEvent::TouchBegin:
            reveal();
            return true;
        default:
            return false;
        }
    }

    // A modal dialog keeps the window's shortcuts from firing, but not these two.
    if (type == QEvent::KeyPress) {
        const QKeySequence pressed(static_cast<QKeyEvent*>(event)->keyCombination());
        if (pressed == m_quickHideAction->shortcut()) {
            quickHide();
            return true;
        }
        if (!m_locked && pressed == m_lockAction->shortcut()) {
            lock();
            return true;
        }
    }
    return false;
}

void LockController::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    if (!m_quickHidden)
        cover();
    parkContent();
    m_vault->lock();
    m_idleTimer.stop();
    updateTitle();
    const VaultUser& user = m_vault->user();
    m_lockScreen->setUser(user.displayName, user.id == 0);
    m_lockScreen->reset();
    if (m_quickHidden)
        m_blank->raise();
    else
        m_window->activateWindow();
    Q_EMIT locked();
}

void LockController::unlock(const QString& secret)
{
    if (!m_locked)
        return;
    VaultError error;
    bool opened = false;
    {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        const auto restoreCursor = qScopeGuard([] { QGuiApplication::restoreOverrideCursor(); });
        opened = m_vault->unlock(secret, &error);
    }
    if (!opened) {
        const bool recovery = m_vault->user().id == 0;
        m_lockScreen->showError(
            error.kind != VaultError::Kind::WrongCredentials ? error.message
            : recovery ? tr("The recovery key is wrong. Check it against the sheet and try again.")
                       : tr("The passphrase is wrong. Check Caps Lock and try again."));
        return;
    }
    m_locked = false;
    restoreContent();
    if (m_quickHidden)
        updateTitle();
    else
        uncover();
    noteInput();
    restartIdleTimer();
    Q_EMIT unlocked();
}

void LockController::quickHide()
{
    if (m_quickHidden)
        return;
    m_quickHidden = true;
    if (!m_locked)
        cover();
    updateTitle();
    m_blank->setGeometry(m_window->rect());
    m_blank->raise();
    m_blank->show();
    Q_EMIT quickHidden();
}

void LockController::reveal()
{
    if (!m_quickHidden)
        return;
    m_quickHidden = false;
    m_blank->hide();
    if (m_locked) {
        updateTitle();
        m_window->activateWindow();
        m_lockScreen->reset();
    } else {
        uncover();
    }
    Q_EMIT revealed();
}

void LockController::cover()
{
    m_title = m_window->windowTitle();
    m_activeWindow = QApplication::activeWindow();
    m_focusWidget = QApplication::focusWidget();
    for (int i = 0; i < 10 && QApplication::activePopupWidget(); ++i) // menus, completers
        QApplication::activePopupWidget()->close();

    QList<QWidget*> windows;
    const QList<QWidget*> all = QApplication::topLevelWidgets();
    std::copy_if(all.cbegin(), all.cend(), std::back_inserter(windows), [this](const QWidget* w) {
        const Qt::WindowType kind = w->windowType();
        return w != m_window && w->isVisible() && kind != Qt::Popup && kind != Qt::ToolTip &&
               kind != Qt::Desktop;
    });
    // Owners first, so that shown again in this order a dialog opened from another is above it.
    std::stable_sort(windows.begin(), windows.end(),
                     [](const QWidget* a, const QWidget* b) { return ownerDepth(a) < ownerDepth(b); });
    m_hiddenWindows.clear();
    for (QWidget* w : std::as_const(windows)) {
        m_hiddenWindows << w;
        setWindowShown(w, false);
    }
}

void LockController::uncover()
{
    for (const QPointer<QWidget>& w : std::as_const(m_hiddenWindows))
        if (w)
            setWindowShown(w, true);
    m_hiddenWindows.clear();
    updateTitle();
    if (m_activeWindow) {
        m_activeWindow->raise();
        m_activeWindow->activateWindow();
    }
    if (m_focusWidget)
        m_focusWidget->setFocus();
    m_activeWindow.clear();
    m_focusWidget.clear();
}

void LockController::updateTitle()
{
    // Nothing from the vault while covered, not even the school's name in the title bar.
    if (m_locked)
        m_window->setWindowTitle(tr("Locked"));
    else if (m_quickHidden)
        m_window->setWindowTitle(QString());
    else
        m_window->setWindowTitle(m_title);
}

void LockController::parkContent()
{
    // The content keeps its state (selection, scroll position, half-typed search) behind the lock screen.
    m_content = m_window->takeCentralWidget();
    if (m_content)
        m_content->setParent(m_parking);
    m_window->setCentralWidget(m_lockScreen);
    m_lockScreen->show();

    m_hiddenDocks.clear();
    for (QDockWidget* dock : m_window->findChildren<QDockWidget*>(Qt::FindDirectChildrenOnly)) {
        if (dock->isVisible()) {
            m_hiddenDocks << dock;
            dock->hide();
        }
    }
    // Nothing but the lock screen and the quick hide works while locked.
    m_disabledActions.clear();
    for (QAction* action : m_window->findChildren<QAction*>()) {
        if (action != m_quickHideAction && action->isEnabled() && !within(action, m_parking) &&
            !within(action, m_lockScreen)) {
            m_disabledActions << action;
            action->setEnabled(false);
        }
    }
    if (auto* bar = qobject_cast<QMenuBar*>(m_window->menuWidget())) {
        m_menuBarWasEnabled = bar->isEnabled();
        bar->setEnabled(false);
    }
}

void LockController::restoreContent()
{
    if (QWidget* screen = m_window->takeCentralWidget())
        screen->setParent(m_parking);
    if (m_content) {
        m_window->setCentralWidget(m_content);
        m_content->show();
    }
    m_content.clear();
    for (const QPointer<QWidget>& dock : std::as_const(m_hiddenDocks))
        if (dock)
            dock->show();
    m_hiddenDocks.clear();
    for (const QPointer<QAction>& action : std::as_const(m_disabledActions))
        if (action)
            action->setEnabled(true);
    m_disabledActions.clear();
    if (auto* bar = qobject_cast<QMenuBar*>(m_window->menuWidget()))
        bar->setEnabled(m_menuBarWasEnabled);
}
