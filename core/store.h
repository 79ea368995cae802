#pragma once

#include "documentdata.h"
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
// - Every change is its own transaction, committed before the call returns (WAL, synchronous=FULL,
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
    static constexpr int kSchemaVersion = 1;
    static constexpr qint64 kMaxFileSize = 256 * 1024 * 1024;

    // Writes a new document file at `path` atomically (a temporary file renamed into place).
    // Refuses to replace an existing file unless `overwrite`.
    static Status create(const QString &path, const DocumentData &data, bool overwrite = false);
    static Result<std::unique_ptr<Store>> open(const QString &path, Mode mode);

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

    // One change, one transaction. `addRow` also lists a 项 row in its table.
    Status writeValue(const QString &address, std::optional<Money> value,
                      const std::optional<std::pair<QString, QString>> &addRow = std::nullopt);
    Status writeText(const QString &key, const QString &text);
    Status removeSubjectRow(const QString &table, const QString &code);

private:
    Store(QString path, Mode mode);
    Status openConnection(const QString &databaseName, bool readOnly, bool uri);
    Status harden();
    Status verify();
    Status migrate();
    // One change = beginWrite(), statements, endWrite(): a transaction committed or rolled back.
    Status beginWrite();
    Status endWrite(bool ok, const QSqlQuery &q);
    Result<DocumentData> readAll();
    static Status writeAll(QSqlDatabase &db, const DocumentData &data);

    QString m_path;
    Mode m_mode;
    QString m_connection;
    QSqlDatabase m_db;
    std::unique_ptr<QTemporaryDir> m_walCopy;
    std::optional<DocumentData> m_loaded;
    bool m_walEnabled = false;
};

} // namespace fa
