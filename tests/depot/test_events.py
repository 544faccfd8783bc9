"""Change events: published once, after commit, never for a rolled-back write."""

from __future__ import annotations

import pytest

from depot import events
from depot.errors import ValidationError
from depot.events import Changes
from depot.models import Role
from depot.service import unit_of_work
from depot.users import create_user


def test_payload_round_trip_and_oversized_payload_names_kinds_only():
    changes = Changes(station="bench-2").add("rma", 1, 2).add("unit", 7)
    back = Changes.from_payload(changes.to_payload())
    assert back.kinds == {"rma": {"1", "2"}, "unit": {"7"}}
    assert back.station == "bench-2"
    big = Changes().add("rma", *range(5000))
    assert Changes.from_payload(big.to_payload()).ids("rma") == {events.ALL}


def test_subscribers_hear_committed_changes_once(db):
    heard: list[Changes] = []
    unsubscribe = events.bus.subscribe(heard.append)
    try:
        user = create_user(None, "Ann", "BDG-A001", Role.MANAGER)
        assert len(heard) == 1 and heard[0].ids("user") == {str(user.id)}
        with pytest.raises(ValidationError), unit_of_work() as changes:
            changes.add("user", 999)
            raise ValidationError("refused")
        assert len(heard) == 1, "a rolled-back unit of work publishes nothing"
    finally:
        unsubscribe()


def test_a_failing_subscriber_does_not_break_the_others(db):
    heard: list[Changes] = []

    def broken(_changes: Changes) -> None:
        raise RuntimeError("page crashed")

    off1 = events.bus.subscribe(broken)
    off2 = events.bus.subscribe(heard.append)
    try:
        create_user(None, "Ann", "BDG-A001", Role.MANAGER)
        assert len(heard) == 1
    finally:
        off1()
        off2()
