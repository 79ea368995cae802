#include "documentfile.h"

namespace fa {

DocumentFile::DocumentFile(std::unique_ptr<Store> store, std::unique_ptr<Document> document)
    : m_store(std::move(store))
    , m_document(std::move(document))
{
}

Result<std::unique_ptr<DocumentFile>> DocumentFile::open(const QString &path, Store::Mode mode)
{
    auto store = Store::open(path, mode);
    if (!store)
        return store.error();
    auto data = store.value()->load();
    if (!data)
        return data.error();
    auto document = Document::create(std::move(data.value()));
    if (!document)
        return document.error();
    return std::unique_ptr<DocumentFile>(new DocumentFile(std::move(store.value()), std::move(document.value())));
}

Result<ChangeSet> DocumentFile::setValue(const QString &address, std::optional<Money> value)
{
    const auto cell = m_document->validateSet(address, value);
    if (!cell)
        return cell.error();
    std::optional<std::pair<QString, QString>> addRow;
    if (cell.value().subjectRow)
        addRow = std::pair{cell.value().table->id, cell.value().row};
    if (auto e = m_store->writeValue(address, value, addRow))
        return *e;
    return m_document->setValue(address, value);
}

Result<ChangeSet> DocumentFile::setText(const QString &key, const QString &text)
{
    if (auto e = validateText(key, text))
        return *e;
    if (auto e = m_store->writeText(key, text))
        return *e;
    return m_document->setText(key, text);
}

Result<ChangeSet> DocumentFile::removeSubjectRow(const QString &table, const QString &code)
{
    if (auto e = m_store->removeSubjectRow(table, code))
        return *e;
    return m_document->removeSubjectRow(table, code);
}

} // namespace fa
