#include "glossary.h"

#include "chinese.h"

#include "catalog.h"
#include "document.h"
#include "documentdata.h"
#include "template.h"


#include <algorithm>
#include <iterator>

namespace fa {

namespace {


} // namespace

QString glossaryPlaceholder()
{
    return QStringLiteral("（请填写该项的名词解释）");
}

QString glossaryTextKey(const QString &code)
{
    return QStringLiteral("glossary/") + code;
}

GlossaryCatalog GlossaryCatalog::fromTsv(const QString &text, QStringList *errors)
{
    GlossaryCatalog g;
    QStringList problems;
    QString section;
    bool itemsSeen = false;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QStringList f = line.split(QLatin1Char('\t'));
        for (QString &field : f)
            field = field.trimmed();
        const QString &kind = f.at(0);
        auto problem = [&](const QString &what) {
            problems << QStringLiteral("line %1: %2: %3").arg(i + 1).arg(what, line.left(60));
        };
        auto fields = [&](qsizetype n) {
            if (f.size() == n)
                return true;
            problem(QStringLiteral("“%1” takes %2 fields, not %3").arg(kind, QString::number(n), QString::number(f.size())));
            return false;
        };
        if (kind == QLatin1String("section")) {
            if (!fields(2))
                continue;
            if (f.at(1).isEmpty()) {
                problem(QStringLiteral("a section without a heading"));
                continue;
            }
            section = f.at(1);
        } else if (kind == QLatin1String("section-end")) {
            if (fields(1))
                section.clear();
        } else if (kind == QLatin1String("items")) {
            if (!fields(1))
                continue;
            if (itemsSeen) {
                problem(QStringLiteral("a second “items” line"));
                continue;
            }
            itemsSeen = true;
            g.m_itemsAt = qsizetype(g.m_fixed.size());
            g.m_itemsSection = section;
        } else if (kind == QLatin1String("fixed")) {
            if (!fields(3))
                continue;
            if (f.at(1).isEmpty() || f.at(2).isEmpty()) {
                problem(QStringLiteral("a fixed entry needs a term and a definition"));
                continue;
            }
            const bool duplicate = std::any_of(g.m_fixed.begin(), g.m_fixed.end(),
                                               [&](const Fixed &x) { return x.term == f.at(1); });
            if (duplicate) {
                problem(QStringLiteral("the term “%1” twice").arg(f.at(1)));
                continue;
            }
            g.m_fixed.push_back({section, f.at(1), f.at(2)});
        } else if (kind == QLatin1String("item")) {
            if (!fields(3))
                continue;
            const QString &code = f.at(1);
            if (functionCodeLevel(code) != SubjectLevel::Item) {
                problem(QStringLiteral("“%1” is not a 项 code (7 digits)").arg(code));
                continue;
            }
            if (f.at(2).isEmpty()) {
                problem(QStringLiteral("the 项 %1 without a definition").arg(code));
                continue;
            }
            if (g.m_itemIndex.contains(code)) {
                problem(QStringLiteral("the 项 %1 twice").arg(code));
                continue;
            }
            g.m_itemIndex.insert(code, qsizetype(g.m_items.size()));
            g.m_items.push_back({code, f.at(2)});
        } else {
            problem(QStringLiteral("unknown kind of line “%1”").arg(kind));
        }
    }
    if (!itemsSeen) {
        problems << QStringLiteral("no “items” line: where the 项 entries go is not said");
        g.m_itemsAt = qsizetype(g.m_fixed.size());
    }
    if (errors)
        *errors << problems;
    return g;
}

std::vector<GlossaryEntry> GlossaryCatalog::fixed(const QString &scope) const
{
    std::vector<GlossaryEntry> out;
    out.reserve(m_fixed.size());
    for (const Fixed &f : m_fixed) {
        QString definition = f.definition;
        definition.replace(QLatin1String("%1"), scope);
        out.push_back({f.term, QString(), definition, false, f.section});
    }
    return out;
}

std::optional<QString> GlossaryCatalog::item(const QString &code) const
{
    const auto it = m_itemIndex.constFind(code);
    if (it == m_itemIndex.constEnd())
        return std::nullopt;
    return m_items[*it].definition;
}

