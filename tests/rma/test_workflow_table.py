"""The pure state machine: every state × every action, and every guard's message.

No database: `rma.transitions` decides from a `Facts` snapshot, so the whole
table is checked exhaustively here, and the refusals are pinned word for word
because the bench screen shows them verbatim.
"""

from __future__ import annotations

import itertools

import pytest

from depot.errors import Conflict, GateClosed
from rma.states import CLOSED_STATES, RmaState
from rma.transitions import (
    ACTION_VERBS,
    TABLE,
    WAIVABLE,
    Action,
    Facts,
    Guard,
    QuoteRef,
    availability,
    check,
    guard_refusal,
    not_allowed_message,
    transition,
)

S, A = RmaState, Action

#: the table written out once more by hand: a change to the machine must change both
EXPECTED: dict[tuple[RmaState, Action], RmaState] = {
    (S.RECEIVED, A.START_DIAGNOSIS): S.DIAGNOSING,
    (S.DIAGNOSING, A.RECORD_DIAGNOSIS): S.DIAGNOSING,
    (S.DIAGNOSING, A.REQUEST_APPROVAL): S.AWAITING_APPROVAL,
    (S.AWAITING_APPROVAL, A.REQUEST_APPROVAL): S.AWAITING_APPROVAL,
    (S.AWAITING_PAYMENT, A.REQUEST_APPROVAL): S.AWAITING_APPROVAL,
    (S.DECLINED, A.REQUEST_APPROVAL): S.AWAITING_APPROVAL,
    (S.AWAITING_APPROVAL, A.ACCEPT_QUOTE): S.AWAITING_PAYMENT,
    (S.AWAITING_APPROVAL, A.DECLINE_QUOTE): S.DECLINED,
    (S.AWAITING_PAYMENT, A.DECLINE_QUOTE): S.DECLINED,
    (S.AWAITING_PAYMENT, A.PAYMENT_COMPLETE): S.AWAITING_PARTS,
    (S.DIAGNOSING, A.ORDER_PARTS): S.AWAITING_PARTS,
    (S.IN_REPAIR, A.ORDER_PARTS): S.AWAITING_PARTS,
    (S.AWAITING_PARTS, A.PARTS_ARRIVED): S.IN_REPAIR,
    (S.DIAGNOSING, A.START_REPAIR): S.IN_REPAIR,
    (S.AWAITING_PAYMENT, A.START_REPAIR): S.IN_REPAIR,
    (S.AWAITING_PARTS, A.START_REPAIR): S.IN_REPAIR,
    (S.DIAGNOSING, A.SEND_TO_VENDOR): S.AT_VENDOR,
    (S.AWAITING_PARTS, A.SEND_TO_VENDOR): S.AT_VENDOR,
    (S.IN_REPAIR, A.SEND_TO_VENDOR): S.AT_VENDOR,
    (S.AT_VENDOR, A.BACK_FROM_VENDOR): S.TESTING,
    (S.IN_REPAIR, A.FINISH_REPAIR): S.TESTING,
    (S.TESTING, A.PASS_TEST): S.READY_TO_SHIP,
    (S.TESTING, A.FAIL_TEST): S.IN_REPAIR,
    (S.IN_REPAIR, A.REOPEN_FOR_QUOTE): S.AWAITING_APPROVAL,
    (S.AWAITING_PARTS, A.REOPEN_FOR_QUOTE): S.AWAITING_APPROVAL,
    (S.READY_TO_SHIP, A.SHIP): S.SHIPPED,
    (S.SHIPPED, A.CLOSE): S.CLOSED,
    (S.DIAGNOSING, A.RETURN_UNREPAIRED): S.RETURNED_UNREPAIRED,
    (S.DECLINED, A.RETURN_UNREPAIRED): S.RETURNED_UNREPAIRED,
    (S.RECEIVED, A.REPLACE_DOA): S.REPLACED,
    (S.DIAGNOSING, A.REPLACE_DOA): S.REPLACED,
    (S.DECLINED, A.SCRAP): S.SCRAPPED,
    (S.RECEIVED, A.CANCEL): S.CANCELLED,
    (S.DIAGNOSING, A.CANCEL): S.CANCELLED,
    (S.AWAITING_APPROVAL, A.CANCEL): S.CANCELLED,
    (S.AWAITING_PAYMENT, A.CANCEL): S.CANCELLED,
    (S.DECLINED, A.CANCEL): S.CANCELLED,
}

#: facts under which every guard holds: chargeable, accepted and paid, nothing out
OPEN_ALL = Facts(
    rma_number="RMA-2601-00001",
    coverage="doa",
    accepted=QuoteRef("Q-RMA-2601-00001-1", 0),
    pending=QuoteRef("Q-RMA-2601-00001-2", 0),
    draft=QuoteRef("Q-RMA-2601-00001-3", 0, lines=1),
)


