#include "FiguresBundle.h"

#include "records/AgreementStore.h"
#include "records/PupilStore.h"
#include "records/SchoolStore.h"
#include "records/StaffStore.h"
#include "storage/AuditLog.h"
#include "storage/Backup.h"
#include "storage/KeyRing.h"
#include "storage/PrivateFiles.h"
#include "storage/StoreSupport.h"
#include "storage/Vault.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlQuery>
#include <QtEndian>

#include <sodium.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// The frame every version keeps (FORMAT.md): the magic, the header with its version and the
// publisher's key, and the signature at the end. Only what lies between may change with a version.
constexpr QByteArrayView Magic = "LANYARD-FIGURES\n";
constexpr auto FormatName = "lanyard-figures";
constexpr qsizetype LengthBytes = 4;
constexpr qsizetype SignatureBytes = crypto_sign_BYTES;
constexpr qsizetype NonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr qsizetype BundleKeyBytes = crypto_aead_xchacha20poly1305_ietf_KEYBYTES;
constexpr qsizetype RecipientIdBytes = 16;
// Far beyond any school (a header of a few hundred governors, a payload of a few kilobytes): a
// length past these is damage, not figures, and is refused before anything is read into memory.
constexpr qsizetype MaxHeaderBytes = 1 << 20;
constexpr qsizetype MaxPayloadBytes = 4 << 20;
constexpr qsizetype TagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr qsizetype MaxFileBytes =
    Magic.size() + 2 * LengthBytes + MaxHeaderBytes + MaxPayloadBytes + SignatureBytes;
constexpr auto Suppressed = "suppressed";

const unsigned char* bytes(QByteArrayView data)
{
    return reinterpret_cast<const unsigned char*>(data.data());
}

unsigned char* bytes(QByteArray& data)
{
    return reinterpret_cast<unsigned char*>(data.data());
}

void appendLength(QByteArray& out, qsizetype length)
{
    char be[LengthBytes];
    qToBigEndian(quint32(length), be);
    out.append(be, LengthBytes);
}

QString base64(const QByteArray& data)
{
    return QString::fromLatin1(data.toBase64());
}

QByteArray fromBase64(const QJsonValue& value)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

QString utcText(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

// Qt::ISODate reads "…Z" as UTC; anything else, or no time at all, is not what was written.
std::optional<QDateTime> utcFrom(const QJsonValue& value)
{
    const QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (!at.isValid() || at.timeSpec() != Qt::UTC)
        return std::nullopt;
    return at;
}

QJsonValue countValue(const ChildCount& count)
{
    return count.isSuppressed() ? QJsonValue(QLatin1String(Suppressed)) : QJsonValue(*count.value());
}

std::optional<ChildCount> countFrom(const QJsonValue& value)
{
    if (value.toString() == QLatin1String(Suppressed))
        return ChildCount::suppressed();
    if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() != double(value.toInt()))
        return std::nullopt;
    const int n = value.toInt();
    // A small number written out is not what Lanyard publishes: refuse it rather than show it.
    if (n >= ChildCount::SuppressedFrom && n <= ChildCount::SuppressedTo)
        return std::nullopt;
    return ChildCount::of(n);
}

std::optional<int> wholeFrom(const QJsonValue& value)
{
    if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() != double(value.toInt()))
        return std::nullopt;
    return value.toInt();
}

