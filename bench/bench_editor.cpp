// fa_editor_bench: what a person waits for in the editor (ui/, Qt Widgets), on a real platform.
//
//   fa_editor_bench [SOURCE_DIR] [--items N] [--changes N] [--warmup N] [--paste-runs N]
//                   [--start-runs N] [--pause-ms N] [--only start,keys,paste] [--trace-paint]
//
// Runs with a real QPA platform: QT_QPA_PLATFORM defaults to "offscreen" when it is not set; under
// X11 (e.g. `Xvfb :95 -screen 0 1600x1000x24 -nolisten tcp &` then
// `DISPLAY=:95 QT_QPA_PLATFORM=xcb fa_editor_bench`) it paints through xcb. SOURCE_DIR is the
// source tree (for resources/samples/*.json; default: the one this was built from). Every document
// is written afresh into a temporary directory (the samples from their JSON, like `import-json`;
// the generated 汇总 of largedocument.h, --items 项 codes, default 2000, with Store::create), so
// the built samples are never changed. Settings (recent files, window geometry) go to a temporary
// directory too. The header says the machine, the build, Qt, the platform, and how long a 4 KiB
// overwrite + fdatasync takes in that directory (durable commits wait for the disk: compare).
//
// Figures (wall clock; the thread CPU time beside them leaves out waiting for the disk or a core):
//  1. Keystroke to repaint: MainWindow shown and exposed, the current page the 05表 (its view on an
//     entered 项 cell of 基本支出, as `final-accounts FILE --goto ADDRESS` opens it). One sample is
//     "the typed value is committed" — SheetModel::setData(index, text, Qt::EditRole), which
//     parses, writes the change durably (one SQLite transaction, synchronous=FULL), recomputes,
//     and emits dataChanged for the changed cells (every view, the checks panel and the counts
//     follow) — through the synchronous repaint of the view: view->viewport()->repaint() and the
//     frozen columns' viewport. A synchronous repaint of a widget syncs the window's whole backing
//     store, so it also paints every other region the change made dirty (status bar, checks panel)
//     and flushes to the screen; and it paints the whole viewport, not only the cells that changed.
//     --changes (default 300) samples per variant, after --warmup (default 20), the value
//     alternating between the stored amount and 1.23 万元 more, so that every change is real (and
//     errors appear and go: the worst case for the checks panel). Variants, each timing two
//     changes in a row (one each way), in turn: that (the target: p99 < 16 ms); the commit alone;
//     the commit and then the event loop until the view has repainted (what QApplication::exec
//     does after Enter: only the dirty regions are painted; a region Qt lays out later, e.g. the
//     checks panel after rows went, is painted after); and the commit and window.repaint() (every
//     widget of the window, dirty or not). On both samples and on the generated 汇总.
//  2. A paste of 1,000 entered cells: a TSV block of 5 entered columns of 03表 of the 汇总, over as
//     many rows as it takes to hold 1,000 entered cells (类/款 rows, computed, get empty fields),
//     through FormView::pasteText (parse, one batch, one durable commit, recompute, dataChanged,
//     the pasted area selected) and the same repaint variants. Two blocks alternate, so every paste
//     changes all 1,000 values. --paste-runs (default 30) per variant. Target < 100 ms.
//  3. Start to an editable window, in process: MainWindow constructed, openFile, gotoAddress (the
//     05表 项 cell above), show, then the event loop until the window is exposed and the view has
//     painted, with the current cell editable. The first run in the process (the first window:
//     style, fonts and caches cold) and the median of --start-runs (default 5) more. Also the
//     whole process, in a child process of this program (`--start-child`, not for people): from
//     before QProcess::start, through exec, loading Qt, QApplication, setUpApplication (as
//     final-accounts starts) and the same steps, measured on the monotonic clock both processes
//     share. Targets < 0.5 s for a sample, < 1 s for the 汇总 (judged on the median).
// Each figure line says its target and PASS or MISS. Correctness is checked along the way: each
// change must reach the model and repaint the view, the checks panel must list the findings, a
// paste must change the 1,000 cells, and the files read back afterwards must hold the last values
// typed and pasted. Any failure exits 1; a MISS does not.
//
// --only runs some of the three (keys:NAME: the keystrokes on one document, nanyang-cac-2024,
// nanyang-bigdata-2024 or large). --trace-paint lists, for the keystroke and paste variants that
// repaint, which widgets painted how often and how many pixels per sample.

#include "application.h"
#include "checker.h"
#include "checkspanel.h"
#include "documentsession.h"
#include "formview.h"
#include "interchange.h"
#include "benchsupport.h"
#include "largedocument.h"
#include "mainwindow.h"
#include "sheetmodel.h"
#include "store.h"
#include "tablepage.h"
#include "template.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFontInfo>
#include <QHeaderView>
#include <QPaintEvent>
#include <QProcess>
#include <QScreen>
#include <QSettings>
#include <QStorageInfo>
#include <QTableView>
#include <QTreeWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QWindow>
#include <QtTest/QTest>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <fcntl.h>
#include <unistd.h>
#include <functional>
#include <map>
#include <memory>
#include <numeric>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

