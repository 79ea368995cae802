#include "largedocument.h"

#include "catalog.h"
#include "money.h"
#include "template.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <numeric>
#include <set>

namespace fa::bench {

namespace {

using fa::Money;

[[noreturn]] void fail(const QString &what)
{
    const QString program = QFileInfo(QCoreApplication::applicationFilePath()).fileName();
    std::fflush(stdout);
    std::fprintf(stderr, "%s: FAILED: %s\n", program.isEmpty() ? "bench" : program.toUtf8().constData(),
                 what.toUtf8().constData());
    std::exit(1);
}

} // namespace

QString slash(const QString &a, const QString &b, const QString &c)
{
    return a + QLatin1Char('/') + b + QLatin1Char('/') + c;
}

Large makeLarge(int items)
{
    const fa::Template *tpl = fa::findTemplate(QStringLiteral("2024"));
    if (!tpl)
        fail(QStringLiteral("no template 2024"));
    Large L;
    fa::DocumentData &d = L.data;
    d.templateId = tpl->id;
    d.unit = {QStringLiteral("基准测试汇总部门"), QStringLiteral("部门"), QStringLiteral("行政单位"), 2024,
              QStringLiteral("2025-09")};
    d.amountUnit = fa::AmountUnit::Yuan;

    // 项 codes: the catalogue's, then invented ones (suffixes 80–98 under each catalogue 款).
    std::vector<QString> catalogueItems, kinds;
    for (const auto &e : tpl->functions.entries()) {
        if (e.code.size() == 7)
            catalogueItems.push_back(e.code);
        else if (e.code.size() == 5)
            kinds.push_back(e.code);
    }
    std::set<QString> codes;
    if (items <= int(catalogueItems.size())) {
        for (int i = 0; i < items; ++i)
            codes.insert(catalogueItems[std::size_t(i) * catalogueItems.size() / std::size_t(items)]);
    } else {
        codes.insert(catalogueItems.begin(), catalogueItems.end());
        for (int suffix = 80; suffix <= 98 && int(codes.size()) < items; ++suffix) {
            for (const QString &kind : kinds) {
                if (int(codes.size()) >= items)
                    break;
                const QString code = kind + QString::number(suffix);
                if (tpl->functions.contains(code) || codes.count(code))
                    continue;
                codes.insert(code);
                d.subjects[code] = QStringLiteral("基准测试项目%1").arg(code);
                ++L.invented;
            }
        }
    }
    if (int(codes.size()) < items)
        fail(QStringLiteral("cannot make %1 distinct 项 codes (got %2)").arg(items).arg(codes.size()));
    L.codes.assign(codes.begin(), codes.end());

    Draw draw(0x46414442'32303234ULL); // "FADB" "2024"
    auto amount = [&] { return draw.between(10'000, 2'000'000'000); }; // 100 元 … 2,000万元, exact 分
    auto set = [&](const QString &table, const QString &row, const QString &column, std::int64_t fen) {
        d.values[slash(table, row, column)] = Money::fromFen(fen);
    };
    const QString T01 = QStringLiteral("t01"), T02 = QStringLiteral("t02"), T03 = QStringLiteral("t03"),
                  T04 = QStringLiteral("t04"), T05 = QStringLiteral("t05"), T06 = QStringLiteral("t06"),
                  T07 = QStringLiteral("t07"), T08 = QStringLiteral("t08"), T09 = QStringLiteral("t09");
    const QString JB = QStringLiteral("基本支出"), XM = QStringLiteral("项目支出");

    std::int64_t sum05 = 0, sum05basic = 0, sum03 = 0, sum07opening = 0, sum07income = 0, sum07spent = 0,
                 sum08 = 0, sum02other = 0;
    const QStringList otherIncome = {QStringLiteral("上级补助收入"), QStringLiteral("事业收入"), QStringLiteral("经营收入"),
                                     QStringLiteral("附属单位上缴收入"), QStringLiteral("其他收入")};
    const int otherIncomeChance[] = {30, 50, 20, 10, 40};
    const QStringList otherExpense = {QStringLiteral("上缴上级支出"), QStringLiteral("经营支出"),
                                      QStringLiteral("对附属单位补助支出")};
    std::vector<std::int64_t> fiscalWeight;
    for (std::size_t i = 0; i < L.codes.size(); ++i) {
        const QString &code = L.codes[i];
        // 05表 (一般公共预算财政拨款), and 03表 at least as large, column by column.
        const std::int64_t b5 = draw.percent(70) ? amount() : 0;
        const std::int64_t p5 = draw.percent(60) ? amount() : 0;
        set(T05, code, JB, b5);
        set(T05, code, XM, p5);
        std::int64_t budget = b5 + p5;
        const int budgetCase = int(draw.between(0, 9));
        if (budgetCase < 4) { // differs from 年初预算, with a reason (1 in 10 without)
            budget = std::max<std::int64_t>(0, budget + draw.between(-50'000'000, 50'000'000));
            if (budgetCase > 0)
                d.texts[QStringLiteral("reason/t05/") + code] = QStringLiteral("年中预算调整，按实际需要执行。");
        }
        set(T05, code, QStringLiteral("年初预算"), budget);
        sum05 += b5 + p5;
        sum05basic += b5;

        const std::int64_t b3 = b5 + (draw.percent(50) ? draw.between(0, 10'000'000) : 0);
        const std::int64_t p3 = p5 + (draw.percent(50) ? draw.between(0, 10'000'000) : 0);
        set(T03, code, JB, b3);
        set(T03, code, XM, p3);
        sum03 += b3 + p3;
        for (const QString &column : otherExpense) {
            if (draw.percent(25)) {
                const std::int64_t v = amount();
                set(T03, code, column, v);
                sum03 += v;
            }
        }

        // 02表: 财政拨款收入 is spread below so that it matches 01/04表; the other columns are free.
        fiscalWeight.push_back(draw.between(1, 1000));
        for (int c = 0; c < otherIncome.size(); ++c) {
            if (draw.percent(otherIncomeChance[c])) {
                const std::int64_t v = amount();
                set(T02, code, otherIncome.at(c), v);
                sum02other += v;
            }
        }
        d.subjectRows[T02].insert(code);
        d.subjectRows[T03].insert(code);
        d.subjectRows[T05].insert(code);

        // 07表 on one row in ten, 08表 on one in twenty.
        if (i % 10 == 3) {
            const std::int64_t opening = amount(), income = amount();
            const std::int64_t basic = draw.between(0, (opening + income) / 2);
            const std::int64_t project = draw.between(0, (opening + income) / 2);
            set(T07, code, QStringLiteral("年初结转和结余"), opening);
            set(T07, code, QStringLiteral("本年收入"), income);
            set(T07, code, JB, basic);
            set(T07, code, XM, project);
            sum07opening += opening;
            sum07income += income;
            sum07spent += basic + project;
            d.subjectRows[T07].insert(code);
            if (L.t07Code.isEmpty() && i >= L.codes.size() / 2)
                L.t07Code = code;
        }
        if (i % 20 == 7) {
            const std::int64_t basic = amount(), project = amount();
            set(T08, code, JB, basic);
            set(T08, code, XM, project);
            sum08 += basic + project;
            d.subjectRows[T08].insert(code);
            if (L.t08Code.isEmpty() && i >= L.codes.size() / 3)
                L.t08Code = code;
        }
        if (L.inventedCode.isEmpty() && d.subjects.count(code) && i >= L.codes.size() / 2)
            L.inventedCode = code;
    }
    if (L.t07Code.isEmpty())
        L.t07Code = *d.subjectRows[T07].begin();
    if (L.t08Code.isEmpty())
        L.t08Code = *d.subjectRows[T08].begin();
    if (L.inventedCode.isEmpty())
        L.inventedCode = L.codes.back();

    // 04表: each kind of money balances (本年收入 + 年初 = 本年支出 + 年末); 07表 totals match lines 2/30/60.
    const QString JE = QStringLiteral("金额");
    const std::int64_t line1 = sum05 + draw.between(0, 500'000'000), line2 = sum07income,
                       line3 = sum08 + draw.between(0, 500'000'000);
    const std::int64_t line29 = draw.between(0, 800'000'000), line30 = sum07opening,
                       line31 = draw.between(0, 100'000'000);
    set(T04, QStringLiteral("1"), JE, line1);
    set(T04, QStringLiteral("2"), JE, line2);
    set(T04, QStringLiteral("3"), JE, line3);
    set(T04, QStringLiteral("29"), JE, line29);
    set(T04, QStringLiteral("30"), JE, line30);
    set(T04, QStringLiteral("31"), JE, line31);
    set(T04, QStringLiteral("60"), QStringLiteral("一般公共预算财政拨款"), line1 + line29 - sum05);
    set(T04, QStringLiteral("60"), QStringLiteral("政府性基金预算财政拨款"), line2 + line30 - sum07spent);
    set(T04, QStringLiteral("60"), QStringLiteral("国有资本经营预算财政拨款"), line3 + line31 - sum08);

    // 02表 财政拨款收入 = 01表 lines 1–3 = 04表 lines 1–3, spread over the rows by weight.
    const std::int64_t fiscal = line1 + line2 + line3;
    const std::int64_t weights = std::accumulate(fiscalWeight.begin(), fiscalWeight.end(), std::int64_t(0));
    std::int64_t spread = 0;
    for (std::size_t i = 0; i < L.codes.size(); ++i) {
        const std::int64_t v = std::int64_t((__int128)fiscal * fiscalWeight[i] / weights);
        set(T02, L.codes[i], QStringLiteral("财政拨款收入"), v);
        spread += v;
    }
    d.values[slash(T02, L.codes.front(), QStringLiteral("财政拨款收入"))] =
        Money::fromFen(d.values[slash(T02, L.codes.front(), QStringLiteral("财政拨款收入"))].fen() + fiscal - spread);

    // 06表: every economic 款; together they make 05表 基本支出.
    std::vector<QString> economic;
    std::vector<std::int64_t> economicWeight;
    for (const auto &e : tpl->economics.entries()) {
        if (e.code.size() == 5) {
            economic.push_back(e.code);
            economicWeight.push_back(draw.between(1, 1000));
        }
    }
    const std::int64_t ew = std::accumulate(economicWeight.begin(), economicWeight.end(), std::int64_t(0));
    std::int64_t economicSpread = 0;
    for (std::size_t i = 0; i < economic.size(); ++i) {
        const std::int64_t v = std::int64_t((__int128)sum05basic * economicWeight[i] / ew);
        set(T06, economic[i], QStringLiteral("决算数"), v);
        economicSpread += v;
    }
    set(T06, economic.front(), QStringLiteral("决算数"),
        d.values[slash(T06, economic.front(), QStringLiteral("决算数"))].fen() + sum05basic - economicSpread);

    // 01表: 总计 balances.
    const QString JSS = QStringLiteral("决算数");
    const std::int64_t line27 = fiscal + sum02other;
    const std::int64_t line28 = draw.between(0, 100'000'000), line59 = draw.between(0, 100'000'000);
    const std::int64_t line29b = std::max<std::int64_t>(0, sum03 + line59 - line27 - line28) + draw.between(0, 800'000'000);
    set(T01, QStringLiteral("28"), JSS, line28);
    set(T01, QStringLiteral("29"), JSS, line29b);
    set(T01, QStringLiteral("59"), JSS, line59);
    set(T01, QStringLiteral("60"), JSS, line27 + line28 + line29b - sum03 - line59);

    // 09表: 决算 within 预算.
    for (const QString &column : {QStringLiteral("因公出国（境）费"), QStringLiteral("公务用车购置费"),
                                  QStringLiteral("公务用车运行维护费"), QStringLiteral("公务接待费")}) {
        const std::int64_t budget = draw.between(0, 50'000'000);
        set(T09, QStringLiteral("预算"), column, budget);
        set(T09, QStringLiteral("决算"), column, draw.between(0, budget));
    }

    // 情况说明补充数据 (x01): every figure, 中小企业 within the 政府采购 total and 小微 within that.
    const QString X01 = QStringLiteral("x01");
    std::int64_t procurement = 0;
    for (const char *kind : {"政府采购货物", "政府采购工程", "政府采购服务"}) {
        const std::int64_t v = draw.between(0, 300'000'000);
        set(X01, QString::fromUtf8(kind), JE, v);
        procurement += v;
    }
    const std::int64_t sme = draw.between(0, procurement);
    set(X01, QStringLiteral("授予中小企业"), JE, sme);
    set(X01, QStringLiteral("授予小微企业"), JE, draw.between(0, sme));
    for (const char *line : {"机关运行经费", "外宾接待", "绩效目标金额", "绩效监控执行数", "绩效自评金额", "部门评价金额"})
        set(X01, QString::fromUtf8(line), JE, draw.between(0, 500'000'000));

    // Last year's figures (unprinted 上年 columns of 01/04表 and x01): given for every line.
    for (const fa::TableDecl &table : tpl->tables) {
        for (const fa::LineDecl &l : table.lines) {
            for (const QString &column : l.entered) {
                if (column.startsWith(QStringLiteral("上年")))
                    set(table.id, l.key, column, draw.between(0, 2'000'000'000));
            }
        }
    }

    // Every entered cell of the fixed-line tables must have been filled, and only entered cells.
    for (const fa::TableDecl &table : tpl->tables) {
        for (const fa::LineDecl &l : table.lines) {
            for (const QString &column : l.entered) {
                if (table.rows == fa::RowSource::FixedLines && !d.values.count(slash(table.id, l.key, column)))
                    fail(QStringLiteral("the generator leaves %1 blank").arg(slash(table.id, l.key, column)));
            }
        }
    }
    for (const auto &[address, value] : d.values) {
        const auto r = fa::resolveEnteredAddress(*tpl, d.subjects, address);
        if (!r)
            fail(QStringLiteral("generated %1: %2").arg(address, r.error().message));
        if (value.isNegative())
            fail(QStringLiteral("generated a negative amount at %1").arg(address));
    }
    return L;
}

} // namespace fa::bench
