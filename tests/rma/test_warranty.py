"""The warranty engine against DOMAIN.md §2, example by example, plus properties.

The DOMAIN.md examples are repeated verbatim so a change of the arithmetic
cannot pass unnoticed; the hypothesis properties pin the shape of the rules
(monotone in the reported day, DOA inside warranty, extension exact) over
every calendar quirk the examples do not reach.
"""

from __future__ import annotations

import re
from dataclasses import FrozenInstanceError
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from depot.errors import DomainError, ValidationError
from rma.warranty import (
    DEFAULT_DOA_DAYS,
    DEFAULT_MONTHS,
    EXCLUSION_LABELS,
    EXCLUSION_REASONS,
    MAX_DOA_DAYS,
    MAX_MONTHS,
    PHRASE_TEMPLATES,
    REASON_TEMPLATES,
    Coverage,
    CoverageDecision,
    Exclusion,
    WarrantyTerms,
    add_months,
    decide,
    effective_months,
    render_reason,
    replacement_terms,
    warranty_end,
)

D = date


def sold(start: date, months: int = 12, **kw: int) -> WarrantyTerms:
    """Terms whose start is ``start`` via the sale date (no acceptance recorded)."""
    return WarrantyTerms(sale_date=start, acceptance_date=None, months=months, **kw)


ACCIDENT = Exclusion("accident", "Dropped from a forklift, chassis bent.")


# --------------------------------------------------------------------------- Coverage


def test_coverage_values_are_the_stored_strings() -> None:
    assert [c.value for c in Coverage] == ["doa", "warranty", "out_of_warranty", "excluded"]
    assert Coverage("out_of_warranty") is Coverage.OUT_OF_WARRANTY
    assert str(Coverage.DOA) == "doa"


@pytest.mark.parametrize(
    ("coverage", "chargeable"),
    [
        (Coverage.DOA, False),
        (Coverage.WARRANTY, False),
        (Coverage.OUT_OF_WARRANTY, True),
        (Coverage.EXCLUDED, True),
    ],
)
def test_chargeable(coverage: Coverage, chargeable: bool) -> None:
    assert coverage.chargeable is chargeable


# --------------------------------------------------------------------------- add_months


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (D(2025, 3, 15), 12, D(2026, 3, 15)),
        (D(2025, 3, 15), 0, D(2025, 3, 15)),
        (D(2025, 1, 31), 1, D(2025, 2, 28)),
        (D(2024, 1, 31), 1, D(2024, 2, 29)),
        (D(2024, 2, 29), 12, D(2025, 2, 28)),
        (D(2024, 2, 29), 48, D(2028, 2, 29)),
        (D(2025, 4, 30), 1, D(2025, 5, 30)),
        (D(2025, 4, 30), 10, D(2026, 2, 28)),
        (D(2025, 3, 31), 1, D(2025, 4, 30)),
        (D(2025, 8, 31), 1, D(2025, 9, 30)),
        (D(2025, 12, 31), 2, D(2026, 2, 28)),
        (D(2025, 11, 15), 1, D(2025, 12, 15)),
        (D(2025, 12, 15), 1, D(2026, 1, 15)),
        (D(2025, 3, 31), -1, D(2025, 2, 28)),
        (D(2025, 1, 15), -1, D(2024, 12, 15)),
        (D(2025, 1, 31), 120, D(2035, 1, 31)),
    ],
)
def test_add_months_keeps_day_and_clamps(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


def test_add_months_outside_calendar_is_refused() -> None:
    with pytest.raises(ValidationError, match="outside the calendar"):
        add_months(D(9999, 6, 1), 12)
    with pytest.raises(ValidationError, match="outside the calendar"):
        add_months(D(1, 6, 1), -12)
    assert add_months(D(9999, 11, 30), 1) == D(9999, 12, 30)


@pytest.mark.parametrize("months", [1.0, "1", None, True])
def test_add_months_refuses_non_integer_months(months: object) -> None:
    with pytest.raises(ValidationError, match="whole number"):
        add_months(D(2025, 1, 1), months)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- warranty_end


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        # DOMAIN.md §2, verbatim.
        (D(2025, 3, 15), 12, D(2026, 3, 14)),
        (D(2024, 2, 29), 12, D(2025, 2, 27)),
        (D(2025, 1, 31), 1, D(2025, 2, 27)),
        # Month-end starts.
        (D(2025, 1, 31), 12, D(2026, 1, 30)),
        (D(2024, 1, 31), 1, D(2024, 2, 28)),
        (D(2024, 2, 29), 24, D(2026, 2, 27)),
        (D(2024, 2, 29), 48, D(2028, 2, 28)),
        (D(2025, 4, 30), 12, D(2026, 4, 29)),
        (D(2025, 4, 30), 1, D(2025, 5, 29)),
        (D(2025, 4, 30), 10, D(2026, 2, 27)),
        (D(2025, 1, 1), 12, D(2025, 12, 31)),
        # Contract lengths that occur (24, 36 months).
        (D(2025, 3, 15), 24, D(2027, 3, 14)),
        (D(2025, 3, 15), 36, D(2028, 3, 14)),
        # Zero months: nothing covered, ends the day before it starts.
        (D(2025, 3, 15), 0, D(2025, 3, 14)),
    ],
)
def test_warranty_end(start: date, months: int, expected: date) -> None:
    assert warranty_end(start, months) == expected


