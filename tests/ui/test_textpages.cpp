// The text pages: 概况 (part 1), 情况说明 (part 3), 名词解释 (part 4) and the counts and notes of
// 情况说明. What is typed there reaches the document as one undo step per change through the
// session, never per keystroke, and every page follows the document when undo and redo (or
// another page) change it.

#include "uisupport.h"

#include "countspage.h"
#include "explanationpage.h"
#include "glossary.h"
#include "glossarypage.h"
#include "narrative.h"
#include "overviewpage.h"
#include "textkeyedit.h"
#include "texts.h"
#include "unitpage.h"

#include <QAction>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolButton>
#include <QUndoStack>

using namespace fa;
using namespace fa::test::ui;

namespace {

// Types `text` into `widget` one character at a time, as key events carrying the text (as an
// input method hands CJK characters over).
void typeChars(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

QString storedText(const Editor &ed, const QString &key)
{
    const auto &texts = ed.document().data().texts;
    const auto it = texts.find(key);
    return it == texts.end() ? QString() : it->second;
}

std::optional<qint64> storedCount(const Editor &ed, const QString &key)
{
    const auto &counts = ed.document().data().counts;
    const auto it = counts.find(key);
    return it == counts.end() ? std::nullopt : std::optional(it->second);
}

// Clicks the first stretch of the view's text that is `text` and a link.
void clickLink(QTextBrowser *browser, const QString &text, int from = 0)
{
    QTextDocument *doc = browser->document();
    for (QTextBlock b = doc->findBlock(from); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.charFormat().isAnchor() && f.text() == text && f.position() >= from) {
                QTextCursor c(doc);
                c.setPosition(f.position() + 1);
                browser->setTextCursor(c);
                browser->ensureCursorVisible();
                const QPoint at = browser->cursorRect(c).center() - QPoint(2, 0);
                QTest::mouseClick(browser->viewport(), Qt::LeftButton, Qt::NoModifier, at);
                return;
            }
        }
    }
    FAIL("no link “" << text.toStdString() << "” in the view");
}

// The line after the one that starts with `title` (the view puts links after a title).
QString sectionLine(const QString &text, const QString &title)
{
    const QStringList lines = text.split(QChar(QChar::ParagraphSeparator)).join(QLatin1Char('\n')).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (lines[i].startsWith(title))
            return lines[i + 1];
    }
    return {};
}

} // namespace

TEST_CASE("ui: 概况 typed text is written when the field is left, not per key, and undo restores it", "[ui][textpages]")
{
    Editor ed(kCac);
    fa::ui::OverviewPage *page = ed.window->overviewPage();
    REQUIRE(page != nullptr);
    CHECK(page->dutiesLabel() == QStringLiteral("部门职责")); // the sample is a 部门
    const QString key = QStringLiteral("overview/organisation");
    const QString before = storedText(ed, key);
    REQUIRE_FALSE(before.isEmpty());
    REQUIRE(ed.window->showPage(QStringLiteral("overview")));
    fa::ui::TextKeyEdit *edit = page->organisationEdit();
    CHECK(edit->toPlainText() == before);

    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Return);
    typeChars(edit, QStringLiteral("新设数据安全科。"));
    // Nothing is written while typing.
    CHECK(storedText(ed, key) == before);
    CHECK(ed.undoCount() == 0);
    CHECK(edit->isPending());

    page->dutiesEdit()->setFocus(); // leaving the field writes it
    const QString after = before + QStringLiteral("\n新设数据安全科。");
    CHECK(storedText(ed, key) == after);
    CHECK(ed.undoCount() == 1);
    CHECK(readFile(ed.file.path).texts.at(key) == after);

    ed.select(QStringLiteral("t09/预算/公务接待费"));
    ed.window->action(QStringLiteral("undo"))->trigger();
    CHECK(storedText(ed, key) == before);
    CHECK(edit->toPlainText() == before); // the page follows the undo
    CHECK(ed.window->tabs()->currentWidget() == static_cast<QWidget *>(page));
    CHECK(readFile(ed.file.path).texts.at(key) == before);
    ed.window->action(QStringLiteral("redo"))->trigger();
    CHECK(storedText(ed, key) == after);
    CHECK(edit->toPlainText() == after);
}

