"""What the customer says afterwards: the satisfaction survey and complaints (DOMAIN §9).

The monthly KPIs (DOMAIN §8) are computed from these rows, so the rules that
make them comparable month to month live here:

* **One survey per RMA, after delivery.** Scores are whole numbers 1 (poor)
  to 5 (very good) for staff, quality and speed. A survey counts as
  *satisfied* when its three scores add up to at least 12 — an average of
  4, "satisfied" or better on the usual five-point scale. The satisfaction
  rate (target ≥ 98 %) is satisfied surveys / surveys.
* **Complaints** are linked to an RMA and judged *attributable to the service*
  or not (a courier's dent is a complaint, not the depot's fault). Only
  attributable ones count in the complaint rate (target < 3 % of RMAs
  shipped). A complaint is closed with its resolution, and only once it has
  been judged, so no closed complaint is left out of the rate by accident.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any, Final

import peewee as pw

from depot import audit, clock
from depot.db import database, update_versioned
from depot.errors import Conflict, NotFound, StaleEdit, ValidationError
from depot.i18n import QT_TRANSLATE_NOOP, translate
from depot.models import Role, User
from depot.service import is_unique_violation, next_number, unit_of_work
from depot.users import require_role
from rma.models import Rma
from rma.signoff_models import Complaint, Survey
from rma.states import RmaState
from rma.transitions import state_label

__all__ = [
    "FEEDBACK_ROLES",
    "SATISFIED_MIN_TOTAL",
    "Complaint",
    "Survey",
    "SurveyChannel",
    "close_complaint",
    "complaints_of",
    "file_complaint",
    "get_complaint",
    "is_satisfied",
    "judge_complaint",
    "open_complaints",
    "record_survey",
    "survey_of",
]

#: the service desk talks to customers; a manager may do everything
FEEDBACK_ROLES: Final = (Role.SERVICE_DESK,)
#: staff + quality + speed at or above this is a satisfied customer (average ≥ 4)
SATISFIED_MIN_TOTAL: Final = 12
MAX_TEXT = 2000

#: states in which the unit has gone back to the customer (the survey comes after)
DELIVERED_STATES: Final = frozenset({
    RmaState.SHIPPED.value, RmaState.CLOSED.value, RmaState.RETURNED_UNREPAIRED.value,
    RmaState.REPLACED.value,
})


class SurveyChannel(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    FORM = "form"
    VISIT = "visit"


CHANNEL_LABELS: Final = {
    SurveyChannel.PHONE: QT_TRANSLATE_NOOP("Feedback", "Phone"),
    SurveyChannel.EMAIL: QT_TRANSLATE_NOOP("Feedback", "Email"),
    SurveyChannel.FORM: QT_TRANSLATE_NOOP("Feedback", "Paper form"),
    SurveyChannel.VISIT: QT_TRANSLATE_NOOP("Feedback", "Visit"),
}


def is_satisfied(staff: int, quality: int, speed: int) -> bool:
    """The one definition of a satisfied customer (see the module docstring)."""
    return staff + quality + speed >= SATISFIED_MIN_TOTAL


def _rma(rma: Rma | int | str) -> Rma:
    if isinstance(rma, Rma):
        found = Rma.get_or_none(Rma.id == rma.id)
    elif isinstance(rma, int) and not isinstance(rma, bool):
        found = Rma.get_or_none(Rma.id == rma)
    else:
        found = Rma.get_or_none(Rma.number == str(rma).strip().upper())
    if found is None:
        raise NotFound(translate("Errors", "RMA {rma} does not exist.").format(rma=rma))
    return found


def _score(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        raise ValidationError(
            translate("Errors", "The {what} score must be a whole number from 1 to 5.").format(
                what=what))
    return value


def _text(value: Any, what: str, *, required: bool = False) -> str:
    text = str(value or "").strip()
    if required and not text:
        raise ValidationError(translate("Errors", "Enter the {what}.").format(what=what))
    if len(text) > MAX_TEXT:
        raise ValidationError(
            translate("Errors", "The {what} is too long (at most {n} characters).").format(
                what=what, n=MAX_TEXT))
    return text


# --------------------------------------------------------------------------- surveys


def survey_of(rma: Rma | int | str) -> Survey | None:
    return Survey.get_or_none(Survey.rma == _rma(rma).id)


def record_survey(
    actor: User,
    rma: Rma | int | str,
    *,
    staff: int,
    quality: int,
    speed: int,
    comment: str = "",
    channel: SurveyChannel | str = SurveyChannel.PHONE,
) -> Survey:
    """Record the customer's satisfaction with one delivered RMA (once)."""
    require_role(actor, *FEEDBACK_ROLES, action=translate("Errors", "record surveys"))
    scores = (
        _score(staff, translate("Errors", "staff")),
        _score(quality, translate("Errors", "quality")),
        _score(speed, translate("Errors", "speed")),
    )
    text = _text(comment, translate("Errors", "comment"))
    try:
        how = SurveyChannel(channel)
    except ValueError:
        raise ValidationError(translate("Errors", "Unknown survey channel {channel}.").format(
            channel=channel)) from None
    with unit_of_work() as changes:
        row = _rma(rma)
        if row.state not in DELIVERED_STATES:
            raise Conflict(translate("Errors", "{rma} is {state}: the survey is taken after "
                                     "the unit is delivered.").format(
                rma=row.number, state=state_label(row.state)))
        existing = Survey.get_or_none(Survey.rma == row.id)
        if existing is not None:
            raise Conflict(_already_surveyed(row, existing))
        try:
            with database.atomic():
                survey = Survey.create(rma=row, staff=scores[0], quality=scores[1],
                                       speed=scores[2], comment=text, channel=how.value,
                                       recorded_by=actor, recorded_at=clock.now())
        except pw.IntegrityError as exc:
            if not is_unique_violation(exc):
                raise
            raise Conflict(_already_surveyed(row, Survey.get(Survey.rma == row.id))) from None
        audit.record(actor, "survey.record", "rma", row.id,
                     after={"staff": scores[0], "quality": scores[1], "speed": scores[2],
                            "channel": how.value})
        changes.add("survey", survey.id).add("rma", row.id)
    return survey


