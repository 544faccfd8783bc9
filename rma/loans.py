"""Loans of loaners (备用机) to RMAs: who is owed one, offer, checkout, return, overdue.

DOMAIN §6: an in-warranty customer whose unit must come to the depot, or
whose repair cannot be finished within one working day, gets a loaner of
equal or better specification by the next working day. It comes back within
10 working days (a setting) of the repaired unit's delivery and is checked
on return (condition, accessories). Out-of-warranty units get no loaner
unless a manager overrides, with a reason, audited.

"Where is my loaner" is answered from records: the loan says who handed out
which loaner when, with which accessories and by which shipping leg; the
overdue list and `blocking_reason` keep the desk from forgetting one.

Concurrency: the loaner's status moves with one conditional UPDATE
(`inventory.loaners.lend`); two partial unique indexes (one open loan per
loaner, one per RMA) back it up in the database. The station that loses a
race gets `Conflict` "Loaner LN-… is already out (RMA-…)", and nothing of its
checkout is written.
"""

from __future__ import annotations

from collections import Counter as Multiset
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Final

import peewee as pw

from depot import audit, clock, config, settings
from depot.db import database, update_versioned
from depot.errors import Conflict, GateClosed, NotFound, ValidationError
from depot.i18n import QT_TRANSLATE_NOOP, translate
from depot.models import Role, User
from depot.service import is_unique_violation, unit_of_work
from depot.users import require_role
from depot.workcal import WorkingCalendar
from inventory import loaners as pool
from inventory.loaner_models import Loaner
from rma.models import Customer, ProductModel, Rma, RmaEvent, Unit
from rma.payer_rules import LegKind
from rma.shipping import LegInput, check_leg, record_leg
from rma.shipping_models import Loan, LoanDecline
from rma.states import RmaState
from rma.warranty import Coverage

__all__ = [
    "DUE_BACK_SETTING",
    "LOAN_ROLES",
    "Eligibility",
    "LoanNeed",
    "LoanView",
    "active_loan",
    "awaiting_loaner",
    "blocking_reason",
    "calendar",
    "checkout",
    "decline",
    "eligibility",
    "loans_out",
    "needed_class",
    "offer",
    "on_rma_delivered",
    "overdue",
    "return_loaner",
]

#: who hands loaners out and takes them back (managers always may)
LOAN_ROLES: Final = pool.LEND_ROLES

#: RmaEvent kinds written here
EVENT_OUT = "loaner_out"
EVENT_BACK = "loaner_back"
EVENT_DUE_BACK = "loaner_due_back"
EVENT_DECLINED = "loaner_declined"

MAX_TEXT: Final = 2000

DUE_BACK_SETTING = settings.define(
    "loans.due_back_working_days", 10,
    QT_TRANSLATE_NOOP("Settings", "A loaner is due back within (working days after the "
                      "repaired unit is delivered)"),
    settings.int_range(1, 60),
)

#: channels by which the unit itself must travel to the depot (DOMAIN §6 "must come")
_MUST_COME: Final = frozenset({"courier", "pickup"})
#: states in which the repair is finished (the unit passed its test)
_READY_STATES: Final = frozenset({RmaState.READY_TO_SHIP.value, RmaState.SHIPPED.value,
                                  RmaState.CLOSED.value})


def calendar() -> WorkingCalendar:
    """The depot's working calendar (the settings'), for due dates and "one working day".

    Imported when called: `rma.sla_status` imports the workflow, and the
    workflow may call `blocking_reason` here.
    """
    from rma.sla_status import working_calendar

    return working_calendar()


# --------------------------------------------------------------------------- eligibility


def needed_class(rma: Rma) -> int:
    """The loaner class the RMA's model asks for; a model without one takes any (class 1+)."""
    model = ProductModel.get_by_id(Unit.get_by_id(rma.unit_id).model_id)
    return int(model.loaner_class or 1)


@dataclass(frozen=True)
class Eligibility:
    """Whether an RMA is owed a loaner, why (a sentence for the desk) and by when."""

    eligible: bool
    reason: str
    needed_class: int
    #: the next working day after receipt: when the loaner is owed by
    due_by: date | None
    #: a manager may lend anyway, with a reason (never for a closed RMA)
    overridable: bool


