"""The quote (报价单) the customer receives: as an .xlsx sheet and as a PDF.

Both documents are laid out from one `QuoteDocument`, read once from the
database, so the sheet and the PDF can never disagree about a line or a
total. They read like a letter: letterhead, quote and RMA numbers (the RMA
number also as Code 128 on the sheet, so the signed copy scans back to the
RMA), customer and unit, the diagnosis, the priced lines and the total, the
diagnosis fee owed if the quote is declined, the terms (work starts once the
quote is accepted and paid in full; parts at cost, never above their first
price), the valid-until date, and an acceptance block with signature lines.
A draft says so in its title: it is not an offer.

The .xlsx goes through `exports.xlsx`, which stores every piece of user text
as text (a customer called ``=HYPERLINK(…)`` stays a name) and prints A4
fitted to the width.

The PDF is drawn with ReportLab, a pure-Python library, because the people
who print quotes are on Windows without LibreOffice: vector text (sharp on
any printer, searchable, small), A4, tables that break across pages with
their header repeated. Chinese text needs a CJK font: a TrueType one found
on the computer (Microsoft YaHei on Windows) is embedded; failing that the
standard CID font STSong-Light is used, which every PDF reader supplies.
Cells with no CJK character use Helvetica, so an English quote looks
English.
"""

from __future__ import annotations

import functools
import os
import tempfile
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from openpyxl import Workbook

from depot import clock
from depot.i18n import translate
from depot.money import format_money
from exports.xlsx import (
    Cancelled,
    Company,
    JobCancelled,
    Progress,
    SheetWriter,
    Style,
    add_styles,
    barcode_image,
    clean_text,
    company,
    company_header,
    money_value,
    save_workbook,
    setup_print,
)
from rma.models import Customer, ProductModel, Rma, Unit
from rma.quote_math import QuoteStatus
from rma.repair_models import Diagnosis, Quote, QuoteLine

__all__ = ["QuoteDocument", "QuoteLineView", "quote_document", "write_quote_pdf",
           "write_quote_sheet"]

#: A … F: #, part no., description, qty, unit price, amount
_WIDTHS = (5, 16, 42, 7, 14, 16)
_LAST = len(_WIDTHS)


@dataclass(frozen=True)
class QuoteLineView:
    position: int
    kind: str
    part_code: str
    description: str
    qty: int
    unit_price: int
    amount: int


@dataclass(frozen=True)
class QuoteDocument:
    """Everything printed on a quote, as plain values (money in minor units)."""

    company: Company
    number: str
    revision: int
    status: str
    currency: str
    created_on: date
    issued_on: date | None
    valid_until: date | None
    rma_number: str
    customer_name: str
    customer_contact: str
    customer_address: str
    customer_phone: str
    customer_email: str
    serial: str
    model: str
    fault: str
    findings: str
    lines: tuple[QuoteLineView, ...]
    total: int
    diagnosis_fee: int

    @property
    def is_draft(self) -> bool:
        return self.status == QuoteStatus.DRAFT.value

    def money(self, minor: int) -> str:
        return format_money(minor, self.currency)


def kind_label(kind: str) -> str:
    labels = {
        "part": translate("Sheets", "Part"),
        "labour": translate("Sheets", "Labour"),
        "onsite": translate("Sheets", "On-site visit"),
        "shipping": translate("Sheets", "Shipping"),
    }
    return labels.get(kind, kind)


def line_text(line: QuoteLineView) -> str:
    """A line as the customer reads it: parts by name, fees prefixed with their kind."""
    label = kind_label(line.kind)
    if line.kind == "part" or not line.description or line.description == label:
        return line.description or label
    return f"{label}: {line.description}"


