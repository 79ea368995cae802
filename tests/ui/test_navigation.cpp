// Finding a cell: --goto and gotoAddress, a finding activated in the checks panel, and the keys
// that move about a form and between tables.

#include "uisupport.h"

#include "checkspanel.h"
#include "support.h"
#include "unitpage.h"

#include <QAction>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace fa;
using namespace fa::test::ui;

namespace {
QTreeWidgetItem *findingItem(QTreeWidget *tree, const QString &address)
{
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->toolTip(3) == address) // the column shows the cell as people read it
                return group->child(i);
        }
    }
    return nullptr;
}
} // namespace

TEST_CASE("ui: gotoAddress makes the cell current in its table", "[ui][goto]")
{
    Editor ed;
    REQUIRE(ed.currentTable() == QStringLiteral("t01"));

    for (const QString &address : {QStringLiteral("t05/2069999/项目支出"), QStringLiteral("t04/59/一般公共预算财政拨款"),
                                   QStringLiteral("t06/30229/决算数"), QStringLiteral("t09/决算/公务用车运行维护费"),
                                   QStringLiteral("t01/62/决算数")}) {
        INFO(address.toStdString());
        REQUIRE(ed.window->gotoAddress(address));
        CHECK(ed.currentTable() == address.section(QLatin1Char('/'), 0, 0));
        CHECK(ed.currentAddress() == address);
        CHECK(ed.window->currentTablePage()->view()->hasFocus());
    }

    SECTION("a column the table does not print is shown first")
    {
        REQUIRE_FALSE(ed.model(QStringLiteral("t05"))->showUnprinted());
        REQUIRE(ed.window->gotoAddress(QStringLiteral("t05/2013702/年初预算")));
        CHECK(ed.model(QStringLiteral("t05"))->showUnprinted());
        CHECK(ed.window->action(QStringLiteral("showUnprinted"))->isChecked());
        CHECK(ed.currentAddress() == QStringLiteral("t05/2013702/年初预算"));
    }
    SECTION("an address that is not in the document leaves the current cell")
    {
        CHECK_FALSE(ed.window->gotoAddress(QStringLiteral("t03/2013701/基本支出")));
        CHECK_FALSE(ed.window->gotoAddress(QStringLiteral("nonsense")));
        CHECK(ed.currentAddress() == QStringLiteral("t01/62/决算数"));
        CHECK(ed.window->statusText().contains(QStringLiteral("nonsense")));
    }
}