def _received_on(rma: Rma, cal: WorkingCalendar) -> date:
    return rma.received_at.astimezone(cal.tz).date()


def _ready_at(rma: Rma) -> datetime | None:
    """When the repair was finished (the first passed test), if it was."""
    event = (RmaEvent.select(RmaEvent.at)
             .where((RmaEvent.rma == rma.id) & (RmaEvent.kind == "pass_test"))
             .order_by(RmaEvent.id).first())
    return event.at if event is not None else None


def _exceeds_one_working_day(rma: Rma, cal: WorkingCalendar) -> bool:
    """Did (or does) the repair take more than one working day of working time?

    Measured on the working calendar from receipt to the passed test, or to
    now while it is not finished: a walk-in unit received at 16:00 and
    repaired by 10:00 the next morning took two working hours, not a day.
    """
    end = _ready_at(rma)
    if end is None:
        if rma.state in _READY_STATES:
            return False
        end = clock.now()
    return cal.working_time_between(rma.received_at, end) > cal.working_day_length


def eligibility(rma: Rma | int | str, *, long_repair: bool = False) -> Eligibility:
    """Is this RMA owed a loaner (DOMAIN §6)?

    In warranty (DOA or warranty) AND (the unit travels to the depot —
    courier or pickup — OR the repair exceeds one working day). `long_repair`
    is the technician's estimate that it will; without it, the working time
    since receipt decides. Due by the next working day after receipt.
    """
    row = _rma(rma)
    cal = calendar()
    need = needed_class(row)
    due = cal.next_working_day(_received_on(row, cal))
    if not row.is_open:
        return Eligibility(False, translate("Loans", "{rma} is no longer at the depot: no "
                                            "loaner is lent for it.").format(rma=row.number),
                           need, None, False)
    if Coverage(row.coverage).chargeable:
        return Eligibility(False, translate(
            "Loans", "{rma} is not covered by warranty: out-of-warranty units get no loaner "
            "unless a manager overrides.").format(rma=row.number), need, None, True)
    if row.channel in _MUST_COME:
        return Eligibility(True, translate(
            "Loans", "In warranty and the unit must come to the depot: a loaner of class {n} or "
            "better is owed by {due}.").format(n=need, due=due.isoformat()), need, due, True)
    if long_repair or _exceeds_one_working_day(row, cal):
        return Eligibility(True, translate(
            "Loans", "In warranty and the repair takes more than one working day: a loaner of "
            "class {n} or better is owed by {due}.").format(n=need, due=due.isoformat()),
            need, due, True)
    return Eligibility(False, translate(
        "Loans", "Repaired within one working day at the counter: no loaner is owed (a "
        "manager may lend one anyway)."), need, None, True)


def offer(rma: Rma | int | str) -> list[Loaner]:
    """Available loaners for the RMA, best match first (lowest sufficient class, then condition)."""
    return pool.available_loaners(needed_class(_rma(rma)))


# --------------------------------------------------------------------------- checkout


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


def active_loan(rma: Rma | int | str) -> Loan | None:
    """The loan out on this RMA now, if any."""
    row = _rma(rma)
    return Loan.get_or_none((Loan.rma == row.id) & Loan.returned_at.is_null())


def _text(value: Any, what: str) -> str:
    text = str(value or "").strip()
    if len(text) > MAX_TEXT:
        raise ValidationError(
            translate("Errors", "{what} is too long (at most {n} characters).").format(
                what=what, n=MAX_TEXT)
        )
    return text


def _accessories_out(loaner: Loaner, given: Iterable[str] | None) -> list[str]:
    """What goes out with the loaner: by default everything that belongs to it."""
    kit = list(loaner.accessories or [])
    if given is None:
        return kit
    items = pool.clean_accessories(given)
    unknown = Multiset(items) - Multiset(kit)
    if unknown:
        raise ValidationError(
            translate("Errors", "{code} has no {items} to lend (its accessories: {kit}).").format(
                code=loaner.code, items=", ".join(sorted(unknown.elements())),
                kit=", ".join(kit) or translate("Errors", "none"))
        )
    return items


