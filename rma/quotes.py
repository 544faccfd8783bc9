"""Quotes (报价单): drafting, issuing, revising, accepting and declining.

A chargeable RMA gets a quote before any repair work (DOMAIN §4). A quote is a
numbered revision (``Q-<RMA number>-<n>``): while a *draft* its lines may
change; *issuing* it freezes the total, sets the valid-until date and moves
the RMA to awaiting approval; the customer *accepts* (RMA → awaiting payment,
parts reserved) or *declines* (RMA → declined). A later revision is always a
complete quote: issuing it supersedes any other issued one, accepting it
supersedes the previously accepted one, and the amount due is the latest
accepted revision's total (`rma.quote_math.amount_due`).

Prices (DOMAIN §3, see `rma.quote_math.part_price`): parts at cost price from
the parts catalogue, never above the part's initial price; a part the
catalogue does not know needs a price entered on the line; labour per the
labour policy setting (free by default, and not overridable on a line);
on-site fee and customer-paid shipping legs as entered (the on-site fee
defaults to its setting). The diagnosis fee is not a line: it is owed only
if the quote is declined, so it is stored on the quote and printed apart.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum
from typing import Any

import peewee as pw

from depot import audit, clock, settings
from depot.db import update_versioned
from depot.errors import Conflict, NotFound, StaleEdit, ValidationError
from depot.i18n import QT_TRANSLATE_NOOP, translate
from depot.models import Role, User
from depot.money import MAX_MAJOR, format_money
from depot.service import unit_of_work
from depot.users import require_role
from rma import stock_link
from rma.event_text import said
from rma.models import Rma
from rma.quote_math import LineKind, QuoteStatus, line_amount, part_price, quote_total
from rma.repair_models import NeededPart, Quote, QuoteLine, RmaPart
from rma.states import CLOSED_STATES, RmaState
from rma.transitions import Action, Facts
from rma.workflow import currency, get_rma, load_facts, perform, state_label, sync

__all__ = [
    "DIAGNOSIS_FEE_SETTING",
    "LABOUR_PRICE_SETTING",
    "ONSITE_FEE_SETTING",
    "VALID_DAYS_SETTING",
    "DecisionMethod",
    "accept_quote",
    "add_line",
    "current_quote",
    "decline_quote",
    "draft_quote",
    "get_quote",
    "issue_quote",
    "quote_lines",
    "quote_number",
    "quotes_of",
    "remove_line",
    "set_diagnosis_fee",
    "update_line",
]


def _money_setting(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValidationError(
            translate("Errors", "Enter an amount in minor units (fen), 0 or more."))
    if value > MAX_MAJOR * 100:
        raise ValidationError(translate("Errors", "This amount is not plausible."))
    return value


VALID_DAYS_SETTING = settings.define(
    "quotes.valid_days", 30, QT_TRANSLATE_NOOP("Settings", "A quote is valid for (days)"),
    settings.int_range(1, 365)
)
LABOUR_PRICE_SETTING = settings.define(
    "quotes.labour_price", 0,
    QT_TRANSLATE_NOOP("Settings",
                      "Labour charged on a chargeable repair (minor units; 0: labour is free)"),
    _money_setting,
)
ONSITE_FEE_SETTING = settings.define(
    "quotes.onsite_fee", 0,
    QT_TRANSLATE_NOOP("Settings", "Default on-site visit fee (minor units)"), _money_setting
)
DIAGNOSIS_FEE_SETTING = settings.define(
    "quotes.diagnosis_fee", 0,
    QT_TRANSLATE_NOOP("Settings", "Diagnosis fee owed when a quote is declined (minor units)"),
    _money_setting,
)

QUOTE_ROLES = (Role.TECHNICIAN, Role.SERVICE_DESK)
MAX_DESCRIPTION = 200


class DecisionMethod(StrEnum):
    """How the customer's decision reached the depot (kept with the decision)."""

    PHONE = "phone"
    EMAIL = "email"
    SIGNED = "signed"


