#!/usr/bin/python3
"""Copies the performance self-evaluation tables (绩效自评, part 5 附件) of a published seed into a fixture.

usage: extract_performance.py SEED.txt OUT.json

The seed text comes from PDFs: a table row is one tab-separated line, but cells are cut, shifted
between columns or rows, merged into one cell, or lost. The script reads the tables generically
(see parse_table) and applies a documented list of manual corrections (FIXES, by seed and line
number, each with its reason) where the generic reading cannot do what a careful reader does.
Every correction, manual or automatic, is listed in the evaluation's "repairs" array.

What the script never does: correct a published figure. Typed scores, rates and amounts that
disagree with each other stay as printed; tests/tools/check_performance_fixture.py lists them.

Normalisation that is not listed as a repair (it changes no content):
  - cells are trimmed of surrounding spaces; texts keep their inner spaces;
  - spaces inside a rate are removed ("99.29 %" -> "99.29%");
  - a dash cell ("—", "-") in 分值/执行率/得分 of a fund row means "not printed": the key is left out;
  - fund source labels lose their numbering and trailing colon ("资金来源：（1）财政拨款" -> "财政拨款",
    "年度资金总额：" -> "年度资金总额"); other labels (e.g. "其中：政府预算资金") stay as printed.
"""
import json, os, re, sys

TITLES = ("部门整体支出绩效自评情况表", "项目支出绩效自评情况表", "项目自评表")
FM_ITEMS = ("安排科学性", "拨付合规性", "使用规范性", "预算绩效管理情况")
SOURCES = ("年度资金总额", "财政拨款", "政府预算资金", "财政专户管理资金", "单位资金", "其他资金")
GOAL_LABELS = ("年度总体目标", "年度履职目标", "预期目标", "实际完成情况", "全年实际完成情况")
LEVEL1 = ("投入管理指标", "成本指标", "产出指标", "效益指标", "满意度指标")
LEVEL2_PARENT = {
    "经济成本指标": "成本指标", "社会成本指标": "成本指标", "生态环境成本指标": "成本指标",
    "数量指标": "产出指标", "质量指标": "产出指标", "时效指标": "产出指标",
    "经济效益指标": "效益指标", "社会效益指标": "效益指标", "生态效益指标": "效益指标",
    "可持续影响指标": "效益指标", "服务对象满意度指标": "满意度指标",
}
NUM = re.compile(r"^-?\d+(?:\.\d+)?$")
DASHES = ("—", "-", "–", "－", "——")


def is_num(s):
    return bool(NUM.match(s))


def nospace(s):
    return re.sub(r"\s+", "", s)


# ---------------------------------------------------------------------------------------------
# Manual corrections. FIXES[seed][line] = (expect, action, reason):
#   expect  a substring the original line must contain (guards against a changed seed);
#   action  None (nothing changes; the reason documents damage kept as printed), or a function
#           (tokens, lines) -> list of rows, each row a list of cells. lines maps line numbers to
#           the original token lists. A row may be canonical: ["FUND", source, 年初, 全年, 执行,
#           分值, 执行率, 得分], ["FM", item, 分值, 得分, 情况说明, 存在问题], ["SUP", name],
#           ["IMPL", name], ["NAME", name], ["MODE", "funds"|"fm"]; any other row is read generically.
# ---------------------------------------------------------------------------------------------

def rows(*r):
    return lambda tokens, lines: [list(x) for x in r]


def relevel(drop, l1, l2):
    """The level cells of the line are shifted: drop `drop` leading cells, set 一级/二级 explicitly
    (the next cell, the 三级指标, is right)."""
    return lambda tokens, lines: [[l1, l2] + tokens[drop:]]


def note_after_scores(tokens, lines):
    # ["安排科学性", "5", "5", "管理制度…"]: the 情况说明 text printed after the scores.
    item, w, s, note = tokens
    return [["FM", item, w, s, note, ""]]


def split_column_cells(tokens, lines):
    # 003 line 815: the four fund rows in one line; each cell holds one column, space-separated.
    labels = tokens[1].split()
    cols = [re.findall(r"\S+", c) for c in tokens[2:5]]
    weights = tokens[5].split()
    rates = [nospace(r) for r in re.findall(r"[\d.]+\s*%", tokens[6])]
    scores = tokens[7].split()
    assert len(labels) == 4 and all(len(c) == 4 for c in cols + [weights, rates, scores]), tokens
    out = [["MODE", "funds"]]
    for k in range(4):
        out.append(["FUND", labels[k], cols[0][k], cols[1][k], cols[2][k], weights[k], rates[k], scores[k]])
    return out


