#include "TestVault.h"
#include "TestWidgets.h"
#include "WhenShown.h"
#include "records/UserStore.h"
#include "shell/ChangePassphraseDialog.h"
#include "users/AddUserDialog.h"
#include "users/UserListWidget.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

class TestUserListWidget final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listsUsersWithRoleAndStatus();
    void addsAUserThroughTheDialog();
    void addDialogExplainsRolesAndRefusesBadInput();
    void disablesAndEnables();
    void lastAdministratorCannotBeRemovedOrDisabled();
    void removesAnotherAdministratorAfterAsking();
    void resetsAPassphrase();
    void ownAccountIsLeftToFileMenu();

private:
    // Runs `act` on the next modal dialog, while `trigger` opens it.
    template <typename Dialog>
    void onNextDialog(std::function<void(Dialog&)> act, const std::function<void()>& trigger);
    QString cell(const QString& userName, int column) const;
    void addUser(const QString& name, Role role);

    std::unique_ptr<TestVault> m_test;
    std::unique_ptr<UserListWidget> m_list;
};

void TestUserListWidget::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestUserListWidget::init()
{
    QSettings().clear();
    m_test = TestVault::create();
    m_list = std::make_unique<UserListWidget>(**m_test);
    m_list->setKdfLimits(KdfLimits::minimum());
    m_list->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_list.get()));
}

void TestUserListWidget::cleanup()
{
    m_list.reset();
    m_test.reset();
}

template <typename Dialog>
void TestUserListWidget::onNextDialog(std::function<void(Dialog&)> act, const std::function<void()>& trigger)
{
    bool ran = false;
    const WhenShown<QDialog> answer([&](QDialog* shown) {
        auto* dialog = qobject_cast<Dialog*>(shown);
        if (!dialog) {
            qWarning("%s open instead of %s", shown->metaObject()->className(),
                     Dialog::staticMetaObject.className());
            shown->close();
            return;
        }
        ran = true;
        act(*dialog);
    });
    trigger();
    QVERIFY2(ran, Dialog::staticMetaObject.className());
}

QString TestUserListWidget::cell(const QString& userName, int column) const
{
    const auto* table = child<QTableWidget>(*m_list, u"usersTableWidget"_s);
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, UserListWidget::UserName)->text() == userName)
            return table->item(row, column)->text();
    return {};
}

void TestUserListWidget::addUser(const QString& name, Role role)
{
    UserAccount account{0, name, name, role, true, false, {}};
    QString error;
    QVERIFY2(UserStore(**m_test).add(account, "first passphrase", KdfLimits::minimum(), &error),
             qPrintable(error));
    m_list->reload();
}

void TestUserListWidget::listsUsersWithRoleAndStatus()
{
    addUser(u"clerk"_s, Role::Office);
    QCOMPARE(m_list->shownCount(), 2);
    QCOMPARE(cell(u"admin"_s, UserListWidget::FullName), u"Test Administrator"_s);
    QCOMPARE(cell(u"admin"_s, UserListWidget::RoleColumn), u"Administrator"_s);
    QCOMPARE(cell(u"admin"_s, UserListWidget::Status), u"Active"_s);
    QCOMPARE(cell(u"clerk"_s, UserListWidget::RoleColumn), u"Office"_s);
    QCOMPARE(cell(u"clerk"_s, UserListWidget::Status), u"Must change passphrase"_s);
    QCOMPARE(child<QLabel>(*m_list, u"countLabel"_s)->text(), u"2 users"_s);

    // Nothing chosen, nothing offered but Add.
    QVERIFY(child<QPushButton>(*m_list, u"addUserButton"_s)->isEnabled());
    for (const QString& name : {u"disableButton"_s, u"removeButton"_s, u"resetPassphraseButton"_s})
        QVERIFY2(!child<QPushButton>(*m_list, name)->isEnabled(), qPrintable(name));
}

