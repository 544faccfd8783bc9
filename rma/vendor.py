"""Vendor repair (返厂维修): the unit goes to its supplier and comes back.

Sending a unit to the vendor makes the repair take longer than the depot's
own turnaround, so the customer must be told (DOMAIN §8, 001 问题处理 §四):
sending raises an "inform the customer of the longer cycle" task, due within
one working day. The vendor's own RMA number and the dates are kept so the
depot can chase the vendor; back from the vendor, the unit is tested like
any repair of our own.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from depot import audit, clock
from depot.db import update_versioned
from depot.errors import ValidationError
from depot.i18n import translate
from depot.models import User
from depot.service import unit_of_work
from rma.models import Rma
from rma.repair_models import VendorRepair
from rma.sla_status import working_calendar
from rma.tasks import TASK_INFORM_LONGER_CYCLE, raise_task
from rma.transitions import Action, Facts
from rma.workflow import get_rma, perform

__all__ = ["back_from_vendor", "open_vendor_repair", "send_to_vendor", "vendor_repairs_of"]


def _text(value: Any, limit: int, *, missing: str = "", too_long: str) -> str:
    text = " ".join(str(value or "").split())
    if missing and not text:
        raise ValidationError(missing)
    if len(text) > limit:
        raise ValidationError(too_long.format(n=limit))
    return text


def vendor_repairs_of(rma: Rma | int | str) -> list[VendorRepair]:
    row = get_rma(rma)
    return list(VendorRepair.select().where(VendorRepair.rma == row.id).order_by(VendorRepair.id))


def open_vendor_repair(rma: Rma | int | str) -> VendorRepair | None:
    """The vendor repair the unit is out on, if any."""
    row = get_rma(rma)
    return (
        VendorRepair.select()
        .where((VendorRepair.rma == row.id) & VendorRepair.back_on.is_null())
        .order_by(VendorRepair.id.desc())
        .first()
    )


def send_to_vendor(
    actor: User,
    rma: Rma | int | str,
    *,
    vendor: str,
    vendor_rma: str = "",
    sent_on: date | None = None,
    expected_back: date | None = None,
    note: str = "",
    expected_version: int | None = None,
) -> VendorRepair:
    """Send the unit to its supplier; raises the inform-the-customer task.

    Behind the repair gate when coming from diagnosis: a chargeable unit
    goes to the vendor only once the customer has accepted and paid.
    """
    name = _text(vendor, 120, missing=translate("Errors", "Enter the vendor's name."),
                 too_long=translate("Errors", "The vendor's name is too long (at most {n} "
                                              "characters)."))
    their_rma = _text(vendor_rma, 60, too_long=translate(
        "Errors", "The vendor's RMA number is too long (at most {n} characters)."))
    day = sent_on or clock.today()
    if day > clock.today():
        raise ValidationError(translate("Errors", "The sent date {date} is in the future.")
                              .format(date=day.isoformat()))
    if expected_back is not None and expected_back < day:
        raise ValidationError(
            translate("Errors", "The expected return date is before the sent date."))
    made: dict[str, Any] = {}

    def write(row: Rma, facts: Facts) -> dict[str, Any]:
        repair = VendorRepair.create(
            rma=row, vendor=name, vendor_rma=their_rma, sent_on=day,
            expected_back=expected_back, note=str(note or "").strip(), sent_by=actor,
            updated_by=actor.name,
        )
        calendar = working_calendar()
        due = calendar.add_working_time(clock.now(), calendar.working_day_length)
        back = f", expected back {expected_back.isoformat()}" if expected_back else ""
        task = raise_task(
            row, TASK_INFORM_LONGER_CYCLE,
            f"Inform the customer: {row.number} went to {name} for repair{back}.", due,
        )
        made["repair"] = repair
        made["task"] = task
        audit.record(actor, "rma.vendor_send", "rma", row.id,
                     after={"vendor": name, "vendor_rma": their_rma, "sent_on": day.isoformat()})
        return {"vendor": name, "vendor_rma": their_rma, "sent_on": day.isoformat(),
                "expected_back": expected_back.isoformat() if expected_back else None,
                "task": task.id}

    text = f"Sent to {name}" + (f" (their RMA {their_rma})" if their_rma else "")
    if note:
        text += f": {str(note).strip()}"
    with unit_of_work() as changes:
        perform(actor, rma, Action.SEND_TO_VENDOR, expected_version=expected_version, note=text,
                before_write=write)
        changes.add("task", made["task"].id)
    return made["repair"]


def back_from_vendor(
    actor: User,
    rma: Rma | int | str,
    *,
    back_on: date | None = None,
    note: str = "",
    expected_version: int | None = None,
) -> VendorRepair:
    """The unit is back from the vendor; it goes to testing."""
    day = back_on or clock.today()
    if day > clock.today():
        raise ValidationError(translate("Errors", "The return date {date} is in the future.")
                              .format(date=day.isoformat()))
    done: dict[str, VendorRepair] = {}

    def write(row: Rma, facts: Facts) -> dict[str, Any]:
        repair = open_vendor_repair(row)
        if repair is None:  # at_vendor without a record: an RMA from before this module
            raise ValidationError(
                translate("Errors", "{rma} has no open vendor repair on record.").format(
                    rma=row.number))
        if day < repair.sent_on:
            raise ValidationError(translate(
                "Errors", "The return date {date} is before the unit was sent ({sent})."
            ).format(date=day.isoformat(), sent=repair.sent_on.isoformat()))
        update_versioned(repair, repair.version, actor.name, back_on=day,
                         received_by=actor.id)
        done["repair"] = repair
        return {"vendor": repair.vendor, "back_on": day.isoformat()}

    perform(actor, rma, Action.BACK_FROM_VENDOR, expected_version=expected_version,
            note=str(note or "").strip(), before_write=write)
    return done["repair"]
