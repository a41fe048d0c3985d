#include "TestVault.h"
#include "TestWidgets.h"
#include "WhenShown.h"
#include "audit/AuditViewerWidget.h"
#include "aup/AgreementsWidget.h"
#include "aup/AupTemplatesWidget.h"
#include "backup/BackupController.h"
#include "backup/BackupsWidget.h"
#include "people/PupilDialog.h"
#include "people/PupilListWidget.h"
#include "people/SchoolOverviewWidget.h"
#include "people/StaffListWidget.h"
#include "records/FormStore.h"
#include "records/PupilStore.h"
#include "records/SchoolStore.h"
#include "records/StaffStore.h"
#include "shell/MainWindow.h"
#include "users/UserListWidget.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace Qt::StringLiterals;

class TestMainWindow final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void titleAndStatusBar();
    void navigationShowsPupilsAndStaff();
    void sectionsFollowTheRole_data();
    void sectionsFollowTheRole();
    void readOnlyRoleViewsAPupil();
    void schoolOverviewForEveryone();
    void administratorEditsTheSchool();
    void changePassphraseInTheFileMenu();
    void backupWarningAndBackUpNow();
    void closingOffersABackup();
    void searchAsYouTypeNarrowsTheView();
    void yearFilterNarrowsTheViewAndTheForms();
    void leaversOnlyWhenAsked();
    void editNeedsASelection();
    void savesGeometry();
    void unsavedAupWordingHoldsTheSection();

private:
    // A window for a new user with this role, in place of the administrator's.
    void openWindowAs(const QString& name, Role role);
    void openWindow(std::unique_ptr<Vault> session);
    QStringList listedSections() const;

    std::unique_ptr<TestVault> m_test;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::openWindow(std::unique_ptr<Vault> session)
{
    m_window = std::make_unique<MainWindow>(std::move(session));
    m_window->setKdfLimits(KdfLimits::minimum());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::openWindowAs(const QString& name, Role role)
{
    m_window.reset();
    m_test->reopen();
    std::unique_ptr<Vault> session = m_test->signInAs(name, role);
    m_test->close();
    openWindow(std::move(session));
}

QStringList TestMainWindow::listedSections() const
{
    const auto* navigation = child<QListWidget>(*m_window, u"navigationListWidget"_s);
    QStringList titles;
    for (int row = 0; row < navigation->count(); ++row)
        titles << navigation->item(row)->text();
    return titles;
}

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_test = TestVault::create(u"Ysgol Gynradd Llanfair"_s);
    Vault& vault = **m_test;
    FormStore forms(vault);
    Form f3{0, u"3B"_s, *YearGroup::fromOrdinal(3), 0}, f4{0, u"4A"_s, *YearGroup::fromOrdinal(4), 0};
    QVERIFY(forms.save(f3) && forms.save(f4));
    PupilStore pupils(vault);
    struct Row
    {
        const char16_t* forename;
        const char16_t* surname;
        int year;
        qint64 form;
    };
    const QList<Row> rows{{u"Siân", u"Hughes", 3, f3.id},  {u"Dylan", u"Hughes", 4, f4.id},
                          {u"Ffion", u"Morgan", 3, f3.id}, {u"Osian", u"Roberts", 4, f4.id},
                          {u"Zoë", u"Evans", 4, f4.id},    {u"Tomos", u"Sianedd", 3, 0}};
    for (const Row& row : rows) {
        Pupil p;
        p.legalForename = QString::fromUtf16(row.forename);
        p.surname = QString::fromUtf16(row.surname);
        p.dateOfBirth = QDate(2018, 1, 1);
        p.yearGroup = *YearGroup::fromOrdinal(row.year);
        p.formId = row.form;
        QVERIFY(pupils.save(p));
    }
    Pupil leaver;
    leaver.legalForename = u"Gwen"_s;
    leaver.surname = u"Parry"_s;
    leaver.dateOfBirth = QDate(2017, 1, 1);
    leaver.yearGroup = *YearGroup::fromOrdinal(4);
    leaver.status = Pupil::Status::Left;
    leaver.leftOn = QDate(2024, 7, 19);
    QVERIFY(pupils.save(leaver));
    StaffMember head;
    head.forename = u"Rhian"_s;
    head.surname = u"Ellis"_s;
    head.roles = StaffRole::Head | StaffRole::Dsl;
    QVERIFY(StaffStore(vault).save(head));

    // MainWindow owns its vault, so it gets its own session on the test's file.
    m_test->close();
    VaultError error;
    std::unique_ptr<Vault> session =
        Vault::open(m_test->path(), TestVault::UserName, TestVault::Passphrase, &error);
    QVERIFY2(session, qPrintable(error.message));
    openWindow(std::move(session));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_test.reset();
}

