"""Pictures of the Loaners and Shipping screens, on a demo depot in mid-flow.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/loan_screens.py docs/screenshots

Seeds the demo depot (`rma.demo`, `rma.demo_loaners`), then moves some of its
RMAs along through the real services so both desks have something to show:
units ready to ship (one paid, one whose return courier the customer still
owes, one owed a loaner nobody arranged), one still in testing, a loaner
overdue after its unit was delivered, one taken back short of its cable.
Renders, in English and Simplified Chinese:

    loaners-en.png  loaners-zh_CN.png  shipping-en.png  shipping-zh_CN.png

The loaner shot shows a checkout in progress (an RMA scanned, its best match
scanned); the shipping shot a ready RMA with its return leg typed in.
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


def build_demo() -> dict[str, object]:
    """Move the demo's RMAs along; returns the RMAs the shots open."""
    from depot import clock
    from depot.models import User
    from rma import loans, payments, quotes, shipping, workflow
    from rma.demo_loaners import seed_demo_loaners
    from rma.models import Rma

    manager = User.get(User.badge == "BDG-M001")
    tech = User.get(User.badge == "BDG-T001")
    desk = User.get(User.badge == "BDG-S001")
    rmas = list(Rma.select().order_by(Rma.id))
    covered = [r for r in rmas if r.coverage in ("warranty", "doa")]
    chargeable = [r for r in rmas if r.coverage not in ("warranty", "doa")]

    def repair(rma: Rma, *, test: bool = True) -> Rma:
        rma = workflow.start_diagnosis(tech, workflow.get_rma(rma.id))
        rma = workflow.start_repair(tech, rma)
        rma = workflow.finish_repair(tech, rma, note="修复 Repaired")
        return workflow.pass_test(tech, rma) if test else rma

    # out of warranty: quoted, accepted, paid, repaired — its return courier is still owed
    oow = workflow.start_diagnosis(tech, chargeable[0])
    draft = quotes.draft_quote(tech, oow)
    quotes.add_line(tech, draft, "part", part_code="P-HEAD-300",
                    description="打印头 Print head 300 dpi", unit_price=48_000)
    quotes.issue_quote(tech, oow)
    quotes.accept_quote(desk, oow, "phone")
    payments.record_payment(desk, oow, 48_000, "wechat_pay", reference="WX-4471203")
    oow = workflow.start_repair(tech, workflow.get_rma(oow.id))
    oow = workflow.finish_repair(tech, oow, note="Print head replaced")
    oow = workflow.pass_test(tech, oow)

    seed_demo_loaners(manager)  # the pool, three loans, the legs in and the leg back of `oow`

    lent = [r for r in covered if loans.active_loan(r) is not None]
    # a loaned unit repaired, shipped and delivered three weeks ago: its loaner is overdue
    gone = repair(lent[0])
    leg = shipping.create_leg(desk, gone, "depot_to_customer", carrier="顺丰速运 SF Express",
                              tracking="SF7310455120", cost=2_300)
    workflow.ship(desk, gone, carrier=leg.carrier, tracking=leg.tracking)
    shipping.mark_shipped(desk, leg)
    loans.on_rma_delivered(gone, clock.today() - timedelta(days=24))
    # a loaned unit repaired and ready: ships (the depot pays the way back)
    ready = repair(lent[1])
    # one still in testing
    repair(lent[2], test=False)
    # owed a loaner (came by courier): one repaired without anyone arranging it, one waiting
    needs = loans.awaiting_loaner()
    owed = repair(Rma.get_by_id(needs[0].rma_id))
    awaiting = Rma.get_by_id(needs[1].rma_id)
    # a walk-in the technician expects to take long: lent one, back short of its cable
    walk_in = next(r for r in covered if r.channel == "walk_in" and loans.active_loan(r) is None
                   and r.id not in (owed.id, awaiting.id))
    offered = loans.offer(walk_in)
    loans.checkout(desk, walk_in, offered[0].code, long_repair=True)
    kit = list(offered[0].accessories or [])
    loans.return_loaner(desk, offered[0].code, True, kit[:-1] if len(kit) > 1 else kit,
                        "外壳有划痕 Scratched casing")
    repair(walk_in)
    return {"ready": ready, "owed": owed, "oow": oow, "awaiting": awaiting}


def main(out: Path) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="depot-loan-shots-"))
    os.environ["DEPOT_DATA_DIR"] = str(tmp)
    os.environ.setdefault("DEPOT_STATION", "shipping-desk-1")
    from depot import cli
    from depot.models import User
    from ui.app import application, build_main_window
    from ui.qt import QApplication

    info = cli.open_db(f"sqlite:///{(tmp / 'demo.db').as_posix()}")
    cli.seed_demo()
    made = build_demo()
    app = application()
    out.mkdir(parents=True, exist_ok=True)
    for lang in ("en", "zh_CN"):
        win = build_main_window(info, lang)
        win.resize(1280, 800)
        win.ctx.set_operator(User.get(User.badge == "BDG-S001"))
        win.show()

        page = win.show_section("loaners")
        page.start_checkout(made["awaiting"])
        first = page.checkout_panel.offered.item(0)
        page.choose_loaner(first.data(0x0100))  # Qt.UserRole
        page.checkout_panel.leg.carrier.setText("顺丰速运 SF Express")
        page.checkout_panel.leg.tracking.setText("SF7310470958")
        page.checkout_panel.leg.cost.setText("23.00")
        _grab(app, win, out / f"loaners-{lang}.png")

        page = win.show_section("shipping")
        page.desk.open_rma(made["ready"])
        page.desk.leg.carrier.setText("顺丰速运 SF Express")
        page.desk.leg.tracking.setText("SF7310478877")
        page.desk.leg.cost.setText("23.00")
        _grab(app, win, out / f"shipping-{lang}.png")

        win.router.uninstall()
        win.ctx.close()
        win.close()
        QApplication.processEvents()


def _grab(app, win, target: Path) -> None:
    for _ in range(5):
        app.processEvents()
    win.grab().save(str(target))
    print(target)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
