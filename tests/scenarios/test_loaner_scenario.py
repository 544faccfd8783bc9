"""Issue 5, "Done means", walked end to end through the services.

* An in-warranty unit is sent in by courier → a loaner goes out → the unit is
  repaired → the unit goes back and the loaner comes back; every leg has the
  payer DOMAIN §5 gives it, and the customer owes nothing.
* An out-of-warranty unit: the customer pays both legs; the outbound leg's
  cost blocks shipping (the workflow's ship gate) until it is paid.
* Two stations lend the same loaner at the same moment (threads, each with
  its own connection): one wins, the other is told who has it, and nothing
  of the losing checkout is written — on SQLite and on PostgreSQL, and on
  PostgreSQL also when both stations have passed every check before either
  writes.
"""

from __future__ import annotations

import threading
import time
from datetime import date

import psycopg
import pytest

from depot import db as dbmod
from depot.errors import Conflict, GateClosed
from depot.models import Role
from depot.users import create_user
from inventory.loaner_models import Loaner, LoanerStatusChange
from rma import loans, payments, quotes, shipping, workflow
from rma.models import RmaEvent
from rma.shipping import LegInput
from rma.shipping_models import Loan, ShippingLeg
from tests.support.loaner_world import KIT, make_loaner_world, receive_unit


@pytest.fixture
def world(db, manager, storekeeper, fixed_clock):
    return make_loaner_world(manager, storekeeper)


def payers(rma) -> dict[str, str]:
    return {leg.direction: leg.payer for leg in shipping.legs_of(rma)}


def test_in_warranty_unit_loaner_out_repaired_unit_and_loaner_back(
    world, clerk, technician, fixed_clock
):
    # -- Monday: the unit arrives by courier; the customer paid the courier
    rma = receive_unit(clerk, "SN-WAR-1", channel="courier", inbound_carrier="SF Express",
                       inbound_tracking="SF1001")
    assert rma.coverage == "warranty"
    shipping.create_leg(clerk, rma, "customer_to_depot", carrier="SF Express",
                        tracking="SF1001", cost=1_800)
    assert loans.blocking_reason(rma).startswith("Loaner not arranged")

    # -- the desk offers the best match and sends it out the same day (due Tuesday)
    offered = [x.code for x in loans.offer(rma)]
    assert offered[0] == "LN-C2-NEW"
    loan = loans.checkout(clerk, rma, offered[0],
                          outbound_leg=LegInput(carrier="SF Express", tracking="SF1002",
                                                cost=1_800))
    assert loan.due_by == date(2026, 1, 6) and loan.out_at.date() <= loan.due_by
    assert loans.blocking_reason(rma) is None

    # -- repaired
    rma = workflow.start_diagnosis(technician, rma)
    rma = workflow.start_repair(technician, rma)
    fixed_clock.advance(days=2)
    rma = workflow.finish_repair(technician, rma, note="Replaced the print head")
    rma = workflow.pass_test(technician, rma)

    # -- the unit goes back (the depot pays), delivered Thursday: loaner due 10 working days on
    back = shipping.create_leg(clerk, rma, "depot_to_customer", carrier="SF Express",
                               tracking="SF1003", cost=2_000)
    assert shipping.unpaid_shipping_refusal(rma) is None
    rma = workflow.ship(clerk, rma, carrier="SF Express", tracking="SF1003")
    shipping.mark_shipped(clerk, back)
    fixed_clock.advance(days=1)
    shipping.mark_delivered(clerk, back, date(2026, 1, 8))
    assert Loan.get_by_id(loan.id).due_back == date(2026, 1, 22)
    assert loans.overdue(date(2026, 1, 22)) == []

    # -- the customer sends the loaner back complete; it is lendable again
    fixed_clock.advance(days=5)
    loans.return_loaner(clerk, "LN-C2-NEW", True, KIT, "Clean, works",
                        inbound_leg=LegInput(carrier="SF Express", tracking="SF1004",
                                             cost=1_800))
    assert Loaner.get(Loaner.code == "LN-C2-NEW").status == "available"
    assert loans.active_loan(rma) is None

    # -- every leg paid as the table says; the customer owes the depot nothing
    assert payers(rma) == {
        "customer_to_depot": "customer", "loaner_out": "depot",
        "depot_to_customer": "depot", "loaner_back": "customer",
    }
    assert all(leg.payer == leg.rule_payer and not leg.override_reason
               for leg in shipping.legs_of(rma))
    assert shipping.customer_shipping_due(rma) == 0 and shipping.outstanding(rma) == 0
    kinds = [e.kind for e in RmaEvent.select().where(RmaEvent.rma == rma.id)
             .order_by(RmaEvent.id)]
    for kind in ("shipping_leg", "loaner_out", "ship", "shipping_leg_delivered",
                 "loaner_due_back", "loaner_back"):
        assert kind in kinds