TEST_CASE("ui: the editor started with --goto and --screenshot shows the cell and exits 0", "[ui][goto][process]")
{
    SampleFile file;
    QTemporaryDir home;
    REQUIRE(home.isValid());
    const QString png = home.filePath(QStringLiteral("window.png"));
    QProcess editor;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // The editor remembers things in the user's settings: not this user's.
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    editor.setProcessEnvironment(env);
    editor.start(QStringLiteral(FA_EDITOR), {file.path, QStringLiteral("--goto"), QStringLiteral("t05/2069999/项目支出"),
                                             QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--screenshot"), png});
    REQUIRE(editor.waitForFinished(30000));
    INFO(editor.readAllStandardError().toStdString());
    CHECK(editor.exitStatus() == QProcess::NormalExit);
    CHECK(editor.exitCode() == 0);
    const QImage image(png);
    CHECK_FALSE(image.isNull());
    CHECK(image.width() > 200);
    // Nothing was written beside the document.
    CHECK(listing(file.dir.path()) == QStringList({QFileInfo(file.path).fileName()}));
}

TEST_CASE("ui: activating a finding in the checks panel makes its cell current", "[ui][checks]")
{
    Editor ed;
    // Make 04表 disagree: an error at t04/32/金额 (and others).
    ed.select(QStringLiteral("t05/2060401/基本支出"));
    typeText(ed.view(QStringLiteral("t05")), QStringLiteral("70"));
    ed.select(QStringLiteral("t09/预算/公务接待费"));
    REQUIRE(ed.currentTable() == QStringLiteral("t09"));

    fa::ui::ChecksPanel *panel = ed.window->checksPanel();
    QTreeWidget *tree = panel->tree();
    QSignalSpy jumps(panel, &fa::ui::ChecksPanel::jumpRequested);
    QTreeWidgetItem *item = findingItem(tree, QStringLiteral("t04/32/金额"));
    REQUIRE(item != nullptr);
    REQUIRE(item->parent()->isExpanded());

    SECTION("by double-clicking it")
    {
        tree->scrollToItem(item);
        const QRect rect = tree->visualItemRect(item);
        REQUIRE(rect.isValid());
        // A double click is a click and then the double-click event (QTest sends only the latter).
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    }
    SECTION("with the keyboard")
    {
        tree->setFocus();
        tree->setCurrentItem(item);
        QTest::keyClick(tree, Qt::Key_Return);
    }
    REQUIRE(jumps.count() == 1);
    CHECK(jumps.at(0).at(0).toString() == QStringLiteral("t04/32/金额"));
    CHECK(ed.currentTable() == QStringLiteral("t04"));
    CHECK(ed.currentAddress() == QStringLiteral("t04/32/金额"));

    // A finding of another table, straight through the signal.
    QTreeWidgetItem *other = findingItem(tree, QStringLiteral("t05/2060401/基本支出"));
    REQUIRE(other != nullptr);
    emit tree->itemActivated(other, 0);
    CHECK(ed.currentAddress() == QStringLiteral("t05/2060401/基本支出"));
}

TEST_CASE("ui: the checks panel follows the document", "[ui][checks]")
{
    Editor ed;
    fa::ui::ChecksPanel *panel = ed.window->checksPanel();
    QTreeWidget *tree = panel->tree();
    REQUIRE(panel->count(Severity::Error) == 0);
    REQUIRE(findingItem(tree, QStringLiteral("t04/32/金额")) != nullptr); // the sample's 尾差
    ed.select(QStringLiteral("t05/2060401/基本支出"));
    typeText(ed.view(QStringLiteral("t05")), QStringLiteral("70"));
    CHECK(panel->count(Severity::Error) > 0);
    CHECK(tree->topLevelItem(0)->text(0).startsWith(QStringLiteral("Errors (")));
    ed.window->action(QStringLiteral("undo"))->trigger();
    CHECK(panel->count(Severity::Error) == 0);
    for (int g = 0; g < tree->topLevelItemCount(); ++g)
        CHECK_FALSE(tree->topLevelItem(g)->text(0).startsWith(QStringLiteral("Errors")));
}

TEST_CASE("ui: Ctrl+PgDown and Ctrl+PgUp switch tables", "[ui][keys]")
{
    Editor ed;
    REQUIRE(ed.window->tabs()->currentIndex() == 0);
    QWidget *focus = ed.view(QStringLiteral("t01"));
    focus->setFocus();
    QTest::keyClick(focus, Qt::Key_PageDown, Qt::ControlModifier);
    CHECK(ed.currentTable() == QStringLiteral("t02"));
    CHECK(ed.view(QStringLiteral("t02"))->hasFocus());
    QTest::keyClick(ed.view(QStringLiteral("t02")), Qt::Key_PageDown, Qt::ControlModifier);
    CHECK(ed.currentTable() == QStringLiteral("t03"));
    QTest::keyClick(ed.view(QStringLiteral("t03")), Qt::Key_PageUp, Qt::ControlModifier);
    QTest::keyClick(ed.view(QStringLiteral("t02")), Qt::Key_PageUp, Qt::ControlModifier);
    CHECK(ed.currentTable() == QStringLiteral("t01"));
    // Before the first table comes the last tab, the unit information.
    QTest::keyClick(ed.view(QStringLiteral("t01")), Qt::Key_PageUp, Qt::ControlModifier);
    CHECK(ed.window->tabs()->currentWidget() == static_cast<QWidget *>(ed.window->unitPage()));
}

TEST_CASE("ui: Enter moves down and Tab moves right after typing and Delete clears", "[ui][keys]")
{
    Editor ed;
    fa::ui::FormView *view = ed.view(QStringLiteral("t03"));
    const QModelIndex start = ed.index(QStringLiteral("t03/2013702/基本支出"));
    ed.select(QStringLiteral("t03/2013702/基本支出"));

    typeText(view, QStringLiteral("1"), Qt::Key_Tab);
    CHECK(ed.value(QStringLiteral("t03/2013702/基本支出")) == wan(QStringLiteral("1")));
    CHECK(view->currentIndex() == start.sibling(start.row(), start.column() + 1));
    CHECK(ed.currentAddress() == QStringLiteral("t03/2013702/项目支出"));

    typeText(view, QStringLiteral("2"), Qt::Key_Return);
    CHECK(ed.value(QStringLiteral("t03/2013702/项目支出")) == wan(QStringLiteral("2")));
    CHECK(ed.currentAddress() == QStringLiteral("t03/2013704/项目支出"));

    // Enter without typing moves down too.
    QTest::keyClick(view, Qt::Key_Return);
    CHECK(ed.currentAddress() == QStringLiteral("t03/206/项目支出"));

    ed.select(QStringLiteral("t03/2013702/基本支出"));
    QTest::keyClick(view, Qt::Key_Delete);
    CHECK(ed.value(QStringLiteral("t03/2013702/基本支出")) == std::nullopt);
    CHECK(ed.shown(QStringLiteral("t03/2013702/基本支出")) == QString());
    CHECK(ed.undoCount() == 3);

    // Escape drops what was typed.
    ed.select(QStringLiteral("t03/2013702/项目支出"));
    typeText(view, QStringLiteral("9"), Qt::Key_Escape);
    CHECK(ed.value(QStringLiteral("t03/2013702/项目支出")) == wan(QStringLiteral("2")));
    CHECK(ed.undoCount() == 3);

    // Ctrl+arrows go to the edges.
    QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier);
    CHECK(view->currentIndex().row() == ed.model(QStringLiteral("t03"))->rowCount() - 1);
    QTest::keyClick(view, Qt::Key_Up, Qt::ControlModifier);
    CHECK(view->currentIndex().row() == 0);
    QTest::keyClick(view, Qt::Key_Right, Qt::ControlModifier);
    CHECK(view->currentIndex().column() == ed.model(QStringLiteral("t03"))->columnCount() - 1);
}

namespace {
// The frozen code/name columns' view of a form (a child table view over the same model).
QTableView *frozenView(fa::ui::FormView *view)
{
    for (QTableView *child : view->findChildren<QTableView *>()) {
        if (child->model() == view->model() && child->isVisible())
            return child;
    }
    FAIL("the form has no frozen columns");
    return nullptr;
}

void click(QTableView *view, const QModelIndex &index, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    const QRect rect = view->visualRect(index);
    INFO("cell " << index.row() << "," << index.column() << " is not in view");
    REQUIRE(view->viewport()->rect().contains(rect.center()));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, rect.center());
}

// The selection as the rectangle it covers, "top,left-bottom,right" (or what it is when it is not one).
QString selectedRectangle(const QItemSelectionModel *selection)
{
    const QModelIndexList cells = selection->selectedIndexes();
    if (cells.isEmpty())
        return QStringLiteral("nothing");
    int top = INT_MAX, left = INT_MAX, bottom = -1, right = -1;
    for (const QModelIndex &i : cells) {
        top = std::min(top, i.row());
        left = std::min(left, i.column());
        bottom = std::max(bottom, i.row());
        right = std::max(right, i.column());
    }
    const QString rect = QStringLiteral("%1,%2-%3,%4").arg(top).arg(left).arg(bottom).arg(right);
    return qsizetype(bottom - top + 1) * (right - left + 1) == cells.size() ? rect : rect + QStringLiteral(" with holes");
}

QString rectangle(int top, int left, int bottom, int right)
{
    return QStringLiteral("%1,%2-%3,%4").arg(top).arg(left).arg(bottom).arg(right);
}
} // namespace

