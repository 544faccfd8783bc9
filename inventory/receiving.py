"""Receiving with incoming inspection (到货检验, DOMAIN §7).

A supplier's delivery is opened by its delivery note number; each line (a
lot of one part) is inspected as it is unpacked, and the inspection decides:

* **passed** — quantity counted equals the delivery note, appearance is
  acceptable, and the documents are all there: the lot enters stock as one
  RECEIPT move at its unit cost, updating the moving average (and, for the
  first receipt of a part, fixing its initial price — the price cap);
* **quarantined** — anything failed: nothing enters stock; the lot is listed
  in quarantine with every reason, one per line, until it is either returned
  to the supplier (recorded) or, when the missing paper turns up or the
  shortage is accepted, released into stock by a manager.

Documents. A lot needs all four papers — manual, inspection certificate,
quality guarantee, certificate of conformity — unless its part is marked
``requires_documents = False`` in the catalogue. That flag exists because
suppliers ship consumables (screws, fuses, thermal paper) without any
papers; marking the part once beats every receiving clerk ticking boxes that
are not true. Quantity and appearance are checked for every part.

A quantity mismatch quarantines the whole lot rather than receiving the
counted pieces: the supplier's invoice follows the note, and the difference
has to be settled with them before the stock and the books agree.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from depot import audit
from depot.clock import now
from depot.db import update_versioned
from depot.errors import Conflict, NotFound, ValidationError
from depot.i18n import translate
from depot.models import Role, User
from depot.money import format_money, require_non_negative
from depot.service import unit_of_work
from depot.users import require_role
from inventory.catalogue import get_part
from inventory.models import (
    DOCUMENT_LABELS,
    Delivery,
    Document,
    Lot,
    LotStatus,
    Part,
    Supplier,
    status_label,
)
from inventory.rules import require_count, require_quantity, require_reason
from inventory.stock import post_receipt

RECEIVE_ROLES = (Role.WAREHOUSE,)


def _supplier(value: Supplier | int | str) -> Supplier:
    if isinstance(value, Supplier):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        found = Supplier.get_or_none(Supplier.id == value)
    else:
        found = Supplier.get_or_none(Supplier.name == str(value).strip())
    if found is None:
        raise NotFound(
            translate("Errors", "Supplier {name} is not in the list; add it first.")
            .format(name=value)
        )
    return found


def _delivery(value: Delivery | int) -> Delivery:
    if isinstance(value, Delivery):
        return value
    found = Delivery.get_or_none(Delivery.id == value)
    if found is None:
        raise NotFound(translate("Errors", "Delivery #{id} does not exist.").format(id=value))
    return found


def _lot(value: Lot | int) -> Lot:
    lot_id = value.id if isinstance(value, Lot) else value
    found = Lot.get_or_none(Lot.id == lot_id)
    if found is None:
        raise NotFound(translate("Errors", "Lot #{id} does not exist.").format(id=lot_id))
    return found


def open_delivery(
    actor: User, supplier: Supplier | int | str, note_number: str, delivery_date: date,
    *, note: str = "",
) -> Delivery:
    """Start receiving a supplier's delivery, identified by its delivery note."""
    require_role(actor, *RECEIVE_ROLES, action=translate("Errors", "receive deliveries"))
    number = " ".join((note_number or "").split())
    if not number:
        raise ValidationError(translate("Errors", "Enter the delivery note number."))
    if len(number) > 60:
        raise ValidationError(
            translate("Errors", "The delivery note number is too long (at most 60 characters).")
        )
    if not isinstance(delivery_date, date):
        raise ValidationError(translate("Errors", "Enter the delivery date."))
    with unit_of_work() as changes:
        who = _supplier(supplier)
        if Delivery.select().where(
            (Delivery.supplier == who.id) & (Delivery.note_number == number)
        ).exists():
            raise Conflict(
                translate("Errors", "Delivery note {number} of {supplier} was already received.")
                .format(number=number, supplier=who.name)
            )
        row = Delivery.create(
            supplier=who, note_number=number, delivery_date=delivery_date, received_by=actor,
            note=(note or "").strip(), updated_by=actor.name,
        )
        audit.record(actor, "delivery.open", "delivery", row.id,
                     after={"supplier": who.name, "note_number": number})
        changes.add("delivery", row.id)
    return row


def inspection_reasons(
    part: Part, qty_note: int, qty_counted: int, appearance_ok: bool,
    documents: Iterable[Document | str],
) -> list[str]:
    """Why a lot fails incoming inspection (empty: it passes). Pure, for the form too."""
    reasons: list[str] = []
    if qty_counted != qty_note:
        reasons.append(
            translate("Stock", "Quantity: counted {counted}, the delivery note says {note}.")
            .format(counted=qty_counted, note=qty_note)
        )
    if not appearance_ok:
        reasons.append(
            translate("Stock", "Appearance not acceptable (damage, wrong or opened packaging).")
        )
    if part.requires_documents:
        have = {Document(d) for d in documents}
        missing = [translate("Stock", DOCUMENT_LABELS[d]) for d in Document if d not in have]
        if missing:
            reasons.append(
                translate("Stock", "Missing documents: {documents}.")
                .format(documents=", ".join(missing))
            )
    return reasons


def _documents(documents: Iterable[Document | str]) -> set[Document]:
    found: set[Document] = set()
    for doc in documents:
        try:
            found.add(Document(doc))
        except ValueError:
            raise ValidationError(
                translate("Errors", "Unknown document {name}.").format(name=repr(doc))
            ) from None
    return found


