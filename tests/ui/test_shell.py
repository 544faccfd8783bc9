"""The main window, the scan router and the operator badge, driven with real keystrokes."""

from __future__ import annotations

import pytest

from depot.models import AuditEntry, Role, User
from depot.users import create_user
from tests.support.ui import build_window, scanner_type
from ui.qt import QApplication, QLineEdit, Qt
from ui.scan_router import ScanRouter
from ui.sections import SECTIONS


@pytest.fixture
def window(qtbot, sqlite_db):
    win = build_window(sqlite_db)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.router.uninstall()
    win.ctx.close()


def test_every_section_is_present_and_reachable_by_shortcut(window, qtbot):
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        s.title for s in SECTIONS]
    for s in SECTIONS:
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{s.shortcut}"))
        assert window.current_key() == s.key
    assert "SQLite" in window.db_label.text()
    assert "test-station" in window.station_label.text()


def test_scan_burst_in_any_widget_reaches_the_router_exactly_once(qtbot, window):
    field = QLineEdit(window)
    field.show()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    got: list[str] = []
    window.router.scanned.connect(got.append)
    codes = ("RMA-2611-00001", "SN12345678", "P-FUSER-01", "LN-00001", "HO-2611-00001")
    for code in codes:
        # a routed scan may open another screen and move the focus: the next scan goes to
        # whatever widget has focus then, as it does at a real desk
        target = QApplication.focusWidget() or window
        scanner_type(qtbot, target, code)
    assert got == list(codes)
    assert field.text() == "", "a scan never lands in the focused field"


def test_human_typing_is_replayed_to_the_field(qtbot, sqlite_db):
    router = ScanRouter(max_gap_ms=30)
    router.install()
    try:
        field = QLineEdit()
        qtbot.addWidget(field)
        field.show()
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        got: list[str] = []
        router.scanned.connect(got.append)
        qtbot.keyClicks(field, "hello", delay=80)
        qtbot.wait(60)
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert field.text() == "hello"
        assert got == []
    finally:
        router.uninstall()


def test_malformed_scan_shows_message_and_writes_nothing(qtbot, window):
    before = (AuditEntry.select().count(), User.select().count())
    window.on_scan("RMA-9913-1")
    assert window.banner.isVisible() and window.banner.level == "error"
    assert "RMA" in window.banner.label.text()
    window.on_scan("SN\x07BAD")
    assert "control character" in window.banner.label.text()
    assert (AuditEntry.select().count(), User.select().count()) == before


def test_badge_scan_switches_the_operator(qtbot, window):
    user = create_user(None, "Ann Li", "BDG-A001", Role.MANAGER)
    scanner_type(qtbot, window.focusWidget() or window, "BDG-A001")
    assert window.ctx.operator is not None and window.ctx.operator.id == user.id
    assert "Ann Li" in window.operator_label.text()
    window.on_scan("BDG-NOBODY1")
    assert window.banner.level == "error"
    assert "No operator has badge BDG-NOBODY1" in window.banner.label.text()
    assert window.ctx.operator.id == user.id


class CountingRouter(ScanRouter):
    """Records which objects the router's filter was asked about."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[object] = []

    def eventFilter(self, obj, event) -> bool:
        self.seen.append(obj)
        return super().eventFilter(obj, event)


def shown(qtbot, window, *widgets):
    """`window` shown with `widgets` stacked in it."""
    from ui.qt import QVBoxLayout

    qtbot.addWidget(window)
    box = QVBoxLayout(window)
    for widget in widgets:
        box.addWidget(widget)
    window.show()
    return window


def test_router_follows_the_focus_and_filters_nothing_else(qtbot, sqlite_db):
    """The router sits on the focused widget only: a repaint elsewhere costs it nothing,
    and a scan into a window opened later (a dialog) still reaches it."""
    from ui.qt import QDialog, QLabel

    router = CountingRouter()
    router.install()
    try:
        label, field = QLabel("elsewhere"), QLineEdit()
        _dialog = shown(qtbot, QDialog(), label, field)  # held: no wrapper, no window
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        got: list[str] = []
        router.scanned.connect(got.append)
        scanner_type(qtbot, field, "SN00042")
        assert got == ["SN00042"] and field.text() == ""
        router.seen.clear()
        for _ in range(3):
            label.repaint()
        assert all(obj is not label for obj in router.seen)
    finally:
        router.uninstall()
    scanner_type(qtbot, field, "SN00043")  # uninstalled: the keys are the field's again
    assert got == ["SN00042"] and field.text() == "SN00043"


def test_router_leaves_a_field_once_the_focus_moves_on(qtbot, sqlite_db):
    router = CountingRouter()
    router.install()
    try:
        from ui.qt import QWidget

        first, second = QLineEdit(), QLineEdit()
        _window = shown(qtbot, QWidget(), first, second)
        first.setFocus()
        qtbot.waitUntil(first.hasFocus)
        second.setFocus()
        qtbot.waitUntil(second.hasFocus)
        router.seen.clear()
        first.repaint()
        second.repaint()
        assert all(obj is not first for obj in router.seen)
        assert any(obj is second for obj in router.seen)
    finally:
        router.uninstall()
