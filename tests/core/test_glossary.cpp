// Part 4, 名词解释 (core/glossary.h): the shipped data file against the function classification
// catalogue, and the two samples' glossaries against the part 4 their seeds print
// (resources/seeds, read here as a person would: paragraphs cut by the PDF extraction joined,
// whitespace and the width of parentheses ignored).

#include "support.h"

#include "catalog.h"
#include "glossary.h"
#include "template.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

#include <map>
#include <set>
#include <string>

using namespace fa;

namespace {

std::string u8(const QString &s)
{
    return s.toStdString();
}

// What is compared with a seed: no whitespace (the PDF cuts lines anywhere), and ASCII
// parentheses as the full-width ones (seed 003 switches to "(类)" half way through its list).
QString normalized(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    s.replace(QLatin1Char('('), QChar(0xFF08));
    s.replace(QLatin1Char(')'), QChar(0xFF09));
    return s;
}

// The seed's part 4 without its title, as printed.
QString seedPart4(const QString &seed)
{
    const QString text = QString::fromUtf8(test::readBytes(test::sourcePath(QStringLiteral("resources/seeds/%1.txt").arg(seed))));
    // The table of contents names the part too: the part itself is the last mention.
    const QString title = QStringLiteral("第四部分 名词解释");
    const qsizetype begin = text.lastIndexOf(title);
    REQUIRE(begin >= 0);
    const qsizetype end = text.indexOf(QStringLiteral("第五部分"), begin);
    REQUIRE(end > begin);
    return text.mid(begin + title.size(), end - begin - title.size());
}

// The seed's paragraphs: a line that does not start with a number ("一、", "（一）、", "(一)、")
// continues the one before.
QStringList seedParagraphs(const QString &seed)
{
    static const QRegularExpression numbered(QStringLiteral("^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]、)"));
    QStringList paragraphs;
    for (const QString &raw : seedPart4(seed).split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (paragraphs.isEmpty() || numbered.match(line).hasMatch())
            paragraphs << line;
        else
            paragraphs.last() += line;
    }
    return paragraphs;
}

// The seed's 项 entries: normalized heading → normalized definition.
std::map<QString, QString> seedItems(const QString &seed)
{
    std::map<QString, QString> items;
    for (const QString &p : seedParagraphs(seed)) {
        const QString n = normalized(p);
        const qsizetype colon = n.indexOf(QStringLiteral("："));
        if (colon < 0 || !n.left(colon).endsWith(QStringLiteral("（项）")))
            continue;
        const QString heading = n.left(colon).section(QStringLiteral("）、"), 1);
        REQUIRE(!heading.isEmpty());
        items[heading] = n.mid(colon + 1);
    }
    return items;
}

std::vector<QString> t05Codes(const DocumentData &data)
{
    const auto it = data.subjectRows.find(QStringLiteral("t05"));
    REQUIRE(it != data.subjectRows.end());
    return {it->second.begin(), it->second.end()};
}

const FunctionCatalog &catalogue()
{
    const Template *tpl = findTemplate(QStringLiteral("2024"));
    REQUIRE(tpl);
    return tpl->functions;
}

// A 项 of the catalogue the data file has no definition for.
QString codeWithoutDefinition()
{
    for (const auto &e : catalogue().entries()) {
        if (functionCodeLevel(e.code) == SubjectLevel::Item && !itemDefinition(e.code))
            return e.code;
    }
    FAIL("every 项 of the catalogue has a definition");
    return {};
}

// The fixed terms each seed prints, in order (copied from the seeds; both print the same list).
const QStringList kSeedFixedTerms = {
    QStringLiteral("财政拨款收入"), QStringLiteral("事业收入"), QStringLiteral("上级补助收入"),
    QStringLiteral("附属单位上缴收入"), QStringLiteral("经营收入"), QStringLiteral("其他收入"),
    QStringLiteral("基本支出"), QStringLiteral("项目支出"), QStringLiteral("经营支出"),
    QStringLiteral("工资福利支出"), QStringLiteral("商品和服务支出"), QStringLiteral("对个人和家庭的补助支出"),
    QStringLiteral("使用非财政拨款结余和专用结余"), QStringLiteral("年初结转和结余"), QStringLiteral("结余分配"),
    QStringLiteral("年末结转和结余"), QStringLiteral("“三公”经费"), QStringLiteral("机关运行经费"),
};

struct Sample {
    QString name;
    QString seed;
    QString scope;
    // Seed texts the data file deliberately does not copy: seed text → shipped text.
    std::map<QString, QString> changed;
};

// Seed 003 writes "规定的的基本工资" in 2210201 住房公积金; seed 000 and the catalogue's explanation
// write "规定的基本工资", which is what is shipped. (Seed 003's half-width parentheses, e.g. in
// 2080506 "(含职业年金补记支出)", are shipped full-width; normalized() already treats them alike.)
const std::vector<Sample> kSamples = {
    {QStringLiteral("nanyang-cac-2024"), QStringLiteral("000_10d8e44b991496ab"), QStringLiteral("部门"), {}},
    {QStringLiteral("nanyang-bigdata-2024"), QStringLiteral("003_a4cf28a555bed632"), QStringLiteral("单位"),
     {{QStringLiteral("财政部规定的的基本工资"), QStringLiteral("财政部规定的基本工资")}}},
};

QString applyChanges(QString seedText, const Sample &s)
{
    for (const auto &[from, to] : s.changed)
        seedText.replace(from, to);
    return seedText;
}

} // namespace

