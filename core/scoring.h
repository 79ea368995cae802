#pragma once

// Scoring of the 绩效自评 tables of part 5 (附件): 部门整体支出绩效自评情况表 and
// 项目支出绩效自评情况表. Pure functions on exact values; no floating point anywhere.
//
// ---------------------------------------------------------------------------------------------
// The rules and where they come from
// ---------------------------------------------------------------------------------------------
// [F] The footnote printed under the 项目自评表 of seed 003 (resources/seeds/003_a4cf28a555bed632.txt,
//     the same five notes under five of its tables, lines 994, 1025, 1058, 1088 and 1119):
//   注1 "资金管理情况的考核，对违反预算管理规定行为的，原则上每发现1例扣1分，扣完为止。"
//   注2 "绩效自评采取打分评价的形式，满分为100分，项目单位自评原则上统一按以下方式设置：预算执行率10分、
//        资金管理情况20分、成本指标10分、产出指标30分、效益指标25分、满意度指标5分；对不需设置成本指标的项目，
//        其产出指标调增10分；对不需设置满意度指标的项目，其效益指标调增5分。二三级指标的分值权重由各单位根据
//        项目实际情况和指标重要程度合理设置。"
//   注3 "…对绩效指标设置不完整，存在一级指标缺失的，从总分中扣除一级指标应赋全部分值；…"
//   注5 "定性指标完成情况分为好、较好、一般、较差四档，在相应档次分别按照100%-90%(含)、90%-80%(含)、
//        80%-60%(含)、60%-0%合理确定分值。定量指标完成指标值的，记该指标所赋全部分值；未完成的，按照
//        完成值与指标值的比例计分。"
// [S] The seeds' own usage (part 5 of both seeds), where the footnote is silent:
//     - 执行率 = 全年执行数 ÷ 全年预算数: the column heading "执行率(B/Ax100%)" with 全年预算数(A) and
//       全年执行数(B); its 10 points in proportion (70.2/70.7 → 9.93, 2.74/3.77 → 7.27, 1.03/2 → 5.15).
//     - 偏差度 = (实际 − 目标) ÷ 目标, signed, printed as a percent with two decimals, and 0.00 when the
//       target is met ("≥95%" vs "90%": -5.26; "≤2万元" vs "12.2万元": 510.00; "≥80%" vs "95%": 0.00).
//     - A qualitative target whose 实际完成值 is typed as a percentage ("明显" vs "92%", "有所提升" vs
//       "95%") is scored 分值 × that percentage (25 × 92% = 23, 5 × 95% = 4.75) and its 偏差度 is
//       that percentage − 100% (-8.00, -5.00): the percentage is the evaluator's rating on 注5's scale.
//     - A target typed without an operator means equality: the same indicator (年度运行服务) is typed
//       "=1年" in one table and "1年" in its sibling, "=1个" in a third; "107条" vs "105条" earns
//       10 × 105/107 = 9.81.
// [N] The grade (评价等级) is in neither seed's footnote; the seeds only use it ("评价等级为“优”的项目…",
//     "总得分98.67分，属于“优”"). The thresholds are the national ones of 财政部《项目支出绩效评价管理
//     办法》(财预〔2020〕10号) 第二十六条, which the 河南/南阳 rules follow: "总分一般设置为100分，等级一般
//     划分为四档：90（含）-100分为优、80（含）-90分为良、60（含）-80分为中、60分以下为差。"
//     So: total ≥ 90.00 优; 80.00 ≤ total < 90.00 良; 60.00 ≤ total < 80.00 中; total < 60.00 差.
//     Each lower bound is inclusive ("（含）"), each upper bound exclusive.
//
// Decisions where neither source says (each also documented at its function):
//  - 注5's bands: "100%-90%(含)" is read as 好 = [90 %, 100 %] of 分值 (90 % included), then
//    较好 = [80 %, 90 %), 一般 = [60 %, 80 %), 较差 = [0 %, 60 %): the "(含)" sits on the lower bound
//    of each band, so each band owns its lower bound. A band is returned as the range of whole
//    hundredths of a point a typed score may take inside it (5 points, 较好: 4.00 … 4.49).
//  - "按照完成值与指标值的比例" read with the direction of the target: ≥/>: 分值 × 实际/目标; ≤/<:
//    分值 × 目标/实际 (实际/目标 would exceed 1 for a missed upper bound); =: 分值 × smaller/larger.
//    A met target earns the full 分值 and never more, however far it is exceeded.
//  - Zero targets: a missed "≤0"/"=0" earns 0/实际 = 0; "≥0" can be missed only by a negative value.
//    When the proportion would be 0/0 (">0" achieved 0, "<0" achieved 0) the score is 0: nothing of
//    the target was achieved. Never a division by zero. 偏差度 of a zero target is not defined.
//  - Negative values: whether the target is met is decided as usual; a missed target with a negative
//    target or actual is not computable (a proportion of signed values has no meaning).
//  - Units must be the same text (after folding full-width forms): 万元 vs 元, 个 vs 台, "%" vs none are
//    not compared (not computable), never converted or guessed.
//  - An 实际完成值 typed with an operator (">15天", "≥90%") is a bound, not a value: not computable.
//  - 执行率 above 100 % earns at most the 10 points (注2 gives it 10 of the 100).
//  - Qualitative 实际 words that say the target was reached (完成, 达成, 达到, 实现, 是, …) or that
//    repeat the target's own words ("及时" vs "及时") earn the full 分值; the band words 好/较好/一般/
//    较差 give their band's range, unless the target is itself a band word the result reaches
//    (target 较好, result 好: met); any other text is not computable.
//  - A strict target (">95%") achieved exactly at its bound is missed, and its proportion is 1: the
//    full 分值 with met == false. Likewise a miss can round to the full 分值 (≥95% vs 94.99%).
//  - Scores are exact fractions of the 分值 rounded once, half up, to hundredths of a point; never
//    from a rounded rate (10 × 94.449% is 9.44 although the rate prints 94.45%).
// ---------------------------------------------------------------------------------------------

