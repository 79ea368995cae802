#include "narrative.h"

#include "chinese.h"
#include "document.h"
#include "performance.h"
#include "texts.h"

namespace fa {

QString Paragraph::text() const
{
    QString out;
    for (const TextRun &r : runs)
        out += r.text;
    return out;
}

QString ExplanationSection::text() const
{
    QStringList lines;
    for (const Paragraph &p : paragraphs)
        lines << p.text();
    return lines.join(QLatin1Char('\n'));
}

QString narrativeAmount(Money m)
{
    return m.fen() == 0 ? QStringLiteral("0") : m.toWanyuanString(Money::Grouping::Thousands);
}

QString narrativePercent(const std::optional<Percent> &p, bool partIsZero)
{
    if (partIsZero || !p)
        return QStringLiteral("0");
    return p->toString();
}

namespace {

const QString kJss = QStringLiteral("决算数");
// Where a reason is asked for and none is written yet.
const QString kMissingReason = QStringLiteral("（原因未填写）。");

// Builds the paragraphs of one section run by run.
class Writer
{
public:
    Writer(const Document &doc, int number) : m_doc(doc)
    {
        m_section.number = number;
        static const QStringList titles = {
            QStringLiteral("收入支出决算总体情况说明"),
            QStringLiteral("收入决算情况说明"),
            QStringLiteral("支出决算情况说明"),
            QStringLiteral("财政拨款收入支出决算总体情况说明"),
            QStringLiteral("一般公共预算财政拨款支出决算情况说明"),
            QStringLiteral("一般公共预算财政拨款基本支出决算情况说明"),
            QStringLiteral("政府性基金预算财政拨款支出决算情况说明"),
            QStringLiteral("国有资本经营预算财政拨款支出决算情况说明"),
            QStringLiteral("财政拨款“三公”经费支出决算情况说明"),
            QStringLiteral("机关运行经费支出情况说明"),
            QStringLiteral("政府采购支出情况说明"),
            QStringLiteral("国有资产占用情况说明"),
            QStringLiteral("预算绩效情况说明"),
        };
        m_section.title = chineseNumeral(number) + QStringLiteral("、") + titles.at(number - 1);
    }

    const Document &doc() const { return m_doc; }
    const Engine &engine() const { return m_doc.engine(); }
    QString year() const { return QString::number(m_doc.data().unit.year); }
    // 部门 or 单位
    QString scope() const { return m_doc.data().unit.scope; }

    Money value(const QString &address) const
    {
        const CellId id = engine().find(address);
        return id == kNoCell ? Money() : engine().value(id);
    }
    // An entered figure that holds a value (last year's figures may simply not be given).
    bool isGiven(const QString &address) const
    {
        const CellId id = engine().find(address);
        return id != kNoCell && engine().isEntered(id) && engine().isSet(id);
    }
    qint64 count(const QString &key) const
    {
        const auto it = m_doc.data().counts.find(key);
        return it == m_doc.data().counts.end() ? 0 : it->second;
    }
    QString text(const QString &key) const
    {
        const auto it = m_doc.data().texts.find(key);
        return it == m_doc.data().texts.end() ? QString() : it->second.trimmed();
    }

    Writer &w(const QString &words)
    {
        add({TextRun::Kind::Pattern, words});
        return *this;
    }
    Writer &amount(Money m, const QString &address = {})
    {
        add({TextRun::Kind::Amount, narrativeAmount(m), {}, address});
        return *this;
    }
    Writer &amountAt(const QString &address) { return amount(value(address), address); }
    Writer &percent(Money part, Money whole)
    {
        add({TextRun::Kind::Percent, narrativePercent(Percent::ratio(part, whole), part.fen() == 0)});
        return *this;
    }
    Writer &percentOf(const std::optional<Percent> &p)
    {
        add({TextRun::Kind::Percent, narrativePercent(p, false)});
        return *this;
    }
    Writer &number(qint64 n)
    {
        add({TextRun::Kind::Count, QString::number(n)});
        return *this;
    }
    Writer &countOf(const QString &key) { return number(count(key)); }
    // A person's text under `key`, ending in a full stop; nothing when there is none.
    Writer &typed(const QString &key, bool fullStop = true)
    {
        QString t = text(key);
        if (t.isEmpty())
            return *this;
        if (fullStop && !t.endsWith(QStringLiteral("。")) && !t.endsWith(QStringLiteral("；"))
            && !t.endsWith(QLatin1Char('.')))
            t += QStringLiteral("。");
        add({TextRun::Kind::Typed, t, key});
        return *this;
    }
    // The reason a person gives under `key`; while there is none, a visible gap stands there as a
    // Typed run of that key (the editor offers to write it; the checks ask for it).
    Writer &reason(const QString &key)
    {
        if (text(key).isEmpty())
            add({TextRun::Kind::Typed, kMissingReason, key});
        else
            typed(key);
        return *this;
    }
    // A person's multi-line text under `key`, one paragraph per line.
    void typedParagraphs(const QString &key)
    {
        const QString t = text(key);
        if (t.isEmpty())
            return;
        for (const QString &line : t.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line.trimmed().isEmpty())
                continue;
            add({TextRun::Kind::Typed, line.trimmed(), key});
            end();
        }
    }
    // Ends the current paragraph.
    void end()
    {
        if (!m_current.runs.empty())
            m_section.paragraphs.push_back(std::move(m_current));
        m_current = {};
    }

