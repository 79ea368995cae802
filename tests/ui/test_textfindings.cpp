// The contradiction finder in the editor: its findings in the checks panel, their own group, kept
// current a moment after a change, and a finding shows its sentence (and from there its cell).

#include "uisupport.h"

#include "checkspanel.h"
#include "evaluationpage.h"
#include "explanationpage.h"
#include "narrative.h"
#include "performance.h"
#include "texts.h"

#include <QUndoStack>

#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>

using namespace fa;
using namespace fa::test::ui;

namespace {

// The group of a special kind (-1: the texts, -2: the 绩效自评 tables), after the tables' groups.
QTreeWidgetItem *specialGroup(fa::ui::ChecksPanel *panel, int mark)
{
    QTreeWidget *tree = panel->tree();
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = tree->topLevelItem(i);
        if (group->data(0, Qt::UserRole).toInt() == mark && group->text(0).contains(QStringLiteral("(")))
            return group;
    }
    return nullptr;
}

QTreeWidgetItem *textGroup(fa::ui::ChecksPanel *panel) { return specialGroup(panel, -1); }

} // namespace

TEST_CASE("ui: a text that contradicts the tables is listed, shows its sentence, and goes when put right", "[ui][textfindings]")
{
    Editor ed(kCac);
    fa::ui::ChecksPanel *panel = ed.window->checksPanel();
    REQUIRE(ed.session()->textFindings().empty());
    // A 绩效 paragraph typed with a figure its 绩效自评 table does not have: 会议费 spent 1.88万元.
    const QString key = QStringLiteral("performance/projects");
    const QString words = ed.document().data().texts.at(key) + QStringLiteral("\n会议费项目全年执行数1.99万元。");
    REQUIRE(ed.session()->apply({Edit::setText(key, words)}, QStringLiteral("type"), {}));
    ed.session()->refreshTextFindings();
    REQUIRE(ed.session()->textFindings().size() == 1);
    QTreeWidgetItem *group = textGroup(panel);
    REQUIRE(group);
    REQUIRE(group->childCount() == 1);
    QTreeWidgetItem *item = group->child(0);
    CHECK(item->text(2) == QStringLiteral("1.99万元"));
    CHECK(item->text(1) == QStringLiteral("1.88万元"));
    CHECK(panel->textCount() == 1);

    // Activating it shows the 情况说明 page with the paragraph highlighted.
    int paragraph = -1;
    const ExplanationSection s13 = explanation(ed.document())[12];
    for (int i = 0; i < int(s13.paragraphs.size()); ++i)
        if (s13.paragraphs[std::size_t(i)].text().contains(QStringLiteral("1.99万元")))
            paragraph = i;
    REQUIRE(paragraph >= 0);
    emit panel->tree()->itemActivated(item, 0);
    auto *tabs = ed.window->findChild<QTabWidget *>();
    REQUIRE(tabs);
    CHECK(tabs->currentWidget() == ed.window->explanationPage());
    CHECK(ed.window->explanationPage()->highlighted() == std::pair<int, int>{13, paragraph});

    // The table put to 1.99: after the pause the finding goes, and the group with it.
    std::vector<Evaluation> tables = ed.document().data().evaluations;
    bool found = false;
    for (Evaluation &e : tables) {
        if (!e.name.startsWith(QStringLiteral("会议费")))
            continue;
        e.funds[0].executed = e.funds[1].executed = *Money::parse(QStringLiteral("1.99"), AmountUnit::Wanyuan).value;
        found = true;
    }
    REQUIRE(found);
    QSignalSpy spy(ed.session(), &fa::ui::DocumentSession::textFindingsChanged);
    REQUIRE(ed.session()->apply({Edit::setEvaluations(tables)}, QStringLiteral("table"), {}));
    CHECK(ed.session()->textFindings().size() == 1); // not on the keystroke itself
    REQUIRE(spy.wait(3000));
    CHECK(ed.session()->textFindings().empty());
    CHECK(textGroup(panel) == nullptr);

    // Undo brings it back.
    ed.session()->undoStack()->undo();
    ed.session()->refreshTextFindings();
    REQUIRE(textGroup(panel));
    CHECK(textGroup(panel)->childCount() == 1);
}

