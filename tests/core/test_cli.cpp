// The command line `final-accounts-cli`, run as a separate process (INTERCHANGE.md, "What the command
// line prints as JSON").

#include "support.h"

#include "documentfile.h"
#include "interchange.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <sys/mount.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

using fa::test::RunResult;
using fa::test::runCli;

namespace {

const QString kBigdata = QStringLiteral("nanyang-bigdata-2024");
const QString kCac = QStringLiteral("nanyang-cac-2024");

std::string u8(const QString &s)
{
    return s.toStdString();
}

std::string describe(const RunResult &r)
{
    return "exit " + std::to_string(r.exitCode) + "\nstdout: " + r.out.left(2000).toStdString()
           + "\nstderr: " + r.err.toStdString();
}

QString samplePath(const QString &name)
{
    return fa::test::sourcePath(QStringLiteral("resources/samples/%1.json").arg(name));
}

// Everything in a directory, hidden files included.
QStringList listing(const QString &dir)
{
    QStringList l = QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                                        QDir::Name);
    return l;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
    f.close();
}

RunResult cli(const QStringList &args)
{
    return runCli(args);
}

// Runs and requires exit code 0.
RunResult ok(const QStringList &args)
{
    const RunResult r = runCli(args);
    INFO("final-accounts-cli " << u8(args.join(QLatin1Char(' '))) << "\n" << describe(r));
    REQUIRE(r.exitCode == 0);
    return r;
}

// A usage failure: exit 2, nothing on stdout, exactly one line on stderr that names `mentions`.
void expectUnusable(const RunResult &r, const QString &mentions)
{
    INFO(describe(r));
    CHECK(r.exitCode == 2);
    CHECK(r.out.isEmpty());
    CHECK(r.err.endsWith('\n'));
    CHECK(r.err.count('\n') == 1);
    CHECK(r.err.trimmed().size() > 0);
    if (!mentions.isEmpty()) {
        INFO("stderr should name “" << u8(mentions) << "”");
        CHECK(QString::fromUtf8(r.err).contains(mentions));
    }
}

// Imports a sample into dir/NAME.fadb and returns the path.
QString imported(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name + QStringLiteral(".fadb"));
    ok({QStringLiteral("import-json"), samplePath(name), path});
    REQUIRE(QFile::exists(path));
    return path;
}

