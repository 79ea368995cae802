// The JSON interchange form (INTERCHANGE.md): strict reading, deterministic writing.

#include "support.h"

#include "documentdata.h"
#include "error.h"
#include "interchange.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <string>

using fa::AmountUnit;
using fa::DocumentData;
using fa::Error;

namespace {

const QString kBigdata = QStringLiteral("nanyang-bigdata-2024");
const QString kCac = QStringLiteral("nanyang-cac-2024");

std::string u8(const QString &s)
{
    return s.toStdString();
}

const char *codeName(Error::Code c)
{
    switch (c) {
    case Error::Code::None: return "None";
    case Error::Code::FileNotFound: return "FileNotFound";
    case Error::Code::FileUnreadable: return "FileUnreadable";
    case Error::Code::NotSqlite: return "NotSqlite";
    case Error::Code::ForeignSqlite: return "ForeignSqlite";
    case Error::Code::NewerVersion: return "NewerVersion";
    case Error::Code::Corrupt: return "Corrupt";
    case Error::Code::TooLarge: return "TooLarge";
    case Error::Code::UntrustedSchema: return "UntrustedSchema";
    case Error::Code::ReadOnly: return "ReadOnly";
    case Error::Code::StaleWal: return "StaleWal";
    case Error::Code::WriteFailed: return "WriteFailed";
    case Error::Code::Busy: return "Busy";
    case Error::Code::DiskFull: return "DiskFull";
    case Error::Code::BadAddress: return "BadAddress";
    case Error::Code::DerivedCell: return "DerivedCell";
    case Error::Code::BadCode: return "BadCode";
    case Error::Code::BadAmount: return "BadAmount";
    case Error::Code::BadJson: return "BadJson";
    case Error::Code::UnknownKey: return "UnknownKey";
    case Error::Code::BadValue: return "BadValue";
    case Error::Code::Overflow: return "Overflow";
    }
    return "?";
}

QByteArray sampleBytes(const QString &name)
{
    return fa::test::readBytes(fa::test::sourcePath(QStringLiteral("resources/samples/%1.json").arg(name)));
}

QJsonObject sampleObject(const QString &name)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(sampleBytes(name), &err);
    REQUIRE(err.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

QByteArray bytesOf(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

// Replaces root[key][inner] (a member of a nested object).
void setInner(QJsonObject &root, const QString &key, const QString &inner, const QJsonValue &value)
{
    QJsonObject o = root.value(key).toObject();
    o.insert(inner, value);
    root.insert(key, o);
}

void removeInner(QJsonObject &root, const QString &key, const QString &inner)
{
    QJsonObject o = root.value(key).toObject();
    o.remove(inner);
    root.insert(key, o);
}

fa::Result<DocumentData> read(const QJsonObject &o)
{
    return fa::readInterchange(bytesOf(o));
}

DocumentData readOk(const QJsonObject &o)
{
    const auto r = read(o);
    INFO((r ? QString() : r.error().message).toStdString());
    REQUIRE(r.ok());
    return r.value();
}

// Reading fails with `code`, and the message names `mentions`.
void expectError(const fa::Result<DocumentData> &r, Error::Code code, const QString &mentions)
{
    REQUIRE_FALSE(r.ok());
    INFO("message: " << u8(r.error().message));
    INFO("expected " << codeName(code) << ", got " << codeName(r.error().code));
    CHECK(r.error().code == code);
    if (!mentions.isEmpty()) {
        INFO("the message should name “" << u8(mentions) << "”");
        CHECK(r.error().message.contains(mentions));
    }
}

void expectError(const QJsonObject &o, Error::Code code, const QString &mentions)
{
    expectError(read(o), code, mentions);
}

// The sample with one value added (or replaced).
QJsonObject withValue(const QString &sample, const QString &address, const QJsonValue &value)
{
    QJsonObject o = sampleObject(sample);
    setInner(o, QStringLiteral("values"), address, value);
    return o;
}

} // namespace

TEST_CASE("Both samples read", "[interchange]")
{
    for (const QString &name : {kBigdata, kCac}) {
        INFO(u8(name));
        const auto r = fa::readInterchange(sampleBytes(name));
        INFO((r ? QString() : r.error().message).toStdString());
        REQUIRE(r.ok());
        const DocumentData &d = r.value();
        CHECK(d.templateId == QStringLiteral("2024"));
        CHECK(d.unit.year == 2024);
        CHECK(d.amountUnit == AmountUnit::Wanyuan);
        CHECK(d.values.size() == std::size_t(sampleObject(name).value(QStringLiteral("values")).toObject().size()));
        CHECK(d.texts.size() == std::size_t(sampleObject(name).value(QStringLiteral("texts")).toObject().size()));
        CHECK_FALSE(d.subjectRows.empty());
    }
    const DocumentData big = fa::test::sampleData(kBigdata);
    CHECK(big.unit.name == QStringLiteral("南阳市政务大数据中心"));
    CHECK(big.unit.scope == QStringLiteral("单位"));
    CHECK(big.unit.type == QStringLiteral("事业单位"));
    CHECK(big.unit.compiled == QStringLiteral("2025-09"));
    REQUIRE(big.values.count(QStringLiteral("t02/2013704/财政拨款收入")));
    CHECK(big.values.at(QStringLiteral("t02/2013704/财政拨款收入")).fen() == 196'020'000);
    CHECK(big.values.at(QStringLiteral("t01/29/决算数")).fen() == 62'540'000);
    CHECK(big.subjectRows.at(QStringLiteral("t02")).count(QStringLiteral("2013704")) == 1);
    CHECK(big.subjects.at(QStringLiteral("2013704")) == QStringLiteral("信息安全事务"));
    CHECK(big.texts.at(QStringLiteral("reason/t05/2013704")) == QStringLiteral("厉行节约，压减支出。"));

    const DocumentData cac = fa::test::sampleData(kCac);
    CHECK(cac.unit.scope == QStringLiteral("部门"));
    CHECK(cac.unit.type == QStringLiteral("行政单位"));
    CHECK(cac.values.at(QStringLiteral("t01/29/决算数")).fen() == 5'890'000);
}

TEST_CASE("Export, import, export gives the same bytes and the same document", "[interchange]")
{
    for (const QString &name : {kBigdata, kCac}) {
        INFO(u8(name));
        const DocumentData original = fa::test::sampleData(name);
        const QByteArray first = fa::writeInterchange(original);
        const auto back = fa::readInterchange(first);
        INFO((back ? QString() : back.error().message).toStdString());
        REQUIRE(back.ok());
        CHECK(back.value() == original);
        const QByteArray second = fa::writeInterchange(back.value());
        CHECK(second == first);
        // Deterministic: writing the same data twice gives the same bytes.
        CHECK(fa::writeInterchange(original) == first);
        // Valid JSON with the documented top-level keys.
        const QJsonObject o = QJsonDocument::fromJson(first).object();
        CHECK(o.value(QStringLiteral("format")).toString() == QStringLiteral("final-accounts/1"));
        CHECK(o.value(QStringLiteral("template")).toString() == QStringLiteral("2024"));
        CHECK(o.value(QStringLiteral("amount_unit")).toString() == QStringLiteral("万元"));
        // Every amount is written as a string.
        const QJsonObject values = o.value(QStringLiteral("values")).toObject();
        CHECK(values.size() == int(original.values.size()));
        for (auto it = values.begin(); it != values.end(); ++it) {
            INFO(u8(it.key()));
            CHECK(it.value().isString());
        }
    }
}

TEST_CASE("Amounts in 元 read exactly and round-trip", "[interchange]")
{
    QJsonObject o = sampleObject(kBigdata);
    o.insert(QStringLiteral("amount_unit"), QStringLiteral("元"));
    setInner(o, QStringLiteral("values"), QStringLiteral("t01/29/决算数"), QStringLiteral("1788.25"));
    setInner(o, QStringLiteral("values"), QStringLiteral("t09/决算/公务接待费"), QStringLiteral("0.01"));
    setInner(o, QStringLiteral("values"), QStringLiteral("t09/预算/公务接待费"), QStringLiteral("-3.10"));
    const DocumentData d = readOk(o);
    CHECK(d.amountUnit == AmountUnit::Yuan);
    CHECK(d.values.at(QStringLiteral("t01/29/决算数")).fen() == 178825);
    CHECK(d.values.at(QStringLiteral("t09/决算/公务接待费")).fen() == 1);
    CHECK(d.values.at(QStringLiteral("t09/预算/公务接待费")).fen() == -310);
    // The sample's "196.02" now means 196.02 元.
    CHECK(d.values.at(QStringLiteral("t02/2013704/财政拨款收入")).fen() == 19602);

    const QByteArray exported = fa::writeInterchange(d);
    const QJsonObject e = QJsonDocument::fromJson(exported).object();
    CHECK(e.value(QStringLiteral("amount_unit")).toString() == QStringLiteral("元"));
    const QJsonObject values = e.value(QStringLiteral("values")).toObject();
    CHECK(values.value(QStringLiteral("t01/29/决算数")).toString() == QStringLiteral("1788.25"));
    CHECK(values.value(QStringLiteral("t09/决算/公务接待费")).toString() == QStringLiteral("0.01"));
    CHECK(values.value(QStringLiteral("t09/预算/公务接待费")).toString() == QStringLiteral("-3.10"));
    const auto back = fa::readInterchange(exported);
    REQUIRE(back.ok());
    CHECK(back.value() == d);
    CHECK(fa::writeInterchange(back.value()) == exported);

    // 万元 amounts are written exactly, with up to six decimals.
    QJsonObject w = sampleObject(kBigdata);
    setInner(w, QStringLiteral("values"), QStringLiteral("t01/29/决算数"), QStringLiteral("0.178825"));
    const DocumentData dw = readOk(w);
    CHECK(dw.values.at(QStringLiteral("t01/29/决算数")).fen() == 178825);
    const QJsonObject ew = QJsonDocument::fromJson(fa::writeInterchange(dw)).object();
    CHECK(ew.value(QStringLiteral("values")).toObject().value(QStringLiteral("t01/29/决算数")).toString()
          == QStringLiteral("0.178825"));
}

TEST_CASE("A listed 项 row with only zero values survives export", "[interchange]")
{
    // Through JSON: a row given with an explicit zero.
    const QString address = QStringLiteral("t03/2013799/项目支出");
    const DocumentData d = readOk(withValue(kCac, address, QStringLiteral("0")));
    REQUIRE(d.subjectRows.count(QStringLiteral("t03")));
    CHECK(d.subjectRows.at(QStringLiteral("t03")).count(QStringLiteral("2013799")) == 1);
    const QByteArray exported = fa::writeInterchange(d);
    const QJsonObject values = QJsonDocument::fromJson(exported).object().value(QStringLiteral("values")).toObject();
    REQUIRE(values.contains(address));
    CHECK(values.value(address).toString() == QStringLiteral("0.00"));
    const auto back = fa::readInterchange(exported);
    REQUIRE(back.ok());
    CHECK(back.value() == d);
    CHECK(fa::writeInterchange(back.value()) == exported);

    // Through the data: a listed row with no stored value at all.
    DocumentData blank = fa::test::sampleData(kCac);
    blank.subjectRows[QStringLiteral("t05")].insert(QStringLiteral("2013799"));
    const QByteArray blankExport = fa::writeInterchange(blank);
    const auto blankBack = fa::readInterchange(blankExport);
    INFO((blankBack ? QString() : blankBack.error().message).toStdString());
    REQUIRE(blankBack.ok());
    CHECK(blankBack.value().subjectRows.at(QStringLiteral("t05")).count(QStringLiteral("2013799")) == 1);
    CHECK(blankBack.value().subjectRows == blank.subjectRows);
    for (const auto &[addr, amount] : blankBack.value().values) {
        if (addr.startsWith(QStringLiteral("t05/2013799/"))) {
            INFO(u8(addr));
            CHECK(amount.isZero());
        }
    }
    CHECK(fa::writeInterchange(blankBack.value()) == blankExport);
}

TEST_CASE("Unknown keys are errors that name the key", "[interchange]")
{
    {
        QJsonObject o = sampleObject(kBigdata);
        o.insert(QStringLiteral("valuse"), QJsonObject());
        expectError(o, Error::Code::UnknownKey, QStringLiteral("valuse"));
    }
    {
        // A misspelt key in place of a right one.
        QJsonObject o = sampleObject(kBigdata);
        const QJsonValue texts = o.take(QStringLiteral("texts"));
        o.insert(QStringLiteral("text"), texts);
        expectError(o, Error::Code::UnknownKey, QStringLiteral("text"));
    }
    {
        QJsonObject o = sampleObject(kBigdata);
        setInner(o, QStringLiteral("unit"), QStringLiteral("nmae"), QStringLiteral("某单位"));
        expectError(o, Error::Code::UnknownKey, QStringLiteral("nmae"));
    }
    for (const char *key : {"remark", "reason/t05/20137", "reason/t05/abc", "reason/t03/2013704", "reason/t05/",
                            "Reason/t05/2013704"}) {
        INFO(key);
        QJsonObject o = sampleObject(kBigdata);
        setInner(o, QStringLiteral("texts"), QString::fromUtf8(key), QStringLiteral("说明"));
        expectError(o, Error::Code::UnknownKey, QString::fromUtf8(key));
    }
}

TEST_CASE("Derived addresses in values are refused by name", "[interchange]")
{
    for (const char *address : {"t02/合计/本年收入合计", "t02/合计/财政拨款收入", "t02/201/财政拨款收入",
                                "t02/20137/财政拨款收入", "t01/27/决算数", "t01/31/决算数", "t01/1/决算数",
                                "t01/62/决算数", "t02/2013704/本年收入合计", "t03/2013704/本年支出合计",
                                "t04/27/金额", "t04/32/金额", "t04/59/合计", "t05/2013704/小计", "t06/301/决算数",
                                "t06/人员经费合计/决算数", "t09/决算/合计", "t09/预算/公务用车购置及运行维护费小计"}) {
        INFO(address);
        expectError(withValue(kBigdata, QString::fromUtf8(address), QStringLiteral("1.00")), Error::Code::DerivedCell,
                    QString::fromUtf8(address));
    }
}

TEST_CASE("Bad addresses and codes are refused by name", "[interchange]")
{
    for (const char *address : {"t02/99999ab/财政拨款收入", "t02/2013７04/财政拨款收入", "t02/20137040/财政拨款收入",
                                "t02/9990101/财政拨款收入", "t02/2018801/财政拨款收入", "t06/30298/决算数"}) {
        INFO(address);
        expectError(withValue(kBigdata, QString::fromUtf8(address), QStringLiteral("1.00")), Error::Code::BadCode,
                    QString::fromUtf8(address));
    }
    for (const char *address : {"t10/1/决算数", "t02/2013704/收入", "t01/99/决算数", "t01/10/决算数",
                                "t02/2013704", "t02//财政拨款收入", "t02/2013704/财政拨款收入/x",
                                "t02/2013704/财政拨款收入 ", "T02/2013704/财政拨款收入", "t05/2013704/合计"}) {
        INFO(address);
        expectError(withValue(kBigdata, QString::fromUtf8(address), QStringLiteral("1.00")), Error::Code::BadAddress,
                    QString::fromUtf8(address));
    }
}

TEST_CASE("Codes outside the catalogue need a name in subjects", "[interchange]")
{
    const QString address = QStringLiteral("t02/2018801/财政拨款收入");
    expectError(withValue(kBigdata, address, QStringLiteral("1.00")), Error::Code::BadCode, address);

    // The 项 named but not its 款: the message names the 款.
    {
        QJsonObject o = withValue(kBigdata, address, QStringLiteral("1.00"));
        setInner(o, QStringLiteral("subjects"), QStringLiteral("2018801"), QStringLiteral("某项支出"));
        expectError(o, Error::Code::BadCode, QStringLiteral("20188"));
    }
    // Both named: accepted, the row is listed and the names kept.
    {
        QJsonObject o = withValue(kBigdata, address, QStringLiteral("1.00"));
        setInner(o, QStringLiteral("subjects"), QStringLiteral("2018801"), QStringLiteral("某项支出"));
        setInner(o, QStringLiteral("subjects"), QStringLiteral("20188"), QStringLiteral("某款事务"));
        const DocumentData d = readOk(o);
        CHECK(d.values.at(address).fen() == 1'000'000);
        CHECK(d.subjectRows.at(QStringLiteral("t02")).count(QStringLiteral("2018801")) == 1);
        CHECK(d.subjects.at(QStringLiteral("20188")) == QStringLiteral("某款事务"));
        CHECK(fa::subjectName(*fa::findTemplate(d.templateId), d.subjects, QStringLiteral("2018801"))
              == QStringLiteral("某项支出"));
        const QByteArray exported = fa::writeInterchange(d);
        const auto back = fa::readInterchange(exported);
        REQUIRE(back.ok());
        CHECK(back.value() == d);
    }
    // A 类 that does not exist cannot be named into existence.
    {
        QJsonObject o = withValue(kBigdata, QStringLiteral("t02/9990101/财政拨款收入"), QStringLiteral("1.00"));
        setInner(o, QStringLiteral("subjects"), QStringLiteral("9990101"), QStringLiteral("某项"));
        setInner(o, QStringLiteral("subjects"), QStringLiteral("99901"), QStringLiteral("某款"));
        expectError(o, Error::Code::BadCode, QStringLiteral("t02/9990101/财政拨款收入"));
    }
    // subjects keys must be codes, names non-empty strings.
    {
        QJsonObject o = sampleObject(kBigdata);
        setInner(o, QStringLiteral("subjects"), QStringLiteral("20x"), QStringLiteral("某类"));
        expectError(o, Error::Code::BadCode, QStringLiteral("20x"));
    }
    {
        QJsonObject o = sampleObject(kBigdata);
        setInner(o, QStringLiteral("subjects"), QStringLiteral("2013704"), QStringLiteral("  "));
        expectError(o, Error::Code::BadJson, QStringLiteral("2013704"));
    }
    {
        QJsonObject o = sampleObject(kBigdata);
        setInner(o, QStringLiteral("subjects"), QStringLiteral("2013704"), 7);
        expectError(o, Error::Code::BadJson, QStringLiteral("2013704"));
    }
}

TEST_CASE("Inexact and malformed amounts are refused by name", "[interchange]")
{
    const QString address = QStringLiteral("t02/2013704/财政拨款收入");
    expectError(withValue(kBigdata, address, QStringLiteral("1.2345678")), Error::Code::BadAmount, address);
    expectError(withValue(kBigdata, address, QStringLiteral("196.0200001")), Error::Code::BadAmount, address);
    {
        QJsonObject o = withValue(kBigdata, address, QStringLiteral("1.234"));
        o.insert(QStringLiteral("amount_unit"), QStringLiteral("元"));
        expectError(o, Error::Code::BadAmount, address);
    }
    // Six decimals in 万元 are fine; trailing zeros beyond are fine.
    CHECK(readOk(withValue(kBigdata, address, QStringLiteral("1.234567"))).values.at(address).fen() == 1'234'567);
    CHECK(readOk(withValue(kBigdata, address, QStringLiteral("1.23456700"))).values.at(address).fen() == 1'234'567);
    CHECK(readOk(withValue(kBigdata, address, QStringLiteral("-2.5"))).values.at(address).fen() == -2'500'000);

    // Numbers and other JSON types instead of strings.
    expectError(withValue(kBigdata, address, 196.02), Error::Code::BadAmount, address);
    expectError(withValue(kBigdata, address, 196), Error::Code::BadAmount, address);
    expectError(withValue(kBigdata, address, QJsonValue(QJsonValue::Null)), Error::Code::BadAmount, address);
    expectError(withValue(kBigdata, address, true), Error::Code::BadAmount, address);
    expectError(withValue(kBigdata, address, QJsonArray{QStringLiteral("1.00")}), Error::Code::BadAmount, address);

    // Not numbers at all; separators are not part of the interchange form.
    for (const char *bad : {"", "abc", "1e5", "1,788.25", "１９６.０２", "0x10", "NaN", "1..2", "-"}) {
        INFO(bad);
        expectError(withValue(kBigdata, address, QString::fromUtf8(bad)), Error::Code::BadAmount, address);
    }

    // Beyond what a person may enter (10^13 分), and beyond int64.
    CHECK(readOk(withValue(kBigdata, address, QStringLiteral("10000000"))).values.at(address).fen()
          == fa::kMaxEnteredFen);
    expectError(withValue(kBigdata, address, QStringLiteral("10000000.000001")), Error::Code::Overflow, address);
    expectError(withValue(kBigdata, address, QStringLiteral("-10000000.000001")), Error::Code::Overflow, address);
    expectError(withValue(kBigdata, address, QStringLiteral("9223372036854.775808")), Error::Code::Overflow, address);
}

TEST_CASE("Bad format, template and unit are refused by name", "[interchange]")
{
    {
        QJsonObject o = sampleObject(kBigdata);
        o.insert(QStringLiteral("format"), QStringLiteral("final-accounts/2"));
        expectError(o, Error::Code::BadValue, QStringLiteral("format"));
    }
    {
        QJsonObject o = sampleObject(kBigdata);
        o.remove(QStringLiteral("format"));
        expectError(o, Error::Code::BadJson, QStringLiteral("format"));
    }
    {
        QJsonObject o = sampleObject(kBigdata);
        o.insert(QStringLiteral("format"), 1);
        expectError(o, Error::Code::BadJson, QStringLiteral("format"));
    }
    {
        QJsonObject o = sampleObject(kBigdata);
        o.insert(QStringLiteral("template"), QStringLiteral("2023"));
        expectError(o, Error::Code::BadValue, QStringLiteral("template"));
    }
    {
        QJsonObject o = sampleObject(kBigdata);
        o.insert(QStringLiteral("amount_unit"), QStringLiteral("千元"));
        expectError(o, Error::Code::BadValue, QStringLiteral("amount_unit"));
    }
    {
        QJsonObject o = sampleObject(kBigdata);
        o.insert(QStringLiteral("amount_unit"), QStringLiteral("yuan"));
        expectError(o, Error::Code::BadValue, QStringLiteral("amount_unit"));
    }
    for (const char *scope : {"单位部门", "", "department", " 单位"}) {
        INFO(scope);
        QJsonObject o = sampleObject(kBigdata);
        setInner(o, QStringLiteral("unit"), QStringLiteral("scope"), QString::fromUtf8(scope));
        expectError(o, Error::Code::BadValue, QStringLiteral("unit"));
    }
    {
        QJsonObject o = sampleObject(kBigdata);
        setInner(o, QStringLiteral("unit"), QStringLiteral("name"), QStringLiteral("   "));
        expectError(o, Error::Code::BadValue, QStringLiteral("unit"));
    }
    {
        QJsonObject o = sampleObject(kBigdata);
        removeInner(o, QStringLiteral("unit"), QStringLiteral("type"));
        expectError(o, Error::Code::BadJson, QStringLiteral("unit.type"));
    }
    {
        QJsonObject o = sampleObject(kBigdata);
        o.insert(QStringLiteral("unit"), QStringLiteral("南阳市政务大数据中心"));
        expectError(o, Error::Code::BadJson, QStringLiteral("unit"));
    }
    // Years: whole numbers only, and in range.
    for (const QJsonValue &year : {QJsonValue(2024.5), QJsonValue(QStringLiteral("2024")), QJsonValue(true),
                                   QJsonValue(QJsonValue::Null), QJsonValue(1e300)}) {
        INFO(u8(QString::fromUtf8(QJsonDocument(QJsonArray{year}).toJson(QJsonDocument::Compact))));
        QJsonObject o = sampleObject(kBigdata);
        setInner(o, QStringLiteral("unit"), QStringLiteral("year"), year);
        expectError(o, Error::Code::BadJson, QStringLiteral("unit.year"));
    }
    {
        QJsonObject o = sampleObject(kBigdata);
        removeInner(o, QStringLiteral("unit"), QStringLiteral("year"));
        expectError(o, Error::Code::BadJson, QStringLiteral("unit.year"));
    }
    {
        QJsonObject o = sampleObject(kBigdata);
        setInner(o, QStringLiteral("unit"), QStringLiteral("year"), 1999);
        expectError(o, Error::Code::BadValue, QStringLiteral("1999"));
    }
    // values must be an object of entered cells.
    {
        QJsonObject o = sampleObject(kBigdata);
        o.insert(QStringLiteral("values"), QJsonArray());
        expectError(o, Error::Code::BadJson, QStringLiteral("values"));
    }
    {
        QJsonObject o = sampleObject(kBigdata);
        o.insert(QStringLiteral("texts"), QStringLiteral("说明"));
        expectError(o, Error::Code::BadJson, QStringLiteral("texts"));
    }
    {
        QJsonObject o = sampleObject(kBigdata);
        setInner(o, QStringLiteral("texts"), QStringLiteral("reason/t05/2013704"), 1);
        expectError(o, Error::Code::BadJson, QStringLiteral("reason/t05/2013704"));
    }
}

TEST_CASE("Malformed JSON and non-object documents are refused", "[interchange]")
{
    const QByteArray bytes = sampleBytes(kBigdata);
    expectError(fa::readInterchange(bytes.left(bytes.size() / 2)), Error::Code::BadJson, {});
    expectError(fa::readInterchange(QByteArray()), Error::Code::BadJson, {});
    expectError(fa::readInterchange(QByteArrayLiteral("{\"format\": \"final-accounts/1\",}")), Error::Code::BadJson, {});
    expectError(fa::readInterchange(QByteArrayLiteral("\xff\xfe{}")), Error::Code::BadJson, {});
    expectError(fa::readInterchange(QByteArrayLiteral("null")), Error::Code::BadJson, {});
    expectError(fa::readInterchange(QByteArrayLiteral("\"final-accounts/1\"")), Error::Code::BadJson, {});

    QJsonArray array;
    array.append(sampleObject(kBigdata));
    expectError(fa::readInterchange(QJsonDocument(array).toJson()), Error::Code::BadJson, {});
    expectError(fa::readInterchange(QByteArrayLiteral("[]")), Error::Code::BadJson, {});
    expectError(fa::readInterchange(QByteArrayLiteral("{}")), Error::Code::BadJson, QStringLiteral("format"));
}

TEST_CASE("A key given twice is an error that names it, not a silently lost value", "[interchange]")
{
    const QByteArray sample = fa::test::readBytes(fa::test::sourcePath(QStringLiteral("resources/samples/nanyang-cac-2024.json")));
    REQUIRE(fa::readInterchange(sample).ok());

    // The same address twice in "values" (the second would win in Qt's parser).
    const QByteArray valueLine = QByteArrayLiteral("        \"t01/29/决算数\": \"5.89\",\n");
    REQUIRE(sample.contains(valueLine));
    QByteArray twice = sample;
    twice.replace(valueLine, valueLine + QByteArrayLiteral("        \"t01/29/决算数\": \"58.90\",\n"));
    auto r = fa::readInterchange(twice);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == Error::Code::BadJson);
    CHECK(r.error().message.contains(QStringLiteral("values.t01/29/决算数")));

    // Spelled differently with an escape, still the same key.
    QByteArray escaped = sample;
    escaped.replace(valueLine, valueLine + QByteArrayLiteral("        \"\\u0074\\u0030\\u0031/29/决算数\": \"58.90\",\n"));
    r = fa::readInterchange(escaped);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(QStringLiteral("values.t01/29/决算数")));