_KIND_DEFAULT_TEXT = {
    LineKind.LABOUR: "Labour",
    LineKind.ONSITE: "On-site visit fee",
    LineKind.SHIPPING: "Shipping",
}

_KIND_LABELS = {
    LineKind.PART: QT_TRANSLATE_NOOP("Quotes", "part"),
    LineKind.LABOUR: QT_TRANSLATE_NOOP("Quotes", "labour"),
    LineKind.ONSITE: QT_TRANSLATE_NOOP("Quotes", "on-site fee"),
    LineKind.SHIPPING: QT_TRANSLATE_NOOP("Quotes", "shipping"),
}

_STATUS_LABELS = {
    QuoteStatus.DRAFT: QT_TRANSLATE_NOOP("Quotes", "draft"),
    QuoteStatus.ISSUED: QT_TRANSLATE_NOOP("Quotes", "issued"),
    QuoteStatus.ACCEPTED: QT_TRANSLATE_NOOP("Quotes", "accepted"),
    QuoteStatus.DECLINED: QT_TRANSLATE_NOOP("Quotes", "declined"),
    QuoteStatus.SUPERSEDED: QT_TRANSLATE_NOOP("Quotes", "superseded"),
}


def kind_label(kind: LineKind | str) -> str:
    """A line kind in words, in the operator's language."""
    return translate("Quotes", _KIND_LABELS[LineKind(kind)])


def status_label(status: QuoteStatus | str) -> str:
    """A quote status in words, in the operator's language."""
    return translate("Quotes", _STATUS_LABELS[QuoteStatus(status)])


# --------------------------------------------------------------------------- reading


def quote_number(rma_number: str, revision: int) -> str:
    """``Q-RMA-2611-00042-2``: the RMA number and the revision, so a scan finds both."""
    return f"Q-{rma_number}-{revision}"


def quotes_of(rma: Rma | int | str) -> list[Quote]:
    """All revisions of an RMA's quote, oldest first."""
    row = get_rma(rma)
    return list(Quote.select().where(Quote.rma == row.id).order_by(Quote.revision))


def get_quote(quote: Quote | int | str) -> Quote:
    """A quote by row, id or number (freshly read), or `NotFound`."""
    if isinstance(quote, Quote):
        cond = Quote.id == quote.id
    elif isinstance(quote, int) and not isinstance(quote, bool):
        cond = Quote.id == quote
    else:
        cond = Quote.number == str(quote).strip().upper()
    found = Quote.get_or_none(cond)
    if found is None:
        raise NotFound(translate("Errors", "Quote {quote} does not exist.").format(quote=quote))
    return found


def current_quote(rma: Rma | int | str) -> Quote | None:
    """The quote the bench should show: the draft, else the issued, else the latest one."""
    quotes = quotes_of(rma)
    for status in (QuoteStatus.DRAFT, QuoteStatus.ISSUED, QuoteStatus.ACCEPTED):
        found = [q for q in quotes if q.status == status.value]
        if found:
            return found[-1]
    return quotes[-1] if quotes else None


def quote_lines(quote: Quote | int | str) -> list[QuoteLine]:
    """The lines of a quote in their printed order."""
    q = get_quote(quote)
    return list(QuoteLine.select().where(QuoteLine.quote == q.id).order_by(QuoteLine.position))


# --------------------------------------------------------------------------- drafting


def _open_rma(rma: Rma | int | str) -> Rma:
    row = get_rma(rma)
    if RmaState(row.state) in CLOSED_STATES:
        raise Conflict(translate("Errors", "{rma} is {state}: its quotes cannot change.").format(
            rma=row.number, state=state_label(row.state)))
    return row


