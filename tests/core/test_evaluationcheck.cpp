// The checks of the 绩效自评 tables (core/evaluationcheck.h): the seeds' published figures against
// the rules, every disagreement listed with its reason; then each rule on a table made to break it,
// and the same table mended, so that a rule that stops working turns a test red.

#include "support.h"

#include "evaluationcheck.h"
#include "performance.h"

#include <catch2/catch.hpp>

#include <set>

using namespace fa;

namespace {

// "rule evaluation.where found→expected": where is i<indicator>, f<fund row> or "-".
QString key(const EvaluationFinding &f)
{
    const QString where = f.indicator >= 0 ? QStringLiteral("i%1").arg(f.indicator)
                          : f.fund >= 0    ? QStringLiteral("f%1").arg(f.fund)
                                           : QStringLiteral("-");
    return QStringLiteral("%1 %2.%3 %4→%5").arg(f.rule).arg(f.evaluation).arg(where, f.found, f.expected);
}

std::set<QString> keys(const std::vector<EvaluationFinding> &list)
{
    std::set<QString> out;
    for (const EvaluationFinding &f : list)
        out.insert(key(f));
    return out;
}

std::vector<EvaluationFinding> withRule(const std::vector<EvaluationFinding> &list, const QString &rule)
{
    std::vector<EvaluationFinding> out;
    for (const EvaluationFinding &f : list)
        if (f.rule == rule)
            out.push_back(f);
    return out;
}

Money wan(const char *text)
{
    const auto m = Money::parse(QString::fromUtf8(text), AmountUnit::Wanyuan);
    REQUIRE(m.value);
    return *m.value;
}

Points pts(const char *text)
{
    const auto p = Points::parse(QString::fromUtf8(text));
    REQUIRE(p);
    return *p;
}

FundRow fund(const char *source, const char *full, const char *executed, const char *rate = "")
{
    FundRow r;
    r.source = QString::fromUtf8(source);
    r.budgetInitial = wan(full);
    r.budgetFull = wan(full);
    r.executed = wan(executed);
    r.rate = QString::fromUtf8(rate);
    return r;
}

Indicator indicator(const char *level1, const char *level3, const char *target, const char *actual, const char *weight,
                    const char *score, const char *deviation = "", const char *reason = "")
{
    Indicator i;
    i.level1 = QString::fromUtf8(level1);
    i.level2 = QStringLiteral("数量指标");
    i.level3 = QString::fromUtf8(level3);
    i.target = QString::fromUtf8(target);
    i.actual = QString::fromUtf8(actual);
    i.weight = pts(weight);
    i.score = pts(score);
    i.deviation = QString::fromUtf8(deviation);
    i.reason = QString::fromUtf8(reason);
    return i;
}

// A project table that follows every rule: 9 of 10 万元 spent (执行率 90 %, 9 points), 资金管理
// 20 of 20, 成本 10, 产出 30, 效益 25, 满意度 5 with one missed target (with its reason).
Evaluation goodProject()
{
    Evaluation e;
    e.kind = Evaluation::Kind::Project;
    e.name = QStringLiteral("会议费（2024）");
    e.funds = {fund("年度资金总额", "10", "9", "90.00%"), fund("财政拨款", "10", "9", "90.00%"),
               fund("财政专户管理资金", "0", "0", "0.00%"), fund("单位资金", "0", "0", "0.00%")};
    e.funds[0].weight = pts("10");
    e.funds[0].score = pts("9");
    for (const char *item : {"安排科学性", "拨付合规性", "使用规范性", "预算绩效管理情况"})
        e.management.push_back({QString::fromUtf8(item), pts("5"), pts("5"), {}, {}});
    e.indicators = {indicator("成本指标", "会议费用", "≤10万元", "9万元", "10", "10", "0.00"),
                    indicator("产出指标", "会议次数", "≥4次", "5次", "30", "30", "0.00"),
                    indicator("效益指标", "工作效率", "有所提升", "完成", "25", "25"),
                    indicator("满意度指标", "参会人员满意度", "≥95%", "90%", "5", "4.74", "-5.26", "个别会议安排偏紧，下年提前通知")};
    e.totalWeight = pts("100");
    e.totalScore = pts("98.74");
    e.grade = QStringLiteral("优");
    return e;
}

std::unique_ptr<Document> documentWith(const std::vector<Evaluation> &list)
{
    auto doc = test::sampleDocument(QStringLiteral("nanyang-cac-2024"));
    test::apply(*doc, {Edit::setEvaluations(list)});
    return doc;
}

std::vector<EvaluationFinding> findingsOf(const Evaluation &e) { return checkEvaluations(*documentWith({e})); }

} // namespace

