#include "document.h"

#include <QCoreApplication>

namespace fa {

Result<std::unique_ptr<Document>> Document::create(DocumentData data)
{
    if (auto e = validateDocument(data))
        return *e;
    return std::unique_ptr<Document>(new Document(std::move(data)));
}

Document::Document(DocumentData data)
    : m_data(std::move(data))
    , m_tpl(findTemplate(m_data.templateId))
{
    rebuild();
}

void Document::rebuild()
{
    m_checker.reset();
    m_engine = std::make_unique<Engine>(*m_tpl, m_data);
    m_checker = std::make_unique<Checker>(*m_engine, m_data.texts);
}

Result<EnteredCell> Document::validateSet(const QString &address, std::optional<Money> value) const
{
    auto r = resolveEnteredAddress(*m_tpl, m_data.subjects, address);
    if (!r)
        return r;
    if (value && (value->fen() > kMaxEnteredFen || value->fen() < -kMaxEnteredFen))
        return Error(Error::Code::Overflow,
                     QCoreApplication::translate("Document", "“%1”: the amount is out of range (at most %2 元).")
                         .arg(address, Money::fromFen(kMaxEnteredFen).toYuanString(Money::Grouping::Thousands)));
    if (r.value().subjectRow) {
        const auto it = m_data.subjectRows.find(r.value().table->id);
        const int rows = it == m_data.subjectRows.end() ? 0 : int(it->second.size());
        const bool present = it != m_data.subjectRows.end() && it->second.count(r.value().row);
        if (!present && rows >= kMaxSubjectRowsPerTable)
            return Error(Error::Code::TooLarge, QCoreApplication::translate("Document", "Table %1 has too many rows.")
                                                    .arg(r.value().table->code));
    }
    return r;
}

std::optional<Money> Document::storedValue(const QString &address) const
{
    const auto it = m_data.values.find(address);
    if (it == m_data.values.end())
        return std::nullopt;
    return it->second;
}

ChangeSet Document::setValue(const QString &address, std::optional<Money> value)
{
    ChangeSet changes;
    const auto cell = resolveEnteredAddress(*m_tpl, m_data.subjects, address);
    Q_ASSERT(cell.ok());
    if (value)
        m_data.values[address] = *value;
    else
        m_data.values.erase(address);

    if (cell.value().subjectRow) {
        auto &rows = m_data.subjectRows[cell.value().table->id];
        if (!rows.count(cell.value().row)) {
            rows.insert(cell.value().row);
            rebuild();
            changes.structural = true;
            return changes;
        }
    }
    const CellId id = m_engine->find(address);
    m_engine->setEntered(id, value, changes.cells);
    m_checker->cellsChanged(changes.cells, changes.findings);
    return changes;
}

ChangeSet Document::setText(const QString &key, const QString &text)
{
    ChangeSet changes;
    if (text.isEmpty())
        m_data.texts.erase(key);
    else
        m_data.texts[key] = text;
    m_checker->textChanged(key, changes.findings);
    return changes;
}

ChangeSet Document::removeSubjectRow(const QString &table, const QString &code)
{
    ChangeSet changes;
    auto it = m_data.subjectRows.find(table);
    if (it == m_data.subjectRows.end() || !it->second.erase(code))
        return changes;
    if (it->second.empty())
        m_data.subjectRows.erase(it);
    const QString prefix = table + QLatin1Char('/') + code + QLatin1Char('/');
    for (auto v = m_data.values.lower_bound(prefix); v != m_data.values.end() && v->first.startsWith(prefix);)
        v = m_data.values.erase(v);
    rebuild();
    changes.structural = true;
    return changes;
}

} // namespace fa