QJsonObject parseJson(const QByteArray &bytes)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    INFO(err.errorString().toStdString() << "\n" << bytes.left(2000).toStdString());
    REQUIRE(err.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

QJsonObject showCells(const QString &file, const QString &unit = {})
{
    QStringList args = {QStringLiteral("show"), file, QStringLiteral("--format"), QStringLiteral("json")};
    if (!unit.isEmpty())
        args << QStringLiteral("--unit") << unit;
    const QJsonObject o = parseJson(ok(args).out);
    CHECK(o.value(QStringLiteral("amount_unit")).toString() == (unit.isEmpty() ? QStringLiteral("万元") : unit));
    REQUIRE(o.value(QStringLiteral("cells")).isObject());
    return o.value(QStringLiteral("cells")).toObject();
}

QString cell(const QJsonObject &cells, const char *address)
{
    const QString a = QString::fromUtf8(address);
    INFO("cell " << address);
    REQUIRE(cells.contains(a));
    REQUIRE(cells.value(a).isString());
    return cells.value(a).toString();
}

QJsonArray findings(const RunResult &r)
{
    const QJsonObject o = parseJson(r.out);
    REQUIRE(o.value(QStringLiteral("findings")).isArray());
    return o.value(QStringLiteral("findings")).toArray();
}

// How cliRedirected connects the process.
struct Redirect {
    QString stdoutFile; // stdout goes to this file (then RunResult::out is empty)
    QString stdinFile;  // stdin comes from this file
    QByteArray input;   // else this is written to stdin, a pipe
    // When set, receives how much of `input` the pipe took before the process ended.
    qint64 *inputTaken = nullptr;
    // When set, RLIMIT_AS of the process: a runaway read fails fast instead of taking the machine's memory.
    rlim_t addressSpace = 0;
};

Redirect stdoutTo(const QString &file)
{
    Redirect r;
    r.stdoutFile = file;
    return r;
}

RunResult cliRedirected(const QStringList &args, const Redirect &how)
{
    QProcess p;
    p.setProgram(QStringLiteral(FA_CLI));
    p.setArguments(args);
    if (!how.stdoutFile.isEmpty())
        p.setStandardOutputFile(how.stdoutFile);
    if (!how.stdinFile.isEmpty())
        p.setStandardInputFile(how.stdinFile);
    if (how.addressSpace) {
        const rlim_t limit = how.addressSpace;
        p.setChildProcessModifier([limit] {
            const rlimit l{limit, limit};
            ::setrlimit(RLIMIT_AS, &l);
        });
    }
    qint64 taken = 0;
    QObject::connect(&p, &QProcess::bytesWritten, [&taken](qint64 n) { taken += n; });
    p.start();
    REQUIRE(p.waitForStarted());
    if (!how.input.isEmpty())
        p.write(how.input);
    p.closeWriteChannel();
    INFO("final-accounts-cli " << u8(args.join(QLatin1Char(' '))) << " did not finish in time");
    REQUIRE(p.waitForFinished(120000));
    if (how.inputTaken)
        *how.inputTaken = taken;
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

// The sample 000 with four values on every 项 of the function catalogue: several hundred KB as JSON,
// more as text, and out of balance (check exits 1).
QByteArray largeDocumentJson()
{
    QJsonObject doc = parseJson(fa::test::readBytes(samplePath(kCac)));
    QJsonObject values = doc.value(QStringLiteral("values")).toObject();
    const QByteArray catalogue =
        fa::test::readBytes(fa::test::sourcePath(QStringLiteral("core/data/function_classification_2024.tsv")));
    int rows = 0;
    for (const QByteArray &line : catalogue.split('\n')) {
        if (line.startsWith('#') || !line.contains('\t'))
            continue;
        const QString code = QString::fromUtf8(line.left(line.indexOf('\t')));
        if (code.size() != 7)
            continue;
        ++rows;
        for (const char *column : {"t02/%1/财政拨款收入", "t03/%1/基本支出", "t05/%1/基本支出", "t05/%1/项目支出"})
            values.insert(QString::fromUtf8(column).arg(code), QStringLiteral("1.00"));
    }
    REQUIRE(rows > 500);
    doc.insert(QStringLiteral("values"), values);
    return QJsonDocument(doc).toJson();
}

} // namespace

TEST_CASE("cli: import-json then show prints every printed cell", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString big = imported(dir, kBigdata);

    const QJsonObject cells = showCells(big);
    // Published figures of seed 003 (南阳市政务大数据中心).
    CHECK(cell(cells, "t02/2013704/财政拨款收入") == QStringLiteral("196.02"));
    CHECK(cell(cells, "t01/29/决算数") == QStringLiteral("62.54"));
    CHECK(cell(cells, "t01/1/决算数") == QStringLiteral("1788.25"));
    CHECK(cell(cells, "t05/2080505/基本支出") == QStringLiteral("77.00"));
    CHECK(cell(cells, "t09/决算/公务用车运行维护费") == QStringLiteral("1.97"));
    // Derived cells are printed too: sums of the keyed 万元 figures.
    CHECK(cell(cells, "t02/合计/本年收入合计") == QStringLiteral("1788.24"));
    CHECK(cell(cells, "t02/20137/财政拨款收入") == QStringLiteral("199.02"));
    CHECK(cell(cells, "t03/合计/本年支出合计") == QStringLiteral("1850.78"));
    CHECK(cell(cells, "t01/31/决算数") == QStringLiteral("1850.79"));
    CHECK(cell(cells, "t09/决算/合计") == QStringLiteral("1.97"));
    // Zeros are included, blank cells and unprinted columns are left out.
    CHECK(cell(cells, "t07/合计/本年收入") == QStringLiteral("0.00"));
    CHECK(cell(cells, "t02/2013704/事业收入") == QStringLiteral("0.00"));
    CHECK_FALSE(cells.contains(QStringLiteral("t01/10/决算数")));
    CHECK_FALSE(cells.contains(QStringLiteral("t01/30/决算数")));
    CHECK_FALSE(cells.contains(QStringLiteral("t05/2080505/年初预算")));

    // Every entered, printed value of the sample appears with its published figure.
    const QJsonObject sample = parseJson(fa::test::readBytes(samplePath(kBigdata)));
    const QJsonObject values = sample.value(QStringLiteral("values")).toObject();
    int compared = 0;
    for (auto it = values.begin(); it != values.end(); ++it) {
        // Unprinted columns: 年初预算 of 05表, last year's figures of 01/04表.
        if (it.key().endsWith(QStringLiteral("/年初预算")) || it.key().section(QLatin1Char('/'), 2).startsWith(QStringLiteral("上年")))
            continue;
        if (it.key().startsWith(QStringLiteral("x01/")))
            continue; // 情况说明补充数据, not a published table
        INFO(u8(it.key()));
        REQUIRE(cells.contains(it.key()));
        CHECK(cells.value(it.key()).toString() == it.value().toString());
        ++compared;
    }
    CHECK(compared > 50);
    for (auto it = cells.begin(); it != cells.end(); ++it) {
        INFO(u8(it.key()));
        CHECK(it.key().count(QLatin1Char('/')) == 2);
        CHECK(it.value().isString());
    }

    // In 元 the amounts are exact.
    const QJsonObject yuan = showCells(big, QStringLiteral("元"));
    CHECK(cell(yuan, "t01/29/决算数") == QStringLiteral("625400.00"));
    CHECK(cell(yuan, "t02/2013704/财政拨款收入") == QStringLiteral("1960200.00"));
    CHECK(cell(yuan, "t02/合计/本年收入合计") == QStringLiteral("17882400.00"));
    CHECK(yuan.size() == cells.size());

    // One table only.
    const QJsonObject t09 = parseJson(ok({QStringLiteral("show"), big, QStringLiteral("--table"), QStringLiteral("t09"),
                                          QStringLiteral("--format"), QStringLiteral("json")})
                                          .out)
                                .value(QStringLiteral("cells"))
                                .toObject();
    CHECK(t09.size() == 12);
    for (auto it = t09.begin(); it != t09.end(); ++it)
        CHECK(it.key().startsWith(QStringLiteral("t09/")));

    // The other sample: seed 000.
    const QJsonObject cac = showCells(imported(dir, kCac));
    CHECK(cell(cac, "t01/29/决算数") == QStringLiteral("5.89"));
    CHECK(cell(cac, "t01/31/决算数") == QStringLiteral("803.42"));
}

TEST_CASE("cli: show --table prints one table as text", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString big = imported(dir, kBigdata);
    const RunResult r = ok({QStringLiteral("show"), big, QStringLiteral("--table"), QStringLiteral("t03")});
    const QString text = QString::fromUtf8(r.out);
    CHECK(text.contains(QStringLiteral("支出决算表")));
    CHECK(text.contains(QStringLiteral("公开03表")));
    CHECK(text.contains(QStringLiteral("南阳市政务大数据中心")));
    CHECK(text.contains(QStringLiteral("1,850.78")));
    CHECK_FALSE(text.contains(QStringLiteral("公开02表")));
    CHECK_FALSE(text.contains(QStringLiteral("收入决算表")));

    // All tables without --table.
    const QString all = QString::fromUtf8(ok({QStringLiteral("show"), big}).out);
    for (int i = 1; i <= 9; ++i)
        CHECK(all.contains(QStringLiteral("公开0%1表").arg(i)));

    expectUnusable(cli({QStringLiteral("show"), big, QStringLiteral("--table"), QStringLiteral("t10")}),
                   QStringLiteral("t10"));
    expectUnusable(cli({QStringLiteral("show"), big, QStringLiteral("--unit"), QStringLiteral("千元")}), {});
    expectUnusable(cli({QStringLiteral("show"), big, QStringLiteral("--format"), QStringLiteral("xml")}), {});
}

TEST_CASE("cli: check passes both samples with only 尾差 findings in the tables", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const QString &name : {kBigdata, kCac}) {
        INFO(u8(name));
        const QString file = imported(dir, name);
        const RunResult r = cli({QStringLiteral("check"), file, QStringLiteral("--format"), QStringLiteral("json")});
        INFO(describe(r));
        CHECK(r.exitCode == 0);
        const QJsonArray list = findings(r);
        CHECK_FALSE(list.isEmpty()); // the seeds show 尾差 between published totals
        int textFindings = 0, evaluationFindings = 0;
        for (const QJsonValue &v : list) {
            const QJsonObject f = v.toObject();
            INFO(u8(QString::fromUtf8(QJsonDocument(f).toJson(QJsonDocument::Compact))));
            if (f.value(QStringLiteral("rule")).toString().startsWith(QStringLiteral("text.")))
                ++textFindings;
            if (f.value(QStringLiteral("rule")).toString().startsWith(QStringLiteral("perf."))) {
                // The 绩效自评 tables' figures the rules disagree with (each listed with its reason
                // in test_evaluationcheck.cpp): warnings, and 尾差 where rounding explains them.
                ++evaluationFindings;
                const QString severity = f.value(QStringLiteral("severity")).toString();
                CHECK((severity == QStringLiteral("warning") || severity == QStringLiteral("尾差")));
                CHECK(f.value(QStringLiteral("place")).toString().startsWith(QStringLiteral("绩效自评 ")));
                CHECK(f.value(QStringLiteral("evaluation")).isDouble());
                CHECK_FALSE(f.value(QStringLiteral("message")).toString().isEmpty());
                continue;
            }
            CHECK(f.value(QStringLiteral("severity")).toString() == QStringLiteral("尾差"));
            CHECK_FALSE(f.value(QStringLiteral("rule")).toString().isEmpty());
            CHECK(f.value(QStringLiteral("address")).toString().count(QLatin1Char('/')) == 2);
            CHECK(f.value(QStringLiteral("expected")).isString());
            CHECK(f.value(QStringLiteral("actual")).isString());
        }
        // Seed 000's typed 绩效 paragraph counted 13 projects where its tables have 14; §十三 now
        // takes the count from the tables, and the samples keep only the words around it.
        CHECK(textFindings == 0);
        CHECK(evaluationFindings == (name == kCac ? 21 : 13));
        // Text output exits the same way.
        CHECK(cli({QStringLiteral("check"), file}).exitCode == 0);
    }
}