void TestMainWindow::titleAndStatusBar()
{
    QVERIFY(m_window->windowTitle().contains(u"Ysgol Gynradd Llanfair"_s));
    const QString user = child<QLabel>(*m_window, u"sessionLabel"_s)->text();
    QVERIFY2(user.contains(u"Test Administrator"_s) && user.contains(u"Administrator"_s), qPrintable(user));
}

void TestMainWindow::navigationShowsPupilsAndStaff()
{
    auto* navigation = child<QListWidget>(*m_window, u"navigationListWidget"_s);
    auto* stack = child<QStackedWidget>(*m_window, u"sectionsStackedWidget"_s);
    QCOMPARE(listedSections(), (QStringList{u"School"_s, u"Pupils"_s, u"Staff"_s, u"AUP agreements"_s,
                                            u"Users"_s, u"Audit trail"_s, u"Backups"_s}));
    // Everyone starts on the school's page.
    QCOMPARE(stack->currentWidget(), m_window->schoolOverview());
    QCOMPARE(m_window->currentSection(), MainWindow::Section::School);

    navigation->setCurrentRow(2);
    QCOMPARE(stack->currentWidget(), m_window->staffList());
    QCOMPARE(child<QTableView>(*m_window->staffList(), u"staffTableView"_s)->model()->rowCount(), 1);
    QCOMPARE(child<QLabel>(*m_window->staffList(), u"countLabel"_s)->text(), u"1 member of staff"_s);
    QVERIFY(m_window->showSection(MainWindow::Section::Pupils));
    QCOMPARE(stack->currentWidget(), m_window->pupilList());
    QCOMPARE(navigation->currentRow(), 1);
    QVERIFY(m_window->showSection(MainWindow::Section::Users));
    QCOMPARE(stack->currentWidget(), m_window->userList());
    QVERIFY(m_window->showSection(MainWindow::Section::AuditTrail));
    QCOMPARE(stack->currentWidget(), m_window->auditViewer());
}

void TestMainWindow::sectionsFollowTheRole_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QStringList>("sections");
    QTest::addColumn<bool>("editsPeople");
    QTest::addColumn<bool>("exportsPeople"); // the roll as a file, and the AUP packs and sheets

    const QString school = u"School"_s, pupils = u"Pupils"_s, staff = u"Staff"_s, aup = u"AUP agreements"_s,
                  users = u"Users"_s, audit = u"Audit trail"_s, backups = u"Backups"_s;
    QTest::newRow("administrator") << int(Role::Administrator)
                                   << QStringList{school, pupils, staff, aup, users, audit, backups} << true
                                   << true;
    QTest::newRow("office") << int(Role::Office) << QStringList{school, pupils, staff, aup, backups} << true
                            << true;
    QTest::newRow("dsl") << int(Role::Dsl) << QStringList{school, pupils, staff, aup, backups} << true
                         << true;
    QTest::newRow("head") << int(Role::Head) << QStringList{school, pupils, staff, aup, audit, backups}
                          << false << true;
    QTest::newRow("it") << int(Role::It) << QStringList{school, pupils, staff, aup, backups} << false
                        << false;
}

