"""Issue 3, "Done means", walked end to end through the services:

An out-of-warranty unit goes through diagnosis → quote → acceptance → partial
payment (repair refused, the message names the amount outstanding) → full
payment → repair → extra part (back to approval) → revised quote paid →
testing → ship; and an in-warranty unit goes straight through. Every refusal
is checked by its message, and the event log is complete.
"""

from __future__ import annotations

import pytest

from depot.errors import Conflict, DomainError, GateClosed
from inventory import stock
from rma import diagnosis, loans, parts, payments, quotes, workflow
from rma.models import Unit
from rma.quote_math import LineKind
from rma.transitions import Action
from tests.support.repair import make_world, receive, stock_part


@pytest.fixture
def world(db, manager, storekeeper, fixed_clock):
    world = make_world(manager)
    # PSU first stocked at 1,250.00, later bought at 1,400.00: the cap keeps it at 1,250.00
    stock_part(storekeeper, "P-PSU-450", "Power supply 450 W", (2, 125_000), (2, 140_000))
    stock_part(storekeeper, "P-BELT", "Drive belt", (5, 8_000))
    return world


def refused(error: type[DomainError], call, *args, **kwargs) -> str:
    """Run a call that must be refused; return its message (for exact comparison)."""
    with pytest.raises(error) as err:
        call(*args, **kwargs)
    return str(err.value)


def test_out_of_warranty_paid_repair(world, clerk, technician, fixed_clock):
    # -- intake and diagnosis
    rma = receive(clerk, "SN-OOW-1", fault="No power, smells burnt")
    assert rma.coverage == "out_of_warranty"
    n = rma.number
    rma = workflow.start_diagnosis(technician, rma)
    diagnosis.record_diagnosis(technician, rma, "PSU failed: primary MOSFET shorted",
                               "power_supply")
    diagnosis.add_needed_part(technician, rma, "P-PSU-450", 1)
    assert refused(GateClosed, workflow.start_repair, technician, rma) == (
        "The unit is out of warranty: make a quote and have it accepted and paid before repair."
    )

    # -- quote: prefilled from the needed part at cost, capped at the initial price
    quote = quotes.draft_quote(technician, rma)
    q1 = f"Q-{n}-1"
    assert quote.number == q1
    assert [(ln.part_code, ln.unit_price) for ln in quotes.quote_lines(quote)] == [
        ("P-PSU-450", 125_000)]
    assert refused(GateClosed, workflow.start_repair, technician, rma) == (
        f"The unit is out of warranty: issue quote {q1} and have it accepted and paid before "
        "repair."
    )
    quotes.issue_quote(clerk, rma)
    assert rma.state == "awaiting_approval"
    assert refused(Conflict, workflow.start_repair, technician, rma) == (
        "Cannot start the repair of an RMA that is awaiting approval."
    )

    # -- acceptance reserves the part
    quotes.accept_quote(clerk, rma, "phone", note="Mr Wang accepted by phone")
    assert rma.state == "awaiting_payment"
    assert {r.part.part_number: r.qty for r in stock.reservations(reference=n)} == {
        "P-PSU-450": 1}

    # -- partial payment: repair refused, the message names the amount outstanding
    payments.record_payment(clerk, rma, 50_000, "wechat_pay", reference="WX-0001")
    assert refused(GateClosed, workflow.start_repair, technician, rma) == (
        f"Quote {q1} is not fully paid: 750.00 outstanding (500.00 of 1,250.00 received)."
    )
    why = {a.action: a for a in workflow.available_actions(rma, technician)}
    assert why[Action.START_REPAIR].reason == (
        f"Quote {q1} is not fully paid: 750.00 outstanding (500.00 of 1,250.00 received)."
    )
    assert refused(Conflict, workflow.ship, clerk, rma) == (
        "Cannot ship an RMA that is awaiting payment."
    )

    # -- full payment releases it; the repair starts
    payments.record_payment(clerk, rma, 75_000, "bank_transfer", reference="ICBC 3321")
    rma = workflow.get_rma(rma.id)
    assert rma.state == "awaiting_parts" and payments.balance(rma) == 0
    rma = workflow.start_repair(technician, rma)
    psu = parts.issue_part_by_scan(technician, rma, "P-PSU-450")
    assert (psu.qty, psu.unit_cost) == (1, 132_500)  # the part leaves at average cost
    assert stock.reservations(reference=n) == []  # the reservation was used up
    assert refused(GateClosed, parts.issue_part_by_scan, technician, rma, "P-BELT") == (
        f"P-BELT is not on the accepted quote {q1}: add it as an extra part — the customer "
        "approves and pays a revised quote first."
    )
    assert refused(GateClosed, parts.issue_part_by_scan, technician, rma, "P-PSU-450") == (
        f"The accepted quote {q1} has 1 × P-PSU-450 and 1 are already issued: add the extra "
        "piece(s) as an extra part — the customer approves a revised quote first."
    )

    # -- extra part: back to approval with a revised draft
    revised = parts.add_part_during_repair(technician, rma, "P-BELT", 1,
                                           note="Drive belt cracked, found on reassembly")
    q2 = f"Q-{n}-2"
    assert revised is not None and revised.number == q2 and revised.status == "draft"
    assert rma.state == "awaiting_approval"
    assert [(ln.kind, ln.part_code, ln.qty, ln.amount) for ln in quotes.quote_lines(revised)] == [
        (LineKind.PART.value, "P-PSU-450", 1, 125_000),
        (LineKind.PART.value, "P-BELT", 1, 8_000),
    ]
    assert refused(Conflict, parts.issue_part_by_scan, technician, rma, "P-BELT") == (
        f"{n} is awaiting approval: parts are issued only while the unit is in repair."
    )
    quotes.issue_quote(clerk, rma)
    quotes.accept_quote(clerk, rma, "email", note="Reply to quote mail")
    assert rma.state == "awaiting_payment"
    assert [q.status for q in quotes.quotes_of(rma)] == ["superseded", "accepted"]
    assert refused(GateClosed, workflow.start_repair, technician, rma) == (
        f"Quote {q2} is not fully paid: 80.00 outstanding (1,250.00 of 1,330.00 received)."
    )
    payments.record_payment(clerk, rma, 8_000, "alipay", reference="ALI-77")
    rma = workflow.get_rma(rma.id)
    assert rma.state == "awaiting_parts"

    # -- repair, testing (one failed round), ship
    rma = workflow.start_repair(technician, rma)
    parts.issue_part_by_scan(technician, rma, "P-BELT")
    rma = workflow.finish_repair(technician, rma, note="Replaced PSU and drive belt")
    rma = workflow.fail_test(technician, rma, note="Belt slips under load")
    rma = workflow.finish_repair(technician, rma, note="Re-tensioned the belt")
    assert refused(Conflict, workflow.ship, clerk, rma) == "Cannot ship an RMA that is testing."
    rma = workflow.pass_test(technician, rma, note="48 labels printed, no faults")
    fixed_clock.advance(days=3)
    rma = workflow.ship(clerk, rma, carrier="SF Express", tracking="SF100200300")
    assert (rma.state, rma.is_open) == ("shipped", False)
    assert Unit.get(Unit.serial == "SN-OOW-1").extension_days == 0  # chargeable: no extension

    # -- the event log is complete
    assert [(e.kind, e.from_state, e.to_state) for e in workflow.events(rma)] == [
        ("received", None, "received"),
        ("start_diagnosis", "received", "diagnosing"),
        ("record_diagnosis", "diagnosing", "diagnosing"),
        ("part_needed", "diagnosing", "diagnosing"),
        ("request_approval", "diagnosing", "awaiting_approval"),
        ("accept_quote", "awaiting_approval", "awaiting_payment"),
        ("payment", "awaiting_payment", "awaiting_payment"),
        ("payment", "awaiting_payment", "awaiting_payment"),
        ("payment_complete", "awaiting_payment", "awaiting_parts"),
        ("start_repair", "awaiting_parts", "in_repair"),
        ("part_issued", "in_repair", "in_repair"),
        ("part_needed", "in_repair", "in_repair"),
        ("reopen_for_quote", "in_repair", "awaiting_approval"),
        ("request_approval", "awaiting_approval", "awaiting_approval"),
        ("accept_quote", "awaiting_approval", "awaiting_payment"),
        ("payment", "awaiting_payment", "awaiting_payment"),
        ("payment_complete", "awaiting_payment", "awaiting_parts"),
        ("start_repair", "awaiting_parts", "in_repair"),
        ("part_issued", "in_repair", "in_repair"),
        ("finish_repair", "in_repair", "testing"),
        ("fail_test", "testing", "in_repair"),
        ("finish_repair", "in_repair", "testing"),
        ("pass_test", "testing", "ready_to_ship"),
        ("ship", "ready_to_ship", "shipped"),
    ]
    events = workflow.events(rma)
    assert all(e.actor_name and e.station == "test-station" for e in events)
    assert events[5].data["quote"] == q1 and events[14].data["quote"] == q2
    assert events[12].note == "Drive belt cracked, found on reassembly"


