#pragma once

#include "documentdata.h"
#include "money.h"
#include "sheet.h"
#include "template.h"

#include <QHash>

#include <optional>
#include <vector>

namespace fa {

// The recompute engine: every cell of every table of one document, entered and derived, with
// each derived cell's linear formula. A change to an entered cell recomputes exactly the cells
// that depend on it, in dependency order. All arithmetic is on exact 分.
class Engine
{
public:
    struct Term {
        CellId cell;
        int coeff;
    };
    struct CellMeta {
        std::int16_t sheet;
        std::int32_t row;
        std::int16_t column;
        bool entered;
    };

    Engine(const Template &tpl, const DocumentData &data);

    const Template &templ() const { return *m_tpl; }
    const std::vector<Sheet> &sheets() const { return m_sheets; }
    const Sheet *sheet(const QString &tableId) const;
    int sheetIndex(const QString &tableId) const;

    int cellCount() const { return int(m_meta.size()); }
    CellId find(const QString &address) const { return m_byAddress.value(address, kNoCell); }
    CellId find(const QString &table, const QString &row, const QString &column) const;
    QString address(CellId id) const;
    const CellMeta &meta(CellId id) const { return m_meta[id]; }
    bool isEntered(CellId id) const { return m_meta[id].entered; }
    // An entered cell that holds a value (as opposed to a blank one, which counts as zero).
    bool isSet(CellId id) const { return m_set[id]; }
    Money value(CellId id) const { return Money::fromFen(m_value[id]); }

    // For deciding what rounding can explain: how many non-zero entered cells a cell sums
    // (with multiplicity), and how many of those are not whole 0.01 万元.
    int leafCount(CellId id) const { return m_leaves[id]; }
    int fineLeafCount(CellId id) const { return m_fine[id]; }

    // The formula of a derived cell (empty for entered cells, and for a sum of nothing).
    std::vector<Term> formula(CellId id) const;
    // Cells whose formula names `id`.
    std::vector<CellId> dependents(CellId id) const;

    // Sets (or, with nullopt, blanks) an entered cell and recomputes what depends on it.
    // Appends to `changed` every cell whose value or rounding statistics changed.
    void setEntered(CellId id, std::optional<Money> value, std::vector<CellId> &changed);

private:
    void buildSheets(const DocumentData &data);
    void buildCells();
    void buildFormulas();
    void orderCells();
    bool recompute(CellId id);
    CellId mustFind(const QString &address) const;
    void addFormula(CellId target, std::vector<Term> terms);

    const Template *m_tpl;
    std::vector<Sheet> m_sheets;
    QHash<QString, int> m_sheetIndex;
    QHash<QString, CellId> m_byAddress;

    std::vector<CellMeta> m_meta;
    std::vector<std::int64_t> m_value;
    std::vector<std::int32_t> m_leaves;
    std::vector<std::int32_t> m_fine;
    std::vector<bool> m_set;
    std::vector<std::int32_t> m_rank;

    // Formulas and dependents in compressed rows: cell i's terms are m_terms[m_termStart[i] .. m_termStart[i+1]).
    std::vector<std::int32_t> m_termStart;
    std::vector<Term> m_terms;
    std::vector<std::int32_t> m_depStart;
    std::vector<CellId> m_deps;

    // Scratch for setEntered.
    std::vector<std::uint32_t> m_mark;
    std::uint32_t m_stamp = 0;
    std::vector<CellId> m_work;
};

} // namespace fa
