"""The handover sheet (交接单): what changed hands, with numbers and both signatures.

Printed on A4 landscape (twelve columns do not fit upright at a readable
size), fitted to the page width and as many pages down as the items need;
the table header repeats on every page and stays frozen on screen. The
handover number is printed as Code 128 in the top right corner, drawn by
the label renderer, so scanning the signed paper reopens the record.

Every column is always there, also for items it does not apply to (a part
has no customer) or features with no data yet: the courier and the auditor
get the same form every time. Captions follow the UI language
(`depot.i18n.translate`, context "Sheets"); user text goes through
`exports.xlsx`, which never lets it become a formula.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import peewee as pw
from openpyxl import Workbook

from depot import settings
from depot.i18n import translate
from depot.models import User
from exports.details import RmaDetail, rma_details
from exports.xlsx import (
    Cancelled,
    JobCancelled,
    Progress,
    SheetWriter,
    Style,
    add_styles,
    barcode_image,
    company,
    company_header,
    money_value,
    save_workbook,
    setup_print,
)
from inventory.loaner_models import Loaner
from inventory.models import Part
from rma.handover import get_handover, kind_label, state_label_of
from rma.payer_rules import leg_label, payer_label
from rma.signoff_models import Handover, HandoverItem, ItemType

__all__ = ["SheetLine", "handover_lines", "write_handover_sheet"]


#: column widths (characters) of the item table, A … L
_WIDTHS = (4.5, 16, 14, 17, 20, 24, 24, 20, 6, 12, 20, 12)
_QTY_COL, _CHARGES_COL = 9, 10


@dataclass(frozen=True)
class SheetLine:
    """One row of the item table, already in the words of the sheet."""

    code: str
    serial: str
    model: str
    customer: str
    fault: str
    work_done: str
    parts: str
    qty: int
    charges: int | None
    payers: str
    loaner: str
    item_type: str


def _captions() -> list[str]:
    return [
        translate("Sheets", "No."),
        translate("Sheets", "RMA / item"),
        translate("Sheets", "Serial no."),
        translate("Sheets", "Model"),
        translate("Sheets", "Customer"),
        translate("Sheets", "Fault"),
        translate("Sheets", "Work done"),
        translate("Sheets", "Parts used"),
        translate("Sheets", "Qty"),
        translate("Sheets", "Charges ({currency})").format(
            currency=settings.get("money.currency")),
        translate("Sheets", "Shipping: payer of each leg"),
        translate("Sheets", "Loaner"),
    ]


def _rma_line(detail: RmaDetail) -> SheetLine:
    parts = "\n".join(f"{p.part_code} × {p.qty}" + (f" {p.description}" if p.description else "")
                      for p in detail.parts)
    payers = "\n".join(f"{leg_label(leg.direction)}: {payer_label(leg.payer)}"
                       for leg in detail.legs)
    loaners = ", ".join(
        tag + (" " + translate("Sheets", "(returned)") if back else "")
        for tag, back in detail.loaners
    )
    return SheetLine(
        code=detail.number, serial=detail.serial,
        model=f"{detail.model_code}\n{detail.model_name}" if detail.model_name else
        detail.model_code,
        customer=detail.customer, fault=detail.fault, work_done=detail.work_text, parts=parts,
        qty=1, charges=detail.charges, payers=payers, loaner=loaners, item_type=ItemType.RMA,
    )


def handover_lines(handover: Handover) -> list[SheetLine]:
    """The item table of a handover, in scan order, in a fixed number of queries."""
    items = list(
        HandoverItem.select(HandoverItem, Part.part_number, Part.name, Loaner.code,
                            Loaner.serial, Loaner.description)
        .join(Part, pw.JOIN.LEFT_OUTER, on=(HandoverItem.part == Part.id))
        .switch(HandoverItem)
        .join(Loaner, pw.JOIN.LEFT_OUTER, on=(HandoverItem.loaner == Loaner.id))
        .where(HandoverItem.handover == handover.id)
        .order_by(HandoverItem.position)
        .objects()
    )
    details = rma_details(
        HandoverItem.select(HandoverItem.rma).where(
            (HandoverItem.handover == handover.id) & (HandoverItem.item_type == ItemType.RMA))
    )
    lines: list[SheetLine] = []
    for item in items:
        if item.item_type == ItemType.RMA and item.rma_id in details:
            lines.append(_rma_line(details[item.rma_id]))
        elif item.item_type == ItemType.PART:
            lines.append(SheetLine(
                code=item.part_number or item.code, serial="", model=item.name or "",
                customer="", fault="", work_done="", parts="", qty=item.qty, charges=None,
                payers="", loaner="", item_type=ItemType.PART))
        else:
            lines.append(SheetLine(
                code=item.code, serial=getattr(item, "serial", "") or "",
                model=getattr(item, "description", "") or "", customer="", fault="",
                work_done="", parts="", qty=item.qty, charges=None, payers="",
                loaner=item.code, item_type=ItemType.LOANER))
    return lines


def _totals_text(lines: list[SheetLine]) -> str:
    units = sum(1 for ln in lines if ln.item_type == ItemType.RMA)
    parts = [ln for ln in lines if ln.item_type == ItemType.PART]
    loaners = sum(1 for ln in lines if ln.item_type == ItemType.LOANER)
    return translate("Sheets", "{units} unit(s), {parts} part line(s) ({pieces} pcs), "
                     "{loaners} loaner(s)").format(
        units=units, parts=len(parts), pieces=sum(p.qty for p in parts), loaners=loaners)


def write_handover_sheet(
    handover: Handover | int | str,
    path: str | os.PathLike[str],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Path:
    """Write the handover sheet to `path` (.xlsx) and return the path.

    Written to a temporary file next to `path` and renamed at the end, so a
    cancelled or failed export never leaves half a sheet behind (or replaces
    a good one). ``progress(done, total)`` is called as rows are written;
    ``cancelled()`` returning True stops with `JobCancelled`.
    """
    row = get_handover(handover)
    lines = handover_lines(row)
    currency = str(settings.get("money.currency"))
    total = len(lines) + 2
    if progress:
        progress(0, total)

    wb = Workbook()
    add_styles(wb, currency)
    ws = wb.active
    ws.title = translate("Sheets", "Handover")[:31]
    w = SheetWriter(ws, _WIDTHS)
    who = company()
    title = translate("Sheets", "Handover sheet")
    company_header(w, title, who=who)
    ws.add_image(barcode_image(row.number), "J1")
    w.blank()

    when = row.confirmed_at or row.created_at
    operator = User.get_or_none(User.id == (row.confirmed_by_id or row.created_by_id))
    L, V = Style.LABEL, Style.TEXT
    w.write_row([None, translate("Sheets", "Handover no."), row.number, None, None,
                 translate("Sheets", "Date"), when], [None, L, Style.COMPANY, None, None, L,
                                                     Style.PLAIN_DATETIME])
    w.write_row([None, translate("Sheets", "Kind"), kind_label(row.kind), None, None,
                 translate("Sheets", "State"), state_label_of(row.state)],
                [None, L, V, None, None, L, V])
    w.write_row([None, translate("Sheets", "From"), row.from_party, None, None,
                 translate("Sheets", "To"), row.to_party], [None, L, V, None, None, L, V])
    w.write_row([None, translate("Sheets", "Operator"), operator.name if operator else "",
                 None, None, translate("Sheets", "Station"), row.station],
                [None, L, V, None, None, L, V])
    if row.note:
        w.write_row([None, translate("Sheets", "Note"), row.note], [None, L, Style.TEXT])
    w.blank()

    header_row = w.write_row(_captions(), Style.HEADER)
    wrap, cell = Style.CELL_WRAP, Style.CELL
    styles = [Style.CELL_CENTER, cell, cell, wrap, wrap, wrap, wrap, wrap, Style.INT,
              Style.MONEY, wrap, wrap]
    charges_total = 0
    for n, line in enumerate(lines, start=1):
        if cancelled and n % 50 == 0 and cancelled():
            raise JobCancelled
        charge: Decimal | None = None
        if line.charges is not None:
            charges_total += line.charges
            charge = money_value(line.charges, currency)
        w.write_row([n, line.code, line.serial, line.model, line.customer, line.fault,
                     line.work_done, line.parts, line.qty, charge, line.payers, line.loaner],
                    styles)
        if progress and n % 50 == 0:
            progress(n, total)
    if not lines:
        w.write_row([None, translate("Sheets", "(no items)")], [None, Style.CELL])

    values: list[Any] = [None] * len(_WIDTHS)
    values[1] = translate("Sheets", "Totals")
    values[3] = _totals_text(lines)
    values[_QTY_COL - 1] = sum(ln.qty for ln in lines)
    values[_CHARGES_COL - 1] = money_value(charges_total, currency)
    total_styles: list[str | None] = [Style.TOTAL_LABEL] * len(_WIDTHS)
    total_styles[_QTY_COL - 1] = Style.TOTAL_INT
    total_styles[_CHARGES_COL - 1] = Style.TOTAL_MONEY
    w.write_row(values, total_styles)
    _signatures(w, row)

    setup_print(ws, landscape=True, title_rows=(header_row, header_row),
                freeze_below=header_row + 1,
                footer=f"{who.name} · {row.number}")
    ws.print_area = f"A1:L{w.row}"
    if progress:
        progress(total - 1, total)
    target = save_workbook(wb, Path(path), cancelled)
    if progress:
        progress(total, total)
    return target


def _signatures(w: SheetWriter, row: Handover) -> None:
    """Two signature blocks side by side: who handed over, who received."""
    w.blank(2)
    L, S = Style.SIGN_LABEL, Style.SIGN_LINE
    w.write_row([None, translate("Sheets", "Handed over by"), row.from_party, None, None, None,
                 translate("Sheets", "Received by"), row.to_party],
                [None, Style.LABEL, Style.TEXT, None, None, None, Style.LABEL, Style.TEXT])
    for caption in (translate("Sheets", "Signature"), translate("Sheets", "Date")):
        w.write_row([None, caption, "", "", "", None, caption, "", "", ""],
                    [None, L, S, S, S, None, L, S, S, S], height=32)
