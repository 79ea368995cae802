// fa_bench: how fast the core keeps a document current, and what storing and opening one costs.
//
//   fa_bench [SOURCE_DIR] [--items N] [--changes N] [--warmup N] [--runs N]
//
// SOURCE_DIR is the source tree (for resources/samples); it defaults to the one this was built
// from. --items is the number of distinct 项 codes of the synthetic 汇总 (default 2000),
// --changes the number of timed changes per document (default 2000), --runs the number of file
// writes/opens timed (default 5).
//
// Figures, one per line, "label: value unit":
//  1. the two sample documents: one Document::setValue on an existing 项 cell, which brings every
//     derived cell (Engine::setEntered) and every check (Checker::cellsChanged) up to date;
//  2. the same on a generated large 汇总 (exact 元 data, coherent so that it passes the checks);
//  3. writing the large document to a .fadb file and opening it again (Store + Document::create);
//  4. peak and resident memory.
// Everything generated is deterministic (fixed seed, own integer draws); only the times vary.
// After the timed changes each document is compared with a fresh rebuild from its data, so the
// figures are for changes that really did bring everything up to date. Any error exits 1.

#include "catalog.h"
#include "document.h"
#include "documentdata.h"
#include "interchange.h"
#include "money.h"
#include "store.h"
#include "template.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtGlobal>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <numeric>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#ifndef FA_SOURCE_DIR
#define FA_SOURCE_DIR "."
#endif
#ifndef FA_BUILD_TYPE
#define FA_BUILD_TYPE ""
#endif

