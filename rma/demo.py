"""Demo data for `depot --demo`: a depot as it looks on an ordinary working week.

Everything goes through the real services (users, customers, models, units,
`intake.receive`), so the demo database is one the program could have made
itself and every screen shows what a live depot would. Dates are relative to
today: the units cover every warranty state (inside the DOA window, on its
last day, in warranty, just expired, long expired, not yet accepted, a
contract or unit override, an earned extension, no dates at all), and the
RMAs were received over the last days with the clock turned back, so their
numbers, times and coverage are what they would have been. Two units were
repaired and shipped weeks earlier (`rma.demo_history`), one of them back now
with the same fault.

The data tables come first; later features (parts, loaners, quotes) add
their own tables and steps to `seed_demo`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from depot import clock
from depot.clock import FixedClock
from depot.models import Role, User
from depot.service import unit_of_work
from depot.users import create_user
from rma import customers, intake, units
from rma.demo_history import seed_past_repairs
from rma.models import Customer, ProductModel, Rma, Unit
from rma.warranty import add_months

# --------------------------------------------------------------------------- data

#: badge, name, role — one operator per role, two technicians
USERS: tuple[tuple[str, str, Role], ...] = (
    ("BDG-M001", "陈敏 Chen Min", Role.MANAGER),
    ("BDG-T001", "王磊 Wang Lei", Role.TECHNICIAN),
    ("BDG-T002", "李娜 Li Na", Role.TECHNICIAN),
    ("BDG-W001", "赵强 Zhao Qiang", Role.WAREHOUSE),
    ("BDG-S001", "刘芳 Liu Fang", Role.SERVICE_DESK),
)

#: key → customer fields
CUSTOMERS: dict[str, dict[str, str]] = {
    "hengda": {
        "name": "上海恒达物流有限公司",
        "contact_person": "王建国",
        "address": "上海市浦东新区张杨路 1588 号 12 楼",
        "postcode": "200122",
        "phone": "021-5081 2266",
        "fax": "021-5081 2267",
        "email": "it@hengda-logistics.cn",
    },
    "huaxin": {
        "name": "北京华信科技有限公司",
        "contact_person": "李工",
        "address": "北京市海淀区中关村大街 27 号",
        "postcode": "100080",
        "phone": "010-6255 8899转601",
        "email": "service@huaxin-tech.cn",
    },
    "qianhai": {
        "name": "深圳前海智造有限公司",
        "contact_person": "张敏",
        "address": "深圳市南山区前海大道 99 号",
        "postcode": "518066",
        "phone": "0755-8666 1234",
        "email": "zhangmin@qhzz.cn",
    },
    "jinling": {
        "name": "南京金陵百货股份有限公司",
        "contact_person": "周经理",
        "address": "南京市秦淮区中山南路 89 号",
        "postcode": "210005",
        "phone": "025-8472 3001",
    },
    "xihu": {
        "name": "杭州西湖医药连锁有限公司",
        "contact_person": "陈晓",
        "address": "杭州市西湖区文三路 259 号",
        "postcode": "310012",
        "phone": "0571-8882 7600",
        "email": "chenxiao@xihu-pharma.cn",
    },
    "chuanyu": {
        "name": "成都川渝冷链物流有限公司",
        "contact_person": "刘师傅",
        "address": "成都市双流区物联大道 168 号",
        "postcode": "610200",
        "phone": "028-8580 3366",
    },
    "acme": {
        "name": "Acme Retail Asia Ltd",
        "contact_person": "Grace Ho",
        "address": "18/F, 33 Hysan Avenue, Causeway Bay, Hong Kong",
        "phone": "+852 2890 1234",
        "email": "grace.ho@acme-retail.example",
    },
    "northwind": {
        "name": "Northwind Traders GmbH (Suzhou)",
        "contact_person": "Jonas Weber",
        "address": "苏州工业园区星湖街 328 号 Suzhou Industrial Park",
        "postcode": "215123",
        "phone": "+86 512 6288 4500",
        "fax": "+86 512 6288 4501",
        "email": "j.weber@northwind.example",
    },
}

#: code, name, warranty months, DOA days, loaner class
MODELS: tuple[tuple[str, str, int, int, int], ...] = (
    ("ZT410", "Zebra ZT410 工业条码打印机 Industrial label printer", 24, 7, 2),
    ("LQ-630K", "Epson LQ-630K 针式打印机 Dot-matrix printer", 12, 7, 1),
    ("DS2208", "Zebra DS2208 扫描枪 Handheld barcode scanner", 36, 7, 1),
    ("POS-8815", "POS-8815 收银一体机 POS terminal 15.6\"", 12, 7, 2),
    ("TM-T88VI", "Epson TM-T88VI 小票打印机 Receipt printer", 24, 7, 1),
    ("IPC-610", "Advantech IPC-610 工控机 Industrial PC", 36, 15, 3),
)


@dataclass(frozen=True)
class DemoUnit:
    """A unit whose dates are given relative to today, so it stays in its state.

    `sale` / `accepted` are days before today (negative: in the future) or,
    with `months_ago`, whole months back so month-length warranties end on a
    chosen day.
    """

    serial: str
    model: str
    customer: str | None
    sale: int | None = None
    accepted: int | None = None
    months_ago: int | None = None  # sale = today − months_ago months − sale days
    warranty_months: int | None = None
    contract_months: int | None = None
    extension_days: int = 0
    note: str = ""


UNITS: tuple[DemoUnit, ...] = (
    # dead on arrival: accepted a few days ago (start = day after acceptance)
    DemoUnit("52J194600101", "ZT410", "hengda", sale=12, accepted=3, note="DOA, day 3"),
    DemoUnit("52J194600102", "ZT410", "hengda", sale=12, accepted=7, note="DOA, last day"),
    DemoUnit("52J194600103", "ZT410", "hengda", sale=12, accepted=8, note="warranty, day 8"),
    DemoUnit("Q6EY011873", "LQ-630K", "jinling", sale=5, note="DOA from the sale date"),
    DemoUnit("S21LQ7700412", "DS2208", "xihu", sale=2, note="DOA"),
    # in warranty
    DemoUnit("52J194500877", "ZT410", "hengda", sale=200, accepted=190),
    DemoUnit("52J194500878", "ZT410", "northwind", sale=400, accepted=380),
    DemoUnit("Q6EY009120", "LQ-630K", "jinling", sale=90),
    DemoUnit("Q6EY009121", "LQ-630K", "jinling", sale=150),
    DemoUnit("S21LQ6601230", "DS2208", "xihu", sale=700),
    DemoUnit("S21LQ6601231", "DS2208", "acme", sale=30),
    DemoUnit("P8815A220341", "POS-8815", "jinling", sale=60, accepted=55),
    DemoUnit("P8815A220342", "POS-8815", "acme", sale=300),
    DemoUnit("X5KE044100", "TM-T88VI", "acme", sale=180),
    DemoUnit("X5KE044101", "TM-T88VI", "xihu", sale=500),
    DemoUnit("ADV610-2311-0042", "IPC-610", "qianhai", sale=800, accepted=760),
    DemoUnit("ADV610-2311-0043", "IPC-610", "chuanyu", sale=40, accepted=20),
    # on the edge: the last covered day is today / yesterday was the last
    DemoUnit("Q6EY007701", "LQ-630K", "jinling", months_ago=12, sale=-1,
             note="12 months, last covered day today"),
    DemoUnit("Q6EY007702", "LQ-630K", "jinling", months_ago=12, sale=0,
             note="12 months, expired yesterday"),
    DemoUnit("X5KE030077", "TM-T88VI", "xihu", months_ago=24, sale=-10,
             note="24 months, ten days left"),
    # expired
    DemoUnit("52J193100455", "ZT410", "hengda", months_ago=30),
    DemoUnit("Q6EY001002", "LQ-630K", "jinling", months_ago=40),
    DemoUnit("S21LQ3300017", "DS2208", "xihu", months_ago=50),
    DemoUnit("P8815A180019", "POS-8815", "acme", months_ago=20),
    DemoUnit("P8815A180020", "POS-8815", "jinling", months_ago=14),
    DemoUnit("X5KE011230", "TM-T88VI", "acme", months_ago=26),
    DemoUnit("ADV610-2007-0310", "IPC-610", "chuanyu", months_ago=48),
    # not yet accepted: delivered, the customer signs next week
    DemoUnit("ADV610-2412-0005", "IPC-610", "qianhai", sale=10, accepted=-7,
             note="acceptance signed next week"),
    DemoUnit("P8815A250001", "POS-8815", "huaxin", sale=4, accepted=-3,
             note="acceptance in three days"),
    # overrides: a unit sold with a longer warranty, a service contract
    DemoUnit("Q6EY004410", "LQ-630K", "huaxin", months_ago=18, warranty_months=24,
             note="sold with 24 months"),
    DemoUnit("P8815A170044", "POS-8815", "huaxin", months_ago=30, contract_months=36,
             note="service contract: 36 months"),
    DemoUnit("52J192800009", "ZT410", "northwind", months_ago=40, contract_months=48,
             note="service contract: 48 months"),
    DemoUnit("S21LQ2200001", "DS2208", "xihu", months_ago=38, contract_months=24,
             note="contract shorter than the model: expired"),
    # extension earned by an earlier repair (days at the depot)
    DemoUnit("Q6EY005520", "LQ-630K", "jinling", months_ago=12, sale=12, extension_days=21,
             note="expired 12 days ago without the 21-day extension"),
    DemoUnit("X5KE020020", "TM-T88VI", "acme", months_ago=24, sale=3, extension_days=9),
    # sold through a dealer, no dates on record
    DemoUnit("SRV-NODATE-01", "DS2208", "northwind", note="no sale or acceptance date"),
    DemoUnit("SRV-NODATE-02", "POS-8815", None, note="no dates, no customer"),
    # more stock in the field
    DemoUnit("ADV610-2401-0101", "IPC-610", "qianhai", sale=365, accepted=350),
    DemoUnit("ADV610-2401-0102", "IPC-610", "chuanyu", sale=365, accepted=340),
    DemoUnit("S21LQ7700413", "DS2208", "acme", sale=20),
)


@dataclass(frozen=True)
class DemoRma:
    """An RMA received `days_ago` at local `at` (today: minutes before now)."""

    serial: str
    days_ago: int
    at: time
    technician: str  # badge of who received it
    fault: str
    severity: str = "general"
    channel: str = "courier"
    carrier: str = ""
    tracking: str = ""
    appearance: str = ""
    accessories: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()
    reported_days_earlier: int = 0
    customer: str | None = None  # another customer than the unit's (a dealer)


RMAS: tuple[DemoRma, ...] = (
    DemoRma("52J193100455", 6, time(9, 20), "BDG-S001",
            "打印头断针,条码有白线 Print head: white lines", "important", "courier",
            "顺丰速运 SF Express", "SF1402873312905",
            "外壳完好 Housing OK", ("电源线 power cord",), ("保修卡 warranty card",)),
    DemoRma("Q6EY009120", 5, time(10, 5), "BDG-T001", "开机无反应 No power", "general",
            "walk_in", appearance="轻微划痕 Light scratches", accessories=("电源线 power cord",)),
    DemoRma("ADV610-2311-0042", 4, time(14, 40), "BDG-T002",
            "频繁死机,风扇异响 Freezes, fan noise", "major", "pickup",
            appearance="积灰严重 Heavy dust", documents=("维修申请单 repair request",)),
    DemoRma("P8815A180020", 3, time(11, 15), "BDG-S001", "触摸屏失灵 Touch screen dead",
            "important", "courier", "京东物流 JD Logistics", "JDVA07712094511",
            "屏幕有裂纹 Cracked screen", reported_days_earlier=2),
    DemoRma("S21LQ7700412", 2, time(9, 45), "BDG-T001", "无法识别二维码 Will not read QR codes",
            "general", "courier", "中通快递 ZTO Express", "75312088451236",
            "全新 As new", ("USB 数据线 USB cable",), ("发票 invoice",)),
    DemoRma("X5KE044101", 2, time(15, 30), "BDG-T002", "切刀卡纸 Cutter jams", "general",
            "walk_in", customer="acme"),
    DemoRma("Q6EY004410", 1, time(10, 50), "BDG-S001", "走纸歪斜 Paper feeds skewed", "general",
            "courier", "EMS", "EA123456789CN"),
    DemoRma("52J194600101", 0, time(0, 40), "BDG-T001",
            "开箱即无法打印 Dead out of the box", "major", "courier", "顺丰速运 SF Express",
            "SF1402873399811", "包装完好 Original packaging", ("电源线 power cord", "碳带 ribbon"),
            ("装箱单 packing list",)),
    DemoRma("P8815A170044", 0, time(0, 25), "BDG-T002", "主板不开机 Mainboard does not boot",
            "special", "pickup", appearance="完好 Good"),
    DemoRma("SRV-NODATE-01", 0, time(0, 10), "BDG-S001", "按键失灵 Trigger does not respond",
            "general", "walk_in"),
)


# --------------------------------------------------------------------------- seeding


@dataclass
class DemoData:
    """What `seed_demo` created, for later seeding steps and tests."""

    users: dict[str, User] = field(default_factory=dict)  # badge → user
    customers: dict[str, Customer] = field(default_factory=dict)  # key → customer
    models: dict[str, ProductModel] = field(default_factory=dict)  # code → model
    units: dict[str, Unit] = field(default_factory=dict)  # serial → unit
    rmas: list[Rma] = field(default_factory=list)
    past: list[Rma] = field(default_factory=list)  # repairs shipped weeks ago (demo_history)


def _sale_date(spec: DemoUnit, today: date) -> date | None:
    if spec.months_ago is None:
        return None if spec.sale is None else today - timedelta(days=spec.sale)
    return add_months(today, -spec.months_ago) - timedelta(days=spec.sale or 0)


def _received_at(spec: DemoRma, today: date, now: datetime) -> datetime:
    """When the RMA was received, UTC.

    Earlier days: local wall time `spec.at`. Today: `spec.at` read as "this
    long before now" (00:40 → forty minutes ago), squeezed into the time since
    midnight when the demo is started just after it, so today's RMAs are
    always today's and never in the future.
    """
    tz = clock.current().local_tz()
    if spec.days_ago > 0:
        day = today - timedelta(days=spec.days_ago)
        return datetime.combine(day, spec.at, tzinfo=tz).astimezone(UTC)
    before = timedelta(hours=spec.at.hour, minutes=spec.at.minute)
    midnight = datetime.combine(today, time(0), tzinfo=tz)
    at = now - before
    if at < midnight:
        at = midnight + (now - midnight) * (1 - before / timedelta(days=1))
    return at.astimezone(UTC)


def seed_demo(actor: User | None = None) -> DemoData | None:
    """Fill an empty database with the demo depot; None if it has operators already.

    Idempotent by design: a database with any user is somebody's data (or a
    demo seeded before), and is left alone. All of it is one transaction, so
    a failure leaves the database empty rather than half a demo.
    `actor` is who seeds (default: the demo manager created here).
    """
    if User.select().exists():
        return None
    data = DemoData()
    today = clock.today()
    now = clock.now()
    with unit_of_work():
        for badge, name, role in USERS:
            creator = data.users.get("BDG-M001")
            data.users[badge] = create_user(creator, name, badge, role)
        who = actor if actor is not None else data.users["BDG-M001"]
        for key, fields in CUSTOMERS.items():
            data.customers[key] = customers.create_customer(who, **fields)
        for code, name, months, doa, loaner in MODELS:
            data.models[code] = units.create_model(
                who, code=code, name=name, warranty_months=months, doa_days=doa,
                loaner_class=loaner,
            )
        for spec in UNITS:
            data.units[spec.serial] = units.register_unit(
                who,
                serial=spec.serial,
                model=data.models[spec.model],
                customer=data.customers[spec.customer] if spec.customer else None,
                sale_date=_sale_date(spec, today),
                acceptance_date=None if spec.accepted is None
                else today - timedelta(days=spec.accepted),
                warranty_months=spec.warranty_months,
                contract_warranty_months=spec.contract_months,
                extension_days=spec.extension_days,
            )
        # units that were here before: their earlier repairs, finished and shipped
        data.past = seed_past_repairs(data.users["BDG-T001"], data.users["BDG-S001"], today)
        for at, spec in sorted(((_received_at(r, today, now), r) for r in RMAS),
                               key=lambda pair: pair[0]):
            with clock.use(FixedClock(at, tz=clock.current().local_tz())):
                day = clock.today()
                data.rmas.append(
                    intake.receive(
                        data.users[spec.technician],
                        serial=spec.serial,
                        reported_on=day - timedelta(days=spec.reported_days_earlier),
                        fault=spec.fault,
                        severity=spec.severity,
                        channel=spec.channel,
                        condition={
                            "appearance": spec.appearance,
                            "accessories": list(spec.accessories),
                            "documents": list(spec.documents),
                        },
                        inbound_carrier=spec.carrier,
                        inbound_tracking=spec.tracking,
                        customer=data.customers[spec.customer] if spec.customer else None,
                    )
                )
    return data
