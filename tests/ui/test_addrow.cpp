// Adding a 项: chosen by code or by part of its name from the catalogue, or a code the catalogue
// does not know with a name typed for it. The row (and its 款 and 类) appear as row inserts.

#include "uisupport.h"

#include "addrowdialog.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QCompleter>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QUndoStack>

#include <algorithm>

using namespace fa;
using namespace fa::test::ui;
using fa::ui::AddRowDialog;

namespace {
// What the dialog's completer offers for `typed`.
QStringList completions(AddRowDialog &dialog, const QString &typed)
{
    QCompleter *completer = dialog.subjectEdit()->completer();
    REQUIRE(completer != nullptr);
    completer->setCompletionPrefix(typed);
    QStringList out;
    for (int i = 0; i < completer->completionCount(); ++i) {
        completer->setCurrentRow(i);
        out << completer->currentCompletion();
    }
    return out;
}

QString errorShown(const AddRowDialog &dialog)
{
    QStringList texts;
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->isVisibleTo(&dialog) && label->buddy() == nullptr)
            texts << label->text();
    }
    return texts.join(QLatin1Char('|'));
}
} // namespace

TEST_CASE("ui: a 项 chosen by part of its name from the completer is added with its 款 as row inserts", "[ui][rows]")
{
    Editor ed;
    ed.select(QStringLiteral("t03/2013702/项目支出"));
    AddRowDialog dialog(ed.session(), QStringLiteral("t03"), ed.window.get());
    const QStringList offered = completions(dialog, QStringLiteral("宣传"));
    INFO(offered.join(QLatin1Char(' ')).toStdString());
    REQUIRE(offered.contains(QStringLiteral("2013304 宣传管理")));
    for (const QString &o : offered)
        CHECK(o.contains(QStringLiteral("宣传")));

    fa::ui::SheetModel *model = ed.model(QStringLiteral("t03"));
    const int rows = model->rowCount();
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    const DocumentData before = ed.document().data();

    dialog.subjectEdit()->setText(QStringLiteral("2013304 宣传管理"));
    CHECK_FALSE(dialog.nameEdit()->isVisibleTo(&dialog)); // the catalogue names it
    QString error;
    const Batch batch = dialog.batch(&error);
    REQUIRE(batch.size() == 1);
    CHECK(batch.front() == Edit::addRow(QStringLiteral("t03"), QStringLiteral("2013304")));

    REQUIRE(ed.window->addRow(QStringLiteral("2013304 宣传管理")));
    CHECK(model->rowCount() == rows + 2); // 2013304 and its 款 20133 (类 201 was there)
    CHECK(reset.isEmpty());
    int insertedRows = 0;
    for (const auto &args : inserted)
        insertedRows += args.at(2).toInt() - args.at(1).toInt() + 1;
    CHECK(insertedRows == 2);
    const QModelIndex cell = ed.index(QStringLiteral("t03/2013304/基本支出"));
    CHECK(ed.currentTable() == QStringLiteral("t03"));
    CHECK(ed.view(QStringLiteral("t03"))->currentIndex().row() == cell.row());
    // The code and the name are in the row, the 款 above it; the new cells are blank.
    bool named = false;
    for (int c = 0; c < model->columnCount(); ++c)
        named = named || model->index(cell.row(), c).data().toString().contains(QStringLiteral("宣传管理"));
    CHECK(named);
    CHECK(model->indexOfAddress(QStringLiteral("t03/20133/基本支出")).row() == cell.row() - 1);
    CHECK(ed.shown(QStringLiteral("t03/2013304/基本支出")) == QString());
    CHECK(ed.shown(QStringLiteral("t03/20133/本年支出合计")) == QStringLiteral("0.00"));

    // Typing into the new row adds up like any other. (The window puts the cursor on the row's
    // first column, 本年支出合计, which is computed: the entered cell is chosen here.)
    ed.select(QStringLiteral("t03/2013304/基本支出"));
    typeText(ed.view(QStringLiteral("t03")), QStringLiteral("12"));
    CHECK(ed.shown(QStringLiteral("t03/20133/基本支出")) == QStringLiteral("12.00"));
    CHECK(ed.shown(QStringLiteral("t01/32/决算数")) == QStringLiteral("256.90"));

    ed.window->action(QStringLiteral("undo"))->trigger();
    ed.window->action(QStringLiteral("undo"))->trigger();
    CHECK(model->rowCount() == rows);
    CHECK(differences(before, ed.document().data()) == QString());
}

