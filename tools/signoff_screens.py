"""Pictures of the sign-off documents and the Reports screen, from a realistic month.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/signoff_screens.py docs/screenshots

Builds a throwaway depot (January 2026: a dozen repairs, one paid out of
warranty, parts, shipping legs, surveys, complaints, a courier handover),
writes the handover sheet, a service report and the monthly report, turns
each into PDF with LibreOffice and the first page into PNG with pdftoppm,
and renders the Reports screen in English and Simplified Chinese:

    handover-sheet.png  service-report.png  monthly-report.png
    reports-page-en.png  reports-page-zh_CN.png

The data is made through the real services (the builders the tests use), so
the pictures show what a depot would print.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _first_page_png(xlsx: Path, target: Path, work: Path) -> None:
    soffice = shutil.which("libreoffice") or shutil.which("soffice")
    if soffice is None or shutil.which("pdftoppm") is None:
        raise SystemExit("needs LibreOffice and pdftoppm")
    subprocess.run([soffice, f"-env:UserInstallation={(work / 'lo').as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(work), str(xlsx)],
                   check=True, capture_output=True, timeout=300)
    pdf = work / (xlsx.stem + ".pdf")
    subprocess.run(["pdftoppm", "-png", "-r", "110", "-f", "1", "-l", "1", "-singlefile",
                    str(pdf), str(target.with_suffix(""))], check=True, timeout=120)
    print(target)


def build_month(work: Path) -> dict[str, object]:
    """A January of depot work, made through the services."""
    from depot import clock, settings
    from depot.clock import FixedClock
    from depot.models import Role
    from depot.users import create_user
    from inventory.loaners import create_loaner
    from rma import feedback, loans, payments, workflow
    from rma import handover as ho
    from rma.models import Rma
    from rma.schema import open_depot
    from rma.shipping import create_leg
    from tests.support import signoff as s
    from tests.support import stock

    info = open_depot(f"sqlite:///{(work / 'depot.db').as_posix()}", backup_dir=work)
    fixed = FixedClock(datetime(2026, 1, 5, 1, 30, tzinfo=UTC))
    clock.set_clock(fixed)
    manager = create_user(None, "李经理 Li", "BDG-M001", Role.MANAGER)
    clerk = create_user(manager, "Sue Desk", "BDG-S001", Role.SERVICE_DESK)
    techs = [create_user(manager, name, f"BDG-T00{i}", Role.TECHNICIAN)
             for i, name in enumerate(("Tom Tech", "王工 Wang", "Ann Repair"), start=1)]
    keeper = create_user(manager, "Wang Warehouse", "BDG-W001", Role.WAREHOUSE)
    settings.change(manager, "company.name", "华东维修中心 East China Service Depot")
    settings.change(manager, "company.address", "上海市闵行区莘庄工业区春东路 508 号")
    settings.change(manager, "company.phone", "021-6489 2200")
    roller = stock.make_part(keeper, "P-ROLLER-01", "送纸辊 Feed roller")
    stock.receive(keeper, roller, 40, 4_200)
    head = stock.make_part(keeper, "P-HEAD-300", "打印头 Print head 300 dpi")
    stock.receive(keeper, head, 10, 38_000)
    create_loaner(keeper, description="ZT410 备用机", loaner_class=1, cost_value=600_000,
                  code="LN-0007")

    cats = [s.catalogue(manager),
            s.catalogue(manager, customer_name="苏州恒达物流有限公司", model_code="ZD421"),
            s.catalogue(manager, customer_name="Ningbo Harbour Freight Co.", model_code="ZT230")]
    ready: list[Rma] = []
    for i in range(10):
        cat = cats[i % 3]
        parts = ("P-ROLLER-01",) if i % 2 == 0 else ("P-HEAD-300", "P-ROLLER-01")
        rma = s.ready_in_warranty(manager, clerk, techs[i % 3], cat, f"SN2025{i:05d}",
                                  parts=parts, fault=("打印模糊，偶尔卡纸", "No feed after "
                                                      "ribbon change", "开机无显示")[i % 3])
        ready.append(rma)
        fixed.advance(hours=7)
    paid = s.ready_unpaid(manager, clerk, techs[0], cats[1], "SN2020LEGACY", amount=96_000,
                          paid=30_000)
    create_leg(clerk, paid.number, "depot_to_customer", carrier="顺丰速运 SF Express",
               tracking="SF1402558873", cost=2_800)
    payments.record_payment(clerk, paid.number, payments.balance(paid.number),
                            "bank_transfer", reference="TT 2026-0117")
    ready.append(Rma.get_by_id(paid.id))
    for rma in ready:
        create_leg(clerk, rma.number, "customer_to_depot", carrier="顺丰速运 SF Express",
                   tracking=f"SF14{rma.id:08d}", cost=1_800)
    for rma in ready:  # in-warranty customers are owed a loaner; these had their own spares
        if loans.blocking_reason(rma):
            loans.decline(clerk, rma, "客户有备用机 Customer has its own spare printer")
    fixed.advance(days=2)
    courier = ho.create(clerk, "depot_to_courier", "发货台 Shipping desk", "顺丰速运 SF Express")
    for rma in [*ready[:8], ready[-1]]:
        ho.add_by_scan(clerk, courier, rma.number)
    ho.confirm(clerk, courier)
    fixed.advance(days=6)
    late = ho.create(clerk, "depot_to_customer", "Service desk", "客户自提 Walk-in")
    for rma in ready[8:10]:
        ho.add_by_scan(clerk, late, rma.number)
    ho.confirm(clerk, late)
    fixed.advance(days=2)
    for i, rma in enumerate(ready[:9]):
        scores = ((5, 5, 5), (5, 4, 4), (4, 4, 5), (5, 5, 4), (3, 4, 3))[i % 5]
        feedback.record_survey(clerk, rma.number, staff=scores[0], quality=scores[1],
                               speed=scores[2])
    feedback.file_complaint(clerk, ready[9].number, "维修时间超过一周", attributable=True)
    feedback.file_complaint(clerk, ready[2].number, "Courier dented the carton",
                            attributable=False)
    # work still on the bench at month end, and the shift change handover
    for i in range(4):
        rma = s.received(manager, clerk, cats[i % 3], f"SN2026{i:05d}",
                         fault="Ribbon sensor error 碳带传感器报错")
        workflow.start_diagnosis(techs[i % 3], rma.number)
    shift = ho.create(techs[0], "shift_change", "白班 Tom Tech", "夜班 王工 Wang")
    for i in range(4):
        ho.add_by_scan(techs[0], shift, f"SN2026{i:05d}")
    fixed.current = datetime(2026, 2, 3, 1, 30, tzinfo=UTC)
    return {"info": info, "courier": courier.number, "shift": shift.number,
            "paid": paid.number, "clerk": clerk}




def main(out: Path) -> None:
    work = Path(tempfile.mkdtemp(prefix="depot-signoff-"))
    os.environ["DEPOT_DATA_DIR"] = str(work / "data")
    out.mkdir(parents=True, exist_ok=True)
    world = build_month(work)
    from exports.handover import write_handover_sheet
    from exports.reports import write_monthly_report
    from exports.service_report import write_service_report

    sheets = work / "sheets"
    _first_page_png(write_handover_sheet(world["courier"], sheets / "handover.xlsx"),
                    out / "handover-sheet.png", work)
    _first_page_png(write_service_report(world["paid"], sheets / "service.xlsx"),
                    out / "service-report.png", work)
    _first_page_png(write_monthly_report(date(2026, 1, 1), sheets / "month.xlsx"),
                    out / "monthly-report.png", work)

    from ui.app import application, build_main_window
    from ui.qt import QApplication
    from ui.workers import wait_all

    application()
    for lang in ("en", "zh_CN"):
        win = build_main_window(world["info"], lang)  # type: ignore[arg-type]
        win.resize(1280, 800)
        win.ctx.set_operator(world["clerk"])
        win.show()
        page = win.show_section("reports")
        page.monthly.set_month(date(2026, 1, 1))
        app = QApplication.instance()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and (
                page.monthly.figures is None or page.monthly.figures.month != date(2026, 1, 1)):
            app.processEvents()
            time.sleep(0.02)
        for _ in range(10):
            app.processEvents()
        target = out / f"reports-page-{lang}.png"
        win.grab().save(str(target))
        print(target)
        wait_all()
        win.router.uninstall()
        win.ctx.close()
        win.close()
        win.deleteLater()
        app.processEvents()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
