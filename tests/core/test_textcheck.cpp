// The contradiction finder (core/textcheck.h) on the seeds' own published 情况说明, copied from the
// seeds into tests/data/part3/NNN.json by tests/tools/extract_part3.py and set on the samples as
// typed sections, as a reviewer auditing someone else's document would import them.

#include "support.h"

#include "narrative.h"
#include "textcheck.h"
#include "texts.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>

#include <set>
#include <tuple>

using namespace fa;

namespace {

QString u(const char *s)
{
    return QString::fromUtf8(s);
}

std::map<QString, QString> part3(const char *seed)
{
    const QJsonObject o =
        QJsonDocument::fromJson(test::readBytes(test::sourcePath(QStringLiteral("tests/data/part3/%1.json").arg(u(seed)))))
            .object();
    std::map<QString, QString> out;
    for (auto it = o.begin(); it != o.end(); ++it)
        out[it.key()] = it.value().toString();
    return out;
}

DocumentData withPart3(const char *sample, const char *seed)
{
    DocumentData d = test::sampleData(u(sample));
    for (const auto &[key, text] : part3(seed))
        d.texts[key] = text;
    return d;
}

std::unique_ptr<Document> build(const DocumentData &d)
{
    auto doc = Document::create(d);
    REQUIRE(doc.ok());
    return std::move(doc.value());
}

// rule, section, paragraph, found
using Brief = std::tuple<std::string, int, int, std::string>;

std::set<Brief> briefs(const std::vector<TextFinding> &findings)
{
    std::set<Brief> out;
    for (const TextFinding &f : findings)
        out.insert({f.rule.toStdString(), f.section, f.paragraph, f.found.toStdString()});
    return out;
}

// The findings, one per line, for a failing check's message.
std::string listed(const std::vector<TextFinding> &findings)
{
    QStringList out;
    for (const TextFinding &f : findings)
        out << QStringLiteral("%1 §%2 ¶%3 %4 → %5: %6").arg(f.rule).arg(f.section).arg(f.paragraph).arg(f.found, f.expected, f.sentence);
    return out.join(QLatin1Char('\n')).toStdString();
}

// Replaces the figure of `claim` in its typed section by `replacement`.
DocumentData plant(DocumentData d, const TextClaim &claim, const QString &replacement)
{
    QStringList lines = d.texts.at(claim.key).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QString &line = lines[claim.paragraph];
    line.replace(claim.figure.start, claim.figure.end - claim.figure.start, replacement);
    d.texts[claim.key] = lines.join(QLatin1Char('\n'));
    return d;
}

// The figure written `by` units larger: 803.42万元 → 804.42万元, 64.80% → 65.80%, 14个 → 15个.
QString larger(const TextFigure &f, int by)
{
    const QString w = f.written;
    int digitsEnd = 0;
    while (digitsEnd < w.size() && (w.at(digitsEnd).isDigit() || w.at(digitsEnd) == u',' || w.at(digitsEnd) == u'.'))
        ++digitsEnd;
    QString number = w.left(digitsEnd);
    const int dot = int(number.indexOf(QLatin1Char('.')));
    QString whole = dot < 0 ? number : number.left(dot);
    whole.remove(QLatin1Char(','));
    const QString frac = dot < 0 ? QString() : number.mid(dot);
    return QString::number(whole.toLongLong() + by) + frac + w.mid(digitsEnd);
}

void plantEveryFigure(const char *sample, const char *seed, int atLeast)
{
    const DocumentData d = withPart3(sample, seed);
    const auto doc = build(d);
    const std::vector<TextFinding> baseline = checkTexts(*doc);
    // Findings in a paragraph that say `found`.
    auto count = [](const std::vector<TextFinding> &findings, const TextClaim &c, const QString &found) {
        return std::count_if(findings.begin(), findings.end(), [&](const TextFinding &f) {
            return f.section == c.section && f.paragraph == c.paragraph && f.found == found;
        });
    };
    const std::vector<TextClaim> claims = textClaims(*doc);
    int planted = 0, caught = 0;
    QStringList missed;
    for (const TextClaim &c : claims) {
        if (!c.matched || !c.key.startsWith(QStringLiteral("section/")))
            continue;
        ++planted;
        // One unit more — or two, where one more would put right a figure the seed has wrong.
        QString changed = larger(c.figure, 1);
        if (textFigures(changed).front().value == c.expected.value)
            changed = larger(c.figure, 2);
        const auto other = build(plant(d, c, changed));
        if (count(checkTexts(*other), c, changed) > count(baseline, c, changed))
            ++caught;
        else
            missed << QStringLiteral("§%1 ¶%2 %3 → %4").arg(c.section).arg(c.paragraph).arg(c.figure.written, changed);
    }
    INFO(missed.join(QStringLiteral("\n")).toStdString());
    CHECK(planted >= atLeast);
    CHECK(caught == planted);
}

} // namespace

