#include "BackupController.h"

#include "backup/BackupSettingsDialog.h"
#include "storage/Backup.h"
#include "storage/SettingsStore.h"
#include "storage/Vault.h"

#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const QString FolderKey = u"backup.folder"_s;
const QString GenerationsKey = u"backup.generations"_s;
const QString OfferOnCloseKey = u"backup.offer_on_close"_s;
const QString CopiesKey = u"backup.rule.copies"_s;
const QString DevicesKey = u"backup.rule.devices"_s;
const QString OffSiteKey = u"backup.rule.off_site"_s;

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}
} // namespace

BackupController::BackupController(Vault& vault, QObject* parent)
    : QObject(parent)
    , m_vault(vault)
{
}

BackupController::Settings BackupController::settings() const
{
    Settings s;
    if (!m_vault.isOpen())
        return s;
    // A setting that cannot be read (the store logs why) takes its default, which errs towards
    // backing up: keep generations, offer a backup on close, and count no copies made.
    const SettingsStore store(m_vault);
    s.folder = store.value(FolderKey).valueOr({});
    s.generations = std::max(
        1, store.intValue(GenerationsKey, Backup::DefaultGenerations).valueOr(Backup::DefaultGenerations));
    s.offerOnClose = store.boolValue(OfferOnCloseKey, true).valueOr(true);
    s.copies = std::max(0, store.intValue(CopiesKey, 0).valueOr(0));
    s.devices = std::max(0, store.intValue(DevicesKey, 0).valueOr(0));
    s.offSite = store.boolValue(OffSiteKey, false).valueOr(false);
    return s;
}

bool BackupController::canChangeSettings() const
{
    return m_vault.can(Permission::ManageSettings);
}

bool BackupController::canBackUp() const
{
    return m_vault.can(Permission::Backup);
}

bool BackupController::saveSettings(const Settings& s, QString* error)
{
    if (!m_vault.require(Permission::ManageSettings, error))
        return false;
    if (s.generations < 1) {
        if (error)
            *error = tr("Keep at least one backup.");
        return false;
    }
    SettingsStore store(m_vault);
    return store.setValue(FolderKey, s.folder.trimmed(), error) &&
           store.setValue(GenerationsKey, s.generations, error) &&
           store.setValue(OfferOnCloseKey, s.offerOnClose, error) &&
           store.setValue(CopiesKey, s.copies, error) &&
           store.setValue(DevicesKey, std::min(s.devices, s.copies), error) &&
           store.setValue(OffSiteKey, s.offSite, error);
}

bool BackupController::backUp(const QString& folder, int generations, QString* writtenTo, QString* error)
{
    if (folder.trimmed().isEmpty()) {
        if (error)
            *error = tr("Choose a folder for the backups first, for example on a USB drive.");
        return false;
    }
    if (!QDir(folder).exists()) {
        if (error)
            *error =
                tr("The backup folder %1 cannot be found. If it is on a USB drive, plug the drive in and "
                   "try again.")
                    .arg(shown(folder));
        return false;
    }
    const QString file =
        QDir(folder).filePath(Backup::fileNameFor(m_vault.path(), QDateTime::currentDateTime()));
    if (!Backup::write(m_vault, file, error))
        return false;
    // Only once the new backup is safely written do the oldest go.
    Backup::prune(folder, std::max(1, generations), Backup::vaultName(m_vault.path()));
    if (writtenTo)
        *writtenTo = file;
    Q_EMIT backedUp(file);
    return true;
}

bool BackupController::backUpNow(QString* writtenTo, QString* error)
{
    const Settings s = settings();
    return backUp(s.folder, s.generations, writtenTo, error);
}

bool BackupController::offerOnClose(QWidget* parent)
{
    if (!m_vault.isOpen() || !canBackUp())
        return true;
    const Settings s = settings();
    if (!s.offerOnClose || s.folder.isEmpty())
        return true;

    QMessageBox ask(QMessageBox::Question, tr("Back up before closing?"),
                    tr("Back up the school's vault to %1 before Lanyard closes?").arg(shown(s.folder)),
                    QMessageBox::NoButton, parent);
    ask.setInformativeText(staleWarning().isEmpty() ? lastBackupText() : staleWarning());
    QPushButton* backUpButton = ask.addButton(tr("&Back Up and Close"), QMessageBox::AcceptRole);
    backUpButton->setObjectName(u"backUpButton"_s);
    QPushButton* skipButton = ask.addButton(tr("Close &Without Backup"), QMessageBox::DestructiveRole);
    skipButton->setObjectName(u"closeWithoutBackupButton"_s);
    ask.addButton(QMessageBox::Cancel)->setObjectName(u"cancelButton"_s);
    ask.setDefaultButton(backUpButton);
    ask.exec();
    if (ask.clickedButton() == skipButton)
        return true;
    if (ask.clickedButton() != backUpButton)
        return false;

    for (;;) {
        QString error;
        if (backUpNow(nullptr, &error))
            return true;
        QMessageBox failed(QMessageBox::Warning, tr("Backup failed"), error, QMessageBox::NoButton, parent);
        QPushButton* retryButton = failed.addButton(tr("&Try Again"), QMessageBox::AcceptRole);
        retryButton->setObjectName(u"retryButton"_s);
        QPushButton* closeButton =
            failed.addButton(tr("Close &Without Backup"), QMessageBox::DestructiveRole);
        closeButton->setObjectName(u"closeWithoutBackupButton"_s);
        failed.addButton(QMessageBox::Cancel)->setObjectName(u"cancelButton"_s);
        failed.setDefaultButton(retryButton);
        failed.exec();
        if (failed.clickedButton() == closeButton)
            return true;
        if (failed.clickedButton() != retryButton)
            return false;
    }
}

