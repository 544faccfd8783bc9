"""Small widgets shared by pages."""

from __future__ import annotations

from ui.qt import QHBoxLayout, QLabel, QPushButton, Qt, QTimer, QWidget


class Banner(QWidget):
    """A one-line message strip at the top of the window (errors stay until dismissed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
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
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.level = ""
        self.hide()

    def show_message(self, level: str, text: str) -> None:
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


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("pageTitle")
    return label
