// The Excel export's file handling: the workbook is written beside the target under a temporary
// name and renamed over it only when complete. A destination that cannot be written gives one
// error and leaves nothing; an existing target is replaced whole or not at all. (What is inside
// the workbook is read back by tests/tools/check_xlsx.py and recalc_xlsx.py.)

#include "support.h"

#include "store.h"
#include "xlsxexport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cerrno>
#include <cstring>

#include <sys/mount.h>
#include <unistd.h>

using namespace fa;

namespace {

QStringList listing(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

// A small tmpfs mounted on `dir` (root only), unmounted when it goes.
struct Tmpfs {
    QByteArray path;
    bool mounted = false;
    Tmpfs(const QString &dir, unsigned long flags, const char *options)
        : path(QFile::encodeName(dir))
    {
        REQUIRE(QDir().mkpath(dir));
        mounted = ::mount("tmpfs", path.constData(), "tmpfs", flags, options) == 0;
        if (!mounted)
            WARN("cannot mount a tmpfs: " << std::strerror(errno));
    }
    ~Tmpfs()
    {
        if (mounted)
            ::umount2(path.constData(), MNT_DETACH);
    }
};

constexpr QFile::Permissions kReadOnlyDir = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadUser | QFile::ExeUser
                                            | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;

} // namespace

TEST_CASE("xlsx: an export replaces an existing target whole and leaves nothing beside it", "[xlsx]")
{
    const auto doc = test::sampleDocument(QStringLiteral("nanyang-bigdata-2024"));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("决算.xlsx"));
    writeFile(target, QByteArrayLiteral("an older workbook"));

    const auto written = exportXlsx(*doc, target);
    INFO((written ? QString() : written.error().message).toStdString());
    REQUIRE(written.ok());
    CHECK(written.value().formulas > 100);
    CHECK(written.value().valuesInsteadOfFormulas.isEmpty());
    CHECK(test::readBytes(target).startsWith(QByteArrayLiteral("PK\x03\x04")));
    CHECK(listing(dir.path()) == QStringList{QStringLiteral("决算.xlsx")});
    CHECK((QFile::permissions(target) & QFile::ReadOther)); // not the temporary file's 0600

    // The same document at the same fixed time: the same bytes.
    XlsxOptions fixed;
    fixed.created = QDateTime(QDate(2025, 9, 1), QTime(8, 0), Qt::UTC);
    REQUIRE(exportXlsx(*doc, target, fixed).ok());
    const QByteArray first = test::readBytes(target);
    REQUIRE(exportXlsx(*doc, target, fixed).ok());
    CHECK(test::readBytes(target) == first);
}

TEST_CASE("xlsx: a read-only destination gives one error and leaves no file", "[xlsx]")
{
    const auto doc = test::sampleDocument(QStringLiteral("nanyang-bigdata-2024"));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString fadb = dir.filePath(QStringLiteral("doc.fadb"));
    REQUIRE_FALSE(Store::create(fadb, test::sampleData(QStringLiteral("nanyang-bigdata-2024"))).has_value());
    const QString share = dir.filePath(QStringLiteral("share"));
    REQUIRE(QDir().mkpath(share));
    const QString old = share + QStringLiteral("/old.xlsx");
    writeFile(old, QByteArrayLiteral("an older workbook"));

    // Root writes through permissions: a read-only mount refuses even root.
    std::unique_ptr<Tmpfs> mount;
    if (::geteuid() == 0) {
        // A small file system holding the old workbook, then remounted read-only.
        mount = std::make_unique<Tmpfs>(share, 0, "size=64k");
        if (!mount->mounted)
            return;
        writeFile(old, QByteArrayLiteral("an older workbook"));
        REQUIRE(::mount(nullptr, mount->path.constData(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr) == 0);
    } else {
        REQUIRE(QFile::setPermissions(share, kReadOnlyDir));
    }
    struct Restore {
        QString dir;
        ~Restore() { QFile::setPermissions(dir, kReadOnlyDir | QFile::WriteOwner); }
    } restore{share};
    const QStringList before = listing(share);

    for (const QString &name : {QStringLiteral("new.xlsx"), QStringLiteral("old.xlsx")}) {
        const QString target = share + QLatin1Char('/') + name;
        const auto written = exportXlsx(*doc, target);
        REQUIRE_FALSE(written.ok());
        CHECK(written.error().code == Error::Code::ReadOnly);
        CHECK(written.error().message.contains(target));
        CHECK(listing(share) == before);
        CHECK(test::readBytes(old) == QByteArrayLiteral("an older workbook"));

        // The command line: exit 2, one line on stderr, nothing written.
        const auto run = test::runCli({QStringLiteral("export-xlsx"), fadb, target, QStringLiteral("--unit"), QStringLiteral("元")});
        CHECK(run.exitCode == 2);
        CHECK(run.err.count('\n') == 1);
        CHECK(run.err.contains(QFile::encodeName(target)));
        CHECK(listing(share) == before);
    }

    // A folder that is not there, and a target that is a folder.
    const auto missing = exportXlsx(*doc, dir.filePath(QStringLiteral("no/such/folder/out.xlsx")));
    CHECK_FALSE(missing.ok());
    const auto folder = exportXlsx(*doc, dir.path());
    CHECK_FALSE(folder.ok());
}

TEST_CASE("xlsx: a full disk gives one error and leaves the old target intact", "[xlsx]")
{
    if (::geteuid() != 0) {
        WARN("Skipped: mounting a small tmpfs needs root.");
        return;
    }
    const auto doc = test::sampleDocument(QStringLiteral("nanyang-bigdata-2024"));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString small = dir.filePath(QStringLiteral("small"));
    Tmpfs mount(small, 0, "size=16k");
    if (!mount.mounted)
        return;
    const QString target = small + QStringLiteral("/out.xlsx");
    writeFile(target, QByteArrayLiteral("an older workbook"));

    const auto written = exportXlsx(*doc, target); // about 27 kB: more than the disk holds
    REQUIRE_FALSE(written.ok());
    CHECK((written.error().code == Error::Code::DiskFull || written.error().code == Error::Code::WriteFailed));
    CHECK(test::readBytes(target) == QByteArrayLiteral("an older workbook"));
    CHECK(listing(small) == QStringList{QStringLiteral("out.xlsx")});

    // The command line: exit 2 and one line on stderr (libxlsxwriter's own messages are not shown).
    const QString fadb = dir.filePath(QStringLiteral("doc.fadb"));
    REQUIRE_FALSE(Store::create(fadb, test::sampleData(QStringLiteral("nanyang-bigdata-2024"))).has_value());
    const auto run = test::runCli({QStringLiteral("export-xlsx"), fadb, target});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 2);
    CHECK(run.err.count('\n') == 1);
    CHECK(test::readBytes(target) == QByteArrayLiteral("an older workbook"));
    CHECK(listing(small) == QStringList{QStringLiteral("out.xlsx")});
}
