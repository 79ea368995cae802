#!/usr/bin/python3
"""Reads back a workbook written by `final-accounts-cli export-xlsx` with openpyxl and checks it.

Usage:
    /usr/bin/python3 tests/tools/check_xlsx.py CLI SAMPLE.fadb WORKDIR [元|万元]

Exports SAMPLE through the CLI (with --cell-map, where each printed amount cell is) and checks:
- the sheets are 公开01表 … 公开09表, in order;
- the captions: 公开0N表 at the right of the first row, the title, 部门/单位, the year, 单位：万元 (or 元);
- the merged headings of 01表 (收入 | 支出 over 项目, 行次 and the amounts), 03表 and 09表 (three heading
  rows: 预算数 | 决算数, 公务用车购置及运行维护费 over three columns, the one-column headings over two rows)
  against the declarations written out here by hand from core/template2024.cpp;
- every printed amount cell (every address `show --format json` lists) is in the workbook, at a cell
  whose row carries the address's code (tables of subjects), with the number format #,##0.00;
- entered cells hold a number equal to the program's exact value; derived cells hold a formula
  (data_only=False: the text starts with '=') whose cached value (data_only=True) is the program's
  value; both displayed at two decimals are what `show` prints;
- subtotal rows are bold, 项 names indented by two levels;
- print setup: A4, the table's orientation, fit to one page wide, heading rows repeated, page numbers in
  the footer, panes frozen below the headings; the workbook's author is the unit.
Exit status 1 with the list of failures, 0 when all hold.
"""

import json
import os
import re
import subprocess
import sys
from decimal import Decimal, ROUND_HALF_UP

import openpyxl
from openpyxl.utils import column_index_from_string, get_column_letter

SHEETS = ["公开%02d表" % n for n in range(1, 10)]
# The heading rows start on the fourth row (three caption rows above).
EXPECTED_MERGES = {
    # 收入: 项目, 行次, 决算数 (3 columns); 支出 likewise.
    "公开01表": {"A4:C4", "D4:F4"},
    # 项目 over code and name; every amount heading spans its two heading rows.
    "公开03表": {"A4:B4", "C4:C5", "D4:D5", "E4:E5", "F4:F5", "G4:G5", "H4:H5"},
    # 预算数 | 决算数 over six columns each; 合计, 因公出国（境）费, 公务接待费 over two rows;
    # 公务用车购置及运行维护费 over 小计, 购置费, 运行维护费.
    "公开09表": {"A4:F4", "G4:L4", "A5:A6", "B5:B6", "C5:E5", "F5:F6", "G5:G6", "H5:H6", "I5:K5", "L5:L6"},
}
EXPECTED_TEXT = {
    "公开01表": {"A4": "收入", "D4": "支出", "A5": "项目", "B5": "行次", "A6": "栏次", "C6": "1", "F6": "2"},
    "公开03表": {"A4": "项目", "A5": "功能分类科目编码", "B5": "科目名称", "B6": "栏次", "C6": "1", "B7": "合计"},
    "公开09表": {"A4": "预算数", "G4": "决算数", "C5": "公务用车购置及运行维护费", "C6": "小计", "A7": "1", "L7": "12"},
}
# (orientation, print title rows, frozen at)
EXPECTED_PRINT = {
    "公开01表": ("portrait", "$4:$6", "A7"),
    "公开03表": ("landscape", "$4:$6", "C7"),
    "公开06表": ("landscape", "$4:$4", "A5"),
    "公开09表": ("landscape", "$4:$7", "A8"),
}

failures = []


def fail(message):
    failures.append(message)


def run(cmd):
    p = subprocess.run(cmd, capture_output=True)
    if p.returncode != 0:
        sys.exit("command failed (%d): %s\n%s" % (p.returncode, " ".join(cmd), p.stderr.decode()))
    return p.stdout.decode()


