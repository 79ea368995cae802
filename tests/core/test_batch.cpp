// Batches of edits: all or nothing, one transaction, exact inverses, rows added and removed in
// place (with the rows a view must insert or remove), and the edits of unit information and
// subject names.

#include "support.h"

#include "documentfile.h"
#include "texts.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <array>
#include <climits>
#include <functional>
#include <random>
#include <set>

using namespace fa;

namespace {

QString q(const char *s)
{
    return QString::fromUtf8(s);
}

// How an incrementally maintained document differs from one rebuilt from its data: every living
// cell by address (value, rounding statistics, blankness), the rows of every table, the findings.
// Empty when it does not differ.
QString differenceFromRebuild(const Document &doc)
{
    auto fresh = Document::create(doc.data());
    if (!fresh)
        return fresh.error().message;
    const Engine &a = doc.engine();
    const Engine &b = fresh.value()->engine();
    int alive = 0;
    for (CellId id = 0; id < a.cellCount(); ++id) {
        if (!a.isAlive(id))
            continue;
        ++alive;
        const QString address = a.address(id);
        const CellId other = b.find(address);
        if (other == kNoCell)
            return address + QStringLiteral(" is not in the rebuilt document");
        if (a.value(id) != b.value(other) || a.leafCount(id) != b.leafCount(other)
            || a.fineLeafCount(id) != b.fineLeafCount(other) || a.isSet(id) != b.isSet(other)
            || a.isEntered(id) != b.isEntered(other))
            return address + QStringLiteral(" differs from the rebuilt document");
        if (a.find(address) != id)
            return address + QStringLiteral(" is not found at its own id");
        if (a.meta(id).row < 0 || a.sheets()[a.meta(id).sheet].cell(a.meta(id).row, a.meta(id).column) != id)
            return address + QStringLiteral(" has a stale position");
    }
    if (alive != b.cellCount())
        return QStringLiteral("%1 living cells, the rebuilt document has %2").arg(alive).arg(b.cellCount());
    for (std::size_t s = 0; s < a.sheets().size(); ++s) {
        const auto &ra = a.sheets()[s].rows;
        const auto &rb = b.sheets()[s].rows;
        if (ra.size() != rb.size())
            return a.sheets()[s].decl->id + QStringLiteral(": a different number of rows");
        for (std::size_t r = 0; r < ra.size(); ++r) {
            if (ra[r].key != rb[r].key || ra[r].label != rb[r].label || ra[r].kind != rb[r].kind)
                return a.sheets()[s].decl->id + QStringLiteral(": row ") + ra[r].key + QStringLiteral(" differs");
        }
    }
    // Formulas name the same cells (by address), in the same order.
    for (CellId id = 0; id < a.cellCount(); ++id) {
        if (!a.isAlive(id))
            continue;
        const auto &fa = a.formula(id);
        const auto &fb = b.formula(b.find(a.address(id)));
        if (fa.size() != fb.size())
            return a.address(id) + QStringLiteral(": a formula of a different length");
        for (std::size_t k = 0; k < fa.size(); ++k) {
            if (a.address(fa[k].cell) != b.address(fb[k].cell) || fa[k].coeff != fb[k].coeff)
                return a.address(id) + QStringLiteral(": a different formula");
        }
    }
    if (doc.checker().findings() != fresh.value()->checker().findings())
        return QStringLiteral("the findings differ from the rebuilt document's");
    return {};
}

std::vector<QString> rowKeys(const Document &doc, const QString &table)
{
    std::vector<QString> keys;
    for (const RowInfo &r : doc.engine().sheet(table)->rows)
        keys.push_back(r.key);
    return keys;
}

// A random edit of every kind, mostly valid, against the document as it is now.
class EditMaker
{
public:
    explicit EditMaker(std::uint64_t seed)
        : m_rng(seed)
    {
    }

