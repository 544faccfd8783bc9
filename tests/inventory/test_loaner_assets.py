"""Loaner assets: create/update/retire with validation, status moves only through services."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from depot.errors import Conflict, NotFound, PermissionDenied, ScanError, StaleEdit, ValidationError
from depot.models import AuditEntry
from inventory import loaners as pool
from inventory.loaner_models import Loaner, LoanerStatusChange
from inventory.loaners import ConditionGrade, LoanerStatus


def _new(actor, **kw):
    kw.setdefault("description", "Zebra ZT230 label printer")
    kw.setdefault("loaner_class", 2)
    kw.setdefault("cost_value", 350_000)
    kw.setdefault("accessories", ["power supply", "USB cable"])
    return pool.create_loaner(actor, **kw)


def test_create_numbers_and_records_history(db, storekeeper, fixed_clock):
    first = _new(storekeeper)
    second = _new(storekeeper, code="ln-laptop-03\r")
    assert first.code == "LN-00001" and second.code == "LN-LAPTOP-03"
    assert first.status == LoanerStatus.AVAILABLE and first.accessories == ["power supply",
                                                                           "USB cable"]
    history = list(LoanerStatusChange.select().where(LoanerStatusChange.loaner == first.id))
    assert [(h.from_status, h.to_status) for h in history] == [(None, "available")]
    assert AuditEntry.select().where(AuditEntry.action == "loaner.create").count() == 2
    assert pool.get_loaner("ln-00001").id == first.id


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("description", "  ", "Enter a description."),
        ("loaner_class", 0, "The loaner class must be a whole number from 1 to 9."),
        ("loaner_class", 10, "The loaner class must be a whole number from 1 to 9."),
        ("cost_value", -1, "The cost value cannot be negative."),
        ("cost_value", 12.5, "The cost value must be an exact amount."),
        ("accessories", ["cable", " "], "An accessory needs a name."),
        ("condition_grade", 7, "Unknown condition grade 7"),
    ],
)
def test_create_refuses_bad_input_and_writes_nothing(db, storekeeper, field, value, message):
    with pytest.raises(ValidationError, match=message):
        _new(storekeeper, **{field: value})
    assert Loaner.select().count() == 0 and LoanerStatusChange.select().count() == 0


def test_create_refuses_duplicate_and_non_loaner_tags(db, storekeeper):
    _new(storekeeper, code="LN-7")
    with pytest.raises(Conflict, match="Loaner LN-7 already exists"):
        _new(storekeeper, code="LN-7")
    with pytest.raises(ScanError, match="not a loaner tag"):
        _new(storekeeper, code="RMA-2601-00001")
    assert Loaner.select().count() == 1


def test_only_warehouse_or_manager_manage_assets(db, clerk, manager):
    with pytest.raises(PermissionDenied, match="needs role Warehouse"):
        _new(clerk)
    assert _new(manager).code == "LN-00001"


def test_update_is_versioned_and_cannot_touch_status(db, storekeeper):
    loaner = _new(storekeeper)
    pool.update_loaner(storekeeper, loaner.code, loaner.version, location="Shelf B2",
                       condition_grade=ConditionGrade.AS_NEW)
    with pytest.raises(StaleEdit):
        pool.update_loaner(storekeeper, loaner.code, loaner.version, location="Shelf C")
    with pytest.raises(ValidationError, match="cannot be edited here: status"):
        pool.update_loaner(storekeeper, loaner.code, loaner.version + 1, status="out")
    fresh = Loaner.get_by_id(loaner.id)
    assert (fresh.location, fresh.condition_grade, fresh.status) == ("Shelf B2", 1, "available")


def test_lend_take_back_service_retire_cycle(db, storekeeper, clerk, fixed_clock):
    loaner = _new(storekeeper)
    pool.lend(clerk, loaner.code, "RMA-2601-00001")
    assert Loaner.get_by_id(loaner.id).out_reference == "RMA-2601-00001"
    with pytest.raises(Conflict, match=r"Loaner LN-00001 is already out \(RMA-2601-00001\)\."):
        pool.lend(clerk, loaner.code, "RMA-2601-00002")
    with pytest.raises(Conflict, match="take it back before retiring"):
        pool.retire(storekeeper, loaner.code, "dropped")
    pool.take_back(clerk, loaner.code, to_service=True, condition_notes="cracked cover")
    back = Loaner.get_by_id(loaner.id)
    assert (back.status, back.out_reference, back.condition_notes) == (
        "in_service", "", "cracked cover")
    with pytest.raises(Conflict, match="in service"):
        pool.lend(clerk, loaner.code, "RMA-2601-00003")
    pool.return_from_service(storekeeper, loaner.code, "cover replaced",
                             condition_grade=ConditionGrade.GOOD, condition_notes="")
    pool.send_to_service(storekeeper, loaner.code, "yearly check")
    pool.retire(storekeeper, loaner.code, "end of life")
    with pytest.raises(Conflict, match="Loaner LN-00001 is retired and cannot be lent"):
        pool.lend(clerk, loaner.code, "RMA-2601-00004")
    moves = [h.to_status for h in LoanerStatusChange.select().order_by(LoanerStatusChange.id)]
    assert moves == ["available", "out", "in_service", "available", "in_service", "retired"]
    assert Loaner.get_by_id(loaner.id).retired_reason == "end of life"


def test_take_back_refuses_a_loaner_that_is_not_out(db, storekeeper, clerk):
    loaner = _new(storekeeper)
    with pytest.raises(Conflict, match="is not out \\(it is available\\)"):
        pool.take_back(clerk, loaner.code)


def test_available_loaners_best_match_first(db, storekeeper):
    _new(storekeeper, code="LN-C3", loaner_class=3, condition_grade=1)
    _new(storekeeper, code="LN-C2-FAIR", loaner_class=2, condition_grade=3)
    _new(storekeeper, code="LN-C2-NEW", loaner_class=2, condition_grade=1)
    _new(storekeeper, code="LN-C1", loaner_class=1)
    assert [x.code for x in pool.available_loaners(2)] == ["LN-C2-NEW", "LN-C2-FAIR", "LN-C3"]


def test_get_loaner_not_found(db):
    with pytest.raises(NotFound, match="No loaner is tagged LN-404"):
        pool.get_loaner("LN-404")


def test_status_spans_cover_the_period(db, storekeeper, clerk, fixed_clock):
    start = fixed_clock.current
    loaner = _new(storekeeper)
    fixed_clock.advance(days=2)
    pool.lend(clerk, loaner.code, "RMA-2601-00001")
    fixed_clock.advance(days=3)
    pool.take_back(clerk, loaner.code)
    end = start + timedelta(days=10)
    spans = pool.status_spans(start - timedelta(days=5), end)[loaner.id]
    assert [(s.status, (s.end - s.start).days) for s in spans] == [
        ("available", 2), ("out", 3), ("available", 5)]
    with pytest.raises(ValidationError):
        pool.status_spans(end, start)
    assert pool.status_spans(datetime(2020, 1, 1, tzinfo=UTC), datetime(2020, 2, 1, tzinfo=UTC)) \
        == {}