TEST_CASE("evaluation checks: the seeds' published 执行率, 偏差度, scores and 总分 against the rules", "[evaluationcheck]")
{
    // Every figure of part 5 that the rules or the tables contradict, and why. Everything else
    // the two seeds print — 29 执行率 得分, 210 indicator scores, 168 偏差度, 30 总分 — follows
    // the rules.
    const std::set<QString> cac = {
        // 部门整体: 执行率 90.43 % typed as the full 10 points; the 总分 carries the 0.96 extra.
        QStringLiteral("perf.execution_score 0.f0 10.00→9.04"),
        QStringLiteral("perf.total 0.- 99.75→98.79"),
        // 部门整体 全年执行数 803.42 against 01表 本年支出合计 803.44 (04表 财政拨款 likewise):
        // within the rounding of the 万元 figures behind the total, so 尾差.
        QStringLiteral("perf.department_total 0.f0 803.42→803.44"),
        QStringLiteral("perf.department_total 0.f1 803.42→803.44"),
        // 公车运行及维护 (the table named after the office): 年度资金总额 执行数 0 while 财政拨款 shows
        // 2.4; 财政拨款 执行率 printed 0.00 % for 2.4 of 2.4; every target met yet every indicator
        // typed 0 points, 总分 25.
        QStringLiteral("perf.fund_total 3.f0 0.00→2.40"),
        QStringLiteral("perf.rate 3.f1 0.00%→100.00%"),
        QStringLiteral("perf.indicator_score 3.i0 0.00→10.00"),
        QStringLiteral("perf.indicator_score 3.i1 0.00→10.00"),
        QStringLiteral("perf.indicator_score 3.i2 0.00→10.00"),
        QStringLiteral("perf.indicator_score 3.i3 0.00→10.00"),
        QStringLiteral("perf.indicator_score 3.i4 0.00→25.00"),
        QStringLiteral("perf.total 3.- 25.00→90.00"),
        // 接待费: 接待媒体数量 ≥10次 achieved 20次 is met (full 10 points, 偏差度 0) but typed 6 points
        // with 偏差度 70 %; 总分 94 instead of 98.
        QStringLiteral("perf.indicator_score 6.i2 6.00→10.00"),
        QStringLiteral("perf.deviation 6.i2 70.00→0.00"),
        QStringLiteral("perf.total 6.- 94.00→98.00"),
        // 培训费: 会议室租赁等 ≤2万元 spent 12.2万元 earns 10 × 2/12.2 = 1.64, typed 0; 培训次数 ≥2次
        // achieved 3次 is met, typed 8.86 with 偏差度 20 %; 总分 78.86 below what the rules allow.
        QStringLiteral("perf.indicator_score 7.i0 0.00→1.64"),
        QStringLiteral("perf.indicator_score 7.i1 8.86→10.00"),
        QStringLiteral("perf.deviation 7.i1 20.00→0.00"),
        QStringLiteral("perf.total 7.- 78.86→81.64–91.64"),
        // 应急中心保密室: 执行率 97.36 % × 10 = 9.736, typed 9.73 (cut, not rounded).
        QStringLiteral("perf.execution_score 12.f0 9.73→9.74"),
        QStringLiteral("perf.total 12.- 99.73→99.74"),
    };
    const std::set<QString> bigdata = {
        // 电子政务外网运行维护费: three targets missed (85 %, 88 %, 90 % of ≥95 %), no 偏差原因.
        QStringLiteral("perf.reason 4.i3 →"),
        QStringLiteral("perf.reason 4.i2 →"),
        QStringLiteral("perf.reason 4.i5 →"),
        // 新增人员办公家具: 年度资金总额 执行数 45.88 while its sources show 0; 执行率 96.79 % × 10 =
        // 9.68, typed 9.
        QStringLiteral("perf.fund_total 8.f0 45.88→0.00"),
        QStringLiteral("perf.execution_score 8.f0 9.00→9.68"),
        // 电子营业执照 (three tables): 响应时间 ≤1小时 achieved 1.4 / 1.5 小时 earns 10 × 1/1.4 = 7.14 and
        // 10 × 1/1.5 = 6.67, typed 8; the 总分 follow the typed 8.
        QStringLiteral("perf.indicator_score 10.i3 8.00→7.14"),
        QStringLiteral("perf.total 10.- 94.48→83.62–93.62"),
        QStringLiteral("perf.indicator_score 11.i3 8.00→6.67"),
        QStringLiteral("perf.total 11.- 94.73→93.40"),
        // 同步发放电子营业执照: 59.95 ÷ 60 = 99.9166…%, printed 99.91 % (cut, not rounded).
        QStringLiteral("perf.rate 12.f0 99.91%→99.92%"),
        QStringLiteral("perf.rate 12.f1 99.91%→99.92%"),
        QStringLiteral("perf.indicator_score 12.i3 8.00→6.67"),
        QStringLiteral("perf.total 12.- 93.73→92.40"),
    };
    for (const auto &[sample, expected] : {std::pair{"nanyang-cac-2024", cac}, std::pair{"nanyang-bigdata-2024", bigdata}}) {
        INFO(sample);
        const auto doc = test::sampleDocument(QString::fromLatin1(sample));
        const std::vector<EvaluationFinding> found = checkEvaluations(*doc);
        const std::set<QString> got = keys(found);
        for (const QString &k : got) {
            INFO(k.toStdString());
            CHECK(expected.count(k) == 1);
        }
        for (const QString &k : expected) {
            INFO(k.toStdString());
            CHECK(got.count(k) == 1);
        }
        // Each finding says where it is, names what was typed and what the rules give.
        for (const EvaluationFinding &f : found) {
            CHECK_FALSE(f.message.isEmpty());
            CHECK(evaluationPlace(*doc, f).startsWith(QStringLiteral("绩效自评 %1. ").arg(f.evaluation + 1)));
        }
    }
}

