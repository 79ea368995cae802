// fa_xlsx_bench: what the Excel export (fa::exportXlsx) costs, beside what it cannot cost less
// than and beside what an office suite takes for the same workbook.
//
//   fa_xlsx_bench [SOURCE_DIR] [--items N] [--runs N] [--large-runs N] [--lo-runs N] [--no-lo]
//
// SOURCE_DIR is the source tree (for resources/samples); it defaults to the one this was built
// from. --items is the number of distinct 项 codes of the generated 汇总 (default 2000); --runs the
// timed runs per sample (default 20), --large-runs those on the 汇总 (default 5), --lo-runs the
// timed LibreOffice conversions per sample (default 3, after one untimed one that creates its
// profile); --no-lo leaves LibreOffice out.
//
// For each sample (resources/samples/*.json, read with fa::readInterchange) and for the generated
// 汇总 (bench/largedocument.h), side by side:
//  1. "export": fa::exportXlsx to a temporary folder, everything included (layout, formats,
//     formulas, libxlsxwriter, the fsync and the rename), median wall-clock and thread CPU time;
//  2. "floor": libxlsxwriter alone writing the same cells with no logic: the exported workbook is
//     read back (unzip -p, its sheets' XML and shared strings) and every string cell is written again
//     as the same string and every number or formula cell as its number, at the same place, in as
//     many sheets with the same names — no formats, merges, formulas, column widths or print setup.
//     Timed from workbook_new to workbook_close. To see where the rest goes, two more figures:
//     the floor with the formulas written as formulas (their text from the workbook, value cached),
//     and the fsync of the floor's file (exportXlsx syncs its file before the rename);
//  3. "LibreOffice" (samples only): `soffice --headless --convert-to xlsx` of our workbook as a child
//     process, with its own profile in the temporary folder (whole process: start, load, save).
// Ratios with targets: export ≤ 1.5 × floor; LibreOffice ≥ 20 × export on a sample.
// A figure that misses its target prints MISS; only errors exit 1.

#include "document.h"
#include "documentdata.h"
#include "interchange.h"
#include "benchsupport.h"
#include "largedocument.h"
#include "xlsxexport.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QXmlStreamReader>

#include <xlsxwriter.h>

#include <malloc.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <deque>
#include <fstream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

// FA_SOURCE_DIR and FA_BUILD_TYPE come from bench/CMakeLists.txt.
namespace {

using namespace fa::bench; // statsOf, cpuModel, threadCpuMs, section, line (benchsupport.h)

[[noreturn]] void fail(const QString &what)
{
    fa::bench::fail("fa_xlsx_bench", what);
}

using Clock = std::chrono::steady_clock;

double ms(Clock::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// ---- Output ----------------------------------------------------------------------------------

void figure(const QString &label, double value, const char *unit, int decimals = 2)
{
    std::printf("%s: %.*f %s\n", label.toUtf8().constData(), decimals, value, unit);
}

// ---- The workbook read back --------------------------------------------------------------------

struct Cell {
    enum class Kind { String, Number, Formula };
    Kind kind;
    lxw_row_t row;
    lxw_col_t col;
    double value = 0;
    QByteArray text; // String: the string; Formula: the formula
};

struct Sheet {
    QByteArray name;
    std::vector<Cell> cells;
    int blanks = 0; // formatted cells without a value (borders, merged areas): not in the floor
};

struct Inventory {
    std::vector<Sheet> sheets;
    int strings = 0, numbers = 0, formulas = 0, blanks = 0;
    qint64 bytes = 0;
};

QByteArray unzipPart(const QString &xlsx, const QString &part)
{
    QProcess p;
    p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, part});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        fail(QStringLiteral("unzip -p %1 %2 failed (is unzip installed?)").arg(xlsx, part));
    return p.readAllStandardOutput();
}

// "AB12" → row 11, column 27.
void parseRef(QStringView ref, lxw_row_t &row, lxw_col_t &col)
{
    int c = 0, i = 0;
    while (i < ref.size() && ref[i].isLetter())
        c = c * 26 + (ref[i++].unicode() - u'A' + 1);
    col = lxw_col_t(c - 1);
    row = lxw_row_t(ref.mid(i).toInt() - 1);
}

