#include "checker.h"

#include <QCoreApplication>

#include <algorithm>
#include <tuple>

namespace fa {

namespace {

// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Checks)
};

// Amounts in messages: 万元 as published when the figures are whole 0.01 万元, else exact 元.
QString amountText(Money m, bool wanyuan)
{
    return wanyuan ? Tr::tr("%1 万元").arg(m.toWanyuanString(Money::Grouping::Thousands))
                   : Tr::tr("%1 元").arg(m.toYuanString(Money::Grouping::Thousands));
}

} // namespace

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Rounding:
        return QStringLiteral("尾差");
    }
    return {};
}

Checker::Checker(const Engine &engine, const std::map<QString, QString> &texts)
    : m_engine(engine)
    , m_texts(texts)
    , m_classes(engine.templ().functions.classes())
{
    m_byCell.resize(engine.cellCount());
    instantiate();
}

void Checker::grow()
{
    if (int(m_byCell.size()) < m_engine.cellCount())
        m_byCell.resize(m_engine.cellCount());
    if (m_mark.size() < m_instances.size())
        m_mark.resize(m_instances.size(), 0);
}

void Checker::attach(int index)
{
    const Instance &in = m_instances[index];
    for (const auto *side : {&in.lhs, &in.rhs}) {
        for (const Engine::Term &t : *side)
            m_byCell[t.cell].push_back(index);
    }
    if (!in.textKey.isEmpty())
        m_byText[in.textKey].push_back(index);
}

void Checker::detach(int index)
{
    const Instance &in = m_instances[index];
    for (const auto *side : {&in.lhs, &in.rhs}) {
        for (const Engine::Term &t : *side) {
            auto &list = m_byCell[t.cell];
            list.erase(std::remove(list.begin(), list.end(), index), list.end());
        }
    }
    if (!in.textKey.isEmpty()) {
        auto &list = m_byText[in.textKey];
        list.erase(std::remove(list.begin(), list.end(), index), list.end());
        if (list.empty())
            m_byText.erase(in.textKey);
    }
}

std::optional<Checker::Instance> Checker::make(int declIndex, const QString &key) const
{
    const Engine &e = m_engine;
    const CheckDecl &decl = e.templ().checks[declIndex];
    Instance in;
    in.decl = &decl;
    in.declIndex = declIndex;
    switch (decl.kind) {
    case CheckDecl::Kind::ClassEqual: {
        const auto it = std::find(m_classes.begin(), m_classes.end(), key);
        if (it == m_classes.end())
            return std::nullopt;
        const CellId target = e.find(decl.otherTable, QString::number(decl.firstLine + int(it - m_classes.begin())),
                                     decl.targetColumn);
        if (target == kNoCell)
            return std::nullopt; // validateTemplate() rules this out
        in.rhs.push_back({target, 1});
        const CellId cell = e.find(decl.table, key, decl.columns.first());
        if (cell != kNoCell)
            in.lhs.push_back({cell, 1});
        in.at = cell != kNoCell ? cell : target;
        in.subject = key + QLatin1Char(' ') + e.templ().functions.name(key);
        return in;
    }
    case CheckDecl::Kind::LeafNotGreater: {
        const QString code = key.section(QLatin1Char('|'), 0, 0);
        const QString column = key.section(QLatin1Char('|'), 1);
        const Sheet *s = e.sheet(decl.table);
        const int r = s ? s->rowIndex(code) : -1;
        const int c = s ? s->columnIndex(column) : -1;
        if (r < 0 || c < 0 || s->rows[r].kind != RowInfo::Kind::Item)
            return std::nullopt;
        in.at = s->cell(r, c);
        in.lhs.push_back({in.at, 1});
        const CellId other = e.find(decl.otherTable, code, column);
        if (other != kNoCell)
            in.rhs.push_back({other, 1});
        in.subject = code + QLatin1Char(' ') + s->rows[r].label + QLatin1Char(' ') + column;
        return in;
    }
    case CheckDecl::Kind::BudgetReason: {
        const Sheet *s = e.sheet(decl.table);
        const int r = s ? s->rowIndex(key) : -1;
        if (r < 0 || s->rows[r].kind != RowInfo::Kind::Item)
            return std::nullopt;
        in.lhs.push_back({s->cell(r, s->columnIndex(decl.columns.first())), 1});
        in.at = s->cell(r, s->columnIndex(decl.budgetColumn));
        in.rhs.push_back({in.at, 1});
        in.subject = key + QLatin1Char(' ') + s->rows[r].label;
        in.textKey = decl.textKeyPattern.arg(key);
        return in;
    }
    case CheckDecl::Kind::NonNegative: {
        const CellId id = key.toInt();
        if (id < 0 || id >= e.cellCount() || !e.isAlive(id) || !e.isEntered(id))
            return std::nullopt;
        in.lhs.push_back({id, 1});
        in.at = id;
        return in;
    }
    default:
        return std::nullopt;
    }
}

