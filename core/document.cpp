#include "document.h"

#include "catalog.h"
#include "texts.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>
#include <map>
#include <set>

namespace fa {

namespace {

// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Document)
};

// The texts that belong to a row and go with it: reason/<table>/<code> (e.g. the 05表 reason).
QString rowTextKey(const QString &table, const QString &code)
{
    return QStringLiteral("reason/") + table + QLatin1Char('/') + code;
}

// Sets `key` of one of the document's maps to `value`; nullopt removes it.
template<typename T>
void assign(std::map<QString, T> &map, const QString &key, const std::optional<T> &value)
{
    if (value)
        map[key] = *value;
    else
        map.erase(key);
}

std::optional<QString> nonEmpty(const QString &text)
{
    return text.isEmpty() ? std::nullopt : std::optional(text);
}

} // namespace

// What validating a batch prepared: the statements to write, the inverse of each edit, how to
// put the data back, and the engine steps to replay once the statements are durable.
struct Document::Staging {
    struct Step {
        enum class Kind { Value, AddRow, RemoveRow, Rename, Text };
        Kind kind;
        int sheet = -1;
        QString key;
        std::optional<Money> value;
    };
    std::vector<StoreOp> ops;
    std::vector<Batch> inverses;
    std::vector<std::function<void(DocumentData &)>> undo;
    std::vector<Step> steps;
    std::vector<QString> counts;
    bool unitChanged = false;
    bool evaluationsChanged = false;

    // Changes one entry of one of the document's maps (values, texts, subjects, counts) and keeps
    // how to put back what it held.
    template<typename T>
    void put(DocumentData &data, std::map<QString, T> DocumentData::*member, const QString &key, const std::optional<T> &value)
    {
        auto &map = data.*member;
        const auto it = map.find(key);
        const std::optional<T> old = it == map.end() ? std::nullopt : std::optional<T>(it->second);
        assign(map, key, value);
        undo.push_back([member, key, old](DocumentData &d) { assign(d.*member, key, old); });
    }
};

Result<std::unique_ptr<Document>> Document::create(DocumentData data)
{
    if (auto e = validateDocument(data))
        return *e;
    return std::unique_ptr<Document>(new Document(std::move(data)));
}

Document::Document(DocumentData data)
    : m_data(std::move(data))
    , m_tpl(findTemplate(m_data.templateId))
{
    rebuild();
}

void Document::rebuild()
{
    m_checker.reset();
    m_engine = std::make_unique<Engine>(*m_tpl, m_data);
    m_checker = std::make_unique<Checker>(*m_engine, m_data.texts);
}

std::optional<Money> Document::storedValue(const QString &address) const
{
    const auto it = m_data.values.find(address);
    if (it == m_data.values.end())
        return std::nullopt;
    return it->second;
}

void Document::stageAddRow(const QString &table, const QString &code, Staging &s)
{
    m_data.subjectRows[table].insert(code);
    s.undo.push_back([table, code](DocumentData &d) {
        auto it = d.subjectRows.find(table);
        it->second.erase(code);
        if (it->second.empty())
            d.subjectRows.erase(it);
    });
    s.ops.push_back({StoreOp::Kind::PutRow, table, code});
    s.steps.push_back({Staging::Step::Kind::AddRow, m_engine->sheetIndex(table), code, std::nullopt});
    s.inverses.back().push_back(Edit::removeRow(table, code));
}

