#include "tsv.h"

namespace fa::ui {

TextGrid parseTsv(const QString &text)
{
    TextGrid grid;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool cellStarted = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                    cell += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !cellStarted && cell.isEmpty()) {
            quoted = true;
            cellStarted = true;
        } else if (c == QLatin1Char('\t')) {
            row << cell;
            cell.clear();
            cellStarted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text[i + 1] == QLatin1Char('\n'))
                ++i;
            row << cell;
            grid.push_back(row);
            row.clear();
            cell.clear();
            cellStarted = false;
        } else {
            cell += c;
            cellStarted = true;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty() || cellStarted) {
        row << cell;
        grid.push_back(row);
    }
    return grid;
}

namespace {
QString quoteCell(const QString &cell)
{
    if (!cell.contains(QLatin1Char('\t')) && !cell.contains(QLatin1Char('\n')) && !cell.contains(QLatin1Char('"'))
        && !cell.contains(QLatin1Char('\r')))
        return cell;
    QString q = cell;
    q.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}
} // namespace

QString toTsv(const TextGrid &grid)
{
    QString out;
    for (const QStringList &row : grid) {
        QStringList cells;
        for (const QString &c : row)
            cells << quoteCell(c);
        out += cells.join(QLatin1Char('\t'));
        out += QLatin1Char('\n');
    }
    return out;
}

QString toHtmlTable(const TextGrid &grid)
{
    QString out = QStringLiteral("<html><head><meta charset=\"utf-8\"></head><body><table>");
    for (const QStringList &row : grid) {
        out += QStringLiteral("<tr>");
        for (const QString &c : row)
            out += QStringLiteral("<td>") + c.toHtmlEscaped() + QStringLiteral("</td>");
        out += QStringLiteral("</tr>");
    }
    out += QStringLiteral("</table></body></html>");
    return out;
}

} // namespace fa::ui
