"""Demo loaner pool and shipping legs, made through the real services.

So the demo shows what a live depot would: a pool of ten loaners in three
classes (scanners and small printers; label, receipt and laser printers;
industrial printers and PCs), a few of them out to in-warranty RMAs with
their outbound legs, one in service, one retired; and the shipping legs of
the RMAs already in the database (the unit coming in; the unit going back
for those ready to ship — an out-of-warranty one then shows as blocked
until its courier cost is paid).

The demo seeder calls `seed_demo_loaners(manager)` after it has received its
RMAs. Running it twice adds nothing the second time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import cycle

from depot.errors import DomainError
from depot.models import User
from inventory import loaners as pool
from inventory.loaner_models import Loaner
from rma import loans, shipping
from rma.models import Rma
from rma.payer_rules import LegKind
from rma.shipping import LegInput
from rma.shipping_models import ShippingLeg
from rma.states import RmaState

__all__ = ["DEMO_LOANERS", "DemoLoanerResult", "seed_demo_loaners"]


@dataclass(frozen=True)
class _DemoLoaner:
    code: str
    loaner_class: int
    description: str
    serial: str
    cost_value: int  # at cost price, minor units
    accessories: tuple[str, ...]
    grade: int = 2
    location: str = "备用机柜 Loaner cabinet L1"


DEMO_LOANERS: tuple[_DemoLoaner, ...] = (
    _DemoLoaner("LN-0101", 1, "扫描枪 Barcode scanner Honeywell Xenon 1900g", "19001A2207",
                145_000, ("USB 数据线 USB cable", "支架 Stand"), grade=1),
    _DemoLoaner("LN-0102", 1, "扫描枪 Barcode scanner Zebra DS2208", "DS22K0341",
                98_000, ("USB 数据线 USB cable",)),
    _DemoLoaner("LN-0103", 1, "针式打印机 Dot-matrix printer Epson LQ-630K", "Q6KY110457",
                180_000, ("电源线 Power cord", "色带架 Ribbon cartridge"), grade=3),
    _DemoLoaner("LN-0201", 2, "条码打印机 Label printer Zebra ZT230 203 dpi", "52J173402211",
                420_000, ("电源线 Power cord", "USB 数据线 USB cable"), grade=1),
    _DemoLoaner("LN-0202", 2, "小票打印机 Receipt printer Epson TM-T88VI", "X4TK029931",
                210_000, ("电源适配器 Power adapter", "USB 数据线 USB cable")),
    _DemoLoaner("LN-0203", 2, "激光打印机 Laser printer HP LaserJet M402dn", "PHBQB12345",
                190_000, ("电源线 Power cord", "硒鼓 Toner cartridge")),
    _DemoLoaner("LN-0204", 2, "条码打印机 Label printer Zebra ZT410 203 dpi", "18J190800077",
                850_000, ("电源线 Power cord", "USB 数据线 USB cable", "碳带轴 Ribbon spindle"),
                grade=2),
    _DemoLoaner("LN-0301", 3, "工控机 Industrial PC Advantech IPC-610H", "AKB0912345",
                980_000, ("电源线 Power cord", "键盘 Keyboard", "鼠标 Mouse"), grade=1),
    _DemoLoaner("LN-0302", 3, "工业打印机 Industrial printer Zebra ZT610 300 dpi", "99J201100120",
                1_580_000, ("电源线 Power cord", "USB 数据线 USB cable")),
    _DemoLoaner("LN-0303", 3, "POS 一体机 POS terminal 15\" touch", "POS15T00421",
                560_000, ("电源适配器 Power adapter",), grade=3),
)

_IN_SERVICE = ("LN-0203", "定影器异响,等待备件 Fuser noise, waiting for the part")
_RETIRED = ("LN-0303", "触摸屏失灵,维修不经济,报废 Touch screen failed; not worth repairing")

_CARRIERS = (
    ("顺丰速运 SF Express", "SF", 2_300),
    ("中通快递 ZTO Express", "ZT", 1_200),
    ("京东物流 JD Logistics", "JD", 1_800),
)
_LOANS_OUT = 3


@dataclass
class DemoLoanerResult:
    """What was made (the seeder prints it)."""

    loaners: int = 0
    loans: list[str] = field(default_factory=list)  # "LN-0201 → RMA-2601-00003"
    legs: int = 0


def _tracking(prefix: str, n: int) -> str:
    return f"{prefix}{7_310_000_000 + n * 7_919}"


def seed_demo_loaners(actor: User) -> DemoLoanerResult:
    """Create the demo pool, lend a few loaners and record legs (idempotent).

    `actor` must be allowed everything it does here: the demo manager.
    """
    result = DemoLoanerResult()
    if Loaner.select().where(Loaner.code == DEMO_LOANERS[0].code).exists():
        return result
    for spec in DEMO_LOANERS:
        pool.create_loaner(
            actor, code=spec.code, description=spec.description, serial=spec.serial,
            loaner_class=spec.loaner_class, cost_value=spec.cost_value,
            location=spec.location, condition_grade=spec.grade,
            accessories=list(spec.accessories),
        )
        result.loaners += 1
    pool.send_to_service(actor, _IN_SERVICE[0], _IN_SERVICE[1])
    pool.retire(actor, _RETIRED[0], _RETIRED[1])

    rmas = list(Rma.select().order_by(Rma.id))
    carriers = cycle(_CARRIERS)
    seq = 0
    # the unit coming in, for every open RMA that arrived by courier or pickup (the
    # repairs shipped weeks ago recorded both their legs at the time)
    for rma in rmas:
        if rma.channel == "walk_in" or not rma.is_open:
            continue
        carrier, prefix, cost = next(carriers)
        seq += 1
        shipping.create_leg(actor, rma, LegKind.CUSTOMER_TO_DEPOT,
                            carrier=rma.inbound_carrier or carrier,
                            tracking=rma.inbound_tracking or _tracking(prefix, seq), cost=cost)
        result.legs += 1
    # loaners out to open in-warranty RMAs (best match first, as the desk would)
    for rma in rmas:
        if len(result.loans) >= _LOANS_OUT:
            break
        if not rma.is_open or rma.coverage not in ("doa", "warranty"):
            continue
        offered = loans.offer(rma)
        if not offered:
            continue
        carrier, prefix, cost = next(carriers)
        seq += 1
        try:
            loan = loans.checkout(
                actor, rma, offered[0].code, long_repair=True,
                outbound_leg=LegInput(carrier=carrier, tracking=_tracking(prefix, seq),
                                      cost=cost),
            )
        except DomainError:
            continue  # e.g. the RMA already has one: the demo does without
        result.loans.append(f"{offered[0].code} → {rma.number}")
        result.legs += 1
        if loan.outbound_leg_id is not None:
            shipping.mark_shipped(actor, loan.outbound_leg_id)
    # the unit going back, for RMAs ready to ship (the desk records it before shipping)
    for rma in rmas:
        if rma.state != RmaState.READY_TO_SHIP.value:
            continue
        if ShippingLeg.select().where((ShippingLeg.rma == rma.id) & (
                ShippingLeg.direction == LegKind.DEPOT_TO_CUSTOMER.value)).exists():
            continue
        carrier, prefix, cost = next(carriers)
        seq += 1
        shipping.create_leg(actor, rma, LegKind.DEPOT_TO_CUSTOMER, carrier=carrier,
                            tracking=_tracking(prefix, seq), cost=cost)
        result.legs += 1
    return result
