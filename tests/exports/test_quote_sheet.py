"""The quote documents: the .xlsx read back with openpyxl, and the PDF's shape."""

from __future__ import annotations

import re

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from depot import settings
from exports.quote_sheet import quote_document, write_quote_pdf, write_quote_sheet
from rma import customers, diagnosis, quotes, workflow
from tests.support.repair import make_world, receive, stock_part


@pytest.fixture
def issued(db, manager, storekeeper, technician, clerk, fixed_clock):
    make_world(manager)
    settings.change(manager, "company.name", "Huadong Repair Depot 华东维修中心")
    settings.change(manager, "company.address", "88 Century Ave, Pudong, Shanghai")
    settings.change(manager, "company.phone", "021-5888 0000")
    settings.change(manager, "quotes.diagnosis_fee", 5_000)
    stock_part(storekeeper, "P-PSU-450", "电源 Power supply 450 W", (2, 125_000))
    rma = workflow.start_diagnosis(technician, receive(clerk, "SN-OOW-1",
                                                       fault="=cmd|' /C calc'!A0"))
    diagnosis.record_diagnosis(technician, rma, "+PSU dead; fuse F1 open", "power_supply")
    diagnosis.add_needed_part(technician, rma, "P-PSU-450", 1)
    quote = quotes.draft_quote(technician, rma)
    quotes.add_line(technician, quote, "shipping", unit_price=2_300,
                    description="@Return leg depot → customer (SF Express)")
    quotes.add_line(technician, quote, "labour")
    quotes.issue_quote(clerk, rma)
    return quotes.get_quote(quote.id)


def _cells(ws: Worksheet) -> dict[str, object]:
    return {c.coordinate: c.value for row in ws.iter_rows() for c in row if c.value is not None}


def _find(ws: Worksheet, value: object):
    for row in ws.iter_rows():
        for cell in row:
            if cell.value == value:
                return cell
    raise AssertionError(f"{value!r} not on the sheet")


def test_sheet_reads_back_with_lines_totals_and_formats(issued, tmp_path):
    path = write_quote_sheet(issued, tmp_path / "quote.xlsx")
    ws = load_workbook(path).active
    values = _cells(ws)
    assert values["A1"] == "Huadong Repair Depot 华东维修中心"
    assert values["A2"] == "88 Century Ave, Pudong, Shanghai  ·  Phone 021-5888 0000"
    assert values["A3"] == "Quote"
    assert _find(ws, issued.number).row == _find(ws, "Quote no.").row
    valid = ws.cell(row=_find(ws, "Valid until").row, column=3)
    assert valid.value.date().isoformat() == "2026-02-04"
    header = _find(ws, "Unit price")
    rows = [[ws.cell(row=r, column=c).value for c in range(1, 7)]
            for r in range(header.row + 1, header.row + 4)]
    assert rows[0] == [1, "P-PSU-450", "电源 Power supply 450 W", 1, 1250, 1250]
    assert rows[1][2] == "Shipping: @Return leg depot → customer (SF Express)"
    assert rows[2][2] == "Labour" and rows[2][5] == 0
    money = ws.cell(row=header.row + 1, column=6)
    assert money.number_format == "#,##0.00"
    total = _find(ws, "Total (CNY)")
    assert ws.cell(row=total.row, column=6).value == 1273
    terms = [v for v in values.values() if isinstance(v, str) and v.startswith("• ")]
    assert "• This quote is valid until 2026-02-04." in terms
    assert any("diagnosis fee of 50.00" in t for t in terms)
    assert _find(ws, "Customer signature")
    assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4)
    assert ws.page_setup.fitToWidth == 1
    assert ws.print_title_rows == f"${header.row}:${header.row}"
    assert ws._images, "the RMA barcode is on the sheet"


def test_user_text_is_never_a_formula(issued, tmp_path, manager):
    customers.update_customer(manager, issued.rma.customer, issued.rma.customer.version,
                              name="=HYPERLINK(\"http://x\")")
    ws = load_workbook(write_quote_sheet(issued, tmp_path / "q.xlsx")).active
    for text in ("=HYPERLINK(\"http://x\")", "=cmd|' /C calc'!A0",
                 "+PSU dead; fuse F1 open"):
        cell = _find(ws, text)
        assert cell.data_type == "s", text
        assert cell.quotePrefix, text
    line = _find(ws, "Shipping: @Return leg depot → customer (SF Express)")
    assert line.data_type == "s"


def test_draft_says_it_is_not_an_offer(issued, technician, tmp_path):
    draft = quotes.draft_quote(technician, issued.rma_id)
    doc = quote_document(draft)
    assert doc.is_draft and doc.number.endswith("-2") and doc.valid_until is None
    ws = load_workbook(write_quote_sheet(draft, tmp_path / "d.xlsx")).active
    assert ws["A3"].value == "Quote (draft, not an offer)"
    assert _find(ws, "set when issued")


def test_pdf_is_an_a4_document_titled_with_the_quote_number(issued, tmp_path):
    path = write_quote_pdf(issued, tmp_path / "quote.pdf")
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert issued.number.encode() in data  # the document title in the info dictionary
    assert re.search(rb"/MediaBox \[\s*0 0 595\.2\d+ 841\.8\d+\s*\]", data)
    assert data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") >= 1
    assert list(tmp_path.glob(".~*")) == []  # no temporary file left behind


def test_long_quote_breaks_across_pdf_pages(issued, technician, tmp_path):
    draft = quotes.draft_quote(technician, issued.rma_id)
    for i in range(60):
        quotes.add_line(technician, draft, "shipping", unit_price=100 + i,
                        description=f"Leg {i} 运输段 {i}")
    data = write_quote_pdf(draft, tmp_path / "long.pdf").read_bytes()
    pages = re.findall(rb"/Type /Page[^s]", data)
    assert len(pages) >= 2
