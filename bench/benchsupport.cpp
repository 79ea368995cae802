#include "benchsupport.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <numeric>
#include <string>

namespace fa::bench {

Stats statsOf(std::vector<double> v)
{
    Stats s;
    if (v.empty())
        return s;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    s.median = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    s.p99 = v[std::size_t(std::ceil(0.99 * double(n))) - 1];
    s.max = v.back();
    s.mean = std::accumulate(v.begin(), v.end(), 0.0) / double(n);
    return s;
}

QString cpuModel()
{
    std::ifstream in("/proc/cpuinfo");
    std::string text;
    while (std::getline(in, text)) {
        if (text.rfind("model name", 0) == 0) {
            const auto colon = text.find(':');
            if (colon != std::string::npos)
                return QString::fromStdString(text.substr(colon + 1)).trimmed();
        }
    }
    return QStringLiteral("unknown");
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

void section(const QString &title)
{
    std::printf("\n== %s ==\n", title.toUtf8().constData());
    std::fflush(stdout);
}

void line(const QString &label, const QString &value)
{
    std::printf("%s: %s\n", label.toUtf8().constData(), value.toUtf8().constData());
    std::fflush(stdout);
}

int numberAfter(const QStringList &args, int &i, int minimum, const char *program)
{
    bool ok = false;
    const int v = i + 1 < args.size() ? args.at(i + 1).toInt(&ok) : 0;
    if (!ok || v < minimum)
        fail(program, QStringLiteral("%1 needs a number ≥ %2").arg(args.at(i)).arg(minimum));
    ++i;
    return v;
}

void fail(const char *program, const QString &what)
{
    std::fflush(stdout);
    std::fprintf(stderr, "%s: FAILED: %s\n", program, what.toUtf8().constData());
    std::exit(1);
}

} // namespace fa::bench
