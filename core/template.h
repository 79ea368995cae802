#pragma once

#include "catalog.h"

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

struct ColumnDecl {
    QString key;       // the address component, e.g. "财政拨款收入"
    int lanci = 0;     // the printed 栏次 number; 0 when the column is not printed
    bool printed = true;
};

// A fixed line (01/04/09表) or an extra named line (06表 人员经费合计).
struct LineDecl {
    QString key;              // "27", "预算", "人员经费合计"
    QString label;            // printed label; empty for a blank line
    int side = 0;             // 0 = income (left), 1 = expense (right) for two-sided tables
    QStringList columns;      // columns that have a cell on this line
    QStringList entered;      // of those, the ones a person enters
};

struct TableDecl {
    QString id;          // "t01"
    QString code;        // "公开01表"
    QString title;       // "收入支出决算总表"
    QString note;        // the footnote (注：…)
    QString emptyNote;   // 说明 printed when the table has no data, with %1 = 部门/单位
    RowSource rows = RowSource::FixedLines;
    std::vector<ColumnDecl> columns;
    std::vector<LineDecl> lines;     // FixedLines, and extra lines of EconomicCatalog
    QStringList leafEntered;         // FunctionSubjects/EconomicCatalog: columns entered on leaf rows
    bool twoSided = false;
    bool linesAsBlocks = false;      // 09表: each line printed as a block of columns, side by side
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

// One template year: the nine tables, their derivations and checks, and catalogues.
struct Template {
    QString id;                    // "2024"
    std::vector<TableDecl> tables; // in order t01 … t09
    std::vector<DerivationDecl> derivations;
    std::vector<CheckDecl> checks;
    FunctionCatalog functions;
    EconomicCatalog economics;

    const TableDecl *table(const QString &id) const;
};

// The templates the program knows, by id; nullptr when unknown.
const Template *findTemplate(const QString &id);
QStringList knownTemplates();

// Declared in template2024.cpp.
Template makeTemplate2024();

} // namespace fa
