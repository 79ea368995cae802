#include "report.h"

#include "evaluationcheck.h"

#include "chinese.h"
#include "layout.h"
#include "narrative.h"
#include "textcheck.h"

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

// A grid of text cells with per-column widths; a cell may span several columns (headings).
struct Grid {
    struct Cell {
        QString text;
        int span = 1;
        bool right = false;
    };
    std::vector<std::vector<Cell>> rows; // each row: cells left to right, spans included

    QString render() const
    {
        std::vector<int> widths;
        for (const auto &r : rows) {
            int c = 0;
            for (const Cell &cell : r) {
                widths.resize(std::max<std::size_t>(widths.size(), std::size_t(c + cell.span)), 0);
                if (cell.span == 1)
                    widths[c] = std::max(widths[c], displayWidth(cell.text));
                c += cell.span;
            }
        }
        // A spanning heading wider than its columns widens the last of them.
        for (const auto &r : rows) {
            int c = 0;
            for (const Cell &cell : r) {
                if (cell.span > 1) {
                    const int have = spanWidth(widths, c, cell.span);
                    const int need = displayWidth(cell.text);
                    if (need > have)
                        widths[c + cell.span - 1] += need - have;
                }
                c += cell.span;
            }
        }
        QString out;
        for (const auto &r : rows) {
            QStringList cells;
            int c = 0;
            for (const Cell &cell : r) {
                const int w = spanWidth(widths, c, cell.span);
                cells << (cell.right ? padLeft(cell.text, w) : padRight(cell.text, w));
                c += cell.span;
            }
            QString line = cells.join(QStringLiteral("  "));
            while (line.endsWith(QLatin1Char(' ')))
                line.chop(1);
            out += line + QLatin1Char('\n');
        }
        return out;
    }

    static int spanWidth(const std::vector<int> &widths, int first, int span)
    {
        int w = 2 * (span - 1);
        for (int i = first; i < first + span; ++i)
            w += widths[i];
        return w;
    }
};

} // namespace

int displayWidth(const QString &text)
{
    // Over the UTF-16 units, pairing surrogates, without building a UCS-4 copy (every cell of an
    // exported table is measured).
    int w = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < n && text.at(i + 1).isLowSurrogate())
            c = QChar::surrogateToUcs4(char16_t(c), text.at(++i).unicode());
        w += isWide(c) ? 2 : 1;
    }
    return w;
}

QString renderTableText(const Document &doc, const QString &tableId, AmountUnit unit)
{
    const Engine &e = doc.engine();
    const Sheet *s = e.sheet(tableId);
    if (!s)
        return {};
    const TableLayout layout(*s);
    const TableCaption caption = tableCaption(*s, doc.data().unit, unit);
    QString out;
    out += caption.title + QStringLiteral("    ") + caption.code + QLatin1Char('\n');
    out += caption.unitLine + QStringLiteral("    ") + caption.year + QStringLiteral("    ") + caption.amountUnit
           + QLatin1Char('\n');

    const int columns = layout.columnCount();
    auto isAmount = [&](int c) { return layout.column(c).role == GridColumnDecl::Role::Amount; };
    Grid g;
    // Headings as printed: each heading cell at the top left of its span; a cell covered by a
    // heading from a row above stays blank.
    for (int r = 0; r < layout.headerRowCount(); ++r) {
        std::vector<Grid::Cell> row;
        for (int c = 0; c < columns;) {
            const HeaderCellDecl *h = layout.headerAt(r, c);
            if (h && h->column == c) {
                const int span = std::min(h->columnSpan, columns - c);
                row.push_back({h->row == r ? h->text : QString(), span, r == layout.print().lanciRow && isAmount(c)});
                c += span;
            } else {
                row.push_back({});
                ++c;
            }
        }
        g.rows.push_back(std::move(row));
    }
    for (int b = 0; b < layout.bodyRowCount(); ++b) {
        std::vector<Grid::Cell> row;
        for (int c = 0; c < columns; ++c) {
            const TableLayout::Slot slot = layout.slot(b, c);
            switch (slot.kind) {
            case TableLayout::Slot::Kind::Amount:
                row.push_back({slot.cell == kNoCell ? QString() : e.value(slot.cell).toString(unit, Money::Grouping::Thousands),
                               1, true});
                break;
            case TableLayout::Slot::Kind::Name:
                row.push_back({QString(2 * layout.level(slot.tableRow), QLatin1Char(' ')) + layout.text(b, c)});
                break;
            case TableLayout::Slot::Kind::Line:
                row.push_back({layout.text(b, c), 1, true});
                break;
            default:
                row.push_back({layout.text(b, c)});
            }
        }
        g.rows.push_back(std::move(row));
    }
    out += g.render();
    out += caption.note + QLatin1Char('\n');
    if (!caption.emptyNote.isEmpty())
        out += caption.emptyNote + QLatin1Char('\n');
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
        if (tableId.isEmpty() ? !s.decl->published : s.decl->id != tableId)
            continue; // the unpublished 补充数据 only when asked for
        cells.insert(e.address(id), e.value(id).toString(unit));
    }
    QJsonObject root;
    root.insert(QStringLiteral("amount_unit"), amountUnitName(unit));
    root.insert(QStringLiteral("cells"), cells);
    return root;
}

