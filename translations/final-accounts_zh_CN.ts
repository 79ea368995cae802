<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BatchCommand</name>
    <message>
        <location filename="../ui/batchcommand.cpp" line="26"/>
        <source>Redo failed: %1</source>
        <translation>恢复失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/batchcommand.cpp" line="37"/>
        <source>Undo failed: %1</source>
        <translation>撤销失败：%1</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <location filename="../core/checker.cpp" line="20"/>
        <source>%1 万元</source>
        <translation>%1万元</translation>
    </message>
    <message>
        <location filename="../core/checker.cpp" line="21"/>
        <source>%1 元</source>
        <translation>%1元</translation>
    </message>
    <message>
        <location filename="../core/checker.cpp" line="396"/>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location filename="../core/checker.cpp" line="406"/>
        <source>%1: expected %2, found %3; the difference of %4 is what rounding to 万元 explains (尾差).</source>
        <translation>%1：应为%2，实为%3；相差%4，在按万元四舍五入可解释的范围内（尾差）。</translation>
    </message>
    <message>
        <location filename="../core/checker.cpp" line="408"/>
        <source>%1: expected %2, found %3 (difference %4).</source>
        <translation>%1：应为%2，实为%3（相差%4）。</translation>
    </message>
    <message>
        <location filename="../core/checker.cpp" line="412"/>
        <source>%1: %2 here, but only %3 in the other table.</source>
        <translation>%1：本表为%2，而另一表仅为%3。</translation>
    </message>
    <message>
        <location filename="../core/checker.cpp" line="417"/>
        <source>%1: budget %2, actual %3.</source>
        <translation>%1：预算数%2，决算数%3。</translation>
    </message>
    <message>
        <location filename="../core/checker.cpp" line="420"/>
        <source>%1: last year %2, this year %3.</source>
        <translation>%1：上年%2，本年%3。</translation>
    </message>
    <message>
        <location filename="../core/checker.cpp" line="423"/>
        <source>%1: %2 is %3.</source>
        <translation>%1：%2为%3。</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../ui/checkspanel.cpp" line="37"/>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../ui/checkspanel.cpp" line="39"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../ui/checkspanel.cpp" line="41"/>
        <source>Rounding differences (尾差)</source>
        <translation>尾差</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/main.cpp" line="82"/>
        <source>write error</source>
        <translation>写入错误</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="110"/>
        <source>The output could not be written: %1</source>
        <translation>输出无法写入：%1</translation>
    </message>
    <message>
        <source>Usage:
  final-accounts-cli import-json IN.json OUT.fadb [--force]
  final-accounts-cli export-json FILE
  final-accounts-cli show FILE [--table t01…t09] [--unit 元|万元] [--format text|json]
  final-accounts-cli check FILE [--format text|json]
  final-accounts-cli new OUT.fadb --name NAME --scope 部门|单位 --type TYPE --year 2024 [--compiled YYYY-MM]
  final-accounts-cli set FILE ADDRESS AMOUNT [--unit 元|万元]   (an empty AMOUNT clears the cell)
  final-accounts-cli export-xlsx FILE OUT.xlsx [--unit 元|万元] [--cell-map MAP.json]
  final-accounts-cli text FILE [--format text|json]   (parts 1, 3 and 4: 概况, 情况说明, 名词解释)
  final-accounts-cli performance FILE [--format text|json]   (绩效自评: typed and computed scores)
  final-accounts-cli fingerprint FILE [--format text|json]   (the content&apos;s fingerprint, as printed in the footers)
Amounts are in 万元 unless --unit says otherwise. check exits 0 without errors, 1 with errors,
2 when the input cannot be used.
</source>
        <translation type="vanished">用法：
  final-accounts-cli import-json IN.json OUT.fadb [--force]
  final-accounts-cli export-json FILE
  final-accounts-cli show FILE [--table t01…t09] [--unit 元|万元] [--format text|json]
  final-accounts-cli check FILE [--format text|json]
  final-accounts-cli new OUT.fadb --name NAME --scope 部门|单位 --type TYPE --year 2024 [--compiled YYYY-MM]
  final-accounts-cli set FILE ADDRESS AMOUNT [--unit 元|万元]   （AMOUNT 为空时清空该单元格）
  final-accounts-cli export-xlsx FILE OUT.xlsx [--unit 元|万元] [--cell-map MAP.json]
  final-accounts-cli text FILE [--format text|json]   （第一、三、四部分：概况、情况说明、名词解释）
  final-accounts-cli performance FILE [--format text|json]   （绩效自评：填报得分与按规则计算的得分）
  final-accounts-cli fingerprint FILE [--format text|json]   （内容指纹，即打印件页脚所印的指纹）
除非以 --unit 另行指定，金额单位均为万元。check 的退出码：无错误时为 0，有错误时为 1，
输入无法使用时为 2。
</translation>
    </message>
    <message>
        <source>Usage:
  final-accounts-cli import-json IN.json OUT.fadb [--force]
  final-accounts-cli export-json FILE
  final-accounts-cli show FILE [--table t01…t09] [--unit 元|万元] [--format text|json]
  final-accounts-cli check FILE [--format text|json]
  final-accounts-cli new OUT.fadb --name NAME --scope 部门|单位 --type TYPE --year 2024 [--compiled YYYY-MM]
  final-accounts-cli set FILE ADDRESS AMOUNT [--unit 元|万元]   (an empty AMOUNT clears the cell)
  final-accounts-cli export-xlsx FILE OUT.xlsx [--unit 元|万元] [--cell-map MAP.json]
  final-accounts-cli text FILE [--format text|json]   (parts 1, 3 and 4: 概况, 情况说明, 名词解释)
  final-accounts-cli performance FILE [--format text|json]   (绩效自评: typed and computed scores)
  final-accounts-cli export-pdf FILE OUT.pdf [--unit 元|万元]   (the whole document, printable)
  final-accounts-cli export-odt FILE OUT.odt [--unit 元|万元]   (the whole document, editable)
  final-accounts-cli fingerprint FILE [--format text|json]   (the content&apos;s fingerprint, as printed in the footers)
Amounts are in 万元 unless --unit says otherwise. check exits 0 without errors, 1 with errors,
2 when the input cannot be used.
</source>
        <translation type="vanished">用法：
  final-accounts-cli import-json IN.json OUT.fadb [--force]
  final-accounts-cli export-json FILE
  final-accounts-cli show FILE [--table t01…t09] [--unit 元|万元] [--format text|json]
  final-accounts-cli check FILE [--format text|json]
  final-accounts-cli new OUT.fadb --name NAME --scope 部门|单位 --type TYPE --year 2024 [--compiled YYYY-MM]
  final-accounts-cli set FILE ADDRESS AMOUNT [--unit 元|万元]   （AMOUNT 为空时清空该单元格）
  final-accounts-cli export-xlsx FILE OUT.xlsx [--unit 元|万元] [--cell-map MAP.json]
  final-accounts-cli text FILE [--format text|json]   （第一、三、四部分：概况、情况说明、名词解释）
  final-accounts-cli performance FILE [--format text|json]   （绩效自评：填报得分与按规则计算的得分）
  final-accounts-cli export-pdf FILE OUT.pdf [--unit 元|万元]   （整份文档，可打印）
  final-accounts-cli export-odt FILE OUT.odt [--unit 元|万元]   （整份文档，可编辑）
  final-accounts-cli fingerprint FILE [--format text|json]   （内容校验码，即页脚所印）
除非以 --unit 另行指定，金额单位均为万元。check 的退出码：无错误时为 0，有错误时为 1，
输入无法使用时为 2。
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="153"/>
        <source>%1 needs a value.</source>
        <translation>%1 需要一个值。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="160"/>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="176"/>
        <source>--unit must be 元 or 万元.</source>
        <translation>--unit 应为“元”或“万元”。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="186"/>
        <source>--format must be text or json.</source>
        <translation>--format 应为 text 或 json。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="255"/>
        <location filename="../app/cli/main.cpp" line="268"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="259"/>
        <location filename="../app/cli/main.cpp" line="271"/>
        <source>%1 is too large.</source>
        <translation>%1 过大。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="277"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="314"/>
        <source>There is no table %1 (t01 … t09, x01).</source>
        <translation>没有表 %1（应为 t01 … t09、x01）。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="393"/>
        <source>Written as values, not formulas (a term is not printed): %1</source>
        <translation>以数值而非公式写入（其中某项未打印）：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="vanished">无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="116"/>
        <source>Usage:
  final-accounts-cli import-json IN.json OUT.fadb [--force]
  final-accounts-cli export-json FILE
  final-accounts-cli show FILE [--table t01…t09] [--unit 元|万元] [--format text|json]
  final-accounts-cli check FILE [--format text|json]
  final-accounts-cli new OUT.fadb --name NAME --scope 部门|单位 --type TYPE --year 2024 [--compiled YYYY-MM]
  final-accounts-cli set FILE ADDRESS AMOUNT [--unit 元|万元]   (an empty AMOUNT clears the cell)
  final-accounts-cli export-xlsx FILE OUT.xlsx [--unit 元|万元] [--cell-map MAP.json]   (MAP.json: written, where each amount is)
  final-accounts-cli text FILE [--format text|json]   (parts 1, 3 and 4: 概况, 情况说明, 名词解释)
  final-accounts-cli performance FILE [--format text|json]   (绩效自评: typed and computed scores)
  final-accounts-cli export-pdf FILE OUT.pdf [--unit 元|万元]   (the whole document, printable)
  final-accounts-cli export-odt FILE OUT.odt [--unit 元|万元]   (the whole document, editable)
  final-accounts-cli fingerprint FILE [--format text|json]   (the content&apos;s fingerprint, as printed in the footers)
Amounts are in 万元 unless --unit says otherwise. check exits 0 without errors, 1 with errors,
2 when the input cannot be used.
</source>
        <translation>用法：
  final-accounts-cli import-json IN.json OUT.fadb [--force]
  final-accounts-cli export-json FILE
  final-accounts-cli show FILE [--table t01…t09] [--unit 元|万元] [--format text|json]
  final-accounts-cli check FILE [--format text|json]
  final-accounts-cli new OUT.fadb --name NAME --scope 部门|单位 --type TYPE --year 2024 [--compiled YYYY-MM]
  final-accounts-cli set FILE ADDRESS AMOUNT [--unit 元|万元]   （AMOUNT 为空时清空该单元格）
  final-accounts-cli export-xlsx FILE OUT.xlsx [--unit 元|万元] [--cell-map MAP.json]   （MAP.json 为输出：各金额单元格在工作簿中的位置）
  final-accounts-cli text FILE [--format text|json]   （第一、三、四部分：概况、情况说明、名词解释）
  final-accounts-cli performance FILE [--format text|json]   （绩效自评：填报得分与按规则计算的得分）
  final-accounts-cli export-pdf FILE OUT.pdf [--unit 元|万元]   （整份文档，可打印）
  final-accounts-cli export-odt FILE OUT.odt [--unit 元|万元]   （整份文档，可编辑）
  final-accounts-cli fingerprint FILE [--format text|json]   （内容校验码，即页脚所印）
除非以 --unit 另行指定，金额单位均为万元。check 的退出码：无错误时为 0，有错误时为 1，
输入无法使用时为 2。
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="229"/>
        <source>Another program is changing the document at this moment; try again in a moment.</source>
        <translation>另一个程序正在修改此文档，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="231"/>
        <source>%1 is open in the editor (process %2 on %3): change it there, or close it there first.</source>
        <translation>%1 正在编辑器中打开（%3 上的进程 %2）：请在编辑器中修改，或先在那里关闭它。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="279"/>
        <source>%1 is the file being imported: choose another name for the document.</source>
        <translation>%1 就是要导入的文件：请为文档另取一个文件名。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="375"/>
        <source>--cell-map names a file the command reads or writes: choose another name for the map.</source>
        <translation>--cell-map 指定的是本命令读取或写出的文件：请为位置表另取一个文件名。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="429"/>
        <source>--year must be a year such as 2024.</source>
        <translation>--year 应为年度，如 2024。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="432"/>
        <source>There is no template for %1 (known: %2).</source>
        <translation>没有%1年度的模板（现有：%2）。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="455"/>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="470"/>
        <source>(blank)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="584"/>
        <source>[部门整体]</source>
        <translation>[部门整体]</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="584"/>
        <source>[项目]</source>
        <translation>[项目]</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="594"/>
        <source>%1 执行率 %2 → %3 (typed %4)
</source>
        <translation>%1 执行率 %2 → %3（填报 %4）
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="596"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="598"/>
        <source>  执行率: not computable from the 资金 rows
</source>
        <translation>  执行率：资金行数据不全，无法计算
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="631"/>
        <source>%1 总分 %2 → %3 (%4)%5

</source>
        <translation>%1 总分 %2 → %3 (%4)%5

