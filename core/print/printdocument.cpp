#include "printdocument.h"

#include "chinese.h"
#include "document.h"
#include "fingerprint.h"
#include "glossary.h"
#include "layout.h"
#include "narrative.h"
#include "outputfile.h"
#include "performance.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <cerrno>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextLayout>
#include <QTextTable>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>
#include <cmath>

namespace fa::print {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Print)
};

// Margins in points: 2.5 cm above and below, 2 cm at the sides; the footer sits in the bottom margin.
constexpr qreal kTop = 70.87, kBottom = 70.87, kSide = 56.69;
constexpr qreal kFooterBaseline = 36; // from the page's bottom edge

// The fonts the layout uses, by role.
enum FontRole {
    Body,
    BodyBold,
    Cover,
    CoverName,
    PartHeading,
    SectionHeading,
    TableTitle,
    TableText,
    TableBold,
    Small,
    TableText8,
    TableBold8,
    TableText75,
    TableBold75,
    RoleCount
};

const FontSpec kSpecs[RoleCount] = {
    {10.5, false}, {10.5, true}, {26, true}, {20, true}, {16, true}, {12, true}, {14, true}, {9, false}, {9, true}, {8, false},
    {8, false},    {8, true},    {7.5, false}, {7.5, true},
};

// A device at 72 dpi: metrics in points.
const QPaintDevice &metricsDevice()
{
    static QImage image = [] {
        QImage i(1, 1, QImage::Format_ARGB32);
        i.setDotsPerMeterX(2835); // 72.009 dpi
        i.setDotsPerMeterY(2835);
        return i;
    }();
    return image;
}