def fm_row_with_lost_row(tokens, lines):
    # 003 line 897: 使用规范性 5 5 + a 存在问题 text; the 预算绩效管理情况 row is not in the text.
    item, note, w, s, problem = tokens
    return [["FM", item, w, s, note, ""], ["FM", "预算绩效管理情况", "5", "4", "", problem]]


def fm_header_in_row(tokens, lines):
    # 003 line 919: ["安排科学性", "资金安排合理, 符合实际需求", "分值(20)", "得分", "存在问题和改进措施"]
    return [["FM", tokens[0], "5", "5", tokens[1], ""]]


def drop_last(tokens, lines):
    return [tokens[:-1]]


def append_from(line):
    return lambda tokens, lines: [tokens + [lines[line][-1]]]


def text_fix(old, new):
    return lambda tokens, lines: [[t.replace(old, new) for t in tokens]]


CLIPPED = "情况说明 cells are clipped at both ends in the text (as in the PDF: e.g. '算管理制度以及…'); kept as printed"

FIXES = {
    "000_10d8e44b991496ab.txt": {
        660: ("856.82", rows(["FUND", "年度资金总额", "856.82", "888.43", "803.42", "10", "", "10"]),
              "total row prints no label (its header cell reads 部门整体支出情况（万元）) and the table has no 执行率 "
              "column; recorded as 年度资金总额 with 分值 10, 得分 10 and no rate"),
        661: ("90.43", rows(["FUND", "财政拨款", "856.82", "888.43", "803.42", "—", "90.43%", ""]),
              "only two amounts printed (856.82, 803.42): 856.82 is the 年初预算数 (as in the total row) and the rate "
              "90.43% = 803.42/888.43, so the lost cell is 全年预算数 888.43 (the total: the other sources are 0); the "
              "rate is printed in the 得分 column (the department table has no 执行率 column)"),
        662: ("财政专户管理资金", rows(["FUND", "财政专户管理资金", "0", "0", "0", "—", "0.00%", ""]),
              "only two amounts printed (0, 0); read as line 661: 年初预算数 and 全年执行数; the lost 全年预算数 is 0 "
              "(the total's 888.43 is all 财政拨款); rate printed in the 得分 column"),
        663: ("单位资金", rows(["FUND", "单位资金", "0", "0", "0", "—", "0.00%", ""]),
              "only two amounts printed (0, 0); read as line 661: the lost 全年预算数 is 0; rate printed in the 得分 column"),
        710: ("算管理制度", None, CLIPPED),
        731: ("项目名称 主管部门", rows(["NAME", "编印全市网络意识形态学习资料（2024）"]),
              "labels 项目名称 and 主管部门 merged into one cell; the 主管部门 value is on line 732"),
        732: ("实施单位", rows(["SUP", "中共南阳市委网络安全和信息化委员会办公室"],
                               ["IMPL", "中共南阳市委网络安全和信息化委员会办公室"]),
              "主管部门 row without its label (merged into line 731)"),
        739: ("管理制度", None, CLIPPED),
        765: ("算管理制度", None, CLIPPED),
        791: ("算管理制度", None, CLIPPED),
        817: ("算管理制度", None, CLIPPED),
        836: ("主管部门", rows(["SUP", "中共南阳市委网络安全和信息化委员会办公室"],
                             ["IMPL", "中共南阳市委网络安全和信息化委员会办公室"]),
              "label 实施单位 missing; the second name on the line is the 实施单位"),
        865: ("0.0 %", rows(["FUND", "年度资金总额", "2", "2", "", "10", "0.0%", "0.00"]),
              "only two amounts printed (2, 2) with rate 0.0% and score 0.00; the 财政拨款 row (2 | 0) and the rate show "
              "the pair is 年初预算数/全年预算数 and the 全年执行数 cell is lost (part 3 §十三: 0); left blank"),
        896: ("管理制度", None, CLIPPED),
        922: ("管理制度", note_after_scores,
              "情况说明 text printed after the scores (in the 存在问题 column; the header row is shifted too); "
              "moved to note. " + CLIPPED),
        923: ("集中支付", note_after_scores, "情况说明 text printed after the scores; moved to note"),
        924: ("预算的科目", note_after_scores, "情况说明 text printed after the scores; moved to note"),
        925: ("双监控", note_after_scores, "情况说明 text printed after the scores; moved to note"),
        950: ("算管理制度", None, CLIPPED),
        996: ("项目名称 主管部门", rows(["NAME", "网信办应急中心保密室、视频会议室机关设施购置等费用"]),
              "labels 项目名称 and 主管部门 merged into one cell; the 主管部门 value is on line 997"),
        997: ("实施单位", rows(["SUP", "中共南阳市委网络安全和信息化委员会办公室"],
                               ["IMPL", "中共南阳市委网络安全和信息化委员会办公室"], ["MODE", "funds"]),
              "主管部门/实施单位 values printed on the 项目资金 label line; split"),
        1004: ("算管理制度", None, CLIPPED),
        1053: ("主管部门", rows(["SUP", "中共南阳市委网络安全和信息化委员会办公室"],
                              ["IMPL", "中共南阳市委网络安全和信息化委员会办公室"]),
               "label 实施单位 missing; the second name on the line is the 实施单位 (repeated at the end of line 1054)"),
        1055: ("执行率", rows(["FUND", "年度资金总额", "6", "6", "6", "10", "100.0%", "10.00"]),
               "header cells 执行率/得分 printed in this row; its rate 100.0% and score 10.00 are printed on line 1056"),
        1056: ("100.0 %", rows(["FUND", "财政拨款", "6", "6", "6", "-", "", ""]),
               "this row carries the total row's rate and score (line 1055); its own rate is not in the text; left blank"),
    },
    "003_a4cf28a555bed632.txt": {
        722: ("预期目标", None,
              "the 预期目标 and 实际完成情况 texts are not in the text (only the header row is); left blank"),
        763: ("实施单位", None,
              "the 实施单位 label is printed inside the 项目资金 header row and its value is not in the text; left blank"),
        789: ("南阳市政务大数据中心", rows(["IMPL", "南阳市政务大数据中心"], ["MODE", "funds"]),
              "the 实施单位 value is printed at the end of the 项目资金 header row (its label is lost)"),
        813: ("南阳市电子政务外网运行维护费2024", rows(["NAME", "南阳市电子政务外网运行维护费2024"],
                                                    ["SUP", "南阳市政务服务和大数据管理局"],
                                                    ["IMPL", "南阳市政务大数据中心"]),
              "the 项目名称 cell holds 主管部门, 项目名称 and 实施单位 values, space-separated; split"),
        814: ("主管部门", rows(),
              "labels 主管部门/实施单位 printed inside the 项目资金 header row (their values are on line 813); dropped"),
        815: ("年度资金总额", split_column_cells,
              "the four fund rows are printed as one line, each cell holding one column's four values "
              "space-separated; split into rows"),
        820: ("分绩效指标", None, "情况说明 cell clipped at the start ('分绩效指标…' for '部分绩效指标…'); kept as printed"),
        836: ("南阳市政务大数据中心", rows(["IMPL", "南阳市政务大数据中心"], ["MODE", "funds"]),
              "the 主管部门 value is not in the text (its label is merged into 项目名称 on line 835): left blank; "
              "the 实施单位 value is printed in the 项目资金 header row"),
        837: ("全年预算数", rows(["FUND", "年度资金总额", "", "5", "5", "10", "100.0%", "10.00"]),
              "header cells 全年预算数/分值/执行率/得分 are interleaved with this row's two amounts (5, 5; 年初预算数 not "
              "in the text, as in the other two-amount tables); its 分值 10, rate 100.0% and score 10.00 are printed one "
              "row down (line 838)"),
        838: ("10.00", rows(["FUND", "财政拨款", "", "5", "5", "-", "100.0%", "-"]),
              "amounts 5, 5 are this row's; the 分值/执行率/得分 cells printed here belong to line 837; this row's "
              "(-, 100.0%, -) are printed one row down (line 839)"),
        839: ("100.0 %", rows(["FUND", "财政专户管理资金", "", "0", "0", "-", "0.00%", "-"]),
              "amounts 0, 0 are this row's; the rate 100.0% printed here belongs to line 838; this row's "
              "(-, 0.00%, -) are printed one row down (line 840)"),
        840: ("单位资金", rows(["FUND", "单位资金", "", "0", "0", "", "", ""], ["MODE", "fm"]),
              "amounts 0, 0 are this row's; the (-, 0.00%, -) printed here belong to line 839; this row's rate is not "
              "in the text; the row is printed on the 资金管理情况 label line"),
        847: ("运行维护工作", None,
              "实际完成情况 text begins mid-sentence ('运行维护工作, …'; clipped); kept as printed"),
        862: ("项目名称 主管部门", rows(["SUP", "南阳市政务服务和大数据管理局"], ["IMPL", "南阳市政务大数据中心"]),
              "label cell reads '项目名称 主管部门' (merged); the values are the 主管部门 and 实施单位"),
        877: ("产出指标\t成本指标", relevel(3, "成本指标", "经济成本指标"),
              "一级/二级指标 cells are shifted against the rows (this line prints 产出指标, 成本指标, 经济成本指标 before "
              "the 三级指标); levels set from the 三级指标 of each row"),
        878: ("运行维护系统数量", relevel(2, "产出指标", "数量指标"),
              "shifted level cells (质量指标, 数量指标 printed); set 产出指标/数量指标"),
        879: ("系统正常运行率", relevel(1, "产出指标", "质量指标"),
              "shifted level cells (时效指标 printed); set 产出指标/质量指标"),
        880: ("任务完成及时率", relevel(1, "产出指标", "时效指标"),
              "shifted level cells (效益指标 printed); set 产出指标/时效指标"),
        881: ("满足单位高效运行的需求", relevel(2, "效益指标", "社会效益指标"),
              "shifted level cells (满意度指标, 社会效益指标 printed); set 效益指标/社会效益指标"),
        882: ("网站用户感到满意", relevel(1, "满意度指标", "服务对象满意度指标"),
              "shifted level cells (服务对象满意度指标 printed as the only level cell); set 满意度指标/服务对象满意度指标"),
        889: ("实施单位", None,
              "the 实施单位 label is printed inside the 项目资金 header row and its value is not in the text; left blank"),
        897: ("存在问题", fm_row_with_lost_row,
              "the 预算绩效管理情况 row is not in the text; its 存在问题 text is printed on this 使用规范性 line (the same "
              "text is the 预算绩效管理情况 problem in the other tables) and moved to it; its 分值 5 = header 分值(20) "
              "- 15 printed, its 得分 4 = total 98.74 - 69.74 indicators - 10 执行率 - 15 printed; 情况说明 left blank"),
        907: ("电子政务外网使用者", relevel(0, "满意度指标", "服务对象满意度指标"),
              "一级/二级指标 cells not printed for this row (they would inherit 效益指标/社会效益指标); its 三级指标 is a "
              "satisfaction measure scored out of 5 (the 满意度指标 slot): set 满意度指标/服务对象满意度指标"),
        919: ("分值(20)", fm_header_in_row,
              "the fund-management header cells (分值(20), 得分, 存在问题和改进措施) are printed in this row in place of "
              "its 分值/得分; recovered 分值 5 = 20 - 15 printed, 得分 5 = total 95.75 - 67.75 indicators - 9 执行率 "
              "- 14 printed"),
        1053: ("$\\geq 96\\%$", drop_last,
               "the reason text on this line explains the 响应时间 shortfall (1.5小时, score 8) of line 1054 (the same "
               "text as line 990 of the other table); moved there"),
        1054: ("1.5小时", append_from(1053), "reason text taken from line 1053"),
        1086: ("의견", text_fix("의견", "意见"),
               "reason text contains the Korean word '의견' (OCR of 意见); recorded as 意见"),
    },
}