TEST_CASE("ui: 概况 is written after a pause in typing, and more typing joins the same undo step", "[ui][textpages]")
{
    Editor ed(kBigData);
    fa::ui::OverviewPage *page = ed.window->overviewPage();
    CHECK(page->dutiesLabel() == QStringLiteral("单位职责")); // the sample is a 单位
    const QString key = QStringLiteral("overview/duties");
    const QString before = storedText(ed, key);
    ed.window->showPage(QStringLiteral("overview"));
    fa::ui::TextKeyEdit *edit = page->dutiesEdit();
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_End, Qt::ControlModifier);
    typeChars(edit, QStringLiteral("甲"));
    CHECK(storedText(ed, key) == before);
    QTRY_COMPARE_WITH_TIMEOUT(storedText(ed, key), before + QStringLiteral("甲"), fa::ui::TextKeyEdit::kIdleMs + 3000);
    CHECK(edit->hasFocus());
    typeChars(edit, QStringLiteral("乙"));
    // Undo right after typing undoes the typing, not what came before it.
    ed.window->action(QStringLiteral("undo"))->trigger();
    CHECK(storedText(ed, key) == before);
    CHECK(edit->toPlainText() == before);
    CHECK(ed.undoCount() == 1);
    ed.window->action(QStringLiteral("redo"))->trigger();
    CHECK(storedText(ed, key) == before + QStringLiteral("甲乙"));
}

TEST_CASE("ui: 情况说明 shows the generated sentences with marked figures and follows a cell edit", "[ui][textpages]")
{
    Editor ed(kCac);
    fa::ui::ExplanationPage *page = ed.window->explanationPage();
    REQUIRE(page != nullptr);
    REQUIRE(ed.window->showPage(QStringLiteral("explanation")));
    const QString text = page->text();
    // §三 as the seed prints it (the sample's keyed 万元 figures add up to 520.61: a 尾差).
    const QString section3 = sectionLine(text, QStringLiteral("三、支出决算情况说明"));
    CHECK(section3.contains(QStringLiteral("其中：基本支出520.61万元，占64.80%；项目支出282.83万元，占35.20%")));
    CHECK(text == page->browser()->toPlainText());
    // Figures are marked: 64.80 has the figures' background, the words around it have none.
    const int at = page->browser()->document()->toPlainText().indexOf(QStringLiteral("64.80"));
    REQUIRE(at > 0);
    QTextCursor c(page->browser()->document());
    c.setPosition(at + 1);
    CHECK(c.charFormat().background().style() != Qt::NoBrush);
    c.setPosition(at - 1);
    CHECK(c.charFormat().background().style() == Qt::NoBrush);

    // A cell edit through the session changes the text (and keeps the view where it was).
    page->browser()->verticalScrollBar()->setValue(page->browser()->verticalScrollBar()->maximum() / 2);
    const int scroll = page->browser()->verticalScrollBar()->value();
    REQUIRE(scroll > 0);
    const QString cell = QStringLiteral("t05/2013701/基本支出");
    REQUIRE(ed.value(cell).has_value());
    REQUIRE(ed.session()->apply({Edit::setValue(cell, wan(QStringLiteral("500")))}, QStringLiteral("test"), {}));
    const QString changed = page->text();
    CHECK(changed != text);
    for (const ExplanationSection &s : explanation(ed.document())) {
        for (const Paragraph &p : s.paragraphs)
            CHECK(changed.contains(p.text()));
    }
    CHECK(page->browser()->verticalScrollBar()->value() == scroll);
    // §三 follows 03表: typed into the table as a person does.
    const QString t03 = QStringLiteral("t03/2013701/基本支出");
    REQUIRE(ed.value(t03).has_value());
    ed.select(t03);
    typeText(ed.view(QStringLiteral("t03")), QStringLiteral("600"));
    ed.window->showPage(QStringLiteral("explanation"));
    CHECK_FALSE(sectionLine(page->text(), QStringLiteral("三、支出决算情况说明")).contains(QStringLiteral("占64.80%")));
    ed.window->action(QStringLiteral("undo"))->trigger();
    ed.window->action(QStringLiteral("undo"))->trigger();
    ed.window->showPage(QStringLiteral("explanation"));
    CHECK(page->text() == text);
}

