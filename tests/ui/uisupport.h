#pragma once

// Helpers of the editor's GUI tests: a copy of a sample document open in a real MainWindow on the
// offscreen platform, typing with key events, and comparisons of documents and files.

#include "documentdata.h"
#include "documentsession.h"
#include "formview.h"
#include "mainwindow.h"
#include "sheetmodel.h"
#include "tablepage.h"

#include <catch2/catch.hpp>

#include <QModelIndex>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template <>
struct StringMaker<QStringList> {
    static std::string convert(const QStringList &l) { return '[' + l.join(QStringLiteral(", ")).toStdString() + ']'; }
};
} // namespace Catch

namespace fa::test::ui {

inline const QString kBigData = QStringLiteral("nanyang-bigdata-2024");
inline const QString kCac = QStringLiteral("nanyang-cac-2024");

// A fresh document file written from a sample's JSON, alone in a temporary folder.
struct SampleFile {
    QTemporaryDir dir;
    QString path;
    explicit SampleFile(const QString &sample = kBigData);
};

// Forgets what an earlier test's window remembered (unit shown, columns, window state).
void forgetSettings();

// A MainWindow showing a copy of a sample, shown on the offscreen screen.
struct Editor {
    SampleFile file;
    std::unique_ptr<fa::ui::MainWindow> window;

    explicit Editor(const QString &sample = kBigData, bool readOnly = false);
    ~Editor();

    fa::ui::DocumentSession *session() const { return window->session(); }
    const Document &document() const { return session()->document(); }
    int undoCount() const;
    fa::ui::TablePage *page(const QString &table) const;
    fa::ui::SheetModel *model(const QString &table) const { return page(table)->model(); }
    fa::ui::FormView *view(const QString &table) const { return page(table)->view(); }
    // The model index of a cell address (in its table's model); fails the test when not shown.
    QModelIndex index(const QString &address) const;
    // What the form shows at an address (the display role).
    QString shown(const QString &address) const;
    // The engine's value of a cell (a blank entered cell is nullopt).
    std::optional<Money> value(const QString &address) const;
    // Makes the table of `address` current and its cell current (as a click would).
    void select(const QString &address) const;
    // The address of the current cell of the current table (empty when none).
    QString currentAddress() const;
    QString currentTable() const;
    // The rules of the findings at the moment.
    QStringList findingRules() const;
    bool hasFinding(const QString &rule, const QString &address = {}) const;
};

// Types `text` into the current cell of `view` with key events, as a person does: the first key
// starts the edit, the rest go to the editor, `end` (Return, Tab, Escape) ends it.
void typeText(fa::ui::FormView *view, const QString &text, Qt::Key end = Qt::Key_Return);

// An amount in 万元, exact (the test fails on a bad literal).
Money wan(const QString &text);

// What differs between two documents, line by line (empty when they are equal).
QString differences(const DocumentData &a, const DocumentData &b);
// The document a file holds, read with a fresh read-only open.
DocumentData readFile(const QString &path);
QByteArray fileHash(const QString &path);
// Every file in a folder, hidden ones included.
QStringList listing(const QString &dir);

} // namespace fa::test::ui