    // "与上年度相比，<what>增加x万元，增长y%，主要原因是：<reason>" or 减少/下降 or 持平; nothing when last
    // year's figure is not given.
    void change(const QString &address, const QString &priorAddress, const QString &what, const QString &reasonKey)
    {
        if (!isGiven(priorAddress))
            return;
        w(QStringLiteral("与上年度相比，"));
        if (changeClause(address, priorAddress, what))
            reasonOrStop(reasonKey);
        else
            w(QStringLiteral("。"));
    }

    // The change of a pair of totals (收入总计 and 支出总计): one clause for both ("<both>增加…") when
    // they are equal this year and last year, else a clause for each with its own last-year figure
    // ("与上年度相比，<inWhat>增加…；<outWhat>增加…"), so that no sentence states the income's change
    // for the expenses. Nothing for a total whose last-year figure is not given.
    void changePair(const QString &in, const QString &inPrior, const QString &out, const QString &outPrior,
                    const QString &both, const QString &inWhat, const QString &outWhat, const QString &reasonKey)
    {
        const bool outGiven = isGiven(outPrior);
        if (value(in) == value(out) && (!outGiven || value(inPrior) == value(outPrior))) {
            change(in, inPrior, both, reasonKey);
            return;
        }
        struct Clause { QString address, prior, what; };
        std::vector<Clause> clauses;
        if (isGiven(inPrior))
            clauses.push_back({in, inPrior, inWhat});
        if (outGiven)
            clauses.push_back({out, outPrior, outWhat});
        if (clauses.empty())
            return;
        w(QStringLiteral("与上年度相比，"));
        bool changed = false;
        for (size_t i = 0; i < clauses.size(); ++i) {
            if (i)
                w(QStringLiteral("；"));
            changed = changeClause(clauses[i].address, clauses[i].prior, clauses[i].what) || changed;
        }
        if (changed)
            reasonOrStop(reasonKey);
        else
            w(QStringLiteral("。"));
    }

    // "，完成预算的x%" unless the budget is zero.
    void completion(Money actual, Money budget, const QString &words = QStringLiteral("，完成预算的"))
    {
        if (budget.fen() == 0)
            return;
        w(words).percent(actual, budget).w(QStringLiteral("%"));
    }

    ExplanationSection finish()
    {
        end();
        return std::move(m_section);
    }

private:
    // "<what>增加x万元，增长y%" (减少/下降), or "<what>持平"; true when the figure changed.
    bool changeClause(const QString &address, const QString &priorAddress, const QString &what)
    {
        const Money now = value(address), before = value(priorAddress);
        w(what);
        if (now == before) {
            w(QStringLiteral("持平"));
            return false;
        }
        const bool up = now > before;
        // Amounts are bounded far below overflow (kMaxEnteredFen); minus() cannot fail here.
        const Money diff = (up ? now.minus(before) : before.minus(now)).value_or(Money());
        w(up ? QStringLiteral("增加") : QStringLiteral("减少")).amount(diff).w(QStringLiteral("万元"));
        const auto rate = Percent::change(now, before);
        if (rate)
            w(up ? QStringLiteral("，增长") : QStringLiteral("，下降")).percentOf(rate->abs()).w(QStringLiteral("%"));
        return true;
    }
    // "，主要原因是：<reason>" or, without a reason, the full stop.
    void reasonOrStop(const QString &reasonKey)
    {
        if (!text(reasonKey).isEmpty())
            w(QStringLiteral("，主要原因是：")).typed(reasonKey);
        else
            w(QStringLiteral("。"));
    }

    void add(TextRun run)
    {
        // Adjacent pattern words join into one run.
        if (run.kind == TextRun::Kind::Pattern && !m_current.runs.empty()
            && m_current.runs.back().kind == TextRun::Kind::Pattern) {
            m_current.runs.back().text += run.text;
            return;
        }
        m_current.runs.push_back(std::move(run));
    }

