// fa::Percent: exact shares and rates for 情况说明, rounded half away from zero to 0.01 %
// (DOMAIN.md, 情况说明).

#include "documentdata.h"
#include "money.h"
#include "percent.h"

#include <catch2/catch.hpp>

#include <QString>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

using fa::Money;
using fa::Percent;

namespace {

constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();

Money fen(std::int64_t v)
{
    return Money::fromFen(v);
}

Money wan(const char *text)
{
    const auto r = Money::parse(QString::fromUtf8(text), fa::AmountUnit::Wanyuan, true);
    REQUIRE(r.value.has_value());
    return *r.value;
}

// The value of a Percent that must exist; fails the test otherwise.
Percent must(const std::optional<Percent> &p)
{
    REQUIRE(p.has_value());
    return *p;
}

Percent counts(std::int64_t part, std::int64_t whole)
{
    return must(Percent::ofCounts(part, whole));
}

std::string text(const Percent &p, Percent::Style style = Percent::Style::Number)
{
    return p.toString(style).toStdString();
}

// One rounding case: part / whole should print `printed` and have `bp` basis points.
struct Case {
    std::int64_t part;
    std::int64_t whole;
    const char *printed;
    std::int64_t bp;
};

void checkCases(std::initializer_list<Case> cases)
{
    for (const Case &c : cases) {
        INFO(c.part << " / " << c.whole);
        const Percent p = must(Percent::ratio(fen(c.part), fen(c.whole)));
        CHECK(text(p) == c.printed);
        CHECK(p.basisPoints() == c.bp);
        // ofCounts follows the same rule.
        CHECK(text(counts(c.part, c.whole)) == c.printed);
    }
}

} // namespace

TEST_CASE("Percent reproduces the shares and rates printed in the seeds", "[percent]")
{
    // Seed 000 §三: 支出合计803.42万元，其中：基本支出520.60万元，占64.80%；项目支出282.82万元，占35.20%。
    const Percent basic = must(Percent::ratio(wan("520.60"), wan("803.42")));
    const Percent project = must(Percent::ratio(wan("282.82"), wan("803.42")));
    CHECK(text(basic) == "64.80");
    CHECK(text(basic, Percent::Style::WithPercentSign) == "64.80%");
    CHECK(basic.basisPoints() == 6480);
    CHECK(text(project) == "35.20");
    CHECK(basic.basisPoints() + project.basisPoints() == 10000);
    // 一般公共预算财政拨款支出803.42万元，占本年支出合计的100.00%。
    CHECK(text(must(Percent::ratio(wan("803.42"), wan("803.42"))), Percent::Style::WithPercentSign) == "100.00%");

    // Seed 000 §一: 总计803.42万元 … 增加74.14万元，增长10.17% (last year 729.28).
    CHECK(wan("803.42").minus(wan("729.28")) == wan("74.14"));
    const Percent growth000 = must(Percent::change(wan("803.42"), wan("729.28")));
    CHECK(text(growth000) == "10.17");
    CHECK(growth000.sign() == 1);
    // Seed 003 §一: 总计1,850.79万元 … 增加278.53万元，增长17.72%. Exactly 27853/157226 = 17.7153…%.
    CHECK(wan("1,850.79").minus(wan("1,572.26")) == wan("278.53"));
    const Percent growth003 = must(Percent::change(wan("1,850.79"), wan("1,572.26")));
    CHECK(text(growth003) == "17.72");
    CHECK(growth003 == counts(27853, 157226));
    // The same figures the other way round are a decrease: 74.14 / 803.42 = 9.2280…%.
    const Percent fall = must(Percent::change(wan("729.28"), wan("803.42")));
    CHECK(text(fall) == "-9.23");
    CHECK(text(fall, Percent::Style::WithPercentSign) == "-9.23%");
    CHECK(fall.sign() == -1);
    CHECK(text(fall.abs()) == "9.23");
}