def _quote_for_edit(quote: Quote | int | str, expected_version: int | None) -> Quote:
    row = get_quote(quote)
    if row.status != QuoteStatus.DRAFT.value:
        raise Conflict(translate(
            "Errors", "Quote {quote} is {status}: only a draft can be changed. Make a revision "
                      "instead."
        ).format(quote=row.number, status=status_label(row.status)))
    if expected_version is None:
        expected_version = quote.version if isinstance(quote, Quote) else row.version
    if row.version != expected_version:
        raise StaleEdit(translate(
            "Errors", "Quote {quote} was changed by {who} — reload and try again."
        ).format(quote=row.number, who=row.updated_by or translate("Errors", "someone else")))
    _open_rma(row.rma_id)
    return row


def _refresh_total(actor: User, quote: Quote) -> Quote:
    total = quote_total(
        a for (a,) in QuoteLine.select(QuoteLine.amount).where(QuoteLine.quote == quote.id).tuples()
    )
    return update_versioned(quote, quote.version, actor.name, total=total)


def _copy_line(quote: Quote, line: QuoteLine, position: int) -> QuoteLine:
    return QuoteLine.create(
        quote=quote, position=position, kind=line.kind, part_code=line.part_code,
        description=line.description, qty=line.qty, unit_price=line.unit_price,
        amount=line.amount, price_cap=line.price_cap, price_source=line.price_source,
    )


def draft_quote(actor: User, rma: Rma | int | str) -> Quote:
    """The RMA's draft quote, made now if there is none.

    A first draft is prefilled with the needed parts the catalogue can price
    (and a labour line when the labour policy charges for it); a revision
    starts as a copy of the latest accepted (else issued, else declined)
    revision, at the prices the customer was shown, plus the needed parts not
    on it yet. Parts the catalogue does not know are left for a person to
    price (`unpriced_needed_parts`).
    """
    require_role(actor, *QUOTE_ROLES, action=translate("Errors", "make quotes"))
    with unit_of_work() as changes:
        row = _open_rma(rma)
        quotes = list(Quote.select().where(Quote.rma == row.id).order_by(Quote.revision))
        drafts = [q for q in quotes if q.status == QuoteStatus.DRAFT.value]
        if drafts:
            return drafts[-1]
        revision = (quotes[-1].revision if quotes else 0) + 1
        quote = Quote.create(
            rma=row, revision=revision, number=quote_number(row.number, revision),
            status=QuoteStatus.DRAFT.value, currency=currency(),
            diagnosis_fee=int(settings.get(DIAGNOSIS_FEE_SETTING.key)),
            created_by=actor, updated_by=actor.name,
        )
        base = None
        for status in (QuoteStatus.ACCEPTED, QuoteStatus.ISSUED, QuoteStatus.DECLINED):
            found = [q for q in quotes if q.status == status.value]
            if found:
                base = found[-1]
                break
        position = 0
        quoted: dict[str, int] = {}
        if base is not None:
            quote.diagnosis_fee = base.diagnosis_fee
            quote.save(only=[Quote.diagnosis_fee])
            for line in QuoteLine.select().where(QuoteLine.quote == base.id).order_by(
                QuoteLine.position
            ):
                position += 1
                _copy_line(quote, line, position)
                if line.kind == LineKind.PART.value:
                    quoted[line.part_code] = quoted.get(line.part_code, 0) + line.qty
        else:
            labour = int(settings.get(LABOUR_PRICE_SETTING.key))
            if labour > 0:
                position += 1
                _new_line(quote, position, LineKind.LABOUR, "", "", 1, None)
        for code, qty, text in _needed_totals(row):
            missing = qty - quoted.get(code, 0)
            if missing <= 0 or stock_link.catalogue_price(code) is None:
                continue
            position += 1
            _new_line(quote, position, LineKind.PART, code, text, missing, None)
        _refresh_total(actor, quote)
        audit.record(actor, "quote.draft", "quote", quote.id,
                     after={"number": quote.number, "rma": row.number})
        changes.add("quote", quote.id).add("rma", row.id)
    return quote


