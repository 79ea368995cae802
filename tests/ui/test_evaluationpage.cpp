// The 绩效自评 page (part 5, 附件): the tables of a sample listed, one shown like the published form
// with what the rules give beside the typed scores; every change one undo step written to the
// file, undo and redo followed, bad figures refused with nothing changed, read-only respected.

#include "uisupport.h"

#include "evaluationpage.h"
#include "performance.h"

#include <QAction>
#include <QLabel>
#include <QPlainTextEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace fa;
using namespace fa::test::ui;
using Page = fa::ui::EvaluationPage;

namespace {

const std::vector<Evaluation> &evaluations(const Editor &ed)
{
    return ed.document().data().evaluations;
}

Page *openPage(Editor &ed)
{
    Page *page = ed.window->evaluationPage();
    REQUIRE(page != nullptr);
    REQUIRE(ed.window->showPage(QStringLiteral("performance")));
    REQUIRE(ed.window->tabs()->currentWidget() == static_cast<QWidget *>(page));
    return page;
}

QString cell(QTableView *view, int row, int column, int role = Qt::DisplayRole)
{
    return view->model()->data(view->model()->index(row, column), role).toString();
}

// Types `text` into a cell as a person does: the first key on the cell opens its editor, the rest
// go to the editor, then `end` (Return, Escape). Returns the editor when it stayed open (the text
// was refused), else nullptr.
QWidget *typeInto(QTableView *view, int row, int column, const QString &text, Qt::Key end = Qt::Key_Return)
{
    const QModelIndex index = view->model()->index(row, column);
    REQUIRE(index.isValid());
    REQUIRE_FALSE(text.isEmpty());
    view->setFocus();
    view->setCurrentIndex(index);
    auto key = [](QChar c) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            return Qt::Key(Qt::Key_0 + (c.unicode() - '0'));
        if (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            return Qt::Key(Qt::Key_A + (c.unicode() - 'a'));
        if (c == QLatin1Char('.'))
            return Qt::Key_Period;
        if (c == QLatin1Char('-'))
            return Qt::Key_Minus;
        return Qt::Key_unknown; // CJK text comes with the event, as from an input method
    };
    QTest::sendKeyEvent(QTest::Click, view, key(text.at(0)), text.left(1), Qt::NoModifier);
    QWidget *editor = view->indexWidget(index);
    INFO("typing did not open an editor at " << row << "," << column);
    REQUIRE(editor != nullptr);
    for (qsizetype i = 1; i < text.size(); ++i)
        QTest::sendKeyEvent(QTest::Click, editor, key(text.at(i)), text.mid(i, 1), Qt::NoModifier);
    REQUIRE(qobject_cast<QLineEdit *>(editor)->text() == text);
    QTest::keyClick(editor, end);
    // The item delegate commits on Enter through a queued call: let it run.
    QCoreApplication::processEvents();
    return view->indexWidget(index);
}

std::optional<Points> points(const char *text)
{
    return Points::parse(QString::fromLatin1(text));
}

} // namespace

TEST_CASE("ui: the 绩效自评 page lists the document's tables and shows one with its indicators", "[ui][evaluation]")
{
    Editor ed(kBigData);
    Page *page = openPage(ed);
    REQUIRE(evaluations(ed).size() == 15);
    CHECK(page->evaluationCount() == 15);
    CHECK(page->list()->count() == 15);
    CHECK(page->currentEvaluation() == 0);
    CHECK(page->list()->item(0)->text().contains(evaluations(ed)[0].name));
    CHECK(page->nameEdit()->text() == evaluations(ed)[0].name);
    CHECK(page->fundTable()->model()->rowCount() == int(evaluations(ed)[0].funds.size()));
    CHECK(page->indicatorTable()->model()->rowCount() == int(evaluations(ed)[0].indicators.size()));

    REQUIRE(page->showEvaluation(1, 4));
    CHECK(page->currentEvaluation() == 1);
    CHECK(page->list()->currentRow() == 1);
    CHECK(page->nameEdit()->text() == evaluations(ed)[1].name);
    CHECK(page->indicatorTable()->currentIndex().row() == 4);
    CHECK(page->indicatorTable()->selectionModel()->isRowSelected(4, {}));
    CHECK(cell(page->indicatorTable(), 4, Page::Level3) == evaluations(ed)[1].indicators[4].level3);

    // Out of range: nothing changes.
    CHECK_FALSE(page->showEvaluation(15));
    CHECK_FALSE(page->showEvaluation(-1));
    CHECK_FALSE(page->showEvaluation(2, int(evaluations(ed)[2].indicators.size())));
    CHECK(page->currentEvaluation() == 1);
    CHECK(page->indicatorTable()->currentIndex().row() == 4);

    // Clicking another table in the list shows it.
    page->list()->setCurrentRow(3);
    CHECK(page->currentEvaluation() == 3);
    CHECK(page->nameEdit()->text() == evaluations(ed)[3].name);

    // The window's way there, from another tab.
    ed.window->showPage(QStringLiteral("t01"));
    REQUIRE(ed.window->showEvaluation(2, 0));
    CHECK(ed.window->tabs()->currentWidget() == static_cast<QWidget *>(page));
    CHECK(page->currentEvaluation() == 2);
    CHECK(page->indicatorTable()->currentIndex().row() == 0);
    CHECK_FALSE(ed.window->showEvaluation(99));
}

