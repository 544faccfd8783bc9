"""Handovers: whenever units, parts or loaners change hands, both sides sign a sheet.

DOMAIN §9. A handover has a number (``HO-2611-00042``, printed as a Code 128
on the sheet, so scanning the paper reopens the record), a kind (who hands to
whom), the two parties, and items added by scanning them: an RMA (the unit
travels with its RMA label), a part with a quantity, or a loaner.

Why the checks sit where they do:

* **At scan time** each item is checked against the kind: a unit handed to
  the courier must be ready to ship and paid up, a loaner must have been
  lent first, and so on. The person holding the box is told at once, with
  the RMA and the reason, instead of at the end of a pile of forty scans.
* **At confirmation** the same checks run again inside the transaction
  (another station may have changed an RMA meanwhile), then the kind's state
  changes are made *through the workflow's own transitions* — depot →
  courier and depot → customer ship each ready RMA with `rma.workflow.ship`,
  so the guards "testing passed, nothing outstanding" and the warranty
  extension on shipping are the workflow's, never a copy here. Everything
  commits together or not at all.
* **An item is in at most one open handover**, also across stations: a
  partial unique index on the open item key (see `rma.signoff_models`); the
  loser of a race is told which handover has the item.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Final

import peewee as pw

from depot import audit, clock, config
from depot.db import database, update_versioned
from depot.errors import Conflict, DomainError, GateClosed, NotFound, ValidationError
from depot.i18n import QT_TRANSLATE_NOOP, translate
from depot.models import Role, User
from depot.scan import Scan, ScanKind, format_handover_number, parse_scan
from depot.service import is_unique_violation, next_number, unit_of_work
from depot.users import require_role
from inventory.loaner_models import Loaner
from inventory.loaners import LoanerStatus
from inventory.models import Part
from rma.event_text import said
from rma.models import Rma, Unit
from rma.signoff_models import Handover, HandoverItem, HandoverKind, HandoverState, ItemType
from rma.states import RmaState
from rma.transitions import Action, check, state_label

__all__ = [
    "ALLOWED_ITEMS",
    "HANDOVER_ROLES",
    "Handover",
    "HandoverItem",
    "HandoverKind",
    "HandoverState",
    "ItemType",
    "ItemView",
    "add_by_scan",
    "cancel",
    "confirm",
    "create",
    "get_handover",
    "item_refusal",
    "items_of",
    "kind_label",
    "open_handovers",
    "recent_handovers",
    "remove_item",
    "state_label_of",
]

#: every operator hands things over; a manager may too
HANDOVER_ROLES: Final = (Role.TECHNICIAN, Role.WAREHOUSE, Role.SERVICE_DESK)
MAX_PARTY = 120
MAX_NOTE = 2000
MAX_QTY = 10_000

#: RmaEvent kind written for each RMA on a confirmed handover
EVENT_HANDED_OVER = "handed_over"

K, T = HandoverKind, ItemType

KIND_LABELS: Final[Mapping[str, str]] = MappingProxyType({
    K.INTAKE_TO_BENCH: QT_TRANSLATE_NOOP("Handover", "Intake desk → bench"),
    K.BENCH_TO_SHIPPING: QT_TRANSLATE_NOOP("Handover", "Bench → shipping"),
    K.DEPOT_TO_COURIER: QT_TRANSLATE_NOOP("Handover", "Depot → courier"),
    K.DEPOT_TO_VENDOR: QT_TRANSLATE_NOOP("Handover", "Depot → vendor"),
    K.DEPOT_TO_CUSTOMER: QT_TRANSLATE_NOOP("Handover", "Depot → customer"),
    K.WAREHOUSE_TO_TECHNICIAN: QT_TRANSLATE_NOOP("Handover", "Warehouse → technician"),
    K.SHIFT_CHANGE: QT_TRANSLATE_NOOP("Handover", "Shift change"),
})
_STATE_LABELS: Final[Mapping[str, str]] = MappingProxyType({
    HandoverState.OPEN: QT_TRANSLATE_NOOP("Handover", "open"),
    HandoverState.CONFIRMED: QT_TRANSLATE_NOOP("Handover", "confirmed"),
    HandoverState.CANCELLED: QT_TRANSLATE_NOOP("Handover", "cancelled"),
})

#: what may travel in each kind of handover
ALLOWED_ITEMS: Final[Mapping[HandoverKind, frozenset[ItemType]]] = MappingProxyType({
    K.INTAKE_TO_BENCH: frozenset({T.RMA, T.LOANER}),  # a returned loaner goes to its check
    K.BENCH_TO_SHIPPING: frozenset({T.RMA, T.LOANER}),
    K.DEPOT_TO_COURIER: frozenset({T.RMA, T.LOANER, T.PART}),  # parts: advance exchange
    K.DEPOT_TO_VENDOR: frozenset({T.RMA}),
    K.DEPOT_TO_CUSTOMER: frozenset({T.RMA, T.LOANER}),
    K.WAREHOUSE_TO_TECHNICIAN: frozenset({T.PART, T.LOANER}),
    K.SHIFT_CHANGE: frozenset({T.RMA, T.PART, T.LOANER}),
})

#: kinds whose confirmation ships each ready RMA through the workflow
SHIPPING_KINDS: Final = frozenset({K.DEPOT_TO_COURIER, K.DEPOT_TO_CUSTOMER})
#: RMA states that may leave with a shipping handover: ready (shipped on
#: confirmation) or already returned unrepaired by the workflow (recorded only)
_LEAVING: Final = frozenset({RmaState.READY_TO_SHIP.value, RmaState.RETURNED_UNREPAIRED.value})
_ITEM_TYPE_WORDS: Final[Mapping[str, str]] = MappingProxyType({
    T.RMA: QT_TRANSLATE_NOOP("Handover", "units (RMAs)"),
    T.PART: QT_TRANSLATE_NOOP("Handover", "parts"),
    T.LOANER: QT_TRANSLATE_NOOP("Handover", "loaners"),
})


def kind_label(kind: str) -> str:
    """The kind as a person reads it, in the current language."""
    return translate("Handover", KIND_LABELS.get(kind, kind))


def state_label_of(state: str) -> str:
    return translate("Handover", _STATE_LABELS.get(state, state))


def _kind(value: HandoverKind | str) -> HandoverKind:
    try:
        return HandoverKind(value)
    except ValueError:
        raise ValidationError(
            translate("Errors", "Unknown kind of handover {kind!r}.").replace(
                "{kind!r}", repr(value))
        ) from None


def _party(value: Any, missing: str) -> str:
    """A party's name, blanks collapsed; `missing` is the refusal when it is empty."""
    text = " ".join(str(value or "").split())
    if not text:
        raise ValidationError(missing)
    if len(text) > MAX_PARTY:
        raise ValidationError(
            translate("Errors", "A name on a handover is at most {n} characters long.")
            .format(n=MAX_PARTY))
    return text


