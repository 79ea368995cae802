// The fingerprint of a document's content (core/fingerprint.h) and `final-accounts-cli fingerprint`:
// it follows every change of what a person entered, and nothing that merely moves or rewrites the file.

#include "support.h"

#include "documentfile.h"
#include "fingerprint.h"
#include "interchange.h"
#include "store.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <sqlite3.h>
#include <unistd.h>

#include <string>

using namespace fa;

namespace {

const QString kBigdata = QStringLiteral("nanyang-bigdata-2024");
const QString kCac = QStringLiteral("nanyang-cac-2024");

std::string u8(const QString &s)
{
    return s.toStdString();
}

QString fingerprintOf(const QString &sample)
{
    return documentFingerprint(*test::sampleDocument(sample));
}

// A path's fingerprint, read as the command line reads it (read-only).
QString fingerprintOfFile(const QString &path)
{
    auto file = DocumentFile::open(path, Store::Mode::ReadOnly);
    INFO((file ? QString() : file.error().message).toStdString());
    REQUIRE(file.ok());
    return documentFingerprint(file.value()->document());
}

QString createFile(const QTemporaryDir &dir, const QString &sample)
{
    const QString path = dir.filePath(sample + QStringLiteral(".fadb"));
    const auto error = Store::create(path, test::sampleData(sample));
    INFO((error ? error->message : QString()).toStdString());
    REQUIRE_FALSE(error.has_value());
    return path;
}

// The first entered cell of a sample that holds an amount other than zero.
QString someEnteredAddress(const Document &doc)
{
    for (const auto &[address, amount] : doc.data().values) {
        if (!amount.isZero())
            return address;
    }
    FAIL("the sample has no entered amount");
    return {};
}

QStringList listing(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

QByteArray digest(const QString &path)
{
    return QCryptographicHash::hash(test::readBytes(path), QCryptographicHash::Sha256);
}

// The canonical JSON of the hashed bytes, parsed.
QJsonObject hashedObject(const DocumentData &data)
{
    const QByteArray input = fingerprintInput(data);
    const QByteArray prefix = QByteArray(kFingerprintVersion) + '\n';
    REQUIRE(input.startsWith(prefix));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(input.mid(prefix.size()), &err);
    REQUIRE(err.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

void sqliteExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    INFO((message ? message : ""));
    sqlite3_free(message);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

} // namespace

TEST_CASE("a fingerprint is 16 uppercase hex digits in groups of four, and the samples differ", "[fingerprint]")
{
    const QRegularExpression form(QStringLiteral("^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$"));
    const QString bigdata = fingerprintOf(kBigdata);
    const QString cac = fingerprintOf(kCac);
    INFO(u8(bigdata) << " " << u8(cac));
    CHECK(form.match(bigdata).hasMatch());
    CHECK(form.match(cac).hasMatch());
    CHECK(bigdata != cac);
    // The same content, the same fingerprint: from the data and from the document.
    CHECK(documentFingerprint(test::sampleData(kBigdata)) == bigdata);
}

TEST_CASE("the definition is pinned: the samples' fingerprints do not drift", "[fingerprint]")
{
    // A change here means the definition (fingerprint.h) changed: printed copies made before would no
    // longer match their files. Change the version in the prefix, then these values, on purpose only.
    CHECK(fingerprintOf(kBigdata) == QStringLiteral("830B-EB35-FF0B-577B"));
    CHECK(fingerprintOf(kCac) == QStringLiteral("1FF7-083A-9C15-EBC7"));
}

TEST_CASE("the hashed bytes: a version prefix, the content, nothing of the file format", "[fingerprint]")
{
    const DocumentData data = test::sampleData(kCac);
    const QByteArray input = fingerprintInput(data);
    CHECK(input.startsWith(QByteArrayLiteral("fa-fingerprint-1\n")));
    CHECK_FALSE(input.contains(QByteArrayLiteral("final-accounts/1")));
    CHECK_FALSE(input.contains(QByteArrayLiteral("amount_unit")));
    CHECK_FALSE(input.contains('\n' + QByteArray(1, ' ')));
    CHECK(input.count('\n') == 1); // the prefix's: texts' line breaks are escaped
    CHECK(input.contains(data.unit.name.toUtf8()));

    // Every key of the interchange form is either hashed or declared not content: a new key there
    // must be decided on here (and in fingerprint.h).
    const QJsonObject hashed = hashedObject(data);
    const QJsonObject exported = QJsonDocument::fromJson(writeInterchange(data)).object();
    const QStringList notContent = {QStringLiteral("format"), QStringLiteral("amount_unit")};
    for (const QString &key : exported.keys()) {
        INFO("interchange key " << u8(key));
        CHECK((hashed.contains(key) || notContent.contains(key)));
    }
    const QStringList hashedKeys = {QStringLiteral("counts"),   QStringLiteral("evaluations"), QStringLiteral("rows"),
                                    QStringLiteral("subjects"), QStringLiteral("template"),    QStringLiteral("texts"),
                                    QStringLiteral("unit"),     QStringLiteral("values")};
    CHECK(hashed.keys() == hashedKeys);
    CHECK(hashed.value(QStringLiteral("unit")).toObject() == exported.value(QStringLiteral("unit")).toObject());
    CHECK(hashed.value(QStringLiteral("texts")).toObject() == exported.value(QStringLiteral("texts")).toObject());
    CHECK(hashed.value(QStringLiteral("counts")).toObject() == exported.value(QStringLiteral("counts")).toObject());
    CHECK(hashed.value(QStringLiteral("subjects")).toObject() == exported.value(QStringLiteral("subjects")).toObject());
    CHECK(hashed.value(QStringLiteral("evaluations")) == exported.value(QStringLiteral("evaluations")));
    // Amounts in exact 分.
    const QJsonObject values = hashed.value(QStringLiteral("values")).toObject();
    REQUIRE_FALSE(values.isEmpty());
    for (auto it = values.begin(); it != values.end(); ++it) {
        INFO(u8(it.key()));
        REQUIRE(data.values.count(it.key()));
        CHECK(it.value().toString() == QString::number(data.values.at(it.key()).fen()));
    }
}

TEST_CASE("one 分 of one entered cell changes the fingerprint, and setting it back restores it", "[fingerprint]")
{
    auto doc = test::sampleDocument(kCac);
    const QString before = documentFingerprint(*doc);
    const QString address = someEnteredAddress(*doc);
    const Money old = *doc->storedValue(address);
    INFO(u8(address));

    test::set(*doc, address, Money::fromFen(old.fen() + 1));
    const QString changed = documentFingerprint(*doc);
    CHECK(changed != before);
    test::set(*doc, address, Money::fromFen(old.fen() - 1));
    CHECK(documentFingerprint(*doc) != before);
    CHECK(documentFingerprint(*doc) != changed);
    test::set(*doc, address, old);
    CHECK(documentFingerprint(*doc) == before);
}

TEST_CASE("every kind of entered content changes the fingerprint", "[fingerprint]")
{
    auto doc = test::sampleDocument(kCac);
    const QString before = documentFingerprint(*doc);
    const DocumentData &data = doc->data();
    // Applies one change, checks that the fingerprint changed, then undoes it and checks it is back.
    auto changes = [&](const Batch &batch) {
        const Applied applied = test::apply(*doc, batch);
        REQUIRE_FALSE(applied.changes.empty());
        CHECK(documentFingerprint(*doc) != before);
        test::apply(*doc, applied.inverse);
        CHECK(documentFingerprint(*doc) == before);
    };

    SECTION("a text, by one character")
    {
        const QString key = QStringLiteral("overview/duties");
        REQUIRE(data.texts.count(key));
        changes({Edit::setText(key, data.texts.at(key) + QStringLiteral("。"))});
    }
    SECTION("a text removed")
    {
        changes({Edit::setText(QStringLiteral("overview/organisation"), QString())});
    }
    SECTION("a count, by one")
    {
        const QString key = QStringLiteral("三公/国内接待人次");
        REQUIRE(data.counts.count(key));
        changes({Edit::setCount(key, data.counts.at(key) + 1)});
    }
    SECTION("a count of 0 removed")
    {
        const QString key = QStringLiteral("三公/出国人次");
        REQUIRE(data.counts.at(key) == 0);
        changes({Edit::setCount(key, std::nullopt)});
    }
    SECTION("an evaluation's typed indicator score, by 0.01")
    {
        std::vector<Evaluation> evaluations = data.evaluations;
        REQUIRE_FALSE(evaluations.empty());
        REQUIRE_FALSE(evaluations.front().indicators.empty());
        Indicator &indicator = evaluations.front().indicators.front();
        REQUIRE(indicator.score.has_value());
        indicator.score = Points::fromHundredths(indicator.score->hundredths() + 1);
        changes({Edit::setEvaluations(evaluations)});
    }
    SECTION("an evaluation's deviation reason")
    {
        std::vector<Evaluation> evaluations = data.evaluations;
        evaluations.back().indicators.back().reason += QStringLiteral("另");
        changes({Edit::setEvaluations(evaluations)});
    }
    SECTION("two evaluations swapped (printed order)")
    {
        std::vector<Evaluation> evaluations = data.evaluations;
        REQUIRE(evaluations.size() >= 3);
        std::swap(evaluations[1], evaluations[2]);
        changes({Edit::setEvaluations(evaluations)});
    }
    SECTION("the unit name")
    {
        UnitInfo unit = data.unit;
        unit.name += QStringLiteral("机关");
        changes({Edit::setUnit(unit)});
    }
    SECTION("the compile month")
    {
        UnitInfo unit = data.unit;
        unit.compiled = QStringLiteral("2025-10");
        changes({Edit::setUnit(unit)});
    }
    SECTION("a 项 row listed, its cells blank")
    {
        changes({Edit::addRow(QStringLiteral("t05"), QStringLiteral("2013799"))});
    }
    SECTION("a subject's name")
    {
        REQUIRE_FALSE(data.subjects.empty());
        const auto &[code, name] = *data.subjects.begin();
        changes({Edit::setSubjectName(code, name + QStringLiteral("（其他）"))});
    }
}

TEST_CASE("what does not change the content does not change the fingerprint", "[fingerprint]")
{
    const QString before = fingerprintOf(kCac);

    SECTION("a blank entered cell and a 0 print the same")
    {
        auto doc = test::sampleDocument(kCac);
        QString blank;
        for (const auto &[address, amount] : doc->data().values) {
            if (amount.isZero()) {
                blank = address;
                break;
            }
        }
        REQUIRE_FALSE(blank.isEmpty());
        test::set(*doc, blank, std::nullopt);
        CHECK(documentFingerprint(*doc) == before);
    }
    SECTION("the unit amounts were keyed in")
    {
        DocumentData data = test::sampleData(kCac);
        data.amountUnit = data.amountUnit == AmountUnit::Yuan ? AmountUnit::Wanyuan : AmountUnit::Yuan;
        CHECK(documentFingerprint(data) == before);
    }
    SECTION("the order in which cells, rows and texts were entered")
    {
        auto a = test::sampleDocument(kCac);
        auto b = test::sampleDocument(kCac);
        const QString address = someEnteredAddress(*a);
        const Batch edits = {Edit::addRow(QStringLiteral("t05"), QStringLiteral("2013799")),
                             Edit::addRow(QStringLiteral("t05"), QStringLiteral("2013702")),
                             Edit::setValue(address, Money::fromFen(123456789)),
                             Edit::setText(QStringLiteral("overview/duties"), QStringLiteral("职责。")),
                             Edit::setCount(QStringLiteral("三公/出国人次"), 3)};
        for (const Edit &e : edits)
            test::apply(*a, {e});
        for (auto it = edits.rbegin(); it != edits.rend(); ++it)
            test::apply(*b, {*it});
        CHECK(documentFingerprint(*a) == documentFingerprint(*b));
        CHECK(documentFingerprint(*a) != before);
    }
}

TEST_CASE("copying, reopening, VACUUM and a JSON round trip keep the fingerprint", "[fingerprint]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = createFile(dir, kCac);
    const QString expected = fingerprintOf(kCac);
    CHECK(fingerprintOfFile(path) == expected);

    SECTION("a copy of the file, under another name")
    {
        const QString copy = dir.filePath(QStringLiteral("副本 of another name.fadb"));
        REQUIRE(QFile::copy(path, copy));
        CHECK(fingerprintOfFile(copy) == expected);
    }
    SECTION("reopened for writing, edited and undone, VACUUMed")
    {
        {
            auto file = DocumentFile::open(path, Store::Mode::ReadWrite);
            REQUIRE(file.ok());
            const QString address = someEnteredAddress(file.value()->document());
            // Leaves free pages behind and history in the session, not in the content.
            auto big = file.value()->setText(QStringLiteral("overview/duties"), QString(50000, QChar(0x4e2d)));
            REQUIRE(big.ok());
            auto cell = file.value()->setValue(address, Money::fromFen(1));
            REQUIRE(cell.ok());
            CHECK(documentFingerprint(file.value()->document()) != expected);
            REQUIRE(file.value()->apply(cell.value().inverse).ok());
            REQUIRE(file.value()->apply(big.value().inverse).ok());
            CHECK(documentFingerprint(file.value()->document()) == expected);
        }
        CHECK(fingerprintOfFile(path) == expected);
        const QByteArray bytes = digest(path);
        sqliteExec(path, "VACUUM");
        CHECK(digest(path) != bytes);
        CHECK(fingerprintOfFile(path) == expected);
    }
    SECTION("export-json, then import-json into a new file")
    {
        const QString json = dir.filePath(QStringLiteral("exported.json"));
        const auto exported = test::runCli({QStringLiteral("export-json"), path});
        REQUIRE(exported.exitCode == 0);
        {
            QFile f(json);
            REQUIRE(f.open(QIODevice::WriteOnly));
            REQUIRE(f.write(exported.out) == exported.out.size());
        }
        const QString back = dir.filePath(QStringLiteral("back.fadb"));
        const auto imported = test::runCli({QStringLiteral("import-json"), json, back});
        INFO(imported.err.toStdString());
        REQUIRE(imported.exitCode == 0);
        CHECK(fingerprintOfFile(back) == expected);
    }
}

TEST_CASE("a JSON round trip keeps the fingerprint of a listed row with no values", "[fingerprint]")
{
    // The interchange writes such a row with an explicit zero so that it keeps its place.
    DocumentData data = test::sampleData(kBigdata);
    data.subjectRows[QStringLiteral("t05")].insert(QStringLiteral("2013799"));
    const auto back = readInterchange(writeInterchange(data));
    INFO((back ? QString() : back.error().message).toStdString());
    REQUIRE(back.ok());
    REQUIRE(back.value() != data); // the zero is stored now
    CHECK(documentFingerprint(back.value()) == documentFingerprint(data));
    CHECK(documentFingerprint(data) != fingerprintOf(kBigdata));
}

TEST_CASE("final-accounts-cli fingerprint prints the core's fingerprint", "[fingerprint][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const QString &sample : {kBigdata, kCac}) {
        const QString path = createFile(dir, sample);
        const auto r = test::runCli({QStringLiteral("fingerprint"), path});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(r.err.isEmpty());
        CHECK(r.out == (fingerprintOf(sample) + QLatin1Char('\n')).toUtf8());

        const auto j = test::runCli({QStringLiteral("fingerprint"), path, QStringLiteral("--format"), QStringLiteral("json")});
        REQUIRE(j.exitCode == 0);
        const QJsonObject o = QJsonDocument::fromJson(j.out).object();
        CHECK(o.value(QStringLiteral("fingerprint")).toString() == fingerprintOf(sample));
        CHECK(o.value(QStringLiteral("definition")).toString() == QStringLiteral("fa-fingerprint-1"));
    }

    const auto missing = test::runCli({QStringLiteral("fingerprint")});
    CHECK(missing.exitCode == 2);
    CHECK(missing.out.isEmpty());
    const auto badFormat = test::runCli({QStringLiteral("fingerprint"), dir.filePath(kCac + QStringLiteral(".fadb")),
                                         QStringLiteral("--format"), QStringLiteral("xml")});
    CHECK(badFormat.exitCode == 2);
    CHECK(badFormat.out.isEmpty());
    const auto absent = test::runCli({QStringLiteral("fingerprint"), dir.filePath(QStringLiteral("absent.fadb"))});
    CHECK(absent.exitCode == 2);
    CHECK(absent.err.count('\n') == 1);
}

TEST_CASE("final-accounts-cli fingerprint works on a read-only share and leaves nothing beside the file",
          "[fingerprint][cli][readonly]")
{
    constexpr QFile::Permissions readOnlyDir = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                               | QFile::ReadOther | QFile::ExeOther;
    constexpr QFile::Permissions readOnlyFile = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
    QTemporaryDir root;
    REQUIRE(root.isValid());
    QFile::setPermissions(root.path(), readOnlyDir | QFile::WriteOwner);
    const QString share = root.filePath(QStringLiteral("share"));
    REQUIRE(QDir().mkpath(share));
    const QString file = share + QStringLiteral("/colleague.fadb");
    REQUIRE_FALSE(Store::create(file, test::sampleData(kCac)).has_value());
    QFile::setPermissions(file, readOnlyFile);
    QFile::setPermissions(share, readOnlyDir);
    struct Restore {
        QString dir;
        ~Restore() { QFile::setPermissions(dir, QFile::permissions(dir) | QFile::WriteOwner); }
    } restore{share};

    const QStringList before = listing(share);
    const QByteArray bytes = digest(file);
    // As root, run as "nobody" (root may write anywhere), from a copy of the program beside the share.
    test::RunResult r;
    if (geteuid() == 0) {
        const QString program = root.filePath(QStringLiteral("final-accounts-cli"));
        REQUIRE(QFile::copy(QStringLiteral(FA_CLI), program));
        r = test::run(QStringLiteral("runuser"),
                      {QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"), program,
                       QStringLiteral("fingerprint"), file});
    } else {
        r = test::runCli({QStringLiteral("fingerprint"), file});
    }
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out == (fingerprintOf(kCac) + QLatin1Char('\n')).toUtf8());
    CHECK(listing(share) == before);
    CHECK(digest(file) == bytes);
}
