"""Loans: who is owed a loaner, offer, checkout by scan, return by scan, due back, overdue."""

from __future__ import annotations

from datetime import date

import pytest

from depot import settings
from depot.errors import (
    Conflict,
    GateClosed,
    NotFound,
    PermissionDenied,
    ScanError,
    ValidationError,
)
from depot.models import AuditEntry
from inventory import loaners as pool
from inventory.loaner_models import Loaner, LoanerStatusChange
from rma import loans, shipping, sla_status, workflow
from rma.models import RmaEvent
from rma.shipping import LegInput
from rma.shipping_models import Loan, LoanDecline, ShippingLeg
from tests.support.loaner_world import KIT, make_loaner_world, receive_unit

TUESDAY = date(2026, 1, 6)  # the next working day after the fixed clock's Monday


@pytest.fixture
def world(db, manager, storekeeper, fixed_clock):
    return make_loaner_world(manager, storekeeper)


def counts() -> dict[str, int]:
    return {m.__name__: m.select().count()
            for m in (Loan, ShippingLeg, RmaEvent, AuditEntry, LoanerStatusChange, LoanDecline)}


def statuses() -> dict[str, str]:
    return {x.code: x.status for x in Loaner.select()}


# --------------------------------------------------------------------------- eligibility


def test_in_warranty_unit_sent_in_is_owed_a_loaner_by_the_next_working_day(world, clerk):
    rma = receive_unit(clerk, "SN-WAR-1", channel="courier")
    verdict = loans.eligibility(rma)
    assert (verdict.eligible, verdict.needed_class, verdict.due_by) == (True, 2, TUESDAY)
    assert "must come to the depot" in verdict.reason
    pickup = loans.eligibility(receive_unit(clerk, "SN-DOA-1", channel="pickup"))
    assert pickup.eligible and pickup.due_by == TUESDAY


def test_out_of_warranty_is_not_owed_one_but_may_be_overridden(world, clerk):
    verdict = loans.eligibility(receive_unit(clerk, "SN-OOW-1"))
    assert not verdict.eligible and verdict.overridable
    assert "unless a manager overrides" in verdict.reason


def test_walk_in_is_owed_one_only_when_the_repair_exceeds_one_working_day(
    world, clerk, fixed_clock
):
    # received Monday 09:00 (the tests' local zone is UTC; working hours 09:00-17:00)
    rma = receive_unit(clerk, "SN-WAR-1", channel="walk_in")
    assert not loans.eligibility(rma).eligible
    assert loans.eligibility(rma, long_repair=True).eligible  # the technician's estimate
    fixed_clock.advance(hours=8)  # Monday 17:00: exactly one working day of work
    assert not loans.eligibility(rma).eligible
    fixed_clock.advance(hours=17)  # Tuesday 10:00: more than a working day
    verdict = loans.eligibility(rma)
    assert verdict.eligible and verdict.due_by == TUESDAY
    assert "more than one working day" in verdict.reason


def test_walk_in_repaired_within_a_working_day_is_not_owed_one(world, clerk, technician,
                                                               fixed_clock):
    rma = receive_unit(clerk, "SN-WAR-1", channel="walk_in")
    rma = workflow.start_diagnosis(technician, rma)
    rma = workflow.start_repair(technician, rma)
    fixed_clock.advance(hours=7)  # Monday 16:00
    rma = workflow.finish_repair(technician, rma, note="Replaced the platen roller")
    workflow.pass_test(technician, rma)
    fixed_clock.advance(days=3)
    assert not loans.eligibility(rma).eligible


def test_loan_dates_follow_the_configured_calendar(world, clerk, manager):
    settings.change(manager, sla_status.CALENDAR_EXTRA_HOLIDAYS.key, ["2026-01-06"])
    rma = receive_unit(clerk, "SN-WAR-1")
    assert loans.eligibility(rma).due_by == date(2026, 1, 7)


