"""The repair workflow: each state transition as a service function.

The pure rules (which action is allowed in which state, behind which guard)
live in `rma.transitions`; this module loads the facts those guards need from
the database, asks the table, and writes the result — all in one transaction:

1. load the RMA and refuse a stale view (`StaleEdit`: another station saved
   the RMA since this one loaded it; the message names who and when);
2. check the role, the state and the guards (a refusal writes nothing);
3. move ``state``/``is_open`` with one conditional UPDATE on the row version,
   so two stations pressing a button at the same moment cannot both win;
4. append an `RmaEvent` (who, when, station, from, to, note) and an audit
   entry, and name what changed for the other screens.

Every action takes the acting user first and an ``expected_version``: the
version of the RMA the caller's screen shows. Passing the loaded `Rma` row
itself uses that row's version. Quote, payment, vendor and DOA actions build
on `perform` in their own modules (`rma.quotes`, `rma.payments`,
`rma.vendor`, `rma.doa`); this one holds the plain transitions, the gate
waiver, the warranty extension on shipping and `available_actions`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import peewee as pw

from depot import audit, clock, config, settings
from depot.db import update_versioned
from depot.errors import GateClosed, NotFound, PermissionDenied, StaleEdit, ValidationError
from depot.i18n import translate
from depot.models import Role, User
from depot.service import unit_of_work
from depot.users import require_role
from rma.event_text import event_text, said
from rma.models import Rma, RmaEvent, Unit
from rma.quote_math import QuoteStatus, QuoteSummary, amount_due
from rma.repair_models import GateWaiver, Payment, Quote, QuoteLine, RmaPart
from rma.states import CLOSED_STATES, RmaState, is_open_state
from rma.transitions import (
    ACTION_VERBS,
    WAIVABLE,
    Action,
    ActionAvailability,
    Facts,
    Guard,
    QuoteRef,
    availability,
    check,
    state_label,
)
from rma.warranty import Coverage

__all__ = [
    "ACTION_ROLES",
    "Action",
    "ActionAvailability",
    "Guard",
    "RmaEventView",
    "assign_technician",
    "available_actions",
    "cancel",
    "close",
    "days_at_depot",
    "events",
    "fail_test",
    "finish_repair",
    "get_rma",
    "load_facts",
    "order_parts",
    "parts_arrived",
    "pass_test",
    "payment_complete",
    "perform",
    "reopen_for_quote",
    "return_unrepaired",
    "scrap",
    "ship",
    "start_diagnosis",
    "start_repair",
    "waive_gate",
]

T, D, W = Role.TECHNICIAN, Role.SERVICE_DESK, Role.WAREHOUSE

#: who may do what (a manager may do everything); shown when an operator may not
ACTION_ROLES: Mapping[Action, tuple[Role, ...]] = {
    Action.START_DIAGNOSIS: (T,),
    Action.RECORD_DIAGNOSIS: (T,),
    Action.REQUEST_APPROVAL: (T, D),
    Action.ACCEPT_QUOTE: (D, T),
    Action.DECLINE_QUOTE: (D, T),
    Action.PAYMENT_COMPLETE: (D, T),
    Action.ORDER_PARTS: (T, W),
    Action.PARTS_ARRIVED: (T, W),
    Action.START_REPAIR: (T,),
    Action.SEND_TO_VENDOR: (T, D),
    Action.BACK_FROM_VENDOR: (T, D, W),
    Action.FINISH_REPAIR: (T,),
    Action.PASS_TEST: (T,),
    Action.FAIL_TEST: (T,),
    Action.SHIP: (D, W, T),
    Action.CLOSE: (D,),
    Action.RETURN_UNREPAIRED: (D, T),
    Action.REPLACE_DOA: (D, T),
    Action.SCRAP: (D,),
    Action.CANCEL: (D,),
    Action.REOPEN_FOR_QUOTE: (T,),
}

#: RmaEvent kinds written besides the action names themselves
EVENT_GATE_WAIVED = "gate_waived"
EVENT_WARRANTY_EXTENDED = "warranty_extended"

MAX_NOTE = 2000


# --------------------------------------------------------------------------- loading


def get_rma(rma: Rma | int | str) -> Rma:
    """The RMA by row, id or number (freshly read), or `NotFound`."""
    if isinstance(rma, Rma):
        query = Rma.id == rma.id
    elif isinstance(rma, int) and not isinstance(rma, bool):
        query = Rma.id == rma
    else:
        query = Rma.number == str(rma).strip().upper()
    found = Rma.get_or_none(query)
    if found is None:
        raise NotFound(translate("Errors", "RMA {rma} does not exist.").format(rma=rma))
    return found


def _stale_message(row: Rma) -> str:
    when = row.updated_at.astimezone(clock.current().local_tz()) if row.updated_at else None
    stamp = when.strftime("%Y-%m-%d %H:%M") if when else "?"
    who = row.updated_by or translate("Errors", "someone else")
    return translate(
        "Errors", "{rma} was changed by {who} at {when} — reload and try again."
    ).format(rma=row.number, who=who, when=stamp)


def load_for_update(rma: Rma | int | str, expected_version: int | None) -> tuple[Rma, int]:
    """Read the RMA inside the transaction and refuse a stale caller.

    ``expected_version`` None means "the version of the row passed in" (or the
    current one when an id or number was passed). Checked before any guard so
    a person looking at an outdated screen is told to reload rather than
    refused for a reason that may no longer hold.
    """
    row = get_rma(rma)
    if expected_version is None:
        expected_version = rma.version if isinstance(rma, Rma) else row.version
    if row.version != expected_version:
        raise StaleEdit(_stale_message(row))
    return row, expected_version


def write_rma(row: Rma, expected_version: int, actor: User, **values: Any) -> Rma:
    """The one conditional UPDATE of an RMA; a lost race is refused naming the winner.

    `update_versioned` already refuses the write when the version moved; this
    rewords its message with the RMA number, so the loser at the second
    station reads which RMA, who, and when.
    """
    try:
        return update_versioned(row, expected_version, actor.name, **values)
    except StaleEdit:
        current = Rma.get_or_none(Rma.id == row.id)
        if current is None:
            raise
        raise StaleEdit(_stale_message(current)) from None


def currency() -> str:
    return str(settings.get("money.currency"))


def _quote_summaries(quotes: list[Quote]) -> list[QuoteSummary]:
    if not quotes:
        return []
    shipping = dict(
        QuoteLine.select(QuoteLine.quote, pw.fn.SUM(QuoteLine.amount))
        .where(QuoteLine.quote.in_([q.id for q in quotes]) & (QuoteLine.kind == "shipping"))
        .group_by(QuoteLine.quote)
        .tuples()
    )
    return [
        QuoteSummary(
            number=q.number,
            revision=q.revision,
            status=QuoteStatus(q.status),
            total=q.total,
            decline_charges=q.diagnosis_fee + int(shipping.get(q.id) or 0),
        )
        for q in quotes
    ]


def _latest(quotes: list[Quote], status: QuoteStatus) -> Quote | None:
    found = [q for q in quotes if q.status == status.value]
    return max(found, key=lambda q: q.revision) if found else None


def _shipping_due(rma: Rma) -> int:
    """Customer-paid shipping no quote charges (the shipping desk's rule, DOMAIN §5)."""
    from rma.shipping import customer_shipping_due  # shipping builds on quotes, not on us

    return customer_shipping_due(rma)


def load_facts(rma: Rma) -> Facts:
    """Everything the guards need to know about one RMA, in a few queries."""
    quotes = list(Quote.select().where(Quote.rma == rma.id).order_by(Quote.revision))
    accepted = _latest(quotes, QuoteStatus.ACCEPTED)
    pending = _latest(quotes, QuoteStatus.ISSUED)
    draft = _latest(quotes, QuoteStatus.DRAFT)
    draft_lines = (
        QuoteLine.select().where(QuoteLine.quote == draft.id).count() if draft else 0
    )
    paid = Payment.select(pw.fn.COALESCE(pw.fn.SUM(Payment.amount), 0)).where(
        Payment.rma == rma.id
    ).scalar()
    parts_out = RmaPart.select(
        pw.fn.COALESCE(pw.fn.SUM(RmaPart.qty - RmaPart.returned_qty), 0)
    ).where(RmaPart.rma == rma.id).scalar()
    waived = {
        Guard(w.gate)
        for w in GateWaiver.select(GateWaiver.gate).where(
            (GateWaiver.rma == rma.id) & GateWaiver.used_at.is_null()
        )
    }
    return Facts(
        rma_number=rma.number,
        coverage=rma.coverage,
        currency=currency(),
        accepted=QuoteRef(accepted.number, accepted.total) if accepted else None,
        pending=QuoteRef(pending.number, pending.total) if pending else None,
        draft=QuoteRef(draft.number, draft.total, draft_lines) if draft else None,
        amount_due=amount_due(_quote_summaries(quotes)),
        shipping_due=_shipping_due(rma),
        paid=int(paid or 0),
        parts_out=int(parts_out or 0),
        waived=frozenset(waived),
    )


def available_actions(rma: Rma | int | str, actor: User | None = None) -> list[ActionAvailability]:
    """Every action with whether it can be done now and, if not, why.

    With ``actor`` the operator's role is checked too, so a service-desk
    clerk sees "needs role Technician" on the repair buttons.
    """
    row = get_rma(rma)
    result = availability(row.state, load_facts(row))
    if actor is None:
        return result
    out: list[ActionAvailability] = []
    for item in result:
        if item.enabled:
            try:
                require_role(actor, *ACTION_ROLES[item.action], action=_role_phrase(item.action))
            except PermissionDenied as refusal:
                item = ActionAvailability(
                    item.action, False, str(refusal), item.in_state, item.to_state
                )
        out.append(item)
    return out


def _role_phrase(action: Action) -> str:
    return translate("Errors", "{verb} an RMA").format(
        verb=translate("Errors", ACTION_VERBS[action]))


# --------------------------------------------------------------------------- the one write path


def _clean_note(note: str | None, *, required: str | None = None) -> str:
    text = str(note or "").strip()
    if required and not text:
        raise ValidationError(required)
    if len(text) > MAX_NOTE:
        raise ValidationError(
            translate("Errors", "The note is too long (at most {n} characters).").format(
                n=MAX_NOTE))
    return text


def add_event(
    actor: User | None,
    rma: Rma,
    kind: str,
    *,
    note: str = "",
    from_state: str | None = None,
    to_state: str | None = None,
    data: Any = None,
) -> RmaEvent:
    """Append one timeline entry (inside the caller's transaction)."""
    return RmaEvent.create(
        rma=rma,
        at=clock.now(),
        actor=actor,
        station=config.station_name(),
        kind=kind,
        from_state=from_state,
        to_state=to_state,
        note=note,
        data=data,
    )


def perform(
    actor: User,
    rma: Rma | int | str,
    action: Action,
    *,
    expected_version: int | None = None,
    note: str = "",
    data: Mapping[str, Any] | None = None,
    fields: Mapping[str, Any] | None = None,
    before_write: Callable[[Rma, Facts], Mapping[str, Any] | None] | None = None,
) -> Rma:
    """Run one transition: version, role, state, guards, write, event, audit.

    ``before_write(row, facts)`` runs after every check passed and before the
    state moves; it does the action's own writes (a quote's status, a vendor
    record…) and may return extra event data. ``fields`` are further RMA
    columns to set in the same conditional UPDATE.
    """
    require_role(actor, *ACTION_ROLES[action], action=_role_phrase(action))
    with unit_of_work() as changes:
        row, expected = load_for_update(rma, expected_version)
        facts = load_facts(row)
        verdict = check(row.state, action, facts)
        from_state = row.state
        to_state = verdict.transition.to
        extra = dict(data or {})
        if verdict.waived:
            _use_waivers(row, verdict.waived, action)
            extra["waived"] = [g.value for g in verdict.waived]
        if before_write is not None:
            extra.update(before_write(row, facts) or {})
        now = clock.now()
        values: dict[str, Any] = {"state": to_state.value, "is_open": is_open_state(to_state)}
        if to_state in (RmaState.SHIPPED, RmaState.RETURNED_UNREPAIRED):
            values["shipped_at"] = now
        if to_state in CLOSED_STATES and to_state is not RmaState.SHIPPED:
            values["closed_at"] = now
        if (action in (Action.START_DIAGNOSIS, Action.START_REPAIR)
                and row.technician_id is None
                and actor.role in (Role.TECHNICIAN.value, Role.MANAGER.value)):
            values["technician"] = actor.id
        values.update(fields or {})
        write_rma(row, expected, actor, **values)
        add_event(
            actor, row, action.value, note=note, from_state=from_state,
            to_state=to_state.value, data=extra or None,
        )
        audit.record(
            actor, f"rma.{action.value}", "rma", row.id,
            before={"state": from_state}, after={"state": to_state.value, **extra},
            note=note or None,
        )
        changes.add("rma", row.id)
    sync(rma, row)
    return row


def sync(caller: object, fresh: pw.Model) -> None:
    """Bring the caller's copy of a row up to date after a successful write.

    A screen that holds the row it showed and passes it to a service gets it
    back current (new version, state…), exactly as `update_versioned` does
    for the row it is given, so the next action from that screen is not
    refused as stale by its own previous write.
    """
    if isinstance(caller, type(fresh)) and caller is not fresh:
        caller.__data__.update(fresh.__data__)
        caller.__rel__.clear()
        caller._dirty.clear()


def _use_waivers(row: Rma, gates: tuple[Guard, ...], action: Action) -> None:
    """Mark the waivers this transition relied on as used (one waiver, one passage)."""
    GateWaiver.update(used_at=clock.now(), used_by_action=action.value).where(
        (GateWaiver.rma == row.id)
        & GateWaiver.gate.in_([g.value for g in gates])
        & GateWaiver.used_at.is_null()
    ).execute()


# --------------------------------------------------------------------------- plain transitions


def start_diagnosis(
    actor: User, rma: Rma | int | str, *, expected_version: int | None = None, note: str = ""
) -> Rma:
    """The technician takes the unit on the bench (and is assigned if nobody is)."""
    return perform(actor, rma, Action.START_DIAGNOSIS, expected_version=expected_version,
                   note=_clean_note(note))


def order_parts(
    actor: User, rma: Rma | int | str, *, expected_version: int | None = None, note: str = ""
) -> Rma:
    """Parts are on order: the repair waits (from diagnosis, gated, or mid-repair)."""
    return perform(actor, rma, Action.ORDER_PARTS, expected_version=expected_version,
                   note=_clean_note(note))


def parts_arrived(
    actor: User, rma: Rma | int | str, *, expected_version: int | None = None, note: str = ""
) -> Rma:
    """The ordered parts are here: the repair (re)starts, behind the repair gate."""
    return perform(actor, rma, Action.PARTS_ARRIVED, expected_version=expected_version,
                   note=_clean_note(note))


def start_repair(
    actor: User, rma: Rma | int | str, *, expected_version: int | None = None, note: str = ""
) -> Rma:
    """Start the repair: free for in-warranty units, else only with the quote accepted and paid."""
    return perform(actor, rma, Action.START_REPAIR, expected_version=expected_version,
                   note=_clean_note(note))


def finish_repair(
    actor: User, rma: Rma | int | str, *, expected_version: int | None = None, note: str = ""
) -> Rma:
    """The repair is done; the unit goes to testing. The note is the work done (archived)."""
    return perform(actor, rma, Action.FINISH_REPAIR, expected_version=expected_version,
                   note=_clean_note(note, required=translate(
                       "Errors", "Describe the work done (it goes on the unit's history and the "
                                 "service report).")))


def pass_test(
    actor: User, rma: Rma | int | str, *, expected_version: int | None = None, note: str = ""
) -> Rma:
    """The unit passed its test and is ready to ship."""
    return perform(actor, rma, Action.PASS_TEST, expected_version=expected_version,
                   note=_clean_note(note))


def fail_test(
    actor: User, rma: Rma | int | str, *, expected_version: int | None = None, note: str = ""
) -> Rma:
    """The unit failed its test and goes back into repair; the note says what failed."""
    return perform(actor, rma, Action.FAIL_TEST, expected_version=expected_version,
                   note=_clean_note(note, required=translate(
                       "Errors", "Say what failed in the test.")))


def reopen_for_quote(
    actor: User, rma: Rma | int | str, *, expected_version: int | None = None, note: str = ""
) -> Rma:
    """Pause a chargeable repair for a revised quote (see `rma.parts.add_part_during_repair`)."""
    return perform(actor, rma, Action.REOPEN_FOR_QUOTE, expected_version=expected_version,
                   note=_clean_note(note))


def payment_complete(
    actor: User, rma: Rma | int | str, *, expected_version: int | None = None, note: str = ""
) -> Rma:
    """Release a paid RMA for repair (normally automatic when the balance reaches 0)."""
    return perform(actor, rma, Action.PAYMENT_COMPLETE, expected_version=expected_version,
                   note=_clean_note(note))


def local_date(moment: datetime) -> date:
    """The station's calendar date of an instant (the depot counts days locally)."""
    return moment.astimezone(clock.current().local_tz()).date()


def days_at_depot(received_at: datetime, left_on: date) -> int:
    """Calendar days a unit spent at the depot, counting both ends.

    Received Monday and shipped the same Monday is 1 day; received Monday,
    shipped Wednesday is 3. Both ends count because the customer was without
    the unit on both days, and warranty dates are inclusive everywhere else
    (DOMAIN §2), so the extension follows the same convention.
    """
    return (left_on - local_date(received_at)).days + 1


def ship(
    actor: User,
    rma: Rma | int | str,
    *,
    expected_version: int | None = None,
    note: str = "",
    carrier: str = "",
    tracking: str = "",
) -> Rma:
    """Ship the repaired unit back: only after testing passed and with nothing outstanding.

    When the RMA was covered (DOA or warranty), the unit's warranty grows by
    the days it spent at the depot (顺延, DOMAIN §2): received date to ship
    date, both counted (see `days_at_depot`).

    A loaner owed to the customer and never arranged keeps the unit here too
    (DOMAIN §6), whichever screen ships it: checked after the state and money
    gates passed (their reasons come first), before anything is written.
    """
    from rma import loans  # here: rma.loans reaches this module through rma.sla_status

    def loaner_arranged(row: Rma, facts: Facts) -> None:
        loaner = loans.blocking_reason(row)
        if loaner:
            raise GateClosed(loaner)

    data = {"carrier": str(carrier).strip(), "tracking": str(tracking).strip()}
    with unit_of_work() as changes:
        row = perform(actor, rma, Action.SHIP, expected_version=expected_version,
                      note=_clean_note(note), data={k: v for k, v in data.items() if v},
                      before_write=loaner_arranged)
        if not Coverage(row.coverage).chargeable:
            _extend_warranty(actor, row, days_at_depot(row.received_at, clock.today()))
            changes.add("unit", row.unit_id)
    return row


def _extend_warranty(actor: User, row: Rma, days: int) -> None:
    """Add ``days`` to the unit's warranty extension, on the timeline and in the audit."""
    unit = Unit.get_by_id(row.unit_id)
    before = unit.extension_days or 0
    update_versioned(unit, unit.version, actor.name, extension_days=before + days)
    text, data = said("warranty_extended", {"unit": unit.serial, "days": days,
                                            "before": before, "after": before + days})
    add_event(actor, row, EVENT_WARRANTY_EXTENDED, note=text, data=data)
    audit.record(actor, "unit.warranty_extend", "unit", unit.id,
                 before={"extension_days": before}, after={"extension_days": before + days},
                 note=f"{row.number}: {days} day(s) at the depot")


def close(
    actor: User, rma: Rma | int | str, *, expected_version: int | None = None, note: str = ""
) -> Rma:
    """Close a shipped RMA (delivered and signed for)."""
    return perform(actor, rma, Action.CLOSE, expected_version=expected_version,
                   note=_clean_note(note))


def _release_reservations(actor: User, row: Rma) -> None:
    from rma import stock_link

    stock_link.release(actor, row.number)


def return_unrepaired(
    actor: User, rma: Rma | int | str, *, expected_version: int | None = None, note: str = ""
) -> Rma:
    """Send the unit back unrepaired (declined quote, or no repair possible).

    The customer pays the return leg and any diagnosis fee first (the money
    gate); reserved parts go back to free stock.
    """
    text = _clean_note(note, required=translate(
        "Errors", "Say why the unit goes back unrepaired."))
    return perform(actor, rma, Action.RETURN_UNREPAIRED, expected_version=expected_version,
                   note=text, before_write=lambda row, f: _release_reservations(actor, row))


def scrap(
    actor: User, rma: Rma | int | str, *, expected_version: int | None = None, note: str = ""
) -> Rma:
    """Scrap the unit at the customer's written request (after a declined quote)."""
    text = _clean_note(
        note, required=translate(
            "Errors", "Scrapping needs the customer's written request: enter its reference.")
    )
    return perform(actor, rma, Action.SCRAP, expected_version=expected_version, note=text,
                   before_write=lambda row, f: _release_reservations(actor, row))


def cancel(
    actor: User, rma: Rma | int | str, *, expected_version: int | None = None, note: str = ""
) -> Rma:
    """Cancel an RMA opened in error or withdrawn (nothing issued, nothing paid)."""
    text = _clean_note(note, required=translate("Errors", "Say why the RMA is cancelled."))
    return perform(actor, rma, Action.CANCEL, expected_version=expected_version, note=text,
                   before_write=lambda row, f: _release_reservations(actor, row))


# --------------------------------------------------------------------------- assignment

EVENT_ASSIGNED = "assigned"


def assign_technician(
    actor: User,
    rma: Rma | int | str,
    technician: User | None,
    *,
    expected_version: int | None = None,
) -> Rma:
    """Give an open RMA to a technician (None: back to the unassigned queue).

    A technician may take an RMA for themselves or give up their own; handing
    work to someone else is a manager's call.
    """
    if technician is not None and technician.role not in (Role.TECHNICIAN.value,
                                                           Role.MANAGER.value):
        raise ValidationError(translate("Errors", "{name} is not a technician.").format(
            name=technician.name))
    if actor.role != Role.MANAGER.value:
        require_role(actor, Role.TECHNICIAN, action=translate("Errors", "take RMAs"))
    with unit_of_work() as changes:
        row, expected = load_for_update(rma, expected_version)
        if RmaState(row.state) in CLOSED_STATES:
            raise ValidationError(
                translate("Errors", "{rma} is {state}: there is nothing left to assign.")
                .format(rma=row.number, state=state_label(row.state)))
        mine = technician is not None and technician.id == actor.id
        giving_up = technician is None and row.technician_id == actor.id
        if actor.role != Role.MANAGER.value and not (mine or giving_up):
            raise PermissionDenied(translate(
                "Errors", "{name} may take RMAs for themselves only; a manager assigns them "
                          "to others.").format(name=actor.name))
        before = row.technician_id
        write_rma(row, expected, actor, technician=technician.id if technician else None)
        name = technician.name if technician else translate("Events", "nobody")
        add_event(actor, row, EVENT_ASSIGNED, note=name, from_state=row.state,
                  to_state=row.state, data={"technician": technician.id if technician else None})
        audit.record(actor, "rma.assign", "rma", row.id, before={"technician": before},
                     after={"technician": technician.id if technician else None})
        changes.add("rma", row.id)
    sync(rma, row)
    return row


# --------------------------------------------------------------------------- waivers


def waive_gate(
    actor: User,
    rma: Rma | int | str,
    gate: Guard | str,
    reason: str,
    *,
    expected_version: int | None = None,
) -> GateWaiver:
    """A manager lets one RMA through one gate once, with a reason (DOMAIN §4).

    The waiver is recorded on the timeline and in the audit log; the next
    transition that needs the gate uses it up, so a waiver for this repair
    does not also wave through the revised quote of next week.
    """
    require_role(actor, Role.MANAGER, action=translate("Errors", "waive a gate"))
    try:
        guard = Guard(gate)
    except ValueError:
        raise ValidationError(
            translate("Errors", "Unknown gate {gate!r}.").format(gate=gate)) from None
    if guard not in WAIVABLE:
        names = ", ".join(sorted(g.value for g in WAIVABLE))
        raise ValidationError(
            translate("Errors", "The {gate} check cannot be waived; only: {names}.").format(
                gate=guard.value, names=names))
    text = _clean_note(reason, required=translate(
        "Errors", "A waiver needs a reason (it is audited)."))
    with unit_of_work() as changes:
        row, expected = load_for_update(rma, expected_version)
        if row.state in {s.value for s in CLOSED_STATES}:
            raise ValidationError(
                translate("Errors", "{rma} is {state}: there is no gate left to waive.").format(
                    rma=row.number, state=state_label(row.state)))
        if GateWaiver.select().where(
            (GateWaiver.rma == row.id) & (GateWaiver.gate == guard.value)
            & GateWaiver.used_at.is_null()
        ).exists():
            raise ValidationError(
                translate("Errors", "The {gate} gate of {rma} is already waived.").format(
                    gate=guard.value, rma=row.number))
        waiver = GateWaiver.create(rma=row, gate=guard.value, reason=text, waived_by=actor)
        write_rma(row, expected, actor)
        add_event(actor, row, EVENT_GATE_WAIVED, note=text, from_state=row.state,
                  to_state=row.state, data={"gate": guard.value})
        audit.record(actor, "rma.waive_gate", "rma", row.id, after={"gate": guard.value},
                     note=text)
        changes.add("rma", row.id)
    sync(rma, row)
    return waiver


# --------------------------------------------------------------------------- timeline


@dataclass(frozen=True)
class RmaEventView:
    """One timeline line for the bench screen."""

    at: datetime
    kind: str
    from_state: str | None
    to_state: str | None
    note: str
    actor_name: str
    station: str
    data: Any


def events(rma: Rma | int | str) -> list[RmaEventView]:
    """The RMA's timeline, oldest first (one query)."""
    row = get_rma(rma)
    query = (
        RmaEvent.select(RmaEvent, User.name.alias("actor_name"))
        .join(User, pw.JOIN.LEFT_OUTER, on=(RmaEvent.actor == User.id))
        .where(RmaEvent.rma == row.id)
        .order_by(RmaEvent.at, RmaEvent.id)
        .objects()
    )
    return [
        RmaEventView(e.at, e.kind, e.from_state, e.to_state, event_text(e.note or "", e.data),
                     e.actor_name or "", e.station or "", e.data)
        for e in query
    ]
