"""Shipping legs and who pays them (DOMAIN §5).

Every movement of a unit, a loaner or a part for an RMA is a leg: direction,
carrier (free text, never empty), tracking number, cost (≥ 0, minor units)
and payer. The payer comes from the rule table (`rma.payer_rules`, stored as
the setting ``shipping.payer_rules``) and is written on the leg when it is
created, together with what the rule said and the coverage it was judged on.
A manager may later change the table; legs already recorded keep their payer,
because last month's invoice to a customer must not change under them. A
manager may also override one leg's payer, with a reason (audited).

Money: a customer-paid leg is *billable* unless the customer settled with the
carrier directly (the sender pays: a customer who sends the unit in pays the
courier at the counter, the depot never sees that money). Billable legs flow
into what the customer owes:

* a draft quote gets a ``shipping`` line for the leg (through `rma.quotes`),
  so the quote the customer sees includes it;
* `customer_shipping_due(rma)` is the billable leg cost that the counting
  quote (the latest accepted one; after a decline, the declined one) does not
  already charge as shipping. The workflow adds it to the amount due, so the
  ship gate ("a unit with money outstanding is never shipped back") and the
  payment screen see the courier cost of the return leg.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Final

import peewee as pw

from depot import audit, clock, config, settings
from depot.db import update_versioned
from depot.errors import Conflict, GateClosed, NotFound, ValidationError
from depot.i18n import QT_TRANSLATE_NOOP, translate
from depot.models import Role, User
from depot.money import MAX_MAJOR, format_money
from depot.service import unit_of_work
from depot.users import require_role
from rma.models import Rma, RmaEvent
from rma.payer_rules import (
    DEFAULT_RULES,
    LOANER_LEGS,
    LegKind,
    Payer,
    coverage_label,
    leg_label,
    payer_for,
    payer_label,
    validate_rules,
)
from rma.quote_math import LineKind, QuoteStatus
from rma.repair_models import Payment, Quote, QuoteLine
from rma.shipping_models import ShippingLeg
from rma.states import CLOSED_STATES, RmaState

__all__ = [
    "LEG_ROLES",
    "PAYER_RULES_SETTING",
    "LegInput",
    "LegKind",
    "Payer",
    "ShippingLeg",
    "add_leg_to_quote",
    "billable_legs",
    "change_payer_rules",
    "check_leg",
    "create_leg",
    "customer_shipping_due",
    "find_by_tracking",
    "get_leg",
    "legs_of",
    "mark_delivered",
    "mark_shipped",
    "outstanding",
    "outstanding_legs",
    "override_payer",
    "payer_rules",
    "record_leg",
    "rule_payer",
    "unpaid_shipping_refusal",
    "update_leg",
]

#: who records legs (managers always may; only managers override a payer)
LEG_ROLES: Final = (Role.SERVICE_DESK, Role.WAREHOUSE, Role.TECHNICIAN)
MAX_CARRIER: Final = 60
MAX_TRACKING: Final = 60
MAX_NOTE: Final = 2000

#: RmaEvent kinds written here
EVENT_LEG = "shipping_leg"
EVENT_LEG_PAYER = "shipping_leg_payer"
EVENT_LEG_DELIVERED = "shipping_leg_delivered"

#: legs whose sender is the customer: "sender pays" means they pay the carrier themselves
_CUSTOMER_SENDS: Final = frozenset({LegKind.CUSTOMER_TO_DEPOT, LegKind.LOANER_BACK})

PAYER_RULES_SETTING = settings.define(
    "shipping.payer_rules",
    {coverage: dict(row) for coverage, row in DEFAULT_RULES.items()},
    QT_TRANSLATE_NOOP("Settings", "Who pays each shipping leg (by coverage)"),
    validate_rules,
)


# --------------------------------------------------------------------------- rules


def payer_rules() -> dict[str, dict[str, str]]:
    """The table in force now (the stored one, else the defaults)."""
    return validate_rules(settings.get(PAYER_RULES_SETTING.key))


def change_payer_rules(
    actor: User, rules: Mapping[str, Mapping[str, str]], *, expected_version: int | None = None
) -> dict[str, dict[str, str]]:
    """A manager edits the table: validated whole, audited with before and after.

    Applies to legs created from now on; legs already recorded keep the payer
    they were given.
    """
    return settings.change(actor, PAYER_RULES_SETTING.key, rules,
                           expected_version=expected_version)


def rule_payer(rma: Rma | int | str, direction: LegKind | str) -> Payer:
    """What the table says about a new leg of this RMA (the form's default)."""
    row = _rma(rma)
    return payer_for(payer_rules(), row.coverage, direction)


# --------------------------------------------------------------------------- validation


def _rma(rma: Rma | int | str) -> Rma:
    if isinstance(rma, Rma):
        cond = Rma.id == rma.id
    elif isinstance(rma, int) and not isinstance(rma, bool):
        cond = Rma.id == rma
    else:
        cond = Rma.number == str(rma).strip().upper()
    found = Rma.get_or_none(cond)
    if found is None:
        raise NotFound(translate("Errors", "RMA {rma} does not exist.").format(rma=rma))
    return found


def _direction(value: LegKind | str) -> LegKind:
    try:
        return LegKind(value)
    except ValueError:
        names = ", ".join(leg_label(k) for k in LegKind)
        raise ValidationError(
            translate("Errors", "Unknown shipping leg {leg}: use one of {names}.").format(
                leg=value, names=names)
        ) from None


def _carrier(value: Any) -> str:
    text = " ".join(str(value or "").split())
    if not text:
        raise ValidationError(
            translate("Errors", "Enter the carrier (any name: SF Express, own van, courier…).")
        )
    if len(text) > MAX_CARRIER:
        raise ValidationError(
            translate("Errors", "The carrier name is too long (at most {n} characters).").format(
                n=MAX_CARRIER)
        )
    return text


def _tracking(value: Any) -> str:
    text = "".join(str(value or "").split()).upper()
    if len(text) > MAX_TRACKING:
        raise ValidationError(
            translate("Errors", "The tracking number is too long (at most {n} characters).")
            .format(n=MAX_TRACKING)
        )
    if any(not ch.isprintable() for ch in text):
        raise ValidationError(
            translate("Errors", "The tracking number contains a control character: scan it "
                      "again.")
        )
    return text


def _cost(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(
            translate("Errors", "The shipping cost must be an exact amount (minor units).")
        )
    if value < 0:
        raise ValidationError(translate("Errors", "The shipping cost cannot be negative."))
    if value > MAX_MAJOR * 100:
        raise ValidationError(translate("Errors", "The shipping cost is not plausible."))
    return value


def _payer(value: Payer | str) -> Payer:
    try:
        payer = Payer(value)
    except ValueError:
        payer = None
    if payer is None or payer is Payer.NONE:
        raise ValidationError(
            translate("Errors", "Choose who pays the leg: the customer or the depot.")
        )
    return payer


def _note(value: Any, what: str | None = None) -> str:
    text = str(value or "").strip()
    if what is not None and not text:
        raise ValidationError(what)
    if len(text) > MAX_NOTE:
        raise ValidationError(
            translate("Errors", "The text is too long (at most {n} characters).").format(
                n=MAX_NOTE)
        )
    return text


@dataclass(frozen=True)
class LegInput:
    """What the shipping desk types (or scans) for one leg.

    `payer` is only given to override the rule (a manager, with
    `override_reason`); None takes the rule's payer. `customer_paid_carrier`
    None means: true when the customer is the sender and pays.
    """

    carrier: str
    tracking: str = ""
    cost: int = 0
    payer: Payer | str | None = None
    override_reason: str = ""
    customer_paid_carrier: bool | None = None
    note: str = ""


@dataclass(frozen=True)
class _CleanLeg:
    direction: LegKind
    carrier: str
    tracking: str
    cost: int
    payer: Payer
    rule: Payer
    override_reason: str
    customer_paid_carrier: bool
    note: str


def _clean_leg(actor: User, row: Rma, direction: LegKind, leg: LegInput) -> _CleanLeg:
    """Every check of a new leg, before anything is written."""
    carrier = _carrier(leg.carrier)
    tracking = _tracking(leg.tracking)
    cost = _cost(leg.cost)
    note = _note(leg.note)
    rule = payer_for(payer_rules(), row.coverage, direction)
    reason = _note(leg.override_reason)
    if leg.payer is None:
        if rule is Payer.NONE:
            raise GateClosed(
                translate("Errors", "The payer table has no payer for {leg} of a unit "
                          "{coverage} (no loaner is provided for it). A manager may record "
                          "the leg by choosing who pays and giving a reason.").format(
                    leg=leg_label(direction), coverage=coverage_label(row.coverage))
            )
        payer = rule
    else:
        payer = _payer(leg.payer)
    if payer is not rule:
        require_role(actor, Role.MANAGER,
                     action=translate("Errors", "choose another payer than the payer table's"))
        if not reason:
            raise ValidationError(
                translate("Errors", "Say why {payer} pays this leg instead of {rule}: an "
                          "override needs a reason (it is audited).").format(
                    payer=payer_label(payer), rule=payer_label(rule))
            )
    else:
        reason = ""
    paid_direct = leg.customer_paid_carrier
    if paid_direct is None:
        paid_direct = payer is Payer.CUSTOMER and direction in _CUSTOMER_SENDS
    elif paid_direct and payer is not Payer.CUSTOMER:
        raise ValidationError(
            translate("Errors", "Only a customer-paid leg can be settled by the customer with "
                      "the carrier.")
        )
    return _CleanLeg(direction, carrier, tracking, cost, payer, rule, reason,
                     bool(paid_direct), note)


# --------------------------------------------------------------------------- recording legs


def _validate(actor: User, row: Rma, direction: LegKind | str, leg: LegInput,
              loaner_code: str) -> tuple[_CleanLeg, str]:
    require_role(actor, *LEG_ROLES, action=translate("Errors", "record shipping legs"))
    kind = _direction(direction)
    code = str(loaner_code or "").strip().upper()
    if kind in LOANER_LEGS and not code:
        raise ValidationError(
            translate("Errors", "A {leg} leg must name the loaner.").format(leg=leg_label(kind))
        )
    if kind not in LOANER_LEGS and code:
        raise ValidationError(
            translate("Errors", "Only loaner legs name a loaner; {leg} moves the unit.").format(
                leg=leg_label(kind))
        )
    return _clean_leg(actor, row, kind, leg), code


def check_leg(actor: User, rma: Rma | int | str, direction: LegKind | str, leg: LegInput,
              *, loaner_code: str = "") -> None:
    """Every check `record_leg` makes, without writing: callers validate before writing."""
    _validate(actor, _rma(rma), direction, leg, loaner_code)


def create_leg(
    actor: User,
    rma: Rma | int | str,
    direction: LegKind | str,
    *,
    carrier: str,
    tracking: str = "",
    cost: int = 0,
    payer: Payer | str | None = None,
    override_reason: str = "",
    customer_paid_carrier: bool | None = None,
    loaner_code: str = "",
    note: str = "",
) -> ShippingLeg:
    """Record one leg of an RMA with the payer the rule table gives it.

    Loaner legs name the loaner (`loaner_code`); the loan screens record them
    through `rma.loans.checkout` / `return_loaner`, which pass it. Refusals
    (nothing written): empty carrier, negative cost, an unknown direction, a
    loaner leg of a chargeable unit without a manager's override, a payer
    other than the rule's without manager and reason.
    """
    return record_leg(
        actor, rma, direction,
        LegInput(carrier=carrier, tracking=tracking, cost=cost, payer=payer,
                 override_reason=override_reason,
                 customer_paid_carrier=customer_paid_carrier, note=note),
        loaner_code=loaner_code,
    )


def record_leg(
    actor: User,
    rma: Rma | int | str,
    direction: LegKind | str,
    leg: LegInput,
    *,
    loaner_code: str = "",
) -> ShippingLeg:
    """`create_leg` with the desk's input as one value (used by the loan services)."""
    with unit_of_work() as changes:
        row = _rma(rma)
        clean, code = _validate(actor, row, direction, leg, loaner_code)
        now = clock.now()
        created = ShippingLeg.create(
            rma=row, direction=clean.direction.value, carrier=clean.carrier,
            tracking=clean.tracking,
            cost=clean.cost, payer=clean.payer.value, rule_payer=clean.rule.value,
            coverage=row.coverage, override_reason=clean.override_reason,
            overridden_by=actor if clean.override_reason else None,
            customer_paid_carrier=clean.customer_paid_carrier, loaner_code=code,
            note=clean.note, created_at=now, created_by=actor, updated_at=now,
            updated_by=actor.name,
        )
        _event(actor, row, EVENT_LEG, _leg_sentence(created), _leg_data(created))
        audit.record(actor, "shipping_leg.create", "shipping_leg", created.id,
                     after=_leg_data(created), note=clean.override_reason or None)
        changes.add("shipping_leg", created.id).add("rma", row.id)
        if _billable(created):
            _quote_if_draft(actor, created)
    return created


def update_leg(
    actor: User,
    leg: ShippingLeg | int,
    expected_version: int,
    *,
    carrier: str | None = None,
    tracking: str | None = None,
    cost: int | None = None,
    note: str | None = None,
) -> ShippingLeg:
    """Correct a leg's carrier, tracking number, cost or note (the courier's bill came).

    The payer is not changed here (`override_payer`). When the cost is on a
    draft quote, that line follows; on an issued or accepted quote it stays
    as the customer saw it, and a difference shows in `customer_shipping_due`.
    """
    require_role(actor, *LEG_ROLES, action=translate("Errors", "edit shipping legs"))
    fields: dict[str, Any] = {}
    if carrier is not None:
        fields["carrier"] = _carrier(carrier)
    if tracking is not None:
        fields["tracking"] = _tracking(tracking)
    if cost is not None:
        fields["cost"] = _cost(cost)
    if note is not None:
        fields["note"] = _note(note)
    with unit_of_work() as changes:
        row = get_leg(leg)
        before = _leg_data(row)
        update_versioned(row, expected_version, actor.name, **fields)
        audit.record(actor, "shipping_leg.update", "shipping_leg", row.id, before=before,
                     after=_leg_data(row))
        changes.add("shipping_leg", row.id).add("rma", row.rma_id)
        if "cost" in fields and before["cost"] != row.cost:
            _requote_if_draft(actor, row)
    return row


def override_payer(
    actor: User,
    leg: ShippingLeg | int,
    payer: Payer | str,
    reason: str,
    *,
    expected_version: int | None = None,
) -> ShippingLeg:
    """A manager decides another payer for one leg, with a reason (audited, on the timeline)."""
    require_role(actor, Role.MANAGER, action=translate("Errors", "override who pays a leg"))
    new = _payer(payer)
    text = _note(reason, translate("Errors", "Say why the payer is overridden (it is audited)."))
    with unit_of_work() as changes:
        row = get_leg(leg)
        if row.payer == new.value:
            raise ValidationError(
                translate("Errors", "{leg} is already paid by the {payer}.").format(
                    leg=row.reference, payer=payer_label(new))
            )
        before = _leg_data(row)
        update_versioned(
            row, row.version if expected_version is None else expected_version, actor.name,
            payer=new.value, override_reason=text, overridden_by=actor.id,
            customer_paid_carrier=row.customer_paid_carrier and new is Payer.CUSTOMER,
        )
        rma = Rma.get_by_id(row.rma_id)
        _event(actor, rma, EVENT_LEG_PAYER,
               translate("Rma", "{leg}: payer changed from {old} to {new}: {reason}").format(
                   leg=row.reference, old=payer_label(before["payer"]), new=payer_label(new),
                   reason=text),
               {"leg": row.id, "before": before["payer"], "after": new.value})
        audit.record(actor, "shipping_leg.override_payer", "shipping_leg", row.id,
                     before={"payer": before["payer"]}, after={"payer": new.value}, note=text)
        changes.add("shipping_leg", row.id).add("rma", row.rma_id)
        if _billable(row):
            _quote_if_draft(actor, row)
        else:
            _unquote_if_draft(actor, row)
    return row


def mark_shipped(
    actor: User, leg: ShippingLeg | int, *, tracking: str | None = None,
    at: datetime | None = None,
) -> ShippingLeg:
    """The parcel left (the desk scans the tracking label onto the leg)."""
    require_role(actor, *LEG_ROLES, action=translate("Errors", "record shipping legs"))
    fields: dict[str, Any] = {"shipped_at": at or clock.now()}
    if tracking is not None:
        fields["tracking"] = _tracking(tracking)
    with unit_of_work() as changes:
        row = get_leg(leg)
        if row.shipped_at is not None:
            raise Conflict(
                translate("Errors", "{leg} was already marked shipped.").format(leg=row.reference)
            )
        update_versioned(row, row.version, actor.name, **fields)
        audit.record(actor, "shipping_leg.shipped", "shipping_leg", row.id,
                     after={"shipped_at": row.shipped_at, "tracking": row.tracking})
        changes.add("shipping_leg", row.id).add("rma", row.rma_id)
    return row


def mark_delivered(
    actor: User, leg: ShippingLeg | int, delivered_on: date | None = None
) -> ShippingLeg:
    """The carrier delivered the parcel.

    Delivering the repaired unit (depot → customer) starts the loaner's
    due-back clock: `rma.loans.on_rma_delivered` sets the date in the same
    transaction.
    """
    require_role(actor, *LEG_ROLES, action=translate("Errors", "record shipping legs"))
    day = delivered_on or clock.today()
    if isinstance(day, datetime) or not isinstance(day, date):
        raise ValidationError(translate("Errors", "The delivery date must be a date."))
    if day > clock.today():
        raise ValidationError(
            translate("Errors", "The delivery date {day} is in the future.").format(
                day=day.isoformat())
        )
    with unit_of_work() as changes:
        row = get_leg(leg)
        if row.delivered_on is not None:
            raise Conflict(
                translate("Errors", "{leg} was already delivered on {day}.").format(
                    leg=row.reference, day=row.delivered_on.isoformat())
            )
        fields: dict[str, Any] = {"delivered_on": day}
        if row.shipped_at is None:
            fields["shipped_at"] = clock.now()
        update_versioned(row, row.version, actor.name, **fields)
        rma = Rma.get_by_id(row.rma_id)
        _event(actor, rma, EVENT_LEG_DELIVERED,
               translate("Rma", "{leg} ({what}) delivered on {day}.").format(
                   leg=row.reference, what=leg_label(row.direction), day=day.isoformat()),
               {"leg": row.id, "delivered_on": day.isoformat()})
        audit.record(actor, "shipping_leg.delivered", "shipping_leg", row.id,
                     after={"delivered_on": day.isoformat()})
        changes.add("shipping_leg", row.id).add("rma", row.rma_id)
        if row.direction == LegKind.DEPOT_TO_CUSTOMER.value:
            from rma import loans  # loans records legs through this module

            loans.on_rma_delivered(rma, day)
    return row


# --------------------------------------------------------------------------- reading


def get_leg(leg: ShippingLeg | int | str) -> ShippingLeg:
    """A leg by row, id or `LEG-17` reference, freshly read."""
    if isinstance(leg, ShippingLeg):
        leg_id: Any = leg.id
    elif isinstance(leg, str) and leg.strip().upper().startswith("LEG-"):
        leg_id = leg.strip()[4:]
    else:
        leg_id = leg
    try:
        found = ShippingLeg.get_or_none(ShippingLeg.id == int(leg_id))
    except (TypeError, ValueError):
        found = None
    if found is None:
        raise NotFound(translate("Errors", "Shipping leg {leg} does not exist.").format(leg=leg))
    return found


def legs_of(rma: Rma | int | str) -> list[ShippingLeg]:
    """All legs of an RMA in the order they were recorded."""
    row = _rma(rma)
    return list(ShippingLeg.select().where(ShippingLeg.rma == row.id).order_by(ShippingLeg.id))


def find_by_tracking(text: str) -> list[ShippingLeg]:
    """Legs with this tracking number (a scanned courier label), newest first."""
    code = _tracking(text)
    if not code:
        return []
    return list(ShippingLeg.select().where(ShippingLeg.tracking == code)
                .order_by(ShippingLeg.id.desc()))


# --------------------------------------------------------------------------- money


def _billable(leg: ShippingLeg) -> bool:
    return leg.payer == Payer.CUSTOMER.value and not leg.customer_paid_carrier and leg.cost > 0


def billable_legs(rma: Rma | int | str) -> list[ShippingLeg]:
    """Customer-paid legs the depot paid the carrier for and bills on: oldest first."""
    row = _rma(rma)
    return list(
        ShippingLeg.select()
        .where((ShippingLeg.rma == row.id) & (ShippingLeg.payer == Payer.CUSTOMER.value)
               & (ShippingLeg.customer_paid_carrier == False)  # noqa: E712 (SQL, not Python)
               & (ShippingLeg.cost > 0))
        .order_by(ShippingLeg.id)
    )


def _counting_quote(rma_id: int) -> Quote | None:
    """The quote whose total is owed, as `rma.quote_math.amount_due` decides it.

    The latest accepted revision; with none accepted, the latest declined one
    (its decline charges include its shipping lines).
    """
    quotes = list(Quote.select().where(
        (Quote.rma == rma_id)
        & Quote.status.in_([QuoteStatus.ACCEPTED.value, QuoteStatus.DECLINED.value])
    ).order_by(Quote.revision))
    accepted = [q for q in quotes if q.status == QuoteStatus.ACCEPTED.value]
    if accepted:
        return accepted[-1]
    return quotes[-1] if quotes else None


def _quoted_shipping(rma_id: int) -> int:
    quote = _counting_quote(rma_id)
    if quote is None:
        return 0
    total = QuoteLine.select(pw.fn.COALESCE(pw.fn.SUM(QuoteLine.amount), 0)).where(
        (QuoteLine.quote == quote.id) & (QuoteLine.kind == LineKind.SHIPPING.value)
    ).scalar()
    return int(total or 0)


def customer_shipping_due(rma: Rma | int | str) -> int:
    """Billable shipping the counting quote does not already charge (minor units, ≥ 0).

    Why by amount and not leg by leg: the return leg is usually quoted as an
    estimate before it exists (a plain shipping line), and recorded with its
    tracking number only when the unit goes out. Comparing amounts charges
    that leg once — on the quote — and only a real cost above the quoted
    shipping (or a leg nobody quoted, e.g. after the quote was accepted) is
    added. Quoted shipping above the legs' cost is not a credit: the customer
    agreed to the quote.

    The workflow adds this to the amount due (`Facts.amount_due`), so the
    ship gate and the payment screen see it.
    """
    row = _rma(rma)
    total = ShippingLeg.select(pw.fn.COALESCE(pw.fn.SUM(ShippingLeg.cost), 0)).where(
        (ShippingLeg.rma == row.id) & (ShippingLeg.payer == Payer.CUSTOMER.value)
        & (ShippingLeg.customer_paid_carrier == False)  # noqa: E712
    ).scalar()
    return max(0, int(total or 0) - _quoted_shipping(row.id))


def outstanding_legs(rma: Rma | int | str) -> list[ShippingLeg]:
    """The billable legs that make up `customer_shipping_due`, newest first.

    For the shipping desk's "unpaid" line: the most recent legs are the ones
    no quote covered.
    """
    due = customer_shipping_due(rma)
    out: list[ShippingLeg] = []
    for leg in reversed(billable_legs(rma)):
        if due <= 0:
            break
        out.append(leg)
        due -= leg.cost
    return out


def outstanding(rma: Rma | int | str) -> int:
    """Everything the customer still owes on the RMA, shipping included (≥ 0 owed).

    Quote (as `rma.quote_math.amount_due` counts it) plus
    `customer_shipping_due`, minus payments and refunds. Independent of the
    workflow's own sum, so the shipping desk can show it however the workflow
    is wired.
    """
    from rma.quote_math import QuoteSummary, amount_due

    row = _rma(rma)
    quotes = list(Quote.select().where(Quote.rma == row.id).order_by(Quote.revision))
    shipping_lines = dict(
        QuoteLine.select(QuoteLine.quote, pw.fn.SUM(QuoteLine.amount))
        .where(QuoteLine.quote.in_([q.id for q in quotes] or [0])
               & (QuoteLine.kind == LineKind.SHIPPING.value))
        .group_by(QuoteLine.quote).tuples()
    )
    due = amount_due([
        QuoteSummary(q.number, q.revision, QuoteStatus(q.status), q.total,
                     q.diagnosis_fee + int(shipping_lines.get(q.id) or 0))
        for q in quotes
    ])
    paid = Payment.select(pw.fn.COALESCE(pw.fn.SUM(Payment.amount), 0)).where(
        Payment.rma == row.id).scalar()
    return due + customer_shipping_due(row) - int(paid or 0)


def unpaid_shipping_refusal(rma: Rma | int | str) -> str | None:
    """Why the unit may not ship because of unpaid shipping, or None.

    The sentence the shipping desk shows on a blocked row and the ship gate
    may raise: it names the amount and the legs, so the clerk can ask for
    exactly that money.
    """
    row = _rma(rma)
    shipping = customer_shipping_due(row)
    if shipping <= 0:
        return None
    owed = outstanding(row)
    if owed <= 0:
        return None
    money = str(settings.get("money.currency"))
    legs = ", ".join(
        f"{leg_label(leg.direction)} {leg.carrier}{' ' + leg.tracking if leg.tracking else ''}"
        for leg in outstanding_legs(row)
    )
    return translate(
        "Errors", "{rma}: {amount} outstanding, including {shipping} shipping the customer "
        "pays ({legs}). A unit with money outstanding is never shipped back: record the "
        "payment first.").format(
        rma=row.number, amount=format_money(owed, money),
        shipping=format_money(shipping, money), legs=legs)


# --------------------------------------------------------------------------- quote lines


def _draft_of(rma_id: int) -> Quote | None:
    return (Quote.select().where((Quote.rma == rma_id)
                                 & (Quote.status == QuoteStatus.DRAFT.value))
            .order_by(Quote.revision.desc()).first())


def _line_text(leg: ShippingLeg) -> str:
    tracking = f" {leg.tracking}" if leg.tracking else ""
    return translate("Rma", "Shipping {what} ({carrier}{tracking}) [{ref}]").format(
        what=leg_label(leg.direction), carrier=leg.carrier, tracking=tracking,
        ref=leg.reference)[:200]


def _quote_line_alive(leg: ShippingLeg) -> QuoteLine | None:
    if leg.quote_line_id is None:
        return None
    return QuoteLine.get_or_none(QuoteLine.id == leg.quote_line_id)


def _may_quote(actor: User) -> bool:
    from rma.quotes import QUOTE_ROLES

    return actor.role == Role.MANAGER.value or actor.role in {r.value for r in QUOTE_ROLES}


def _quote_if_draft(actor: User, leg: ShippingLeg) -> None:
    """Put a billable leg on the RMA's draft quote, when there is one and it is not on yet.

    Without a draft (no quote yet, or already accepted) nothing is added: the
    cost is owed through `customer_shipping_due`. An operator who may not
    edit quotes (warehouse) leaves it to the balance the same way.
    """
    if not _billable(leg) or _quote_line_alive(leg) is not None or not _may_quote(actor):
        return
    if RmaState(Rma.get_by_id(leg.rma_id).state) in CLOSED_STATES:
        return
    draft = _draft_of(leg.rma_id)
    if draft is None:
        return
    from rma import quotes

    line = quotes.add_line(actor, draft, LineKind.SHIPPING, description=_line_text(leg),
                           qty=1, unit_price=leg.cost)
    ShippingLeg.update(quote_line_id=line.id).where(ShippingLeg.id == leg.id).execute()
    leg.quote_line_id = line.id


def _requote_if_draft(actor: User, leg: ShippingLeg) -> None:
    line = _quote_line_alive(leg)
    if line is None:
        _quote_if_draft(actor, leg)
        return
    quote = Quote.get_by_id(line.quote_id)
    if quote.status != QuoteStatus.DRAFT.value or not _may_quote(actor):
        return
    from rma import quotes

    if leg.cost > 0:
        quotes.update_line(actor, line, unit_price=leg.cost)
    else:
        _unquote_if_draft(actor, leg)


def _unquote_if_draft(actor: User, leg: ShippingLeg) -> None:
    line = _quote_line_alive(leg)
    if line is None or not _may_quote(actor):
        return
    if Quote.get_by_id(line.quote_id).status != QuoteStatus.DRAFT.value:
        return
    from rma import quotes

    quotes.remove_line(actor, line)
    ShippingLeg.update(quote_line_id=None).where(ShippingLeg.id == leg.id).execute()
    leg.quote_line_id = None


def add_leg_to_quote(actor: User, leg: ShippingLeg | int) -> QuoteLine:
    """Put a billable leg on the RMA's draft quote now (the bench's "add shipping").

    Refused when the leg is not billable, is already on a quote line, or the
    RMA has no draft quote (then the cost is owed through the balance).
    """
    from rma.quotes import QUOTE_ROLES

    require_role(actor, *QUOTE_ROLES, action=translate("Errors", "edit quotes"))
    with unit_of_work() as changes:
        row = get_leg(leg)
        if not _billable(row):
            raise ValidationError(
                translate("Errors", "{leg} is not billed to the customer (payer {payer}, cost "
                          "{cost}).").format(leg=row.reference, payer=payer_label(row.payer),
                                             cost=format_money(row.cost))
            )
        if _quote_line_alive(row) is not None:
            raise Conflict(
                translate("Errors", "{leg} is already on a quote.").format(leg=row.reference)
            )
        if _draft_of(row.rma_id) is None:
            raise Conflict(
                translate("Errors", "{rma} has no draft quote: the cost of {leg} is owed with "
                          "the balance instead.").format(
                    rma=Rma.get_by_id(row.rma_id).number, leg=row.reference)
            )
        _quote_if_draft(actor, row)
        changes.add("shipping_leg", row.id)
    line = _quote_line_alive(row)
    assert line is not None
    return line


# --------------------------------------------------------------------------- timeline


def _leg_data(leg: ShippingLeg) -> dict[str, Any]:
    return {
        "leg": leg.id, "direction": leg.direction, "carrier": leg.carrier,
        "tracking": leg.tracking, "cost": leg.cost, "payer": leg.payer,
        "rule_payer": leg.rule_payer, "coverage": leg.coverage,
        "customer_paid_carrier": leg.customer_paid_carrier, "loaner": leg.loaner_code or None,
    }


def _leg_sentence(leg: ShippingLeg) -> str:
    money = str(settings.get("money.currency"))
    text = translate("Rma", "{ref} {what} by {carrier}{tracking}: {cost}, paid by {payer}.").format(
        ref=leg.reference, what=leg_label(leg.direction), carrier=leg.carrier,
        tracking=f" {leg.tracking}" if leg.tracking else "",
        cost=format_money(leg.cost, money), payer=payer_label(leg.payer))
    if leg.override_reason:
        text += " " + translate("Rma", "Payer overridden (rule: {rule}): {reason}").format(
            rule=payer_label(leg.rule_payer), reason=leg.override_reason)
    return text


def _event(actor: User | None, rma: Rma, kind: str, note: str, data: Any) -> RmaEvent:
    """One timeline line (written here, not through the workflow, to keep imports one-way)."""
    return RmaEvent.create(rma=rma, at=clock.now(), actor=actor, station=config.station_name(),
                           kind=kind, from_state=rma.state, to_state=rma.state, note=note,
                           data=data)


def leg_rows(legs: Iterable[ShippingLeg]) -> list[dict[str, Any]]:
    """Plain rows for tables and exports (payer and direction translated)."""
    return [
        {**_leg_data(leg), "reference": leg.reference, "direction_label": leg_label(leg.direction),
         "payer_label": payer_label(leg.payer), "override_reason": leg.override_reason,
         "shipped_at": leg.shipped_at, "delivered_on": leg.delivered_on}
        for leg in legs
    ]
