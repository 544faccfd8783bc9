"""Pictures of the Bench and the Quotes & payments screens, from a realistic week.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/bench_screens.py docs/screenshots

Builds a throwaway depot (a week of work on Zebra printers: a paid repair
half paid, repairs in progress, one at the vendor, one overdue), made
through the real services, and renders in English and Simplified Chinese:

    bench-en.png  bench-zh_CN.png  quotes-en.png  quotes-zh_CN.png

The bench shows the technician's queue and the half-paid repair, whose
Start repair button is disabled with the outstanding amount on screen; the
quote screen shows the same RMA's accepted quote and its payment.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def build_week(work: Path) -> dict[str, object]:
    """The depot on Wednesday 2026-01-14, 10:40 in Shanghai."""
    from depot import clock, settings
    from depot.clock import FixedClock
    from depot.models import Role
    from depot.users import create_user
    from rma import customers, diagnosis, intake, parts, payments, quotes, units, vendor, workflow
    from rma.quote_math import LineKind
    from rma.schema import open_depot
    from tests.support.repair import stock_part

    info = open_depot(f"sqlite:///{(work / 'depot.db').as_posix()}", backup_dir=work)
    fixed = FixedClock(datetime(2026, 1, 5, 2, 0, tzinfo=UTC), ZoneInfo("Asia/Shanghai"))
    clock.set_clock(fixed)

    def at(day: int, hour: int, minute: int = 0) -> None:  # local time in Shanghai
        local = datetime(2026, 1, day, hour, minute, tzinfo=ZoneInfo("Asia/Shanghai"))
        fixed.current = local.astimezone(UTC)

    manager = create_user(None, "李经理 Li", "BDG-M001", Role.MANAGER)
    desk = create_user(manager, "Sue Desk", "BDG-S001", Role.SERVICE_DESK)
    tom = create_user(manager, "Tom Tech", "BDG-T001", Role.TECHNICIAN)
    wang = create_user(manager, "王工 Wang", "BDG-T002", Role.TECHNICIAN)
    keeper = create_user(manager, "Wang Warehouse", "BDG-W001", Role.WAREHOUSE)
    settings.change(manager, "company.name", "华东维修中心 East China Service Depot")
    settings.change(manager, "calendar.timezone", "Asia/Shanghai")

    zt410 = units.create_model(manager, code="ZT410", name="Zebra ZT410 工业打印机",
                               warranty_months=12)
    zd421 = units.create_model(manager, code="ZD421", name="Zebra ZD421 桌面打印机",
                               warranty_months=24)
    huadong = customers.create_customer(
        manager, name="上海华东物流有限公司", contact_person="王丽 Wang Li",
        phone="021-6234 5678", address="上海市浦东新区世纪大道 88 号")
    hengda = customers.create_customer(manager, name="苏州恒达物流有限公司",
                                       contact_person="陈明", phone="0512-6588 1200")
    harbour = customers.create_customer(manager, name="Ningbo Harbour Freight Co.",
                                        contact_person="Peter Zhou", phone="0574-8712 0033")
    fleet = [
        ("ZT41-18-7724K", zt410, huadong, date(2023, 11, 2)),  # out of warranty
        ("ZT41-19-0311A", zt410, harbour, date(2024, 2, 20)),  # out of warranty
        ("ZD42-24-1187C", zd421, hengda, date(2025, 3, 10)),
        ("ZD42-24-2290F", zd421, hengda, date(2025, 6, 1)),
        ("ZT41-25-0456B", zt410, huadong, date(2025, 8, 15)),
        ("ZT41-25-0871D", zt410, harbour, date(2025, 9, 30)),
        ("ZD42-25-3307E", zd421, huadong, date(2025, 10, 12)),
    ]
    for serial, model, customer, sold in fleet:
        units.register_unit(manager, serial=serial, model=model, customer=customer,
                            sale_date=sold)
    at(5, 9)
    stock_part(keeper, "P-PSU-450", "电源 Power supply 450 W", (4, 125_000), (2, 140_000))
    stock_part(keeper, "P-BELT-ZT", "传动带 Drive belt ZT400", (10, 8_000))
    stock_part(keeper, "P-HEAD-300", "打印头 Print head 300 dpi", (6, 38_000))

    def receive(serial: str, fault: str, day: int, hour: int, minute: int = 0, **kw):
        at(day, hour, minute)
        return intake.receive(desk, serial=serial, fault=fault, **kw)

    # an in-warranty unit waiting for parts since last Monday: overdue now
    late = receive("ZT41-25-0456B", "碳带传感器报错 Ribbon sensor error", 5, 10, 10)
    at(5, 14)
    workflow.start_diagnosis(tom, late)
    diagnosis.record_diagnosis(tom, late, "Ribbon sensor board dead, needs the sensor kit",
                               "interface")
    workflow.order_parts(tom, late, note="Sensor kit on order from Zebra")

    # at the vendor: the main board goes back to Zebra
    board = receive("ZT41-25-0871D", "开机无显示 No display at power on", 8, 9, 30,
                    severity="important")
    at(8, 11)
    workflow.start_diagnosis(wang, board)
    diagnosis.record_diagnosis(wang, board, "Main board fails POST", "mainboard")
    at(9, 10)
    vendor.send_to_vendor(wang, board, vendor="Zebra Repair Center Suzhou",
                          vendor_rma="ZRC-77812", expected_back=date(2026, 1, 23))

    # in testing
    testing = receive("ZD42-24-1187C", "打印模糊 Blurred print", 9, 14)
    at(12, 9, 15)
    workflow.start_diagnosis(tom, testing)
    workflow.start_repair(tom, testing)
    parts.issue_part_by_scan(tom, testing, "P-HEAD-300")
    at(13, 16, 20)
    workflow.finish_repair(tom, testing, note="Replaced print head, calibrated media sensor")

    # the paid repair: quoted, accepted by phone, 500.00 of 1,355.00 paid
    paid = receive("ZT41-18-7724K", "无法开机，有焦味 No power, smells burnt", 12, 9, 20,
                   inbound_carrier="顺丰速运 SF Express", inbound_tracking="SF1402558873")
    at(12, 14)
    workflow.start_diagnosis(tom, paid)
    diagnosis.record_diagnosis(tom, paid, "电源初级 MOSFET 击穿；传动带开裂 — PSU primary "
                               "MOSFET shorted, drive belt cracked", "power_supply")
    diagnosis.add_needed_part(tom, paid, "P-PSU-450")
    diagnosis.add_needed_part(tom, paid, "P-BELT-ZT")
    at(12, 15, 30)
    draft = quotes.draft_quote(tom, paid)
    quotes.add_line(tom, draft, LineKind.SHIPPING, description="回程运费 Return shipping",
                    unit_price=2_500)
    quotes.set_diagnosis_fee(tom, draft, 8_000)
    at(12, 16)
    quotes.issue_quote(desk, paid)
    at(13, 10, 5)
    quotes.accept_quote(desk, paid, "phone", note="王丽电话确认 Wang Li accepted by phone")
    at(13, 15, 30)
    payments.record_payment(desk, paid, 50_000, "wechat_pay", reference="WX 4200 0018 77")

    # a quote out for approval (Wang's), a repair under way, and today's arrivals
    pending = receive("ZT41-19-0311A", "切刀不动作 Cutter jammed", 13, 11)
    at(13, 14)
    workflow.start_diagnosis(wang, pending)
    diagnosis.record_diagnosis(wang, pending, "Cutter motor burnt out", "mechanical")
    draft = quotes.draft_quote(wang, pending)
    quotes.add_line(wang, draft, LineKind.PART, part_code="P-CUT-410",
                    description="切刀电机 Cutter motor", unit_price=46_000)
    at(13, 16, 40)
    quotes.issue_quote(desk, pending)
    repair = receive("ZD42-24-2290F", "卡纸 Paper jam on every label", 13, 9, 40)
    at(14, 9, 10)
    workflow.start_diagnosis(tom, repair)
    workflow.start_repair(tom, repair)
    receive("ZD42-25-3307E", "USB 无法识别 Not recognised over USB", 14, 8, 50)
    at(14, 10, 40)
    return {"info": info, "paid": paid.id, "tom": tom, "desk": desk}


def render(world: dict[str, object], out: Path) -> None:
    from ui.app import build_main_window
    from ui.qt import QApplication

    app = None
    for lang in ("en", "zh_CN"):
        win = build_main_window(world["info"], lang)  # type: ignore[arg-type]
        app = QApplication.instance()
        win.resize(1280, 800)
        win.ctx.set_operator(world["tom"])
        win.show()
        bench = win.show_section("bench")
        bench.open_item(world["paid"])
        bench.tabs.setCurrentIndex(0)
        for _ in range(10):
            app.processEvents()
        target = out / f"bench-{lang}.png"
        win.grab().save(str(target))
        print(target)

        win.ctx.set_operator(world["desk"])
        quotes = win.show_section("quotes")
        quotes.open_item(world["paid"])
        for _ in range(10):
            app.processEvents()
        target = out / f"quotes-{lang}.png"
        win.grab().save(str(target))
        print(target)
        win.router.uninstall()
        win.ctx.close()
        win.close()
        app.processEvents()


def main(out: Path) -> None:
    work = Path(tempfile.mkdtemp(prefix="depot-bench-shots-"))
    os.environ["DEPOT_DATA_DIR"] = str(work / "data")
    os.environ["XDG_CONFIG_HOME"] = str(work / "config")  # keep the real QSettings untouched
    out.mkdir(parents=True, exist_ok=True)
    render(build_week(work), out)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
