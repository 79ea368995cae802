#include "scoring.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <limits>

namespace fa {

namespace {

// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Scoring)
};

using i128 = __int128;
using u128 = unsigned __int128;

constexpr std::array<std::int64_t, 19> kPow10 = {
    1LL,
    10LL,
    100LL,
    1000LL,
    10000LL,
    100000LL,
    1000000LL,
    10000000LL,
    100000000LL,
    1000000000LL,
    10000000000LL,
    100000000000LL,
    1000000000000LL,
    10000000000000LL,
    100000000000000LL,
    1000000000000000LL,
    10000000000000000LL,
    100000000000000000LL,
    1000000000000000000LL,
};

i128 abs128(i128 v)
{
    return v < 0 ? -v : v;
}

u128 gcd128(u128 a, u128 b)
{
    while (b != 0) {
        const u128 t = a % b;
        a = b;
        b = t;
    }
    return a;
}

// Both values at their common (larger) scale. |units| < 10^18 and a scale difference of at most
// Decimal::kMaxScale keep each result below 10^24.
struct Aligned {
    i128 a = 0;
    i128 b = 0;
    int scale = 0;
};

Aligned align(const Decimal &a, const Decimal &b)
{
    // Decimals from parseTarget() keep 0 ≤ scale ≤ kMaxScale; the clamp only keeps a hand-made one
    // from indexing out of the table (its value is then wrong, but nothing overflows 128 bits).
    const int as = std::clamp(a.scale, 0, Decimal::kMaxScale);
    const int bs = std::clamp(b.scale, 0, Decimal::kMaxScale);
    const int s = std::max(as, bs);
    return {i128(a.units) * kPow10[std::size_t(s - as)], i128(b.units) * kPow10[std::size_t(s - bs)], s};
}

// weight × num / den rounded half up (the values are non-negative, so half up is half away
// from zero), the only rounding of a score. num ≤ den in every use, den > 0; weight ≤ 10^8
// hundredths and num < 10^25 keep the product inside 128 bits.
Points proportion(Points weight, u128 num, u128 den)
{
    const u128 product = u128(weight.hundredths()) * num;
    u128 q = product / den;
    const u128 rest = product % den;
    if (2 * rest >= den)
        ++q;
    return Points::fromHundredths(std::int64_t(q));
}

// num / den as a Percent (a ratio: 0.5 prints "50.00"), reduced first; nullopt when it does not fit.
std::optional<Percent> percentOf(i128 num, i128 den)
{
    if (den == 0)
        return std::nullopt;
    const bool negative = (num < 0) != (den < 0);
    u128 n = u128(abs128(num));
    u128 d = u128(abs128(den));
    const u128 g = gcd128(n, d);
    if (g > 1) {
        n /= g;
        d /= g;
    }
    constexpr u128 kMax = u128(std::numeric_limits<std::int64_t>::max());
    if (n > kMax || d > kMax)
        return std::nullopt;
    return Percent::ofCounts(negative ? -std::int64_t(n) : std::int64_t(n), std::int64_t(d));
}

bool validWeight(Points weight)
{
    return weight.hundredths() >= 0 && weight.hundredths() <= kMaxWeightHundredths;
}

// Full-width forms to ASCII (NFKC), the PDF extraction's LaTeX ("$\geq 95\%$") undone, the
// look-alike comparison signs and minus to one form, every space removed, and trailing
// punctuation dropped.
QString fold(const QString &text)
{
    QString s = text.normalized(QString::NormalizationForm_KC);
    if (s.contains(QLatin1Char('\\')) || s.contains(QLatin1Char('$'))) {
        s.remove(QLatin1Char('$'));
        s.replace(QStringLiteral("\\geqslant"), QStringLiteral("≥"));
        s.replace(QStringLiteral("\\leqslant"), QStringLiteral("≤"));
        s.replace(QStringLiteral("\\geq"), QStringLiteral("≥"));
        s.replace(QStringLiteral("\\leq"), QStringLiteral("≤"));
        s.replace(QStringLiteral("\\ge"), QStringLiteral("≥"));
        s.replace(QStringLiteral("\\le"), QStringLiteral("≤"));
        s.replace(QStringLiteral("\\gt"), QStringLiteral(">"));
        s.replace(QStringLiteral("\\lt"), QStringLiteral("<"));
        s.replace(QStringLiteral("\\%"), QStringLiteral("%"));
    }
    QString out;
    out.reserve(s.size());
    for (const QChar c : std::as_const(s)) {
        if (c.isSpace())
            continue;
        switch (c.unicode()) {
        case 0x2267: // ≧
        case 0x2A7E: // ⩾
            out += QChar(0x2265); // ≥
            break;
        case 0x2266: // ≦
        case 0x2A7D: // ⩽
            out += QChar(0x2264); // ≤
            break;
        case 0x2212: // − MINUS SIGN
            out += QLatin1Char('-');
            break;
        default:
            out += c;
        }
    }
    static const QString kTrailing = QStringLiteral("。；;，,、");
    while (!out.isEmpty() && kTrailing.contains(out.back()))
        out.chop(1);
    return out;
}

struct OperatorSpelling {
    const char16_t *text;
    Target::Comparison comparison;
};

// Longest spellings first where one is a prefix of another (">=" before ">").
constexpr OperatorSpelling kOperators[] = {
    {u">=", Target::Comparison::AtLeast},
    {u"≥", Target::Comparison::AtLeast},
    {u"<=", Target::Comparison::AtMost},
    {u"≤", Target::Comparison::AtMost},
    {u"==", Target::Comparison::Equal},
    {u"=", Target::Comparison::Equal},
    {u">", Target::Comparison::Greater},
    {u"<", Target::Comparison::Less},
    {u"不低于", Target::Comparison::AtLeast},
    {u"不少于", Target::Comparison::AtLeast},
    {u"不小于", Target::Comparison::AtLeast},
    {u"不高于", Target::Comparison::AtMost},
    {u"不超过", Target::Comparison::AtMost},
    {u"不多于", Target::Comparison::AtMost},
    {u"不大于", Target::Comparison::AtMost},
    {u"大于", Target::Comparison::Greater},
    {u"高于", Target::Comparison::Greater},
    {u"超过", Target::Comparison::Greater},
    {u"多于", Target::Comparison::Greater},
    {u"小于", Target::Comparison::Less},
    {u"低于", Target::Comparison::Less},
    {u"少于", Target::Comparison::Less},
    {u"等于", Target::Comparison::Equal},
};

struct OperatorSuffix {
    const char16_t *text;
    Target::Comparison comparison;
};

constexpr OperatorSuffix kSuffixes[] = {
    {u"及以上", Target::Comparison::AtLeast},
    {u"以上", Target::Comparison::AtLeast},
    {u"及以下", Target::Comparison::AtMost},
    {u"以下", Target::Comparison::AtMost},
    {u"以内", Target::Comparison::AtMost},
};

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool containsDigit(const QString &s)
{
    return std::any_of(s.begin(), s.end(), isDigit);
}

struct NumberRead {
    bool found = false; // a number starts here (digits, or a sign or '.' followed by a digit)
    Target::Problem problem = Target::Problem::None;
    Decimal value;
    qsizetype end = 0;
};

// Reads [+-]digits[,ddd…][.digits] at `from`.
NumberRead readNumber(const QString &s, qsizetype from)
{
    NumberRead r;
    qsizetype i = from;
    bool negative = false;
    if (i < s.size() && (s[i] == QLatin1Char('+') || s[i] == QLatin1Char('-'))) {
        negative = s[i] == QLatin1Char('-');
        ++i;
    }
    const qsizetype intStart = i;
    while (i < s.size() && (isDigit(s[i]) || s[i] == QLatin1Char(',')))
        ++i;
    QString intPart = s.mid(intStart, i - intStart);
    QString fracPart;
    bool point = false;
    if (i < s.size() && s[i] == QLatin1Char('.')) {
        point = true;
        ++i;
        const qsizetype fracStart = i;
        while (i < s.size() && isDigit(s[i]))
            ++i;
        fracPart = s.mid(fracStart, i - fracStart);
    }
    if (!containsDigit(intPart) && fracPart.isEmpty())
        return r; // no number here
    r.found = true;
    r.end = i;
    // Thousands separators: a first group of 1–3 digits, then groups of exactly 3.
    if (intPart.contains(QLatin1Char(','))) {
        const QStringList groups = intPart.split(QLatin1Char(','));
        bool ok = groups.front().size() >= 1 && groups.front().size() <= 3;
        for (qsizetype g = 1; g < groups.size(); ++g)
            ok = ok && groups[g].size() == 3;
        if (!ok) {
            r.problem = Target::Problem::MalformedNumber;
            return r;
        }
        intPart.remove(QLatin1Char(','));
    }
    if (point && fracPart.isEmpty()) { // "95."
        r.problem = Target::Problem::MalformedNumber;
        return r;
    }
    while (!intPart.isEmpty() && intPart.front() == QLatin1Char('0'))
        intPart.remove(0, 1);
    while (!fracPart.isEmpty() && fracPart.back() == QLatin1Char('0'))
        fracPart.chop(1);
    if (fracPart.size() > Decimal::kMaxScale) {
        r.problem = Target::Problem::TooManyDecimals;
        return r;
    }
    if (intPart.size() + fracPart.size() > 18) {
        r.problem = Target::Problem::NumberTooLarge;
        return r;
    }
    std::int64_t units = 0;
    for (const QChar c : intPart + fracPart)
        units = units * 10 + (c.unicode() - u'0');
    r.value.units = negative ? -units : units;
    r.value.scale = int(fracPart.size());
    return r;
}

QString unitText(const QString &unit)
{
    return unit.isEmpty() ? Tr::tr("no unit") : unit;
}

QString shown(const Target &t)
{
    return t.folded.isEmpty() ? t.text.trimmed() : t.folded;
}

QString problemText(Target::Problem problem)
{
    switch (problem) {
    case Target::Problem::None:
        return {};
    case Target::Problem::Empty:
        return Tr::tr("it is empty");
    case Target::Problem::OperatorWithoutFigure:
        return Tr::tr("a comparison sign is not followed by a figure");
    case Target::Problem::MalformedNumber:
        return Tr::tr("the figure is malformed");
    case Target::Problem::NumberTooLarge:
        return Tr::tr("the figure has more than 18 digits");
    case Target::Problem::TooManyDecimals:
        return Tr::tr("the figure has more than 6 decimals");
    case Target::Problem::SeveralFigures:
        return Tr::tr("it holds more than one figure");
    case Target::Problem::FigureInText:
        return Tr::tr("its figure is inside a text");
    }
    return {};
}

// A problem that makes the text unusable, as opposed to plain qualitative words.
bool isReadingFailure(Target::Problem problem)
{
    switch (problem) {
    case Target::Problem::OperatorWithoutFigure:
    case Target::Problem::MalformedNumber:
    case Target::Problem::NumberTooLarge:
    case Target::Problem::TooManyDecimals:
        return true;
    default:
        return false;
    }
}

// 实际 words that say the target was reached.
bool isReachedWord(const QString &folded)
{
    static const QStringList kWords = {
        QStringLiteral("完成"), QStringLiteral("已完成"), QStringLiteral("全部完成"), QStringLiteral("按时完成"),
        QStringLiteral("达成"), QStringLiteral("已达成"), QStringLiteral("达到"),     QStringLiteral("已达到"),
        QStringLiteral("达标"), QStringLiteral("已达标"), QStringLiteral("实现"),     QStringLiteral("已实现"),
        QStringLiteral("是"),
    };
    return kWords.contains(folded);
}

int bandRank(Band band)
{
    return band == Band::Good ? 0 : band == Band::FairlyGood ? 1 : band == Band::Average ? 2 : 3;
}

struct BandBounds {
    int lowPercent;
    int highPercent;
    bool highInclusive;
};

BandBounds bandBounds(Band band)
{
    switch (band) {
    case Band::Good:
        return {90, 100, true};
    case Band::FairlyGood:
        return {80, 90, false};
    case Band::Average:
        return {60, 80, false};
    case Band::Poor:
        return {0, 60, false};
    }
    return {0, 60, false};
}

void setExact(IndicatorScore &r, Points score)
{
    r.computable = true;
    r.range = {score, score};
}

void setFull(IndicatorScore &r)
{
    setExact(r, r.weight);
    r.met = true;
    r.deviation = Percent();
}

IndicatorScore scoreQualitative(const Target &t, const Actual &a, IndicatorScore r)
{
    const QString w = r.weight.toString();
    if (a.isQuantitative()) {
        if (a.explicitOperator && a.comparison != Target::Comparison::Equal) {
            r.explanation = Tr::tr("The actual value %1 is a bound, not a value: the score cannot be computed.").arg(shown(a));
            return r;
        }
        if (a.unit != QLatin1String("%")) {
            r.explanation = Tr::tr("The target %1 is qualitative but the actual value %2 is a figure that is not a rating in "
                                   "percent: they cannot be compared.")
                                .arg(shown(t), shown(a));
            return r;
        }
        // [S] the percentage is the evaluator's rating of a qualitative target: 分值 × rating.
        const Decimal p = *a.value;
        const Decimal hundred{100, 0};
        if (p.isNegative() || p > hundred) {
            r.explanation = Tr::tr("A rating of a qualitative target must lie between 0% and 100%; %1 does not.").arg(shown(a));
            return r;
        }
        const i128 whole = i128(100) * kPow10[std::size_t(p.scale)];
        setExact(r, proportion(r.weight, u128(p.units), u128(whole)));
        r.band = bandOfRating(p);
        r.met = p == hundred;
        r.deviation = percentOf(i128(p.units) - whole, whole);
        r.explanation = Tr::tr("The qualitative target %1 is rated %2%: %3 × %2% = %4 points, in the band %5 (注5).")
                            .arg(shown(t), p.toString(), w, r.range.low.toString(), bandName(*r.band));
        return r;
    }
    if (a.folded == t.folded) {
        setFull(r);
        r.explanation = Tr::tr("The actual value repeats the target's words (%1): met, the full %2 points.").arg(shown(a), w);
        return r;
    }
    if (isReachedWord(a.folded)) {
        setFull(r);
        r.explanation = Tr::tr("The actual value %1 says the target %2 was reached: the full %3 points.").arg(shown(a), shown(t), w);
        return r;
    }
    if (const std::optional<Band> band = bandFromWord(a.folded)) {
        const std::optional<Band> targetBand = bandFromWord(t.folded);
        if (targetBand && bandRank(*band) <= bandRank(*targetBand)) {
            setFull(r);
            r.band = band;
            r.explanation = Tr::tr("The result %1 is at least the targeted %2: met, the full %3 points.")
                                .arg(bandName(*band), bandName(*targetBand), w);
            return r;
        }
        const std::optional<ScoreRange> range = bandRange(*band, r.weight);
        if (!range) {
            r.explanation = Tr::tr("No score in hundredths of a point lies in the band %1 of %2 points.").arg(bandName(*band), w);
            return r;
        }
        r.computable = true;
        r.band = band;
        r.range = *range;
        r.met = false;
        r.explanation = Tr::tr("Qualitative result %1: the band %1 gives %2 to %3 of the %4 points (注5); the score inside "
                               "the band is the evaluator's to set.")
                            .arg(bandName(*band), range->low.toString(), range->high.toString(), w);
        return r;
    }
    r.explanation = Tr::tr("Cannot tell how far %1 reaches the qualitative target %2: type a rating in percent or one of "
                           "好, 较好, 一般, 较差.")
                        .arg(shown(a), shown(t));
    return r;
}

IndicatorScore scoreQuantitative(const Target &t, const Actual &a, IndicatorScore r)
{
    const QString w = r.weight.toString();
    if (!a.isQuantitative()) {
        r.explanation = Tr::tr("The target %1 is a figure but the actual value %2 is not: they cannot be compared.").arg(shown(t), shown(a));
        return r;
    }
    if (a.explicitOperator && a.comparison != Target::Comparison::Equal) {
        r.explanation = Tr::tr("The actual value %1 is a bound, not a value: the score cannot be computed.").arg(shown(a));
        return r;
    }
    if (a.unit != t.unit) {
        r.explanation = Tr::tr("The target is in %1 but the actual value in %2: values in different units are not compared.")
                            .arg(unitText(t.unit), unitText(a.unit));
        return r;
    }
    const Aligned al = align(*a.value, *t.value);
    const i128 A = al.a;
    const i128 T = al.b;
    bool met = false;
    switch (t.comparison) {
    case Target::Comparison::AtLeast:
        met = A >= T;
        break;
    case Target::Comparison::AtMost:
        met = A <= T;
        break;
    case Target::Comparison::Equal:
        met = A == T;
        break;
    case Target::Comparison::Greater:
        met = A > T;
        break;
    case Target::Comparison::Less:
        met = A < T;
        break;
    case Target::Comparison::Qualitative:
        break;
    }
    if (met) {
        setFull(r);
        r.explanation = Tr::tr("Met: %1 against the target %2: the full %3 points.").arg(shown(a), shown(t), w);
        return r;
    }
    if (A < 0 || T < 0) {
        r.explanation = Tr::tr("Missed: %1 against the target %2; a proportion of negative values has no meaning, so the "
                               "score is not computed.")
                            .arg(shown(a), shown(t));
        return r;
    }
    r.deviation = percentOf(A - T, T); // absent for a zero target
    // 注5 "按照完成值与指标值的比例计分", read with the target's direction: the fraction is ≤ 1.
    i128 num = 0;
    i128 den = 0;
    QString formula;
    const QString av = a.value->toString();
    const QString tv = t.value->toString();
    switch (t.comparison) {
    case Target::Comparison::AtLeast:
    case Target::Comparison::Greater:
        num = A;
        den = T;
        formula = QStringLiteral("%1/%2").arg(av, tv);
        break;
    case Target::Comparison::AtMost:
    case Target::Comparison::Less:
        num = T;
        den = A;
        formula = QStringLiteral("%1/%2").arg(tv, av);
        break;
    case Target::Comparison::Equal:
        num = std::min(A, T);
        den = std::max(A, T);
        formula = A < T ? QStringLiteral("%1/%2").arg(av, tv) : QStringLiteral("%1/%2").arg(tv, av);
        break;
    case Target::Comparison::Qualitative:
        break;
    }
    if (den == 0) {
        setExact(r, Points());
        r.explanation = Tr::tr("Missed: %1 against the target %2; the proportion would be 0/0 and nothing of the target was "
                               "achieved: 0 points.")
                            .arg(shown(a), shown(t));
        return r;
    }
    setExact(r, proportion(r.weight, u128(num), u128(den)));
    r.explanation = Tr::tr("Missed: %1 against the target %2: %3 × %4 = %5 points (注5).")
                        .arg(shown(a), shown(t), w, formula, r.range.low.toString());
    return r;
}

} // namespace

