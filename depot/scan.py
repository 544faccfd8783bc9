"""What did the scanner just type? One pure function, `parse_scan`, decides.

A keyboard-wedge scanner types into whatever field has focus and ends with
Enter, so the scan router sees only text. This module turns that text into a
`Scan` that says *what kind* of code it is (our RMA, handover, badge, loaner
or part number; a GS1 barcode; a supplier's GTIN; or a unit's serial) and the
normalised value to look up. It touches no database and no Qt, so every rule
is tested exhaustively without a screen, and the router only has to look up
`scan.value` in the table named by `scan.kind`.

Malformed input is refused with `ScanError` rather than guessed at: a wrong
check digit or a stray character means a misread (or a mistyped code), and
treating it as a serial would open a "register unit" form for a unit that
does not exist. Every message is written for the person at the intake desk.

Why the order of the checks matters:

- Our own numbers are recognised by prefix. A scan that starts with a prefix
  but does not fit its pattern is refused, never demoted to a serial: a
  damaged RMA label must not register a phantom unit called "RMA-2611-0004".
- Only digit strings of GTIN length (8, 12, 13, 14) are read as product codes
  and have their check digit verified; serial numbers are often all digits
  too, and every other length stays a serial.
- GS1 element strings are recognised only by an unambiguous marker: HRI
  parentheses, the group separator (GS, ASCII 29, what scanners send for
  FNC1) or a GS1 symbology identifier (``]C1``, ``]d2``, ``]Q3``, ...). Raw
  GS1 data without any marker cannot be told apart from a serial and is read
  as one. Parsing is left to `biip`, which knows every Application Identifier.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from biip import ParseError
from biip.checksums import gs1_standard_check_digit
from biip.gs1_element_strings import GS1ElementString, GS1ElementStrings
from biip.gs1_messages import GS1Message
from biip.gtin import Gtin
from biip.symbology import GS1Symbology, SymbologyIdentifier

from depot.errors import ScanError
from depot.i18n import QT_TRANSLATE_NOOP, translate

__all__ = [
    "BADGE_PREFIX",
    "GROUP_SEPARATOR",
    "GTIN_LENGTHS",
    "HANDOVER_PREFIX",
    "LOANER_PREFIX",
    "MAX_SCAN_LENGTH",
    "MAX_SERIAL_LENGTH",
    "PART_PREFIX",
    "RMA_PREFIX",
    "Scan",
    "ScanKind",
    "format_handover_number",
    "format_rma_number",
    "parse_scan",
]

RMA_PREFIX = "RMA-"
"""Prefix of our RMA numbers, e.g. ``RMA-2611-00042``."""

HANDOVER_PREFIX = "HO-"
"""Prefix of our handover numbers, e.g. ``HO-2611-00042``."""

BADGE_PREFIX = "BDG-"
"""Prefix of an operator badge, e.g. ``BDG-0042``."""

LOANER_PREFIX = "LN-"
"""Prefix of a loaner asset tag, e.g. ``LN-17`` or ``LN-LAPTOP-03``."""

PART_PREFIX = "P-"
"""Prefix of our internal part numbers, e.g. ``P-PSU-450.2``."""

MAX_SCAN_LENGTH = 120
"""No code we read is longer; anything longer is a stuck key or a pasted text."""

MAX_SERIAL_LENGTH = 40
"""The longest serial number we accept (and store)."""

GTIN_LENGTHS = frozenset({8, 12, 13, 14})
"""Digit counts of EAN-8, UPC-A, EAN-13 and GTIN-14; only these are product codes."""

GROUP_SEPARATOR = "\x1d"
"""ASCII 29, what a scanner types for FNC1 between variable-length GS1 fields."""

_SERIAL_ALPHABET = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-./_")
# GS1 data may use any visible ASCII character (the GS1 "CSET 82" and more),
# so a GS1 scan is checked against this wider set instead.
_GS1_ALPHABET = frozenset(chr(c) for c in range(0x21, 0x7F)) | {GROUP_SEPARATOR}

_YYMM = r"\d{2}(?:0[1-9]|1[0-2])"
_RMA_RE = re.compile(rf"{re.escape(RMA_PREFIX)}{_YYMM}-\d{{5,}}")
_HANDOVER_RE = re.compile(rf"{re.escape(HANDOVER_PREFIX)}{_YYMM}-\d{{5,}}")
_BADGE_RE = re.compile(rf"{re.escape(BADGE_PREFIX)}[A-Z0-9]{{3,20}}")
_LOANER_RE = re.compile(rf"{re.escape(LOANER_PREFIX)}[A-Z0-9-]{{1,20}}")
_PART_RE = re.compile(rf"{re.escape(PART_PREFIX)}[A-Z0-9./-]{{1,30}}")
_YYMM_RE = re.compile(_YYMM)
# The HRI form must be nothing but "(AI)data" pairs. biip's HRI parser skips
# anything it does not recognise, so we check the whole shape first: a
# trailing "(ZZ)" must be refused, not silently dropped.
_HRI_RE = re.compile(r"(?:\(\d{2,4}\)[^()]+)+")
_SYMBOLOGY_RE = re.compile(r"\][A-Za-z]")
# Whitespace around the scan is dropped, but not the ASCII separators
# U+001C-U+001F that Python also counts as whitespace: a trailing GS is how a
# raw GS1 scan can end, and it must still mark the scan as GS1.
_EDGE_WHITESPACE = re.compile(r"\A[^\S\x1c-\x1f]+|[^\S\x1c-\x1f]+\Z")


class ScanKind(StrEnum):
    """What a scan names, i.e. where the router looks `Scan.value` up."""

    RMA = "rma"
    HANDOVER = "handover"
    BADGE = "badge"
    LOANER = "loaner"
    PART = "part"
    """Our part number (``P-…``) or a supplier's GTIN/EAN/UPC product code."""
    GS1 = "gs1"
    """A GS1 element string; carries a GTIN and/or a serial."""
    SERIAL = "serial"


