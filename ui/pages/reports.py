"""The Reports section: monthly KPIs with charts, handovers, service reports and feedback.

Three tabs, because they are the three things a depot "signs off": the month
(KPI tiles, charts, the workbook for management), the handovers (what changed
hands today), and each customer's service report with the survey and
complaints that follow it.

Nothing slow runs on the GUI thread: the month's figures are computed by
`exports.reports.monthly_figures` on a `ui.workers.Worker` (over 300,000 RMAs
that takes seconds, not milliseconds), and every export runs through a
`JobPanel`, which shows progress, can cancel, and opens the folder when done.
"""

from __future__ import annotations

from datetime import date

from depot import clock
from depot.events import Changes
from depot.scan import Scan, ScanKind
from exports.jobs import MonthlyReportJob, default_folder
from exports.reports import MonthlyFigures, monthly_figures
from ui.charts import BarChart
from ui.context import AppContext
from ui.pages.aftercare import RMA_SCANS, AftercarePanel
from ui.pages.base import Page
from ui.pages.handover import ITEM_SCANS, HandoverPanel
from ui.qt import (
    QAbstractItemView,
    QDate,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLocale,
    QPushButton,
    QSizePolicy,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from ui.widgets import heading
from ui.workers import JobPanel, Worker

#: change kinds that move the month's figures
_FIGURE_KINDS = ("rma", "survey", "complaint", "shipping_leg", "loaner", "handover")
#: how long to wait after a change before recomputing (a scan burst is one refresh)
REFRESH_DELAY_MS = 1500

_TILE_STYLE = """
QFrame#kpiTile { background: white; border: 1px solid #d5dde5; border-radius: 8px; }
QLabel#kpiValue { font-size: 20pt; font-weight: 600; color: #1f2a36; }
QLabel#kpiValue[met="yes"] { color: #1e6b34; }
QLabel#kpiValue[met="no"] { color: #a12a1c; }
QLabel#kpiCaption { color: #5a6672; }
QLabel#kpiTarget { color: #6b7785; font-size: 9pt; }
"""


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f} %"


