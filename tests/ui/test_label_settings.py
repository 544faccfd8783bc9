"""Settings → Label printer: the stock size is chosen per workstation and every label follows it."""

from __future__ import annotations

from datetime import date

import pytest
import zxingcpp

from exports.labels import LabelSize
from rma import customers, intake, units
from tests.support.pdf import rasterise
from tests.support.ui import build_window
from ui import label_print
from ui.qt import Qt


@pytest.fixture
def window(qtbot, db, fixed_clock, manager, technician):
    win = build_window(db)
    qtbot.addWidget(win)
    win.ctx.settings.remove("labels")  # this workstation has never chosen a size
    win.ctx.set_operator(technician)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.ctx.settings.remove("labels")
    win.router.uninstall()
    win.ctx.close()


def choose(box, width_mm: float, height_mm: float, dpi: int) -> None:
    box.width_mm.setValue(width_mm)
    box.height_mm.setValue(height_mm)
    box.dpi.setValue(dpi)


def test_nothing_saved_means_the_62_by_29_label(window):
    box = window.show_section("settings").labels
    assert label_print.station_label_size(window.ctx.settings) == LabelSize(62, 29, 300)
    assert (box.width_mm.value(), box.height_mm.value(), box.dpi.value()) == (62, 29, 300)
    assert not box.preview.pixmap().isNull(), "the example label is drawn"
    assert "732 × 343 dots" in box.status.text()


def test_saved_size_is_what_the_intake_desk_prints(qtbot, window, manager, technician, tmp_path):
    box = window.show_section("settings").labels
    choose(box, 100, 50, 203)
    qtbot.waitUntil(lambda: "Not saved yet" in box.status.text())  # the preview follows
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert window.banner.level == "ok" and "100 × 50 mm, 203 dpi" in window.banner.label.text()
    assert "Saved for this workstation" in box.status.text()
    assert label_print.station_label_size(window.ctx.settings) == LabelSize(100, 50, 203)

    model = units.create_model(manager, code="LP-200", name="Label printer", warranty_months=12)
    acme = customers.create_customer(manager, name="ACME Ltd")
    units.register_unit(manager, serial="SN-LBL-0001", model=model, customer=acme,
                        sale_date=date(2025, 11, 1))
    rma = intake.receive(technician, serial="SN-LBL-0001", fault="Jam")
    page = window.show_section("intake")
    assert page.label_size == LabelSize(100, 50, 203)
    [image] = page.label_images(rma)
    assert image.size == (round(100 / 25.4 * 203), round(50 / 25.4 * 203))

    pdf = tmp_path / "label.pdf"
    label_print.print_to_pdf(page.label_images(rma), page.label_size, str(pdf))
    [png] = rasterise(pdf, 203)
    # 100 × 50 mm at 203 dpi is 799 × 400 dots; Qt writes the page size in whole points
    assert abs(png.width - 799) <= 3 and abs(png.height - 400) <= 3
    assert rma.number in [r.text for r in zxingcpp.read_barcodes(png)]


def test_a_size_that_cannot_carry_the_barcode_is_refused_and_changes_nothing(qtbot, window):
    box = window.show_section("settings").labels
    choose(box, 10, 29, 150)
    box.update_preview()
    assert "too long for a 10 mm wide label" in box.status.text()
    assert box.preview.pixmap().isNull() and not box.save_button.isEnabled()
    assert box.save() is None
    assert window.banner.level == "error" and "10 mm" in window.banner.label.text()
    assert label_print.station_label_size(window.ctx.settings) == LabelSize()
    assert window.ctx.settings.value(label_print.WIDTH_KEY) is None, "nothing was written"


def test_default_button_brings_back_the_62_by_29_label(qtbot, window):
    box = window.show_section("settings").labels
    choose(box, 100, 150, 600)
    qtbot.mouseClick(box.default_button, Qt.MouseButton.LeftButton)
    assert (box.width_mm.value(), box.height_mm.value(), box.dpi.value()) == (62, 29, 300)
    assert "Saved for this workstation" in box.status.text()


@pytest.mark.parametrize("width, dpi", [("wide", 300), ("nan", 300), (62, "300.5"), (500, 300)])
def test_a_damaged_stored_size_falls_back_to_the_default(window, width, dpi):
    window.ctx.settings.setValue(label_print.WIDTH_KEY, width)
    window.ctx.settings.setValue(label_print.DPI_KEY, dpi)
    assert label_print.station_label_size(window.ctx.settings) == LabelSize()
