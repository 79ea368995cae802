#include "interchange.h"

#include "texts.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace fa {

namespace {

const QString kFormat = QStringLiteral("final-accounts/1");

// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Interchange)
};

// `key` is a dotted path built from the input: it is cut (excerpt()), `why` is already short.
Error keyError(Error::Code code, const QString &key, const QString &why)
{
    return Error(code, Tr::tr("“%1”: %2").arg(excerpt(key), why));
}

Status onlyKeys(const QJsonObject &o, const QStringList &allowed, const QString &prefix)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!allowed.contains(it.key()))
            return keyError(Error::Code::UnknownKey, prefix + it.key(), Tr::tr("unknown key"));
    }
    return std::nullopt;
}

Result<QString> stringAt(const QJsonObject &o, const QString &key, const QString &name, bool required = true)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        if (!required)
            return QString();
        return keyError(Error::Code::BadJson, name, Tr::tr("missing"));
    }
    if (!v.isString())
        return keyError(Error::Code::BadJson, name, Tr::tr("must be a string"));
    return v.toString();
}

// The length of the well-formed UTF-8 sequence at p[0] (at most `left` bytes), or 0: no overlong
// forms, no UTF-16 surrogates, nothing above U+10FFFF.
int utf8Length(const char *p, qsizetype left)
{
    const auto b0 = uchar(p[0]);
    if (b0 < 0x80)
        return 1;
    int len = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if (b0 >= 0xc2 && b0 <= 0xdf)
        len = 2, cp = b0 & 0x1f, min = 0x80;
    else if ((b0 & 0xf0) == 0xe0)
        len = 3, cp = b0 & 0x0f, min = 0x800;
    else if (b0 >= 0xf0 && b0 <= 0xf4)
        len = 4, cp = b0 & 0x07, min = 0x10000;
    else
        return 0;
    if (left < len)
        return 0;
    for (int k = 1; k < len; ++k) {
        const auto b = uchar(p[k]);
        if ((b & 0xc0) != 0x80)
            return 0;
        cp = (cp << 6) | (b & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
        return 0;
    return len;
}

// The UTF-16 code unit of the four hex digits at p (QJsonDocument has checked they are hex).
char16_t hex4(const char *p)
{
    char16_t v = 0;
    for (int k = 0; k < 4; ++k) {
        const char c = p[k];
        v = char16_t(v * 16 + (c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10));
    }
    return v;
}

// What Qt's JSON parser lets through and a document must not. This scans well-formed JSON
// (QJsonDocument has accepted it) for
// - an object that names a key twice: Qt keeps the last and says nothing, silently losing a value;
// - a \u escape that is half a surrogate pair ("\ud800x"): Qt keeps the lone surrogate, which no
//   UTF-8 file can hold and which turns into another character (U+FFFD) when written back;
// - bytes that are not UTF-8 (Qt refuses them today; a file must not depend on that);
// - a control character in a key (no key of the format has one).
// The error names the dotted path of the key or value. Qt offers no hook for any of it.
Status scanRaw(const QByteArray &json)
{
    struct Frame {
        bool object;
        bool expectKey;
        QString path;
        QSet<QString> keys;
        QString lastKey;
    };
    const auto join = [](const QString &path, const QString &key) {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    };
    enum class Flaw { None, LoneSurrogate, NotUtf8 };
    std::vector<Frame> stack;
    const char *data = json.constData();
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = data[i];
        if (c == '{' || c == '[') {
            QString path;
            if (!stack.empty()) {
                const Frame &top = stack.back();
                path = top.object ? join(top.path, top.lastKey) : top.path;
            }
            stack.push_back({c == '{', c == '{', path, {}, {}});
            continue;
        }
        if (c == '}' || c == ']') {
            if (!stack.empty())
                stack.pop_back();
            continue;
        }
        if (c == ',') {
            if (!stack.empty() && stack.back().object)
                stack.back().expectKey = true;
            continue;
        }
        if (c != '"')
            continue;

        // A string: find its end, and the first flaw in it.
        const qsizetype start = i;
        bool escaped = false;
        Flaw flaw = Flaw::None;
        QString flawEscape; // the offending escape as written
        for (++i; i < n; ++i) {
            const char d = data[i];
            if (d == '"')
                break;
            if (d == '\\') {
                escaped = true;
                if (i + 1 < n && data[i + 1] != 'u') {
                    ++i;
                    continue;
                }
                if (i + 5 >= n)
                    break;
                const char16_t u = hex4(data + i + 2);
                if (QChar::isHighSurrogate(u) && i + 11 < n && data[i + 6] == '\\' && data[i + 7] == 'u'
                    && QChar::isLowSurrogate(hex4(data + i + 8))) {
                    i += 11; // a whole pair: one character
                    continue;
                }
                if (QChar::isSurrogate(u) && flaw == Flaw::None) {
                    flaw = Flaw::LoneSurrogate;
                    flawEscape = QString::fromLatin1(data + i, 6);
                }
                i += 5;
            } else if (uchar(d) >= 0x80) {
                const int len = utf8Length(data + i, n - i);
                if (len == 0) {
                    if (flaw == Flaw::None)
                        flaw = Flaw::NotUtf8;
                    continue;
                }
                i += len - 1;
            }
        }
        const bool isKey = !stack.empty() && stack.back().object && stack.back().expectKey;
        const QByteArray raw = json.mid(start + 1, i - start - 1); // between the quotes
        if (flaw != Flaw::None) {
            QString where;
            if (isKey)
                where = join(stack.back().path, QString::fromUtf8(raw)); // as written, escapes and all
            else if (!stack.empty())
                where = stack.back().object ? join(stack.back().path, stack.back().lastKey) : stack.back().path;
            const QString why = flaw == Flaw::LoneSurrogate
                ? Tr::tr("the escape “%1” is half of a surrogate pair without its other half, not a character")
                      .arg(flawEscape)
                : Tr::tr("the text is not valid UTF-8");
            return keyError(Error::Code::BadJson, where, why);
        }
        if (!isKey)
            continue;
        const QString key = escaped ? QJsonDocument::fromJson("[\"" + raw + "\"]").array().at(0).toString()
                                    : QString::fromUtf8(raw);
        Frame &top = stack.back();
        top.expectKey = false;
        const QString path = join(top.path, key);
        for (QChar k : key) {
            if (k.unicode() < 0x20 || k.unicode() == 0x7f) {
                const QString hex = QString::number(k.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0'));
                return keyError(Error::Code::BadJson, path, Tr::tr("a key must not contain the control character U+%1").arg(hex));
            }
        }
        if (top.keys.contains(key))
            return keyError(Error::Code::BadJson, path, Tr::tr("given twice"));
        top.keys.insert(key);
        top.lastKey = key;
    }
    return std::nullopt;
}

} // namespace

Result<DocumentData> readInterchange(const QByteArray &json)
{
    if (json.size() > kMaxInterchangeSize)
        return Error(Error::Code::TooLarge, Tr::tr("The JSON file is too large."));
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError)
        return Error(Error::Code::BadJson, Tr::tr("Not valid JSON at offset %1: %2").arg(perr.offset).arg(perr.errorString()));
    if (!doc.isObject())
        return Error(Error::Code::BadJson, Tr::tr("The JSON document must be an object."));
    if (auto e = scanRaw(json))
        return *e;
    const QJsonObject root = doc.object();
    if (auto e = onlyKeys(root, {QStringLiteral("format"), QStringLiteral("template"), QStringLiteral("unit"),
                                 QStringLiteral("amount_unit"), QStringLiteral("subjects"), QStringLiteral("values"),
                                 QStringLiteral("texts"), QStringLiteral("counts"), QStringLiteral("evaluations")},
                          {}))
        return *e;

    DocumentData data;
    const auto format = stringAt(root, QStringLiteral("format"), QStringLiteral("format"));
    if (!format)
        return format.error();
    if (format.value() != kFormat)
        return keyError(Error::Code::BadValue, QStringLiteral("format"),
                        Tr::tr("“%1” is not a format this program reads (expected “%2”)")
                            .arg(excerpt(format.value()), kFormat));
    const auto tpl = stringAt(root, QStringLiteral("template"), QStringLiteral("template"));
    if (!tpl)
        return tpl.error();
    data.templateId = tpl.value();
    const Template *t = findTemplate(data.templateId);
    if (!t)
        return keyError(Error::Code::BadValue, QStringLiteral("template"),
                        Tr::tr("unknown template “%1”").arg(excerpt(data.templateId)));

    // unit
    const QJsonValue unitValue = root.value(QStringLiteral("unit"));
    if (!unitValue.isObject())
        return keyError(Error::Code::BadJson, QStringLiteral("unit"), Tr::tr("must be an object"));
    const QJsonObject unit = unitValue.toObject();
    if (auto e = onlyKeys(unit, {QStringLiteral("name"), QStringLiteral("scope"), QStringLiteral("type"),
                                 QStringLiteral("year"), QStringLiteral("compiled")},
                          QStringLiteral("unit.")))
        return *e;
    for (const auto &[key, field] : {std::pair{QStringLiteral("name"), &data.unit.name},
                                     std::pair{QStringLiteral("scope"), &data.unit.scope},
                                     std::pair{QStringLiteral("type"), &data.unit.type},
                                     std::pair{QStringLiteral("compiled"), &data.unit.compiled}}) {
        const auto s = stringAt(unit, key, QStringLiteral("unit.") + key, key != QLatin1String("compiled"));
        if (!s)
            return s.error();
        *field = s.value();
    }
    const QJsonValue year = unit.value(QStringLiteral("year"));
    if (!year.isDouble() || year.toDouble() != double(year.toInt()))
        return keyError(Error::Code::BadJson, QStringLiteral("unit.year"), Tr::tr("must be a whole number"));
    data.unit.year = year.toInt();
    if (auto e = validateUnit(data.unit))
        return keyError(e->code, QStringLiteral("unit"), e->message);
    if (auto e = validateCompiled(data.unit.compiled, data.unit.year))
        return keyError(e->code, QStringLiteral("unit.compiled"), e->message);

    const auto amountUnitText = stringAt(root, QStringLiteral("amount_unit"), QStringLiteral("amount_unit"));
    if (!amountUnitText)
        return amountUnitText.error();
    const auto amountUnit = amountUnitFromString(amountUnitText.value());
    if (!amountUnit || amountUnitText.value() != amountUnitName(*amountUnit))
        return keyError(Error::Code::BadValue, QStringLiteral("amount_unit"), Tr::tr("must be 元 or 万元"));
    data.amountUnit = *amountUnit;

    // subjects: before values, so that codes they name are known.
    const QJsonValue subjectsValue = root.value(QStringLiteral("subjects"));
    if (!subjectsValue.isUndefined() && !subjectsValue.isObject())
        return keyError(Error::Code::BadJson, QStringLiteral("subjects"), Tr::tr("must be an object"));
    const QJsonObject subjects = subjectsValue.toObject();
    for (auto it = subjects.begin(); it != subjects.end(); ++it) {
        const QString key = QStringLiteral("subjects.") + it.key();
        if (!functionCodeLevel(it.key()))
            return keyError(Error::Code::BadCode, key, Tr::tr("not a function classification code (3, 5 or 7 digits)"));
        if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
            return keyError(Error::Code::BadJson, key, Tr::tr("the name must be a non-empty string"));
        if (it.value().toString().size() > kMaxNameLength)
            return keyError(Error::Code::TooLarge, key, Tr::tr("the name is too long"));
        if (auto e = validateSubjectName(it.key(), it.value().toString()))
            return keyError(e->code, key, e->message);
        data.subjects[it.key()] = it.value().toString();
    }

    // values
    const QJsonValue valuesValue = root.value(QStringLiteral("values"));
    if (!valuesValue.isObject())
        return keyError(Error::Code::BadJson, QStringLiteral("values"), Tr::tr("must be an object"));
    const QJsonObject values = valuesValue.toObject();
    for (auto it = values.begin(); it != values.end(); ++it) {
        const QString key = QStringLiteral("values.") + it.key();
        const auto cell = resolveEnteredAddress(*t, data.subjects, it.key());
        if (!cell)
            return keyError(cell.error().code, key, cell.error().message);
        if (!it.value().isString())
            return keyError(Error::Code::BadAmount, key, Tr::tr("the amount must be a string such as \"1788.25\""));
        // The documented form exactly; the editor's friendlier Money::parse() is for typing.
        const QString text = it.value().toString();
        const auto amount = Money::parseInterchange(text, data.amountUnit);
        if (!amount) {
            QString why;
            switch (amount.error) {
            case Money::ParseError::TooManyDecimals:
                why = Tr::tr("“%1” is not exact in 分 (at most %2 decimals in %3)")
                          .arg(excerpt(text))
                          .arg(data.amountUnit == AmountUnit::Yuan ? 2 : 6)
                          .arg(amountUnitName(data.amountUnit));
                break;
            case Money::ParseError::Syntax:
                why = Tr::tr("“%1” is not an amount as this format writes it: ASCII digits without leading zeros, "
                             "an optional leading “-” and optional decimals after a “.”, such as “-1788.25”")
                          .arg(excerpt(text));
                break;
            default:
                why = Money::parseErrorMessage(amount.error);
            }
            return keyError(amount.error == Money::ParseError::Overflow ? Error::Code::Overflow : Error::Code::BadAmount,
                            key, why);
        }
        if (amount.value->fen() > kMaxEnteredFen || amount.value->fen() < -kMaxEnteredFen)
            return keyError(Error::Code::Overflow, key, Tr::tr("the amount is out of range"));
        data.values[it.key()] = *amount.value;
        if (cell.value().subjectRow)
            data.subjectRows[cell.value().table->id].insert(cell.value().row);
    }

    // texts
    const QJsonValue textsValue = root.value(QStringLiteral("texts"));
    if (!textsValue.isUndefined() && !textsValue.isObject())
        return keyError(Error::Code::BadJson, QStringLiteral("texts"), Tr::tr("must be an object"));
    const QJsonObject texts = textsValue.toObject();
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        const QString key = QStringLiteral("texts.") + it.key();
        if (!isKnownTextKey(it.key()))
            return keyError(Error::Code::UnknownKey, key, Tr::tr("unknown text key"));
        if (!it.value().isString())
            return keyError(Error::Code::BadJson, key, Tr::tr("must be a string"));
        if (it.value().toString().size() > kMaxTextLength)
            return keyError(Error::Code::TooLarge, key, Tr::tr("the text is too long"));
        if (auto e = validateText(it.key(), it.value().toString()))
            return keyError(e->code, key, e->message);
        if (!it.value().toString().isEmpty())
            data.texts[it.key()] = it.value().toString();
    }

    // counts
    const QJsonValue countsValue = root.value(QStringLiteral("counts"));
    if (!countsValue.isUndefined() && !countsValue.isObject())
        return keyError(Error::Code::BadJson, QStringLiteral("counts"), Tr::tr("must be an object"));
    const QJsonObject counts = countsValue.toObject();
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        const QString key = QStringLiteral("counts.") + it.key();
        if (!isKnownCountKey(it.key()))
            return keyError(Error::Code::UnknownKey, key, Tr::tr("unknown count key"));
        const qint64 n = it.value().toInteger(-1); // -1 for anything but a whole number
        if (n < 0 || n > kMaxCount)
            return keyError(Error::Code::BadValue, key, Tr::tr("must be a whole number from 0 to %1").arg(kMaxCount));
        data.counts[it.key()] = n;
    }

    // evaluations: the 绩效自评 tables (performance.h)
    const QJsonValue evaluationsValue = root.value(QStringLiteral("evaluations"));
    if (!evaluationsValue.isUndefined()) {
        if (!evaluationsValue.isArray())
            return keyError(Error::Code::BadJson, QStringLiteral("evaluations"), Tr::tr("must be an array"));
        auto evaluations = evaluationsFromJson(evaluationsValue.toArray());
        if (!evaluations)
            return evaluations.error();
        data.evaluations = std::move(evaluations.value());
    }

    if (auto e = validateDocument(data))
        return *e;
    return data;
}

