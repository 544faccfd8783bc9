"""Quantity checks and the costing rule, without a database."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from depot.errors import ValidationError
from inventory.rules import (
    MAX_QTY_PER_MOVE,
    average_cost,
    require_count,
    require_delta,
    require_quantity,
    require_reason,
    require_reference,
    take_value,
)

BAD_QUANTITIES = [
    (0, "at least 1 piece"),
    (-1, "cannot be negative"),
    (-10_000, "cannot be negative"),
    (1.5, "whole number of pieces, not 1.5"),
    (2.0, "whole number of pieces, not 2.0"),
    (Decimal("0.5"), "whole number of pieces, not 0.5"),
    (Fraction(3, 2), "whole number of pieces, not 3/2"),
    ("3", "whole number of pieces, not '3'"),
    (True, "whole number of pieces"),
    (False, "whole number of pieces"),
    (None, "whole number of pieces"),
    (10_001, "not plausible"),
    (6_901_234_567_892, "was a barcode scanned"),
]


@pytest.mark.parametrize(("qty", "message"), BAD_QUANTITIES)
def test_bad_quantities_are_refused_with_a_message(qty, message):
    with pytest.raises(ValidationError, match=message.replace("(", r"\(")):
        require_quantity(qty)


@pytest.mark.parametrize("qty", [1, 7, MAX_QTY_PER_MOVE])
def test_good_quantities(qty):
    assert require_quantity(qty) == qty


def test_counts_accept_zero_and_deltas_accept_signs():
    assert require_count(0) == 0
    assert require_count(12) == 12
    with pytest.raises(ValidationError, match="cannot be negative"):
        require_count(-1)
    assert require_delta(-3) == -3
    assert require_delta(4) == 4
    for bad in (0, 1.0, True, -10_001):
        with pytest.raises(ValidationError):
            require_delta(bad)


def test_reference_and_reason():
    assert require_reference("  RMA-2611-00042 ") == "RMA-2611-00042"
    with pytest.raises(ValidationError, match="Enter a reference"):
        require_reference("   ")
    with pytest.raises(ValidationError, match="at most 60"):
        require_reference("X" * 61)
    with pytest.raises(ValidationError, match="Enter a reason for scrapping"):
        require_reason(" ok ", "scrapping")


def test_ten_fen_over_three_pieces_leaves_exactly():
    value, on_hand = 1000, 3
    taken = []
    while on_hand:
        piece = take_value(value, on_hand, 1)
        taken.append(piece)
        value, on_hand = value - piece, on_hand - 1
    assert taken == [333, 333, 334]
    assert value == 0


@given(
    receipts=st.lists(
        st.tuples(st.integers(1, 500), st.integers(0, 10_000_000)), min_size=1, max_size=8
    ),
    takes=st.lists(st.integers(1, 400), max_size=20),
)
def test_value_never_drifts_and_empties_to_zero(receipts, takes):
    """Any receipts, then any takes: value ≥ 0, the sum of moves is the stock value,
    and the last piece takes the remainder exactly."""
    on_hand = value = 0
    moves: list[int] = []
    for qty, cost in receipts:
        on_hand += qty
        value += qty * cost
        moves.append(qty * cost)
    for want in takes:
        if on_hand == 0:
            break
        qty = min(want, on_hand)
        taken = take_value(value, on_hand, qty)
        assert 0 <= taken <= value
        value -= taken
        on_hand -= qty
        moves.append(-taken)
        assert value >= 0
        assert sum(moves) == value
        if on_hand:
            # what is left is valued at no less than the floor average before
            assert average_cost(value, on_hand) is not None
    if on_hand:
        taken = take_value(value, on_hand, on_hand)
        assert taken == value
        moves.append(-taken)
    assert sum(moves) == 0


def test_take_value_refuses_more_than_there_is():
    with pytest.raises(ValueError):
        take_value(100, 2, 3)
