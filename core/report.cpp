#include "report.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

namespace fa {

namespace {

// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
           || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
           || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
           || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD)
           || c == 0x201C || c == 0x201D;
}

QString padRight(const QString &s, int width)
{
    return s + QString(std::max(0, width - displayWidth(s)), QLatin1Char(' '));
}

QString padLeft(const QString &s, int width)
{
    return QString(std::max(0, width - displayWidth(s)), QLatin1Char(' ')) + s;
}

QString amount(const Engine &e, CellId id, AmountUnit unit)
{
    return id == kNoCell ? QString() : e.value(id).toString(unit, Money::Grouping::Thousands);
}

// A grid of text cells rendered with per-column widths; numeric columns right-aligned.
struct Grid {
    std::vector<QStringList> rows;
    std::vector<bool> rightAligned;

    QString render() const
    {
        std::vector<int> widths;
        for (const QStringList &r : rows) {
            widths.resize(std::max<std::size_t>(widths.size(), r.size()), 0);
            for (int i = 0; i < r.size(); ++i)
                widths[i] = std::max(widths[i], displayWidth(r[i]));
        }
        QString out;
        for (const QStringList &r : rows) {
            QStringList cells;
            for (int i = 0; i < r.size(); ++i) {
                const bool right = i < int(rightAligned.size()) && rightAligned[i];
                cells << (right ? padLeft(r[i], widths[i]) : padRight(r[i], widths[i]));
            }
            QString line = cells.join(QStringLiteral("  "));
            while (line.endsWith(QLatin1Char(' ')))
                line.chop(1);
            out += line + QLatin1Char('\n');
        }
        return out;
    }
};

QString indentFor(RowInfo::Kind kind)
{
    switch (kind) {
    case RowInfo::Kind::Kind_:
        return QStringLiteral("  ");
    case RowInfo::Kind::Item:
        return QStringLiteral("    ");
    default:
        return {};
    }
}

bool tableIsEmpty(const Sheet &s)
{
    return s.decl->rows == RowSource::FunctionSubjects && s.rowCount() == 1;
}

} // namespace

int displayWidth(const QString &text)
{
    int w = 0;
    for (char32_t c : text.toUcs4())
        w += isWide(c) ? 2 : 1;
    return w;
}

