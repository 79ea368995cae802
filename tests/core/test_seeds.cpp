// The two published documents (resources/seeds) against what the program derives from the
// figures keyed into the samples (resources/samples). Every printed figure is extracted into
// tests/data/published/NNN.json by tests/tools/extract_published.py.
//
// The published tables round each cell to 0.01 万元 on its own, so a few published parents differ
// from the sum of their published children (尾差, DOMAIN.md). The program derives parents from the
// keyed children, so at exactly those parents — and at the totals above them — its figure differs
// from the published one by the same amount. The test proves that:
//   1. the program prints exactly the cells the published tables print;
//   2. every entered figure is the published one;
//   3. every derivation of the template, applied to the published figures, gives the published
//      figure — except at the listed rounding roots, each within what rounding can explain;
//   4. every derived figure equals the published one plus the rounding differences of the roots
//      it sums, and nothing else.

#include "support.h"

#include "report.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>

#include <map>
#include <set>

using namespace fa;

namespace {

struct Published {
    std::map<QString, Money> cells;
    std::map<QString, QString> names;
};

Published loadPublished(const QString &seed)
{
    const QJsonObject o =
        QJsonDocument::fromJson(test::readBytes(test::sourcePath(QStringLiteral("tests/data/published/%1.json").arg(seed))))
            .object();
    Published p;
    const QJsonObject cells = o.value(QStringLiteral("cells")).toObject();
    for (auto it = cells.begin(); it != cells.end(); ++it) {
        const auto m = Money::parse(it.value().toString(), AmountUnit::Wanyuan);
        REQUIRE(m.value.has_value());
        p.cells[it.key()] = *m.value;
    }
    const QJsonObject names = o.value(QStringLiteral("names")).toObject();
    for (auto it = names.begin(); it != names.end(); ++it)
        p.names[it.key()] = it.value().toString();
    return p;
}

Money wan(const char *text)
{
    return *Money::parse(QString::fromUtf8(text), AmountUnit::Wanyuan).value;
}

// A published cell that is not the sum of its published children: (published, sum of children).
struct Root {
    const char *address;
    const char *published;
    const char *childrenSum;
};

void compareWithPublished(const QString &sample, const QString &seed, const std::vector<Root> &roots)
{
    const auto doc = test::sampleDocument(sample);
    const Engine &e = doc->engine();
    const Published pub = loadPublished(seed);

    // 1. Same printed cells.
    std::set<QString> printed;
    for (CellId id = 0; id < e.cellCount(); ++id) {
        const auto &m = e.meta(id);
        const TableDecl &table = *e.sheets()[m.sheet].decl;
        if (table.published && table.columns[m.column].printed)
            printed.insert(e.address(id));
    }
    for (const auto &[address, value] : pub.cells) {
        INFO(address.toStdString());
        CHECK(printed.count(address) == 1);
    }
    for (const QString &address : printed) {
        INFO(address.toStdString());
        CHECK(pub.cells.count(address) == 1);
    }

    std::map<QString, std::int64_t> rootOffset; // published − sum of published children
    for (const Root &r : roots) {
        const QString a = QString::fromUtf8(r.address);
        INFO(a.toStdString());
        REQUIRE(pub.cells.count(a) == 1);
        REQUIRE(pub.cells.at(a) == wan(r.published));
        rootOffset[a] = wan(r.published).fen() - wan(r.childrenSum).fen();
    }

    // Offsets propagate along the formulas: derived − published at a cell is the sum of its
    // terms' offsets minus its own rounding offset.
    std::map<CellId, std::int64_t> offset;
    std::function<std::int64_t(CellId)> offsetOf = [&](CellId id) -> std::int64_t {
        if (e.isEntered(id))
            return 0;
        if (const auto it = offset.find(id); it != offset.end())
            return it->second;
        std::int64_t o = 0;
        for (const auto &t : e.formula(id))
            o += t.coeff * offsetOf(t.cell);
        const auto r = rootOffset.find(e.address(id));
        if (r != rootOffset.end())
            o -= r->second;
        offset[id] = o;
        return o;
    };

    int explained = 0;
    for (const QString &address : printed) {
        const CellId id = e.find(address);
        if (!pub.cells.count(address))
            continue;
        const Money published = pub.cells.at(address);
        INFO(address.toStdString() << " published " << published.toWanyuanString().toStdString() << " derived "
                                   << e.value(id).toWanyuanString().toStdString());
        if (e.isEntered(id)) {
            // 2. Keyed as published.
            CHECK(e.value(id) == published);
            continue;
        }
        // 3. The template's formula over the published figures reproduces the published figure…
        std::int64_t sumOfPublished = 0;
        int children = 0;
        for (const auto &t : e.formula(id)) {
            const QString termAddress = e.address(t.cell);
            REQUIRE(pub.cells.count(termAddress) == 1);
            sumOfPublished += t.coeff * pub.cells.at(termAddress).fen();
            ++children;
        }
        const auto root = rootOffset.find(address);
        if (root == rootOffset.end()) {
            CHECK(sumOfPublished == published.fen());
        } else {
            // …or differs by what rounding its children to 0.01 万元 can explain.
            const std::int64_t diff = published.fen() - sumOfPublished;
            CHECK(diff == root->second);
            CHECK(diff != 0);
            CHECK(std::abs(diff) <= (children + 1) * Money::kFenPerWanyuanCent / 2);
        }
        // 4. What the program shows is the published figure plus the propagated rounding.
        const std::int64_t o = offsetOf(id);
        CHECK(e.value(id).fen() - published.fen() == o);
        if (o != 0)
            ++explained;
    }
    INFO("cells that differ from the published figure by an explained 尾差: " << explained);
    CHECK(explained > 0);

    // Every 项/款/类 row printed appears, with its printed name.
    for (const auto &[key, name] : pub.names) {
        const QString table = key.section(QLatin1Char('/'), 0, 0);
        const QString code = key.section(QLatin1Char('/'), 1, 1);
        const Sheet *s = e.sheet(table);
        REQUIRE(s);
        const int r = s->rowIndex(code);
        INFO(key.toStdString());
        REQUIRE(r >= 0);
        // Seed 003's 05表 alone prints 2013704 as 信息安全管理事务; its 02/03表, its §五 text and
        // the national catalogue say 信息安全事务, which the document uses for every table.
        if (key == QStringLiteral("t05/2013704") && name == QStringLiteral("信息安全管理事务"))
            CHECK(s->rows[r].label == QStringLiteral("信息安全事务"));
        else
            CHECK(s->rows[r].label == name);
    }
}

} // namespace

