// The governors' figures bundle: what is counted and what is suppressed, who may publish, and the
// file itself: sealed to the governors, signed by the publisher, refused when it is anything else.
// The bundle is taken apart here by the layout FORMAT.md documents, not by the code under test.
#include "TestVault.h"
#include "figures/FiguresBundle.h"
#include "records/AgreementStore.h"
#include "records/PupilStore.h"
#include "records/StaffStore.h"
#include "storage/AuditLog.h"
#include "storage/Backup.h"
#include "storage/KeyRing.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QtEndian>

#include <sodium.h>
#include <sys/stat.h>

#include <functional>

using namespace Qt::StringLiterals;

namespace {
const QString SchoolName = u"Ysgol Gynradd Llanfair"_s;
const AcademicYear Year(2026);

struct BoxKeys
{
    SecureBytes secret;
    QByteArray publicKey;
};

struct SignKeys
{
    SecureBytes secret;
    QByteArray publicKey;
};

BoxKeys boxKeys()
{
    BoxKeys keys{SecureBytes(crypto_box_SECRETKEYBYTES), QByteArray(crypto_box_PUBLICKEYBYTES, '\0')};
    crypto_box_keypair(reinterpret_cast<unsigned char*>(keys.publicKey.data()), keys.secret.data());
    return keys;
}

SignKeys signKeys()
{
    SignKeys keys{SecureBytes(crypto_sign_SECRETKEYBYTES), QByteArray(crypto_sign_PUBLICKEYBYTES, '\0')};
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(keys.publicKey.data()), keys.secret.data());
    return keys;
}

void addPupils(Vault& vault, int ordinal, int howMany)
{
    for (int i = 0; i < howMany; ++i) {
        Pupil p;
        p.legalForename = u"Pupil"_s;
        p.surname = u"Year%1-%2"_s.arg(ordinal).arg(i);
        p.dateOfBirth = QDate(Year.startYear() - 5 - ordinal, 3, 14);
        p.yearGroup = *YearGroup::fromOrdinal(ordinal);
        QString error;
        if (!PupilStore(vault).save(p, &error))
            qFatal("cannot add a pupil: %s", qPrintable(error));
    }
}

void addStaff(Vault& vault, StaffCategory category, int howMany)
{
    for (int i = 0; i < howMany; ++i) {
        StaffMember m{0, {}, u"Staff"_s, u"Member%1"_s.arg(i), {}, category, {}, {}, {}};
        if (!StaffStore(vault).save(m))
            qFatal("cannot add a member of staff");
    }
}

// 12 pupils in Year 3 and 3 in Year 4, all issued their AUP for 2026/27, 5 of Year 3's back
// complete; 5 teaching and 2 support staff.
void smallSchool(Vault& vault)
{
    addPupils(vault, 3, 12);
    addPupils(vault, 4, 3);
    addStaff(vault, StaffCategory::Teaching, 5);
    addStaff(vault, StaffCategory::Support, 2);
    AgreementStore store(vault);
    const auto issued = store.issuePupils(Year);
    if (!issued || issued->issued != 15)
        qFatal("cannot issue the AUP: %s", qPrintable(issued.error()));
    AgreementFilter filter;
    filter.year = Year;
    int returned = 0;
    for (const Agreement& a : store.list(filter).valueOr({})) {
        if (a.yearGroup.code() != u"3"_s || returned == 5)
            continue;
        AgreementReturn back;
        back.pupilSigned = back.parentSigned = true;
        if (!store.recordReturn(a.code, Year, back))
            qFatal("cannot record a return");
        ++returned;
    }
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
}

unsigned modeOf(const QString& path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_mode & 07777 : 0;
}

// The bundle taken apart as FORMAT.md lays it out: magic (16), header length (4, big-endian),
// header, payload length (4), payload (nonce, ciphertext), signature (64).
struct Parts
{
    QByteArray magic;
    QJsonObject header;
    QByteArray headerBytes;
    QByteArray associated; // everything before the payload's length
    QByteArray payload;
    QByteArray signed_; // everything before the signature
    QByteArray signature;
};