// --- Decimal --------------------------------------------------------------------------------

QString Decimal::toString() const
{
    const bool negative = units < 0;
    // |units| ≤ kMaxUnits, so the negation cannot overflow.
    std::int64_t mag = negative ? -units : units;
    int s = scale;
    while (s > 0 && mag % 10 == 0) {
        mag /= 10;
        --s;
    }
    const std::int64_t p = kPow10[std::size_t(std::clamp(s, 0, 18))];
    QString out = negative ? QStringLiteral("-") : QString();
    out += QString::number(mag / p);
    if (s > 0)
        out += QLatin1Char('.') + QStringLiteral("%1").arg(mag % p, s, 10, QLatin1Char('0'));
    return out;
}

std::strong_ordering operator<=>(const Decimal &a, const Decimal &b)
{
    const Aligned al = align(a, b);
    return al.a < al.b ? std::strong_ordering::less : al.a > al.b ? std::strong_ordering::greater : std::strong_ordering::equal;
}

// --- Points ---------------------------------------------------------------------------------

std::optional<Points> Points::parse(const QString &text)
{
    const QString s = fold(text);
    if (s.isEmpty())
        return std::nullopt;
    const qsizetype point = s.indexOf(QLatin1Char('.'));
    const QString whole = point < 0 ? s : s.left(point);
    const QString frac = point < 0 ? QString() : s.mid(point + 1);
    if (whole.isEmpty() || whole.size() > 15 || !std::all_of(whole.begin(), whole.end(), isDigit))
        return std::nullopt;
    if ((point >= 0 && frac.isEmpty()) || frac.size() > 2 || !std::all_of(frac.begin(), frac.end(), isDigit))
        return std::nullopt;
    std::int64_t h = 0;
    for (const QChar c : whole)
        h = h * 10 + (c.unicode() - u'0');
    h *= 100;
    if (frac.size() >= 1)
        h += 10 * (frac[0].unicode() - u'0');
    if (frac.size() == 2)
        h += frac[1].unicode() - u'0';
    return Points::fromHundredths(h);
}