def test_a_shipped_rma_gets_no_loaner(world, clerk, technician):
    rma = receive_unit(clerk, "SN-WAR-1")
    for step in (workflow.start_diagnosis, workflow.start_repair):
        rma = step(technician, rma)
    rma = workflow.finish_repair(technician, rma, note="ok")
    rma = workflow.pass_test(technician, rma)
    with pytest.raises(GateClosed, match="Loaner not arranged"):
        workflow.ship(clerk, rma)  # owed one and nothing decided: the unit stays
    loans.decline(clerk, rma, "Customer has a spare printer")
    rma = workflow.ship(clerk, rma)
    verdict = loans.eligibility(rma)
    assert not verdict.eligible and not verdict.overridable


def test_offer_is_best_match_first(world, clerk):
    rma = receive_unit(clerk, "SN-WAR-1")
    assert [x.code for x in loans.offer(rma)] == ["LN-C2-NEW", "LN-C2-FAIR", "LN-C3"]


# --------------------------------------------------------------------------- checkout


def test_checkout_by_scan_records_who_when_accessories_and_the_leg(world, clerk, fixed_clock):
    rma = receive_unit(clerk, "SN-WAR-1")
    loan = loans.checkout(clerk, rma, " ln-c2-new\r",
                          outbound_leg=LegInput(carrier="SF Express", tracking="SF100",
                                                cost=1_800))
    assert (loan.out_by_id, loan.out_at, loan.accessories_out) == (
        clerk.id, fixed_clock.current, KIT)
    assert (loan.needed_class, loan.due_by, loan.due_back) == (2, TUESDAY, None)
    leg = ShippingLeg.get_by_id(loan.outbound_leg_id)
    assert (leg.direction, leg.payer, leg.loaner_code, leg.cost) == (
        "loaner_out", "depot", "LN-C2-NEW", 1_800)
    loaner = Loaner.get(Loaner.code == "LN-C2-NEW")
    assert (loaner.status, loaner.out_reference) == ("out", rma.number)
    assert loans.active_loan(rma).id == loan.id
    event = RmaEvent.get(RmaEvent.kind == "loaner_out")
    assert "LN-C2-NEW" in event.note and "power supply, USB cable" in event.note
    assert AuditEntry.select().where(AuditEntry.action == "loan.checkout").count() == 1
    assert [x.code for x in loans.offer(rma)] == ["LN-C2-FAIR", "LN-C3"]


def test_checkout_at_the_counter_with_part_of_the_kit(world, clerk):
    rma = receive_unit(clerk, "SN-WAR-1")
    loan = loans.checkout(clerk, rma, "LN-C3", ["power supply"])
    assert loan.outbound_leg_id is None and loan.accessories_out == ["power supply"]


@pytest.mark.parametrize(
    ("code", "kw", "error", "message"),
    [
        ("LN-C1", {}, ValidationError, "Loaner LN-C1 is class 1; RMA-2601-00001 needs class 2"),
        ("LN-404", {}, NotFound, "No loaner is tagged LN-404"),
        ("RMA-2601-00001", {}, ScanError, "not a loaner tag"),
        ("LN-C2-NEW", {"accessories": ["docking station"]}, ValidationError,
         "LN-C2-NEW has no docking station to lend"),
        ("LN-C2-NEW", {"outbound_leg": LegInput(carrier="", cost=100)}, ValidationError,
         "Enter the carrier"),
        ("LN-C2-NEW", {"outbound_leg": LegInput(carrier="SF", cost=-100)}, ValidationError,
         "cannot be negative"),
    ],
)
def test_checkout_refusals_write_nothing(world, clerk, code, kw, error, message):
    rma = receive_unit(clerk, "SN-WAR-1")
    before, pool_before = counts(), statuses()
    with pytest.raises(error, match=message):
        loans.checkout(clerk, rma, code, **kw)
    assert counts() == before and statuses() == pool_before