void TestUserListWidget::addsAUserThroughTheDialog()
{
    onNextDialog<AddUserDialog>(
        [](AddUserDialog& dialog) {
            child<QLineEdit>(dialog, u"userNameLineEdit"_s)->setText(u"d.lewis"_s);
            child<QLineEdit>(dialog, u"fullNameLineEdit"_s)->setText(u"Dafydd Lewis"_s);
            auto* role = child<QComboBox>(dialog, u"roleComboBox"_s);
            role->setCurrentIndex(role->findData(int(Role::Dsl)));
            child<QLineEdit>(dialog, u"passphraseLineEdit"_s)->setText(u"first passphrase"_s);
            child<QLineEdit>(dialog, u"confirmPassphraseLineEdit"_s)->setText(u"first passphrase"_s);
            child<QPushButton>(dialog, u"addButton"_s)->click();
            if (dialog.isVisible()) {
                qWarning("still open: %s", qPrintable(child<QLabel>(dialog, u"errorLabel"_s)->text()));
                dialog.reject();
            }
        },
        [this] { child<QPushButton>(*m_list, u"addUserButton"_s)->click(); });

    QCOMPARE(m_list->shownCount(), 2);
    QCOMPARE(cell(u"d.lewis"_s, UserListWidget::FullName), u"Dafydd Lewis"_s);
    QCOMPARE(cell(u"d.lewis"_s, UserListWidget::RoleColumn), Roles::displayName(Role::Dsl));
    QCOMPARE(cell(u"d.lewis"_s, UserListWidget::Status), u"Must change passphrase"_s);
    // The new user is chosen, ready for whatever comes next.
    const auto* table = child<QTableWidget>(*m_list, u"usersTableWidget"_s);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table->item(table->selectionModel()->selectedRows().first().row(), 0)->text(), u"d.lewis"_s);

    VaultError error;
    std::unique_ptr<Vault> dsl = Vault::open(m_test->path(), u"d.lewis"_s, "first passphrase", &error);
    QVERIFY2(dsl, qPrintable(error.message));
    QVERIFY(dsl->user().mustChangePassphrase);
}

void TestUserListWidget::addDialogExplainsRolesAndRefusesBadInput()
{
    addUser(u"clerk"_s, Role::Office);
    AddUserDialog dialog(**m_test);
    dialog.setKdfLimits(KdfLimits::minimum());
    dialog.show();
    auto* role = child<QComboBox>(dialog, u"roleComboBox"_s);
    auto* description = child<QLabel>(dialog, u"roleDescriptionLabel"_s);
    auto* safeguarding = child<QLabel>(dialog, u"safeguardingNoteLabel"_s);
    QCOMPARE(role->count(), int(Roles::all().size()));
    for (Role r : Roles::all()) {
        role->setCurrentIndex(role->findData(int(r)));
        QCOMPARE(description->text(), AddUserDialog::roleDescription(r));
        QVERIFY(!description->text().isEmpty());
        QCOMPARE(role->itemData(role->currentIndex(), Qt::ToolTipRole).toString(), description->text());
        QCOMPARE(safeguarding->isVisible(), r == Role::Dsl || r == Role::Head);
    }
    QVERIFY(child<QLabel>(dialog, u"firstSignInNoteLabel"_s)->text().contains(u"first time they sign in"_s));

    auto* userName = child<QLineEdit>(dialog, u"userNameLineEdit"_s);
    auto* passphrase = child<QLineEdit>(dialog, u"passphraseLineEdit"_s);
    auto* confirmation = child<QLineEdit>(dialog, u"confirmPassphraseLineEdit"_s);
    auto* add = child<QPushButton>(dialog, u"addButton"_s);
    userName->setText(u"no spaces allowed"_s);
    passphrase->setText(u"short"_s);
    add->click();
    QVERIFY(dialog.isVisible());
    QVERIFY(child<QLabel>(dialog, u"userNameMessageLabel"_s)->isVisible());
    QVERIFY(child<QLabel>(dialog, u"fullNameMessageLabel"_s)->text().contains(u"full name"_s));
    QVERIFY(child<QLabel>(dialog, u"passphraseMessageLabel"_s)->text().contains(u"at least 8"_s));

    // Each message goes as its field is put right.
    userName->setText(u"clerk"_s);
    QVERIFY(child<QLabel>(dialog, u"userNameMessageLabel"_s)->isHidden());
    child<QLineEdit>(dialog, u"fullNameLineEdit"_s)->setText(u"Another Clerk"_s);
    QVERIFY(child<QLabel>(dialog, u"fullNameMessageLabel"_s)->isHidden());
    passphrase->setText(u"long enough now"_s);
    confirmation->setText(u"long enough not"_s);
    QVERIFY(child<QLabel>(dialog, u"passphraseMessageLabel"_s)->text().contains(u"not the same"_s));
    confirmation->setText(passphrase->text());
    QVERIFY(child<QLabel>(dialog, u"passphraseMessageLabel"_s)->isHidden());

    // The store's refusal is shown and the dialog stays open with what was typed.
    add->click();
    QVERIFY(dialog.isVisible());
    QVERIFY(child<QLabel>(dialog, u"errorLabel"_s)->text().contains(u"already a user called clerk"_s));
    QCOMPARE(userName->text(), u"clerk"_s);
}