QString Points::toString() const
{
    const bool negative = m_hundredths < 0;
    const std::uint64_t mag = negative ? std::uint64_t(0) - std::uint64_t(m_hundredths) : std::uint64_t(m_hundredths);
    return (negative ? QStringLiteral("-") : QString()) + QString::number(mag / 100) + QLatin1Char('.')
        + QStringLiteral("%1").arg(mag % 100, 2, 10, QLatin1Char('0'));
}

QString Points::toShortString() const
{
    QString s = toString();
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s;
}

// --- Targets --------------------------------------------------------------------------------

Target parseTarget(const QString &text)
{
    Target t;
    t.text = text;
    const QString s = fold(text);
    t.folded = s;
    if (s.isEmpty()) {
        t.problem = Target::Problem::Empty;
        return t;
    }
    Target::Comparison comparison = Target::Comparison::Equal;
    qsizetype pos = 0;
    for (const OperatorSpelling &op : kOperators) {
        const QString spelling = QString::fromUtf16(op.text);
        if (s.startsWith(spelling)) {
            comparison = op.comparison;
            pos = spelling.size();
            t.explicitOperator = true;
            break;
        }
    }
    const NumberRead number = readNumber(s, pos);
    if (!number.found) {
        if (t.explicitOperator)
            t.problem = Target::Problem::OperatorWithoutFigure;
        else if (containsDigit(s))
            t.problem = Target::Problem::FigureInText;
        return t; // qualitative
    }
    if (number.problem != Target::Problem::None) {
        t.problem = number.problem;
        return t;
    }
    QString unit = s.mid(number.end);
    if (!t.explicitOperator) {
        for (const OperatorSuffix &suffix : kSuffixes) {
            const QString spelling = QString::fromUtf16(suffix.text);
            if (unit.endsWith(spelling)) {
                unit.chop(spelling.size());
                comparison = suffix.comparison;
                t.explicitOperator = true;
                break;
            }
        }
    }
    if (containsDigit(unit)) {
        t.problem = Target::Problem::SeveralFigures;
        t.explicitOperator = false;
        return t; // qualitative
    }
    t.comparison = comparison;
    t.value = number.value;
    t.unit = unit;
    return t;
}