QByteArray payloadJson(const Figures& f)
{
    QJsonArray pupils;
    for (const auto& row : f.pupilsOnRoll)
        pupils.append(
            QJsonObject{{u"year_group"_s, row.yearGroup.code()}, {u"on_roll"_s, countValue(row.onRoll)}});
    QJsonArray staff;
    for (const auto& row : f.staff)
        staff.append(
            QJsonObject{{u"category"_s, StaffStore::categoryCode(row.category)}, {u"count"_s, row.count}});
    QJsonArray aup;
    for (const auto& row : f.aupCoverage)
        aup.append(QJsonObject{{u"year_group"_s, row.yearGroup.code()},
                               {u"issued"_s, countValue(row.issued)},
                               {u"complete"_s, countValue(row.complete)},
                               {u"outstanding"_s, countValue(row.outstanding)}});
    const QJsonObject root{
        {u"school"_s, f.schoolName},
        {u"vault"_s, f.vaultId},
        {u"academic_year"_s, f.academicYear.name()},
        {u"published_at"_s, utcText(f.publishedAt)},
        {u"published_by"_s,
         QJsonObject{{u"name"_s, f.publishedByName}, {u"role"_s, Roles::code(f.publishedByRole)}}},
        {u"suppression"_s, QJsonObject{{u"from"_s, ChildCount::SuppressedFrom},
                                       {u"to"_s, ChildCount::SuppressedTo},
                                       {u"marker"_s, QLatin1String(Suppressed)}}},
        {u"pupils"_s, QJsonObject{{u"total"_s, f.pupilsOnRollTotal}, {u"by_year_group"_s, pupils}}},
        {u"staff"_s, QJsonObject{{u"total"_s, f.staffTotal}, {u"by_category"_s, staff}}},
        {u"aup"_s, aup},
        {u"last_backup"_s, f.lastBackup.isValid() ? QJsonValue(utcText(f.lastBackup)) : QJsonValue()},
        {u"audit"_s, QJsonObject{{u"entries"_s, f.auditEntries}, {u"head"_s, f.auditHead}}},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

// The figures from a payload whose signature and seal have held; nullopt for one that is not as
// this version writes it (which a signed bundle from a working Lanyard never is).
std::optional<Figures> figuresFrom(const QByteArray& json)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject root = doc.object();
    Figures f;
    f.schoolName = root.value(u"school"_s).toString();
    f.vaultId = root.value(u"vault"_s).toString();
    const auto year = AcademicYear::parse(root.value(u"academic_year"_s).toString());
    const auto publishedAt = utcFrom(root.value(u"published_at"_s));
    const QJsonObject by = root.value(u"published_by"_s).toObject();
    const auto role = Roles::fromCode(by.value(u"role"_s).toString());
    if (f.vaultId.isEmpty() || !year || !publishedAt || !role)
        return std::nullopt;
    f.academicYear = *year;
    f.publishedAt = *publishedAt;
    f.publishedByName = by.value(u"name"_s).toString();
    f.publishedByRole = *role;

    const QJsonObject pupils = root.value(u"pupils"_s).toObject();
    const auto pupilsTotal = wholeFrom(pupils.value(u"total"_s));
    if (!pupilsTotal)
        return std::nullopt;
    f.pupilsOnRollTotal = *pupilsTotal;
    for (const auto& value : pupils.value(u"by_year_group"_s).toArray()) {
        const QJsonObject row = value.toObject();
        const auto yearGroup = YearGroup::parse(row.value(u"year_group"_s).toString());
        const auto onRoll = countFrom(row.value(u"on_roll"_s));
        if (!yearGroup || !onRoll)
            return std::nullopt;
        f.pupilsOnRoll.append({*yearGroup, *onRoll});
    }

    const QJsonObject staff = root.value(u"staff"_s).toObject();
    const auto staffTotal = wholeFrom(staff.value(u"total"_s));
    if (!staffTotal)
        return std::nullopt;
    f.staffTotal = *staffTotal;
    for (const auto& value : staff.value(u"by_category"_s).toArray()) {
        const QJsonObject row = value.toObject();
        const auto count = wholeFrom(row.value(u"count"_s));
        if (!count)
            return std::nullopt;
        // A category a later Lanyard of this version added is left out rather than refused.
        if (const auto category = StaffStore::categoryFromCode(row.value(u"category"_s).toString()))
            f.staff.append({*category, *count});
    }

    for (const auto& value : root.value(u"aup"_s).toArray()) {
        const QJsonObject row = value.toObject();
        const auto yearGroup = YearGroup::parse(row.value(u"year_group"_s).toString());
        const auto issued = countFrom(row.value(u"issued"_s));
        const auto complete = countFrom(row.value(u"complete"_s));
        const auto outstanding = countFrom(row.value(u"outstanding"_s));
        if (!yearGroup || !issued || !complete || !outstanding)
            return std::nullopt;
        f.aupCoverage.append({*yearGroup, *issued, *complete, *outstanding});
    }

    const QJsonValue backup = root.value(u"last_backup"_s);
    if (!backup.isNull() && !backup.isUndefined()) {
        const auto at = utcFrom(backup);
        if (!at)
            return std::nullopt;
        f.lastBackup = *at;
    }
    const QJsonObject audit = root.value(u"audit"_s).toObject();
    if (!audit.value(u"entries"_s).isDouble())
        return std::nullopt;
    f.auditEntries = qint64(audit.value(u"entries"_s).toDouble());
    f.auditHead = audit.value(u"head"_s).toString();
    return f;
}

// A bundle cut into its parts; nullopt when the lengths do not add up to the file or the header
// is not a figures header.
struct Frame
{
    QJsonObject header;
    QByteArrayView associated; // the magic, the header length and the header
    QByteArrayView payload;    // nonce, then ciphertext
    QByteArrayView signedPart; // everything before the signature
    QByteArrayView signature;
};

std::optional<Frame> frameOf(const QByteArray& data)
{
    const auto lengthAt = [&data](qsizetype offset) -> qsizetype {
        return offset + LengthBytes > data.size()
                   ? -1
                   : qsizetype(qFromBigEndian<quint32>(data.constData() + offset));
    };
    const qsizetype headerAt = Magic.size() + LengthBytes;
    const qsizetype headerLength = lengthAt(Magic.size());
    if (headerLength <= 0 || headerLength > MaxHeaderBytes)
        return std::nullopt;
    const qsizetype payloadAt = headerAt + headerLength + LengthBytes;
    const qsizetype payloadLength = lengthAt(headerAt + headerLength);
    if (payloadLength < NonceBytes + TagBytes || payloadLength > MaxPayloadBytes ||
        payloadAt + payloadLength + SignatureBytes != data.size())
        return std::nullopt;
    const QByteArrayView all(data);
    QJsonParseError parse;
    Frame frame{QJsonDocument::fromJson(data.mid(headerAt, headerLength), &parse).object(),
                all.first(headerAt + headerLength), all.sliced(payloadAt, payloadLength),
                all.first(payloadAt + payloadLength), all.last(SignatureBytes)};
    if (parse.error != QJsonParseError::NoError ||
        frame.header.value(u"format"_s).toString() != QLatin1String(FormatName))
        return std::nullopt;
    return frame;
}

// This governor's copy of the bundle key, found by their recipient id; empty when there is none,
// or when the key pair's halves do not belong together.
SecureBytes unsealBundleKey(const QJsonObject& header, const SecureBytes& boxSecret,
                            const QByteArray& boxPublic)
{
    if (boxPublic.size() != crypto_box_PUBLICKEYBYTES || boxSecret.size() != crypto_box_SECRETKEYBYTES)
        return {};
    const QByteArray mine = FiguresBundle::recipientId(boxPublic);
    const QJsonArray recipients = header.value(u"recipients"_s).toArray();
    const auto entry = std::find_if(recipients.begin(), recipients.end(), [&mine](const QJsonValue& value) {
        return fromBase64(value.toObject().value(u"id"_s)) == mine;
    });
    if (entry == recipients.end())
        return {};
    const QByteArray sealed = fromBase64((*entry).toObject().value(u"key"_s));
    SecureBytes key(BundleKeyBytes);
    if (sealed.size() != crypto_box_SEALBYTES + BundleKeyBytes ||
        crypto_box_seal_open(key.data(), bytes(sealed), std::size_t(sealed.size()), bytes(boxPublic),
                             boxSecret.data()) != 0)
        return {};
    return key;
}

std::optional<QByteArray> decrypt(const Frame& frame, const SecureBytes& key)
{
    const QByteArrayView nonce = frame.payload.first(NonceBytes);
    const QByteArrayView cipher = frame.payload.sliced(NonceBytes);
    QByteArray plain(cipher.size() - TagBytes, Qt::Uninitialized);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            bytes(plain), &length, nullptr, bytes(cipher), std::size_t(cipher.size()),
            bytes(frame.associated), std::size_t(frame.associated.size()), bytes(nonce), key.data()) != 0)
        return std::nullopt;
    plain.resize(qsizetype(length));
    return plain;
}

