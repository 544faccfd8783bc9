"""The bench driven like a technician: scans, shortcuts, buttons and dialogs.

The main story is the paid repair of issue 3 through the screens: a unit out
of warranty is opened on the bench by scanning its RMA label, diagnosed,
quoted and accepted on the Quotes & payments screen, paid in part (the
start-repair button is disabled and the bench *says* how much is
outstanding), paid in full, repaired with a part issued by scanning its
label, tested and shipped.
"""

from __future__ import annotations

import pytest

from depot.models import Role
from depot.users import create_user
from inventory.models import Part, StockLevel
from rma import diagnosis, parts, workflow
from rma.models import Rma, Unit
from rma.transitions import Action
from tests.support.repair import make_world, receive, stock_part
from tests.support.ui import build_window, commit_text, scanner_type
from ui.pages.bench import BenchPage, QueueModel
from ui.pages.repair_forms import OVERDUE_BG
from ui.qt import QDialogButtonBox, Qt
from ui.workers import wait_all

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def depot(qtbot, db, fixed_clock, manager, technician, clerk, storekeeper, tmp_path):
    world = make_world(manager)
    # first stocked at 1,250.00, later bought at 1,400.00: quoted at the cap, 1,250.00
    stock_part(storekeeper, "P-PSU-450", "Power supply 450 W", (2, 125_000), (2, 140_000))
    stock_part(storekeeper, "P-BELT", "Drive belt", (5, 8_000))
    win = build_window(db)
    qtbot.addWidget(win)
    win.ctx.settings.setValue("exports/folder", str(tmp_path / "exports"))
    win.ctx.set_operator(technician)
    win.show()
    qtbot.waitExposed(win)
    win.world = world
    yield win
    win.pages["quotes"].wait()
    wait_all()
    win.ctx.settings.remove("exports/folder")
    win.router.uninstall()
    win.ctx.close()


def focused(win):
    return win.focusWidget() or win


def press(qtbot, win, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(win), key, modifiers)


def ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def badge(qtbot, win, code: str) -> None:
    scanner_type(qtbot, focused(win), code)


def state(rma: Rma) -> str:
    return Rma.get_by_id(rma.id).state