@pytest.mark.parametrize(
    ("extension", "expected"),
    [(0, D(2026, 3, 14)), (1, D(2026, 3, 15)), (3, D(2026, 3, 17)), (20, D(2026, 4, 3))],
)
def test_warranty_end_adds_extension_days(extension: int, expected: date) -> None:
    assert warranty_end(D(2025, 3, 15), 12, extension) == expected


def test_extension_is_added_after_the_month_end_clamp() -> None:
    # 2024-02-29 + 12 m = 2025-02-28, − 1 = 02-27, + 2 days = 03-01 (not 02-29 + 12 m + 1).
    assert warranty_end(D(2024, 2, 29), 12, 2) == D(2025, 3, 1)


@pytest.mark.parametrize(
    ("months", "extension", "message"),
    [
        (-1, 0, "Warranty length must be 0 to 120 months, got -1."),
        (121, 0, "Warranty length must be 0 to 120 months, got 121."),
        (12, -1, "Warranty extension must be at least 0 days, got -1."),
        (12.0, 0, "Warranty length must be a whole number of months, got 12.0."),
        (True, 0, "Warranty length must be a whole number of months, got True."),
    ],
)
def test_warranty_end_validates(months: object, extension: object, message: str) -> None:
    with pytest.raises(ValidationError) as err:
        warranty_end(D(2025, 3, 15), months, extension)  # type: ignore[arg-type]
    assert str(err.value) == message


def test_warranty_end_outside_calendar_is_a_validation_error() -> None:
    with pytest.raises(ValidationError, match="outside the calendar"):
        warranty_end(D(9999, 1, 1), 12, 10**6)


def test_warranty_end_boundaries_of_valid_range_are_accepted() -> None:
    assert warranty_end(D(2025, 3, 15), MAX_MONTHS) == D(2035, 3, 14)
    assert warranty_end(D(2025, 3, 15), 0, 0) == D(2025, 3, 14)


# --------------------------------------------------------------------------- start


def test_start_is_day_after_acceptance() -> None:
    terms = WarrantyTerms(sale_date=D(2025, 2, 1), acceptance_date=D(2025, 3, 15), months=12)
    assert terms.start == D(2025, 3, 16)
    decision = decide(terms, D(2025, 6, 1))
    assert decision.start == D(2025, 3, 16)
    assert decision.end == D(2026, 3, 15)


def test_start_is_sale_date_without_acceptance() -> None:
    terms = WarrantyTerms(sale_date=D(2025, 3, 15), acceptance_date=None, months=12)
    assert terms.start == D(2025, 3, 15)
    assert decide(terms, D(2025, 6, 1)).end == D(2026, 3, 14)


def test_acceptance_without_sale_date_still_starts() -> None:
    terms = WarrantyTerms(sale_date=None, acceptance_date=D(2025, 3, 15), months=12)
    assert decide(terms, D(2025, 6, 1)).start == D(2025, 3, 16)


def test_acceptance_on_month_end_starts_next_month() -> None:
    terms = WarrantyTerms(sale_date=None, acceptance_date=D(2025, 1, 31), months=1)
    decision = decide(terms, D(2025, 2, 10))
    assert decision.start == D(2025, 2, 1)
    assert decision.end == D(2025, 2, 28)


def test_acceptance_on_new_years_eve_starts_next_year() -> None:
    terms = WarrantyTerms(sale_date=None, acceptance_date=D(2024, 12, 31), months=12)
    decision = decide(terms, D(2025, 1, 1))
    assert decision.start == D(2025, 1, 1)
    assert decision.end == D(2025, 12, 31)


def test_acceptance_on_leap_day_eve() -> None:
    terms = WarrantyTerms(sale_date=None, acceptance_date=D(2024, 2, 28), months=12)
    decision = decide(terms, D(2024, 3, 1))
    assert decision.start == D(2024, 2, 29)
    assert decision.end == D(2025, 2, 27)


def test_acceptance_later_than_sale_wins() -> None:
    # The sale is months earlier: the acceptance still decides, as the rule says.
    terms = WarrantyTerms(sale_date=D(2024, 1, 10), acceptance_date=D(2025, 3, 15), months=12)
    assert decide(terms, D(2026, 3, 15)).coverage is Coverage.WARRANTY
    assert decide(terms, D(2026, 3, 16)).coverage is Coverage.OUT_OF_WARRANTY


# --------------------------------------------------------------------------- decide: periods


def test_domain_example_end_2026_03_14() -> None:
    terms = sold(D(2025, 3, 15))
    assert decide(terms, D(2026, 3, 14)).coverage is Coverage.WARRANTY
    assert decide(terms, D(2026, 3, 15)).coverage is Coverage.OUT_OF_WARRANTY