@dataclass(frozen=True, slots=True)
class Scan:
    """A classified scan.

    `value` is what to look up: the upper-cased number for our own codes and
    serials, the digits as scanned for a GTIN, and for GS1 the serial from
    AI (21) if present, else the GTIN from AI (01).

    `gtin` is always the 14-digit form, so the same product scanned from an
    EAN-13 label and from a GS1 DataMatrix compares equal. `serial` is set for
    serials and GS1 scans that carry AI (21); it is upper-cased like every
    serial we store. `raw` is exactly what the scanner typed, for the log.
    """

    kind: ScanKind
    value: str
    raw: str
    gtin: str | None = None
    serial: str | None = None


def format_rma_number(yymm: str, seq: int) -> str:
    """Format an RMA number, e.g. ``format_rma_number("2611", 42) == "RMA-2611-00042"``.

    Everything that prints or stores an RMA number goes through here, so the
    numbers on labels are exactly the ones `parse_scan` accepts back.
    Raises `ValueError` for a bad year-month or sequence: that is a bug in the
    caller, not something a person at the desk can fix.
    """
    return _format_number(RMA_PREFIX, yymm, seq)


def format_handover_number(yymm: str, seq: int) -> str:
    """Format a handover number, e.g. ``format_handover_number("2611", 42) == "HO-2611-00042"``.

    Same rules as `format_rma_number`.
    """
    return _format_number(HANDOVER_PREFIX, yymm, seq)


def _format_number(prefix: str, yymm: str, seq: int) -> str:
    if not isinstance(yymm, str) or not yymm.isascii() or not _YYMM_RE.fullmatch(yymm):
        raise ValueError(f"yymm must be four digits YYMM with month 01-12, got {yymm!r}")
    if isinstance(seq, bool) or not isinstance(seq, int) or seq < 0:
        raise ValueError(f"seq must be a non-negative integer, got {seq!r}")
    number = f"{prefix}{yymm}-{seq:05d}"
    if len(number) > MAX_SCAN_LENGTH:
        raise ValueError(f"seq {seq} makes a number longer than {MAX_SCAN_LENGTH} characters")
    return number


def parse_scan(text: str) -> Scan:
    """Classify what the scanner typed, or refuse it with a `ScanError`.

    Surrounding whitespace (including the scanner's trailing CR/LF or Tab) is
    dropped and our own numbers are upper-cased, because a wedge scanner with
    Caps Lock on, or a person typing a number by hand, must reach the same
    record. Prefixes are therefore case-insensitive. A GS (ASCII 29) at either
    end is kept: it marks a raw GS1 scan.

    Raises `ScanError` with "Nothing was scanned." for empty input, and
    otherwise a message starting "Scan refused: " that names the problem: the
    length and the limit, the control character or first bad character
    (as U+XXXX and its name), the check digit expected, or the pattern an RMA,
    handover, badge, loaner or part number must follow.
    """
    body = _EDGE_WHITESPACE.sub("", text)
    if not body.strip(GROUP_SEPARATOR):
        raise ScanError(translate("Scan", "Nothing was scanned."))
    if len(body) > MAX_SCAN_LENGTH:
        raise ScanError(
            translate(
                "Scan",
                "Scan refused: it is {length} characters long; no barcode we read is "
                "longer than {limit}. Clear the field and scan again.",
            ).format(length=len(body), limit=MAX_SCAN_LENGTH)
        )
    for char in body:
        if char != GROUP_SEPARATOR and unicodedata.category(char) == "Cc":
            raise ScanError(
                translate(
                    "Scan",
                    "Scan refused: it contains a control character ({char}). "
                    "Check the scanner's settings and scan again.",
                ).format(char=_codepoint(char))
            )

    symbology: SymbologyIdentifier | None = None
    if body.startswith("]"):
        symbology, body = _split_symbology(body)

    gs1_symbology = symbology is not None and (
        symbology.gs1_symbology in GS1Symbology.with_gs1_messages()
    )
    if gs1_symbology or GROUP_SEPARATOR in body or body.startswith("("):
        return _parse_gs1(body, text)
    # A non-GS1 symbology identifier (]C0 Code 128, ]E0 EAN-13, ]Q1 QR, ...)
    # only says how the data was encoded: the data itself is read as usual,
    # so a scanner with AIM identifiers switched on still reads our labels.
    return _parse_plain(body, text)