TEST_CASE("glossary: the data file reads without a complaint", "[glossary]")
{
    QStringList errors;
    const auto g = GlossaryCatalog::fromTsv(
        QString::fromUtf8(test::readBytes(test::sourcePath(QStringLiteral("core/data/glossary_2024.tsv")))), &errors);
    INFO(u8(errors.join(QLatin1Char('\n'))));
    CHECK(errors.isEmpty());
    // The built-in resource is the same file.
    CHECK(g.itemCodes() == builtinGlossary().itemCodes());
    CHECK(g.fixed(QStringLiteral("部门")) == fixedGlossary(QStringLiteral("部门")));
}

TEST_CASE("glossary: every 项 of the data file is a 项 of the catalogue, once, with a definition", "[glossary]")
{
    // Read the raw lines here rather than trust the parser, which drops a malformed line.
    const QString text = QString::fromUtf8(test::readBytes(test::sourcePath(QStringLiteral("core/data/glossary_2024.tsv"))));
    std::set<QString> seen;
    int rows = 0;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QStringLiteral("item\t")))
            continue;
        ++rows;
        const QStringList f = line.split(QLatin1Char('\t'));
        INFO(u8(line));
        REQUIRE(f.size() == 3);
        const QString &code = f.at(1);
        CHECK(code.size() == 7);
        CHECK(functionCodeLevel(code) == SubjectLevel::Item);
        CHECK(catalogue().contains(code));
        CHECK(seen.insert(code).second);
        CHECK(!f.at(2).trimmed().isEmpty());
        CHECK(f.at(2).endsWith(QStringLiteral("。")));
        CHECK(itemDefinition(code) == f.at(2));
    }
    CHECK(rows == int(seen.size()));
    CHECK(rows == builtinGlossary().itemCodes().size());
    // The seeds define 22 项 between them; at least 60 more are shipped.
    CHECK(rows >= 22 + 60);
}