QString fileName(const QString& path)
{
    return QFileInfo(path).fileName();
}
} // namespace

QString FiguresBundle::pathFor(const QString& vaultPath)
{
    return vaultPath + u"-figures"_s;
}

QByteArray FiguresBundle::recipientId(const QByteArray& boxPublic)
{
    Crypto::initialise();
    QByteArray id(RecipientIdBytes, Qt::Uninitialized);
    crypto_generichash(bytes(id), std::size_t(id.size()), bytes(boxPublic), std::size_t(boxPublic.size()),
                       nullptr, 0);
    return id;
}

Result<Figures> FiguresBundle::compute(Vault& vault)
{
    return compute(vault, AcademicYear::containing(QDate::currentDate()));
}

Result<Figures> FiguresBundle::compute(Vault& vault, const AcademicYear& year)
{
    if (auto refused = vault.refused(Permission::PublishFigures))
        return *refused;
    if (!year.isValid())
        return Failure{tr("Choose the academic year the figures are for.")};
    KeyRing ring;
    if (!ring.load(KeyRing::pathFor(vault.path())) || ring.vaultId().isEmpty())
        return Failure{tr("The figures cannot be published: the vault's key ring, which tells this "
                          "school's figures from another's, cannot be read. Restore it from a backup.")};

    // One read transaction: a change made elsewhere while the figures are counted lands wholly
    // before or wholly after them, and the chain head printed with them is the one they reflect.
    StoreSupport::Transaction snapshot(vault.database());
    if (!snapshot.isActive())
        return Failure{
            tr("The vault is busy and the figures cannot be counted just now. Try again in a moment.")};

    const auto school = SchoolStore(vault).load();
    const auto pupils = PupilStore(vault).list();
    const auto staff = StaffStore(vault).list(false);
    const auto coverage = AgreementStore(vault).coverageByYearGroup(year);
    const auto lastBackup = Backup::lastBackupTime(vault);
    const AuditLog audit(vault);
    const qint64 auditEntries = audit.entryCount();
    const QString auditHead = audit.head();
    // Nothing was written: committing only ends the read, and leaves a caller's own unit of work
    // unspoilt whether or not a read failed.
    snapshot.commit();
    if (auto failed = firstFailure(school, pupils, staff, coverage, lastBackup))
        return *failed;

    Figures f;
    f.formatVersion = FormatVersion;
    f.schoolName = school->name;
    f.vaultId = ring.vaultId();
    f.academicYear = year;
    // Whole seconds: the bundle carries ISO 8601 times, and the figures read back must be the same.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    f.publishedAt = now.addMSecs(-now.time().msec());
    f.publishedByName = vault.user().displayName;
    f.publishedByRole = vault.user().role;

    QHash<int, int> onRoll;
    for (const Pupil& pupil : *pupils)
        if (pupil.status == Pupil::Status::OnRoll && pupil.yearGroup.isValid())
            ++onRoll[pupil.yearGroup.ordinal()];
    for (const YearGroup& yearGroup : YearGroup::all()) {
        const int n = onRoll.value(yearGroup.ordinal());
        f.pupilsOnRoll.append({yearGroup, ChildCount::of(n)});
        f.pupilsOnRollTotal += n;
    }

    f.staffTotal = int(staff->size());
    for (StaffCategory category : StaffStore::categories())
        f.staff.append(
            {category, int(std::count_if(staff->cbegin(), staff->cend(), [category](const StaffMember& m) {
                 return m.category == category;
             }))});

    for (const AgreementCoverage& c : *coverage)
        if (c.yearGroup.isValid())
            f.aupCoverage.append({c.yearGroup, ChildCount::of(c.issued), ChildCount::of(c.complete),
                                  ChildCount::of(c.outstanding())});

    f.lastBackup = lastBackup->isValid() ? lastBackup->toUTC() : QDateTime();
    f.auditEntries = auditEntries;
    f.auditHead = auditHead;
    return f;
}