TEST_CASE("cli: set unbalancing 04表 makes check fail with a balance error", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString big = imported(dir, kBigdata);
    ok({QStringLiteral("set"), big, QStringLiteral("t04/1/金额"), QStringLiteral("900")});
    CHECK(cell(showCells(big), "t04/1/金额") == QStringLiteral("900.00"));
    CHECK(cell(showCells(big), "t01/1/决算数") == QStringLiteral("900.00"));

    const RunResult r = cli({QStringLiteral("check"), big, QStringLiteral("--format"), QStringLiteral("json")});
    INFO(describe(r));
    CHECK(r.exitCode == 1);
    bool t01Balance = false, t04Balance = false;
    for (const QJsonValue &v : findings(r)) {
        const QJsonObject f = v.toObject();
        if (f.value(QStringLiteral("severity")).toString() != QStringLiteral("error"))
            continue;
        const QString address = f.value(QStringLiteral("address")).toString();
        if (f.value(QStringLiteral("rule")).toString() == QStringLiteral("t01.balance")
            && address == QStringLiteral("t01/31/决算数")) {
            t01Balance = true;
            CHECK(f.value(QStringLiteral("actual")).toString() == QStringLiteral("962.54"));
            CHECK(f.value(QStringLiteral("expected")).toString() == QStringLiteral("1850.78"));
        }
        if (f.value(QStringLiteral("rule")).toString() == QStringLiteral("t04.balance")
            && address == QStringLiteral("t04/32/金额"))
            t04Balance = true;
    }
    CHECK(t01Balance);
    CHECK(t04Balance);
    CHECK(cli({QStringLiteral("check"), big}).exitCode == 1);
    // A successful set leaves nothing beside the file.
    CHECK(listing(dir.path()) == QStringList{kBigdata + QStringLiteral(".fadb")});
}