class Tile(QFrame):
    """One KPI: caption, big value, and the target it is judged against."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiTile")
        self.setStyleSheet(_TILE_STYLE)
        # as tall as the tallest tile of the row (one with a wrapped target), top-aligned
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        box = QVBoxLayout(self)
        box.setContentsMargins(14, 10, 14, 10)
        box.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.caption = QLabel(caption)
        self.caption.setObjectName("kpiCaption")
        self.value = QLabel("—")
        self.value.setObjectName("kpiValue")
        self.target = QLabel("")
        self.target.setObjectName("kpiTarget")
        # caption and target wrap: six tiles share one row of a 1280-wide window, and an
        # unwrapped "target ≥ 98.0 %, within 7 days" made the page 1,100 px wide
        for label in (self.caption, self.target):
            label.setWordWrap(True)
        for label in (self.caption, self.value, self.target):
            box.addWidget(label)

    def set(self, value: str, target: str = "", met: bool | None = None) -> None:
        self.value.setText(value)
        self.target.setText(target)
        self.value.setProperty("met", "" if met is None else ("yes" if met else "no"))
        self.value.style().unpolish(self.value)
        self.value.style().polish(self.value)


class MonthlyPanel(QWidget):
    """Month picker, KPI tiles, charts, per-technician table, workbook export."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.figures: MonthlyFigures | None = None
        self.worker: Worker | None = None
        self.stale = True
        self._again = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.compute)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Month")))
        self.previous = QPushButton("◀")
        self.previous.setToolTip(self.tr("Previous month"))
        self.previous.setFixedWidth(36)
        self.month = QDateEdit()
        self.month.setDisplayFormat("yyyy-MM")
        today = clock.today()
        self.month.setDate(QDate(today.year, today.month, 1))
        self.next = QPushButton("▶")
        self.next.setToolTip(self.tr("Next month"))
        self.next.setFixedWidth(36)
        self.previous.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(1))
        self.month.dateChanged.connect(lambda _d: self.compute())
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.export_button = QPushButton(self.tr("Export monthly report (.xlsx)"))
        self.export_button.setProperty("primary", True)
        self.export_button.clicked.connect(self.export)
        for widget in (self.previous, self.month, self.next):
            bar.addWidget(widget)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.export_button)
        layout.addLayout(bar)
        self.jobs = JobPanel()
        self.jobs.finished.connect(lambda path: self.ctx.ok(
            self.tr("Monthly report written: {path}").format(path=path)))
        self.jobs.failed.connect(self.ctx.error)
        self.jobs.cancelled.connect(lambda: self.ctx.info(
            self.tr("Export cancelled; nothing was written.")))
        layout.addWidget(self.jobs)

        tiles = QGridLayout()
        self.tiles = {
            "received": Tile(self.tr("RMAs received")),
            "shipped": Tile(self.tr("RMAs shipped")),
            "on_time": Tile(self.tr("On-time rate")),
            "complaints": Tile(self.tr("Complaint rate")),
            "satisfaction": Tile(self.tr("Satisfaction")),
            "turnaround": Tile(self.tr("Median turnaround")),
        }
        for i, tile in enumerate(self.tiles.values()):
            tiles.addWidget(tile, 0, i)
        layout.addLayout(tiles)

        charts = QHBoxLayout()
        self.daily = BarChart(self.tr("RMAs per day"))
        self.causes = BarChart(self.tr("Failures by cause"))
        charts.addWidget(self.daily, 3)
        charts.addWidget(self.causes, 2)
        layout.addLayout(charts, 2)

        self.technicians = QTableWidget(0, 6)
        self.technicians.setHorizontalHeaderLabels([
            self.tr("Technician"), self.tr("Completed"), self.tr("On time"),
            self.tr("Median days"), self.tr("Satisfaction"), self.tr("Repeat repairs")])
        self.technicians.verticalHeader().setVisible(False)
        self.technicians.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.technicians.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.technicians.setMaximumHeight(150)
        layout.addWidget(self.technicians, 1)

    # -- month --------------------------------------------------------------------
    def chosen_month(self) -> date:
        d = self.month.date()
        return date(d.year(), d.month(), 1)

    def step(self, months: int) -> None:
        self.month.setDate(self.month.date().addMonths(months))

    def set_month(self, month: date) -> None:
        self.month.setDate(QDate(month.year, month.month, 1))

    # -- figures ------------------------------------------------------------------
    def schedule(self) -> None:
        """Recompute a little later (many changes in a burst become one recomputation)."""
        self._timer.start()

    def compute(self) -> None:
        """Start computing the chosen month's figures on a worker thread.

        Only while the panel is on screen: a recomputation scheduled just
        before the window closed must not run against whatever database is
        open by the time its timer fires.
        """
        if not self.isVisible():
            self._timer.stop()
            self.stale = True  # recomputed when the panel is shown again
            return
        self.stale = False
        if self.worker is not None:
            self._again = True
            self.worker.cancel()
            return
        month = self.chosen_month()
        self.status.setText(self.tr("Computing {month}…").format(month=f"{month:%Y-%m}"))
        worker = Worker(lambda progress, cancelled: monthly_figures(
            month, progress=progress, cancelled=cancelled), title=f"{month:%Y-%m}")
        worker.succeeded.connect(self.show_figures)
        worker.failed.connect(self._failed)
        worker.finished.connect(self._worker_done)
        self.worker = worker
        worker.start()

    def wait(self, ms: int = 30_000) -> None:
        """Block until figures and exports running now have ended (closing, tests)."""
        if self.worker is not None:
            self.worker.wait(ms)
        self.jobs.wait(ms)

    def _worker_done(self) -> None:
        self.worker = None
        if self._again:
            self._again = False
            self.compute()

    def _failed(self, text: str) -> None:
        self.status.setText("")
        self.ctx.error(text)

    def show_figures(self, figures: MonthlyFigures) -> None:
        if figures.month != self.chosen_month():
            return  # a stale answer for a month no longer chosen
        self.figures = figures
        f = figures
        note = "  ".join(f.notes)
        self.status.setText(note)
        self.tiles["received"].set(f"{f.received:,}")
        self.tiles["shipped"].set(f"{f.shipped:,}", self.tr("{n} returned unrepaired").format(
            n=f.shipped_unrepaired) if f.shipped_unrepaired else "")
        self.tiles["on_time"].set(
            _percent(f.on_time_rate),
            self.tr("target ≥ {target}, within {days} days").format(
                target=_percent(f.on_time_target), days=f.turnaround_days), f.on_time_met())
        self.tiles["complaints"].set(
            _percent(f.complaint_rate),
            self.tr("target < {target}; {n} complaint(s)").format(
                target=_percent(f.complaint_target), n=f.complaints), f.complaint_met())
        self.tiles["satisfaction"].set(
            _percent(f.satisfaction_rate),
            self.tr("target ≥ {target}; {n} survey(s)").format(
                target=_percent(f.satisfaction_target), n=f.surveys), f.satisfaction_met())
        self.tiles["turnaround"].set(
            "—" if f.median_days is None else self.tr("{days} days").format(
                days=f"{f.median_days:.1f}"))
        days = [str(d + 1) for d in range(f.days)]
        self.daily.set_bars(days, [(self.tr("Received"), list(f.received_by_day)),
                                   (self.tr("Shipped"), list(f.shipped_by_day))],
                            label_every=5)
        causes: dict[str, int] = {}
        for row in f.failures:
            causes[row.cause_label] = causes.get(row.cause_label, 0) + row.rmas
        top = sorted(causes.items(), key=lambda kv: -kv[1])[:8]
        self.causes.set_bars([_short(label) for label, _ in top],
                             [(self.tr("RMAs"), [n for _, n in top])])
        self.technicians.setRowCount(len(f.technicians))
        for r, t in enumerate(f.technicians):
            values = (t.name, str(t.completed), str(t.on_time),
                      "—" if t.median_days is None else f"{t.median_days:.1f}",
                      _percent(t.satisfaction_rate), str(t.repeats))
            for c, value in enumerate(values):
                self.technicians.setItem(r, c, QTableWidgetItem(value))

    def export(self) -> None:
        folder = self.ctx.settings.value("exports/folder", "") or str(default_folder())
        if self.jobs.start(MonthlyReportJob(self.chosen_month(), folder)) is None:
            self.ctx.error(self.tr("An export is already running."))


