#include "catalog.h"

#include <QStringList>

namespace fa {

std::optional<SubjectLevel> functionCodeLevel(const QString &code)
{
    for (QChar c : code) {
        if (c.unicode() < '0' || c.unicode() > '9')
            return std::nullopt;
    }
    switch (code.size()) {
    case 3:
        return SubjectLevel::Class;
    case 5:
        return SubjectLevel::Kind;
    case 7:
        return SubjectLevel::Item;
    default:
        return std::nullopt;
    }
}

QString functionParentCode(const QString &code)
{
    if (code.size() == 7)
        return code.left(5);
    if (code.size() == 5)
        return code.left(3);
    return {};
}

namespace {

template<typename Fn>
void forEachTsvRow(const QString &text, Fn fn)
{
    const auto lines = QStringView(text).split(QLatin1Char('\n'));
    for (QStringView line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        fn(line.toString().split(QLatin1Char('\t')));
    }
}

} // namespace

FunctionCatalog FunctionCatalog::fromTsv(const QString &text)
{
    FunctionCatalog cat;
    forEachTsvRow(text, [&](const QStringList &fields) {
        if (fields.size() < 2 || !functionCodeLevel(fields.at(0)) || cat.m_index.contains(fields.at(0)))
            return;
        cat.m_index.insert(fields.at(0), qsizetype(cat.m_entries.size()));
        cat.m_entries.push_back({fields.at(0), fields.at(1).trimmed()});
    });
    return cat;
}

QString FunctionCatalog::name(const QString &code) const
{
    const auto it = m_index.constFind(code);
    return it == m_index.cend() ? QString() : m_entries[*it].name;
}

std::vector<QString> FunctionCatalog::classes() const
{
    std::vector<QString> out;
    for (const auto &e : m_entries) {
        if (e.code.size() == 3)
            out.push_back(e.code);
    }
    return out;
}

EconomicCatalog EconomicCatalog::fromTsv(const QString &text)
{
    EconomicCatalog cat;
    forEachTsvRow(text, [&](const QStringList &fields) {
        if (fields.size() < 3 || cat.m_index.contains(fields.at(0)))
            return;
        const QString &code = fields.at(0);
        if (code.size() != 3 && code.size() != 5)
            return;
        cat.m_index.insert(code, qsizetype(cat.m_entries.size()));
        cat.m_entries.push_back({code, fields.at(1).trimmed(), fields.at(2).toInt()});
    });
    return cat;
}

QString EconomicCatalog::name(const QString &code) const
{
    const auto it = m_index.constFind(code);
    return it == m_index.cend() ? QString() : m_entries[*it].name;
}

} // namespace fa
