#include "store.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QThread>
#include <QUrl>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <map>

#include <sqlite3.h>

namespace fa {

namespace {

// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Store)
};

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("fa-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

std::uint32_t bigEndian32(const QByteArray &b, int offset)
{
    return (std::uint32_t(std::uint8_t(b[offset])) << 24) | (std::uint32_t(std::uint8_t(b[offset + 1])) << 16)
           | (std::uint32_t(std::uint8_t(b[offset + 2])) << 8) | std::uint32_t(std::uint8_t(b[offset + 3]));
}

const char *const kSchemaV1[] = {
    "CREATE TABLE meta(key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE subjects(code TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE subject_rows(tbl TEXT NOT NULL, code TEXT NOT NULL, PRIMARY KEY(tbl, code)) WITHOUT ROWID",
    "CREATE TABLE cells(address TEXT PRIMARY KEY NOT NULL, fen INTEGER NOT NULL) WITHOUT ROWID",
    "CREATE TABLE texts(key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID",
};
// Version 2 adds the counts (人次, 车辆, 团组).
const char *const kSchemaV2 = "CREATE TABLE counts(key TEXT PRIMARY KEY NOT NULL, n INTEGER NOT NULL) WITHOUT ROWID";
// Version 3 adds the 绩效自评 tables, one row each in printed order, as their JSON form (performance.h).
const char *const kSchemaV3 = "CREATE TABLE evaluations(pos INTEGER PRIMARY KEY NOT NULL, json TEXT NOT NULL)";
const QStringList kTables = {QStringLiteral("meta"), QStringLiteral("subjects"), QStringLiteral("subject_rows"),
                             QStringLiteral("cells"), QStringLiteral("texts"), QStringLiteral("counts"),
                             QStringLiteral("evaluations")};

// The tables a file of schema `version` has.
QStringList tablesOf(int version)
{
    return kTables.mid(0, version >= 3 ? 7 : version == 2 ? 6 : 5);
}

// How long a change waits for another program's change to finish before saying it is busy.
constexpr int kBusyTimeoutMs = 5000;

// Bounds on what a file may hold (untrusted input).
constexpr int kMaxCells = 2'000'000;
constexpr int kMaxTexts = 100'000;
constexpr int kMaxStringBytes = 4 * 1024 * 1024;
constexpr qint64 kMaxEvaluationJson = 4 * 1024 * 1024; // characters of one 绩效自评 table's JSON

Error sqlError(Error::Code code, const QString &what, const QSqlError &e)
{
    // What a person can act on, in their words, rather than the driver's text. Qt passes SQLite's
    // code on most errors but not on a failed commit: recognise SQLite's own words there.
    int sqliteCode = e.nativeErrorCode().toInt() & 0xff;
    for (int c : {SQLITE_BUSY, SQLITE_LOCKED, SQLITE_FULL}) {
        if (sqliteCode == 0 && e.databaseText().contains(QLatin1String(sqlite3_errstr(c))))
            sqliteCode = c;
    }
    switch (sqliteCode) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error(Error::Code::Busy, Tr::tr("Another program is changing the document at this moment; try again in a moment."));
    case SQLITE_FULL:
        return Error(Error::Code::DiskFull, Tr::tr("The disk is full: %1 Free some space and try again.").arg(what));
    default:
        return Error(code, QStringLiteral("%1 (%2)").arg(what, e.text()));
    }
}

// A failed read: another program holding the file longer than the busy timeout, else damage.
Error damagedOrBusy(const QSqlError &e)
{
    const Error busy = sqlError(Error::Code::Corrupt, QString(), e);
    if (busy.code == Error::Code::Busy)
        return busy;
    // SQLite's own words ("database disk image is malformed"), without the driver's.
    return Error(Error::Code::Corrupt, Tr::tr("The document file is damaged: %1").arg(e.databaseText().isEmpty() ? e.text() : e.databaseText()));
}

// The statement that made each table, exactly as this program writes it: a table of the same
// name made otherwise (other columns, a CHECK, a virtual table) is not ours.
QString expectedSql(const QString &table)
{
    for (const char *sql : kSchemaV1) {
        const QString s = QString::fromLatin1(sql);
        if (s.startsWith(QStringLiteral("CREATE TABLE ") + table + QLatin1Char('(')))
            return s;
    }
    return QString::fromLatin1(table == QLatin1String("evaluations") ? kSchemaV3 : kSchemaV2);
}

// Prepares, binds and runs one statement.
bool run(QSqlQuery &q, const QString &sql, const QVariantList &args = {})
{
    if (!q.prepare(sql))
        return false;
    for (int i = 0; i < args.size(); ++i)
        q.bindValue(i, args[i]);
    return q.exec();
}

} // namespace

