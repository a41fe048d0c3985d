#include "PupilTableModel.h"
#include "TestVault.h"
#include "domain/Upn.h"
#include "records/PupilStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int AcademicStart = 2025; // 2025/26: a child born in 2018/19 (Sep-Aug) is in Year 2

Pupil pupil(const QString& surname, const QString& forename, const QDate& born, int year)
{
    Pupil p;
    p.surname = surname;
    p.legalForename = forename;
    p.dateOfBirth = born;
    p.yearGroup = *YearGroup::fromOrdinal(year);
    return p;
}

QStringList column(const QAbstractItemModel& model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data().toString();
    return values;
}

} // namespace

class TestPupilTableModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passesModelTester();
    void showsStoredPupils();
    void preferredForenameWithLegalInTooltip();
    void sortsByDateOfBirthChronologically();
    void sortsByYearGroupInOrder();
    void expectedYearShownOnlyWhenDifferent();
};

void TestPupilTableModel::passesModelTester()
{
    PupilTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPupils({pupil(u"Evans"_s, u"Siân"_s, QDate(2018, 10, 3), 2),
                     pupil(u"Patel"_s, u"Arjun"_s, QDate(2016, 2, 29), 4)});
    model.setAcademicStartYear(AcademicStart);
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSortRole(PupilTableModel::SortRole);
    proxy.setSourceModel(&model);
    for (int c = 0; c < PupilTableModel::ColumnCount; ++c) {
        proxy.sort(c, Qt::AscendingOrder);
        proxy.sort(c, Qt::DescendingOrder);
    }
    model.setPupils({});
    QCOMPARE(model.rowCount(), 0);
}

void TestPupilTableModel::showsStoredPupils()
{
    auto vault = TestVault::create();
    PupilStore store(**vault);
    Pupil p = pupil(u"Ó Súilleabháin"_s, u"Aoife"_s, QDate(2018, 10, 3), 2);
    p.upn = Upn::withCheckLetter(u"825230116999");
    QVERIFY(store.save(p));

    PupilTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto pupils = store.list();
    QVERIFY2(pupils, qPrintable(pupils.error()));
    model.setPupils(*pupils);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, PupilTableModel::Surname).data().toString(), u"Ó Súilleabháin"_s);
    QCOMPARE(model.index(0, PupilTableModel::Year).data().toString(), u"Year 2"_s);
    QCOMPARE(model.index(0, PupilTableModel::DateOfBirth).data().toString(), u"03/10/2018"_s);
    QCOMPARE(model.index(0, PupilTableModel::Upn).data().toString(), p.upn);
    QCOMPARE(model.index(0, PupilTableModel::Status).data().toString(), u"On roll"_s);
    QCOMPARE(model.index(0, 0).data(PupilTableModel::IdRole).toLongLong(), p.id);
    QCOMPARE(model.rowOf(p.id), 0);
    QCOMPARE(model.rowOf(p.id + 1), -1);
    QCOMPARE(model.headerData(PupilTableModel::ExpectedYear, Qt::Horizontal).toString(), u"Expected year"_s);
}

void TestPupilTableModel::preferredForenameWithLegalInTooltip()
{
    Pupil p = pupil(u"Jones"_s, u"Elizabeth"_s, QDate(2018, 10, 3), 2);
    p.preferredForename = u"Libby"_s;
    PupilTableModel model;
    model.setPupils({p, pupil(u"Jones"_s, u"Tom"_s, QDate(2018, 11, 3), 2)});
    QCOMPARE(model.index(0, PupilTableModel::Forename).data().toString(), u"Libby"_s);
    QVERIFY(
        model.index(0, PupilTableModel::Forename).data(Qt::ToolTipRole).toString().contains(u"Elizabeth"_s));
    QCOMPARE(model.index(1, PupilTableModel::Forename).data().toString(), u"Tom"_s);
    QVERIFY(model.index(1, PupilTableModel::Forename).data(Qt::ToolTipRole).isNull());
}

void TestPupilTableModel::sortsByDateOfBirthChronologically()
{
    PupilTableModel model;
    // As text, "02/01/2019" would come before "15/06/2018".
    model.setPupils({pupil(u"A"_s, u"One"_s, QDate(2019, 1, 2), 1),
                     pupil(u"B"_s, u"Two"_s, QDate(2017, 12, 1), 2),
                     pupil(u"C"_s, u"Three"_s, QDate(2018, 6, 15), 2)});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(PupilTableModel::SortRole);
    proxy.sort(PupilTableModel::DateOfBirth, Qt::AscendingOrder);
    QCOMPARE(column(proxy, PupilTableModel::DateOfBirth),
             (QStringList{u"01/12/2017"_s, u"15/06/2018"_s, u"02/01/2019"_s}));
    proxy.sort(PupilTableModel::DateOfBirth, Qt::DescendingOrder);
    QCOMPARE(column(proxy, PupilTableModel::Surname), (QStringList{u"A"_s, u"C"_s, u"B"_s}));
}

void TestPupilTableModel::sortsByYearGroupInOrder()
{
    PupilTableModel model;
    // As text, "Year 10" would come before "Year 3", and "Reception" after both.
    model.setPupils({pupil(u"A"_s, u"One"_s, QDate(2012, 1, 2), 10),
                     pupil(u"B"_s, u"Two"_s, QDate(2017, 12, 1), 3),
                     pupil(u"C"_s, u"Three"_s, QDate(2020, 6, 15), YearGroup::Reception)});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(PupilTableModel::SortRole);
    proxy.sort(PupilTableModel::Year, Qt::AscendingOrder);
    QCOMPARE(column(proxy, PupilTableModel::Year), (QStringList{u"Reception"_s, u"Year 3"_s, u"Year 10"_s}));
}

void TestPupilTableModel::expectedYearShownOnlyWhenDifferent()
{
    PupilTableModel model;
    model.setAcademicStartYear(AcademicStart);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // Born March 2018: Reception in 2022/23, so Year 3 in 2025/26. Born March 2017: Year 4.
    model.setPupils({pupil(u"OnTime"_s, u"Ava"_s, QDate(2018, 3, 10), 3),
                     pupil(u"HeldBack"_s, u"Ben"_s, QDate(2017, 3, 10), 3),
                     pupil(u"Outside"_s, u"Cal"_s, QDate(2024, 3, 10), YearGroup::Nursery)});
    const QModelIndex onTime = model.index(0, PupilTableModel::ExpectedYear);
    const QModelIndex heldBack = model.index(1, PupilTableModel::ExpectedYear);
    const QModelIndex outside = model.index(2, PupilTableModel::ExpectedYear);
    QCOMPARE(onTime.data().toString(), QString());
    QVERIFY(onTime.data(Qt::ToolTipRole).isNull());
    QCOMPARE(heldBack.data().toString(), u"Year 4"_s);
    const QString tip = heldBack.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"Year 4"_s) && tip.contains(u"Year 3"_s) && tip.contains(u"2025/26"_s),
             qPrintable(tip));
    QCOMPARE(outside.data().toString(), QString()); // too young for any year group: nothing to compare

    // A year later the held-back pupil is expected in Year 5, and the on-time one differs too.
    model.setAcademicStartYear(AcademicStart + 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(heldBack.data().toString(), u"Year 5"_s);
    QCOMPARE(onTime.data().toString(), u"Year 4"_s);
}

QTEST_MAIN(TestPupilTableModel)
#include "tst_pupiltablemodel.moc"
