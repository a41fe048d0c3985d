#include "TestVault.h"
#include "TestWidgets.h"
#include "aup/AgreementsWidget.h"
#include "aup/AupReturnsWidget.h"
#include "aup/AupRoundWidget.h"
#include "demo/DemoSchool.h"
#include "records/AgreementStore.h"

#include <QCheckBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {
const AcademicYear Year = AcademicYear::containing(QDate::currentDate());
}

class TestAgreementsWidget final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void scanningConfirmsWithThePupilsName();
    void secondScanAndStrangersAreRefused();
    void partlySignedThenComplete();
    void declinedForm();
    void findsAPupilByName();
    void roundShowsCoverageAndOutstanding();
    void headSeesTheRoundButRecordsNothing();

private:
    void scan(const QString& code);
    Result<QList<Agreement>> outstanding() const;

    std::unique_ptr<TestVault> m_test;
    std::unique_ptr<AgreementsWidget> m_widget;
};

void TestAgreementsWidget::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAgreementsWidget::init()
{
    m_test = TestVault::create();
    DemoOptions options;
    options.pupils = 60;
    QString error;
    QVERIFY2(DemoSchool::populate(**m_test, options, &error), qPrintable(error));
    const auto issued = AgreementStore(**m_test).issuePupils(Year);
    QVERIFY2(issued, qPrintable(issued.error()));
    m_widget = std::make_unique<AgreementsWidget>(**m_test);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
}

void TestAgreementsWidget::cleanup()
{
    m_widget.reset();
    m_test.reset();
}

Result<QList<Agreement>> TestAgreementsWidget::outstanding() const
{
    AgreementFilter filter;
    filter.year = Year;
    filter.outstandingOnly = true;
    return AgreementStore(**m_test).list(filter);
}

void TestAgreementsWidget::scan(const QString& code)
{
    auto* scanEdit = child<QLineEdit>(*m_widget->returns(), u"scanLineEdit"_s);
    scanEdit->setFocus();
    QTest::keyClicks(scanEdit, code); // a USB scanner types the code and presses Enter
    QTest::keyClick(scanEdit, Qt::Key_Return);
    QVERIFY(scanEdit->text().isEmpty()); // ready for the next form
}

void TestAgreementsWidget::scanningConfirmsWithThePupilsName()
{
    const auto before = outstanding();
    QVERIFY2(before, qPrintable(before.error()));
    QVERIFY(!before->isEmpty());
    const Agreement first = before->constFirst();
    scan(first.code.toLower()); // as a scanner in the wrong case mode would type it
    const QString result = child<QLabel>(*m_widget->returns(), u"resultLabel"_s)->text();
    QVERIFY2(result.contains(first.personName()) && result.contains(first.formName), qPrintable(result));
    QVERIFY(result.contains(u"Complete"_s));
    const auto scanned = AgreementStore(**m_test).findByCode(first.code);
    QVERIFY2(scanned, qPrintable(scanned.error()));
    QCOMPARE(scanned->state, AgreementState::Complete);
    QCOMPARE(child<QListWidget>(*m_widget->returns(), u"recentListWidget"_s)->count(), 1);
    const auto left = outstanding();
    QVERIFY2(left, qPrintable(left.error()));
    QVERIFY(
        std::none_of(left->cbegin(), left->cend(), [&](const Agreement& a) { return a.code == first.code; }));
}

void TestAgreementsWidget::secondScanAndStrangersAreRefused()
{
    const auto before = outstanding();
    QVERIFY2(before, qPrintable(before.error()));
    QVERIFY(!before->isEmpty());
    const Agreement first = before->constFirst();
    scan(first.code);
    scan(first.code);
    auto* result = child<QLabel>(*m_widget->returns(), u"resultLabel"_s);
    QVERIFY2(result->text().contains(u"already"_s), qPrintable(result->text()));
    QVERIFY(result->styleSheet().contains(u"#fbe4e2"_s)); // shown as a refusal
    scan(u"AUP-0000-00-000000-A"_s);
    QVERIFY(!result->text().isEmpty());
    QVERIFY(!result->text().contains(first.personName()));
    QCOMPARE(child<QListWidget>(*m_widget->returns(), u"recentListWidget"_s)->count(), 1);
}

