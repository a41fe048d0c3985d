#include "StaffTableModel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

StaffMember member(const QString& forename, const QString& surname, const QDate& starts,
                   StaffRoles roles = StaffRole::None)
{
    StaffMember m;
    m.title = u"Ms"_s;
    m.forename = forename;
    m.surname = surname;
    m.startsOn = starts;
    m.roles = roles;
    return m;
}

QStringList column(const QAbstractItemModel& model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data().toString();
    return values;
}

StaffAupStatus signedOn(const StaffMember& m, const QDate& date)
{
    Agreement agreement;
    agreement.staffId = m.id;
    agreement.audience = AupAudience::Staff;
    agreement.templateVersion = 2;
    agreement.returnedOn = date;
    return {m.id, m.fullName(), {}, agreement};
}

} // namespace

class TestStaffTableModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passesModelTester();
    void showsColumns();
    void sortsNamesBySurnameAndDatesChronologically();
    void flagsStaffWithoutASignedAgreement();
};

void TestStaffTableModel::passesModelTester()
{
    StaffTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setStaff({member(u"Rhian"_s, u"Ellis"_s, QDate(2019, 9, 1), StaffRole::Dsl | StaffRole::Head),
                    member(u"Tom"_s, u"Adams"_s, {})});
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSortRole(StaffTableModel::SortRole);
    proxy.setSourceModel(&model);
    for (int c = 0; c < StaffTableModel::ColumnCount; ++c)
        proxy.sort(c);
    model.setAupStatus(AcademicYear(2026), {{0, {}, {}, {}}});
    model.setStaff({});
    model.setAupStatus(AcademicYear(2026), {});
}

void TestStaffTableModel::showsColumns()
{
    StaffTableModel model;
    StaffMember m = member(u"Rhian"_s, u"Ellis"_s, QDate(2019, 9, 1), StaffRole::Dsl | StaffRole::Head);
    m.id = 7;
    m.email = u"r.ellis@example.sch.uk"_s;
    m.leavesOn = QDate(2026, 7, 31);
    model.setStaff({m});
    QCOMPARE(model.index(0, StaffTableModel::Name).data().toString(), u"Ms Rhian Ellis"_s);
    QCOMPARE(model.index(0, StaffTableModel::Category).data().toString(), u"Teaching staff"_s);
    QCOMPARE(model.index(0, StaffTableModel::Roles).data().toString(), u"DSL, Head"_s);
    QCOMPARE(model.index(0, StaffTableModel::Email).data().toString(), m.email);
    QCOMPARE(model.index(0, StaffTableModel::Started).data().toString(), u"01/09/2019"_s);
    QCOMPARE(model.index(0, StaffTableModel::Left).data().toString(), u"31/07/2026"_s);
    QCOMPARE(model.rowOf(7), 0);
}

void TestStaffTableModel::sortsNamesBySurnameAndDatesChronologically()
{
    StaffTableModel model;
    model.setStaff({member(u"Anna"_s, u"Williams"_s, QDate(2021, 1, 4)),
                    member(u"Zoë"_s, u"Évans"_s, QDate(2008, 9, 1)),
                    member(u"Carys"_s, u"Bevan"_s, QDate(2015, 4, 20))});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(StaffTableModel::SortRole);
    proxy.sort(StaffTableModel::Name);
    QCOMPARE(column(proxy, StaffTableModel::Name),
             (QStringList{u"Ms Carys Bevan"_s, u"Ms Zoë Évans"_s, u"Ms Anna Williams"_s}));
    proxy.sort(StaffTableModel::Started);
    QCOMPARE(column(proxy, StaffTableModel::Started),
             (QStringList{u"01/09/2008"_s, u"20/04/2015"_s, u"04/01/2021"_s}));
}

void TestStaffTableModel::flagsStaffWithoutASignedAgreement()
{
    StaffMember signer = member(u"Carys"_s, u"Bevan"_s, QDate(2015, 4, 20));
    StaffMember newcomer = member(u"Anna"_s, u"Williams"_s, QDate(2026, 9, 1));
    StaffMember leaver = member(u"Tom"_s, u"Adams"_s, QDate(2010, 9, 1));
    signer.id = 1;
    newcomer.id = 2;
    leaver.id = 3;
    StaffTableModel model;
    model.setStaff({signer, newcomer, leaver});
    // The store reports current staff only, so the leaver has no status.
    model.setAupStatus(AcademicYear(2026), {signedOn(signer, QDate(2026, 9, 3)), {newcomer.id, {}, {}, {}}});

    QCOMPARE(column(model, StaffTableModel::Aup), (QStringList{u"Signed 03/09/2026"_s, u"Not signed"_s, {}}));
    QCOMPARE(model.headerData(StaffTableModel::Aup, Qt::Horizontal).toString(), u"AUP"_s);
    QCOMPARE(model.index(1, StaffTableModel::Aup).data(Qt::ToolTipRole).toString(),
             u"No signed staff agreement for 2026/27: they should sign before using school systems"_s);
    QCOMPARE(model.index(0, StaffTableModel::Aup).data(Qt::ToolTipRole).toString(),
             u"Signed version 2 of “Staff” for 2026/27"_s);
    // Only the newcomer's AUP cell asks for attention.
    for (int row = 0; row < model.rowCount(); ++row)
        for (int c = 0; c < StaffTableModel::ColumnCount; ++c)
            QCOMPARE(model.index(row, c).data(StaffTableModel::AttentionRole).toBool(),
                     row == 1 && c == StaffTableModel::Aup);
    QVERIFY(model.hasAupStatus(newcomer.id));
    QVERIFY(!model.hasAupStatus(leaver.id));

    // Sorting the column brings those still to sign together, ahead of those who have.
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(StaffTableModel::SortRole);
    proxy.sort(StaffTableModel::Aup);
    QCOMPARE(column(proxy, StaffTableModel::Aup).last(), u"Signed 03/09/2026"_s);
}

QTEST_MAIN(TestStaffTableModel)
#include "tst_stafftablemodel.moc"
