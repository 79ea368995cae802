#include "textcheck.h"

#include "document.h"
#include "glossary.h"
#include "narrative.h"
#include "texts.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <set>
#include <optional>

namespace fa {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(TextCheck)
};

constexpr qint64 kUnit = 10000;         // a figure's value is × 10^-4 of its unit
constexpr qint64 kHundredth = kUnit / 100; // 0.01 万元, 0.01 %
constexpr qint64 kWhole = 100 * kUnit;  // 100 %

// Brackets, colons, commas and spaces as one form, so that "(一)" and "（一）" read the same.
QString normalise(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        switch (c.unicode()) {
        case u'（': out += QLatin1Char('('); break;
        case u'）': out += QLatin1Char(')'); break;
        case u'：': out += QLatin1Char(':'); break;
        case u'，': out += QLatin1Char(','); break;
        case u'；': out += QLatin1Char(';'); break;
        case u'％': out += QLatin1Char('%'); break;
        case u'．': out += QLatin1Char('.'); break;
        default:
            if (!c.isSpace())
                out += c;
        }
    }
    return out;
}

const QRegularExpression &figurePattern()
{
    static const QRegularExpression re(QStringLiteral(
        "(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?\\s*(万元|%|％|个|人次|辆|台|条)"));
    return re;
}

QString directionOf(const QString &context)
{
    static const QRegularExpression re(QStringLiteral("(增加|减少|增长|下降)"));
    QString last;
    auto it = re.globalMatch(context);
    while (it.hasNext())
        last = it.next().captured(1);
    return last;
}

// The clause a position is in starts after the last 。；： before it.
int clauseStart(const QString &text, int pos, int floor)
{
    for (int i = pos - 1; i >= floor; --i) {
        const QChar c = text.at(i);
        if (c == u'。' || c == u'；' || c == u'：' || c == u';' || c == u':')
            return i + 1;
    }
    return floor;
}

// Figures of text[from, to), with contexts that do not reach before `from`.
std::vector<TextFigure> figuresIn(const QString &text, int from, int to)
{
    std::vector<TextFigure> out;
    auto it = figurePattern().globalMatch(text, from);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedEnd() > to)
            break;
        TextFigure f;
        const QString unit = m.captured(3);
        f.kind = unit == QStringLiteral("万元")                              ? TextFigure::Kind::Amount
                 : unit == QStringLiteral("%") || unit == QStringLiteral("％") ? TextFigure::Kind::Percent
                                                                              : TextFigure::Kind::Count;
        QString whole = m.captured(1);
        whole.remove(QLatin1Char(','));
        QString frac = m.captured(2).left(4);
        while (frac.size() < 4)
            frac += QLatin1Char('0');
        bool ok = false;
        const qint64 w = whole.toLongLong(&ok);
        if (!ok || w > 1'000'000'000'000LL)
            continue;
        f.value = w * kUnit + frac.toLongLong();
        f.start = int(m.capturedStart());
        f.end = int(m.capturedEnd());
        f.written = m.captured(0);
        // The clause before it, earlier figures as "#".
        const int cs = clauseStart(text, f.start, from);
        QString ctx;
        int at = cs;
        for (const TextFigure &g : out) {
            if (g.end <= cs)
                continue;
            // "#万元": the figure goes, its unit stays.
            int unitAt = g.start;
            while (unitAt < g.end && (text.at(unitAt).isDigit() || text.at(unitAt) == u'.' || text.at(unitAt) == u','
                                      || text.at(unitAt).isSpace()))
                ++unitAt;
            ctx += text.mid(at, g.start - at) + QLatin1Char('#') + text.mid(unitAt, g.end - unitAt);
            at = g.end;
        }
        ctx += text.mid(at, f.start - at);
        f.direction = directionOf(ctx);
        static const QRegularExpression change(QStringLiteral("增加|减少")), growth(QStringLiteral("增长|下降"));
        f.context = normalise(ctx).replace(change, QStringLiteral("增减")).replace(growth, QStringLiteral("升降"));
        out.push_back(f);
    }
    return out;
}

