#include "xlsxexport.h"

#include "layout.h"
#include "outputfile.h"
#include "report.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringEncoder>

#include <xlsxwriter.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <map>
#include <optional>
#include <utility>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

namespace fa {

namespace {

// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(XlsxExport)
};

// Rows above a table's headings: 公开0N表 at the right, the title, then 部门/单位 · year · 单位.
constexpr int kCaptionRows = 3;
// Excel refuses formulas longer than this many characters.
constexpr int kMaxFormulaLength = 8192;
// The font of the published tables.
const char *const kFont = "宋体";
constexpr double kBodyFontSize = 10;

// Where a printed amount cell is in the workbook (sheet -1: not printed).
struct Pos {
    int sheet = -1;
    int row = 0;
    int col = 0;
};

QString columnName(int col)
{
    QString name;
    for (int c = col + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

QString cellName(int row, int col)
{
    return columnName(col) + QString::number(row + 1);
}

int bodyTop(const TableLayout &layout)
{
    return kCaptionRows + layout.headerRowCount();
}

// The layout of every published table by sheet index (none for the others), made once for both
// the placing of the cells and the writing of the sheets.
std::vector<std::optional<TableLayout>> publishedLayouts(const Engine &e)
{
    std::vector<std::optional<TableLayout>> layouts(e.sheets().size());
    for (std::size_t s = 0; s < e.sheets().size(); ++s) {
        if (e.sheets()[s].decl->published)
            layouts[s].emplace(e.sheets()[s]);
    }
    return layouts;
}

// The workbook position of every printed amount cell, indexed by cell id.
std::vector<Pos> placeCells(const Engine &e, const std::vector<std::optional<TableLayout>> &layouts)
{
    std::vector<Pos> pos(std::size_t(e.cellCount()));
    for (int s = 0; s < int(layouts.size()); ++s) {
        if (!layouts[std::size_t(s)])
            continue;
        const TableLayout &layout = *layouts[std::size_t(s)];
        const int top = bodyTop(layout);
        for (int b = 0; b < layout.bodyRowCount(); ++b) {
            for (int c = 0; c < layout.columnCount(); ++c) {
                const TableLayout::Slot slot = layout.slot(b, c);
                if (slot.kind == TableLayout::Slot::Kind::Amount && slot.cell != kNoCell)
                    pos[std::size_t(slot.cell)] = {s, top + b, c};
            }
        }
    }
    return pos;
}

QString sheetName(const Engine &e, int sheet)
{
    return e.sheets()[sheet].decl->code;
}

// Appends a cell's A1 name ("D8") to `out`.
void appendCellName(QByteArray &out, int row, int col)
{
    char letters[8];
    int n = 0;
    for (int c = col + 1; c > 0 && n < 8; c = (c - 1) / 26)
        letters[n++] = char('A' + (c - 1) % 26);
    while (n > 0)
        out.append(letters[--n]);
    char digits[12];
    n = 0;
    for (int r = row + 1; r > 0 && n < 12; r /= 10)
        digits[n++] = char('0' + r % 10);
    while (n > 0)
        out.append(digits[--n]);
}

// A derived cell's formula over the workbook positions of its terms: "=SUM(D8:D12)",
// "=D8+D9-D10", "='公开02表'!E9+…". Terms in consecutive rows of one column (or consecutive
// columns of one row) with the same coefficient become one SUM over a range, which keeps the
// formulas of long sums short. No formula when a term is not printed or the formula is too long.
// Asked for every derived cell of the workbook: its buffers are kept from one cell to the next, and
// the formula is built as UTF-8, the form libxlsxwriter takes.
class FormulaBuilder
{
public:
    FormulaBuilder(const Engine &e, const std::vector<Pos> &pos) : m_pos(pos)
    {
        for (const Sheet &sheet : e.sheets())
            m_sheetPrefix.push_back("'" + sheet.decl->code.toUtf8() + "'!");
    }

    // The formula of `id` on sheet `ownSheet`, valid until the next call; null when there is none.
    const char *build(const Engine &e, CellId id, int ownSheet)
    {
        // A cell named twice counts twice.
        const auto byCell = [](const Engine::Term &a, const Engine::Term &b) { return a.cell < b.cell; };
        m_terms.assign(e.formula(id).begin(), e.formula(id).end());
        if (!std::is_sorted(m_terms.begin(), m_terms.end(), byCell)) // usually they are
            std::sort(m_terms.begin(), m_terms.end(), byCell);
        m_refs.clear();
        for (std::size_t i = 0; i < m_terms.size();) {
            long long coeff = 0;
            std::size_t j = i;
            for (; j < m_terms.size() && m_terms[j].cell == m_terms[i].cell; ++j)
                coeff += m_terms[j].coeff;
            const Pos &p = m_pos[std::size_t(m_terms[i].cell)];
            i = j;
            if (coeff == 0)
                continue;
            if (p.sheet < 0)
                return nullptr;
            m_refs.push_back({p.sheet, p.row, p.col, coeff, 0});
        }
        // The own sheet first, then by sheet, column, row (positions are distinct: a total order).
        for (Ref &r : m_refs)
            r.key = sortKey(r.coeff < 0, r.sheet != ownSheet, r.sheet, r.col, r.row);
        std::sort(m_refs.begin(), m_refs.end(), [](const Ref &a, const Ref &b) { return a.key < b.key; });

        // Vertical runs first (the trees of subjects), then horizontal runs of what is left (row totals).
        m_pieces.clear();
        m_rest.clear();
        for (std::size_t i = 0; i < m_refs.size();) {
            std::size_t j = i + 1;
            while (j < m_refs.size() && m_refs[j].sheet == m_refs[i].sheet && m_refs[j].coeff == m_refs[i].coeff
                   && m_refs[j].col == m_refs[i].col && m_refs[j].row == m_refs[j - 1].row + 1)
                ++j;
            if (j - i > 1) {
                m_pieces.push_back({m_refs[i], m_refs[j - 1].row, m_refs[j - 1].col, true});
            } else {
                Ref r = m_refs[i];
                r.key = sortKey(r.coeff < 0, false, r.sheet, r.row, r.col); // by row, then column
                m_rest.push_back(r);
            }
            i = j;
        }
        std::sort(m_rest.begin(), m_rest.end(), [](const Ref &a, const Ref &b) { return a.key < b.key; });
        for (std::size_t i = 0; i < m_rest.size();) {
            std::size_t j = i + 1;
            while (j < m_rest.size() && m_rest[j].sheet == m_rest[i].sheet && m_rest[j].coeff == m_rest[i].coeff
                   && m_rest[j].row == m_rest[i].row && m_rest[j].col == m_rest[j - 1].col + 1)
                ++j;
            Ref first = m_rest[i];
            first.key = sortKey(first.coeff < 0, first.sheet != ownSheet, first.sheet, first.col, first.row);
            m_pieces.push_back({first, m_rest[j - 1].row, m_rest[j - 1].col, j - i > 1});
            i = j;
        }
        // Keys of distinct positions differ: no ties to keep in order.
        std::sort(m_pieces.begin(), m_pieces.end(), [](const Piece &a, const Piece &b) { return a.first.key < b.first.key; });

        m_out.clear();
        m_out.append('=');
        for (const Piece &p : m_pieces) {
            const long long coeff = p.first.coeff;
            if (coeff < 0)
                m_out.append('-');
            else if (m_out.size() > 1)
                m_out.append('+');
            const long long magnitude = coeff < 0 ? -coeff : coeff;
            if (magnitude != 1) {
                m_out.append(QByteArray::number(magnitude));
                m_out.append('*');
            }
            if (p.isRange)
                m_out.append("SUM(");
            if (p.first.sheet != ownSheet)
                m_out.append(m_sheetPrefix[std::size_t(p.first.sheet)]);
            appendCellName(m_out, p.first.row, p.first.col);
            if (p.isRange) {
                m_out.append(':');
                appendCellName(m_out, p.lastRow, p.lastCol);
                m_out.append(')');
            }
        }
        if (m_out.size() == 1 || (m_out.size() > kMaxFormulaLength && QString::fromUtf8(m_out).size() > kMaxFormulaLength))
            return nullptr;
        return m_out.constData();
    }

private:
    struct Ref {
        int sheet, row, col;
        long long coeff;
        std::uint64_t key;
    };
    struct Piece {
        Ref first;
        int lastRow, lastCol;
        bool isRange;
    };
    // The order (negative last, other sheets after the own one, then sheet, major, minor) as one
    // integer: sheets < 2^10, columns < 2^14 and rows < 2^20 in a workbook (Excel's limits).
    static std::uint64_t sortKey(bool negative, bool otherSheet, int sheet, int major, int minor)
    {
        return std::uint64_t(negative) << 63 | std::uint64_t(otherSheet) << 62 | std::uint64_t(sheet & 0x3ff) << 48
               | std::uint64_t(major & 0xfffff) << 24 | std::uint64_t(minor & 0xffffff);
    }
    const std::vector<Pos> &m_pos;
    std::vector<QByteArray> m_sheetPrefix;
    std::vector<Engine::Term> m_terms;
    std::vector<Ref> m_refs, m_rest;
    std::vector<Piece> m_pieces;
    QByteArray m_out;
};

// The characters of an amount as the format `#,##0.00` shows it ("-1,234.57"), counted without
// formatting it (the column widths look at every amount).
int amountWidth(Money m, AmountUnit unit)
{
    const std::int64_t cents = unit == AmountUnit::Yuan ? m.fen() : m.roundedToWanyuan().fen() / (Money::kFenPerWanyuanCent);
    std::int64_t whole = (cents < 0 ? -cents : cents) / 100; // amounts are far from INT64_MIN (validateAmount)
    int digits = 1;
    while (whole >= 10) {
        whole /= 10;
        ++digits;
    }
    return (cents < 0 ? 1 : 0) + digits + (digits - 1) / 3 + 3;
}

// The one place an amount leaves exact 分: libxlsxwriter takes a cell's number as a double. The
// nearest double of the amount in the unit; the cell's format shows it rounded, and no arithmetic is
// done on it here (formulas add the cells in the spreadsheet).
double amount(Money m, AmountUnit unit)
{
    return unit == AmountUnit::Yuan ? double(m.fen()) / double(Money::kFenPerYuan)
                                    : double(m.fen()) / double(Money::kFenPerWanyuan);
}

// The workbook while it is being written. Frees it when not closed (an error on the way); every
// string given to libxlsxwriter is kept alive until the workbook is closed.
class Workbook
{
public:
    explicit Workbook(const QByteArray &file) : m_file(file), m_wb(workbook_new(m_file.constData())) {}
    ~Workbook()
    {
        if (m_wb)
            lxw_workbook_free(m_wb);
    }
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;

    lxw_workbook *get() const { return m_wb; }
    explicit operator bool() const { return m_wb != nullptr; }

    // Writes the file; the workbook is gone afterwards whatever the result.
    lxw_error close() { return workbook_close(std::exchange(m_wb, nullptr)); }

    const char *utf8(const QString &s)
    {
        m_strings.push_back(s.toUtf8());
        return m_strings.back().constData();
    }
    // For the calls that copy what they are given (cell strings and formulas go into libxlsxwriter's
    // own tables): valid until the next call, so the body does not keep a copy of every cell.
    const char *transient(const QString &s)
    {
        // Encoded into one buffer kept from call to call (every body string passes here).
        const std::size_t need = std::size_t(m_encoder.requiredSpace(s.size())) + 1;
        if (m_transient.size() < need)
            m_transient.resize(std::max(need, 2 * m_transient.size()));
        char *end = m_encoder.appendToBuffer(m_transient.data(), s);
        *end = '\0';
        return m_transient.data();
    }

    // The first error of a call, with what was being done; later calls are not looked at.
    void check(lxw_error e, const char *what)
    {
        if (e != LXW_NO_ERROR && m_error == LXW_NO_ERROR) {
            m_error = e;
            m_what = QString::fromLatin1(what);
        }
    }
    void checkPtr(const void *p, const char *what) { check(p ? LXW_NO_ERROR : LXW_ERROR_MEMORY_MALLOC_FAILED, what); }
    lxw_error error() const { return m_error; }
    const QString &what() const { return m_what; }

private:
    QByteArray m_file;
    lxw_workbook *m_wb;
    std::deque<QByteArray> m_strings;
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
    std::vector<char> m_transient;
    lxw_error m_error = LXW_NO_ERROR;
    QString m_what;
};

// The cell formats, made once per workbook.
class Formats
{
public:
    enum class Kind { Code, Name, Line, Amount, Blank };
    explicit Formats(Workbook &wb) : m_wb(wb) {}

    lxw_format *title()
    {
        return make(QStringLiteral("title"), [](lxw_format *f) {
            format_set_bold(f);
            format_set_font_size(f, 16);
            format_set_align(f, LXW_ALIGN_CENTER);
            format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
        });
    }
    lxw_format *caption(uint8_t align)
    {
        return make(QStringLiteral("caption%1").arg(align), [align](lxw_format *f) {
            format_set_align(f, align);
            format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
        });
    }
    lxw_format *heading()
    {
        return make(QStringLiteral("heading"), [](lxw_format *f) {
            format_set_bold(f);
            format_set_align(f, LXW_ALIGN_CENTER);
            format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
            format_set_text_wrap(f);
            format_set_border(f, LXW_BORDER_THIN);
        });
    }
    lxw_format *note()
    {
        return make(QStringLiteral("note"), [](lxw_format *f) {
            format_set_align(f, LXW_ALIGN_LEFT);
            format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
            format_set_text_wrap(f);
        });
    }
    lxw_format *body(Kind kind, bool bold, int indent = 0)
    {
        // Asked for every body cell: found by a small integer, not by a formatted name.
        const int key = int(kind) << 9 | (bold ? 1 << 8 : 0) | (indent & 0xff);
        if (lxw_format *f = m_body.value(key))
            return f;
        lxw_format *f = makeBody(kind, bold, indent);
        m_body.insert(key, f);
        return f;
    }

private:
    lxw_format *makeBody(Kind kind, bool bold, int indent)
    {
        return make(QStringLiteral("body%1/%2/%3").arg(int(kind)).arg(bold).arg(indent), [=](lxw_format *f) {
            if (bold)
                format_set_bold(f);
            format_set_border(f, LXW_BORDER_THIN);
            format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
            switch (kind) {
            case Kind::Code:
                format_set_align(f, LXW_ALIGN_LEFT);
                format_set_indent(f, 1); // apart from an amount in the column before (06表)
                break;
            case Kind::Name:
                format_set_align(f, LXW_ALIGN_LEFT);
                if (indent > 0)
                    format_set_indent(f, uint8_t(indent));
                break;
            case Kind::Line:
                format_set_align(f, LXW_ALIGN_CENTER);
                break;
            case Kind::Amount:
            case Kind::Blank:
                format_set_num_format(f, "#,##0.00");
                format_set_align(f, LXW_ALIGN_RIGHT);
                break;
            }
        });
    }

    template<typename Setup>
    lxw_format *make(const QString &key, Setup setup)
    {
        if (lxw_format *f = m_cache.value(key))
            return f;
        lxw_format *f = workbook_add_format(m_wb.get());
        m_wb.checkPtr(f, "workbook_add_format");
        if (!f)
            return nullptr;
        format_set_font_name(f, kFont);
        format_set_font_size(f, kBodyFontSize);
        setup(f);
        m_cache.insert(key, f);
        return f;
    }

    Workbook &m_wb;
    QHash<QString, lxw_format *> m_cache;
    QHash<int, lxw_format *> m_body;
};

// Column widths in Excel's units (about one Latin character of the default font; a Chinese
// character is about two).
double widthFor(int displayWidth)
{
    return displayWidth * 1.15 + 2;
}

struct SheetWriter {
    Workbook &wb;
    Formats &formats;
    const Document &doc;
    const XlsxOptions &options;
    FormulaBuilder &formulas;
    XlsxSummary &summary;

    void write(int sheetIndex, const TableLayout &layout)
    {
        const Engine &e = doc.engine();
        const Sheet &sheet = layout.sheet();
        const TableCaption caption = tableCaption(sheet, doc.data().unit, options.unit);
        const int columns = layout.columnCount();
        const int last = columns - 1;
        const int headTop = kCaptionRows;
        const int top = bodyTop(layout);

        lxw_worksheet *ws = workbook_add_worksheet(wb.get(), wb.utf8(sheetName(e, sheetIndex)));
        wb.checkPtr(ws, "workbook_add_worksheet");
        if (!ws)
            return;

        // The body first: the column widths follow from what the columns hold, and the captions and
        // headings above are laid out over those widths (libxlsxwriter keeps every cell until it closes).
        std::vector<int> widths(std::size_t(columns), 4);
        bool codeColumns = false;
        for (int b = 0; b < layout.bodyRowCount(); ++b) {
            const lxw_row_t row = lxw_row_t(top + b);
            for (int c = 0; c < columns; ++c) {
                const TableLayout::Slot slot = layout.slot(b, c);
                const bool bold = slot.tableRow >= 0 && layout.isSubtotal(slot.tableRow);
                const lxw_col_t col = lxw_col_t(c);
                int w = 0;
                switch (slot.kind) {
                case TableLayout::Slot::Kind::Empty:
                    wb.check(worksheet_write_blank(ws, row, col, formats.body(Formats::Kind::Blank, false)), "worksheet_write_blank");
                    break;
                case TableLayout::Slot::Kind::Code:
                case TableLayout::Slot::Kind::Line: {
                    const QString &text = sheet.rows[slot.tableRow].key;
                    codeColumns = codeColumns || slot.kind == TableLayout::Slot::Kind::Code;
                    writeText(ws, row, col, text,
                              formats.body(slot.kind == TableLayout::Slot::Kind::Code ? Formats::Kind::Code : Formats::Kind::Line, bold));
                    w = displayWidth(text);
                    break;
                }
                case TableLayout::Slot::Kind::Name: {
                    const QString &text = sheet.rows[slot.tableRow].label;
                    const int level = layout.level(slot.tableRow);
                    writeText(ws, row, col, text, formats.body(Formats::Kind::Name, bold, level));
                    w = displayWidth(text) + 2 * level + 1;
                    break;
                }
                case TableLayout::Slot::Kind::Amount:
                    writeAmount(ws, row, col, slot.cell, sheetIndex, formats.body(Formats::Kind::Amount, bold));
                    if (slot.cell != kNoCell)
                        w = amountWidth(e.value(slot.cell), options.unit) + 1;
                    break;
                }
                widths[std::size_t(c)] = std::max(widths[std::size_t(c)], w);
            }
        }
        for (int c = 0; c < columns; ++c) {
            const GridColumnDecl::Role role = layout.column(c).role;
            int &w = widths[std::size_t(c)];
            if (role == GridColumnDecl::Role::Amount)
                w = std::max(w, 14); // headings wrap over at most a few lines
            else if (role == GridColumnDecl::Role::Name)
                w = std::clamp(w, 16, 60);
            else if (role == GridColumnDecl::Role::Code)
                w = std::max(w, 10);
            else
                w = std::max(w, 5);
            wb.check(worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), widthFor(w), nullptr), "worksheet_set_column");
        }
        auto spanWidth = [&](int first, int span) {
            int w = 0;
            for (int c = first; c < first + span && c < columns; ++c)
                w += widths[std::size_t(c)];
            return w;
        };

        // Captions.
        wb.check(worksheet_write_string(ws, 0, lxw_col_t(last), wb.utf8(caption.code), formats.caption(LXW_ALIGN_RIGHT)),
                 "worksheet_write_string");
        mergeOrWrite(ws, 1, 0, 1, columns, caption.title, formats.title());
        wb.check(worksheet_set_row(ws, 1, 30, nullptr), "worksheet_set_row");
        // 部门/单位 at the left, the year centred, 单位：万元 at the right: the columns split in thirds of
        // the table's width (left: up to a third, right: from two thirds).
        if (columns >= 3) {
            const int total = spanWidth(0, columns);
            int left = 1;
            while (left < columns - 2 && 3 * spanWidth(0, left + 1) <= total)
                ++left;
            // …and wide enough for the unit's whole name, which must not be clipped.
            while (left < columns - 2 && spanWidth(0, left) < displayWidth(caption.unitLine) + 2)
                ++left;
            int right = columns - 1; // first column of the right part
            while (right - 1 > left && 3 * spanWidth(right - 1, columns - right + 1) <= total)
                --right;
            mergeOrWrite(ws, 2, 0, 1, left, caption.unitLine, formats.caption(LXW_ALIGN_LEFT));
            mergeOrWrite(ws, 2, left, 1, right - left, caption.year, formats.caption(LXW_ALIGN_CENTER));
            mergeOrWrite(ws, 2, right, 1, columns - right, caption.amountUnit, formats.caption(LXW_ALIGN_RIGHT));
        } else {
            writeText(ws, 2, 0, caption.unitLine + QStringLiteral("  ") + caption.year, formats.caption(LXW_ALIGN_LEFT));
            writeText(ws, 2, lxw_col_t(last), caption.amountUnit, formats.caption(LXW_ALIGN_RIGHT));
        }

        // Headings, merged as declared; every cell of the heading rows gets the bordered format.
        std::vector<int> headingLines(std::size_t(layout.headerRowCount()), 1);
        for (int r = 0; r < layout.headerRowCount(); ++r) {
            for (int c = 0; c < columns; ++c) {
                if (!layout.headerAt(r, c))
                    wb.check(worksheet_write_blank(ws, lxw_row_t(headTop + r), lxw_col_t(c), formats.heading()),
                             "worksheet_write_blank");
            }
        }
        for (const HeaderCellDecl &h : layout.header()) {
            const int span = std::min(h.columnSpan, columns - h.column);
            mergeOrWrite(ws, headTop + h.row, h.column, h.rowSpan, span, h.text, formats.heading());
            // Lines the heading wraps to, shared among the rows it spans.
            const int perLine = std::max(1, int(widthFor(spanWidth(h.column, span))) - 1);
            const int lines = (displayWidth(h.text) + perLine - 1) / perLine;
            const int perRow = (lines + h.rowSpan - 1) / std::max(1, h.rowSpan);
            int &l = headingLines[std::size_t(h.row)];
            l = std::max(l, perRow);
        }
        for (int r = 0; r < layout.headerRowCount(); ++r)
            wb.check(worksheet_set_row(ws, lxw_row_t(headTop + r), 15.0 * headingLines[std::size_t(r)] + 3, nullptr),
                     "worksheet_set_row");

        if (codeColumns && layout.bodyRowCount() > 0)
            wb.check(worksheet_ignore_errors(ws, LXW_IGNORE_NUMBER_STORED_AS_TEXT,
                                             wb.utf8(cellName(top, 0) + QLatin1Char(':')
                                                     + cellName(top + layout.bodyRowCount() - 1, last))),
                     "worksheet_ignore_errors");

        // The footnote, and an empty table's 说明, below.
        int below = top + layout.bodyRowCount();
        const int totalWidth = std::max(1, int(widthFor(spanWidth(0, columns))));
        for (const QString &text : {caption.note, caption.emptyNote}) {
            if (text.isEmpty())
                continue;
            mergeOrWrite(ws, below, 0, 1, columns, text, formats.note());
            const int lines = (displayWidth(text) + totalWidth - 1) / totalWidth;
            wb.check(worksheet_set_row(ws, lxw_row_t(below), 15.0 * std::max(1, lines) + 3, nullptr), "worksheet_set_row");
            ++below;
        }

        // Printing: A4, the table's orientation, one page wide, headings on every page.
        worksheet_set_paper(ws, 9);
        if (layout.print().landscape)
            worksheet_set_landscape(ws);
        else
            worksheet_set_portrait(ws);
        worksheet_fit_to_pages(ws, 1, 0);
        worksheet_set_margins(ws, 0.5, 0.5, 0.6, 0.7);
        worksheet_center_horizontally(ws);
        if (layout.headerRowCount() > 0)
            wb.check(worksheet_repeat_rows(ws, lxw_row_t(headTop), lxw_row_t(top - 1)), "worksheet_repeat_rows");
        wb.check(worksheet_set_footer(ws, wb.utf8(QStringLiteral("&C&P/&N"))), "worksheet_set_footer");
        wb.check(worksheet_print_area(ws, 0, 0, lxw_row_t(std::max(below - 1, top)), lxw_col_t(last)), "worksheet_print_area");
        // Scrolling keeps the headings (and a table of subjects' code and name columns) in view.
        const int frozenColumns = layout.print().arrangement == Arrangement::Rows ? firstAmountColumn(layout) : 0;
        worksheet_freeze_panes(ws, lxw_row_t(top), lxw_col_t(frozenColumns));
    }

    static int firstAmountColumn(const TableLayout &layout)
    {
        for (int c = 0; c < layout.columnCount(); ++c) {
            if (layout.column(c).role == GridColumnDecl::Role::Amount)
                return c;
        }
        return 0;
    }

    void writeText(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const QString &text, lxw_format *format)
    {
        if (text.isEmpty())
            wb.check(worksheet_write_blank(ws, row, col, format), "worksheet_write_blank");
        else
            wb.check(worksheet_write_string(ws, row, col, wb.transient(text), format), "worksheet_write_string");
    }

    void mergeOrWrite(lxw_worksheet *ws, int row, int col, int rowSpan, int colSpan, const QString &text, lxw_format *format)
    {
        if (rowSpan > 1 || colSpan > 1)
            wb.check(worksheet_merge_range(ws, lxw_row_t(row), lxw_col_t(col), lxw_row_t(row + rowSpan - 1),
                                           lxw_col_t(col + colSpan - 1), wb.utf8(text), format),
                     "worksheet_merge_range");
        else
            writeText(ws, lxw_row_t(row), lxw_col_t(col), text, format);
    }

    void writeAmount(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, CellId id, int sheetIndex, lxw_format *format)
    {
        const Engine &e = doc.engine();
        if (id == kNoCell) {
            wb.check(worksheet_write_blank(ws, row, col, format), "worksheet_write_blank");
            return;
        }
        const double value = amount(e.value(id), options.unit);
        if (e.isEntered(id)) {
            // A blank entered cell counts as zero and is printed 0.00, as in the published tables.
            wb.check(worksheet_write_number(ws, row, col, value, format), "worksheet_write_number");
            ++summary.numbers;
            return;
        }
        if (e.formula(id).empty()) { // a sum of nothing
            wb.check(worksheet_write_number(ws, row, col, 0, format), "worksheet_write_number");
            return;
        }
        const char *f = formulas.build(e, id, sheetIndex);
        if (!f) {
            wb.check(worksheet_write_number(ws, row, col, value, format), "worksheet_write_number");
            summary.valuesInsteadOfFormulas << e.address(id);
            return;
        }
        wb.check(worksheet_write_formula_num(ws, row, col, f, format, value), "worksheet_write_formula_num");
        ++summary.formulas;
    }
};

} // namespace