TEST_CASE("cli: set refuses derived addresses and bad amounts", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString big = imported(dir, kBigdata);
    const QByteArray exported = ok({QStringLiteral("export-json"), big}).out;
    const QByteArray before = fa::test::readBytes(big);

    for (const char *address : {"t02/合计/本年收入合计", "t02/2013704/本年收入合计", "t01/27/决算数",
                                "t06/301/决算数", "t09/决算/合计"}) {
        INFO(address);
        const QString a = QString::fromUtf8(address);
        expectUnusable(cli({QStringLiteral("set"), big, a, QStringLiteral("5")}), a);
        // Refused before anything is written: the file's bytes are as they were.
        CHECK(fa::test::readBytes(big) == before);
    }

    for (const char *amount : {"abc", "1.2345678", "1e5", "１２"}) {
        INFO(amount);
        const QString a = QString::fromUtf8(amount);
        expectUnusable(cli({QStringLiteral("set"), big, QStringLiteral("t02/2013704/财政拨款收入"), a}), a);
        CHECK(fa::test::readBytes(big) == before);
    }
    // 元 allows two decimals only.
    expectUnusable(cli({QStringLiteral("set"), big, QStringLiteral("t02/2013704/财政拨款收入"), QStringLiteral("1.234"),
                        QStringLiteral("--unit"), QStringLiteral("元")}),
                   QStringLiteral("1.234"));
    CHECK(fa::test::readBytes(big) == before);
    CHECK(listing(dir.path()) == QStringList{kBigdata + QStringLiteral(".fadb")});
    CHECK(ok({QStringLiteral("export-json"), big}).out == exported);

    // 元 with grouping is accepted and exact.
    ok({QStringLiteral("set"), big, QStringLiteral("t01/29/决算数"), QStringLiteral("1,788.25"), QStringLiteral("--unit"),
        QStringLiteral("元")});
    CHECK(cell(showCells(big, QStringLiteral("元")), "t01/29/决算数") == QStringLiteral("1788.25"));
}

TEST_CASE("cli: set with an empty amount clears a cell", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString big = imported(dir, kBigdata);
    const QString address = QStringLiteral("t05/2080505/基本支出");
    CHECK(cell(showCells(big), "t05/2080505/基本支出") == QStringLiteral("77.00"));
    REQUIRE(parseJson(ok({QStringLiteral("export-json"), big}).out)
                .value(QStringLiteral("values")).toObject().contains(address));

    ok({QStringLiteral("set"), big, address, QString()});

    const QJsonObject cells = showCells(big);
    CHECK(cell(cells, "t05/2080505/基本支出") == QStringLiteral("0.00"));
    CHECK(cell(cells, "t05/2080505/小计") == QStringLiteral("0.00"));
    const QJsonObject values =
        parseJson(ok({QStringLiteral("export-json"), big}).out).value(QStringLiteral("values")).toObject();
    CHECK_FALSE(values.contains(address));
    // The rest of the row stays.
    CHECK(values.value(QStringLiteral("t05/2080505/年初预算")).toString() == QStringLiteral("64.08"));
    CHECK(values.value(QStringLiteral("t03/2080505/基本支出")).toString() == QStringLiteral("77.00"));
}