TEST_CASE("glossary: each sample's part 4 is the one its seed prints", "[glossary]")
{
    for (const Sample &s : kSamples) {
        SECTION(u8(s.name))
        {
            const auto doc = test::sampleDocument(s.name);
            const auto entries = documentGlossary(*doc);
            CHECK(doc->data().unit.scope == s.scope);

            // One entry per 项 of 公开05表, in code order, none a placeholder: the seeds define all theirs.
            std::vector<QString> codes;
            QStringList fixedTerms;
            for (const GlossaryEntry &e : entries) {
                if (e.code.isEmpty()) {
                    fixedTerms << e.term;
                    continue;
                }
                codes.push_back(e.code);
                INFO(u8(e.code));
                CHECK_FALSE(e.placeholder);
                CHECK(e.section == QStringLiteral("支出科目"));
            }
            CHECK(codes == t05Codes(doc->data()));
            CHECK(std::is_sorted(codes.begin(), codes.end()));

            // The fixed part: the seed's terms, in its order, with the shipped definitions.
            CHECK(fixedTerms == kSeedFixedTerms);
            std::vector<GlossaryEntry> fixedOnly;
            std::copy_if(entries.begin(), entries.end(), std::back_inserter(fixedOnly),
                         [](const GlossaryEntry &e) { return e.code.isEmpty(); });
            CHECK(fixedOnly == fixedGlossary(s.scope));

            // Each 项 the seed defines: the same heading and, up to the listed changes, the same text.
            const auto seed = seedItems(s.seed);
            CHECK(seed.size() == codes.size());
            for (const GlossaryEntry &e : entries) {
                if (e.code.isEmpty())
                    continue;
                INFO(u8(e.code + QLatin1Char(' ') + e.term));
                const auto it = seed.find(normalized(e.term));
                REQUIRE(it != seed.end());
                const auto shipped = itemDefinition(e.code);
                REQUIRE(shipped);
                CHECK(e.definition == *shipped);
                CHECK(u8(normalized(*shipped)) == u8(applyChanges(it->second, s)));
            }

            // The whole part, numbered as printed. Every listed change is still in the seed.
            for (const auto &[from, to] : s.changed)
                CHECK(normalized(seedPart4(s.seed)).count(from) == 1);
            CHECK(u8(normalized(glossaryText(*doc))) == u8(applyChanges(normalized(seedPart4(s.seed)), s)));
        }
    }
}

TEST_CASE("glossary: the text is numbered as the seeds number it", "[glossary]")
{
    const auto doc = test::sampleDocument(QStringLiteral("nanyang-cac-2024"));
    const QStringList lines = glossaryText(*doc).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3 + 18 + 14);
    CHECK(u8(lines.at(0)) == "一、收入科目");
    CHECK(u8(lines.at(1)) == "（一）、财政拨款收入：单位从同级政府财政部门取得的财政预算资金。");
    CHECK(u8(lines.at(7)) == "二、支出科目");
    CHECK(lines.at(14).startsWith(QStringLiteral("（七）、一般公共服务支出（类）宣传事务（款）机关服务（项）：反映为行政单位")));
    CHECK(lines.at(27).startsWith(QStringLiteral("（二十）、住房保障支出（类）住房改革支出（款）住房公积金（项）：")));
    CHECK(u8(lines.at(28)) == "三、结余类科目");
    CHECK(lines.at(33).startsWith(QStringLiteral("四、“三公”经费：纳入同级财政预决算管理")));
    CHECK(lines.at(34).startsWith(QStringLiteral("五、机关运行经费：为保障行政单位")));

    // Large numbers, as a document with many 项 needs them.
    std::vector<GlossaryEntry> many;
    for (int i = 0; i < 125; ++i)
        many.push_back({QStringLiteral("名词%1").arg(i + 1), QString(), QStringLiteral("解释。"), false, QStringLiteral("组")});
    const QStringList big = glossaryText(many).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(big.size() == 126);
    CHECK(u8(big.at(0)) == "一、组");
    CHECK(u8(big.at(10)) == "（十）、名词10：解释。");
    CHECK(u8(big.at(11)) == "（十一）、名词11：解释。");
    CHECK(u8(big.at(21)) == "（二十一）、名词21：解释。");
    CHECK(u8(big.at(100)) == "（一百）、名词100：解释。");
    CHECK(u8(big.at(105)) == "（一百零五）、名词105：解释。");
    CHECK(u8(big.at(110)) == "（一百一十）、名词110：解释。");
    CHECK(u8(big.at(125)) == "（一百二十五）、名词125：解释。");
}