def test_paid_repair_through_the_screens(qtbot, depot, clerk, technician):
    win = depot
    rma = receive(clerk, "SN-OOW-1", fault="No power, smells burnt")
    assert rma.coverage == "out_of_warranty"

    # -- scanning the RMA label anywhere opens it on the bench
    scanner_type(qtbot, focused(win), rma.number)
    assert win.current_key() == "bench"
    bench: BenchPage = win.pages["bench"]
    assert bench.rma.id == rma.id and bench.title.text() == rma.number
    assert bench.coverage.property("coverage") == "out_of_warranty"
    assert "Out of warranty" in bench.coverage_reason.text()
    assert "Turnaround" in bench.sla.text()

    # -- start diagnosis by its shortcut; the diagnosis form takes focus
    press(qtbot, win, Qt.Key.Key_D, CTRL)
    assert state(rma) == "diagnosing"
    assert bench.findings.hasFocus()
    commit_text(bench.findings, "电源初级 MOSFET 击穿 — PSU primary MOSFET shorted")
    bench.cause.setCurrentIndex(bench.cause.findData("power_supply"))
    press(qtbot, win, Qt.Key.Key_S, CTRL)
    found = diagnosis.diagnosis_of(rma)
    assert found.cause_code == "power_supply" and "MOSFET" in found.findings
    commit_text(bench.need_part, "P-PSU-450")
    bench.need_add.click()
    assert bench.needed.rowCount() == 1 and bench.needed.item(0, 0).text() == "P-PSU-450"
    repair = bench.action_buttons[Action.START_REPAIR]
    assert not repair.isEnabled()
    assert "make a quote" in bench.why_label.text() and bench.why_label.isVisible()

    # -- the quote: Ctrl+Q opens the RMA on Quotes & payments
    press(qtbot, win, Qt.Key.Key_Q, CTRL)
    assert win.current_key() == "quotes"
    quotes = win.pages["quotes"]
    assert quotes.rma.id == rma.id
    quotes.draft_button.click()  # prefilled from the needed part, capped at 1,250.00
    assert [(ln.part_code, ln.amount) for ln in quotes.lines] == [("P-PSU-450", 125_000)]
    assert quotes.total_label.text() == "Total 1,250.00 CNY"
    quotes.issue_button.click()
    assert state(rma) == "awaiting_approval"
    dialog = quotes.accept()
    dialog.method_buttons["signed"].click()
    commit_text(dialog.note, "王先生签字确认 Signed by Mr Wang")
    ok(dialog)
    assert state(rma) == "awaiting_payment"

    # -- a partial payment at the desk (the clerk scans her badge)
    badge(qtbot, win, "BDG-S001")
    assert win.ctx.operator.id == clerk.id
    commit_text(quotes.amount, "500.00")
    commit_text(quotes.reference, "WX-0001")
    quotes.pay_button.click()
    assert quotes.outstanding_value.text() == "750.00"
    assert state(rma) == "awaiting_payment"

    # -- back on the bench: start repair is disabled and the screen says why
    press(qtbot, win, Qt.Key.Key_F2)
    badge(qtbot, win, "BDG-T001")
    assert win.current_key() == "bench" and bench.rma.id == rma.id
    repair = bench.action_buttons[Action.START_REPAIR]
    assert not repair.isEnabled()
    reason = "is not fully paid: 750.00 outstanding (500.00 of 1,250.00 received)."
    assert reason in repair.toolTip()
    assert reason in bench.why_label.text() and bench.why_label.isVisible()
    press(qtbot, win, Qt.Key.Key_R, CTRL)  # the shortcut of a closed gate says why, too
    assert win.banner.level == "error" and reason in win.banner.label.text()
    assert state(rma) == "awaiting_payment"

    # -- the rest is paid: the RMA is released for repair
    press(qtbot, win, Qt.Key.Key_F3)
    badge(qtbot, win, "BDG-S001")
    commit_text(quotes.amount, "750")
    quotes.method.setCurrentIndex(quotes.method.findData("bank_transfer"))
    commit_text(quotes.reference, "ICBC 3321")
    quotes.pay_button.click()
    assert "released for repair" in win.banner.label.text()
    assert quotes.outstanding_value.text() == "0.00"
    assert state(rma) == "awaiting_parts"

    # -- repair: the button is enabled now; its shortcut starts the repair
    press(qtbot, win, Qt.Key.Key_F2)
    badge(qtbot, win, "BDG-T001")
    assert bench.action_buttons[Action.START_REPAIR].isEnabled()
    assert bench.action_buttons[Action.START_REPAIR].property("primary") is True
    press(qtbot, win, Qt.Key.Key_R, CTRL)
    assert state(rma) == "in_repair"

    # -- a part issued by scanning its label
    psu = Part.get(Part.part_number == "P-PSU-450")
    before = StockLevel.get(StockLevel.part == psu.id).on_hand
    scanner_type(qtbot, focused(win), "P-PSU-450")
    assert "Issued 1 × P-PSU-450" in win.banner.label.text()
    assert StockLevel.get(StockLevel.part == psu.id).on_hand == before - 1
    assert bench.parts_table.rowCount() == 1
    assert bench.parts_table.item(0, 0).text() == "P-PSU-450"
    assert bench.tabs.currentIndex() == 2
    scanner_type(qtbot, focused(win), "P-BELT")  # not on the accepted quote: refused
    assert win.banner.level == "error" and "not on the accepted quote" in win.banner.label.text()
    assert len(parts.parts_of(rma)) == 1

    # -- finish (the work done is required), test, ship
    press(qtbot, win, Qt.Key.Key_E, CTRL)
    finish = bench.dialog
    ok(finish)
    assert finish.error_label.isVisible() and "Describe the work done" in \
        finish.error_label.text()
    commit_text(finish.text, "Replaced the PSU, 48 h burn-in")
    ok(finish)
    assert state(rma) == "testing"
    press(qtbot, win, Qt.Key.Key_T, CTRL)
    assert state(rma) == "ready_to_ship"
    press(qtbot, win, Qt.Key.Key_S, CTRL_SHIFT)
    ship = bench.dialog
    commit_text(ship.carrier, "顺丰速运 SF Express")
    commit_text(ship.tracking, "SF100200300")
    ok(ship)
    assert state(rma) == "shipped"
    assert bench.state.text() == "shipped"
    assert "may not close an RMA" in bench.why_label.text()  # the desk closes it on delivery

    # -- the timeline tells the whole story, newest first: what (and where to), then the note
    lines = [bench.timeline.item(i, 2).text().split("\n")
             for i in range(bench.timeline.rowCount())]
    whats = [line[0].split(" · ")[0] for line in lines]
    assert whats[0] == "Shipped" and whats[-1] == "Received"
    for expected in ("Diagnosis started", "Diagnosis recorded", "Part needed", "Quote issued",
                     "Quote accepted", "Payment", "Released for repair", "Repair started",
                     "Part issued", "Repair finished", "Test passed"):
        assert expected in whats
    assert whats.count("Payment") == 2
    assert lines[0][0] == "Shipped · ready to ship → shipped"
    finished = lines[whats.index("Repair finished")]
    assert finished == ["Repair finished · in repair → testing",
                        "Replaced the PSU, 48 h burn-in"]
    assert [bench.timeline.item(0, 1).text()] == ["Tom Tech"]


