"""The shipping desk driven by scans: blocked RMAs say why and stay put; ready ones ship."""

from __future__ import annotations

import pytest

from rma import payments, quotes, shipping, workflow
from rma.models import Rma
from rma.shipping_models import ShippingLeg
from tests.support.loaner_world import make_loaner_world, receive_unit
from tests.support.ui import build_window, scanner_type
from ui.qt import QDialogButtonBox, Qt


def _repaired(technician, rma):
    rma = workflow.start_diagnosis(technician, rma)
    rma = workflow.start_repair(technician, rma)
    rma = workflow.finish_repair(technician, rma, note="Replaced the print head")
    return workflow.pass_test(technician, rma)


def _repaired_out_of_warranty(clerk, technician):
    """SN-OOW-1: quoted 120.00, accepted, paid, repaired, tested — the way back not paid yet."""
    rma = receive_unit(clerk, "SN-OOW-1", channel="courier")
    rma = workflow.start_diagnosis(technician, rma)
    draft = quotes.draft_quote(technician, rma)
    quotes.add_line(technician, draft, "part", part_code="P-FUSER", description="Fuser unit",
                    unit_price=12_000)
    quotes.issue_quote(technician, rma)
    quotes.accept_quote(clerk, rma, "phone")
    payments.record_payment(clerk, rma, 12_000, "wechat_pay", reference="WX-1")
    rma = workflow.start_repair(technician, workflow.get_rma(rma.id))
    rma = workflow.finish_repair(technician, rma, note="Fuser replaced")
    return workflow.pass_test(technician, rma)


@pytest.fixture
def desk(qtbot, db, fixed_clock, manager, storekeeper, clerk, technician):
    make_loaner_world(manager, storekeeper)
    # in warranty, handed in at the counter and repaired the same morning: owed no loaner
    paid = _repaired(technician, receive_unit(clerk, "SN-WAR-2", channel="walk_in"))
    unpaid = _repaired_out_of_warranty(clerk, technician)
    win = build_window(db)
    qtbot.addWidget(win)
    win.ctx.set_operator(clerk)
    win.show()
    qtbot.waitExposed(win)
    page = win.show_section("shipping")
    page.activated()
    qtbot.waitUntil(page.desk.scan_field.hasFocus)
    yield win, page, paid, unpaid
    win.close()
    win.router.uninstall()
    win.ctx.close()


def focused(win):
    return win.focusWidget() or win


def queue_row(page, rma):
    return page.desk.model.rows[page.desk.model.row_of(rma.id)]


def test_blocked_unpaid_rma_shows_why_and_cannot_ship(qtbot, desk, clerk):
    win, page, _paid, unpaid = desk
    shipping.create_leg(clerk, unpaid, "depot_to_customer", carrier="SF Express",
                        tracking="SF2002", cost=2_500)  # the customer pays the way back
    row = queue_row(page, unpaid)
    assert not row.ready and "25.00 outstanding" in row.blockers[0]
    assert page.desk.filter_buttons["blocked"].text() == "Blocked (1)"

    scanner_type(qtbot, focused(win), unpaid.number)
    desk = page.desk
    assert "Cannot ship yet" in desk.status.text()
    assert "record the payment first" in desk.status.text()
    assert not desk.ship_button.isEnabled()
    # the form shows the return leg already recorded, and Enter through it still refuses
    assert (desk.leg.carrier.text(), desk.leg.tracking.text()) == ("SF Express", "SF2002")
    desk.leg.cost.setFocus()
    qtbot.keyClick(desk.leg.cost, Qt.Key.Key_Return)
    assert win.banner.level == "error" and "outstanding" in win.banner.label.text()
    assert workflow.get_rma(unpaid.id).state == "ready_to_ship"
    assert ShippingLeg.get(ShippingLeg.tracking == "SF2002").shipped_at is None


