#include "TestVault.h"
#include "TestWidgets.h"
#include "WhenShown.h"
#include "people/PupilDialog.h"
#include "records/SchoolStore.h"
#include "shell/LockController.h"
#include "shell/LockScreen.h"
#include "storage/AuditLog.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWindow>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QString SchoolName = u"Ysgol Gynradd Llanfair"_s;

// Every piece of text a widget and its children show.
QStringList shownText(const QWidget& widget)
{
    QStringList texts;
    for (const QLabel* label : widget.findChildren<QLabel*>())
        texts << label->text();
    for (const QLineEdit* edit : widget.findChildren<QLineEdit*>())
        texts << edit->text();
    return texts;
}

// Typed as a person types: through the window, where a modal dialog would stop it.
void typeIntoWindow(QWidget& window, const QByteArray& text)
{
    for (const char c : text)
        QTest::keyClick(window.windowHandle(), c);
}

} // namespace

class TestLockController final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void addsTheActionsToAToolbarAndTheFileMenu();
    void theActionsShowLanyardsIcons();
    void idleTimeComesFromTheSettings();
    void ctrlLLocksAndWipesTheKeys();
    void lockScreenShowsNothingFromTheVault();
    void wrongPassphraseIsRefused();
    void rightPassphraseRestoresTheWindow();
    void unlockingReturnsToAnOpenDialogWithItsEdits();
    void locksAfterIdleTime();
    void idleTimerLocksOnItsOwn();
    void noIdleLockWhileInputArrives();
    void quickHideCoversUntilAnyKey();
    void quickHideEndsWithAClick();
    void lockedWhileHiddenStaysLockedWhenRevealed();

private:
    void lockWithKeys();
    // The idle time goes by on the test's clock, m_now, only as the test moves it on; checkIdle() then
    // does what the idle timer would when due.
    void useTestClock();

    std::chrono::steady_clock::time_point m_now;

    std::unique_ptr<TestVault> m_test;
    std::unique_ptr<QMainWindow> m_window;
    QLineEdit* m_data = nullptr; // stands for the records the window shows
    LockController* m_controller = nullptr;
};

void TestLockController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLockController::init()
{
    QSettings().clear();
    m_test = TestVault::create(SchoolName);
    m_window = std::make_unique<QMainWindow>();
    m_window->setWindowTitle(SchoolName);
    auto* central = new QWidget;
    central->setObjectName(u"centralWidget"_s);
    auto* layout = new QVBoxLayout(central);
    m_data = new QLineEdit(u"Siân Llywelyn, Year 3"_s);
    m_data->setObjectName(u"dataLineEdit"_s);
    layout->addWidget(m_data);
    m_window->setCentralWidget(central);
    QMenu* file = m_window->menuBar()->addMenu(u"&File"_s);
    file->setObjectName(u"fileMenu"_s);
    file->addAction(u"&Open…"_s);
    file->addSeparator();
    file->addAction(u"&Quit"_s)->setObjectName(u"quitAction"_s);

    m_controller = new LockController(m_window.get(), **m_test);
    m_window->resize(800, 600);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_data->setFocus();
}

void TestLockController::cleanup()
{
    m_window.reset();
    m_test.reset();
}

void TestLockController::addsTheActionsToAToolbarAndTheFileMenu()
{
    QToolBar* bar = m_window->findChild<QToolBar*>(u"securityToolBar"_s);
    QVERIFY(bar);
    QVERIFY(bar->actions().contains(m_controller->lockAction()));
    QVERIFY(bar->actions().contains(m_controller->quickHideAction()));
    QCOMPARE(m_controller->lockAction()->shortcut(), QKeySequence(u"Ctrl+L"_s));
    QCOMPARE(m_controller->quickHideAction()->shortcut(), QKeySequence(Qt::Key_F12));

    // In the File menu as a group of their own, before Quit.
    const QList<QAction*> actions = m_window->findChild<QMenu*>(u"fileMenu"_s)->actions();
    const qsizetype lock = actions.indexOf(m_controller->lockAction());
    QVERIFY(lock > 0);
    QVERIFY(actions.at(lock - 1)->isSeparator());
    QCOMPARE(actions.at(lock + 1), m_controller->quickHideAction());
    QVERIFY(actions.at(lock + 2)->isSeparator());
    QCOMPARE(actions.at(lock + 3)->objectName(), u"quitAction"_s);
}

