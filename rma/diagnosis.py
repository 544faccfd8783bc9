"""Diagnosis: findings, fault cause, warranty exclusions, needed parts.

The technician writes what was found and picks a fault cause from a list the
depot maintains (the monthly report counts failures by model and cause, so
causes must be codes, not free text). When the fault is not covered —
accident, self-disassembly… — an *exclusion* is recorded with a note; the
warranty engine is run again on the RMA's reported day with that exclusion,
so the coverage becomes ``excluded`` (chargeable) even inside the warranty
period, and the change is written to the timeline and the audit log with
before and after (DOMAIN §2).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from depot import audit, clock, settings
from depot.db import update_versioned
from depot.errors import Conflict, NotFound, ValidationError
from depot.i18n import QT_TRANSLATE_NOOP, translate
from depot.models import Role, User
from depot.service import unit_of_work
from depot.users import require_role
from rma.models import Rma, Unit
from rma.repair_models import Diagnosis, NeededPart
from rma.states import CLOSED_STATES, RmaState
from rma.transitions import Action, Facts
from rma.units import terms_for
from rma.warranty import EXCLUSION_LABELS, EXCLUSION_REASONS, Exclusion, decide
from rma.workflow import (
    add_event,
    get_rma,
    load_for_update,
    perform,
    state_label,
    sync,
    write_rma,
)

__all__ = [
    "CAUSE_CODES_SETTING",
    "DEFAULT_CAUSE_CODES",
    "EVENT_COVERAGE_CHANGED",
    "CauseCode",
    "add_needed_part",
    "cause_codes",
    "clear_exclusion",
    "diagnosis_of",
    "exclusion_reasons",
    "needed_parts",
    "record_diagnosis",
    "record_exclusion",
    "remove_needed_part",
]

EVENT_COVERAGE_CHANGED = "coverage_changed"
EVENT_PART_NEEDED = "part_needed"
EVENT_PART_NOT_NEEDED = "part_not_needed"
MAX_FINDINGS = 4000

#: English labels chosen to translate to one clear Chinese term each (the zh
#: label is kept next to them for the sheet and the translator's reference)
DEFAULT_CAUSE_CODES: list[dict[str, str]] = [
    {"code": "power_supply", "label": "Power supply failure", "label_zh": "电源故障"},
    {"code": "mainboard", "label": "Mainboard failure", "label_zh": "主板故障"},
    {"code": "display", "label": "Display failure", "label_zh": "显示屏故障"},
    {"code": "storage", "label": "Storage failure", "label_zh": "存储故障"},
    {"code": "interface", "label": "Interface or port failure", "label_zh": "接口故障"},
    {"code": "mechanical", "label": "Mechanical wear or damage", "label_zh": "机械磨损或损坏"},
    {"code": "firmware", "label": "Firmware or software fault", "label_zh": "固件或软件故障"},
    {"code": "cable_connector", "label": "Cable or connector fault",
     "label_zh": "线缆或连接器故障"},
    {"code": "overheating", "label": "Overheating", "label_zh": "过热"},
    {"code": "liquid", "label": "Liquid damage", "label_zh": "进液损坏"},
    {"code": "physical_damage", "label": "Physical damage", "label_zh": "外力损坏"},
    {"code": "no_fault_found", "label": "No fault found", "label_zh": "未发现故障"},
    {"code": "other", "label": "Other", "label_zh": "其他"},
]


def _validate_cause_codes(value: Any) -> list[dict[str, str]]:
    """A non-empty list of {code, label[, label_zh]} with unique lower-case codes."""
    if not isinstance(value, list) or not value:
        raise ValidationError(translate("Errors", "Enter at least one fault cause."))
    seen: set[str] = set()
    clean: list[dict[str, str]] = []
    for item in value:
        if not isinstance(item, dict):
            raise ValidationError(
                translate("Errors", "Each fault cause needs a code and a label."))
        code = str(item.get("code", "")).strip().lower()
        label = str(item.get("label", "")).strip()
        if not code or not label:
            raise ValidationError(
                translate("Errors", "Each fault cause needs a code and a label."))
        if not all(c.isalnum() or c == "_" for c in code) or len(code) > 40:
            raise ValidationError(translate(
                "Errors", "Fault cause code {code!r}: use up to 40 letters, digits and "
                          "underscores.").format(code=code))
        if code in seen:
            raise ValidationError(
                translate("Errors", "Fault cause code {code!r} appears twice.").format(code=code))
        seen.add(code)
        entry = {"code": code, "label": label}
        if str(item.get("label_zh", "")).strip():
            entry["label_zh"] = str(item["label_zh"]).strip()
        clean.append(entry)
    return clean


CAUSE_CODES_SETTING = settings.define(
    "diagnosis.cause_codes", DEFAULT_CAUSE_CODES,
    QT_TRANSLATE_NOOP("Settings", "Fault cause codes"), _validate_cause_codes
)


@dataclass(frozen=True)
class CauseCode:
    code: str
    label: str
    label_zh: str = ""


def cause_codes() -> list[CauseCode]:
    """The configured fault causes, in the order the manager listed them."""
    return [
        CauseCode(c["code"], c["label"], c.get("label_zh", ""))
        for c in settings.get(CAUSE_CODES_SETTING.key)
    ]


def exclusion_reasons() -> list[tuple[str, str]]:
    """(code, English label) of the warranty exclusions the engine knows."""
    return [(code, EXCLUSION_LABELS[code]) for code in EXCLUSION_REASONS]


def diagnosis_of(rma: Rma | int | str) -> Diagnosis | None:
    row = get_rma(rma)
    return Diagnosis.get_or_none(Diagnosis.rma == row.id)


def needed_parts(rma: Rma | int | str) -> list[NeededPart]:
    row = get_rma(rma)
    return list(NeededPart.select().where(NeededPart.rma == row.id).order_by(NeededPart.id))


def _diagnosis_row(rma: Rma, actor: User) -> Diagnosis:
    row = Diagnosis.get_or_none(Diagnosis.rma == rma.id)
    if row is None:
        row = Diagnosis.create(rma=rma, updated_by=actor.name)
    return row


def record_diagnosis(
    actor: User,
    rma: Rma | int | str,
    findings: str,
    cause_code: str = "",
    *,
    expected_version: int | None = None,
) -> Diagnosis:
    """Save the findings and the fault cause (RMA must be diagnosing).

    Each save is a timeline entry with the findings as its note, so the unit's
    history shows what every technician found, not only the latest text.
    """
    text = str(findings or "").strip()
    if not text:
        raise ValidationError(translate("Errors", "Write down what you found."))
    if len(text) > MAX_FINDINGS:
        raise ValidationError(
            translate("Errors", "The findings are too long (at most {n} characters).").format(
                n=MAX_FINDINGS))
    code = str(cause_code or "").strip().lower()
    known = {c.code: c for c in cause_codes()}
    if code and code not in known:
        raise ValidationError(translate(
            "Errors", "Unknown fault cause {code!r}: pick one from the list (a manager "
                      "maintains it).").format(code=code))
    saved: dict[str, Diagnosis] = {}

    def write(row: Rma, facts: Facts) -> dict[str, Any]:
        diag = _diagnosis_row(row, actor)
        update_versioned(diag, diag.version, actor.name, findings=text, cause_code=code,
                         diagnosed_by=actor.id, diagnosed_at=clock.now())
        saved["diagnosis"] = diag
        return {"cause": code} if code else {}

    perform(actor, rma, Action.RECORD_DIAGNOSIS, expected_version=expected_version, note=text,
            before_write=write)
    return saved["diagnosis"]


def _require_diagnosing(row: Rma, action: str) -> None:
    if row.state == RmaState.DIAGNOSING.value:
        return
    if action == "record_exclusion":
        template = translate("Errors", "Cannot record an exclusion on an RMA that is {state}: "
                                       "exclusions are recorded during diagnosis.")
    else:
        template = translate("Errors", "Cannot withdraw an exclusion on an RMA that is {state}: "
                                       "exclusions are recorded during diagnosis.")
    raise Conflict(template.format(state=state_label(row.state)))


def _change_coverage(
    actor: User, rma: Rma | int | str, exclusion: Exclusion | None, note: str,
    expected_version: int | None, action: str,
) -> Rma:
    with unit_of_work() as changes:
        row, expected = load_for_update(rma, expected_version)
        _require_diagnosing(row, action)
        unit = Unit.get_by_id(row.unit_id)
        decision = decide(terms_for(unit), row.reported_on, exclusion)
        before = {"coverage": row.coverage, "reason": row.coverage_reason}
        after = {"coverage": decision.coverage.value, "reason": decision.reason}
        write_rma(
            row, expected, actor, coverage=decision.coverage.value,
            coverage_reason=decision.reason, warranty_start=decision.start,
            warranty_end=decision.end,
        )
        diag = _diagnosis_row(row, actor)
        update_versioned(
            diag, diag.version, actor.name,
            exclusion_code=exclusion.reason_code if exclusion else "",
            exclusion_note=exclusion.note.strip() if exclusion else "",
        )
        add_event(
            actor, row, EVENT_COVERAGE_CHANGED, note=note, from_state=row.state,
            to_state=row.state,
            data={"before": before["coverage"], "after": after["coverage"],
                  "exclusion": exclusion.reason_code if exclusion else None,
                  "reason_code": decision.reason_code},
        )
        audit.record(actor, f"rma.{action}", "rma", row.id,
                     before=before, after=after, note=note)
        changes.add("rma", row.id)
    sync(rma, row)
    return row


def record_exclusion(
    actor: User,
    rma: Rma | int | str,
    reason_code: str,
    note: str,
    *,
    expected_version: int | None = None,
) -> Rma:
    """Record that the warranty does not cover this fault; coverage becomes ``excluded``.

    The note is what the customer is shown as the reason they pay, so it is
    required. Only during diagnosis: once a quote or repair is under way the
    basis of the price must not shift underneath it.
    """
    require_role(actor, Role.TECHNICIAN,
                 action=translate("Errors", "record a warranty exclusion"))
    exclusion = Exclusion(str(reason_code or "").strip(), str(note or ""))
    text = f"Exclusion: {exclusion.label}. {exclusion.note.strip()}"
    return _change_coverage(actor, rma, exclusion, text, expected_version,
                            "record_exclusion")


def clear_exclusion(
    actor: User, rma: Rma | int | str, note: str, *, expected_version: int | None = None
) -> Rma:
    """Withdraw a recorded exclusion (a mistake): coverage is decided again without it."""
    require_role(actor, Role.TECHNICIAN,
                 action=translate("Errors", "withdraw a warranty exclusion"))
    text = str(note or "").strip()
    if not text:
        raise ValidationError(
            translate("Errors", "Say why the exclusion is withdrawn (it is audited)."))
    diag = diagnosis_of(rma)
    if diag is None or not diag.exclusion_code:
        raise Conflict(translate("Errors", "No exclusion is recorded on this RMA."))
    return _change_coverage(actor, rma, None, f"Exclusion withdrawn: {text}", expected_version,
                            "withdraw_exclusion")


def add_needed_part(
    actor: User,
    rma: Rma | int | str,
    part_code: str,
    qty: int = 1,
    description: str = "",
    *,
    found_during: str = "diagnosis",
) -> NeededPart:
    """Note a part the repair needs (while the RMA is open).

    The code is normalised through the catalogue when it knows the part, so
    the quote and the issue later match it; an unknown code is kept as typed.
    """
    require_role(actor, Role.TECHNICIAN, Role.SERVICE_DESK,
                 action=translate("Errors", "list needed parts"))
    from rma import stock_link

    code = str(part_code or "").strip().upper()
    if not code:
        raise ValidationError(translate("Errors", "Enter the part number."))
    if isinstance(qty, bool) or not isinstance(qty, int) or not 1 <= qty <= 10_000:
        raise ValidationError(
            translate("Errors", "The quantity must be a whole number from 1 to 10,000."))
    text = " ".join(str(description or "").split())[:200]
    info = stock_link.catalogue_price(code)
    if info is not None:
        code = info.part_code
        text = text or info.name
    with unit_of_work() as changes:
        row = get_rma(rma)
        if RmaState(row.state) in CLOSED_STATES:
            raise Conflict(translate("Errors", "{rma} is {state}: it needs no more parts.").format(
                rma=row.number, state=state_label(row.state)))
        need = NeededPart.create(rma=row, part_code=code, description=text or code, qty=qty,
                                 found_during=found_during, added_by=actor)
        add_event(actor, row, EVENT_PART_NEEDED, note=f"{qty} × {code} {text}".strip(),
                  from_state=row.state, to_state=row.state,
                  data={"part": code, "qty": qty, "found_during": found_during})
        changes.add("rma", row.id)
    return need


def remove_needed_part(actor: User, need: NeededPart | int) -> None:
    """Drop a needed part noted by mistake (the timeline keeps both entries)."""
    require_role(actor, Role.TECHNICIAN, Role.SERVICE_DESK,
                 action=translate("Errors", "list needed parts"))
    with unit_of_work() as changes:
        row = NeededPart.get_or_none(
            NeededPart.id == (need.id if isinstance(need, NeededPart) else need)
        )
        if row is None:
            raise NotFound(translate("Errors", "This needed part is already gone — reload."))
        rma = Rma.get_by_id(row.rma_id)
        add_event(actor, rma, EVENT_PART_NOT_NEEDED, note=f"{row.qty} × {row.part_code}",
                  from_state=rma.state, to_state=rma.state,
                  data={"part": row.part_code, "qty": row.qty})
        row.delete_instance()
        changes.add("rma", rma.id)
