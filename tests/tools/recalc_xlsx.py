#!/usr/bin/python3
"""Recalculates a workbook written by `final-accounts-cli export-xlsx` in LibreOffice and compares every
amount cell with the program's figures.

Usage:
    /usr/bin/python3 tests/tools/recalc_xlsx.py CLI SAMPLE.fadb WORKDIR 元|万元

1. Exports SAMPLE in the unit (with --cell-map: where each printed amount cell is).
2. Strips the cached results of the formulas (openpyxl load + save keeps the formulas and drops the
   values), because LibreOffice trusts cached values: without this the test would read back the
   program's own numbers and prove nothing about the formulas. The stripped copy is checked to hold no
   cached value.
3. Converts the stripped copy to one CSV per sheet with LibreOffice headless, in a profile of its own
   (two runs in parallel must not share one), raw values (not "as shown"), and checks that the nine
   CSV files exist (soffice exits 0 even when it converted nothing).
4. Compares every amount cell with the program:
   - in 元: the recalculated value, rounded to 分, is the program's value exactly (the workbook holds
     amounts as binary doubles, so the sum carries an error of ~1e-9 元; we require it below 0.0005 元
     before rounding, which leaves no room for a wrong 分).
   - in 万元: entered cells hold their exact amount (分 / 10^6), not their rounded display, so a
     recalculated total is the exact total: within 1e-9 万元 of the program's exact value (分 / 10^6), and
     that exact value rounded half away from zero to 0.01 万元 is the figure the program shows.
     So where a 尾差 exists (the displayed 0.01 万元 figures of the parts do not add up to the
     displayed total), the workbook shows the same total as the program, not the sum of the
     displayed parts; the 尾差 is between the displayed parts and the total, exactly as in the program.
     The only way the spreadsheet's own display could differ from the program's is a value exactly
     halfway between two 0.01 万元 steps (a multiple of 50 元), where the double may fall a hair either
     side; those cells are counted and their display is not compared (the exact value is).
Exit status 1 with the list of differences, 0 when all agree.
"""

import csv
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal, ROUND_HALF_UP

import openpyxl
from openpyxl.utils import column_index_from_string

SHEETS = ["公开%02d表" % n for n in range(1, 10)]
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"


def run(cmd):
    p = subprocess.run(cmd, capture_output=True)
    if p.returncode != 0:
        sys.exit("command failed (%d): %s\n%s" % (p.returncode, " ".join(cmd), p.stderr.decode()))
    return p.stdout.decode()


def main():
    cli, sample, workdir, unit = sys.argv[1:5]
    os.makedirs(workdir, exist_ok=True)
    book = os.path.join(workdir, "book.xlsx")
    cmap = os.path.join(workdir, "map.json")
    stripped = os.path.join(workdir, "stripped.xlsx")
    outdir = os.path.join(workdir, "csv")
    for f in (book, cmap, stripped):
        if os.path.exists(f):
            os.remove(f)
    shutil.rmtree(outdir, ignore_errors=True)

    run([cli, "export-xlsx", sample, book, "--unit", unit, "--cell-map", cmap])
    where = json.load(open(cmap, encoding="utf-8"))
    exact_yuan = json.loads(run([cli, "show", sample, "--format", "json", "--unit", "元"]))["cells"]
    program = json.loads(run([cli, "show", sample, "--format", "json", "--unit", unit]))["cells"]

    # 2. No cached values.
    openpyxl.load_workbook(book).save(stripped)
    check = openpyxl.load_workbook(stripped, data_only=True)
    formulas = [a for a, w in where.items() if w["kind"] == "formula"]
    still = [a for a in formulas if check[where[a]["sheet"]][where[a]["cell"]].value is not None]
    if still or not formulas:
        sys.exit("stripping failed: %d formulas, %d still with a cached value" % (len(formulas), len(still)))

    # 3. LibreOffice, its own profile.
    profile = tempfile.mkdtemp(prefix="fa-lo-profile-")
    try:
        p = subprocess.run(["soffice", "-env:UserInstallation=file://" + profile, "--headless",
                            "--convert-to", CSV_FILTER, "--outdir", outdir, stripped],
                           capture_output=True, timeout=300)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    grids = {}
    for name in SHEETS:
        path = os.path.join(outdir, "stripped-%s.csv" % name)
        if not os.path.exists(path):
            sys.exit("LibreOffice wrote no %s (exit %d): %s %s; found %s" % (
                path, p.returncode, p.stdout.decode(), p.stderr.decode(), glob.glob(outdir + "/*")))
        with open(path, encoding="utf-8", newline="") as f:
            grids[name] = list(csv.reader(f))

    # 4. Every amount cell.
    failures = []
    halfway = 0
    for address, w in sorted(where.items()):
        m = re.fullmatch(r"([A-Z]+)(\d+)", w["cell"])
        row, col = int(m.group(2)) - 1, column_index_from_string(m.group(1)) - 1
        grid = grids[w["sheet"]]
        text = grid[row][col] if row < len(grid) and col < len(grid[row]) else ""
        try:
            got = Decimal(text)
        except Exception:
            failures.append("%s (%s!%s): %r is not a number" % (address, w["sheet"], w["cell"], text))
            continue
        yuan = Decimal(exact_yuan[address])
        if unit == "元":
            if abs(got - yuan) > Decimal("0.0005") or got.quantize(Decimal("0.01"), ROUND_HALF_UP) != Decimal(program[address]):
                failures.append("%s (%s!%s): recalculated %s 元, the program %s 元" % (
                    address, w["sheet"], w["cell"], text, program[address]))
        else:
            wanyuan = yuan / Decimal(10000)
            if abs(got - wanyuan) > Decimal("1e-9"):
                failures.append("%s (%s!%s): recalculated %s 万元, the program exactly %s 万元" % (
                    address, w["sheet"], w["cell"], text, wanyuan))
                continue
            if (wanyuan * 1000) % 10 == 5 and (wanyuan * 1000) == (wanyuan * 1000).to_integral_value():
                halfway += 1
            if wanyuan.quantize(Decimal("0.01"), ROUND_HALF_UP) != Decimal(program[address]):
                failures.append("%s: the exact value %s 万元 rounds to %s, the program shows %s" % (
                    address, wanyuan, wanyuan.quantize(Decimal("0.01"), ROUND_HALF_UP), program[address]))
    for f in failures[:50]:
        print("FAIL:", f)
    print("%d amount cells (%d formulas) compared in %s; %d exactly halfway between two 0.01 万元; %d differences"
          % (len(where), len(formulas), unit, halfway, len(failures)))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
