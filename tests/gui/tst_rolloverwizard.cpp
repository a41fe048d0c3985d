// The new-year wizard, offscreen, on a demo school: its pages, an edit in the preview reaching the
// plan, a refusal shown without leaving the summary, and finishing applying the plan.
#include "TestVault.h"
#include "TestWidgets.h"
#include "demo/DemoSchool.h"
#include "people/RolloverWizard.h"
#include "records/FormStore.h"
#include "records/PupilStore.h"
#include "shell/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int Pupils = 120;
constexpr int NextYearColumn = 4; // RolloverWizard's preview: Surname, Forename, Year, Form, Next year, ...
constexpr int YearColumn = 2;

YearGroup year(int ordinal)
{
    return *YearGroup::fromOrdinal(ordinal);
}

// The first row the view shows for a pupil in this year group now.
int firstRowIn(const QTableView* view, const QString& yearName)
{
    for (int row = 0; row < view->model()->rowCount(); ++row)
        if (view->model()->index(row, YearColumn).data().toString() == yearName)
            return row;
    return -1;
}

} // namespace

class TestRolloverWizard final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_test.reset(); }
    void pagesEditsAndFinishing();
    void refusalStaysOnTheSummary();
    void offeredOnlyToAdministrators();

private:
    std::unique_ptr<TestVault> m_test;
};

void TestRolloverWizard::init()
{
    m_test = TestVault::create(u"Bryn Ash Primary School"_s);
    QString error;
    // Today, so that the wizard's own choice of year (the one today is in) is the demo's.
    QVERIFY2(DemoSchool::populate(*m_test, DemoOptions{Pupils, 2026, QDate::currentDate()}, &error),
             qPrintable(error));
}

void TestRolloverWizard::pagesEditsAndFinishing()
{
    const AcademicYear now = AcademicYear::containing(QDate::currentDate());
    RolloverWizard wizard(*m_test);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    // The year and its terms.
    QCOMPARE(wizard.currentId(), int(RolloverWizard::YearPage));
    QVERIFY(wizard.plan());
    QCOMPARE(child<QLabel>(wizard, u"toYearLabel"_s)->text(), now.next().name());
    QCOMPARE(child<QComboBox>(wizard, u"lastYearComboBox"_s)->currentText(), u"Year 6"_s);
    QCOMPARE(child<QDateEdit>(wizard, u"leavingDateEdit"_s)->date(), now.lastDay());
    auto* terms = child<QTableWidget>(wizard, u"termsTableWidget"_s);
    QCOMPARE(terms->rowCount(), 3);
    QCOMPARE(terms->item(0, 1)->data(Qt::EditRole).toDate(), now.next().firstDay());
    // A term ending before it starts is refused on the page, and an edited date is kept.
    terms->item(0, 2)->setData(Qt::EditRole, QDate(now.next().startYear(), 8, 1));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(RolloverWizard::YearPage));
    QVERIFY(child<QLabel>(wizard, u"yearMessageLabel"_s)->text().contains(u"before it starts"_s));
    const QDate autumnEnd(now.next().startYear(), 12, 18);
    terms->item(0, 2)->setData(Qt::EditRole, autumnEnd);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(RolloverWizard::FormsPage));
    QCOMPARE(wizard.plan()->terms.constFirst().end, autumnEnd);

    // The forms: sixteen now, two more for the new Nursery; a clash typed is refused.
    auto* forms = child<QTableView>(wizard, u"formsTableView"_s);
    QAbstractItemModelTester formsTester(forms->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(forms->model()->rowCount(), 18);
    constexpr int NewNameColumn = 4;
    const QModelIndex firstName = forms->model()->index(0, NewNameColumn);
    const QString kept = firstName.data().toString();
    QVERIFY(forms->model()->setData(firstName, forms->model()->index(2, NewNameColumn).data()));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(RolloverWizard::FormsPage));
    QVERIFY(child<QLabel>(wizard, u"formsMessageLabel"_s)->text().contains(u"Two forms"_s));
    QVERIFY(forms->model()->setData(firstName, kept));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(RolloverWizard::PreviewPage));

    // The preview: every pupil, sortable, filtered by form.
    auto* preview = child<QTableView>(wizard, u"previewTableView"_s);
    auto* proxy = qobject_cast<QSortFilterProxyModel*>(preview->model());
    QVERIFY(proxy);
    QAbstractItemModelTester pupilsTester(proxy->sourceModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(proxy->rowCount(), Pupils);
    auto* formFilter = child<QComboBox>(wizard, u"previewFormComboBox"_s);
    formFilter->setCurrentIndex(1);
    const QString firstForm = formFilter->currentText();
    QVERIFY(proxy->rowCount() > 0 && proxy->rowCount() < Pupils);
    for (int row = 0; row < proxy->rowCount(); ++row)
        QCOMPARE(proxy->index(row, 3).data().toString(), firstForm);
    QVERIFY(child<QLabel>(wizard, u"previewCountLabel"_s)->text().contains(u"of 120 pupils"_s));
    formFilter->setCurrentIndex(0);
    QCOMPARE(proxy->rowCount(), Pupils);
    preview->sortByColumn(0, Qt::DescendingOrder);
    QVERIFY(proxy->index(0, 0).data().toString().localeAwareCompare(
                proxy->index(Pupils - 1, 0).data().toString()) >= 0);
    preview->sortByColumn(3, Qt::AscendingOrder);

    // Hold a Year 3 pupil back with the editor in the table: the change reaches the plan.
    const int row = firstRowIn(preview, u"Year 3"_s);
    QVERIFY(row >= 0);
    const QModelIndex nextYear = proxy->index(row, NextYearColumn);
    const int pupil = proxy->mapToSource(nextYear).row();
    QCOMPARE(wizard.plan()->pupils[pupil].newYearGroup, year(4));
    preview->setCurrentIndex(nextYear);
    preview->edit(nextYear);
    auto* editor = preview->viewport()->findChild<QComboBox*>();
    QVERIFY(editor);
    const int held = editor->findData(3);
    QVERIFY(held >= 0);
    editor->setCurrentIndex(held);
    Q_EMIT editor->activated(held);
    QCOMPARE(wizard.plan()->pupils[pupil].newYearGroup, year(3));
    QCOMPARE(proxy->index(row, 6).data().toString(), u"Held back"_s);

    // And a Year 2 pupil leaving, with the button.
    const int leaverRow = firstRowIn(preview, u"Year 2"_s);
    const int leaver = proxy->mapToSource(proxy->index(leaverRow, 0)).row();
    preview->selectRow(leaverRow);
    child<QPushButton>(wizard, u"leavingButton"_s)->click();
    QVERIFY(wizard.plan()->pupils[leaver].leaving);
    QCOMPARE(wizard.plan()->pupils[leaver].leftOn, now.lastDay());
    QVERIFY(proxy->setData(proxy->index(leaverRow, 8), u"Ysgol y Gader"_s));
    QCOMPARE(wizard.plan()->pupils[leaver].destination, u"Ysgol y Gader"_s);
    wizard.next();

    // The summary says what will happen.
    QCOMPARE(wizard.currentId(), int(RolloverWizard::SummaryPage));
    const QString summary = child<QLabel>(wizard, u"summaryLabel"_s)->text();
    const int leavers = wizard.plan()->leavingTopYear();
    QVERIFY2(summary.contains(u"%1 pupils move up"_s.arg(Pupils - leavers - 2)), qPrintable(summary));
    QVERIFY2(summary.contains(u"1 is held back"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"%1 leave Year 6"_s.arg(leavers)), qPrintable(summary));
    QVERIFY2(summary.contains(u"1 other pupil leaves"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"14 forms renamed"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"a backup will be made first"_s), qPrintable(summary));
    QVERIFY(child<QLabel>(wizard, u"backupLabel"_s)->text().contains(u"backups"_s));

    // Starting the new year applies the plan; then Finish.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(RolloverWizard::ResultPage));
    QVERIFY(wizard.applied());
    QVERIFY(QFile::exists(wizard.backupFile()));
    QVERIFY(child<QLabel>(wizard, u"resultLabel"_s)->text().contains(now.next().name()));
    wizard.button(QWizard::FinishButton)->click();
    QCOMPARE(wizard.result(), int(QDialog::Accepted));

    PupilStore store(*m_test);
    const auto heldBack = store.find(wizard.plan()->pupils[pupil].pupilId);
    QVERIFY2(heldBack, qPrintable(heldBack.error()));
    QCOMPARE(heldBack->yearGroup, year(3));
    const auto left = store.find(wizard.plan()->pupils[leaver].pupilId);
    QVERIFY2(left, qPrintable(left.error()));
    QCOMPARE(left->status, Pupil::Status::Left);
    QCOMPARE(left->destination, u"Ysgol y Gader"_s);
    const auto onRoll = store.list();
    QVERIFY2(onRoll, qPrintable(onRoll.error()));
    QCOMPARE(onRoll->size(), qsizetype(Pupils - leavers - 1));
}

