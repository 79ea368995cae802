#pragma once

#include "checker.h"
#include "documentdata.h"
#include "edit.h"
#include "engine.h"

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace fa {

// Consecutive rows of one table that appeared or went.
struct RowSpan {
    int sheet = 0;
    int first = 0;
    int count = 0;
    friend bool operator==(const RowSpan &, const RowSpan &) = default;
};

// What one batch did, for views to follow it without a reset.
struct ChangeSet {
    // Cells whose value (or blankness) changed, entered and derived; cells of inserted rows are
    // not listed (they are new and blank).
    std::vector<CellId> cells;
    // Check instances whose finding changed (appeared, went or changed).
    std::vector<int> findings;
    // Rows that went, as positions before the change: remove them last to first. Then rows that
    // appeared, as positions after the change: insert them first to last. A row removed and added
    // again within the batch is in both.
    std::vector<RowSpan> rowsRemoved;
    std::vector<RowSpan> rowsInserted;
    // Rows whose printed name changed (sheet, row after the change).
    std::vector<std::pair<int, int>> rowsRenamed;
    std::vector<QString> texts;    // text keys whose text changed
    std::vector<QString> counts;   // count keys whose count changed
    bool unitChanged = false;      // the unit information (headings, footnotes) changed
    bool evaluationsChanged = false; // the 绩效自评 tables changed

    bool structural() const { return !rowsRemoved.empty() || !rowsInserted.empty(); }
    bool empty() const
    {
        return cells.empty() && findings.empty() && !structural() && rowsRenamed.empty() && texts.empty()
               && counts.empty() && !unitChanged && !evaluationsChanged;
    }
};

// A batch that was applied: what changed, and the batch that undoes it exactly.
struct Applied {
    ChangeSet changes;
    Batch inverse;
};

// Writes a batch's statements durably (the Store, in one transaction); an error undoes the batch.
using Persist = std::function<Status(const std::vector<StoreOp> &)>;

// A document in memory: its data, the engine that keeps every derived cell current and the
// checker that keeps every finding current. Knows nothing of files; see DocumentFile.
class Document
{
public:
    [[nodiscard]] static Result<std::unique_ptr<Document>> create(DocumentData data);

    const DocumentData &data() const { return m_data; }
    const Template &templ() const { return *m_tpl; }
    const Engine &engine() const { return *m_engine; }
    const Checker &checker() const { return *m_checker; }

    // The value stored at an entered address (nullopt when blank).
    std::optional<Money> storedValue(const QString &address) const;

    // Applies a batch all or nothing: every edit is validated in order (each sees the ones before
    // it), then `persist` writes the statements, and only then are the engine and the checker
    // brought up to date, once. On any error the document is exactly as before. Edits that
    // change nothing are dropped (they have no statements and no inverse).
    [[nodiscard]] Result<Applied> apply(const Batch &batch, const Persist &persist = {});

private:
    explicit Document(DocumentData data);
    void rebuild();
    struct Staging;
    [[nodiscard]] Status stage(const Edit &edit, Staging &s);
    void stageAddRow(const QString &table, const QString &code, Staging &s);
    ChangeSet commit(Staging &s);

    DocumentData m_data;
    const Template *m_tpl;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<Checker> m_checker;
};

} // namespace fa