TEST_CASE("ui: Shift+click and Shift+arrows extend the selection from the cell clicked in the frozen columns too",
          "[ui][keys][selection]")
{
    Editor ed;
    const QString t03 = QStringLiteral("t03");
    fa::ui::FormView *view = ed.view(t03);
    ed.select(QStringLiteral("t03/2013702/基本支出"));
    QTableView *frozen = frozenView(view);
    const QModelIndex amount = ed.index(QStringLiteral("t03/2013702/基本支出"));
    const int row = amount.row();
    // An entered cell with a value a few rows down, one column right.
    QModelIndex other;
    for (int r = row + 2; r < view->model()->rowCount() && !other.isValid(); ++r) {
        const QModelIndex i = view->model()->index(r, amount.column() + 1);
        const QString address = ed.model(t03)->addressAt(i);
        if (ed.model(t03)->isEnteredCell(i) && ed.value(address).has_value())
            other = i;
    }
    REQUIRE(other.isValid());
    const QString otherAddress = ed.model(t03)->addressAt(other);
    const QModelIndex code = view->model()->index(row + 1, 0);
    REQUIRE(code.data().toString() != QString());

    // An amount cell clicked first: the main view's own anchor.
    click(view, amount);
    REQUIRE(view->currentIndex() == amount);

    SECTION("Shift+click in the amounts after a click on a code")
    {
        click(frozen, code);
        CHECK(view->currentIndex() == code);
        click(view, other, Qt::ShiftModifier);
        CHECK(view->currentIndex() == other);
        CHECK(selectedRectangle(view->selectionModel()) == rectangle(code.row(), 0, other.row(), other.column()));
        // Delete clears the entered cells of that rectangle and nothing above it.
        const std::optional<Money> above = ed.value(QStringLiteral("t03/2013702/基本支出"));
        QTest::keyClick(view, Qt::Key_Delete);
        CHECK(ed.value(otherAddress) == std::nullopt);
        CHECK(ed.value(QStringLiteral("t03/2013702/基本支出")) == above);
    }
    SECTION("Shift+Down and Shift+Right after a click on a code")
    {
        click(frozen, code);
        QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
        CHECK(selectedRectangle(view->selectionModel()) == rectangle(code.row(), 0, code.row() + 1, 0));
        QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
        CHECK(selectedRectangle(view->selectionModel()) == rectangle(code.row(), 0, code.row() + 1, 1));
        QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
        CHECK(selectedRectangle(view->selectionModel()) == rectangle(code.row(), 0, view->model()->rowCount() - 1, 1));
    }
    SECTION("Shift+click on a code after a click on an amount")
    {
        click(frozen, code); // the frozen view's own anchor, then an amount cell clicked
        click(view, other);
        click(frozen, view->model()->index(row, 1), Qt::ShiftModifier);
        CHECK(view->currentIndex() == view->model()->index(row, 1));
        CHECK(selectedRectangle(view->selectionModel()) == rectangle(row, 1, other.row(), other.column()));
    }
    SECTION("with the amounts scrolled right under the frozen columns")
    {
        view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->maximum());
        click(frozen, code);
        const QModelIndex right = view->model()->index(other.row(), view->model()->columnCount() - 1);
        click(view, right, Qt::ShiftModifier);
        CHECK(selectedRectangle(view->selectionModel()) == rectangle(code.row(), 0, right.row(), right.column()));
    }
    SECTION("a cell clicked that is current already is the anchor again")
    {
        click(view, other, Qt::ShiftModifier); // the selection from amount to other, other current
        click(view, other);
        QTest::keyClick(view, Qt::Key_Up, Qt::ShiftModifier);
        CHECK(selectedRectangle(view->selectionModel()) == rectangle(other.row() - 1, other.column(), other.row(), other.column()));
    }
}

