// The 2024 template: the nine 公开表 as published for the 2024 final accounts, their
// derivations and the checks a reviewer makes. Another year gets its own file like this one.

#include "template.h"

#include "chinese.h"

namespace fa {

namespace {

QString line(int n) { return QString::number(n); }
QString addr(const QString &table, const QString &row, const QString &column)
{
    return table + QLatin1Char('/') + row + QLatin1Char('/') + column;
}

DerivationDecl sum(const QString &target, std::vector<TermDecl> terms)
{
    DerivationDecl d;
    d.kind = DerivationDecl::Kind::Sum;
    d.target = target;
    d.terms = std::move(terms);
    return d;
}

DerivationDecl rowTotal(const QString &table, const QString &column, std::vector<TermDecl> columns)
{
    DerivationDecl d;
    d.kind = DerivationDecl::Kind::RowTotal;
    d.table = table;
    d.target = column;
    d.terms = std::move(columns); // addresses are column keys here
    return d;
}

DerivationDecl tree(const QString &table, const QStringList &columns)
{
    DerivationDecl d;
    d.kind = DerivationDecl::Kind::Tree;
    d.table = table;
    d.columns = columns;
    return d;
}

DerivationDecl classLines(const QString &targetTable, int firstLine, const QString &targetColumn,
                          const QString &sourceTable, const QString &sourceColumn)
{
    DerivationDecl d;
    d.kind = DerivationDecl::Kind::ClassLines;
    d.target = targetTable;
    d.firstLine = firstLine;
    d.targetColumn = targetColumn;
    d.table = sourceTable;
    d.columns = {sourceColumn};
    return d;
}

CheckDecl equal(const QString &id, const QString &description, std::vector<TermDecl> lhs,
                std::vector<TermDecl> rhs)
{
    CheckDecl c;
    c.kind = CheckDecl::Kind::Equal;
    c.id = id;
    c.description = description;
    c.lhs = std::move(lhs);
    c.rhs = std::move(rhs);
    return c;
}

CheckDecl classEqual(const QString &id, const QString &description, const QString &table,
                     const QString &column, const QString &targetTable, int firstLine,
                     const QString &targetColumn)
{
    CheckDecl c;
    c.kind = CheckDecl::Kind::ClassEqual;
    c.id = id;
    c.description = description;
    c.table = table;
    c.columns = {column};
    c.otherTable = targetTable;
    c.firstLine = firstLine;
    c.targetColumn = targetColumn;
    return c;
}

std::vector<TermDecl> lines(const QString &table, int from, int to, const QString &column)
{
    std::vector<TermDecl> t;
    for (int i = from; i <= to; ++i)
        t.push_back({addr(table, line(i), column)});
    return t;
}

// Last year's figures (情况说明 compares with them) as non-printed, entered columns beside the
// printed ones of each non-blank line: "上年" + the printed heading.
void addPriorYearColumns(TableDecl &d)
{
    const std::size_t printed = d.columns.size();
    for (std::size_t i = 0; i < printed; ++i)
        d.columns.push_back({QStringLiteral("上年") + d.columns[i].key, false});
    for (LineDecl &l : d.lines) {
        const QStringList current = l.columns;
        for (const QString &c : current) {
            l.columns << QStringLiteral("上年") + c;
            l.entered << QStringLiteral("上年") + c;
        }
    }
}

CheckDecl largeChange(const QString &id, const QString &description, const QString &address)
{
    CheckDecl c;
    c.kind = CheckDecl::Kind::LargeChange;
    c.id = id;
    c.description = description;
    c.lhs = {{address}};
    const auto parts = address.split(QLatin1Char('/'));
    c.rhs = {{parts[0] + QLatin1Char('/') + parts[1] + QStringLiteral("/上年") + parts[2]}};
    c.percent = 30;
    c.textKeyPattern = QStringLiteral("reason/change/%1");
    return c;
}


// ---- Printed layouts ---------------------------------------------------------------------------

using Role = GridColumnDecl::Role;

HeaderCellDecl heading(int row, int column, const QString &text, int rowSpan = 1, int columnSpan = 1)
{
    return {row, column, rowSpan, columnSpan, text};
}

// The 栏次 row: the printed amount columns numbered from 1, left to right.
void numberColumns(PrintDecl &p, int row, const QString &label, int labelColumn)
{
    p.lanciRow = row;
    int n = 1;
    for (int c = 0; c < int(p.columns.size()); ++c) {
        const Role role = p.columns[c].role;
        if (role == Role::Amount)
            p.header.push_back(heading(row, c, QString::number(n++)));
        else if (!label.isEmpty() && c == labelColumn)
            p.header.push_back(heading(row, c, label));
    }
}

// A heading over several columns (`title` set) or one column's own heading spanning both rows.
struct HeadingGroup {
    QString title;
    QStringList columns;
};

// 02, 03, 05, 07, 08表: 项目 over the code and name columns, the amount headings (some under a
// group heading), then the 栏次 row with 栏次 in the name column.
PrintDecl subjectPrint(const TableDecl &d, const QString &codeHeading, const std::vector<HeadingGroup> &groups)
{
    PrintDecl p;
    p.arrangement = Arrangement::Rows;
    p.headerRows = 3;
    p.columns = {{Role::Code, 0, {}}, {Role::Name, 0, {}}};
    p.header = {heading(0, 0, QStringLiteral("项目"), 1, 2), heading(1, 0, codeHeading),
                heading(1, 1, QStringLiteral("科目名称"))};
    for (const HeadingGroup &g : groups) {
        const int first = int(p.columns.size());
        if (!g.title.isEmpty())
            p.header.push_back(heading(0, first, g.title, 1, int(g.columns.size())));
        for (const QString &c : g.columns) {
            const int at = int(p.columns.size());
            p.header.push_back(g.title.isEmpty() ? heading(0, at, d.column(c)->printedLabel(), 2)
                                                 : heading(1, at, d.column(c)->printedLabel()));
            p.columns.push_back({Role::Amount, 0, c});
        }
    }
    numberColumns(p, 2, QStringLiteral("栏次"), 1);
    p.landscape = p.columns.size() >= 8;
    return p;
}

// 01, 04表: 收入 lines on the left, 支出 lines on the right, each with 项目, 行次 and amounts.
PrintDecl sidesPrint(const TableDecl &d, const QStringList &left, const QStringList &right)
{
    PrintDecl p;
    p.arrangement = Arrangement::Sides;
    p.headerRows = 3;
    const QString sideTitle[] = {QStringLiteral("收入"), QStringLiteral("支出")};
    const QStringList *sideColumns[] = {&left, &right};
    for (int side = 0; side < 2; ++side) {
        const int first = int(p.columns.size());
        p.header.push_back(heading(0, first, sideTitle[side], 1, 2 + int(sideColumns[side]->size())));
        p.header.push_back(heading(1, first, QStringLiteral("项目")));
        p.header.push_back(heading(1, first + 1, QStringLiteral("行次")));
        p.header.push_back(heading(2, first, QStringLiteral("栏次")));
        p.columns.push_back({Role::Name, side, {}});
        p.columns.push_back({Role::Line, side, {}});
        for (const QString &c : *sideColumns[side]) {
            p.header.push_back(heading(1, int(p.columns.size()), d.column(c)->printedLabel()));
            p.columns.push_back({Role::Amount, side, c});
        }
    }
    numberColumns(p, 2, {}, -1);
    p.landscape = p.columns.size() >= 8;
    return p;
}

// 06表: three groups of 经济分类科目编码 | 科目名称 | 决算数 side by side; no 栏次 row.
PrintDecl groupsPrint(const QString &amountColumn, const QString &amountHeading)
{
    PrintDecl p;
    p.arrangement = Arrangement::Groups;
    p.headerRows = 1;
    for (int group = 0; group < 3; ++group) {
        const int first = int(p.columns.size());
        p.header.push_back(heading(0, first, QStringLiteral("经济分类科目编码")));
        p.header.push_back(heading(0, first + 1, QStringLiteral("科目名称")));
        p.header.push_back(heading(0, first + 2, amountHeading));
        p.columns.push_back({Role::Code, group, {}});
        p.columns.push_back({Role::Name, group, {}});
        p.columns.push_back({Role::Amount, group, amountColumn});
    }
    p.landscape = true;
    return p;
}

const QString kFootnoteTail = QStringLiteral("本表金额转换为万元时，因四舍五入可能存在尾差。");

} // namespace

Template makeTemplate2024()
{
    Template t;
    t.id = QStringLiteral("2024");
    t.functions = FunctionCatalog::fromTsv(builtinText(QStringLiteral(":/fa/data/function_classification_2024.tsv")));
    t.economics = EconomicCatalog::fromTsv(builtinText(QStringLiteral(":/fa/data/economic_classification_2024.tsv")));

    const QString T01 = QStringLiteral("t01"), T02 = QStringLiteral("t02"), T03 = QStringLiteral("t03"),
                  T04 = QStringLiteral("t04"), T05 = QStringLiteral("t05"), T06 = QStringLiteral("t06"),
                  T07 = QStringLiteral("t07"), T08 = QStringLiteral("t08"), T09 = QStringLiteral("t09");
    const QString JSS = QStringLiteral("决算数");
    const QString JE = QStringLiteral("金额");
    const QString HJ = QStringLiteral("合计");
    const QString GEN = QStringLiteral("一般公共预算财政拨款");
    const QString FUND = QStringLiteral("政府性基金预算财政拨款");
    const QString CAP = QStringLiteral("国有资本经营预算财政拨款");
    const QString XJ = QStringLiteral("小计");
    const QString JB = QStringLiteral("基本支出");
    const QString XM = QStringLiteral("项目支出");
    const QString TOTAL_ROW = QStringLiteral("合计");

    const std::vector<QString> classes = t.functions.classes();
    const int nClasses = int(classes.size()); // 26: lines 32–57 in 01表, 33–58 in 04表

    // ---- 公开01表 收入支出决算总表 -------------------------------------------------------
    {
        TableDecl d;
        d.id = T01;
        d.code = QStringLiteral("公开01表");
        d.title = QStringLiteral("收入支出决算总表");
        d.note = QStringLiteral("注：本表反映%1本年度的总收支和年末结转结余情况。") + kFootnoteTail;
        d.rows = RowSource::FixedLines;
        d.columns = {{JSS}};
        const QStringList income = {
            QStringLiteral("一、一般公共预算财政拨款收入"), QStringLiteral("二、政府性基金预算财政拨款收入"),
            QStringLiteral("三、国有资本经营预算财政拨款收入"), QStringLiteral("四、上级补助收入"),
            QStringLiteral("五、事业收入"), QStringLiteral("六、经营收入"),
            QStringLiteral("七、附属单位上缴收入"), QStringLiteral("八、其他收入")};
        for (int i = 1; i <= 31; ++i) {
            LineDecl l{line(i), {}, 0, {JSS}, {}};
            if (i <= 8)
                l.label = income.at(i - 1);
            else if (i == 27)
                l.label = QStringLiteral("本年收入合计");
            else if (i == 28)
                l.label = QStringLiteral("使用非财政拨款结余和专用结余"), l.entered = {JSS};
            else if (i == 29)
                l.label = QStringLiteral("年初结转和结余"), l.entered = {JSS};
            else if (i == 31)
                l.label = QStringLiteral("总计");
            else
                l.columns.clear(); // blank line
            d.lines.push_back(l);
        }
        for (int i = 0; i < nClasses; ++i) {
            d.lines.push_back({line(32 + i),
                               chineseNumeral(i + 1) + QStringLiteral("、") + t.functions.name(classes[i]), 1,
                               {JSS}, {}});
        }
        d.lines.push_back({line(58), QStringLiteral("本年支出合计"), 1, {JSS}, {}});
        d.lines.push_back({line(59), QStringLiteral("结余分配"), 1, {JSS}, {JSS}});
        d.lines.push_back({line(60), QStringLiteral("年末结转与结余"), 1, {JSS}, {JSS}});
        d.lines.push_back({line(61), {}, 1, {}, {}});
        d.lines.push_back({line(62), QStringLiteral("总计"), 1, {JSS}, {}});
        addPriorYearColumns(d);
        d.print = sidesPrint(d, {JSS}, {JSS});
        t.tables.push_back(d);
    }

    // ---- 公开02表 收入决算表 --------------------------------------------------------------
    const QStringList incomeColumns = {QStringLiteral("财政拨款收入"), QStringLiteral("上级补助收入"),
                                       QStringLiteral("事业收入"),     QStringLiteral("经营收入"),
                                       QStringLiteral("附属单位上缴收入"), QStringLiteral("其他收入")};
    {
        TableDecl d;
        d.id = T02;
        d.code = QStringLiteral("公开02表");
        d.title = QStringLiteral("收入决算表");
        d.note = QStringLiteral("注：本表反映%1本年度取得的各项收入情况。") + kFootnoteTail;
        d.rows = RowSource::FunctionSubjects;
        d.columns.push_back({QStringLiteral("本年收入合计")});
        for (const QString &c : incomeColumns)
            d.columns.push_back({c});
        d.leafEntered = incomeColumns;
        d.print = subjectPrint(d, QStringLiteral("功能分类科目编码"),
                               {{{}, QStringList{QStringLiteral("本年收入合计")} + incomeColumns}});
        t.tables.push_back(d);
    }

    // ---- 公开03表 支出决算表 --------------------------------------------------------------
    const QStringList expenseColumns = {JB, XM, QStringLiteral("上缴上级支出"), QStringLiteral("经营支出"),
                                        QStringLiteral("对附属单位补助支出")};
    {
        TableDecl d;
        d.id = T03;
        d.code = QStringLiteral("公开03表");
        d.title = QStringLiteral("支出决算表");
        d.note = QStringLiteral("注：本表反映%1本年度各项支出情况。") + kFootnoteTail;
        d.rows = RowSource::FunctionSubjects;
        d.columns.push_back({QStringLiteral("本年支出合计")});
        for (const QString &c : expenseColumns)
            d.columns.push_back({c});
        d.leafEntered = expenseColumns;
        d.print = subjectPrint(d, QStringLiteral("功能分类科目编码"),
                               {{{}, QStringList{QStringLiteral("本年支出合计")} + expenseColumns}});
        t.tables.push_back(d);
    }

    // ---- 公开04表 财政拨款收入支出决算总表 ---------------------------------------------------
    {
        TableDecl d;
        d.id = T04;
        d.code = QStringLiteral("公开04表");
        d.title = QStringLiteral("财政拨款收入支出决算总表");
        d.note = QStringLiteral("注：本表反映%1本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。") + kFootnoteTail;
        d.rows = RowSource::FixedLines;
        d.columns = {{JE}, {HJ}, {GEN}, {FUND}, {CAP}};
        const QStringList four = {HJ, GEN, FUND, CAP};
        for (int i = 1; i <= 32; ++i) {
            LineDecl l{line(i), {}, 0, {JE}, {}};
            switch (i) {
            case 1: l.label = QStringLiteral("一、一般公共预算财政拨款"); l.entered = {JE}; break;
            case 2: l.label = QStringLiteral("二、政府性基金预算财政拨款"); l.entered = {JE}; break;
            case 3: l.label = QStringLiteral("三、国有资本经营预算财政拨款"); l.entered = {JE}; break;
            case 27: l.label = QStringLiteral("本年收入合计"); break;
            case 28: l.label = QStringLiteral("年初财政拨款结转和结余"); break;
            case 29: l.label = GEN; l.entered = {JE}; break;
            case 30: l.label = FUND; l.entered = {JE}; break;
            case 31: l.label = CAP; l.entered = {JE}; break;
            case 32: l.label = QStringLiteral("总计"); break;
            default: l.columns.clear();
            }
            d.lines.push_back(l);
        }
        for (int i = 0; i < nClasses; ++i) {
            d.lines.push_back({line(33 + i),
                               chineseNumeral(i + 1) + QStringLiteral("、") + t.functions.name(classes[i]), 1,
                               four, {}});
        }
        d.lines.push_back({line(59), QStringLiteral("本年支出合计"), 1, four, {}});
        d.lines.push_back({line(60), QStringLiteral("年末财政拨款结转和结余"), 1, four, {GEN, FUND, CAP}});
        for (int i = 61; i <= 63; ++i)
            d.lines.push_back({line(i), {}, 1, {}, {}});
        d.lines.push_back({line(64), QStringLiteral("总计"), 1, four, {}});
        addPriorYearColumns(d);
        d.print = sidesPrint(d, {JE}, four);
        t.tables.push_back(d);
    }

    // ---- 公开05表 一般公共预算财政拨款支出决算表 -------------------------------------------
    const QString BUDGET = QStringLiteral("年初预算");
    {
        TableDecl d;
        d.id = T05;
        d.code = QStringLiteral("公开05表");
        d.title = QStringLiteral("一般公共预算财政拨款支出决算表");
        d.note = QStringLiteral("注：本表反映%1本年度一般公共预算财政拨款支出情况。") + kFootnoteTail;
        d.rows = RowSource::FunctionSubjects;
        d.columns = {{XJ}, {JB}, {XM}, {BUDGET, false}};
        d.leafEntered = {JB, XM, BUDGET};
        d.print = subjectPrint(d, QStringLiteral("功能分类科目编码"), {{QStringLiteral("本年支出"), {XJ, JB, XM}}});
        t.tables.push_back(d);
    }

    // ---- 公开06表 一般公共预算财政拨款基本支出决算明细表 ------------------------------------
    const QString PERSONNEL = QStringLiteral("人员经费合计");
    const QString PUBLIC_USE = QStringLiteral("公用经费合计");
    {
        TableDecl d;
        d.id = T06;
        d.code = QStringLiteral("公开06表");
        d.title = QStringLiteral("一般公共预算财政拨款基本支出决算明细表");
        d.note = QStringLiteral("注：本表反映%1本年度一般公共预算财政拨款基本支出明细情况。") + kFootnoteTail;
        d.rows = RowSource::EconomicCatalog;
        d.columns = {{JSS}};
        d.leafEntered = {JSS};
        // Printed on one row below the groups: 人员经费合计 in the first, 公用经费合计 in the third.
        d.lines.push_back({PERSONNEL, PERSONNEL, 0, {JSS}, {}});
        d.lines.push_back({PUBLIC_USE, PUBLIC_USE, 2, {JSS}, {}});
        d.print = groupsPrint(JSS, JSS);
        t.tables.push_back(d);
    }

    // ---- 公开07表 政府性基金预算财政拨款收入支出决算表 --------------------------------------
    const QString OPENING = QStringLiteral("年初结转和结余"), INCOME = QStringLiteral("本年收入"),
                  SPENT = QStringLiteral("本年支出小计"), CLOSING = QStringLiteral("年末结转和结余");
    {
        TableDecl d;
        d.id = T07;
        d.code = QStringLiteral("公开07表");
        d.title = QStringLiteral("政府性基金预算财政拨款收入支出决算表");
        d.note = QStringLiteral("注：本表反映%1本年度政府性基金预算财政拨款收入、支出及结转和结余情况。");
        d.emptyNote = QStringLiteral("说明：我%1没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。");
        d.rows = RowSource::FunctionSubjects;
        d.columns = {{OPENING}, {INCOME}, {SPENT, true, XJ}, {JB}, {XM}, {CLOSING}};
        d.leafEntered = {OPENING, INCOME, JB, XM};
        d.print = subjectPrint(d, QStringLiteral("功能分类科目编码"),
                               {{{}, {OPENING, INCOME}}, {QStringLiteral("本年支出"), {SPENT, JB, XM}}, {{}, {CLOSING}}});
        t.tables.push_back(d);
    }

    // ---- 公开08表 国有资本经营预算财政拨款支出决算表 ----------------------------------------
    {
        TableDecl d;
        d.id = T08;
        d.code = QStringLiteral("公开08表");
        d.title = QStringLiteral("国有资本经营预算财政拨款支出决算表");
        d.note = QStringLiteral("注：本表反映%1本年度国有资本经营预算财政拨款支出情况。");
        d.emptyNote = QStringLiteral("说明：我%1没有使用国有资本经营预算安排的支出，故本表无数据。");
        d.rows = RowSource::FunctionSubjects;
        d.columns = {{XJ}, {JB}, {XM}};
        d.leafEntered = {JB, XM};
        // Both seeds print 科目代码 here, where the other tables print 功能分类科目编码.
        d.print = subjectPrint(d, QStringLiteral("科目代码"), {{QStringLiteral("本年支出"), {XJ, JB, XM}}});
        t.tables.push_back(d);
    }

    // ---- 公开09表 财政拨款“三公”经费支出决算表 ---------------------------------------------
    const QString ABROAD = QStringLiteral("因公出国（境）费"), CARS = QStringLiteral("公务用车购置及运行维护费小计"),
                  CAR_BUY = QStringLiteral("公务用车购置费"), CAR_RUN = QStringLiteral("公务用车运行维护费"),
                  RECEPTION = QStringLiteral("公务接待费");
    const QString BUDGET_ROW = QStringLiteral("预算"), ACTUAL_ROW = QStringLiteral("决算");
    {
        TableDecl d;
        d.id = T09;
        d.code = QStringLiteral("公开09表");
        d.title = QStringLiteral("财政拨款“三公”经费支出决算表");
        d.note = QStringLiteral("注：本表反映%1本年度财政拨款“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。") + kFootnoteTail;
        d.rows = RowSource::FixedLines;
        d.columns = {{HJ}, {ABROAD}, {CARS, true, QStringLiteral("小计")}, {CAR_BUY}, {CAR_RUN}, {RECEPTION}};
        const QStringList all = {HJ, ABROAD, CARS, CAR_BUY, CAR_RUN, RECEPTION};
        const QStringList entered = {ABROAD, CAR_BUY, CAR_RUN, RECEPTION};
        d.lines.push_back({BUDGET_ROW, QStringLiteral("预算数"), 0, all, entered});
        d.lines.push_back({ACTUAL_ROW, QStringLiteral("决算数"), 0, all, entered});
        // 预算数 and 决算数 side by side, each a block of the six columns, 公务用车 over three.
        PrintDecl &p = d.print;
        p.arrangement = Arrangement::Blocks;
        p.headerRows = 4;
        p.landscape = true;
        for (int block = 0; block < 2; ++block) {
            const int b = block * 6;
            p.header.push_back(heading(0, b, d.lines[block].label, 1, 6));
            p.header.push_back(heading(1, b, HJ, 2));
            p.header.push_back(heading(1, b + 1, ABROAD, 2));
            p.header.push_back(heading(1, b + 2, QStringLiteral("公务用车购置及运行维护费"), 1, 3));
            p.header.push_back(heading(2, b + 2, d.column(CARS)->printedLabel()));
            p.header.push_back(heading(2, b + 3, CAR_BUY));
            p.header.push_back(heading(2, b + 4, CAR_RUN));
            p.header.push_back(heading(1, b + 5, RECEPTION, 2));
            for (const QString &c : all)
                p.columns.push_back({Role::Amount, block, c});
        }
        numberColumns(p, 3, {}, -1);
        t.tables.push_back(d);
    }

    // ---- 情况说明补充数据 (x01): figures 情况说明 prints that no 公开表 holds --------------------
    // Not published as a table: the editor shows it as a page, 情况说明 §十, §十一 and §十三 print it.
    const QString X01 = QStringLiteral("x01"), PRIOR = QStringLiteral("上年金额");
    const QString OPERATING = QStringLiteral("机关运行经费"), PROCUREMENT = QStringLiteral("政府采购合计"),
                  SME = QStringLiteral("授予中小企业"), SMALL = QStringLiteral("授予小微企业");
    {
        TableDecl d;
        d.id = X01;
        d.code = QStringLiteral("补充数据");
        d.title = QStringLiteral("情况说明补充数据");
        d.published = false;
        d.rows = RowSource::FixedLines;
        d.columns = {{JE}, {PRIOR}};
        const QStringList now = {JE};
        d.lines = {
            {OPERATING, QStringLiteral("机关运行经费（行政单位和参照公务员法管理的事业单位）"), 0, {JE, PRIOR}, {JE, PRIOR}},
            {QStringLiteral("政府采购货物"), QStringLiteral("政府采购货物支出"), 0, now, now},
            {QStringLiteral("政府采购工程"), QStringLiteral("政府采购工程支出"), 0, now, now},
            {QStringLiteral("政府采购服务"), QStringLiteral("政府采购服务支出"), 0, now, now},
            {PROCUREMENT, QStringLiteral("政府采购支出总额"), 0, now, {}},
            {SME, QStringLiteral("授予中小企业合同金额"), 0, now, now},
            {SMALL, QStringLiteral("其中：授予小微企业合同金额"), 0, now, now},
            {QStringLiteral("外宾接待"), QStringLiteral("“三公”经费中的外宾接待支出"), 0, now, now},
            {QStringLiteral("绩效目标金额"), QStringLiteral("编制绩效目标的项目涉及金额"), 0, now, now},
            {QStringLiteral("绩效监控执行数"), QStringLiteral("绩效监控项目1-7月预算执行数"), 0, now, now},
            {QStringLiteral("绩效自评金额"), QStringLiteral("绩效自评项目涉及金额"), 0, now, now},
            {QStringLiteral("部门评价金额"), QStringLiteral("部门评价项目涉及金额"), 0, now, now},
        };
        PrintDecl &p = d.print;
        p.arrangement = Arrangement::Rows;
        p.headerRows = 1;
        p.columns = {{Role::Name, 0, {}}, {Role::Amount, 0, JE}, {Role::Amount, 0, PRIOR}};
        p.header = {heading(0, 0, QStringLiteral("项目")), heading(0, 1, QStringLiteral("本年")),
                    heading(0, 2, QStringLiteral("上年"))};
        t.tables.push_back(d);
    }

    // Total lines (合计, 总计) are printed in bold.
    for (TableDecl &d : t.tables) {
        for (LineDecl &l : d.lines)
            l.total = l.label.endsWith(QStringLiteral("合计")) || l.label == QStringLiteral("总计");
    }

    // ---- Derivations --------------------------------------------------------------------------
    auto &D = t.derivations;
    // Row totals on 项 rows, then 项→款→类→合计 sums on every column.
    std::vector<TermDecl> incomeTerms, expenseTerms;
    for (const QString &c : incomeColumns)
        incomeTerms.push_back({c});
    for (const QString &c : expenseColumns)
        expenseTerms.push_back({c});
    D.push_back(rowTotal(T02, QStringLiteral("本年收入合计"), incomeTerms));
    D.push_back(tree(T02, QStringList{QStringLiteral("本年收入合计")} + incomeColumns));
    D.push_back(rowTotal(T03, QStringLiteral("本年支出合计"), expenseTerms));
    D.push_back(tree(T03, QStringList{QStringLiteral("本年支出合计")} + expenseColumns));
    D.push_back(rowTotal(T05, XJ, {{JB}, {XM}}));
    D.push_back(tree(T05, {XJ, JB, XM, BUDGET}));
    D.push_back(rowTotal(T07, SPENT, {{JB}, {XM}}));
    D.push_back(rowTotal(T07, CLOSING, {{OPENING}, {INCOME}, {SPENT, -1}}));
    D.push_back(tree(T07, {OPENING, INCOME, SPENT, JB, XM, CLOSING}));
    D.push_back(rowTotal(T08, XJ, {{JB}, {XM}}));
    D.push_back(tree(T08, {XJ, JB, XM}));
    D.push_back(tree(T06, {JSS}));
    D.push_back(sum(addr(T06, PERSONNEL, JSS), {{addr(T06, QStringLiteral("301"), JSS)},
                                                 {addr(T06, QStringLiteral("303"), JSS)}}));
    D.push_back(sum(addr(T06, PUBLIC_USE, JSS), {{addr(T06, QStringLiteral("302"), JSS)},
                                                  {addr(T06, QStringLiteral("307"), JSS)},
                                                  {addr(T06, QStringLiteral("310"), JSS)},
                                                  {addr(T06, QStringLiteral("399"), JSS)}}));

    // 04表: income side, then per-类 expense lines from 05/07/08表, totals.
    D.push_back(sum(addr(T04, line(27), JE), lines(T04, 1, 3, JE)));
    D.push_back(sum(addr(T04, line(28), JE), lines(T04, 29, 31, JE)));
    D.push_back(sum(addr(T04, line(32), JE), {{addr(T04, line(27), JE)}, {addr(T04, line(28), JE)}}));
    D.push_back(classLines(T04, 33, GEN, T05, XJ));
    D.push_back(classLines(T04, 33, FUND, T07, SPENT));
    D.push_back(classLines(T04, 33, CAP, T08, XJ));
    for (int l = 33; l <= 33 + nClasses; ++l) // each 类 line and line 59
        D.push_back(sum(addr(T04, line(l), HJ), {{addr(T04, line(l), GEN)}, {addr(T04, line(l), FUND)},
                                                 {addr(T04, line(l), CAP)}}));
    for (const QString &c : {GEN, FUND, CAP}) {
        D.push_back(sum(addr(T04, line(59), c), lines(T04, 33, 32 + nClasses, c)));
        D.push_back(sum(addr(T04, line(64), c), {{addr(T04, line(59), c)}, {addr(T04, line(60), c)}}));
    }
    D.push_back(sum(addr(T04, line(60), HJ), {{addr(T04, line(60), GEN)}, {addr(T04, line(60), FUND)},
                                              {addr(T04, line(60), CAP)}}));
    D.push_back(sum(addr(T04, line(64), HJ), {{addr(T04, line(59), HJ)}, {addr(T04, line(60), HJ)}}));

    // 01表: lines 1–3 as in 04表, 4–8 from the 02表 totals, 32–57 from the 03表 类 totals.
    for (int l = 1; l <= 3; ++l)
        D.push_back(sum(addr(T01, line(l), JSS), {{addr(T04, line(l), JE)}}));
    for (int l = 4; l <= 8; ++l)
        D.push_back(sum(addr(T01, line(l), JSS), {{addr(T02, TOTAL_ROW, incomeColumns.at(l - 3))}}));
    D.push_back(sum(addr(T01, line(27), JSS), lines(T01, 1, 8, JSS)));
    D.push_back(sum(addr(T01, line(31), JSS), lines(T01, 27, 29, JSS)));
    D.push_back(classLines(T01, 32, JSS, T03, QStringLiteral("本年支出合计")));
    D.push_back(sum(addr(T01, line(58), JSS), lines(T01, 32, 31 + nClasses, JSS)));
    D.push_back(sum(addr(T01, line(62), JSS), lines(T01, 58, 60, JSS)));

    // 09表: 公务用车 小计 and 合计 for 预算 and 决算.
    for (const QString &r : {BUDGET_ROW, ACTUAL_ROW}) {
        D.push_back(sum(addr(T09, r, CARS), {{addr(T09, r, CAR_BUY)}, {addr(T09, r, CAR_RUN)}}));
        D.push_back(sum(addr(T09, r, HJ), {{addr(T09, r, ABROAD)}, {addr(T09, r, CARS)}, {addr(T09, r, RECEPTION)}}));
    }

    // 政府采购支出总额 = 货物 + 工程 + 服务.
    D.push_back(sum(addr(X01, PROCUREMENT, JE), {{addr(X01, QStringLiteral("政府采购货物"), JE)},
                                                 {addr(X01, QStringLiteral("政府采购工程"), JE)},
                                                 {addr(X01, QStringLiteral("政府采购服务"), JE)}}));

    // ---- Checks -------------------------------------------------------------------------------
    auto &C = t.checks;
    C.push_back(equal(QStringLiteral("t01.balance"), QStringLiteral("公开01表收入总计与支出总计不相等"),
                      {{addr(T01, line(31), JSS)}}, {{addr(T01, line(62), JSS)}}));
    C.push_back(equal(QStringLiteral("t04.balance"), QStringLiteral("公开04表收入总计与支出总计不相等"),
                      {{addr(T04, line(32), JE)}}, {{addr(T04, line(64), HJ)}}));
    C.push_back(equal(QStringLiteral("t02.total"), QStringLiteral("公开02表本年收入合计与公开01表本年收入合计（第27行）不相等"),
                      {{addr(T02, TOTAL_ROW, QStringLiteral("本年收入合计"))}}, {{addr(T01, line(27), JSS)}}));
    C.push_back(equal(QStringLiteral("t02.fiscal"), QStringLiteral("公开02表财政拨款收入与公开01表财政拨款收入（第1–3行）不相等"),
                      {{addr(T02, TOTAL_ROW, incomeColumns.at(0))}}, lines(T01, 1, 3, JSS)));
    C.push_back(equal(QStringLiteral("t03.total"), QStringLiteral("公开03表本年支出合计与公开01表本年支出合计（第58行）不相等"),
                      {{addr(T03, TOTAL_ROW, QStringLiteral("本年支出合计"))}}, {{addr(T01, line(58), JSS)}}));
    C.push_back(classEqual(QStringLiteral("t03.class"), QStringLiteral("公开03表类级支出与公开01表对应支出行不相等"),
                           T03, QStringLiteral("本年支出合计"), T01, 32, JSS));
    C.push_back(equal(QStringLiteral("t05.total"), QStringLiteral("公开05表合计与公开04表一般公共预算财政拨款本年支出合计不相等"),
                      {{addr(T05, TOTAL_ROW, XJ)}}, {{addr(T04, line(59), GEN)}}));
    C.push_back(classEqual(QStringLiteral("t05.class"), QStringLiteral("公开05表类级支出与公开04表一般公共预算财政拨款列不相等"),
                           T05, XJ, T04, 33, GEN));
    C.push_back(equal(QStringLiteral("t07.total"), QStringLiteral("公开07表本年支出合计与公开04表政府性基金预算财政拨款本年支出合计不相等"),
                      {{addr(T07, TOTAL_ROW, SPENT)}}, {{addr(T04, line(59), FUND)}}));
    C.push_back(classEqual(QStringLiteral("t07.class"), QStringLiteral("公开07表类级支出与公开04表政府性基金预算财政拨款列不相等"),
                           T07, SPENT, T04, 33, FUND));
    C.push_back(equal(QStringLiteral("t08.total"), QStringLiteral("公开08表合计与公开04表国有资本经营预算财政拨款本年支出合计不相等"),
                      {{addr(T08, TOTAL_ROW, XJ)}}, {{addr(T04, line(59), CAP)}}));
    C.push_back(classEqual(QStringLiteral("t08.class"), QStringLiteral("公开08表类级支出与公开04表国有资本经营预算财政拨款列不相等"),
                           T08, XJ, T04, 33, CAP));
    C.push_back(equal(QStringLiteral("t04.balance.general"),
                      QStringLiteral("一般公共预算财政拨款收支不平衡（本年收入＋年初结转和结余应等于本年支出＋年末结转和结余）"),
                      {{addr(T04, line(59), GEN)}, {addr(T04, line(60), GEN)}},
                      {{addr(T04, line(1), JE)}, {addr(T04, line(29), JE)}}));
    C.push_back(equal(QStringLiteral("t04.balance.fund"),
                      QStringLiteral("政府性基金预算财政拨款收支不平衡（本年收入＋年初结转和结余应等于本年支出＋年末结转和结余）"),
                      {{addr(T04, line(59), FUND)}, {addr(T04, line(60), FUND)}},
                      {{addr(T04, line(2), JE)}, {addr(T04, line(30), JE)}}));
    C.push_back(equal(QStringLiteral("t04.balance.capital"),
                      QStringLiteral("国有资本经营预算财政拨款收支不平衡（本年收入＋年初结转和结余应等于本年支出＋年末结转和结余）"),
                      {{addr(T04, line(59), CAP)}, {addr(T04, line(60), CAP)}},
                      {{addr(T04, line(3), JE)}, {addr(T04, line(31), JE)}}));
    C.push_back(equal(QStringLiteral("t07.opening"), QStringLiteral("公开07表年初结转和结余与公开04表政府性基金预算财政拨款年初结转和结余（第30行）不相等"),
                      {{addr(T07, TOTAL_ROW, OPENING)}}, {{addr(T04, line(30), JE)}}));
    C.push_back(equal(QStringLiteral("t07.income"), QStringLiteral("公开07表本年收入与公开04表政府性基金预算财政拨款收入（第2行）不相等"),
                      {{addr(T07, TOTAL_ROW, INCOME)}}, {{addr(T04, line(2), JE)}}));
    C.push_back(equal(QStringLiteral("t07.closing"), QStringLiteral("公开07表年末结转和结余与公开04表政府性基金预算财政拨款年末结转和结余（第60行）不相等"),
                      {{addr(T07, TOTAL_ROW, CLOSING)}}, {{addr(T04, line(60), FUND)}}));
    C.push_back(equal(QStringLiteral("t05.basic"), QStringLiteral("公开05表基本支出合计与公开06表人员经费合计＋公用经费合计不相等"),
                      {{addr(T05, TOTAL_ROW, JB)}}, {{addr(T06, PERSONNEL, JSS)}, {addr(T06, PUBLIC_USE, JSS)}}));
    {
        CheckDecl c;
        c.kind = CheckDecl::Kind::LeafNotGreater;
        c.id = QStringLiteral("t05.le_t03");
        c.description = QStringLiteral("公开05表的项级支出大于公开03表同一科目的支出");
        c.table = T05;
        c.otherTable = T03;
        c.columns = {JB, XM};
        C.push_back(c);
    }
    {
        CheckDecl c;
        c.kind = CheckDecl::Kind::BudgetReason;
        c.id = QStringLiteral("t05.budget_reason");
        c.description = QStringLiteral("决算数与年初预算数不同，但未说明原因");
        c.table = T05;
        c.columns = {XJ};
        c.budgetColumn = BUDGET;
        c.textKeyPattern = QStringLiteral("reason/t05/%1");
        C.push_back(c);
    }
    {
        CheckDecl c;
        c.kind = CheckDecl::Kind::NotOverBudget;
        c.id = QStringLiteral("t09.over_budget");
        c.description = QStringLiteral("“三公”经费决算数超过预算数");
        c.table = T09;
        c.lhs = {{ACTUAL_ROW}};
        c.rhs = {{BUDGET_ROW}};
        c.columns = {HJ, ABROAD, CAR_BUY, CAR_RUN, RECEPTION};
        C.push_back(c);
    }
    {
        CheckDecl c;
        c.kind = CheckDecl::Kind::NotOverBudget;
        c.id = QStringLiteral("x01.sme");
        c.description = QStringLiteral("授予中小企业合同金额大于政府采购支出总额");
        c.table = X01;
        c.lhs = {{SME}};
        c.rhs = {{PROCUREMENT}};
        c.columns = {JE};
        C.push_back(c);
        c.id = QStringLiteral("x01.small");
        c.description = QStringLiteral("授予小微企业合同金额大于授予中小企业合同金额");
        c.lhs = {{SMALL}};
        c.rhs = {{SME}};
        C.push_back(c);
    }
    // Large changes from last year need a reason (情况说明 §一, §四, §五(一), §十 give one).
    C.push_back(largeChange(QStringLiteral("t01.change"), QStringLiteral("收、支总计与上年相比变动超过30%，但未说明原因"),
                            addr(T01, line(31), JSS)));
    C.push_back(largeChange(QStringLiteral("t04.change"), QStringLiteral("财政拨款收、支总计与上年相比变动超过30%，但未说明原因"),
                            addr(T04, line(32), JE)));
    C.push_back(largeChange(QStringLiteral("t05.change"),
                            QStringLiteral("一般公共预算财政拨款支出与上年相比变动超过30%，但未说明原因"),
                            addr(T04, line(59), GEN)));
    C.push_back(largeChange(QStringLiteral("x01.change"), QStringLiteral("机关运行经费与上年相比变动超过30%，但未说明原因"),
                            addr(X01, OPERATING, JE)));
    {
        CheckDecl c;
        c.kind = CheckDecl::Kind::NonNegative;
        c.id = QStringLiteral("amount.negative");
        c.description = QStringLiteral("金额不能为负数");
        C.push_back(c);
    }
    return t;
}

} // namespace fa
