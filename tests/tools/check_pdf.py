#!/usr/bin/python3
"""Reads back the PDF written by `final-accounts-cli export-pdf` with poppler's tools and checks it.

Usage:
    /usr/bin/python3 tests/tools/check_pdf.py CLI SAMPLE.fadb WORKDIR

Exports SAMPLE and checks, with pdfinfo, pdffonts and pdftotext (text compared without spaces, since
pdftotext may put spaces between CJK and digits):
- A4 pages; an embedded CJK font (pdffonts: emb yes) and no other font;
- the cover (page 1): 2024年度, the unit's name, 部门决算 or 单位决算, the compile month in Chinese numerals;
- the 目录: every entry's page number is the page whose footer prints that number, and that page
  shows the entry's heading (a part's title, a section's title, a table's title) — so the numbers are
  where each part really starts; the entries are in increasing page order;
- every page after the 目录 prints its number in the footer, 1, 2, 3… in order, and every page the
  document's content fingerprint (`final-accounts-cli fingerprint`);
- the outline (bookmarks, read with pdftohtml -xml) has the 目录's entries and pages;
- every table's title and code, in order, in the document's reading order; every figure of every
  合计/总计 row (`show` lists them) within the pages of its table;
- the section headings of part 3 in order; the five parts in order.
Exit status 1 with the list of failures, 0 when all hold.
"""

import os
import re
import subprocess
import sys

CLI, FADB, WORK = sys.argv[1], sys.argv[2], sys.argv[3]
os.makedirs(WORK, exist_ok=True)
PDF = os.path.join(WORK, "document.pdf")
failures = []


def fail(message):
    failures.append(message)


def run(*args):
    r = subprocess.run(list(args), capture_output=True, text=True)
    if r.returncode != 0:
        print("failed: %s\n%s" % (" ".join(args), r.stderr))
        sys.exit(1)
    return r.stdout


def squeeze(text):
    return re.sub(r"\s+", "", text)


run(CLI, "export-pdf", FADB, PDF)
info = run("pdfinfo", PDF)
pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
if "A4" not in info:
    fail("pages are not A4: " + info)

fonts = run("pdffonts", PDF).splitlines()[2:]
if not fonts:
    fail("no font in the PDF")
for line in fonts:
    columns = line.split()
    # name type… encoding emb sub uni object-id generation
    if columns[-5] != "yes":
        fail("font not embedded: " + line)
    if "WenQuanYi" not in columns[0] and "CJK" not in columns[0]:
        fail("a font other than the CJK one: " + line)

text = [None] + [run("pdftotext", "-f", str(i), "-l", str(i), PDF, "-") for i in range(1, pages + 1)]
flat = [None] + [squeeze(t) for t in text[1:]]

# --- the cover ---
unit = run(CLI, "export-json", FADB)
import json  # noqa: E402  (only here: the unit information)

doc = json.loads(unit)
name, scope, year = doc["unit"]["name"], doc["unit"]["scope"], doc["unit"]["year"]
digits = "〇一二三四五六七八九"
numerals = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]
compiled = doc["unit"].get("compiled", "")
month = ""
if re.fullmatch(r"\d{4}-\d{2}", compiled):
    month = "".join(digits[int(c)] for c in compiled[:4]) + "年" + numerals[int(compiled[5:])] + "月"
for needle in ["%d年度" % year, squeeze(name), scope + "决算", month]:
    if needle and needle not in flat[1]:
        fail("cover lacks %r" % needle)

# --- the submission seal: the content fingerprint on every page ---
seal = run(CLI, "fingerprint", FADB).strip()
if not re.fullmatch(r"[0-9A-F]{4}(-[0-9A-F]{4}){3}", seal):
    fail("fingerprint %r" % seal)
for p in range(1, pages + 1):
    if "内容校验码：" + seal not in flat[p]:
        fail("page %d lacks the seal %s" % (p, seal))

# --- page numbers in the footers ---
footer = {}
for p in range(1, pages + 1):
    m = re.findall(r"—(\d+)—", flat[p])
    if m:
        footer[int(m[-1])] = p
if not footer:
    fail("no page numbers")
else:
    first = footer[1] if 1 in footer else None
    numbered = sorted(footer)
    if numbered != list(range(1, len(numbered) + 1)):
        fail("footer numbers are not 1, 2, 3…: %s" % numbered[:20])
    if first is not None and sorted(footer.values()) != list(range(first, pages + 1)):
        fail("not every page after the 目录 is numbered")

# --- the 目录 ---
toc_pages = [p for p in range(2, (footer.get(1, 2))) if p >= 2]
entries = []
pending = ""  # the first lines of a title that wraps
for p in toc_pages:
    pending = ""
    for line in text[p].splitlines():
        if "内容校验码" in line or re.fullmatch(r"\s*—\s*\d+\s*—\s*", line):
            continue  # the footer
        m = re.match(r"^\s*(.*?)\s*\.{3,}\s*(\d+)\s*$", line)
        if m:
            entries.append((squeeze(pending + m.group(1)), int(m.group(2))))
            pending = ""
        elif line.strip() and squeeze(line) not in ("目", "录", "目录"):
            pending += line.strip()
