#pragma once

#include "documentdata.h"
#include "edit.h"
#include "error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>

class QTemporaryDir;

namespace fa {

// The document file: one SQLite database (Qt Sql, QSQLITE).
//
// - Every batch of changes is one transaction, committed before the call returns (WAL, synchronous=FULL,
//   switched on at a writer's first change): there is no separate "save" that could lose work.
// - PRAGMA application_id identifies the format, PRAGMA user_version its schema version; opening
//   refuses other programs' files and newer versions, and checks integrity.
// - The file is untrusted input: defensive mode, no triggers, no views, bounded sizes; a file
//   with objects of its own is refused.
// - A clean close folds the WAL back and leaves the file in rollback-journal mode, so that
//   read-only opens (reviewers on read-only shares) leave nothing beside it. A read-only open
//   never writes: it reads the file as immutable, or, when a writer left committed changes in a
//   -wal file, reads a private copy of both.
class Store
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    static constexpr std::uint32_t kApplicationId = 0x46414442; // "FADB"
    static constexpr int kSchemaVersion = 3;
    static constexpr qint64 kMaxFileSize = 256 * 1024 * 1024;

    // Writes a new document file at `path` atomically (a temporary file renamed into place).
    // Refuses to replace an existing file unless `overwrite`.
    [[nodiscard]] static Status create(const QString &path, const DocumentData &data, bool overwrite = false);
    static Result<std::unique_ptr<Store>> open(const QString &path, Mode mode);
    // Whether the file is a document of this program, by its header (SQLite, this application id).
    static bool isDocument(const QString &path);

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    Mode mode() const { return m_mode; }
    QString path() const { return m_path; }
    // True when the file had committed changes in a -wal left by a writer that did not close
    // cleanly, and a read-only open read them from a private copy.
    bool readFromWalCopy() const { return m_walCopy != nullptr; }

    // The document as stored (the first call after open() returns what open() validated).
    Result<DocumentData> load();

    // A batch's statements in one transaction: all written and durable when this returns, or
    // none. A read-only store refuses (even an empty batch).
    [[nodiscard]] Status write(const std::vector<StoreOp> &ops);

    // Tests: the write after `statements` more statements fails as a full disk would.
    void failAfterStatementsForTesting(int statements) { m_failAfter = statements; }

private:
    Store(QString path, Mode mode);
    static Result<std::unique_ptr<Store>> openOnce(const QString &path, Mode mode);
    [[nodiscard]] Status openConnection(const QString &databaseName, bool readOnly, bool uri);
    [[nodiscard]] Status harden();
    [[nodiscard]] Status verify();
    [[nodiscard]] Status migrate();
    [[nodiscard]] Status upgrade();
    [[nodiscard]] Status backupBeforeUpgrade();
    // One change = beginWrite(), statements, endWrite(): a transaction committed or rolled back.
    [[nodiscard]] Status beginWrite();
    Result<DocumentData> readAll();
    Result<DocumentData> readTables();
    [[nodiscard]] static Status writeAll(QSqlDatabase &db, const DocumentData &data);

    QString m_path;
    Mode m_mode;
    QString m_connection;
    QSqlDatabase m_db;
    std::unique_ptr<QTemporaryDir> m_walCopy;
    std::optional<DocumentData> m_loaded;
    bool m_walEnabled = false;
    int m_failAfter = -1;
    int m_version = 0; // the file's schema version (PRAGMA user_version)
};

} // namespace fa