void TestUserListWidget::disablesAndEnables()
{
    addUser(u"clerk"_s, Role::Office);
    QVERIFY(m_list->selectUser(u"clerk"_s));
    auto* toggle = child<QPushButton>(*m_list, u"disableButton"_s);
    QVERIFY(toggle->isEnabled());
    QCOMPARE(toggle->text(), u"&Disable"_s);
    // Disabling changes the vault key: the new recovery key is shown once, and opens the vault.
    QString shownKey;
    onNextDialog<QMessageBox>(
        [&shownKey](QMessageBox& box) {
            QCOMPARE(box.objectName(), u"newRecoveryKeyBox"_s);
            shownKey = box.text().section(u'\n', -1);
            child<QPushButton>(box, u"closeButton"_s)->click();
        },
        [toggle] { toggle->click(); });
    QCOMPARE(cell(u"clerk"_s, UserListWidget::Status), u"Disabled"_s);
    QCOMPARE(shownKey.size(), 71);
    QVERIFY(Vault::openWithRecoveryKey(m_test->path(), shownKey, nullptr));
    QVERIFY(!Vault::openWithRecoveryKey(m_test->path(), m_test->recoveryKey(), nullptr));
    QCOMPARE(toggle->text(), u"&Enable"_s);
    // A disabled user has no slot to reset until they are enabled again, and says so.
    QVERIFY(!child<QPushButton>(*m_list, u"resetPassphraseButton"_s)->isEnabled());
    QVERIFY(child<QLabel>(*m_list, u"reasonLabel"_s)->text().contains(u"enable them"_s));
    VaultError error;
    QVERIFY(!Vault::open(m_test->path(), u"clerk"_s, "first passphrase", &error));

    // Enabled again, they need a passphrase set: the old one was withdrawn with their slot.
    onNextDialog<QMessageBox>(
        [](QMessageBox& box) {
            QVERIFY(box.text().contains(u"Reset their passphrase"_s));
            box.accept();
        },
        [toggle] { toggle->click(); });
    QCOMPARE(cell(u"clerk"_s, UserListWidget::Status), u"Must change passphrase"_s);
    QCOMPARE(toggle->text(), u"&Disable"_s);
    QVERIFY(!Vault::open(m_test->path(), u"clerk"_s, "first passphrase", &error));
    QVERIFY((*m_test)->setPassphrase(u"clerk"_s, "a passphrase set again", KdfLimits::minimum()));
    QVERIFY(Vault::open(m_test->path(), u"clerk"_s, "a passphrase set again", &error));
}

void TestUserListWidget::lastAdministratorCannotBeRemovedOrDisabled()
{
    QString refusal;
    QVERIFY(!UserStore(**m_test).mayRemoveOrDisable(u"admin"_s, &refusal));
    QVERIFY(refusal.contains(u"last administrator"_s));

    QVERIFY(m_list->selectUser(u"admin"_s));
    auto* remove = child<QPushButton>(*m_list, u"removeButton"_s);
    QVERIFY(remove->isVisible());
    QVERIFY(!remove->isEnabled());
    QVERIFY(!child<QPushButton>(*m_list, u"disableButton"_s)->isEnabled());
    // The reason shown is the store's own, word for word: the same as remove() itself gives.
    auto* reason = child<QLabel>(*m_list, u"reasonLabel"_s);
    QVERIFY(reason->isVisible());
    QVERIFY2(reason->text().contains(refusal), qPrintable(reason->text()));
    QCOMPARE(remove->toolTip(), reason->text());
    QString removeError;
    SecureBytes unused;
    QVERIFY(!UserStore(**m_test).remove(u"admin"_s, &unused, &removeError));
    QCOMPARE(removeError, refusal);
}