QString renderTableText(const Document &doc, const QString &tableId, AmountUnit unit)
{
    const Engine &e = doc.engine();
    const Sheet *s = e.sheet(tableId);
    if (!s)
        return {};
    const TableDecl &d = *s->decl;
    const UnitInfo &u = doc.data().unit;
    QString out;
    out += d.title + QStringLiteral("    ") + d.code + QLatin1Char('\n');
    out += u.scope + QStringLiteral("：") + u.name + QStringLiteral("    ") + QString::number(u.year)
           + QStringLiteral("年度    单位：") + amountUnitName(unit) + QLatin1Char('\n');

    Grid g;
    if (d.twoSided) {
        // Income lines on the left, expense lines on the right, side by side.
        std::vector<int> left, right;
        for (int r = 0; r < s->rowCount(); ++r)
            (s->rows[r].side == 0 ? left : right).push_back(r);
        QStringList leftCols, rightCols;
        for (int c = 0; c < s->columnCount(); ++c) {
            if (!d.columns[c].printed)
                continue;
            bool inLeft = false, inRight = false;
            for (const LineDecl &l : d.lines) {
                if (l.columns.contains(d.columns[c].key))
                    (l.side == 0 ? inLeft : inRight) = true;
            }
            if (inLeft)
                leftCols << d.columns[c].key;
            if (inRight)
                rightCols << d.columns[c].key;
        }
        QStringList head = {QStringLiteral("收入项目"), QStringLiteral("行次")};
        head << leftCols << QStringLiteral("支出项目") << QStringLiteral("行次") << rightCols;
        QStringList lanci = {QStringLiteral("栏次"), QString()};
        int n = 1;
        for (int i = 0; i < leftCols.size(); ++i)
            lanci << QString::number(n++);
        lanci << QStringLiteral("栏次") << QString();
        for (int i = 0; i < rightCols.size(); ++i)
            lanci << QString::number(n++);
        g.rows.push_back(head);
        g.rows.push_back(lanci);
        g.rightAligned.assign(head.size(), true);
        g.rightAligned[0] = false;
        g.rightAligned[2 + leftCols.size()] = false;
        const std::size_t lines = std::max(left.size(), right.size());
        for (std::size_t i = 0; i < lines; ++i) {
            QStringList row;
            for (const auto &[side, cols] : {std::pair{&left, &leftCols}, std::pair{&right, &rightCols}}) {
                if (i < side->size()) {
                    const int r = (*side)[i];
                    row << s->rows[r].label << s->rows[r].key;
                    for (const QString &c : *cols)
                        row << amount(e, s->cell(r, s->columnIndex(c)), unit);
                } else {
                    row << QString() << QString();
                    for (int k = 0; k < cols->size(); ++k)
                        row << QString();
                }
            }
            g.rows.push_back(row);
        }
    } else if (d.linesAsBlocks) {
        // 09表: 预算数 columns 1–6 and 决算数 columns 7–12 on one printed row.
        QStringList blocks, head, lanci, values;
        int n = 1;
        for (int r = 0; r < s->rowCount(); ++r) {
            for (int c = 0; c < s->columnCount(); ++c) {
                blocks << (c == 0 ? s->rows[r].label : QString());
                head << d.columns[c].key;
                lanci << QString::number(n++);
                values << amount(e, s->cell(r, c), unit);
            }
        }
        g.rows = {blocks, head, lanci, values};
        g.rightAligned.assign(head.size(), true);
    } else if (d.rows == RowSource::EconomicCatalog) {
        // Three column groups side by side, then the 人员/公用经费合计 line.
        std::vector<int> groups[3];
        std::vector<int> extra;
        for (int r = 0; r < s->rowCount(); ++r) {
            if (s->rows[r].group >= 1)
                groups[s->rows[r].group - 1].push_back(r);
            else
                extra.push_back(r);
        }
        QStringList head;
        for (int k = 0; k < 3; ++k)
            head << QStringLiteral("科目编码") << QStringLiteral("科目名称") << d.columns[0].key;
        g.rows.push_back(head);
        g.rightAligned = {false, false, true, false, false, true, false, false, true};
        const std::size_t lines = std::max({groups[0].size(), groups[1].size(), groups[2].size()});
        for (std::size_t i = 0; i < lines; ++i) {
            QStringList row;
            for (const auto &grp : groups) {
                if (i < grp.size())
                    row << s->rows[grp[i]].key << s->rows[grp[i]].label << amount(e, s->cell(grp[i], 0), unit);
                else
                    row << QString() << QString() << QString();
            }
            g.rows.push_back(row);
        }
        if (extra.size() == 2) {
            g.rows.push_back({QString(), s->rows[extra[0]].label, amount(e, s->cell(extra[0], 0), unit), QString(),
                              QString(), QString(), QString(), s->rows[extra[1]].label,
                              amount(e, s->cell(extra[1], 0), unit)});
        }
    } else {
        QStringList head = {d.rows == RowSource::FunctionSubjects ? QStringLiteral("科目编码") : QStringLiteral("项目"),
                            d.rows == RowSource::FunctionSubjects ? QStringLiteral("科目名称") : QString()};
        QStringList lanci = {QString(), QStringLiteral("栏次")};
        std::vector<int> printed;
        for (int c = 0; c < s->columnCount(); ++c) {
            if (!d.columns[c].printed)
                continue;
            printed.push_back(c);
            head << d.columns[c].key;
            lanci << QString::number(d.columns[c].lanci);
        }
        g.rows.push_back(head);
        g.rows.push_back(lanci);
        g.rightAligned.assign(head.size(), true);
        g.rightAligned[0] = g.rightAligned[1] = false;
        for (int r = 0; r < s->rowCount(); ++r) {
            const RowInfo &row = s->rows[r];
            QStringList line;
            if (row.kind == RowInfo::Kind::Line || row.kind == RowInfo::Kind::Total)
                line << row.label << QString();
            else
                line << row.key << indentFor(row.kind) + row.label;
            for (int c : printed)
                line << amount(e, s->cell(r, c), unit);
            g.rows.push_back(line);
        }
    }
    out += g.render();
    out += d.note.arg(u.scope) + QLatin1Char('\n');
    if (!d.emptyNote.isEmpty() && tableIsEmpty(*s))
        out += d.emptyNote.arg(u.scope) + QLatin1Char('\n');
    return out;
}

QJsonObject cellsJson(const Document &doc, AmountUnit unit, const QString &tableId)
{
    const Engine &e = doc.engine();
    QJsonObject cells;
    for (CellId id = 0; id < e.cellCount(); ++id) {
        const auto &m = e.meta(id);
        const Sheet &s = e.sheets()[m.sheet];
        if (!s.decl->columns[m.column].printed)
            continue;
        if (!tableId.isEmpty() && s.decl->id != tableId)
            continue;
        cells.insert(e.address(id), e.value(id).toString(unit));
    }
    QJsonObject root;
    root.insert(QStringLiteral("amount_unit"), amountUnitName(unit));
    root.insert(QStringLiteral("cells"), cells);
    return root;
}

QString findingsText(const Document &doc)
{
    const Checker &c = doc.checker();
    QString out;
    for (const Finding &f : c.findings()) {
        const QString severity = f.severity == Severity::Error     ? Tr::tr("Error")
                                 : f.severity == Severity::Warning ? Tr::tr("Warning")
                                                                   : Tr::tr("Rounding (尾差)");
        out += QStringLiteral("[%1] %2  %3\n    %4\n").arg(severity, f.rule, f.address, f.message);
    }
    out += Tr::tr("%1 errors, %2 warnings, %3 rounding differences (尾差).\n")
               .arg(c.count(Severity::Error))
               .arg(c.count(Severity::Warning))
               .arg(c.count(Severity::Rounding));
    return out;
}

QJsonObject findingsJson(const Document &doc)
{
    QJsonArray list;
    for (const Finding &f : doc.checker().findings()) {
        QJsonObject o;
        o.insert(QStringLiteral("severity"), severityName(f.severity));
        o.insert(QStringLiteral("rule"), f.rule);
        o.insert(QStringLiteral("address"), f.address);
        o.insert(QStringLiteral("message"), f.message);
        if (f.expected)
            o.insert(QStringLiteral("expected"), f.expected->toWanyuanString());
        if (f.actual)
            o.insert(QStringLiteral("actual"), f.actual->toWanyuanString());
        list.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("findings"), list);
    return root;
}

} // namespace fa