Inventory readBack(const QString &xlsx)
{
    Inventory inv;
    inv.bytes = QFileInfo(xlsx).size();

    std::vector<QByteArray> shared;
    {
        QXmlStreamReader x(unzipPart(xlsx, QStringLiteral("xl/sharedStrings.xml")));
        QString current;
        bool inSi = false;
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == u"si") {
                inSi = true;
                current.clear();
            } else if (x.isStartElement() && x.name() == u"t" && inSi) {
                current += x.readElementText();
            } else if (x.isEndElement() && x.name() == u"si") {
                inSi = false;
                shared.push_back(current.toUtf8());
            }
        }
        if (x.hasError())
            fail(xlsx + QStringLiteral(": sharedStrings.xml: ") + x.errorString());
    }

    // Sheet names in workbook order; libxlsxwriter names the parts sheet1.xml … sheetN.xml.
    {
        QXmlStreamReader x(unzipPart(xlsx, QStringLiteral("xl/workbook.xml")));
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == u"sheet")
                inv.sheets.push_back({x.attributes().value(QLatin1String("name")).toString().toUtf8(), {}, 0});
        }
        if (x.hasError() || inv.sheets.empty())
            fail(xlsx + QStringLiteral(": workbook.xml: no sheets"));
    }

    for (std::size_t s = 0; s < inv.sheets.size(); ++s) {
        Sheet &sheet = inv.sheets[s];
        QXmlStreamReader x(unzipPart(xlsx, QStringLiteral("xl/worksheets/sheet%1.xml").arg(s + 1)));
        while (!x.atEnd()) {
            x.readNext();
            if (!(x.isStartElement() && x.name() == u"c"))
                continue;
            Cell cell{Cell::Kind::Number, 0, 0, 0, {}};
            parseRef(x.attributes().value(QLatin1String("r")), cell.row, cell.col);
            const bool isShared = x.attributes().value(QLatin1String("t")) == u"s";
            bool hasValue = false, hasFormula = false;
            QString v;
            while (!x.atEnd()) {
                x.readNext();
                if (x.isEndElement() && x.name() == u"c")
                    break;
                if (x.isStartElement() && x.name() == u"f") {
                    hasFormula = true;
                    cell.text = x.readElementText().toUtf8();
                } else if (x.isStartElement() && x.name() == u"v") {
                    hasValue = true;
                    v = x.readElementText();
                }
            }
            if (!hasValue && !hasFormula) {
                ++sheet.blanks;
                continue;
            }
            if (isShared) {
                const int index = v.toInt();
                if (index < 0 || std::size_t(index) >= shared.size())
                    fail(xlsx + QStringLiteral(": a shared string index out of range"));
                cell.kind = Cell::Kind::String;
                cell.text = shared[std::size_t(index)];
                ++inv.strings;
            } else if (hasFormula) {
                cell.kind = Cell::Kind::Formula;
                cell.value = v.toDouble();
                ++inv.formulas;
            } else {
                cell.value = v.toDouble();
                ++inv.numbers;
            }
            sheet.cells.push_back(std::move(cell));
        }
        if (x.hasError())
            fail(xlsx + QStringLiteral(": sheet%1.xml: ").arg(s + 1) + x.errorString());
        inv.blanks += sheet.blanks;
    }
    return inv;
}

// Before each timed run: glibc's heap keeps the small blocks a run freed (libxlsxwriter frees a
// block per cell) in its fast bins and sorts them out at the next large allocation or free, which
// would charge one run's clean-up to whichever run comes next. Sorted out here, untimed, each run
// starts from the same state and pays for its own.
void settleHeap()
{
    ::malloc_trim(0);
}

// ---- The floor -------------------------------------------------------------------------------

struct FloorTimes {
    double write = 0; // workbook_new … workbook_close, ms
    double fsync = 0; // open + fsync of the file written, ms
};