#include "money.h"
#include "percent.h"

#include <QString>

#include <compare>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace fa {

// An exact decimal number as typed in a target or actual value: units / 10^scale.
// At most 18 significant digits and 6 decimals (trailing zeros do not count), so that every
// product the scoring needs fits in 128 bits.
struct Decimal {
    static constexpr int kMaxScale = 6;
    static constexpr std::int64_t kMaxUnits = 999'999'999'999'999'999; // 18 digits

    std::int64_t units = 0;
    int scale = 0; // 0 … kMaxScale; |units| ≤ kMaxUnits (parseTarget() guarantees both)

    bool isZero() const { return units == 0; }
    bool isNegative() const { return units < 0; }
    // "9.5", "11000", "-0.25": no trailing zeros, no thousands separators.
    QString toString() const;

    friend std::strong_ordering operator<=>(const Decimal &a, const Decimal &b);
    friend bool operator==(const Decimal &a, const Decimal &b) { return (a <=> b) == 0; }
};

// Points (分值, 得分) in exact hundredths of a point.
class Points
{
public:
    constexpr Points() = default;
    static constexpr Points fromHundredths(std::int64_t hundredths) { return Points(hundredths); }
    static constexpr Points fromWhole(std::int64_t points) { return Points(points * 100); }
    // "4.74", "10", "99.4", "5.00", full-width digits; at most two decimals, no sign. nullopt otherwise.
    static std::optional<Points> parse(const QString &text);

    constexpr std::int64_t hundredths() const { return m_hundredths; }
    // Always two decimals: "4.74", "10.00", "-1.50".
    QString toString() const;
    // As short as it reads, as the published tables print scores: "10", "4.74", "99.5".
    QString toShortString() const;

    friend constexpr auto operator<=>(Points a, Points b) = default;

private:
    constexpr explicit Points(std::int64_t hundredths) : m_hundredths(hundredths) {}
    std::int64_t m_hundredths = 0;
};

// The largest 分值 accepted (1,000,000 points): keeps every product inside 128 bits.
inline constexpr std::int64_t kMaxWeightHundredths = 100'000'000;