def checkout(
    actor: User,
    rma: Rma | int | str,
    loaner_code: str,
    accessories: Iterable[str] | None = None,
    outbound_leg: LegInput | None = None,
    *,
    long_repair: bool = False,
    override_reason: str = "",
) -> Loan:
    """Lend a loaner to an RMA by scanning its tag.

    Records who, when and which accessories (default: all the loaner's kit);
    with `outbound_leg` the loaner-out shipping leg is recorded too (the
    payer from the rule table), without it the loaner was handed over at the
    counter. An RMA that is not owed a loaner (out of warranty, repaired the
    same day) is refused unless a manager gives `override_reason`.

    Everything is checked before anything is written; the loaner's status
    then moves with one conditional UPDATE, so of two stations lending the
    same loaner at once exactly one succeeds and the other is told
    "Loaner LN-… is already out (RMA-…)".
    """
    require_role(actor, *LOAN_ROLES, action=translate("Errors", "lend loaners"))
    reason = _text(override_reason, translate("Errors", "The override reason"))
    code = pool.normalise_code(loaner_code)
    with unit_of_work() as changes:
        row = _rma(rma)
        current = active_loan(row)
        if current is not None:
            raise Conflict(
                translate("Errors", "{rma} already has loaner {code} out: take it back before "
                          "lending another.").format(rma=row.number,
                                                     code=Loaner.get_by_id(current.loaner_id).code)
            )
        verdict = eligibility(row, long_repair=long_repair)
        if not verdict.eligible:
            if not verdict.overridable:
                raise Conflict(verdict.reason)
            if not reason:
                raise GateClosed(verdict.reason)
            require_role(actor, Role.MANAGER, action=translate(
                "Errors", "lend a loaner the rules do not give"))
        else:
            reason = ""  # nothing is overridden; don't pretend it was
        loaner = pool.get_loaner(code)
        refusal = pool.refusal(loaner, "lend")
        if refusal is not None:
            raise Conflict(refusal)
        if loaner.loaner_class < verdict.needed_class:
            raise ValidationError(
                translate("Errors", "Loaner {code} is class {has}; {rma} needs class {need} or "
                          "better.").format(code=loaner.code, has=loaner.loaner_class,
                                            rma=row.number, need=verdict.needed_class)
            )
        kit = _accessories_out(loaner, accessories)
        if outbound_leg is not None:
            check_leg(actor, row, LegKind.LOANER_OUT, outbound_leg, loaner_code=loaner.code)

        # ---- every check passed: write
        pool.lend(actor, loaner, row.number, note=reason)
        leg = None
        if outbound_leg is not None:
            leg = record_leg(actor, row, LegKind.LOANER_OUT, outbound_leg,
                             loaner_code=loaner.code)
        try:
            with database.atomic():
                loan = Loan.create(
                    rma=row, loaner=loaner, needed_class=verdict.needed_class,
                    due_by=verdict.due_by, out_at=clock.now(), out_by=actor,
                    out_station=config.station_name(), accessories_out=kit, outbound_leg=leg,
                    override_reason=reason, updated_by=actor.name,
                )
        except pw.IntegrityError as exc:
            if is_unique_violation(exc):
                raise Conflict(
                    translate("Errors", "{rma} was just given another loaner at another "
                              "station.").format(rma=row.number)
                ) from None
            raise
        note = translate("Loans", "Loaner {code} ({description}) out with: {kit}.").format(
            code=loaner.code, description=loaner.description,
            kit=", ".join(kit) or translate("Loans", "no accessories"))
        if reason:
            note += " " + translate("Loans", "Manager override: {reason}").format(reason=reason)
        _event(actor, row, EVENT_OUT, note,
               {"loan": loan.id, "loaner": loaner.code, "accessories": kit,
                "leg": leg.id if leg else None, "override": reason or None})
        audit.record(actor, "loan.checkout", "loan", loan.id,
                     after={"rma": row.number, "loaner": loaner.code, "accessories": kit,
                            "leg": leg.id if leg else None},
                     note=reason or None)
        if reason:
            audit.record(actor, "loan.override", "rma", row.id,
                         after={"loaner": loaner.code, "rule": verdict.reason}, note=reason)
        changes.add("loan", loan.id).add("rma", row.id).add("loaner", loaner.id)
    return loan


