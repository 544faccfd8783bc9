"""The warranty engine: which coverage a unit gets for a reported fault.

DOMAIN.md §2 is the authority. The intake desk shows this decision to the
person scanning *before* the RMA is saved, so it has to be cheap, repeatable
and explainable: a pure function over plain values (no database, no Qt, no
clock), returning not just a verdict but the dates it was derived from and a
sentence saying why.

Date arithmetic, exactly as DOMAIN.md §2 states it (calendar dates, inclusive):

- start = the day *after* acceptance when an acceptance date is recorded,
  otherwise the sale date ("验收签字次日开始计算");
- end = add_months(start, N) − 1 day, where add_months keeps the day of month
  and clamps to the month's last day; then end += extension days (顺延);
- in warranty when start ≤ reported ≤ end; a report *before* start (a unit not
  yet accepted) also counts as in warranty;
- DOA when start ≤ reported ≤ start + (DOA days − 1);
- a recorded exclusion wins over everything, DOA included.

The judged date is the day the customer *reported* the fault, never the day
the courier delivered it, so transit never costs the customer coverage.

Judgement calls the rules leave open (each is pinned by a test):

- **No sale and no acceptance date**: ``out_of_warranty`` with reason code
  ``no_start_date``. Coverage is a claim the depot grants on evidence; with no
  date it cannot compute a start, and granting free repair to every unit that
  lacks a record would make a missing spreadsheet cell worth a free repair.
  The intake desk sees this *before* saving, and the distinct reason code lets
  the UI ask for the date from the customer's invoice, after which ``decide``
  is simply run again. An exclusion still wins (``excluded``).
- **DOA is a part of the warranty, never wider than it**: the DOA window is
  clipped to the warranty end, so "DOA implies in warranty" always holds,
  even for a 0-month term or a DOA window longer than a short warranty. A
  0-month term therefore has no DOA days at all (``doa_last_day`` is None).
- **Reported before start** is in warranty whatever the length, 0 months
  included: the reason the rule exists is that the customer has not accepted
  the unit yet, so the fault is still the supplier's, and that does not
  depend on how long the warranty would have run.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from types import MappingProxyType
from typing import Final

from depot.errors import ValidationError
from depot.i18n import QT_TRANSLATE_NOOP, translate

__all__ = [
    "DEFAULT_DOA_DAYS",
    "DEFAULT_MONTHS",
    "EXCLUSION_LABELS",
    "EXCLUSION_REASONS",
    "MAX_DOA_DAYS",
    "MAX_MONTHS",
    "PHRASE_TEMPLATES",
    "REASON_TEMPLATES",
    "Coverage",
    "CoverageDecision",
    "Exclusion",
    "WarrantyTerms",
    "add_months",
    "decide",
    "effective_months",
    "render_reason",
    "replacement_terms",
    "warranty_end",
]

DEFAULT_MONTHS: Final = 12
"""Model default length (DOMAIN.md §2); the live value is a setting."""
DEFAULT_DOA_DAYS: Final = 7
""""一个星期内出现质量问题包换": a week; the live value is a setting."""
MAX_MONTHS: Final = 120
"""Ten years: longer is a typo (months entered as days), not a contract."""
MAX_DOA_DAYS: Final = 60
"""A DOA window longer than two months is a typo, not a policy."""

EXCLUSION_REASONS: Final[tuple[str, ...]] = (
    "accident",
    "self_disassembly",
    "unauthorised_repair",
    "improper_operation",
    "abnormal_environment",
    "force_majeure",
)
"""The exclusion grounds of 000 §二 / 002 "保修责任限制", as stored codes."""

EXCLUSION_LABELS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "accident": QT_TRANSLATE_NOOP("Warranty", "accident"),
        "self_disassembly": QT_TRANSLATE_NOOP("Warranty", "self-disassembly"),
        "unauthorised_repair": QT_TRANSLATE_NOOP("Warranty", "unauthorised repair"),
        "improper_operation": QT_TRANSLATE_NOOP("Warranty", "improper operation"),
        "abnormal_environment": QT_TRANSLATE_NOOP("Warranty", "abnormal environment"),
        "force_majeure": QT_TRANSLATE_NOOP("Warranty", "force majeure"),
    }
)
"""English labels for the codes; the UI passes them through its translator (context
"Warranty")."""


class Coverage(StrEnum):
    """The four intake outcomes; the string values are what gets stored."""

    DOA = "doa"
    WARRANTY = "warranty"
    OUT_OF_WARRANTY = "out_of_warranty"
    EXCLUDED = "excluded"

    @property
    def chargeable(self) -> bool:
        """True when the customer pays: this is what opens the quote/prepayment gate."""
        return self in (Coverage.OUT_OF_WARRANTY, Coverage.EXCLUDED)


# --------------------------------------------------------------------------- validation


# `what` and `unit` are English, marked with QT_TRANSLATE_NOOP("Errors", …) by the
# caller: they are translated only when a message is raised, which keeps the scan
# path (every intake preview builds WarrantyTerms) free of translator calls.


def _check_int(value: object, what: str, low: int, high: int | None, unit: str) -> int:
    """Refuse non-integers (bools too: True months is a bug) and out-of-range values."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(
            translate("Errors", "{what} must be a whole number of {unit}, got {value!r}.").format(
                what=translate("Errors", what), unit=translate("Errors", unit), value=value))
    if value < low or (high is not None and value > high):
        if high is None:
            message = translate("Errors", "{what} must be at least {low} {unit}, got {value}.")
        else:
            message = translate("Errors", "{what} must be {low} to {high} {unit}, got {value}.")
        raise ValidationError(message.format(what=translate("Errors", what), low=low, high=high,
                                             unit=translate("Errors", unit), value=value))
    return value


