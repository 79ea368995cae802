// The recompute engine: exact change sets, incremental = full recompute, structure changes,
// formulas for exporters.

#include "support.h"

#include <catch2/catch.hpp>

#include <random>
#include <set>

using namespace fa;

namespace {

std::set<QString> addresses(const Engine &e, const std::vector<CellId> &cells)
{
    std::set<QString> out;
    for (CellId c : cells)
        out.insert(e.address(c));
    return out;
}

std::set<QString> qset(std::initializer_list<const char *> list)
{
    std::set<QString> out;
    for (const char *s : list)
        out.insert(QString::fromUtf8(s));
    return out;
}

} // namespace

TEST_CASE("a change reports exactly the cells it touched", "[engine]")
{
    auto doc = test::sampleDocument(QStringLiteral("nanyang-bigdata-2024"));
    const QString a = QStringLiteral("t02/2013704/上级补助收入");
    const ChangeSet changes = test::set(*doc, a, Money::fromFen(100));
    CHECK_FALSE(changes.structural());
    REQUIRE_FALSE(changes.cells.empty());
    CHECK(doc->engine().address(changes.cells.front()) == a);
    CHECK(addresses(doc->engine(), changes.cells)
          == qset({"t02/2013704/上级补助收入", "t02/2013704/本年收入合计", "t02/20137/上级补助收入",
                   "t02/20137/本年收入合计", "t02/201/上级补助收入", "t02/201/本年收入合计",
                   "t02/合计/上级补助收入", "t02/合计/本年收入合计", "t01/4/决算数", "t01/27/决算数",
                   "t01/31/决算数"}));
    // Exact 分 in a 万元 document makes the balance an error, not 尾差.
    CHECK_FALSE(changes.findings.empty());

    // Setting the same value again changes nothing.
    const ChangeSet again = test::set(*doc, a, Money::fromFen(100));
    CHECK(again.cells.empty());
    CHECK(again.findings.empty());
}

TEST_CASE("incremental recompute equals a full recompute", "[engine]")
{
    auto doc = test::sampleDocument(QStringLiteral("nanyang-cac-2024"));
    std::vector<QString> entered;
    for (CellId id = 0; id < doc->engine().cellCount(); ++id) {
        if (doc->engine().isEntered(id))
            entered.push_back(doc->engine().address(id));
    }
    REQUIRE(entered.size() > 100);
    std::mt19937_64 rng(20241);
    for (int step = 0; step < 300; ++step) {
        const QString a = entered[rng() % entered.size()];
        const bool blank = rng() % 10 == 0;
        const std::optional<Money> v = blank ? std::nullopt : std::optional(Money::fromFen(std::int64_t(rng() % 100000000)));
        test::set(*doc, a, v);
    }
    const auto fresh = Document::create(doc->data());
    REQUIRE(fresh.ok());
    const Engine &x = doc->engine();
    const Engine &y = fresh.value()->engine();
    REQUIRE(x.cellCount() == y.cellCount());
    for (CellId id = 0; id < x.cellCount(); ++id) {
        REQUIRE(x.address(id) == y.address(id));
        INFO(x.address(id).toStdString());
        CHECK(x.value(id) == y.value(id));
        CHECK(x.leafCount(id) == y.leafCount(id));
    }
    CHECK(doc->checker().findings() == fresh.value()->checker().findings());
}