// A 年度指标值 (target) or 实际完成值 (actual) as typed, read.
//
// Accepted: an optional operator, a number, an optional unit; spaces anywhere; full-width forms
// (＞＝％９５, U+3000 spaces); ≥ ≧ ⩾ >= 不低于 不少于 不小于 (AtLeast), ≤ ≦ ⩽ <= 不高于 不超过
// 不多于 不大于 (AtMost), > 大于 高于 超过 多于 (Greater), < 小于 低于 少于 (Less), = == 等于 (Equal);
// a suffix 以上/及以上 (AtLeast) or 以下/及以下/以内 (AtMost) when there is no operator; thousands
// separators in groups of three; the PDF extraction's "$\geq 95\%$". A number with no operator is
// Equal (see [S] above). Text without a figure at its start is Qualitative.
struct Target {
    enum class Comparison { AtLeast, AtMost, Equal, Greater, Less, Qualitative };
    // Why a text that looks like a figure could not be read as one (the value is then absent and
    // the comparison Qualitative).
    enum class Problem {
        None,
        Empty,
        OperatorWithoutFigure, // "≥良好"
        MalformedNumber,       // "1,5", "95."
        NumberTooLarge,        // more than 18 significant digits
        TooManyDecimals,       // more than 6 decimals
        SeveralFigures,        // "2024年12月31日前": a figure in the unit
        FigureInText,          // "较上年提升5%": a figure, but not at the start (qualitative)
    };

    Comparison comparison = Comparison::Qualitative;
    std::optional<Decimal> value; // set exactly when comparison != Qualitative
    QString unit;                 // folded: "万元", "%", "次/年"; empty when none
    QString text;                 // as typed
    QString folded;               // the text folded (full-width → ASCII, no spaces): what words are compared on
    bool explicitOperator = false;
    Problem problem = Problem::None;

    bool isQuantitative() const { return comparison != Comparison::Qualitative; }
};

Target parseTarget(const QString &text);
// An actual value uses the same grammar; an operator in it makes it a bound (not computable).
using Actual = Target;
inline Actual parseActual(const QString &text) { return parseTarget(text); }

QString comparisonSymbol(Target::Comparison comparison); // "≥", "≤", "=", ">", "<", ""

// 注5's four bands of a qualitative result.
enum class Band { Good, FairlyGood, Average, Poor }; // 好, 较好, 一般, 较差
QString bandName(Band band);
std::optional<Band> bandFromWord(const QString &word); // exactly 好 / 较好 / 一般 / 较差
// The band a rating in percent (0 … 100) falls into: ≥ 90 好, ≥ 80 较好, ≥ 60 一般, else 较差.
Band bandOfRating(const Decimal &percent);

// An inclusive range of scores in hundredths; low == high for an exact score.
struct ScoreRange {
    Points low;
    Points high;
    bool isExact() const { return low == high; }
    friend bool operator==(const ScoreRange &, const ScoreRange &) = default;
};

// The hundredths of a point a score inside `band` may take for an indicator worth `weight`:
// 好 [⌈0.9w⌉, w], 较好 [⌈0.8w⌉, ⌈0.9w⌉ − 0.01], 一般 [⌈0.6w⌉, ⌈0.8w⌉ − 0.01], 较差 [0, ⌈0.6w⌉ − 0.01].
// nullopt when the weight is out of range, or so small that no hundredth lies inside the band.
std::optional<ScoreRange> bandRange(Band band, Points weight);

struct IndicatorScore {
    bool computable = false;
    // The full 分值 is certainly earned.
    bool met = false;
    Points weight;
    // When computable: the score (low == high), or the range of a band.
    ScoreRange range;
    std::optional<Band> band; // qualitative results only
    // 偏差度 as the seeds print it: (实际 − 目标) / 目标, signed; zero when met; absent when it has no
    // meaning (a zero target, a band word, not computable) or does not fit a Percent.
    std::optional<Percent> deviation;
    QString explanation; // English

    std::optional<Points> score() const
    {
        return computable && range.isExact() ? std::optional<Points>(range.low) : std::nullopt;
    }
};

// One indicator (三级指标) per 注5. `weight` is its 分值 (0 … kMaxWeightHundredths).
IndicatorScore scoreIndicator(const Target &target, const Actual &actual, Points weight);
IndicatorScore scoreIndicator(const QString &target, const QString &actual, Points weight);

