#include "engine.h"

#include <QtGlobal>

#include <algorithm>
#include <set>

namespace fa {

namespace {

bool isAggregate(RowInfo::Kind kind)
{
    return kind == RowInfo::Kind::Total || kind == RowInfo::Kind::Class || kind == RowInfo::Kind::Kind_;
}

RowInfo::Kind subjectKind(const QString &code)
{
    return code.size() == 3 ? RowInfo::Kind::Class : code.size() == 5 ? RowInfo::Kind::Kind_ : RowInfo::Kind::Item;
}

} // namespace

Engine::Engine(const Template &tpl, const DocumentData &data)
    : m_tpl(&tpl)
    , m_classes(tpl.functions.classes())
{
    buildSheets(data);
    m_rowRules.resize(m_sheets.size());
    for (const DerivationDecl &d : tpl.derivations) {
        const int s = sheetIndex(d.table);
        if (d.kind != DerivationDecl::Kind::Sum && s >= 0)
            m_rowRules[s].push_back(&d);
    }
    buildCells();
    for (const auto &[address, amount] : data.values) {
        const CellId id = find(address);
        if (id == kNoCell || !m_meta[id].entered)
            continue; // validateDocument() rejects these before a document is built
        m_value[id] = amount.fen();
        m_set[id] = true;
    }
    buildFormulas();
    if (m_problem.isEmpty())
        orderCells();
}

void Engine::fail(const QString &problem)
{
    if (m_problem.isEmpty())
        m_problem = problem;
}

const Sheet *Engine::sheet(const QString &tableId) const
{
    const int i = sheetIndex(tableId);
    return i < 0 ? nullptr : &m_sheets[i];
}

int Engine::sheetIndex(const QString &tableId) const
{
    return m_sheetIndex.value(tableId, -1);
}

CellId Engine::find(const QString &table, const QString &row, const QString &column) const
{
    const Sheet *s = sheet(table);
    if (!s)
        return kNoCell;
    const int r = s->rowIndex(row);
    const int c = s->columnIndex(column);
    return r < 0 || c < 0 ? kNoCell : s->cell(r, c);
}

QString Engine::address(CellId id) const
{
    const CellMeta &m = m_meta[id];
    const Sheet &s = m_sheets[m.sheet];
    return s.decl->id + QLatin1Char('/') + s.rows[m.row].key + QLatin1Char('/') + s.decl->columns[m.column].key;
}

void Engine::buildSheets(const DocumentData &data)
{
    m_sheets.reserve(m_tpl->tables.size());
    for (const TableDecl &decl : m_tpl->tables) {
        Sheet sheet;
        sheet.decl = &decl;
        std::vector<RowInfo> rows;
        switch (decl.rows) {
        case RowSource::FixedLines:
            break;
        case RowSource::FunctionSubjects: {
            rows.push_back({QStringLiteral("合计"), QStringLiteral("合计"), RowInfo::Kind::Total});
            std::set<QString> codes;
            const auto it = data.subjectRows.find(decl.id);
            if (it != data.subjectRows.end()) {
                for (const QString &item : it->second) {
                    codes.insert(item.left(3));
                    codes.insert(item.left(5));
                    codes.insert(item);
                }
            }
            // Sorted codes are in printed order: each 类 followed by its 款, each 款 by its 项.
            for (const QString &code : codes)
                rows.push_back({code, subjectName(*m_tpl, data.subjects, code), subjectKind(code)});
            break;
        }
        case RowSource::EconomicCatalog:
            for (int group = 1; group <= 3; ++group) {
                for (const auto &e : m_tpl->economics.entries()) {
                    if (e.group == group)
                        rows.push_back({e.code, e.name,
                                        e.code.size() == 3 ? RowInfo::Kind::Class : RowInfo::Kind::Item, 0, group});
                }
            }
            break;
        }
        for (const LineDecl &l : decl.lines)
            rows.push_back({l.key, l.label, l.columns.isEmpty() ? RowInfo::Kind::Blank : RowInfo::Kind::Line, l.side});
        sheet.setRows(std::move(rows));
        m_sheetIndex.insert(decl.id, int(m_sheets.size()));
        m_sheets.push_back(std::move(sheet));
    }
}

CellId Engine::newCell(int sheet, int row, int column, bool entered)
{
    CellId id;
    if (!m_free.empty()) {
        // A removed cell's id: its formula and dependents were emptied when it was removed.
        id = m_free.back();
        m_free.pop_back();
        m_meta[id] = {std::int16_t(sheet), row, std::int16_t(column), entered, true};
        m_value[id] = 0;
        m_leaves[id] = 0;
        m_fine[id] = 0;
        m_set[id] = false;
        m_rank[id] = 0;
    } else {
        id = CellId(m_meta.size());
        m_meta.push_back({std::int16_t(sheet), row, std::int16_t(column), entered, true});
        m_value.push_back(0);
        m_leaves.push_back(0);
        m_fine.push_back(0);
        m_set.push_back(false);
        m_rank.push_back(0);
        m_formula.emplace_back();
        m_dependents.emplace_back();
        m_mark.push_back(0);
    }
    Sheet &s = m_sheets[sheet];
    s.setCell(row, column, id);
    m_byAddress.insert(s.decl->id + QLatin1Char('/') + s.rows[row].key + QLatin1Char('/') + s.decl->columns[column].key, id);
    return id;
}

void Engine::buildCells()
{
    for (int s = 0; s < int(m_sheets.size()); ++s) {
        Sheet &sheet = m_sheets[s];
        const TableDecl &decl = *sheet.decl;
        const LineDecl *lineDecl = nullptr;
        for (int r = 0; r < sheet.rowCount(); ++r) {
            const RowInfo &row = sheet.rows[r];
            if (row.kind == RowInfo::Kind::Line || row.kind == RowInfo::Kind::Blank) {
                lineDecl = nullptr;
                for (const LineDecl &l : decl.lines) {
                    if (l.key == row.key)
                        lineDecl = &l;
                }
            }
            for (int c = 0; c < sheet.columnCount(); ++c) {
                const QString &column = decl.columns[c].key;
                bool exists = true;
                bool entered = false;
                if (row.kind == RowInfo::Kind::Line || row.kind == RowInfo::Kind::Blank) {
                    exists = lineDecl->columns.contains(column);
                    entered = lineDecl->entered.contains(column);
                } else {
                    entered = row.kind == RowInfo::Kind::Item && decl.leafEntered.contains(column);
                }
                if (exists)
                    newCell(s, r, c, entered);
            }
        }
    }
}

CellId Engine::mustFind(const QString &address)
{
    const CellId id = find(address);
    if (id == kNoCell)
        fail(QStringLiteral("a derivation names a missing cell %1").arg(address));
    return id;
}

void Engine::setFormula(CellId target, std::vector<Term> terms)
{
    std::int32_t rank = 0;
    for (const Term &t : terms) {
        m_dependents[t.cell].push_back(target);
        rank = std::max(rank, m_rank[t.cell] + 1);
    }
    m_formula[target] = std::move(terms);
    m_rank[target] = std::max(m_rank[target], rank);
}

void Engine::addTerm(CellId target, CellId term, int coeff)
{
    // Children in printed order, so that exporters list them as the table does.
    auto &f = m_formula[target];
    const auto &m = m_meta[term];
    const auto at = std::find_if(f.begin(), f.end(), [&](const Term &t) {
        const auto &o = m_meta[t.cell];
        return o.sheet == m.sheet && (o.row > m.row || (o.row == m.row && o.column > m.column));
    });
    f.insert(at, {term, coeff});
    m_dependents[term].push_back(target);
}

// The tree, class-line and row-total wiring of one row of a table of subjects or of 06表:
// formulas of its own cells and its cells as terms of its parent's and of the 01/04表 lines.
void Engine::wireRow(int s, int r)
{
    const Sheet &sheet = m_sheets[s];
    const RowInfo &row = sheet.rows[r];
    const bool economic = sheet.decl->rows == RowSource::EconomicCatalog;
    for (const DerivationDecl *rule : m_rowRules[s]) {
        const DerivationDecl &d = *rule;
        switch (d.kind) {
        case DerivationDecl::Kind::Sum:
            break;
        case DerivationDecl::Kind::RowTotal: {
            if (row.kind != RowInfo::Kind::Item)
                break;
            std::vector<Term> terms;
            for (const TermDecl &t : d.terms)
                terms.push_back({sheet.cell(r, sheet.columnIndex(t.address)), t.coeff});
            setFormula(sheet.cell(r, sheet.columnIndex(d.target)), std::move(terms));
            break;
        }
        case DerivationDecl::Kind::Tree: {
            int parent = -1;
            switch (row.kind) {
            case RowInfo::Kind::Class:
                parent = economic ? -1 : sheet.rowIndex(QStringLiteral("合计"));
                break;
            case RowInfo::Kind::Kind_:
                parent = sheet.rowIndex(row.key.left(3));
                break;
            case RowInfo::Kind::Item:
                parent = sheet.rowIndex(economic ? row.key.left(3) : row.key.left(5));
                break;
            default:
                break;
            }
            if (parent < 0)
                break;
            for (const QString &column : d.columns) {
                const int c = sheet.columnIndex(column);
                addTerm(sheet.cell(parent, c), sheet.cell(r, c), 1);
            }
            break;
        }
        case DerivationDecl::Kind::ClassLines: {
            if (row.kind != RowInfo::Kind::Class)
                break;
            const auto it = std::find(m_classes.begin(), m_classes.end(), row.key);
            if (it == m_classes.end())
                break;
            const CellId target = find(d.target + QLatin1Char('/') + QString::number(d.firstLine + int(it - m_classes.begin()))
                                       + QLatin1Char('/') + d.targetColumn);
            if (target != kNoCell)
                addTerm(target, sheet.cell(r, sheet.columnIndex(d.columns.first())), 1);
            break;
        }
        }
    }
}

void Engine::buildFormulas()
{
    const std::size_t n = m_meta.size();
    std::vector<bool> derived(n, false);
    auto claim = [&](CellId target) {
        if (target == kNoCell)
            return false;
        if (m_meta[target].entered || derived[target]) {
            fail(QStringLiteral("%1 is derived twice, or derived and entered").arg(address(target)));
            return false;
        }
        derived[target] = true;
        return true;
    };

    // Which cells each derivation computes, and the formulas of fixed cells.
    for (const DerivationDecl &d : m_tpl->derivations) {
        switch (d.kind) {
        case DerivationDecl::Kind::Sum: {
            std::vector<Term> terms;
            for (const TermDecl &t : d.terms) {
                const CellId id = mustFind(t.address);
                if (id != kNoCell)
                    terms.push_back({id, t.coeff});
            }
            const CellId target = mustFind(d.target);
            if (claim(target))
                setFormula(target, std::move(terms));
            break;
        }
        case DerivationDecl::Kind::RowTotal:
        case DerivationDecl::Kind::Tree: {
            const int s = sheetIndex(d.table);
            if (s < 0) {
                fail(QStringLiteral("a derivation names a missing table %1").arg(d.table));
                break;
            }
            const Sheet &sheet = m_sheets[s];
            const QStringList columns = d.kind == DerivationDecl::Kind::Tree ? d.columns : QStringList{d.target};
            for (int r = 0; r < sheet.rowCount(); ++r) {
                const auto kind = sheet.rows[r].kind;
                const bool mine = d.kind == DerivationDecl::Kind::Tree ? isAggregate(kind) : kind == RowInfo::Kind::Item;
                if (!mine)
                    continue;
                for (const QString &column : columns) {
                    const int c = sheet.columnIndex(column);
                    if (c < 0)
                        fail(QStringLiteral("table %1 has no column %2").arg(d.table, column));
                    else
                        claim(sheet.cell(r, c));
                }
            }
            break;
        }
        case DerivationDecl::Kind::ClassLines: {
            for (int i = 0; i < int(m_classes.size()); ++i)
                claim(mustFind(d.target + QLatin1Char('/') + QString::number(d.firstLine + i) + QLatin1Char('/')
                               + d.targetColumn));
            break;
        }
        }
    }
    for (CellId id = 0; id < CellId(n); ++id) {
        if (!m_meta[id].entered && !derived[id])
            fail(QStringLiteral("the template does not say how %1 is computed").arg(address(id)));
    }
    if (!m_problem.isEmpty())
        return;
    // The formulas and edges of the rows: row totals, trees, class lines.
    for (int s = 0; s < int(m_sheets.size()); ++s) {
        if (m_sheets[s].decl->rows == RowSource::FixedLines)
            continue;
        for (int r = 0; r < m_sheets[s].rowCount(); ++r)
            wireRow(s, r);
    }
}

void Engine::orderCells()
{
    // Rank = length of the longest path from an entered cell; computed iteratively.
    const std::size_t n = m_meta.size();
    m_rank.assign(n, -1);
    std::vector<std::uint8_t> state(n, 0); // 0 new, 1 on stack, 2 done
    std::vector<std::pair<CellId, std::size_t>> stack;
    for (CellId root = 0; root < CellId(n); ++root) {
        if (state[root] == 2)
            continue;
        stack.push_back({root, 0});
        state[root] = 1;
        while (!stack.empty()) {
            auto &[id, next] = stack.back();
            const auto &f = m_formula[id];
            if (next < f.size()) {
                const CellId child = f[next++].cell;
                if (state[child] == 1) {
                    fail(QStringLiteral("%1 depends on itself").arg(address(child)));
                    return;
                }
                if (state[child] == 0) {
                    state[child] = 1;
                    stack.push_back({child, 0});
                }
                continue;
            }
            std::int32_t rank = 0;
            for (const Term &t : f)
                rank = std::max(rank, m_rank[t.cell] + 1);
            m_rank[id] = rank;
            state[id] = 2;
            stack.pop_back();
        }
    }
    // Compute everything once, lowest rank first.
    std::vector<CellId> order(n);
    for (std::size_t i = 0; i < n; ++i)
        order[i] = CellId(i);
    std::stable_sort(order.begin(), order.end(), [&](CellId a, CellId b) { return m_rank[a] < m_rank[b]; });
    for (CellId id : order)
        recompute(id);
}

bool Engine::recompute(CellId id)
{
    std::int64_t value;
    std::int32_t leaves, fine;
    if (m_meta[id].entered) {
        value = m_value[id];
        leaves = value != 0 ? 1 : 0;
        fine = value % Money::kFenPerWanyuanCent != 0 ? 1 : 0;
    } else {
        // Entered amounts are bounded (kMaxEnteredFen) and so is the number of rows, so these
        // sums stay far inside int64.
        value = 0;
        leaves = 0;
        fine = 0;
        for (const Term &t : m_formula[id]) {
            value += std::int64_t(t.coeff) * m_value[t.cell];
            const int weight = t.coeff < 0 ? -t.coeff : t.coeff;
            leaves += weight * m_leaves[t.cell];
            fine += weight * m_fine[t.cell];
        }
    }
    const bool changed = value != m_value[id] || leaves != m_leaves[id] || fine != m_fine[id];
    m_value[id] = value;
    m_leaves[id] = leaves;
    m_fine[id] = fine;
    return changed;
}

bool Engine::assignEntered(CellId id, std::optional<Money> value, std::vector<CellId> &changed)
{
    Q_ASSERT(m_meta[id].entered && m_meta[id].alive);
    const bool wasSet = m_set[id];
    const std::int64_t before = m_value[id];
    m_set[id] = value.has_value();
    m_value[id] = value ? value->fen() : 0;
    const bool statsChanged = recompute(id);
    if (!statsChanged && before == m_value[id]) {
        if (wasSet != m_set[id])
            changed.push_back(id); // blank ↔ 0: no sum moves, but the cell did change
        return false;
    }
    changed.push_back(id);
    return true;
}

void Engine::recomputeDependents(std::vector<CellId> &changed)
{
    // m_work holds the changed entered cells: replace them by every transitive dependent, each
    // once, then recompute those lowest rank first.
    if (++m_stamp == 0) {
        std::fill(m_mark.begin(), m_mark.end(), 0);
        m_stamp = 1;
    }
    const std::size_t seeds = m_work.size();
    for (std::size_t head = 0; head < m_work.size(); ++head) {
        for (CellId d : m_dependents[m_work[head]]) {
            if (m_mark[d] != m_stamp) {
                m_mark[d] = m_stamp;
                m_work.push_back(d);
            }
        }
    }
    m_work.erase(m_work.begin(), m_work.begin() + std::ptrdiff_t(seeds));
    std::sort(m_work.begin(), m_work.end(), [&](CellId a, CellId b) { return m_rank[a] < m_rank[b]; });
    for (CellId c : m_work) {
        if (recompute(c))
            changed.push_back(c);
    }
}

void Engine::setEntered(CellId id, std::optional<Money> value, std::vector<CellId> &changed)
{
    m_work.clear();
    if (assignEntered(id, value, changed)) {
        m_work.push_back(id);
        recomputeDependents(changed);
    }
}

void Engine::setEntered(const std::vector<std::pair<CellId, std::optional<Money>>> &values, std::vector<CellId> &changed)
{
    m_work.clear();
    for (const auto &[id, value] : values) {
        if (assignEntered(id, value, changed))
            m_work.push_back(id);
    }
    if (!m_work.empty())
        recomputeDependents(changed);
}

void Engine::renumberRows(int s, int fromRow)
{
    const Sheet &sheet = m_sheets[s];
    for (int r = fromRow; r < sheet.rowCount(); ++r) {
        for (int c = 0; c < sheet.columnCount(); ++c) {
            const CellId id = sheet.cell(r, c);
            if (id != kNoCell)
                m_meta[id].row = r;
        }
    }
}

void Engine::raiseRanks(std::vector<CellId> work)
{
    // A rank only needs to exceed the ranks of the cells a formula names; removed edges leave
    // ranks higher than needed, which keeps the order valid.
    for (std::size_t head = 0; head < work.size(); ++head) {
        const CellId id = work[head];
        for (CellId d : m_dependents[id]) {
            if (m_rank[d] <= m_rank[id]) {
                m_rank[d] = m_rank[id] + 1;
                work.push_back(d);
            }
        }
    }
}

void Engine::insertRow(int s, const QString &key, const QString &label, RowInfo::Kind kind, StructureDelta &delta)
{
    Sheet &sheet = m_sheets[s];
    const int at = sheet.subjectRowPosition(key);
    sheet.insertRow(at, {key, label, kind});
    renumberRows(s, at + 1);
    for (int c = 0; c < sheet.columnCount(); ++c) {
        const bool entered = kind == RowInfo::Kind::Item && sheet.decl->leafEntered.contains(sheet.decl->columns[c].key);
        delta.cellsAdded.push_back(newCell(s, at, c, entered));
    }
    delta.rowsAdded.push_back({s, key});
}

void Engine::addSubjectRow(int s, const QString &code, const DocumentData &data, StructureDelta &delta)
{
    Sheet &sheet = m_sheets[s];
    Q_ASSERT(sheet.hasSubjectRows());
    const std::size_t firstNew = delta.cellsAdded.size();
    // Parents first, so that each new row finds the row it adds up into.
    for (int length : {3, 5, 7}) {
        const QString key = code.left(length);
        if (sheet.rowIndex(key) >= 0)
            continue;
        insertRow(s, key, subjectName(*m_tpl, data.subjects, key), subjectKind(key), delta);
        wireRow(s, sheet.rowIndex(key));
    }
    // New cells are blank, so no value changes; only the dependency order needs them.
    raiseRanks({delta.cellsAdded.begin() + std::ptrdiff_t(firstNew), delta.cellsAdded.end()});
}

void Engine::removeRow(int s, int r, StructureDelta &delta)
{
    Sheet &sheet = m_sheets[s];
    for (int c = 0; c < sheet.columnCount(); ++c) {
        const CellId id = sheet.cell(r, c);
        if (id == kNoCell)
            continue;
        for (CellId d : m_dependents[id]) {
            auto &f = m_formula[d];
            f.erase(std::remove_if(f.begin(), f.end(), [&](const Term &t) { return t.cell == id; }), f.end());
        }
        m_dependents[id].clear();
        for (const Term &t : m_formula[id]) {
            auto &deps = m_dependents[t.cell];
            deps.erase(std::remove(deps.begin(), deps.end(), id), deps.end());
        }
        m_formula[id].clear();
        m_byAddress.remove(address(id));
        m_meta[id].alive = false;
        m_free.push_back(id);
        delta.cellsRemoved.push_back(id);
    }
    delta.rowsRemoved.push_back({s, sheet.rows[r].key});
    sheet.removeRow(r);
    renumberRows(s, r);
}

void Engine::removeSubjectRow(int s, const QString &code, std::vector<CellId> &changed, StructureDelta &delta)
{
    Sheet &sheet = m_sheets[s];
    const int r = sheet.rowIndex(code);
    if (r < 0)
        return;
    // Blank its values first: every sum it fed returns to what it is without it, and the cells
    // removed below are all zero, so taking them out of formulas changes no value.
    for (int c = 0; c < sheet.columnCount(); ++c) {
        const CellId id = sheet.cell(r, c);
        if (id != kNoCell && m_meta[id].entered && (m_set[id] || m_value[id] != 0))
            setEntered(id, std::nullopt, changed);
    }
    removeRow(s, r, delta);
    // A 款 or 类 with nothing left under it goes too.
    for (int length : {5, 3}) {
        const QString prefix = code.left(length);
        const int p = sheet.rowIndex(prefix);
        if (p < 0)
            continue;
        if (p + 1 < sheet.rowCount() && sheet.rows[p + 1].key.startsWith(prefix))
            break;
        removeRow(s, p, delta);
    }
}

void Engine::renameSubject(const QString &code, const DocumentData &data, StructureDelta &delta)
{
    const QString name = subjectName(*m_tpl, data.subjects, code);
    for (int s = 0; s < int(m_sheets.size()); ++s) {
        Sheet &sheet = m_sheets[s];
        if (!sheet.hasSubjectRows())
            continue;
        const int r = sheet.rowIndex(code);
        if (r >= 0 && sheet.rows[r].label != name) {
            sheet.rows[r].label = name;
            delta.rowsRenamed.push_back({s, code});
        }
    }
}

} // namespace fa