def _note(value: Any) -> str:
    text = str(value or "").strip()
    if len(text) > MAX_NOTE:
        raise ValidationError(
            translate("Errors", "The note is too long (at most {n} characters).").format(
                n=MAX_NOTE))
    return text


# --------------------------------------------------------------------------- reading


def get_handover(handover: Handover | int | str) -> Handover:
    """A handover by row, id or scanned number (freshly read), or `NotFound`."""
    if isinstance(handover, Handover):
        query = Handover.id == handover.id
    elif isinstance(handover, int) and not isinstance(handover, bool):
        query = Handover.id == handover
    else:
        query = Handover.number == str(handover).strip().upper()
    found = Handover.get_or_none(query)
    if found is None:
        raise NotFound(translate("Errors", "Handover {number} does not exist.").format(
            number=handover))
    return found


def open_handovers() -> list[Handover]:
    """Handovers still being filled, oldest first (for the handover screen's list)."""
    return list(Handover.select().where(Handover.state == HandoverState.OPEN.value)
                .order_by(Handover.created_at, Handover.id))


def recent_handovers(limit: int = 50) -> list[Handover]:
    """The latest handovers of any state, newest first."""
    return list(Handover.select().order_by(Handover.id.desc()).limit(limit))


@dataclass(frozen=True)
class ItemView:
    """One line of a handover as the screen lists it."""

    id: int
    position: int
    item_type: str
    code: str
    description: str
    qty: int
    state: str


