#include "TestVault.h"
#include "TestWidgets.h"
#include "WhenShown.h"
#include "backup/BackupController.h"
#include "backup/BackupSettingsDialog.h"
#include "storage/Backup.h"
#include "storage/SettingsStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// Answers the message boxes that open, in turn, by clicking the named buttons; keeps their text.
// A box beyond the last answer is closed unanswered, so that none can stall a test.
class Answers final
{
public:
    explicit Answers(QStringList buttons)
        : m_buttons(std::move(buttons))
    {
    }
    QStringList seen;
    bool allUsed() const { return m_buttons.isEmpty(); }

private:
    void answer(QMessageBox* box)
    {
        seen << box->text() + u'\n' + box->informativeText();
        auto* button = m_buttons.isEmpty() ? nullptr : box->findChild<QPushButton*>(m_buttons.takeFirst());
        if (button)
            button->click();
        else
            box->reject();
    }

    QStringList m_buttons;
    const WhenShown<QMessageBox> m_answerer{[this](QMessageBox* box) { answer(box); },
                                            WhenShown<QMessageBox>::Every};
};

QStringList backupsIn(const QString& folder)
{
    return QDir(folder).entryList({u"*.lanyard-backup"_s}, QDir::Files, QDir::Name);
}
} // namespace

class TestBackupController : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestVault> m_vault;
    std::unique_ptr<QTemporaryDir> m_folder;

    void useFolder(const QString& folder, int generations = 5, bool offer = true)
    {
        BackupController controller(*m_vault);
        BackupController::Settings s = controller.settings();
        s.folder = folder;
        s.generations = generations;
        s.offerOnClose = offer;
        QString error;
        QVERIFY2(controller.saveSettings(s, &error), qPrintable(error));
    }