QFont makeFont(const QString &family, const FontSpec &spec)
{
    QFont f(family);
    f.setPointSizeF(spec.size);
    f.setBold(spec.bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(false);
    return f;
}

// A cell of a printed grid.
struct Cell {
    QString text;
    int span = 1;
    Qt::Alignment align = Qt::AlignLeft;
    bool bold = false;
};

// A heading cell of a grid, at its top left, spans as printed.
struct HeadCell {
    int row = 0, column = 0, rowSpan = 1, columnSpan = 1;
    QString text;
};

// A table as printed: captions, headings (repeated on each page), body rows, notes.
struct Grid {
    QString title;
    QString code;                            // top right
    QString left, middle, right;             // the caption line: 部门：…  2024年度  单位：万元
    int headerRows = 0;
    std::vector<HeadCell> header;
    std::vector<std::vector<Cell>> body;     // each row's spans add up to the column count
    int columns = 0;
    std::vector<qreal> minWidth;             // per column, in points: a column never narrower
    std::vector<bool> stretch;               // columns that take the width left over (names)
    QStringList notes;                       // below the table
    bool landscape = false;
};

// The title of part 1 … 5 as the 目录 and the part's first page print it.
QString partTitle(const Document &doc, int part)
{
    const UnitInfo &unit = doc.data().unit;
    const QString year = QString::number(unit.year) + QStringLiteral("年度");
    switch (part) {
    case 1: return QStringLiteral("第一部分 ") + unit.name + QStringLiteral("概况");
    case 2: return QStringLiteral("第二部分 ") + year + unit.scope + QStringLiteral("决算表");
    case 3: return QStringLiteral("第三部分 ") + year + unit.scope + QStringLiteral("决算情况说明");
    case 4: return QStringLiteral("第四部分 名词解释");
    default: return QStringLiteral("第五部分 附件");
    }
}

// A 公开表 as printed: its captions, headings and rows from the layout every output shares.
Grid tableGrid(const Document &doc, const PrintOptions &options, const Sheet &sheet)
{
    const Engine &e = doc.engine();
    const TableLayout layout(sheet);
    const TableCaption caption = tableCaption(sheet, doc.data().unit, options.unit);
    Grid g;
    g.title = caption.title;
    g.code = caption.code;
    g.left = caption.unitLine;
    g.middle = caption.year;
    g.right = caption.amountUnit;
    g.landscape = layout.print().landscape;
    g.columns = layout.columnCount();
    g.headerRows = layout.headerRowCount();
    for (const HeaderCellDecl &h : layout.header())
        g.header.push_back({h.row, h.column, h.rowSpan, h.columnSpan, h.text});
    g.minWidth.assign(std::size_t(g.columns), 24);
    g.stretch.assign(std::size_t(g.columns), false);
    for (int c = 0; c < g.columns; ++c) {
        const auto role = layout.column(c).role;
        g.stretch[std::size_t(c)] = role == GridColumnDecl::Role::Name;
        if (role == GridColumnDecl::Role::Amount)
            g.minWidth[std::size_t(c)] = 52;
        if (role == GridColumnDecl::Role::Line)
            g.minWidth[std::size_t(c)] = 22;
    }
    for (int b = 0; b < layout.bodyRowCount(); ++b) {
        std::vector<Cell> row;
        for (int c = 0; c < g.columns; ++c) {
            const TableLayout::Slot slot = layout.slot(b, c);
            const bool bold = slot.tableRow >= 0 && layout.isSubtotal(slot.tableRow);
            switch (slot.kind) {
            case TableLayout::Slot::Kind::Amount:
                row.push_back({slot.cell == kNoCell ? QString()
                                                    : e.value(slot.cell).toString(options.unit, Money::Grouping::Thousands),
                               1, Qt::AlignRight, bold});
                break;
            case TableLayout::Slot::Kind::Name:
                row.push_back({QString(layout.level(slot.tableRow), QChar(0x3000)) + layout.text(b, c), 1, Qt::AlignLeft, bold});
                break;
            case TableLayout::Slot::Kind::Line:
                row.push_back({layout.text(b, c), 1, Qt::AlignHCenter, false});
                break;
            default:
                row.push_back({layout.text(b, c), 1, Qt::AlignLeft, bold});
            }
        }
        g.body.push_back(std::move(row));
    }
    if (!caption.note.isEmpty())
        g.notes << caption.note;
    if (!caption.emptyNote.isEmpty())
        g.notes << caption.emptyNote;
    return g;
}

// A 绩效自评 table as the published form lays it out, with what was typed.
Grid evaluationGrid(const Document &doc, const Evaluation &e)
{
    const bool dept = e.kind == Evaluation::Kind::Department;
    const UnitInfo &unit = doc.data().unit;
    Grid g;
    g.title = dept ? QStringLiteral("部门整体支出绩效自评情况表") : QStringLiteral("项目支出绩效自评情况表");
    g.middle = QStringLiteral("（") + QString::number(unit.year) + QStringLiteral("年度）");
    g.right = QStringLiteral("单位：万元");
    g.columns = 9;
    g.landscape = false; // as published: portrait, the long texts wrapping in their cells
    g.minWidth = {44, 44, 60, 50, 50, 30, 30, 34, 60};
    g.stretch = {false, false, true, false, false, false, false, false, true};
    auto points = [](const std::optional<Points> &p) { return p ? p->toString() : QString(); };
    auto money = [](const std::optional<Money> &m) { return m ? m->toWanyuanString(Money::Grouping::Thousands) : QString(); };
    const Qt::Alignment C = Qt::AlignHCenter, R = Qt::AlignRight, L = Qt::AlignLeft;
    g.body.push_back({{dept ? QStringLiteral("部门（单位）名称") : QStringLiteral("项目名称"), 2, C, true}, {e.name, 7, L}});
    g.body.push_back({{QStringLiteral("主管部门"), 2, C, true}, {e.supervisor, 3, L}, {QStringLiteral("实施单位"), 1, C, true},
                      {e.implementer, 3, L}});
    g.body.push_back({{dept ? QStringLiteral("部门资金（万元）") : QStringLiteral("项目资金（万元）"), 3, C, true},
                      {QStringLiteral("年初预算数"), 1, C, true},
                      {QStringLiteral("全年预算数"), 1, C, true},
                      {QStringLiteral("全年执行数"), 1, C, true},
                      {QStringLiteral("分值"), 1, C, true},
                      {QStringLiteral("执行率"), 1, C, true},
                      {QStringLiteral("得分"), 1, C, true}});
    for (const FundRow &f : e.funds) {
        g.body.push_back({{f.source, 3, L}, {money(f.budgetInitial), 1, R}, {money(f.budgetFull), 1, R}, {money(f.executed), 1, R},
                          {points(f.weight), 1, R}, {f.rate, 1, R}, {points(f.score), 1, R}});
    }
    if (!e.management.empty()) {
        g.body.push_back({{QStringLiteral("资金管理情况"), 3, C, true},
                          {QStringLiteral("分值"), 1, C, true},
                          {QStringLiteral("得分"), 1, C, true},
                          {QStringLiteral("情况说明"), 2, C, true},
                          {QStringLiteral("存在问题"), 2, C, true}});
        for (const FundManagementItem &m : e.management)
            g.body.push_back({{m.item, 3, L}, {points(m.weight), 1, R}, {points(m.score), 1, R}, {m.note, 2, L}, {m.problem, 2, L}});
    }
    g.body.push_back({{QStringLiteral("年度总体目标"), 9, C, true}});
    g.body.push_back({{QStringLiteral("预期目标"), 4, C, true}, {QStringLiteral("实际完成情况"), 5, C, true}});
    g.body.push_back({{e.goalExpected, 4, L}, {e.goalActual, 5, L}});
    if (!e.tasks.empty()) {
        g.body.push_back({{QStringLiteral("年度主要任务"), 9, C, true}});
        for (const auto &task : e.tasks) {
            QStringList parts;
            for (const auto &[column, text] : task)
                if (!text.trimmed().isEmpty())
                    parts << (column.isEmpty() ? text.trimmed() : column + QStringLiteral("：") + text.trimmed());
            g.body.push_back({{parts.join(QStringLiteral("；")), 9, L}});
        }
    }
    g.body.push_back({{QStringLiteral("一级指标"), 1, C, true},
                      {QStringLiteral("二级指标"), 1, C, true},
                      {QStringLiteral("三级指标"), 1, C, true},
                      {QStringLiteral("年度指标值"), 1, C, true},
                      {QStringLiteral("实际完成值"), 1, C, true},
                      {QStringLiteral("分值"), 1, C, true},
                      {QStringLiteral("得分"), 1, C, true},
                      {QStringLiteral("偏差度（%）"), 1, C, true},
                      {QStringLiteral("偏差原因分析及改进措施"), 1, C, true}});
    QString level1, level2;
    for (const Indicator &i : e.indicators) {
        // A 一级/二级 name prints once for the rows it heads, as in the published merged cells.
        const QString l1 = i.level1 == level1 ? QString() : i.level1;
        const QString l2 = i.level2 == level2 && l1.isEmpty() ? QString() : i.level2;
        level1 = i.level1;
        level2 = i.level2;
        g.body.push_back({{l1, 1, L}, {l2, 1, L}, {i.level3, 1, L}, {i.target, 1, C}, {i.actual, 1, C},
                          {points(i.weight), 1, R}, {points(i.score), 1, R}, {i.deviation, 1, R}, {i.reason, 1, L}});
    }
    g.body.push_back({{QStringLiteral("总分"), 5, C, true}, {points(e.totalWeight), 1, R, true}, {points(e.totalScore), 1, R, true},
                      {QStringLiteral("评价等级"), 1, C, true}, {e.grade, 1, C, true}});
    return g;
}

class Composer
{
public:
    Composer(const Document &doc, const PrintOptions &options) : m_doc(doc), m_options(options)
    {
        if (options.seal)
            m_seal = documentFingerprint(doc);
        m_out.fontFamily = printFontFamily();
        for (const FontSpec &s : kSpecs)
            m_out.fonts.push_back(s);
        for (int r = 0; r < RoleCount; ++r)
            m_fonts.push_back(makeFont(m_out.fontFamily, kSpecs[r]));
    }

    const QFont &font(int role) const { return m_fonts[std::size_t(role)]; }
    QFontMetricsF metrics(int role) const { return QFontMetricsF(font(role), &metricsDevice()); }
    qreal width(const QString &text, int role) const { return metrics(role).horizontalAdvance(text); }

    // --- pages ------------------------------------------------------------------------------

    void newPage(bool landscape)
    {
        Page p;
        p.landscape = landscape;
        p.number = m_numbering ? ++m_number : 0;
        m_out.pages.push_back(std::move(p));
        m_y = kTop;
    }
    Page &page() { return m_out.pages.back(); }
    qreal pageWidth() const { return m_out.pages.back().size().width(); }
    qreal bottom() const { return m_out.pages.back().size().height() - kBottom; }
    qreal left() const { return kSide; }
    qreal textWidth() const { return pageWidth() - 2 * kSide; }
    bool fits(qreal height) const { return m_y + height <= bottom() + 0.01; }

    void text(qreal x, qreal baseline, const QString &t, int role)
    {
        if (!t.isEmpty())
            page().texts.push_back({QPointF(x, baseline), t, role});
    }
    void rule(qreal x1, qreal y1, qreal x2, qreal y2, qreal w = 0.5) { page().rules.push_back({QLineF(x1, y1, x2, y2), w}); }

    // Lines of `t` broken to `width` (the first `firstIndent` narrower).
    QStringList breakLines(const QString &t, int role, qreal width, qreal firstIndent = 0) const
    {
        QStringList out;
        if (t.isEmpty())
            return out;
        QTextLayout layout(t, font(role), const_cast<QPaintDevice *>(&metricsDevice()));
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (bool first = true;; first = false) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(std::max<qreal>(width - (first ? firstIndent : 0), 10));
            out << t.mid(line.textStart(), line.textLength()).trimmed();
        }
        layout.endLayout();
        return out;
    }

    qreal lineHeight(int role) const { return metrics(role).height() * 1.6; }

    // A paragraph of running text, first line indented two characters; breaks across pages.
    void paragraph(const QString &t, int role = Body, bool indent = true)
    {
        m_headingOnly = false;
        const qreal lh = lineHeight(role);
        const qreal ind = indent ? 2 * width(QStringLiteral("中"), role) : 0;
        const QStringList lines = breakLines(t, role, textWidth(), ind);
        const QFontMetricsF fm = metrics(role);
        for (int i = 0; i < lines.size(); ++i) {
            if (!fits(lh))
                newPage(page().landscape);
            text(left() + (i == 0 ? ind : 0), m_y + (lh + fm.ascent() - fm.descent()) / 2, lines[i], role);
            m_y += lh;
        }
    }

    // A heading kept with what follows: a new page when it and `keep` points after it do not fit.
    void heading(const QString &t, int role, Qt::Alignment align = Qt::AlignLeft, qreal keep = 0, qreal before = 6)
    {
        const qreal lh = lineHeight(role);
        const QStringList lines = breakLines(t, role, textWidth());
        const qreal need = before + lh * lines.size() + (keep > 0 ? keep : 2 * lineHeight(Body));
        if (m_y > kTop + 1 && !fits(need))
            newPage(page().landscape);
        else if (m_y > kTop + 1)
            m_y += before;
        const QFontMetricsF fm = metrics(role);
        for (const QString &line : lines) {
            const qreal w = fm.horizontalAdvance(line);
            const qreal x = align & Qt::AlignHCenter ? left() + (textWidth() - w) / 2 : left();
            text(x, m_y + (lh + fm.ascent() - fm.descent()) / 2, line, role);
            m_y += lh;
        }
    }

    void mark(const QString &title, int level)
    {
        m_out.outline.push_back({title, level, int(m_out.pages.size()) - 1, page().number});
    }

    // --- grids ------------------------------------------------------------------------------

    // How a grid is set in one font size: column edges, heading rows, each body row's lines.
    struct GridPlan {
        int bodyRole = TableText, boldRole = TableBold;
        qreal lh = 0, pad = 2.5;
        std::vector<qreal> x;               // column edges
        std::vector<qreal> headHeight;      // per heading row
        std::vector<QStringList> headLines; // per heading cell
        std::vector<std::vector<QStringList>> rowLines;
        std::vector<qreal> rowHeight;
        qreal headTotal = 0, bodyTotal = 0;
        bool fitsWidth = true; // every column as wide as its widest code or amount
    };

    GridPlan planGrid(const Grid &g, int bodyRole, int boldRole, qreal available) const
    {
        GridPlan plan;
        plan.bodyRole = bodyRole;
        plan.boldRole = boldRole;
        const qreal pad = plan.pad;
        plan.lh = metrics(bodyRole).height() * 1.12;
        // Natural widths: the widest single-column body text, padded; headings wrap.
        std::vector<qreal> w(std::size_t(g.columns), 0);
        for (const auto &row : g.body) {
            int c = 0;
            for (const Cell &cell : row) {
                if (cell.span == 1 && c < g.columns)
                    w[std::size_t(c)] = std::max(w[std::size_t(c)], width(cell.text, cell.bold ? boldRole : bodyRole) + 2 * pad + 1.5);
                c += cell.span;
            }
        }
        const qreal scale = kSpecs[bodyRole].size / kSpecs[TableText].size;
        for (int c = 0; c < g.columns; ++c)
            w[std::size_t(c)] = std::max(w[std::size_t(c)], (g.minWidth.empty() ? 24 : g.minWidth[std::size_t(c)]) * scale);
        qreal total = 0;
        for (qreal x : w)
            total += x;
        const int stretchCount = int(std::count(g.stretch.begin(), g.stretch.end(), true));
        if (total <= available) {
            // What is left goes to the stretching columns, else to every column alike.
            const qreal extra = available - total;
            for (int c = 0; c < g.columns; ++c) {
                if (stretchCount == 0)
                    w[std::size_t(c)] += extra / g.columns;
                else if (g.stretch[std::size_t(c)])
                    w[std::size_t(c)] += extra / stretchCount;
            }
        } else {
            // Too wide: the stretching (name) columns wrap, down to four characters; codes and
            // amounts never wrap — when that is not enough, the caller takes a smaller font.
            qreal over = total - available;
            const qreal least = 4 * width(QStringLiteral("中"), bodyRole) + 2 * pad;
            qreal giving = 0;
            for (int c = 0; c < g.columns; ++c)
                if (!g.stretch.empty() && g.stretch[std::size_t(c)])
                    giving += std::max<qreal>(0, w[std::size_t(c)] - least);
            const qreal share = giving > 0 ? std::min<qreal>(1, over / giving) : 0;
            for (int c = 0; c < g.columns; ++c) {
                if (!g.stretch.empty() && g.stretch[std::size_t(c)]) {
                    const qreal give = std::max<qreal>(0, w[std::size_t(c)] - least) * share;
                    w[std::size_t(c)] -= give;
                    over -= give;
                }
            }
            if (over > 0.5) {
                plan.fitsWidth = false;
                for (qreal &x : w)
                    x *= available / (available + over);
            }
        }
        plan.x.assign(std::size_t(g.columns) + 1, left());
        for (int c = 0; c < g.columns; ++c)
            plan.x[std::size_t(c) + 1] = plan.x[std::size_t(c)] + w[std::size_t(c)];
        auto spanWidth = [&](int c, int span) { return plan.x[std::size_t(std::min(c + span, g.columns))] - plan.x[std::size_t(c)]; };

        // Heading rows: one line high unless a heading needs more (a spanning one widens the last
        // row it spans).
        plan.headHeight.assign(std::size_t(g.headerRows), plan.lh + 2 * pad);
        plan.headLines.resize(g.header.size());
        for (std::size_t i = 0; i < g.header.size(); ++i) {
            const HeadCell &h = g.header[i];
            plan.headLines[i] = breakLines(h.text, boldRole, spanWidth(h.column, h.columnSpan) - 2 * pad);
            const qreal need = plan.headLines[i].size() * plan.lh + 2 * pad;
            qreal have = 0;
            for (int r = h.row; r < h.row + h.rowSpan && r < g.headerRows; ++r)
                have += plan.headHeight[std::size_t(r)];
            if (need > have)
                plan.headHeight[std::size_t(std::min(h.row + h.rowSpan, g.headerRows) - 1)] += need - have;
        }
        for (qreal h : plan.headHeight)
            plan.headTotal += h;
        for (const auto &row : g.body) {
            std::vector<QStringList> lines;
            qreal h = plan.lh + 2 * pad;
            int c = 0;
            for (const Cell &cell : row) {
                lines.push_back(breakLines(cell.text, cell.bold ? boldRole : bodyRole, spanWidth(c, cell.span) - 2 * pad));
                h = std::max(h, lines.back().size() * plan.lh + 2 * pad);
                c += cell.span;
            }
            plan.rowLines.push_back(std::move(lines));
            plan.rowHeight.push_back(h);
            plan.bodyTotal += h;
        }
        return plan;
    }

    qreal captionHeight(const Grid &g) const
    {
        return (g.code.isEmpty() ? 0 : lineHeight(Small)) + lineHeight(TableTitle) + lineHeight(TableText);
    }

    // A table, starting a page (or on its part's heading page), under the outline entry `entry`.
    void grid(const Grid &g, const QString &entry)
    {
        // A part's heading alone on its page takes the first table under it when they share
        // the orientation; otherwise every table starts a page.
        if (!(m_headingOnly && page().landscape == g.landscape))
            newPage(g.landscape);
        m_headingOnly = false;
        mark(entry, 1);
        const qreal available = textWidth();
        // The table's font: 9 points, or 8 or 7.5 when codes and amounts need it to fit the width,
        // or when a smaller one puts on one page a table that would spill a few rows onto another.
        const int roles[][2] = {{TableText, TableBold}, {TableText8, TableBold8}, {TableText75, TableBold75}};
        GridPlan plan = planGrid(g, roles[0][0], roles[0][1], available);
        for (int i = 1; i < 3 && !plan.fitsWidth; ++i)
            plan = planGrid(g, roles[i][0], roles[i][1], available);
        const qreal room = bottom() - m_y - captionHeight(g) - 4 - lineHeight(Small) * g.notes.size();
        if (plan.headTotal + plan.bodyTotal > room && plan.headTotal + plan.bodyTotal < room * 1.3) {
            for (int i = 1; i < 3; ++i) {
                GridPlan smaller = planGrid(g, roles[i][0], roles[i][1], available);
                if (smaller.headTotal + smaller.bodyTotal <= room && smaller.fitsWidth) {
                    plan = std::move(smaller);
                    break;
                }
            }
        }
        const std::vector<qreal> &x = plan.x;
        const qreal lh = plan.lh, pad = plan.pad;
        const int boldRole = plan.boldRole, bodyRole = plan.bodyRole;

        auto drawCellText = [&](const QStringList &lines, qreal x0, qreal y0, qreal cw, qreal ch, Qt::Alignment align, int role) {
            const QFontMetricsF fm = metrics(role);
            qreal y = y0 + (ch - lines.size() * lh) / 2;
            for (const QString &line : lines) {
                const qreal tw = fm.horizontalAdvance(line);
                qreal tx = x0 + pad;
                if (align & Qt::AlignRight)
                    tx = x0 + cw - pad - tw;
                else if (align & Qt::AlignHCenter)
                    tx = x0 + (cw - tw) / 2;
                text(tx, y + (lh + fm.ascent() - fm.descent()) / 2, line, role);
                y += lh;
            }
        };
        auto captions = [&](bool continued) {
            if (!g.code.isEmpty()) {
                const qreal lhs = lineHeight(Small);
                text(x.back() - width(g.code, Small), m_y + lhs * 0.7, g.code, Small);
                m_y += lhs;
            }
            const QString title = continued ? g.title + QStringLiteral("（续）") : g.title;
            const qreal tlh = lineHeight(TableTitle);
            text(left() + (textWidth() - width(title, TableTitle)) / 2, m_y + tlh * 0.7, title, TableTitle);
            m_y += tlh;
            const qreal clh = lineHeight(TableText);
            const qreal base = m_y + clh * 0.65;
            text(left(), base, g.left, TableText);
            text(left() + (textWidth() - width(g.middle, TableText)) / 2, base, g.middle, TableText);
            text(x.back() - width(g.right, TableText), base, g.right, TableText);
            m_y += clh;
        };
        auto headings = [&] {
            std::vector<qreal> top(std::size_t(g.headerRows) + 1, m_y);
            for (int r = 0; r < g.headerRows; ++r)
                top[std::size_t(r) + 1] = top[std::size_t(r)] + plan.headHeight[std::size_t(r)];
            rule(x.front(), m_y, x.back(), m_y, 0.8);
            for (std::size_t i = 0; i < g.header.size(); ++i) {
                const HeadCell &h = g.header[i];
                const qreal x0 = x[std::size_t(h.column)], x1 = x[std::size_t(std::min(h.column + h.columnSpan, g.columns))];
                const qreal y0 = top[std::size_t(h.row)], y1 = top[std::size_t(std::min(h.row + h.rowSpan, g.headerRows))];
                drawCellText(plan.headLines[i], x0, y0, x1 - x0, y1 - y0, Qt::AlignHCenter, boldRole);
                rule(x1, y0, x1, y1);
                rule(x0, y1, x1, y1);
                if (h.column == 0)
                    rule(x0, y0, x0, y1, 0.8);
            }
            m_y += plan.headTotal;
        };

        captions(false);
        if (g.headerRows > 0)
            headings();
        else
            rule(x.front(), m_y, x.back(), m_y, 0.8);
        for (std::size_t r = 0; r < g.body.size(); ++r) {
            const auto &row = g.body[r];
            const qreal h = plan.rowHeight[r];
            if (!fits(h)) {
                // Never a row cut in half: the rest goes on the next page, under the headings again.
                rule(x.front(), m_y, x.back(), m_y, 0.8);
                newPage(g.landscape);
                captions(true);
                if (g.headerRows > 0)
                    headings();
                else
                    rule(x.front(), m_y, x.back(), m_y, 0.8);
            }
            int c = 0;
            for (std::size_t i = 0; i < row.size(); ++i) {
                const Cell &cell = row[i];
                const qreal x0 = x[std::size_t(c)], x1 = x[std::size_t(std::min(c + cell.span, g.columns))];
                drawCellText(plan.rowLines[r][i], x0, m_y, x1 - x0, h, cell.align, cell.bold ? boldRole : bodyRole);
                rule(x1, m_y, x1, m_y + h);
                if (c == 0)
                    rule(x0, m_y, x0, m_y + h, 0.8);
                c += cell.span;
            }
            m_y += h;
            rule(x.front(), m_y, x.back(), m_y);
        }
        rule(x.front(), m_y, x.back(), m_y, 0.8);
        m_y += 4;
        for (const QString &note : g.notes) {
            const QStringList noteLines = breakLines(note, Small, textWidth());
            const qreal nlh = lineHeight(Small);
            const QFontMetricsF fm = metrics(Small);
            for (const QString &line : noteLines) {
                if (!fits(nlh))
                    newPage(g.landscape);
                text(left(), m_y + (nlh + fm.ascent() - fm.descent()) / 2, line, Small);
                m_y += nlh;
            }
        }
    }

    // --- the parts --------------------------------------------------------------------------

    PrintedDocument run(const std::function<void(int)> &progress)
    {
        const UnitInfo &unit = m_doc.data().unit;
        m_out.title = QString::number(unit.year) + QStringLiteral("年度") + unit.name + unit.scope + QStringLiteral("决算");
        // The body first, numbered from 1; then the cover and the 目录, which know its numbers.
        m_numbering = true;
        if (progress)
            progress(1);
        part1();
        if (progress)
            progress(2);
        part2();
        if (progress)
            progress(3);
        part3();
        if (progress)
            progress(4);
        part4();
        if (progress)
            progress(5);
        part5();
        std::vector<Page> body = std::move(m_out.pages);
        std::vector<OutlineEntry> outline = std::move(m_out.outline);
        m_out.pages.clear();
        m_out.outline.clear();
        m_numbering = false;
        cover();
        contents(outline);
        const int front = int(m_out.pages.size());
        for (OutlineEntry &e : outline)
            e.page += front;
        for (Page &p : body)
            m_out.pages.push_back(std::move(p));
        m_out.outline = std::move(outline);
        footers();
        return std::move(m_out);
    }

    void partHeading(int part, bool landscape = false)
    {
        newPage(landscape);
        heading(partTitle(m_doc, part), PartHeading, Qt::AlignHCenter, 0, 0);
        mark(partTitle(m_doc, part), 0);
        m_y += 8;
        m_headingOnly = true;
    }

    QString textOf(const QString &key) const
    {
        const auto it = m_doc.data().texts.find(key);
        return it == m_doc.data().texts.end() ? QString() : it->second.trimmed();
    }

    void paragraphs(const QString &text)
    {
        for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (!line.trimmed().isEmpty())
                paragraph(line.trimmed());
    }

    void part1()
    {
        partHeading(1);
        const QString scope = m_doc.data().unit.scope;
        for (const auto &[title, key] : {std::pair{QStringLiteral("一、") + scope + QStringLiteral("职责"), QStringLiteral("overview/duties")},
                                         std::pair{QStringLiteral("二、机构设置"), QStringLiteral("overview/organisation")}}) {
            heading(title, SectionHeading);
            mark(title, 1);
            paragraphs(textOf(key));
        }
    }

    void part2()
    {
        partHeading(2);
        const Engine &e = m_doc.engine();
        int n = 0;
        for (const Sheet &sheet : e.sheets()) {
            if (!sheet.decl->published)
                continue;
            const QString entry = chineseNumeral(++n) + QStringLiteral("、") + sheet.decl->title;
            grid(tableGrid(m_doc, m_options, sheet), entry);
        }
    }

    void part3()
    {
        partHeading(3);
        for (const ExplanationSection &s : explanation(m_doc)) {
            heading(s.title, SectionHeading);
            mark(s.title, 1);
            for (const Paragraph &p : s.paragraphs) {
                const QString t = p.text().trimmed();
                if (t.isEmpty())
                    continue;
                // （一）… headings of a section print as they read, without an indent.
                const bool sub = (t.startsWith(QStringLiteral("（")) && t.size() < 40 && !t.contains(QStringLiteral("万元")));
                if (sub)
                    heading(t, BodyBold, Qt::AlignLeft, 0, 0); // kept with the lines under it
                else
                    paragraph(t);
            }
        }
    }

    void part4()
    {
        partHeading(4);
        for (const QString &line : glossaryText(m_doc).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QString t = line.trimmed();
            if (t.isEmpty())
                continue;
            static const QString numerals = QStringLiteral("一二三四五六七八九十");
            const bool group = numerals.contains(t.at(0)) && t.size() < 30 && t.contains(QStringLiteral("、"));
            if (group)
                heading(t, SectionHeading);
            else
                paragraph(t);
        }
    }

    void part5()
    {
        const auto &list = m_doc.data().evaluations;
        partHeading(5);
        if (list.empty()) {
            paragraph(Tr::tr("(The document holds no 绩效自评 tables.)"));
            return;
        }
        for (const Evaluation &e : list) {
            grid(evaluationGrid(m_doc, e), e.name.trimmed());
        }
    }

    void cover()
    {
        const UnitInfo &unit = m_doc.data().unit;
        newPage(false);
        auto centred = [&](const QString &t, int role, qreal y) {
            for (const QString &line : breakLines(t, role, textWidth()))  {
                text(left() + (textWidth() - width(line, role)) / 2, y, line, role);
                y += lineHeight(role);
            }
            return y;
        };
        centred(QString::number(unit.year) + QStringLiteral("年度"), Cover, 230);
        const qreal y = centred(unit.name, CoverName, 300);
        centred(unit.scope + QStringLiteral("决算"), Cover, std::max<qreal>(y + 30, 380));
        centred(compiledMonth(unit.compiled), SectionHeading, 640);
    }

    // "2025-09" → 二〇二五年九月
public:
    static QString compiledMonth(const QString &compiled)
    {
        const QStringList parts = compiled.split(QLatin1Char('-'));
        if (parts.size() != 2)
            return compiled;
        static const QString digits = QStringLiteral("〇一二三四五六七八九");
        QString year;
        for (const QChar c : parts[0])
            year += c.isDigit() ? digits.at(c.digitValue()) : c;
        return year + QStringLiteral("年") + chineseNumeral(parts[1].toInt()) + QStringLiteral("月");
    }

    void contents(const std::vector<OutlineEntry> &outline)
    {
        newPage(false);
        heading(QStringLiteral("目　录"), PartHeading, Qt::AlignHCenter, 0, 0);
        m_y += 10;
        const int role = Body;
        const QFontMetricsF fm = metrics(role);
        const qreal lh = lineHeight(role) * 1.1;
        const qreal dot = fm.horizontalAdvance(QStringLiteral("."));
        for (const OutlineEntry &e : outline) {
            const int r = e.level == 0 ? BodyBold : role;
            if (!fits(lh))
                newPage(false);
            const qreal indent = e.level == 0 ? 0 : 2 * width(QStringLiteral("中"), role);
            const QString number = QString::number(e.number);
            const qreal numberX = left() + textWidth() - width(number, role);
            // A long title wraps; the dot leaders and the number follow its last line.
            const QStringList lines = breakLines(e.title, r, textWidth() - indent - 40);
            for (int i = 0; i + 1 < lines.size(); ++i) {
                text(left() + indent, m_y + (lh + fm.ascent() - fm.descent()) / 2, lines[i], r);
                m_y += lh;
                if (!fits(lh))
                    newPage(false);
            }
            const qreal base = m_y + (lh + fm.ascent() - fm.descent()) / 2;
            text(left() + indent, base, lines.value(lines.size() - 1), r);
            // Dot leaders from the title to the number.
            const qreal from = left() + indent + width(lines.value(lines.size() - 1), r) + 4, to = numberX - 4;
            if (to > from + dot) {
                const int n = int((to - from) / dot);
                text(to - n * dot, base, QString(n, QLatin1Char('.')), role);
            }
            text(numberX, base, number, role);
            m_y += lh;
        }
    }

    void footers()
    {
        const QFontMetricsF fm = metrics(Small);
        for (Page &p : m_out.pages) {
            const qreal w = p.size().width();
            const qreal base = p.size().height() - kFooterBaseline;
            if (p.number > 0) {
                const QString n = QStringLiteral("— %1 —").arg(p.number);
                p.texts.push_back({QPointF((w - fm.horizontalAdvance(n)) / 2, base), n, Small});
            }
            if (!m_seal.isEmpty()) {
                const QString seal = QStringLiteral("内容校验码：") + m_seal;
                p.texts.push_back({QPointF(w - kSide - fm.horizontalAdvance(seal), base), seal, Small});
            }
        }
    }

private:
    const Document &m_doc;
    const PrintOptions &m_options;
    PrintedDocument m_out;
    std::vector<QFont> m_fonts;
    qreal m_y = kTop;
    bool m_numbering = false;
    int m_number = 0;
    bool m_headingOnly = false; // the page holds a part's heading and nothing else yet
    QString m_seal;
};

} // namespace