    const Document &m_doc;
    ExplanationSection m_section;
    Paragraph m_current;
};

// "…（金额单位转换时，存在尾数误差。）" when the rounded parts do not add up to the rounded whole.
bool roundingDiffers(Money whole, const std::vector<Money> &parts)
{
    std::int64_t sum = 0;
    for (Money p : parts)
        sum += p.roundedToWanyuan().fen();
    return sum != whole.roundedToWanyuan().fen();
}

const QString kRoundingNote = QStringLiteral("（金额单位转换时，存在尾数误差。）");

// The rows of a table of subjects of one kind, with their printed names.
std::vector<const RowInfo *> rowsOf(const Sheet *s, RowInfo::Kind kind)
{
    std::vector<const RowInfo *> out;
    if (!s)
        return out;
    for (const RowInfo &r : s->rows) {
        if (r.kind == kind)
            out.push_back(&r);
    }
    return out;
}

QString cell(const QString &table, const QString &row, const QString &column)
{
    return table + QLatin1Char('/') + row + QLatin1Char('/') + column;
}

// "一般公共服务支出" → "一般公共服务（类）支出"
QString classPhrase(const QString &name)
{
    QString n = name;
    if (n.endsWith(QStringLiteral("支出")))
        n.chop(2);
    return n + QStringLiteral("（类）支出");
}

bool allZero(const Writer &wr, const QString &table)
{
    const Sheet *s = wr.engine().sheet(table);
    if (!s)
        return true;
    for (int r = 0; r < s->rowCount(); ++r) {
        for (int c = 0; c < s->columnCount(); ++c) {
            const CellId id = s->cell(r, c);
            if (id != kNoCell && wr.engine().value(id).fen() != 0)
                return false;
        }
    }
    return true;
}

ExplanationSection section1(Writer &wr)
{
    const QString in = QStringLiteral("t01/31/决算数"), out = QStringLiteral("t01/62/决算数");
    wr.w(wr.year() + QStringLiteral("年度"));
    if (wr.value(in) == wr.value(out))
        wr.w(QStringLiteral("收、支总计均为")).amountAt(in).w(QStringLiteral("万元。"));
    else
        wr.w(QStringLiteral("收入总计")).amountAt(in).w(QStringLiteral("万元，支出总计")).amountAt(out).w(QStringLiteral("万元。"));
    wr.changePair(in, QStringLiteral("t01/31/上年决算数"), out, QStringLiteral("t01/62/上年决算数"), QStringLiteral("收、支总计各"),
                  QStringLiteral("收入总计"), QStringLiteral("支出总计"), QStringLiteral("reason/change/t01/31/决算数"));
    return wr.finish();
}

ExplanationSection section2(Writer &wr)
{
    const QString total = QStringLiteral("t01/27/决算数");
    wr.w(wr.year() + QStringLiteral("年度收入合计")).amountAt(total).w(QStringLiteral("万元"));
    const QStringList sources = {QStringLiteral("财政拨款收入"), QStringLiteral("上级补助收入"), QStringLiteral("事业收入"),
                                 QStringLiteral("经营收入"), QStringLiteral("附属单位上缴收入"), QStringLiteral("其他收入")};
    bool first = true;
    std::vector<Money> parts;
    for (const QString &s : sources) {
        const QString a = cell(QStringLiteral("t02"), QStringLiteral("合计"), s);
        const Money m = wr.value(a);
        if (m.fen() == 0)
            continue;
        parts.push_back(m);
        wr.w(first ? QStringLiteral("，其中：") : QStringLiteral("；")).w(s).amount(m, a).w(QStringLiteral("万元，占"));
        wr.percent(m, wr.value(total)).w(QStringLiteral("%"));
        first = false;
    }
    wr.w(QStringLiteral("。"));
    if (roundingDiffers(wr.value(total), parts))
        wr.w(kRoundingNote);
    return wr.finish();
}

ExplanationSection section3(Writer &wr)
{
    const QString total = QStringLiteral("t03/合计/本年支出合计");
    wr.w(wr.year() + QStringLiteral("年度支出合计")).amountAt(total).w(QStringLiteral("万元"));
    const QStringList kinds = {QStringLiteral("基本支出"), QStringLiteral("项目支出"), QStringLiteral("上缴上级支出"),
                               QStringLiteral("经营支出"), QStringLiteral("对附属单位补助支出")};
    bool first = true;
    std::vector<Money> parts;
    for (const QString &k : kinds) {
        const QString a = cell(QStringLiteral("t03"), QStringLiteral("合计"), k);
        const Money m = wr.value(a);
        if (m.fen() == 0 && k != kinds.at(0) && k != kinds.at(1))
            continue; // 基本支出 and 项目支出 are always named
        parts.push_back(m);
        wr.w(first ? QStringLiteral("，其中：") : QStringLiteral("；")).w(k).amount(m, a).w(QStringLiteral("万元，占"));
        wr.percent(m, wr.value(total)).w(QStringLiteral("%"));
        first = false;
    }
    wr.w(QStringLiteral("。"));
    if (roundingDiffers(wr.value(total), parts))
        wr.w(kRoundingNote);
    return wr.finish();
}

ExplanationSection section4(Writer &wr)
{
    const QString in = QStringLiteral("t04/32/金额"), out = QStringLiteral("t04/64/合计");
    wr.w(wr.year() + QStringLiteral("年度"));
    if (wr.value(in) == wr.value(out))
        wr.w(QStringLiteral("财政拨款收、支总计均为")).amountAt(in).w(QStringLiteral("万元。"));
    else
        wr.w(QStringLiteral("财政拨款收入总计")).amountAt(in).w(QStringLiteral("万元，支出总计")).amountAt(out).w(QStringLiteral("万元。"));
    wr.changePair(in, QStringLiteral("t04/32/上年金额"), out, QStringLiteral("t04/64/上年合计"),
                  QStringLiteral("财政拨款收、支总计各"), QStringLiteral("财政拨款收入总计"), QStringLiteral("财政拨款支出总计"),
                  QStringLiteral("reason/change/t04/32/金额"));
    return wr.finish();
}

ExplanationSection section5(Writer &wr)
{
    const QString general = QStringLiteral("t04/59/一般公共预算财政拨款");
    const Money g = wr.value(general);
    wr.w(QStringLiteral("（一）一般公共预算财政拨款支出决算总体情况。"));
    wr.end();
    wr.w(wr.year() + QStringLiteral("年度一般公共预算财政拨款支出")).amountAt(general).w(QStringLiteral("万元，占本年支出合计的"));
    wr.percent(g, wr.value(QStringLiteral("t01/58/决算数"))).w(QStringLiteral("%。"));
    wr.change(general, QStringLiteral("t04/59/上年一般公共预算财政拨款"), QStringLiteral("一般公共预算财政拨款支出"),
              QStringLiteral("reason/change/t04/59/一般公共预算财政拨款"));
    wr.end();

    wr.w(QStringLiteral("（二）一般公共预算财政拨款支出决算结构情况。"));
    wr.end();
    const Sheet *t05 = wr.engine().sheet(QStringLiteral("t05"));
    wr.w(wr.year() + QStringLiteral("年度一般公共预算财政拨款支出")).amountAt(general).w(QStringLiteral("万元"));
    bool first = true;
    std::vector<Money> parts;
    for (const RowInfo *r : rowsOf(t05, RowInfo::Kind::Class)) {
        const QString a = cell(QStringLiteral("t05"), r->key, QStringLiteral("小计"));
        const Money m = wr.value(a);
        if (m.fen() == 0)
            continue;
        parts.push_back(m);
        wr.w(first ? QStringLiteral("，主要用于以下方面：") : QStringLiteral("；")).w(classPhrase(r->label)).amount(m, a);
        wr.w(QStringLiteral("万元，占")).percent(m, g).w(QStringLiteral("%"));
        first = false;
    }
    wr.w(QStringLiteral("。"));
    if (roundingDiffers(g, parts))
        wr.w(kRoundingNote);
    wr.end();

    wr.w(QStringLiteral("（三）一般公共预算财政拨款支出决算具体情况。"));
    wr.end();
    const QString budget = QStringLiteral("t05/合计/年初预算"), spent = QStringLiteral("t05/合计/小计");
    wr.w(wr.year() + QStringLiteral("年度一般公共预算财政拨款支出年初预算为")).amountAt(budget);
    wr.w(QStringLiteral("万元，支出决算为")).amountAt(spent).w(QStringLiteral("万元"));
    wr.completion(wr.value(spent), wr.value(budget), QStringLiteral("，完成年初预算的"));
    wr.w(QStringLiteral("。其中："));
    wr.end();
    int n = 0;
    if (t05) {
        QString className, kindName;
        for (const RowInfo &r : t05->rows) {
            if (r.kind == RowInfo::Kind::Class)
                className = r.label;
            else if (r.kind == RowInfo::Kind::Kind_)
                kindName = r.label;
            if (r.kind != RowInfo::Kind::Item)
                continue;
            const QString b = cell(QStringLiteral("t05"), r.key, QStringLiteral("年初预算"));
            const QString a = cell(QStringLiteral("t05"), r.key, QStringLiteral("小计"));
            const Money bv = wr.value(b), av = wr.value(a);
            if (bv.fen() == 0 && av.fen() == 0)
                continue;
            wr.w(QStringLiteral("%1. %2（类）%3（款）%4（项）。年初预算为").arg(++n).arg(className, kindName, r.label));
            wr.amountAt(b).w(QStringLiteral("万元，支出决算为")).amountAt(a).w(QStringLiteral("万元"));
            wr.completion(av, bv, QStringLiteral("，完成年初预算的"));
            wr.w(QStringLiteral("。"));
            if (av != bv) {
                const QString key = QStringLiteral("reason/t05/") + r.key;
                wr.w(QStringLiteral("决算数与年初预算数存在差异的主要原因是")).reason(key);
            }
            wr.end();
        }
    }
    return wr.finish();
}

ExplanationSection section6(Writer &wr)
{
    const Sheet *t06 = wr.engine().sheet(QStringLiteral("t06"));
    auto namesUnder = [&](const QStringList &classes) {
        QStringList names;
        for (const RowInfo *r : rowsOf(t06, RowInfo::Kind::Item)) { // economic 款 rows
            if (!classes.contains(r->key.left(3)))
                continue;
            if (wr.value(cell(QStringLiteral("t06"), r->key, kJss)).fen() != 0)
                names << r->label;
        }
        return names.join(QStringLiteral("、"));
    };
    const QString basic = QStringLiteral("t05/合计/基本支出");
    const QString personnel = cell(QStringLiteral("t06"), QStringLiteral("人员经费合计"), kJss);
    const QString publicUse = cell(QStringLiteral("t06"), QStringLiteral("公用经费合计"), kJss);
    wr.w(wr.year() + QStringLiteral("年度一般公共预算财政拨款基本支出")).amountAt(basic).w(QStringLiteral("万元，其中：人员经费"));
    wr.amountAt(personnel).w(QStringLiteral("万元"));
    const QString pNames = namesUnder({QStringLiteral("301"), QStringLiteral("303")});
    if (!pNames.isEmpty())
        wr.w(QStringLiteral("，主要包括：") + pNames);
    wr.w(QStringLiteral("；公用经费")).amountAt(publicUse).w(QStringLiteral("万元"));
    const QString uNames = namesUnder({QStringLiteral("302"), QStringLiteral("307"), QStringLiteral("310"), QStringLiteral("399")});
    if (!uNames.isEmpty())
        wr.w(QStringLiteral("，主要包括：") + uNames);
    wr.w(QStringLiteral("。"));
    return wr.finish();
}

ExplanationSection section7(Writer &wr)
{
    wr.w(wr.year() + QStringLiteral("年度政府性基金预算财政拨款"));
    if (allZero(wr, QStringLiteral("t07"))) {
        wr.w(QStringLiteral("支出年初预算为0万元，支出决算为0万元，我") + wr.scope()
             + QStringLiteral("没有政府性基金收入，也没有使用政府性基金安排的支出。"));
        return wr.finish();
    }
    wr.w(QStringLiteral("收入")).amountAt(QStringLiteral("t07/合计/本年收入")).w(QStringLiteral("万元，支出"));
    wr.amountAt(QStringLiteral("t07/合计/本年支出小计")).w(QStringLiteral("万元，年末结转和结余"));
    wr.amountAt(QStringLiteral("t07/合计/年末结转和结余")).w(QStringLiteral("万元。"));
    return wr.finish();
}

ExplanationSection section8(Writer &wr)
{
    wr.w(wr.year() + QStringLiteral("年度国有资本经营预算财政拨款支出"));
    if (allZero(wr, QStringLiteral("t08"))) {
        wr.w(QStringLiteral("年初预算为0万元，支出决算为0万元，我") + wr.scope()
             + QStringLiteral("没有国有资本经营预算财政拨款收入，也没有国有资本经营预算财政拨款的支出。"));
        return wr.finish();
    }
    wr.w(QStringLiteral("决算")).amountAt(QStringLiteral("t08/合计/小计")).w(QStringLiteral("万元，其中：基本支出"));
    wr.amountAt(QStringLiteral("t08/合计/基本支出")).w(QStringLiteral("万元，项目支出"));
    wr.amountAt(QStringLiteral("t08/合计/项目支出")).w(QStringLiteral("万元。"));
    return wr.finish();
}

ExplanationSection section9(Writer &wr)
{
    const QString T09 = QStringLiteral("t09");
    auto budget = [&](const QString &c) { return cell(T09, QStringLiteral("预算"), c); };
    auto actual = [&](const QString &c) { return cell(T09, QStringLiteral("决算"), c); };
    const QString HJ = QStringLiteral("合计"), ABROAD = QStringLiteral("因公出国（境）费"),
                  CARS = QStringLiteral("公务用车购置及运行维护费小计"), RECEPTION = QStringLiteral("公务接待费");
    // "决算数与预算数持平。" or "…存在差异的主要原因是<reason>"
    auto difference = [&](const QString &column, const QString &lead) {
        if (wr.value(actual(column)) == wr.value(budget(column))) {
            wr.w(QStringLiteral("决算数与预算数持平。"));
            return;
        }
        const QString key = QStringLiteral("reason/t09/") + column;
        wr.w(lead + QStringLiteral("决算数与预算数存在差异的主要原因是")).reason(key);
    };

    wr.w(QStringLiteral("（一）“三公”经费财政拨款支出决算总体情况说明。"));
    wr.end();
    const Money total = wr.value(actual(HJ));
    wr.w(wr.year() + QStringLiteral("年度“三公”经费财政拨款支出预算为")).amountAt(budget(HJ));
    wr.w(QStringLiteral("万元，支出决算为")).amountAt(actual(HJ)).w(QStringLiteral("万元"));
    wr.completion(total, wr.value(budget(HJ)));
    wr.w(QStringLiteral("。"));
    difference(HJ, wr.year() + QStringLiteral("年度“三公”经费支出"));
    wr.end();

    wr.w(QStringLiteral("（二）“三公”经费财政拨款支出决算具体情况说明。"));
    wr.end();
    wr.w(wr.year() + QStringLiteral("年度“三公”经费财政拨款支出决算中，"));
    const QStringList parts = {ABROAD, CARS, RECEPTION};
    const QStringList names = {ABROAD, QStringLiteral("公务用车购置及运行维护费"), RECEPTION};
    for (int i = 0; i < 3; ++i) {
        const Money a = wr.value(actual(parts[i]));
        wr.w(names[i] + QStringLiteral("支出决算")).amountAt(actual(parts[i])).w(QStringLiteral("万元"));
        wr.completion(a, wr.value(budget(parts[i])));
        if (total.fen() != 0)
            wr.w(QStringLiteral("，占")).percent(a, total).w(QStringLiteral("%"));
        wr.w(i < 2 ? QStringLiteral("；") : QStringLiteral("。具体情况如下："));
    }
    wr.end();

    auto itemHead = [&](int n, const QString &column, const QString &name) {
        wr.w(QStringLiteral("%1. %2 预算为").arg(n).arg(name)).amountAt(budget(column));
        wr.w(QStringLiteral("万元，支出决算为")).amountAt(actual(column)).w(QStringLiteral("万元"));
        wr.completion(wr.value(actual(column)), wr.value(budget(column)));
        wr.w(QStringLiteral("。"));
        difference(column, {});
    };
    itemHead(1, ABROAD, ABROAD);
    wr.w(QStringLiteral("全年因公出国（境）团组")).countOf(QStringLiteral("三公/出国团组")).w(QStringLiteral("个，累计"));
    wr.countOf(QStringLiteral("三公/出国人次")).w(QStringLiteral("人次。"));
    wr.end();

    itemHead(2, CARS, names[1]);
    wr.w(QStringLiteral("其中："));
    wr.end();
    wr.w(QStringLiteral("公务用车购置支出 ")).amountAt(actual(QStringLiteral("公务用车购置费"))).w(QStringLiteral("万元，购置车辆"));
    wr.countOf(QStringLiteral("三公/购置车辆")).w(QStringLiteral("台。"));
    wr.end();
    wr.w(QStringLiteral("公务用车运行维护支出 ")).amountAt(actual(QStringLiteral("公务用车运行维护费"))).w(QStringLiteral("万元。"));
    wr.typed(QStringLiteral("note/三公/公务用车运行维护"));
    wr.w(wr.year() + QStringLiteral("年期末，") + wr.scope() + QStringLiteral("开支财政拨款的公务用车保有量为"));
    wr.countOf(QStringLiteral("三公/车辆保有量")).w(QStringLiteral("辆。"));
    wr.end();

    itemHead(3, RECEPTION, RECEPTION);
    wr.w(QStringLiteral("其中："));
    wr.end();
    const QString foreign = QStringLiteral("x01/外宾接待/金额");
    wr.w(QStringLiteral("外宾接待支出 ")).amountAt(foreign).w(QStringLiteral("万元。") + wr.year()
                                                                  + QStringLiteral("年共接待国（境）外来访团组"));
    wr.countOf(QStringLiteral("三公/外宾接待团组")).w(QStringLiteral("个、来访外宾"));
    wr.countOf(QStringLiteral("三公/外宾接待人次")).w(QStringLiteral("人次（不包括陪同人员）。"));
    wr.end();
    wr.w(QStringLiteral("其他国内公务接待支出 ")).amount(wr.value(actual(RECEPTION)).minus(wr.value(foreign)).value_or(Money()));
    if (!wr.text(QStringLiteral("note/三公/国内接待")).isEmpty()) // the seeds: "…万元，主要用于…。"
        wr.w(QStringLiteral("万元，")).typed(QStringLiteral("note/三公/国内接待"));
    else
        wr.w(QStringLiteral("万元。"));
    wr.w(wr.year() + QStringLiteral("年共接待国内来访团组")).countOf(QStringLiteral("三公/国内接待团组"));
    wr.w(QStringLiteral("个、来宾")).countOf(QStringLiteral("三公/国内接待人次")).w(QStringLiteral("人次（不包括陪同人员）。"));
    return wr.finish();
}

bool hasOperatingCosts(const UnitInfo &unit)
{
    return unit.type.contains(QStringLiteral("行政")) || unit.type.contains(QStringLiteral("参照"))
           || unit.type.contains(QStringLiteral("参公"));
}

ExplanationSection section10(Writer &wr)
{
    if (!hasOperatingCosts(wr.doc().data().unit)) {
        wr.w(QStringLiteral("我") + wr.scope()
             + QStringLiteral("不是行政机关，也不是参照公务员管理事业单位，没有机关运行经费支出。"));
        return wr.finish();
    }
    const QString now = QStringLiteral("x01/机关运行经费/金额"), prior = QStringLiteral("x01/机关运行经费/上年金额");
    wr.w(wr.year() + QStringLiteral("年度机关运行经费为")).amountAt(now);
    if (!wr.isGiven(prior)) {
        wr.w(QStringLiteral("万元。"));
        return wr.finish();
    }
    wr.w(QStringLiteral("万元，"));
    wr.change(now, prior, QString(), QStringLiteral("reason/change/x01/机关运行经费/金额"));
    return wr.finish();
}

ExplanationSection section11(Writer &wr)
{
    const QString total = QStringLiteral("x01/政府采购合计/金额");
    const QString sme = QStringLiteral("x01/授予中小企业/金额"), small = QStringLiteral("x01/授予小微企业/金额");
    wr.w(wr.year() + QStringLiteral("年度政府采购支出总额")).amountAt(total).w(QStringLiteral("万元，其中：政府采购货物支出"));
    wr.amountAt(QStringLiteral("x01/政府采购货物/金额")).w(QStringLiteral("万元、政府采购工程支出"));
    wr.amountAt(QStringLiteral("x01/政府采购工程/金额")).w(QStringLiteral("万元、政府采购服务支出"));
    wr.amountAt(QStringLiteral("x01/政府采购服务/金额")).w(QStringLiteral("万元。授予中小企业合同金额"));
    wr.amountAt(sme).w(QStringLiteral("万元，占政府采购支出总额的")).percent(wr.value(sme), wr.value(total));
    wr.w(QStringLiteral("%，其中：授予小微企业合同金额")).amountAt(small).w(QStringLiteral("万元，占授予中小企业合同金额的"));
    wr.percent(wr.value(small), wr.value(sme)).w(QStringLiteral("%。"));
    return wr.finish();
}

ExplanationSection section12(Writer &wr)
{
    qint64 vehicles = 0;
    for (const QString &kind : vehicleKinds())
        vehicles += wr.count(QStringLiteral("国有资产/") + kind);
    wr.w(wr.year() + QStringLiteral("年期末，我") + wr.scope() + QStringLiteral("共有车辆")).number(vehicles);
    wr.w(QStringLiteral("辆，其中："));
    const QStringList kinds = vehicleKinds();
    for (int i = 0; i < kinds.size(); ++i) {
        wr.w((i ? QStringLiteral("、") : QString()) + kinds[i]).countOf(QStringLiteral("国有资产/") + kinds[i]).w(QStringLiteral("辆"));
    }
    if (!wr.text(QStringLiteral("note/国有资产/其他用车")).isEmpty())
        wr.w(QStringLiteral("，其他用车主要是：")).typed(QStringLiteral("note/国有资产/其他用车"), false);
    wr.w(QStringLiteral("；单价100万元（含）以上设备（不含车辆）")).countOf(QStringLiteral("国有资产/大型设备"));
    wr.w(QStringLiteral("台（套）。"));
    return wr.finish();
}

// What §十三 takes from the 绩效自评 tables (performance.h).
struct SelfEvaluation {
    bool fromTables = false; // the document has project tables
    const Evaluation *department = nullptr;
    std::vector<const Evaluation *> projects;
    Money projectBudget;              // the projects' 全年预算数 together
    std::array<qint64, 4> byGrade{};  // 优, 良, 中, 差 of the projects
};

// The 总分 of a table: as typed (the unit's self-evaluation, which the checks hold against the
// rules), else what the rules give when they give one figure.
std::optional<Points> tableScore(const Evaluation &e)
{
    if (e.totalScore)
        return e.totalScore;
    const EvaluationScores s = scoreEvaluation(e);
    return s.total.isExact() ? std::optional<Points>(s.total.range.low) : std::nullopt;
}

const FundRow *totalFunds(const Evaluation &e)
{
    const int row = totalFundRow(e);
    return row < 0 ? nullptr : &e.funds[std::size_t(row)];
}

SelfEvaluation selfEvaluation(const Document &doc)
{
    SelfEvaluation out;
    std::int64_t budget = 0;
    for (const Evaluation &e : doc.data().evaluations) {
        if (e.kind == Evaluation::Kind::Department) {
            if (!out.department)
                out.department = &e;
            continue;
        }
        out.projects.push_back(&e);
        if (const FundRow *f = totalFunds(e); f && f->budgetFull)
            budget += f->budgetFull->fen();
        if (const auto score = tableScore(e))
            ++out.byGrade[std::size_t(gradeOf(*score))];
    }
    out.fromTables = !out.projects.empty();
    out.projectBudget = Money::fromFen(budget);
    return out;
}

// "会议费项目年初预算数2.00万元，全年预算数2.00万元，全年执行数1.88万元，预算执行率94.00%，自评得分99.40分，
// 评价等级为“优”。" — the seeds' sentence, each figure from the table (the rate computed).
void evaluationSentence(Writer &wr, const Evaluation &e, bool department)
{
    QString name = e.name.trimmed();
    if (department)
        name += wr.year() + QStringLiteral("年");
    else if (!name.endsWith(QStringLiteral("项目")))
        name += QStringLiteral("项目");
    wr.w(name);
    const FundRow *f = totalFunds(e);
    QString sep;
    if (f) {
        const std::pair<const std::optional<Money> *, const char16_t *> amounts[] = {
            {&f->budgetInitial, u"年初预算数"}, {&f->budgetFull, u"全年预算数"}, {&f->executed, u"全年执行数"}};
        for (const auto &[m, label] : amounts) {
            if (!*m)
                continue;
            wr.w(sep + QString::fromUtf16(label)).amount(**m).w(QStringLiteral("万元"));
            sep = QStringLiteral("，");
        }
        if (f->budgetFull && f->executed && f->budgetFull->fen() != 0) {
            wr.w(sep + QStringLiteral("预算执行率")).percent(*f->executed, *f->budgetFull).w(QStringLiteral("%"));
            sep = QStringLiteral("，");
        }
    }
    if (const auto score = tableScore(e)) {
        wr.w(sep + QStringLiteral("自评得分") + score->toShortString() + QStringLiteral("分，评价等级为“") + gradeName(gradeOf(*score))
             + QStringLiteral("”"));
    }
    wr.w(QStringLiteral("。"));
}

ExplanationSection section13(Writer &wr)
{
    const QString own = QStringLiteral("本") + wr.scope();
    wr.w(QStringLiteral("（一）绩效管理工作开展情况。"));
    wr.end();
    wr.typedParagraphs(QStringLiteral("performance/management"));
    wr.w(QStringLiteral("一是事前绩效评估："));
    if (wr.text(QStringLiteral("performance/prior")).isEmpty())
        wr.w(own + QStringLiteral("本年度未有新出台重大政策、项目，因此无事前绩效评估。"));
    else
        wr.typed(QStringLiteral("performance/prior"));
    wr.end();
    const QString target = QStringLiteral("x01/绩效目标金额/金额");
    wr.w(QStringLiteral("二是绩效目标管理：按照“谁申请资金，谁编制目标”的原则，对") + own + QStringLiteral("共有"));
    wr.countOf(QStringLiteral("绩效/目标项目数")).w(QStringLiteral("个项目，涉及金额")).amountAt(target);
    wr.w(QStringLiteral("万元，按要求全部编制了绩效目标，同时按") + wr.scope()
         + QStringLiteral("职能及年度工作计划，编制了") + wr.scope() + QStringLiteral("整体绩效目标。并按照信息公开要求，及时将")
         + wr.scope() + QStringLiteral("整体绩效目标和项目绩效目标公开，接受社会监督。"));
    wr.end();
    const QString monitored = QStringLiteral("x01/绩效监控执行数/金额");
    if (wr.count(QStringLiteral("绩效/监控项目数")) == 0) {
        wr.w(QStringLiteral("三是绩效监控：") + own + QStringLiteral("未纳入") + wr.year()
             + QStringLiteral("年度绩效监控，因此无绩效监控项目。"));
    } else {
        wr.w(QStringLiteral("三是绩效监控：组织对") + own + QStringLiteral("所有项目（政策）以及") + wr.scope()
             + QStringLiteral("整体支出资金的“绩效目标实现程度”及“预算执行进度”进行了“双监控”，涉及"));
        wr.countOf(QStringLiteral("绩效/监控项目数")).w(QStringLiteral("个项目，1-7月份预算执行数")).amountAt(monitored);
        wr.w(QStringLiteral("万元，执行率")).percent(wr.value(monitored), wr.value(target)).w(QStringLiteral("%。"));
    }
    wr.end();
    // With the 绩效自评 tables in the document, what they determine comes from them: how many
    // projects were evaluated, the money they involve (their 全年预算数), each one's figures and the
    // grades; the counts and the amount entered by hand serve only a document without the tables.
    const SelfEvaluation tables = selfEvaluation(wr.doc());
    wr.w(QStringLiteral("四是绩效自评：组织") + own + QStringLiteral("对所有预算项目（政策）及") + wr.scope()
         + QStringLiteral("整体资金开展了绩效自评，共自评"));
    if (tables.fromTables) {
        wr.number(qint64(tables.projects.size())).w(QStringLiteral("个项目，涉及金额"));
        // The seeds differ on what the amount is (000: the projects' 全年预算数, 003: their 全年执行数):
        // the amount entered wins; without one, the 全年预算数 the projects involve.
        if (wr.isGiven(QStringLiteral("x01/绩效自评金额/金额")))
            wr.amountAt(QStringLiteral("x01/绩效自评金额/金额"));
        else
            wr.amount(tables.projectBudget);
        wr.w(QStringLiteral("万元。"));
    } else {
        wr.countOf(QStringLiteral("绩效/自评项目数")).w(QStringLiteral("个项目，涉及金额"));
        wr.amountAt(QStringLiteral("x01/绩效自评金额/金额")).w(QStringLiteral("万元。"));
    }
    wr.end();
    wr.w(QStringLiteral("五是") + wr.scope() + QStringLiteral("评价：") + own + QStringLiteral("选取"));
    wr.countOf(QStringLiteral("绩效/评价项目数")).w(QStringLiteral("个项目，涉及金额"));
    wr.amountAt(QStringLiteral("x01/部门评价金额/金额"));
    wr.w(QStringLiteral("万元，作为本年度") + wr.scope()
         + QStringLiteral("重点评价项目，对项目实施过程中的资金管理、组织管理、完成进度及综合效益情况进行了客观全面的评价，共发现问题"));
    wr.countOf(QStringLiteral("绩效/评价问题数")).w(QStringLiteral("条，针对性提出建议"));
    wr.countOf(QStringLiteral("绩效/评价建议数")).w(QStringLiteral("条。"));
    wr.end();

    wr.w(QStringLiteral("（二）项目绩效自评结果。"));
    wr.end();
    wr.w(wr.year() + QStringLiteral("年对") + own);
    if (tables.fromTables)
        wr.number(qint64(tables.projects.size()));
    else
        wr.countOf(QStringLiteral("绩效/自评项目数"));
    wr.w(QStringLiteral("个项目开展绩效自评，其中："));
    const QStringList grades = {QStringLiteral("优"), QStringLiteral("良"), QStringLiteral("中"), QStringLiteral("差")};
    for (int i = 0; i < grades.size(); ++i) {
        wr.w((i ? QStringLiteral("，") : QString()) + QStringLiteral("评价等级为“") + grades[i] + QStringLiteral("”的项目"));
        if (tables.fromTables)
            wr.number(tables.byGrade[std::size_t(i)]);
        else
            wr.countOf(QStringLiteral("绩效/") + grades[i]);
        wr.w(QStringLiteral("个"));
    }
    const bool more = tables.fromTables || !wr.text(QStringLiteral("performance/projects")).isEmpty();
    wr.w(more ? QStringLiteral("。具体情况如下：") : QStringLiteral("。"));
    wr.end();
    if (tables.department) {
        evaluationSentence(wr, *tables.department, true);
        wr.end();
    }
    for (const Evaluation *e : tables.projects) {
        evaluationSentence(wr, *e, false);
        wr.end();
    }
    wr.typedParagraphs(QStringLiteral("performance/projects"));

    if (!wr.text(QStringLiteral("performance/evaluation")).isEmpty()) {
        wr.w(QStringLiteral("（三）") + wr.scope() + QStringLiteral("评价结果。"));
        wr.end();
        wr.typedParagraphs(QStringLiteral("performance/evaluation"));
    }
    return wr.finish();
}

} // namespace

