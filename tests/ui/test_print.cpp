// Printing from the editor: one layout for the preview, the PDF and the printer — the same pages
// in the same orientations — laid out without blocking the window; the PDF and ODT exports.

#include "uisupport.h"

#include "fingerprint.h"
#include "printpreview.h"

#include <QFile>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace fa;
using namespace fa::test::ui;

namespace {

// The pages of a PDF file and their sizes (portrait or landscape), read from its page objects:
// Qt's and qpdf's writers give each page a /MediaBox.
std::vector<bool> pdfLandscape(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    std::vector<bool> out;
    static const QRegularExpression box(QStringLiteral("/MediaBox\\s*\\[\\s*([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s*\\]"));
    auto it = box.globalMatch(QString::fromLatin1(bytes));
    while (it.hasNext()) {
        const auto m = it.next();
        const double w = m.captured(3).toDouble() - m.captured(1).toDouble();
        const double h = m.captured(4).toDouble() - m.captured(2).toDouble();
        out.push_back(w > h);
    }
    return out;
}

std::vector<bool> orientations(const print::PrintedDocument &d)
{
    std::vector<bool> out;
    for (const print::Page &p : d.pages)
        out.push_back(p.landscape);
    return out;
}

} // namespace

TEST_CASE("ui print: the preview, the PDF and the printer get the same pages", "[ui][print]")
{
    Editor ed(kCac);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    // The preview lays the pages out on a worker thread and shows them when done.
    fa::ui::PrintPreviewDialog preview(ed.document().data(), ed.window->printOptions());
    QSignalSpy done(preview.job(), &fa::ui::PrintJob::done);
    REQUIRE((done.count() > 0 || done.wait(20000)));
    const print::PrintedDocument &pages = preview.job()->pages();
    REQUIRE(pages.pages.size() > 30);
    CHECK(preview.pageCount() == int(pages.pages.size()));
    preview.resize(900, 800);
    preview.show();
    preview.showPage(5);
    CHECK(preview.currentPage() == 5);
    CHECK_FALSE(preview.view()->grab().isNull());
    // Some pages are landscape (the wide tables), some portrait.
    const std::vector<bool> shown = orientations(pages);
    CHECK(std::count(shown.begin(), shown.end(), true) > 0);
    CHECK(std::count(shown.begin(), shown.end(), false) > 0);

    // The PDF the editor exports: the same pages, page by page in the same orientation.
    const QString pdf = dir.filePath(QStringLiteral("document.pdf"));
    REQUIRE(ed.window->exportPdfTo(pdf));
    CHECK(pdfLandscape(pdf) == shown);

    // The printer: a PDF printer gets the same pages too.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(printed);
    int asked = 0;
    REQUIRE(fa::ui::printPages(pages, printer, [&asked](int) {
        ++asked;
        return true;
    }));
    CHECK(asked == int(pages.pages.size()));
    CHECK(pdfLandscape(printed) == shown);

    // The seal in every footer is the document's fingerprint.
    const QString seal = documentFingerprint(ed.document());
    for (const print::Page &p : pages.pages) {
        bool found = false;
        for (const print::TextItem &t : p.texts)
            found = found || t.text.contains(seal);
        CHECK(found);
    }

    // An editable copy.
    const QString odt = dir.filePath(QStringLiteral("document.odt"));
    REQUIRE(ed.window->exportOdtTo(odt));
    QFile f(odt);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.read(2) == "PK");
}

TEST_CASE("ui print: a change after the preview opened is not in its pages, the next preview has it", "[ui][print]")
{
    Editor ed(kCac);
    fa::ui::PrintPreviewDialog before(ed.document().data(), ed.window->printOptions());
    QSignalSpy done(before.job(), &fa::ui::PrintJob::done);
    // The document changes while the pages are being laid out: they are of the moment asked for.
    REQUIRE(ed.session()->apply({Edit::setUnit(UnitInfo{QStringLiteral("改名后的单位"), QStringLiteral("部门"),
                                                        ed.document().data().unit.type, ed.document().data().unit.year,
                                                        ed.document().data().unit.compiled})},
                                QStringLiteral("rename"), {}));
    REQUIRE((done.count() > 0 || done.wait(20000)));
    auto coverText = [](const print::PrintedDocument &d) {
        QString t;
        for (const print::TextItem &i : d.pages.front().texts)
            t += i.text;
        return t;
    };
    CHECK_FALSE(coverText(before.job()->pages()).contains(QStringLiteral("改名后的单位")));
    fa::ui::PrintPreviewDialog after(ed.document().data(), ed.window->printOptions());
    QSignalSpy done2(after.job(), &fa::ui::PrintJob::done);
    REQUIRE((done2.count() > 0 || done2.wait(20000)));
    CHECK(coverText(after.job()->pages()).contains(QStringLiteral("改名后的单位")));
}

TEST_CASE("ui print: Enter in the preview's page number goes to that page and leaves the preview open", "[ui][print]")
{
    Editor ed(kCac);
    fa::ui::PrintPreviewDialog preview(ed.document().data(), ed.window->printOptions(), ed.window.get());
    QSignalSpy done(preview.job(), &fa::ui::PrintJob::done);
    preview.show();
    REQUIRE(QTest::qWaitForWindowExposed(&preview));
    preview.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&preview));
    REQUIRE((done.count() > 0 || done.wait(20000)));
    REQUIRE(preview.pageCount() > 5);
    // No button takes Enter for itself.
    for (QPushButton *b : preview.findChildren<QPushButton *>()) {
        INFO(b->text().toStdString());
        CHECK_FALSE(b->isDefault());
        CHECK_FALSE(b->autoDefault());
    }

    auto *page = preview.findChild<QSpinBox *>(QStringLiteral("pageNumber"));
    REQUIRE(page != nullptr);
    page->setFocus();
    QTest::keyClick(page, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(page, QStringLiteral("4"));
    QTest::keyClick(page, Qt::Key_Return);
    CHECK(preview.isVisible());
    CHECK(preview.result() == QDialog::Rejected); // not closed (nor accepted)
    CHECK(preview.currentPage() == 3);
    QTest::keyClick(page, Qt::Key_Enter, Qt::KeypadModifier);
    CHECK(preview.isVisible());
    // Esc still closes it.
    QTest::keyClick(page, Qt::Key_Escape);
    CHECK_FALSE(preview.isVisible());
}