QFont PrintedDocument::font(int index) const
{
    return makeFont(fontFamily, fonts.at(std::size_t(index)));
}

QString printFontFamily()
{
    static const QString family = [] {
        const QStringList families = QFontDatabase::families();
        for (const QString &f : {QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC"),
                                 QStringLiteral("Noto Serif CJK SC")})
            if (families.contains(f))
                return f;
        return QFont().family();
    }();
    return family;
}

PrintedDocument layoutDocument(const Document &doc, const PrintOptions &options, const std::function<void(int)> &progress)
{
    return Composer(doc, options).run(progress);
}

void paintPage(QPainter &painter, const PrintedDocument &doc, int index)
{
    const Page &page = doc.pages.at(std::size_t(index));
    painter.save();
    QPen pen(Qt::black);
    pen.setCapStyle(Qt::SquareCap);
    for (const RuleItem &r : page.rules) {
        pen.setWidthF(r.width);
        painter.setPen(pen);
        painter.drawLine(r.line);
    }
    // Sizes are in points of the page, and the painter's coordinates are points: a font's point
    // size is turned into what the device makes of it at its resolution (72 dpi for the PDF, the
    // screen's or the printer's otherwise, whose painter is scaled by dpi / 72).
    const qreal perPoint = painter.device() ? 72.0 / painter.device()->logicalDpiY() : 1.0;
    std::vector<QFont> fonts;
    for (std::size_t f = 0; f < doc.fonts.size(); ++f) {
        QFont font = doc.font(int(f));
        font.setPointSizeF(font.pointSizeF() * perPoint);
        fonts.push_back(font);
    }
    painter.setPen(Qt::black);
    int current = -1;
    for (const TextItem &t : page.texts) {
        if (t.font != current) {
            painter.setFont(fonts.at(std::size_t(t.font)));
            current = t.font;
        }
        painter.drawText(t.baseline, t.text);
    }
    painter.restore();
}

