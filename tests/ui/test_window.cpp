// The window around the pages: the alert bar for a refused change, the tabs at a small size, the
// checks panel's figures with their units, the 绩效自评 form's text fields at the usual size, and
// the counts page's clear buttons in a read-only document.

#include "uisupport.h"

#include "checkspanel.h"
#include "countspage.h"
#include "evaluationpage.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QTabBar>
#include <QTableView>
#include <QHeaderView>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace fa;
using namespace fa::test::ui;

namespace {

// Lets posted layout requests and resizes run.
void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

// Where a widget is in its window, and its size.
QRect placeInWindow(const QWidget *w)
{
    return QRect(w->mapTo(w->window(), QPoint(0, 0)), w->size());
}

// How much a picture differs from its top-left pixel (the background): the ink of what is drawn.
qint64 ink(const QImage &picture)
{
    const QImage image = picture.convertToFormat(QImage::Format_ARGB32);
    const QRgb bg = image.pixel(0, 0);
    qint64 sum = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = image.pixel(x, y);
            sum += std::abs(qRed(p) - qRed(bg)) + std::abs(qGreen(p) - qGreen(bg)) + std::abs(qBlue(p) - qBlue(bg));
        }
    }
    return sum;
}

} // namespace

TEST_CASE("ui: a refused change is told in a bar over the page that can be closed and goes with the next change", "[ui][alert]")
{
    Editor ed;
    const QString cell = QStringLiteral("t03/2069999/项目支出");
    fa::ui::FormView *view = ed.view(QStringLiteral("t03"));
    fa::ui::TablePage *page = ed.page(QStringLiteral("t03"));
    ed.select(cell);
    settle();
    const QRect before = placeInWindow(page);
    const std::optional<Money> value = ed.value(cell);

    typeText(view, QStringLiteral("99999999999"));
    settle();
    REQUIRE_FALSE(ed.window->alertText().isEmpty());
    CHECK(ed.value(cell) == value);
    // Over the page, which neither moved nor shrank for it; below the tabs, which stay in reach.
    CHECK(placeInWindow(page) == before);
    auto *bar = ed.window->findChild<QWidget *>(QStringLiteral("alertBar"));
    REQUIRE(bar != nullptr);
    CHECK(bar->isVisible());
    const QRect tabs = placeInWindow(ed.window->tabs()->tabBar());
    CHECK(placeInWindow(bar).top() >= tabs.bottom());
    CHECK(placeInWindow(bar).intersects(before));
    CHECK(bar->height() > 0);

    // Closed by its button.
    auto *close = bar->findChild<QToolButton *>(QStringLiteral("alertClose"));
    REQUIRE(close != nullptr);
    CHECK(close->isVisible());
    QTest::mouseClick(close, Qt::LeftButton);
    CHECK(ed.window->alertText().isEmpty());
    CHECK_FALSE(bar->isVisible());

    // Refused again, then a change that goes through: gone.
    ed.select(cell);
    typeText(view, QStringLiteral("99999999999"));
    REQUIRE_FALSE(ed.window->alertText().isEmpty());
    ed.select(cell);
    typeText(view, QStringLiteral("5"));
    CHECK(ed.value(cell) == wan(QStringLiteral("5")));
    CHECK(ed.window->alertText().isEmpty());

    // Refused again, then another page: gone.
    ed.select(cell);
    typeText(view, QStringLiteral("99999999999"));
    REQUIRE_FALSE(ed.window->alertText().isEmpty());
    REQUIRE(ed.window->showPage(QStringLiteral("t04")));
    CHECK(ed.window->alertText().isEmpty());
    settle();
    CHECK(placeInWindow(ed.page(QStringLiteral("t04"))).top() == before.top());
}

TEST_CASE("ui: at a small window the tabs scroll and keep their names whole", "[ui][tabs]")
{
    Editor ed;
    ed.window->resize(800, 500);
    settle();
    QTabBar *bar = ed.window->tabs()->tabBar();
    INFO("window " << ed.window->width() << "x" << ed.window->height() << ", its least " << ed.window->minimumSizeHint().width()
         << ", tabs' least " << ed.window->tabs()->minimumSizeHint().width());
    CHECK(bar->width() <= 800);
    CHECK(bar->usesScrollButtons());
    CHECK(bar->elideMode() == Qt::ElideNone);
    const QFontMetrics fm(bar->font());
    for (int i = 0; i < bar->count(); ++i) {
        INFO(bar->tabText(i).toStdString());
        CHECK(bar->tabRect(i).width() >= fm.horizontalAdvance(bar->tabText(i)));
    }
    // The last tab is brought into view when it is chosen.
    bar->setCurrentIndex(bar->count() - 1);
    settle();
    CHECK(bar->rect().contains(bar->tabRect(bar->count() - 1).center()));
}

