#include "evaluationcheck.h"

#include "document.h"
#include "performance.h"

#include <QCoreApplication>

#include <algorithm>

namespace fa {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(EvaluationCheck)
};

// A figure typed as a percent ("97.36%", "100%", "-5.26", "0.00"): units / 10^scale.
struct Typed {
    std::int64_t units = 0;
    int scale = 0;
};

std::optional<Typed> parseTypedPercent(const QString &text)
{
    QString s;
    for (const QChar c : text) {
        if (c.isSpace())
            continue;
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E) // full-width ASCII
            s += QChar(char16_t(u - 0xFEE0));
        else if (u == 0x2212 || u == 0x2014 || u == 0x2013)
            s += QLatin1Char('-');
        else
            s += c;
    }
    if (s.endsWith(QLatin1Char('%')))
        s.chop(1);
    if (s.isEmpty())
        return std::nullopt;
    bool negative = false;
    if (s.startsWith(QLatin1Char('-')) || s.startsWith(QLatin1Char('+'))) {
        negative = s.startsWith(QLatin1Char('-'));
        s.remove(0, 1);
    }
    Typed t;
    bool point = false, digits = false;
    for (const QChar c : s) {
        if (c == QLatin1Char('.') && !point) {
            point = true;
            continue;
        }
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        if (t.units > 99'999'999'999'999LL || t.scale >= 6)
            return std::nullopt;
        t.units = t.units * 10 + (c.unicode() - u'0');
        digits = true;
        if (point)
            ++t.scale;
    }
    if (!digits || (point && t.scale == 0))
        return std::nullopt;
    if (negative)
        t.units = -t.units;
    return t;
}

// executed ÷ budget in percent at `scale` decimals, rounded half away from zero; budget ≠ 0.
std::int64_t ratePercentAt(Money executed, Money budget, int scale)
{
    __int128 num = __int128(executed.fen()) * 100;
    for (int i = 0; i < scale; ++i)
        num *= 10;
    __int128 den = budget.fen();
    if (den < 0) {
        den = -den;
        num = -num;
    }
    const bool negative = num < 0;
    const __int128 mag = negative ? -num : num;
    const __int128 q = (2 * mag + den) / (2 * den);
    return std::int64_t(negative ? -q : q);
}

QString decimalText(std::int64_t units, int scale)
{
    const bool negative = units < 0;
    std::int64_t mag = negative ? -units : units;
    std::int64_t p = 1;
    for (int i = 0; i < scale; ++i)
        p *= 10;
    QString out = negative ? QStringLiteral("-") : QString();
    out += QString::number(mag / p);
    if (scale > 0)
        out += QLatin1Char('.') + QStringLiteral("%1").arg(mag % p, scale, 10, QLatin1Char('0'));
    return out;
}

// The basis points of a Percent at `scale` (≤ 2) decimals, half away from zero.
std::int64_t basisPointsAt(const Percent &p, int scale)
{
    std::int64_t bp = p.basisPoints();
    if (scale >= 2)
        return bp;
    const std::int64_t div = scale == 1 ? 10 : 100;
    const bool negative = bp < 0;
    const std::int64_t mag = negative ? -bp : bp;
    const std::int64_t q = (2 * mag + div) / (2 * div);
    return negative ? -q : q;
}

QString rangeText(const ScoreRange &r)
{
    return r.isExact() ? r.low.toString() : QStringLiteral("%1–%2").arg(r.low.toString(), r.high.toString());
}

bool outside(Points typed, const ScoreRange &r) { return typed < r.low || typed > r.high; }

// A reason that says nothing: empty, or only 无 / / / - / — .
bool noReason(const QString &text)
{
    QString s = text.simplified();
    s.remove(QLatin1Char(' '));
    static const QStringList empty = {QString(), QStringLiteral("无"), QStringLiteral("/"), QStringLiteral("-"),
                                      QStringLiteral("—"), QStringLiteral("——"), QStringLiteral("／")};
    return empty.contains(s);
}

