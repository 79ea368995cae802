// fa_print_bench: what printing the whole document costs (core/print).
//
//   fa_print_bench [SOURCE_DIR] [--runs N]
//
// For each sample (resources/samples/*.json, read with fa::readInterchange), median and max of N
// runs (default 20) of:
//  1. "layout": fa::print::layoutDocument — every page of the five parts laid out;
//  2. "PDF": layout + fa::print::writePdf to a temporary folder (Qt's PDF writer, the outline and
//     page labels added with qpdf, the file written and renamed) — the whole export;
//  3. "preview first page": what the preview waits for before it shows something — the layout
//     (its 目录 needs every page's number) and the first page painted at 100 % on a screen-sized image.
// Targets: PDF < 500 ms; preview first page < 500 ms. A figure that misses its target prints MISS.

#include "benchsupport.h"
#include "document.h"
#include "interchange.h"
#include "printdocument.h"

#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <chrono>

using namespace fa;
using namespace fa::bench;

namespace {

double msSince(std::chrono::steady_clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

void figure(const QString &label, const Stats &s, double target)
{
    QString value = QStringLiteral("median %1 ms, max %2 ms").arg(s.median, 0, 'f', 1).arg(s.max, 0, 'f', 1);
    if (target > 0)
        value += s.median < target ? QStringLiteral("  (target < %1 ms: ok)").arg(target) : QStringLiteral("  MISS (target < %1 ms)").arg(target);
    line(label, value);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QString source = QStringLiteral(FA_SOURCE_DIR);
    int runs = 20;
    const QStringList args = QCoreApplication::arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--runs"))
            runs = numberAfter(args, i, 1, "fa_print_bench");
        else
            source = args[i];
    }
    section("machine");
    line(QStringLiteral("cpu"), cpuModel());
    line(QStringLiteral("build"), QStringLiteral(FA_BUILD_TYPE));
    line(QStringLiteral("font"), print::printFontFamily());
    QTemporaryDir dir;
    for (const char *name : {"nanyang-cac-2024", "nanyang-bigdata-2024"}) {
        QFile f(source + QStringLiteral("/resources/samples/%1.json").arg(QLatin1String(name)));
        if (!f.open(QIODevice::ReadOnly))
            fail("fa_print_bench", QStringLiteral("cannot read %1").arg(f.fileName()));
        auto data = readInterchange(f.readAll());
        if (!data)
            fail("fa_print_bench", data.error().message);
        auto doc = Document::create(data.value());
        if (!doc)
            fail("fa_print_bench", doc.error().message);
        section(name);
        std::vector<double> layout, pdf, preview;
        int pages = 0;
        for (int r = 0; r < runs; ++r) {
            auto t0 = std::chrono::steady_clock::now();
            const print::PrintedDocument printed = print::layoutDocument(*doc.value());
            layout.push_back(msSince(t0));
            pages = int(printed.pages.size());

            t0 = std::chrono::steady_clock::now();
            const print::PrintedDocument again = print::layoutDocument(*doc.value());
            if (const Status s = print::writePdf(again, dir.filePath(QStringLiteral("bench.pdf"))); s)
                fail("fa_print_bench", s->message);
            pdf.push_back(msSince(t0));

            t0 = std::chrono::steady_clock::now();
            const print::PrintedDocument shown = print::layoutDocument(*doc.value());
            QImage image(QSize(900, 1200), QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            {
                QPainter p(&image);
                p.scale(image.logicalDpiX() / 72.0, image.logicalDpiY() / 72.0);
                print::paintPage(p, shown, 0);
            }
            preview.push_back(msSince(t0));
        }
        line(QStringLiteral("pages"), QString::number(pages));
        line(QStringLiteral("PDF size"), QStringLiteral("%1 KB").arg(QFile(dir.filePath(QStringLiteral("bench.pdf"))).size() / 1024));
        figure(QStringLiteral("layout"), statsOf(layout), 0);
        figure(QStringLiteral("PDF (layout + write)"), statsOf(pdf), 500);
        figure(QStringLiteral("preview first page (layout + paint)"), statsOf(preview), 500);
    }
    return 0;
}