// For each role: exactly the permitted sections are listed, and every button that can be pressed
// is one the role's permissions allow. A new button must say here what it needs.
void TestMainWindow::sectionsFollowTheRole()
{
    QFETCH(int, role);
    QFETCH(QStringList, sections);
    QFETCH(bool, editsPeople);
    QFETCH(bool, exportsPeople);
    openWindowAs(u"someone"_s, static_cast<Role>(role));
    const Vault& vault = m_window->vault();
    QCOMPARE(vault.user().role, static_cast<Role>(role));
    QCOMPARE(listedSections(), sections);
    for (MainWindow::Section section : m_window->sections())
        QVERIFY(MainWindow::permits(vault, section));
    // Sections not listed are not built either, so nothing of them can be reached.
    QCOMPARE(m_window->pupilList() != nullptr, sections.contains(u"Pupils"_s));
    QCOMPARE(m_window->agreements() != nullptr, sections.contains(u"AUP agreements"_s));
    QCOMPARE(m_window->userList() != nullptr, sections.contains(u"Users"_s));
    QCOMPARE(m_window->auditViewer() != nullptr, sections.contains(u"Audit trail"_s));
    QCOMPARE(m_window->backups() != nullptr, sections.contains(u"Backups"_s));
    QCOMPARE(child<QStackedWidget>(*m_window, u"sectionsStackedWidget"_s)->count(), sections.size());

    if (m_window->pupilList()) {
        for (QWidget* list :
             {static_cast<QWidget*>(m_window->pupilList()), static_cast<QWidget*>(m_window->staffList())}) {
            QCOMPARE(child<QPushButton>(*list, u"addButton"_s)->isVisibleTo(list), editsPeople);
            QCOMPARE(child<QPushButton>(*list, u"editButton"_s)->isVisibleTo(list), editsPeople);
            QCOMPARE(child<QPushButton>(*list, u"viewButton"_s)->isVisibleTo(list), !editsPeople);
            QCOMPARE(child<QPushButton>(*list, u"importButton"_s)->isVisibleTo(list), editsPeople);
            QCOMPARE(child<QPushButton>(*list, u"exportButton"_s)->isVisibleTo(list), exportsPeople);
        }
        QCOMPARE(m_window->pupilList()->isEditable(), editsPeople);
    }
    if (QWidget* aupSection = m_window->agreements())
        for (const QString& print :
             {u"schoolPackButton"_s, u"formPackButton"_s, u"chaseButton"_s, u"staffSheetButton"_s})
            QVERIFY2(child<QPushButton>(*aupSection, print)->isVisibleTo(aupSection) == exportsPeople,
                     qPrintable(print));

    const QHash<QString, Permission> needs{
        {u"addButton"_s, Permission::WritePeople},
        {u"editButton"_s, Permission::WritePeople},
        {u"viewButton"_s, Permission::ReadPeople},
        {u"importButton"_s, Permission::WritePeople},
        {u"recordAupButton"_s, Permission::WritePeople},
        {u"issueButton"_s, Permission::WritePeople},
        {u"schoolPackButton"_s, Permission::ExportPeople},
        {u"formPackButton"_s, Permission::ExportPeople},
        {u"chaseButton"_s, Permission::ExportPeople},
        {u"staffSheetButton"_s, Permission::ExportPeople},
        {u"exportButton"_s, Permission::ExportPeople},
        {u"editSchoolButton"_s, Permission::ManageSettings},
        {u"saveSchoolButton"_s, Permission::ManageSettings},
        {u"cancelEditButton"_s, Permission::ManageSettings},
        {u"addUserButton"_s, Permission::ManageUsers},
        {u"disableButton"_s, Permission::ManageUsers},
        {u"removeButton"_s, Permission::ManageUsers},
        {u"resetPassphraseButton"_s, Permission::ManageUsers},
        {u"refreshButton"_s, Permission::ReadAudit},
        {u"verifyButton"_s, Permission::ReadAudit},
        {u"backUpNowButton"_s, Permission::Backup},
        {u"changeSettingsButton"_s, Permission::ManageSettings},
    };
    int pressable = 0;
    for (MainWindow::Section section : m_window->sections()) {
        QVERIFY(m_window->showSection(section));
        QWidget* page = m_window->sectionWidget(section);
        // Choose a row wherever there is one, so that buttons waiting for a selection come alive.
        for (QTableView* table : page->findChildren<QTableView*>())
            if (table->model() && table->model()->rowCount() > 0)
                table->selectRow(0);
        for (const QPushButton* button : page->findChildren<QPushButton*>()) {
            if (!button->isVisible() || !button->isEnabled())
                continue;
            ++pressable;
            QVERIFY2(needs.contains(button->objectName()),
                     qPrintable(u"%1 on %2 needs an entry in this test"_s.arg(
                         button->objectName(), m_window->sectionTitle(section))));
            QVERIFY2(vault.can(needs.value(button->objectName())),
                     qPrintable(u"%1 on %2 would be refused"_s.arg(button->objectName(),
                                                                   m_window->sectionTitle(section))));
        }
    }
    // Every role that can sign in has something to do.
    QVERIFY(pressable > 0);
    // Only an administrator may print the recovery sheet; everyone may lock and hide the screen.
    const auto* printSheet = m_window->findChild<QAction*>(u"printRecoverySheetAction"_s);
    QVERIFY(printSheet);
    QCOMPARE(printSheet->isVisible(), static_cast<Role>(role) == Role::Administrator);
    QVERIFY(m_window->findChild<QToolBar*>(u"securityToolBar"_s));
}