QString comparisonSymbol(Target::Comparison comparison)
{
    switch (comparison) {
    case Target::Comparison::AtLeast:
        return QStringLiteral("≥");
    case Target::Comparison::AtMost:
        return QStringLiteral("≤");
    case Target::Comparison::Equal:
        return QStringLiteral("=");
    case Target::Comparison::Greater:
        return QStringLiteral(">");
    case Target::Comparison::Less:
        return QStringLiteral("<");
    case Target::Comparison::Qualitative:
        return {};
    }
    return {};
}

// --- Bands ----------------------------------------------------------------------------------

QString bandName(Band band)
{
    switch (band) {
    case Band::Good:
        return QStringLiteral("好");
    case Band::FairlyGood:
        return QStringLiteral("较好");
    case Band::Average:
        return QStringLiteral("一般");
    case Band::Poor:
        return QStringLiteral("较差");
    }
    return {};
}

std::optional<Band> bandFromWord(const QString &word)
{
    const QString w = fold(word);
    for (const Band b : {Band::Good, Band::FairlyGood, Band::Average, Band::Poor})
        if (w == bandName(b))
            return b;
    return std::nullopt;
}

Band bandOfRating(const Decimal &percent)
{
    if (percent >= Decimal{90, 0})
        return Band::Good;
    if (percent >= Decimal{80, 0})
        return Band::FairlyGood;
    if (percent >= Decimal{60, 0})
        return Band::Average;
    return Band::Poor;
}