@pytest.mark.parametrize(
    ("start", "months", "last_in"),
    [
        (D(2025, 3, 15), 12, D(2026, 3, 14)),
        (D(2024, 2, 29), 12, D(2025, 2, 27)),
        (D(2025, 1, 31), 1, D(2025, 2, 27)),
        (D(2025, 1, 31), 12, D(2026, 1, 30)),
        (D(2025, 4, 30), 12, D(2026, 4, 29)),
        (D(2025, 3, 15), 24, D(2027, 3, 14)),
        (D(2025, 3, 15), 36, D(2028, 3, 14)),
    ],
)
def test_last_day_in_warranty_and_first_day_out(start: date, months: int, last_in: date) -> None:
    terms = sold(start, months)
    last = decide(terms, last_in)
    assert last.coverage is Coverage.WARRANTY
    assert last.end == last_in
    assert last.days_left == 0
    first_out = decide(terms, last_in + timedelta(days=1))
    assert first_out.coverage is Coverage.OUT_OF_WARRANTY
    assert first_out.coverage.chargeable
    assert first_out.end == last_in
    assert first_out.days_left is None


def test_day_after_acceptance_boundaries() -> None:
    terms = WarrantyTerms(sale_date=None, acceptance_date=D(2025, 3, 15), months=12)
    assert decide(terms, D(2026, 3, 15)).coverage is Coverage.WARRANTY
    assert decide(terms, D(2026, 3, 16)).coverage is Coverage.OUT_OF_WARRANTY


def test_warranty_decision_fields() -> None:
    decision = decide(sold(D(2025, 3, 15)), D(2025, 6, 1))
    assert decision == CoverageDecision(
        coverage=Coverage.WARRANTY,
        start=D(2025, 3, 15),
        end=D(2026, 3, 14),
        doa_last_day=D(2025, 3, 21),
        reported=D(2025, 6, 1),
        reason="In warranty: started 2025-03-15 (sale date), 12 months, ends 2026-03-14.",
        days_left=(D(2026, 3, 14) - D(2025, 6, 1)).days,
        reason_code="warranty",
        reason_args=decision.reason_args,
    )
    assert decision.days_left == 286


def test_decision_is_frozen_and_hashable() -> None:
    decision = decide(sold(D(2025, 3, 15)), D(2025, 6, 1))
    with pytest.raises(FrozenInstanceError):
        decision.coverage = Coverage.DOA  # type: ignore[misc]
    with pytest.raises(TypeError):
        decision.reason_args["months"] = 99  # type: ignore[index]
    assert hash(decision) == hash(decide(sold(D(2025, 3, 15)), D(2025, 6, 1)))


# --------------------------------------------------------------------------- reported before start


def test_reported_before_acceptance_counts_as_warranty() -> None:
    terms = WarrantyTerms(sale_date=D(2025, 3, 1), acceptance_date=D(2025, 3, 15), months=12)
    decision = decide(terms, D(2025, 3, 10))
    assert decision.coverage is Coverage.WARRANTY
    assert decision.reason_code == "before_start"
    assert decision.start == D(2025, 3, 16)
    assert decision.days_left == (D(2026, 3, 15) - D(2025, 3, 10)).days
    assert decision.reason == (
        "In warranty: reported 2025-03-10, before the warranty starts on 2025-03-16"
        " (day after acceptance 2025-03-15); a unit not yet accepted is covered."
    )


def test_reported_on_acceptance_day_is_before_start() -> None:
    terms = WarrantyTerms(sale_date=None, acceptance_date=D(2025, 3, 15), months=12)
    decision = decide(terms, D(2025, 3, 15))
    assert decision.coverage is Coverage.WARRANTY
    assert decision.reason_code == "before_start"


def test_reported_before_start_is_never_doa() -> None:
    decision = decide(sold(D(2025, 3, 15)), D(2025, 3, 14))
    assert decision.coverage is Coverage.WARRANTY
    assert decision.reason_code == "before_start"


def test_reported_before_start_with_zero_months_is_still_covered() -> None:
    decision = decide(sold(D(2025, 3, 15), 0), D(2025, 3, 1))
    assert decision.coverage is Coverage.WARRANTY
    assert decision.reason_code == "before_start"


# --------------------------------------------------------------------------- DOA


def test_domain_doa_example() -> None:
    terms = sold(D(2025, 3, 15))
    day7 = decide(terms, D(2025, 3, 21))
    assert day7.coverage is Coverage.DOA
    assert day7.doa_last_day == D(2025, 3, 21)
    day8 = decide(terms, D(2025, 3, 22))
    assert day8.coverage is Coverage.WARRANTY
    assert day8.reason_code == "warranty"


@pytest.mark.parametrize("day", range(1, 8))
def test_every_day_of_the_doa_window(day: int) -> None:
    decision = decide(sold(D(2025, 3, 15)), D(2025, 3, 14) + timedelta(days=day))
    assert decision.coverage is Coverage.DOA
    assert decision.reason_args["doa_day"] == day
    assert not decision.coverage.chargeable


