#include "checker.h"

#include <QCoreApplication>

#include <algorithm>

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
{
    m_byCell.resize(engine.cellCount());
    instantiate();
    m_findings.resize(m_instances.size());
    for (int i = 0; i < int(m_instances.size()); ++i)
        m_findings[i] = evaluate(m_instances[i]);
    m_mark.assign(m_instances.size(), 0);
}

void Checker::add(Instance instance)
{
    const int index = int(m_instances.size());
    for (const auto *side : {&instance.lhs, &instance.rhs}) {
        for (const Engine::Term &t : *side)
            m_byCell[t.cell].push_back(index);
    }
    if (!instance.textKey.isEmpty())
        m_byText[instance.textKey].push_back(index);
    m_instances.push_back(std::move(instance));
}

void Checker::instantiate()
{
    const Engine &e = m_engine;
    const auto classes = e.templ().functions.classes();
    for (const CheckDecl &decl : e.templ().checks) {
        switch (decl.kind) {
        case CheckDecl::Kind::Equal: {
            Instance in{&decl, {}, {}, kNoCell, {}, {}};
            for (const TermDecl &t : decl.lhs)
                in.lhs.push_back({e.find(t.address), t.coeff});
            for (const TermDecl &t : decl.rhs)
                in.rhs.push_back({e.find(t.address), t.coeff});
            in.at = in.lhs.front().cell;
            add(std::move(in));
            break;
        }
        case CheckDecl::Kind::ClassEqual: {
            for (int i = 0; i < int(classes.size()); ++i) {
                Instance in{&decl, {}, {}, kNoCell, {}, {}};
                const CellId target = e.find(decl.otherTable, QString::number(decl.firstLine + i), decl.targetColumn);
                in.rhs.push_back({target, 1});
                const CellId cell = e.find(decl.table, classes[i], decl.columns.first());
                if (cell != kNoCell)
                    in.lhs.push_back({cell, 1});
                in.at = cell != kNoCell ? cell : target;
                in.subject = classes[i] + QLatin1Char(' ') + e.templ().functions.name(classes[i]);
                add(std::move(in));
            }
            break;
        }
        case CheckDecl::Kind::LeafNotGreater: {
            const Sheet *s = e.sheet(decl.table);
            for (int r = 0; r < s->rowCount(); ++r) {
                if (s->rows[r].kind != RowInfo::Kind::Item)
                    continue;
                for (const QString &column : decl.columns) {
                    Instance in{&decl, {}, {}, kNoCell, {}, {}};
                    in.at = s->cell(r, s->columnIndex(column));
                    in.lhs.push_back({in.at, 1});
                    const CellId other = e.find(decl.otherTable, s->rows[r].key, column);
                    if (other != kNoCell)
                        in.rhs.push_back({other, 1});
                    in.subject = s->rows[r].key + QLatin1Char(' ') + s->rows[r].label + QLatin1Char(' ') + column;
                    add(std::move(in));
                }
            }
            break;
        }
        case CheckDecl::Kind::BudgetReason: {
            const Sheet *s = e.sheet(decl.table);
            for (int r = 0; r < s->rowCount(); ++r) {
                if (s->rows[r].kind != RowInfo::Kind::Item)
                    continue;
                Instance in{&decl, {}, {}, kNoCell, {}, {}};
                in.lhs.push_back({s->cell(r, s->columnIndex(decl.columns.first())), 1});
                in.at = s->cell(r, s->columnIndex(decl.budgetColumn));
                in.rhs.push_back({in.at, 1});
                in.subject = s->rows[r].key + QLatin1Char(' ') + s->rows[r].label;
                in.textKey = decl.textKeyPattern.arg(s->rows[r].key);
                add(std::move(in));
            }
            break;
        }
        case CheckDecl::Kind::NotOverBudget: {
            for (const QString &column : decl.columns) {
                Instance in{&decl, {}, {}, kNoCell, {}, {}};
                in.at = e.find(decl.table, decl.lhs.front().address, column);
                in.lhs.push_back({in.at, 1});
                in.rhs.push_back({e.find(decl.table, decl.rhs.front().address, column), 1});
                in.subject = column;
                add(std::move(in));
            }
            break;
        }
        case CheckDecl::Kind::LargeChange: {
            Instance in{&decl, {}, {}, kNoCell, {}, {}};
            in.at = e.find(decl.lhs.front().address);
            in.lhs.push_back({in.at, 1});
            in.rhs.push_back({e.find(decl.rhs.front().address), 1});
            in.textKey = decl.textKeyPattern.arg(decl.lhs.front().address);
            add(std::move(in));
            break;
        }
        case CheckDecl::Kind::NonNegative: {
            for (CellId id = 0; id < e.cellCount(); ++id) {
                if (!e.isEntered(id))
                    continue;
                Instance in{&decl, {{id, 1}}, {}, id, {}, {}};
                add(std::move(in));
            }
            break;
        }
        }
    }
}

