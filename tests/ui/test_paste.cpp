// Pasting a TSV block: one batch, so one undo step and one transaction; computed cells in the way
// are skipped with one message; a block that cannot be pasted changes nothing.

#include "uisupport.h"

#include "store.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace fa;
using namespace fa::test::ui;

namespace {
const QString kAnchor = QStringLiteral("t03/2013702/基本支出");
// The block "1 2 / 3 4" from kAnchor covers these, left to right and down.
const QStringList kBlock = {QStringLiteral("t03/2013702/基本支出"), QStringLiteral("t03/2013702/项目支出"),
                            QStringLiteral("t03/2013704/基本支出"), QStringLiteral("t03/2013704/项目支出")};

QStringList shownAll(const Editor &ed, const QStringList &addresses)
{
    QStringList out;
    for (const QString &a : addresses)
        out << ed.shown(a);
    return out;
}
} // namespace

TEST_CASE("ui: a pasted block is one undo step that one undo takes back", "[ui][paste]")
{
    Editor ed;
    fa::ui::FormView *view = ed.view(QStringLiteral("t03"));
    const DocumentData before = ed.document().data();
    const QStringList shownBefore = shownAll(ed, kBlock);
    QSignalSpy changed(ed.session(), &fa::ui::DocumentSession::changed);
    ed.select(kAnchor);

    SECTION("with pasteText")
    {
        REQUIRE(view->pasteText(QStringLiteral("1\t2\r\n3\t4\r\n")));
    }
    SECTION("from the clipboard with Ctrl+V")
    {
        QGuiApplication::clipboard()->setText(QStringLiteral("1\t2\n3\t4"));
        QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
    }
    CHECK(shownAll(ed, kBlock) == QStringList({QStringLiteral("1.00"), QStringLiteral("2.00"), QStringLiteral("3.00"),
                                               QStringLiteral("4.00")}));
    CHECK(ed.undoCount() == 1);
    CHECK(changed.count() == 1); // one batch, recomputed once
    // The pasted area is selected.
    CHECK(view->selectionModel()->selectedIndexes().size() == 4);
    CHECK(ed.shown(QStringLiteral("t03/20137/本年支出合计")) == QStringLiteral("10.00"));

    ed.window->action(QStringLiteral("undo"))->trigger();
    CHECK(shownAll(ed, kBlock) == shownBefore);
    CHECK(differences(before, ed.document().data()) == QString());
    CHECK(ed.undoCount() == 1);
    CHECK(ed.session()->undoStack()->index() == 0);
}

TEST_CASE("ui: computed cells in a pasted block are skipped with one message", "[ui][paste]")
{
    Editor ed;
    fa::ui::FormView *view = ed.view(QStringLiteral("t03"));
    // From 本年支出合计 (computed) across 基本支出 and 项目支出.
    ed.select(QStringLiteral("t03/2013702/本年支出合计"));
    QSignalSpy messages(view, &fa::ui::FormView::message);
    REQUIRE(view->pasteText(QStringLiteral("99\t7\t8\n")));
    CHECK(ed.value(QStringLiteral("t03/2013702/基本支出")) == wan(QStringLiteral("7")));
    CHECK(ed.value(QStringLiteral("t03/2013702/项目支出")) == wan(QStringLiteral("8")));
    CHECK(ed.value(QStringLiteral("t03/2013702/本年支出合计")) == wan(QStringLiteral("15")));
    CHECK(ed.undoCount() == 1);
    REQUIRE(messages.count() == 1);
    const QString text = messages.at(0).at(0).toString();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("1 computed cell")));
    CHECK(ed.window->statusText() == text);

    SECTION("a block of computed cells only pastes nothing")
    {
        messages.clear();
        ed.select(QStringLiteral("t03/合计/本年支出合计"));
        CHECK_FALSE(view->pasteText(QStringLiteral("1\n")));
        CHECK(ed.undoCount() == 1);
        CHECK(messages.count() == 1);
    }
}

