#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace fa::ui {

// The clipboard forms Excel and WPS exchange: tab-separated rows, and an HTML table.
using TextGrid = std::vector<QStringList>;

// Parses TSV as Excel writes it: rows end in \n or \r\n (a final one is not an empty row),
// cells are separated by tabs, a cell in double quotes may hold tabs, newlines and "" quotes.
TextGrid parseTsv(const QString &text);
QString toTsv(const TextGrid &grid);
QString toHtmlTable(const TextGrid &grid);

} // namespace fa::ui
