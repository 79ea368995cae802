// The printed layout of the nine tables (PrintDecl in template2024.cpp, served by TableLayout)
// against the two published documents in resources/seeds. The seeds' tables are tab-separated
// lines, one field per printed grid column; this test reads them at run time and compares:
//   1. the heading rows (each heading cell's text at the top left of its span) with the seed's
//      heading lines, on the first page of a table and on every page it continues on;
//   2. every body row (codes, names and 行次 of the layout) with the seed's body line at the same
//      index, and every published figure (tests/data/published) with the seed field at the grid
//      column TableLayout::position gives;
//   3. the structure: spans, the columns of each part, the arrangement of 01/04/06/09表, and the
//      lines around each table (tableCaption) — unit line, year, footnote, 说明 of empty tables.
//
// Where the extracted text differs from what was printed, the seed is normalised minimally, and
// only where a comment says so.

#include "support.h"

#include "layout.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

using namespace fa;

namespace {

struct SeedSample {
    const char *seed;   // short name, as in tests/data/published
    const char *file;   // resources/seeds/<file>.txt
    const char *sample; // resources/samples/<sample>.json
};

const SeedSample kSeeds[] = {
    {"000", "000_10d8e44b991496ab", "nanyang-cac-2024"},
    {"003", "003_a4cf28a555bed632", "nanyang-bigdata-2024"},
};

QString u(const char *s) { return QString::fromUtf8(s); }

QString rstrip(QString s)
{
    while (!s.isEmpty() && s.back().isSpace())
        s.chop(1);
    return s;
}

bool isAmount(const QString &field)
{
    static const QRegularExpression re(QStringLiteral("^-?(\\d{1,3}(,\\d{3})*|\\d+)\\.\\d{2}$"));
    return re.match(field).hasMatch();
}

bool hasAmount(const QString &line)
{
    const QStringList fields = line.split(QLatin1Char('\t'));
    return std::any_of(fields.begin(), fields.end(), isAmount);
}

bool isCjk(QChar c) { return c.unicode() >= 0x2E80; }

// A line break inside a printed heading cell comes out of the PDF as a space between two Chinese
// characters (seed 003's 06表, and seed 000's on its second page, show "经济分类 科目编码"; the
// first page of seed 000's 06表 shows "经济分类科目编码"). Such spaces are removed; nothing else is.
QString joinBrokenCells(const QString &line)
{
    QString out;
    for (int i = 0; i < line.size(); ++i) {
        if (line[i] == QLatin1Char(' ') && i > 0 && i + 1 < line.size() && isCjk(line[i - 1]) && isCjk(line[i + 1]))
            continue;
        out += line[i];
    }
    return out;
}

// One table of a seed as printed: the lines around it, its heading blocks (the first page's and
// the one repeated on every further page) and its body lines, split on tabs.
struct SeedTable {
    QString title;
    QString unitLine; // 部门：… / 单位：…
    QString year;     // 2024年度
    QString amountUnit;
    std::vector<QStringList> headings; // each block: heading lines, trailing whitespace stripped
    std::vector<QStringList> body;     // body lines, in printed order, repeated headings left out
    QString note;                      // 注：…
    QString emptyNote;                 // 说明：…, or empty
};

QStringList readSeedLines(const char *file)
{
    const QString text = QString::fromUtf8(
        test::readBytes(test::sourcePath(QStringLiteral("resources/seeds/%1.txt").arg(u(file)))));
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &l : lines) {
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
    }
    return lines;
}

