// final-accounts-cli: batch work on final-accounts documents over the same core as the editor.

#include "documentfile.h"
#include "fingerprint.h"
#include "glossary.h"
#include "interchange.h"
#include "outputfile.h"
#include "narrative.h"
#include "performance.h"
#include "printdocument.h"
#include "report.h"
#include "store.h"
#include "xlsxexport.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>
#include <QFile>
#include <QFileDevice>
#include <QFileInfo>
#include <QLockFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QSaveFile>
#include <QTextStream>
#include <QTranslator>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <map>

#include <fcntl.h>
#include <unistd.h>

using namespace fa;

namespace {

enum Exit { Ok = 0, Findings = 1, Unusable = 2 };

// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

// Whether a line has gone to stderr: the user is told one thing, the first.
bool errorPrinted = false;

void printError(const QString &message)
{
    errorPrinted = true;
    QTextStream err(stderr);
    err << QStringLiteral("final-accounts-cli: ") << QString(message).replace(QLatin1Char('\n'), QLatin1Char(' '))
        << QLatin1Char('\n');
}

int fail(const QString &message)
{
    out().flush();
    printError(message);
    return Unusable;
}

// Flushes and closes stdout and reports whether everything printed reached it: a full disk, /dev/full or a
// failing pipe must not end in success with a cut output. The empty string when it did, else the reason.
QString closeOutput()
{
    QString reason;
    auto note = [&reason](const QString &why) {
        if (reason.isEmpty())
            reason = why.isEmpty() ? Tr::tr("write error") : why;
    };
    auto *device = qobject_cast<QFileDevice *>(out().device());
    out().flush();
    if (out().status() != QTextStream::Ok)
        note(device && device->error() != QFileDevice::NoError ? device->errorString() : QString());
    // The stream's QFile wraps stdout without owning it: closing the QFile leaves stdout open, and the
    // stream's own destructor at exit then has nothing left to flush.
    if (device)
        device->close();
    errno = 0;
    if (std::fflush(stdout) != 0 || std::ferror(stdout))
        note(errno ? QString::fromLocal8Bit(std::strerror(errno)) : QString());
    // A deferred error (e.g. of a network file system) shows only when the descriptor is closed.
    errno = 0;
    if (std::fclose(stdout) != 0)
        note(errno ? QString::fromLocal8Bit(std::strerror(errno)) : QString());
    return reason;
}

// Every way out of main goes through here: a failed write of the output turns any result, "check"'s 1
// included, into exit 2 with one line on stderr (none more when a failure has already been reported).
int finish(int rc)
{
    const QString reason = closeOutput();
    if (reason.isEmpty())
        return rc;
    if (!errorPrinted)
        printError(Tr::tr("The output could not be written: %1").arg(reason));
    return Unusable;
}

QString usage()
{
    return Tr::tr("Usage:\n"
              "  final-accounts-cli import-json IN.json OUT.fadb [--force]\n"
              "  final-accounts-cli export-json FILE\n"
              "  final-accounts-cli show FILE [--table t01…t09] [--unit 元|万元] [--format text|json]\n"
              "  final-accounts-cli check FILE [--format text|json]\n"
              "  final-accounts-cli new OUT.fadb --name NAME --scope 部门|单位 --type TYPE --year 2024 [--compiled YYYY-MM]\n"
              "  final-accounts-cli set FILE ADDRESS AMOUNT [--unit 元|万元]   (an empty AMOUNT clears the cell)\n"
              "  final-accounts-cli export-xlsx FILE OUT.xlsx [--unit 元|万元] [--cell-map MAP.json]   (MAP.json: written, where each amount is)\n"
              "  final-accounts-cli text FILE [--format text|json]   (parts 1, 3 and 4: 概况, 情况说明, 名词解释)\n"
              "  final-accounts-cli performance FILE [--format text|json]   (绩效自评: typed and computed scores)\n"
              "  final-accounts-cli export-pdf FILE OUT.pdf [--unit 元|万元]   (the whole document, printable)\n"
              "  final-accounts-cli export-odt FILE OUT.odt [--unit 元|万元]   (the whole document, editable)\n"
              "  final-accounts-cli fingerprint FILE [--format text|json]   (the content's fingerprint, as printed in the footers)\n"
              "Amounts are in 万元 unless --unit says otherwise. check exits 0 without errors, 1 with errors,\n"
              "2 when the input cannot be used.\n");
}

// Arguments: positionals and "--name value" options (a lone "--force" takes no value).
struct Args {
    QStringList positional;
    std::map<QString, QString> options;
    QString error;
};

Args parseArgs(const QStringList &argv)
{
    static const QStringList withValue = {QStringLiteral("--table"), QStringLiteral("--unit"),
                                          QStringLiteral("--format"), QStringLiteral("--name"),
                                          QStringLiteral("--scope"), QStringLiteral("--type"),
                                          QStringLiteral("--year"), QStringLiteral("--compiled"),
                                          QStringLiteral("--cell-map")};
    static const QStringList flags = {QStringLiteral("--force")};
    Args a;
    for (int i = 1; i < argv.size(); ++i) {
        const QString &s = argv[i];
        if (withValue.contains(s)) {
            if (i + 1 >= argv.size()) {
                a.error = Tr::tr("%1 needs a value.").arg(s);
                return a;
            }
            a.options[s] = argv[++i];
        } else if (flags.contains(s)) {
            a.options[s] = QStringLiteral("1");
        } else if (s.startsWith(QLatin1String("--"))) {
            a.error = Tr::tr("Unknown option %1.").arg(s);
            return a;
        } else {
            a.positional << s;
        }
    }
    return a;
}

std::optional<AmountUnit> unitOption(const Args &a, QString *error)
{
    const auto it = a.options.find(QStringLiteral("--unit"));
    if (it == a.options.end())
        return AmountUnit::Wanyuan;
    const auto unit = amountUnitFromString(it->second);
    if (!unit)
        *error = Tr::tr("--unit must be 元 or 万元.");
    return unit;
}

QString formatOption(const Args &a, QString *error)
{
    const auto it = a.options.find(QStringLiteral("--format"));
    if (it == a.options.end())
        return QStringLiteral("text");
    if (it->second != QLatin1String("text") && it->second != QLatin1String("json"))
        *error = Tr::tr("--format must be text or json.");
    return it->second;
}

// The opening of the commands that read one document (FILE the only argument): the arguments and
// --format checked (`format` may be null for a command without one), the file opened read-only.
Result<std::unique_ptr<DocumentFile>> openForReading(const Args &a, QString *format)
{
    if (a.positional.size() != 2)
        return Error(Error::Code::BadValue, usage());
    if (format) {
        QString error;
        *format = formatOption(a, &error);
        if (!error.isEmpty())
            return Error(Error::Code::BadValue, error);
    }
    return DocumentFile::open(a.positional[1], Store::Mode::ReadOnly);
}

// The document of a command "NAME FILE OUT [--unit 元|万元]" (the exports), opened read-only.
// The editor's lock on a document about to be changed or replaced: held while the command
// changes it, so that an editor does not start writing meanwhile. Refused (with the editor's
// process) when an editor has the document open for writing; no lock (the open that follows says
// why) where the folder cannot be written.
Result<std::unique_ptr<QLockFile>> lockAgainstEditor(const QString &document)
{
    const QString canonical = QFileInfo(document).canonicalFilePath();
    if (canonical.isEmpty())
        return std::unique_ptr<QLockFile>();
    auto lock = std::make_unique<QLockFile>(editorLockPath(canonical));
    lock->setStaleLockTime(0); // only a lock whose editor has died is stale
    if (lock->tryLock(0))
        return lock;
    if (lock->error() != QLockFile::LockFailedError)
        return std::unique_ptr<QLockFile>();
    qint64 pid = 0;
    QString host, app;
    // Another command of this program, holding it for the moment of its change, or a lock being
    // made or removed just now (its holder not written yet): wait for it (as SQLite would for its
    // write), no longer than SQLite's busy timeout. Only a lock that names another program (the
    // editor) is refused at once.
    if (!lock->getLockInfo(&pid, &host, &app) || app.isEmpty() || app == QCoreApplication::applicationName()) {
        if (lock->tryLock(5000))
            return lock;
        return Error(Error::Code::Busy, Tr::tr("Another program is changing the document at this moment; try again in a moment."));
    }
    return Error(Error::Code::Busy, Tr::tr("%1 is open in the editor (process %2 on %3): change it there, or close it there first.")
                                        .arg(document)
                                        .arg(pid)
                                        .arg(host.isEmpty() ? QStringLiteral("?") : host));
}

Result<std::unique_ptr<DocumentFile>> openForExport(const Args &a, AmountUnit *unit)
{
    if (a.positional.size() != 3)
        return Error(Error::Code::BadValue, usage());
    QString error;
    const auto chosen = unitOption(a, &error);
    if (!error.isEmpty())
        return Error(Error::Code::BadValue, error);
    *unit = *chosen;
    return DocumentFile::open(a.positional[1], Store::Mode::ReadOnly);
}

int importJson(const Args &a)
{
    if (a.positional.size() != 3)
        return fail(usage());
    QFile in(a.positional[1]);
    if (!in.open(QIODevice::ReadOnly))
        return fail(Tr::tr("Cannot read %1: %2").arg(a.positional[1], in.errorString()));
    // A regular file's size is known up front; a pipe, /dev/stdin or a device such as /dev/zero is read in
    // chunks and refused as soon as it passes the limit, never read to its end.
    if (in.size() > kMaxInterchangeSize)
        return fail(Tr::tr("%1 is too large.").arg(a.positional[1]));
    QByteArray bytes;
    for (;;) {
        constexpr qint64 chunk = 1024 * 1024;
        const qint64 want = std::min<qint64>(chunk, kMaxInterchangeSize + 1 - bytes.size());
        const qsizetype at = bytes.size();
        bytes.resize(at + want);
        const qint64 got = in.read(bytes.data() + at, want);
        if (got < 0)
            return fail(Tr::tr("Cannot read %1: %2").arg(a.positional[1], in.errorString()));
        bytes.resize(at + got);
        if (bytes.size() > kMaxInterchangeSize)
            return fail(Tr::tr("%1 is too large.").arg(a.positional[1]));
        if (got == 0)
            break;
    }
    const auto data = readInterchange(bytes);
    if (!data)
        return fail(Tr::tr("%1: %2").arg(a.positional[1], data.error().message));
    if (sameFile(a.positional[1], a.positional[2]))
        return fail(Tr::tr("%1 is the file being imported: choose another name for the document.").arg(a.positional[2]));
    const auto lock = lockAgainstEditor(a.positional[2]);
    if (!lock)
        return fail(lock.error().message);
    if (auto e = Store::create(a.positional[2], data.value(), a.options.count(QStringLiteral("--force"))))
        return fail(e->message);
    return Ok;
}

int exportJson(const Args &a)
{
    auto opened = openForReading(a, nullptr);
    if (!opened)
        return fail(opened.error().message);
    out() << QString::fromUtf8(writeInterchange(opened.value()->document().data()));
    return Ok;
}

int show(const Args &a)
{
    if (a.positional.size() != 2)
        return fail(usage());
    QString error;
    const auto unit = unitOption(a, &error);
    const QString format = formatOption(a, &error);
    if (!error.isEmpty())
        return fail(error);
    auto opened = DocumentFile::open(a.positional[1], Store::Mode::ReadOnly);
    if (!opened)
        return fail(opened.error().message);
    const Document &doc = opened.value()->document();
    QString table;
    if (const auto it = a.options.find(QStringLiteral("--table")); it != a.options.end()) {
        table = it->second;
        if (!doc.templ().table(table))
            return fail(Tr::tr("There is no table %1 (t01 … t09, x01).").arg(table));
    }
    if (format == QLatin1String("json")) {
        out() << QString::fromUtf8(QJsonDocument(cellsJson(doc, *unit, table)).toJson(QJsonDocument::Indented));
        return Ok;
    }
    bool first = true;
    for (const TableDecl &t : doc.templ().tables) {
        if (table.isEmpty() ? !t.published : t.id != table)
            continue; // the unpublished 补充数据 only when asked for
        if (!first)
            out() << QLatin1Char('\n');
        first = false;
        out() << renderTableText(doc, t.id, *unit);
    }
    return Ok;
}

// Sends stderr to /dev/null for as long as it lives.
class StderrSilenced
{
public:
    StderrSilenced()
    {
        std::fflush(stderr);
        m_saved = ::dup(STDERR_FILENO);
        const int devNull = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
        if (m_saved >= 0 && devNull >= 0)
            ::dup2(devNull, STDERR_FILENO);
        if (devNull >= 0)
            ::close(devNull);
    }
    ~StderrSilenced()
    {
        std::fflush(stderr);
        if (m_saved >= 0) {
            ::dup2(m_saved, STDERR_FILENO);
            ::close(m_saved);
        }
    }
    StderrSilenced(const StderrSilenced &) = delete;
    StderrSilenced &operator=(const StderrSilenced &) = delete;

private:
    int m_saved = -1;
};

// The workbook of a document; with --cell-map also where each printed amount cell is in it (JSON,
// for tests and tools that read the workbook).
int exportXlsxCommand(const Args &a)
{
    XlsxOptions options;
    auto opened = openForExport(a, &options.unit);
    if (!opened)
        return fail(opened.error().message);
    const Document &doc = opened.value()->document();
    // The map (an output) first: a map that cannot be written leaves no workbook behind.
    if (const auto it = a.options.find(QStringLiteral("--cell-map")); it != a.options.end()) {
        const QString &mapPath = it->second;
        if (sameFile(mapPath, a.positional[1]) || sameFile(mapPath, a.positional[2])
            || QFileInfo(mapPath).absoluteFilePath() == QFileInfo(a.positional[2]).absoluteFilePath())
            return fail(Tr::tr("--cell-map names a file the command reads or writes: choose another name for the map."));
        if (auto refused = checkExportTarget(mapPath))
            return fail(refused->message);
        QSaveFile map(mapPath);
        if (!map.open(QIODevice::WriteOnly) || map.write(QJsonDocument(xlsxCellMap(doc)).toJson()) < 0 || !map.commit()) {
            const int err = errno;
            return fail(writeFailure(mapPath, err, map.errorString()).message);
        }
    }
    // libxlsxwriter reports its own failures on stderr (e.g. a full disk: two "[ERROR]" lines) besides
    // returning them, which exportXlsx turns into one message; the user is told one thing, once.
    auto written = [&] {
        const StderrSilenced quiet;
        return exportXlsx(doc, a.positional[2], options);
    }();
    if (!written)
        return fail(written.error().message);
    if (!written->valuesInsteadOfFormulas.isEmpty())
        out() << Tr::tr("Written as values, not formulas (a term is not printed): %1")
                     .arg(written->valuesInsteadOfFormulas.join(QStringLiteral(", ")))
              << QLatin1Char('\n');
    return Ok;
}

int check(const Args &a)
{
    QString format;
    auto opened = openForReading(a, &format);
    if (!opened)
        return fail(opened.error().message);
    const Document &doc = opened.value()->document();
    if (format == QLatin1String("json"))
        out() << QString::fromUtf8(QJsonDocument(findingsJson(doc)).toJson(QJsonDocument::Indented));
    else
        out() << findingsText(doc);
    return doc.checker().count(Severity::Error) > 0 ? Findings : Ok;
}

int newDocument(const Args &a)
{
    if (a.positional.size() != 2)
        return fail(usage());
    DocumentData data;
    auto opt = [&](const char *name) {
        const auto it = a.options.find(QString::fromLatin1(name));
        return it == a.options.end() ? QString() : it->second;
    };
    data.unit.name = opt("--name");
    data.unit.scope = opt("--scope");
    data.unit.type = opt("--type");
    data.unit.compiled = opt("--compiled");
    bool yearOk = false;
    data.unit.year = opt("--year").toInt(&yearOk);
    if (!yearOk)
        return fail(Tr::tr("--year must be a year such as 2024."));
    data.templateId = QString::number(data.unit.year);
    if (!findTemplate(data.templateId))
        return fail(Tr::tr("There is no template for %1 (known: %2).").arg(data.unit.year).arg(knownTemplates().join(QStringLiteral(", "))));
    if (auto e = validateUnit(data.unit))
        return fail(e->message);
    if (auto e = validateCompiled(data.unit.compiled, data.unit.year))
        return fail(e->message);
    if (auto e = Store::create(a.positional[1], data))
        return fail(e->message);
    return Ok;
}

int setValue(const Args &a)
{
    if (a.positional.size() != 4)
        return fail(usage());
    QString error;
    const auto unit = unitOption(a, &error);
    if (!error.isEmpty())
        return fail(error);
    const QString &address = a.positional[2];
    std::optional<Money> value;
    if (!a.positional[3].trimmed().isEmpty()) {
        const auto parsed = Money::parse(a.positional[3], *unit, true);
        if (!parsed)
            return fail(Tr::tr("“%1”: %2").arg(a.positional[3], Money::parseErrorMessage(parsed.error)));
        value = parsed.value;
    }
    const auto lock = lockAgainstEditor(a.positional[1]);
    if (!lock)
        return fail(lock.error().message);
    auto opened = DocumentFile::open(a.positional[1], Store::Mode::ReadWrite);
    if (!opened)
        return fail(opened.error().message);
    if (auto changed = opened.value()->setValue(address, value); !changed)
        return fail(changed.error().message);
    const Document &doc = opened.value()->document();
    const CellId id = doc.engine().find(address);
    out() << address << QStringLiteral(" = ")
          // Exactly what was stored: in 万元 with as many decimals as it has, not rounded as published.
          << (!value                           ? Tr::tr("(blank)")
              : *unit == AmountUnit::Wanyuan ? doc.engine().value(id).toExactWanyuanString()
                                             : doc.engine().value(id).toString(*unit, Money::Grouping::Thousands))
          << QLatin1Char(' ') << amountUnitName(*unit) << QLatin1Char('\n');
    return Ok;
}

void installTranslations(QCoreApplication &app)
{
    // Simplified Chinese unless the environment asks for English.
    for (const char *var : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QByteArray v = qgetenv(var);
        if (v.isEmpty())
            continue;
        if (v.startsWith("en"))
            return;
        break;
    }
    auto *translator = new QTranslator(&app);
    if (translator->load(QStringLiteral(":/i18n/final-accounts_zh_CN.qm")))
        app.installTranslator(translator);
}

} // namespace