</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="634"/>
        <source>, %1 parts not computable</source>
        <translation>，%1项无法计算</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="736"/>
        <source>Unknown command “%1”.</source>
        <translation>未知命令“%1”。</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../core/documentdata.cpp" line="263"/>
        <source>“%1”: the amount is out of range (at most %2 元).</source>
        <translation>“%1”：金额超出允许范围（最多%2元）。</translation>
    </message>
    <message>
        <location filename="../core/document.cpp" line="141"/>
        <location filename="../core/document.cpp" line="187"/>
        <location filename="../core/documentdata.cpp" line="221"/>
        <source>Table %1 has too many rows.</source>
        <translation>%1的行数过多。</translation>
    </message>
    <message>
        <location filename="../core/document.cpp" line="176"/>
        <source>“%1” is not a 项 code (7 digits).</source>
        <translation>“%1”不是项级科目编码（7位）。</translation>
    </message>
    <message>
        <location filename="../core/document.cpp" line="242"/>
        <source>The name of subject %1 is blank or too long.</source>
        <translation>科目 %1 的名称为空或过长。</translation>
    </message>
    <message>
        <location filename="../core/document.cpp" line="253"/>
        <source>Code “%1” is not in the catalogue and table rows use it: it needs a name.</source>
        <translation>科目编码“%1”不在科目目录中，且表中有行使用它：必须给出名称。</translation>
    </message>
    <message>
        <location filename="../core/document.cpp" line="288"/>
        <location filename="../core/documentdata.cpp" line="254"/>
        <source>The 绩效自评 tables do not survive being stored.</source>
        <translation>绩效自评表无法按原样保存。</translation>
    </message>
    <message>
        <location filename="../core/document.cpp" line="302"/>
        <source>Unknown kind of change.</source>
        <translation>未知的修改类型。</translation>
    </message>
    <message>
        <location filename="../core/documentdata.cpp" line="77"/>
        <source>“%1” is not a cell address (TABLE/ROW/COLUMN).</source>
        <translation>“%1”不是有效的单元格地址（应为 表/行/列）。</translation>
    </message>
    <message>
        <location filename="../core/documentdata.cpp" line="81"/>
        <source>“%1”: there is no table “%2”.</source>
        <translation>“%1”：不存在表“%2”。</translation>
    </message>
    <message>
        <location filename="../core/documentdata.cpp" line="86"/>
        <source>“%1”: table %2 has no column “%3”.</source>
        <translation>“%1”：%2没有“%3”栏。</translation>
    </message>
    <message>
        <location filename="../core/documentdata.cpp" line="92"/>
        <source>“%1” is a derived cell: it is computed, not entered.</source>
        <translation>“%1”为计算单元格：其数值由计算得出，不能直接录入。</translation>
    </message>
    <message>
        <location filename="../core/documentdata.cpp" line="100"/>
        <source>“%1”: this line has no such cell.</source>
        <translation>“%1”：该行没有此单元格。</translation>
    </message>
    <message>
        <location filename="../core/documentdata.cpp" line="108"/>
        <source>“%1”: table %2 has no line “%3”.</source>
        <translation>“%1”：%2没有“%3”行。</translation>
    </message>
    <message>
        <location filename="../core/documentdata.cpp" line="114"/>
        <source>“%1”: “%2” is not an economic classification code of table %3.</source>
        <translation>“%1”：“%2”不是%3的支出经济分类科目编码。</translation>
    </message>
    <message>
        <location filename="../core/documentdata.cpp" line="127"/>
        <source>“%1”: “%2” is not a function classification code (3, 5 or 7 digits).</source>
        <translation>“%1”：“%2”不是支出功能分类科目编码（应为3位、5位或7位数字）。</translation>
    </message>
    <message>
        <location filename="../core/documentdata.cpp" line="135"/>
        <source>“%1”: “%2” is not one of the function classification 类.</source>
        <translation>“%1”：“%2”不是支出功能分类中的类级科目。</translation>
    </message>
    <message>
        <location filename="../core/documentdata.cpp" line="140"/>
        <source>“%1”: code “%2” is not in the catalogue; give its name.</source>
        <translation>“%1”：科目编码“%2”不在科目目录中，请填写其科目名称。</translation>
    </message>
    <message>
        <location filename="../core/documentdata.cpp" line="153"/>
        <source>The unit name must not be empty or longer than %1 characters.</source>
        <translation>单位名称不能为空，且不能超过%1个字符。</translation>
    </message>
    <message>
        <location filename="../core/documentdata.cpp" line="156"/>
        <source>The unit name must not contain the control character %1.</source>
        <translation>单位名称不能包含控制字符 %1。</translation>
    </message>
    <message>
        <location filename="../core/documentdata.cpp" line="158"/>
        <source>The scope must be 部门 or 单位, not “%1”.</source>
        <translation>决算范围应为“部门”或“单位”，不能为“%1”。</translation>
    </message>
    <message>
        <location filename="../core/documentdata.cpp" line="160"/>
        <source>The unit type must not be empty.</source>
        <translation>单位类型不能为空。</translation>
    </message>
    <message>
        <location filename="../core/documentdata.cpp" line="163"/>
        <source>The unit type must not contain the control character %1.</source>
        <translation>单位性质不能包含控制字符 %1。</translation>
    </message>
    <message>
        <location filename="../core/documentdata.cpp" line="165"/>
        <source>The year %1 is out of range.</source>
        <translation>年度%1超出允许范围。</translation>
    </message>
    <message>
        <location filename="../core/documentdata.cpp" line="167"/>
        <source>The compilation date is too long.</source>
        <translation>编制日期过长。</translation>
    </message>
    <message>
        <location filename="../core/documentdata.cpp" line="170"/>
        <source>The compilation date must not contain the control character %1.</source>
        <translation>编制日期不能包含控制字符 %1。</translation>
    </message>
    <message>
        <location filename="../core/documentdata.cpp" line="184"/>
        <source>The compilation date “%1” is not a month written as YYYY-MM, such as %2-09.</source>
        <translation>编制日期“%1”不是 YYYY-MM 形式的年月，例如 %2-09。</translation>
    </message>
    <message>
        <location filename="../core/documentdata.cpp" line="187"/>
        <source>The compilation date %1 is not between the accounts&apos; year %2 and two years after it.</source>
        <translation>编制日期 %1 应在决算年度 %2 至其后两年之间。</translation>
    </message>
    <message>
        <location filename="../core/documentdata.cpp" line="198"/>
        <source>The name of subject %1 must not contain the control character %2.</source>
        <translation>科目 %1 的名称不能包含控制字符 %2。</translation>
    </message>
    <message>
        <location filename="../core/documentdata.cpp" line="207"/>
        <source>Unknown template “%1”.</source>
        <translation>未知的模板“%1”。</translation>
    </message>
    <message>
        <location filename="../core/documentdata.cpp" line="286"/>
        <source>The text “%1” must not contain the NUL character (U+0000).</source>
        <translation>文字“%1”不能包含空字符（U+0000）。</translation>
    </message>
    <message>
        <location filename="../core/document.cpp" line="240"/>
        <location filename="../core/documentdata.cpp" line="212"/>
        <source>“%1” is not a function classification code.</source>
        <translation>“%1”不是支出功能分类科目编码。</translation>
    </message>
    <message>
        <location filename="../core/documentdata.cpp" line="195"/>
        <source>The name of subject %1 is empty or too long.</source>
        <translation>科目%1的名称为空或过长。</translation>
    </message>
    <message>
        <location filename="../core/document.cpp" line="174"/>
        <location filename="../core/documentdata.cpp" line="219"/>
        <source>Table “%1” has no subject rows.</source>
        <translation>表“%1”没有科目行。</translation>
    </message>
    <message>
        <location filename="../core/documentdata.cpp" line="235"/>
        <source>“%1”: its row is not in the table.</source>
        <translation>“%1”：其所在行不在该表中。</translation>
    </message>
    <message>
        <location filename="../core/documentdata.cpp" line="270"/>
        <source>“%1” is not a count this program knows.</source>
        <translation>“%1”不是本程序认识的数量项。</translation>
    </message>
    <message>
        <location filename="../core/documentdata.cpp" line="273"/>
        <source>The count “%1” must be a whole number from 0 to %2.</source>
        <translation>数量“%1”必须是 0 到 %2 之间的整数。</translation>
    </message>
    <message>
        <location filename="../core/documentdata.cpp" line="280"/>
        <source>“%1” is not a text this program knows.</source>
        <translation>“%1”不是本程序使用的文字项。</translation>
    </message>
    <message>
        <location filename="../core/documentdata.cpp" line="282"/>
        <source>The text “%1” is too long.</source>
        <translation>文字“%1”过长。</translation>
    </message>
</context>
<context>
    <name>DocumentSession</name>
    <message>
        <location filename="../ui/documentsession.cpp" line="64"/>
        <source>“%1” does not exist.</source>
        <translation>“%1”不存在。</translation>
    </message>
    <message>
        <location filename="../ui/documentsession.cpp" line="67"/>
        <source>The file or its folder cannot be written here: it is open read-only.</source>
        <translation>该文件或其所在文件夹在此处不可写入，已以只读方式打开。</translation>
    </message>
    <message>
        <location filename="../ui/documentsession.cpp" line="78"/>
        <source>Another editor (process %1 on %2) has this file open for writing: it is open read-only here.</source>
        <translation>另一个编辑器（%2 上的进程 %1）正在以可写方式打开此文件，此处已以只读方式打开。</translation>
    </message>
