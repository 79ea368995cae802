#!/usr/bin/python3
"""Checks the 绩效自评 fixtures (tests/data/performance/*.json) against their seeds and lists the
published inconsistencies they contain.

usage: check_performance_fixture.py [FIXTURE.json ...]      (default: every fixture of the directory)

Fails (exit 1) on a broken fixture:
  - keys and their order as in the schema; kind, types;
  - the number of evaluations: the number of tables in the seed's part 5, and the expected counts
    (000: 1 部门整体 + 14 项目; 003: 15 项目);
  - each evaluation's line range: starts at its title (or the 附件1 above it), ends at its 总分 row;
    every repair's line inside the range;
  - each evaluation has indicators, each with target, actual and a decimal weight and score;
  - every amount, weight, score and deviation is a decimal (or blank), every rate a percentage;
  - extract_performance.py run on the seed reproduces the fixture byte for byte.

Lists, without failing, what the published tables say inconsistently:
  - weights (indicators + 执行率 + 资金管理) not adding up to the printed total weight, scores not
    adding up to the printed total score;
  - a printed rate that is not 全年执行数 ÷ 全年预算数 at the printed precision; a printed 执行率 score
    that is not 分值 × 执行数 ÷ 预算数 (half-up to 0.01); source rows not adding up to 年度资金总额;
  - a table whose 项目名称 is the department's name;
  - part 3 §十三 against the tables: its project counts and grade counts, each project's amounts,
    rate and score, and the project names.
"""
import difflib, glob, json, os, re, sys, tempfile
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SEEDS = os.path.join(ROOT, "resources", "seeds")
FIXTURES = os.path.join(ROOT, "tests", "data", "performance")
EXPECTED = {"000_10d8e44b991496ab.txt": (1, 14), "003_a4cf28a555bed632.txt": (0, 15)}

EV_KEYS = ["kind", "name", "supervisor", "implementer", "lines", "funds", "fund_management", "goals", "tasks",
           "indicators", "total_weight", "total_score", "grade", "repairs"]
FUND_KEYS = ["source", "budget_initial", "budget_full", "executed", "weight", "rate", "score"]
FM_KEYS = ["item", "weight", "score", "note", "problem"]
IND_KEYS = ["level1", "level2", "level3", "target", "actual", "weight", "score", "deviation", "reason"]
TITLES = ("部门整体支出绩效自评情况表", "项目支出绩效自评情况表", "项目自评表")
DEC = re.compile(r"^-?\d+(?:\.\d+)?$")
PCT = re.compile(r"^\d+(?:\.\d+)?%$")

errors = []


def fail(where, what):
    errors.append("%s: %s" % (where, what))


def dec(s):
    return Decimal(s) if s not in ("", None) else None


def pct(s):
    return Decimal(s.rstrip("%"))


def nospace(s):
    return re.sub(r"\s+", "", s)


def half_up(x, places=2):
    return x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def grade_of(score):
    """优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below (the usual bands; the tables print no grade)."""
    return "优" if score >= 90 else "良" if score >= 80 else "中" if score >= 60 else "差"


def norm_name(n):
    for junk in ("（2024）", "(2024)", "2024", "南阳市政务大数据中心", "项目", "经费", "费用", "“", "”", "‘", "’", "\"", "'"):
        n = n.replace(junk, "")
    return nospace(n)


# ----------------------------------------------------------------------------- structure