std::int64_t Checker::sum(const std::vector<Engine::Term> &terms) const
{
    std::int64_t s = 0;
    for (const Engine::Term &t : terms)
        s += t.coeff * m_engine.value(t.cell).fen();
    return s;
}

std::optional<Finding> Checker::evaluate(const Instance &in) const
{
    const CheckDecl &decl = *in.decl;
    const Money a = Money::fromFen(sum(in.lhs));
    const Money b = Money::fromFen(sum(in.rhs));
    auto finding = [&](Severity severity, const QString &message) {
        return Finding{severity, decl.id, m_engine.address(in.at), message, b, a};
    };
    // Messages are built only for findings: most evaluations find nothing.
    auto what = [&] {
        return in.subject.isEmpty() ? decl.description : decl.description + Tr::tr(" (%1)").arg(in.subject);
    };

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
        const bool wanyuan = a.isWanyuanPrecision() && b.isWanyuanPrecision();
        const QString da = amountText(a, wanyuan), db = amountText(b, wanyuan);
        const QString dd = amountText(Money::fromFen(magnitude), Money::fromFen(magnitude).isWanyuanPrecision());
        if (rounding)
            return finding(Severity::Rounding,
                           Tr::tr("%1: expected %2, found %3; the difference of %4 is what rounding to 万元 explains (尾差).")
                               .arg(what(), db, da, dd));
        return finding(Severity::Error, Tr::tr("%1: expected %2, found %3 (difference %4).").arg(what(), db, da, dd));
    }
    case CheckDecl::Kind::LeafNotGreater:
        if (a <= b)
            return std::nullopt;
        return finding(Severity::Error, Tr::tr("%1: %2 here, but only %3 in the other table.")
                                            .arg(what(), amountText(a, a.isWanyuanPrecision()),
                                                 amountText(b, b.isWanyuanPrecision())));
    case CheckDecl::Kind::BudgetReason: {
        if (a == b)
            return std::nullopt;
        const auto it = m_texts.find(in.textKey);
        if (it != m_texts.end() && !it->second.trimmed().isEmpty())
            return std::nullopt;
        const bool wanyuan = a.isWanyuanPrecision() && b.isWanyuanPrecision();
        return finding(Severity::Warning, Tr::tr("%1: budget %2, actual %3.").arg(what(), amountText(b, wanyuan), amountText(a, wanyuan)));
    }
    case CheckDecl::Kind::NotOverBudget: {
        if (a <= b)
            return std::nullopt;
        const bool wanyuan = a.isWanyuanPrecision() && b.isWanyuanPrecision();
        return finding(Severity::Warning, Tr::tr("%1: budget %2, actual %3.").arg(what(), amountText(b, wanyuan), amountText(a, wanyuan)));
    }
    case CheckDecl::Kind::LargeChange: {
        // Last year's figure must be given (a blank one is unknown, not zero) and not zero.
        const CellId prior = in.rhs.front().cell;
        if (!m_engine.isSet(prior) || b.isZero())
            return std::nullopt;
        const std::int64_t change = a.fen() - b.fen();
        const std::int64_t base = b.fen() < 0 ? -b.fen() : b.fen();
        // |change| / |last year| > percent %, in integers: far from overflow for bounded amounts.
        if ((change < 0 ? -change : change) * 100 <= std::int64_t(decl.percent) * base)
            return std::nullopt;
        const auto it = m_texts.find(in.textKey);
        if (it != m_texts.end() && !it->second.trimmed().isEmpty())
            return std::nullopt;
        const bool wanyuan = a.isWanyuanPrecision() && b.isWanyuanPrecision();
        return finding(Severity::Warning, Tr::tr("%1: last year %2, this year %3.")
                                              .arg(what(), amountText(b, wanyuan), amountText(a, wanyuan)));
    }
    case CheckDecl::Kind::NonNegative:
        if (!a.isNegative())
            return std::nullopt;
        return Finding{Severity::Error, decl.id, m_engine.address(in.at),
                       Tr::tr("%1: %2 is %3.").arg(decl.description, m_engine.address(in.at),
                                               amountText(a, a.isWanyuanPrecision())),
                       std::nullopt, a};
    }
    return std::nullopt;
}

std::vector<Finding> Checker::findings() const
{
    std::vector<Finding> out;
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Rounding}) {
        for (const auto &f : m_findings) {
            if (f && f->severity == s)
                out.push_back(*f);
        }
    }
    return out;
}

int Checker::count(Severity severity) const
{
    return int(std::count_if(m_findings.begin(), m_findings.end(),
                             [&](const auto &f) { return f && f->severity == severity; }));
}

bool Checker::reevaluate(int instance)
{
    auto f = evaluate(m_instances[instance]);
    if (f == m_findings[instance])
        return false;
    m_findings[instance] = std::move(f);
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
