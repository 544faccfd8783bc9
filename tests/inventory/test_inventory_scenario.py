"""The issue's story end to end, on SQLite and PostgreSQL.

Receive two lots at different costs (moving average checked exactly), fail a
third in inspection (stock unchanged, quarantine listed), reserve for a
quote, issue by scan, return one, count with a difference, adjust — and the
valuation report equals the ledger.
"""

from __future__ import annotations

from inventory import catalogue, counting, receiving, reports, stock
from inventory.demo import seed_demo_parts
from inventory.models import Document, LotStatus
from tests.support.stock import level, make_part, receive

RMA = "RMA-2601-00042"


def test_the_warehouse_story(db, fixed_clock, storekeeper, clerk, technician, manager):
    catalogue.create_bin(storekeeper, "D-01-01")
    psu = make_part(storekeeper, "P-PSU-IPC250", "工控机电源 250 W power supply", bin="D-01-01",
                    compatible_models=["IPC-610"], barcodes=["4712345000176"])

    # two lots at different costs: the average is exact, the cap is the first cost
    receive(storekeeper, psu, 5, 46_500, note_number="SD-0012")
    receive(storekeeper, psu, 3, 47_201, note_number="SD-0047")
    lv = level(psu)
    assert (lv.on_hand, lv.value) == (8, 5 * 46_500 + 3 * 47_201)
    assert lv.avg_cost == (232_500 + 141_603) // 8 == 46_762
    assert stock.price_cap(psu) == 46_500

    # a third lot fails inspection: stock unchanged, quarantine lists it
    failed = receive(storekeeper, psu, 4, 45_000, note_number="SD-0051",
                     documents=[d for d in Document if d != Document.CONFORMITY_CERTIFICATE])
    assert failed.status == LotStatus.QUARANTINED
    assert "certificate of conformity" in failed.reason
    assert (level(psu).on_hand, level(psu).value) == (8, 374_103)
    assert [lot.id for lot in receiving.quarantine()] == [failed.id]

    # reserve for an accepted quote, priced at cost under the cap
    assert stock.quote_unit_price(psu) == 46_500
    stock.reserve(clerk, psu, 2, RMA)
    assert (level(psu).reserved, level(psu).free) == (2, 6)

    # issue by scan of the supplier's barcode: the reservation is consumed
    first = stock.issue_scan(technician, "4712345000176", RMA)
    second = stock.issue_scan(technician, "4712345000176", RMA)
    assert first.value == -(374_103 // 8) == -46_762
    assert second.value == -((374_103 - 46_762) // 7)
    assert (level(psu).on_hand, level(psu).reserved) == (6, 0)

    # return one unused piece at the cost it left at
    back = stock.return_to_stock(technician, psu, 1, RMA)
    assert back.value == (46_762 + 46_763) // 2
    [used] = stock.issued_to(RMA)
    assert (used.qty, used.value) == (1, 46_762 + 46_763 - back.value)

    # count the bin: one piece is missing; the manager approves the write-off
    session = counting.start_count(storekeeper, "D-01-01")
    for _ in range(6):
        counting.count_scan(storekeeper, session, "P-PSU-IPC250")
    [row] = counting.count_lines(session)
    assert (row.counted, row.on_hand_at_count, row.difference) == (6, 7, -1)
    counting.post_count(storekeeper, session)
    counting.approve_count(manager, session)
    assert level(psu).on_hand == 6

    # an adjustment with a reason (found one in the returns tray)
    counting.adjust(storekeeper, psu, 1, "found in the returns tray")
    assert level(psu).on_hand == 7

    # the valuation report equals the ledger, and the cache is proven
    val = reports.valuation()
    ledger = reports.ledger_valuation()
    assert (val.total_qty, val.total_value) == ledger[psu.id]
    assert [(line.bin_code, line.qty, line.value) for line in val.lines] == [
        ("D-01-01", *ledger[psu.id])]
    assert stock.verify_levels() == []


def test_demo_parts_seed_a_believable_warehouse(db, fixed_clock, storekeeper):
    parts = seed_demo_parts(storekeeper)
    assert len(parts) == 16
    assert seed_demo_parts(storekeeper) and len(catalogue.search_parts("P-", limit=100)) == 16
    assert [lot.part.part_number for lot in receiving.quarantine()] == ["P-ENG-1900"]
    val = reports.valuation()
    assert val.total_value == sum(v for _, v in reports.ledger_valuation().values())
    assert val.total_value > 0 and stock.verify_levels() == []
    assert [h.part_number for h in catalogue.search_parts("打印头")] == [
        "P-PH-LQ630K", "P-TPH-ZT410"]
