#include "TestVault.h"
#include "TestWidgets.h"
#include "audit/AuditViewerWidget.h"
#include "storage/AuditLog.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QStringList items(const QComboBox* combo)
{
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts << combo->itemText(i);
    return texts;
}

QStringList column(const QTableWidget* table, int column)
{
    QStringList texts;
    for (int row = 0; row < table->rowCount(); ++row)
        texts << table->item(row, column)->text();
    return texts;
}

// A pupil written as a store writes one, with its audit entry.
qint64 addPupil(Vault& vault, const QString& surname)
{
    QSqlQuery q(vault.database());
    q.prepare(u"INSERT INTO pupils (legal_forename, surname, dob, gender, year_group) "
              u"VALUES ('Test', ?, '2018-03-10', 'F', 3)"_s);
    q.addBindValue(surname);
    if (!q.exec())
        return 0;
    const qint64 id = q.lastInsertId().toLongLong();
    return AuditLog(vault).recordChange(u"pupils"_s, id, u"insert"_s) ? id : 0;
}

} // namespace

class TestAuditViewer final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void showsNewestFirst();
    void filtersByUser();
    void filtersByDate();
    void filtersByRecord();
    void verifyNowShowsTheVerdict();

private:
    std::unique_ptr<TestVault> m_vault;
    qint64 m_pupil = 0;
    qint64 m_entries = 0;
};

void TestAuditViewer::init()
{
    m_vault = TestVault::create();
    Vault& vault = **m_vault;
    AuditLog log(vault);
    QVERIFY(addPupil(vault, u"Alpha"_s) > 0);
    m_pupil = addPupil(vault, u"Bravo"_s);
    QVERIFY(m_pupil > 0);
    QSqlQuery q(vault.database());
    QVERIFY(q.exec(u"UPDATE pupils SET year_group = 4 WHERE id = %1"_s.arg(m_pupil)));
    QVERIFY(log.recordChange(u"pupils"_s, m_pupil, u"update"_s));
    QVERIFY(log.recordEvent(u"backup"_s, u"backup to removable drive"_s));

    // Someone else: the recovery key, printing the recovery sheet.
    const QString path = m_vault->path();
    m_vault->close();
    {
        VaultError error;
        auto recovery = Vault::openWithRecoveryKey(path, m_vault->recoveryKey(), &error);
        QVERIFY2(recovery, qPrintable(error.message));
        QVERIFY(AuditLog(*recovery).recordEvent(u"print_recovery_sheet"_s));
    }
    m_vault->reopen();
    const auto verdict = AuditLog::verify(m_vault->vault().database());
    QVERIFY2(verdict.ok, qPrintable(verdict.problem));
    m_entries = verdict.entries;
}

void TestAuditViewer::cleanup()
{
    m_vault.reset();
}

void TestAuditViewer::showsNewestFirst()
{
    AuditViewerWidget widget(**m_vault);
    widget.show();
    const auto* table = child<QTableWidget>(widget, u"auditTableWidget"_s);
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(qint64(widget.shownCount()), m_entries);
    QCOMPARE(table->columnCount(), 5);
    // The administrator signing in again, after the recovery key's session.
    QCOMPARE(table->item(0, 1)->text(), TestVault::UserName);
    QCOMPARE(table->item(0, 2)->text(), u"Signed in"_s);
    // The recovery key signs nothing, and its entries say so.
    QCOMPARE(table->item(1, 1)->text(), u"recovery key (unsigned)"_s);
    QCOMPARE(table->item(1, 2)->text(), u"Printed recovery sheet"_s);
    QCOMPARE(table->item(2, 2)->text(), u"Signed in"_s);
    QCOMPARE(table->item(3, 2)->text(), u"Backed up"_s);
    QCOMPARE(table->item(3, 4)->text(), u"backup to removable drive"_s);
    QCOMPARE(table->item(4, 2)->text(), u"Changed"_s);
    QCOMPARE(table->item(4, 3)->text(), u"Pupil %1"_s.arg(m_pupil));
    QCOMPARE(table->item(4, 4)->text(), u"pupil %1 updated"_s.arg(m_pupil));
    QVERIFY(table->item(0, 0)->text().startsWith(QDate::currentDate().toString(u"dd/MM/yyyy"_s)) ||
            table->item(0, 0)->text().startsWith(QDate::currentDate().addDays(-1).toString(u"dd/MM/yyyy"_s)));
    QCOMPARE(child<QLabel>(widget, u"countLabel"_s)->text(), u"%1 entries"_s.arg(m_entries));
}

