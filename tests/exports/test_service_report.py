"""The customer's service report, read back with openpyxl."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import openpyxl
import pytest

from exports.service_report import warranty_after, write_service_report
from rma import handover as ho
from rma import payments
from rma.models import Rma
from tests.support import signoff as s
from tests.support import stock


def _pairs(ws) -> dict[str, object]:
    """Label in column A → value in column B, for the whole sheet."""
    return {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(1, ws.max_row + 1)
            if isinstance(ws.cell(r, 1).value, str)}


@pytest.fixture
def shipped(manager, clerk, technician, storekeeper, fixed_clock):
    part = stock.make_part(storekeeper, "P-ROLLER-01", "Feed roller 送纸辊")
    stock.receive(storekeeper, part, 5, 4_200)
    cat = s.catalogue(manager)
    rma = s.ready_in_warranty(manager, clerk, technician, cat, "SN-SR1", parts=("P-ROLLER-01",))
    out = ho.create(clerk, "depot_to_customer", "Desk", "王经理")
    ho.add_by_scan(clerk, out, rma.number)
    ho.confirm(clerk, out)
    return Rma.get_by_id(rma.id)


def test_in_warranty_report(shipped, tmp_path):
    path = write_service_report(shipped.number, tmp_path / "sr.xlsx")
    ws = openpyxl.load_workbook(path).active
    assert ws["A2"].value == "Service report", "no address or phone set: title right under"
    pairs = _pairs(ws)
    assert pairs["RMA no."] == shipped.number
    assert pairs["Customer"] == "上海精密仪器有限公司"
    assert pairs["Address"] == "上海市浦东新区张江路 88 号"
    assert pairs["Serial no."] == "SN-SR1"
    assert pairs["Model"] == "ZT410 — Industrial label printer 工业打印机"
    assert pairs["Received"] == datetime(2026, 1, 5, 9, 0)
    assert pairs["Shipped"] == datetime(2026, 1, 5, 9, 0)
    assert pairs["Fault reported"] == "打印头不出纸 / no feed"
    assert pairs["Diagnosis"] == "Feed roller worn; 送纸辊磨损"
    assert pairs["Fault cause"] == "Mechanical wear or damage / 机械磨损或损坏"
    assert pairs["Work done"] == "Replaced feed roller, cleaned print head"
    assert pairs["Part no."] == "Description"  # the parts table header
    assert pairs["P-ROLLER-01"] == "Feed roller 送纸辊"
    assert pairs["Coverage"] == "in warranty"
    # sale 2025-10-01 + 12 months − 1 day, + 1 day at the depot (received and shipped today)
    assert pairs["Warranty ends after this repair"] == "2026-10-01 (includes 1 day(s) at the " \
        "depot)"
    # a label longer than its column wraps onto a taller row instead of being cut off
    label = next(ws.cell(r, 1) for r in range(1, ws.max_row + 1)
                 if ws.cell(r, 1).value == "Warranty ends after this repair")
    assert label.alignment.wrap_text and ws.row_dimensions[label.row].height >= 2 * 13
    texts = s.cell_texts(path)
    assert "No charge: the repair is covered (in warranty)." in texts
    assert "Customer signature" in texts
    assert any(t.startswith("I confirm that the unit was repaired") for t in texts)
    assert int(ws.page_setup.paperSize) == 9 and ws.page_setup.orientation == "portrait"
    assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert s.decoded_barcodes(path) == [shipped.number]
    assert s.formula_cells(path) == []


def test_warranty_end_is_projected_before_shipping(manager, clerk, technician, fixed_clock):
    cat = s.catalogue(manager)
    rma = s.ready_in_warranty(manager, clerk, technician, cat, "SN-SR2")
    fixed_clock.advance(days=3)
    after = warranty_after(Rma.get_by_id(rma.id))
    assert (after.end, after.extension_days, after.projected) == (date(2026, 10, 4), 4, True)
    assert after.text() == "2026-10-04 (extended by 4 day(s) at the depot when the unit " \
        "ships today)"


def test_chargeable_report_with_payments_and_hostile_text(manager, clerk, technician,
                                                          fixed_clock, tmp_path):
    cat = s.catalogue(manager, customer_name=s.HOSTILE[0])
    rma = s.ready_unpaid(manager, clerk, technician, cat, "SN-SR3", amount=125_000,
                         paid=25_000)
    Rma.update(fault=s.HOSTILE[4]).where(Rma.id == rma.id).execute()
    payments.record_payment(clerk, rma.number, 50_000, "wechat_pay", reference="=1+1")
    path = write_service_report(rma.number, tmp_path / "sr.xlsx")
    ws = openpyxl.load_workbook(path).active
    pairs = _pairs(ws)
    assert pairs["Customer"] == s.HOSTILE[0]
    assert pairs["Fault reported"] == s.HOSTILE[4]
    assert pairs["Coverage"] == "out of warranty"
    assert pairs["Warranty ends after this repair"] == "2020-12-31"
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    charge = next(r for r in rows if r[0] == "Part")
    assert charge[1:6] == ["Power board", None, 1, Decimal("1250"), Decimal("1250")]
    paid = [r for r in rows if r[1] in ("Cash", "WeChat Pay")]
    assert [(r[0], r[1], r[2], r[5]) for r in paid] == [
        (datetime(2026, 1, 5), "Cash", None, Decimal("250")),
        (datetime(2026, 1, 5), "WeChat Pay", "=1+1", Decimal("500")),
    ]
    totals = {r[4]: r[5] for r in rows if r[4] in ("Total charged", "Total paid", "Balance")}
    assert totals == {"Total charged": Decimal("1250"), "Total paid": Decimal("750"),
                      "Balance": Decimal("500")}
    money_cell = next(c for r in ws.iter_rows() for c in r if c.value == Decimal("500")
                      and c.column == 6)
    assert money_cell.number_format == "#,##0.00"
    assert "500.00 is outstanding: the unit is returned once it is paid." in s.cell_texts(path)
    assert s.formula_cells(path) == []
    s.convert_to_pdf(path, tmp_path)
