// The checks (审核) on the samples and on deliberately broken documents.

#include "support.h"

#include <catch2/catch.hpp>

#include <set>
#include <tuple>

using namespace fa;

namespace {

using Key = std::tuple<QString, QString, Severity>; // rule, address, severity

std::set<Key> keys(const Document &doc)
{
    std::set<Key> out;
    for (const Finding &f : doc.checker().findings())
        out.insert({f.rule, f.address, f.severity});
    return out;
}

const Finding *findingAt(const Document &doc, const QString &rule, const QString &address)
{
    static std::vector<Finding> keep;
    keep = doc.checker().findings();
    for (const Finding &f : keep) {
        if (f.rule == rule && f.address == address)
            return &f;
    }
    return nullptr;
}

Money wan(const char *text)
{
    return *Money::parse(QString::fromUtf8(text), AmountUnit::Wanyuan).value;
}

void set(Document &doc, const char *address, std::optional<Money> value)
{
    test::set(doc, QString::fromUtf8(address), value);
}

Key k(const char *rule, const char *address, Severity s)
{
    return {QString::fromUtf8(rule), QString::fromUtf8(address), s};
}

} // namespace

TEST_CASE("the samples report exactly the published documents' inconsistencies, as 尾差", "[checks]")
{
    // Seed 000: its 02/03/05表 print 20133 and 21011 0.01 below the sum of their 项 (DOMAIN.md), so
    // the keyed 项 sum to 0.02 more than the published 01/04表 income figures.
    const auto cac = test::sampleDocument(QStringLiteral("nanyang-cac-2024"));
    CHECK(keys(*cac) == std::set<Key>{
                            k("t01.balance", "t01/31/决算数", Severity::Rounding),
                            k("t04.balance", "t04/32/金额", Severity::Rounding),
                            k("t02.total", "t02/合计/本年收入合计", Severity::Rounding),
                            k("t02.fiscal", "t02/合计/财政拨款收入", Severity::Rounding),
                            k("t04.balance.general", "t04/59/一般公共预算财政拨款", Severity::Rounding),
                        });
    const Finding *balance = findingAt(*cac, QStringLiteral("t01.balance"), QStringLiteral("t01/31/决算数"));
    REQUIRE(balance);
    CHECK(balance->actual == wan("803.42"));
    CHECK(balance->expected == wan("803.44"));

    // Seed 003: 02表 合计 1,788.25 vs 1,788.24; 03/05表 1,850.79 vs 1,850.78; 06表 人员+公用
    // 1,115.59 vs 05表 基本支出 1,115.58.
    const auto bigdata = test::sampleDocument(QStringLiteral("nanyang-bigdata-2024"));
    CHECK(keys(*bigdata) == std::set<Key>{
                                k("t01.balance", "t01/31/决算数", Severity::Rounding),
                                k("t04.balance", "t04/32/金额", Severity::Rounding),
                                k("t02.total", "t02/合计/本年收入合计", Severity::Rounding),
                                k("t02.fiscal", "t02/合计/财政拨款收入", Severity::Rounding),
                                k("t04.balance.general", "t04/59/一般公共预算财政拨款", Severity::Rounding),
                                k("t05.basic", "t05/合计/基本支出", Severity::Rounding),
                            });
    const Finding *basic = findingAt(*bigdata, QStringLiteral("t05.basic"), QStringLiteral("t05/合计/基本支出"));
    REQUIRE(basic);
    CHECK(basic->actual == wan("1115.58"));
    CHECK(basic->expected == wan("1115.59"));
    CHECK(bigdata->checker().count(Severity::Error) == 0);
    CHECK(bigdata->checker().count(Severity::Warning) == 0);
}