def decline(actor: User, rma: Rma | int | str, reason: str) -> LoanDecline:
    """Record that an owed loaner will not be provided (customer declined, not needed)."""
    require_role(actor, *LOAN_ROLES, action=translate("Errors", "record loaner decisions"))
    text = _text(reason, translate("Errors", "The reason"))
    if not text:
        raise ValidationError(
            translate("Errors", "Say why no loaner is provided (e.g. the customer declined).")
        )
    with unit_of_work() as changes:
        row = _rma(rma)
        if LoanDecline.select().where(LoanDecline.rma == row.id).exists():
            raise Conflict(
                translate("Errors", "{rma} already records that no loaner is provided.").format(
                    rma=row.number)
            )
        if Loan.select().where(Loan.rma == row.id).exists():
            raise Conflict(
                translate("Errors", "{rma} has had a loaner: there is nothing to decline.")
                .format(rma=row.number)
            )
        found = LoanDecline.create(rma=row, reason=text, declined_by=actor,
                                   declined_at=clock.now())
        _event(actor, row, EVENT_DECLINED,
               translate("Loans", "No loaner: {reason}").format(reason=text), {"reason": text})
        audit.record(actor, "loan.decline", "rma", row.id, note=text)
        changes.add("rma", row.id).add("loan_decline", found.id)
    return found


# --------------------------------------------------------------------------- return


def return_loaner(
    actor: User,
    loaner_code: str,
    condition_ok: bool,
    accessories_back: Iterable[str] | None = None,
    notes: str = "",
    *,
    inbound_leg: LegInput | None = None,
) -> Loan:
    """Take a loaner back by scanning its tag, checking condition and accessories.

    `accessories_back` is what actually came back (None: everything that went
    out). Missing accessories are recorded on the loan and flagged; a loaner
    that is damaged or incomplete goes to "in service" instead of back into
    the pool, so nobody lends it out broken or short of its cable. With
    `inbound_leg` the loaner-back shipping leg is recorded (payer by rule).
    """
    require_role(actor, *LOAN_ROLES, action=translate("Errors", "take loaners back"))
    if not isinstance(condition_ok, bool):
        raise ValidationError(
            translate("Errors", "Say whether the loaner came back in good condition.")
        )
    text = _text(notes, translate("Errors", "The notes"))
    if not condition_ok and not text:
        raise ValidationError(
            translate("Errors", "Describe what is wrong with the loaner (the notes are kept "
                      "with it).")
        )
    code = pool.normalise_code(loaner_code)
    with unit_of_work() as changes:
        loaner = pool.get_loaner(code)
        refusal = pool.refusal(loaner, "take_back")
        if refusal is not None:
            raise Conflict(refusal)
        loan = Loan.get_or_none((Loan.loaner == loaner.id) & Loan.returned_at.is_null())
        if loan is None:
            raise Conflict(
                translate("Errors", "Loaner {code} is marked out ({ref}) but no loan records "
                          "it: ask a manager to check the loaner's history.").format(
                    code=loaner.code, ref=loaner.out_reference or "?")
            )
        row = Rma.get_by_id(loan.rma_id)
        out = list(loan.accessories_out or [])
        back = out if accessories_back is None else pool.clean_accessories(accessories_back)
        missing = sorted((Multiset(out) - Multiset(back)).elements())
        if inbound_leg is not None:
            check_leg(actor, row, LegKind.LOANER_BACK, inbound_leg, loaner_code=loaner.code)

        # ---- every check passed: write
        to_service = not condition_ok or bool(missing)
        day = clock.today().isoformat()
        remarks = [text] if text else []
        if missing:
            remarks.append(translate("Loans", "missing: {items}").format(
                items=", ".join(missing)))
        condition_notes = None
        if remarks:
            line = f"{day} {row.number}: " + "; ".join(remarks)
            condition_notes = (loaner.condition_notes + "\n" + line).strip()[-MAX_TEXT:]
        pool.take_back(actor, loaner, to_service=to_service, condition_notes=condition_notes,
                       note="; ".join(remarks))
        leg = None
        if inbound_leg is not None:
            leg = record_leg(actor, row, LegKind.LOANER_BACK, inbound_leg,
                             loaner_code=loaner.code)
        update_versioned(
            loan, loan.version, actor.name, returned_at=clock.now(), returned_by=actor.id,
            accessories_back=back, missing_accessories=missing, condition_ok=condition_ok,
            return_notes=text, return_leg=leg.id if leg else None,
        )
        if missing:
            note = translate("Loans", "Loaner {code} back, MISSING: {items}.").format(
                code=loaner.code, items=", ".join(missing))
        else:
            note = translate("Loans", "Loaner {code} back, accessories complete.").format(
                code=loaner.code)
        if not condition_ok:
            note += " " + translate("Loans", "Condition not OK: {notes}").format(notes=text)
        _event(actor, row, EVENT_BACK, note,
               {"loan": loan.id, "loaner": loaner.code, "missing": missing,
                "condition_ok": condition_ok, "leg": leg.id if leg else None})
        audit.record(actor, "loan.return", "loan", loan.id,
                     after={"loaner": loaner.code, "missing": missing,
                            "condition_ok": condition_ok, "to_service": to_service},
                     note=text or None)
        changes.add("loan", loan.id).add("rma", row.id).add("loaner", loaner.id)
    return loan