def items_of(handover: Handover | int | str) -> list[ItemView]:
    """The handover's lines with what they are, in scan order (three joined queries at most)."""
    row = get_handover(handover)
    query = (
        HandoverItem.select(
            HandoverItem.id, HandoverItem.position, HandoverItem.item_type, HandoverItem.code,
            HandoverItem.qty, Rma.state, Unit.serial, Part.name, Loaner.description,
            Loaner.status,
        )
        .join(Rma, pw.JOIN.LEFT_OUTER, on=(HandoverItem.rma == Rma.id))
        .join(Unit, pw.JOIN.LEFT_OUTER, on=(Rma.unit == Unit.id))
        .switch(HandoverItem)
        .join(Part, pw.JOIN.LEFT_OUTER, on=(HandoverItem.part == Part.id))
        .switch(HandoverItem)
        .join(Loaner, pw.JOIN.LEFT_OUTER, on=(HandoverItem.loaner == Loaner.id))
        .where(HandoverItem.handover == row.id)
        .order_by(HandoverItem.position)
        .tuples()
    )
    out: list[ItemView] = []
    for item_id, pos, kind, code, qty, rma_state, serial, part_name, loaner_desc, loaner_st \
            in query:
        if kind == T.RMA:
            description = translate("Handover", "S/N {serial}").format(serial=serial or "")
            state = state_label(rma_state) if rma_state else ""
        elif kind == T.PART:
            description, state = part_name or "", ""
        else:
            description, state = loaner_desc or "", loaner_st or ""
        out.append(ItemView(item_id, pos, kind, code, description, qty, state))
    return out


# --------------------------------------------------------------------------- checks


def _rma_refusal(kind: HandoverKind, rma: Rma) -> tuple[type[DomainError], str] | None:
    """Why this RMA cannot travel in a `kind` handover, or None."""
    state = rma.state
    if kind in (K.INTAKE_TO_BENCH, K.SHIFT_CHANGE):
        if not rma.is_open:
            return Conflict, translate(
                "Errors", "{rma} is {state}: the unit is no longer at the depot.").format(
                rma=rma.number, state=state_label(state))
        return None
    if kind == K.DEPOT_TO_VENDOR:
        if state != RmaState.AT_VENDOR.value:
            return Conflict, translate(
                "Errors", "{rma} is {state}: record the vendor repair on the bench first "
                "(vendor and the vendor's RMA number), then hand the unit over.").format(
                rma=rma.number, state=state_label(state))
        return None
    # bench → shipping, depot → courier, depot → customer: the unit is leaving
    if state not in _LEAVING:
        return Conflict, translate(
            "Errors", "{rma} is {state}: only a unit that passed its test (ready to ship) "
            "can leave the depot.").format(rma=rma.number, state=state_label(state))
    if state == RmaState.READY_TO_SHIP.value:
        reason = _ship_refusal(rma)
        if reason is not None:
            return GateClosed, translate(
                "Errors", "{rma} cannot be handed over: {reason}").format(
                rma=rma.number, reason=reason)
    return None


def _ship_refusal(rma: Rma) -> str | None:
    """The workflow's own ship guards (and unpaid shipping legs), asked without writing."""
    from rma.workflow import load_facts

    try:
        check(rma.state, Action.SHIP, load_facts(rma))
    except DomainError as refusal:
        return refusal.message
    from rma.shipping import unpaid_shipping_refusal

    return unpaid_shipping_refusal(rma)


def _loaner_refusal(kind: HandoverKind, loaner: Loaner) -> str | None:
    if loaner.status == LoanerStatus.RETIRED.value:
        return translate("Errors", "Loaner {code} is retired: it is not handed over any "
                         "more.").format(code=loaner.code)
    if kind in (K.BENCH_TO_SHIPPING, K.DEPOT_TO_COURIER, K.DEPOT_TO_CUSTOMER) \
            and loaner.status != LoanerStatus.OUT.value:
        return translate("Errors", "Loaner {code} is not lent to anyone: lend it to the RMA "
                         "on the Loaners screen first, then hand it over.").format(
            code=loaner.code)
    return None


def item_refusal(handover: Handover, item: HandoverItem) -> str | None:
    """Why an item already on an open handover could not be confirmed now, or None."""
    kind = HandoverKind(handover.kind)
    if item.item_type == T.RMA:
        found = _rma_refusal(kind, Rma.get_by_id(item.rma_id))
        return found[1] if found else None
    if item.item_type == T.LOANER:
        return _loaner_refusal(kind, Loaner.get_by_id(item.loaner_id))
    return None