    // At the top level and inside "unit".
    QByteArray top = sample;
    top.replace(QByteArrayLiteral("\"format\": \"final-accounts/1\","),
                QByteArrayLiteral("\"format\": \"final-accounts/1\", \"format\": \"final-accounts/1\","));
    r = fa::readInterchange(top);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(QStringLiteral("format")));
    QByteArray unit = sample;
    REQUIRE(unit.contains(QByteArrayLiteral("\"scope\": \"部门\",")));
    unit.replace(QByteArrayLiteral("\"scope\": \"部门\","), QByteArrayLiteral("\"scope\": \"部门\", \"scope\": \"单位\","));
    r = fa::readInterchange(unit);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(QStringLiteral("unit.scope")));
}

TEST_CASE("Counts read and write as whole numbers under known keys", "[interchange]")
{
    DocumentData data = fa::test::sampleData(kBigdata);
    data.counts[QStringLiteral("三公/车辆保有量")] = 2;
    data.counts[QStringLiteral("三公/国内接待人次")] = 0;
    const QByteArray json = fa::writeInterchange(data);
    const auto back = fa::readInterchange(json);
    REQUIRE(back.ok());
    CHECK(back.value() == data);
    CHECK(fa::writeInterchange(back.value()) == json);

    auto withCounts = [&](const char *counts) {
        QJsonObject root = QJsonDocument::fromJson(fa::writeInterchange(fa::test::sampleData(kBigdata))).object();
        root.insert(QStringLiteral("counts"), QJsonDocument::fromJson(QByteArray(counts)).object());
        return fa::readInterchange(QJsonDocument(root).toJson());
    };
    CHECK(withCounts(R"({"三公/出国团组": 3})").ok());
    for (const char *bad : {R"({"三公/出国团组": 1.5})", R"({"三公/出国团组": -1})", R"({"三公/出国团组": "3"})",
                            R"({"三公/出国团组": 1000000001})"}) {
        const auto r = withCounts(bad);
        INFO(bad);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == Error::Code::BadValue);
        CHECK(r.error().message.contains(QStringLiteral("三公/出国团组")));
    }
    const auto unknown = withCounts(R"({"三公/飞机": 1})");
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == Error::Code::UnknownKey);
}