def _split_symbology(body: str) -> tuple[SymbologyIdentifier, str]:
    """Separate an AIM symbology identifier (``]C1``) from the data after it."""
    try:
        if not _SYMBOLOGY_RE.match(body):
            raise ParseError("no code character")
        symbology = SymbologyIdentifier.extract(body)
    except (ParseError, ValueError, IndexError) as exc:
        # biip reports a short or unknown identifier with IndexError/ValueError
        # as well as ParseError; all mean the same thing to the operator.
        raise ScanError(
            translate(
                "Scan",
                "Scan refused: \"{code}\" starts with ']' but not with a symbology "
                "identifier such as ]C1. Check the scanner's settings and scan again.",
            ).format(code=_shown(body))
        ) from exc
    data = body[len(symbology) :]
    if not data.strip(GROUP_SEPARATOR):
        raise ScanError(
            translate(
                "Scan",
                "Scan refused: the scanner sent only its symbology identifier "
                "{identifier} and no data. Scan again.",
            ).format(identifier=symbology.value)
        )
    return symbology, data


# What each of our numbers is called and the pattern it must follow, shown
# when a scan has the prefix but not the shape. Marked for extraction here,
# translated when the refusal is raised.
_OWN_NUMBERS: tuple[tuple[str, re.Pattern[str], ScanKind, tuple[str, str]], ...] = (
    (
        RMA_PREFIX,
        _RMA_RE,
        ScanKind.RMA,
        (
            QT_TRANSLATE_NOOP("Scan", "an RMA number"),
            QT_TRANSLATE_NOOP(
                "Scan",
                "RMA numbers look like RMA-2611-00042 (year, month 01-12, "
                "then at least five digits)",
            ),
        ),
    ),
    (
        HANDOVER_PREFIX,
        _HANDOVER_RE,
        ScanKind.HANDOVER,
        (
            QT_TRANSLATE_NOOP("Scan", "a handover number"),
            QT_TRANSLATE_NOOP(
                "Scan",
                "handover numbers look like HO-2611-00042 (year, month 01-12, "
                "then at least five digits)",
            ),
        ),
    ),
    (
        BADGE_PREFIX,
        _BADGE_RE,
        ScanKind.BADGE,
        (
            QT_TRANSLATE_NOOP("Scan", "a badge"),
            QT_TRANSLATE_NOOP("Scan", "badges are BDG- followed by 3 to 20 letters or digits"),
        ),
    ),
    (
        LOANER_PREFIX,
        _LOANER_RE,
        ScanKind.LOANER,
        (
            QT_TRANSLATE_NOOP("Scan", "a loaner number"),
            QT_TRANSLATE_NOOP(
                "Scan", "loaner numbers are LN- followed by 1 to 20 letters, digits or dashes"
            ),
        ),
    ),
    (
        PART_PREFIX,
        _PART_RE,
        ScanKind.PART,
        (
            QT_TRANSLATE_NOOP("Scan", "a part number"),
            QT_TRANSLATE_NOOP(
                "Scan",
                "part numbers are P- followed by 1 to 30 letters, digits, dashes, dots or slashes",
            ),
        ),
    ),
)