def _check_months(value: object, what: str = QT_TRANSLATE_NOOP("Errors", "Warranty length")
                  ) -> int:
    return _check_int(value, what, 0, MAX_MONTHS, QT_TRANSLATE_NOOP("Errors", "months"))


def _check_extension(value: object) -> int:
    return _check_int(value, QT_TRANSLATE_NOOP("Errors", "Warranty extension"), 0, None,
                      QT_TRANSLATE_NOOP("Errors", "days"))


def _check_date(value: object, what: str, *, optional: bool = False) -> date | None:
    """Accept plain dates only.

    A ``datetime`` is a ``date`` subclass but cannot be compared with one, and a
    time of day has no meaning in these rules; refusing it here turns a late
    TypeError into a message naming the field.
    """
    if value is None and optional:
        return None
    if not isinstance(value, date) or isinstance(value, datetime):
        raise ValidationError(
            translate("Errors", "{what} must be a calendar date, got {value!r}.").format(
                what=translate("Errors", what), value=value))
    return value


# --------------------------------------------------------------------------- value types


@dataclass(frozen=True)
class WarrantyTerms:
    """Everything the engine needs to know about one unit's warranty.

    ``months`` is the *effective* length: the caller resolves model default,
    unit and contract overrides first (see `effective_months`), so the engine
    never needs to know where the number came from. Terms validate on
    construction, so an impossible length cannot reach `decide`.
    """

    sale_date: date | None
    acceptance_date: date | None
    months: int
    doa_days: int = DEFAULT_DOA_DAYS
    extension_days: int = 0

    def __post_init__(self) -> None:
        _check_date(self.sale_date, QT_TRANSLATE_NOOP("Errors", "Sale date"), optional=True)
        _check_date(self.acceptance_date, QT_TRANSLATE_NOOP("Errors", "Acceptance date"),
                    optional=True)
        _check_months(self.months)
        _check_int(self.doa_days, QT_TRANSLATE_NOOP("Errors", "Dead-on-arrival window"), 0,
                   MAX_DOA_DAYS, QT_TRANSLATE_NOOP("Errors", "days"))
        _check_extension(self.extension_days)

    @property
    def start(self) -> date | None:
        """First day of cover: day after acceptance if recorded, else the sale date."""
        if self.acceptance_date is not None:
            return self.acceptance_date + timedelta(days=1)
        return self.sale_date


@dataclass(frozen=True)
class Exclusion:
    """A technician's finding that voids cover for this fault.

    The note is required: the customer is being charged for a unit that may be
    inside its warranty period, and the note is what the service report shows
    them as the reason.
    """

    reason_code: str
    note: str

    def __post_init__(self) -> None:
        if self.reason_code not in EXCLUSION_REASONS:
            raise ValidationError(
                translate("Errors", "Unknown exclusion reason {code!r}; expected one of: "
                          "{codes}.").format(code=self.reason_code,
                                             codes=", ".join(EXCLUSION_REASONS))
            )
        if not isinstance(self.note, str) or not self.note.strip():
            raise ValidationError(
                translate("Errors", "An exclusion needs a note saying what was found."))

    @property
    def label(self) -> str:
        """English label of the reason code."""
        return EXCLUSION_LABELS[self.reason_code]


