// Reviewers open colleagues' files from read-only shares and USB sticks. The command line (and
// so the core) runs here as a user who cannot write the folder or the file: as root the test
// drops to "nobody" with runuser, because root may write anywhere.

#include "support.h"

#include "store.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>
#include <unistd.h>

using namespace fa;

namespace {


QStringList listing(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

constexpr QFile::Permissions kReadOnlyDir = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                            | QFile::ReadOther | QFile::ExeOther;
constexpr QFile::Permissions kReadOnlyFile = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;

// A folder the unprivileged user can enter but not write, with one document in it.
struct Share {
    QTemporaryDir root;
    QString dir;
    QString file;
    explicit Share(bool leaveWal)
    {
        REQUIRE(root.isValid());
        QFile::setPermissions(root.path(), kReadOnlyDir | QFile::WriteOwner);
        dir = root.filePath(QStringLiteral("share"));
        REQUIRE(QDir().mkpath(dir));
        file = dir + QStringLiteral("/colleague.fadb");
        REQUIRE_FALSE(Store::create(file, test::sampleData(QStringLiteral("nanyang-bigdata-2024"))).has_value());
        if (leaveWal) {
            // A writer that was killed after a change: the change is only in the -wal.
            test::killWriterAfterChange(file, QStringLiteral("t01/29/决算数"), QStringLiteral("70.00"));
            QFile::setPermissions(file + QStringLiteral("-wal"), kReadOnlyFile);
            if (QFile::exists(file + QStringLiteral("-shm")))
                QFile::setPermissions(file + QStringLiteral("-shm"), kReadOnlyFile);
        }
        QFile::setPermissions(file, kReadOnlyFile);
        QFile::setPermissions(dir, kReadOnlyDir);
    }
    ~Share() { QFile::setPermissions(dir, kReadOnlyDir | QFile::WriteOwner); }

    // Runs the command line as a user who may not write here. As root, as "nobody", from a copy
    // of the program beside the share (the build tree may sit where nobody cannot enter).
    test::RunResult runUnprivileged(const QStringList &args)
    {
        if (geteuid() != 0)
            return test::runCli(args);
        const QString program = root.filePath(QStringLiteral("final-accounts-cli"));
        if (!QFile::exists(program))
            REQUIRE(QFile::copy(QStringLiteral(FA_CLI), program));
        return test::run(QStringLiteral("runuser"),
                         QStringList{QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"), program} + args);
    }
};

QByteArray digest(const QString &path)
{
    return QCryptographicHash::hash(test::readBytes(path), QCryptographicHash::Sha256);
}

} // namespace

TEST_CASE("a document on a read-only share opens read-only and leaves nothing beside it", "[readonly]")
{
    Share share(false);
    const QStringList before = listing(share.dir);
    const QByteArray bytes = digest(share.file);

    const auto shown = share.runUnprivileged({QStringLiteral("show"), share.file, QStringLiteral("--format"), QStringLiteral("json")});
    INFO(shown.err.toStdString());
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.out.contains(QByteArrayLiteral("\"t01/29/决算数\": \"62.54\"")));

    const auto checked = share.runUnprivileged({QStringLiteral("check"), share.file});
    CHECK(checked.exitCode == 0);

    const auto changed = share.runUnprivileged({QStringLiteral("set"), share.file, QStringLiteral("t01/29/决算数"), QStringLiteral("1")});
    CHECK(changed.exitCode == 2);
    CHECK(changed.err.count('\n') == 1);

    CHECK(listing(share.dir) == before);
    CHECK(digest(share.file) == bytes);
}

TEST_CASE("a colleague's unfinished -wal on a read-only share is read, not ignored", "[readonly]")
{
    Share share(true);
    const QStringList before = listing(share.dir);
    const QByteArray bytes = digest(share.file);
    const auto shown = share.runUnprivileged({QStringLiteral("show"), share.file, QStringLiteral("--format"), QStringLiteral("json")});
    INFO(shown.err.toStdString());
    REQUIRE(shown.exitCode == 0);
    // The value committed before the writer died, not the stale one in the main file.
    CHECK(shown.out.contains(QByteArrayLiteral("\"t01/29/决算数\": \"70.00\"")));
    CHECK(listing(share.dir) == before);
    CHECK(digest(share.file) == bytes);
}

TEST_CASE("a colleague's change that never finished (a -journal) on a read-only share is not read", "[readonly]")
{
    Share share(false);
    const QByteArray original = test::runCli({QStringLiteral("export-json"), share.file}).out;
    // A writer killed in the middle of a change in rollback-journal mode: the change spilled into
    // the file, the pages as they were in the -journal. Made on a copy, then put on the share.
    QTemporaryDir work;
    const QString copy = work.filePath(QStringLiteral("c.fadb"));
    REQUIRE(QFile::copy(share.file, copy));
    QFile::setPermissions(copy, kReadOnlyFile | QFile::WriteOwner);
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(copy.toUtf8().constData(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db,
                         "PRAGMA journal_mode=DELETE; PRAGMA cache_size=10; BEGIN;"
                         "UPDATE cells SET fen = 123456789 WHERE address = 't01/29/决算数';"
                         "INSERT INTO texts VALUES('zz.spill', hex(randomblob(400000)));",
                         nullptr, nullptr, nullptr)
            == SQLITE_OK);
    const QByteArray file = test::readBytes(copy);
    const QByteArray journal = test::readBytes(copy + QStringLiteral("-journal"));
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    REQUIRE_FALSE(journal.isEmpty());
    QFile::setPermissions(share.dir, kReadOnlyDir | QFile::WriteOwner);
    QFile::setPermissions(share.file, kReadOnlyFile | QFile::WriteOwner);
    test::writeBytes(share.file, file);
    test::writeBytes(share.file + QStringLiteral("-journal"), journal);
    QFile::setPermissions(share.file, kReadOnlyFile);
    QFile::setPermissions(share.file + QStringLiteral("-journal"), kReadOnlyFile);
    QFile::setPermissions(share.dir, kReadOnlyDir);

    const QStringList before = listing(share.dir);
    const QByteArray bytes = digest(share.file);
    const auto shown = share.runUnprivileged({QStringLiteral("export-json"), share.file});
    INFO(shown.err.toStdString());
    REQUIRE(shown.exitCode == 0);
    // What was committed, not the half-made change nor "damaged".
    CHECK(shown.out == original);
    CHECK(listing(share.dir) == before);
    CHECK(digest(share.file) == bytes);
}
