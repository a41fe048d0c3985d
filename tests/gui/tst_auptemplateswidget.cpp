#include "TestVault.h"
#include "TestWidgets.h"
#include "WhenShown.h"
#include "aup/AupTemplatesWidget.h"
#include "records/AgreementStore.h"
#include "records/PupilStore.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

namespace {
// The rules table runs from Nursery, so Year n is row n + 1.
int ruleRow(int yearOrdinal)
{
    return yearOrdinal - YearGroup::Nursery;
}
} // namespace

class TestAupTemplatesWidget final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void savingBeforeAnythingIsIssuedKeepsVersionOne();
    void savingAfterIssuingMakesANewVersion();
    void restoringLanyardsWordingWaitsForSave();
    void unsavedEditsAskBeforeMovingOn();
    void rulesAreSavedAndReadBack();
    void readOnlyRoleCannotEdit();

private:
    // Clicks `answer` on the question `trigger` asks; false when none was asked.
    bool answerQuestion(QMessageBox::StandardButton answer, const std::function<void()>& trigger);
    void chooseAudience(AupAudience audience);
    QString body() const;
    QString versionText() const;
    QComboBox* ruleCombo(int yearOrdinal, int column) const;
    void addPupil(const QString& forename, int yearOrdinal);

    std::unique_ptr<TestVault> m_test;
    std::unique_ptr<AupTemplatesWidget> m_widget;
    const AcademicYear m_year = AcademicYear::containing(QDate::currentDate());
};

void TestAupTemplatesWidget::init()
{
    m_test = TestVault::create();
    m_widget = std::make_unique<AupTemplatesWidget>(**m_test);
    QVERIFY(m_widget->setYear(m_year));
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
}

void TestAupTemplatesWidget::cleanup()
{
    m_widget.reset();
    m_test.reset();
}

bool TestAupTemplatesWidget::answerQuestion(QMessageBox::StandardButton answer,
                                            const std::function<void()>& trigger)
{
    bool asked = false;
    const WhenShown<QMessageBox> question([&](QMessageBox* box) {
        asked = true;
        box->button(answer)->click();
    });
    trigger();
    if (!asked)
        qWarning("no question asked");
    return asked;
}

void TestAupTemplatesWidget::chooseAudience(AupAudience audience)
{
    child<QListWidget>(*m_widget, u"audienceListWidget"_s)
        ->setCurrentRow(int(AgreementStore::audiences().indexOf(audience)));
}

QString TestAupTemplatesWidget::body() const
{
    return child<QPlainTextEdit>(*m_widget, u"bodyPlainTextEdit"_s)->toPlainText();
}

QString TestAupTemplatesWidget::versionText() const
{
    return child<QLabel>(*m_widget, u"versionLabel"_s)->text();
}

QComboBox* TestAupTemplatesWidget::ruleCombo(int yearOrdinal, int column) const
{
    return qobject_cast<QComboBox*>(
        child<QTableWidget>(*m_widget, u"rulesTableWidget"_s)->cellWidget(ruleRow(yearOrdinal), column));
}

void TestAupTemplatesWidget::addPupil(const QString& forename, int yearOrdinal)
{
    Pupil p;
    p.legalForename = forename;
    p.surname = u"Hughes"_s;
    p.dateOfBirth = QDate(2018, 1, 1);
    p.yearGroup = *YearGroup::fromOrdinal(yearOrdinal);
    QString error;
    QVERIFY2(PupilStore(**m_test).save(p, &error), qPrintable(error));
}

