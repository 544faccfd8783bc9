"""Payments and refunds: partial payments sum, refunds are negative entries with a reason,
the ledger is append-only, and balances never drift from quote totals."""

from __future__ import annotations

import random
import re
from datetime import date

import peewee as pw
import pytest

from depot import db as dbmod
from depot.audit import history
from depot.errors import PermissionDenied, ValidationError
from rma import parts, payments, quotes, workflow
from rma.payments import PaymentMethod
from rma.repair_models import Payment, Quote, QuoteLine
from tests.support.repair import make_world, receive


@pytest.fixture
def world(db, manager, fixed_clock):
    return make_world(manager)


def quoted(clerk, technician, *amounts: int, serial: str = "SN-OOW-1", kind: str = "shipping"):
    """An out-of-warranty RMA with an accepted quote of `kind` lines of `amounts`."""
    rma = workflow.start_diagnosis(technician, receive(clerk, serial))
    quote = quotes.draft_quote(technician, rma)
    for amount in amounts:
        quotes.add_line(technician, quote, kind, unit_price=amount)
    quotes.issue_quote(technician, workflow.get_rma(rma.id))
    quotes.accept_quote(clerk, rma.id, "phone")
    return workflow.get_rma(rma.id)


def test_partial_payments_sum_and_release_for_repair(world, clerk, technician):
    rma = quoted(clerk, technician, 100_000, 25_000)
    assert payments.balance(rma) == 125_000
    p1 = payments.record_payment(clerk, rma, 50_000, "wechat_pay", reference="WX-778812")
    assert (p1.amount, p1.method, p1.reference, p1.paid_on, p1.operator_id) == (
        50_000, "wechat_pay", "WX-778812", date(2026, 1, 5), clerk.id)
    assert workflow.get_rma(rma.id).state == "awaiting_payment"
    summary = payments.money_summary(rma)
    assert (summary.due, summary.paid, summary.outstanding) == (125_000, 50_000, 75_000)
    payments.record_payment(clerk, rma, 75_000, PaymentMethod.BANK_TRANSFER,
                            reference="ICBC 2026-01-05 #3321")
    assert payments.balance(rma) == 0
    rma = workflow.get_rma(rma.id)
    assert rma.state == "awaiting_parts"
    kinds = [e.kind for e in workflow.events(rma)]
    assert kinds[-3:] == ["payment", "payment", "payment_complete"]
    pay_event = next(e for e in workflow.events(rma) if e.kind == "payment")
    assert pay_event.note == "500.00 by WeChat Pay (WX-778812); outstanding 750.00."
    assert [e.action for e in history("rma", rma.id)].count("payment.record") == 2


def test_payment_validation(world, clerk, technician, fixed_clock):
    rma = quoted(clerk, technician, 10_000)
    for bad in (0, -5, 1.5, True, "100"):
        with pytest.raises(ValidationError):
            payments.record_payment(clerk, rma, bad, "cash")
    with pytest.raises(ValidationError, match="Unknown payment method 'bitcoin'"):
        payments.record_payment(clerk, rma, 100, "bitcoin")
    with pytest.raises(ValidationError, match="is in the future"):
        payments.record_payment(clerk, rma, 100, "cash", paid_on=date(2026, 1, 6))
    with pytest.raises(PermissionDenied):
        payments.record_payment(technician, rma, 100, "cash")
    with pytest.raises(ValidationError) as err:
        payments.record_payment(clerk, rma, 12_000, "cash")
    assert str(err.value) == (
        f"120.00 is more than the 100.00 outstanding on {rma.number}: check the amount."
    )
    assert Payment.select().count() == 0
    # real money that really arrived: the excess becomes a credit to refund
    payments.record_payment(clerk, rma, 12_000, "cash", allow_excess=True)
    assert payments.balance(rma) == -2_000
    with pytest.raises(ValidationError, match=f"Nothing is outstanding on {rma.number}"):
        payments.record_payment(clerk, rma, 1, "cash")


def test_payment_before_acceptance_is_refused(world, clerk, technician):
    rma = workflow.start_diagnosis(technician, receive(clerk, "SN-OOW-1"))
    quote = quotes.draft_quote(technician, rma)
    quotes.add_line(technician, quote, "shipping", unit_price=5_000)
    quotes.issue_quote(technician, workflow.get_rma(rma.id))
    with pytest.raises(ValidationError) as err:
        payments.record_payment(clerk, rma, 5_000, "alipay")
    assert str(err.value) == (
        f"Nothing is outstanding on {rma.number}: record the customer's acceptance of the "
        "quote first."
    )


def test_refunds_are_negative_entries_with_a_reason(world, clerk, technician, manager):
    rma = quoted(clerk, technician, 10_000)
    payments.record_payment(clerk, rma, 10_000, "card", reference="POS 0042")
    with pytest.raises(PermissionDenied):
        payments.record_refund(clerk, rma, 1_000, "card", "goodwill")
    with pytest.raises(ValidationError, match="A refund needs a reason"):
        payments.record_refund(manager, rma, 1_000, "card", "  ")
    with pytest.raises(ValidationError) as err:
        payments.record_refund(manager, rma, 10_001, "card", "Overcharged")
    assert str(err.value) == (
        f"Only 100.00 has been received on {rma.number}: a refund of 100.01 cannot exceed it."
    )
    refund = payments.record_refund(manager, rma, 2_500, "card", "Belt was not needed",
                                    reference="POS 0043")
    assert (refund.amount, refund.reason) == (-2_500, "Belt was not needed")
    assert [p.amount for p in payments.payments_of(rma)] == [10_000, -2_500]
    assert payments.balance(rma) == 2_500
    event = workflow.events(rma)[-1]
    assert event.kind == "refund"
    assert event.note == "Refund 25.00 by Card (POS 0043). Belt was not needed"


