// Rotating the safeguarding key of a school with 20,000 sealed records, as happens when a DSL or the
// head leaves: every record key is opened with the old secret and wrapped to the new public key, and
// no content is touched. Timed beside two baselines from the same run: reading the 20,000 key rows
// (the floor any rotation pays), the same unwrapping and wrapping in memory with no vault (what
// the cryptography costs), and sealing the 20,000 records in the first place. Then the whole
// re-key that follows a leaver: a new vault key for the 2,000-pupil vault (sqlcipher_rekey and every
// slot sealed again) beside the rotation, against the same read baseline.
#include "BenchUtil.h"
#include "demo/DemoSchool.h"
#include "records/UserStore.h"
#include "storage/AuditLog.h"
#include "storage/SafeguardingSeal.h"
#include "storage/Vault.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace {
constexpr int Records = 20000;

// A narrative of typical length; the same words in each record do not help the seal, whose key and
// nonce are new each time.
const QByteArray Narrative =
    "During lunch the pupil told a midday supervisor that an older pupil had been asking for photos "
    "on a game chat and had said not to tell anyone. The supervisor wrote down the pupil's words and "
    "passed them to the DSL before the end of lunch.";

struct KeyPair
{
    QByteArray publicKey;
    SecureBytes secret;
};

KeyPair newKeyPair()
{
    KeyPair pair{QByteArray(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized),
                 SecureBytes(crypto_box_SECRETKEYBYTES)};
    crypto_box_keypair(reinterpret_cast<unsigned char*>(pair.publicKey.data()), pair.secret.data());
    return pair;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream& out = Bench::out();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.lanyard"_s);
    const QByteArray passphrase = "benchmark passphrase";
    VaultError vaultError;
    QString error;

    auto admin = Vault::create(path, {u"Bench Primary"_s, u"bench"_s, {}, KdfLimits::minimum()}, passphrase,
                               nullptr, &vaultError);
    UserAccount account{0, u"dsl"_s, u"DSL"_s, Role::Dsl, false, false, {}};
    if (!admin || !UserStore(*admin).add(account, passphrase, KdfLimits::minimum(), &error)) {
        out << "setup failed: " << vaultError.message << error << '\n';
        return 1;
    }
    DemoOptions school;
    school.pupils = 2000;
    if (!DemoSchool::populate(*admin, school, &error)) {
        out << "setup failed: " << error << '\n';
        return 1;
    }
    auto dsl = Vault::open(path, u"dsl"_s, passphrase, &vaultError);
    if (!dsl || dsl->safeguardingSecretKey().isEmpty()) {
        out << "setup failed: " << vaultError.message << '\n';
        return 1;
    }
    const SafeguardingSeal seal(*dsl);

    // Sealed in one batch, as an import of a school's records would be.
    QElapsedTimer timer;
    timer.start();
    {
        AuditLog::Batch batch(*dsl, &error);
        for (int i = 0; i < Records && batch.isActive(); ++i)
            if (!seal.seal(Narrative, &error))
                break;
        if (!batch.commit(&error)) {
            out << "sealing failed: " << error << '\n';
            return 1;
        }
    }
    const double sealSeconds = double(timer.nsecsElapsed()) / 1e9;
    out << "sealed " << Records << " records in " << Bench::seconds(sealSeconds) << " s\n";

    // The same cryptography with no vault: the 20,000 keys as first wrapped, opened and wrapped
    // again in memory.
    QList<QByteArray> wrappedKeys;
    {
        QSqlQuery q(dsl->database());
        if (q.exec(u"SELECT wrapped FROM seal_keys"_s))
            while (q.next())
                wrappedKeys << q.value(0).toByteArray();
    }

    // Each rotation goes from the pair in use to a fresh one, so every run wraps all 20,000 keys.
    const KeyPair original{dsl->safeguardingPublicKey(),
                           SecureBytes::copyOf(dsl->safeguardingSecretKey().view())};
    KeyPair current{original.publicKey, SecureBytes::copyOf(original.secret.view())};
    KeyPair next;
    int rowsRead = 0;
    const auto timings = Bench::medianOfRuns(
        3, {
               {u"read 20,000 key rows"_s,
                [&] {
                    QSqlQuery q(dsl->database());
                    q.setForwardOnly(true);
                    rowsRead = 0;
                    if (!q.exec(u"SELECT id, wrapped, created_at FROM seal_keys ORDER BY id"_s))
                        return false;
                    while (q.next())
                        rowsRead += q.value(1).toByteArray().size() == 80 ? 1 : 0;
                    return rowsRead == Records;
                }},
               {u"crypto alone, in memory"_s,
                [&] {
                    SecureBytes key(32);
                    QByteArray wrapped(80, Qt::Uninitialized);
                    const auto* publicKey =
                        reinterpret_cast<const unsigned char*>(original.publicKey.constData());
                    for (const QByteArray& row : std::as_const(wrappedKeys)) {
                        if (crypto_box_seal_open(key.data(),
                                                 reinterpret_cast<const unsigned char*>(row.constData()), 80,
                                                 publicKey, original.secret.data()) != 0)
                            return false;
                        crypto_box_seal(reinterpret_cast<unsigned char*>(wrapped.data()), key.data(), 32,
                                        publicKey);
                    }
                    return wrappedKeys.size() == Records;
                }},
               {u"rewrap 20,000 keys"_s, [&] { return seal.rewrap(current.secret, next.publicKey, &error); },
                [&] {
                    next = newKeyPair();
                    return true;
                },
                [&] {
                    current = std::move(next);
                    return true;
                }},
           });
    if (!timings) {
        out << "benchmark failed: " << error << '\n';
        return 1;
    }
    for (const Bench::Timing& t : *timings)
        out << QString(u"%1: median %2 ms"_s).arg(t.name, -24).arg(t.median * 1000.0, 0, 'f', 1) << '\n';
    const double read = timings->at(0).median;
    const double crypto = timings->at(1).median;
    const double rewrap = timings->at(2).median;
    out << QString(u"rewrap / read of the same rows: %1"_s).arg(rewrap / read, 0, 'f', 1) << '\n';
    out << QString(u"rewrap / its cryptography alone: %1"_s).arg(rewrap / crypto, 0, 'f', 2) << '\n';
    out << QString(u"rewrap / sealing the records: %1"_s).arg(rewrap / sealSeconds, 0, 'f', 3) << '\n';
    out << QString(u"per key: %1 us"_s).arg(rewrap / Records * 1e6, 0, 'f', 1) << '\n';

    // The new vault key itself, on the 2,000-pupil vault holding the 20,000 sealed records.
    SecureBytes recoveryKey;
    const auto rekeyed = Bench::medianOfRuns(
        3, {{u"new vault key"_s, [&] { return admin->changeKey(&recoveryKey, &error); }}});
    if (!rekeyed) {
        out << "re-key failed: " << error << '\n';
        return 1;
    }
    const double rekey = rekeyed->at(0).median;
    out << QString(u"new vault key, 2,000 pupils and 20,000 sealed records: median %1 ms"_s)
               .arg(rekey * 1000.0, 0, 'f', 1)
        << '\n';
    out << QString(u"a leaver's re-key (new vault key + rotation): %1 s, %2 x the read of the key rows"_s)
               .arg(rekey + rewrap, 0, 'f', 2)
               .arg((rekey + rewrap) / read, 0, 'f', 1)
        << '\n';
    return 0;
}
