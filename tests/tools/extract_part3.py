#!/usr/bin/python3
"""Copies part 3 (情况说明) of a published seed into a fixture: {"section/01": text, …}.

The seed text comes from a PDF: a paragraph is sometimes broken across lines. Lines are joined
until one ends a sentence (or is a heading such as （一）…). Section headings (一、…十三、) split
the sections; the heading lines themselves are left out.

usage: extract_part3.py SEED.txt OUT.json
"""
import json, re, sys

NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三"]


def main(seed, out):
    lines = open(seed, encoding="utf-8").read().split("\n")
    starts = [i for i, l in enumerate(lines) if l.startswith("第三部分")]
    start = starts[-1]
    end = next(i for i in range(start, len(lines)) if lines[i].startswith("第四部分"))
    sections, current, para = {}, None, ""
    heading = re.compile(r"^(%s)、" % "|".join(sorted(NUMERALS, key=len, reverse=True)))
    for raw in lines[start + 1:end]:
        l = raw.strip()
        if not l:
            continue
        m = heading.match(l)
        if m and l.endswith("说明"):
            if current is not None and para:
                sections[current].append(para)
            current, para = NUMERALS.index(m.group(1)) + 1, ""
            sections[current] = []
            continue
        if current is None:
            continue
        if re.match(r"^[（(][一二三四五六七八九十]+[）)]", l) and len(l) < 40 and not para:
            sections[current].append(l)
            continue
        para += l
        if re.search(r"[。！？：；”）)]$", para):
            sections[current].append(para)
            para = ""
    if para:
        sections[current].append(para)
    fixture = {"section/%02d" % n: "\n".join(p) for n, p in sorted(sections.items())}
    json.dump(fixture, open(out, "w", encoding="utf-8"), ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
