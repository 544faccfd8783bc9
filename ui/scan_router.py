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

The router filters the focused widget (and the windows), following the focus,
rather than the whole application: an application-wide filter is a Python call
for every event Qt delivers to every widget (each paint, each layout request),
about 40 per saved intake and half a millisecond of the intake desk's 10. Key
presses always go to the focused widget first, or to the window when nothing
has focus, so it sees every key it saw before.
"""

from __future__ import annotations

import time

from ui.qt import (
    QApplication,
    QCoreApplication,
    QEvent,
    QKeyEvent,
    QObject,
    Qt,
    QTimer,
    QWidget,
    Signal,
)

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
        self._app: QApplication | None = None
        self._focus: QWidget | None = None  # the focused widget the filter sits on
        self._windows: list[QWidget] = []

    # -- installation ------------------------------------------------------
    def install(self, app: QCoreApplication | None = None) -> None:
        """Start routing: follow the focus from now on, and watch the open windows."""
        app = app or QApplication.instance()
        if self._app is not None or not isinstance(app, QApplication):
            return
        self._app = app
        app.focusChanged.connect(self._follow_focus)
        for window in app.topLevelWidgets():
            self.watch(window)
        self._follow_focus(None, QApplication.focusWidget())

    def uninstall(self, app: QCoreApplication | None = None) -> None:
        if self._app is None:
            return
        self._app.focusChanged.disconnect(self._follow_focus)
        self._app = None
        self._flush.stop()
        self._held.clear()
        for obj in (self._focus, *self._windows):
            self._unwatch(obj)
        self._focus = None
        self._windows.clear()

    def watch(self, window: QWidget) -> None:
        """Also see the keys a window gets when none of its widgets has focus."""
        window = window.window()
        if self._app is not None and all(w is not window for w in self._windows):
            self._windows.append(window)
            window.installEventFilter(self)
            window.destroyed.connect(self._forget_window)

    def _forget_window(self, obj: QObject) -> None:
        self._windows = [w for w in self._windows if w is not obj]

    def _follow_focus(self, old: QWidget | None, new: QWidget | None) -> None:
        if self._focus is not None and all(w is not self._focus for w in self._windows):
            self._unwatch(self._focus)
        self._focus = new
        if new is not None:
            new.installEventFilter(self)
            self.watch(new)

    def _unwatch(self, obj: QObject | None) -> None:
        try:
            if obj is not None:
                obj.removeEventFilter(self)
        except RuntimeError:  # its C++ object is already gone, and the filter with it
            pass

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