@dataclass(frozen=True)
class CoverageDecision:
    """The verdict plus what it was derived from, for the screen and the record.

    ``start``/``end``/``doa_last_day``/``days_left`` describe the warranty
    period itself and are filled whenever a start is known, *also* when an
    exclusion makes this fault chargeable: the period still runs for the next
    fault. ``end`` includes the extension.

    ``days_left`` is the number of covered days *after* the reported day
    (0: the reported day is the last one), None once the period has ended or
    when no start is known.

    ``reason`` is the English sentence; ``reason_code`` and ``reason_args``
    are the same sentence as data (see `REASON_TEMPLATES` and `render_reason`)
    so the UI can build a translated one. ``reason_args`` is a read-only
    mapping, since the decision is frozen; dates in it are ``date`` objects so
    a translated rendering can localise them.
    """

    coverage: Coverage
    start: date | None
    end: date | None
    doa_last_day: date | None
    reported: date
    reason: str
    days_left: int | None
    reason_code: str
    reason_args: Mapping[str, object] = field(hash=False)


# --------------------------------------------------------------------------- reasons

REASON_TEMPLATES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "doa": QT_TRANSLATE_NOOP(
            "Warranty",
            "Dead on arrival: reported {reported}, day {doa_day} of the {doa_days}-day"
            " window from the start {start} ({start_basis}); the unit is replaced.",
        ),
        "warranty": QT_TRANSLATE_NOOP(
            "Warranty",
            "In warranty: started {start} ({start_basis}), {term}, ends {end}{extension}.",
        ),
        "before_start": QT_TRANSLATE_NOOP(
            "Warranty",
            "In warranty: reported {reported}, before the warranty starts on {start}"
            " ({start_basis}); a unit not yet accepted is covered.",
        ),
        "out_of_warranty": QT_TRANSLATE_NOOP(
            "Warranty",
            "Out of warranty: started {start} ({start_basis}), {term},"
            " ended {end}{extension}; reported {reported}.",
        ),
        "no_start_date": QT_TRANSLATE_NOOP(
            "Warranty", "Out of warranty: no sale or acceptance date on record."
        ),
        "excluded": QT_TRANSLATE_NOOP(
            "Warranty",
            "Excluded ({exclusion}), the repair is chargeable. Technician's note: {note}",
        ),
    }
)
"""Whole-sentence templates, one per reason code, with named fields.

Fields are filled from ``reason_args`` plus the phrases of `PHRASE_TEMPLATES`
(``start_basis``, ``term``, ``extension``), which `render_reason` picks from
the arguments. Sentences stay whole per code so a translator sees a full
sentence; only the small variable phrases are separate.
"""

PHRASE_TEMPLATES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "basis_acceptance": QT_TRANSLATE_NOOP("Warranty", "day after acceptance {acceptance}"),
        "basis_sale": QT_TRANSLATE_NOOP("Warranty", "sale date"),
        "term_one": QT_TRANSLATE_NOOP("Warranty", "1 month"),
        "term_many": QT_TRANSLATE_NOOP("Warranty", "{months} months"),
        "extension_one": QT_TRANSLATE_NOOP("Warranty", " ({base_end} + 1 day extension)"),
        "extension_many": QT_TRANSLATE_NOOP(
            "Warranty", " ({base_end} + {extension_days} days extension)"
        ),
    }
)
"""Phrases inside the sentences; singular/plural are separate for translators."""


def _identity(text: str) -> str:
    return text


def render_reason(
    reason_code: str,
    reason_args: Mapping[str, object],
    translate: Callable[[str], str] = _identity,
) -> str:
    """Build the sentence for a decision's ``reason_code`` and ``reason_args``.

    With the default ``translate`` this is exactly ``CoverageDecision.reason``.
    The UI passes its translator (called with each English template, before
    formatting) to get the same sentence in the operator's language, so
    translations never have to parse an English sentence back apart.
    """
    args = dict(reason_args)
    if "basis" in args:
        basis = "basis_acceptance" if args["basis"] == "acceptance" else "basis_sale"
        args["start_basis"] = translate(PHRASE_TEMPLATES[basis]).format(**args)
    if "months" in args:
        term = "term_one" if args["months"] == 1 else "term_many"
        args["term"] = translate(PHRASE_TEMPLATES[term]).format(**args)
    if "extension_days" in args:
        # No extension renders as nothing, without asking the translator:
        # gettext("") returns the catalogue header, not an empty string.
        ext = args["extension_days"]
        key = "extension_one" if ext == 1 else "extension_many"
        args["extension"] = translate(PHRASE_TEMPLATES[key]).format(**args) if ext else ""
    if "exclusion" in args:
        args["exclusion"] = translate(EXCLUSION_LABELS[str(args["exclusion"])])
    return translate(REASON_TEMPLATES[reason_code]).format(**args)