    Edit make(const Document &doc)
    {
        const Engine &e = doc.engine();
        const DocumentData &d = doc.data();
        switch (pick(11)) {
        case 10: {
            const QStringList keys = knownCountKeys();
            return Edit::setCount(keys.at(int(pick(keys.size()))), pick(4) == 0 ? std::nullopt : std::optional<qint64>(pick(30)));
        }
        case 0:
        case 1:
        case 2: { // a value in an existing entered cell (sometimes blank, sometimes 0)
            std::vector<CellId> entered;
            for (CellId id = 0; id < e.cellCount(); ++id) {
                if (e.isAlive(id) && e.isEntered(id))
                    entered.push_back(id);
            }
            const CellId id = entered[pick(entered.size())];
            return Edit::setValue(e.address(id), value());
        }
        case 3: { // a value in a 项 row the table may not list yet
            const QString table = subjectTable();
            const QString code = catalogueItem(doc);
            const QString column = doc.templ().table(table)->leafEntered.at(int(pick(doc.templ().table(table)->leafEntered.size())));
            return Edit::setValue(table + QLatin1Char('/') + code + QLatin1Char('/') + column, value());
        }
        case 4:
            return Edit::addRow(subjectTable(), catalogueItem(doc));
        case 5: { // remove a listed row (t05 rows often carry a reason)
            std::vector<std::pair<QString, QString>> rows;
            for (const auto &[table, codes] : d.subjectRows) {
                for (const QString &code : codes)
                    rows.push_back({table, code});
            }
            if (rows.empty())
                return Edit::addRow(subjectTable(), catalogueItem(doc));
            const auto &[table, code] = rows[pick(rows.size())];
            return Edit::removeRow(table, code);
        }
        case 6: { // a reason for a listed 05表 row, or a large-change reason
            const auto it = d.subjectRows.find(QStringLiteral("t05"));
            if (it != d.subjectRows.end() && pick(2) == 0) {
                auto code = it->second.begin();
                std::advance(code, pick(it->second.size()));
                return Edit::setText(QStringLiteral("reason/t05/") + *code, text());
            }
            return Edit::setText(QStringLiteral("reason/change/t01/31/决算数"), text());
        }
        case 7: {
            UnitInfo u = d.unit;
            switch (pick(4)) {
            case 0: u.name = QStringLiteral("单位%1").arg(pick(5)); break;
            case 1: u.scope = u.scope == QStringLiteral("部门") ? QStringLiteral("单位") : QStringLiteral("部门"); break;
            case 2: u.year = 2020 + int(pick(6)); break;
            default: u.compiled = QStringLiteral("2025-0%1").arg(1 + pick(9)); break;
            }
            return Edit::setUnit(u);
        }
        case 8: { // a document's own name for a code it uses, or back to the catalogue's
            std::vector<QString> codes;
            for (const auto &[table, items] : d.subjectRows) {
                for (const QString &code : items)
                    codes.push_back(code.left(std::array{3, 5, 7}[pick(3)]));
            }
            if (codes.empty())
                return Edit::addRow(subjectTable(), catalogueItem(doc));
            const QString code = codes[pick(codes.size())];
            if (!doc.templ().functions.name(code).isEmpty() && pick(3) == 0)
                return Edit::setSubjectName(code, QString());
            return Edit::setSubjectName(code, QStringLiteral("自定名称%1").arg(pick(4)));
        }
        default: { // an invalid edit now and then: a derived cell
            return Edit::setValue(QStringLiteral("t01/31/决算数"), value());
        }
        }
    }

