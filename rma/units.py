"""Product models and units: what the depot knows about a serial before it arrives.

A unit is identified by its serial number (出厂编号). Serials reach this
module from a scanner, from a person typing one off a sticker, and from the
sales register import; all three go through `normalise_serial`, which uses
the same `parse_scan` the intake desk uses. That matters: a serial stored in a
form the scanner can never produce (lower case, a GTIN, an RMA number) would
be a unit nobody can ever scan again.

The warranty *rules* live in `rma.warranty` (pure, no database); this module
only gathers a unit's terms from its row and its model (`terms_for`) and asks
the engine (`coverage_for`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import peewee as pw

from depot import audit, settings
from depot.db import update_versioned
from depot.errors import Conflict, NotFound, ScanError, ValidationError
from depot.i18n import QT_TRANSLATE_NOOP, translate
from depot.models import Role, User
from depot.prepared import PreparedQuery
from depot.scan import MAX_SERIAL_LENGTH, ScanKind, parse_scan
from depot.service import is_unique_violation, unit_of_work
from depot.users import require_role
from rma.customers import get_customer
from rma.event_text import event_text
from rma.models import Customer, ProductModel, Rma, RmaEvent, Unit
from rma.warranty import (
    DEFAULT_DOA_DAYS,
    DEFAULT_MONTHS,
    MAX_DOA_DAYS,
    MAX_MONTHS,
    CoverageDecision,
    WarrantyTerms,
    decide,
    effective_months,
)

__all__ = [
    "DOA_DAYS_SETTING",
    "MAX_LOANER_CLASS",
    "WARRANTY_MONTHS_SETTING",
    "WORK_KINDS",
    "EarlierVisits",
    "HistoryEvent",
    "RmaHistory",
    "coverage_for",
    "create_model",
    "earlier_visits",
    "get_model",
    "get_unit",
    "list_models",
    "model_by_code",
    "normalise_serial",
    "register_unit",
    "terms_for",
    "unit_by_serial",
    "unit_history",
    "update_model",
    "update_unit",
]

WARRANTY_MONTHS_SETTING = settings.define(
    "warranty.default_months",
    DEFAULT_MONTHS,
    QT_TRANSLATE_NOOP("Settings", "Warranty length of a new product model (months)"),
    settings.int_range(0, MAX_MONTHS),
)
DOA_DAYS_SETTING = settings.define(
    "warranty.default_doa_days",
    DEFAULT_DOA_DAYS,
    QT_TRANSLATE_NOOP("Settings", "Dead-on-arrival window of a new product model (days)"),
    settings.int_range(0, MAX_DOA_DAYS),
)

#: loaner classes are ranked 1 (basic) upwards; more than this is a typo
MAX_LOANER_CLASS = 9

#: who may register units and edit models (managers always may)
EDIT_ROLES: tuple[Role, ...] = (Role.SERVICE_DESK, Role.TECHNICIAN)

#: what a scan is instead of a serial, translated when used (context "Errors")
_OTHER_KIND = {
    ScanKind.RMA: QT_TRANSLATE_NOOP("Errors", "an RMA number"),
    ScanKind.HANDOVER: QT_TRANSLATE_NOOP("Errors", "a handover number"),
    ScanKind.BADGE: QT_TRANSLATE_NOOP("Errors", "an operator badge"),
    ScanKind.LOANER: QT_TRANSLATE_NOOP("Errors", "a loaner number"),
    ScanKind.PART: QT_TRANSLATE_NOOP("Errors", "a part number"),
}


# --------------------------------------------------------------------------- serials


def normalise_serial(text: str) -> str:
    """The serial as stored and looked up, or a `ScanError` saying why it is not one.

    Accepts what `parse_scan` classifies as a serial, and a GS1 barcode that
    carries one (AI 21). A GTIN, one of our own numbers, or a GS1 code with
    only a product number is refused: each of them is a real barcode on the
    box, just not the unit's serial, and the person must scan the other one.
    """
    scan = parse_scan(text if isinstance(text, str) else str(text or ""))
    if scan.kind == ScanKind.SERIAL:
        return scan.value
    if scan.kind == ScanKind.GS1:
        if scan.serial:
            if len(scan.serial) > MAX_SERIAL_LENGTH:
                raise ScanError(
                    translate("Errors", "The serial number in this GS1 barcode is {length} "
                              "characters long; at most {n} are accepted.").format(
                        length=len(scan.serial), n=MAX_SERIAL_LENGTH)
                )
            return scan.serial
        raise ScanError(translate(
            "Errors", "This GS1 barcode carries the product number but no serial number (21). "
            "Scan the barcode marked S/N on the unit."
        ))
    if scan.kind == ScanKind.PART and scan.gtin:
        raise ScanError(translate(
            "Errors", "{code} is a product code (EAN/UPC/GTIN), not a serial number. "
            "Scan the barcode marked S/N on the unit."
        ).format(code=scan.value))
    raise ScanError(translate("Errors", "{code} is {kind}, not a serial number.").format(
        code=scan.value, kind=translate("Errors", _OTHER_KIND[scan.kind])))


# --------------------------------------------------------------------------- product models

_MODEL_FIELDS = ("code", "name", "warranty_months", "doa_days", "loaner_class")


def _whole(value: Any, what: str, low: int, high: int, unit: str) -> int:
    """`what` and `unit` ("months", "days" or "") come translated from the caller."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(
            translate("Errors", "{what} must be a whole number of {unit}, got {value!r}.").format(
                what=what, unit=unit, value=value))
    if not low <= value <= high:
        raise ValidationError(
            translate("Errors", "{what} must be {low} to {high} {unit}, got {value}.").format(
                what=what, low=low, high=high, unit=unit, value=value))
    return value