TEST_CASE("glossary: a document text replaces the shipped definition", "[glossary]")
{
    DocumentData data = test::sampleData(QStringLiteral("nanyang-cac-2024"));
    const QString code = QStringLiteral("2013701");
    REQUIRE(itemDefinition(code));
    const QString own = QStringLiteral("反映本部门网信工作机构的基本支出。");
    data.texts[glossaryTextKey(code)] = QStringLiteral("  ") + own + QStringLiteral("\n");

    bool found = false;
    for (const GlossaryEntry &e : documentGlossary(data)) {
        if (e.code != code)
            continue;
        found = true;
        CHECK(u8(e.definition) == u8(own));
        CHECK_FALSE(e.placeholder);
    }
    CHECK(found);
    CHECK(glossaryText(data).contains(QStringLiteral("网信事务（款）行政运行（项）：") + own + QLatin1Char('\n')));

    // A blank text is no text: the shipped definition stands.
    data.texts[glossaryTextKey(code)] = QStringLiteral(" \n");
    for (const GlossaryEntry &e : documentGlossary(data)) {
        if (e.code == code)
            CHECK(e.definition == *itemDefinition(code));
    }
}

TEST_CASE("glossary: a 项 without a definition is a visible placeholder", "[glossary]")
{
    const QString code = codeWithoutDefinition();
    CHECK_FALSE(itemDefinition(code));
    DocumentData data = test::sampleData(QStringLiteral("nanyang-bigdata-2024"));
    data.subjectRows[QStringLiteral("t05")].insert(code);
    // A 项 that only 公开03表 lists has no entry.
    const QString onlyIn03 = QStringLiteral("2010101");
    REQUIRE(code != onlyIn03);
    data.subjectRows[QStringLiteral("t03")].insert(onlyIn03);

    auto doc = Document::create(data);
    REQUIRE(doc.ok());
    const auto entries = documentGlossary(*doc.value());
    int placeholders = 0;
    for (const GlossaryEntry &e : entries) {
        CHECK(e.code != onlyIn03);
        if (!e.placeholder)
            continue;
        ++placeholders;
        CHECK(e.code == code);
        CHECK(e.definition == glossaryPlaceholder());
        CHECK(u8(e.definition) == "（请填写该项的名词解释）");
        const QString expected = QStringLiteral("%1（类）%2（款）%3（项）")
                                     .arg(catalogue().name(code.left(3)), catalogue().name(code.left(5)), catalogue().name(code));
        CHECK(u8(e.term) == u8(expected));
    }
    CHECK(placeholders == 1);
    CHECK(glossaryText(*doc.value()).contains(QStringLiteral("（项）：（请填写该项的名词解释）")));

    // A text fills it.
    data.texts[glossaryTextKey(code)] = QStringLiteral("反映某项支出。");
    for (const GlossaryEntry &e : documentGlossary(data)) {
        if (e.code == code) {
            CHECK_FALSE(e.placeholder);
            CHECK(u8(e.definition) == "反映某项支出。");
        }
    }
}

