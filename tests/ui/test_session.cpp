#include "uisupport.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace fa;
using namespace fa::test::ui;

namespace {
// The session keeps each instance's finding from the instances a change reports; the list must be
// the checker's own, in its order, after any mix of edits, undos and row changes.
void requireSameFindings(const fa::ui::DocumentSession &s)
{
    const std::vector<Finding> expected = s.document().checker().findings();
    const std::vector<Finding> &kept = s.findings();
    REQUIRE(kept.size() == expected.size());
    for (std::size_t i = 0; i < kept.size(); ++i) {
        INFO("finding " << i << ": " << expected[i].rule.toStdString() << " at " << expected[i].address.toStdString());
        REQUIRE(kept[i] == expected[i]);
    }
    for (Severity sev : {Severity::Error, Severity::Warning, Severity::Rounding})
        REQUIRE(s.count(sev) == s.document().checker().count(sev));
}
} // namespace

TEST_CASE("ui: the session's findings follow every change exactly as the checker lists them", "[ui][session]")
{
    Editor ed;
    fa::ui::DocumentSession *s = ed.session();
    requireSameFindings(*s);
    const fa::ui::Location here{QStringLiteral("t03"), {}};
    // A balance error comes (03表 changes 01表's expense side) and a warning with it.
    REQUIRE(s->apply({Edit::setValue(QStringLiteral("t03/2060401/基本支出"), Money::fromFen(60500000))}, QStringLiteral("a"), here));
    requireSameFindings(*s);
    REQUIRE(s->apply({Edit::setValue(QStringLiteral("t05/2060401/基本支出"), Money::fromFen(60500000)),
                      Edit::setValue(QStringLiteral("t05/2013702/年初预算"), Money::fromFen(10000000))},
                     QStringLiteral("b"), here));
    requireSameFindings(*s);
    // Rows come and go (instances are made and retired).
    REQUIRE(s->apply({Edit::addRow(QStringLiteral("t05"), QStringLiteral("2013701"))}, QStringLiteral("c"), here));
    requireSameFindings(*s);
    REQUIRE(s->apply({Edit::setValue(QStringLiteral("t05/2013701/项目支出"), Money::fromFen(1234500))}, QStringLiteral("d"), here));
    requireSameFindings(*s);
    REQUIRE(s->apply({Edit::removeRow(QStringLiteral("t05"), QStringLiteral("2013701"))}, QStringLiteral("e"), here));
    requireSameFindings(*s);
    while (s->undoStack()->canUndo()) {
        s->undoStack()->undo();
        requireSameFindings(*s);
    }
    while (s->undoStack()->canRedo()) {
        s->undoStack()->redo();
        requireSameFindings(*s);
    }
}

TEST_CASE("ui: Export Excel writes the workbook of the open document or says why not", "[ui][xlsx]")
{
    Editor ed;
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("tables.xlsx"));
    REQUIRE(ed.window->exportXlsxTo(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(2) == QByteArray("PK")); // a zip, as every .xlsx is
    CHECK(ed.window->alertText().isEmpty());
    // A folder that does not exist: refused with a message, nothing written.
    const QString nowhere = out.filePath(QStringLiteral("missing/tables.xlsx"));
    CHECK_FALSE(ed.window->exportXlsxTo(nowhere));
    CHECK_FALSE(QFileInfo::exists(nowhere));
    CHECK_FALSE(ed.window->alertText().isEmpty());
}