def test_doa_after_acceptance() -> None:
    terms = WarrantyTerms(sale_date=None, acceptance_date=D(2025, 3, 15), months=12)
    assert decide(terms, D(2025, 3, 16)).coverage is Coverage.DOA
    assert decide(terms, D(2025, 3, 22)).coverage is Coverage.DOA
    assert decide(terms, D(2025, 3, 23)).coverage is Coverage.WARRANTY
    assert decide(terms, D(2025, 3, 22)).reason == (
        "Dead on arrival: reported 2025-03-22, day 7 of the 7-day window from the start"
        " 2025-03-16 (day after acceptance 2025-03-15); the unit is replaced."
    )


def test_doa_window_across_month_end() -> None:
    terms = sold(D(2025, 1, 28))
    assert decide(terms, D(2025, 2, 3)).coverage is Coverage.DOA
    assert decide(terms, D(2025, 2, 4)).coverage is Coverage.WARRANTY


@pytest.mark.parametrize(("doa_days", "last"), [(1, D(2025, 3, 15)), (14, D(2025, 3, 28))])
def test_doa_days_setting(doa_days: int, last: date) -> None:
    terms = sold(D(2025, 3, 15), doa_days=doa_days)
    assert decide(terms, last).coverage is Coverage.DOA
    assert decide(terms, last + timedelta(days=1)).coverage is Coverage.WARRANTY
    assert decide(terms, last).doa_last_day == last


def test_zero_doa_days_means_no_doa() -> None:
    decision = decide(sold(D(2025, 3, 15), doa_days=0), D(2025, 3, 15))
    assert decision.coverage is Coverage.WARRANTY
    assert decision.doa_last_day is None


def test_doa_window_is_clipped_to_a_shorter_warranty() -> None:
    # 1 month from 2025-02-01 ends 02-28; a 60-day DOA window cannot outlast it.
    terms = sold(D(2025, 2, 1), 1, doa_days=60)
    assert decide(terms, D(2025, 2, 28)).coverage is Coverage.DOA
    assert decide(terms, D(2025, 2, 28)).doa_last_day == D(2025, 2, 28)
    assert decide(terms, D(2025, 3, 1)).coverage is Coverage.OUT_OF_WARRANTY


def test_zero_months_has_no_doa_and_no_warranty() -> None:
    terms = sold(D(2025, 3, 15), 0)
    decision = decide(terms, D(2025, 3, 15))
    assert decision.coverage is Coverage.OUT_OF_WARRANTY
    assert decision.end == D(2025, 3, 14)
    assert decision.doa_last_day is None
    assert decision.days_left is None


def test_zero_months_with_extension_covers_the_extension_days() -> None:
    terms = sold(D(2025, 3, 15), 0, extension_days=3)
    assert decide(terms, D(2025, 3, 15)).coverage is Coverage.DOA
    assert decide(terms, D(2025, 3, 17)).coverage is Coverage.DOA
    assert decide(terms, D(2025, 3, 18)).coverage is Coverage.OUT_OF_WARRANTY


def test_extension_does_not_move_the_doa_window() -> None:
    terms = sold(D(2025, 3, 15), extension_days=30)
    assert decide(terms, D(2025, 3, 21)).doa_last_day == D(2025, 3, 21)
    assert decide(terms, D(2025, 3, 22)).coverage is Coverage.WARRANTY


# --------------------------------------------------------------------------- extensions


def test_extension_keeps_unit_in_warranty() -> None:
    terms = sold(D(2025, 3, 15), extension_days=10)
    assert decide(terms, D(2026, 3, 24)).coverage is Coverage.WARRANTY
    assert decide(terms, D(2026, 3, 24)).end == D(2026, 3, 24)
    assert decide(terms, D(2026, 3, 25)).coverage is Coverage.OUT_OF_WARRANTY


def test_extension_reason_shows_base_end_and_days() -> None:
    # The example of the brief: acceptance 2025-03-15, 12 months, +3 days.
    terms = WarrantyTerms(
        sale_date=None, acceptance_date=D(2025, 3, 15), months=12, extension_days=3
    )
    decision = decide(terms, D(2025, 6, 1))
    assert decision.end == D(2026, 3, 18)
    assert decision.reason == (
        "In warranty: started 2025-03-16 (day after acceptance 2025-03-15), 12 months,"
        " ends 2026-03-18 (2026-03-15 + 3 days extension)."
    )


def test_one_day_extension_and_one_month_are_singular() -> None:
    decision = decide(sold(D(2025, 1, 31), 1, extension_days=1), D(2025, 2, 10))
    assert decision.reason == (
        "In warranty: started 2025-01-31 (sale date), 1 month,"
        " ends 2025-02-28 (2025-02-27 + 1 day extension)."
    )


# --------------------------------------------------------------------------- contracts