# --------------------------------------------------------------------------- hooks


def on_rma_delivered(rma: Rma | int | str, delivered_on: date) -> Loan | None:
    """The repaired unit reached the customer: the loaner is due back N working days later.

    Called by `rma.shipping.mark_delivered` for the depot → customer leg, and
    by the workflow or the handover when the customer collects the unit at
    the counter. Joins the caller's transaction; returns the loan it dated,
    or None when no loaner is out on the RMA.
    """
    if isinstance(delivered_on, datetime) or not isinstance(delivered_on, date):
        raise ValidationError(translate("Errors", "The delivery date must be a date."))
    with unit_of_work() as changes:
        row = _rma(rma)
        loan = active_loan(row)
        if loan is None:
            return None
        days = int(settings.get(DUE_BACK_SETTING.key))
        due = calendar().add_working_days(delivered_on, days)
        # no operator: the delivery is what dates it, whoever recorded that is audited there
        Loan.update(due_back=due, version=Loan.version + 1, updated_at=clock.now()).where(
            Loan.id == loan.id).execute()
        loan = Loan.get_by_id(loan.id)
        code = Loaner.get_by_id(loan.loaner_id).code
        _event(None, row, EVENT_DUE_BACK,
               translate("Loans", "Unit delivered on {day}: loaner {code} is due back by "
                         "{due}.").format(day=delivered_on.isoformat(), code=code,
                                          due=due.isoformat()),
               {"loan": loan.id, "delivered_on": delivered_on.isoformat(),
                "due_back": due.isoformat()})
        changes.add("loan", loan.id).add("rma", row.id)
    return loan


def blocking_reason(rma: Rma | int | str) -> str | None:
    """"Loaner not arranged": the RMA is owed a loaner and nothing was decided.

    For the shipping desk's blocked row and, if the lead wires it, the ship
    gate: an in-warranty customer who was owed a loaner must have had one
    (or declined it) before the case is closed by shipping — a forgotten
    loaner is exactly the complaint this module exists to prevent. None when
    a loaner is or was out, the customer declined, or none is owed.
    """
    row = _rma(rma)
    if Loan.select().where(Loan.rma == row.id).exists():
        return None
    if LoanDecline.select().where(LoanDecline.rma == row.id).exists():
        return None
    verdict = eligibility(row)
    if not verdict.eligible:
        return None
    assert verdict.due_by is not None
    return translate(
        "Errors", "Loaner not arranged: {rma} is owed a loaner of class {n} or better by {due}. "
        "Lend one, or record that the customer declined it.").format(
        rma=row.number, n=verdict.needed_class, due=verdict.due_by.isoformat())


