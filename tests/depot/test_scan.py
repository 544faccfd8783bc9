"""The scan classifier: every kind, every refusal, and properties over any text.

A misclassified scan opens the wrong record or registers a phantom unit, so
besides examples these tests throw arbitrary text at `parse_scan` and check
that it either classifies or refuses with a `ScanError`, never anything else.
"""

from __future__ import annotations

import dataclasses
import re
import string

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from depot import i18n
from depot.errors import DomainError, ScanError
from depot.scan import (
    BADGE_PREFIX,
    GROUP_SEPARATOR,
    GTIN_LENGTHS,
    HANDOVER_PREFIX,
    LOANER_PREFIX,
    MAX_SCAN_LENGTH,
    MAX_SERIAL_LENGTH,
    PART_PREFIX,
    RMA_PREFIX,
    Scan,
    ScanKind,
    format_handover_number,
    format_rma_number,
    parse_scan,
)

GS = GROUP_SEPARATOR
OWN_PREFIXES = (RMA_PREFIX, HANDOVER_PREFIX, BADGE_PREFIX, LOANER_PREFIX, PART_PREFIX)


def check_digit(payload: str) -> int:
    """GS1 mod-10 check digit, written out here so the test does not trust biip."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(payload)))
    return (10 - total % 10) % 10


def with_check_digit(payload: str) -> str:
    return payload + str(check_digit(payload))


def refused(text: str) -> str:
    """The message `parse_scan` refuses `text` with (fails if it is accepted)."""
    with pytest.raises(ScanError) as info:
        parse_scan(text)
    return str(info.value)


# --------------------------------------------------------------------------- kinds


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("RMA-2611-00042", ScanKind.RMA, "RMA-2611-00042"),
        ("RMA-0001-00000", ScanKind.RMA, "RMA-0001-00000"),
        ("RMA-9912-1234567", ScanKind.RMA, "RMA-9912-1234567"),
        ("HO-2611-00042", ScanKind.HANDOVER, "HO-2611-00042"),
        ("BDG-007", ScanKind.BADGE, "BDG-007"),
        ("BDG-" + "A1" * 10, ScanKind.BADGE, "BDG-" + "A1" * 10),
        ("LN-1", ScanKind.LOANER, "LN-1"),
        ("LN-LAPTOP-03", ScanKind.LOANER, "LN-LAPTOP-03"),
        ("P-PSU-450.2/B", ScanKind.PART, "P-PSU-450.2/B"),
        ("P-X", ScanKind.PART, "P-X"),
        ("SN123456", ScanKind.SERIAL, "SN123456"),
        ("C02XK1ABJG5J", ScanKind.SERIAL, "C02XK1ABJG5J"),
        ("A", ScanKind.SERIAL, "A"),
        ("AB-12./_X", ScanKind.SERIAL, "AB-12./_X"),
        ("X" * MAX_SERIAL_LENGTH, ScanKind.SERIAL, "X" * MAX_SERIAL_LENGTH),
        # Digits of a non-GTIN length are serials: no check digit is verified.
        ("1234567", ScanKind.SERIAL, "1234567"),
        ("123456789", ScanKind.SERIAL, "123456789"),
        ("12345678901", ScanKind.SERIAL, "12345678901"),
        ("123456789012345", ScanKind.SERIAL, "123456789012345"),
        # Looks a bit like a prefix but is not one: the dash is part of the prefix.
        ("RMA2611", ScanKind.SERIAL, "RMA2611"),
        ("HOX-1", ScanKind.SERIAL, "HOX-1"),
        ("PX-100", ScanKind.SERIAL, "PX-100"),
        ("LN1", ScanKind.SERIAL, "LN1"),
        ("BDG123", ScanKind.SERIAL, "BDG123"),
    ],
)
def test_classifies_each_kind(text: str, kind: ScanKind, value: str) -> None:
    scan = parse_scan(text)
    assert scan.kind is kind
    assert scan.value == value
    assert scan.raw == text


def test_own_numbers_carry_no_gtin_or_serial() -> None:
    assert parse_scan("RMA-2611-00042") == Scan(
        kind=ScanKind.RMA, value="RMA-2611-00042", raw="RMA-2611-00042"
    )


def test_serial_sets_serial_field() -> None:
    scan = parse_scan("sn-77")
    assert scan == Scan(kind=ScanKind.SERIAL, value="SN-77", raw="sn-77", serial="SN-77")


@pytest.mark.parametrize(
    ("digits", "gtin14"),
    [
        ("96385074", "00000096385074"),  # EAN-8
        ("036000291452", "00036000291452"),  # UPC-A
        ("4006381333931", "04006381333931"),  # EAN-13
        ("09506000134352", "09506000134352"),  # GTIN-14
        ("10614141000415", "10614141000415"),  # GTIN-14, packaging level 1
    ],
)
def test_valid_gtin_is_a_part(digits: str, gtin14: str) -> None:
    scan = parse_scan(digits)
    assert scan == Scan(kind=ScanKind.PART, value=digits, raw=digits, gtin=gtin14)


def test_same_product_from_ean13_and_gs1_has_same_gtin() -> None:
    assert parse_scan("9506000134352").gtin == parse_scan("(01)09506000134352").gtin


def test_scan_is_frozen() -> None:
    scan = parse_scan("SN1")
    with pytest.raises(dataclasses.FrozenInstanceError):
        scan.value = "SN2"  # type: ignore[misc]


def test_scan_kind_is_a_str_enum() -> None:
    assert ScanKind.RMA == "rma"
    assert {k.name for k in ScanKind} == {
        "RMA",
        "HANDOVER",
        "BADGE",
        "LOANER",
        "PART",
        "GS1",
        "SERIAL",
    }


def test_scan_error_is_a_domain_error() -> None:
    with pytest.raises(DomainError):
        parse_scan("")


# ------------------------------------------------------------------- normalisation


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("rma-2611-00042", "RMA-2611-00042"),
        ("Rma-2611-00042\r\n", "RMA-2611-00042"),
        ("  ho-2611-00042  ", "HO-2611-00042"),
        ("bdg-ab3\n", "BDG-AB3"),
        ("\tln-laptop-3\r", "LN-LAPTOP-3"),
        ("p-psu-450.2\r\n", "P-PSU-450.2"),
        ("c02xk1abjg5j\r\n", "C02XK1ABJG5J"),
        ("4006381333931\n", "4006381333931"),
    ],
)
def test_normalises_case_and_surrounding_whitespace(text: str, value: str) -> None:
    scan = parse_scan(text)
    assert scan.value == value
    assert scan.raw == text  # kept exactly as typed, for the log


# ----------------------------------------------------------------------------- GS1


@pytest.mark.parametrize(
    "text",
    [
        "(01)09506000134352(21)ABC123",
        "(01)09506000134352(10)LOT7(21)ABC123",
        "(01)09506000134352(17)261130(21)abc123",
        "(21)ABC123(01)09506000134352",
        f"0109506000134352{GS}21ABC123",
        f"0109506000134352{GS}21ABC123{GS}",
        f"0109506000134352{GS}21ABC123\r\n",
        f"{GS}0109506000134352{GS}21ABC123",
        f"]C1{GS}0109506000134352{GS}21ABC123",
        f"010950600013435210LOT7{GS}21ABC123",
        "]C10109506000134352" + "21ABC123",
        f"]C1010950600013435210LOT7{GS}21ABC123",
        "]d20109506000134352" + "21ABC123",
        "]Q30109506000134352" + "21ABC123",
        "]e00109506000134352" + "21ABC123",
        "]Q3(01)09506000134352(21)ABC123",
    ],
)
def test_gs1_with_gtin_and_serial(text: str) -> None:
    scan = parse_scan(text)
    assert scan.kind is ScanKind.GS1
    assert scan.gtin == "09506000134352"
    assert scan.serial == "ABC123"
    assert scan.value == "ABC123"  # the serial is what identifies the unit
    assert scan.raw == text


@pytest.mark.parametrize(
    "text",
    [
        "(01)09506000134352",
        "]d20109506000134352",
        f"0109506000134352{GS}",
        "(01)09506000134352(10)L1",
    ],
)
def test_gs1_without_serial_is_looked_up_by_gtin(text: str) -> None:
    scan = parse_scan(text)
    assert scan.kind is ScanKind.GS1
    assert scan.value == scan.gtin == "09506000134352"
    assert scan.serial is None


def test_gs1_serial_only() -> None:
    scan = parse_scan("(21)sn-9")
    assert (scan.kind, scan.value, scan.gtin, scan.serial) == (ScanKind.GS1, "SN-9", None, "SN-9")


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("]C0RMA-2611-00042", ScanKind.RMA, "RMA-2611-00042"),
        ("]A0BDG-ABC", ScanKind.BADGE, "BDG-ABC"),
        ("]Q1sn123", ScanKind.SERIAL, "SN123"),
        ("]E04006381333931", ScanKind.PART, "4006381333931"),
        ("]E496385074", ScanKind.PART, "96385074"),
        ("]I110614141000415", ScanKind.PART, "10614141000415"),
    ],
)
def test_non_gs1_symbology_identifier_is_stripped(text: str, kind: ScanKind, value: str) -> None:
    scan = parse_scan(text)
    assert (scan.kind, scan.value, scan.raw) == (kind, value, text)


# -------------------------------------------------------------------------- refusals


@pytest.mark.parametrize("text", ["", " ", "\r\n", "\t \n", GS, f" {GS}\r\n"])
def test_refuses_nothing(text: str) -> None:
    assert refused(text) == "Nothing was scanned."


def test_refuses_overlong_input() -> None:
    message = refused("A" * (MAX_SCAN_LENGTH + 1))
    assert message.startswith("Scan refused: it is 121 characters long;")
    assert "longer than 120" in message


def test_limit_applies_after_stripping() -> None:
    assert (
        parse_scan("   " + "RMA-2611-" + "1" * (MAX_SCAN_LENGTH - 9) + "\r\n").kind is ScanKind.RMA
    )


def test_refuses_overlong_serial() -> None:
    message = refused("S" * (MAX_SERIAL_LENGTH + 1))
    assert "is 41 characters long; a serial number has at most 40." in message
    # The echo is cut short rather than filling the dialog.
    assert "S" * 41 not in message


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("AB\x07CD", "U+0007"),
        ("\x1cSN1", "U+001C"),
        (f"SN1\x1e{GS}", "U+001E"),
        ("AB\x00", "U+0000"),
        ("\x1b[A", "U+001B"),
        ("SN\r\n12", "U+000D"),
        ("SN\x7f", "U+007F"),
        ("\x85SN1\x85x", "U+0085"),
        (f"(01)09506000134352\x0721ABC{GS}", "U+0007"),
    ],
)
def test_refuses_control_characters(text: str, code: str) -> None:
    message = refused(text)
    assert message.startswith(f"Scan refused: it contains a control character ({code}).")


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("SN 123", "U+0020 SPACE"),
        ("SN#123", "'#' (U+0023 NUMBER SIGN)"),
        ("café", "'é' (U+00E9 LATIN SMALL LETTER E WITH ACUTE)"),
        ("序列号123", "'序' (U+5E8F CJK UNIFIED IDEOGRAPH-5E8F)"),
        ("１２３", "'１' (U+FF11 FULLWIDTH DIGIT ONE)"),
        ("SN\u200b1", "U+200B ZERO WIDTH SPACE"),
        ("SN\u3000X", "U+3000 IDEOGRAPHIC SPACE"),
        ("RMA-2611-0004€", "'€' (U+20AC EURO SIGN)"),
        ("SN(1)", "'(' (U+0028 LEFT PARENTHESIS)"),
        ("SN\ud800", "U+D800"),
    ],
)
def test_refuses_bad_characters_naming_the_first(text: str, named: str) -> None:
    message = refused(text)
    assert message.startswith(f'Scan refused: "{text}" contains {named}, which a serial')


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("(01)09506000134352(21)AB C", "U+0020 SPACE"),
        ("(21)序列", "'序' (U+5E8F"),
        (f"0109506000134352{GS}21ÄBC", "'Ä' (U+00C4"),
    ],
)
def test_refuses_bad_characters_in_gs1(text: str, named: str) -> None:
    message = refused(text)
    assert "contains " + named in message
    assert "which a GS1 barcode never contains" in message


@pytest.mark.parametrize(
    ("text", "kind", "rule"),
    [
        ("RMA-2613-00042", "an RMA number", "RMA numbers look like RMA-2611-00042"),
        ("RMA-2600-00042", "an RMA number", "RMA numbers look like"),
        ("rma-2611-0042", "an RMA number", "RMA numbers look like"),
        ("RMA-2611-00042X", "an RMA number", "RMA numbers look like"),
        ("RMA-261-00042", "an RMA number", "RMA numbers look like"),
        ("RMA-", "an RMA number", "RMA numbers look like"),
        ("HO-2611-042", "a handover number", "handover numbers look like HO-2611-00042"),
        ("HO-2699-00042", "a handover number", "handover numbers look like"),
        ("BDG-AB", "a badge", "badges are BDG- followed by 3 to 20 letters or digits"),
        ("BDG-A-BC", "a badge", "badges are"),
        ("BDG-" + "A" * 21, "a badge", "badges are"),
        ("LN-", "a loaner number", "loaner numbers are LN- followed by 1 to 20"),
        ("LN-A_B", "a loaner number", "loaner numbers are"),
        ("LN-" + "A" * 21, "a loaner number", "loaner numbers are"),
        ("P-", "a part number", "part numbers are P- followed by 1 to 30"),
        ("P-A_B", "a part number", "part numbers are"),
        ("P-" + "A" * 31, "a part number", "part numbers are"),
    ],
)
def test_refuses_malformed_own_numbers(text: str, kind: str, rule: str) -> None:
    message = refused(text)
    assert message.startswith(f'Scan refused: "{text.upper()}" looks like {kind} but is not one: ')
    assert rule in message


@pytest.mark.parametrize(
    ("digits", "expected"),
    [
        ("4006381333932", 1),
        ("96385075", 4),
        ("036000291453", 2),
        ("09506000134353", 2),
        ("00000000000001", 0),
    ],
)
def test_refuses_gtin_with_wrong_check_digit(digits: str, expected: int) -> None:
    message = refused(digits)
    assert message.startswith(
        f"Scan refused: the check digit of {digits} is wrong (expected {expected})."
    )


def test_spec_example_message() -> None:
    assert refused("4006381333932").startswith(
        "Scan refused: the check digit of 4006381333932 is wrong (expected 1)."
    )


@pytest.mark.parametrize(
    "text",
    [
        "(01)09506000134353(21)ABC123",
        f"0109506000134353{GS}21ABC123",
        "]d20109506000134353" + "21ABC123",
        "]C10109506000134353",
    ],
)
def test_refuses_gs1_with_wrong_gtin_check_digit(text: str) -> None:
    assert refused(text).startswith(
        "Scan refused: the check digit of 09506000134353 is wrong (expected 2)."
    )


@pytest.mark.parametrize(
    "text",
    [
        "(01)09506000134352(ZZ)",
        "(01)09506000134352junk(21)",
        "(01)0950600013435",
        "(9999)X",
        "()",
        "(",
        "(01)09506000134352)",
        f"ABC{GS}DEF",
        f"01095060001343{GS}21X",
        "]C1NOT-GS1",
        "]d2(01)",
        "]C10109506000134352" + "17261399",
    ],
)
def test_refuses_unreadable_gs1(text: str) -> None:
    message = refused(text)
    assert "looks like a GS1 barcode but cannot be read." in message


def test_unreadable_gs1_shows_group_separator() -> None:
    assert '"ABC<GS>DEF" looks like a GS1 barcode' in refused(f"ABC{GS}DEF")


def test_refuses_gs1_with_nothing_to_look_up() -> None:
    message = refused("(00)106141412345678908")
    assert message.startswith(
        "Scan refused: the GS1 barcode (00)106141412345678908 carries neither a product "
        "number (01) nor a serial number (21)"
    )


@pytest.mark.parametrize("text", ["]", "]1C1", "]]", "]-A", "]Yq", "]W1"])
def test_refuses_bad_symbology_identifier(text: str) -> None:
    message = refused(text)
    assert "starts with ']' but not with a symbology identifier such as ]C1." in message


@pytest.mark.parametrize("text", ["]C1", "]d2\r\n", "]C0", f"]C1{GS}"])
def test_refuses_symbology_identifier_without_data(text: str) -> None:
    assert "sent only its symbology identifier" in refused(text)


def test_messages_never_leak_biip_internals() -> None:
    for text in ["(01)0950600013435", "]C1NOT-GS1", f"ABC{GS}DEF"]:
        message = refused(text)
        assert "pattern" not in message
        assert "^" not in message


# -------------------------------------------------------------------- translation


@pytest.fixture
def marked_scan_translator():
    """A translator that brackets every "Scan" text in ⟦…⟧; records (context, text)."""
    calls: list[tuple[str, str]] = []

    def fake(context: str, text: str) -> str:
        calls.append((context, text))
        return f"⟦{text}⟧" if context == "Scan" else text

    i18n.set_translator(fake)
    try:
        yield calls
    finally:
        i18n.set_translator(None)


def test_refusals_go_through_the_translator(marked_scan_translator) -> None:
    assert refused("") == "⟦Nothing was scanned.⟧"
    # the template is translated, then its placeholders are filled
    assert refused("4006381333932") == (
        "⟦Scan refused: the check digit of 4006381333932 is wrong (expected 1). "
        "Scan again, or type the number printed under the barcode.⟧"
    )
    assert (
        "Scan",
        "Scan refused: the check digit of {digits} is wrong (expected {expected}). "
        "Scan again, or type the number printed under the barcode.",
    ) in marked_scan_translator


def test_own_number_descriptions_are_translated_too(marked_scan_translator) -> None:
    assert refused("bdg-ab") == (
        '⟦Scan refused: "BDG-AB" looks like ⟦a badge⟧ but is not one: '
        "⟦badges are BDG- followed by 3 to 20 letters or digits⟧.⟧"
    )
    message = refused("é")
    assert message.startswith("⟦Scan refused: \"é\" contains 'é' (U+00E9 LATIN SMALL LETTER")
    assert "which ⟦a serial, part or RMA number⟧ never contains." in message


def test_a_translation_may_reorder_the_placeholders() -> None:
    template = (
        'Scan refused: "{code}" is {length} characters long; a serial number has at most {limit}.'
    )
    i18n.set_translator(
        lambda ctx, text: (
            "出厂编号最多 {limit} 个字符：“{code}”长 {length} 个字符。"
            if (ctx, text) == ("Scan", template)
            else text
        )
    )
    try:
        message = refused("A" * 41)
    finally:
        i18n.set_translator(None)
    assert message == f"出厂编号最多 {MAX_SERIAL_LENGTH} 个字符：“{'A' * 40}…”长 41 个字符。"


def test_without_a_translator_refusals_are_english() -> None:
    assert refused("  ") == "Nothing was scanned."


# -------------------------------------------------------------------- formatting


def test_format_numbers() -> None:
    assert format_rma_number("2611", 42) == "RMA-2611-00042"
    assert format_handover_number("2611", 42) == "HO-2611-00042"
    assert format_rma_number("0001", 0) == "RMA-0001-00000"
    assert format_rma_number("2612", 1234567) == "RMA-2612-1234567"


@pytest.mark.parametrize("yymm", ["2613", "2600", "261", "26111", "26a1", "２６１１", ""])
def test_format_refuses_bad_yymm(yymm: str) -> None:
    with pytest.raises(ValueError, match="yymm"):
        format_rma_number(yymm, 1)
    with pytest.raises(ValueError, match="yymm"):
        format_handover_number(yymm, 1)


@pytest.mark.parametrize("seq", [-1, True, 1.0, "42"])
def test_format_refuses_bad_seq(seq: object) -> None:
    with pytest.raises(ValueError, match="seq"):
        format_rma_number("2611", seq)  # type: ignore[arg-type]


def test_format_refuses_a_number_too_long_to_scan() -> None:
    with pytest.raises(ValueError, match="longer than 120"):
        format_rma_number("2611", 10**115)


# -------------------------------------------------------------------- properties

yymm_st = st.builds(
    lambda yy, mm: f"{yy:02d}{mm:02d}",
    st.integers(min_value=0, max_value=99),
    st.integers(min_value=1, max_value=12),
)
seq_st = st.integers(min_value=0, max_value=10**12)
alnum = string.ascii_uppercase + string.digits


def case_mixed(s: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """Randomly lower-case a generated code, as a scanner with Caps Lock would."""
    return st.tuples(s, st.booleans()).map(lambda t: t[0].lower() if t[1] else t[0])


gtin_st = st.sampled_from(sorted(GTIN_LENGTHS)).flatmap(
    lambda n: st.text(alphabet=string.digits, min_size=n - 1, max_size=n - 1).map(with_check_digit)
)
gs1_ish_text = st.text(
    alphabet="0123456789()]" + GS + "CdQe1234ABCxyz-./%\r\n \x07é",
    max_size=60,
)
prefixish_text = st.tuples(
    st.sampled_from([*OWN_PREFIXES, "", "]C1", "]d2", "]C0", "]E0", "("]),
    st.text(alphabet=alnum + "-./_()" + GS, max_size=40),
).map("".join)


@given(st.one_of(st.text(max_size=200), gs1_ish_text, prefixish_text, gtin_st))
@example("]")
@example("]X9")
@example("]Xa123")
@example("(01)")
@example("0" * 14)
@example("0" * 8)
@example(f"{GS}{GS}")
def test_never_raises_anything_but_scan_error(text: str) -> None:
    try:
        scan = parse_scan(text)
    except ScanError as err:
        message = str(err)
        assert message
        assert message == "Nothing was scanned." or message.startswith("Scan refused: ")
        return
    assert isinstance(scan.kind, ScanKind)
    assert scan.value
    assert scan.raw == text
    assert len(scan.value) <= MAX_SCAN_LENGTH
    if scan.kind is ScanKind.SERIAL:
        assert scan.serial == scan.value
        assert len(scan.value) <= MAX_SERIAL_LENGTH
    if scan.gtin is not None:
        assert re.fullmatch(r"\d{14}", scan.gtin)
        assert int(scan.gtin[-1]) == check_digit(scan.gtin[:-1])


@given(
    case_mixed(st.builds(format_rma_number, yymm_st, seq_st)),
    st.sampled_from(["", "\r\n", "\n", " "]),
)
def test_rma_numbers_round_trip(number: str, suffix: str) -> None:
    scan = parse_scan(number + suffix)
    assert scan.kind is ScanKind.RMA
    assert scan.value == number.upper()
    assert parse_scan(scan.value) == Scan(kind=ScanKind.RMA, value=scan.value, raw=scan.value)


@given(case_mixed(st.builds(format_handover_number, yymm_st, seq_st)))
def test_handover_numbers_round_trip(number: str) -> None:
    scan = parse_scan(number)
    assert (scan.kind, scan.value) == (ScanKind.HANDOVER, number.upper())


@given(case_mixed(st.text(alphabet=alnum, min_size=3, max_size=20).map(BADGE_PREFIX.__add__)))
def test_badges_round_trip(badge: str) -> None:
    scan = parse_scan(badge)
    assert (scan.kind, scan.value) == (ScanKind.BADGE, badge.upper())


@given(
    case_mixed(st.text(alphabet=alnum + "-", min_size=1, max_size=20).map(LOANER_PREFIX.__add__))
)
def test_loaners_round_trip(loaner: str) -> None:
    scan = parse_scan(loaner)
    assert (scan.kind, scan.value) == (ScanKind.LOANER, loaner.upper())


@given(
    case_mixed(st.text(alphabet=alnum + "-./", min_size=1, max_size=30).map(PART_PREFIX.__add__))
)
def test_part_numbers_round_trip(part: str) -> None:
    scan = parse_scan(part)
    assert (scan.kind, scan.value, scan.gtin) == (ScanKind.PART, part.upper(), None)


@given(gtin_st)
def test_valid_gtins_are_parts(digits: str) -> None:
    scan = parse_scan(digits)
    assert (scan.kind, scan.value) == (ScanKind.PART, digits)
    assert scan.gtin == digits.zfill(14)


@given(gtin_st, st.integers(min_value=1, max_value=9))
def test_gtins_with_a_wrong_check_digit_are_refused(digits: str, shift: int) -> None:
    good = int(digits[-1])
    bad = digits[:-1] + str((good + shift) % 10)
    assert refused(bad).startswith(
        f"Scan refused: the check digit of {bad} is wrong (expected {good})."
    )


@given(
    st.text(alphabet=string.digits, min_size=13, max_size=13).map(with_check_digit),
    st.text(alphabet=alnum + "-./_", min_size=1, max_size=20),
    st.sampled_from(["(01){g}(21){s}", "]d201{g}21{s}", f"01{{g}}{GS}21{{s}}", "(21){s}(01){g}"]),
)
def test_gs1_round_trips_gtin_and_serial(gtin: str, serial: str, template: str) -> None:
    scan = parse_scan(template.format(g=gtin, s=serial))
    assert scan.kind is ScanKind.GS1
    assert (scan.gtin, scan.serial, scan.value) == (gtin, serial.upper(), serial.upper())


def _is_plain_serial(s: str) -> bool:
    upper = s.upper()
    if upper.startswith(OWN_PREFIXES):
        return False
    return not (upper.isdigit() and len(upper) in GTIN_LENGTHS)


serial_st = st.text(
    alphabet=string.ascii_letters + string.digits + "-./_",
    min_size=1,
    max_size=MAX_SERIAL_LENGTH,
).filter(_is_plain_serial)


@given(serial_st, st.sampled_from(["", "\r\n", "\n", "\t", "  "]))
@example("RMA2611", "")
@example("1234567", "\r\n")
@example("123456789012345", "")
def test_other_codes_are_serials(serial: str, suffix: str) -> None:
    scan = parse_scan(serial + suffix)
    assert scan == Scan(
        kind=ScanKind.SERIAL, value=serial.upper(), raw=serial + suffix, serial=serial.upper()
    )


@given(st.text(alphabet=string.digits, min_size=1, max_size=MAX_SERIAL_LENGTH))
def test_digit_strings_are_serials_unless_gtin_length(digits: str) -> None:
    if len(digits) in GTIN_LENGTHS:
        try:
            assert parse_scan(digits).kind is ScanKind.PART
        except ScanError as err:
            assert "check digit" in str(err)
    else:
        assert parse_scan(digits).kind is ScanKind.SERIAL