def _decision(
    coverage: Coverage,
    *,
    start: date | None,
    end: date | None,
    doa_last_day: date | None,
    reported: date,
    days_left: int | None,
    reason_code: str,
    reason_args: dict[str, object],
) -> CoverageDecision:
    """Build a decision whose English ``reason`` is rendered from its code and args."""
    return CoverageDecision(
        coverage=coverage,
        start=start,
        end=end,
        doa_last_day=doa_last_day,
        reported=reported,
        reason=render_reason(reason_code, reason_args),
        days_left=days_left,
        reason_code=reason_code,
        reason_args=MappingProxyType(dict(reason_args)),
    )


# --------------------------------------------------------------------------- arithmetic


def add_months(d: date, months: int) -> date:
    """``d`` plus ``months`` calendar months, keeping the day, clamped to month end.

    2025-01-31 + 1 → 2025-02-28; 2024-02-29 + 12 → 2025-02-28. Negative
    ``months`` go back the same way. This is the "+ N months" of DOMAIN.md §2;
    the "− 1 day" belongs to `warranty_end`, not here.
    """
    _check_date(d, QT_TRANSLATE_NOOP("Errors", "Date"))
    if isinstance(months, bool) or not isinstance(months, int):
        raise ValidationError(
            translate("Errors", "Months must be a whole number, got {months!r}.").format(
                months=months))
    year, month0 = divmod(d.year * 12 + (d.month - 1) + months, 12)
    if not 1 <= year <= 9999:
        raise ValidationError(
            translate("Errors", "{date} plus {months} months falls outside the calendar.").format(
                date=d, months=months))
    month = month0 + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def warranty_end(start: date, months: int, extension_days: int = 0) -> date:
    """Last covered day: add_months(start, months) − 1 day + extension days.

    Inclusive, so a 12-month warranty starting 2025-03-15 covers 2026-03-14
    and not 2026-03-15. A 0-month term ends the day before it starts (nothing
    covered), which keeps "end ≥ start − 1" true for every valid length.
    """
    _check_date(start, QT_TRANSLATE_NOOP("Errors", "Warranty start"))
    _check_months(months)
    _check_extension(extension_days)
    try:
        return add_months(start, months) - timedelta(days=1) + timedelta(days=extension_days)
    except OverflowError:
        raise ValidationError(
            translate("Errors", "A warranty from {start} for {months} months plus {days} days "
                      "ends outside the calendar.").format(
                start=start, months=months, days=extension_days)
        ) from None


def effective_months(
    model_months: int, unit_months: int | None, contract_months: int | None
) -> int:
    """The length that applies: contract over unit over model default.

    A contract is the most specific promise made to the customer, a unit
    override (from the sales register) is more specific than the model's
    catalogue default. Only ``None`` means "not set": 0 months is a real
    override (a unit sold without warranty) and must not fall through.
    """
    model = _check_months(model_months, QT_TRANSLATE_NOOP("Errors", "Model warranty length"))
    if unit_months is not None:
        _check_months(unit_months, QT_TRANSLATE_NOOP("Errors", "Unit warranty length"))
    if contract_months is not None:
        _check_months(contract_months, QT_TRANSLATE_NOOP("Errors", "Contract warranty length"))
    if contract_months is not None:
        return contract_months
    if unit_months is not None:
        return unit_months
    return model


# --------------------------------------------------------------------------- the decision


def decide(
    terms: WarrantyTerms, reported: date, exclusion: Exclusion | None = None
) -> CoverageDecision:
    """Coverage for a fault reported on ``reported`` (see the module docstring).

    Order of precedence: a recorded exclusion, then DOA, then warranty (a
    report before the start included), then out of warranty. The period's
    dates are computed in every case where a start is known, so the screen
    can show them next to an exclusion too.
    """
    if not isinstance(terms, WarrantyTerms):
        raise ValidationError(
            translate("Errors", "Warranty terms expected, got {value!r}.").format(value=terms))
    _check_date(reported, QT_TRANSLATE_NOOP("Errors", "Reported date"))
    if exclusion is not None and not isinstance(exclusion, Exclusion):
        raise ValidationError(
            translate("Errors", "Exclusion expected, got {value!r}.").format(value=exclusion))
    period = _decide_period(terms, reported)
    if exclusion is None:
        return period
    return _decision(
        Coverage.EXCLUDED,
        start=period.start,
        end=period.end,
        doa_last_day=period.doa_last_day,
        reported=reported,
        days_left=period.days_left,
        reason_code="excluded",
        reason_args={
            **period.reason_args,
            "exclusion": exclusion.reason_code,
            "note": exclusion.note.strip(),
            "underlying": period.coverage.value,
        },
    )