def _needed_totals(row: Rma) -> list[tuple[str, int, str]]:
    totals: dict[str, list[Any]] = {}
    for need in NeededPart.select().where(NeededPart.rma == row.id).order_by(NeededPart.id):
        entry = totals.setdefault(need.part_code, [0, need.description])
        entry[0] += need.qty
    return [(code, qty, text) for code, (qty, text) in totals.items()]


def unpriced_needed_parts(rma: Rma | int | str) -> list[tuple[str, int, str]]:
    """Needed parts not (fully) on the current quote: (code, qty missing, description)."""
    row = get_rma(rma)
    current = current_quote(row)
    quoted: dict[str, int] = {}
    if current is not None:
        for line in quote_lines(current):
            if line.kind == LineKind.PART.value:
                quoted[line.part_code] = quoted.get(line.part_code, 0) + line.qty
    out = []
    for code, qty, text in _needed_totals(row):
        if qty > quoted.get(code, 0):
            out.append((code, qty - quoted.get(code, 0), text))
    return out


def _clean_text(value: Any, what: str) -> str:
    text = " ".join(str(value or "").split())
    if len(text) > MAX_DESCRIPTION:
        raise ValidationError(
            translate("Errors", "{what} is too long (at most {n} characters).").format(
                what=what, n=MAX_DESCRIPTION))
    return text


def _price_line(
    kind: LineKind, part_code: str, description: str, qty: int, unit_price: int | None
) -> dict[str, Any]:
    """Validate one line and work out its price; the values to store."""
    money = currency()
    code = ""
    cap = None
    if kind is LineKind.PART:
        code = str(part_code or "").strip().upper()
        if not code:
            raise ValidationError(translate("Errors", "Enter the part number of a part line."))
        info = stock_link.catalogue_price(code)
        if info is not None:
            code = info.part_code
            description = description or info.name
        priced = part_price(
            cost=info.cost if info else None, cap=info.cap if info else None,
            entered=unit_price, currency=money, code=code,
        )
        price, cap, source = priced.unit_price, priced.cap, priced.source
        description = description or code
    elif kind is LineKind.LABOUR:
        policy = int(settings.get(LABOUR_PRICE_SETTING.key))
        if unit_price is not None and unit_price != policy:
            raise ValidationError(translate(
                "Errors", "Labour is charged at {amount} by policy; a manager changes the "
                          "policy in the settings, not on a quote line."
            ).format(amount=format_money(policy, money)))
        price, source = policy, "policy"
    else:
        if kind is LineKind.ONSITE and unit_price is None:
            unit_price = int(settings.get(ONSITE_FEE_SETTING.key))
        if unit_price is None:
            raise ValidationError(translate("Errors", "Enter the amount of the {kind} line.")
                                  .format(kind=kind_label(kind)))
        if isinstance(unit_price, bool) or not isinstance(unit_price, int):
            raise ValidationError(
                translate("Errors", "A price must be a whole number of minor units."))
        if unit_price < 0:
            raise ValidationError(translate("Errors", "A price cannot be negative."))
        price, source = unit_price, "entered"
    description = description or _KIND_DEFAULT_TEXT.get(kind, kind.value)
    return {
        "kind": kind.value, "part_code": code, "description": description, "qty": qty,
        "unit_price": price, "amount": line_amount(qty, price), "price_cap": cap,
        "price_source": source,
    }


def _new_line(
    quote: Quote, position: int, kind: LineKind, part_code: str, description: str,
    qty: int, unit_price: int | None,
) -> QuoteLine:
    values = _price_line(kind, part_code, description, qty, unit_price)
    return QuoteLine.create(quote=quote, position=position, **values)


def _kind(kind: LineKind | str) -> LineKind:
    try:
        return LineKind(kind)
    except ValueError:
        names = ", ".join(k.value for k in LineKind)
        raise ValidationError(
            translate("Errors", "Unknown line kind {kind!r}: use one of {names}.").format(
                kind=kind, names=names)) from None


