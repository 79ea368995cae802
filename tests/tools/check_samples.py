#!/usr/bin/python3
"""Recompute every published table cell from a sample's entered values and compare with the seed.

Usage:
    /usr/bin/python3 tests/tools/check_samples.py [SAMPLE.json PUBLISHED.json] ...
Without arguments it checks the two bundled pairs:
    resources/samples/nanyang-cac-2024.json      against tests/data/published/000.json
    resources/samples/nanyang-bigdata-2024.json  against tests/data/published/003.json

It sums the sample's entered cells (INTERCHANGE.md `values`, 万元 with two decimals) the way the program
derives cells (DOMAIN.md: 项 -> 款 -> 类 -> 合计, row totals, 01/04 lines, 06 类 and 人员/公用经费合计,
09 小计/合计) and compares every cell the published JSON holds. The only differences expected are the
尾差 of the published figures (each cell rounded on its own), listed in KNOWN_TAIL below; anything else,
or a known one that disappears, is a failure (exit status 1). It also checks that every entered value
equals the published cell and that no derived address is present in `values`.
Python standard library only.
"""

import json
import os
import re
import sys
from decimal import Decimal

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
PAIRS = [
    ("resources/samples/nanyang-cac-2024.json", "tests/data/published/000.json"),
    ("resources/samples/nanyang-bigdata-2024.json", "tests/data/published/003.json"),
]

# (address, published, summed). 尾差 in the seeds and what propagates from them.
KNOWN_TAIL = {
    "000.json": {
        # 02表: 20133 宣传事务 280.08 vs 9.00+90.00+181.09; 21011 29.74 vs 13.18+5.28+9.58+1.71
        ("t02/20133/本年收入合计", "280.08", "280.09"), ("t02/20133/财政拨款收入", "280.08", "280.09"),
        ("t02/201/本年收入合计", "330.08", "330.09"), ("t02/201/财政拨款收入", "330.08", "330.09"),
        ("t02/21011/本年收入合计", "29.74", "29.75"), ("t02/21011/财政拨款收入", "29.74", "29.75"),
        ("t02/210/本年收入合计", "29.74", "29.75"), ("t02/210/财政拨款收入", "29.74", "29.75"),
        ("t02/合计/本年收入合计", "797.53", "797.55"), ("t02/合计/财政拨款收入", "797.53", "797.55"),
        # 03表 and 05表: the same two 款
        ("t03/20133/本年支出合计", "280.08", "280.09"), ("t03/20133/项目支出", "280.08", "280.09"),
        ("t03/201/本年支出合计", "335.97", "335.98"), ("t03/201/项目支出", "280.08", "280.09"),
        ("t03/21011/本年支出合计", "29.74", "29.75"), ("t03/21011/基本支出", "29.74", "29.75"),
        ("t03/210/本年支出合计", "29.74", "29.75"), ("t03/210/基本支出", "29.74", "29.75"),
        ("t03/合计/本年支出合计", "803.42", "803.44"), ("t03/合计/基本支出", "520.60", "520.61"),
        ("t03/合计/项目支出", "282.82", "282.83"),
        ("t05/20133/小计", "280.08", "280.09"), ("t05/20133/项目支出", "280.08", "280.09"),
        ("t05/201/小计", "335.97", "335.98"), ("t05/201/项目支出", "280.08", "280.09"),
        ("t05/21011/小计", "29.74", "29.75"), ("t05/21011/基本支出", "29.74", "29.75"),
        ("t05/210/小计", "29.74", "29.75"), ("t05/210/基本支出", "29.74", "29.75"),
        ("t05/合计/小计", "803.42", "803.44"), ("t05/合计/基本支出", "520.60", "520.61"),
        ("t05/合计/项目支出", "282.82", "282.83"),
        # 01表 / 04表 lines taken from 03表 / 05表
        ("t01/32/决算数", "335.97", "335.98"), ("t01/40/决算数", "29.74", "29.75"),
        ("t01/58/决算数", "803.42", "803.44"), ("t01/62/决算数", "803.42", "803.44"),
        ("t04/33/合计", "335.97", "335.98"), ("t04/33/一般公共预算财政拨款", "335.97", "335.98"),
        ("t04/41/合计", "29.74", "29.75"), ("t04/41/一般公共预算财政拨款", "29.74", "29.75"),
        ("t04/59/合计", "803.42", "803.44"), ("t04/59/一般公共预算财政拨款", "803.42", "803.44"),
        ("t04/64/合计", "803.42", "803.44"), ("t04/64/一般公共预算财政拨款", "803.42", "803.44"),
        # 06表: 301 and 302 vs their 款
        ("t06/301/决算数", "487.79", "487.80"), ("t06/人员经费合计/决算数", "487.79", "487.80"),
        ("t06/302/决算数", "32.82", "32.81"), ("t06/公用经费合计/决算数", "32.82", "32.81"),
    },
    "003.json": {
        # 02表 合计 1,788.25 vs 类 sum 1,788.24
        ("t02/合计/本年收入合计", "1788.25", "1788.24"), ("t02/合计/财政拨款收入", "1788.25", "1788.24"),
        # 03/05表 合计 1,850.79 vs 1,115.58 + 735.20 = 1,850.78
        ("t03/合计/本年支出合计", "1850.79", "1850.78"), ("t05/合计/小计", "1850.79", "1850.78"),
        ("t01/58/决算数", "1850.79", "1850.78"), ("t01/62/决算数", "1850.79", "1850.78"),
        ("t04/59/合计", "1850.79", "1850.78"), ("t04/59/一般公共预算财政拨款", "1850.79", "1850.78"),
        ("t04/64/合计", "1850.79", "1850.78"), ("t04/64/一般公共预算财政拨款", "1850.79", "1850.78"),
        # 06表: 301 1,005.81 vs sum of its 款 1,005.82; 302 47.27 vs sum of its 款 47.26 (not in DOMAIN.md's list)
        ("t06/301/决算数", "1005.81", "1005.82"), ("t06/人员经费合计/决算数", "1068.32", "1068.33"),
        ("t06/302/决算数", "47.27", "47.26"), ("t06/公用经费合计/决算数", "47.27", "47.26"),
    },
}