TEST_CASE("Amounts in values follow the documented form exactly", "[interchange]")
{
    const QString address = QStringLiteral("t02/2013704/财政拨款收入");
    // The editor forgives these when a person types them; a file must be written as the format writes.
    for (const char *bad : {"+5", " 5", "5 ", "5.", ".5", "-.5", "1,000", "0x10", "1e3", "５", "٥", "007", "00",
                            "-05.5", "--5", "5-", "- 5", "\t5", "5\n", "1.2.3", "1_000", "١٢"}) {
        INFO("amount: " << bad);
        const auto r = read(withValue(kBigdata, address, QString::fromUtf8(bad)));
        expectError(r, Error::Code::BadAmount, QStringLiteral("values.") + address);
    }
    // In 元 too, where the unit's own limit is two decimals.
    {
        QJsonObject o = withValue(kBigdata, address, QStringLiteral("+1.50"));
        o.insert(QStringLiteral("amount_unit"), QStringLiteral("元"));
        expectError(o, Error::Code::BadAmount, address);
    }
    const std::pair<const char *, std::int64_t> good[] = {
        {"5", 5'000'000},    {"-5", -5'000'000},  {"0.5", 500'000},     {"5.00", 5'000'000},   {"0", 0},
        {"-0", 0},           {"0.00", 0},         {"10.05", 10'050'000}, {"-0.000001", -1},    {"1.23456700", 1'234'567},
    };
    for (const auto &[text, fen] : good) {
        INFO("amount: " << text);
        CHECK(readOk(withValue(kBigdata, address, QString::fromUtf8(text))).values.at(address).fen() == fen);
    }
    // What the writer writes, the reader reads.
    const DocumentData d = fa::test::sampleData(kBigdata);
    const auto back = fa::readInterchange(fa::writeInterchange(d));
    REQUIRE(back.ok());
    CHECK(back.value() == d);
}

TEST_CASE("A lone surrogate escape or bytes that are not UTF-8 are refused and the path named", "[interchange]")
{
    const QByteArray sample = sampleBytes(kBigdata);
    REQUIRE(fa::readInterchange(sample).ok());
    const QByteArray subject = QByteArrayLiteral("\"2013704\": \"信息安全事务\"");
    REQUIRE(sample.contains(subject));
    const auto withSubject = [&](const QByteArray &name) {
        QByteArray bytes = sample;
        bytes.replace(subject, "\"2013704\": \"" + name + "\"");
        return fa::readInterchange(bytes);
    };
    // A high surrogate followed by something else, at the end, or by another high one; a lone low one.
    for (const char *name : {"\\ud800x", "信息\\ud800", "\\ud800\\ud800", "\\udc00", "a\\uDFFFb", "\\ude00\\ud83d"}) {
        INFO("name: " << name);
        const auto r = withSubject(QByteArray(name));
        expectError(r, Error::Code::BadJson, QStringLiteral("subjects.2013704"));
        CHECK(r.error().message.contains(QStringLiteral("surrogate")));
    }
    // A whole pair is one character, and fine.
    {
        const auto r = withSubject(QByteArrayLiteral("信息\\ud83d\\ude00安全"));
        INFO((r ? QString() : r.error().message).toStdString());
        REQUIRE(r.ok());
        CHECK(r.value().subjects.at(QStringLiteral("2013704")) == QStringLiteral("信息😀安全"));
    }
    // In a key: the path names it as written.
    {
        QByteArray bytes = sample;
        const QByteArray line = QByteArrayLiteral("\"t01/29/决算数\": \"62.54\"");
        REQUIRE(bytes.contains(line));
        bytes.replace(line, line + QByteArrayLiteral(", \"t01/\\ud800/决算数\": \"1.00\""));
        const auto r = fa::readInterchange(bytes);
        expectError(r, Error::Code::BadJson, QStringLiteral("values.t01/\\ud800/决算数"));
    }
    // In a text.
    {
        QByteArray bytes = sample;
        const QByteArray text = QByteArrayLiteral("\"reason/change/t01/31/决算数\": \"本年度项目增加。\"");
        REQUIRE(bytes.contains(text));
        bytes.replace(text, QByteArrayLiteral("\"reason/change/t01/31/决算数\": \"本年度\\udbff项目增加。\""));
        expectError(fa::readInterchange(bytes), Error::Code::BadJson, QStringLiteral("texts.reason/change/t01/31/决算数"));
    }
    // Bytes that are not UTF-8 inside a string: a stray continuation byte, an overlong NUL,
    // an encoded surrogate, a truncated sequence, beyond U+10FFFF.
    for (const QByteArray &bad : {QByteArrayLiteral("a\x80" "b"), QByteArrayLiteral("a\xc0\x80" "b"),
                                  QByteArrayLiteral("a\xed\xa0\x80" "b"), QByteArrayLiteral("a\xe4\xbf"),
                                  QByteArrayLiteral("\xf4\x90\x80\x80"), QByteArrayLiteral("\xff")}) {
        INFO("bytes: " << bad.toHex().toStdString());
        const auto r = withSubject(bad);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == Error::Code::BadJson);
    }
}

