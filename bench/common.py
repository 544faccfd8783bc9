"""Helpers the benches share: where their files go, percentiles, a throwaway PostgreSQL.

Benches print figures instead of asserting on them: timings depend on the
machine, and a test that fails on a busy CI runner teaches people to ignore
red. The figures go into the issue notes, with the command that made them.
"""

from __future__ import annotations

import contextlib
import os
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