CLASSES = ["201", "202", "203", "204", "205", "206", "207", "208", "210", "211", "212", "213", "214", "215",
           "216", "217", "219", "220", "221", "222", "223", "224", "229", "231", "232", "234"]
ENTERED = {
    "t02": ["财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"],
    "t03": ["基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"],
    "t05": ["基本支出", "项目支出"],
    "t07": ["年初结转和结余", "本年收入", "基本支出", "项目支出"],
    "t08": ["基本支出", "项目支出"],
}
ROW_TOTAL = {"t02": "本年收入合计", "t03": "本年支出合计", "t05": "小计", "t07": "本年支出小计", "t08": "小计"}
T09_ENTERED = ["因公出国（境）费", "公务用车购置费", "公务用车运行维护费", "公务接待费"]
ENTERED_FIXED = {"t01/28/决算数", "t01/29/决算数", "t01/59/决算数", "t01/60/决算数",
                 "t04/1/金额", "t04/2/金额", "t04/3/金额", "t04/29/金额", "t04/30/金额", "t04/31/金额",
                 "t04/60/一般公共预算财政拨款", "t04/60/政府性基金预算财政拨款", "t04/60/国有资本经营预算财政拨款"}
ZERO = Decimal("0.00")


def is_entered(address):
    t, r, c = address.split("/")
    if address in ENTERED_FIXED:
        return True
    # Last year's figures: unprinted columns "上年…" beside the lines of 01/04表 (never compared
    # with the published tables, which do not print them).
    if t in ("t01", "t04") and c.startswith("上年") and re.fullmatch(r"\d{1,2}", r):
        return True
    if t in ENTERED and re.fullmatch(r"\d{7}", r):
        return c in ENTERED[t] or (t == "t05" and c == "年初预算")
    if t == "t06":
        return bool(re.fullmatch(r"\d{5}", r)) and c == "决算数"
    if t == "t09":
        return r in ("预算", "决算") and c in T09_ENTERED
    return False