TEST_CASE("ui: a 项 chosen by its code prefix from the completer is added", "[ui][rows]")
{
    Editor ed;
    ed.select(QStringLiteral("t05/2013702/项目支出"));
    AddRowDialog dialog(ed.session(), QStringLiteral("t05"), ed.window.get());
    const QStringList offered = completions(dialog, QStringLiteral("2013"));
    REQUIRE(offered.size() > 3);
    // The first one the table does not list yet.
    QString chosen;
    for (const QString &o : offered) {
        REQUIRE(o.contains(QStringLiteral("2013")));
        if (!ed.model(QStringLiteral("t05"))->indexOfAddress(QStringLiteral("t05/") + o.left(7) + QStringLiteral("/基本支出")).isValid()) {
            chosen = o;
            break;
        }
    }
    REQUIRE_FALSE(chosen.isEmpty());
    REQUIRE(ed.window->addRow(chosen));
    CHECK(ed.model(QStringLiteral("t05"))->indexOfAddress(QStringLiteral("t05/") + chosen.left(7) + QStringLiteral("/基本支出")).isValid());
    CHECK(ed.undoCount() == 1);

    // The same again is refused: the table lists it.
    QString error;
    CHECK(AddRowDialog::batchFor(*ed.session(), QStringLiteral("t05"), chosen, {}, &error).empty());
    CHECK(error.contains(chosen.left(7)));
    CHECK_FALSE(ed.window->addRow(chosen));
    CHECK(ed.undoCount() == 1);
    // A prefix alone is not a 项.
    CHECK(AddRowDialog::batchFor(*ed.session(), QStringLiteral("t05"), QStringLiteral("2013"), {}, &error).empty());
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("ui: a code the catalogue does not know asks for its name", "[ui][rows]")
{
    Editor ed;
    ed.select(QStringLiteral("t03/2013702/项目支出"));
    const QString code = QStringLiteral("2013798");
    QString error;

    SECTION("batchFor")
    {
        CHECK(AddRowDialog::batchFor(*ed.session(), QStringLiteral("t03"), code, {}, &error).empty());
        CHECK(error.contains(code));
        CHECK(AddRowDialog::batchFor(*ed.session(), QStringLiteral("t03"), code, QStringLiteral("   "), &error).empty());
        const Batch batch = AddRowDialog::batchFor(*ed.session(), QStringLiteral("t03"), code, QStringLiteral("网信专项"), &error);
        REQUIRE(batch.size() == 2);
        CHECK(batch.at(0) == Edit::setSubjectName(code, QStringLiteral("网信专项")));
        CHECK(batch.at(1) == Edit::addRow(QStringLiteral("t03"), code));
        CHECK_FALSE(ed.window->addRow(code));
        CHECK(ed.undoCount() == 0);
    }
    SECTION("the dialog")
    {
        AddRowDialog dialog(ed.session(), QStringLiteral("t03"), ed.window.get());
        CHECK_FALSE(dialog.nameEdit()->isVisibleTo(&dialog));
        dialog.subjectEdit()->setText(code);
        CHECK(dialog.nameEdit()->isVisibleTo(&dialog));
        dialog.accept(); // without a name: stays open and says why
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(errorShown(dialog).contains(code));
        dialog.nameEdit()->setText(QStringLiteral("网信专项"));
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.batch(&error).size() == 2);
    }
    const DocumentData before = ed.document().data();
    REQUIRE(ed.window->addRow(code, QStringLiteral("网信专项")));
    CHECK(ed.document().data().subjects.at(code) == QStringLiteral("网信专项"));
    const QModelIndex cell = ed.index(QStringLiteral("t03/2013798/基本支出"));
    bool named = false;
    for (int c = 0; c < ed.model(QStringLiteral("t03"))->columnCount(); ++c)
        named = named || cell.sibling(cell.row(), c).data().toString().contains(QStringLiteral("网信专项"));
    CHECK(named);
    ed.window->action(QStringLiteral("undo"))->trigger();
    CHECK(differences(before, ed.document().data()) == QString());
    CHECK_FALSE(ed.model(QStringLiteral("t03"))->indexOfAddress(QStringLiteral("t03/2013798/基本支出")).isValid());
}

TEST_CASE("ui: a table without 项 rows adds none", "[ui][rows]")
{
    Editor ed;
    ed.select(QStringLiteral("t01/29/决算数"));
    CHECK_FALSE(ed.window->action(QStringLiteral("addRow"))->isEnabled());
    CHECK_FALSE(ed.window->addRow(QStringLiteral("2013701")));
    ed.window->removeCurrentRow();
    CHECK(ed.undoCount() == 0);
}