    std::uint64_t pick(std::uint64_t n) { return m_rng() % n; }

private:
    std::optional<Money> value()
    {
        switch (pick(6)) {
        case 0:
            return std::nullopt;
        case 1:
            return Money::fromFen(0);
        case 2: // whole 0.01 万元, as keyed from published tables
            return Money::fromFen(std::int64_t(pick(100000)) * Money::kFenPerWanyuanCent);
        default:
            return Money::fromFen(std::int64_t(pick(1'000'000'000)));
        }
    }

    QString text()
    {
        return pick(4) == 0 ? QString() : QStringLiteral("原因%1。").arg(pick(1000));
    }

    QString subjectTable()
    {
        static const QString tables[] = {QStringLiteral("t02"), QStringLiteral("t03"), QStringLiteral("t05"),
                                         QStringLiteral("t07"), QStringLiteral("t08")};
        return tables[pick(5)];
    }

    QString catalogueItem(const Document &doc)
    {
        if (m_items.empty()) {
            for (const auto &entry : doc.templ().functions.entries()) {
                if (entry.code.size() == 7)
                    m_items.push_back(entry.code);
            }
        }
        // Mostly a few codes, so that rows come back, and sometimes any code of the catalogue.
        return pick(3) == 0 ? m_items[pick(m_items.size())] : m_items[pick(12) * 7 % m_items.size()];
    }

    std::mt19937_64 m_rng;
    std::vector<QString> m_items;
};

} // namespace

TEST_CASE("apply then apply the inverse gives back the identical document for every kind of edit", "[batch]")
{
    auto doc = test::sampleDocument(QStringLiteral("nanyang-cac-2024"));
    const DocumentData start = doc->data();
    EditMaker maker(20240917);
    std::vector<Batch> undo;
    std::vector<DocumentData> history{start};
    int applied = 0, refused = 0, structural = 0;
    for (int round = 0; round < 150; ++round) {
        Batch batch;
        const int n = 1 + int(maker.pick(6));
        for (int i = 0; i < n; ++i)
            batch.push_back(maker.make(*doc));
        const DocumentData before = doc->data();
        auto r = doc->apply(batch);
        if (!r) {
            // All or nothing: a refused batch changes nothing.
            ++refused;
            REQUIRE(doc->data() == before);
            REQUIRE(differenceFromRebuild(*doc).isEmpty());
            continue;
        }
        ++applied;
        structural += r.value().changes.structural() ? 1 : 0;
        INFO("round " << round);
        REQUIRE(differenceFromRebuild(*doc).toStdString() == std::string());
        if (maker.pick(3) == 0) {
            // Undo right away: exactly the document before.
            auto back = doc->apply(r.value().inverse);
            REQUIRE(back.ok());
            REQUIRE(doc->data() == before);
            REQUIRE(differenceFromRebuild(*doc).toStdString() == std::string());
            // And redo: the inverse of the inverse gives the batch's result again.
            auto again = doc->apply(back.value().inverse);
            REQUIRE(again.ok());
            r = std::move(again);
        }
        undo.push_back(r.value().inverse);
        history.push_back(doc->data());
    }
    CHECK(applied > 80);
    CHECK(refused > 5);
    CHECK(structural > 20);
    // Undo everything, last first: every state on the way back is the one that was.
    while (!undo.empty()) {
        history.pop_back();
        REQUIRE(doc->apply(undo.back()).ok());
        undo.pop_back();
        REQUIRE(doc->data() == history.back());
    }
    CHECK(doc->data() == start);
    CHECK(differenceFromRebuild(*doc).isEmpty());
}

TEST_CASE("a batch that fails at any statement leaves the file and the document exactly as before", "[batch]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("doc.fadb"));
    REQUIRE_FALSE(Store::create(path, test::sampleData(QStringLiteral("nanyang-cac-2024"))).has_value());
    auto file = DocumentFile::open(path, Store::Mode::ReadWrite);
    REQUIRE(file.ok());
    const DocumentData before = file.value()->document().data();
    UnitInfo unit = before.unit;
    unit.name = QStringLiteral("新名称");
    const Batch batch = {
        Edit::setValue(q("t03/2013704/基本支出"), Money::fromFen(123456)),
        Edit::setValue(q("t03/2240106/项目支出"), Money::fromFen(5000000)), // a new row
        Edit::setText(q("reason/t05/2013704"), q("新的原因。")),
        Edit::removeRow(q("t02"), q("2013399")),
        Edit::setUnit(unit),
        Edit::setSubjectName(q("2013704"), q("自定名称")),
    };
    // Six edits make more statements than that (a new row, a removed row's cells, five unit fields).
    int statements = 0;
    for (int failAt = 0;; ++failAt) {
        file.value()->store().failAfterStatementsForTesting(failAt);
        auto r = file.value()->apply(batch);
        if (r.ok()) {
            statements = failAt;
            break;
        }
        INFO("failing at statement " << failAt);
        CHECK(r.error().code == Error::Code::DiskFull); // the store fails as a full disk does
        REQUIRE(file.value()->document().data() == before);
        REQUIRE(differenceFromRebuild(file.value()->document()).isEmpty());
        // What a reader finds in the file: nothing of the batch.
        auto reader = Store::open(path, Store::Mode::ReadOnly);
        REQUIRE(reader.ok());
        REQUIRE(reader.value()->load().value() == before);
        REQUIRE(failAt < 100);
    }
    CHECK(statements > 10);
    file.value()->store().failAfterStatementsForTesting(-1);
    const DocumentData after = file.value()->document().data();
    CHECK(after != before);
    file.value().reset(); // closes the file
    auto reopened = DocumentFile::open(path, Store::Mode::ReadOnly);
    REQUIRE(reopened.ok());
    CHECK(reopened.value()->document().data() == after);
}

TEST_CASE("a batch is one transaction: a reader sees all of it or none", "[batch]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("doc.fadb"));
    REQUIRE_FALSE(Store::create(path, test::sampleData(QStringLiteral("nanyang-bigdata-2024"))).has_value());
    auto file = DocumentFile::open(path, Store::Mode::ReadWrite);
    REQUIRE(file.ok());
    Batch batch;
    for (const char *code : {"2013702", "2013704", "2060401", "2069999", "2080505", "2101102"})
        batch.push_back(Edit::setValue(q("t02/%1/其他收入").arg(q(code)), Money::fromFen(100)));
    // The last edit is refused: nothing of the batch is written or applied.
    batch.push_back(Edit::setValue(q("t02/合计/其他收入"), Money::fromFen(1)));
    const DocumentData before = file.value()->document().data();
    auto refused = file.value()->apply(batch);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::DerivedCell);
    CHECK(file.value()->document().data() == before);
    CHECK(Store::open(path, Store::Mode::ReadOnly).value()->load().value() == before);

    batch.pop_back();
    auto r = file.value()->apply(batch);
    REQUIRE(r.ok());
    // One change set for the whole batch: the 02表 合计 moved once, by six times 100 分.
    const Engine &e = file.value()->document().engine();
    const CellId total = e.find(q("t02/合计/其他收入"));
    CHECK(e.value(total) == Money::fromFen(600));
    CHECK(std::count(r.value().changes.cells.begin(), r.value().changes.cells.end(), total) == 1);
    CHECK(Store::open(path, Store::Mode::ReadOnly).value()->load().value() == file.value()->document().data());
}

TEST_CASE("a blank cell set to 0 and back to blank is reported as a change", "[batch]")
{
    auto doc = test::sampleDocument(QStringLiteral("nanyang-bigdata-2024"));
    const QString a = q("t02/2013704/事业收入");
    const CellId id = doc->engine().find(a);
    REQUIRE_FALSE(doc->engine().isSet(id));
    const ChangeSet set = test::set(*doc, a, Money::fromFen(0));
    CHECK(set.cells == std::vector<CellId>{id});
    CHECK(doc->engine().isSet(id));
    CHECK(doc->data().values.at(a) == Money::fromFen(0));
    const ChangeSet cleared = test::set(*doc, a, std::nullopt);
    CHECK(cleared.cells == std::vector<CellId>{id});
    CHECK_FALSE(doc->engine().isSet(id));
    // Setting what is there already is no change at all, and has nothing to undo.
    const Applied same = test::apply(*doc, {Edit::setValue(a, std::nullopt)});
    CHECK(same.changes.empty());
    CHECK(same.inverse.empty());
}

TEST_CASE("rows removed and inserted by one batch are what a view needs to follow it", "[batch]")
{
    auto doc = test::sampleDocument(QStringLiteral("nanyang-cac-2024"));
    const QString t03 = q("t03");
    const int sheet = doc->engine().sheetIndex(t03);
    const std::vector<QString> before = rowKeys(*doc, t03);
    // Remove every 项 of 20133 (its 款 goes too), add rows in a new 类 and in an existing 款, and
    // remove and re-add one row (its cells are new: a view must refresh it).
    Batch batch;
    for (const char *code : {"2013303", "2013304", "2013399"})
        batch.push_back(Edit::removeRow(t03, q(code)));
    batch.push_back(Edit::setValue(q("t03/2240106/项目支出"), Money::fromFen(100)));
    batch.push_back(Edit::addRow(t03, q("2013799")));
    batch.push_back(Edit::removeRow(t03, q("2080505")));
    batch.push_back(Edit::setValue(q("t03/2080505/基本支出"), Money::fromFen(100)));
    const ChangeSet c = test::apply(*doc, batch).changes;
    const std::vector<QString> after = rowKeys(*doc, t03);

    // Replaying the spans on the old rows, as a model would, gives the new rows.
    std::vector<QString> view = before;
    int lastFirst = INT_MAX;
    for (const RowSpan &s : c.rowsRemoved) {
        REQUIRE(s.sheet == sheet);
        CHECK(s.first < lastFirst); // last to first
        lastFirst = s.first;
        view.erase(view.begin() + s.first, view.begin() + s.first + s.count);
    }
    for (const RowSpan &s : c.rowsInserted) {
        REQUIRE(s.sheet == sheet);
        for (int i = 0; i < s.count; ++i)
            view.insert(view.begin() + s.first + i, after[std::size_t(s.first + i)]);
    }
    CHECK(view == after);
    // The re-added row is among both.
    const int old2080505 = int(std::find(before.begin(), before.end(), q("2080505")) - before.begin());
    const int new2080505 = int(std::find(after.begin(), after.end(), q("2080505")) - after.begin());
    auto covers = [](const std::vector<RowSpan> &spans, int row) {
        return std::any_of(spans.begin(), spans.end(), [&](const RowSpan &s) { return row >= s.first && row < s.first + s.count; });
    };
    CHECK(covers(c.rowsRemoved, old2080505));
    CHECK(covers(c.rowsInserted, new2080505));
    CHECK(differenceFromRebuild(*doc).isEmpty());
}

TEST_CASE("removing a row takes its reason with it and undo brings both back", "[batch]")
{
    auto doc = test::sampleDocument(QStringLiteral("nanyang-cac-2024"));
    const QString key = q("reason/t05/2013304");
    REQUIRE(doc->data().texts.count(key) == 1);
    const DocumentData before = doc->data();
    const Applied removed = test::apply(*doc, {Edit::removeRow(q("t05"), q("2013304"))});
    CHECK(doc->data().texts.count(key) == 0);
    CHECK(std::find(removed.changes.texts.begin(), removed.changes.texts.end(), key) != removed.changes.texts.end());
    // The same 项 in 03表 keeps its row.
    CHECK(doc->data().subjectRows.at(q("t03")).count(q("2013304")) == 1);
    test::apply(*doc, removed.inverse);
    CHECK(doc->data() == before);
}

TEST_CASE("clearing a value typed into a new row is undone by removing the row", "[batch]")
{
    auto doc = test::sampleDocument(QStringLiteral("nanyang-cac-2024"));
    const DocumentData before = doc->data();
    const Applied typed = test::apply(*doc, {Edit::setValue(q("t02/2240106/其他收入"), Money::fromFen(700))});
    CHECK(typed.changes.structural());
    CHECK(typed.inverse == Batch{Edit::removeRow(q("t02"), q("2240106"))});
    test::apply(*doc, typed.inverse);
    CHECK(doc->data() == before);
    CHECK(differenceFromRebuild(*doc).isEmpty());
}

TEST_CASE("unit information and subject names are edits like any other kept in the file", "[batch]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("doc.fadb"));
    REQUIRE_FALSE(Store::create(path, test::sampleData(QStringLiteral("nanyang-cac-2024"))).has_value());
    UnitInfo unit;
    {
        auto file = DocumentFile::open(path, Store::Mode::ReadWrite);
        REQUIRE(file.ok());
        unit = file.value()->document().data().unit;
        unit.name = QStringLiteral("中共南阳市委网信办");
        unit.compiled = QStringLiteral("2025-08");
        auto r = file.value()->apply({Edit::setUnit(unit), Edit::setSubjectName(q("2013701"), q("网络信息安全事务"))});
        REQUIRE(r.ok());
        CHECK(r.value().changes.unitChanged);
        // Every table that lists 2013701 shows the new name.
        int renamed = 0;
        for (const auto &[sheet, row] : r.value().changes.rowsRenamed) {
            CHECK(file.value()->document().engine().sheets()[sheet].rows[row].label == q("网络信息安全事务"));
            ++renamed;
        }
        CHECK(renamed == 3); // 02, 03 and 05表 list it
        // Invalid unit information and names are refused.
        UnitInfo bad = unit;
        bad.scope = QStringLiteral("公司");
        CHECK(file.value()->apply({Edit::setUnit(bad)}).error().code == Error::Code::BadValue);
        CHECK(file.value()->apply({Edit::setSubjectName(q("20137x4"), q("x"))}).error().code == Error::Code::BadCode);
        CHECK(file.value()->apply({Edit::setSubjectName(q("2013701"), q("   "))}).error().code == Error::Code::BadValue);
    }
    auto reopened = DocumentFile::open(path, Store::Mode::ReadOnly);
    REQUIRE(reopened.ok());
    CHECK(reopened.value()->document().data().unit == unit);
    const Sheet *t03 = reopened.value()->document().engine().sheet(q("t03"));
    const int row = t03->rowIndex(q("2013701"));
    REQUIRE(row >= 0);
    CHECK(t03->rows[row].label == q("网络信息安全事务"));
}

TEST_CASE("a code outside the catalogue keeps its name while rows use it", "[batch]")
{
    auto doc = test::sampleDocument(QStringLiteral("nanyang-cac-2024"));
    test::apply(*doc, {Edit::setSubjectName(q("2013798"), q("自定项目")), Edit::addRow(q("t03"), q("2013798"))});
    const auto refused = doc->apply({Edit::setSubjectName(q("2013798"), QString())});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::BadCode);
    // Once no row uses it, its name may go.
    test::apply(*doc, {Edit::removeRow(q("t03"), q("2013798")), Edit::setSubjectName(q("2013798"), QString())});
    CHECK(doc->data().subjects.count(q("2013798")) == 0);
}

TEST_CASE("bad edits are refused with an error and change nothing", "[batch]")
{
    auto doc = test::sampleDocument(QStringLiteral("nanyang-bigdata-2024"));
    const DocumentData before = doc->data();
    const std::vector<std::pair<Edit, Error::Code>> cases = {
        {Edit::setValue(q("t09/决算/合计"), Money::fromFen(1)), Error::Code::DerivedCell},
        {Edit::setValue(q("t99/1/x"), Money::fromFen(1)), Error::Code::BadAddress},
        {Edit::setValue(q("t03/2013704/没有这一列"), Money::fromFen(1)), Error::Code::BadAddress},
        {Edit::setValue(q("t03/9999999/基本支出"), Money::fromFen(1)), Error::Code::BadCode},
        {Edit::setValue(q("t03/2013704/基本支出"), Money::fromFen(kMaxEnteredFen + 1)), Error::Code::Overflow},
        {Edit::setText(q("notes"), q("x")), Error::Code::UnknownKey},
        {Edit::addRow(q("t01"), q("2013704")), Error::Code::BadAddress},
        {Edit::addRow(q("t03"), q("20137")), Error::Code::BadCode},
        {Edit::removeRow(q("t06"), q("30101")), Error::Code::BadAddress},
    };
    for (const auto &[edit, code] : cases) {
        // A good edit first: the refusal of the second undoes it.
        auto r = doc->apply({Edit::setValue(q("t02/2013704/其他收入"), Money::fromFen(1)), edit});
        INFO(edit.key.toStdString());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == code);
        CHECK_FALSE(r.error().message.isEmpty());
        CHECK(doc->data() == before);
    }
    CHECK(differenceFromRebuild(*doc).isEmpty());
}

