"""Valuation at cost (equal to the ledger), reorder list, history, consumption."""

from __future__ import annotations

from datetime import date

import pytest

from inventory import catalogue, exchange, reports, stock
from tests.support.stock import make_part, receive


@pytest.fixture
def store(db, fixed_clock, storekeeper):
    catalogue.create_bin(storekeeper, "A-01")
    catalogue.create_bin(storekeeper, "B-01")
    head = make_part(storekeeper, "P-PH-630", "打印头 Print head", bin="A-01", reorder_point=2,
                     compatible_models=["LQ-630K", "LQ-730K"])
    ribbon = make_part(storekeeper, "P-RBN-630", "色带 Ribbon", bin="A-01", reorder_point=5,
                       compatible_models=["LQ-630K"])
    fan = make_part(storekeeper, "P-FAN-80", "风扇 Fan", bin="B-01")
    loose = make_part(storekeeper, "P-SCREW-M3", "螺丝 Screw M3", reorder_point=0)
    receive(storekeeper, head, 3, 38_000)
    receive(storekeeper, head, 2, 39_001)
    receive(storekeeper, ribbon, 10, 1_850)
    receive(storekeeper, fan, 4, 3_333)
    receive(storekeeper, loose, 100, 7)
    return head, ribbon, fan, loose


def _ledger_total() -> tuple[int, int]:
    sums = reports.ledger_valuation().values()
    return sum(q for q, _ in sums), sum(v for _, v in sums)


def test_valuation_per_bin_and_total_equals_the_ledger(store, technician, clerk):
    head, ribbon, fan, _ = store
    stock.issue(technician, head, 2, "RMA-2601-00001")
    stock.issue(technician, fan, 1, "RMA-2601-00002")
    stock.reserve(clerk, ribbon, 3, "RMA-2601-00003")
    val = reports.valuation()
    assert [(line.bin_code, line.parts, line.qty) for line in val.lines] == [
        ("A-01", 2, 13), ("B-01", 1, 3), (None, 1, 100)]
    assert (val.total_qty, val.total_value) == _ledger_total()
    per_part = reports.valuation_by_part()
    ledger = reports.ledger_valuation()
    assert {p.part_id: (p.on_hand, p.value) for p in per_part} == ledger
    assert [p.part_number for p in reports.valuation_by_part(bin="a-01")] == [
        "P-PH-630", "P-RBN-630"]
    assert [p.part_number for p in reports.valuation_by_part(limit=1, offset=1)] == ["P-PH-630"]


def test_reorder_list_uses_free_stock(store, technician, clerk):
    head, ribbon, _, _ = store
    assert reports.reorder_list() == []
    stock.issue(technician, head, 3, "RMA-2601-00001")  # 2 left: at the reorder point
    stock.reserve(clerk, ribbon, 5, "RMA-2601-00002")  # 10 on hand, 5 free
    listed = [(r.part_number, r.on_hand, r.free, r.reorder_point)
              for r in reports.reorder_list()]
    assert listed == [("P-PH-630", 2, 2, 2), ("P-RBN-630", 10, 5, 5)]


def test_movement_history_pages_newest_first_with_balances(store, technician):
    head = store[0]
    for n in range(3):
        stock.issue(technician, head, 1, f"RMA-2601-0000{n + 1}")
    page = reports.movement_history(head, limit=2)
    assert page.total == 5
    assert [(r.kind, r.qty, r.balance, r.actor) for r in page.rows] == [
        ("issue", -1, 2, "Tom Tech"), ("issue", -1, 3, "Tom Tech")]
    rest = reports.movement_history(head, offset=2, limit=10)
    assert [(r.kind, r.qty, r.balance) for r in rest.rows] == [
        ("issue", -1, 4), ("receipt", 2, 5), ("receipt", 3, 3)]


def test_consumption_by_month_part_model_and_reference(store, fixed_clock, technician, clerk):
    head, ribbon, _, _ = store
    stock.issue(technician, head, 2, "RMA-2601-00001")
    stock.issue(technician, ribbon, 3, "RMA-2601-00001")
    fixed_clock.advance(days=31)  # February
    stock.return_to_stock(technician, head, 1, "RMA-2601-00001")
    exchange.advance_exchange(clerk, head, "RMA-2602-00002")
    by_part = reports.consumption_by_part(date(2026, 1, 1), date(2026, 2, 28))
    # February: one piece back (+38,400) and one out by exchange (−38,400) net to nothing
    assert [(r.month, r.key, r.qty, r.value) for r in by_part] == [
        ("2026-01", "P-PH-630", 2, 76_800),
        ("2026-01", "P-RBN-630", 3, 5_550),
    ]
    by_model = reports.consumption_by_model(date(2026, 1, 1), date(2026, 1, 31))
    assert [(r.month, r.key, r.qty) for r in by_model] == [
        ("2026-01", "LQ-630K", 5), ("2026-01", "LQ-730K", 2)]
    by_ref = reports.consumption_by_reference(date(2026, 2, 1), date(2026, 2, 28))
    assert [(r.key, r.part_number, r.qty) for r in by_ref] == [
        ("RMA-2601-00001", "P-PH-630", -1), ("RMA-2602-00002", "P-PH-630", 1)]
    assert reports.consumption_by_part(date(2026, 3, 1), date(2026, 3, 31)) == []