Store::Store(QString path, Mode mode)
    : m_path(std::move(path))
    , m_mode(mode)
    , m_connection(nextConnectionName())
{
}

Store::~Store()
{
    if (m_db.isOpen()) {
        if (m_walEnabled) {
            // Fold the WAL into the file and leave it in rollback-journal mode: readers that open
            // it read-only then need no -wal/-shm files.
            QSqlQuery q(m_db);
            q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            q.exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
        }
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

Status Store::openConnection(const QString &databaseName, bool readOnly, bool uri)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (!m_db.isValid())
        return Error(Error::Code::FileUnreadable, Tr::tr("The SQLite driver of Qt (QSQLITE) is not installed."));
    m_db.setDatabaseName(databaseName);
    QStringList options;
    if (readOnly)
        options << QStringLiteral("QSQLITE_OPEN_READONLY");
    if (uri)
        options << QStringLiteral("QSQLITE_OPEN_URI");
    options << QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
    m_db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!m_db.open())
        return sqlError(Error::Code::FileUnreadable, Tr::tr("The document file could not be opened."), m_db.lastError());
    return harden();
}

Status Store::harden()
{
    const QVariant handle = m_db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return Error(Error::Code::FileUnreadable, Tr::tr("The SQLite driver gives no database handle."));
    sqlite3 *h = *static_cast<sqlite3 *const *>(handle.constData());
    int off = 0;
    // Nothing in a colleague's file is executed: no triggers, no views, no untrusted functions in
    // the schema, no writes to the schema itself.
    sqlite3_db_config(h, SQLITE_DBCONFIG_DEFENSIVE, 1, &off);
    sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &off);
    sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_VIEW, 0, &off);
    sqlite3_db_config(h, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &off);
    sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, &off);
    sqlite3_limit(h, SQLITE_LIMIT_LENGTH, kMaxStringBytes);
    sqlite3_limit(h, SQLITE_LIMIT_SQL_LENGTH, 100000);
    sqlite3_limit(h, SQLITE_LIMIT_ATTACHED, 0);
    return std::nullopt;
}

Status Store::verify()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next())
        return damagedOrBusy(q.lastError());
    if (q.value(0).toString() != QLatin1String("ok"))
        return Error(Error::Code::Corrupt, Tr::tr("The document file is damaged: %1").arg(q.value(0).toString().left(200)));
    q.finish();

    if (!q.exec(QStringLiteral("SELECT type, name, sql IS NULL, sql FROM sqlite_schema")))
        return damagedOrBusy(q.lastError());
    QStringList seen;
    while (q.next()) {
        const QString type = q.value(0).toString();
        const QString name = q.value(1).toString();
        const bool automatic = q.value(2).toBool();
        if (type == QLatin1String("table") && tablesOf(m_version).contains(name)) {
            if (q.value(3).toString() != expectedSql(name))
                return Error(Error::Code::UntrustedSchema,
                             Tr::tr("The document file defines its table “%1” otherwise than this program does; it is not opened.").arg(name));
            seen << name;
            continue;
        }
        if (type == QLatin1String("index") && automatic && name.startsWith(QLatin1String("sqlite_autoindex_")))
            continue;
        return Error(Error::Code::UntrustedSchema,
                     Tr::tr("The document file contains a %1 “%2” that this program did not write; it is not opened.")
                         .arg(type, name.left(80)));
    }
    for (const QString &t : tablesOf(m_version)) {
        if (!seen.contains(t))
            return Error(Error::Code::Corrupt, Tr::tr("The document file lacks its table “%1”.").arg(t));
    }
    return std::nullopt;
}

Status Store::migrate()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return sqlError(Error::Code::Corrupt, Tr::tr("The document file is damaged."), q.lastError());
    const int version = q.value(0).toInt();
    q.finish();
    if (version > kSchemaVersion)
        return Error(Error::Code::NewerVersion, Tr::tr("The document was written by a newer version of this program."));
    if (version != m_version)
        return Error(Error::Code::Corrupt, Tr::tr("The document file is damaged: its header and its schema disagree."));
    // An older file is upgraded at its first change (upgrade()), in that change's transaction:
    // opening alone never changes a file, and a reader never upgrades one.
    return std::nullopt;
}

