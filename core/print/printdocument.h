#pragma once

// The whole disclosure document as printed pages: cover, 目录, part 1 (概况), part 2 (the nine
// 公开表), part 3 (情况说明), part 4 (名词解释) and part 5 (the 绩效自评 tables). One layout for
// every output: the PDF, the printer and the preview paint these pages, so they show the same
// pages with the same breaks.
//
// Geometry is in points (1/72 inch) on A4, portrait or landscape per page. Text is measured with
// unhinted metrics of one pinned CJK font (the one the setup installs), so what is measured is
// what every device draws. Pages are made of positioned text lines and rules only; painting is a
// loop over them (paintPage), cheap enough to run for every preview repaint.

#include "error.h"
#include "money.h"

#include <QFont>
#include <QLineF>
#include <QPointF>
#include <QSizeF>
#include <QString>

#include <functional>
#include <vector>

class QPainter;

namespace fa {
class Document;
}

namespace fa::print {

inline constexpr qreal kA4Short = 595.276; // points
inline constexpr qreal kA4Long = 841.89;

struct FontSpec {
    qreal size = 10.5; // points
    bool bold = false;
    friend bool operator==(const FontSpec &, const FontSpec &) = default;
};

struct TextItem {
    QPointF baseline; // where the text starts, on its baseline
    QString text;
    int font = 0;     // index into PrintedDocument::fonts
};

struct RuleItem {
    QLineF line;
    qreal width = 0.5;
};

struct Page {
    bool landscape = false;
    std::vector<TextItem> texts; // in reading order
    std::vector<RuleItem> rules;
    int number = 0;              // the page number its footer prints; 0 for the cover and 目录
    QSizeF size() const { return landscape ? QSizeF(kA4Long, kA4Short) : QSizeF(kA4Short, kA4Long); }
};

// A heading of the 目录 (and of the PDF's outline): level 0 for the five parts, 1 for their
// sections and tables.
struct OutlineEntry {
    QString title;
    int level = 0;
    int page = 0;   // index into PrintedDocument::pages
    int number = 0; // the page number printed on that page (and in the 目录)
};

struct PrintedDocument {
    QString title;      // "2024年度中共南阳市委…办公室部门决算"
    QString fontFamily; // the family every text is in
    std::vector<FontSpec> fonts;
    std::vector<Page> pages;
    std::vector<OutlineEntry> outline;

    QFont font(int index) const;
};

struct PrintOptions {
    AmountUnit unit = AmountUnit::Wanyuan;
    // The submission seal: every page's footer prints the document's content fingerprint
    // (fingerprint.h), so that a signed paper copy can be matched with the file it came from.
    bool seal = true;
};

// The family the pages are set in: WenQuanYi Micro Hei (a TrueType font, embedded as such in PDF)
// when installed, else the system's default CJK family.
QString printFontFamily();

// Lays the document out. `progress` (when given) is told the part being laid out, 1 … 5.
PrintedDocument layoutDocument(const Document &doc, const PrintOptions &options = {},
                               const std::function<void(int part)> &progress = {});

// Paints one page with the painter's coordinates in points (the caller scales and translates).
void paintPage(QPainter &painter, const PrintedDocument &doc, int page);

// Writes the pages as a PDF (A4, each page in its orientation, the font embedded, text
// selectable), written to a temporary file beside `path` and renamed over it.
Status writePdf(const PrintedDocument &doc, const QString &path);

// The document as an editable ODT for WPS, Word and LibreOffice: the cover, the 目录's headings, the
// five parts' headings and paragraphs, and every table with its merged headings, from the same
// sources as the pages (without page numbers or the PDF's page breaks inside a part: ODT readers
// flow text their own way). Written to a temporary file beside `path` and renamed over it.
Status writeOdt(const Document &doc, const QString &path, const PrintOptions &options = {});

} // namespace fa::print
