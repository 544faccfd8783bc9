"""Prepared statements write and read exactly what peewee's own would, on both backends."""

from __future__ import annotations

from datetime import UTC, datetime

from depot import audit
from depot import db as dbmod
from depot.models import AuditEntry, Counter, Role
from depot.prepared import PreparedInsert, PreparedQuery
from depot.service import next_number, unit_of_work
from depot.users import create_user


def test_prepared_insert_matches_model_create(db):
    boss = create_user(None, "Boss", "BDG-P001", Role.MANAGER)
    at = datetime(2026, 3, 31, 23, 59, 58, tzinfo=UTC)
    values = dict(actor=boss, station="desk-1", action="x.test", entity="rma", entity_id="7",
                  before={"a": [1, "二"]}, after=None, note="note", at=at)
    with unit_of_work():
        fast = PreparedInsert(AuditEntry).create(**values)
        slow = AuditEntry.create(**values)
    assert fast.id and slow.id and fast.id != slow.id
    read = {e.id: e for e in AuditEntry.select().where(AuditEntry.id.in_([fast.id, slow.id]))}
    columns = [f.name for f in AuditEntry._meta.sorted_fields if f.name != "id"]
    assert [getattr(read[fast.id], c) for c in columns] == \
        [getattr(read[slow.id], c) for c in columns]
    assert read[fast.id].before == {"a": [1, "二"]} and read[fast.id].at == at


def test_prepared_insert_fills_defaults_like_create(db):
    with unit_of_work():
        entry = PreparedInsert(AuditEntry).create(action="x.default", entity="rma",
                                                  station="desk-1")
    stored = AuditEntry.get_by_id(entry.id)
    assert stored.at is not None and stored.at == entry.at  # the model's default, as create
    assert not entry.is_dirty()


def test_audit_record_still_writes_one_entry(db):
    before = AuditEntry.select().count()
    with unit_of_work():
        audit.record(None, "x.record", "unit", 5, after={"serial": "SN1"})
    last = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert AuditEntry.select().count() == before + 1
    assert (last.action, last.entity_id, last.after) == ("x.record", "5", {"serial": "SN1"})


def test_next_number_counts_per_name_on_both_backends(db):
    with unit_of_work():
        assert [next_number("RMA-2611") for _ in range(3)] == [1, 2, 3]
        assert next_number("RMA-2612") == 1
    assert Counter.get(Counter.name == "RMA-2611").value == 3


def test_prepared_query_runs_with_a_new_value(db):
    create_user(None, "Ann", "BDG-Q001", Role.TECHNICIAN)
    from depot.models import User

    by_badge = PreparedQuery(lambda badge: User.select(User.name).where(User.badge == badge))
    assert by_badge.execute("BDG-Q001").fetchone()[0] == "Ann"
    assert by_badge.execute("BDG-NONE").fetchone() is None
    assert dbmod.database.obj is not None