// The offscreen platform has no icon theme, so these are Lanyard's own, which must be in the program.
void TestLockController::theActionsShowLanyardsIcons()
{
    QVERIFY(!m_controller->lockAction()->icon().pixmap(16, 16).isNull());
    QVERIFY(!m_controller->quickHideAction()->icon().pixmap(16, 16).isNull());
}

void TestLockController::idleTimeComesFromTheSettings()
{
    QCOMPARE(m_controller->idleInterval(), std::chrono::milliseconds(5min));
    QSettings().setValue(LockController::IdleLockSetting, 0);
    QMainWindow other;
    const LockController never(&other, **m_test);
    QCOMPARE(never.idleInterval(), 0ms);
    QSettings().setValue(LockController::IdleLockSetting, 15);
    QMainWindow another;
    const LockController fifteen(&another, **m_test);
    QCOMPARE(fifteen.idleInterval(), std::chrono::milliseconds(15min));
}

void TestLockController::useTestClock()
{
    m_now = std::chrono::steady_clock::now();
    m_controller->setClock([this] { return m_now; });
}

void TestLockController::lockWithKeys()
{
    QTest::keyClick(m_data, Qt::Key_L, Qt::ControlModifier);
    QVERIFY(m_controller->isLocked());
}

void TestLockController::ctrlLLocksAndWipesTheKeys()
{
    QSignalSpy locked(m_controller, &LockController::locked);
    lockWithKeys();
    QCOMPARE(locked.count(), 1);

    Vault& vault = **m_test;
    QVERIFY(vault.isLocked());
    QVERIFY(!vault.isOpen()); // the vault key is gone
    QVERIFY(vault.safeguardingSecretKey().isEmpty());
    QVERIFY(!vault.database().isOpen());
    const auto school = SchoolStore(vault).load();
    QVERIFY(!school); // the stores can read nothing
    QVERIFY(!school.error().isEmpty());

    // The records are out of sight, and nothing but the lock screen and the quick hide works.
    QCOMPARE(m_window->centralWidget(), m_controller->lockScreen());
    QVERIFY(m_controller->lockScreen()->isVisible());
    QVERIFY(!m_data->isVisible());
    QVERIFY(!m_controller->lockAction()->isEnabled());
    QVERIFY(m_controller->quickHideAction()->isEnabled());
    QVERIFY(!m_window->menuBar()->isEnabled());
    QVERIFY(!m_window->windowTitle().contains(SchoolName));

    // Ctrl+L again changes nothing.
    QTest::keyClick(m_controller->lockScreen(), Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(locked.count(), 1);
}

void TestLockController::lockScreenShowsNothingFromTheVault()
{
    m_controller->lock();
    const QStringList texts = shownText(*m_controller->lockScreen());
    QVERIFY2(texts.join(u' ').contains(u"Test Administrator"_s), qPrintable(texts.join(u'|')));
    for (const QString& text : texts)
        QVERIFY2(!text.contains(SchoolName) && !text.contains(u"Siân"_s), qPrintable(text));
    QCOMPARE(m_window->focusWidget(), child<QLineEdit>(*m_controller->lockScreen(), u"passphraseLineEdit"_s));
}

void TestLockController::wrongPassphraseIsRefused()
{
    m_controller->lock();
    LockScreen& screen = *m_controller->lockScreen();
    QSignalSpy unlocked(m_controller, &LockController::unlocked);
    auto* passphrase = child<QLineEdit>(screen, u"passphraseLineEdit"_s);
    auto* message = child<QLabel>(screen, u"errorLabel"_s);
    QVERIFY(!message->isVisible());

    QTest::keyClicks(passphrase, u"correct horse battery stable"_s);
    QTest::mouseClick(child<QPushButton>(screen, u"unlockButton"_s), Qt::LeftButton);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"The passphrase is wrong"_s), qPrintable(message->text()));
    QVERIFY(passphrase->text().isEmpty());
    QVERIFY(m_controller->isLocked());
    QVERIFY((*m_test)->isLocked());
    QCOMPARE(unlocked.count(), 0);
    QVERIFY(!m_data->isVisible());

    // An empty field is not an attempt.
    QTest::keyClick(passphrase, Qt::Key_Return);
    QVERIFY(m_controller->isLocked());
    // Typing again clears the message.
    QTest::keyClicks(passphrase, u"c"_s);
    QVERIFY(!message->isVisible());
}

