#include "StaffTableModel.h"
#include "TestVault.h"
#include "TestWidgets.h"
#include "WhenShown.h"
#include "aup/StaffAupDialog.h"
#include "people/StaffListWidget.h"
#include "records/AgreementStore.h"

#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

class TestStaffListWidget final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void recordsAStaffAgreementSigned();
    void refusesASecondSignatureForTheYear();
    void readOnlyRoleSeesTheFlagButCannotRecord();

private:
    // Runs `act` on the StaffAupDialog that `trigger` opens; false when none opened.
    bool onAupDialog(const std::function<void(StaffAupDialog&)>& act, const std::function<void()>& trigger);
    QModelIndex aupCell(const StaffListWidget& list) const; // the one member's
    void selectMember(StaffListWidget& list);

    std::unique_ptr<TestVault> m_test;
    const AcademicYear m_year = AcademicYear::containing(QDate::currentDate());
};

void TestStaffListWidget::init()
{
    m_test = TestVault::create();
    StaffMember teacher;
    teacher.title = u"Mrs"_s;
    teacher.forename = u"Rhian"_s;
    teacher.surname = u"Ellis"_s;
    teacher.startsOn = QDate(2019, 9, 1);
    QString error;
    QVERIFY2(StaffStore(**m_test).save(teacher, &error), qPrintable(error));
}

void TestStaffListWidget::cleanup()
{
    m_test.reset();
}

bool TestStaffListWidget::onAupDialog(const std::function<void(StaffAupDialog&)>& act,
                                      const std::function<void()>& trigger)
{
    bool ran = false;
    const WhenShown<QDialog> answer([&](QDialog* shown) {
        auto* dialog = qobject_cast<StaffAupDialog*>(shown);
        if (!dialog) {
            qWarning("%s open instead of StaffAupDialog", shown->metaObject()->className());
            shown->close();
            return;
        }
        ran = true;
        act(*dialog);
    });
    trigger();
    return ran;
}

QModelIndex TestStaffListWidget::aupCell(const StaffListWidget& list) const
{
    const QAbstractItemModel* model = child<QTableView>(list, u"staffTableView"_s)->model();
    return model->index(0, StaffTableModel::Aup);
}

void TestStaffListWidget::selectMember(StaffListWidget& list)
{
    child<QTableView>(list, u"staffTableView"_s)->selectRow(0);
}

void TestStaffListWidget::recordsAStaffAgreementSigned()
{
    StaffListWidget list(**m_test);
    list.show();
    QVERIFY(QTest::qWaitForWindowExposed(&list));
    QCOMPARE(aupCell(list).data().toString(), u"Not signed"_s);
    QVERIFY(aupCell(list).data(StaffTableModel::AttentionRole).toBool());
    QCOMPARE(aupCell(list).data(Qt::ToolTipRole).toString(),
             u"No signed staff agreement for %1: they should sign before using school systems"_s.arg(
                 m_year.name()));

    auto* record = child<QPushButton>(list, u"recordAupButton"_s);
    QVERIFY(record->isVisible());
    QVERIFY(!record->isEnabled()); // nobody chosen yet
    selectMember(list);
    QVERIFY(record->isEnabled());

    const QDate signedOn = m_year.firstDay();
    QString intro, format;
    QDate offered;
    QVERIFY(onAupDialog(
        [&](StaffAupDialog& dialog) {
            intro = child<QLabel>(dialog, u"introLabel"_s)->text();
            auto* date = child<QDateEdit>(dialog, u"signedOnDateEdit"_s);
            offered = date->date();
            format = date->displayFormat();
            date->setDate(signedOn);
            child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok)->click();
            if (dialog.isVisible()) {
                qWarning("still open: %s", qPrintable(child<QLabel>(dialog, u"errorLabel"_s)->text()));
                dialog.reject();
            }
        },
        [&] { record->click(); }));
    QVERIFY2(intro.contains(u"Mrs Rhian Ellis"_s) && intro.contains(m_year.name()), qPrintable(intro));
    QCOMPARE(offered, QDate::currentDate());
    QCOMPARE(format, u"dd/MM/yyyy"_s);

    QCOMPARE(aupCell(list).data().toString(), u"Signed %1"_s.arg(signedOn.toString(u"dd/MM/yyyy"_s)));
    QVERIFY(!aupCell(list).data(StaffTableModel::AttentionRole).toBool());
    const auto status = AgreementStore(**m_test).staffStatus(m_year);
    QVERIFY2(status, qPrintable(status.error()));
    QCOMPARE(status->size(), 1);
    QVERIFY(status->first().signedAgreement);
    QCOMPARE(status->first().signedAgreement->returnedOn, signedOn);
}

void TestStaffListWidget::refusesASecondSignatureForTheYear()
{
    const auto staff = StaffStore(**m_test).list();
    QVERIFY2(staff, qPrintable(staff.error()));
    QVERIFY(!staff->isEmpty());
    const qint64 id = staff->first().id;
    const auto signedOnce = AgreementStore(**m_test).recordStaffSigned(id, m_year, QDate::currentDate());
    QVERIFY2(signedOnce, qPrintable(signedOnce.error()));
    StaffListWidget list(**m_test);
    selectMember(list);
    QString refusal;
    QVERIFY(onAupDialog(
        [&](StaffAupDialog& dialog) {
            child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok)->click();
            // The dialog stays open with the reason, for the office to cancel or correct.
            if (dialog.isVisible())
                refusal = child<QLabel>(dialog, u"errorLabel"_s)->text();
            dialog.reject();
        },
        [&] { child<QPushButton>(list, u"recordAupButton"_s)->click(); }));
    QVERIFY2(refusal.contains(u"already signed"_s), qPrintable(refusal));
    const auto status = AgreementStore(**m_test).staffStatus(m_year);
    QVERIFY2(status, qPrintable(status.error()));
    QVERIFY(!status->isEmpty());
    QVERIFY(status->first().signedAgreement);
    QCOMPARE(status->first().signedAgreement->returnedOn, QDate::currentDate());
}

void TestStaffListWidget::readOnlyRoleSeesTheFlagButCannotRecord()
{
    std::unique_ptr<Vault> it = m_test->signInAs(u"it"_s, Role::It);
    StaffListWidget list(*it);
    list.show();
    QVERIFY(QTest::qWaitForWindowExposed(&list));
    QCOMPARE(aupCell(list).data().toString(), u"Not signed"_s);
    QVERIFY(!child<QPushButton>(list, u"recordAupButton"_s)->isVisible());
}

QTEST_MAIN(TestStaffListWidget)
#include "tst_stafflistwidget.moc"
