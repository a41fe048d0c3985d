#include "TestVault.h"
#include "reports/RecoverySheetPrinter.h"
#include "storage/AuditLog.h"

#include <QFile>
#include <QPrinter>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Result<int> printings(Vault& vault)
{
    const auto entries = AuditLog(vault).list();
    if (!entries)
        return Failure{entries.error()};
    return int(std::count_if(entries->cbegin(), entries->cend(), [](const AuditLog::Entry& entry) {
        return entry.action == u"print_recovery_sheet"_s;
    }));
}

} // namespace

class TestRecoverySheetPrinter final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void administratorPrintsWithTheRightKey();
    void refusesAKeyThatDoesNotOpenThisVault();
    void refusesSomethingThatIsNotAKey();
    void refusesOtherRoles();
    void refusesWhileLocked();

private:
    bool printTo(Vault& vault, const QString& key, QString* error);

    std::unique_ptr<TestVault> m_test;
    QTemporaryDir m_dir;
    QString m_pdf;
};

void TestRecoverySheetPrinter::init()
{
    m_test = TestVault::create();
    m_pdf = m_dir.filePath(u"sheet.pdf"_s);
    QFile::remove(m_pdf);
}

bool TestRecoverySheetPrinter::printTo(Vault& vault, const QString& key, QString* error)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(m_pdf);
    return RecoverySheetPrinter::print(printer, vault, key, error);
}

void TestRecoverySheetPrinter::administratorPrintsWithTheRightKey()
{
    QString error;
    QVERIFY(RecoverySheetPrinter::mayPrint(**m_test));
    QVERIFY2(printTo(**m_test, m_test->recoveryKey(), &error), qPrintable(error));
    QFile pdf(m_pdf);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    const auto once = printings(**m_test);
    QVERIFY2(once, qPrintable(once.error()));
    QCOMPARE(*once, 1);
    // Typed as people type it: lower case, spaces for dashes.
    QVERIFY2(printTo(**m_test, m_test->recoveryKey().toLower().replace(u'-', u' '), &error),
             qPrintable(error));
    const auto twice = printings(**m_test);
    QVERIFY2(twice, qPrintable(twice.error()));
    QCOMPARE(*twice, 2);
}

void TestRecoverySheetPrinter::refusesAKeyThatDoesNotOpenThisVault()
{
    const auto other = TestVault::create(u"Another School"_s);
    QString error;
    QVERIFY(!printTo(**m_test, other->recoveryKey(), &error));
    QVERIFY2(error.contains(u"does not open this school's vault"_s), qPrintable(error));
    QVERIFY(!QFile::exists(m_pdf));
    const auto none = printings(**m_test);
    QVERIFY2(none, qPrintable(none.error()));
    QCOMPARE(*none, 0);
}

void TestRecoverySheetPrinter::refusesSomethingThatIsNotAKey()
{
    QString error;
    QVERIFY(!printTo(**m_test, QString::fromUtf8(TestVault::Passphrase), &error));
    QVERIFY2(error.contains(u"not a recovery key"_s), qPrintable(error));
    QVERIFY(!QFile::exists(m_pdf));
    const auto none = printings(**m_test);
    QVERIFY2(none, qPrintable(none.error()));
    QCOMPARE(*none, 0);
}

void TestRecoverySheetPrinter::refusesOtherRoles()
{
    for (const Role role : {Role::Office, Role::Dsl, Role::Head, Role::It}) {
        const auto session = m_test->signInAs(Roles::code(role), role);
        QString error;
        QVERIFY(!RecoverySheetPrinter::mayPrint(*session, &error));
        QVERIFY(!printTo(*session, m_test->recoveryKey(), &error));
        QVERIFY2(error.contains(u"Only an administrator"_s), qPrintable(error));
        QVERIFY(!QFile::exists(m_pdf));
    }
    const auto none = printings(**m_test);
    QVERIFY2(none, qPrintable(none.error()));
    QCOMPARE(*none, 0);
}

void TestRecoverySheetPrinter::refusesWhileLocked()
{
    (*m_test)->lock();
    QString error;
    QVERIFY(!printTo(**m_test, m_test->recoveryKey(), &error));
    QVERIFY2(error.contains(u"Unlock"_s), qPrintable(error));
    QVERIFY(!QFile::exists(m_pdf));
}

QTEST_MAIN(TestRecoverySheetPrinter)
#include "tst_recoverysheetprinter.moc"