void TestMainWindow::readOnlyRoleViewsAPupil()
{
    openWindowAs(u"head"_s, Role::Head);
    QVERIFY(m_window->showSection(MainWindow::Section::Pupils));
    PupilListWidget& list = *m_window->pupilList();
    auto* view = child<QPushButton>(list, u"viewButton"_s);
    QVERIFY(!view->isEnabled());
    child<QTableView>(list, u"pupilsTableView"_s)->selectRow(0);
    QVERIFY(view->isEnabled());

    bool checked = false;
    const WhenShown<PupilDialog> look([&checked](PupilDialog* dialog) {
        auto* buttons = child<QDialogButtonBox>(*dialog, u"buttonBox"_s);
        QCOMPARE(buttons->standardButtons(), QDialogButtonBox::StandardButtons(QDialogButtonBox::Close));
        QVERIFY(child<QLineEdit>(*dialog, u"surnameLineEdit"_s)->isReadOnly());
        QVERIFY(!child<QLineEdit>(*dialog, u"surnameLineEdit"_s)->text().isEmpty());
        QVERIFY(dialog->windowTitle().startsWith(u"Pupil: "_s));
        checked = true;
        buttons->button(QDialogButtonBox::Close)->click();
    });
    view->click();
    QVERIFY(checked);
}

void TestMainWindow::schoolOverviewForEveryone()
{
    openWindowAs(u"technician"_s, Role::It);
    SchoolOverviewWidget& school = *m_window->schoolOverview();
    QCOMPARE(child<QLabel>(school, u"schoolNameLabel"_s)->text(), u"Ysgol Gynradd Llanfair"_s);
    QVERIFY(child<QLabel>(school, u"signedInValueLabel"_s)->text().contains(u"technician"_s));
    QCOMPARE(child<QLabel>(school, u"roleValueLabel"_s)->text(), u"IT"_s);
    QVERIFY(!child<QPushButton>(school, u"editSchoolButton"_s)->isVisible());

    // The academic year and its terms, with the current one marked; standard dates until the school sets its
    // own.
    school.setToday(QDate(2026, 11, 18));
    QCOMPARE(child<QGroupBox>(school, u"yearGroupBox"_s)->title(), u"Academic year 2026/27"_s);
    QCOMPARE(child<QLabel>(school, u"term0NameLabel"_s)->text(), u"Michaelmas"_s);
    QCOMPARE(child<QLabel>(school, u"term0StatusLabel"_s)->text(), u"This term"_s);
    QCOMPARE(child<QLabel>(school, u"term1StatusLabel"_s)->text(), u"To come"_s);
    QVERIFY(child<QLabel>(school, u"term0DatesLabel"_s)->text().contains(u"1 September 2026"_s));
    QVERIFY(child<QLabel>(school, u"todayLabel"_s)->text().contains(u"week 12 of the Michaelmas term"_s));
    QVERIFY(child<QLabel>(school, u"termsNoteLabel"_s)->isVisible());
}

