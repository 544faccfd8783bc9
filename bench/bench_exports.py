"""Export bench: a 500-item handover sheet and the monthly report over 300,000 RMAs.

    .venv/bin/python -m bench.bench_exports [--backend sqlite|pg|both] [--rmas 300000]
                                            [--rebuild]

Builds a depot with 300,000 RMAs over 25 months — 200,000 spread over
2024-01 … 2025-12 and 100,000 crammed into 2026-01, a month fifteen times
busier than usual — with their events (received, waits on the customer,
repair, shipping), diagnoses, shipping legs, surveys, complaints, part
issues on the stock ledger, a small loaner pool, and one open handover of
500 RMAs (with parts, legs, quotes and work notes, so every column of the
sheet is filled).

Then it measures, each in a fresh process (so the peak RSS is that step's):

* the handover sheet: first call (cold: imports, font lookup) and the median
  of five more; target ≤ 0.5 s;
* the monthly report (figures + workbook) for a typical month (2025-12,
  ~8,300 RMAs) and for the crowded one (2026-01, 100,000); target ≤ 10 s;

with the Python heap peak (tracemalloc, in a separate run because tracing
slows Python down; modules imported beforehand) and the process's peak RSS.
"Memory flat" means the crowded month, with twelve times the RMAs, does not
need twelve times the memory.

Rows are written with bulk inserts straight into the tables (executemany in
one transaction on SQLite, COPY on PostgreSQL), checked column by column
against the models so a schema change fails loudly. The SQLite file is cached
in bench/out/ keyed by schema version, build version and size.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from bench.common import ROOT, fresh_run_copy, isolate_data_dir, out_dir, pg_server, stopwatch

#: bump when the generated data changes, so a stale cached file is not reused
BUILD_VERSION = 3
SEED = 20260131
#: the bench runs "on" 2026-02-10, so January 2026 is a complete month
NOW = datetime(2026, 2, 10, 9, 0, tzinfo=UTC)
DENSE_MONTH = date(2026, 1, 1)
TYPICAL_MONTH = date(2025, 12, 1)
HANDOVER_ITEMS = 500
TECHNICIANS = 8
MODELS = 40
CUSTOMERS = 5_000
PARTS = 300
LOANERS = 30
CAUSES = ("power_supply", "mainboard", "display", "storage", "interface", "mechanical",
          "firmware", "cable_connector", "overheating", "liquid", "physical_damage",
          "no_fault_found", "other")


def _ts(value: datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S")


def _columns(model: type) -> list[str]:
    return [f.column_name for f in model._meta.sorted_fields]


def _load(model: type, rows: Iterable[dict[str, object]], *, postgres: bool) -> int:
    """Bulk-insert dict rows; every column of the model must be given (schema check)."""
    from depot.db import database

    table = model._meta.table_name
    columns = _columns(model)
    conn = database.connection()
    names = ", ".join(f'"{c}"' for c in columns)

    def tuples() -> Iterator[tuple]:
        for row in rows:
            if len(row) != len(columns):
                missing = sorted(set(columns) - set(row))
                extra = sorted(set(row) - set(columns))
                raise SystemExit(f"bench_exports: table {table} changed (missing {missing}, "
                                 f"extra {extra}); update the bench and BUILD_VERSION.")
            yield tuple(row[c] for c in columns)

    count = 0

    def counted() -> Iterator[tuple]:
        nonlocal count
        for row in tuples():
            count += 1
            yield row

    if postgres:
        with conn.cursor() as cur, cur.copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:
            for row in counted():
                copy.write_row(row)
        if "id" in columns:
            with conn.cursor() as cur:
                cur.execute(f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                            f"COALESCE((SELECT max(id) FROM \"{table}\"), 1))")
    else:
        marks = ", ".join("?" for _ in columns)
        conn.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', counted())
    return count


def _versioned(now: str) -> dict[str, object]:
    return {"version": 1, "updated_at": now, "updated_by": "bench"}


# --------------------------------------------------------------------------- the dataset


def _months() -> list[date]:
    out = []
    d = date(2024, 1, 1)
    while d < DENSE_MONTH:
        out.append(d)
        d = (d + timedelta(days=32)).replace(day=1)
    return out


def _rma_times(n: int, rng: random.Random) -> list[datetime]:
    """Received times: a third of the RMAs in the dense month, the rest spread evenly."""
    months = _months()
    dense = n // 3
    times: list[datetime] = []
    for i in range(n - dense):
        m = months[i % len(months)]
        days = (((m + timedelta(days=32)).replace(day=1)) - m).days
        times.append(datetime(m.year, m.month, 1, tzinfo=UTC)
                     + timedelta(seconds=rng.randrange(days * 86_400)))
    for _ in range(dense):
        times.append(datetime(2026, 1, 1, tzinfo=UTC) + timedelta(seconds=rng.randrange(
            31 * 86_400)))
    times.sort()
    return times


def build(n_rmas: int, *, postgres: bool) -> dict[str, object]:
    """Fill a freshly migrated, empty database; returns what the measurements need."""
    from depot.db import database
    from depot.models import Counter, User
    from inventory.loaner_models import Loaner, LoanerStatusChange
    from inventory.models import Part, StockLevel, StockMove
    from rma.models import Customer, ProductModel, Rma, RmaEvent, Unit
    from rma.repair_models import Diagnosis, Quote, QuoteLine, RmaPart
    from rma.shipping_models import ShippingLeg
    from rma.signoff_models import Complaint, Handover, HandoverItem, Survey

    rng = random.Random(SEED)
    now = _ts(NOW)
    v = _versioned(now)
    n_units = int(n_rmas * 0.85)
    with database.atomic():
        users = [("Mia Manager", "BDG-M001", "manager"), ("Sue Desk", "BDG-S001", "service_desk")]
        users += [(f"Technician {i + 1:02d}", f"BDG-T{i + 1:03d}", "technician")
                  for i in range(TECHNICIANS)]
        for uid, (name, badge, role) in enumerate(users, start=1):
            User.insert(id=uid, name=name, badge=badge, role=role).execute()
        techs = list(range(3, 3 + TECHNICIANS))
        with stopwatch("catalogue: customers, models, units, parts, loaners"):
            _load(Customer, ({**v, "id": i, "name": f"客户 Customer {i:05d} 有限公司",
                              "contact_person": "王经理", "address": f"上海市 路 {i} 号",
                              "postcode": "200000", "phone": "021-5555 0000", "fax": "",
                              "email": "", "created_at": now}
                             for i in range(1, CUSTOMERS + 1)), postgres=postgres)
            _load(ProductModel, ({**v, "id": i, "code": f"M{i:03d}",
                                  "name": f"Model {i:03d} 打印机", "warranty_months": 12,
                                  "doa_days": 7, "loaner_class": 1 + i % 3}
                                 for i in range(1, MODELS + 1)), postgres=postgres)
            _load(Unit, ({**v, "id": i, "serial": f"SN{i:09d}", "model_id": 1 + i % MODELS,
                          "customer_id": 1 + i % CUSTOMERS, "sale_date": "2024-06-01",
                          "acceptance_date": None, "warranty_months": None,
                          "contract_warranty_months": None, "extension_days": 0,
                          "replaces_id": None, "created_at": now}
                         for i in range(1, n_units + 1)), postgres=postgres)
            _load(Part, ({**v, "id": i, "part_number": f"P-PART-{i:04d}",
                          "name": f"Spare part {i:04d} 备件", "unit": "pc", "bin_id": None,
                          "reorder_point": None, "initial_price": 5_000 + i * 10,
                          "requires_documents": False, "is_active": True, "notes": "",
                          "name_key": f"spare part {i:04d}", "search_text": f"p-part-{i:04d}",
                          "created_at": now} for i in range(1, PARTS + 1)), postgres=postgres)
            _load(StockLevel, ({"part_id": i, "bin_id": None, "on_hand": 0, "reserved": 0,
                                "value": 0, "last_move_value": 0} for i in range(1, PARTS + 1)),
                  postgres=postgres)
            _load(Loaner, ({**v, "id": i, "code": f"LN-{i:03d}", "description": "Spare printer",
                            "serial": "", "loaner_class": 1 + i % 3, "cost_value": 300_000,
                            "status": "available", "location": "", "condition_grade": 2,
                            "condition_notes": "", "accessories": "[]", "out_reference": "",
                            "created_at": "2024-01-01 00:00:00", "retired_at": None,
                            "retired_reason": ""} for i in range(1, LOANERS + 1)),
                  postgres=postgres)
            changes, cid = [], 0
            for i in range(1, LOANERS + 1):
                at = datetime(2024, 1, 1, tzinfo=UTC)
                status = "available"
                while at < NOW:
                    cid += 1
                    changes.append({"id": cid, "loaner_id": i, "at": _ts(at), "actor_id": 2,
                                    "station": "bench", "from_status": None if cid == 1
                                    else status, "to_status": status, "reference": "",
                                    "note": ""})
                    at += timedelta(days=rng.randint(2, 12))
                    status = "out" if status == "available" else "available"
            _load(LoanerStatusChange, changes, postgres=postgres)

        with stopwatch(f"{n_rmas:,} RMAs with events, diagnoses, legs, surveys, parts"):
            received = _rma_times(n_rmas, rng)
            rmas: list[dict[str, object]] = []
            events: list[dict[str, object]] = []
            diagnoses: list[dict[str, object]] = []
            legs: list[dict[str, object]] = []
            surveys: list[dict[str, object]] = []
            complaints: list[dict[str, object]] = []
            moves: list[dict[str, object]] = []
            counters: dict[str, int] = {}
            open_from = n_rmas - int(n_rmas * 0.02)  # the last 2 % are still at the depot
            ev_id = 0

            def event(rma_id: int, at: datetime, kind: str, before: str | None, to: str,
                      note: str = "") -> None:
                nonlocal ev_id
                ev_id += 1
                events.append({"id": ev_id, "rma_id": rma_id, "at": _ts(at), "actor_id": 2,
                               "station": "bench", "kind": kind, "from_state": before,
                               "to_state": to, "note": note, "data": None})

            for idx, at in enumerate(received):
                rid = idx + 1
                yymm = at.strftime("%y%m")
                counters[f"RMA-{yymm}"] = counters.get(f"RMA-{yymm}", 0) + 1
                number = f"RMA-{yymm}-{counters[f'RMA-{yymm}']:05d}"
                coverage = "warranty" if rng.random() < 0.7 else "out_of_warranty"
                tech = techs[rid % TECHNICIANS]
                waits = coverage == "out_of_warranty"
                is_open = idx >= open_from
                turnaround = timedelta(hours=rng.uniform(4, 24 * (12 if waits else 9)))
                shipped = None if is_open else at + turnaround
                if shipped is not None and shipped > NOW:
                    shipped, is_open = None, True
                state = "in_repair" if is_open else (
                    "returned_unrepaired" if rng.random() < 0.03 else "closed")
                rmas.append({**v, "id": rid, "number": number,
                             "unit_id": 1 + idx % n_units, "customer_id": 1 + idx % CUSTOMERS,
                             "state": state, "is_open": is_open, "coverage": coverage,
                             "coverage_reason": "", "warranty_start": "2024-06-01",
                             "warranty_end": "2025-05-31", "received_at": _ts(at),
                             "reported_on": at.date().isoformat(), "fault": "不开机 no power",
                             "severity": "general", "channel": "courier", "condition": "{}",
                             "inbound_carrier": "", "inbound_tracking": "",
                             "technician_id": tech, "created_by_id": 2, "station": "bench",
                             "shipped_at": _ts(shipped) if shipped else None,
                             "closed_at": _ts(shipped) if shipped else None})
                event(rid, at, "received", None, "received")
                t = at + timedelta(hours=1)
                if waits:
                    event(rid, t, "request_approval", "diagnosing", "awaiting_approval")
                    t += timedelta(hours=rng.uniform(2, 72))
                    event(rid, t, "accept_quote", "awaiting_approval", "awaiting_payment")
                    t += timedelta(hours=rng.uniform(2, 48))
                if shipped is None or t < shipped:
                    event(rid, t, "start_repair", "diagnosing", "in_repair")
                if shipped is not None:
                    event(rid, shipped - timedelta(hours=1), "finish_repair", "in_repair",
                          "testing", "Replaced the faulty board")
                    event(rid, shipped, "ship", "ready_to_ship", "shipped")
                diagnoses.append({**v, "id": rid, "rma_id": rid, "findings": "Board fault",
                                  "cause_code": CAUSES[rng.randrange(len(CAUSES))],
                                  "exclusion_code": "", "exclusion_note": "",
                                  "diagnosed_by_id": tech, "diagnosed_at": _ts(at)})
                if rid % 2 == 0:
                    legs.append({**v, "id": len(legs) + 1, "rma_id": rid,
                                 "direction": "customer_to_depot", "carrier": "SF Express",
                                 "tracking": f"SF{rid:010d}", "cost": 1_500 + rid % 1_000,
                                 "payer": "customer", "rule_payer": "customer",
                                 "coverage": coverage, "override_reason": "",
                                 "overridden_by_id": None, "customer_paid_carrier": True,
                                 "loaner_code": "", "quote_line_id": None, "note": "",
                                 "created_at": _ts(at), "created_by_id": 2,
                                 "shipped_at": _ts(at), "delivered_on": at.date().isoformat()})
                if shipped is not None and rid % 3 == 0:
                    s = [rng.choice((3, 4, 4, 5, 5, 5)) for _ in range(3)]
                    surveys.append({"id": len(surveys) + 1, "rma_id": rid, "staff": s[0],
                                    "quality": s[1], "speed": s[2], "comment": "",
                                    "channel": "phone", "recorded_by_id": 2,
                                    "recorded_at": _ts(min(shipped + timedelta(days=3), NOW))})
                if shipped is not None and rid % 50 == 0:
                    complaints.append({**v, "id": len(complaints) + 1,
                                       "number": f"CMP-{yymm}-{rid:06d}", "rma_id": rid,
                                       "received_at": _ts(min(shipped + timedelta(days=5), NOW)),
                                       "description": "Took too long", "attributable":
                                       rid % 100 == 0, "resolution": "", "recorded_by_id": 2,
                                       "closed_by_id": None, "closed_at": None})
                if rid % 3 == 1:
                    part = 1 + rid % PARTS
                    cost = 5_000 + part * 10
                    moves.append({"id": len(moves) + 1, "part_id": part, "kind": "issue",
                                  "qty": -1, "unit_cost": cost, "value": -cost, "actor_id": tech,
                                  "station": "bench", "at": _ts(at + timedelta(hours=2)),
                                  "reference": number, "note": ""})
            _load(Rma, rmas, postgres=postgres)
            _load(RmaEvent, events, postgres=postgres)
            _load(Diagnosis, diagnoses, postgres=postgres)
            _load(ShippingLeg, legs, postgres=postgres)
            _load(Survey, surveys, postgres=postgres)
            _load(Complaint, complaints, postgres=postgres)
            _load(StockMove, moves, postgres=postgres)
            for name, value in counters.items():
                Counter.insert(name=name, value=value).execute()

        with stopwatch(f"a handover of {HANDOVER_ITEMS} RMAs"):
            chosen = [r for r in rmas if r["shipped_at"] and
                      str(r["received_at"]) >= "2026-01-20"][:HANDOVER_ITEMS]
            Handover.insert(id=1, number="HO-2601-00001", kind="bench_to_shipping",
                            from_party="Bench 维修台", to_party="Shipping desk 发货",
                            state="open", note="", station="bench", created_by=2,
                            created_at=NOW, updated_by="bench").execute()
            _load(HandoverItem, ({"id": k + 1, "handover_id": 1, "position": k + 1,
                                  "item_type": "rma", "rma_id": r["id"], "part_id": None,
                                  "loaner_id": None, "qty": 1, "code": r["number"],
                                  "item_key": f"rma:{r['id']}", "is_open": True,
                                  "added_by_id": 2, "added_at": now}
                                 for k, r in enumerate(chosen)), postgres=postgres)
            _load(RmaPart, ({**v, "id": k + 1, "rma_id": r["id"],
                             "part_code": f"P-PART-{1 + k % PARTS:04d}",
                             "description": "Spare part 备件", "qty": 1, "returned_qty": 0,
                             "unit_cost": 5_000, "stock_move_id": None, "issued_by_id": 3,
                             "issued_at": now} for k, r in enumerate(chosen)), postgres=postgres)
            paid = [r for r in chosen if r["coverage"] == "out_of_warranty"]
            _load(Quote, ({**v, "id": k + 1, "rma_id": r["id"], "revision": 1,
                           "number": f"Q-{r['number']}-1", "status": "accepted",
                           "currency": "CNY", "total": 25_000, "diagnosis_fee": 0,
                           "valid_until": "2026-03-01", "note": "", "created_by_id": 3,
                           "created_at": now, "issued_by_id": 2, "issued_at": now,
                           "decided_by_id": 2, "decided_at": now, "decision_method": "phone",
                           "decision_note": ""} for k, r in enumerate(paid)), postgres=postgres)
            _load(QuoteLine, ({"id": k + 1, "quote_id": k + 1, "position": 1, "kind": "part",
                               "part_code": "P-PART-0001", "description": "Board", "qty": 1,
                               "unit_price": 25_000, "amount": 25_000, "price_cap": None,
                               "price_source": "entered"} for k in range(len(paid))),
                  postgres=postgres)
    with stopwatch("ANALYZE"):
        database.execute_sql("ANALYZE")
    return {"handover": "HO-2601-00001", "rmas": n_rmas, "events": len(events)}


# --------------------------------------------------------------------------- measuring


def _peak_rss_mb() -> float:
    """This process's peak resident memory.

    Linux's VmHWM belongs to the address space, so it starts afresh in the
    measuring child; ``ru_maxrss`` would carry the parent's peak (building
    300,000 rows) across fork and exec.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / 1024 / 1024