def test_queue_tabs_time_left_and_overdue_highlight(qtbot, depot, clerk, technician, manager,
                                                    fixed_clock, qtmodeltester):
    win = depot
    first = receive(clerk, "SN-WAR-1")
    second = receive(clerk, "SN-WAR-2")
    receive(clerk, "SN-OOW-2")
    workflow.start_diagnosis(technician, first)
    other = create_user(manager, "Ann Repair", "BDG-T002", Role.TECHNICIAN)
    workflow.start_diagnosis(other, second)
    bench: BenchPage = win.show_section("bench")
    qtmodeltester.check(bench.queue_model)
    texts = {k: b.text() for k, b in bench.filter_buttons.items()}
    assert texts == {"mine": "Mine (1)", "unassigned": "Unassigned (1)",
                     "overdue": "Overdue (0)", "all": "All (3)"}
    assert bench.filter_buttons["mine"].isChecked()
    assert [r.number for r in bench.queue_model.rows] == [first.number]
    assert bench.queue.isColumnHidden(QueueModel.TECHNICIAN_COLUMN)
    sla = bench.queue_model.index(0, QueueModel.SLA_COLUMN)
    assert bench.queue_model.data(sla) == "12 h"  # the fix target: 12 working hours
    assert "Turnaround: 7 d left (due 2026-01-12 09:00)" in bench.queue_model.data(
        sla, Qt.ItemDataRole.ToolTipRole)

    press(qtbot, win, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert bench.filter_buttons["all"].isChecked() and bench.queue_model.rowCount() == 3
    assert not bench.queue.isColumnHidden(QueueModel.TECHNICIAN_COLUMN)

    # a week and a day later every clock has run out: rows turn red, overdue tab fills
    fixed_clock.advance(days=8)
    bench.refresh(None)
    assert bench.filter_buttons["overdue"].text() == "Overdue (3)"
    bench.filter_buttons["overdue"].click()
    assert bench.queue_model.rowCount() == 3
    index = bench.queue_model.index(0, QueueModel.SLA_COLUMN)
    assert bench.queue_model.data(index).startswith("overdue ")
    assert bench.queue_model.data(index, Qt.ItemDataRole.BackgroundRole).name() == OVERDUE_BG
    qtmodeltester.check(bench.queue_model)

    # clicking a row opens the RMA; its header turns the SLA line red
    bench.queue.selectRow(bench.queue_model.row_of(second.id))
    assert bench.rma.id == second.id
    assert bench.sla.property("status") == "overdue"


def test_stale_write_says_who_and_reloads(qtbot, depot, clerk, technician, manager):
    win = depot
    rma = receive(clerk, "SN-WAR-1")
    bench: BenchPage = win.show_section("bench")
    bench.open_item(rma.number)
    assert bench.action_buttons[Action.START_DIAGNOSIS].isEnabled()
    # another station starts the diagnosis; its change event has not arrived here yet
    win.ctx.blockSignals(True)
    try:
        workflow.start_diagnosis(manager, rma.number)
    finally:
        win.ctx.blockSignals(False)
    assert bench.rma.state == "received"  # this screen still shows the old state
    bench.action_buttons[Action.START_DIAGNOSIS].click()
    assert win.banner.level == "error"
    assert f"{rma.number} was changed by Mia Manager" in win.banner.label.text()
    assert "reload and try again" in win.banner.label.text()
    assert bench.rma.state == "diagnosing" and bench.state.text() == "diagnosing"
    assert Action.START_DIAGNOSIS not in bench.action_buttons
    assert [e.kind for e in workflow.events(rma)].count("start_diagnosis") == 1


def test_manager_waiver_vendor_repair_and_task(qtbot, depot, clerk, technician, manager):
    win = depot
    rma = receive(clerk, "SN-OOW-2")
    workflow.start_diagnosis(technician, rma)
    bench: BenchPage = win.show_section("bench")
    bench.open_item(rma.id)
    assert not bench.waive_button.isVisible()  # technicians do not waive gates
    badge(qtbot, win, "BDG-M001")
    assert bench.waive_button.isVisible()
    waiver = bench.waive()
    ok(waiver)
    assert "needs a reason" in waiver.error_label.text()
    commit_text(waiver.reason, "Key account: repair on trust, PO follows")
    ok(waiver)
    assert bench.timeline.item(0, 2).text().startswith("Gate waived\nKey account")
    assert bench.action_buttons[Action.SEND_TO_VENDOR].isEnabled()
    assert "Gate waived by a manager" in bench.why_label.text()

    bench.action_buttons[Action.SEND_TO_VENDOR].click()
    send = bench.dialog
    commit_text(send.vendor, "Zebra Repair Center Suzhou")
    commit_text(send.vendor_rma, "ZRC-77812")
    send.has_expected.setChecked(True)
    ok(send)
    assert state(rma) == "at_vendor"
    assert bench.vendor_table.rowCount() == 1
    assert bench.vendor_table.item(0, 1).text() == "ZRC-77812"
    assert bench.tabs.tabText(3) == "Vendor and tasks (1 open)"
    assert "Inform the customer" in bench.task_table.item(0, 0).text()
    bench.complete_task()
    assert bench.task_table.item(0, 2).text().endswith("by Mia Manager")
    assert bench.tabs.tabText(3) == "Vendor and tasks"

    bench.action_buttons[Action.BACK_FROM_VENDOR].click()
    ok(bench.dialog)
    assert state(rma) == "testing"
    assert bench.vendor_table.item(0, 4).text() == "2026-01-05"


def test_exclusion_extra_part_return_and_doa(qtbot, depot, clerk, technician):
    win = depot
    bench: BenchPage = win.show_section("bench")
    # an in-warranty unit whose fault is not covered: the exclusion makes it chargeable
    dropped = receive(clerk, "SN-WAR-1", fault="Cracked housing after a fall")
    scanner_type(qtbot, focused(win), dropped.number)
    press(qtbot, win, Qt.Key.Key_D, CTRL)
    bench.exclusion_reason.setCurrentIndex(bench.exclusion_reason.findData("accident"))
    commit_text(bench.exclusion_note, "Housing cracked, impact marks on the corner")
    bench.exclusion_button.click()
    assert Rma.get_by_id(dropped.id).coverage == "excluded"
    assert bench.coverage.property("coverage") == "excluded"
    assert "Exclusion recorded" in bench.exclusion_state.text()
    assert bench.withdraw_button.isVisible()

    # an in-warranty repair: a part issued by scan goes back to stock from the parts tab
    covered = receive(clerk, "SN-WAR-2")
    workflow.start_diagnosis(technician, covered)
    workflow.start_repair(technician, covered)
    scanner_type(qtbot, focused(win), covered.number)
    assert bench.rma.id == covered.id
    scanner_type(qtbot, focused(win), "P-BELT")
    assert bench.parts_table.rowCount() == 1 and bench.tabs.tabText(2) == "Parts (1)"
    bench.parts_table.selectRow(0)
    bench.return_button.click()
    assert bench.parts_table.item(0, 3).text() == "1"
    assert "back in stock" in win.banner.label.text()
    # an extra part on a free repair is just noted as needed; the repair goes on
    assert not bench.action_buttons[Action.REOPEN_FOR_QUOTE].isEnabled()
    assert "nothing to quote" in bench.why_label.text()

    # a DOA unit is swapped for a new one scanned into the dialog
    doa_rma = receive(clerk, "SN-DOA-1")
    bench.open_item(doa_rma.id)
    bench.action_buttons[Action.REPLACE_DOA].click()
    swap = bench.dialog
    assert swap.serial.property("scanRouterIgnore") is True
    commit_text(swap.serial, "SN-DOA-NEW-1")
    ok(swap)
    assert state(doa_rma) == "replaced"
    new = Unit.get(Unit.serial == "SN-DOA-NEW-1")
    assert new.replaces_id == doa_rma.unit_id
    assert "Replaced (DOA)" in bench.timeline.item(0, 2).text()
