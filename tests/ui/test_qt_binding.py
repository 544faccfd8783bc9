"""Guard against a Qt binding that corrupts Python's reference counts.

PySide6 6.12.0 drops a reference to None on every call of a void method; on
Python 3.11 None is not immortal, so a long-running station aborts with
"deallocating None" after a few thousand calls. pyproject.toml excludes that
release; this test fails if an installed binding has the same fault.
"""

from __future__ import annotations

import sys

from ui.qt import QLabel


def test_void_calls_keep_none_alive(qtbot):
    label = QLabel("x")
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("y")
        label.update()
    assert sys.getrefcount(None) >= before - 50
