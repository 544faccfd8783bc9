"""Quotes & payments driven like the service desk: scans, typed amounts, dialogs, exports.

Money is typed as text and must arrive as exact integers of minor units; a
part is never quoted above its initial price and the refusal is shown where
the line is typed; the export runs on a worker thread and opens the folder.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from depot.money import format_money
from rma import payments, quotes, workflow
from rma.models import Rma
from rma.quote_math import LineKind
from rma.repair_models import Payment, Quote
from tests.support.repair import make_world, receive, stock_part
from tests.support.ui import build_window, commit_text, scanner_type
from ui.pages.quotes import QuotesPage
from ui.qt import QDialogButtonBox
from ui.workers import wait_all


@pytest.fixture
def desk(qtbot, db, fixed_clock, manager, technician, clerk, storekeeper, tmp_path):
    make_world(manager)
    stock_part(storekeeper, "P-PSU-450", "Power supply 450 W", (2, 125_000), (2, 140_000))
    win = build_window(db)
    qtbot.addWidget(win)
    win.ctx.settings.setValue("exports/folder", str(tmp_path / "exports"))
    win.ctx.set_operator(technician)
    win.show()
    qtbot.waitExposed(win)
    page: QuotesPage = win.pages["quotes"]
    win.opened = []
    page.jobs.folder_opener = win.opened.append  # no file manager in a test
    yield win
    page.wait()
    wait_all()
    win.ctx.settings.remove("exports/folder")
    win.router.uninstall()
    win.ctx.close()


def focused(win):
    return win.focusWidget() or win


def ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def diagnosed(clerk, technician, serial: str = "SN-OOW-1") -> Rma:
    rma = receive(clerk, serial, fault="Prints blank labels")
    workflow.start_diagnosis(technician, rma)
    return rma


def line_kind(page: QuotesPage, kind: LineKind) -> None:
    page.kind.setCurrentIndex(page.kind.findData(kind.value))


def type_line(page: QuotesPage, kind: LineKind, *, part: str = "", price: str = "",
              qty: int = 1) -> None:
    line_kind(page, kind)
    page.part.clear()
    page.price.clear()
    if part:
        commit_text(page.part, part)
    if price:
        commit_text(page.price, price)
    page.qty.setValue(qty)


def test_quote_builder_prices_lines_and_keeps_exact_totals(qtbot, desk, clerk, technician,
                                                           qtmodeltester):
    win = desk
    rma = diagnosed(clerk, technician)
    page: QuotesPage = win.show_section("quotes")
    qtmodeltester.check(page.list_model)
    assert page.filter_buttons["to_quote"].text() == "To quote (1)"
    scanner_type(qtbot, focused(win), rma.number)
    assert win.current_key() == "quotes" and page.rma.id == rma.id
    assert page.quote_title.text() == "No quote yet"
    assert page.draft_button.text() == "New quote"

    page.draft_button.click()
    assert page.quote.number == f"Q-{rma.number}-1" and page.editor.isVisible()
    assert not page.issue_button.isEnabled()
    assert "has no lines" in page.quote_why.text()
    assert page.valid_label.text() == "valid until 2026-02-04 if issued today"

    # a part label scanned on this screen: priced at cost, capped at its initial price
    scanner_type(qtbot, focused(win), "P-PSU-450")
    assert [(ln.part_code, ln.qty, ln.unit_price) for ln in page.lines] == [
        ("P-PSU-450", 1, 125_000)]
    scanner_type(qtbot, focused(win), "P-PSU-450")  # the same part again: one more piece
    assert [(ln.qty, ln.amount) for ln in page.lines] == [(2, 250_000)]
    assert "capped at the part's initial price" in page.lines_table.item(0, 4).toolTip()

    # a price above the cap is refused where it is typed, and nothing is added
    type_line(page, LineKind.PART, part="P-PSU-450", price="1,300.00")
    page._preview_line()
    assert "Above the initial price: refused." in page.preview.text()
    page.add_button.click()
    assert page.line_error.isVisible()
    assert "is above its initial price 1,250.00" in page.line_error.text()
    assert win.banner.level == "error" and len(page.lines) == 1

    # a part the catalogue does not know needs its price
    type_line(page, LineKind.PART, part="P-FAN-80")
    page.add_button.click()
    assert "enter the price on the line" in win.banner.label.text()
    type_line(page, LineKind.PART, part="P-FAN-80", price="88.5")
    assert page.preview.text() == "1 × 88.50 = 88.50 (price entered)"
    page.add_button.click()
    assert not page.line_error.isVisible()
    assert page.lines[-1].amount == 8_850

    # labour by policy only; on-site fee and shipping as entered; decimals checked
    type_line(page, LineKind.LABOUR, price="100")
    assert not page.price.isEnabled()
    page.price.setEnabled(True)  # even if the field were typed into, policy wins
    page.add_button.click()
    assert "by policy" in win.banner.label.text()
    type_line(page, LineKind.LABOUR)
    page.add_button.click()
    type_line(page, LineKind.ONSITE, price="300")
    page.add_button.click()
    type_line(page, LineKind.SHIPPING, price="12.345")
    assert "more decimals" in page.preview.text()
    page.add_button.click()
    assert "more decimals" in win.banner.label.text()
    type_line(page, LineKind.SHIPPING, price="25", qty=2)
    assert page.preview.text() == "2 × 25.00 = 50.00"
    page.add_button.click()
    assert [ln.kind for ln in page.lines] == ["part", "part", "labour", "onsite", "shipping"]

    # remove the labour line; set the diagnosis fee owed on a decline
    page.lines_table.selectRow(2)
    page.remove_button.click()
    page.fee.setText("")
    commit_text(page.fee, "80")
    page.fee_button.click()
    quote = Quote.get_by_id(page.quote.id)
    amounts = [ln.amount for ln in quotes.quote_lines(quote)]
    assert amounts == [250_000, 8_850, 30_000, 5_000]
    assert all(isinstance(a, int) for a in amounts)
    assert quote.total == sum(amounts) == 293_850
    assert quote.diagnosis_fee == 8_000
    assert page.total_label.text() == f"Total {format_money(293_850)} CNY"
    assert page.fee_label.text() == "Diagnosis fee owed if declined: 80.00"

    page.issue_button.click()
    assert Rma.get_by_id(rma.id).state == "awaiting_approval"
    assert page.valid_label.text() == "valid until 2026-02-04"
    assert not page.editor.isVisible()
    assert page.filter_buttons["waiting"].text() == "Waiting on the customer (1)"
    assert page.list_model.rows[0].total == 293_850
    qtmodeltester.check(page.list_model)


def test_decline_revise_accept_pay_and_refund(qtbot, desk, clerk, technician, manager):
    win = desk
    rma = diagnosed(clerk, technician, "SN-OOW-2")
    draft = quotes.draft_quote(technician, rma)
    quotes.add_line(technician, draft, LineKind.PART, part_code="P-PSU-450")
    quotes.set_diagnosis_fee(technician, draft, 8_000)
    quotes.issue_quote(technician, rma)
    page: QuotesPage = win.show_section("quotes")
    page.open_item(rma.number)
    assert page.list_model.row_of(rma.id) == 0
    assert not page.issue_button.isVisible()  # issued: the next step is the customer's

    decline = page.decline()
    decline.method_buttons["email"].click()
    commit_text(decline.note, "Too expensive, send it back")
    ok(decline)
    assert Rma.get_by_id(rma.id).state == "declined"
    assert page.due_value.text() == "80.00" and page.outstanding_value.text() == "80.00"
    assert "Declined by email" in page.revisions_label.text()

    # the customer changes their mind: a revision, issued and accepted by phone
    assert page.draft_button.text() == "Revise quote"
    page.draft_button.click()
    assert page.quote.number == f"Q-{rma.number}-2"
    assert [ln.part_code for ln in page.lines] == ["P-PSU-450"]
    page.issue_button.click()
    accept = page.accept()
    ok(accept)
    assert Rma.get_by_id(rma.id).state == "awaiting_payment"
    assert page.outstanding_value.text() == "1,250.00"
    assert "The repair starts once 1,250.00 more is paid." in page.money_note.text()

    # payments are the desk's: a technician's button is disabled and says so
    assert not page.pay_button.isEnabled()
    assert "service desk" in page.pay_button.toolTip()
    scanner_type(qtbot, focused(win), "BDG-S001")
    assert page.pay_button.isEnabled()
    for typo in ("abc", "12.345", ""):
        page.amount.setText(typo)
        page.pay_button.click()
        assert win.banner.level == "error"
    commit_text(page.amount, "2,000")
    page.pay_button.click()
    assert "more than the 1,250.00 outstanding" in win.banner.label.text()
    assert Payment.select().count() == 0
    page.amount.clear()
    commit_text(page.amount, "1,300.00")
    page.excess.setChecked(True)
    page.paid_on.setDate(page.paid_on.date().addDays(-1))
    page.pay_button.click()
    assert "paid in full" in win.banner.label.text()
    assert Rma.get_by_id(rma.id).state == "awaiting_parts"
    assert page.outstanding_caption.text() == "Credit to refund"
    assert page.outstanding_value.text() == "50.00"
    assert payments.payments_of(rma)[0].paid_on.isoformat() == "2026-01-04"
    assert page.ledger.rowCount() == 1

    # only a manager refunds, with a reason
    assert not page.refund_button.isEnabled()
    assert page.refund_hint.text() == "Refunds are recorded by a manager."
    scanner_type(qtbot, focused(win), "BDG-M001")
    assert page.refund_button.isEnabled() and page.refund_hint.text() == ""
    refund = page.refund()
    commit_text(refund.amount, "50")
    ok(refund)
    assert "needs a reason" in refund.error_label.text()
    commit_text(refund.reason, "Overpaid by transfer")
    ok(refund)
    assert page.outstanding_value.text() == "0.00"
    assert [p.amount for p in payments.payments_of(rma)] == [130_000, -5_000]
    assert page.ledger.item(1, 1).text() == "-50.00"
    assert page.ledger.item(1, 5).text() == "Overpaid by transfer"


def test_quote_exports_to_xlsx_and_pdf_on_a_worker(qtbot, desk, clerk, technician, tmp_path):
    win = desk
    rma = diagnosed(clerk, technician)
    draft = quotes.draft_quote(technician, rma)
    quotes.add_line(technician, draft, LineKind.PART, part_code="P-PSU-450")
    quotes.add_line(technician, draft, LineKind.SHIPPING, unit_price=2_500)
    quotes.issue_quote(technician, rma)
    page: QuotesPage = win.show_section("quotes")
    page.open_item(rma.id)
    number = page.quote.number

    with qtbot.waitSignal(page.jobs.finished, timeout=30_000):
        page.xlsx_button.click()
    qtbot.waitUntil(lambda: not page.jobs.busy(), timeout=10_000)
    sheet = tmp_path / "exports" / f"{number}.xlsx"
    assert win.opened == [sheet]
    assert win.banner.level == "ok" and f"{number}.xlsx" in win.banner.label.text()
    cells = [c for row in openpyxl.load_workbook(sheet).active.iter_rows(values_only=True)
             for c in row if c is not None]
    assert number in cells and rma.number in cells

    with qtbot.waitSignal(page.jobs.finished, timeout=30_000):
        page.pdf_button.click()
    qtbot.waitUntil(lambda: not page.jobs.busy(), timeout=10_000)
    pdf = tmp_path / "exports" / f"{number}.pdf"
    assert win.opened[-1] == pdf
    assert Path(pdf).read_bytes()[:5] == b"%PDF-"
