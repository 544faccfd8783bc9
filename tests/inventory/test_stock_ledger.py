"""The stock ledger on both databases: moving average, reservations, issue, return,
refusals that write nothing, and the proof that cached levels equal the ledger."""

from __future__ import annotations

import itertools

import peewee as pw
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from depot import db as dbmod
from depot.errors import (
    NotFound,
    OutOfStock,
    PermissionDenied,
    ScanError,
    ValidationError,
)
from depot.events import bus
from inventory import catalogue, stock
from inventory.models import Part, Reservation, StockLevel, StockMove
from tests.support.stock import ledger, level, make_part, receive, row_counts

RMA1 = "RMA-2601-00001"
RMA2 = "RMA-2601-00002"


@pytest.fixture
def psu(db, storekeeper):
    part = make_part(storekeeper, barcodes=["6901234567892"])
    receive(storekeeper, part, 3, 1000)
    receive(storekeeper, part, 2, 1501)
    return Part.get_by_id(part.id)


def test_receipts_make_an_exact_moving_average_and_fix_the_initial_price(psu):
    lv = level(psu)
    assert (lv.on_hand, lv.value) == (5, 3 * 1000 + 2 * 1501)
    assert lv.avg_cost == 6002 // 5 == 1200
    assert psu.initial_price == 1000, "the first receipt's cost is the price cap, for good"
    assert ledger(psu) == (5, 6002)
    assert stock.verify_levels() == []