TEST_CASE("ui: 情况说明 amounts link to their cells and showParagraph highlights a paragraph", "[ui][textpages]")
{
    Editor ed(kCac);
    fa::ui::ExplanationPage *page = ed.window->explanationPage();
    ed.window->showPage(QStringLiteral("explanation"));
    QSignalSpy jumps(page, &fa::ui::ExplanationPage::gotoRequested);
    const int section3 = page->text().indexOf(QStringLiteral("三、支出决算情况说明"));
    REQUIRE(section3 > 0);
    clickLink(page->browser(), QStringLiteral("520.61"), section3);
    REQUIRE(jumps.count() == 1);
    const QString address = jumps.at(0).at(0).toString();
    CHECK_FALSE(ed.currentTable().isEmpty());
    CHECK(ed.currentAddress() == address);
    CHECK(ed.shown(address) == QStringLiteral("520.61"));

    ed.window->showPage(QStringLiteral("explanation"));
    CHECK_FALSE(page->showParagraph(3, 99));
    CHECK_FALSE(page->showParagraph(14, 0));
    REQUIRE(page->showParagraph(12, 0));
    CHECK(page->highlighted() == std::pair(12, 0));
    const auto selections = page->browser()->extraSelections();
    REQUIRE(selections.size() == 1);
    CHECK(page->sectionAt(selections.front().cursor.selectionStart()) == 12);
    CHECK(page->browser()->verticalScrollBar()->value() > 0);
    // The highlighted paragraph is in view.
    const QRect r = page->browser()->cursorRect(selections.front().cursor);
    CHECK(page->browser()->viewport()->rect().intersects(r));
}

TEST_CASE("ui: 情况说明 a section written by hand and given back to the generator", "[ui][textpages]")
{
    Editor ed(kCac);
    fa::ui::ExplanationPage *page = ed.window->explanationPage();
    ed.window->showPage(QStringLiteral("explanation"));
    const QString key = sectionTextKey(3);
    const QString generated = generatedSection(ed.document(), 3).text().trimmed();
    REQUIRE_FALSE(generated.isEmpty());
    REQUIRE(storedText(ed, key).isEmpty());

    // The link beside §三's title.
    clickLink(page->browser(), QStringLiteral("Write it by hand"), page->text().indexOf(QStringLiteral("三、支出决算情况说明")));
    CHECK(storedText(ed, key) == generated);
    CHECK(ed.undoCount() == 1);
    REQUIRE(page->editedSection() == 3);
    fa::ui::TextKeyEdit *editor = page->sectionEditor();
    CHECK(editor->key() == key);
    CHECK(editor->toPlainText() == generated);
    CHECK(page->text().contains(QStringLiteral("by hand")));

    // Typed in the editor, shown in the view.
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(editor, Qt::Key_Return);
    typeChars(editor, QStringLiteral("支出结构合理。"));
    page->browser()->setFocus();
    CHECK(storedText(ed, key) == generated + QStringLiteral("\n支出结构合理。"));
    CHECK(page->text().contains(QStringLiteral("支出结构合理。")));
    CHECK(ed.undoCount() == 2);

    REQUIRE(page->restoreGenerated(3));
    CHECK(storedText(ed, key).isEmpty());
    CHECK(ed.document().data().texts.count(key) == 0);
    CHECK(page->editedSection() == 0);
    CHECK_FALSE(page->text().contains(QStringLiteral("支出结构合理。")));
    CHECK(ed.undoCount() == 3);
    ed.window->action(QStringLiteral("undo"))->trigger();
    CHECK(storedText(ed, key) == generated + QStringLiteral("\n支出结构合理。"));
    ed.window->showPage(QStringLiteral("explanation"));
    CHECK(page->text().contains(QStringLiteral("支出结构合理。")));
}

