#include "documentdata.h"

#include <QRegularExpression>

#include "address.h"
#include "texts.h"

#include <QCoreApplication>

#include <algorithm>

namespace fa {

namespace {

// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Document)
};

// The first character of `text` that a name may not hold: a C0 control other than tab, line
// feed and carriage return.
std::optional<char16_t> forbiddenInName(const QString &text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r')
            return u;
    }
    return std::nullopt;
}

QString codePoint(char16_t u)
{
    return QStringLiteral("U+") + QString::number(unsigned(u), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

} // namespace

QString excerpt(const QString &text, qsizetype max)
{
    QString out;
    const qsizetype n = text.size();
    qsizetype i = 0;
    for (; i < n && out.size() < max; ++i) {
        const QChar c = text.at(i);
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            out += QStringLiteral("\\u%1").arg(unsigned(c.unicode()), 4, 16, QLatin1Char('0'));
        } else if (c.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else if (c.isSurrogate()) {
            out += QChar(QChar::ReplacementCharacter);
        } else {
            out += c;
        }
    }
    if (i < n)
        out += QChar(0x2026); // …
    return out;
}

QString subjectName(const Template &tpl, const std::map<QString, QString> &subjects, const QString &code)
{
    const auto it = subjects.find(code);
    if (it != subjects.end())
        return it->second;
    return tpl.functions.name(code);
}

Result<EnteredCell> resolveEnteredAddress(const Template &tpl, const std::map<QString, QString> &subjects,
                                          const QString &address)
{
    const auto parsed = CellAddress::parse(address);
    if (!parsed)
        return Error(Error::Code::BadAddress,
                     Tr::tr("“%1” is not a cell address (TABLE/ROW/COLUMN).").arg(excerpt(address)));
    const TableDecl *table = tpl.table(parsed->table);
    if (!table)
        return Error(Error::Code::BadAddress,
                     Tr::tr("“%1”: there is no table “%2”.").arg(excerpt(address), excerpt(parsed->table, kExcerptPart)));
    const auto columnIt = std::find_if(table->columns.begin(), table->columns.end(),
                                       [&](const ColumnDecl &c) { return c.key == parsed->column; });
    if (columnIt == table->columns.end())
        return Error(Error::Code::BadAddress,
                     Tr::tr("“%1”: table %2 has no column “%3”.")
                         .arg(excerpt(address), table->code, excerpt(parsed->column, kExcerptPart)));

    EnteredCell cell{table, parsed->row, parsed->column, false};
    // Built only when refused: most addresses are fine, and a translated message costs more than the lookup.
    const auto derived = [&] {
        return Tr::tr("“%1” is a derived cell: it is computed, not entered.").arg(excerpt(address));
    };

    // Named lines first (fixed lines, and the total lines of 06表).
    for (const LineDecl &l : table->lines) {
        if (l.key != parsed->row)
            continue;
        if (!l.columns.contains(parsed->column))
            return Error(Error::Code::BadAddress, Tr::tr("“%1”: this line has no such cell.").arg(excerpt(address)));
        if (!l.entered.contains(parsed->column))
            return Error(Error::Code::DerivedCell, derived());
        return cell;
    }

    switch (table->rows) {
    case RowSource::FixedLines:
        return Error(Error::Code::BadAddress, Tr::tr("“%1”: table %2 has no line “%3”.")
                                                  .arg(excerpt(address), table->code, excerpt(parsed->row, kExcerptPart)));
    case RowSource::EconomicCatalog: {
        const QString &code = parsed->row;
        if (!tpl.economics.contains(code))
            return Error(Error::Code::BadCode,
                         Tr::tr("“%1”: “%2” is not an economic classification code of table %3.")
                             .arg(excerpt(address), excerpt(code, kExcerptPart), table->code));
        if (code.size() != 5 || !table->leafEntered.contains(parsed->column))
            return Error(Error::Code::DerivedCell, derived());
        return cell;
    }
    case RowSource::FunctionSubjects: {
        const QString &code = parsed->row;
        if (code == QStringLiteral("合计"))
            return Error(Error::Code::DerivedCell, derived());
        const auto level = functionCodeLevel(code);
        if (!level)
            return Error(Error::Code::BadCode,
                         Tr::tr("“%1”: “%2” is not a function classification code (3, 5 or 7 digits).")
                             .arg(excerpt(address), excerpt(code, kExcerptPart)));
        if (*level != SubjectLevel::Item || !table->leafEntered.contains(parsed->column))
            return Error(Error::Code::DerivedCell, derived());
        const QString kind = code.left(5);
        const QString cls = code.left(3);
        if (!tpl.functions.contains(cls))
            return Error(Error::Code::BadCode,
                         Tr::tr("“%1”: “%2” is not one of the function classification 类.")
                             .arg(excerpt(address), excerpt(cls, kExcerptPart)));
        for (const QString &c : {kind, code}) {
            if (subjectName(tpl, subjects, c).isEmpty())
                return Error(Error::Code::BadCode,
                             Tr::tr("“%1”: code “%2” is not in the catalogue; give its name.")
                                 .arg(excerpt(address), excerpt(c, kExcerptPart)));
        }
        cell.subjectRow = true;
        return cell;
    }
    }
    return Error(Error::Code::BadAddress, excerpt(address));
}

Status validateUnit(const UnitInfo &unit)
{
    if (unit.name.trimmed().isEmpty() || unit.name.size() > kMaxNameLength)
        return Error(Error::Code::BadValue, Tr::tr("The unit name must not be empty or longer than %1 characters.").arg(kMaxNameLength));
    if (const auto c = forbiddenInName(unit.name))
        return Error(Error::Code::BadValue,
                     Tr::tr("The unit name must not contain the control character %1.").arg(codePoint(*c)));
    if (unit.scope != QStringLiteral("部门") && unit.scope != QStringLiteral("单位"))
        return Error(Error::Code::BadValue, Tr::tr("The scope must be 部门 or 单位, not “%1”.").arg(excerpt(unit.scope)));
    if (unit.type.trimmed().isEmpty() || unit.type.size() > kMaxNameLength)
        return Error(Error::Code::BadValue, Tr::tr("The unit type must not be empty."));
    if (const auto c = forbiddenInName(unit.type))
        return Error(Error::Code::BadValue,
                     Tr::tr("The unit type must not contain the control character %1.").arg(codePoint(*c)));
    if (unit.year < 2000 || unit.year > 2100)
        return Error(Error::Code::BadValue, Tr::tr("The year %1 is out of range.").arg(unit.year));
    if (unit.compiled.size() > kMaxNameLength)
        return Error(Error::Code::BadValue, Tr::tr("The compilation date is too long."));
    if (const auto c = forbiddenInName(unit.compiled))
        return Error(Error::Code::BadValue,
                     Tr::tr("The compilation date must not contain the control character %1.").arg(codePoint(*c)));
    return std::nullopt;
}

Status validateCompiled(const QString &compiled, int year)
{
    if (compiled.isEmpty())
        return std::nullopt;
    static const QRegularExpression form(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QRegularExpressionMatch m = form.match(compiled);
    const int y = m.hasMatch() ? m.captured(1).toInt() : 0;
    const int month = m.hasMatch() ? m.captured(2).toInt() : 0;
    if (!m.hasMatch() || month < 1 || month > 12)
        return Error(Error::Code::BadValue,
                     Tr::tr("The compilation date “%1” is not a month written as YYYY-MM, such as %2-09.").arg(excerpt(compiled)).arg(year + 1));
    if (y < year || y > year + 2)
        return Error(Error::Code::BadValue,
                     Tr::tr("The compilation date %1 is not between the accounts' year %2 and two years after it.").arg(compiled).arg(year));
    return std::nullopt;
}

Status validateSubjectName(const QString &code, const QString &name)
{
    if (name.trimmed().isEmpty() || name.size() > kMaxNameLength)
        return Error(Error::Code::BadValue,
                     Tr::tr("The name of subject %1 is empty or too long.").arg(excerpt(code, kExcerptPart)));
    if (const auto c = forbiddenInName(name))
        return Error(Error::Code::BadValue,
                     Tr::tr("The name of subject %1 must not contain the control character %2.")
                         .arg(excerpt(code, kExcerptPart), codePoint(*c)));
    return std::nullopt;
}

Status validateDocument(const DocumentData &data)
{
    const Template *tpl = findTemplate(data.templateId);
    if (!tpl)
        return Error(Error::Code::BadValue, Tr::tr("Unknown template “%1”.").arg(excerpt(data.templateId)));
    if (auto e = validateUnit(data.unit))
        return e;
    for (const auto &[code, name] : data.subjects) {
        if (!functionCodeLevel(code))
            return Error(Error::Code::BadCode, Tr::tr("“%1” is not a function classification code.").arg(excerpt(code)));
        if (auto e = validateSubjectName(code, name))
            return e;
    }
    for (const auto &[table, codes] : data.subjectRows) {
        const TableDecl *decl = tpl->table(table);
        if (!decl || decl->rows != RowSource::FunctionSubjects)
            return Error(Error::Code::BadAddress, Tr::tr("Table “%1” has no subject rows.").arg(excerpt(table)));
        if (int(codes.size()) > kMaxSubjectRowsPerTable)
            return Error(Error::Code::TooLarge, Tr::tr("Table %1 has too many rows.").arg(decl->code));
        for (const QString &code : codes) {
            const auto r = resolveEnteredAddress(*tpl, data.subjects, table + QLatin1Char('/') + code + QLatin1Char('/') + decl->leafEntered.first());
            if (!r)
                return r.error();
        }
    }
    for (const auto &[address, amount] : data.values) {
        const auto r = resolveEnteredAddress(*tpl, data.subjects, address);
        if (!r)
            return r.error();
        if (r.value().subjectRow) {
            const auto it = data.subjectRows.find(r.value().table->id);
            if (it == data.subjectRows.end() || !it->second.count(r.value().row))
                return Error(Error::Code::BadAddress, Tr::tr("“%1”: its row is not in the table.").arg(excerpt(address)));
        }
        if (auto e = validateAmount(address, amount))
            return e;
    }
    for (const auto &[key, text] : data.texts) {
        if (auto e = validateText(key, text))
            return e;
    }
    for (const auto &[key, n] : data.counts) {
        if (auto e = validateCount(key, n))
            return e;
    }
    // The 绩效自评 tables as their JSON form validates them: bounded texts, amounts and scores in range.
    if (!data.evaluations.empty()) {
        const auto read = evaluationsFromJson(evaluationsToJson(data.evaluations));
        if (!read)
            return read.error();
        if (read.value() != data.evaluations)
            return Error(Error::Code::BadValue, Tr::tr("The 绩效自评 tables do not survive being stored."));
    }
    return std::nullopt;
}

Status validateAmount(const QString &address, Money amount)
{
    if (amount.fen() <= kMaxEnteredFen && amount.fen() >= -kMaxEnteredFen)
        return std::nullopt;
    return Error(Error::Code::Overflow, Tr::tr("“%1”: the amount is out of range (at most %2 元).")
                                            .arg(excerpt(address), Money::fromFen(kMaxEnteredFen).toYuanString(Money::Grouping::Thousands)));
}

Status validateCount(const QString &key, qint64 n)
{
    if (!isKnownCountKey(key))
        return Error(Error::Code::UnknownKey, Tr::tr("“%1” is not a count this program knows.").arg(excerpt(key)));
    if (n < 0 || n > kMaxCount)
        return Error(Error::Code::BadValue,
                     Tr::tr("The count “%1” must be a whole number from 0 to %2.").arg(excerpt(key)).arg(kMaxCount));
    return std::nullopt;
}

Status validateText(const QString &key, const QString &text)
{
    if (!isKnownTextKey(key) || key.size() > kMaxNameLength)
        return Error(Error::Code::UnknownKey, Tr::tr("“%1” is not a text this program knows.").arg(excerpt(key)));
    if (text.size() > kMaxTextLength)
        return Error(Error::Code::TooLarge, Tr::tr("The text “%1” is too long.").arg(excerpt(key)));
    // Line breaks and tabs belong in a paragraph; a NUL cuts the text short wherever it is copied.
    if (text.contains(QChar(u'\0')))
        return Error(Error::Code::BadValue,
                     Tr::tr("The text “%1” must not contain the NUL character (U+0000).").arg(excerpt(key)));
    return std::nullopt;
}

} // namespace fa
