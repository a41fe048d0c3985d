#include "TestVault.h"
#include "TestWidgets.h"
#include "WhenShown.h"
#include "records/UserStore.h"
#include "shell/ChangePassphraseDialog.h"
#include "shell/UnlockDialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QByteArray FirstPassphrase = "given by the office";
const QString NewPassphrase = u"my own secret words"_s;
} // namespace

class TestChangePassphraseDialog final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void firstSignInNeedsADifferentPassphrase();
    void firstSignInCannotBeSkipped();
    void notAskedWhenNoChangeIsDue();
    void unlockKeepsOnlyAFirstPassphrase();
    void changeFromTheMenuChecksTheCurrentOne();
    void resetMakesThemChangeItAgain();

private:
    std::unique_ptr<Vault> openClerk(const QByteArray& passphrase) const;
    static void type(ChangePassphraseDialog& dialog, const QString& newPassphrase,
                     const QString& confirmation);
    static bool shows(const ChangePassphraseDialog& dialog, const QString& labelName, const QString& words);

    std::unique_ptr<TestVault> m_test;
};

void TestChangePassphraseDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestChangePassphraseDialog::init()
{
    QSettings().clear();
    m_test = TestVault::create();
    UserAccount clerk{0, u"clerk"_s, u"Carys Jones"_s, Role::Office, true, false, {}};
    QString error;
    QVERIFY2(UserStore(**m_test).add(clerk, FirstPassphrase, KdfLimits::minimum(), &error),
             qPrintable(error));
}

void TestChangePassphraseDialog::cleanup()
{
    m_test.reset();
}

std::unique_ptr<Vault> TestChangePassphraseDialog::openClerk(const QByteArray& passphrase) const
{
    VaultError error;
    return Vault::open(m_test->path(), u"clerk"_s, passphrase, &error);
}

void TestChangePassphraseDialog::type(ChangePassphraseDialog& dialog, const QString& newPassphrase,
                                      const QString& confirmation)
{
    child<QLineEdit>(dialog, u"newPassphraseLineEdit"_s)->setText(newPassphrase);
    child<QLineEdit>(dialog, u"confirmPassphraseLineEdit"_s)->setText(confirmation);
}

bool TestChangePassphraseDialog::shows(const ChangePassphraseDialog& dialog, const QString& labelName,
                                       const QString& words)
{
    const auto* label = child<QLabel>(dialog, labelName);
    if (!label->isVisibleTo(&dialog) || !label->text().contains(words))
        qWarning("%s shows \"%s\"", qPrintable(labelName), qPrintable(label->text()));
    return label->isVisibleTo(&dialog) && label->text().contains(words);
}

