"""Small widgets shared by pages."""

from __future__ import annotations

from depot.errors import DomainError, StaleEdit
from ui.qt import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSize,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)


class Banner(QWidget):
    """A one-line message strip at the top of the window (errors stay until dismissed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        # a plain QWidget subclass paints no style sheet background without this:
        # the strip's colour is what tells an error from a confirmation
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QPushButton("×")
        close.setObjectName("bannerClose")
        close.setFlat(True)
        close.setFixedWidth(28)
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        close.clicked.connect(self.hide)
        # a new message relays out the window only when it needs another line
        layout.addWidget(LayoutFirewall(self.label), 1)
        layout.addWidget(close)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.level = ""
        self.hide()

    def show_message(self, level: str, text: str) -> None:
        if level != self.level:  # re-polishing restyles the whole strip: only on a change
            self.level = level
            self.setProperty("level", level)
            self.style().unpolish(self)
            self.style().polish(self)
        self.label.setText(text)
        self.show()
        if level == "error":
            self._timer.stop()
        else:
            self._timer.start(6000)


class LayoutFirewall(QWidget):
    """Holds one widget at its own full size, and relays out the window only when that
    widget no longer fits the room it has.

    Qt relays out the whole window for any text change: `QLabel.setText` always
    calls `updateGeometry`, and every layout that activates calls it on its own
    widget, up to the main window, which then asks every layout and every
    word-wrapped label in it for its size again (0.7 to 0.9 ms for each saved
    intake, most of a millisecond the intake desk does not have). A widget
    without a layout ends that chain; this one then checks whether what the held
    widget needs has changed (its height for the current width; for a widget
    that does not wrap, also its minimum width) and passes the change on only
    then, so a message that needs a second line still gets it and a shorter one
    gives the line back.

    For a widget whose width the parent decides (a full-width strip, a column):
    a changed preferred width alone is not passed on. The held widget stays
    shown: hide and show the firewall instead.
    """

    def __init__(self, inner: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.inner = inner
        inner.setParent(self)
        self.setSizePolicy(inner.sizePolicy())
        self._needed = -1  # the height the held widget needed at the last layout

    # the held widget's own minimum size (e.g. `reserve_lines`) counts as part of its hints
    def sizeHint(self) -> QSize:
        return self.inner.sizeHint().expandedTo(self.inner.minimumSize())

    def minimumSizeHint(self) -> QSize:
        return self.inner.minimumSizeHint().expandedTo(self.inner.minimumSize())

    def hasHeightForWidth(self) -> bool:
        return self.inner.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        return max(self.inner.heightForWidth(width), self.inner.minimumHeight())

    def _height_needed(self) -> int:
        inner = self.inner
        if inner.hasHeightForWidth():  # one text layout: the one question that matters
            need = inner.heightForWidth(self.width())
        else:
            need = inner.sizeHint().height()
        return max(need, inner.minimumHeight())

    def fits(self) -> bool:
        """Whether the held widget still needs what it needed when last laid out (the
        parent may give it more, e.g. a row's height: that is not a change). A
        word-wrapped widget fits any width; another one must not get narrower than its
        minimum."""
        inner = self.inner
        if not inner.hasHeightForWidth() and inner.minimumSizeHint().width() > self.width():
            return False
        return self._height_needed() == self._needed

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.LayoutRequest:  # the held widget's size hints may have changed
            if not self.fits():
                self._needed = self._height_needed()
                self.updateGeometry()
        elif kind == QEvent.Type.Resize:
            self.inner.setGeometry(self.rect())
            self._needed = self._height_needed()
        return super().event(event)


def reserve_lines(label: QLabel, lines: int) -> None:
    """Keep room for `lines` lines of `label` (style sheet padding included) even when
    it is empty, so widgets below it stay put as its text comes and goes."""
    label.ensurePolished()
    text = label.text()
    label.setText("\n".join(["Xg 中文"] * lines))  # Chinese falls back to a taller font
    height = label.sizeHint().height()
    label.setText(text)
    label.setMinimumHeight(height)


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("pageTitle")
    return label


class FormDialog(QDialog):
    """A small form whose OK calls a service; a refusal stays in the dialog, in words.

    Subclasses put their fields into `self.form` and implement `submit()`,
    which calls the service (raising `DomainError` when refused). Opened
    with `open()`, never `exec()`, so the scan router and tests keep
    running. A `StaleEdit` closes the dialog and is handed to the page
    through `stale`: what the person typed was based on an outdated screen.
    """

    stale = Signal(str)
    #: a stale write closes the dialog and goes to the page through `stale`;
    #: dialogs whose page does not listen keep the message inside instead
    close_on_stale = True

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.result_value: object = None
        outer = QVBoxLayout(self)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        self.error_label = QLabel()
        self.error_label.setObjectName("dialogError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a12a1c;")
        self.error_label.hide()
        outer.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

    def submit(self) -> object:  # pragma: no cover - subclasses
        raise NotImplementedError

    def ok(self) -> None:
        """Press OK (what the OK button does; also for keyboard and tests)."""
        self._ok()

    def _ok(self) -> None:
        try:
            self.result_value = self.submit()
        except StaleEdit as exc:
            if self.close_on_stale:
                self.reject()
                self.stale.emit(str(exc))
                return
            self._refused(exc)
            return
        except DomainError as exc:
            self._refused(exc)
            return
        self.accept()

    def _refused(self, exc: DomainError) -> None:
        QApplication.beep()
        self.error_label.setText(str(exc))
        self.error_label.show()


class ElidedLabel(QLabel):
    """A one-line label that shortens its text in the middle to the room it has.

    For paths and addresses ("SQLite /home/…/Depot/depot.db"): a plain QLabel's
    minimum width is its whole text, so one long path widened the whole window
    past the screen. This one asks for little, shows both ends of the text, and
    keeps the full text in its tooltip and in `full_text()`.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)

    def setText(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("…" * 8),
                     super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 4,
                     super().sizeHint().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle,
                                              max(0, self.contentsRect().width()))
        if shown != super().text():
            super().setText(shown)