TEST_CASE("ui: 绩效自评 shows what the rules give beside the typed score and marks a typed one they do not allow",
          "[ui][evaluation]")
{
    Editor ed(kBigData);
    Page *page = openPage(ed);
    REQUIRE(page->showEvaluation(0, 5));
    const Indicator &ind = evaluations(ed)[0].indicators[5];
    REQUIRE(ind.level3 == QStringLiteral("外网使用者满意度"));
    REQUIRE(ind.target == QStringLiteral("≥95%"));
    REQUIRE(ind.actual == QStringLiteral("90%"));
    QTableView *view = page->indicatorTable();
    // 5 × 90/95 = 4.7368… → 4.74; 偏差度 (90 − 95) ÷ 95 = −5.26 %.
    CHECK(cell(view, 5, Page::ComputedScore) == QStringLiteral("4.74"));
    CHECK(cell(view, 5, Page::ComputedDeviation) == QStringLiteral("-5.26"));
    CHECK_FALSE(cell(view, 5, Page::ComputedScore, Qt::ToolTipRole).isEmpty());
    CHECK(cell(view, 5, Page::Score) == QStringLiteral("4.74"));
    // Typed as the rules give: not marked.
    const QVariant plain = view->model()->data(view->model()->index(5, Page::Score), Qt::BackgroundRole);
    CHECK_FALSE(plain.isValid());
    CHECK(cell(view, 5, Page::Score, Qt::ToolTipRole).isEmpty());
    // A qualitative target rated 100 %: the full 25.
    CHECK(cell(view, 4, Page::ComputedScore) == QStringLiteral("25.00"));
    // The computed total and grade under the table.
    CHECK(page->computedTotalLabel()->text().contains(QStringLiteral("98.67")));
    CHECK(page->computedGradeLabel()->text().contains(QStringLiteral("优")));
    // The 执行率 of the 年度资金总额 row: 70.20 ÷ 70.70.
    CHECK(cell(page->fundTable(), 0, Page::ComputedRate) == QStringLiteral("99.29%"));
    CHECK(cell(page->fundTable(), 0, Page::ComputedFundScore) == QStringLiteral("9.93"));

    // A typed 得分 the rules do not give is marked, its tooltip saying both.
    typeInto(view, 5, Page::Score, QStringLiteral("5"));
    CHECK(evaluations(ed)[0].indicators[5].score == points("5"));
    CHECK(view->model()->data(view->model()->index(5, Page::Score), Qt::BackgroundRole).isValid());
    const QString tip = cell(view, 5, Page::Score, Qt::ToolTipRole);
    CHECK(tip.contains(QStringLiteral("5")));
    CHECK(tip.contains(QStringLiteral("4.74")));
    CHECK(cell(view, 5, Page::ComputedScore) == QStringLiteral("4.74")); // the rule's score does not move
    CHECK(page->list()->item(0)->text().contains(QStringLiteral("≠")));

    // A band: a qualitative result typed as a band word gives its range.
    typeInto(view, 4, Page::Actual, QStringLiteral("较好"));
    CHECK(evaluations(ed)[0].indicators[4].actual == QStringLiteral("较好"));
    CHECK(cell(view, 4, Page::ComputedScore) == QStringLiteral("20.00–22.49"));
    // Not computable: "—".
    typeInto(view, 4, Page::Actual, QStringLiteral("unclear"));
    CHECK(cell(view, 4, Page::ComputedScore) == QStringLiteral("—"));
    CHECK_FALSE(cell(view, 4, Page::ComputedScore, Qt::ToolTipRole).isEmpty());
    // The total is then a range: that indicator counts as 0 … its 25.
    CHECK(page->computedTotalLabel()->text().contains(QStringLiteral("73.67–98.67")));
}