// libxlsxwriter alone writing the inventory's cells; formulas as formulas when asked.
FloorTimes writeFloor(const Inventory &inv, const QByteArray &path, bool formulas)
{
    FloorTimes t;
    const auto start = Clock::now();
    lxw_workbook *wb = workbook_new(path.constData());
    if (!wb)
        fail(QStringLiteral("workbook_new failed"));
    for (const Sheet &sheet : inv.sheets) {
        lxw_worksheet *ws = workbook_add_worksheet(wb, sheet.name.constData());
        if (!ws)
            fail(QStringLiteral("workbook_add_worksheet failed"));
        for (const Cell &c : sheet.cells) {
            lxw_error e = LXW_NO_ERROR;
            if (c.kind == Cell::Kind::String)
                e = worksheet_write_string(ws, c.row, c.col, c.text.constData(), nullptr);
            else if (c.kind == Cell::Kind::Formula && formulas)
                e = worksheet_write_formula_num(ws, c.row, c.col, c.text.constData(), nullptr, c.value);
            else
                e = worksheet_write_number(ws, c.row, c.col, c.value, nullptr);
            if (e != LXW_NO_ERROR)
                fail(QStringLiteral("floor: %1").arg(QString::fromUtf8(lxw_strerror(e))));
        }
    }
    const lxw_error closed = workbook_close(wb);
    if (closed != LXW_NO_ERROR)
        fail(QStringLiteral("floor: workbook_close: %1").arg(QString::fromUtf8(lxw_strerror(closed))));
    const auto written = Clock::now();
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0)
        fail(QStringLiteral("floor: fsync failed"));
    ::close(fd);
    t.write = ms(written - start);
    t.fsync = ms(Clock::now() - written);
    return t;
}

// ---- LibreOffice -----------------------------------------------------------------------------

// One `soffice --convert-to xlsx` of `xlsx` into `outDir`, in ms; negative on failure.
double libreOfficeConvert(const QString &soffice, const QString &profile, const QString &xlsx, const QString &outDir)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    const QStringList args{QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(profile).toString(),
                           QStringLiteral("--headless"), QStringLiteral("--norestore"),
                           QStringLiteral("--convert-to"), QStringLiteral("xlsx"),
                           QStringLiteral("--outdir"), outDir, xlsx};
    const auto start = Clock::now();
    p.start(soffice, args);
    if (!p.waitForFinished(300000)) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    const double t = ms(Clock::now() - start);
    const QString out = outDir + QLatin1Char('/') + QFileInfo(xlsx).fileName();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0 || !QFileInfo(out).isFile()
        || QFileInfo(out).size() == 0) {
        std::fprintf(stderr, "fa_xlsx_bench: soffice said: %s\n", p.readAll().constData());
        return -1;
    }
    QFile::remove(out);
    return t;
}

// ---- One document ----------------------------------------------------------------------------

struct Options {
    int runs = 20, largeRuns = 5, loRuns = 3;
    bool lo = true;
    QString soffice;
};

struct Row {
    QString name;
    int sheets = 0, strings = 0, numbers = 0, formulas = 0, blanks = 0;
    qint64 bytes = 0;
    double exportMs = 0, exportCpuMs = 0, floorMs = 0, floorFormulasMs = 0, fsyncMs = 0;
    double loMs = -1; // -1: not measured
};