int commonSuffix(const QString &a, const QString &b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a.at(a.size() - 1 - n) == b.at(b.size() - 1 - n))
        ++n;
    return n;
}

QString opposite(const QString &d)
{
    if (d == QStringLiteral("增加"))
        return QStringLiteral("减少");
    if (d == QStringLiteral("减少"))
        return QStringLiteral("增加");
    if (d == QStringLiteral("增长"))
        return QStringLiteral("下降");
    if (d == QStringLiteral("下降"))
        return QStringLiteral("增长");
    return {};
}

// A paragraph as the checker reads it.
struct Para {
    QString text;
    int section = 0;
    int index = -1;       // paragraph index in the section
    QString itemName;     // the numbered item it is under ("一般公共服务支出(类)宣传事务(款)机关服务(项)")
    int itemNumber = 0;   // its number (1, 2, …), 0 when none
    int part = 0;         // the (一), (二), (三) part it is in, 0 before any
    // §十三: the 绩效自评 project (or 部门整体) a paragraph of part (二) is about, its name folded
    // (projectKey()); empty for other paragraphs.
    QString project;
    // Stretches of `text` and where their words come from: generated (key empty) or typed.
    struct Span {
        int start, end;
        QString key;
        QString address; // an Amount run: the cell
    };
    std::vector<Span> spans;     // generated (key empty) and typed stretches, in order
    std::vector<Span> addresses; // where an Amount run with a cell is
};

int chineseDigit(QChar c)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九十");
    return int(digits.indexOf(c));
}

// A project's name folded for comparing the names a text gives with the tables' ones: without the
// year, 项目, brackets, quotes and punctuation ("会议费（2024）项目" → "会议费").
QString projectKey(QString name)
{
    static const QRegularExpression year(QStringLiteral("[（(]?20\\d\\d年?(年度)?[）)]?"));
    static const QRegularExpression noise(QStringLiteral("[\\s，,、；;：:“”‘’\"'（）()《》·]|项目"));
    return name.remove(year).remove(noise);
}

// The name at the start of a §十三 (二) paragraph: the words before its first figure clause.
QString projectNameOf(const QString &text)
{
    const QString t = text.trimmed();
    if (t.contains(QStringLiteral("开展绩效自评")) || t.startsWith(QStringLiteral("（")) || t.startsWith(QStringLiteral("(")))
        return {};
    int cut = -1;
    for (const QString &marker : {QStringLiteral("年初预算"), QStringLiteral("全年预算"), QStringLiteral("全年执行"),
                                  QStringLiteral("绩效自评价结果"), QStringLiteral("自评价结果"), QStringLiteral("总得分"),
                                  QStringLiteral("：")}) {
        const int i = int(t.indexOf(marker));
        if (i > 0 && (cut < 0 || i < cut))
            cut = i;
    }
    return cut > 0 ? projectKey(t.left(cut)) : QString();
}

// How alike two folded names are: the Dice coefficient of their character pairs, in percent.
int nameLikeness(const QString &a, const QString &b)
{
    if (a.size() < 2 || b.size() < 2)
        return a == b ? 100 : 0;
    std::multiset<QString> pairs;
    for (int i = 0; i + 1 < a.size(); ++i)
        pairs.insert(a.mid(i, 2));
    int common = 0;
    for (int i = 0; i + 1 < b.size(); ++i) {
        const auto it = pairs.find(b.mid(i, 2));
        if (it != pairs.end()) {
            pairs.erase(it);
            ++common;
        }
    }
    return 200 * common / int(a.size() + b.size() - 2);
}

