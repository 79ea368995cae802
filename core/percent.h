#pragma once

#include "money.h"

#include <QString>

#include <compare>
#include <cstdint>
#include <optional>

namespace fa {

// An exact ratio as printed in 情况说明: shares ("占64.80%"), rates of change ("增长10.17%") and
// budget completion ("完成年初预算的98.50%").
//
// The value is held as an exact fraction (sign, numerator, denominator), never floating point: a
// printed figure is rounded exactly once, from the exact value, like Money's 万元 cells.
// Rounding is to two decimals of a percent (hundredths of a percent, "basis points"), half away
// from zero: 12.345% → 12.35, -12.345% → -12.35, 12.3449…% → 12.34. This is the "四舍五入" of
// the published texts and the same rule as Money::toWanyuanString().
//
// Every Percent's rounded value fits in int64 basis points (|value| < about 9.2×10^14 %); the
// constructors refuse anything larger, as Money's checked arithmetic refuses overflow.
class Percent
{
public:
    // Exactly zero.
    constexpr Percent() = default;

    // part / whole, e.g. 基本支出 / 支出合计. nullopt when whole is zero (a share of nothing, or
    // 完成年初预算的x% with no 年初预算) or when the result is too large (see above).
    static std::optional<Percent> ratio(Money part, Money whole);
    // (now − before) / |before|: the rate of change from last year, positive for an increase
    // even when before is negative. nullopt when before is zero or the result is too large.
    static std::optional<Percent> change(Money now, Money before);
    // part / whole for plain counts (people, vehicles, groups). Same rules as ratio().
    static std::optional<Percent> ofCounts(std::int64_t part, std::int64_t whole);

    // The printed value in hundredths of a percent, rounded half away from zero: 6480 for 64.80%.
    std::int64_t basisPoints() const;

    // -1, 0 or 1: the sign of the exact value. A tiny negative value has sign() -1 but prints
    // "0.00" (never "-0.00"); use basisPoints() for the sign of what is printed.
    int sign() const;
    // The exact value is zero (e.g. the part is zero).
    constexpr bool isExactlyZero() const { return m_num == 0; }
    // What is printed is "0.00": |value| < 0.005%. True also when isExactlyZero().
    bool roundsToZero() const { return basisPoints() == 0; }
    constexpr bool isNegative() const { return m_negative; }
    Percent abs() const;

    enum class Style { Number, WithPercentSign };
    // "64.80", "-3.25", "0.00"; with WithPercentSign "64.80%". No thousands separators.
    QString toString(Style style = Style::Number) const;

    // Ordering and equality of the exact values (1/2 == 2/4; 64.798% < 64.801% though both print
    // "64.80"), by cross-multiplication in 128 bits.
    friend bool operator==(const Percent &a, const Percent &b);
    friend std::strong_ordering operator<=>(const Percent &a, const Percent &b);

private:
    static std::optional<Percent> make(bool negative, std::uint64_t num, std::uint64_t den);

    // Magnitudes: the value is (m_negative ? -1 : 1) × m_num / m_den, with m_den > 0 and
    // m_negative false when m_num is 0. Unsigned 64-bit so that |now − before| and |INT64_MIN|
    // fit; any product of two of them fits in unsigned __int128.
    bool m_negative = false;
    std::uint64_t m_num = 0;
    std::uint64_t m_den = 1;
};

} // namespace fa
