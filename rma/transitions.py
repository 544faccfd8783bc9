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
from depot.i18n import QT_TRANSLATE_NOOP, translate
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


#: the verb phrase of an action, as in "Sue may not <verb> an RMA" (role refusals)
ACTION_VERBS: Final[Mapping[Action, str]] = MappingProxyType(
    {
        Action.START_DIAGNOSIS: QT_TRANSLATE_NOOP("Errors", "start diagnosis on"),
        Action.RECORD_DIAGNOSIS: QT_TRANSLATE_NOOP("Errors", "record a diagnosis on"),
        Action.REQUEST_APPROVAL: QT_TRANSLATE_NOOP("Errors", "issue a quote for"),
        Action.ACCEPT_QUOTE: QT_TRANSLATE_NOOP("Errors", "accept the quote of"),
        Action.DECLINE_QUOTE: QT_TRANSLATE_NOOP("Errors", "decline the quote of"),
        Action.PAYMENT_COMPLETE: QT_TRANSLATE_NOOP("Errors", "release for repair"),
        Action.ORDER_PARTS: QT_TRANSLATE_NOOP("Errors", "order parts for"),
        Action.PARTS_ARRIVED: QT_TRANSLATE_NOOP("Errors", "book the parts' arrival for"),
        Action.START_REPAIR: QT_TRANSLATE_NOOP("Errors", "start the repair of"),
        Action.SEND_TO_VENDOR: QT_TRANSLATE_NOOP("Errors", "send to the vendor"),
        Action.BACK_FROM_VENDOR: QT_TRANSLATE_NOOP("Errors", "book back from the vendor"),
        Action.FINISH_REPAIR: QT_TRANSLATE_NOOP("Errors", "finish the repair of"),
        Action.PASS_TEST: QT_TRANSLATE_NOOP("Errors", "pass the test of"),
        Action.FAIL_TEST: QT_TRANSLATE_NOOP("Errors", "fail the test of"),
        Action.SHIP: QT_TRANSLATE_NOOP("Errors", "ship"),
        Action.CLOSE: QT_TRANSLATE_NOOP("Errors", "close"),
        Action.RETURN_UNREPAIRED: QT_TRANSLATE_NOOP("Errors", "return unrepaired"),
        Action.REPLACE_DOA: QT_TRANSLATE_NOOP("Errors", "replace (dead on arrival)"),
        Action.SCRAP: QT_TRANSLATE_NOOP("Errors", "scrap"),
        Action.CANCEL: QT_TRANSLATE_NOOP("Errors", "cancel"),
        Action.REOPEN_FOR_QUOTE: QT_TRANSLATE_NOOP("Errors", "reopen for a revised quote"),
    }
)


#: "Cannot … an RMA that is {state}." as whole sentences, so a translator can
#: order the words of each; ``{state}`` is a translated `state_label`
_NOT_ALLOWED: Final[Mapping[Action, str]] = MappingProxyType(
    {
        Action.START_DIAGNOSIS: QT_TRANSLATE_NOOP(
            "Errors", "Cannot start diagnosis on an RMA that is {state}."),
        Action.RECORD_DIAGNOSIS: QT_TRANSLATE_NOOP(
            "Errors", "Cannot record a diagnosis on an RMA that is {state}."),
        Action.REQUEST_APPROVAL: QT_TRANSLATE_NOOP(
            "Errors", "Cannot issue a quote for an RMA that is {state}."),
        Action.ACCEPT_QUOTE: QT_TRANSLATE_NOOP(
            "Errors", "Cannot accept the quote of an RMA that is {state}."),
        Action.DECLINE_QUOTE: QT_TRANSLATE_NOOP(
            "Errors", "Cannot decline the quote of an RMA that is {state}."),
        Action.PAYMENT_COMPLETE: QT_TRANSLATE_NOOP(
            "Errors", "Cannot release for repair an RMA that is {state}."),
        Action.ORDER_PARTS: QT_TRANSLATE_NOOP(
            "Errors", "Cannot order parts for an RMA that is {state}."),
        Action.PARTS_ARRIVED: QT_TRANSLATE_NOOP(
            "Errors", "Cannot book the parts' arrival for an RMA that is {state}."),
        Action.START_REPAIR: QT_TRANSLATE_NOOP(
            "Errors", "Cannot start the repair of an RMA that is {state}."),
        Action.SEND_TO_VENDOR: QT_TRANSLATE_NOOP(
            "Errors", "Cannot send to the vendor an RMA that is {state}."),
        Action.BACK_FROM_VENDOR: QT_TRANSLATE_NOOP(
            "Errors", "Cannot book back from the vendor an RMA that is {state}."),
        Action.FINISH_REPAIR: QT_TRANSLATE_NOOP(
            "Errors", "Cannot finish the repair of an RMA that is {state}."),
        Action.PASS_TEST: QT_TRANSLATE_NOOP(
            "Errors", "Cannot pass the test of an RMA that is {state}."),
        Action.FAIL_TEST: QT_TRANSLATE_NOOP(
            "Errors", "Cannot fail the test of an RMA that is {state}."),
        Action.SHIP: QT_TRANSLATE_NOOP("Errors", "Cannot ship an RMA that is {state}."),
        Action.CLOSE: QT_TRANSLATE_NOOP("Errors", "Cannot close an RMA that is {state}."),
        Action.RETURN_UNREPAIRED: QT_TRANSLATE_NOOP(
            "Errors", "Cannot return unrepaired an RMA that is {state}."),
        Action.REPLACE_DOA: QT_TRANSLATE_NOOP(
            "Errors", "Cannot replace (dead on arrival) an RMA that is {state}."),
        Action.SCRAP: QT_TRANSLATE_NOOP("Errors", "Cannot scrap an RMA that is {state}."),
        Action.CANCEL: QT_TRANSLATE_NOOP("Errors", "Cannot cancel an RMA that is {state}."),
        Action.REOPEN_FOR_QUOTE: QT_TRANSLATE_NOOP(
            "Errors", "Cannot reopen for a revised quote an RMA that is {state}."),
    }
)

