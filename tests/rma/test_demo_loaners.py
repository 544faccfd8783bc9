"""The demo loaner pool: realistic, made through the services, idempotent."""

from __future__ import annotations

from collections import Counter

from inventory.loaner_models import Loaner
from rma import shipping, workflow
from rma.demo_loaners import seed_demo_loaners
from rma.shipping_models import Loan, ShippingLeg
from tests.support.repair import make_world, receive


def test_demo_pool_loans_and_legs(db, manager, clerk, technician, fixed_clock):
    make_world(manager)
    war = receive(clerk, "SN-WAR-1", channel="courier", inbound_carrier="SF Express",
                  inbound_tracking="SF100200300")
    receive(clerk, "SN-DOA-1", channel="walk_in")
    oow = receive(clerk, "SN-OOW-1", channel="pickup")
    oow = workflow.start_diagnosis(technician, oow)
    # an out-of-warranty unit the depot fixes for free (a manager's goodwill)
    workflow.waive_gate(manager, oow, "repair_gate", "Goodwill: key account")
    oow = workflow.start_repair(technician, workflow.get_rma(oow.id))
    oow = workflow.finish_repair(technician, oow, note="Cleaned sensor")
    oow = workflow.pass_test(technician, oow)

    result = seed_demo_loaners(manager)
    assert result.loaners == 10
    loaners = list(Loaner.select())
    assert {x.loaner_class for x in loaners} == {1, 2, 3}
    status = Counter(x.status for x in loaners)
    assert status["in_service"] == 1 and status["retired"] == 1
    assert status["out"] == len(result.loans) == 2  # SN-WAR-1 and SN-DOA-1 are in warranty
    assert Loan.select().count() == 2
    # inbound legs for the courier and pickup units, the return leg of the one ready to ship
    inbound = ShippingLeg.get((ShippingLeg.rma == war.id)
                              & (ShippingLeg.direction == "customer_to_depot"))
    assert (inbound.carrier, inbound.tracking, inbound.payer) == (
        "SF Express", "SF100200300", "customer")
    assert ShippingLeg.select().where(ShippingLeg.direction == "loaner_out").count() == 2
    assert shipping.unpaid_shipping_refusal(oow) is not None  # shows as blocked on the desk
    assert result.legs == ShippingLeg.select().count() == 2 + 2 + 1

    again = seed_demo_loaners(manager)
    assert (again.loaners, again.legs, again.loans) == (0, 0, [])
    assert Loaner.select().count() == 10