def test_paid_rma_ships_with_carrier_and_scanned_tracking(qtbot, desk):
    win, page, paid, _unpaid = desk
    assert queue_row(page, paid).ready
    scanner_type(qtbot, focused(win), paid.number)
    desk = page.desk
    assert "Ready to ship" in desk.status.text() and desk.ship_button.isEnabled()
    assert desk.leg.carrier.hasFocus()
    assert desk.leg.payer.text().startswith("depot")
    qtbot.keyClicks(desk.leg.carrier, "SF Express", delay=60)
    qtbot.keyClick(focused(win), Qt.Key.Key_Return)
    scanner_type(qtbot, focused(win), "SF3003")  # the courier label, scanned
    qtbot.keyClicks(desk.leg.cost, "20.00", delay=60)
    qtbot.keyClick(focused(win), Qt.Key.Key_Return)

    rma = workflow.get_rma(paid.id)
    assert rma.state == "shipped"
    leg = ShippingLeg.get((ShippingLeg.rma == paid.id)
                          & (ShippingLeg.direction == "depot_to_customer"))
    assert (leg.carrier, leg.tracking, leg.cost, leg.payer) == (
        "SF Express", "SF3003", 2_000, "depot")
    assert leg.shipped_at is not None
    assert win.banner.level == "ok" and "SF3003" in win.banner.label.text()
    assert desk.model.row_of(paid.id) == -1  # it left the queue
    assert desk.legs.rowCount() == 1 and desk.legs.item(0, 3).text() == "SF3003"


def test_the_return_cost_the_customer_owes_blocks_until_paid(qtbot, desk, clerk):
    win, page, _paid, unpaid = desk
    assert queue_row(page, unpaid).ready  # quote paid, no return leg yet
    scanner_type(qtbot, focused(win), unpaid.number)
    desk = page.desk
    assert desk.leg.payer.text().startswith("customer")
    desk.leg.set_values("SF Express", "SF2002", 2_500)
    desk.ship_button.click()
    # the gate refused; the leg is kept so the customer can pay exactly that
    assert win.banner.level == "error" and "25.00" in win.banner.label.text()
    assert "LEG-" in win.banner.label.text()
    assert workflow.get_rma(unpaid.id).state == "ready_to_ship"
    assert not queue_row(page, unpaid).ready and not desk.ship_button.isEnabled()

    payments.record_payment(clerk, unpaid, 2_500, "cash", reference="return courier")
    assert queue_row(page, unpaid).ready and desk.ship_button.isEnabled()
    qtbot.keyClick(page, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert workflow.get_rma(unpaid.id).state == "shipped"
    legs = [x for x in shipping.legs_of(unpaid) if x.direction == "depot_to_customer"]
    assert len(legs) == 1 and legs[0].shipped_at is not None  # the same leg, now shipped


def test_loaner_not_arranged_blocks_until_declined(qtbot, desk, clerk, technician):
    win, page, _paid, _unpaid = desk
    owed = _repaired(technician, receive_unit(clerk, "SN-WAR-1", channel="courier"))
    page.refresh(None)
    assert queue_row(page, owed).blockers[0].startswith("Loaner not arranged")
    scanner_type(qtbot, focused(win), owed.number)
    desk = page.desk
    assert desk.decline_button.isVisible() and not desk.ship_button.isEnabled()
    dialog = desk.decline_loaner()
    dialog.text.setPlainText("Customer has a spare printer")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert queue_row(page, owed).ready and desk.ship_button.isEnabled()
    assert not desk.decline_button.isVisible()


def test_payer_table_is_a_managers_and_is_validated(qtbot, desk, manager):
    win, page, _paid, _unpaid = desk
    rules = page.rules
    cell = rules.cells[("warranty", "depot_to_vendor")]
    assert not cell.isEnabled() and not rules.save_button.isEnabled()  # a clerk looks only
    win.ctx.set_operator(manager)
    page.tabs.setCurrentWidget(rules)
    cell.setCurrentIndex(cell.findData("none"))
    assert "only loaner legs" in rules.message.text() and not rules.save_button.isEnabled()
    cell.setCurrentIndex(cell.findData("customer"))
    assert rules.message.text() == "" and rules.save_button.isEnabled()
    rules.save_button.click()
    assert shipping.payer_rules()["warranty"]["depot_to_vendor"] == "customer"
    assert win.banner.level == "ok"


def test_shipping_cost_report_by_payer_leg_and_month(qtbot, desk, clerk):
    _win, page, paid, unpaid = desk
    shipping.create_leg(clerk, unpaid, "customer_to_depot", carrier="ZTO", cost=1_500)
    shipping.create_leg(clerk, paid, "depot_to_customer", carrier="SF", cost=2_000)
    page.tabs.setCurrentWidget(page.costs)
    table = page.costs.table

    def cells():
        return [[table.item(r, c).text() for c in range(table.columnCount())]
                for r in range(table.rowCount())]

    assert cells() == [["customer", "1", "15.00"], ["depot", "1", "20.00"],
                       ["Total", "2", "35.00"]]
    page.costs.grouping.setCurrentIndex(page.costs.grouping.findData("month"))
    assert cells()[-1] == ["Total", "", "2", "35.00"] and cells()[0][0] == "2026-01"
    assert Rma.select().count() == 2