TEST_CASE("glossary: %1 is the document's scope", "[glossary]")
{
    // The two seeds print the same fixed entries word for word (a 部门 document says 单位 where it
    // names the accounting unit, as the 单位 document does), so the shipped file has no %1 yet:
    // both scopes get the same text, and none is left unfilled.
    CHECK(fixedGlossary(QStringLiteral("部门")) == fixedGlossary(QStringLiteral("单位")));
    for (const GlossaryEntry &e : fixedGlossary(QStringLiteral("部门")))
        CHECK_FALSE(e.definition.contains(QStringLiteral("%1")));

    QStringList errors;
    const auto g = GlossaryCatalog::fromTsv(QStringLiteral("# test\n"
                                                           "section\t收入科目\n"
                                                           "fixed\t财政拨款收入\t%1从同级政府财政部门取得的财政预算资金。\n"
                                                           "items\n"
                                                           "section-end\n"
                                                           "fixed\t“三公”经费\t指%1使用财政拨款安排的经费；%1负责。\n"
                                                           "item\t2013701\t反映行政单位的基本支出。\n"),
                                            &errors);
    REQUIRE(errors.isEmpty());
    const auto dept = g.fixed(QStringLiteral("部门"));
    const auto unit = g.fixed(QStringLiteral("单位"));
    REQUIRE(dept.size() == 2);
    REQUIRE(unit.size() == 2);
    CHECK(u8(dept[0].definition) == "部门从同级政府财政部门取得的财政预算资金。");
    CHECK(u8(unit[0].definition) == "单位从同级政府财政部门取得的财政预算资金。");
    CHECK(u8(dept[1].definition) == "指部门使用财政拨款安排的经费；部门负责。");
    CHECK(u8(unit[1].definition) == "指单位使用财政拨款安排的经费；单位负责。");
    CHECK(dept[0].section == QStringLiteral("收入科目"));
    CHECK(dept[1].section.isEmpty());

    // A document gets its own scope, and its 项 go where "items" stands.
    const Template *tpl = findTemplate(QStringLiteral("2024"));
    REQUIRE(tpl);
    DocumentData data = test::sampleData(QStringLiteral("nanyang-bigdata-2024"));
    REQUIRE(data.unit.scope == QStringLiteral("单位"));
    const auto entries = g.document(*tpl, data);
    REQUIRE(entries.size() == 2 + t05Codes(data).size());
    CHECK(u8(entries.front().definition) == "单位从同级政府财政部门取得的财政预算资金。");
    CHECK(u8(entries.back().definition) == "指单位使用财政拨款安排的经费；单位负责。");
    CHECK(entries[1].code == t05Codes(data).front());
    CHECK(entries[1].section == QStringLiteral("收入科目"));
    data.unit.scope = QStringLiteral("部门");
    CHECK(u8(g.document(*tpl, data).front().definition) == "部门从同级政府财政部门取得的财政预算资金。");
}

TEST_CASE("glossary: a malformed line is reported with its number", "[glossary]")
{
    QStringList errors;
    const auto g = GlossaryCatalog::fromTsv(QStringLiteral("# comment\n"              // 1
                                                           "section\t收入科目\n"      // 2
                                                           "fixed\t财政拨款收入\n"   // 3: two fields
                                                           "fixed\t事业收入\t\n"      // 4: no definition
                                                           "item\t201370\t反映。\n"   // 5: not a 项
                                                           "item\t2013701\t反映。\n"  // 6
                                                           "item\t2013701\t反映。\n"  // 7: twice
                                                           "items\n"                  // 8
                                                           "items\n"                  // 9: twice
                                                           "term\t甲\t乙\n"           // 10: unknown kind
                                                           "section\n"                // 11: no heading
                                                           "fixed\t经营收入\t甲。\n"  // 12
                                                           "fixed\t经营收入\t乙。\n"  // 13: twice
                                                           "item\t2013702\t\n"),      // 14: no definition
                                            &errors);
    INFO(u8(errors.join(QLatin1Char('\n'))));
    REQUIRE(errors.size() == 9);
    const QStringList lines = {QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("7"),
                               QStringLiteral("9"), QStringLiteral("10"), QStringLiteral("11"), QStringLiteral("13"),
                               QStringLiteral("14")};
    for (qsizetype i = 0; i < lines.size(); ++i)
        CHECK(errors.at(i).startsWith(QStringLiteral("line ") + lines.at(i) + QLatin1Char(':')));
    // The good lines are kept.
    CHECK(g.itemCodes() == QStringList{QStringLiteral("2013701")});
    REQUIRE(g.fixed(QStringLiteral("单位")).size() == 1);
    CHECK(u8(g.fixed(QStringLiteral("单位")).front().term) == "经营收入");

    errors.clear();
    GlossaryCatalog::fromTsv(QStringLiteral("fixed\t甲\t乙。\n"), &errors);
    REQUIRE(errors.size() == 1);
    CHECK(errors.front().contains(QStringLiteral("no “items” line")));
}