void TestRolloverWizard::refusalStaysOnTheSummary()
{
    RolloverWizard wizard(*m_test);
    wizard.show();
    wizard.next();
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(RolloverWizard::SummaryPage));
    // Someone adds a pupil while the wizard is open: the plan no longer covers the roll.
    Pupil joiner;
    joiner.legalForename = u"Efa"_s;
    joiner.surname = u"Prys"_s;
    joiner.dateOfBirth = QDate::currentDate().addYears(-7);
    joiner.yearGroup = year(2);
    QVERIFY(PupilStore(*m_test).save(joiner));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(RolloverWizard::SummaryPage));
    QVERIFY(!wizard.applied());
    const QString message = child<QLabel>(wizard, u"summaryMessageLabel"_s)->text();
    QVERIFY2(message.contains(u"nothing was changed"_s) && message.contains(u"Prys, Efa"_s),
             qPrintable(message));
    const auto onRoll = PupilStore(*m_test).list();
    QVERIFY2(onRoll, qPrintable(onRoll.error()));
    QCOMPARE(onRoll->size(), qsizetype(Pupils + 1));
}

void TestRolloverWizard::offeredOnlyToAdministrators()
{
    std::unique_ptr<Vault> office = m_test->signInAs(u"office"_s, Role::Office);
    std::unique_ptr<Vault> admin = m_test->openAs(TestVault::UserName);
    m_test->close();
    {
        MainWindow window(std::move(admin));
        auto* action = window.findChild<QAction*>(u"newAcademicYearAction"_s);
        QVERIFY(action);
        QVERIFY(action->isVisible());
    }
    {
        MainWindow window(std::move(office));
        auto* action = window.findChild<QAction*>(u"newAcademicYearAction"_s);
        QVERIFY(action);
        QVERIFY(!action->isVisible());
        // Even if it were reached, the wizard makes no plan for the role and says why.
        RolloverWizard wizard(window.vault());
        wizard.show();
        QVERIFY(!wizard.plan());
        QVERIFY(child<QLabel>(wizard, u"yearMessageLabel"_s)->text().contains(u"Office"_s));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(RolloverWizard::YearPage));
    }
}

QTEST_MAIN(TestRolloverWizard)
#include "tst_rolloverwizard.moc"
