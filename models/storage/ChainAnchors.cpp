#include "ChainAnchors.h"

#include "AuditLog.h"
#include "Backup.h"
#include "Vault.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAnchors, "lanyard.storage.anchors")

namespace {
// Where this PC keeps its anchors: one file that the program and lanyard-cli share, in the user's
// configuration folder (which tests point elsewhere through XDG_CONFIG_HOME).
QString settingsPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           u"/Lanyard/anchors.ini"_s;
}

bool isVaultId(const QString& id)
{
    static const QRegularExpression hex(u"^[0-9a-f]{8,128}$"_s);
    return hex.match(id).hasMatch();
}

QSet<QString>& suspended()
{
    static QSet<QString> paths;
    return paths;
}

QString canonicalPath(const QString& path)
{
    return QFileInfo(path).absoluteFilePath();
}

// The settings keys Backup and the school's backup folder use (SettingsStore, Rollover).
constexpr auto BackupFolderKey = "backup.folder";

// When the newest deliberate restore was made: backups from before it hold a history the school
// chose to leave behind.
QDateTime lastRestore(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT max(at) FROM audit_log WHERE action = 'restore'"_s) || !q.next() || q.isNull(0))
        return {};
    return QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
}

QStringList backupFolders(const QSqlDatabase& db)
{
    QStringList folders;
    QSqlQuery q(db);
    q.prepare(u"SELECT key, value FROM settings WHERE key IN (?, ?)"_s);
    q.addBindValue(QLatin1String(BackupFolderKey));
    q.addBindValue(QLatin1String(Backup::LastDestinationKey));
    if (!q.exec())
        return folders;
    while (q.next()) {
        const QString value = q.value(1).toString().trimmed();
        if (value.isEmpty())
            continue;
        const QString folder =
            q.value(0).toString() == QLatin1String(BackupFolderKey) ? value : QFileInfo(value).absolutePath();
        if (!folders.contains(folder) && QFileInfo(folder).isDir())
            folders << folder;
    }
    return folders;
}

QString englishFinding(ChainAnchors::Finding finding)
{
    switch (finding) {
    case ChainAnchors::Finding::RolledBack:
        return u"rolled back"_s;
    case ChainAnchors::Finding::Truncated:
        return u"truncated"_s;
    case ChainAnchors::Finding::Altered:
        return u"altered"_s;
    }
    return {};
}
} // namespace

QString ChainAnchors::format(const Head& head)
{
    return QString::number(head.entries) + u':' + head.hash;
}

