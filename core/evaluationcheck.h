#pragma once

// The checks of part 5, 附件 绩效自评: what a reviewer marks in the 绩效自评 tables, read against
// the scoring rules (scoring.h) and against the rest of the document.
//
//   perf.fund_total       年度资金总额 differs from the sum of its sources (财政拨款, 财政专户管理资金,
//                         单位资金) in 年初预算数, 全年预算数 or 全年执行数
//   perf.rate             an 执行率 as printed that is not 全年执行数 ÷ 全年预算数 (compared at the
//                         decimals it is printed with, rounded half up)
//   perf.execution_score  the 执行率 得分 typed differs from the rule's (分值 × 执行率, at most 分值)
//   perf.indicator_score  an indicator's 得分 typed outside what the rule gives (its exact score, or
//                         the range of its band for a qualitative result)
//   perf.deviation        a 偏差度 typed that differs from (实际 − 目标) ÷ 目标 (0 when met)
//   perf.reason           a missed target with no 偏差原因分析及改进措施
//   perf.weights          the 分值 (执行率, 资金管理, indicators) do not add up to 100, or to the
//                         printed 总分值
//   perf.level_weights    a project's 一级指标 分值 differ from 注2's (成本 10, 产出 30, 效益 25,
//                         满意度 5, with its shifts)
//   perf.total_sum        the 总分 typed is not the sum of the scores typed in the table
//   perf.total            the 总分 typed outside what the rules give
//   perf.grade            the 评价等级 typed is not the grade of the 总分 typed
//   perf.department_total the 部门整体 table's 全年执行数 differs from 公开01表 本年支出合计 (its
//                         财政拨款 row from 公开04表 财政拨款 本年支出合计): a difference that the
//                         rounding of 万元 figures explains is reported as 尾差
//   perf.project_money    a project's 全年执行数 exceeds 公开03表 项目支出合计 (its 财政拨款 row:
//                         05表 项目支出 + 07表 + 08表), or the projects' together exceed it
//
// All are warnings (or 尾差): the table is as the unit published it; the program says where it does
// not follow the rules and leaves the decision to people.

#include "checker.h"

#include <QString>

#include <vector>

namespace fa {

class Document;

struct EvaluationFinding {
    Severity severity = Severity::Warning;
    QString rule;        // "perf.indicator_score", …
    int evaluation = -1; // index into DocumentData::evaluations
    int indicator = -1;  // index into its indicators; -1 when the finding is not about one
    int fund = -1;       // index into its funds rows; -1 when none
    QString field;       // what is wrong: "score", "deviation", "reason", "rate", "executed", "total", "grade", "weight"
    QString found;       // the value typed
    QString expected;    // what the rules or the tables give ("4.74", "4.00–4.49")
    QString address;     // the table cell compared with, when one
    QString message;     // for people: names the evaluation and the indicator

    friend bool operator==(const EvaluationFinding &, const EvaluationFinding &) = default;
};

// Every finding of the document's 绩效自评 tables, in table order, each table's in the order of its
// rows (funds, then indicators, then the totals), then the findings across tables.
std::vector<EvaluationFinding> checkEvaluations(const Document &doc);

// "绩效自评 «name», 产出指标 / 数量指标 / 负面信息监测数": where a finding is, for people.
QString evaluationPlace(const Document &doc, const EvaluationFinding &f);

} // namespace fa
