// Every kind of change the editor makes is one undo step: undo gives back the document as it was
// (and the file holds it), redo the document as it was after, and both show where it happened.

#include "uisupport.h"

#include "countspage.h"
#include "overviewpage.h"
#include "textkeyedit.h"
#include "unitpage.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace fa;
using namespace fa::test::ui;

namespace {

// Where undo and redo should leave the window: a table and its current cell, or the unit page.
struct Place {
    QString table;   // empty: the unit information page
    QString address; // empty: any cell
};

// Does `change` (which must push one step), then moves elsewhere, undoes, moves elsewhere again and
// redoes, checking the document (in memory and in the file) and the place each time.
void roundTrip(Editor &ed, const std::function<void()> &change, const Place &undoPlace, const Place &redoPlace)
{
    const DocumentData before = ed.document().data();
    const int steps = ed.undoCount();
    change();
    REQUIRE(ed.undoCount() == steps + 1);
    const DocumentData after = ed.document().data();
    REQUIRE_FALSE(differences(before, after).isEmpty());
    CHECK(differences(after, readFile(ed.file.path)) == QString());

    auto checkPlace = [&](const Place &p) {
        if (p.table.isEmpty()) {
            CHECK(ed.window->tabs()->currentWidget() == static_cast<QWidget *>(ed.window->unitPage()));
            return;
        }
        CHECK(ed.currentTable() == p.table);
        if (!p.address.isEmpty())
            CHECK(ed.currentAddress() == p.address);
    };

    ed.select(QStringLiteral("t09/预算/公务接待费"));
    ed.window->action(QStringLiteral("undo"))->trigger();
    CHECK(differences(before, ed.document().data()) == QString());
    CHECK(differences(before, readFile(ed.file.path)) == QString());
    checkPlace(undoPlace);

    ed.select(QStringLiteral("t09/预算/公务接待费"));
    ed.window->action(QStringLiteral("redo"))->trigger();
    CHECK(differences(after, ed.document().data()) == QString());
    CHECK(differences(after, readFile(ed.file.path)) == QString());
    checkPlace(redoPlace);
    CHECK(ed.undoCount() == steps + 1);
    CHECK(ed.session()->undoStack()->index() == steps + 1);
}

} // namespace

TEST_CASE("ui: undo and redo of a typed value", "[ui][undo]")
{
    Editor ed;
    const QString cell = QStringLiteral("t03/2069999/项目支出");
    roundTrip(
        ed,
        [&] {
            ed.select(cell);
            typeText(ed.view(QStringLiteral("t03")), QStringLiteral("500"));
            REQUIRE(ed.value(cell) == wan(QStringLiteral("500")));
        },
        {QStringLiteral("t03"), cell}, {QStringLiteral("t03"), cell});
}

TEST_CASE("ui: undo and redo of a pasted block", "[ui][undo][paste]")
{
    Editor ed;
    const QString anchor = QStringLiteral("t03/2013702/基本支出");
    roundTrip(
        ed,
        [&] {
            ed.select(anchor);
            REQUIRE(ed.view(QStringLiteral("t03"))->pasteText(QStringLiteral("1\t2\n3\t4\n")));
        },
        {QStringLiteral("t03"), anchor}, {QStringLiteral("t03"), anchor});
}

TEST_CASE("ui: undo and redo of cells cleared with the Delete key", "[ui][undo][keys]")
{
    Editor ed;
    const QString first = QStringLiteral("t03/2069999/基本支出");
    const QString second = QStringLiteral("t03/2069999/项目支出");
    roundTrip(
        ed,
        [&] {
            ed.select(first);
            fa::ui::FormView *view = ed.view(QStringLiteral("t03"));
            view->selectCells({ed.index(first), ed.index(second)});
            QTest::keyClick(view, Qt::Key_Delete);
            REQUIRE(ed.value(first) == std::nullopt);
            REQUIRE(ed.value(second) == std::nullopt);
            CHECK(ed.shown(first) == QString());
        },
        {QStringLiteral("t03"), first}, {QStringLiteral("t03"), first});
}

TEST_CASE("ui: undo and redo of a 项 row added", "[ui][undo][rows]")
{
    Editor ed;
    ed.select(QStringLiteral("t03/2013702/基本支出"));
    fa::ui::SheetModel *model = ed.model(QStringLiteral("t03"));
    const int rows = model->rowCount();
    roundTrip(
        ed,
        [&] {
            REQUIRE(ed.window->addRow(QStringLiteral("2013701 行政运行")));
            CHECK(model->rowCount() == rows + 1);
            CHECK(ed.currentAddress().startsWith(QStringLiteral("t03/2013701/")));
        },
        {QStringLiteral("t03"), {}}, {QStringLiteral("t03"), {}});
    CHECK(model->rowCount() == rows + 1);
}

