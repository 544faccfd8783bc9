"""The Simplified Chinese catalogue covers every string the program can show.

English and Chinese ship together, so a string added to the code without its
Chinese is a bug that shows up as English on a Chinese desk. These tests run
what `make translations` runs (lupdate over the code, the translation tables,
lrelease) into a temporary folder and compare with what is shipped.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
SHIPPED_TS = TRANSLATIONS / "depot_zh_CN.ts"
SHIPPED_QM = TRANSLATIONS / "depot_zh_CN.qm"
PACKAGES = ("ui", "depot", "inventory", "rma", "exports")
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}")

sys.path.insert(0, str(ROOT / "tools"))
import ts_fill  # noqa: E402


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing: it comes with PySide6-Essentials")
    return found


Messages = dict[tuple[str, str], tuple[str, bool]]


def messages(ts: Path) -> Messages:
    """(context, source) → (translation, finished) for every live message of a .ts file."""
    out: Messages = {}
    for context in ET.parse(ts).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("obsolete", "vanished"):
                continue
            out[(name, message.findtext("source") or "")] = (
                translation.text or "", translation.get("type") != "unfinished")
    return out


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory) -> Path:
    """The catalogue as `make translations` would write it from the code as it is now."""
    ts = tmp_path_factory.mktemp("catalogue") / "depot_zh_CN.ts"
    shutil.copyfile(SHIPPED_TS, ts)
    sources = sorted(str(p) for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py"))
    subprocess.run([_tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(ts)],
                   check=True, capture_output=True, timeout=120)
    plain: dict[str, str] = {}
    by_context: dict[tuple[str, str], str] = {}
    for table in sorted(TRANSLATIONS.glob("*.tsv")):
        p, c = ts_fill.load(str(table))
        plain.update(p)
        by_context.update(c)
    ts_fill.fill(str(ts), plain, by_context)
    return ts


def test_every_string_in_the_code_has_its_chinese(rebuilt):
    missing = [f"  [{ctx}] {src!r}" for (ctx, src), (_, done) in messages(rebuilt).items()
               if not done]
    assert not missing, (
        f"{len(missing)} string(s) have no Chinese; add them to a "
        "resources/translations/*.tsv table, then run make translations:\n"
        + "\n".join(missing[:40]))


def test_the_shipped_catalogue_is_the_one_the_code_and_tables_make(rebuilt):
    shipped, fresh = messages(SHIPPED_TS), messages(rebuilt)
    stale = sorted(set(shipped.items()) ^ set(fresh.items()))
    assert not stale, (
        "resources/translations/depot_zh_CN.ts is out of date; run make translations. "
        f"First differences: {stale[:10]}")


def test_the_shipped_qm_is_built_from_the_shipped_catalogue(tmp_path):
    qm = tmp_path / "depot_zh_CN.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(SHIPPED_TS), "-qm", str(qm)],
                   check=True, capture_output=True, timeout=120)
    assert qm.read_bytes() == SHIPPED_QM.read_bytes(), (
        "resources/translations/depot_zh_CN.qm is not built from the .ts; run make translations")


def test_translations_keep_every_placeholder():
    """A {placeholder} lost or renamed in the Chinese is a KeyError, or a blank, on screen."""
    broken = []
    for (ctx, src), (text, done) in messages(SHIPPED_TS).items():
        if done and sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(text)):
            broken.append(f"  [{ctx}] {src!r} → {text!r}")
    assert not broken, "placeholders differ:\n" + "\n".join(broken[:40])