private Q_SLOTS:
    void init()
    {
        m_vault = TestVault::create();
        m_folder = std::make_unique<QTemporaryDir>();
    }

    void cleanup()
    {
        m_vault.reset();
        m_folder.reset();
    }

    void staleWarningText()
    {
        const QDateTime now(QDate(2026, 3, 20), QTime(16, 0));
        QVERIFY(BackupController::staleWarning(QDateTime(), now).contains(u"never been backed up"_s));
        QVERIFY(BackupController::staleWarning(now.addDays(-1), now).isEmpty());
        QVERIFY(BackupController::staleWarning(now.addDays(-7), now).isEmpty());
        const QString stale = BackupController::staleWarning(now.addDays(-8), now);
        QVERIFY2(stale.contains(u"8 days ago"_s), qPrintable(stale));
        QVERIFY(stale.contains(u"back up now"_s));
        QVERIFY(BackupController::staleWarning(now.addDays(-30), now).contains(u"30 days ago"_s));
    }

    void staleWarningFollowsTheVault()
    {
        BackupController controller(*m_vault);
        QVERIFY(controller.staleWarning().contains(u"never been backed up"_s));
        QVERIFY(controller.lastBackupText().contains(u"Never"_s));
        QString error;
        QVERIFY2(controller.backUp(m_folder->path(), 5, nullptr, &error), qPrintable(error));
        QVERIFY(controller.staleWarning().isEmpty());
        QVERIFY2(controller.lastBackupText().contains(u"today"_s), qPrintable(controller.lastBackupText()));

        const QDateTime old = QDateTime::currentDateTimeUtc().addDays(-10);
        QVERIFY(
            SettingsStore(*m_vault).setValue(QLatin1String(Backup::LastTimeKey), old.toString(Qt::ISODate)));
        QVERIFY2(controller.staleWarning().contains(u"10 days ago"_s), qPrintable(controller.staleWarning()));
    }

    void ruleWording_data()
    {
        QTest::addColumn<int>("copies");
        QTest::addColumn<int>("devices");
        QTest::addColumn<bool>("offSite");
        QTest::addColumn<bool>("meets");
        QTest::addColumn<QStringList>("says");
        QTest::newRow("not recorded") << 0 << 0 << false << false << QStringList{u"Record how many copies"_s};
        QTest::newRow("the vault alone")
            << 1 << 1 << false << false
            << QStringList{
                   u"keeps 1 copy"_s,  u"on 1 device"_s,     u"none of them off-site"_s,     u"falls short"_s,
                   u"2 more copies"_s, u"a second device"_s, u"off-site (or in the cloud)"_s};
        QTest::newRow("a USB drive in the office")
            << 2 << 2 << false << false
            << QStringList{u"keeps 2 copies"_s, u"2 different devices"_s, u"one more copy"_s,
                           u"one copy kept off-site"_s};
        QTest::newRow("three copies, none off-site")
            << 3 << 2 << false << false << QStringList{u"falls short"_s, u"needs one copy kept off-site"_s};
        QTest::newRow("three copies on one machine")
            << 3 << 1 << true << false << QStringList{u"with one off-site"_s, u"needs a second device"_s};
        QTest::newRow("3-2-1") << 3 << 2 << true << true
                               << QStringList{u"keeps 3 copies"_s, u"with one off-site"_s,
                                              u"meets the DfE's 3-2-1 rule"_s};
        QTest::newRow("more than enough") << 5 << 3 << true << true << QStringList{u"meets"_s};
    }

    void ruleWording()
    {
        QFETCH(int, copies);
        QFETCH(int, devices);
        QFETCH(bool, offSite);
        QFETCH(bool, meets);
        QFETCH(QStringList, says);
        const QString text = BackupController::ruleStatus(copies, devices, offSite);
        QCOMPARE(BackupController::meetsRule(copies, devices, offSite), meets);
        for (const QString& words : std::as_const(says))
            QVERIFY2(text.contains(words), qPrintable(text + u" — wanted: "_s + words));
        if (!meets && copies > 0)
            QVERIFY(!text.contains(u"meets"_s));
    }

    void settingsAreKeptInTheVault()
    {
        BackupController controller(*m_vault);
        const BackupController::Settings defaults = controller.settings();
        QVERIFY(defaults.folder.isEmpty());
        QCOMPARE(defaults.generations, 5);
        QVERIFY(defaults.offerOnClose);
        QCOMPARE(defaults.copies, 0);

        BackupController::Settings s;
        s.folder = m_folder->path();
        s.generations = 3;
        s.offerOnClose = false;
        s.copies = 3;
        s.devices = 2;
        s.offSite = true;
        QVERIFY(controller.saveSettings(s));
        m_vault->reopen();
        const BackupController::Settings read = BackupController(*m_vault).settings();
        QCOMPARE(read.folder, s.folder);
        QCOMPARE(read.generations, 3);
        QVERIFY(!read.offerOnClose);
        QCOMPARE(read.copies, 3);
        QCOMPARE(read.devices, 2);
        QVERIFY(read.offSite);
        QVERIFY(BackupController(*m_vault).ruleStatus().contains(u"meets"_s));
    }

    void backUpPrunesOldGenerations()
    {
        const QString name = Backup::vaultName(m_vault->path());
        const QStringList old{name + u"-2025-01-01-080000.lanyard-backup"_s,
                              name + u"-2025-02-01-080000.lanyard-backup"_s,
                              name + u"-2025-03-01-080000.lanyard-backup"_s};
        for (const QString& file : old) {
            QFile f(QDir(m_folder->path()).filePath(file));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        const QString otherSchool = u"another-2020-01-01-000000.lanyard-backup"_s;
        QFile other(QDir(m_folder->path()).filePath(otherSchool));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();

        useFolder(m_folder->path(), 2);
        BackupController controller(*m_vault);
        QString written, error;
        QVERIFY2(controller.backUpNow(&written, &error), qPrintable(error));
        QCOMPARE(Backup::verify(written), Backup::Verdict::Ok);
        const QStringList left = backupsIn(m_folder->path());
        QCOMPARE(left.size(), 3);
        QVERIFY(left.contains(otherSchool));
        QVERIFY(left.contains(QFileInfo(written).fileName()));
        QVERIFY(left.contains(old.constLast()));
    }

    void offerOnCloseBacksUp()
    {
        useFolder(m_folder->path());
        BackupController controller(*m_vault);
        Answers answers({u"backUpButton"_s});
        QVERIFY(controller.offerOnClose(nullptr));
        QVERIFY(answers.allUsed());
        QVERIFY(answers.seen.constFirst().contains(QDir::toNativeSeparators(m_folder->path())));
        QVERIFY(answers.seen.constFirst().contains(u"never been backed up"_s));
        QCOMPARE(backupsIn(m_folder->path()).size(), 1);
    }

    void offerOnCloseCanBeDeclinedOrCancelled()
    {
        useFolder(m_folder->path());
        BackupController controller(*m_vault);
        {
            Answers answers({u"closeWithoutBackupButton"_s});
            QVERIFY(controller.offerOnClose(nullptr));
        }
        {
            Answers answers({u"cancelButton"_s});
            QVERIFY(!controller.offerOnClose(nullptr)); // the window stays open
        }
        QCOMPARE(backupsIn(m_folder->path()).size(), 0);

        // Not asked at all when the school turned the offer off, or chose no folder.
        useFolder(m_folder->path(), 5, false);
        QVERIFY(controller.offerOnClose(nullptr));
        useFolder(QString());
        QVERIFY(controller.offerOnClose(nullptr));
        QCOMPARE(backupsIn(m_folder->path()).size(), 0);
    }

    void offerOnCloseWithTheDriveUnplugged()
    {
        useFolder(m_folder->path() + u"/usb-drive"_s);
        BackupController controller(*m_vault);
        Answers answers({u"backUpButton"_s, u"retryButton"_s, u"closeWithoutBackupButton"_s});
        QVERIFY(controller.offerOnClose(nullptr));
        QVERIFY(answers.allUsed());
        QCOMPARE(answers.seen.size(), 3);
        QVERIFY2(answers.seen.at(1).contains(u"plug the drive in"_s), qPrintable(answers.seen.at(1)));
    }

    void settingsDialog()
    {
        useFolder(m_folder->path(), 4);
        BackupController controller(*m_vault);
        BackupSettingsDialog dialog(controller);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(child<QLineEdit>(dialog, u"folderLineEdit"_s)->text(),
                 QDir::toNativeSeparators(m_folder->path()));
        QCOMPARE(child<QSpinBox>(dialog, u"generationsSpinBox"_s)->value(), 4);
        QVERIFY(child<QLabel>(dialog, u"staleWarningLabel"_s)->isVisible());
        QVERIFY(child<QLabel>(dialog, u"ruleStatusLabel"_s)->text().contains(u"Record how many"_s));

        child<QSpinBox>(dialog, u"copiesSpinBox"_s)->setValue(3);
        child<QSpinBox>(dialog, u"devicesSpinBox"_s)->setValue(2);
        QVERIFY(child<QLabel>(dialog, u"ruleStatusLabel"_s)->text().contains(u"one copy kept off-site"_s));
        child<QCheckBox>(dialog, u"offSiteCheckBox"_s)->setChecked(true);
        QVERIFY(child<QLabel>(dialog, u"ruleStatusLabel"_s)->text().contains(u"meets"_s));

        QTest::mouseClick(child<QPushButton>(dialog, u"backUpNowButton"_s), Qt::LeftButton);
        QCOMPARE(backupsIn(m_folder->path()).size(), 1);
        QVERIFY(!child<QLabel>(dialog, u"staleWarningLabel"_s)->isVisible());
        QVERIFY(child<QLabel>(dialog, u"lastBackupLabel"_s)->text().contains(u"today"_s));

        QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const BackupController::Settings saved = controller.settings();
        QCOMPARE(saved.copies, 3);
        QCOMPARE(saved.devices, 2);
        QVERIFY(saved.offSite);
        QCOMPARE(saved.generations, 4);
    }

    void settingsDialogShowsTheDriveProblem()
    {
        BackupController controller(*m_vault);
        BackupSettingsDialog dialog(controller);
        dialog.show();
        child<QLineEdit>(dialog, u"folderLineEdit"_s)->setText(m_folder->path() + u"/gone"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"backUpNowButton"_s), Qt::LeftButton);
        QVERIFY(child<QLabel>(dialog, u"errorLabel"_s)->isVisible());
        QVERIFY(child<QLabel>(dialog, u"errorLabel"_s)->text().contains(u"cannot be found"_s));
    }
};

QTEST_MAIN(TestBackupController)
#include "tst_backupcontroller.moc"
