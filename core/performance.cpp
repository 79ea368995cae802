#include "performance.h"

#include "documentdata.h"

#include <QCoreApplication>

namespace fa {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Performance)
};

// Reads the fields of one JSON object, remembering the first problem with the path of the field.
class Reader
{
public:
    Reader(const QJsonObject &o, QString path, QString *error) : m_o(o), m_path(std::move(path)), m_error(error) {}

    // Refuses keys that are not among `known`.
    void only(const QStringList &known)
    {
        for (auto it = m_o.begin(); it != m_o.end(); ++it) {
            if (!known.contains(it.key()))
                fail(it.key(), Tr::tr("is not a known field"));
        }
    }

    QString text(const QString &key, int maxLength, bool required = false)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(key, Tr::tr("is missing"));
            return {};
        }
        if (!v.isString()) {
            fail(key, Tr::tr("must be a string"));
            return {};
        }
        const QString s = v.toString();
        if (s.size() > maxLength)
            fail(key, Tr::tr("is longer than %1 characters").arg(maxLength));
        for (QChar c : s) {
            if (c.category() == QChar::Other_Control && c != u'\t' && c != u'\n' && c != u'\r') {
                fail(key, Tr::tr("holds a control character"));
                return {};
            }
        }
        if (!s.isValidUtf16()) { // a lone surrogate cannot be stored as UTF-8
            fail(key, Tr::tr("is not valid text"));
            return {};
        }
        return s;
    }

    std::optional<Money> amount(const QString &key)
    {
        const QString s = text(key, 40).trimmed();
        if (s.isEmpty())
            return std::nullopt;
        const auto m = Money::parse(s, AmountUnit::Wanyuan, true);
        if (!m.value) {
            fail(key, Tr::tr("“%1” is not an amount in 万元 (at most six decimals)").arg(excerpt(s)));
            return std::nullopt;
        }
        if (validateAmount(m_path + key, *m.value)) {
            fail(key, Tr::tr("is out of range"));
            return std::nullopt;
        }
        return m.value;
    }

    std::optional<Points> points(const QString &key)
    {
        const QString s = text(key, 20).trimmed();
        if (s.isEmpty())
            return std::nullopt;
        const auto p = Points::parse(s);
        if (!p || p->hundredths() > kMaxWeightHundredths) {
            fail(key, Tr::tr("“%1” is not a score (points with at most two decimals)").arg(excerpt(s)));
            return std::nullopt;
        }
        return p;
    }

    QJsonArray array(const QString &key)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined())
            return {};
        if (!v.isArray()) {
            fail(key, Tr::tr("must be an array"));
            return {};
        }
        if (v.toArray().size() > kMaxEvaluationRows)
            fail(key, Tr::tr("has more than %1 rows").arg(kMaxEvaluationRows));
        return v.toArray();
    }

    QJsonObject object(const QString &key)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined())
            return {};
        if (!v.isObject())
            fail(key, Tr::tr("must be an object"));
        return v.toObject();
    }

    // An element of an array field as an object, with its own path.
    Reader element(const QString &key, const QJsonArray &a, int i)
    {
        const QString path = m_path + QStringLiteral("%1[%2].").arg(key).arg(i);
        if (!a.at(i).isObject()) {
            if (m_error->isEmpty())
                *m_error = path.chopped(1) + QLatin1Char(' ') + Tr::tr("must be an object");
            return Reader(QJsonObject(), path, m_error);
        }
        return Reader(a.at(i).toObject(), path, m_error);
    }
    Reader child(const QString &key) { return Reader(object(key), m_path + key + QLatin1Char('.'), m_error); }

    const QJsonObject &json() const { return m_o; }
    const QString &path() const { return m_path; }

    void fail(const QString &key, const QString &what)
    {
        if (m_error->isEmpty())
            *m_error = m_path + key + QLatin1Char(' ') + what;
    }

private:
    QJsonObject m_o;
    QString m_path;
    QString *m_error;
};

constexpr int kShort = kMaxNameLength; // names, levels, targets
constexpr int kLong = kMaxTextLength;  // goals, notes, reasons

QString pointsText(const std::optional<Points> &p)
{
    return p ? p->toShortString() : QString();
}

QString amountText(const std::optional<Money> &m)
{
    return m ? m->toExactWanyuanString() : QString();
}

