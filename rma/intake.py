"""Receiving units by barcode: scan → look up → (register) → preview → receive.

The intake desk calls three things, in this order:

1. `lookup_scan(text)` on every scan. It says what the screen should do next
   (`ScanAction`): open the unit's open RMA (a serial never gets a second),
   show the unit with a coverage preview and its earlier visits, or open the
   register-unit form prefilled with the serial. It sits on the scan path, so
   it is one indexed query for a serial (unit + model + customer + open RMA
   joined), one more for a unit to receive (its earlier RMAs, counted), and
   one for an RMA number; nothing here loops over rows.
2. `preview(unit, reported_on)` when the person changes the reported date.
3. `receive(actor, serial=..., ...)` on save. One transaction: re-check the
   open RMA, decide coverage with the warranty engine and snapshot it on the
   RMA, take the next `RMA-YYMM-NNNNN` number, write the first event and the
   audit entry. Two stations saving the same serial at the same moment are
   stopped by the partial unique index `rma_one_open_per_unit`; the loser gets
   `OpenRmaExists` naming the winner's RMA, never a second open RMA.

`todays_intake()` / `intake_row(id)` feed the list beside the scan field.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any

import peewee as pw

from depot import audit, clock, config
from depot.errors import Conflict, NotFound, ValidationError
from depot.i18n import translate
from depot.models import Role, User
from depot.prepared import PreparedInsert, PreparedQuery
from depot.scan import Scan, ScanKind, format_rma_number, parse_scan
from depot.service import is_unique_violation, next_number, unit_of_work
from depot.users import require_role
from rma.customers import get_customer
from rma.models import Customer, ProductModel, Rma, RmaEvent, Unit
from rma.sla import Severity
from rma.states import INITIAL_STATE
from rma.transitions import state_label
from rma.units import EarlierVisits, coverage_for, earlier_visits, normalise_serial
from rma.warranty import CoverageDecision

__all__ = [
    "CONDITION_KEYS",
    "RECEIVE_ROLES",
    "Channel",
    "IntakeRow",
    "OpenRmaExists",
    "ScanAction",
    "ScanResult",
    "Severity",
    "clean_condition",
    "intake_row",
    "lookup_scan",
    "preview",
    "receive",
    "rma_number_prefix",
    "todays_intake",
]

#: who may receive units (managers always may)
RECEIVE_ROLES: tuple[Role, ...] = (Role.TECHNICIAN, Role.SERVICE_DESK)

#: the kind of the first event of every RMA
RECEIVED_EVENT = "received"

MAX_FAULT_LENGTH = 2000
MAX_CONDITION_TEXT = 500


class Channel(StrEnum):
    """How the unit reached the depot."""

    COURIER = "courier"
    WALK_IN = "walk_in"
    PICKUP = "pickup"


#: keys of `Rma.condition`: what the unit looked like and came with
CONDITION_KEYS: tuple[str, ...] = ("appearance", "accessories", "documents")


class OpenRmaExists(Conflict):
    """The unit already has an open RMA; the UI opens `number` instead.

    Raised both when the open RMA was there before the save and when another
    station saved one for the same unit a moment earlier (the partial unique
    index caught it): the person at the desk sees the same sentence either way.
    """

    def __init__(self, serial: str, rma_id: int, number: str, received_at: datetime | None,
                 state: str) -> None:
        try:
            shown_state = state_label(state)
        except ValueError:  # not a state this program knows: show the stored name
            shown_state = state.replace("_", " ")
        if received_at is None:
            message = translate(
                "Errors", "Serial {serial} already has an open RMA: {number} (state {state}). "
                "No second RMA was created; open that one instead.",
            ).format(serial=serial, number=number, state=shown_state)
        else:
            local = received_at.astimezone(clock.current().local_tz())
            message = translate(
                "Errors", "Serial {serial} already has an open RMA: {number} (received {received}, "
                "state {state}). No second RMA was created; open that one instead.",
            ).format(serial=serial, number=number, received=f"{local:%Y-%m-%d %H:%M}",
                     state=shown_state)
        super().__init__(message)
        self.serial = serial
        self.rma_id = rma_id
        self.number = number


# --------------------------------------------------------------------------- scan lookup


class ScanAction(StrEnum):
    """What the intake screen does with a scan."""

    OPEN_RMA = "open_rma"
    """An RMA number, or a serial with an open RMA: open that RMA."""
    RECEIVE = "receive"
    """A known unit without an open RMA: show it with the coverage preview."""
    REGISTER_UNIT = "register_unit"
    """An unknown serial: open the register-unit form prefilled with it."""
    OTHER = "other"
    """A badge, part, loaner or handover code: the scan router's business."""


