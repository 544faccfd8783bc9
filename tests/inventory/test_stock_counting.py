"""Counts by scan per bin, adjustments with reasons, write-offs approved by a manager."""

from __future__ import annotations

import pytest

from depot import settings
from depot.errors import Conflict, PermissionDenied, ValidationError
from inventory import catalogue, counting, stock
from inventory.models import AdjustmentStatus, CountStatus, StockMove
from tests.support.stock import level, make_part, receive, row_counts


@pytest.fixture
def shelf(db, storekeeper):
    catalogue.create_bin(storekeeper, "A-01-01")
    catalogue.create_bin(storekeeper, "A-01-02")
    head = make_part(storekeeper, "P-PH-630", "针式打印头 Print head", bin="A-01-01",
                     barcodes=["6901234567892"])
    ribbon = make_part(storekeeper, "P-RBN-630", "色带架 Ribbon", bin="A-01-01")
    roller = make_part(storekeeper, "P-PLT-410", "胶辊 Platen roller", bin="A-01-02")
    receive(storekeeper, head, 4, 38_000)
    receive(storekeeper, ribbon, 10, 1_850)
    receive(storekeeper, roller, 2, 12_500)
    return head, ribbon, roller


def test_count_by_scan_shows_differences_and_a_manager_posts_them(shelf, storekeeper, manager):
    head, ribbon, _roller = shelf
    session = counting.start_count(storekeeper, "a-01-01")
    for _ in range(3):
        counting.count_scan(storekeeper, session, "6901234567892")
    rows = {r.part_number: r for r in counting.count_lines(session)}
    assert (rows["P-PH-630"].counted, rows["P-PH-630"].difference) == (3, -1)
    assert (rows["P-RBN-630"].counted, rows["P-RBN-630"].difference) == (None, -10)
    counting.set_counted(storekeeper, session, ribbon, 11)
    assert {r.part_number: r.difference for r in counting.count_lines(session)} == {
        "P-PH-630": -1, "P-RBN-630": 1}

    with pytest.raises(ValidationError, match="belongs in bin A-01-02, not A-01-01"):
        counting.count_scan(storekeeper, session, "P-PLT-410")

    pending = counting.post_count(storekeeper, session)
    assert pending.status == CountStatus.PENDING_APPROVAL, "a loss waits for a manager"
    assert level(head).on_hand == 4
    with pytest.raises(PermissionDenied):
        counting.approve_count(storekeeper, session)
    posted = counting.approve_count(manager, session)
    assert posted.status == CountStatus.POSTED and posted.approved_by_id == manager.id
    moves = list(StockMove.select().where(StockMove.kind == "count").order_by(StockMove.id))
    assert [(m.part_id, m.qty, m.value, m.reference) for m in moves] == [
        (head.id, -1, -38_000, f"CNT-{session.id}"),
        (ribbon.id, 1, 1_850, f"CNT-{session.id}"),
    ]
    assert (level(head).on_hand, level(ribbon).on_hand) == (3, 11)
    assert stock.verify_levels() == []
    with pytest.raises(Conflict, match="is posted; it can no longer be changed"):
        counting.count_scan(storekeeper, session, "6901234567892")


def test_the_difference_is_what_the_shelf_showed_when_counted(shelf, storekeeper, technician):
    head = shelf[0]
    session = counting.start_count(storekeeper, "A-01-01")
    counting.set_counted(storekeeper, session, head, 4)
    counting.set_counted(storekeeper, session, "P-RBN-630", 10)
    stock.issue(technician, head, 1, "RMA-2601-00001")  # after the count, before posting
    posted = counting.post_count(storekeeper, session)
    assert posted.status == CountStatus.POSTED, "no difference, nothing to approve"
    assert StockMove.select().where(StockMove.kind == "count").count() == 0
    assert level(head).on_hand == 3


def test_a_surplus_posts_at_once_at_the_average_cost(shelf, storekeeper):
    roller = shelf[2]
    session = counting.start_count(storekeeper, "A-01-02")
    counting.set_counted(storekeeper, session, roller, 3)
    assert counting.post_count(storekeeper, session).status == CountStatus.POSTED
    assert (level(roller).on_hand, level(roller).value) == (3, 37_500)


def test_one_count_per_bin_and_cancel(shelf, storekeeper):
    session = counting.start_count(storekeeper, "A-01-01")
    with pytest.raises(Conflict, match="already being counted"):
        counting.start_count(storekeeper, "A-01-01")
    counting.cancel_count(storekeeper, session, "started by mistake")
    counting.start_count(storekeeper, "A-01-01")


def test_a_count_cannot_write_off_reserved_pieces(shelf, storekeeper, manager, clerk):
    roller = shelf[2]
    stock.reserve(clerk, roller, 2, "RMA-2601-00009")
    session = counting.start_count(storekeeper, "A-01-02")
    counting.set_counted(storekeeper, session, roller, 1)
    counting.post_count(storekeeper, session)
    with pytest.raises(Conflict, match=r"short by 1.*Release the reservations"):
        counting.approve_count(manager, session)
    assert level(roller).on_hand == 2


def test_adjustments_need_a_reason_and_losses_need_a_manager(shelf, storekeeper, manager):
    head = shelf[0]
    with pytest.raises(ValidationError, match="Enter a reason"):
        counting.adjust(storekeeper, head, -1, "")
    found = counting.adjust(storekeeper, head, 2, "found behind the shelf")
    assert found.status == AdjustmentStatus.POSTED and level(head).on_hand == 6

    before = row_counts()
    lost = counting.adjust(storekeeper, head, -1, "dropped, cracked")
    assert lost.status == AdjustmentStatus.PENDING and level(head).on_hand == 6
    assert [a.id for a in counting.pending_adjustments()] == [lost.id]
    assert row_counts()["stock_move"] == before["stock_move"]
    approved = counting.approve_adjustment(manager, lost, "ok")
    assert approved.status == AdjustmentStatus.POSTED
    assert (level(head).on_hand, level(head).value) == (5, 190_000)
    assert counting.pending_adjustments() == []


def test_the_threshold_lets_small_losses_through(shelf, storekeeper, manager):
    ribbon = shelf[1]
    settings.change(manager, "inventory.writeoff_approval_threshold", 5_000)
    small = counting.adjust(storekeeper, ribbon, -2, "ripped packaging")  # 3,700 < 5,000
    assert small.status == AdjustmentStatus.POSTED
    big = counting.adjust(storekeeper, ribbon, -3, "lost")  # 5,550
    assert big.status == AdjustmentStatus.PENDING
    counting.reject_adjustment(manager, big, "found them in bin A-01-02")
    assert level(ribbon).on_hand == 8


def test_scrap_always_needs_a_manager(shelf, storekeeper, manager):
    head = shelf[0]
    waiting = counting.scrap(storekeeper, head, 1, "burnt coil")
    assert waiting.status == AdjustmentStatus.PENDING
    mine = counting.scrap(manager, head, 1, "bent pins")
    assert mine.status == AdjustmentStatus.POSTED
    move = StockMove.get_by_id(mine.move_id)
    assert (move.kind, move.qty, move.value) == ("scrap", -1, -38_000)
    with pytest.raises(Conflict, match=r"already decided \(posted\)"):
        counting.reject_adjustment(manager, mine, "too late")
