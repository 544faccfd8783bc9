"""Workflow services on the database: transitions, events, audit, versions, gates, waivers."""

from __future__ import annotations

from datetime import timedelta

import pytest

from depot.audit import history
from depot.errors import Conflict, GateClosed, PermissionDenied, StaleEdit, ValidationError
from depot.events import bus
from rma import diagnosis, loans, workflow
from rma.models import Rma, RmaEvent, Unit
from rma.states import RmaState
from rma.transitions import Action, Guard
from tests.support.repair import make_world, receive


@pytest.fixture
def world(db, manager, fixed_clock):
    return make_world(manager)


def kinds(rma) -> list[str]:
    return [e.kind for e in workflow.events(rma)]


def test_in_warranty_unit_straight_through(world, clerk, technician, fixed_clock):
    rma = receive(clerk, "SN-WAR-1")
    rma = workflow.start_diagnosis(technician, rma)
    assert rma.state == "diagnosing" and rma.technician_id == technician.id
    diagnosis.record_diagnosis(technician, rma, "PSU capacitor bulged", "power_supply")
    rma = workflow.get_rma(rma.id)
    rma = workflow.start_repair(technician, rma)
    rma = workflow.finish_repair(technician, rma, note="Replaced PSU capacitor C12")
    rma = workflow.pass_test(technician, rma)
    fixed_clock.advance(days=2)
    loans.decline(clerk, rma, "Customer has a spare printer")  # owed one (DOMAIN §6)
    rma = workflow.ship(clerk, rma, carrier="SF Express", tracking="SF1234567890")
    assert rma.state == "shipped" and not rma.is_open and rma.shipped_at == fixed_clock.now()
    rma = workflow.close(clerk, rma)
    assert rma.state == "closed" and rma.closed_at is not None
    assert kinds(rma) == [
        "received", "start_diagnosis", "record_diagnosis", "start_repair", "finish_repair",
        "pass_test", "loaner_declined", "ship", "warranty_extended", "close",
    ]
    # received Monday 01-05, shipped Wednesday 01-07: three days counted (both ends)
    unit = Unit.get(Unit.serial == "SN-WAR-1")
    assert unit.extension_days == 3
    assert [e.action for e in history("rma", rma.id)][-2:] == ["rma.ship", "rma.close"]
    assert [e.action for e in history("unit", unit.id)][-1] == "unit.warranty_extend"


def test_event_records_who_when_where_and_the_move(world, clerk, technician, fixed_clock):
    rma = receive(clerk, "SN-WAR-1")
    workflow.start_diagnosis(technician, rma, note="On bench 3")
    event = RmaEvent.select().where(RmaEvent.rma == rma.id).order_by(RmaEvent.id.desc()).get()
    assert (event.kind, event.from_state, event.to_state, event.note) == (
        "start_diagnosis", "received", "diagnosing", "On bench 3")
    assert event.actor_id == technician.id and event.station == "test-station"
    assert event.at == fixed_clock.now()


def test_illegal_transition_is_refused_and_writes_nothing(world, clerk, technician):
    rma = receive(clerk, "SN-WAR-1")
    before = RmaEvent.select().count()
    with pytest.raises(Conflict) as err:
        workflow.ship(clerk, rma)
    assert str(err.value) == "Cannot ship an RMA that is received."
    with pytest.raises(Conflict) as err:
        workflow.finish_repair(technician, rma, note="x")
    assert str(err.value) == "Cannot finish the repair of an RMA that is received."
    assert RmaEvent.select().count() == before
    assert Rma.get_by_id(rma.id).version == rma.version


def test_roles_are_checked(world, clerk, technician):
    rma = receive(clerk, "SN-WAR-1")
    with pytest.raises(PermissionDenied) as err:
        workflow.start_diagnosis(clerk, rma)
    assert str(err.value) == (
        "Sue Desk may not start diagnosis on an RMA: needs role Technician."
    )
    rows = {a.action: a for a in workflow.available_actions(rma, clerk)}
    assert not rows[Action.START_DIAGNOSIS].enabled
    assert "needs role Technician" in rows[Action.START_DIAGNOSIS].reason
    assert rows[Action.CANCEL].enabled


def test_stale_view_is_refused_naming_who_and_when(world, clerk, technician, manager,
                                                   fixed_clock):
    rma = receive(clerk, "SN-WAR-1")
    mine = workflow.get_rma(rma.id)
    theirs = workflow.get_rma(rma.id)
    fixed_clock.advance(minutes=7)
    workflow.start_diagnosis(technician, theirs)
    with pytest.raises(StaleEdit) as err:
        workflow.cancel(manager, mine, note="Booked twice")
    assert str(err.value) == (
        f"{rma.number} was changed by Tom Tech at 2026-01-05 09:07 — reload and try again."
    )
    with pytest.raises(StaleEdit):
        workflow.cancel(manager, rma.id, expected_version=mine.version, note="Booked twice")
    assert workflow.get_rma(rma.id).state == "diagnosing"


def test_changes_are_published_after_commit(world, clerk, technician):
    rma = receive(clerk, "SN-WAR-1")
    seen = []
    unsubscribe = bus.subscribe(seen.append)
    try:
        workflow.start_diagnosis(technician, rma)
        with pytest.raises(Conflict):
            workflow.start_diagnosis(technician, workflow.get_rma(rma.id))
    finally:
        unsubscribe()
    assert len(seen) == 1 and seen[0].ids("rma") == {str(rma.id)}