bool FiguresBundle::write(const QString& path, const Figures& figures, const QList<Recipient>& recipients,
                          const SecureBytes& signSecret, const QByteArray& signPublic, QString* error)
{
    using StoreSupport::refuse;
    if (!Crypto::initialise())
        return refuse(
            error, tr("The figures cannot be published: this computer's encryption library did not start."));
    // A signature that its own public half does not verify would make every governor's copy
    // look altered: refuse it here, where the publisher can do something about it.
    unsigned char derived[crypto_sign_PUBLICKEYBYTES];
    if (signSecret.size() != crypto_sign_SECRETKEYBYTES || signPublic.size() != crypto_sign_PUBLICKEYBYTES ||
        crypto_sign_ed25519_sk_to_pk(derived, signSecret.data()) != 0 ||
        sodium_memcmp(derived, bytes(signPublic), crypto_sign_PUBLICKEYBYTES) != 0)
        return refuse(error,
                      tr("The figures cannot be published: your signing key is damaged. Sign out "
                         "and in again; if it persists, ask the administrator to reset your passphrase."));
    if (recipients.isEmpty())
        return refuse(error, tr("There are no governors to publish the figures to. Add a governor's "
                                "account, then publish them again."));
    if (!figures.academicYear.isValid() || !figures.publishedAt.isValid() || figures.vaultId.isEmpty())
        return refuse(error, tr("These figures are incomplete and cannot be published."));

    const SecureBytes bundleKey = SecureBytes::random(BundleKeyBytes);
    QJsonArray sealedTo;
    QList<QByteArray> ids;
    for (const Recipient& recipient : recipients) {
        if (recipient.boxPublic.size() != crypto_box_PUBLICKEYBYTES)
            return refuse(error, tr("The key of the governor %1 is damaged, so the figures cannot be sealed "
                                    "to them. Reset their passphrase, then publish the figures again.")
                                     .arg(recipient.userName));
        const QByteArray id = recipientId(recipient.boxPublic);
        if (ids.contains(id))
            continue; // one governor listed twice needs one copy of the key
        ids.append(id);
        QByteArray sealed(crypto_box_SEALBYTES + BundleKeyBytes, Qt::Uninitialized);
        if (crypto_box_seal(bytes(sealed), bundleKey.data(), bundleKey.size(), bytes(recipient.boxPublic)) !=
            0)
            return refuse(error, tr("The key of the governor %1 is damaged, so the figures cannot be sealed "
                                    "to them. Reset their passphrase, then publish the figures again.")
                                     .arg(recipient.userName));
        sealedTo.append(QJsonObject{{u"id"_s, base64(id)}, {u"key"_s, base64(sealed)}});
    }
    const QJsonObject header{
        {u"format"_s, QLatin1String(FormatName)},
        {u"version"_s, FormatVersion},
        {u"vault"_s, figures.vaultId},
        {u"published_at"_s, utcText(figures.publishedAt)},
        {u"publisher"_s, base64(signPublic)},
        {u"recipients"_s, sealedTo},
    };
    const QByteArray headerJson = QJsonDocument(header).toJson(QJsonDocument::Compact);

    QByteArray out;
    out.append(Magic);
    appendLength(out, headerJson.size());
    out.append(headerJson);
    const QByteArray associated = out; // the magic and the header: moving a payload to another header shows

    QByteArray plain = payloadJson(figures);
    QByteArray payload(NonceBytes + plain.size() + TagBytes, Qt::Uninitialized);
    randombytes_buf(payload.data(), NonceBytes);
    unsigned long long cipherLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        bytes(payload) + NonceBytes, &cipherLength, bytes(plain), std::size_t(plain.size()),
        bytes(associated), std::size_t(associated.size()), nullptr, bytes(payload), bundleKey.data());
    sodium_memzero(plain.data(), std::size_t(plain.size()));
    payload.resize(NonceBytes + qsizetype(cipherLength));
    appendLength(out, payload.size());
    out.append(payload);

    QByteArray signature(SignatureBytes, Qt::Uninitialized);
    crypto_sign_detached(bytes(signature), nullptr, bytes(out), std::size_t(out.size()), signSecret.data());
    out.append(signature);

    // QSaveFile gives a new file the umask's mode and an existing one its old mode: neither is
    // necessarily the owner's alone.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(PrivateFiles::FileMode) ||
        file.write(out) != out.size() || !file.commit())
        return refuse(error,
                      tr("The governors' figures cannot be written to %1: %2").arg(path, file.errorString()));
    return true;
}

