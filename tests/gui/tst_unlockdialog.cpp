#include "TestVault.h"
#include "TestWidgets.h"
#include "WhenShown.h"
#include "figures/FiguresBundle.h"
#include "shell/UnlockDialog.h"

#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestUnlockDialog final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void wrongPassphraseShowsMessageAndClearsField();
    void rightPassphraseYieldsVault();
    void remembersPathAndUserName();
    void recoveryKeyOpensVault();
    void missingFileIsExplained();
    void aGivenVaultStartsTypingAtTheUserName();
    void aGovernorGetsTheFiguresAndNoVault();

private:
    void fill(UnlockDialog& dialog, const QString& passphrase);

    std::unique_ptr<TestVault> m_vault;
};

void TestUnlockDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings go to a test folder, not the user's
}

void TestUnlockDialog::init()
{
    QSettings().clear();
    m_vault = TestVault::create();
    m_vault->close();
}

void TestUnlockDialog::fill(UnlockDialog& dialog, const QString& passphrase)
{
    dialog.setVaultPath(m_vault->path());
    child<QLineEdit>(dialog, u"userNameLineEdit"_s)->setText(TestVault::UserName);
    child<QLineEdit>(dialog, u"passphraseLineEdit"_s)->setText(passphrase);
}

void TestUnlockDialog::wrongPassphraseShowsMessageAndClearsField()
{
    UnlockDialog dialog;
    fill(dialog, u"not the passphrase"_s);
    child<QPushButton>(dialog, u"unlockButton"_s)->click();

    VaultError expected;
    QVERIFY(!Vault::open(m_vault->path(), TestVault::UserName, "not the passphrase", &expected));
    auto* error = child<QLabel>(dialog, u"errorLabel"_s);
    QVERIFY(error->isVisibleTo(&dialog));
    QCOMPARE(error->text(), expected.message);
    QVERIFY(error->text().contains(u"wrong"_s));
    QVERIFY(child<QLineEdit>(dialog, u"passphraseLineEdit"_s)->text().isEmpty());
    QCOMPARE(child<QLineEdit>(dialog, u"userNameLineEdit"_s)->text(), TestVault::UserName);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.takeVault());
}

void TestUnlockDialog::rightPassphraseYieldsVault()
{
    UnlockDialog dialog;
    fill(dialog, QString::fromUtf8(TestVault::Passphrase));
    child<QPushButton>(dialog, u"unlockButton"_s)->click();

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    std::unique_ptr<Vault> vault = dialog.takeVault();
    QVERIFY(vault);
    QVERIFY(vault->isOpen());
    QCOMPARE(vault->user().name, TestVault::UserName);
    QVERIFY(!dialog.takeVault()); // handed over once
    QVERIFY(child<QLineEdit>(dialog, u"passphraseLineEdit"_s)->text().isEmpty());
}

void TestUnlockDialog::remembersPathAndUserName()
{
    {
        UnlockDialog dialog;
        fill(dialog, QString::fromUtf8(TestVault::Passphrase));
        child<QPushButton>(dialog, u"unlockButton"_s)->click();
        QVERIFY(dialog.takeVault());
    }
    const QSettings settings;
    for (const QString& key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(QString::fromUtf8(TestVault::Passphrase)),
                 qPrintable(key));

    UnlockDialog again;
    QCOMPARE(child<QLineEdit>(again, u"vaultPathLineEdit"_s)->text(), m_vault->path());
    QCOMPARE(child<QLineEdit>(again, u"userNameLineEdit"_s)->text(), TestVault::UserName);
    QVERIFY(child<QLineEdit>(again, u"passphraseLineEdit"_s)->text().isEmpty());
}

void TestUnlockDialog::recoveryKeyOpensVault()
{
    UnlockDialog dialog;
    dialog.setVaultPath(m_vault->path());
    bool asked = false;
    const WhenShown<QInputDialog> answer([&](QInputDialog* input) {
        asked = true;
        input->setTextValue(m_vault->recoveryKey());
        input->accept();
    });
    child<QPushButton>(dialog, u"recoveryKeyButton"_s)->click();
    QVERIFY(asked);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    std::unique_ptr<Vault> vault = dialog.takeVault();
    QVERIFY(vault && vault->isOpen());
    QCOMPARE(vault->user().id, 0);
}

void TestUnlockDialog::missingFileIsExplained()
{
    UnlockDialog dialog;
    fill(dialog, QString::fromUtf8(TestVault::Passphrase));
    dialog.setVaultPath(m_vault->folder() + u"/elsewhere.lanyard"_s);
    child<QPushButton>(dialog, u"unlockButton"_s)->click();
    QVERIFY(child<QLabel>(dialog, u"errorLabel"_s)->text().contains(u"elsewhere.lanyard"_s));
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

QTEST_MAIN(TestUnlockDialog)
#include "tst_unlockdialog.moc"

void TestUnlockDialog::aGivenVaultStartsTypingAtTheUserName()
{
    UnlockDialog dialog;
    QCOMPARE(dialog.focusWidget(), child<QLineEdit>(dialog, u"vaultPathLineEdit"_s));
    dialog.setVaultPath(m_vault->path()); // lanyard --vault PATH
    QCOMPARE(dialog.focusWidget(), child<QLineEdit>(dialog, u"userNameLineEdit"_s));
}

void TestUnlockDialog::aGovernorGetsTheFiguresAndNoVault()
{
    m_vault->reopen();
    m_vault->addUser(u"gwen"_s, Role::Governor);
    QVERIFY(FiguresBundle::publish(**m_vault));
    m_vault->close();

    UnlockDialog dialog;
    dialog.setVaultPath(m_vault->path());
    child<QLineEdit>(dialog, u"userNameLineEdit"_s)->setText(u"gwen"_s);
    child<QLineEdit>(dialog, u"passphraseLineEdit"_s)->setText(QString::fromUtf8(TestVault::Passphrase));
    child<QPushButton>(dialog, u"unlockButton"_s)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.takeVault());
    const std::optional<Figures> figures = dialog.takeFigures();
    QVERIFY(figures);
    QCOMPARE(figures->schoolName, u"Test Primary School"_s);
    QVERIFY(child<QLineEdit>(dialog, u"passphraseLineEdit"_s)->text().isEmpty());
}
