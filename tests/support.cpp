#include "support.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>

namespace fa::test {

Applied apply(Document &doc, const Batch &batch)
{
    auto r = doc.apply(batch);
    INFO((r ? QString() : r.error().message).toStdString());
    REQUIRE(r.ok());
    return std::move(r.value());
}

ChangeSet set(Document &doc, const QString &address, std::optional<Money> value)
{
    return apply(doc, {Edit::setValue(address, value)}).changes;
}

QString sourcePath(const QString &relative)
{
    return QStringLiteral(FA_SOURCE_DIR "/") + relative;
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

DocumentData sampleData(const QString &name)
{
    const auto data = readInterchange(readBytes(sourcePath(QStringLiteral("resources/samples/%1.json").arg(name))));
    INFO((data ? QString() : data.error().message).toStdString());
    REQUIRE(data.ok());
    return data.value();
}

std::unique_ptr<Document> sampleDocument(const QString &name)
{
    auto doc = Document::create(sampleData(name));
    REQUIRE(doc.ok());
    return std::move(doc.value());
}

RunResult run(const QString &program, const QStringList &args, const QByteArray &input)
{
    QProcess p;
    p.setProgram(program);
    p.setArguments(args);
    p.start();
    REQUIRE(p.waitForStarted());
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

RunResult runCli(const QStringList &args)
{
    return run(QStringLiteral(FA_CLI), args);
}

void killWriterAfterChange(const QString &path, const QString &address, const QString &amount)
{
    QProcess writer;
    writer.start(QStringLiteral(FA_CRASH_HELPER), {path, address, amount});
    REQUIRE(writer.waitForStarted());
    while (!writer.canReadLine()) {
        REQUIRE(writer.state() == QProcess::Running);
        REQUIRE(writer.waitForReadyRead(30000));
    }
    REQUIRE(writer.readLine() == QByteArrayLiteral("done\n"));
    writer.kill(); // SIGKILL: no destructor, no checkpoint, no clean close
    REQUIRE(writer.waitForFinished(30000));
    CHECK(writer.exitStatus() == QProcess::CrashExit);
    REQUIRE(QFile::exists(path + QStringLiteral("-wal")));
}

} // namespace fa::test
