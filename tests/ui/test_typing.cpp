// Typing into the form: a value typed into a 项 cell goes through the model and the session to the
// core, and comes back as exactly the cells the core recomputed, in every table that shows them.

#include "uisupport.h"

#include "checkspanel.h"

#include <QAction>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <map>
#include <set>

using namespace fa;
using namespace fa::test::ui;
using fa::ui::SheetModel;

namespace {

using Cells = std::set<std::pair<int, int>>;

// Every cell a model reported through dataChanged, as (row, column).
Cells reported(const QSignalSpy &spy)
{
    Cells cells;
    for (const QList<QVariant> &args : spy) {
        const QModelIndex tl = args.at(0).toModelIndex();
        const QModelIndex br = args.at(1).toModelIndex();
        for (int r = tl.row(); r <= br.row(); ++r) {
            for (int c = tl.column(); c <= br.column(); ++c)
                cells.insert({r, c});
        }
    }
    return cells;
}

std::string describe(const Cells &cells, const SheetModel *model)
{
    std::string out;
    for (const auto &[r, c] : cells) {
        const QString a = model->addressAt(model->index(r, c));
        out += "(" + std::to_string(r) + "," + std::to_string(c) + " " + a.toStdString() + ") ";
    }
    return out;
}

// The worst finding shown at every cell of a model.
std::map<std::pair<int, int>, QVariant> severities(const SheetModel *model)
{
    std::map<std::pair<int, int>, QVariant> out;
    for (int r = 0; r < model->rowCount(); ++r) {
        for (int c = 0; c < model->columnCount(); ++c)
            out[{r, c}] = model->index(r, c).data(SheetModel::SeverityRole);
    }
    return out;
}

// Watches every table's model while something happens.
struct ModelWatch {
    std::vector<SheetModel *> models;
    std::vector<std::unique_ptr<QSignalSpy>> dataChanged, resets, layouts, inserted, removed;
    std::vector<std::map<std::pair<int, int>, QVariant>> marksBefore;
    std::vector<ChangeSet> changes;
    QMetaObject::Connection connection;

    explicit ModelWatch(const Editor &ed)
    {
        for (const QString &t : {QStringLiteral("t01"), QStringLiteral("t02"), QStringLiteral("t03"), QStringLiteral("t04"),
                                 QStringLiteral("t05"), QStringLiteral("t06"), QStringLiteral("t07"), QStringLiteral("t08"),
                                 QStringLiteral("t09")}) {
            SheetModel *m = ed.model(t);
            models.push_back(m);
            dataChanged.push_back(std::make_unique<QSignalSpy>(m, &QAbstractItemModel::dataChanged));
            resets.push_back(std::make_unique<QSignalSpy>(m, &QAbstractItemModel::modelReset));
            layouts.push_back(std::make_unique<QSignalSpy>(m, &QAbstractItemModel::layoutChanged));
            inserted.push_back(std::make_unique<QSignalSpy>(m, &QAbstractItemModel::rowsInserted));
            removed.push_back(std::make_unique<QSignalSpy>(m, &QAbstractItemModel::rowsRemoved));
            marksBefore.push_back(severities(m));
        }
        connection = QObject::connect(ed.session(), &fa::ui::DocumentSession::changed,
                                      [this](const ChangeSet &c) { changes.push_back(c); });
    }
    ~ModelWatch() { QObject::disconnect(connection); }

    // Each model reported exactly the cells of its table that the core said changed, and the
    // cells whose finding mark changed; nothing was reset or laid out again.
    void requireExact() const
    {
        REQUIRE(changes.size() == 1);
        const ChangeSet &cs = changes.front();
        REQUIRE(!cs.cells.empty());
        for (size_t i = 0; i < models.size(); ++i) {
            const SheetModel *m = models[i];
            INFO("table " << m->tableId().toStdString());
            Cells expected;
            for (CellId id : cs.cells) {
                const QModelIndex idx = m->indexOfCell(id);
                if (idx.isValid())
                    expected.insert({idx.row(), idx.column()});
            }
            const auto marksAfter = severities(m);
            for (const auto &[cell, mark] : marksAfter) {
                if (marksBefore[i].at(cell) != mark)
                    expected.insert(cell);
            }
            const Cells got = reported(*dataChanged[i]);
            INFO("expected " << describe(expected, m));
            INFO("reported " << describe(got, m));
            CHECK(got == expected);
            CHECK(resets[i]->isEmpty());
            CHECK(layouts[i]->isEmpty());
            CHECK(inserted[i]->isEmpty());
            CHECK(removed[i]->isEmpty());
        }
    }
};

} // namespace