def _short(label: str, limit: int = 18) -> str:
    """A chart axis label: the part of "English / 中文" in the UI's language, cut to fit."""
    parts = label.split(" / ")
    chinese = QLocale().language() == QLocale.Language.Chinese
    text = parts[-1] if chinese and len(parts) > 1 else parts[0]
    if chinese:
        limit //= 2  # Chinese characters are twice as wide
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _Handles:
    """`Page.handles` that follows the page's state.

    On the class it is the fixed set the router registers (handover numbers
    open this page from anywhere); on a page it adds what the visible tab
    takes while it is current: items for an open handover, RMAs and serials
    for the service report tab.
    """

    def __init__(self, static: frozenset[ScanKind]) -> None:
        self.static = static

    def __get__(self, page: ReportsPage | None, owner: type) -> frozenset[ScanKind]:
        if page is None:
            return self.static
        return page.current_handles()


class ReportsPage(Page):
    handles = _Handles(frozenset({ScanKind.HANDOVER}))  # type: ignore[assignment]

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading(self.tr("Reports")))
        self.tabs = QTabWidget()
        self.monthly = MonthlyPanel(ctx)
        self.handover = HandoverPanel(ctx)
        self.aftercare = AftercarePanel(ctx)
        self.tabs.addTab(self.monthly, self.tr("Monthly KPIs"))
        self.tabs.addTab(self.handover, self.tr("Handovers"))
        self.tabs.addTab(self.aftercare, self.tr("Service reports and feedback"))
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._tab_changed)

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.monthly and self.monthly.stale:
            self.monthly.compute()

    def current_handles(self) -> frozenset[ScanKind]:
        kinds = {ScanKind.HANDOVER}
        tab = self.tabs.currentWidget()
        if tab is self.handover and self.handover.is_open():
            kinds |= ITEM_SCANS
        elif tab is self.aftercare:
            kinds |= RMA_SCANS
        return frozenset(kinds)

    def handle_scan(self, scan: Scan) -> None:
        if scan.kind == ScanKind.HANDOVER:
            self.tabs.setCurrentWidget(self.handover)
            self.handover.handle_scan(scan)
        elif self.tabs.currentWidget() is self.handover:
            self.handover.handle_scan(scan)
        elif self.tabs.currentWidget() is self.aftercare:
            self.aftercare.handle_scan(scan)

    def open_item(self, payload: object) -> None:
        """Another page asks for an RMA's service report (payload: RMA id or number)."""
        from rma.models import Rma

        found = (Rma.get_or_none(Rma.id == payload) if isinstance(payload, int)
                 else Rma.get_or_none(Rma.number == str(payload)))
        if found is not None:
            self.tabs.setCurrentWidget(self.aftercare)
            self.aftercare.choose(found)

    def refresh(self, changes: Changes | None = None) -> None:
        if changes is None:
            self.monthly.compute()
        elif changes.touches(*_FIGURE_KINDS):
            self.monthly.schedule()
        self.handover.refresh(changes)
        self.aftercare.refresh(changes)

    def wait(self, ms: int = 30_000) -> None:
        """Block until background work of this page has ended (closing, tests)."""
        self.monthly.wait(ms)
        self.handover.jobs.wait(ms)
        self.aftercare.jobs.wait(ms)
