"""What `synchronous=FULL` costs an SQLite station, measured on real receives.

    .venv/bin/python -m bench.bench_sqlite_sync [--receives 1000] [--dir FOLDER]

In WAL mode, NORMAL skips the fsync at each commit (it syncs at checkpoints),
so a power cut can lose the last commits even though the program had already
acknowledged them; FULL syncs the WAL at every commit. The issue allows NORMAL
only with a measured argument, so this bench times the same 1000 intakes under
both settings, on a fresh file each, in a folder on a real disk (not tmpfs).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def run(mode: str, folder: Path, receives: int) -> list[float]:
    from depot import db as dbmod
    from rma import intake
    from rma.schema import open_depot
    from tests.support.stations import seed_depot

    path = folder / f"sync-{mode.lower()}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    url = f"sqlite:///{path.as_posix()}"
    open_depot(url, backup_dir=folder)
    depot = seed_depot()
    dbmod.database.execute_sql(
        f"WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {receives})"
        " INSERT INTO unit (serial, model_id, customer_id, sale_date, extension_days, version,"
        " updated_by, created_at) SELECT printf('SYNC-%06d', i), ?, ?, ?, 0, 1, 'import',"
        " '2026-01-01 00:00:00' FROM n", (depot.model_id, depot.customer_id, date(2025, 6, 1)),
    )
    dbmod.database.execute_sql(f"PRAGMA synchronous = {mode}")
    got = dbmod.database.execute_sql("PRAGMA synchronous").fetchone()[0]
    assert got == {"FULL": 2, "NORMAL": 1}[mode], got
    times = []
    for i in range(receives):
        t0 = time.perf_counter()
        intake.receive(depot.clerk, serial=f"SYNC-{i:06d}", fault="Sync bench")
        times.append(time.perf_counter() - t0)
    dbmod.close()
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--receives", type=int, default=1000)
    parser.add_argument("--dir", type=Path, default=None,
                        help="folder for the test files (default: a new folder under bench/out)")
    args = parser.parse_args(argv)
    made = args.dir is None
    if made:  # beside the project, on a real disk (/tmp is tmpfs on many machines)
        (ROOT / "bench" / "out").mkdir(parents=True, exist_ok=True)
        folder = Path(tempfile.mkdtemp(prefix="sync-", dir=ROOT / "bench" / "out"))
    else:
        folder = args.dir
    folder.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("DEPOT_DATA_DIR", str(folder))
    os.environ.setdefault("DEPOT_STATION", "bench")
    results = {}
    for mode in ("FULL", "NORMAL", "FULL", "NORMAL"):  # interleaved: drift hits both
        results.setdefault(mode, []).extend(run(mode, folder, args.receives))
    print(f"SQLite WAL, {args.receives} receives x 2 rounds per mode, files in {folder}")
    for mode, times in results.items():
        ms = sorted(t * 1000 for t in times)
        print(f"  synchronous={mode:<6} total {sum(times) / 2:.2f} s per {args.receives}  "
              f"mean {statistics.fmean(ms):.2f} ms  p50 {ms[len(ms) // 2]:.2f} ms  "
              f"p99 {ms[int(len(ms) * 0.99)]:.2f} ms")
    full, normal = statistics.fmean(results["FULL"]), statistics.fmean(results["NORMAL"])
    print(f"  FULL costs {1000 * (full - normal):+.2f} ms per receive "
          f"({100 * (full / normal - 1):+.0f}%)")
    if made:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