// FA_SOURCE_DIR and FA_BUILD_TYPE come from bench/CMakeLists.txt.
namespace {

using namespace fa::bench; // statsOf, cpuModel, threadCpuMs, section, line (benchsupport.h)

[[noreturn]] void fail(const QString &what)
{
    fa::bench::fail("fa_editor_bench", what);
}

using Clock = std::chrono::steady_clock;
using fa::Money;
using fa::ui::FormView;
using fa::ui::MainWindow;
using fa::ui::SheetModel;
using fa::ui::TablePage;

double millis(Clock::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}
// ---- Output ----------------------------------------------------------------------------------

QString verdict(double value, double targetMs)
{
    return value < targetMs ? QStringLiteral("PASS") : QStringLiteral("MISS");
}

QString ms(double v, int decimals = 2)
{
    return QString::number(v, 'f', decimals) + QStringLiteral(" ms");
}

struct Samples {
    std::vector<double> wall, cpu;
};

// "label: median X ms, p99 Y ms, max Z ms (n runs; thread CPU median/p99 …) target: p99 < T ms PASS".
void report(const QString &label, const Samples &s, double targetMs, bool onP99 = true)
{
    const Stats w = statsOf(s.wall), c = statsOf(s.cpu);
    QString text = QStringLiteral("median %1, p99 %2, max %3 (%4 runs; thread CPU median %5, p99 %6)")
                       .arg(ms(w.median), ms(w.p99), ms(w.max))
                       .arg(s.wall.size())
                       .arg(ms(c.median), ms(c.p99));
    if (targetMs > 0)
        text += QStringLiteral(" — target %1 < %2 ms: %3")
                    .arg(onP99 ? QStringLiteral("p99") : QStringLiteral("median"))
                    .arg(targetMs)
                    .arg(verdict(onP99 ? w.p99 : w.median, targetMs));
    line(label, text);
}

// ---- Machine ---------------------------------------------------------------------------------

// What one durable commit waits for at least: a 4 KiB write and fdatasync in `dir`, as SQLite's
// WAL does at each commit with synchronous=FULL. Returns the wall-clock ms of each of `n`.
std::vector<double> syncLatencies(const QString &dir, int n)
{
    const QByteArray path = QFile::encodeName(dir + QStringLiteral("/fsync-probe"));
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        fail(QStringLiteral("cannot write in %1").arg(dir));
    std::vector<char> block(4096, 'x');
    for (int i = 0; i < 8; ++i) // the file's blocks exist first, as a WAL's do after a while
        if (::pwrite(fd, block.data(), block.size(), off_t(i) * 4096) != ssize_t(block.size()))
            fail(QStringLiteral("cannot write in %1").arg(dir));
    ::fsync(fd);
    std::vector<double> out;
    for (int i = 0; i < n; ++i) {
        const auto start = Clock::now();
        if (::pwrite(fd, block.data(), block.size(), off_t(i % 8) * 4096) != ssize_t(block.size()) || ::fdatasync(fd) != 0)
            fail(QStringLiteral("write + fdatasync failed in %1").arg(dir));
        out.push_back(millis(Clock::now() - start));
    }
    ::close(fd);
    ::unlink(path.constData());
    return out;
}

// ---- The event loop and painting -------------------------------------------------------------

// Counts the paint events of the widgets it watches.
class PaintProbe : public QObject
{
public:
    void watch(QWidget *w)
    {
        w->installEventFilter(this);
        m_counts[w] = 0;
    }
    int count(QObject *w) const
    {
        auto it = m_counts.find(w);
        return it == m_counts.end() ? 0 : it->second;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++m_counts[watched];
        return false;
    }

private:
    std::map<QObject *, int> m_counts;
};

// --trace-paint: which widgets paint, how often and how many pixels, during the timed samples of
// the synchronous-repaint variant (to see what a change makes dirty).
class PaintTracer : public QObject
{
public:
    bool active = false;
    QString prefix; // the variant
    struct Seen {
        int paints = 0;
        double pixels = 0;
    };
    std::map<std::pair<QString, QString>, Seen> seen; // (variant, widget)
    std::map<QString, int> samples;                   // per variant

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (active && event->type() == QEvent::Paint && watched->isWidgetType()) {
            const auto *paint = static_cast<QPaintEvent *>(event);
            QString name = QString::fromLatin1(watched->metaObject()->className());
            if (!watched->objectName().isEmpty())
                name += QLatin1Char('#') + watched->objectName();
            if (QObject *parent = watched->parent())
                name += QStringLiteral(" in ") + QString::fromLatin1(parent->metaObject()->className());
            Seen &s = seen[{prefix, name}];
            ++s.paints;
            for (const QRect &r : paint->region())
                s.pixels += double(r.width()) * r.height();
        }
        return false;
    }
};
PaintTracer *g_tracer = nullptr;

void reportTrace(const QString &what)
{
    if (!g_tracer)
        return;
    std::vector<std::tuple<QString, double, QString>> rows;
    for (const auto &[key, s] : g_tracer->seen) {
        const int n = std::max(1, g_tracer->samples[key.first]);
        rows.push_back({key.first, s.pixels / n, QStringLiteral("%1%2: %3 paints, %4 kpx per sample")
                                                     .arg(key.first, key.second)
                                                     .arg(double(s.paints) / n, 0, 'f', 2)
                                                     .arg(s.pixels / 1000.0 / n, 0, 'f', 1)});
    }
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        return std::get<0>(a) != std::get<0>(b) ? std::get<0>(a) > std::get<0>(b) : std::get<1>(a) > std::get<1>(b);
    });
    for (const auto &r : rows)
        line(what + QStringLiteral(" paint trace"), std::get<2>(r));
    g_tracer->seen.clear();
    g_tracer->samples.clear();
}