// The 财政拨款 row: "财政拨款", "其中：政府预算资金".
int fiscalRow(const Evaluation &e)
{
    for (std::size_t i = 0; i < e.funds.size(); ++i) {
        const QString &s = e.funds[i].source;
        if (s.contains(QStringLiteral("财政拨款")) || s.contains(QStringLiteral("政府预算资金")))
            return int(i);
    }
    return -1;
}

QString wan(Money m) { return m.toWanyuanString(Money::Grouping::Thousands); }

// The exact 万元 text of a typed amount (it may carry more than two decimals).
QString typedWan(Money m) { return m.toExactWanyuanString(); }

class Checks
{
public:
    explicit Checks(const Document &doc) : m_doc(doc), m_engine(doc.engine()) {}

    std::vector<EvaluationFinding> run()
    {
        const auto &list = m_doc.data().evaluations;
        for (std::size_t i = 0; i < list.size(); ++i)
            checkOne(int(i), list[i]);
        checkProjectsTogether(list);
        return std::move(m_out);
    }

private:
    EvaluationFinding &add(const QString &rule, int evaluation, const QString &field, QString found, QString expected,
                           QString message)
    {
        EvaluationFinding f;
        f.rule = rule;
        f.evaluation = evaluation;
        f.field = field;
        f.found = std::move(found);
        f.expected = std::move(expected);
        f.message = std::move(message);
        m_out.push_back(std::move(f));
        return m_out.back();
    }

    void checkOne(int index, const Evaluation &e)
    {
        const EvaluationScores s = scoreEvaluation(e);
        checkFunds(index, e, s);
        checkIndicators(index, e, s);
        checkWeights(index, e);
        checkTotals(index, e, s);
        if (e.kind == Evaluation::Kind::Department)
            checkDepartment(index, e);
        else
            checkProject(index, e);
    }

    void checkFunds(int index, const Evaluation &e, const EvaluationScores &s)
    {
        const int t = totalFundRow(e);
        if (t < 0)
            return;
        const FundRow &total = e.funds[std::size_t(t)];
        // 年度资金总额 = the sum of its sources, column by column.
        struct Column {
            std::optional<Money> FundRow::*member;
            const char *field;
            QString name;
        };
        const Column columns[] = {{&FundRow::budgetInitial, "budget_initial", QStringLiteral("年初预算数")},
                                  {&FundRow::budgetFull, "budget_full", QStringLiteral("全年预算数")},
                                  {&FundRow::executed, "executed", QStringLiteral("全年执行数")}};
        for (const Column &c : columns) {
            const std::optional<Money> &shown = total.*(c.member);
            if (!shown)
                continue;
            std::int64_t sum = 0;
            bool any = false;
            for (std::size_t r = 0; r < e.funds.size(); ++r) {
                if (int(r) == t || !(e.funds[r].*(c.member)))
                    continue;
                sum += (*(e.funds[r].*(c.member))).fen();
                any = true;
            }
            if (!any || sum == shown->fen())
                continue;
            EvaluationFinding &f = add(QStringLiteral("perf.fund_total"), index, QString::fromLatin1(c.field),
                                       typedWan(*shown), typedWan(Money::fromFen(sum)),
                                       Tr::tr("年度资金总额 %1 is %2万元, its sources add up to %3万元")
                                           .arg(c.name, typedWan(*shown), typedWan(Money::fromFen(sum))));
            f.fund = t;
        }
        // Each printed 执行率 against 全年执行数 ÷ 全年预算数.
        for (std::size_t r = 0; r < e.funds.size(); ++r) {
            const FundRow &row = e.funds[r];
            if (row.rate.trimmed().isEmpty() || !row.budgetFull || !row.executed || row.budgetFull->fen() == 0)
                continue;
            const std::optional<Typed> typed = parseTypedPercent(row.rate);
            if (!typed)
                continue;
            const int scale = std::max(typed->scale, 0);
            const std::int64_t computed = ratePercentAt(*row.executed, *row.budgetFull, scale);
            if (computed == typed->units)
                continue;
            const QString expected = decimalText(computed, scale) + QLatin1Char('%');
            EvaluationFinding &f = add(QStringLiteral("perf.rate"), index, QStringLiteral("rate"), row.rate.trimmed(), expected,
                                       Tr::tr("%1 执行率 is printed %2; 全年执行数 %3 ÷ 全年预算数 %4 is %5")
                                           .arg(row.source.trimmed(), row.rate.trimmed(), typedWan(*row.executed),
                                                typedWan(*row.budgetFull), expected));
            f.fund = int(r);
        }
        // The 执行率 得分.
        if (total.score && s.execution && s.execution->computable && *total.score != s.execution->score) {
            const QString rate = s.execution->rate ? s.execution->rate->toString(Percent::Style::WithPercentSign) : QString();
            EvaluationFinding &f = add(QStringLiteral("perf.execution_score"), index, QStringLiteral("score"),
                                       total.score->toString(), s.execution->score.toString(),
                                       Tr::tr("执行率 得分 is typed %1; %2 分 × 执行率 %3 gives %4")
                                           .arg(total.score->toString(), s.execution->weight.toString(), rate,
                                                s.execution->score.toString()));
            f.fund = t;
        }
    }