TEST_CASE("cli: new creates an empty document and refuses to overwrite", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("new.fadb"));
    // Without --compiled: the compilation date is optional.
    const QStringList args = {QStringLiteral("new"), out, QStringLiteral("--name"), QStringLiteral("X"),
                              QStringLiteral("--scope"), QStringLiteral("单位"), QStringLiteral("--type"),
                              QStringLiteral("事业单位"), QStringLiteral("--year"), QStringLiteral("2024")};
    ok(args);
    REQUIRE(QFile::exists(out));
    CHECK(listing(dir.path()) == QStringList{QStringLiteral("new.fadb")});

    const QJsonObject cells = showCells(out);
    CHECK(cell(cells, "t01/31/决算数") == QStringLiteral("0.00"));
    CHECK(cell(cells, "t02/合计/本年收入合计") == QStringLiteral("0.00"));
    CHECK(ok({QStringLiteral("show"), out}).out.contains("公开01表"));
    const RunResult check = cli({QStringLiteral("check"), out, QStringLiteral("--format"), QStringLiteral("json")});
    INFO(describe(check));
    CHECK(check.exitCode == 0);
    const QJsonObject doc = parseJson(ok({QStringLiteral("export-json"), out}).out);
    CHECK(doc.value(QStringLiteral("unit")).toObject().value(QStringLiteral("name")).toString() == QStringLiteral("X"));
    CHECK(doc.value(QStringLiteral("unit")).toObject().value(QStringLiteral("year")).toInt() == 2024);
    CHECK(doc.value(QStringLiteral("values")).toObject().isEmpty());

    // An existing file is not replaced.
    const QByteArray before = fa::test::readBytes(out);
    QStringList again = args;
    again[3] = QStringLiteral("Y");
    expectUnusable(cli(again), QStringLiteral("new.fadb"));
    CHECK(fa::test::readBytes(out) == before);
    CHECK(listing(dir.path()) == QStringList{QStringLiteral("new.fadb")});

    // A year without a template, and a bad scope, create nothing.
    const QString other = dir.filePath(QStringLiteral("other.fadb"));
    QStringList y1999 = args;
    y1999[1] = other;
    y1999[9] = QStringLiteral("1999");
    expectUnusable(cli(y1999), QStringLiteral("1999"));
    QStringList badYear = args;
    badYear[1] = other;
    badYear[9] = QStringLiteral("twenty");
    expectUnusable(cli(badYear), {});
    QStringList badScope = args;
    badScope[1] = other;
    badScope[5] = QStringLiteral("处室");
    expectUnusable(cli(badScope), QStringLiteral("处室"));
    CHECK_FALSE(QFile::exists(other));
    CHECK(listing(dir.path()) == QStringList{QStringLiteral("new.fadb")});
}

TEST_CASE("cli: show, check and export-json leave the file and its folder untouched", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString big = imported(dir, kBigdata);
    const QString cac = imported(dir, kCac);
    const QStringList files = listing(dir.path());
    CHECK(files == QStringList{kBigdata + QStringLiteral(".fadb"), kCac + QStringLiteral(".fadb")});

    for (const QString &file : {big, cac}) {
        const QByteArray before = fa::test::readBytes(file);
        const QList<QStringList> commands = {
            {QStringLiteral("show"), file},
            {QStringLiteral("show"), file, QStringLiteral("--format"), QStringLiteral("json")},
            {QStringLiteral("show"), file, QStringLiteral("--unit"), QStringLiteral("元"), QStringLiteral("--table"),
             QStringLiteral("t06")},
            {QStringLiteral("check"), file},
            {QStringLiteral("check"), file, QStringLiteral("--format"), QStringLiteral("json")},
            {QStringLiteral("export-json"), file},
        };
        for (const QStringList &c : commands) {
            INFO(u8(c.join(QLatin1Char(' '))));
            ok(c);
            CHECK(fa::test::readBytes(file) == before);
            CHECK(listing(dir.path()) == files);
        }
    }
}

TEST_CASE("cli: export-json, import-json, export-json is byte-identical", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const QString &name : {kBigdata, kCac}) {
        INFO(u8(name));
        const QString file = imported(dir, name);
        const QByteArray first = ok({QStringLiteral("export-json"), file}).out;
        // The same bytes the library writes for the sample.
        CHECK(first == fa::writeInterchange(fa::test::sampleData(name)));

        const QString json = dir.filePath(name + QStringLiteral("-export.json"));
        writeFile(json, first);
        const QString again = dir.filePath(name + QStringLiteral("-again.fadb"));
        ok({QStringLiteral("import-json"), json, again});
        const QByteArray second = ok({QStringLiteral("export-json"), again}).out;
        CHECK(second == first);
    }
    // import-json does not replace a file unless --force.
    const QString target = dir.filePath(kCac + QStringLiteral(".fadb"));
    const QByteArray before = fa::test::readBytes(target);
    expectUnusable(cli({QStringLiteral("import-json"), samplePath(kBigdata), target}), {});
    CHECK(fa::test::readBytes(target) == before);
    ok({QStringLiteral("import-json"), samplePath(kBigdata), target, QStringLiteral("--force")});
    CHECK(parseJson(ok({QStringLiteral("export-json"), target}).out).value(QStringLiteral("unit")).toObject()
              .value(QStringLiteral("name")).toString() == QStringLiteral("南阳市政务大数据中心"));
}

TEST_CASE("cli: unusable files give exit 2 and one line on stderr", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString text = dir.filePath(QStringLiteral("text.fadb"));
    writeFile(text, QByteArrayLiteral("This is not a database.\n"));
    const QString empty = dir.filePath(QStringLiteral("empty.fadb"));
    writeFile(empty, QByteArray());
    const QString json = dir.filePath(QStringLiteral("sample.fadb"));
    writeFile(json, fa::test::readBytes(samplePath(kCac)));
    const QString missing = dir.filePath(QStringLiteral("missing.fadb"));
    const QStringList files = listing(dir.path());

    for (const QString &file : {text, empty, json, missing}) {
        const QString base = QFileInfo(file).fileName();
        const QByteArray before = QFile::exists(file) ? fa::test::readBytes(file) : QByteArray();
        for (const QStringList &c : QList<QStringList>{
                 {QStringLiteral("show"), file},
                 {QStringLiteral("show"), file, QStringLiteral("--format"), QStringLiteral("json")},
                 {QStringLiteral("check"), file},
                 {QStringLiteral("export-json"), file},
                 {QStringLiteral("set"), file, QStringLiteral("t01/29/决算数"), QStringLiteral("1")}}) {
            INFO(u8(c.join(QLatin1Char(' '))));
            expectUnusable(cli(c), base);
            CHECK(listing(dir.path()) == files);
            if (file != missing)
                CHECK(fa::test::readBytes(file) == before);
        }
    }
    CHECK_FALSE(QFile::exists(missing));

    // Usage errors.
    expectUnusable(cli({QStringLiteral("frobnicate")}), QStringLiteral("frobnicate"));
    expectUnusable(cli({QStringLiteral("show"), text, QStringLiteral("--bogus")}), QStringLiteral("--bogus"));
}

