#pragma once

#include <QPersistentModelIndex>
#include <QTableView>

namespace fa::ui {

class SheetModel;
class SpanHeaderView;

// A table as a form that types like Excel/WPS: the printed headings over it, its code and name
// columns frozen while scrolling right, Enter moving down and Tab right after typing, typing
// starting an edit, Delete clearing the selection, Ctrl+arrows jumping to the edges, and copy and
// paste of rectangles as TSV (and HTML). Every multi-cell action is one batch: one undo step.
class FormView : public QTableView
{
    Q_OBJECT
public:
    explicit FormView(QWidget *parent = nullptr);
    ~FormView() override;

    void setSheetModel(SheetModel *model);
    SheetModel *sheetModel() const { return m_model; }

    // The selection as TSV and HTML on the clipboard.
    void copySelection();
    // The clipboard's TSV into the entered cells from the current cell on (a single value fills
    // the whole selection). Returns false, with a message, when nothing could be pasted.
    bool pasteText(const QString &tsv);
    void paste();
    // Blanks the entered cells of the selection (one undo step).
    void clearSelectedCells();
    // Selects cells (and makes the first current).
    void selectCells(const QModelIndexList &cells);
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;

signals:
    void message(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void updateGeometries() override;
    void commitData(QWidget *editor) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
    bool edit(const QModelIndex &index, EditTrigger trigger, QEvent *event) override;

private:
    void setupFrozen();
    void updateFrozen();
    void fitColumns();
    void moveCurrent(int dRow, int dColumn);
    // Shift+click, Shift+arrows: the rectangle from the anchor to `index`, which becomes current.
    void extendSelectionTo(const QModelIndex &index);
    // Shift+arrows, Home, End, PgUp, PgDn; the cell Ctrl+arrow `key` goes to.
    void extendByKey(QKeyEvent *event);
    QModelIndex edgeCell(int key) const;
    // A press, or a drag after it, in `view` (this one or the frozen columns'): true when it
    // extended the selection.
    bool pressExtends(QTableView *view, QMouseEvent *event);
    bool dragExtends(QTableView *view, QMouseEvent *event);

    SheetModel *m_model = nullptr;
    QTableView *m_frozen = nullptr;
    SpanHeaderView *m_header = nullptr;
    SpanHeaderView *m_frozenHeader = nullptr;
    bool m_refused = false;
    // Where Shift+click and Shift+arrows extend the selection from: the cell last made current
    // other than by extending, in either view. (Each QTableView keeps its own anchor, so the main
    // view's would still be the last amount cell clicked after a click in the frozen columns.)
    QPersistentModelIndex m_anchor;
    bool m_extending = false;
    bool m_dragExtending = false; // a Shift+press whose drag goes on extending
};

} // namespace fa::ui