Parts parts(const QByteArray& data)
{
    Parts p;
    p.magic = data.left(16);
    const auto headerLength = qFromBigEndian<quint32>(data.constData() + 16);
    p.headerBytes = data.mid(20, headerLength);
    p.header = QJsonDocument::fromJson(p.headerBytes).object();
    p.associated = data.left(20 + headerLength);
    const auto payloadLength = qFromBigEndian<quint32>(data.constData() + 20 + headerLength);
    p.payload = data.mid(24 + headerLength, payloadLength);
    p.signed_ = data.left(24 + headerLength + payloadLength);
    p.signature = data.mid(24 + headerLength + payloadLength);
    return p;
}

QByteArray frame(const QByteArray& header, const QByteArray& payload, const SecureBytes& signSecret)
{
    QByteArray out = "LANYARD-FIGURES\n";
    char length[4];
    qToBigEndian(quint32(header.size()), length);
    out.append(length, 4).append(header);
    qToBigEndian(quint32(payload.size()), length);
    out.append(length, 4).append(payload);
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(out.constData()), std::size_t(out.size()),
                         signSecret.data());
    return out + signature;
}

// The payload opened with a key, as FORMAT.md says: XChaCha20-Poly1305, the first 24 bytes the
// nonce, everything before the payload's length as associated data. Empty when the key fails.
QByteArray openPayload(const Parts& p, QByteArrayView key)
{
    QByteArray plain(p.payload.size(), '\0');
    unsigned long long length = 0;
    const auto* payload = reinterpret_cast<const unsigned char*>(p.payload.constData());
    if (key.size() != 32 || crypto_aead_xchacha20poly1305_ietf_decrypt(
                                reinterpret_cast<unsigned char*>(plain.data()), &length, nullptr,
                                payload + 24, std::size_t(p.payload.size() - 24),
                                reinterpret_cast<const unsigned char*>(p.associated.constData()),
                                std::size_t(p.associated.size()), payload,
                                reinterpret_cast<const unsigned char*>(key.data())) != 0)
        return {};
    plain.resize(qsizetype(length));
    return plain;
}
// The bundle key, unsealed by hand with a governor's key pair as FORMAT.md describes.
QByteArray bundleKeyOf(const Parts& p, const BoxKeys& governor)
{
    QByteArray id(16, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(id.data()), 16,
                       reinterpret_cast<const unsigned char*>(governor.publicKey.constData()), 32, nullptr,
                       0);
    for (const QJsonValue& value : p.header.value(u"recipients"_s).toArray()) {
        const QJsonObject recipient = value.toObject();
        if (QByteArray::fromBase64(recipient.value(u"id"_s).toString().toLatin1()) != id)
            continue;
        const QByteArray sealed = QByteArray::fromBase64(recipient.value(u"key"_s).toString().toLatin1());
        QByteArray key(32, '\0');
        if (sealed.size() == 80 &&
            crypto_box_seal_open(reinterpret_cast<unsigned char*>(key.data()),
                                 reinterpret_cast<const unsigned char*>(sealed.constData()), 80,
                                 reinterpret_cast<const unsigned char*>(governor.publicKey.constData()),
                                 governor.secret.data()) == 0)
            return key;
    }
    return {};
}

// A bundle as a publisher with the same keys would write it after changing its header and its
// figures: the payload encrypted again under the new header, and signed again.
QByteArray reseal(const QByteArray& bundle, const BoxKeys& governor, const SignKeys& publisher,
                  const std::function<void(QJsonObject& header, QJsonObject& figures)>& change)
{
    const Parts p = parts(bundle);
    const QByteArray key = bundleKeyOf(p, governor);
    QJsonObject header = p.header;
    QJsonObject figures = QJsonDocument::fromJson(openPayload(p, key)).object();
    if (key.isEmpty() || figures.isEmpty())
        qFatal("reseal: the bundle does not open");
    change(header, figures);
    const QByteArray headerBytes = QJsonDocument(header).toJson(QJsonDocument::Compact);
    QByteArray associated = "LANYARD-FIGURES\n";
    char length[4];
    qToBigEndian(quint32(headerBytes.size()), length);
    associated.append(length, 4).append(headerBytes);
    const QByteArray plain = QJsonDocument(figures).toJson(QJsonDocument::Compact);
    QByteArray payload(24 + plain.size() + 16, '\0');
    auto* out = reinterpret_cast<unsigned char*>(payload.data());
    randombytes_buf(out, 24);
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        out + 24, nullptr, reinterpret_cast<const unsigned char*>(plain.constData()),
        std::size_t(plain.size()), reinterpret_cast<const unsigned char*>(associated.constData()),
        std::size_t(associated.size()), nullptr, out,
        reinterpret_cast<const unsigned char*>(key.constData()));
    return frame(headerBytes, payload, publisher.secret);
}
} // namespace