namespace {

using Clock = std::chrono::steady_clock;
using fa::Money;

[[noreturn]] void fail(const QString &what)
{
    std::fflush(stdout);
    std::fprintf(stderr, "fa_bench: FAILED: %s\n", what.toUtf8().constData());
    std::exit(1);
}

QString slash(const QString &a, const QString &b, const QString &c)
{
    return a + QLatin1Char('/') + b + QLatin1Char('/') + c;
}

double microseconds(Clock::duration d)
{
    return std::chrono::duration<double, std::micro>(d).count();
}

// ---- Output ----------------------------------------------------------------------------------

void section(const char *title)
{
    std::printf("\n== %s ==\n", title);
}

void line(const QString &label, const QString &value)
{
    std::printf("%s: %s\n", label.toUtf8().constData(), value.toUtf8().constData());
}

void figure(const QString &label, double value, const char *unit, int decimals = 1)
{
    std::printf("%s: %.*f %s\n", label.toUtf8().constData(), decimals, value, unit);
}

void count(const QString &label, long long value)
{
    std::printf("%s: %lld\n", label.toUtf8().constData(), value);
}

struct Stats {
    double median = 0, p99 = 0, max = 0, mean = 0;
};

Stats statsOf(std::vector<double> v)
{
    Stats s;
    if (v.empty())
        return s;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    s.median = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    // Nearest rank: the smallest value that at least 99 % of the samples do not exceed.
    s.p99 = v[std::size_t(std::ceil(0.99 * double(n))) - 1];
    s.max = v.back();
    s.mean = std::accumulate(v.begin(), v.end(), 0.0) / double(n);
    return s;
}

// ---- Memory ----------------------------------------------------------------------------------

// A "VmHWM"/"VmRSS" line of /proc/self/status, in MiB (negative when unavailable).
double procStatusMiB(const std::string &key)
{
    std::ifstream in("/proc/self/status");
    std::string text;
    while (std::getline(in, text)) {
        if (text.rfind(key + ':', 0) == 0)
            return std::strtod(text.c_str() + key.size() + 1, nullptr) / 1024.0; // kB
    }
    return -1;
}

void releaseFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

// ---- Machine ---------------------------------------------------------------------------------

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

// ---- Deterministic draws ---------------------------------------------------------------------

// std::mt19937_64 is specified bit for bit; the standard distributions are not, so draws are
// made here from the raw engine output.
class Draw
{
public:
    explicit Draw(std::uint64_t seed) : m_engine(seed) {}
    std::int64_t between(std::int64_t lo, std::int64_t hi)
    {
        return lo + std::int64_t(m_engine() % std::uint64_t(hi - lo + 1));
    }
    bool percent(int p) { return m_engine() % 100 < std::uint64_t(p); }

private:
    std::mt19937_64 m_engine;
};

// ---- Timed changes ---------------------------------------------------------------------------

struct Target {
    QString address;
    std::int64_t base = 0; // the stored value (0 when blank)
    bool blank = false;
};

// The values a target cycles through, around its stored value b with R = b rounded down to whole
// 0.01 万元: R + 0.01 元, R + 2 万元, R + 3.0037 万元, R. Each differs from the one before, so
// every change moves the sums and the cross-table checks (an exact-元 difference is an error, so
// findings appear, change their amounts and go). Consecutive values also alternate between whole
// 0.01 万元 and not, so the 尾差 statistics (leaf/fine counts) change along the chain as well.
// probePropagation() separately checks a change that keeps those statistics.
std::vector<std::int64_t> cycleOf(std::int64_t base)
{
    const std::int64_t r = base - base % Money::kFenPerWanyuanCent;
    std::vector<std::int64_t> v = {r + 1, r + 2 * Money::kFenPerWanyuanCent, r + 3 * Money::kFenPerWanyuanCent + 37, r};
    if (base % Money::kFenPerWanyuanCent != 0) // start with a whole value after a fine one
        std::rotate(v.begin(), v.begin() + 3, v.end());
    return v;
}

// One value as a batch of one, as the editor and the command line change a cell.
fa::ChangeSet setValue(fa::Document &doc, const QString &address, std::optional<Money> value)
{
    auto r = doc.apply({fa::Edit::setValue(address, value)});
    if (!r)
        fail(r.error().message);
    return std::move(r.value().changes);
}

// Sets a target back to what it held, through a value of the other precision.
void restore(fa::Document &doc, const Target &t)
{
    const std::int64_t r = t.base - t.base % Money::kFenPerWanyuanCent;
    setValue(doc, t.address, Money::fromFen(t.base % Money::kFenPerWanyuanCent != 0 ? r : t.base + 1));
    setValue(doc, t.address, t.blank ? std::nullopt : std::optional<Money>(Money::fromFen(t.base)));
}

struct Timing {
    std::vector<double> us;  // per timed change
    std::vector<int> target; // the target each timed change hit
    double meanCells = 0, meanFindings = 0;
    std::size_t maxCells = 0, maxFindings = 0;
};

Timing timeChanges(fa::Document &doc, const std::vector<Target> &targets, int warmup, int changes)
{
    std::vector<std::vector<std::int64_t>> cycles;
    for (const Target &t : targets) {
        cycles.push_back(cycleOf(t.base));
        for (std::size_t n = 0; n < cycles.back().size(); ++n) {
            const auto r = fa::resolveEnteredAddress(doc.templ(), doc.data().subjects, t.address);
            if (!r)
                fail(r.error().message);
        }
    }
    Timing out;
    out.us.reserve(std::size_t(changes));
    out.target.reserve(std::size_t(changes));
    const int k = int(targets.size());
    double cells = 0, findings = 0;
    for (int i = 0; i < warmup + changes; ++i) {
        const Target &t = targets[std::size_t(i % k)];
        const auto &cycle = cycles[std::size_t(i % k)];
        const Money value = Money::fromFen(cycle[std::size_t(i / k) % cycle.size()]);
        const auto start = Clock::now();
        const fa::ChangeSet cs = setValue(doc, t.address, value);
        const auto end = Clock::now();
        if (cs.structural())
            fail(QStringLiteral("%1: a change to an existing row was structural").arg(t.address));
        if (cs.cells.size() < 2 || cs.cells.front() != doc.engine().find(t.address))
            fail(QStringLiteral("%1: the change to %2 recomputed nothing").arg(t.address, value.toYuanString()));
        if (i < warmup)
            continue;
        out.us.push_back(microseconds(end - start));
        out.target.push_back(i % k);
        cells += double(cs.cells.size());
        findings += double(cs.findings.size());
        out.maxCells = std::max(out.maxCells, cs.cells.size());
        out.maxFindings = std::max(out.maxFindings, cs.findings.size());
    }
    out.meanCells = cells / std::max(1, changes);
    out.meanFindings = findings / std::max(1, changes);
    for (const Target &t : targets)
        restore(doc, t);
    return out;
}

// How the incrementally maintained document differs from one rebuilt from its data (empty when
// it does not).
QString differenceFromRebuild(const fa::Document &doc)
{
    auto fresh = fa::Document::create(doc.data());
    if (!fresh)
        return fresh.error().message;
    const fa::Engine &a = doc.engine();
    const fa::Engine &b = fresh.value()->engine();
    if (a.cellCount() != b.cellCount())
        return QStringLiteral("the rebuilt document has a different number of cells");
    for (fa::CellId id = 0; id < a.cellCount(); ++id) {
        if (a.value(id) != b.value(id) || a.leafCount(id) != b.leafCount(id)
            || a.fineLeafCount(id) != b.fineLeafCount(id) || a.isSet(id) != b.isSet(id))
            return QStringLiteral("%1 is %2 元, a rebuild gives %3 元")
                .arg(a.address(id), a.value(id).toYuanString(), b.value(id).toYuanString());
    }
    if (doc.checker().findings() != fresh.value()->checker().findings())
        return QStringLiteral("the findings differ from a rebuild");
    return {};
}

void verifyAgainstRebuild(const fa::Document &doc, const QString &name)
{
    const QString diff = differenceFromRebuild(doc);
    if (!diff.isEmpty())
        fail(name + QStringLiteral(": after the timed changes ") + diff);
}

// Correctness probe (not timed): a change from one exact-元 amount to another (both not whole
// 0.01 万元, both non-zero) must update the derived cells too. Returns what went wrong, if anything.
QString probePropagation(fa::Document &doc, const Target &t)
{
    const std::int64_t r = t.base - t.base % Money::kFenPerWanyuanCent;
    setValue(doc, t.address, Money::fromFen(r + 1));
    const fa::ChangeSet cs = setValue(doc, t.address, Money::fromFen(r + 1 + 1'000'000));
    QString diff = differenceFromRebuild(doc);
    if (!diff.isEmpty())
        diff = QStringLiteral("after %1 changed from %2 to %3 元 (%4 cells reported changed): %5")
                   .arg(t.address, Money::fromFen(r + 1).toYuanString(), Money::fromFen(r + 1 + 1'000'000).toYuanString())
                   .arg(cs.cells.size())
                   .arg(diff);
    restore(doc, t);
    if (diff.isEmpty()) {
        const QString after = differenceFromRebuild(doc);
        if (!after.isEmpty())
            diff = QStringLiteral("after restoring %1: %2").arg(t.address, after);
    }
    return diff;
}

QStringList g_problems; // correctness problems found; reported at the end, exit 1

void reportProbe(const QString &name, fa::Document &doc, const Target &t)
{
    const QString problem = probePropagation(doc, t);
    line(name + QStringLiteral(" exact-元 → exact-元 change updates derived cells"),
         problem.isEmpty() ? QStringLiteral("yes") : QStringLiteral("NO"));
    if (!problem.isEmpty())
        g_problems << name + QStringLiteral(": ") + problem;
}

void reportDocument(const QString &name, const fa::Document &doc)
{
    count(name + QStringLiteral(" cells (entered + derived)"), doc.engine().cellCount());
    count(name + QStringLiteral(" entered values"), (long long)doc.data().values.size());
    count(name + QStringLiteral(" check instances"), doc.checker().instanceCount());
    line(name + QStringLiteral(" findings (error/warning/尾差)"),
         QStringLiteral("%1 / %2 / %3")
             .arg(doc.checker().count(fa::Severity::Error))
             .arg(doc.checker().count(fa::Severity::Warning))
             .arg(doc.checker().count(fa::Severity::Rounding)));
}

void reportTiming(const QString &name, const std::vector<Target> &targets, const Timing &t, double targetUs)
{
    const Stats s = statsOf(t.us);
    count(name + QStringLiteral(" timed changes"), (long long)t.us.size());
    figure(name + QStringLiteral(" change median"), s.median, "us", 2);
    figure(name + QStringLiteral(" change p99"), s.p99, "us", 2);
    figure(name + QStringLiteral(" change max"), s.max, "us", 2);
    figure(name + QStringLiteral(" change mean"), s.mean, "us", 2);
    line(name + QStringLiteral(" p99 target"),
         QStringLiteral("< %1 us: %2").arg(targetUs).arg(s.p99 < targetUs ? QStringLiteral("met")
                                                                         : QStringLiteral("MISSED by %1 us").arg(s.p99 - targetUs, 0, 'f', 1)));
    figure(name + QStringLiteral(" cells changed per change (mean)"), t.meanCells, "cells", 1);
    count(name + QStringLiteral(" cells changed per change (max)"), (long long)t.maxCells);
    figure(name + QStringLiteral(" findings changed per change (mean)"), t.meanFindings, "findings", 1);
    count(name + QStringLiteral(" findings changed per change (max)"), (long long)t.maxFindings);
    for (int k = 0; k < int(targets.size()); ++k) {
        std::vector<double> mine;
        for (std::size_t i = 0; i < t.us.size(); ++i) {
            if (t.target[i] == k)
                mine.push_back(t.us[i]);
        }
        const Stats p = statsOf(mine);
        line(name + QStringLiteral(" change at ") + targets[std::size_t(k)].address + QStringLiteral(" (median/p99/max)"),
             QStringLiteral("%1 / %2 / %3 us").arg(p.median, 0, 'f', 2).arg(p.p99, 0, 'f', 2).arg(p.max, 0, 'f', 2));
    }
}

Target targetAt(const fa::Document &doc, const QString &address)
{
    const auto v = doc.storedValue(address);
    return {address, v ? v->fen() : 0, !v};
}

// ---- Samples ---------------------------------------------------------------------------------

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        fail(QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    return f.readAll();
}

// A few stored 项 cells of different tables and columns, deepest chains first.
std::vector<Target> sampleTargets(const fa::Document &doc)
{
    const std::vector<std::pair<QString, QString>> wanted = {
        {QStringLiteral("t05"), QStringLiteral("基本支出")},   {QStringLiteral("t05"), QStringLiteral("项目支出")},
        {QStringLiteral("t03"), QStringLiteral("基本支出")},   {QStringLiteral("t03"), QStringLiteral("项目支出")},
        {QStringLiteral("t02"), QStringLiteral("财政拨款收入")}, {QStringLiteral("t02"), QStringLiteral("事业收入")},
    };
    std::vector<Target> out;
    for (const auto &[table, column] : wanted) {
        for (const auto &[address, value] : doc.data().values) {
            if (!address.startsWith(table + QLatin1Char('/')) || !address.endsWith(QLatin1Char('/') + column))
                continue;
            const auto r = fa::resolveEnteredAddress(doc.templ(), doc.data().subjects, address);
            if (r && r.value().subjectRow) {
                out.push_back({address, value.fen(), false});
                break;
            }
        }
    }
    if (out.size() < 2)
        fail(QStringLiteral("the sample has too few stored 项 cells to change"));
    return out;
}

void benchSample(const QString &sourceDir, const QString &name, int warmup, int changes)
{
    const QString path = sourceDir + QStringLiteral("/resources/samples/") + name + QStringLiteral(".json");
    auto data = fa::readInterchange(readFile(path));
    if (!data)
        fail(path + QStringLiteral(": ") + data.error().message);
    auto doc = fa::Document::create(std::move(data.value()));
    if (!doc)
        fail(path + QStringLiteral(": ") + doc.error().message);
    section(name.toUtf8().constData());
    reportDocument(name, *doc.value());
    const std::vector<Target> targets = sampleTargets(*doc.value());
    const Timing t = timeChanges(*doc.value(), targets, warmup, changes);
    verifyAgainstRebuild(*doc.value(), name);
    reportTiming(name, targets, t, 1000.0);
    reportProbe(name, *doc.value(), targets.front());
}

// ---- The synthetic 汇总 ----------------------------------------------------------------------

struct Large {
    fa::DocumentData data;
    std::vector<QString> codes; // every 项 code, sorted
    int invented = 0;
    QString t07Code, t08Code, inventedCode;
};

Large makeLarge(int items)
{
    const fa::Template *tpl = fa::findTemplate(QStringLiteral("2024"));
    if (!tpl)
        fail(QStringLiteral("no template 2024"));
    Large L;
    fa::DocumentData &d = L.data;
    d.templateId = tpl->id;
    d.unit = {QStringLiteral("基准测试汇总部门"), QStringLiteral("部门"), QStringLiteral("行政单位"), 2024,
              QStringLiteral("2025-09")};
    d.amountUnit = fa::AmountUnit::Yuan;

    // 项 codes: the catalogue's, then invented ones (suffixes 80–98 under each catalogue 款).
    std::vector<QString> catalogueItems, kinds;
    for (const auto &e : tpl->functions.entries()) {
        if (e.code.size() == 7)
            catalogueItems.push_back(e.code);
        else if (e.code.size() == 5)
            kinds.push_back(e.code);
    }
    std::set<QString> codes;
    if (items <= int(catalogueItems.size())) {
        for (int i = 0; i < items; ++i)
            codes.insert(catalogueItems[std::size_t(i) * catalogueItems.size() / std::size_t(items)]);
    } else {
        codes.insert(catalogueItems.begin(), catalogueItems.end());
        for (int suffix = 80; suffix <= 98 && int(codes.size()) < items; ++suffix) {
            for (const QString &kind : kinds) {
                if (int(codes.size()) >= items)
                    break;
                const QString code = kind + QString::number(suffix);
                if (tpl->functions.contains(code) || codes.count(code))
                    continue;
                codes.insert(code);
                d.subjects[code] = QStringLiteral("基准测试项目%1").arg(code);
                ++L.invented;
            }
        }
    }
    if (int(codes.size()) < items)
        fail(QStringLiteral("cannot make %1 distinct 项 codes (got %2)").arg(items).arg(codes.size()));
    L.codes.assign(codes.begin(), codes.end());

    Draw draw(0x46414442'32303234ULL); // "FADB" "2024"
    auto amount = [&] { return draw.between(10'000, 2'000'000'000); }; // 100 元 … 2,000万元, exact 分
    auto set = [&](const QString &table, const QString &row, const QString &column, std::int64_t fen) {
        d.values[slash(table, row, column)] = Money::fromFen(fen);
    };
    const QString T01 = QStringLiteral("t01"), T02 = QStringLiteral("t02"), T03 = QStringLiteral("t03"),
                  T04 = QStringLiteral("t04"), T05 = QStringLiteral("t05"), T06 = QStringLiteral("t06"),
                  T07 = QStringLiteral("t07"), T08 = QStringLiteral("t08"), T09 = QStringLiteral("t09");
    const QString JB = QStringLiteral("基本支出"), XM = QStringLiteral("项目支出");

    std::int64_t sum05 = 0, sum05basic = 0, sum03 = 0, sum07opening = 0, sum07income = 0, sum07spent = 0,
                 sum08 = 0, sum02other = 0;
    const QStringList otherIncome = {QStringLiteral("上级补助收入"), QStringLiteral("事业收入"), QStringLiteral("经营收入"),
                                     QStringLiteral("附属单位上缴收入"), QStringLiteral("其他收入")};
    const int otherIncomeChance[] = {30, 50, 20, 10, 40};
    const QStringList otherExpense = {QStringLiteral("上缴上级支出"), QStringLiteral("经营支出"),
                                      QStringLiteral("对附属单位补助支出")};
    std::vector<std::int64_t> fiscalWeight;
    for (std::size_t i = 0; i < L.codes.size(); ++i) {
        const QString &code = L.codes[i];
        // 05表 (一般公共预算财政拨款), and 03表 at least as large, column by column.
        const std::int64_t b5 = draw.percent(70) ? amount() : 0;
        const std::int64_t p5 = draw.percent(60) ? amount() : 0;
        set(T05, code, JB, b5);
        set(T05, code, XM, p5);
        std::int64_t budget = b5 + p5;
        const int budgetCase = int(draw.between(0, 9));
        if (budgetCase < 4) { // differs from 年初预算, with a reason (1 in 10 without)
            budget = std::max<std::int64_t>(0, budget + draw.between(-50'000'000, 50'000'000));
            if (budgetCase > 0)
                d.texts[QStringLiteral("reason/t05/") + code] = QStringLiteral("年中预算调整，按实际需要执行。");
        }
        set(T05, code, QStringLiteral("年初预算"), budget);
        sum05 += b5 + p5;
        sum05basic += b5;

        const std::int64_t b3 = b5 + (draw.percent(50) ? draw.between(0, 10'000'000) : 0);
        const std::int64_t p3 = p5 + (draw.percent(50) ? draw.between(0, 10'000'000) : 0);
        set(T03, code, JB, b3);
        set(T03, code, XM, p3);
        sum03 += b3 + p3;
        for (const QString &column : otherExpense) {
            if (draw.percent(25)) {
                const std::int64_t v = amount();
                set(T03, code, column, v);
                sum03 += v;
            }
        }

        // 02表: 财政拨款收入 is spread below so that it matches 01/04表; the other columns are free.
        fiscalWeight.push_back(draw.between(1, 1000));
        for (int c = 0; c < otherIncome.size(); ++c) {
            if (draw.percent(otherIncomeChance[c])) {
                const std::int64_t v = amount();
                set(T02, code, otherIncome.at(c), v);
                sum02other += v;
            }
        }
        d.subjectRows[T02].insert(code);
        d.subjectRows[T03].insert(code);
        d.subjectRows[T05].insert(code);

        // 07表 on one row in ten, 08表 on one in twenty.
        if (i % 10 == 3) {
            const std::int64_t opening = amount(), income = amount();
            const std::int64_t basic = draw.between(0, (opening + income) / 2);
            const std::int64_t project = draw.between(0, (opening + income) / 2);
            set(T07, code, QStringLiteral("年初结转和结余"), opening);
            set(T07, code, QStringLiteral("本年收入"), income);
            set(T07, code, JB, basic);
            set(T07, code, XM, project);
            sum07opening += opening;
            sum07income += income;
            sum07spent += basic + project;
            d.subjectRows[T07].insert(code);
            if (L.t07Code.isEmpty() && i >= L.codes.size() / 2)
                L.t07Code = code;
        }
        if (i % 20 == 7) {
            const std::int64_t basic = amount(), project = amount();
            set(T08, code, JB, basic);
            set(T08, code, XM, project);
            sum08 += basic + project;
            d.subjectRows[T08].insert(code);
            if (L.t08Code.isEmpty() && i >= L.codes.size() / 3)
                L.t08Code = code;
        }
        if (L.inventedCode.isEmpty() && d.subjects.count(code) && i >= L.codes.size() / 2)
            L.inventedCode = code;
    }
    if (L.t07Code.isEmpty())
        L.t07Code = *d.subjectRows[T07].begin();
    if (L.t08Code.isEmpty())
        L.t08Code = *d.subjectRows[T08].begin();
    if (L.inventedCode.isEmpty())
        L.inventedCode = L.codes.back();

    // 04表: each kind of money balances (本年收入 + 年初 = 本年支出 + 年末); 07表 totals match lines 2/30/60.
    const QString JE = QStringLiteral("金额");
    const std::int64_t line1 = sum05 + draw.between(0, 500'000'000), line2 = sum07income,
                       line3 = sum08 + draw.between(0, 500'000'000);
    const std::int64_t line29 = draw.between(0, 800'000'000), line30 = sum07opening,
                       line31 = draw.between(0, 100'000'000);
    set(T04, QStringLiteral("1"), JE, line1);
    set(T04, QStringLiteral("2"), JE, line2);
    set(T04, QStringLiteral("3"), JE, line3);
    set(T04, QStringLiteral("29"), JE, line29);
    set(T04, QStringLiteral("30"), JE, line30);
    set(T04, QStringLiteral("31"), JE, line31);
    set(T04, QStringLiteral("60"), QStringLiteral("一般公共预算财政拨款"), line1 + line29 - sum05);
    set(T04, QStringLiteral("60"), QStringLiteral("政府性基金预算财政拨款"), line2 + line30 - sum07spent);
    set(T04, QStringLiteral("60"), QStringLiteral("国有资本经营预算财政拨款"), line3 + line31 - sum08);

    // 02表 财政拨款收入 = 01表 lines 1–3 = 04表 lines 1–3, spread over the rows by weight.
    const std::int64_t fiscal = line1 + line2 + line3;
    const std::int64_t weights = std::accumulate(fiscalWeight.begin(), fiscalWeight.end(), std::int64_t(0));
    std::int64_t spread = 0;
    for (std::size_t i = 0; i < L.codes.size(); ++i) {
        const std::int64_t v = std::int64_t((__int128)fiscal * fiscalWeight[i] / weights);
        set(T02, L.codes[i], QStringLiteral("财政拨款收入"), v);
        spread += v;
    }
    d.values[slash(T02, L.codes.front(), QStringLiteral("财政拨款收入"))] =
        Money::fromFen(d.values[slash(T02, L.codes.front(), QStringLiteral("财政拨款收入"))].fen() + fiscal - spread);

    // 06表: every economic 款; together they make 05表 基本支出.
    std::vector<QString> economic;
    std::vector<std::int64_t> economicWeight;
    for (const auto &e : tpl->economics.entries()) {
        if (e.code.size() == 5) {
            economic.push_back(e.code);
            economicWeight.push_back(draw.between(1, 1000));
        }
    }
    const std::int64_t ew = std::accumulate(economicWeight.begin(), economicWeight.end(), std::int64_t(0));
    std::int64_t economicSpread = 0;
    for (std::size_t i = 0; i < economic.size(); ++i) {
        const std::int64_t v = std::int64_t((__int128)sum05basic * economicWeight[i] / ew);
        set(T06, economic[i], QStringLiteral("决算数"), v);
        economicSpread += v;
    }
    set(T06, economic.front(), QStringLiteral("决算数"),
        d.values[slash(T06, economic.front(), QStringLiteral("决算数"))].fen() + sum05basic - economicSpread);

    // 01表: 总计 balances.
    const QString JSS = QStringLiteral("决算数");
    const std::int64_t line27 = fiscal + sum02other;
    const std::int64_t line28 = draw.between(0, 100'000'000), line59 = draw.between(0, 100'000'000);
    const std::int64_t line29b = std::max<std::int64_t>(0, sum03 + line59 - line27 - line28) + draw.between(0, 800'000'000);
    set(T01, QStringLiteral("28"), JSS, line28);
    set(T01, QStringLiteral("29"), JSS, line29b);
    set(T01, QStringLiteral("59"), JSS, line59);
    set(T01, QStringLiteral("60"), JSS, line27 + line28 + line29b - sum03 - line59);

    // 09表: 决算 within 预算.
    for (const QString &column : {QStringLiteral("因公出国（境）费"), QStringLiteral("公务用车购置费"),
                                  QStringLiteral("公务用车运行维护费"), QStringLiteral("公务接待费")}) {
        const std::int64_t budget = draw.between(0, 50'000'000);
        set(T09, QStringLiteral("预算"), column, budget);
        set(T09, QStringLiteral("决算"), column, draw.between(0, budget));
    }

    // Last year's figures (unprinted 上年 columns of 01/04表): given for every line.
    for (const fa::TableDecl &table : tpl->tables) {
        for (const fa::LineDecl &l : table.lines) {
            for (const QString &column : l.entered) {
                if (column.startsWith(QStringLiteral("上年")))
                    set(table.id, l.key, column, draw.between(0, 2'000'000'000));
            }
        }
    }

    // Every entered cell of the fixed-line tables must have been filled, and only entered cells.
    for (const fa::TableDecl &table : tpl->tables) {
        for (const fa::LineDecl &l : table.lines) {
            for (const QString &column : l.entered) {
                if (table.rows == fa::RowSource::FixedLines && !d.values.count(slash(table.id, l.key, column)))
                    fail(QStringLiteral("the generator leaves %1 blank").arg(slash(table.id, l.key, column)));
            }
        }
    }
    for (const auto &[address, value] : d.values) {
        const auto r = fa::resolveEnteredAddress(*tpl, d.subjects, address);
        if (!r)
            fail(QStringLiteral("generated %1: %2").arg(address, r.error().message));
        if (value.isNegative())
            fail(QStringLiteral("generated a negative amount at %1").arg(address));
    }
    return L;
}

void benchLarge(const Large &L, int warmup, int changes)
{
    section("synthetic 汇总 (exact 元 data)");
    const QString name = QStringLiteral("large");
    count(QStringLiteral("large distinct 项 codes"), (long long)L.codes.size());
    count(QStringLiteral("large invented 项 codes (named in subjects)"), L.invented);
    long long itemRows = 0;
    QStringList perTable;
    for (const auto &[table, rows] : L.data.subjectRows) {
        itemRows += (long long)rows.size();
        perTable << QStringLiteral("%1 %2").arg(table).arg(rows.size());
    }
    count(QStringLiteral("large 项 rows, all tables"), itemRows);
    line(QStringLiteral("large 项 rows per table"), perTable.join(QStringLiteral(", ")));

    const auto start = Clock::now();
    auto doc = fa::Document::create(L.data);
    const auto end = Clock::now();
    if (!doc)
        fail(QStringLiteral("large: ") + doc.error().message);
    long long tableRows = 0;
    for (const fa::Sheet &s : doc.value()->engine().sheets())
        tableRows += s.rowCount();
    count(QStringLiteral("large table rows, all tables (合计/类/款/项 and lines)"), tableRows);
    reportDocument(name, *doc.value());
    figure(QStringLiteral("large Document::create (validate + engine + checks), one run"), microseconds(end - start) / 1000.0,
           "ms", 2);

    const QString mid = L.codes[L.codes.size() / 2];
    const QString early = L.codes[L.codes.size() / 7];
    const std::vector<QString> addresses = {
        slash(QStringLiteral("t05"), mid, QStringLiteral("基本支出")),  // → 05 tree → 04表 → t04/t05/t06 checks
        slash(QStringLiteral("t05"), L.inventedCode, QStringLiteral("项目支出")),
        slash(QStringLiteral("t03"), early, QStringLiteral("基本支出")), // → 03 tree → 01表 → balance
        slash(QStringLiteral("t03"), L.inventedCode, QStringLiteral("项目支出")),
        slash(QStringLiteral("t02"), mid, QStringLiteral("事业收入")),   // → 02 tree → 01表 line 5 → balance
        slash(QStringLiteral("t02"), early, QStringLiteral("财政拨款收入")),
        slash(QStringLiteral("t07"), L.t07Code, QStringLiteral("本年收入")), // → 年末 → 07 tree → 04 checks
        slash(QStringLiteral("t07"), L.t07Code, QStringLiteral("基本支出")),
        slash(QStringLiteral("t08"), L.t08Code, QStringLiteral("项目支出")),
        slash(QStringLiteral("t05"), early, QStringLiteral("年初预算")),
        QStringLiteral("t06/30101/决算数"),
        QStringLiteral("t01/29/决算数"),
    };
    std::vector<Target> targets;
    for (const QString &a : addresses)
        targets.push_back(targetAt(*doc.value(), a));
    const Timing t = timeChanges(*doc.value(), targets, warmup, changes);
    verifyAgainstRebuild(*doc.value(), name);
    reportTiming(name, targets, t, 5000.0);
    reportProbe(name, *doc.value(), targets.front());
}

// ---- The file --------------------------------------------------------------------------------

void benchStore(const Large &L, int runs)
{
    section("document file (large)");
    QTemporaryDir dir;
    if (!dir.isValid())
        fail(QStringLiteral("cannot make a temporary directory: ") + dir.errorString());
    std::vector<double> createMs;
    QString path;
    for (int run = 0; run < runs; ++run) {
        path = dir.filePath(QStringLiteral("large-%1.fadb").arg(run));
        const auto start = Clock::now();
        const fa::Status s = fa::Store::create(path, L.data);
        const auto end = Clock::now();
        if (s)
            fail(QStringLiteral("Store::create: ") + s->message);
        createMs.push_back(microseconds(end - start) / 1000.0);
    }
    figure(QStringLiteral("large file size"), double(QFileInfo(path).size()) / 1024.0, "KiB", 0);
    figure(QStringLiteral("large write (Store::create) median of %1").arg(runs), statsOf(createMs).median, "ms", 2);

    releaseFreedMemory();
    const double rssBefore = procStatusMiB("VmRSS");
    double rssOpen = 0;
    std::vector<double> openMs, loadMs, buildMs, totalMs, closeMs;
    for (int run = 0; run < runs; ++run) {
        const auto t0 = Clock::now();
        auto store = fa::Store::open(path, fa::Store::Mode::ReadWrite);
        if (!store)
            fail(QStringLiteral("Store::open: ") + store.error().message);
        const auto t1 = Clock::now();
        auto data = store.value()->load();
        if (!data)
            fail(QStringLiteral("Store::load: ") + data.error().message);
        const auto t2 = Clock::now();
        auto doc = fa::Document::create(std::move(data.value()));
        if (!doc)
            fail(QStringLiteral("Document::create: ") + doc.error().message);
        const auto t3 = Clock::now();
        openMs.push_back(microseconds(t1 - t0) / 1000.0);
        loadMs.push_back(microseconds(t2 - t1) / 1000.0);
        buildMs.push_back(microseconds(t3 - t2) / 1000.0);
        totalMs.push_back(microseconds(t3 - t0) / 1000.0);
        if (run == runs - 1)
            rssOpen = procStatusMiB("VmRSS");
        if (!(doc.value()->data() == L.data))
            fail(QStringLiteral("the document read back differs from the one written"));
        const auto t4 = Clock::now();
        store.value().reset();
        const auto t5 = Clock::now();
        closeMs.push_back(microseconds(t5 - t4) / 1000.0);
    }
    figure(QStringLiteral("large open (Store::open ReadWrite + load + Document::create) median of %1").arg(runs),
           statsOf(totalMs).median, "ms", 2);
    figure(QStringLiteral("  of which Store::open median"), statsOf(openMs).median, "ms", 2);
    figure(QStringLiteral("  of which Store::load median"), statsOf(loadMs).median, "ms", 2);
    figure(QStringLiteral("  of which Document::create median"), statsOf(buildMs).median, "ms", 2);
    figure(QStringLiteral("large close (~Store, WAL checkpoint) median"), statsOf(closeMs).median, "ms", 2);
    figure(QStringLiteral("resident size before opening the large document"), rssBefore, "MiB", 1);
    figure(QStringLiteral("resident size after opening the large document (VmRSS)"), rssOpen, "MiB", 1);
}

int usage()
{
    std::printf("usage: fa_bench [SOURCE_DIR] [--items N] [--changes N] [--warmup N] [--runs N]\n");
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString sourceDir = QStringLiteral(FA_SOURCE_DIR);
    int items = 2000, changes = 2000, warmup = 200, runs = 5;
    const QStringList args = QCoreApplication::arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        auto number = [&](int minimum) {
            bool ok = false;
            const int v = i + 1 < args.size() ? args.at(i + 1).toInt(&ok) : 0;
            if (!ok || v < minimum)
                fail(QStringLiteral("%1 needs a number ≥ %2").arg(a).arg(minimum));
            ++i;
            return v;
        };
        if (a == QLatin1String("--items"))
            items = number(1);
        else if (a == QLatin1String("--changes"))
            changes = number(1);
        else if (a == QLatin1String("--warmup"))
            warmup = number(0);
        else if (a == QLatin1String("--runs"))
            runs = number(1);
        else if (a == QLatin1String("--help") || a == QLatin1String("-h"))
            return usage();
        else if (a.startsWith(QLatin1Char('-')))
            fail(QStringLiteral("unknown option %1").arg(a));
        else
            sourceDir = a;
    }
    if (!QFileInfo(sourceDir + QStringLiteral("/resources/samples")).isDir())
        fail(QStringLiteral("%1 is not the source tree (no resources/samples)").arg(sourceDir));

    section("machine");
    count(QStringLiteral("cores (hardware threads)"), (long long)std::thread::hardware_concurrency());
    line(QStringLiteral("cpu"), cpuModel());
    const QString buildType = QStringLiteral(FA_BUILD_TYPE);
    line(QStringLiteral("build type"), buildType.isEmpty() ? QStringLiteral("(none)") : buildType);
#ifdef __VERSION__
    line(QStringLiteral("compiler"), QStringLiteral(__VERSION__));
#endif
    line(QStringLiteral("Qt"), QString::fromLatin1(qVersion()));
#if defined(QT_NO_DEBUG)
    line(QStringLiteral("Q_ASSERT"), QStringLiteral("off"));
#else
    line(QStringLiteral("Q_ASSERT"), QStringLiteral("on"));
#endif
    line(QStringLiteral("timed changes per document / warm-up"), QStringLiteral("%1 / %2").arg(changes).arg(warmup));

    benchSample(sourceDir, QStringLiteral("nanyang-cac-2024"), warmup, changes);
    benchSample(sourceDir, QStringLiteral("nanyang-bigdata-2024"), warmup, changes);

    const auto start = Clock::now();
    const Large large = makeLarge(items);
    const auto end = Clock::now();
    benchLarge(large, warmup, changes);
    figure(QStringLiteral("large generation (not part of the core)"), microseconds(end - start) / 1000.0, "ms", 1);
    benchStore(large, runs);

    section("memory");
    figure(QStringLiteral("peak resident size (VmHWM)"), procStatusMiB("VmHWM"), "MiB", 1);
    figure(QStringLiteral("resident size at exit (VmRSS)"), procStatusMiB("VmRSS"), "MiB", 1);
    if (!g_problems.isEmpty()) {
        std::fflush(stdout);
        for (const QString &p : std::as_const(g_problems))
            std::fprintf(stderr, "fa_bench: FAILED (core): %s\n", p.toUtf8().constData());
        return 1;
    }
    std::printf("\nfa_bench: ok\n");
    return 0;
}