void TestLockController::rightPassphraseRestoresTheWindow()
{
    m_data->setText(u"half-typed search"_s);
    m_data->setCursorPosition(4);
    lockWithKeys();
    QSignalSpy unlocked(m_controller, &LockController::unlocked);
    auto* passphrase = child<QLineEdit>(*m_controller->lockScreen(), u"passphraseLineEdit"_s);
    QTest::keyClicks(passphrase, QString::fromUtf8(TestVault::Passphrase));
    QTest::keyClick(passphrase, Qt::Key_Return);

    QCOMPARE(unlocked.count(), 1);
    QVERIFY(!m_controller->isLocked());
    Vault& vault = **m_test;
    QVERIFY(vault.isOpen());
    QCOMPARE(vault.user().name, TestVault::UserName);
    const auto school = SchoolStore(vault).load();
    QVERIFY2(school, qPrintable(school.error()));
    QVERIFY(passphrase->text().isEmpty());

    // As it was: the same widget, its text, where the cursor was, the title, the menus.
    QCOMPARE(m_window->centralWidget()->objectName(), u"centralWidget"_s);
    QVERIFY(m_data->isVisible());
    QCOMPARE(m_data->text(), u"half-typed search"_s);
    QCOMPARE(m_data->cursorPosition(), 4);
    QCOMPARE(m_window->focusWidget(), m_data);
    QCOMPARE(m_window->windowTitle(), SchoolName);
    QVERIFY(m_window->menuBar()->isEnabled());
    QVERIFY(m_controller->lockAction()->isEnabled());

    // The audit trail shows the lock and the sign-in that ended it.
    const auto entries = AuditLog(vault).list();
    QVERIFY2(entries, qPrintable(entries.error()));
    QVERIFY(entries->size() >= 2);
    QCOMPARE(entries->at(0).action, u"login"_s);
    QCOMPARE(entries->at(1).action, u"lock"_s);

    // And it locks again.
    lockWithKeys();
}

