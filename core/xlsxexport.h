#pragma once

#include "document.h"
#include "error.h"
#include "money.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace fa {

struct XlsxOptions {
    AmountUnit unit = AmountUnit::Wanyuan;
    // The workbook's creation time (document properties); the current time when invalid. Tests
    // fix it so that two exports of the same document are the same.
    QDateTime created;
};

// What an export wrote.
struct XlsxSummary {
    int formulas = 0; // derived cells written as formulas (with the program's value cached)
    int numbers = 0;  // entered cells written as numbers
    // Derived cells written as plain numbers because a term is not printed in the workbook (or
    // the formula would be too long), as addresses. Empty for the 2024 template.
    QStringList valuesInsteadOfFormulas;
};

// Writes the document as an Excel workbook: one sheet per table (公开01表 … 公开09表) laid out
// like the published table (TableLayout: title, 公开0N表, 部门/单位, year, 单位, merged headings, the
// 栏次 row, code/name/行次 columns, the footnote), amounts as numbers in `unit` with the format
// #,##0.00. Entered cells hold their exact value; derived cells hold a formula over the cells they
// sum (Engine::formula), with the program's value cached so totals show without recalculation.
// Print setup: A4, the table's orientation, one page wide, heading rows repeated, page numbers.
//
// The file is written beside `path` under a temporary name and renamed over it only when
// complete: on any error `path` is as it was (absent or with its old content) and nothing is
// left beside it.
[[nodiscard]] Result<XlsxSummary> exportXlsx(const Document &doc, const QString &path, const XlsxOptions &options = {});

// Where every printed amount cell is in the workbook: address → {"sheet": "公开03表", "cell":
// "D8", "kind": "entered"|"blank"|"formula"|"number"}. For tests and tools that read the workbook.
QJsonObject xlsxCellMap(const Document &doc);

} // namespace fa