# --------------------------------------------------------------------------- lists


@dataclass(frozen=True)
class LoanNeed:
    """An open RMA owed a loaner that has none yet (the desk's to-do list)."""

    rma_id: int
    rma_number: str
    customer: str
    needed_class: int
    due_by: date
    late: bool


def awaiting_loaner(today: date | None = None) -> list[LoanNeed]:
    """Open in-warranty RMAs owed a loaner with none out and none declined, most urgent first."""
    day = today or clock.today()
    rows = (
        Rma.select(Rma, Customer.name)
        .join(Customer, pw.JOIN.LEFT_OUTER, on=(Rma.customer == Customer.id))
        .where(Rma.is_open
               & Rma.coverage.in_([Coverage.DOA.value, Coverage.WARRANTY.value])
               & ~pw.fn.EXISTS(Loan.select(Loan.id).where(Loan.rma == Rma.id))
               & ~pw.fn.EXISTS(LoanDecline.select(LoanDecline.id)
                               .where(LoanDecline.rma == Rma.id)))
        .order_by(Rma.received_at)
    )
    out: list[LoanNeed] = []
    for row in rows:
        verdict = eligibility(row)
        if verdict.eligible and verdict.due_by is not None:
            # the joined Customer carries only its name (its id is not selected)
            joined = row.__rel__.get("customer")
            customer = (joined.name or "") if joined is not None else ""
            out.append(LoanNeed(row.id, row.number, customer, verdict.needed_class,
                                verdict.due_by, verdict.due_by < day))
    out.sort(key=lambda n: (n.due_by, n.rma_number))
    return out


@dataclass(frozen=True)
class LoanView:
    """One loan as the loaner screen and the overdue list show it."""

    loan_id: int
    loaner_code: str
    loaner_description: str
    loaner_class: int
    rma_number: str
    customer: str
    phone: str
    out_at: datetime
    due_back: date | None
    #: working days past due_back (0 when not overdue)
    days_overdue: int
    accessories_out: tuple[str, ...]


def _loan_query() -> pw.ModelSelect:
    return (
        Loan.select(Loan, Loaner, Rma, Customer)
        .join(Loaner, on=(Loan.loaner == Loaner.id))
        .switch(Loan)
        .join(Rma, on=(Loan.rma == Rma.id))
        .join(Customer, pw.JOIN.LEFT_OUTER, on=(Rma.customer == Customer.id))
        .where(Loan.returned_at.is_null())
    )


def _view(loan: Loan, day: date, cal: WorkingCalendar) -> LoanView:
    customer = loan.rma.customer if loan.rma.customer_id else None
    late = 0
    if loan.due_back is not None and loan.due_back < day:
        late = cal.working_days_between(loan.due_back, day)
    return LoanView(
        loan.id, loan.loaner.code, loan.loaner.description, loan.loaner.loaner_class,
        loan.rma.number, customer.name if customer else "", customer.phone if customer else "",
        loan.out_at, loan.due_back, late, tuple(loan.accessories_out or ()),
    )


def loans_out() -> list[LoanView]:
    """Every loaner out now (one query), soonest due first; undated ones last."""
    day, cal = clock.today(), calendar()
    views = [_view(loan, day, cal) for loan in _loan_query()]
    return sorted(views, key=lambda v: (v.due_back is None, v.due_back or date.max, v.out_at))


def overdue(today: date | None = None) -> list[LoanView]:
    """Loaners not back by their due-back date, most overdue first (one query)."""
    day, cal = today or clock.today(), calendar()
    rows = _loan_query().where(Loan.due_back.is_null(False) & (Loan.due_back < day))
    views = [_view(loan, day, cal) for loan in rows]
    return sorted(views, key=lambda v: (v.due_back, v.loaner_code))


# --------------------------------------------------------------------------- timeline


def _event(actor: User | None, rma: Rma, kind: str, note: str, data: Any) -> RmaEvent:
    return RmaEvent.create(rma=rma, at=clock.now(), actor=actor, station=config.station_name(),
                           kind=kind, from_state=rma.state, to_state=rma.state, note=note,
                           data=data)