void TestLockController::unlockingReturnsToAnOpenDialogWithItsEdits()
{
    // As the pupil list opens it: modal, in exec(), whose Cancel would throw the edits away.
    PupilDialog dialog(**m_test, m_window.get());
    bool checkedWhileLocked = false;
    bool shownAgain = false;
    const WhenShown<PupilDialog> drive([&](PupilDialog*) {
        auto finish = qScopeGuard([&] { dialog.reject(); }); // a failed check must not leave exec() hanging
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* surname = child<QLineEdit>(dialog, u"surnameLineEdit"_s);
        surname->setFocus();
        QTest::keyClicks(surname, u"Llywelyn"_s);

        // Ctrl+L from inside the modal dialog, where the window's own shortcuts are blocked.
        QTest::keyClick(surname, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(m_controller->isLocked());
        QVERIFY(!dialog.isVisible());
        QVERIFY((*m_test)->isLocked());

        // The passphrase goes in through the main window, which the hidden dialog no longer blocks.
        typeIntoWindow(*m_window, "wrong passphrase");
        QTest::keyClick(m_window->windowHandle(), Qt::Key_Return);
        QVERIFY(m_controller->isLocked());
        QVERIFY(!dialog.isVisible());
        checkedWhileLocked = true;
        typeIntoWindow(*m_window, TestVault::Passphrase);
        QTest::keyClick(m_window->windowHandle(), Qt::Key_Return);
        QVERIFY(!m_controller->isLocked());

        // Checked once the event loop has turned: had unlocking ended exec(), it would be over by now.
        finish.dismiss();
        QMetaObject::invokeMethod(
            &dialog,
            [&] {
                auto close = qScopeGuard([&] { dialog.done(42); });
                QVERIFY(dialog.isVisible());
                QVERIFY(dialog.isModal());
                QCOMPARE(child<QLineEdit>(dialog, u"surnameLineEdit"_s)->text(), u"Llywelyn"_s);
                QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, u"surnameLineEdit"_s));
                shownAgain = true;
            },
            Qt::QueuedConnection);
    });
    const int result = dialog.exec();
    QVERIFY(checkedWhileLocked);
    QVERIFY(shownAgain);
    QCOMPARE(result, 42);
}

void TestLockController::locksAfterIdleTime()
{
    useTestClock();
    QSignalSpy locked(m_controller, &LockController::locked);
    m_controller->setIdleInterval(5min);
    m_now += 5min - 1s;
    m_controller->checkIdle();
    QVERIFY(!m_controller->isLocked());
    m_now += 1s;
    m_controller->checkIdle();
    QVERIFY(m_controller->isLocked());
    QVERIFY((*m_test)->isLocked());
    QCOMPARE(locked.count(), 1);

    // Never, once set to 0: the window stays open however long it sits.
    auto* passphrase = child<QLineEdit>(*m_controller->lockScreen(), u"passphraseLineEdit"_s);
    QTest::keyClicks(passphrase, QString::fromUtf8(TestVault::Passphrase));
    QTest::keyClick(passphrase, Qt::Key_Return);
    QVERIFY(!m_controller->isLocked());
    m_controller->setIdleInterval(0ms);
    m_now += 24h;
    m_controller->checkIdle();
    QVERIFY(!m_controller->isLocked());
}

void TestLockController::idleTimerLocksOnItsOwn()
{
    // On the real clock: the timer comes round and locks, however long a busy machine takes to get there.
    m_controller->setIdleInterval(300ms);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->isLocked(), 60000);
    QVERIFY((*m_test)->isLocked());
}

void TestLockController::noIdleLockWhileInputArrives()
{
    useTestClock();
    m_controller->setIdleInterval(5min);
    // Keys and the mouse in turn, three minutes apart, for six times the interval; each time the
    // timer looks first. Keys alone, six minutes apart, would not keep it open.
    for (int i = 0; i < 10; ++i) {
        m_now += 3min;
        m_controller->checkIdle();
        QVERIFY2(!m_controller->isLocked(), qPrintable(QString::number(i)));
        if (i % 2)
            QTest::keyClick(m_data, Qt::Key_Right);
        else
            QTest::mouseMove(m_window->windowHandle(), QPoint(100 + i * 10, 100));
    }
    // Then five minutes with no input.
    m_now += 5min;
    m_controller->checkIdle();
    QVERIFY(m_controller->isLocked());
}