@dataclass(frozen=True)
class ScanResult:
    """The answer to one scan; `action` decides which fields are set.

    - OPEN_RMA: `rma` with `rma.unit` and the unit's model loaded, and `unit`.
      An RMA-number scan also loads `rma.customer`; after a serial scan it is
      fetched on first use (the unit's customer is already on `unit`).
    - RECEIVE: `unit` (model and customer loaded), `decision`, the coverage
      for a fault reported today, and `visits`, the unit's earlier RMAs (None
      on a first visit).
    - REGISTER_UNIT: `serial`, the normalised serial to prefill.
    - OTHER: only `scan`.
    """

    action: ScanAction
    scan: Scan
    serial: str | None = None
    unit: Unit | None = None
    rma: Rma | None = None
    decision: CoverageDecision | None = None
    visits: EarlierVisits | None = None


def _hydrate(model: type[pw.Model], fields: Sequence[pw.Field], values: Sequence[Any]) -> Any:
    """A model instance from raw column values, converted as peewee would."""
    instance = model(
        __no_default__=1, **{f.name: f.python_value(v) for f, v in zip(fields, values, strict=True)}
    )
    instance._dirty.clear()
    return instance


_UNIT_FIELDS = tuple(Unit._meta.sorted_fields)
_MODEL_FIELDS = tuple(ProductModel._meta.sorted_fields)
_CUSTOMER_FIELDS = tuple(Customer._meta.sorted_fields)
_RMA_FIELDS = tuple(Rma._meta.sorted_fields)


def _unit_query(serial: Any) -> pw.ModelSelect:
    """Unit, model, customer and open RMA of a serial in one indexed query.

    The open-RMA join condition is `is_open` as a bare column, the same
    predicate as the partial unique index `rma_one_open_per_unit`, so both
    SQLite and PostgreSQL answer it from that index.
    """
    open_rma = Rma.alias("open_rma")
    return (
        Unit.select(
            *_UNIT_FIELDS, *_MODEL_FIELDS, *_CUSTOMER_FIELDS,
            *(getattr(open_rma, f.name) for f in _RMA_FIELDS),
        )
        .join(ProductModel, on=(Unit.model == ProductModel.id))
        .switch(Unit)
        .join(Customer, pw.JOIN.LEFT_OUTER, on=(Unit.customer == Customer.id))
        .switch(Unit)
        .join(open_rma, pw.JOIN.LEFT_OUTER, on=((open_rma.unit == Unit.id) & open_rma.is_open))
        .where(Unit.serial == serial)
    )


_UNIT_BY_SERIAL = PreparedQuery(_unit_query)


def _rma_query(number: Any) -> pw.ModelSelect:
    """An RMA by number with its unit, the unit's model and the RMA's customer."""
    return (
        Rma.select(*_RMA_FIELDS, *_UNIT_FIELDS, *_MODEL_FIELDS, *_CUSTOMER_FIELDS)
        .join(Unit, on=(Rma.unit == Unit.id))
        .join(ProductModel, on=(Unit.model == ProductModel.id))
        .switch(Rma)
        .join(Customer, pw.JOIN.LEFT_OUTER, on=(Rma.customer == Customer.id))
        .where(Rma.number == number)
    )


_RMA_BY_NUMBER = PreparedQuery(_rma_query)


def _load_rma(number: str) -> Rma | None:
    """The RMA with its unit (model attached) and customer, or None."""
    row = _RMA_BY_NUMBER.execute(number).fetchone()
    if row is None:
        return None
    a = len(_RMA_FIELDS)
    b = a + len(_UNIT_FIELDS)
    c = b + len(_MODEL_FIELDS)
    rma = _hydrate(Rma, _RMA_FIELDS, row[:a])
    unit = _hydrate(Unit, _UNIT_FIELDS, row[a:b])
    unit.model = _hydrate(ProductModel, _MODEL_FIELDS, row[b:c])
    unit._dirty.clear()
    rma.unit = unit
    rma.customer = None if row[c] is None else _hydrate(Customer, _CUSTOMER_FIELDS, row[c:])
    rma._dirty.clear()
    return rma