void TestChangePassphraseDialog::firstSignInNeedsADifferentPassphrase()
{
    std::unique_ptr<Vault> clerk = openClerk(FirstPassphrase);
    QVERIFY(clerk);
    QVERIFY(clerk->user().mustChangePassphrase);

    ChangePassphraseDialog dialog(*clerk, ChangePassphraseDialog::Purpose::FirstSignIn);
    dialog.setCurrentPassphrase(FirstPassphrase);
    dialog.setKdfLimits(KdfLimits::minimum());
    dialog.show();
    QVERIFY(
        !child<QLineEdit>(dialog, u"currentPassphraseLineEdit"_s)->isVisible()); // they typed it to sign in
    QVERIFY(child<QLabel>(dialog, u"introLabel"_s)->text().contains(u"Carys Jones"_s));
    auto* change = child<QPushButton>(dialog, u"changeButton"_s);

    // Nothing is said while they start typing; too short is said once they try.
    type(dialog, u"short"_s, QString());
    QVERIFY(child<QLabel>(dialog, u"newMessageLabel"_s)->isHidden());
    change->click();
    QVERIFY(shows(dialog, u"newMessageLabel"_s, u"at least 8 characters"_s));
    QVERIFY(dialog.isVisible());

    // The one they were given is not a change, and says so as soon as it is typed.
    type(dialog, QString::fromUtf8(FirstPassphrase), QString::fromUtf8(FirstPassphrase));
    QVERIFY(shows(dialog, u"newMessageLabel"_s, u"different from the one you were given"_s));
    change->click();
    QVERIFY(dialog.isVisible());

    type(dialog, NewPassphrase, u"my own secret wordz"_s);
    QVERIFY(child<QLabel>(dialog, u"newMessageLabel"_s)->isHidden());
    QVERIFY(shows(dialog, u"confirmMessageLabel"_s, u"not the same"_s));
    change->click();
    QVERIFY(dialog.isVisible());
    QVERIFY(clerk->user().mustChangePassphrase);

    type(dialog, NewPassphrase, NewPassphrase);
    QVERIFY(child<QLabel>(dialog, u"confirmMessageLabel"_s)->isHidden());
    change->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!clerk->user().mustChangePassphrase);

    clerk.reset();
    QVERIFY(!openClerk(FirstPassphrase));
    std::unique_ptr<Vault> again = openClerk(NewPassphrase.toUtf8());
    QVERIFY(again);
    QVERIFY(!again->user().mustChangePassphrase);
}

void TestChangePassphraseDialog::firstSignInCannotBeSkipped()
{
    std::unique_ptr<Vault> clerk = openClerk(FirstPassphrase);
    QVERIFY(clerk);
    bool sawQuit = false;
    const WhenShown<ChangePassphraseDialog> quit([&sawQuit](ChangePassphraseDialog* dialog) {
        auto* cancel = child<QPushButton>(*dialog, u"cancelButton"_s);
        sawQuit = cancel->text().remove(u'&') == u"Quit Lanyard"_s;
        cancel->click();
    });
    QVERIFY(!ChangePassphraseDialog::changeAtFirstSignIn(*clerk, FirstPassphrase, KdfLimits::minimum()));
    QVERIFY(sawQuit);
    QVERIFY(clerk->user().mustChangePassphrase);
    clerk.reset();
    QVERIFY(openClerk(FirstPassphrase)); // nothing changed
}

void TestChangePassphraseDialog::notAskedWhenNoChangeIsDue()
{
    // The administrator who made the vault chose their own passphrase: no dialog opens at all.
    QVERIFY(!m_test->vault().user().mustChangePassphrase);
    QVERIFY(
        ChangePassphraseDialog::changeAtFirstSignIn(**m_test, TestVault::Passphrase, KdfLimits::minimum()));
    QVERIFY(!QApplication::activeModalWidget());
}

void TestChangePassphraseDialog::unlockKeepsOnlyAFirstPassphrase()
{
    const auto signIn = [this](const QString& user, const QByteArray& passphrase) {
        auto dialog = std::make_unique<UnlockDialog>();
        dialog->setVaultPath(m_test->path());
        child<QLineEdit>(*dialog, u"userNameLineEdit"_s)->setText(user);
        child<QLineEdit>(*dialog, u"passphraseLineEdit"_s)->setText(QString::fromUtf8(passphrase));
        child<QPushButton>(*dialog, u"unlockButton"_s)->click();
        return dialog;
    };
    auto clerk = signIn(u"clerk"_s, FirstPassphrase);
    QCOMPARE(clerk->result(), int(QDialog::Accepted));
    QVERIFY(clerk->takeFirstPassphrase().view() == QByteArrayView(FirstPassphrase));
    QVERIFY(clerk->takeFirstPassphrase().isEmpty());

    auto admin = signIn(TestVault::UserName, TestVault::Passphrase);
    QCOMPARE(admin->result(), int(QDialog::Accepted));
    QVERIFY(admin->takeFirstPassphrase().isEmpty()); // no change due: nothing kept
}