void TestLockController::quickHideCoversUntilAnyKey()
{
    QDialog dialog(m_window.get());
    auto* notes = new QLineEdit(u"note in progress"_s, &dialog);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    m_window->activateWindow();
    m_data->setFocus();
    QSignalSpy hidden(m_controller, &LockController::quickHidden);
    QSignalSpy revealed(m_controller, &LockController::revealed);

    QTest::keyClick(m_data, Qt::Key_F12);
    QCOMPARE(hidden.count(), 1);
    QVERIFY(m_controller->isQuickHidden());
    QWidget* blank = m_controller->quickHideScreen();
    QVERIFY(blank->isVisible());
    QCOMPARE(blank->geometry(), m_window->rect());
    QVERIFY(blank->isAncestorOf(m_window->childAt(m_data->mapTo(m_window.get(), QPoint(5, 5)))) ||
            m_window->childAt(m_data->mapTo(m_window.get(), QPoint(5, 5))) == blank);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(m_window->windowTitle(), QString());
    for (const QString& text : shownText(*blank))
        QVERIFY2(!text.contains(SchoolName) && !text.contains(u"Siân"_s), qPrintable(text));
    QVERIFY2(shownText(*blank).join(u' ').contains(u"Press any key or click to return"_s),
             qPrintable(shownText(*blank).join(u'|')));
    // Not a lock: the vault stays open and its key stays.
    QVERIFY(!m_controller->isLocked());
    QVERIFY((*m_test)->isOpen());

    // It follows the window's size.
    m_window->resize(900, 700);
    QTRY_COMPARE(blank->geometry(), m_window->rect());

    // Any key brings it back, and goes no further: the key is not typed into the records.
    const QString before = m_data->text();
    QTest::keyClick(m_data, Qt::Key_X);
    QCOMPARE(revealed.count(), 1);
    QVERIFY(!m_controller->isQuickHidden());
    QVERIFY(!blank->isVisible());
    QCOMPARE(m_data->text(), before);
    QVERIFY(dialog.isVisible());
    QCOMPARE(notes->text(), u"note in progress"_s);
    QCOMPARE(m_window->windowTitle(), SchoolName);

    // The toolbar button does the same as F12; and a shortcut pressed while hidden only reveals
    // (F12's own shortcut would keep it hidden).
    m_controller->quickHideAction()->trigger();
    QVERIFY(m_controller->isQuickHidden());
    QTest::keyClick(m_data, Qt::Key_F12);
    QVERIFY(!m_controller->isQuickHidden());
    QCOMPARE(hidden.count(), 2);
    QCOMPARE(revealed.count(), 2);
    QVERIFY(!m_controller->isLocked());
}

void TestLockController::quickHideEndsWithAClick()
{
    QTest::keyClick(m_data, Qt::Key_F12);
    QVERIFY(m_controller->isQuickHidden());
    QTest::mouseClick(m_controller->quickHideScreen(), Qt::LeftButton, {}, QPoint(200, 200));
    QVERIFY(!m_controller->isQuickHidden());
    QVERIFY(!m_controller->quickHideScreen()->isVisible());
    QVERIFY(m_data->isVisible());
}

void TestLockController::lockedWhileHiddenStaysLockedWhenRevealed()
{
    QDialog dialog(m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    useTestClock();
    m_controller->quickHide();
    m_controller->setIdleInterval(5min);
    m_now += 5min; // the office is left with the screen hidden
    m_controller->checkIdle();
    QVERIFY(m_controller->isLocked());
    QVERIFY(m_controller->isQuickHidden());

    // A key brings back the lock screen, not the records, nor the dialog.
    QTest::keyClick(m_controller->quickHideScreen(), Qt::Key_Space);
    QVERIFY(!m_controller->isQuickHidden());
    QVERIFY(m_controller->isLocked());
    QVERIFY(m_controller->lockScreen()->isVisible());
    QVERIFY(!m_data->isVisible());
    QVERIFY(!dialog.isVisible());
    QVERIFY(!m_window->windowTitle().contains(SchoolName));

    auto* passphrase = child<QLineEdit>(*m_controller->lockScreen(), u"passphraseLineEdit"_s);
    QTest::keyClicks(passphrase, QString::fromUtf8(TestVault::Passphrase));
    QTest::keyClick(passphrase, Qt::Key_Return);
    QVERIFY(!m_controller->isLocked());
    QVERIFY(m_data->isVisible());
    QVERIFY(dialog.isVisible());
    QCOMPARE(m_window->windowTitle(), SchoolName);
}

QTEST_MAIN(TestLockController)
#include "tst_lockcontroller.moc"