def quote_document(quote: Quote | int | str) -> QuoteDocument:
    """Read one quote and what it is about (a handful of queries)."""
    from rma.quotes import get_quote

    q = get_quote(quote)
    rma = Rma.get_by_id(q.rma_id)
    unit = Unit.get_by_id(rma.unit_id)
    model = ProductModel.get_by_id(unit.model_id)
    customer = Customer.get_or_none(Customer.id == (rma.customer_id or unit.customer_id))
    diag = Diagnosis.get_or_none(Diagnosis.rma == rma.id)
    lines = tuple(
        QuoteLineView(ln.position, ln.kind, ln.part_code, ln.description, ln.qty, ln.unit_price,
                      ln.amount)
        for ln in QuoteLine.select().where(QuoteLine.quote == q.id).order_by(QuoteLine.position)
    )
    local = clock.current().local_tz()
    return QuoteDocument(
        company=company(),
        number=q.number,
        revision=q.revision,
        status=q.status,
        currency=q.currency,
        created_on=q.created_at.astimezone(local).date(),
        issued_on=q.issued_at.astimezone(local).date() if q.issued_at else None,
        valid_until=q.valid_until,
        rma_number=rma.number,
        customer_name=customer.name if customer else "",
        customer_contact=customer.contact_person if customer else "",
        customer_address=" ".join(p for p in (customer.address, customer.postcode) if p)
        if customer else "",
        customer_phone=customer.phone if customer else "",
        customer_email=customer.email if customer else "",
        serial=unit.serial,
        model=f"{model.code} — {model.name}" if model.name else model.code,
        fault=rma.fault,
        findings=diag.findings if diag else "",
        lines=lines,
        # a draft's stored total follows its lines; an issued quote's is what was offered
        total=q.total,
        diagnosis_fee=q.diagnosis_fee,
    )


def _title(doc: QuoteDocument) -> str:
    if doc.is_draft:
        return translate("Sheets", "Quote (draft, not an offer)")
    return translate("Sheets", "Quote")


def _terms(doc: QuoteDocument) -> list[str]:
    terms = [
        translate("Sheets", "Spare parts are charged at cost price, never above the price at "
                            "which the part was first stocked."),
        translate("Sheets", "The repair starts once this quote is accepted and paid in full; "
                            "the unit is returned once nothing is outstanding."),
    ]
    if doc.valid_until is not None:
        terms.append(translate("Sheets", "This quote is valid until {date}.").format(
            date=doc.valid_until.isoformat()))
    if doc.diagnosis_fee:
        terms.append(translate(
            "Sheets", "If the quote is declined, the diagnosis fee of {fee} and the return "
                      "shipping are charged.").format(fee=doc.money(doc.diagnosis_fee)))
    return terms


# --------------------------------------------------------------------------- xlsx


