#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <optional>
#include <vector>

// Small timing helpers shared by the benchmarks. Header-only: each benchmark is one executable.
namespace Bench {

inline QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

inline QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

// Seconds as the benchmarks print them: "0.218".
inline QString seconds(double s)
{
    return QString::number(s, 'f', 3);
}

inline double median(std::vector<double> samples)
{
    if (samples.empty())
        return 0.0;
    std::sort(samples.begin(), samples.end());
    const std::size_t mid = samples.size() / 2;
    return samples.size() % 2 ? samples[mid] : (samples[mid - 1] + samples[mid]) / 2.0;
}

// One contender. setup and teardown run outside the clock (a fresh file, a connection); only body
// is timed. Any of them returns false to abandon the benchmark; the case reports its own error.
struct Case
{
    QString name;
    std::function<bool()> body;
    std::function<bool()> setup = [] { return true; };
    std::function<bool()> teardown = [] { return true; };
};

struct Timing
{
    QString name;
    std::vector<double> seconds; // in run order
    double median = 0.0;
};

// Runs every case `runs` times, interleaved (a, b, a, b, ...) so that drift in the machine's load,
// disk cache or clock speed falls on all of them alike, and returns each case's timings and median
// in the order given. Empty if any step failed.
inline std::optional<QList<Timing>> medianOfRuns(int runs, const QList<Case>& cases)
{
    QList<Timing> timings;
    for (const Case& c : cases)
        timings.append(Timing{c.name, {}, 0.0});
    for (int run = 0; run < runs; ++run) {
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const Case& c = cases.at(i);
            if (!c.setup())
                return std::nullopt;
            QElapsedTimer timer;
            timer.start();
            const bool ok = c.body();
            const qint64 nanoseconds = timer.nsecsElapsed();
            if (!ok || !c.teardown())
                return std::nullopt;
            timings[i].seconds.push_back(static_cast<double>(nanoseconds) / 1e9);
        }
    }
    for (Timing& t : timings)
        t.median = median(t.seconds);
    return timings;
}

} // namespace Bench
