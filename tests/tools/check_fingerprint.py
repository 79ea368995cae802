#!/usr/bin/python3
"""An independent computation of the content fingerprint (core/fingerprint.h, version 1).

Reads each sample in its JSON form (INTERCHANGE.md), builds the canonical JSON the definition
describes with Python's json module, hashes it with hashlib, and compares the result with what
`final-accounts-cli fingerprint` prints for the sample imported into a document file.

Usage: check_fingerprint.py CLI SAMPLE.json… (standard library only)
"""

import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from decimal import Decimal

PREFIX = b"fa-fingerprint-1\n"
FEN_PER = {"万元": 1000000, "元": 100}


def canonical(doc):
    unit = dict(doc["unit"])
    unit.setdefault("compiled", "")
    per = FEN_PER[doc["amount_unit"]]
    values = {}
    rows = {}
    for address, text in doc["values"].items():
        table, row, _column = address.split("/")
        if re.fullmatch(r"\d{7}", row):  # a 项 row of a function-classification table
            rows.setdefault(table, set()).add(row)
        fen = Decimal(text) * per
        assert fen == fen.to_integral_value(), (address, text)
        if fen != 0:
            values[address] = str(int(fen))
    return {
        "template": doc["template"],
        "unit": unit,
        "subjects": doc.get("subjects", {}),
        "rows": {table: sorted(codes) for table, codes in rows.items()},
        "values": values,
        "texts": {k: v for k, v in doc.get("texts", {}).items() if v},
        "counts": doc.get("counts", {}),
        "evaluations": doc.get("evaluations", []),
    }


def fingerprint(doc):
    text = json.dumps(canonical(doc), ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    digest = hashlib.sha256(PREFIX + text.encode("utf-8")).hexdigest()[:16].upper()
    return "-".join(digest[i:i + 4] for i in range(0, 16, 4))


def main():
    cli, samples = sys.argv[1], sys.argv[2:]
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        for sample in samples:
            with open(sample, encoding="utf-8") as f:
                doc = json.load(f)
            expected = fingerprint(doc)
            path = os.path.join(tmp, os.path.basename(sample) + ".fadb")
            subprocess.run([cli, "import-json", sample, path], check=True)
            printed = subprocess.run([cli, "fingerprint", path], check=True, capture_output=True,
                                     text=True).stdout
            ok = printed == expected + "\n"
            failures += not ok
            print(f"{'ok  ' if ok else 'FAIL'} {os.path.basename(sample)}: python {expected}, "
                  f"program {printed.strip()}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
