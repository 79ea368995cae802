// The 绩效自评 tables as data (core/performance.h): the seeds' published tables
// (tests/data/performance/, extracted by tests/tools/extract_performance.py) read in, written out
// and read again unchanged; hostile input refused with the field named.

#include "support.h"

#include "performance.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

using namespace fa;

namespace {

// The fixture's evaluations without its extraction notes (lines, repairs).
QJsonArray fixture(const char *seed)
{
    const QJsonObject o = QJsonDocument::fromJson(test::readBytes(
                                                      test::sourcePath(QStringLiteral("tests/data/performance/%1.json").arg(QLatin1String(seed)))))
                              .object();
    QJsonArray out;
    for (const QJsonValue &v : o.value(QStringLiteral("evaluations")).toArray()) {
        QJsonObject e = v.toObject();
        e.remove(QStringLiteral("lines"));
        e.remove(QStringLiteral("repairs"));
        out.append(e);
    }
    return out;
}

QString errorOf(const QJsonObject &o)
{
    const auto e = evaluationFromJson(o);
    return e ? QString() : e.error().message;
}

QJsonObject minimal()
{
    return QJsonObject{{QStringLiteral("kind"), QStringLiteral("project")}, {QStringLiteral("name"), QStringLiteral("会议费")}};
}

} // namespace

TEST_CASE("performance: the seeds' 绩效自评 tables read in, write out and read back unchanged", "[performance]")
{
    for (const auto &[seed, count, indicators] : {std::tuple{"000", 15, 121}, std::tuple{"003", 15, 89}}) {
        INFO(seed);
        const auto list = evaluationsFromJson(fixture(seed));
        INFO((list ? QString() : list.error().message).toStdString());
        REQUIRE(list.ok());
        CHECK(int(list.value().size()) == count);
        int n = 0;
        for (const Evaluation &e : list.value())
            n += int(e.indicators.size());
        CHECK(n == indicators);
        const auto again = evaluationsFromJson(evaluationsToJson(list.value()));
        REQUIRE(again.ok());
        CHECK(again.value() == list.value());
    }
    // Seed 000: the 部门整体 table first, its 全年执行数 the 01表 支出总计 803.42 万元.
    const auto list = evaluationsFromJson(fixture("000"));
    REQUIRE(list.ok());
    const Evaluation &dept = list.value().front();
    CHECK(dept.kind == Evaluation::Kind::Department);
    REQUIRE_FALSE(dept.funds.empty());
    REQUIRE(dept.funds.front().executed);
    CHECK(dept.funds.front().executed->fen() == 8'034'200'00);
    CHECK(dept.totalScore == Points::parse(QStringLiteral("99.75")));
}

TEST_CASE("performance: hostile evaluations are refused with the field named", "[performance]")
{
    CHECK(errorOf(minimal()).isEmpty());
    QJsonObject o = minimal();
    o.insert(QStringLiteral("kind"), QStringLiteral("team"));
    CHECK(errorOf(o).startsWith(QStringLiteral("kind")));
    o = minimal();
    o.remove(QStringLiteral("name"));
    CHECK(errorOf(o).startsWith(QStringLiteral("name")));
    o = minimal();
    o.insert(QStringLiteral("gossip"), 1);
    CHECK(errorOf(o).startsWith(QStringLiteral("gossip")));
    o = minimal();
    o.insert(QStringLiteral("funds"), QJsonArray{QJsonObject{{QStringLiteral("source"), QStringLiteral("财政拨款")},
                                                             {QStringLiteral("executed"), QStringLiteral("1.2345678")}}});
    CHECK(errorOf(o).startsWith(QStringLiteral("funds[0].executed")));
    o = minimal();
    o.insert(QStringLiteral("funds"), QJsonArray{QJsonObject{{QStringLiteral("source"), QStringLiteral("财政拨款")},
                                                             {QStringLiteral("executed"), QStringLiteral("99999999999999")}}});
    CHECK(errorOf(o).startsWith(QStringLiteral("funds[0].executed")));
    o = minimal();
    o.insert(QStringLiteral("indicators"), QJsonArray{QJsonObject{{QStringLiteral("weight"), QStringLiteral("4.745")}}});
    CHECK(errorOf(o).startsWith(QStringLiteral("indicators[0].weight")));
    o = minimal();
    o.insert(QStringLiteral("indicators"), QJsonArray{QJsonObject{{QStringLiteral("target"), QString(QChar(0))}}});
    CHECK(errorOf(o).startsWith(QStringLiteral("indicators[0].target")));
    o = minimal();
    o.insert(QStringLiteral("indicators"), QJsonArray{QStringLiteral("not an object")});
    CHECK(errorOf(o).startsWith(QStringLiteral("indicators[0]")));
    o = minimal();
    o.insert(QStringLiteral("goals"), QJsonObject{{QStringLiteral("expected"), QString(kMaxTextLength + 1, QLatin1Char('x'))}});
    CHECK(errorOf(o).startsWith(QStringLiteral("goals.expected")));
    QJsonArray many;
    for (int i = 0; i <= kMaxEvaluations; ++i)
        many.append(minimal());
    CHECK_FALSE(evaluationsFromJson(many).ok());
    // The position of a bad evaluation is named.
    const auto bad = evaluationsFromJson(QJsonArray{minimal(), QJsonObject{{QStringLiteral("kind"), QStringLiteral("x")}}});
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.startsWith(QStringLiteral("evaluations[1].kind")));
}

TEST_CASE("performance: both samples hold their seed's 绩效自评 tables as published", "[performance]")
{
    for (const auto &[sample, seed] : {std::pair{"nanyang-cac-2024", "000"}, std::pair{"nanyang-bigdata-2024", "003"}}) {
        INFO(sample);
        const DocumentData d = test::sampleData(QString::fromLatin1(sample));
        const auto published = evaluationsFromJson(fixture(seed));
        REQUIRE(published.ok());
        CHECK(d.evaluations == published.value());
        CHECK(d.evaluations.size() == 15);
    }
}

TEST_CASE("performance: replacing the tables is one change with an exact inverse", "[performance]")
{
    auto doc = test::sampleDocument(QStringLiteral("nanyang-bigdata-2024"));
    const std::vector<Evaluation> before = doc->data().evaluations;
    std::vector<Evaluation> after = before;
    REQUIRE_FALSE(after.empty());
    after.front().indicators.pop_back();
    after.erase(after.begin() + 1);
    const Applied a = test::apply(*doc, {Edit::setEvaluations(after)});
    CHECK(a.changes.evaluationsChanged);
    CHECK(doc->data().evaluations == after);
    test::apply(*doc, a.inverse);
    CHECK(doc->data().evaluations == before);
    // Unchanged tables are no change; invalid ones are refused and change nothing.
    CHECK(test::apply(*doc, {Edit::setEvaluations(before)}).changes.empty());
    std::vector<Evaluation> bad = before;
    bad.front().name = QString(kMaxNameLength + 1, QLatin1Char('x'));
    CHECK_FALSE(doc->apply({Edit::setEvaluations(bad)}).ok());
    CHECK(doc->data().evaluations == before);
}