// The table printed under `code` (公开0N表); nullopt when the seed does not print it as text.
std::optional<SeedTable> readSeedTable(const QStringList &lines, const QString &code)
{
    int at = -1;
    for (int i = 0; i < lines.size() && at < 0; ++i) {
        if (lines[i].trimmed() == code)
            at = i;
    }
    if (at < 0)
        return std::nullopt;
    SeedTable t;
    for (int i = at - 1; i >= 0 && t.title.isEmpty(); --i)
        t.title = lines[i].trimmed();

    // The unit line, the year and 单位：万元: on one tab-separated line or on lines of their own.
    int i = at + 1;
    for (; i < lines.size() && t.amountUnit.isEmpty(); ++i) {
        for (const QString &f : lines[i].split(QLatin1Char('\t'))) {
            const QString field = f.trimmed();
            if (field == QStringLiteral("单位：万元"))
                t.amountUnit = field;
            else if (field.startsWith(QStringLiteral("部门：")) || field.startsWith(QStringLiteral("单位：")))
                t.unitLine = field;
            else if (field.endsWith(QStringLiteral("年度")))
                t.year = field;
        }
    }
    REQUIRE(!t.amountUnit.isEmpty());

    // Headings up to the first line with an amount; after a page break (an empty line) the headings
    // are printed again before the body continues; the footnote ends the table.
    QStringList block;
    bool inHeading = true;
    for (; i < lines.size(); ++i) {
        const QString line = lines[i];
        if (line.trimmed().isEmpty()) {
            if (!inHeading)
                inHeading = true;
            continue;
        }
        if (line.startsWith(QStringLiteral("注："))) {
            t.note = rstrip(line);
            break;
        }
        if (inHeading && !hasAmount(line)) {
            block << rstrip(line);
            continue;
        }
        if (inHeading) {
            t.headings.push_back(block);
            block.clear();
            inHeading = false;
        }
        t.body.push_back(rstrip(line).split(QLatin1Char('\t')));
    }
    REQUIRE(!t.note.isEmpty());
    for (++i; i < lines.size(); ++i) {
        if (lines[i].trimmed().isEmpty())
            continue;
        if (lines[i].startsWith(QStringLiteral("说明：")))
            t.emptyNote = rstrip(lines[i]);
        break;
    }
    return t;
}

// Seed 003's 02表 and 03表 print 栏次 (heading) and 合计 (first body line) in the code field with
// the name field empty, on the first page only: their second pages, both 05表 and every table of
// seed 000 print them in the name field, where the layout declares them. Reported as a difference
// between the layout and this seed; the test accepts exactly this shift and nothing else.
bool labelInCodeField(const QString &seed, const QString &table)
{
    return seed == QStringLiteral("003") && (table == QStringLiteral("t02") || table == QStringLiteral("t03"));
}

// Moves `label` from field 0 to field 1 where the seed prints it shifted as described above.
QString unshift(const QString &line, const QString &label)
{
    QStringList fields = line.split(QLatin1Char('\t'));
    if (fields.size() >= 2 && fields[0] == label && fields[1].isEmpty())
        std::swap(fields[0], fields[1]);
    return fields.join(QLatin1Char('\t'));
}

// The layout's heading rows as the seeds print them: one tab-separated field per grid column,
// a heading cell's text at the top left of its span, empty elsewhere.
QStringList renderHeadings(const TableLayout &layout)
{
    QStringList out;
    for (int r = 0; r < layout.headerRowCount(); ++r) {
        QStringList fields;
        for (int c = 0; c < layout.columnCount(); ++c) {
            const HeaderCellDecl *h = layout.headerAt(r, c);
            fields << (h && h->row == r && h->column == c ? h->text : QString());
        }
        out << rstrip(fields.join(QLatin1Char('\t')));
    }
    return out;
}

std::map<QString, QString> loadPublished(const QString &seed)
{
    const QJsonObject o = QJsonDocument::fromJson(test::readBytes(
                                                      test::sourcePath(QStringLiteral("tests/data/published/%1.json").arg(seed))))
                              .object();
    std::map<QString, QString> cells;
    const QJsonObject c = o.value(QStringLiteral("cells")).toObject();
    for (auto it = c.begin(); it != c.end(); ++it)
        cells[it.key()] = it.value().toString();
    return cells;
}

QString field(const QStringList &fields, int i) { return i >= 0 && i < fields.size() ? fields[i] : QString(); }

QString withoutGrouping(QString s) { return s.remove(QLatin1Char(',')); }

// The seed field indices whose heading (in any heading row of the first block) is `text`.
std::vector<int> headingColumns(const SeedTable &t, const QString &text)
{
    std::vector<int> cols;
    for (const QString &line : t.headings.front()) {
        const QStringList fields = joinBrokenCells(line).split(QLatin1Char('\t'));
        for (int i = 0; i < fields.size(); ++i) {
            if (fields[i] == text)
                cols.push_back(i);
        }
    }
    return cols;
}

const QStringList kTables = {QStringLiteral("t01"), QStringLiteral("t02"), QStringLiteral("t03"),
                             QStringLiteral("t04"), QStringLiteral("t05"), QStringLiteral("t06"),
                             QStringLiteral("t07"), QStringLiteral("t08"), QStringLiteral("t09")};

} // namespace

