#include "layout.h"

#include <algorithm>

namespace fa {

TableLayout::TableLayout(const Sheet &sheet)
    : m_sheet(&sheet)
{
    const int rows = sheet.rowCount();
    m_tableColumn.reserve(print().columns.size());
    for (const GridColumnDecl &col : print().columns)
        m_tableColumn.push_back(col.role == GridColumnDecl::Role::Amount ? sheet.columnIndex(col.column) : -1);
    m_subtotal.reserve(std::size_t(rows));
    for (int r = 0; r < rows; ++r)
        m_subtotal.push_back(computeSubtotal(r));
    switch (print().arrangement) {
    case Arrangement::Rows:
        return; // body row = table row, computed on demand
    case Arrangement::Sides:
    case Arrangement::Groups: {
        m_parts = print().arrangement == Arrangement::Sides ? 2 : 3;
        std::vector<std::vector<int>> parts(m_parts);
        std::vector<int> totals; // 06表: the total lines, printed together on a last row
        for (int r = 0; r < rows; ++r) {
            const RowInfo &row = sheet.rows[r];
            if (print().arrangement == Arrangement::Groups && row.group == 0)
                totals.push_back(r);
            else
                parts[std::clamp(partOf(r), 0, m_parts - 1)].push_back(r);
        }
        std::size_t n = 0;
        for (const auto &p : parts)
            n = std::max(n, p.size());
        m_rows.assign(n, std::vector<int>(m_parts, -1));
        for (int p = 0; p < m_parts; ++p) {
            for (std::size_t i = 0; i < parts[p].size(); ++i)
                m_rows[i][p] = parts[p][i];
        }
        if (!totals.empty()) {
            m_rows.emplace_back(m_parts, -1);
            for (int r : totals)
                m_rows.back()[std::clamp(partOf(r), 0, m_parts - 1)] = r;
        }
        break;
    }
    case Arrangement::Blocks:
        m_parts = rows;
        m_rows.emplace_back();
        for (int r = 0; r < rows; ++r)
            m_rows.back().push_back(r);
        break;
    }
    m_bodyRowOf.assign(rows, -1);
    for (int b = 0; b < int(m_rows.size()); ++b) {
        for (int r : m_rows[b]) {
            if (r >= 0)
                m_bodyRowOf[r] = b;
        }
    }
}

int TableLayout::partOf(int tableRow) const
{
    const RowInfo &row = m_sheet->rows[tableRow];
    switch (print().arrangement) {
    case Arrangement::Rows:
        return 0;
    case Arrangement::Sides:
        return row.side;
    case Arrangement::Groups:
        return row.group >= 1 ? row.group - 1 : row.side;
    case Arrangement::Blocks:
        return tableRow;
    }
    return 0;
}

const HeaderCellDecl *TableLayout::headerAt(int row, int column) const
{
    for (const HeaderCellDecl &h : header()) {
        if (row >= h.row && row < h.row + h.rowSpan && column >= h.column && column < h.column + h.columnSpan)
            return &h;
    }
    return nullptr;
}

int TableLayout::bodyRowCount() const
{
    return print().arrangement == Arrangement::Rows ? m_sheet->rowCount() : int(m_rows.size());
}

int TableLayout::tableRow(int bodyRow, int part) const
{
    if (bodyRow < 0 || bodyRow >= bodyRowCount())
        return -1;
    if (print().arrangement == Arrangement::Rows)
        return part == 0 ? bodyRow : -1;
    const auto &parts = m_rows[bodyRow];
    return part >= 0 && part < int(parts.size()) ? parts[part] : -1;
}

TableLayout::Slot TableLayout::slot(int bodyRow, int gridColumn) const
{
    Slot s;
    if (gridColumn < 0 || gridColumn >= columnCount())
        return s;
    const GridColumnDecl &col = column(gridColumn);
    const int r = tableRow(bodyRow, col.part);
    if (r < 0)
        return s;
    const RowInfo &row = m_sheet->rows[r];
    s.tableRow = r;
    switch (col.role) {
    case GridColumnDecl::Role::Code:
        if (row.kind == RowInfo::Kind::Class || row.kind == RowInfo::Kind::Kind_ || row.kind == RowInfo::Kind::Item)
            s.kind = Slot::Kind::Code;
        break;
    case GridColumnDecl::Role::Name:
        s.kind = Slot::Kind::Name;
        break;
    case GridColumnDecl::Role::Line:
        if (row.kind == RowInfo::Kind::Line || row.kind == RowInfo::Kind::Blank)
            s.kind = Slot::Kind::Line;
        break;
    case GridColumnDecl::Role::Amount: {
        s.kind = Slot::Kind::Amount;
        const int c = m_tableColumn[std::size_t(gridColumn)];
        s.cell = c < 0 ? kNoCell : m_sheet->cell(r, c);
        break;
    }
    }
    if (s.kind == Slot::Kind::Empty)
        s.tableRow = -1;
    return s;
}

QString TableLayout::text(int bodyRow, int gridColumn) const
{
    const Slot s = slot(bodyRow, gridColumn);
    switch (s.kind) {
    case Slot::Kind::Code:
    case Slot::Kind::Line:
        return m_sheet->rows[s.tableRow].key;
    case Slot::Kind::Name:
        return m_sheet->rows[s.tableRow].label;
    default:
        return {};
    }
}

int TableLayout::level(int tableRow) const
{
    switch (m_sheet->rows[tableRow].kind) {
    case RowInfo::Kind::Kind_:
        return 1;
    case RowInfo::Kind::Item:
        return table().rows == RowSource::FunctionSubjects ? 2 : 1;
    default:
        return 0;
    }
}

bool TableLayout::isSubtotal(int tableRow) const
{
    return m_subtotal[std::size_t(tableRow)];
}

bool TableLayout::computeSubtotal(int tableRow) const
{
    const RowInfo &row = m_sheet->rows[tableRow];
    switch (row.kind) {
    case RowInfo::Kind::Total:
    case RowInfo::Kind::Class:
    case RowInfo::Kind::Kind_:
        return true;
    case RowInfo::Kind::Line:
        for (const LineDecl &l : table().lines) {
            if (l.key == row.key)
                return l.total;
        }
        return false;
    default:
        return false;
    }
}

int TableLayout::bodyRowOf(int tableRow) const
{
    if (tableRow < 0 || tableRow >= m_sheet->rowCount())
        return -1;
    return print().arrangement == Arrangement::Rows ? tableRow : m_bodyRowOf[tableRow];
}

std::optional<TableLayout::Position> TableLayout::position(int tableRow, int tableColumn) const
{
    if (tableRow < 0 || tableRow >= m_sheet->rowCount() || tableColumn < 0 || tableColumn >= m_sheet->columnCount()
        || m_sheet->cell(tableRow, tableColumn) == kNoCell)
        return std::nullopt;
    const int bodyRow = bodyRowOf(tableRow);
    if (bodyRow < 0)
        return std::nullopt;
    const int part = partOf(tableRow);
    for (int g = 0; g < columnCount(); ++g) {
        if (m_tableColumn[std::size_t(g)] == tableColumn && column(g).part == part)
            return Position{bodyRow, g};
    }
    return std::nullopt;
}

TableCaption tableCaption(const Sheet &sheet, const UnitInfo &unit, AmountUnit amountUnit)
{
    const TableDecl &d = *sheet.decl;
    TableCaption c;
    c.title = d.title;
    c.code = d.code;
    c.unitLine = unit.scope + QStringLiteral("：") + unit.name;
    c.year = QString::number(unit.year) + QStringLiteral("年度");
    c.amountUnit = QStringLiteral("单位：") + amountUnitName(amountUnit);
    c.note = d.note.isEmpty() ? QString() : d.note.arg(unit.scope);
    if (!d.emptyNote.isEmpty() && isEmptyTable(sheet))
        c.emptyNote = d.emptyNote.arg(unit.scope);
    return c;
}

bool isEmptyTable(const Sheet &sheet)
{
    return sheet.decl->rows == RowSource::FunctionSubjects && sheet.rowCount() == 1;
}

} // namespace fa