def add_line(
    actor: User,
    quote: Quote | int | str,
    kind: LineKind | str,
    *,
    part_code: str = "",
    description: str = "",
    qty: int = 1,
    unit_price: int | None = None,
    expected_version: int | None = None,
) -> QuoteLine:
    """Add a line to a draft quote; the price is validated against the cap (DOMAIN §3)."""
    require_role(actor, *QUOTE_ROLES, action=translate("Errors", "edit quotes"))
    line_kind = _kind(kind)
    text = _clean_text(description, translate("Errors", "The description"))
    with unit_of_work() as changes:
        q = _quote_for_edit(quote, expected_version)
        last = QuoteLine.select(pw.fn.MAX(QuoteLine.position)).where(
            QuoteLine.quote == q.id
        ).scalar()
        line = _new_line(q, (last or 0) + 1, line_kind, part_code, text, qty, unit_price)
        _refresh_total(actor, q)
        audit.record(actor, "quote.add_line", "quote", q.id, after=_line_audit(line))
        changes.add("quote", q.id)
    sync(quote, q)
    return line


def _line_audit(line: QuoteLine) -> dict[str, Any]:
    return {
        "kind": line.kind, "part_code": line.part_code, "description": line.description,
        "qty": line.qty, "unit_price": line.unit_price, "amount": line.amount,
    }


def update_line(
    actor: User,
    line: QuoteLine | int,
    *,
    qty: int | None = None,
    unit_price: int | None = None,
    description: str | None = None,
    expected_version: int | None = None,
) -> QuoteLine:
    """Change a draft line's quantity, price or text (priced again by the same rules)."""
    require_role(actor, *QUOTE_ROLES, action=translate("Errors", "edit quotes"))
    with unit_of_work() as changes:
        row = QuoteLine.get_or_none(QuoteLine.id == (line.id if isinstance(line, QuoteLine)
                                                     else line))
        if row is None:
            raise NotFound(translate("Errors", "This quote line no longer exists — reload."))
        q = _quote_for_edit(row.quote_id, expected_version)
        before = _line_audit(row)
        kind = LineKind(row.kind)
        price = unit_price
        if price is None and row.price_source == "entered":
            price = row.unit_price
        text = row.description if description is None else _clean_text(
            description, translate("Errors", "The description"))
        values = _price_line(kind, row.part_code, text, row.qty if qty is None else qty, price)
        QuoteLine.update(**values).where(QuoteLine.id == row.id).execute()
        for key, value in values.items():
            setattr(row, key, value)
        _refresh_total(actor, q)
        audit.record(actor, "quote.update_line", "quote", q.id, before=before,
                     after=_line_audit(row))
        changes.add("quote", q.id)
    return row


def remove_line(actor: User, line: QuoteLine | int, *, expected_version: int | None = None) -> None:
    """Delete a line from a draft quote."""
    require_role(actor, *QUOTE_ROLES, action=translate("Errors", "edit quotes"))
    with unit_of_work() as changes:
        row = QuoteLine.get_or_none(QuoteLine.id == (line.id if isinstance(line, QuoteLine)
                                                     else line))
        if row is None:
            raise NotFound(translate("Errors", "This quote line no longer exists — reload."))
        q = _quote_for_edit(row.quote_id, expected_version)
        before = _line_audit(row)
        row.delete_instance()
        _refresh_total(actor, q)
        audit.record(actor, "quote.remove_line", "quote", q.id, before=before)
        changes.add("quote", q.id)