// Runs the event loop (without sleeping in steps, as QTest::qWaitFor does) until `done`, or fails
// after `timeoutMs`.
bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QElapsedTimer elapsed;
    elapsed.start();
    QTimer wake; // wakes the blocking wait at least every millisecond
    wake.setTimerType(Qt::PreciseTimer);
    wake.setInterval(1);
    wake.start();
    while (!done()) {
        if (elapsed.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

// Untimed: delivers what is pending (layouts, deferred deletes, paints), so that the next sample
// starts from a quiet window; then waits `pauseMs` so that an X server can catch up.
void settle(int pauseMs)
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    if (pauseMs > 0) {
        std::this_thread::sleep_for(std::chrono::milliseconds(pauseMs));
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
}

// The view's frozen columns: the QTableView FormView lays over its own leading columns.
QTableView *frozenOf(FormView *view)
{
    const auto children = view->findChildren<QTableView *>(QString(), Qt::FindDirectChildrenOnly);
    return children.isEmpty() ? nullptr : children.first();
}

// ---- Documents -------------------------------------------------------------------------------

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        fail(QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    return f.readAll();
}

struct Doc {
    QString name;
    QString path;    // a fresh .fadb in the temporary directory
    QString address; // the 05表 项 cell typed into
    fa::DocumentData data;
};

// The first stored 项 cell of `table`/`column` (05表 基本支出: the deepest chain of sums and checks).
QString firstItemCell(const fa::DocumentData &data, const QString &table, const QString &column)
{
    const fa::Template *tpl = fa::findTemplate(data.templateId);
    if (!tpl)
        fail(QStringLiteral("no template %1").arg(data.templateId));
    for (const auto &[address, value] : data.values) {
        if (!address.startsWith(table + QLatin1Char('/')) || !address.endsWith(QLatin1Char('/') + column))
            continue;
        const auto r = fa::resolveEnteredAddress(*tpl, data.subjects, address);
        if (r && r.value().subjectRow)
            return address;
    }
    return {};
}

Doc sampleDoc(const QString &sourceDir, const QString &name, const QTemporaryDir &dir)
{
    const QString json = sourceDir + QStringLiteral("/resources/samples/") + name + QStringLiteral(".json");
    auto data = fa::readInterchange(readFile(json));
    if (!data)
        fail(json + QStringLiteral(": ") + data.error().message);
    Doc d{name, dir.filePath(name + QStringLiteral(".fadb")), {}, std::move(data.value())};
    if (const fa::Status s = fa::Store::create(d.path, d.data))
        fail(QStringLiteral("Store::create %1: %2").arg(d.path, s->message));
    d.address = firstItemCell(d.data, QStringLiteral("t05"), QStringLiteral("基本支出"));
    if (d.address.isEmpty())
        d.address = firstItemCell(d.data, QStringLiteral("t03"), QStringLiteral("基本支出"));
    if (d.address.isEmpty())
        fail(name + QStringLiteral(": no stored 项 cell to type into"));
    return d;
}

Doc largeDoc(const fa::bench::Large &L, const QTemporaryDir &dir)
{
    Doc d{QStringLiteral("large"), dir.filePath(QStringLiteral("large.fadb")),
          fa::bench::slash(QStringLiteral("t05"), L.codes[L.codes.size() / 2], QStringLiteral("基本支出")), L.data};
    if (const fa::Status s = fa::Store::create(d.path, d.data))
        fail(QStringLiteral("Store::create %1: %2").arg(d.path, s->message));
    return d;
}

// What the file holds at `address` now (read-only open, nothing written).
std::optional<Money> storedValue(const QString &path, const QString &address)
{
    auto store = fa::Store::open(path, fa::Store::Mode::ReadOnly);
    if (!store)
        fail(QStringLiteral("Store::open %1: %2").arg(path, store.error().message));
    auto data = store.value()->load();
    if (!data)
        fail(QStringLiteral("Store::load %1: %2").arg(path, data.error().message));
    auto it = data.value().values.find(address);
    return it == data.value().values.end() ? std::nullopt : std::optional<Money>(it->second);
}

// ---- An open window --------------------------------------------------------------------------

// A MainWindow with a document open at a cell, shown, exposed and painted.
struct Window {
    std::unique_ptr<MainWindow> window;
    TablePage *page = nullptr;
    SheetModel *model = nullptr;
    FormView *view = nullptr;
    QTableView *frozen = nullptr;
    QModelIndex index; // the cell
    PaintProbe probe;
    // The steps, in ms: construct, openFile, gotoAddress, show until exposed and painted.
    double constructMs = 0, openMs = 0, gotoMs = 0, showMs = 0, totalMs = 0;
};

bool editable(const Window &w)
{
    const QModelIndex cur = w.view->currentIndex();
    return cur.isValid() && (w.model->flags(cur) & Qt::ItemIsEditable);
}

// Opens `path` at `address` in a new window and waits until it can be typed into. The steps are
// timed; nothing else runs in between.
std::unique_ptr<Window> openWindow(const QString &path, const QString &address)
{
    auto w = std::make_unique<Window>();
    const auto t0 = Clock::now();
    w->window = std::make_unique<MainWindow>();
    const auto t1 = Clock::now();
    if (!w->window->openFile(path))
        fail(QStringLiteral("openFile %1: %2").arg(path, w->window->alertText()));
    const auto t2 = Clock::now();
    if (!w->window->gotoAddress(address))
        fail(QStringLiteral("gotoAddress %1 failed").arg(address));
    const auto t3 = Clock::now();
    w->page = w->window->currentTablePage();
    if (!w->page)
        fail(QStringLiteral("no current table page after gotoAddress %1").arg(address));
    w->model = w->page->model();
    w->view = w->page->view();
    w->frozen = frozenOf(w->view);
    w->probe.watch(w->view->viewport());
    if (w->frozen)
        w->probe.watch(w->frozen->viewport());
    w->window->show();
    QWidget *viewport = w->view->viewport();
    const bool ready = spinUntil(
        [&] {
            return w->window->windowHandle() && w->window->windowHandle()->isExposed() && w->probe.count(viewport) > 0
                   && editable(*w);
        },
        20000);
    const auto t4 = Clock::now();
    if (!ready)
        fail(QStringLiteral("the window for %1 was not exposed and painted, with an editable current cell, within 20 s")
                 .arg(path));
    w->index = w->model->indexOfAddress(address);
    if (!w->index.isValid() || w->view->currentIndex() != w->index)
        fail(QStringLiteral("%1 is not the current cell of the view").arg(address));
    w->constructMs = millis(t1 - t0);
    w->openMs = millis(t2 - t1);
    w->gotoMs = millis(t3 - t2);
    w->showMs = millis(t4 - t3);
    w->totalMs = millis(t4 - t0);
    return w;
}

// Whether the checks panel lists the document's findings, in order, under groups that count them
// (it is kept current in place as the findings change). Empty when it does.
QString checksPanelDifference(const Window &w)
{
    const QTreeWidget *tree = w.window->checksPanel()->tree();
    const std::vector<fa::Finding> findings = w.window->session()->document().checker().findings();
    std::size_t at = 0;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = tree->topLevelItem(g);
        if (!group->text(0).endsWith(QStringLiteral("(%1)").arg(group->childCount())))
            return QStringLiteral("the group “%1” has %2 rows").arg(group->text(0)).arg(group->childCount());
        for (int i = 0; i < group->childCount(); ++i, ++at) {
            if (at >= findings.size())
                return QStringLiteral("the panel lists more than the %1 findings").arg(findings.size());
            const fa::Finding &f = findings[at];
            if (int(f.severity) != group->data(0, Qt::UserRole).toInt() || group->child(i)->text(0) != f.message
                || group->child(i)->toolTip(3) != f.address)
                return QStringLiteral("row %1 of “%2” is “%3”, the finding is “%4”")
                    .arg(i)
                    .arg(group->text(0), group->child(i)->text(0), f.message);
        }
    }
    if (at != findings.size())
        return QStringLiteral("the panel lists %1 of the %2 findings").arg(at).arg(findings.size());
    return {};
}

void closeWindow(std::unique_ptr<Window> &w)
{
    w->window.reset(); // closes the session: the file is folded back and unlocked
    w.reset();
    settle(0);
}

// ---- 1. Keystroke to repaint -----------------------------------------------------------------

enum class Variant { Sync, Commit, EventLoop, Window };
const Variant kVariants[] = {Variant::Sync, Variant::Commit, Variant::EventLoop, Variant::Window};

// Runs `act` (a commit through the model or the view) and then the variant's repaint; returns the
// wall and thread CPU time. The view must have repainted for every variant but the commit alone.
std::pair<double, double> timed(Window &w, Variant variant, const std::function<void()> &act)
{
    QWidget *viewport = w.view->viewport();
    const int painted = w.probe.count(viewport);
    const double cpu0 = threadCpuMs();
    if (g_tracer) {
        g_tracer->active = variant == Variant::Sync || variant == Variant::EventLoop;
        g_tracer->prefix = variant == Variant::Sync ? QStringLiteral("sync repaint: ") : QStringLiteral("event loop: ");
        if (g_tracer->active)
            ++g_tracer->samples[g_tracer->prefix];
    }
    const auto start = Clock::now();
    act();
    switch (variant) {
    case Variant::Sync:
        viewport->repaint();
        if (w.frozen)
            w.frozen->viewport()->repaint();
        break;
    case Variant::Commit:
        break;
    case Variant::EventLoop:
        if (!spinUntil([&] { return w.probe.count(viewport) > painted; }, 5000))
            fail(QStringLiteral("the view did not repaint within 5 s of a change"));
        break;
    case Variant::Window:
        w.window->repaint();
        break;
    }
    const auto end = Clock::now();
    const double cpu1 = threadCpuMs();
    if (g_tracer)
        g_tracer->active = false;
    if (variant != Variant::Commit && w.probe.count(viewport) == painted)
        fail(QStringLiteral("the view was not repainted"));
    return {millis(end - start), cpu1 - cpu0};
}

struct VariantSamples {
    std::map<Variant, Samples> by;
    void add(Variant v, std::pair<double, double> t)
    {
        by[v].wall.push_back(t.first);
        by[v].cpu.push_back(t.second);
    }
};

void benchKeystroke(const Doc &doc, int changes, int warmup, int pauseMs)
{
    section(QStringLiteral("keystroke to repaint: %1").arg(doc.name));
    auto w = openWindow(doc.path, doc.address);
    settle(50);
    fa::ui::DocumentSession *session = w->window->session();
    std::size_t changedCells = 0, changedCellsMax = 0, cellsReported = 0;
    int changesSeen = 0;
    QObject::connect(session, &fa::ui::DocumentSession::changed, w->window.get(), [&](const fa::ChangeSet &cs) {
        ++changesSeen;
        changedCells += cs.cells.size();
        changedCellsMax = std::max(changedCellsMax, cs.cells.size());
    });
    QObject::connect(w->model, &QAbstractItemModel::dataChanged, w->window.get(),
                     [&](const QModelIndex &a, const QModelIndex &b) {
                         cellsReported += std::size_t(b.row() - a.row() + 1) * std::size_t(b.column() - a.column() + 1);
                     });

    const fa::Engine &engine = session->engine();
    const fa::CellId cell = engine.find(doc.address);
    const Money original = engine.value(cell);
    // Two amounts typed in turn (in the unit shown, 万元, as a person types them): the stored one
    // and 1.23 万元 more, so that every change is real and the document ends as it began.
    const QString texts[2] = {Money::fromFen(original.fen() + 123 * Money::kFenPerWanyuanCent).toExactWanyuanString(),
                              original.toExactWanyuanString()};
    const Money values[2] = {Money::fromFen(original.fen() + 123 * Money::kFenPerWanyuanCent), original};
    line(QStringLiteral("cell typed into"), QStringLiteral("%1 (row %2, column %3 of %4 × %5), values %6 / %7 万元")
                                                .arg(doc.address)
                                                .arg(w->index.row())
                                                .arg(w->index.column())
                                                .arg(w->model->rowCount())
                                                .arg(w->model->columnCount())
                                                .arg(texts[0], texts[1]));

    {
        // What the window reads on a change whose findings changed (the checks panel, the marks).
        const fa::Checker &checker = session->document().checker();
        std::vector<double> t;
        std::size_t n = 0;
        for (int i = 0; i < 5; ++i) {
            const auto start = Clock::now();
            n = checker.findings().size();
            t.push_back(millis(Clock::now() - start));
        }
        line(QStringLiteral("%1: findings (error/warning/尾差), one Checker::findings() call (median of 5)").arg(doc.name),
             QStringLiteral("%1 (%2/%3/%4), %5")
                 .arg(n)
                 .arg(checker.count(fa::Severity::Error))
                 .arg(checker.count(fa::Severity::Warning))
                 .arg(checker.count(fa::Severity::Rounding))
                 .arg(ms(statsOf(t).median, 3)));
    }

    VariantSamples samples;
    const int variants = int(std::size(kVariants));
    warmup += warmup % 2;
    const int total = warmup + changes * variants;
    for (int i = 0; i < total; ++i) {
        // Each variant times two changes in a row, one each way (errors appearing and going).
        const Variant v = kVariants[(i / 2) % variants];
        const int k = i % 2;
        const int before = changesSeen;
        const auto t = timed(*w, v, [&] {
            if (!w->model->setData(w->index, texts[k], Qt::EditRole))
                fail(QStringLiteral("setData(%1, %2) refused: %3").arg(doc.address, texts[k], w->window->alertText()));
        });
        if (changesSeen != before + 1)
            fail(QStringLiteral("a change to %1 did not come back from the session").arg(doc.address));
        if (engine.value(cell) != values[k] || w->model->data(w->index, Qt::EditRole).toString() != texts[k])
            fail(QStringLiteral("the model does not show %1 at %2").arg(texts[k], doc.address));
        if (i < 8) {
            const QString diff = checksPanelDifference(*w);
            if (!diff.isEmpty())
                fail(doc.name + QStringLiteral(": after a change, the checks panel: ") + diff);
        }
        if (i >= warmup)
            samples.add(v, t);
        settle(pauseMs);
    }
    if (total % 2 != 0) { // end on the original value
        w->model->setData(w->index, texts[1], Qt::EditRole);
        settle(0);
    }
    report(QStringLiteral("%1: Enter to every subtotal on screen (setData + synchronous repaint of the view)").arg(doc.name),
           samples.by[Variant::Sync], 16.0);
    report(QStringLiteral("%1:   the durable commit alone (setData, every slot of the change included)").arg(doc.name),
           samples.by[Variant::Commit], 16.0);
    report(QStringLiteral("%1:   setData, then the event loop until the view has repainted").arg(doc.name),
           samples.by[Variant::EventLoop], 16.0);
    report(QStringLiteral("%1:   setData + window.repaint() (every widget, dirty or not)").arg(doc.name),
           samples.by[Variant::Window], 16.0);
    line(QStringLiteral("%1: cells changed per change (mean/max), cells the 05表 model reported (mean)").arg(doc.name),
         QStringLiteral("%1 / %2, %3")
             .arg(double(changedCells) / std::max(1, changesSeen), 0, 'f', 1)
             .arg(changedCellsMax)
             .arg(double(cellsReported) / std::max(1, changesSeen), 0, 'f', 1));
    if (cellsReported < std::size_t(changesSeen) * 2)
        fail(doc.name + QStringLiteral(": the model reported fewer than two cells (the cell and a subtotal) per change"));
    reportTrace(doc.name);
    if (const QString diff = checksPanelDifference(*w); !diff.isEmpty())
        fail(doc.name + QStringLiteral(": after the changes, the checks panel: ") + diff);
    line(QStringLiteral("%1: undo steps after the changes (one cell's edits merge)").arg(doc.name),
         QString::number(session->undoStack()->count()));
    closeWindow(w);
    const auto stored = storedValue(doc.path, doc.address);
    if (stored != std::optional<Money>(original))
        fail(doc.name + QStringLiteral(": the file holds %1 at %2 after the changes, not %3")
                            .arg(stored ? stored->toYuanString() : QStringLiteral("blank"), doc.address, original.toYuanString()));
    line(QStringLiteral("%1: the file read back holds the last value typed").arg(doc.name), QStringLiteral("yes"));
}

// ---- 2. A 1,000-cell paste -------------------------------------------------------------------

void benchPaste(const Doc &doc, int runs, int pauseMs)
{
    const QString table = QStringLiteral("t03");
    section(QStringLiteral("paste of 1,000 cells: %1 %2").arg(doc.name, table));
    // The first 项 row of the 03表 a third of the way down, as the cell the paste starts at.
    const fa::Template *tpl = fa::findTemplate(doc.data.templateId);
    const auto &rows = doc.data.subjectRows.at(table);
    const std::vector<QString> codes(rows.begin(), rows.end());
    const QString startCode = codes[codes.size() / 3];
    QString startAddress;
    for (const fa::ColumnDecl &c : tpl->table(table)->columns) {
        const QString a = fa::bench::slash(table, startCode, c.key);
        if (c.printed && fa::resolveEnteredAddress(*tpl, doc.data.subjects, a)) {
            startAddress = a;
            break;
        }
    }
    if (startAddress.isEmpty())
        fail(QStringLiteral("no entered printed column in %1").arg(table));
    auto w = openWindow(doc.path, startAddress);
    settle(50);
    SheetModel *model = w->model;
    FormView *view = w->view;
    const QModelIndex anchor = w->index;

    // Five entered printed columns from the anchor's on, and the rows down to 1,000 entered cells.
    std::vector<int> columns;
    for (int c = anchor.column(); c < model->columnCount() && columns.size() < 5; ++c) {
        if (model->isUnprintedColumn(c) || !model->isEnteredCell(model->index(anchor.row(), c)))
            break;
        columns.push_back(c);
    }
    if (columns.size() < 5)
        line(QStringLiteral("note"), QStringLiteral("only %1 entered columns side by side").arg(columns.size()));
    fa::bench::Draw draw(0x50415354'45313030ULL); // "PASTE100"
    QStringList blocks[2];
    std::vector<std::pair<QString, Money>> lastValues[2]; // address, value
    int entered = 0, lastRow = anchor.row();
    std::vector<std::vector<QString>> fields[2];
    for (int r = anchor.row(); r < model->rowCount() && entered < 1000; ++r) {
        std::vector<QString> row[2];
        for (int c : columns) {
            const QModelIndex i = model->index(r, c);
            if (!model->isEnteredCell(i) || entered >= 1000) {
                row[0].push_back(QString());
                row[1].push_back(QString());
                continue;
            }
            const QString address = model->addressAt(i);
            for (int b = 0; b < 2; ++b) {
                // Amounts in 万元 with two decimals, as a spreadsheet copies them; the blocks differ.
                const std::int64_t cents = draw.between(1, 2'000'000) * 2 + b; // even / odd: never equal
                const Money m = Money::fromFen(cents * Money::kFenPerWanyuanCent);
                row[b].push_back(m.toWanyuanString());
                lastValues[b].push_back({address, m});
            }
            ++entered;
        }
        lastRow = r;
        for (int b = 0; b < 2; ++b)
            fields[b].push_back(std::move(row[b]));
    }
    for (int b = 0; b < 2; ++b) {
        QStringList lines;
        for (const auto &row : fields[b])
            lines << QStringList(row.begin(), row.end()).join(QLatin1Char('\t'));
        blocks[b] = lines;
    }
    const QString tsv[2] = {blocks[0].join(QLatin1Char('\n')) + QLatin1Char('\n'),
                            blocks[1].join(QLatin1Char('\n')) + QLatin1Char('\n')};
    line(QStringLiteral("block"), QStringLiteral("%1 entered cells in rows %2–%3 (%4 rows × %5 columns, from %6), %7 KiB of TSV")
                                      .arg(entered)
                                      .arg(anchor.row())
                                      .arg(lastRow)
                                      .arg(lastRow - anchor.row() + 1)
                                      .arg(columns.size())
                                      .arg(startAddress)
                                      .arg(tsv[0].toUtf8().size() / 1024.0, 0, 'f', 1));

    fa::ui::DocumentSession *session = w->window->session();
    std::size_t changedCells = 0;
    int changesSeen = 0;
    QObject::connect(session, &fa::ui::DocumentSession::changed, w->window.get(), [&](const fa::ChangeSet &cs) {
        ++changesSeen;
        changedCells += cs.cells.size();
    });
    const fa::Engine &engine = session->engine();
    VariantSamples samples;
    const int variants = int(std::size(kVariants));
    const int warmup = 4;
    const int total = warmup + runs * variants;
    int lastBlock = -1;
    for (int i = 0; i < total; ++i) {
        const Variant v = kVariants[(i / 2) % variants]; // each variant pastes both blocks in turn
        const int b = i % 2;
        view->selectionModel()->setCurrentIndex(anchor, QItemSelectionModel::ClearAndSelect);
        view->scrollTo(anchor, QAbstractItemView::PositionAtTop);
        settle(0);
        const int before = changesSeen;
        const auto t = timed(*w, v, [&] {
            if (!view->pasteText(tsv[b]))
                fail(QStringLiteral("the paste was refused: %1").arg(w->window->statusText()));
        });
        if (changesSeen != before + 1)
            fail(QStringLiteral("a paste did not come back from the session as one change"));
        for (std::size_t k = 0; k < lastValues[b].size(); k += 97) {
            if (engine.value(engine.find(lastValues[b][k].first)) != lastValues[b][k].second)
                fail(QStringLiteral("%1 does not hold the pasted value").arg(lastValues[b][k].first));
        }
        lastBlock = b;
        if (i >= warmup)
            samples.add(v, t);
        settle(pauseMs);
    }
    report(QStringLiteral("%1: paste of %2 cells to every subtotal on screen (pasteText + synchronous repaint)").arg(doc.name).arg(entered),
           samples.by[Variant::Sync], 100.0);
    report(QStringLiteral("%1:   pasteText alone (parse, one durable commit, recompute, every slot)").arg(doc.name),
           samples.by[Variant::Commit], 100.0);
    report(QStringLiteral("%1:   pasteText, then the event loop until the view has repainted").arg(doc.name),
           samples.by[Variant::EventLoop], 100.0);
    report(QStringLiteral("%1:   pasteText + window.repaint()").arg(doc.name), samples.by[Variant::Window], 100.0);
    reportTrace(doc.name + QStringLiteral(" paste"));
    if (const QString diff = checksPanelDifference(*w); !diff.isEmpty())
        fail(doc.name + QStringLiteral(": after the pastes, the checks panel: ") + diff);
    line(QStringLiteral("%1: cells changed per paste (mean)").arg(doc.name),
         QString::number(double(changedCells) / std::max(1, changesSeen), 'f', 1));
    closeWindow(w);

    // The file holds the last block.
    auto store = fa::Store::open(doc.path, fa::Store::Mode::ReadOnly);
    if (!store)
        fail(store.error().message);
    auto data = store.value()->load();
    if (!data)
        fail(data.error().message);
    for (const auto &[address, value] : lastValues[lastBlock]) {
        auto it = data.value().values.find(address);
        if (it == data.value().values.end() || it->second != value)
            fail(QStringLiteral("the file does not hold the last pasted value at %1").arg(address));
    }
    line(QStringLiteral("%1: the file read back holds the last block pasted").arg(doc.name), QStringLiteral("yes"));
}

// ---- 3. Start to an editable window ----------------------------------------------------------

std::int64_t monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count();
}

// In a child process: `--start-child FILE ADDRESS SETTINGS_DIR T0_NS`. Starts as final-accounts
// does (QApplication, setUpApplication), opens FILE at ADDRESS, shows the window, waits until it
// is exposed, painted and editable, and prints "ready TOTAL_MS MAIN_MS APP_MS WINDOW_MS" (from
// T0, from main, QApplication + setUpApplication, then the window's steps).
int startChild(int argc, char **argv)
{
    const std::int64_t mainNs = monotonicNs();
    if (argc < 6)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[2]);
    const QString address = QString::fromLocal8Bit(argv[3]);
    const QString settingsDir = QString::fromLocal8Bit(argv[4]);
    const std::int64_t t0 = std::strtoll(argv[5], nullptr, 10);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir);
    int appArgc = 1;
    QApplication app(appArgc, argv);
    fa::ui::setUpApplication(app, QStringLiteral("zh_CN"));
    const std::int64_t appNs = monotonicNs();
    auto w = openWindow(path, address);
    const std::int64_t endNs = monotonicNs();
    std::printf("ready %.3f %.3f %.3f %.3f\n", double(endNs - t0) / 1e6, double(endNs - mainNs) / 1e6,
                double(appNs - mainNs) / 1e6, double(endNs - appNs) / 1e6);
    std::fflush(stdout);
    w->window.reset();
    return 0;
}