TEST_CASE("ui: a block with one bad amount pastes nothing", "[ui][paste]")
{
    Editor ed;
    fa::ui::FormView *view = ed.view(QStringLiteral("t03"));
    const DocumentData before = ed.document().data();
    ed.select(kAnchor);
    QSignalSpy messages(view, &fa::ui::FormView::message);
    CHECK_FALSE(view->pasteText(QStringLiteral("1\t2\n3\tabc\n")));
    CHECK(differences(before, ed.document().data()) == QString());
    CHECK(ed.undoCount() == 0);
    REQUIRE(messages.count() == 1);
    CHECK(messages.at(0).at(0).toString().contains(QStringLiteral("t03/2013704/项目支出")));
}

TEST_CASE("ui: a paste the file fails halfway leaves every cell the undo stack and the file as they were",
          "[ui][paste][store]")
{
    Editor ed;
    fa::ui::FormView *view = ed.view(QStringLiteral("t03"));
    const DocumentData before = ed.document().data();
    const QStringList shownBefore = shownAll(ed, kBlock);
    ed.select(kAnchor);
    // The third of the four statements fails as a full disk would.
    ed.session()->file().store().failAfterStatementsForTesting(2);
    QSignalSpy failed(ed.session(), &fa::ui::DocumentSession::failed);
    QSignalSpy changed(ed.session(), &fa::ui::DocumentSession::changed);
    CHECK_FALSE(view->pasteText(QStringLiteral("1\t2\n3\t4\n")));
    ed.session()->file().store().failAfterStatementsForTesting(-1);

    CHECK(failed.count() == 1);
    CHECK(changed.isEmpty());
    CHECK_FALSE(ed.window->alertText().isEmpty());
    CHECK(shownAll(ed, kBlock) == shownBefore);
    CHECK(ed.undoCount() == 0);
    CHECK(differences(before, ed.document().data()) == QString());
    CHECK(differences(before, readFile(ed.file.path)) == QString());

    // The next paste is written whole.
    REQUIRE(view->pasteText(QStringLiteral("1\t2\n3\t4\n")));
    ed.window->closeDocument();
    const DocumentData reopened = readFile(ed.file.path);
    CHECK(reopened.values.at(kBlock.at(3)) == wan(QStringLiteral("4")));
}

TEST_CASE("ui: one value pasted over a selection fills every entered cell of it", "[ui][paste]")
{
    Editor ed;
    fa::ui::FormView *view = ed.view(QStringLiteral("t03"));
    ed.select(kAnchor);
    view->selectCells({ed.index(kBlock.at(0)), ed.index(kBlock.at(1)), ed.index(kBlock.at(2)), ed.index(kBlock.at(3))});
    REQUIRE(view->pasteText(QStringLiteral("6")));
    for (const QString &a : kBlock) {
        INFO(a.toStdString());
        CHECK(ed.value(a) == wan(QStringLiteral("6")));
    }
    CHECK(ed.undoCount() == 1);
}

TEST_CASE("ui: a row pasted with its code and name from the code column fills the amounts", "[ui][paste]")
{
    Editor ed;
    fa::ui::FormView *view = ed.view(QStringLiteral("t03"));
    fa::ui::SheetModel *model = ed.model(QStringLiteral("t03"));
    const QModelIndex cell = ed.index(QStringLiteral("t03/2013702/基本支出"));
    ed.select(QStringLiteral("t03/2013702/基本支出"));
    // The row's first column: its code, as a row copied from Excel starts.
    const QModelIndex code = model->index(cell.row(), 0);
    REQUIRE(code.data().toString() == QStringLiteral("2013702"));
    view->setCurrentIndex(code);
    REQUIRE(view->pasteText(QStringLiteral("2013702\t一般行政管理事务\t\t1\t2\n")));
    CHECK(ed.value(QStringLiteral("t03/2013702/基本支出")) == wan(QStringLiteral("1")));
    CHECK(ed.value(QStringLiteral("t03/2013702/项目支出")) == wan(QStringLiteral("2")));
    CHECK(ed.undoCount() == 1);
    // Undo comes back to the row.
    ed.select(QStringLiteral("t09/预算/公务接待费"));
    ed.window->action(QStringLiteral("undo"))->trigger();
    CHECK(ed.currentTable() == QStringLiteral("t03"));
    CHECK(ed.view(QStringLiteral("t03"))->currentIndex().row() == cell.row());
}

