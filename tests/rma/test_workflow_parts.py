"""Parts on the bench, vendor repair with its task, and the DOA swap."""

from __future__ import annotations

from datetime import date

import pytest

from depot.audit import history
from depot.errors import Conflict, NotFound, OutOfStock, ScanError, ValidationError
from inventory import stock
from rma import doa, parts, payments, quotes, tasks, vendor, workflow
from rma.models import Unit
from rma.repair_models import Task
from rma.units import coverage_for
from tests.support.repair import make_world, receive, stock_part


@pytest.fixture
def world(db, manager, storekeeper, fixed_clock):
    world = make_world(manager)
    stock_part(storekeeper, "P-BELT", "Drive belt", (2, 8_000))
    return world


def in_repair(clerk, technician, serial="SN-WAR-1"):
    rma = workflow.start_diagnosis(technician, receive(clerk, serial))
    return workflow.start_repair(technician, rma)


# --------------------------------------------------------------------------- parts


def test_issue_and_return_parts(world, clerk, technician, storekeeper):
    rma = in_repair(clerk, technician)
    line = parts.issue_part_by_scan(technician, rma, "P-BELT", 2)
    assert (line.part_code, line.qty, line.unit_cost, line.issued_by_id) == (
        "P-BELT", 2, 8_000, technician.id)
    assert stock.level("P-BELT").on_hand == 0
    with pytest.raises(OutOfStock):
        parts.issue_part_by_scan(technician, rma, "P-BELT")
    with pytest.raises(NotFound):
        parts.issue_part_by_scan(technician, rma, "P-NOPE")
    with pytest.raises(NotFound, match="is an RMA number, not a part"):
        parts.issue_part_by_scan(technician, rma, "RMA-2601-00001")
    with pytest.raises(ScanError):
        parts.issue_part_by_scan(technician, rma, "P-BELT#!")
    back = parts.return_part(storekeeper, line, 1, note="Spare, not fitted")
    assert back.returned_qty == 1 and stock.level("P-BELT").on_hand == 1
    with pytest.raises(ValidationError, match="Only 1 × P-BELT are still issued"):
        parts.return_part(technician, line, 2)
    parts.return_part(technician, line)
    with pytest.raises(Conflict, match="already back in stock"):
        parts.return_part(technician, line)
    kinds = [e.kind for e in workflow.events(rma)]
    assert kinds[-3:] == ["part_issued", "part_returned", "part_returned"]
    assert "rma.issue_part" in [e.action for e in history("rma", rma.id)]


def test_no_parts_to_an_rma_not_in_repair(world, clerk, technician):
    rma = workflow.start_diagnosis(technician, receive(clerk, "SN-WAR-1"))
    with pytest.raises(Conflict) as err:
        parts.issue_part_by_scan(technician, rma, "P-BELT")
    assert str(err.value) == (
        f"{rma.number} is diagnosing: parts are issued only while the unit is in repair."
    )
    rma = workflow.cancel(clerk, rma, note="Duplicate")
    with pytest.raises(Conflict) as err:
        parts.issue_part_by_scan(technician, rma, "P-BELT")
    assert str(err.value) == (
        f"{rma.number} is cancelled: parts cannot be issued to a closed RMA."
    )


def test_declined_revision_with_parts_fitted_must_return_them_first(world, clerk, technician):
    rma = workflow.start_diagnosis(technician, receive(clerk, "SN-OOW-1"))
    quote = quotes.draft_quote(technician, rma)
    quotes.add_line(technician, quote, "part", part_code="P-BELT")
    quotes.issue_quote(technician, rma)
    quotes.accept_quote(clerk, rma, "signed")
    payments.record_payment(clerk, rma, 8_000, "cash")
    rma = workflow.start_repair(technician, workflow.get_rma(rma.id))
    line = parts.issue_part_by_scan(technician, rma, "P-BELT")
    parts.add_part_during_repair(technician, rma, "FAN-80", 1, unit_price=3_000)
    quotes.issue_quote(technician, rma)
    quotes.decline_quote(clerk, rma, "phone", note="Customer wants it back as is")
    assert rma.state == "declined" and payments.balance(rma) == 0  # first quote stands, paid
    with pytest.raises(Conflict) as err:
        workflow.return_unrepaired(clerk, rma, note="Declined the fan")
    assert str(err.value) == (
        f"1 part is still issued to {rma.number}: return them to stock first."
    )
    parts.return_part(technician, line, note="Belt removed again")
    rma = workflow.return_unrepaired(clerk, workflow.get_rma(rma.id), note="Declined the fan")
    assert rma.state == "returned_unrepaired"


def test_extra_part_on_a_covered_rma_just_goes_on_the_list(world, clerk, technician):
    rma = in_repair(clerk, technician)
    assert parts.add_part_during_repair(technician, rma, "P-BELT", 1) is None
    assert rma.state == "in_repair"
    with pytest.raises(Conflict, match="extra parts are added during repair"):
        parts.add_part_during_repair(technician, workflow.pass_test(
            technician, workflow.finish_repair(technician, rma, note="done")), "P-BELT")