def derive(values):
    v = {a: Decimal(x) for a, x in values.items()}
    get = lambda a: v.get(a, ZERO)
    out = {}
    # function-classification tables
    for t, cols in ENTERED.items():
        items = sorted({a.split("/")[1] for a in v if a.startswith(t + "/")})
        for col in cols + [ROW_TOTAL[t]]:
            for r in items:
                if col == ROW_TOTAL[t]:
                    out["%s/%s/%s" % (t, r, col)] = sum((get("%s/%s/%s" % (t, r, c)) for c in cols), ZERO)
                else:
                    out["%s/%s/%s" % (t, r, col)] = get("%s/%s/%s" % (t, r, col))
            for parent in sorted({r[:5] for r in items} | {r[:3] for r in items}) + ["合计"]:
                kids = [r for r in items if parent == "合计" or r.startswith(parent)]
                out["%s/%s/%s" % (t, parent, col)] = sum((out["%s/%s/%s" % (t, r, col)] for r in kids), ZERO)
        if t == "t07":
            for r in items + sorted({r[:5] for r in items} | {r[:3] for r in items}) + ["合计"]:
                out["t07/%s/年末结转和结余" % r] = (out["t07/%s/年初结转和结余" % r] + out["t07/%s/本年收入" % r]
                                              - out["t07/%s/本年支出小计" % r])
        if t in ("t07", "t08") and not items:
            for col in cols + [ROW_TOTAL[t]] + (["年末结转和结余"] if t == "t07" else []):
                out.setdefault("%s/合计/%s" % (t, col), ZERO)
    # 06表
    kuan = sorted(r for r in (a.split("/")[1] for a in v if a.startswith("t06/")))
    for a in v:
        if a.startswith("t06/"):
            out[a] = v[a]
    for cls in ("301", "302", "303", "307", "310", "399"):
        out["t06/%s/决算数" % cls] = sum((v["t06/%s/决算数" % k] for k in kuan if k.startswith(cls)), ZERO)
    cls6 = lambda c: out["t06/%s/决算数" % c]
    out["t06/人员经费合计/决算数"] = cls6("301") + cls6("303")
    out["t06/公用经费合计/决算数"] = cls6("302") + cls6("307") + cls6("310") + cls6("399")
    # 04表
    for line in ("1", "2", "3", "29", "30", "31"):
        out["t04/%s/金额" % line] = get("t04/%s/金额" % line)
    out["t04/27/金额"] = out["t04/1/金额"] + out["t04/2/金额"] + out["t04/3/金额"]
    out["t04/28/金额"] = out["t04/29/金额"] + out["t04/30/金额"] + out["t04/31/金额"]
    out["t04/32/金额"] = out["t04/27/金额"] + out["t04/28/金额"]
    kinds = [("一般公共预算财政拨款", "t05", "小计"), ("政府性基金预算财政拨款", "t07", "本年支出小计"),
             ("国有资本经营预算财政拨款", "t08", "小计")]
    for k, cls in enumerate(CLASSES):
        line = str(33 + k)
        for col, t, tc in kinds:
            out["t04/%s/%s" % (line, col)] = out.get("%s/%s/%s" % (t, cls, tc), ZERO)
    for line in [str(33 + k) for k in range(26)] + ["59", "60", "64"]:
        for col, t, tc in kinds:
            a = "t04/%s/%s" % (line, col)
            if line == "59":
                out[a] = out["%s/合计/%s" % (t, tc)]
            elif line == "60":
                out[a] = get(a)
            elif line == "64":
                out[a] = out["t04/59/%s" % col] + out["t04/60/%s" % col]
        out["t04/%s/合计" % line] = sum((out["t04/%s/%s" % (line, col)] for col, _, _ in kinds), ZERO)
    # 01表
    out["t01/1/决算数"], out["t01/2/决算数"], out["t01/3/决算数"] = (
        out["t04/1/金额"], out["t04/2/金额"], out["t04/3/金额"])
    for k, col in enumerate(ENTERED["t02"][1:]):
        out["t01/%d/决算数" % (4 + k)] = out["t02/合计/%s" % col]
    out["t01/27/决算数"] = sum((out["t01/%d/决算数" % n] for n in range(1, 9)), ZERO)
    for line in ("28", "29", "59", "60"):
        out["t01/%s/决算数" % line] = get("t01/%s/决算数" % line)
    out["t01/31/决算数"] = out["t01/27/决算数"] + out["t01/28/决算数"] + out["t01/29/决算数"]
    for k, cls in enumerate(CLASSES):
        out["t01/%d/决算数" % (32 + k)] = out.get("t03/%s/本年支出合计" % cls, ZERO)
    out["t01/58/决算数"] = out["t03/合计/本年支出合计"]
    out["t01/62/决算数"] = out["t01/58/决算数"] + out["t01/59/决算数"] + out["t01/60/决算数"]
    # 09表
    for r in ("预算", "决算"):
        g = lambda c: get("t09/%s/%s" % (r, c))
        for c in T09_ENTERED:
            out["t09/%s/%s" % (r, c)] = g(c)
        out["t09/%s/公务用车购置及运行维护费小计" % r] = g("公务用车购置费") + g("公务用车运行维护费")
        out["t09/%s/合计" % r] = (g("因公出国（境）费") + out["t09/%s/公务用车购置及运行维护费小计" % r]
                                 + g("公务接待费"))
    return out