std::optional<ScoreRange> bandRange(Band band, Points weight)
{
    if (!validWeight(weight))
        return std::nullopt;
    if (weight.hundredths() == 0)
        return ScoreRange{};
    const BandBounds b = bandBounds(band);
    const std::int64_t w = weight.hundredths();
    // ⌈w·p/100⌉ and ⌊w·p/100⌋ for w ≥ 0 (w·p < 10^11: no overflow).
    const auto ceilOf = [w](int p) { return (w * p + 99) / 100; };
    const auto floorOf = [w](int p) { return (w * p) / 100; };
    const std::int64_t low = ceilOf(b.lowPercent);
    const std::int64_t high = b.highInclusive ? floorOf(b.highPercent) : ceilOf(b.highPercent) - 1;
    if (low > high)
        return std::nullopt;
    return ScoreRange{Points::fromHundredths(low), Points::fromHundredths(high)};
}

// --- Indicators -----------------------------------------------------------------------------

IndicatorScore scoreIndicator(const Target &target, const Actual &actual, Points weight)
{
    IndicatorScore r;
    r.weight = weight;
    if (!validWeight(weight)) {
        r.explanation = Tr::tr("The 分值 %1 is out of range.").arg(weight.toString());
        return r;
    }
    if (target.problem == Target::Problem::Empty) {
        r.explanation = Tr::tr("No target (年度指标值) is given.");
        return r;
    }
    if (actual.problem == Target::Problem::Empty) {
        r.explanation = Tr::tr("No actual value (实际完成值) is given.");
        return r;
    }
    if (isReadingFailure(target.problem)) {
        r.explanation = Tr::tr("The target %1 cannot be read: %2.").arg(shown(target), problemText(target.problem));
        return r;
    }
    if (isReadingFailure(actual.problem)) {
        r.explanation = Tr::tr("The actual value %1 cannot be read: %2.").arg(shown(actual), problemText(actual.problem));
        return r;
    }
    return target.isQuantitative() ? scoreQuantitative(target, actual, r) : scoreQualitative(target, actual, r);
}

