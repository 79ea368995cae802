// Every rule of template 2024 (core/template2024.cpp) pinned so that breaking it fails a test:
// - every derived cell against sums computed here from the entered values alone (the test's own
//   reading of DOMAIN.md, not the template's formulas), on a document with distinct amounts in
//   every entered cell: a dropped term, or a term taken from the wrong column or line, changes
//   the result;
// - every check on a balanced document (no finding), on that document with entered amounts moved
//   (exactly the findings the rules name, with their amounts), and on the distinct-values document
//   (every finding the rules imply and no other);
// - every threshold at, just inside and just outside its boundary.
// Documents are built only through DocumentData and Document::create; results are read only
// from the engine, the checker and data().

#include "support.h"

#include <catch2/catch.hpp>

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <vector>

using namespace fa;

namespace {

using Fen = std::int64_t;

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

QString cell(const QString &table, const QString &row, const QString &column)
{
    return table + QLatin1Char('/') + row + QLatin1Char('/') + column;
}

// The names the rules use, spelled out here rather than taken from the template.
const QString kTotalRow = u("合计");
const QStringList kIncomeColumns = {u("财政拨款收入"), u("上级补助收入"),     u("事业收入"),
                                    u("经营收入"),     u("附属单位上缴收入"), u("其他收入")};
const QStringList kExpenseColumns = {u("基本支出"), u("项目支出"), u("上缴上级支出"), u("经营支出"),
                                     u("对附属单位补助支出")};
const QString kIncomeTotal = u("本年收入合计");
const QString kExpenseTotal = u("本年支出合计");
const QString kBasic = u("基本支出");
const QString kProject = u("项目支出");
const QString kSubtotal = u("小计");
const QString kBudget = u("年初预算");
const QString kOpening = u("年初结转和结余");
const QString kIncome = u("本年收入");
const QString kSpent = u("本年支出小计");
const QString kClosing = u("年末结转和结余");
const QString kJss = u("决算数");
const QString kJe = u("金额");
const QString kHj = u("合计");
const QString kGen = u("一般公共预算财政拨款");
const QString kFund = u("政府性基金预算财政拨款");
const QString kCap = u("国有资本经营预算财政拨款");
const QString kPersonnel = u("人员经费合计");
const QString kPublicUse = u("公用经费合计");
const QString kBudgetRow = u("预算");
const QString kActualRow = u("决算");
const QString kAbroad = u("因公出国（境）费");
const QString kCars = u("公务用车购置及运行维护费小计");
const QString kCarBuy = u("公务用车购置费");
const QString kCarRun = u("公务用车运行维护费");
const QString kReception = u("公务接待费");
// The four entered 三公 columns, in printed order.
const QStringList kThreeCosts = {kAbroad, kCarBuy, kCarRun, kReception};
// The 26 类 in the order of 01表 lines 32–57 and 04表 lines 33–58 (DOMAIN.md).
const QStringList kClasses = {u("201"), u("202"), u("203"), u("204"), u("205"), u("206"), u("207"),
                              u("208"), u("210"), u("211"), u("212"), u("213"), u("214"), u("215"),
                              u("216"), u("217"), u("219"), u("220"), u("221"), u("222"), u("223"),
                              u("224"), u("229"), u("231"), u("232"), u("234")};
const QStringList kEconomicClasses = {u("301"), u("302"), u("303"), u("307"), u("310"), u("399")};

QString t01(int line)
{
    return cell(u("t01"), QString::number(line), kJss);
}

QString t04(int line, const QString &column = kJe)
{
    return cell(u("t04"), QString::number(line), column);
}

// 1 万元 written as 分.
constexpr Fen kWan = 1'000'000;

// ---- Documents ------------------------------------------------------------------------------

DocumentData emptyData()
{
    DocumentData d;
    d.unit = {u("规则测试单位"), u("单位"), u("行政单位"), 2024, u("2025-09")};
    d.amountUnit = AmountUnit::Yuan;
    return d;
}

// Lists the 项 `code` in `table`, naming its 款 and 项 (a name of our own beats any catalogue gap).
void addItem(DocumentData &d, const QString &table, const QString &code)
{
    d.subjectRows[table].insert(code);
    d.subjects[code.left(5)] = u("测试款") + code.left(5);
    d.subjects[code] = u("测试项") + code;
}

void addItem(DocumentData &d, const char *table, const char *code)
{
    addItem(d, u(table), u(code));
}

void put(DocumentData &d, const QString &address, Fen fen)
{
    d.values[address] = Money::fromFen(fen);
}

void put(DocumentData &d, const char *address, Fen fen)
{
    put(d, u(address), fen);
}

std::unique_ptr<Document> build(const DocumentData &d)
{
    auto doc = Document::create(d);
    INFO((doc ? QString() : doc.error().message).toStdString());
    REQUIRE(doc.ok());
    return std::move(doc.value());
}

Fen enteredFen(const DocumentData &d, const QString &address)
{
    const auto it = d.values.find(address);
    return it == d.values.end() ? 0 : it->second.fen();
}

std::set<QString> listedItems(const DocumentData &d, const QString &table)
{
    const auto it = d.subjectRows.find(table);
    return it == d.subjectRows.end() ? std::set<QString>{} : it->second;
}

bool hasText(const DocumentData &d, const QString &key)
{
    const auto it = d.texts.find(key);
    return it != d.texts.end() && !it->second.trimmed().isEmpty();
}

// ---- What the derivations must give ----------------------------------------------------------

// Every derived cell of a document, computed from its entered values the way DOMAIN.md defines
// the tables (row totals, 项→款→类→合计, 06表 类 and 经费 lines, 04表, 01表, 09表).
class Expected
{
public:
    explicit Expected(const DocumentData &d);

    // Any cell: derived as the rules say, else entered (a blank or absent cell is 0).
    Fen operator()(const QString &address) const
    {
        const auto it = m_derived.find(address);
        return it != m_derived.end() ? it->second : enteredFen(m_data, address);
    }
    Fen operator()(const char *address) const { return (*this)(u(address)); }
    const std::map<QString, Fen> &derived() const { return m_derived; }

private:
    Fen e(const QString &address) const { return enteredFen(m_data, address); }
    void subjectTable(const QString &table, const QStringList &columns, const QStringList &entered,
                      const std::function<Fen(const QString &item, const QString &column)> &rowTotal);

