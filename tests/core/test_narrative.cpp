// Part 3, 情况说明 (core/narrative.h): the thirteen sections generated from the two samples against
// the part 3 their seeds print (resources/seeds, read at test time), figure by figure; a change to
// one 项 followed through §五; a typed section; and the rules of the sentence patterns (no change
// without last year's figure, no completion rate without a budget, direction words, 部门/单位,
// 机关运行经费 of a 事业单位).
//
// How a section is compared with its seed: the figures of the sentences — amounts before 万元,
// percentages before %, counts before 个/人次/辆/台/条/项目 — are read from both texts in order
// (whitespace removed, since the PDF extraction breaks lines anywhere, even inside "0辆"), and
// aligned as two sequences (longest common subsequence): a figure that is printed in the same
// place with the same value is matched, so a swapped share or a dropped figure shows. "75%" and
// "75.00%", "320.3万元" and "320.30万元" are the same figure; "增长10.17%" and "下降10.17%" are
// not (a direction word right before a figure is part of it). What a person typed (reasons,
// notes, the 绩效 paragraphs) is not derived: each typed run must appear verbatim, in order, in
// the seed's section, and is cut out of both texts before the figures are read; every such text
// the sample holds must be printed. Whatever is left unmatched on either side must be one of the
// listed known differences, each with its reason — and every listed difference must still occur,
// so the list cannot go stale.

#include "support.h"

#include "narrative.h"
#include "performance.h"
#include "texts.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

using namespace fa;

namespace {

std::string u8(const QString &s)
{
    return s.toStdString();
}

QString q(const char *s)
{
    return QString::fromUtf8(s);
}

QString noSpace(QString s)
{
    static const QRegularExpression space(QStringLiteral("\\s"));
    s.remove(space);
    return s;
}

// ---------------------------------------------------------------------------------------------
// Figures in a text

struct Figure {
    enum class Kind { Amount, Percent, Count };
    Kind kind = Kind::Amount;
    qint64 value = 0;  // Amount: 分; Percent and Count: ten-thousandths (75% and 75.00% are 750000)
    int direction = 0; // +1 after 增加/增长, -1 after 减少/下降: a change from last year
    QString text;      // as printed, with its unit (and its direction word)

    bool sameAs(const Figure &o) const { return kind == o.kind && value == o.value && direction == o.direction; }
};

// A decimal number as ten-thousandths: "75" → 750000, "10.17" → 101700.
std::optional<qint64> tenThousandths(const QString &integer, const QString &fraction)
{
    if (fraction.size() > 4)
        return std::nullopt;
    bool ok = false;
    const qint64 whole = integer.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    const qint64 frac = fraction.isEmpty() ? 0 : QString(fraction).leftJustified(4, QLatin1Char('0')).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return whole * 10000 + frac;
}

// The figures of a text in order. Thousands separators are ASCII commas in groups of three; a
// number that is part of a longer one (after a digit, '.' or ',') is not a figure of its own. A
// direction word right before a figure belongs to it: "增长10.17%" is not "下降10.17%".
std::vector<Figure> figures(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("(增加|增长|减少|下降)?(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?(万元|%|个|人次|辆|台|条|项目)"));
    std::vector<Figure> out;
    for (auto it = re.globalMatch(noSpace(text)); it.hasNext();) {
        const auto m = it.next();
        const QString word = m.captured(1);
        const QString integer = m.captured(2).remove(QLatin1Char(','));
        const QString fraction = m.captured(3);
        const QString unit = m.captured(4);
        Figure f;
        f.text = m.captured(0);
        if (!word.isEmpty())
            f.direction = word.startsWith(QStringLiteral("增")) ? 1 : -1;
        if (unit == QStringLiteral("万元")) {
            f.kind = Figure::Kind::Amount;
            const auto money = Money::parse(fraction.isEmpty() ? integer : integer + QLatin1Char('.') + fraction,
                                            AmountUnit::Wanyuan);
            INFO(u8(f.text));
            REQUIRE(money.value.has_value());
            f.value = money.value->fen();
        } else {
            f.kind = unit == QStringLiteral("%") ? Figure::Kind::Percent : Figure::Kind::Count;
            const auto v = tenThousandths(integer, fraction);
            INFO(u8(f.text));
            REQUIRE(v.has_value());
            f.value = *v;
        }
        out.push_back(f);
    }
    return out;
}

Figure oneFigure(const char *text)
{
    const auto f = figures(q(text));
    INFO(text);
    REQUIRE(f.size() == 1);
    return f.front();
}

std::string listed(const std::vector<Figure> &fs)
{
    QStringList parts;
    for (const Figure &f : fs)
        parts << f.text;
    return u8(QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']'));
}

// Aligns two sequences of figures (longest common subsequence) and returns what is left over on
// each side.
struct Unmatched {
    std::vector<Figure> seed;
    std::vector<Figure> ours;
    size_t matched = 0;
};

Unmatched align(const std::vector<Figure> &a, const std::vector<Figure> &b)
{
    const size_t n = a.size(), m = b.size();
    std::vector<std::vector<size_t>> lcs(n + 1, std::vector<size_t>(m + 1, 0));
    for (size_t i = n; i-- > 0;) {
        for (size_t j = m; j-- > 0;)
            lcs[i][j] = a[i].sameAs(b[j]) ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
    Unmatched u;
    size_t i = 0, j = 0;
    while (i < n && j < m) {
        if (a[i].sameAs(b[j])) {
            ++u.matched;
            ++i;
            ++j;
        } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
            u.seed.push_back(a[i++]);
        } else {
            u.ours.push_back(b[j++]);
        }
    }
    u.seed.insert(u.seed.end(), a.begin() + i, a.end());
    u.ours.insert(u.ours.end(), b.begin() + j, b.end());
    return u;
}

// ---------------------------------------------------------------------------------------------
// The seed's part 3

struct SeedSection {
    QString heading; // "一、收入支出决算总体情况说明"
    QString body;    // the rest, whitespace removed
};

const QStringList kNumerals = {q("一"), q("二"), q("三"), q("四"), q("五"), q("六"), q("七"),
                               q("八"), q("九"), q("十"), q("十一"), q("十二"), q("十三")};

// Part 3 of a seed split at its 13 headings. The table of contents names the part too: the part
// itself is the last "第三部分" line; it ends where part 4 begins.
std::vector<SeedSection> seedSections(const QString &seed)
{
    const QString text =
        QString::fromUtf8(test::readBytes(test::sourcePath(QStringLiteral("resources/seeds/%1.txt").arg(seed))));
    const qsizetype begin = text.lastIndexOf(QStringLiteral("\n第三部分"));
    REQUIRE(begin >= 0);
    const qsizetype end = text.indexOf(QStringLiteral("\n第四部分"), begin);
    REQUIRE(end > begin);
    const QStringList lines = text.mid(begin + 1, end - begin - 1).split(QLatin1Char('\n'));

    std::vector<SeedSection> sections;
    int next = 0; // index into kNumerals of the heading looked for
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (next < kNumerals.size() && line.startsWith(kNumerals[next] + QStringLiteral("、"))) {
            sections.push_back({noSpace(line), {}});
            ++next;
        } else if (!sections.empty()) {
            sections.back().body += noSpace(line);
        }
    }
    REQUIRE(sections.size() == 13);
    return sections;
}

