#pragma once

#include "engine.h"

#include <QHash>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace fa {

enum class Severity { Error, Warning, Rounding };
// "error", "warning", "尾差" — as in the JSON report.
QString severityName(Severity severity);

struct Finding {
    Severity severity = Severity::Error;
    QString rule;     // the rule id, e.g. "t01.balance"
    QString address;  // the cell the finding is best shown at
    QString message;  // for people, in the UI language
    std::optional<Money> expected;
    std::optional<Money> actual;
    QString textKey;  // the text (texts.h) that answers the finding, e.g. "reason/t05/2013701"; empty when none does

    friend bool operator==(const Finding &, const Finding &) = default;
};

// The checks (审核) of a template, instantiated for one document's cells. Each instance depends on
// a few cells (or a text); after a change only the instances that depend on changed cells are
// evaluated again. When rows come and go, only the instances of those rows are made, remade or
// retired; an instance id stays the same for as long as the instance exists, and a retired
// instance's id is given to the next new one.
class Checker
{
public:
    Checker(const Engine &engine, const std::map<QString, QString> &texts);

    // Instance ids run from 0 to instanceCount() − 1; retired ones have no finding.
    int instanceCount() const { return int(m_instances.size()); }
    std::optional<Finding> finding(int instance) const;
    // Current findings: errors first, then warnings, then 尾差; within each in rule declaration
    // order, then by where they are shown (table, row, column).
    std::vector<Finding> findings() const;
    // The instances that have a finding, in that order (without building their words): a view
    // that keeps the findings of the instances a change reported can list them in the same order.
    std::vector<int> findingOrder() const;
    int count(Severity severity) const;

    // Re-evaluates what depends on `cells`; appends the instances whose finding changed.
    void cellsChanged(const std::vector<CellId> &cells, std::vector<int> &changedInstances);
    void textChanged(const QString &key, std::vector<int> &changedInstances);
    // Follows rows that appeared, went or were renamed (call before cellsChanged for the values
    // that changed with them).
    void structureChanged(const StructureDelta &delta, std::vector<int> &changedInstances);

private:
    struct Instance {
        const CheckDecl *decl = nullptr; // nullptr: retired
        int declIndex = -1;
        std::vector<Engine::Term> lhs;
        std::vector<Engine::Term> rhs;
        CellId at = kNoCell;
        QString subject;  // e.g. the 项 "2013704 信息安全事务" or a column name, for messages
        QString textKey;
    };
    void instantiate();
    // The instance of a per-row, per-class or per-cell rule for `key`, or nullopt when that row
    // or cell does not exist (any more).
    std::optional<Instance> make(int declIndex, const QString &key) const;
    // Makes, remakes or retires the keyed instance of a rule.
    void refresh(int declIndex, const QString &key, std::vector<int> &changedInstances);
    void attach(int instance);
    void detach(int instance);
    // A finding without its words: what changes decide whether a finding changed.
    struct Outcome {
        Severity severity;
        std::optional<Money> expected;
        Money actual;
        friend bool operator==(const Outcome &, const Outcome &) = default;
    };
    std::optional<Outcome> evaluate(const Instance &instance) const;
    std::int64_t sum(const std::vector<Engine::Term> &terms) const;
    bool reevaluate(int instance);
    void grow();

    const Engine &m_engine;
    const std::map<QString, QString> &m_texts;
    std::vector<QString> m_classes;
    std::vector<Instance> m_instances;
    std::vector<std::optional<Outcome>> m_outcomes;
    QHash<QString, int> m_keyed;
    std::vector<int> m_retired; // ids of retired instances, for new ones // "declIndex|key" → instance of per-row, per-class, per-cell rules
    std::vector<std::vector<int>> m_byCell;
    std::map<QString, std::vector<int>> m_byText;
    std::vector<std::uint32_t> m_mark;
    std::uint32_t m_stamp = 0;
};

} // namespace fa