void TestAupTemplatesWidget::savingBeforeAnythingIsIssuedKeepsVersionOne()
{
    chooseAudience(AupAudience::PupilKs2);
    const AupTemplate lanyards = AgreementStore::defaultTemplate(AupAudience::PupilKs2);
    QCOMPARE(child<QLineEdit>(*m_widget, u"titleLineEdit"_s)->text(), lanyards.title);
    QCOMPARE(body(), lanyards.body);
    QVERIFY2(versionText().startsWith(u"Version 1 of %1."_s.arg(m_year.name())), qPrintable(versionText()));
    auto* save = child<QPushButton>(*m_widget, u"saveButton"_s);
    QVERIFY(!save->isEnabled());

    const QString edited = body() + u"\n\n- I will tell an adult if a game asks me to chat with strangers."_s;
    child<QPlainTextEdit>(*m_widget, u"bodyPlainTextEdit"_s)->setPlainText(edited);
    QVERIFY(save->isEnabled());
    QVERIFY(m_widget->hasUnsavedChanges());
    save->click();

    QCOMPARE(child<QLabel>(*m_widget, u"statusLabel"_s)->text(), u"Saved."_s);
    QVERIFY(!save->isEnabled());
    QVERIFY(!m_widget->hasUnsavedChanges());
    const auto versions = AgreementStore(**m_test).versions(m_year, AupAudience::PupilKs2);
    QVERIFY2(versions, qPrintable(versions.error()));
    QCOMPARE(versions->size(), 1);
    QCOMPARE(versions->first().body, edited);
    QVERIFY2(versionText().startsWith(u"Version 1 of %1."_s.arg(m_year.name())), qPrintable(versionText()));
}

void TestAupTemplatesWidget::savingAfterIssuingMakesANewVersion()
{
    addPupil(u"Siân"_s, 4);
    addPupil(u"Dylan"_s, 5);
    const auto issued = AgreementStore(**m_test).issuePupils(m_year);
    QVERIFY2(issued, qPrintable(issued.error()));
    QCOMPARE(issued->issued, 2);
    QVERIFY(m_widget->setYear(m_year)); // read again, as the agreements section does after issuing

    chooseAudience(AupAudience::PupilKs2);
    QVERIFY2(versionText().contains(u"2 agreements have been issued against this version."_s),
             qPrintable(versionText()));
    const QString original = body();
    child<QPlainTextEdit>(*m_widget, u"bodyPlainTextEdit"_s)->setPlainText(original + u"\n\n- New rule."_s);
    child<QPushButton>(*m_widget, u"saveButton"_s)->click();

    QCOMPARE(child<QLabel>(*m_widget, u"statusLabel"_s)->text(),
             u"Saved as version 2: forms already issued keep version 1’s text."_s);
    QVERIFY2(versionText().startsWith(
                 u"Version 2 of %1. 2 agreements were issued against version 1; they keep its text."_s.arg(
                     m_year.name())),
             qPrintable(versionText()));
    AgreementStore store(**m_test);
    const auto versions = store.versions(m_year, AupAudience::PupilKs2);
    QVERIFY2(versions, qPrintable(versions.error()));
    QCOMPARE(versions->size(), 2);
    QCOMPARE(versions->at(0).body, original);
    QCOMPARE(versions->at(1).body, original + u"\n\n- New rule."_s);
    // The forms already out are still bound to the words they were printed with.
    AgreementFilter filter;
    filter.year = m_year;
    const auto agreements = store.list(filter);
    QVERIFY2(agreements, qPrintable(agreements.error()));
    for (const Agreement& agreement : *agreements)
        QCOMPARE(agreement.templateVersion, 1);
}