TEST_CASE("NUL and other control characters in names and keys are refused but line breaks in texts kept", "[interchange]")
{
    // Unit name and type, subject names: C0 controls other than tab, line feed and carriage return.
    for (const QString &bad : {QStringLiteral("a") + QChar(u'\0') + QStringLiteral("b"), QString(QChar(u'\x01')),
                               QStringLiteral("南阳\x1b[31m"), QStringLiteral("x") + QChar(u'\0')}) {
        INFO("name: " << u8(fa::excerpt(bad)));
        {
            QJsonObject o = sampleObject(kBigdata);
            setInner(o, QStringLiteral("unit"), QStringLiteral("name"), bad);
            expectError(o, Error::Code::BadValue, QStringLiteral("unit"));
        }
        {
            QJsonObject o = sampleObject(kBigdata);
            setInner(o, QStringLiteral("unit"), QStringLiteral("type"), bad);
            expectError(o, Error::Code::BadValue, QStringLiteral("unit"));
        }
        {
            QJsonObject o = sampleObject(kBigdata);
            setInner(o, QStringLiteral("unit"), QStringLiteral("compiled"), bad);
            expectError(o, Error::Code::BadValue, QStringLiteral("unit"));
        }
        {
            QJsonObject o = sampleObject(kBigdata);
            setInner(o, QStringLiteral("subjects"), QStringLiteral("2013704"), bad);
            expectError(o, Error::Code::BadValue, QStringLiteral("subjects.2013704"));
        }
    }
    // The escaped form of the issue, byte for byte.
    {
        QByteArray bytes = sampleBytes(kBigdata);
        const QByteArray name = QByteArrayLiteral("\"name\": \"南阳市政务大数据中心\"");
        REQUIRE(bytes.contains(name));
        bytes.replace(name, QByteArrayLiteral("\"name\": \"a\\u0000b\""));
        const auto r = fa::readInterchange(bytes);
        expectError(r, Error::Code::BadValue, QStringLiteral("unit"));
        CHECK(r.error().message.contains(QStringLiteral("U+0000")));
    }
    // Tab, line feed and carriage return stay allowed in names (a long name may be wrapped).
    {
        QJsonObject o = sampleObject(kBigdata);
        setInner(o, QStringLiteral("unit"), QStringLiteral("name"), QStringLiteral("南阳市\t政务\r\n大数据中心"));
        CHECK(readOk(o).unit.name == QStringLiteral("南阳市\t政务\r\n大数据中心"));
    }
    // Texts: paragraphs and tabs are text, NUL is not.
    const QString textKey = QStringLiteral("reason/t05/2013704");
    {
        QJsonObject o = sampleObject(kBigdata);
        setInner(o, QStringLiteral("texts"), textKey, QStringLiteral("第一段。\n\t第二段。"));
        CHECK(readOk(o).texts.at(textKey) == QStringLiteral("第一段。\n\t第二段。"));
    }
    {
        QJsonObject o = sampleObject(kBigdata);
        setInner(o, QStringLiteral("texts"), textKey, QStringLiteral("厉行节约") + QChar(u'\0') + QStringLiteral("压减支出"));
        expectError(o, Error::Code::BadValue, QStringLiteral("texts.") + textKey);
    }
    // Keys: none of the format's keys holds a control character; the message shows it escaped.
    for (const QString &key : {QStringLiteral("t01/29/决算数") + QChar(u'\0'), QStringLiteral("t01/2\t9/决算数")}) {
        QJsonObject o = withValue(kBigdata, key, QStringLiteral("1.00"));
        const auto r = read(o);
        REQUIRE_FALSE(r.ok());
        INFO("message: " << u8(r.error().message));
        CHECK(r.error().message.contains(QStringLiteral("values.t01/")));
        CHECK_FALSE(r.error().message.contains(QChar(u'\0')));
        CHECK_FALSE(r.error().message.contains(QChar(u'\t')));
    }

    // The same checks guard a document however it arrives (a database file, the editor).
    DocumentData d = fa::test::sampleData(kBigdata);
    REQUIRE_FALSE(fa::validateDocument(d));
    {
        DocumentData bad = d;
        bad.unit.name = QStringLiteral("a") + QChar(u'\0') + QStringLiteral("b");
        const auto e = fa::validateDocument(bad);
        REQUIRE(e);
        CHECK(e->code == Error::Code::BadValue);
        CHECK(fa::validateUnit(bad.unit));
    }
    {
        DocumentData bad = d;
        bad.subjects[QStringLiteral("2013704")] = QStringLiteral("信息") + QChar(u'\x07');
        const auto e = fa::validateDocument(bad);
        REQUIRE(e);
        CHECK(e->message.contains(QStringLiteral("2013704")));
    }
    {
        DocumentData bad = d;
        bad.texts[textKey] = QString(QChar(u'\0'));
        const auto e = fa::validateDocument(bad);
        REQUIRE(e);
        CHECK(e->message.contains(textKey));
        CHECK(fa::validateText(textKey, QString(QChar(u'\0'))));
        CHECK_FALSE(fa::validateText(textKey, QStringLiteral("a\r\nb\tc")));
    }
}

