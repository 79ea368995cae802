#pragma once

#include "document.h"
#include "interchange.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace fa::test {

// A path inside the source tree.
QString sourcePath(const QString &relative);
QByteArray readBytes(const QString &path);
// Replaces the file's bytes (the test fails when it cannot).
void writeBytes(const QString &path, const QByteArray &bytes);
// A sample document of resources/samples by base name, e.g. "nanyang-cac-2024".
DocumentData sampleData(const QString &name);
std::unique_ptr<Document> sampleDocument(const QString &name);

// Applies a batch to a document in memory; the test fails when the batch is refused.
Applied apply(Document &doc, const Batch &batch);
// One value, as a batch of one.
ChangeSet set(Document &doc, const QString &address, std::optional<Money> value);

// Runs a program and collects its exit code and output.
struct RunResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
RunResult run(const QString &program, const QStringList &args, const QByteArray &input = {});
RunResult runCli(const QStringList &args);

// Has a separate writer process set `address` to `amount` (万元) in the document at `path`, waits
// until the change has returned, then kills the writer with SIGKILL: no clean close, so the
// committed change is left in the -wal.
void killWriterAfterChange(const QString &path, const QString &address, const QString &amount);

} // namespace fa::test