def test_a_loaner_that_is_out_retired_or_in_service_is_refused(world, clerk, storekeeper):
    first = receive_unit(clerk, "SN-WAR-1")
    second = receive_unit(clerk, "SN-WAR-2")
    loans.checkout(clerk, first, "LN-C2-NEW")
    pool.retire(storekeeper, "LN-C3", "Screen cracked beyond repair")
    pool.send_to_service(storekeeper, "LN-C2-FAIR", "Print head check")
    before, pool_before = counts(), statuses()
    with pytest.raises(Conflict, match=rf"Loaner LN-C2-NEW is already out \({first.number}\)"):
        loans.checkout(clerk, second, "LN-C2-NEW")
    with pytest.raises(Conflict, match="Loaner LN-C3 is retired and cannot be lent"):
        loans.checkout(clerk, second, "LN-C3")
    with pytest.raises(Conflict, match="Loaner LN-C2-FAIR is in service"):
        loans.checkout(clerk, second, "LN-C2-FAIR")
    with pytest.raises(Conflict, match=f"{first.number} already has loaner LN-C2-NEW out"):
        loans.checkout(clerk, first, "LN-C2-FAIR")
    assert counts() == before and statuses() == pool_before


def test_out_of_warranty_needs_a_manager_override_with_a_reason(world, clerk, manager):
    rma = receive_unit(clerk, "SN-OOW-1")
    before = counts()
    with pytest.raises(GateClosed, match="out-of-warranty units get no loaner"):
        loans.checkout(clerk, rma, "LN-C2-NEW")
    with pytest.raises(PermissionDenied):
        loans.checkout(clerk, rma, "LN-C2-NEW", override_reason="Key account")
    with pytest.raises(GateClosed, match="no payer for loaner out"):
        loans.checkout(manager, rma, "LN-C2-NEW", override_reason="Key account",
                       outbound_leg=LegInput(carrier="SF", cost=1_000))
    assert counts() == before
    loan = loans.checkout(
        manager, rma, "LN-C2-NEW", override_reason="Key account, GM approved",
        outbound_leg=LegInput(carrier="SF", cost=1_000, payer="depot",
                              override_reason="Goodwill loaner"))
    assert loan.override_reason == "Key account, GM approved"
    assert ShippingLeg.get_by_id(loan.outbound_leg_id).payer == "depot"
    entry = AuditEntry.get(AuditEntry.action == "loan.override")
    assert entry.note == "Key account, GM approved" and entry.actor_id == manager.id


def test_in_warranty_checkout_does_not_record_a_pointless_override(world, manager, clerk):
    loan = loans.checkout(manager, receive_unit(clerk, "SN-WAR-1"), "LN-C2-NEW",
                          override_reason="not needed")
    assert loan.override_reason == ""


def test_only_desk_and_warehouse_lend(world, clerk, technician):
    with pytest.raises(PermissionDenied):
        loans.checkout(technician, receive_unit(clerk, "SN-WAR-1"), "LN-C2-NEW")


# --------------------------------------------------------------------------- return


def _out(clerk, serial="SN-WAR-1", code="LN-C2-NEW"):
    rma = receive_unit(clerk, serial)
    return rma, loans.checkout(clerk, rma, code)


def test_return_complete_and_in_good_condition_goes_back_to_the_pool(world, clerk):
    rma, _loan = _out(clerk)
    back = loans.return_loaner(
        clerk, "ln-c2-new", True, KIT,
        inbound_leg=LegInput(carrier="SF Express", tracking="SF200", cost=1_500))
    assert back.returned_by_id == clerk.id and back.missing_accessories == []
    assert Loaner.get(Loaner.code == "LN-C2-NEW").status == "available"
    leg = ShippingLeg.get_by_id(back.return_leg_id)
    assert (leg.direction, leg.payer, leg.customer_paid_carrier) == (
        "loaner_back", "customer", True)
    assert loans.active_loan(rma) is None
    assert "accessories complete" in RmaEvent.get(RmaEvent.kind == "loaner_back").note


def test_missing_accessories_are_recorded_flagged_and_keep_it_out_of_the_pool(world, clerk):
    rma, _loan = _out(clerk)
    back = loans.return_loaner(clerk, "LN-C2-NEW", True, ["power supply"], "")
    assert back.missing_accessories == ["USB cable"] and back.accessories_back == ["power supply"]
    loaner = Loaner.get(Loaner.code == "LN-C2-NEW")
    assert loaner.status == "in_service"
    assert f"{rma.number}: missing: USB cable" in loaner.condition_notes
    assert "MISSING: USB cable" in RmaEvent.get(RmaEvent.kind == "loaner_back").note
    assert AuditEntry.get(AuditEntry.action == "loan.return").after["missing"] == ["USB cable"]


