"""Start the GUI: application object, language, style, main window, scan router."""

from __future__ import annotations

import sys

import resources
from depot.db import DbInfo
from ui import i18n
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.qt import QApplication, QSettings
from ui.scan_router import ScanRouter


def application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName("Depot")
    app.setApplicationName("Depot")
    style = resources.path("style.qss")
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app


def build_main_window(db_info: DbInfo, language: str | None = None) -> MainWindow:
    """Everything but the event loop (also used by `--self-test` and the tests)."""
    app = application()
    settings = QSettings()
    i18n.install(app, i18n.choose_language(language, settings))
    ctx = AppContext(db_info, settings)
    router = ScanRouter(app)
    router.install(app)
    window = MainWindow(ctx, router)
    geometry = settings.value("window/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    return window


def run(db_info: DbInfo, language: str | None = None) -> int:
    from ui.live import StationServices

    app = application()
    window = build_main_window(db_info, language)
    services = StationServices(window.ctx, window).start()  # live link, daily backup
    window.show()
    code = app.exec()
    services.stop()
    window.router.uninstall(app)
    window.ctx.close()
    return code