// ---------------------------------------------------------------------------------------------
// Comparison with a seed

// A figure of the seed that we print differently or not at all, or one we print that the seed
// does not: `seed` or `ours` is null for a figure on one side only.
struct Known {
    int section;
    const char *seed;
    const char *ours;
    const char *reason;
};

const ExplanationSection &sectionOf(const std::vector<ExplanationSection> &all, int n)
{
    REQUIRE(all.size() == 13);
    REQUIRE(all[n - 1].number == n);
    return all[n - 1];
}

// Cuts each typed run out of the seed's section (it must be there, verbatim, after the one
// before it) and gives our text with the typed runs cut out too.
QString cutTyped(const ExplanationSection &ours, QString &seedBody)
{
    const QString mark = QStringLiteral("〓");
    QString text;
    qsizetype cursor = 0;
    for (const Paragraph &p : ours.paragraphs) {
        for (const TextRun &r : p.runs) {
            if (r.kind != TextRun::Kind::Typed) {
                text += r.text;
                continue;
            }
            QString typed = noSpace(r.text);
            qsizetype at = seedBody.indexOf(typed, cursor);
            // The samples' per-project 绩效 words lead with the project's name, where the seed
            // printed the figures §十三 now takes from the 绩效自评 tables: the words after it.
            const qsizetype colon = typed.indexOf(QStringLiteral("："));
            if (at < 0 && r.key == QStringLiteral("performance/projects") && colon > 0) {
                typed = typed.mid(colon + 1);
                at = seedBody.indexOf(typed, cursor);
            }
            INFO("typed text " << u8(r.key) << ": " << u8(r.text));
            CHECK(at >= 0);
            if (at >= 0) {
                seedBody.replace(at, typed.size(), mark);
                cursor = at + mark.size();
            }
            text += mark;
        }
        text += QLatin1Char('\n');
    }
    return text;
}

// `figuresMatched`: how many figures the seed and we print alike; fixed, so that a reader that
// stops finding figures (or typed text that swallows them) cannot pass unnoticed.
void compareWithSeed(const QString &sample, const QString &seed, size_t figuresMatched, const std::vector<Known> &known)
{
    const auto doc = test::sampleDocument(sample);
    const auto ours = explanation(*doc);
    const auto seedParts = seedSections(seed);

    size_t matchedTotal = 0, knownUsed = 0;
    for (int n = 1; n <= 13; ++n) {
        const ExplanationSection &s = sectionOf(ours, n);
        SeedSection seedPart = seedParts[n - 1];
        INFO("section " << n << " " << u8(s.title));
        CHECK_FALSE(s.typed);
        CHECK(noSpace(s.title) == seedPart.heading);

        QString ourText = cutTyped(s, seedPart.body);
        if (n == 13) {
            // §十三 (二) after its summary: one sentence per 绩效自评 table, in the tables' order, with
            // the tables' figures; the seed's paragraphs (in another order, under other names) are
            // read against the tables by the text finder (test_textcheck.cpp lists what differs).
            const QString rest = QStringLiteral("具体情况如下");
            seedPart.body.truncate(seedPart.body.indexOf(rest));
            ourText.truncate(ourText.indexOf(rest));
        }
        const auto seedFigures = figures(seedPart.body);
        const auto ourFigures = figures(ourText);
        INFO("seed: " << listed(seedFigures));
        INFO("ours: " << listed(ourFigures));
        Unmatched u = align(seedFigures, ourFigures);
        matchedTotal += u.matched;

        for (const Known &k : known) {
            if (k.section != n)
                continue;
            ++knownUsed;
            INFO("known difference: seed " << (k.seed ? k.seed : "-") << ", ours " << (k.ours ? k.ours : "-") << ": "
                                           << k.reason);
            REQUIRE((k.seed || k.ours));
            auto take = [](std::vector<Figure> &from, const char *text) {
                if (!text)
                    return true;
                const Figure f = oneFigure(text);
                const auto it = std::find_if(from.begin(), from.end(), [&](const Figure &g) { return g.sameAs(f); });
                if (it == from.end())
                    return false;
                from.erase(it);
                return true;
            };
            CHECK(take(u.seed, k.seed));
            CHECK(take(u.ours, k.ours));
        }
        INFO("seed figures we do not print: " << listed(u.seed));
        INFO("figures we print that the seed does not: " << listed(u.ours));
        CHECK(u.seed.empty());
        CHECK(u.ours.empty());
    }
    CHECK(knownUsed == known.size()); // no entry names a section number outside 1–13

    // Every text of part 3 the sample holds (reasons, notes, 绩效 paragraphs) is printed: the seed
    // prints each of them, so none may go missing without a figure to show it.
    std::set<QString> printedKeys;
    for (const ExplanationSection &s : ours) {
        for (const Paragraph &p : s.paragraphs) {
            for (const TextRun &r : p.runs) {
                if (r.kind == TextRun::Kind::Typed)
                    printedKeys.insert(r.key);
            }
        }
    }
    for (const auto &[key, text] : doc->data().texts) {
        if (key.startsWith(QStringLiteral("overview/")) || key.startsWith(QStringLiteral("glossary/")))
            continue; // parts 1 and 4
        INFO("text " << u8(key));
        CHECK(printedKeys.count(key) == 1);
    }
    INFO("figures matched: " << matchedTotal);
    CHECK(matchedTotal == figuresMatched);
}

// The text of a paragraph of a section that contains `needle`.
QString paragraphWith(const ExplanationSection &s, const QString &needle)
{
    for (const Paragraph &p : s.paragraphs) {
        if (p.text().contains(needle))
            return p.text();
    }
    FAIL_CHECK("no paragraph of section " << s.number << " contains " << u8(needle));
    return {};
}

const Paragraph *paragraphPtr(const ExplanationSection &s, const QString &needle)
{
    for (const Paragraph &p : s.paragraphs) {
        if (p.text().contains(needle))
            return &p;
    }
    return nullptr;
}

Money valueAt(const Document &doc, const QString &address)
{
    const CellId id = doc.engine().find(address);
    INFO(u8(address));
    REQUIRE(id != kNoCell);
    return doc.engine().value(id);
}

QString pct(Money part, Money whole)
{
    return narrativePercent(Percent::ratio(part, whole), part.fen() == 0);
}

