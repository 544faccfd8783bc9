"""Intake bench: from the scan's Enter to the saved RMA, on a full-size depot.

    .venv/bin/python -m bench.bench_intake [--n 2000] [--backend sqlite|pg|both]
                                           [--units 1000000] [--rmas 300000] [--rebuild]

Builds a depot of 1,000,000 units and 300,000 RMAs (5 % of them open, one
"received" event and one audit entry each, 24 months of RMA numbers), then
times, N times over units without an open RMA:

    scan text → lookup_scan → receive → intake_row (the row the list shows)

and prints median and p99 in ms per backend, with the three steps' medians.
It also times N scans of serials that *have* an open RMA (the "open that
RMA instead" path) and one load of today's intake list. Targets from issue 9:
p99 ≤ 10 ms on SQLite, ≤ 20 ms on PostgreSQL, before the screen is drawn;
the UI part of the figure is added by the UI bench.

The data is written with bulk inserts straight into the tables (executemany
in one transaction on SQLite, COPY on PostgreSQL), so building takes about a
minute, not hours. The SQLite file is cached in bench/out/ keyed by schema
version and sizes; each run works on a fresh copy, so reruns start from the
same state. PostgreSQL runs on a throwaway server built each time.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from bench.common import (
    disk_jitter,
    fresh_run_copy,
    isolate_data_dir,
    machine_jitter,
    out_dir,
    pg_server,
    stopwatch,
    summarize,
)

#: bump when the generated data changes, so a stale cached file is not reused
BUILD_VERSION = 1
SEED = 20260105

UNIT_COLUMNS = (
    "id", "version", "updated_at", "updated_by", "serial", "model_id", "customer_id",
    "sale_date", "acceptance_date", "warranty_months", "contract_warranty_months",
    "extension_days", "replaces_id", "created_at",
)
RMA_COLUMNS = (
    "id", "version", "updated_at", "updated_by", "number", "unit_id", "customer_id", "state",
    "is_open", "coverage", "coverage_reason", "warranty_start", "warranty_end", "received_at",
    "reported_on", "fault", "severity", "channel", "condition", "inbound_carrier",
    "inbound_tracking", "technician_id", "created_by_id", "station", "shipped_at", "closed_at",
)
EVENT_COLUMNS = (
    "id", "rma_id", "at", "actor_id", "station", "kind", "from_state", "to_state", "note", "data",
)
AUDIT_COLUMNS = (
    "id", "at", "actor_id", "station", "action", "entity", "entity_id", "before", "after", "note",
)
CUSTOMER_COLUMNS = (
    "id", "version", "updated_at", "updated_by", "name", "contact_person", "address",
    "postcode", "phone", "fax", "email", "created_at",
)
MODEL_COLUMNS = (
    "id", "version", "updated_at", "updated_by", "code", "name", "warranty_months", "doa_days",
    "loaner_class",
)

OPEN_STATES = ("received", "diagnosing", "awaiting_approval", "in_repair", "testing")
FAULTS = ("No power", "Paper jam", "Print head lines", "Will not scan", "Cracked screen",
          "Fan noise", "Freezes", "Cutter jams")


@dataclass(frozen=True)
class Sizes:
    units: int
    rmas: int
    customers: int = 5000
    models: int = 40
    open_share: float = 0.05

    @property
    def open_rmas(self) -> int:
        return int(self.rmas * self.open_share)


def serial_of(i: int) -> str:
    """SN + 9 digits: letters keep it from reading as a GTIN, like real serials."""
    return f"SN{i:09d}"


# --------------------------------------------------------------------------- data


@dataclass
class Dataset:
    """The generated rows (as iterators) plus what the timing loop needs."""

    sizes: Sizes
    now: datetime  # naive UTC
    today: date
    open_units: list[int]
    targets: list[int]  # units without an open RMA, to receive
    counters: dict[str, int]


def _check_columns(model: type, columns: Sequence[str]) -> None:
    """The bulk rows must match the table exactly; a schema change fails loudly here."""
    actual = {f.column_name for f in model._meta.sorted_fields}
    if actual != set(columns):
        raise SystemExit(
            f"bench_intake: table {model._meta.table_name} changed "
            f"(missing {sorted(actual - set(columns))}, extra {sorted(set(columns) - actual)});"
            " update the bench's column lists and BUILD_VERSION."
        )


def plan(sizes: Sizes, n: int) -> Dataset:
    from depot import clock

    now = clock.now().astimezone(UTC).replace(tzinfo=None, microsecond=0)
    rng = random.Random(SEED)
    # open RMAs sit on units ≡ 0 (mod 7); targets are drawn from units ≡ 3 (mod 7)
    open_units = list(range(7, sizes.units + 1, 7))[: sizes.open_rmas]
    pool = [u for u in range(3, sizes.units + 1, 7) if u % 31]  # ≡ 0 (mod 31): no customer
    # the first n + 100 for the service timing, the next ones for the screen timing
    targets = rng.sample(pool, min(len(pool), 4 * n + 300))
    return Dataset(sizes, now, clock.today(), open_units, targets, {})


# Rows carry dates and times as ISO text and booleans as 0/1: both SQLite
# (which stores them so, as peewee does) and PostgreSQL's COPY take them as is,
# and formatting once here is what keeps a million rows fast.


def _ts(value: datetime) -> str:
    return value.isoformat(" ")


def customers(ds: Dataset) -> Iterator[tuple]:
    now = _ts(ds.now)
    for i in range(1, ds.sizes.customers + 1):
        yield (i, 1, None, "bench", f"客户 {i:05d} 有限公司", "", "", "200000",
               f"021-{i:08d}", "", "", now)


def models(ds: Dataset) -> Iterator[tuple]:
    for i in range(1, ds.sizes.models + 1):
        yield (i, 1, None, "bench", f"M{i:03d}", f"Model {i:03d}", (12, 24, 36)[i % 3], 7,
               1 + i % 3)


def units(ds: Dataset) -> Iterator[tuple]:
    rng = random.Random(SEED + 1)
    s = ds.sizes
    now = _ts(ds.now)
    days = [(ds.today - timedelta(days=d)).isoformat() for d in range(0, 1700)]
    for i in range(1, s.units + 1):
        sale = rng.randrange(30, 1600)
        acceptance = days[sale - rng.randrange(1, 30)] if rng.random() < 0.4 else None
        yield (
            i, 1, None, "bench", serial_of(i), 1 + (i * 7919) % s.models,
            None if i % 31 == 0 else 1 + (i * 104729) % s.customers,
            days[sale], acceptance, 24 if i % 17 == 0 else None, 36 if i % 53 == 0 else None,
            rng.randrange(1, 30) if i % 29 == 0 else 0, None, now,
        )


def _rma_plan(ds: Dataset) -> list[tuple[datetime, int, bool]]:
    """(received_at, unit id, open) for every RMA, oldest first."""
    rng = random.Random(SEED + 2)
    s = ds.sizes
    open_set = set(ds.open_units)
    rows: list[tuple[datetime, int, bool]] = []
    for unit in ds.open_units:  # open ones were received in the last 3 weeks
        rows.append((ds.now - timedelta(minutes=rng.randrange(60, 21 * 24 * 60)), unit, True))
    while len(rows) < s.rmas:  # closed ones over two years, never on an open-RMA unit
        unit = rng.randrange(1, s.units + 1)
        if unit in open_set:
            continue
        rows.append((ds.now - timedelta(minutes=rng.randrange(30 * 24 * 60, 730 * 24 * 60)),
                     unit, False))
    rows.sort()
    return rows


def rmas_events_audit(ds: Dataset) -> tuple[list[tuple], list[tuple], list[tuple]]:
    rng = random.Random(SEED + 3)
    rmas: list[tuple] = []
    events: list[tuple] = []
    audit: list[tuple] = []
    seq: dict[str, int] = {}
    s = ds.sizes
    for rid, (at, unit, is_open) in enumerate(_rma_plan(ds), start=1):
        yymm = at.strftime("%y%m")
        seq[yymm] = seq.get(yymm, 0) + 1
        number = f"RMA-{yymm}-{seq[yymm]:05d}"
        state = rng.choice(OPEN_STATES) if is_open else rng.choice(("shipped", "closed"))
        coverage = rng.choice(("warranty", "warranty", "out_of_warranty", "doa"))
        shipped = None if is_open else _ts(at + timedelta(days=rng.randrange(2, 12)))
        received = _ts(at)
        rmas.append((
            rid, 1, None, "bench", number, unit, 1 + (unit * 104729) % s.customers, state,
            int(is_open), coverage, "bench", None, None, received, received[:10],
            rng.choice(FAULTS), "general", "courier",
            '{"accessories": [], "appearance": "", "documents": []}',
            "SF Express", f"SF{rid:012d}", 2, 2, "bench", shipped,
            shipped if state == "closed" else None,
        ))
        events.append((rid, rid, received, 2, "bench", "received", None, "received", "", None))
        audit.append((rid, received, 2, "bench", "rma.receive", "rma", str(rid), None,
                      f'{{"number": "{number}"}}', None))
    ds.counters = {f"RMA-{k}": v for k, v in seq.items()}
    return rmas, events, audit


# --------------------------------------------------------------------------- loading


def _load(
    table: str, columns: Sequence[str], rows: Iterable[Sequence[object]], *, postgres: bool
) -> None:
    from depot.db import database

    conn = database.connection()
    cols = ", ".join(f'"{c}"' for c in columns)
    if postgres:
        with conn.cursor() as cur, cur.copy(f'COPY "{table}" ({cols}) FROM STDIN') as copy:
            for row in rows:
                copy.write_row(row)
        cur = conn.cursor()
        cur.execute(
            f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'),"
            f" (SELECT max(id) FROM \"{table}\"))"
        )
        cur.close()
    else:
        marks = ", ".join("?" for _ in columns)
        conn.executemany(f'INSERT INTO "{table}" ({cols}) VALUES ({marks})', rows)


def build(ds: Dataset, *, postgres: bool) -> None:
    """Fill a freshly migrated, empty Depot database with the dataset."""
    from depot.db import database
    from depot.models import AuditEntry, Counter, Role, User
    from rma.models import Customer, ProductModel, Rma, RmaEvent, Unit

    for model, cols in ((Unit, UNIT_COLUMNS), (Rma, RMA_COLUMNS), (RmaEvent, EVENT_COLUMNS),
                        (AuditEntry, AUDIT_COLUMNS), (Customer, CUSTOMER_COLUMNS),
                        (ProductModel, MODEL_COLUMNS)):
        _check_columns(model, cols)
    with database.atomic():
        User.create(name="Bench Manager", badge="BDG-M001", role=Role.MANAGER.value)
        User.create(name="Bench Tech", badge="BDG-T001", role=Role.TECHNICIAN.value)
        with stopwatch("customers and models"):
            _load("customer", CUSTOMER_COLUMNS, customers(ds), postgres=postgres)
            _load("product_model", MODEL_COLUMNS, models(ds), postgres=postgres)
        with stopwatch(f"{ds.sizes.units:,} units"):
            _load("unit", UNIT_COLUMNS, units(ds), postgres=postgres)
        with stopwatch(f"{ds.sizes.rmas:,} RMAs, events and audit entries"):
            rmas, events, audit = rmas_events_audit(ds)
            _load("rma", RMA_COLUMNS, rmas, postgres=postgres)
            _load("rma_event", EVENT_COLUMNS, events, postgres=postgres)
            _load("audit_entry", AUDIT_COLUMNS, audit, postgres=postgres)
        for name, value in ds.counters.items():
            Counter.insert(name=name, value=value).execute()
    if postgres:
        # a depot's server is in a steady state: its tables vacuumed and the bulk load's
        # dirty pages written out, not autovacuum and the checkpointer catching up with a
        # million fresh rows while the intakes are timed
        with stopwatch("VACUUM ANALYZE, CHECKPOINT"):
            database.execute_sql("VACUUM (ANALYZE)")
            database.execute_sql("CHECKPOINT")
    else:
        with stopwatch("ANALYZE"):
            database.execute_sql("ANALYZE")


# --------------------------------------------------------------------------- timing


@dataclass
class Figures:
    backend: str
    total: list[float]
    lookup: list[float]
    receive: list[float]
    row: list[float]
    open_scan: list[float]
    cpu: list[float]  # this process's CPU time per intake (excludes waiting: fsync, server)
    todays_list_ms: float
    todays_rows: int
    screen: dict[str, list[float]] = field(default_factory=dict)


def time_intake(ds: Dataset, n: int, backend: str, warmup: int = 50) -> Figures:
    from depot.models import User
    from rma import intake
    from rma.intake import ScanAction

    actor = User.get(User.badge == "BDG-T001")
    clock = time.perf_counter
    figures = Figures(backend, [], [], [], [], [], [], 0.0, 0)
    targets = ds.targets[: n + warmup]
    for k, unit_id in enumerate(targets):
        text = serial_of(unit_id) + "\r"  # what a keyboard-wedge scanner types
        c0 = time.process_time()
        t0 = clock()
        result = intake.lookup_scan(text)
        t1 = clock()
        if result.action != ScanAction.RECEIVE:
            raise SystemExit(f"bench_intake: {text!r} gave {result.action}, expected receive")
        rma = intake.receive(actor, serial=result.serial, fault="Bench: no power",
                             severity="general", channel="courier",
                             inbound_carrier="SF Express", inbound_tracking=f"SFB{k:09d}")
        t2 = clock()
        row = intake.intake_row(rma.id)
        t3 = clock()
        c3 = time.process_time()
        if row.number != rma.number:
            raise SystemExit("bench_intake: the intake row does not show the saved RMA")
        if k >= warmup:
            figures.lookup.append((t1 - t0) * 1000)
            figures.receive.append((t2 - t1) * 1000)
            figures.row.append((t3 - t2) * 1000)
            figures.total.append((t3 - t0) * 1000)
            figures.cpu.append((c3 - c0) * 1000)
    rng = random.Random(SEED + 4)
    for unit_id in rng.sample(ds.open_units, min(n, len(ds.open_units))):
        t0 = clock()
        result = intake.lookup_scan(serial_of(unit_id) + "\r")
        figures.open_scan.append((clock() - t0) * 1000)
        if result.action != ScanAction.OPEN_RMA:
            raise SystemExit(f"bench_intake: unit {unit_id} should have an open RMA")
    t0 = clock()
    figures.todays_rows = len(intake.todays_intake())
    figures.todays_list_ms = (clock() - t0) * 1000
    return figures


def time_screen(ds: Dataset, n: int, warmup: int = 20) -> dict[str, list[float]]:
    """The same intake through the real intake screen, with the window drawn.

    "Drawn" means what Qt does on the next turn of the event loop, done
    synchronously: posted layout requests, then painting every region the
    change dirtied into the window's backing store (offscreen raster, the same
    painting Windows does). Three machine intervals; the technician's typing
    between them is not the program's time:

    - scan:  a serial's Enter → the unit and its coverage drawn;
    - save:  the save's Enter → the saved RMA drawn in today's list;
    - next:  the scanner-only loop: the next serial's Enter saves the intake on
             screen and opens the next unit → both drawn. This is the issue's
             "from the scan's Enter to the saved RMA shown on screen".
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from depot.db import info
    from depot.models import User
    from ui.app import application, build_main_window
    from ui.qt import QApplication, QEvent

    app = application()
    win = build_main_window(info(), "en")
    win.ctx.set_operator(User.get(User.badge == "BDG-T001"))
    win.resize(1280, 800)
    win.show()
    page = win.show_section("intake")
    app.processEvents()

    def drawn() -> None:
        app.sendPostedEvents()  # layout requests, then the window's update request
        QApplication.sendEvent(win, QEvent(QEvent.Type.UpdateRequest))  # anything left

    def saved_at_bottom(rma) -> None:
        if rma is None or page.model.rows[-1].number != rma.number:
            raise SystemExit("bench_intake: the saved RMA is not at the bottom of the list")

    clock = time.perf_counter
    out: dict[str, list[float]] = {"scan": [], "save": [], "total": [], "next": []}
    targets = iter(ds.targets[n + 100:])
    for k in range(n + warmup):
        unit_id = next(targets)
        t0 = clock()
        win.on_scan(serial_of(unit_id))  # what the scan router emits on the scanner's Enter
        drawn()
        t1 = clock()
        if page.unit is None:
            raise SystemExit(f"bench_intake: the screen did not open unit {unit_id}")
        page.fault.setText("Bench: no power")
        drawn()  # the loop runs between the technician's keys and the save's Enter
        t2 = clock()
        rma = page.save()
        drawn()
        t3 = clock()
        saved_at_bottom(rma)
        if k >= warmup:
            out["scan"].append((t1 - t0) * 1000)
            out["save"].append((t3 - t2) * 1000)
            out["total"].append((t1 - t0 + t3 - t2) * 1000)
    win.on_scan(serial_of(next(targets)))
    drawn()
    for k in range(n + warmup):
        unit_id = next(targets)
        page.fault.setText("Bench: no power")
        drawn()
        t0 = clock()
        win.on_scan(serial_of(unit_id))
        drawn()
        t1 = clock()
        saved_at_bottom(page.last_rma)
        if page.unit is None or page.unit.id != unit_id:
            raise SystemExit(f"bench_intake: the next scan did not open unit {unit_id}")
        if k >= warmup:
            out["next"].append((t1 - t0) * 1000)
    win.router.uninstall()
    win.ctx.close()
    win.close()
    app.processEvents()
    return out