    void checkIndicators(int index, const Evaluation &e, const EvaluationScores &s)
    {
        for (std::size_t i = 0; i < e.indicators.size(); ++i) {
            const Indicator &ind = e.indicators[i];
            const IndicatorScore &sc = s.indicators[i];
            const QString name = ind.level3.trimmed();
            if (ind.score && sc.computable && outside(*ind.score, sc.range)) {
                EvaluationFinding &f = add(
                    QStringLiteral("perf.indicator_score"), index, QStringLiteral("score"), ind.score->toString(),
                    rangeText(sc.range),
                    sc.range.isExact()
                        ? Tr::tr("%1: 得分 typed %2; 目标 %3, 实际 %4 and 分值 %5 give %6")
                              .arg(name, ind.score->toString(), ind.target.trimmed(), ind.actual.trimmed(),
                                   sc.weight.toString(), sc.range.low.toString())
                        : Tr::tr("%1: 得分 typed %2; the result %3 is in the band %4, %5 of 分值 %6")
                              .arg(name, ind.score->toString(), ind.actual.trimmed(),
                                   sc.band ? bandName(*sc.band) : QString(), rangeText(sc.range), sc.weight.toString()));
                f.indicator = int(i);
            }
            if (!ind.deviation.trimmed().isEmpty() && sc.deviation) {
                if (const std::optional<Typed> typed = parseTypedPercent(ind.deviation); typed && typed->scale <= 2) {
                    const std::int64_t computed = basisPointsAt(*sc.deviation, typed->scale);
                    if (computed != typed->units) {
                        const QString expected = decimalText(computed, typed->scale);
                        EvaluationFinding &f =
                            add(QStringLiteral("perf.deviation"), index, QStringLiteral("deviation"),
                                ind.deviation.trimmed(), expected,
                                Tr::tr("%1: 偏差度 typed %2; (实际 − 目标) ÷ 目标 gives %3 (目标 %4, 实际 %5)")
                                    .arg(name, ind.deviation.trimmed(), expected, ind.target.trimmed(), ind.actual.trimmed()));
                        f.indicator = int(i);
                    }
                }
            }
            if (sc.computable && !sc.met && noReason(ind.reason)) {
                EvaluationFinding &f = add(QStringLiteral("perf.reason"), index, QStringLiteral("reason"),
                                           ind.reason.trimmed(), QString(),
                                           Tr::tr("%1: the target %2 was missed (实际 %3) and no 偏差原因 is given")
                                               .arg(name, ind.target.trimmed(), ind.actual.trimmed()));
                f.indicator = int(i);
            }
        }
    }