void BackupController::showSettings(QWidget* parent)
{
    BackupSettingsDialog dialog(*this, parent);
    dialog.exec();
}

QString BackupController::staleWarning() const
{
    if (!m_vault.isOpen())
        return {};
    const auto last = Backup::lastBackupTime(m_vault);
    if (!last)
        return last.error();
    return staleWarning(*last, QDateTime::currentDateTime());
}

QString BackupController::staleWarning(const QDateTime& lastBackup, const QDateTime& now)
{
    if (!lastBackup.isValid())
        return tr(
            "This vault has never been backed up. Back it up now, to a drive that is kept away from this "
            "computer.");
    if (lastBackup.secsTo(now) <= qint64(StaleAfterDays) * 24 * 60 * 60)
        return {};
    return tr("The last backup was %1 days ago, on %2. Back up at least once a week: back up now.")
        .arg(lastBackup.daysTo(now))
        .arg(QLocale().toString(lastBackup.toLocalTime().date(), QLocale::LongFormat));
}

QString BackupController::lastBackupText() const
{
    if (!m_vault.isOpen())
        return tr("Never backed up.");
    const auto read = Backup::lastBackupTime(m_vault);
    const auto destination = Backup::lastBackupDestination(m_vault);
    if (!read || !destination)
        return !read ? read.error() : destination.error();
    const QDateTime last = *read;
    if (!last.isValid())
        return tr("Never backed up.");
    const QString when = QLocale().toString(last.toLocalTime(), QLocale::ShortFormat);
    const QString where = shown(*destination);
    const qint64 days = last.toLocalTime().date().daysTo(QDate::currentDate());
    if (days <= 0)
        return tr("Last backed up today (%1), to %2.").arg(when, where);
    if (days == 1)
        return tr("Last backed up yesterday (%1), to %2.").arg(when, where);
    return tr("Last backed up %1 days ago (%2), to %3.").arg(days).arg(when, where);
}

QString BackupController::ruleStatus() const
{
    const Settings s = settings();
    return ruleStatus(s.copies, s.devices, s.offSite);
}

bool BackupController::meetsRule(int copies, int devices, bool offSite)
{
    return copies >= 3 && std::min(devices, copies) >= 2 && offSite;
}

QString BackupController::ruleStatus(int copies, int devices, bool offSite)
{
    if (copies <= 0)
        return tr(
            "Record how many copies of the school's data you keep, on how many devices, and whether one is "
            "kept off-site, to see how the school stands against the DfE's 3-2-1 rule.");
    devices = std::clamp(devices, 1, copies);
    const QString copiesText = copies == 1 ? tr("1 copy") : tr("%1 copies").arg(copies);
    const QString devicesText = devices == 1 ? tr("1 device") : tr("%1 different devices").arg(devices);
    const QString keeps =
        offSite
            ? tr("The school keeps %1 of its data, on %2, with one off-site.").arg(copiesText, devicesText)
            : tr("The school keeps %1 of its data, on %2, none of them off-site.")
                  .arg(copiesText, devicesText);
    if (meetsRule(copies, devices, offSite))
        return tr("%1 That meets the DfE's 3-2-1 rule: 3 copies, on 2 different devices, 1 of them off-site.")
            .arg(keeps);
    QStringList needs;
    if (copies < 3)
        needs << (copies == 2 ? tr("one more copy") : tr("%1 more copies").arg(3 - copies));
    if (devices < 2)
        needs << tr("a second device");
    if (!offSite)
        needs << tr("one copy kept off-site (or in the cloud)");
    return tr("%1 That falls short of the DfE's 3-2-1 rule (3 copies, on 2 different devices, 1 of them "
              "off-site): it needs %2.")
        .arg(keeps, QLocale().createSeparatedList(needs));
}