TEST_CASE("ui: the checks panel gives every amount its unit, the tables' in the unit shown, the 绩效自评 tables' in 万元",
          "[ui][checks]")
{
    Editor ed(kCac);
    ed.window->action(QStringLiteral("unitYuan"))->trigger();
    fa::ui::ChecksPanel *panel = ed.window->checksPanel();
    QTreeWidget *tree = panel->tree();
    static const QRegularExpression bare(QStringLiteral("^[-−]?[\\d,]+(\\.\\d+)?$"));
    int tableFigures = 0, evaluationMoney = 0;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = tree->topLevelItem(g);
        const int mark = group->data(0, Qt::UserRole).toInt();
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const QString rule = item->toolTip(0).section(QLatin1Char('\n'), -1);
            for (int column : {1, 2}) {
                const QString text = item->text(column);
                INFO(group->text(0).toStdString() << " / " << item->text(0).toStdString() << ": " << text.toStdString());
                if (text.isEmpty())
                    continue;
                if (mark >= 0) { // a table's finding: in 元, as shown
                    CHECK(text.endsWith(QStringLiteral("元")));
                    CHECK_FALSE(text.endsWith(QStringLiteral("万元")));
                    ++tableFigures;
                } else if (mark == -2 && (rule == QStringLiteral("perf.department_total") || rule == QStringLiteral("perf.project_money")
                                          || rule == QStringLiteral("perf.fund_total"))) {
                    CHECK(text.endsWith(QStringLiteral("万元")));
                    ++evaluationMoney;
                } else if (mark == -2 && rule != QStringLiteral("perf.deviation") && rule != QStringLiteral("perf.rate")) {
                    // No other bare number either: a score says 分 (a text's figure is quoted as written).
                    CHECK_FALSE(bare.match(text).hasMatch());
                }
            }
        }
    }
    CHECK(tableFigures > 0);
    CHECK(evaluationMoney > 0);

    // In 万元 the tables' figures say so.
    ed.window->action(QStringLiteral("unitWanyuan"))->trigger();
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = tree->topLevelItem(g);
        if (group->data(0, Qt::UserRole).toInt() < 0)
            continue;
        for (int i = 0; i < group->childCount(); ++i) {
            for (int column : {1, 2}) {
                if (!group->child(i)->text(column).isEmpty())
                    CHECK(group->child(i)->text(column).endsWith(QStringLiteral("万元")));
            }
        }
    }
}

TEST_CASE("ui: the counts page's clear buttons look disabled in a read-only document", "[ui][readonly][counts]")
{
    const QString key = QStringLiteral("三公/国内接待团组");
    auto picture = [&](bool readOnly) {
        Editor ed(kCac, readOnly);
        REQUIRE(ed.window->showPage(QStringLiteral("counts")));
        settle();
        QToolButton *clear = ed.window->countsPage()->clearButton(key);
        REQUIRE(clear != nullptr);
        CHECK(clear->isEnabled() == !readOnly);
        return clear->grab().toImage();
    };
    const qint64 writable = ink(picture(false));
    const qint64 readOnly = ink(picture(true));
    INFO("ink writable " << writable << ", read-only " << readOnly);
    REQUIRE(writable > 0);
    CHECK(readOnly * 2 < writable);
}

TEST_CASE("ui: 绩效自评 at 1280×860 shows the goals' text fields without scrolling, the 绩效指标 below keep their room",
          "[ui][evaluation][layout]")
{
    // The 部门整体 table's 年度履职目标 (a project's 年度总体目标 comes after its 资金管理情况, and
    // is scrolled to at this size).
    {
        const QString sample = kCac;
        const auto kind = Evaluation::Kind::Department;
        Editor ed(sample);
        ed.window->resize(1280, 860);
        settle();
        fa::ui::EvaluationPage *page = ed.window->evaluationPage();
        const auto &tables = ed.document().data().evaluations;
        int evaluation = -1;
        for (int i = 0; i < int(tables.size()) && evaluation < 0; ++i) {
            if (tables[std::size_t(i)].kind == kind && tables[std::size_t(i)].management.empty())
                evaluation = i;
        }
        REQUIRE(evaluation >= 0);
        REQUIRE(ed.window->showPage(QStringLiteral("performance")));
        REQUIRE(page->showEvaluation(evaluation));
        settle();
        auto *scroll = page->findChild<QScrollArea *>();
        REQUIRE(scroll != nullptr);
        INFO(sample.toStdString() << " table " << evaluation << ", the form's pane " << scroll->viewport()->height() << " high");
        for (QPlainTextEdit *goal : {page->goalExpectedEdit(), page->goalActualEdit()}) {
            REQUIRE(goal->isVisible());
            const QRect at(goal->mapTo(scroll->viewport(), QPoint(0, 0)), goal->size());
            CHECK(goal->height() >= 2 * goal->fontMetrics().lineSpacing());
            CHECK(scroll->viewport()->rect().contains(at));
        }
        // The 绩效指标 below still show rows.
        QTableView *indicators = page->indicatorTable();
        CHECK(indicators->viewport()->height() >= 2 * indicators->verticalHeader()->defaultSectionSize());
    }
}