TEST_CASE("ui: undo and redo of a 项 row removed with its values and reason", "[ui][undo][rows]")
{
    Editor ed;
    const QString cell = QStringLiteral("t05/2013704/项目支出");
    fa::ui::SheetModel *model = ed.model(QStringLiteral("t05"));
    const int rows = model->rowCount();
    REQUIRE(ed.document().data().texts.count(QStringLiteral("reason/t05/2013704")) == 1);
    roundTrip(
        ed,
        [&] {
            ed.select(cell);
            ed.window->removeCurrentRow();
            CHECK(model->rowCount() == rows - 1);
            CHECK_FALSE(model->indexOfAddress(cell).isValid());
            CHECK(ed.document().data().texts.count(QStringLiteral("reason/t05/2013704")) == 0);
        },
        {QStringLiteral("t05"), cell}, {QStringLiteral("t05"), {}});
    CHECK(model->rowCount() == rows - 1);
}

TEST_CASE("ui: undo and redo of the unit information", "[ui][undo][unit]")
{
    Editor ed;
    fa::ui::UnitPage *page = ed.window->unitPage();
    REQUIRE(page != nullptr);
    roundTrip(
        ed,
        [&] {
            ed.window->tabs()->setCurrentWidget(page);
            page->nameEdit()->setText(QStringLiteral("南阳市政务服务中心"));
            page->commit();
            CHECK(ed.document().data().unit.name == QStringLiteral("南阳市政务服务中心"));
        },
        {}, {});
    ed.window->action(QStringLiteral("undo"))->trigger();
    // The page shows what the document holds again.
    CHECK(page->nameEdit()->text() == QStringLiteral("南阳市政务大数据中心"));
}

TEST_CASE("ui: undo and redo of a reason text", "[ui][undo][texts]")
{
    Editor ed;
    const QString cell = QStringLiteral("t05/2013702/项目支出");
    const QString key = QStringLiteral("reason/t05/2013702");
    roundTrip(
        ed,
        [&] { REQUIRE(ed.window->setReason(key, QStringLiteral("  压减会议费。 "), cell)); },
        {QStringLiteral("t05"), cell}, {QStringLiteral("t05"), cell});
    CHECK(ed.document().data().texts.at(key) == QStringLiteral("压减会议费。"));
}

TEST_CASE("ui: a new edit after undo drops the redo and undo all the way gives the opened document", "[ui][undo]")
{
    Editor ed;
    const DocumentData original = ed.document().data();
    ed.select(QStringLiteral("t03/2069999/项目支出"));
    typeText(ed.view(QStringLiteral("t03")), QStringLiteral("1"));
    ed.select(QStringLiteral("t03/2069999/基本支出"));
    typeText(ed.view(QStringLiteral("t03")), QStringLiteral("2"));
    REQUIRE(ed.window->addRow(QStringLiteral("2013799")));
    REQUIRE(ed.undoCount() == 3);
    ed.window->action(QStringLiteral("undo"))->trigger();
    ed.select(QStringLiteral("t09/预算/公务接待费"));
    typeText(ed.view(QStringLiteral("t09")), QStringLiteral("3"));
    CHECK(ed.undoCount() == 3);
    CHECK_FALSE(ed.session()->undoStack()->canRedo());
    while (ed.session()->undoStack()->canUndo())
        ed.window->action(QStringLiteral("undo"))->trigger();
    CHECK(differences(original, ed.document().data()) == QString());
    CHECK(differences(original, readFile(ed.file.path)) == QString());
}

namespace {

// Presses a key where the keyboard focus is, as a person does (shortcuts, then the widget).
void pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus != nullptr);
    QTest::keyClick(focus, key, modifiers);
}

std::optional<qint64> storedCount(const Editor &ed, const QString &key)
{
    const auto &counts = ed.document().data().counts;
    const auto it = counts.find(key);
    return it == counts.end() ? std::nullopt : std::optional(it->second);
}

QString storedText(const Editor &ed, const QString &key)
{
    const auto &texts = ed.document().data().texts;
    const auto it = texts.find(key);
    return it == texts.end() ? QString() : it->second;
}

} // namespace