</context>
<context>
    <name>EvaluationCheck</name>
    <message>
        <location filename="../core/evaluationcheck.cpp" line="220"/>
        <source>年度资金总额 %1 is %2万元, its sources add up to %3万元</source>
        <translation>年度资金总额%1为 %2万元，各资金来源合计为 %3万元</translation>
    </message>
    <message>
        <location filename="../core/evaluationcheck.cpp" line="238"/>
        <source>%1 执行率 is printed %2; 全年执行数 %3 ÷ 全年预算数 %4 is %5</source>
        <translation>%1执行率印为 %2；全年执行数 %3 ÷ 全年预算数 %4 为 %5</translation>
    </message>
    <message>
        <location filename="../core/evaluationcheck.cpp" line="248"/>
        <source>执行率 得分 is typed %1; %2 分 × 执行率 %3 gives %4</source>
        <translation>执行率得分填报为 %1；%2 分 × 执行率 %3 得 %4</translation>
    </message>
    <message>
        <location filename="../core/evaluationcheck.cpp" line="266"/>
        <source>%1: 得分 typed %2; 目标 %3, 实际 %4 and 分值 %5 give %6</source>
        <translation>%1：得分填报为 %2；目标 %3、实际 %4、分值 %5 得 %6</translation>
    </message>
    <message>
        <location filename="../core/evaluationcheck.cpp" line="269"/>
        <source>%1: 得分 typed %2; the result %3 is in the band %4, %5 of 分值 %6</source>
        <translation>%1：得分填报为 %2；完成结果“%3”属于“%4”档，为分值 %6 的 %5</translation>
    </message>
    <message>
        <location filename="../core/evaluationcheck.cpp" line="282"/>
        <source>%1: 偏差度 typed %2; (实际 − 目标) ÷ 目标 gives %3 (目标 %4, 实际 %5)</source>
        <translation>%1：偏差度填报为 %2；(实际 − 目标) ÷ 目标 得 %3（目标 %4，实际 %5）</translation>
    </message>
    <message>
        <location filename="../core/evaluationcheck.cpp" line="291"/>
        <source>%1: the target %2 was missed (实际 %3) and no 偏差原因 is given</source>
        <translation>%1：未达到目标 %2（实际 %3），且未填写偏差原因</translation>
    </message>
    <message>
        <location filename="../core/evaluationcheck.cpp" line="317"/>
        <source>The 分值 of the table add up to %1, not 100</source>
        <translation>本表分值合计为 %1，不是 100</translation>
    </message>
    <message>
        <location filename="../core/evaluationcheck.cpp" line="321"/>
        <source>总分值 is printed %1; the table&apos;s 分值 add up to %2</source>
        <translation>总分值印为 %1；本表分值合计为 %2</translation>
    </message>
    <message>
        <location filename="../core/evaluationcheck.cpp" line="338"/>
        <source>%1 carry %2 分; 注2 gives them %3</source>
        <translation>%1合计 %2 分；注2 规定为 %3 分</translation>
    </message>
    <message>
        <location filename="../core/evaluationcheck.cpp" line="369"/>
        <source>总分 is typed %1; the scores typed in the table add up to %2</source>
        <translation>总分填报为 %1；表中填报的得分合计为 %2</translation>
    </message>
    <message>
        <location filename="../core/evaluationcheck.cpp" line="374"/>
        <source>总分 is typed %1; the rules give %2</source>
        <translation>总分填报为 %1；按规则计算为 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/evaluationcheck.cpp" line="375"/>
        <source>总分 is typed %1; the rules give %2 (%n part(s) not computable counted as 0 to their 分值)</source>
        <translation>
            <numerusform>总分填报为 %1；按规则计算为 %2（%n 部分无法计算，按 0 分计入其分值）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/evaluationcheck.cpp" line="385"/>
        <source>评价等级 is typed %1; a 总分 of %2 is %3</source>
        <translation>评价等级填报为 %1；总分 %2 应为“%3”</translation>
    </message>
    <message>
        <location filename="../core/evaluationcheck.cpp" line="438"/>
        <source>部门整体 %1 全年执行数 is %2万元; %3 is %4万元</source>
        <translation>部门整体%1全年执行数为 %2万元；%3为 %4万元</translation>
    </message>
    <message>
        <location filename="../core/evaluationcheck.cpp" line="487"/>
        <source>%1 全年执行数 %2万元 is more than the document spends on projects: %3 is %4万元</source>
        <translation>%1全年执行数 %2万元 超过本文档的项目支出：%3为 %4万元</translation>
    </message>
    <message>
        <location filename="../core/evaluationcheck.cpp" line="522"/>
        <source>The %1 project evaluations spend %2万元 together; 公开03表 项目支出合计 is %3万元</source>
        <translation>%1 个项目自评的执行数合计 %2万元；公开03表项目支出合计为 %3万元</translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <location filename="../core/interchange.cpp" line="25"/>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <location filename="../core/interchange.cpp" line="32"/>
        <source>unknown key</source>
        <translation>未知的键</translation>
    </message>
    <message>
        <location filename="../core/interchange.cpp" line="43"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../core/interchange.cpp" line="46"/>
        <location filename="../core/interchange.cpp" line="356"/>
        <source>must be a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <location filename="../core/interchange.cpp" line="218"/>
        <source>The JSON file is too large.</source>
        <translation>JSON 文件过大。</translation>
    </message>
    <message>
        <location filename="../core/interchange.cpp" line="222"/>
        <source>Not valid JSON at offset %1: %2</source>
        <translation>在偏移量%1处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <location filename="../core/interchange.cpp" line="224"/>
        <source>The JSON document must be an object.</source>
        <translation>JSON 文档应为对象。</translation>
    </message>
    <message>
        <location filename="../core/interchange.cpp" line="206"/>
        <source>given twice</source>
        <translation>重复出现</translation>
    </message>
    <message>
        <location filename="../core/interchange.cpp" line="187"/>
        <source>the escape “%1” is half of a surrogate pair without its other half, not a character</source>
        <translation>转义“%1”只是代理对的一半，不是一个字符</translation>
    </message>
    <message>
        <location filename="../core/interchange.cpp" line="189"/>
        <source>the text is not valid UTF-8</source>
        <translation>文本不是有效的 UTF-8</translation>
    </message>
    <message>
        <location filename="../core/interchange.cpp" line="202"/>
        <source>a key must not contain the control character U+%1</source>
        <translation>键名不能包含控制字符 U+%1</translation>
    </message>
    <message>
        <location filename="../core/interchange.cpp" line="240"/>
        <source>“%1” is not a format this program reads (expected “%2”)</source>
        <translation>“%1”不是本程序可读取的格式（应为“%2”）</translation>
    </message>
    <message>
        <location filename="../core/interchange.cpp" line="249"/>
        <source>unknown template “%1”</source>
        <translation>未知的模板“%1”</translation>
    </message>
    <message>
        <location filename="../core/interchange.cpp" line="254"/>
        <location filename="../core/interchange.cpp" line="289"/>
        <location filename="../core/interchange.cpp" line="307"/>
        <location filename="../core/interchange.cpp" line="349"/>
        <location filename="../core/interchange.cpp" line="368"/>
        <source>must be an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <location filename="../core/interchange.cpp" line="271"/>
        <source>must be a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <location filename="../core/interchange.cpp" line="283"/>
        <source>must be 元 or 万元</source>
        <translation>应为“元”或“万元”</translation>
    </message>
    <message>
        <location filename="../core/interchange.cpp" line="294"/>
        <source>not a function classification code (3, 5 or 7 digits)</source>
        <translation>不是支出功能分类科目编码（应为3位、5位或7位数字）</translation>
    </message>
    <message>
        <location filename="../core/interchange.cpp" line="296"/>
        <source>the name must be a non-empty string</source>
        <translation>名称应为非空字符串</translation>
    </message>
    <message>
        <location filename="../core/interchange.cpp" line="298"/>
        <source>the name is too long</source>
        <translation>名称过长</translation>
    </message>
    <message>
        <location filename="../core/interchange.cpp" line="315"/>
        <source>the amount must be a string such as &quot;1788.25&quot;</source>
        <translation>金额应为字符串，如&quot;1788.25&quot;</translation>
    </message>
    <message>
        <location filename="../core/interchange.cpp" line="323"/>
        <source>“%1” is not exact in 分 (at most %2 decimals in %3)</source>
        <translation>“%1”不能精确到分（以%3为单位时最多%2位小数）</translation>
    </message>
    <message>
        <location filename="../core/interchange.cpp" line="329"/>
        <source>“%1” is not an amount as this format writes it: ASCII digits without leading zeros, an optional leading “-” and optional decimals after a “.”, such as “-1788.25”</source>
        <translation>“%1”不是本格式规定的金额写法：不带前导零的半角数字，可带前导“-”，小数部分写在“.”之后，例如“-1788.25”</translation>
    </message>
    <message>
        <location filename="../core/interchange.cpp" line="340"/>
        <source>the amount is out of range</source>
        <translation>金额超出允许范围</translation>
    </message>
    <message>
        <location filename="../core/interchange.cpp" line="354"/>
        <source>unknown text key</source>
        <translation>未知的文字键</translation>
    </message>
    <message>
        <location filename="../core/interchange.cpp" line="358"/>
        <source>the text is too long</source>
        <translation>文字过长</translation>
    </message>
    <message>
        <location filename="../core/interchange.cpp" line="373"/>
        <source>unknown count key</source>
        <translation>未知的数量项</translation>
    </message>
    <message>
        <location filename="../core/interchange.cpp" line="376"/>
        <source>must be a whole number from 0 to %1</source>
        <translation>必须是 0 到 %1 之间的整数</translation>
    </message>
    <message>
        <location filename="../core/interchange.cpp" line="384"/>
        <source>must be an array</source>
        <translation>必须是数组</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="80"/>
        <source>Final accounts documents (*.fadb)</source>
        <translation>决算文档 (*.fadb)</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../core/money.cpp" line="351"/>
        <source>The amount is empty.</source>
        <translation>金额为空。</translation>
    </message>
    <message>
        <location filename="../core/money.cpp" line="353"/>
        <source>The amount is not a number.</source>
        <translation>金额不是数字。</translation>
    </message>
    <message>
        <location filename="../core/money.cpp" line="355"/>
        <source>The amount has more decimals than 分 allow.</source>
        <translation>金额的小数位数超过了精确到分所允许的位数。</translation>
    </message>
    <message>
        <location filename="../core/money.cpp" line="357"/>
        <source>The amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <location filename="../core/outputfile.cpp" line="40"/>
        <location filename="../core/outputfile.cpp" line="55"/>
        <source>Cannot write %1: it is a folder.</source>
        <translation>无法写入 %1：这是一个文件夹。</translation>
    </message>
    <message>
        <location filename="../core/outputfile.cpp" line="43"/>
        <source>%1 is a document of this program: an export would replace it. Choose another file name.</source>
        <translation>%1 是本程序的文档，导出会覆盖它。请另选一个文件名。</translation>
    </message>
    <message>
        <location filename="../core/outputfile.cpp" line="53"/>
        <location filename="../core/outputfile.cpp" line="70"/>
        <source>The disk is full: %1 could not be written. Free some space and try again.</source>
        <translation>磁盘已满：无法写入 %1。请释放空间后重试。</translation>
    </message>
    <message>
        <location filename="../core/outputfile.cpp" line="57"/>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>无法写入 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <location filename="../core/outputfile.cpp" line="61"/>
        <source>Cannot write %1: the folder %2 is on a read-only disk.</source>
        <translation>无法写入 %1：文件夹 %2 位于只读磁盘上。</translation>
    </message>
    <message>
        <location filename="../core/outputfile.cpp" line="62"/>
        <source>Cannot write %1: there is no permission to write in the folder %2.</source>
        <translation>无法写入 %1：没有在文件夹 %2 中写入的权限。</translation>
    </message>
    <message>
        <location filename="../core/outputfile.cpp" line="65"/>
        <source>Cannot write %1: the file is read-only.</source>
        <translation>无法写入 %1：该文件是只读的。</translation>
    </message>
    <message>
        <location filename="../core/outputfile.cpp" line="67"/>
        <source>Cannot write %1: permission denied.</source>
        <translation>无法写入 %1：权限不足。</translation>
    </message>
    <message>
        <location filename="../core/outputfile.cpp" line="72"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/outputfile.cpp" line="73"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>Performance</name>
    <message>
        <location filename="../core/performance.cpp" line="26"/>
        <source>is not a known field</source>
        <translation>不是已知的字段</translation>
    </message>
    <message>
        <location filename="../core/performance.cpp" line="35"/>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../core/performance.cpp" line="39"/>
        <source>must be a string</source>
        <translation>必须是文字</translation>
    </message>
    <message>
        <location filename="../core/performance.cpp" line="44"/>
        <source>is longer than %1 characters</source>
        <translation>超过%1个字符</translation>
    </message>
    <message>
        <location filename="../core/performance.cpp" line="47"/>
        <source>holds a control character</source>
        <translation>含有控制字符</translation>
    </message>
    <message>
        <location filename="../core/performance.cpp" line="52"/>
        <source>is not valid text</source>
        <translation>不是有效的文字</translation>
    </message>
    <message>
        <location filename="../core/performance.cpp" line="65"/>
        <source>“%1” is not an amount in 万元 (at most six decimals)</source>
        <translation>“%1”不是以万元为单位的金额（最多六位小数）</translation>
    </message>
    <message>
        <location filename="../core/performance.cpp" line="69"/>
        <source>is out of range</source>
        <translation>超出允许范围</translation>
    </message>
    <message>
        <location filename="../core/performance.cpp" line="82"/>
        <source>“%1” is not a score (points with at most two decimals)</source>
        <translation>“%1”不是分数（最多两位小数）</translation>
    </message>
    <message>
        <location filename="../core/performance.cpp" line="94"/>
        <source>must be an array</source>
        <translation>必须是数组</translation>
    </message>
    <message>
        <location filename="../core/performance.cpp" line="98"/>
        <source>has more than %1 rows</source>
        <translation>超过%1行</translation>
    </message>
    <message>
        <location filename="../core/performance.cpp" line="108"/>
        <location filename="../core/performance.cpp" line="118"/>
        <location filename="../core/performance.cpp" line="258"/>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <location filename="../core/performance.cpp" line="166"/>
        <source>must be “department” or “project”</source>
        <translation>必须是“department”（部门整体）或“project”（项目）</translation>
    </message>
    <message>
        <location filename="../core/performance.cpp" line="209"/>
        <source>is too long a column name</source>
        <translation>列名过长</translation>
    </message>
    <message>
        <location filename="../core/performance.cpp" line="253"/>
        <source>evaluations: more than %1</source>
        <translation>绩效自评表超过%1张</translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <location filename="../core/print/printdocument.cpp" line="746"/>
        <source>(The document holds no 绩效自评 tables.)</source>
        <translation>（本文档没有绩效自评表。）</translation>
    </message>
    <message>
        <location filename="../core/print/printdocument.cpp" line="993"/>
        <source>The PDF could not be finished: %1</source>
        <translation>PDF 无法完成：%1</translation>
    </message>
    <message>
        <location filename="../core/print/printdocument.cpp" line="1034"/>
        <source>the PDF could not be started</source>
        <translation>无法开始生成 PDF</translation>
    </message>
    <message>
        <location filename="../core/print/printdocument.cpp" line="1222"/>
        <source>the ODF writer failed</source>
        <translation>ODF 写出失败</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="vanished">无法写入 %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="vanished">无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../core/report.cpp" line="202"/>
        <source>情况说明 %1, paragraph %2</source>
        <translation>情况说明%1 第%2段</translation>
    </message>
    <message>
        <location filename="../core/report.cpp" line="212"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../core/report.cpp" line="213"/>
        <location filename="../core/report.cpp" line="220"/>
        <location filename="../core/report.cpp" line="226"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../core/report.cpp" line="214"/>
        <location filename="../core/report.cpp" line="226"/>
        <source>Rounding (尾差)</source>
        <translation>尾差</translation>
    </message>
    <message>
        <location filename="../core/report.cpp" line="228"/>
        <source>%1 errors, %2 warnings, %3 rounding differences (尾差).
</source>
        <translation>错误%1项，警告%2项，尾差%3项。
</translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <location filename="../core/scoring.cpp" line="286"/>
        <source>no unit</source>
        <translation>无单位</translation>
    </message>
    <message>
        <location filename="../core/scoring.cpp" line="300"/>
        <source>it is empty</source>
        <translation>内容为空</translation>
    </message>
    <message>
        <location filename="../core/scoring.cpp" line="302"/>
        <source>a comparison sign is not followed by a figure</source>
        <translation>比较符号后面没有数字</translation>
    </message>
    <message>
        <location filename="../core/scoring.cpp" line="304"/>
        <source>the figure is malformed</source>
        <translation>数字格式不正确</translation>
    </message>
    <message>
        <location filename="../core/scoring.cpp" line="306"/>
        <source>the figure has more than 18 digits</source>
        <translation>数字超过18位</translation>
    </message>
    <message>
        <location filename="../core/scoring.cpp" line="308"/>
        <source>the figure has more than 6 decimals</source>
        <translation>数字的小数超过6位</translation>
    </message>
    <message>
        <location filename="../core/scoring.cpp" line="310"/>
        <source>it holds more than one figure</source>
        <translation>包含不止一个数字</translation>
    </message>
    <message>
        <location filename="../core/scoring.cpp" line="312"/>
        <source>its figure is inside a text</source>
        <translation>数字夹在文字中间</translation>
    </message>
    <message>
        <location filename="../core/scoring.cpp" line="387"/>
        <location filename="../core/scoring.cpp" line="459"/>
        <source>The actual value %1 is a bound, not a value: the score cannot be computed.</source>
        <translation>实际完成值%1是一个范围界限而不是数值，无法计算得分。</translation>
    </message>
    <message>
        <location filename="../core/scoring.cpp" line="391"/>
        <source>The target %1 is qualitative but the actual value %2 is a figure that is not a rating in percent: they cannot be compared.</source>
        <translation>指标值%1为定性指标，但实际完成值%2是数字而不是百分比评分，无法比较。</translation>
    </message>
    <message>
        <location filename="../core/scoring.cpp" line="400"/>
        <source>A rating of a qualitative target must lie between 0% and 100%; %1 does not.</source>
        <translation>定性指标的评分须在0%至100%之间，%1不在此范围内。</translation>
    </message>
    <message>
        <location filename="../core/scoring.cpp" line="408"/>
        <source>The qualitative target %1 is rated %2%: %3 × %2% = %4 points, in the band %5 (注5).</source>
        <translation>定性指标%1评为%2%：%3 × %2% = %4分，属于“%5”档（注5）。</translation>
    </message>
    <message>
        <location filename="../core/scoring.cpp" line="414"/>
        <source>The actual value repeats the target&apos;s words (%1): met, the full %2 points.</source>
        <translation>实际完成值与指标值表述一致（%1）：已完成，得满分%2分。</translation>
    </message>
    <message>
        <location filename="../core/scoring.cpp" line="419"/>
        <source>The actual value %1 says the target %2 was reached: the full %3 points.</source>
        <translation>实际完成值“%1”表明已达到指标值“%2”：得满分%3分。</translation>
    </message>
    <message>
        <location filename="../core/scoring.cpp" line="427"/>
        <source>The result %1 is at least the targeted %2: met, the full %3 points.</source>
        <translation>完成情况“%1”不低于指标值“%2”：已完成，得满分%3分。</translation>
    </message>
    <message>
        <location filename="../core/scoring.cpp" line="433"/>
        <source>No score in hundredths of a point lies in the band %1 of %2 points.</source>
        <translation>在%2分的“%1”档内没有可取的分值（精确到0.01分）。</translation>
    </message>
    <message>
        <location filename="../core/scoring.cpp" line="440"/>
        <source>Qualitative result %1: the band %1 gives %2 to %3 of the %4 points (注5); the score inside the band is the evaluator&apos;s to set.</source>
        <translation>定性结果“%1”：“%1”档对应%4分中的%2至%3分（注5），档内具体分值由评价人确定。</translation>
    </message>
    <message>
        <location filename="../core/scoring.cpp" line="445"/>
        <source>Cannot tell how far %1 reaches the qualitative target %2: type a rating in percent or one of 好, 较好, 一般, 较差.</source>
        <translation>无法判断“%1”对定性指标“%2”的完成程度：请填写百分比评分，或好、较好、一般、较差之一。</translation>
    </message>
    <message>
        <location filename="../core/scoring.cpp" line="455"/>
        <source>The target %1 is a figure but the actual value %2 is not: they cannot be compared.</source>
        <translation>指标值%1是数字，而实际完成值“%2”不是，无法比较。</translation>
    </message>
    <message>
        <location filename="../core/scoring.cpp" line="463"/>
        <source>The target is in %1 but the actual value in %2: values in different units are not compared.</source>
        <translation>指标值的单位是%1，实际完成值的单位是%2：单位不同，不作比较。</translation>
    </message>
    <message>
        <location filename="../core/scoring.cpp" line="492"/>
        <source>Met: %1 against the target %2: the full %3 points.</source>
        <translation>已完成：实际%1，指标值%2，得满分%3分。</translation>
    </message>
    <message>
        <location filename="../core/scoring.cpp" line="496"/>
        <source>Missed: %1 against the target %2; a proportion of negative values has no meaning, so the score is not computed.</source>
        <translation>未完成：实际%1，指标值%2；负数之间的比例没有意义，不计算得分。</translation>
    </message>
    <message>
        <location filename="../core/scoring.cpp" line="531"/>
        <source>Missed: %1 against the target %2; the proportion would be 0/0 and nothing of the target was achieved: 0 points.</source>
        <translation>未完成：实际%1，指标值%2；比例为0/0，指标未有任何完成：得0分。</translation>
    </message>
    <message>
        <location filename="../core/scoring.cpp" line="537"/>
        <source>Missed: %1 against the target %2: %3 × %4 = %5 points (注5).</source>
        <translation>未完成：实际%1，指标值%2：%3 × %4 = %5分（注5）。</translation>
    </message>
    <message>
        <location filename="../core/scoring.cpp" line="752"/>
        <location filename="../core/scoring.cpp" line="786"/>
        <source>The 分值 %1 is out of range.</source>
        <translation>分值%1超出范围。</translation>
    </message>
    <message>
        <location filename="../core/scoring.cpp" line="756"/>
        <source>No target (年度指标值) is given.</source>
        <translation>未填写年度指标值。</translation>
    </message>
    <message>
        <location filename="../core/scoring.cpp" line="760"/>
        <source>No actual value (实际完成值) is given.</source>
        <translation>未填写实际完成值。</translation>
    </message>
    <message>
        <location filename="../core/scoring.cpp" line="764"/>
        <source>The target %1 cannot be read: %2.</source>
        <translation>无法识别指标值“%1”：%2。</translation>
    </message>
    <message>
        <location filename="../core/scoring.cpp" line="768"/>
        <source>The actual value %1 cannot be read: %2.</source>
        <translation>无法识别实际完成值“%1”：%2。</translation>
    </message>
    <message>
        <location filename="../core/scoring.cpp" line="789"/>
        <source>%1 万元</source>
        <translation>%1万元</translation>
    </message>
    <message>
        <location filename="../core/scoring.cpp" line="791"/>
        <source>The 全年预算数 is zero: there is no 执行率 and no score for it.</source>
        <translation>全年预算数为0：没有执行率，也不计执行率得分。</translation>
    </message>
    <message>
        <location filename="../core/scoring.cpp" line="796"/>
        <source>The 全年预算数 %1 or the 全年执行数 %2 is negative: the 执行率 is not scored.</source>
        <translation>全年预算数%1或全年执行数%2为负数：不计执行率得分。</translation>
    </message>
    <message>
        <location filename="../core/scoring.cpp" line="801"/>
        <source>(too large to show)</source>
        <translation>（数值过大，无法显示）</translation>
    </message>
    <message>
        <location filename="../core/scoring.cpp" line="804"/>
        <source>执行率 %1 = %2 ÷ %3: the full %4 points (never more than the 分值).</source>
        <translation>执行率%1 = %2 ÷ %3：得满分%4分（不超过分值）。</translation>
    </message>
    <message>
        <location filename="../core/scoring.cpp" line="809"/>
        <source>执行率 %1 = %2 ÷ %3: %4 × %1 = %5 points.</source>
        <translation>执行率%1 = %2 ÷ %3：%4 × %1 = %5分。</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../core/store.cpp" line="546"/>
        <location filename="../core/store.cpp" line="644"/>
        <location filename="../core/store.cpp" line="648"/>
        <location filename="../core/store.cpp" line="719"/>
        <source>The document file could not be written.</source>
        <translation>无法写入文档文件。</translation>
    </message>
    <message>
        <location filename="../core/store.cpp" line="162"/>
        <source>The SQLite driver of Qt (QSQLITE) is not installed.</source>
        <translation>未安装 Qt 的 SQLite 驱动（QSQLITE）。</translation>
    </message>
    <message>
        <location filename="../core/store.cpp" line="93"/>
        <source>Another program is changing the document at this moment; try again in a moment.</source>
        <translation>另一个程序正在修改此文档，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../core/store.cpp" line="95"/>
        <source>The disk is full: %1 Free some space and try again.</source>
        <translation>磁盘已满：%1 请腾出空间后再试。</translation>
    </message>
    <message>
        <location filename="../core/store.cpp" line="172"/>
        <source>The document file could not be opened.</source>
        <translation>无法打开文档文件。</translation>
    </message>
    <message>
        <location filename="../core/store.cpp" line="180"/>
        <source>The SQLite driver gives no database handle.</source>
        <translation>SQLite 驱动未提供数据库句柄。</translation>
    </message>
    <message>
        <location filename="../core/store.cpp" line="108"/>
        <location filename="../core/store.cpp" line="202"/>
        <location filename="../core/store.cpp" line="443"/>
        <source>The document file is damaged: %1</source>
        <translation>文档文件已损坏：%1</translation>
    </message>
    <message>
        <location filename="../core/store.cpp" line="215"/>
        <source>The document file defines its table “%1” otherwise than this program does; it is not opened.</source>
        <translation>文档文件中的表“%1”与本程序的定义不同，不予打开。</translation>
    </message>
    <message>
        <location filename="../core/store.cpp" line="222"/>
        <source>The document file contains a %1 “%2” that this program did not write; it is not opened.</source>
        <translation>文档文件中含有并非本程序写入的 %1“%2”，不予打开。</translation>
    </message>
    <message>
        <location filename="../core/store.cpp" line="227"/>
        <source>The document file lacks its table “%1”.</source>
        <translation>文档文件缺少数据表“%1”。</translation>
    </message>
    <message>
        <location filename="../core/store.cpp" line="236"/>
        <source>The document file is damaged.</source>
        <translation>文档文件已损坏。</translation>
    </message>
    <message>
        <location filename="../core/store.cpp" line="240"/>
        <source>The document was written by a newer version of this program.</source>
        <translation>该文档由本程序的更新版本写入。</translation>
    </message>
    <message>
        <location filename="../core/store.cpp" line="242"/>
        <source>The document file is damaged: its header and its schema disagree.</source>
        <translation>文档文件已损坏：文件头与数据结构不一致。</translation>
    </message>
    <message>
        <location filename="../core/store.cpp" line="266"/>
        <source>A backup of the document could not be written before its upgrade.</source>
        <translation>升级文档格式前未能写入备份。</translation>
    </message>
    <message>
        <location filename="../core/store.cpp" line="277"/>
        <location filename="../core/store.cpp" line="279"/>
        <location filename="../core/store.cpp" line="281"/>
        <source>The document could not be upgraded.</source>
        <translation>文档格式未能升级。</translation>
    </message>
    <message>
        <location filename="../core/store.cpp" line="322"/>
        <source>The file “%1” does not exist.</source>
        <translation>文件“%1”不存在。</translation>
    </message>
    <message>
        <location filename="../core/store.cpp" line="324"/>
        <source>“%1” is not a file.</source>
        <translation>“%1”不是文件。</translation>
    </message>
    <message>
        <location filename="../core/store.cpp" line="326"/>
        <source>The file “%1” is too large to be a document.</source>
        <translation>文件“%1”过大，不是有效的文档。</translation>
    </message>
    <message>
        <location filename="../core/store.cpp" line="330"/>
        <source>The file “%1” cannot be read: %2</source>
        <translation>无法读取文件“%1”：%2</translation>
    </message>
    <message>
        <location filename="../core/store.cpp" line="334"/>
        <source>“%1” is not a document of this program (not an SQLite database).</source>
        <translation>“%1”不是本程序的文档（不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <location filename="../core/store.cpp" line="337"/>
        <source>“%1” is an SQLite database of another program, not a final-accounts document.</source>
        <translation>“%1”是其他程序的 SQLite 数据库，不是决算文档。</translation>
    </message>
    <message>
        <location filename="../core/store.cpp" line="340"/>
        <source>“%1” was written by a newer version of this program (format %2; this version reads up to %3). Please update the program.</source>
        <translation>“%1”由本程序的更新版本写入（格式版本%2；当前版本最高可读取%3）。请升级本程序。</translation>
    </message>
    <message>
        <location filename="../core/store.cpp" line="360"/>
        <source>“%1” has unsaved changes of another session (a -wal file) that could not be read.</source>
        <translation>“%1”有另一会话尚未保存的修改（-wal 文件），无法读取。</translation>
    </message>
    <message>
        <location filename="../core/store.cpp" line="380"/>
        <source>“%1” is being changed by another program, or a change to it did not finish; it could not be read.</source>
        <translation>“%1”正被其他程序修改，或上次修改没有完成，无法读取。</translation>
    </message>
    <message>
        <location filename="../core/store.cpp" line="397"/>
        <source>“%1” cannot be changed here (read-only file or folder); open it read-only.</source>
        <translation>“%1”在此处无法修改（文件或文件夹为只读），请以只读方式打开。</translation>
    </message>
    <message>
        <source>The document file could not be read: %1</source>
        <translation type="vanished">文档文件无法读取：%1</translation>
    </message>
    <message>
        <location filename="../core/store.cpp" line="508"/>
        <source>the count “%1” is not a whole number</source>
        <translation>数量“%1”不是整数</translation>
    </message>
    <message>
        <location filename="../core/store.cpp" line="522"/>
        <location filename="../core/store.cpp" line="526"/>
        <source>a 绩效自评 table is not what this program writes</source>
        <translation>绩效自评表不是本程序写入的格式</translation>
    </message>
    <message>
        <location filename="../core/store.cpp" line="605"/>
        <source>“%1” is open in another program, or its last session did not end cleanly: close it (or open and close it once) before replacing it.</source>
        <translation>“%1”正被另一个程序打开，或上次使用未正常结束：请先关闭它（或打开再关闭一次）后再替换。</translation>
    </message>
    <message>
        <location filename="../core/store.cpp" line="616"/>
        <location filename="../core/store.cpp" line="680"/>
        <source>“%1” could not be written: %2</source>
        <translation>“%1”无法写入：%2</translation>
    </message>
    <message>
        <location filename="../core/store.cpp" line="711"/>
        <source>The document file could not be prepared for writing.</source>
        <translation>无法准备写入文档文件。</translation>
    </message>
    <message>
        <location filename="../core/store.cpp" line="451"/>
        <source>The document file holds too many entries.</source>
        <translation>文档文件中的条目过多。</translation>
    </message>
    <message>
        <location filename="../core/store.cpp" line="431"/>
        <source>The document file could not be read.</source>
        <translation>无法读取文档文件。</translation>
    </message>
    <message>
        <location filename="../core/store.cpp" line="469"/>
        <source>unknown amount unit</source>
        <translation>未知的金额单位</translation>
    </message>
    <message>
        <location filename="../core/store.cpp" line="490"/>
        <source>the amount at “%1” is not an integer number of 分</source>
        <translation>“%1”处的金额不是以分计的整数</translation>
    </message>
    <message>
        <location filename="../core/store.cpp" line="538"/>
        <source>The document file holds invalid content: %1</source>
        <translation>文档文件中含有无效内容：%1</translation>
    </message>
    <message>
        <location filename="../core/store.cpp" line="598"/>
        <location filename="../core/store.cpp" line="679"/>
        <source>“%1” already exists; it is not replaced.</source>
        <translation>“%1”已存在，不予覆盖。</translation>
    </message>
    <message>
        <location filename="../core/store.cpp" line="600"/>
        <source>The folder of “%1” does not exist.</source>
        <translation>“%1”所在的文件夹不存在。</translation>
    </message>
    <message>
        <location filename="../core/store.cpp" line="694"/>
        <source>The document is open read-only.</source>
        <translation>文档以只读方式打开。</translation>
    </message>
    <message>
        <location filename="../core/store.cpp" line="830"/>
        <source>The change could not be saved.</source>
        <translation>无法保存修改。</translation>
    </message>