Money wan(const char *text)
{
    const auto m = Money::parse(q(text), AmountUnit::Wanyuan);
    REQUIRE(m.value.has_value());
    return *m.value;
}

Money plus(Money a, Money b)
{
    const auto r = a.plus(b);
    REQUIRE(r.has_value());
    return *r;
}

Money minus(Money a, Money b)
{
    const auto r = a.minus(b);
    REQUIRE(r.has_value());
    return *r;
}

// A §五(三) item sentence: "N. <类>（类）<款>（款）<项>（项）。年初预算为b万元，支出决算为a万元[，完成年初预算的c%]。"
struct Item {
    int number = 0;
    QString name;
    qint64 budget = 0, actual = 0;   // 分
    std::optional<qint64> completion; // ten-thousandths of a percent; none when not printed

    friend bool operator==(const Item &, const Item &) = default;
};

std::ostream &operator<<(std::ostream &os, const Item &i)
{
    return os << i.number << ". " << u8(i.name) << " " << i.budget << "/" << i.actual << " "
              << (i.completion ? std::to_string(*i.completion) : std::string("-"));
}

std::vector<Item> items(const QString &text)
{
    static const QRegularExpression item(QStringLiteral(
        "(?<![\\d.])(\\d+)\\.([^。]*（项）)。年初预算为([\\d,.]+万元)，支出决算为([\\d,.]+万元)(?:，完成年初预算的([\\d.]+%))?。"));
    std::vector<Item> out;
    for (auto it = item.globalMatch(noSpace(text)); it.hasNext();) {
        const auto m = it.next();
        Item i;
        i.number = m.captured(1).toInt();
        i.name = m.captured(2);
        i.budget = oneFigure(u8(m.captured(3)).c_str()).value;
        i.actual = oneFigure(u8(m.captured(4)).c_str()).value;
        if (!m.captured(5).isEmpty())
            i.completion = oneFigure(u8(m.captured(5)).c_str()).value;
        out.push_back(i);
    }
    return out;
}

const TextRun *runWithKey(const Paragraph &p, const QString &key)
{
    for (const TextRun &r : p.runs) {
        if (r.key == key)
            return &r;
    }
    return nullptr;
}

// The words of the sentence patterns of a section (no figures, no typed text).
QString patternWords(const ExplanationSection &s)
{
    QString out;
    for (const Paragraph &p : s.paragraphs) {
        for (const TextRun &r : p.runs) {
            if (r.kind == TextRun::Kind::Pattern)
                out += r.text + QLatin1Char('\n');
        }
    }
    return out;
}

// The cac sample with 收入总计 = 支出总计 in 01表 and 04表: 年初结转和结余 5.89 → 5.91 makes up the
// 0.02 of 尾差 that the 项 sums add to the expenses (803.44 both), so §一 and §四 have one total.
std::unique_ptr<Document> balancedCac()
{
    auto doc = test::sampleDocument(q("nanyang-cac-2024"));
    test::apply(*doc, {Edit::setValue(q("t01/29/决算数"), wan("5.91")), Edit::setValue(q("t04/29/金额"), wan("5.91"))});
    REQUIRE(valueAt(*doc, q("t01/31/决算数")) == valueAt(*doc, q("t01/62/决算数")));
    REQUIRE(valueAt(*doc, q("t04/32/金额")) == valueAt(*doc, q("t04/64/合计")));
    REQUIRE(valueAt(*doc, q("t01/31/上年决算数")) == valueAt(*doc, q("t01/62/上年决算数")));
    REQUIRE(valueAt(*doc, q("t04/32/上年金额")) == valueAt(*doc, q("t04/64/上年合计")));
    return doc;
}

} // namespace

TEST_CASE("the figure reader of these tests: units, separators, line breaks, equal forms", "[narrative]")
{
    const auto f = figures(q("收、支总计均为1,850.79万元，增长10.17%；应急保障用车0\n\n辆、其他用车1辆；15个项目，400人次，0台（套），0条"));
    REQUIRE(f.size() == 8);
    CHECK(f[0].kind == Figure::Kind::Amount);
    CHECK(f[0].value == 1850790000);
    CHECK(f[1].kind == Figure::Kind::Percent);
    CHECK(f[1].value == 101700);
    CHECK(f[2].kind == Figure::Kind::Count);
    CHECK(f[2].value == 0);
    CHECK(f[4].value == 150000);
    CHECK(f[5].value == 4000000);
    CHECK(oneFigure("75%").sameAs(oneFigure("75.00%")));
    CHECK(oneFigure("320.3万元").sameAs(oneFigure("320.30万元")));
    CHECK_FALSE(oneFigure("75%").sameAs(oneFigure("75万元")));
    CHECK(oneFigure("增长10.17%").direction == 1);
    CHECK(oneFigure("减少74.14万元").direction == -1);
    CHECK_FALSE(oneFigure("增长10.17%").sameAs(oneFigure("下降10.17%")));
    CHECK_FALSE(oneFigure("增加74.14万元").sameAs(oneFigure("74.14万元")));
    // Years, months, item numbers and bare numbers are not figures.
    CHECK(figures(q("2024年度，2024年8月份，1-7月份，1. 一般公共服务，等保2.0")).empty());
    // A thousands separator is not a figure boundary; a Chinese comma is.
    CHECK(figures(q("1,115.58万元")).size() == 1);
    CHECK(figures(q("0万元，0万元")).size() == 2);

    const auto u = align(figures(q("1%、2%、3%")), figures(q("2%、1%、3%")));
    CHECK(u.matched == 2);
    CHECK(u.seed.size() == 1);
    CHECK(u.ours.size() == 1);
}