TEST_CASE("ui: 情况说明 a typed reason is shown in its own colour and edited by key", "[ui][textpages]")
{
    Editor ed(kCac);
    fa::ui::ExplanationPage *page = ed.window->explanationPage();
    ed.window->showPage(QStringLiteral("explanation"));
    const QString key = QStringLiteral("reason/t09/公务接待费");
    const QString reason = storedText(ed, key);
    REQUIRE_FALSE(reason.isEmpty());
    const int at = page->text().indexOf(reason.left(6));
    REQUIRE(at > 0);
    QTextCursor c(page->browser()->document());
    c.setPosition(at + 1);
    CHECK(c.charFormat().isAnchor());
    CHECK(c.charFormat().foreground().color() != page->browser()->palette().text().color());
    REQUIRE(page->setText(key, QStringLiteral("  接待任务减少。 ")));
    CHECK(storedText(ed, key) == QStringLiteral("接待任务减少。"));
    CHECK(page->text().contains(QStringLiteral("接待任务减少。")));
    ed.window->action(QStringLiteral("undo"))->trigger();
    CHECK(storedText(ed, key) == reason);
}

TEST_CASE("ui: 名词解释 marks a 项 without a definition and keeps an edited one under glossary/<code>", "[ui][textpages]")
{
    Editor ed(kCac);
    // A 项 of the catalogue without a shipped definition, added to 05表.
    QString code;
    for (const auto &e : ed.document().templ().functions.entries()) {
        if (functionCodeLevel(e.code) == SubjectLevel::Item && !itemDefinition(e.code)
            && !ed.document().data().subjectRows.at(QStringLiteral("t05")).count(e.code)) {
            code = e.code;
            break;
        }
    }
    REQUIRE_FALSE(code.isEmpty());
    fa::ui::GlossaryPage *page = ed.window->glossaryPage();
    REQUIRE(page != nullptr);
    ed.window->showPage(QStringLiteral("glossary"));
    auto entryOf = [&]() -> int {
        const auto &entries = page->entries();
        for (std::size_t i = 0; i < entries.size(); ++i) {
            if (entries[i].code == code)
                return int(i);
        }
        return -1;
    };
    CHECK(entryOf() == -1);
    REQUIRE(ed.session()->apply({Edit::addRow(QStringLiteral("t05"), code)}, QStringLiteral("add"), {}));
    const int entry = entryOf();
    REQUIRE(entry >= 0);
    CHECK(page->entries()[std::size_t(entry)].placeholder);
    const int row = page->rowOf(entry);
    REQUIRE(row >= 0);
    CHECK(page->table()->item(row, 1)->text() == glossaryPlaceholder());
    CHECK(page->table()->item(row, 1)->background().color() == QColor(0xff, 0xd8, 0xa8));

    REQUIRE(page->editItem(code));
    fa::ui::TextKeyEdit *edit = page->definitionEdit();
    CHECK(edit->key() == glossaryTextKey(code));
    CHECK(edit->toPlainText().isEmpty());
    CHECK_FALSE(edit->isReadOnly());
    typeChars(edit, QStringLiteral("反映其他支出。"));
    page->table()->setFocus();
    CHECK(storedText(ed, glossaryTextKey(code)) == QStringLiteral("反映其他支出。"));
    CHECK_FALSE(page->entries()[std::size_t(entryOf())].placeholder);
    CHECK(page->table()->item(page->rowOf(entryOf()), 1)->text() == QStringLiteral("反映其他支出。"));

    // Emptied: the document's own text goes and the entry is a placeholder again.
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    page->table()->setFocus();
    CHECK(ed.document().data().texts.count(glossaryTextKey(code)) == 0);
    CHECK(page->entries()[std::size_t(entryOf())].placeholder);
    ed.window->action(QStringLiteral("undo"))->trigger();
    CHECK(storedText(ed, glossaryTextKey(code)) == QStringLiteral("反映其他支出。"));
}