// Parts 1, 3 and 4 of the document: 概况, 情况说明 (generated or typed) and 名词解释.
int textCommand(const Args &a)
{
    QString format;
    auto opened = openForReading(a, &format);
    if (!opened)
        return fail(opened.error().message);
    const Document &doc = opened.value()->document();
    const DocumentData &data = doc.data();
    auto textOf = [&](const char *key) {
        const auto it = data.texts.find(QString::fromUtf8(key));
        return it == data.texts.end() ? QString() : it->second;
    };
    const std::vector<ExplanationSection> sections = explanation(doc);
    const std::vector<GlossaryEntry> glossary = documentGlossary(doc);
    if (format == QLatin1String("json")) {
        static const char *const kinds[] = {"pattern", "amount", "percent", "count", "typed"};
        QJsonObject overview;
        overview.insert(QStringLiteral("duties"), textOf("overview/duties"));
        overview.insert(QStringLiteral("organisation"), textOf("overview/organisation"));
        QJsonArray part3;
        for (const ExplanationSection &s : sections) {
            QJsonArray paragraphs;
            for (const Paragraph &p : s.paragraphs) {
                QJsonArray runs;
                for (const TextRun &r : p.runs) {
                    QJsonObject o;
                    o.insert(QStringLiteral("kind"), QString::fromLatin1(kinds[int(r.kind)]));
                    o.insert(QStringLiteral("text"), r.text);
                    if (!r.key.isEmpty())
                        o.insert(QStringLiteral("key"), r.key);
                    if (!r.address.isEmpty())
                        o.insert(QStringLiteral("address"), r.address);
                    runs.append(o);
                }
                paragraphs.append(QJsonObject{{QStringLiteral("text"), p.text()}, {QStringLiteral("runs"), runs}});
            }
            part3.append(QJsonObject{{QStringLiteral("number"), s.number},
                                     {QStringLiteral("title"), s.title},
                                     {QStringLiteral("typed"), s.typed},
                                     {QStringLiteral("paragraphs"), paragraphs}});
        }
        QJsonArray part4;
        for (const GlossaryEntry &g : glossary) {
            part4.append(QJsonObject{{QStringLiteral("term"), g.term},
                                     {QStringLiteral("code"), g.code},
                                     {QStringLiteral("definition"), g.definition},
                                     {QStringLiteral("placeholder"), g.placeholder},
                                     {QStringLiteral("section"), g.section}});
        }
        QJsonObject root{{QStringLiteral("overview"), overview},
                         {QStringLiteral("explanation"), part3},
                         {QStringLiteral("glossary"), part4}};
        out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return Ok;
    }
    const UnitInfo &unit = data.unit;
    out() << QStringLiteral("第一部分 %1概况\n").arg(unit.name);
    out() << QStringLiteral("一、%1职责\n").arg(unit.scope) << textOf("overview/duties").trimmed() << QLatin1Char('\n');
    out() << QStringLiteral("二、机构设置\n") << textOf("overview/organisation").trimmed() << QLatin1Char('\n');
    out() << QStringLiteral("\n第三部分 %1年度%2决算情况说明\n").arg(unit.year).arg(unit.scope);
    out() << explanationText(doc);
    out() << QStringLiteral("\n第四部分 名词解释\n") << glossaryText(doc);
    return Ok;
}