def check_structure(fx, seed_lines, where):
    if list(fx) != ["seed", "evaluations"]:
        fail(where, "top-level keys %s" % list(fx))
    tables = [n + 1 for n, l in enumerate(seed_lines)
              if l.split("\t")[0].strip() and nospace(l.split("\t")[0]) in TITLES
              and n + 1 > max(k + 1 for k, x in enumerate(seed_lines) if x.startswith("第五部分"))]
    evs = fx["evaluations"]
    if len(evs) != len(tables):
        fail(where, "%d evaluations, the seed's part 5 has %d tables" % (len(evs), len(tables)))
    exp = EXPECTED.get(fx["seed"])
    got = (sum(e["kind"] == "department" for e in evs), sum(e["kind"] == "project" for e in evs))
    if exp and got != exp:
        fail(where, "counts (department, project) = %s, expected %s" % (got, exp))
    prev_last = 0
    for k, e in enumerate(evs):
        w = "%s #%d %s" % (where, k + 1, e.get("name", "?"))
        if list(e) != EV_KEYS:
            fail(w, "keys %s" % list(e))
            continue
        if e["kind"] not in ("department", "project"):
            fail(w, "kind %r" % e["kind"])
        first, last = e["lines"]
        if not (prev_last < first < last <= len(seed_lines)):
            fail(w, "line range %s" % e["lines"])
        else:
            head = nospace(seed_lines[first - 1].split("\t")[0])
            if head not in TITLES and head != "附件1":
                fail(w, "line %d is not a table title: %r" % (first, seed_lines[first - 1][:30]))
            if nospace(seed_lines[last - 1].replace("\t", "")).startswith("总分") is False:
                fail(w, "line %d is not the 总分 row" % last)
            if first - 1 not in [t - 1 for t in tables] and head != "附件1":
                fail(w, "range does not start at a title")
        prev_last = last
        for r in e["repairs"]:
            if list(r) != ["line", "what"] or not (first <= r["line"] <= last) or not r["what"]:
                fail(w, "repair %s" % r)
        if list(e["goals"]) != ["expected", "actual"]:
            fail(w, "goals keys %s" % list(e["goals"]))
        for f in e["funds"]:
            keys = list(f)
            if keys[:4] != FUND_KEYS[:4] or keys != [x for x in FUND_KEYS if x in f]:
                fail(w, "fund keys %s" % keys)
            for key in ("budget_initial", "budget_full", "executed", "weight", "score"):
                if f.get(key, "") != "" and not DEC.match(f[key]):
                    fail(w, "fund %s %s=%r is not a decimal" % (f["source"], key, f[key]))
            if "rate" in f and not PCT.match(f["rate"]):
                fail(w, "fund %s rate %r" % (f["source"], f["rate"]))
        for m in e["fund_management"]:
            if list(m) != FM_KEYS:
                fail(w, "fund_management keys %s" % list(m))
            elif not (DEC.match(m["weight"]) and DEC.match(m["score"])):
                fail(w, "fund_management %s weight/score %r/%r" % (m["item"], m["weight"], m["score"]))
        if e["kind"] == "project" and not e["funds"]:
            fail(w, "no funds")
        if not e["indicators"]:
            fail(w, "no indicators")
        for i in e["indicators"]:
            if list(i) != IND_KEYS:
                fail(w, "indicator keys %s" % list(i))
                continue
            if not (i["level1"] and i["level2"] and i["level3"] and i["target"] and i["actual"]):
                fail(w, "indicator %s: a level, the target or the actual is blank" % i["level3"])
            if not (DEC.match(i["weight"]) and DEC.match(i["score"])):
                fail(w, "indicator %s: weight/score %r/%r" % (i["level3"], i["weight"], i["score"]))
            if i["deviation"] and not DEC.match(i["deviation"]):
                fail(w, "indicator %s: deviation %r" % (i["level3"], i["deviation"]))
            if re.search(r"\$|\\geq|<p>|</p>", i["target"] + i["actual"] + i["reason"]):
                fail(w, "indicator %s: LaTeX/HTML left in the text" % i["level3"])
        if not (DEC.match(e["total_weight"]) and DEC.match(e["total_score"])):
            fail(w, "total weight/score %r/%r" % (e["total_weight"], e["total_score"]))


def check_reproduced(fixture_path, seed_path, where):
    sys.path.insert(0, HERE)
    import extract_performance
    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, "out.json")
        extract_performance.main(seed_path, out)
        if open(out, "rb").read() != open(fixture_path, "rb").read():
            fail(where, "extract_performance.py does not reproduce the fixture")


# ----------------------------------------------------------------------------- the tables' own arithmetic

