// A child process for tst_backup: opens the vault named on the command line as TestVault's
// administrator and adds pupils in a loop of transactions, BatchSize a time, until it is killed.
// It prints "writing R" when round R's transaction is half written, and "committed N" (N pupils
// in all) after each commit, so the test can kill it at a known point.
#include "TestVault.h"
#include "records/PupilStore.h"
#include "storage/StoreSupport.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
constexpr int BatchSize = 5;

void say(const QByteArray& line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fputs("usage: vault_writer VAULT\n", stderr);
        return 2;
    }
    VaultError error;
    std::unique_ptr<Vault> vault = Vault::open(args[1], TestVault::UserName, TestVault::Passphrase, &error);
    if (!vault) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    PupilStore store(*vault);
    const auto count = store.count();
    if (!count) {
        std::fprintf(stderr, "%s\n", qPrintable(count.error()));
        return 1;
    }
    int committed = *count;
    say("ready " + QByteArray::number(committed));
    for (int round = committed / BatchSize + 1;; ++round) {
        StoreSupport::Transaction transaction(vault->database());
        for (int i = 0; i < BatchSize; ++i) {
            Pupil pupil;
            pupil.legalForename = u"Writer"_s;
            pupil.surname = u"Round%1"_s.arg(round, 6, 10, QChar(u'0'));
            pupil.admissionNumber = u"W%1-%2"_s.arg(round, 6, 10, QChar(u'0')).arg(i);
            pupil.dateOfBirth = QDate(2018, 9, 1).addDays(i);
            pupil.yearGroup = *YearGroup::fromOrdinal(3);
            QString message;
            if (!store.save(pupil, &message)) {
                std::fprintf(stderr, "%s\n", qPrintable(message));
                return 3;
            }
            if (i == BatchSize / 2) {
                say("writing " + QByteArray::number(round));
                QThread::msleep(3); // long enough for a kill to land mid-transaction
            }
        }
        if (!transaction.commit()) {
            std::fputs("commit failed\n", stderr);
            return 4;
        }
        committed += BatchSize;
        say("committed " + QByteArray::number(committed));
        // A moment between transactions, as any real program leaves, so that another connection
        // waiting for the write lock gets its turn.
        QThread::msleep(1);
    }
}