TEST_CASE("ui: 名词解释 a shipped definition typed unchanged stores nothing, changed it is the document's own", "[ui][textpages]")
{
    Editor ed(kCac);
    fa::ui::GlossaryPage *page = ed.window->glossaryPage();
    ed.window->showPage(QStringLiteral("glossary"));
    QString code;
    for (const GlossaryEntry &e : page->entries()) {
        if (!e.code.isEmpty() && !e.placeholder && itemDefinition(e.code)) {
            code = e.code;
            break;
        }
    }
    REQUIRE_FALSE(code.isEmpty());
    REQUIRE(page->editItem(code));
    fa::ui::TextKeyEdit *edit = page->definitionEdit();
    CHECK(edit->toPlainText() == *itemDefinition(code));
    page->table()->setFocus();
    CHECK(ed.undoCount() == 0);
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_End, Qt::ControlModifier);
    typeChars(edit, QStringLiteral("另"));
    page->table()->setFocus();
    CHECK(storedText(ed, glossaryTextKey(code)) == *itemDefinition(code) + QStringLiteral("另"));
}

TEST_CASE("ui: a count is written on Enter, not per key, cleared apart from 0, and undone", "[ui][textpages]")
{
    Editor ed(kCac);
    fa::ui::CountsPage *page = ed.window->countsPage();
    REQUIRE(page != nullptr);
    ed.window->showPage(QStringLiteral("counts"));
    // Every count key has a spin box.
    for (const QString &k : knownCountKeys())
        CHECK(page->spinBox(k) != nullptr);
    const QString key = QStringLiteral("三公/国内接待团组");
    REQUIRE(storedCount(ed, key) == 20);
    QSpinBox *spin = page->spinBox(key);
    CHECK(spin->value() == 20);
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, QStringLiteral("25"));
    CHECK(storedCount(ed, key) == 20);
    QTest::keyClick(spin, Qt::Key_Return);
    CHECK(storedCount(ed, key) == 25);
    CHECK(ed.undoCount() == 1);
    CHECK(readFile(ed.file.path).counts.at(key) == 25);

    ed.window->action(QStringLiteral("undo"))->trigger();
    CHECK(storedCount(ed, key) == 20);
    CHECK(spin->value() == 20);
    CHECK(ed.window->tabs()->currentWidget() == static_cast<QWidget *>(page));

    // Cleared: not given (left out), which is not 0.
    page->clearButton(key)->click();
    CHECK(storedCount(ed, key) == std::nullopt);
    CHECK(spin->text() == QStringLiteral("not given"));
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_Up);
    CHECK(storedCount(ed, key) == 0);
    CHECK(spin->text() == QStringLiteral("0"));
    ed.window->action(QStringLiteral("undo"))->trigger();
    ed.window->action(QStringLiteral("undo"))->trigger();
    CHECK(storedCount(ed, key) == 20);
}

TEST_CASE("ui: every text key has an editor on some page", "[ui][textpages]")
{
    Editor ed(kCac);
    fa::ui::CountsPage *counts = ed.window->countsPage();
    for (const QString &k : {QStringLiteral("reason/t09/合计"), QStringLiteral("reason/t09/因公出国（境）费"),
                             QStringLiteral("reason/t09/公务用车购置及运行维护费小计"), QStringLiteral("reason/t09/公务接待费"),
                             QStringLiteral("note/三公/公务用车运行维护"), QStringLiteral("note/三公/国内接待"),
                             QStringLiteral("note/国有资产/其他用车"), QStringLiteral("performance/management"),
                             QStringLiteral("performance/prior"), QStringLiteral("performance/projects"),
                             QStringLiteral("performance/evaluation")}) {
        INFO(k.toStdString());
        REQUIRE(isKnownTextKey(k));
        REQUIRE(counts->textEdit(k) != nullptr);
        CHECK(counts->textEdit(k)->toPlainText() == storedText(ed, k));
    }
    fa::ui::TextKeyEdit *edit = counts->textEdit(QStringLiteral("note/国有资产/其他用车"));
    ed.window->showPage(QStringLiteral("counts"));
    edit->setFocus();
    typeChars(edit, QStringLiteral("巡查用车"));
    counts->spinBox(QStringLiteral("绩效/优"))->setFocus();
    CHECK(storedText(ed, QStringLiteral("note/国有资产/其他用车")) == QStringLiteral("巡查用车"));
}