namespace {

// Adds what Qt's PDF writer cannot write (with qpdf, which rewrites the file): the outline (bookmarks)
// of the 目录's entries, page labels that match the printed page numbers (front pages i, ii…; the
// body 1, 2…), the language for screen readers, and the outline shown when the file opens.
Result<QByteArray> finishPdf(const QByteArray &pdf, const PrintedDocument &doc)
{
    try {
        QPDF q;
        q.processMemoryFile("document.pdf", pdf.constData(), std::size_t(pdf.size()));
        const std::vector<QPDFObjectHandle> &pages = q.getAllPages();
        QPDFObjectHandle root = q.getRoot();

        // The outline: level-0 entries (the parts) with their level-1 children.
        QPDFObjectHandle outlines = q.makeIndirectObject(QPDFObjectHandle::newDictionary());
        outlines.replaceKey("/Type", QPDFObjectHandle::newName("/Outlines"));
        auto item = [&](const OutlineEntry &e, QPDFObjectHandle parent) {
            QPDFObjectHandle o = q.makeIndirectObject(QPDFObjectHandle::newDictionary());
            o.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(e.title.toStdString()));
            o.replaceKey("/Parent", parent);
            const std::size_t page = std::size_t(std::clamp<int>(e.page, 0, int(pages.size()) - 1));
            o.replaceKey("/Dest", QPDFObjectHandle::newArray({pages[page], QPDFObjectHandle::newName("/Fit")}));
            return o;
        };
        auto link = [](QPDFObjectHandle parent, const std::vector<QPDFObjectHandle> &children) {
            if (children.empty())
                return;
            parent.replaceKey("/First", children.front());
            parent.replaceKey("/Last", children.back());
            parent.replaceKey("/Count", QPDFObjectHandle::newInteger(static_cast<long long>(children.size())));
            for (std::size_t i = 0; i < children.size(); ++i) {
                QPDFObjectHandle c = children[i];
                if (i > 0)
                    c.replaceKey("/Prev", children[i - 1]);
                if (i + 1 < children.size())
                    c.replaceKey("/Next", children[i + 1]);
            }
        };
        std::vector<QPDFObjectHandle> top;
        std::vector<std::vector<QPDFObjectHandle>> children;
        for (const OutlineEntry &e : doc.outline) {
            if (e.level == 0 || top.empty()) {
                top.push_back(item(e, outlines));
                children.emplace_back();
            } else {
                children.back().push_back(item(e, top.back()));
            }
        }
        for (std::size_t i = 0; i < top.size(); ++i)
            link(top[i], children[i]);
        link(outlines, top);
        if (!top.empty()) {
            root.replaceKey("/Outlines", outlines);
            root.replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
        }

        // Page labels: the cover and the 目录 i, ii…; the body from 1, as its footers print.
        int front = 0;
        while (front < int(doc.pages.size()) && doc.pages[std::size_t(front)].number == 0)
            ++front;
        QPDFObjectHandle nums = QPDFObjectHandle::newArray();
        QPDFObjectHandle roman = QPDFObjectHandle::newDictionary();
        roman.replaceKey("/S", QPDFObjectHandle::newName("/r"));
        nums.appendItem(QPDFObjectHandle::newInteger(0));
        nums.appendItem(roman);
        if (front < int(doc.pages.size())) {
            QPDFObjectHandle decimal = QPDFObjectHandle::newDictionary();
            decimal.replaceKey("/S", QPDFObjectHandle::newName("/D"));
            decimal.replaceKey("/St", QPDFObjectHandle::newInteger(doc.pages[std::size_t(front)].number));
            nums.appendItem(QPDFObjectHandle::newInteger(front));
            nums.appendItem(decimal);
        }
        QPDFObjectHandle labels = QPDFObjectHandle::newDictionary();
        labels.replaceKey("/Nums", nums);
        root.replaceKey("/PageLabels", labels);
        root.replaceKey("/Lang", QPDFObjectHandle::newUnicodeString("zh-CN"));

        QPDFWriter w(q);
        w.setOutputMemory();
        w.setStaticID(true); // the same document gives the same bytes
        w.write();
        const auto buffer = w.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()), qsizetype(buffer->getSize()));
    } catch (const std::exception &e) {
        return Error(Error::Code::WriteFailed, Tr::tr("The PDF could not be finished: %1").arg(QString::fromLocal8Bit(e.what())));
    }
}

