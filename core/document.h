#pragma once

#include "checker.h"
#include "documentdata.h"
#include "engine.h"

#include <memory>
#include <optional>
#include <vector>

namespace fa {

// What one change did: the cells whose value changed (the entered cell first), the check
// instances whose finding changed, and whether rows appeared or went (then views reset).
struct ChangeSet {
    std::vector<CellId> cells;
    std::vector<int> findings;
    bool structural = false;
};

// A document in memory: its data, the engine that keeps every derived cell current and the
// checker that keeps every finding current. Knows nothing of files; see Store.
class Document
{
public:
    static Result<std::unique_ptr<Document>> create(DocumentData data);

    const DocumentData &data() const { return m_data; }
    const Template &templ() const { return *m_tpl; }
    const Engine &engine() const { return *m_engine; }
    const Checker &checker() const { return *m_checker; }

    // Checks that `address` may be entered and `value` is in range, without changing anything.
    Result<EnteredCell> validateSet(const QString &address, std::optional<Money> value) const;
    // The value stored at an entered address (nullopt when blank).
    std::optional<Money> storedValue(const QString &address) const;

    // Applies a change that validateSet() accepted. A value in a 项 row the table does not list
    // yet adds the row (a structural change).
    ChangeSet setValue(const QString &address, std::optional<Money> value);
    ChangeSet setText(const QString &key, const QString &text);
    // Removes a 项 row and its values from one table.
    ChangeSet removeSubjectRow(const QString &table, const QString &code);

private:
    explicit Document(DocumentData data);
    void rebuild();

    DocumentData m_data;
    const Template *m_tpl;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<Checker> m_checker;
};

} // namespace fa