# ---------------------------------------------------------------------------------------------

class Table:
    def __init__(self, kind, first):
        self.ev = {
            "kind": kind, "name": "", "supervisor": "", "implementer": "", "lines": [first, first],
            "funds": [], "fund_management": [], "goals": {"expected": "", "actual": ""}, "tasks": [],
            "indicators": [], "total_weight": "", "total_score": "", "grade": "", "repairs": [],
        }
        self.has_dev = self.has_reason = True
        self.l1 = self.l2 = ""

    def repair(self, line, what):
        self.ev["repairs"].append({"line": line, "what": what})


def clean_text(t, line, table):
    """Texts of targets, actuals and reasons: LaTeX and HTML artefacts of the PDF extraction."""
    def latex(m):
        op = {"geq": "≥", "leq": "≤", "ge": "≥", "le": "≤"}[m.group(1)]
        return op + m.group(2) + ("%" if m.group(3) else "")
    new = re.sub(r"\$\\(geq|leq|ge|le)\s*([\d.]+)\s*(\\%)?\s*\$", latex, t)
    if new != t:
        table.repair(line, "LaTeX '%s' in the text; recorded as '%s'" % (t, new))
    t = new
    if "<p>" in t or "</p>" in t:
        new = re.sub(r"\s*</p>\s*<p>\s*", " ", t)
        new = new.replace("<p>", "").replace("</p>", "").strip()
        table.repair(line, "HTML <p> tags in the text removed (paragraphs joined with a space)")
        t = new
    return t


