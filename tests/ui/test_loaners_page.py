"""The loaner desk driven like a clerk with a scanner: lend by scans, take back by scans."""

from __future__ import annotations

from datetime import date

import pytest

from inventory.loaner_models import Loaner
from rma import loans
from rma.shipping_models import Loan, ShippingLeg
from tests.support.loaner_world import KIT, make_loaner_world, receive_unit
from tests.support.ui import build_window, commit_text, scanner_type
from ui.pages.loaners import OVERDUE_BG
from ui.qt import QDialogButtonBox, Qt

UserRole = Qt.ItemDataRole.UserRole


@pytest.fixture
def desk(qtbot, db, fixed_clock, manager, storekeeper, clerk):
    world = make_loaner_world(manager, storekeeper)
    rma = receive_unit(clerk, "SN-WAR-1", channel="courier")
    win = build_window(db)
    qtbot.addWidget(win)
    win.ctx.set_operator(clerk)
    win.show()
    qtbot.waitExposed(win)
    page = win.show_section("loaners")
    page.activated()
    qtbot.waitUntil(page.scan_field.hasFocus)
    yield win, page, world, rma
    win.close()  # before the database goes: no refresh may still be pending
    win.router.uninstall()
    win.ctx.close()


def focused(win):
    return win.focusWidget() or win


def test_lend_by_scans_with_outbound_leg(qtbot, desk):
    win, page, _world, rma = desk
    scanner_type(qtbot, focused(win), rma.number)
    cp = page.checkout_panel
    assert page.stack.currentIndex() == page.CHECKOUT
    assert "owed by 2026-01-06" in cp.verdict.text()
    assert cp.offered.item(0).data(UserRole) == "LN-C2-NEW"  # best match first
    assert cp.by_courier.isChecked()  # the unit came by courier: so does the loaner

    scanner_type(qtbot, focused(win), "LN-C2-NEW")
    assert page.chosen is not None and page.chosen.code == "LN-C2-NEW"
    assert cp.accessories() == KIT
    assert cp.leg.carrier.hasFocus()
    cp.kit.item(1).setCheckState(Qt.CheckState.Unchecked)  # the USB cable stays here
    qtbot.keyClicks(cp.leg.carrier, "SF Express", delay=60)  # a person types the carrier
    qtbot.keyClick(focused(win), Qt.Key.Key_Return)
    assert cp.leg.tracking.hasFocus()
    scanner_type(qtbot, focused(win), "SF1002")  # the courier label lands in the field
    assert cp.leg.cost.hasFocus()
    qtbot.keyClicks(cp.leg.cost, "18.00", delay=60)
    qtbot.keyClick(focused(win), Qt.Key.Key_Return)  # Enter on the last field lends it

    loan = Loan.get()
    assert (loan.rma_id, loan.loaner.code, loan.accessories_out) == (
        rma.id, "LN-C2-NEW", ["power supply"])
    leg = ShippingLeg.get(ShippingLeg.id == loan.outbound_leg_id)
    assert (leg.direction, leg.carrier, leg.tracking, leg.cost, leg.payer) == (
        "loaner_out", "SF Express", "SF1002", 1_800, "depot")
    assert win.banner.level == "ok" and "LN-C2-NEW" in win.banner.label.text()
    assert page.stack.currentIndex() == page.IDLE and page.scan_field.hasFocus()
    row = page.model.find(loan.loaner_id)
    assert row.status == "out" and row.loan.rma_number == rma.number


def test_a_loaner_out_elsewhere_or_too_small_is_refused_at_the_scan(qtbot, desk, clerk):
    win, page, _world, rma = desk
    other = receive_unit(clerk, "SN-WAR-2", channel="courier")
    loans.checkout(clerk, other, "LN-C2-NEW")  # another station lent it a moment ago
    scanner_type(qtbot, focused(win), rma.number)
    offered = [page.checkout_panel.offered.item(i).data(UserRole)
               for i in range(page.checkout_panel.offered.count())]
    assert "LN-C2-NEW" not in offered

    scanner_type(qtbot, focused(win), "LN-C2-NEW")
    assert win.banner.level == "error"
    assert win.banner.label.text() == f"Loaner LN-C2-NEW is already out ({other.number})."
    scanner_type(qtbot, focused(win), "LN-C1")
    assert "class 1" in win.banner.label.text() and "needs class 2" in win.banner.label.text()
    assert page.chosen is None and not page.checkout_panel.confirm.isEnabled()
    assert Loan.select().count() == 1
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert page.stack.currentIndex() == page.IDLE