def report_screen(backend: str, times: dict[str, list[float]]) -> None:
    print(f"\n{backend}: through the intake screen, window drawn, N={len(times['total'])}")
    print(f"  scan Enter → unit + coverage drawn     {summarize(times['scan'])}")
    print(f"  save Enter → saved RMA drawn in list   {summarize(times['save'])}")
    print(f"  both (the program's time per intake)   {summarize(times['total'])}")
    print("  next scan Enter → saved RMA + next unit drawn (scanner only)")
    print(f"                                         {summarize(times['next'])}")
    sys.stdout.flush()


def report(figures: Figures, sizes: Sizes) -> None:
    total = summarize(figures.total)
    print(f"\n{figures.backend}: {sizes.units:,} units, {sizes.rmas:,} RMAs, N={total.n}")
    print(f"  scan → lookup → receive → list row   {total}")
    print(f"    lookup_scan                        {summarize(figures.lookup)}")
    print(f"    receive (one transaction, commit)  {summarize(figures.receive)}")
    print(f"    intake_row                         {summarize(figures.row)}")
    print(f"  CPU time of this process per intake  {summarize(figures.cpu)}")
    print(f"  scan of a serial with an open RMA    {summarize(figures.open_scan)}")
    print(f"  todays_intake() ({figures.todays_rows} rows)          "
          f"{figures.todays_list_ms:7.2f} ms")
    sys.stdout.flush()