// The 绩效自评 tables: what each prints beside what the rules give.
int performanceCommand(const Args &a)
{
    QString format;
    auto opened = openForReading(a, &format);
    if (!opened)
        return fail(opened.error().message);
    const std::vector<Evaluation> &list = opened.value()->document().data().evaluations;
    auto points = [](const std::optional<Points> &p) { return p ? p->toString() : QString(); };
    auto range = [](const ScoreRange &r) {
        return r.isExact() ? r.low.toString() : QStringLiteral("%1–%2").arg(r.low.toString(), r.high.toString());
    };
    // A typed score the rule's score (or band) does not allow.
    auto differs = [](const std::optional<Points> &typed, bool computable, const ScoreRange &r) {
        return typed && computable && (*typed < r.low || *typed > r.high);
    };
    QJsonArray json;
    QString text;
    for (const Evaluation &e : list) {
        const EvaluationScores s = scoreEvaluation(e);
        const bool department = e.kind == Evaluation::Kind::Department;
        QJsonObject o{{QStringLiteral("name"), e.name},
                      {QStringLiteral("kind"), department ? QStringLiteral("department") : QStringLiteral("project")}};
        text += QStringLiteral("%1 %2\n").arg(department ? Tr::tr("[部门整体]") : Tr::tr("[项目]"), e.name);
        const FundRow *total = e.funds.empty() ? nullptr : &e.funds.front();
        QJsonObject ex;
        ex.insert(QStringLiteral("typed_score"), total ? points(total->score) : QString());
        if (s.execution && s.execution->computable) {
            const QString rate = s.execution->rate ? s.execution->rate->toString(Percent::Style::WithPercentSign) : QString();
            const bool off = total && total->score && *total->score != s.execution->score;
            ex.insert(QStringLiteral("rate"), rate);
            ex.insert(QStringLiteral("score"), s.execution->score.toString());
            ex.insert(QStringLiteral("differs"), off);
            text += Tr::tr("%1 执行率 %2 → %3 (typed %4)\n")
                        .arg(off ? QStringLiteral("≠") : QStringLiteral(" "), rate, s.execution->score.toString(),
                             total && total->score ? total->score->toString() : Tr::tr("none"));
        } else {
            text += Tr::tr("  执行率: not computable from the 资金 rows\n");
        }
        o.insert(QStringLiteral("execution"), ex);
        QJsonArray indicators;
        for (std::size_t i = 0; i < e.indicators.size(); ++i) {
            const Indicator &ind = e.indicators[i];
            const IndicatorScore &sc = s.indicators[i];
            const bool off = differs(ind.score, sc.computable, sc.range);
            QJsonObject io{{QStringLiteral("level3"), ind.level3},
                           {QStringLiteral("target"), ind.target},
                           {QStringLiteral("actual"), ind.actual},
                           {QStringLiteral("weight"), points(ind.weight)},
                           {QStringLiteral("typed"), points(ind.score)},
                           {QStringLiteral("computable"), sc.computable},
                           {QStringLiteral("differs"), off},
                           {QStringLiteral("explanation"), sc.explanation}};
            if (sc.computable)
                io.insert(QStringLiteral("computed"), range(sc.range));
            indicators.append(io);
            text += QStringLiteral("  %1 %2 | %3 → %4 | %5 %6 / %7%8\n")
                        .arg(off ? QStringLiteral("≠") : QStringLiteral(" "), ind.level3, ind.target, ind.actual,
                             points(ind.score), sc.computable ? range(sc.range) : QStringLiteral("?"), points(ind.weight),
                             sc.computable ? QString() : QStringLiteral("  (") + sc.explanation + QLatin1Char(')'));
        }
        o.insert(QStringLiteral("indicators"), indicators);
        const QString grade = s.total.lowest == s.total.highest
                                  ? gradeName(s.total.lowest)
                                  : gradeName(s.total.lowest) + QStringLiteral("–") + gradeName(s.total.highest);
        o.insert(QStringLiteral("total"), QJsonObject{{QStringLiteral("typed"), points(e.totalScore)},
                                                      {QStringLiteral("computed"), range(s.total.range)},
                                                      {QStringLiteral("complete"), s.total.complete},
                                                      {QStringLiteral("grade"), grade},
                                                      {QStringLiteral("differs"), differs(e.totalScore, true, s.total.range)}});
        text += Tr::tr("%1 总分 %2 → %3 (%4)%5\n\n")
                    .arg(differs(e.totalScore, true, s.total.range) ? QStringLiteral("≠") : QStringLiteral(" "),
                         points(e.totalScore), range(s.total.range), grade,
                         s.total.complete ? QString() : Tr::tr(", %1 parts not computable").arg(s.total.unknownParts));
        json.append(o);
    }
    if (format == QLatin1String("json"))
        out() << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("evaluations"), json}}).toJson(QJsonDocument::Indented));
    else
        out() << text;
    return Ok;
}

