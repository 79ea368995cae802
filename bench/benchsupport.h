#pragma once

// What every benchmark prints and measures with: statistics of timings, the machine, and the
// lines of the report.

#include <QString>
#include <QStringList>

#include <vector>

namespace fa::bench {

struct Stats {
    double median = 0, p99 = 0, max = 0, mean = 0;
};
// Median, nearest-rank p99 (the smallest value at least 99 % of the samples do not exceed), max, mean.
Stats statsOf(std::vector<double> v);

// The CPU model of /proc/cpuinfo ("unknown" without one).
QString cpuModel();
// The CPU time of this thread, in ms (stops while the thread waits for the disk or a core).
double threadCpuMs();

// "\n== title ==" and "label: value", flushed so that a crash keeps what was measured.
void section(const QString &title);
inline void section(const char *title) { section(QString::fromUtf8(title)); }
void line(const QString &label, const QString &value);
// The whole number after the option at args[i] (i moves onto it); fails when it is missing or
// below `minimum`.
int numberAfter(const QStringList &args, int &i, int minimum, const char *program);
// Prints "PROGRAM: FAILED: what" on stderr and exits 1.
[[noreturn]] void fail(const char *program, const QString &what);

} // namespace fa::bench