namespace {
// Where the form's cells look other than in a model made afresh for the document as it now is:
// font, ground, alignment, text and tooltip, "row,column role: shown ≠ fresh".
QString styleDifferences(const fa::ui::FormView *view, fa::ui::DocumentSession *session)
{
    const QAbstractItemModel *shown = view->model();
    const auto *live = view->sheetModel();
    fa::ui::SheetModel fresh(session, live->sheetIndex());
    fresh.setShowUnprinted(live->showUnprinted());
    QStringList out;
    if (shown->rowCount() != fresh.rowCount() || shown->columnCount() != fresh.columnCount())
        out << QStringLiteral("size %1x%2 ≠ %3x%4")
                   .arg(shown->rowCount())
                   .arg(shown->columnCount())
                   .arg(fresh.rowCount())
                   .arg(fresh.columnCount());
    const std::pair<int, const char *> roles[] = {{Qt::DisplayRole, "text"},        {Qt::FontRole, "font"},
                                                  {Qt::BackgroundRole, "ground"},   {Qt::TextAlignmentRole, "alignment"},
                                                  {Qt::ToolTipRole, "tooltip"}};
    for (int r = 0; r < std::min(shown->rowCount(), fresh.rowCount()); ++r) {
        for (int c = 0; c < std::min(shown->columnCount(), fresh.columnCount()); ++c) {
            const QModelIndex a = shown->index(r, c);
            const QModelIndex b = fresh.index(r, c);
            for (const auto &[role, name] : roles) {
                if (role == Qt::BackgroundRole && a.data(fa::ui::SheetModel::FlashRole).toBool())
                    continue; // a computed cell that just changed flashes for a moment
                const QVariant x = a.data(role);
                const QVariant y = b.data(role);
                if (x != y)
                    out << QStringLiteral("%1,%2 %3: %4 ≠ %5")
                               .arg(r)
                               .arg(c)
                               .arg(QLatin1String(name), x.toString(), y.toString());
            }
        }
    }
    return out.join(QLatin1Char('\n'));
}

// The table rows' bold flags as the form shows them in the code column, "1" for bold.
QString boldRows(const fa::ui::FormView *view)
{
    QString out;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        out += view->model()->index(r, 0).data(Qt::FontRole).value<QFont>().bold() ? QLatin1Char('1') : QLatin1Char('0');
    return out;
}
} // namespace

TEST_CASE("ui: after a 项 is added or removed every row keeps its own style through undo redo and tab switches",
          "[ui][rows]")
{
    Editor ed;
    const QString t03 = QStringLiteral("t03");
    fa::ui::FormView *view = ed.view(t03);
    fa::ui::SheetModel *model = ed.model(t03);
    REQUIRE(styleDifferences(view, ed.session()) == QString());
    const QString boldBefore = boldRows(view);
    const int rows = model->rowCount();

    // 2080501 brings its 款 20805 (and maybe its 类 208) in the middle of the table.
    ed.select(QStringLiteral("t03/2013702/基本支出"));
    REQUIRE(ed.window->addRow(QStringLiteral("2080501")));
    REQUIRE(model->rowCount() > rows);
    const int added = model->indexOfAddress(QStringLiteral("t03/2080501/基本支出")).row();
    REQUIRE(added >= 0);
    REQUIRE(added < model->rowCount() - 1); // rows below it moved down
    CHECK(styleDifferences(view, ed.session()) == QString());
    // The 项 added is plain, its 款 above it bold, and the last row (合计 or a 类) as before.
    CHECK_FALSE(model->index(added, 0).data(Qt::FontRole).value<QFont>().bold());
    CHECK(model->index(added - 1, 0).data(Qt::FontRole).value<QFont>().bold());
    CHECK(boldRows(view).endsWith(boldBefore.right(1)));

    // Another table shown and this one again: the same.
    ed.window->tabs()->setCurrentWidget(ed.page(QStringLiteral("t05")));
    ed.window->tabs()->setCurrentWidget(ed.page(t03));
    CHECK(styleDifferences(view, ed.session()) == QString());

    ed.window->action(QStringLiteral("undo"))->trigger();
    CHECK(model->rowCount() == rows);
    CHECK(boldRows(view) == boldBefore);
    CHECK(styleDifferences(view, ed.session()) == QString());
    ed.window->action(QStringLiteral("redo"))->trigger();
    CHECK(model->rowCount() > rows);
    CHECK(styleDifferences(view, ed.session()) == QString());

    // A 项 removed: the rows below it move up and keep their own style.
    ed.select(QStringLiteral("t03/2013702/基本支出"));
    const int removedAt = view->currentIndex().row();
    const int before = model->rowCount();
    ed.window->removeCurrentRow();
    REQUIRE(model->rowCount() < before);
    CHECK(styleDifferences(view, ed.session()) == QString());
    CHECK(model->index(removedAt, 0).data() != QStringLiteral("2013702"));
    ed.window->action(QStringLiteral("undo"))->trigger();
    CHECK(model->rowCount() == before);
    CHECK(styleDifferences(view, ed.session()) == QString());
    ed.window->action(QStringLiteral("redo"))->trigger();
    CHECK(styleDifferences(view, ed.session()) == QString());
}