// Writes the finished bytes through a temporary file beside the target (QSaveFile): a failure
// leaves the target as it was.
Status saveFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        const int err = errno;
        return writeFailure(path, err, file.errorString());
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        const int err = errno;
        return writeFailure(path, err, file.errorString());
    }
    return std::nullopt;
}

} // namespace

Status writePdf(const PrintedDocument &doc, const QString &path)
{
    if (auto refused = checkExportTarget(path))
        return refused;
    QBuffer raw;
    raw.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&raw);
        writer.setResolution(72);
        writer.setTitle(doc.title);
        writer.setCreator(QStringLiteral("final-accounts"));
        auto layoutOf = [](const Page &p) {
            return QPageLayout(QPageSize(QPageSize::A4), p.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                               QMarginsF(0, 0, 0, 0));
        };
        if (!doc.pages.empty())
            writer.setPageLayout(layoutOf(doc.pages.front()));
        QPainter painter;
        if (!painter.begin(&writer))
            return writeFailure(path, 0, Tr::tr("the PDF could not be started"));
        for (int i = 0; i < int(doc.pages.size()); ++i) {
            if (i > 0) {
                writer.setPageLayout(layoutOf(doc.pages[std::size_t(i)]));
                writer.newPage();
            }
            paintPage(painter, doc, i);
        }
        painter.end();
    }
    const Result<QByteArray> finished = finishPdf(raw.data(), doc);
    if (!finished)
        return finished.error();
    return saveFile(path, finished.value());
}

