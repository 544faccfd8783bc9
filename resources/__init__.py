"""Package data: icons, stylesheet, translations, demo data.

`path(name)` finds a resource both from a source tree and inside the frozen
(PyInstaller) bundle, where the folder is collected next to the program.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent


def path(*parts: str) -> Path:
    return ROOT.joinpath(*parts)


def translations_dir() -> Path:
    return ROOT / "translations"
