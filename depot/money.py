"""Money as exact integer minor units (fen / cents).

One currency per installation. Nothing that stores or sums money ever holds a
float: amounts are `int` minor units, parsed from text with `Decimal` and
formatted by the one function below, so every screen and sheet agrees.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from depot.errors import ValidationError
from depot.i18n import translate

#: minor units per major unit for the supported currencies
MINOR_UNITS = {"CNY": 100, "USD": 100, "EUR": 100, "JPY": 1}
SYMBOLS = {"CNY": "¥", "USD": "$", "EUR": "€", "JPY": "¥"}
#: one hundred million in major units: larger amounts are typing mistakes
MAX_MAJOR = 100_000_000


def _scale(currency: str) -> int:
    try:
        return MINOR_UNITS[currency]
    except KeyError:
        raise ValidationError(
            translate("Errors", "Unknown currency {currency!r}.").format(currency=currency)
        ) from None


def format_money(minor: int, currency: str = "CNY", *, symbol: bool = False) -> str:
    """`125000` → `"1,250.00"` (or `"¥1,250.00"` with `symbol=True`).

    Negative amounts (refunds) get a leading minus sign.
    """
    if not isinstance(minor, int) or isinstance(minor, bool):
        raise TypeError(f"money must be int minor units, got {type(minor).__name__}")
    scale = _scale(currency)
    sign = "-" if minor < 0 else ""
    major, rest = divmod(abs(minor), scale)
    digits = len(str(scale)) - 1
    text = f"{major:,}" + (f".{rest:0{digits}d}" if digits else "")
    return f"{sign}{SYMBOLS.get(currency, '') if symbol else ''}{text}"


def parse_money(text: str | int | Decimal, currency: str = "CNY") -> int:
    """Parse what a person typed (`"1,250.5"`, `"¥ 12"`) into minor units.

    Refuses more decimals than the currency has, and absurd amounts.
    """
    scale = _scale(currency)
    if isinstance(text, int) and not isinstance(text, bool):
        value = Decimal(text)
    else:
        cleaned = str(text).strip().replace(",", "").replace(" ", "")
        for sym in set(SYMBOLS.values()):
            cleaned = cleaned.replace(sym, "")
        if not cleaned:
            raise ValidationError(translate("Errors", "Enter an amount."))
        try:
            value = Decimal(cleaned)
        except InvalidOperation:
            raise ValidationError(
                translate("Errors", "{text!r} is not an amount.").format(text=text)
            ) from None
    if not value.is_finite():
        raise ValidationError(translate("Errors", "{text!r} is not an amount.").format(text=text))
    minor = value * scale
    if minor != minor.to_integral_value():
        raise ValidationError(
            translate("Errors", "{text!r} has more decimals than {currency} allows.").format(
                text=text, currency=currency)
        )
    if abs(value) > MAX_MAJOR:
        raise ValidationError(
            translate("Errors", "{text!r} is not a plausible amount.").format(text=text))
    return int(minor.to_integral_value(rounding=ROUND_HALF_UP))


def require_non_negative(minor: int, what: str | None = None) -> int:
    """Guard for costs and prices: an int, never below zero.

    `what` names the amount in messages, translated by the caller; default "Amount".
    """
    if what is None:
        what = translate("Errors", "Amount")
    if not isinstance(minor, int) or isinstance(minor, bool):
        raise ValidationError(
            translate("Errors", "{what} must be a whole number of minor units.").format(what=what))
    if minor < 0:
        raise ValidationError(translate("Errors", "{what} cannot be negative.").format(what=what))
    if minor > MAX_MAJOR * 100:
        raise ValidationError(translate("Errors", "{what} is not plausible.").format(what=what))
    return minor