Status Store::backupBeforeUpgrade()
{
    if (m_version >= kSchemaVersion)
        return std::nullopt;
    // Keep a copy of the file as it was before its format changes: VACUUM INTO writes a
    // consistent copy beside the file, which the older version of the program can still open.
    // It attaches the copy for a moment, which the hardened connection otherwise refuses.
    const QString backup = m_path + QStringLiteral(".v%1.bak").arg(m_version);
    if (QFileInfo::exists(backup))
        return std::nullopt;
    sqlite3 *h = *static_cast<sqlite3 *const *>(m_db.driver()->handle().constData());
    sqlite3_limit(h, SQLITE_LIMIT_ATTACHED, 1);
    QSqlQuery q(m_db);
    const bool ok = run(q, QStringLiteral("VACUUM INTO ?"), {backup});
    const QSqlError error = q.lastError();
    q.finish();
    sqlite3_limit(h, SQLITE_LIMIT_ATTACHED, 0);
    if (!ok)
        return sqlError(Error::Code::WriteFailed, Tr::tr("A backup of the document could not be written before its upgrade."), error);
    return std::nullopt;
}

Status Store::upgrade()
{
    if (m_version >= kSchemaVersion)
        return std::nullopt;
    QSqlQuery q(m_db);
    // Steps from each version to the next; the caller's transaction commits them with the change.
    if (m_version < 2 && !q.exec(QString::fromLatin1(kSchemaV2)))
        return sqlError(Error::Code::WriteFailed, Tr::tr("The document could not be upgraded."), q.lastError());
    if (m_version < 3 && !q.exec(QString::fromLatin1(kSchemaV3)))
        return sqlError(Error::Code::WriteFailed, Tr::tr("The document could not be upgraded."), q.lastError());
    if (!q.exec(QStringLiteral("PRAGMA user_version=%1").arg(kSchemaVersion)))
        return sqlError(Error::Code::WriteFailed, Tr::tr("The document could not be upgraded."), q.lastError());
    return std::nullopt;
}

Result<std::unique_ptr<Store>> Store::open(const QString &given, Mode mode)
{
    // A reader beside a live writer may catch the file mid-change (a -wal that goes as it is
    // copied, a checkpoint under way): try again briefly before saying it cannot be read. Only
    // while a -wal is there, so a truly damaged file is reported at once.
    for (int attempt = 1;; ++attempt) {
        auto store = openOnce(given, mode);
        if (store.ok() || mode != Mode::ReadOnly || attempt == 6)
            return store;
        const Error::Code code = store.error().code;
        const QString real = QFileInfo(given).canonicalFilePath();
        const QString base = real.isEmpty() ? given : real;
        const bool writerNearby = QFileInfo::exists(base + QStringLiteral("-wal")) || QFileInfo::exists(base + QStringLiteral("-journal"));
        if (code == Error::Code::StaleWal || ((code == Error::Code::Corrupt || code == Error::Code::FileUnreadable) && writerNearby))
            QThread::msleep(25 * attempt);
        else
            return store;
    }
}

bool Store::isDocument(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(100);
    return header.size() == 100 && header.startsWith(QByteArrayLiteral("SQLite format 3\0"))
           && bigEndian32(header, 68) == kApplicationId;
}