struct ChildRun {
    double total = 0, main = 0, app = 0, window = 0;
};

ChildRun runChild(const Doc &doc, const QString &settingsDir)
{
    QProcess p;
    p.setProgram(QCoreApplication::applicationFilePath());
    const std::int64_t t0 = monotonicNs();
    p.setArguments({QStringLiteral("--start-child"), doc.path, doc.address, settingsDir, QString::number(t0)});
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start();
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        fail(QStringLiteral("the start child for %1 failed (exit %2)").arg(doc.name).arg(p.exitCode()));
    const QString out = QString::fromLocal8Bit(p.readAllStandardOutput());
    QStringList parts;
    for (const QString &l : out.split(QLatin1Char('\n'))) {
        if (l.startsWith(QStringLiteral("ready ")))
            parts = l.split(QLatin1Char(' '));
    }
    if (parts.size() != 5)
        fail(QStringLiteral("the start child printed: %1").arg(out));
    return {parts[1].toDouble(), parts[2].toDouble(), parts[3].toDouble(), parts[4].toDouble()};
}

void benchStart(const std::vector<const Doc *> &docs, int runs, const QString &settingsDir)
{
    section(QStringLiteral("start to an editable window"));
    line(QStringLiteral("measured"),
         QStringLiteral("in process: MainWindow() + openFile + gotoAddress + show until exposed, painted and the current "
                        "cell editable; whole process: a child process of this program from QProcess::start on"));
    for (const Doc *doc : docs) {
        const double target = doc->name == QStringLiteral("large") ? 1000.0 : 500.0;
        std::vector<double> total, construct, open, go, show;
        for (int run = 0; run <= runs; ++run) {
            auto w = openWindow(doc->path, doc->address);
            if (run == 0) {
                line(QStringLiteral("%1: in process, first window of this document").arg(doc->name),
                     QStringLiteral("%1 (construct %2, openFile %3, goto %4, show to painted %5) — target < %6 ms: %7")
                         .arg(ms(w->totalMs, 1), ms(w->constructMs, 1), ms(w->openMs, 1), ms(w->gotoMs, 1), ms(w->showMs, 1))
                         .arg(target)
                         .arg(verdict(w->totalMs, target)));
            } else {
                total.push_back(w->totalMs);
                construct.push_back(w->constructMs);
                open.push_back(w->openMs);
                go.push_back(w->gotoMs);
                show.push_back(w->showMs);
            }
            closeWindow(w);
        }
        const Stats s = statsOf(total);
        line(QStringLiteral("%1: in process, median of %2 more").arg(doc->name).arg(runs),
             QStringLiteral("%1, max %2 (construct %3, openFile %4, goto %5, show to painted %6) — target < %7 ms: %8")
                 .arg(ms(s.median, 1), ms(s.max, 1), ms(statsOf(construct).median, 1), ms(statsOf(open).median, 1),
                      ms(statsOf(go).median, 1), ms(statsOf(show).median, 1))
                 .arg(target)
                 .arg(verdict(s.median, target)));
        std::vector<double> child, childMain, childApp, childWindow;
        ChildRun first;
        for (int run = 0; run < runs; ++run) {
            const ChildRun r = runChild(*doc, settingsDir);
            if (run == 0)
                first = r;
            child.push_back(r.total);
            childMain.push_back(r.main);
            childApp.push_back(r.app);
            childWindow.push_back(r.window);
        }
        const Stats c = statsOf(child);
        line(QStringLiteral("%1: whole process (child), median of %2").arg(doc->name).arg(runs),
             QStringLiteral("%1, first %2, max %3 (exec to main %4, QApplication + setUpApplication %5, window %6) — target "
                            "< %7 ms: %8")
                 .arg(ms(c.median, 1), ms(first.total, 1), ms(c.max, 1),
                      ms(statsOf(child).median - statsOf(childMain).median, 1), ms(statsOf(childApp).median, 1),
                      ms(statsOf(childWindow).median, 1))
                 .arg(target)
                 .arg(verdict(c.median, target)));
    }
}