Result<Evaluation> read(Reader &r)
{
    Evaluation e;
    r.only({QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("supervisor"), QStringLiteral("implementer"),
            QStringLiteral("funds"), QStringLiteral("fund_management"), QStringLiteral("goals"), QStringLiteral("tasks"),
            QStringLiteral("indicators"), QStringLiteral("total_weight"), QStringLiteral("total_score"),
            QStringLiteral("grade")});
    const QString kind = r.text(QStringLiteral("kind"), 20, true);
    if (kind == QLatin1String("department"))
        e.kind = Evaluation::Kind::Department;
    else if (kind == QLatin1String("project"))
        e.kind = Evaluation::Kind::Project;
    else
        r.fail(QStringLiteral("kind"), Tr::tr("must be “department” or “project”"));
    e.name = r.text(QStringLiteral("name"), kShort, true);
    e.supervisor = r.text(QStringLiteral("supervisor"), kShort);
    e.implementer = r.text(QStringLiteral("implementer"), kShort);

    const QJsonArray funds = r.array(QStringLiteral("funds"));
    for (int i = 0; i < funds.size(); ++i) {
        Reader f = r.element(QStringLiteral("funds"), funds, i);
        f.only({QStringLiteral("source"), QStringLiteral("budget_initial"), QStringLiteral("budget_full"),
                QStringLiteral("executed"), QStringLiteral("weight"), QStringLiteral("rate"), QStringLiteral("score")});
        FundRow row;
        row.source = f.text(QStringLiteral("source"), kShort, true);
        row.budgetInitial = f.amount(QStringLiteral("budget_initial"));
        row.budgetFull = f.amount(QStringLiteral("budget_full"));
        row.executed = f.amount(QStringLiteral("executed"));
        row.weight = f.points(QStringLiteral("weight"));
        row.rate = f.text(QStringLiteral("rate"), 40);
        row.score = f.points(QStringLiteral("score"));
        e.funds.push_back(row);
    }
    const QJsonArray items = r.array(QStringLiteral("fund_management"));
    for (int i = 0; i < items.size(); ++i) {
        Reader f = r.element(QStringLiteral("fund_management"), items, i);
        f.only({QStringLiteral("item"), QStringLiteral("weight"), QStringLiteral("score"), QStringLiteral("note"),
                QStringLiteral("problem")});
        FundManagementItem item;
        item.item = f.text(QStringLiteral("item"), kShort, true);
        item.weight = f.points(QStringLiteral("weight"));
        item.score = f.points(QStringLiteral("score"));
        item.note = f.text(QStringLiteral("note"), kLong);
        item.problem = f.text(QStringLiteral("problem"), kLong);
        e.management.push_back(item);
    }
    Reader goals = r.child(QStringLiteral("goals"));
    goals.only({QStringLiteral("expected"), QStringLiteral("actual")});
    e.goalExpected = goals.text(QStringLiteral("expected"), kLong);
    e.goalActual = goals.text(QStringLiteral("actual"), kLong);
    const QJsonArray tasks = r.array(QStringLiteral("tasks"));
    for (int i = 0; i < tasks.size(); ++i) {
        Reader t = r.element(QStringLiteral("tasks"), tasks, i);
        std::vector<std::pair<QString, QString>> row;
        for (auto it = t.json().begin(); it != t.json().end(); ++it) {
            if (it.key().size() > kShort)
                t.fail(it.key().left(kExcerptPart), Tr::tr("is too long a column name"));
            row.emplace_back(it.key(), t.text(it.key(), kLong));
        }
        e.tasks.push_back(std::move(row));
    }
    const QJsonArray indicators = r.array(QStringLiteral("indicators"));
    for (int i = 0; i < indicators.size(); ++i) {
        Reader f = r.element(QStringLiteral("indicators"), indicators, i);
        f.only({QStringLiteral("level1"), QStringLiteral("level2"), QStringLiteral("level3"), QStringLiteral("target"),
                QStringLiteral("actual"), QStringLiteral("weight"), QStringLiteral("score"), QStringLiteral("deviation"),
                QStringLiteral("reason")});
        Indicator ind;
        ind.level1 = f.text(QStringLiteral("level1"), kShort);
        ind.level2 = f.text(QStringLiteral("level2"), kShort);
        ind.level3 = f.text(QStringLiteral("level3"), kShort);
        ind.target = f.text(QStringLiteral("target"), kShort);
        ind.actual = f.text(QStringLiteral("actual"), kShort);
        ind.weight = f.points(QStringLiteral("weight"));
        ind.score = f.points(QStringLiteral("score"));
        ind.deviation = f.text(QStringLiteral("deviation"), 40);
        ind.reason = f.text(QStringLiteral("reason"), kLong);
        e.indicators.push_back(ind);
    }
    e.totalWeight = r.points(QStringLiteral("total_weight"));
    e.totalScore = r.points(QStringLiteral("total_score"));
    e.grade = r.text(QStringLiteral("grade"), 10);
    return e;
}

} // namespace

Result<Evaluation> evaluationFromJson(const QJsonObject &o)
{
    QString error;
    Reader r(o, QString(), &error);
    Result<Evaluation> e = read(r);
    if (!error.isEmpty())
        return Error(Error::Code::BadValue, error);
    return e;
}

