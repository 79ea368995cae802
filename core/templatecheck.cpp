// Validation of a template when it is loaded: a mistake in a declaration is reported by name
// instead of crashing when a document first uses it.

#include "address.h"
#include "checker.h"
#include "documentdata.h"
#include "engine.h"
#include "template.h"
#include "texts.h"

#include <QSet>

namespace fa {

namespace {

Error problem(const QString &what)
{
    return Error(Error::Code::BadValue, what);
}

// Whether `address` names a cell that every document has: a fixed line's cell, a 合计 cell of a
// table of subjects, or an economic classification cell of 06表.
bool fixedCellExists(const Template &tpl, const QString &address)
{
    const auto a = CellAddress::parse(address);
    if (!a)
        return false;
    const TableDecl *t = tpl.table(a->table);
    if (!t || t->columnIndex(a->column) < 0)
        return false;
    for (const LineDecl &l : t->lines) {
        if (l.key == a->row)
            return l.columns.contains(a->column);
    }
    switch (t->rows) {
    case RowSource::FunctionSubjects:
        return a->row == QStringLiteral("合计");
    case RowSource::EconomicCatalog:
        return tpl.economics.contains(a->row);
    case RowSource::FixedLines:
        return false;
    }
    return false;
}

bool enteredLineCell(const Template &tpl, const QString &address)
{
    const auto a = CellAddress::parse(address);
    const TableDecl *t = a ? tpl.table(a->table) : nullptr;
    if (!t)
        return false;
    for (const LineDecl &l : t->lines) {
        if (l.key == a->row)
            return l.entered.contains(a->column);
    }
    return false;
}

Status checkTerms(const Template &tpl, const QString &where, const std::vector<TermDecl> &terms, bool mayBeEmpty)
{
    if (terms.empty() && !mayBeEmpty)
        return problem(QStringLiteral("%1: no terms").arg(where));
    for (const TermDecl &t : terms) {
        if (t.coeff == 0)
            return problem(QStringLiteral("%1: a term with coefficient 0 (%2)").arg(where, t.address));
        if (!fixedCellExists(tpl, t.address))
            return problem(QStringLiteral("%1: no cell “%2”").arg(where, t.address));
    }
    return std::nullopt;
}

const TableDecl *subjectTable(const Template &tpl, const QString &id)
{
    const TableDecl *t = tpl.table(id);
    return t && t->rows == RowSource::FunctionSubjects ? t : nullptr;
}

Status checkColumns(const TableDecl &t, const QString &where, const QStringList &columns)
{
    for (const QString &c : columns) {
        if (t.columnIndex(c) < 0)
            return problem(QStringLiteral("%1: table %2 has no column “%3”").arg(where, t.id, c));
    }
    return std::nullopt;
}

// The lines firstLine… (one per 类) of a fixed table, each with `column`.
Status checkClassLines(const Template &tpl, const QString &where, const QString &table, int firstLine, const QString &column)
{
    const int n = int(tpl.functions.classes().size());
    for (int i = 0; i < n; ++i) {
        const QString a = table + QLatin1Char('/') + QString::number(firstLine + i) + QLatin1Char('/') + column;
        if (!fixedCellExists(tpl, a))
            return problem(QStringLiteral("%1: no cell “%2” for 类 %3").arg(where, a).arg(i + 1));
    }
    return std::nullopt;
}

Status checkTable(const Template &tpl, const TableDecl &t)
{
    const QString where = QStringLiteral("table %1").arg(t.id);
    if (t.id.isEmpty() || t.code.isEmpty() || t.title.isEmpty())
        return problem(where + QStringLiteral(": id, code and title are required"));
    QSet<QString> keys;
    for (const ColumnDecl &c : t.columns) {
        if (c.key.isEmpty() || c.key.contains(QLatin1Char('/')) || keys.contains(c.key))
            return problem(QStringLiteral("%1: bad or repeated column key “%2”").arg(where, c.key));
        keys.insert(c.key);
    }
    QSet<QString> lines;
    for (const LineDecl &l : t.lines) {
        if (l.key.isEmpty() || lines.contains(l.key))
            return problem(QStringLiteral("%1: bad or repeated line “%2”").arg(where, l.key));
        lines.insert(l.key);
        if (auto e = checkColumns(t, where + QStringLiteral(" line ") + l.key, l.columns + l.entered))
            return e;
        for (const QString &c : l.entered) {
            if (!l.columns.contains(c))
                return problem(QStringLiteral("%1 line %2: entered column “%3” is not on the line").arg(where, l.key, c));
        }
    }
    if (auto e = checkColumns(t, where, t.leafEntered))
        return e;
    if (t.rows == RowSource::FixedLines && t.lines.empty())
        return problem(where + QStringLiteral(": a table of fixed lines without lines"));
    Q_UNUSED(tpl);

    // The printed layout.
    const PrintDecl &p = t.print;
    const int columns = int(p.columns.size());
    if (columns == 0 || p.headerRows < 0 || p.lanciRow >= p.headerRows)
        return problem(where + QStringLiteral(": no printed layout"));
    QSet<QString> shown;
    for (const GridColumnDecl &g : p.columns) {
        if (g.role != GridColumnDecl::Role::Amount)
            continue;
        const ColumnDecl *c = t.column(g.column);
        if (!c)
            return problem(QStringLiteral("%1: the printed grid names no column “%2”").arg(where, g.column));
        if (!c->printed)
            return problem(QStringLiteral("%1: column “%2” is not printed but is in the grid").arg(where, g.column));
        shown.insert(g.column);
    }
    for (const ColumnDecl &c : t.columns) {
        if (c.printed && !shown.contains(c.key))
            return problem(QStringLiteral("%1: printed column “%2” is not in the grid").arg(where, c.key));
    }
    std::vector<int> covered(std::size_t(std::max(0, p.headerRows)) * columns, 0);
    for (const HeaderCellDecl &h : p.header) {
        if (h.row < 0 || h.column < 0 || h.rowSpan < 1 || h.columnSpan < 1 || h.row + h.rowSpan > p.headerRows
            || h.column + h.columnSpan > columns)
            return problem(QStringLiteral("%1: heading “%2” lies outside the grid").arg(where, h.text));
        for (int r = h.row; r < h.row + h.rowSpan; ++r) {
            for (int c = h.column; c < h.column + h.columnSpan; ++c) {
                if (covered[std::size_t(r) * columns + c]++)
                    return problem(QStringLiteral("%1: heading “%2” overlaps another").arg(where, h.text));
            }
        }
    }
    return std::nullopt;
}

Status checkDerivation(const Template &tpl, const DerivationDecl &d, int index)
{
    const QString where = QStringLiteral("derivation %1").arg(index + 1);
    switch (d.kind) {
    case DerivationDecl::Kind::Sum:
        if (!fixedCellExists(tpl, d.target))
            return problem(QStringLiteral("%1: no cell “%2”").arg(where, d.target));
        return checkTerms(tpl, where, d.terms, false);
    case DerivationDecl::Kind::RowTotal: {
        const TableDecl *t = subjectTable(tpl, d.table);
        if (!t)
            return problem(QStringLiteral("%1: “%2” is not a table of subjects").arg(where, d.table));
        QStringList columns{d.target};
        for (const TermDecl &term : d.terms) {
            if (term.coeff == 0)
                return problem(where + QStringLiteral(": a term with coefficient 0"));
            columns << term.address;
        }
        if (d.terms.empty())
            return problem(where + QStringLiteral(": no terms"));
        return checkColumns(*t, where, columns);
    }
    case DerivationDecl::Kind::Tree: {
        const TableDecl *t = tpl.table(d.table);
        if (!t || t->rows == RowSource::FixedLines)
            return problem(QStringLiteral("%1: “%2” has no classification rows").arg(where, d.table));
        return checkColumns(*t, where, d.columns);
    }
    case DerivationDecl::Kind::ClassLines: {
        const TableDecl *source = subjectTable(tpl, d.table);
        if (!source || d.columns.size() != 1)
            return problem(QStringLiteral("%1: “%2” is not a table of subjects").arg(where, d.table));
        if (auto e = checkColumns(*source, where, d.columns))
            return e;
        return checkClassLines(tpl, where, d.target, d.firstLine, d.targetColumn);
    }
    }
    return problem(where + QStringLiteral(": unknown kind"));
}

Status checkCheck(const Template &tpl, const CheckDecl &c)
{
    const QString where = QStringLiteral("check %1").arg(c.id);
    if (c.id.isEmpty() || c.description.isEmpty())
        return problem(where + QStringLiteral(": id and description are required"));
    switch (c.kind) {
    case CheckDecl::Kind::Equal:
        if (auto e = checkTerms(tpl, where, c.lhs, false))
            return e;
        return checkTerms(tpl, where, c.rhs, false);
    case CheckDecl::Kind::ClassEqual: {
        const TableDecl *t = subjectTable(tpl, c.table);
        if (!t || c.columns.size() != 1)
            return problem(QStringLiteral("%1: “%2” is not a table of subjects").arg(where, c.table));
        if (auto e = checkColumns(*t, where, c.columns))
            return e;
        return checkClassLines(tpl, where, c.otherTable, c.firstLine, c.targetColumn);
    }
    case CheckDecl::Kind::LeafNotGreater: {
        const TableDecl *a = subjectTable(tpl, c.table), *b = subjectTable(tpl, c.otherTable);
        if (!a || !b || c.columns.isEmpty())
            return problem(where + QStringLiteral(": needs two tables of subjects and columns"));
        if (auto e = checkColumns(*a, where, c.columns))
            return e;
        return checkColumns(*b, where, c.columns);
    }
    case CheckDecl::Kind::BudgetReason: {
        const TableDecl *t = subjectTable(tpl, c.table);
        if (!t || c.columns.size() != 1)
            return problem(QStringLiteral("%1: “%2” is not a table of subjects").arg(where, c.table));
        if (auto e = checkColumns(*t, where, c.columns + QStringList{c.budgetColumn}))
            return e;
        if (!c.textKeyPattern.contains(QStringLiteral("%1"))
            || !isKnownTextKey(c.textKeyPattern.arg(QStringLiteral("2010101"))))
            return problem(QStringLiteral("%1: “%2” does not make a known text key").arg(where, c.textKeyPattern));
        return std::nullopt;
    }
    case CheckDecl::Kind::NotOverBudget: {
        if (c.lhs.size() != 1 || c.rhs.size() != 1 || c.columns.isEmpty())
            return problem(where + QStringLiteral(": needs one actual row, one budget row and columns"));
        for (const QString &column : c.columns) {
            for (const auto *row : {&c.lhs.front(), &c.rhs.front()}) {
                const QString a = c.table + QLatin1Char('/') + row->address + QLatin1Char('/') + column;
                if (!fixedCellExists(tpl, a))
                    return problem(QStringLiteral("%1: no cell “%2”").arg(where, a));
            }
        }
        return std::nullopt;
    }
    case CheckDecl::Kind::LargeChange:
        if (c.lhs.size() != 1 || c.rhs.size() != 1)
            return problem(where + QStringLiteral(": needs one figure and last year's"));
        if (auto e = checkTerms(tpl, where, c.lhs, false))
            return e;
        if (auto e = checkTerms(tpl, where, c.rhs, false))
            return e;
        if (!enteredLineCell(tpl, c.rhs.front().address))
            return problem(QStringLiteral("%1: last year's figure “%2” must be an entered cell").arg(where, c.rhs.front().address));
        if (c.percent <= 0 || c.percent > 10000)
            return problem(QStringLiteral("%1: a threshold of %2 %").arg(where).arg(c.percent));
        if (!isKnownTextKey(c.textKeyPattern.arg(c.lhs.front().address)))
            return problem(QStringLiteral("%1: “%2” does not make a known text key").arg(where, c.textKeyPattern));
        return std::nullopt;
    case CheckDecl::Kind::NonNegative:
        return std::nullopt;
    }
    return problem(where + QStringLiteral(": unknown kind"));
}

} // namespace

Status validateTemplate(const Template &tpl)
{
    if (tpl.id.isEmpty())
        return problem(QStringLiteral("a template without id"));
    if (tpl.functions.classes().empty())
        return problem(QStringLiteral("template %1: no function classification").arg(tpl.id));
    QSet<QString> ids;
    for (const TableDecl &t : tpl.tables) {
        if (ids.contains(t.id))
            return problem(QStringLiteral("table %1 is declared twice").arg(t.id));
        ids.insert(t.id);
        if (auto e = checkTable(tpl, t))
            return e;
    }
    for (int i = 0; i < int(tpl.derivations.size()); ++i) {
        if (auto e = checkDerivation(tpl, tpl.derivations[i], i))
            return e;
    }
    QSet<QString> rules;
    for (const CheckDecl &c : tpl.checks) {
        if (rules.contains(c.id))
            return problem(QStringLiteral("check %1 is declared twice").arg(c.id));
        rules.insert(c.id);
        if (auto e = checkCheck(tpl, c))
            return e;
    }

    // What only the cells of a document show: every derived cell has exactly one formula, none
    // is entered and derived, none depends on itself. Probe with one 项 row in every table of
    // subjects.
    QString item;
    for (const auto &entry : tpl.functions.entries()) {
        if (functionCodeLevel(entry.code) == SubjectLevel::Item) {
            item = entry.code;
            break;
        }
    }
    if (item.isEmpty())
        return problem(QStringLiteral("template %1: the catalogue has no 项").arg(tpl.id));
    DocumentData probe;
    for (const TableDecl &t : tpl.tables) {
        if (t.rows == RowSource::FunctionSubjects)
            probe.subjectRows[t.id].insert(item);
    }
    const Engine engine(tpl, probe);
    if (!engine.problem().isEmpty())
        return problem(QStringLiteral("template %1: %2").arg(tpl.id, engine.problem()));
    return std::nullopt;
}

} // namespace fa
