"""The About dialog: what support asks for first, one key (F12) away."""

from __future__ import annotations

import platform

import pytest

import depot
from depot import config
from depot.db import DbInfo
from tests.support.ui import build_window
from ui.about import AboutDialog, diagnostics
from ui.qt import QGuiApplication, QKeySequence, Qt, qVersion


@pytest.fixture
def about(qtbot, sqlite_db):
    dialog = AboutDialog(sqlite_db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_shows_version_database_and_log_folder(about, sqlite_db):
    assert about.windowTitle() == "About Depot"
    assert about.version_label.text() == depot.__version__
    assert about.database_label.text() == sqlite_db.display
    assert about.log_label.text() == str(config.log_dir())


def test_copy_diagnostics_puts_the_report_on_the_clipboard(qtbot, about, sqlite_db):
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(about.copy_button, Qt.MouseButton.LeftButton)
    text = QGuiApplication.clipboard().text()
    assert f"Depot:       {depot.__version__}\n" in text
    assert f"Database:    {sqlite_db.display}\n" in text
    assert str(config.log_dir() / "depot.log") in text
    assert qVersion() in text and platform.python_version() in text
    assert "source checkout" in text  # the tests run from source, not the bundle
    assert about.status.text() == "Diagnostics copied to the clipboard."


def test_the_report_never_carries_a_database_password():
    info = DbInfo("postgresql://clerk:s3cret@db.depot.local/depot", "postgresql", None,
                  "postgresql://clerk@db.depot.local:5432/depot")
    report = diagnostics(info)
    assert "s3cret" not in report
    assert "postgresql://clerk@db.depot.local:5432/depot" in report


def test_f12_opens_about_from_the_main_window(qtbot, sqlite_db):
    win = build_window(sqlite_db)
    qtbot.addWidget(win)
    try:
        win.show()
        qtbot.waitExposed(win)
        assert win.about_action.shortcut() == QKeySequence("F12")
        help_menu = win.menuBar().actions()[-1].menu()
        assert win.about_action in help_menu.actions()
        with qtbot.waitActive(win):  # shortcuts act in the active window only
            win.activateWindow()
        qtbot.keyClick(win, Qt.Key.Key_F12)
        qtbot.waitUntil(lambda: win.findChild(AboutDialog) is not None)
        dialog = win.findChild(AboutDialog)
        assert dialog.database_label.text() == sqlite_db.display
        dialog.close()
    finally:
        win.router.uninstall()
        win.ctx.close()