def table_findings(e, dept_name):
    out = []
    total = next((f for f in e["funds"] if "weight" in f), None)
    ind_w = sum(Decimal(i["weight"]) for i in e["indicators"])
    ind_s = sum(Decimal(i["score"]) for i in e["indicators"])
    fm_w = sum(Decimal(m["weight"]) for m in e["fund_management"])
    fm_s = sum(Decimal(m["score"]) for m in e["fund_management"])
    rate_w = dec(total["weight"]) if total else Decimal(0)
    rate_s = dec(total.get("score", "")) if total else None
    weights = ind_w + rate_w + fm_w
    if weights != Decimal(e["total_weight"]):
        out.append("weights: indicators %s + 执行率 %s + 资金管理 %s = %s, printed total %s"
                   % (ind_w, rate_w, fm_w, weights, e["total_weight"]))
    scores = ind_s + (rate_s or 0) + fm_s
    if scores != Decimal(e["total_score"]):
        out.append("scores: indicators %s + 执行率 %s + 资金管理 %s = %s, printed total %s"
                   % (ind_s, rate_s, fm_s, scores, e["total_score"]))
    for f in e["funds"]:
        full, ex = dec(f["budget_full"]), dec(f["executed"])
        if "rate" in f and full is not None and ex is not None:
            printed = pct(f["rate"])
            places = -printed.as_tuple().exponent
            if full == 0:
                ok = printed == 0 and ex == 0
                computed = "n/a (全年预算数 0)"
            else:
                c = ex / full * 100
                ok = half_up(c, places) == printed
                computed = "%s%%" % half_up(c, 2)
            if not ok:
                out.append("%s: rate printed %s, 全年执行数 %s ÷ 全年预算数 %s = %s"
                           % (f["source"], f["rate"], f["executed"], f["budget_full"], computed))
    if total and rate_s is not None and dec(total["budget_full"]) and total["executed"] != "":
        expected = half_up(rate_w * dec(total["executed"]) / dec(total["budget_full"]))
        if expected != rate_s:
            out.append("执行率 score printed %s, 分值 %s × %s ÷ %s = %s"
                       % (total["score"], total["weight"], total["executed"], total["budget_full"], expected))
    if total:
        subs = [f for f in e["funds"] if f is not total]
        for key, label in (("budget_initial", "年初预算数"), ("budget_full", "全年预算数"), ("executed", "全年执行数")):
            vals = [f[key] for f in subs]
            if total[key] != "" and vals and all(v != "" for v in vals):
                s = sum(Decimal(v) for v in vals)
                if s != Decimal(total[key]):
                    out.append("%s: sources add up to %s, 年度资金总额 prints %s" % (label, s, total[key]))
    if e["kind"] == "project" and e["name"] == dept_name:
        out.append("项目名称 prints the department's name (%s)" % e["name"])
    return out


# ----------------------------------------------------------------------------- part 3 §十三

def section13(seed_lines):
    start = max(n for n, l in enumerate(seed_lines) if l.startswith("第三部分"))
    end = next(n for n in range(start, len(seed_lines)) if seed_lines[n].startswith("第四部分"))
    s13 = next(n for n in range(start, end) if seed_lines[n].startswith("十三、"))
    return "".join(l.strip() for l in seed_lines[s13 + 1:end] if l.strip())


def parse_section13(text):
    info = {"planned": [int(x) for x in re.findall(r"共有(\d+)个项目", text)],
            "self_evaluated": [int(x) for x in re.findall(r"共自评(\d+)个项目", text)],
            "results": [], "projects": [], "department": None}
    for m in re.finditer(r"对本(?:部门|单位)(\d+)个项目开展绩效自评，其中：评价等级为“优”的项目(\d+)个，评价等级为“良”"
                         r"的项目(\d+)个，评价等级为“中”的项目(\d+)个，评价等级为“差”的项目(\d+)个", text):
        info["results"].append(tuple(int(x) for x in m.groups()))
    amounts = r"年初预算数?([\d.]+)万元，全年预算数?([\d.]+)万元，全年执行数?([\d.]+)万元，预算执行率([\d.]+)%，自评得分([\d.]+)分"
    for m in re.finditer(r"([^。：:]+?)项目" + amounts, text):
        info["projects"].append({"name": m.group(1), "initial": m.group(2), "full": m.group(3),
                                 "executed": m.group(4), "rate": m.group(5), "score": m.group(6), "grade": ""})
    m = re.search(r"([^。：:]+?)\d{4}年" + amounts, text)
    if m:
        info["department"] = {"name": m.group(1), "initial": m.group(2), "full": m.group(3),
                              "executed": m.group(4), "rate": m.group(5), "score": m.group(6), "grade": ""}
    for m in re.finditer(r"([^。：:]+?)(?:绩效自评价结果为|自评价结果为)?[：:]?总得分([\d.]+)分，属于“(.)”[，。]"
                         r"预算执行率([\d.]+)%", text):
        info["projects"].append({"name": m.group(1), "initial": None, "full": None, "executed": None,
                                 "rate": m.group(4), "score": m.group(2), "grade": m.group(3)})
    return info