Status Document::stage(const Edit &edit, Staging &s)
{
    s.inverses.emplace_back();
    Batch &inverse = s.inverses.back();
    switch (edit.kind) {
    case Edit::Kind::SetValue: {
        const auto cell = resolveEnteredAddress(*m_tpl, m_data.subjects, edit.key);
        if (!cell)
            return cell.error();
        if (edit.value) {
            if (auto e = validateAmount(edit.key, *edit.value))
                return e;
        }
        bool newRow = false;
        if (cell.value().subjectRow) {
            const QString &table = cell.value().table->id;
            const auto it = m_data.subjectRows.find(table);
            const bool listed = it != m_data.subjectRows.end() && it->second.count(cell.value().row);
            if (!listed) {
                if (!edit.value)
                    return std::nullopt; // nothing to blank in a row that is not there
                if (it != m_data.subjectRows.end() && int(it->second.size()) >= kMaxSubjectRowsPerTable)
                    return Error(Error::Code::TooLarge, Tr::tr("Table %1 has too many rows.").arg(cell.value().table->code));
                stageAddRow(table, cell.value().row, s);
                newRow = true;
            }
        }
        const std::optional<Money> old = storedValue(edit.key);
        if (old == edit.value)
            return std::nullopt;
        s.put(m_data, &DocumentData::values, edit.key, edit.value);
        s.ops.push_back(edit.value ? StoreOp{StoreOp::Kind::PutCell, edit.key, {}, edit.value->fen()}
                                   : StoreOp{StoreOp::Kind::DeleteCell, edit.key, {}, 0});
        s.steps.push_back({Staging::Step::Kind::Value, -1, edit.key, edit.value});
        if (!newRow) // removing the new row takes its values with it
            inverse.push_back(Edit::setValue(edit.key, old));
        return std::nullopt;
    }
    case Edit::Kind::SetText: {
        if (auto e = validateText(edit.key, edit.text))
            return e;
        const auto it = m_data.texts.find(edit.key);
        const QString old = it == m_data.texts.end() ? QString() : it->second;
        if (old == edit.text)
            return std::nullopt;
        s.put(m_data, &DocumentData::texts, edit.key, nonEmpty(edit.text));
        s.ops.push_back({edit.text.isEmpty() ? StoreOp::Kind::DeleteText : StoreOp::Kind::PutText, edit.key, edit.text});
        s.steps.push_back({Staging::Step::Kind::Text, -1, edit.key, std::nullopt});
        inverse.push_back(Edit::setText(edit.key, old));
        return std::nullopt;
    }
    case Edit::Kind::AddRow:
    case Edit::Kind::RemoveRow: {
        const TableDecl *table = m_tpl->table(edit.key);
        if (!table || table->rows != RowSource::FunctionSubjects)
            return Error(Error::Code::BadAddress, Tr::tr("Table “%1” has no subject rows.").arg(edit.key));
        if (functionCodeLevel(edit.code) != SubjectLevel::Item)
            return Error(Error::Code::BadCode, Tr::tr("“%1” is not a 项 code (7 digits).").arg(edit.code));
        const auto it = m_data.subjectRows.find(edit.key);
        const bool listed = it != m_data.subjectRows.end() && it->second.count(edit.code);
        if (edit.kind == Edit::Kind::AddRow) {
            const auto cell = resolveEnteredAddress(*m_tpl, m_data.subjects,
                                                    edit.key + QLatin1Char('/') + edit.code + QLatin1Char('/') + table->leafEntered.first());
            if (!cell)
                return cell.error();
            if (listed)
                return std::nullopt;
            if (it != m_data.subjectRows.end() && int(it->second.size()) >= kMaxSubjectRowsPerTable)
                return Error(Error::Code::TooLarge, Tr::tr("Table %1 has too many rows.").arg(table->code));
            stageAddRow(edit.key, edit.code, s);
            return std::nullopt;
        }
        if (!listed)
            return std::nullopt;
        inverse.push_back(Edit::addRow(edit.key, edit.code));
        const QString prefix = edit.key + QLatin1Char('/') + edit.code + QLatin1Char('/');
        std::vector<QString> gone;
        for (auto v = m_data.values.lower_bound(prefix); v != m_data.values.end() && v->first.startsWith(prefix); ++v) {
            inverse.push_back(Edit::setValue(v->first, v->second));
            s.ops.push_back({StoreOp::Kind::DeleteCell, v->first, {}, 0});
            gone.push_back(v->first);
        }
        for (const QString &address : gone)
            s.put(m_data, &DocumentData::values, address, std::optional<Money>());
        it->second.erase(edit.code);
        if (it->second.empty())
            m_data.subjectRows.erase(it);
        s.undo.push_back([table = edit.key, code = edit.code](DocumentData &d) { d.subjectRows[table].insert(code); });
        s.ops.push_back({StoreOp::Kind::DeleteRow, edit.key, edit.code});
        s.steps.push_back({Staging::Step::Kind::RemoveRow, m_engine->sheetIndex(edit.key), edit.code, std::nullopt});
        const QString textKey = rowTextKey(edit.key, edit.code);
        if (const auto t = m_data.texts.find(textKey); t != m_data.texts.end()) {
            inverse.push_back(Edit::setText(textKey, t->second));
            s.ops.push_back({StoreOp::Kind::DeleteText, textKey, {}});
            s.put(m_data, &DocumentData::texts, textKey, std::optional<QString>());
            s.steps.push_back({Staging::Step::Kind::Text, -1, textKey, std::nullopt});
        }
        return std::nullopt;
    }
    case Edit::Kind::SetUnit: {
        if (auto e = validateUnit(edit.unit))
            return e;
        if (edit.unit.compiled != m_data.unit.compiled || edit.unit.year != m_data.unit.year) {
            if (auto e = validateCompiled(edit.unit.compiled, edit.unit.year))
                return e;
        }
        if (edit.unit == m_data.unit)
            return std::nullopt;
        inverse.push_back(Edit::setUnit(m_data.unit));
        s.undo.push_back([old = m_data.unit](DocumentData &d) { d.unit = old; });
        m_data.unit = edit.unit;
        const std::pair<const char *, QString> meta[] = {
            {"unit.name", edit.unit.name}, {"unit.scope", edit.unit.scope}, {"unit.type", edit.unit.type},
            {"unit.year", QString::number(edit.unit.year)}, {"unit.compiled", edit.unit.compiled}};
        for (const auto &[k, v] : meta)
            s.ops.push_back({StoreOp::Kind::PutMeta, QString::fromLatin1(k), v.isNull() ? QStringLiteral("") : v});
        s.unitChanged = true;
        return std::nullopt;
    }
    case Edit::Kind::SetSubjectName: {
        if (!functionCodeLevel(edit.code))
            return Error(Error::Code::BadCode, Tr::tr("“%1” is not a function classification code.").arg(edit.code));
        if (edit.text.size() > kMaxNameLength || (!edit.text.isEmpty() && edit.text.trimmed().isEmpty()))
            return Error(Error::Code::BadValue, Tr::tr("The name of subject %1 is blank or too long.").arg(edit.code));
        const auto it = m_data.subjects.find(edit.code);
        const QString old = it == m_data.subjects.end() ? QString() : it->second;
        if (old == edit.text)
            return std::nullopt;
        if (edit.text.isEmpty() && m_tpl->functions.name(edit.code).isEmpty()) {
            // Without its own name the code has none at all: only when no row uses it.
            for (const auto &[table, codes] : m_data.subjectRows) {
                const auto at = codes.lower_bound(edit.code);
                if (at != codes.end() && at->startsWith(edit.code))
                    return Error(Error::Code::BadCode,
                                 Tr::tr("Code “%1” is not in the catalogue and table rows use it: it needs a name.").arg(edit.code));
            }
        }
        s.put(m_data, &DocumentData::subjects, edit.code, nonEmpty(edit.text));
        s.ops.push_back({edit.text.isEmpty() ? StoreOp::Kind::DeleteSubject : StoreOp::Kind::PutSubject, edit.code, edit.text});
        s.steps.push_back({Staging::Step::Kind::Rename, -1, edit.code, std::nullopt});
        inverse.push_back(Edit::setSubjectName(edit.code, old));
        return std::nullopt;
    }
    case Edit::Kind::SetCount: {
        if (edit.count) {
            if (auto e = validateCount(edit.key, *edit.count))
                return e;
        } else if (!isKnownCountKey(edit.key)) {
            return validateCount(edit.key, 0);
        }
        const auto it = m_data.counts.find(edit.key);
        const std::optional<qint64> old = it == m_data.counts.end() ? std::nullopt : std::optional(it->second);
        if (old == edit.count)
            return std::nullopt;
        s.put(m_data, &DocumentData::counts, edit.key, edit.count);
        s.ops.push_back(edit.count ? StoreOp{StoreOp::Kind::PutCount, edit.key, {}, *edit.count}
                                   : StoreOp{StoreOp::Kind::DeleteCount, edit.key, {}, 0});
        if (std::find(s.counts.begin(), s.counts.end(), edit.key) == s.counts.end())
            s.counts.push_back(edit.key);
        inverse.push_back(Edit::setCount(edit.key, old));
        return std::nullopt;
    }
    case Edit::Kind::SetEvaluations: {
        // Validated as their JSON form is: every text bounded, every amount and score in range.
        const QJsonArray json = evaluationsToJson(edit.evaluations);
        const auto read = evaluationsFromJson(json);
        if (!read)
            return read.error();
        if (read.value() != edit.evaluations)
            return Error(Error::Code::BadValue, Tr::tr("The 绩效自评 tables do not survive being stored."));
        if (edit.evaluations == m_data.evaluations)
            return std::nullopt;
        inverse.push_back(Edit::setEvaluations(m_data.evaluations));
        s.undo.push_back([old = m_data.evaluations](DocumentData &d) { d.evaluations = old; });
        m_data.evaluations = edit.evaluations;
        s.ops.push_back({StoreOp::Kind::ClearEvaluations, {}, {}, 0});
        for (int i = 0; i < json.size(); ++i)
            s.ops.push_back({StoreOp::Kind::PutEvaluation, {},
                             QString::fromUtf8(QJsonDocument(json.at(i).toObject()).toJson(QJsonDocument::Compact)), i});
        s.evaluationsChanged = true;
        return std::nullopt;
    }
    }
    return Error(Error::Code::BadValue, Tr::tr("Unknown kind of change."));
}

