// A document opened read-only (asked for, or because another editor is writing it) refuses every
// change and leaves the file and its folder exactly as they were.

#include "uisupport.h"

#include "unitpage.h"

#include <QAction>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace fa;
using namespace fa::test::ui;

TEST_CASE("ui: a document opened read-only refuses typing paste clear and undo and its file is untouched",
          "[ui][readonly]")
{
    SampleFile file;
    const QByteArray hash = fileHash(file.path);
    const QStringList files = listing(file.dir.path());
    {
        forgetSettings();
        fa::ui::MainWindow window;
        REQUIRE(window.openFile(file.path, true));
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        fa::ui::DocumentSession *session = window.session();
        REQUIRE(session->isReadOnly());
        CHECK(session->notice().isEmpty()); // asked for: nothing to explain
        CHECK(window.windowTitle().contains(QCoreApplication::translate("fa::ui::MainWindow", " [read-only]").trimmed())); // [只读] in Chinese
        const DocumentData before = session->document().data();

        const QString cell = QStringLiteral("t03/2013702/项目支出");
        fa::ui::TablePage *page = window.tablePage(QStringLiteral("t03"));
        fa::ui::SheetModel *model = page->model();
        fa::ui::FormView *view = page->view();
        const QModelIndex index = model->indexOfAddress(cell);
        REQUIRE(index.isValid());
        CHECK(model->isEnteredCell(index));
        CHECK_FALSE(model->flags(index).testFlag(Qt::ItemIsEditable));

        QSignalSpy modelMessages(model, &fa::ui::SheetModel::message);
        CHECK_FALSE(model->setData(index, QStringLiteral("5")));
        CHECK(modelMessages.count() == 1);

        window.tabs()->setCurrentWidget(page);
        view->setFocus();
        view->setCurrentIndex(index);
        QSignalSpy viewMessages(view, &fa::ui::FormView::message);
        QTest::keyClick(view, Qt::Key_5);
        CHECK(view->indexWidget(index) == nullptr); // no editor opened
        REQUIRE(viewMessages.count() == 1);
        CHECK(viewMessages.at(0).at(0).toString().contains(QStringLiteral("read-only")));
        QTest::keyClick(view, Qt::Key_Return);
        CHECK(view->indexWidget(index) == nullptr);

        view->setCurrentIndex(index);
        CHECK_FALSE(view->pasteText(QStringLiteral("1\t2\n")));
        view->clearSelectedCells();
        QTest::keyClick(view, Qt::Key_Delete);
        CHECK_FALSE(window.addRow(QStringLiteral("2013701")));
        window.removeCurrentRow();
        CHECK_FALSE(window.setReason(QStringLiteral("reason/t05/2013702"), QStringLiteral("x"),
                                     QStringLiteral("t05/2013702/项目支出")));
        // The unit page cannot be typed into, and committing writes nothing.
        fa::ui::UnitPage *unit = window.unitPage();
        CHECK_FALSE(unit->nameEdit()->isEnabled());
        unit->nameEdit()->setText(QStringLiteral("别的名字"));
        unit->commit();

        CHECK(session->undoStack()->count() == 0);
        CHECK_FALSE(window.action(QStringLiteral("undo"))->isEnabled());
        CHECK_FALSE(window.action(QStringLiteral("paste"))->isEnabled());
        CHECK_FALSE(window.action(QStringLiteral("addRow"))->isEnabled());
        CHECK_FALSE(window.action(QStringLiteral("removeRow"))->isEnabled());
        window.action(QStringLiteral("undo"))->trigger();
        CHECK(differences(before, session->document().data()) == QString());
        CHECK(model->index(index.row(), index.column()).data().toString() == QStringLiteral("3.00"));
        CHECK(listing(file.dir.path()) == files);
    }
    CHECK(fileHash(file.path) == hash);
    CHECK(listing(file.dir.path()) == files);
}

TEST_CASE("ui: a file another editor has open for writing opens read-only with a notice", "[ui][readonly][lock]")
{
    SampleFile file;
    auto first = fa::ui::DocumentSession::open(file.path, false);
    REQUIRE(first);
    CHECK_FALSE(first.value()->isReadOnly());
    CHECK(first.value()->notice().isEmpty());

    SECTION("a second session")
    {
        auto second = fa::ui::DocumentSession::open(file.path, false);
        REQUIRE(second);
        CHECK(second.value()->isReadOnly());
        CHECK_FALSE(second.value()->notice().isEmpty());
        CHECK_FALSE(second.value()->apply({Edit::setValue(QStringLiteral("t03/2013702/项目支出"), Money::fromFen(100))},
                                          QStringLiteral("x"), {}));
    }
    SECTION("a second window")
    {
        forgetSettings();
        fa::ui::MainWindow window;
        REQUIRE(window.openFile(file.path, false));
        CHECK(window.session()->isReadOnly());
        CHECK_FALSE(window.alertText().isEmpty());
        CHECK(window.alertText() == window.session()->notice());
        CHECK(window.windowTitle().contains(QCoreApplication::translate("fa::ui::MainWindow", " [read-only]").trimmed())); // [只读] in Chinese
        fa::ui::SheetModel *model = window.tablePage(QStringLiteral("t03"))->model();
        CHECK_FALSE(model->setData(model->indexOfAddress(QStringLiteral("t03/2013702/项目支出")), QStringLiteral("5")));
    }
    // The first editor still writes, and once it has closed the file a new one may write.
    CHECK(first.value()->apply({Edit::setValue(QStringLiteral("t03/2013702/项目支出"), Money::fromFen(100))},
                               QStringLiteral("x"), {}));
    first.value().reset();
    auto third = fa::ui::DocumentSession::open(file.path, false);
    REQUIRE(third);
    CHECK_FALSE(third.value()->isReadOnly());
    CHECK(third.value()->document().storedValue(QStringLiteral("t03/2013702/项目支出")) == Money::fromFen(100));
}

TEST_CASE("ui: the window title names the program once, after the read-only mark", "[ui][readonly][title]")
{
    // As the editor names itself (setUpApplication); the tests' own name otherwise.
    const QString was = QGuiApplication::applicationDisplayName();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("部门决算公开"));
    struct Restore {
        QString name;
        ~Restore() { QGuiApplication::setApplicationDisplayName(name); }
    } restore{was};
    const QString program = QStringLiteral("部门决算公开");
    const QString readOnly = QCoreApplication::translate("fa::ui::MainWindow", " [read-only]").trimmed();

    for (const bool ro : {false, true}) {
        INFO((ro ? "read-only" : "writable"));
        Editor ed(kBigData, ro);
        const QString title = ed.window->windowTitle();
        const QString file = QFileInfo(ed.file.path).fileName();
        INFO(title.toStdString());
        // Qt appends the display name to a title that does not end with it: this one does, once.
        CHECK(title.endsWith(QStringLiteral(" — ") + program));
        CHECK(title.count(program) == 1);
        if (ro)
            CHECK(title.endsWith(file + QLatin1Char(' ') + readOnly + QStringLiteral(" — ") + program));
        else
            CHECK(title.endsWith(file + QStringLiteral(" — ") + program));
    }
}