</context>
<context>
    <name>TextCheck</name>
    <message>
        <location filename="../core/textcheck.cpp" line="338"/>
        <source>名词解释 has no definition for %1 %2</source>
        <translation>名词解释缺少 %1 %2 的解释</translation>
    </message>
    <message>
        <location filename="../core/textcheck.cpp" line="528"/>
        <source>A completion rate of %1 where the budget is 0: there is no such rate</source>
        <translation>预算数为0，却写了完成预算的%1：此比率不存在</translation>
    </message>
    <message>
        <location filename="../core/textcheck.cpp" line="539"/>
        <source>The text says %1 where the figures show %2</source>
        <translation>文字写“%1”，而数据为“%2”</translation>
    </message>
    <message>
        <location filename="../core/textcheck.cpp" line="548"/>
        <source>The text says %1 where the tables give %2</source>
        <translation>文字写%1，而表中数据为%2</translation>
    </message>
    <message>
        <location filename="../core/textcheck.cpp" line="575"/>
        <source>The shares of one whole add up to %1</source>
        <translation>同一总数的各部分占比合计为%1</translation>
    </message>
    <message>
        <location filename="../core/textcheck.cpp" line="591"/>
        <source>The shares of one whole add up to %1, not 100%</source>
        <translation>同一总数的各部分占比合计为%1，而非100%</translation>
    </message>
    <message>
        <location filename="../core/textcheck.cpp" line="616"/>
        <source>A template leftover: “%1”</source>
        <translation>模板残留文字：“%1”</translation>
    </message>
    <message>
        <location filename="../core/textcheck.cpp" line="626"/>
        <source>The year %1 in a document of %2</source>
        <translation>%2年度的文件中出现%1年</translation>
    </message>
    <message>
        <location filename="../core/textcheck.cpp" line="636"/>
        <source>“%1” in a %2 document</source>
        <translation>%2决算中出现“%1”</translation>
    </message>
    <message>
        <location filename="../core/textcheck.cpp" line="660"/>
        <source>“%1” is not the name on the cover, %2</source>
        <translation>“%1”与封面名称“%2”不一致</translation>
    </message>
    <message>
        <location filename="../core/textcheck.cpp" line="692"/>
        <source>“%1” is not a subject of 公开05表</source>
        <translation>“%1”不是公开05表中的科目</translation>
    </message>
    <message>
        <location filename="../core/textcheck.cpp" line="693"/>
        <source>“%1” is named “%2” in 公开05表</source>
        <translation>“%1”在公开05表中的名称为“%2”</translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>The disk is full: %1 could not be written. Free some space and try again.</source>
        <translation type="vanished">磁盘已满：无法写入 %1。请释放空间后重试。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="vanished">无法写入 %1：%2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="vanished">它是一个文件夹</translation>
    </message>
    <message>
        <location filename="../core/xlsxexport.cpp" line="704"/>
        <source>the workbook could not be created</source>
        <translation>无法创建工作簿</translation>
    </message>
    <message>
        <location filename="../core/xlsxexport.cpp" line="709"/>
        <source>%1 %2年度%3决算公开</source>
        <translation>%1 %2年度%3决算公开</translation>
    </message>