def test_extra_part_not_in_catalogue_needs_a_price_and_writes_nothing_without(
        world, clerk, technician):
    rma = workflow.start_diagnosis(technician, receive(clerk, "SN-OOW-1"))
    quote = quotes.draft_quote(technician, rma)
    quotes.add_line(technician, quote, "part", part_code="P-BELT")
    quotes.issue_quote(technician, rma)
    quotes.accept_quote(clerk, rma, "signed")
    payments.record_payment(clerk, rma, 8_000, "cash")
    rma = workflow.start_repair(technician, workflow.get_rma(rma.id))
    version = rma.version
    with pytest.raises(ValidationError, match="enter the price on the line"):
        parts.add_part_during_repair(technician, rma, "FAN-80", 1)
    assert workflow.get_rma(rma.id).version == version
    assert len(quotes.quotes_of(rma)) == 1
    revised = parts.add_part_during_repair(technician, rma, "FAN-80", 2, unit_price=3_000,
                                           description="80 mm fan")
    assert [(ln.part_code, ln.qty, ln.amount) for ln in quotes.quote_lines(revised)] == [
        ("P-BELT", 1, 8_000), ("FAN-80", 2, 6_000)]
    assert rma.state == "awaiting_approval"


# --------------------------------------------------------------------------- vendor repair


def test_vendor_repair_raises_the_inform_task(world, clerk, technician, fixed_clock):
    rma = in_repair(clerk, technician)
    with pytest.raises(ValidationError, match="Enter the vendor's name"):
        vendor.send_to_vendor(technician, rma, vendor=" ")
    with pytest.raises(ValidationError, match="before the sent date"):
        vendor.send_to_vendor(technician, rma, vendor="Zebra", expected_back=date(2026, 1, 1))
    sent = vendor.send_to_vendor(technician, rma, vendor="Zebra Technologies",
                                 vendor_rma="ZRMA-55120", expected_back=date(2026, 1, 20))
    assert rma.state == "at_vendor"
    assert (sent.vendor, sent.vendor_rma, sent.sent_on) == (
        "Zebra Technologies", "ZRMA-55120", date(2026, 1, 5))
    [task] = tasks.tasks_of(rma)
    assert task.kind == "inform_longer_cycle" and task.done_at is None
    assert task.title == (
        f"Inform the customer: {rma.number} went to Zebra Technologies for repair, expected "
        "back 2026-01-20."
    )
    assert task.due > fixed_clock.now()
    assert [t.id for t in tasks.open_tasks()] == [task.id]
    done = tasks.complete_task(clerk, task, note="Called Wang Li, OK with 2 weeks")
    assert done.done_by_id == clerk.id and done.done_at == fixed_clock.now()
    assert tasks.open_tasks() == []
    with pytest.raises(Conflict, match="already done by Sue Desk"):
        tasks.complete_task(clerk, Task.get_by_id(task.id))
    with pytest.raises(ValidationError, match="before the unit was sent"):
        vendor.back_from_vendor(technician, rma, back_on=date(2026, 1, 4))
    fixed_clock.advance(days=10)
    back = vendor.back_from_vendor(clerk, rma, note="Mainboard replaced by vendor")
    assert back.back_on == date(2026, 1, 15) and back.received_by_id == clerk.id
    assert rma.state == "testing"
    assert vendor.open_vendor_repair(rma) is None
    kinds = [e.kind for e in workflow.events(rma)]
    assert kinds[-3:] == ["send_to_vendor", "task_done", "back_from_vendor"]


def test_chargeable_unit_goes_to_the_vendor_only_when_paid(world, clerk, technician):
    rma = workflow.start_diagnosis(technician, receive(clerk, "SN-OOW-1"))
    with pytest.raises(Exception, match="make a quote and have it accepted and paid"):
        vendor.send_to_vendor(technician, rma, vendor="Zebra")
    assert Task.select().count() == 0


# --------------------------------------------------------------------------- DOA swap


def test_doa_swap_registers_the_replacement_with_inherited_warranty(world, clerk, technician,
                                                                    fixed_clock):
    rma = receive(clerk, "SN-DOA-1", fault="Dead on first power-up")
    assert rma.coverage == "doa"
    original = Unit.get(Unit.serial == "SN-DOA-1")
    before = coverage_for(original, date(2026, 1, 5))
    assert (before.start, before.end) == (date(2026, 1, 2), date(2027, 1, 1))
    fixed_clock.advance(days=1)
    with pytest.raises(ScanError):
        doa.replace_doa(clerk, rma, "RMA-2601-00001")
    with pytest.raises(Conflict, match="already registered"):
        doa.replace_doa(clerk, rma, "SN-WAR-1")
    new = doa.replace_doa(clerk, rma, "sn-doa-1r")
    assert new.serial == "SN-DOA-1R" and new.replaces_id == original.id
    assert new.customer_id == original.customer_id and new.model_id == original.model_id
    assert new.extension_days == 2  # Mon 01-05 → Tue 01-06 at the depot, both counted
    after = coverage_for(new, date(2026, 1, 6))
    assert after.start == date(2026, 1, 2) and after.end == date(2027, 1, 3)
    rma = workflow.get_rma(rma.id)
    assert (rma.state, rma.is_open) == ("replaced", False)
    event = workflow.events(rma)[-1]
    assert event.kind == "replace_doa" and event.data["replacement"] == "SN-DOA-1R"
    assert [e.action for e in history("unit", new.id)] == ["unit.register", "unit.replace_doa"]