void TestAupTemplatesWidget::restoringLanyardsWordingWaitsForSave()
{
    chooseAudience(AupAudience::Staff);
    auto* title = child<QLineEdit>(*m_widget, u"titleLineEdit"_s);
    title->setText(u"Staff ICT code of conduct"_s);
    child<QPushButton>(*m_widget, u"saveButton"_s)->click();
    const auto saved = AgreementStore(**m_test).currentTemplate(m_year, AupAudience::Staff);
    QVERIFY2(saved, qPrintable(saved.error()));
    QCOMPARE(saved->title, title->text());

    child<QPushButton>(*m_widget, u"restoreDefaultButton"_s)->click();
    const AupTemplate lanyards = AgreementStore::defaultTemplate(AupAudience::Staff);
    QCOMPARE(title->text(), lanyards.title);
    const auto unsaved = AgreementStore(**m_test).currentTemplate(m_year, AupAudience::Staff);
    QVERIFY2(unsaved, qPrintable(unsaved.error()));
    QCOMPARE(unsaved->title, u"Staff ICT code of conduct"_s);

    // Revert goes back to what is saved; restoring again and saving keeps Lanyard's wording.
    child<QPushButton>(*m_widget, u"revertButton"_s)->click();
    QCOMPARE(title->text(), u"Staff ICT code of conduct"_s);
    child<QPushButton>(*m_widget, u"restoreDefaultButton"_s)->click();
    child<QPushButton>(*m_widget, u"saveButton"_s)->click();
    const auto restored = AgreementStore(**m_test).currentTemplate(m_year, AupAudience::Staff);
    QVERIFY2(restored, qPrintable(restored.error()));
    QCOMPARE(restored->title, lanyards.title);
}

void TestAupTemplatesWidget::unsavedEditsAskBeforeMovingOn()
{
    chooseAudience(AupAudience::PupilKs1);
    auto* list = child<QListWidget>(*m_widget, u"audienceListWidget"_s);
    auto* bodyEdit = child<QPlainTextEdit>(*m_widget, u"bodyPlainTextEdit"_s);
    const QString saved = body();
    bodyEdit->setPlainText(u"- Be kind online."_s);

    // Cancel stays on the edits.
    QVERIFY(answerQuestion(QMessageBox::Cancel, [&] { chooseAudience(AupAudience::Visitor); }));
    QCOMPARE(list->currentRow(), int(AgreementStore::audiences().indexOf(AupAudience::PupilKs1)));
    QCOMPARE(body(), u"- Be kind online."_s);
    QVERIFY(answerQuestion(QMessageBox::Cancel, [&] { QVERIFY(!m_widget->setYear(m_year.next())); }));
    QCOMPARE(body(), u"- Be kind online."_s);

    // Discard moves on and leaves the saved text alone.
    QVERIFY(answerQuestion(QMessageBox::Discard, [&] { chooseAudience(AupAudience::Visitor); }));
    QCOMPARE(body(), AgreementStore::defaultTemplate(AupAudience::Visitor).body);
    const auto untouched = AgreementStore(**m_test).currentTemplate(m_year, AupAudience::PupilKs1);
    QVERIFY2(untouched, qPrintable(untouched.error()));
    QCOMPARE(untouched->body, saved);

    // Save keeps the edits before moving on.
    bodyEdit->setPlainText(u"- Sign in at reception."_s);
    QVERIFY(answerQuestion(QMessageBox::Save, [&] { QVERIFY(m_widget->setYear(m_year.next())); }));
    const auto visitors = AgreementStore(**m_test).currentTemplate(m_year, AupAudience::Visitor);
    QVERIFY2(visitors, qPrintable(visitors.error()));
    QCOMPARE(visitors->body, u"- Sign in at reception."_s);
    QVERIFY2(versionText().startsWith(u"Version 1 of %1."_s.arg(m_year.next().name())),
             qPrintable(versionText()));
    // A new year starts from the last year's newest wording.
    QCOMPARE(body(), u"- Sign in at reception."_s);
}