TEST_CASE("seed 000: every figure of part 3 the data determine is reproduced", "[narrative]")
{
    // The sample keys the published 万元 cells; the program derives the parents. Where a published
    // parent is not the sum of its published children (tests/core/test_seeds.cpp lists them), we
    // print the sum: 20133 宣传事务 项目支出 280.08 → 280.09 and 21011 行政事业单位医疗 基本支出 29.74 →
    // 29.75 (tables 02, 03, 05), 06表 301 487.79 → 487.80, 302 32.82 → 32.81.
    compareWithSeed(q("nanyang-cac-2024"), q("000_10d8e44b991496ab"), 129,
                    {
                        {1, nullptr, "803.44万元",
                         "尾差: the seed prints one figure (收、支总计均为803.42); our 支出总计 (t01/62 = 03表 类 sums) is "
                         "803.44 by 20133 and 21011 (+0.01 each), so we print 收入总计803.42万元，支出总计803.44万元"},
                        {1, nullptr, "增加74.16万元",
                         "尾差: with two totals each has its own change; the seed's one 增加74.14 is the 收入总计's, we add "
                         "支出总计增加74.16万元 (803.44 − last year's 729.28)"},
                        {1, nullptr, "增长10.17%", "尾差: the 支出总计's own rate, 74.16 / 729.28 = 10.169%"},
                        {2, "797.53万元", "797.55万元",
                         "尾差: 财政拨款收入 is the 02表 合计 of its 项, where 20133 (280.08 published, 280.09 summed) and "
                         "21011 (29.74, 29.75) add 0.02; 收入合计 (01表 line 27 from 04表) stays 797.53"},
                        {3, "803.42万元", "803.44万元",
                         "尾差: 03表 合计 本年支出合计 includes 20133 项目支出 and 21011 基本支出, each summed 0.01 above the published"},
                        {3, "520.60万元", "520.61万元", "尾差: 03表 合计 基本支出 includes 21011 基本支出 29.74 → 29.75"},
                        {3, "282.82万元", "282.83万元", "尾差: 03表 合计 项目支出 includes 20133 项目支出 280.08 → 280.09"},
                        {4, nullptr, "803.44万元",
                         "尾差: as §一, 财政拨款支出总计 (t04/64) is 803.44 while 收入总计 is 803.42, so both are printed"},
                        {4, nullptr, "增加74.16万元", "尾差: as §一, 财政拨款支出总计's own change (803.44 − 729.28)"},
                        {4, nullptr, "增长10.17%", "尾差: as §一, 财政拨款支出总计's own rate"},
                        {5, "803.42万元", "803.44万元",
                         "尾差: §五(一) 一般公共预算财政拨款支出 (t04/59 = 05表 合计) includes 20133 and 21011, +0.01 each"},
                        {5, "增加74.14万元", "增加74.16万元",
                         "尾差: §五(一) 增加 803.44 − 729.28 (the 10.17% growth rounds the same either way)"},
                        {5, "803.42万元", "803.44万元", "尾差: §五(二) total, as §五(一)"},
                        {5, "335.97万元", "335.98万元", "尾差: §五(二) 一般公共服务（类） includes 20133 280.08 → 280.09"},
                        {5, "29.74万元", "29.75万元", "尾差: §五(二) 卫生健康（类） is 21011 29.74 → 29.75"},
                        {5, "803.42万元", "803.44万元", "尾差: §五(三) 支出决算 (05表 合计 小计), as §五(一) (93.77% either way)"},
                        {6, "520.60万元", "520.61万元", "尾差: 05表 合计 基本支出 includes 21011 基本支出 29.74 → 29.75"},
                        {6, "487.79万元", "487.80万元", "尾差: 06表 301 工资福利支出 published 487.79, its 款 sum to 487.80"},
                        {6, "32.82万元", "32.81万元", "尾差: 06表 302 商品和服务支出 published 32.82, its 款 sum to 32.81"},
                        {9, "0%", nullptr,
                         "seed mistake: “1. 因公出国（境）费 预算为0万元…完成预算的0%”: with a budget of 0 there is no "
                         "completion rate, so we leave it out"},
                        {13, "11个", "14个",
                         "seed mistake: 四是 says 共自评11个项目, but §十三(二) of the same seed says 14 projects and the "
                         "attachment holds 14 项目支出绩效自评表, which the count now comes from"},
                        {13, "9个", "12个",
                         "seed mistake: the first summary of §十三(二) grades 优9 良2 中0 差1 (12 projects, not its 14; the "
                         "next says 优11 良2 中0 差0); the 14 tables' typed 总分 make 12 优 (≥ 90)"},
                        {13, "2个", "1个",
                         "seed mistake: 良2 中0 in the same summary; no table's 总分 is 80–90, one is 78.86 (培训费: 中), "
                         "and one 25 (公车运行及维护: 差, which the seed's 差1 agrees with)"},
                    });
}

TEST_CASE("seed 003: every figure of part 3 the data determine is reproduced", "[narrative]")
{
    // 尾差 of the sample (tests/core/test_seeds.cpp): 02表 合计 1,788.25 published vs 1,788.24 summed from
    // the 类; 03/05表 合计 1,850.79 vs 1,850.78 (and the 01/04表 lines that take them); 06表 301
    // 1,005.81 vs 1,005.82 and 302 47.27 vs 47.26.
    compareWithSeed(q("nanyang-bigdata-2024"), q("003_a4cf28a555bed632"), 125,
                    {
                        {1, nullptr, "1,850.78万元",
                         "尾差: the seed prints one figure (收、支总计均为1,850.79); our 支出总计 (t01/62 from the 03表 类 lines) "
                         "is 1,850.78, the sum of the 类, so we print 收入总计1,850.79万元，支出总计1,850.78万元"},
                        {1, nullptr, "增加278.52万元",
                         "尾差: with two totals each has its own change; the seed's one 增加278.53 is the 收入总计's, we add "
                         "支出总计增加278.52万元 (1,850.78 − last year's 1,572.26)"},
                        {1, nullptr, "增长17.71%", "尾差: the 支出总计's own rate, 278.52 / 1,572.26 = 17.7146%"},
                        {2, "1,788.25万元", "1,788.24万元",
                         "尾差: 02表 合计 财政拨款收入 published 1,788.25, its 类 sum to 1,788.24 (收入合计 from 04表 stays 1,788.25)"},
                        {3, "1,850.79万元", "1,850.78万元", "尾差: 03表 合计 本年支出合计 published 1,850.79, its 类 sum to 1,850.78"},
                        {4, nullptr, "1,850.78万元", "尾差: as §一, 财政拨款支出总计 (t04/64) is 1,850.78, 收入总计 1,850.79"},
                        {4, nullptr, "增加278.52万元", "尾差: as §一, 财政拨款支出总计's own change (1,850.78 − 1,572.26)"},
                        {4, nullptr, "增长17.71%", "尾差: as §一, 财政拨款支出总计's own rate"},
                        {5, "1,850.79万元", "1,850.78万元", "尾差: §五(一) 05表 合计 published 1,850.79, its 类 sum to 1,850.78"},
                        {5, "增加278.53万元", "增加278.52万元", "尾差: §五(一) 增加 1,850.78 − 1,572.26"},
                        {5, "增长17.72%", "增长17.71%",
                         "尾差: §五(一) 增长 278.52 / 1,572.26 = 17.7146%; the seed's 278.53 / 1,572.26 = 17.7152%"},
                        {5, "1,850.79万元", "1,850.78万元", "尾差: §五(二) total, as §五(一)"},
                        {5, "69.70%", "69.71%",
                         "尾差: §五(二) 科学技术 1,290.09 / 1,850.78 = 69.7052%; over the published 1,850.79 it is 69.7048%"},
                        {5, "1,850.79万元", "1,850.78万元", "尾差: §五(三) 支出决算, as §五(一) (136.11% either way)"},
                        {6, "1,068.32万元", "1,068.33万元", "尾差: 人员经费 = 301 + 303; 06表 301 published 1,005.81, its 款 sum to 1,005.82"},
                        {6, "47.27万元", "47.26万元", "尾差: 公用经费 = 302; 06表 302 published 47.27, its 款 sum to 47.26"},
                        {9, "0%", nullptr,
                         "seed mistake: “1. 因公出国（境）费 预算为0万元…完成预算的0%”: no completion rate without a budget"},
                        {9, "0%", nullptr,
                         "seed mistake: “3. 公务接待费 预算为0万元…完成预算的0%”: no completion rate without a budget"},
                    });
}

