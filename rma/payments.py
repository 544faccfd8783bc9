"""Payments (预付款) and refunds: an append-only ledger per RMA.

The customer pays the accepted quote before any work starts, and a unit with
money outstanding is never shipped (DOMAIN §4). Payments may arrive in parts;
they simply sum. A refund is a *negative* entry with a required reason, never
an edit or a deletion, so the ledger always tells what really happened and
`balance` is a plain sum.

``balance(rma) = amount due − Σ payments`` where the amount due is the latest
accepted quote's total, or the decline charges after a decline
(`rma.quote_math.amount_due`), plus customer-paid shipping no quote charges
(`rma.shipping.customer_shipping_due`). Positive: outstanding; negative: a
credit the depot owes back.

When a payment brings the balance of an RMA awaiting payment to zero, the RMA
is released for repair in the same transaction (``payment_complete``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from depot import audit, clock, config
from depot.errors import ValidationError
from depot.i18n import QT_TRANSLATE_NOOP, translate
from depot.models import Role, User
from depot.money import MAX_MAJOR, format_money
from depot.service import unit_of_work
from depot.users import require_role
from rma.event_text import said
from rma.models import Rma
from rma.repair_models import Payment
from rma.states import RmaState
from rma.transitions import Action
from rma.workflow import add_event, currency, get_rma, load_facts, perform, sync

__all__ = [
    "METHOD_LABELS",
    "MoneySummary",
    "PaymentMethod",
    "balance",
    "method_label",
    "money_summary",
    "payments_of",
    "record_payment",
    "record_refund",
]

EVENT_PAYMENT = "payment"
EVENT_REFUND = "refund"
MAX_REFERENCE = 120


class PaymentMethod(StrEnum):
    CASH = "cash"
    BANK_TRANSFER = "bank_transfer"
    WECHAT_PAY = "wechat_pay"
    ALIPAY = "alipay"
    CARD = "card"


METHOD_LABELS = {
    PaymentMethod.CASH: QT_TRANSLATE_NOOP("Payments", "Cash"),
    PaymentMethod.BANK_TRANSFER: QT_TRANSLATE_NOOP("Payments", "Bank transfer"),
    PaymentMethod.WECHAT_PAY: QT_TRANSLATE_NOOP("Payments", "WeChat Pay"),
    PaymentMethod.ALIPAY: QT_TRANSLATE_NOOP("Payments", "Alipay"),
    PaymentMethod.CARD: QT_TRANSLATE_NOOP("Payments", "Card"),
}


@dataclass(frozen=True)
class MoneySummary:
    """What the bench shows next to the quote: due, received, outstanding."""

    currency: str
    due: int  # quotes and customer-paid shipping
    paid: int
    outstanding: int  # negative: credit owed to the customer
    accepted_quote: str | None
    shipping_due: int = 0  # part of `due`: shipping billed apart from the quote

    def text(self, minor: int) -> str:
        return format_money(minor, self.currency)


def money_summary(rma: Rma | int | str) -> MoneySummary:
    facts = load_facts(get_rma(rma))
    return MoneySummary(
        currency=facts.currency,
        due=facts.amount_due + facts.shipping_due,
        paid=facts.paid,
        outstanding=facts.outstanding,
        accepted_quote=facts.accepted.number if facts.accepted else None,
        shipping_due=facts.shipping_due,
    )


def balance(rma: Rma | int | str) -> int:
    """Amount due minus payments, in minor units (positive: outstanding)."""
    return money_summary(rma).outstanding


def payments_of(rma: Rma | int | str) -> list[Payment]:
    """The ledger of one RMA, oldest first."""
    row = get_rma(rma)
    return list(Payment.select().where(Payment.rma == row.id).order_by(Payment.id))


def _method(method: PaymentMethod | str) -> PaymentMethod:
    try:
        return PaymentMethod(method)
    except ValueError:
        names = ", ".join(method_label(m) for m in PaymentMethod)
        raise ValidationError(
            translate("Errors", "Unknown payment method {method!r}: use {names}.").format(
                method=method, names=names)) from None


def method_label(method: PaymentMethod | str) -> str:
    """A payment method in words, in the operator's language."""
    return translate("Payments", METHOD_LABELS[PaymentMethod(method)])


def _amount(amount: int) -> int:
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise ValidationError(
            translate("Errors", "The amount must be a whole number of minor units (fen)."))
    if amount <= 0:
        raise ValidationError(translate("Errors", "The amount must be more than 0."))
    if amount > MAX_MAJOR * 100:
        raise ValidationError(translate("Errors", "The amount is not plausible."))
    return amount


def _paid_on(paid_on: date | None) -> date:
    day = paid_on or clock.today()
    if not isinstance(day, date):
        raise ValidationError(translate("Errors", "The payment date must be a date."))
    if day > clock.today():
        raise ValidationError(
            translate("Errors", "The payment date {date} is in the future.").format(
                date=day.isoformat()))
    return day