QString textPlace(const TextFinding &f)
{
    if (f.section > 0)
        return Tr::tr("情况说明 %1, paragraph %2").arg(chineseNumeral(f.section)).arg(f.paragraph + 1)
               + (f.key.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(f.key));
    return f.key;
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
    const std::vector<TextFinding> texts = checkTexts(doc);
    for (const TextFinding &f : texts)
        out += QStringLiteral("[%1] %2  %3\n    %4\n    %5\n")
                   .arg(Tr::tr("Warning"), f.rule, textPlace(f), f.message, f.sentence);
    int evaluationWarnings = 0, evaluationRounding = 0;
    for (const EvaluationFinding &f : checkEvaluations(doc)) {
        const bool rounding = f.severity == Severity::Rounding;
        (rounding ? evaluationRounding : evaluationWarnings) += 1;
        out += QStringLiteral("[%1] %2  %3\n    %4\n")
                   .arg(rounding ? Tr::tr("Rounding (尾差)") : Tr::tr("Warning"), f.rule, evaluationPlace(doc, f), f.message);
    }
    out += Tr::tr("%1 errors, %2 warnings, %3 rounding differences (尾差).\n")
               .arg(c.count(Severity::Error))
               .arg(c.count(Severity::Warning) + int(texts.size()) + evaluationWarnings)
               .arg(c.count(Severity::Rounding) + evaluationRounding);
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
    for (const TextFinding &f : checkTexts(doc)) {
        QJsonObject o;
        o.insert(QStringLiteral("severity"), severityName(f.severity));
        o.insert(QStringLiteral("rule"), f.rule);
        o.insert(QStringLiteral("place"), textPlace(f));
        if (!f.key.isEmpty())
            o.insert(QStringLiteral("key"), f.key);
        if (f.section > 0)
            o.insert(QStringLiteral("section"), f.section);
        if (f.paragraph >= 0)
            o.insert(QStringLiteral("paragraph"), f.paragraph);
        o.insert(QStringLiteral("sentence"), f.sentence);
        o.insert(QStringLiteral("found"), f.found);
        if (!f.expected.isEmpty())
            o.insert(QStringLiteral("expected"), f.expected);
        if (!f.address.isEmpty())
            o.insert(QStringLiteral("address"), f.address);
        o.insert(QStringLiteral("message"), f.message);
        list.append(o);
    }
    for (const EvaluationFinding &f : checkEvaluations(doc)) {
        QJsonObject o;
        o.insert(QStringLiteral("severity"), severityName(f.severity));
        o.insert(QStringLiteral("rule"), f.rule);
        o.insert(QStringLiteral("place"), evaluationPlace(doc, f));
        if (f.evaluation >= 0)
            o.insert(QStringLiteral("evaluation"), f.evaluation);
        if (f.indicator >= 0)
            o.insert(QStringLiteral("indicator"), f.indicator);
        if (f.fund >= 0)
            o.insert(QStringLiteral("fund"), f.fund);
        o.insert(QStringLiteral("field"), f.field);
        o.insert(QStringLiteral("found"), f.found);
        if (!f.expected.isEmpty())
            o.insert(QStringLiteral("expected"), f.expected);
        if (!f.address.isEmpty())
            o.insert(QStringLiteral("address"), f.address);
        o.insert(QStringLiteral("message"), f.message);
        list.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("findings"), list);
    return root;
}

} // namespace fa