int usage()
{
    std::printf("usage: fa_editor_bench [SOURCE_DIR] [--items N] [--changes N] [--warmup N] [--paste-runs N]"
                " [--start-runs N] [--pause-ms N] [--only start,keys,paste]\n"
                "  --only keys:NAME times keystrokes on one document (nanyang-cac-2024, nanyang-bigdata-2024, large)\n");
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 1 && std::string(argv[1]) == "--start-child") {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return startChild(argc, argv);
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Nothing of the user's: settings (recent files, geometry) go to a temporary directory.
    QTemporaryDir settingsDir;
    if (!settingsDir.isValid())
        fail(QStringLiteral("cannot make a temporary directory: ") + settingsDir.errorString());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());

    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    fa::ui::setUpApplication(app, QStringLiteral("zh_CN"));

    QString sourceDir = QStringLiteral(FA_SOURCE_DIR);
    int items = 2000, changes = 300, warmup = 20, pasteRuns = 30, startRuns = 5, pauseMs = 5;
    QStringList only = {QStringLiteral("start"), QStringLiteral("keys"), QStringLiteral("paste")};
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        auto number = [&](int minimum) { return numberAfter(args, i, minimum, "fa_editor_bench"); };
        if (a == QLatin1String("--items"))
            items = number(1);
        else if (a == QLatin1String("--changes"))
            changes = number(1);
        else if (a == QLatin1String("--warmup"))
            warmup = number(0);
        else if (a == QLatin1String("--paste-runs"))
            pasteRuns = number(1);
        else if (a == QLatin1String("--start-runs"))
            startRuns = number(1);
        else if (a == QLatin1String("--pause-ms"))
            pauseMs = number(0);
        else if (a == QLatin1String("--trace-paint")) {
            g_tracer = new PaintTracer;
            app.installEventFilter(g_tracer);
        } else if (a == QLatin1String("--only") && i + 1 < args.size())
            only = args.at(++i).split(QLatin1Char(','));
        else if (a == QLatin1String("--help") || a == QLatin1String("-h"))
            return usage();
        else if (a.startsWith(QLatin1Char('-')))
            fail(QStringLiteral("unknown option %1").arg(a));
        else
            sourceDir = a;
    }
    if (!QFileInfo(sourceDir + QStringLiteral("/resources/samples")).isDir())
        fail(QStringLiteral("%1 is not the source tree (no resources/samples)").arg(sourceDir));

    QTemporaryDir dir;
    if (!dir.isValid())
        fail(QStringLiteral("cannot make a temporary directory: ") + dir.errorString());

    section(QStringLiteral("machine"));
    line(QStringLiteral("cpu"), cpuModel());
    line(QStringLiteral("cores (hardware threads)"), QString::number(std::thread::hardware_concurrency()));
    const QString buildType = QStringLiteral(FA_BUILD_TYPE);
    line(QStringLiteral("build type"), buildType.isEmpty() ? QStringLiteral("(none)") : buildType);