TEST_CASE("ui: the text pages of a read-only document show and refuse edits", "[ui][textpages][readonly]")
{
    Editor ed(kCac, true);
    REQUIRE(ed.session()->isReadOnly());
    CHECK(ed.window->overviewPage()->dutiesEdit()->isReadOnly());
    CHECK(ed.window->overviewPage()->organisationEdit()->isReadOnly());
    CHECK_FALSE(ed.window->countsPage()->spinBox(QStringLiteral("三公/国内接待团组"))->isEnabled());
    CHECK_FALSE(ed.window->countsPage()->clearButton(QStringLiteral("三公/国内接待团组"))->isEnabled());
    CHECK(ed.window->countsPage()->textEdit(QStringLiteral("performance/prior"))->isReadOnly());

    fa::ui::ExplanationPage *page = ed.window->explanationPage();
    ed.window->showPage(QStringLiteral("explanation"));
    CHECK(page->text().contains(QStringLiteral("64.80%")));
    CHECK_FALSE(page->text().contains(QStringLiteral("Write it by hand")));
    CHECK_FALSE(page->writeByHand(3));
    CHECK_FALSE(page->setText(QStringLiteral("reason/t09/合计"), QStringLiteral("x")));

    fa::ui::GlossaryPage *glossary = ed.window->glossaryPage();
    ed.window->showPage(QStringLiteral("glossary"));
    QString code;
    for (const GlossaryEntry &e : glossary->entries()) {
        if (!e.code.isEmpty())
            code = e.code;
    }
    REQUIRE(glossary->editItem(code));
    CHECK(glossary->definitionEdit()->isReadOnly());

    fa::ui::TextKeyEdit *edit = ed.window->overviewPage()->dutiesEdit();
    ed.window->showPage(QStringLiteral("overview"));
    edit->setFocus();
    typeChars(edit, QStringLiteral("甲"));
    ed.window->overviewPage()->organisationEdit()->setFocus();
    CHECK(ed.undoCount() == 0);
    CHECK_FALSE(storedText(ed, QStringLiteral("overview/duties")).contains(QStringLiteral("甲")));
}

TEST_CASE("ui: the unpublished 补充数据 table comes after the nine tables, then the text pages", "[ui][textpages]")
{
    Editor ed(kCac);
    QTabWidget *tabs = ed.window->tabs();
    for (int i = 0; i < 9; ++i) {
        INFO(i);
        // "01表 收入支出决算总表" when every tab fits so, else "01表".
        CHECK(tabs->tabText(i).startsWith(QStringLiteral("0%1表").arg(i + 1)));
        CHECK(tabs->tabToolTip(i).startsWith(QStringLiteral("公开0%1表 ").arg(i + 1)));
    }
    CHECK(tabs->tabText(9) == QStringLiteral("补充数据"));
    CHECK(tabs->widget(9) == static_cast<QWidget *>(ed.page(QStringLiteral("x01"))));
    CHECK(tabs->tabToolTip(9).contains(QStringLiteral("情况说明补充数据")));
    CHECK(tabs->indexOf(ed.window->countsPage()) == 10);
    CHECK(tabs->tabText(11) == QStringLiteral("概况"));
    CHECK(tabs->tabText(12) == QStringLiteral("情况说明"));
    CHECK(tabs->tabText(13) == QStringLiteral("名词解释"));
    CHECK(tabs->widget(tabs->count() - 1) == static_cast<QWidget *>(ed.window->unitPage()));
    CHECK(ed.window->showPage(QStringLiteral("情况说明")));
    CHECK(tabs->currentWidget() == static_cast<QWidget *>(ed.window->explanationPage()));
    CHECK_FALSE(ed.window->showPage(QStringLiteral("nowhere")));
}