void TestMainWindow::administratorEditsTheSchool()
{
    SchoolOverviewWidget& school = *m_window->schoolOverview();
    auto* edit = child<QPushButton>(school, u"editSchoolButton"_s);
    auto* save = child<QPushButton>(school, u"saveSchoolButton"_s);
    auto* message = child<QLabel>(school, u"validationLabel"_s);
    QVERIFY(edit->isVisible());
    QVERIFY(!save->isVisible());
    edit->click();
    QVERIFY(school.isEditing());
    QVERIFY(save->isVisible() && save->isEnabled());
    QVERIFY(!edit->isVisible());

    // The store's rules are checked as they type, and Save waits for them.
    auto* urn = child<QLineEdit>(school, u"urnLineEdit"_s);
    urn->setText(u"12345"_s);
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(u"6 digits"_s));
    QVERIFY(!save->isEnabled());
    urn->setText(u"401234"_s);
    QVERIFY(!message->isVisible());
    child<QLineEdit>(school, u"postcodeLineEdit"_s)->setText(u"LL77 7AB"_s);
    child<QLineEdit>(school, u"nameLineEdit"_s)->setText(u"Ysgol Llanfair"_s);
    QVERIFY(save->isEnabled());
    save->click();

    QVERIFY(!school.isEditing());
    QCOMPARE(child<QLabel>(school, u"urnValueLabel"_s)->text(), u"401234"_s);
    QCOMPARE(child<QLabel>(school, u"schoolNameLabel"_s)->text(), u"Ysgol Llanfair"_s);
    QCOMPARE(m_window->windowTitle(), u"Ysgol Llanfair"_s);
    const auto stored = SchoolStore(m_window->vault()).load();
    QVERIFY2(stored, qPrintable(stored.error()));
    QCOMPARE(stored->urn, u"401234"_s);

    // Cancel leaves what was saved.
    edit->click();
    child<QLineEdit>(school, u"nameLineEdit"_s)->setText(u"Something else"_s);
    child<QPushButton>(school, u"cancelEditButton"_s)->click();
    QCOMPARE(child<QLabel>(school, u"schoolNameLabel"_s)->text(), u"Ysgol Llanfair"_s);

    // A logo: a file that is not a picture is refused; a large picture is kept small.
    QTemporaryDir dir;
    QFile notAPicture(dir.filePath(u"logo.png"_s));
    QVERIFY(notAPicture.open(QIODevice::WriteOnly) && notAPicture.write("not a picture") > 0);
    notAPicture.close();
    edit->click();
    QVERIFY(!school.chooseLogo(notAPicture.fileName()));
    QVERIFY(message->isVisible() && message->text().contains(u"logo.png"_s));
    QImage badge(900, 1200, QImage::Format_RGB32);
    badge.fill(Qt::darkGreen);
    const QString badgePath = dir.filePath(u"badge.jpg"_s);
    QVERIFY(badge.save(badgePath));
    QVERIFY(school.chooseLogo(badgePath));
    QVERIFY(child<QPushButton>(school, u"removeLogoButton"_s)->isEnabled());
    save->click();
    const auto logo = SchoolStore(m_window->vault()).logo();
    QVERIFY2(logo, qPrintable(logo.error()));
    const QImage saved = QImage::fromData(*logo);
    QCOMPARE(saved.height(), 300);
    QCOMPARE(saved.width(), 225);
    edit->click();
    child<QPushButton>(school, u"removeLogoButton"_s)->click();
    save->click();
    const auto removed = SchoolStore(m_window->vault()).logo();
    QVERIFY2(removed, qPrintable(removed.error()));
    QVERIFY(removed->isEmpty());
}

void TestMainWindow::changePassphraseInTheFileMenu()
{
    auto* action = m_window->findChild<QAction*>(u"changePassphraseAction"_s);
    QVERIFY(action);
    QVERIFY(action->isVisible());
    QVERIFY(m_window->findChild<QMenu*>(u"fileMenu"_s)->actions().contains(action));

    bool opened = false;
    const WhenShown<QDialog> look([&opened](QDialog* dialog) {
        opened = dialog->metaObject()->className() == QByteArrayLiteral("ChangePassphraseDialog");
        QVERIFY(child<QLineEdit>(*dialog, u"currentPassphraseLineEdit"_s)->isVisible());
        dialog->close();
    });
    action->trigger();
    QVERIFY(opened);

    // A recovery-key session has no passphrase of its own.
    m_window.reset();
    VaultError error;
    std::unique_ptr<Vault> recovery =
        Vault::openWithRecoveryKey(m_test->path(), m_test->recoveryKey(), &error);
    QVERIFY2(recovery, qPrintable(error.message));
    openWindow(std::move(recovery));
    QVERIFY(!m_window->findChild<QAction*>(u"changePassphraseAction"_s)->isVisible());
}