TEST_CASE("layout: the heading rows of every table are the seeds' heading lines", "[layout]")
{
    for (const SeedSample &s : kSeeds) {
        const auto doc = test::sampleDocument(u(s.sample));
        const QStringList lines = readSeedLines(s.file);
        int compared = 0;
        for (const QString &id : kTables) {
            const Sheet *sheet = doc->engine().sheet(id);
            REQUIRE(sheet);
            const auto seed = readSeedTable(lines, sheet->decl->code);
            if (!seed) {
                // Seed 000's 09表 was an image in the PDF: it is the only table missing as text.
                CHECK(QByteArray(s.seed) == "000");
                CHECK(id == QStringLiteral("t09"));
                continue;
            }
            const TableLayout layout(*sheet);
            const QStringList expected = renderHeadings(layout);
            REQUIRE(!seed->headings.empty());
            for (std::size_t block = 0; block < seed->headings.size(); ++block) {
                QStringList printed;
                bool shifted = false;
                for (const QString &line : seed->headings[block]) {
                    QString l = joinBrokenCells(line);
                    if (block == 0 && labelInCodeField(u(s.seed), id)) {
                        const QString moved = unshift(l, QStringLiteral("栏次"));
                        shifted = shifted || moved != l;
                        l = moved;
                    }
                    printed << l;
                }
                // The shift is there where it is said to be (and nowhere else is anything moved).
                CHECK(shifted == (block == 0 && labelInCodeField(u(s.seed), id)));
                INFO("seed " << s.seed << " " << id.toStdString() << " heading block " << block << "\nseed:\n"
                             << printed.join(QLatin1Char('\n')).toStdString() << "\nlayout:\n"
                             << expected.join(QLatin1Char('\n')).toStdString());
                CHECK(printed == expected);
                ++compared;
            }
            // The 栏次 row is a heading row (06表 prints none).
            if (id == QStringLiteral("t06")) {
                CHECK(layout.print().lanciRow == -1);
            } else {
                REQUIRE(layout.print().lanciRow >= 0);
                REQUIRE(layout.print().lanciRow < layout.headerRowCount());
            }
        }
        // Both seeds print 01–06表 on two pages each, with the headings repeated on the second.
        CHECK(compared == (QByteArray(s.seed) == "000" ? 8 + 6 : 9 + 6));
    }
}

TEST_CASE("layout: the seeds' lanci rows, as the layout renders them", "[layout]")
{
    // Spelled out once, so that a change in the numbering shows here by name (the heading test
    // compares them with the seeds).
    const auto doc = test::sampleDocument(QStringLiteral("nanyang-bigdata-2024"));
    auto lanci = [&](const char *id) {
        const TableLayout layout(*doc->engine().sheet(u(id)));
        return renderHeadings(layout).value(layout.print().lanciRow);
    };
    CHECK(lanci("t01") == QStringLiteral("栏次\t\t1\t栏次\t\t2"));
    CHECK(lanci("t04") == QStringLiteral("栏次\t\t1\t栏次\t\t2\t3\t4\t5"));
    CHECK(lanci("t02") == QStringLiteral("\t栏次\t1\t2\t3\t4\t5\t6\t7"));
    CHECK(lanci("t05") == QStringLiteral("\t栏次\t1\t2\t3"));
    CHECK(lanci("t09") == QStringLiteral("1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11\t12"));
}