namespace {

// Builds the ODT's text with a cursor: blocks of a role's size and weight, tables with spans.
class OdtBuilder
{
public:
    explicit OdtBuilder(QTextDocument &doc) : m_cursor(&doc)
    {
        QFont f(printFontFamily());
        f.setPointSizeF(10.5);
        doc.setDefaultFont(f);
    }

    void block(const QString &text, qreal size, bool bold, Qt::Alignment align = Qt::AlignLeft, bool pageBreak = false,
               int headingLevel = 0, qreal indent = 0)
    {
        QTextBlockFormat bf;
        bf.setAlignment(align);
        bf.setTextIndent(indent);
        bf.setBottomMargin(size * 0.4);
        if (headingLevel > 0)
            bf.setHeadingLevel(headingLevel);
        if (pageBreak)
            bf.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCharFormat cf;
        cf.setFontFamilies({printFontFamily()});
        cf.setFontPointSize(size);
        cf.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        if (m_first) {
            m_cursor.setBlockFormat(bf);
            m_cursor.setBlockCharFormat(cf);
            m_first = false;
        } else {
            m_cursor.insertBlock(bf, cf);
        }
        m_cursor.insertText(text, cf);
    }

    void paragraph(const QString &text) { block(text, 10.5, false, Qt::AlignLeft, false, 0, 21); }