def _reference(reference: str) -> str:
    text = " ".join(str(reference or "").split())
    if len(text) > MAX_REFERENCE:
        raise ValidationError(
            translate("Errors", "The reference is too long (at most {n} characters).").format(
                n=MAX_REFERENCE))
    return text


def record_payment(
    actor: User,
    rma: Rma | int | str,
    amount: int,
    method: PaymentMethod | str,
    *,
    reference: str = "",
    paid_on: date | None = None,
    note: str = "",
    allow_excess: bool = False,
) -> Payment:
    """Record money received for an RMA (partial payments simply add up).

    A payment larger than what is outstanding is refused unless
    ``allow_excess`` (the screen asks first): more than the quote is almost
    always a typo, and when it is real money the excess becomes a credit that
    must be refunded. A payment that settles an RMA awaiting payment releases
    it for repair at once.
    """
    require_role(actor, Role.SERVICE_DESK, action=translate("Errors", "record payments"))
    value = _amount(amount)
    how = _method(method)
    day = _paid_on(paid_on)
    ref = _reference(reference)
    with unit_of_work() as changes:
        row = get_rma(rma)
        facts = load_facts(row)
        money = currency()
        if value > facts.outstanding and not allow_excess:
            if facts.outstanding <= 0 and facts.pending is not None:
                raise ValidationError(translate(
                    "Errors", "Nothing is outstanding on {rma}: record the customer's "
                              "acceptance of the quote first.").format(rma=row.number))
            if facts.outstanding <= 0:
                raise ValidationError(
                    translate("Errors", "Nothing is outstanding on {rma}.").format(
                        rma=row.number))
            raise ValidationError(translate(
                "Errors", "{amount} is more than the {outstanding} outstanding on {rma}: "
                          "check the amount."
            ).format(amount=format_money(value, money),
                     outstanding=format_money(facts.outstanding, money), rma=row.number))
        payment = Payment.create(
            rma=row, amount=value, currency=money, method=how.value, reference=ref,
            paid_on=day, reason=str(note or "").strip(), operator=actor,
            station=config.station_name(),
        )
        left = facts.outstanding - value
        text, data = said("payment", {"amount": value, "currency": money, "method": how.value,
                                      "reference": ref, "paid_on": day.isoformat(),
                                      "outstanding": left})
        add_event(actor, row, EVENT_PAYMENT, note=text, from_state=row.state,
                  to_state=row.state, data=data)
        audit.record(actor, "payment.record", "rma", row.id,
                     after={"amount": value, "method": how.value, "reference": ref,
                            "paid_on": day.isoformat()})
        changes.add("payment", payment.id).add("rma", row.id)
        if (row.state == RmaState.AWAITING_PAYMENT.value and facts.accepted is not None
                and facts.quote_outstanding - value <= 0):
            text, data = said("paid_in_full")
            perform(actor, row, Action.PAYMENT_COMPLETE, expected_version=row.version,
                    note=text, data=data)
    sync(rma, row)
    return payment


def record_refund(
    actor: User,
    rma: Rma | int | str,
    amount: int,
    method: PaymentMethod | str,
    reason: str,
    *,
    reference: str = "",
    paid_on: date | None = None,
) -> Payment:
    """Pay money back: a negative entry with a required reason (manager only).

    A refund cannot exceed what was received on the RMA, so the ledger never
    shows the depot paying out money it never took.
    """
    require_role(actor, Role.MANAGER, action=translate("Errors", "record refunds"))
    value = _amount(amount)
    how = _method(method)
    day = _paid_on(paid_on)
    ref = _reference(reference)
    why = str(reason or "").strip()
    if not why:
        raise ValidationError(translate(
            "Errors", "A refund needs a reason (it is shown on the ledger and audited)."))
    with unit_of_work() as changes:
        row = get_rma(rma)
        facts = load_facts(row)
        money = currency()
        if value > facts.paid:
            raise ValidationError(translate(
                "Errors", "Only {paid} has been received on {rma}: a refund of {amount} cannot "
                          "exceed it."
            ).format(paid=format_money(facts.paid, money), rma=row.number,
                     amount=format_money(value, money)))
        payment = Payment.create(
            rma=row, amount=-value, currency=money, method=how.value, reference=ref,
            paid_on=day, reason=why, operator=actor, station=config.station_name(),
        )
        text, data = said("refund", {"amount": -value, "currency": money, "method": how.value,
                                     "reference": ref, "paid_on": day.isoformat()}, words=why)
        add_event(actor, row, EVENT_REFUND, note=text, from_state=row.state,
                  to_state=row.state, data=data)
        audit.record(actor, "payment.refund", "rma", row.id,
                     after={"amount": -value, "method": how.value, "reference": ref}, note=why)
        changes.add("payment", payment.id).add("rma", row.id)
    return payment