def write_quote_sheet(
    quote: Quote | int | str,
    path: str | os.PathLike[str],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Path:
    """Write the customer's quote as .xlsx to `path` and return the path."""
    doc = quote_document(quote)
    if progress:
        progress(0, 2)
    wb = Workbook()
    add_styles(wb, doc.currency)
    ws = wb.active
    ws.title = translate("Sheets", "Quote")[:31]
    w = SheetWriter(ws, _WIDTHS)
    company_header(w, _title(doc), who=doc.company)
    ws.add_image(barcode_image(doc.rma_number, width_mm=58, height_mm=15), "E1")
    w.blank()

    L = Style.LABEL
    w.write_row([translate("Sheets", "Quote no."), None, doc.number, None, None, None],
                [L, None, Style.COMPANY])
    w.write_row([translate("Sheets", "RMA no."), None, doc.rma_number], [L, None, Style.TEXT])
    w.write_row([translate("Sheets", "Date"), None, doc.issued_on or doc.created_on],
                [L, None, Style.PLAIN_DATE])
    w.write_row([translate("Sheets", "Valid until"), None,
                 doc.valid_until or translate("Sheets", "set when issued")],
                [L, None, Style.PLAIN_DATE if doc.valid_until else Style.TEXT])

    _section(w, translate("Sheets", "Customer"))
    _pairs(w, [
        (translate("Sheets", "Customer"), doc.customer_name),
        (translate("Sheets", "Contact"), doc.customer_contact),
        (translate("Sheets", "Address"), doc.customer_address),
        (translate("Sheets", "Phone"), doc.customer_phone),
        (translate("Sheets", "Email"), doc.customer_email),
    ])
    _section(w, translate("Sheets", "Unit"))
    _pairs(w, [
        (translate("Sheets", "Serial no."), doc.serial),
        (translate("Sheets", "Model"), doc.model),
        (translate("Sheets", "Fault reported"), doc.fault),
        (translate("Sheets", "Diagnosis"), doc.findings or "—"),
    ])

    _section(w, translate("Sheets", "Charges"))
    header = w.write_row(
        ["#", translate("Sheets", "Part no."), translate("Sheets", "Description"),
         translate("Sheets", "Qty"), translate("Sheets", "Unit price"),
         translate("Sheets", "Amount")], Style.HEADER)
    for line in doc.lines:
        w.write_row([line.position, line.part_code, line_text(line), line.qty,
                     money_value(line.unit_price, doc.currency),
                     money_value(line.amount, doc.currency)],
                    [Style.CELL_CENTER, Style.CELL, Style.CELL_WRAP, Style.INT, Style.MONEY,
                     Style.MONEY])
    if not doc.lines:
        w.write_row([None, None, translate("Sheets", "No lines yet.")], [None, None, Style.TEXT])
    w.write_row([None, None, None, None, translate("Sheets", "Total ({currency})").format(
        currency=doc.currency), money_value(doc.total, doc.currency)],
        [None, None, None, None, Style.TOTAL_LABEL, Style.TOTAL_MONEY])
    if progress:
        progress(1, 2)

    _section(w, translate("Sheets", "Terms"))
    for term in _terms(doc):
        w.write_row([f"• {term}"], [Style.WRAP], merge=(1, _LAST))
    _acceptance(w)
    if cancelled and cancelled():
        raise JobCancelled

    setup_print(ws, title_rows=(header, header),
                footer=f"{doc.company.name} · {doc.number}")
    ws.print_area = f"A1:F{w.row}"
    target = save_workbook(wb, Path(path), cancelled)
    if progress:
        progress(2, 2)
    return target


def _section(w: SheetWriter, title: str) -> None:
    w.section(title, _LAST)


def _pairs(w: SheetWriter, items: Sequence[tuple[str, str]]) -> None:
    """Label over A–B, value over C–F (merged, wrapped)."""
    for label, value in items:
        row = w.write_row([label, None, value], [Style.LABEL, None, Style.WRAP], merge=(3, _LAST))
        w.ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)


def _acceptance(w: SheetWriter) -> None:
    _section(w, translate("Sheets", "Acceptance"))
    w.write_row([translate("Sheets", "I accept this quote and the terms above, and ask the "
                                     "depot to carry out the repair.")],
                [Style.WRAP], merge=(1, _LAST))
    w.blank()
    S, SL = Style.SIGN_LINE, Style.SIGN_LABEL
    for label in (translate("Sheets", "Customer signature"), translate("Sheets", "Name"),
                  translate("Sheets", "Date"), translate("Sheets", "Company stamp")):
        row = w.write_row([label, None, "", "", "", ""], [SL, None, S, S, S, S], height=30)
        w.ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)


# --------------------------------------------------------------------------- pdf


def _has_cjk(text: str) -> bool:
    return any(unicodedata.east_asian_width(ch) in "WF" for ch in text)