TEST_CASE("a broken entered value gives the right error at the right address", "[checks]")
{
    auto doc = test::sampleDocument(QStringLiteral("nanyang-bigdata-2024"));
    set(*doc, "t04/1/金额", wan("1800.00"));
    const Finding *f = findingAt(*doc, QStringLiteral("t01.balance"), QStringLiteral("t01/31/决算数"));
    REQUIRE(f);
    CHECK(f->severity == Severity::Error);
    CHECK(f->actual == wan("1862.54"));
    CHECK(f->expected == wan("1850.78"));
    const Finding *fiscal = findingAt(*doc, QStringLiteral("t02.fiscal"), QStringLiteral("t02/合计/财政拨款收入"));
    REQUIRE(fiscal);
    CHECK(fiscal->severity == Severity::Error);
    CHECK(fiscal->message.contains(QStringLiteral("1,800.00")));

    // Back to the published figure: back to 尾差 only.
    set(*doc, "t04/1/金额", wan("1788.25"));
    CHECK(doc->checker().count(Severity::Error) == 0);
}

TEST_CASE("rounding excuses only what it can explain", "[checks]")
{
    auto doc = test::sampleDocument(QStringLiteral("nanyang-cac-2024"));
    // 02表 财政拨款收入 sums 13 non-zero keyed 项, 01表 lines 1–3 one more figure: up to
    // 14 × 0.005 = 0.07 万元 is rounding. The published data differ by 0.02.
    set(*doc, "t04/1/金额", wan("797.60")); // 797.55 summed vs 797.60: 0.05
    CHECK(findingAt(*doc, QStringLiteral("t02.fiscal"), QStringLiteral("t02/合计/财政拨款收入"))->severity
          == Severity::Rounding);
    set(*doc, "t04/1/金额", wan("797.70")); // 0.15: more than rounding explains
    CHECK(findingAt(*doc, QStringLiteral("t02.fiscal"), QStringLiteral("t02/合计/财政拨款收入"))->severity
          == Severity::Error);

    // A figure keyed to the 分 is exact: then even 0.01 元 is an error.
    set(*doc, "t04/1/金额", Money::fromFen(wan("797.55").fen() + 1));
    const Finding *f = findingAt(*doc, QStringLiteral("t02.fiscal"), QStringLiteral("t02/合计/财政拨款收入"));
    REQUIRE(f);
    CHECK(f->severity == Severity::Error);
    CHECK(f->message.contains(QStringLiteral("0.01")));
}

TEST_CASE("a 05表 项 larger than the same 项 in 03表 is an error", "[checks]")
{
    auto doc = test::sampleDocument(QStringLiteral("nanyang-cac-2024"));
    set(*doc, "t05/2013303/项目支出", wan("9.50")); // 03表 has 9.00
    const Finding *f = findingAt(*doc, QStringLiteral("t05.le_t03"), QStringLiteral("t05/2013303/项目支出"));
    REQUIRE(f);
    CHECK(f->severity == Severity::Error);
    // Smaller than 03表 is normal (non-fiscal money also pays).
    set(*doc, "t05/2013303/项目支出", wan("8.00"));
    CHECK(findingAt(*doc, QStringLiteral("t05.le_t03"), QStringLiteral("t05/2013303/项目支出")) == nullptr);
}

TEST_CASE("决算 different from 年初预算 needs a reason", "[checks]")
{
    auto doc = test::sampleDocument(QStringLiteral("nanyang-cac-2024"));
    const QString key = QStringLiteral("reason/t05/2013303");
    const QString reason = doc->data().texts.at(key);
    auto changes = test::apply(*doc, {Edit::setText(key, QString())}).changes;
    CHECK(changes.findings.size() == 1);
    const Finding *f = findingAt(*doc, QStringLiteral("t05.budget_reason"), QStringLiteral("t05/2013303/年初预算"));
    REQUIRE(f);
    CHECK(f->severity == Severity::Warning);
    changes = test::apply(*doc, {Edit::setText(key, reason)}).changes;
    CHECK(changes.findings.size() == 1);
    CHECK(findingAt(*doc, QStringLiteral("t05.budget_reason"), QStringLiteral("t05/2013303/年初预算")) == nullptr);

    // Equal figures need no reason (事业单位医疗: 5.28 budget, 5.28 actual, no reason given).
    CHECK(findingAt(*doc, QStringLiteral("t05.budget_reason"), QStringLiteral("t05/2101102/年初预算")) == nullptr);
}