Row benchDocument(const QString &name, const fa::Document &doc, int runs, bool withLo, const Options &opt,
                  const QTemporaryDir &tmp)
{
    section(name.toUtf8().constData());
    Row r;
    r.name = name;
    const QString path = tmp.filePath(name + QStringLiteral(".xlsx"));
    fa::XlsxOptions xo;
    xo.created = QDateTime(QDate(2025, 9, 1), QTime(9, 0), Qt::UTC);

    // One untimed export, read back for the floor's cells.
    auto first = fa::exportXlsx(doc, path, xo);
    if (!first)
        fail(name + QStringLiteral(": exportXlsx: ") + first.error().message);
    const Inventory inv = readBack(path);
    r.sheets = int(inv.sheets.size());
    r.strings = inv.strings;
    r.numbers = inv.numbers;
    r.formulas = inv.formulas;
    r.blanks = inv.blanks;
    r.bytes = inv.bytes;
    if (inv.formulas != first.value().formulas)
        fail(name + QStringLiteral(": %1 formulas in the workbook, XlsxSummary says %2")
                        .arg(inv.formulas).arg(first.value().formulas));
    line(QStringLiteral("workbook"), QStringLiteral("%1 sheets, %2 string cells, %3 number cells, %4 formula cells, "
                                                    "%5 formatted blank cells, %6 KiB")
                                         .arg(r.sheets).arg(r.strings).arg(r.numbers).arg(r.formulas).arg(r.blanks)
                                         .arg(double(r.bytes) / 1024.0, 0, 'f', 1));
    line(QStringLiteral("XlsxSummary"), QStringLiteral("%1 entered numbers, %2 formulas, %3 values instead of formulas")
                                            .arg(first.value().numbers).arg(first.value().formulas)
                                            .arg(first.value().valuesInsteadOfFormulas.size()));

    // Interleaved, so that a busy spell of the machine falls on all three alike.
    const QByteArray floorPath = QFile::encodeName(tmp.filePath(name + QStringLiteral("-floor.xlsx")));
    writeFloor(inv, floorPath, false); // warm-up
    std::vector<double> exportMs, exportCpu, floorMs, floorFMs, fsyncMs;
    for (int i = 0; i < runs; ++i) {
        settleHeap();
        const double cpu0 = threadCpuMs();
        const auto start = Clock::now();
        auto res = fa::exportXlsx(doc, path, xo);
        const auto end = Clock::now();
        exportCpu.push_back(threadCpuMs() - cpu0);
        if (!res)
            fail(name + QStringLiteral(": exportXlsx: ") + res.error().message);
        exportMs.push_back(ms(end - start));
        settleHeap();
        const FloorTimes f = writeFloor(inv, floorPath, false);
        floorMs.push_back(f.write);
        fsyncMs.push_back(f.fsync);
        settleHeap();
        floorFMs.push_back(writeFloor(inv, floorPath, true).write);
    }
    r.exportMs = median(exportMs);
    r.exportCpuMs = median(exportCpu);
    r.floorMs = median(floorMs);
    r.floorFormulasMs = median(floorFMs);
    r.fsyncMs = median(fsyncMs);
    figure(QStringLiteral("export (exportXlsx, everything) median of %1").arg(runs), r.exportMs, "ms");
    figure(QStringLiteral("  its thread CPU time, median"), r.exportCpuMs, "ms");
    figure(QStringLiteral("floor (libxlsxwriter, same cells, no logic) median of %1").arg(runs), r.floorMs, "ms");
    figure(QStringLiteral("  floor with the formulas as formulas, median"), r.floorFormulasMs, "ms");
    figure(QStringLiteral("  fsync of the floor's file, median"), r.fsyncMs, "ms");
    const double ratio = r.exportMs / r.floorMs;
    std::printf("export / floor: %.2f× — target ≤ 1.5×: %s\n", ratio, ratio <= 1.5 ? "PASS" : "MISS");
    std::printf("export / (floor with formulas + fsync): %.2f×\n", r.exportMs / (r.floorFormulasMs + r.fsyncMs));

    if (withLo) {
        if (opt.soffice.isEmpty()) {
            line(QStringLiteral("LibreOffice"), QStringLiteral("skipped: soffice not found"));
        } else if (!opt.lo) {
            line(QStringLiteral("LibreOffice"), QStringLiteral("skipped (--no-lo)"));
        } else {
            const QString profile = tmp.filePath(QStringLiteral("lo-profile"));
            const QString outDir = tmp.filePath(QStringLiteral("lo-out"));
            QDir().mkpath(outDir);
            // The first run of a profile creates it: untimed.
            if (libreOfficeConvert(opt.soffice, profile, path, outDir) < 0) {
                line(QStringLiteral("LibreOffice"), QStringLiteral("skipped: the conversion failed"));
            } else {
                std::vector<double> lo;
                for (int i = 0; i < opt.loRuns; ++i) {
                    const double t = libreOfficeConvert(opt.soffice, profile, path, outDir);
                    if (t < 0)
                        fail(name + QStringLiteral(": soffice --convert-to xlsx failed"));
                    lo.push_back(t);
                }
                r.loMs = median(lo);
                figure(QStringLiteral("LibreOffice (soffice --headless --convert-to xlsx, whole process) median of %1")
                           .arg(opt.loRuns),
                       r.loMs, "ms", 0);
                const double speedup = r.loMs / r.exportMs;
                std::printf("LibreOffice / export: %.0f× — target ≥ 20×: %s\n", speedup, speedup >= 20 ? "PASS" : "MISS");
            }
        }
    }
    return r;
}

std::unique_ptr<fa::Document> openSample(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        fail(path + QStringLiteral(": ") + f.errorString());
    auto data = fa::readInterchange(f.readAll());
    if (!data)
        fail(path + QStringLiteral(": ") + data.error().message);
    auto doc = fa::Document::create(std::move(data.value()));
    if (!doc)
        fail(path + QStringLiteral(": ") + doc.error().message);
    return std::move(doc.value());
}