def match_projects(projects, entries):
    """Pairs tables with §十三 paragraphs: same 全年预算数 where §十三 gives it, then by name likeness."""
    pairs, used_t, used_p = [], set(), set()
    cands = []
    for ti, e in enumerate(projects):
        total = next((f for f in e["funds"] if "weight" in f), {})
        for pi, p in enumerate(entries):
            if p["full"] is not None and dec(total.get("budget_full", "")) != Decimal(p["full"]):
                continue
            ratio = difflib.SequenceMatcher(None, norm_name(e["name"]), norm_name(p["name"])).ratio()
            cands.append((-ratio, ti, pi))
    for _, ti, pi in sorted(cands):
        if ti not in used_t and pi not in used_p:
            pairs.append((ti, pi))
            used_t.add(ti)
            used_p.add(pi)
    return pairs, [i for i in range(len(projects)) if i not in used_t], [i for i in range(len(entries)) if i not in used_p]


def section13_findings(fx, seed_lines):
    out, per = [], {}
    info = parse_section13(section13(seed_lines))
    evs = fx["evaluations"]
    projects = [e for e in evs if e["kind"] == "project"]
    n_tables = len(projects)
    for n in info["planned"]:
        if n != n_tables:
            out.append("§十三 says %d projects had performance targets (绩效目标管理); part 5 has %d project tables"
                       % (n, n_tables))
    for n in info["self_evaluated"]:
        if n != n_tables:
            out.append("§十三 says 共自评%d个项目; part 5 has %d project tables" % (n, n_tables))
    bands = {"优": 0, "良": 0, "中": 0, "差": 0}
    for e in projects:
        bands[grade_of(Decimal(e["total_score"]))] += 1
    for r in info["results"]:
        n, good, fair, mid, bad = r
        if n != n_tables:
            out.append("§十三 says %d个项目开展绩效自评; part 5 has %d project tables" % (n, n_tables))
        if good + fair + mid + bad != n:
            out.append("§十三 grade counts 优%d 良%d 中%d 差%d add up to %d, not the %d projects it names"
                       % (good, fair, mid, bad, good + fair + mid + bad, n))
        if (good, fair, mid, bad) != (bands["优"], bands["良"], bands["中"], bands["差"]):
            out.append("§十三 grade counts 优%d 良%d 中%d 差%d; the tables' totals give 优%d 良%d 中%d 差%d "
                       "(bands 90/80/60)" % (good, fair, mid, bad, bands["优"], bands["良"], bands["中"], bands["差"]))
    if len(info["projects"]) != n_tables:
        out.append("§十三 describes %d projects; part 5 has %d project tables" % (len(info["projects"]), n_tables))
    pairs, lone_t, lone_p = match_projects(projects, info["projects"])
    for ti in lone_t:
        out.append("table %s: no §十三 paragraph" % projects[ti]["name"])
    for pi in lone_p:
        out.append("§十三 paragraph %s: no table" % info["projects"][pi]["name"])
    matched = [(projects[ti], info["projects"][pi]) for ti, pi in pairs]
    depts = [e for e in evs if e["kind"] == "department"]
    if depts and info["department"]:
        matched.append((depts[0], info["department"]))
    for e, p in matched:
        diffs = []
        total = next((f for f in e["funds"] if "weight" in f), {})
        for key, label in (("initial", "年初预算数"), ("full", "全年预算数"), ("executed", "全年执行数")):
            tkey = {"initial": "budget_initial", "full": "budget_full", "executed": "executed"}[key]
            if p[key] is not None and total.get(tkey, "") != "" and Decimal(total[tkey]) != Decimal(p[key]):
                diffs.append("%s §十三 %s, table %s" % (label, p[key], total[tkey]))
        rate = total.get("rate")
        if rate is None:  # the department table prints no rate on its total row; use its 财政拨款 row
            rate = next((f["rate"] for f in e["funds"] if "rate" in f), None)
        if rate is not None:
            # compared at the coarser of the two printed precisions (99.84% in §十三 is 99.8% in a table)
            a, b = pct(rate), Decimal(p["rate"])
            places = min(-a.as_tuple().exponent, -b.as_tuple().exponent)
            if half_up(a, places) != half_up(b, places):
                diffs.append("预算执行率 §十三 %s%%, table %s" % (p["rate"], rate))
        if p["full"] is not None:
            full, ex, r = Decimal(p["full"]), Decimal(p["executed"]), Decimal(p["rate"])
            c = ex / full * 100 if full else Decimal(0)
            if half_up(c, -r.as_tuple().exponent) != r:
                diffs.append("§十三 itself: 全年执行数 %s ÷ 全年预算数 %s = %s%%, it prints 预算执行率 %s%%"
                             % (p["executed"], p["full"], half_up(c, 2), p["rate"]))
        if Decimal(p["score"]) != Decimal(e["total_score"]):
            diffs.append("得分 §十三 %s, table %s" % (p["score"], e["total_score"]))
        if p["grade"] and p["grade"] != grade_of(Decimal(e["total_score"])):
            diffs.append("grade §十三 %s, table total %s" % (p["grade"], e["total_score"]))
        if norm_name(p["name"]) != norm_name(e["name"]):
            diffs.append("name §十三 '%s', table '%s'" % (p["name"], e["name"]))
        per[id(e)] = diffs
    return out, per