// Numbered items and （一）…（三） parts, carried from paragraph to paragraph.
void assignSubjects(std::vector<Para> &paras)
{
    static const QRegularExpression heading(QStringLiteral("^[(（]([一二三四五六七八九十]+)[)）]"));
    static const QRegularExpression item(QStringLiteral("^(\\d+)\\s*[.．、]\\s*"));
    int part = 0, number = 0;
    QString name;
    for (Para &p : paras) {
        const QString t = p.text.trimmed();
        if (const auto m = heading.match(t); m.hasMatch() && t.size() < 40) {
            const QString n = m.captured(1);
            part = n.size() == 1 ? chineseDigit(n.at(0)) : 10 + chineseDigit(n.back());
            number = 0;
            name.clear();
        } else if (const auto m = item.match(t); m.hasMatch()) {
            number = m.captured(1).toInt();
            QString rest = t.mid(m.capturedEnd());
            int cut = int(rest.size());
            for (const QString &stop : {QStringLiteral("。"), QStringLiteral("预算为"), QStringLiteral(" ")}) {
                const int i = int(rest.indexOf(stop));
                if (i > 0)
                    cut = std::min(cut, i);
            }
            name = normalise(rest.left(cut));
        }
        p.part = part;
        p.itemNumber = number;
        p.itemName = name;
        if (p.section == 13 && part == 2)
            p.project = projectNameOf(t);
    }
}

struct Ref {
    TextFigure figure;
    const Para *para;
    QString address;
    bool used = false;
};

class TextChecker
{
public:
    explicit TextChecker(const Document &doc) : m_doc(doc), m_e(doc.engine())
    {
        const CellId total = m_e.find(QStringLiteral("t01/62/决算数"));
        m_coarse = total == kNoCell || m_e.fineLeafCount(total) == 0;
    }

    std::vector<TextClaim> claims() const { return m_claims; }

    std::vector<TextFinding> run()
    {
        const std::vector<ExplanationSection> shown = explanation(m_doc);
        for (const ExplanationSection &s : shown) {
            const ExplanationSection generated = s.typed ? generatedSection(m_doc, s.number) : s;
            std::vector<Para> claimParas = paragraphsOf(s);
            const bool anyTyped = std::any_of(claimParas.begin(), claimParas.end(), [](const Para &p) {
                return std::any_of(p.spans.begin(), p.spans.end(), [](const Para::Span &sp) { return !sp.key.isEmpty(); });
            });
            if (!anyTyped)
                continue; // generated words only: they agree with the tables by construction
            std::vector<Para> refParas = s.typed ? paragraphsOf(generated) : claimParas;
            assignSubjects(refParas);
            assignSubjects(claimParas);
            // The figures of the generated words are the reference; typed words make claims. Only the
            // parts and items where typed words hold a figure need their reference figures.
            std::set<std::pair<int, QString>> wanted; // (part, item)
            bool anyFigure = false;
            for (const Para &p : claimParas) {
                for (const Para::Span &sp : p.spans) {
                    if (!sp.key.isEmpty() && figurePattern().match(p.text.mid(sp.start, sp.end - sp.start)).hasMatch()) {
                        wanted.insert({p.part, p.itemName});
                        anyFigure = true;
                    }
                }
            }
            // A typed section is read against the whole generated one (its items may be numbered
            // or named differently).
            std::vector<Ref> refs;
            for (const Para &p : refParas) {
                if (!anyFigure || (!s.typed && !wanted.count({p.part, p.itemName})))
                    continue;
                for (const Para::Span &sp : p.spans) {
                    if (!sp.key.isEmpty())
                        continue;
                    for (TextFigure &f : figuresIn(p.text, sp.start, sp.end)) {
                        QString address;
                        for (const Para::Span &a : p.addresses) {
                            if (!a.address.isEmpty() && a.start <= f.start && f.start < a.end)
                                address = a.address;
                        }
                        refs.push_back({f, &p, address});
                    }
                }
            }
            for (const Para &p : claimParas) {
                for (const Para::Span &sp : p.spans) {
                    if (sp.key.isEmpty())
                        continue;
                    checkClaims(p, sp, refs);
                    checkWords(p.text.mid(sp.start, sp.end - sp.start), sp.key, p.section, p.index, true);
                }
            }
        }
        // Texts outside 情况说明's sentences: 概况 and the glossary.
        for (const char *key : {"overview/duties", "overview/organisation"}) {
            const auto it = m_doc.data().texts.find(QString::fromUtf8(key));
            if (it != m_doc.data().texts.end())
                checkWords(it->second, it->first, 0, -1, true);
        }
        for (const GlossaryEntry &g : documentGlossary(m_doc)) {
            if (g.placeholder) {
                TextFinding f;
                f.rule = QStringLiteral("glossary.placeholder");
                f.key = glossaryTextKey(g.code);
                f.sentence = g.term;
                f.message = Tr::tr("名词解释 has no definition for %1 %2").arg(g.code, g.term);
                m_out.push_back(f);
            } else if (!g.code.isEmpty()) {
                const auto it = m_doc.data().texts.find(glossaryTextKey(g.code));
                if (it != m_doc.data().texts.end())
                    checkWords(it->second, it->first, 0, -1, false);
            }
        }
        return std::move(m_out);
    }

private:
    std::vector<Para> paragraphsOf(const ExplanationSection &s) const
    {
        std::vector<Para> out;
        for (int i = 0; i < int(s.paragraphs.size()); ++i) {
            Para p;
            p.section = s.number;
            p.index = i;
            for (const TextRun &r : s.paragraphs[i].runs) {
                const int start = int(p.text.size());
                p.text += r.text;
                const int end = int(p.text.size());
                if (!r.address.isEmpty())
                    p.addresses.push_back({start, end, {}, r.address});
                const QString key = r.kind == TextRun::Kind::Typed ? r.key : QString();
                if (!p.spans.empty() && p.spans.back().key == key && key.isEmpty())
                    p.spans.back().end = end; // generated words read as one stretch
                else
                    p.spans.push_back({start, end, key, {}});
            }
            out.push_back(std::move(p));
        }
        return out;
    }

