// fa_bench: how fast the core keeps a document current, and what storing and opening one costs.
//
//   fa_bench [SOURCE_DIR] [--items N] [--changes N] [--warmup N] [--runs N] [--batch-runs N] [--row-adds N]
//
// SOURCE_DIR is the source tree (for resources/samples); it defaults to the one this was built
// from. --items is the number of distinct 项 codes of the synthetic 汇总 (default 2000),
// --changes the number of timed changes per document (default 2000), --runs the number of file
// writes/opens timed (default 5), --batch-runs the number of timed runs of each batch below
// (default 30), --row-adds the number of timed new 项 rows (default 300).
//
// Figures, one per line, "label: value unit":
//  1. the two sample documents: one Document::setValue on an existing 项 cell, which brings every
//     derived cell (Engine::setEntered) and every check (Checker::cellsChanged) up to date;
//  2. the same on a generated large 汇总 (exact 元 data, coherent so that it passes the checks);
//  3. writing the large document to a .fadb file and opening it again (Store + Document::create);
//  4. peak and resident memory (of what comes before);
//  5. batches and new 项 rows on the large document, in memory (Document::apply) and durable
//     (DocumentFile::apply on a file written by Store::create: validation, every statement in one
//     SQLite transaction with synchronous=FULL, then one recompute). Each figure is p50/p99/max
//     wall-clock ms over the timed runs (after a few untimed ones), with the target beside
//     the p99 where it gives one, and the thread CPU time on a line of its own (it leaves out
//     waiting for the disk, or for a core on a busy machine):
//     - "batch of 1000 cells": one batch of 1,000 SetValue edits on stored cells spread evenly over
//       the entered values (so over every table and many rows), each to a new exact 元 amount;
//       "…, inverse" is its inverse batch, which puts them back (target for both < 30 ms,
//       including the one durable commit). To see where the time goes: in memory, the same cells
//       set to the values they hold (validated, then dropped: no recompute); durable, Store::write
//       of the same statements alone.
//     - "one new 项 row": one SetValue in a 项 row its table does not list, which adds the row (and
//       its 款 and 类 when missing); "one 项 row removed" is its inverse. Round robin over 02, 03,
//       05, 07 and 08表 and, in each, over three kinds: its 款 listed, a new 款, a new 类 (broken
//       down by table and by kind). The code is a catalogue 项: 07/08表 take ones they do not list;
//       02/03/05表 list every catalogue 项 of the generated document, so there the row (with the
//       rest of its 款 or 类, for those kinds) is removed first and put back after, untimed.
//       Target (in memory) p99 < 1 ms.
//     - "batch adding 100 rows": one batch of 100 SetValue edits in 100 unlisted 项 rows of
//       02/03/05表 (34/33/33; removed first in one untimed batch and put back after), then its
//       inverse, which removes them (timed separately). Target < 20 ms.
//     Every ChangeSet is checked (rowsRemoved/rowsInserted must turn the rows before into the rows
//     after, as a view following them would, and count exactly the rows that went and came; a
//     batch of values must list every edited cell and no rows). Afterwards the document must equal
//     a rebuild from its data: every living cell, by address (removed cell ids are given to new cells),
//     the rows of every table and the findings; and its data (durable: the file read back) must
//     equal the data before.
//     Then peak and resident memory again.
// Everything generated is deterministic (fixed seed, own integer draws); only the times vary.
// After the timed changes each document is compared with a fresh rebuild from its data, so the
// figures are for changes that really did bring everything up to date. Any error exits 1.

#include "catalog.h"
#include "document.h"
#include "documentdata.h"
#include "documentfile.h"
#include "interchange.h"
#include "benchsupport.h"
#include "largedocument.h"
#include "money.h"
#include "narrative.h"
#include "store.h"
#include "template.h"
#include "textcheck.h"

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
#include <ctime>
#include <fstream>
#include <functional>
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

