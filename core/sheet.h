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
    int side = 0;   // two-sided tables: 0 income, 1 expense
    int group = 0;  // 06表: which printed column group (1–3); 0 for extra lines
};

// One table of a document: its rows (from the template and the document's subjects), columns and
// the cell at each (row, column), or kNoCell where the printed table has a blank.
class Sheet
{
public:
    const TableDecl *decl = nullptr;
    std::vector<RowInfo> rows;

    int rowCount() const { return int(rows.size()); }
    int columnCount() const { return int(decl->columns.size()); }
    CellId cell(int row, int column) const { return m_cells[std::size_t(row) * decl->columns.size() + column]; }
    int rowIndex(const QString &key) const { return m_rowIndex.value(key, -1); }
    int columnIndex(const QString &key) const;

    void setRows(std::vector<RowInfo> newRows);
    void setCell(int row, int column, CellId id) { m_cells[std::size_t(row) * decl->columns.size() + column] = id; }

private:
    std::vector<CellId> m_cells;
    QHash<QString, int> m_rowIndex;
};

} // namespace fa