    qint64 tolerance(const Ref &r) const
    {
        switch (r.figure.kind) {
        case TextFigure::Kind::Count:
            return 0;
        case TextFigure::Kind::Percent:
            return m_coarse ? 2 * kHundredth : 0;
        case TextFigure::Kind::Amount:
            if (!m_coarse)
                return 0;
            if (!r.address.isEmpty()) {
                const CellId id = m_e.find(r.address);
                if (id != kNoCell && !m_e.isEntered(id))
                    return std::max<qint64>(1, (m_e.leafCount(id) - m_e.fineLeafCount(id)) / 2) * kHundredth;
                return 0;
            }
            return 2 * kHundredth;
        }
        return 0;
    }

    static QString kindRule(TextFigure::Kind k)
    {
        switch (k) {
        case TextFigure::Kind::Amount: return QStringLiteral("text.amount");
        case TextFigure::Kind::Percent: return QStringLiteral("text.percent");
        case TextFigure::Kind::Count: return QStringLiteral("text.count");
        }
        return {};
    }

    static QString shown(const TextFigure &f)
    {
        QString s = QString::number(f.value / kUnit);
        qint64 frac = f.value % kUnit;
        if (frac != 0) {
            QString d = QString::number(frac).rightJustified(4, QLatin1Char('0'));
            while (d.size() > 2 && d.endsWith(QLatin1Char('0')))
                d.chop(1);
            s += QLatin1Char('.') + d;
        } else if (f.kind != TextFigure::Kind::Count) {
            s += QStringLiteral(".00");
        }
        switch (f.kind) {
        case TextFigure::Kind::Amount: return s + QStringLiteral("万元");
        case TextFigure::Kind::Percent: return s + QStringLiteral("%");
        case TextFigure::Kind::Count: return s;
        }
        return s;
    }

    static QString sentenceAt(const QString &text, int pos)
    {
        int a = pos, b = pos;
        while (a > 0 && text.at(a - 1) != u'。')
            --a;
        while (b < text.size() && text.at(b) != u'。')
            ++b;
        return text.mid(a, std::min<int>(b + 1, int(text.size())) - a).trimmed();
    }

    void add(const QString &rule, const Para &p, const QString &key, int pos, const QString &found, const QString &expected,
             const QString &address, const QString &message)
    {
        TextFinding f;
        f.rule = rule;
        f.key = key;
        f.section = p.section;
        f.paragraph = p.index;
        f.sentence = sentenceAt(p.text, pos);
        f.found = found;
        f.expected = expected;
        f.address = address;
        f.message = message;
        m_out.push_back(f);
    }