// FA_SOURCE_DIR and FA_BUILD_TYPE come from bench/CMakeLists.txt.
namespace {

using namespace fa::bench; // statsOf, cpuModel, threadCpuMs, section, line (benchsupport.h)

[[noreturn]] void fail(const QString &what)
{
    fa::bench::fail("fa_bench", what);
}

using Clock = std::chrono::steady_clock;
using fa::Money;
using fa::bench::Draw;
using fa::bench::Large;
using fa::bench::makeLarge;
using fa::bench::slash;

double microseconds(Clock::duration d)
{
    return std::chrono::duration<double, std::micro>(d).count();
}

// ---- Output ----------------------------------------------------------------------------------

void figure(const QString &label, double value, const char *unit, int decimals = 1)
{
    std::printf("%s: %.*f %s\n", label.toUtf8().constData(), decimals, value, unit);
}

void count(const QString &label, long long value)
{
    std::printf("%s: %lld\n", label.toUtf8().constData(), value);
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
        const auto r = fa::resolveEnteredAddress(doc.templ(), doc.data().subjects, t.address);
        if (!r)
            fail(r.error().message);
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

// The text parts: 情况说明 generated from the numbers, and the contradiction finder over every text
// (which generates the sections it compares with, and the glossary). The editor runs both after a
// change that touches them.
void benchTexts(const QString &name, const fa::Document &doc, int runs)
{
    std::vector<double> generate, check;
    std::size_t findings = 0;
    for (int i = 0; i < runs; ++i) {
        auto start = Clock::now();
        const auto sections = fa::explanation(doc);
        generate.push_back(microseconds(Clock::now() - start) / 1000.0);
        start = Clock::now();
        findings = fa::checkTexts(doc).size();
        check.push_back(microseconds(Clock::now() - start) / 1000.0);
    }
    figure(name + QStringLiteral(" 情况说明 generated (explanation) median of %1").arg(runs), statsOf(generate).median, "ms", 3);
    figure(name + QStringLiteral(" texts checked (checkTexts) median of %1").arg(runs), statsOf(check).median, "ms", 3);
    figure(name + QStringLiteral(" text findings"), double(findings), "", 0);
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
    benchTexts(name, *doc.value(), 50);
}

// ---- The synthetic 汇总 (largedocument.h) ----------------------------------------------------

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
    benchTexts(name, *doc.value(), 5);
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

// ---- Batches and new 项 rows -----------------------------------------------------------------

double millis(Clock::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

// One line "label (p50/p99/max): a / b / c ms (n runs)", for breakdowns.
void msBreakdown(const QString &label, const std::vector<double> &ms)
{
    const Stats s = statsOf(ms);
    line(label + QStringLiteral(" (p50/p99/max)"), QStringLiteral("%1 / %2 / %3 ms (%4 runs)")
                                                       .arg(s.median, 0, 'f', 3)
                                                       .arg(s.p99, 0, 'f', 3)
                                                       .arg(s.max, 0, 'f', 3)
                                                       .arg(ms.size()));
}

// "label runs", "label p50", "label p99" (with the target beside it, when it gives one)
// and "label max", in ms.
void msFigures(const QString &label, const std::vector<double> &ms, double targetMs = 0)
{
    const Stats s = statsOf(ms);
    count(label + QStringLiteral(" runs"), (long long)ms.size());
    figure(label + QStringLiteral(" p50"), s.median, "ms", 3);
    if (targetMs > 0)
        line(label + QStringLiteral(" p99"),
             QStringLiteral("%1 ms (target < %2 ms: %3)")
                 .arg(s.p99, 0, 'f', 3)
                 .arg(targetMs)
                 .arg(s.p99 < targetMs ? QStringLiteral("met") : QStringLiteral("MISSED")));
    else
        figure(label + QStringLiteral(" p99"), s.p99, "ms", 3);
    figure(label + QStringLiteral(" max"), s.max, "ms", 3);
}

// Applies a batch to the document in memory (Document::apply) or to the file (DocumentFile::apply).
struct Applier {
    std::function<fa::Result<fa::Applied>(const fa::Batch &)> apply;
    std::function<const fa::Document &()> document;
};
struct Timed {
    fa::Applied applied;
    double ms = 0;    // wall clock
    double cpuMs = 0; // thread CPU time
};

Timed timedApply(const Applier &target, const fa::Batch &batch, const QString &what)
{
    const double cpu0 = threadCpuMs();
    const auto start = Clock::now();
    auto r = target.apply(batch);
    const auto end = Clock::now();
    const double cpu1 = threadCpuMs();
    if (!r)
        fail(what + QStringLiteral(": ") + r.error().message);
    return {std::move(r.value()), millis(end - start), cpu1 - cpu0};
}

// Timed runs: wall clock (the figures) and thread CPU time (to tell the work from waiting).
struct Samples {
    std::vector<double> wall, cpu;
    void add(const Timed &t)
    {
        wall.push_back(t.ms);
        cpu.push_back(t.cpuMs);
    }
};

// The wall-clock figures, then the thread CPU time on one line.
void msFigures(const QString &label, const Samples &samples, double targetMs = 0)
{
    msFigures(label, samples.wall, targetMs);
    msBreakdown(label + QStringLiteral(", thread CPU time"), samples.cpu);
}

// An exact 元 amount (not whole 0.01 万元) from `fen` on.
std::int64_t exactYuan(std::int64_t fen)
{
    return fen % Money::kFenPerWanyuanCent == 0 ? fen + 1 : fen;
}

// The row keys of every table of subjects, by sheet.
using Shape = std::map<int, std::vector<QString>>;

Shape shapeOf(const fa::Engine &engine)
{
    Shape shape;
    for (int s = 0; s < int(engine.sheets().size()); ++s) {
        const fa::Sheet &sheet = engine.sheets()[std::size_t(s)];
        if (!sheet.hasSubjectRows())
            continue;
        std::vector<QString> &keys = shape[s];
        keys.reserve(sheet.rows.size());
        for (const fa::RowInfo &r : sheet.rows)
            keys.push_back(r.key);
    }
    return shape;
}

// How many keys of `a` are not in `b` (both 合计 first, then ascending codes).
int keysNotIn(const std::vector<QString> &a, const std::vector<QString> &b)
{
    int n = 0;
    std::size_t i = 1, j = 1;
    while (i < a.size()) {
        if (j == b.size() || a[i] < b[j]) {
            ++n;
            ++i;
        } else if (b[j] < a[i]) {
            ++j;
        } else {
            ++i;
            ++j;
        }
    }
    return n;
}

// Whether a ChangeSet's rowsRemoved/rowsInserted turn the rows before into the rows after, as a
// view following them would (removed last to first, then inserted first to last), and report no
// more rows than really went and came (no row goes and comes back within these batches). Empty
// when they do.
QString checkRowSpans(const fa::ChangeSet &cs, const Shape &before, const Shape &after, const fa::Engine &engine)
{
    for (const auto *spans : {&cs.rowsRemoved, &cs.rowsInserted}) {
        for (const fa::RowSpan &span : *spans) {
            if (!before.count(span.sheet) || span.count <= 0)
                return QStringLiteral("a row span {%1, %2, %3} names no table of subjects or no rows")
                    .arg(span.sheet)
                    .arg(span.first)
                    .arg(span.count);
        }
    }
    for (const auto &[sheet, old] : before) {
        const std::vector<QString> &now = after.at(sheet);
        const QString table = engine.sheets()[std::size_t(sheet)].decl->id;
        std::vector<QString> keys = old;
        int removed = 0, inserted = 0;
        for (const fa::RowSpan &span : cs.rowsRemoved) {
            if (span.sheet != sheet)
                continue;
            if (span.first < 1 || std::size_t(span.first + span.count) > keys.size())
                return QStringLiteral("%1: rows removed at %2 (+%3) lie outside the %4 rows")
                    .arg(table).arg(span.first).arg(span.count).arg(keys.size());
            keys.erase(keys.begin() + span.first, keys.begin() + span.first + span.count);
            removed += span.count;
        }
        for (const fa::RowSpan &span : cs.rowsInserted) {
            if (span.sheet != sheet)
                continue;
            if (span.first < 1 || std::size_t(span.first) > keys.size() || std::size_t(span.first + span.count) > now.size())
                return QStringLiteral("%1: rows inserted at %2 (+%3) lie outside the table").arg(table).arg(span.first).arg(span.count);
            keys.insert(keys.begin() + span.first, now.begin() + span.first, now.begin() + span.first + span.count);
            inserted += span.count;
        }
        if (keys != now)
            return QStringLiteral("%1: the rows removed and inserted do not turn the %2 rows before into the %3 after")
                .arg(table).arg(old.size()).arg(now.size());
        const int gone = keysNotIn(old, now), came = keysNotIn(now, old);
        if (removed != gone || inserted != came)
            return QStringLiteral("%1: %2 rows reported removed and %3 inserted; %4 went and %5 came")
                .arg(table).arg(removed).arg(inserted).arg(gone).arg(came);
    }
    return {};
}

void mustHaveRows(const fa::ChangeSet &cs, const Shape &before, const Shape &after, const fa::Engine &engine,
                  const QString &what)
{
    const QString problem = checkRowSpans(cs, before, after, engine);
    if (!problem.isEmpty())
        fail(what + QStringLiteral(": the ChangeSet reports rows wrongly: ") + problem);
}

// How the incrementally maintained document differs from one rebuilt from its data, cell by
// address (cell ids differ once rows have come and gone: removed ids are given to new cells), row by
// row and finding by finding. Empty when it does not.
QString differenceByAddress(const fa::Document &doc)
{
    auto fresh = fa::Document::create(doc.data());
    if (!fresh)
        return fresh.error().message;
    const fa::Engine &a = doc.engine();
    const fa::Engine &b = fresh.value()->engine();
    int aliveA = 0, aliveB = 0;
    for (fa::CellId id = 0; id < a.cellCount(); ++id) {
        if (!a.isAlive(id))
            continue;
        ++aliveA;
        const QString address = a.address(id);
        const fa::CellId other = b.find(address);
        if (other == fa::kNoCell || !b.isAlive(other))
            return QStringLiteral("%1 is a cell here, but not in a rebuild").arg(address);
        if (a.value(id) != b.value(other) || a.leafCount(id) != b.leafCount(other)
            || a.fineLeafCount(id) != b.fineLeafCount(other) || a.isSet(id) != b.isSet(other))
            return QStringLiteral("%1 is %2 元 (%3 leaves, %4 fine, %5), a rebuild gives %6 元 (%7 leaves, %8 fine, %9)")
                .arg(address, a.value(id).toYuanString())
                .arg(a.leafCount(id))
                .arg(a.fineLeafCount(id))
                .arg(a.isSet(id) ? QStringLiteral("set") : QStringLiteral("blank"))
                .arg(b.value(other).toYuanString())
                .arg(b.leafCount(other))
                .arg(b.fineLeafCount(other))
                .arg(b.isSet(other) ? QStringLiteral("set") : QStringLiteral("blank"));
    }
    for (fa::CellId id = 0; id < b.cellCount(); ++id)
        aliveB += b.isAlive(id) ? 1 : 0;
    if (aliveA != aliveB)
        return QStringLiteral("%1 living cells, a rebuild has %2").arg(aliveA).arg(aliveB);
    if (a.sheets().size() != b.sheets().size())
        return QStringLiteral("a different number of tables");
    for (std::size_t s = 0; s < a.sheets().size(); ++s) {
        const auto &ra = a.sheets()[s].rows, &rb = b.sheets()[s].rows;
        if (ra.size() != rb.size())
            return QStringLiteral("table %1 has %2 rows, a rebuild %3").arg(a.sheets()[s].decl->id).arg(ra.size()).arg(rb.size());
        for (std::size_t r = 0; r < ra.size(); ++r) {
            if (ra[r].key != rb[r].key || ra[r].label != rb[r].label || ra[r].kind != rb[r].kind)
                return QStringLiteral("table %1 row %2 is %3 %4, a rebuild has %5 %6")
                    .arg(a.sheets()[s].decl->id)
                    .arg(r)
                    .arg(ra[r].key, ra[r].label, rb[r].key, rb[r].label);
        }
    }
    if (doc.checker().findings() != fresh.value()->checker().findings())
        return QStringLiteral("the findings differ from a rebuild (%1 here, %2 there)")
            .arg(doc.checker().findings().size())
            .arg(fresh.value()->checker().findings().size());
    return {};
}

void verifyRestored(const fa::Document &doc, const fa::DocumentData &before, const QString &name)
{
    const QString diff = differenceByAddress(doc);
    if (!diff.isEmpty())
        fail(name + QStringLiteral(": after the batches and new rows, ") + diff);
    if (!(doc.data() == before))
        fail(name + QStringLiteral(": after the batches and new rows and their inverses the data differ from before"));
    line(name + QStringLiteral(" equals a rebuild (by address) and its data are as before"), QStringLiteral("yes"));
}

// The 1,000-cell batch: stored cells spread evenly over the document's entered values (so over
// every table, in proportion to what each holds), each given a different exact 元 amount.
fa::Batch thousandCells(const fa::Document &doc, int cells)
{
    const auto &values = doc.data().values;
    if (int(values.size()) < cells)
        fail(QStringLiteral("the document has fewer than %1 stored cells").arg(cells));
    Draw draw(0x42415443'48303030ULL); // "BATCH000"
    fa::Batch batch;
    batch.reserve(std::size_t(cells));
    auto it = values.begin();
    std::size_t at = 0;
    for (int i = 0; i < cells; ++i) {
        const std::size_t want = std::size_t(i) * values.size() / std::size_t(cells);
        std::advance(it, std::ptrdiff_t(want - at));
        at = want;
        const std::int64_t v = exactYuan(it->second.fen() + draw.between(1, 50'000'000));
        batch.push_back(fa::Edit::setValue(it->first, Money::fromFen(v)));
    }
    return batch;
}

QString perTable(const fa::Batch &batch)
{
    std::map<QString, int> n;
    for (const fa::Edit &e : batch)
        ++n[e.key.section(QLatin1Char('/'), 0, 0)];
    QStringList parts;
    for (const auto &[table, k] : n)
        parts << QStringLiteral("%1 %2").arg(table).arg(k);
    return parts.join(QStringLiteral(", "));
}

// Times the 1,000-cell batch and its inverse, `runs` times after `warmup` untimed runs.
void benchThousand(const Applier &target, const QString &label, int warmup, int runs, double targetMs,
                   fa::Store *store)
{
    const fa::Batch batch = thousandCells(target.document(), 1000);
    if (store == nullptr)
        line(QStringLiteral("batch of 1000 cells: cells per table"), perTable(batch));
    Samples applyMs, inverseMs;
    for (int run = 0; run < warmup + runs; ++run) {
        const Timed a = timedApply(target, batch, label);
        const fa::ChangeSet &cs = a.applied.changes;
        if (cs.structural())
            fail(label + QStringLiteral(": a batch of values reported rows"));
        if (a.applied.inverse.size() != batch.size())
            fail(label + QStringLiteral(": the inverse has %1 edits").arg(a.applied.inverse.size()));
        std::set<fa::CellId> reported(cs.cells.begin(), cs.cells.end());
        for (const fa::Edit &e : batch) {
            if (!reported.count(target.document().engine().find(e.key)))
                fail(label + QStringLiteral(": %1 changed but is not in the ChangeSet").arg(e.key));
        }
        const Timed b = timedApply(target, a.applied.inverse, label + QStringLiteral(", inverse"));
        if (b.applied.changes.structural())
            fail(label + QStringLiteral(": the inverse of a batch of values reported rows"));
        reported = std::set<fa::CellId>(b.applied.changes.cells.begin(), b.applied.changes.cells.end());
        for (const fa::Edit &e : batch) {
            if (!reported.count(target.document().engine().find(e.key)))
                fail(label + QStringLiteral(": %1 changed back but is not in the inverse's ChangeSet").arg(e.key));
        }
        if (run < warmup)
            continue;
        applyMs.add(a);
        inverseMs.add(b);
    }
    msFigures(label, applyMs, targetMs);
    msFigures(label + QStringLiteral(", inverse (the same cells back)"), inverseMs, targetMs);

    if (store == nullptr) {
        // Where the time goes: the same edits with the values the cells already hold are
        // validated (address, amount, row) and then dropped, with nothing to write or recompute.
        fa::Batch same;
        for (const fa::Edit &e : batch)
            same.push_back(fa::Edit::setValue(e.key, target.document().storedValue(e.key)));
        Samples validateMs;
        for (int run = 0; run < warmup + runs; ++run) {
            const Timed v = timedApply(target, same, label + QStringLiteral(", unchanged"));
            if (!v.applied.changes.empty() || !v.applied.inverse.empty())
                fail(label + QStringLiteral(": a batch of unchanged values changed something"));
            if (run >= warmup)
                validateMs.add(v);
        }
        msBreakdown(label + QStringLiteral(": the same cells with the values they hold (validation only)"), validateMs.wall);
        msBreakdown(label + QStringLiteral(": the same cells with the values they hold (validation only), thread CPU time"),
                    validateMs.cpu);
    } else {
        // Where the time goes: the same 1,000 statements straight through Store::write (one
        // transaction, synchronous=FULL), then the old values back.
        std::vector<fa::StoreOp> forth, back;
        for (const fa::Edit &e : batch) {
            forth.push_back({fa::StoreOp::Kind::PutCell, e.key, {}, e.value->fen()});
            back.push_back({fa::StoreOp::Kind::PutCell, e.key, {}, target.document().storedValue(e.key)->fen()});
        }
        std::vector<double> writeMs;
        for (int run = 0; run < warmup + runs; ++run) {
            for (const auto *ops : {&forth, &back}) {
                const auto start = Clock::now();
                if (const fa::Status s = store->write(*ops))
                    fail(QStringLiteral("Store::write: ") + s->message);
                if (run >= warmup)
                    writeMs.push_back(millis(Clock::now() - start));
            }
        }
        msBreakdown(label + QStringLiteral(": Store::write of the same 1000 statements alone"), writeMs);
    }
}

// One timed new 项 row: a value in a 项 row its table does not list. The rows in `hold` are
// removed first, untimed, and put back after: 02/03/05表 list every catalogue 项 of the
// generated document, so a new row there is one taken out first (with its 款 or 类 when the
// case is about those); `rows` is how many rows the new value must bring (1 项, 2 款 + 项,
// 3 类 + 款 + 项).
struct RowCase {
    QString table;
    QString code;
    QString column;
    std::int64_t fen = 0;
    std::vector<QString> hold;
    int rows = 1;
};

// The cases, round robin over 02, 03, 05, 07 and 08表 and, in each table, over the three kinds
// (its 款 listed, a new 款, a new 类), each kind's picks spread over its candidates. The added
// code is always a catalogue 项. In a table that does not list every catalogue 项 (07/08表) only
// codes it does not list are taken, with nothing held, as long as there are such codes of that
// kind; a new 类 is taken among the half of the 类 with the fewest rows in that table.
std::vector<RowCase> rowCases(const fa::Document &doc, int n)
{
    Draw draw(0x4e45575f'524f5753ULL); // "NEW_ROWS"
    const std::pair<QString, QStringList> tables[] = {
        {QStringLiteral("t02"), {QStringLiteral("事业收入"), QStringLiteral("财政拨款收入"), QStringLiteral("其他收入")}},
        {QStringLiteral("t03"), {QStringLiteral("基本支出"), QStringLiteral("项目支出"), QStringLiteral("经营支出")}},
        {QStringLiteral("t05"), {QStringLiteral("项目支出"), QStringLiteral("基本支出"), QStringLiteral("年初预算")}},
        {QStringLiteral("t07"), {QStringLiteral("本年收入"), QStringLiteral("基本支出"), QStringLiteral("项目支出"),
                                 QStringLiteral("年初结转和结余")}},
        {QStringLiteral("t08"), {QStringLiteral("基本支出"), QStringLiteral("项目支出")}},
    };
    std::vector<QString> catalogue;
    for (const auto &e : doc.templ().functions.entries()) {
        if (e.code.size() == 7)
            catalogue.push_back(e.code);
    }
    const int perTable = (n + int(std::size(tables)) - 1) / int(std::size(tables));
    std::vector<std::vector<RowCase>> byTable;
    for (const auto &[table, columns] : tables) {
        const std::set<QString> &listed = doc.data().subjectRows.at(table);
        auto under = [&](const QString &prefix) {
            std::vector<QString> out;
            for (auto it = listed.lower_bound(prefix); it != listed.end() && it->startsWith(prefix); ++it)
                out.push_back(*it);
            return out;
        };
        std::map<QString, int> perClass;
        for (const QString &code : listed)
            ++perClass[code.left(3)];
        std::vector<std::pair<int, QString>> classes; // (listed 项, 类), fewest first
        for (const QString &c : doc.templ().functions.classes())
            classes.push_back({perClass.count(c) ? perClass[c] : 0, c});
        std::sort(classes.begin(), classes.end());
        std::set<QString> smallClasses;
        for (std::size_t i = 0; i < classes.size() / 2; ++i)
            smallClasses.insert(classes[i].second);

        // Candidates of each kind (1, 2, 3 rows): those with nothing to hold, and those with.
        std::vector<RowCase> unheld[4], held[4];
        for (const QString &code : catalogue) {
            const std::vector<QString> inKind = under(code.left(5)), inClass = under(code.left(3));
            const bool isListed = listed.count(code) > 0;
            RowCase c{table, code, {}, 0, {}, 1};
            if (inKind.size() > (isListed ? 1u : 0u)) { // its 款 stays
                if (isListed)
                    c.hold = {code};
                (c.hold.empty() ? unheld : held)[1].push_back(c);
            }
            if (inClass.size() > inKind.size()) { // its 类 stays, its 款 goes (or is not there)
                c.hold = inKind;
                c.rows = 2;
                (c.hold.empty() ? unheld : held)[2].push_back(c);
            }
            if (smallClasses.count(code.left(3))) {
                c.hold = inClass;
                c.rows = 3;
                (c.hold.empty() ? unheld : held)[3].push_back(c);
            }
        }
        std::vector<std::vector<RowCase>> lists;
        for (int k = 1; k <= 3; ++k)
            lists.push_back(!unheld[k].empty() ? unheld[k] : held[k]);
        // How many of each kind: in turn, while a kind has candidates left.
        std::vector<std::size_t> want(lists.size(), 0);
        int total = 0;
        for (bool progress = true; progress && total < perTable;) {
            progress = false;
            for (std::size_t l = 0; l < lists.size() && total < perTable; ++l) {
                if (want[l] < lists[l].size()) {
                    ++want[l];
                    ++total;
                    progress = true;
                }
            }
        }
        std::vector<RowCase> cases;
        for (std::size_t k = 0; int(cases.size()) < total; ++k) {
            for (std::size_t l = 0; l < lists.size(); ++l) {
                if (k < want[l]) {
                    RowCase c = lists[l][k * lists[l].size() / want[l]];
                    c.column = columns.at(int(cases.size() % std::size_t(columns.size())));
                    c.fen = exactYuan(draw.between(10'000, 2'000'000'000));
                    cases.push_back(std::move(c));
                }
            }
        }
        byTable.push_back(std::move(cases));
    }
    std::vector<RowCase> out;
    for (std::size_t k = 0; int(out.size()) < n; ++k) {
        bool any = false;
        for (const auto &cases : byTable) {
            if (k < cases.size() && int(out.size()) < n) {
                out.push_back(cases[k]);
                any = true;
            }
        }
        if (!any)
            fail(QStringLiteral("not enough 项 codes for %1 new rows").arg(n));
    }
    return out;
}

struct RowTiming {
    Samples addMs, removeMs;
    std::map<QString, std::vector<double>> addByTable;
    std::map<int, std::vector<double>> addByRows; // by rows inserted: 1 项, 2 款+项, 3 类+款+项
};

// Adds a row with one value (timed), removes it with the inverse (timed), and checks both ChangeSets.
void oneRow(const Applier &target, const RowCase &c, const QString &label, RowTiming *timing)
{
    const QString address = slash(c.table, c.code, c.column);
    std::optional<fa::Applied> held;
    if (!c.hold.empty()) {
        fa::Batch hold;
        for (const QString &code : c.hold)
            hold.push_back(fa::Edit::removeRow(c.table, code));
        auto r = target.apply(hold);
        if (!r)
            fail(label + QStringLiteral(": removing %1 rows of %2 first: ").arg(c.hold.size()).arg(c.table) + r.error().message);
        held = std::move(r.value());
    }
    const Shape before = shapeOf(target.document().engine());
    const Timed add = timedApply(target, {fa::Edit::setValue(address, Money::fromFen(c.fen))}, label);
    const Shape added = shapeOf(target.document().engine());
    mustHaveRows(add.applied.changes, before, added, target.document().engine(), label + QStringLiteral(" at ") + address);
    const int rows = std::accumulate(add.applied.changes.rowsInserted.begin(), add.applied.changes.rowsInserted.end(), 0,
                                     [](int n, const fa::RowSpan &s) { return n + s.count; });
    if (rows != c.rows || !add.applied.changes.rowsRemoved.empty())
        fail(label + QStringLiteral(" at %1: %2 rows inserted, %3 expected").arg(address).arg(rows).arg(c.rows));
    if (target.document().storedValue(address) != Money::fromFen(c.fen)
        || target.document().engine().value(target.document().engine().find(address)) != Money::fromFen(c.fen))
        fail(label + QStringLiteral(" at %1: the value is not there").arg(address));
    if (add.applied.inverse != fa::Batch{fa::Edit::removeRow(c.table, c.code)})
        fail(label + QStringLiteral(" at %1: the inverse is not the removal of the row").arg(address));
    const Timed remove = timedApply(target, add.applied.inverse, label + QStringLiteral(", removed"));
    const Shape removed = shapeOf(target.document().engine());
    mustHaveRows(remove.applied.changes, added, removed, target.document().engine(),
                 label + QStringLiteral(" removed at ") + address);
    if (removed != before)
        fail(label + QStringLiteral(" at %1: removing the row did not bring the tables back").arg(address));
    if (held) {
        auto r = target.apply(held->inverse);
        if (!r)
            fail(label + QStringLiteral(": putting the rows of %1 back: ").arg(c.table) + r.error().message);
    }
    if (timing) {
        timing->addMs.add(add);
        timing->removeMs.add(remove);
        timing->addByTable[c.table].push_back(add.ms);
        timing->addByRows[rows].push_back(add.ms);
    }
}

void benchRows(const Applier &target, const QString &label, const QString &removedLabel, int adds, double targetMs)
{
    const std::vector<RowCase> cases = rowCases(target.document(), adds);
    for (std::size_t i = 0; i < std::min<std::size_t>(10, cases.size()); ++i) // warm-up
        oneRow(target, cases[i], label, nullptr);
    RowTiming t;
    for (const RowCase &c : cases)
        oneRow(target, c, label, &t);
    msFigures(label, t.addMs, targetMs);
    for (const auto &[table, ms] : t.addByTable)
        msBreakdown(label + QStringLiteral(" in ") + table, ms);
    const char *what[] = {"", "(its 款 listed)", "with its new 款", "with its new 款 and 类"};
    for (const auto &[rows, ms] : t.addByRows)
        msBreakdown(label + QStringLiteral(" ") + QString::fromUtf8(what[rows]), ms);
    msFigures(removedLabel, t.removeMs);
    if (targetMs > 0) { // once: the cases are the same in memory and durable
        std::map<QString, std::pair<int, int>> held; // table → (cases with rows taken out first, cases)
        for (const RowCase &c : cases) {
            held[c.table].first += c.hold.empty() ? 0 : 1;
            ++held[c.table].second;
        }
        QStringList parts;
        for (const auto &[table, n] : held)
            parts << QStringLiteral("%1 %2 of %3").arg(table).arg(n.first).arg(n.second);
        line(label + QStringLiteral(": adds in rows taken out first (untimed), per table"), parts.join(QStringLiteral(", ")));
    }
}

// 100 listed rows of 02/03/05表 (34/33/33), spread over each table and shifted by `run`.
std::vector<RowCase> hundredRows(const fa::Document &doc, int run)
{
    Draw draw(0x48554e44'52454421ULL + std::uint64_t(run)); // "HUNDRED!"
    std::vector<RowCase> out;
    const std::pair<QString, QString> tables[] = {{QStringLiteral("t02"), QStringLiteral("事业收入")},
                                                  {QStringLiteral("t03"), QStringLiteral("基本支出")},
                                                  {QStringLiteral("t05"), QStringLiteral("项目支出")}};
    for (int t = 0; t < 3; ++t) {
        const auto &[table, column] = tables[t];
        const std::set<QString> &listed = doc.data().subjectRows.at(table);
        const std::vector<QString> codes(listed.begin(), listed.end());
        const int n = t == 0 ? 34 : 33;
        for (int i = 0; i < n; ++i) {
            const std::size_t at = (std::size_t(i) * codes.size() / std::size_t(n) + std::size_t(run) * 7) % codes.size();
            out.push_back({table, codes[at], column, exactYuan(draw.between(10'000, 2'000'000'000)), {codes[at]}, 1});
        }
    }
    return out;
}

// A batch adding 100 rows: the rows are removed first (untimed, one batch), then added back with
// one value each in one timed batch, removed again with its inverse (timed), and put back.
void benchHundred(const Applier &target, const QString &label, const QString &inverseLabel, int warmup, int runs,
                  double targetMs)
{
    Samples addMs, removeMs;
    for (int run = 0; run < warmup + runs; ++run) {
        const std::vector<RowCase> cases = hundredRows(target.document(), run);
        fa::Batch hold, add;
        for (const RowCase &c : cases) {
            hold.push_back(fa::Edit::removeRow(c.table, c.code));
            add.push_back(fa::Edit::setValue(slash(c.table, c.code, c.column), Money::fromFen(c.fen)));
        }
        auto held = target.apply(hold);
        if (!held)
            fail(label + QStringLiteral(": removing the rows first: ") + held.error().message);
        const Shape before = shapeOf(target.document().engine());
        const Timed a = timedApply(target, add, label);
        const Shape after = shapeOf(target.document().engine());
        mustHaveRows(a.applied.changes, before, after, target.document().engine(), label);
        int rows = 0;
        for (const fa::RowSpan &s : a.applied.changes.rowsInserted)
            rows += s.count;
        if (rows < int(cases.size()))
            fail(label + QStringLiteral(": %1 rows reported inserted").arg(rows));
        const Timed b = timedApply(target, a.applied.inverse, inverseLabel);
        const Shape again = shapeOf(target.document().engine());
        mustHaveRows(b.applied.changes, after, again, target.document().engine(), inverseLabel);
        if (again != before)
            fail(inverseLabel + QStringLiteral(": the tables are not as before"));
        auto back = target.apply(held.value().inverse);
        if (!back)
            fail(label + QStringLiteral(": putting the rows back: ") + back.error().message);
        if (run < warmup)
            continue;
        addMs.add(a);
        removeMs.add(b);
    }
    msFigures(label, addMs, targetMs);
    msFigures(inverseLabel, removeMs);
}

struct BatchOptions {
    int runs = 30;  // timed runs of each batch
    int adds = 300; // timed new 项 rows
};

void benchBatchesInMemory(const Large &L, const BatchOptions &o)
{
    section("batches and new 项 rows, in memory (large)");
    auto created = fa::Document::create(L.data);
    if (!created)
        fail(QStringLiteral("large: ") + created.error().message);
    fa::Document &doc = *created.value();
    const Applier target{[&](const fa::Batch &b) { return doc.apply(b); },
                         [&]() -> const fa::Document & { return doc; }};
    benchThousand(target, QStringLiteral("batch of 1000 cells, in memory"), 3, o.runs, 30.0, nullptr);
    benchRows(target, QStringLiteral("one new 项 row"), QStringLiteral("one 项 row removed"), o.adds, 1.0);
    benchHundred(target, QStringLiteral("batch adding 100 rows, in memory"),
                 QStringLiteral("batch removing the 100 rows (its inverse), in memory"), 3, o.runs, 20.0);
    count(QStringLiteral("cell ids in use or free, in memory (removed ones are reused)"), doc.engine().cellCount());
    verifyRestored(doc, L.data, QStringLiteral("in memory"));
}

void benchBatchesDurable(const Large &L, const BatchOptions &o)
{
    section("batches and new 项 rows, durable (large file)");
    QTemporaryDir dir;
    if (!dir.isValid())
        fail(QStringLiteral("cannot make a temporary directory: ") + dir.errorString());
    const QString path = dir.filePath(QStringLiteral("large-batches.fadb"));
    if (const fa::Status s = fa::Store::create(path, L.data))
        fail(QStringLiteral("Store::create: ") + s->message);
    {
        auto opened = fa::DocumentFile::open(path, fa::Store::Mode::ReadWrite);
        if (!opened)
            fail(QStringLiteral("DocumentFile::open: ") + opened.error().message);
        fa::DocumentFile &file = *opened.value();
        const Applier target{[&](const fa::Batch &b) { return file.apply(b); },
                             [&]() -> const fa::Document & { return file.document(); }};
        benchThousand(target, QStringLiteral("batch of 1000 cells, durable (file)"), 3, o.runs, 30.0, &file.store());
        benchRows(target, QStringLiteral("one new 项 row, durable (file)"), QStringLiteral("one 项 row removed, durable (file)"),
                  o.adds, 0);
        benchHundred(target, QStringLiteral("batch adding 100 rows, durable (file)"),
                     QStringLiteral("batch removing the 100 rows (its inverse), durable (file)"), 3, o.runs, 20.0);
        verifyRestored(file.document(), L.data, QStringLiteral("durable"));
    }
    // What the file holds after all the commits.
    auto store = fa::Store::open(path, fa::Store::Mode::ReadOnly);
    if (!store)
        fail(QStringLiteral("Store::open: ") + store.error().message);
    auto data = store.value()->load();
    if (!data)
        fail(QStringLiteral("Store::load: ") + data.error().message);
    if (!(data.value() == L.data))
        fail(QStringLiteral("durable: the file read back after the batches and their inverses differs from before"));
    line(QStringLiteral("durable: the file read back equals the data before"), QStringLiteral("yes"));
}

int usage()
{
    std::printf("usage: fa_bench [SOURCE_DIR] [--items N] [--changes N] [--warmup N] [--runs N] [--batch-runs N]"
                " [--row-adds N]\n");
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString sourceDir = QStringLiteral(FA_SOURCE_DIR);
    int items = 2000, changes = 2000, warmup = 200, runs = 5;
    BatchOptions batchOptions;
    const QStringList args = QCoreApplication::arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        auto number = [&](int minimum) { return numberAfter(args, i, minimum, "fa_bench"); };
        if (a == QLatin1String("--items"))
            items = number(1);
        else if (a == QLatin1String("--changes"))
            changes = number(1);
        else if (a == QLatin1String("--warmup"))
            warmup = number(0);
        else if (a == QLatin1String("--runs"))
            runs = number(1);
        else if (a == QLatin1String("--batch-runs"))
            batchOptions.runs = number(1);
        else if (a == QLatin1String("--row-adds"))
            batchOptions.adds = number(1);
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
    line(QStringLiteral("timed runs per batch / timed new 项 rows"),
         QStringLiteral("%1 / %2").arg(batchOptions.runs).arg(batchOptions.adds));

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

    // After the memory figures above, so that they stay those of the benchmarks before.
    benchBatchesInMemory(large, batchOptions);
    benchBatchesDurable(large, batchOptions);
    section("memory after the batches and new 项 rows");
    figure(QStringLiteral("peak resident size after the batches (VmHWM)"), procStatusMiB("VmHWM"), "MiB", 1);
    figure(QStringLiteral("resident size at exit after the batches (VmRSS)"), procStatusMiB("VmRSS"), "MiB", 1);
    if (!g_problems.isEmpty()) {
        std::fflush(stdout);
        for (const QString &p : std::as_const(g_problems))
            std::fprintf(stderr, "fa_bench: FAILED (core): %s\n", p.toUtf8().constData());
        return 1;
    }
    std::printf("\nfa_bench: ok\n");
    return 0;
}