QByteArray writeInterchange(const DocumentData &data)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), kFormat);
    root.insert(QStringLiteral("template"), data.templateId);
    QJsonObject unit;
    unit.insert(QStringLiteral("name"), data.unit.name);
    unit.insert(QStringLiteral("scope"), data.unit.scope);
    unit.insert(QStringLiteral("type"), data.unit.type);
    unit.insert(QStringLiteral("year"), data.unit.year);
    if (!data.unit.compiled.isEmpty())
        unit.insert(QStringLiteral("compiled"), data.unit.compiled);
    root.insert(QStringLiteral("unit"), unit);
    root.insert(QStringLiteral("amount_unit"), amountUnitName(data.amountUnit));

    QJsonObject subjects;
    for (const auto &[code, name] : data.subjects)
        subjects.insert(code, name);
    root.insert(QStringLiteral("subjects"), subjects);

    // A listed 项 row with no stored value keeps its place with an explicit zero.
    std::map<QString, Money> values = data.values;
    const Template *t = findTemplate(data.templateId);
    for (const auto &[table, codes] : data.subjectRows) {
        const TableDecl *decl = t ? t->table(table) : nullptr;
        if (!decl)
            continue;
        for (const QString &code : codes) {
            const QString prefix = table + QLatin1Char('/') + code + QLatin1Char('/');
            const auto it = values.lower_bound(prefix);
            if (it == values.end() || !it->first.startsWith(prefix))
                values[prefix + decl->leafEntered.first()] = Money();
        }
    }
    QJsonObject valuesObject;
    for (const auto &[address, amount] : values) {
        valuesObject.insert(address, data.amountUnit == AmountUnit::Yuan ? amount.toYuanString()
                                                                        : amount.toExactWanyuanString());
    }
    root.insert(QStringLiteral("values"), valuesObject);

    QJsonObject texts;
    for (const auto &[key, text] : data.texts)
        texts.insert(key, text);
    root.insert(QStringLiteral("texts"), texts);
    if (!data.counts.empty()) {
        QJsonObject counts;
        for (const auto &[key, n] : data.counts)
            counts.insert(key, QJsonValue(n));
        root.insert(QStringLiteral("counts"), counts);
    }
    if (!data.evaluations.empty())
        root.insert(QStringLiteral("evaluations"), evaluationsToJson(data.evaluations));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace fa