TEST_CASE("the figures the issue names: seed 000 §一 and §三, seed 003 §三 and the 13 items of §五(三)", "[narrative]")
{
    SECTION("seed 000")
    {
        const auto doc = test::sampleDocument(q("nanyang-cac-2024"));
        const auto all = explanation(*doc);
        // §一: last year's 总计 729.28; 803.42 − 729.28 = 74.14, 74.14 / 729.28 = 10.166…% → 10.17%.
        CHECK(valueAt(*doc, q("t01/31/上年决算数")) == wan("729.28"));
        CHECK(pct(minus(wan("803.42"), wan("729.28")), wan("729.28")) == q("10.17"));
        CHECK(sectionOf(all, 1).text()
              == q("2024年度收入总计803.42万元，支出总计803.44万元。与上年度相比，收入总计增加74.14万元，增长10.17%；"
                   "支出总计增加74.16万元，增长10.17%，主要原因是：2024年单位人员增加，预算项目调整导致财政拨款收支增加。"));
        // §三: 520.61 / 803.44 = 64.797…% and 282.83 / 803.44 = 35.202…%: the seed's 64.80% and 35.20%.
        CHECK(sectionOf(all, 3).text()
              == q("2024年度支出合计803.44万元，其中：基本支出520.61万元，占64.80%；项目支出282.83万元，占35.20%。"));
        const auto ours = items(sectionOf(all, 5).text());
        CHECK(ours.size() == 13);
        CHECK(ours == items(seedSections(q("000_10d8e44b991496ab"))[4].body));
    }
    SECTION("seed 003")
    {
        const auto doc = test::sampleDocument(q("nanyang-bigdata-2024"));
        const auto all = explanation(*doc);
        // §三: 1,115.58 / 1,850.78 = 60.276…% and 735.20 / 1,850.78 = 39.723…%. Our total is the sum of
        // the 类 (1,850.78, the published 1,850.79 has 尾差), so the rounding note is not needed.
        CHECK(sectionOf(all, 3).text()
              == q("2024年度支出合计1,850.78万元，其中：基本支出1,115.58万元，占60.28%；项目支出735.20万元，占39.72%。"));
        // §五(三): the 13 items, each with the seed's 年初预算, 决算 and 完成年初预算 (none where the
        // budget is 0), in the seed's order.
        const auto ours = items(sectionOf(all, 5).text());
        const auto seed = items(seedSections(q("003_a4cf28a555bed632"))[4].body);
        REQUIRE(ours.size() == 13);
        CHECK(ours == seed);
        const std::vector<const char *> completion = {nullptr, "75%",     "99.05%",  nullptr,  nullptr,  "152.08%", "154.60%",
                                                      "120.16%", nullptr, "63.32%", "111.27%", "54.90%", "100%"};
        for (size_t i = 0; i < ours.size(); ++i) {
            INFO(ours[i]);
            CHECK(ours[i].number == int(i) + 1);
            if (completion[i])
                CHECK(ours[i].completion == oneFigure(completion[i]).value);
            else
                CHECK_FALSE(ours[i].completion.has_value());
        }
    }
}

TEST_CASE("changing one 项 of 公开05表 updates §五 and keeps the 项's typed reason", "[narrative]")
{
    const auto doc = test::sampleDocument(q("nanyang-cac-2024"));
    const QString code = q("2080505"); // 机关事业单位基本养老保险缴费支出: 基本支出 38.59, 年初预算 43.48
    const QString item = q("t05/") + code + q("/小计"), cls = q("t05/208/小计"), total = q("t05/合计/小计");
    const QString reasonKey = q("reason/t05/") + code;
    const QString reason = doc->data().texts.at(reasonKey);
    const QString itemHead = q("社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。");
    const Money budget = valueAt(*doc, q("t05/") + code + q("/年初预算"));
    const Money totalBudget = valueAt(*doc, q("t05/合计/年初预算"));
    const Money oldItem = valueAt(*doc, item), oldClass = valueAt(*doc, cls), oldTotal = valueAt(*doc, total);
    const Money oldBasic = valueAt(*doc, q("t05/合计/基本支出"));
    const Money other = valueAt(*doc, q("t05/201/小计")); // a 类 that does not change
    const QString before = explanationText(*doc);

    SECTION("a new 决算 that still differs from the budget")
    {
        const Money delta = wan("10.00");
        const Applied applied = test::apply(*doc, {Edit::setValue(q("t05/") + code + q("/基本支出"), plus(oldItem, delta))});
        const Money newItem = plus(oldItem, delta), newClass = plus(oldClass, delta), newTotal = plus(oldTotal, delta);
        // The engine sums as expected: the strings below are computed from these figures.
        REQUIRE(valueAt(*doc, item) == newItem);
        REQUIRE(valueAt(*doc, cls) == newClass);
        REQUIRE(valueAt(*doc, total) == newTotal);
        const ExplanationSection s = explanation(*doc)[4];
        REQUIRE(s.number == 5);
        CHECK_FALSE(s.typed);

        // §五(一): the total and its change from last year.
        const Money prior = valueAt(*doc, q("t04/59/上年一般公共预算财政拨款"));
        CHECK(s.text().contains(q("2024年度一般公共预算财政拨款支出") + narrativeAmount(newTotal) + q("万元，占本年支出合计的")));
        CHECK(s.text().contains(q("一般公共预算财政拨款支出增加") + narrativeAmount(minus(newTotal, prior)) + q("万元，增长")
                                + pct(minus(newTotal, prior), prior) + q("%")));

        // §五(二): the changed 类 with its new amount and share, and an unchanged 类's share of the new total.
        const QString structure = paragraphWith(s, q("主要用于以下方面"));
        CHECK(structure.startsWith(q("2024年度一般公共预算财政拨款支出") + narrativeAmount(newTotal) + q("万元，")));
        CHECK(structure.contains(q("社会保障和就业（类）支出") + narrativeAmount(newClass) + q("万元，占") + pct(newClass, newTotal) + q("%")));
        CHECK(structure.contains(q("一般公共服务（类）支出") + narrativeAmount(other) + q("万元，占") + pct(other, newTotal) + q("%")));
        CHECK_FALSE(structure.contains(q("社会保障和就业（类）支出") + narrativeAmount(oldClass) + q("万元")));
        CHECK(pct(newClass, newTotal) != pct(oldClass, oldTotal)); // the share did move

        // §五(三): the totals and the item's sentence, with its reason still there, as typed.
        CHECK(paragraphWith(s, q("年度一般公共预算财政拨款支出年初预算为"))
              == q("2024年度一般公共预算财政拨款支出年初预算为") + narrativeAmount(totalBudget) + q("万元，支出决算为")
                     + narrativeAmount(newTotal) + q("万元，完成年初预算的") + pct(newTotal, totalBudget) + q("%。其中："));
        const Paragraph *p = paragraphPtr(s, itemHead);
        REQUIRE(p);
        CHECK(p->text()
              == q("6. ") + itemHead + q("年初预算为") + narrativeAmount(budget) + q("万元，支出决算为") + narrativeAmount(newItem)
                     + q("万元，完成年初预算的") + pct(newItem, budget) + q("%。决算数与年初预算数存在差异的主要原因是") + reason);
        const TextRun *typed = runWithKey(*p, reasonKey);
        REQUIRE(typed);
        CHECK(typed->kind == TextRun::Kind::Typed);
        CHECK(typed->text == reason);
        bool amountWithAddress = false;
        for (const TextRun &r : p->runs)
            amountWithAddress |= r.kind == TextRun::Kind::Amount && r.address == item && r.text == narrativeAmount(newItem);
        CHECK(amountWithAddress);

        // §六 takes the 05表 基本支出 too.
        CHECK(explanation(*doc)[5].text().contains(q("基本支出") + narrativeAmount(plus(oldBasic, delta)) + q("万元")));

        // Undone, the text is what it was.
        test::apply(*doc, applied.inverse);
        CHECK(explanationText(*doc) == before);
    }
    SECTION("a 决算 equal to the budget: 100.00%, and no reason sentence though the reason is kept")
    {
        test::apply(*doc, {Edit::setValue(q("t05/") + code + q("/基本支出"), budget)});
        const ExplanationSection s = explanation(*doc)[4];
        const Paragraph *p = paragraphPtr(s, itemHead);
        REQUIRE(p);
        CHECK(p->text()
              == q("6. ") + itemHead + q("年初预算为") + narrativeAmount(budget) + q("万元，支出决算为") + narrativeAmount(budget)
                     + q("万元，完成年初预算的100.00%。"));
        CHECK_FALSE(runWithKey(*p, reasonKey));
        CHECK(doc->data().texts.count(reasonKey) == 1);
    }
}