@functools.cache
def _fonts() -> tuple[str, str, str]:
    """(latin, latin bold, cjk) font names registered with ReportLab, found once."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    from exports.labels import find_cjk_font

    cjk = "STSong-Light"
    found = find_cjk_font()
    if found is not None:
        path, index = found
        try:  # TrueType outlines only: ReportLab cannot embed CFF fonts (Noto CJK)
            pdfmetrics.registerFont(TTFont("DepotCJK", path, subfontIndex=index))
            cjk = "DepotCJK"
        except (TTFError, OSError, ValueError):
            cjk = "STSong-Light"
    if cjk == "STSong-Light":
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return "Helvetica", "Helvetica-Bold", cjk


def write_quote_pdf(quote: Quote | int | str, path: str | os.PathLike[str]) -> Path:
    """Write the customer's quote as an A4 PDF to `path` and return the path.

    Saved through a temporary file in the same folder and renamed, so a failed
    export never leaves half a PDF (or replaces a good one a viewer has open).
    """
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    doc = quote_document(quote)
    latin, bold, cjk = _fonts()

    def para(text: str, size: float = 9, *, strong: bool = False, right: bool = False,
             color: colors.Color = colors.black, leading: float | None = None) -> Paragraph:
        text = clean_text(str(text or ""))
        font = cjk if _has_cjk(text) else (bold if strong else latin)
        style = ParagraphStyle(
            "q", fontName=font, fontSize=size, leading=leading or size * 1.3,
            alignment=TA_RIGHT if right else 0, textColor=color,
        )
        body = escape(text).replace("\n", "<br/>")
        if strong and font == cjk:
            body = f"<b>{body}</b>"
        return Paragraph(body, style)

    grey = colors.HexColor("#404040")
    rule = colors.HexColor("#8C8C8C")
    head_fill = colors.HexColor("#DCE6F1")
    width = A4[0] - 36 * mm
    story: list[Any] = []

    who = doc.company
    # "|" rather than the sheet's "·": the CID font STSong-Light has no middle dot
    contact = "  |  ".join(p for p in (
        who.address, translate("Sheets", "Phone {phone}").format(phone=who.phone)
        if who.phone else "") if p)
    letterhead = [[para(who.name, 13, strong=True)]]
    if contact:
        letterhead.append([para(contact, 8, color=grey)])
    # narrower than the page: the barcode sits to the right of the letterhead
    story.append(Table(letterhead, colWidths=[width - 62 * mm], hAlign="LEFT",
                       style=TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)])))
    story.append(Spacer(1, 4 * mm))
    story.append(para(_title(doc), 18, strong=True, leading=22))
    story.append(Spacer(1, 3 * mm))

    facts = [
        (translate("Sheets", "Quote no."), doc.number),
        (translate("Sheets", "RMA no."), doc.rma_number),
        (translate("Sheets", "Date"), (doc.issued_on or doc.created_on).isoformat()),
        (translate("Sheets", "Valid until"), doc.valid_until.isoformat() if doc.valid_until
         else translate("Sheets", "set when issued")),
    ]
    story.append(_pair_table(facts, para, width))

    def section(title: str) -> None:
        story.append(Spacer(1, 4 * mm))
        t = Table([[para(title, 10.5, strong=True)]], colWidths=[width])
        t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.6, colors.black),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        story.append(t)
        story.append(Spacer(1, 1.5 * mm))

    section(translate("Sheets", "Customer"))
    story.append(_pair_table([
        (translate("Sheets", "Customer"), doc.customer_name),
        (translate("Sheets", "Contact"), doc.customer_contact),
        (translate("Sheets", "Address"), doc.customer_address),
        (translate("Sheets", "Phone"), doc.customer_phone),
        (translate("Sheets", "Email"), doc.customer_email),
    ], para, width))
    section(translate("Sheets", "Unit"))
    story.append(_pair_table([
        (translate("Sheets", "Serial no."), doc.serial),
        (translate("Sheets", "Model"), doc.model),
        (translate("Sheets", "Fault reported"), doc.fault),
        (translate("Sheets", "Diagnosis"), doc.findings or "—"),
    ], para, width))

    section(translate("Sheets", "Charges"))
    cols = [8 * mm, 28 * mm, None, 12 * mm, 26 * mm, 28 * mm]
    fixed = sum(c for c in cols if c is not None)
    cols[2] = width - fixed
    rows = [[para("#", 8.5, strong=True), para(translate("Sheets", "Part no."), 8.5, strong=True),
             para(translate("Sheets", "Description"), 8.5, strong=True),
             para(translate("Sheets", "Qty"), 8.5, strong=True, right=True),
             para(translate("Sheets", "Unit price"), 8.5, strong=True, right=True),
             para(translate("Sheets", "Amount"), 8.5, strong=True, right=True)]]
    for line in doc.lines:
        rows.append([para(str(line.position)), para(line.part_code), para(line_text(line)),
                     para(str(line.qty), right=True), para(doc.money(line.unit_price), right=True),
                     para(doc.money(line.amount), right=True)])
    if not doc.lines:
        rows.append(["", "", para(translate("Sheets", "No lines yet.")), "", "", ""])
    rows.append(["", "", "", "",
                 para(translate("Sheets", "Total ({currency})").format(currency=doc.currency),
                      9.5, strong=True, right=True),
                 para(doc.money(doc.total), 9.5, strong=True, right=True)])
    table = Table(rows, colWidths=cols, repeatRows=1)
    last = len(rows) - 1
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, last - 1), 0.4, rule),
        ("BACKGROUND", (0, 0), (-1, 0), head_fill),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEABOVE", (4, last), (-1, last), 1.0, colors.black),
        ("LINEBELOW", (4, last), (-1, last), 0.4, colors.black),
    ]))
    story.append(table)

    section(translate("Sheets", "Terms"))
    for term in _terms(doc):
        story.append(para(f"• {term}", 8.5))
    sign = [[para(label, 9, strong=True, color=grey), ""] for label in (
        translate("Sheets", "Customer signature"), translate("Sheets", "Name"),
        translate("Sheets", "Date"), translate("Sheets", "Company stamp"))]
    sign_table = Table(sign, colWidths=[45 * mm, width - 45 * mm], rowHeights=11 * mm)
    sign_table.setStyle(TableStyle([("LINEBELOW", (1, 0), (1, -1), 0.6, colors.black),
                                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                    ("LEFTPADDING", (0, 0), (0, -1), 0)]))
    story.append(KeepTogether([
        Spacer(1, 4 * mm),
        Table([[para(translate("Sheets", "Acceptance"), 10.5, strong=True)]], colWidths=[width],
              style=TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.6, colors.black),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0)])),
        Spacer(1, 1.5 * mm),
        para(translate("Sheets", "I accept this quote and the terms above, and ask the depot "
                                 "to carry out the repair."), 9),
        sign_table,
    ]))

    footer_text = f"{who.name}  |  {doc.number}"
    from io import BytesIO

    from reportlab.lib.utils import ImageReader

    from exports.xlsx import barcode_png

    barcode = ImageReader(BytesIO(barcode_png(doc.rma_number, width_mm=58, height_mm=15)))

    def first_page(canvas: Any, template: Any) -> None:
        """The RMA number as Code 128 top right: the signed copy scans back to the RMA."""
        canvas.drawImage(barcode, A4[0] - 18 * mm - 58 * mm, A4[1] - 14 * mm - 15 * mm,
                         width=58 * mm, height=15 * mm)
        on_page(canvas, template)

    def on_page(canvas: Any, template: Any) -> None:
        canvas.saveState()
        font = cjk if _has_cjk(footer_text) else latin
        canvas.setFont(font, 7.5)
        canvas.setFillColor(grey)
        canvas.drawString(18 * mm, 10 * mm, clean_text(footer_text))
        page = translate("Sheets", "Page {n}").format(n=canvas.getPageNumber())
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, page)
        canvas.restoreState()

    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".~", suffix=".pdf", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        pdf = SimpleDocTemplate(
            str(tmp), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
            bottomMargin=18 * mm, title=doc.number, author=who.name,
            subject=translate("Sheets", "Quote for {rma}").format(rma=doc.rma_number),
        )
        pdf.build(story, onFirstPage=first_page, onLaterPages=on_page)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


def _pair_table(items: Sequence[tuple[str, str]], para: Callable[..., object],
                width: float) -> object:
    """Label / value rows without grid lines (the heads of the document)."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle

    grey = colors.HexColor("#404040")
    rows = [[para(label, 9, strong=True, color=grey), para(value or "—", 9)]
            for label, value in items]
    table = Table(rows, colWidths=[38 * mm, width - 38 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return table