def amount(v, line, table):
    v = v.strip()
    if v in DASHES or v == "":
        return ""
    if v.endswith("万元"):
        table.repair(line, "amount cell '%s' prints the unit 万元; stored without it" % v)
        v = v[:-2].strip()
    assert is_num(v), (line, v)
    return v


def source_label(label):
    s = label.strip()
    s = re.sub(r"^资金来源[：:]", "", s)
    s = re.sub(r"^[（(]\d+[）)]", "", s)
    return re.sub(r"[：:\s]+$", "", s)


def is_source(tok):
    return any(s in tok for s in SOURCES)


def rate_agrees(full, executed, rate):
    if rate == "":
        return False
    r = float(rate.rstrip("%"))
    if float(full) == 0:
        return float(executed) == 0 and r == 0
    decimals = len(rate.rstrip("%").split(".")[1]) if "." in rate else 0
    return round(float(executed) / float(full) * 100, decimals) == round(r, decimals)


def add_fund(table, line, source, init, full, execd, weight, rate, score):
    row = {"source": source_label(source), "budget_initial": init, "budget_full": full, "executed": execd}
    if weight not in DASHES and weight != "":
        row["weight"] = weight
    if rate not in DASHES and rate != "":
        row["rate"] = nospace(rate)
    if score not in DASHES and score != "":
        row["score"] = score
    table.ev["funds"].append(row)