ExplanationSection generatedSection(const Document &doc, int number)
{
    Writer wr(doc, number);
    switch (number) {
    case 1: return section1(wr);
    case 2: return section2(wr);
    case 3: return section3(wr);
    case 4: return section4(wr);
    case 5: return section5(wr);
    case 6: return section6(wr);
    case 7: return section7(wr);
    case 8: return section8(wr);
    case 9: return section9(wr);
    case 10: return section10(wr);
    case 11: return section11(wr);
    case 12: return section12(wr);
    case 13: return section13(wr);
    default: return wr.finish();
    }
}

std::vector<ExplanationSection> explanation(const Document &doc)
{
    std::vector<ExplanationSection> out;
    for (int n = 1; n <= 13; ++n) {
        const QString key = sectionTextKey(n);
        const auto it = doc.data().texts.find(key);
        if (it != doc.data().texts.end() && !it->second.trimmed().isEmpty()) {
            ExplanationSection s = generatedSection(doc, n);
            s.typed = true;
            s.paragraphs.clear();
            for (const QString &line : it->second.split(QLatin1Char('\n'))) {
                if (!line.trimmed().isEmpty())
                    s.paragraphs.push_back(Paragraph{{TextRun{TextRun::Kind::Typed, line.trimmed(), key}}});
            }
            out.push_back(std::move(s));
        } else {
            out.push_back(generatedSection(doc, n));
        }
    }
    return out;
}

QString explanationText(const Document &doc)
{
    QStringList out;
    for (const ExplanationSection &s : explanation(doc)) {
        out << s.title;
        for (const Paragraph &p : s.paragraphs)
            out << p.text();
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace fa