if len(entries) < 5 + 2 + 9 + 13:
    fail("目录 has %d entries" % len(entries))
last = 0
for title, number in entries:
    if number < last:
        fail("目录 not in page order at %s" % title)
    last = number
    page = footer.get(number)
    if page is None:
        fail("目录 entry %s → page %d, which no footer prints" % (title, number))
        continue
    # A table's entry is its title numbered ("一、收入支出决算总表"); its page shows the title.
    shown = re.sub(r"^[一二三四五六七八九十]+、(?=.*表$)", "", title)
    if shown not in flat[page]:
        fail("目录 entry %s → page %d, which does not show it" % (title, number))
for part in ["第一部分", "第二部分", "第三部分", "第四部分", "第五部分"]:
    if not any(t.startswith(part) for t, _ in entries):
        fail("目录 lacks " + part)

# --- the outline (bookmarks): the 目录's entries, in order, pointing at the same pages ---
xml = run("pdftohtml", "-xml", "-i", "-stdout", "-q", PDF)
items = [(squeeze(re.sub(r"<[^>]+>", "", m.group(2))), int(m.group(1)))
         for m in re.finditer(r'<item page="(\d+)">(.*?)</item>', xml)]
if len(items) != len(entries):
    fail("outline has %d entries, the 目录 %d" % (len(items), len(entries)))
for (title, number), (otitle, opage) in zip(entries, items):
    if squeeze(otitle.replace("&amp;", "&")) != title or footer.get(number) != opage:
        fail("outline entry %s → page %d, 目录 %s → page %s" % (otitle, opage, title, footer.get(number)))

# --- reading order of the whole body ---
body = "".join(flat[footer.get(1, 1):])
position = 0
for part in ["第一部分", "第二部分", "第三部分", "第四部分", "第五部分"]:
    at = body.find(part, position)
    if at < 0:
        fail("%s not in order" % part)
    else:
        position = at

tables = ["t%02d" % n for n in range(1, 10)]
starts = []
for t in tables:
    shown = run(CLI, "show", FADB, "--table", t).splitlines()
    title, code = shown[0].split()[0], shown[0].split()[-1]
    at = body.find(squeeze(title))
    if at < 0:
        fail("%s %s title not in the PDF" % (t, title))
        starts.append(None)
        continue
    if code not in body[max(0, at - 40):at + 200]:
        fail("%s code %s not beside its title" % (t, code))
    starts.append((t, at, shown))
ordered = [s for s in starts if s]
for a, b in zip(ordered, ordered[1:]):
    if a[1] >= b[1]:
        fail("%s before %s in reading order" % (b[0], a[0]))
part3 = body.find("第三部分")
for i, (t, at, shown) in enumerate(ordered):
    end = ordered[i + 1][1] if i + 1 < len(ordered) else part3
    region = body[at:end]
    totals = 0
    rows = [line for line in shown[2:] if ("合计" in line or "总计" in line) and re.search(r"\d\.\d\d", line)]
    if not rows:
        # 09表 prints one row of figures under headings that name its 合计 columns.
        rows = [line for line in shown[2:] if re.search(r"\d\.\d\d", line) and not line.startswith("注")][-1:]
    for line in rows:
        for figure in re.findall(r"-?\d[\d,]*\.\d\d", line):
            totals += 1
            if figure.replace(" ", "") not in region:
                fail("%s: %s of row %s not in its pages" % (t, figure, line.strip()[:30]))
    if totals == 0:
        fail("%s: no 合计 figure found in show" % t)

# --- part 3's sections in order ---
sections = ["收入支出决算总体情况说明", "收入决算情况说明", "支出决算情况说明", "财政拨款收入支出决算总体情况说明",
            "一般公共预算财政拨款支出决算情况说明", "一般公共预算财政拨款基本支出决算情况说明",
            "政府性基金预算财政拨款支出决算情况说明", "国有资本经营预算财政拨款支出决算情况说明",
            "财政拨款“三公”经费支出决算情况说明", "机关运行经费支出情况说明", "政府采购支出情况说明",
            "国有资产占用情况说明", "预算绩效情况说明"]
position = part3
for n, s in enumerate(sections, 1):
    heading = numerals[n] if n <= 12 else "十三"
    at = body.find(heading + "、" + s, position)
    if at < 0:
        fail("part 3 section %d %s not in order" % (n, s))
    else:
        position = at

if failures:
    print("\n".join(failures))
    sys.exit(1)
print("ok: %d pages, %d 目录 entries" % (pages, len(entries)))