def test_issue_takes_value_proportionally_and_the_last_piece_empties_it(psu, technician):
    first = stock.issue(technician, psu, 2, RMA1)
    assert (first.kind, first.qty, first.value) == ("issue", -2, -(6002 * 2 // 5))
    assert first.unit_cost == 2400 // 2
    rest = stock.issue(technician, psu, 3, RMA2)
    assert rest.value == -(6002 - 2400)
    lv = level(psu)
    assert (lv.on_hand, lv.value) == (0, 0)
    assert ledger(psu) == (0, 0)


def test_reserved_pieces_are_not_free_for_others(psu, clerk, technician):
    stock.reserve(clerk, psu, 4, RMA1)
    assert (level(psu).reserved, level(psu).free) == (4, 1)
    with pytest.raises(OutOfStock,
                       match=r"^Only 1 left of P-PSU-450 \(电源 Power supply 450 W\)\."):
        stock.issue(technician, psu, 2, RMA2)
    # the holder may take its own pieces, and the free one too
    move = stock.issue(technician, psu, 5, RMA1)
    assert move.qty == -5
    res = Reservation.get(Reservation.reference == RMA1)
    assert (res.qty, res.issued_qty, res.active) == (0, 4, False)
    assert (level(psu).on_hand, level(psu).reserved) == (0, 0)
    assert stock.verify_levels() == []


def test_reserving_more_than_free_is_refused(psu, clerk):
    stock.reserve(clerk, psu, 3, RMA1)
    with pytest.raises(OutOfStock, match=r"Only 2 left .* 5 on hand, 3 reserved for other jobs"):
        stock.reserve(clerk, psu, 3, RMA2)
    again = stock.reserve(clerk, psu, 2, RMA1)  # adds to the same reservation
    assert again.qty == 5
    assert Reservation.select().where(Reservation.active).count() == 1


def test_issue_partly_from_reservation(psu, clerk, technician):
    stock.reserve(clerk, psu, 1, RMA1)
    stock.reserve(clerk, psu, 2, RMA2)
    stock.issue(technician, psu, 3, RMA1)  # 1 reserved + 2 free
    assert (level(psu).on_hand, level(psu).reserved) == (2, 2)
    with pytest.raises(OutOfStock, match="Only 0 left"):
        stock.issue(technician, psu, 1, "RMA-2601-00003")
    assert stock.verify_levels() == []


def test_release_frees_pieces(psu, clerk):
    stock.reserve(clerk, psu, 2, RMA1)
    stock.reserve(clerk, psu, 1, RMA2)
    assert stock.release(clerk, RMA1) == 2
    assert level(psu).reserved == 1
    assert stock.release(clerk, RMA1) == 0
    assert [r.reference for r in stock.reservations()] == [RMA2]


def test_return_puts_pieces_back_at_the_cost_they_left_at(psu, technician, storekeeper):
    out = stock.issue(technician, psu, 3, RMA1)  # takes 3601 of 6002
    receive(storekeeper, psu, 4, 2000)  # the average moves on meanwhile
    back = stock.return_to_stock(technician, psu, 1, RMA1)
    assert back.value == 3601 * 1 // 3
    back2 = stock.return_to_stock(technician, psu, 2, RMA1)
    assert back.value + back2.value == -out.value, "returning all restores exactly"
    assert stock.issued_to(RMA1) == []
    with pytest.raises(ValidationError, match=f"No .* was issued to {RMA1}"):
        stock.return_to_stock(technician, psu, 1, RMA1)
    assert stock.verify_levels() == []


def test_cannot_return_more_than_was_issued(psu, technician):
    stock.issue(technician, psu, 2, RMA1)
    with pytest.raises(ValidationError, match=f"{RMA1} holds 2 of P-PSU-450.*cannot return 3"):
        stock.return_to_stock(technician, psu, 3, RMA1)
    with pytest.raises(ValidationError, match=f"No .* was issued to {RMA2}"):
        stock.return_to_stock(technician, psu, 1, RMA2)
    line = stock.issued_to(RMA1)[0]
    assert (line.part_number, line.qty, line.value) == ("P-PSU-450", 2, 2400)


def test_issue_by_scanning_a_supplier_barcode(psu, technician):
    move = stock.issue_scan(technician, "6901234567892\r\n", RMA1)
    assert (move.part_id, move.qty, move.reference) == (psu.id, -1, RMA1)
    move = stock.issue_scan(technician, "p-psu-450", RMA1)
    assert move.part_id == psu.id


def test_a_change_is_published_after_commit(psu, technician):
    seen = []
    unsubscribe = bus.subscribe(seen.append)
    try:
        move = stock.issue(technician, psu, 1, RMA1)
    finally:
        unsubscribe()
    assert seen and str(psu.id) in seen[0].ids("stock") and str(move.id) in seen[0].ids("move")


BAD_INPUT = [
    ("zero", lambda a, p: stock.issue(a, p, 0, RMA1), ValidationError, "at least 1 piece"),
    ("negative", lambda a, p: stock.issue(a, p, -2, RMA1), ValidationError, "cannot be negative"),
    ("fraction", lambda a, p: stock.issue(a, p, 0.5, RMA1), ValidationError, "not 0.5"),
    ("whole float", lambda a, p: stock.issue(a, p, 1.0, RMA1), ValidationError, "not 1.0"),
    ("bool", lambda a, p: stock.issue(a, p, True, RMA1), ValidationError, "whole number"),
    ("text", lambda a, p: stock.issue(a, p, "1", RMA1), ValidationError, "whole number"),
    ("absurd", lambda a, p: stock.issue(a, p, 10_001, RMA1), ValidationError, "not plausible"),
    ("more than stock", lambda a, p: stock.issue(a, p, 6, RMA1), OutOfStock, "Only 5 left"),
    ("no reference", lambda a, p: stock.issue(a, p, 1, "  "), ValidationError, "reference"),
    ("unknown barcode", lambda a, p: stock.issue_scan(a, "4006381333931", RMA1), NotFound,
     "No part is known by the barcode 4006381333931"),
    ("unknown number", lambda a, p: stock.issue_scan(a, "P-NOPE", RMA1), NotFound,
     "No part has the number P-NOPE"),
    ("bad check digit", lambda a, p: stock.issue_scan(a, "6901234567890", RMA1), ScanError,
     "check digit"),
    ("an RMA scanned", lambda a, p: stock.issue_scan(a, RMA2, RMA1), NotFound, "not a part"),
    ("reserve zero", lambda a, p: stock.reserve(a, p, 0, RMA1), ValidationError, "at least 1"),
    ("reserve too many", lambda a, p: stock.reserve(a, p, 9, RMA1), OutOfStock, "Only 5 left"),
    ("return unissued", lambda a, p: stock.return_to_stock(a, p, 1, RMA1), ValidationError,
     "nothing to return"),
    ("return fraction", lambda a, p: stock.return_to_stock(a, p, 1.5, RMA1), ValidationError,
     "not 1.5"),
]


@pytest.mark.parametrize(("case", "call", "error", "message"), BAD_INPUT,
                         ids=[c[0] for c in BAD_INPUT])
def test_bad_input_is_refused_and_writes_nothing(psu, storekeeper, case, call, error, message):
    before = row_counts()
    with pytest.raises(error, match=message):
        call(storekeeper, psu)
    assert row_counts() == before


def test_roles(psu, clerk):
    with pytest.raises(PermissionDenied, match="Sue Desk may not issue parts"):
        stock.issue(clerk, psu, 1, RMA1)
    with pytest.raises(PermissionDenied, match="Scan your badge"):
        stock.reserve(None, psu, 1, RMA1)


def test_price_cap(psu, storekeeper):
    assert stock.price_cap(psu) == 1000
    assert stock.quote_unit_price(psu) == 1000, "average 1200 is above the cap"
    assert stock.check_price_cap(psu, 1000) == 1000
    with pytest.raises(ValidationError, match=r"at most 10\.00 per pc .*not 12\.00"):
        stock.check_price_cap(psu, 1200)
    cheap = make_part(storekeeper, "P-FUSE-2A", "保险丝 Fuse 2 A")
    with pytest.raises(ValidationError, match="never been received"):
        stock.quote_unit_price(cheap)
    receive(storekeeper, cheap, 10, 50)
    receive(storekeeper, cheap, 10, 30)
    assert stock.quote_unit_price(cheap) == 40, "below the cap the cost price is charged"


def test_empty_shelf_cost_is_the_last_receipt(psu, technician):
    stock.issue(technician, psu, 5, RMA1)
    assert stock.current_unit_cost(psu) == 1501


def test_ledger_is_append_only(psu):
    with pytest.raises(pw.DatabaseError, match="append-only"):
        StockMove.update(qty=99).where(StockMove.part == psu.id).execute()
    with pytest.raises(pw.DatabaseError, match="append-only"):
        StockMove.delete().where(StockMove.part == psu.id).execute()


def test_the_database_itself_refuses_negative_or_over_reserved_levels(psu):
    for change in ({"on_hand": -1, "value": 0}, {"reserved": 6}, {"value": -1}):
        with pytest.raises(pw.IntegrityError), dbmod.database.atomic():
            StockLevel.update(**change).where(StockLevel.part == psu.id).execute()
    with pytest.raises(pw.IntegrityError), dbmod.database.atomic():
        StockLevel.update(on_hand=0, value=5).where(StockLevel.part == psu.id).execute()


def test_verify_levels_catches_a_tampered_cache(psu):
    StockLevel.update(value=StockLevel.value + 1).where(StockLevel.part == psu.id).execute()
    found = stock.verify_levels()
    assert [(m.part_id, m.what, m.cached, m.ledger) for m in found] == [
        (psu.id, "value", 6003, 6002)
    ]
    assert stock.verify_levels([psu.id + 1]) == []


_numbers = itertools.count(1)

OPS = st.lists(
    st.one_of(
        st.tuples(st.just("receive"), st.integers(1, 50), st.integers(0, 100_000)),
        st.tuples(st.just("issue"), st.integers(1, 30), st.sampled_from([RMA1, RMA2])),
        st.tuples(st.just("return"), st.integers(1, 10), st.sampled_from([RMA1, RMA2])),
        st.tuples(st.just("reserve"), st.integers(1, 10), st.sampled_from([RMA1, RMA2])),
    ),
    min_size=1,
    max_size=12,
)


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(ops=OPS)
def test_any_sequence_keeps_ledger_and_levels_exact(db, storekeeper, ops):
    """Whatever happens, in the database: value never negative, Σ move values is the
    stock value, an empty shelf is worth exactly 0, and the cache equals the ledger."""
    part = make_part(storekeeper, f"P-HYP-{next(_numbers)}", "Hypothesis part")
    for op, qty, arg in ops:
        try:
            if op == "receive":
                receive(storekeeper, part, qty, arg)
            elif op == "issue":
                stock.issue(storekeeper, part, qty, arg)
            elif op == "return":
                stock.return_to_stock(storekeeper, part, qty, arg)
            else:
                stock.reserve(storekeeper, part, qty, arg)
        except (OutOfStock, ValidationError):
            pass
        lv = level(part)
        assert lv.value >= 0 and lv.on_hand >= 0 and 0 <= lv.reserved <= lv.on_hand
        assert ledger(part) == (lv.on_hand, lv.value)
        if lv.on_hand == 0:
            assert lv.value == 0
    assert stock.verify_levels([part.id]) == []


def test_search_finds_by_number_name_barcode_and_fragment(psu, storekeeper):
    make_part(storekeeper, "P-PSU-650", "电源 Power supply 650 W", compatible_models=["IPC-610"])
    make_part(storekeeper, "P-FAN-80", "系统风扇 System fan 80 mm", compatible_models="IPC-610")
    numbers = lambda text, **kw: [h.part_number for h in catalogue.search_parts(text, **kw)]  # noqa: E731
    assert numbers("P-PSU-450") == ["P-PSU-450"]
    assert numbers("psu") == ["P-PSU-450", "P-PSU-650"]
    assert numbers("电源") == ["P-PSU-450", "P-PSU-650"]
    assert numbers("风扇") == ["P-FAN-80"]
    assert numbers("ipc-610") == ["P-PSU-650", "P-FAN-80"]
    assert numbers("6901234567892") == ["P-PSU-450"]
    assert numbers("ＰＳＵ") == ["P-PSU-450", "P-PSU-650"], "full-width input is normalised"
    assert numbers("%") == [] and numbers("_") == [], "LIKE wildcards are literal"
    assert numbers("p", limit=2) == ["P-PSU-450", "P-PSU-650"], "'p' is read as P-P…"
    assert numbers("P-", limit=2) == ["P-FAN-80", "P-PSU-450"]
    hit = catalogue.search_parts("P-PSU-450")[0]
    assert (hit.on_hand, hit.avg_cost, hit.bin_code) == (5, 1200, None)