QStringList GlossaryCatalog::itemCodes() const
{
    QStringList codes;
    codes.reserve(qsizetype(m_items.size()));
    for (const Item &i : m_items)
        codes << i.code;
    return codes;
}

std::vector<GlossaryEntry> GlossaryCatalog::document(const Template &tpl, const DocumentData &data) const
{
    std::vector<GlossaryEntry> items;
    const auto rows = data.subjectRows.find(QStringLiteral("t05"));
    if (rows != data.subjectRows.end()) {
        // A std::set of 7-digit codes: lexicographic order is code order.
        for (const QString &code : rows->second) {
            GlossaryEntry e;
            e.code = code;
            e.section = m_itemsSection;
            e.term = QStringLiteral("%1（类）%2（款）%3（项）")
                         .arg(subjectName(tpl, data.subjects, code.left(3)),
                              subjectName(tpl, data.subjects, code.left(5)), subjectName(tpl, data.subjects, code));
            const auto text = data.texts.find(glossaryTextKey(code));
            if (text != data.texts.end() && !text->second.trimmed().isEmpty()) {
                e.definition = text->second.trimmed();
            } else if (auto shipped = item(code)) {
                e.definition = *shipped;
            } else {
                e.definition = glossaryPlaceholder();
                e.placeholder = true;
            }
            items.push_back(std::move(e));
        }
    }
    std::vector<GlossaryEntry> out = fixed(data.unit.scope);
    // m_itemsAt is -1 only in a catalogue that fromTsv did not make.
    const auto at = out.begin() + std::clamp<qsizetype>(m_itemsAt, 0, qsizetype(out.size()));
    out.insert(at, std::make_move_iterator(items.begin()), std::make_move_iterator(items.end()));
    return out;
}

const GlossaryCatalog &builtinGlossary()
{
    static const GlossaryCatalog glossary = [] {
        QStringList errors;
        GlossaryCatalog g = GlossaryCatalog::fromTsv(builtinText(QStringLiteral(":/fa/data/glossary_2024.tsv")), &errors);
        for (const QString &e : errors)
            qWarning("glossary_2024.tsv: %s", qPrintable(e));
        Q_ASSERT_X(errors.isEmpty(), "builtinGlossary", "malformed line in data/glossary_2024.tsv");
        return g;
    }();
    return glossary;
}

std::vector<GlossaryEntry> fixedGlossary(const QString &scope)
{
    return builtinGlossary().fixed(scope);
}

std::optional<QString> itemDefinition(const QString &code)
{
    return builtinGlossary().item(code);
}

std::vector<GlossaryEntry> documentGlossary(const Document &doc)
{
    return builtinGlossary().document(doc.templ(), doc.data());
}

std::vector<GlossaryEntry> documentGlossary(const DocumentData &data)
{
    const Template *tpl = findTemplate(data.templateId);
    if (!tpl) {
        // Data that never passed validateDocument(): no names for its codes, so only the fixed part.
        qWarning("documentGlossary: unknown template %s", qPrintable(data.templateId));
        return builtinGlossary().fixed(data.unit.scope);
    }
    return builtinGlossary().document(*tpl, data);
}

QString glossaryText(const std::vector<GlossaryEntry> &entries)
{
    QString out;
    int top = 0; // the last top-level number given
    int sub = 0; // the last number within the open group
    QString open; // the heading of the open group
    for (const GlossaryEntry &e : entries) {
        const QString body = e.term + QStringLiteral("：") + e.definition;
        if (e.section.isEmpty()) {
            open.clear();
            out += chineseNumeral(++top) + QStringLiteral("、") + body + QLatin1Char('\n');
            continue;
        }
        if (e.section != open) {
            open = e.section;
            sub = 0;
            out += chineseNumeral(++top) + QStringLiteral("、") + open + QLatin1Char('\n');
        }
        out += QStringLiteral("（") + chineseNumeral(++sub) + QStringLiteral("）、") + body + QLatin1Char('\n');
    }
    return out;
}

QString glossaryText(const Document &doc)
{
    return glossaryText(documentGlossary(doc));
}

QString glossaryText(const DocumentData &data)
{
    return glossaryText(documentGlossary(data));
}

} // namespace fa