def _check_type(kind: HandoverKind, item_type: ItemType, code: str) -> None:
    if item_type not in ALLOWED_ITEMS[kind]:
        allowed = ", ".join(translate("Handover", _ITEM_TYPE_WORDS[t])
                            for t in ItemType if t in ALLOWED_ITEMS[kind])
        raise ValidationError(
            translate("Errors", "{code} cannot go on a handover \"{kind}\": it takes only "
                      "{allowed}.").format(code=code, kind=kind_label(kind), allowed=allowed))


# --------------------------------------------------------------------------- writing


def create(
    actor: User,
    kind: HandoverKind | str,
    from_party: str,
    to_party: str,
    *,
    note: str = "",
) -> Handover:
    """Open a new handover; its number is taken from the month's counter (``HO-YYMM-NNNNN``)."""
    require_role(actor, *HANDOVER_ROLES, action=translate("Errors", "make handovers"))
    kind_value = _kind(kind)
    giver = _party(from_party, translate("Errors", "Enter who hands over."))
    taker = _party(to_party, translate("Errors", "Enter who receives."))
    text = _note(note)
    with unit_of_work() as changes:
        yymm = clock.today().strftime("%y%m")
        number = format_handover_number(yymm, next_number(f"HO-{yymm}"))
        row = Handover.create(
            number=number, kind=kind_value.value, from_party=giver, to_party=taker, note=text,
            station=config.station_name(), created_by=actor, created_at=clock.now(),
            updated_by=actor.name,
        )
        audit.record(actor, "handover.create", "handover", row.id,
                     after={"number": number, "kind": kind_value.value, "from": giver,
                            "to": taker})
        changes.add("handover", row.id)
    return row


def _open_for_edit(handover: Handover | int | str, expected_version: int | None) -> Handover:
    row = get_handover(handover)
    if row.state != HandoverState.OPEN.value:
        raise Conflict(translate("Errors", "Handover {number} is {state}: it cannot be changed "
                                 "any more.").format(number=row.number,
                                                     state=state_label_of(row.state)))
    if expected_version is not None and row.version != expected_version:
        who = row.updated_by or "?"
        raise Conflict(translate("Errors", "Handover {number} was changed by {who} meanwhile "
                                 "— reload it and try again.").format(number=row.number, who=who))
    return row


def _resolve(scan: Scan, text: str) -> tuple[ItemType, Rma | Part | Loaner]:
    """What a scan names, for a handover: an RMA, a part, or a loaner."""
    if scan.kind == ScanKind.RMA:
        rma = Rma.get_or_none(Rma.number == scan.value)
        if rma is None:
            raise NotFound(translate("Errors", "RMA {rma} does not exist.").format(
                rma=scan.value))
        return T.RMA, rma
    if scan.kind in (ScanKind.SERIAL, ScanKind.GS1) and (scan.serial or scan.kind
                                                          == ScanKind.SERIAL):
        serial = scan.serial or scan.value
        rma = (Rma.select().join(Unit).where(Unit.serial == serial)
               .order_by(Rma.is_open.desc(), Rma.received_at.desc()).first())
        if rma is None:
            raise NotFound(translate("Errors", "No RMA was ever opened for serial {serial}.")
                           .format(serial=serial))
        return T.RMA, rma
    if scan.kind in (ScanKind.PART, ScanKind.GS1):
        from inventory.catalogue import find_part

        return T.PART, find_part(text)
    if scan.kind == ScanKind.LOANER:
        loaner = Loaner.get_or_none(Loaner.code == scan.value)
        if loaner is None:
            raise NotFound(translate("Errors", "No loaner has the tag {code}.").format(
                code=scan.value))
        return T.LOANER, loaner
    if scan.kind == ScanKind.HANDOVER:
        raise ValidationError(translate(
            "Errors", "{code} is a handover sheet, not an item: finish this handover, then "
            "scan {code} to open it.").format(code=scan.value))
    raise ValidationError(translate("Errors", "{code} is an operator badge, not an item.")
                          .format(code=scan.value))