    // The reference project a claim paragraph's figures are read against: of the reference
    // paragraphs' projects, the one whose name is most like the paragraph's, at least half alike;
    // empty for a paragraph that names none (then only paragraphs naming none are references).
    static QString projectFor(const Para &p, const std::vector<Ref> &refs)
    {
        if (p.project.isEmpty())
            return {};
        QString best;
        int bestLikeness = 49;
        for (const Ref &r : refs) {
            if (r.para->project.isEmpty() || r.para->project == best)
                continue;
            const int likeness = nameLikeness(p.project, r.para->project);
            if (likeness > bestLikeness) {
                best = r.para->project;
                bestLikeness = likeness;
            }
        }
        return best.isEmpty() ? QStringLiteral("\x01") : best; // \x01: matches no reference
    }

    Ref *match(const TextFigure &claim, const Para &p, std::vector<Ref> &refs)
    {
        // The same numbered item (by name, else by number), else the same part of the section.
        auto sameItem = [&](const Ref &r) {
            if (p.itemNumber == 0)
                return r.para->itemNumber == 0 && r.para->part == p.part;
            return r.para->itemName == p.itemName;
        };
        bool anyByName = false;
        for (const Ref &r : refs)
            anyByName = anyByName || (p.itemNumber != 0 && r.para->itemName == p.itemName);
        // §十三's project paragraphs: the figures of the project of the most alike name (none when
        // no name is alike enough: a project the tables do not have is not compared).
        const QString project = projectFor(p, refs);
        auto candidate = [&](const Ref &r) {
            if (r.figure.kind != claim.kind)
                return false;
            if (r.para->project != project)
                return false;
            if (p.itemNumber != 0 && !anyByName)
                return r.para->itemNumber == p.itemNumber && r.para->part == p.part;
            return sameItem(r);
        };
        Ref *best = nullptr;
        int bestScore = 0;
        for (int pass = 0; pass < 2 && !best; ++pass) {
            for (Ref &r : refs) {
                if (!candidate(r) || (pass == 0 && r.used))
                    continue;
                const int score = commonSuffix(claim.context, r.figure.context);
                if (score > bestScore) {
                    best = &r;
                    bestScore = score;
                }
            }
            if (bestScore < 3)
                best = nullptr;
        }
        // A figure with no words of its own before it ("#万元,占" against a share) needs the whole
        // of its clause to agree.
        if (best && bestScore < std::min<int>(int(claim.context.size()), 4))
            best = nullptr;
        return best;
    }

    void checkClaims(const Para &p, const Para::Span &span, std::vector<Ref> &refs)
    {
        const std::vector<TextFigure> claims = figuresIn(p.text, span.start, span.end);
        const QString rateOfBudget = QStringLiteral("预算的");
        std::optional<qint64> lastBudget;
        for (const TextFigure &c : claims) {
            if (c.kind == TextFigure::Kind::Amount && c.context.endsWith(QStringLiteral("预算为")))
                lastBudget = c.value;
            // 完成(年初)预算的x% with a budget of 0: no such rate.
            if (c.kind == TextFigure::Kind::Percent && c.context.endsWith(rateOfBudget) && lastBudget && *lastBudget == 0) {
                add(QStringLiteral("text.rate"), p, span.key, c.start, c.written, {}, {},
                    Tr::tr("A completion rate of %1 where the budget is 0: there is no such rate").arg(c.written));
                continue;
            }
            Ref *r = match(c, p, refs);
            m_claims.push_back({p.section, p.index, span.key, c, r != nullptr, r ? r->figure : TextFigure(), r ? r->address : QString()});
            if (!r)
                continue;
            r->used = true;
            const QString dc = c.direction, dr = r->figure.direction;
            if (!dc.isEmpty() && !dr.isEmpty() && dc != dr && opposite(dc) == dr) {
                add(QStringLiteral("text.direction"), p, span.key, c.start, dc, dr, r->address,
                    Tr::tr("The text says %1 where the figures show %2").arg(dc, dr));
            }
            const qint64 diff = c.value > r->figure.value ? c.value - r->figure.value : r->figure.value - c.value;
            if (diff > tolerance(*r)) {
                // A count is shown with the text's own measure word (个, 人次, 辆).
                QString expected = shown(r->figure);
                if (c.kind == TextFigure::Kind::Count)
                    expected += c.written.mid(int(c.written.lastIndexOf(QRegularExpression(QStringLiteral("\\d")))) + 1).trimmed();
                add(kindRule(c.kind), p, span.key, c.start, c.written, expected, r->address,
                    Tr::tr("The text says %1 where the tables give %2").arg(c.written, expected));
            }
        }
        checkShares(p, span, claims, refs);
    }