TEST_CASE("a typed section replaces the generated one, and generatedSection still generates", "[narrative]")
{
    const auto doc = test::sampleDocument(q("nanyang-cac-2024"));
    const ExplanationSection generated = generatedSection(*doc, 5);
    const auto beforeAll = explanation(*doc);
    // A person's text, including a figure that contradicts the tables: it is kept as typed.
    const QString typed = q("（一）一般公共预算财政拨款支出决算总体情况。\n"
                            "2024年度一般公共预算财政拨款支出999.99万元，占本年支出合计的100%。\n"
                            "（二）其余略。");
    test::apply(*doc, {Edit::setText(sectionTextKey(5), typed)});

    const auto all = explanation(*doc);
    const ExplanationSection &s = sectionOf(all, 5);
    CHECK(s.typed);
    CHECK(s.title == generated.title);
    CHECK(s.text() == typed);
    REQUIRE(s.paragraphs.size() == 3);
    for (const Paragraph &p : s.paragraphs) {
        REQUIRE(p.runs.size() == 1);
        CHECK(p.runs.front().kind == TextRun::Kind::Typed);
        CHECK(p.runs.front().key == q("section/05"));
    }
    // The generated section is still there for whoever asks (the contradiction finder), unchanged.
    const ExplanationSection again = generatedSection(*doc, 5);
    CHECK_FALSE(again.typed);
    CHECK(again.text() == generated.text());
    REQUIRE(again.paragraphs.size() == generated.paragraphs.size());
    for (size_t i = 0; i < again.paragraphs.size(); ++i)
        CHECK(again.paragraphs[i].runs == generated.paragraphs[i].runs);
    // The other sections are generated as before.
    for (int n = 1; n <= 13; ++n) {
        if (n == 5)
            continue;
        INFO("section " << n);
        CHECK_FALSE(sectionOf(all, n).typed);
        CHECK(sectionOf(all, n).text() == sectionOf(beforeAll, n).text());
    }
    const QString text = explanationText(*doc);
    CHECK(text.contains(q("五、一般公共预算财政拨款支出决算情况说明\n") + typed + q("\n六、")));
    CHECK_FALSE(text.contains(generated.paragraphs.at(1).text()));

    // Removing the text brings the generated section back.
    test::apply(*doc, {Edit::setText(sectionTextKey(5), QString())});
    CHECK_FALSE(explanation(*doc)[4].typed);
    CHECK(explanation(*doc)[4].text() == generated.text());
}

TEST_CASE("sentence rules: no change without last year's figure", "[narrative]")
{
    const auto doc = balancedCac();
    REQUIRE(explanation(*doc)[0].text().contains(q("与上年度相比")));
    REQUIRE(explanation(*doc)[9].text().contains(q("与上年度相比")));

    test::apply(*doc, {Edit::setValue(q("t01/31/上年决算数"), std::nullopt), Edit::setValue(q("t01/62/上年决算数"), std::nullopt)});
    CHECK(explanation(*doc)[0].text() == q("2024年度收、支总计均为803.44万元。"));
    CHECK(explanation(*doc)[3].text().contains(q("与上年度相比"))); // §四 has its own figures (04表)

    test::apply(*doc, {Edit::setValue(q("t04/32/上年金额"), std::nullopt), Edit::setValue(q("t04/64/上年合计"), std::nullopt),
                       Edit::setValue(q("t04/59/上年一般公共预算财政拨款"), std::nullopt),
                       Edit::setValue(q("x01/机关运行经费/上年金额"), std::nullopt)});
    CHECK(explanation(*doc)[3].text() == q("2024年度财政拨款收、支总计均为803.44万元。"));
    CHECK_FALSE(explanation(*doc)[4].text().contains(q("上年")));
    CHECK(explanation(*doc)[9].text() == q("2024年度机关运行经费为32.82万元。"));

    // Last year's figure given as 0: a change without a rate (there is no rate from nothing).
    test::apply(*doc, {Edit::setValue(q("t01/31/上年决算数"), Money()), Edit::setValue(q("t01/62/上年决算数"), Money())});
    CHECK(explanation(*doc)[0].text()
          == q("2024年度收、支总计均为803.44万元。与上年度相比，收、支总计各增加803.44万元，主要原因是：")
                 + doc->data().texts.at(q("reason/change/t01/31/决算数")));
}

