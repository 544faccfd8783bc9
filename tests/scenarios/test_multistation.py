"""Two stations on one PostgreSQL server: a scan at one shows at the other within 1 s.

Station A is this test process; station B is a second application process
(offscreen Qt event loop, AppContext, live link) that prints when an RMA
appears in its open list. The latency measured is from A's acknowledgement
(the commit returned) to B having read the new row.
"""

from __future__ import annotations

import os
import queue
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

from rma import intake
from tests.support.stations import register_units, seed_depot

ROOT = Path(__file__).resolve().parents[2]
SCANS = 10


def _lines(stream, out: queue.Queue) -> None:
    for line in stream:
        out.put(line.split())
    out.put(None)


def _wait(lines: queue.Queue, kind: str, timeout: float) -> list[str]:
    deadline = time.monotonic() + timeout
    while True:
        line = lines.get(timeout=max(0.01, deadline - time.monotonic()))
        assert line is not None, "station B exited"
        if line[0] == kind:
            return line


def test_scan_appears_on_the_other_station_within_a_second(pg_db):
    depot = seed_depot()
    serials = register_units(depot, "MULTI", SCANS)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with subprocess.Popen(
        [sys.executable, "-m", "tests.support.stations", "station", pg_db.url, "bench-2"],
        cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1,
    ) as station_b:
        lines: queue.Queue = queue.Queue()
        reader = threading.Thread(target=_lines, args=(station_b.stdout, lines), daemon=True)
        reader.start()
        try:
            _wait(lines, "ready", 30)
            latencies = []
            for s in serials:
                rma = intake.receive(depot.clerk, serial=s, fault="Paper jam")
                acknowledged = time.time()
                seen = _wait(lines, "seen", 5)
                assert seen[1] == rma.number and seen[3] == "test-station"
                latencies.append(float(seen[2]) - acknowledged)
                time.sleep(0.05)
        finally:
            station_b.stdin.close()
            station_b.wait(10)
            reader.join(5)
    ms = sorted(x * 1000 for x in latencies)
    print(f"\nmulti-station: {SCANS} scans at A seen at B after "
          f"min {ms[0]:.1f} / median {statistics.median(ms):.1f} / max {ms[-1]:.1f} ms")
    assert max(latencies) < 1.0