void Checker::refresh(int declIndex, const QString &key, std::vector<int> &changedInstances)
{
    const QString k = QString::number(declIndex) + QLatin1Char('|') + key;
    const int existing = m_keyed.value(k, -1);
    auto wanted = make(declIndex, key);
    if (existing >= 0) {
        detach(existing);
        if (wanted) {
            m_instances[existing] = std::move(*wanted);
            attach(existing);
            // A remade instance may say the same in other words (a renamed row): report it when
            // it has anything to say.
            if (reevaluate(existing) || m_outcomes[existing])
                changedInstances.push_back(existing);
        } else {
            m_instances[existing] = Instance{};
            m_keyed.remove(k);
            m_retired.push_back(existing);
            if (m_outcomes[existing]) {
                m_outcomes[existing].reset();
                changedInstances.push_back(existing);
            }
        }
        return;
    }
    if (!wanted)
        return;
    int index;
    if (!m_retired.empty()) {
        index = m_retired.back();
        m_retired.pop_back();
        m_instances[index] = std::move(*wanted);
        m_outcomes[index] = evaluate(m_instances[index]);
    } else {
        index = int(m_instances.size());
        m_instances.push_back(std::move(*wanted));
        m_outcomes.push_back(evaluate(m_instances.back()));
    }
    m_keyed.insert(k, index);
    grow();
    attach(index);
    if (m_outcomes[index])
        changedInstances.push_back(index);
}

void Checker::instantiate()
{
    const Engine &e = m_engine;
    std::vector<int> ignored;
    auto fixed = [&](Instance in) {
        m_instances.push_back(std::move(in));
        m_outcomes.push_back(evaluate(m_instances.back()));
        grow();
        attach(int(m_instances.size()) - 1);
    };
    const auto &checks = e.templ().checks;
    for (int di = 0; di < int(checks.size()); ++di) {
        const CheckDecl &decl = checks[di];
        switch (decl.kind) {
        case CheckDecl::Kind::Equal: {
            Instance in{&decl, di, {}, {}, kNoCell, {}, {}};
            for (const TermDecl &t : decl.lhs)
                in.lhs.push_back({e.find(t.address), t.coeff});
            for (const TermDecl &t : decl.rhs)
                in.rhs.push_back({e.find(t.address), t.coeff});
            in.at = in.lhs.front().cell;
            fixed(std::move(in));
            break;
        }
        case CheckDecl::Kind::ClassEqual:
            for (const QString &cls : m_classes)
                refresh(di, cls, ignored);
            break;
        case CheckDecl::Kind::LeafNotGreater:
        case CheckDecl::Kind::BudgetReason: {
            const Sheet *s = e.sheet(decl.table);
            for (int r = 0; r < s->rowCount(); ++r) {
                if (s->rows[r].kind != RowInfo::Kind::Item)
                    continue;
                if (decl.kind == CheckDecl::Kind::BudgetReason) {
                    refresh(di, s->rows[r].key, ignored);
                    continue;
                }
                for (const QString &column : decl.columns)
                    refresh(di, s->rows[r].key + QLatin1Char('|') + column, ignored);
            }
            break;
        }
        case CheckDecl::Kind::NotOverBudget:
            for (const QString &column : decl.columns) {
                Instance in{&decl, di, {}, {}, kNoCell, {}, {}};
                in.at = e.find(decl.table, decl.lhs.front().address, column);
                in.lhs.push_back({in.at, 1});
                in.rhs.push_back({e.find(decl.table, decl.rhs.front().address, column), 1});
                in.subject = column;
                fixed(std::move(in));
            }
            break;
        case CheckDecl::Kind::LargeChange: {
            Instance in{&decl, di, {}, {}, kNoCell, {}, {}};
            in.at = e.find(decl.lhs.front().address);
            in.lhs.push_back({in.at, 1});
            in.rhs.push_back({e.find(decl.rhs.front().address), 1});
            in.textKey = decl.textKeyPattern.arg(decl.lhs.front().address);
            fixed(std::move(in));
            break;
        }
        case CheckDecl::Kind::NonNegative:
            for (CellId id = 0; id < e.cellCount(); ++id) {
                if (e.isAlive(id) && e.isEntered(id))
                    refresh(di, QString::number(id), ignored);
            }
            break;
        }
    }
}

