"""Pictures of the Parts screen's tabs, on a demo warehouse in mid-flow.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/parts_screens.py docs/screenshots

Seeds the demo depot (`rma.demo`) and the demo warehouse
(`inventory.demo.seed_demo_parts`: two deliveries in stock, one lot in
quarantine), then moves stock the way a working week does, through the real
services: parts issued to RMAs and reserved for accepted quotes (some fall to
their reorder point), an advance exchange whose core is overdue, a write-off
waiting for the manager. Renders:

    parts-en.png  parts-zh_CN.png     the catalogue, a part open with its history
    parts-receiving-en.png            a delivery being received, a lot typed in
    parts-count-en.png                a bin count in progress with differences
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


#: the pictures' "now": a Friday morning in Shenzhen (local time is Asia/Shanghai)
NOW = (2026, 11, 20, 10, 25)
#: the demo's deliveries arrived this many days before
SEEDED_DAYS_AGO = 18


def build_demo(clk) -> None:
    """A working fortnight of warehouse work on the demo parts, on a moving clock."""
    from datetime import UTC, datetime, time, timedelta

    from depot.models import User
    from inventory import counting, exchange, stock
    from inventory.demo import seed_demo_parts
    from rma.models import Rma

    keeper = User.get(User.badge == "BDG-W001")
    tech = User.get(User.badge == "BDG-T001")
    lead = User.get(User.badge == "BDG-T002")
    seed_demo_parts(keeper)
    rmas = [r.number for r in Rma.select().order_by(Rma.id)]
    day = clk.now().astimezone(clk.tz).date()
    steps = (  # (working day after the deliveries, local time, what happened)
        (1, "10:20", lambda: stock.issue(tech, "P-PH-LQ630K", 2, rmas[0])),
        (1, "14:05", lambda: stock.issue(tech, "P-RBN-LQ630K", 6, rmas[0])),
        (2, "09:40", lambda: stock.issue(lead, "P-FUS-M402", 2, rmas[1])),
        (2, "11:30", lambda: exchange.advance_exchange(keeper, "P-PSU-IPC250", rmas[2])),
        (4, "15:10", lambda: stock.issue(tech, "P-TPH-ZT410", 2, rmas[3])),
        (4, "16:45", lambda: stock.return_to_stock(tech, "P-RBN-LQ630K", 2, rmas[0],
                                                   note="未拆封 unopened")),
        (7, "10:05", lambda: stock.issue(lead, "P-CUT-TM88", 1, rmas[4])),
        (8, "09:50", lambda: stock.issue(tech, "P-PH-LQ630K", 1, rmas[5])),
        (8, "13:20", lambda: stock.issue(tech, "P-SSD-128G", 1, rmas[6])),
        (8, "13:25", lambda: stock.issue(tech, "P-BAT-CR2032", 3, rmas[6])),
        (9, "10:00", lambda: stock.reserve(keeper, "P-PH-LQ630K", 2, rmas[7])),
        (9, "11:40", lambda: stock.reserve(keeper, "P-TS-156", 1, rmas[8])),
        (10, "09:30", lambda: stock.reserve(keeper, "P-MB-J1900", 1, rmas[-2])),
        (10, "10:15", lambda: exchange.advance_exchange(keeper, "P-ENG-1900", rmas[-1])),
        (10, "16:00", lambda: counting.scrap(keeper, "P-FAN-IPC80", 1,
                                             "轴承异响 Bearing noise at incoming test")),
    )
    for offset, hhmm, step in steps:
        hours, minutes = map(int, hhmm.split(":"))
        clk.current = datetime.combine(day + timedelta(days=offset), time(hours, minutes),
                                       clk.tz).astimezone(UTC)
        step()


def main(out: Path) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="depot-parts-shots-"))
    os.environ["DEPOT_DATA_DIR"] = str(tmp)
    os.environ.setdefault("DEPOT_STATION", "warehouse-1")
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from depot import cli, clock
    from depot.models import User
    from depot.scan import parse_scan
    from inventory.models import Supplier
    from ui.app import application, build_main_window

    zone = ZoneInfo("Asia/Shanghai")
    now = datetime(*NOW, tzinfo=zone)
    clk = clock.FixedClock((now - timedelta(days=SEEDED_DAYS_AGO, hours=1, minutes=10))
                           .astimezone(UTC), zone)
    clock.set_clock(clk)
    info = cli.open_db(f"sqlite:///{(tmp / 'demo.db').as_posix()}")
    cli.seed_demo()
    build_demo(clk)
    clk.current = now.astimezone(UTC) - timedelta(minutes=40)  # receiving starts at 09:45
    app = application()
    out.mkdir(parents=True, exist_ok=True)
    keeper = User.get(User.badge == "BDG-W001")
    for lang in ("en", "zh_CN"):
        win = build_main_window(info, lang)
        win.setMinimumSize(0, 0)
        win.resize(1280, 800)
        win.ctx.set_operator(keeper)
        win.show()
        page = win.show_section("parts")
        page.refresh(None)

        page.tabs.setCurrentIndex(page.CATALOGUE)
        page.catalogue.open_part(_part_id("P-PH-LQ630K"))
        page.catalogue.search.setText("")
        page.catalogue.run_search()
        _grab(app, win, out / f"parts-{lang}.png")
        if lang != "en":
            _close(win)
            continue

        rt = page.receiving
        page.tabs.setCurrentIndex(page.RECEIVING)
        supplier = Supplier.select().first()
        rt.supplier.setCurrentIndex(rt.supplier.findData(supplier.id))
        rt.note_number.setText("SD-2611-0063")
        rt.open_delivery()
        page.handle_scan(parse_scan("P-SSD-128G"))
        for field, text in ((rt.qty_note, "10"), (rt.qty_counted, "10"), (rt.cost, "176.00")):
            field.setText(text)
        rt.appearance.setChecked(True)
        rt.tick_all_documents()
        rt.book()
        page.handle_scan(parse_scan("P-PLT-ZT410"))
        for field, text in ((rt.qty_note, "6"), (rt.qty_counted, "5"), (rt.cost, "125.00")):
            field.setText(text)
        rt.appearance.setChecked(True)
        rt.tick_all_documents()
        rt.book()
        page.handle_scan(parse_scan("P-CUT-TM88"))
        for field, text in ((rt.qty_note, "4"), (rt.qty_counted, "4"), (rt.cost, "212.50")):
            field.setText(text)
        rt.appearance.setChecked(True)
        for check in list(rt.documents.values())[:3]:
            check.setChecked(True)
        rt.lists.setCurrentIndex(1)
        _grab(app, win, out / f"parts-receiving-{lang}.png")

        ct = page.counting
        page.tabs.setCurrentIndex(page.COUNT)
        clk.advance(minutes=20)
        page.handle_scan(parse_scan("D-01-02"))
        for _ in range(22):  # 23 on the books: one is missing
            clk.advance(seconds=4)
            page.handle_scan(parse_scan("P-SSD-128G"))
        ct._select_part(_part_id("P-BAT-CR2032"))
        ct.qty.setText("98")  # a loose battery nobody booked
        ct.set_quantity()
        _grab(app, win, out / f"parts-count-{lang}.png")
        page.tabs.setCurrentIndex(page.VALUATION)
        _grab(app, win, out / f"parts-valuation-{lang}.png")
        _close(win)


def _part_id(number: str) -> int:
    from inventory.models import Part

    return Part.get(Part.part_number == number).id


def _close(win) -> None:
    from ui.qt import QApplication

    win.router.uninstall()
    win.ctx.close()
    win.close()
    QApplication.processEvents()


def _grab(app, win, target: Path) -> None:
    win.pages["parts"].update_summary()  # normally a moment after the last change
    for _ in range(5):
        app.processEvents()
    win.grab().save(str(target))
    print(target)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
