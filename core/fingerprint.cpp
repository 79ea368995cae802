#include "fingerprint.h"

#include "performance.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>

namespace fa {

namespace {

// The canonical JSON of fingerprint.h (RFC 8785 for what it holds: strings, whole numbers, objects,
// arrays), written here rather than by QJsonDocument so that the hashed bytes are fixed by the
// definition, not by how a Qt version happens to write JSON.
void writeString(QByteArray &out, const QString &s)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = s.toUtf8();
    for (const char c : utf8) {
        const auto u = uchar(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            switch (c) {
            case '\b': out += "\\b"; continue;
            case '\t': out += "\\t"; continue;
            case '\n': out += "\\n"; continue;
            case '\f': out += "\\f"; continue;
            case '\r': out += "\\r"; continue;
            default: break;
            }
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
}

void writeValue(QByteArray &out, const QJsonValue &v);

void writeObject(QByteArray &out, const QJsonObject &o)
{
    QStringList keys = o.keys();
    std::sort(keys.begin(), keys.end()); // UTF-16 code units
    out += '{';
    bool first = true;
    for (const QString &key : keys) {
        if (!first)
            out += ',';
        first = false;
        writeString(out, key);
        out += ':';
        writeValue(out, o.value(key));
    }
    out += '}';
}

void writeValue(QByteArray &out, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        writeString(out, v.toString());
        break;
    case QJsonValue::Object:
        writeObject(out, v.toObject());
        break;
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (i)
                out += ',';
            writeValue(out, a.at(i));
        }
        out += ']';
        break;
    }
    case QJsonValue::Double:
        // Only whole numbers are put in (years and counts, far below 2^53).
        out += QByteArray::number(v.toInteger());
        break;
    case QJsonValue::Bool:
        out += v.toBool() ? "true" : "false";
        break;
    default:
        out += "null";
    }
}

} // namespace

QByteArray fingerprintInput(const DocumentData &data)
{
    QJsonObject root;
    root.insert(QStringLiteral("template"), data.templateId);

    QJsonObject unit;
    unit.insert(QStringLiteral("name"), data.unit.name);
    unit.insert(QStringLiteral("scope"), data.unit.scope);
    unit.insert(QStringLiteral("type"), data.unit.type);
    unit.insert(QStringLiteral("year"), data.unit.year);
    unit.insert(QStringLiteral("compiled"), data.unit.compiled.isNull() ? QStringLiteral("") : data.unit.compiled);
    root.insert(QStringLiteral("unit"), unit);

    QJsonObject subjects;
    for (const auto &[code, name] : data.subjects)
        subjects.insert(code, name);
    root.insert(QStringLiteral("subjects"), subjects);

    QJsonObject rows;
    for (const auto &[table, codes] : data.subjectRows) {
        if (codes.empty())
            continue;
        QJsonArray list;
        for (const QString &code : codes) // a std::set: sorted
            list.append(code);
        rows.insert(table, list);
    }
    root.insert(QStringLiteral("rows"), rows);

    QJsonObject values;
    for (const auto &[address, amount] : data.values) {
        if (amount.fen() != 0)
            values.insert(address, QString::number(amount.fen()));
    }
    root.insert(QStringLiteral("values"), values);

    QJsonObject texts;
    for (const auto &[key, text] : data.texts) {
        if (!text.isEmpty())
            texts.insert(key, text);
    }
    root.insert(QStringLiteral("texts"), texts);

    QJsonObject counts;
    for (const auto &[key, n] : data.counts)
        counts.insert(key, QJsonValue(n));
    root.insert(QStringLiteral("counts"), counts);

    root.insert(QStringLiteral("evaluations"), evaluationsToJson(data.evaluations));

    QByteArray out = QByteArray(kFingerprintVersion) + '\n';
    writeObject(out, root);
    return out;
}

QString documentFingerprint(const DocumentData &data)
{
    const QByteArray digest = QCryptographicHash::hash(fingerprintInput(data), QCryptographicHash::Sha256);
    const QString hex = QString::fromLatin1(digest.left(8).toHex()).toUpper();
    return hex.mid(0, 4) + QLatin1Char('-') + hex.mid(4, 4) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-')
           + hex.mid(12, 4);
}

QString documentFingerprint(const Document &doc)
{
    return documentFingerprint(doc.data());
}

} // namespace fa