def _clean_model_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - set(_MODEL_FIELDS)
    if unknown:
        raise ValidationError(translate("Errors", "Unknown product model field(s): {fields}.")
                              .format(fields=", ".join(sorted(unknown))))
    clean: dict[str, Any] = {}
    if "code" in fields:
        code = str(fields["code"] or "").strip()
        if not code:
            raise ValidationError(translate("Errors", "Enter the model code."))
        if len(code) > 60 or any(c.isspace() for c in code):
            raise ValidationError(
                translate("Errors", "Model code {code!r} must be one word of at most 60 "
                          "characters (e.g. ZT410).").format(code=code)
            )
        clean["code"] = code
    if "name" in fields:
        name = " ".join(str(fields["name"] or "").split())
        if not name:
            raise ValidationError(translate("Errors", "Enter the model name."))
        if len(name) > 200:
            raise ValidationError(
                translate("Errors", "The model name is too long (at most 200 characters)."))
        clean["name"] = name
    if "warranty_months" in fields:
        clean["warranty_months"] = _whole(
            fields["warranty_months"], translate("Errors", "Warranty length"), 0, MAX_MONTHS,
            translate("Errors", "months"),
        )
    if "doa_days" in fields:
        clean["doa_days"] = _whole(
            fields["doa_days"], translate("Errors", "Dead-on-arrival window"), 0, MAX_DOA_DAYS,
            translate("Errors", "days"),
        )
    if "loaner_class" in fields and fields["loaner_class"] is not None:
        clean["loaner_class"] = _whole(
            fields["loaner_class"], translate("Errors", "Loaner class"), 1, MAX_LOANER_CLASS, ""
        )
    elif "loaner_class" in fields:
        clean["loaner_class"] = None
    return clean


def _check_code_free(code: str, except_id: int | None = None) -> None:
    query = ProductModel.select(ProductModel.code).where(
        pw.fn.LOWER(ProductModel.code) == code.lower()
    )
    if except_id is not None:
        query = query.where(ProductModel.id != except_id)
    taken = query.first()
    if taken is not None:
        raise Conflict(
            translate("Errors", "Model code {code} is already in use.").format(code=taken.code))