    // Shares of one whole (…占x%；…占y%) within a sentence.
    void checkShares(const Para &p, const Para::Span &span, const std::vector<TextFigure> &claims, std::vector<Ref> &refs)
    {
        int i = 0;
        while (i < int(claims.size())) {
            const int sentenceEnd = int(p.text.indexOf(QStringLiteral("。"), claims[i].start));
            qint64 sum = 0;
            int n = 0, first = -1;
            for (; i < int(claims.size()) && (sentenceEnd < 0 || claims[i].start < sentenceEnd); ++i) {
                if (claims[i].kind == TextFigure::Kind::Percent && claims[i].context.endsWith(QStringLiteral("占"))) {
                    sum += claims[i].value;
                    ++n;
                    if (first < 0)
                        first = claims[i].start;
                }
            }
            if (n < 2)
                continue;
            const qint64 slack = n * kHundredth;
            if (sum > kWhole + slack) {
                add(QStringLiteral("text.shares"), p, span.key, first, shownPercent(sum), QStringLiteral("100%"), {},
                    Tr::tr("The shares of one whole add up to %1").arg(shownPercent(sum)));
                continue;
            }
            // The tables' list of these shares adds up to 100 %, the text's does not.
            qint64 refSum = 0;
            int refN = 0;
            for (const Ref &r : refs) {
                if (r.para->section == p.section && r.para->part == p.part && r.para->itemNumber == p.itemNumber
                    && r.figure.kind == TextFigure::Kind::Percent && r.figure.context.endsWith(QStringLiteral("占"))
                    && r.figure.context.contains(QStringLiteral("#万元"))) {
                    refSum += r.figure.value;
                    ++refN;
                }
            }
            if (refN >= 2 && std::llabs(refSum - kWhole) <= refN * kHundredth && std::llabs(sum - kWhole) > slack) {
                add(QStringLiteral("text.shares"), p, span.key, first, shownPercent(sum), QStringLiteral("100%"), {},
                    Tr::tr("The shares of one whole add up to %1, not 100%").arg(shownPercent(sum)));
            }
        }
    }

    static QString shownPercent(qint64 v)
    {
        TextFigure f;
        f.kind = TextFigure::Kind::Percent;
        f.value = v;
        return shown(f);
    }

    // Words: leftovers, years, 部门/单位 wording, the unit's name, 类/款/项 names.
    void checkWords(const QString &text, const QString &key, int section, int paragraph, bool wording)
    {
        Para where;
        where.section = section;
        where.index = paragraph;
        where.text = text;
        static const QRegularExpression leftovers(QStringLiteral(
            "XX|ＸＸ|××|增加[（(]减少[）)]|减少[（(]增加[）)]|增长[（(]下降[）)]|下降[（(]增长[）)]|主要原因是[：:]?\\s*(?:[。；]|$)|[（(]\\s*[）)]"));
        for (auto it = leftovers.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            add(QStringLiteral("text.leftover"), where, key, int(m.capturedStart()), m.captured(0), {}, {},
                Tr::tr("A template leftover: “%1”").arg(m.captured(0)));
        }
        const int year = m_doc.data().unit.year;
        static const QRegularExpression years(QStringLiteral("(?<![\\d])((?:19|20)\\d\\d)(?=年)"));
        for (auto it = years.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            const int y = m.captured(1).toInt();
            if (year > 0 && (y < year - 1 || y > year + 1))
                add(QStringLiteral("text.year"), where, key, int(m.capturedStart()), m.captured(1) + QStringLiteral("年"),
                    QString::number(year) + QStringLiteral("年"), {},
                    Tr::tr("The year %1 in a document of %2").arg(m.captured(1)).arg(year));
        }
        if (wording) {
            const bool unitDoc = m_doc.data().unit.scope == QStringLiteral("单位");
            static const QRegularExpression dept(QStringLiteral("我部门|本部门|部门决算"));
            static const QRegularExpression unit(QStringLiteral("我单位|本单位|单位决算"));
            const QRegularExpression &wrong = unitDoc ? dept : unit;
            for (auto it = wrong.globalMatch(text); it.hasNext();) {
                const auto m = it.next();
                add(QStringLiteral("text.scope"), where, key, int(m.capturedStart()), m.captured(0), m_doc.data().unit.scope, {},
                    Tr::tr("“%1” in a %2 document").arg(m.captured(0), m_doc.data().unit.scope));
            }
            checkUnitName(text, key, where);
        }
        checkSubjectNames(text, key, where);
    }