    void checkWeights(int index, const Evaluation &e)
    {
        std::vector<Points> weights;
        const int t = totalFundRow(e);
        if (t >= 0 && e.funds[std::size_t(t)].weight)
            weights.push_back(*e.funds[std::size_t(t)].weight);
        for (const FundManagementItem &m : e.management)
            if (m.weight)
                weights.push_back(*m.weight);
        for (const Indicator &i : e.indicators)
            if (i.weight)
                weights.push_back(*i.weight);
        if (weights.empty())
            return;
        const WeightSum sum = checkWeightsAddUp(weights);
        if (sum.overflow)
            return;
        if (!sum.addsUpTo100) {
            add(QStringLiteral("perf.weights"), index, QStringLiteral("weight"), sum.sum.toString(), QStringLiteral("100.00"),
                Tr::tr("The 分值 of the table add up to %1, not 100").arg(sum.sum.toString()));
        } else if (e.totalWeight && *e.totalWeight != sum.sum) {
            add(QStringLiteral("perf.weights"), index, QStringLiteral("total_weight"), e.totalWeight->toString(),
                sum.sum.toString(),
                Tr::tr("总分值 is printed %1; the table's 分值 add up to %2").arg(e.totalWeight->toString(), sum.sum.toString()));
        }
        if (e.kind != Evaluation::Kind::Project)
            return;
        // 注2's 一级 weights, when every indicator names a 一级 the rule knows.
        std::vector<std::pair<LevelOne, Points>> levels;
        for (const Indicator &i : e.indicators) {
            const auto level = levelOneFromText(i.level1);
            if (!level || !i.weight)
                return;
            levels.emplace_back(*level, *i.weight);
        }
        if (levels.empty())
            return;
        for (const LevelOneMismatch &m : checkLevelOneWeights(levels)) {
            add(QStringLiteral("perf.level_weights"), index, QStringLiteral("weight"), m.found.toString(),
                m.expected.toString(),
                Tr::tr("%1 carry %2 分; 注2 gives them %3").arg(levelOneName(m.level), m.found.toString(), m.expected.toString()));
        }
    }

    void checkTotals(int index, const Evaluation &e, const EvaluationScores &s)
    {
        if (!e.totalScore)
            return;
        // The 总分 typed against the scores typed.
        std::int64_t typedSum = 0;
        bool complete = true;
        const int t = totalFundRow(e);
        if (t >= 0 && e.funds[std::size_t(t)].score)
            typedSum += e.funds[std::size_t(t)].score->hundredths();
        else
            complete = false;
        for (const FundManagementItem &m : e.management) {
            if (m.score)
                typedSum += m.score->hundredths();
            else
                complete = false;
        }
        for (const Indicator &i : e.indicators) {
            if (i.score)
                typedSum += i.score->hundredths();
            else
                complete = false;
        }
        if (complete && typedSum != e.totalScore->hundredths()) {
            const QString sum = Points::fromHundredths(typedSum).toString();
            add(QStringLiteral("perf.total_sum"), index, QStringLiteral("total"), e.totalScore->toString(), sum,
                Tr::tr("总分 is typed %1; the scores typed in the table add up to %2").arg(e.totalScore->toString(), sum));
        }
        if (!s.total.overflow && outside(*e.totalScore, s.total.range)) {
            add(QStringLiteral("perf.total"), index, QStringLiteral("total"), e.totalScore->toString(),
                rangeText(s.total.range),
                s.total.complete ? Tr::tr("总分 is typed %1; the rules give %2").arg(e.totalScore->toString(), rangeText(s.total.range))
                                 : Tr::tr("总分 is typed %1; the rules give %2 (%n part(s) not computable counted as 0 to their 分值)",
                                          nullptr, s.total.unknownParts)
                                       .arg(e.totalScore->toString(), rangeText(s.total.range)));
        }
        QString grade = e.grade.trimmed();
        for (const QString &q : {QStringLiteral("“"), QStringLiteral("”"), QStringLiteral("\""), QStringLiteral("\u3000")})
            grade.remove(q);
        if (!grade.isEmpty() && grade != gradeName(gradeOf(*e.totalScore))) {
            add(QStringLiteral("perf.grade"), index, QStringLiteral("grade"), e.grade.trimmed(),
                gradeName(gradeOf(*e.totalScore)),
                Tr::tr("评价等级 is typed %1; a 总分 of %2 is %3").arg(e.grade.trimmed(), e.totalScore->toString(),
                                                                 gradeName(gradeOf(*e.totalScore))));
        }
    }