TEST_CASE("layout: every body row prints the codes, names and 行次 of the seed's line", "[layout]")
{
    for (const SeedSample &s : kSeeds) {
        const auto doc = test::sampleDocument(u(s.sample));
        const Engine &e = doc->engine();
        const QStringList lines = readSeedLines(s.file);
        for (const QString &id : kTables) {
            const Sheet *sheet = e.sheet(id);
            const auto seed = readSeedTable(lines, sheet->decl->code);
            if (!seed)
                continue;
            const TableLayout layout(*sheet);
            INFO("seed " << s.seed << " " << id.toStdString());
            CHECK(layout.bodyRowCount() == int(seed->body.size()));
            const int rows = std::min(layout.bodyRowCount(), int(seed->body.size()));
            for (int b = 0; b < rows; ++b) {
                QStringList printed = seed->body[b];
                if (b == 0 && labelInCodeField(u(s.seed), id)) {
                    const QString line = printed.join(QLatin1Char('\t'));
                    const QString moved = unshift(line, QStringLiteral("合计"));
                    CHECK(moved != line);
                    printed = moved.split(QLatin1Char('\t'));
                }
                INFO("body row " << b << ": " << printed.join(QLatin1Char('\t')).toStdString());
                // Nothing printed beyond the grid.
                for (int c = layout.columnCount(); c < printed.size(); ++c)
                    CHECK(printed[c].isEmpty());
                for (int c = 0; c < layout.columnCount(); ++c) {
                    INFO("grid column " << c);
                    const TableLayout::Slot slot = layout.slot(b, c);
                    switch (slot.kind) {
                    case TableLayout::Slot::Kind::Amount:
                        if (slot.cell == kNoCell)
                            CHECK(field(printed, c).isEmpty());
                        else
                            CHECK(isAmount(field(printed, c)));
                        break;
                    case TableLayout::Slot::Kind::Name:
                        // Seed 003's 05表 alone prints 2013704 as 信息安全管理事务; the document
                        // uses the catalogue's 信息安全事务 everywhere (see test_seeds.cpp).
                        if (s.seed == std::string("003") && id == QStringLiteral("t05")
                            && field(printed, c) == QStringLiteral("信息安全管理事务"))
                            CHECK(layout.text(b, c) == QStringLiteral("信息安全事务"));
                        else
                            CHECK(layout.text(b, c) == field(printed, c));
                        break;
                    default:
                        CHECK(layout.text(b, c) == field(printed, c));
                    }
                }
            }
        }
    }
}

TEST_CASE("layout: every published figure is printed where the seed prints it", "[layout]")
{
    for (const SeedSample &s : kSeeds) {
        const auto doc = test::sampleDocument(u(s.sample));
        const Engine &e = doc->engine();
        const QStringList lines = readSeedLines(s.file);
        const auto published = loadPublished(u(s.seed));
        std::map<QString, std::optional<SeedTable>> seedTables;
        for (const QString &id : kTables)
            seedTables[id] = readSeedTable(lines, e.sheet(id)->decl->code);

        int compared = 0;
        for (const auto &[address, text] : published) {
            const QStringList parts = address.split(QLatin1Char('/'));
            REQUIRE(parts.size() == 3);
            const QString &id = parts[0], &rowKey = parts[1], &columnKey = parts[2];
            const auto &seed = seedTables.at(id);
            if (!seed) {
                // Hand-entered from the text of part 3 (extract_published.py): not printed as a table.
                CHECK((QByteArray(s.seed) == "000" && id == QStringLiteral("t09")));
                continue;
            }
            const Sheet *sheet = e.sheet(id);
            const TableLayout layout(*sheet);
            INFO("seed " << s.seed << " " << address.toStdString() << " published " << text.toStdString());
            const int r = sheet->rowIndex(rowKey);
            const int c = sheet->columnIndex(columnKey);
            REQUIRE(r >= 0);
            REQUIRE(c >= 0);
            const auto pos = layout.position(r, c);
            REQUIRE(pos);
            CHECK(layout.slot(pos->bodyRow, pos->gridColumn).cell == sheet->cell(r, c));

            // The seed line of the figure, found by what identifies it there (code, 行次 or name),
            // and the fields that start a part of a printed line (one per part).
            const auto &body = seed->body;
            std::vector<int> keyFields;
            std::vector<int> searched;
            switch (layout.print().arrangement) {
            case Arrangement::Rows:
                // The code in the first field; 合计 in the second (seed 003's 02/03表: the first).
                keyFields = {0};
                searched = rowKey == QStringLiteral("合计") ? std::vector<int>{1, 0} : std::vector<int>{0};
                break;
            case Arrangement::Sides:
                keyFields = headingColumns(*seed, QStringLiteral("行次"));
                searched = keyFields;
                break;
            case Arrangement::Groups:
                keyFields = headingColumns(*seed, rowKey.front().isDigit() ? QStringLiteral("经济分类科目编码")
                                                                           : QStringLiteral("科目名称"));
                searched = keyFields;
                break;
            case Arrangement::Blocks:
                // One printed row: the 预算数 block, then the 决算数 block, six fields each.
                keyFields = {0, 6};
                break;
            }
            int line = -1;
            int keyField = -1;
            if (layout.print().arrangement == Arrangement::Blocks) {
                REQUIRE(body.size() == 1);
                line = 0;
                keyField = rowKey == QStringLiteral("预算") ? 0 : 6;
            }
            for (int i = 0; i < int(body.size()) && line < 0; ++i) {
                for (int k : searched) {
                    if (field(body[i], k) == rowKey) {
                        line = i;
                        keyField = layout.print().arrangement == Arrangement::Rows ? 0 : k;
                        break;
                    }
                }
            }
            REQUIRE(line >= 0);
            REQUIRE(!keyFields.empty());
            INFO("seed line " << line << ": " << body[line].join(QLatin1Char('\t')).toStdString() << "\nlayout position "
                              << pos->bodyRow << ", " << pos->gridColumn);
            CHECK(pos->bodyRow == line);
            CHECK(withoutGrouping(field(body[line], pos->gridColumn)) == text);
            // The grid column lies in the part of the line the key field starts.
            int partStart = -1;
            for (int k : keyFields) {
                if (k <= pos->gridColumn)
                    partStart = std::max(partStart, k);
            }
            CHECK(partStart == keyField);
            ++compared;
        }
        INFO("seed " << s.seed);
        CHECK(compared >= 690);
    }
}