TEST_CASE("sentence rules: a 项 without 年初预算 has no completion rate", "[narrative]")
{
    const auto doc = test::sampleDocument(q("nanyang-cac-2024"));
    const QString head = q("卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）。");
    REQUIRE(paragraphWith(explanation(*doc)[4], head).contains(q("完成年初预算的80.07%")));

    for (const std::optional<Money> &none : {std::optional<Money>(), std::optional<Money>(Money())}) {
        INFO((none ? "budget 0" : "budget blank"));
        test::apply(*doc, {Edit::setValue(q("t05/2101101/年初预算"), none)});
        const QString p = paragraphWith(explanation(*doc)[4], head);
        CHECK(p == q("9. ") + head + q("年初预算为0万元，支出决算为13.18万元。决算数与年初预算数存在差异的主要原因是")
                       + doc->data().texts.at(q("reason/t05/2101101")));
        CHECK_FALSE(p.contains(q("完成")));
    }
    // The same rule for “三公”: no 完成预算的 where the 预算 is 0 (the seeds print 0% there).
    const QString s9 = explanation(*doc)[8].text();
    CHECK(s9.contains(q("1. 因公出国（境）费 预算为0万元，支出决算为0万元。决算数与预算数持平。")));
    // A 项 with neither budget nor 决算 is not listed at all (2080199 has 基本支出 0.00, no budget).
    CHECK_FALSE(explanation(*doc)[4].text().contains(q("（项）。年初预算为0万元，支出决算为0万元")));
}

TEST_CASE("sentence rules: 增加/增长, 减少/下降 and 持平 follow the figures", "[narrative]")
{
    const auto doc = balancedCac();
    const QString reason = doc->data().texts.at(q("reason/change/t01/31/决算数"));
    const Money now = valueAt(*doc, q("t01/31/决算数"));
    REQUIRE(now == wan("803.44"));
    auto setPrior = [&](Money prior) {
        test::apply(*doc, {Edit::setValue(q("t01/31/上年决算数"), prior), Edit::setValue(q("t01/62/上年决算数"), prior)});
    };

    SECTION("a decrease")
    {
        const Money prior = wan("900.00");
        setPrior(prior);
        const QString s1 = explanation(*doc)[0].text();
        CHECK(s1.endsWith(q("与上年度相比，收、支总计各减少") + narrativeAmount(minus(prior, now)) + q("万元，下降")
                          + pct(minus(prior, now), prior) + q("%，主要原因是：") + reason));
        CHECK(s1.contains(q("减少96.56万元，下降10.73%")));
        CHECK_FALSE(patternWords(explanation(*doc)[0]).contains(q("增"))); // the typed reason says 增加
        // §十 (its own sentence, without a subject): 32.82 against 40.00.
        test::apply(*doc, {Edit::setValue(q("x01/机关运行经费/上年金额"), wan("40.00"))});
        const QString s10 = explanation(*doc)[9].text();
        CHECK(s10.contains(q("与上年度相比，减少7.18万元，下降17.95%")));
        CHECK_FALSE(patternWords(explanation(*doc)[9]).contains(q("增")));
    }
    SECTION("an increase")
    {
        setPrior(wan("800.00"));
        const QString s1 = explanation(*doc)[0].text();
        CHECK(s1.contains(q("与上年度相比，收、支总计各增加3.44万元，增长0.43%")));
        CHECK_FALSE(patternWords(explanation(*doc)[0]).contains(q("减少")));
        CHECK_FALSE(patternWords(explanation(*doc)[0]).contains(q("下降")));
    }
    SECTION("equal")
    {
        setPrior(now);
        const QString s1 = explanation(*doc)[0].text();
        CHECK(s1.contains(q("与上年度相比，收、支总计各持平。")));
        for (const char *word : {"增加", "增长", "减少", "下降"})
            CHECK_FALSE(patternWords(explanation(*doc)[0]).contains(q(word)));
        CHECK_FALSE(s1.contains(q("主要原因是"))); // nothing to explain
    }
    SECTION("“三公” 决算 equal to 预算")
    {
        test::apply(*doc, {Edit::setValue(q("t09/决算/公务接待费"), wan("7.00"))});
        const QString s9 = explanation(*doc)[8].text();
        CHECK(s9.contains(q("3. 公务接待费 预算为7.00万元，支出决算为7.00万元，完成预算的100.00%。决算数与预算数持平。")));
    }
}

TEST_CASE("sentence rules: a 单位 says 我单位, a 部门 我部门, and a 事业单位 has no 机关运行经费", "[narrative]")
{
    auto scopeWords = [](const Document &doc, const QString &word) {
        int n = 0;
        for (const ExplanationSection &s : explanation(doc))
            n += patternWords(s).count(word);
        return n;
    };
    const auto cac = test::sampleDocument(q("nanyang-cac-2024"));       // 部门, 行政单位
    const auto bigdata = test::sampleDocument(q("nanyang-bigdata-2024")); // 单位, 事业单位
    REQUIRE(cac->data().unit.scope == q("部门"));
    REQUIRE(bigdata->data().unit.scope == q("单位"));

    CHECK(scopeWords(*cac, q("我部门")) == 3); // §七, §八, §十二
    CHECK(scopeWords(*cac, q("本部门")) > 0);  // §十三
    CHECK(scopeWords(*cac, q("我单位")) == 0);
    CHECK(scopeWords(*cac, q("本单位")) == 0);
    CHECK(scopeWords(*bigdata, q("我单位")) == 4); // §七, §八, §十, §十二
    CHECK(scopeWords(*bigdata, q("本单位")) > 0);
    CHECK(scopeWords(*bigdata, q("我部门")) == 0);
    CHECK(scopeWords(*bigdata, q("本部门")) == 0);
    CHECK(scopeWords(*bigdata, q("部门")) == 0);

    // A 事业单位: §十 says it has none, without a figure.
    const ExplanationSection s10 = explanation(*bigdata)[9];
    CHECK(s10.text() == q("我单位不是行政机关，也不是参照公务员管理事业单位，没有机关运行经费支出。"));
    for (const Paragraph &p : s10.paragraphs) {
        for (const TextRun &r : p.runs)
            CHECK(r.kind == TextRun::Kind::Pattern);
    }

    // The same document as a 单位 and as a 事业单位: the words follow the unit information.
    UnitInfo unit = cac->data().unit;
    unit.scope = q("单位");
    test::apply(*cac, {Edit::setUnit(unit)});
    CHECK(scopeWords(*cac, q("我单位")) == 3);
    CHECK(scopeWords(*cac, q("我部门")) == 0);
    CHECK(explanation(*cac)[6].text().contains(q("我单位没有政府性基金收入")));
    REQUIRE(explanation(*cac)[9].text().contains(q("机关运行经费为32.82万元")));

    unit.type = q("事业单位");
    test::apply(*cac, {Edit::setUnit(unit)});
    CHECK(explanation(*cac)[9].text() == q("我单位不是行政机关，也不是参照公务员管理事业单位，没有机关运行经费支出。"));
    unit.scope = q("部门");
    test::apply(*cac, {Edit::setUnit(unit)});
    CHECK(explanation(*cac)[9].text() == q("我部门不是行政机关，也不是参照公务员管理事业单位，没有机关运行经费支出。"));

    // A 参照公务员法管理 事业单位 has 机关运行经费.
    unit.type = q("参照公务员法管理事业单位");
    const auto r = cac->apply({Edit::setUnit(unit)});
    if (r.ok())
        CHECK(explanation(*cac)[9].text().contains(q("机关运行经费为32.82万元")));
    else
        WARN("unit type 参照公务员法管理事业单位 refused: " << u8(r.error().message));
}

