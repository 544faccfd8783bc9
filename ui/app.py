"""Start the GUI: application object, language, style, main window, scan router."""

from __future__ import annotations

import sys
from collections.abc import Callable

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
    router.watch(window)
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


def start(url: str | None, *, language: str | None, open_db: Callable[[str], DbInfo],
          seed: Callable[[], None] | None = None) -> int:
    """The GUI start-up: choose the database (first-run dialog), open it, run.

    `url` is None when neither `--db`, `DEPOT_DB` nor `--demo` chose one: then
    this workstation's saved choice is used, or the first-run dialog asks.
    A database that cannot be opened is reported in a message box — the
    windowed program has no console to print to.
    """
    from depot import config
    from depot.errors import DomainError
    from rma.schema import SCHEMA_VERSION
    from ui.connection_dialog import startup_url
    from ui.qt import QCoreApplication, QMessageBox

    app = application()
    settings = QSettings()
    i18n.install(app, i18n.choose_language(language, settings))
    station = str(settings.value("station", "") or "")
    if station and not config.station_is_set():
        config.set_station_name(station)
    if url is None:
        url = startup_url(settings, known_version=SCHEMA_VERSION)
        if url is None:
            return 0
    try:
        info = open_db(url)
        if seed is not None:
            seed()
    except DomainError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("Startup", "Depot cannot start"),
                             str(exc))
        return 2
    return run(info, language)