TEST_CASE("seed 000: every published figure is derived, or differs by an explained 尾差", "[seeds]")
{
    // DOMAIN.md: 20133 宣传事务 280.08 vs 280.09 and 21011 行政事业单位医疗 29.74 vs 29.75 in tables
    // 02, 03 and 05 (each column that holds them); 06表 301 487.79 vs 487.80, 302 32.82 vs 32.81.
    compareWithPublished(QStringLiteral("nanyang-cac-2024"), QStringLiteral("000"),
                         {
                             {"t02/20133/本年收入合计", "280.08", "280.09"},
                             {"t02/20133/财政拨款收入", "280.08", "280.09"},
                             {"t02/21011/本年收入合计", "29.74", "29.75"},
                             {"t02/21011/财政拨款收入", "29.74", "29.75"},
                             {"t03/20133/本年支出合计", "280.08", "280.09"},
                             {"t03/20133/项目支出", "280.08", "280.09"},
                             {"t03/21011/本年支出合计", "29.74", "29.75"},
                             {"t03/21011/基本支出", "29.74", "29.75"},
                             {"t05/20133/小计", "280.08", "280.09"},
                             {"t05/20133/项目支出", "280.08", "280.09"},
                             {"t05/21011/小计", "29.74", "29.75"},
                             {"t05/21011/基本支出", "29.74", "29.75"},
                             {"t06/301/决算数", "487.79", "487.80"},
                             {"t06/302/决算数", "32.82", "32.81"},
                         });
}

TEST_CASE("seed 003: every published figure is derived, or differs by an explained 尾差", "[seeds]")
{
    // DOMAIN.md: 02表 合计 1,788.25 vs 类 sum 1,788.24; 03/05表 合计 1,850.79 vs 1,850.78 (and so the
    // 01/04表 lines that sum the 类 lines); 06表: 301 1,005.81 vs its 款 1,005.82 and 302 47.27 vs
    // 47.26 (not named in DOMAIN.md; found by this test).
    compareWithPublished(QStringLiteral("nanyang-bigdata-2024"), QStringLiteral("003"),
                         {
                             {"t02/合计/本年收入合计", "1788.25", "1788.24"},
                             {"t02/合计/财政拨款收入", "1788.25", "1788.24"},
                             {"t03/合计/本年支出合计", "1850.79", "1850.78"},
                             {"t05/合计/小计", "1850.79", "1850.78"},
                             {"t01/58/决算数", "1850.79", "1850.78"},
                             {"t04/59/一般公共预算财政拨款", "1850.79", "1850.78"},
                             {"t06/301/决算数", "1005.81", "1005.82"},
                             {"t06/302/决算数", "47.27", "47.26"},
                         });
}

TEST_CASE("the sample sources are in the exported form, so export gives them back", "[seeds]")
{
    for (const char *name : {"nanyang-cac-2024", "nanyang-bigdata-2024"}) {
        const QString path = test::sourcePath(QStringLiteral("resources/samples/%1.json").arg(QString::fromUtf8(name)));
        INFO(name);
        CHECK(writeInterchange(test::sampleData(QString::fromUtf8(name))) == test::readBytes(path));
    }
}