def _load_unit(serial: str) -> tuple[Unit | None, Rma | None]:
    """The unit (model and customer attached) and its open RMA, or (None, None)."""
    row = _UNIT_BY_SERIAL.execute(serial).fetchone()
    if row is None:
        return None, None
    a = len(_UNIT_FIELDS)
    b = a + len(_MODEL_FIELDS)
    c = b + len(_CUSTOMER_FIELDS)
    unit = _hydrate(Unit, _UNIT_FIELDS, row[:a])
    unit.model = _hydrate(ProductModel, _MODEL_FIELDS, row[a:b])
    unit.customer = None if row[b] is None else _hydrate(Customer, _CUSTOMER_FIELDS, row[b:c])
    open_rma: Rma | None = None
    if row[c] is not None:
        open_rma = _hydrate(Rma, _RMA_FIELDS, row[c:])
        open_rma.unit = unit
    unit._dirty.clear()
    return unit, open_rma


def lookup_scan(text: str) -> ScanResult:
    """Classify a scan and find what it names; raises `ScanError` for a malformed one.

    Writes nothing. An RMA number that does not exist raises `NotFound`; an
    unknown serial is not an error but `REGISTER_UNIT`.
    """
    scan = parse_scan(text)
    if scan.kind == ScanKind.RMA:
        rma = _load_rma(scan.value)
        if rma is None:
            raise NotFound(
                translate("Errors", "There is no RMA {number}.").format(number=scan.value))
        return ScanResult(ScanAction.OPEN_RMA, scan, serial=rma.unit.serial, unit=rma.unit,
                          rma=rma)
    if scan.kind not in (ScanKind.SERIAL, ScanKind.GS1) or (
        scan.kind == ScanKind.GS1 and not scan.serial
    ):
        return ScanResult(ScanAction.OTHER, scan)
    serial = normalise_serial(text)  # same rules as registering (length of a GS1 serial)
    unit, open_rma = _load_unit(serial)
    if unit is None:
        return ScanResult(ScanAction.REGISTER_UNIT, scan, serial=serial)
    if open_rma is not None:
        return ScanResult(ScanAction.OPEN_RMA, scan, serial=serial, unit=unit, rma=open_rma)
    return ScanResult(
        ScanAction.RECEIVE, scan, serial=serial, unit=unit,
        decision=coverage_for(unit, clock.today(), model=unit.model),
        visits=earlier_visits(unit.id),
    )


def preview(unit: Unit, reported_on: date | None = None) -> CoverageDecision:
    """The coverage `receive` would record for a fault reported on `reported_on`.

    Shown before saving so the person can tell the customer at once; the
    default date is today, as in `receive`.
    """
    return coverage_for(unit, _check_reported_on(reported_on))


# --------------------------------------------------------------------------- receive


def _check_reported_on(reported_on: date | None) -> date:
    today = clock.today()
    if reported_on is None:
        return today
    if not isinstance(reported_on, date) or isinstance(reported_on, datetime):
        raise ValidationError(translate(
            "Errors", "The reported date must be a calendar date, got {value!r}.").format(
            value=reported_on))
    if reported_on > today:
        raise ValidationError(
            translate("Errors", "The fault cannot have been reported on {reported}, after today "
                      "({today}).").format(reported=reported_on, today=today)
        )
    return reported_on


def _text_list(value: Any, what: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str) or not isinstance(value, Sequence):
        raise ValidationError(translate("Errors", "{what} must be a list of items, got {value!r}.")
                              .format(what=what, value=value))
    items = [" ".join(str(v).split()) for v in value]
    items = [i for i in items if i]
    if any(len(i) > MAX_CONDITION_TEXT for i in items):
        raise ValidationError(
            translate("Errors", "An item of {what} is too long.").format(what=what.lower()))
    return items


def clean_condition(condition: Mapping[str, Any] | None) -> dict[str, Any]:
    """Check the intake condition: appearance (text), accessories and documents (lists)."""
    if condition is None:
        return {"appearance": "", "accessories": [], "documents": []}
    if not isinstance(condition, Mapping):
        raise ValidationError(translate(
            "Errors", "The intake condition must be a mapping, got {value!r}.").format(
            value=condition))
    unknown = set(condition) - set(CONDITION_KEYS)
    if unknown:
        raise ValidationError(translate(
            "Errors", "Unknown intake condition field(s): {fields}.").format(
            fields=", ".join(sorted(unknown))))
    appearance = " ".join(str(condition.get("appearance") or "").split())
    if len(appearance) > MAX_CONDITION_TEXT:
        raise ValidationError(
            translate("Errors", "The appearance note is too long (at most {n} characters).")
            .format(n=MAX_CONDITION_TEXT)
        )
    return {
        "appearance": appearance,
        "accessories": _text_list(condition.get("accessories"), translate("Errors", "Accessories")),
        "documents": _text_list(condition.get("documents"), translate("Errors", "Documents")),
    }