@pytest.mark.parametrize(
    ("model", "unit", "contract", "expected"),
    [
        (12, None, None, 12),
        (12, 24, None, 24),
        (12, None, 36, 36),
        (12, 24, 36, 36),
        (12, 36, 24, 24),  # the contract wins even when it is shorter
        (12, 0, None, 0),  # 0 is an override, not "unset"
        (12, 24, 0, 0),
        (0, None, None, 0),
        (12, MAX_MONTHS, None, MAX_MONTHS),
    ],
)
def test_effective_months(
    model: int, unit: int | None, contract: int | None, expected: int
) -> None:
    assert effective_months(model, unit, contract) == expected


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((121, None, None), "Model warranty length must be 0 to 120 months, got 121."),
        ((12, -1, None), "Unit warranty length must be 0 to 120 months, got -1."),
        ((12, None, 240), "Contract warranty length must be 0 to 120 months, got 240."),
        ((12, 500, 24), "Unit warranty length must be 0 to 120 months, got 500."),
        ((None, None, 24), "Model warranty length must be a whole number of months, got None."),
        ((12, "24", None), "Unit warranty length must be a whole number of months, got '24'."),
    ],
)
def test_effective_months_validates(args: tuple[object, object, object], message: str) -> None:
    with pytest.raises(ValidationError) as err:
        effective_months(*args)  # type: ignore[arg-type]
    assert str(err.value) == message


@pytest.mark.parametrize(
    ("contract", "last_in"),
    [(24, D(2027, 3, 14)), (36, D(2028, 3, 14))],
)
def test_contract_override_decides(contract: int, last_in: date) -> None:
    terms = sold(D(2025, 3, 15), effective_months(DEFAULT_MONTHS, None, contract))
    assert decide(terms, D(2026, 3, 15)).coverage is Coverage.WARRANTY
    assert decide(terms, last_in).coverage is Coverage.WARRANTY
    assert decide(terms, last_in + timedelta(days=1)).coverage is Coverage.OUT_OF_WARRANTY
    assert f"{contract} months" in decide(terms, last_in).reason


def test_contract_over_leap_day() -> None:
    terms = sold(D(2024, 2, 29), effective_months(12, 24, 36))
    assert decide(terms, D(2027, 2, 27)).coverage is Coverage.WARRANTY
    assert decide(terms, D(2027, 2, 28)).coverage is Coverage.OUT_OF_WARRANTY


# --------------------------------------------------------------------------- exclusions


def test_exclusion_reasons_are_exported() -> None:
    assert EXCLUSION_REASONS == (
        "accident",
        "self_disassembly",
        "unauthorised_repair",
        "improper_operation",
        "abnormal_environment",
        "force_majeure",
    )
    assert set(EXCLUSION_LABELS) == set(EXCLUSION_REASONS)


def test_exclusion_inside_doa_window_wins() -> None:
    terms = sold(D(2025, 3, 15))
    assert decide(terms, D(2025, 3, 17)).coverage is Coverage.DOA
    decision = decide(terms, D(2025, 3, 17), ACCIDENT)
    assert decision.coverage is Coverage.EXCLUDED
    assert decision.coverage.chargeable
    assert decision.reason_code == "excluded"
    assert decision.reason_args["underlying"] == "doa"
    assert decision.reason == (
        "Excluded (accident), the repair is chargeable."
        " Technician's note: Dropped from a forklift, chassis bent."
    )
    # The period is still shown: it runs on for the next fault.
    assert decision.start == D(2025, 3, 15)
    assert decision.end == D(2026, 3, 14)
    assert decision.doa_last_day == D(2025, 3, 21)
    assert decision.days_left == (D(2026, 3, 14) - D(2025, 3, 17)).days


@pytest.mark.parametrize("code", EXCLUSION_REASONS)
@pytest.mark.parametrize(
    ("reported", "underlying"),
    [
        (D(2025, 3, 1), "warranty"),  # before start
        (D(2025, 3, 15), "doa"),
        (D(2025, 9, 1), "warranty"),
        (D(2026, 3, 14), "warranty"),
        (D(2026, 3, 15), "out_of_warranty"),
    ],
)
def test_every_exclusion_wins_everywhere(code: str, reported: date, underlying: str) -> None:
    decision = decide(sold(D(2025, 3, 15)), reported, Exclusion(code, "found at diagnosis"))
    assert decision.coverage is Coverage.EXCLUDED
    assert decision.reason_args["underlying"] == underlying
    assert decision.reason_args["exclusion"] == code
    assert EXCLUSION_LABELS[code] in decision.reason


def test_exclusion_without_dates_is_excluded() -> None:
    terms = WarrantyTerms(sale_date=None, acceptance_date=None, months=12)
    decision = decide(terms, D(2025, 3, 15), Exclusion("force_majeure", "Flood damage."))
    assert decision.coverage is Coverage.EXCLUDED
    assert decision.reason_args["underlying"] == "out_of_warranty"
    assert decision.start is None
    assert decision.reason == (
        "Excluded (force majeure), the repair is chargeable. Technician's note: Flood damage."
    )


def test_exclusion_note_is_trimmed_in_the_sentence() -> None:
    decision = decide(sold(D(2025, 3, 15)), D(2025, 5, 1), Exclusion("accident", "  cracked  "))
    assert decision.reason.endswith("Technician's note: cracked")