def add_by_scan(
    actor: User,
    handover: Handover | int | str,
    text: str,
    *,
    qty: int = 1,
    expected_version: int | None = None,
) -> HandoverItem:
    """Add what was scanned (RMA number or serial, part, loaner tag) to an open handover.

    Refused, with the item and the reason, when the item does not belong on
    this kind of handover, is not ready for it (a unit handed to the courier
    must be ready to ship with nothing outstanding), or is already on another
    open handover. Scanning a part again adds ``qty`` to its line; ``qty`` is
    ignored for an RMA or a loaner (one thing each), and scanning one already
    on this handover is refused as a double scan.
    """
    require_role(actor, *HANDOVER_ROLES, action=translate("Errors", "make handovers"))
    scan = parse_scan(text)
    if isinstance(qty, bool) or not isinstance(qty, int) or not 1 <= qty <= MAX_QTY:
        raise ValidationError(translate("Errors", "Enter a quantity from 1 to {n}.").format(
            n=MAX_QTY))
    with unit_of_work() as changes:
        row = _open_for_edit(handover, expected_version)
        kind = HandoverKind(row.kind)
        item_type, target = _resolve(scan, text)
        code = _code(item_type, target)
        _check_type(kind, item_type, code)
        if item_type == T.RMA:
            assert isinstance(target, Rma)
            found = _rma_refusal(kind, target)
            if found is not None:
                raise found[0](found[1])
        elif item_type == T.LOANER:
            assert isinstance(target, Loaner)
            reason = _loaner_refusal(kind, target)
            if reason is not None:
                raise Conflict(reason)
        elif not target.is_active:  # type: ignore[union-attr]
            raise Conflict(translate("Errors", "Part {code} is no longer active.").format(
                code=code))
        key = _item_key(item_type, target.id, row.id)
        # a unit or a loaner is one thing; only part lines count pieces
        item = _add_line(actor, row, item_type, target, code, key,
                         qty if item_type == T.PART else 1)
        update_versioned(row, row.version, actor.name)
        changes.add("handover", row.id)
    return item


def _code(item_type: ItemType, target: Rma | Part | Loaner) -> str:
    if item_type == T.RMA:
        return target.number  # type: ignore[union-attr]
    if item_type == T.PART:
        return target.part_number  # type: ignore[union-attr]
    return target.code  # type: ignore[union-attr]


def _item_key(item_type: ItemType, target_id: int, handover_id: int) -> str:
    if item_type == T.PART:
        return f"part:{target_id}@{handover_id}"
    return f"{item_type.value}:{target_id}"


def _add_line(actor: User, row: Handover, item_type: ItemType, target: Any, code: str,
              key: str, qty: int) -> HandoverItem:
    existing = HandoverItem.get_or_none((HandoverItem.item_key == key) & HandoverItem.is_open)
    if existing is not None:
        if existing.handover_id != row.id:
            other = Handover.get_by_id(existing.handover_id)
            raise Conflict(translate("Errors", "{code} is already on handover {number} "
                                     "({kind}, still open): finish or cancel that one first.")
                           .format(code=code, number=other.number,
                                   kind=kind_label(other.kind)))
        if item_type != T.PART:
            raise Conflict(translate("Errors", "{code} is already on this handover.").format(
                code=code))
        if existing.qty + qty > MAX_QTY:
            raise ValidationError(translate("Errors", "Enter a quantity from 1 to {n}.").format(
                n=MAX_QTY))
        HandoverItem.update(qty=HandoverItem.qty + qty).where(
            HandoverItem.id == existing.id).execute()
        existing.qty += qty
        return existing
    position = (HandoverItem.select(pw.fn.COALESCE(pw.fn.MAX(HandoverItem.position), 0))
                .where(HandoverItem.handover == row.id).scalar() or 0) + 1
    fields: dict[str, Any] = {item_type.value: target}
    try:
        with database.atomic():  # savepoint: a lost race leaves the transaction usable
            return HandoverItem.create(
                handover=row, position=position, item_type=item_type.value, code=code,
                item_key=key, qty=qty, is_open=True, added_by=actor, added_at=clock.now(),
                **fields,
            )
    except pw.IntegrityError as exc:
        if not is_unique_violation(exc):
            raise
    winner = (HandoverItem.select(HandoverItem, Handover).join(Handover)
              .where((HandoverItem.item_key == key) & HandoverItem.is_open).first())
    number = winner.handover.number if winner is not None else "?"
    raise Conflict(translate("Errors", "{code} was just put on handover {number} at another "
                             "station.").format(code=code, number=number))