int usage()
{
    std::printf("usage: fa_xlsx_bench [SOURCE_DIR] [--items N] [--runs N] [--large-runs N] [--lo-runs N] [--no-lo]\n");
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString sourceDir = QStringLiteral(FA_SOURCE_DIR);
    int items = 2000;
    Options opt;
    const QStringList args = QCoreApplication::arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        auto number = [&](int minimum) { return numberAfter(args, i, minimum, "fa_xlsx_bench"); };
        if (a == QLatin1String("--items"))
            items = number(1);
        else if (a == QLatin1String("--runs"))
            opt.runs = number(1);
        else if (a == QLatin1String("--large-runs"))
            opt.largeRuns = number(1);
        else if (a == QLatin1String("--lo-runs"))
            opt.loRuns = number(1);
        else if (a == QLatin1String("--no-lo"))
            opt.lo = false;
        else if (a == QLatin1String("--help") || a == QLatin1String("-h"))
            return usage();
        else if (a.startsWith(QLatin1Char('-')))
            fail(QStringLiteral("unknown option %1").arg(a));
        else
            sourceDir = a;
    }
    const QDir samples(sourceDir + QStringLiteral("/resources/samples"));
    if (!samples.exists())
        fail(QStringLiteral("%1 is not the source tree (no resources/samples)").arg(sourceDir));
    opt.soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));

    QTemporaryDir tmp(QDir::tempPath() + QStringLiteral("/fa_xlsx_bench-XXXXXX"));
    if (!tmp.isValid())
        fail(QStringLiteral("no temporary folder: ") + tmp.errorString());

    section("machine");
    line(QStringLiteral("cores (hardware threads)"), QString::number(std::thread::hardware_concurrency()));
    line(QStringLiteral("cpu"), cpuModel());
    const QString buildType = QStringLiteral(FA_BUILD_TYPE);
    line(QStringLiteral("build type"), buildType.isEmpty() ? QStringLiteral("(none)") : buildType);
#ifdef __VERSION__
    line(QStringLiteral("compiler"), QStringLiteral(__VERSION__));
#endif
    line(QStringLiteral("Qt"), QString::fromLatin1(qVersion()));
    line(QStringLiteral("libxlsxwriter"), QStringLiteral(LXW_VERSION));
    line(QStringLiteral("LibreOffice"), opt.soffice.isEmpty() ? QStringLiteral("(soffice not found)") : opt.soffice);
    line(QStringLiteral("temporary folder"), tmp.path());
    line(QStringLiteral("timed runs: samples / 汇总 / LibreOffice"),
         QStringLiteral("%1 / %2 / %3").arg(opt.runs).arg(opt.largeRuns).arg(opt.lo ? opt.loRuns : 0));

    std::vector<Row> rows;
    for (const QString &file : samples.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        auto doc = openSample(samples.filePath(file));
        rows.push_back(benchDocument(QFileInfo(file).completeBaseName(), *doc, opt.runs, true, opt, tmp));
    }
    {
        const fa::bench::Large large = fa::bench::makeLarge(items);
        auto doc = fa::Document::create(large.data);
        if (!doc)
            fail(QStringLiteral("the generated 汇总: ") + doc.error().message);
        rows.push_back(benchDocument(QStringLiteral("汇总 (%1 项)").arg(items), *doc.value(), opt.largeRuns, false, opt, tmp));
    }

    section("side by side (medians, ms)");
    std::printf("%-24s %8s %8s %8s %8s %8s %10s %8s %s\n", "document", "cells", "export", "floor", "+formula", "fsync",
                "LibreOff.", "ratio", "targets");
    bool allPass = true;
    for (const Row &r : rows) {
        const double ratio = r.exportMs / r.floorMs;
        const bool floorOk = ratio <= 1.5;
        QString targets = QStringLiteral("≤1.5× floor %1").arg(floorOk ? u"PASS" : u"MISS");
        allPass = allPass && floorOk;
        QString lo = QStringLiteral("—");
        if (r.loMs >= 0) {
            const bool loOk = r.loMs / r.exportMs >= 20;
            allPass = allPass && loOk;
            lo = QString::number(r.loMs, 'f', 0);
            targets += QStringLiteral(", ≥20× LO (%1×) %2").arg(r.loMs / r.exportMs, 0, 'f', 0).arg(loOk ? u"PASS" : u"MISS");
        }
        std::printf("%-24s %8d %8.2f %8.2f %8.2f %8.2f %10s %7.2f× %s\n", r.name.toUtf8().constData(),
                    r.strings + r.numbers + r.formulas, r.exportMs, r.floorMs, r.floorFormulasMs, r.fsyncMs,
                    lo.toUtf8().constData(), ratio, targets.toUtf8().constData());
    }
    std::printf("\nfa_xlsx_bench: %s\n", allPass ? "every target met" : "some targets MISSED");
    return 0;
}