TEST_CASE("Messages repeat at most a short excerpt of what they were given", "[interchange]")
{
    const QString huge(120'000, QChar(u'址'));
    const auto shortMessage = [](const fa::Result<DocumentData> &r) {
        REQUIRE_FALSE(r.ok());
        INFO("message of " << r.error().message.size() << " characters: " << u8(r.error().message.left(400)));
        CHECK(r.error().message.size() < 300);
    };
    // Values: a huge address, huge parts of an address, a huge amount.
    for (const QString &address : {huge, QStringLiteral("t02/2013704/") + huge, QStringLiteral("t02/") + huge + QStringLiteral("/财政拨款收入"),
                                   huge + QStringLiteral("/1/决算数"), QStringLiteral("t01/") + huge + QStringLiteral("/决算数"),
                                   QStringLiteral("t06/") + huge + QStringLiteral("/决算数")}) {
        const auto r = read(withValue(kBigdata, address, QStringLiteral("1.00")));
        shortMessage(r);
        CHECK(r.error().message.contains(QChar(0x2026))); // …
    }
    shortMessage(read(withValue(kBigdata, QStringLiteral("t02/2013704/财政拨款收入"), QStringLiteral("1.") + huge)));
    shortMessage(read(withValue(kBigdata, QStringLiteral("t02/2013704/财政拨款收入"),
                                QStringLiteral("1.") + QString(120'000, QLatin1Char('9')))));
    // Keys at every level, and values compared against a fixed list.
    const QString hugeAscii(120'000, QLatin1Char('k'));
    for (const QString &key : {QString(), QStringLiteral("unit"), QStringLiteral("subjects"), QStringLiteral("texts"),
                               QStringLiteral("counts")}) {
        QJsonObject o = sampleObject(kBigdata);
        if (key.isEmpty())
            o.insert(hugeAscii, 1);
        else
            setInner(o, key, hugeAscii, QStringLiteral("x"));
        shortMessage(read(o));
    }
    for (const QString &key : {QStringLiteral("format"), QStringLiteral("template"), QStringLiteral("amount_unit")}) {
        QJsonObject o = sampleObject(kBigdata);
        o.insert(key, huge);
        shortMessage(read(o));
    }
    {
        QJsonObject o = sampleObject(kBigdata);
        setInner(o, QStringLiteral("unit"), QStringLiteral("scope"), huge);
        shortMessage(read(o));
    }
    // A key given twice, as long as it may be.
    {
        QByteArray bytes = sampleBytes(kBigdata);
        bytes.replace(QByteArrayLiteral("\"format\": \"final-accounts/1\","),
                      "\"format\": \"final-accounts/1\", \"" + hugeAscii.toUtf8() + "\": 1, \"" + hugeAscii.toUtf8() + "\": 2,");
        const auto r = fa::readInterchange(bytes);
        shortMessage(r);
        CHECK(r.error().message.contains(QStringLiteral("given twice")));
    }
    // The validation the database file goes through as well.
    {
        DocumentData d = fa::test::sampleData(kBigdata);
        d.values[QStringLiteral("t02/") + huge + QStringLiteral("/财政拨款收入")] = fa::Money();
        const auto e = fa::validateDocument(d);
        REQUIRE(e);
        CHECK(e->message.size() < 300);
    }
    CHECK(fa::validateText(huge, QString())->message.size() < 300);
    CHECK(fa::validateCount(huge, 1)->message.size() < 300);

    // The excerpt itself: cut with “…”, controls shown, a pair never split, short input kept.
    CHECK(fa::excerpt(QStringLiteral("t01/29/决算数")) == QStringLiteral("t01/29/决算数"));
    CHECK(fa::excerpt(QString()) == QString());
    CHECK(fa::excerpt(QString(80, QLatin1Char('a'))) == QString(80, QLatin1Char('a')));
    CHECK(fa::excerpt(QString(81, QLatin1Char('a'))) == QString(80, QLatin1Char('a')) + QChar(0x2026));
    CHECK(fa::excerpt(QStringLiteral("a") + QChar(u'\0') + QStringLiteral("b\n")) == QStringLiteral("a\\u0000b\\u000a"));
    const QString emoji = QStringLiteral("😀");
    QString pairs;
    for (int i = 0; i < 100; ++i)
        pairs += emoji;
    const QString cut = fa::excerpt(pairs);
    CHECK(cut.endsWith(QChar(0x2026)));
    CHECK(cut.size() <= 82);
    CHECK(cut.chopped(1) == QString(pairs.left(cut.size() - 1)));
    CHECK_FALSE(cut.chopped(1).back().isHighSurrogate());
    CHECK(fa::excerpt(QString(QChar(0xd800)) + QStringLiteral("x")) == QString(QChar(QChar::ReplacementCharacter)) + QStringLiteral("x"));
}