    void checkUnitName(const QString &text, const QString &key, const Para &where)
    {
        const QString name = m_doc.data().unit.name;
        if (name.size() < 4)
            return;
        const QString ending = name.right(2);
        for (int at = int(text.indexOf(ending)); at >= 0; at = int(text.indexOf(ending, at + 1))) {
            int start = at;
            while (start > 0 && text.at(start - 1).script() == QChar::Script_Han)
                --start;
            const QString candidate = text.mid(start, at + 2 - start);
            if (candidate.size() < 4 || candidate.left(2) != name.left(2))
                continue;
            if (candidate.contains(name) || name.endsWith(candidate))
                continue; // the name itself, a part of it, or the name followed by another body's

            add(QStringLiteral("text.unit_name"), where, key, start, candidate, name, {},
                Tr::tr("“%1” is not the name on the cover, %2").arg(candidate, name));
        }
    }

    void checkSubjectNames(const QString &text, const QString &key, const Para &where)
    {
        const Sheet *t05 = m_e.sheet(QStringLiteral("t05"));
        if (!t05)
            return;
        static const QRegularExpression item(QStringLiteral("([^\\s，。；：,;:、\\d.．]+?)[（(]类[）)]([^\\s，。；：]+?)[（(]款[）)]([^\\s，。；：]+?)[（(]项[）)]"));
        for (auto it = item.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            const QString cls = m.captured(1), kind = m.captured(2), leaf = m.captured(3);
            QString clsName, kindName;
            QString closest;
            bool exact = false;
            for (const RowInfo &r : t05->rows) {
                if (r.kind == RowInfo::Kind::Class)
                    clsName = r.label;
                else if (r.kind == RowInfo::Kind::Kind_)
                    kindName = r.label;
                else if (r.kind == RowInfo::Kind::Item) {
                    if (r.label == leaf && kindName == kind && clsName == cls)
                        exact = true;
                    else if (closest.isEmpty() && (r.label == leaf || (kindName == kind && clsName == cls)))
                        closest = clsName + QStringLiteral("（类）") + kindName + QStringLiteral("（款）") + r.label
                                  + QStringLiteral("（项）");
                }
            }
            if (exact)
                continue;
            add(QStringLiteral("text.name"), where, key, int(m.capturedStart()), m.captured(0), closest, {},
                closest.isEmpty() ? Tr::tr("“%1” is not a subject of 公开05表").arg(m.captured(0))
                                  : Tr::tr("“%1” is named “%2” in 公开05表").arg(m.captured(0), closest));
        }
    }

    const Document &m_doc;
    const Engine &m_e;
    bool m_coarse = true;
    std::vector<TextFinding> m_out;
    std::vector<TextClaim> m_claims;
};

} // namespace

std::vector<TextFigure> textFigures(const QString &text)
{
    return figuresIn(text, 0, int(text.size()));
}

std::vector<TextFinding> checkTexts(const Document &doc)
{
    return TextChecker(doc).run();
}

std::vector<TextClaim> textClaims(const Document &doc)
{
    TextChecker c(doc);
    c.run();
    return c.claims();
}

} // namespace fa
