"""What a sheet says about an RMA, loaded for many RMAs in a fixed number of queries.

A 500-line handover sheet must be written in well under a second, so it
cannot ask the workflow, the parts list, the payments and the shipping legs
of each RMA one by one (some 3,000 queries). `rma_details` reads each of
those tables once for the whole list (in chunks, to stay under the SQL
variable limits) and assembles plain `RmaDetail` values the sheets lay out.
The service report, which shows one RMA, uses the same loader, so the two
documents can never disagree about the same repair.

Read-only: nothing here writes, and money is kept in integer minor units
until the cell is written.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

import peewee as pw

from rma.models import Customer, ProductModel, Rma, RmaEvent, Unit
from rma.quote_math import QuoteStatus, QuoteSummary, amount_due
from rma.repair_models import Diagnosis, Payment, Quote, QuoteLine, RmaPart
from rma.shipping_models import Loan, ShippingLeg

__all__ = ["WORK_EVENTS", "LegDetail", "PartDetail", "RmaDetail", "rma_details"]

#: timeline entries whose notes describe the work done (repairs, vendor returns)
WORK_EVENTS = ("finish_repair", "back_from_vendor")
_CHUNK = 500


@dataclass(frozen=True)
class PartDetail:
    part_code: str
    description: str
    qty: int  # issued less returned
    unit_cost: int


@dataclass(frozen=True)
class LegDetail:
    direction: str
    payer: str
    carrier: str
    tracking: str
    cost: int


@dataclass
class RmaDetail:
    """One RMA as the handover sheet and the service report show it."""

    id: int
    number: str
    state: str
    serial: str
    model_code: str
    model_name: str
    customer: str
    customer_contact: str
    customer_address: str
    customer_phone: str
    fault: str
    coverage: str
    coverage_reason: str
    received_at: datetime
    shipped_at: datetime | None
    reported_on: date
    findings: str = ""
    cause_code: str = ""
    work_done: list[str] = field(default_factory=list)
    parts: list[PartDetail] = field(default_factory=list)
    charges: int = 0  # what the customer owes in total (quotes; shipping legs billed apart)
    paid: int = 0
    legs: list[LegDetail] = field(default_factory=list)
    loaners: list[tuple[str, bool]] = field(default_factory=list)  # (tag, returned)

    @property
    def work_text(self) -> str:
        return "\n".join(self.work_done)


def _chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield list(ids[start:start + _CHUNK])


def rma_details(ids: Sequence[int] | pw.SelectQuery) -> dict[int, RmaDetail]:
    """Details of the RMAs with these ids (missing ids are simply absent).

    `ids` may also be a query selecting RMA ids (a handover's items): the
    database then joins instead of receiving hundreds of bound parameters per
    table, which is most of the cost of a long list.
    """
    out: dict[int, RmaDetail] = {}
    if isinstance(ids, pw.SelectQuery):
        _load_chunk(ids, out)
        return out
    unique = list(dict.fromkeys(ids))
    for chunk in _chunks(unique):
        _load_chunk(chunk, out)
    return out


def _load_chunk(ids: list[int] | pw.SelectQuery, out: dict[int, RmaDetail]) -> None:
    base = (
        Rma.select(
            Rma.id, Rma.number, Rma.state, Unit.serial, ProductModel.code, ProductModel.name,
            Customer.name, Customer.contact_person, Customer.address, Customer.phone,
            Rma.fault, Rma.coverage, Rma.coverage_reason, Rma.received_at, Rma.shipped_at,
            Rma.reported_on,
        )
        .join(Unit, on=(Rma.unit == Unit.id))
        .join(ProductModel, on=(Unit.model == ProductModel.id))
        .switch(Rma)
        .join(Customer, pw.JOIN.LEFT_OUTER, on=(Rma.customer == Customer.id))
        .where(Rma.id.in_(ids))
        .tuples()
    )
    for row in base:
        (rid, number, state, serial, mcode, mname, cname, contact, address, phone, fault,
         coverage, reason, received, shipped, reported) = row
        out[rid] = RmaDetail(
            id=rid, number=number, state=state, serial=serial, model_code=mcode,
            model_name=mname, customer=cname or "", customer_contact=contact or "",
            customer_address=address or "", customer_phone=phone or "", fault=fault or "",
            coverage=coverage, coverage_reason=reason or "",
            received_at=Rma.received_at.python_value(received),
            shipped_at=Rma.shipped_at.python_value(shipped), reported_on=reported,
        )
    if not out:
        return
    present = ids

    for rid, findings, cause in (
        Diagnosis.select(Diagnosis.rma, Diagnosis.findings, Diagnosis.cause_code)
        .where(Diagnosis.rma.in_(present)).tuples()
    ):
        out[rid].findings = findings or ""
        out[rid].cause_code = cause or ""

    for rid, note in (
        RmaEvent.select(RmaEvent.rma, RmaEvent.note)
        .where(RmaEvent.rma.in_(present) & RmaEvent.kind.in_(WORK_EVENTS))
        .order_by(RmaEvent.rma, RmaEvent.at, RmaEvent.id).tuples()
    ):
        if note and note.strip():
            out[rid].work_done.append(note.strip())

    for rid, code, desc, qty, returned, cost in (
        RmaPart.select(RmaPart.rma, RmaPart.part_code, RmaPart.description, RmaPart.qty,
                       RmaPart.returned_qty, RmaPart.unit_cost)
        .where(RmaPart.rma.in_(present)).order_by(RmaPart.rma, RmaPart.id).tuples()
    ):
        if qty - returned > 0:
            out[rid].parts.append(PartDetail(code, desc or "", qty - returned, cost))

    _load_money(present, out)

    for rid, direction, payer, carrier, tracking, cost in (
        ShippingLeg.select(ShippingLeg.rma, ShippingLeg.direction, ShippingLeg.payer,
                           ShippingLeg.carrier, ShippingLeg.tracking, ShippingLeg.cost)
        .where(ShippingLeg.rma.in_(present)).order_by(ShippingLeg.rma, ShippingLeg.id).tuples()
    ):
        out[rid].legs.append(LegDetail(direction, payer, carrier, tracking or "", cost))

    from inventory.loaner_models import Loaner

    for rid, tag, returned_at in (
        Loan.select(Loan.rma, Loaner.code, Loan.returned_at).join(Loaner)
        .where(Loan.rma.in_(present)).order_by(Loan.rma, Loan.id).tuples()
    ):
        out[rid].loaners.append((tag, returned_at is not None))


def _load_money(ids: list[int] | pw.SelectQuery, out: dict[int, RmaDetail]) -> None:
    """Amount due per RMA exactly as the workflow counts it, and the net payments."""
    quotes: dict[int, list[tuple[int, str, int, str, int, int]]] = defaultdict(list)
    for qid, rid, number, revision, status, total, fee in (
        Quote.select(Quote.id, Quote.rma, Quote.number, Quote.revision, Quote.status,
                     Quote.total, Quote.diagnosis_fee)
        .where(Quote.rma.in_(ids)).order_by(Quote.rma, Quote.revision).tuples()
    ):
        quotes[rid].append((qid, number, revision, status, total, fee))
    shipping: dict[int, int] = dict(
        QuoteLine.select(QuoteLine.quote, pw.fn.SUM(QuoteLine.amount))
        .join(Quote, on=(QuoteLine.quote == Quote.id))
        .where(Quote.rma.in_(ids) & (QuoteLine.kind == "shipping"))
        .group_by(QuoteLine.quote).tuples()
    )
    for rid, rows in quotes.items():
        out[rid].charges = amount_due([
            QuoteSummary(number=number, revision=revision, status=QuoteStatus(status),
                         total=total, decline_charges=fee + int(shipping.get(qid) or 0))
            for qid, number, revision, status, total, fee in rows
        ])
    for rid, paid in (
        Payment.select(Payment.rma, pw.fn.SUM(Payment.amount))
        .where(Payment.rma.in_(ids)).group_by(Payment.rma).tuples()
    ):
        out[rid].paid = int(paid or 0)
