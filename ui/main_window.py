"""The main window: sections on the left, the page on the right, scans everywhere."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping

import resources
from depot import users
from depot.errors import DomainError
from depot.scan import Scan, ScanKind, parse_scan
from ui.context import AppContext
from ui.pages.base import NotYetPage, Page
from ui.qt import (
    QAction,
    QHBoxLayout,
    QIcon,
    QKeySequence,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSize,
    QStackedWidget,
    Qt,
    QVBoxLayout,
    QWidget,
)
from ui.scan_router import ScanRouter
from ui.sections import SECTIONS
from ui.widgets import Banner

log = logging.getLogger(__name__)


KEYS = [s.key for s in SECTIONS]


class LazyPages(Mapping[str, Page]):
    """The section pages, each built on first use.

    Building all eight pages up front made the window slow to open (and every
    GUI test with it); a page nobody visits is never built.
    """

    def __init__(self, build: Callable[[str], Page]) -> None:
        self._build = build
        self._built: dict[str, Page] = {}

    def __getitem__(self, key: str) -> Page:
        if key not in KEYS:
            raise KeyError(key)
        if key not in self._built:
            self._built[key] = self._build(key)
        return self._built[key]

    def __iter__(self) -> Iterator[str]:
        return iter(KEYS)

    def __len__(self) -> int:
        return len(KEYS)

    def built(self) -> list[Page]:
        return list(self._built.values())


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, router: ScanRouter | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("Depot"))
        self.setWindowIcon(QIcon(str(resources.path("icons", "depot.png"))))
        self.resize(1280, 800)
        self.router = router or ScanRouter(self)
        self.router.scanned.connect(self.on_scan)

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.banner = Banner()
        outer.addWidget(self.banner)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        outer.addLayout(body, 1)

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(200)
        self.nav.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.stack = QStackedWidget()
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.pages = LazyPages(self._build_page)
        for s in SECTIONS:
            self.stack.addWidget(QWidget())  # stands in until the page is first shown
            item = QListWidgetItem(s.translated_title())
            item.setData(Qt.ItemDataRole.UserRole, s.key)
            item.setToolTip(f"{s.translated_title()} ({s.shortcut})")
            self.nav.addItem(item)
            action = QAction(self)
            action.setShortcut(QKeySequence(s.shortcut))
            action.triggered.connect(lambda _=False, k=s.key: self.show_section(k))
            self.addAction(action)
        self.nav.currentRowChanged.connect(self._row_changed)

        self._build_status_bar()
        self._build_help_menu()
        ctx.message.connect(self.banner.show_message)
        ctx.operator_changed.connect(self._show_operator)
        ctx.open_request.connect(self._open_request)
        self.show_section("intake")

    # -- pages -------------------------------------------------------------
    def _build_page(self, key: str) -> Page:
        """Build a section's page the first time it is needed, in its place in the stack."""
        index = KEYS.index(key)
        s = SECTIONS[index]
        cls = s.load()
        if cls is None:
            page: Page = NotYetPage(self.ctx, s.translated_title(), s.translated_blurb(), s.issue)
        else:
            page = cls(self.ctx)
        stand_in = self.stack.widget(index)
        showing = self.stack.currentIndex() == index
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(stand_in)
        stand_in.deleteLater()
        if showing:
            self.stack.setCurrentIndex(index)
        return page

    def show_section(self, key: str) -> Page:
        page = self.pages[key]
        self.nav.setCurrentRow(KEYS.index(key))
        return page

    def current_key(self) -> str:
        return SECTIONS[self.stack.currentIndex()].key

    def _row_changed(self, row: int) -> None:
        if row < 0:
            return
        page = self.pages[SECTIONS[row].key]
        self.stack.setCurrentIndex(row)
        page.activated()
        page.refresh(None)

    def _open_request(self, key: str, payload: object) -> None:
        if SECTIONS[KEYS.index(key)].load() is None:
            return  # that section is not built yet: stay where the person is
        self.show_section(key).open_item(payload)

    # -- scans -------------------------------------------------------------
    def on_scan(self, text: str) -> None:
        """Route one scan: badge → operator; anything else → the page that handles it."""
        try:
            scan = parse_scan(text)
        except DomainError as exc:
            self.ctx.error(str(exc))
            return
        if scan.kind == ScanKind.BADGE:
            user = self.ctx.attempt(users.by_badge, scan.value)
            if user is not None:
                self.ctx.set_operator(user)
                self.ctx.ok(self.tr("Operator: {name}").format(name=user.name))
            return
        self.route(scan)

    def route(self, scan: Scan) -> None:
        current = self.pages[self.current_key()]
        if scan.kind in current.handles:
            current.handle_scan(scan)
            return
        for s in SECTIONS:
            cls = s.load()  # the class says what it handles: no need to build the page
            if cls is not None and scan.kind in cls.handles:
                self.show_section(s.key).handle_scan(scan)
                return
        self.ctx.error(
            self.tr("Scanned {code}: no screen handles this kind of code yet.").format(
                code=scan.value)
        )

    # -- status bar ----------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.operator_label = QLabel()
        self.operator_label.setObjectName("statusOperator")
        self.db_label = QLabel(self.ctx.db_info.display)
        self.station_label = QLabel(self.tr("Station: {name}").format(name=self.ctx.station))
        bar.addWidget(self.operator_label, 1)
        bar.addPermanentWidget(self.station_label)
        bar.addPermanentWidget(self.db_label)
        self._show_operator(self.ctx.operator)

    def _show_operator(self, user: object) -> None:
        if user is None:
            self.operator_label.setText(self.tr("No operator — scan your badge"))
        else:
            self.operator_label.setText(self.tr("Operator: {name}").format(name=user.name))

    # -- help ----------------------------------------------------------------
    def _build_help_menu(self) -> None:
        """Help ▸ About Depot (F12): version, database, log folder, diagnostics for support."""
        self.about_action = QAction(self.tr("About Depot"), self)
        self.about_action.setShortcut(QKeySequence("F12"))
        self.about_action.triggered.connect(self.show_about)
        self.addAction(self.about_action)  # F12 works wherever focus is, like the sections
        self.menuBar().addMenu(self.tr("&Help")).addAction(self.about_action)

    def show_about(self) -> None:
        from ui.about import AboutDialog  # rarely opened: loaded when asked for

        dialog = AboutDialog(self.ctx.db_info, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def closeEvent(self, event) -> None:
        self.ctx.settings.setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)