TEST_CASE("cli: import-json refuses unknown keys and creates nothing", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QJsonObject o = parseJson(fa::test::readBytes(samplePath(kCac)));
    o.insert(QStringLiteral("valuse"), QJsonObject());
    const QString json = dir.filePath(QStringLiteral("typo.json"));
    writeFile(json, QJsonDocument(o).toJson());
    const QString out = dir.filePath(QStringLiteral("typo.fadb"));
    expectUnusable(cli({QStringLiteral("import-json"), json, out}), QStringLiteral("valuse"));
    CHECK_FALSE(QFile::exists(out));
    CHECK(listing(dir.path()) == QStringList{QStringLiteral("typo.json")});

    // A derived address names the address; a missing input names the file.
    QJsonObject d = parseJson(fa::test::readBytes(samplePath(kCac)));
    QJsonObject values = d.value(QStringLiteral("values")).toObject();
    values.insert(QStringLiteral("t01/27/决算数"), QStringLiteral("1.00"));
    d.insert(QStringLiteral("values"), values);
    writeFile(json, QJsonDocument(d).toJson());
    expectUnusable(cli({QStringLiteral("import-json"), json, out}), QStringLiteral("t01/27/决算数"));
    CHECK_FALSE(QFile::exists(out));
    expectUnusable(cli({QStringLiteral("import-json"), dir.filePath(QStringLiteral("nope.json")), out}),
                   QStringLiteral("nope.json"));
    CHECK(listing(dir.path()) == QStringList{QStringLiteral("typo.json")});
}

TEST_CASE("cli: output that cannot be written gives exit 2 and one line on stderr", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString big = imported(dir, kBigdata);
    // A document whose check finds errors: a failed write is 2, not check's 1.
    const QString unbalanced = imported(dir, kCac);
    ok({QStringLiteral("set"), unbalanced, QStringLiteral("t04/1/金额"), QStringLiteral("900")});
    REQUIRE(cli({QStringLiteral("check"), unbalanced}).exitCode == 1);
    const QByteArray before = fa::test::readBytes(big);

    const QString full = QStringLiteral("/dev/full");
    REQUIRE(QFile::exists(full));
    for (const QStringList &c : QList<QStringList>{
             {QStringLiteral("export-json"), big},
             {QStringLiteral("show"), big},
             {QStringLiteral("show"), big, QStringLiteral("--format"), QStringLiteral("json")},
             {QStringLiteral("show"), big, QStringLiteral("--table"), QStringLiteral("t09")},
             {QStringLiteral("check"), big},
             {QStringLiteral("check"), big, QStringLiteral("--format"), QStringLiteral("json")},
             {QStringLiteral("check"), unbalanced},
             {QStringLiteral("check"), unbalanced, QStringLiteral("--format"), QStringLiteral("json")},
             {QStringLiteral("set"), unbalanced, QStringLiteral("t04/1/金额"), QStringLiteral("901")},
             {QStringLiteral("help")},
             {}}) {
        INFO(u8(c.join(QLatin1Char(' '))) << " > /dev/full");
        expectUnusable(cliRedirected(c, stdoutTo(full)), {});
    }
    CHECK(fa::test::readBytes(big) == before);
    // A command that fails anyway still says one thing only.
    expectUnusable(cliRedirected({QStringLiteral("show"), dir.filePath(QStringLiteral("missing.fadb"))}, stdoutTo(full)),
                   QStringLiteral("missing.fadb"));
}