TEST_CASE("ui: 绩效自评 a typed 得分 is one undo step written to the file, and undo restores it", "[ui][evaluation]")
{
    Editor ed(kBigData);
    Page *page = openPage(ed);
    REQUIRE(page->showEvaluation(0, 5));
    const std::vector<Evaluation> before = evaluations(ed);
    QTableView *view = page->indicatorTable();
    REQUIRE(ed.undoCount() == 0);

    CHECK(typeInto(view, 5, Page::Score, QStringLiteral("4.5")) == nullptr); // accepted: the editor closed
    CHECK(evaluations(ed)[0].indicators[5].score == points("4.50"));
    CHECK(ed.undoCount() == 1);
    CHECK(cell(view, 5, Page::Score) == QStringLiteral("4.5"));
    CHECK(page->messageText().isEmpty());
    // On disk, read back by a fresh open.
    CHECK(readFile(ed.file.path).evaluations[0].indicators[5].score == points("4.50"));
    // Nothing else changed.
    std::vector<Evaluation> expected = before;
    expected[0].indicators[5].score = points("4.50");
    CHECK(evaluations(ed) == expected);

    // Typing into the same cell again joins the same step.
    typeInto(view, 5, Page::Score, QStringLiteral("4.6"));
    CHECK(evaluations(ed)[0].indicators[5].score == points("4.60"));
    CHECK(ed.undoCount() == 1);
    // Another cell is another step.
    typeInto(view, 5, Page::Deviation, QStringLiteral("-5.00"));
    CHECK(evaluations(ed)[0].indicators[5].deviation == QStringLiteral("-5.00"));
    CHECK(ed.undoCount() == 2);
    // The typed 偏差度 is not the computed -5.26: marked.
    CHECK(view->model()->data(view->model()->index(5, Page::Deviation), Qt::BackgroundRole).isValid());

    // Delete empties a cell: one more step.
    view->setFocus();
    view->setCurrentIndex(view->model()->index(5, Page::Reason));
    QTest::keyClick(view, Qt::Key_Delete);
    CHECK(evaluations(ed)[0].indicators[5].reason.isEmpty());
    CHECK(ed.undoCount() == 3);
    ed.window->action(QStringLiteral("undo"))->trigger();
    CHECK(evaluations(ed)[0].indicators[5].reason == before[0].indicators[5].reason);
    CHECK(ed.session()->undoStack()->index() == 2);

    // Leaving a cell being edited writes it too.
    const QModelIndex reason = view->model()->index(4, Page::Reason);
    view->setFocus();
    view->setCurrentIndex(reason);
    QTest::sendKeyEvent(QTest::Click, view, Qt::Key_unknown, QStringLiteral("偏"), Qt::NoModifier);
    REQUIRE(view->indexWidget(reason) != nullptr);
    QTest::sendKeyEvent(QTest::Click, view->indexWidget(reason), Qt::Key_unknown, QStringLiteral("差"), Qt::NoModifier);
    CHECK(evaluations(ed)[0].indicators[4].reason.isEmpty());
    page->nameEdit()->setFocus();
    CHECK(evaluations(ed)[0].indicators[4].reason == QStringLiteral("偏差"));
    CHECK(ed.undoCount() == 3);

    ed.window->action(QStringLiteral("undo"))->trigger();
    ed.window->action(QStringLiteral("undo"))->trigger();
    ed.window->action(QStringLiteral("undo"))->trigger();
    CHECK(evaluations(ed) == before);
    CHECK(readFile(ed.file.path).evaluations == before);
    CHECK(cell(view, 5, Page::Score) == QStringLiteral("4.74"));
    ed.window->action(QStringLiteral("redo"))->trigger();
    CHECK(evaluations(ed)[0].indicators[5].score == points("4.60"));
    CHECK(evaluations(ed)[0].indicators[5].deviation == before[0].indicators[5].deviation);
    CHECK(cell(view, 5, Page::Score) == QStringLiteral("4.6"));
}