def parse_fund(table, line, t):
    label, vals = t[0], list(t[1:])
    m = re.match(r"^(.*?[:：])\s*(-?\d+(?:\.\d+)?)$", label)
    if m:
        table.repair(line, "年初预算数 %s printed inside the label cell '%s'; split" % (m.group(2), label))
        label, vals = m.group(1), [m.group(2)] + vals
    ri = next((i for i, v in enumerate(vals) if "%" in v), None)
    if ri is not None:
        pre, weight, rate = vals[:ri - 1], vals[ri - 1], vals[ri]
        score = vals[ri + 1] if ri + 1 < len(vals) else ""
        assert ri + 2 >= len(vals), (line, vals)
    else:
        n = 0
        while n < len(vals) and n < 3 and not (vals[n] in DASHES):
            n += 1
        pre, rest = vals[:n], vals[n:]
        if len(rest) == 2:
            weight, rate, score = rest[0], "", rest[1]
        elif len(rest) == 3:
            weight, rate, score = rest
        else:
            raise AssertionError((line, vals))
    amounts = [amount(v, line, table) for v in pre]
    if len(amounts) == 3:
        init, full, execd = amounts
    elif len(amounts) == 2:
        full, execd = amounts
        init = ""
        assert rate_agrees(full, execd, nospace(rate)), (line, vals)
        table.repair(line, "only two of the three amounts are in the text (%s, %s): they stand under 全年预算数/全年执行数 "
                           "and the printed rate %s agrees; the 年初预算数 cell is lost, left blank"
                     % (full, execd, nospace(rate)))
    elif len(amounts) == 1:
        init, full, execd = amounts[0], "", ""
    else:
        init = full = execd = ""
    add_fund(table, line, label, init, full, execd, weight, rate, score)


def parse_fm(table, line, t):
    item, rest = t[0], t[1:]
    i = next((k for k in range(len(rest) - 1) if is_num(rest[k]) and is_num(rest[k + 1])), None)
    assert i is not None, (line, t)
    table.ev["fund_management"].append({
        "item": item, "weight": rest[i], "score": rest[i + 1],
        "note": " ".join(rest[:i]), "problem": " ".join(rest[i + 2:])})