TEST_CASE("text check: seed 000's own 情况说明 raises exactly its real contradictions", "[textcheck]")
{
    const auto doc = build(withPart3("nanyang-cac-2024", "000"));
    INFO(listed(checkTexts(*doc)));
    // §九 1: "预算为0万元…完成预算的0%" — no rate of a zero budget.
    // §十三: 四是 counts 11 self-evaluated projects, (二) says 14 with grades 9/2/0/1, then 13 with
    // 11/2/0/0; the attachments hold 14 project tables whose typed 总分 make 12 优, 0 良, 1 中
    // (培训费 78.86) and 1 差 (公车运行及维护 25).
    // §十三 (二) 网络主题宣传: "全年执行数6万元" where its table has 40 (and 执行率 100 %).
    CHECK(briefs(checkTexts(*doc))
          == std::set<Brief>{{"text.rate", 9, 4, "0%"},
                             {"text.count", 13, 5, "11个"},
                             {"text.count", 13, 8, "9个"},
                             {"text.count", 13, 8, "2个"},
                             {"text.count", 13, 8, "0个"},
                             {"text.count", 13, 10, "13个"},
                             {"text.count", 13, 10, "11个"},
                             {"text.count", 13, 10, "2个"},
                             {"text.count", 13, 10, "0个"},
                             {"text.amount", 13, 22, "6万元"}});
}

TEST_CASE("text check: seed 003's own 情况说明 raises exactly its real contradictions", "[textcheck]")
{
    const auto doc = build(withPart3("nanyang-bigdata-2024", "003"));
    INFO(listed(checkTexts(*doc)));
    // §九 1 and 3: 完成预算的0% of a budget of 0.
    // §十三 (二) 公务用车运行维护费: "预算执行率97.32%" (its 总分) where its table gives 1.97 ÷ 2 = 98.50%.
    CHECK(briefs(checkTexts(*doc))
          == std::set<Brief>{{"text.rate", 9, 4, "0%"}, {"text.rate", 9, 8, "0%"}, {"text.percent", 13, 15, "97.32%"}});
}

TEST_CASE("text check: the generated 情况说明 agrees with its own tables", "[textcheck]")
{
    for (const char *sample : {"nanyang-cac-2024", "nanyang-bigdata-2024"}) {
        INFO(sample);
        DocumentData d = test::sampleData(u(sample));
        // The generated text, typed back in as every section: nothing to report.
        const auto generated = build(d);
        for (const ExplanationSection &s : explanation(*generated))
            d.texts[sectionTextKey(s.number)] = s.text();
        const auto doc = build(d);
        const std::vector<TextFinding> findings = checkTexts(*doc);
        std::set<Brief> got = briefs(findings);
        INFO(listed(findings));
        CHECK(got.empty());
        int matched = 0;
        for (const TextClaim &c : textClaims(*doc))
            matched += c.matched ? 1 : 0;
        CHECK(matched > 100);
    }
}

TEST_CASE("text check: every figure the tables determine in seed 000's 情况说明, changed by one, is caught", "[textcheck]")
{
    plantEveryFigure("nanyang-cac-2024", "000", 120);
}

TEST_CASE("text check: every figure the tables determine in seed 003's 情况说明, changed by one, is caught", "[textcheck]")
{
    plantEveryFigure("nanyang-bigdata-2024", "003", 110);
}

TEST_CASE("text check: a direction word turned round is caught", "[textcheck]")
{
    DocumentData d = withPart3("nanyang-cac-2024", "000");
    QString &s1 = d.texts[u("section/01")];
    REQUIRE(s1.contains(u("各增加74.14万元，增长10.17%")));
    s1.replace(u("各增加74.14万元，增长10.17%"), u("各减少74.14万元，下降10.17%"));
    const auto doc = build(d);
    std::set<std::string> rules;
    for (const TextFinding &f : checkTexts(*doc)) {
        if (f.section == 1)
            rules.insert(f.rule.toStdString());
    }
    CHECK(rules == std::set<std::string>{"text.direction"});
}