TEST_CASE("the 2024 template is valid and a broken one is refused by name instead of crashing", "[batch][template]")
{
    const Template good = makeTemplate2024();
    CHECK_FALSE(validateTemplate(good).has_value());

    auto refused = [&](const std::function<void(Template &)> &breakIt) {
        Template t = makeTemplate2024();
        breakIt(t);
        const auto e = validateTemplate(t);
        return e ? e->message : QString();
    };
    // A mistyped address in a check declaration (this used to crash the checker).
    CHECK(refused([](Template &t) { t.checks[0].lhs[0].address = q("t01/31/决算"); }).contains(q("t01/31/决算")));
    CHECK(refused([](Template &t) { t.checks[0].rhs[0].address = q("t01/99/决算数"); }).contains(q("t01/99/决算数")));
    // A derivation naming a column the table does not have.
    CHECK(refused([](Template &t) { t.derivations[0].terms[0].address = q("财政收入"); }).contains(q("财政收入")));
    // The same cell derived twice, and a formula that depends on itself.
    CHECK_FALSE(refused([](Template &t) { t.derivations.push_back(t.derivations.back()); }).isEmpty());
    CHECK(refused([](Template &t) {
              for (DerivationDecl &d : t.derivations) {
                  if (d.kind == DerivationDecl::Kind::Sum && d.target == q("t01/27/决算数"))
                      d.terms.push_back({q("t01/31/决算数")});
              }
          }).contains(q("itself")));
    // A check threshold that makes no sense, and a heading outside the printed grid.
    CHECK_FALSE(refused([](Template &t) {
                    for (CheckDecl &c : t.checks) {
                        if (c.kind == CheckDecl::Kind::LargeChange)
                            c.percent = 0;
                    }
                }).isEmpty());
    CHECK(refused([](Template &t) { t.tables[1].print.header[0].columnSpan = 40; }).contains(q("outside")));
    CHECK(refused([](Template &t) { t.tables[1].print.columns.pop_back(); }).contains(q("not in the grid")));
}