Result<Figures> FiguresBundle::read(const QString& path, const SecureBytes& boxSecret,
                                    const QByteArray& boxPublic, const QList<QByteArray>& trustedSignPublics)
{
    const QString name = fileName(path);
    const Failure altered{tr("The governors' figures (%1) have been damaged or altered since they were "
                             "published, so they cannot be trusted. Ask the head or the school office to "
                             "publish them again.")
                              .arg(name)};
    if (!Crypto::initialise())
        return Failure{
            tr("The governors' figures cannot be opened: this computer's encryption library did not start.")};

    QFile file(path);
    if (!file.exists())
        return Failure{tr("There are no governors' figures (%1) yet. Ask the head or the school office to "
                          "publish them.")
                           .arg(name)};
    if (!file.open(QIODevice::ReadOnly))
        return Failure{tr("The governors' figures (%1) cannot be read: %2").arg(name, file.errorString())};
    if (file.size() > MaxFileBytes)
        return altered;
    const QByteArray data = file.readAll();
    if (!data.startsWith(Magic))
        return Failure{tr("%1 is not a governors' figures file from Lanyard.").arg(name)};
    const std::optional<Frame> frame = frameOf(data);
    if (!frame)
        return altered;

    // The signature first, so that an altered file is called altered whatever was changed in it,
    // and only then whether the signer is someone this school trusts.
    const QByteArray publisher = fromBase64(frame->header.value(u"publisher"_s));
    if (publisher.size() != crypto_sign_PUBLICKEYBYTES ||
        crypto_sign_verify_detached(bytes(frame->signature), bytes(frame->signedPart),
                                    std::size_t(frame->signedPart.size()), bytes(publisher)) != 0)
        return altered;
    if (!trustedSignPublics.contains(publisher))
        return Failure{tr("The governors' figures (%1) were not published by anyone this school's Lanyard "
                          "knows, so they cannot be trusted. Ask the head or the school office to publish "
                          "them again.")
                           .arg(name)};
    const int version = frame->header.value(u"version"_s).toInt();
    if (version > FormatVersion)
        return Failure{tr("The governors' figures (%1) were published by a newer version of Lanyard. Update "
                          "Lanyard on this computer to read them.")
                           .arg(name)};
    if (version < 1)
        return altered;

    const SecureBytes bundleKey = unsealBundleKey(frame->header, boxSecret, boxPublic);
    if (bundleKey.isEmpty())
        return Failure{tr("The governors' figures (%1) were not published for you: they were sealed to the "
                          "governors who had accounts when they were published. Ask the head or the school "
                          "office to publish them again.")
                           .arg(name)};
    const std::optional<QByteArray> plain = decrypt(*frame, bundleKey);
    std::optional<Figures> figures = plain ? figuresFrom(*plain) : std::nullopt;
    if (!figures || figures->vaultId != frame->header.value(u"vault"_s).toString() ||
        utcText(figures->publishedAt) != frame->header.value(u"published_at"_s).toString())
        return altered;
    figures->formatVersion = version;
    return *figures;
}