@pytest.mark.parametrize(
    ("code", "note", "message"),
    [
        ("dropped", "x", "Unknown exclusion reason 'dropped'"),
        ("Accident", "x", "Unknown exclusion reason 'Accident'"),
        ("", "x", "Unknown exclusion reason ''"),
        ("accident", "", "An exclusion needs a note saying what was found."),
        ("accident", "   ", "An exclusion needs a note saying what was found."),
    ],
)
def test_exclusion_validates(code: str, note: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        Exclusion(code, note)


# --------------------------------------------------------------------------- no dates


def test_no_sale_and_no_acceptance_date_is_out_of_warranty() -> None:
    terms = WarrantyTerms(sale_date=None, acceptance_date=None, months=12)
    decision = decide(terms, D(2025, 3, 15))
    assert decision.coverage is Coverage.OUT_OF_WARRANTY
    assert decision.coverage.chargeable
    assert decision.reason_code == "no_start_date"
    assert decision.reason == "Out of warranty: no sale or acceptance date on record."
    assert (decision.start, decision.end, decision.doa_last_day, decision.days_left) == (
        None,
        None,
        None,
        None,
    )
    assert decision.reported == D(2025, 3, 15)


# --------------------------------------------------------------------------- validation


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"months": -1}, "Warranty length must be 0 to 120 months, got -1."),
        ({"months": 121}, "Warranty length must be 0 to 120 months, got 121."),
        ({"months": 12.5}, "Warranty length must be a whole number of months, got 12.5."),
        ({"months": False}, "Warranty length must be a whole number of months, got False."),
        ({"doa_days": -1}, "Dead-on-arrival window must be 0 to 60 days, got -1."),
        ({"doa_days": 61}, "Dead-on-arrival window must be 0 to 60 days, got 61."),
        ({"extension_days": -1}, "Warranty extension must be at least 0 days, got -1."),
        ({"extension_days": "3"}, "Warranty extension must be a whole number of days, got '3'."),
        ({"sale_date": "2025-03-15"}, "Sale date must be a calendar date, got '2025-03-15'."),
        (
            {"acceptance_date": datetime(2025, 3, 15, 9, 0)},
            "Acceptance date must be a calendar date, got datetime.datetime(2025, 3, 15, 9, 0).",
        ),
    ],
)
def test_terms_validate(kwargs: dict[str, object], message: str) -> None:
    values: dict[str, object] = {
        "sale_date": D(2025, 3, 15),
        "acceptance_date": None,
        "months": 12,
        **kwargs,
    }
    with pytest.raises(ValidationError) as err:
        WarrantyTerms(**values)  # type: ignore[arg-type]
    assert str(err.value) == message
    assert isinstance(err.value, DomainError)


def test_terms_valid_boundaries() -> None:
    terms = sold(D(2025, 3, 15), MAX_MONTHS, doa_days=MAX_DOA_DAYS, extension_days=0)
    assert decide(terms, D(2025, 5, 13)).coverage is Coverage.DOA
    assert decide(terms, D(2025, 5, 14)).coverage is Coverage.WARRANTY
    assert sold(D(2025, 3, 15), 0, doa_days=0).months == 0
    assert WarrantyTerms(None, None, 12).doa_days == DEFAULT_DOA_DAYS == 7


@pytest.mark.parametrize("reported", ["2025-03-15", None, datetime(2025, 3, 15, 12, 0), 20250315])
def test_reported_must_be_a_date(reported: object) -> None:
    with pytest.raises(ValidationError, match="Reported date must be a calendar date"):
        decide(sold(D(2025, 3, 15)), reported)  # type: ignore[arg-type]


def test_decide_refuses_wrong_argument_types() -> None:
    with pytest.raises(ValidationError, match="Warranty terms expected"):
        decide(None, D(2025, 3, 15))  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="Exclusion expected"):
        decide(sold(D(2025, 3, 15)), D(2025, 3, 15), "accident")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- replacement


def test_replacement_carries_end_plus_extension() -> None:
    original = WarrantyTerms(sale_date=None, acceptance_date=D(2025, 3, 15), months=12)
    assert decide(original, D(2025, 3, 18)).coverage is Coverage.DOA
    replacement = replacement_terms(original, D(2025, 3, 20), extension_days=5)
    assert replacement.extension_days == 5
    assert replacement.start == original.start
    decision = decide(replacement, D(2025, 9, 1))
    assert decision.end == decide(original, D(2025, 9, 1)).end + timedelta(days=5)
    assert decision.end == D(2026, 3, 20)
    assert decision.reason == (
        "In warranty: started 2025-03-16 (day after acceptance 2025-03-15), 12 months,"
        " ends 2026-03-20 (2026-03-15 + 5 days extension)."
    )


def test_replacement_adds_to_an_existing_extension() -> None:
    original = sold(D(2024, 2, 29), 12, extension_days=4)
    replacement = replacement_terms(original, D(2024, 3, 2), 3)
    assert replacement.extension_days == 7
    assert decide(replacement, D(2025, 3, 1)).end == D(2025, 3, 6)


def test_replacement_keeps_the_original_doa_window() -> None:
    original = sold(D(2025, 3, 15))
    replacement = replacement_terms(original, D(2025, 3, 18), 2)
    assert decide(replacement, D(2025, 3, 21)).coverage is Coverage.DOA
    assert decide(replacement, D(2025, 3, 22)).coverage is Coverage.WARRANTY