def test_in_warranty_unit_straight_through(world, clerk, technician, fixed_clock):
    rma = receive(clerk, "SN-WAR-1", fault="Labels print faint")
    assert rma.coverage == "warranty"
    rma = workflow.start_diagnosis(technician, rma)
    diagnosis.record_diagnosis(technician, rma, "Worn drive belt", "mechanical")
    assert refused(Conflict, quotes.issue_quote, clerk, rma) == (
        "The unit is in warranty: the repair is free and there is nothing to quote. "
        "Record an exclusion first if the fault is not covered."
    )
    rma = workflow.start_repair(technician, rma)  # free: no quote, no payment
    parts.issue_part_by_scan(technician, rma, "P-BELT")  # any part may be used under warranty
    rma = workflow.finish_repair(technician, rma, note="Replaced drive belt")
    rma = workflow.pass_test(technician, rma)
    fixed_clock.advance(days=1)
    loans.decline(clerk, rma, "Customer has a spare printer")  # owed one (DOMAIN §6)
    rma = workflow.ship(clerk, rma, carrier="SF Express", tracking="SF9")
    rma = workflow.close(clerk, rma, note="Delivered, signed by Wang Li")
    assert [e.kind for e in workflow.events(rma)] == [
        "received", "start_diagnosis", "record_diagnosis", "start_repair", "part_issued",
        "finish_repair", "pass_test", "loaner_declined", "ship", "warranty_extended", "close",
    ]
    # two calendar days at the depot (Mon 01-05 → Tue 01-06), both counted
    unit = Unit.get(Unit.serial == "SN-WAR-1")
    assert unit.extension_days == 2
    assert payments.balance(rma) == 0
