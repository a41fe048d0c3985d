#include "MainWindow.h"
#include "PupilListWidget.h"
#include "StaffListWidget.h"
#include "TestVault.h"
#include "TestWidgets.h"
#include "records/FormStore.h"
#include "records/PupilStore.h"
#include "records/StaffStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

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
    void searchAsYouTypeNarrowsTheView();
    void yearFilterNarrowsTheViewAndTheForms();
    void leaversOnlyWhenAsked();
    void editNeedsASelection();
    void savesGeometry();

private:
    std::unique_ptr<TestVault> m_test;
    std::unique_ptr<MainWindow> m_window;
};

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
    m_window = std::make_unique<MainWindow>(std::move(session));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_test.reset();
}

void TestMainWindow::titleAndStatusBar()
{
    QVERIFY(m_window->windowTitle().contains(u"Ysgol Gynradd Llanfair"_s));
    const QString user = child<QLabel>(*m_window, u"userLabel"_s)->text();
    QVERIFY2(user.contains(u"Test Administrator"_s) && user.contains(u"Administrator"_s), qPrintable(user));
}

void TestMainWindow::navigationShowsPupilsAndStaff()
{
    auto* navigation = child<QListWidget>(*m_window, u"navigationListWidget"_s);
    auto* stack = child<QStackedWidget>(*m_window, u"sectionsStackedWidget"_s);
    QCOMPARE(navigation->count(), 2);
    QCOMPARE(navigation->item(0)->text(), u"Pupils"_s);
    QCOMPARE(navigation->item(1)->text(), u"Staff"_s);
    QCOMPARE(stack->currentWidget(), m_window->pupilList());

    navigation->setCurrentRow(1);
    QCOMPARE(stack->currentWidget(), m_window->staffList());
    QCOMPARE(child<QTableView>(*m_window->staffList(), u"staffTableView"_s)->model()->rowCount(), 1);
    QCOMPARE(child<QLabel>(*m_window->staffList(), u"countLabel"_s)->text(), u"1 member of staff"_s);
    navigation->setCurrentRow(0);
    QCOMPARE(stack->currentWidget(), m_window->pupilList());
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
    m_window->close();
    const QSettings settings;
    QVERIFY(!settings.value(u"MainWindow/geometry"_s).toByteArray().isEmpty());
    QVERIFY(!settings.value(u"MainWindow/state"_s).toByteArray().isEmpty());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