IndicatorScore scoreIndicator(const QString &target, const QString &actual, Points weight)
{
    return scoreIndicator(parseTarget(target), parseActual(actual), weight);
}

// --- 执行率 ----------------------------------------------------------------------------------

ExecutionScore scoreExecution(Money fullYearBudget, Money executed, Points weight)
{
    ExecutionScore r;
    r.weight = weight;
    if (!validWeight(weight)) {
        r.explanation = Tr::tr("The 分值 %1 is out of range.").arg(weight.toString());
        return r;
    }
    const auto wan = [](Money m) { return Tr::tr("%1 万元").arg(m.toExactWanyuanString()); };
    if (fullYearBudget.isZero()) {
        r.explanation = Tr::tr("The 全年预算数 is zero: there is no 执行率 and no score for it.");
        return r;
    }
    r.rate = Percent::ratio(executed, fullYearBudget);
    if (fullYearBudget.isNegative() || executed.isNegative()) {
        r.explanation = Tr::tr("The 全年预算数 %1 or the 全年执行数 %2 is negative: the 执行率 is not scored.")
                            .arg(wan(fullYearBudget), wan(executed));
        return r;
    }
    r.computable = true;
    const QString rate = r.rate ? r.rate->toString(Percent::Style::WithPercentSign) : Tr::tr("(too large to show)");
    if (executed >= fullYearBudget) {
        r.score = weight;
        r.explanation = Tr::tr("执行率 %1 = %2 ÷ %3: the full %4 points (never more than the 分值).")
                            .arg(rate, wan(executed), wan(fullYearBudget), weight.toString());
        return r;
    }
    r.score = proportion(weight, u128(executed.fen()), u128(fullYearBudget.fen()));
    r.explanation = Tr::tr("执行率 %1 = %2 ÷ %3: %4 × %1 = %5 points.")
                        .arg(rate, wan(executed), wan(fullYearBudget), weight.toString(), r.score.toString());
    return r;
}

