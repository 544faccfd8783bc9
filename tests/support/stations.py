"""A depot ready to receive scans, for the multi-station tests and the load bench.

Each station that scans needs operators, a product model, a customer and
registered units; building them through the services (not by inserting rows)
keeps the scenarios honest. Serials are `<prefix>-<n>` so every process can
be given its own range and nothing collides unless a test wants it to.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from dataclasses import dataclass
from datetime import date

from depot.models import Role, User
from depot.users import create_user
from rma import customers, units
from rma.models import Rma, RmaEvent


@dataclass(frozen=True)
class Depot:
    manager: User
    clerk: User
    model_id: int
    customer_id: int


def seed_depot() -> Depot:
    """Operators, one model and one customer in an empty, migrated database."""
    manager = create_user(None, "Mia Manager", "BDG-M001", Role.MANAGER)
    clerk = create_user(manager, "Sue Desk", "BDG-S001", Role.SERVICE_DESK)
    model = units.create_model(manager, code="ZT410", name="Zebra ZT410", warranty_months=12)
    customer = customers.create_customer(manager, name="Acme Ltd")
    return Depot(manager, clerk, model.id, customer.id)


def serial(prefix: str, n: int) -> str:
    return f"{prefix}-{n:06d}"


def register_units(depot: Depot, prefix: str, count: int, start: int = 0) -> list[str]:
    """Register `count` units with serials prefix-000000…; returns the serials."""
    out = []
    for n in range(start, start + count):
        s = serial(prefix, n)
        units.register_unit(depot.clerk, serial=s, model=depot.model_id,
                            customer=depot.customer_id, sale_date=date(2025, 6, 1))
        out.append(s)
    return out


def clerk() -> User:
    return User.get(User.badge == "BDG-S001")


def half_written_rmas() -> list[str]:
    """RMAs missing their first event or their audit entry (must always be empty)."""
    from depot.models import AuditEntry

    with_event = {r.rma_id for r in RmaEvent.select(RmaEvent.rma).where(
        RmaEvent.kind == "received")}
    audited = {int(a.entity_id) for a in AuditEntry.select(AuditEntry.entity_id).where(
        (AuditEntry.action == "rma.receive") & (AuditEntry.entity == "rma"))}
    return [r.number for r in Rma.select(Rma.id, Rma.number)
            if r.id not in with_event or r.id not in audited]


# --------------------------------------------------------------------------- child processes
#
# `python -m tests.support.stations station URL NAME` runs a second station: a Qt
# event loop, an AppContext and the live link, printing `seen <RMA> <time>` when an
# RMA another station received appears in its open list. It exits when its stdin
# closes.
#
# `python -m tests.support.stations zygote URL` is the crash test's launcher: it
# imports everything once, then forks one scanning child per `go <start>` line, so
# fifty kill-and-restart rounds do not pay fifty interpreter start-ups. Each child
# opens the SQLite file itself (never inherited across fork), receives scans in a
# loop and writes `ack <RMA> <index>` only after the commit returned.


def _say(text: str) -> None:
    os.write(1, (text + "\n").encode())  # one write: whole lines, never buffered past a kill


def station_main(url: str, name: str) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from depot import config
    from rma import intake
    from rma.schema import open_depot
    from ui.context import AppContext
    from ui.live import LiveLink
    from ui.qt import QApplication, QObject, QTimer, Signal

    config.set_station_name(name)
    app = QApplication([])
    info = open_depot(url, backup_dir=None)
    ctx = AppContext(info)
    live = LiveLink(ctx, poll=0.05)
    open_list: dict[int, str] = {row.rma_id: row.number for row in intake.todays_intake()}

    def on_changed(changes) -> None:
        for rid in changes.ids("rma"):
            if rid == "*":
                continue
            row = intake.intake_row(int(rid))
            now = time.time()  # the row is in this station's open list now
            if row.rma_id not in open_list:
                open_list[row.rma_id] = row.number
                _say(f"seen {row.number} {now:.6f} {changes.station}")

    ctx.changed.connect(on_changed)
    ctx.online_changed.connect(lambda online: _say(f"online {online}"))

    class Quit(QObject):
        fire = Signal()

    quitter = Quit()
    quitter.fire.connect(app.quit)

    def read_stdin() -> None:
        for _ in sys.stdin:
            pass
        quitter.fire.emit()

    threading.Thread(target=read_stdin, daemon=True).start()

    def announce() -> None:
        if live.listener.wait_online(0):
            _say("ready")
        else:
            QTimer.singleShot(20, announce)

    live.start()
    QTimer.singleShot(0, announce)
    code = app.exec()
    live.stop()
    return code


def _scan_loop(url: str, start: int, prefix: str) -> None:
    from depot.errors import NotFound
    from rma import intake
    from rma.intake import OpenRmaExists
    from rma.schema import open_depot

    open_depot(url, backup_dir=None)
    actor = clerk()
    _say(f"ready {os.getpid()}")
    n = start
    while True:
        try:
            rma = intake.receive(actor, serial=serial(prefix, n), fault="Crash test")
        except OpenRmaExists:
            n += 1  # committed by the previous child just before it was killed
            continue
        except NotFound:  # every registered unit received: wait for the kill, do not exit
            _say(f"exhausted {n}")
            time.sleep(3600)
        _say(f"ack {rma.number} {n}")
        n += 1


def zygote_main(url: str, prefix: str) -> int:
    import rma.intake  # loaded once, before any fork
    import rma.schema  # noqa: F401

    for line in sys.stdin:
        parts = line.split()
        if not parts or parts[0] == "quit":
            break
        pid = os.fork()
        if pid == 0:
            try:
                _scan_loop(url, int(parts[1]), prefix)
            except BaseException:  # say why before the exit below, which would swallow it
                import traceback

                os.write(2, traceback.format_exc().encode())
            finally:
                os._exit(1)
        _say(f"child {pid}")
        _, status = os.waitpid(pid, 0)
        _say(f"exit {pid} {status}")
    return 0


if __name__ == "__main__":
    if sys.argv[1] == "station":
        sys.exit(station_main(sys.argv[2], sys.argv[3]))
    if sys.argv[1] == "zygote":
        sys.exit(zygote_main(sys.argv[2], sys.argv[3]))
    raise SystemExit(f"unknown mode {sys.argv[1]!r}")