# --------------------------------------------------------------------------- backends


def run_sqlite(sizes: Sizes, n: int, rebuild: bool) -> Figures:
    from depot import db as dbmod
    from depot.checkpointer import WalCheckpointer
    from rma.schema import SCHEMA_VERSION, open_depot

    out = out_dir()
    cached = out / f"intake-s{SCHEMA_VERSION}-b{BUILD_VERSION}-{sizes.units}u-{sizes.rmas}r.db"
    ds = plan(sizes, n)
    if rebuild or not cached.exists():
        print(f"building {cached.name} (cached for later runs)", file=sys.stderr)
        partial = cached.with_suffix(".building")
        for p in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            p.unlink(missing_ok=True)
        open_depot(f"sqlite:///{partial.as_posix()}", backup_dir=out / "data")
        from depot.db import database

        database.execute_sql("PRAGMA cache_size = -262144")
        build(ds, postgres=False)
        database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        dbmod.close()
        partial.replace(cached)
    run_file = out / "intake-run.db"
    fresh_run_copy(cached, run_file)
    open_depot(f"sqlite:///{run_file.as_posix()}", backup_dir=out / "data")
    # as the station runs it (ui.live.StationServices): WAL checkpoints off the commit path
    checkpointer = WalCheckpointer(run_file).start()
    try:
        figures = time_intake(ds, n, "SQLite (WAL, synchronous=FULL)")
        figures.screen = time_screen(ds, n)
        return figures
    finally:
        checkpointer.stop()
        dbmod.close()


