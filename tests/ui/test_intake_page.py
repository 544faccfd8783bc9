"""The intake desk driven like a technician with a scanner: keystrokes only."""

from __future__ import annotations

from datetime import date

import pytest

from depot.models import AuditEntry
from rma import customers, units
from rma.models import Rma, Unit
from tests.support.ui import build_window, scanner_type
from ui.qt import Qt


@pytest.fixture
def desk(qtbot, db, fixed_clock, manager, technician):
    model = units.create_model(manager, code="LP-200", name="Label printer LP-200",
                               warranty_months=12)
    acme = customers.create_customer(manager, name="深圳华强电子有限公司")
    units.register_unit(manager, serial="SN-IN-0001", model=model, customer=acme,
                        sale_date=date(2025, 11, 1))
    units.register_unit(manager, serial="SN-OUT-0002", model=model, customer=acme,
                        sale_date=date(2023, 1, 1))
    win = build_window(db)
    qtbot.addWidget(win)
    win.ctx.set_operator(technician)
    win.show()
    qtbot.waitExposed(win)
    page = win.show_section("intake")
    page.activated()
    qtbot.waitUntil(page.scan_field.hasFocus)
    yield win, page
    win.router.uninstall()
    win.ctx.close()


def focused(win):
    return win.focusWidget() or win


def test_scan_to_saved_rma_with_keystrokes_only(qtbot, desk):
    win, page = desk
    scanner_type(qtbot, focused(win), "SN-IN-0001")
    assert page.unit is not None and page.unit.serial == "SN-IN-0001"
    assert page.coverage.property("coverage") == "warranty"
    assert page.fault.hasFocus()
    qtbot.keyClicks(page.fault, "Paper jam", delay=60)  # a person types the fault
    for _ in range(6):  # Enter walks fault → … → tracking, and saves on the last field
        qtbot.keyClick(focused(win), Qt.Key.Key_Return)
    rma = Rma.get(Rma.unit == Unit.get(Unit.serial == "SN-IN-0001"))
    assert rma.fault == "Paper jam" and rma.coverage == "warranty"
    assert rma.number.startswith("RMA-2601-")
    assert page.model.rows[-1].number == rma.number
    assert win.banner.level == "ok" and rma.number in win.banner.label.text()
    assert page.scan_field.hasFocus(), "the scan field takes focus back for the next unit"
    assert page.label_button.isEnabled()


def test_next_scan_saves_the_complete_intake_then_opens_the_next(qtbot, desk):
    win, page = desk
    scanner_type(qtbot, focused(win), "SN-IN-0001")
    qtbot.keyClicks(page.fault, "No power", delay=60)
    scanner_type(qtbot, focused(win), "SN-OUT-0002")
    assert Rma.select().count() == 1
    assert page.unit.serial == "SN-OUT-0002"
    assert page.coverage.property("coverage") == "out_of_warranty"


def test_next_scan_with_missing_fault_says_what_is_missing(qtbot, desk):
    win, page = desk
    scanner_type(qtbot, focused(win), "SN-IN-0001")
    scanner_type(qtbot, focused(win), "SN-OUT-0002")
    assert Rma.select().count() == 0
    assert win.banner.level == "error" and "reported fault" in win.banner.label.text()
    assert page.unit.serial == "SN-IN-0001"


def test_second_scan_of_a_serial_opens_the_open_rma(qtbot, desk):
    win, page = desk
    scanner_type(qtbot, focused(win), "SN-IN-0001")
    qtbot.keyClicks(page.fault, "Jam", delay=60)
    qtbot.keyClick(page.fault, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert Rma.select().count() == 1
    scanner_type(qtbot, focused(win), "SN-IN-0001")
    assert Rma.select().count() == 1
    assert "already has open RMA" in win.banner.label.text()


def test_unknown_serial_opens_register_form_prefilled(qtbot, desk):
    win, page = desk
    scanner_type(qtbot, focused(win), "SN-NEW-0003")
    assert page.register_box.isVisible()
    assert page.reg_serial.text() == "SN-NEW-0003"
    page.reg_customer.setText("ACME Ltd")
    page.register_button.click()
    assert Unit.get(Unit.serial == "SN-NEW-0003").customer.name == "ACME Ltd"
    assert page.unit is not None and page.fault.hasFocus()


def test_malformed_scan_writes_nothing(qtbot, desk):
    win, _page = desk
    before = (Rma.select().count(), Unit.select().count(), AuditEntry.select().count())
    win.on_scan("SN\x1bOOPS")
    assert win.banner.level == "error"
    assert (Rma.select().count(), Unit.select().count(), AuditEntry.select().count()) == before


def test_label_renders_to_pdf_and_decodes(qtbot, desk, tmp_path):
    import zxingcpp

    from tests.support.pdf import rasterise
    from ui import label_print

    win, page = desk
    scanner_type(qtbot, focused(win), "SN-IN-0001")
    qtbot.keyClicks(page.fault, "Jam", delay=60)
    rma = page.save()
    pdf = tmp_path / "label.pdf"
    label_print.print_to_pdf(page.label_images(rma), page.label_size, str(pdf))
    assert pdf.stat().st_size > 1000
    [png] = rasterise(pdf, 300)
    # 62 × 29 mm at 300 dpi is 732 × 343 dots; Qt writes the page size in whole points
    assert abs(png.width - 732) <= 3 and abs(png.height - 343) <= 3
    codes = [r.text for r in zxingcpp.read_barcodes(png)]
    assert rma.number in codes