TEST_CASE("Percent rounds half away from zero, at, just below and just above each boundary", "[percent]")
{
    constexpr std::int64_t w = 1'000'000'000; // 1000万元 in 分: one 分 is 10^-7 %
    checkCases({
        // 12.345 % exactly: the digit before the 5 is even, so half-even or truncation would give 12.34.
        {123'450'000, w, "12.35", 1235},
        {123'449'999, w, "12.34", 1234},
        {123'450'001, w, "12.35", 1235},
        // 12.335 % exactly: odd digit before the 5, so rounding half down would give 12.33.
        {123'350'000, w, "12.34", 1234},
        {123'349'999, w, "12.33", 1233},
        {123'350'001, w, "12.34", 1234},
        // Negative values round away from zero too (floor(x + 0.5) would give -12.34).
        {-123'450'000, w, "-12.35", -1235},
        {-123'449'999, w, "-12.34", -1234},
        {-123'450'001, w, "-12.35", -1235},
        {123'450'000, -w, "-12.35", -1235},
        {-123'450'000, -w, "12.35", 1235},
        {-123'350'000, w, "-12.34", -1234},
        {-123'349'999, w, "-12.33", -1233},
        // The smallest printed step: 0.005 % shows as 0.01, one 分 less as 0.00 (never "-0.00").
        {50'000, w, "0.01", 1},
        {49'999, w, "0.00", 0},
        {50'001, w, "0.01", 1},
        {-50'000, w, "-0.01", -1},
        {-49'999, w, "0.00", 0},
        // Just under 100 %: 99.995 % already prints 100.00.
        {999'950'000, w, "100.00", 10000},
        {999'949'999, w, "99.99", 9999},
        // Boundaries met by denominators that are not powers of ten.
        {1, 32, "3.13", 313},   // 3.125 exactly
        {-1, 32, "-3.13", -313},
        {3, 32, "9.38", 938},   // 9.375 exactly
        {1, 64, "1.56", 156},   // 1.5625: below half
        {5, 8, "62.50", 6250},
        {1, 3, "33.33", 3333},
        {2, 3, "66.67", 6667},
        {1, 1, "100.00", 10000},
        {3, 2, "150.00", 15000},
        {1234567, 100, "1234567.00", 123456700},
    });
    // A boundary reachable with published 0.01 万元 figures: 98.76 / 800.00 = 12.345 % exactly.
    CHECK(text(must(Percent::ratio(wan("98.76"), wan("800.00")))) == "12.35");
    CHECK(text(must(Percent::ratio(wan("98.759999"), wan("800.00")))) == "12.34");
    CHECK(text(must(Percent::ratio(wan("98.760001"), wan("800.00")))) == "12.35");
}

TEST_CASE("Percent change rounds half away from zero at its boundaries, both directions", "[percent]")
{
    constexpr std::int64_t before = 1'000'000'000;
    auto change = [](std::int64_t now, std::int64_t was) { return text(must(Percent::change(fen(now), fen(was)))); };
    CHECK(change(before + 123'450'000, before) == "12.35");
    CHECK(change(before + 123'449'999, before) == "12.34");
    CHECK(change(before + 123'450'001, before) == "12.35");
    CHECK(change(before - 123'450'000, before) == "-12.35");
    CHECK(change(before - 123'449'999, before) == "-12.34");
    CHECK(change(before - 123'450'001, before) == "-12.35");
    CHECK(change(before + 50'000, before) == "0.01");
    CHECK(change(before + 49'999, before) == "0.00");
    CHECK(change(before - 49'999, before) == "0.00");
    CHECK(change(before, before) == "0.00");
    CHECK(change(0, before) == "-100.00");
    CHECK(change(3 * before, before) == "200.00");
}

TEST_CASE("Percent has no value without a whole", "[percent]")
{
    // 完成年初预算的x% when 年初预算 is 0; a share of a zero total; a change from nothing.
    CHECK_FALSE(Percent::ratio(wan("12.00"), Money()).has_value());
    CHECK_FALSE(Percent::ratio(Money(), Money()).has_value());
    CHECK_FALSE(Percent::ratio(wan("-12.00"), Money()).has_value());
    CHECK_FALSE(Percent::change(wan("12.00"), Money()).has_value());
    CHECK_FALSE(Percent::change(Money(), Money()).has_value());
    CHECK_FALSE(Percent::ofCounts(3, 0).has_value());
    CHECK_FALSE(Percent::ofCounts(0, 0).has_value());
    CHECK_FALSE(Percent::ofCounts(kMin, 0).has_value());

    // A zero part is a real 0 %, exactly.
    const Percent none = must(Percent::ratio(Money(), wan("803.42")));
    CHECK(none.isExactlyZero());
    CHECK(none.roundsToZero());
    CHECK(none.sign() == 0);
    CHECK_FALSE(none.isNegative());
    CHECK(text(none) == "0.00");
    CHECK(none == Percent());
    CHECK(must(Percent::ratio(Money(), wan("-803.42"))) == Percent());
    CHECK_FALSE(must(Percent::ratio(Money(), wan("-803.42"))).isNegative());
    CHECK(must(Percent::change(wan("5.00"), wan("5.00"))).isExactlyZero());
    CHECK(text(Percent(), Percent::Style::WithPercentSign) == "0.00%");
}

TEST_CASE("Percent keeps the sign of negative parts and wholes", "[percent]")
{
    const Percent a = must(Percent::ratio(wan("-3.25"), wan("100.00")));
    CHECK(text(a) == "-3.25");
    CHECK(text(a, Percent::Style::WithPercentSign) == "-3.25%");
    CHECK(a.sign() == -1);
    CHECK(a.isNegative());
    CHECK(a.basisPoints() == -325);
    CHECK(text(a.abs()) == "3.25");
    CHECK(a.abs().sign() == 1);
    CHECK(a.abs() == must(Percent::ratio(wan("3.25"), wan("100.00"))));
    CHECK(text(must(Percent::ratio(wan("3.25"), wan("-100.00")))) == "-3.25");
    CHECK(text(must(Percent::ratio(wan("-3.25"), wan("-100.00")))) == "3.25");

    // change() divides by |before|: from a negative amount, a rise is still positive.
    CHECK(text(must(Percent::change(wan("-50.00"), wan("-100.00")))) == "50.00");
    CHECK(text(must(Percent::change(wan("-150.00"), wan("-100.00")))) == "-50.00");
    CHECK(text(must(Percent::change(wan("100.00"), wan("-100.00")))) == "200.00");

    // A tiny negative value: negative exactly, zero as printed.
    const Percent tiny = counts(-1, 1'000'000);
    CHECK(tiny.sign() == -1);
    CHECK(tiny.isNegative());
    CHECK_FALSE(tiny.isExactlyZero());
    CHECK(tiny.roundsToZero());
    CHECK(tiny.basisPoints() == 0);
    CHECK(text(tiny) == "0.00");
    CHECK(text(tiny, Percent::Style::WithPercentSign) == "0.00%");
    CHECK(tiny < Percent());
    CHECK(tiny.abs().sign() == 1);
}

TEST_CASE("Percent stays exact for amounts near the entry limit and the int64 edges", "[percent]")
{
    // A whole made of 20000 rows at the entry limit: 2×10^17 分. part × 10000 is far beyond int64.
    Money whole;
    for (int i = 0; i < 20000; ++i)
        whole = whole.plus(fen(fa::kMaxEnteredFen)).value();
    REQUIRE(whole.fen() == 200'000'000'000'000'000LL);
    constexpr std::int64_t at = 24'690'000'000'000'000LL; // 12.345 % of the whole, exactly
    CHECK(text(must(Percent::ratio(fen(at), whole))) == "12.35");
    CHECK(text(must(Percent::ratio(fen(at - 1), whole))) == "12.34");
    CHECK(text(must(Percent::ratio(fen(at + 1), whole))) == "12.35");
    CHECK(text(must(Percent::ratio(fen(-at), whole))) == "-12.35");
    CHECK(text(must(Percent::ratio(fen(-(at - 1)), whole))) == "-12.34");
    CHECK(text(must(Percent::ratio(fen(whole.fen() - 1), whole))) == "100.00");
    CHECK(must(Percent::ratio(fen(whole.fen() - 1), whole)) < counts(1, 1));
    const Percent oneFen = must(Percent::ratio(fen(1), whole));
    CHECK(text(oneFen) == "0.00");
    CHECK(oneFen.sign() == 1);
    CHECK(text(must(Percent::change(fen(2 * 100'000'000'000'000'000LL), fen(100'000'000'000'000'000LL)))) == "100.00");
    CHECK(text(must(Percent::change(fen(whole.fen() + at), whole))) == "12.35");
    CHECK(text(must(Percent::change(fen(whole.fen() + at - 1), whole))) == "12.34");

    // now − before beyond int64: (2^64 − 1) / 2^63 = 200 % − a hair.
    CHECK(text(must(Percent::change(fen(kMax), fen(kMin)))) == "200.00");
    CHECK(text(must(Percent::change(fen(kMin), fen(kMax)))) == "-200.00");
    CHECK(must(Percent::change(fen(kMax), fen(kMin))) < counts(2, 1));
    CHECK(text(must(Percent::ratio(fen(kMin), fen(kMin)))) == "100.00");
    CHECK(text(must(Percent::ratio(fen(kMax), fen(kMin)))) == "-100.00");
    CHECK(text(must(Percent::ratio(fen(kMin), fen(kMax)))) == "-100.00");
    CHECK(must(Percent::ratio(fen(kMin), fen(kMax))) < must(Percent::ratio(fen(kMax), fen(kMin))));
}

TEST_CASE("Percent refuses values whose rounded basis points leave int64", "[percent]")
{
    // The largest whole-percent count that fits: 922337203685477 × 10000 ≤ INT64_MAX.
    CHECK(counts(922'337'203'685'477, 1).basisPoints() == 9'223'372'036'854'770'000LL);
    CHECK_FALSE(Percent::ofCounts(922'337'203'685'478, 1).has_value());
    CHECK(counts(-922'337'203'685'477, 1).basisPoints() == -9'223'372'036'854'770'000LL);
    CHECK_FALSE(Percent::ofCounts(-922'337'203'685'478, 1).has_value());
    CHECK(counts(922'337'203'685'477, -1).basisPoints() == -9'223'372'036'854'770'000LL);
    // Exactly INT64_MAX basis points fits and prints; the same part over a smaller whole does not.
    const Percent edge = counts(kMax, 10000);
    CHECK(edge.basisPoints() == kMax);
    CHECK(text(edge) == "92233720368547758.07");
    CHECK(text(edge.abs()) == "92233720368547758.07");
    CHECK(counts(-kMax, 10000).basisPoints() == -kMax);
    CHECK(text(counts(-kMax, 10000)) == "-92233720368547758.07");
    CHECK_FALSE(Percent::ofCounts(kMax, 9999).has_value());
    // Both signs keep the same range, so negating (abs()) never overflows.
    CHECK_FALSE(Percent::ofCounts(kMin, 10000).has_value());
    // One 分 of change against 1 分 is an ordinary 100 %; a change of kMax 分 against 1 分 is too large.
    CHECK(text(must(Percent::change(fen(2), fen(1)))) == "100.00");
    CHECK_FALSE(Percent::change(fen(kMax), fen(1)).has_value());
    CHECK_FALSE(Percent::ratio(fen(kMin), fen(1)).has_value());
}

TEST_CASE("Percent compares exact values, not printed ones", "[percent]")
{
    const Percent half = counts(1, 2);
    CHECK(half == counts(2, 4));
    CHECK(half == counts(-1, -2));
    CHECK(half == must(Percent::ratio(wan("1.00"), wan("2.00"))));
    CHECK(half == must(Percent::change(wan("3.00"), wan("2.00"))));
    CHECK_FALSE(half != counts(2, 4));
    CHECK(half != counts(-1, 2));

    // Both print 64.80 but differ.
    const Percent lo = counts(64'798, 100'000);
    const Percent hi = counts(64'801, 100'000);
    CHECK(text(lo) == text(hi));
    CHECK(lo != hi);
    CHECK(lo < hi);
    CHECK(lo <= hi);
    CHECK(hi > lo);
    CHECK(hi >= lo);
    CHECK_FALSE(hi < lo);
    CHECK(lo <= counts(129'596, 200'000));
    CHECK(lo >= counts(129'596, 200'000));

    CHECK(counts(1, 3) < counts(34, 100));
    CHECK(counts(1, 3) > counts(33, 100));
    CHECK(counts(-1, 3) > counts(-1, 2));
    CHECK(counts(-1, 2) < Percent());
    CHECK(counts(0, 5) == counts(0, -5));
    CHECK(counts(-1, 1'000'000) < counts(0, 1));

    // Cross-products beyond int64: (W−1)/W > (W−2)/(W−1) since (W−1)² = W(W−2) + 1.
    const Percent nearlyOne = must(Percent::ratio(fen(kMax - 1), fen(kMax)));
    const Percent lessNearly = must(Percent::ratio(fen(kMax - 2), fen(kMax - 1)));
    CHECK(nearlyOne > lessNearly);
    CHECK(nearlyOne != lessNearly);
    CHECK(counts(-(kMax - 1), kMax) < counts(-(kMax - 2), kMax - 1));
    CHECK(nearlyOne < counts(1, 1));

    std::vector<Percent> v{counts(2, 3), counts(-1, 2), Percent(), counts(1, 3), counts(-1, 1'000'000), counts(3, 2)};
    std::sort(v.begin(), v.end());
    std::vector<std::string> printed;
    for (const Percent &p : v)
        printed.push_back(text(p));
    CHECK(printed == std::vector<std::string>{"-50.00", "0.00", "0.00", "33.33", "66.67", "150.00"});
    CHECK(v.at(1).sign() == -1); // the tiny negative sorts before the exact zero
    CHECK(v.at(2).isExactlyZero());
}
