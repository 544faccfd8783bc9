"""Incoming inspection: passed lots enter stock, failed ones wait in quarantine."""

from __future__ import annotations

from datetime import date

import pytest

from depot.errors import Conflict, PermissionDenied, ValidationError
from inventory import receiving
from inventory.models import Document, LotStatus, StockMove
from tests.support.stock import ALL_DOCS, level, make_part, receive, row_counts, supplier


@pytest.fixture
def head(db, storekeeper):
    return make_part(storekeeper, "P-PH-LQ630K", "针式打印头 Print head (Epson LQ-630K)")


def test_a_passed_lot_enters_stock_as_one_receipt(head, storekeeper):
    lot = receive(storekeeper, head, 6, 38_000, note_number="SD-2601-0012")
    assert lot.status == LotStatus.PASSED and lot.reason == ""
    move = StockMove.get_by_id(lot.move_id)
    assert (move.kind, move.qty, move.unit_cost, move.value, move.reference) == (
        "receipt", 6, 38_000, 228_000, "SD-2601-0012")
    assert (level(head).on_hand, level(head).value) == (6, 228_000)


@pytest.mark.parametrize(
    ("inspection", "reasons"),
    [
        ({"qty_counted": 5}, ["Quantity: counted 5, the delivery note says 6."]),
        ({"appearance_ok": False}, ["Appearance not acceptable"]),
        ({"documents": [Document.MANUAL, "quality_guarantee"]},
         ["Missing documents: inspection certificate, certificate of conformity."]),
        ({"qty_counted": 7, "appearance_ok": False, "documents": []},
         ["counted 7", "Appearance", "Missing documents: manual, inspection certificate, "
          "quality guarantee, certificate of conformity."]),
    ],
)
def test_a_failed_lot_goes_to_quarantine_with_every_reason(head, storekeeper, inspection,
                                                           reasons):
    lot = receive(storekeeper, head, 6, 38_000, **inspection)
    assert lot.status == LotStatus.QUARANTINED and lot.move_id is None
    lines = lot.reason.splitlines()
    assert len(lines) == len(reasons)
    for line, reason in zip(lines, reasons, strict=True):
        assert reason in line
    assert level(head).on_hand == 0 and StockMove.select().count() == 0
    assert [q.id for q in receiving.quarantine()] == [lot.id]


def test_parts_without_papers_pass_without_documents(db, storekeeper):
    fuse = make_part(storekeeper, "P-FUSE-2A", "保险丝 Fuse 2 A", requires_documents=False)
    lot = receive(storekeeper, fuse, 100, 12, documents=[])
    assert lot.status == LotStatus.PASSED
    short = receive(storekeeper, fuse, 100, 12, qty_counted=90, documents=[])
    assert short.status == LotStatus.QUARANTINED, "quantity is checked for every part"


def test_return_a_quarantined_lot_to_the_supplier(head, storekeeper):
    lot = receive(storekeeper, head, 6, 38_000, appearance_ok=False)
    back = receiving.return_to_supplier(storekeeper, lot, "Courier SF1234567890, supplier RMA 88")
    assert back.status == LotStatus.RETURNED and back.close_note.startswith("Courier")
    assert receiving.quarantine() == []
    with pytest.raises(Conflict, match=r"not in quarantine \(it is returned to supplier\)"):
        receiving.return_to_supplier(storekeeper, lot, "again")
    assert level(head).on_hand == 0


def test_a_manager_may_release_a_lot_when_the_paper_arrives(head, storekeeper, manager):
    lot = receive(storekeeper, head, 6, 38_000, documents=[Document.MANUAL])
    with pytest.raises(PermissionDenied):
        receiving.release_from_quarantine(storekeeper, lot, "papers came by mail")
    released = receiving.release_from_quarantine(manager, lot, "papers came by mail")
    assert released.status == LotStatus.RELEASED
    assert (level(head).on_hand, level(head).value) == (6, 228_000)
    assert head.__class__.get_by_id(head.id).initial_price == 38_000


def test_delivery_notes_are_unique_per_supplier(head, storekeeper):
    who = supplier(storekeeper)
    receiving.open_delivery(storekeeper, who, "SD-1", date(2026, 1, 5))
    with pytest.raises(Conflict, match=r"SD-1 of Shenzhen Parts Co\. was already received"):
        receiving.open_delivery(storekeeper, who, " SD-1 ", date(2026, 1, 5))
    other = supplier(storekeeper, "Other Co.")
    receiving.open_delivery(storekeeper, other, "SD-1", date(2026, 1, 5))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ({"qty_note": 0}, "Quantity on the delivery note must be at least 1"),
        ({"qty_counted": -1}, "Quantity counted cannot be negative"),
        ({"qty_note": 2.5}, "not 2.5"),
        ({"unit_cost": -5}, "Unit cost cannot be negative"),
        ({"unit_cost": 12.5}, "Unit cost must be a whole number"),
        ({"documents": ["passport"]}, "Unknown document 'passport'"),
    ],
)
def test_bad_lots_are_refused_and_write_nothing(head, storekeeper, args, message):
    delivery = receiving.open_delivery(storekeeper, supplier(storekeeper), "SD-9",
                                       date(2026, 1, 5))
    values = {"qty_note": 2, "qty_counted": 2, "unit_cost": 100, "appearance_ok": True,
              "documents": ALL_DOCS}
    values.update(args)
    before = row_counts()
    with pytest.raises(ValidationError, match=message):
        receiving.inspect_lot(storekeeper, delivery, head, **values)
    assert row_counts() == before


def test_only_warehouse_staff_receive(head, technician):
    with pytest.raises(PermissionDenied, match="Tom Tech may not receive deliveries"):
        receiving.open_delivery(technician, "Shenzhen Parts Co.", "SD-1", date(2026, 1, 5))
