#include "Vault.h"

#include "AuditLog.h"
#include "ChainAnchors.h"
#include "Migrations.h"
#include "PrivateFiles.h"
#include "SafeguardingSeal.h"
#include "ScratchFolder.h"
#include "SqlCipherDriver.h"
#include "StoreSupport.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcVault, "lanyard.storage.vault")

namespace {
constexpr std::size_t KeyBytes = 32;
// Failed recovery-key attempts are recorded under a name no user can have (it has a space).
const QString RecoveryKeyUser = u"recovery key"_s;

bool fail(VaultError* error, VaultError::Kind kind, const QString& message)
{
    if (error)
        *error = {kind, message};
    return false;
}

QString figuresOnly()
{
    return Vault::tr("A governor's passphrase opens the governors' figures, not the school's records.");
}

QString nextConnectionName()
{
    static QAtomicInt counter;
    return u"lanyard-vault-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

void removeVaultFiles(const QString& path)
{
    for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
    QFile::remove(KeyRing::pathFor(path));
}
} // namespace

Vault::~Vault()
{
    close();
}

QSqlDatabase Vault::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

int Vault::schemaVersion() const
{
    return Migrations::currentVersion(database());
}

void Vault::close()
{
    // Audit anchors (ChainAnchors): a write session ends, so the anchors move on to the chain.
    if (isOpen())
        ChainAnchors::moveOn(*this);
    if (!m_connection.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
        m_connection.clear();
    }
    m_key.clear();
    m_boxSecret.clear();
    m_signSecret.clear();
    m_safeguardingSecret.clear();
}

void Vault::auditSignIn(KeyRing& ring)
{
    AuditLog audit(*this);
    const QList<KeyRing::Failure> failures = ring.takeFailures();
    if (!failures.isEmpty()) {
        QStringList names{RecoveryKeyUser};
        QSqlQuery q(database());
        if (q.exec(u"SELECT name FROM users"_s))
            while (q.next())
                names << q.value(0).toString();
        for (const KeyRing::Failure& failure : failures) {
            const auto who = std::find_if(names.cbegin(), names.cend(),
                                          [&](const QString& name) { return ring.isUser(failure, name); });
            const QString name = who == names.cend() ? tr("an unknown user name") : *who;
            audit.recordEvent(u"login_failed"_s, tr("%1, at %2").arg(name, failure.at.toString(Qt::ISODate)));
        }
        ring.save(KeyRing::pathFor(m_path));
    }
    audit.recordEvent(u"login"_s);
}

void Vault::checkAnchors(KeyRing& ring)
{
    m_warnings << ChainAnchors::atSignIn(*this, ring);
}

void Vault::lock()
{
    if (!isOpen())
        return;
    AuditLog(*this).recordEvent(u"lock"_s);
    close();
}

bool Vault::unlock(const QString& secret, VaultError* error)
{
    if (isOpen())
        return true;
    const QByteArray passphrase = secret.toUtf8();
    std::unique_ptr<Vault> fresh = m_user.id == 0 ? openWithRecoveryKey(m_path, secret, error)
                                                  : open(m_path, m_user.name, passphrase, error);
    if (!fresh)
        return false;
    // Take over the new session's connection and keys; the signed-in user stays who they were.
    std::swap(m_connection, fresh->m_connection);
    std::swap(m_key, fresh->m_key);
    std::swap(m_boxSecret, fresh->m_boxSecret);
    std::swap(m_signSecret, fresh->m_signSecret);
    std::swap(m_safeguardingSecret, fresh->m_safeguardingSecret);
    m_warnings = fresh->m_warnings;
    m_safeguardingPublic = fresh->m_safeguardingPublic;
    m_user = fresh->m_user;
    return true;
}

bool Vault::require(Permission permission, QString* error) const
{
    if (!isOpen()) {
        if (error)
            *error = tr("The vault is locked.");
        return false;
    }
    if (can(permission))
        return true;
    if (error)
        *error = Roles::refusal(m_user.role, permission);
    return false;
}

std::optional<Failure> Vault::refused(Permission permission) const
{
    QString message;
    if (require(permission, &message))
        return std::nullopt;
    return Failure{message};
}

namespace {
bool holdsSafeguarding(Role role)
{
    return role == Role::Dsl || role == Role::Head;
}
} // namespace

bool Vault::loadRing(KeyRing& ring, QString* error) const
{
    const QString ringPath = KeyRing::pathFor(m_path);
    KeyRing::Problem problem = KeyRing::Problem::None;
    if (ring.load(ringPath, error, &problem))
        return true;
    // The holder of the recovery key adds the users of a damaged ring again, in a new one; the
    // old file is kept aside, not destroyed.
    if (problem != KeyRing::Problem::Damaged || m_user.id != 0)
        return false;
    const QString aside = ringPath + u".damaged"_s;
    QFile::remove(aside);
    if (!QFile::rename(ringPath, aside))
        return false;
    qCWarning(lcVault) << Q_FUNC_INFO << "a damaged key ring was set aside by a recovery-key session";
    return ring.load(ringPath, error);
}

bool Vault::writeSlot(const QString& userName, Role role, QByteArrayView passphrase, const KdfLimits& limits,
                      QString* error)
{
    KeyRing ring;
    const QString ringPath = KeyRing::pathFor(m_path);
    const SecureBytes none;
    if (!loadRing(ring, error) ||
        !ring.setSlot(userName, passphrase, role == Role::Governor ? none : m_key, limits, error) ||
        !recordSigningKey(userName, ring.signPublicKey(userName), error))
        return false;
    if (role == Role::Dsl && !ring.hasSafeguardingKey()) {
        // The first DSL: the key is made here and sealed to them alone. This session keeps only
        // its public half.
        ring.grantSafeguarding(userName, ring.createSafeguardingKey());
        m_safeguardingPublic = ring.safeguardingPublicKey();
    }
    return ring.save(ringPath, error);
}

bool Vault::deleteSlot(const QString& userName, QString* error)
{
    KeyRing ring;
    const QString ringPath = KeyRing::pathFor(m_path);
    if (!loadRing(ring, error))
        return false;
    ring.removeSlot(userName);
    return ring.save(ringPath, error);
}

bool Vault::recordSigningKey(const QString& userName, const QByteArray& publicKey, QString* error)
{
    QSqlQuery q(database());
    q.prepare(u"INSERT INTO user_keys (user_id, public_key, added_at) "
              u"SELECT id, ?, ? FROM users WHERE name = ?"_s);
    q.addBindValue(publicKey);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(userName.trimmed());
    if (!q.exec() || q.numRowsAffected() != 1) {
        qCWarning(lcVault) << Q_FUNC_INFO << q.lastError().text();
        if (error)
            *error = tr("The user's signing key could not be recorded; nothing was changed.");
        return false;
    }
    return AuditLog(*this).recordChange(u"user_keys"_s, q.lastInsertId().toLongLong(), u"insert"_s, error);
}

void Vault::checkSigningKey(KeyRing& ring, QByteArrayView passphrase)
{
    const QString ringPath = KeyRing::pathFor(m_path);
    if (m_signSecret.isEmpty()) {
        SecureBytes signSecret(crypto_sign_SECRETKEYBYTES);
        QByteArray unused(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
        crypto_sign_keypair(reinterpret_cast<unsigned char*>(unused.data()), signSecret.data());
        const KdfLimits limits = ring.limitsOf(m_user.name).value_or(KdfLimits::defaults());
        if (!ring.setSlot(m_user.name, passphrase, m_key, limits, nullptr, &m_boxSecret, &signSecret) ||
            !ring.save(ringPath))
            return;
        m_signSecret = std::move(signSecret);
    }
    const QByteArray slotKey = ring.signPublicKey(m_user.name);
    QSqlQuery q(database());
    q.prepare(u"SELECT public_key FROM user_keys WHERE user_id = ? ORDER BY id DESC LIMIT 1"_s);
    q.addBindValue(m_user.id);
    if (!q.exec()) {
        qCWarning(lcVault) << Q_FUNC_INFO << q.lastError().text();
        return;
    }
    if (!q.next()) {
        StoreSupport::Transaction transaction(database());
        if (recordSigningKey(m_user.name, slotKey, nullptr))
            transaction.commit();
        return;
    }
    if (q.value(0).toByteArray() == slotKey)
        return;
    m_warnings << tr("Your key slot's signing key is not the one Lanyard recorded for you. Someone may have "
                     "changed your account or your key slot outside Lanyard. Tell your administrator; this "
                     "has been written in the audit trail.");
    AuditLog(*this).recordEvent(u"signing_key_mismatch"_s);
}

bool Vault::changeKey(SecureBytes* recoveryKey, QString* error)
{
    if (!require(Permission::ManageUsers, error))
        return false;
    Q_ASSERT(recoveryKey); // without it, nobody would ever learn the new recovery key
    KeyRing ring;
    const QString ringPath = KeyRing::pathFor(m_path);
    if (!recoveryKey || !loadRing(ring, error))
        return false;
    QStringList governors;
    QSqlQuery q(database());
    q.prepare(u"SELECT name FROM users WHERE role = ?"_s);
    q.addBindValue(Roles::code(Role::Governor));
    if (!q.exec())
        return StoreSupport::sqlFailed(q, Q_FUNC_INFO, error);
    while (q.next())
        governors << q.value(0).toString();
    SecureBytes key = SecureBytes::random(KeyBytes);
    ring.rekey(key, governors);
    auto* driver = static_cast<SqlCipherDriver*>(database().driver());
    if (!driver->rekey(key)) {
        qCWarning(lcVault) << Q_FUNC_INFO << driver->lastError().text();
        return StoreSupport::refuse(error, tr("The vault key could not be changed; the vault is as it was."));
    }
    m_key = SecureBytes::copyOf(key.view());
    QString message;
    const bool ringSaved = ring.save(ringPath, &message);
    AuditLog(*this).recordEvent(u"change_vault_key"_s, ringSaved ? QString() : u"key ring not written"_s);
    *recoveryKey = std::move(key);
    if (!ringSaved)
        return StoreSupport::refuse(
            error, tr("The vault key was changed, but the key ring could not be written (%1). Only the new "
                      "recovery key opens the vault now: keep it, open the vault with it and set everyone's "
                      "passphrase again.")
                       .arg(message));
    return true;
}

bool Vault::rotateSafeguardingKey(QString* error)
{
    KeyRing ring;
    if (!loadRing(ring, error))
        return false;
    ring.requestSafeguardingRotation();
    return ring.save(KeyRing::pathFor(m_path), error) && rotateSafeguardingIfDue(ring, error);
}

bool Vault::rotateSafeguardingIfDue(KeyRing& ring, QString* error)
{
    if (!ring.safeguardingRotationDue() || m_safeguardingSecret.isEmpty())
        return true;
    SecureBytes secret(crypto_box_SECRETKEYBYTES);
    QByteArray publicKey(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_box_keypair(reinterpret_cast<unsigned char*>(publicKey.data()), secret.data());
    const SafeguardingSeal seal(*this);
    if (!seal.rewrap(m_safeguardingSecret, publicKey, error))
        return false;
    const QByteArray oldPublic = m_safeguardingPublic;
    ring.replaceSafeguardingKey(secret, publicKey);
    if (!ring.save(KeyRing::pathFor(m_path), error)) {
        seal.rewrap(secret, oldPublic); // the old pair still opens everything
        return false;
    }
    m_safeguardingSecret = std::move(secret);
    m_safeguardingPublic = publicKey;
    return AuditLog(*this).recordEvent(u"rotate_safeguarding_key"_s, {}, {}, 0, error);
}

QString Vault::formatRecoveryKey(const SecureBytes& key)
{
    const SecureBytes hex = key.toHex();
    QString text;
    for (std::size_t i = 0; i < hex.size(); ++i) {
        if (i > 0 && i % 8 == 0)
            text += u'-';
        text += QChar::fromLatin1(char(hex.data()[i])).toUpper();
    }
    return text;
}

std::optional<SecureBytes> Vault::parseRecoveryKey(const QString& text)
{
    QByteArray hex;
    for (QChar c : text) {
        if (c == u'-' || c.isSpace())
            continue;
        if (!isxdigit(c.toLatin1()))
            return std::nullopt;
        hex += c.toLatin1();
    }
    if (hex.size() != qsizetype(KeyBytes * 2))
        return std::nullopt;
    SecureBytes key(KeyBytes);
    std::size_t length = 0;
    const bool ok = sodium_hex2bin(key.data(), key.size(), hex.constData(), std::size_t(hex.size()), nullptr,
                                   &length, nullptr) == 0 &&
                    length == KeyBytes;
    sodium_memzero(hex.data(), std::size_t(hex.size()));
    if (!ok)
        return std::nullopt;
    return key;
}

std::unique_ptr<Vault> Vault::create(const QString& path, const CreateOptions& options,
                                     QByteArrayView passphrase, SecureBytes* recoveryKey, VaultError* error)
{
    if (!Crypto::initialise()) {
        fail(error, VaultError::Kind::Damaged, tr("The encryption library could not start."));
        return nullptr;
    }
    if (QFileInfo::exists(path) || QFileInfo::exists(KeyRing::pathFor(path))) {
        fail(error, VaultError::Kind::Refused,
             tr("%1 already exists; Lanyard will not overwrite a school's vault.").arg(path));
        return nullptr;
    }
    if (options.schoolName.trimmed().isEmpty() || options.userName.trimmed().isEmpty()) {
        fail(error, VaultError::Kind::Refused, tr("A new vault needs the school's name and a user name."));
        return nullptr;
    }
    if (passphrase.size() < 8) {
        fail(error, VaultError::Kind::Refused, tr("The passphrase must be at least 8 characters long."));
        return nullptr;
    }

    SecureBytes key = SecureBytes::random(KeyBytes);
    SecureBytes boxSecret = SecureBytes::random(crypto_box_SECRETKEYBYTES); // any 32 bytes are an X25519 key
    SecureBytes signSecret(crypto_sign_SECRETKEYBYTES);
    QByteArray signPublic(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(signPublic.data()), signSecret.data());
    KeyRing ring;
    QString message;
    if (!ring.setSlot(options.userName, passphrase, key, options.limits, &message, &boxSecret, &signSecret)) {
        fail(error, VaultError::Kind::Refused, message);
        return nullptr;
    }

    // Made empty and private first: SQLite gives the -wal and -shm files the database's own mode.
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || !PrivateFiles::restrict(path)) {
        fail(error, VaultError::Kind::Refused,
             tr("The new vault cannot be written at %1: %2").arg(path, file.errorString()));
        QFile::remove(path);
        return nullptr;
    }
    file.close();
    auto vault = openWithKey(path, SecureBytes::copyOf(key.view()), QString(), error);
    if (!vault) {
        removeVaultFiles(path);
        return nullptr;
    }
    QSqlDatabase db = vault->database();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString displayName =
        options.displayName.trimmed().isEmpty() ? options.userName.trimmed() : options.displayName.trimmed();
    db.transaction();
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO school (id, name, created_at) VALUES (1, ?, ?)"_s);
    q.addBindValue(options.schoolName.trimmed());
    q.addBindValue(now);
    bool ok = q.exec();
    q.prepare(u"INSERT INTO users (name, display_name, role, created_at) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(options.userName.trimmed());
    q.addBindValue(displayName);
    q.addBindValue(Roles::code(Role::Administrator));
    q.addBindValue(now);
    ok = ok && q.exec();
    vault->m_user = {q.lastInsertId().toLongLong(), options.userName.trimmed(), displayName,
                     Role::Administrator, false};
    AuditLog audit(*vault);
    vault->m_signSecret = std::move(signSecret);
    ok = ok && audit.recordChange(u"school"_s, 1, u"insert"_s) &&
         audit.recordChange(u"users"_s, vault->m_user.id, u"insert"_s) &&
         vault->recordSigningKey(vault->m_user.name, signPublic, nullptr) && db.commit();
    if (!ok || !ring.save(KeyRing::pathFor(path), &message)) {
        qCWarning(lcVault) << Q_FUNC_INFO << q.lastError().text();
        vault->close();
        removeVaultFiles(path);
        fail(error, VaultError::Kind::Refused,
             message.isEmpty() ? tr("The new vault could not be written; nothing was kept.") : message);
        return nullptr;
    }
    vault->m_boxSecret = std::move(boxSecret);
    if (recoveryKey)
        *recoveryKey = std::move(key);
    return vault;
}

std::unique_ptr<Vault> Vault::open(const QString& path, const QString& userName, QByteArrayView passphrase,
                                   VaultError* error)
{
    if (!QFileInfo::exists(path)) {
        fail(error, VaultError::Kind::Refused, tr("There is no vault at %1.").arg(path));
        return nullptr;
    }
    KeyRing ring;
    QString message;
    KeyRing::Problem problem = KeyRing::Problem::None;
    const QString ringPath = KeyRing::pathFor(path);
    const bool loaded = ring.load(ringPath, &message, &problem);
    // No passphrase can open a vault without its slots; only the recovery key can.
    if (!QFileInfo::exists(ringPath) || problem == KeyRing::Problem::Damaged || (loaded && ring.isEmpty())) {
        fail(error, VaultError::Kind::KeyRingLost,
             tr("The key ring %1 is missing or damaged. Open the vault with its recovery key and add the "
                "users again.")
                 .arg(QFileInfo(ringPath).fileName()));
        return nullptr;
    }
    if (!loaded) {
        fail(error, VaultError::Kind::Damaged, message);
        return nullptr;
    }
    std::optional<KeyRing::Unsealed> keys = ring.unlock(userName, passphrase);
    if (keys && keys->vaultKey.isEmpty()) {
        fail(error, VaultError::Kind::FiguresOnly, figuresOnly());
        return nullptr;
    }
    auto vault = keys ? openWithKey(path, std::move(keys->vaultKey), userName, error) : nullptr;
    if (!vault) {
        if (!keys)
            fail(error, VaultError::Kind::WrongCredentials,
                 tr("The user name or passphrase is wrong. Check Caps Lock and try again."));
        if (error && error->kind == VaultError::Kind::WrongCredentials) {
            ring.recordFailure(userName);
            ring.save(KeyRing::pathFor(path));
        }
        return nullptr;
    }
    vault->m_boxSecret = std::move(keys->boxSecretKey);
    vault->m_signSecret = std::move(keys->signSecretKey);
    if (vault->m_user.role == Role::Governor) {
        // A governor's slot from before governors held only the figures: written again without
        // the vault key, keeping its key pairs.
        const SecureBytes none;
        const KdfLimits limits = ring.limitsOf(userName).value_or(KdfLimits::defaults());
        if (ring.setSlot(userName, passphrase, none, limits, nullptr, &vault->m_boxSecret,
                         &vault->m_signSecret))
            ring.save(KeyRing::pathFor(path));
        fail(error, VaultError::Kind::FiguresOnly, figuresOnly());
        return nullptr;
    }
    vault->checkSigningKey(ring, passphrase);
    vault->m_safeguardingPublic = ring.safeguardingPublicKey();
    if (holdsSafeguarding(vault->m_user.role)) {
        vault->m_safeguardingSecret = std::move(keys->safeguardingSecretKey);
        QString message;
        if (!vault->rotateSafeguardingIfDue(ring, &message))
            vault->m_warnings
                << tr("The safeguarding key is due to be replaced after a DSL or the head left, "
                      "but it could not be: %1")
                       .arg(message);
    }
    vault->auditSignIn(ring);
    vault->checkAnchors(ring); // audit anchors (ChainAnchors)
    return vault;
}

std::unique_ptr<Vault> Vault::openWithRecoveryKey(const QString& path, const QString& recoveryKey,
                                                  VaultError* error)
{
    if (!QFileInfo::exists(path)) {
        fail(error, VaultError::Kind::Refused, tr("There is no vault at %1.").arg(path));
        return nullptr;
    }
    std::optional<SecureBytes> key = parseRecoveryKey(recoveryKey);
    if (!key) {
        // Never echoed: a mistyped key is most of the real one.
        fail(error, VaultError::Kind::WrongCredentials,
             tr("That is not a recovery key: a recovery key is 64 hexadecimal digits (0–9 and A–F) in 8 "
                "groups of 8, as on the recovery sheet."));
        return nullptr;
    }
    auto vault = openWithKey(path, std::move(*key), QString(), error);
    KeyRing ring;
    // May be lost: that is what the recovery key is for. A damaged one is left as it is.
    const bool ringLoaded = ring.load(KeyRing::pathFor(path));
    if (!vault) {
        if (ringLoaded && error && error->kind == VaultError::Kind::WrongCredentials) {
            ring.recordFailure(RecoveryKeyUser);
            ring.save(KeyRing::pathFor(path));
        }
        return nullptr;
    }
    vault->m_user = {0, tr("recovery key"), tr("Recovery key"), Role::Administrator, false};
    vault->auditSignIn(ring);
    vault->checkAnchors(ring); // audit anchors (ChainAnchors)
    return vault;
}

std::unique_ptr<Vault> Vault::openWithKey(const QString& path, SecureBytes key, const QString& userName,
                                          VaultError* error)
{
    SqlCipherDriver::registerDriver();
    // Before SQLite opens it, so that the -wal and -shm files it makes take the owner's mode too.
    PrivateFiles::restrictVault(path);
    std::unique_ptr<Vault> vault(new Vault);
    vault->m_path = path;
    vault->m_connection = nextConnectionName();
    auto* driver = new SqlCipherDriver;
    driver->setRawKey(key);
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, vault->m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        const int code = driver->lastResultCode() & 0xff;
        // Without a user name the key came from a recovery key someone typed: a wrong one is a
        // mistake, not a fault, and nothing of it goes to the log.
        if (code == SQLITE_NOTADB && userName.isNull()) {
            fail(error, VaultError::Kind::WrongCredentials,
                 tr("That recovery key does not open this vault. Check it against the recovery sheet and "
                    "try again."));
            return nullptr;
        }
        qCWarning(lcVault) << Q_FUNC_INFO << db.lastError().text();
        if (code == SQLITE_NOTADB)
            fail(error, VaultError::Kind::Damaged,
                 tr("The key ring does not belong to this vault, or the vault is damaged."));
        else
            fail(error, VaultError::Kind::Damaged,
                 tr("The vault could not be opened: the file is unreadable or damaged."));
        return nullptr;
    }
    vault->m_key = std::move(key);

    QString message;
    switch (Migrations::apply(db, &message)) {
    case Migrations::Outcome::Ok:
        break;
    case Migrations::Outcome::NewerVault:
    case Migrations::Outcome::Failed:
        fail(error, VaultError::Kind::Damaged, message);
        return nullptr;
    }
    // What a killed backup or restore left in the vault's private folder.
    ScratchFolder::removeLeftovers(path);

    if (!userName.isNull()) {
        QSqlQuery q(db);
        q.prepare(
            u"SELECT id, name, display_name, role, must_change_passphrase, disabled FROM users WHERE name = ?"_s);
        q.addBindValue(userName.trimmed());
        const std::optional<Role> role =
            q.exec() && q.next() ? Roles::fromCode(q.value(3).toString()) : std::nullopt;
        if (!role || q.value(5).toBool()) {
            fail(error, VaultError::Kind::WrongCredentials,
                 tr("The user name or passphrase is wrong. Check Caps Lock and try again."));
            return nullptr;
        }
        vault->m_user = {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), *role,
                         q.value(4).toBool()};
    }
    return vault;
}

bool Vault::setPassphrase(const QString& userName, QByteArrayView passphrase, const KdfLimits& limits,
                          QString* error)
{
    auto refuse = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (!isOpen())
        return refuse(tr("The vault is locked."));
    const bool own = userName.trimmed().compare(m_user.name, Qt::CaseInsensitive) == 0;
    QString refusal;
    if (!own && !require(Permission::ManageUsers, &refusal))
        return refuse(refusal);
    if (passphrase.size() < 8)
        return refuse(tr("The passphrase must be at least 8 characters long."));

    QSqlDatabase db = database();
    QSqlQuery q(db);
    q.prepare(u"SELECT id, disabled, role FROM users WHERE name = ?"_s);
    q.addBindValue(userName.trimmed());
    if (!q.exec() || !q.next())
        return refuse(tr("There is no user called %1.").arg(userName.trimmed()));
    if (q.value(1).toBool())
        return refuse(tr("%1 is disabled and cannot sign in, so their passphrase was not changed. Enable "
                         "them first.")
                          .arg(userName.trimmed()));
    const qint64 id = q.value(0).toLongLong();

    KeyRing ring;
    QString message;
    const QString ringPath = KeyRing::pathFor(m_path);
    // Your own new passphrase keeps your key pairs, and with them the safeguarding key if you hold
    // it. Anyone else's is a new slot with new pairs: whoever set it could otherwise sign as them.
    const SecureBytes* keepPair = own && !m_boxSecret.isEmpty() ? &m_boxSecret : nullptr;
    const SecureBytes* keepSigning = own && !m_signSecret.isEmpty() ? &m_signSecret : nullptr;
    const auto role = Roles::fromCode(q.value(2).toString());
    const SecureBytes none;
    StoreSupport::Transaction transaction(database());
    if (!loadRing(ring, &message) ||
        !ring.setSlot(userName, passphrase, role == Role::Governor ? none : m_key, limits, &message, keepPair,
                      keepSigning) ||
        (!keepSigning && !recordSigningKey(userName, ring.signPublicKey(userName), &message)))
        return refuse(message);
    if (!ring.save(ringPath, &message))
        return refuse(message);

    q.prepare(u"UPDATE users SET must_change_passphrase = ? WHERE id = ?"_s);
    q.addBindValue(own ? 0 : 1);
    q.addBindValue(id);
    if (!q.exec() || !AuditLog(*this).recordChange(u"users"_s, id, u"update"_s) || !transaction.commit()) {
        qCWarning(lcVault) << Q_FUNC_INFO << q.lastError().text();
        return refuse(tr("The passphrase was changed, but Lanyard could not record it."));
    }
    if (own)
        m_user.mustChangePassphrase = false;
    return true;
}
