#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace fa {

// The unit an amount is written or shown in.
enum class AmountUnit { Yuan, Wanyuan };

// Parses "元" / "万元" (and the ASCII spellings "yuan" / "wanyuan").
std::optional<AmountUnit> amountUnitFromString(const QString &text);
QString amountUnitName(AmountUnit unit);

enum class MoneyParseError { Empty, Syntax, TooManyDecimals, Overflow };
struct MoneyParseResult;

// An exact amount of money: a signed integer number of 分 (0.01 元).
// No floating point anywhere; arithmetic that would overflow is detected.
class Money
{
public:
    static constexpr std::int64_t kFenPerYuan = 100;
    static constexpr std::int64_t kFenPerWanyuan = 1000000;
    // The smallest step of a published 万元 figure (0.01 万元 = 100 元).
    static constexpr std::int64_t kFenPerWanyuanCent = 10000;

    constexpr Money() = default;
    static constexpr Money fromFen(std::int64_t fen) { return Money(fen); }

    constexpr std::int64_t fen() const { return m_fen; }
    constexpr bool isZero() const { return m_fen == 0; }
    constexpr bool isNegative() const { return m_fen < 0; }

    // True when the amount is a whole number of 0.01 万元, i.e. could have been keyed
    // from a published 万元 figure.
    constexpr bool isWanyuanPrecision() const { return m_fen % kFenPerWanyuanCent == 0; }

    // Checked arithmetic: std::nullopt on overflow.
    std::optional<Money> plus(Money other) const;
    std::optional<Money> minus(Money other) const;
    std::optional<Money> times(std::int64_t factor) const;

    // Rounded half away from zero to 0.01 万元 (the published precision), as 分.
    Money roundedToWanyuan() const;

    enum class Grouping { None, Thousands };
    // "1788.25" / "1,788.25": 元 with two decimals, exact.
    QString toYuanString(Grouping grouping = Grouping::None) const;
    // 万元 rounded half away from zero to two decimals, as published.
    QString toWanyuanString(Grouping grouping = Grouping::None) const;
    // 万元 with as many decimals as needed to be exact (at least two, at most six).
    QString toExactWanyuanString() const;
    QString toString(AmountUnit unit, Grouping grouping = Grouping::None) const;

    using ParseError = MoneyParseError;
    using ParseResult = MoneyParseResult;
    // Parses a decimal amount written in `unit`. Accepts an optional leading '-' or '+',
    // digits, optional ',' thousands separators in groups of three when allowGrouping,
    // and a '.' with decimals. The value must be exact in 分: "1.234" 元 is an error,
    // never rounded. Surrounding whitespace is ignored; anything else is a syntax error.
    static ParseResult parse(const QString &text, AmountUnit unit, bool allowGrouping = false);
    // Parses an amount as the interchange form writes it (INTERCHANGE.md), and nothing else:
    // an optional leading '-', ASCII digits without leading zeros ("0" itself, "0.5"), and
    // optionally a '.' followed by at least one digit. No '+', spaces, separators or exponents.
    // Decimals beyond the unit's precision must be zeros, as for parse(). For files, not typing.
    static ParseResult parseInterchange(const QString &text, AmountUnit unit);
    // Parses what a person types or pastes from Excel/WPS into a cell shown in `shown`: what
    // parse() accepts with thousands separators, and also full-width digits and signs, the minus
    // sign U+2212 (and U+FE63) for '-', an accounting negative in parentheses ("(1,234.50)",
    // "（1,234.50）"), and a trailing unit that overrides the one shown ("1234元" is 1,234 元
    // even where 万元 are shown; "12万元", "12万").
    // Never rounds: more decimals than 分 is TooManyDecimals.
    static ParseResult parseTyped(const QString &text, AmountUnit shown);
    static QString parseErrorMessage(ParseError error);

    friend constexpr bool operator==(Money a, Money b) { return a.m_fen == b.m_fen; }
    friend constexpr bool operator!=(Money a, Money b) { return a.m_fen != b.m_fen; }
    friend constexpr bool operator<(Money a, Money b) { return a.m_fen < b.m_fen; }
    friend constexpr bool operator<=(Money a, Money b) { return a.m_fen <= b.m_fen; }
    friend constexpr bool operator>(Money a, Money b) { return a.m_fen > b.m_fen; }
    friend constexpr bool operator>=(Money a, Money b) { return a.m_fen >= b.m_fen; }

private:
    constexpr explicit Money(std::int64_t fen) : m_fen(fen) {}
    std::int64_t m_fen = 0;
};

struct MoneyParseResult {
    std::optional<Money> value;
    MoneyParseError error = MoneyParseError::Empty;
    explicit operator bool() const { return value.has_value(); }
};

} // namespace fa