// 预算执行率 and its points: rate = executed ÷ budget (全年执行数 ÷ 全年预算数); score =
// weight × min(rate, 100 %), rounded half-up once to hundredths.
struct ExecutionScore {
    bool computable = false;
    std::optional<Percent> rate; // uncapped; absent when the budget is zero
    Points weight;
    Points score;
    QString explanation;
};
ExecutionScore scoreExecution(Money fullYearBudget, Money executed, Points weight = Points::fromWhole(10));

// 注1: one item of 资金管理情况 (安排科学性, 拨付合规性, 使用规范性, 预算绩效管理情况; 5 points each
// in both seeds): 1 point off per violation found, down to 0. nullopt for a negative count or weight.
std::optional<Points> fundManagementItemScore(Points itemWeight, std::int64_t violations);

// The 一级指标 of a project's indicators.
enum class LevelOne { Cost, Output, Benefit, Satisfaction }; // 成本, 产出, 效益, 满意度
QString levelOneName(LevelOne level); // "成本指标" …
// "成本指标" / "成本" / "成本指标 " …; nullopt for anything else.
std::optional<LevelOne> levelOneFromText(const QString &text);

struct LevelOnePresence {
    bool cost = true;
    bool output = true;
    bool benefit = true;
    bool satisfaction = true;
};

// 注2/注3 weights of a 项目支出绩效自评表.
struct ProjectWeights {
    Points execution;      // 预算执行率 10
    Points fundManagement; // 资金管理情况 20
    Points cost;           // 成本指标 10, or 0 when not set
    Points output;         // 产出指标 30, 40 without 成本
    Points benefit;        // 效益指标 25, 30 without 满意度
    Points satisfaction;   // 满意度指标 5, or 0 when not set
    Points forfeited;      // weights of absent 产出/效益: deducted from the total (注3)
    Points of(LevelOne level) const;
    Points total() const; // of all the above except forfeited: 100 − forfeited
};
// An absent 成本 or 满意度 is taken as "不需设置" and its points move (注2: 成本 → 产出 +10, 满意度 →
// 效益 +5); an absent 产出 or 效益 cannot be "not needed", so its weight is forfeited (注3). (Whether a
// missing 成本 was in fact needed is a reviewer's call the program cannot make.)
ProjectWeights projectWeights(LevelOnePresence present);

struct WeightSum {
    bool overflow = false;
    Points sum;
    bool addsUpTo100 = false;
};
// The 分值 of a table (execution, fund management items and every indicator) add up to 100 (注2).
WeightSum checkWeightsAddUp(const std::vector<Points> &weights);

struct LevelOneMismatch {
    LevelOne level;
    Points expected;
    Points found;
    friend bool operator==(const LevelOneMismatch &, const LevelOneMismatch &) = default;
};
// The indicators' 分值 summed per 一级 against projectWeights() of the levels present; an absent
// 产出/效益 is reported with found 0.
std::vector<LevelOneMismatch> checkLevelOneWeights(const std::vector<std::pair<LevelOne, Points>> &indicators);

enum class Grade { Excellent, Good, Fair, Poor }; // 优, 良, 中, 差
QString gradeName(Grade grade);
// [N]: ≥ 90.00 优, ≥ 80.00 良, ≥ 60.00 中, else 差.
Grade gradeOf(Points total);

// One part of a total: an exact score, a range (a band), or unknown (not computable: somewhere in
// 0 … weight).
struct ScorePart {
    Points weight;
    std::optional<ScoreRange> range;

    static ScorePart exact(Points weight, Points score) { return {weight, ScoreRange{score, score}}; }
    static ScorePart of(const IndicatorScore &score);
    static ScorePart of(const ExecutionScore &score);
};

struct TotalScore {
    ScoreRange range;       // sum of the parts' lows … sum of their highs
    Grade lowest = Grade::Poor;
    Grade highest = Grade::Poor;
    bool complete = true;   // every part computable
    int unknownParts = 0;   // parts not computable, counted as 0 … weight
    bool overflow = false;
    bool isExact() const { return complete && range.isExact(); }
};
TotalScore totalScore(const std::vector<ScorePart> &parts);

} // namespace fa
