#include "money.h"

#include <QCoreApplication>

namespace fa {

std::optional<AmountUnit> amountUnitFromString(const QString &text)
{
    const QString t = text.trimmed();
    if (t == QStringLiteral("元") || t.compare(QLatin1String("yuan"), Qt::CaseInsensitive) == 0)
        return AmountUnit::Yuan;
    if (t == QStringLiteral("万元") || t.compare(QLatin1String("wanyuan"), Qt::CaseInsensitive) == 0)
        return AmountUnit::Wanyuan;
    return std::nullopt;
}

QString amountUnitName(AmountUnit unit)
{
    return unit == AmountUnit::Yuan ? QStringLiteral("元") : QStringLiteral("万元");
}

std::optional<Money> Money::plus(Money other) const
{
    std::int64_t r;
    if (__builtin_add_overflow(m_fen, other.m_fen, &r))
        return std::nullopt;
    return Money(r);
}

std::optional<Money> Money::minus(Money other) const
{
    std::int64_t r;
    if (__builtin_sub_overflow(m_fen, other.m_fen, &r))
        return std::nullopt;
    return Money(r);
}

std::optional<Money> Money::times(std::int64_t factor) const
{
    std::int64_t r;
    if (__builtin_mul_overflow(m_fen, factor, &r))
        return std::nullopt;
    return Money(r);
}

namespace {

// Magnitude without overflow for INT64_MIN.
std::uint64_t magnitude(std::int64_t v)
{
    return v < 0 ? std::uint64_t(0) - std::uint64_t(v) : std::uint64_t(v);
}

QString groupThousands(const QString &digits)
{
    QString out;
    out.reserve(digits.size() + digits.size() / 3);
    const qsizetype n = digits.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0)
            out += QLatin1Char(',');
        out += digits.at(i);
    }
    return out;
}

// Writes sign, integer part (optionally grouped) and exactly `decimals` decimals of
// `units`, a magnitude expressed in 10^-decimals of the unit.
QString formatFixed(bool negative, std::uint64_t units, int decimals, Money::Grouping grouping)
{
    std::uint64_t scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const std::uint64_t whole = units / scale;
    const std::uint64_t frac = units % scale;
    QString intPart = QString::number(whole);
    if (grouping == Money::Grouping::Thousands)
        intPart = groupThousands(intPart);
    QString s;
    if (negative && units != 0)
        s += QLatin1Char('-');
    s += intPart;
    if (decimals > 0) {
        s += QLatin1Char('.');
        s += QStringLiteral("%1").arg(frac, decimals, 10, QLatin1Char('0'));
    }
    return s;
}

} // namespace

Money Money::roundedToWanyuan() const
{
    const std::uint64_t mag = magnitude(m_fen);
    const std::uint64_t step = kFenPerWanyuanCent;
    std::uint64_t units = mag / step;
    if (mag % step >= step / 2)
        ++units;
    // Rounding away from zero can leave int64 at its very edges; there the result saturates at
    // the largest whole 0.01 万元 that fits (toWanyuanString() still shows the true rounding).
    const std::uint64_t limit = m_fen < 0 ? magnitude(INT64_MIN) : std::uint64_t(INT64_MAX);
    if (units * step > limit)
        --units;
    const std::uint64_t roundedMag = units * step;
    return Money(m_fen < 0 ? std::int64_t(0 - roundedMag) : std::int64_t(roundedMag));
}

QString Money::toYuanString(Grouping grouping) const
{
    return formatFixed(m_fen < 0, magnitude(m_fen), 2, grouping);
}

QString Money::toWanyuanString(Grouping grouping) const
{
    const std::uint64_t mag = magnitude(m_fen);
    const std::uint64_t step = kFenPerWanyuanCent;
    std::uint64_t units = mag / step;
    if (mag % step >= step / 2)
        ++units;
    return formatFixed(m_fen < 0, units, 2, grouping);
}

QString Money::toExactWanyuanString() const
{
    QString s = formatFixed(m_fen < 0, magnitude(m_fen), 6, Grouping::None);
    // Drop trailing zeros beyond the second decimal.
    while (s.endsWith(QLatin1Char('0')) && s.size() - s.indexOf(QLatin1Char('.')) > 3)
        s.chop(1);
    return s;
}

QString Money::toString(AmountUnit unit, Grouping grouping) const
{
    return unit == AmountUnit::Yuan ? toYuanString(grouping) : toWanyuanString(grouping);
}