#ifdef __VERSION__
    line(QStringLiteral("compiler"), QStringLiteral(__VERSION__));
#endif
    line(QStringLiteral("Qt"), QStringLiteral("%1 (built against %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    line(QStringLiteral("platform (QT_QPA_PLATFORM)"), QGuiApplication::platformName());
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        line(QStringLiteral("screen"), QStringLiteral("%1 × %2, device pixel ratio %3")
                                           .arg(screen->geometry().width())
                                           .arg(screen->geometry().height())
                                           .arg(screen->devicePixelRatio()));
    line(QStringLiteral("font"), QFontInfo(QApplication::font()).family());
    const QStorageInfo storage(dir.path());
    line(QStringLiteral("documents in"), QStringLiteral("%1 (%2 on %3)")
                                             .arg(dir.path(), QString::fromLatin1(storage.fileSystemType()), QString::fromLocal8Bit(storage.device())));
    const Stats sync = statsOf(syncLatencies(dir.path(), 50));
    line(QStringLiteral("disk: a 4 KiB overwrite + fdatasync there (about what a durable commit waits for)"),
         QStringLiteral("median %1, p99 %2 (50 runs)").arg(ms(sync.median, 3), ms(sync.p99, 3)));
    line(QStringLiteral("samples per variant / warm-up / paste runs per variant / start runs / pause between samples"),
         QStringLiteral("%1 / %2 / %3 / %4 / %5 ms").arg(changes).arg(warmup).arg(pasteRuns).arg(startRuns).arg(pauseMs));

    const Doc cac = sampleDoc(sourceDir, QStringLiteral("nanyang-cac-2024"), dir);
    const Doc bigdata = sampleDoc(sourceDir, QStringLiteral("nanyang-bigdata-2024"), dir);
    const auto genStart = Clock::now();
    const fa::bench::Large L = fa::bench::makeLarge(items);
    const Doc large = largeDoc(L, dir);
    line(QStringLiteral("generated 汇总"), QStringLiteral("%1 项 codes, %2 entered values, %3 KiB file (made in %4)")
                                            .arg(L.codes.size())
                                            .arg(L.data.values.size())
                                            .arg(QFileInfo(large.path).size() / 1024)
                                            .arg(ms(millis(Clock::now() - genStart), 0)));

    // First, while this process has shown no window yet (its first run is the coldest in process).
    if (only.contains(QStringLiteral("start")))
        benchStart({&bigdata, &cac, &large}, startRuns, settingsDir.path());
    for (const Doc *doc : {&cac, &bigdata, &large}) {
        if (only.contains(QStringLiteral("keys")) || only.contains(QStringLiteral("keys:") + doc->name))
            benchKeystroke(*doc, changes, warmup, pauseMs);
    }
    if (only.contains(QStringLiteral("paste")))
        benchPaste(large, pasteRuns, pauseMs);

    std::printf("\nfa_editor_bench: ok\n");
    return 0;
}