TEST_CASE("ui: typing into a 03表 项 cell recomputes its 款 类 合计 and the 01表 lines and a balance error comes and goes",
          "[ui][typing]")
{
    Editor ed;
    const QString item = QStringLiteral("t03/2013702/项目支出");
    REQUIRE(ed.shown(item) == QStringLiteral("3.00"));
    REQUIRE(ed.hasFinding(QStringLiteral("t01.balance"))); // the sample's 尾差
    REQUIRE(ed.window->checksPanel()->count(Severity::Error) == 0);
    const QModelIndex balance = ed.index(QStringLiteral("t01/31/决算数"));
    REQUIRE_FALSE(balance.data(SheetModel::SeverityRole).isValid());

    const std::map<QString, QString> before = {
        {QStringLiteral("t03/2013702/本年支出合计"), QStringLiteral("3.00")},
        {QStringLiteral("t03/20137/项目支出"), QStringLiteral("199.02")},
        {QStringLiteral("t03/201/项目支出"), QStringLiteral("244.90")},
        {QStringLiteral("t03/201/本年支出合计"), QStringLiteral("244.90")},
        {QStringLiteral("t03/合计/项目支出"), QStringLiteral("735.20")},
        {QStringLiteral("t03/合计/本年支出合计"), QStringLiteral("1,850.78")},
        {QStringLiteral("t01/32/决算数"), QStringLiteral("244.90")},
        {QStringLiteral("t01/58/决算数"), QStringLiteral("1,850.78")},
        {QStringLiteral("t01/62/决算数"), QStringLiteral("1,850.78")},
    };
    for (const auto &[address, text] : before) {
        INFO(address.toStdString());
        CHECK(ed.shown(address) == text);
    }

    ed.select(item);
    const QModelIndex at = ed.view(QStringLiteral("t03"))->currentIndex();
    typeText(ed.view(QStringLiteral("t03")), QStringLiteral("5"));

    CHECK(ed.value(item) == wan(QStringLiteral("5")));
    CHECK(ed.shown(item) == QStringLiteral("5.00"));
    const std::map<QString, QString> after = {
        {QStringLiteral("t03/2013702/本年支出合计"), QStringLiteral("5.00")},
        {QStringLiteral("t03/20137/项目支出"), QStringLiteral("201.02")},
        {QStringLiteral("t03/201/项目支出"), QStringLiteral("246.90")},
        {QStringLiteral("t03/201/本年支出合计"), QStringLiteral("246.90")},
        {QStringLiteral("t03/合计/项目支出"), QStringLiteral("737.20")},
        {QStringLiteral("t03/合计/本年支出合计"), QStringLiteral("1,852.78")},
        {QStringLiteral("t01/32/决算数"), QStringLiteral("246.90")},
        {QStringLiteral("t01/58/决算数"), QStringLiteral("1,852.78")},
        {QStringLiteral("t01/62/决算数"), QStringLiteral("1,852.78")},
    };
    for (const auto &[address, text] : after) {
        INFO(address.toStdString());
        CHECK(ed.shown(address) == text);
    }
    // Enter moved down, as in Excel.
    CHECK(ed.view(QStringLiteral("t03"))->currentIndex() == at.sibling(at.row() + 1, at.column()));

    // 收入总计 no longer equals 支出总计: an error, in the checks panel and on the 01表 cell.
    CHECK(ed.window->checksPanel()->count(Severity::Error) == 1);
    CHECK(ed.hasFinding(QStringLiteral("t01.balance"), QStringLiteral("t01/31/决算数")));
    CHECK(balance.data(SheetModel::SeverityRole) == QVariant(int(Severity::Error)));

    ed.window->action(QStringLiteral("undo"))->trigger();
    for (const auto &[address, text] : before) {
        INFO(address.toStdString());
        CHECK(ed.shown(address) == text);
    }
    CHECK(ed.shown(item) == QStringLiteral("3.00"));
    CHECK(ed.window->checksPanel()->count(Severity::Error) == 0);
    CHECK_FALSE(balance.data(SheetModel::SeverityRole).isValid());
}

