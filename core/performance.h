#pragma once

// Part 5 of a document, 附件: the 绩效自评 tables — the 部门整体支出绩效自评情况表 and one
// 项目支出绩效自评情况表 per project — as data: what the published tables print, typed scores
// included (core/scoring.h computes what the rules give; the checks compare the two).
//
// The JSON form (the interchange's "evaluations" array, and the fixtures of the seeds in
// tests/data/performance/) is one object per evaluation:
//
//   kind            "department" | "project"
//   name, supervisor, implementer   项目名称 (or 部门名称), 主管部门, 实施单位
//   funds           [{source, budget_initial, budget_full, executed, weight?, rate?, score?}] — the
//                   资金 rows in printed order (年度资金总额 first, then 财政拨款, 财政专户管理资金, 单位资金
//                   or 其他资金); amounts in 万元 as printed ("" when not printed, at most six
//                   decimals); weight and score the 执行率 分值/得分 where printed; rate the printed
//                   执行率 ("97.36%") as typed
//   fund_management [{item, weight, score, note, problem}] — 资金管理情况 (安排科学性, 拨付合规性,
//                   使用规范性, 预算绩效管理情况) when the table has it
//   goals           {expected, actual} — 年度总体目标
//   tasks           [{column: text, …}] — the 部门整体 table's 年度主要任务 rows, their columns as printed
//   indicators      [{level1, level2, level3, target, actual, weight, score, deviation, reason}] —
//                   一级/二级/三级指标, 年度指标值 and 实际完成值 as typed, 分值, 得分 as typed,
//                   偏差度 as printed, 偏差原因分析及改进措施
//   total_weight, total_score, grade   as printed ("" when not)
//
// Scores and weights are points with at most two decimals (Points); a score left blank is not
// given. Every text is bounded and free of control characters other than tab and line breaks.

#include "error.h"
#include "money.h"
#include "scoring.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace fa {

struct FundRow {
    QString source;                     // 年度资金总额, 财政拨款, …
    std::optional<Money> budgetInitial; // 年初预算数
    std::optional<Money> budgetFull;    // 全年预算数
    std::optional<Money> executed;      // 全年执行数
    std::optional<Points> weight;       // 分值 of 执行率, where printed
    QString rate;                       // 执行率 as printed
    std::optional<Points> score;        // 得分 of 执行率, where printed

    friend bool operator==(const FundRow &, const FundRow &) = default;
};

struct FundManagementItem {
    QString item; // 安排科学性, 拨付合规性, 使用规范性, 预算绩效管理情况
    std::optional<Points> weight;
    std::optional<Points> score;
    QString note;    // 情况说明
    QString problem; // 存在问题

    friend bool operator==(const FundManagementItem &, const FundManagementItem &) = default;
};

struct Indicator {
    QString level1, level2, level3;
    QString target; // 年度指标值 as typed: "≥95%", "≤9万元", "有所提升"
    QString actual; // 实际完成值 as typed
    std::optional<Points> weight;
    std::optional<Points> score; // 得分 as typed
    QString deviation;           // 偏差度 as printed
    QString reason;              // 偏差原因分析及改进措施

    friend bool operator==(const Indicator &, const Indicator &) = default;
};

struct Evaluation {
    enum class Kind { Department, Project };
    Kind kind = Kind::Project;
    QString name;
    QString supervisor;
    QString implementer;
    std::vector<FundRow> funds;
    std::vector<FundManagementItem> management;
    QString goalExpected;
    QString goalActual;
    std::vector<std::vector<std::pair<QString, QString>>> tasks; // rows of (column, text)
    std::vector<Indicator> indicators;
    std::optional<Points> totalWeight;
    std::optional<Points> totalScore;
    QString grade;

    friend bool operator==(const Evaluation &, const Evaluation &) = default;
};

// Bounds on untrusted input.
inline constexpr int kMaxEvaluations = 500;
inline constexpr int kMaxEvaluationRows = 1000; // funds, items, tasks or indicators of one evaluation

// Reads one evaluation of the JSON form. Errors name the field ("indicators[3].weight") and say
// what is wrong; unknown keys are refused.
Result<Evaluation> evaluationFromJson(const QJsonObject &o);
// The JSON form of an evaluation: evaluationFromJson(evaluationToJson(e)) == e.
QJsonObject evaluationToJson(const Evaluation &e);

// The 资金 row that stands for the whole: 年度资金总额 (the row the 执行率 is scored on and the checks and
// §十三 read), else the first row; -1 when the table has no 资金 rows.
int totalFundRow(const Evaluation &e);

// What the rules (scoring.h) give for an evaluation, beside what it prints.
struct EvaluationScores {
    // 执行率 from the 年度资金总额 row (全年执行数 ÷ 全年预算数, its printed 分值 or 10); absent when the
    // row does not give both amounts.
    std::optional<ExecutionScore> execution;
    std::vector<IndicatorScore> indicators; // one per indicator, in order
    // 执行率 + 资金管理 (as typed: the deductions behind them are not in the table) + the indicators.
    TotalScore total;
};
EvaluationScores scoreEvaluation(const Evaluation &e);

// Reads the "evaluations" array; errors say which evaluation ("evaluations[2].funds[0].executed").
Result<std::vector<Evaluation>> evaluationsFromJson(const QJsonArray &a);
QJsonArray evaluationsToJson(const std::vector<Evaluation> &list);

} // namespace fa