def _choice(value: Any, enum: type[StrEnum], what: str) -> str:
    try:
        return enum(value).value
    except ValueError:
        allowed = ", ".join(m.value for m in enum)
        raise ValidationError(
            translate("Errors", "Unknown {what} {value!r}: choose one of {allowed}.").format(
                what=what, value=value, allowed=allowed)
        ) from None


def _short_text(value: Any, what: str, limit: int = 60) -> str:
    text = " ".join(str(value or "").split())
    if len(text) > limit:
        raise ValidationError(
            translate("Errors", "{what} is too long (at most {n} characters).").format(
                what=what, n=limit))
    return text


def rma_number_prefix(day: date) -> tuple[str, str]:
    """(yymm, counter name) for RMAs received on `day`: one counter per month."""
    yymm = day.strftime("%y%m")
    return yymm, f"RMA-{yymm}"


def receive(
    actor: User,
    *,
    serial: str,
    reported_on: date | None = None,
    fault: str,
    severity: Severity | str = Severity.GENERAL,
    channel: Channel | str = Channel.COURIER,
    condition: Mapping[str, Any] | None = None,
    inbound_carrier: str = "",
    inbound_tracking: str = "",
    customer: Customer | int | None = None,
) -> Rma:
    """Receive a registered unit: create its RMA with coverage decided and snapshotted.

    `reported_on` is the day the customer reported the fault (default today):
    coverage is judged on it, so courier days never cost the customer cover.
    `customer` is who sent the unit in, default the unit's customer; one of
    them must be known, since the repaired unit has to go back to someone.

    Refusals (nothing written): `ScanError` for a serial that is not one,
    `NotFound` for an unregistered serial, `ValidationError` for a missing
    fault or an unknown severity/channel, `OpenRmaExists` (a `Conflict`) when
    the unit already has an open RMA — also when another station saved it a
    moment ago.
    """
    require_role(actor, *RECEIVE_ROLES, action=translate("Errors", "receive units"))
    serial = normalise_serial(serial)
    reported = _check_reported_on(reported_on)
    fault_text = str(fault or "").strip()
    if not fault_text:
        raise ValidationError(translate("Errors", "Enter the fault the customer reported."))
    if len(fault_text) > MAX_FAULT_LENGTH:
        raise ValidationError(
            translate("Errors", "The fault description is too long (at most {n} characters).")
            .format(n=MAX_FAULT_LENGTH)
        )
    severity_value = _choice(severity, Severity, translate("Errors", "severity"))
    channel_value = _choice(channel, Channel, translate("Errors", "channel"))
    condition_value = clean_condition(condition)
    carrier = _short_text(inbound_carrier, translate("Errors", "The carrier name"))
    tracking = _short_text(inbound_tracking, translate("Errors", "The tracking number"))

    try:
        rma, unit, sender = _receive_in_transaction(
            actor, serial, reported, fault_text, severity_value, channel_value,
            condition_value, carrier, tracking, customer,
        )
    except pw.IntegrityError as exc:
        # Another station saved an open RMA for this unit between our check and
        # our INSERT: the partial unique index refused ours and the transaction
        # rolled back (no savepoint: on PostgreSQL that would cost two round
        # trips on every intake for a race that almost never happens). A new
        # statement sees the winner's committed row.
        if not is_unique_violation(exc):
            raise
        _, winner = _load_unit(serial)
        if winner is not None:
            raise OpenRmaExists(serial, winner.id, winner.number, winner.received_at,
                                winner.state) from None
        raise Conflict(translate(
            "Errors", "The new RMA number is already taken: the number counter is behind the "
            "saved RMAs. Nothing was saved; ask a manager to check the counters.")
        ) from None
    rma.unit = unit
    rma.customer = sender
    return rma


_NEW_RMA = PreparedInsert(Rma)
_NEW_EVENT = PreparedInsert(RmaEvent)


