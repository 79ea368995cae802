#pragma once

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

    SheetModel *m_model = nullptr;
    QTableView *m_frozen = nullptr;
    SpanHeaderView *m_header = nullptr;
    SpanHeaderView *m_frozenHeader = nullptr;
    bool m_refused = false;
};

} // namespace fa::ui