def remove_item(actor: User, item: HandoverItem | int) -> None:
    """Take a line off an open handover (scanned by mistake)."""
    require_role(actor, *HANDOVER_ROLES, action=translate("Errors", "make handovers"))
    with unit_of_work() as changes:
        line = HandoverItem.get_or_none(
            HandoverItem.id == (item.id if isinstance(item, HandoverItem) else item))
        if line is None:
            raise NotFound(translate("Errors", "This line was already removed — reload."))
        row = _open_for_edit(line.handover_id, None)
        line.delete_instance()
        update_versioned(row, row.version, actor.name)
        changes.add("handover", row.id)


def confirm(
    actor: User,
    handover: Handover | int | str,
    *,
    expected_version: int | None = None,
) -> Handover:
    """Both sides signed: record the handover and move the items where its kind says.

    One transaction. Every item is checked again (an RMA may have changed
    since it was scanned); if any is refused, nothing is confirmed and the
    message lists each refused item with its reason. Depot → courier and
    depot → customer ship every ready RMA through `rma.workflow.ship` (its
    guards: testing passed, nothing outstanding; the warranty extension).
    ``expected_version`` refuses a confirmation from a screen that has not
    seen the latest scans of another station.
    """
    require_role(actor, *HANDOVER_ROLES, action=translate("Errors", "make handovers"))
    from rma import workflow

    with unit_of_work() as changes:
        row = _open_for_edit(handover, expected_version)
        kind = HandoverKind(row.kind)
        items = list(HandoverItem.select().where(HandoverItem.handover == row.id)
                     .order_by(HandoverItem.position))
        if not items:
            raise ValidationError(translate("Errors", "Handover {number} has no items: scan "
                                            "what is handed over first.").format(
                number=row.number))
        refusals = [(item.code, reason) for item in items
                    if (reason := item_refusal(row, item)) is not None]
        if refusals:
            raise GateClosed("\n".join(reason for _, reason in refusals))
        now = clock.now()
        # said when read, in the reader's language (rma.event_text); the ship event names
        # the handover by its number, which reads the same in any language
        note, said_data = said("handed_over", {"handover": row.number, "kind": kind.value,
                                               "giver": row.from_party, "taker": row.to_party})
        for item in items:
            if item.item_type != T.RMA:
                continue
            rma = Rma.get_by_id(item.rma_id)
            if kind in SHIPPING_KINDS and rma.state == RmaState.READY_TO_SHIP.value:
                carrier = row.to_party if kind == K.DEPOT_TO_COURIER else ""
                try:
                    rma = workflow.ship(actor, rma, note=row.number, carrier=carrier)
                except DomainError as refusal:
                    raise type(refusal)(translate(
                        "Errors", "{rma} cannot be handed over: {reason}").format(
                        rma=rma.number, reason=refusal.message)) from None
            workflow.add_event(actor, rma, EVENT_HANDED_OVER, note=note, from_state=rma.state,
                               to_state=rma.state, data=said_data)
            changes.add("rma", rma.id)
        HandoverItem.update(is_open=False).where(HandoverItem.handover == row.id).execute()
        update_versioned(row, row.version, actor.name, state=HandoverState.CONFIRMED.value,
                         confirmed_by=actor.id, confirmed_at=now)
        audit.record(actor, "handover.confirm", "handover", row.id,
                     after={"number": row.number, "items": [i.code for i in items]})
        changes.add("handover", row.id)
    return row


def cancel(actor: User, handover: Handover | int | str, reason: str) -> Handover:
    """Drop an open handover (nothing changed hands); its items become free again."""
    require_role(actor, *HANDOVER_ROLES, action=translate("Errors", "make handovers"))
    text = _note(reason)
    if not text:
        raise ValidationError(translate("Errors", "Say why the handover is cancelled."))
    with unit_of_work() as changes:
        row = _open_for_edit(handover, None)
        HandoverItem.update(is_open=False).where(HandoverItem.handover == row.id).execute()
        update_versioned(row, row.version, actor.name, state=HandoverState.CANCELLED.value,
                         cancelled_by=actor.id, cancelled_at=clock.now(), cancel_reason=text)
        audit.record(actor, "handover.cancel", "handover", row.id, note=text)
        changes.add("handover", row.id)
    return row