    std::optional<Money> cell(const QString &address, CellId *id = nullptr) const
    {
        const CellId c = m_engine.find(address);
        if (c == kNoCell)
            return std::nullopt;
        if (id)
            *id = c;
        return m_engine.value(c);
    }

    // A typed amount against a table's cell: nothing, 尾差 (the rounding of 万元 figures explains
    // the difference) or a warning.
    std::optional<Severity> compare(Money typed, CellId id) const
    {
        const Money table = m_engine.value(id);
        if (typed == table)
            return std::nullopt;
        const std::int64_t diff = typed.fen() - table.fen();
        const std::int64_t magnitude = diff < 0 ? -diff : diff;
        const bool rounding = typed.isWanyuanPrecision() && m_engine.fineLeafCount(id) == 0
                              && magnitude <= std::int64_t(m_engine.leafCount(id) + 1) * (Money::kFenPerWanyuanCent / 2);
        return rounding ? Severity::Rounding : Severity::Warning;
    }

    void checkDepartment(int index, const Evaluation &e)
    {
        struct Pair {
            int row;
            QString address;
            QString what;
        };
        const Pair pairs[] = {
            {totalFundRow(e), QStringLiteral("t01/58/决算数"), QStringLiteral("公开01表 本年支出合计")},
            {fiscalRow(e), QStringLiteral("t04/59/合计"), QStringLiteral("公开04表 财政拨款 本年支出合计")},
        };
        for (const Pair &p : pairs) {
            if (p.row < 0 || !e.funds[std::size_t(p.row)].executed)
                continue;
            CellId id = kNoCell;
            if (!cell(p.address, &id))
                continue;
            const Money typed = *e.funds[std::size_t(p.row)].executed;
            const auto severity = compare(typed, id);
            if (!severity)
                continue;
            const Money table = m_engine.value(id);
            EvaluationFinding &f =
                add(QStringLiteral("perf.department_total"), index, QStringLiteral("executed"), typedWan(typed), wan(table),
                    Tr::tr("部门整体 %1 全年执行数 is %2万元; %3 is %4万元")
                        .arg(e.funds[std::size_t(p.row)].source.trimmed(), typedWan(typed), p.what, wan(table)));
            f.severity = *severity;
            f.fund = p.row;
            f.address = p.address;
        }
    }

    // What the tables spend on projects: all funds (03表 项目支出), and 财政拨款 (05表 项目支出 and the
    // 政府性基金 and 国有资本经营 财政拨款 spending of 04表).
    std::optional<Money> projectCapacity() const { return cell(QStringLiteral("t03/合计/项目支出")); }
    std::optional<Money> fiscalProjectCapacity() const
    {
        const auto general = cell(QStringLiteral("t05/合计/项目支出"));
        if (!general)
            return std::nullopt;
        std::int64_t fen = general->fen();
        for (const QString &a : {QStringLiteral("t04/59/政府性基金预算财政拨款"), QStringLiteral("t04/59/国有资本经营预算财政拨款")})
            if (const auto m = cell(a))
                fen += m->fen();
        return Money::fromFen(fen);
    }

