"""The customer's service report (服务报告): what was wrong, what was done, what it cost.

DOMAIN §9: the customer copy lists the fault, the diagnosis, the work done,
the parts, the charges and payments, the coverage and the warranty end after
this repair, and a signature line confirming the repair. It is the page a
customer keeps and an auditor asks for, so it reads top to bottom like a
letter: letterhead, RMA number (also as Code 128, so the signed copy scans
back to the RMA), customer and unit, then the story of the repair, the
money, the warranty and the signatures. A4 portrait.

The warranty end "after this repair" is the unit's end including the days at
the depot (顺延, DOMAIN §2): once the RMA has shipped, the unit already
carries that extension; before, the report shows the end as it will be if
the unit ships today, and says so.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from openpyxl import Workbook

from depot import clock, settings
from depot.i18n import translate
from depot.money import format_money
from exports.details import RmaDetail, rma_details
from exports.xlsx import (
    Cancelled,
    Progress,
    SheetWriter,
    Style,
    add_styles,
    barcode_image,
    company,
    company_header,
    money_value,
    plain_style,
    save_workbook,
    setup_print,
)
from rma.models import Rma, Unit
from rma.payer_rules import coverage_label
from rma.quote_math import QuoteStatus
from rma.repair_models import Payment, Quote, QuoteLine
from rma.warranty import Coverage, warranty_end

__all__ = ["WarrantyAfter", "warranty_after", "write_service_report"]

#: A … F; the long texts are merged over B … F
_WIDTHS = (22, 30, 10, 14, 14, 16)
_LAST = len(_WIDTHS)


class WarrantyAfter:
    """The unit's warranty end after this repair, and how it was reached."""

    def __init__(self, end: date | None, extension_days: int, projected: bool) -> None:
        self.end = end
        self.extension_days = extension_days
        self.projected = projected

    def text(self) -> str:
        if self.end is None:
            return translate("Sheets", "Unknown: the unit has no sale or acceptance date.")
        day = self.end.isoformat()
        if self.projected and self.extension_days:
            return translate("Sheets", "{day} (extended by {n} day(s) at the depot when the "
                             "unit ships today)").format(day=day, n=self.extension_days)
        if self.extension_days:
            return translate("Sheets", "{day} (includes {n} day(s) at the depot)").format(
                day=day, n=self.extension_days)
        return day


def warranty_after(rma: Rma) -> WarrantyAfter:
    """When the unit's warranty ends once this repair is done (see the module docstring)."""
    from rma.units import terms_for
    from rma.workflow import days_at_depot

    unit = Unit.get_by_id(rma.unit_id)
    terms = terms_for(unit)
    covered = not Coverage(rma.coverage).chargeable
    if terms.start is None:
        return WarrantyAfter(None, 0, False)
    extension = terms.extension_days
    projected = covered and rma.shipped_at is None
    if projected:
        extension += days_at_depot(rma.received_at, clock.today())
    end = warranty_end(terms.start, terms.months, extension)
    return WarrantyAfter(end, extension if covered else terms.extension_days, projected)


def _cause_text(code: str) -> str:
    if not code:
        return ""
    from rma.diagnosis import cause_codes

    for cause in cause_codes():
        if cause.code == code:
            return f"{cause.label} / {cause.label_zh}" if cause.label_zh else cause.label
    return code