Result<Applied> Document::apply(const Batch &batch, const Persist &persist)
{
    Staging s;
    auto rollback = [&] {
        for (auto it = s.undo.rbegin(); it != s.undo.rend(); ++it)
            (*it)(m_data);
    };
    for (const Edit &edit : batch) {
        if (auto e = stage(edit, s)) {
            rollback();
            return *e;
        }
    }
    if (persist && !s.ops.empty()) {
        if (auto e = persist(s.ops)) {
            rollback();
            return *e;
        }
    }
    Applied applied;
    applied.changes = commit(s);
    for (auto it = s.inverses.rbegin(); it != s.inverses.rend(); ++it)
        applied.inverse.insert(applied.inverse.end(), it->begin(), it->end());
    return applied;
}

namespace {

// Consecutive positions as spans of one sheet.
void addSpans(int sheet, const std::vector<int> &positions, std::vector<RowSpan> &out)
{
    for (int p : positions) {
        if (!out.empty() && out.back().sheet == sheet && out.back().first + out.back().count == p)
            ++out.back().count;
        else
            out.push_back({sheet, p, 1});
    }
}

} // namespace

ChangeSet Document::commit(Staging &s)
{
    ChangeSet cs;
    cs.unitChanged = s.unitChanged;
    cs.evaluationsChanged = s.evaluationsChanged;
    cs.counts = s.counts;
    std::vector<CellId> changed;
    std::map<int, std::vector<QString>> before; // the row keys of each sheet that changes shape
    std::map<int, std::set<QString>> removed;   // keys removed from it during the batch
    std::vector<std::pair<int, QString>> renamed;
    auto snapshot = [&](int sheet) {
        if (before.count(sheet))
            return;
        std::vector<QString> &keys = before[sheet];
        for (const RowInfo &r : m_engine->sheets()[sheet].rows)
            keys.push_back(r.key);
    };
    // Values are set together and recomputed once, up to the next change of rows.
    std::vector<std::pair<CellId, std::optional<Money>>> values;
    auto flush = [&] {
        if (!values.empty())
            m_engine->setEntered(values, changed);
        values.clear();
    };
    for (const Staging::Step &step : s.steps) {
        switch (step.kind) {
        case Staging::Step::Kind::Value:
            values.push_back({m_engine->find(step.key), step.value});
            break;
        case Staging::Step::Kind::AddRow:
        case Staging::Step::Kind::RemoveRow: {
            flush();
            snapshot(step.sheet);
            StructureDelta delta;
            if (step.kind == Staging::Step::Kind::AddRow)
                m_engine->addSubjectRow(step.sheet, step.key, m_data, delta);
            else
                m_engine->removeSubjectRow(step.sheet, step.key, changed, delta);
            for (const auto &row : delta.rowsRemoved)
                removed[row.sheet].insert(row.key);
            m_checker->structureChanged(delta, cs.findings);
            break;
        }
        case Staging::Step::Kind::Rename: {
            flush();
            StructureDelta delta;
            m_engine->renameSubject(step.key, m_data, delta);
            for (const auto &row : delta.rowsRenamed)
                renamed.push_back({row.sheet, row.key});
            m_checker->structureChanged(delta, cs.findings);
            break;
        }
        case Staging::Step::Kind::Text:
            m_checker->textChanged(step.key, cs.findings);
            if (std::find(cs.texts.begin(), cs.texts.end(), step.key) == cs.texts.end())
                cs.texts.push_back(step.key);
            break;
        }
    }
    flush();
    m_checker->cellsChanged(changed, cs.findings);

    // Each changed cell once, in the order of first change (the entered cell of a one-cell
    // change first), living cells only.
    std::vector<std::pair<CellId, std::size_t>> order;
    order.reserve(changed.size());
    for (std::size_t i = 0; i < changed.size(); ++i)
        order.push_back({changed[i], i});
    std::sort(order.begin(), order.end());
    order.erase(std::unique(order.begin(), order.end(), [](const auto &a, const auto &b) { return a.first == b.first; }),
                order.end());
    std::sort(order.begin(), order.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
    for (const auto &[id, position] : order) {
        if (m_engine->isAlive(id))
            cs.cells.push_back(id);
    }
    std::sort(cs.findings.begin(), cs.findings.end());
    cs.findings.erase(std::unique(cs.findings.begin(), cs.findings.end()), cs.findings.end());

    // Rows that went and came: compare each reshaped sheet's keys before and after (both in
    // printed order: 合计, then the codes ascending).
    std::set<std::pair<int, int>> inserted;
    for (const auto &[sheet, old] : before) {
        const auto &rows = m_engine->sheets()[sheet].rows;
        const auto &again = removed[sheet];
        std::vector<int> gone, came;
        std::size_t i = 1, j = 1;
        while (i < old.size() || j < rows.size()) {
            if (j == rows.size() || (i < old.size() && old[i] < rows[j].key)) {
                gone.push_back(int(i++));
            } else if (i == old.size() || rows[j].key < old[i]) {
                came.push_back(int(j++));
            } else {
                if (again.count(old[i])) {
                    gone.push_back(int(i));
                    came.push_back(int(j));
                }
                ++i;
                ++j;
            }
        }
        std::vector<RowSpan> spans;
        addSpans(sheet, gone, spans);
        cs.rowsRemoved.insert(cs.rowsRemoved.end(), spans.rbegin(), spans.rend());
        addSpans(sheet, came, cs.rowsInserted);
        for (int r : came)
            inserted.insert({sheet, r});
    }
    for (const auto &[sheet, key] : renamed) {
        const int r = m_engine->sheets()[sheet].rowIndex(key);
        if (r >= 0 && !inserted.count({sheet, r})
            && std::find(cs.rowsRenamed.begin(), cs.rowsRenamed.end(), std::pair{sheet, r}) == cs.rowsRenamed.end())
            cs.rowsRenamed.push_back({sheet, r});
    }
    return cs;
}

} // namespace fa
