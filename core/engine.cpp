#include "engine.h"

#include <QtGlobal>

#include <algorithm>
#include <set>

namespace fa {

Engine::Engine(const Template &tpl, const DocumentData &data)
    : m_tpl(&tpl)
{
    buildSheets(data);
    buildCells();
    for (const auto &[address, amount] : data.values) {
        const CellId id = find(address);
        if (id == kNoCell || !m_meta[id].entered)
            continue; // validateDocument() rejects these before a document is built
        m_value[id] = amount.fen();
        m_set[id] = true;
    }
    buildFormulas();
    orderCells();
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

std::vector<Engine::Term> Engine::formula(CellId id) const
{
    return {m_terms.begin() + m_termStart[id], m_terms.begin() + m_termStart[id + 1]};
}

std::vector<CellId> Engine::dependents(CellId id) const
{
    return {m_deps.begin() + m_depStart[id], m_deps.begin() + m_depStart[id + 1]};
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
            for (const QString &code : codes) {
                const auto kind = code.size() == 3   ? RowInfo::Kind::Class
                                  : code.size() == 5 ? RowInfo::Kind::Kind_
                                                     : RowInfo::Kind::Item;
                rows.push_back({code, subjectName(*m_tpl, data.subjects, code), kind});
            }
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
                if (!exists)
                    continue;
                const CellId id = CellId(m_meta.size());
                m_meta.push_back({std::int16_t(s), r, std::int16_t(c), entered});
                sheet.setCell(r, c, id);
                m_byAddress.insert(decl.id + QLatin1Char('/') + row.key + QLatin1Char('/') + column, id);
            }
        }
    }
    const std::size_t n = m_meta.size();
    m_value.assign(n, 0);
    m_leaves.assign(n, 0);
    m_fine.assign(n, 0);
    m_set.assign(n, false);
    m_mark.assign(n, 0);
}

CellId Engine::mustFind(const QString &address) const
{
    const CellId id = find(address);
    if (id == kNoCell)
        qFatal("template %s names a missing cell %s", qPrintable(m_tpl->id), qPrintable(address));
    return id;
}

void Engine::buildFormulas()
{
    std::vector<std::vector<Term>> formulas(m_meta.size());
    std::vector<bool> hasFormula(m_meta.size(), false);
    auto assign = [&](CellId target, std::vector<Term> terms) {
        if (m_meta[target].entered || hasFormula[target])
            qFatal("template %s derives %s twice or derives an entered cell", qPrintable(m_tpl->id),
                   qPrintable(address(target)));
        hasFormula[target] = true;
        formulas[target] = std::move(terms);
    };

    for (const DerivationDecl &d : m_tpl->derivations) {
        switch (d.kind) {
        case DerivationDecl::Kind::Sum: {
            std::vector<Term> terms;
            for (const TermDecl &t : d.terms)
                terms.push_back({mustFind(t.address), t.coeff});
            assign(mustFind(d.target), std::move(terms));
            break;
        }
        case DerivationDecl::Kind::RowTotal: {
            const Sheet &s = m_sheets[sheetIndex(d.table)];
            const int target = s.columnIndex(d.target);
            for (int r = 0; r < s.rowCount(); ++r) {
                if (s.rows[r].kind != RowInfo::Kind::Item)
                    continue;
                std::vector<Term> terms;
                for (const TermDecl &t : d.terms)
                    terms.push_back({s.cell(r, s.columnIndex(t.address)), t.coeff});
                assign(s.cell(r, target), std::move(terms));
            }
            break;
        }
        case DerivationDecl::Kind::Tree: {
            const Sheet &s = m_sheets[sheetIndex(d.table)];
            const bool economic = s.decl->rows == RowSource::EconomicCatalog;
            for (const QString &column : d.columns) {
                const int c = s.columnIndex(column);
                // Every aggregate row gets a (possibly empty) formula.
                for (int r = 0; r < s.rowCount(); ++r) {
                    const auto kind = s.rows[r].kind;
                    if (kind == RowInfo::Kind::Total || kind == RowInfo::Kind::Class || kind == RowInfo::Kind::Kind_)
                        assign(s.cell(r, c), {});
                }
                for (int r = 0; r < s.rowCount(); ++r) {
                    const RowInfo &row = s.rows[r];
                    int parent = -1;
                    switch (row.kind) {
                    case RowInfo::Kind::Class:
                        parent = economic ? -1 : s.rowIndex(QStringLiteral("合计"));
                        break;
                    case RowInfo::Kind::Kind_:
                        parent = s.rowIndex(row.key.left(3));
                        break;
                    case RowInfo::Kind::Item:
                        parent = s.rowIndex(economic ? row.key.left(3) : row.key.left(5));
                        break;
                    default:
                        break;
                    }
                    if (parent >= 0)
                        formulas[s.cell(parent, c)].push_back({s.cell(r, c), 1});
                }
            }
            break;
        }
        case DerivationDecl::Kind::ClassLines: {
            const Sheet &source = m_sheets[sheetIndex(d.table)];
            const int sourceColumn = source.columnIndex(d.columns.first());
            const auto classes = m_tpl->functions.classes();
            for (int i = 0; i < int(classes.size()); ++i) {
                const CellId target = mustFind(d.target + QLatin1Char('/') + QString::number(d.firstLine + i)
                                               + QLatin1Char('/') + d.targetColumn);
                const int r = source.rowIndex(classes[i]);
                std::vector<Term> terms;
                if (r >= 0)
                    terms.push_back({source.cell(r, sourceColumn), 1});
                assign(target, std::move(terms));
            }
            break;
        }
        }
    }
    for (CellId id = 0; id < CellId(m_meta.size()); ++id) {
        if (!m_meta[id].entered && !hasFormula[id])
            qFatal("template %s does not say how %s is computed", qPrintable(m_tpl->id), qPrintable(address(id)));
    }

    // Compress formulas and build the reverse edges.
    const std::size_t n = m_meta.size();
    m_termStart.assign(n + 1, 0);
    std::vector<std::int32_t> depCount(n + 1, 0);
    for (std::size_t i = 0; i < n; ++i) {
        m_termStart[i + 1] = m_termStart[i] + std::int32_t(formulas[i].size());
        for (const Term &t : formulas[i])
            ++depCount[t.cell + 1];
    }
    m_terms.clear();
    m_terms.reserve(m_termStart[n]);
    for (auto &f : formulas)
        m_terms.insert(m_terms.end(), f.begin(), f.end());
    m_depStart.assign(n + 1, 0);
    for (std::size_t i = 0; i < n; ++i)
        m_depStart[i + 1] = m_depStart[i] + depCount[i + 1];
    m_deps.assign(m_depStart[n], 0);
    std::vector<std::int32_t> fill(m_depStart.begin(), m_depStart.end() - 1);
    for (std::size_t i = 0; i < n; ++i) {
        for (const Term &t : formulas[i])
            m_deps[fill[t.cell]++] = CellId(i);
    }
}