def test_damaged_loaner_needs_notes_and_goes_to_service(world, clerk):
    _out(clerk)
    before = counts()
    with pytest.raises(ValidationError, match="Describe what is wrong"):
        loans.return_loaner(clerk, "LN-C2-NEW", False)
    assert counts() == before
    back = loans.return_loaner(clerk, "LN-C2-NEW", False, notes="Cracked front cover")
    assert back.condition_ok is False and back.return_notes == "Cracked front cover"
    assert Loaner.get(Loaner.code == "LN-C2-NEW").status == "in_service"


def test_returning_a_loaner_that_is_not_out_is_refused(world, clerk):
    before = counts()
    with pytest.raises(Conflict, match="Loaner LN-C3 is not out"):
        loans.return_loaner(clerk, "LN-C3", True)
    with pytest.raises(ValidationError, match="good condition"):
        loans.return_loaner(clerk, "LN-C3", "yes")
    assert counts() == before


# --------------------------------------------------------------------------- due back, overdue


def test_due_back_ten_working_days_after_delivery(world, clerk, fixed_clock):
    rma, loan = _out(clerk)
    leg = shipping.create_leg(clerk, rma, "depot_to_customer", carrier="SF", cost=0)
    fixed_clock.advance(days=2)
    shipping.mark_delivered(clerk, leg, date(2026, 1, 7))
    loan = Loan.get_by_id(loan.id)
    assert loan.due_back == date(2026, 1, 21)
    assert "due back by 2026-01-21" in RmaEvent.get(RmaEvent.kind == "loaner_due_back").note
    assert loans.overdue(date(2026, 1, 21)) == []
    late = loans.overdue(date(2026, 1, 23))
    assert [(v.loaner_code, v.rma_number, v.days_overdue) for v in late] == [
        ("LN-C2-NEW", rma.number, 2)]
    assert late[0].customer == "Acme Ltd" and late[0].phone == "021-6234 5678"
    assert [v.loaner_code for v in loans.loans_out()] == ["LN-C2-NEW"]


def test_due_back_follows_the_setting(world, clerk, manager):
    settings.change(manager, loans.DUE_BACK_SETTING.key, 5)
    rma, _loan = _out(clerk)
    assert loans.on_rma_delivered(rma, date(2026, 1, 5)).due_back == date(2026, 1, 12)
    assert loans.on_rma_delivered(receive_unit(clerk, "SN-WAR-2"), date(2026, 1, 5)) is None
    with pytest.raises(ValidationError):
        settings.change(manager, loans.DUE_BACK_SETTING.key, 0)


# --------------------------------------------------------------------------- loaner not arranged


def test_blocking_reason_until_lent_or_declined(world, clerk):
    rma = receive_unit(clerk, "SN-WAR-1")
    reason = loans.blocking_reason(rma)
    assert reason == (f"Loaner not arranged: {rma.number} is owed a loaner of class 2 or better "
                      "by 2026-01-06. Lend one, or record that the customer declined it.")
    assert [n.rma_number for n in loans.awaiting_loaner()] == [rma.number]
    assert loans.awaiting_loaner()[0].customer == rma.customer.name != ""
    assert loans.awaiting_loaner(date(2026, 1, 7))[0].late
    with pytest.raises(ValidationError, match="Say why"):
        loans.decline(clerk, rma, " ")
    loans.decline(clerk, rma, "Customer has a spare printer")
    assert loans.blocking_reason(rma) is None and loans.awaiting_loaner() == []
    with pytest.raises(Conflict, match="already records"):
        loans.decline(clerk, rma, "again")
    other, _ = _out(clerk, "SN-WAR-2")
    assert loans.blocking_reason(other) is None
    with pytest.raises(Conflict, match="has had a loaner"):
        loans.decline(clerk, other, "too late")
    assert loans.blocking_reason(receive_unit(clerk, "SN-OOW-1")) is None