def create_model(
    actor: User,
    *,
    code: str,
    name: str,
    warranty_months: int | None = None,
    doa_days: int | None = None,
    loaner_class: int | None = None,
) -> ProductModel:
    """Add a product model; codes are unique ignoring case (ZT410 = zt410).

    Omitted warranty months and DOA days take the business defaults
    (settings `warranty.default_months`, `warranty.default_doa_days`).
    """
    require_role(actor, *EDIT_ROLES, action=translate("Errors", "add product models"))
    clean = _clean_model_fields(
        {
            "code": code,
            "name": name,
            "warranty_months": settings.get(WARRANTY_MONTHS_SETTING.key)
            if warranty_months is None
            else warranty_months,
            "doa_days": settings.get(DOA_DAYS_SETTING.key) if doa_days is None else doa_days,
            "loaner_class": loaner_class,
        }
    )
    with unit_of_work() as changes:
        _check_code_free(clean["code"])
        model = ProductModel.create(**clean, updated_by=actor.name)
        audit.record(actor, "model.create", "product_model", model.id, after=clean)
        changes.add("product_model", model.id)
    return model


def get_model(model: ProductModel | int | str) -> ProductModel:
    """A product model by row, id or code (code ignoring case), or NotFound."""
    if isinstance(model, ProductModel):
        model = model.id
    if isinstance(model, str):
        found = model_by_code(model)
        if found is None:
            raise NotFound(translate("Errors", "There is no product model {code!r}.").format(
                code=model.strip()))
        return found
    found = ProductModel.get_or_none(ProductModel.id == model)
    if found is None:
        raise NotFound(translate("Errors", "Product model #{id} does not exist.").format(id=model))
    return found


def model_by_code(code: str) -> ProductModel | None:
    """The model with this code: exact match first, then ignoring case."""
    code = (code or "").strip()
    if not code:
        return None
    exact = ProductModel.get_or_none(ProductModel.code == code)
    if exact is not None:
        return exact
    return (
        ProductModel.select()
        .where(pw.fn.LOWER(ProductModel.code) == code.lower())
        .order_by(ProductModel.id)
        .first()
    )


def list_models() -> list[ProductModel]:
    """All product models by code (a short list: tens, not thousands)."""
    return list(ProductModel.select().order_by(ProductModel.code))


def update_model(
    actor: User, model: ProductModel | int, expected_version: int, **fields: Any
) -> ProductModel:
    """Edit a model loaded at `expected_version`.

    Changing warranty months or DOA days changes the *future* coverage of
    every unit of the model that has no override; RMAs already received keep
    the decision they were given (it is snapshotted on the RMA).
    """
    require_role(actor, *EDIT_ROLES, action=translate("Errors", "edit product models"))
    clean = _clean_model_fields(fields)
    with unit_of_work() as changes:
        row = get_model(model)
        before = {k: getattr(row, k) for k in _MODEL_FIELDS}
        changed = {k: v for k, v in clean.items() if before[k] != v}
        if "code" in changed:
            _check_code_free(changed["code"], except_id=row.id)
        if not changed and row.version == expected_version:
            return row
        update_versioned(row, expected_version, actor.name, **changed)
        audit.record(
            actor, "model.update", "product_model", row.id,
            before={k: before[k] for k in changed}, after=changed,
        )
        changes.add("product_model", row.id)
    return row


# --------------------------------------------------------------------------- units

_UNIT_FIELDS = (
    "serial",
    "model",
    "customer",
    "sale_date",
    "acceptance_date",
    "warranty_months",
    "contract_warranty_months",
    "extension_days",
)
_DATE_LABEL = {  # translated when used (context "Errors")
    "sale_date": QT_TRANSLATE_NOOP("Errors", "Sale date"),
    "acceptance_date": QT_TRANSLATE_NOOP("Errors", "Acceptance date"),
}


def _check_plain_date(value: Any, what: str) -> date | None:
    if value is None:
        return None
    if not isinstance(value, date) or isinstance(value, datetime):
        raise ValidationError(
            translate("Errors", "{what} must be a calendar date, got {value!r}.").format(
                what=what, value=value))
    return value