#: what a state is called in sentences ("an RMA that is awaiting payment")
STATE_LABELS: Final[Mapping[RmaState, str]] = MappingProxyType(
    {
        S.RECEIVED: QT_TRANSLATE_NOOP("States", "received"),
        S.DIAGNOSING: QT_TRANSLATE_NOOP("States", "diagnosing"),
        S.AWAITING_APPROVAL: QT_TRANSLATE_NOOP("States", "awaiting approval"),
        S.AWAITING_PAYMENT: QT_TRANSLATE_NOOP("States", "awaiting payment"),
        S.AWAITING_PARTS: QT_TRANSLATE_NOOP("States", "awaiting parts"),
        S.IN_REPAIR: QT_TRANSLATE_NOOP("States", "in repair"),
        S.AT_VENDOR: QT_TRANSLATE_NOOP("States", "at vendor"),
        S.TESTING: QT_TRANSLATE_NOOP("States", "testing"),
        S.READY_TO_SHIP: QT_TRANSLATE_NOOP("States", "ready to ship"),
        S.SHIPPED: QT_TRANSLATE_NOOP("States", "shipped"),
        S.CLOSED: QT_TRANSLATE_NOOP("States", "closed"),
        S.DECLINED: QT_TRANSLATE_NOOP("States", "declined"),
        S.RETURNED_UNREPAIRED: QT_TRANSLATE_NOOP("States", "returned unrepaired"),
        S.REPLACED: QT_TRANSLATE_NOOP("States", "replaced"),
        S.SCRAPPED: QT_TRANSLATE_NOOP("States", "scrapped"),
        S.CANCELLED: QT_TRANSLATE_NOOP("States", "cancelled"),
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
    """``awaiting_payment`` → ``awaiting payment``, in the operator's language."""
    return translate("States", STATE_LABELS[RmaState(state)])


_COVERAGE_LABELS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "doa": QT_TRANSLATE_NOOP("Coverage", "dead on arrival"),
        "warranty": QT_TRANSLATE_NOOP("Coverage", "in warranty"),
        "out_of_warranty": QT_TRANSLATE_NOOP("Coverage", "out of warranty"),
        "excluded": QT_TRANSLATE_NOOP("Coverage", "excluded from warranty"),
    }
)


def not_allowed_message(state: str | RmaState, action: str | Action) -> str:
    """The refusal for an action that makes no sense in the state."""
    return translate("Errors", _NOT_ALLOWED[Action(action)]).format(state=state_label(state))


def transition(state: str | RmaState, action: str | Action) -> Transition:
    """The table entry for (state, action), or a `Conflict` naming both."""
    try:
        key = (RmaState(state), Action(action))
    except ValueError as exc:
        raise Conflict(
            translate("Errors", "Unknown state or action: {error}").format(error=exc)
        ) from None
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
    label = _COVERAGE_LABELS.get(facts.coverage)
    return translate("Coverage", label) if label else facts.coverage