def parse_indicator(table, line, t):
    t = [x for x in t]
    while t and nospace(t[0]) == "绩效指标":
        t = t[1:]
    dev = reason = ""
    if table.has_dev and table.has_reason:
        m = re.match(r"^(-?\d+\.\d+)\s+(\S.*)$", t[-1])
        if m:
            table.repair(line, "偏差度 and the reason share one cell ('%s …'); split" % t[-1][:12])
            t = t[:-1] + [m.group(1), m.group(2)]
    if table.has_reason and not is_num(t[-1]):
        reason = t.pop()
    if table.has_dev:
        assert is_num(t[-1]), (line, t)
        dev = t.pop()
    score, weight = t.pop(), t.pop()
    assert is_num(score) and is_num(weight), (line, t, weight, score)
    actual, target = t.pop(), t.pop()
    levels = t
    if len(levels) == 4 and levels[0] in LEVEL1 and levels[1] in LEVEL1:
        table.repair(line, "cell '%s' printed before %s on this line is the displaced merged 一级指标 cell of the "
                           "following rows; dropped here" % (levels[0], levels[1]))
        levels = levels[1:]
    if len(levels) == 3:
        table.l1, table.l2, l3 = levels
    elif len(levels) == 2:
        table.l2, l3 = levels
    elif len(levels) == 1:
        l3 = levels[0]
    else:
        raise AssertionError((line, levels))
    parent = LEVEL2_PARENT.get(table.l2)
    if parent and parent != table.l1:
        table.repair(line, "一级指标 not on this line (the merged cell would carry '%s' down; its text is printed "
                           "elsewhere or lost); 二级指标 %s belongs to %s: set" % (table.l1, table.l2, parent))
        table.l1 = parent
    table.ev["indicators"].append({
        "level1": table.l1, "level2": table.l2, "level3": l3,
        "target": clean_text(target, line, table), "actual": clean_text(actual, line, table),
        "weight": weight, "score": score, "deviation": dev, "reason": clean_text(reason, line, table)})


def parse_supervisor(table, line, rest):
    if "实施单位" in rest:
        k = rest.index("实施单位")
        if k >= 1:
            table.ev["supervisor"] = rest[0]
        if k + 1 < len(rest):
            table.ev["implementer"] = rest[k + 1]
    elif len(rest) == 1:
        table.ev["supervisor"] = rest[0]
    else:
        raise AssertionError((line, rest))


