"""Helpers the benches share: where their files go, percentiles, a throwaway PostgreSQL.

Benches print figures instead of asserting on them: timings depend on the
machine, and a test that fails on a busy CI runner teaches people to ignore
red. The figures go into the issue notes, with the command that made them.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import statistics
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

OUT = ROOT / "bench" / "out"


def out_dir() -> Path:
    """bench/out/ (git-ignored): cached databases and run files."""
    OUT.mkdir(parents=True, exist_ok=True)
    return OUT


def isolate_data_dir() -> Path:
    """Point Depot's data folder (backups, logs) under bench/out, not the user's."""
    path = out_dir() / "data"
    path.mkdir(parents=True, exist_ok=True)
    os.environ["DEPOT_DATA_DIR"] = str(path)
    os.environ.setdefault("DEPOT_STATION", "bench")
    return path


def fresh_run_copy(cached: Path, run_file: Path) -> Path:
    """Copy the cached database to the file the run writes to, and flush it to disk.

    Without the flush the kernel is still writing the copy's hundreds of
    megabytes back while the bench runs, and every commit's fsync queues
    behind that: the p99 then measures the copy, not the program.
    """
    for p in (run_file, Path(f"{run_file}-wal"), Path(f"{run_file}-shm")):
        p.unlink(missing_ok=True)
    shutil.copyfile(cached, run_file)
    os.sync()
    return run_file


def percentile(values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile (p99 of 2000 samples is the 1980th smallest)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, min(len(ordered), -(-len(ordered) * pct // 100)))
    return ordered[int(rank) - 1]


@dataclass(frozen=True)
class Summary:
    n: int
    median: float
    p99: float
    maximum: float

    def __str__(self) -> str:
        return f"median {self.median:7.2f} ms   p99 {self.p99:7.2f} ms   max {self.maximum:7.2f} ms"


def summarize(ms: Sequence[float]) -> Summary:
    return Summary(len(ms), statistics.median(ms), percentile(ms, 99), max(ms))


def machine_jitter(median_ms: float, n: int) -> Summary:
    """The machine's own spread: a fixed, CPU-only task as long as `median_ms`, timed `n` times.

    It touches no disk, no database and no Qt, so its p99/median ratio is what
    the scheduler and the hypervisor add to any interval of that length here.
    Printed beside a p99 target, it says how much of a miss is the machine.
    """

    def spin(rounds: int) -> int:
        acc = 0
        for i in range(rounds):
            acc += i * i
        return acc

    def best_of_three(rounds: int) -> float:
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            spin(rounds)
            best = min(best, time.perf_counter() - start)
        return best

    rounds, took = 1000, 0.0
    while took < 0.005:  # calibrate on at least 5 ms, on the machine's good moments
        rounds *= 2
        took = best_of_three(rounds)
    rounds = max(1, int(rounds * median_ms / 1000 / took))
    times = []
    for _ in range(n):
        start = time.perf_counter()
        spin(rounds)
        times.append((time.perf_counter() - start) * 1000)
    return summarize(times)


def disk_jitter(folder: Path, n: int) -> Summary:
    """The disk's own spread: append 8 KiB to a file and `fdatasync` it, `n` times.

    One such flush is what every committed intake waits for (synchronous=FULL);
    a p99 far above its median here is the disk's, not the program's.
    """
    path = folder / "disk-jitter.tmp"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    times = []
    try:
        block = b"\0" * 8192
        for _ in range(n):
            os.write(fd, block)
            start = time.perf_counter()
            os.fdatasync(fd) if hasattr(os, "fdatasync") else os.fsync(fd)
            times.append((time.perf_counter() - start) * 1000)
    finally:
        os.close(fd)
        path.unlink(missing_ok=True)
    return summarize(times)


@contextlib.contextmanager
def stopwatch(label: str) -> Iterator[None]:
    """Print how long a build step took (to stderr, so figures stay easy to grep)."""
    start = time.perf_counter()
    print(f"  {label} …", file=sys.stderr, flush=True)
    yield
    print(f"  {label}: {time.perf_counter() - start:.1f} s", file=sys.stderr, flush=True)


@contextlib.contextmanager
def pg_server() -> Iterator[object]:
    """A throwaway PostgreSQL server (the test suite's, but with fsync and synchronous
    commit on, as a depot runs it), stopped and removed after."""
    from tests.support.pgserver import start_server

    server = start_server(durable=True)
    try:
        yield server
    finally:
        server.cleanup()
