// The governors' figures as a governor reads them: every table cell as shown, "<5" for a
// suppressed count and 0 for none. The window is given figures written out here, not read
// from a vault.
#include "TestWidgets.h"
#include "governance/FiguresWindow.h"

#include <QApplication>
#include <QLabel>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
YearGroup year(int ordinal)
{
    return *YearGroup::fromOrdinal(ordinal);
}

// Ysgol Gynradd Llanfair: 12 pupils in Year 3 and 3 in Year 4; 5 teaching and 2 support staff;
// Year 3's agreements 12 issued, 5 complete, 7 outstanding; Year 4's 3, 0 and 3.
Figures sampleFigures()
{
    Figures f;
    f.formatVersion = 1;
    f.schoolName = u"Ysgol Gynradd Llanfair"_s;
    f.vaultId = u"0123456789abcdef0123456789abcdef"_s;
    f.academicYear = AcademicYear(2026);
    f.publishedAt = QDateTime(QDate(2026, 10, 5), QTime(9, 30), Qt::UTC);
    f.publishedByName = u"Mrs Ffion Evans"_s;
    f.publishedByRole = Role::Head;
    for (int ordinal = YearGroup::First; ordinal <= YearGroup::Last; ++ordinal)
        f.pupilsOnRoll.append({year(ordinal), ChildCount::of(ordinal == 3 ? 12 : ordinal == 4 ? 3 : 0)});
    f.pupilsOnRollTotal = 15;
    f.staffTotal = 7;
    f.staff = {{StaffCategory::Teaching, 5},  {StaffCategory::Support, 2}, {StaffCategory::Governor, 0},
               {StaffCategory::Volunteer, 0}, {StaffCategory::Supply, 0},  {StaffCategory::Contractor, 0},
               {StaffCategory::Visitor, 0}};
    f.aupCoverage = {{year(3), ChildCount::of(12), ChildCount::of(5), ChildCount::of(7)},
                     {year(4), ChildCount::of(3), ChildCount::of(0), ChildCount::of(3)}};
    f.auditEntries = 214;
    f.auditHead = u"9f2c4e1a0b7d3c5e8f6a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6a"_s;
    return f;
}

QStringList row(const QTableWidget* table, int row)
{
    QStringList texts;
    for (int column = 0; column < table->columnCount(); ++column)
        texts << table->item(row, column)->text();
    return texts;
}

QStringList headers(const QTableWidget* table)
{
    QStringList texts;
    for (int column = 0; column < table->columnCount(); ++column)
        texts << table->horizontalHeaderItem(column)->text();
    return texts;
}
} // namespace

class TestFiguresWindow final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsPupilsOnRoll()
    {
        FiguresWindow window(sampleFigures());
        const auto* table = child<QTableWidget>(window, u"pupilsTableWidget"_s);
        QCOMPARE(headers(table), (QStringList{u"Year group"_s, u"Pupils"_s}));
        QCOMPARE(table->rowCount(), 16); // N, R, 1..13 and the total
        QCOMPARE(row(table, 0), (QStringList{u"Nursery"_s, u"0"_s}));
        QCOMPARE(row(table, 1), (QStringList{u"Reception"_s, u"0"_s}));
        QCOMPARE(row(table, 4), (QStringList{u"Year 3"_s, u"12"_s}));
        QCOMPARE(row(table, 5), (QStringList{u"Year 4"_s, u"<5"_s}));
        QCOMPARE(row(table, 14), (QStringList{u"Year 13"_s, u"0"_s}));
        QCOMPARE(row(table, 15), (QStringList{u"Total"_s, u"15"_s}));
    }

    void showsStaff()
    {
        FiguresWindow window(sampleFigures());
        const auto* table = child<QTableWidget>(window, u"staffTableWidget"_s);
        QCOMPARE(table->rowCount(), 8);
        QCOMPARE(row(table, 0), (QStringList{u"Teaching staff"_s, u"5"_s}));
        QCOMPARE(row(table, 1), (QStringList{u"Support staff"_s, u"2"_s}));
        QCOMPARE(row(table, 7), (QStringList{u"Total"_s, u"7"_s}));
    }

    void showsAgreementCoverage()
    {
        FiguresWindow window(sampleFigures());
        window.show();
        const auto* table = child<QTableWidget>(window, u"aupTableWidget"_s);
        QCOMPARE(headers(table),
                 (QStringList{u"Year group"_s, u"Issued"_s, u"Complete"_s, u"Outstanding"_s}));
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(row(table, 0), (QStringList{u"Year 3"_s, u"12"_s, u"5"_s, u"7"_s}));
        QCOMPARE(row(table, 1), (QStringList{u"Year 4"_s, u"<5"_s, u"0"_s, u"<5"_s}));
        QVERIFY(table->isVisible());
        QVERIFY(!child<QLabel>(window, u"noAgreementsLabel"_s)->isVisible());

        Figures none = sampleFigures();
        none.aupCoverage.clear();
        window.setFigures(none);
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(!table->isVisible());
        QVERIFY(child<QLabel>(window, u"noAgreementsLabel"_s)->isVisible());
    }

    void showsThePublication()
    {
        FiguresWindow window(sampleFigures());
        QCOMPARE(child<QLabel>(window, u"schoolNameLabel"_s)->text(), u"Ysgol Gynradd Llanfair"_s);
        QCOMPARE(window.windowTitle(), u"Governors' Figures: Ysgol Gynradd Llanfair"_s);
        QCOMPARE(child<QLabel>(window, u"yearValueLabel"_s)->text(), u"2026/27"_s);
        QCOMPARE(child<QLabel>(window, u"publishedByValueLabel"_s)->text(), u"Mrs Ffion Evans (Head)"_s);
        QVERIFY(child<QLabel>(window, u"publishedValueLabel"_s)->text().contains(u"October 2026"_s));
        QCOMPARE(child<QLabel>(window, u"lastBackupValueLabel"_s)->text(), u"Never backed up"_s);
        QCOMPARE(child<QLabel>(window, u"auditValueLabel"_s)->text(), u"214 entries"_s);
        QCOMPARE(child<QLabel>(window, u"auditHeadValueLabel"_s)->text(),
                 u"214:9f2c4e1a0b7d3c5e8f6a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6a"_s);
        QVERIFY(child<QLabel>(window, u"suppressionNoteLabel"_s)->text().contains(u"<5"_s));

        Figures backedUp = sampleFigures();
        backedUp.lastBackup = QDateTime(QDate(2026, 10, 4), QTime(17, 0), Qt::UTC);
        window.setFigures(backedUp);
        QVERIFY(child<QLabel>(window, u"lastBackupValueLabel"_s)->text().contains(u"October 2026"_s));
    }
};

QTEST_MAIN(TestFiguresWindow)
#include "tst_figureswindow.moc"