def _repaired_out_of_warranty(clerk, technician):
    """SN-OOW-1 received, quoted (fuser 120.00), accepted, paid, repaired and tested."""
    rma = receive_unit(clerk, "SN-OOW-1", channel="courier")
    shipping.create_leg(clerk, rma, "customer_to_depot", carrier="ZTO", tracking="ZT9001",
                        cost=1_500)
    rma = workflow.start_diagnosis(technician, rma)
    draft = quotes.draft_quote(technician, rma)
    quotes.add_line(technician, draft, "part", part_code="P-FUSER", description="Fuser unit",
                    unit_price=12_000)
    quotes.issue_quote(technician, rma)
    quotes.accept_quote(clerk, rma, "phone")
    payments.record_payment(clerk, rma, 12_000, "wechat_pay", reference="WX-1")
    rma = workflow.get_rma(rma.id)
    rma = workflow.start_repair(technician, rma)
    rma = workflow.finish_repair(technician, rma, note="Fuser replaced")
    return workflow.pass_test(technician, rma)


def test_any_screen_that_ships_is_refused_while_a_loaner_is_owed(world, clerk, technician):
    """The workflow's own ship transition (the bench's ship button), not only the
    shipping desk: a forgotten loaner keeps the unit here, and the refusal writes nothing."""
    rma = receive_unit(clerk, "SN-WAR-1", channel="courier", inbound_carrier="SF Express",
                       inbound_tracking="SF1001")
    rma = workflow.start_diagnosis(technician, rma)
    rma = workflow.start_repair(technician, rma)
    rma = workflow.finish_repair(technician, rma, note="Replaced the print head")
    rma = workflow.pass_test(technician, rma)
    events = RmaEvent.select().where(RmaEvent.rma == rma.id).count()
    with pytest.raises(GateClosed, match="Loaner not arranged"):
        workflow.ship(clerk, rma, carrier="SF Express", tracking="SF1003")
    rma = type(rma).get_by_id(rma.id)
    assert rma.state == "ready_to_ship"
    assert RmaEvent.select().where(RmaEvent.rma == rma.id).count() == events
    loans.decline(clerk, rma, "Customer has a spare printer")
    shipped = workflow.ship(clerk, rma, carrier="SF Express", tracking="SF1003")
    assert shipped.state == "shipped"


def test_out_of_warranty_customer_pays_both_legs_and_the_return_blocks_until_paid(
    world, clerk, technician
):
    rma = _repaired_out_of_warranty(clerk, technician)
    assert rma.state == "ready_to_ship"
    # no loaner for a chargeable unit
    with pytest.raises(GateClosed, match="out-of-warranty units get no loaner"):
        loans.checkout(clerk, rma, "LN-C2-NEW")
    assert loans.blocking_reason(rma) is None

    out = shipping.create_leg(clerk, rma, "depot_to_customer", carrier="SF Express",
                              tracking="SF2002", cost=2_500)
    assert payers(rma) == {"customer_to_depot": "customer", "depot_to_customer": "customer"}
    assert shipping.customer_shipping_due(rma) == 2_500
    assert shipping.outstanding(rma) == 2_500
    assert [leg.id for leg in shipping.outstanding_legs(rma)] == [out.id]
    assert shipping.unpaid_shipping_refusal(rma) == (
        f"{rma.number}: 25.00 outstanding, including 25.00 shipping the customer pays "
        "(depot → customer SF Express SF2002). A unit with money outstanding is never "
        "shipped back: record the payment first."
    )

    # the workflow's ship gate sees it too, and writes nothing
    with pytest.raises(GateClosed) as refused:
        workflow.ship(clerk, rma, carrier="SF Express", tracking="SF2002")
    assert str(refused.value) == (
        f"Shipping billed to the customer is unpaid: 25.00 outstanding on {rma.number}. "
        "Record the payment before the unit leaves."
    )
    assert workflow.get_rma(rma.id).state == "ready_to_ship"

    # paid: nothing blocks any more
    payments.record_payment(clerk, rma, 2_500, "cash", reference="return courier")
    assert shipping.outstanding(rma) == 0
    assert shipping.unpaid_shipping_refusal(rma) is None
    rma = workflow.ship(clerk, rma, carrier="SF Express", tracking="SF2002")
    assert rma.state == "shipped"


