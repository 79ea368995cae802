#pragma once

#include "document.h"
#include "store.h"

#include <memory>

namespace fa {

// The lock an editor holds beside a document it has open for writing (".NAME.lock", a QLockFile):
// a second editor then opens the document read-only, and the command line does not change it
// underneath the editor. `documentPath` is the document's canonical path.
QString editorLockPath(const QString &documentPath);

// An open document file: the Store that keeps it on disk and the Document that keeps it current
// in memory. A batch of changes is validated, written to the file in one transaction and only
// then applied in memory, so a batch that fails anywhere leaves both as they were.
class DocumentFile
{
public:
    [[nodiscard]] static Result<std::unique_ptr<DocumentFile>> open(const QString &path, Store::Mode mode);

    Store &store() { return *m_store; }
    const Document &document() const { return *m_document; }

    [[nodiscard]] Result<Applied> apply(const Batch &batch);
    // A batch of one.
    [[nodiscard]] Result<Applied> setValue(const QString &address, std::optional<Money> value);
    [[nodiscard]] Result<Applied> setText(const QString &key, const QString &text);

private:
    DocumentFile(std::unique_ptr<Store> store, std::unique_ptr<Document> document);

    std::unique_ptr<Store> m_store;
    std::unique_ptr<Document> m_document;
};

} // namespace fa