def write_service_report(
    rma: Rma | int | str,
    path: str | os.PathLike[str],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Path:
    """Write the service report of one RMA to `path` (.xlsx) and return the path."""
    from rma.workflow import get_rma

    row = get_rma(rma)
    detail = rma_details([row.id])[row.id]
    currency = str(settings.get("money.currency"))
    if progress:
        progress(0, 3)

    wb = Workbook()
    add_styles(wb, currency)
    ws = wb.active
    ws.title = translate("Sheets", "Service report")[:31]
    w = SheetWriter(ws, _WIDTHS)
    who = company()
    company_header(w, translate("Sheets", "Service report"), who=who)
    ws.add_image(barcode_image(row.number, width_mm=58, height_mm=15), "E1")
    w.blank()

    L = Style.LABEL
    w.write_row([translate("Sheets", "RMA no."), row.number, None,
                 translate("Sheets", "Report date"), clock.today()],
                [L, Style.COMPANY, None, L, Style.PLAIN_DATE])
    _section(w, translate("Sheets", "Customer"))
    _pairs(w, [
        (translate("Sheets", "Customer"), detail.customer),
        (translate("Sheets", "Contact"), detail.customer_contact),
        (translate("Sheets", "Address"), detail.customer_address),
        (translate("Sheets", "Phone"), detail.customer_phone),
    ])
    _section(w, translate("Sheets", "Unit"))
    _pairs(w, [
        (translate("Sheets", "Serial no."), detail.serial),
        (translate("Sheets", "Model"), f"{detail.model_code} — {detail.model_name}"
         if detail.model_name else detail.model_code),
        (translate("Sheets", "Received"), detail.received_at),
        (translate("Sheets", "Shipped"), detail.shipped_at or translate("Sheets", "not yet")),
    ])

    _section(w, translate("Sheets", "Repair"))
    _pairs(w, [
        (translate("Sheets", "Fault reported"), detail.fault),
        (translate("Sheets", "Diagnosis"), detail.findings or "—"),
        (translate("Sheets", "Fault cause"), _cause_text(detail.cause_code) or "—"),
        (translate("Sheets", "Work done"), detail.work_text or "—"),
    ])
    if progress:
        progress(1, 3)

    _parts_table(w, detail)
    _money(w, row, detail, currency)
    if cancelled and cancelled():
        from exports.xlsx import JobCancelled

        raise JobCancelled

    _section(w, translate("Sheets", "Coverage and warranty"))
    after = warranty_after(row)
    _pairs(w, [
        (translate("Sheets", "Coverage"), coverage_label(detail.coverage)),
        (translate("Sheets", "Why"), detail.coverage_reason or "—"),
        (translate("Sheets", "Warranty ends after this repair"), after.text()),
    ])
    _signatures(w)
    if progress:
        progress(2, 3)

    setup_print(ws, landscape=False, footer=f"{who.name} · {row.number}")
    ws.print_area = f"A1:F{w.row}"
    target = save_workbook(wb, Path(path), cancelled)
    if progress:
        progress(3, 3)
    return target


def _section(w: SheetWriter, title: str) -> None:
    w.section(title, _LAST)


def _pairs(w: SheetWriter, items: list[tuple[str, object]]) -> None:
    """Label in A, value over B … F (merged, wrapped)."""
    for label, value in items:
        if isinstance(value, str):
            w.write_row([label, value], [Style.LABEL_WRAP, Style.WRAP], merge=(2, _LAST))
        else:
            w.write_row([label, value], [Style.LABEL_WRAP, plain_style(value)])


def _parts_table(w: SheetWriter, detail: RmaDetail) -> None:
    _section(w, translate("Sheets", "Parts used"))
    if not detail.parts:
        w.write_row([translate("Sheets", "No parts were used.")], Style.TEXT)
        return
    w.write_row([translate("Sheets", "Part no."), translate("Sheets", "Description"),
                 None, None, None, translate("Sheets", "Qty")], [Style.HEADER] * 6,
                merge=(2, 5))
    for part in detail.parts:
        w.write_row([part.part_code, part.description, None, None, None, part.qty],
                    [Style.CELL] + [Style.CELL_WRAP] * 4 + [Style.INT], merge=(2, 5))


def _counting_quote(rma_id: int) -> Quote | None:
    """The quote whose lines the customer pays: the latest accepted, else the declined one."""
    quotes = list(Quote.select().where(
        (Quote.rma == rma_id)
        & Quote.status.in_([QuoteStatus.ACCEPTED.value, QuoteStatus.DECLINED.value])
    ).order_by(Quote.revision))
    accepted = [q for q in quotes if q.status == QuoteStatus.ACCEPTED.value]
    return accepted[-1] if accepted else (quotes[-1] if quotes else None)


def _money(w: SheetWriter, rma: Rma, detail: RmaDetail, currency: str) -> None:
    from rma.payments import METHOD_LABELS
    from rma.shipping import customer_shipping_due

    _section(w, translate("Sheets", "Charges and payments"))
    quote = _counting_quote(rma.id)
    shipping_due = customer_shipping_due(rma)
    total_due = detail.charges + shipping_due
    money = Style.MONEY
    if quote is None and shipping_due == 0:
        w.write_row([translate("Sheets", "No charge: the repair is covered ({coverage}).")
                     .format(coverage=coverage_label(detail.coverage))],
                    Style.TEXT)
    else:
        w.write_row([translate("Sheets", "Charge"), translate("Sheets", "Description"), None,
                     translate("Sheets", "Qty"), translate("Sheets", "Unit price"),
                     translate("Sheets", "Amount")], [Style.HEADER] * 6, merge=(2, 3))
        if quote is not None:
            lines = QuoteLine.select().where(QuoteLine.quote == quote.id).order_by(
                QuoteLine.position)
            for line in lines:
                w.write_row([_kind_label(line.kind), line.description, None, line.qty,
                             money_value(line.unit_price, currency),
                             money_value(line.amount, currency)],
                            [Style.CELL, Style.CELL_WRAP, Style.CELL_WRAP, Style.INT, money,
                             money], merge=(2, 3))
            if quote.status == QuoteStatus.DECLINED.value:
                w.write_row([translate("Sheets", "Quote {number} was declined: only the "
                                       "diagnosis fee and shipping are charged.").format(
                    number=quote.number)], Style.SMALL)
        if shipping_due:
            w.write_row([translate("Sheets", "Shipping"),
                         translate("Sheets", "Shipping legs billed to the customer"), None, 1,
                         money_value(shipping_due, currency),
                         money_value(shipping_due, currency)],
                        [Style.CELL, Style.CELL_WRAP, Style.CELL_WRAP, Style.INT, money, money],
                        merge=(2, 3))
    payments = list(Payment.select().where(Payment.rma == rma.id).order_by(Payment.paid_on,
                                                                           Payment.id))
    if payments:
        w.blank()
        w.write_row([translate("Sheets", "Paid on"), translate("Sheets", "Method"),
                     translate("Sheets", "Reference"), None, None, translate("Sheets", "Amount")],
                    [Style.HEADER] * 6, merge=(3, 5))
        for pay in payments:
            method = translate("Sheets", METHOD_LABELS.get(pay.method, pay.method))
            w.write_row([pay.paid_on, method, pay.reference, None, None,
                         money_value(pay.amount, currency)],
                        [Style.DATE, Style.CELL, Style.CELL, Style.CELL, Style.CELL, money],
                        merge=(3, 5))
    w.blank()
    balance = total_due - detail.paid
    for label, amount in (
        (translate("Sheets", "Total charged"), total_due),
        (translate("Sheets", "Total paid"), detail.paid),
        (translate("Sheets", "Balance"), balance),
    ):
        w.write_row([None, None, None, None, label, money_value(amount, currency)],
                    [None, None, None, None, Style.TOTAL_LABEL, Style.TOTAL_MONEY])
    if balance > 0:
        w.write_row([translate("Sheets", "{amount} is outstanding: the unit is returned once "
                               "it is paid.").format(amount=format_money(balance, currency))],
                    Style.SMALL)


def _kind_label(kind: str) -> str:
    labels = {
        "part": translate("Sheets", "Part"),
        "labour": translate("Sheets", "Labour"),
        "onsite": translate("Sheets", "On-site visit"),
        "shipping": translate("Sheets", "Shipping"),
    }
    return labels.get(kind, kind)


def _signatures(w: SheetWriter) -> None:
    _section(w, translate("Sheets", "Confirmation"))
    w.write_row([translate("Sheets", "I confirm that the unit was repaired as described above "
                           "and returned to me in working order.")],
                [Style.WRAP], merge=(1, _LAST))
    w.blank()
    S, SL = Style.SIGN_LINE, Style.SIGN_LABEL
    date = translate("Sheets", "Date")
    w.write_row([translate("Sheets", "Customer signature"), "", None,
                 translate("Sheets", "Technician"), "", ""], [SL, S, None, SL, S, S], height=32)
    w.write_row([date, "", None, date, "", ""], [SL, S, None, SL, S, S], height=32)
