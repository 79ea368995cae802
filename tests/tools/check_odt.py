#!/usr/bin/python3
"""Reads back the ODT written by `final-accounts-cli export-odt`: as a zip (content.xml), and through
LibreOffice headless, which must convert it to PDF without error.

Usage:
    /usr/bin/python3 tests/tools/check_odt.py CLI SAMPLE.fadb WORKDIR

Checks: the file is an ODF text document (mimetype); its text holds the cover's lines, the five parts'
titles, every table's title and every figure of every 合计/总计 row `show` prints (09表: its row of
figures), and part 3's section titles; LibreOffice (its own profile under WORKDIR) converts it to a PDF
whose text holds every table's title and the 合计 figures too.
Exit status 1 with the list of failures, 0 when all hold.
"""

import os
import re
import shutil
import subprocess
import sys
import zipfile
from xml.etree import ElementTree

CLI, FADB, WORK = sys.argv[1], sys.argv[2], sys.argv[3]
shutil.rmtree(WORK, ignore_errors=True)
os.makedirs(WORK)
ODT = os.path.join(WORK, "document.odt")
failures = []


def run(*args, **kw):
    r = subprocess.run(list(args), capture_output=True, text=True, **kw)
    if r.returncode != 0:
        print("failed: %s\n%s%s" % (" ".join(args), r.stdout, r.stderr))
        sys.exit(1)
    return r.stdout


def squeeze(text):
    return re.sub(r"\s+", "", text)


run(CLI, "export-odt", FADB, ODT)
with zipfile.ZipFile(ODT) as z:
    if z.read("mimetype").decode() != "application/vnd.oasis.opendocument.text":
        failures.append("not an ODF text document")
    content = ElementTree.fromstring(z.read("content.xml"))
odt_text = squeeze("".join(content.itertext()))

expected = []
for t in ["t%02d" % n for n in range(1, 10)]:
    shown = run(CLI, "show", FADB, "--table", t).splitlines()
    expected.append(shown[0].split()[0])
    rows = [l for l in shown[2:] if ("合计" in l or "总计" in l) and re.search(r"\d\.\d\d", l)]
    if not rows:
        rows = [l for l in shown[2:] if re.search(r"\d\.\d\d", l) and not l.startswith("注")][-1:]
    for line in rows:
        expected += re.findall(r"-?\d[\d,]*\.\d\d", line)
expected += ["第一部分", "第二部分", "第三部分", "第四部分", "第五部分", "预算绩效情况说明", "名词解释"]
for needle in expected:
    if needle not in odt_text:
        failures.append("ODT text lacks %s" % needle)

profile = "file://" + os.path.abspath(os.path.join(WORK, "lo-profile"))
run("soffice", "-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf", "--outdir", WORK, ODT)
pdf = os.path.join(WORK, "document.pdf")
if not os.path.exists(pdf):
    failures.append("LibreOffice wrote no PDF")
else:
    pdf_text = squeeze(run("pdftotext", pdf, "-"))
    for needle in expected:
        if needle not in pdf_text:
            failures.append("LibreOffice's PDF lacks %s" % needle)

if failures:
    print("\n".join(failures))
    sys.exit(1)
print("ok: %d figures and titles" % len(expected))
