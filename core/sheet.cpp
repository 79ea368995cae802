#include "sheet.h"

#include <algorithm>

namespace fa {

int Sheet::subjectRowPosition(const QString &key) const
{
    // rows[0] is 合计; the codes after it are sorted.
    const auto it = std::lower_bound(rows.begin() + std::min<std::ptrdiff_t>(1, rows.size()), rows.end(), key,
                                     [](const RowInfo &r, const QString &k) { return r.key < k; });
    return int(it - rows.begin());
}

int Sheet::rowIndex(const QString &key) const
{
    if (!hasSubjectRows())
        return m_rowIndex.value(key, -1);
    if (!rows.empty() && rows.front().key == key)
        return 0;
    const int at = subjectRowPosition(key);
    return at < rowCount() && rows[at].key == key ? at : -1;
}

void Sheet::setRows(std::vector<RowInfo> newRows)
{
    rows = std::move(newRows);
    m_rowIndex.clear();
    if (!hasSubjectRows()) {
        for (int i = 0; i < rowCount(); ++i)
            m_rowIndex.insert(rows[i].key, i);
    }
    m_cells.assign(rows.size() * decl->columns.size(), kNoCell);
}

void Sheet::insertRow(int at, RowInfo row)
{
    Q_ASSERT(hasSubjectRows());
    rows.insert(rows.begin() + at, std::move(row));
    const std::size_t n = decl->columns.size();
    m_cells.insert(m_cells.begin() + std::ptrdiff_t(at * n), n, kNoCell);
}

void Sheet::removeRow(int at)
{
    Q_ASSERT(hasSubjectRows());
    rows.erase(rows.begin() + at);
    const std::size_t n = decl->columns.size();
    const auto first = m_cells.begin() + std::ptrdiff_t(at * n);
    m_cells.erase(first, first + std::ptrdiff_t(n));
}

} // namespace fa