def _facts_passing(guards: tuple[Guard, ...]) -> Facts:
    """Facts satisfying the given guards (CHARGEABLE and DOA cannot hold together)."""
    coverage = "out_of_warranty" if Guard.CHARGEABLE in guards else "doa"
    pending = None if Guard.REPAIR_GATE in guards and coverage != "doa" else OPEN_ALL.pending
    return Facts(
        rma_number=OPEN_ALL.rma_number, coverage=coverage, accepted=OPEN_ALL.accepted,
        pending=pending, draft=OPEN_ALL.draft,
    )


def test_expected_table_is_the_table():
    assert {k: v.to for k, v in TABLE.items()} == EXPECTED


@pytest.mark.parametrize(("state", "action"), list(itertools.product(RmaState, Action)))
def test_every_state_times_every_action(state, action):
    """Allowed pairs move to the expected state; all others are a Conflict naming both."""
    if (state, action) in EXPECTED:
        found = transition(state, action)
        assert found.to == EXPECTED[(state, action)]
        verdict = check(state, action, _facts_passing(found.guards))
        assert verdict.transition.to == EXPECTED[(state, action)]
        assert verdict.waived == ()
    else:
        with pytest.raises(Conflict) as err:
            check(state, action, OPEN_ALL)
        assert not isinstance(err.value, GateClosed)
        assert str(err.value) == (
            f"Cannot {ACTION_VERBS[action]} an RMA that is {state.value.replace('_', ' ')}."
        )


def test_closed_states_allow_nothing_but_closing_a_shipped_rma():
    for state in CLOSED_STATES:
        allowed = {a for (s, a) in TABLE if s == state}
        assert allowed == ({A.CLOSE} if state == S.SHIPPED else set())


def test_every_open_state_has_a_way_forward():
    for state in RmaState:
        if state not in CLOSED_STATES:
            assert any(s == state for (s, _) in TABLE), state


def test_refusal_messages_read_as_sentences():
    assert not_allowed_message(S.DIAGNOSING, A.SHIP) == "Cannot ship an RMA that is diagnosing."
    assert not_allowed_message("awaiting_payment", "finish_repair") == (
        "Cannot finish the repair of an RMA that is awaiting payment."
    )
    assert not_allowed_message(S.SHIPPED, A.START_REPAIR) == (
        "Cannot start the repair of an RMA that is shipped."
    )


def test_unknown_names_are_a_conflict():
    with pytest.raises(Conflict, match="Unknown state or action"):
        transition("repairing", A.SHIP)
    with pytest.raises(Conflict, match="Unknown state or action"):
        transition(S.RECEIVED, "fix_it")


# --------------------------------------------------------------------------- guards

NUM = "RMA-2611-00042"
Q2 = "Q-RMA-2611-00042-2"


def chargeable(**kw) -> Facts:
    kw.setdefault("coverage", "out_of_warranty")
    return Facts(rma_number=NUM, **kw)


def test_repair_gate_free_for_covered_units():
    for coverage in ("doa", "warranty"):
        assert guard_refusal(Guard.REPAIR_GATE, Facts(NUM, coverage)) is None


@pytest.mark.parametrize(
    ("facts", "message"),
    [
        (chargeable(), "The unit is out of warranty: make a quote and have it accepted and "
                       "paid before repair."),
        (chargeable(coverage="excluded", draft=QuoteRef(Q2, 0, 1)),
         f"The unit is excluded from warranty: issue quote {Q2} and have it accepted and paid "
         "before repair."),
        (chargeable(pending=QuoteRef(Q2, 125_000)),
         f"Quote {Q2} waits for the customer's approval: record the acceptance and the payment "
         "before repair."),
        (chargeable(accepted=QuoteRef(Q2, 125_000), amount_due=125_000),
         f"Quote {Q2} is unpaid: 1,250.00 outstanding."),
        (chargeable(accepted=QuoteRef(Q2, 125_000), amount_due=125_000, paid=50_000),
         f"Quote {Q2} is not fully paid: 750.00 outstanding (500.00 of 1,250.00 received)."),
    ],
)
def test_repair_gate_messages(facts, message):
    assert guard_refusal(Guard.REPAIR_GATE, facts) == message
    with pytest.raises(GateClosed) as err:
        check(S.DIAGNOSING, A.START_REPAIR, facts)
    assert str(err.value) == message


def test_repair_gate_open_when_paid_in_full_or_overpaid():
    paid = chargeable(accepted=QuoteRef(Q2, 125_000), amount_due=125_000, paid=125_000)
    assert guard_refusal(Guard.REPAIR_GATE, paid) is None
    over = chargeable(accepted=QuoteRef(Q2, 125_000), amount_due=125_000, paid=130_000)
    assert guard_refusal(Guard.REPAIR_GATE, over) is None
    assert over.outstanding == -5_000


