"""Fill translations into a Qt .ts catalogue from tab-separated tables.

Usage: python tools/ts_fill.py resources/translations/depot_zh_CN.ts a.tsv [b.tsv ...]

A line is `source<TAB>translation` (\\n written as \\n): it fills that source
in every context. Where one English word means two things ("Due" as a date
and as an amount), a line `@Context<TAB>source<TAB>translation` fills it in
that context only, and wins over the plain line. Matching entries get the
translation and lose type="unfinished"; the rest are left alone, so a
translator can keep working in Qt Linguist.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET

Table = dict[str, str]


def load(tsv: str) -> tuple[Table, dict[tuple[str, str], str]]:
    plain: Table = {}
    by_context: dict[tuple[str, str], str] = {}
    with open(tsv, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line or line.startswith("#") or "\t" not in line:
                continue
            parts = [p.replace("\\n", "\n") for p in line.split("\t")]
            if line.startswith("@") and len(parts) == 3:
                by_context[(parts[0][1:], parts[1])] = parts[2]
            else:
                plain[parts[0]] = "\t".join(parts[1:])
    return plain, by_context


def fill(ts_path: str, plain: Table, by_context: dict[tuple[str, str], str]) -> tuple[int, int]:
    tree = ET.parse(ts_path)
    done = missing = 0
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                continue
            text = by_context.get((name, source), plain.get(source))
            if text is not None:
                translation.text = text
                translation.attrib.pop("type", None)
                done += 1
            elif translation.get("type") == "unfinished":
                missing += 1
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return done, missing


if __name__ == "__main__":
    plain_all: Table = {}
    context_all: dict[tuple[str, str], str] = {}
    for tsv in sys.argv[2:]:
        plain, by_context = load(tsv)
        plain_all.update(plain)
        context_all.update(by_context)
    filled, left = fill(sys.argv[1], plain_all, context_all)
    print(f"{filled} translated, {left} still unfinished")
