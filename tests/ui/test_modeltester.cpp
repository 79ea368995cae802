// The sheet models keep Qt's model contract: QAbstractItemModelTester through edits, undo and
// view switches, and row inserts and removals announced with the row counts before and after.

#include "uisupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QUndoStack>

using namespace fa;
using namespace fa::test::ui;

namespace {
QStringList *g_warnings = nullptr;
QtMessageHandler g_previous = nullptr;

void collect(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_warnings && type != QtDebugMsg && type != QtInfoMsg)
        *g_warnings << message;
    else
        g_previous(type, context, message);
}

// Collects warnings (the tester reports each broken rule as one) while it lives.
struct Warnings {
    QStringList list;
    Warnings()
    {
        g_warnings = &list;
        g_previous = qInstallMessageHandler(collect);
    }
    ~Warnings()
    {
        qInstallMessageHandler(g_previous);
        g_warnings = nullptr;
    }
};

// Checks that every row insert and removal of a model is announced while rowCount() is still the
// count before it and finished once rowCount() is the count after it.
struct RowContract {
    const QAbstractItemModel *model;
    int pendingCount = -1;
    QStringList broken;
    int inserted = 0, removed = 0;

    explicit RowContract(const QAbstractItemModel *m)
        : model(m)
    {
        QObject::connect(m, &QAbstractItemModel::rowsAboutToBeInserted, m, [this](const QModelIndex &, int first, int) {
            pendingCount = model->rowCount();
            if (first > pendingCount)
                broken << QStringLiteral("insert at %1 beyond %2 rows").arg(first).arg(pendingCount);
        });
        QObject::connect(m, &QAbstractItemModel::rowsInserted, m, [this](const QModelIndex &, int first, int last) {
            inserted += last - first + 1;
            if (model->rowCount() != pendingCount + (last - first + 1))
                broken << QStringLiteral("%1 rows, then %2 inserted: %3").arg(pendingCount).arg(last - first + 1).arg(model->rowCount());
        });
        QObject::connect(m, &QAbstractItemModel::rowsAboutToBeRemoved, m, [this](const QModelIndex &, int, int last) {
            pendingCount = model->rowCount();
            if (last >= pendingCount)
                broken << QStringLiteral("remove up to %1 of %2 rows").arg(last).arg(pendingCount);
        });
        QObject::connect(m, &QAbstractItemModel::rowsRemoved, m, [this](const QModelIndex &, int first, int last) {
            removed += last - first + 1;
            if (model->rowCount() != pendingCount - (last - first + 1))
                broken << QStringLiteral("%1 rows, then %2 removed: %3").arg(pendingCount).arg(last - first + 1).arg(model->rowCount());
        });
    }
};
} // namespace

TEST_CASE("ui: the sheet models pass the model tester through edits undo and view switches", "[ui][model]")
{
    Editor ed;
    Warnings warnings;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (const auto &sheet : ed.session()->engine().sheets())
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            ed.model(sheet.decl->id), QAbstractItemModelTester::FailureReportingMode::Warning));

    ed.select(QStringLiteral("t05/2013702/项目支出"));
    typeText(ed.view(QStringLiteral("t05")), QStringLiteral("8"));
    ed.select(QStringLiteral("t03/2013702/基本支出"));
    REQUIRE(ed.view(QStringLiteral("t03"))->pasteText(QStringLiteral("1\t2\n3\t4\n")));
    ed.window->action(QStringLiteral("showUnprinted"))->trigger();
    REQUIRE(ed.model(QStringLiteral("t05"))->showUnprinted());
    ed.select(QStringLiteral("t05/2013702/年初预算"));
    typeText(ed.view(QStringLiteral("t05")), QStringLiteral("5"));
    ed.window->action(QStringLiteral("showUnprinted"))->trigger();
    while (ed.session()->undoStack()->canUndo())
        ed.window->action(QStringLiteral("undo"))->trigger();
    while (ed.session()->undoStack()->canRedo())
        ed.window->action(QStringLiteral("redo"))->trigger();
    ed.window->action(QStringLiteral("unitYuan"))->trigger();

    INFO(warnings.list.join(QLatin1Char('\n')).toStdString());
    CHECK(warnings.list.isEmpty());
}

TEST_CASE("ui: rows added and removed are announced with the row counts before and after", "[ui][model][rows]")
{
    Editor ed;
    fa::ui::SheetModel *model = ed.model(QStringLiteral("t05"));
    RowContract contract(model);
    const int rows = model->rowCount();

    ed.select(QStringLiteral("t05/2013702/项目支出"));
    REQUIRE(ed.window->addRow(QStringLiteral("2013304")));  // the 项 and its 款
    REQUIRE(ed.window->addRow(QStringLiteral("2130101")));  // the 项, its 款 and its 类
    CHECK(contract.inserted == 5);
    CHECK(model->rowCount() == rows + 5);
    // The last rows of the table: the only 项 of 221 住房保障支出, with its 款 and 类.
    ed.select(QStringLiteral("t05/2210201/基本支出"));
    REQUIRE(model->rowCount() - 1 == ed.index(QStringLiteral("t05/2210201/基本支出")).row());
    ed.window->removeCurrentRow();
    CHECK(contract.removed == 3);
    ed.select(QStringLiteral("t05/2069999/项目支出"));
    ed.window->removeCurrentRow();
    CHECK(contract.removed == 5);
    CHECK(model->rowCount() == rows);
    while (ed.session()->undoStack()->canUndo())
        ed.window->action(QStringLiteral("undo"))->trigger();
    CHECK(model->rowCount() == rows);
    while (ed.session()->undoStack()->canRedo())
        ed.window->action(QStringLiteral("redo"))->trigger();
    CHECK(model->rowCount() == rows);

    INFO(contract.broken.join(QLatin1Char('\n')).toStdString());
    CHECK(contract.broken.isEmpty());
}