TEST_CASE("ui: typing into a 05表 项 cell recomputes its 款 类 小计 合计 and the 04表 lines", "[ui][typing]")
{
    Editor ed;
    const QString item = QStringLiteral("t05/2013702/项目支出");
    ed.select(item);
    typeText(ed.view(QStringLiteral("t05")), QStringLiteral("10.5"));
    CHECK(ed.value(item) == wan(QStringLiteral("10.5")));
    const std::map<QString, QString> expected = {
        {QStringLiteral("t05/2013702/小计"), QStringLiteral("10.50")},
        {QStringLiteral("t05/20137/项目支出"), QStringLiteral("206.52")},
        {QStringLiteral("t05/201/小计"), QStringLiteral("252.40")},
        {QStringLiteral("t05/合计/项目支出"), QStringLiteral("742.70")},
        {QStringLiteral("t05/合计/小计"), QStringLiteral("1,858.28")},
        {QStringLiteral("t04/33/一般公共预算财政拨款"), QStringLiteral("252.40")},
        {QStringLiteral("t04/33/合计"), QStringLiteral("252.40")},
        {QStringLiteral("t04/64/合计"), QStringLiteral("1,858.28")},
    };
    for (const auto &[address, text] : expected) {
        INFO(address.toStdString());
        CHECK(ed.shown(address) == text);
    }
    // 05表 now spends more on 2013702 than 03表 and 04表 no longer balances.
    CHECK(ed.hasFinding(QStringLiteral("t04.balance")));
    CHECK(ed.hasFinding(QStringLiteral("t05.le_t03")));
    CHECK(ed.index(QStringLiteral("t04/32/金额")).data(SheetModel::SeverityRole) == QVariant(int(Severity::Error)));
}

TEST_CASE("ui: the models report exactly the cells the core changed and are never reset", "[ui][typing][signals]")
{
    Editor ed;

    SECTION("an edit that changes no finding")
    {
        ed.select(QStringLiteral("t09/决算/公务用车运行维护费"));
        ModelWatch watch(ed);
        typeText(ed.view(QStringLiteral("t09")), QStringLiteral("1.98"));
        REQUIRE(ed.value(QStringLiteral("t09/决算/公务用车运行维护费")) == wan(QStringLiteral("1.98")));
        REQUIRE(watch.changes.size() == 1);
        CHECK(watch.changes.front().findings.empty());
        CHECK(watch.changes.front().cells.size() == 3); // the cell, 公务用车 小计 and 合计
        watch.requireExact();
    }
    SECTION("an edit that makes 01表 disagree")
    {
        ed.select(QStringLiteral("t03/2060401/基本支出"));
        ModelWatch watch(ed);
        typeText(ed.view(QStringLiteral("t03")), QStringLiteral("60"));
        REQUIRE(ed.hasFinding(QStringLiteral("t01.balance")));
        REQUIRE(watch.changes.size() == 1);
        CHECK_FALSE(watch.changes.front().findings.empty());
        watch.requireExact();
    }
    SECTION("an undo")
    {
        ed.select(QStringLiteral("t05/2060401/基本支出"));
        typeText(ed.view(QStringLiteral("t05")), QStringLiteral("1"));
        ModelWatch watch(ed);
        ed.window->action(QStringLiteral("undo"))->trigger();
        watch.requireExact();
    }
}

