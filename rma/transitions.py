"""The RMA state machine as a pure table: state × action → next state + guards.

Kept free of the database so it can be tested exhaustively (every state ×
every action) and so the bench screen can ask "which actions are possible
here, and why not?" from a plain snapshot of facts. `rma.workflow` loads those
facts from the database, asks this module, and writes the result.

Two kinds of "no":

* the action makes no sense in the state (`Conflict`): shipping an RMA that is
  still diagnosing. The message is always ``Cannot <verb> an RMA that is
  <state>`` so a person sees at once what the RMA is doing;
* the action is possible in the state but a *guard* is not satisfied
  (`GateClosed`, or `Conflict` for book-keeping guards): starting the repair of
  an out-of-warranty unit whose quote is not fully paid. The message names
  what is missing ("Quote Q-RMA-2611-00042-2 is unpaid: 1,250.00 outstanding").

Flow (DOMAIN §4, issue 3), the main paths:

* in warranty: received → diagnosing → in_repair → testing → ready_to_ship →
  shipped → closed;
* chargeable: diagnosing → awaiting_approval (quote issued) →
  awaiting_payment (accepted) → awaiting_parts (paid in full) → in_repair …;
* an extra part mid-repair: in_repair → awaiting_approval (revised quote) and
  through the gate again; parts on order: → awaiting_parts → in_repair;
* vendor repair: → at_vendor → testing; a failed test: testing → in_repair;
* endings: declined → returned_unrepaired or scrapped; DOA: → replaced;
  opened in error: → cancelled.

``awaiting_parts`` doubles as "cleared for repair, parts being picked or on
order": after payment the unit waits for the bench and its reserved parts,
exactly the order the issue lists (awaiting payment → awaiting parts → in
repair). ``start_repair`` and ``parts_arrived`` both lead from there into
``in_repair``; they differ only in what the timeline says happened.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Final

from depot.errors import Conflict, DomainError, GateClosed
from depot.money import format_money
from rma.states import RmaState

__all__ = [
    "ACTION_VERBS",
    "TABLE",
    "WAIVABLE",
    "Action",
    "ActionAvailability",
    "Facts",
    "Guard",
    "QuoteRef",
    "Transition",
    "availability",
    "check",
    "guard_refusal",
    "not_allowed_message",
    "state_label",
    "transition",
]

S = RmaState


class Action(StrEnum):
    """Everything that can happen to an RMA; the values are stored in events."""

    START_DIAGNOSIS = "start_diagnosis"
    RECORD_DIAGNOSIS = "record_diagnosis"
    REQUEST_APPROVAL = "request_approval"
    ACCEPT_QUOTE = "accept_quote"
    DECLINE_QUOTE = "decline_quote"
    PAYMENT_COMPLETE = "payment_complete"
    ORDER_PARTS = "order_parts"
    PARTS_ARRIVED = "parts_arrived"
    START_REPAIR = "start_repair"
    SEND_TO_VENDOR = "send_to_vendor"
    BACK_FROM_VENDOR = "back_from_vendor"
    FINISH_REPAIR = "finish_repair"
    PASS_TEST = "pass_test"
    FAIL_TEST = "fail_test"
    SHIP = "ship"
    CLOSE = "close"
    RETURN_UNREPAIRED = "return_unrepaired"
    REPLACE_DOA = "replace_doa"
    SCRAP = "scrap"
    CANCEL = "cancel"
    REOPEN_FOR_QUOTE = "reopen_for_quote"


#: the verb phrase in "Cannot <verb> an RMA that is <state>"
ACTION_VERBS: Final[Mapping[Action, str]] = MappingProxyType(
    {
        Action.START_DIAGNOSIS: "start diagnosis on",
        Action.RECORD_DIAGNOSIS: "record a diagnosis on",
        Action.REQUEST_APPROVAL: "issue a quote for",
        Action.ACCEPT_QUOTE: "accept the quote of",
        Action.DECLINE_QUOTE: "decline the quote of",
        Action.PAYMENT_COMPLETE: "release for repair",
        Action.ORDER_PARTS: "order parts for",
        Action.PARTS_ARRIVED: "book the parts' arrival for",
        Action.START_REPAIR: "start the repair of",
        Action.SEND_TO_VENDOR: "send to the vendor",
        Action.BACK_FROM_VENDOR: "book back from the vendor",
        Action.FINISH_REPAIR: "finish the repair of",
        Action.PASS_TEST: "pass the test of",
        Action.FAIL_TEST: "fail the test of",
        Action.SHIP: "ship",
        Action.CLOSE: "close",
        Action.RETURN_UNREPAIRED: "return unrepaired",
        Action.REPLACE_DOA: "replace (dead on arrival)",
        Action.SCRAP: "scrap",
        Action.CANCEL: "cancel",
        Action.REOPEN_FOR_QUOTE: "reopen for a revised quote",
    }
)


class Guard(StrEnum):
    """Conditions a transition needs besides the state; names appear in the table."""

    #: coverage non-chargeable, or an accepted quote fully paid (DOMAIN §4)
    REPAIR_GATE = "repair_gate"
    #: nothing outstanding: the unit never leaves with money owed (DOMAIN §4)
    MONEY_SETTLED = "money_settled"
    #: the accepted quote is paid in full (automatic release for repair)
    PAID_IN_FULL = "paid_in_full"
    #: only chargeable coverage is quoted
    CHARGEABLE = "chargeable"
    #: a draft quote with at least one line exists
    QUOTE_DRAFT_READY = "quote_draft_ready"
    #: an issued quote waits for the customer's decision
    QUOTE_ISSUED = "quote_issued"
    #: an accepted quote the customer can still back out of before paying
    QUOTE_ACCEPTED = "quote_accepted"
    #: coverage is dead on arrival
    DOA = "doa"
    #: no parts issued to the RMA are still out
    NO_PARTS_OUT = "no_parts_out"
    #: no money received that has not been refunded
    NO_MONEY_HELD = "no_money_held"


#: gates a manager may waive with a reason (DOMAIN §4); the others are book-keeping
WAIVABLE: Final[frozenset[Guard]] = frozenset({Guard.REPAIR_GATE, Guard.MONEY_SETTLED})


@dataclass(frozen=True)
class Transition:
    """Where an action leads from a state, and what must hold first."""

    to: RmaState
    guards: tuple[Guard, ...] = ()


_T = Transition
G = Guard
_OPEN_BEFORE_WORK = (S.RECEIVED, S.DIAGNOSING, S.AWAITING_APPROVAL, S.AWAITING_PAYMENT, S.DECLINED)
_QUOTE = (G.CHARGEABLE, G.QUOTE_DRAFT_READY)

_table: dict[tuple[RmaState, Action], Transition] = {
    (S.RECEIVED, Action.START_DIAGNOSIS): _T(S.DIAGNOSING),
    (S.DIAGNOSING, Action.RECORD_DIAGNOSIS): _T(S.DIAGNOSING),
    # issuing a quote (a revision supersedes the previous one)
    (S.DIAGNOSING, Action.REQUEST_APPROVAL): _T(S.AWAITING_APPROVAL, _QUOTE),
    (S.AWAITING_APPROVAL, Action.REQUEST_APPROVAL): _T(S.AWAITING_APPROVAL, _QUOTE),
    (S.AWAITING_PAYMENT, Action.REQUEST_APPROVAL): _T(S.AWAITING_APPROVAL, _QUOTE),
    (S.DECLINED, Action.REQUEST_APPROVAL): _T(S.AWAITING_APPROVAL, _QUOTE),
    (S.AWAITING_APPROVAL, Action.ACCEPT_QUOTE): _T(S.AWAITING_PAYMENT, (G.QUOTE_ISSUED,)),
    (S.AWAITING_APPROVAL, Action.DECLINE_QUOTE): _T(S.DECLINED, (G.QUOTE_ISSUED,)),
    (S.AWAITING_PAYMENT, Action.DECLINE_QUOTE): _T(S.DECLINED, (G.QUOTE_ACCEPTED,)),
    (S.AWAITING_PAYMENT, Action.PAYMENT_COMPLETE): _T(S.AWAITING_PARTS, (G.PAID_IN_FULL,)),
    # parts and repair
    (S.DIAGNOSING, Action.ORDER_PARTS): _T(S.AWAITING_PARTS, (G.REPAIR_GATE,)),
    (S.IN_REPAIR, Action.ORDER_PARTS): _T(S.AWAITING_PARTS),
    (S.AWAITING_PARTS, Action.PARTS_ARRIVED): _T(S.IN_REPAIR, (G.REPAIR_GATE,)),
    (S.DIAGNOSING, Action.START_REPAIR): _T(S.IN_REPAIR, (G.REPAIR_GATE,)),
    (S.AWAITING_PAYMENT, Action.START_REPAIR): _T(S.IN_REPAIR, (G.REPAIR_GATE,)),
    (S.AWAITING_PARTS, Action.START_REPAIR): _T(S.IN_REPAIR, (G.REPAIR_GATE,)),
    (S.DIAGNOSING, Action.SEND_TO_VENDOR): _T(S.AT_VENDOR, (G.REPAIR_GATE,)),
    (S.AWAITING_PARTS, Action.SEND_TO_VENDOR): _T(S.AT_VENDOR, (G.REPAIR_GATE,)),
    (S.IN_REPAIR, Action.SEND_TO_VENDOR): _T(S.AT_VENDOR),
    (S.AT_VENDOR, Action.BACK_FROM_VENDOR): _T(S.TESTING),
    (S.IN_REPAIR, Action.FINISH_REPAIR): _T(S.TESTING),
    (S.TESTING, Action.PASS_TEST): _T(S.READY_TO_SHIP),
    (S.TESTING, Action.FAIL_TEST): _T(S.IN_REPAIR),
    (S.IN_REPAIR, Action.REOPEN_FOR_QUOTE): _T(S.AWAITING_APPROVAL, (G.CHARGEABLE,)),
    (S.AWAITING_PARTS, Action.REOPEN_FOR_QUOTE): _T(S.AWAITING_APPROVAL, (G.CHARGEABLE,)),
    # leaving the depot
    (S.READY_TO_SHIP, Action.SHIP): _T(S.SHIPPED, (G.MONEY_SETTLED,)),
    (S.SHIPPED, Action.CLOSE): _T(S.CLOSED),
    (S.DIAGNOSING, Action.RETURN_UNREPAIRED): _T(
        S.RETURNED_UNREPAIRED, (G.NO_PARTS_OUT, G.MONEY_SETTLED)
    ),
    (S.DECLINED, Action.RETURN_UNREPAIRED): _T(
        S.RETURNED_UNREPAIRED, (G.NO_PARTS_OUT, G.MONEY_SETTLED)
    ),
    (S.RECEIVED, Action.REPLACE_DOA): _T(S.REPLACED, (G.DOA, G.NO_PARTS_OUT)),
    (S.DIAGNOSING, Action.REPLACE_DOA): _T(S.REPLACED, (G.DOA, G.NO_PARTS_OUT)),
    (S.DECLINED, Action.SCRAP): _T(S.SCRAPPED, (G.NO_PARTS_OUT, G.MONEY_SETTLED)),
}
for _state in _OPEN_BEFORE_WORK:
    _table[(_state, Action.CANCEL)] = _T(S.CANCELLED, (G.NO_PARTS_OUT, G.NO_MONEY_HELD))

TABLE: Final[Mapping[tuple[RmaState, Action], Transition]] = MappingProxyType(_table)
"""Every allowed (state, action); anything absent is refused with a Conflict."""


def state_label(state: str | RmaState) -> str:
    """``awaiting_payment`` → ``awaiting payment`` (English; the UI translates)."""
    return RmaState(state).value.replace("_", " ")


_COVERAGE_LABELS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "doa": "dead on arrival",
        "warranty": "in warranty",
        "out_of_warranty": "out of warranty",
        "excluded": "excluded from warranty",
    }
)


def not_allowed_message(state: str | RmaState, action: str | Action) -> str:
    """The refusal for an action that makes no sense in the state."""
    return f"Cannot {ACTION_VERBS[Action(action)]} an RMA that is {state_label(state)}."


def transition(state: str | RmaState, action: str | Action) -> Transition:
    """The table entry for (state, action), or a `Conflict` naming both."""
    try:
        key = (RmaState(state), Action(action))
    except ValueError as exc:
        raise Conflict(f"Unknown state or action: {exc}") from None
    found = TABLE.get(key)
    if found is None:
        raise Conflict(not_allowed_message(*key))
    return found


# --------------------------------------------------------------------------- facts and guards


@dataclass(frozen=True)
class QuoteRef:
    """What a guard needs to know about one quote."""

    number: str
    total: int
    lines: int = 0


@dataclass(frozen=True)
class Facts:
    """Snapshot of one RMA, enough to decide every guard without a database.

    ``amount_due`` is what the quotes make the customer owe (see
    `rma.quote_math.amount_due`); ``shipping_due`` the customer-paid shipping
    no quote charges (`rma.shipping.customer_shipping_due`); ``paid`` the net
    of payments and refunds. The repair gate looks at the quote alone
    (``quote_outstanding``: work starts once the *quote* is paid), the money
    gate at everything (``outstanding``: nothing owed leaves with the unit).
    ``waived`` holds the gates a manager has waived and that are not yet used.
    """

    rma_number: str
    coverage: str
    currency: str = "CNY"
    accepted: QuoteRef | None = None
    pending: QuoteRef | None = None
    draft: QuoteRef | None = None
    amount_due: int = 0
    paid: int = 0
    parts_out: int = 0
    waived: frozenset[Guard] = field(default_factory=frozenset)
    shipping_due: int = 0

    @property
    def outstanding(self) -> int:
        """Everything owed less everything paid (negative: a credit to refund)."""
        return self.amount_due + self.shipping_due - self.paid

    @property
    def quote_outstanding(self) -> int:
        """What the quote still needs before work may start."""
        return self.amount_due - self.paid

    @property
    def chargeable(self) -> bool:
        return self.coverage in ("out_of_warranty", "excluded")

    def money(self, minor: int) -> str:
        return format_money(minor, self.currency)


def _coverage(facts: Facts) -> str:
    return _COVERAGE_LABELS.get(facts.coverage, facts.coverage)


def _unpaid(facts: Facts) -> str:
    """The unpaid-quote sentence: names the quote and the amount outstanding on it."""
    assert facts.accepted is not None
    out = facts.money(facts.quote_outstanding)
    if facts.paid <= 0:
        return f"Quote {facts.accepted.number} is unpaid: {out} outstanding."
    return (
        f"Quote {facts.accepted.number} is not fully paid: {out} outstanding "
        f"({facts.money(facts.paid)} of {facts.money(facts.amount_due)} received)."
    )


def _repair_gate(facts: Facts) -> str | None:
    if not facts.chargeable:
        return None
    if facts.pending is not None:
        return (
            f"Quote {facts.pending.number} waits for the customer's approval: "
            "record the acceptance and the payment before repair."
        )
    if facts.accepted is None:
        if facts.draft is not None:
            return (
                f"The unit is {_coverage(facts)}: issue quote {facts.draft.number} and have it "
                "accepted and paid before repair."
            )
        return (
            f"The unit is {_coverage(facts)}: make a quote and have it accepted and paid "
            "before repair."
        )
    if facts.quote_outstanding > 0:
        return _unpaid(facts)
    return None


def _money_settled(facts: Facts) -> str | None:
    if facts.outstanding <= 0:
        return None
    if facts.accepted is not None and facts.quote_outstanding > 0:
        return f"{_unpaid(facts)} A unit with money outstanding is never shipped back."
    if facts.shipping_due > 0 and facts.quote_outstanding <= 0:
        return (
            f"Shipping billed to the customer is unpaid: {facts.money(facts.outstanding)} "
            f"outstanding on {facts.rma_number}. Record the payment before the unit leaves."
        )
    return (
        f"{facts.money(facts.outstanding)} is outstanding on {facts.rma_number}: "
        "record the payment before the unit leaves."
    )


def guard_refusal(guard: Guard, facts: Facts) -> str | None:
    """Why `guard` does not hold for `facts`, or None when it does.

    Ignores waivers: the caller decides whether a waiver lets it through, so
    the timeline can say which gate was waived.
    """
    if guard is Guard.REPAIR_GATE:
        return _repair_gate(facts)
    if guard is Guard.MONEY_SETTLED:
        return _money_settled(facts)
    if guard is Guard.PAID_IN_FULL:
        if facts.accepted is None:
            return f"{facts.rma_number} has no accepted quote to pay."
        return _unpaid(facts) if facts.quote_outstanding > 0 else None
    if guard is Guard.CHARGEABLE:
        if facts.chargeable:
            return None
        return (
            f"The unit is {_coverage(facts)}: the repair is free and there is nothing to quote. "
            "Record an exclusion first if the fault is not covered."
        )
    if guard is Guard.QUOTE_DRAFT_READY:
        if facts.draft is None:
            return f"{facts.rma_number} has no draft quote: make one first."
        if facts.draft.lines <= 0:
            return f"Quote {facts.draft.number} has no lines: add at least one before issuing it."
        return None
    if guard is Guard.QUOTE_ISSUED:
        if facts.pending is None:
            return f"No quote of {facts.rma_number} waits for a decision: issue the quote first."
        return None
    if guard is Guard.QUOTE_ACCEPTED:
        if facts.accepted is None:
            return f"{facts.rma_number} has no accepted quote to withdraw from."
        return None
    if guard is Guard.DOA:
        if facts.coverage == "doa":
            return None
        return (
            f"The unit is {_coverage(facts)}, not dead on arrival: only a DOA unit is replaced; "
            "repair this one."
        )
    if guard is Guard.NO_PARTS_OUT:
        if facts.parts_out <= 0:
            return None
        pieces = "1 part is" if facts.parts_out == 1 else f"{facts.parts_out} parts are"
        return f"{pieces} still issued to {facts.rma_number}: return them to stock first."
    if guard is Guard.NO_MONEY_HELD:
        if facts.paid == 0:
            return None
        return (
            f"{facts.money(facts.paid)} has been received on {facts.rma_number}: "
            "refund it before cancelling."
        )
    raise AssertionError(f"unhandled guard {guard}")  # pragma: no cover


@dataclass(frozen=True)
class Verdict:
    """The outcome of checking one action: where it leads and which gates it waives."""

    transition: Transition
    waived: tuple[Guard, ...] = ()


def check(state: str | RmaState, action: str | Action, facts: Facts) -> Verdict:
    """Decide an action or raise the refusal a person can act on.

    State first (a `Conflict`), then the guards in table order. A closed
    waivable gate with an unused waiver passes and is reported in
    ``Verdict.waived`` so the caller can consume the waiver and say so in the
    timeline. Business gates raise `GateClosed`; book-keeping guards raise
    `Conflict`.
    """
    found = transition(state, action)
    waived: list[Guard] = []
    for guard in found.guards:
        reason = guard_refusal(guard, facts)
        if reason is None:
            continue
        if guard in WAIVABLE and guard in facts.waived:
            waived.append(guard)
            continue
        error = GateClosed if guard in WAIVABLE or guard is Guard.PAID_IN_FULL else Conflict
        raise error(reason)
    return Verdict(found, tuple(waived))


@dataclass(frozen=True)
class ActionAvailability:
    """One action as the bench screen shows it: enabled, or why not.

    ``in_state`` is False when the state does not offer the action at all (the
    screen usually hides those); ``to_state`` is where it leads when it does.
    For an enabled action whose gate was waived, ``reason`` says so.
    """

    action: Action
    enabled: bool
    reason: str = ""
    in_state: bool = True
    to_state: RmaState | None = None


def availability(state: str | RmaState, facts: Facts) -> list[ActionAvailability]:
    """Every action, in declaration order, with whether it can be done now and why not."""
    result: list[ActionAvailability] = []
    for action in Action:
        found = TABLE.get((RmaState(state), action))
        if found is None:
            result.append(
                ActionAvailability(action, False, not_allowed_message(state, action), False)
            )
            continue
        try:
            verdict = check(state, action, facts)
        except DomainError as refusal:
            result.append(ActionAvailability(action, False, refusal.message, True, found.to))
            continue
        note = ""
        if verdict.waived:
            note = "Gate waived by a manager: " + ", ".join(g.value for g in verdict.waived)
        result.append(ActionAvailability(action, True, note, True, found.to))
    return result
