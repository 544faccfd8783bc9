"""Every page fits a 1280 × 800 window, in English and in Chinese, with a depot's data in it.

A page whose minimum width is too large does not clip: Qt widens the whole
window past the screen's edge, at the moment the page is shown. The Reports
tiles did so with their targets unwrapped (1,297 px); this keeps every page
honest with the demo depot's realistic names and figures on screen.
"""

from __future__ import annotations

import pytest

from depot import cli
from depot.models import User
from tests.support.ui import build_window
from ui.qt import QApplication
from ui.workers import wait_all

#: the smallest screen Depot is laid out for (a 14" laptop, a desk monitor at 125 %)
WIDTH, HEIGHT = 1280, 800


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_page_fits_1280_by_800(qtbot, sqlite_db, language):
    cli.seed_demo()
    win = build_window(sqlite_db, language)
    qtbot.addWidget(win)
    win.resize(WIDTH, HEIGHT)
    win.ctx.set_operator(User.get(User.badge == "BDG-T001"))
    win.show()
    qtbot.waitExposed(win)
    too_wide = {}
    try:
        for key in list(win.pages):
            page = win.show_section(key)
            if key == "intake":
                win.on_scan("P8815A220341")  # a unit on the card, with its earlier visit
            if key == "reports":  # the tiles filled with the month's figures and targets
                qtbot.waitUntil(lambda p=page: p.monthly.figures is not None, timeout=10_000)
            wait_all()
            for _ in range(3):
                QApplication.processEvents()
            if win.minimumSizeHint().width() > WIDTH or win.width() > WIDTH:
                too_wide[key] = (win.minimumSizeHint().width(), page.minimumSizeHint().width())
    finally:
        win.pages["quotes"].wait()
        wait_all()
        win.router.uninstall()
        win.ctx.close()
    assert not too_wide, f"pages wider than {WIDTH} px (window, page minimum): {too_wide}"
