"""The bench queue (mine / unassigned / overdue) and taking or assigning RMAs."""

from __future__ import annotations

import pytest

from depot.errors import PermissionDenied, ValidationError
from depot.models import Role
from depot.users import create_user
from rma import bench, sla, workflow
from tests.support.repair import make_world, receive


@pytest.fixture
def world(db, manager, fixed_clock):
    return make_world(manager)


def test_queue_mine_unassigned_overdue(world, clerk, technician, manager, fixed_clock):
    other = create_user(manager, "Li Tech", "BDG-T002", Role.TECHNICIAN)
    a = workflow.start_diagnosis(technician, receive(clerk, "SN-WAR-1"))
    fixed_clock.advance(hours=1)
    b = receive(clerk, "SN-WAR-2")
    c = workflow.start_diagnosis(other, receive(clerk, "SN-OOW-1"))
    assert [r.number for r in bench.queue(technician, "mine")] == [a.number]
    assert [r.number for r in bench.queue(technician, "unassigned")] == [b.number]
    assert {r.number for r in bench.queue(technician, "all")} == {a.number, b.number, c.number}
    row = bench.queue(other, "mine")[0]
    assert (row.serial, row.model, row.customer, row.technician, row.state) == (
        "SN-OOW-1", "ZT410", "Acme Ltd", "Li Tech", "diagnosing")
    assert row.status is sla.SlaStatus.ON_TIME and row.time_left is not None
    assert bench.queue(technician, "overdue") == []
    fixed_clock.advance(days=3)  # the 12 working-hour fix target has run out for all three
    overdue = bench.queue(manager, "overdue")
    assert [r.number for r in overdue] == [a.number, b.number, c.number]
    assert all(r.status is sla.SlaStatus.OVERDUE for r in overdue)
    with pytest.raises(ValidationError, match="Unknown queue"):
        bench.queue(technician, "later")


def test_taking_and_assigning(world, clerk, technician, manager):
    other = create_user(manager, "Li Tech", "BDG-T002", Role.TECHNICIAN)
    rma = receive(clerk, "SN-WAR-1")
    rma = workflow.assign_technician(technician, rma, technician)
    assert rma.technician_id == technician.id
    with pytest.raises(PermissionDenied, match="for themselves only"):
        workflow.assign_technician(technician, rma, other)
    with pytest.raises(PermissionDenied):
        workflow.assign_technician(clerk, rma, technician)
    rma = workflow.assign_technician(manager, rma, other)
    assert rma.technician_id == other.id
    with pytest.raises(ValidationError, match="is not a technician"):
        workflow.assign_technician(manager, rma, clerk)
    rma = workflow.assign_technician(other, rma, None)
    assert rma.technician_id is None
    assert [e.note for e in workflow.events(rma) if e.kind == "assigned"] == [
        "Tom Tech", "Li Tech", "nobody"]