TEST_CASE("ui: Ctrl+Z and Ctrl+Y undo and redo the document's steps with the focus in a text field", "[ui][undo][keys]")
{
    Editor ed;
    fa::ui::CountsPage *counts = ed.window->countsPage();
    const QString countKey = QStringLiteral("三公/国内接待团组");
    const QString reasonKey = QStringLiteral("reason/t09/公务接待费");
    const QString cell = QStringLiteral("t03/2069999/项目支出");
    const std::optional<qint64> countBefore = storedCount(ed, countKey);
    const QString reasonBefore = storedText(ed, reasonKey);

    // A count, a reason and a table value: three steps.
    REQUIRE(ed.window->showPage(QStringLiteral("counts")));
    QSpinBox *spin = counts->spinBox(countKey);
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, QStringLiteral("25"));
    QTest::keyClick(spin, Qt::Key_Return);
    REQUIRE(storedCount(ed, countKey) == 25);
    fa::ui::TextKeyEdit *reason = counts->textEdit(reasonKey);
    REQUIRE(reason != nullptr);
    reason->setFocus();
    reason->selectAll();
    QTest::keyClicks(reason, QStringLiteral("Fewer visits"));
    ed.select(cell); // leaving the reason writes it
    REQUIRE(storedText(ed, reasonKey) == QStringLiteral("Fewer visits"));
    typeText(ed.view(QStringLiteral("t03")), QStringLiteral("500"));
    REQUIRE(ed.value(cell) == wan(QStringLiteral("500")));
    QUndoStack *stack = ed.session()->undoStack();
    REQUIRE(stack->index() == 3);

    pressKey(Qt::Key_Z, Qt::ControlModifier);
    CHECK(stack->index() == 2);
    CHECK(ed.value(cell) != wan(QStringLiteral("500")));
    // The reason comes back on 数量与说明, the focus in one of its fields: the next Ctrl+Z is still
    // the document's, not the field's own (which has nothing to undo).
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    CHECK(stack->index() == 1);
    CHECK(storedText(ed, reasonKey) == reasonBefore);
    CHECK(ed.window->tabs()->currentWidget() == static_cast<QWidget *>(counts));
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus != nullptr);
    CHECK(counts->isAncestorOf(focus));
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    CHECK(stack->index() == 0);
    CHECK(storedCount(ed, countKey) == countBefore);
    CHECK(spin->value() == int(countBefore.value_or(-1)));

    // Redo by either key, wherever the focus went.
    pressKey(Qt::Key_Y, Qt::ControlModifier);
    CHECK(stack->index() == 1);
    CHECK(storedCount(ed, countKey) == 25);
    pressKey(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(stack->index() == 2);
    CHECK(storedText(ed, reasonKey) == QStringLiteral("Fewer visits"));
    pressKey(Qt::Key_Y, Qt::ControlModifier);
    CHECK(stack->index() == 3);
    CHECK(ed.value(cell) == wan(QStringLiteral("500")));
    CHECK(differences(ed.document().data(), readFile(ed.file.path)) == QString());
}

TEST_CASE("ui: Ctrl+Z in a text field writes what is typed there first, then undoes just that", "[ui][undo][keys]")
{
    Editor ed;
    const QString cell = QStringLiteral("t03/2069999/项目支出");
    ed.select(cell);
    typeText(ed.view(QStringLiteral("t03")), QStringLiteral("500"));
    REQUIRE(ed.undoCount() == 1);

    REQUIRE(ed.window->showPage(QStringLiteral("overview")));
    auto *edit = ed.window->overviewPage()->findChild<fa::ui::TextKeyEdit *>();
    REQUIRE(edit != nullptr);
    const QString key = edit->key();
    const QString before = storedText(ed, key);
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);
    QTest::keyClicks(edit, QStringLiteral(" More."));
    REQUIRE(edit->isPending());
    REQUIRE(storedText(ed, key) == before);

    pressKey(Qt::Key_Z, Qt::ControlModifier);
    CHECK(storedText(ed, key) == before);
    CHECK(edit->toPlainText().trimmed() == before.trimmed());
    CHECK(ed.value(cell) == wan(QStringLiteral("500"))); // the step before stays
    CHECK(ed.session()->undoStack()->index() == 1);
    // Redo brings the typed text back as a step of its own.
    pressKey(Qt::Key_Y, Qt::ControlModifier);
    CHECK(storedText(ed, key).trimmed() == (before + QStringLiteral(" More.")).trimmed());

    // A count typed and not confirmed with Enter: the same.
    REQUIRE(ed.window->showPage(QStringLiteral("counts")));
    QSpinBox *spin = ed.window->countsPage()->spinBox(QStringLiteral("三公/国内接待团组"));
    const std::optional<qint64> countBefore = storedCount(ed, QStringLiteral("三公/国内接待团组"));
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, QStringLiteral("31"));
    const int steps = ed.session()->undoStack()->index();
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    CHECK(storedCount(ed, QStringLiteral("三公/国内接待团组")) == countBefore);
    CHECK(spin->value() == int(countBefore.value_or(-1)));
    CHECK(ed.session()->undoStack()->index() == steps);
}