void TestAgreementsWidget::partlySignedThenComplete()
{
    const auto before = outstanding();
    QVERIFY2(before, qPrintable(before.error()));
    QVERIFY(!before->isEmpty());
    const Agreement first = before->constFirst();
    auto* parent = child<QCheckBox>(*m_widget->returns(), u"parentSignedCheckBox"_s);
    parent->setChecked(false);
    scan(first.code);
    QVERIFY(child<QLabel>(*m_widget->returns(), u"resultLabel"_s)->text().contains(u"Partly signed"_s));
    QVERIFY(parent->isChecked()); // ticks go back to "fully signed" for the next form
    const auto partly = AgreementStore(**m_test).findByCode(first.code);
    QVERIFY2(partly, qPrintable(partly.error()));
    QCOMPARE(partly->state, AgreementState::PartlySigned);
    QVERIFY(partly->pupilSigned && !partly->parentSigned);

    scan(first.code); // the rest comes back later
    const auto complete = AgreementStore(**m_test).findByCode(first.code);
    QVERIFY2(complete, qPrintable(complete.error()));
    QCOMPARE(complete->state, AgreementState::Complete);
}

void TestAgreementsWidget::declinedForm()
{
    const auto before = outstanding();
    QVERIFY2(before, qPrintable(before.error()));
    QVERIFY(!before->isEmpty());
    const Agreement first = before->constFirst();
    auto* declined = child<QCheckBox>(*m_widget->returns(), u"declinedCheckBox"_s);
    declined->setChecked(true);
    QVERIFY(!child<QCheckBox>(*m_widget->returns(), u"pupilSignedCheckBox"_s)->isEnabled());
    scan(first.code);
    const auto scanned = AgreementStore(**m_test).findByCode(first.code);
    QVERIFY2(scanned, qPrintable(scanned.error()));
    QCOMPARE(scanned->state, AgreementState::Declined);
    QVERIFY(!declined->isChecked());
}

void TestAgreementsWidget::findsAPupilByName()
{
    const auto before = outstanding();
    QVERIFY2(before, qPrintable(before.error()));
    QVERIFY(before->size() > 5);
    const Agreement pupil = before->at(5);
    auto* find = child<QLineEdit>(*m_widget->returns(), u"findLineEdit"_s);
    QCompleter* completer = find->completer();
    completer->setCompletionPrefix(pupil.surname + u", "_s + pupil.forename);
    QVERIFY(completer->completionCount() >= 1);
    QString entry;
    for (int i = 0; completer->setCurrentRow(i); ++i)
        if (completer->currentCompletion().endsWith(pupil.code))
            entry = completer->currentCompletion();
    QVERIFY(!entry.isEmpty());
    Q_EMIT completer->activated(entry);
    const auto found = AgreementStore(**m_test).findByCode(pupil.code);
    QVERIFY2(found, qPrintable(found.error()));
    QCOMPARE(found->state, AgreementState::Complete);
    QVERIFY(child<QLabel>(*m_widget->returns(), u"resultLabel"_s)->text().contains(pupil.personName()));
}

void TestAgreementsWidget::roundShowsCoverageAndOutstanding()
{
    const auto read = outstanding();
    QVERIFY2(read, qPrintable(read.error()));
    QVERIFY(read->size() >= 2);
    const QList<Agreement>& before = *read;
    scan(before[0].code);
    scan(before[1].code);
    AupRoundWidget* round = m_widget->round();
    auto* summary = child<QLabel>(*round, u"summaryLabel"_s);
    QVERIFY2(summary->text().contains(u"2 of %1 forms back"_s.arg(before.size())),
             qPrintable(summary->text()));
    auto* tree = child<QTreeWidget>(*round, u"coverageTreeWidget"_s);
    QTreeWidgetItem* formItem = nullptr;
    for (int i = 0; i < tree->topLevelItemCount() && !formItem; ++i)
        for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j)
            if (tree->topLevelItem(i)->child(j)->text(0) == before[0].formName)
                formItem = tree->topLevelItem(i)->child(j);
    QVERIFY(formItem);
    tree->setCurrentItem(formItem);
    const int inForm = int(std::count_if(before.cbegin(), before.cend(), [&](const Agreement& a) {
        return a.formName == before[0].formName;
    }));
    auto* table = child<QTableWidget>(*round, u"outstandingTableWidget"_s);
    const int back = before[1].formName == before[0].formName ? 2 : 1;
    QCOMPARE(table->rowCount(), inForm - back);
    QCOMPARE(formItem->text(5), QString::number(inForm - back));
    QVERIFY(child<QPushButton>(*round, u"formPackButton"_s)->isEnabled());
}

void TestAgreementsWidget::headSeesTheRoundButRecordsNothing()
{
    std::unique_ptr<Vault> head = m_test->signInAs(u"head"_s, Role::Head);
    AgreementsWidget widget(*head);
    QVERIFY(!widget.returns());
    QVERIFY(!child<QPushButton>(*widget.round(), u"issueButton"_s)->isVisibleTo(&widget));
}

QTEST_MAIN(TestAgreementsWidget)
#include "tst_agreementswidget.moc"