TEST_CASE("ui: the status bar names the current cell after Tab wraps into the code column", "[ui][keys][status]")
{
    Editor ed;
    const QString t03 = QStringLiteral("t03");
    fa::ui::FormView *view = ed.view(t03);
    fa::ui::SheetModel *model = ed.model(t03);
    const QModelIndex start = ed.index(QStringLiteral("t03/2013702/基本支出"));
    const QModelIndex last = model->index(start.row(), model->columnCount() - 1);
    REQUIRE_FALSE(model->addressAt(last).isEmpty());
    ed.select(model->addressAt(last));
    CHECK(ed.window->statusText() == model->addressAt(last));

    QTest::keyClick(view, Qt::Key_Tab);
    REQUIRE(view->currentIndex().row() == start.row() + 1);
    REQUIRE(view->currentIndex().column() == 0);
    const QString code = view->currentIndex().data().toString();
    INFO("location " << model->locationAt(view->currentIndex()).toStdString());
    CHECK(ed.window->statusText() == QStringLiteral("t03/") + code);
    // And on to an amount cell with its address.
    QTest::keyClick(view, Qt::Key_Tab);
    QTest::keyClick(view, Qt::Key_Tab);
    CHECK(ed.window->statusText() == model->addressAt(view->currentIndex()));
    CHECK_FALSE(ed.window->statusText().isEmpty());
}