def _clean_unit_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    """Check unit fields; model and customer are resolved to rows (NotFound if gone)."""
    unknown = set(fields) - set(_UNIT_FIELDS)
    if unknown:
        raise ValidationError(translate("Errors", "Unknown unit field(s): {fields}.").format(
            fields=", ".join(sorted(unknown))))
    clean: dict[str, Any] = {}
    if "serial" in fields:
        clean["serial"] = normalise_serial(fields["serial"])
    if "model" in fields:
        if fields["model"] is None or fields["model"] == "":
            raise ValidationError(translate("Errors", "Choose the unit's product model."))
        clean["model"] = get_model(fields["model"])
    if "customer" in fields:
        clean["customer"] = None if fields["customer"] is None else get_customer(fields["customer"])
    for key in ("sale_date", "acceptance_date"):
        if key in fields:
            clean[key] = _check_plain_date(fields[key], translate("Errors", _DATE_LABEL[key]))
    for key, label in (
        ("warranty_months", QT_TRANSLATE_NOOP("Errors", "The unit's warranty length")),
        ("contract_warranty_months", QT_TRANSLATE_NOOP("Errors", "The contract's warranty length")),
    ):
        if key in fields:
            value = fields[key]
            clean[key] = None if value is None else _whole(
                value, translate("Errors", label), 0, MAX_MONTHS, translate("Errors", "months"))
    if "extension_days" in fields:
        clean["extension_days"] = _whole(
            fields["extension_days"] or 0, translate("Errors", "Warranty extension"), 0, 36_500,
            translate("Errors", "days"),
        )
    return clean


def _check_dates(sale: date | None, acceptance: date | None) -> None:
    if sale is not None and acceptance is not None and acceptance < sale:
        raise ValidationError(
            translate("Errors", "The acceptance date {acceptance} is before the sale date {sale}: "
                      "a unit is accepted after it is sold.").format(
                acceptance=acceptance, sale=sale)
        )


def _check_serial_free(serial: str, except_id: int | None = None) -> None:
    query = Unit.select(Unit.id).where(Unit.serial == serial)
    if except_id is not None:
        query = query.where(Unit.id != except_id)
    if query.exists():
        raise Conflict(
            translate("Errors", "Serial number {serial} is already registered.").format(
                serial=serial))


