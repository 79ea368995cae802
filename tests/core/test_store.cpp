// The SQLite document file: round trip, durability across a killed writer, read-only opens that
// leave no trace, and a clear, distinct error for each kind of bad file (which is never changed).

#include "support.h"

#include "documentfile.h"
#include "store.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace fa;

namespace {

QStringList listing(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

QByteArray digest(const QString &path)
{
    return QCryptographicHash::hash(test::readBytes(path), QCryptographicHash::Sha256);
}

using test::writeBytes;

QString makeSample(const QTemporaryDir &dir, const QString &name = QStringLiteral("doc.fadb"))
{
    const QString path = dir.filePath(name);
    const auto status = Store::create(path, test::sampleData(QStringLiteral("nanyang-bigdata-2024")));
    INFO((status ? status->message : QString()).toStdString());
    REQUIRE_FALSE(status.has_value());
    return path;
}

// Runs raw SQL on a file with the SQLite C API, as another program would.
void rawSql(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    char *err = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
    INFO((err ? err : ""));
    sqlite3_free(err);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

Error::Code openError(const QString &path, Store::Mode mode)
{
    auto store = Store::open(path, mode);
    if (store.ok()) {
        auto data = store.value()->load();
        return data.ok() ? Error::Code::None : data.error().code;
    }
    INFO(store.error().message.toStdString());
    CHECK_FALSE(store.error().message.isEmpty());
    return store.error().code;
}

} // namespace

TEST_CASE("every cell, subject, row and text survives the file", "[store]")
{
    QTemporaryDir dir;
    for (const char *name : {"nanyang-cac-2024", "nanyang-bigdata-2024"}) {
        const DocumentData data = test::sampleData(QString::fromUtf8(name));
        const QString path = dir.filePath(QString::fromUtf8(name) + QStringLiteral(".fadb"));
        REQUIRE_FALSE(Store::create(path, data).has_value());
        for (auto mode : {Store::Mode::ReadOnly, Store::Mode::ReadWrite}) {
            auto store = Store::open(path, mode);
            REQUIRE(store.ok());
            auto loaded = store.value()->load();
            REQUIRE(loaded.ok());
            CHECK(loaded.value() == data);
        }
        // A clean close leaves only the file, in rollback-journal mode (header bytes 18/19 = 1).
        CHECK(listing(dir.path()).filter(QString::fromUtf8(name)) == QStringList{QString::fromUtf8(name) + QStringLiteral(".fadb")});
        const QByteArray header = test::readBytes(path).left(20);
        CHECK(int(header[18]) == 1);
        CHECK(int(header[19]) == 1);
    }
}

TEST_CASE("create refuses to replace a file unless asked, and leaves nothing half-written", "[store]")
{
    QTemporaryDir dir;
    const QString path = makeSample(dir);
    const QByteArray before = digest(path);
    const auto again = Store::create(path, test::sampleData(QStringLiteral("nanyang-cac-2024")));
    REQUIRE(again.has_value());
    CHECK(digest(path) == before);
    CHECK_FALSE(Store::create(path, test::sampleData(QStringLiteral("nanyang-cac-2024")), true).has_value());
    CHECK(digest(path) != before);
    CHECK(listing(dir.path()) == QStringList{QStringLiteral("doc.fadb")});
}

TEST_CASE("each change is committed when the call returns", "[store]")
{
    QTemporaryDir dir;
    const QString path = makeSample(dir);
    const QString a = QStringLiteral("t02/2013704/财政拨款收入");
    {
        auto store = Store::open(path, Store::Mode::ReadWrite);
        REQUIRE(store.ok());
        REQUIRE_FALSE(store.value()->write({{StoreOp::Kind::PutCell, a, {}, 12345}}).has_value());
        // A second connection sees it while the first is still open.
        auto reader = Store::open(path, Store::Mode::ReadWrite);
        REQUIRE(reader.ok());
        CHECK(reader.value()->load().value().values.at(a) == Money::fromFen(12345));
        REQUIRE_FALSE(store.value()->write({{StoreOp::Kind::DeleteCell, a, {}, 0}}).has_value());
        CHECK(reader.value()->load().value().values.count(a) == 0);
    }
}

TEST_CASE("a change survives the writer being killed right after it returns", "[store]")
{
    QTemporaryDir dir;
    const QString path = makeSample(dir);
    const QString a = QStringLiteral("t03/2240106/项目支出"); // a new row, too

    test::killWriterAfterChange(path, a, QStringLiteral("123.45"));

    // The committed change is in the -wal the writer left behind.
    const QStringList before = listing(dir.path());
    const QByteArray mainBefore = digest(path);
    const QByteArray walBefore = digest(path + QStringLiteral("-wal"));
    {
        // A reviewer's read-only open reads it (from a private copy) and writes nothing here.
        auto reader = Store::open(path, Store::Mode::ReadOnly);
        REQUIRE(reader.ok());
        CHECK(reader.value()->readFromWalCopy());
        const auto data = reader.value()->load();
        REQUIRE(data.ok());
        CHECK(data.value().values.at(a) == Money::fromFen(123450000));
        CHECK(data.value().subjectRows.at(QStringLiteral("t03")).count(QStringLiteral("2240106")) == 1);
    }
    CHECK(listing(dir.path()) == before);
    CHECK(digest(path) == mainBefore);
    CHECK(digest(path + QStringLiteral("-wal")) == walBefore);

    // The next writer recovers it into the file.
    {
        auto store = Store::open(path, Store::Mode::ReadWrite);
        REQUIRE(store.ok());
        CHECK(store.value()->load().value().values.at(a) == Money::fromFen(123450000));
    }
    CHECK(listing(dir.path()) == QStringList{QStringLiteral("doc.fadb")});
}

TEST_CASE("a read-only open leaves the file's bytes and its folder unchanged", "[store]")
{
    QTemporaryDir dir;
    const QString path = makeSample(dir);
    const QByteArray before = digest(path);
    {
        auto store = Store::open(path, Store::Mode::ReadOnly);
        REQUIRE(store.ok());
        CHECK_FALSE(store.value()->readFromWalCopy());
        REQUIRE(store.value()->load().ok());
        CHECK(listing(dir.path()) == QStringList{QStringLiteral("doc.fadb")});
        const auto refused = store.value()->write({{StoreOp::Kind::PutCell, QStringLiteral("t01/29/决算数"), {}, 1}});
        REQUIRE(refused.has_value());
        CHECK(refused->code == Error::Code::ReadOnly);
    }
    CHECK(digest(path) == before);
    CHECK(listing(dir.path()) == QStringList{QStringLiteral("doc.fadb")});
}

TEST_CASE("each kind of bad file gets its own error and is never modified", "[store]")
{
    QTemporaryDir dir;
    const QString good = makeSample(dir);
    const QByteArray goodBytes = test::readBytes(good);

    struct Case {
        const char *name;
        Error::Code code;
    };
    auto check = [&](const QString &path, Error::Code expected) {
        const QByteArray before = QFile::exists(path) ? test::readBytes(path) : QByteArray();
        const QStringList files = listing(dir.path());
        for (auto mode : {Store::Mode::ReadOnly, Store::Mode::ReadWrite}) {
            CHECK(openError(path, mode) == expected);
            if (QFile::exists(path))
                CHECK(test::readBytes(path) == before);
            CHECK(listing(dir.path()) == files);
        }
    };

    SECTION("missing") { check(dir.filePath(QStringLiteral("nothing.fadb")), Error::Code::FileNotFound); }
    SECTION("empty")
    {
        writeBytes(dir.filePath(QStringLiteral("empty.fadb")), {});
        check(dir.filePath(QStringLiteral("empty.fadb")), Error::Code::NotSqlite);
    }
    SECTION("not SQLite")
    {
        writeBytes(dir.filePath(QStringLiteral("text.fadb")), QByteArray("收入支出决算总表\n").repeated(40));
        check(dir.filePath(QStringLiteral("text.fadb")), Error::Code::NotSqlite);
    }
    SECTION("another program's SQLite file")
    {
        const QString path = dir.filePath(QStringLiteral("other.db"));
        rawSql(path, "CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes(body) VALUES('hi');");
        check(path, Error::Code::ForeignSqlite);
    }
    SECTION("a newer version")
    {
        const QString path = dir.filePath(QStringLiteral("newer.fadb"));
        QByteArray bytes = goodBytes;
        bytes[60] = 0, bytes[61] = 0, bytes[62] = 0, bytes[63] = char(Store::kSchemaVersion + 1); // user_version
        writeBytes(path, bytes);
        check(path, Error::Code::NewerVersion);
    }
    SECTION("damaged pages")
    {
        const QString path = dir.filePath(QStringLiteral("damaged.fadb"));
        QByteArray bytes = goodBytes;
        REQUIRE(bytes.size() > 8192);
        for (qsizetype i = 4096; i < bytes.size(); ++i)
            bytes[i] = char((i * 7919) & 0xff);
        writeBytes(path, bytes);
        check(path, Error::Code::Corrupt);
    }
    SECTION("truncated")
    {
        const QString path = dir.filePath(QStringLiteral("truncated.fadb"));
        writeBytes(path, goodBytes.left(goodBytes.size() / 2));
        check(path, Error::Code::Corrupt);
    }
    SECTION("a trigger of its own")
    {
        const QString path = dir.filePath(QStringLiteral("trigger.fadb"));
        writeBytes(path, goodBytes);
        rawSql(path, "CREATE TRIGGER evil AFTER INSERT ON cells BEGIN DELETE FROM texts; END;");
        check(path, Error::Code::UntrustedSchema);
    }
    SECTION("a view of its own")
    {
        const QString path = dir.filePath(QStringLiteral("view.fadb"));
        writeBytes(path, goodBytes);
        rawSql(path, "CREATE VIEW v AS SELECT * FROM cells;");
        check(path, Error::Code::UntrustedSchema);
    }
    SECTION("content that is not valid")
    {
        const QString path = dir.filePath(QStringLiteral("derived.fadb"));
        writeBytes(path, goodBytes);
        rawSql(path, "INSERT INTO cells(address, fen) VALUES('t02/合计/本年收入合计', 1);");
        check(path, Error::Code::DerivedCell);
        const QString text = dir.filePath(QStringLiteral("textamount.fadb"));
        writeBytes(text, goodBytes);
        rawSql(text, "UPDATE cells SET fen = 'lots' WHERE address = 't01/29/决算数';");
        check(text, Error::Code::Corrupt);
    }
}

TEST_CASE("opening for writing changes nothing until the first change", "[store]")
{
    QTemporaryDir dir;
    const QString path = makeSample(dir);
    const QByteArray before = digest(path);
    {
        auto store = Store::open(path, Store::Mode::ReadWrite);
        REQUIRE(store.ok());
        REQUIRE(store.value()->load().ok());
    }
    CHECK(digest(path) == before);
    CHECK(listing(dir.path()) == QStringList{QStringLiteral("doc.fadb")});
    {
        auto store = Store::open(path, Store::Mode::ReadWrite);
        REQUIRE(store.ok());
        REQUIRE_FALSE(store.value()->write({{StoreOp::Kind::PutText, QStringLiteral("reason/t05/2013704"), QStringLiteral("新的原因。")}}).has_value());
    }
    CHECK(digest(path) != before);
    CHECK(listing(dir.path()) == QStringList{QStringLiteral("doc.fadb")});
    auto reader = Store::open(path, Store::Mode::ReadOnly);
    REQUIRE(reader.ok());
    CHECK(reader.value()->load().value().texts.at(QStringLiteral("reason/t05/2013704")) == QStringLiteral("新的原因。"));
}

TEST_CASE("a file with a text this program does not know is refused untouched", "[store]")
{
    QTemporaryDir dir;
    const QString path = makeSample(dir);
    rawSql(path, "INSERT INTO texts(key, value) VALUES('script', 'rm -rf /');");
    const QByteArray before = digest(path);
    CHECK(openError(path, Store::Mode::ReadWrite) == Error::Code::UnknownKey);
    CHECK(openError(path, Store::Mode::ReadOnly) == Error::Code::UnknownKey);
    CHECK(digest(path) == before);
}

TEST_CASE("a document file writes a change through before it applies it", "[store]")
{
    QTemporaryDir dir;
    const QString path = makeSample(dir);
    const QString a = QStringLiteral("t01/29/决算数");
    {
        auto file = DocumentFile::open(path, Store::Mode::ReadWrite);
        REQUIRE(file.ok());
        const auto changes = file.value()->setValue(a, Money::fromFen(700000));
        REQUIRE(changes.ok());
        CHECK_FALSE(changes.value().changes.cells.empty());
        CHECK(file.value()->document().storedValue(a) == Money::fromFen(700000));
        // Refused before the file is touched: a derived cell, an unknown text.
        CHECK_FALSE(file.value()->setValue(QStringLiteral("t01/31/决算数"), Money::fromFen(1)).ok());
        CHECK_FALSE(file.value()->setText(QStringLiteral("notes"), QStringLiteral("x")).ok());
    }
    auto reader = DocumentFile::open(path, Store::Mode::ReadOnly);
    REQUIRE(reader.ok());
    CHECK(reader.value()->document().storedValue(a) == Money::fromFen(700000));
    // A read-only file refuses the change and its document stays as it was.
    const auto refused = reader.value()->setValue(a, Money::fromFen(1));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::ReadOnly);
    CHECK(reader.value()->document().storedValue(a) == Money::fromFen(700000));
}

TEST_CASE("a file of the first format opens as it is and is upgraded at its first change with a backup", "[store]")
{
    QTemporaryDir dir;
    const QString path = makeSample(dir);
    // What version 1 of the program wrote: no counts or evaluations table, user_version 1.
    rawSql(path, "DROP TABLE counts; DROP TABLE evaluations; PRAGMA user_version=1;");
    const QByteArray v1 = test::readBytes(path);
    {
        auto reader = DocumentFile::open(path, Store::Mode::ReadOnly);
        REQUIRE(reader.ok());
        CHECK(reader.value()->document().data().counts.empty());
        auto writer = DocumentFile::open(path, Store::Mode::ReadWrite);
        REQUIRE(writer.ok());
        CHECK(test::readBytes(path) == v1); // opening changes nothing
        auto r = writer.value()->apply({Edit::setCount(QStringLiteral("三公/车辆保有量"), 3)});
        INFO((r ? QString() : r.error().message).toStdString());
        REQUIRE(r.ok());
    }
    CHECK(listing(dir.path()) == QStringList{QStringLiteral("doc.fadb"), QStringLiteral("doc.fadb.v1.bak")});
    auto upgraded = DocumentFile::open(path, Store::Mode::ReadOnly);
    REQUIRE(upgraded.ok());
    CHECK(upgraded.value()->document().data().counts.at(QStringLiteral("三公/车辆保有量")) == 3);
    // The backup is the document as it was, still in the first format.
    auto backup = DocumentFile::open(dir.filePath(QStringLiteral("doc.fadb.v1.bak")), Store::Mode::ReadOnly);
    REQUIRE(backup.ok());
    DocumentData expected = upgraded.value()->document().data();
    expected.counts.clear();
    CHECK(backup.value()->document().data() == expected);
    CHECK(test::readBytes(dir.filePath(QStringLiteral("doc.fadb.v1.bak"))).mid(60, 4) == QByteArray("\0\0\0\1", 4));
}

TEST_CASE("a file of the second format (no 绩效自评 tables) is upgraded at its first change, which can store them", "[store]")
{
    QTemporaryDir dir;
    const QString path = makeSample(dir);
    rawSql(path, "DROP TABLE evaluations; PRAGMA user_version=2;");
    const QByteArray v2 = test::readBytes(path);
    Evaluation e;
    e.name = QStringLiteral("会议费");
    e.funds.push_back({QStringLiteral("年度资金总额"), Money::fromFen(2'000'000), Money::fromFen(2'000'000),
                       Money::fromFen(1'880'000), Points::parse(QStringLiteral("10")), QStringLiteral("94.00%"),
                       Points::parse(QStringLiteral("9.4"))});
    e.indicators.push_back({QStringLiteral("产出指标"), QStringLiteral("数量指标"), QStringLiteral("会议次数"),
                            QStringLiteral("≥2次"), QStringLiteral("3次"), Points::parse(QStringLiteral("10")),
                            Points::parse(QStringLiteral("10")), QStringLiteral("0"), QString()});
    {
        auto writer = DocumentFile::open(path, Store::Mode::ReadWrite);
        REQUIRE(writer.ok());
        CHECK(writer.value()->document().data().evaluations.empty());
        CHECK(test::readBytes(path) == v2); // opening changes nothing
        auto r = writer.value()->apply({Edit::setEvaluations({e})});
        INFO((r ? QString() : r.error().message).toStdString());
        REQUIRE(r.ok());
        CHECK(r.value().changes.evaluationsChanged);
        CHECK(r.value().inverse == Batch{Edit::setEvaluations({})});
    }
    CHECK(listing(dir.path()) == QStringList{QStringLiteral("doc.fadb"), QStringLiteral("doc.fadb.v2.bak")});
    auto reader = DocumentFile::open(path, Store::Mode::ReadOnly);
    REQUIRE(reader.ok());
    CHECK(reader.value()->document().data().evaluations == std::vector<Evaluation>{e});
    // A table the program did not write is refused as damage.
    rawSql(path, "UPDATE evaluations SET json = '{\"kind\": \"team\"}';");
    CHECK(openError(path, Store::Mode::ReadOnly) == Error::Code::Corrupt);
    rawSql(path, "UPDATE evaluations SET json = 'not json';");
    CHECK(openError(path, Store::Mode::ReadOnly) == Error::Code::Corrupt);
}

TEST_CASE("counts are kept in the file and refused when unknown or out of range", "[store]")
{
    QTemporaryDir dir;
    const QString path = makeSample(dir);
    {
        auto file = DocumentFile::open(path, Store::Mode::ReadWrite);
        REQUIRE(file.ok());
        // The sample gives both (as 0); one is set, the other removed.
        auto r = file.value()->apply({Edit::setCount(QStringLiteral("三公/出国团组"), std::nullopt),
                                      Edit::setCount(QStringLiteral("三公/国内接待人次"), 125)});
        REQUIRE(r.ok());
        CHECK(r.value().changes.counts.size() == 2);
        CHECK(r.value().inverse == Batch{Edit::setCount(QStringLiteral("三公/国内接待人次"), 0),
                                         Edit::setCount(QStringLiteral("三公/出国团组"), 0)});
        CHECK(file.value()->apply({Edit::setCount(QStringLiteral("三公/飞机"), 1)}).error().code == Error::Code::UnknownKey);
        CHECK(file.value()->apply({Edit::setCount(QStringLiteral("三公/出国人次"), -1)}).error().code == Error::Code::BadValue);
        CHECK(file.value()->apply({Edit::setCount(QStringLiteral("三公/出国人次"), kMaxCount + 1)}).error().code
              == Error::Code::BadValue);
    }
    rawSql(path, "UPDATE counts SET n = 'two' WHERE key = '三公/购置车辆';");
    CHECK(openError(path, Store::Mode::ReadOnly) == Error::Code::Corrupt);
    rawSql(path, "UPDATE counts SET n = 0 WHERE key = '三公/购置车辆'; INSERT INTO counts(key, n) VALUES('gossip', 1);");
    CHECK(openError(path, Store::Mode::ReadOnly) == Error::Code::UnknownKey);
    rawSql(path, "DELETE FROM counts WHERE key = 'gossip';");
    auto reader = DocumentFile::open(path, Store::Mode::ReadOnly);
    REQUIRE(reader.ok());
    std::map<QString, qint64> expected = test::sampleData(QStringLiteral("nanyang-bigdata-2024")).counts;
    expected.erase(QStringLiteral("三公/出国团组"));
    expected[QStringLiteral("三公/国内接待人次")] = 125;
    CHECK(reader.value()->document().data().counts == expected);
}

// ---- Concurrency, damaged rows, links (what an adversarial campaign found) -----------------------

namespace {

QProcess *startCli(QObject *parent, const QStringList &args)
{
    auto *p = new QProcess(parent);
    p->start(QStringLiteral(FA_CLI), args);
    return p;
}

} // namespace

TEST_CASE("two imports replacing one document at once leave a whole document and readers never miss it", "[store][concurrency]")
{
    QTemporaryDir dir;
    const QString path = makeSample(dir);
    const QString a = test::sourcePath(QStringLiteral("resources/samples/nanyang-cac-2024.json"));
    const QString b = test::sourcePath(QStringLiteral("resources/samples/nanyang-bigdata-2024.json"));
    int wins = 0, losses = 0, reads = 0;
    for (int round = 0; round < 40; ++round) {
        QObject owner;
        QProcess *first = startCli(&owner, {QStringLiteral("import-json"), a, path, QStringLiteral("--force")});
        QProcess *second = startCli(&owner, {QStringLiteral("import-json"), b, path, QStringLiteral("--force")});
        QProcess *reader = startCli(&owner, {QStringLiteral("check"), path});
        for (QProcess *p : {first, second, reader})
            REQUIRE(p->waitForFinished(60000));
        for (QProcess *p : {first, second}) {
            INFO(p->readAllStandardError().toStdString());
            CHECK((p->exitCode() == 0 || p->exitCode() == 2));
            (p->exitCode() == 0 ? wins : losses)++;
        }
        // The reader found a document (exit 0 or 1: its findings), never "does not exist".
        INFO(reader->readAllStandardError().toStdString());
        CHECK(reader->exitCode() != 2);
        ++reads;
        // The destination always holds a whole document.
        REQUIRE(openError(path, Store::Mode::ReadOnly) == Error::Code::None);
    }
    std::printf("concurrent --force imports: %d succeeded, %d refused, %d reads, 0 documents lost\n", wins, losses, reads);
    CHECK(wins >= 40);
    // Nothing is left behind: no temporary files.
    CHECK(listing(dir.path()) == QStringList{QStringLiteral("doc.fadb")});
}

TEST_CASE("import without --force never replaces a document that appeared meanwhile", "[store]")
{
    QTemporaryDir dir;
    const QString path = makeSample(dir);
    const QByteArray before = digest(path);
    const auto refused = Store::create(path, test::sampleData(QStringLiteral("nanyang-cac-2024")));
    REQUIRE(refused.has_value());
    CHECK(digest(path) == before);
    CHECK(listing(dir.path()) == QStringList{QStringLiteral("doc.fadb")});
}

TEST_CASE("writers adding rows at once all succeed and nothing reads as damaged", "[store][concurrency]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("doc.fadb"));
    // A document large enough that reading it takes a while: 2,000 rows in 02表. Each writer adds
    // rows under its own 款 (names given, so the codes need no catalogue).
    DocumentData data = test::sampleData(QStringLiteral("nanyang-bigdata-2024"));
    for (int kind = 70; kind < 90; ++kind) {
        const QString k = QStringLiteral("201%1").arg(kind);
        data.subjects[k] = QStringLiteral("事务%1").arg(kind);
        for (int item = 0; item < 100; ++item) {
            const QString code = k + QStringLiteral("%1").arg(item, 2, 10, QLatin1Char('0'));
            data.subjects[code] = QStringLiteral("项目%1").arg(code);
            data.subjectRows[QStringLiteral("t02")].insert(code);
            data.values[QStringLiteral("t02/%1/其他收入").arg(code)] = Money::fromFen(100);
        }
    }
    const QStringList kinds = {QStringLiteral("20150"), QStringLiteral("20151"), QStringLiteral("20152")};
    for (const QString &k : kinds) {
        data.subjects[k] = QStringLiteral("新增事务") + k;
        for (int i = 0; i < 40; ++i)
            data.subjects[k + QStringLiteral("%1").arg(i, 2, 10, QLatin1Char('0'))] = QStringLiteral("新增项目%1").arg(i);
    }
    REQUIRE_FALSE(Store::create(path, data).has_value());
    int failures = 0, done = 0;
    for (int i = 0; i < 40; ++i) {
        QObject owner;
        QList<QProcess *> running;
        for (const QString &k : kinds) {
            const QString address = QStringLiteral("t03/%1%2/基本支出").arg(k).arg(i, 2, 10, QLatin1Char('0'));
            running << startCli(&owner, {QStringLiteral("set"), path, address, QStringLiteral("1.00")});
        }
        for (QProcess *p : running) {
            REQUIRE(p->waitForFinished(60000));
            ++done;
            if (p->exitCode() != 0) {
                ++failures;
                WARN(p->readAllStandardError().toStdString());
            }
        }
    }
    std::printf("concurrent writers adding rows: %d runs, %d failed\n", done, failures);
    CHECK(failures == 0);
    auto reader = DocumentFile::open(path, Store::Mode::ReadOnly);
    REQUIRE(reader.ok());
    CHECK(reader.value()->document().data().subjectRows.at(QStringLiteral("t03")).size()
          == data.subjectRows.at(QStringLiteral("t03")).size() + 120);
}

TEST_CASE("a row over the length limit makes the file damaged instead of silently shorter", "[store]")
{
    for (const char *sql : {"INSERT INTO cells(address, fen) VALUES(printf('t02/2013704/%.*c', 5000000, 'x'), 1);",
                            "INSERT INTO texts(key, value) VALUES('reason/change/t01/1/决算数', printf('%.*c', 5000000, 'x'));"}) {
        QTemporaryDir dir;
        const QString path = makeSample(dir);
        rawSql(path, sql);
        INFO(sql);
        CHECK(openError(path, Store::Mode::ReadOnly) == Error::Code::Corrupt);
        CHECK(openError(path, Store::Mode::ReadWrite) == Error::Code::Corrupt);
        const auto r = test::runCli({QStringLiteral("export-json"), path});
        CHECK(r.exitCode == 2);
    }
}

TEST_CASE("a document reached through a link is read with the changes its writer left in the -wal", "[store]")
{
    QTemporaryDir dir;
    const QString path = makeSample(dir);
    const QString a = QStringLiteral("t01/29/决算数");
    test::killWriterAfterChange(path, a, QStringLiteral("77.77"));
    QTemporaryDir elsewhere;
    const QString link = elsewhere.filePath(QStringLiteral("link.fadb"));
    REQUIRE(QFile::link(path, link));
    auto store = Store::open(link, Store::Mode::ReadOnly);
    REQUIRE(store.ok());
    CHECK(store.value()->load().value().values.at(a) == Money::fromFen(77770000)); // 77.77 万元
    CHECK(listing(elsewhere.path()) == QStringList{QStringLiteral("link.fadb")});
}

TEST_CASE("readers beside a writer always read the document", "[store][concurrency]")
{
    QTemporaryDir dir;
    const QString path = makeSample(dir);
    // A writer changing one value 40 times, one process after another, while readers read.
    QProcess writer;
    writer.start(QStringLiteral("/bin/sh"),
                 {QStringLiteral("-c"), QStringLiteral("for i in $(seq 1 40); do \"$0\" set \"$1\" t01/29/决算数 $i.00 >/dev/null || exit 1; done"),
                  QStringLiteral(FA_CLI), path});
    REQUIRE(writer.waitForStarted());
    int reads = 0, failures = 0;
    while (writer.state() != QProcess::NotRunning || reads < 20) {
        const QStringList args = reads % 2 ? QStringList{QStringLiteral("check"), path} : QStringList{QStringLiteral("export-json"), path};
        const auto r = test::runCli(args);
        ++reads;
        if (r.exitCode == 2) {
            ++failures;
            WARN(r.err.toStdString());
        }
        writer.waitForFinished(0);
        REQUIRE(reads < 2000);
    }
    if (writer.state() != QProcess::NotRunning)
        REQUIRE(writer.waitForFinished(60000));
    CHECK(writer.exitCode() == 0);
    std::printf("readers beside a writer: %d reads, %d failed\n", reads, failures);
    CHECK(failures == 0);
    CHECK(listing(dir.path()) == QStringList{QStringLiteral("doc.fadb")});
}

TEST_CASE("a table made otherwise than this program makes it is refused", "[store]")
{
    for (const char *sql : {"DROP TABLE texts; CREATE TABLE texts(key TEXT, value TEXT);",
                            "DROP TABLE texts; CREATE TABLE texts(key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL "
                            "CHECK(length(value) < 5)) WITHOUT ROWID;",
                            "DROP TABLE counts; CREATE TABLE counts(key TEXT PRIMARY KEY NOT NULL, n REAL NOT NULL) WITHOUT ROWID;"}) {
        QTemporaryDir dir;
        const QString path = makeSample(dir);
        rawSql(path, sql);
        const QByteArray before = digest(path);
        INFO(sql);
        CHECK(openError(path, Store::Mode::ReadOnly) == Error::Code::UntrustedSchema);
        CHECK(openError(path, Store::Mode::ReadWrite) == Error::Code::UntrustedSchema);
        CHECK(digest(path) == before);
    }
}

TEST_CASE("a full disk is reported as such and the change leaves the file as it was", "[store][diskfull]")
{
    if (::geteuid() != 0) {
        WARN("skipped: mounting a small file system to fill needs root");
        return;
    }
    QTemporaryDir dir;
    const QString mountPoint = dir.filePath(QStringLiteral("small"));
    REQUIRE(QDir().mkpath(mountPoint));
    const auto mounted = test::run(QStringLiteral("/bin/mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                                                   QStringLiteral("size=256k"), QStringLiteral("tmpfs"), mountPoint});
    if (mounted.exitCode != 0) {
        WARN("skipped: cannot mount a tmpfs here: " << mounted.err.toStdString());
        return;
    }
    struct Unmount {
        QString at;
        ~Unmount() { test::run(QStringLiteral("/bin/umount"), {at}); }
    } unmount{mountPoint};

    const QString path = mountPoint + QStringLiteral("/doc.fadb");
    REQUIRE_FALSE(Store::create(path, test::sampleData(QStringLiteral("nanyang-bigdata-2024"))).has_value());
    DocumentData before;
    {
        auto file = DocumentFile::open(path, Store::Mode::ReadWrite);
        REQUIRE(file.ok());
        before = file.value()->document().data();
        // Far more text than the disk holds: 1 MB of reasons.
        Batch batch;
        for (int line = 1; line <= 31; ++line)
            batch.push_back(Edit::setText(QStringLiteral("reason/change/t01/%1/决算数").arg(line), QString(11000, QChar(u'字'))));
        const auto r = file.value()->apply(batch);
        REQUIRE_FALSE(r.ok());
        INFO(r.error().message.toStdString());
        CHECK(r.error().code == Error::Code::DiskFull);
        CHECK(file.value()->document().data() == before);
        // The file is as it was: still in rollback-journal mode, nothing beside it.
        CHECK(listing(mountPoint) == QStringList{QStringLiteral("doc.fadb")});
        CHECK(test::readBytes(path).mid(18, 2) == QByteArray("\x01\x01", 2));
        // A small change still fits and is kept.
        REQUIRE(file.value()->setValue(QStringLiteral("t01/29/决算数"), Money::fromFen(100)).ok());
        before = file.value()->document().data();
    }
    CHECK(listing(mountPoint) == QStringList{QStringLiteral("doc.fadb")});
    auto reopened = DocumentFile::open(path, Store::Mode::ReadOnly);
    REQUIRE(reopened.ok());
    CHECK(reopened.value()->document().data() == before);
}

TEST_CASE("a document with a writer's -wal beside it is not replaced", "[store]")
{
    QTemporaryDir dir;
    const QString path = makeSample(dir);
    test::killWriterAfterChange(path, QStringLiteral("t01/29/决算数"), QStringLiteral("1.00"));
    const QByteArray before = digest(path);
    const auto refused = Store::create(path, test::sampleData(QStringLiteral("nanyang-cac-2024")), true);
    REQUIRE(refused.has_value());
    CHECK(refused->code == Error::Code::Busy);
    CHECK(digest(path) == before);
    // Its changes are still there, and once its session is finished it can be replaced.
    {
        auto file = DocumentFile::open(path, Store::Mode::ReadWrite);
        REQUIRE(file.ok());
        CHECK(file.value()->document().data().values.at(QStringLiteral("t01/29/决算数")) == Money::fromFen(1000000));
    }
    CHECK_FALSE(Store::create(path, test::sampleData(QStringLiteral("nanyang-cac-2024")), true).has_value());
}

TEST_CASE("a new document gets the permissions of a new file and a replaced one keeps its own", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("doc.fadb"));
    const mode_t mask = ::umask(0022);
    REQUIRE_FALSE(Store::create(path, test::sampleData(QStringLiteral("nanyang-cac-2024"))).has_value());
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0644);
    REQUIRE(::chmod(QFile::encodeName(path).constData(), 0640) == 0);
    REQUIRE_FALSE(Store::create(path, test::sampleData(QStringLiteral("nanyang-bigdata-2024")), true).has_value());
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0640);
    ::umask(mask);
}