def test_take_back_by_scan_checks_condition_and_accessories(qtbot, desk, clerk):
    win, page, _world, rma = desk
    loans.checkout(clerk, rma, "LN-C2-NEW")
    page.refresh(None)
    scanner_type(qtbot, focused(win), "LN-C2-NEW")
    rp = page.return_panel
    assert page.stack.currentIndex() == page.RETURN
    assert rma.number in rp.title.text()
    assert [rp.kit.item(i).text() for i in range(rp.kit.count())] == KIT

    qtbot.keyClick(page, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert win.banner.level == "error" and "good condition" in win.banner.label.text()
    rp.condition_ok.click()
    rp.kit.item(0).setCheckState(Qt.CheckState.Checked)  # the power supply came back
    assert "USB cable" in rp.missing.text()
    rp.notes.setFocus()
    commit_text(rp.notes, "外壳有划痕 scratched lid")
    qtbot.keyClick(rp.notes, Qt.Key.Key_Return)

    loan = Loan.get()
    assert loan.returned_at is not None and loan.missing_accessories == ["USB cable"]
    assert loan.return_notes == "外壳有划痕 scratched lid"
    assert Loaner.get(Loaner.code == "LN-C2-NEW").status == "in_service"
    assert win.banner.level == "ok" and "service" in win.banner.label.text()
    assert page.model.find(loan.loaner_id).status == "in_service"


def test_out_of_warranty_needs_a_manager_and_a_reason(qtbot, desk, clerk):
    win, page, _world, _rma = desk
    oow = receive_unit(clerk, "SN-OOW-1", channel="courier")
    scanner_type(qtbot, focused(win), oow.number)
    cp = page.checkout_panel
    assert "not covered by warranty" in cp.verdict.text()
    assert cp.override_reason.isVisible() and not cp.override_reason.isEnabled()
    scanner_type(qtbot, focused(win), "LN-C2-NEW")
    cp.at_counter.click()
    cp.confirm.click()
    assert win.banner.level == "error" and "manager overrides" in win.banner.label.text()
    assert Loan.select().count() == 0

    scanner_type(qtbot, focused(win), "BDG-M001")  # the manager scans their badge
    assert cp.override_reason.isEnabled() and page.chosen.code == "LN-C2-NEW"
    cp.override_reason.setText("Key account, line down")
    cp.confirm.click()
    loan = Loan.get()
    assert loan.override_reason == "Key account, line down" and loan.outbound_leg_id is None


def test_overdue_is_highlighted_and_assets_come_and_go(qtbot, desk, clerk, storekeeper,
                                                       fixed_clock):
    win, page, _world, rma = desk
    assert not page.new_button.isEnabled()  # a clerk lends; the warehouse manages the pool
    loans.checkout(clerk, rma, "LN-C2-FAIR")
    loans.on_rma_delivered(rma, date(2026, 1, 5))  # due back 2026-01-19
    fixed_clock.advance(days=20)
    page.refresh(None)
    assert page.filter_buttons["overdue"].text() == "Overdue (1)"
    page.filter_buttons["overdue"].click()
    assert page.proxy.rowCount() == 1
    assert page.proxy.data(page.proxy.index(0, 0), Qt.ItemDataRole.BackgroundRole).color() == \
        OVERDUE_BG
    assert "overdue" in page.proxy.data(page.proxy.index(0, 7))
    assert page.overdue_table.rowCount() == 1

    win.ctx.set_operator(storekeeper)
    dialog = page.new_loaner()
    dialog.code.setText("LN-C4")
    dialog.description.setText("Zebra ZT620 wide industrial printer")
    dialog.loaner_class.setValue(4)
    dialog.cost.setText("12,500.00")
    dialog.accessories.setText("power cord, USB cable")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    made = Loaner.get(Loaner.code == "LN-C4")
    assert (made.cost_value, made.accessories, made.status) == (
        1_250_000, ["power cord", "USB cable"], "available")
    assert page.detail.row.code == "LN-C4"

    retire = page.retire()
    retire.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert retire.error_label.isVisible() and "reason" in retire.error_label.text()
    retire.text.setPlainText("Sold to the customer")
    retire.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert Loaner.get(Loaner.code == "LN-C4").status == "retired"
    page.filter_buttons["retired"].click()
    assert page.proxy.data(page.proxy.index(0, 0)) == "LN-C4"
