#include "uisupport.h"

#include "support.h"

#include "documentfile.h"
#include "store.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

namespace fa::test::ui {

SampleFile::SampleFile(const QString &sample)
{
    REQUIRE(dir.isValid());
    path = dir.filePath(sample + QStringLiteral(".fadb"));
    const auto error = Store::create(path, fa::test::sampleData(sample));
    INFO((error ? error->message.toStdString() : std::string()));
    REQUIRE_FALSE(error.has_value());
}

void forgetSettings()
{
    QSettings settings;
    settings.clear();
    settings.sync();
}

Editor::Editor(const QString &sample, bool readOnly)
    : file(sample)
    , window((forgetSettings(), std::make_unique<fa::ui::MainWindow>()))
{
    window->resize(1200, 800);
    REQUIRE(window->openFile(file.path, readOnly));
    REQUIRE(window->session() != nullptr);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    // Shortcuts (Ctrl+PgDown, Ctrl+Z) go to the active window only.
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
}

Editor::~Editor()
{
    window.reset(); // closes the document (and its lock) before the folder goes
}

int Editor::undoCount() const
{
    return session()->undoStack()->count();
}

fa::ui::TablePage *Editor::page(const QString &table) const
{
    fa::ui::TablePage *p = window->tablePage(table);
    INFO(table.toStdString());
    REQUIRE(p != nullptr);
    return p;
}

QModelIndex Editor::index(const QString &address) const
{
    const QModelIndex i = model(address.section(QLatin1Char('/'), 0, 0))->indexOfAddress(address);
    INFO(address.toStdString());
    REQUIRE(i.isValid());
    return i;
}

QString Editor::shown(const QString &address) const
{
    return index(address).data(Qt::DisplayRole).toString();
}

std::optional<Money> Editor::value(const QString &address) const
{
    const Engine &e = session()->engine();
    const CellId id = e.find(address);
    INFO(address.toStdString());
    REQUIRE(id != kNoCell);
    if (e.isEntered(id) && !e.isSet(id))
        return std::nullopt;
    return e.value(id);
}

void Editor::select(const QString &address) const
{
    const QString table = address.section(QLatin1Char('/'), 0, 0);
    window->tabs()->setCurrentWidget(page(table));
    view(table)->setFocus();
    view(table)->setCurrentIndex(index(address));
}

QString Editor::currentAddress() const
{
    fa::ui::TablePage *p = window->currentTablePage();
    return p ? p->model()->addressAt(p->view()->currentIndex()) : QString();
}

QString Editor::currentTable() const
{
    fa::ui::TablePage *p = window->currentTablePage();
    return p ? p->tableId() : QString();
}

QStringList Editor::findingRules() const
{
    QStringList rules;
    for (const Finding &f : document().checker().findings())
        rules << f.rule + QLatin1Char('@') + f.address;
    return rules;
}

bool Editor::hasFinding(const QString &rule, const QString &address) const
{
    for (const Finding &f : document().checker().findings()) {
        if (f.rule == rule && (address.isEmpty() || f.address == address))
            return true;
    }
    return false;
}

void typeText(fa::ui::FormView *view, const QString &text, Qt::Key end)
{
    REQUIRE(!text.isEmpty());
    const QModelIndex cur = view->currentIndex();
    REQUIRE(cur.isValid());
    auto keyFor = [](QChar c) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            return Qt::Key(Qt::Key_0 + (c.unicode() - '0'));
        if (c == QLatin1Char('.'))
            return Qt::Key_Period;
        if (c == QLatin1Char('-'))
            return Qt::Key_Minus;
        return Qt::Key_unknown;
    };
    // The first key goes to the view, which opens the editor and hands the key on.
    QTest::sendKeyEvent(QTest::Click, view, keyFor(text.at(0)), text.left(1), Qt::NoModifier);
    QWidget *editor = view->indexWidget(cur);
    INFO("typing did not open an editor at " << cur.row() << "," << cur.column());
    REQUIRE(editor != nullptr);
    for (qsizetype i = 1; i < text.size(); ++i)
        QTest::sendKeyEvent(QTest::Click, editor, keyFor(text.at(i)), text.mid(i, 1), Qt::NoModifier);
    QTest::keyClick(editor, end);
    // The item delegate commits on Enter through a queued call: let it run.
    QCoreApplication::processEvents();
    INFO("the editor stayed open after the last key");
    REQUIRE(view->indexWidget(cur) == nullptr);
}

Money wan(const QString &text)
{
    const auto parsed = Money::parse(text, AmountUnit::Wanyuan);
    REQUIRE(parsed.value.has_value());
    return *parsed.value;
}

QString differences(const DocumentData &a, const DocumentData &b)
{
    QStringList out;
    auto compareMaps = [&out](const QString &what, const auto &x, const auto &y, auto show) {
        for (const auto &[k, v] : x) {
            auto it = y.find(k);
            if (it == y.end())
                out << what + QStringLiteral(" only before: ") + k + QStringLiteral(" = ") + show(v);
            else if (!(it->second == v))
                out << what + QStringLiteral(" ") + k + QStringLiteral(": ") + show(v) + QStringLiteral(" → ") + show(it->second);
        }
        for (const auto &[k, v] : y) {
            if (!x.count(k))
                out << what + QStringLiteral(" only after: ") + k + QStringLiteral(" = ") + show(v);
        }
    };
    compareMaps(QStringLiteral("value"), a.values, b.values, [](Money m) { return m.toYuanString(); });
    compareMaps(QStringLiteral("text"), a.texts, b.texts, [](const QString &s) { return s.left(20); });
    compareMaps(QStringLiteral("subject"), a.subjects, b.subjects, [](const QString &s) { return s; });
    compareMaps(QStringLiteral("count"), a.counts, b.counts, [](qint64 n) { return QString::number(n); });
    compareMaps(QStringLiteral("rows"), a.subjectRows, b.subjectRows,
                [](const std::set<QString> &s) { return QStringList(s.begin(), s.end()).join(QLatin1Char(',')); });
    if (!(a.unit == b.unit))
        out << QStringLiteral("unit: ") + a.unit.name + QStringLiteral(" → ") + b.unit.name;
    if (a.amountUnit != b.amountUnit || a.templateId != b.templateId)
        out << QStringLiteral("amount unit or template");
    if (out.isEmpty() && !(a == b))
        out << QStringLiteral("(differs)");
    return out.join(QLatin1Char('\n'));
}

DocumentData readFile(const QString &path)
{
    auto file = DocumentFile::open(path, Store::Mode::ReadOnly);
    INFO((file ? std::string() : file.error().message.toStdString()));
    REQUIRE(file);
    return file.value()->document().data();
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

QStringList listing(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System, QDir::Name);
}

} // namespace fa::test::ui