std::optional<Points> fundManagementItemScore(Points itemWeight, std::int64_t violations)
{
    if (!validWeight(itemWeight) || violations < 0)
        return std::nullopt;
    // 注1: one point per violation, "扣完为止". Compared before multiplying: no overflow.
    if (violations >= itemWeight.hundredths() / 100 + 1)
        return Points();
    return Points::fromHundredths(std::max<std::int64_t>(0, itemWeight.hundredths() - violations * 100));
}

// --- Weights --------------------------------------------------------------------------------

QString levelOneName(LevelOne level)
{
    switch (level) {
    case LevelOne::Cost:
        return QStringLiteral("成本指标");
    case LevelOne::Output:
        return QStringLiteral("产出指标");
    case LevelOne::Benefit:
        return QStringLiteral("效益指标");
    case LevelOne::Satisfaction:
        return QStringLiteral("满意度指标");
    }
    return {};
}

std::optional<LevelOne> levelOneFromText(const QString &text)
{
    QString s = fold(text);
    if (s.endsWith(QStringLiteral("指标")))
        s.chop(2);
    if (s == QStringLiteral("成本"))
        return LevelOne::Cost;
    if (s == QStringLiteral("产出"))
        return LevelOne::Output;
    if (s == QStringLiteral("效益"))
        return LevelOne::Benefit;
    if (s == QStringLiteral("满意度"))
        return LevelOne::Satisfaction;
    return std::nullopt;
}

namespace {

// 注2's weight of each 一级 given which of the two optional ones are set, before 注3.
struct BaseWeights {
    Points cost, output, benefit, satisfaction;
};

BaseWeights baseWeights(const LevelOnePresence &present)
{
    return {
        present.cost ? Points::fromWhole(10) : Points(),
        Points::fromWhole(present.cost ? 30 : 40),
        Points::fromWhole(present.satisfaction ? 25 : 30),
        present.satisfaction ? Points::fromWhole(5) : Points(),
    };
}

} // namespace

Points ProjectWeights::of(LevelOne level) const
{
    switch (level) {
    case LevelOne::Cost:
        return cost;
    case LevelOne::Output:
        return output;
    case LevelOne::Benefit:
        return benefit;
    case LevelOne::Satisfaction:
        return satisfaction;
    }
    return {};
}

Points ProjectWeights::total() const
{
    return Points::fromHundredths(execution.hundredths() + fundManagement.hundredths() + cost.hundredths()
                                  + output.hundredths() + benefit.hundredths() + satisfaction.hundredths());
}