Result<std::unique_ptr<Store>> Store::openOnce(const QString &given, Mode mode)
{
    // Through a link, the document (and its -wal) is where the link points.
    const QString resolved = QFileInfo(given).canonicalFilePath();
    const QString path = resolved.isEmpty() ? given : resolved;
    const QFileInfo info(path);
    if (!info.exists())
        return Error(Error::Code::FileNotFound, Tr::tr("The file “%1” does not exist.").arg(path));
    if (!info.isFile())
        return Error(Error::Code::FileUnreadable, Tr::tr("“%1” is not a file.").arg(path));
    if (info.size() > kMaxFileSize)
        return Error(Error::Code::TooLarge, Tr::tr("The file “%1” is too large to be a document.").arg(path));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::FileUnreadable, Tr::tr("The file “%1” cannot be read: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    file.close();
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return Error(Error::Code::NotSqlite, Tr::tr("“%1” is not a document of this program (not an SQLite database).").arg(info.fileName()));
    if (bigEndian32(header, 68) != kApplicationId)
        return Error(Error::Code::ForeignSqlite,
                     Tr::tr("“%1” is an SQLite database of another program, not a final-accounts document.").arg(info.fileName()));
    if (int(bigEndian32(header, 60)) > kSchemaVersion)
        return Error(Error::Code::NewerVersion,
                     Tr::tr("“%1” was written by a newer version of this program (format %2; this version reads up to %3). Please update the program.")
                         .arg(info.fileName())
                         .arg(bigEndian32(header, 60))
                         .arg(kSchemaVersion));

    std::unique_ptr<Store> store(new Store(QFileInfo(path).absoluteFilePath(), mode));
    store->m_version = int(bigEndian32(header, 60));
    const QString absolute = store->m_path;
    const QFileInfo wal(absolute + QStringLiteral("-wal"));
    const bool hotWal = wal.exists() && wal.size() > 0;

    if (mode == Mode::ReadOnly) {
        if (hotWal) {
            // A writer did not close cleanly: its committed changes are still in the -wal. Read a
            // private copy of both rather than show stale numbers or write beside the file.
            store->m_walCopy = std::make_unique<QTemporaryDir>();
            const QString copy = store->m_walCopy->filePath(QStringLiteral("copy.fadb"));
            if (!store->m_walCopy->isValid() || !QFile::copy(absolute, copy)
                || !QFile::copy(wal.absoluteFilePath(), copy + QStringLiteral("-wal")))
                return Error(Error::Code::StaleWal,
                             Tr::tr("“%1” has unsaved changes of another session (a -wal file) that could not be read.").arg(info.fileName()));
            if (auto e = store->openConnection(copy, false, false))
                return *e;
        } else if (const QFileInfo journal(absolute + QStringLiteral("-journal")); journal.exists() && journal.size() > 0) {
            // A writer is in the middle of a change, or died in one (a hot journal): the main file
            // may hold pages of a change that was never committed. Read through SQLite's locks and
            // journal, not around them as "immutable" would: a live writer is waited for (then
            // Busy), a dead one's change is rolled back, where the file may be written; elsewhere
            // in a private copy of the file and its journal.
            if (info.isWritable() && QFileInfo(info.absolutePath()).isWritable()) {
                if (auto e = store->openConnection(absolute, false, false))
                    return *e;
            } else {
                store->m_walCopy = std::make_unique<QTemporaryDir>();
                const QString copy = store->m_walCopy->filePath(QStringLiteral("copy.fadb"));
                // The file before its journal: a page a writer changes after the file is copied
                // was put in the journal before it was changed, so the copy rolls back whole.
                if (!store->m_walCopy->isValid() || !QFile::copy(absolute, copy)
                    || !QFile::copy(journal.absoluteFilePath(), copy + QStringLiteral("-journal")))
                    return Error(Error::Code::StaleWal,
                                 Tr::tr("“%1” is being changed by another program, or a change to it did not finish; it could not be read.")
                                     .arg(info.fileName()));
                // The copies keep the share's read-only permissions; the rollback writes the copy.
                for (const QString &f : {copy, copy + QStringLiteral("-journal")})
                    QFile::setPermissions(f, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
                if (auto e = store->openConnection(copy, false, false))
                    return *e;
            }
        } else {
            QUrl url = QUrl::fromLocalFile(absolute);
            url.setQuery(QStringLiteral("immutable=1"));
            if (auto e = store->openConnection(url.toString(QUrl::FullyEncoded), true, true))
                return *e;
        }
    } else {
        if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())
            return Error(Error::Code::ReadOnly,
                         Tr::tr("“%1” cannot be changed here (read-only file or folder); open it read-only.").arg(info.fileName()));
        if (auto e = store->openConnection(absolute, false, false))
            return *e;
    }
    if (auto e = store->verify())
        return *e;
    if (auto e = store->migrate())
        return *e;
    // Everything is read and validated before anything is written: a file with bad content is
    // refused untouched.
    auto data = store->readAll();
    if (!data)
        return data.error();
    store->m_loaded = std::move(data.value());
    // A writer switches to WAL at its first change (beginWrite): opening and reading alone leave
    // the file's bytes as they were.
    return store;
}

Result<DocumentData> Store::load()
{
    if (m_loaded) {
        DocumentData data = std::move(*m_loaded);
        m_loaded.reset();
        return data;
    }
    return readAll();
}

Result<DocumentData> Store::readAll()
{
    // One read transaction: every table from the same snapshot, even while another process
    // writes (a row and its values always arrive together).
    if (!m_db.transaction())
        return sqlError(Error::Code::FileUnreadable, Tr::tr("The document file could not be read."), m_db.lastError());
    auto data = readTables();
    m_db.rollback(); // nothing was written: end the read
    return data;
}

Result<DocumentData> Store::readTables()
{
    DocumentData data;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    auto damaged = [&](const QString &what) {
        return Error(Error::Code::Corrupt, Tr::tr("The document file is damaged: %1").arg(what));
    };

    for (const QString &t : tablesOf(m_version)) {
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + t) || !q.next())
            return damagedOrBusy(q.lastError());
        const qint64 n = q.value(0).toLongLong();
        if (n > (t == QLatin1String("cells") ? kMaxCells : kMaxTexts))
            return Error(Error::Code::TooLarge, Tr::tr("The document file holds too many entries."));
    }

    std::map<QString, QString> meta;
    if (!q.exec(QStringLiteral("SELECT key, value FROM meta")))
        return damagedOrBusy(q.lastError());
    while (q.next())
        meta[q.value(0).toString()] = q.value(1).toString();
    if (q.lastError().isValid())
        return damagedOrBusy(q.lastError());
    data.templateId = meta[QStringLiteral("template")];
    data.unit.name = meta[QStringLiteral("unit.name")];
    data.unit.scope = meta[QStringLiteral("unit.scope")];
    data.unit.type = meta[QStringLiteral("unit.type")];
    data.unit.year = meta[QStringLiteral("unit.year")].toInt();
    data.unit.compiled = meta[QStringLiteral("unit.compiled")];
    const auto unit = amountUnitFromString(meta[QStringLiteral("amount_unit")]);
    if (!unit)
        return damaged(Tr::tr("unknown amount unit"));
    data.amountUnit = *unit;

    if (!q.exec(QStringLiteral("SELECT code, name FROM subjects")))
        return damagedOrBusy(q.lastError());
    while (q.next())
        data.subjects[q.value(0).toString()] = q.value(1).toString();
    if (q.lastError().isValid())
        return damagedOrBusy(q.lastError());

    if (!q.exec(QStringLiteral("SELECT tbl, code FROM subject_rows")))
        return damagedOrBusy(q.lastError());
    while (q.next())
        data.subjectRows[q.value(0).toString()].insert(q.value(1).toString());
    if (q.lastError().isValid())
        return damagedOrBusy(q.lastError());

    if (!q.exec(QStringLiteral("SELECT address, fen, typeof(fen) FROM cells")))
        return damagedOrBusy(q.lastError());
    while (q.next()) {
        if (q.value(2).toString() != QLatin1String("integer"))
            return damaged(Tr::tr("the amount at “%1” is not an integer number of 分").arg(q.value(0).toString().left(80)));
        data.values[q.value(0).toString()] = Money::fromFen(q.value(1).toLongLong());
    }
    if (q.lastError().isValid())
        return damagedOrBusy(q.lastError());

    if (!q.exec(QStringLiteral("SELECT key, value FROM texts")))
        return damagedOrBusy(q.lastError());
    while (q.next())
        data.texts[q.value(0).toString()] = q.value(1).toString();
    if (q.lastError().isValid())
        return damagedOrBusy(q.lastError());

    if (m_version >= 2) {
        if (!q.exec(QStringLiteral("SELECT key, n, typeof(n) FROM counts")))
            return damagedOrBusy(q.lastError());
        while (q.next()) {
            if (q.value(2).toString() != QLatin1String("integer"))
                return damaged(Tr::tr("the count “%1” is not a whole number").arg(q.value(0).toString().left(80)));
            data.counts[q.value(0).toString()] = q.value(1).toLongLong();
        }
        if (q.lastError().isValid())
            return damagedOrBusy(q.lastError());
    }

    if (m_version >= 3) {
        if (!q.exec(QStringLiteral("SELECT pos, json, typeof(json), length(json) FROM evaluations ORDER BY pos")))
            return damagedOrBusy(q.lastError());
        QJsonArray list;
        while (q.next()) {
            if (q.value(2).toString() != QLatin1String("text") || q.value(3).toLongLong() > kMaxEvaluationJson
                || list.size() >= kMaxEvaluations)
                return damaged(Tr::tr("a 绩效自评 table is not what this program writes"));
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(q.value(1).toString().toUtf8(), &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject())
                return damaged(Tr::tr("a 绩效自评 table is not what this program writes"));
            list.append(doc.object());
        }
        if (q.lastError().isValid())
            return damagedOrBusy(q.lastError());
        auto evaluations = evaluationsFromJson(list);
        if (!evaluations)
            return damaged(evaluations.error().message);
        data.evaluations = std::move(evaluations.value());
    }

    if (auto e = validateDocument(data))
        return Error(e->code, Tr::tr("The document file holds invalid content: %1").arg(e->message));
    return data;
}