def check(sample_path, published_path):
    sample = json.load(open(sample_path, encoding="utf-8"))
    published = json.load(open(published_path, encoding="utf-8"))["cells"]
    name = os.path.basename(published_path)
    problems = []
    for a, x in sample["values"].items():
        if a.startswith("x01/"):
            continue  # 情况说明补充数据: not a published table (tests/core/test_narrative.cpp checks its figures)
        if not is_entered(a):
            problems.append("derived or unknown address in values: %s" % a)
        elif not a.endswith("/年初预算") and "/上年" not in a and published.get(a, "0.00") != x:
            problems.append("entered %s = %s but published %s" % (a, x, published.get(a)))
        elif not re.fullmatch(r"-?\d+\.\d{2}", x):
            problems.append("%s: amount %r not written with two decimals" % (a, x))
    derived = derive(sample["values"])
    diffs = set()
    for a, x in sorted(published.items()):
        if a not in derived and is_entered(a):
            derived[a] = ZERO  # an entered cell left out of values because it is zero
        if a not in derived:
            problems.append("published %s not computed" % a)
        elif Decimal(x) != derived[a]:
            diffs.add((a, x, str(derived[a])))
    known = KNOWN_TAIL.get(name, set())
    for d in sorted(diffs):
        print("%s: %-36s published %9s summed %9s%s" % (name, d[0], d[1], d[2], "" if d in known else "  UNEXPECTED"))
    for d in sorted(known - diffs):
        problems.append("known 尾差 not found: %s published %s summed %s" % d)
    problems += ["unexpected difference %s" % (d,) for d in sorted(diffs - known)]
    for p in problems:
        print("%s: %s" % (name, p))
    print("%s: %d cells compared, %d differences (%d known 尾差), %d problems"
          % (name, len(published), len(diffs), len(diffs & known), len(problems)))
    return not problems


def main(argv):
    args = argv[1:]
    if len(args) % 2:
        sys.stderr.write(__doc__)
        return 2
    pairs = list(zip(args[::2], args[1::2])) or [(os.path.join(ROOT, s), os.path.join(ROOT, p)) for s, p in PAIRS]
    ok = all([check(s, p) for s, p in pairs])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
