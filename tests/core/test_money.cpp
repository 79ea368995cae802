// fa::Money: exact amounts in 分, parsing and formatting in 元 and 万元 (DOMAIN.md, Money).

#include "money.h"

#include <catch2/catch.hpp>

#include <QString>

#include <cstdint>
#include <limits>
#include <random>
#include <string>

using fa::AmountUnit;
using fa::Money;
using fa::MoneyParseError;

namespace {

constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();

std::string u8(const QString &s)
{
    return s.toStdString();
}

fa::MoneyParseResult parse(const QString &text, AmountUnit unit, bool grouping = false)
{
    return Money::parse(text, unit, grouping);
}

fa::MoneyParseResult yuan(const char *text, bool grouping = false)
{
    return Money::parse(QString::fromUtf8(text), AmountUnit::Yuan, grouping);
}

fa::MoneyParseResult wan(const char *text, bool grouping = false)
{
    return Money::parse(QString::fromUtf8(text), AmountUnit::Wanyuan, grouping);
}

// The 分 of a successful parse; fails the test otherwise.
std::int64_t fenOf(const fa::MoneyParseResult &r)
{
    REQUIRE(r.value.has_value());
    return r.value->fen();
}

// The error of a failed parse; fails the test when it succeeded.
MoneyParseError errorOf(const fa::MoneyParseResult &r)
{
    INFO("parsed to " << (r.value ? r.value->fen() : 0) << " 分");
    REQUIRE_FALSE(r.value.has_value());
    REQUIRE_FALSE(bool(r));
    return r.error;
}

Money fen(std::int64_t v)
{
    return Money::fromFen(v);
}

} // namespace

TEST_CASE("Money parses 元 exactly, up to two decimals", "[money]")
{
    CHECK(fenOf(yuan("1788.25")) == 178825);
    CHECK(fenOf(yuan("0")) == 0);
    CHECK(fenOf(yuan("0.01")) == 1);
    CHECK(fenOf(yuan("0.1")) == 10);
    CHECK(fenOf(yuan("12")) == 1200);
    CHECK(fenOf(yuan("12.5")) == 1250);
    CHECK(fenOf(yuan(".5")) == 50);
    CHECK(fenOf(yuan("007.05")) == 705);
    // Zeros beyond the second decimal change nothing and are accepted.
    CHECK(fenOf(yuan("1.230")) == 123);
    CHECK(fenOf(yuan("1.2300000")) == 123);
    CHECK(fenOf(yuan("5.000")) == 500);
    // A non-zero digit beyond 分 is an error, never rounded (either way).
    CHECK(errorOf(yuan("1.234")) == MoneyParseError::TooManyDecimals);
    CHECK(errorOf(yuan("1.235")) == MoneyParseError::TooManyDecimals);
    CHECK(errorOf(yuan("1.239")) == MoneyParseError::TooManyDecimals);
    CHECK(errorOf(yuan("0.001")) == MoneyParseError::TooManyDecimals);
    CHECK(errorOf(yuan("1.2300001")) == MoneyParseError::TooManyDecimals);
    CHECK(errorOf(yuan("-0.005")) == MoneyParseError::TooManyDecimals);
}