TEST_CASE("ui: consecutive edits of one cell are one undo step and a value typed again is no step", "[ui][typing][undo]")
{
    Editor ed;
    const QString cell = QStringLiteral("t03/2013704/项目支出"); // 196.02
    fa::ui::FormView *view = ed.view(QStringLiteral("t03"));
    const DocumentData original = ed.document().data();
    REQUIRE(ed.undoCount() == 0);

    SECTION("the same value pushes nothing")
    {
        QSignalSpy changed(ed.session(), &fa::ui::DocumentSession::changed);
        ed.select(cell);
        typeText(view, QStringLiteral("196.02"));
        CHECK(ed.undoCount() == 0);
        CHECK(changed.isEmpty());
        CHECK(ed.model(QStringLiteral("t03"))->setData(ed.index(cell), QStringLiteral("196.020")));
        CHECK(ed.undoCount() == 0);
        CHECK_FALSE(ed.window->action(QStringLiteral("undo"))->isEnabled());
    }
    SECTION("three edits of one cell merge")
    {
        for (const QString &v : {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}) {
            ed.select(cell);
            typeText(view, v);
        }
        CHECK(ed.value(cell) == wan(QStringLiteral("3")));
        CHECK(ed.undoCount() == 1);
        ed.window->action(QStringLiteral("undo"))->trigger();
        CHECK(differences(original, ed.document().data()) == QString());
        CHECK(ed.shown(cell) == QStringLiteral("196.02"));
        ed.window->action(QStringLiteral("redo"))->trigger();
        CHECK(ed.value(cell) == wan(QStringLiteral("3")));
    }
    SECTION("edits that come back to the start leave no step")
    {
        ed.select(cell);
        typeText(view, QStringLiteral("1"));
        ed.select(cell);
        typeText(view, QStringLiteral("196.02"));
        CHECK(ed.undoCount() == 0);
        CHECK_FALSE(ed.session()->undoStack()->canUndo());
        CHECK(differences(original, ed.document().data()) == QString());
    }
    SECTION("another cell in between is another step")
    {
        ed.select(cell);
        typeText(view, QStringLiteral("1"));
        ed.select(QStringLiteral("t03/2013702/项目支出"));
        typeText(view, QStringLiteral("2"));
        ed.select(cell);
        typeText(view, QStringLiteral("4"));
        CHECK(ed.undoCount() == 3);
        ed.window->action(QStringLiteral("undo"))->trigger();
        CHECK(ed.value(cell) == wan(QStringLiteral("1")));
    }
}

TEST_CASE("ui: F2 edits with the caret after the text and a key typed to start an edit replaces it", "[ui][typing][keys]")
{
    Editor ed;
    const QString cell = QStringLiteral("t03/2013704/项目支出"); // 196.02
    fa::ui::FormView *view = ed.view(QStringLiteral("t03"));
    ed.select(cell);
    const QModelIndex index = ed.index(cell);

    SECTION("F2, then Backspace and a digit change the last digit")
    {
        QTest::keyClick(view, Qt::Key_F2);
        auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(index));
        REQUIRE(editor != nullptr);
        CHECK(editor->text() == QStringLiteral("196.02"));
        CHECK_FALSE(editor->hasSelectedText());
        CHECK(editor->cursorPosition() == editor->text().size());
        QTest::keyClick(editor, Qt::Key_Backspace);
        QTest::keyClick(editor, Qt::Key_5, Qt::NoModifier);
        CHECK(editor->text() == QStringLiteral("196.05"));
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents();
        CHECK(view->indexWidget(index) == nullptr);
        CHECK(ed.value(cell) == wan(QStringLiteral("196.05")));
    }
    SECTION("F2, then typing appends")
    {
        QTest::keyClick(view, Qt::Key_F2);
        auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(index));
        REQUIRE(editor != nullptr);
        QTest::keyClicks(editor, QStringLiteral("3"));
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents();
        CHECK(ed.value(cell) == wan(QStringLiteral("196.023")));
    }
    SECTION("a digit typed replaces what is there")
    {
        typeText(view, QStringLiteral("7"));
        CHECK(ed.value(cell) == wan(QStringLiteral("7")));
    }
    SECTION("a double click edits with the caret after the text too")
    {
        const QPoint at = view->visualRect(index).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, at);
        auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(index));
        REQUIRE(editor != nullptr);
        CHECK_FALSE(editor->hasSelectedText());
        QTest::keyClick(editor, Qt::Key_Escape);
        CHECK(ed.value(cell) == wan(QStringLiteral("196.02")));
    }
}
