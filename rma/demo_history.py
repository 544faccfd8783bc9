"""Demo data: repairs the demo depot finished weeks ago, so units have a history.

A depot's units come back; the intake card and the bench's Unit history tab
show what was found and done before. These RMAs go the whole way through the
real services (receive, diagnose, repair, test, no loaner wanted, ship, each
shipping leg), with the clock turned back to when each step happened, so
their numbers, times, warranty extensions and timelines are what a live
depot would have. One unit is back now with the same fault (a repeat repair,
received by `rma.demo`'s open RMAs after these).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from depot import clock
from depot.clock import FixedClock
from depot.models import User
from rma import diagnosis, intake, loans, shipping, workflow
from rma.models import Rma
from rma.shipping import LegKind


@dataclass(frozen=True)
class PastRepair:
    """Received `days_ago` at 10:00 local time, shipped `days_at_depot` days later."""

    serial: str
    days_ago: int
    days_at_depot: int
    fault: str
    findings: str
    cause: str  # a fault cause code from the diagnosis.cause_codes setting
    work: str
    carrier: str
    tracking_in: str
    tracking_out: str


PAST_REPAIRS: tuple[PastRepair, ...] = (
    PastRepair("Q6EY009120", 50, 3, "开机无反应 No power",
               "电源板保险丝 F1 熔断,其余正常 PSU fuse F1 blown, rest OK", "power_supply",
               "更换保险丝 F1,通电老化 2 小时 Replaced fuse F1, 2 h burn-in", "顺丰速运 SF Express",
               "SF1402870011234", "SF1402870019876"),
    PastRepair("P8815A220341", 40, 2, "触摸屏偶尔无响应 Touch screen intermittent",
               "触摸屏排线松动 Touch panel cable loose", "",
               "重新固定排线,校准触摸屏 Reseated the touch cable, recalibrated",
               "京东物流 JD Logistics", "JDVA07700123345", "JDVA07700125561"),
)


def _at(day: date, hour: int) -> FixedClock:
    local = datetime.combine(day, time(hour), tzinfo=clock.current().local_tz())
    return FixedClock(local.astimezone(UTC), tz=clock.current().local_tz())


def seed_past_repairs(technician: User, desk: User, today: date) -> list[Rma]:
    """Walk each past repair through the services; returns the shipped RMAs.

    `technician` diagnoses and repairs, `desk` (service desk) receives, records
    the legs and the loaner decision, and ships. Runs inside the caller's
    transaction, before any open RMA of these units is received.
    """
    shipped: list[Rma] = []
    for past in PAST_REPAIRS:
        received_on = today - timedelta(days=past.days_ago)
        left_on = received_on + timedelta(days=past.days_at_depot)
        with clock.use(_at(received_on, 10)):
            rma = intake.receive(desk, serial=past.serial, fault=past.fault, channel="courier",
                                 inbound_carrier=past.carrier, inbound_tracking=past.tracking_in)
            shipping.create_leg(desk, rma, LegKind.CUSTOMER_TO_DEPOT, carrier=past.carrier,
                                tracking=past.tracking_in, cost=1_800)
            rma = workflow.start_diagnosis(technician, rma)
        with clock.use(_at(received_on, 14)):
            diagnosis.record_diagnosis(technician, rma, past.findings, past.cause)
            rma = workflow.start_repair(technician, workflow.get_rma(rma.id))
            rma = workflow.finish_repair(technician, rma, note=past.work)
            rma = workflow.pass_test(technician, rma)
        with clock.use(_at(left_on, 11)):
            loans.decline(desk, rma, "客户不需要备用机 Customer needs no loaner")
            shipping.create_leg(desk, rma, LegKind.DEPOT_TO_CUSTOMER, carrier=past.carrier,
                                tracking=past.tracking_out, cost=1_800)
            shipped.append(workflow.ship(desk, workflow.get_rma(rma.id), carrier=past.carrier,
                                         tracking=past.tracking_out))
    return shipped