    DocumentData m_data;
    std::map<QString, Fen> m_derived;
};

void Expected::subjectTable(const QString &table, const QStringList &columns, const QStringList &entered,
                            const std::function<Fen(const QString &item, const QString &column)> &rowTotal)
{
    const std::set<QString> items = listedItems(m_data, table);
    std::set<QString> rows{kTotalRow};
    for (const QString &code : items) {
        rows.insert(code.left(3));
        rows.insert(code.left(5));
        rows.insert(code);
    }
    auto itemValue = [&](const QString &code, const QString &column) {
        return entered.contains(column) ? e(cell(table, code, column)) : rowTotal(code, column);
    };
    for (const QString &row : rows) {
        for (const QString &column : columns) {
            if (row.size() == 7 && entered.contains(column))
                continue;
            Fen sum = 0;
            for (const QString &code : items) {
                if (row == kTotalRow || code.startsWith(row))
                    sum += itemValue(code, column);
            }
            m_derived[cell(table, row, column)] = sum;
        }
    }
}

Expected::Expected(const DocumentData &d)
    : m_data(d)
{
    const QString T02 = u("t02"), T03 = u("t03"), T05 = u("t05"), T06 = u("t06"), T07 = u("t07"), T08 = u("t08"),
                  T09 = u("t09");

    // 02/03/05/07/08表: row totals on 项 rows, sums up the tree on every column.
    subjectTable(T02, QStringList{kIncomeTotal} + kIncomeColumns, kIncomeColumns, [&](const QString &code, const QString &) {
        Fen s = 0;
        for (const QString &c : kIncomeColumns)
            s += e(cell(T02, code, c));
        return s;
    });
    subjectTable(T03, QStringList{kExpenseTotal} + kExpenseColumns, kExpenseColumns, [&](const QString &code, const QString &) {
        Fen s = 0;
        for (const QString &c : kExpenseColumns)
            s += e(cell(T03, code, c));
        return s;
    });
    subjectTable(T05, {kSubtotal, kBasic, kProject, kBudget}, {kBasic, kProject, kBudget},
                 [&](const QString &code, const QString &) { return e(cell(T05, code, kBasic)) + e(cell(T05, code, kProject)); });
    subjectTable(T07, {kOpening, kIncome, kSpent, kBasic, kProject, kClosing}, {kOpening, kIncome, kBasic, kProject},
                 [&](const QString &code, const QString &column) {
                     const Fen spent = e(cell(T07, code, kBasic)) + e(cell(T07, code, kProject));
                     if (column == kSpent)
                         return spent;
                     return e(cell(T07, code, kOpening)) + e(cell(T07, code, kIncome)) - spent; // 年末
                 });
    subjectTable(T08, {kSubtotal, kBasic, kProject}, {kBasic, kProject},
                 [&](const QString &code, const QString &) { return e(cell(T08, code, kBasic)) + e(cell(T08, code, kProject)); });

    // 06表: each economic 类 is the sum of its 款; 人员经费 = 301 + 303; 公用经费 = 302 + 307 + 310 + 399.
    for (const QString &cls : kEconomicClasses) {
        Fen s = 0;
        for (const auto &[address, amount] : d.values) {
            const QStringList p = address.split(QLatin1Char('/'));
            if (p.at(0) == T06 && p.at(1).size() == 5 && p.at(1).startsWith(cls))
                s += amount.fen();
        }
        m_derived[cell(T06, cls, kJss)] = s;
    }
    auto economic = [&](const char *cls) { return m_derived.at(cell(T06, u(cls), kJss)); };
    m_derived[cell(T06, kPersonnel, kJss)] = economic("301") + economic("303");
    m_derived[cell(T06, kPublicUse, kJss)] = economic("302") + economic("307") + economic("310") + economic("399");

    // 04表 income side: 27 = 1 + 2 + 3, 28 = 29 + 30 + 31, 32 = 27 + 28.
    m_derived[t04(27)] = e(t04(1)) + e(t04(2)) + e(t04(3));
    m_derived[t04(28)] = e(t04(29)) + e(t04(30)) + e(t04(31));
    m_derived[t04(32)] = m_derived[t04(27)] + m_derived[t04(28)];
    // 04表 expense side: each 类 line from 05表 小计 / 07表 本年支出小计 / 08表 小计 of that 类.
    struct Source {
        QString column, table, sourceColumn;
    };
    const std::vector<Source> sources = {{kGen, T05, kSubtotal}, {kFund, T07, kSpent}, {kCap, T08, kSubtotal}};
    Fen spent59 = 0, closing60 = 0;
    for (const Source &s : sources) {
        Fen sum = 0;
        for (int i = 0; i < kClasses.size(); ++i) {
            const Fen v = (*this)(cell(s.table, kClasses.at(i), s.sourceColumn));
            m_derived[t04(33 + i, s.column)] = v;
            m_derived[t04(33 + i, kHj)] += v;
            sum += v;
        }
        m_derived[t04(59, s.column)] = sum;
        m_derived[t04(64, s.column)] = sum + e(t04(60, s.column));
        spent59 += sum;
        closing60 += e(t04(60, s.column));
    }
    m_derived[t04(59, kHj)] = spent59;
    m_derived[t04(60, kHj)] = closing60;
    m_derived[t04(64, kHj)] = spent59 + closing60;

    // 01表: 1–3 as 04表 1–3, 4–8 the 02表 合计 of 上级补助收入 … 其他收入, 27, 31; 32–57 the 03表 类 totals, 58, 62.
    Fen income = 0;
    for (int l = 1; l <= 3; ++l)
        income += m_derived[t01(l)] = e(t04(l));
    for (int l = 4; l <= 8; ++l)
        income += m_derived[t01(l)] = m_derived.at(cell(T02, kTotalRow, kIncomeColumns.at(l - 3)));
    m_derived[t01(27)] = income;
    m_derived[t01(31)] = income + e(t01(28)) + e(t01(29));
    Fen spent = 0;
    for (int i = 0; i < kClasses.size(); ++i)
        spent += m_derived[t01(32 + i)] = (*this)(cell(T03, kClasses.at(i), kExpenseTotal));
    m_derived[t01(58)] = spent;
    m_derived[t01(62)] = spent + e(t01(59)) + e(t01(60));

    // 09表: 公务用车 小计 = 购置 + 运行维护; 合计 = 出国 + 小计 + 接待; for 预算 and 决算.
    for (const QString &row : {kBudgetRow, kActualRow}) {
        const Fen cars = e(cell(T09, row, kCarBuy)) + e(cell(T09, row, kCarRun));
        m_derived[cell(T09, row, kCars)] = cars;
        m_derived[cell(T09, row, kHj)] = e(cell(T09, row, kAbroad)) + cars + e(cell(T09, row, kReception));
    }

    // 补充数据: 政府采购支出总额 = 货物 + 工程 + 服务.
    m_derived[u("x01/政府采购合计/金额")] =
        e(u("x01/政府采购货物/金额")) + e(u("x01/政府采购工程/金额")) + e(u("x01/政府采购服务/金额"));
}

// ---- What the checks must report ---------------------------------------------------------------

std::string amountText(std::optional<Fen> fen)
{
    return fen ? std::to_string(*fen) : std::string("none");
}

std::string describe(const QString &rule, const QString &address, Severity severity, std::optional<Fen> expected,
                     std::optional<Fen> actual)
{
    return (rule + QStringLiteral(" at ") + address + QStringLiteral(" [") + severityName(severity) + QStringLiteral("]"))
               .toStdString()
           + " expected " + amountText(expected) + " actual " + amountText(actual);
}

std::string describe(const Finding &f)
{
    return describe(f.rule, f.address, f.severity, f.expected ? std::optional(f.expected->fen()) : std::nullopt,
                    f.actual ? std::optional(f.actual->fen()) : std::nullopt);
}

std::set<std::string> describeAll(const Document &doc)
{
    std::set<std::string> out;
    for (const Finding &f : doc.checker().findings())
        out.insert(describe(f));
    return out;
}

std::set<std::string> ruleIds(const Document &doc)
{
    std::set<std::string> out;
    for (const Finding &f : doc.checker().findings())
        out.insert(f.rule.toStdString());
    return out;
}

std::vector<Finding> findingsOf(const Document &doc, const char *rule)
{
    std::vector<Finding> out;
    for (const Finding &f : doc.checker().findings()) {
        if (f.rule == u(rule))
            out.push_back(f);
    }
    return out;
}

std::optional<Finding> onlyFindingOf(const Document &doc, const char *rule)
{
    const auto found = findingsOf(doc, rule);
    REQUIRE(found.size() <= 1);
    return found.empty() ? std::nullopt : std::optional(found.front());
}

// Σ lhs == Σ rhs; shown at lhs[0] with expected = Σ rhs, actual = Σ lhs.
struct EqualRule {
    const char *id;
    std::vector<const char *> lhs;
    std::vector<const char *> rhs;
};

const std::vector<EqualRule> &equalRules()
{
    static const std::vector<EqualRule> rules = {
        {"t01.balance", {"t01/31/决算数"}, {"t01/62/决算数"}},
        {"t04.balance", {"t04/32/金额"}, {"t04/64/合计"}},
        {"t02.total", {"t02/合计/本年收入合计"}, {"t01/27/决算数"}},
        {"t02.fiscal", {"t02/合计/财政拨款收入"}, {"t01/1/决算数", "t01/2/决算数", "t01/3/决算数"}},
        {"t03.total", {"t03/合计/本年支出合计"}, {"t01/58/决算数"}},
        {"t05.total", {"t05/合计/小计"}, {"t04/59/一般公共预算财政拨款"}},
        {"t07.total", {"t07/合计/本年支出小计"}, {"t04/59/政府性基金预算财政拨款"}},
        {"t08.total", {"t08/合计/小计"}, {"t04/59/国有资本经营预算财政拨款"}},
        {"t04.balance.general", {"t04/59/一般公共预算财政拨款", "t04/60/一般公共预算财政拨款"}, {"t04/1/金额", "t04/29/金额"}},
        {"t04.balance.fund", {"t04/59/政府性基金预算财政拨款", "t04/60/政府性基金预算财政拨款"}, {"t04/2/金额", "t04/30/金额"}},
        {"t04.balance.capital", {"t04/59/国有资本经营预算财政拨款", "t04/60/国有资本经营预算财政拨款"}, {"t04/3/金额", "t04/31/金额"}},
        {"t07.opening", {"t07/合计/年初结转和结余"}, {"t04/30/金额"}},
        {"t07.income", {"t07/合计/本年收入"}, {"t04/2/金额"}},
        {"t07.closing", {"t07/合计/年末结转和结余"}, {"t04/60/政府性基金预算财政拨款"}},
        {"t05.basic", {"t05/合计/基本支出"}, {"t06/人员经费合计/决算数", "t06/公用经费合计/决算数"}},
    };
    return rules;
}

// For each 类 (in catalogue order): table/类/column == targetTable line (firstLine + i)/targetColumn.
struct ClassRule {
    const char *id, *table, *column, *targetTable;
    int firstLine;
    const char *targetColumn;
};
const ClassRule kClassRules[] = {
    {"t03.class", "t03", "本年支出合计", "t01", 32, "决算数"},
    {"t05.class", "t05", "小计", "t04", 33, "一般公共预算财政拨款"},
    {"t07.class", "t07", "本年支出小计", "t04", 33, "政府性基金预算财政拨款"},
    {"t08.class", "t08", "小计", "t04", 33, "国有资本经营预算财政拨款"},
};

// These compare a cell with the cell derived from it: given the derivations they cannot differ,
// so they can only be pinned as "never fires" (they guard the derivations, and a broken
// derivation does make them fire, see the distinct-values test).
const std::set<std::string> kTautologicalRules = {"t03.total", "t03.class", "t05.total", "t05.class",
                                                  "t07.total", "t07.class", "t08.total", "t08.class"};

// A change from last year of more than 30 % needs a reason.
struct ChangeRule {
    const char *id, *address, *prior;
};
const ChangeRule kChangeRules[] = {
    {"t01.change", "t01/31/决算数", "t01/31/上年决算数"},
    {"t04.change", "t04/32/金额", "t04/32/上年金额"},
    {"t05.change", "t04/59/一般公共预算财政拨款", "t04/59/上年一般公共预算财政拨款"},
    {"x01.change", "x01/机关运行经费/金额", "x01/机关运行经费/上年金额"},
};

// Every finding the rules imply for `d`, by the rules as DOMAIN.md states them. Every non-zero
// entered amount of `d` must be exact to the 分 (not whole 0.01 万元), so that every difference
// is an error, never 尾差 (which the tolerance tests pin separately).
std::set<std::string> expectedFindings(const DocumentData &d)
{
    for (const auto &[address, amount] : d.values) {
        INFO(address.toStdString());
        REQUIRE((amount.isZero() || !amount.isWanyuanPrecision()));
    }
    const Expected x(d);
    auto sum = [&](const std::vector<const char *> &cells) {
        Fen s = 0;
        for (const char *c : cells)
            s += x(c);
        return s;
    };
    std::set<std::string> out;
    for (const EqualRule &r : equalRules()) {
        const Fen a = sum(r.lhs), b = sum(r.rhs);
        if (a != b)
            out.insert(describe(u(r.id), u(r.lhs.front()), Severity::Error, b, a));
    }
    for (const ClassRule &r : kClassRules) {
        for (int i = 0; i < kClasses.size(); ++i) {
            const QString cls = kClasses.at(i);
            const QString target = cell(u(r.targetTable), QString::number(r.firstLine + i), u(r.targetColumn));
            bool listed = false;
            for (const QString &code : listedItems(d, u(r.table)))
                listed = listed || code.startsWith(cls);
            const QString here = listed ? cell(u(r.table), cls, u(r.column)) : target;
            const Fen a = listed ? x(here) : 0, b = x(target);
            if (a != b)
                out.insert(describe(u(r.id), here, Severity::Error, b, a));
        }
    }
    for (const QString &code : listedItems(d, u("t05"))) {
        // t05.le_t03: a 05表 项 above the same 项 and column of 03表 (blank or absent there: 0).
        for (const QString &column : {kBasic, kProject}) {
            const Fen a = x(cell(u("t05"), code, column)), b = x(cell(u("t03"), code, column));
            if (a > b)
                out.insert(describe(u("t05.le_t03"), cell(u("t05"), code, column), Severity::Error, b, a));
        }
        // t05.budget_reason: 小计 different from 年初预算 without a non-blank reason.
        const Fen a = x(cell(u("t05"), code, kSubtotal)), b = x(cell(u("t05"), code, kBudget));
        if (a != b && !hasText(d, u("reason/t05/") + code))
            out.insert(describe(u("t05.budget_reason"), cell(u("t05"), code, kBudget), Severity::Warning, b, a));
    }
    // t09.over_budget: 决算 above 预算 in 合计 and each entered column (not the 公务用车 小计).
    for (const QString &column : QStringList{kHj} + kThreeCosts) {
        const Fen a = x(cell(u("t09"), kActualRow, column)), b = x(cell(u("t09"), kBudgetRow, column));
        if (a > b)
            out.insert(describe(u("t09.over_budget"), cell(u("t09"), kActualRow, column), Severity::Warning, b, a));
    }
    // x01.sme / x01.small: 中小企业 above 政府采购总额, 小微 above 中小企业.
    {
        const Fen total = x(u("x01/政府采购货物/金额")) + x(u("x01/政府采购工程/金额")) + x(u("x01/政府采购服务/金额"));
        const Fen sme = x(u("x01/授予中小企业/金额")), small = x(u("x01/授予小微企业/金额"));
        if (sme > total)
            out.insert(describe(u("x01.sme"), u("x01/授予中小企业/金额"), Severity::Warning, total, sme));
        if (small > sme)
            out.insert(describe(u("x01.small"), u("x01/授予小微企业/金额"), Severity::Warning, sme, small));
    }
    for (const ChangeRule &r : kChangeRules) {
        if (!d.values.count(u(r.prior)))
            continue; // last year unknown
        const Fen prior = x(r.prior), now = x(r.address);
        if (prior == 0 || hasText(d, u("reason/change/") + u(r.address)))
            continue;
        const Fen change = now > prior ? now - prior : prior - now;
        if (change * 100 > 30 * (prior < 0 ? -prior : prior))
            out.insert(describe(u(r.id), u(r.address), Severity::Warning, prior, now));
    }
    for (const auto &[address, amount] : d.values) {
        if (amount.isNegative())
            out.insert(describe(u("amount.negative"), address, Severity::Error, std::nullopt, amount.fen()));
    }
    return out;
}

// ---- The documents the tests use ------------------------------------------------------------------

// 项 in every 类 (so every 01/04表 类 line has a source), several 项 in some 款 and several 款 in
// some 类, the same 项 in 02/03/05/07/08表 plus one 05表 项 that 03表 lacks; then a distinct amount
// (exact to the 分, below 10^9 分) in every entered cell, and one of them negative.
DocumentData distinctData()
{
    DocumentData d = emptyData();
    QStringList items;
    for (const QString &cls : kClasses)
        items << cls + u("0101");
    items << u("2010102") << u("2010301") << u("2080502") << u("2080801") << u("2240106");
    for (const char *table : {"t02", "t03", "t05", "t07", "t08"}) {
        for (const QString &code : items)
            addItem(d, u(table), code);
    }
    addItem(d, "t05", "2010199");

    const auto shape = build(d);
    const Engine &e = shape->engine();
    std::mt19937_64 rng(20240917);
    std::set<Fen> used;
    for (CellId id = 0; id < e.cellCount(); ++id) {
        if (!e.isEntered(id))
            continue;
        Fen v = 0;
        do
            v = 1 + Fen(rng() % 999'999'999);
        while (v % Money::kFenPerWanyuanCent == 0 || !used.insert(v).second);
        d.values[e.address(id)] = Money::fromFen(v);
    }
    put(d, "t01/28/决算数", -enteredFen(d, u("t01/28/决算数")));
    // Reasons: a real one, a blank one, and one for a change.
    d.texts[u("reason/t05/2010102")] = u("年中追加预算。");
    d.texts[u("reason/t05/2080502")] = u(" 　\t");
    d.texts[u("reason/change/t04/32/金额")] = u("收入增加。");
    return d;
}

// A consistent document: no finding at all, every term of every check non-zero, every amount
// exact to the 分. 05表 2010101 equals 03表 column by column (the edge of t05.le_t03); every 三公
// 决算 is below its 预算. The balancing amounts are computed, the rest typed.
DocumentData balancedData()
{
    DocumentData d = emptyData();
    addItem(d, "t05", "2010101");
    addItem(d, "t05", "2080501");
    put(d, "t05/2010101/基本支出", 5'000'011);
    put(d, "t05/2010101/项目支出", 1'200'037);
    put(d, "t05/2010101/年初预算", 5'000'011 + 1'200'037);
    put(d, "t05/2080501/基本支出", 800'053);
    put(d, "t05/2080501/项目支出", 300'071);
    put(d, "t05/2080501/年初预算", 800'053 + 300'071);

    for (const char *code : {"2010101", "2080501", "2130101"})
        addItem(d, "t03", code);
    put(d, "t03/2010101/基本支出", 5'000'011);
    put(d, "t03/2010101/项目支出", 1'200'037);
    put(d, "t03/2010101/上缴上级支出", 10'009);
    put(d, "t03/2010101/经营支出", 20'011);
    put(d, "t03/2010101/对附属单位补助支出", 30'013);
    put(d, "t03/2080501/基本支出", 900'101);
    put(d, "t03/2080501/项目支出", 300'089);
    put(d, "t03/2130101/基本支出", 400'003);

    addItem(d, "t07", "2296002");
    put(d, "t07/2296002/年初结转和结余", 700'001);
    put(d, "t07/2296002/本年收入", 900'017);
    put(d, "t07/2296002/基本支出", 200'029);
    put(d, "t07/2296002/项目支出", 500'041);
    addItem(d, "t08", "2230199");
    put(d, "t08/2230199/基本支出", 60'013);
    put(d, "t08/2230199/项目支出", 90'031);

    put(d, "t06/30101/决算数", 3'000'007); // 301
    put(d, "t06/30302/决算数", 1'000'019); // 303
    put(d, "t06/30201/决算数", 1'500'023); // 302
    put(d, "t06/30701/决算数", 100'003);   // 307
    put(d, "t06/31002/决算数", 150'001);   // 310

    put(d, "t04/29/金额", 400'009);
    put(d, "t04/31/金额", 50'021);
    put(d, t04(60, kGen), 600'019);
    put(d, t04(60, kCap), 30'011);
    {
        const Expected x(d);
        put(d, "t06/39907/决算数", x("t05/合计/基本支出") - x("t06/人员经费合计/决算数") - x("t06/公用经费合计/决算数")); // 399
        put(d, "t04/30/金额", x("t07/合计/年初结转和结余"));
        put(d, t04(60, kFund), x("t07/合计/年末结转和结余"));
        put(d, "t04/1/金额", x(t04(59, kGen)) + x(t04(60, kGen)) - x("t04/29/金额"));
        put(d, "t04/2/金额", x("t07/合计/本年收入"));
        put(d, "t04/3/金额", x(t04(59, kCap)) + x(t04(60, kCap)) - x("t04/31/金额"));
    }

    for (const char *code : {"2010101", "2080501", "2296002"})
        addItem(d, "t02", code);
    put(d, "t02/2010101/财政拨款收入", 5'000'101);
    put(d, "t02/2080501/财政拨款收入", 1'860'115);
    put(d, "t02/2010101/上级补助收入", 11'003);
    put(d, "t02/2010101/事业收入", 22'013);
    put(d, "t02/2010101/经营收入", 33'023);
    put(d, "t02/2010101/附属单位上缴收入", 44'033);
    put(d, "t02/2010101/其他收入", 55'049);
    put(d, "t02/2080501/事业收入", 66'011);
    {
        const Expected x(d);
        put(d, "t02/2296002/财政拨款收入", x("t04/1/金额") + x("t04/2/金额") + x("t04/3/金额") - x("t02/合计/财政拨款收入"));
    }

    put(d, "t01/28/决算数", 12'007);
    put(d, "t01/29/决算数", 250'033);
    put(d, "t01/59/决算数", 5'003);
    {
        const Expected x(d);
        put(d, "t01/60/决算数", x("t01/31/决算数") - x("t01/58/决算数") - x("t01/59/决算数"));
    }

    const std::array<Fen, 4> budget = {30'011, 200'003, 50'021, 20'011};
    const std::array<Fen, 4> actual = {20'017, 150'001, 40'009, 10'007};
    for (int i = 0; i < 4; ++i) {
        put(d, cell(u("t09"), kBudgetRow, kThreeCosts.at(i)), budget[i]);
        put(d, cell(u("t09"), kActualRow, kThreeCosts.at(i)), actual[i]);
    }

    for (const auto &[address, amount] : d.values) {
        INFO(address.toStdString());
        REQUIRE(amount.fen() > 0);
        REQUIRE_FALSE(amount.isWanyuanPrecision());
    }
    return d;
}

struct Move {
    const char *address;
    Fen delta;
};

DocumentData moved(DocumentData d, const std::vector<Move> &moves)
{
    for (const Move &m : moves)
        put(d, m.address, enteredFen(d, u(m.address)) + m.delta);
    return d;
}

// The document reports exactly what the rules imply (amounts included), and the rules that fire
// are `rules`.
void expectFindings(const DocumentData &d, const std::set<std::string> &rules)
{
    const auto doc = build(d);
    CHECK(describeAll(*doc) == expectedFindings(d));
    CHECK(ruleIds(*doc) == rules);
}

void expectMoved(const std::vector<Move> &moves, const std::set<std::string> &rules)
{
    std::string what;
    for (const Move &m : moves)
        what += std::string(m.address) + (m.delta < 0 ? " " : " +") + std::to_string(m.delta) + "  ";
    INFO("moved: " << what);
    expectFindings(moved(balancedData(), moves), rules);
}

} // namespace

// ---- Derivations -----------------------------------------------------------------------------------

TEST_CASE("rules: every derived cell is the sum DOMAIN.md defines, with distinct amounts in every entered cell", "[rules]")
{
    const DocumentData d = distinctData();
    const auto doc = build(d);
    const Engine &e = doc->engine();
    const Expected expected(d);

    std::vector<std::string> wrong;
    int derivedCells = 0;
    for (CellId id = 0; id < e.cellCount(); ++id) {
        const QString a = e.address(id);
        if (e.isEntered(id)) {
            // Entered cells come through as typed.
            if (!e.isSet(id) || e.value(id).fen() != enteredFen(d, a))
                wrong.push_back(a.toStdString() + ": entered value not kept");
            continue;
        }
        ++derivedCells;
        const auto it = expected.derived().find(a);
        if (it == expected.derived().end())
            wrong.push_back(a.toStdString() + ": derived by the engine, but no rule defines it");
        else if (e.value(id).fen() != it->second)
            wrong.push_back(a.toStdString() + ": expected " + std::to_string(it->second) + ", engine "
                            + std::to_string(e.value(id).fen()));
    }
    for (const auto &[a, v] : expected.derived()) {
        const CellId id = e.find(a);
        if (id == kNoCell || e.isEntered(id))
            wrong.push_back(a.toStdString() + ": should be a derived cell");
    }
    CHECK(wrong.empty());
    CHECK(derivedCells == int(expected.derived().size()));
    // The document is as meant: every 01表 and 04表 类 line has a non-zero source.
    for (int i = 0; i < kClasses.size(); ++i) {
        CHECK(expected(t01(32 + i)) != 0);
        for (const QString &c : {kGen, kFund, kCap})
            CHECK(expected(t04(33 + i, c)) != 0);
    }
}

TEST_CASE("rules: 01表 lines 1–8 each take their own source, lines 27 and 31 add them up", "[rules]")
{
    DocumentData d = emptyData();
    addItem(d, "t02", "2010101");
    for (int i = 0; i < kIncomeColumns.size(); ++i)
        put(d, cell(u("t02"), u("2010101"), kIncomeColumns.at(i)), Fen(1) << i); // 1, 2, 4, … 32
    put(d, "t04/1/金额", 64);
    put(d, "t04/2/金额", 128);
    put(d, "t04/3/金额", 256);
    put(d, "t01/28/决算数", 512);
    put(d, "t01/29/决算数", 1024);
    const auto doc = build(d);
    const Engine &e = doc->engine();
    auto v = [&](const QString &a) { return e.value(e.find(a)).fen(); };
    CHECK(v(u("t02/2010101/本年收入合计")) == 63);
    CHECK(v(u("t02/合计/本年收入合计")) == 63);
    CHECK(v(t01(1)) == 64);
    CHECK(v(t01(2)) == 128);
    CHECK(v(t01(3)) == 256);
    CHECK(v(t01(4)) == 2);  // 上级补助收入
    CHECK(v(t01(5)) == 4);  // 事业收入
    CHECK(v(t01(6)) == 8);  // 经营收入
    CHECK(v(t01(7)) == 16); // 附属单位上缴收入
    CHECK(v(t01(8)) == 32); // 其他收入
    CHECK(v(t01(27)) == 64 + 128 + 256 + 2 + 4 + 8 + 16 + 32);
    CHECK(v(t01(31)) == 510 + 512 + 1024);
}

TEST_CASE("rules: 07表 本年支出小计 is 基本 + 项目 and 年末 is 年初 + 收入 − 本年支出", "[rules]")
{
    DocumentData d = emptyData();
    addItem(d, "t07", "2296002");
    addItem(d, "t07", "2120801");
    put(d, "t07/2296002/年初结转和结余", 1000);
    put(d, "t07/2296002/本年收入", 200);
    put(d, "t07/2296002/基本支出", 30);
    put(d, "t07/2296002/项目支出", 4);
    put(d, "t07/2120801/年初结转和结余", 50000);
    put(d, "t07/2120801/本年收入", 6000);
    put(d, "t07/2120801/基本支出", 700);
    put(d, "t07/2120801/项目支出", 80);
    const auto doc = build(d);
    const Engine &e = doc->engine();
    auto v = [&](const char *a) { return e.value(e.find(u(a))).fen(); };
    CHECK(v("t07/2296002/本年支出小计") == 34);
    CHECK(v("t07/2296002/年末结转和结余") == 1166);
    CHECK(v("t07/2120801/年末结转和结余") == 55220);
    CHECK(v("t07/22960/年末结转和结余") == 1166);
    CHECK(v("t07/212/本年支出小计") == 780);
    CHECK(v("t07/合计/本年支出小计") == 814);
    CHECK(v("t07/合计/年末结转和结余") == 56386);
    CHECK(v("t04/43/政府性基金预算财政拨款") == 780); // 212 is the 11th 类
    CHECK(v("t04/55/政府性基金预算财政拨款") == 34);  // 229 the 23rd
    CHECK(v("t04/59/政府性基金预算财政拨款") == 814);
}

TEST_CASE("rules: 06表 类 are sums of their 款, 人员经费 is 301 + 303, 公用经费 is 302 + 307 + 310 + 399", "[rules]")
{
    DocumentData d = emptyData();
    const std::vector<std::pair<const char *, Fen>> amounts = {
        {"t06/30101/决算数", 1},  {"t06/30102/决算数", 2},  {"t06/30301/决算数", 4},
        {"t06/30201/决算数", 8},  {"t06/30299/决算数", 16}, {"t06/30701/决算数", 32},
        {"t06/31002/决算数", 64}, {"t06/39907/决算数", 128}, {"t06/39999/决算数", 256}};
    for (const auto &[a, fen] : amounts)
        put(d, a, fen);
    const auto doc = build(d);
    const Engine &e = doc->engine();
    auto v = [&](const char *a) { return e.value(e.find(u(a))).fen(); };
    CHECK(v("t06/301/决算数") == 3);
    CHECK(v("t06/303/决算数") == 4);
    CHECK(v("t06/302/决算数") == 24);
    CHECK(v("t06/307/决算数") == 32);
    CHECK(v("t06/310/决算数") == 64);
    CHECK(v("t06/399/决算数") == 384);
    CHECK(v("t06/人员经费合计/决算数") == 3 + 4);
    CHECK(v("t06/公用经费合计/决算数") == 24 + 32 + 64 + 384);
}

TEST_CASE("rules: 04表 takes 05, 07 and 08表 per 类 in catalogue order, with its totals", "[rules]")
{
    DocumentData d = emptyData();
    addItem(d, "t05", "2010101"); // 201: line 33
    addItem(d, "t07", "2080101"); // 208: line 40
    addItem(d, "t08", "2340101"); // 234: line 58
    addItem(d, "t03", "2010101");
    addItem(d, "t03", "2340101");
    put(d, "t05/2010101/基本支出", 1);
    put(d, "t05/2010101/项目支出", 2);
    put(d, "t07/2080101/基本支出", 4);
    put(d, "t07/2080101/项目支出", 8);
    put(d, "t08/2340101/基本支出", 16);
    put(d, "t08/2340101/项目支出", 32);
    put(d, t04(60, kGen), 64);
    put(d, t04(60, kFund), 128);
    put(d, t04(60, kCap), 256);
    put(d, "t04/1/金额", 512);
    put(d, "t04/2/金额", 1024);
    put(d, "t04/3/金额", 2048);
    put(d, "t04/29/金额", 4096);
    put(d, "t04/30/金额", 8192);
    put(d, "t04/31/金额", 16384);
    put(d, "t03/2010101/上缴上级支出", 1);
    put(d, "t03/2340101/基本支出", 2);
    put(d, "t01/59/决算数", 4);
    put(d, "t01/60/决算数", 8);
    const auto doc = build(d);
    const Engine &e = doc->engine();
    auto v = [&](const QString &a) { return e.value(e.find(a)).fen(); };
    CHECK(v(t04(33, kGen)) == 3);
    CHECK(v(t04(33, kHj)) == 3);
    CHECK(v(t04(40, kFund)) == 12);
    CHECK(v(t04(40, kHj)) == 12);
    CHECK(v(t04(58, kCap)) == 48);
    CHECK(v(t04(58, kHj)) == 48);
    CHECK(v(t04(59, kGen)) == 3);
    CHECK(v(t04(59, kFund)) == 12);
    CHECK(v(t04(59, kCap)) == 48);
    CHECK(v(t04(59, kHj)) == 63);
    CHECK(v(t04(60, kHj)) == 448);
    CHECK(v(t04(64, kGen)) == 67);
    CHECK(v(t04(64, kFund)) == 140);
    CHECK(v(t04(64, kCap)) == 304);
    CHECK(v(t04(64, kHj)) == 511);
    CHECK(v(t04(27)) == 3584);
    CHECK(v(t04(28)) == 28672);
    CHECK(v(t04(32)) == 32256);
    CHECK(v(t01(32)) == 1);
    CHECK(v(t01(57)) == 2);
    CHECK(v(t01(58)) == 3);
    CHECK(v(t01(62)) == 15);
}

TEST_CASE("rules: 09表 公务用车 小计 and 合计, for 预算 and 决算", "[rules]")
{
    DocumentData d = emptyData();
    for (int i = 0; i < 4; ++i) {
        put(d, cell(u("t09"), kBudgetRow, kThreeCosts.at(i)), Fen(1) << i);     // 1 2 4 8
        put(d, cell(u("t09"), kActualRow, kThreeCosts.at(i)), Fen(16) << i);    // 16 32 64 128
    }
    const auto doc = build(d);
    const Engine &e = doc->engine();
    auto v = [&](const QString &row, const QString &column) { return e.value(e.find(cell(u("t09"), row, column))).fen(); };
    CHECK(v(kBudgetRow, kCars) == 2 + 4);
    CHECK(v(kBudgetRow, kHj) == 15);
    CHECK(v(kActualRow, kCars) == 32 + 64);
    CHECK(v(kActualRow, kHj) == 240);
}

// ---- Checks: where they fire and where they do not ------------------------------------------------

TEST_CASE("rules: the balanced document has no finding", "[rules]")
{
    const DocumentData d = balancedData();
    const auto doc = build(d);
    CHECK(describeAll(*doc).empty());
    CHECK(expectedFindings(d).empty());
    // Every term of every equality is non-zero, so a rule that dropped one would fire here.
    const Expected x(d);
    for (const EqualRule &r : equalRules()) {
        for (const auto *side : {&r.lhs, &r.rhs}) {
            for (const char *c : *side) {
                INFO(r.id << " " << c);
                if (kTautologicalRules.count(r.id) == 0)
                    CHECK(x(c) != 0);
            }
        }
    }
    for (const char *c : {"t06/301/决算数", "t06/302/决算数", "t06/303/决算数", "t06/307/决算数", "t06/310/决算数",
                          "t06/399/决算数", "t04/28/金额", "t04/60/合计"}) {
        INFO(c);
        CHECK(x(c) != 0);
    }
}

TEST_CASE("rules: on the distinct-values document every check reports what its rule implies and nothing else", "[rules]")
{
    const DocumentData d = distinctData();
    const auto doc = build(d);
    CHECK(describeAll(*doc) == expectedFindings(d));
    // Every rule that is not tautological fires here, each with its own amounts.
    CHECK(ruleIds(*doc)
          == std::set<std::string>{"t01.balance", "t04.balance", "t02.total", "t02.fiscal", "t04.balance.general",
                                   "t04.balance.fund", "t04.balance.capital", "t07.opening", "t07.income",
                                   "t07.closing", "t05.basic", "t05.le_t03", "t05.budget_reason", "t09.over_budget",
                                   "t01.change", "t05.change", "x01.change", "x01.small", "amount.negative"});
    // t04.change has a reason here; the reasoned 项 2010102 and the blank-reasoned 2080502:
    CHECK(findingsOf(*doc, "t04.change").empty());
    bool reasoned = false, blank = false;
    for (const Finding &f : findingsOf(*doc, "t05.budget_reason")) {
        reasoned = reasoned || f.address == u("t05/2010102/年初预算");
        blank = blank || f.address == u("t05/2080502/年初预算");
    }
    CHECK_FALSE(reasoned);
    CHECK(blank);
}

TEST_CASE("rules: t01.balance compares 01表 line 31 (27 + 28 + 29) with line 62 (58 + 59 + 60)", "[rules]")
{
    expectMoved({{"t01/28/决算数", 1}}, {"t01.balance"});
    expectMoved({{"t01/29/决算数", 1}}, {"t01.balance"});
    expectMoved({{"t01/59/决算数", 1}}, {"t01.balance"});
    expectMoved({{"t01/60/决算数", -1}}, {"t01.balance"});
    // Lines 4–8, through 02表.
    for (const char *a : {"t02/2010101/上级补助收入", "t02/2010101/事业收入", "t02/2010101/经营收入",
                          "t02/2010101/附属单位上缴收入", "t02/2010101/其他收入", "t02/2080501/事业收入"})
        expectMoved({{a, 1}}, {"t01.balance"});
    // Line 58, through 03表 columns no other table checks.
    for (const char *a : {"t03/2010101/上缴上级支出", "t03/2010101/经营支出", "t03/2010101/对附属单位补助支出",
                          "t03/2130101/基本支出", "t03/2080501/项目支出"})
        expectMoved({{a, 1}}, {"t01.balance"});
    // Terms on the same side compensate, terms on opposite sides add up.
    expectMoved({{"t01/28/决算数", 1}, {"t01/29/决算数", -1}}, {});
    expectMoved({{"t01/59/决算数", 1}, {"t01/60/决算数", -1}}, {});
    expectMoved({{"t01/29/决算数", 1}, {"t01/60/决算数", 1}}, {});
    expectMoved({{"t02/2010101/其他收入", 1}, {"t03/2010101/经营支出", 1}}, {});
}

TEST_CASE("rules: t02.total and t02.fiscal compare 02表 with 01表 line 27 and lines 1–3", "[rules]")
{
    expectMoved({{"t02/2010101/财政拨款收入", 1}}, {"t02.fiscal", "t02.total"});
    expectMoved({{"t02/2296002/财政拨款收入", -1}}, {"t02.fiscal", "t02.total"});
    expectMoved({{"t04/1/金额", 1}}, {"t02.fiscal", "t02.total", "t01.balance", "t04.balance", "t04.balance.general"});
    expectMoved({{"t04/2/金额", 1}}, {"t02.fiscal", "t02.total", "t01.balance", "t04.balance", "t04.balance.fund", "t07.income"});
    expectMoved({{"t04/3/金额", 1}}, {"t02.fiscal", "t02.total", "t01.balance", "t04.balance", "t04.balance.capital"});
    // Money moved between 02表 项 or between 01表 lines 1–3 keeps them equal.
    expectMoved({{"t02/2010101/财政拨款收入", 1}, {"t02/2080501/财政拨款收入", -1}}, {});
    // 02表 and line 1 (or 3) up together: only 01表 总计 (line 31) moves.
    expectMoved({{"t02/2010101/财政拨款收入", 1}, {"t04/1/金额", 1}, {"t04/29/金额", -1}}, {"t01.balance"});
    expectMoved({{"t02/2010101/财政拨款收入", 1}, {"t04/3/金额", 1}, {"t04/31/金额", -1}}, {"t01.balance"});
}

TEST_CASE("rules: t04.balance and its three kinds balance 本年收入 + 年初 against 本年支出 + 年末", "[rules]")
{
    expectMoved({{"t04/29/金额", 1}}, {"t04.balance.general", "t04.balance"});
    expectMoved({{"t04/60/一般公共预算财政拨款", 1}}, {"t04.balance.general", "t04.balance"});
    expectMoved({{"t04/30/金额", 1}}, {"t04.balance.fund", "t04.balance", "t07.opening"});
    expectMoved({{"t04/60/政府性基金预算财政拨款", 1}}, {"t04.balance.fund", "t04.balance", "t07.closing"});
    expectMoved({{"t04/31/金额", 1}}, {"t04.balance.capital", "t04.balance"});
    expectMoved({{"t04/60/国有资本经营预算财政拨款", 1}}, {"t04.balance.capital", "t04.balance"});
    expectMoved({{"t08/2230199/基本支出", 1}}, {"t04.balance.capital", "t04.balance"});
    expectMoved({{"t08/2230199/项目支出", -1}}, {"t04.balance.capital", "t04.balance"});
    // Opposite sides: both up keeps the balance. Same side: one up, one down.
    expectMoved({{"t04/60/一般公共预算财政拨款", 1}, {"t04/29/金额", 1}}, {});
    expectMoved({{"t04/60/国有资本经营预算财政拨款", 1}, {"t04/31/金额", 1}}, {});
    expectMoved({{"t04/60/国有资本经营预算财政拨款", 1}, {"t08/2230199/项目支出", -1}}, {});
    expectMoved({{"t04/29/金额", 1}, {"t04/1/金额", -1}}, {"t02.fiscal", "t02.total", "t01.balance"});
    // One kind up, another down: each kind is out of balance, the whole is not.
    expectMoved({{"t04/29/金额", 1}, {"t04/31/金额", -1}}, {"t04.balance.general", "t04.balance.capital"});
    expectMoved({{"t04/60/一般公共预算财政拨款", 1}, {"t04/60/国有资本经营预算财政拨款", -1}},
                {"t04.balance.general", "t04.balance.capital"});
}

TEST_CASE("rules: t07.opening, t07.income and t07.closing compare 07表 合计 with 04表 lines 30, 2 and 60", "[rules]")
{
    expectMoved({{"t07/2296002/年初结转和结余", 1}}, {"t07.opening", "t07.closing"});
    expectMoved({{"t07/2296002/本年收入", 1}}, {"t07.income", "t07.closing"});
    expectMoved({{"t07/2296002/基本支出", 1}}, {"t07.closing", "t04.balance.fund", "t04.balance"});
    expectMoved({{"t07/2296002/项目支出", 1}}, {"t07.closing", "t04.balance.fund", "t04.balance"});
    // 年末 = 年初 + 收入 − 支出: 年初 and 支出 up together leave 年末 as it was.
    expectMoved({{"t07/2296002/年初结转和结余", 1}, {"t07/2296002/基本支出", 1}},
                {"t07.opening", "t04.balance.fund", "t04.balance"});
    expectMoved({{"t07/2296002/年初结转和结余", 1}, {"t07/2296002/本年收入", -1}}, {"t07.opening", "t07.income"});
    expectMoved({{"t07/2296002/基本支出", 1}, {"t07/2296002/项目支出", -1}}, {});
    // A 年末 below zero is derived, not entered: no amount.negative.
    expectMoved({{"t07/2296002/基本支出", 10'000'000}}, {"t07.closing", "t04.balance.fund", "t04.balance"});
}

TEST_CASE("rules: t05.basic compares 05表 基本支出 with 06表 人员经费 + 公用经费", "[rules]")
{
    for (const char *a : {"t06/30101/决算数", "t06/30302/决算数", "t06/30201/决算数", "t06/30701/决算数",
                          "t06/31002/决算数", "t06/39907/决算数"})
        expectMoved({{a, 1}}, {"t05.basic"});
    expectMoved({{"t06/30101/决算数", 1}, {"t06/39907/决算数", -1}}, {});
    expectMoved({{"t06/30302/决算数", 1}, {"t06/30701/决算数", -1}}, {});
    expectMoved({{"t06/31002/决算数", 1}, {"t06/30201/决算数", -1}}, {});
    expectMoved({{"t05/2010101/基本支出", 1}},
                {"t05.basic", "t05.le_t03", "t05.budget_reason", "t04.balance.general", "t04.balance"});
    expectMoved({{"t05/2080501/基本支出", 1}, {"t06/30201/决算数", 1}},
                {"t05.budget_reason", "t04.balance.general", "t04.balance"});
}

TEST_CASE("rules: t05.le_t03 allows a 05表 项 up to the same 项 and column of 03表, not 1 分 more", "[rules]")
{
    // Equal (2010101, both columns) is fine: the balanced document.
    expectMoved({{"t05/2010101/项目支出", 1}}, {"t05.le_t03", "t05.budget_reason", "t04.balance.general", "t04.balance"});
    expectMoved({{"t03/2010101/基本支出", -1}}, {"t05.le_t03", "t01.balance"});
    expectMoved({{"t03/2010101/项目支出", -1}}, {"t05.le_t03", "t01.balance"});
    // 2080501: 03表 基本支出 900,101 against 800,053 in 05表; down to equal, then 1 分 below.
    expectMoved({{"t03/2080501/基本支出", -(900'101 - 800'053)}}, {"t01.balance"});
    expectMoved({{"t03/2080501/基本支出", -(900'101 - 800'053) - 1}}, {"t05.le_t03", "t01.balance"});
    // A 05表 项 that 03表 does not list is compared with 0.
    DocumentData d = balancedData();
    addItem(d, "t05", "2050101");
    put(d, "t05/2050101/项目支出", 1);
    expectFindings(d, {"t05.le_t03", "t05.budget_reason", "t04.balance.general", "t04.balance"});
    const auto doc = build(d);
    const auto f = findingsOf(*doc, "t05.le_t03");
    REQUIRE(f.size() == 1);
    CHECK(f.front().address == u("t05/2050101/项目支出"));
    CHECK(f.front().severity == Severity::Error);
    CHECK(f.front().expected == Money::fromFen(0));
    CHECK(f.front().actual == Money::fromFen(1));
}

TEST_CASE("rules: t05.budget_reason wants a reason when 小计 differs from 年初预算 by even 1 分", "[rules]")
{
    // Equal (both 项) is fine: the balanced document. 1 分 either way is a warning at the 年初预算 cell.
    expectMoved({{"t05/2010101/年初预算", -1}}, {"t05.budget_reason"});
    expectMoved({{"t05/2010101/年初预算", 1}}, {"t05.budget_reason"});
    {
        const auto doc = build(moved(balancedData(), {{"t05/2010101/年初预算", 1}}));
        const auto f = onlyFindingOf(*doc, "t05.budget_reason");
        REQUIRE(f);
        CHECK(f->address == u("t05/2010101/年初预算"));
        CHECK(f->severity == Severity::Warning);
        CHECK(f->expected == Money::fromFen(6'200'049));
        CHECK(f->actual == Money::fromFen(6'200'048));
    }
    // 小计 is 基本 + 项目: both moved with the budget, nothing to explain.
    expectMoved({{"t05/2010101/项目支出", -1}, {"t05/2010101/年初预算", -1}}, {"t04.balance.general", "t04.balance"});
    expectMoved({{"t05/2080501/基本支出", -1}, {"t05/2080501/年初预算", -1}},
                {"t05.basic", "t04.balance.general", "t04.balance"});

    // A reason settles it; a blank one, or one for another 项, does not.
    const DocumentData differing = moved(balancedData(), {{"t05/2010101/年初预算", 1}});
    const QString key = u("reason/t05/2010101");
    DocumentData d = differing;
    d.texts[key] = u("年中调整预算。");
    expectFindings(d, {});
    for (const char *blank : {" ", "\t\n", "　　"}) {
        INFO("reason: '" << blank << "'");
        d.texts[key] = u(blank);
        expectFindings(d, {"t05.budget_reason"});
    }
    d = differing;
    d.texts[u("reason/t05/2080501")] = u("年中调整预算。");
    expectFindings(d, {"t05.budget_reason"});
}

TEST_CASE("rules: t09.over_budget warns when 决算 is 1 分 above 预算 in 合计 or an entered column", "[rules]")
{
    const std::array<Fen, 4> budget = {30'011, 200'003, 50'021, 20'011};
    auto withActual = [&](const std::array<Fen, 4> &actual) {
        DocumentData d = balancedData();
        for (int i = 0; i < 4; ++i)
            put(d, cell(u("t09"), kActualRow, kThreeCosts.at(i)), actual[i]);
        return d;
    };
    const Fen budgetTotal = budget[0] + budget[1] + budget[2] + budget[3];
    // Equal everywhere is fine; so is 1 分 below.
    expectFindings(withActual(budget), {});
    expectFindings(withActual({budget[0] - 1, budget[1] - 1, budget[2] - 1, budget[3] - 1}), {});
    for (int i = 0; i < 4; ++i) {
        INFO(kThreeCosts.at(i).toStdString());
        std::array<Fen, 4> actual = budget;
        ++actual[i];
        const DocumentData d = withActual(actual);
        expectFindings(d, {"t09.over_budget"});
        const auto doc = build(d);
        std::set<std::string> got;
        for (const Finding &f : findingsOf(*doc, "t09.over_budget"))
            got.insert(describe(f));
        CHECK(got
              == std::set<std::string>{
                  describe(u("t09.over_budget"), cell(u("t09"), kActualRow, kThreeCosts.at(i)), Severity::Warning,
                           budget[i], budget[i] + 1),
                  describe(u("t09.over_budget"), u("t09/决算/合计"), Severity::Warning, budgetTotal, budgetTotal + 1)});
    }
    // The 公务用车 小计 is not compared: 购置 over, 运行维护 under by as much: only 购置.
    const auto doc = build(withActual({budget[0], budget[1] + 1, budget[2] - 1, budget[3]}));
    const auto f = findingsOf(*doc, "t09.over_budget");
    REQUIRE(f.size() == 1);
    CHECK(f.front().address == u("t09/决算/公务用车购置费"));
}

TEST_CASE("rules: amount.negative flags −1 分 in every entered cell and 0 in none", "[rules]")
{
    const DocumentData base = balancedData();
    const auto shape = build(base);
    const Engine &e = shape->engine();
    int entered = 0;
    for (CellId id = 0; id < e.cellCount(); ++id) {
        if (!e.isEntered(id))
            continue;
        ++entered;
        const QString a = e.address(id);
        INFO(a.toStdString());
        DocumentData d = base;
        d.values[a] = Money::fromFen(-1);
        const auto negative = build(d);
        const auto f = onlyFindingOf(*negative, "amount.negative");
        REQUIRE(f);
        CHECK(f->address == a);
        CHECK(f->severity == Severity::Error);
        CHECK_FALSE(f->expected);
        CHECK(f->actual == Money::fromFen(-1));
        d.values[a] = Money::fromFen(0);
        CHECK(findingsOf(*build(d), "amount.negative").empty());
    }
    CHECK(entered > 200);
}

// ---- Thresholds -----------------------------------------------------------------------------------

namespace {

// A document where the cell a change rule watches holds `now`, made of several terms (so that
// watching a neighbouring cell would give another figure), and last year's figure is `prior`.
DocumentData changeData(const ChangeRule &r, Fen now, std::optional<Fen> prior)
{
    DocumentData d = emptyData();
    const QString id = u(r.id);
    if (id == u("t01.change")) {
        put(d, "t04/1/金额", 555); // 01表 line 1, so 27 ≠ 31
        put(d, "t01/28/决算数", 1234);
        put(d, "t01/29/决算数", now - 555 - 1234);
    } else if (id == u("t04.change")) {
        put(d, "t04/1/金额", 555); // 27 ≠ 32
        put(d, "t04/29/金额", 1234);
        put(d, "t04/31/金额", now - 555 - 1234);
    } else if (id == u("x01.change")) {
        put(d, "x01/机关运行经费/金额", now); // an entered figure
    } else {
        addItem(d, "t05", "2010101");
        put(d, "t05/2010101/基本支出", 1234);
        put(d, "t05/2010101/项目支出", now - 1234);
        addItem(d, "t07", "2296002"); // 59 合计 ≠ 59 一般公共预算
        put(d, "t07/2296002/基本支出", 77'777);
    }
    if (prior)
        put(d, r.prior, *prior);
    return d;
}

std::optional<Finding> changeFinding(const DocumentData &d, const ChangeRule &r)
{
    const auto doc = build(d);
    const Expected x(d);
    REQUIRE(doc->engine().value(doc->engine().find(u(r.address))).fen() == x(r.address));
    return onlyFindingOf(*doc, r.id);
}

void expectChangeWarning(const DocumentData &d, const ChangeRule &r, Fen now, Fen prior)
{
    const auto f = changeFinding(d, r);
    REQUIRE(f);
    CHECK(f->address == u(r.address));
    CHECK(f->severity == Severity::Warning);
    CHECK(f->expected == Money::fromFen(prior));
    CHECK(f->actual == Money::fromFen(now));
}

} // namespace

TEST_CASE("rules: a change of exactly 30 % needs no reason, 1 分 more does, up or down", "[rules]")
{
    for (const ChangeRule &r : kChangeRules) {
        INFO(r.id);
        const Fen prior = 1'000'000;
        CHECK_FALSE(changeFinding(changeData(r, 1'300'000, prior), r));
        CHECK_FALSE(changeFinding(changeData(r, 700'000, prior), r));
        CHECK_FALSE(changeFinding(changeData(r, 1'000'000, prior), r));
        expectChangeWarning(changeData(r, 1'300'001, prior), r, 1'300'001, prior);
        expectChangeWarning(changeData(r, 699'999, prior), r, 699'999, prior);
        // Last year unknown (blank) or zero: nothing to compare with.
        CHECK_FALSE(changeFinding(changeData(r, 5'000'000, std::nullopt), r));
        CHECK_FALSE(changeFinding(changeData(r, 5'000'000, 0), r));
        // A reason settles it; a blank one does not.
        DocumentData d = changeData(r, 1'300'001, prior);
        d.texts[u("reason/change/") + u(r.address)] = u("业务量增加。");
        CHECK_FALSE(changeFinding(d, r));
        d.texts[u("reason/change/") + u(r.address)] = u(" 　");
        expectChangeWarning(d, r, 1'300'001, prior);
    }
}

TEST_CASE("rules: the 30 % is measured exactly in 分 and against the size of last year's figure", "[rules]")
{
    const ChangeRule &r = kChangeRules[0];
    // 30 % of 3.33 元 is 0.999 元: 0.99 more is within it, 1.00 more is not.
    CHECK_FALSE(changeFinding(changeData(r, 333 + 99, 333), r));
    expectChangeWarning(changeData(r, 333 + 100, 333), r, 433, 333);
    CHECK_FALSE(changeFinding(changeData(r, 333 - 99, 333), r));
    expectChangeWarning(changeData(r, 333 - 100, 333), r, 233, 333);
    // A negative figure last year: the change is compared with its size.
    CHECK_FALSE(changeFinding(changeData(r, -1'300'000, -1'000'000), r));
    expectChangeWarning(changeData(r, -1'300'001, -1'000'000), r, -1'300'001, -1'000'000);
    // The reason must be the one for this figure.
    DocumentData d = changeData(r, 2'000'000, 1'000'000);
    d.texts[u("reason/change/t04/32/金额")] = u("业务量增加。");
    expectChangeWarning(d, r, 2'000'000, 1'000'000);
}

namespace {

Fen wan(const char *text)
{
    return Money::parse(u(text), AmountUnit::Wanyuan).value->fen();
}

// 05表 基本支出 on the given 项 against 06表 on the given 款: the t05.basic finding, if any.
std::optional<Finding> basicFinding(const std::vector<std::pair<const char *, Fen>> &t05Basic,
                                    const std::vector<std::pair<const char *, Fen>> &t06)
{
    DocumentData d = emptyData();
    d.amountUnit = AmountUnit::Wanyuan;
    for (const auto &[code, fen] : t05Basic) {
        addItem(d, "t05", code);
        put(d, cell(u("t05"), u(code), kBasic), fen);
    }
    for (const auto &[code, fen] : t06)
        put(d, cell(u("t06"), u(code), kJss), fen);
    return onlyFindingOf(*build(d), "t05.basic");
}

void expectBasic(const std::optional<Finding> &f, Severity severity, Fen expected, Fen actual)
{
    REQUIRE(f);
    CHECK(f->address == u("t05/合计/基本支出"));
    CHECK(f->severity == severity);
    CHECK(f->expected == Money::fromFen(expected));
    CHECK(f->actual == Money::fromFen(actual));
}

} // namespace

TEST_CASE("rules: 尾差 excuses up to 0.005 万元 per non-zero figure, only when every figure is whole 0.01 万元", "[rules]")
{
    // Four non-zero figures (two 项, two 款): up to 4 × 0.005 = 0.02 万元 is 尾差.
    const std::vector<std::pair<const char *, Fen>> t05 = {{"2010101", wan("100.00")}, {"2080501", wan("20.00")}};
    auto t06 = [](Fen second) { return std::vector<std::pair<const char *, Fen>>{{"30101", wan("90.00")}, {"30201", second}}; };
    CHECK_FALSE(basicFinding(t05, t06(wan("30.00"))));
    expectBasic(basicFinding(t05, t06(wan("29.98"))), Severity::Rounding, wan("119.98"), wan("120.00"));
    expectBasic(basicFinding(t05, t06(wan("29.97"))), Severity::Error, wan("119.97"), wan("120.00"));
    expectBasic(basicFinding(t05, t06(wan("30.02"))), Severity::Rounding, wan("120.02"), wan("120.00"));
    expectBasic(basicFinding(t05, t06(wan("30.03"))), Severity::Error, wan("120.03"), wan("120.00"));

    // A zero figure is no figure: it does not widen the limit.
    auto t06WithZero = [&](Fen second) {
        auto v = t06(second);
        v.push_back({"30102", 0});
        return v;
    };
    expectBasic(basicFinding(t05, t06WithZero(wan("29.98"))), Severity::Rounding, wan("119.98"), wan("120.00"));
    expectBasic(basicFinding(t05, t06WithZero(wan("29.97"))), Severity::Error, wan("119.97"), wan("120.00"));

    // Five figures: 0.025 万元; 0.02 is 尾差, 0.03 is not.
    const std::vector<std::pair<const char *, Fen>> five = {{"30101", wan("89.00")}, {"30102", wan("1.00")}};
    auto withSecond = [&](Fen second) {
        auto v = five;
        v.push_back({"30201", second});
        return v;
    };
    expectBasic(basicFinding(t05, withSecond(wan("29.98"))), Severity::Rounding, wan("119.98"), wan("120.00"));
    expectBasic(basicFinding(t05, withSecond(wan("29.97"))), Severity::Error, wan("119.97"), wan("120.00"));

    // One figure keyed to the 分: rounding explains nothing, even 1 分 is an error.
    expectBasic(basicFinding(t05, t06(wan("30.00") - 1)), Severity::Error, wan("120.00") - 1, wan("120.00"));
    expectBasic(basicFinding({{"2010101", wan("100.00") + 1}, {"2080501", wan("20.00")}}, t06(wan("30.00"))),
                Severity::Error, wan("120.00"), wan("120.00") + 1);
    // Exact figures that agree are fine.
    CHECK_FALSE(basicFinding({{"2010101", wan("100.00") + 1}, {"2080501", wan("20.00")}},
                             {{"30101", wan("90.00") + 1}, {"30201", wan("30.00")}}));
}

TEST_CASE("rules: 尾差 counts a subtracted figure as a figure (07表 年末)", "[rules]")
{
    // 07表 年末 = 年初 + 收入 − 基本 − 项目: four figures, and 04表 line 60: five; 0.025 万元.
    auto closing = [](Fen line60) {
        DocumentData d = emptyData();
        d.amountUnit = AmountUnit::Wanyuan;
        addItem(d, "t07", "2296002");
        put(d, "t07/2296002/年初结转和结余", wan("10.00"));
        put(d, "t07/2296002/本年收入", wan("5.00"));
        put(d, "t07/2296002/基本支出", wan("2.00"));
        put(d, "t07/2296002/项目支出", wan("1.00"));
        put(d, t04(60, kFund), line60);
        return onlyFindingOf(*build(d), "t07.closing");
    };
    CHECK_FALSE(closing(wan("12.00")));
    const auto rounding = closing(wan("12.02"));
    REQUIRE(rounding);
    CHECK(rounding->severity == Severity::Rounding);
    CHECK(rounding->address == u("t07/合计/年末结转和结余"));
    CHECK(rounding->expected == Money::fromFen(wan("12.02")));
    CHECK(rounding->actual == Money::fromFen(wan("12.00")));
    const auto error = closing(wan("12.03"));
    REQUIRE(error);
    CHECK(error->severity == Severity::Error);
}

TEST_CASE("rules: 尾差 is exactly half of 0.01 万元 per figure, not a 分 more or less", "[rules]")
{
    // Differences between whole 0.01 万元 figures are whole 0.01 万元, so a per-figure limit one 分
    // off shows only with many figures: 5,000 项 of 0.01 万元 and one 款 make 5,001 figures, a limit
    // of 5,001 × 0.005 = 25.005 万元. 25.00 万元 is 尾差; 25.01 万元 is not (it would be with 5,001 分
    // a figure), and 25.00 would not be with 4,999 分 a figure.
    DocumentData d = emptyData();
    d.amountUnit = AmountUnit::Wanyuan;
    for (int kind = 10; kind < 60; ++kind) {
        for (int item = 0; item < 100; ++item) {
            const QString code = u("201") + QString::number(kind) + QStringLiteral("%1").arg(item, 2, 10, QLatin1Char('0'));
            addItem(d, u("t05"), code);
            put(d, cell(u("t05"), code, kBasic), wan("0.01"));
        }
    }
    REQUIRE(d.subjectRows.at(u("t05")).size() == 5000);
    auto at = [&](Fen t06) {
        DocumentData x = d;
        put(x, "t06/30101/决算数", t06);
        return onlyFindingOf(*build(x), "t05.basic");
    };
    expectBasic(at(wan("50.00") - wan("25.00")), Severity::Rounding, wan("25.00"), wan("50.00"));
    expectBasic(at(wan("50.00") - wan("25.01")), Severity::Error, wan("24.99"), wan("50.00"));
}

TEST_CASE("rules: x01.sme and x01.small warn when a part is 1 分 above its whole", "[rules]")
{
    DocumentData d = emptyData();
    put(d, "x01/政府采购货物/金额", 100);
    put(d, "x01/政府采购服务/金额", 200);
    put(d, "x01/授予中小企业/金额", 300); // = 总额 300
    put(d, "x01/授予小微企业/金额", 300); // = 中小企业
    CHECK(findingsOf(*build(d), "x01.sme").empty());
    CHECK(findingsOf(*build(d), "x01.small").empty());
    put(d, "x01/授予中小企业/金额", 301);
    put(d, "x01/授予小微企业/金额", 302);
    const auto doc = build(d);
    CHECK(describeAll(*doc) == expectedFindings(d));
    REQUIRE(findingsOf(*doc, "x01.sme").size() == 1);
    CHECK(findingsOf(*doc, "x01.sme").front().address == u("x01/授予中小企业/金额"));
    REQUIRE(findingsOf(*doc, "x01.small").size() == 1);
    CHECK(findingsOf(*doc, "x01.small").front().address == u("x01/授予小微企业/金额"));
}