def test_ledger_is_append_only_at_the_database(world, clerk, technician):
    rma = quoted(clerk, technician, 10_000)
    payments.record_payment(clerk, rma, 4_000, "cash")
    with pytest.raises(pw.DatabaseError, match="append-only"), dbmod.database.atomic():
        Payment.update(amount=1).execute()
    with pytest.raises(pw.DatabaseError, match="append-only"), dbmod.database.atomic():
        Payment.delete().execute()
    assert payments.balance(rma) == 6_000


def test_cancel_needs_money_refunded_first(world, clerk, technician, manager):
    rma = quoted(clerk, technician, 10_000)
    payments.record_payment(clerk, rma, 4_000, "cash")
    with pytest.raises(Exception, match=re.escape(
            f"40.00 has been received on {rma.number}: refund it before cancelling.")):
        workflow.cancel(clerk, workflow.get_rma(rma.id), note="Customer withdrew")
    payments.record_refund(manager, rma, 4_000, "cash", "Customer withdrew")
    assert workflow.cancel(clerk, workflow.get_rma(rma.id), note="Customer withdrew").state == (
        "cancelled")


def test_balances_never_drift_over_random_edits(world, clerk, technician, manager):
    """Random quotes, revisions, payments and refunds: every total is the exact sum of its
    lines and every balance is due minus the ledger, checked against the database's own sums."""
    rng = random.Random(20260105)
    rma = workflow.start_diagnosis(technician, receive(clerk, "SN-OOW-2"))
    paid = 0
    for _round in range(4):
        quote = quotes.draft_quote(technician, workflow.get_rma(rma.id))
        for _ in range(rng.randint(1, 5)):
            quotes.add_line(technician, quote, rng.choice(["shipping", "onsite"]),
                            qty=rng.randint(1, 3), unit_price=rng.randint(0, 99_999))
        quotes.issue_quote(technician, workflow.get_rma(rma.id))
        accepted = quotes.accept_quote(clerk, rma.id, "email")
        lines_sum = QuoteLine.select(pw.fn.SUM(QuoteLine.amount)).where(
            QuoteLine.quote == accepted.id).scalar()
        assert Quote.get_by_id(accepted.id).total == int(lines_sum)
        due = accepted.total
        while payments.balance(rma) > 0:
            amount = min(rng.randint(1, 80_000), payments.balance(rma))
            payments.record_payment(clerk, rma, amount, rng.choice(list(PaymentMethod)))
            paid += amount
        if rng.random() < 0.5 and paid:
            back = rng.randint(1, min(paid, 5_000))
            payments.record_refund(manager, rma, back, "cash", "rounding goodwill")
            paid -= back
        ledger = Payment.select(pw.fn.SUM(Payment.amount)).where(Payment.rma == rma.id).scalar()
        assert int(ledger) == paid
        assert payments.balance(rma) == due - paid
        assert all(isinstance(p.amount, int) for p in payments.payments_of(rma))
        assert workflow.get_rma(rma.id).state == "awaiting_parts"  # released when settled
        if payments.balance(rma) > 0:  # the refund reopened a debt: settle it
            payments.record_payment(clerk, rma, payments.balance(rma), "cash")
            paid = due
        rma = workflow.start_repair(technician, workflow.get_rma(rma.id))
        rma = workflow.order_parts(technician, rma)  # back to a state that can be re-quoted
        parts.add_part_during_repair(technician, rma, f"CABLE-{_round}", 1,
                                    unit_price=rng.randint(1, 9))


def test_unquoted_customer_shipping_blocks_shipping_but_not_repair(world, clerk, technician):
    from rma import shipping

    rma = quoted(clerk, technician, 10_000, kind="onsite")
    payments.record_payment(clerk, rma, 10_000, "cash")
    rma = workflow.start_repair(technician, workflow.get_rma(rma.id))
    rma = workflow.pass_test(technician, workflow.finish_repair(technician, rma, note="Fixed"))
    shipping.create_leg(clerk, rma, "depot_to_customer", carrier="SF Express", cost=2_500)
    summary = payments.money_summary(rma)
    assert (summary.due, summary.shipping_due, summary.outstanding) == (12_500, 2_500, 2_500)
    with pytest.raises(Exception) as err:
        workflow.ship(clerk, workflow.get_rma(rma.id))
    assert str(err.value) == (
        f"Shipping billed to the customer is unpaid: 25.00 outstanding on {rma.number}. "
        "Record the payment before the unit leaves."
    )
    payments.record_payment(clerk, rma, 2_500, "cash")
    assert workflow.ship(clerk, workflow.get_rma(rma.id)).state == "shipped"