TEST_CASE("ui: 绩效自评 adding, removing and moving indicators are one undo step each, undone exactly", "[ui][evaluation]")
{
    Editor ed(kBigData);
    Page *page = openPage(ed);
    REQUIRE(page->showEvaluation(0, 2));
    const std::vector<Evaluation> before = evaluations(ed);
    QTableView *view = page->indicatorTable();
    const Indicator &third = before[0].indicators[2];

    // Added after the current row, with its 一级 and 二级.
    page->addIndicatorButton()->click();
    REQUIRE(evaluations(ed)[0].indicators.size() == before[0].indicators.size() + 1);
    const Indicator &added = evaluations(ed)[0].indicators[3];
    CHECK(added.level1 == third.level1);
    CHECK(added.level2 == third.level2);
    CHECK(added.level3.isEmpty());
    CHECK_FALSE(added.weight.has_value());
    CHECK(evaluations(ed)[0].indicators[4] == before[0].indicators[3]);
    CHECK(ed.undoCount() == 1);
    CHECK(view->currentIndex().row() == 3);
    CHECK(view->model()->rowCount() == int(before[0].indicators.size()) + 1);
    CHECK(cell(view, 3, Page::ComputedScore) == QStringLiteral("—"));
    CHECK(readFile(ed.file.path).evaluations[0].indicators.size() == before[0].indicators.size() + 1);
    ed.window->action(QStringLiteral("undo"))->trigger();
    CHECK(evaluations(ed) == before);
    CHECK(view->model()->rowCount() == int(before[0].indicators.size()));

    // Two selected rows removed in one step.
    view->selectionModel()->clearSelection();
    view->setCurrentIndex(view->model()->index(1, Page::Level3));
    view->selectionModel()->select(view->model()->index(1, Page::Level3), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->select(view->model()->index(2, Page::Level3), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    REQUIRE(page->removeIndicatorButton()->isEnabled());
    page->removeIndicatorButton()->click();
    REQUIRE(evaluations(ed)[0].indicators.size() == before[0].indicators.size() - 2);
    CHECK(evaluations(ed)[0].indicators[1] == before[0].indicators[3]);
    CHECK(ed.undoCount() == 1);
    CHECK(view->model()->rowCount() == int(before[0].indicators.size()) - 2);
    ed.window->action(QStringLiteral("undo"))->trigger();
    CHECK(evaluations(ed) == before);
    CHECK(readFile(ed.file.path).evaluations == before);

    // Moved down one row.
    REQUIRE(page->moveIndicator(0, 1));
    CHECK(evaluations(ed)[0].indicators[0] == before[0].indicators[1]);
    CHECK(evaluations(ed)[0].indicators[1] == before[0].indicators[0]);
    CHECK(ed.undoCount() == 1);
    CHECK_FALSE(page->moveIndicator(0, -1));
    ed.window->action(QStringLiteral("undo"))->trigger();
    CHECK(evaluations(ed) == before);
}

TEST_CASE("ui: 绩效自评 a bad amount or score is refused with nothing changed", "[ui][evaluation]")
{
    Editor ed(kBigData);
    Page *page = openPage(ed);
    REQUIRE(page->showEvaluation(0));
    const std::vector<Evaluation> before = evaluations(ed);
    const QByteArray hash = fileHash(ed.file.path);
    QTableView *funds = page->fundTable();
    REQUIRE(cell(funds, 0, Page::BudgetFull) == QStringLiteral("70.70"));

    for (const QString &bad : {QStringLiteral("abc"), QStringLiteral("1.1234567")}) {
        INFO(bad.toStdString());
        // Enter keeps the editor open with what was typed, and says why.
        QWidget *editor = typeInto(funds, 0, Page::BudgetFull, bad);
        REQUIRE(editor != nullptr);
        CHECK(qobject_cast<QLineEdit *>(editor)->text() == bad);
        CHECK(page->messageText().contains(bad));
        CHECK(evaluations(ed) == before);
        CHECK(ed.undoCount() == 0);
        QTest::keyClick(editor, Qt::Key_Escape);
        CHECK(funds->indexWidget(funds->model()->index(0, Page::BudgetFull)) == nullptr);
        CHECK(cell(funds, 0, Page::BudgetFull) == QStringLiteral("70.70"));
        // Written another way (the cell left with it): refused too.
        CHECK_FALSE(funds->model()->setData(funds->model()->index(0, Page::Executed), bad));
        CHECK(page->messageText().contains(bad));
        CHECK(evaluations(ed) == before);
    }
    // A score with three decimals, and a header figure.
    QWidget *editor = typeInto(page->indicatorTable(), 0, Page::Score, QStringLiteral("9.999"));
    REQUIRE(editor != nullptr);
    QTest::keyClick(editor, Qt::Key_Escape);
    page->totalScoreEdit()->setText(QStringLiteral("x98"));
    emit page->totalScoreEdit()->editingFinished();
    CHECK(page->messageText().contains(QStringLiteral("x98")));
    CHECK(page->totalScoreEdit()->text() == QStringLiteral("x98")); // kept, to be put right
    CHECK(evaluations(ed) == before);
    CHECK(ed.undoCount() == 0);
    CHECK(fileHash(ed.file.path) == hash);

    // Six decimals of 万元 are exact to the 分: accepted.
    CHECK(typeInto(funds, 0, Page::BudgetFull, QStringLiteral("70.123456")) == nullptr);
    CHECK(evaluations(ed)[0].funds[0].budgetFull == Money::fromFen(70123456));
    CHECK(cell(funds, 0, Page::BudgetFull) == QStringLiteral("70.123456"));
    CHECK(ed.undoCount() == 1);
    CHECK(page->messageText().isEmpty());
    CHECK(funds->currentIndex() == funds->model()->index(1, Page::BudgetFull)); // Enter goes down, as in the tables
    // The 执行率 follows: 70.20 ÷ 70.123456.
    CHECK(cell(funds, 0, Page::ComputedRate) == QStringLiteral("100.11%"));
}

TEST_CASE("ui: 绩效自评 header fields are written on Enter, and typed text is written before undo", "[ui][evaluation]")
{
    Editor ed(kBigData);
    Page *page = openPage(ed);
    REQUIRE(page->showEvaluation(1));
    const std::vector<Evaluation> before = evaluations(ed);
    QLineEdit *supervisor = page->supervisorEdit();
    supervisor->setFocus();
    supervisor->selectAll();
    QTest::keyClicks(supervisor, QStringLiteral("ABC"));
    CHECK(evaluations(ed) == before); // not per key
    QTest::keyClick(supervisor, Qt::Key_Return);
    CHECK(evaluations(ed)[1].supervisor == QStringLiteral("ABC"));
    CHECK(ed.undoCount() == 1);
    CHECK(readFile(ed.file.path).evaluations[1].supervisor == QStringLiteral("ABC"));

    // Typed and not yet written: undo writes it first and undoes that.
    QLineEdit *total = page->totalScoreEdit();
    total->setFocus();
    total->selectAll();
    QTest::keyClicks(total, QStringLiteral("90"));
    ed.window->action(QStringLiteral("undo"))->trigger();
    CHECK(evaluations(ed)[1].totalScore == before[1].totalScore);
    CHECK(evaluations(ed)[1].supervisor == QStringLiteral("ABC"));
    CHECK(total->text() == QStringLiteral("96.51"));
    ed.window->action(QStringLiteral("redo"))->trigger();
    CHECK(evaluations(ed)[1].totalScore == points("90"));
    // 90 is not what the rules give (96.51): marked.
    CHECK(page->computedTotalLabel()->text().contains(QStringLiteral("96.51")));
    CHECK_FALSE(total->styleSheet().isEmpty());

    // Undo of a change to another table brings that table up.
    REQUIRE(page->showEvaluation(4));
    ed.window->action(QStringLiteral("undo"))->trigger();
    CHECK(page->currentEvaluation() == 1);
    CHECK(evaluations(ed)[1].totalScore == before[1].totalScore);
}

TEST_CASE("ui: 绩效自评 a project table added and one removed, each one undo step", "[ui][evaluation]")
{
    Editor ed(kCac);
    Page *page = openPage(ed);
    const std::vector<Evaluation> before = evaluations(ed);
    REQUIRE(before.size() == 15);
    REQUIRE(before[0].kind == Evaluation::Kind::Department);
    CHECK(page->list()->item(0)->text().contains(QStringLiteral("部门整体")));
    // The 部门整体 table shows its 年度主要任务.
    CHECK(page->taskTable()->model()->rowCount() == int(before[0].tasks.size()));
    CHECK(cell(page->taskTable(), 0, 0) == QStringLiteral("着力弘扬主旋律"));

    REQUIRE(page->addProjectEvaluation());
    REQUIRE(evaluations(ed).size() == 16);
    CHECK(evaluations(ed)[15].kind == Evaluation::Kind::Project);
    CHECK(evaluations(ed)[15].indicators.empty());
    CHECK(evaluations(ed)[15].funds.size() == 4);
    CHECK(page->currentEvaluation() == 15);
    CHECK(page->list()->count() == 16);
    CHECK(ed.undoCount() == 1);
    ed.window->action(QStringLiteral("undo"))->trigger();
    CHECK(evaluations(ed) == before);
    CHECK(page->list()->count() == 15);
    CHECK(page->currentEvaluation() < 15);

    REQUIRE(page->removeEvaluation(3));
    CHECK(evaluations(ed).size() == 14);
    CHECK(evaluations(ed)[3] == before[4]);
    CHECK(page->currentEvaluation() == 3);
    CHECK(page->nameEdit()->text() == before[4].name);
    CHECK(readFile(ed.file.path).evaluations.size() == 14);
    ed.window->action(QStringLiteral("undo"))->trigger();
    CHECK(evaluations(ed) == before);
    CHECK(readFile(ed.file.path).evaluations == before);
    CHECK(page->currentEvaluation() == 3);
    CHECK(page->nameEdit()->text() == before[3].name);
}

TEST_CASE("ui: 绩效自评 in a read-only session nothing can be changed", "[ui][evaluation]")
{
    Editor ed(kBigData, true);
    REQUIRE(ed.session()->isReadOnly());
    Page *page = openPage(ed);
    REQUIRE(page->showEvaluation(0, 5));
    const std::vector<Evaluation> before = evaluations(ed);
    QTableView *view = page->indicatorTable();
    CHECK_FALSE(view->model()->flags(view->model()->index(5, Page::Score)).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(page->fundTable()->model()->flags(page->fundTable()->model()->index(0, Page::BudgetFull)).testFlag(Qt::ItemIsEditable));
    CHECK(page->nameEdit()->isReadOnly());
    CHECK(page->totalScoreEdit()->isReadOnly());
    CHECK(page->goalExpectedEdit()->isReadOnly());
    CHECK_FALSE(page->addEvaluationButton()->isEnabled());
    CHECK_FALSE(page->removeEvaluationButton()->isEnabled());
    CHECK_FALSE(page->addIndicatorButton()->isEnabled());
    CHECK_FALSE(view->model()->setData(view->model()->index(5, Page::Score), QStringLiteral("3")));
    CHECK_FALSE(page->addIndicator(0));
    CHECK_FALSE(page->removeIndicators({0}));
    CHECK_FALSE(page->addProjectEvaluation());
    CHECK_FALSE(page->removeEvaluation(0));
    view->setFocus();
    view->setCurrentIndex(view->model()->index(5, Page::Score));
    QTest::sendKeyEvent(QTest::Click, view, Qt::Key_3, QStringLiteral("3"), Qt::NoModifier);
    CHECK(view->indexWidget(view->currentIndex()) == nullptr); // typing opens no editor
    CHECK(evaluations(ed) == before);
    CHECK(ed.undoCount() == 0);
    // Still shows what the rules give.
    CHECK(cell(view, 5, Page::ComputedScore) == QStringLiteral("4.74"));
}

TEST_CASE("ui: 绩效自评 with every table removed the page says so, and a new one can be started", "[ui][evaluation]")
{
    Editor ed(kBigData);
    Page *page = openPage(ed);
    const std::vector<Evaluation> before = evaluations(ed);
    while (!evaluations(ed).empty())
        REQUIRE(page->removeEvaluation(0));
    CHECK(page->evaluationCount() == 0);
    CHECK(page->currentEvaluation() == -1);
    CHECK(page->list()->count() == 0);
    CHECK(page->indicatorTable()->model()->rowCount() == 0);
    CHECK_FALSE(page->showEvaluation(0));
    CHECK_FALSE(page->removeEvaluationButton()->isEnabled());
    CHECK(page->addEvaluationButton()->isEnabled());
    REQUIRE(page->addProjectEvaluation());
    CHECK(page->currentEvaluation() == 0);
    REQUIRE(page->addIndicator(-1));
    CHECK(evaluations(ed)[0].indicators.size() == 1);
    CHECK(cell(page->indicatorTable(), 0, Page::ComputedScore) == QStringLiteral("—"));
    // Every step undone: the sample as it was.
    while (ed.session()->undoStack()->canUndo())
        ed.window->action(QStringLiteral("undo"))->trigger();
    CHECK(evaluations(ed) == before);
    CHECK(page->list()->count() == 15);
    CHECK(page->currentEvaluation() >= 0);
}
