#include "documentfile.h"

#include <QFileInfo>

namespace fa {

QString editorLockPath(const QString &documentPath)
{
    const QFileInfo info(documentPath);
    return info.absolutePath() + QLatin1Char('/') + QLatin1Char('.') + info.fileName() + QStringLiteral(".lock");
}

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

Result<Applied> DocumentFile::apply(const Batch &batch)
{
    if (m_store->mode() != Store::Mode::ReadWrite)
        return *m_store->write({}); // the store's read-only refusal
    return m_document->apply(batch, [this](const std::vector<StoreOp> &ops) { return m_store->write(ops); });
}

Result<Applied> DocumentFile::setValue(const QString &address, std::optional<Money> value)
{
    return apply({Edit::setValue(address, value)});
}

Result<Applied> DocumentFile::setText(const QString &key, const QString &text)
{
    return apply({Edit::setText(key, text)});
}

} // namespace fa