def _unpaid(facts: Facts) -> str:
    """The unpaid-quote sentence: names the quote and the amount outstanding on it."""
    assert facts.accepted is not None
    out = facts.money(facts.quote_outstanding)
    if facts.paid <= 0:
        return translate("Errors", "Quote {quote} is unpaid: {amount} outstanding.").format(
            quote=facts.accepted.number, amount=out)
    return translate(
        "Errors", "Quote {quote} is not fully paid: {amount} outstanding ({paid} of {due} "
                  "received)."
    ).format(quote=facts.accepted.number, amount=out, paid=facts.money(facts.paid),
             due=facts.money(facts.amount_due))


def _repair_gate(facts: Facts) -> str | None:
    if not facts.chargeable:
        return None
    if facts.pending is not None:
        return translate(
            "Errors", "Quote {quote} waits for the customer's approval: record the acceptance "
                      "and the payment before repair."
        ).format(quote=facts.pending.number)
    if facts.accepted is None:
        if facts.draft is not None:
            return translate(
                "Errors", "The unit is {coverage}: issue quote {quote} and have it accepted "
                          "and paid before repair."
            ).format(coverage=_coverage(facts), quote=facts.draft.number)
        return translate(
            "Errors", "The unit is {coverage}: make a quote and have it accepted and paid "
                      "before repair."
        ).format(coverage=_coverage(facts))
    if facts.quote_outstanding > 0:
        return _unpaid(facts)
    return None


def _money_settled(facts: Facts) -> str | None:
    if facts.outstanding <= 0:
        return None
    if facts.accepted is not None and facts.quote_outstanding > 0:
        return _unpaid(facts) + " " + translate(
            "Errors", "A unit with money outstanding is never shipped back.")
    if facts.shipping_due > 0 and facts.quote_outstanding <= 0:
        return translate(
            "Errors", "Shipping billed to the customer is unpaid: {amount} outstanding on "
                      "{rma}. Record the payment before the unit leaves."
        ).format(amount=facts.money(facts.outstanding), rma=facts.rma_number)
    return translate(
        "Errors", "{amount} is outstanding on {rma}: record the payment before the unit leaves."
    ).format(amount=facts.money(facts.outstanding), rma=facts.rma_number)


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
            return translate("Errors", "{rma} has no accepted quote to pay.").format(
                rma=facts.rma_number)
        return _unpaid(facts) if facts.quote_outstanding > 0 else None
    if guard is Guard.CHARGEABLE:
        if facts.chargeable:
            return None
        return translate(
            "Errors", "The unit is {coverage}: the repair is free and there is nothing to "
                      "quote. Record an exclusion first if the fault is not covered."
        ).format(coverage=_coverage(facts))
    if guard is Guard.QUOTE_DRAFT_READY:
        if facts.draft is None:
            return translate("Errors", "{rma} has no draft quote: make one first.").format(
                rma=facts.rma_number)
        if facts.draft.lines <= 0:
            return translate(
                "Errors", "Quote {quote} has no lines: add at least one before issuing it."
            ).format(quote=facts.draft.number)
        return None
    if guard is Guard.QUOTE_ISSUED:
        if facts.pending is None:
            return translate(
                "Errors", "No quote of {rma} waits for a decision: issue the quote first."
            ).format(rma=facts.rma_number)
        return None
    if guard is Guard.QUOTE_ACCEPTED:
        if facts.accepted is None:
            return translate("Errors", "{rma} has no accepted quote to withdraw from.").format(
                rma=facts.rma_number)
        return None
    if guard is Guard.DOA:
        if facts.coverage == "doa":
            return None
        return translate(
            "Errors", "The unit is {coverage}, not dead on arrival: only a DOA unit is "
                      "replaced; repair this one."
        ).format(coverage=_coverage(facts))
    if guard is Guard.NO_PARTS_OUT:
        if facts.parts_out <= 0:
            return None
        if facts.parts_out == 1:
            return translate(
                "Errors", "1 part is still issued to {rma}: return them to stock first."
            ).format(rma=facts.rma_number)
        return translate(
            "Errors", "{n} parts are still issued to {rma}: return them to stock first."
        ).format(n=facts.parts_out, rma=facts.rma_number)
    if guard is Guard.NO_MONEY_HELD:
        if facts.paid == 0:
            return None
        return translate(
            "Errors", "{amount} has been received on {rma}: refund it before cancelling."
        ).format(amount=facts.money(facts.paid), rma=facts.rma_number)
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
            note = translate("Errors", "Gate waived by a manager: {gates}").format(
                gates=", ".join(g.value for g in verdict.waived))
        result.append(ActionAvailability(action, True, note, True, found.to))
    return result
