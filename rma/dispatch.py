"""The shipping desk's services: why a unit may not leave, and shipping it.

The desk records the return leg (depot → customer), runs the workflow's ship
transition — whose gate refuses money outstanding, this leg's courier cost
included — and marks the leg shipped, all in one transaction. A loaner owed
to an in-warranty customer and never arranged also keeps the unit here
(DOMAIN §6; issue 5: "blocked ones say why: unpaid, loaner not arranged,
testing not passed").
"""

from __future__ import annotations

from depot.models import User
from depot.service import unit_of_work
from rma import loans, shipping, workflow
from rma.models import Rma
from rma.shipping import LegInput, LegKind, ShippingLeg
from rma.states import RmaState
from rma.transitions import Action


def ship_blockers(rma: Rma) -> list[str]:
    """Why the unit of `rma` may not ship now (empty: it may), in the services' words.

    Testing not passed (or any state the ship action is not offered in): the
    workflow's reason. Money: the unpaid-shipping sentence when shipping is
    part of what is owed (it names the legs), else the workflow's money gate.
    A loaner owed and never arranged: `rma.loans.blocking_reason`.
    """
    reasons: list[str] = []
    ship = next(a for a in workflow.available_actions(rma) if a.action == Action.SHIP)
    if rma.state != RmaState.READY_TO_SHIP.value:
        if not ship.enabled:
            reasons.append(ship.reason)
    else:
        unpaid = shipping.unpaid_shipping_refusal(rma)
        if unpaid:
            reasons.append(unpaid)
        elif not ship.enabled:
            reasons.append(ship.reason)
    if rma.is_open:
        loaner = loans.blocking_reason(rma)
        if loaner:
            reasons.append(loaner)
    return reasons


def pending_return_leg(rma: Rma) -> ShippingLeg | None:
    """The return leg recorded but not shipped yet (the desk edits it instead of a new one)."""
    return next((leg for leg in reversed(shipping.legs_of(rma))
                 if leg.direction == LegKind.DEPOT_TO_CUSTOMER.value and leg.shipped_at is None),
                None)


def save_return_leg(actor: User, rma: Rma, typed: LegInput) -> ShippingLeg:
    """Record the return leg, or correct the one recorded and not shipped yet."""
    with unit_of_work():
        pending = pending_return_leg(rma)
        if pending is None:
            return shipping.record_leg(actor, rma, LegKind.DEPOT_TO_CUSTOMER, typed)
        leg = shipping.update_leg(actor, pending, pending.version, carrier=typed.carrier,
                                  tracking=typed.tracking, cost=typed.cost)
        if typed.payer is not None and typed.payer != leg.payer:
            leg = shipping.override_payer(actor, leg, typed.payer, typed.override_reason)
        return leg


def ship_unit(actor: User, rma: Rma, typed: LegInput, *,
              expected_version: int | None = None) -> tuple[Rma, ShippingLeg]:
    """Return leg + ship transition + leg shipped, in one transaction, or nothing at all
    (the ship transition refuses a unit whose owed loaner was never arranged)."""
    with unit_of_work():
        leg = save_return_leg(actor, rma, typed)
        shipped = workflow.ship(actor, rma.id, expected_version=expected_version,
                                carrier=leg.carrier, tracking=leg.tracking)
        leg = shipping.mark_shipped(actor, leg.id)
    return shipped, leg
