#pragma once

#include "documentdata.h"
#include "money.h"
#include "sheet.h"
#include "template.h"

#include <QHash>

#include <optional>
#include <vector>

namespace fa {

// Rows that appeared, went or were renamed, and the cells that came and went with them: what the
// checker and views need to follow a structural change.
struct StructureDelta {
    struct Row {
        int sheet;
        QString key;
    };
    std::vector<Row> rowsAdded;
    std::vector<Row> rowsRemoved;
    std::vector<Row> rowsRenamed;
    std::vector<CellId> cellsAdded;
    std::vector<CellId> cellsRemoved;
};

// The recompute engine: every cell of every table of one document, entered and derived, with
// each derived cell's linear formula. A change to an entered cell recomputes exactly the cells
// that depend on it, in dependency order. All arithmetic is on exact 分.
//
// Rows of subjects are added and removed in place: the new cells are wired into the formulas of
// the template's derivations and the removed ones unwired, at a cost proportional to what they
// touch rather than to the document. A removed row's cells are dead; their ids are given to the
// cells of rows added later, so a long session of adding and removing rows does not grow.
class Engine
{
public:
    struct Term {
        CellId cell;
        int coeff;
        friend bool operator==(const Term &, const Term &) = default;
    };
    struct CellMeta {
        std::int16_t sheet;
        std::int32_t row;
        std::int16_t column;
        bool entered;
        bool alive;
    };

    Engine(const Template &tpl, const DocumentData &data);

    // A mistake of the template found while building (validateTemplate() reports it); empty when
    // there is none.
    const QString &problem() const { return m_problem; }

    const Template &templ() const { return *m_tpl; }
    const std::vector<Sheet> &sheets() const { return m_sheets; }
    const Sheet *sheet(const QString &tableId) const;
    int sheetIndex(const QString &tableId) const;

    // Every cell id in use or free for reuse (see isAlive()).
    int cellCount() const { return int(m_meta.size()); }
    CellId find(const QString &address) const { return m_byAddress.value(address, kNoCell); }
    CellId find(const QString &table, const QString &row, const QString &column) const;
    QString address(CellId id) const;
    const CellMeta &meta(CellId id) const { return m_meta[id]; }
    bool isAlive(CellId id) const { return m_meta[id].alive; }
    bool isEntered(CellId id) const { return m_meta[id].entered; }
    // An entered cell that holds a value (as opposed to a blank one, which counts as zero).
    bool isSet(CellId id) const { return m_set[id]; }
    Money value(CellId id) const { return Money::fromFen(m_value[id]); }

    // For deciding what rounding can explain: how many non-zero entered cells a cell sums
    // (with multiplicity), and how many of those are not whole 0.01 万元.
    int leafCount(CellId id) const { return m_leaves[id]; }
    int fineLeafCount(CellId id) const { return m_fine[id]; }

    // The formula of a derived cell (empty for entered cells, and for a sum of nothing).
    const std::vector<Term> &formula(CellId id) const { return m_formula[id]; }
    // Cells whose formula names `id`.
    const std::vector<CellId> &dependents(CellId id) const { return m_dependents[id]; }

    // Sets (or, with nullopt, blanks) an entered cell and recomputes what depends on it.
    // Appends to `changed` every cell whose value, rounding statistics or blankness changed.
    void setEntered(CellId id, std::optional<Money> value, std::vector<CellId> &changed);
    // Sets many entered cells, then recomputes everything that depends on any of them once, in
    // rank order (a paste of a thousand cells recomputes each total once, not a thousand times).
    void setEntered(const std::vector<std::pair<CellId, std::optional<Money>>> &values, std::vector<CellId> &changed);

    // Adds the 项 row `code` (and its 款 and 类 rows when missing) to a table of subjects, with
    // blank cells. Names come from `data` (the document's own names, else the catalogue).
    void addSubjectRow(int sheet, const QString &code, const DocumentData &data, StructureDelta &delta);
    // Blanks and removes the 项 row `code`, and its 款 and 类 rows when nothing is left under them.
    void removeSubjectRow(int sheet, const QString &code, std::vector<CellId> &changed, StructureDelta &delta);
    // Gives the rows of `code` in every table of subjects the name `data` now has for it.
    void renameSubject(const QString &code, const DocumentData &data, StructureDelta &delta);

private:
    void buildSheets(const DocumentData &data);
    void buildCells();
    void buildFormulas();
    void orderCells();
    bool recompute(CellId id);
    CellId mustFind(const QString &address);
    void fail(const QString &problem);

    CellId newCell(int sheet, int row, int column, bool entered);
    void insertRow(int sheet, const QString &key, const QString &label, RowInfo::Kind kind, StructureDelta &delta);
    void removeRow(int sheet, int row, StructureDelta &delta);
    void addTerm(CellId target, CellId term, int coeff);
    void setFormula(CellId target, std::vector<Term> terms);
    void renumberRows(int sheet, int fromRow);
    void wireRow(int sheet, int row);
    void raiseRanks(std::vector<CellId> cells);
    // Sets one entered cell without recomputing its dependents; true when they need it.
    bool assignEntered(CellId id, std::optional<Money> value, std::vector<CellId> &changed);
    // Recomputes, in rank order, every transitive dependent of the cells in m_work.
    void recomputeDependents(std::vector<CellId> &changed);

    const Template *m_tpl;
    QString m_problem;
    std::vector<QString> m_classes;                          // the 类 codes in catalogue order
    std::vector<std::vector<const DerivationDecl *>> m_rowRules; // per sheet: derivations wired per row
    std::vector<Sheet> m_sheets;
    QHash<QString, int> m_sheetIndex;
    QHash<QString, CellId> m_byAddress;

    std::vector<CellMeta> m_meta;
    std::vector<std::int64_t> m_value;
    std::vector<std::int32_t> m_leaves;
    std::vector<std::int32_t> m_fine;
    std::vector<bool> m_set;
    std::vector<std::int32_t> m_rank;
    std::vector<std::vector<Term>> m_formula;
    std::vector<std::vector<CellId>> m_dependents;
    std::vector<CellId> m_free; // ids of removed cells, for new ones

    // Scratch for setEntered.
    std::vector<std::uint32_t> m_mark;
    std::uint32_t m_stamp = 0;
    std::vector<CellId> m_work;
};

} // namespace fa