TEST_CASE("text check: leftovers, years, 部门/单位 wording, the unit's name and subject names", "[textcheck]")
{
    DocumentData d = test::sampleData(u("nanyang-bigdata-2024")); // a 单位 document
    d.texts[u("section/11")] = u("2024年度政府采购支出总额XX万元，比2022年增加（减少），主要原因是。我部门没有（）。");
    d.texts[u("section/05")] =
        u("（三）一般公共预算财政拨款支出决算具体情况。\n1. 一般公共服务支出（类）网信事务（款）一般行政事务（项）。年初预算为4.00万元。");
    d.texts[u("overview/organisation")] = u("南阳市政务数据中心内设12个机构。南阳市政务大数据中心本级。");
    const auto doc = build(d);
    std::set<std::pair<std::string, std::string>> got;
    for (const TextFinding &f : checkTexts(*doc))
        got.insert({f.rule.toStdString(), f.found.toStdString()});
    CHECK(got.count({"text.leftover", "XX"}) == 1);
    CHECK(got.count({"text.leftover", "增加（减少）"}) == 1);
    CHECK(got.count({"text.leftover", "主要原因是。"}) == 1);
    CHECK(got.count({"text.leftover", "（）"}) == 1);
    CHECK(got.count({"text.year", "2022年"}) == 1);
    CHECK(got.count({"text.scope", "我部门"}) == 1);
    CHECK(got.count({"text.unit_name", "南阳市政务数据中心"}) == 1);
    CHECK(got.count({"text.name", "一般公共服务支出（类）网信事务（款）一般行政事务（项）"}) == 1);
    // 2023年 (last year) and 2025年 (the compile year) are fine; the right name is fine.
    for (const auto &[rule, found] : got)
        CHECK(found != "南阳市政务大数据中心");
}

TEST_CASE("text check: shares of one whole adding to more than 100% are reported", "[textcheck]")
{
    DocumentData d = test::sampleData(u("nanyang-cac-2024"));
    d.texts[u("section/03")] = u("2024年度支出合计803.44万元，其中：基本支出520.61万元，占74.80%；项目支出282.83万元，占35.20%。");
    const auto doc = build(d);
    std::set<std::string> rules;
    for (const TextFinding &f : checkTexts(*doc))
        rules.insert(f.rule.toStdString());
    CHECK(rules.count("text.shares") == 1);
    CHECK(rules.count("text.percent") == 1);
}

TEST_CASE("text check: a 项 without a definition is reported as a glossary placeholder", "[textcheck]")
{
    DocumentData d = test::sampleData(u("nanyang-cac-2024"));
    d.subjectRows[u("t05")].insert(u("2040101")); // 武装警察部队: no shipped definition
    const auto without = build(d);
    bool placeholder = false;
    for (const TextFinding &f : checkTexts(*without))
        placeholder = placeholder || (f.rule == u("glossary.placeholder") && f.key == u("glossary/2040101"));
    CHECK(placeholder);
    d.texts[u("glossary/2040101")] = u("反映武装警察部队方面的支出。");
    for (const TextFinding &f : checkTexts(*build(d)))
        CHECK(f.rule != u("glossary.placeholder"));
}

TEST_CASE("text check: a typed section that a changed amount makes wrong is reported, with both values", "[textcheck]")
{
    DocumentData d = test::sampleData(u("nanyang-cac-2024"));
    const auto before = build(d);
    // §五 typed as generated: it agrees.
    d.texts[sectionTextKey(5)] = generatedSection(*before, 5).text();
    auto doc = build(d);
    for (const TextFinding &f : checkTexts(*doc))
        CHECK(f.section != 5);
    // 2013304 宣传管理 项目支出 90.00 → 95.00 万元: its 决算, the 类 一般公共服务, the total and
    // every share in §五 move; the typed text still says the old figures.
    const QString address = u("t05/2013304/项目支出");
    REQUIRE(d.values.count(address) == 1);
    d.values[address] = *Money::parse(u("95.00"), AmountUnit::Wanyuan).value;
    doc = build(d);
    std::set<std::tuple<std::string, std::string, std::string>> got;
    for (const TextFinding &f : checkTexts(*doc)) {
        if (f.section == 5)
            got.insert({f.rule.toStdString(), f.found.toStdString(), f.expected.toStdString()});
    }
    CHECK(got.count({"text.amount", "90.00万元", "95.00万元"}) == 1);        // the 项's 决算
    CHECK(got.count({"text.amount", "335.98万元", "340.98万元"}) == 1);      // 一般公共服务（类）
    CHECK(got.count({"text.amount", "803.44万元", "808.44万元"}) >= 1);      // the total
    CHECK(got.count({"text.percent", "75.00%", "79.17%"}) == 1);            // 完成年初预算的
    int percents = 0;
    for (const auto &[rule, found, expected] : got)
        percents += rule == "text.percent" ? 1 : 0;
    CHECK(percents >= 5); // the 类 shares moved too
}
