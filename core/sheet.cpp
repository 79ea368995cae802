#include "sheet.h"

namespace fa {

int Sheet::columnIndex(const QString &key) const
{
    for (int i = 0; i < columnCount(); ++i) {
        if (decl->columns[i].key == key)
            return i;
    }
    return -1;
}

void Sheet::setRows(std::vector<RowInfo> newRows)
{
    rows = std::move(newRows);
    m_rowIndex.clear();
    for (int i = 0; i < rowCount(); ++i)
        m_rowIndex.insert(rows[i].key, i);
    m_cells.assign(rows.size() * decl->columns.size(), kNoCell);
}

} // namespace fa