def set_diagnosis_fee(
    actor: User, quote: Quote | int | str, amount: int, *, expected_version: int | None = None
) -> Quote:
    """Set the fee owed if this draft is declined (default: the diagnosis-fee setting)."""
    require_role(actor, *QUOTE_ROLES, action=translate("Errors", "edit quotes"))
    fee = _money_setting(amount)
    with unit_of_work() as changes:
        q = _quote_for_edit(quote, expected_version)
        before = q.diagnosis_fee
        update_versioned(q, q.version, actor.name, diagnosis_fee=fee)
        audit.record(actor, "quote.diagnosis_fee", "quote", q.id,
                     before={"diagnosis_fee": before}, after={"diagnosis_fee": fee})
        changes.add("quote", q.id)
    sync(quote, q)
    return q


# --------------------------------------------------------------------------- issuing and deciding


def _latest(rma_id: int, status: QuoteStatus) -> Quote | None:
    return (
        Quote.select().where((Quote.rma == rma_id) & (Quote.status == status.value))
        .order_by(Quote.revision.desc()).first()
    )


def issue_quote(
    actor: User, rma: Rma | int | str, *, expected_version: int | None = None, note: str = ""
) -> Quote:
    """Issue the draft to the customer: total frozen, valid-until set, RMA awaits approval.

    Any other issued revision is superseded: the customer decides on one quote.
    """
    issued: dict[str, Quote] = {}

    def write(row: Rma, facts: Facts) -> dict[str, Any]:
        draft = _latest(row.id, QuoteStatus.DRAFT)
        assert draft is not None  # guarded by QUOTE_DRAFT_READY
        Quote.update(status=QuoteStatus.SUPERSEDED.value).where(
            (Quote.rma == row.id) & (Quote.status == QuoteStatus.ISSUED.value)
        ).execute()
        total = quote_total(
            ln.amount for ln in QuoteLine.select().where(QuoteLine.quote == draft.id)
        )
        valid_until = clock.today() + timedelta(days=int(settings.get(VALID_DAYS_SETTING.key)))
        update_versioned(
            draft, draft.version, actor.name, status=QuoteStatus.ISSUED.value, total=total,
            valid_until=valid_until, issued_by=actor.id, issued_at=clock.now(),
        )
        audit.record(actor, "quote.issue", "quote", draft.id,
                     after={"number": draft.number, "total": total,
                            "valid_until": valid_until.isoformat()})
        issued["quote"] = draft
        return {"quote": draft.number, "total": total, "valid_until": valid_until.isoformat()}

    with unit_of_work() as changes:
        perform(actor, rma, Action.REQUEST_APPROVAL, expected_version=expected_version,
                note=str(note or "").strip(), before_write=write)
        changes.add("quote", issued["quote"].id)
    return issued["quote"]


def _method(method: DecisionMethod | str) -> DecisionMethod:
    try:
        return DecisionMethod(method)
    except ValueError:
        names = ", ".join(m.value for m in DecisionMethod)
        raise ValidationError(
            translate("Errors", "Say how the customer decided ({names}), got {method!r}.")
            .format(names=names, method=method)) from None


def _parts_wanted(quote: Quote, rma_id: int) -> dict[str, int]:
    """Pieces of each part the accepted quote still needs from stock (issued ones excluded)."""
    wanted: dict[str, int] = {}
    for line in QuoteLine.select().where(
        (QuoteLine.quote == quote.id) & (QuoteLine.kind == LineKind.PART.value)
    ):
        wanted[line.part_code] = wanted.get(line.part_code, 0) + line.qty
    for part in RmaPart.select().where(RmaPart.rma == rma_id):
        if part.part_code in wanted:
            wanted[part.part_code] -= part.qty - part.returned_qty
    return {code: qty for code, qty in wanted.items() if qty > 0}


