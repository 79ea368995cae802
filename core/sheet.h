#pragma once

#include "template.h"

#include <QHash>
#include <QString>

#include <cstdint>
#include <vector>

namespace fa {

using CellId = std::int32_t;
inline constexpr CellId kNoCell = -1;

// A row of one table as laid out for a document.
struct RowInfo {
    enum class Kind : std::uint8_t { Total, Class, Kind_, Item, Line, Blank };
    QString key;    // address component: "合计", "201", "2013704", "27", "预算", "人员经费合计"
    QString label;  // printed name
    Kind kind = Kind::Line;
    int side = 0;   // two-sided tables: 0 income, 1 expense; 06表 total lines: the column group
    int group = 0;  // 06表: which printed column group (1–3); 0 for extra lines
};

// One table of a document: its rows (from the template and the document's subjects), columns and
// the cell at each (row, column), or kNoCell where the printed table has a blank.
//
// The rows of a table of subjects are 合计 and then the codes in ascending order (each 类 followed
// by its 款, each 款 by its 项), so a row is found by binary search and a new one is inserted at
// its place; the rows of the other tables are fixed.
class Sheet
{
public:
    const TableDecl *decl = nullptr;
    std::vector<RowInfo> rows;

    int rowCount() const { return int(rows.size()); }
    int columnCount() const { return int(decl->columns.size()); }
    CellId cell(int row, int column) const { return m_cells[std::size_t(row) * decl->columns.size() + column]; }
    int rowIndex(const QString &key) const;
    int columnIndex(const QString &key) const { return decl->columnIndex(key); }
    bool hasSubjectRows() const { return decl->rows == RowSource::FunctionSubjects; }
    // Where a subject row with `key` is or would be inserted (tables of subjects only).
    int subjectRowPosition(const QString &key) const;

    void setRows(std::vector<RowInfo> newRows);
    void setCell(int row, int column, CellId id) { m_cells[std::size_t(row) * decl->columns.size() + column] = id; }
    // Inserts a row (without cells) before `at`, or removes one; rows after it move by one.
    void insertRow(int at, RowInfo row);
    void removeRow(int at);

private:
    std::vector<CellId> m_cells;
    QHash<QString, int> m_rowIndex; // fixed tables only
};

} // namespace fa