TEST_CASE("layout: heading spans stay inside the grid and do not overlap", "[layout]")
{
    const auto doc = test::sampleDocument(QStringLiteral("nanyang-bigdata-2024"));
    for (const QString &id : kTables) {
        const TableLayout layout(*doc->engine().sheet(id));
        INFO(id.toStdString());
        const int rows = layout.headerRowCount();
        const int cols = layout.columnCount();
        REQUIRE(rows > 0);
        REQUIRE(cols > 0);
        std::vector<int> covered(std::size_t(rows * cols), 0);
        for (const HeaderCellDecl &h : layout.header()) {
            INFO(h.text.toStdString() << " at " << h.row << "," << h.column << " span " << h.rowSpan << "x" << h.columnSpan);
            CHECK(h.row >= 0);
            CHECK(h.column >= 0);
            CHECK(h.rowSpan >= 1);
            CHECK(h.columnSpan >= 1);
            CHECK(h.row + h.rowSpan <= rows);
            CHECK(h.column + h.columnSpan <= cols);
            CHECK(!h.text.isEmpty());
            for (int r = std::max(0, h.row); r < std::min(rows, h.row + h.rowSpan); ++r) {
                for (int c = std::max(0, h.column); c < std::min(cols, h.column + h.columnSpan); ++c)
                    ++covered[std::size_t(r * cols + c)];
            }
        }
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < cols; ++c) {
                INFO("heading cell " << r << "," << c);
                CHECK(covered[std::size_t(r * cols + c)] <= 1);
                // headerAt finds the one heading that covers a cell.
                const HeaderCellDecl *h = layout.headerAt(r, c);
                CHECK((h != nullptr) == (covered[std::size_t(r * cols + c)] == 1));
            }
        }
        // Above the 栏次 row the printed headings have no holes: every cell belongs to a heading
        // (a span too short leaves one, which the text of the seeds cannot show).
        const int titled = layout.print().lanciRow >= 0 ? layout.print().lanciRow : rows;
        for (int r = 0; r < titled; ++r) {
            for (int c = 0; c < cols; ++c) {
                INFO("heading cell " << r << "," << c);
                CHECK(covered[std::size_t(r * cols + c)] == 1);
            }
        }
        // Every amount column has a heading of its own in a row above the 栏次 row.
        for (int c = 0; c < cols; ++c) {
            if (layout.column(c).role != GridColumnDecl::Role::Amount)
                continue;
            const int above = layout.print().lanciRow >= 0 ? layout.print().lanciRow : rows;
            const HeaderCellDecl *own = nullptr;
            for (int r = 0; r < above; ++r) {
                const HeaderCellDecl *h = layout.headerAt(r, c);
                if (h && h->columnSpan == 1)
                    own = h;
            }
            INFO("grid column " << c);
            CHECK(own != nullptr);
        }
    }
}