TEST_CASE("a value in a new 项 row adds the row with its 款 and 类", "[engine]")
{
    auto doc = test::sampleDocument(QStringLiteral("nanyang-cac-2024"));
    const QString a = QStringLiteral("t03/2240106/项目支出"); // 224 灾害防治及应急管理支出 is new here
    const Sheet *t03 = doc->engine().sheet(QStringLiteral("t03"));
    const int rowsBefore = t03->rowCount();
    const ChangeSet c = test::set(*doc, a, Money::fromFen(5000000));
    CHECK(c.structural());
    const int at = t03->rowIndex(QStringLiteral("224"));
    CHECK(at >= 0);
    CHECK(t03->rowIndex(QStringLiteral("22401")) == at + 1);
    CHECK(t03->rowIndex(QStringLiteral("2240106")) == at + 2);
    CHECK(t03->rowCount() == rowsBefore + 3);
    // The view inserts exactly the three new rows, where they are now.
    CHECK(c.rowsInserted == std::vector<RowSpan>{{doc->engine().sheetIndex(QStringLiteral("t03")), at, 3}});
    CHECK(c.rowsRemoved.empty());
    CHECK(doc->engine().value(doc->engine().find(QStringLiteral("t01/53/决算数"))) == Money::fromFen(5000000));

    const ChangeSet removed = test::apply(*doc, {Edit::removeRow(QStringLiteral("t03"), QStringLiteral("2240106"))}).changes;
    CHECK(removed.rowsRemoved == std::vector<RowSpan>{{doc->engine().sheetIndex(QStringLiteral("t03")), at, 3}});
    CHECK(removed.rowsInserted.empty());
    CHECK(t03->rowCount() == rowsBefore);
    CHECK(doc->engine().value(doc->engine().find(QStringLiteral("t01/53/决算数"))) == Money::fromFen(0));
    CHECK(doc->engine().sheet(QStringLiteral("t03"))->rowIndex(QStringLiteral("224")) < 0);
    CHECK(doc->data().values.count(a) == 0);
}

TEST_CASE("derived cells expose their formula", "[engine]")
{
    const auto doc = test::sampleDocument(QStringLiteral("nanyang-cac-2024"));
    const Engine &e = doc->engine();
    auto terms = [&](const char *address) {
        std::set<QString> out;
        for (const auto &t : e.formula(e.find(QString::fromUtf8(address))))
            out.insert((t.coeff < 0 ? QStringLiteral("-") : QString()) + e.address(t.cell));
        return out;
    };
    CHECK(terms("t06/人员经费合计/决算数") == qset({"t06/301/决算数", "t06/303/决算数"}));
    CHECK(terms("t01/31/决算数") == qset({"t01/27/决算数", "t01/28/决算数", "t01/29/决算数"}));
    CHECK(terms("t07/合计/年末结转和结余").empty()); // no 项 rows: a sum of nothing
    CHECK(terms("t02/20133/财政拨款收入")
          == qset({"t02/2013303/财政拨款收入", "t02/2013304/财政拨款收入", "t02/2013399/财政拨款收入"}));
    CHECK(terms("t04/33/一般公共预算财政拨款") == qset({"t05/201/小计"}));
    CHECK(e.formula(e.find(QStringLiteral("t02/2013303/财政拨款收入"))).empty());
    CHECK(e.isEntered(e.find(QStringLiteral("t02/2013303/财政拨款收入"))));
    CHECK_FALSE(e.isEntered(e.find(QStringLiteral("t02/2013303/本年收入合计"))));
}

TEST_CASE("07表 年末 is 年初 + 收入 − 支出", "[engine]")
{
    auto data = test::sampleData(QStringLiteral("nanyang-cac-2024"));
    data.values[QStringLiteral("t07/2296002/年初结转和结余")] = Money::fromFen(1000000);
    data.values[QStringLiteral("t07/2296002/本年收入")] = Money::fromFen(500000);
    data.values[QStringLiteral("t07/2296002/项目支出")] = Money::fromFen(300000);
    data.subjectRows[QStringLiteral("t07")].insert(QStringLiteral("2296002"));
    data.subjects[QStringLiteral("22960")] = QStringLiteral("彩票公益金安排的支出");
    data.subjects[QStringLiteral("2296002")] = QStringLiteral("用于社会福利的彩票公益金支出");
    auto doc = Document::create(data);
    INFO((doc ? QString() : doc.error().message).toStdString());
    REQUIRE(doc.ok());
    const Engine &e = doc.value()->engine();
    CHECK(e.value(e.find(QStringLiteral("t07/合计/年末结转和结余"))) == Money::fromFen(1200000));
    CHECK(e.value(e.find(QStringLiteral("t04/54/政府性基金预算财政拨款"))) == Money::fromFen(0));
    CHECK(e.value(e.find(QStringLiteral("t04/55/政府性基金预算财政拨款"))) == Money::fromFen(300000));
}
