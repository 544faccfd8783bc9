"""The handover sheet, read back with openpyxl: values, formats, print set-up, barcode, safety."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import openpyxl
import pytest

from depot import settings
from depot.errors import GateClosed
from exports.handover import write_handover_sheet
from exports.xlsx import JobCancelled
from inventory.catalogue import create_part
from inventory.loaners import create_loaner
from rma import handover as ho
from rma.models import Customer, Rma
from rma.shipping import create_leg
from tests.support import signoff as s

HEADER = ["No.", "RMA / item", "Serial no.", "Model", "Customer", "Fault", "Work done",
          "Parts used", "Qty", "Charges (CNY)", "Shipping: payer of each leg", "Loaner"]


@pytest.fixture
def world(manager, clerk, technician, storekeeper, fixed_clock):
    settings.change(manager, "company.address", "上海市闵行区 =SUM(A1) 路 1 号")
    settings.change(manager, "company.phone", "+86 21 5555 0100")
    cat = s.catalogue(manager)
    hostile = s.catalogue(manager, customer_name=s.HOSTILE[0], model_code="ZD420")
    ok = s.ready_in_warranty(manager, clerk, technician, cat, "SN-OK1", fault=s.HOSTILE[2])
    evil = s.ready_in_warranty(manager, clerk, technician, hostile, "SN-EVIL1",
                               fault=s.HOSTILE[3])
    create_leg(clerk, ok.number, "customer_to_depot", carrier="SF Express", tracking="SF1",
               cost=2_300)
    # an import that did not clean a leading tab (the services collapse blanks)
    tabbed = s.catalogue(manager, customer_name="Tab Co", model_code="ZT230")
    Customer.update(name=s.HOSTILE[4]).where(Customer.id == tabbed.customer.id).execute()
    third = s.received(manager, clerk, tabbed, "SN-TAB1", fault=s.HOSTILE[1])
    Rma.update(fault=s.HOSTILE[5]).where(Rma.id == third.id).execute()
    create_part(storekeeper, "P-ROLLER-01", "Feed roller 送纸辊")
    create_loaner(storekeeper, description="Spare printer 备用打印机", loaner_class=1,
                  cost_value=300_000, code="LN-7", serial="LSN-77")
    shift = ho.create(clerk, "shift_change", "早班 王工", s.HOSTILE[1],
                      note="=cmd|' /C calc'!A0")
    for code in (ok.number, evil.number, third.number, "P-ROLLER-01", "P-ROLLER-01", "LN-7"):
        ho.add_by_scan(clerk, shift, code)
    return {"handover": shift, "ok": ok, "evil": evil, "third": third}


def _header_row(ws) -> int:
    for row in ws.iter_rows(min_col=1, max_col=2):
        if row[0].value == "No." and row[1].value == "RMA / item":
            return row[0].row
    raise AssertionError("no item table header")


def test_sheet_values_formats_and_print_setup(world, tmp_path):
    shift = world["handover"]
    path = write_handover_sheet(shift.number, tmp_path / "ho.xlsx")
    ws = openpyxl.load_workbook(path).active
    assert ws["A1"].value == "Depot Service Center"
    assert ws["A2"].value == "上海市闵行区 =SUM(A1) 路 1 号  ·  Phone +86 21 5555 0100"
    assert ws["A3"].value == "Handover sheet"
    labels = {ws.cell(r, 2).value: ws.cell(r, 3).value for r in range(4, 12)}
    assert labels["Handover no."] == shift.number
    assert labels["Kind"] == "Shift change"
    assert labels["From"] == "早班 王工"
    assert labels["Note"] == "=cmd|' /C calc'!A0"
    date_cell = next(ws.cell(r, 7) for r in range(4, 12) if ws.cell(r, 6).value == "Date")
    assert date_cell.value == datetime(2026, 1, 5, 9, 0)
    assert date_cell.number_format == "yyyy-mm-dd hh:mm"

    h = _header_row(ws)
    assert [c.value for c in ws[h]][:12] == HEADER
    rows = [[c.value for c in ws[r]][:12] for r in range(h + 1, h + 6)]
    ok, evil, third = world["ok"], world["evil"], world["third"]
    assert rows[2][1] == third.number
    assert rows[0][:6] == [1, ok.number, "SN-OK1", "ZT410\nIndustrial label printer 工业打印机",
                           "上海精密仪器有限公司", "-2+3"]
    assert rows[0][6] == "Replaced feed roller, cleaned print head"
    assert rows[0][8:12] == [1, Decimal(0), "customer → depot: customer", None]
    assert rows[1][1:6:3] == [evil.number, s.HOSTILE[0]]
    assert rows[1][5] == "@SUM(A1)"
    assert rows[2][4:6] == [s.HOSTILE[4], s.HOSTILE[5]]
    assert rows[3][1:4] == ["P-ROLLER-01", None, "Feed roller 送纸辊"]
    assert rows[3][8] == 2, "two scans of one part are one line of 2"
    assert rows[4][1:4] == ["LN-7", "LSN-77", "Spare printer 备用打印机"]
    assert rows[4][11] == "LN-7"
    charges = ws.cell(h + 1, 10)
    assert charges.number_format == "#,##0.00"
    totals = [c.value for c in ws[h + 6]][:12]
    assert totals[1] == "Totals" and totals[8] == 6
    assert totals[3] == "3 unit(s), 1 part line(s) (2 pcs), 1 loaner(s)"
    texts = " ".join(str(v) for r in ws.iter_rows() for v in (c.value for c in r) if v)
    assert "Handed over by" in texts and "Received by" in texts and "Signature" in texts

    assert int(ws.page_setup.paperSize) == 9  # A4
    assert ws.page_setup.orientation == "landscape"
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    assert ws.print_title_rows == f"${h}:${h}"
    assert ws.freeze_panes == f"A{h + 1}"
    assert ws.column_dimensions["F"].width == 24
    assert "Page &P of &N" in ws.oddFooter.center.text


def test_no_user_text_becomes_a_formula(world, tmp_path):
    path = write_handover_sheet(world["handover"], tmp_path / "ho.xlsx")
    assert s.formula_cells(path) == []
    texts = s.cell_texts(path)
    for hostile in s.HOSTILE:
        assert hostile in texts, f"{hostile!r} must arrive as the text it was"
    book = openpyxl.load_workbook(path)
    flagged = [c for r in book.active.iter_rows() for c in r
               if isinstance(c.value, str) and c.value.startswith(("=", "+", "-", "@", "\t",
                                                                   "\r"))]
    assert flagged and all(c.quotePrefix for c in flagged)


def test_barcode_image_decodes_to_the_handover_number(world, tmp_path):
    path = write_handover_sheet(world["handover"], tmp_path / "ho.xlsx")
    assert s.decoded_barcodes(path) == [world["handover"].number]


def test_progress_and_cancel_leave_no_half_file(world, tmp_path):
    seen: list[tuple[int, int]] = []
    path = write_handover_sheet(world["handover"], tmp_path / "ho.xlsx",
                                progress=lambda d, t: seen.append((d, t)))
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1] and path.exists()
    target = tmp_path / "cancelled.xlsx"
    with pytest.raises(JobCancelled):
        write_handover_sheet(world["handover"], target, cancelled=lambda: True)
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".~")] == []


def test_sheet_converts_with_libreoffice(world, tmp_path):
    path = write_handover_sheet(world["handover"], tmp_path / "ho.xlsx")
    s.convert_to_pdf(path, tmp_path)


def test_scan_driven_courier_handover(manager, clerk, technician, fixed_clock, tmp_path):
    """DOMAIN §9: scan into depot → courier, an unpaid RMA is refused, confirm, sheet."""
    cat = s.catalogue(manager)
    paid = s.ready_in_warranty(manager, clerk, technician, cat, "SN-C1")
    unpaid = s.ready_unpaid(manager, clerk, technician, cat, "SN-C2")
    courier = ho.create(clerk, "depot_to_courier", "Shipping desk", "SF Express 顺丰")
    ho.add_by_scan(clerk, courier, "SN-C1")  # the serial label on the box
    with pytest.raises(GateClosed, match=f"{unpaid.number} cannot be handed over: Quote "
                       f"Q-{unpaid.number}-1 is unpaid: 1,250.00 outstanding"):
        ho.add_by_scan(clerk, courier, unpaid.number)
    ho.confirm(clerk, courier)
    assert Rma.get_by_id(paid.id).state == "shipped"
    assert Rma.get_by_id(unpaid.id).state == "ready_to_ship"
    path = write_handover_sheet(courier.number, tmp_path / f"{courier.number}.xlsx")
    ws = openpyxl.load_workbook(path).active
    h = _header_row(ws)
    assert [ws.cell(h + 1, c).value for c in (2, 3)] == [paid.number, "SN-C1"]
    assert ws.cell(h + 2, 2).value == "Totals"
    states = {ws.cell(r, 6).value: ws.cell(r, 7).value for r in range(4, h)}
    assert states["State"] == "confirmed"
    assert s.decoded_barcodes(path) == [courier.number]