TEST_CASE("layout: every printed column appears once in each part whose rows have it", "[layout]")
{
    for (const SeedSample &s : kSeeds) {
        const auto doc = test::sampleDocument(u(s.sample));
        for (const QString &id : kTables) {
            const Sheet &sheet = *doc->engine().sheet(id);
            const TableLayout layout(sheet);
            const TableDecl &d = layout.table();
            INFO("sample " << s.sample << " " << id.toStdString());
            int parts = 0;
            for (int g = 0; g < layout.columnCount(); ++g)
                parts = std::max(parts, layout.column(g).part + 1);

            // Every amount grid column shows a printed column of the table.
            for (int g = 0; g < layout.columnCount(); ++g) {
                const GridColumnDecl &col = layout.column(g);
                if (col.role != GridColumnDecl::Role::Amount)
                    continue;
                INFO("grid column " << g << " " << col.column.toStdString());
                const ColumnDecl *c = d.column(col.column);
                REQUIRE(c);
                CHECK(c->printed);
            }
            // Each table row is shown exactly once, in one part of one body row.
            std::vector<int> shown(std::size_t(sheet.rowCount()), 0);
            std::set<std::pair<int, QString>> partColumns; // (part, column) some row there has
            for (int b = 0; b < layout.bodyRowCount(); ++b) {
                for (int p = 0; p < parts; ++p) {
                    const int r = layout.tableRow(b, p);
                    if (r < 0)
                        continue;
                    REQUIRE(r < sheet.rowCount());
                    ++shown[std::size_t(r)];
                    for (int c = 0; c < sheet.columnCount(); ++c) {
                        if (d.columns[std::size_t(c)].printed && sheet.cell(r, c) != kNoCell)
                            partColumns.insert({p, d.columns[std::size_t(c)].key});
                    }
                }
            }
            for (int r = 0; r < sheet.rowCount(); ++r) {
                INFO("table row " << sheet.rows[std::size_t(r)].key.toStdString());
                CHECK(shown[std::size_t(r)] == 1);
            }
            for (int p = 0; p < parts; ++p) {
                for (const ColumnDecl &c : d.columns) {
                    int n = 0;
                    for (int g = 0; g < layout.columnCount(); ++g) {
                        const GridColumnDecl &col = layout.column(g);
                        if (col.role == GridColumnDecl::Role::Amount && col.part == p && col.column == c.key)
                            ++n;
                    }
                    INFO("part " << p << " column " << c.key.toStdString());
                    CHECK(n == (partColumns.count({p, c.key}) ? 1 : 0));
                }
            }
            // Every printed cell has a position, and the slot there is that cell.
            for (int r = 0; r < sheet.rowCount(); ++r) {
                for (int c = 0; c < sheet.columnCount(); ++c) {
                    const auto pos = layout.position(r, c);
                    INFO("table row " << sheet.rows[std::size_t(r)].key.toStdString() << " column "
                                      << d.columns[std::size_t(c)].key.toStdString());
                    if (!d.columns[std::size_t(c)].printed) {
                        CHECK(!pos);
                        continue;
                    }
                    if (sheet.cell(r, c) == kNoCell) {
                        // A blank of the printed table (a blank 行次 line) has no position.
                        CHECK(!pos);
                        continue;
                    }
                    REQUIRE(pos);
                    const TableLayout::Slot slot = layout.slot(pos->bodyRow, pos->gridColumn);
                    CHECK(slot.kind == TableLayout::Slot::Kind::Amount);
                    CHECK(slot.tableRow == r);
                    CHECK(slot.cell == sheet.cell(r, c));
                }
            }
        }
    }
}

TEST_CASE("layout: 01表 and 04表 print income lines on the left and expense lines on the right", "[layout]")
{
    const QStringList lines = readSeedLines("003_a4cf28a555bed632");
    const auto doc = test::sampleDocument(QStringLiteral("nanyang-bigdata-2024"));
    struct Expect {
        const char *id;
        int lastIncome; // income lines 1…lastIncome, expense lines lastIncome+1…2·lastIncome
    };
    for (const Expect &x : {Expect{"t01", 31}, Expect{"t04", 32}}) {
        const Sheet &sheet = *doc->engine().sheet(u(x.id));
        const TableLayout layout(sheet);
        INFO(x.id);
        CHECK(layout.print().arrangement == Arrangement::Sides);
        const auto seed = readSeedTable(lines, sheet.decl->code);
        REQUIRE(seed);
        CHECK(layout.bodyRowCount() == x.lastIncome);
        CHECK(int(seed->body.size()) == x.lastIncome);
        for (int b = 0; b < layout.bodyRowCount(); ++b) {
            INFO("body row " << b);
            const int income = layout.tableRow(b, 0);
            const int expense = layout.tableRow(b, 1);
            REQUIRE(income >= 0);
            REQUIRE(expense >= 0);
            CHECK(sheet.rows[std::size_t(income)].key == QString::number(b + 1));
            CHECK(sheet.rows[std::size_t(income)].side == 0);
            CHECK(sheet.rows[std::size_t(expense)].key == QString::number(x.lastIncome + b + 1));
            CHECK(sheet.rows[std::size_t(expense)].side == 1);
            CHECK(layout.tableRow(b, 2) == -1);
        }
        // Name, 行次 and amounts of part 0, then the same of part 1.
        int g = 0;
        for (int part = 0; part < 2; ++part) {
            REQUIRE(g + 1 < layout.columnCount());
            CHECK(layout.column(g).role == GridColumnDecl::Role::Name);
            CHECK(layout.column(g).part == part);
            CHECK(layout.column(g + 1).role == GridColumnDecl::Role::Line);
            CHECK(layout.column(g + 1).part == part);
            for (g += 2; g < layout.columnCount() && layout.column(g).role == GridColumnDecl::Role::Amount
                         && layout.column(g).part == part;
                 ++g) {
            }
        }
        CHECK(g == layout.columnCount());
    }
}