// The whole document as a PDF laid out like the published ones, or as an editable ODT (core/print).
int exportDocumentCommand(const Args &a, bool odt)
{
    print::PrintOptions options;
    auto opened = openForExport(a, &options.unit);
    if (!opened)
        return fail(opened.error().message);
    const Document &doc = opened.value()->document();
    const Status written = odt ? print::writeOdt(doc, a.positional[2], options)
                               : print::writePdf(print::layoutDocument(doc, options), a.positional[2]);
    return written ? fail(written->message) : Ok;
}

// Commands that lay text out need fonts, hence a QGuiApplication (offscreen: no display needed).
bool needsGui(int argc, char **argv)
{
    return argc > 1 && (qstrcmp(argv[1], "export-pdf") == 0 || qstrcmp(argv[1], "export-odt") == 0);
}

// The fingerprint of the document's content (fingerprint.h), one line.
int fingerprintCommand(const Args &a)
{
    QString format;
    auto opened = openForReading(a, &format);
    if (!opened)
        return fail(opened.error().message);
    const QString fingerprint = documentFingerprint(opened.value()->document());
    if (format == QLatin1String("json"))
        out() << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("fingerprint"), fingerprint},
                                                             {QStringLiteral("definition"), QString::fromLatin1(kFingerprintVersion)}})
                                       .toJson(QJsonDocument::Indented));
    else
        out() << fingerprint << QLatin1Char('\n');
    return Ok;
}

