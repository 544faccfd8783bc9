"""LayoutFirewall: a text change relays out the window only when the room must change."""

from __future__ import annotations

import pytest

from ui.qt import QEvent, QLabel, QObject, QVBoxLayout, QWidget
from ui.widgets import Banner, LayoutFirewall

LONG = ("A message long enough that it cannot fit on one line of a banner four hundred "
        "pixels wide, so the banner must take a second and probably a third line for it.")


class LayoutRequests(QObject):
    """Counts the layout requests each widget is sent."""

    def __init__(self, app) -> None:
        super().__init__()
        self.seen: list[QObject] = []
        self.app = app
        app.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.seen.append(obj)
        return False

    def close(self) -> None:
        self.app.removeEventFilter(self)


def settle(qapp) -> None:
    """A layout change climbs one level per turn of the event loop."""
    for _ in range(8):
        qapp.processEvents()


@pytest.fixture
def window(qtbot, qapp):
    top = QWidget()
    qtbot.addWidget(top)
    box = QVBoxLayout(top)
    banner = Banner()
    label = QLabel("first text")
    label.setWordWrap(True)
    held = LayoutFirewall(label)
    box.addWidget(banner)
    box.addWidget(held)
    box.addStretch(1)
    top.resize(400, 300)
    top.show()
    qtbot.waitExposed(top)
    banner.show_message("ok", "Saved RMA-2611-00001 for SN000000001.")
    settle(qapp)
    return top, banner, label, held


def test_same_sized_text_changes_stop_at_the_firewall(qapp, window):
    top, banner, label, held = window
    requests = LayoutRequests(qapp)
    try:
        for n in range(2, 6):
            banner.show_message("ok", f"Saved RMA-2611-0000{n} for SN00000000{n}.")
            label.setText(f"text number {n}")
            settle(qapp)
    finally:
        requests.close()
    assert requests.seen, "the texts did change"
    assert all(obj is not top for obj in requests.seen), "the window was relaid out"
    assert label.geometry() == held.rect()


def test_a_message_that_needs_more_lines_gets_them_and_gives_them_back(qapp, window):
    _top, banner, label, held = window
    one_line = banner.height()
    banner.show_message("error", LONG)
    settle(qapp)
    assert banner.height() > one_line
    assert banner.label.height() >= banner.label.heightForWidth(banner.label.width())
    banner.show_message("ok", "Short again.")
    settle(qapp)
    assert banner.height() == one_line
    label.setText(LONG)
    settle(qapp)
    assert held.height() >= label.heightForWidth(held.width()) > 0
    assert label.geometry() == held.rect()


def test_the_held_widget_follows_the_window_width(qapp, window):
    top, _banner, label, held = window
    top.resize(700, 300)
    settle(qapp)
    assert held.width() > 600 and label.geometry() == held.rect()