def accept_quote(
    actor: User,
    rma: Rma | int | str,
    method: DecisionMethod | str,
    *,
    expected_version: int | None = None,
    note: str = "",
) -> Quote:
    """Record the customer's acceptance of the issued quote (who, when, how).

    The previously accepted revision is superseded; the quote's parts are
    reserved in the warehouse under the RMA number, so nobody else takes them
    (a shortfall is noted on the timeline, not refused: the parts get
    ordered). When nothing is left to pay — a revision that costs nothing
    more, or a zero quote — the RMA is released for repair at once.
    """
    how = _method(method)
    accepted: dict[str, Quote] = {}

    def write(row: Rma, facts: Facts) -> dict[str, Any]:
        quote = _latest(row.id, QuoteStatus.ISSUED)
        assert quote is not None  # guarded by QUOTE_ISSUED
        _check_valid(quote)
        Quote.update(status=QuoteStatus.SUPERSEDED.value).where(
            (Quote.rma == row.id) & (Quote.status == QuoteStatus.ACCEPTED.value)
        ).execute()
        update_versioned(
            quote, quote.version, actor.name, status=QuoteStatus.ACCEPTED.value,
            decided_by=actor.id, decided_at=clock.now(), decision_method=how.value,
            decision_note=str(note or "").strip(),
        )
        stock_link.release(actor, row.number)
        shortfalls = stock_link.reserve(actor, row.number, _parts_wanted(quote, row.id))
        audit.record(actor, "quote.accept", "quote", quote.id,
                     after={"number": quote.number, "method": how.value, "total": quote.total})
        accepted["quote"] = quote
        data: dict[str, Any] = {"quote": quote.number, "method": how.value, "total": quote.total}
        if shortfalls:
            data["shortfalls"] = shortfalls
        return data

    with unit_of_work() as changes:
        row = perform(actor, rma, Action.ACCEPT_QUOTE, expected_version=expected_version,
                      note=str(note or "").strip(), before_write=write)
        if load_facts(row).quote_outstanding <= 0:
            text, data = said("nothing_to_pay")
            perform(actor, row, Action.PAYMENT_COMPLETE, expected_version=row.version,
                    note=text, data=data)
        changes.add("quote", accepted["quote"].id)
    sync(rma, row)
    return accepted["quote"]


def _check_valid(quote: Quote) -> None:
    today = clock.today()
    if quote.valid_until is not None and quote.valid_until < today:
        raise Conflict(translate(
            "Errors", "Quote {quote} expired on {date}: make and issue a revision (prices may "
                      "have changed)."
        ).format(quote=quote.number, date=quote.valid_until.isoformat()))


def decline_quote(
    actor: User,
    rma: Rma | int | str,
    method: DecisionMethod | str,
    *,
    expected_version: int | None = None,
    note: str = "",
) -> Quote:
    """Record the customer's refusal (who, when, how); reservations are released.

    Declines the issued quote, or — while awaiting payment — withdraws the
    accepted one. The customer then owes the decline charges (diagnosis fee
    and customer-paid shipping on the quote) before the unit goes back.
    """
    how = _method(method)
    declined: dict[str, Quote] = {}

    def write(row: Rma, facts: Facts) -> dict[str, Any]:
        status = QuoteStatus.ISSUED if row.state == RmaState.AWAITING_APPROVAL.value \
            else QuoteStatus.ACCEPTED
        quote = _latest(row.id, status)
        assert quote is not None  # guarded
        update_versioned(
            quote, quote.version, actor.name, status=QuoteStatus.DECLINED.value,
            decided_by=actor.id, decided_at=clock.now(), decision_method=how.value,
            decision_note=str(note or "").strip(),
        )
        stock_link.release(actor, row.number)
        audit.record(actor, "quote.decline", "quote", quote.id,
                     after={"number": quote.number, "method": how.value})
        declined["quote"] = quote
        return {"quote": quote.number, "method": how.value}

    with unit_of_work() as changes:
        perform(actor, rma, Action.DECLINE_QUOTE, expected_version=expected_version,
                note=str(note or "").strip(), before_write=write)
        changes.add("quote", declined["quote"].id)
    return declined["quote"]


def valid_until_default(today: date | None = None) -> date:
    """The valid-until date a quote issued today gets."""
    return (today or clock.today()) + timedelta(days=int(settings.get(VALID_DAYS_SETTING.key)))