def _parse_plain(body: str, raw: str) -> Scan:
    """Our own numbers, GTIN product codes and serials."""
    _check_characters(
        body, _SERIAL_ALPHABET, QT_TRANSLATE_NOOP("Scan", "a serial, part or RMA number")
    )
    code = body.upper()  # safe: the text is ASCII by now

    for prefix, pattern, kind, description in _OWN_NUMBERS:
        if code.startswith(prefix):
            if not pattern.fullmatch(code):
                raise ScanError(
                    translate(
                        "Scan", 'Scan refused: "{code}" looks like {what} but is not one: {rule}.'
                    ).format(
                        code=_shown(code),
                        what=translate("Scan", description[0]),
                        rule=translate("Scan", description[1]),
                    )
                )
            return Scan(kind=kind, value=code, raw=raw)

    if code.isdigit() and len(code) in GTIN_LENGTHS:
        return Scan(kind=ScanKind.PART, value=code, raw=raw, gtin=_parse_gtin(code))

    if len(code) > MAX_SERIAL_LENGTH:
        raise ScanError(
            translate(
                "Scan",
                'Scan refused: "{code}" is {length} characters long; a serial number '
                "has at most {limit}.",
            ).format(code=_shown(code), length=len(code), limit=MAX_SERIAL_LENGTH)
        )
    return Scan(kind=ScanKind.SERIAL, value=code, raw=raw, serial=code)


def _parse_gtin(digits: str) -> str:
    """Verify a GTIN's check digit; return its 14-digit form."""
    try:
        gtin = Gtin.parse(digits)
    except ParseError as exc:
        raise _check_digit_error(digits) from exc
    return gtin.as_gtin_14()


def _check_digit_error(digits: str) -> ScanError:
    expected = gs1_standard_check_digit(digits[:-1])
    if str(expected) == digits[-1]:  # pragma: no cover - biip refused for another reason
        return ScanError(
            translate(
                "Scan",
                "Scan refused: {digits} is not a valid product code (GTIN). "
                "Scan again, or type the number printed under the barcode.",
            ).format(digits=digits)
        )
    return ScanError(
        translate(
            "Scan",
            "Scan refused: the check digit of {digits} is wrong (expected {expected}). "
            "Scan again, or type the number printed under the barcode.",
        ).format(digits=digits, expected=expected)
    )


def _parse_gs1(body: str, raw: str) -> Scan:
    """GS1 element strings, in HRI ``(01)…(21)…`` or raw FNC1/GS form."""
    _check_characters(body, _GS1_ALPHABET, QT_TRANSLATE_NOOP("Scan", "a GS1 barcode"))
    try:
        if body.startswith("("):
            if not _HRI_RE.fullmatch(body):
                raise ParseError("not (AI)data pairs")
            message = GS1Message.parse_hri(body)
        else:
            message = GS1Message.parse(body)
    except ParseError as exc:
        # biip's own message names regular expressions; the operator needs
        # to know what to do instead. The detail stays on __cause__.
        raise ScanError(
            translate(
                "Scan",
                'Scan refused: "{code}" looks like a GS1 barcode but cannot be read. '
                "Scan it again, or type the serial number printed on the unit.",
            ).format(code=_shown(body))
        ) from exc

    elements = message.element_strings
    gtin_element = _element(elements, "01")
    serial_element = _element(elements, "21")

    gtin: str | None = None
    if gtin_element is not None:
        if gtin_element.gtin is None:
            raise _check_digit_error(gtin_element.value)
        gtin = gtin_element.value
    serial = serial_element.value.upper() if serial_element is not None else None

    value = serial or gtin
    if value is None:
        raise ScanError(
            translate(
                "Scan",
                "Scan refused: the GS1 barcode {code} carries neither a product "
                "number (01) nor a serial number (21), so there is nothing to look up. "
                "Scan another barcode on the label.",
            ).format(code=message.as_hri())
        )
    return Scan(kind=ScanKind.GS1, value=value, raw=raw, gtin=gtin, serial=serial)


def _element(elements: GS1ElementStrings, ai: str) -> GS1ElementString | None:
    """The first element string with exactly this AI (biip's `get` matches prefixes)."""
    return next((es for es in elements if es.ai.ai == ai), None)


def _check_characters(body: str, allowed: frozenset[str], what: str) -> None:
    """Refuse the first character not in `allowed`; `what` is marked in context "Scan"."""
    for char in body:
        if char not in allowed:
            raise ScanError(
                translate(
                    "Scan",
                    'Scan refused: "{code}" contains {char}, which '
                    "{what} never contains. Scan again or type the number by hand.",
                ).format(code=_shown(body), char=_describe(char), what=translate("Scan", what))
            )


def _codepoint(char: str) -> str:
    return f"U+{ord(char):04X}"


def _describe(char: str) -> str:
    """Name a character so it can be recognised even when it is invisible."""
    name = unicodedata.name(char, "")
    code = f"{_codepoint(char)} {name}" if name else _codepoint(char)
    if char.isprintable() and not char.isspace():
        return f"'{char}' ({code})"
    return code


def _shown(text: str, limit: int = 40) -> str:
    """The scan as it can be shown in a message: GS made visible, long text cut."""
    shown = text.replace(GROUP_SEPARATOR, "<GS>")
    return shown if len(shown) <= limit else shown[:limit] + "…"