TEST_CASE("cli: output cut short by a full file system gives exit 2", "[cli]")
{
    if (::geteuid() != 0) {
        WARN("Skipped: mounting a small tmpfs needs root.");
        return;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString json = dir.filePath(QStringLiteral("large.json"));
    writeFile(json, largeDocumentJson());
    const QString large = dir.filePath(QStringLiteral("large.fadb"));
    ok({QStringLiteral("import-json"), json, large});

    const QString small = dir.filePath(QStringLiteral("small"));
    REQUIRE(QDir().mkdir(small));
    const QByteArray mountPoint = QFile::encodeName(small);
    if (::mount("tmpfs", mountPoint.constData(), "tmpfs", 0, "size=64k") != 0) {
        WARN("Skipped: cannot mount a tmpfs: " << std::strerror(errno));
        return;
    }
    // Unmounted before the temporary directory is removed.
    struct Unmount {
        QByteArray path;
        ~Unmount() { ::umount2(path.constData(), MNT_DETACH); }
    } unmount{mountPoint};

    const QString target = small + QStringLiteral("/out.txt");
    const qint64 room = 64 * 1024;
    for (const QStringList &c : QList<QStringList>{
             {QStringLiteral("export-json"), large},
             {QStringLiteral("show"), large},
             {QStringLiteral("show"), large, QStringLiteral("--format"), QStringLiteral("json")},
             {QStringLiteral("check"), large},
             {QStringLiteral("check"), large, QStringLiteral("--format"), QStringLiteral("json")}}) {
        INFO(u8(c.join(QLatin1Char(' '))) << " > a full tmpfs");
        // The whole output is larger than the file system.
        const RunResult whole = cli(c);
        INFO(describe(whole));
        REQUIRE(whole.exitCode == (c.first() == QLatin1String("check") ? 1 : 0));
        REQUIRE(whole.out.size() > 2 * room);

        expectUnusable(cliRedirected(c, stdoutTo(target)), {});
        // What did reach the file is a cut-off start of the output.
        const QByteArray written = fa::test::readBytes(target);
        CHECK(written.size() <= room);
        CHECK(whole.out.startsWith(written));
        REQUIRE(QFile::remove(target));
    }
}

TEST_CASE("cli: import-json stops reading a stream at the size limit", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("out.fadb"));
    const qint64 limit = fa::kMaxInterchangeSize;

    // An endless input: refused once past the limit, in bounded memory (a read to the end would exhaust the
    // address-space limit and abort).
    Redirect bounded;
    bounded.addressSpace = rlim_t(limit) * 16;
    const RunResult zero = cliRedirected({QStringLiteral("import-json"), QStringLiteral("/dev/zero"), out}, bounded);
    expectUnusable(zero, QStringLiteral("/dev/zero"));
    CHECK_FALSE(QFile::exists(out));

    // One byte over the limit through a pipe: the same refusal as for a file of that size, whose size is known
    // before reading.
    QByteArray over(limit + 1, ' ');
    over[limit] = '{';
    const QString overFile = dir.filePath(QStringLiteral("over.json"));
    writeFile(overFile, over);
    Redirect fromFile;
    fromFile.stdinFile = overFile;
    const RunResult sized = cliRedirected({QStringLiteral("import-json"), QStringLiteral("/dev/stdin"), out}, fromFile);
    expectUnusable(sized, QStringLiteral("/dev/stdin"));
    REQUIRE(QFile::remove(overFile));
    Redirect piped;
    piped.input = over;
    piped.addressSpace = bounded.addressSpace;
    const RunResult stream = cliRedirected({QStringLiteral("import-json"), QStringLiteral("/dev/stdin"), out}, piped);
    expectUnusable(stream, QStringLiteral("/dev/stdin"));
    CHECK(stream.err == sized.err);
    CHECK(zero.err == QString::fromUtf8(sized.err).replace(QStringLiteral("/dev/stdin"), QStringLiteral("/dev/zero")).toUtf8());
    CHECK_FALSE(QFile::exists(out));

    // Far more than the limit through a pipe: the reading stops at the limit, the rest is never taken.
    QByteArray flood(3 * limit, ' ');
    qint64 taken = 0;
    piped.input = flood;
    piped.inputTaken = &taken;
    expectUnusable(cliRedirected({QStringLiteral("import-json"), QStringLiteral("/dev/stdin"), out}, piped),
                   QStringLiteral("/dev/stdin"));
    CHECK(taken > limit);
    CHECK(taken < 2 * limit);
    flood.clear();
    piped.inputTaken = nullptr;
    CHECK_FALSE(QFile::exists(out));

    // Exactly at the limit a document still comes through a pipe.
    QByteArray atLimit = fa::test::readBytes(samplePath(kCac));
    REQUIRE(atLimit.size() < limit);
    atLimit.append(QByteArray(limit - atLimit.size(), ' '));
    piped.input = atLimit;
    const RunResult accepted = cliRedirected({QStringLiteral("import-json"), QStringLiteral("/dev/stdin"), out}, piped);
    INFO(describe(accepted));
    REQUIRE(accepted.exitCode == 0);
    CHECK(ok({QStringLiteral("export-json"), out}).out == fa::writeInterchange(fa::test::sampleData(kCac)));
    CHECK(listing(dir.path()) == QStringList{QStringLiteral("out.fadb")});
}

TEST_CASE("cli: performance prints every 绩效自评 table with its typed and computed scores", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = imported(dir, kCac);
    const RunResult r = cli({QStringLiteral("performance"), file, QStringLiteral("--format"), QStringLiteral("json")});
    INFO(describe(r));
    REQUIRE(r.exitCode == 0);
    const QJsonArray list = parseJson(r.out).value(QStringLiteral("evaluations")).toArray();
    REQUIRE(list.size() == 15);
    // Seed 000's 部门整体 table: 803.42 of 888.43 is 90.43 %, 9.04 of its 10 points, where it typed 10;
    // its indicators as typed give 98.79 in all, where it typed 99.75.
    const QJsonObject dept = list.at(0).toObject();
    CHECK(dept.value(QStringLiteral("kind")).toString() == QStringLiteral("department"));
    const QJsonObject ex = dept.value(QStringLiteral("execution")).toObject();
    CHECK(ex.value(QStringLiteral("rate")).toString() == QStringLiteral("90.43%"));
    CHECK(ex.value(QStringLiteral("score")).toString() == QStringLiteral("9.04"));
    CHECK(ex.value(QStringLiteral("differs")).toBool());
    const QJsonObject total = dept.value(QStringLiteral("total")).toObject();
    CHECK(total.value(QStringLiteral("typed")).toString() == QStringLiteral("99.75"));
    CHECK(total.value(QStringLiteral("computed")).toString() == QStringLiteral("98.79"));
    CHECK(total.value(QStringLiteral("differs")).toBool());
    // The text form marks the same two.
    const RunResult t = cli({QStringLiteral("performance"), file});
    REQUIRE(t.exitCode == 0);
    CHECK(QString::fromUtf8(t.out).contains(QStringLiteral("≠ 总分 99.75 → 98.79 (优)")));
}