TEST_CASE("layout: 06表 prints three groups and the two totals on a last row", "[layout]")
{
    for (const SeedSample &s : kSeeds) {
        const auto doc = test::sampleDocument(u(s.sample));
        const Sheet &sheet = *doc->engine().sheet(QStringLiteral("t06"));
        const TableLayout layout(sheet);
        INFO("sample " << s.sample);
        CHECK(layout.print().arrangement == Arrangement::Groups);
        REQUIRE(layout.columnCount() == 9);
        for (int g = 0; g < 9; ++g) {
            INFO("grid column " << g);
            const GridColumnDecl::Role roles[] = {GridColumnDecl::Role::Code, GridColumnDecl::Role::Name,
                                                  GridColumnDecl::Role::Amount};
            CHECK(layout.column(g).role == roles[g % 3]);
            CHECK(layout.column(g).part == g / 3);
        }
        // Each group lists the economic rows of one catalogue group.
        const int last = layout.bodyRowCount() - 1;
        REQUIRE(last > 0);
        for (int b = 0; b < last; ++b) {
            for (int p = 0; p < 3; ++p) {
                const int r = layout.tableRow(b, p);
                if (r >= 0)
                    CHECK(sheet.rows[std::size_t(r)].group == p + 1);
            }
        }
        // The last row: 人员经费合计 in group 0, nothing in group 1, 公用经费合计 in group 2 — as printed.
        const int personnel = layout.tableRow(last, 0);
        const int publicUse = layout.tableRow(last, 2);
        REQUIRE(personnel >= 0);
        REQUIRE(publicUse >= 0);
        CHECK(sheet.rows[std::size_t(personnel)].key == QStringLiteral("人员经费合计"));
        CHECK(layout.tableRow(last, 1) == -1);
        CHECK(sheet.rows[std::size_t(publicUse)].key == QStringLiteral("公用经费合计"));
        CHECK(layout.text(last, 1) == QStringLiteral("人员经费合计"));
        CHECK(layout.text(last, 7) == QStringLiteral("公用经费合计"));

        const auto seed = readSeedTable(readSeedLines(s.file), sheet.decl->code);
        REQUIRE(seed);
        REQUIRE(!seed->body.empty());
        const QStringList printed = seed->body.back();
        CHECK(field(printed, 1) == QStringLiteral("人员经费合计"));
        CHECK(field(printed, 4).isEmpty());
        CHECK(field(printed, 7) == QStringLiteral("公用经费合计"));
    }
}

TEST_CASE("layout: 09表 is one body row with the 预算数 block then the 决算数 block", "[layout]")
{
    const auto doc = test::sampleDocument(QStringLiteral("nanyang-bigdata-2024"));
    const Sheet &sheet = *doc->engine().sheet(QStringLiteral("t09"));
    const TableLayout layout(sheet);
    CHECK(layout.print().arrangement == Arrangement::Blocks);
    CHECK(layout.bodyRowCount() == 1);
    REQUIRE(layout.tableRow(0, 0) >= 0);
    REQUIRE(layout.tableRow(0, 1) >= 0);
    CHECK(sheet.rows[std::size_t(layout.tableRow(0, 0))].key == QStringLiteral("预算"));
    CHECK(sheet.rows[std::size_t(layout.tableRow(0, 1))].key == QStringLiteral("决算"));
    REQUIRE(layout.columnCount() == 12);
    for (int g = 0; g < 12; ++g) {
        INFO("grid column " << g);
        CHECK(layout.column(g).role == GridColumnDecl::Role::Amount);
        CHECK(layout.column(g).part == g / 6);
        CHECK(layout.column(g).column == layout.column(g % 6).column);
    }
    REQUIRE(layout.headerAt(0, 0));
    REQUIRE(layout.headerAt(0, 6));
    CHECK(layout.headerAt(0, 0)->text == QStringLiteral("预算数"));
    CHECK(layout.headerAt(0, 0)->columnSpan == 6);
    CHECK(layout.headerAt(0, 6)->text == QStringLiteral("决算数"));
    CHECK(layout.headerAt(0, 6)->columnSpan == 6);

    const auto seed = readSeedTable(readSeedLines("003_a4cf28a555bed632"), sheet.decl->code);
    REQUIRE(seed);
    CHECK(seed->body.size() == 1);
}