def inspect_lot(
    actor: User,
    delivery: Delivery | int,
    part: Part | int | str,
    *,
    qty_note: int,
    qty_counted: int,
    unit_cost: int,
    appearance_ok: bool,
    documents: Iterable[Document | str],
    note: str = "",
) -> Lot:
    """Record one inspected lot; a passed lot enters stock, a failed one is quarantined.

    `unit_cost` is in minor units (parse what was typed with
    `depot.money.parse_money`). Returns the lot with its status and reasons.
    """
    require_role(actor, *RECEIVE_ROLES, action=translate("Errors", "receive deliveries"))
    qty_note = require_quantity(qty_note, translate("Errors", "Quantity on the delivery note"))
    qty_counted = require_count(qty_counted, translate("Errors", "Quantity counted"))
    unit_cost = require_non_negative(unit_cost, translate("Errors", "Unit cost"))
    docs = _documents(documents)
    with unit_of_work() as changes:
        dlv = _delivery(delivery)
        row = get_part(part)
        if not row.is_active:
            raise ValidationError(
                translate("Errors", "{part} is discontinued; reactivate it in the catalogue to "
                          "receive it.").format(part=row.label)
            )
        reasons = inspection_reasons(row, qty_note, qty_counted, bool(appearance_ok), docs)
        status = LotStatus.QUARANTINED if reasons else LotStatus.PASSED
        lot = Lot.create(
            delivery=dlv, part=row, qty_note=qty_note, qty_counted=qty_counted,
            unit_cost=unit_cost, appearance_ok=bool(appearance_ok),
            doc_manual=Document.MANUAL in docs,
            doc_inspection_certificate=Document.INSPECTION_CERTIFICATE in docs,
            doc_quality_guarantee=Document.QUALITY_GUARANTEE in docs,
            doc_conformity_certificate=Document.CONFORMITY_CERTIFICATE in docs,
            status=status.value, reason="\n".join(reasons), note=(note or "").strip(),
            inspected_by=actor, updated_by=actor.name,
        )
        if status == LotStatus.PASSED:
            move = post_receipt(actor, row, qty_counted, unit_cost, dlv.note_number,
                                translate("Stock", "Lot #{id}").format(id=lot.id))
            Lot.update(move=move).where(Lot.id == lot.id).execute()
            lot.move = move
            changes.add("stock", row.id).add("move", move.id)
        audit.record(actor, "lot.inspect", "lot", lot.id, after={
            "part": row.part_number, "qty_note": qty_note, "qty_counted": qty_counted,
            "unit_cost": unit_cost, "status": status.value, "reasons": reasons,
        })
        changes.add("lot", lot.id).add("delivery", dlv.id)
    return lot


def lots(delivery: Delivery | int) -> list[Lot]:
    dlv = _delivery(delivery)
    return list(Lot.select(Lot, Part).join(Part).where(Lot.delivery == dlv.id).order_by(Lot.id))


def quarantine() -> list[Lot]:
    """Lots waiting in quarantine, oldest first, with their delivery and supplier."""
    return list(
        Lot.select(Lot, Part, Delivery, Supplier)
        .join(Part).switch(Lot).join(Delivery).join(Supplier)
        .where(Lot.status == LotStatus.QUARANTINED.value)
        .order_by(Lot.inspected_at, Lot.id)
    )


def _quarantined(lot: Lot | int) -> Lot:
    row = _lot(lot)
    if row.status != LotStatus.QUARANTINED.value:
        raise Conflict(
            translate("Errors", "Lot #{id} is not in quarantine (it is {status}).")
            .format(id=row.id, status=status_label(row.status))
        )
    return row


def return_to_supplier(actor: User, lot: Lot | int, note: str) -> Lot:
    """Record that a quarantined lot went back to its supplier (RMA number, courier…)."""
    require_role(actor, *RECEIVE_ROLES, action=translate("Errors", "return lots to suppliers"))
    text = require_reason(note, translate("Errors", "the return to the supplier"))
    with unit_of_work() as changes:
        row = _quarantined(lot)
        update_versioned(row, row.version, actor.name, status=LotStatus.RETURNED.value,
                         closed_by=actor.id, closed_at=now(), close_note=text)
        audit.record(actor, "lot.return_to_supplier", "lot", row.id,
                     before={"status": LotStatus.QUARANTINED.value},
                     after={"status": LotStatus.RETURNED.value}, note=text)
        changes.add("lot", row.id)
    return _lot(row.id)


def release_from_quarantine(actor: User, lot: Lot | int, reason: str) -> Lot:
    """A manager accepts a quarantined lot into stock (the missing paper arrived,
    the shortage was settled with the supplier). The counted pieces enter at
    the lot's unit cost; nothing is received when none were counted."""
    require_role(actor, action=translate("Errors", "release lots from quarantine"))
    text = require_reason(reason, translate("Errors", "releasing the lot"))
    with unit_of_work() as changes:
        row = _quarantined(lot)
        if row.qty_counted == 0:
            raise ValidationError(
                translate("Errors", "Lot #{id} has no pieces counted; there is nothing to put "
                          "into stock.").format(id=row.id)
            )
        part = get_part(row.part_id)
        dlv = _delivery(row.delivery_id)
        move = post_receipt(actor, part, row.qty_counted, row.unit_cost, dlv.note_number,
                            translate("Stock", "Lot #{id}, released from quarantine: {reason}")
                            .format(id=row.id, reason=text))
        update_versioned(row, row.version, actor.name, status=LotStatus.RELEASED.value,
                         move=move.id, closed_by=actor.id, closed_at=now(), close_note=text)
        audit.record(actor, "lot.release", "lot", row.id,
                     before={"status": LotStatus.QUARANTINED.value},
                     after={"status": LotStatus.RELEASED.value, "qty": row.qty_counted,
                            "unit_cost": format_money(row.unit_cost)}, note=text)
        changes.add("lot", row.id).add("stock", part.id).add("move", move.id)
    return _lot(row.id)