def _decide_period(terms: WarrantyTerms, reported: date) -> CoverageDecision:
    """The decision from the dates alone, before any exclusion is applied."""
    start = terms.start
    if start is None:
        return _decision(
            Coverage.OUT_OF_WARRANTY,
            start=None,
            end=None,
            doa_last_day=None,
            reported=reported,
            days_left=None,
            reason_code="no_start_date",
            reason_args={"reported": reported},
        )
    base_end = warranty_end(start, terms.months)
    end = warranty_end(start, terms.months, terms.extension_days)
    doa_last = _doa_last_day(start, terms.doa_days, end)
    args: dict[str, object] = {
        "reported": reported,
        "start": start,
        "basis": "acceptance" if terms.acceptance_date is not None else "sale",
        "acceptance": terms.acceptance_date,
        "sale": terms.sale_date,
        "months": terms.months,
        "base_end": base_end,
        "extension_days": terms.extension_days,
        "end": end,
        "doa_days": terms.doa_days,
        "doa_last_day": doa_last,
    }
    days_left = (end - reported).days if reported <= end else None

    if reported < start:
        coverage, code = Coverage.WARRANTY, "before_start"
    elif doa_last is not None and reported <= doa_last:
        coverage, code = Coverage.DOA, "doa"
        args["doa_day"] = (reported - start).days + 1
    elif reported <= end:
        coverage, code = Coverage.WARRANTY, "warranty"
    else:
        coverage, code = Coverage.OUT_OF_WARRANTY, "out_of_warranty"
    return _decision(
        coverage,
        start=start,
        end=end,
        doa_last_day=doa_last,
        reported=reported,
        days_left=days_left,
        reason_code=code,
        reason_args=args,
    )


def _doa_last_day(start: date, doa_days: int, end: date) -> date | None:
    """Last DOA day: start + (doa_days − 1), never past the warranty end.

    None when there is no DOA day at all (a 0-day window, or a warranty that
    covers nothing), so the screen never shows a window that cannot apply.
    """
    if doa_days == 0:
        return None
    last = min(start + timedelta(days=doa_days - 1), end)
    return last if last >= start else None


def replacement_terms(
    original: WarrantyTerms, decision_day: date, extension_days: int
) -> WarrantyTerms:
    """Terms for the unit that replaces a DOA unit.

    DOMAIN.md §2: the replacement carries the original's *remaining* warranty
    plus the extension earned while the original was at the depot. How: the
    replacement keeps the original's sale date, acceptance date, length and
    DOA window, and its extension is the original's plus ``extension_days``.
    `decide` then computes the very same start and
    ``end = add_months(start, N) − 1 + extensions`` as for the original, so
    the replacement's end is exactly the original's end plus ``extension_days``
    on every calendar (no re-derivation of "remaining months" that month-end
    clamping could shift by a day), and the reason sentence still tells the
    true story (started on the original's start, N months, + extension).

    Because the start is kept, the DOA window stays anchored at the
    original's start: a replacement that fails inside the customer's first
    week is DOA again, but a replacement does not buy a fresh week.

    ``decision_day`` is the day the DOA replacement was decided. It is checked,
    not stored: a DOA cannot be decided before the warranty starts, and if the
    carried warranty (with the new extension) has already ended on that day
    there is nothing to carry, which means the caller has the wrong unit or
    dates; both are refused rather than silently producing an expired unit.
    """
    if not isinstance(original, WarrantyTerms):
        raise ValidationError(
            translate("Errors", "Warranty terms expected, got {value!r}.").format(value=original))
    _check_date(decision_day, QT_TRANSLATE_NOOP("Errors", "Decision day"))
    _check_extension(extension_days)
    start = original.start
    if start is None:
        raise ValidationError(translate(
            "Errors", "Cannot carry the warranty over to a replacement: the original unit has "
            "no sale or acceptance date on record."
        ))
    if decision_day < start:
        raise ValidationError(
            translate("Errors", "A DOA replacement cannot be decided on {day}, before the "
                      "original's warranty starts on {start}.").format(
                day=decision_day, start=start)
        )
    carried = replace(original, extension_days=original.extension_days + extension_days)
    end = warranty_end(start, carried.months, carried.extension_days)
    if decision_day > end:
        raise ValidationError(
            translate("Errors", "The original's warranty ended on {end}, before the replacement "
                      "was decided on {day}: there is no remaining warranty to carry.").format(
                end=end, day=decision_day)
        )
    return carried