Status Store::writeAll(QSqlDatabase &db, const DocumentData &data)
{
    QSqlQuery q(db);
    auto fail = [&](const QSqlError &e) {
        return sqlError(Error::Code::WriteFailed, Tr::tr("The document file could not be written."), e);
    };
    auto put = [&](const char *sql, const QVariantList &args) { return run(q, QString::fromLatin1(sql), args); };
    const std::pair<const char *, QString> meta[] = {
        {"template", data.templateId},       {"unit.name", data.unit.name},
        {"unit.scope", data.unit.scope},     {"unit.type", data.unit.type},
        {"unit.year", QString::number(data.unit.year)}, {"unit.compiled", data.unit.compiled},
        {"amount_unit", amountUnitName(data.amountUnit)},
    };
    for (const auto &[k, v] : meta) {
        // An absent value is stored as an empty string (the column is NOT NULL).
        if (!put("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)",
                 {QString::fromLatin1(k), v.isNull() ? QStringLiteral("") : v}))
            return fail(q.lastError());
    }
    for (const auto &[code, name] : data.subjects) {
        if (!put("INSERT INTO subjects(code, name) VALUES(?, ?)", {code, name}))
            return fail(q.lastError());
    }
    for (const auto &[table, codes] : data.subjectRows) {
        for (const QString &code : codes) {
            if (!put("INSERT INTO subject_rows(tbl, code) VALUES(?, ?)", {table, code}))
                return fail(q.lastError());
        }
    }
    for (const auto &[address, amount] : data.values) {
        if (!put("INSERT INTO cells(address, fen) VALUES(?, ?)", {address, qlonglong(amount.fen())}))
            return fail(q.lastError());
    }
    for (const auto &[key, text] : data.texts) {
        if (!put("INSERT INTO texts(key, value) VALUES(?, ?)", {key, text}))
            return fail(q.lastError());
    }
    for (const auto &[key, n] : data.counts) {
        if (!put("INSERT INTO counts(key, n) VALUES(?, ?)", {key, qlonglong(n)}))
            return fail(q.lastError());
    }
    const QJsonArray evaluations = evaluationsToJson(data.evaluations);
    for (int i = 0; i < evaluations.size(); ++i) {
        const QString json = QString::fromUtf8(QJsonDocument(evaluations.at(i).toObject()).toJson(QJsonDocument::Compact));
        if (!put("INSERT INTO evaluations(pos, json) VALUES(?, ?)", {i, json}))
            return fail(q.lastError());
    }
    return std::nullopt;
}