</context>
<context>
    <name>fa::ui::AddRowDialog</name>
    <message>
        <location filename="../ui/addrowdialog.cpp" line="35"/>
        <source>&amp;Name of the new 项:</source>
        <translation>新增项的名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/addrowdialog.cpp" line="38"/>
        <source>Add a 项</source>
        <translation>添加项级科目</translation>
    </message>
    <message>
        <location filename="../ui/addrowdialog.cpp" line="49"/>
        <source>a code or part of a name, e.g. 2013 or 宣传</source>
        <translation>输入科目编码或名称中的文字，如 2013 或 宣传</translation>
    </message>
    <message>
        <location filename="../ui/addrowdialog.cpp" line="55"/>
        <source>&amp;Subject (项):</source>
        <translation>科目（项）(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/addrowdialog.cpp" line="75"/>
        <source>Type the 7-digit code of a 项, or choose one from the list.</source>
        <translation>请输入 7 位项级科目编码，或从列表中选择。</translation>
    </message>
    <message>
        <location filename="../ui/addrowdialog.cpp" line="80"/>
        <source>This table has no 项 rows.</source>
        <translation>本表没有项级科目行。</translation>
    </message>
    <message>
        <location filename="../ui/addrowdialog.cpp" line="84"/>
        <source>The table already lists %1.</source>
        <translation>本表已有 %1。</translation>
    </message>
    <message>
        <location filename="../ui/addrowdialog.cpp" line="92"/>
        <source>%1 is not in the catalogue: type its name.</source>
        <translation>%1 不在科目目录中，请填写其名称。</translation>
    </message>
</context>
<context>
    <name>fa::ui::ChecksPanel</name>
    <message>
        <location filename="../ui/checkspanel.cpp" line="88"/>
        <source>Finding</source>
        <translation>审核结果</translation>
    </message>
    <message>
        <location filename="../ui/checkspanel.cpp" line="88"/>
        <source>Expected</source>
        <translation>应为</translation>
    </message>
    <message>
        <location filename="../ui/checkspanel.cpp" line="88"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../ui/checkspanel.cpp" line="88"/>
        <source>Cell</source>
        <translation>单元格</translation>
    </message>
    <message>
        <location filename="../ui/checkspanel.cpp" line="95"/>
        <source>What the rules or the tables give, with its unit</source>
        <translation>规则或报表给出的值（带单位）</translation>
    </message>
    <message>
        <location filename="../ui/checkspanel.cpp" line="96"/>
        <source>What the document has, with its unit</source>
        <translation>文档中的值（带单位）</translation>
    </message>
    <message>
        <location filename="../ui/checkspanel.cpp" line="171"/>
        <source>绩效自评 tables against the rules (%1)</source>
        <translation>绩效自评表与评分规则不一致（%1）</translation>
    </message>
    <message>
        <location filename="../ui/checkspanel.cpp" line="184"/>
        <source>尾差: </source>
        <translation>尾差：</translation>
    </message>
    <message>
        <location filename="../ui/checkspanel.cpp" line="210"/>
        <source>Texts against the tables (%1)</source>
        <translation>文字与表格不一致（%1）</translation>
    </message>
    <message>
        <location filename="../ui/checkspanel.cpp" line="317"/>
        <source>Show in the 绩效自评 table</source>
        <translation>在绩效自评表中显示</translation>
    </message>
    <message>
        <location filename="../ui/checkspanel.cpp" line="322"/>
        <source>Show the sentence</source>
        <translation>显示所在语句</translation>
    </message>
    <message>
        <location filename="../ui/checkspanel.cpp" line="326"/>
        <source>Show the cell</source>
        <translation>定位到单元格</translation>
    </message>
    <message>
        <location filename="../ui/checkspanel.cpp" line="328"/>
        <source>Write the reason…</source>
        <translation>填写原因…</translation>
    </message>
</context>
<context>
    <name>fa::ui::CountsPage</name>
    <message>
        <location filename="../ui/countspage.cpp" line="100"/>
        <location filename="../ui/countspage.cpp" line="101"/>
        <location filename="../ui/countspage.cpp" line="103"/>
        <location filename="../ui/countspage.cpp" line="104"/>
        <source>Why the 决算 of %1 differs from its 预算</source>
        <translation>%1决算数与预算数存在差异的原因</translation>
    </message>
    <message>
        <location filename="../ui/countspage.cpp" line="105"/>
        <source>What the 公务用车运行维护费 paid for</source>
        <translation>公务用车运行维护费主要用于</translation>
    </message>
    <message>
        <location filename="../ui/countspage.cpp" line="106"/>
        <source>What the 国内公务接待 was for</source>
        <translation>国内公务接待主要用于</translation>
    </message>
    <message>
        <location filename="../ui/countspage.cpp" line="107"/>
        <source>What the 其他用车 are</source>
        <translation>其他用车主要是</translation>
    </message>
    <message>
        <location filename="../ui/countspage.cpp" line="108"/>
        <source>绩效管理工作开展情况 (before the figures of §十三(一))</source>
        <translation>绩效管理工作开展情况（§十三（一）数字之前的段落）</translation>
    </message>
    <message>
        <location filename="../ui/countspage.cpp" line="109"/>
        <source>事前绩效评估 (§十三(一) 一是…)</source>
        <translation>事前绩效评估（§十三（一）一是……）</translation>
    </message>
    <message>
        <location filename="../ui/countspage.cpp" line="110"/>
        <source>The projects&apos; self-evaluation, one paragraph per line (§十三(二))</source>
        <translation>各项目绩效自评情况，每行一段（§十三（二））</translation>
    </message>
    <message>
        <location filename="../ui/countspage.cpp" line="111"/>
        <source>部门评价结果 (§十三(三))</source>
        <translation>部门评价结果（§十三（三））</translation>
    </message>
    <message>
        <location filename="../ui/countspage.cpp" line="118"/>
        <source>Counts and short texts the 情况说明 prints beside the amounts. A count shown as “not given” is left out of the text (the clear button beside a count makes it not given); 0 is printed as 0. A text is saved when you leave it or stop typing for a moment.</source>
        <translation>情况说明中与金额一同列出的数量和简短文字。显示为“未填写”的数量不写入说明（点数量旁的清除按钮即设为未填写）；0 则按 0 写入。文字在离开输入框或停止输入片刻后保存。</translation>
    </message>
    <message>
        <location filename="../ui/countspage.cpp" line="125"/>
        <source>The document is open read-only: nothing here can be changed.</source>
        <translation>文档以只读方式打开：此处内容不能修改。</translation>
    </message>
    <message>
        <location filename="../ui/countspage.cpp" line="167"/>
        <source>Other counts</source>
        <translation>其他数量</translation>
    </message>
    <message>
        <location filename="../ui/countspage.cpp" line="190"/>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location filename="../ui/countspage.cpp" line="199"/>
        <source>Not given: left out of the text</source>
        <translation>设为未填写：不写入说明</translation>
    </message>
    <message>
        <location filename="../ui/countspage.cpp" line="246"/>
        <source>Change %1</source>
        <translation>修改%1</translation>
    </message>
</context>
<context>
    <name>fa::ui::EvaluationPage</name>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="260"/>
        <source>%1 of %2</source>
        <translation>%2的%1</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="543"/>
        <source>Add a project table</source>
        <translation>添加项目自评表</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="544"/>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="564"/>
        <source>Add indicator</source>
        <translation>添加指标</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="565"/>
        <source>Remove selected indicators</source>
        <translation>删除所选指标</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="566"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="567"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="587"/>
        <source>“%1” is not a score: points with at most two decimals, e.g. 4.74. Nothing was changed.</source>
        <translation>“%1”不是分数：应为最多两位小数的分值，如 4.74。未作任何修改。</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="599"/>
        <source>“%1” is not an amount in 万元 (at most six decimals). %2 Nothing was changed.</source>
        <translation>“%1”不是以万元为单位的金额（最多六位小数）。%2未作任何修改。</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="615"/>
        <source>万元, up to six decimals</source>
        <translation>单位：万元，最多六位小数</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="631"/>
        <source>As typed; the computed 执行率 is beside it</source>
        <translation>填报值；按规则计算的执行率在右侧</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="642"/>
        <source>Typed %1; 全年执行数 ÷ 全年预算数 gives %2.</source>
        <translation>填报 %1；全年执行数 ÷ 全年预算数 = %2。</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="646"/>
        <location filename="../ui/evaluationpage.cpp" line="769"/>
        <source>As typed; the computed score is beside it</source>
        <translation>填报值；按规则计算的得分在右侧</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="654"/>
        <location filename="../ui/evaluationpage.cpp" line="779"/>
        <source>Typed %1; the rules give %2.
%3</source>
        <translation>填报 %1；按规则应为 %2。
%3</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="658"/>
        <source>Computed 执行率</source>
        <translation>计算执行率</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="658"/>
        <source>全年执行数 ÷ 全年预算数</source>
        <translation>全年执行数 ÷ 全年预算数</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="668"/>
        <source>Both 全年预算数 and 全年执行数 are needed.</source>
        <translation>需要全年预算数和全年执行数。</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="670"/>
        <source>The 全年预算数 is zero: there is no 执行率.</source>
        <translation>全年预算数为零：无执行率。</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="671"/>
        <source>%1 ÷ %2</source>
        <translation>%1 ÷ %2</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="673"/>
        <location filename="../ui/evaluationpage.cpp" line="782"/>
        <source>Computed 得分</source>
        <translation>计算得分</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="673"/>
        <source>分值 × 执行率 (at most the 分值), on the 年度资金总额 row</source>
        <translation>分值 × 执行率（不超过分值），在“年度资金总额”行</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="682"/>
        <source>The 执行率 is scored on the 年度资金总额 row.</source>
        <translation>执行率按“年度资金总额”行计分。</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="684"/>
        <source>The 全年预算数 and 全年执行数 of this row are needed to score the 执行率.</source>
        <translation>计算执行率得分需要本行的全年预算数和全年执行数。</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="706"/>
        <source>注1: one point off per violation found, down to 0</source>
        <translation>注1：每发现1例违规扣1分，扣完为止</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="714"/>
        <source>The 得分 %1 is more than the 分值 %2.</source>
        <translation>得分 %1 超过了分值 %2。</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="760"/>
        <source>e.g. ≥95%, ≤9万元, =1个, 有所提升</source>
        <translation>如 ≥95%、≤9万元、=1个、有所提升</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="762"/>
        <source>A figure in the target&apos;s unit, a rating in percent or 好/较好/一般/较差</source>
        <translation>与指标值同单位的数值、百分比评分，或 好/较好/一般/较差</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="782"/>
        <source>What the rules (注5) give: a score, the range of a band, or — when it cannot be computed</source>
        <translation>按规则（注5）计算的得分：确定分值、档次的分值区间，无法计算时为“—”</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="790"/>
        <source>As printed, in percent; the computed one is beside it</source>
        <translation>填报值（百分比）；按规则计算的偏差度在右侧</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="799"/>
        <source>Typed %1; (实际 − 目标) ÷ 目标 gives %2.</source>
        <translation>填报 %1；（实际 − 目标）÷ 目标 = %2。</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="802"/>
        <source>Computed 偏差度</source>
        <translation>计算偏差度</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="802"/>
        <source>(实际 − 目标) ÷ 目标 in percent, 0.00 when the target is met</source>
        <translation>（实际 − 目标）÷ 目标，以百分比表示；达到目标时为 0.00</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="814"/>
        <source>indicator %1</source>
        <translation>第%1项指标</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="854"/>
        <source>Add a 项目支出绩效自评表 at the end of the list</source>
        <translation>在列表末尾添加一张项目支出绩效自评表</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="855"/>
        <source>Remove the selected table (asks first; undo brings it back)</source>
        <translation>删除所选自评表（先确认；可撤销恢复）</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="862"/>
        <source>Remove a 绩效自评 table</source>
        <translation>删除绩效自评表</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/evaluationpage.cpp" line="863"/>
        <source>Remove the table “%1” with its %n indicators? Undo brings it back.</source>
        <translation>
            <numerusform>删除自评表“%1”及其 %n 项指标？可撤销恢复。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="870"/>
        <source>Tables (附件)</source>
        <translation>自评表（附件）</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="938"/>
        <source>computed by the rules</source>
        <translation>按规则计算</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="939"/>
        <source>typed, not what the rules give (see its tooltip)</source>
        <translation>填报值与规则计算不符（见提示）</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="947"/>
        <source>Add an indicator after the current one, with its 一级 and 二级 指标</source>
        <translation>在当前指标后添加一项指标，沿用其一级、二级指标</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="948"/>
        <source>Remove the indicators of the selected rows</source>
        <translation>删除所选行的指标</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="975"/>
        <source>总分 and 评价等级</source>
        <translation>总分与评价等级</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="1017"/>
        <source>This document has no 绩效自评 tables yet. “Add a project table” starts one.</source>
        <translation>本文档还没有绩效自评表。点击“添加项目自评表”新建一张。</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="1022"/>
        <location filename="../ui/evaluationpage.cpp" line="1194"/>
        <location filename="../ui/evaluationpage.cpp" line="1212"/>
        <source>The document is open read-only: nothing here can be changed.</source>
        <translation>文档以只读方式打开：此处内容不能修改。</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="1163"/>
        <source>table %1</source>
        <translation>第%1张表</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="1170"/>
        <source>Change %1 in 绩效自评 “%2”</source>
        <translation>修改绩效自评“%2”的%1</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="1222"/>
        <location filename="../ui/evaluationpage.cpp" line="1231"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="1226"/>
        <source>Not saved: the 绩效自评 tables would not read back as typed.</source>
        <translation>未保存：绩效自评表保存后无法按填写内容读回。</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="1318"/>
        <source>执行率 得分 %1, the rules give %2</source>
        <translation>执行率得分 %1，按规则应为 %2</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="1324"/>
        <source>%1: 得分 %2, the rules give %3</source>
        <translation>%1：得分 %2，按规则应为 %3</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="1327"/>
        <source>总分 %1, the rules give %2</source>
        <translation>总分 %1，按规则应为 %2</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="1329"/>
        <source>(no name)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="1330"/>
        <source>%1 · computed %2</source>
        <translation>%1 · 计算 %2</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="1332"/>
        <source> · typed %1</source>
        <translation> · 填报 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/evaluationpage.cpp" line="1340"/>
        <source>%n parts of the total cannot be computed; the total is a range.</source>
        <translation>
            <numerusform>总分中有 %n 部分无法计算，总分为一个区间。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="1342"/>
        <source>Typed scores that are not what the rules give:</source>
        <translation>与规则计算不符的填报得分：</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="1491"/>
        <location filename="../ui/evaluationpage.cpp" line="1512"/>
        <source>computed %1</source>
        <translation>计算：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/evaluationpage.cpp" line="1493"/>
        <source>(%n parts cannot be computed and count as 0 … their 分值)</source>
        <translation>
            <numerusform>（%n 部分无法计算，按 0 至其分值计）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="1496"/>
        <location filename="../ui/evaluationpage.cpp" line="1516"/>
        <source>the typed %1 is not what the rules give</source>
        <translation>填报的 %1 与规则计算不符</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="1506"/>
        <source>Typed %1; the rules give %2.</source>
        <translation>填报 %1；按规则应为 %2。</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="1517"/>
        <source>(90 优, 80 良, 60 中, below 差)</source>
        <translation>（≥90 优，≥80 良，≥60 中，&lt;60 差）</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="1518"/>
        <source>Typed %1; the total gives %2.</source>
        <translation>填报 %1；按总分应为 %2。</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="1533"/>
        <source>The 分值 of 执行率, 资金管理 and the indicators add up to %1.</source>
        <translation>执行率、资金管理和各项指标的分值合计 %1。</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="1536"/>
        <source>The 分值 of 执行率, 资金管理 and the indicators add up to %1, not 100 (注2).</source>
        <translation>执行率、资金管理和各项指标的分值合计 %1，不是100分（注2）。</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="1600"/>
        <source>New project</source>
        <translation>新项目</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="1621"/>
        <source>A document holds at most %1 绩效自评 tables.</source>
        <translation>一个文档最多有 %1 张绩效自评表。</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="1626"/>
        <source>Add a 绩效自评 table</source>
        <translation>添加绩效自评表</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="1639"/>
        <source>Remove the 绩效自评 table “%1”</source>
        <translation>删除绩效自评表“%1”</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="1651"/>
        <source>A table holds at most %1 indicators.</source>
        <translation>一张表最多有 %1 项指标。</translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="1665"/>
        <source>Add an indicator to 绩效自评 “%1”</source>
        <translation>为绩效自评“%1”添加指标</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/evaluationpage.cpp" line="1691"/>
        <source>Remove %n indicators from 绩效自评 “%1”</source>
        <translation>
            <numerusform>删除绩效自评“%1”的 %n 项指标</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/evaluationpage.cpp" line="1711"/>
        <source>Move an indicator of 绩效自评 “%1”</source>
        <translation>移动绩效自评“%1”的指标</translation>
    </message>
</context>
<context>
    <name>fa::ui::ExplanationPage</name>
    <message>
        <location filename="../ui/explanationpage.cpp" line="58"/>
        <location filename="../ui/explanationpage.cpp" line="239"/>
        <source>Restore the generated text</source>
        <translation>恢复自动生成</translation>
    </message>
    <message>
        <location filename="../ui/explanationpage.cpp" line="75"/>
        <source>%1 figures taken from the tables (click an amount to go to its cell) · %2 words a person typed (click to edit) · %3 a section written by hand. Right-click a section to write it by hand.</source>
        <translation>%1 取自表格的数字（点击金额可跳到对应单元格）· %2 手工填写的文字（点击可编辑）· %3 手工编写的整节。在某一节上点右键可改为手工编写。</translation>
    </message>
    <message>
        <location filename="../ui/explanationpage.cpp" line="78"/>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../ui/explanationpage.cpp" line="79"/>
        <location filename="../ui/explanationpage.cpp" line="227"/>
        <source>by hand</source>
        <translation>手工编写</translation>
    </message>
    <message>
        <location filename="../ui/explanationpage.cpp" line="84"/>
        <source>The section is printed as typed here, one paragraph per line. Its figures are no longer taken from the tables: the checks compare them.</source>
        <translation>本节按此处输入的文字印出，每行一段。其中的数字不再取自表格，由审核与表格核对。</translation>
    </message>
    <message>
        <location filename="../ui/explanationpage.cpp" line="88"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/explanationpage.cpp" line="226"/>
        <source>This section is printed as a person wrote it (%1).</source>
        <translation>本节按手工编写的文字印出（%1）。</translation>
    </message>
    <message>
        <location filename="../ui/explanationpage.cpp" line="238"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../ui/explanationpage.cpp" line="238"/>
        <location filename="../ui/explanationpage.cpp" line="498"/>
        <source>Edit the text of %1</source>
        <translation>编辑%1的文字</translation>
    </message>
    <message>
        <location filename="../ui/explanationpage.cpp" line="240"/>
        <source>Drop the typed text: %1 is generated from the tables again</source>
        <translation>删除手工文字：%1重新由表格自动生成</translation>
    </message>
    <message>
        <location filename="../ui/explanationpage.cpp" line="242"/>
        <source>Write it by hand</source>
        <translation>改为手工编写</translation>
    </message>
    <message>
        <location filename="../ui/explanationpage.cpp" line="243"/>
        <source>Copy the generated text of %1 into an editor and write it by hand</source>
        <translation>把%1自动生成的文字复制到编辑框中，改为手工编写</translation>
    </message>
    <message>
        <location filename="../ui/explanationpage.cpp" line="257"/>
        <location filename="../ui/explanationpage.cpp" line="276"/>
        <source>A share or rate computed from the tables</source>
        <translation>由表格计算的占比或增减率</translation>
    </message>
    <message>
        <location filename="../ui/explanationpage.cpp" line="272"/>
        <source>%1 (click to go to the cell)</source>
        <translation>%1（点击跳到该单元格）</translation>
    </message>
    <message>
        <location filename="../ui/explanationpage.cpp" line="274"/>
        <source>Computed from the tables</source>
        <translation>由表格计算</translation>
    </message>
    <message>
        <location filename="../ui/explanationpage.cpp" line="278"/>
        <source>A count from the 补充数量 page</source>
        <translation>取自“数量与说明”页的数量</translation>
    </message>
    <message>
        <location filename="../ui/explanationpage.cpp" line="287"/>
        <source>The text of %1 written by hand</source>
        <translation>手工编写的%1文字</translation>
    </message>
    <message>
        <location filename="../ui/explanationpage.cpp" line="288"/>
        <source>%1 — typed text %2 (click to edit)</source>
        <translation>%1——手工填写的文字 %2（点击编辑）</translation>
    </message>
    <message>
        <location filename="../ui/explanationpage.cpp" line="289"/>
        <source>%1 — typed text %2</source>
        <translation>%1——手工填写的文字 %2</translation>
    </message>
    <message>
        <location filename="../ui/explanationpage.cpp" line="455"/>
        <source>%1 (%2)
Printed in the 情况说明 as it is typed here; leave it empty to print nothing.</source>
        <translation>%1（%2）
按此处输入的内容印在情况说明中；留空则不印。</translation>
    </message>
    <message>
        <location filename="../ui/explanationpage.cpp" line="469"/>
        <source>Why %1 changed from last year</source>
        <translation>%1与上年相比变化的原因</translation>
    </message>
    <message>
        <location filename="../ui/explanationpage.cpp" line="472"/>
        <source>Why the 决算 of %1 differs from its 年初预算</source>
        <translation>%1决算数与年初预算数存在差异的原因</translation>
    </message>
    <message>
        <location filename="../ui/explanationpage.cpp" line="475"/>
        <source>Why the “三公” 决算 of %1 differs from its 预算</source>
        <translation>“三公”经费%1决算数与预算数存在差异的原因</translation>
    </message>
    <message>
        <location filename="../ui/explanationpage.cpp" line="477"/>
        <source>A note of %1</source>
        <translation>%1的说明文字</translation>
    </message>
    <message>
        <location filename="../ui/explanationpage.cpp" line="479"/>
        <source>A 绩效 text of %1</source>
        <translation>%1的绩效文字</translation>
    </message>
    <message>
        <location filename="../ui/explanationpage.cpp" line="301"/>
        <source>(nothing is printed in this section)</source>
        <translation>（本节没有内容）</translation>
    </message>
    <message>
        <location filename="../ui/explanationpage.cpp" line="393"/>
        <location filename="../ui/explanationpage.cpp" line="502"/>
        <source>Write %1 by hand</source>
        <translation>%1改为手工编写</translation>
    </message>
    <message>
        <location filename="../ui/explanationpage.cpp" line="407"/>
        <source>Generate %1 from the tables again</source>
        <translation>%1恢复自动生成</translation>
    </message>
    <message>
        <location filename="../ui/explanationpage.cpp" line="422"/>
        <source>written by hand (%1)</source>
        <translation>手工编写（%1）</translation>
    </message>
    <message>
        <location filename="../ui/explanationpage.cpp" line="454"/>
        <location filename="../ui/explanationpage.cpp" line="480"/>
        <source>Typed text</source>
        <translation>手工填写的文字</translation>
    </message>
    <message>
        <location filename="../ui/explanationpage.cpp" line="487"/>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <location filename="../ui/explanationpage.cpp" line="499"/>
        <source>Restore the generated text of %1</source>
        <translation>%1恢复自动生成</translation>
    </message>
</context>
<context>
    <name>fa::ui::FormView</name>
    <message>
        <location filename="../ui/formview.cpp" line="445"/>
        <location filename="../ui/formview.cpp" line="504"/>
        <location filename="../ui/formview.cpp" line="589"/>
        <source>The document is open read-only.</source>
        <translation>文档以只读方式打开。</translation>
    </message>
    <message>
        <location filename="../ui/formview.cpp" line="448"/>
        <source>This cell is computed: %1</source>
        <translation>此单元格为计算单元格：%1</translation>
    </message>
    <message>
        <location filename="../ui/formview.cpp" line="451"/>
        <source>Nothing can be typed here.</source>
        <translation>此处不能录入。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/formview.cpp" line="485"/>
        <source>Copied %n cells.</source>
        <translation>
            <numerusform>已复制 %n 个单元格。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/formview.cpp" line="492"/>
        <location filename="../ui/formview.cpp" line="509"/>
        <source>The clipboard holds no text to paste.</source>
        <translation>剪贴板中没有可粘贴的文本。</translation>
    </message>
    <message>
        <location filename="../ui/formview.cpp" line="519"/>
        <source>Choose a cell to paste into.</source>
        <translation>请先选择要粘贴到的单元格。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/formview.cpp" line="540"/>
        <source>%n values fell outside the table and were not pasted.</source>
        <translation>
            <numerusform>%n 个值超出表格范围，未粘贴。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/formview.cpp" line="556"/>
        <source>Nothing was pasted: %1 (at %2)</source>
        <translation>未粘贴任何内容：%1（位于 %2）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/formview.cpp" line="563"/>
        <source>Nothing was pasted: the %n cells in the way are computed.</source>
        <translation>
            <numerusform>未粘贴任何内容：目标区域中的 %n 个单元格均为计算单元格。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/formview.cpp" line="564"/>
        <source>Nothing was pasted.</source>
        <translation>未粘贴任何内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/formview.cpp" line="570"/>
        <source>Paste %n cells</source>
        <translation>
            <numerusform>粘贴 %n 个单元格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/formview.cpp" line="576"/>
        <source>Pasted %n cells.</source>
        <translation>
            <numerusform>已粘贴 %n 个单元格。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/formview.cpp" line="578"/>
        <source>%n computed cells in the way were skipped.</source>
        <translation>
            <numerusform>已跳过目标区域中的 %n 个计算单元格。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/formview.cpp" line="605"/>
        <source>Clear %n cells</source>
        <translation>
            <numerusform>清除 %n 个单元格</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fa::ui::GlossaryPage</name>
    <message>
        <location filename="../ui/glossarypage.cpp" line="36"/>
        <source>Restore the shipped definition</source>
        <translation>恢复内置解释</translation>
    </message>
    <message>
        <location filename="../ui/glossarypage.cpp" line="41"/>
        <source>Term</source>
        <translation>名词</translation>
    </message>
    <message>
        <location filename="../ui/glossarypage.cpp" line="41"/>
        <source>Definition</source>
        <translation>解释</translation>
    </message>
    <message>
        <location filename="../ui/glossarypage.cpp" line="170"/>
        <source>No definition yet for %1: select it and write one below.</source>
        <translation>%1 还没有解释：选中后在下方填写。</translation>
    </message>
    <message>
        <location filename="../ui/glossarypage.cpp" line="175"/>
        <source>This document&apos;s own definition (%1); double-click to edit.</source>
        <translation>本文档自己的解释（%1）；双击编辑。</translation>
    </message>
    <message>
        <location filename="../ui/glossarypage.cpp" line="176"/>
        <source>The shipped definition; double-click to write this document&apos;s own.</source>
        <translation>内置解释；双击可为本文档另写。</translation>
    </message>
    <message>
        <location filename="../ui/glossarypage.cpp" line="179"/>
        <source>A fixed entry, the same in every document.</source>
        <translation>固定条目，所有文档相同。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/glossarypage.cpp" line="188"/>
        <source>%n 项 without a definition</source>
        <translation>
            <numerusform>%n 个项没有解释</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/glossarypage.cpp" line="189"/>
        <source>select one and write its definition below.</source>
        <translation>选中后在下方填写解释。</translation>
    </message>
    <message>
        <location filename="../ui/glossarypage.cpp" line="190"/>
        <source>Every 项 has a definition.</source>
        <translation>每个项都有解释。</translation>
    </message>
    <message>
        <location filename="../ui/glossarypage.cpp" line="191"/>
        <source>The fixed entries are the same in every document; the definition of a 项 can be changed below (an empty one restores the shipped text).</source>
        <translation>固定条目所有文档相同；项的解释可在下方修改（清空即恢复内置解释）。</translation>
    </message>
    <message>
        <location filename="../ui/glossarypage.cpp" line="231"/>
        <source>Select an entry to see its definition; a 项&apos;s definition can be edited.</source>
        <translation>选中一条查看解释；项的解释可以编辑。</translation>
    </message>
    <message>
        <location filename="../ui/glossarypage.cpp" line="242"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — a fixed entry, the same in every document.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; —— 固定条目，所有文档相同。</translation>
    </message>
    <message>
        <location filename="../ui/glossarypage.cpp" line="247"/>
        <source>the definition of %1</source>
        <translation>%1 的名词解释</translation>
    </message>
    <message>
        <location filename="../ui/glossarypage.cpp" line="254"/>
        <source>this document&apos;s own definition</source>
        <translation>本文档自己的解释</translation>
    </message>
    <message>
        <location filename="../ui/glossarypage.cpp" line="255"/>
        <source>the shipped definition; what you type here replaces it in this document</source>
        <translation>内置解释；在此输入的内容将在本文档中取代它</translation>
    </message>
    <message>
        <location filename="../ui/glossarypage.cpp" line="256"/>
        <source>no definition yet: write one</source>
        <translation>还没有解释：请填写</translation>
    </message>
    <message>
        <location filename="../ui/glossarypage.cpp" line="265"/>
        <source>Restore the shipped definition of %1</source>
        <translation>恢复 %1 的内置解释</translation>
    </message>
</context>
<context>
    <name>fa::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="89"/>
        <source>Checks</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="90"/>
        <source>Undo history</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="110"/>
        <source>&lt;h2&gt;部门决算公开&lt;/h2&gt;&lt;p&gt;Final accounts disclosure editor&lt;/p&gt;</source>
        <translation>&lt;h2&gt;部门决算公开&lt;/h2&gt;&lt;p&gt;决算公开报表编辑器&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="119"/>
        <source>New document…</source>
        <translation>新建文档…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="119"/>
        <source>Start the final accounts of a unit or department</source>
        <translation>编制单位或部门的决算</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="120"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="120"/>
        <source>Open a document to edit it</source>
        <translation>打开文档进行编辑</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="121"/>
        <source>Open read-only…</source>
        <translation>只读打开…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="121"/>
        <source>Review a colleague&apos;s document without changing it</source>
        <translation>查阅文档，不作修改</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="122"/>
        <source>Sample: a unit&apos;s published final accounts</source>
        <translation>示例：某单位已公开的决算</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="124"/>
        <source>Sample: a department&apos;s published final accounts</source>
        <translation>示例：某部门已公开的决算</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="162"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;打开时&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="167"/>
        <source>Find a subject, name or cell (Ctrl+F)</source>
        <translation>查找科目、名称或单元格（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="225"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="226"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="228"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="229"/>
        <source>&amp;Import JSON…</source>
        <translation>导入 JSON(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="230"/>
        <source>&amp;Export JSON…</source>
        <translation>导出 JSON(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="236"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="237"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="239"/>
        <location filename="../ui/mainwindow.cpp" line="815"/>
        <location filename="../ui/mainwindow.cpp" line="818"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="240"/>
        <location filename="../ui/mainwindow.cpp" line="817"/>
        <location filename="../ui/mainwindow.cpp" line="819"/>
        <source>&amp;Redo</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="251"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="255"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="259"/>
        <source>C&amp;lear cells</source>
        <translation>清除单元格(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="263"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="268"/>
        <source>Trace &amp;dependents</source>
        <translation>追踪从属单元格(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="269"/>
        <source>&amp;Add a 项…</source>
        <translation>添加项级科目(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="227"/>
        <source>Open Rea&amp;d-Only…</source>
        <translation>只读打开(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="151"/>
        <source>Dismiss this message</source>
        <translation>关闭此消息</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="231"/>
        <source>Export E&amp;xcel…</source>
        <translation>导出 Excel(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="232"/>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="233"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="234"/>
        <source>Export P&amp;DF…</source>
        <translation>导出 P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="235"/>
        <source>Export &amp;ODT (editable)…</source>
        <translation>导出可编辑的 &amp;ODT…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="267"/>
        <source>&amp;Trace precedents</source>
        <translation>追踪引用单元格(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="271"/>
        <source>Re&amp;move this 项</source>
        <translation>删除该项级科目(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="272"/>
        <source>Write a rea&amp;son…</source>
        <translation>填写原因(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="285"/>
        <source>Amounts in 万元</source>
        <translation>以万元显示</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="290"/>
        <source>Amounts in 元</source>
        <translation>以元显示</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="300"/>
        <source>Show &amp;unprinted columns (上年, 年初预算)</source>
        <translation>显示不打印的列（上年、年初预算）(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="308"/>
        <source>&amp;Next table</source>
        <translation>下一张表(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="309"/>
        <source>P&amp;revious table</source>
        <translation>上一张表(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="317"/>
        <source>The language changes the next time the editor starts.</source>
        <translation>界面语言将在下次启动编辑器时生效。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="323"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="324"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="325"/>
        <source>&lt;h3&gt;部门决算公开 %1&lt;/h3&gt;&lt;p&gt;An editor for the annual departmental final accounts disclosure: the nine tables, computed and checked as you type.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;部门决算公开 %1&lt;/h3&gt;&lt;p&gt;年度部门决算公开编辑器：编制九张公开表，录入的同时自动计算、自动审核。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="334"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="338"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="354"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="370"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="383"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="387"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="390"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="434"/>
        <source>“%1” could not be opened: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="492"/>
        <source>Unit information</source>
        <translation>单位信息</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="589"/>
        <source>Counts and notes</source>
        <translation>数量与说明</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="590"/>
        <source>Counts and short texts of the 情况说明: “三公” 团组 and 人次, vehicles, equipment, 绩效</source>
        <translation>情况说明用到的数量和简短文字：“三公”团组和人次、车辆、设备、绩效</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="592"/>
        <source>Part 1: duties and organisation</source>
        <translation>第一部分：职责和机构设置</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="595"/>
        <source>Part 3: the 13 sections as they will be printed</source>
        <translation>第三部分：按印出样式显示的13节</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="598"/>
        <source>Part 4: the glossary</source>
        <translation>第四部分：名词解释</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="601"/>
        <source>Part 5 (附件): the 绩效自评 tables, typed scores beside what the rules give</source>
        <translation>第五部分（附件）：绩效自评表，填报得分与按规则计算的得分对照</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="769"/>
        <source>There is no cell “%1” in this document.</source>
        <translation>本文档中没有单元格“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="814"/>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="816"/>
        <source>&amp;Redo %1</source>
        <translation>恢复 %1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="826"/>
        <source>部门决算公开</source>
        <translation>部门决算公开</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="831"/>
        <source>%1 %2年度 — %3</source>
        <translation>%1 %2年度 — %3</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="833"/>
        <source> [read-only]</source>
        <translation> [只读]</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="840"/>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="840"/>
        <source>Every change is saved as you type</source>
        <translation>每次修改均已自动保存</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="854"/>
        <source>Errors %1 · Warnings %2 · 尾差 %3</source>
        <translation>错误 %1 · 警告 %2 · 尾差 %3</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="858"/>
        <source>Checks: %1 errors, %2 warnings, %3 尾差</source>
        <translation>审核：错误 %1，警告 %2，尾差 %3</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="933"/>
        <source>Choose an amount cell first.</source>
        <translation>请先选择一个金额单元格。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="944"/>
        <source>No cell depends on %1.</source>
        <translation>没有单元格引用 %1。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="945"/>
        <source>%1 adds up nothing.</source>
        <translation>%1 没有引用任何单元格。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="973"/>
        <source>%1 = the %n selected cells</source>
        <translation>
            <numerusform>%1 由选中的 %n 个单元格计算得出</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="974"/>
        <source>%n selected cells depend on %1</source>
        <translation>
            <numerusform>选中的 %n 个单元格引用了 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="976"/>
        <source>(and cells in %1)</source>
        <translation>（%1中另有相关单元格）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1009"/>
        <source>Add %1 to %2</source>
        <translation>在%2中添加 %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1024"/>
        <source>Only a 项 row can be removed.</source>
        <translation>只能删除项级科目行。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1028"/>
        <source>Remove %1 from %2</source>
        <translation>从%2中删除 %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1043"/>
        <source>Reason for %1</source>
        <translation>填写 %1 的原因</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1054"/>
        <source>Reason</source>
        <translation>原因说明</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1055"/>
        <source>Why (%1)?
This text is printed in the 情况说明.</source>
        <translation>请说明原因（%1）：
此内容将印在情况说明中。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1082"/>
        <source>Write the reason (%1)…</source>
        <translation>填写原因（%1）…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1089"/>
        <source>Reason for the difference from the budget…</source>
        <translation>填写决算数与预算数差异的原因…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1133"/>
        <source>“%1” was not found.</source>
        <translation>未找到“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1147"/>
        <source>The sample %1 is missing from this build.</source>
        <translation>此版本中缺少示例 %1。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1172"/>
        <source>New document</source>
        <translation>新建文档</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1188"/>
        <source>Open read-only</source>
        <translation>只读打开</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1188"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1189"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1198"/>
        <source>Save a copy as</source>
        <translation>另存副本为</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1206"/>
        <source>The copy could not be written: %1</source>
        <translation>无法写入副本：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1210"/>
        <source>Saved as %1; the window now edits the copy.</source>
        <translation>已另存为 %1；本窗口现在编辑的是该副本。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1215"/>
        <source>Import JSON</source>
        <translation>导入 JSON</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1215"/>
        <location filename="../ui/mainwindow.cpp" line="1247"/>
        <source>JSON (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1220"/>
        <source>“%1” could not be read.</source>
        <translation>无法读取“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1228"/>
        <source>Save the imported document as</source>
        <translation>将导入的文档保存为</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1245"/>
        <source>Export JSON</source>
        <translation>导出 JSON</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1252"/>
        <source>“%1” could not be written: %2</source>
        <translation>“%1”无法写入：%2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1255"/>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1266"/>
        <source>The workbook could not be written: %1</source>
        <translation>无法写入工作簿：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1269"/>
        <source>Exported the nine tables to %1.</source>
        <translation>已将九张公开表导出到 %1。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1280"/>
        <location filename="../ui/mainwindow.cpp" line="1287"/>
        <source>Export Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1280"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1287"/>
        <source>The workbook is written. Open its folder?</source>
        <translation>工作簿已写入。要打开所在文件夹吗？</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1329"/>
        <source>Writing the PDF…</source>
        <translation>正在生成 PDF…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1337"/>
        <source>The PDF could not be written: %1</source>
        <translation>PDF 无法写入：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1340"/>
        <source>Exported the document to %1.</source>
        <translation>已将整份文档导出到 %1。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1350"/>
        <source>Writing the ODT…</source>
        <translation>正在生成 ODT…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1358"/>
        <source>The ODT could not be written: %1</source>
        <translation>ODT 无法写入：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1361"/>
        <source>Exported an editable copy to %1.</source>
        <translation>已将可编辑副本导出到 %1。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1377"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1377"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1386"/>
        <source>Export ODT</source>
        <translation>导出 ODT</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1386"/>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument 文本 (*.odt)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1417"/>
        <source>Laying out the pages…</source>
        <translation>正在排版…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1425"/>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1425"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1435"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>已向打印机发送 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1437"/>
        <source>The document could not be printed.</source>
        <translation>文档无法打印。</translation>
    </message>
</context>
<context>
    <name>fa::ui::NewDocumentDialog</name>
    <message>
        <location filename="../ui/newdocumentdialog.cpp" line="21"/>
        <source>New final accounts document</source>
        <translation>新建决算文档</translation>
    </message>
    <message>
        <location filename="../ui/newdocumentdialog.cpp" line="30"/>
        <source>Unit &amp;name:</source>
        <translation>单位名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/newdocumentdialog.cpp" line="31"/>
        <source>&amp;Scope:</source>
        <translation>决算范围(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/newdocumentdialog.cpp" line="32"/>
        <source>&amp;Type:</source>
        <translation>单位性质(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/newdocumentdialog.cpp" line="33"/>
        <source>&amp;Year of the accounts:</source>
        <translation>决算年度(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../ui/newdocumentdialog.cpp" line="57"/>
        <source>The unit name is needed</source>
        <translation>请填写单位名称</translation>
    </message>
</context>
<context>
    <name>fa::ui::OverviewPage</name>
    <message>
        <location filename="../ui/overviewpage.cpp" line="31"/>
        <source>The duties, one per line, e.g. “1. 负责……”</source>
        <translation>主要职责，每行一条，如“1. 负责……”</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="32"/>
        <source>The internal divisions and the units these accounts cover</source>
        <translation>内设机构，以及纳入本决算编制范围的单位</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="34"/>
        <source>第一部分 概况, as printed before the tables. A field is saved when you leave it or stop typing for a moment; each line is a paragraph.</source>
        <translation>第一部分 概况，印在表格之前。离开输入框或停止输入片刻后自动保存；每行一段。</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="45"/>
        <source>The document is open read-only: the texts cannot be changed.</source>
        <translation>文档以只读方式打开：文字不能修改。</translation>
    </message>
</context>
<context>
    <name>fa::ui::PrintPreviewDialog</name>
    <message>
        <location filename="../ui/printpreview.cpp" line="161"/>
        <source>Print Preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location filename="../ui/printpreview.cpp" line="172"/>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../ui/printpreview.cpp" line="175"/>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../ui/printpreview.cpp" line="177"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../ui/printpreview.cpp" line="179"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../ui/printpreview.cpp" line="180"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../ui/printpreview.cpp" line="180"/>
        <source>Zoom so that a page fills the width</source>
        <translation>缩放到页面占满宽度</translation>
    </message>
    <message>
        <location filename="../ui/printpreview.cpp" line="184"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../ui/printpreview.cpp" line="184"/>
        <source>Write these pages as a PDF</source>
        <translation>将这些页面写成 PDF</translation>
    </message>
    <message>
        <location filename="../ui/printpreview.cpp" line="190"/>
        <source>Laying out part %v of 5</source>
        <translation>正在排版第 %v 部分（共 5 部分）</translation>
    </message>
    <message>
        <location filename="../ui/printpreview.cpp" line="245"/>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
</context>
<context>
    <name>fa::ui::SheetModel</name>
    <message>
        <location filename="../ui/sheetmodel.cpp" line="105"/>
        <source>(not printed)</source>
        <translation>（不打印）</translation>
    </message>
    <message>
        <location filename="../ui/sheetmodel.cpp" line="203"/>
        <source>“%1” is not an amount: %2</source>
        <translation>“%1”不是有效金额：%2</translation>
    </message>
    <message>
        <location filename="../ui/sheetmodel.cpp" line="233"/>
        <source>= 0 (nothing to add up)</source>
        <translation>= 0（无可汇总的单元格）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sheetmodel.cpp" line="238"/>
        <source> … (%n terms in all)</source>
        <translation>
            <numerusform> …（共 %n 个单元格）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sheetmodel.cpp" line="354"/>
        <source>Entered: %1</source>
        <translation>录入单元格：%1</translation>
    </message>
    <message>
        <location filename="../ui/sheetmodel.cpp" line="355"/>
        <source>Computed: %1</source>
        <translation>计算公式：%1</translation>
    </message>
    <message>
        <location filename="../ui/sheetmodel.cpp" line="357"/>
        <source>Exact: %1 元</source>
        <translation>精确值：%1 元</translation>
    </message>
    <message>
        <location filename="../ui/sheetmodel.cpp" line="403"/>
        <source>This cell is computed and cannot be typed into: %1</source>
        <translation>此单元格为计算单元格，不能录入：%1</translation>
    </message>
    <message>
        <location filename="../ui/sheetmodel.cpp" line="407"/>
        <source>The document is open read-only.</source>
        <translation>文档以只读方式打开。</translation>
    </message>
    <message>
        <location filename="../ui/sheetmodel.cpp" line="419"/>
        <source>Change %1</source>
        <translation>修改 %1</translation>
    </message>
</context>
<context>
    <name>fa::ui::TextKeyEdit</name>
    <message>
        <location filename="../ui/textkeyedit.cpp" line="107"/>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
</context>
<context>
    <name>fa::ui::UnitPage</name>
    <message>
        <location filename="../ui/unitpage.cpp" line="34"/>
        <source>Unit &amp;name:</source>
        <translation>单位名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/unitpage.cpp" line="35"/>
        <source>&amp;Scope (部门/单位):</source>
        <translation>决算范围（部门/单位）(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/unitpage.cpp" line="36"/>
        <source>&amp;Type:</source>
        <translation>单位性质(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/unitpage.cpp" line="37"/>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../ui/unitpage.cpp" line="38"/>
        <source>&amp;Compiled (year-month):</source>
        <translation>编制日期（年-月）(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/unitpage.cpp" line="39"/>
        <source>The name and scope are printed on every table as “部门：…” or “单位：…”; the year in every title. A field is saved when you leave it.</source>
        <translation>单位名称和决算范围以“部门：…”或“单位：…”的形式印在每张表上，年度印在每张表的标题中。离开输入框时即自动保存。</translation>
    </message>
    <message>
        <location filename="../ui/unitpage.cpp" line="93"/>
        <source>Change the unit information</source>
        <translation>修改单位信息</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/editor/main.cpp" line="27"/>
        <source>Editor of the annual final accounts disclosure (部门决算公开).</source>
        <translation>年度部门决算公开编辑器。</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="30"/>
        <source>The document to open (.fadb).</source>
        <translation>要打开的文档（.fadb）。</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="32"/>
        <source>Open the document read-only.</source>
        <translation>以只读方式打开文档。</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="34"/>
        <source>Show the cell at ADDRESS (as `check` prints it), ready to type into.</source>
        <translation>定位到 ADDRESS 所指的单元格（地址写法与 check 命令的输出相同），以便直接录入。</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="36"/>
        <source>The language: zh_CN (default) or en.</source>
        <translation>界面语言：zh_CN（默认）或 en。</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="39"/>
        <source>Save a picture of the window to PNG and quit.</source>
        <translation>将窗口截图保存为 PNG 文件后退出。</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="42"/>
        <source>Show the tab PAGE: overview, explanation, glossary, performance, counts, unit, a table (t01…x01) or a tab&apos;s label.</source>
        <translation>显示页面 PAGE：overview（概况）、explanation（情况说明）、glossary（名词解释）、performance（绩效自评）、counts（数量与说明）、unit（单位信息）、表（t01…x01）或标签页名称。</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="46"/>
        <source>Show the Nth 绩效自评 table (1 = the first).</source>
        <translation>显示第 N 张绩效自评表（1 为第一张）。</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="76"/>
        <source>--evaluation: there is no 绩效自评 table %1 in this document.</source>
        <translation>--evaluation：本文档中没有第 %1 张绩效自评表。</translation>
    </message>
    <message>
        <source>Show the tab PAGE: overview, explanation, glossary, counts, unit, a table (t01…x01) or a tab&apos;s label.</source>
        <translation type="vanished">显示页面 PAGE：overview（概况）、explanation（情况说明）、glossary（名词解释）、counts（数量与说明）、unit（单位信息）、表（t01…x01）或标签页名称。</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="66"/>
        <source>--goto: there is no cell “%1” in this document.</source>
        <translation>--goto：本文档中没有单元格“%1”。</translation>
    </message>
    <message>
        <location filename="../app/editor/main.cpp" line="70"/>
        <source>--page: there is no page “%1”.</source>
        <translation>--page：没有页面“%1”。</translation>
    </message>
</context>
</TS>