TEST_CASE("layout: the lines around each table are the seed's", "[layout]")
{
    for (const SeedSample &s : kSeeds) {
        const auto doc = test::sampleDocument(u(s.sample));
        const QStringList lines = readSeedLines(s.file);
        const UnitInfo &unit = doc->data().unit;
        for (const QString &id : kTables) {
            const Sheet &sheet = *doc->engine().sheet(id);
            const auto seed = readSeedTable(lines, sheet.decl->code);
            if (!seed)
                continue;
            const TableCaption caption = tableCaption(sheet, unit, AmountUnit::Wanyuan);
            INFO("seed " << s.seed << " " << id.toStdString());
            CHECK(caption.code == sheet.decl->code);
            CHECK(caption.unitLine == seed->unitLine);
            CHECK(caption.year == seed->year);
            CHECK(caption.amountUnit == seed->amountUnit);
            CHECK(caption.emptyNote == seed->emptyNote);
            // Seed 000 prints 02表's title with the traditional 決 (收入決算表); every other title
            // of both seeds uses 决.
            if (s.seed == std::string("000") && id == QStringLiteral("t02"))
                CHECK(QString(seed->title).replace(QStringLiteral("決"), QStringLiteral("决")) == caption.title);
            else
                CHECK(caption.title == seed->title);
            // DISCREPANCY, reported: seed 003's 01表 footnote says 总收入 where the template (and
            // seed 000) say 总收支: "注：本表反映单位本年度的总收入和年末结转结余情况。…".
            if (s.seed == std::string("003") && id == QStringLiteral("t01"))
                CHECK(QString(seed->note).replace(QStringLiteral("总收入"), QStringLiteral("总收支")) == caption.note);
            else
                CHECK(caption.note == seed->note);
        }
    }
}

TEST_CASE("layout: 07表 and 08表 of both samples are empty and say so as the seeds do", "[layout]")
{
    for (const SeedSample &s : kSeeds) {
        const auto doc = test::sampleDocument(u(s.sample));
        const QStringList lines = readSeedLines(s.file);
        const UnitInfo &unit = doc->data().unit;
        const QString expectedUnitLine = s.seed == std::string("000")
                                             ? QStringLiteral("部门：中共南阳市委网络安全和信息化委员会办公室")
                                             : QStringLiteral("单位：南阳市政务大数据中心");
        for (const char *id : {"t07", "t08"}) {
            const Sheet &sheet = *doc->engine().sheet(u(id));
            INFO("seed " << s.seed << " " << id);
            CHECK(isEmptyTable(sheet));
            const TableLayout layout(sheet);
            CHECK(layout.bodyRowCount() == 1);
            CHECK(layout.text(0, 1) == QStringLiteral("合计"));
            const auto seed = readSeedTable(lines, sheet.decl->code);
            REQUIRE(seed);
            const TableCaption caption = tableCaption(sheet, unit, AmountUnit::Wanyuan);
            CHECK(caption.emptyNote == seed->emptyNote);
            CHECK(caption.emptyNote.startsWith(QStringLiteral("说明：我") + unit.scope + QStringLiteral("没有")));
            CHECK(caption.emptyNote.endsWith(QStringLiteral("故本表无数据。")));
            CHECK(caption.note == seed->note);
            CHECK(caption.note.startsWith(QStringLiteral("注：本表反映") + unit.scope));
            CHECK(caption.unitLine == expectedUnitLine);
            CHECK(seed->unitLine == expectedUnitLine);
            CHECK(caption.year == QStringLiteral("2024年度"));
            CHECK(seed->year == QStringLiteral("2024年度"));
        }
        // A table with rows has no 说明.
        CHECK(tableCaption(*doc->engine().sheet(QStringLiteral("t05")), unit, AmountUnit::Wanyuan).emptyNote.isEmpty());
    }
}
