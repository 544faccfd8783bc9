"""Dead-on-arrival swap (包换): the faulty unit is replaced, not repaired.

A unit whose fault was reported within the DOA window (DOMAIN §2) gets a new
unit from stock. The new serial is registered as a unit of the same model and
customer, with `replaces` pointing at the old one, and it inherits the
warranty per `rma.warranty.replacement_terms`: the original's start, length
and DOA window, plus the extension earned by the days the original spent at
the depot (received → replacement day, both counted, as for shipping — see
`rma.workflow.days_at_depot`). So the replacement ends exactly where the
original would have ended plus those days, and a replacement does not buy a
fresh DOA week. The old RMA ends in ``replaced``.
"""

from __future__ import annotations

from typing import Any

from depot import audit, clock
from depot.db import update_versioned
from depot.models import User
from depot.service import unit_of_work
from rma.models import Rma, Unit
from rma.transitions import Action, Facts
from rma.units import normalise_serial, register_unit, terms_for
from rma.warranty import decide, replacement_terms
from rma.workflow import days_at_depot, perform

__all__ = ["replace_doa"]


def replace_doa(
    actor: User,
    rma: Rma | int | str,
    new_serial: str,
    *,
    note: str = "",
    expected_version: int | None = None,
) -> Unit:
    """Swap a DOA unit for a new one; returns the replacement unit.

    Refused unless the RMA's coverage is ``doa`` and no parts are issued to
    it; the new serial must be a valid, unregistered serial.
    """
    serial = normalise_serial(new_serial)
    made: dict[str, Unit] = {}

    def write(row: Rma, facts: Facts) -> dict[str, Any]:
        old = Unit.get_by_id(row.unit_id)
        today = clock.today()
        days = days_at_depot(row.received_at, today)
        carried = replacement_terms(terms_for(old), today, days)
        new = register_unit(
            actor, serial=serial, model=old.model_id,
            customer=row.customer_id or old.customer_id,
            sale_date=old.sale_date, acceptance_date=old.acceptance_date,
            warranty_months=old.warranty_months,
            contract_warranty_months=old.contract_warranty_months,
            extension_days=carried.extension_days,
        )
        update_versioned(new, new.version, actor.name, replaces=old.id)
        decision = decide(terms_for(new), today)
        audit.record(actor, "unit.replace_doa", "unit", new.id,
                     after={"serial": serial, "replaces": old.serial,
                            "extension_days": carried.extension_days,
                            "warranty_end": decision.end.isoformat() if decision.end else None})
        made["unit"] = new
        return {"replacement": serial, "replaced": old.serial, "extension_days": days,
                "warranty_end": decision.end.isoformat() if decision.end else None}

    text = f"Replaced by {serial} (dead on arrival)." + (f" {note.strip()}" if note else "")
    with unit_of_work() as changes:
        perform(actor, rma, Action.REPLACE_DOA, expected_version=expected_version, note=text,
                before_write=write)
        changes.add("unit", made["unit"].id)
    return made["unit"]
