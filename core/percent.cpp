#include "percent.h"

#include <limits>

namespace fa {

namespace {

using u128 = unsigned __int128;

constexpr std::uint64_t kBasisPointsPerOne = 10000; // 100 % × 100 hundredths

// Magnitude without overflow for INT64_MIN.
std::uint64_t magnitude(std::int64_t v)
{
    return v < 0 ? std::uint64_t(0) - std::uint64_t(v) : std::uint64_t(v);
}

// |num / den| in hundredths of a percent, rounded half away from zero. num < 2^64 so
// num × 10000 < 2^78: exact in 128 bits, where int64 would overflow for amounts near 10^15 分.
u128 roundedBasisPoints(std::uint64_t num, std::uint64_t den)
{
    const u128 scaled = u128(num) * kBasisPointsPerOne;
    u128 units = scaled / den;
    const u128 rest = scaled % den;
    // rest < den < 2^64, so 2 × rest cannot overflow. ">=": exactly half goes away from zero.
    if (2 * rest >= den)
        ++units;
    return units;
}

} // namespace

std::optional<Percent> Percent::make(bool negative, std::uint64_t num, std::uint64_t den)
{
    if (den == 0)
        return std::nullopt;
    // Keeping the rounded value inside int64 (both signs) lets basisPoints(), abs() and the
    // formatting work without further checks.
    if (roundedBasisPoints(num, den) > u128(std::numeric_limits<std::int64_t>::max()))
        return std::nullopt;
    Percent p;
    p.m_negative = negative && num != 0;
    p.m_num = num;
    p.m_den = den;
    return p;
}

std::optional<Percent> Percent::ratio(Money part, Money whole)
{
    return ofCounts(part.fen(), whole.fen());
}

std::optional<Percent> Percent::change(Money now, Money before)
{
    // now − before can leave int64 (|diff| < 2^64); it cannot leave __int128.
    const __int128 diff = __int128(now.fen()) - __int128(before.fen());
    const u128 diffMag = diff < 0 ? u128(-diff) : u128(diff);
    return make(diff < 0, std::uint64_t(diffMag), magnitude(before.fen()));
}

std::optional<Percent> Percent::ofCounts(std::int64_t part, std::int64_t whole)
{
    return make((part < 0) != (whole < 0), magnitude(part), magnitude(whole));
}

std::int64_t Percent::basisPoints() const
{
    // make() guarantees the magnitude fits.
    const auto mag = std::int64_t(roundedBasisPoints(m_num, m_den));
    return m_negative ? -mag : mag;
}

int Percent::sign() const
{
    if (m_num == 0)
        return 0;
    return m_negative ? -1 : 1;
}

Percent Percent::abs() const
{
    Percent p = *this;
    p.m_negative = false;
    return p;
}

QString Percent::toString(Style style) const
{
    const std::int64_t bp = basisPoints();
    const std::uint64_t mag = magnitude(bp);
    QString s;
    // Rounded to zero prints "0.00", not "-0.00".
    if (bp < 0)
        s += QLatin1Char('-');
    s += QString::number(mag / 100);
    s += QLatin1Char('.');
    s += QStringLiteral("%1").arg(mag % 100, 2, 10, QLatin1Char('0'));
    if (style == Style::WithPercentSign)
        s += QLatin1Char('%');
    return s;
}

bool operator==(const Percent &a, const Percent &b)
{
    return (a <=> b) == 0;
}

std::strong_ordering operator<=>(const Percent &a, const Percent &b)
{
    if (a.sign() != b.sign())
        return a.sign() <=> b.sign();
    // Same sign: compare magnitudes a.num/a.den vs b.num/b.den; each product < 2^128.
    const u128 lhs = u128(a.m_num) * b.m_den;
    const u128 rhs = u128(b.m_num) * a.m_den;
    const std::strong_ordering byMagnitude = lhs <=> rhs;
    return a.m_negative ? 0 <=> byMagnitude : byMagnitude;
}

} // namespace fa