Status Store::create(const QString &path, const DocumentData &data, bool overwrite)
{
    if (auto e = validateDocument(data))
        return e;
    const QFileInfo info(path);
    if (info.exists() && !overwrite)
        return Error(Error::Code::WriteFailed, Tr::tr("“%1” already exists; it is not replaced.").arg(path));
    if (!QFileInfo(info.absolutePath()).isDir())
        return Error(Error::Code::WriteFailed, Tr::tr("The folder of “%1” does not exist.").arg(path));
    // A -wal beside the document belongs to a writer that has it open (or did not close it
    // cleanly): SQLite would apply it to the new file. Replace only a document nobody is writing.
    if (overwrite && QFileInfo::exists(info.absoluteFilePath() + QStringLiteral("-wal")))
        return Error(Error::Code::Busy,
                     Tr::tr("“%1” is open in another program, or its last session did not end cleanly: close it (or open and close it once) before replacing it.")
                         .arg(path));

    // Build the file beside its destination under a name of its own (two writers never share
    // it), then rename it into place in one step: a reader sees the old document or the new one,
    // never none, and a failure leaves the destination as it was.
    QString temp;
    {
        QTemporaryFile reserve(info.absoluteFilePath() + QStringLiteral(".XXXXXX.part"));
        reserve.setAutoRemove(false);
        if (!reserve.open())
            return Error(Error::Code::WriteFailed, Tr::tr("“%1” could not be written: %2").arg(path, reserve.errorString()));
        temp = reserve.fileName();
        // QTemporaryFile makes the file private to its owner; a document gets the permissions a
        // new file gets here (the umask), or keeps those of the document it replaces.
        if (info.exists()) {
            reserve.setPermissions(QFile(info.absoluteFilePath()).permissions());
        } else {
            const mode_t mask = ::umask(0);
            ::umask(mask);
            ::fchmod(reserve.handle(), 0666 & ~mask);
        }
    }
    {
        Store store(temp, Mode::ReadWrite);
        if (auto e = store.openConnection(temp, false, false))
            return e;
        QSqlQuery q(store.m_db);
        QStringList schema;
        for (const char *sql : kSchemaV1)
            schema << QString::fromLatin1(sql);
        schema << QString::fromLatin1(kSchemaV2) << QString::fromLatin1(kSchemaV3);
        schema << QStringLiteral("PRAGMA application_id=%1").arg(qint32(kApplicationId))
               << QStringLiteral("PRAGMA user_version=%1").arg(kSchemaVersion);
        bool ok = q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")) && store.m_db.transaction();
        for (const QString &sql : schema)
            ok = ok && q.exec(sql);
        Status status;
        if (!ok)
            status = sqlError(Error::Code::WriteFailed, Tr::tr("The document file could not be written."), q.lastError());
        if (!status)
            status = writeAll(store.m_db, data);
        if (!status && !store.m_db.commit())
            status = sqlError(Error::Code::WriteFailed, Tr::tr("The document file could not be written."), store.m_db.lastError());
        if (status) {
            store.m_db.rollback();
            store.m_db.close();
            QFile::remove(temp);
            return status;
        }
        store.m_db.close();
    }
    const QByteArray from = QFile::encodeName(temp);
    const QByteArray to = QFile::encodeName(info.absoluteFilePath());
    int rc;
    if (overwrite) {
        rc = ::rename(from.constData(), to.constData()); // replaces atomically
    } else {
        // Never replace a document that appeared meanwhile: the rename fails if the name exists.
        rc = ::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE);
        if (rc != 0 && (errno == EINVAL || errno == ENOSYS)) {
            // A file system without that rename (FAT on a USB stick): a hard link cannot replace
            // either; where there are no links, check and rename.
            rc = ::link(from.constData(), to.constData());
            if (rc == 0)
                ::unlink(from.constData());
            else if (errno == EPERM || errno == EOPNOTSUPP)
                rc = QFileInfo::exists(info.absoluteFilePath()) ? (errno = EEXIST, -1) : ::rename(from.constData(), to.constData());
        }
    }
    if (rc != 0) {
        const int error = errno;
        QFile::remove(temp);
        if (error == EEXIST)
            return Error(Error::Code::WriteFailed, Tr::tr("“%1” already exists; it is not replaced.").arg(path));
        return Error(Error::Code::WriteFailed, Tr::tr("“%1” could not be written: %2").arg(path, QString::fromLocal8Bit(std::strerror(error))));
    }
    // Make the new name durable too.
    const int dir = ::open(QFile::encodeName(info.absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return std::nullopt;
}

Status Store::beginWrite()
{
    if (m_mode != Mode::ReadWrite)
        return Error(Error::Code::ReadOnly, Tr::tr("The document is open read-only."));
    if (!m_walEnabled) {
        // Changing the journal mode needs the file to itself for a moment, and SQLite refuses at
        // once rather than wait when another program is reading or writing it: wait here, as
        // long as the busy timeout, before saying it is busy.
        QSqlQuery q(m_db);
        bool ok = false;
        for (int waited = 0; !ok; waited += 20) {
            ok = q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) && q.next()
                 && q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
            const int code = q.lastError().nativeErrorCode().toInt() & 0xff;
            q.finish();
            if (ok || (code != SQLITE_BUSY && code != SQLITE_LOCKED) || waited >= kBusyTimeoutMs)
                break;
            QThread::msleep(20);
        }
        if (!ok || !q.exec(QStringLiteral("PRAGMA synchronous=FULL")))
            return sqlError(Error::Code::WriteFailed, Tr::tr("The document file could not be prepared for writing."),
                            q.lastError());
        m_walEnabled = true;
    }
    // IMMEDIATE: take the write lock before reading anything, so that two writers wait for each
    // other (the busy timeout) instead of one being refused to avoid a deadlock.
    QSqlQuery begin(m_db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(Error::Code::WriteFailed, Tr::tr("The document file could not be written."), begin.lastError());
    return std::nullopt;
}

Status Store::write(const std::vector<StoreOp> &ops)
{
    if (m_mode != Mode::ReadWrite)
        return beginWrite(); // the read-only refusal
    if (auto e = backupBeforeUpgrade())
        return e;
    // A first change that fails (a full disk) must leave the file as it was: in rollback-journal
    // mode, with nothing beside it.
    const bool firstChange = !m_walEnabled;
    auto undoFirstChange = [&] {
        if (!firstChange || !m_walEnabled)
            return;
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")))
            m_walEnabled = false;
    };
    if (auto e = beginWrite()) {
        undoFirstChange();
        return e;
    }
    if (auto e = upgrade()) {
        m_db.rollback();
        undoFirstChange();
        return e;
    }
    // One prepared statement per kind, reused: a paste of a thousand cells is a thousand steps
    // of a few statements, and one commit.
    std::map<StoreOp::Kind, std::unique_ptr<QSqlQuery>> prepared;
    auto statement = [&](StoreOp::Kind kind) -> QSqlQuery * {
        auto &q = prepared[kind];
        if (q)
            return q.get();
        const char *sql = "";
        switch (kind) {
        case StoreOp::Kind::PutCell: sql = "INSERT OR REPLACE INTO cells(address, fen) VALUES(?, ?)"; break;
        case StoreOp::Kind::DeleteCell: sql = "DELETE FROM cells WHERE address = ?"; break;
        case StoreOp::Kind::PutRow: sql = "INSERT OR IGNORE INTO subject_rows(tbl, code) VALUES(?, ?)"; break;
        case StoreOp::Kind::DeleteRow: sql = "DELETE FROM subject_rows WHERE tbl = ? AND code = ?"; break;
        case StoreOp::Kind::PutText: sql = "INSERT OR REPLACE INTO texts(key, value) VALUES(?, ?)"; break;
        case StoreOp::Kind::DeleteText: sql = "DELETE FROM texts WHERE key = ?"; break;
        case StoreOp::Kind::PutSubject: sql = "INSERT OR REPLACE INTO subjects(code, name) VALUES(?, ?)"; break;
        case StoreOp::Kind::DeleteSubject: sql = "DELETE FROM subjects WHERE code = ?"; break;
        case StoreOp::Kind::PutMeta: sql = "INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"; break;
        case StoreOp::Kind::PutCount: sql = "INSERT OR REPLACE INTO counts(key, n) VALUES(?, ?)"; break;
        case StoreOp::Kind::DeleteCount: sql = "DELETE FROM counts WHERE key = ?"; break;
        case StoreOp::Kind::ClearEvaluations: sql = "DELETE FROM evaluations"; break;
        case StoreOp::Kind::PutEvaluation: sql = "INSERT INTO evaluations(pos, json) VALUES(?, ?)"; break;
        }
        q = std::make_unique<QSqlQuery>(m_db);
        if (!q->prepare(QString::fromLatin1(sql)))
            return nullptr;
        return q.get();
    };
    QSqlError failure;
    bool ok = true;
    for (const StoreOp &op : ops) {
        QSqlQuery *q = statement(op.kind);
        if (!q) {
            failure = prepared[op.kind]->lastError();
            ok = false;
            break;
        }
        switch (op.kind) {
        case StoreOp::Kind::PutCell:
        case StoreOp::Kind::PutCount:
            q->bindValue(0, op.a);
            q->bindValue(1, qlonglong(op.fen));
            break;
        case StoreOp::Kind::ClearEvaluations:
            break;
        case StoreOp::Kind::PutEvaluation:
            q->bindValue(0, qlonglong(op.fen));
            q->bindValue(1, op.b);
            break;
        case StoreOp::Kind::DeleteCount:
        case StoreOp::Kind::DeleteCell:
        case StoreOp::Kind::DeleteText:
        case StoreOp::Kind::DeleteSubject:
            q->bindValue(0, op.a);
            break;
        default:
            q->bindValue(0, op.a);
            q->bindValue(1, op.b);
            break;
        }
        if (m_failAfter == 0) {
            failure = QSqlError(QString(), QStringLiteral("database or disk is full (simulated)"), QSqlError::StatementError);
            ok = false;
            break;
        }
        if (m_failAfter > 0)
            --m_failAfter;
        if (!q->exec()) {
            failure = q->lastError();
            ok = false;
            break;
        }
    }
    prepared.clear();
    if (ok && m_db.commit()) {
        m_version = kSchemaVersion;
        return std::nullopt;
    }
    if (ok)
        failure = m_db.lastError();
    m_db.rollback();
    undoFirstChange();
    return sqlError(Error::Code::WriteFailed, Tr::tr("The change could not be saved."), failure);
}

} // namespace fa
