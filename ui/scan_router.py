"""Catch keyboard-wedge scans on any screen.

A scanner in keyboard-wedge mode "types" its code in a burst (a few ms per
key) and ends with Enter. The router watches key presses application-wide,
holds back printable keys while they arrive faster than a person types, and:

- on Enter after a fast burst of at least `min_length` keys → emits
  `scanned(text)` once and swallows the keys (the scan never lands in whatever
  field happened to have focus);
- when the burst stops without Enter, or a key comes slowly → replays the held
  keys to the focused widget unchanged, so ordinary typing still works (the
  first key of a word is delayed by at most `max_gap_ms`).

Widgets that want raw keys (a password field) set the dynamic property
`scanRouterIgnore` to True.
"""

from __future__ import annotations

import time

from ui.qt import QApplication, QCoreApplication, QEvent, QKeyEvent, QObject, Qt, QTimer, Signal

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ScanRouter(QObject):
    scanned = Signal(str)

    def __init__(self, parent: QObject | None = None, *, max_gap_ms: int = 45,
                 min_length: int = 3) -> None:
        super().__init__(parent)
        self.max_gap_ms = max_gap_ms
        self.min_length = min_length
        self._held: list[tuple[int, str, Qt.KeyboardModifier]] = []
        self._last = 0.0
        self._target: QObject | None = None
        self._replaying = False
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.timeout.connect(self._replay)
        self.enabled = True

    # -- installation ------------------------------------------------------
    def install(self, app: QCoreApplication | None = None) -> None:
        (app or QApplication.instance()).installEventFilter(self)

    def uninstall(self, app: QCoreApplication | None = None) -> None:
        target = app or QApplication.instance()
        if target is not None:
            target.removeEventFilter(self)

    # -- event filter --------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if self._replaying or not self.enabled or event.type() != QEvent.Type.KeyPress:
            return False
        focus = QApplication.focusWidget()
        if not obj.isWidgetType() or obj is not (focus or obj.window()):
            return False  # see each key once: at the focused widget (or a window without one)
        if obj.property("scanRouterIgnore"):
            return False
        key_event: QKeyEvent = event  # type: ignore[assignment]
        now = time.monotonic()
        gap_ms = (now - self._last) * 1000 if self._held else 0.0
        if key_event.key() in ENTER_KEYS:
            if self._held and gap_ms <= self.max_gap_ms * 2 and len(self._held) >= self.min_length:
                text = "".join(t for _, t, _ in self._held)
                self._held.clear()
                self._flush.stop()
                self.scanned.emit(text)
                return True
            self._replay()
            return False
        text = key_event.text()
        mods = key_event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier & \
            ~Qt.KeyboardModifier.KeypadModifier
        if not text or not text.isprintable() or mods != Qt.KeyboardModifier.NoModifier:
            self._replay()
            return False
        if self._held and gap_ms > self.max_gap_ms:
            self._replay()  # the previous keys were typed by a person
        self._held.append((key_event.key(), text, key_event.modifiers()))
        self._target = obj
        self._last = now
        self._flush.start(self.max_gap_ms)
        return True

    def _replay(self) -> None:
        """Deliver held keys to where they were typed: it was a person, not a scanner."""
        self._flush.stop()
        if not self._held:
            return
        held, self._held = self._held, []
        target = self._target or QApplication.focusWidget()
        if target is None:
            return
        self._replaying = True
        try:
            for key, text, mods in held:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QCoreApplication.sendEvent(target, QKeyEvent(kind, key, mods, text))
        finally:
            self._replaying = False