void TestAupTemplatesWidget::rulesAreSavedAndReadBack()
{
    auto* saveRules = child<QPushButton>(*m_widget, u"saveRulesButton"_s);
    QVERIFY(!saveRules->isEnabled());
    auto* table = child<QTableWidget>(*m_widget, u"rulesTableWidget"_s);
    QCOMPARE(table->item(ruleRow(YearGroup::Reception), 1)->text(), u"Not issued"_s);
    QCOMPARE(ruleCombo(1, 1)->currentText(), AgreementStore::audienceName(AupAudience::PupilKs1));
    QCOMPARE(ruleCombo(3, 1)->currentText(), AgreementStore::audienceName(AupAudience::PupilKs2));

    // Year 2 moves to the older pupils' wording, Year 6 signs without a parent, Year 8 gets none.
    ruleCombo(2, 1)->setCurrentIndex(ruleCombo(2, 1)->findData(int(AupAudience::PupilKs2)));
    ruleCombo(6, 2)->setCurrentIndex(ruleCombo(6, 2)->findData(int(AupSigners::Pupil)));
    ruleCombo(8, 1)->setCurrentIndex(0);
    QCOMPARE(ruleCombo(8, 1)->currentText(), u"Not issued"_s);
    QVERIFY(!ruleCombo(8, 2)->isEnabled());
    QVERIFY(saveRules->isEnabled());
    saveRules->click();
    QCOMPARE(child<QLabel>(*m_widget, u"rulesStatusLabel"_s)->text(), u"Saved for %1."_s.arg(m_year.name()));
    QVERIFY(!saveRules->isEnabled());

    const auto rules = AgreementStore(**m_test).rules(m_year);
    QVERIFY2(rules, qPrintable(rules.error()));
    QCOMPARE(rules->size(), 7); // Years 1 to 7
    QCOMPARE(rules->at(1).yearGroup, *YearGroup::fromOrdinal(2));
    QCOMPARE(rules->at(1).audience, AupAudience::PupilKs2);
    QCOMPARE(rules->at(5).signers, AupSigners::Pupil);
    QCOMPARE(rules->at(6).yearGroup, *YearGroup::fromOrdinal(7));

    // A fresh screen shows them as saved.
    m_widget = std::make_unique<AupTemplatesWidget>(**m_test);
    QCOMPARE(ruleCombo(2, 1)->currentData().toInt(), int(AupAudience::PupilKs2));
    QCOMPARE(ruleCombo(6, 2)->currentData().toInt(), int(AupSigners::Pupil));
    QCOMPARE(ruleCombo(7, 2)->currentData().toInt(), int(AupSigners::PupilAndParent));
    QCOMPARE(ruleCombo(8, 1)->currentText(), u"Not issued"_s);
}

void TestAupTemplatesWidget::readOnlyRoleCannotEdit()
{
    std::unique_ptr<Vault> head = m_test->signInAs(u"head"_s, Role::Head);
    AupTemplatesWidget widget(*head);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QVERIFY(!widget.isEditable());
    // The wording is there to read, and to copy, but not to change.
    auto* bodyEdit = child<QPlainTextEdit>(widget, u"bodyPlainTextEdit"_s);
    QCOMPARE(bodyEdit->toPlainText(), AgreementStore::defaultTemplate(AupAudience::PupilKs1).body);
    QVERIFY(bodyEdit->isReadOnly());
    QVERIFY(child<QLineEdit>(widget, u"titleLineEdit"_s)->isReadOnly());
    bodyEdit->setFocus();
    QTest::keyClicks(bodyEdit, u"extra"_s);
    QCOMPARE(bodyEdit->toPlainText(), AgreementStore::defaultTemplate(AupAudience::PupilKs1).body);
    for (const QString& name :
         {u"saveButton"_s, u"revertButton"_s, u"restoreDefaultButton"_s, u"saveRulesButton"_s})
        QVERIFY2(!child<QPushButton>(widget, name)->isVisible(), qPrintable(name));
    for (QComboBox* combo : widget.findChildren<QComboBox*>())
        QVERIFY(!combo->isEnabled());
    QVERIFY(!widget.hasUnsavedChanges());
    // What the version line says about saving is for those who may save.
    const QString version = child<QLabel>(widget, u"versionLabel"_s)->text();
    QVERIFY2(version.startsWith(u"Version 1 of %1."_s.arg(m_year.name())) && !version.contains(u"saving"_s),
             qPrintable(version));
}

QTEST_MAIN(TestAupTemplatesWidget)
#include "tst_auptemplateswidget.moc"