def run_postgres(sizes: Sizes, n: int) -> Figures:
    from depot import db as dbmod
    from rma.schema import open_depot

    with pg_server() as server:
        server.psql("CREATE DATABASE bench")
        url = server.url("bench")
        open_depot(url, backup_dir=None)
        ds = plan(sizes, n)
        print("building the PostgreSQL database", file=sys.stderr)
        build(ds, postgres=True)
        try:
            figures = time_intake(ds, n, "PostgreSQL (local socket)")
            figures.screen = time_screen(ds, n)
            return figures
        finally:
            dbmod.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench.bench_intake", description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=2000, help="timed intakes per backend")
    parser.add_argument("--units", type=int, default=1_000_000)
    parser.add_argument("--rmas", type=int, default=300_000)
    parser.add_argument("--backend", choices=("sqlite", "pg", "both"), default="both")
    parser.add_argument("--rebuild", action="store_true", help="ignore the cached SQLite file")
    args = parser.parse_args(argv)
    isolate_data_dir()
    sizes = Sizes(units=args.units, rmas=args.rmas)
    if sizes.units // 7 < 4 * args.n + 300 or sizes.open_rmas > sizes.units // 7:
        parser.error("too few units for that many RMAs and intakes")
    results: list[Figures] = []
    if args.backend in ("sqlite", "both"):
        results.append(run_sqlite(sizes, args.n, args.rebuild))
        report(results[-1], sizes)
        report_screen(results[-1].backend, results[-1].screen)
    if args.backend in ("pg", "both"):
        results.append(run_postgres(sizes, args.n))
        report(results[-1], sizes)
        report_screen(results[-1].backend, results[-1].screen)
    print("\nsummary (targets: p99 ≤ 10 ms SQLite, ≤ 20 ms PostgreSQL):")
    for f in results:
        s = summarize(f.total)
        print(f"  {f.backend:32} service  median {s.median:6.2f} ms   p99 {s.p99:6.2f} ms")
        for key, what in (("save", "save Enter → drawn"), ("next", "next scan → drawn")):
            s = summarize(f.screen[key])
            print(f"  {'':32} {what:18} median {s.median:6.2f} ms   p99 {s.p99:6.2f} ms")
    if results:
        # the same number of samples of a CPU-only task as long as the screen's save
        save = summarize(results[0].screen["save"])
        floor = machine_jitter(save.median, save.n)
        print(f"\nthis machine's own spread, a CPU-only task of {save.median:.2f} ms, N={floor.n}:")
        print(f"  median {floor.median:6.2f} ms   p99 {floor.p99:6.2f} ms   "
              f"(p99/median {floor.p99 / floor.median:.2f}; the save's: "
              f"{save.p99 / save.median:.2f})")
        disk = disk_jitter(out_dir(), save.n)
        print(f"  the disk: one 8 KiB write + fdatasync   {disk}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