def _open(url: str) -> None:
    from depot import clock
    from depot.clock import FixedClock
    from rma.schema import open_depot

    clock.set_clock(FixedClock(NOW, tz=UTC))
    open_depot(url, backup_dir=out_dir() / "data", migrate=False)


def step_sheet(url: str, trace: bool) -> dict[str, object]:
    """Time the 500-item handover sheet: first call, then five more."""
    _open(url)
    from exports.handover import write_handover_sheet

    target = out_dir() / "bench-handover.xlsx"
    if trace:
        write_handover_sheet("HO-2601-00001", target)  # imports and caches are not the sheet
        tracemalloc.start()
        write_handover_sheet("HO-2601-00001", target)
        _, peak = tracemalloc.get_traced_memory()
        return {"heap_peak_mb": peak / 2**20}
    start, cpu = time.perf_counter(), time.process_time()
    write_handover_sheet("HO-2601-00001", target)
    first, first_cpu = time.perf_counter() - start, time.process_time() - cpu
    runs, cpus = [], []
    for _ in range(5):
        start, cpu = time.perf_counter(), time.process_time()
        write_handover_sheet("HO-2601-00001", target)
        runs.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    import openpyxl

    rows = openpyxl.load_workbook(target, read_only=True).active.max_row
    return {"first_s": first, "first_cpu_s": first_cpu, "median_s": statistics.median(runs),
            "median_cpu_s": statistics.median(cpus), "rows": rows,
            "rss_peak_mb": _peak_rss_mb(), "bytes": target.stat().st_size}