void TestChangePassphraseDialog::changeFromTheMenuChecksTheCurrentOne()
{
    Vault& admin = **m_test;
    ChangePassphraseDialog dialog(admin, ChangePassphraseDialog::Purpose::Change);
    dialog.setKdfLimits(KdfLimits::minimum());
    dialog.show();
    auto* current = child<QLineEdit>(dialog, u"currentPassphraseLineEdit"_s);
    QVERIFY(current->isVisible());
    QCOMPARE(child<QPushButton>(dialog, u"cancelButton"_s)->text(), u"Cancel"_s);

    current->setText(u"not my passphrase"_s);
    type(dialog, NewPassphrase, NewPassphrase);
    child<QPushButton>(dialog, u"changeButton"_s)->click();
    QVERIFY(shows(dialog, u"errorLabel"_s, u"not your current passphrase"_s));
    QVERIFY(current->text().isEmpty());
    QVERIFY(dialog.isVisible());

    current->setText(QString::fromUtf8(TestVault::Passphrase));
    type(dialog, QString::fromUtf8(TestVault::Passphrase), QString::fromUtf8(TestVault::Passphrase));
    QVERIFY(shows(dialog, u"newMessageLabel"_s, u"different from your current one"_s));
    child<QPushButton>(dialog, u"changeButton"_s)->click();
    QVERIFY(dialog.isVisible());

    type(dialog, NewPassphrase, NewPassphrase);
    child<QPushButton>(dialog, u"changeButton"_s)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    m_test->close();
    VaultError error;
    QVERIFY(!Vault::open(m_test->path(), TestVault::UserName, TestVault::Passphrase, &error));
    QVERIFY(Vault::open(m_test->path(), TestVault::UserName, NewPassphrase.toUtf8(), &error));
}

void TestChangePassphraseDialog::resetMakesThemChangeItAgain()
{
    // The clerk chose their own; then forgot it.
    {
        std::unique_ptr<Vault> clerk = openClerk(FirstPassphrase);
        QVERIFY(clerk && clerk->setPassphrase(u"clerk"_s, NewPassphrase.toUtf8(), KdfLimits::minimum()));
    }
    const auto accounts = UserStore(**m_test).list();
    QVERIFY2(accounts, qPrintable(accounts.error()));
    UserAccount account;
    for (const UserAccount& a : *accounts)
        if (a.name == u"clerk"_s)
            account = a;
    QVERIFY(!account.mustChangePassphrase);

    ChangePassphraseDialog dialog(**m_test, ChangePassphraseDialog::Purpose::Reset);
    dialog.setAccount(account);
    dialog.setKdfLimits(KdfLimits::minimum());
    dialog.show();
    QVERIFY(dialog.windowTitle().contains(u"Carys Jones"_s));
    QVERIFY(!child<QLineEdit>(dialog, u"currentPassphraseLineEdit"_s)->isVisible());
    QVERIFY(child<QLabel>(dialog, u"noteLabel"_s)->isHidden()); // an office user holds no safeguarding key
    type(dialog, u"a fresh start"_s, u"a fresh start"_s);
    child<QPushButton>(dialog, u"changeButton"_s)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    std::unique_ptr<Vault> clerk = openClerk("a fresh start");
    QVERIFY(clerk);
    QVERIFY(clerk->user().mustChangePassphrase);

    // Resetting a DSL's passphrase says what it costs them.
    ChangePassphraseDialog dsl(**m_test, ChangePassphraseDialog::Purpose::Reset);
    dsl.setAccount(UserAccount{0, u"dsl"_s, u"Dafydd Lewis"_s, Role::Dsl, false, false, {}});
    QVERIFY(!child<QLabel>(dsl, u"noteLabel"_s)->isHidden());
    QVERIFY(child<QLabel>(dsl, u"noteLabel"_s)->text().contains(u"safeguarding"_s));
}

QTEST_MAIN(TestChangePassphraseDialog)
#include "tst_changepassphrasedialog.moc"
