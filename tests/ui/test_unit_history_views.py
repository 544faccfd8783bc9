"""A unit that was here before says so: on the intake card, and on the bench's Unit history tab."""

from __future__ import annotations

from datetime import date

import pytest

from rma import customers, intake, units
from rma.models import Rma, RmaEvent
from tests.support.ui import build_window, scanner_type
from ui.qt import Qt


@pytest.fixture
def window(qtbot, db, fixed_clock, manager, technician):
    model = units.create_model(manager, code="LP-200", name="Label printer", warranty_months=12)
    acme = customers.create_customer(manager, name="ACME Ltd")
    for serial in ("SN-BACK-01", "SN-NEW-02"):
        units.register_unit(manager, serial=serial, model=model, customer=acme,
                            sale_date=date(2025, 11, 1))
    # the first visit: received, repaired and shipped ten days ago
    first = intake.receive(technician, serial="SN-BACK-01", fault="Paper jam")
    RmaEvent.create(rma=first, actor=technician, kind="finish_repair", from_state="in_repair",
                    to_state="testing", note="Replaced pickup roller PR-7")
    Rma.update(state="shipped", is_open=False, shipped_at=fixed_clock.now()).where(
        Rma.id == first.id).execute()
    fixed_clock.advance(days=10)
    win = build_window(db)
    qtbot.addWidget(win)
    win.ctx.set_operator(technician)
    win.show()
    qtbot.waitExposed(win)
    win.first = first
    yield win
    win.router.uninstall()
    win.ctx.close()


def test_the_intake_card_names_the_earlier_visit(qtbot, window):
    page = window.show_section("intake")
    page.activated()
    scanner_type(qtbot, window.focusWidget() or window, "SN-BACK-01")
    text = page.visits.text()
    assert window.first.number in text and "Paper jam" in text and "1 RMA" in text
    assert "received 2026-01-05" in text and "shipped" in text
    qtbot.keyClick(page.fault, Qt.Key.Key_Escape)  # drop this intake
    assert page.visits.text() == "", "the line goes with the unit"
    scanner_type(qtbot, window.focusWidget() or window, "SN-NEW-02")
    assert page.unit.serial == "SN-NEW-02" and page.visits.text() == "", "a first visit"


def test_the_bench_lists_the_earlier_rma_and_opens_it(qtbot, window, technician):
    second = intake.receive(technician, serial="SN-BACK-01", fault="Paper jam again")
    bench = window.show_section("bench")
    bench.open_item(second.id)
    assert bench.tabs.tabText(bench.history_tab) == "Unit history (1)"
    table = bench.history
    assert table.rowCount() == 1
    facts, story = table.item(0, 0).text().splitlines(), table.item(0, 1).text().splitlines()
    assert facts[:3] == [window.first.number, "received 2026-01-05", "left 2026-01-05"]
    assert "shipped" in facts and "In warranty" in facts
    assert story == ["Paper jam", "· Replaced pickup roller PR-7"]
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_Return)  # Enter opens it, as a double-click does
    assert bench.rma.id == window.first.id
    assert bench.tabs.tabText(bench.history_tab) == "Unit history (1)", "and back the other way"
    assert bench.history.item(0, 0).text().splitlines()[0] == second.number


def test_first_visit_has_an_empty_history(qtbot, window, technician):
    rma = intake.receive(technician, serial="SN-NEW-02", fault="No power")
    bench = window.show_section("bench")
    bench.open_item(rma.id)
    assert bench.tabs.tabText(bench.history_tab) == "Unit history"
    assert bench.history.rowCount() == 0
