"""Every refusal a person can read is written for translation.

A `DomainError`'s message is shown verbatim on screen, so one raised with a
bare string or an f-string appears in English on a Chinese desk, and the
catalogue test (tests/ui/test_catalogue_complete.py) cannot see it: lupdate
only extracts what goes through `translate`. This reads the headless
packages' source and refuses both forms, and the same for the `action`
phrase of `require_role` ("Scan your badge to {action}.").
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("depot", "inventory", "rma", "exports")


def _trees() -> dict[Path, ast.Module]:
    return {path: ast.parse(path.read_text(encoding="utf-8"), str(path))
            for pkg in PACKAGES for path in sorted((ROOT / pkg).rglob("*.py"))}


def _name(node: ast.expr) -> str:
    return getattr(node, "id", getattr(node, "attr", ""))


def _refusal_classes(trees: dict[Path, ast.Module]) -> set[str]:
    """DomainError and every class deriving from it, wherever it is defined."""
    classes = {"DomainError"}
    defined = [(n.name, {_name(b) for b in n.bases})
               for tree in trees.values() for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    grew = True
    while grew:
        grew = False
        for name, bases in defined:
            if name not in classes and bases & classes:
                classes.add(name)
                grew = True
    return classes


def _is_literal(node: ast.expr) -> bool:
    return isinstance(node, ast.JoinedStr) or (
        isinstance(node, ast.Constant) and isinstance(node.value, str))


def test_the_scan_finds_the_refusal_classes():
    classes = _refusal_classes(_trees())
    assert {"ValidationError", "ScanError", "PermissionDenied", "OpenRmaExists"} <= classes


def test_no_refusal_is_raised_with_an_untranslated_message():
    trees = _trees()
    classes = _refusal_classes(trees)
    found = []
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            if _name(node.func) in classes and node.args and _is_literal(node.args[0]):
                found.append(f"  {where}: {_name(node.func)}(...) with a bare string")
            if _name(node.func) == "require_role":
                found += [f"  {where}: require_role(action=...) with a bare string"
                          for kw in node.keywords if kw.arg == "action" and _is_literal(kw.value)]
    assert not found, (
        "wrap these in depot.i18n.translate(\"Errors\", \"...\").format(...), then add the "
        "Chinese to a resources/translations/*.tsv table:\n" + "\n".join(found))