void TestUserListWidget::removesAnotherAdministratorAfterAsking()
{
    addUser(u"bursar"_s, Role::Administrator);
    QVERIFY(m_list->selectUser(u"bursar"_s));
    auto* remove = child<QPushButton>(*m_list, u"removeButton"_s);
    QVERIFY(remove->isEnabled());

    // Cancel changes nothing.
    onNextDialog<QMessageBox>([](QMessageBox& box) { child<QPushButton>(box, u"cancelButton"_s)->click(); },
                              [remove] { remove->click(); });
    QCOMPARE(m_list->shownCount(), 2);

    const WhenShown<QMessageBox> closeKeyBox(
        [](QMessageBox* box) {
            if (box->objectName() == u"newRecoveryKeyBox"_s)
                child<QPushButton>(*box, u"closeButton"_s)->click();
        },
        WhenShown<QMessageBox>::Every);
    onNextDialog<QMessageBox>(
        [](QMessageBox& box) {
            QVERIFY(box.text().contains(u"bursar"_s));
            child<QPushButton>(box, u"confirmRemoveButton"_s)->click();
        },
        [remove] { remove->click(); });
    QCOMPARE(closeKeyBox.count(), 2);
    QCOMPARE(m_list->shownCount(), 1);
    QVERIFY(cell(u"bursar"_s, UserListWidget::Status).isEmpty());
}

void TestUserListWidget::resetsAPassphrase()
{
    addUser(u"clerk"_s, Role::Office);
    {
        VaultError error;
        std::unique_ptr<Vault> clerk = Vault::open(m_test->path(), u"clerk"_s, "first passphrase", &error);
        QVERIFY(clerk && clerk->setPassphrase(u"clerk"_s, "my own passphrase", KdfLimits::minimum()));
    }
    m_list->reload();
    QCOMPARE(cell(u"clerk"_s, UserListWidget::Status), u"Active"_s);

    QVERIFY(m_list->selectUser(u"clerk"_s));
    onNextDialog<ChangePassphraseDialog>(
        [](ChangePassphraseDialog& dialog) {
            child<QLineEdit>(dialog, u"newPassphraseLineEdit"_s)->setText(u"forgot it again"_s);
            child<QLineEdit>(dialog, u"confirmPassphraseLineEdit"_s)->setText(u"forgot it again"_s);
            child<QPushButton>(dialog, u"changeButton"_s)->click();
            if (dialog.isVisible())
                dialog.reject();
        },
        [this] { child<QPushButton>(*m_list, u"resetPassphraseButton"_s)->click(); });
    QCOMPARE(cell(u"clerk"_s, UserListWidget::Status), u"Must change passphrase"_s);
    VaultError error;
    QVERIFY(Vault::open(m_test->path(), u"clerk"_s, "forgot it again", &error));
}

void TestUserListWidget::ownAccountIsLeftToFileMenu()
{
    // With a second administrator, the signed-in one is no longer the last, but is still themselves.
    addUser(u"bursar"_s, Role::Administrator);
    QVERIFY(m_list->selectUser(u"admin"_s));
    QVERIFY(!child<QPushButton>(*m_list, u"removeButton"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(*m_list, u"disableButton"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(*m_list, u"resetPassphraseButton"_s)->isEnabled());
    const QString reason = child<QLabel>(*m_list, u"reasonLabel"_s)->text();
    QVERIFY2(reason.contains(u"This is you"_s) && reason.contains(u"File menu"_s), qPrintable(reason));
}

QTEST_MAIN(TestUserListWidget)
#include "tst_userlistwidget.moc"
