// What a person types: amounts as Excel and WPS users write them are taken exactly, anything else
// is refused with a message and the cell keeps its value; a file that refuses a change leaves
// the form showing what the file holds.

#include "uisupport.h"

#include "documentfile.h"
#include "store.h"

#include <QAction>
#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace fa;
using namespace fa::test::ui;

namespace {
const QString kCell = QStringLiteral("t03/2069999/项目支出"); // 490.30 万元
}

TEST_CASE("ui: text that is not an amount is refused with a message and the old value kept", "[ui][input]")
{
    Editor ed;
    fa::ui::FormView *view = ed.view(QStringLiteral("t03"));
    fa::ui::SheetModel *model = ed.model(QStringLiteral("t03"));
    QSignalSpy messages(model, &fa::ui::SheetModel::message);
    const DocumentData before = ed.document().data();

    auto refused = [&](const QString &text) {
        INFO(text.toStdString());
        messages.clear();
        ed.select(kCell);
        const QModelIndex at = view->currentIndex();
        typeText(view, text);
        CHECK(ed.value(kCell) == wan(QStringLiteral("490.30")));
        CHECK(ed.shown(kCell) == QStringLiteral("490.30"));
        REQUIRE(messages.count() == 1);
        CHECK_FALSE(messages.at(0).at(0).toString().isEmpty());
        CHECK(ed.window->statusText() == messages.at(0).at(0).toString());
        // The cell stays current, for typing again.
        CHECK(view->currentIndex() == at);
        CHECK(ed.undoCount() == 0);
        // setData says no too.
        CHECK_FALSE(model->setData(ed.index(kCell), text));
    };

    SECTION("letters")
    {
        refused(QStringLiteral("abc"));
        CHECK(messages.at(0).at(0).toString().contains(QStringLiteral("abc")));
    }
    SECTION("more decimals than 分 in 万元")
    {
        refused(QStringLiteral("1.2345678"));
    }
    SECTION("more decimals than 分 in 元")
    {
        ed.window->action(QStringLiteral("unitYuan"))->trigger();
        REQUIRE(ed.session()->shownUnit() == AmountUnit::Yuan);
        messages.clear();
        ed.select(kCell);
        typeText(view, QStringLiteral("1.234"));
        CHECK(ed.value(kCell) == wan(QStringLiteral("490.30")));
        CHECK(ed.shown(kCell) == QStringLiteral("4,903,000.00"));
        CHECK(messages.count() == 1);
    }
    SECTION("two amounts")
    {
        refused(QStringLiteral("1 2"));
    }
    CHECK(differences(before, ed.document().data()) == QString());
}

TEST_CASE("ui: amounts typed as people write them are taken exactly", "[ui][input]")
{
    Editor ed;
    fa::ui::FormView *view = ed.view(QStringLiteral("t03"));
    fa::ui::SheetModel *model = ed.model(QStringLiteral("t03"));
    QSignalSpy messages(model, &fa::ui::SheetModel::message);

    struct Case {
        QString typed;
        qint64 fen;
    };
    const Case cases[] = {
        {QStringLiteral("1.234567"), 1234567},                                  // 万元 to the 分: exact 元
        {QStringLiteral("１，２３４．５０"), 1234500000},                        // full width
        {QStringLiteral("（1,234.50）"), -1234500000},                           // an accounting negative
        {QStringLiteral("(12)"), -12000000},
        {QStringLiteral("1,234"), 1234000000},
        {QStringLiteral("7"), 7000000},
        {QStringLiteral("1234元"), 123400},                                      // a unit typed after it
    };
    for (const Case &c : cases) {
        INFO(c.typed.toStdString());
        ed.select(kCell);
        typeText(view, c.typed);
        CHECK(ed.value(kCell) == Money::fromFen(c.fen));
        CHECK(messages.isEmpty());
    }
    // One cell edited again and again: one step.
    CHECK(ed.undoCount() == 1);
    // The exact value is what an edit starts from.
    CHECK(ed.index(kCell).data(Qt::EditRole).toString() == QStringLiteral("0.1234"));

    SECTION("blank text blanks the cell")
    {
        CHECK(model->setData(ed.index(kCell), QStringLiteral("  ")));
        CHECK(ed.value(kCell) == std::nullopt);
        CHECK(ed.shown(kCell) == QString());
    }
    SECTION("a computed cell cannot be typed into")
    {
        const QModelIndex total = ed.index(QStringLiteral("t03/2069999/本年支出合计"));
        CHECK_FALSE(model->flags(total).testFlag(Qt::ItemIsEditable));
        CHECK_FALSE(model->setData(total, QStringLiteral("5")));
        CHECK(messages.count() == 1);
        QSignalSpy viewMessages(view, &fa::ui::FormView::message);
        view->setCurrentIndex(total);
        QTest::keyClick(view, Qt::Key_5);
        CHECK(view->indexWidget(total) == nullptr);
        CHECK(viewMessages.count() == 1);
    }
}