# ----------------------------------------------------------------------------- main

def main(paths):
    paths = paths or sorted(glob.glob(os.path.join(FIXTURES, "*.json")))
    n_found = 0
    for path in paths:
        fx = json.load(open(path, encoding="utf-8"))
        where = os.path.basename(path)
        seed_path = os.path.join(SEEDS, fx["seed"])
        seed_lines = open(seed_path, encoding="utf-8").read().split("\n")
        before = len(errors)
        check_structure(fx, seed_lines, where)
        check_reproduced(path, seed_path, where)
        if len(errors) > before:
            continue
        evs = fx["evaluations"]
        dept_name = next((e["name"] for e in evs if e["kind"] == "department"),
                         next((e["supervisor"] for e in evs if e["supervisor"]), ""))
        general, per = section13_findings(fx, seed_lines)
        kinds = (sum(e["kind"] == "department" for e in evs), sum(e["kind"] == "project" for e in evs))
        print("== %s (%s): %d evaluations: %d department, %d projects; %d repairs"
              % (where, fx["seed"], len(evs), kinds[0], kinds[1], sum(len(e["repairs"]) for e in evs)))
        for e in evs:
            found = table_findings(e, dept_name) + per.get(id(e), [])
            n_found += len(found)
            print("  %-9s %s  [lines %d-%d]: %d indicators, total score %s of %s, %d repairs"
                  % (e["kind"], e["name"], e["lines"][0], e["lines"][1], len(e["indicators"]),
                     e["total_score"], e["total_weight"], len(e["repairs"])))
            for f in found:
                print("      ! " + f)
        if general:
            print("  §十三 against part 5:")
            for f in general:
                print("      ! " + f)
            n_found += len(general)
    print()
    if errors:
        print("FIXTURE ERRORS:")
        for x in errors:
            print("  " + x)
        return 1
    print("fixtures OK; %d published inconsistencies listed (not errors)" % n_found)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
