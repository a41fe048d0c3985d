#include "TestVault.h"
#include "TestWidgets.h"
#include "records/AcademicYearStore.h"
#include "records/SchoolStore.h"
#include "shell/NewSchoolWizard.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QFontInfo>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestNewSchoolWizard final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void createsSchoolAndShowsRecoveryKeyOnce();
    void refusesToOverwrite();
};

void TestNewSchoolWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestNewSchoolWizard::createsSchoolAndShowsRecoveryKeyOnce()
{
    QTemporaryDir folder;
    NewSchoolWizard wizard;
    wizard.setKdfLimits(KdfLimits::minimum());
    wizard.show();
    QCOMPARE(wizard.currentId(), int(NewSchoolWizard::SchoolPage));

    // The URN is optional but, when given, must be six digits.
    child<QLineEdit>(wizard, u"schoolNameLineEdit"_s)->setText(u"St Teilo's C.I.W. Primary"_s);
    child<QLineEdit>(wizard, u"urnLineEdit"_s)->setText(u"4012"_s);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(NewSchoolWizard::SchoolPage));
    QVERIFY(child<QLabel>(wizard, u"schoolMessageLabel"_s)->text().contains(u"6 digits"_s));
    child<QLineEdit>(wizard, u"urnLineEdit"_s)->setText(u"401234"_s);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(NewSchoolWizard::AdministratorPage));

    auto* message = child<QLabel>(wizard, u"passphraseMessageLabel"_s);
    child<QLineEdit>(wizard, u"userNameLineEdit"_s)->setText(u"office"_s);
    child<QLineEdit>(wizard, u"displayNameLineEdit"_s)->setText(u"Mrs Bethan Rees"_s);
    child<QLineEdit>(wizard, u"passphraseLineEdit"_s)->setText(u"short"_s);
    QVERIFY(message->isVisibleTo(&wizard)); // shown as typed
    QVERIFY(message->text().contains(u"8"_s));
    child<QLineEdit>(wizard, u"passphraseLineEdit"_s)->setText(u"bara brith on Friday"_s);
    QVERIFY(!message->isVisibleTo(&wizard));
    child<QLineEdit>(wizard, u"confirmPassphraseLineEdit"_s)->setText(u"bara brith on Fridax"_s);
    QVERIFY(message->isVisibleTo(&wizard));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(NewSchoolWizard::AdministratorPage));
    child<QLineEdit>(wizard, u"confirmPassphraseLineEdit"_s)->setText(u"bara brith on Friday"_s);
    QVERIFY(!message->isVisibleTo(&wizard));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(NewSchoolWizard::SavePage));

    // A default is offered; the suffix is added when left off.
    QVERIFY(child<QLineEdit>(wizard, u"filePathLineEdit"_s)->text().endsWith(u".lanyard"_s));
    child<QLineEdit>(wizard, u"filePathLineEdit"_s)->setText(folder.filePath(u"teilo"_s));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(NewSchoolWizard::RecoveryKeyPage));
    const QString path = folder.filePath(u"teilo.lanyard"_s);
    QVERIFY(QFile::exists(path));

    const QString key = child<QLabel>(wizard, u"recoveryKeyLabel"_s)->text();
    static const QRegularExpression shape(u"^[0-9A-F]{8}(-[0-9A-F]{8}){3}\\n[0-9A-F]{8}(-[0-9A-F]{8}){3}$"_s);
    QVERIFY2(shape.match(key).hasMatch(), qPrintable(key));
    // Whether the font found is fixed-pitch depends on the machine's fonts; what the wizard asks for does
    // not.
    const QFont keyFont = child<QLabel>(wizard, u"recoveryKeyLabel"_s)->font();
    QVERIFY2(keyFont.family() == QFontDatabase::systemFont(QFontDatabase::FixedFont).family() ||
                 keyFont.styleHint() == QFont::TypeWriter,
             qPrintable(keyFont.family()));
    QVERIFY(QFontInfo(keyFont).pointSizeF() > QFontInfo(wizard.font()).pointSizeF());
    QVERIFY(child<QLineEdit>(wizard, u"passphraseLineEdit"_s)->text().isEmpty());

    // Not finished until the key is noted, and not cancelled either.
    wizard.next();
    wizard.button(QWizard::FinishButton)->click();
    QCOMPARE(wizard.result(), int(QDialog::Rejected));
    QVERIFY(wizard.isVisible());
    wizard.reject();
    QVERIFY(wizard.isVisible());
    child<QCheckBox>(wizard, u"keptSafeCheckBox"_s)->setChecked(true);
    wizard.button(QWizard::FinishButton)->click();
    QCOMPARE(wizard.result(), int(QDialog::Accepted));

    std::unique_ptr<Vault> vault = wizard.takeVault();
    QVERIFY(vault && vault->isOpen());
    QCOMPARE(vault->user().name, u"office"_s);
    const auto school = SchoolStore(*vault).load();
    QVERIFY2(school, qPrintable(school.error()));
    QCOMPARE(school->name, u"St Teilo's C.I.W. Primary"_s);
    QCOMPARE(school->urn, u"401234"_s);
    const auto years = AcademicYearStore(*vault).list();
    QVERIFY2(years, qPrintable(years.error()));
    QVERIFY(years->contains(AcademicYear::containing(QDate::currentDate())));
    const auto terms = AcademicYearStore(*vault).terms(AcademicYear::containing(QDate::currentDate()));
    QVERIFY2(terms, qPrintable(terms.error()));
    QVERIFY(!terms->isEmpty());
    vault.reset();

    // The key as shown opens the vault, and so does the passphrase.
    VaultError error;
    QVERIFY2(Vault::openWithRecoveryKey(path, key, &error), qPrintable(error.message));
    QVERIFY2(Vault::open(path, u"office"_s, "bara brith on Friday", &error), qPrintable(error.message));
}

void TestNewSchoolWizard::refusesToOverwrite()
{
    auto existing = TestVault::create();
    existing->close();
    NewSchoolWizard wizard;
    wizard.setKdfLimits(KdfLimits::minimum());
    wizard.show();
    child<QLineEdit>(wizard, u"schoolNameLineEdit"_s)->setText(u"Another School"_s);
    wizard.next();
    child<QLineEdit>(wizard, u"userNameLineEdit"_s)->setText(u"admin"_s);
    child<QLineEdit>(wizard, u"displayNameLineEdit"_s)->setText(u"Admin"_s);
    child<QLineEdit>(wizard, u"passphraseLineEdit"_s)->setText(u"12345678"_s);
    child<QLineEdit>(wizard, u"confirmPassphraseLineEdit"_s)->setText(u"12345678"_s);
    wizard.next();
    child<QLineEdit>(wizard, u"filePathLineEdit"_s)->setText(existing->path());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(NewSchoolWizard::SavePage));
    QVERIFY(child<QLabel>(wizard, u"saveMessageLabel"_s)->text().contains(u"already exists"_s));
    QVERIFY(!wizard.takeVault());
}

QTEST_MAIN(TestNewSchoolWizard)
#include "tst_newschoolwizard.moc"