TEST_CASE("cli: no export or import replaces the document it reads", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString doc = imported(dir, kCac);
    const QByteArray bytes = fa::test::readBytes(doc);
    const QStringList before = listing(dir.path());
    for (const char *command : {"export-xlsx", "export-pdf", "export-odt"}) {
        INFO(command);
        expectUnusable(cli({QString::fromLatin1(command), doc, doc}), QString());
        // …nor any other document of this program.
        const QString other = dir.filePath(QStringLiteral("other.fadb"));
        QFile::copy(doc, other);
        expectUnusable(cli({QString::fromLatin1(command), doc, other}), QString());
        CHECK(fa::test::readBytes(other) == bytes);
        QFile::remove(other);
    }
    // The cell map is an output: never the document, never the workbook.
    const QString xlsx = dir.filePath(QStringLiteral("out.xlsx"));
    expectUnusable(cli({QStringLiteral("export-xlsx"), doc, xlsx, QStringLiteral("--cell-map"), doc}), QStringLiteral("--cell-map"));
    expectUnusable(cli({QStringLiteral("export-xlsx"), doc, xlsx, QStringLiteral("--cell-map"), xlsx}), QStringLiteral("--cell-map"));
    // A map that cannot be written leaves no workbook behind.
    expectUnusable(cli({QStringLiteral("export-xlsx"), doc, xlsx, QStringLiteral("--cell-map"),
                        dir.filePath(QStringLiteral("missing/map.json"))}),
                   QString());
    CHECK(listing(dir.path()) == before);
    CHECK(fa::test::readBytes(doc) == bytes);

    // import-json onto its own input, even with --force.
    const QString json = dir.filePath(QStringLiteral("in.json"));
    REQUIRE(QFile::copy(samplePath(kCac), json));
    const QByteArray jsonBytes = fa::test::readBytes(json);
    expectUnusable(cli({QStringLiteral("import-json"), json, json, QStringLiteral("--force")}), QString());
    CHECK(fa::test::readBytes(json) == jsonBytes);
}

TEST_CASE("cli: set and import-json leave alone a document an editor has open", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString doc = imported(dir, kCac);
    const QByteArray bytes = fa::test::readBytes(doc);
    {
        // This process plays the editor: it holds the editor's lock, as the editor does.
        QLockFile editor(fa::editorLockPath(QFileInfo(doc).canonicalFilePath()));
        REQUIRE(editor.tryLock(0));
        const RunResult set = cli({QStringLiteral("set"), doc, QStringLiteral("t03/2013303/基本支出"), QStringLiteral("1")});
        expectUnusable(set, QString::number(QCoreApplication::applicationPid()));
        expectUnusable(cli({QStringLiteral("import-json"), samplePath(kBigdata), doc, QStringLiteral("--force")}), QString());
        CHECK(fa::test::readBytes(doc) == bytes);
    }
    // Once the editor is gone, set works and leaves no lock behind.
    ok({QStringLiteral("set"), doc, QStringLiteral("t03/2013303/基本支出"), QStringLiteral("1")});
    CHECK(listing(dir.path()) == QStringList{QFileInfo(doc).fileName()});
}

TEST_CASE("cli: a compilation date must be a real month after the accounts' year", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("new.fadb"));
    auto args = [&](const QString &compiled) {
        return QStringList{QStringLiteral("new"), out, QStringLiteral("--name"), QStringLiteral("X"),
                           QStringLiteral("--scope"), QStringLiteral("单位"), QStringLiteral("--type"),
                           QStringLiteral("事业单位"), QStringLiteral("--year"), QStringLiteral("2024"),
                           QStringLiteral("--compiled"), compiled};
    };
    for (const char *bad : {"2025-13", "2025-00", "abc", "2025-9", "1900-01", "2023-09", "2027-01"}) {
        INFO(bad);
        expectUnusable(cli(args(QString::fromLatin1(bad))), QString());
        CHECK_FALSE(QFile::exists(out));
    }
    ok(args(QStringLiteral("2025-09")));
    // import-json holds it to the same rule.
    QByteArray json = fa::test::readBytes(samplePath(kCac));
    REQUIRE(json.contains("\"compiled\": \"2025-09\""));
    json.replace("\"compiled\": \"2025-09\"", "\"compiled\": \"2025-13\"");
    const QString in = dir.filePath(QStringLiteral("bad.json"));
    writeFile(in, json);
    expectUnusable(cli({QStringLiteral("import-json"), in, dir.filePath(QStringLiteral("b.fadb"))}), QStringLiteral("compiled"));
}