def test_replacement_with_zero_extension_is_the_original() -> None:
    original = sold(D(2025, 3, 15), 36, doa_days=10)
    assert replacement_terms(original, D(2025, 3, 15), 0) == original


@pytest.mark.parametrize(
    ("original", "day", "ext", "message"),
    [
        (
            WarrantyTerms(None, None, 12),
            D(2025, 3, 15),
            0,
            "the original unit has no sale or acceptance date on record",
        ),
        (sold(D(2025, 3, 15)), D(2025, 3, 14), 0, "before the original's warranty starts"),
        (sold(D(2025, 3, 15)), D(2026, 3, 16), 1, "no remaining warranty to carry"),
        (sold(D(2025, 3, 15)), D(2025, 3, 16), -1, "Warranty extension must be at least 0"),
        (sold(D(2025, 3, 15)), "2025-03-16", 0, "Decision day must be a calendar date"),
        (None, D(2025, 3, 16), 0, "Warranty terms expected"),
    ],
)
def test_replacement_validates(original: object, day: object, ext: object, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        replacement_terms(original, day, ext)  # type: ignore[arg-type]


def test_replacement_on_the_last_carried_day_is_allowed() -> None:
    original = sold(D(2025, 3, 15))
    assert replacement_terms(original, D(2026, 3, 15), 1).extension_days == 1


# --------------------------------------------------------------------------- reasons


def test_every_reason_code_has_a_template_and_renders() -> None:
    terms = WarrantyTerms(sale_date=None, acceptance_date=D(2025, 3, 15), months=12)
    decisions = [
        decide(terms, D(2025, 3, 1)),
        decide(terms, D(2025, 3, 16)),
        decide(terms, D(2025, 6, 1)),
        decide(terms, D(2027, 1, 1)),
        decide(terms, D(2025, 6, 1), ACCIDENT),
        decide(WarrantyTerms(None, None, 12), D(2025, 6, 1)),
    ]
    codes = {d.reason_code for d in decisions}
    assert codes == set(REASON_TEMPLATES)
    for d in decisions:
        assert render_reason(d.reason_code, d.reason_args) == d.reason
        assert "{" not in d.reason


def test_render_reason_translates_every_template() -> None:
    seen: list[str] = []

    def shout(text: str) -> str:
        """Upper-case the words a translator would touch, never the {fields}."""
        seen.append(text)
        return re.sub(r"[^{}]+(?=\{|$)", lambda m: m.group().upper(), text)

    terms = sold(D(2025, 3, 15), extension_days=2)
    decision = decide(terms, D(2025, 6, 1))
    translated = render_reason(decision.reason_code, decision.reason_args, shout)
    assert translated == (
        "IN WARRANTY: STARTED 2025-03-15 (SALE DATE), 12 MONTHS,"
        " ENDS 2026-03-16 (2026-03-14 + 2 DAYS EXTENSION)."
    )
    assert REASON_TEMPLATES["warranty"] in seen
    assert PHRASE_TEMPLATES["basis_sale"] in seen
    assert PHRASE_TEMPLATES["term_many"] in seen
    assert PHRASE_TEMPLATES["extension_many"] in seen
    assert "" not in seen


def test_render_reason_never_asks_to_translate_the_empty_string() -> None:
    """gettext("") answers with the catalogue header, so "" must never be looked up."""
    decision = decide(sold(D(2025, 3, 15)), D(2025, 6, 1))
    header = "Project-Id-Version: depot"
    translated = render_reason(decision.reason_code, decision.reason_args, lambda s: s or header)
    assert header not in translated
    assert translated == decision.reason


def test_render_reason_translates_exclusion_label() -> None:
    decision = decide(sold(D(2025, 3, 15)), D(2025, 6, 1), Exclusion("self_disassembly", "x"))
    labels = {"self-disassembly": "自行拆机"}
    translated = render_reason(
        decision.reason_code, decision.reason_args, lambda s: labels.get(s, s)
    )
    assert "(自行拆机)" in translated


def test_reason_args_hold_dates_not_strings() -> None:
    decision = decide(sold(D(2025, 3, 15), extension_days=1), D(2025, 6, 1))
    args = decision.reason_args
    assert args["start"] == D(2025, 3, 15)
    assert args["end"] == D(2026, 3, 15)
    assert args["base_end"] == D(2026, 3, 14)
    assert args["basis"] == "sale"
    assert args["months"] == 12
    assert args["extension_days"] == 1


# --------------------------------------------------------------------------- properties

dates = st.dates(min_value=D(1990, 1, 1), max_value=D(2090, 12, 31))
months_st = st.integers(min_value=0, max_value=MAX_MONTHS)
doa_st = st.integers(min_value=0, max_value=MAX_DOA_DAYS)
ext_st = st.integers(min_value=0, max_value=3_000)


@st.composite
def terms_st(draw: st.DrawFn) -> WarrantyTerms:
    return WarrantyTerms(
        sale_date=draw(st.none() | dates),
        acceptance_date=draw(st.none() | dates),
        months=draw(months_st),
        doa_days=draw(doa_st),
        extension_days=draw(ext_st),
    )


@st.composite
def dated_terms_st(draw: st.DrawFn) -> WarrantyTerms:
    terms = draw(terms_st())
    if terms.start is None:
        terms = WarrantyTerms(
            sale_date=draw(dates),
            acceptance_date=None,
            months=terms.months,
            doa_days=terms.doa_days,
            extension_days=terms.extension_days,
        )
    return terms


@given(dates, st.integers(min_value=-1200, max_value=1200))
def test_add_months_property(d: date, months: int) -> None:
    result = add_months(d, months)
    assert (result.year * 12 + result.month) - (d.year * 12 + d.month) == months
    assert result.day == d.day or (result.day < d.day and (result + timedelta(days=1)).day == 1), (
        "a changed day must be the clamped month end"
    )


@given(dates, months_st, ext_st)
def test_end_is_never_before_start_minus_one(start: date, months: int, ext: int) -> None:
    assert warranty_end(start, months, ext) >= start - timedelta(days=1)
    if months >= 1:
        assert warranty_end(start, months, ext) >= start + timedelta(days=27)


@given(dates, months_st, ext_st)
def test_extension_shifts_the_end_exactly(start: date, months: int, ext: int) -> None:
    assert warranty_end(start, months, ext) == warranty_end(start, months) + timedelta(days=ext)


@given(dated_terms_st(), dates)
def test_extension_shifts_decide_end_exactly(terms: WarrantyTerms, reported: date) -> None:
    plain = WarrantyTerms(terms.sale_date, terms.acceptance_date, terms.months, terms.doa_days)
    shifted = decide(terms, reported).end
    assert shifted == decide(plain, reported).end + timedelta(days=terms.extension_days)


@given(terms_st(), dates, st.integers(min_value=1, max_value=5_000))
def test_out_of_warranty_is_monotone(terms: WarrantyTerms, day: date, later_by: int) -> None:
    if decide(terms, day).coverage is Coverage.OUT_OF_WARRANTY:
        later = decide(terms, day + timedelta(days=later_by))
        assert later.coverage is Coverage.OUT_OF_WARRANTY


@given(terms_st(), dates, st.integers(min_value=1, max_value=5_000))
def test_chargeable_is_monotone(terms: WarrantyTerms, day: date, later_by: int) -> None:
    if decide(terms, day).coverage.chargeable:
        assert decide(terms, day + timedelta(days=later_by)).coverage.chargeable


@given(terms_st(), dates)
def test_doa_implies_in_warranty(terms: WarrantyTerms, reported: date) -> None:
    decision = decide(terms, reported)
    if decision.coverage is Coverage.DOA:
        assert decision.start is not None and decision.end is not None
        assert decision.start <= reported <= decision.end
        assert decision.doa_last_day is not None
        assert reported <= decision.doa_last_day
        assert reported <= decision.start + timedelta(days=terms.doa_days - 1)
        assert decision.days_left is not None and decision.days_left >= 0


@given(dated_terms_st(), dates)
def test_decision_matches_the_written_rules(terms: WarrantyTerms, reported: date) -> None:
    """An independent restatement of DOMAIN.md §2 as one expression."""
    start = terms.start
    assert start is not None
    end = warranty_end(start, terms.months, terms.extension_days)
    doa_last = start + timedelta(days=terms.doa_days - 1)
    if reported < start:
        expected = Coverage.WARRANTY
    elif reported <= end and reported <= doa_last:
        expected = Coverage.DOA
    elif reported <= end:
        expected = Coverage.WARRANTY
    else:
        expected = Coverage.OUT_OF_WARRANTY
    decision = decide(terms, reported)
    assert decision.coverage is expected
    assert decision.end == end
    assert decision.days_left == ((end - reported).days if reported <= end else None)
    assert render_reason(decision.reason_code, decision.reason_args) == decision.reason


@given(terms_st(), dates, st.sampled_from(EXCLUSION_REASONS))
def test_exclusion_always_wins(terms: WarrantyTerms, reported: date, code: str) -> None:
    plain = decide(terms, reported)
    excluded = decide(terms, reported, Exclusion(code, "found"))
    assert excluded.coverage is Coverage.EXCLUDED
    assert (excluded.start, excluded.end, excluded.doa_last_day, excluded.days_left) == (
        plain.start,
        plain.end,
        plain.doa_last_day,
        plain.days_left,
    )
    assert excluded.reason_args["underlying"] == plain.coverage.value


@given(dated_terms_st(), st.integers(min_value=0, max_value=60), ext_st, dates)
def test_replacement_end_is_original_end_plus_extension(
    original: WarrantyTerms, decided_after: int, ext: int, reported: date
) -> None:
    start = original.start
    assert start is not None
    decision_day = start + timedelta(days=decided_after)
    end = warranty_end(start, original.months, original.extension_days + ext)
    if decision_day > end:
        with pytest.raises(ValidationError):
            replacement_terms(original, decision_day, ext)
        return
    replacement = replacement_terms(original, decision_day, ext)
    assert decide(replacement, reported).end == decide(original, reported).end + timedelta(days=ext)
    assert decide(replacement, reported).start == decide(original, reported).start