void Checker::structureChanged(const StructureDelta &delta, std::vector<int> &changedInstances)
{
    grow();
    const auto &checks = m_engine.templ().checks;
    auto rowChanged = [&](const StructureDelta::Row &row) {
        const QString &table = m_engine.sheets()[row.sheet].decl->id;
        const bool item = row.key.size() == 7;
        for (int di = 0; di < int(checks.size()); ++di) {
            const CheckDecl &decl = checks[di];
            switch (decl.kind) {
            case CheckDecl::Kind::ClassEqual:
                if (decl.table == table && row.key.size() == 3)
                    refresh(di, row.key, changedInstances);
                break;
            case CheckDecl::Kind::LeafNotGreater:
                if (item && (decl.table == table || decl.otherTable == table)) {
                    for (const QString &column : decl.columns)
                        refresh(di, row.key + QLatin1Char('|') + column, changedInstances);
                }
                break;
            case CheckDecl::Kind::BudgetReason:
                if (item && decl.table == table)
                    refresh(di, row.key, changedInstances);
                break;
            default:
                break;
            }
        }
    };
    for (const auto *rows : {&delta.rowsRemoved, &delta.rowsAdded, &delta.rowsRenamed}) {
        for (const StructureDelta::Row &row : *rows)
            rowChanged(row);
    }
    for (int di = 0; di < int(checks.size()); ++di) {
        if (checks[di].kind != CheckDecl::Kind::NonNegative)
            continue;
        for (const auto *cells : {&delta.cellsRemoved, &delta.cellsAdded}) {
            for (CellId id : *cells)
                refresh(di, QString::number(id), changedInstances);
        }
    }
    // Every instance that named a removed cell has been remade or retired above.
    for (CellId id : delta.cellsRemoved) {
        Q_ASSERT(m_byCell[id].empty());
        m_byCell[id].clear();
    }
}

std::int64_t Checker::sum(const std::vector<Engine::Term> &terms) const
{
    std::int64_t s = 0;
    for (const Engine::Term &t : terms)
        s += t.coeff * m_engine.value(t.cell).fen();
    return s;
}

std::optional<Checker::Outcome> Checker::evaluate(const Instance &in) const
{
    // Only the verdict and its amounts: the words of a finding are built when someone reads it,
    // since most evaluations after a change find nothing new to say.
    const CheckDecl &decl = *in.decl;
    const Money a = Money::fromFen(sum(in.lhs));
    const Money b = Money::fromFen(sum(in.rhs));
    switch (decl.kind) {
    case CheckDecl::Kind::Equal:
    case CheckDecl::Kind::ClassEqual: {
        if (a == b)
            return std::nullopt;
        int leaves = 0, fine = 0;
        for (const auto *side : {&in.lhs, &in.rhs}) {
            for (const Engine::Term &t : *side) {
                leaves += m_engine.leafCount(t.cell);
                fine += m_engine.fineLeafCount(t.cell);
            }
        }
        const std::int64_t diff = a.fen() - b.fen();
        const std::int64_t magnitude = diff < 0 ? -diff : diff;
        // Each figure keyed from a published 万元 value is off its exact value by at most
        // half of 0.01 万元; n such figures explain a difference of at most n halves.
        const bool rounding = fine == 0 && magnitude <= std::int64_t(leaves) * (Money::kFenPerWanyuanCent / 2);
        return Outcome{rounding ? Severity::Rounding : Severity::Error, b, a};
    }
    case CheckDecl::Kind::LeafNotGreater:
        if (a <= b)
            return std::nullopt;
        return Outcome{Severity::Error, b, a};
    case CheckDecl::Kind::BudgetReason: {
        if (a == b)
            return std::nullopt;
        const auto it = m_texts.find(in.textKey);
        if (it != m_texts.end() && !it->second.trimmed().isEmpty())
            return std::nullopt;
        return Outcome{Severity::Warning, b, a};
    }
    case CheckDecl::Kind::NotOverBudget:
        if (a <= b)
            return std::nullopt;
        return Outcome{Severity::Warning, b, a};
    case CheckDecl::Kind::LargeChange: {
        // Last year's figure must be given (a blank one is unknown, not zero) and not zero.
        const CellId prior = in.rhs.front().cell;
        if (!m_engine.isSet(prior) || b.isZero())
            return std::nullopt;
        // |change| / |last year| > percent %, in 128 bits: no overflow for any amounts.
        const __int128 change = __int128(a.fen()) - b.fen();
        const __int128 base = b.fen() < 0 ? -__int128(b.fen()) : __int128(b.fen());
        if ((change < 0 ? -change : change) * 100 <= __int128(decl.percent) * base)
            return std::nullopt;
        const auto it = m_texts.find(in.textKey);
        if (it != m_texts.end() && !it->second.trimmed().isEmpty())
            return std::nullopt;
        return Outcome{Severity::Warning, b, a};
    }
    case CheckDecl::Kind::NonNegative:
        if (!a.isNegative())
            return std::nullopt;
        return Outcome{Severity::Error, std::nullopt, a};
    }
    return std::nullopt;
}

