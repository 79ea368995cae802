#pragma once

#include "checker.h"
#include "documentsession.h"
#include "layout.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QTimer>

#include <optional>

namespace fa::ui {

// One 公开表 of an open document as its printed grid (TableLayout): the body rows and grid
// columns of the published table, optionally followed by the columns the table does not print
// (上年…, 年初预算). Reading is direct from the engine; setData() never writes: it parses,
// compares and hands a batch to the session, whose ChangeSet comes back as dataChanged for
// exactly the cells that changed, and as row inserts and removals.
class SheetModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        CellIdRole = Qt::UserRole + 1, // CellId of an amount slot (kNoCell elsewhere)
        AddressRole,                   // the cell address of an amount slot
        SlotKindRole,                  // int(TableLayout::Slot::Kind)
        EnteredRole,                   // true on a cell a person enters
        CopyRole,                      // the text a copy puts on the clipboard
        SeverityRole,                  // the worst finding at the cell (int(Severity)), or invalid
        FlashRole,                     // true for a derived cell that has just changed
        UnprintedRole,                 // true in a column the published table does not print
    };

    SheetModel(DocumentSession *session, int sheet, QObject *parent = nullptr);

    DocumentSession *session() const { return m_session; }
    int sheetIndex() const { return m_sheet; }
    const Sheet &sheet() const;
    const TableLayout &layout() const { return m_layout; }
    QString tableId() const;

    // The columns the published table does not print but the document needs.
    bool showUnprinted() const { return m_showUnprinted; }
    void setShowUnprinted(bool show);
    bool hasUnprintedColumns() const;
    bool isUnprintedColumn(int column) const { return column >= m_layout.columnCount(); }

    // The printed headings over the grid, spans included (and one heading per unprinted column).
    int headerRowCount() const { return m_layout.headerRowCount(); }
    const std::vector<HeaderCellDecl> &headerCells() const { return m_header; }
    // Leading columns that stay in view while scrolling right (the code and name columns).
    int frozenColumnCount() const;

    const GridColumnDecl &gridColumn(int column) const { return m_columns[column]; }
    TableLayout::Slot slotAt(int row, int column) const;
    bool isEnteredCell(const QModelIndex &index) const;
    QString addressAt(const QModelIndex &index) const;
    // Where a cell is, for the status bar: the address of an amount cell, the row ("t03/2013702")
    // of a code, name or line cell, empty where the printed table is blank.
    QString locationAt(const QModelIndex &index) const;
    QModelIndex indexOfCell(CellId id) const;
    QModelIndex indexOfAddress(const QString &address) const;
    // The 项 code of a body row of a table of subjects (empty for other rows and tables).
    QString itemCodeAt(int row) const;

    // What text typed into an entered cell means, in the unit shown; an error message when it
    // is not an amount. Blank text blanks the cell.
    struct Parsed {
        std::optional<Money> value;
        QString error;
    };
    Parsed parse(const QString &text) const;
    QString formatAmount(Money value) const;
    // How a derived cell is computed, for its tooltip: "= 2013701 + 2013702".
    QString formulaText(CellId id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // A refusal to show in the status bar (bad text, a read-only file).
    void message(const QString &text);

private:
    void rebuildColumns();
    void onChanged(const ChangeSet &changes);
    void refreshMarks(std::vector<QModelIndex> &touched);
    void emitCells(std::vector<QModelIndex> &indexes);
    QString termLabel(CellId id) const;
    QVariant rowFont(int tableRow) const; // bold for 合计/类/款 and total lines

    DocumentSession *m_session;
    int m_sheet;
    TableLayout m_layout;
    bool m_showUnprinted = false;
    int m_rows = 0; // the rows views know of: follows the core's row changes one span at a time
    std::vector<GridColumnDecl> m_columns;
    std::vector<HeaderCellDecl> m_header;
    QHash<CellId, Severity> m_marks;
    QHash<CellId, QStringList> m_markMessages;
    QSet<CellId> m_flash;
    QTimer m_flashTimer;
};

} // namespace fa::ui