def step_report(url: str, month: str, trace: bool) -> dict[str, object]:
    """Time the monthly report of one month: figures, then the workbook."""
    _open(url)
    from exports.reports import monthly_figures, write_monthly_report

    day = date.fromisoformat(month + "-01")
    target = out_dir() / f"bench-month-{month}.xlsx"
    if trace:
        write_monthly_report(date(2024, 1, 1), target)  # imports and caches, a small month
        tracemalloc.start()
        write_monthly_report(day, target)
        _, peak = tracemalloc.get_traced_memory()
        return {"heap_peak_mb": peak / 2**20}
    start, cpu = time.perf_counter(), time.process_time()
    figures = monthly_figures(day)
    middle = time.perf_counter()
    write_monthly_report(figures, target)
    end = time.perf_counter()
    return {"figures_s": middle - start, "workbook_s": end - middle, "total_s": end - start,
            "cpu_s": time.process_time() - cpu,
            "received": figures.received, "shipped": figures.shipped,
            "on_time_rate": figures.on_time_rate, "rss_peak_mb": _peak_rss_mb()}


def _child(url: str, *args: str) -> dict[str, object]:
    """Run one measurement in a fresh interpreter (its peak RSS is that step's alone)."""
    out = subprocess.run(
        [sys.executable, "-m", "bench.bench_exports", "--step", *args, "--url", url],
        cwd=ROOT, capture_output=True, text=True, check=False,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    if out.returncode != 0:
        raise SystemExit(f"bench step {args} failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure(url: str, label: str) -> None:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"\n(load average {load:.1f} on {os.cpu_count()} CPUs: wall times include waiting "
          "for the CPU; CPU times do not)")
    sheet = _child(url, "sheet")
    sheet_mem = _child(url, "sheet", "--trace")
    print(f"\n{label}")
    print(f"  handover sheet, {HANDOVER_ITEMS} items ({sheet['rows']} rows, "
          f"{int(sheet['bytes']) // 1024} KB): first {sheet['first_s']:.3f} s "
          f"(CPU {sheet['first_cpu_s']:.3f} s), then median {sheet['median_s']:.3f} s "
          f"(CPU {sheet['median_cpu_s']:.3f} s) (target ≤ 0.5 s); "
          f"heap peak {sheet_mem['heap_peak_mb']:.1f} MB, RSS peak {sheet['rss_peak_mb']:.0f} MB")
    for month in (TYPICAL_MONTH, DENSE_MONTH):
        key = month.strftime("%Y-%m")
        rep = _child(url, "report", "--month", key)
        mem = _child(url, "report", "--month", key, "--trace")
        print(f"  monthly report {key}: {rep['received']:,} received, {rep['shipped']:,} "
              f"shipped: figures {rep['figures_s']:.2f} s + workbook {rep['workbook_s']:.2f} s "
              f"= {rep['total_s']:.2f} s, CPU {rep['cpu_s']:.2f} s (target ≤ 10 s); heap peak "
              f"{mem['heap_peak_mb']:.1f} MB, RSS peak {rep['rss_peak_mb']:.0f} MB")


def run_sqlite(n: int, rebuild: bool) -> None:
    from depot import db as dbmod
    from rma.schema import SCHEMA_VERSION, open_depot

    out = out_dir()
    cached = out / f"exports-s{SCHEMA_VERSION}-b{BUILD_VERSION}-{n}r.db"
    if rebuild or not cached.exists():
        print(f"building {cached.name} (cached for later runs)", file=sys.stderr)
        partial = cached.with_suffix(".building")
        for p in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            p.unlink(missing_ok=True)
        open_depot(f"sqlite:///{partial.as_posix()}", backup_dir=out / "data")
        from depot.db import database

        database.execute_sql("PRAGMA cache_size = -262144")
        build(n, postgres=False)
        database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        dbmod.close()
        partial.replace(cached)
    run_file = out / "exports-run.db"
    fresh_run_copy(cached, run_file)
    measure(f"sqlite:///{run_file.as_posix()}", f"SQLite, {n:,} RMAs")


def run_postgres(n: int) -> None:
    from depot import db as dbmod
    from rma.schema import open_depot

    with pg_server() as server:
        server.psql("CREATE DATABASE bench")
        url = server.url("bench")
        open_depot(url, backup_dir=None)
        print("building the PostgreSQL database", file=sys.stderr)
        build(n, postgres=True)
        dbmod.close()
        measure(url, f"PostgreSQL, {n:,} RMAs")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench.bench_exports",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--backend", choices=("sqlite", "pg", "both"), default="sqlite")
    parser.add_argument("--rmas", type=int, default=300_000)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--step", choices=("sheet", "report"), help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--month", help=argparse.SUPPRESS)
    parser.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    isolate_data_dir()
    if args.step == "sheet":
        print(json.dumps(step_sheet(args.url, args.trace)))
        return 0
    if args.step == "report":
        print(json.dumps(step_report(args.url, args.month, args.trace)))
        return 0
    if args.backend in ("sqlite", "both"):
        run_sqlite(args.rmas, args.rebuild)
    if args.backend in ("pg", "both"):
        run_postgres(args.rmas)
    return 0


if __name__ == "__main__":
    sys.exit(main())