def _audit_values(values: Mapping[str, Any]) -> dict[str, Any]:
    """Rows become ids and dates ISO text, so an audit entry reads the same forever."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        if isinstance(value, pw.Model):
            value = value.id
        elif isinstance(value, date):
            value = value.isoformat()
        out[key] = value
    return out


def register_unit(
    actor: User,
    *,
    serial: str,
    model: ProductModel | int | str,
    customer: Customer | int | None = None,
    sale_date: date | None = None,
    acceptance_date: date | None = None,
    warranty_months: int | None = None,
    contract_warranty_months: int | None = None,
    extension_days: int = 0,
) -> Unit:
    """Register a unit the depot has not seen before.

    The serial is checked as a scan would be (see `normalise_serial`) and
    must be new; the model must exist. `warranty_months` overrides the
    model's length for this unit, `contract_warranty_months` overrides both;
    None means "not set", 0 is a real "no warranty".
    """
    require_role(actor, *EDIT_ROLES, action=translate("Errors", "register units"))
    clean = _clean_unit_fields(
        {
            "serial": serial,
            "model": model,
            "customer": customer,
            "sale_date": sale_date,
            "acceptance_date": acceptance_date,
            "warranty_months": warranty_months,
            "contract_warranty_months": contract_warranty_months,
            "extension_days": extension_days,
        }
    )
    _check_dates(clean["sale_date"], clean["acceptance_date"])
    with unit_of_work() as changes:
        _check_serial_free(clean["serial"])
        try:
            with Unit._meta.database.atomic():
                unit = Unit.create(**clean, updated_by=actor.name)
        except pw.IntegrityError as exc:
            if is_unique_violation(exc):  # another station registered it just now
                raise Conflict(translate(
                    "Errors", "Serial number {serial} is already registered.").format(
                    serial=clean["serial"])) from None
            raise
        audit.record(actor, "unit.register", "unit", unit.id, after=_audit_values(clean))
        changes.add("unit", unit.id)
    return unit


def get_unit(unit: Unit | int) -> Unit:
    """The unit with this id (or the row itself, reloaded), or NotFound."""
    unit_id = unit.id if isinstance(unit, Unit) else unit
    found = Unit.get_or_none(Unit.id == unit_id)
    if found is None:
        raise NotFound(translate("Errors", "Unit #{id} does not exist.").format(id=unit_id))
    return found


def unit_by_serial(serial: str) -> Unit | None:
    """The unit with this serial (as scanned or typed), None if unknown.

    A text that cannot be a serial raises `ScanError` rather than returning
    None: "unknown" would invite registering it.
    """
    return Unit.get_or_none(Unit.serial == normalise_serial(serial))


def update_unit(actor: User, unit: Unit | int, expected_version: int, **fields: Any) -> Unit:
    """Edit a unit loaded at `expected_version`.

    The warranty extension is earned by repairs (the workflow adds the days at
    the depot); setting it by hand is a manager's correction.
    """
    require_role(actor, *EDIT_ROLES, action=translate("Errors", "edit units"))
    clean = _clean_unit_fields(fields)
    with unit_of_work() as changes:
        row = get_unit(unit)
        before = _audit_values(
            {k: getattr(row, f"{k}_id" if k in ("model", "customer") else k) for k in _UNIT_FIELDS}
        )
        after = _audit_values(clean)
        changed = {k: v for k, v in clean.items() if after[k] != before[k]}
        if "extension_days" in changed:
            require_role(actor, Role.MANAGER, action=translate(
                "Errors", "change a unit's warranty extension by hand"))
        _check_dates(
            changed.get("sale_date", row.sale_date),
            changed.get("acceptance_date", row.acceptance_date),
        )
        if "serial" in changed:
            _check_serial_free(changed["serial"], except_id=row.id)
        if not changed and row.version == expected_version:
            return row
        update_versioned(row, expected_version, actor.name, **changed)
        audit.record(
            actor, "unit.update", "unit", row.id,
            before={k: before[k] for k in changed},
            after={k: after[k] for k in changed},
        )
        changes.add("unit", row.id)
    return row


# --------------------------------------------------------------------------- warranty


def terms_for(unit: Unit, model: ProductModel | None = None) -> WarrantyTerms:
    """The warranty terms of a unit: its dates, the effective length, DOA days, extension.

    Pass `model` when it is already loaded (the scan path joins it) to save
    a query; otherwise `unit.model` is fetched.
    """
    model = model if model is not None else unit.model
    return WarrantyTerms(
        sale_date=unit.sale_date,
        acceptance_date=unit.acceptance_date,
        months=effective_months(
            model.warranty_months, unit.warranty_months, unit.contract_warranty_months
        ),
        doa_days=model.doa_days,
        extension_days=unit.extension_days or 0,
    )


def coverage_for(
    unit: Unit, reported: date, *, model: ProductModel | None = None
) -> CoverageDecision:
    """The coverage a fault reported on `reported` gets (no exclusion recorded yet)."""
    return decide(terms_for(unit, model), reported)


# --------------------------------------------------------------------------- history


#: timeline entries that say what was found or done to the unit itself
WORK_KINDS: frozenset[str] = frozenset({
    "record_diagnosis", "part_issued", "finish_repair", "back_from_vendor", "fail_test",
    "replace_doa", "return_unrepaired", "scrap",
})


@dataclass(frozen=True)
class HistoryEvent:
    """One line of an RMA's timeline, as the unit history shows it."""

    at: datetime
    kind: str
    from_state: str | None
    to_state: str | None
    note: str
    actor_name: str
    station: str
    data: Any