class TestFiguresBundle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(Crypto::initialise()); }

    void pathIsBesideTheVault()
    {
        QCOMPARE(FiguresBundle::pathFor(u"/school/llanfair.lanyard"_s),
                 u"/school/llanfair.lanyard-figures"_s);
    }

    void smallNumbersAreSuppressed()
    {
        QCOMPARE(ChildCount::of(0).value(), std::optional<int>(0));
        for (int n : {1, 2, 3, 4}) {
            QVERIFY(ChildCount::of(n).isSuppressed());
            QCOMPARE(ChildCount::of(n).value(), std::nullopt);
        }
        QCOMPARE(ChildCount::of(5).value(), std::optional<int>(5));
        QCOMPARE(ChildCount::of(12).value(), std::optional<int>(12));
    }

    void computesASmallSchool()
    {
        auto vault = TestVault::create(SchoolName);
        smallSchool(*vault);
        const auto figures = FiguresBundle::compute(*vault, Year);
        QVERIFY2(figures, qPrintable(figures.error()));
        QCOMPARE(figures->formatVersion, 1);
        QCOMPARE(figures->schoolName, SchoolName);
        QCOMPARE(figures->academicYear.name(), u"2026/27"_s);
        QCOMPARE(figures->publishedByName, u"Test Administrator"_s);
        QCOMPARE(figures->publishedByRole, Role::Administrator);
        QCOMPARE(figures->publishedAt.timeSpec(), Qt::UTC);
        QVERIFY(qAbs(figures->publishedAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        QCOMPARE(figures->vaultId.size(), 32);

        // Every year group, in order; Year 3 as it is, Year 4's three pupils suppressed.
        QStringList codes;
        for (const auto& row : figures->pupilsOnRoll)
            codes << row.yearGroup.code();
        QCOMPARE(codes, (QStringList{u"N"_s, u"R"_s, u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s, u"6"_s, u"7"_s,
                                     u"8"_s, u"9"_s, u"10"_s, u"11"_s, u"12"_s, u"13"_s}));
        for (const auto& row : figures->pupilsOnRoll) {
            if (row.yearGroup.code() == u"3"_s)
                QCOMPARE(row.onRoll.value(), std::optional<int>(12));
            else if (row.yearGroup.code() == u"4"_s)
                QVERIFY(row.onRoll.isSuppressed());
            else
                QCOMPARE(row.onRoll.value(), std::optional<int>(0)); // zero stays zero
        }
        QCOMPARE(figures->pupilsOnRollTotal, 15);

        QCOMPARE(figures->staffTotal, 7);
        const QList<Figures::StaffCount> staff{{StaffCategory::Teaching, 5}, {StaffCategory::Support, 2},
                                               {StaffCategory::Governor, 0}, {StaffCategory::Volunteer, 0},
                                               {StaffCategory::Supply, 0},   {StaffCategory::Contractor, 0},
                                               {StaffCategory::Visitor, 0}};
        QCOMPARE(figures->staff, staff);

        // Issued, complete, outstanding: Year 3 12, 5, 7; Year 4 3, 0, 3, shown as <5, 0, <5.
        QCOMPARE(figures->aupCoverage.size(), 2);
        const auto& y3 = figures->aupCoverage.at(0);
        QCOMPARE(y3.yearGroup.code(), u"3"_s);
        QCOMPARE(y3.issued.value(), std::optional<int>(12));
        QCOMPARE(y3.complete.value(), std::optional<int>(5));
        QCOMPARE(y3.outstanding.value(), std::optional<int>(7));
        const auto& y4 = figures->aupCoverage.at(1);
        QCOMPARE(y4.yearGroup.code(), u"4"_s);
        QVERIFY(y4.issued.isSuppressed());
        QCOMPARE(y4.complete.value(), std::optional<int>(0));
        QVERIFY(y4.outstanding.isSuppressed());

        QVERIFY(!figures->lastBackup.isValid()); // never backed up

        // The chain head as verify() walks it.
        const AuditLog::Verdict verdict = AuditLog::verify(vault->vault().database());
        QVERIFY2(verdict.ok, qPrintable(verdict.problem));
        QCOMPARE(figures->auditEntries, verdict.entries);
        QCOMPARE(figures->auditHead, verdict.head);
        QVERIFY(figures->auditEntries > 15);
    }

    void carriesTheLastBackup()
    {
        auto vault = TestVault::create(SchoolName);
        const QString backup = QDir(vault->folder()).filePath(u"copy.lanyard-backup"_s);
        QString error;
        QVERIFY2(Backup::write(*vault, backup, &error), qPrintable(error));
        const auto figures = FiguresBundle::compute(*vault, Year);
        QVERIFY2(figures, qPrintable(figures.error()));
        QVERIFY(figures->lastBackup.isValid());
        QCOMPARE(figures->lastBackup.timeSpec(), Qt::UTC);
        QVERIFY(qAbs(figures->lastBackup.secsTo(QDateTime::currentDateTimeUtc())) < 600);
    }

    void headAndDslMayPublish()
    {
        auto vault = TestVault::create(SchoolName);
        smallSchool(*vault);
        for (Role role : {Role::Head, Role::Dsl}) {
            auto session = vault->signInAs(Roles::code(role), role);
            const auto figures = FiguresBundle::compute(*session, Year);
            QVERIFY2(figures, qPrintable(figures.error()));
            QCOMPARE(figures->publishedByRole, role);
            QCOMPARE(figures->pupilsOnRollTotal, 15);
        }
    }

    void othersMayNotPublish_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<QString>("message");
        QTest::newRow("office") << Role::Office
                                << u"Your role (Office) does not allow publishing the governors' figures."_s;
        QTest::newRow("it") << Role::It
                            << u"Your role (IT) does not allow publishing the governors' figures."_s;
    }

    void othersMayNotPublish()
    {
        QFETCH(Role, role);
        QFETCH(QString, message);
        auto vault = TestVault::create(SchoolName);
        smallSchool(*vault);
        auto session = vault->signInAs(u"someone"_s, role);
        const auto figures = FiguresBundle::compute(*session, Year);
        QVERIFY(!figures);
        QCOMPARE(figures.error(), message);
    }

    // The insider's try: everything a governor's passphrase unseals, tried as the vault key.
    void aGovernorsPassphraseYieldsNoVaultKey()
    {
        auto vault = TestVault::create(SchoolName);
        vault->addUser(u"gwen"_s, Role::Governor);
        KeyRing ring;
        QVERIFY(ring.load(KeyRing::pathFor(vault->path())));
        const auto keys = ring.unlock(u"gwen"_s, TestVault::Passphrase);
        QVERIFY(keys);
        QVERIFY(keys->vaultKey.isEmpty());
        QVERIFY(keys->safeguardingSecretKey.isEmpty());
        for (const SecureBytes* secret : {&keys->boxSecretKey, &keys->signSecretKey}) {
            const SecureBytes candidate = SecureBytes::copyOf(secret->view().first(32));
            VaultError error;
            QVERIFY(!Vault::openWithRecoveryKey(vault->path(), Vault::formatRecoveryKey(candidate), &error));
            QCOMPARE(error.kind, VaultError::Kind::WrongCredentials);
        }
        VaultError error;
        QVERIFY(!Vault::open(vault->path(), u"gwen"_s, TestVault::Passphrase, &error));
        QCOMPARE(error.kind, VaultError::Kind::FiguresOnly);
        QCOMPARE(error.message,
                 u"A governor's passphrase opens the governors' figures, not the school's records."_s);
    }

    // A head publishes; a governor signs in and reads, and nobody else can.
    void publishedForEveryGovernorAndReadWithTheirPassphrase()
    {
        auto vault = TestVault::create(SchoolName);
        smallSchool(*vault);
        vault->addUser(u"gwen"_s, Role::Governor);
        vault->addUser(u"huw"_s, Role::Governor);
        auto head = vault->signInAs(u"head"_s, Role::Head);
        QString error;
        QVERIFY2(FiguresBundle::publish(*head, &error), qPrintable(error));
        QCOMPARE(QFileInfo(FiguresBundle::pathFor(vault->path())).permissions(),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
        for (const QString& governor : {u"gwen"_s, u"huw"_s}) {
            const auto figures =
                FiguresBundle::openAsGovernor(vault->path(), governor, TestVault::Passphrase);
            QVERIFY2(figures, qPrintable(figures.error()));
            QCOMPARE(figures->schoolName, SchoolName);
            QCOMPARE(figures->pupilsOnRollTotal, 15);
            QCOMPARE(figures->publishedByName, u"head"_s);
        }
        const auto wrong = FiguresBundle::openAsGovernor(vault->path(), u"gwen"_s, "not her passphrase");
        QVERIFY(!wrong);
        QCOMPARE(wrong.error(), u"The user name or passphrase is wrong. Check Caps Lock and try again."_s);
        QVERIFY(!FiguresBundle::openAsGovernor(vault->path(), u"head"_s, TestVault::Passphrase));
        const auto published = AuditLog(*vault).list({.userName = u"head"_s});
        QVERIFY(std::any_of(published->cbegin(), published->cend(),
                            [](const AuditLog::Entry& e) { return e.action == u"publish_figures"_s; }));
    }

    void writesAndReadsBack()
    {
        auto vault = TestVault::create(SchoolName);
        smallSchool(*vault);
        const auto figures = FiguresBundle::compute(*vault, Year);
        QVERIFY2(figures, qPrintable(figures.error()));
        const BoxKeys gwen = boxKeys(), huw = boxKeys(), stranger = boxKeys();
        const SignKeys publisher = signKeys();
        const QString path = FiguresBundle::pathFor(vault->path());
        QString error;
        QVERIFY2(FiguresBundle::write(path, *figures,
                                      {{u"gwen"_s, gwen.publicKey}, {u"huw"_s, huw.publicKey}},
                                      publisher.secret, publisher.publicKey, &error),
                 qPrintable(error));
        QCOMPARE(modeOf(path), 0600u);

        for (const BoxKeys* governor : {&gwen, &huw}) {
            const auto back =
                FiguresBundle::read(path, governor->secret, governor->publicKey, {publisher.publicKey});
            QVERIFY2(back, qPrintable(back.error()));
            QVERIFY(*back == *figures);
            QCOMPARE(back->schoolName, SchoolName);
            QVERIFY(back->pupilsOnRoll.at(5).onRoll.isSuppressed()); // Year 4
        }

        const auto refused =
            FiguresBundle::read(path, stranger.secret, stranger.publicKey, {publisher.publicKey});
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"not published for you"_s), qPrintable(refused.error()));
        // Gwen's public key with another's secret half is not Gwen.
        const auto mixed = FiguresBundle::read(path, stranger.secret, gwen.publicKey, {publisher.publicKey});
        QVERIFY(!mixed);
    }

    void replacesAnEarlierBundleAsPrivate()
    {
        auto vault = TestVault::create(SchoolName);
        const auto figures = FiguresBundle::compute(*vault, Year);
        QVERIFY2(figures, qPrintable(figures.error()));
        const QString path = FiguresBundle::pathFor(vault->path());
        writeAll(path, "an earlier, world-readable bundle");
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                        QFileDevice::ReadGroup | QFileDevice::ReadOther);
        const BoxKeys governor = boxKeys();
        const SignKeys publisher = signKeys();
        QVERIFY(FiguresBundle::write(path, *figures, {{u"gwen"_s, governor.publicKey}}, publisher.secret,
                                     publisher.publicKey));
        QCOMPARE(modeOf(path), 0600u);
        QVERIFY(FiguresBundle::read(path, governor.secret, governor.publicKey, {publisher.publicKey}));
        QCOMPARE(QDir(vault->folder()).entryList({u"*figures*"_s}, QDir::Files | QDir::Hidden),
                 QStringList{u"test.lanyard-figures"_s});
    }

    void refusesWhatItCannotTrust()
    {
        auto vault = TestVault::create(SchoolName);
        smallSchool(*vault);
        const auto figures = FiguresBundle::compute(*vault, Year);
        QVERIFY2(figures, qPrintable(figures.error()));
        const BoxKeys governor = boxKeys();
        const SignKeys publisher = signKeys(), impostor = signKeys();
        const QString path = FiguresBundle::pathFor(vault->path());
        QVERIFY(FiguresBundle::write(path, *figures, {{u"gwen"_s, governor.publicKey}}, publisher.secret,
                                     publisher.publicKey));
        const QByteArray good = readAll(path);
        const auto readWith = [&](const QList<QByteArray>& trusted) {
            return FiguresBundle::read(path, governor.secret, governor.publicKey, trusted);
        };

        const auto missing = FiguresBundle::read(path + u".nothing"_s, governor.secret, governor.publicKey,
                                                 {publisher.publicKey});
        QVERIFY(!missing);
        QVERIFY2(missing.error().contains(u"no governors' figures"_s), qPrintable(missing.error()));

        writeAll(path, "Pupils on roll,15\n");
        QVERIFY2(readWith({publisher.publicKey}).error().contains(u"not a governors' figures file"_s),
                 qPrintable(readWith({publisher.publicKey}).error()));

        // A flipped bit anywhere: the magic, a length, the header, the payload or the signature.
        for (qsizetype i = 0; i < good.size(); ++i) {
            QByteArray bad = good;
            bad[i] = char(bad.at(i) ^ 0x01);
            writeAll(path, bad);
            const auto back = readWith({publisher.publicKey});
            QVERIFY2(!back, qPrintable(u"byte %1 of %2 changed, and the bundle still opened"_s.arg(i).arg(
                                good.size())));
        }
        writeAll(path, good.left(good.size() - 1));
        QVERIFY2(readWith({publisher.publicKey}).error().contains(u"damaged or altered"_s),
                 qPrintable(readWith({publisher.publicKey}).error()));
        writeAll(path, good + '\0');
        QVERIFY2(readWith({publisher.publicKey}).error().contains(u"damaged or altered"_s),
                 qPrintable(readWith({publisher.publicKey}).error()));
        // A changed figure inside the header, where a flipped bit could read as another version.
        Parts p = parts(good);
        QJsonObject header = p.header;
        header.insert(u"published_at"_s, u"2020-01-01T00:00:00Z"_s);
        QByteArray altered =
            frame(QJsonDocument(header).toJson(QJsonDocument::Compact), p.payload, impostor.secret);
        altered.replace(altered.size() - 64, 64,
                        p.signature); // the publisher's signature, over the old header
        writeAll(path, altered);
        QVERIFY2(readWith({publisher.publicKey}).error().contains(u"damaged or altered"_s),
                 qPrintable(readWith({publisher.publicKey}).error()));

        // Signed by a key the school does not know.
        writeAll(path, good);
        QVERIFY(readWith({publisher.publicKey}));
        const auto untrusted = readWith({impostor.publicKey});
        QVERIFY(!untrusted);
        QVERIFY2(untrusted.error().contains(u"not published by anyone this school's Lanyard knows"_s),
                 qPrintable(untrusted.error()));
        QVERIFY(!readWith({}));
        QVERIFY(FiguresBundle::write(path, *figures, {{u"gwen"_s, governor.publicKey}}, impostor.secret,
                                     impostor.publicKey));
        QVERIFY(!readWith({publisher.publicKey}));

        // A later major version, properly sealed and signed by the trusted publisher.
        writeAll(path, reseal(good, governor, publisher,
                              [](QJsonObject& header, QJsonObject&) { header.insert(u"version"_s, 2); }));
        const auto newer = readWith({publisher.publicKey});
        QVERIFY(!newer);
        QVERIFY2(newer.error().contains(u"newer"_s), qPrintable(newer.error()));
        // The same version with fields it does not know yet, in the header and in the figures: read.
        writeAll(path, reseal(good, governor, publisher, [](QJsonObject& header, QJsonObject& figures) {
                     header.insert(u"later_header_field"_s, u"ignored"_s);
                     figures.insert(u"later_figure"_s, 42);
                 }));
        const auto later = readWith({publisher.publicKey});
        QVERIFY2(later, qPrintable(later.error()));
        QVERIFY(*later == *figures);
        // A small number written out is not what Lanyard publishes, whoever signed it.
        writeAll(path, reseal(good, governor, publisher, [](QJsonObject&, QJsonObject& figures) {
                     QJsonObject pupils = figures.value(u"pupils"_s).toObject();
                     QJsonArray rows = pupils.value(u"by_year_group"_s).toArray();
                     QJsonObject year4 = rows.at(5).toObject();
                     QCOMPARE(year4.value(u"on_roll"_s).toString(), u"suppressed"_s);
                     year4.insert(u"on_roll"_s, 3);
                     rows.replace(5, year4);
                     pupils.insert(u"by_year_group"_s, rows);
                     figures.insert(u"pupils"_s, pupils);
                 }));
        QVERIFY(!readWith({publisher.publicKey}));
    }

    void refusesToPublishWithBadKeys()
    {
        auto vault = TestVault::create(SchoolName);
        const auto figures = FiguresBundle::compute(*vault, Year);
        QVERIFY2(figures, qPrintable(figures.error()));
        const QString path = FiguresBundle::pathFor(vault->path());
        const BoxKeys governor = boxKeys();
        const SignKeys publisher = signKeys(), other = signKeys();
        QString error;
        QVERIFY(!FiguresBundle::write(path, *figures, {}, publisher.secret, publisher.publicKey, &error));
        QVERIFY2(error.contains(u"no governors"_s), qPrintable(error));
        QVERIFY(!FiguresBundle::write(path, *figures, {{u"gwen"_s, QByteArray(31, 'k')}}, publisher.secret,
                                      publisher.publicKey, &error));
        QVERIFY2(error.contains(u"gwen"_s), qPrintable(error));
        QVERIFY(!FiguresBundle::write(path, *figures, {{u"gwen"_s, governor.publicKey}}, publisher.secret,
                                      other.publicKey, &error));
        QVERIFY2(error.contains(u"signing key"_s), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }

    void namesNothingInClear()
    {
        auto vault = TestVault::create(SchoolName);
        smallSchool(*vault);
        const auto figures = FiguresBundle::compute(*vault, Year);
        QVERIFY2(figures, qPrintable(figures.error()));
        const BoxKeys governor = boxKeys();
        const SignKeys publisher = signKeys();
        const QString path = FiguresBundle::pathFor(vault->path());
        QVERIFY(FiguresBundle::write(path, *figures, {{u"gwen.pritchard"_s, governor.publicKey}},
                                     publisher.secret, publisher.publicKey));
        const QByteArray raw = readAll(path);
        for (const QString& text : {SchoolName, u"Llanfair"_s, u"Test Administrator"_s, u"gwen.pritchard"_s,
                                    u"2026/27"_s, u"suppressed"_s, u"on_roll"_s, u"teaching"_s}) {
            QVERIFY2(!raw.contains(text.toUtf8()), qPrintable(text));
            QVERIFY2(!raw.contains(text.toUtf8().toBase64()), qPrintable(text));
        }
        // The header says only what FORMAT.md lists.
        const Parts p = parts(raw);
        QCOMPARE(p.magic, QByteArray("LANYARD-FIGURES\n"));
        QStringList keys = p.header.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{u"format"_s, u"published_at"_s, u"publisher"_s, u"recipients"_s,
                                    u"vault"_s, u"version"_s}));
        QCOMPARE(p.header.value(u"format"_s).toString(), u"lanyard-figures"_s);
        QCOMPARE(p.header.value(u"version"_s).toInt(), 1);
        QCOMPARE(p.header.value(u"publisher"_s).toString(),
                 QString::fromLatin1(publisher.publicKey.toBase64()));
        QCOMPARE(p.header.value(u"recipients"_s).toArray().size(), 1);
        QCOMPARE(p.signature.size(), 64);
        QCOMPARE(crypto_sign_verify_detached(
                     reinterpret_cast<const unsigned char*>(p.signature.constData()),
                     reinterpret_cast<const unsigned char*>(p.signed_.constData()),
                     std::size_t(p.signed_.size()),
                     reinterpret_cast<const unsigned char*>(publisher.publicKey.constData())),
                 0);
    }

    // Governors hold the figures key only: the bundle key opens the figures, and is not the vault
    // key, which neither opens the figures nor is anywhere in the file.
    void nothingInTheBundleOpensTheVault()
    {
        auto vault = TestVault::create(SchoolName);
        smallSchool(*vault);
        const auto figures = FiguresBundle::compute(*vault, Year);
        QVERIFY2(figures, qPrintable(figures.error()));
        const BoxKeys governor = boxKeys();
        const SignKeys publisher = signKeys();
        const QString path = FiguresBundle::pathFor(vault->path());
        QVERIFY(FiguresBundle::write(path, *figures, {{u"gwen"_s, governor.publicKey}}, publisher.secret,
                                     publisher.publicKey));
        const QByteArray raw = readAll(path);
        const auto vaultKey = Vault::parseRecoveryKey(vault->recoveryKey());
        QVERIFY(vaultKey);
        QCOMPARE(vaultKey->size(), 32u);
        QVERIFY(!raw.contains(vaultKey->view().toByteArray()));
        QVERIFY(!raw.contains(vaultKey->view().toByteArray().toHex()));
        QVERIFY(!raw.contains(vault->recoveryKey().toLatin1()));

        // The governor's copy of the bundle key, unsealed by hand as FORMAT.md describes.
        const Parts p = parts(raw);
        const QJsonObject recipient = p.header.value(u"recipients"_s).toArray().at(0).toObject();
        QByteArray id(16, '\0');
        crypto_generichash(reinterpret_cast<unsigned char*>(id.data()), 16,
                           reinterpret_cast<const unsigned char*>(governor.publicKey.constData()), 32,
                           nullptr, 0);
        QCOMPARE(QByteArray::fromBase64(recipient.value(u"id"_s).toString().toLatin1()), id);
        const QByteArray sealed = QByteArray::fromBase64(recipient.value(u"key"_s).toString().toLatin1());
        QCOMPARE(sealed.size(), 80);
        QByteArray bundleKey(32, '\0');
        QCOMPARE(crypto_box_seal_open(reinterpret_cast<unsigned char*>(bundleKey.data()),
                                      reinterpret_cast<const unsigned char*>(sealed.constData()), 80,
                                      reinterpret_cast<const unsigned char*>(governor.publicKey.constData()),
                                      governor.secret.data()),
                 0);
        QVERIFY(bundleKey != vaultKey->view().toByteArray());
        const QByteArray plain = openPayload(p, bundleKey);
        QVERIFY(!plain.isEmpty());
        QCOMPARE(QJsonDocument::fromJson(plain).object().value(u"school"_s).toString(), SchoolName);
        QVERIFY(openPayload(p, vaultKey->view()).isEmpty());

        VaultError error;
        QVERIFY(
            !Vault::openWithKey(vault->path(), SecureBytes::copyOf(bundleKey), TestVault::UserName, &error));
    }
};

QTEST_GUILESS_MAIN(TestFiguresBundle)
#include "tst_figuresbundle.moc"