Result<XlsxSummary> exportXlsx(const Document &doc, const QString &path, const XlsxOptions &options)
{
    const QFileInfo target(path);
    if (auto refused = checkExportTarget(path))
        return *refused;

    // A temporary file beside the target: same file system, so the final rename is atomic. Removed
    // unless it replaced the target.
    QByteArray tmpName = QFile::encodeName(target.absoluteFilePath()) + ".tmpXXXXXX";
    const int tmpFd = ::mkstemp(tmpName.data());
    if (tmpFd < 0) {
        const int err = errno;
        return writeFailure(path, err);
    }
    ::close(tmpFd); // the name stays reserved; libxlsxwriter writes the file itself
    struct Remove {
        const QByteArray &name;
        bool armed = true;
        ~Remove()
        {
            if (armed)
                ::unlink(name.constData());
        }
    } removeTmp{tmpName};
    const QString tmpPath = QFile::decodeName(tmpName);

    XlsxSummary summary;
    {
        Workbook wb(tmpName);
        if (!wb)
            return writeFailure(path, errno, Tr::tr("the workbook could not be created"));

        const UnitInfo &unit = doc.data().unit;
        lxw_doc_properties props{};
        props.title = const_cast<char *>(
            wb.utf8(Tr::tr("%1 %2年度%3决算公开").arg(unit.name).arg(unit.year).arg(unit.scope)));
        props.author = const_cast<char *>(wb.utf8(unit.name));
        props.company = const_cast<char *>(wb.utf8(unit.name));
        props.created = time_t((options.created.isValid() ? options.created : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch());
        wb.check(workbook_set_properties(wb.get(), &props), "workbook_set_properties");

        {
            // What only the writing needs is gone before the workbook is closed.
            Formats formats(wb);
            const std::vector<std::optional<TableLayout>> layouts = publishedLayouts(doc.engine());
            const std::vector<Pos> pos = placeCells(doc.engine(), layouts);
            FormulaBuilder formulas(doc.engine(), pos);
            SheetWriter writer{wb, formats, doc, options, formulas, summary};
            for (int s = 0; s < int(layouts.size()); ++s) {
                if (layouts[std::size_t(s)])
                    writer.write(s, *layouts[std::size_t(s)]);
            }
        }
        if (wb.error() != LXW_NO_ERROR)
            return writeFailure(path, 0, QStringLiteral("%1 (%2)").arg(QString::fromUtf8(lxw_strerror(wb.error())), wb.what()));

        errno = 0;
        const lxw_error closed = wb.close();
        if (closed != LXW_NO_ERROR) {
            const int err = errno;
            return writeFailure(path, err, QString::fromUtf8(lxw_strerror(closed)));
        }
    }

    // On disk before it replaces the target.
    const int fd = ::open(tmpName.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        const int err = errno;
        if (fd >= 0)
            ::close(fd);
        return writeFailure(path, err);
    }
    ::close(fd);

    // The permissions of the file it replaces, else those of a new file (rw-r--r--).
    const QFileDevice::Permissions perms = target.exists()
                                               ? QFile::permissions(target.absoluteFilePath())
                                               : QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                                                     | QFileDevice::WriteUser | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QFile::setPermissions(tmpPath, perms);

    if (std::rename(tmpName.constData(), QFile::encodeName(target.absoluteFilePath()).constData()) != 0) {
        const int err = errno;
        return writeFailure(path, err);
    }
    removeTmp.armed = false; // renamed: nothing left to remove
    return summary;
}

QJsonObject xlsxCellMap(const Document &doc)
{
    const Engine &e = doc.engine();
    const std::vector<Pos> pos = placeCells(e, publishedLayouts(e));
    FormulaBuilder formulas(e, pos);
    QJsonObject map;
    for (CellId id = 0; id < e.cellCount(); ++id) {
        const Pos &p = pos[std::size_t(id)];
        if (p.sheet < 0 || !e.isAlive(id))
            continue;
        QString kind;
        if (e.isEntered(id))
            kind = e.isSet(id) ? QStringLiteral("entered") : QStringLiteral("blank");
        else if (e.formula(id).empty() || !formulas.build(e, id, p.sheet))
            kind = QStringLiteral("number");
        else
            kind = QStringLiteral("formula");
        QJsonObject o;
        o.insert(QStringLiteral("sheet"), sheetName(e, p.sheet));
        o.insert(QStringLiteral("cell"), cellName(p.row, p.col));
        o.insert(QStringLiteral("kind"), kind);
        map.insert(e.address(id), o);
    }
    return map;
}

} // namespace fa