@dataclass(frozen=True)
class RmaHistory:
    """One RMA of a unit with everything that was done, oldest event first.

    This is the "archive on the unit" of DOMAIN.md §1: the next technician
    sees the earlier faults, what was found and done, by whom and when.
    """

    rma_id: int
    number: str
    state: str
    is_open: bool
    coverage: str
    coverage_reason: str
    received_at: datetime
    reported_on: date
    fault: str
    technician_name: str
    shipped_at: datetime | None
    closed_at: datetime | None
    events: tuple[HistoryEvent, ...]

    @property
    def work_done(self) -> list[str]:
        """What was found and done, in order: findings, parts, repairs, vendor returns.

        Only the events that describe the unit (`WORK_KINDS`); payments, handovers
        and shipping are the RMA's business, not the next technician's.
        """
        return [e.note.strip() for e in self.events if e.kind in WORK_KINDS and e.note.strip()]

    @property
    def completed_at(self) -> datetime | None:
        """When the repair was finished and the unit left (or the RMA closed)."""
        return self.shipped_at or self.closed_at


def unit_history(unit: Unit | int) -> list[RmaHistory]:
    """Every RMA of the unit, newest first, each with its full event timeline.

    Two queries whatever the number of RMAs (RMAs, then all their events).
    """
    unit_id = unit.id if isinstance(unit, Unit) else unit
    technician = User.alias()
    rmas = list(
        Rma.select(Rma, technician.name.alias("technician_name"))
        .join(technician, pw.JOIN.LEFT_OUTER, on=(Rma.technician == technician.id))
        .where(Rma.unit == unit_id)
        .order_by(Rma.received_at.desc(), Rma.id.desc())
        .objects()
    )
    if not rmas:
        return []
    events: dict[int, list[HistoryEvent]] = {r.id: [] for r in rmas}
    query = (
        RmaEvent.select(RmaEvent, User.name.alias("actor_name"))
        .join(User, pw.JOIN.LEFT_OUTER, on=(RmaEvent.actor == User.id))
        .where(RmaEvent.rma.in_(list(events)))
        .order_by(RmaEvent.at, RmaEvent.id)
        .objects()
    )
    for ev in query:
        events[ev.rma_id].append(
            HistoryEvent(
                at=ev.at,
                kind=ev.kind,
                from_state=ev.from_state,
                to_state=ev.to_state,
                note=event_text(ev.note or "", ev.data),
                actor_name=ev.actor_name or "",
                station=ev.station or "",
                data=ev.data,
            )
        )
    return [
        RmaHistory(
            rma_id=r.id,
            number=r.number,
            state=r.state,
            is_open=r.is_open,
            coverage=r.coverage,
            coverage_reason=r.coverage_reason,
            received_at=r.received_at,
            reported_on=r.reported_on,
            fault=r.fault,
            technician_name=r.technician_name or "",
            shipped_at=r.shipped_at,
            closed_at=r.closed_at,
            events=tuple(events[r.id]),
        )
        for r in rmas
    ]


@dataclass(frozen=True)
class EarlierVisits:
    """How often a unit was here before, and its most recent RMA: the intake card's line.

    A unit that comes back soon after its last repair is the first thing a
    technician wants to know (the same fault again is a repeat repair).
    """

    count: int
    number: str
    received_at: datetime
    fault: str
    state: str
    shipped_at: datetime | None


def _visits_query(unit_id: Any) -> pw.ModelSelect:
    return (
        Rma.select(Rma.number, Rma.received_at, Rma.fault, Rma.state, Rma.shipped_at,
                   pw.fn.COUNT(pw.SQL("*")).over())
        .where(Rma.unit == unit_id)
        .order_by(Rma.received_at.desc(), Rma.id.desc())
    )  # no LIMIT (peewee would make it a second parameter): a unit has a handful of RMAs


_VISITS = PreparedQuery(_visits_query, marker=-1)


def earlier_visits(unit: Unit | int) -> EarlierVisits | None:
    """The unit's RMAs so far (count and the latest), or None for a first visit.

    One indexed query (a window count beside the newest row), so it can sit on
    the scan path: at intake every RMA of a unit without an open one is earlier.
    """
    unit_id = unit.id if isinstance(unit, Unit) else unit
    row = _VISITS.execute(unit_id).fetchone()
    if row is None:
        return None
    number, received, fault, state, shipped, count = row
    return EarlierVisits(count=count, number=number,
                         received_at=Rma.received_at.python_value(received), fault=fault or "",
                         state=state, shipped_at=Rma.shipped_at.python_value(shipped))
