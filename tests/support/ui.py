"""Helpers for GUI tests: build the real main window, type like a scanner."""

from __future__ import annotations

from ui.qt import QApplication, QInputMethodEvent, Qt, QWidget


def scanner_type(qtbot, widget: QWidget, text: str) -> None:
    """Type `text` the way a keyboard-wedge scanner does: a fast burst, then Enter.

    `qtbot.keyClicks` aborts on non-ASCII text; scanners only send ASCII.
    """
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def commit_text(widget: QWidget, text: str) -> None:
    """Enter text (Chinese included) as an input method would."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def build_window(db_info, language: str = "en"):
    from ui.app import build_main_window

    return build_main_window(db_info, language)