def shown(value, unit):
    """A number as `show` prints it: two decimals, rounded half away from zero."""
    d = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    return str(d.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def split_cell(ref):
    m = re.fullmatch(r"([A-Z]+)(\d+)", ref)
    return int(m.group(2)), column_index_from_string(m.group(1))


def main():
    cli, sample, workdir = sys.argv[1:4]
    unit = sys.argv[4] if len(sys.argv) > 4 else "万元"
    os.makedirs(workdir, exist_ok=True)
    book = os.path.join(workdir, "book.xlsx")
    cmap = os.path.join(workdir, "map.json")
    for f in (book, cmap):
        if os.path.exists(f):
            os.remove(f)
    run([cli, "export-xlsx", sample, book, "--unit", unit, "--cell-map", cmap])
    cells = json.loads(run([cli, "show", sample, "--format", "json", "--unit", unit]))["cells"]
    exact = json.loads(run([cli, "show", sample, "--format", "json", "--unit", "元"]))["cells"]
    where = json.load(open(cmap, encoding="utf-8"))
    unit_info = json.loads(run([cli, "export-json", sample]))["unit"]

    wb = openpyxl.load_workbook(book)                   # formulas
    cached = openpyxl.load_workbook(book, data_only=True)  # cached values

    if wb.sheetnames != SHEETS:
        fail("sheets %s, expected %s" % (wb.sheetnames, SHEETS))
        return
    if wb.properties.creator != unit_info["name"]:
        fail("author %r, expected the unit %r" % (wb.properties.creator, unit_info["name"]))
    if unit_info["name"] not in (wb.properties.title or ""):
        fail("title %r does not name the unit" % wb.properties.title)

    # Captions.
    for name in SHEETS:
        ws = wb[name]
        last = get_column_letter(ws.max_column)
        if ws[last + "1"].value != name:
            fail("%s: %s1 is %r, expected the table code" % (name, last, ws[last + "1"].value))
        if not ws["A2"].value or not ws["A2"].font.b or (ws["A2"].font.sz or 0) < 14:
            fail("%s: the title A2 is missing or not bold and large" % name)
        if not any(str(r) == "A2:%s2" % last for r in ws.merged_cells.ranges):
            fail("%s: the title is not merged across A2:%s2" % (name, last))
        if ws["A3"].value != "%s：%s" % (unit_info["scope"], unit_info["name"]):
            fail("%s: A3 is %r" % (name, ws["A3"].value))
        row3 = [c.value for c in ws[3]]
        if "%d年度" % unit_info["year"] not in row3:
            fail("%s: no year on the third row: %s" % (name, row3))
        filled = [v for v in row3 if v is not None]
        if not filled or filled[-1] != "单位：" + unit:
            fail("%s: the third row ends with %r, expected 单位：%s" % (name, filled[-1:], unit))

    # Merged headings and their texts.
    for name, expected in EXPECTED_MERGES.items():
        merged = {str(r) for r in wb[name].merged_cells.ranges}
        missing = expected - merged
        if missing:
            fail("%s: headings not merged: %s (merged: %s)" % (name, sorted(missing), sorted(merged)))
        # Nothing merged in the heading rows beyond what is declared.
        ws = wb[name]
        heading_rows = {"公开01表": range(4, 7), "公开03表": range(4, 7), "公开09表": range(4, 8)}[name]
        extra = {r for r in merged if split_cell(r.split(":")[0])[0] in heading_rows} - expected
        if extra:
            fail("%s: merged heading cells not declared: %s" % (name, sorted(extra)))
    for name, texts in EXPECTED_TEXT.items():
        for ref, text in texts.items():
            if str(wb[name][ref].value) != text:
                fail("%s!%s is %r, expected %r" % (name, ref, wb[name][ref].value, text))

    # Every printed amount cell, where the map says, with the program's value.
    if set(where) != set(cells):
        fail("cells in the workbook and printed cells differ: only in the workbook %s, only printed %s"
             % (sorted(set(where) - set(cells))[:10], sorted(set(cells) - set(where))[:10]))
    formulas = 0
    for address, w in where.items():
        if address not in cells:
            continue
        c = wb[w["sheet"]][w["cell"]]
        v = cached[w["sheet"]][w["cell"]].value
        want = cells[address]
        if c.number_format != "#,##0.00":
            fail("%s (%s!%s): number format %r" % (address, w["sheet"], w["cell"], c.number_format))
        if w["kind"] == "formula":
            formulas += 1
            if not (isinstance(c.value, str) and c.value.startswith("=")):
                fail("%s (%s!%s): no formula but %r" % (address, w["sheet"], w["cell"], c.value))
        elif not isinstance(c.value, (int, float)):
            fail("%s (%s!%s): %r is not a number" % (address, w["sheet"], w["cell"], c.value))
        if not isinstance(v, (int, float)):
            fail("%s (%s!%s): no cached value (%r)" % (address, w["sheet"], w["cell"], v))
            continue
        if shown(v, unit) != want:
            fail("%s (%s!%s): shows %s, the program %s" % (address, w["sheet"], w["cell"], shown(v, unit), want))
        # Entered values are exact: in 万元 the stored number is the exact amount (fen / 10^6), not the
        # rounded display.
        if w["kind"] in ("entered", "blank"):
            divisor = Decimal(10000) if unit == "万元" else Decimal(1)
            if abs(Decimal(repr(float(v))) - Decimal(exact[address]) / divisor) > Decimal("1e-9"):
                fail("%s: stored %r, exactly %s 元" % (address, v, exact[address]))
        # The row carries the address's code (tables of subjects: code in A, 合计 in B).
        table, key = address.split("/")[0:2]
        if table in ("t02", "t03", "t05", "t07", "t08"):
            row, _ = split_cell(w["cell"])
            ws = wb[w["sheet"]]
            label = ws.cell(row=row, column=2).value if key == "合计" else ws.cell(row=row, column=1).value
            if label != key:
                fail("%s is on row %d of %s, which is %r" % (address, row, w["sheet"], label))
        # Subtotal rows bold.
        if table == "t03" and (key == "合计" or len(key) == 3) and not c.font.b:
            fail("%s: a subtotal not in bold" % address)
    if formulas < 100:
        fail("only %d formulas" % formulas)

    # Names indented by level in 03表: 类 0, 款 1, 项 2.
    ws = wb["公开03表"]
    for row in range(8, ws.max_row + 1):
        code = ws.cell(row=row, column=1).value
        if isinstance(code, str) and code.isdigit():
            want = {3: 0, 5: 1, 7: 2}[len(code)]
            got = ws.cell(row=row, column=2).alignment.indent or 0
            if got != want:
                fail("03表 %s: indent %s, expected %d" % (code, got, want))

    # Print setup.
    for name in SHEETS:
        ws = wb[name]
        ps = ws.page_setup
        if str(ps.paperSize) != "9":
            fail("%s: paper %r, not A4" % (name, ps.paperSize))
        if not ws.sheet_properties.pageSetUpPr or not ws.sheet_properties.pageSetUpPr.fitToPage:
            fail("%s: not fitted to pages" % name)
        # openpyxl reads the default fitToWidth 1 as None.
        if ps.fitToWidth not in (None, 1, "1") or str(ps.fitToHeight) != "0":
            fail("%s: fit %r wide x %r tall, expected 1 x 0" % (name, ps.fitToWidth, ps.fitToHeight))
        footer = ws.oddFooter.center.text or ""
        if "&P" not in footer or "&N" not in footer:
            fail("%s: footer %r without page numbers" % (name, footer))
        if not ws.print_title_rows:
            fail("%s: no heading rows repeated" % name)
    for name, (orientation, titles, frozen) in EXPECTED_PRINT.items():
        ws = wb[name]
        if ws.page_setup.orientation != orientation:
            fail("%s: %s, expected %s" % (name, ws.page_setup.orientation, orientation))
        if ws.print_title_rows != titles:
            fail("%s: print titles %r, expected %r" % (name, ws.print_title_rows, titles))
        if ws.freeze_panes != frozen:
            fail("%s: frozen at %r, expected %r" % (name, ws.freeze_panes, frozen))


if __name__ == "__main__":
    main()
    if failures:
        for f in failures[:50]:
            print("FAIL:", f)
        print("%d failures" % len(failures))
        sys.exit(1)
    print("ok")