Money::ParseResult Money::parseTyped(const QString &input, AmountUnit shown)
{
    // Full-width forms (U+FF01…U+FF5E, the full-width hyphen-minus U+FF0D among them) to ASCII,
    // the ideographic space to a space, and the minus signs that input methods and word
    // processors write (U+2212 MINUS SIGN, U+FE63 SMALL HYPHEN-MINUS) to '-'.
    QString text;
    text.reserve(input.size());
    for (QChar c : input) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            text += QChar(char16_t(u - 0xFF01 + 0x21));
        else if (u == 0x3000)
            text += QLatin1Char(' ');
        else if (u == 0x2212 || u == 0xFE63)
            text += QLatin1Char('-');
        else
            text += c;
    }
    text = text.trimmed();
    AmountUnit unit = shown;
    for (const auto &[suffix, meant] : {std::pair{QStringLiteral("万元"), AmountUnit::Wanyuan},
                                        std::pair{QStringLiteral("万"), AmountUnit::Wanyuan},
                                        std::pair{QStringLiteral("元"), AmountUnit::Yuan}}) {
        if (text.endsWith(suffix)) {
            text.chop(suffix.size());
            text = text.trimmed();
            unit = meant;
            break;
        }
    }
    // An accounting negative: (1,234.50).
    if (text.size() >= 2 && text.startsWith(QLatin1Char('(')) && text.endsWith(QLatin1Char(')'))) {
        const QString inner = text.mid(1, text.size() - 2).trimmed();
        if (inner.isEmpty() || inner.startsWith(QLatin1Char('-')) || inner.startsWith(QLatin1Char('+'))) {
            ParseResult result;
            result.error = ParseError::Syntax;
            return result;
        }
        text = QLatin1Char('-') + inner;
    }
    return parse(text, unit, true);
}

Money::ParseResult Money::parse(const QString &input, AmountUnit unit, bool allowGrouping)
{
    ParseResult result;
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        result.error = ParseError::Empty;
        return result;
    }
    // Reject absurd lengths before doing any work.
    if (text.size() > 64) {
        result.error = ParseError::Overflow;
        for (QChar c : text) {
            if (!(c.unicode() >= '0' && c.unicode() <= '9') && c != QLatin1Char('.') && c != QLatin1Char(',')
                && c != QLatin1Char('-') && c != QLatin1Char('+')) {
                result.error = ParseError::Syntax;
                break;
            }
        }
        return result;
    }

    const int scaleDigits = unit == AmountUnit::Yuan ? 2 : 6;
    qsizetype i = 0;
    bool negative = false;
    if (text.at(0) == QLatin1Char('-') || text.at(0) == QLatin1Char('+')) {
        negative = text.at(0) == QLatin1Char('-');
        ++i;
    }
    const qsizetype dot = text.indexOf(QLatin1Char('.'), i);
    const qsizetype intEnd = dot < 0 ? text.size() : dot;
    if (intEnd == i && (dot < 0 || dot + 1 >= text.size())) {
        result.error = ParseError::Syntax; // "-", ".", "-." …
        return result;
    }

    // Integer part: digits, optionally grouped by commas in threes.
    QString intDigits;
    const QStringView intPart = QStringView(text).mid(i, intEnd - i);
    if (intPart.contains(QLatin1Char(','))) {
        if (!allowGrouping) {
            result.error = ParseError::Syntax;
            return result;
        }
        const auto groups = intPart.split(QLatin1Char(','));
        for (qsizetype g = 0; g < groups.size(); ++g) {
            const auto &grp = groups.at(g);
            const bool sizeOk = g == 0 ? (grp.size() >= 1 && grp.size() <= 3) : grp.size() == 3;
            if (!sizeOk) {
                result.error = ParseError::Syntax;
                return result;
            }
            intDigits += grp.toString();
        }
    } else {
        intDigits = intPart.toString();
    }
    for (QChar c : intDigits) {
        if (c.unicode() < '0' || c.unicode() > '9') {
            result.error = ParseError::Syntax;
            return result;
        }
    }

    QString fracDigits;
    if (dot >= 0) {
        fracDigits = text.mid(dot + 1);
        if (fracDigits.isEmpty() && intDigits.isEmpty()) {
            result.error = ParseError::Syntax;
            return result;
        }
        for (QChar c : fracDigits) {
            if (c.unicode() < '0' || c.unicode() > '9') {
                result.error = ParseError::Syntax;
                return result;
            }
        }
    }
    // Digits beyond the unit's precision must be zeros: the amount has to be exact in 分.
    for (qsizetype k = scaleDigits; k < fracDigits.size(); ++k) {
        if (fracDigits.at(k) != QLatin1Char('0')) {
            result.error = ParseError::TooManyDecimals;
            return result;
        }
    }
    fracDigits = fracDigits.left(scaleDigits).leftJustified(scaleDigits, QLatin1Char('0'));

    // Accumulate the magnitude in 10^-scaleDigits units, then convert to 分.
    std::uint64_t units = 0;
    const QString all = intDigits + fracDigits;
    for (QChar c : all) {
        const unsigned d = c.unicode() - '0';
        if (__builtin_mul_overflow(units, std::uint64_t(10), &units)
            || __builtin_add_overflow(units, std::uint64_t(d), &units)) {
            result.error = ParseError::Overflow;
            return result;
        }
    }
    // Either way one unit is now 1 分: 10^-2 元, or 10^-6 万元.
    const std::uint64_t fenMag = units;
    const std::uint64_t limit = negative ? magnitude(INT64_MIN) : std::uint64_t(INT64_MAX);
    if (fenMag > limit) {
        result.error = ParseError::Overflow;
        return result;
    }
    result.value = negative ? Money(std::int64_t(0 - fenMag)) : Money(std::int64_t(fenMag));
    return result;
}