std::optional<ChainAnchors::Head> ChainAnchors::parse(const QString& text)
{
    static const QRegularExpression pattern(u"^\\s*(\\d{1,18})\\s*:\\s*([0-9A-Fa-f]{64})\\s*$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch() || match.captured(1).toLongLong() < 1)
        return std::nullopt;
    return Head{match.captured(1).toLongLong(), match.captured(2).toLower()};
}

std::optional<ChainAnchors::Head> ChainAnchors::headOf(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"_s) || !q.next())
        return std::nullopt;
    return Head{q.value(0).toLongLong(), q.value(1).toString()};
}

QList<ChainAnchors::Anchor> ChainAnchors::reachable(Vault& vault, const KeyRing& ring)
{
    QList<Anchor> anchors;
    if (const auto head = ring.anchor())
        anchors.append({tr("the key ring"), *head});
    if (const auto head = onThisPc(ring.vaultId()))
        anchors.append({tr("this PC"), *head});
    if (ring.vaultId().isEmpty())
        return anchors;
    const QSqlDatabase db = vault.database();
    const QDateTime restored = lastRestore(db);
    const QString prefix = Backup::vaultName(vault.path()) + u'-';
    const QStringList folders = backupFolders(db);
    for (const QString& folder : folders) {
        const QDir dir(folder);
        const QStringList files =
            dir.entryList({prefix + u'*' + QLatin1String(Backup::Suffix)}, QDir::Files, QDir::Name);
        for (const QString& file : files) {
            const std::optional<Backup::Manifest> manifest = Backup::readManifest(dir.filePath(file));
            if (!manifest || manifest->vaultId != ring.vaultId() || manifest->auditEntries < 1 ||
                (restored.isValid() && manifest->createdAt < restored))
                continue;
            anchors.append({tr("the backup of %1")
                                .arg(manifest->createdAt.toLocalTime().toString(u"d MMM yyyy HH:mm:ss"_s)),
                            {manifest->auditEntries, manifest->auditHash}});
        }
    }
    return anchors;
}

QList<ChainAnchors::Problem> ChainAnchors::compare(const QSqlDatabase& db, const QList<Anchor>& anchors,
                                                   std::optional<bool> wholeInItself)
{
    QList<Problem> problems;
    const qint64 entries = headOf(db).value_or(Head{}).entries;
    QSqlQuery q(db);
    for (const Anchor& anchor : anchors) {
        const qint64 n = anchor.head.entries;
        if (n < 1)
            continue;
        Problem problem{Finding::Altered, anchor, entries, {}};
        if (entries >= n) {
            q.prepare(u"SELECT hash FROM audit_log WHERE id = ?"_s);
            q.addBindValue(n);
            if (q.exec() && q.next() && q.value(0).toString() == anchor.head.hash)
                continue;
            problem.message =
                tr("The audit trail has been altered: its entry %1 is not the one %2 recorded (chain head "
                   "%3). The vault was changed behind Lanyard's back, or rolled back and then used.")
                    .arg(n)
                    .arg(anchor.place, format(anchor.head));
        } else {
            if (!wholeInItself)
                wholeInItself = AuditLog::verify(db).ok;
            problem.finding = *wholeInItself ? Finding::RolledBack : Finding::Truncated;
            problem.message =
                *wholeInItself
                    ? tr("The vault has been rolled back: %1 recorded %2 audit entries (chain head %3), but "
                         "the vault holds only %4. It is an older copy of the vault, put in place of the "
                         "newer one.")
                          .arg(anchor.place)
                          .arg(n)
                          .arg(format(anchor.head))
                          .arg(entries)
                    : tr("The vault has been truncated: %1 recorded %2 audit entries (chain head %3), but "
                         "the vault holds only %4, and what is left shows that the newest entries were "
                         "removed behind Lanyard's back.")
                          .arg(anchor.place)
                          .arg(n)
                          .arg(format(anchor.head))
                          .arg(entries);
        }
        problems.append(problem);
    }
    return problems;
}

QString ChainAnchors::describe(const QList<Problem>& problems)
{
    QStringList lines;
    for (const Problem& problem : problems)
        lines << problem.message;
    return lines.join(u'\n');
}

QStringList ChainAnchors::atSignIn(Vault& vault, KeyRing& ring)
{
    if (isSuspended(vault.path()))
        return {};
    const QList<Problem> problems = compare(vault.database(), reachable(vault, ring));
    if (problems.isEmpty()) {
        if (const auto head = headOf(vault.database())) {
            if (!ring.vaultId().isEmpty()) {
                ring.setAnchor(*head);
                ring.save(KeyRing::pathFor(vault.path()));
            }
            setOnThisPc(ring.vaultId(), *head);
        }
        return {};
    }
    // In English and without names, like the rest of the trail.
    QStringList details;
    for (const Problem& problem : problems)
        details << u"%1 at %2 entries, the vault at %3: %4"_s.arg(problem.anchor.place)
                       .arg(problem.anchor.head.entries)
                       .arg(problem.entries)
                       .arg(englishFinding(problem.finding));
    AuditLog(vault).recordEvent(u"anchor_mismatch"_s, details.join(u"; "_s));
    qCWarning(lcAnchors) << Q_FUNC_INFO << "the audit chain does not match" << problems.size() << "anchors";
    return {tr("%1\nTell your administrator straight away: this has been written in the audit trail, and "
               "lanyard-cli verify shows the details. Until it is settled, treat recent changes as "
               "possibly lost.")
                .arg(describe(problems))};
}

void ChainAnchors::moveOn(Vault& vault)
{
    if (!vault.isOpen() || isSuspended(vault.path()))
        return;
    KeyRing ring;
    const QString ringPath = KeyRing::pathFor(vault.path());
    if (!ring.load(ringPath) || ring.vaultId().isEmpty())
        return;
    QList<Anchor> anchors;
    if (const auto head = ring.anchor())
        anchors.append({tr("the key ring"), *head});
    if (const auto head = onThisPc(ring.vaultId()))
        anchors.append({tr("this PC"), *head});
    const auto head = headOf(vault.database());
    // Whether a shorter chain is rolled back or truncated does not matter here: either way the
    // anchors stay where they are.
    if (!head || !compare(vault.database(), anchors, true).isEmpty())
        return;
    if (!ring.anchor() || ring.anchor()->entries != head->entries || ring.anchor()->hash != head->hash) {
        ring.setAnchor(*head);
        ring.save(ringPath);
    }
    setOnThisPc(ring.vaultId(), *head);
}

bool ChainAnchors::reset(const QString& vaultPath, const Head& head, QString* error)
{
    KeyRing ring;
    const QString ringPath = KeyRing::pathFor(vaultPath);
    if (!ring.load(ringPath, error))
        return false;
    ring.setAnchor(head);
    if (!ring.save(ringPath, error))
        return false;
    setOnThisPc(ring.vaultId(), head);
    return true;
}

std::optional<ChainAnchors::Head> ChainAnchors::onThisPc(const QString& vaultId)
{
    if (!isVaultId(vaultId))
        return std::nullopt;
    const QSettings settings(settingsPath(), QSettings::IniFormat);
    const QString group = u"vault-"_s + vaultId + u'/';
    const qint64 entries = settings.value(group + u"entries"_s).toLongLong();
    const QString hash = settings.value(group + u"hash"_s).toString();
    if (entries < 1 || hash.isEmpty())
        return std::nullopt;
    return Head{entries, hash};
}

void ChainAnchors::setOnThisPc(const QString& vaultId, const Head& head)
{
    if (!isVaultId(vaultId))
        return;
    QSettings settings(settingsPath(), QSettings::IniFormat);
    const QString group = u"vault-"_s + vaultId + u'/';
    settings.setValue(group + u"entries"_s, head.entries);
    settings.setValue(group + u"hash"_s, head.hash);
    settings.sync();
    if (settings.status() != QSettings::NoError)
        qCWarning(lcAnchors) << Q_FUNC_INFO << "this PC's anchor could not be saved";
}

ChainAnchors::Suspend::Suspend(const QString& vaultPath)
    : m_path(canonicalPath(vaultPath))
{
    suspended().insert(m_path);
}

ChainAnchors::Suspend::~Suspend()
{
    suspended().remove(m_path);
}

bool ChainAnchors::isSuspended(const QString& vaultPath)
{
    return suspended().contains(canonicalPath(vaultPath));
}