    void checkProject(int index, const Evaluation &e)
    {
        struct Limit {
            int row;
            std::optional<Money> capacity;
            QString what;
            QString address;
        };
        const Limit limits[] = {
            {totalFundRow(e), projectCapacity(), QStringLiteral("公开03表 项目支出合计"), QStringLiteral("t03/合计/项目支出")},
            {fiscalRow(e), fiscalProjectCapacity(), QStringLiteral("财政拨款项目支出（公开05表 项目支出合计与政府性基金、国有资本经营预算财政拨款支出）"),
             QStringLiteral("t05/合计/项目支出")},
        };
        for (const Limit &l : limits) {
            if (l.row < 0 || !l.capacity || !e.funds[std::size_t(l.row)].executed)
                continue;
            const Money typed = *e.funds[std::size_t(l.row)].executed;
            if (typed <= *l.capacity)
                continue;
            // Over by no more than the rounding of the 万元 figures behind the total: 尾差.
            const CellId id = m_engine.find(l.address);
            const bool rounding = typed.isWanyuanPrecision() && m_engine.fineLeafCount(id) == 0
                                  && typed.fen() - l.capacity->fen()
                                         <= std::int64_t(m_engine.leafCount(id) + 1) * (Money::kFenPerWanyuanCent / 2);
            EvaluationFinding &f =
                add(QStringLiteral("perf.project_money"), index, QStringLiteral("executed"), typedWan(typed), wan(*l.capacity),
                    Tr::tr("%1 全年执行数 %2万元 is more than the document spends on projects: %3 is %4万元")
                        .arg(e.funds[std::size_t(l.row)].source.trimmed(), typedWan(typed), l.what, wan(*l.capacity)));
            f.severity = rounding ? Severity::Rounding : Severity::Warning;
            f.fund = l.row;
            f.address = l.address;
        }
    }

    void checkProjectsTogether(const std::vector<Evaluation> &list)
    {
        const auto capacity = projectCapacity();
        if (!capacity)
            return;
        std::int64_t sum = 0;
        int n = 0;
        for (const Evaluation &e : list) {
            const int t = totalFundRow(e);
            if (e.kind != Evaluation::Kind::Project || t < 0 || !e.funds[std::size_t(t)].executed)
                continue;
            sum += e.funds[std::size_t(t)].executed->fen();
            ++n;
        }
        if (n < 2 || sum <= capacity->fen())
            return;
        CellId id = m_engine.find(QStringLiteral("t03/合计/项目支出"));
        const std::int64_t over = sum - capacity->fen();
        const bool rounding = m_engine.fineLeafCount(id) == 0
                              && over <= std::int64_t(n + m_engine.leafCount(id)) * (Money::kFenPerWanyuanCent / 2);
        EvaluationFinding f;
        f.severity = rounding ? Severity::Rounding : Severity::Warning;
        f.rule = QStringLiteral("perf.project_money");
        f.field = QStringLiteral("executed");
        f.found = typedWan(Money::fromFen(sum));
        f.expected = wan(*capacity);
        f.address = QStringLiteral("t03/合计/项目支出");
        f.message = Tr::tr("The %1 project evaluations spend %2万元 together; 公开03表 项目支出合计 is %3万元")
                        .arg(n)
                        .arg(wan(Money::fromFen(sum)), wan(*capacity));
        m_out.push_back(std::move(f));
    }

    const Document &m_doc;
    const Engine &m_engine;
    std::vector<EvaluationFinding> m_out;
};

} // namespace

std::vector<EvaluationFinding> checkEvaluations(const Document &doc) { return Checks(doc).run(); }

QString evaluationPlace(const Document &doc, const EvaluationFinding &f)
{
    const auto &list = doc.data().evaluations;
    if (f.evaluation < 0 || f.evaluation >= int(list.size()))
        return QStringLiteral("绩效自评");
    const Evaluation &e = list[std::size_t(f.evaluation)];
    QString place = QStringLiteral("绩效自评 %1. %2").arg(f.evaluation + 1).arg(e.name.trimmed());
    if (f.indicator >= 0 && f.indicator < int(e.indicators.size())) {
        const Indicator &i = e.indicators[std::size_t(f.indicator)];
        QStringList levels;
        for (const QString &l : {i.level1, i.level2, i.level3})
            if (!l.trimmed().isEmpty())
                levels << l.trimmed();
        place += QStringLiteral(", ") + levels.join(QStringLiteral(" / "));
    } else if (f.fund >= 0 && f.fund < int(e.funds.size())) {
        place += QStringLiteral(", ") + e.funds[std::size_t(f.fund)].source.trimmed();
    }
    return place;
}

} // namespace fa
