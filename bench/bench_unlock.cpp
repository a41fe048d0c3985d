// Unlocking a vault of 2,000 pupils: the whole sign-in, and the part that is Lanyard's own work
// (opening SQLCipher, checking the schema, reading the user) once Argon2id has unsealed the key.
// Then the two refusals side by side, an unknown user name and a wrong passphrase for a real one,
// whose ratio should be close to 1: a name that has no slot must not be told apart by timing.
#include "BenchUtil.h"
#include "demo/DemoSchool.h"
#include "records/PupilStore.h"
#include "storage/KeyRing.h"
#include "storage/Vault.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.lanyard"_s);
    const QByteArray passphrase = "benchmark passphrase";
    VaultError error;
    {
        auto vault = Vault::create(path, {u"Bench Primary"_s, u"bench"_s, {}, KdfLimits::defaults()},
                                   passphrase, nullptr, &error);
        QString message;
        DemoOptions options;
        options.pupils = 2000;
        if (!vault || !DemoSchool::populate(*vault, options, &message)) {
            out << "setup failed: " << error.message << message << '\n';
            return 1;
        }
        const auto pupils = PupilStore(*vault).count();
        if (!pupils) {
            out << "setup failed: " << pupils.error() << '\n';
            return 1;
        }
        out << "vault with " << *pupils << " pupils\n";
    }

    KeyRing ring;
    ring.load(KeyRing::pathFor(path));
    std::unique_ptr<Vault> opened;
    std::optional<KeyRing::Unsealed> keys;
    const auto timings = Bench::medianOfRuns(
        7, {
               {u"unlock (whole)"_s,
                [&] { return bool(opened = Vault::open(path, u"bench"_s, passphrase, &error)); },
                [] { return true; },
                [&] {
                    opened.reset();
                    return true;
                }},
               {u"Argon2id unseal"_s, [&] { return bool(keys = ring.unlock(u"bench"_s, passphrase)); }},
               {u"unlock minus Argon2id"_s,
                [&] {
                    return bool(opened =
                                    Vault::openWithKey(path, std::move(keys->vaultKey), u"bench"_s, &error));
                },
                [&] { return bool(keys = ring.unlock(u"bench"_s, passphrase)); },
                [&] {
                    opened.reset();
                    return true;
                }},
               {u"refused: unknown user"_s,
                [&] { return !Vault::open(path, u"no.such.user"_s, passphrase, &error); }},
               {u"refused: wrong passphrase"_s,
                [&] { return !Vault::open(path, u"bench"_s, "not the benchmark passphrase", &error); }},
           });
    if (!timings) {
        out << "benchmark failed: " << error.message << '\n';
        return 1;
    }
    for (const Bench::Timing& t : *timings)
        out << QString(u"%1: median %2 ms"_s).arg(t.name, -26).arg(t.median * 1000.0, 0, 'f', 1) << '\n';
    out << QString(u"Lanyard's own share of unlocking: %1 of the whole"_s)
               .arg(timings->at(2).median / timings->at(0).median, 0, 'f', 3)
        << '\n';
    out << QString(u"unknown user / wrong passphrase: %1"_s)
               .arg(timings->at(3).median / timings->at(4).median, 0, 'f', 3)
        << '\n';
    return 0;
}
