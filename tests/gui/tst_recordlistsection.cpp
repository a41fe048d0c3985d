// What the pupil and staff lists share (RecordListSection), through each of them: a record saved in
// its dialog is chosen again in the list as read again, wherever it now sorts; a new one is chosen
// once added; Cancel changes nothing; a record removed meanwhile is explained and leaves the list.
#include "PupilTableModel.h"
#include "StaffTableModel.h"
#include "TestVault.h"
#include "TestWidgets.h"
#include "WhenShown.h"
#include "people/PupilDialog.h"
#include "people/PupilListWidget.h"
#include "people/StaffDialog.h"
#include "people/StaffListWidget.h"
#include "records/PupilStore.h"
#include "records/StaffStore.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The id of the record chosen in a list's table; 0 when none is.
qint64 chosenId(const QWidget& list, const QString& table, int idRole)
{
    const QModelIndexList rows = child<QTableView>(list, table)->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(idRole).toLongLong();
}

// Chooses the row of the record with this id, as a click on it would.
void choose(QWidget& list, const QString& table, int idRole, qint64 id)
{
    auto* view = child<QTableView>(list, table);
    const QModelIndexList found =
        view->model()->match(view->model()->index(0, 0), idRole, id, 1, Qt::MatchExactly);
    QVERIFY(!found.isEmpty());
    view->selectRow(found.first().row());
}

// Presses a dialog's button; should the dialog refuse and stay open, says why and closes it, so
// that a test cannot hang in its exec().
void press(QDialog& dialog, QDialogButtonBox::StandardButton which)
{
    child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(which)->click();
    if (dialog.isVisible()) {
        qWarning("still open: %s", qPrintable(child<QLabel>(dialog, u"errorLabel"_s)->text()));
        dialog.reject();
    }
}

} // namespace

class TestRecordListSection final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void savedPupilIsChosenAgainWhereItNowSorts();
    void cancelledEditChangesNothing();
    void addedMemberOfStaffIsChosen();
    void recordRemovedMeanwhileIsExplainedAndGone();

private:
    qint64 addPupil(const QString& surname, const QString& forename);
    qint64 addMember(const QString& surname, const QString& forename);

    std::unique_ptr<TestVault> m_test;
};

void TestRecordListSection::init()
{
    m_test = TestVault::create();
}

void TestRecordListSection::cleanup()
{
    m_test.reset();
}

qint64 TestRecordListSection::addPupil(const QString& surname, const QString& forename)
{
    Pupil p;
    p.surname = surname;
    p.legalForename = forename;
    p.dateOfBirth = QDate(2018, 3, 14);
    p.yearGroup = *YearGroup::fromOrdinal(3);
    QString error;
    if (!PupilStore(**m_test).save(p, &error))
        qWarning("%s", qPrintable(error));
    return p.id;
}

qint64 TestRecordListSection::addMember(const QString& surname, const QString& forename)
{
    StaffMember m;
    m.forename = forename;
    m.surname = surname;
    QString error;
    if (!StaffStore(**m_test).save(m, &error))
        qWarning("%s", qPrintable(error));
    return m.id;
}

void TestRecordListSection::savedPupilIsChosenAgainWhereItNowSorts()
{
    const qint64 aled = addPupil(u"Ashton"_s, u"Aled"_s);
    addPupil(u"Hughes"_s, u"Siân"_s);
    addPupil(u"Morgan"_s, u"Ffion"_s);
    PupilListWidget list(**m_test);
    list.show();
    QVERIFY(QTest::qWaitForWindowExposed(&list));
    choose(list, u"pupilsTableView"_s, PupilTableModel::IdRole, aled);
    QVERIFY(child<QTableView>(list, u"pupilsTableView"_s)->selectionModel()->isRowSelected(0));

    const WhenShown<PupilDialog> edit([](PupilDialog* dialog) {
        child<QLineEdit>(*dialog, u"surnameLineEdit"_s)->setText(u"Williams"_s);
        press(*dialog, QDialogButtonBox::Save);
    });
    child<QPushButton>(list, u"editButton"_s)->click();
    QCOMPARE(edit.count(), 1);

    // Read again from the vault: Aled is now last by surname, and still the one chosen.
    QCOMPARE(PupilStore(**m_test).find(aled)->surname, u"Williams"_s);
    auto* view = child<QTableView>(list, u"pupilsTableView"_s);
    QCOMPARE(view->model()->index(2, PupilTableModel::Surname).data().toString(), u"Williams"_s);
    QVERIFY(view->selectionModel()->isRowSelected(2));
    QCOMPARE(chosenId(list, u"pupilsTableView"_s, PupilTableModel::IdRole), aled);
    QVERIFY(child<QPushButton>(list, u"editButton"_s)->isEnabled());
}