Result<std::vector<Evaluation>> evaluationsFromJson(const QJsonArray &a)
{
    if (a.size() > kMaxEvaluations)
        return Error(Error::Code::BadValue, Tr::tr("evaluations: more than %1").arg(kMaxEvaluations));
    std::vector<Evaluation> out;
    for (int i = 0; i < a.size(); ++i) {
        const QString path = QStringLiteral("evaluations[%1].").arg(i);
        if (!a.at(i).isObject())
            return Error(Error::Code::BadValue, path.chopped(1) + QLatin1Char(' ') + Tr::tr("must be an object"));
        QString error;
        Reader r(a.at(i).toObject(), path, &error);
        Result<Evaluation> e = read(r);
        if (!error.isEmpty())
            return Error(Error::Code::BadValue, error);
        out.push_back(std::move(e.value()));
    }
    return out;
}

QJsonObject evaluationToJson(const Evaluation &e)
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), e.kind == Evaluation::Kind::Department ? QStringLiteral("department") : QStringLiteral("project"));
    o.insert(QStringLiteral("name"), e.name);
    o.insert(QStringLiteral("supervisor"), e.supervisor);
    o.insert(QStringLiteral("implementer"), e.implementer);
    QJsonArray funds;
    for (const FundRow &f : e.funds) {
        QJsonObject r{{QStringLiteral("source"), f.source},
                      {QStringLiteral("budget_initial"), amountText(f.budgetInitial)},
                      {QStringLiteral("budget_full"), amountText(f.budgetFull)},
                      {QStringLiteral("executed"), amountText(f.executed)}};
        if (f.weight)
            r.insert(QStringLiteral("weight"), pointsText(f.weight));
        if (!f.rate.isEmpty())
            r.insert(QStringLiteral("rate"), f.rate);
        if (f.score)
            r.insert(QStringLiteral("score"), pointsText(f.score));
        funds.append(r);
    }
    o.insert(QStringLiteral("funds"), funds);
    QJsonArray items;
    for (const FundManagementItem &i : e.management)
        items.append(QJsonObject{{QStringLiteral("item"), i.item},
                                 {QStringLiteral("weight"), pointsText(i.weight)},
                                 {QStringLiteral("score"), pointsText(i.score)},
                                 {QStringLiteral("note"), i.note},
                                 {QStringLiteral("problem"), i.problem}});
    o.insert(QStringLiteral("fund_management"), items);
    o.insert(QStringLiteral("goals"), QJsonObject{{QStringLiteral("expected"), e.goalExpected}, {QStringLiteral("actual"), e.goalActual}});
    QJsonArray tasks;
    for (const auto &row : e.tasks) {
        QJsonObject t;
        for (const auto &[column, text] : row)
            t.insert(column, text);
        tasks.append(t);
    }
    o.insert(QStringLiteral("tasks"), tasks);
    QJsonArray indicators;
    for (const Indicator &i : e.indicators)
        indicators.append(QJsonObject{{QStringLiteral("level1"), i.level1},
                                      {QStringLiteral("level2"), i.level2},
                                      {QStringLiteral("level3"), i.level3},
                                      {QStringLiteral("target"), i.target},
                                      {QStringLiteral("actual"), i.actual},
                                      {QStringLiteral("weight"), pointsText(i.weight)},
                                      {QStringLiteral("score"), pointsText(i.score)},
                                      {QStringLiteral("deviation"), i.deviation},
                                      {QStringLiteral("reason"), i.reason}});
    o.insert(QStringLiteral("indicators"), indicators);
    o.insert(QStringLiteral("total_weight"), pointsText(e.totalWeight));
    o.insert(QStringLiteral("total_score"), pointsText(e.totalScore));
    o.insert(QStringLiteral("grade"), e.grade);
    return o;
}

int totalFundRow(const Evaluation &e)
{
    for (std::size_t i = 0; i < e.funds.size(); ++i)
        if (e.funds[i].source.trimmed() == QStringLiteral("年度资金总额"))
            return int(i);
    return e.funds.empty() ? -1 : 0;
}

EvaluationScores scoreEvaluation(const Evaluation &e)
{
    EvaluationScores out;
    std::vector<ScorePart> parts;
    const int row = totalFundRow(e);
    const FundRow *total = row < 0 ? nullptr : &e.funds[std::size_t(row)];
    const Points executionWeight = total && total->weight ? *total->weight : Points::fromWhole(10);
    if (total && total->budgetFull && total->executed) {
        out.execution = scoreExecution(*total->budgetFull, *total->executed, executionWeight);
        parts.push_back(ScorePart::of(*out.execution));
    } else {
        parts.push_back({executionWeight, std::nullopt});
    }
    for (const FundManagementItem &m : e.management) {
        const Points weight = m.weight.value_or(Points());
        parts.push_back(m.score ? ScorePart::exact(weight, *m.score) : ScorePart{weight, std::nullopt});
    }
    for (const Indicator &i : e.indicators) {
        out.indicators.push_back(scoreIndicator(i.target, i.actual, i.weight.value_or(Points())));
        parts.push_back(ScorePart::of(out.indicators.back()));
    }
    out.total = totalScore(parts);
    return out;
}

QJsonArray evaluationsToJson(const std::vector<Evaluation> &list)
{
    QJsonArray a;
    for (const Evaluation &e : list)
        a.append(evaluationToJson(e));
    return a;
}

} // namespace fa
