"""The loaner pool (备用机): serialised assets, lent out and taken back by scan.

Why a status machine and not stock: a loaner is one physical device with its
own tag, cost value, condition and accessories, lent to one borrower at a
time. Its status moves only through the services here:

    available ──lend──→ out ──take_back──→ available | in_service
    available ──send_to_service──→ in_service ──return_from_service──→ available
    available | in_service ──retire──→ retired

Every move is one conditional UPDATE (`... SET status='out' WHERE id=? AND
status='available'`). Two stations lending the same loaner at the same moment
both pass their own checks, but only one UPDATE matches a row; the other gets
`Conflict` "Loaner LN-… is already out (RMA-…)" and its transaction rolls back,
so nothing of the losing checkout is written. Each move also leaves an
append-only `LoanerStatusChange`, from which utilisation is computed.

Inventory knows nothing of RMAs: the borrower is a free-text `reference`
(the RMA number), which `rma.loans` passes in.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum, StrEnum
from typing import Any, Final

from depot import audit, clock, config
from depot.db import database, update_versioned
from depot.errors import Conflict, NotFound, ScanError, ValidationError
from depot.i18n import QT_TRANSLATE_NOOP, translate
from depot.models import Role, User
from depot.money import MAX_MAJOR
from depot.scan import ScanKind, parse_scan
from depot.service import is_unique_violation, next_number, unit_of_work
from depot.users import require_role
from inventory.loaner_models import Loaner, LoanerStatusChange

__all__ = [
    "ASSET_ROLES",
    "LEND_ROLES",
    "MAX_ACCESSORIES",
    "MAX_CLASS",
    "ConditionGrade",
    "Loaner",
    "LoanerStatus",
    "StatusSpan",
    "available_loaners",
    "clean_accessories",
    "create_loaner",
    "get_loaner",
    "lend",
    "list_loaners",
    "normalise_code",
    "retire",
    "return_from_service",
    "send_to_service",
    "status_label",
    "status_spans",
    "take_back",
    "update_loaner",
]

#: loaner classes are ranked 1 (basic) upwards; more than this is a typo
MAX_CLASS: Final = 9
MAX_ACCESSORIES: Final = 30
MAX_ACCESSORY_LENGTH: Final = 80
MAX_NOTES: Final = 2000

#: who manages the pool as assets (add, edit, service, retire); managers always may
ASSET_ROLES: Final = (Role.WAREHOUSE,)
#: who hands loaners out and takes them back
LEND_ROLES: Final = (Role.SERVICE_DESK, Role.WAREHOUSE)


class LoanerStatus(StrEnum):
    AVAILABLE = "available"
    OUT = "out"
    IN_SERVICE = "in_service"
    RETIRED = "retired"


_STATUS_LABELS: Final[Mapping[str, str]] = {
    LoanerStatus.AVAILABLE: QT_TRANSLATE_NOOP("Loaners", "available"),
    LoanerStatus.OUT: QT_TRANSLATE_NOOP("Loaners", "out"),
    LoanerStatus.IN_SERVICE: QT_TRANSLATE_NOOP("Loaners", "in service"),
    LoanerStatus.RETIRED: QT_TRANSLATE_NOOP("Loaners", "retired"),
}


def status_label(status: str) -> str:
    """The status as a person reads it, translated."""
    return translate("Loaners", _STATUS_LABELS.get(status, status))


class ConditionGrade(IntEnum):
    """How well kept a loaner is; lower is better and is offered first."""

    AS_NEW = 1
    GOOD = 2
    FAIR = 3


# --------------------------------------------------------------------------- validation


def normalise_code(text: str) -> str:
    """A scanned or typed loaner tag, upper-cased: `ln-0007\\r` → `LN-0007`.

    Anything that is not a loaner tag is refused with `ScanError`, so an RMA
    label scanned into the loaner field does not look up a phantom loaner.
    """
    scan = parse_scan(str(text or ""))
    if scan.kind is not ScanKind.LOANER:
        raise ScanError(
            translate("Errors", "{code} is not a loaner tag: loaner tags look like LN-0007.")
            .format(code=scan.value)
        )
    return scan.value


def _text(value: Any, what: str, limit: int, *, required: bool = False) -> str:
    text = str(value or "").strip()
    if required and not text:
        raise ValidationError(translate("Errors", "Enter {what}.").format(what=what))
    if len(text) > limit:
        raise ValidationError(
            translate("Errors", "{what} is too long (at most {n} characters).").format(
                what=what, n=limit)
        )
    return text


def _loaner_class(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_CLASS:
        raise ValidationError(
            translate("Errors", "The loaner class must be a whole number from 1 to {n}.")
            .format(n=MAX_CLASS)
        )
    return value


def _cost(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(translate("Errors", "The cost value must be an exact amount."))
    if value < 0:
        raise ValidationError(translate("Errors", "The cost value cannot be negative."))
    if value > MAX_MAJOR * 100:
        raise ValidationError(translate("Errors", "The cost value is not plausible."))
    return value


def _grade(value: Any) -> int:
    try:
        return int(ConditionGrade(value))
    except (ValueError, TypeError):
        raise ValidationError(
            translate("Errors", "Unknown condition grade {grade}: use 1 (as new), 2 (good) "
                      "or 3 (fair).").format(grade=value)
        ) from None


def clean_accessories(items: Iterable[Any] | None) -> list[str]:
    """Accessories as a list of short, non-empty names (a list: two batteries are two)."""
    if items is None:
        return []
    if isinstance(items, str):
        items = [items]
    clean: list[str] = []
    for item in items:
        name = str(item or "").strip()
        if not name:
            raise ValidationError(translate("Errors", "An accessory needs a name."))
        if len(name) > MAX_ACCESSORY_LENGTH:
            raise ValidationError(
                translate("Errors", "Accessory name {name} is too long (at most {n} "
                          "characters).").format(name=name[:20] + "…", n=MAX_ACCESSORY_LENGTH)
            )
        clean.append(name)
    if len(clean) > MAX_ACCESSORIES:
        raise ValidationError(
            translate("Errors", "At most {n} accessories per loaner.").format(n=MAX_ACCESSORIES)
        )
    return clean


_EDITABLE: Final = {
    "description": lambda v: _text(v, translate("Errors", "a description"), 200, required=True),
    "serial": lambda v: _text(v, translate("Errors", "The serial"), 40).upper(),
    "loaner_class": _loaner_class,
    "cost_value": _cost,
    "location": lambda v: _text(v, translate("Errors", "The location"), 80),
    "condition_grade": _grade,
    "condition_notes": lambda v: _text(v, translate("Errors", "The condition notes"), MAX_NOTES),
    "accessories": clean_accessories,
}


def _clean_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - set(_EDITABLE)
    if unknown:
        # status is deliberately not editable: it moves only through the services below
        raise ValidationError(
            translate("Errors", "These loaner fields cannot be edited here: {names}.").format(
                names=", ".join(sorted(unknown)))
        )
    return {key: _EDITABLE[key](value) for key, value in fields.items()}


# --------------------------------------------------------------------------- lookup


def get_loaner(loaner: Loaner | int | str) -> Loaner:
    """A loaner by row, id or (scanned) tag; `NotFound` names the tag."""
    if isinstance(loaner, Loaner):
        return loaner
    if isinstance(loaner, int) and not isinstance(loaner, bool):
        found = Loaner.get_or_none(Loaner.id == loaner)
        if found is None:
            raise NotFound(translate("Errors", "No loaner has id {id}.").format(id=loaner))
        return found
    code = normalise_code(str(loaner))
    found = Loaner.get_or_none(Loaner.code == code)
    if found is None:
        raise NotFound(translate("Errors", "No loaner is tagged {code}.").format(code=code))
    return found


def list_loaners(*, include_retired: bool = False) -> list[Loaner]:
    """The pool for the loaner screen: by class, then tag."""
    query = Loaner.select()
    if not include_retired:
        query = query.where(Loaner.status != LoanerStatus.RETIRED)
    return list(query.order_by(Loaner.loaner_class, Loaner.code))


def available_loaners(min_class: int = 1) -> list[Loaner]:
    """Available loaners of `min_class` or better, best match first.

    Best match is the lowest class that suffices (a better device stays free
    for a request that needs it), then the best condition, then the tag.
    """
    return list(
        Loaner.select()
        .where((Loaner.status == LoanerStatus.AVAILABLE) & (Loaner.loaner_class >= min_class))
        .order_by(Loaner.loaner_class, Loaner.condition_grade, Loaner.code)
    )


# --------------------------------------------------------------------------- asset services


def create_loaner(
    actor: User,
    *,
    description: str,
    loaner_class: int,
    cost_value: int,
    code: str | None = None,
    serial: str = "",
    location: str = "",
    condition_grade: int = ConditionGrade.GOOD,
    condition_notes: str = "",
    accessories: Iterable[str] | None = None,
) -> Loaner:
    """Add a loaner to the pool, available at once.

    `code` is the tag already on the device (scanned); without one the next
    `LN-00001`-style number is taken from the shared counter, so two stations
    adding loaners never issue the same tag.
    """
    require_role(actor, *ASSET_ROLES, action=translate("Errors", "add loaners"))
    fields = _clean_fields({
        "description": description, "serial": serial, "loaner_class": loaner_class,
        "cost_value": cost_value, "location": location, "condition_grade": condition_grade,
        "condition_notes": condition_notes, "accessories": accessories,
    })
    given = normalise_code(code) if code is not None and str(code).strip() else None
    with unit_of_work() as changes:
        tag = given or f"LN-{next_number('LN'):05d}"
        if Loaner.select().where(Loaner.code == tag).exists():
            raise Conflict(
                translate("Errors", "Loaner {code} already exists.").format(code=tag)
            )
        try:
            with database.atomic():
                loaner = Loaner.create(code=tag, status=LoanerStatus.AVAILABLE,
                                       updated_by=actor.name, **fields)
        except Exception as exc:
            if is_unique_violation(exc):
                raise Conflict(
                    translate("Errors", "Loaner {code} already exists.").format(code=tag)
                ) from None
            raise
        _history(loaner, actor, None, LoanerStatus.AVAILABLE, note="added to the pool")
        audit.record(actor, "loaner.create", "loaner", loaner.code, after=_snapshot(loaner))
        changes.add("loaner", loaner.id)
    return loaner


def update_loaner(
    actor: User, loaner: Loaner | int | str, expected_version: int, **fields: Any
) -> Loaner:
    """Edit a loaner's description, class, cost value, location, condition or accessories.

    The status is not among them: it only moves through lending, servicing
    and retiring. A save from a form that another station (or a checkout)
    has overtaken is refused with `StaleEdit`.
    """
    require_role(actor, *ASSET_ROLES, action=translate("Errors", "edit loaners"))
    clean = _clean_fields(fields)
    with unit_of_work() as changes:
        row = get_loaner(loaner)
        if row.status == LoanerStatus.RETIRED:
            raise Conflict(
                translate("Errors", "Loaner {code} is retired and can no longer be edited.")
                .format(code=row.code)
            )
        before = _snapshot(row)
        update_versioned(row, expected_version, actor.name, **clean)
        audit.record(actor, "loaner.update", "loaner", row.code, before=before,
                     after=_snapshot(row))
        changes.add("loaner", row.id)
    return row


def send_to_service(actor: User, loaner: Loaner | int | str, note: str) -> Loaner:
    """Take an available loaner out of the pool for a check or repair."""
    require_role(actor, *ASSET_ROLES, action=translate("Errors", "send loaners to service"))
    text = _text(note, translate("Errors", "what the service is for"), MAX_NOTES, required=True)
    return _service_move(actor, loaner, "send_to_service", (LoanerStatus.AVAILABLE,),
                         LoanerStatus.IN_SERVICE, note=text)


def return_from_service(
    actor: User,
    loaner: Loaner | int | str,
    note: str = "",
    *,
    condition_grade: int | None = None,
    condition_notes: str | None = None,
    accessories: Iterable[str] | None = None,
) -> Loaner:
    """Put a serviced loaner back into the pool, optionally re-graded and re-kitted."""
    require_role(actor, *ASSET_ROLES, action=translate("Errors", "return loaners from service"))
    extra: dict[str, Any] = {}
    if condition_grade is not None:
        extra["condition_grade"] = _grade(condition_grade)
    if condition_notes is not None:
        extra["condition_notes"] = _EDITABLE["condition_notes"](condition_notes)
    if accessories is not None:
        extra["accessories"] = clean_accessories(accessories)
    text = _text(note, translate("Errors", "The note"), MAX_NOTES)
    return _service_move(actor, loaner, "return_from_service", (LoanerStatus.IN_SERVICE,),
                         LoanerStatus.AVAILABLE, note=text, **extra)


def retire(actor: User, loaner: Loaner | int | str, reason: str) -> Loaner:
    """Take a loaner out of the pool for good (written off, sold, scrapped).

    A loaner that is out must come back first: retiring it would lose track
    of a device a customer still holds.
    """
    require_role(actor, *ASSET_ROLES, action=translate("Errors", "retire loaners"))
    text = _text(reason, translate("Errors", "the reason for retiring the loaner"), MAX_NOTES,
                 required=True)
    return _service_move(actor, loaner, "retire",
                         (LoanerStatus.AVAILABLE, LoanerStatus.IN_SERVICE),
                         LoanerStatus.RETIRED, note=text, retired_at=clock.now(),
                         retired_reason=text)


def _service_move(actor: User, loaner: Loaner | int | str, action: str,
                  allowed: Sequence[LoanerStatus], to: LoanerStatus, *, note: str,
                  **fields: Any) -> Loaner:
    with unit_of_work() as changes:
        row = get_loaner(loaner)
        before = _snapshot(row)
        _move(row, actor, action, allowed, to, note=note, **fields)
        audit.record(actor, f"loaner.{action}", "loaner", row.code, before=before,
                     after=_snapshot(row), note=note)
        changes.add("loaner", row.id)
    return row


# --------------------------------------------------------------------------- lending


def lend(actor: User, loaner: Loaner | int | str, reference: str, *, note: str = "") -> Loaner:
    """Mark an available loaner out to `reference` (the RMA number).

    Must run inside the caller's unit of work (the checkout), so the loan
    record and the status change commit together. The status change is one
    conditional UPDATE: if another station lent the loaner a moment earlier,
    this raises `Conflict` "Loaner LN-… is already out (RMA-…)".
    """
    require_role(actor, *LEND_ROLES, action=translate("Errors", "lend loaners"))
    ref = _text(reference, translate("Errors", "the borrower's reference"), 40, required=True)
    with unit_of_work() as changes:
        row = get_loaner(loaner)
        _move(row, actor, "lend", (LoanerStatus.AVAILABLE,), LoanerStatus.OUT,
              reference=ref, note=note, out_reference=ref)
        changes.add("loaner", row.id)
    return row


def take_back(
    actor: User,
    loaner: Loaner | int | str,
    *,
    to_service: bool = False,
    condition_notes: str | None = None,
    location: str | None = None,
    note: str = "",
) -> Loaner:
    """Mark an out loaner back: available, or in service when it needs a check first.

    Runs inside the caller's unit of work (the loaner return). Refused with
    `Conflict` when the loaner is not out, so one return is never booked twice.
    """
    require_role(actor, *LEND_ROLES, action=translate("Errors", "take loaners back"))
    extra: dict[str, Any] = {"out_reference": ""}
    if condition_notes is not None:
        extra["condition_notes"] = _EDITABLE["condition_notes"](condition_notes)
    if location is not None:
        extra["location"] = _EDITABLE["location"](location)
    with unit_of_work() as changes:
        row = get_loaner(loaner)
        reference = row.out_reference
        _move(row, actor, "take_back", (LoanerStatus.OUT,),
              LoanerStatus.IN_SERVICE if to_service else LoanerStatus.AVAILABLE,
              reference=reference, note=note, **extra)
        changes.add("loaner", row.id)
    return row


def refusal(loaner: Loaner, action: str) -> str | None:
    """Why `action` cannot be done to `loaner` in its current status, or None.

    Shared by the pre-checks (`rma.loans.checkout` validates before writing)
    and by the conditional UPDATE's loser, so both say the same sentence.
    """
    code, status, ref = loaner.code, loaner.status, loaner.out_reference
    if action == "lend":
        if status == LoanerStatus.AVAILABLE:
            return None
        if status == LoanerStatus.OUT:
            return translate("Errors", "Loaner {code} is already out ({ref}).").format(
                code=code, ref=ref or "?")
        if status == LoanerStatus.RETIRED:
            return translate("Errors", "Loaner {code} is retired and cannot be lent.").format(
                code=code)
        return translate(
            "Errors", "Loaner {code} is in service (being checked or repaired) and cannot be "
            "lent until it is returned to the pool.").format(code=code)
    if action == "take_back":
        if status == LoanerStatus.OUT:
            return None
        return translate("Errors", "Loaner {code} is not out (it is {status}): there is nothing "
                         "to take back.").format(code=code, status=status_label(status))
    if action == "send_to_service":
        if status == LoanerStatus.AVAILABLE:
            return None
    elif action == "return_from_service":
        if status == LoanerStatus.IN_SERVICE:
            return None
    elif action == "retire":
        if status in (LoanerStatus.AVAILABLE, LoanerStatus.IN_SERVICE):
            return None
        if status == LoanerStatus.OUT:
            return translate("Errors", "Loaner {code} is out ({ref}): take it back before "
                             "retiring it.").format(code=code, ref=ref or "?")
    return translate("Errors", "Loaner {code} is {status}: this cannot be done now.").format(
        code=code, status=status_label(status))


def _move(row: Loaner, actor: User | None, action: str, allowed: Sequence[LoanerStatus],
          to: LoanerStatus, *, reference: str = "", note: str = "", **fields: Any) -> None:
    """The one place a status changes: a conditional UPDATE, then its history row.

    The version is bumped too, so an edit form opened before the move is told
    the record changed instead of silently writing back an old location.
    """
    reason = refusal(row, action)
    if reason is not None:
        raise Conflict(reason)
    before = row.status
    now = clock.now()
    who = actor.name if actor is not None else ""
    updated = (
        Loaner.update(status=to, version=Loaner.version + 1, updated_at=now, updated_by=who,
                      **fields)
        .where((Loaner.id == row.id) & (Loaner.status.in_([s.value for s in allowed])))
        .execute()
    )
    if updated != 1:
        # another station moved it between our read and our write: say what it did
        current = Loaner.get_by_id(row.id)
        raise Conflict(refusal(current, action) or translate(
            "Errors", "Loaner {code} was changed by another station — try again.").format(
                code=row.code))
    fresh = Loaner.get_by_id(row.id)
    row.__data__.update(fresh.__data__)
    _history(row, actor, before, to, reference=reference, note=note)


def _history(row: Loaner, actor: User | None, before: str | None, to: str, *,
             reference: str = "", note: str = "") -> None:
    LoanerStatusChange.create(loaner=row, actor=actor, station=config.station_name(),
                              from_status=before, to_status=to, reference=reference,
                              note=note, at=clock.now())


def _snapshot(row: Loaner) -> dict[str, Any]:
    return {
        "code": row.code, "description": row.description, "serial": row.serial,
        "class": row.loaner_class, "cost_value": row.cost_value, "status": row.status,
        "location": row.location, "condition_grade": row.condition_grade,
        "condition_notes": row.condition_notes, "accessories": list(row.accessories or []),
    }


# --------------------------------------------------------------------------- history


@dataclass(frozen=True)
class StatusSpan:
    """A loaner was in `status` from `start` to `end` (clipped to the period asked)."""

    loaner_id: int
    status: str
    start: datetime
    end: datetime


def status_spans(since: datetime, until: datetime,
                 loaner_ids: Iterable[int] | None = None) -> dict[int, list[StatusSpan]]:
    """Each loaner's status spans within [since, until), from the status history.

    One query (the history up to `until`, ordered); the spans are cut out in
    Python. A loaner created after `since` simply has no span before its
    creation, so it is not counted as idle before it existed.
    """
    if until <= since:
        raise ValidationError(translate("Errors", "The period must end after it starts."))
    query = LoanerStatusChange.select(
        LoanerStatusChange.loaner, LoanerStatusChange.at, LoanerStatusChange.to_status
    ).where(LoanerStatusChange.at < until)
    if loaner_ids is not None:
        ids = list(loaner_ids)
        query = query.where(LoanerStatusChange.loaner.in_(ids))
    query = query.order_by(LoanerStatusChange.loaner, LoanerStatusChange.at,
                           LoanerStatusChange.id)
    changes: dict[int, list[tuple[datetime, str]]] = defaultdict(list)
    for row in query.tuples():
        changes[row[0]].append((row[1], row[2]))
    spans: dict[int, list[StatusSpan]] = {}
    for loaner_id, moves in changes.items():
        out: list[StatusSpan] = []
        for i, (at, status) in enumerate(moves):
            end = moves[i + 1][0] if i + 1 < len(moves) else until
            s, e = max(at, since), min(end, until)
            if s < e:
                out.append(StatusSpan(loaner_id, status, s, e))
        spans[loaner_id] = out
    return spans