def test_notes_required_where_a_person_must_explain(world, clerk, technician, manager):
    rma = workflow.start_diagnosis(technician, receive(clerk, "SN-WAR-1"))
    with pytest.raises(ValidationError, match=r"Say why the RMA is cancelled\."):
        workflow.cancel(clerk, rma, note="  ")
    rma = workflow.start_repair(technician, rma)
    with pytest.raises(ValidationError, match="Describe the work done"):
        workflow.finish_repair(technician, rma)
    rma = workflow.finish_repair(technician, rma, note="Cleaned print head")
    with pytest.raises(ValidationError, match=r"Say what failed in the test\."):
        workflow.fail_test(technician, rma)
    rma = workflow.fail_test(technician, rma, note="Still streaks")
    assert rma.state == "in_repair"


def test_cancel_and_return_unrepaired_close_the_rma(world, clerk, technician):
    rma = receive(clerk, "SN-WAR-1")
    rma = workflow.cancel(clerk, rma, note="Scanned the wrong unit")
    assert (rma.state, rma.is_open) == ("cancelled", False) and rma.closed_at is not None
    # the unit may be received again: the one-open-RMA index saw it closed
    again = receive(clerk, "SN-WAR-1")
    again = workflow.start_diagnosis(technician, again)
    again = workflow.return_unrepaired(technician, again, note="No fault found after 24 h soak")
    assert again.state == "returned_unrepaired" and again.shipped_at and again.closed_at


def test_warranty_extension_only_for_covered_rmas(world, clerk, technician, manager,
                                                  fixed_clock):
    rma = workflow.start_diagnosis(technician, receive(clerk, "SN-OOW-1"))
    workflow.waive_gate(manager, rma, Guard.REPAIR_GATE, "Goodwill: key account")
    rma = workflow.start_repair(technician, workflow.get_rma(rma.id))
    rma = workflow.finish_repair(technician, rma, note="Reseated ribbon cable")
    rma = workflow.pass_test(technician, rma)
    rma = workflow.ship(clerk, rma)
    assert Unit.get(Unit.serial == "SN-OOW-1").extension_days == 0
    assert "warranty_extended" not in kinds(rma)


def test_days_at_depot_counts_both_ends(fixed_clock):
    now = fixed_clock.now()
    assert workflow.days_at_depot(now, now.date()) == 1
    assert workflow.days_at_depot(now, (now + timedelta(days=2)).date()) == 3


# --------------------------------------------------------------------------- gate waivers


def test_waiver_needs_a_manager_and_a_reason(world, clerk, technician, manager):
    rma = workflow.start_diagnosis(technician, receive(clerk, "SN-OOW-1"))
    with pytest.raises(PermissionDenied):
        workflow.waive_gate(technician, rma, "repair_gate", "please")
    with pytest.raises(ValidationError, match="A waiver needs a reason"):
        workflow.waive_gate(manager, rma, "repair_gate", " ")
    with pytest.raises(ValidationError, match="cannot be waived"):
        workflow.waive_gate(manager, rma, "doa", "why not")
    with pytest.raises(GateClosed) as err:
        workflow.start_repair(technician, rma)
    assert str(err.value) == (
        "The unit is out of warranty: make a quote and have it accepted and paid before repair."
    )


def test_waiver_is_audited_logged_and_used_once(world, clerk, technician, manager):
    rma = workflow.start_diagnosis(technician, receive(clerk, "SN-OOW-1"))
    workflow.waive_gate(manager, rma, "repair_gate", "Warranty goodwill approved by GM")
    with pytest.raises(ValidationError, match="already waived"):
        workflow.waive_gate(manager, rma.id, "repair_gate", "again")
    rows = {a.action: a for a in workflow.available_actions(rma.id)}
    assert rows[Action.START_REPAIR].enabled and "waived" in rows[Action.START_REPAIR].reason
    rma = workflow.start_repair(technician, rma.id)
    events = workflow.events(rma)
    waived = next(e for e in events if e.kind == "gate_waived")
    assert waived.note == "Warranty goodwill approved by GM" and waived.actor_name == "Mia Manager"
    start = next(e for e in events if e.kind == "start_repair")
    assert start.data == {"waived": ["repair_gate"]}
    assert "rma.waive_gate" in [e.action for e in history("rma", rma.id)]
    # used up: going round again meets the gate
    rma = workflow.order_parts(technician, rma)
    with pytest.raises(GateClosed):
        workflow.parts_arrived(technician, rma)


def test_doa_guard_on_replace_and_parts_out_guard(world, clerk, technician):
    rma = workflow.start_diagnosis(technician, receive(clerk, "SN-WAR-1"))
    from rma import doa

    with pytest.raises(Conflict) as err:
        doa.replace_doa(clerk, rma, "SN-NEW-1")
    assert str(err.value) == (
        "The unit is in warranty, not dead on arrival: only a DOA unit is replaced; repair "
        "this one."
    )
    assert Unit.get_or_none(Unit.serial == "SN-NEW-1") is None


def test_available_actions_for_a_new_rma(world, clerk):
    rma = receive(clerk, "SN-WAR-1")
    enabled = [a.action for a in workflow.available_actions(rma) if a.enabled]
    assert enabled == [Action.START_DIAGNOSIS, Action.CANCEL]
    assert RmaState(rma.state) is RmaState.RECEIVED