def parse_table(table, rows):
    """rows: [(line, tokens)], tokens being the non-empty trimmed cells (after the manual fixes)."""
    mode = "head"
    for line, t in rows:
        if not t:
            continue
        table.ev["lines"][1] = line
        k0 = nospace(t[0])
        if t[0] == "MODE":
            mode = t[1]
            continue
        if t[0] == "NAME":
            table.ev["name"] = t[1]
            continue
        if t[0] == "SUP":
            table.ev["supervisor"] = t[1]
            continue
        if t[0] == "IMPL":
            table.ev["implementer"] = t[1]
            continue
        if t[0] == "FUND":
            add_fund(table, line, *t[1:])
            continue
        if t[0] == "FM":
            table.ev["fund_management"].append(dict(zip(("item", "weight", "score", "note", "problem"), t[1:])))
            continue
        if k0 in TITLES or k0 == "附件1" or re.match(r"^[(（]?\d{4}年", k0) or k0.startswith("填表人"):
            continue
        if k0 == "总分":
            table.ev["total_weight"], table.ev["total_score"] = t[1], t[2]
            assert len(t) == 3 and is_num(t[1]) and is_num(t[2]), (line, t)
            return
        if any(nospace(x) == "一级指标" for x in t):
            table.has_dev = any(nospace(x) == "偏差度" for x in t)
            table.has_reason = any(nospace(x).startswith("偏差原因") for x in t)
            mode = "ind"
            continue
        if k0 == "绩效指标" and len(t) == 1:
            continue
        if mode == "ind":
            parse_indicator(table, line, t)
            continue
        if k0.startswith("项目名称") or k0 == "部门（单位）名称":
            if len(t) > 1:
                table.ev["name"] = t[1]
            continue
        if k0.startswith("主管部门"):
            if len(t) == 3 and "实施单位" not in t:
                raise AssertionError((line, "needs a manual fix", t))
            parse_supervisor(table, line, t[1:])
            continue
        if k0.startswith("项目资金") or k0.startswith("部门整体支出情况"):
            mode = "funds"
            continue
        if k0 == "资金管理情况":
            if len(t) > 1 and is_source(t[1]):
                table.repair(line, "the %s fund row is printed on the 资金管理情况 label line; split"
                             % source_label(re.sub(r"[:：]\s*[\d.]+$", "", t[1])))
                parse_fund(table, line, t[1:])
            mode = "fm"
            continue
        if k0 in ("年度总体目标", "年度履职目标"):
            rest = t[1:]
            if rest and rest[0] in FM_ITEMS:
                table.repair(line, "the %s row is printed on the 年度总体目标 label line; split" % rest[0])
                parse_fm(table, line, rest)
                mode = "goals"
                continue
            texts = [x for x in rest if nospace(x) not in GOAL_LABELS]
            if len(texts) == 2:
                table.ev["goals"] = {"expected": texts[0], "actual": texts[1]}
            else:
                assert not texts, (line, t)
            mode = "goals"
            continue
        if k0 == "年度主要任务":
            mode = "tasks"
            continue
        if mode == "tasks":
            if k0 == "任务名称":
                continue
            assert len(t) == 3, (line, t)
            table.ev["tasks"].append({"task": t[0], "content": t[1], "actual": t[2]})
            continue
        if mode == "funds":
            if is_source(t[0]):
                parse_fund(table, line, t)
            else:
                assert any("年初预算数" in x for x in t), (line, t)
            continue
        if mode == "fm":
            if t[0] in FM_ITEMS:
                parse_fm(table, line, t)
            elif all(nospace(x) in GOAL_LABELS for x in t):
                mode = "goals"
            else:
                assert any("情况说明" in x for x in t), (line, t)
            continue
        if mode == "goals":
            texts = [x for x in t if nospace(x) not in GOAL_LABELS]
            if texts:
                assert len(texts) == 2 and not table.ev["goals"]["expected"], (line, t)
                table.ev["goals"] = {"expected": texts[0], "actual": texts[1]}
            continue
        raise AssertionError((line, mode, t))
    raise AssertionError("table without 总分 row")


def main(seed, out):
    name = os.path.basename(seed)
    text = open(seed, encoding="utf-8").read().split("\n")
    tokens = {n + 1: [c.strip() for c in l.rstrip("\r").split("\t") if c.strip()] for n, l in enumerate(text)}
    fixes = FIXES.get(name, {})
    start = max(n for n, t in tokens.items() if t and t[0].startswith("第五部分"))

    # The tables: from a title line (or the 附件1 line just above it) to the 总分 row.
    evaluations, n = [], start + 1
    last = max(tokens)
    while n <= last:
        t = tokens[n]
        if not t or nospace(t[0]) not in TITLES:
            n += 1
            continue
        first = n
        back = n - 1
        while back > start and not tokens[back]:
            back -= 1
        if tokens[back] and nospace(tokens[back][0]) == "附件1":
            first = back
        kind = "department" if nospace(t[0]) == TITLES[0] else "project"
        table = Table(kind, first)
        end = next(k for k in range(n, last + 1) if tokens[k] and nospace(tokens[k][0]) == "总分")
        rows = []
        for k in range(first, end + 1):
            if k in fixes:
                expect, action, reason = fixes[k]
                assert expect in text[k - 1], (k, expect)
                table.repair(k, reason)
                if action is not None:
                    rows.extend((k, r) for r in action(tokens[k], tokens))
                    continue
            rows.append((k, tokens[k]))
        parse_table(table, rows)
        table.ev["repairs"].sort(key=lambda r: r["line"])
        evaluations.append(table.ev)
        n = end + 1
    used = {r["line"] for e in evaluations for r in e["repairs"]}
    assert set(fixes) <= used, sorted(set(fixes) - used)

    with open(out, "w", encoding="utf-8") as f:
        text = json.dumps({"seed": name, "evaluations": evaluations}, ensure_ascii=False, indent=1)
        # "lines": [first, last] on one line
        f.write(re.sub(r'"lines": \[\s+(\d+),\s+(\d+)\s+\]', r'"lines": [\1, \2]', text) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
