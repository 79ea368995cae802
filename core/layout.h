#pragma once

#include "documentdata.h"
#include "sheet.h"
#include "template.h"

#include <QString>

#include <optional>
#include <vector>

namespace fa {

// A table of one document as printed: the template's grid and headings (PrintDecl) over the
// document's rows. Every printed cell has a (body row, grid column) position; what is there is a
// code, a name, a line number (行次) or an amount cell. The text of `show`, the editor's model,
// the xlsx writer and the PDF renderer all lay a table out from this, so that there is one layout.
//
// For tables whose rows come from the document (02, 03, 05, 07, 08表) body row i is table row i.
// A layout keeps each row's subtotal flag as it was made: after a row is added or removed, make
// the layout again (SheetModel does, before it tells its views). The fixed tables (01, 04, 06,
// 09表) never change shape.
class TableLayout
{
public:
    explicit TableLayout(const Sheet &sheet);

    const Sheet &sheet() const { return *m_sheet; }
    const TableDecl &table() const { return *m_sheet->decl; }
    const PrintDecl &print() const { return m_sheet->decl->print; }

    int columnCount() const { return int(print().columns.size()); }
    const GridColumnDecl &column(int gridColumn) const { return print().columns[gridColumn]; }
    int headerRowCount() const { return print().headerRows; }
    const std::vector<HeaderCellDecl> &header() const { return print().header; }
    // The heading cell that covers (row, column), spans included; nullptr where none does.
    const HeaderCellDecl *headerAt(int row, int column) const;

    int bodyRowCount() const;
    // The table row shown in `part` of a printed row; -1 where that part is blank.
    int tableRow(int bodyRow, int part) const;

    struct Slot {
        enum class Kind { Empty, Code, Name, Line, Amount };
        Kind kind = Kind::Empty;
        int tableRow = -1;
        CellId cell = kNoCell; // Amount: the cell (kNoCell where the printed table has a blank)
    };
    Slot slot(int bodyRow, int gridColumn) const;
    // What a code, name or line slot prints (names without indentation); empty otherwise.
    QString text(int bodyRow, int gridColumn) const;
    // The indentation level of a row's name: 0 for 合计/类 and lines, 1 for 款, 2 for 项.
    int level(int tableRow) const;
    // A 合计 or 类 row, or a total line: printed in bold.
    bool isSubtotal(int tableRow) const;

    struct Position {
        int bodyRow = -1;
        int gridColumn = -1;
        friend bool operator==(const Position &, const Position &) = default;
    };
    // Where a table cell (table row, table column) is printed; nullopt when it is not.
    std::optional<Position> position(int tableRow, int tableColumn) const;
    // The printed row a table row is on (-1 when it is not printed), and the part of it.
    int bodyRowOf(int tableRow) const;
    int partOf(int tableRow) const;

private:
    bool computeSubtotal(int tableRow) const;

    const Sheet *m_sheet;
    // Fixed tables: for each printed row, the table row of each part (-1 blank).
    std::vector<std::vector<int>> m_rows;
    // Fixed tables: for each table row, its printed row.
    std::vector<int> m_bodyRowOf;
    int m_parts = 1;
    // For each grid column, the table column an amount column shows (-1 for others).
    std::vector<int> m_tableColumn;
    // For each table row, whether it prints bold as a subtotal.
    std::vector<bool> m_subtotal;
};

// The lines around a table as published.
struct TableCaption {
    QString title;      // 收入支出决算总表
    QString code;       // 公开01表
    QString unitLine;   // 部门：中共南阳市委… or 单位：南阳市政务大数据中心
    QString year;       // 2024年度
    QString amountUnit; // 单位：万元
    QString note;       // 注：本表反映…
    QString emptyNote;  // 说明：我部门没有…故本表无数据 (07/08表 without rows), else empty
};
TableCaption tableCaption(const Sheet &sheet, const UnitInfo &unit, AmountUnit amountUnit);

// A table whose rows come from the document and that lists none (07/08表 of most units).
bool isEmptyTable(const Sheet &sheet);

} // namespace fa