TEST_CASE("ui: values of a pasted block that fall outside the table are counted in the message", "[ui][paste]")
{
    Editor ed;
    fa::ui::FormView *view = ed.view(QStringLiteral("t03"));
    fa::ui::SheetModel *model = ed.model(QStringLiteral("t03"));
    QSignalSpy messages(view, &fa::ui::FormView::message);

    SECTION("right of the last column")
    {
        // From the last column but one: 2 of each row's 4 values are in the table.
        const int row = ed.index(kAnchor).row();
        const int column = model->columnCount() - 2;
        const QStringList block = {model->addressAt(model->index(row, column)), model->addressAt(model->index(row, column + 1)),
                                   model->addressAt(model->index(row + 1, column)),
                                   model->addressAt(model->index(row + 1, column + 1))};
        for (const QString &address : block) {
            INFO(address.toStdString());
            REQUIRE(model->isEnteredCell(ed.index(address)));
        }
        ed.select(block.front());
        REQUIRE(view->pasteText(QStringLiteral("1\t2\t3\t4\n5\t6\t7\t8\n")));
        CHECK(shownAll(ed, block) == QStringList({QStringLiteral("1.00"), QStringLiteral("2.00"), QStringLiteral("5.00"),
                                                  QStringLiteral("6.00")}));
        REQUIRE(messages.count() == 1);
        const QString text = messages.at(0).at(0).toString();
        INFO(text.toStdString());
        CHECK(text.contains(QStringLiteral("Pasted 4 cells.")));
        CHECK(text.contains(QStringLiteral("4 values fell outside the table and were not pasted.")));
        CHECK(ed.window->statusText() == text);
    }
    SECTION("below the last row, computed cells skipped besides")
    {
        // From the last row's 本年支出合计 (computed): 基本支出 and 项目支出 of that row are pasted.
        int total = -1;
        for (int c = 0; c < model->columnCount(); ++c) {
            if (model->addressAt(model->index(0, c)).endsWith(QStringLiteral("/本年支出合计")))
                total = c;
        }
        REQUIRE(total >= 0);
        const QModelIndex start = model->index(model->rowCount() - 1, total);
        REQUIRE_FALSE(model->isEnteredCell(start));
        REQUIRE(model->isEnteredCell(start.siblingAtColumn(total + 1)));
        ed.select(model->addressAt(start));
        REQUIRE(view->pasteText(QStringLiteral("9\t1\t2\n9\t3\t4\n9\t5\t6\n9\t7\t8\n")));
        CHECK(start.siblingAtColumn(total + 1).data().toString() == QStringLiteral("1.00"));
        REQUIRE(messages.count() == 1);
        const QString text = messages.at(0).at(0).toString();
        INFO(text.toStdString());
        CHECK(text.contains(QStringLiteral("Pasted 2 cells.")));
        CHECK(text.contains(QStringLiteral("1 computed cell")));
        CHECK(text.contains(QStringLiteral("9 values fell outside the table")));
    }
    SECTION("blank values outside the table are not counted")
    {
        ed.select(kAnchor);
        REQUIRE(view->pasteText(QStringLiteral("1\t2\t\t \n")));
        REQUIRE(messages.count() == 1);
        CHECK_FALSE(messages.at(0).at(0).toString().contains(QStringLiteral("outside")));
    }
}