Money::ParseResult Money::parseInterchange(const QString &text, AmountUnit unit)
{
    ParseResult result;
    if (text.isEmpty()) {
        result.error = ParseError::Empty;
        return result;
    }
    // -?(0|[1-9][0-9]*)(\.[0-9]+)? in ASCII, and nothing around it.
    const auto isDigit = [](QChar c) { return c.unicode() >= '0' && c.unicode() <= '9'; };
    const qsizetype n = text.size();
    const bool negative = text.at(0) == QLatin1Char('-');
    qsizetype i = negative ? 1 : 0;
    const qsizetype intStart = i;
    while (i < n && isDigit(text.at(i)))
        ++i;
    const qsizetype intLen = i - intStart;
    qsizetype fracStart = i;
    qsizetype fracLen = 0;
    bool point = false;
    if (i < n && text.at(i) == QLatin1Char('.')) {
        point = true;
        fracStart = ++i;
        while (i < n && isDigit(text.at(i)))
            ++i;
        fracLen = i - fracStart;
    }
    if (i != n || intLen == 0 || (point && fracLen == 0) || (intLen > 1 && text.at(intStart) == QLatin1Char('0'))) {
        result.error = ParseError::Syntax;
        return result;
    }

    // Digits beyond the unit's precision must be zeros: the amount has to be exact in 分.
    const int scaleDigits = unit == AmountUnit::Yuan ? 2 : 6;
    for (qsizetype k = scaleDigits; k < fracLen; ++k) {
        if (text.at(fracStart + k) != QLatin1Char('0')) {
            result.error = ParseError::TooManyDecimals;
            return result;
        }
    }
    // The magnitude in 分 (10^-2 元 or 10^-6 万元): the integer digits, then exactly scaleDigits decimals.
    std::uint64_t fenMag = 0;
    const auto push = [&](unsigned d) {
        return !__builtin_mul_overflow(fenMag, std::uint64_t(10), &fenMag)
            && !__builtin_add_overflow(fenMag, std::uint64_t(d), &fenMag);
    };
    bool fits = true;
    for (qsizetype k = intStart; fits && k < intStart + intLen; ++k)
        fits = push(text.at(k).unicode() - '0');
    for (qsizetype k = 0; fits && k < scaleDigits; ++k)
        fits = push(k < fracLen ? text.at(fracStart + k).unicode() - '0' : 0);
    const std::uint64_t limit = negative ? magnitude(INT64_MIN) : std::uint64_t(INT64_MAX);
    if (!fits || fenMag > limit) {
        result.error = ParseError::Overflow;
        return result;
    }
    result.value = negative ? Money(std::int64_t(0 - fenMag)) : Money(std::int64_t(fenMag));
    return result;
}

QString Money::parseErrorMessage(ParseError error)
{
    switch (error) {
    case ParseError::Empty:
        return QCoreApplication::translate("Money", "The amount is empty.");
    case ParseError::Syntax:
        return QCoreApplication::translate("Money", "The amount is not a number.");
    case ParseError::TooManyDecimals:
        return QCoreApplication::translate("Money", "The amount has more decimals than 分 allow.");
    case ParseError::Overflow:
        return QCoreApplication::translate("Money", "The amount is too large.");
    }
    return {};
}

} // namespace fa
