#pragma once

#include "printdocument.h"

#include "documentsession.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QDockWidget;
class QFrame;
class QKeyEvent;
class QLabel;
class QLineEdit;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QUndoView;

namespace fa::ui {

class ChecksPanel;
class CountsPage;
class EvaluationPage;
class ExplanationPage;
class GlossaryPage;
class OverviewPage;
class TablePage;
class UnitPage;

// The editor's window: one document at a time, a tab per 公开表 (then the unpublished 补充数据
// table, the counts and notes, 概况, 情况说明, 名词解释 and the unit information), the checks
// panel and the undo history as docks, the status bar with the counts of findings.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a document in this window (replacing the one shown). Returns false, after saying
    // why, when it cannot be opened; the window then keeps what it showed.
    bool openFile(const QString &path, bool readOnly = false);
    void closeDocument();
    // Makes the cell at `address` (as `check` prints it) current in its table; false when there
    // is no such cell.
    bool gotoAddress(const QString &address);
    // Opens a bundled sample as a writable copy in the user's data folder (made once).
    bool openSample(const QString &name);

    DocumentSession *session() const { return m_session.get(); }
    TablePage *tablePage(const QString &tableId) const;
    TablePage *currentTablePage() const;
    ChecksPanel *checksPanel() const { return m_checks; }
    UnitPage *unitPage() const { return m_unitPage; }
    OverviewPage *overviewPage() const { return m_overviewPage; }
    ExplanationPage *explanationPage() const { return m_explanationPage; }
    GlossaryPage *glossaryPage() const { return m_glossaryPage; }
    CountsPage *countsPage() const { return m_countsPage; }
    EvaluationPage *evaluationPage() const { return m_evaluationPage; }
    // Shows a tab by name: overview, explanation, glossary, performance, counts, unit, a table id
    // (t01…x01) or a tab's label; false when there is none.
    bool showPage(const QString &name);
    // Shows where a finding in a text is: the 情况说明 paragraph (highlighted), or the page of the
    // text `key` (概况, 名词解释, the notes beside the counts).
    bool showTextFinding(int section, int paragraph, const QString &key);
    // Shows 绩效自评 table `evaluation` (0 = the first) and, when `indicator` ≥ 0, that row of its
    // 绩效指标; false when there is none.
    bool showEvaluation(int evaluation, int indicator = -1);
    QTabWidget *tabs() const { return m_tabs; }
    QAction *action(const QString &name) const;
    // The last failure the window reported (file refused a change, bad file…).
    QString alertText() const;
    QString statusText() const;

    // Selects the cells a derived cell adds up (or, from an entered cell, those that depend on
    // it), switching table when none is in this one.
    void tracePrecedents();
    void traceDependents();
    // Adds a 项 by the text a person would type into the add dialog (tests, --add); asks.
    bool addRow(const QString &subjectText, const QString &customName = {});
    void removeCurrentRow();
    bool setReason(const QString &key, const QString &text, const QString &address = {});
    // The nine tables as an .xlsx for the finance bureau, in the unit shown; false after saying why.
    bool exportXlsxTo(const QString &path);
    // The whole document as a PDF or an editable ODT (laid out on a worker thread, the window kept
    // painting meanwhile); false, with an alert, when it cannot be written.
    bool exportPdfTo(const QString &path);
    bool exportOdtTo(const QString &path);
    // What printing, the preview and the PDF use: the amount unit shown, the submission seal.
    print::PrintOptions printOptions() const;

    static QString sampleDirectory();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void updateActions();
    void updateTitle();
    void updateCounts();
    void rebuildRecentMenu();
    void addRecent(const QString &path);
    void showMessage(const QString &text);
    void showAlert(const QString &text);
    void hideAlert();
    // Puts the alert bar over the top of the page, as wide as the window, as tall as its text.
    void placeAlert();
    void installSession(std::unique_ptr<DocumentSession> session);
    void addTextPages(DocumentSession *session);
    // Writes what is typed in the text pages and not written yet (before undo, redo, closing).
    void commitTextEdits();
    // Undo and redo of the document's history, after writing what is typed and not written yet.
    void undoStep();
    void redoStep();
    // -1 (undo) or 1 (redo) for a key press in a page's field that must undo the document rather
    // than the field's own typing; 0 for any other key or widget.
    int documentUndoKey(QObject *watched, QKeyEvent *event) const;
    QWidget *pageNamed(const QString &name) const;
    // The tables' tabs with their titles when every tab fits so, else by their codes alone.
    void fitTabLabels();
    void trace(bool precedents);
    void switchTable(int delta);
    void editReason(const QString &key, const QString &address);
    void showCellMenu(TablePage *page, const QPoint &pos);
    void findNext();

    void newDocument();
    void open(bool readOnly);
    void saveAs();
    void importJson();
    void exportJson();
    void exportXlsx();
    void exportPdf();
    void exportOdt();
    void printPreview();
    void printDocument();
    QString suggestedPath(const QString &suffix) const;
    QString askExportPath(const QString &title, const QString &suffix, const QString &filter);
    QString runWithProgress(const QString &label, const std::function<QString()> &work);

    std::unique_ptr<DocumentSession> m_session;
    QStackedWidget *m_stack;
    QWidget *m_start;
    QTabWidget *m_tabs;
    UnitPage *m_unitPage = nullptr;
    OverviewPage *m_overviewPage = nullptr;
    ExplanationPage *m_explanationPage = nullptr;
    GlossaryPage *m_glossaryPage = nullptr;
    CountsPage *m_countsPage = nullptr;
    EvaluationPage *m_evaluationPage = nullptr;
    ChecksPanel *m_checks = nullptr;
    QDockWidget *m_checksDock;
    QDockWidget *m_undoDock;
    QUndoView *m_undoView;
    QFrame *m_alertBar;
    QLabel *m_alert;
    QLabel *m_counts;
    QLabel *m_mode;
    QLineEdit *m_find;
    QMenu *m_recentMenu = nullptr;
    QHash<QString, QAction *> m_actions;
    bool m_sizeDocks = false;
};

} // namespace fa::ui