void TestAuditViewer::filtersByUser()
{
    AuditViewerWidget widget(**m_vault);
    auto* users = child<QComboBox>(widget, u"userComboBox"_s);
    QCOMPARE(items(users), QStringList({u"All users"_s, TestVault::UserName, u"recovery key"_s}));
    users->setCurrentIndex(users->findData(u"recovery key"_s));
    QCOMPARE(widget.shownCount(), 2); // signed in, printed the sheet
    users->setCurrentIndex(users->findData(TestVault::UserName));
    QCOMPARE(qint64(widget.shownCount()), m_entries - 2);
    const auto* table = child<QTableWidget>(widget, u"auditTableWidget"_s);
    QVERIFY(!column(table, 1).contains(u"recovery key"_s));

    // The choice survives a refresh.
    child<QPushButton>(widget, u"refreshButton"_s)->click();
    QCOMPARE(users->currentData().toString(), TestVault::UserName);
    QCOMPARE(qint64(widget.shownCount()), m_entries - 2);
}

void TestAuditViewer::filtersByDate()
{
    AuditViewerWidget widget(**m_vault);
    auto* fromBox = child<QCheckBox>(widget, u"fromCheckBox"_s);
    auto* from = child<QDateEdit>(widget, u"fromDateEdit"_s);
    auto* toBox = child<QCheckBox>(widget, u"toCheckBox"_s);
    auto* to = child<QDateEdit>(widget, u"toDateEdit"_s);
    QVERIFY(!from->isEnabled());
    const QDate today = QDate::currentDate();
    from->setDate(today.addDays(1));
    QCOMPARE(qint64(widget.shownCount()), m_entries); // not yet ticked
    fromBox->setChecked(true);
    QVERIFY(from->isEnabled());
    QCOMPARE(widget.shownCount(), 0);
    from->setDate(today.addDays(-1));
    QCOMPARE(qint64(widget.shownCount()), m_entries);
    toBox->setChecked(true);
    to->setDate(today.addDays(-2));
    QCOMPARE(widget.shownCount(), 0);
    to->setDate(today.addDays(1));
    QCOMPARE(qint64(widget.shownCount()), m_entries);
}

void TestAuditViewer::filtersByRecord()
{
    AuditViewerWidget widget(**m_vault);
    auto* entity = child<QComboBox>(widget, u"entityComboBox"_s);
    auto* number = child<QSpinBox>(widget, u"entityIdSpinBox"_s);
    QCOMPARE(entity->itemText(0), u"All records"_s);
    QVERIFY(items(entity).contains(u"Pupil"_s));
    QVERIFY(items(entity).contains(u"Member of staff"_s));
    QVERIFY(!number->isEnabled());
    entity->setCurrentIndex(entity->findData(u"pupils"_s));
    QVERIFY(number->isEnabled());
    QCOMPARE(widget.shownCount(), 3);
    number->setValue(int(m_pupil));
    QCOMPARE(widget.shownCount(), 2);
    const auto* table = child<QTableWidget>(widget, u"auditTableWidget"_s);
    QCOMPARE(column(table, 2), QStringList({u"Changed"_s, u"Added"_s}));
    entity->setCurrentIndex(0);
    QVERIFY(!number->isEnabled());
    QCOMPARE(qint64(widget.shownCount()), m_entries);
}

void TestAuditViewer::verifyNowShowsTheVerdict()
{
    AuditViewerWidget widget(**m_vault);
    auto* verdict = child<QLabel>(widget, u"verdictLabel"_s);
    auto* button = child<QPushButton>(widget, u"verifyButton"_s);
    button->click();
    QVERIFY2(
        verdict->text().startsWith(u"The vault is whole: %1 audit entries, chain head "_s.arg(m_entries)),
        qPrintable(verdict->text()));
    QVERIFY(verdict->text().contains(AuditLog(**m_vault).head()));

    QSqlQuery q(m_vault->vault().database());
    QVERIFY(q.exec(u"UPDATE pupils SET surname = 'X' WHERE id = %1"_s.arg(m_pupil)));
    button->click();
    QVERIFY2(verdict->text().contains(u"pupils record %1 was changed outside Lanyard"_s.arg(m_pupil)),
             qPrintable(verdict->text()));
    // The entry the record last matched is picked out in the table.
    const auto* table = child<QTableWidget>(widget, u"auditTableWidget"_s);
    QVERIFY(table->currentRow() >= 0);
    QCOMPARE(table->item(table->currentRow(), 4)->text(), u"pupil %1 updated"_s.arg(m_pupil));
}

QTEST_MAIN(TestAuditViewer)
#include "tst_auditviewer.moc"
