"""Load bench: many stations scanning into one PostgreSQL server at once.

    .venv/bin/python -m bench.bench_load [--processes 8] [--rate 10] [--seconds 60]

Starts a throwaway PostgreSQL server, prepares a depot with enough registered
units, then runs N station processes that each receive `rate` scans per
second for `seconds` (an open-loop schedule: a slow scan does not lower the
offered load). Each station also runs the live listener, so the bench
measures how fast a scan reaches the other stations under that load.

Prints: scan latency p50/p95/p99/max (receive call → commit returned), the
achieved rate, change fan-out latency (commit → other stations heard it),
and the integrity figures that must be zero: acknowledged RMAs missing from
the database, RMAs acknowledged twice, RMAs in the database nobody
acknowledged, half-written RMAs, and numbers out of step with the counter.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def percentile(values: list[float], pct: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1))))
    return ordered[k]


def number_outside_the_transaction(url: str):
    """Experiment: take RMA numbers in their own autocommit statement.

    The shipped `next_number` upserts the counter row inside the intake
    transaction, so its row lock is held until that transaction commits and
    every station's intake queues behind it. Here the lock lasts one
    statement; the price is a gap in the numbers when an intake rolls back.
    """
    import psycopg

    conn = psycopg.connect(url, autocommit=True)

    def next_number(prefix: str) -> int:
        return int(conn.execute(
            "INSERT INTO counter (name, value) VALUES (%s, 1) ON CONFLICT (name)"
            " DO UPDATE SET value = counter.value + 1 RETURNING value", (prefix,),
        ).fetchone()[0])

    return next_number


def worker(index: int, url: str, rate: float, seconds: float, barrier, results,
           experiment: bool = False) -> None:
    """One station: listen, wait for the others, then scan on schedule."""
    os.environ.setdefault("DEPOT_DATA_DIR", str(Path(url.split("host=")[-1]).parent / "data"))
    from depot import config
    from depot import db as dbmod
    from depot.listener import Listener
    from rma import intake
    from rma.schema import open_depot
    from tests.support.stations import clerk, serial

    config.set_station_name(f"bench-{index}")
    open_depot(url, backup_dir=None)
    if experiment:
        intake.next_number = number_outside_the_transaction(url)
    actor = clerk()
    heard: dict[int, float] = {}
    lock = threading.Lock()

    def deliver(changes) -> None:
        now = time.time()
        with lock:
            for rid in changes.ids("rma"):
                if rid != "*":
                    heard.setdefault(int(rid), now)

    listener = Listener(url, deliver, poll=0.1).start()
    listener.wait_online(10)
    count = int(rate * seconds)
    latencies: list[float] = []
    acks: list[tuple[str, int, float]] = []
    errors: list[str] = []
    lag = 0.0
    barrier.wait()
    start = time.monotonic()
    cpu0 = time.process_time()
    for i in range(count):
        due = start + i / rate
        wait = due - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        else:
            lag = max(lag, -wait)
        t0 = time.perf_counter()
        try:
            rma = intake.receive(actor, serial=serial(f"LOAD{index}", i), fault="Load test")
        except Exception as exc:  # counted and printed; the bench goes on
            errors.append(f"{type(exc).__name__}: {exc}")
            continue
        latencies.append(time.perf_counter() - t0)
        acks.append((rma.number, rma.id, time.time()))
    elapsed = time.monotonic() - start
    cpu = time.process_time() - cpu0
    barrier.wait()  # every station has finished scanning: nothing more is coming
    time.sleep(1.0)  # let the last notifications arrive
    listener.stop()
    dbmod.close()
    with lock:
        results.put({"index": index, "latencies": latencies, "acks": acks, "errors": errors,
                     "heard": dict(heard), "elapsed": elapsed, "lag": lag, "cpu": cpu})


class WaitSampler(threading.Thread):
    """Samples what the stations' server sessions are doing, ten times a second.

    Tells a lock convoy (sessions waiting on a row lock: the shared number
    counter) from a machine that is simply out of CPU.
    """

    def __init__(self, url: str) -> None:
        super().__init__(daemon=True)
        self.url = url
        self.samples: dict[str, int] = {}
        self.stop = threading.Event()

    def run(self) -> None:
        import psycopg

        with psycopg.connect(self.url, autocommit=True) as conn:
            while not self.stop.wait(0.1):
                for kind, event in conn.execute(
                    "SELECT coalesce(wait_event_type, 'CPU'), coalesce(wait_event, 'running')"
                    " FROM pg_stat_activity WHERE application_name = 'depot'"
                    " AND state = 'active'"
                ):
                    key = f"{kind}:{event}"
                    self.samples[key] = self.samples.get(key, 0) + 1

    def summary(self) -> str:
        total = sum(self.samples.values()) or 1
        top = sorted(self.samples.items(), key=lambda kv: -kv[1])[:5]
        return ", ".join(f"{k} {100 * v / total:.0f}%" for k, v in top) or "none active"


def prepare(server, processes: int, per_process: int) -> str:
    from depot import db as dbmod
    from rma.schema import open_depot
    from tests.support.stations import seed_depot

    server.psql("CREATE DATABASE depot_load")
    url = server.url("depot_load")
    open_depot(url, backup_dir=None)
    depot = seed_depot()
    for k in range(processes):  # registered in bulk: the bench measures receiving
        dbmod.database.execute_sql(
            "INSERT INTO unit (serial, model_id, customer_id, sale_date, extension_days,"
            " version, updated_by, created_at) SELECT %s || lpad(i::text, 6, '0'), %s, %s,"
            " DATE '2025-06-01', 0, 1, 'import', now() FROM generate_series(0, %s) AS i",
            (f"LOAD{k}-", depot.model_id, depot.customer_id, per_process + 10),
        )
    dbmod.close()
    return url


def verify(url: str, acks: list[tuple[str, int, float]]) -> dict[str, int]:
    from depot import db as dbmod
    from depot.models import Counter
    from rma.models import Rma
    from rma.schema import open_depot
    from tests.support.stations import half_written_rmas

    open_depot(url, backup_dir=None)
    try:
        in_db = [r.number for r in Rma.select(Rma.number)]
        acked = [n for n, _, _ in acks]
        counters = sum(c.value for c in Counter.select().where(Counter.name.startswith("RMA-")))
        return {
            "acknowledged": len(acked),
            "in_database": len(in_db),
            "lost": len(set(acked) - set(in_db)),
            "duplicated": len(acked) - len(set(acked)) + len(in_db) - len(set(in_db)),
            "unacknowledged_in_db": len(set(in_db) - set(acked)),
            "half_written": len(half_written_rmas()),
            "counter_mismatch": abs(counters - len(in_db)),
        }
    finally:
        dbmod.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--processes", type=int, default=8)
    parser.add_argument("--rate", type=float, default=10.0, help="scans per second per process")
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--experiment-number-outside", action="store_true",
                        help="take RMA numbers outside the intake transaction (not shipped "
                             "behaviour: shows what the counter's row lock costs)")
    args = parser.parse_args(argv)

    import tempfile

    os.environ.setdefault("DEPOT_DATA_DIR", tempfile.mkdtemp(prefix="depot-bench-"))
    os.environ.setdefault("DEPOT_STATION", "bench-setup")
    from tests.support import pgserver

    server = pgserver.start_server()
    try:
        per_process = int(args.rate * args.seconds)
        url = prepare(server, args.processes, per_process)
        ctx = mp.get_context("spawn")
        barrier = ctx.Barrier(args.processes)
        results = ctx.Queue()
        procs = [ctx.Process(target=worker, args=(k, url, args.rate, args.seconds, barrier,
                                                 results, args.experiment_number_outside))
                 for k in range(args.processes)]
        for p in procs:
            p.start()
        sampler = WaitSampler(url)
        sampler.start()
        reports = [results.get(timeout=args.seconds * 3 + 120) for _ in procs]
        for p in procs:
            p.join(30)
        sampler.stop.set()
        sampler.join(5)
    except BaseException:
        server.cleanup()
        raise

    try:
        latencies = [x for r in reports for x in r["latencies"]]
        acks = [a for r in reports for a in r["acks"]]
        errors = [e for r in reports for e in r["errors"]]
        fanout: list[float] = []
        missed = 0
        for r in reports:
            others = [o for o in reports if o["index"] != r["index"]]
            for _, rma_id, t_ack in r["acks"]:
                for o in others:
                    t_heard = o["heard"].get(rma_id)
                    if t_heard is None:
                        missed += 1
                    else:
                        fanout.append(t_heard - t_ack)
        elapsed = max(r["elapsed"] for r in reports)
        figures = verify(url, acks)
    finally:
        server.cleanup()

    ms = [x * 1000 for x in latencies]
    fan = [x * 1000 for x in fanout]
    offered = args.processes * args.rate
    print(f"load: {args.processes} processes x {args.rate:g} scans/s x {args.seconds:g} s "
          f"against one PostgreSQL server (CPUs here: {os.cpu_count()})"
          + ("; EXPERIMENT: numbers taken outside the intake transaction"
             if args.experiment_number_outside else ""))
    print(f"scans: {len(latencies)} ok, {len(errors)} failed, achieved "
          f"{len(latencies) / elapsed:.1f}/s of {offered:g}/s offered; worst schedule lag "
          f"{max(r['lag'] for r in reports) * 1000:.0f} ms")
    print(f"scan latency ms: p50 {percentile(ms, 50):.1f}  p95 {percentile(ms, 95):.1f}  "
          f"p99 {percentile(ms, 99):.1f}  max {max(ms, default=float('nan')):.1f}  "
          f"mean {statistics.fmean(ms) if ms else float('nan'):.1f}")
    print(f"fan-out to the other {args.processes - 1} stations (commit returned -> heard; "
          "can be below 0: the others may hear before the writer's call returns), ms: p50 "
          f"{percentile(fan, 50):.1f}  p99 {percentile(fan, 99):.1f}  max "
          f"{max(fan, default=float('nan')):.1f}; notifications missed: {missed}")
    cpu_ms = 1000 * sum(r["cpu"] for r in reports) / max(1, len(latencies))
    print(f"client CPU per scan {cpu_ms:.1f} ms; busy server sessions were: {sampler.summary()}")
    print("integrity: " + ", ".join(f"{k} {v}" for k, v in figures.items()))
    for e in sorted(set(errors))[:5]:
        print(f"  error: {e}")
    bad = figures["lost"] or figures["duplicated"] or figures["half_written"] or \
        figures["unacknowledged_in_db"] or figures["counter_mismatch"]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
