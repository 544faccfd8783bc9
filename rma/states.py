"""The names of the states an RMA moves through, and which of them are open.

Kept apart from `rma.workflow` (the transition table and its guards) so that
intake, the unit history, the bench queries and the UI can all agree on the
same names without importing the workflow machinery. The value stored in
`Rma.state` is the enum's string value; `Rma.is_open` must equal
`is_open_state(state)` — it backs the partial unique index
`rma_one_open_per_unit`, which is what stops two stations from opening two
RMAs for one unit.
"""

from __future__ import annotations

from enum import StrEnum


class RmaState(StrEnum):
    """Every state an RMA can be in (values are what the database stores)."""

    RECEIVED = "received"
    DIAGNOSING = "diagnosing"
    AWAITING_APPROVAL = "awaiting_approval"
    AWAITING_PAYMENT = "awaiting_payment"
    AWAITING_PARTS = "awaiting_parts"
    IN_REPAIR = "in_repair"
    AT_VENDOR = "at_vendor"
    TESTING = "testing"
    READY_TO_SHIP = "ready_to_ship"
    SHIPPED = "shipped"
    CLOSED = "closed"
    DECLINED = "declined"
    RETURNED_UNREPAIRED = "returned_unrepaired"
    REPLACED = "replaced"
    SCRAPPED = "scrapped"
    CANCELLED = "cancelled"


#: states in which the RMA no longer holds the unit (`Rma.is_open` is false)
CLOSED_STATES: frozenset[RmaState] = frozenset(
    {
        RmaState.SHIPPED,
        RmaState.CLOSED,
        RmaState.RETURNED_UNREPAIRED,
        RmaState.REPLACED,
        RmaState.SCRAPPED,
        RmaState.CANCELLED,
    }
)

#: states in which the unit is (still) the depot's business; at most one per unit
OPEN_STATES: frozenset[RmaState] = frozenset(s for s in RmaState if s not in CLOSED_STATES)

#: the state every RMA starts in
INITIAL_STATE: RmaState = RmaState.RECEIVED


def is_open_state(state: str | RmaState) -> bool:
    """True when an RMA in `state` still counts as the unit's open RMA.

    Raises ValueError for a name that is not a state, so a typo never
    silently closes (or reopens) an RMA.
    """
    return RmaState(state) not in CLOSED_STATES