def test_money_gate_blocks_shipping_with_anything_outstanding():
    owing = chargeable(accepted=QuoteRef(Q2, 125_000), amount_due=125_000, paid=100_000)
    with pytest.raises(GateClosed) as err:
        check(S.READY_TO_SHIP, A.SHIP, owing)
    assert str(err.value) == (
        f"Quote {Q2} is not fully paid: 250.00 outstanding (1,000.00 of 1,250.00 received). "
        "A unit with money outstanding is never shipped back."
    )
    declined = chargeable(amount_due=8_000)
    with pytest.raises(GateClosed) as err:
        check(S.DECLINED, A.RETURN_UNREPAIRED, declined)
    assert str(err.value) == (
        f"80.00 is outstanding on {NUM}: record the payment before the unit leaves."
    )


def test_waiver_lets_a_gate_through_once_and_says_so():
    owing = chargeable(accepted=QuoteRef(Q2, 125_000), amount_due=125_000,
                       waived=frozenset({Guard.REPAIR_GATE}))
    verdict = check(S.AWAITING_PAYMENT, A.START_REPAIR, owing)
    assert verdict.transition.to == S.IN_REPAIR and verdict.waived == (Guard.REPAIR_GATE,)
    # a repair waiver does not open the shipping gate
    with pytest.raises(GateClosed):
        check(S.READY_TO_SHIP, A.SHIP, owing)


def test_only_business_gates_are_waivable():
    assert {Guard.REPAIR_GATE, Guard.MONEY_SETTLED} == WAIVABLE
    parts_out = Facts(NUM, "warranty", parts_out=2, waived=frozenset(Guard))
    with pytest.raises(Conflict) as err:
        check(S.DIAGNOSING, A.CANCEL, parts_out)
    assert str(err.value) == f"2 parts are still issued to {NUM}: return them to stock first."


@pytest.mark.parametrize(
    ("guard", "facts", "message"),
    [
        (Guard.CHARGEABLE, Facts(NUM, "warranty"),
         "The unit is in warranty: the repair is free and there is nothing to quote. Record an "
         "exclusion first if the fault is not covered."),
        (Guard.QUOTE_DRAFT_READY, chargeable(), f"{NUM} has no draft quote: make one first."),
        (Guard.QUOTE_DRAFT_READY, chargeable(draft=QuoteRef(Q2, 0, 0)),
         f"Quote {Q2} has no lines: add at least one before issuing it."),
        (Guard.QUOTE_ISSUED, chargeable(),
         f"No quote of {NUM} waits for a decision: issue the quote first."),
        (Guard.QUOTE_ACCEPTED, chargeable(), f"{NUM} has no accepted quote to withdraw from."),
        (Guard.PAID_IN_FULL, chargeable(), f"{NUM} has no accepted quote to pay."),
        (Guard.DOA, Facts(NUM, "warranty"),
         "The unit is in warranty, not dead on arrival: only a DOA unit is replaced; repair "
         "this one."),
        (Guard.NO_PARTS_OUT, Facts(NUM, "warranty", parts_out=1),
         f"1 part is still issued to {NUM}: return them to stock first."),
        (Guard.NO_MONEY_HELD, chargeable(paid=50_000),
         f"500.00 has been received on {NUM}: refund it before cancelling."),
    ],
)
def test_guard_messages(guard, facts, message):
    assert guard_refusal(guard, facts) == message


def test_availability_lists_every_action_with_reasons():
    owing = chargeable(accepted=QuoteRef(Q2, 125_000), amount_due=125_000, paid=25_000)
    rows = {a.action: a for a in availability(S.AWAITING_PAYMENT, owing)}
    assert list(rows) == list(Action)
    assert not rows[A.START_REPAIR].enabled and rows[A.START_REPAIR].in_state
    assert rows[A.START_REPAIR].reason == (
        f"Quote {Q2} is not fully paid: 1,000.00 outstanding (250.00 of 1,250.00 received)."
    )
    assert rows[A.DECLINE_QUOTE].enabled and rows[A.DECLINE_QUOTE].to_state == S.DECLINED
    assert not rows[A.SHIP].in_state
    assert rows[A.SHIP].reason == "Cannot ship an RMA that is awaiting payment."
    assert not rows[A.CANCEL].enabled  # money received must be refunded first
    waived = availability(S.AWAITING_PAYMENT, chargeable(
        accepted=QuoteRef(Q2, 1), amount_due=1, waived=frozenset({Guard.REPAIR_GATE})))
    start = next(a for a in waived if a.action == A.START_REPAIR)
    assert start.enabled and "waived" in start.reason