bool FiguresBundle::publish(Vault& vault, QString* error)
{
    const auto figures = compute(vault);
    if (!figures)
        return StoreSupport::refuse(error, figures.error());
    KeyRing ring;
    QString message;
    if (!ring.load(KeyRing::pathFor(vault.path()), &message))
        return StoreSupport::refuse(error, message);
    QList<Recipient> recipients;
    QSqlQuery q(vault.database());
    q.prepare(u"SELECT name FROM users WHERE role = ? AND disabled = 0"_s);
    q.addBindValue(Roles::code(Role::Governor));
    if (!q.exec())
        return StoreSupport::sqlFailed(q, Q_FUNC_INFO, error);
    while (q.next()) {
        const QString name = q.value(0).toString();
        if (const QByteArray key = ring.boxPublicKey(name); !key.isEmpty())
            recipients.append({name, key});
    }
    if (recipients.isEmpty())
        return true;
    const QByteArray signPublic = ring.signPublicKey(vault.user().name);
    if (vault.signingSecretKey().isEmpty() || signPublic.isEmpty())
        return StoreSupport::refuse(error,
                                    tr("Only a signed-in user can publish the governors' figures, so that "
                                       "governors can tell who published them."));
    StoreSupport::Transaction transaction(vault.database());
    return write(pathFor(vault.path()), *figures, recipients, vault.signingSecretKey(), signPublic, error) &&
           AuditLog(vault).recordEvent(u"publish_figures"_s, QString::number(recipients.size()), {}, 0,
                                       error) &&
           transaction.commit();
}

Result<Figures> FiguresBundle::openAsGovernor(const QString& vaultPath, const QString& userName,
                                              QByteArrayView passphrase)
{
    KeyRing ring;
    QString message;
    if (!ring.load(KeyRing::pathFor(vaultPath), &message))
        return Failure{message};
    const auto keys = ring.unlock(userName, passphrase);
    if (!keys)
        return Failure{tr("The user name or passphrase is wrong. Check Caps Lock and try again.")};
    return read(pathFor(vaultPath), keys->boxSecretKey, ring.boxPublicKey(userName), ring.signPublicKeys());
}
