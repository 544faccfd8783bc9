"""The Reports page driven like a person: scans, clicks, worker threads, files on disk."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import openpyxl
import pytest

from depot.db import database
from depot.models import Role, User
from depot.scan import ScanKind
from depot.users import create_user
from rma import feedback
from rma import handover as ho
from rma.models import Rma
from tests.support import signoff as s
from tests.support.ui import build_window, scanner_type
from ui.pages.reports import REFRESH_DELAY_MS, ReportsPage
from ui.qt import Qt
from ui.workers import JobPanel, Worker, wait_all


@pytest.fixture
def people(sqlite_db):
    manager = create_user(None, "Mia Manager", "BDG-M001", Role.MANAGER)
    return {
        "manager": manager,
        "clerk": create_user(manager, "Sue Desk", "BDG-S001", Role.SERVICE_DESK),
        "tech": create_user(manager, "Tom Tech", "BDG-T001", Role.TECHNICIAN),
    }


@pytest.fixture
def window(qtbot, sqlite_db, people, fixed_clock, tmp_path):
    win = build_window(sqlite_db)
    qtbot.addWidget(win)
    win.ctx.settings.setValue("exports/folder", str(tmp_path / "exports"))
    win.show()
    qtbot.waitExposed(win)
    opened: list[Path] = []
    page: ReportsPage = win.pages["reports"]
    for panel in (page.monthly.jobs, page.handover.jobs, page.aftercare.jobs):
        panel.folder_opener = opened.append  # no file manager in a test
    win.opened = opened
    yield win
    page.wait()
    wait_all()
    win.ctx.settings.remove("exports/folder")
    win.router.uninstall()
    win.ctx.close()


def _focus(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def test_monthly_tiles_charts_and_month_picker(qtbot, window, people):
    p = people
    cat = s.catalogue(p["manager"])
    rmas = [s.ready_in_warranty(p["manager"], p["clerk"], p["tech"], cat, f"SN-M{i}")
            for i in range(2)]
    out = ho.create(p["clerk"], "depot_to_customer", "Desk", "Walk-in")
    for rma in rmas:
        ho.add_by_scan(p["clerk"], out, rma.number)
    ho.confirm(p["clerk"], out)
    feedback.record_survey(p["clerk"], rmas[0].number, staff=5, quality=5, speed=4)

    page: ReportsPage = window.show_section("reports")
    monthly = page.monthly
    qtbot.waitUntil(lambda: monthly.figures is not None, timeout=10_000)
    assert monthly.tiles["received"].value.text() == "2"
    assert monthly.tiles["shipped"].value.text() == "2"
    assert monthly.tiles["on_time"].value.text() == "100.0 %"
    assert monthly.tiles["on_time"].value.property("met") == "yes"
    assert monthly.tiles["satisfaction"].target.text() == "target ≥ 98.0 %; 1 survey(s)"
    received, shipped = monthly.daily.bar_heights()
    assert received[4] == 2 and shipped[4] == 2 and sum(received) == 2
    assert monthly.technicians.item(0, 0).text() == "Tom Tech"
    assert monthly.technicians.item(0, 1).text() == "2"

    qtbot.mouseClick(monthly.previous, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: monthly.figures.month.month == 12, timeout=10_000)
    assert monthly.tiles["received"].value.text() == "0"
    assert monthly.tiles["on_time"].value.text() == "—"

    # a recomputation due after the screen went away never runs (its database may be gone)
    qtbot.waitUntil(lambda: monthly.worker is None, timeout=10_000)
    monthly.schedule()
    page.tabs.setCurrentWidget(page.handover)
    qtbot.wait(REFRESH_DELAY_MS + 300)
    assert monthly.worker is None and monthly.stale
    page.tabs.setCurrentWidget(monthly)  # shown again: recomputed
    assert monthly.worker is not None or not monthly.stale


def test_export_runs_on_a_worker_and_opens_the_folder(qtbot, window):
    page: ReportsPage = window.show_section("reports")
    qtbot.waitUntil(lambda: page.monthly.figures is not None, timeout=10_000)
    with qtbot.waitSignal(page.monthly.jobs.finished, timeout=30_000) as done:
        qtbot.mouseClick(page.monthly.export_button, Qt.MouseButton.LeftButton)
        assert page.monthly.jobs.isVisible()
    path = Path(str(done.args[0]))
    assert path.name == "Monthly report 2026-01.xlsx" and path.exists()
    assert window.opened == [path]
    assert "Monthly report written" in window.banner.label.text()
    assert openpyxl.load_workbook(path).sheetnames[0] == "Summary"


def test_scan_driven_courier_handover_in_the_gui(qtbot, window, people):
    p = people
    cat = s.catalogue(p["manager"])
    paid = s.ready_in_warranty(p["manager"], p["clerk"], p["tech"], cat, "SN-G1")
    unpaid = s.ready_unpaid(p["manager"], p["clerk"], p["tech"], cat, "SN-G2")
    page: ReportsPage = window.show_section("reports")
    panel = page.handover
    qtbot.mouseClick(page.tabs.tabBar(), Qt.MouseButton.LeftButton,
                     pos=page.tabs.tabBar().tabRect(1).center())
    assert page.tabs.currentWidget() is panel
    _focus(qtbot, panel.from_party)
    scanner_type(qtbot, panel.from_party, "BDG-S001")  # the clerk's badge
    assert window.ctx.operator.name == "Sue Desk"
    panel.kind.setCurrentIndex(panel.kind.findData("depot_to_courier"))
    qtbot.keyClicks(panel.from_party, "Shipping desk", delay=60)
    qtbot.keyClicks(panel.to_party, "SF Express", delay=60)
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert panel.is_open() and panel.current.kind == "depot_to_courier"

    _focus(qtbot, panel.scan_field)
    scanner_type(qtbot, panel.scan_field, paid.number)
    assert panel.table.rowCount() == 1 and panel.table.item(0, 1).text() == paid.number
    scanner_type(qtbot, panel.scan_field, unpaid.number)
    assert window.banner.level == "error"
    assert f"{unpaid.number} cannot be handed over: Quote Q-{unpaid.number}-1 is unpaid" in \
        window.banner.label.text()
    assert panel.refused.count() == 1 and unpaid.number in panel.refused.item(0).text()
    assert panel.table.rowCount() == 1

    with qtbot.waitSignal(panel.jobs.finished, timeout=30_000) as done:
        qtbot.mouseClick(panel.confirm_button, Qt.MouseButton.LeftButton)
    assert Rma.get_by_id(paid.id).state == "shipped"
    assert Rma.get_by_id(unpaid.id).state == "ready_to_ship"
    sheet = Path(str(done.args[0]))
    assert sheet.name == f"{panel.current.number}.xlsx"
    assert s.decoded_barcodes(sheet) == [panel.current.number]
    assert not panel.scan_field.isEnabled(), "a confirmed handover takes no more items"


def test_scanning_a_handover_sheet_anywhere_reopens_it(qtbot, window, people):
    number = ho.create(people["clerk"], "shift_change", "Day shift", "Night shift").number
    window.show_section("settings")
    field = window.pages["settings"].value_edit
    _focus(qtbot, field)
    scanner_type(qtbot, field, number)
    page: ReportsPage = window.pages["reports"]
    assert window.current_key() == "reports"
    assert page.tabs.currentWidget() is page.handover
    assert page.handover.current.number == number
    # an open handover takes item scans while it is shown; from anywhere only HO-… numbers
    assert ScanKind.RMA in page.handles and ReportsPage.handles == {ScanKind.HANDOVER}


def test_service_report_survey_and_complaint(qtbot, window, people):
    p = people
    cat = s.catalogue(p["manager"])
    rma = s.ready_in_warranty(p["manager"], p["clerk"], p["tech"], cat, "SN-AC1")
    out = ho.create(p["clerk"], "depot_to_customer", "Desk", "Walk-in")
    ho.add_by_scan(p["clerk"], out, rma.number)
    ho.confirm(p["clerk"], out)
    window.ctx.set_operator(User.get(User.badge == "BDG-S001"))
    page: ReportsPage = window.show_section("reports")
    page.tabs.setCurrentWidget(page.aftercare)
    panel = page.aftercare
    _focus(qtbot, panel.scan_field)
    scanner_type(qtbot, panel.scan_field, "SN-AC1")
    assert rma.number in panel.summary.text() and "shipped" in panel.summary.text()

    panel.speed.setValue(3)
    qtbot.mouseClick(panel.survey_button, Qt.MouseButton.LeftButton)
    survey = feedback.survey_of(rma.number)
    assert (survey.staff, survey.quality, survey.speed) == (5, 5, 3)
    assert not panel.survey_button.isEnabled()

    qtbot.keyClicks(panel.description, "Box dented", delay=40)
    panel.attributable.setCurrentIndex(2)  # not our service
    qtbot.mouseClick(panel.complaint_button, Qt.MouseButton.LeftButton)
    assert panel.complaints.rowCount() == 1
    panel.complaints.selectRow(0)
    qtbot.keyClicks(panel.resolution, "Courier claim filed", delay=40)
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert panel.complaints.rowCount() == 0
    assert feedback.complaints_of(rma.number)[0].attributable is False

    with qtbot.waitSignal(panel.jobs.finished, timeout=30_000) as done:
        qtbot.mouseClick(panel.report_button, Qt.MouseButton.LeftButton)
    assert Path(str(done.args[0])).name == f"{rma.number} service report.xlsx"


def test_worker_thread_gets_its_own_database_connection(qtbot, db, manager):
    """peewee: one connection per thread from the same Database, on SQLite and PostgreSQL."""
    main = database.connection()
    seen: dict[str, object] = {}

    def work(progress, cancelled):
        seen["connection"] = database.connection()
        seen["thread"] = threading.get_ident()
        seen["users"] = User.select().count()
        return "done"

    worker = Worker(work, "probe")
    with qtbot.waitSignal(worker.succeeded, timeout=10_000) as done:
        worker.start()
    worker.wait()
    assert done.args == ["done"]
    assert seen["thread"] != threading.get_ident()
    assert seen["connection"] is not main and seen["users"] == 1
    with pytest.raises(Exception):  # noqa: B017 (sqlite3 and psycopg raise their own types)
        seen["connection"].cursor().execute("SELECT 1")  # type: ignore[attr-defined]
    assert database.connection() is main and User.select().count() == 1


class _Slow:
    title = "slow"

    def run(self, progress, cancelled):
        for n in range(1000):
            if cancelled():
                from exports.xlsx import JobCancelled

                raise JobCancelled
            progress(n, 1000)
            time.sleep(0.01)
        raise AssertionError("never cancelled")


def test_cancel_stops_the_job(qtbot):
    panel = JobPanel()
    qtbot.addWidget(panel)
    panel.start(_Slow())
    qtbot.waitUntil(lambda: panel.bar.maximum() == 1000, timeout=5_000)
    assert panel.start(_Slow()) is None, "one export at a time"
    with qtbot.waitSignal(panel.cancelled, timeout=10_000):
        qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.busy(), timeout=5_000)
    assert not panel.isVisible()