void TestMainWindow::backupWarningAndBackUpNow()
{
    // Never backed up: the status bar says so, and takes the user to Backups.
    auto* warning = child<QLabel>(*m_window, u"backupWarningLabel"_s);
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(u"never been backed up"_s));
    Q_EMIT warning->linkActivated(u"#backups"_s);
    QCOMPARE(m_window->currentSection(), MainWindow::Section::Backups);

    BackupsWidget& page = *m_window->backups();
    auto* backUpNow = child<QPushButton>(page, u"backUpNowButton"_s);
    QVERIFY(!backUpNow->isEnabled()); // nowhere to back up to yet, and the page says why
    QVERIFY(child<QLabel>(page, u"hintLabel"_s)->isVisible());
    QVERIFY(child<QPushButton>(page, u"changeSettingsButton"_s)->isVisible());
    QVERIFY(child<QLabel>(page, u"ruleStatusLabel"_s)->text().contains(u"3-2-1"_s));

    QTemporaryDir usb;
    BackupController::Settings settings = m_window->backupController()->settings();
    settings.folder = usb.path();
    settings.copies = 3;
    settings.devices = 2;
    settings.offSite = true;
    QVERIFY(m_window->backupController()->saveSettings(settings));
    page.refresh();
    QVERIFY(backUpNow->isEnabled());
    QVERIFY(child<QLabel>(page, u"ruleStatusLabel"_s)->text().contains(u"meets"_s));
    QCOMPARE(child<QLabel>(page, u"folderValueLabel"_s)->text(), QDir::toNativeSeparators(usb.path()));

    backUpNow->click();
    QCOMPARE(QDir(usb.path()).entryList(QDir::Files).size(), 1);
    QVERIFY(child<QLabel>(page, u"resultLabel"_s)->text().startsWith(u"Backed up to"_s));
    QVERIFY(child<QLabel>(page, u"lastBackupLabel"_s)->text().contains(u"today"_s));
    QVERIFY(!warning->isVisible());
}

void TestMainWindow::closingOffersABackup()
{
    QTemporaryDir usb;
    BackupController::Settings settings = m_window->backupController()->settings();
    settings.folder = usb.path();
    QVERIFY(m_window->backupController()->saveSettings(settings));

    const auto answer = [](const QString& buttonName) {
        return std::make_unique<WhenShown<QMessageBox>>(
            [buttonName](QMessageBox* box) { child<QPushButton>(*box, buttonName)->click(); });
    };
    auto cancel = answer(u"cancelButton"_s);
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    QCOMPARE(cancel->count(), 1);

    auto backUp = answer(u"backUpButton"_s);
    QVERIFY(m_window->close());
    QCOMPARE(backUp->count(), 1);
    QCOMPARE(QDir(usb.path()).entryList(QDir::Files).size(), 1);
}

void TestMainWindow::searchAsYouTypeNarrowsTheView()
{
    PupilListWidget& list = *m_window->pupilList();
    auto* view = child<QTableView>(list, u"pupilsTableView"_s);
    auto* search = child<QLineEdit>(list, u"searchLineEdit"_s);
    auto* count = child<QLabel>(list, u"countLabel"_s);
    QCOMPARE(view->model()->rowCount(), 6);
    QCOMPARE(count->text(), u"6 pupils"_s);

    QTest::keyClicks(search, u"hu"_s);
    QCOMPARE(view->model()->rowCount(), 2); // both Hughes
    QTest::keyClicks(search, u"ghes sia"_s);
    QCOMPARE(view->model()->rowCount(), 1); // Siân, found without the circumflex
    QCOMPARE(count->text(), u"1 pupil"_s);

    search->clear();
    QCOMPARE(view->model()->rowCount(), 6);
    // Accented input finds the plain spelling too, and case does not matter.
    search->setText(u"ZOË"_s);
    QCOMPARE(view->model()->rowCount(), 1);
    search->setText(u"sian"_s);
    QCOMPARE(view->model()->rowCount(), 3); // Siân Hughes, Osian Roberts and Tomos Sianedd
}