def _already_surveyed(row: Rma, survey: Survey) -> str:
    when = survey.recorded_at.astimezone(clock.current().local_tz())
    return translate("Errors", "{rma} already has a survey (recorded {when}).").format(
        rma=row.number, when=f"{when:%Y-%m-%d %H:%M}")


# --------------------------------------------------------------------------- complaints


def get_complaint(complaint: Complaint | int | str) -> Complaint:
    if isinstance(complaint, Complaint):
        query = Complaint.id == complaint.id
    elif isinstance(complaint, int) and not isinstance(complaint, bool):
        query = Complaint.id == complaint
    else:
        query = Complaint.number == str(complaint).strip().upper()
    found = Complaint.get_or_none(query)
    if found is None:
        raise NotFound(translate("Errors", "Complaint {number} does not exist.").format(
            number=complaint))
    return found


def complaints_of(rma: Rma | int | str) -> list[Complaint]:
    return list(Complaint.select().where(Complaint.rma == _rma(rma).id).order_by(Complaint.id))


def open_complaints() -> list[Complaint]:
    return list(Complaint.select().where(Complaint.closed_at.is_null())
                .order_by(Complaint.received_at))


def _attributable(value: Any) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise ValidationError(translate("Errors", "Say whether the complaint is attributable to "
                                    "the service: yes, no, or not yet judged."))


def file_complaint(
    actor: User,
    rma: Rma | int | str,
    description: str,
    *,
    attributable: bool | None = None,
    received_at: datetime | None = None,
) -> Complaint:
    """Record a complaint about an RMA (at any stage: slowness is a complaint too)."""
    require_role(actor, *FEEDBACK_ROLES, action=translate("Errors", "record complaints"))
    text = _text(description, translate("Errors", "complaint"), required=True)
    judged = _attributable(attributable)
    when = received_at or clock.now()
    if not isinstance(when, datetime) or when.tzinfo is None:
        raise ValidationError(translate("Errors", "The time the complaint came in is not a "
                                        "valid time."))
    if when > clock.now():
        raise ValidationError(translate("Errors", "The complaint cannot come from the future."))
    with unit_of_work() as changes:
        row = _rma(rma)
        yymm = clock.today().strftime("%y%m")
        number = f"CMP-{yymm}-{next_number(f'CMP-{yymm}'):05d}"
        complaint = Complaint.create(number=number, rma=row, received_at=when, description=text,
                                     attributable=judged, recorded_by=actor,
                                     updated_by=actor.name)
        audit.record(actor, "complaint.file", "complaint", complaint.id,
                     after={"number": number, "rma": row.number, "attributable": judged})
        changes.add("complaint", complaint.id).add("rma", row.id)
    return complaint


def _for_edit(complaint: Complaint | int | str, expected_version: int | None) -> Complaint:
    row = get_complaint(complaint)
    if expected_version is not None and row.version != expected_version:
        raise StaleEdit(translate("Errors", "Complaint {number} was changed by {who} meanwhile "
                                  "— reload it and try again.").format(
            number=row.number, who=row.updated_by or "?"))
    return row


def judge_complaint(
    actor: User,
    complaint: Complaint | int | str,
    attributable: bool,
    *,
    expected_version: int | None = None,
) -> Complaint:
    """Decide whether the service caused the complaint (it then counts in the rate)."""
    require_role(actor, *FEEDBACK_ROLES, action=translate("Errors", "record complaints"))
    if not isinstance(attributable, bool):
        raise ValidationError(translate("Errors", "Say whether the complaint is attributable "
                                        "to the service: yes or no."))
    with unit_of_work() as changes:
        row = _for_edit(complaint, expected_version)
        before = row.attributable
        update_versioned(row, row.version, actor.name, attributable=attributable)
        audit.record(actor, "complaint.judge", "complaint", row.id,
                     before={"attributable": before}, after={"attributable": attributable})
        changes.add("complaint", row.id)
    return row


def close_complaint(
    actor: User,
    complaint: Complaint | int | str,
    resolution: str,
    *,
    attributable: bool | None = None,
    expected_version: int | None = None,
) -> Complaint:
    """Close a complaint with its resolution; it must be judged (now or before)."""
    require_role(actor, *FEEDBACK_ROLES, action=translate("Errors", "record complaints"))
    text = _text(resolution, translate("Errors", "resolution"), required=True)
    judged = _attributable(attributable)
    with unit_of_work() as changes:
        row = _for_edit(complaint, expected_version)
        if row.closed_at is not None:
            raise Conflict(translate("Errors", "Complaint {number} is already closed.").format(
                number=row.number))
        verdict = judged if judged is not None else row.attributable
        if verdict is None:
            raise ValidationError(translate(
                "Errors", "Decide whether complaint {number} is attributable to the service "
                "before closing it.").format(number=row.number))
        update_versioned(row, row.version, actor.name, resolution=text, attributable=verdict,
                         closed_by=actor.id, closed_at=clock.now())
        audit.record(actor, "complaint.close", "complaint", row.id,
                     after={"attributable": verdict}, note=text)
        changes.add("complaint", row.id)
    return row