void Engine::orderCells()
{
    // Rank = length of the longest path from an entered cell; computed iteratively.
    const std::size_t n = m_meta.size();
    m_rank.assign(n, -1);
    std::vector<std::uint8_t> state(n, 0); // 0 new, 1 on stack, 2 done
    std::vector<std::pair<CellId, std::int32_t>> stack;
    for (CellId root = 0; root < CellId(n); ++root) {
        if (state[root] == 2)
            continue;
        stack.push_back({root, m_termStart[root]});
        state[root] = 1;
        while (!stack.empty()) {
            auto &[id, next] = stack.back();
            if (next < m_termStart[id + 1]) {
                const CellId child = m_terms[next++].cell;
                if (state[child] == 1)
                    qFatal("template %s has a circular derivation at %s", qPrintable(m_tpl->id), qPrintable(address(child)));
                if (state[child] == 0) {
                    state[child] = 1;
                    stack.push_back({child, m_termStart[child]});
                }
                continue;
            }
            std::int32_t rank = 0;
            for (std::int32_t k = m_termStart[id]; k < m_termStart[id + 1]; ++k)
                rank = std::max(rank, m_rank[m_terms[k].cell] + 1);
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
        for (std::int32_t k = m_termStart[id]; k < m_termStart[id + 1]; ++k) {
            const Term &t = m_terms[k];
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

void Engine::setEntered(CellId id, std::optional<Money> value, std::vector<CellId> &changed)
{
    Q_ASSERT(m_meta[id].entered);
    const bool wasSet = m_set[id];
    const std::int64_t before = m_value[id];
    m_set[id] = value.has_value();
    m_value[id] = value ? value->fen() : 0;
    const bool statsChanged = recompute(id);
    if (!statsChanged && before == m_value[id]) {
        if (wasSet != m_set[id])
            changed.push_back(id);
        return;
    }
    changed.push_back(id);

    // Collect every transitive dependent once, then recompute them in rank order.
    if (++m_stamp == 0) {
        std::fill(m_mark.begin(), m_mark.end(), 0);
        m_stamp = 1;
    }
    m_work.clear();
    for (std::int32_t k = m_depStart[id]; k < m_depStart[id + 1]; ++k) {
        m_mark[m_deps[k]] = m_stamp;
        m_work.push_back(m_deps[k]);
    }
    for (std::size_t head = 0; head < m_work.size(); ++head) {
        const CellId c = m_work[head];
        for (std::int32_t k = m_depStart[c]; k < m_depStart[c + 1]; ++k) {
            const CellId d = m_deps[k];
            if (m_mark[d] != m_stamp) {
                m_mark[d] = m_stamp;
                m_work.push_back(d);
            }
        }
    }
    std::sort(m_work.begin(), m_work.end(), [&](CellId a, CellId b) { return m_rank[a] < m_rank[b]; });
    for (CellId c : m_work) {
        if (recompute(c))
            changed.push_back(c);
    }
}

} // namespace fa
