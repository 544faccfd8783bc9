"""Fill translations into a Qt .ts catalogue from a tab-separated file.

Usage: python tools/ts_fill.py resources/translations/depot_zh_CN.ts a.tsv [b.tsv ...]
Each line of the .tsv is `source<TAB>translation` (\\n written as \\n). Entries
whose source matches get the translation and lose type="unfinished"; the
rest are left alone, so a translator can keep working in Qt Linguist.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET


def load(tsv: str) -> dict[str, str]:
    table: dict[str, str] = {}
    with open(tsv, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line or line.startswith("#") or "\t" not in line:
                continue
            src, dst = line.split("\t", 1)
            table[src.replace("\\n", "\n")] = dst.replace("\\n", "\n")
    return table


def fill(ts_path: str, table: dict[str, str]) -> tuple[int, int]:
    tree = ET.parse(ts_path)
    done = missing = 0
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        if source in table:
            translation.text = table[source]
            translation.attrib.pop("type", None)
            done += 1
        elif translation.get("type") == "unfinished":
            missing += 1
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return done, missing


if __name__ == "__main__":
    merged: dict[str, str] = {}
    for tsv in sys.argv[2:]:
        merged.update(load(tsv))
    filled, left = fill(sys.argv[1], merged)
    print(f"{filled} translated, {left} still unfinished")
