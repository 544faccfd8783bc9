"""The Parts screen driven like a storekeeper with a scanner: receive, quarantine, count."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from inventory import catalogue, receiving, stock
from inventory.demo import ean13
from inventory.models import (
    CountLine,
    CountSession,
    Delivery,
    Document,
    Lot,
    Part,
    StockMove,
)
from tests.support.ui import build_window, commit_text, scanner_type
from ui.pages.parts_common import LOW_BG
from ui.qt import QDialogButtonBox, Qt

EAN = ean13("690123450101")


@pytest.fixture
def desk(qtbot, db, fixed_clock, manager, storekeeper):
    catalogue.create_bin(storekeeper, "A-01-01", "打印机配件 Printer parts")
    supplier = catalogue.create_supplier(storekeeper, "深圳市科创电子 Kechuang Electronics")
    psu = catalogue.create_part(storekeeper, "P-PSU-450", "工控机电源 Power supply 450 W",
                                bin="A-01-01", reorder_point=2, barcodes=[EAN],
                                compatible_models="IPC-610")
    fan = catalogue.create_part(storekeeper, "P-FAN-80", "系统风扇 System fan 80 mm",
                                bin="A-01-01", reorder_point=1, requires_documents=False)
    win = build_window(db)
    qtbot.addWidget(win)
    win.ctx.set_operator(storekeeper)
    win.show()
    qtbot.waitExposed(win)
    page = win.show_section("parts")
    world = SimpleNamespace(supplier=supplier, psu=psu, fan=fan)
    yield win, page, world
    win.close()  # before the database goes: no refresh may still be pending
    win.router.uninstall()
    win.ctx.close()


def focused(win):
    return win.focusWidget() or win


def stock_up(actor, supplier, *lots: tuple[str, int, int]) -> None:
    """Put pieces on the shelf through the real receiving service."""
    delivery = receiving.open_delivery(actor, supplier, "SD-STOCK", date(2026, 1, 2))
    for number, qty, cost in lots:
        receiving.inspect_lot(actor, delivery, number, qty_note=qty, qty_counted=qty,
                              unit_cost=cost, appearance_ok=True, documents=list(Document))


def open_delivery(qtbot, page, world, number: str) -> None:
    rt = page.receiving
    page.tabs.setCurrentIndex(page.RECEIVING)
    rt.supplier.setCurrentIndex(rt.supplier.findData(world.supplier.id))
    rt.note_number.setFocus()
    qtbot.keyClicks(rt.note_number, number)  # the field takes printed barcodes raw
    qtbot.keyClick(rt.note_number, Qt.Key.Key_Return)
    assert rt.delivery is not None and rt.delivery.note_number == number


def ctrl_enter(qtbot, page) -> None:
    qtbot.keyClick(page, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_receive_by_scan_quarantine_and_bad_quantities(qtbot, desk):
    """One delivery: a lot that passes, a bad quantity refused, a lot that fails."""
    win, page, world = desk
    open_delivery(qtbot, page, world, "SD-2601-0042")
    rt = page.receiving
    scanner_type(qtbot, focused(win), EAN)  # the supplier's barcode on the bag
    assert rt.part is not None and rt.part.part_number == "P-PSU-450"
    assert rt.qty_note.hasFocus()
    qtbot.keyClicks(rt.qty_note, "6", delay=60)  # a person types the numbers
    qtbot.keyClick(focused(win), Qt.Key.Key_Return)
    assert rt.qty_counted.hasFocus()
    qtbot.keyClicks(rt.qty_counted, "6", delay=60)
    qtbot.keyClick(focused(win), Qt.Key.Key_Return)
    qtbot.keyClicks(rt.cost, "465.50", delay=60)
    qtbot.keyClick(focused(win), Qt.Key.Key_Return)
    assert rt.appearance.hasFocus()
    rt.appearance.click()
    rt.all_docs.click()
    assert "Passes: 6 pc enter stock at 465.50 each, 2,793.00 in all." in rt.verdict.text()
    ctrl_enter(qtbot, page)

    lot = Lot.get()
    assert (lot.status, lot.qty_counted, lot.unit_cost) == ("passed", 6, 46_550)
    level = stock.level(world.psu)
    assert (level.on_hand, level.value) == (6, 279_300)
    assert win.banner.level == "ok" and "6 on hand now" in win.banner.label.text()
    assert rt.lots_table.rowCount() == 1 and rt.lots_table.item(0, 7).text() == "passed"
    assert rt.part is None and "Lot #" in rt.result.text()

    # a bad quantity: refused in words, nothing written, the form keeps what was typed
    scanner_type(qtbot, focused(win), "P-FAN-80")
    rt.qty_note.setText("2.5")
    rt.qty_counted.setText("2")
    rt.cost.setText("35.00")
    rt.appearance.click()
    ctrl_enter(qtbot, page)
    assert win.banner.level == "error"
    assert win.banner.label.text() == (
        "Quantity on the delivery note must be a whole number of pieces, not '2.5'.")
    assert rt.qty_note.text() == "2.5" and rt.part.part_number == "P-FAN-80"
    rt.qty_note.setText("2")
    rt.cost.setText("３5,00元")  # not an amount
    rt.book_button.click()
    assert win.banner.level == "error"
    assert Lot.select().count() == 1 and StockMove.select().count() == 1
    rt.clear_lot()

    # a lot one piece short and without its papers goes to quarantine
    scanner_type(qtbot, focused(win), "P-PSU-450")
    rt.qty_note.setText("5")
    rt.qty_counted.setText("4")
    rt.cost.setText("470.00")
    rt.appearance.click()
    rt.documents[Document.MANUAL].click()  # only the manual came with it
    assert "Goes to quarantine" in rt.verdict.text()
    rt.book_button.click()

    held = Lot.get(Lot.status == "quarantined")
    assert "counted 4, the delivery note says 5" in held.reason
    assert "Missing documents" in held.reason
    assert stock.level(world.psu).on_hand == 6 and StockMove.select().count() == 1
    assert win.banner.level == "info" and "quarantine" in win.banner.label.text()
    assert rt.lists.tabText(1) == "Quarantine (1)"
    assert rt.quarantine_table.rowCount() == 1
    assert rt.quarantine_table.item(0, 4).text() == "P-PSU-450"
    assert "counted 4" in rt.quarantine_table.item(0, 7).text()
    assert "1 into stock (6 pieces, 2,793.00 at cost), 1 in quarantine" in \
        rt.delivery_summary.text()

    assert not rt.release_button.isEnabled()  # a manager's decision
    rt.quarantine_table.selectRow(0)
    dialog = rt.return_to_supplier()
    dialog.text.setPlainText("退货 Supplier RMA R-88, SF1234")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert Lot.get_by_id(held.id).status == "returned"
    assert rt.quarantine_table.rowCount() == 0 and rt.lists.tabText(1) == "Quarantine (0)"

    page.tabs.setCurrentIndex(page.CATALOGUE)  # the tab behind catches up when shown
    row = page.catalogue.model.rows[page.catalogue.model.row_of(world.psu.id)]
    assert (row.hit.on_hand, row.hit.free, row.hit.avg_cost) == (6, 6, 46_550)
    assert Delivery.select().count() == 1


def test_count_by_scans_post_and_a_shortage_approved_by_a_manager(qtbot, desk, storekeeper,
                                                                 manager):
    win, page, world = desk
    stock_up(storekeeper, world.supplier, ("P-PSU-450", 3, 46_000), ("P-FAN-80", 2, 3_500))
    page.tabs.setCurrentIndex(page.COUNT)
    ct = page.counting
    scanner_type(qtbot, focused(win), "A-01-01")  # the bin label
    assert ct.session is not None and "A-01-01" in ct.title.text()
    assert [r.counted for r in ct.rows] == [None, None]  # both parts listed, not counted
    for _ in range(4):  # four power supplies on the shelf; the books say three
        scanner_type(qtbot, focused(win), "P-PSU-450")
    psu_row = next(i for i, r in enumerate(ct.rows) if r.part_number == "P-PSU-450")
    assert ct.lines.item(psu_row, 3).text() == "4"
    assert ct.lines.item(psu_row, 4).text() == "+1"
    assert "not scanned yet" in ct.status.text()

    fan_row = next(i for i, r in enumerate(ct.rows) if r.part_number == "P-FAN-80")
    ct.lines.setCurrentCell(fan_row, 3)
    ct.qty.clear()
    qtbot.keyClicks(ct.qty, "2", delay=60)  # the fans are typed, not scanned
    qtbot.keyClick(ct.qty, Qt.Key.Key_Return)
    assert ct.lines.item(fan_row, 4).text() == "0"
    assert "not scanned" not in ct.status.text()

    session_id = ct.session.id
    ctrl_enter(qtbot, page)
    assert CountSession.get_by_id(session_id).status == "posted"
    assert stock.level(world.psu).on_hand == 4
    move = StockMove.get(StockMove.kind == "count")
    assert (move.qty, move.value, move.reference) == (1, 46_000, f"CNT-{session_id}")
    assert win.banner.level == "ok" and "1 difference(s) booked" in win.banner.label.text()
    assert ct.session is None and ct.lines.rowCount() == 0

    # a bad typed count is refused and writes nothing; then one fan of two is missing
    scanner_type(qtbot, focused(win), "A-01-01")
    scanner_type(qtbot, focused(win), "P-FAN-80")
    ct.qty.setText("-3")
    ct.set_button.click()
    assert win.banner.level == "error"
    assert win.banner.label.text().startswith("Counted quantity cannot be negative (-3).")
    ct.qty.setFocus()
    ct.qty.clear()
    commit_text(ct.qty, "三")
    ct.set_button.click()
    assert "whole number" in win.banner.label.text()
    assert CountLine.get(CountLine.session == ct.session.id).counted == 1
    ct.post_button.click()
    assert win.banner.level == "info" and "approval" in win.banner.label.text()
    assert stock.level(world.fan).on_hand == 2
    assert ct.pending.rowCount() == 1 and ct.side.tabText(0) == "Waiting for a manager (1)"
    ct.pending.selectRow(0)
    assert not ct.approve_button.isEnabled()

    scanner_type(qtbot, focused(win), "BDG-M001")  # the manager scans their badge
    assert win.ctx.operator.id == manager.id and ct.approve_button.isEnabled()
    ct.approve_button.click()
    assert stock.level(world.fan).on_hand == 1
    assert ct.pending.rowCount() == 0 and win.banner.level == "ok"


def test_catalogue_search_scans_and_reorder_highlight(qtbot, desk, storekeeper):
    win, page, world = desk
    stock_up(storekeeper, world.supplier, ("P-PSU-450", 5, 46_000), ("P-FAN-80", 1, 3_500))
    win.show_section("intake")
    scanner_type(qtbot, focused(win), "P-FAN-80")  # scanned on another screen: opens here
    assert win.current_key() == "parts" and page.tabs.currentIndex() == page.CATALOGUE
    cat = page.catalogue
    assert cat.detail.part_id == world.fan.id
    assert "1</b> on hand" in cat.detail.text.text()
    row = cat.model.row_of(world.fan.id)
    index = cat.model.index(row, cat.model.FREE)
    assert cat.model.data(index, Qt.ItemDataRole.BackgroundRole).color() == LOW_BG
    assert cat.detail.moves.rowCount() == 1 and cat.detail.moves.item(0, 1).text() == "Receipt"

    cat.search.clear()
    commit_text(cat.search, "电源")  # Chinese, as typed with an input method
    qtbot.waitUntil(lambda: [r.hit.part_number for r in cat.model.rows] == ["P-PSU-450"])
    scanner_type(qtbot, focused(win), "A-01-01")  # a bin label lists the bin
    assert cat.search.text() == "A-01-01" and len(cat.model.rows) == 2
    scanner_type(qtbot, focused(win), EAN)
    assert cat.detail.part_id == world.psu.id
    cat.low_only.click()
    assert [r.hit.part_number for r in cat.model.rows] == ["P-FAN-80"]

    dialog = cat.new_part()  # the warehouse adds a part; it opens at once
    dialog.number.setText("p-cbl-usb2")
    dialog.name.setFocus()
    commit_text(dialog.name, "USB 数据线 USB cable 2 m")
    dialog.bin.setCurrentText("A-01-01")
    dialog.watch.setChecked(True)
    dialog.reorder.setValue(5)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    made = Part.get(Part.part_number == "P-CBL-USB2")
    assert (made.name, made.bin.code, made.reorder_point) == ("USB 数据线 USB cable 2 m",
                                                               "A-01-01", 5)
    assert cat.detail.part_id == made.id and win.banner.level == "ok"
    edit = cat.edit_part()
    edit.name.setText("USB 数据线 USB cable 3 m")
    edit.bin.setCurrentText("Z-99")  # no such bin: said in the dialog, nothing saved
    edit.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert edit.error_label.isVisible() and "Z-99" in edit.error_label.text()
    edit.bin.setCurrentText("A-01-01")
    edit.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert Part.get_by_id(made.id).name == "USB 数据线 USB cable 3 m"
    assert len(cat.label_images("both")) == 2  # part and bin label, ready to print
