"""Quote arithmetic: exact integer totals, the price cap, what is owed; no floats anywhere."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from depot.errors import ValidationError
from rma.quote_math import (
    MAX_QTY,
    QuoteStatus,
    QuoteSummary,
    amount_due,
    balance,
    line_amount,
    part_price,
    quote_total,
)

prices = st.integers(min_value=0, max_value=10**9)
qtys = st.integers(min_value=1, max_value=MAX_QTY)
lines = st.lists(st.tuples(qtys, prices), max_size=40)


@given(lines)
def test_total_is_exactly_the_sum_of_the_lines(items):
    amounts = [line_amount(q, p) for q, p in items]
    total = quote_total(amounts)
    assert type(total) is int
    assert total == sum(q * p for q, p in items)
    # order of lines never matters, and splitting a quote in two never loses a fen
    assert quote_total(reversed(amounts)) == total
    half = len(amounts) // 2
    assert quote_total(amounts[:half]) + quote_total(amounts[half:]) == total


@given(
    st.integers(min_value=0, max_value=10**10),
    st.lists(st.integers(min_value=-(10**9), max_value=10**9), max_size=30),
)
def test_balance_is_due_minus_payments_in_any_order(due, payments):
    result = balance(due, payments)
    assert type(result) is int
    assert result == due - sum(payments)
    assert balance(due, list(reversed(payments))) == result
    # paying the balance always lands on exactly zero
    assert balance(due, [*payments, result]) == 0


@given(lines, st.lists(st.integers(min_value=1, max_value=10**8), max_size=10))
def test_partial_payments_of_a_quote_never_drift(items, chunks):
    total = quote_total(line_amount(q, p) for q, p in items)
    summary = [QuoteSummary("Q-1", 1, QuoteStatus.ACCEPTED, total)]
    paid: list[int] = []
    for chunk in chunks:
        left = balance(amount_due(summary), paid)
        if left <= 0:
            break
        paid.append(min(chunk, left))
    assert balance(amount_due(summary), paid) == total - sum(paid) >= 0


def test_floats_and_bools_are_refused():
    for bad in (1.0, 0.1, True, "100", None):
        with pytest.raises(ValidationError):
            line_amount(1, bad)  # type: ignore[arg-type]
        with pytest.raises(ValidationError):
            line_amount(bad, 100)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        quote_total([100, 0.5])  # type: ignore[list-item]
    with pytest.raises(ValidationError):
        balance(100, [50.0])  # type: ignore[list-item]


@pytest.mark.parametrize(("qty", "price"), [(0, 100), (-1, 100), (MAX_QTY + 1, 1), (1, -1)])
def test_out_of_range_lines_refused(qty, price):
    with pytest.raises(ValidationError):
        line_amount(qty, price)


# --------------------------------------------------------------------------- price cap


def test_part_at_cost_when_below_cap():
    found = part_price(cost=9_000, cap=10_000)
    assert (found.unit_price, found.capped, found.source) == (9_000, False, "cost")


def test_part_capped_at_initial_price():
    found = part_price(cost=13_000, cap=10_000)
    assert (found.unit_price, found.capped, found.source, found.cap) == (10_000, True, "cap",
                                                                         10_000)


def test_entered_price_above_cap_refused_with_the_numbers():
    with pytest.raises(ValidationError) as err:
        part_price(cost=9_000, cap=10_000, entered=10_001, code="P-PSU-450")
    assert str(err.value) == (
        "100.01 for part P-PSU-450 is above its initial price 100.00: a part is never charged "
        "above the price it was first stocked at."
    )
    assert part_price(cost=9_000, cap=10_000, entered=10_000).unit_price == 10_000
    assert part_price(cost=9_000, cap=10_000, entered=5_000).source == "entered"


def test_unknown_part_needs_an_entered_price():
    with pytest.raises(ValidationError) as err:
        part_price(cost=None, cap=None, code="FAN-80")
    assert str(err.value) == (
        "The catalogue has no price for part FAN-80: enter the price on the line."
    )
    with pytest.raises(ValidationError, match="cannot be negative"):
        part_price(cost=None, cap=None, entered=-1, code="FAN-80")
    assert part_price(cost=None, cap=None, entered=0).unit_price == 0


@given(st.integers(0, 10**9), st.integers(0, 10**9), st.one_of(st.none(), st.integers(0, 10**9)))
def test_no_part_line_ever_exceeds_its_cap(cost, cap, entered):
    try:
        found = part_price(cost=cost, cap=cap, entered=entered)
    except ValidationError:
        assert entered is not None and entered > cap
        return
    assert found.unit_price <= cap
    assert found.unit_price == (entered if entered is not None else min(cost, cap))


# --------------------------------------------------------------------------- amount due


def q(rev: int, status: QuoteStatus, total: int, decline: int = 0) -> QuoteSummary:
    return QuoteSummary(f"Q-{rev}", rev, status, total, decline)


def test_amount_due_is_the_latest_accepted_revision():
    A, S, D = QuoteStatus.ACCEPTED, QuoteStatus.SUPERSEDED, QuoteStatus.DECLINED
    issued = QuoteStatus.ISSUED
    assert amount_due([]) == 0
    assert amount_due([q(1, issued, 500)]) == 0
    assert amount_due([q(1, A, 500)]) == 500
    assert amount_due([q(1, S, 500), q(2, A, 800)]) == 800
    # a declined revision leaves the accepted one owed
    assert amount_due([q(1, A, 500), q(2, D, 800, 50)]) == 500
    # declined with nothing accepted: diagnosis fee and return shipping
    assert amount_due([q(1, D, 800, 50)]) == 50
    assert amount_due([q(1, D, 800, 50), q(2, D, 900, 70)]) == 70