std::optional<Finding> Checker::finding(int instance) const
{
    const auto &outcome = m_outcomes[instance];
    if (!outcome)
        return std::nullopt;
    const Instance &in = m_instances[instance];
    const CheckDecl &decl = *in.decl;
    const Money a = outcome->actual;
    const Money b = outcome->expected.value_or(Money());
    const QString what = in.subject.isEmpty() ? decl.description : decl.description + Tr::tr(" (%1)").arg(in.subject);
    const bool wanyuan = a.isWanyuanPrecision() && b.isWanyuanPrecision();
    QString message;
    switch (decl.kind) {
    case CheckDecl::Kind::Equal:
    case CheckDecl::Kind::ClassEqual: {
        const Money magnitude = Money::fromFen(a.fen() > b.fen() ? a.fen() - b.fen() : b.fen() - a.fen());
        const QString da = amountText(a, wanyuan), db = amountText(b, wanyuan);
        const QString dd = amountText(magnitude, magnitude.isWanyuanPrecision());
        message = outcome->severity == Severity::Rounding
                      ? Tr::tr("%1: expected %2, found %3; the difference of %4 is what rounding to 万元 explains (尾差).")
                            .arg(what, db, da, dd)
                      : Tr::tr("%1: expected %2, found %3 (difference %4).").arg(what, db, da, dd);
        break;
    }
    case CheckDecl::Kind::LeafNotGreater:
        message = Tr::tr("%1: %2 here, but only %3 in the other table.")
                      .arg(what, amountText(a, a.isWanyuanPrecision()), amountText(b, b.isWanyuanPrecision()));
        break;
    case CheckDecl::Kind::BudgetReason:
    case CheckDecl::Kind::NotOverBudget:
        message = Tr::tr("%1: budget %2, actual %3.").arg(what, amountText(b, wanyuan), amountText(a, wanyuan));
        break;
    case CheckDecl::Kind::LargeChange:
        message = Tr::tr("%1: last year %2, this year %3.").arg(what, amountText(b, wanyuan), amountText(a, wanyuan));
        break;
    case CheckDecl::Kind::NonNegative:
        message = Tr::tr("%1: %2 is %3.").arg(decl.description, m_engine.address(in.at), amountText(a, a.isWanyuanPrecision()));
        break;
    }
    const bool asksForText = decl.kind == CheckDecl::Kind::BudgetReason || decl.kind == CheckDecl::Kind::LargeChange;
    return Finding{outcome->severity, decl.id, m_engine.address(in.at), message, outcome->expected, a,
                   asksForText ? in.textKey : QString()};
}

std::vector<int> Checker::findingOrder() const
{
    std::vector<int> order;
    for (int i = 0; i < int(m_outcomes.size()); ++i) {
        if (m_outcomes[i])
            order.push_back(i);
    }
    auto place = [&](int i) {
        const Instance &in = m_instances[i];
        const auto &m = m_engine.meta(in.at);
        return std::tuple(int(m_outcomes[i]->severity), in.declIndex, m.sheet, m.row, m.column, i);
    };
    std::sort(order.begin(), order.end(), [&](int a, int b) { return place(a) < place(b); });
    return order;
}

std::vector<Finding> Checker::findings() const
{
    std::vector<Finding> out;
    const std::vector<int> order = findingOrder();
    out.reserve(order.size());
    for (int i : order)
        out.push_back(*finding(i));
    return out;
}

int Checker::count(Severity severity) const
{
    return int(std::count_if(m_outcomes.begin(), m_outcomes.end(),
                             [&](const auto &f) { return f && f->severity == severity; }));
}

bool Checker::reevaluate(int instance)
{
    if (!m_instances[instance].decl)
        return false;
    auto f = evaluate(m_instances[instance]);
    if (f == m_outcomes[instance])
        return false;
    m_outcomes[instance] = f;
    return true;
}

void Checker::cellsChanged(const std::vector<CellId> &cells, std::vector<int> &changedInstances)
{
    if (++m_stamp == 0) {
        std::fill(m_mark.begin(), m_mark.end(), 0);
        m_stamp = 1;
    }
    for (CellId c : cells) {
        for (int i : m_byCell[c]) {
            if (m_mark[i] == m_stamp)
                continue;
            m_mark[i] = m_stamp;
            if (reevaluate(i))
                changedInstances.push_back(i);
        }
    }
}

void Checker::textChanged(const QString &key, std::vector<int> &changedInstances)
{
    const auto it = m_byText.find(key);
    if (it == m_byText.end())
        return;
    for (int i : it->second) {
        if (reevaluate(i))
            changedInstances.push_back(i);
    }
}

} // namespace fa