TEST_CASE("Money parses 万元 exactly, up to six decimals", "[money]")
{
    CHECK(fenOf(wan("1788.25")) == 17'882'500'00LL);
    CHECK(fenOf(wan("1")) == 1'000'000);
    CHECK(fenOf(wan("0.01")) == 10'000);
    CHECK(fenOf(wan("0.000001")) == 1);
    CHECK(fenOf(wan("1.234567")) == 1'234'567);
    CHECK(fenOf(wan("196.02")) == 196'020'000);
    CHECK(fenOf(wan("62.54")) == 62'540'000);
    CHECK(fenOf(wan("0.178825")) == 178'825);
    CHECK(fenOf(wan("1.2345670")) == 1'234'567);
    CHECK(fenOf(wan("1.234567000000")) == 1'234'567);
    CHECK(errorOf(wan("1.2345678")) == MoneyParseError::TooManyDecimals);
    CHECK(errorOf(wan("0.0000001")) == MoneyParseError::TooManyDecimals);
    CHECK(errorOf(wan("0.0000005")) == MoneyParseError::TooManyDecimals);
    CHECK(errorOf(wan("-1.2345675")) == MoneyParseError::TooManyDecimals);
    CHECK(errorOf(wan("1.23456700009")) == MoneyParseError::TooManyDecimals);
}

TEST_CASE("Money parses a leading sign and ignores surrounding whitespace", "[money]")
{
    CHECK(fenOf(yuan("-1788.25")) == -178825);
    CHECK(fenOf(yuan("+1788.25")) == 178825);
    CHECK(fenOf(wan("-0.01")) == -10'000);
    CHECK(fenOf(wan("+0.01")) == 10'000);
    CHECK(fenOf(yuan("  12.34 ")) == 1234);
    CHECK(fenOf(yuan("\t12.34\n")) == 1234);
    CHECK(fenOf(yuan(" \r\n -12.34 \t ")) == -1234);
    CHECK(fenOf(parse(QStringLiteral("\u300012.34\u3000"), AmountUnit::Yuan)) == 1234); // ideographic space

    // Minus zero is zero, not a negative amount.
    const auto minusZero = yuan("-0.00");
    CHECK(fenOf(minusZero) == 0);
    CHECK_FALSE(minusZero.value->isNegative());
    CHECK(minusZero.value->toYuanString() == QStringLiteral("0.00"));

    // One sign, at the front, with no space after it.
    CHECK(errorOf(yuan("--1")) == MoneyParseError::Syntax);
    CHECK(errorOf(yuan("+-1")) == MoneyParseError::Syntax);
    CHECK(errorOf(yuan("-+1")) == MoneyParseError::Syntax);
    CHECK(errorOf(yuan("- 1")) == MoneyParseError::Syntax);
    CHECK(errorOf(yuan("1-")) == MoneyParseError::Syntax);
    CHECK(errorOf(yuan("1.2-")) == MoneyParseError::Syntax);
    CHECK(errorOf(yuan("(12.34)")) == MoneyParseError::Syntax);
    CHECK(errorOf(yuan("12 34")) == MoneyParseError::Syntax);
    CHECK(errorOf(yuan("12. 34")) == MoneyParseError::Syntax);
}

TEST_CASE("Money accepts thousands grouping only when allowed, in groups of three", "[money]")
{
    CHECK(fenOf(yuan("1,788.25", true)) == 178825);
    CHECK(fenOf(wan("1,788.25", true)) == 17'882'500'00LL);
    CHECK(fenOf(yuan("-1,788.25", true)) == -178825);
    CHECK(fenOf(yuan("1,000,000", true)) == 100'000'000);
    CHECK(fenOf(yuan("12,345,678.90", true)) == 1'234'567'890);
    CHECK(fenOf(yuan("999", true)) == 99'900); // no separator is fine too
    CHECK(fenOf(yuan("1788.25", true)) == 178825);

    // Not allowed: every comma is a syntax error.
    CHECK(errorOf(yuan("1,788.25")) == MoneyParseError::Syntax);
    CHECK(errorOf(wan("1,788.25")) == MoneyParseError::Syntax);
    CHECK(errorOf(yuan("1,000,000")) == MoneyParseError::Syntax);

    // Allowed, but only real thousands groups.
    for (const char *bad : {"1,78.25", "17,88.25", "1,7888.25", "1788,25", "1234,567", ",788.25", "1,788,",
                            "1,,788", "1,788.2,5", "1,788.25,0", "-,788", "1, 788", "1.788,25", ",", "1,"}) {
        INFO(bad);
        CHECK(errorOf(yuan(bad, true)) == MoneyParseError::Syntax);
    }
}

TEST_CASE("Money refuses hostile strings", "[money]")
{
    CHECK(errorOf(yuan("")) == MoneyParseError::Empty);
    CHECK(errorOf(yuan("   ")) == MoneyParseError::Empty);
    CHECK(errorOf(wan("\t\n")) == MoneyParseError::Empty);
    CHECK(errorOf(parse(QString(), AmountUnit::Yuan)) == MoneyParseError::Empty);

    for (const char *bad : {"-", "+", ".", "-.", "+.", "..", "1..2", "1.2.3", "1e5", "1E5", "1e-2", "0x10",
                            "0X1F", "NaN", "nan", "inf", "-inf", "Infinity", "１２", "１2.00", "١٢", "۱۲", "१२",
                            "12元", "￥12", "$12", "12%", "abc", "1 2", "1_000", "1'000", "0b101", "一二",
                            "12.a", "a12", "1.2e3", "½", "²"}) {
        const QString text = QString::fromUtf8(bad);
        INFO(bad);
        CHECK(errorOf(parse(text, AmountUnit::Yuan)) == MoneyParseError::Syntax);
        CHECK(errorOf(parse(text, AmountUnit::Wanyuan)) == MoneyParseError::Syntax);
        CHECK(errorOf(parse(text, AmountUnit::Yuan, true)) == MoneyParseError::Syntax);
    }

    // An embedded NUL, inside, at the end and at the start.
    QString nul = QStringLiteral("12");
    nul.insert(1, QChar(0));
    CHECK(nul.size() == 3);
    CHECK(errorOf(parse(nul, AmountUnit::Yuan)) == MoneyParseError::Syntax);
    QString nulEnd = QStringLiteral("12.50");
    nulEnd.append(QChar(0));
    CHECK(errorOf(parse(nulEnd, AmountUnit::Yuan)) == MoneyParseError::Syntax);
    QString nulStart = QStringLiteral("7");
    nulStart.prepend(QChar(0));
    CHECK(errorOf(parse(nulStart, AmountUnit::Wanyuan)) == MoneyParseError::Syntax);
    // A lone surrogate is not a digit either.
    QString surrogate = QStringLiteral("1");
    surrogate.append(QChar(0xD800));
    CHECK(errorOf(parse(surrogate, AmountUnit::Yuan)) == MoneyParseError::Syntax);

    // Very long inputs: refused quickly, never wrapped around.
    const QString digits(10000, QLatin1Char('9'));
    CHECK(errorOf(parse(digits, AmountUnit::Yuan)) == MoneyParseError::Overflow);
    CHECK(errorOf(parse(digits, AmountUnit::Wanyuan)) == MoneyParseError::Overflow);
    CHECK(errorOf(parse(QString(10000, QLatin1Char('1')), AmountUnit::Yuan, true)) == MoneyParseError::Overflow);
    CHECK(errorOf(parse(QStringLiteral("-") + digits, AmountUnit::Yuan)) == MoneyParseError::Overflow);
    CHECK(errorOf(parse(QString(10000, QLatin1Char('x')), AmountUnit::Yuan)) == MoneyParseError::Syntax);
    CHECK(errorOf(parse(digits + QStringLiteral("abc"), AmountUnit::Yuan)) == MoneyParseError::Syntax);
    // Twenty digits: larger than any int64 even before scaling.
    CHECK(errorOf(yuan("18446744073709551616")) == MoneyParseError::Overflow);
    CHECK(errorOf(yuan("18446744073709551615")) == MoneyParseError::Overflow);
    CHECK(errorOf(wan("99999999999999999999")) == MoneyParseError::Overflow);
}

TEST_CASE("Money parses up to the int64 edge of 分 and no further", "[money]")
{
    // 元: the largest amount is 92233720368547758.07 元 = INT64_MAX 分.
    CHECK(fenOf(yuan("92233720368547758.07")) == kMax);
    CHECK(fenOf(yuan("+92233720368547758.07")) == kMax);
    CHECK(errorOf(yuan("92233720368547758.08")) == MoneyParseError::Overflow);
    CHECK(errorOf(yuan("92233720368547759")) == MoneyParseError::Overflow);
    CHECK(errorOf(yuan("100000000000000000")) == MoneyParseError::Overflow);
    CHECK(fenOf(yuan("92,233,720,368,547,758.07", true)) == kMax);
    CHECK(errorOf(yuan("92,233,720,368,547,758.08", true)) == MoneyParseError::Overflow);
    // The negative minimum is one 分 further from zero.
    CHECK(fenOf(yuan("-92233720368547758.07")) == -kMax);
    CHECK(fenOf(yuan("-92233720368547758.08")) == kMin);
    CHECK(errorOf(yuan("-92233720368547758.09")) == MoneyParseError::Overflow);
    CHECK(errorOf(yuan("-92233720368547759")) == MoneyParseError::Overflow);

    // 万元: 9223372036854.775807 万元 = INT64_MAX 分.
    CHECK(fenOf(wan("9223372036854.775807")) == kMax);
    CHECK(errorOf(wan("9223372036854.775808")) == MoneyParseError::Overflow);
    CHECK(errorOf(wan("9223372036855")) == MoneyParseError::Overflow);
    CHECK(fenOf(wan("-9223372036854.775808")) == kMin);
    CHECK(errorOf(wan("-9223372036854.775809")) == MoneyParseError::Overflow);
    // Overflow is about magnitude; too many decimals is reported on its own.
    CHECK(errorOf(wan("1.0000001")) == MoneyParseError::TooManyDecimals);
}

TEST_CASE("Money formats 元 exactly, with and without thousands separators", "[money]")
{
    CHECK(fen(178825).toYuanString() == QStringLiteral("1788.25"));
    CHECK(fen(178825).toYuanString(Money::Grouping::Thousands) == QStringLiteral("1,788.25"));
    CHECK(fen(-178825).toYuanString(Money::Grouping::Thousands) == QStringLiteral("-1,788.25"));
    CHECK(fen(0).toYuanString() == QStringLiteral("0.00"));
    CHECK(fen(1).toYuanString() == QStringLiteral("0.01"));
    CHECK(fen(-1).toYuanString() == QStringLiteral("-0.01"));
    CHECK(fen(10).toYuanString() == QStringLiteral("0.10"));
    CHECK(fen(100).toYuanString() == QStringLiteral("1.00"));
    CHECK(fen(99999).toYuanString(Money::Grouping::Thousands) == QStringLiteral("999.99"));
    CHECK(fen(-99999).toYuanString(Money::Grouping::Thousands) == QStringLiteral("-999.99"));
    CHECK(fen(100000).toYuanString(Money::Grouping::Thousands) == QStringLiteral("1,000.00"));
    CHECK(fen(100000000).toYuanString(Money::Grouping::Thousands) == QStringLiteral("1,000,000.00"));
    CHECK(fen(123456789012).toYuanString(Money::Grouping::Thousands) == QStringLiteral("1,234,567,890.12"));
    CHECK(fen(123456789012).toYuanString() == QStringLiteral("1234567890.12"));
    CHECK(fen(kMax).toYuanString() == QStringLiteral("92233720368547758.07"));
    CHECK(fen(kMin).toYuanString() == QStringLiteral("-92233720368547758.08"));
    CHECK(fen(kMin).toYuanString(Money::Grouping::Thousands) == QStringLiteral("-92,233,720,368,547,758.08"));
    CHECK(fen(178825).toString(AmountUnit::Yuan) == QStringLiteral("1788.25"));
    CHECK(fen(178825).toString(AmountUnit::Yuan, Money::Grouping::Thousands) == QStringLiteral("1,788.25"));
}

TEST_CASE("Money formats 万元 rounded half away from zero to two decimals", "[money]")
{
    CHECK(fen(17'882'500'00LL).toWanyuanString() == QStringLiteral("1788.25"));
    CHECK(fen(17'882'500'00LL).toWanyuanString(Money::Grouping::Thousands) == QStringLiteral("1,788.25"));
    CHECK(fen(17'882'500'00LL).toString(AmountUnit::Wanyuan, Money::Grouping::Thousands) == QStringLiteral("1,788.25"));
    CHECK(fen(-17'882'500'00LL).toWanyuanString(Money::Grouping::Thousands) == QStringLiteral("-1,788.25"));
    CHECK(fen(0).toWanyuanString() == QStringLiteral("0.00"));

    // 0.005 万元 = 5000 分 rounds up; 4999 分 rounds down; negatives away from zero.
    CHECK(fen(5000).toWanyuanString() == QStringLiteral("0.01"));
    CHECK(fen(4999).toWanyuanString() == QStringLiteral("0.00"));
    CHECK(fen(-5000).toWanyuanString() == QStringLiteral("-0.01"));
    CHECK(fen(-4999).toWanyuanString() == QStringLiteral("0.00"));
    CHECK(fen(-1).toWanyuanString() == QStringLiteral("0.00"));
    CHECK(fen(1).toWanyuanString() == QStringLiteral("0.00"));
    CHECK(fen(15000).toWanyuanString() == QStringLiteral("0.02"));
    CHECK(fen(14999).toWanyuanString() == QStringLiteral("0.01"));
    CHECK(fen(-15000).toWanyuanString() == QStringLiteral("-0.02"));
    CHECK(fen(9995000).toWanyuanString() == QStringLiteral("10.00")); // 9.995 万元 carries
    CHECK(fen(9994999).toWanyuanString() == QStringLiteral("9.99"));
    CHECK(fen(-9995000).toWanyuanString() == QStringLiteral("-10.00"));
    CHECK(fen(9'999'995'000LL).toWanyuanString(Money::Grouping::Thousands) == QStringLiteral("10,000.00"));
    CHECK(fen(625400).toWanyuanString() == QStringLiteral("0.63"));
    CHECK(fen(62'540'000).toWanyuanString() == QStringLiteral("62.54"));

    // "-0.00" never appears, whatever the grouping or the small negative amount.
    for (std::int64_t v = -4999; v <= 0; ++v) {
        const Money m = fen(v);
        if (m.toWanyuanString() != QStringLiteral("0.00")
            || m.toWanyuanString(Money::Grouping::Thousands) != QStringLiteral("0.00")) {
            FAIL("fen " << v << " formats as " << u8(m.toWanyuanString()));
        }
    }
    CHECK(fen(kMin).toWanyuanString().startsWith(QLatin1Char('-')));
}

TEST_CASE("Money formats exact 万元 with two to six decimals", "[money]")
{
    CHECK(fen(0).toExactWanyuanString() == QStringLiteral("0.00"));
    CHECK(fen(1).toExactWanyuanString() == QStringLiteral("0.000001"));
    CHECK(fen(-1).toExactWanyuanString() == QStringLiteral("-0.000001"));
    CHECK(fen(10).toExactWanyuanString() == QStringLiteral("0.00001"));
    CHECK(fen(100).toExactWanyuanString() == QStringLiteral("0.0001"));
    CHECK(fen(1000).toExactWanyuanString() == QStringLiteral("0.001"));
    CHECK(fen(10000).toExactWanyuanString() == QStringLiteral("0.01"));
    CHECK(fen(100000).toExactWanyuanString() == QStringLiteral("0.10"));
    CHECK(fen(1000000).toExactWanyuanString() == QStringLiteral("1.00"));
    CHECK(fen(-1000000).toExactWanyuanString() == QStringLiteral("-1.00"));
    CHECK(fen(178825).toExactWanyuanString() == QStringLiteral("0.178825"));
    CHECK(fen(17882500).toExactWanyuanString() == QStringLiteral("17.8825"));
    CHECK(fen(17'882'500'00LL).toExactWanyuanString() == QStringLiteral("1788.25"));
    CHECK(fen(1'234'560).toExactWanyuanString() == QStringLiteral("1.23456"));
    CHECK(fen(kMax).toExactWanyuanString() == QStringLiteral("9223372036854.775807"));
    CHECK(fen(kMin).toExactWanyuanString() == QStringLiteral("-9223372036854.775808"));
    // Never grouped, never rounded.
    CHECK(fen(12'345'678'901LL).toExactWanyuanString() == QStringLiteral("12345.678901"));
}

TEST_CASE("Money rounds to 万元 precision half away from zero", "[money]")
{
    CHECK(fen(0).roundedToWanyuan().fen() == 0);
    CHECK(fen(5000).roundedToWanyuan().fen() == 10000);
    CHECK(fen(4999).roundedToWanyuan().fen() == 0);
    CHECK(fen(-5000).roundedToWanyuan().fen() == -10000);
    CHECK(fen(-4999).roundedToWanyuan().fen() == 0);
    CHECK(fen(-4999).roundedToWanyuan().isNegative() == false);
    CHECK(fen(10000).roundedToWanyuan().fen() == 10000);
    CHECK(fen(-10000).roundedToWanyuan().fen() == -10000);
    CHECK(fen(178825).roundedToWanyuan().fen() == 180000);
    CHECK(fen(-178825).roundedToWanyuan().fen() == -180000);
    CHECK(fen(174999).roundedToWanyuan().fen() == 170000);
    CHECK(fen(9'995'000).roundedToWanyuan().fen() == 10'000'000);
    // At the very edges of int64 rounding away from zero does not fit: the result saturates at the
    // largest whole 0.01 万元 that does, and stays of 万元 precision.
    CHECK(fen(INT64_MIN).roundedToWanyuan().isWanyuanPrecision());
    CHECK(fen(INT64_MIN).roundedToWanyuan().fen() == -9'223'372'036'854'770'000LL);
    CHECK(fen(INT64_MAX).roundedToWanyuan().fen() == 9'223'372'036'854'770'000LL);

    // Consistent with the published formatting, and always of 万元 precision.
    std::mt19937_64 rng(0x5eed'0001);
    std::uniform_int_distribution<std::int64_t> dist(-1'000'000'000'000'000LL, 1'000'000'000'000'000LL);
    for (int i = 0; i < 2000; ++i) {
        const Money m = fen(i < 100 ? (i - 50) * 2500 : dist(rng));
        const Money r = m.roundedToWanyuan();
        if (!r.isWanyuanPrecision() || r.toExactWanyuanString() != m.toWanyuanString()
            || (r.fen() > m.fen() ? r.fen() - m.fen() : m.fen() - r.fen()) > 5000
            || (m.fen() != 0 && r.fen() != 0 && r.isNegative() != m.isNegative())) {
            FAIL("fen " << m.fen() << " rounds to " << r.fen() << ", shown " << u8(m.toWanyuanString()));
        }
    }
}

TEST_CASE("Money checked arithmetic detects overflow", "[money]")
{
    CHECK(fen(178825).plus(fen(25))->fen() == 178850);
    CHECK(fen(178825).minus(fen(178826))->fen() == -1);
    CHECK(fen(-3).times(7)->fen() == -21);
    CHECK(fen(12).times(0)->fen() == 0);
    CHECK(fen(kMax - 1).plus(fen(1))->fen() == kMax);
    CHECK(fen(kMin + 1).minus(fen(1))->fen() == kMin);
    CHECK(fen(kMax).plus(fen(kMin))->fen() == -1);

    CHECK_FALSE(fen(kMax).plus(fen(1)).has_value());
    CHECK_FALSE(fen(kMin).plus(fen(-1)).has_value());
    CHECK_FALSE(fen(kMin).minus(fen(1)).has_value());
    CHECK_FALSE(fen(kMax).minus(fen(-1)).has_value());
    CHECK_FALSE(fen(0).minus(fen(kMin)).has_value());
    CHECK_FALSE(fen(kMax).times(2).has_value());
    CHECK_FALSE(fen(kMin).times(-1).has_value());
    CHECK_FALSE(fen(-1).times(kMin).has_value());
    CHECK_FALSE(fen(4'611'686'018'427'387'904LL).times(2).has_value());
    CHECK(fen(4'611'686'018'427'387'904LL).times(-2)->fen() == kMin);
    CHECK(fen(kMax).times(1)->fen() == kMax);
    CHECK(fen(kMin).times(1)->fen() == kMin);
    CHECK(fen(kMax).times(-1)->fen() == -kMax);
}

TEST_CASE("Money knows 万元 precision", "[money]")
{
    CHECK(fen(0).isWanyuanPrecision());
    CHECK(fen(10000).isWanyuanPrecision());
    CHECK(fen(-10000).isWanyuanPrecision());
    CHECK(fen(196'020'000).isWanyuanPrecision());
    CHECK_FALSE(fen(1).isWanyuanPrecision());
    CHECK_FALSE(fen(-1).isWanyuanPrecision());
    CHECK_FALSE(fen(5000).isWanyuanPrecision());
    CHECK_FALSE(fen(-5000).isWanyuanPrecision());
    CHECK_FALSE(fen(9999).isWanyuanPrecision());
    CHECK_FALSE(fen(10001).isWanyuanPrecision());
    CHECK_FALSE(fen(178825).isWanyuanPrecision());
    CHECK(fenOf(wan("1788.25")) % Money::kFenPerWanyuanCent == 0);
    CHECK(wan("1788.25").value->isWanyuanPrecision());
    CHECK_FALSE(wan("1788.255").value->isWanyuanPrecision());
    CHECK_FALSE(yuan("1788.25").value->isWanyuanPrecision());
    CHECK(yuan("17882500").value->isWanyuanPrecision());
}

TEST_CASE("Money amount units by name", "[money]")
{
    CHECK(fa::amountUnitFromString(QStringLiteral("元")) == AmountUnit::Yuan);
    CHECK(fa::amountUnitFromString(QStringLiteral("万元")) == AmountUnit::Wanyuan);
    CHECK(fa::amountUnitFromString(QStringLiteral("yuan")) == AmountUnit::Yuan);
    CHECK(fa::amountUnitFromString(QStringLiteral("wanyuan")) == AmountUnit::Wanyuan);
    CHECK_FALSE(fa::amountUnitFromString(QStringLiteral("千元")).has_value());
    CHECK_FALSE(fa::amountUnitFromString(QString()).has_value());
    CHECK(fa::amountUnitName(AmountUnit::Yuan) == QStringLiteral("元"));
    CHECK(fa::amountUnitName(AmountUnit::Wanyuan) == QStringLiteral("万元"));
    for (auto e : {MoneyParseError::Empty, MoneyParseError::Syntax, MoneyParseError::TooManyDecimals,
                   MoneyParseError::Overflow})
        CHECK_FALSE(Money::parseErrorMessage(e).isEmpty());
}

TEST_CASE("Money round-trips through its own strings", "[money]")
{
    std::mt19937_64 rng(20240917);
    std::uniform_int_distribution<std::int64_t> full(kMin, kMax);
    std::uniform_int_distribution<std::int64_t> small(-100'000'000'000LL, 100'000'000'000LL);
    std::uniform_int_distribution<std::int64_t> tiny(-20'000, 20'000);
    int checked = 0;
    for (int i = 0; i < 4000; ++i) {
        std::int64_t v;
        switch (i % 4) {
        case 0: v = full(rng); break;
        case 1: v = small(rng); break;
        case 2: v = tiny(rng); break;
        default: v = small(rng) / Money::kFenPerWanyuanCent * Money::kFenPerWanyuanCent; break;
        }
        if (i == 0)
            v = kMin;
        if (i == 1)
            v = kMax;
        const Money m = fen(v);
        const QString y = m.toYuanString();
        const QString yg = m.toYuanString(Money::Grouping::Thousands);
        const QString w = m.toExactWanyuanString();
        const auto py = Money::parse(y, AmountUnit::Yuan);
        const auto pyg = Money::parse(yg, AmountUnit::Yuan, true);
        const auto pw = Money::parse(w, AmountUnit::Wanyuan);
        if (!py || py.value->fen() != v || !pyg || pyg.value->fen() != v || !pw || pw.value->fen() != v) {
            FAIL("fen " << v << ": 元 \"" << u8(y) << "\", grouped \"" << u8(yg) << "\", 万元 \"" << u8(w)
                        << "\" do not parse back");
        }
        // The exact 万元 form has 2 to 6 decimals and no superfluous trailing zero.
        const qsizetype decimals = w.size() - w.indexOf(QLatin1Char('.')) - 1;
        if (w.indexOf(QLatin1Char('.')) < 0 || decimals < 2 || decimals > 6
            || (decimals > 2 && w.endsWith(QLatin1Char('0'))) || (v == 0 && w != QStringLiteral("0.00"))) {
            FAIL("fen " << v << ": exact 万元 \"" << u8(w) << "\"");
        }
        ++checked;
    }
    CHECK(checked == 4000);
}

TEST_CASE("Money reads the interchange form exactly and nothing else", "[money]")
{
    const auto strictYuan = [](const char *text) { return Money::parseInterchange(QString::fromUtf8(text), AmountUnit::Yuan); };
    const auto strictWan = [](const char *text) { return Money::parseInterchange(QString::fromUtf8(text), AmountUnit::Wanyuan); };

    CHECK(fenOf(strictYuan("5")) == 500);
    CHECK(fenOf(strictYuan("-5")) == -500);
    CHECK(fenOf(strictYuan("0.5")) == 50);
    CHECK(fenOf(strictYuan("5.00")) == 500);
    CHECK(fenOf(strictYuan("0")) == 0);
    CHECK(fenOf(strictYuan("-0")) == 0);
    CHECK(fenOf(strictYuan("1788.25")) == 178825);
    CHECK(fenOf(strictYuan("1788.250")) == 178825); // zeros beyond the unit's precision change nothing
    CHECK(fenOf(strictWan("0.178825")) == 178825);
    CHECK(fenOf(strictWan("196.02")) == 196'020'000);
    CHECK(fenOf(strictWan("-0.000001")) == -1);

    // What the typing parser forgives, the file form does not.
    for (const char *bad : {"+5", " 5", "5 ", "5.", ".5", "-.5", "1,000", "0x10", "1e3", "1E3", "５", "٥", "007", "00",
                            "-007", "01.5", "--5", "-", ".", "-5-", "5-", "- 5", "\t5", "5\n", "1.2.3", "1.-2",
                            "NaN", "inf", "1_000", "1'000", "1 000", "¥5", "5元"}) {
        INFO(bad);
        CHECK(errorOf(strictYuan(bad)) == MoneyParseError::Syntax);
        CHECK(errorOf(strictWan(bad)) == MoneyParseError::Syntax);
    }
    CHECK(errorOf(strictYuan("")) == MoneyParseError::Empty);
    // The typing parser keeps its friendliness.
    CHECK(fenOf(yuan("+5")) == 500);
    CHECK(fenOf(yuan(" 5.")) == 500);
    CHECK(fenOf(yuan(".5")) == 50);
    CHECK(fenOf(yuan("007")) == 700);

    // Exactness and range, as for the typing parser.
    CHECK(errorOf(strictYuan("1.234")) == MoneyParseError::TooManyDecimals);
    CHECK(errorOf(strictWan("1.0000001")) == MoneyParseError::TooManyDecimals);
    CHECK(fenOf(strictYuan("92233720368547758.07")) == kMax);
    CHECK(errorOf(strictYuan("92233720368547758.08")) == MoneyParseError::Overflow);
    CHECK(fenOf(strictYuan("-92233720368547758.08")) == kMin);
    CHECK(errorOf(strictYuan("-92233720368547758.09")) == MoneyParseError::Overflow);
    CHECK(fenOf(strictWan("9223372036854.775807")) == kMax);
    CHECK(errorOf(strictWan("9223372036854.775808")) == MoneyParseError::Overflow);
    CHECK(errorOf(strictWan("99999999999999999999")) == MoneyParseError::Overflow);
    CHECK(errorOf(strictWan(std::string(100000, '9').c_str())) == MoneyParseError::Overflow);
    CHECK(fenOf(Money::parseInterchange(QStringLiteral("1.") + QString(100000, QLatin1Char('0')), AmountUnit::Yuan)) == 100);

    // Everything the writer writes reads back.
    std::mt19937_64 rng(20250917);
    std::uniform_int_distribution<std::int64_t> full(kMin, kMax);
    for (int i = 0; i < 2000; ++i) {
        const std::int64_t v = i == 0 ? kMin : i == 1 ? kMax : i == 2 ? 0 : full(rng) >> (i % 60);
        const auto y = Money::parseInterchange(fen(v).toYuanString(), AmountUnit::Yuan);
        const auto w = Money::parseInterchange(fen(v).toExactWanyuanString(), AmountUnit::Wanyuan);
        if (!y || y.value->fen() != v || !w || w.value->fen() != v)
            FAIL("fen " << v << " does not read back from " << u8(fen(v).toYuanString()) << " / "
                        << u8(fen(v).toExactWanyuanString()));
    }
}

TEST_CASE("Money parses what people type and paste from Excel or WPS", "[money]")
{
    using fa::AmountUnit;
    using fa::Money;
    auto typed = [](const char *text, AmountUnit shown) { return Money::parseTyped(QString::fromUtf8(text), shown); };
    auto fen = [&](const char *text, AmountUnit shown) {
        const auto r = typed(text, shown);
        INFO(text);
        REQUIRE(r.value.has_value());
        return r.value->fen();
    };
    CHECK(fen("1,234.5", AmountUnit::Yuan) == 123450);
    CHECK(fen(" 1234.50 ", AmountUnit::Yuan) == 123450);
    CHECK(fen("-1234", AmountUnit::Yuan) == -123400);
    CHECK(fen("(1,234.50)", AmountUnit::Yuan) == -123450);
    CHECK(fen("（1,234.50）", AmountUnit::Yuan) == -123450);
    CHECK(fen("１，２３４．５０", AmountUnit::Yuan) == 123450);
    CHECK(fen("－５", AmountUnit::Yuan) == -500);
    CHECK(fen("\u30001234\u3000", AmountUnit::Yuan) == 123400);
    // The unit shown, and a unit typed that overrides it.
    CHECK(fen("12.345678", AmountUnit::Wanyuan) == 12345678);
    CHECK(fen("1,788.25", AmountUnit::Wanyuan) == 1788250000);
    CHECK(fen("1234元", AmountUnit::Wanyuan) == 123400);
    CHECK(fen("1234 元", AmountUnit::Wanyuan) == 123400);
    CHECK(fen("12万元", AmountUnit::Yuan) == 12000000);
    CHECK(fen("12万", AmountUnit::Yuan) == 12000000);
    // Refused, never rounded or guessed.
    using E = fa::MoneyParseError;
    CHECK(typed("", AmountUnit::Yuan).error == E::Empty);
    CHECK(typed("abc", AmountUnit::Yuan).error == E::Syntax);
    CHECK(typed("1.234", AmountUnit::Yuan).error == E::TooManyDecimals);
    CHECK(typed("12.3456789", AmountUnit::Wanyuan).error == E::TooManyDecimals);
    CHECK(typed("1.234元", AmountUnit::Wanyuan).error == E::TooManyDecimals);
    CHECK(typed("(-5)", AmountUnit::Yuan).error == E::Syntax);
    CHECK(typed("()", AmountUnit::Yuan).error == E::Syntax);
    CHECK(typed("12,34", AmountUnit::Yuan).error == E::Syntax);
    CHECK(typed("1e3", AmountUnit::Yuan).error == E::Syntax);
    CHECK(typed("元", AmountUnit::Yuan).error == E::Empty);
}
