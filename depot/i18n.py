"""Translatable messages in the headless layers, without Qt.

Domain code writes `translate("Errors", "Only {n} left of {part}.").format(...)`.
`pyside6-lupdate` extracts such calls into the .ts catalogues like any Qt
string; at run time the GUI installs Qt's translator here (`set_translator`),
so refusals appear in the operator's language, while scripts and tests get
the English text. Always translate the template, then `.format()` it.
"""

from __future__ import annotations

from collections.abc import Callable

_translator: Callable[[str, str], str] | None = None


def translate(context: str, text: str) -> str:
    if _translator is None:
        return text
    return _translator(context, text) or text


def set_translator(fn: Callable[[str, str], str] | None) -> None:
    global _translator
    _translator = fn


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for extraction without translating it now (labels in tables)."""
    return text