TEST_CASE("§一 and §四: when 收入总计 and 支出总计 differ, each total's change is its own", "[narrative]")
{
    // §一 and §四 print both totals when they differ ("收入总计803.42万元，支出总计803.44万元", as the
    // cac sample does by 尾差), and each has its own figure for last year (t01/31 and t01/62, t04/32
    // and t04/64 上年). "收、支总计各增加x万元" then states one change for two totals: the income's
    // change, which is not the expenses'.
    auto doc = test::sampleDocument(q("nanyang-cac-2024"));
    auto changeOf = [&](const QString &label, const QString &now, const QString &prior) {
        const Money n = valueAt(*doc, now), p = valueAt(*doc, prior);
        REQUIRE(n > p);
        return label + q("增加") + narrativeAmount(minus(n, p)) + q("万元，增长") + pct(minus(n, p), p) + q("%");
    };
    auto check = [&] {
        const QString s1 = explanation(*doc)[0].text();
        const QString s4 = explanation(*doc)[3].text();
        INFO(u8(s1));
        INFO(u8(s4));
        CHECK_FALSE(s1.contains(q("各")));
        CHECK(s1.contains(changeOf(q("收入总计"), q("t01/31/决算数"), q("t01/31/上年决算数"))));
        CHECK(s1.contains(changeOf(q("支出总计"), q("t01/62/决算数"), q("t01/62/上年决算数"))));
        CHECK_FALSE(s4.contains(q("各")));
        CHECK(s4.contains(changeOf(q("收入总计"), q("t04/32/金额"), q("t04/32/上年金额"))));
        CHECK(s4.contains(changeOf(q("支出总计"), q("t04/64/合计"), q("t04/64/上年合计"))));
    };

    SECTION("this year's totals differ (803.42 and 803.44 against 729.28 each)")
    {
        REQUIRE(valueAt(*doc, q("t01/31/决算数")) != valueAt(*doc, q("t01/62/决算数")));
        check();
    }
    SECTION("this year's totals are equal, last year's differ")
    {
        doc = balancedCac(); // 803.44 both; last year's 支出总计 700.00
        test::apply(*doc, {Edit::setValue(q("t01/62/上年决算数"), wan("700.00")), Edit::setValue(q("t04/64/上年合计"), wan("700.00"))});
        check();
    }
    SECTION("both balanced: one sentence for both")
    {
        doc = balancedCac();
        CHECK(explanation(*doc)[0].text().startsWith(
            q("2024年度收、支总计均为803.44万元。与上年度相比，收、支总计各增加74.16万元，增长10.17%，主要原因是：")));
    }
}

TEST_CASE("narrative: a reason not written yet leaves a visible gap under its key, which the reason then fills", "[narrative]")
{
    DocumentData d = test::sampleData(QStringLiteral("nanyang-cac-2024"));
    const QString key = QStringLiteral("reason/t05/2013304");
    REQUIRE(d.texts.count(key) == 1);
    const QString reason = d.texts.at(key);
    d.texts.erase(key);
    auto findRun = [&](const Document &doc) -> std::optional<TextRun> {
        for (const Paragraph &p : generatedSection(doc, 5).paragraphs) {
            for (const TextRun &r : p.runs) {
                if (r.kind == TextRun::Kind::Typed && r.key == key)
                    return r;
            }
        }
        return std::nullopt;
    };
    const auto without = Document::create(d);
    REQUIRE(without.ok());
    const auto gap = findRun(*without.value());
    REQUIRE(gap);
    CHECK(gap->text == QStringLiteral("（原因未填写）。"));
    d.texts[key] = reason;
    const auto with = Document::create(d);
    REQUIRE(with.ok());
    const auto filled = findRun(*with.value());
    REQUIRE(filled);
    CHECK(filled->text == reason);
}

TEST_CASE("narrative: §十三 takes its counts, grades and project figures from the 绩效自评 tables", "[narrative]")
{
    auto doc = test::sampleDocument(q("nanyang-cac-2024"));
    auto section = [&] { return generatedSection(*doc, 13); };
    QString text = section().text();
    // 14 project tables (the entered count says 14 too, but it is not what is read).
    CHECK(text.contains(q("共自评14个项目")));
    CHECK(text.contains(q("对本部门14个项目开展绩效自评，其中：评价等级为“优”的项目12个，评价等级为“良”的项目0个，"
                          "评价等级为“中”的项目1个，评价等级为“差”的项目1个。具体情况如下：")));
    // The 部门整体 table, then each project's sentence with its table's figures and computed rate.
    CHECK(text.contains(q("中共南阳市委网络安全和信息化委员会办公室2024年年初预算数856.82万元，全年预算数888.43万元，"
                          "全年执行数803.42万元，预算执行率90.43%，自评得分99.75分，评价等级为“优”。")));
    CHECK(text.contains(q("网络主题宣传（2024）项目年初预算数40.00万元，全年预算数40.00万元，全年执行数40.00万元，"
                          "预算执行率100.00%，自评得分99分，评价等级为“优”。")));
    // A table's change reaches the text: 会议费 总分 99.40 → 85 moves it from 优 to 良; a project
    // removed is one fewer.
    std::vector<Evaluation> tables = doc->data().evaluations;
    for (Evaluation &e : tables)
        if (e.name.startsWith(q("会议费")))
            e.totalScore = Points::fromWhole(85);
    tables.pop_back();
    test::apply(*doc, {Edit::setEvaluations(tables)});
    text = section().text();
    CHECK(text.contains(q("共自评13个项目")));
    CHECK(text.contains(q("“优”的项目10个，评价等级为“良”的项目1个")));
    CHECK(text.contains(q("会议费（2024）项目年初预算数2.00万元，全年预算数2.00万元，全年执行数1.88万元，预算执行率94.00%，"
                          "自评得分85分，评价等级为“良”。")));
    // Without tables, the entered counts.
    test::apply(*doc, {Edit::setEvaluations({})});
    text = section().text();
    CHECK(text.contains(q("共自评14个项目")));
    CHECK(text.contains(q("“优”的项目11个，评价等级为“良”的项目2个")));
    CHECK_FALSE(text.contains(q("自评得分")));
}
