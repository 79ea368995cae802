#pragma once

#include "catalog.h"
#include "error.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace fa {

// How a table's rows come about.
enum class RowSource {
    FixedLines,       // printed lines with a 行次 (01表, 04表) or named rows (09表)
    FunctionSubjects, // 合计 + the 类/款/项 the document uses (02, 03, 05, 07, 08表)
    EconomicCatalog,  // the fixed economic classification (06表), plus named total lines
};

// A column of a table. Its key is part of every cell address (files, JSON, rules) and never
// changes; its label is what the printed heading says, which a later template may change.
struct ColumnDecl {
    QString key;         // the address component, e.g. "财政拨款收入"
    bool printed = true; // false: an entered column the published table does not show (上年…, 年初预算)
    QString label = {};  // the printed heading when it differs from the key, e.g. "小计"

    const QString &printedLabel() const { return label.isEmpty() ? key : label; }
};

// A fixed line (01/04/09表) or an extra named line (06表 人员经费合计).
struct LineDecl {
    QString key;              // "27", "预算", "人员经费合计"
    QString label;            // printed label; empty for a blank line
    int side = 0;             // the part of a printed row it appears in: 0 = income (left), 1 = expense
                              // (right) in two-sided tables; the column group (0–2) of 06表's total lines
    QStringList columns;      // columns that have a cell on this line
    QStringList entered;      // of those, the ones a person enters
    bool total = false;       // a total line (合计, 总计): printed in bold
};

// How a table is printed: the columns of the printed grid and the heading rows above its body.
// Every consumer (the text of `show`, the editor, the xlsx writer, the PDF) lays tables out from
// this one declaration; see layout.h for the document-specific body.
struct GridColumnDecl {
    enum class Role { Code, Name, Line, Amount };
    Role role = Role::Amount;
    int part = 0;     // which record of a printed row this column shows (see Arrangement)
    QString column;   // Amount: the key of the table column it shows
};

// One heading cell; spans merge cells as printed. Rows and columns count from the grid's top left.
struct HeaderCellDecl {
    int row = 0;
    int column = 0;
    int rowSpan = 1;
    int columnSpan = 1;
    QString text;

    friend bool operator==(const HeaderCellDecl &, const HeaderCellDecl &) = default;
};

// How a table's rows are arranged into printed rows.
enum class Arrangement {
    Rows,   // one printed row per table row (02, 03, 05, 07, 08表)
    Sides,  // income lines on the left (part 0), expense lines on the right (part 1): 01, 04表
    Groups, // 06表: three column groups side by side (parts 0–2), then the total lines on one row
    Blocks, // 09表: every line is a block of columns on one printed row (预算数 | 决算数)
};

struct PrintDecl {
    Arrangement arrangement = Arrangement::Rows;
    std::vector<GridColumnDecl> columns;
    std::vector<HeaderCellDecl> header; // includes the 栏次 row when the table prints one
    int headerRows = 0;
    int lanciRow = -1;                  // the heading row of 栏次 numbers; -1 when not printed (06表)
    bool landscape = false;             // wide tables are printed on landscape pages
};

struct TableDecl {
    QString id;          // "t01"
    QString code;        // "公开01表"
    QString title;       // "收入支出决算总表"
    QString note;        // the footnote (注：…)
    QString emptyNote;   // 说明 printed when the table has no data, with %1 = 部门/单位
    RowSource rows = RowSource::FixedLines;
    // false: a table of figures the document needs (情况说明) that is not one of the published
    // 公开表; the editor shows it, the exported and printed tables leave it out.
    bool published = true;
    std::vector<ColumnDecl> columns;
    std::vector<LineDecl> lines;     // FixedLines, and extra lines of EconomicCatalog
    QStringList leafEntered;         // FunctionSubjects/EconomicCatalog: columns entered on leaf rows
    PrintDecl print;

    int columnIndex(const QString &key) const;
    const ColumnDecl *column(const QString &key) const;
};

// A term of a linear formula: coefficient × the cell at an address.
struct TermDecl {
    QString address;
    int coeff = 1;
};

// Derivations, declared per template. All derived cells in this domain are linear sums.
struct DerivationDecl {
    enum class Kind {
        Sum,        // target = Σ terms (fixed cells)
        RowTotal,   // on every leaf row of `table`: column `target` = Σ `columns`
        Tree,       // on `table`: every 款/类/合计 (or economic 类) cell of `columns` = Σ its children
        ClassLines, // `target` table lines firstLine… (one per 类 in catalogue order), column
                    // `targetColumn` = `table`'s 类 row, column `columns[0]`
    };
    Kind kind = Kind::Sum;
    QString target;            // Sum: address; RowTotal: column; ClassLines: target table id
    std::vector<TermDecl> terms;
    QString table;
    QStringList columns;
    int firstLine = 0;
    QString targetColumn;
};

// Checks (审核), declared per template.
struct CheckDecl {
    enum class Kind {
        Equal,            // Σ lhs == Σ rhs; a difference rounding to 万元 explains is 尾差
        ClassEqual,       // for each 类: table/类/column == targetTable line (firstLine + i)/targetColumn
        LeafNotGreater,   // for each 项 of `table`: each column ≤ the same 项 in `otherTable`
        BudgetReason,     // for each 项 of `table`: column ≠ budget column needs a text reason
        NotOverBudget,    // for each column: `lhs` row (决算) ≤ `rhs` row (预算)
        NonNegative,      // no entered amount is negative
        LargeChange,      // `lhs` differs from last year's `rhs` by more than `percent` % without a
                          // text reason; only when last year's figure is given and not zero
    };
    Kind kind = Kind::Equal;
    QString id;                 // stable rule id, e.g. "t01.balance"
    QString description;        // what the rule says, in the domain's words (Chinese)
    std::vector<TermDecl> lhs;  // Equal: the side shown at `at`; NotOverBudget: row keys
    std::vector<TermDecl> rhs;
    QString table;              // ClassEqual/LeafNotGreater/BudgetReason/NotOverBudget
    QString otherTable;
    QStringList columns;
    QString budgetColumn;       // BudgetReason
    QString textKeyPattern;     // BudgetReason: "reason/t05/%1" (项); LargeChange: "reason/change/%1" (address)
    int firstLine = 0;
    QString targetColumn;
    int percent = 0;            // LargeChange
};

// One template year: the nine tables (and the unpublished table of 情况说明's figures), their derivations and checks, and catalogues.
struct Template {
    QString id;                    // "2024"
    std::vector<TableDecl> tables; // in order t01 … t09, then x01
    std::vector<DerivationDecl> derivations;
    std::vector<CheckDecl> checks;
    FunctionCatalog functions;
    EconomicCatalog economics;

    const TableDecl *table(const QString &id) const;
};

// Checks a template for mistakes before any document uses it: every address a derivation, check
// or printed layout names exists, kinds and terms make sense, every derived cell has exactly one
// formula and none depends on itself. The program refuses to start with an invalid template.
[[nodiscard]] Status validateTemplate(const Template &tpl);

// The templates the program knows, by id; nullptr when unknown.
const Template *findTemplate(const QString &id);
QStringList knownTemplates();

// Declared in template2024.cpp.
Template makeTemplate2024();

} // namespace fa