def _receive_in_transaction(
    actor: User, serial: str, reported: date, fault_text: str, severity_value: str,
    channel_value: str, condition_value: dict[str, Any], carrier: str, tracking: str,
    customer: Customer | int | None,
) -> tuple[Rma, Unit, Customer]:
    """The write half of `receive`, all checked values; one unit of work."""
    with unit_of_work() as changes:
        unit, open_rma = _load_unit(serial)
        if unit is None:
            raise NotFound(translate(
                "Errors", "Serial {serial} is not registered: register the unit, then receive it."
            ).format(serial=serial))
        if open_rma is not None:
            raise OpenRmaExists(serial, open_rma.id, open_rma.number, open_rma.received_at,
                                open_rma.state)
        sender = get_customer(customer) if customer is not None else unit.customer
        if sender is None:
            raise ValidationError(translate(
                "Errors", "Unit {serial} has no customer on record: choose who sent it in."
            ).format(serial=serial))
        decision = coverage_for(unit, reported, model=unit.model)
        yymm, counter = rma_number_prefix(clock.today())
        number = format_rma_number(yymm, next_number(counter))
        station = config.station_name()
        rma = _NEW_RMA.create(
            number=number,
            unit=unit,
            customer=sender,
            state=INITIAL_STATE.value,
            is_open=True,
            coverage=decision.coverage.value,
            coverage_reason=decision.reason,
            warranty_start=decision.start,
            warranty_end=decision.end,
            received_at=clock.now(),
            reported_on=reported,
            fault=fault_text,
            severity=severity_value,
            channel=channel_value,
            condition=condition_value,
            inbound_carrier=carrier,
            inbound_tracking=tracking,
            created_by=actor,
            station=station,
            updated_by=actor.name,
        )
        _NEW_EVENT.create(
            rma=rma,
            at=rma.received_at,
            actor=actor,
            station=station,
            kind=RECEIVED_EVENT,
            from_state=None,
            to_state=INITIAL_STATE.value,
            note=fault_text,
            data={
                "coverage": decision.coverage.value,
                "reason_code": decision.reason_code,
                "reason_args": dict(decision.reason_args),
            },
        )
        audit.record(
            actor, "rma.receive", "rma", rma.id,
            after={
                "number": number,
                "serial": serial,
                "customer": sender.id,
                "coverage": decision.coverage.value,
                "reported_on": reported.isoformat(),
                "severity": severity_value,
                "channel": channel_value,
            },
        )
        changes.add("rma", rma.id)
        changes.add("unit", unit.id)
    return rma, unit, sender


# --------------------------------------------------------------------------- intake list


@dataclass(frozen=True)
class IntakeRow:
    """One line of today's intake list."""

    rma_id: int
    number: str
    serial: str
    model_code: str
    model_name: str
    customer_name: str
    coverage: str
    state: str
    received_at: datetime


def _intake_query() -> pw.ModelSelect:
    return (
        Rma.select(
            Rma.id, Rma.number, Unit.serial, ProductModel.code, ProductModel.name,
            Customer.name, Rma.coverage, Rma.state, Rma.received_at,
        )
        .join(Unit, on=(Rma.unit == Unit.id))
        .join(ProductModel, on=(Unit.model == ProductModel.id))
        .switch(Rma)
        .join(Customer, pw.JOIN.LEFT_OUTER, on=(Rma.customer == Customer.id))
    )


def _row(r: Sequence[Any]) -> IntakeRow:
    return IntakeRow(
        rma_id=r[0], number=r[1], serial=r[2], model_code=r[3], model_name=r[4],
        customer_name=r[5] or "", coverage=r[6], state=r[7],
        received_at=Rma.received_at.python_value(r[8]),
    )


def todays_intake(*, limit: int = 500) -> list[IntakeRow]:
    """RMAs received since local midnight at this station, newest first."""
    local = clock.local_now()
    midnight = datetime.combine(local.date(), time(0), tzinfo=local.tzinfo)
    query = (
        _intake_query()
        .where(Rma.received_at >= midnight)
        .order_by(Rma.received_at.desc(), Rma.id.desc())
        .limit(limit)
    )
    return [_row(r) for r in query.tuples()]


_INTAKE_ROW = PreparedQuery(lambda rma_id: _intake_query().where(Rma.id == rma_id), marker=-1)


def intake_row(rma: Rma | int) -> IntakeRow:
    """The intake-list line of one RMA (to add or refresh it after a change)."""
    rma_id = rma.id if isinstance(rma, Rma) else rma
    found = _INTAKE_ROW.execute(rma_id).fetchone()
    if found is None:
        raise NotFound(translate("Errors", "RMA #{id} does not exist.").format(id=rma_id))
    return _row(found)