namespace {

// Another program in the middle of a change in rollback-journal mode: a cell changed and enough
// written that SQLite spills the change into the main file before it commits (the original pages
// are in the -journal). Held open until destroyed, then rolled back.
struct UncommittedWriter {
    sqlite3 *db = nullptr;
    explicit UncommittedWriter(const QString &path)
    {
        REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
        const char *sql = "PRAGMA journal_mode=DELETE; PRAGMA cache_size=10; BEGIN;"
                          "UPDATE cells SET fen = 123456789 WHERE address = 't01/29/决算数';"
                          "INSERT INTO texts VALUES('zz.spill', hex(randomblob(400000)));";
        char *err = nullptr;
        const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
        INFO((err ? err : ""));
        sqlite3_free(err);
        REQUIRE(rc == SQLITE_OK);
    }
    ~UncommittedWriter()
    {
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(db);
    }
};

qint64 cellOf(const DocumentData &data, const QString &address)
{
    const auto it = data.values.find(address);
    return it == data.values.end() ? -1 : it->second.fen();
}

} // namespace

TEST_CASE("a change another program has not committed is never read, and a dead writer's journal is rolled back", "[store]")
{
    QTemporaryDir dir;
    const QString path = makeSample(dir);
    const qint64 committed = [&] {
        auto store = Store::open(path, Store::Mode::ReadOnly);
        REQUIRE(store.ok());
        auto data = store.value()->load();
        REQUIRE(data.ok());
        return cellOf(data.value(), QStringLiteral("t01/29/决算数"));
    }();
    REQUIRE(committed >= 0);
    REQUIRE(committed != 123456789);

    // The state a writer killed mid-change leaves: the main file with pages of the change, and the
    // -journal with the pages as they were. Copied while the change is open.
    const QString crashed = dir.filePath(QStringLiteral("crashed.fadb"));
    {
        UncommittedWriter writer(path);
        REQUIRE(QFileInfo(path + QStringLiteral("-journal")).size() > 0);
        REQUIRE(QFile::copy(path, crashed));
        REQUIRE(QFile::copy(path + QStringLiteral("-journal"), crashed + QStringLiteral("-journal")));

        SECTION("a reader beside the live writer waits for it and says so, never reads its change")
        {
            auto store = Store::open(path, Store::Mode::ReadOnly);
            if (store.ok()) {
                auto data = store.value()->load();
                REQUIRE(data.ok());
                CHECK(cellOf(data.value(), QStringLiteral("t01/29/决算数")) == committed);
            } else {
                INFO(store.error().message.toStdString());
                CHECK(store.error().code == Error::Code::Busy);
            }
        }
    }

    // What a store opened on the crashed file reads: the committed document, nothing of the change.
    auto readsCommitted = [&](Store::Mode mode) {
        auto store = Store::open(crashed, mode);
        INFO((store.ok() ? QString() : store.error().message).toStdString());
        REQUIRE(store.ok());
        auto data = store.value()->load();
        REQUIRE(data.ok());
        CHECK(cellOf(data.value(), QStringLiteral("t01/29/决算数")) == committed);
        CHECK(data.value().texts.count(QStringLiteral("zz.spill")) == 0);
    };
    SECTION("read-only where the file may be written: the dead writer's change is rolled back")
    {
        readsCommitted(Store::Mode::ReadOnly);
    }
    SECTION("read-only where nothing may be written: read from a private copy, the file untouched")
    {
        QFile::setPermissions(crashed, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        const QByteArray before = test::readBytes(crashed);
        if (geteuid() != 0) { // root writes anyway; the unprivileged run is in test_readonly
            readsCommitted(Store::Mode::ReadOnly);
            CHECK(test::readBytes(crashed) == before);
        }
    }
    SECTION("for writing: rolled back")
    {
        readsCommitted(Store::Mode::ReadWrite);
    }
}
