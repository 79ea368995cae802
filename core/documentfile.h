#pragma once

#include "document.h"
#include "store.h"

#include <memory>

namespace fa {

// An open document file: the Store that keeps it on disk and the Document that keeps it current
// in memory. Every change is validated, written to the file (its own transaction) and only then
// applied in memory, so a change that fails leaves both as they were.
class DocumentFile
{
public:
    static Result<std::unique_ptr<DocumentFile>> open(const QString &path, Store::Mode mode);

    Store &store() { return *m_store; }
    const Document &document() const { return *m_document; }

    Result<ChangeSet> setValue(const QString &address, std::optional<Money> value);
    Result<ChangeSet> setText(const QString &key, const QString &text);
    Result<ChangeSet> removeSubjectRow(const QString &table, const QString &code);

private:
    DocumentFile(std::unique_ptr<Store> store, std::unique_ptr<Document> document);

    std::unique_ptr<Store> m_store;
    std::unique_ptr<Document> m_document;
};

} // namespace fa