    void grid(const Grid &g)
    {
        block(g.code, 8, false, Qt::AlignRight, true);
        block(g.title, 14, true, Qt::AlignHCenter);
        block(g.left + QStringLiteral("　　") + g.middle + QStringLiteral("　　") + g.right, 9, false);
        const int rows = g.headerRows + int(g.body.size());
        QTextTableFormat tf;
        tf.setBorder(0.5);
        tf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        tf.setCellPadding(2);
        tf.setCellSpacing(0);
        tf.setBorderCollapse(true);
        // Columns as wide as their longest single-column text (names wide, 行次 narrow).
        std::vector<qreal> weight(std::size_t(g.columns), 4);
        for (const auto &row : g.body) {
            int c = 0;
            for (const Cell &cell : row) {
                if (cell.span == 1 && c < g.columns) {
                    qreal w = 0;
                    for (const QChar ch : cell.text)
                        w += ch.unicode() >= 0x2E80 ? 2 : 1;
                    weight[std::size_t(c)] = std::max(weight[std::size_t(c)], w + 2);
                }
                c += cell.span;
            }
        }
        qreal sum = 0;
        for (qreal w : weight)
            sum += w;
        // In points: Qt's ODF writer writes a percentage as style:column-width, which ODF readers
        // ignore (ODF wants a length there), so every column would come out alike.
        const qreal tableWidth = (g.landscape ? kA4Long : kA4Short) - 2 * kSide;
        QList<QTextLength> widths;
        for (qreal w : weight)
            widths << QTextLength(QTextLength::FixedLength, tableWidth * w / sum);
        tf.setColumnWidthConstraints(widths);
        QTextTable *table = m_cursor.insertTable(rows, g.columns, tf);
        auto put = [&](int row, int column, const QString &text, Qt::Alignment align, bool bold) {
            QTextTableCell cell = table->cellAt(row, column);
            QTextCursor c = cell.firstCursorPosition();
            QTextBlockFormat bf;
            bf.setAlignment(align);
            c.setBlockFormat(bf);
            QTextCharFormat cf;
            cf.setFontPointSize(9);
            cf.setFontWeight(bold ? QFont::Bold : QFont::Normal);
            c.insertText(text, cf);
        };
        for (const HeadCell &h : g.header) {
            put(h.row, h.column, h.text, Qt::AlignHCenter, true);
            if (h.rowSpan > 1 || h.columnSpan > 1)
                table->mergeCells(h.row, h.column, h.rowSpan, h.columnSpan);
        }
        for (int r = 0; r < int(g.body.size()); ++r) {
            int c = 0;
            for (const Cell &cell : g.body[std::size_t(r)]) {
                put(g.headerRows + r, c, cell.text, cell.align, cell.bold);
                if (cell.span > 1)
                    table->mergeCells(g.headerRows + r, c, 1, cell.span);
                c += cell.span;
            }
        }
        m_cursor.movePosition(QTextCursor::End);
        for (const QString &note : g.notes)
            block(note, 8, false);
    }

private:
    QTextCursor m_cursor;
    bool m_first = true;
};

} // namespace

