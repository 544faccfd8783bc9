"""The payer table: every coverage × leg against DOMAIN §5's defaults, and its validator."""

from __future__ import annotations

import copy
import itertools

import pytest

from depot.errors import ValidationError
from rma.payer_rules import (
    COVERAGES,
    DEFAULT_RULES,
    LOANER_LEGS,
    LegKind,
    Payer,
    payer_for,
    validate_rules,
)

C, D, N = Payer.CUSTOMER, Payer.DEPOT, Payer.NONE
L = LegKind

#: DOMAIN §5, written out cell by cell (depot ⇄ vendor covers both directions)
EXPECTED = {
    ("doa", L.CUSTOMER_TO_DEPOT): C,
    ("doa", L.DEPOT_TO_CUSTOMER): D,
    ("doa", L.DEPOT_TO_VENDOR): D,
    ("doa", L.VENDOR_TO_DEPOT): D,
    ("doa", L.LOANER_OUT): D,
    ("doa", L.LOANER_BACK): C,
    ("warranty", L.CUSTOMER_TO_DEPOT): C,
    ("warranty", L.DEPOT_TO_CUSTOMER): D,
    ("warranty", L.DEPOT_TO_VENDOR): D,
    ("warranty", L.VENDOR_TO_DEPOT): D,
    ("warranty", L.LOANER_OUT): D,
    ("warranty", L.LOANER_BACK): C,
    ("out_of_warranty", L.CUSTOMER_TO_DEPOT): C,
    ("out_of_warranty", L.DEPOT_TO_CUSTOMER): C,
    ("out_of_warranty", L.DEPOT_TO_VENDOR): C,
    ("out_of_warranty", L.VENDOR_TO_DEPOT): C,
    ("out_of_warranty", L.LOANER_OUT): N,
    ("out_of_warranty", L.LOANER_BACK): N,
    ("excluded", L.CUSTOMER_TO_DEPOT): C,
    ("excluded", L.DEPOT_TO_CUSTOMER): C,
    ("excluded", L.DEPOT_TO_VENDOR): C,
    ("excluded", L.VENDOR_TO_DEPOT): C,
    ("excluded", L.LOANER_OUT): N,
    ("excluded", L.LOANER_BACK): N,
}


def test_expected_table_is_complete():
    assert set(EXPECTED) == set(itertools.product(COVERAGES, LegKind))


@pytest.mark.parametrize(("coverage", "leg"), sorted(EXPECTED))
def test_default_payer(coverage, leg):
    assert payer_for(DEFAULT_RULES, coverage, leg) is EXPECTED[(coverage, leg)]
    assert payer_for(DEFAULT_RULES, coverage, leg.value) is EXPECTED[(coverage, leg)]


def test_defaults_pass_their_own_validator():
    assert validate_rules(DEFAULT_RULES) == {
        c: {leg.value: EXPECTED[(c, leg)].value for leg in LegKind} for c in COVERAGES
    }


def test_unknown_leg_or_coverage_is_refused():
    with pytest.raises(ValidationError, match="Unknown shipping leg"):
        payer_for(DEFAULT_RULES, "warranty", "teleport")
    with pytest.raises(ValidationError, match="Unknown coverage"):
        payer_for(DEFAULT_RULES, "lifetime", L.LOANER_OUT)


def test_a_hole_in_a_stored_table_is_named_not_guessed():
    broken = validate_rules(DEFAULT_RULES)
    del broken["warranty"]["loaner_out"]
    with pytest.raises(ValidationError, match="no valid entry for loaner out"):
        payer_for(broken, "warranty", L.LOANER_OUT)


def _rules() -> dict:
    return copy.deepcopy(validate_rules(DEFAULT_RULES))


@pytest.mark.parametrize(("coverage", "leg"), sorted(EXPECTED))
def test_every_cell_must_have_exactly_one_payer(coverage, leg):
    missing = _rules()
    del missing[coverage][leg.value]
    with pytest.raises(ValidationError, match="Choose who pays"):
        validate_rules(missing)
    for bad in ("", "both", ["customer", "depot"], None, 3):
        table = _rules()
        table[coverage][leg.value] = bad
        with pytest.raises(ValidationError):
            validate_rules(table)
    swapped = _rules()
    other = D if EXPECTED[(coverage, leg)] is C else C
    swapped[coverage][leg.value] = other.value
    assert validate_rules(swapped)[coverage][leg.value] == other.value


@pytest.mark.parametrize("leg", [leg for leg in LegKind if leg not in LOANER_LEGS])
def test_only_loaner_legs_may_be_not_applicable(leg):
    table = _rules()
    table["warranty"][leg.value] = "none"
    with pytest.raises(ValidationError, match="only loaner legs"):
        validate_rules(table)


def test_table_shape_is_checked():
    with pytest.raises(ValidationError):
        validate_rules(["customer"])
    no_row = _rules()
    del no_row["excluded"]
    with pytest.raises(ValidationError, match="no row for units excluded from warranty"):
        validate_rules(no_row)
    extra = _rules()
    extra["lifetime"] = dict(extra["warranty"])
    with pytest.raises(ValidationError, match="unknown coverage: lifetime"):
        validate_rules(extra)
    extra_leg = _rules()
    extra_leg["doa"]["drone"] = "depot"
    with pytest.raises(ValidationError, match="unknown legs: drone"):
        validate_rules(extra_leg)