void TestRecordListSection::cancelledEditChangesNothing()
{
    const qint64 rhian = addMember(u"Ellis"_s, u"Rhian"_s);
    addMember(u"Bevan"_s, u"Owain"_s);
    StaffListWidget list(**m_test);
    choose(list, u"staffTableView"_s, StaffTableModel::IdRole, rhian);

    const WhenShown<StaffDialog> edit([](StaffDialog* dialog) {
        child<QLineEdit>(*dialog, u"surnameLineEdit"_s)->setText(u"Pritchard"_s);
        press(*dialog, QDialogButtonBox::Cancel);
    });
    child<QPushButton>(list, u"editButton"_s)->click();
    QCOMPARE(edit.count(), 1);
    QCOMPARE(StaffStore(**m_test).find(rhian)->surname, u"Ellis"_s);
    QCOMPARE(chosenId(list, u"staffTableView"_s, StaffTableModel::IdRole), rhian);
}

void TestRecordListSection::addedMemberOfStaffIsChosen()
{
    addMember(u"Ellis"_s, u"Rhian"_s);
    addMember(u"Morgan"_s, u"Dafydd"_s);
    StaffListWidget list(**m_test);
    QCOMPARE(chosenId(list, u"staffTableView"_s, StaffTableModel::IdRole), 0);

    const WhenShown<StaffDialog> add([](StaffDialog* dialog) {
        child<QLineEdit>(*dialog, u"titleLineEdit"_s)->setText(u"Mr"_s);
        child<QLineEdit>(*dialog, u"forenameLineEdit"_s)->setText(u"Owain"_s);
        child<QLineEdit>(*dialog, u"surnameLineEdit"_s)->setText(u"Bevan"_s);
        press(*dialog, QDialogButtonBox::Save);
    });
    child<QPushButton>(list, u"addButton"_s)->click();
    QCOMPARE(add.count(), 1);

    QCOMPARE(list.shownCount(), 3);
    QCOMPARE(child<QLabel>(list, u"countLabel"_s)->text(), u"3 members of staff"_s);
    const qint64 chosen = chosenId(list, u"staffTableView"_s, StaffTableModel::IdRole);
    QVERIFY(chosen > 0);
    QCOMPARE(StaffStore(**m_test).find(chosen)->surname, u"Bevan"_s);
}

void TestRecordListSection::recordRemovedMeanwhileIsExplainedAndGone()
{
    const qint64 sian = addPupil(u"Hughes"_s, u"Siân"_s);
    addPupil(u"Morgan"_s, u"Ffion"_s);
    PupilListWidget list(**m_test);
    choose(list, u"pupilsTableView"_s, PupilTableModel::IdRole, sian);
    // Someone else, at another PC, removes her while she is chosen here.
    QVERIFY(PupilStore(**m_test).remove(sian));

    QString title, told;
    const WhenShown<QMessageBox> warning([&](QMessageBox* box) {
        title = box->windowTitle();
        told = box->text();
        box->accept();
    });
    child<QPushButton>(list, u"editButton"_s)->click();
    QCOMPARE(title, u"Edit pupil"_s);
    QCOMPARE(told, u"This pupil is no longer in the vault."_s);
    QCOMPARE(list.shownCount(), 1);
    QCOMPARE(child<QLabel>(list, u"countLabel"_s)->text(), u"1 pupil"_s);
    QCOMPARE(chosenId(list, u"pupilsTableView"_s, PupilTableModel::IdRole), 0);
    QVERIFY(!child<QPushButton>(list, u"editButton"_s)->isEnabled());
}

QTEST_MAIN(TestRecordListSection)
#include "tst_recordlistsection.moc"