Status writeOdt(const Document &doc, const QString &path, const PrintOptions &options)
{
    if (auto refused = checkExportTarget(path))
        return refused;
    const UnitInfo &unit = doc.data().unit;
    QTextDocument text;
    OdtBuilder b(text);
    // The cover.
    b.block(QString::number(unit.year) + QStringLiteral("年度"), 26, true, Qt::AlignHCenter);
    b.block(unit.name, 20, true, Qt::AlignHCenter);
    b.block(unit.scope + QStringLiteral("决算"), 26, true, Qt::AlignHCenter);
    b.block(Composer::compiledMonth(unit.compiled), 12, true, Qt::AlignHCenter);
    // The 目录's headings (no page numbers: an ODT reader lays its own pages out).
    b.block(QStringLiteral("目　录"), 16, true, Qt::AlignHCenter, true);
    const PrintedDocument pages = layoutDocument(doc, options);
    for (const OutlineEntry &e : pages.outline)
        b.block((e.level ? QStringLiteral("　　") : QString()) + e.title, 10.5, e.level == 0);
    // Part 1.
    b.block(partTitle(doc, 1), 16, true, Qt::AlignHCenter, true, 1);
    auto textOf = [&](const char *key) {
        const auto it = doc.data().texts.find(QString::fromUtf8(key));
        return it == doc.data().texts.end() ? QString() : it->second.trimmed();
    };
    const std::pair<QString, const char *> overview[] = {{QStringLiteral("一、") + unit.scope + QStringLiteral("职责"), "overview/duties"},
                                                         {QStringLiteral("二、机构设置"), "overview/organisation"}};
    for (const auto &[title, key] : overview) {
        b.block(title, 12, true, Qt::AlignLeft, false, 2);
        for (const QString &line : textOf(key).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (!line.trimmed().isEmpty())
                b.paragraph(line.trimmed());
    }
    // Part 2: the tables.
    b.block(partTitle(doc, 2), 16, true, Qt::AlignHCenter, true, 1);
    for (const Sheet &sheet : doc.engine().sheets())
        if (sheet.decl->published)
            b.grid(tableGrid(doc, options, sheet));
    // Part 3.
    b.block(partTitle(doc, 3), 16, true, Qt::AlignHCenter, true, 1);
    for (const ExplanationSection &s : explanation(doc)) {
        b.block(s.title, 12, true, Qt::AlignLeft, false, 2);
        for (const Paragraph &p : s.paragraphs)
            if (!p.text().trimmed().isEmpty())
                b.paragraph(p.text().trimmed());
    }
    // Part 4.
    b.block(partTitle(doc, 4), 16, true, Qt::AlignHCenter, true, 1);
    for (const QString &line : glossaryText(doc).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!line.trimmed().isEmpty())
            b.paragraph(line.trimmed());
    // Part 5.
    b.block(partTitle(doc, 5), 16, true, Qt::AlignHCenter, true, 1);
    for (const Evaluation &e : doc.data().evaluations)
        b.grid(evaluationGrid(doc, e));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(&text))
        return writeFailure(path, 0, Tr::tr("the ODF writer failed"));
    return saveFile(path, buffer.data());
}

} // namespace fa::print