void TestMainWindow::yearFilterNarrowsTheViewAndTheForms()
{
    PupilListWidget& list = *m_window->pupilList();
    auto* view = child<QTableView>(list, u"pupilsTableView"_s);
    auto* year = child<QComboBox>(list, u"yearComboBox"_s);
    auto* form = child<QComboBox>(list, u"formComboBox"_s);
    QCOMPARE(form->count(), 3); // All forms, 3B, 4A

    year->setCurrentIndex(year->findData(3));
    QCOMPARE(view->model()->rowCount(), 3);
    QCOMPARE(form->count(), 2);
    QCOMPARE(form->itemText(1), u"3B"_s);
    form->setCurrentIndex(1);
    QCOMPARE(view->model()->rowCount(), 2); // Tomos has no form yet

    year->setCurrentIndex(year->findData(4));
    QCOMPARE(view->model()->rowCount(), 3);
    QCOMPARE(form->currentIndex(), 0); // 3B is not a Year 4 form

    child<QLineEdit>(list, u"searchLineEdit"_s)->setText(u"hughes"_s);
    QCOMPARE(view->model()->rowCount(), 1);
    year->setCurrentIndex(0);
    QCOMPARE(view->model()->rowCount(), 2);
}

void TestMainWindow::leaversOnlyWhenAsked()
{
    PupilListWidget& list = *m_window->pupilList();
    auto* view = child<QTableView>(list, u"pupilsTableView"_s);
    child<QCheckBox>(list, u"showLeaversCheckBox"_s)->setChecked(true);
    QCOMPARE(view->model()->rowCount(), 7);
    child<QCheckBox>(list, u"showLeaversCheckBox"_s)->setChecked(false);
    QCOMPARE(view->model()->rowCount(), 6);
}

void TestMainWindow::editNeedsASelection()
{
    PupilListWidget& list = *m_window->pupilList();
    auto* view = child<QTableView>(list, u"pupilsTableView"_s);
    auto* edit = child<QPushButton>(list, u"editButton"_s);
    QVERIFY(!edit->isEnabled());
    view->selectRow(0);
    QVERIFY(edit->isEnabled());
    // A search that keeps the pupil keeps the selection; one that hides it clears it.
    const QString surname = view->model()->index(0, 0).data().toString();
    child<QLineEdit>(list, u"searchLineEdit"_s)->setText(surname);
    QVERIFY(edit->isEnabled());
    child<QLineEdit>(list, u"searchLineEdit"_s)->setText(u"nobody by this name"_s);
    QVERIFY(!edit->isEnabled());
    QCOMPARE(child<QLabel>(list, u"countLabel"_s)->text(), u"0 pupils"_s);
}

void TestMainWindow::savesGeometry()
{
    m_window->resize(900, 600);
    QVERIFY(m_window->close()); // no backup folder chosen, so nothing is offered
    const QSettings settings;
    QVERIFY(!settings.value(u"MainWindow/geometry"_s).toByteArray().isEmpty());
    QVERIFY(!settings.value(u"MainWindow/state"_s).toByteArray().isEmpty());
}

// Leaving the AUP section, or closing, with unsaved wording asks first; Cancel stays put.
void TestMainWindow::unsavedAupWordingHoldsTheSection()
{
    QVERIFY(m_window->showSection(MainWindow::Section::Agreements));
    auto* tabs = child<QTabWidget>(*m_window->agreements(), u"tabWidget"_s);
    tabs->setCurrentWidget(m_window->agreements()->templates());
    child<QPlainTextEdit>(*m_window->agreements(), u"bodyPlainTextEdit"_s)
        ->appendPlainText(u"- One more rule."_s);
    const auto answer = [](QMessageBox::StandardButton button) {
        return std::make_unique<WhenShown<QMessageBox>>(
            [button](QMessageBox* box) { box->button(button)->click(); });
    };
    auto stay = answer(QMessageBox::Cancel);
    QVERIFY(m_window->showSection(MainWindow::Section::Pupils));
    QCOMPARE(m_window->currentSection(), MainWindow::Section::Agreements);
    QCOMPARE(stay->count(), 1);
    stay = answer(QMessageBox::Cancel);
    QVERIFY(!m_window->close());
    QCOMPARE(stay->count(), 1);
    const auto discard = answer(QMessageBox::Discard);
    QVERIFY(m_window->showSection(MainWindow::Section::Pupils));
    QCOMPARE(m_window->currentSection(), MainWindow::Section::Pupils);
    QCOMPARE(discard->count(), 1);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