TEST_CASE("三公 above budget is a warning, a negative amount an error", "[checks]")
{
    auto doc = test::sampleDocument(QStringLiteral("nanyang-cac-2024"));
    set(*doc, "t09/决算/公务接待费", wan("7.50"));
    const Finding *f = findingAt(*doc, QStringLiteral("t09.over_budget"), QStringLiteral("t09/决算/公务接待费"));
    REQUIRE(f);
    CHECK(f->severity == Severity::Warning);

    set(*doc, "t06/30201/决算数", wan("-1.00"));
    const Finding *n = findingAt(*doc, QStringLiteral("amount.negative"), QStringLiteral("t06/30201/决算数"));
    REQUIRE(n);
    CHECK(n->severity == Severity::Error);
}

TEST_CASE("a large change from last year needs a reason", "[checks]")
{
    auto doc = test::sampleDocument(QStringLiteral("nanyang-cac-2024"));
    const QString at = QStringLiteral("t01/31/决算数");
    const QString key = QStringLiteral("reason/change/t01/31/决算数");
    REQUIRE(doc->data().texts.count(key) == 1);
    // 803.42 against 729.28 last year: +10.17%, not large.
    test::apply(*doc, {Edit::setText(key, QString())}).changes;
    CHECK(findingAt(*doc, QStringLiteral("t01.change"), at) == nullptr);
    // Against 600.00: +33.9%, large, and no reason given.
    set(*doc, "t01/31/上年决算数", wan("600.00"));
    const Finding *f = findingAt(*doc, QStringLiteral("t01.change"), at);
    REQUIRE(f);
    CHECK(f->severity == Severity::Warning);
    CHECK(f->expected == wan("600.00"));
    // A reason settles it; so does not knowing last year's figure (blank, not zero).
    test::apply(*doc, {Edit::setText(key, QStringLiteral("人员增加。"))}).changes;
    CHECK(findingAt(*doc, QStringLiteral("t01.change"), at) == nullptr);
    test::apply(*doc, {Edit::setText(key, QString())}).changes;
    REQUIRE(findingAt(*doc, QStringLiteral("t01.change"), at));
    set(*doc, "t01/31/上年决算数", std::nullopt);
    CHECK(findingAt(*doc, QStringLiteral("t01.change"), at) == nullptr);
    set(*doc, "t01/31/上年决算数", Money());
    CHECK(findingAt(*doc, QStringLiteral("t01.change"), at) == nullptr);
}

TEST_CASE("the large-change check holds for totals near the largest amounts", "[checks]")
{
    // 2,000 项 rows at the largest amount in six columns: 本年收入合计 and so 01表 line 31 reach
    // 10^17 分, and change × 100 no longer fits in 64 bits.
    DocumentData data = test::sampleData(QStringLiteral("nanyang-bigdata-2024"));
    data.values.clear();
    data.subjectRows.clear();
    data.texts.clear(); // no reasons given
    for (int kind = 50; kind < 70; ++kind) {
        const QString k = QStringLiteral("201%1").arg(kind);
        data.subjects[k] = QStringLiteral("事务%1").arg(kind);
        for (int item = 1; item <= 100; ++item) {
            const QString code = k + QStringLiteral("%1").arg(item - 1, 2, 10, QLatin1Char('0'));
            data.subjects[code] = QStringLiteral("项目%1").arg(code);
            data.subjectRows[QStringLiteral("t02")].insert(code);
            for (const char *column : {"财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"})
                data.values[QStringLiteral("t02/%1/%2").arg(code, QString::fromUtf8(column))] = Money::fromFen(kMaxEnteredFen);
        }
    }
    const QString total = QStringLiteral("t01/31/决算数");
    for (const std::int64_t prior : {std::int64_t(1), -std::int64_t(1), kMaxEnteredFen}) {
        data.values[QStringLiteral("t01/31/上年决算数")] = Money::fromFen(prior);
        auto doc = Document::create(data);
        REQUIRE(doc.ok());
        // Lines 4–8 of 01表 take five of the six columns (财政拨款 comes from 04表).
        REQUIRE(doc.value()->engine().value(doc.value()->engine().find(total)).fen() == 2000 * 5 * kMaxEnteredFen);
        INFO(prior);
        CHECK(findingAt(*doc.value(), QStringLiteral("t01.change"), total) != nullptr);
    }
}