TEST_CASE("ui: a typed section that a cell edit makes wrong gets a finding with both values", "[ui][textfindings]")
{
    Editor ed(kCac);
    const QString generated = generatedSection(ed.document(), 3).text();
    REQUIRE(ed.session()->apply({Edit::setText(sectionTextKey(3), generated)}, QStringLiteral("type §三"), {}));
    ed.session()->refreshTextFindings();
    for (const TextFinding &f : ed.session()->textFindings())
        CHECK(f.section != 3);
    // 03表 2013304 项目支出 90.00 → 95.00: §三's 项目支出 and 支出合计 no longer agree with the typed text.
    REQUIRE(ed.session()->apply({Edit::setValue(QStringLiteral("t03/2013304/项目支出"),
                                                *Money::parse(QStringLiteral("95"), AmountUnit::Wanyuan).value)},
                                QStringLiteral("edit"), {}));
    ed.session()->refreshTextFindings();
    bool total = false, project = false;
    for (const TextFinding &f : ed.session()->textFindings()) {
        if (f.section != 3)
            continue;
        total = total || (f.found == QStringLiteral("803.44万元") && f.expected == QStringLiteral("808.44万元"));
        project = project || (f.found == QStringLiteral("282.83万元") && f.expected == QStringLiteral("287.83万元"));
    }
    CHECK(total);
    CHECK(project);
    CHECK(textGroup(ed.window->checksPanel()));
}

TEST_CASE("ui: the 绩效自评 tables' findings have their own group, jump to their indicator and follow the tables", "[ui][textfindings]")
{
    Editor ed(kCac);
    fa::ui::ChecksPanel *panel = ed.window->checksPanel();
    // Seed 000's tables: 21 figures the rules or the other tables disagree with
    // (tests/core/test_evaluationcheck.cpp lists them with their reasons).
    REQUIRE(ed.session()->evaluationFindings().size() == 21);
    QTreeWidgetItem *group = specialGroup(panel, -2);
    REQUIRE(group);
    CHECK(group->childCount() == 21);
    CHECK(panel->evaluationCount() == 21);
    // After the tables' groups and the texts' one.
    CHECK(panel->tree()->indexOfTopLevelItem(group) == panel->tree()->topLevelItemCount() - 1);

    // 接待费 (evaluation 6): 接待媒体数量 (indicator 2) typed 6 of 10 though met.
    QTreeWidgetItem *item = nullptr;
    for (int i = 0; i < group->childCount(); ++i) {
        QTreeWidgetItem *c = group->child(i);
        if (c->text(3).contains(QStringLiteral("接待媒体数量")) && c->text(2) == QStringLiteral("6.00分"))
            item = c;
    }
    REQUIRE(item);
    CHECK(item->text(1) == QStringLiteral("10.00分"));
    QSignalSpy jump(panel, &fa::ui::ChecksPanel::evaluationJumpRequested);
    emit panel->tree()->itemActivated(item, 0);
    REQUIRE(jump.size() == 1);
    CHECK(jump.at(0).at(0).toInt() == 6);
    CHECK(jump.at(0).at(1).toInt() == 2);
    // The window shows that table on the 绩效自评 page, the indicator selected.
    auto *tabs = ed.window->findChild<QTabWidget *>();
    REQUIRE(tabs);
    CHECK(tabs->currentWidget() == ed.window->evaluationPage());
    CHECK(ed.window->evaluationPage()->currentEvaluation() == 6);
    CHECK(ed.window->evaluationPage()->indicatorTable()->currentIndex().row() == 2);

    // The score put right (and the 总分 with it): those findings go once the pause is over.
    std::vector<Evaluation> tables = ed.document().data().evaluations;
    tables[6].indicators[2].score = Points::fromWhole(10);
    tables[6].indicators[2].deviation = QStringLiteral("0.00");
    tables[6].totalScore = Points::fromWhole(98);
    QSignalSpy spy(ed.session(), &fa::ui::DocumentSession::evaluationFindingsChanged);
    REQUIRE(ed.session()->apply({Edit::setEvaluations(tables)}, QStringLiteral("table"), {}));
    REQUIRE(spy.wait(3000));
    CHECK(ed.session()->evaluationFindings().size() == 18);
    CHECK(specialGroup(panel, -2)->childCount() == 18);
    // The status bar counts them: warnings of the tables, the texts and the 绩效自评 tables.
    const fa::ui::DocumentSession &s = *ed.session();
    CHECK(s.evaluationCount(Severity::Warning) + s.evaluationCount(Severity::Rounding) == 18);
}