namespace {
// Every amount cell of every table as the form shows it for editing, by address.
std::map<QString, QString> formCells(const Editor &ed)
{
    std::map<QString, QString> out;
    for (const auto &sheet : ed.session()->engine().sheets()) {
        const fa::ui::SheetModel *m = ed.model(sheet.decl->id);
        for (int r = 0; r < m->rowCount(); ++r) {
            for (int c = 0; c < m->columnCount(); ++c) {
                const QModelIndex i = m->index(r, c);
                const QString address = m->addressAt(i);
                if (!address.isEmpty())
                    out[address] = i.data(Qt::EditRole).toString();
            }
        }
    }
    return out;
}

// Every cell of a file, opened anew, as the form would show it in 万元.
std::map<QString, QString> fileCells(const QString &path, const std::map<QString, QString> &addresses)
{
    auto file = DocumentFile::open(path, Store::Mode::ReadOnly);
    REQUIRE(file);
    const Engine &e = file.value()->document().engine();
    std::map<QString, QString> out;
    for (const auto &[address, shown] : addresses) {
        const CellId id = e.find(address);
        REQUIRE(id != kNoCell);
        out[address] = e.isEntered(id) && !e.isSet(id) ? QString() : e.value(id).toExactWanyuanString();
    }
    return out;
}
// The cells whose text differs, "address: a ≠ b".
QString diff(const std::map<QString, QString> &a, const std::map<QString, QString> &b)
{
    QStringList out;
    for (const auto &[address, text] : a) {
        auto it = b.find(address);
        if (it == b.end())
            out << address + QStringLiteral(": only in the first");
        else if (it->second != text)
            out << address + QStringLiteral(": ") + text + QStringLiteral(" ≠ ") + it->second;
    }
    for (const auto &[address, text] : b) {
        if (!a.count(address))
            out << address + QStringLiteral(": only in the second");
    }
    return out.join(QLatin1Char('\n'));
}
} // namespace

TEST_CASE("ui: a change the file refuses leaves the form equal to the file", "[ui][input][store]")
{
    Editor ed;
    fa::ui::FormView *view = ed.view(QStringLiteral("t03"));
    const auto formBefore = formCells(ed);
    REQUIRE(formBefore.size() > 300);
    QSignalSpy failed(ed.session(), &fa::ui::DocumentSession::failed);

    SECTION("a typed value")
    {
        ed.session()->file().store().failAfterStatementsForTesting(0);
        ed.select(kCell);
        typeText(view, QStringLiteral("7"));
        CHECK(failed.count() == 1);
        CHECK(ed.undoCount() == 0);
    }
    SECTION("a row removed")
    {
        ed.session()->file().store().failAfterStatementsForTesting(1);
        ed.select(kCell);
        const int rows = ed.model(QStringLiteral("t03"))->rowCount();
        ed.window->removeCurrentRow();
        CHECK(failed.count() == 1);
        CHECK(ed.model(QStringLiteral("t03"))->rowCount() == rows);
    }
    SECTION("an undo")
    {
        ed.select(kCell);
        typeText(view, QStringLiteral("7"));
        REQUIRE(ed.undoCount() == 1);
        const auto formAfter = formCells(ed);
        ed.session()->file().store().failAfterStatementsForTesting(0);
        ed.window->action(QStringLiteral("undo"))->trigger();
        CHECK(failed.count() == 1);
        CHECK(diff(formCells(ed), formAfter) == QString());
        // The history no longer matches the file: it goes once the undo has returned.
        QCoreApplication::processEvents();
        CHECK(ed.undoCount() == 0);
        ed.session()->file().store().failAfterStatementsForTesting(-1);
        ed.window->closeDocument();
        CHECK(diff(fileCells(ed.file.path, formAfter), formAfter) == QString());
        return;
    }
    ed.session()->file().store().failAfterStatementsForTesting(-1);
    CHECK_FALSE(ed.window->alertText().isEmpty());
    const auto formAfter = formCells(ed);
    CHECK(diff(formAfter, formBefore) == QString());
    ed.window->closeDocument();
    CHECK(diff(fileCells(ed.file.path, formAfter), formAfter) == QString());
}

TEST_CASE("ui: a minus sign typed or pasted as U+2212 or a full-width hyphen-minus makes a negative amount", "[ui][input]")
{
    Editor ed;
    fa::ui::FormView *view = ed.view(QStringLiteral("t03"));
    fa::ui::SheetModel *model = ed.model(QStringLiteral("t03"));
    QSignalSpy messages(model, &fa::ui::SheetModel::message);
    QSignalSpy viewMessages(view, &fa::ui::FormView::message);

    SECTION("typed")
    {
        for (const QString &minus : {QString(QChar(0x2212)), QString(QChar(0xFF0D))}) {
            ed.select(kCell);
            typeText(view, minus + QStringLiteral("6"));
            CHECK(ed.value(kCell) == wan(QStringLiteral("-6")));
            CHECK(messages.isEmpty());
        }
    }
    SECTION("pasted")
    {
        ed.select(kCell);
        REQUIRE(view->pasteText(QString(QChar(0x2212)) + QStringLiteral("6.5\n")));
        CHECK(ed.value(kCell) == wan(QStringLiteral("-6.5")));
        REQUIRE(viewMessages.count() == 1);
        CHECK(viewMessages.at(0).at(0).toString().contains(QStringLiteral("Pasted 1 cell")));
    }
}