# --------------------------------------------------------------------------- two stations


def _lend_at_once(pairs, start=None):
    """Each (actor, rma) lends LN-C2-NEW from its own thread (own connection), together."""
    barrier = threading.Barrier(len(pairs))
    won: list[Loan] = []
    lost: list[BaseException] = []

    def station(actor, rma) -> None:
        try:
            barrier.wait()
            if start is not None:
                start()
            won.append(loans.checkout(actor, rma, "LN-C2-NEW",
                                      outbound_leg=LegInput(carrier="SF", cost=1_000)))
        except BaseException as exc:  # collected and asserted by the test
            lost.append(exc)
        finally:
            dbmod.database.close()

    threads = [threading.Thread(target=station, args=pair) for pair in pairs]
    for t in threads:
        t.start()
    return threads, won, lost


def _assert_one_winner(won, lost, rmas):
    assert len(won) == 1 and len(lost) == 1, lost
    (winner,), (loser,) = won, lost
    winner_rma = next(r for r in rmas if r.id == winner.rma_id)
    assert isinstance(loser, Conflict), repr(loser)
    assert str(loser) == f"Loaner LN-C2-NEW is already out ({winner_rma.number})."
    # nothing of the losing checkout was written
    assert Loan.select().count() == 1
    assert ShippingLeg.select().where(ShippingLeg.direction == "loaner_out").count() == 1
    assert RmaEvent.select().where(RmaEvent.kind == "loaner_out").count() == 1
    assert LoanerStatusChange.select().where(LoanerStatusChange.to_status == "out").count() == 1
    loaner = Loaner.get(Loaner.code == "LN-C2-NEW")
    assert (loaner.status, loaner.out_reference) == ("out", winner_rma.number)


def test_two_stations_lend_the_same_loaner_at_once(world, clerk, storekeeper):
    rmas = [receive_unit(clerk, "SN-WAR-1"), receive_unit(clerk, "SN-WAR-2")]
    threads, won, lost = _lend_at_once([(clerk, rmas[0]), (storekeeper, rmas[1])])
    for t in threads:
        t.join(30)
    _assert_one_winner(won, lost, rmas)


def test_pg_both_stations_past_every_check_one_update_wins(pg_db, fixed_clock):
    """Both checkouts pass all checks, then meet at the conditional UPDATE.

    A third connection holds the loaner's row lock, so both stations' UPDATEs
    wait *after* they read the loaner as available. When it lets go, one
    UPDATE takes the row and commits; the other's WHERE status='available' no
    longer matches, and it must report the winner's RMA.
    """
    manager = create_user(None, "Mia Manager", "BDG-M001", Role.MANAGER)
    clerk = create_user(manager, "Sue Desk", "BDG-S001", Role.SERVICE_DESK)
    storekeeper = create_user(manager, "Wang Warehouse", "BDG-W001", Role.WAREHOUSE)
    make_loaner_world(manager, storekeeper)
    rmas = [receive_unit(clerk, "SN-WAR-1"), receive_unit(clerk, "SN-WAR-2")]
    url = pg_db.url
    with psycopg.connect(url, autocommit=True) as watcher, psycopg.connect(url) as holder:
        holder.execute("SELECT id FROM loaner WHERE code = 'LN-C2-NEW' FOR UPDATE")
        threads, won, lost = _lend_at_once([(clerk, rmas[0]), (storekeeper, rmas[1])])
        deadline = time.monotonic() + 20
        waiting = 0
        while time.monotonic() < deadline:
            (waiting,) = watcher.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                " AND query LIKE 'UPDATE \"loaner\"%'"
            ).fetchone()
            if waiting == 2:
                break
            time.sleep(0.02)
        assert waiting == 2, "both stations should be waiting at the conditional UPDATE"
        holder.rollback()
        for t in threads:
            t.join(30)
    _assert_one_winner(won, lost, rmas)
