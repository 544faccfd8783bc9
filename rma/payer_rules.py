"""Who pays each shipping leg: the rule table (DOMAIN §5), as pure functions.

The argument at the counter is always "why am I paying for the courier?", so
the answer comes from a table, not from whoever is at the desk. Defaults
(001 问题处理 §三 "保修期内的物流费以谁发谁出…过保的产品所有费用由客户承担"):

| coverage                  | cust→depot | depot→cust | depot⇄vendor | loaner out | loaner back |
|---------------------------|------------|------------|--------------|------------|-------------|
| doa, warranty             | customer   | depot      | depot        | depot      | customer    |
| out_of_warranty, excluded | customer   | customer   | customer     | —          | —           |

"—" is `Payer.NONE`: the rule does not apply because there is no loaner for
a chargeable unit; a leg of that kind is refused unless a manager overrides
both the loan and the payer. Only the loaner legs may be "—": every unit that
moves costs someone, so an inbound or outbound leg always has a payer.

The table is a business setting (a manager edits it, audited). It is stored
as plain JSON, `{coverage: {leg: payer}}`, and `validate_rules` checks that
every coverage × leg has exactly one payer before it is saved. No database
here: the table is tested exhaustively on its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import Any, Final

from depot.errors import ValidationError
from depot.i18n import QT_TRANSLATE_NOOP, translate

__all__ = [
    "COVERAGES",
    "DEFAULT_RULES",
    "LOANER_LEGS",
    "LegKind",
    "Payer",
    "Rules",
    "coverage_label",
    "leg_label",
    "payer_for",
    "payer_label",
    "validate_rules",
]


class LegKind(StrEnum):
    """Direction of one shipping leg (the stored value)."""

    CUSTOMER_TO_DEPOT = "customer_to_depot"
    DEPOT_TO_CUSTOMER = "depot_to_customer"
    DEPOT_TO_VENDOR = "depot_to_vendor"
    VENDOR_TO_DEPOT = "vendor_to_depot"
    LOANER_OUT = "loaner_out"
    LOANER_BACK = "loaner_back"


class Payer(StrEnum):
    """Who bears a leg's cost; NONE is the table's "—" (the leg does not apply)."""

    CUSTOMER = "customer"
    DEPOT = "depot"
    NONE = "none"


#: coverage outcomes of the warranty engine, in the order the table shows them
COVERAGES: Final[tuple[str, ...]] = ("doa", "warranty", "out_of_warranty", "excluded")

#: legs that move a loaner; only these may have no payer ("—")
LOANER_LEGS: Final[frozenset[LegKind]] = frozenset({LegKind.LOANER_OUT, LegKind.LOANER_BACK})

Rules = Mapping[str, Mapping[str, str]]

_C, _D, _N = Payer.CUSTOMER.value, Payer.DEPOT.value, Payer.NONE.value
_IN_WARRANTY: Final = {
    LegKind.CUSTOMER_TO_DEPOT.value: _C,  # sender pays
    LegKind.DEPOT_TO_CUSTOMER.value: _D,  # sender pays
    LegKind.DEPOT_TO_VENDOR.value: _D,
    LegKind.VENDOR_TO_DEPOT.value: _D,
    LegKind.LOANER_OUT.value: _D,
    LegKind.LOANER_BACK.value: _C,
}
_CHARGEABLE: Final = {
    LegKind.CUSTOMER_TO_DEPOT.value: _C,
    LegKind.DEPOT_TO_CUSTOMER.value: _C,
    LegKind.DEPOT_TO_VENDOR.value: _C,
    LegKind.VENDOR_TO_DEPOT.value: _C,
    LegKind.LOANER_OUT.value: _N,  # no loaner for a chargeable unit
    LegKind.LOANER_BACK.value: _N,
}

DEFAULT_RULES: Final[Rules] = MappingProxyType({
    "doa": MappingProxyType(dict(_IN_WARRANTY)),
    "warranty": MappingProxyType(dict(_IN_WARRANTY)),
    "out_of_warranty": MappingProxyType(dict(_CHARGEABLE)),
    "excluded": MappingProxyType(dict(_CHARGEABLE)),
})
"""DOMAIN §5 exactly; `shipping.PAYER_RULES_SETTING` stores a plain-dict copy."""


_LEG_LABELS: Final[Mapping[str, str]] = {
    LegKind.CUSTOMER_TO_DEPOT: QT_TRANSLATE_NOOP("Shipping", "customer → depot"),
    LegKind.DEPOT_TO_CUSTOMER: QT_TRANSLATE_NOOP("Shipping", "depot → customer"),
    LegKind.DEPOT_TO_VENDOR: QT_TRANSLATE_NOOP("Shipping", "depot → vendor"),
    LegKind.VENDOR_TO_DEPOT: QT_TRANSLATE_NOOP("Shipping", "vendor → depot"),
    LegKind.LOANER_OUT: QT_TRANSLATE_NOOP("Shipping", "loaner out"),
    LegKind.LOANER_BACK: QT_TRANSLATE_NOOP("Shipping", "loaner back"),
}
_PAYER_LABELS: Final[Mapping[str, str]] = {
    Payer.CUSTOMER: QT_TRANSLATE_NOOP("Shipping", "customer"),
    Payer.DEPOT: QT_TRANSLATE_NOOP("Shipping", "depot"),
    Payer.NONE: QT_TRANSLATE_NOOP("Shipping", "— (not applicable)"),
}
_COVERAGE_LABELS: Final[Mapping[str, str]] = {
    "doa": QT_TRANSLATE_NOOP("Shipping", "dead on arrival"),
    "warranty": QT_TRANSLATE_NOOP("Shipping", "in warranty"),
    "out_of_warranty": QT_TRANSLATE_NOOP("Shipping", "out of warranty"),
    "excluded": QT_TRANSLATE_NOOP("Shipping", "excluded from warranty"),
}


def leg_label(leg: str) -> str:
    """`loaner_out` → "loaner out", translated (screens, reports, messages)."""
    return translate("Shipping", _LEG_LABELS.get(leg, leg))


def payer_label(payer: str) -> str:
    return translate("Shipping", _PAYER_LABELS.get(payer, payer))


def coverage_label(coverage: str) -> str:
    return translate("Shipping", _COVERAGE_LABELS.get(coverage, coverage))


def _leg(value: Any) -> LegKind:
    try:
        return LegKind(value)
    except ValueError:
        raise ValidationError(
            translate("Errors", "Unknown shipping leg {leg}.").format(leg=value)
        ) from None


def payer_for(rules: Rules, coverage: str, leg: LegKind | str) -> Payer:
    """The payer the table gives a leg of an RMA with `coverage`.

    `Payer.NONE` means the table has "—" for it (a loaner leg of a chargeable
    unit); the caller refuses such a leg unless a manager overrides.
    """
    kind = _leg(leg)
    if coverage not in COVERAGES:
        raise ValidationError(
            translate("Errors", "Unknown coverage {coverage}.").format(coverage=coverage)
        )
    try:
        return Payer(rules[coverage][kind.value])
    except (KeyError, ValueError, TypeError):
        # a stored table is validated on save; a hole means someone edited the
        # database by hand: say so rather than guess who pays
        raise ValidationError(
            translate("Errors", "The payer table has no valid entry for {leg} of a unit "
                      "{coverage}: a manager must fix it in the settings.").format(
                leg=leg_label(kind), coverage=coverage_label(coverage))
        ) from None


def validate_rules(value: Any) -> dict[str, dict[str, str]]:
    """Check a whole table before it is stored; return it as plain dicts.

    Every coverage × leg must have exactly one payer: no coverage or leg
    missing, none unknown, every value customer or depot (or "none" for the
    loaner legs only). The message names the first cell that is wrong.
    """
    if not isinstance(value, Mapping):
        raise ValidationError(
            translate("Errors", "The payer table must give a payer for every coverage and leg.")
        )
    unknown = sorted(str(k) for k in value if k not in COVERAGES)
    if unknown:
        raise ValidationError(
            translate("Errors", "The payer table names unknown coverage: {names}.").format(
                names=", ".join(unknown))
        )
    clean: dict[str, dict[str, str]] = {}
    for coverage in COVERAGES:
        row = value.get(coverage)
        if not isinstance(row, Mapping):
            raise ValidationError(
                translate("Errors", "The payer table has no row for units {coverage}.").format(
                    coverage=coverage_label(coverage))
            )
        extra = sorted(str(k) for k in row if k not in {leg.value for leg in LegKind})
        if extra:
            raise ValidationError(
                translate("Errors", "The payer table names unknown legs: {names}.").format(
                    names=", ".join(extra))
            )
        clean_row: dict[str, str] = {}
        for leg in LegKind:
            payer = row.get(leg.value)
            allowed = {Payer.CUSTOMER, Payer.DEPOT}
            if leg in LOANER_LEGS:
                allowed.add(Payer.NONE)
            if not isinstance(payer, str) or payer not in {p.value for p in allowed}:
                if payer == Payer.NONE:
                    raise ValidationError(
                        translate("Errors", "{leg} of a unit {coverage} must be paid by the "
                                  "customer or the depot: only loaner legs may be "
                                  "“not applicable”.").format(
                            leg=leg_label(leg), coverage=coverage_label(coverage))
                    )
                raise ValidationError(
                    translate("Errors", "Choose who pays {leg} of a unit {coverage}: the "
                              "customer or the depot.").format(
                        leg=leg_label(leg), coverage=coverage_label(coverage))
                )
            clean_row[leg.value] = str(payer)
        clean[coverage] = clean_row
    return clean