ProjectWeights projectWeights(LevelOnePresence present)
{
    const BaseWeights base = baseWeights(present);
    ProjectWeights w;
    w.execution = Points::fromWhole(10);
    w.fundManagement = Points::fromWhole(20);
    w.cost = base.cost;
    w.satisfaction = base.satisfaction;
    w.output = present.output ? base.output : Points();
    w.benefit = present.benefit ? base.benefit : Points();
    w.forfeited = Points::fromHundredths((present.output ? 0 : base.output.hundredths())
                                         + (present.benefit ? 0 : base.benefit.hundredths()));
    return w;
}

WeightSum checkWeightsAddUp(const std::vector<Points> &weights)
{
    WeightSum r;
    std::int64_t sum = 0;
    for (const Points p : weights) {
        if (__builtin_add_overflow(sum, p.hundredths(), &sum)) {
            r.overflow = true;
            return r;
        }
    }
    r.sum = Points::fromHundredths(sum);
    r.addsUpTo100 = sum == 100 * 100;
    return r;
}

std::vector<LevelOneMismatch> checkLevelOneWeights(const std::vector<std::pair<LevelOne, Points>> &indicators)
{
    LevelOnePresence present{false, false, false, false};
    std::array<i128, 4> found{};
    for (const auto &[level, weight] : indicators) {
        found[std::size_t(level)] += weight.hundredths();
        switch (level) {
        case LevelOne::Cost:
            present.cost = true;
            break;
        case LevelOne::Output:
            present.output = true;
            break;
        case LevelOne::Benefit:
            present.benefit = true;
            break;
        case LevelOne::Satisfaction:
            present.satisfaction = true;
            break;
        }
    }
    const ProjectWeights expected = projectWeights(present);
    const BaseWeights base = baseWeights(present);
    std::vector<LevelOneMismatch> out;
    const auto clamp64 = [](i128 v) {
        constexpr i128 kMax = std::numeric_limits<std::int64_t>::max();
        constexpr i128 kMin = std::numeric_limits<std::int64_t>::min();
        return Points::fromHundredths(std::int64_t(std::clamp(v, kMin, kMax)));
    };
    for (const LevelOne level : {LevelOne::Cost, LevelOne::Output, LevelOne::Benefit, LevelOne::Satisfaction}) {
        const i128 f = found[std::size_t(level)];
        if (level == LevelOne::Output && !present.output) {
            out.push_back({level, base.output, Points()});
            continue;
        }
        if (level == LevelOne::Benefit && !present.benefit) {
            out.push_back({level, base.benefit, Points()});
            continue;
        }
        if (f != expected.of(level).hundredths())
            out.push_back({level, expected.of(level), clamp64(f)});
    }
    return out;
}

// --- Total and grade ------------------------------------------------------------------------

QString gradeName(Grade grade)
{
    switch (grade) {
    case Grade::Excellent:
        return QStringLiteral("优");
    case Grade::Good:
        return QStringLiteral("良");
    case Grade::Fair:
        return QStringLiteral("中");
    case Grade::Poor:
        return QStringLiteral("差");
    }
    return {};
}

Grade gradeOf(Points total)
{
    // [N] 财预〔2020〕10号 第二十六条: 90（含）-100 优, 80（含）-90 良, 60（含）-80 中, 60 以下 差.
    if (total.hundredths() >= 9000)
        return Grade::Excellent;
    if (total.hundredths() >= 8000)
        return Grade::Good;
    if (total.hundredths() >= 6000)
        return Grade::Fair;
    return Grade::Poor;
}

ScorePart ScorePart::of(const IndicatorScore &score)
{
    return {score.weight, score.computable ? std::optional<ScoreRange>(score.range) : std::nullopt};
}

ScorePart ScorePart::of(const ExecutionScore &score)
{
    return score.computable ? exact(score.weight, score.score) : ScorePart{score.weight, std::nullopt};
}

TotalScore totalScore(const std::vector<ScorePart> &parts)
{
    TotalScore r;
    std::int64_t low = 0;
    std::int64_t high = 0;
    for (const ScorePart &part : parts) {
        // Not computable: somewhere between nothing and the full 分值.
        const ScoreRange range = part.range ? *part.range : ScoreRange{Points(), part.weight};
        if (!part.range) {
            r.complete = false;
            ++r.unknownParts;
        }
        if (__builtin_add_overflow(low, range.low.hundredths(), &low)
            || __builtin_add_overflow(high, range.high.hundredths(), &high)) {
            r.overflow = true;
            return r;
        }
    }
    r.range = {Points::fromHundredths(low), Points::fromHundredths(high)};
    r.lowest = gradeOf(r.range.low);
    r.highest = gradeOf(r.range.high);
    return r;
}

} // namespace fa
