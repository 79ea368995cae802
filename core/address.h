#pragma once

#include <QString>

#include <optional>

namespace fa {

// A cell address "TABLE/ROW/COLUMN", e.g. "t03/2013701/基本支出" (see INTERCHANGE.md).
struct CellAddress {
    QString table;
    QString row;
    QString column;

    static std::optional<CellAddress> parse(const QString &text);
    QString toString() const { return table + QLatin1Char('/') + row + QLatin1Char('/') + column; }
};

} // namespace fa