TEST_CASE("evaluation checks: the seed's satisfaction indicators agree with the rule (5 × 90/95 = 4.74)", "[evaluationcheck]")
{
    const auto doc = test::sampleDocument(QStringLiteral("nanyang-bigdata-2024"));
    int seen = 0;
    for (const Evaluation &e : doc->data().evaluations) {
        const EvaluationScores s = scoreEvaluation(e);
        for (std::size_t i = 0; i < e.indicators.size(); ++i) {
            const Indicator &ind = e.indicators[i];
            if (ind.target.trimmed() != QStringLiteral("≥95%") || ind.actual.trimmed() != QStringLiteral("90%")
                || ind.weight != pts("5"))
                continue;
            ++seen;
            CHECK(s.indicators[i].score() == pts("4.74"));
            CHECK(ind.score == pts("4.74"));
            CHECK((ind.deviation.isEmpty() || ind.deviation == QStringLiteral("-5.26")));
        }
    }
    CHECK(seen >= 1);
}

TEST_CASE("evaluation checks: a table that follows every rule has no finding", "[evaluationcheck]")
{
    const auto found = findingsOf(goodProject());
    for (const auto &f : found)
        INFO(key(f).toStdString());
    CHECK(found.empty());
}

TEST_CASE("evaluation checks: each rule fires when its figure is broken, and only then", "[evaluationcheck]")
{
    SECTION("年度资金总额 is the sum of its sources")
    {
        Evaluation e = goodProject();
        e.funds[3].executed = wan("0.01");
        CHECK(keys(withRule(findingsOf(e), QStringLiteral("perf.fund_total"))) == std::set<QString>{QStringLiteral("perf.fund_total 0.f0 9.00→9.01")});
    }
    SECTION("执行率 as printed, at its own decimals, rounded half up")
    {
        Evaluation e = goodProject();
        e.funds[0].budgetFull = wan("3");
        e.funds[0].executed = wan("2");
        e.funds[0].rate = QStringLiteral("66.67%"); // 66.666…
        e.funds[0].score = pts("6.67");
        e.funds[1] = e.funds[0];
        e.funds[1].source = QStringLiteral("财政拨款");
        e.funds[1].weight.reset();
        e.funds[1].score.reset();
        e.funds[1].rate = QStringLiteral("66.6%"); // cut: wrong
        const auto f = findingsOf(e);
        CHECK(keys(withRule(f, QStringLiteral("perf.rate"))) == std::set<QString>{QStringLiteral("perf.rate 0.f1 66.6%→66.7%")});
        CHECK(withRule(f, QStringLiteral("perf.execution_score")).empty());
        e.funds[0].rate = QStringLiteral("６６．６７％"); // full-width, same value
        CHECK(withRule(findingsOf(e), QStringLiteral("perf.rate")).size() == 1);
    }
    SECTION("执行率 得分 is 分值 × 执行率")
    {
        Evaluation e = goodProject();
        e.funds[0].score = pts("8.99");
        e.totalScore = pts("98.73");
        const auto f = findingsOf(e);
        CHECK(keys(withRule(f, QStringLiteral("perf.execution_score"))) == std::set<QString>{QStringLiteral("perf.execution_score 0.f0 8.99→9.00")});
        CHECK(keys(withRule(f, QStringLiteral("perf.total"))) == std::set<QString>{QStringLiteral("perf.total 0.- 98.73→98.74")});
        CHECK(withRule(f, QStringLiteral("perf.total_sum")).empty());
    }
    SECTION("an indicator's typed score against the rule, a qualitative band against its range")
    {
        Evaluation e = goodProject();
        e.indicators[3].score = pts("4.75"); // 5 × 90/95 = 4.7368… → 4.74
        e.totalScore = pts("98.75");
        auto f = findingsOf(e);
        CHECK(keys(withRule(f, QStringLiteral("perf.indicator_score"))) == std::set<QString>{QStringLiteral("perf.indicator_score 0.i3 4.75→4.74")});
        e = goodProject();
        e.indicators[2].actual = QStringLiteral("较好"); // band: 20.00–22.49 of 25
        e.indicators[2].reason = QStringLiteral("宣传覆盖面不足");
        e.indicators[2].score = pts("22.50");
        e.totalScore = pts("96.24");
        f = findingsOf(e);
        CHECK(keys(withRule(f, QStringLiteral("perf.indicator_score"))) == std::set<QString>{QStringLiteral("perf.indicator_score 0.i2 22.50→20.00–22.49")});
        e.indicators[2].score = pts("22.49");
        e.totalScore = pts("96.23");
        CHECK(withRule(findingsOf(e), QStringLiteral("perf.indicator_score")).empty());
    }
    SECTION("偏差度 is (实际 − 目标) ÷ 目标, zero when met")
    {
        Evaluation e = goodProject();
        e.indicators[3].deviation = QStringLiteral("-5.27");
        CHECK(keys(withRule(findingsOf(e), QStringLiteral("perf.deviation"))) == std::set<QString>{QStringLiteral("perf.deviation 0.i3 -5.27→-5.26")});
        e = goodProject();
        e.indicators[1].deviation = QStringLiteral("25.00"); // 5 of ≥4: met, 0
        CHECK(keys(withRule(findingsOf(e), QStringLiteral("perf.deviation"))) == std::set<QString>{QStringLiteral("perf.deviation 0.i1 25.00→0.00")});
        e.indicators[1].deviation = QStringLiteral("0"); // at no decimals
        CHECK(withRule(findingsOf(e), QStringLiteral("perf.deviation")).empty());
    }
    SECTION("a missed target needs a 偏差原因; 无 is none")
    {
        Evaluation e = goodProject();
        e.indicators[3].reason = QStringLiteral("无");
        CHECK(keys(withRule(findingsOf(e), QStringLiteral("perf.reason"))) == std::set<QString>{QStringLiteral("perf.reason 0.i3 无→")});
        e.indicators[3].reason.clear();
        CHECK(withRule(findingsOf(e), QStringLiteral("perf.reason")).size() == 1);
        // A met target needs none.
        e = goodProject();
        e.indicators[1].reason.clear();
        CHECK(withRule(findingsOf(e), QStringLiteral("perf.reason")).empty());
    }
    SECTION("the 分值 add up to 100 and to the printed 总分值; 一级 as 注2 sets them")
    {
        Evaluation e = goodProject();
        e.indicators[1].weight = pts("31");
        e.indicators[1].score = pts("31");
        e.totalScore = pts("99.74");
        auto f = findingsOf(e);
        CHECK(keys(withRule(f, QStringLiteral("perf.weights"))) == std::set<QString>{QStringLiteral("perf.weights 0.- 101.00→100.00")});
        CHECK(keys(withRule(f, QStringLiteral("perf.level_weights"))) == std::set<QString>{QStringLiteral("perf.level_weights 0.- 31.00→30.00")});
        // Without 成本, 产出 carries 40 (注2).
        e = goodProject();
        e.indicators.erase(e.indicators.begin());
        e.indicators[0].weight = pts("40");
        e.indicators[0].score = pts("40");
        CHECK(withRule(findingsOf(e), QStringLiteral("perf.level_weights")).empty());
        e = goodProject();
        e.totalWeight = pts("99");
        CHECK(keys(withRule(findingsOf(e), QStringLiteral("perf.weights"))) == std::set<QString>{QStringLiteral("perf.weights 0.- 99.00→100.00")});
    }
    SECTION("总分: the sum of the typed scores, within the rules, and its grade")
    {
        Evaluation e = goodProject();
        e.totalScore = pts("98.75");
        auto f = findingsOf(e);
        CHECK(keys(withRule(f, QStringLiteral("perf.total_sum"))) == std::set<QString>{QStringLiteral("perf.total_sum 0.- 98.75→98.74")});
        CHECK(keys(withRule(f, QStringLiteral("perf.total"))) == std::set<QString>{QStringLiteral("perf.total 0.- 98.75→98.74")});
        e = goodProject();
        e.grade = QStringLiteral("良");
        CHECK(keys(withRule(findingsOf(e), QStringLiteral("perf.grade"))) == std::set<QString>{QStringLiteral("perf.grade 0.- 良→优")});
        e.grade = QStringLiteral("“优”");
        CHECK(withRule(findingsOf(e), QStringLiteral("perf.grade")).empty());
    }
    SECTION("部门整体 全年执行数 against 01表 本年支出合计; a project's money against 03表 and 05表")
    {
        auto doc = test::sampleDocument(QStringLiteral("nanyang-cac-2024"));
        Evaluation dept = doc->data().evaluations.front();
        REQUIRE(dept.kind == Evaluation::Kind::Department);
        // 01表 本年支出合计 is 803.44: one 万元 cent off is 尾差, a thousand is not.
        dept.funds[0].executed = wan("803.44");
        dept.funds[1].executed = wan("803.44");
        auto f = withRule(checkEvaluations(*documentWith({dept})), QStringLiteral("perf.department_total"));
        CHECK(f.empty());
        dept.funds[0].executed = wan("793.44");
        f = withRule(checkEvaluations(*documentWith({dept})), QStringLiteral("perf.department_total"));
        REQUIRE(f.size() == 1);
        CHECK(f[0].severity == Severity::Warning);
        CHECK(f[0].address == QStringLiteral("t01/58/决算数"));
        CHECK(f[0].expected == QStringLiteral("803.44"));
        // 03表 项目支出合计 is 282.83.
        Evaluation p = goodProject();
        p.funds[0].budgetFull = wan("282.84");
        p.funds[0].executed = wan("282.84");
        p.funds[1] = p.funds[0];
        p.funds[1].source = QStringLiteral("财政拨款");
        f = withRule(findingsOf(p), QStringLiteral("perf.project_money"));
        REQUIRE(f.size() == 2); // one 万元 cent over: 尾差
        CHECK(f[0].severity == Severity::Rounding);
        CHECK(f[1].severity == Severity::Rounding);
        p.funds[0].executed = wan("283");
        p.funds[1].executed = wan("283");
        f = withRule(findingsOf(p), QStringLiteral("perf.project_money"));
        REQUIRE(f.size() == 2);
        CHECK(f[0].severity == Severity::Warning);
        CHECK(f[1].severity == Severity::Warning);
        CHECK(f[0].address == QStringLiteral("t03/合计/项目支出"));
        CHECK(f[1].address == QStringLiteral("t05/合计/项目支出"));
        // Two projects of 150 each are within it one by one, not together.
        Evaluation a = goodProject(), b = goodProject();
        for (Evaluation *x : {&a, &b}) {
            x->funds[0].budgetFull = x->funds[0].executed = wan("150");
            x->funds[1].budgetFull = x->funds[1].executed = wan("150");
        }
        f = withRule(checkEvaluations(*documentWith({a, b})), QStringLiteral("perf.project_money"));
        REQUIRE(f.size() == 1);
        CHECK(f[0].evaluation == -1);
        CHECK(f[0].found == QStringLiteral("300.00"));
    }
}