int main(int argc, char **argv)
{
    if (needsGui(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The GUI platform (for fonts) warns that XDG_RUNTIME_DIR is not set on a server or in CI: not the
    // user's concern, and stderr is for what went wrong.
    static QtMessageHandler previous = qInstallMessageHandler(nullptr);
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
        if (type == QtWarningMsg && message.contains(QLatin1String("XDG_RUNTIME_DIR")))
            return;
        if (previous)
            previous(type, context, message);
    });
    std::unique_ptr<QCoreApplication> application =
        needsGui(argc, argv) ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("final-accounts-cli"));
    installTranslations(app);

    const Args args = parseArgs(QCoreApplication::arguments());
    if (!args.error.isEmpty())
        return finish(fail(args.error));
    if (args.positional.isEmpty()) {
        out() << usage();
        return finish(Unusable);
    }
    const QString command = args.positional.first();
    int rc;
    if (command == QLatin1String("import-json"))
        rc = importJson(args);
    else if (command == QLatin1String("export-json"))
        rc = exportJson(args);
    else if (command == QLatin1String("show"))
        rc = show(args);
    else if (command == QLatin1String("check"))
        rc = check(args);
    else if (command == QLatin1String("new"))
        rc = newDocument(args);
    else if (command == QLatin1String("set"))
        rc = setValue(args);
    else if (command == QLatin1String("export-xlsx"))
        rc = exportXlsxCommand(args);
    else if (command == QLatin1String("text"))
        rc = textCommand(args);
    else if (command == QLatin1String("performance"))
        rc = performanceCommand(args);
    else if (command == QLatin1String("export-pdf"))
        rc = exportDocumentCommand(args, false);
    else if (command == QLatin1String("export-odt"))
        rc = exportDocumentCommand(args, true);
    else if (command == QLatin1String("fingerprint"))
        rc = fingerprintCommand(args);
    else if (command == QLatin1String("help") || command == QLatin1String("--help")) {
        out() << usage();
        rc = Ok;
    } else
        rc = fail(Tr::tr("Unknown command “%1”.").arg(command) + QLatin1Char(' ') + usage());
    return finish(rc);
}
