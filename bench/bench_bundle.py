"""The frozen bundle: its size, what takes the space, and start-up frozen vs source.

    .venv/bin/python -m bench.bench_bundle            # uses dist/depot, builds it if missing
    .venv/bin/python -m bench.bench_bundle --build    # time a clean build first
    .venv/bin/python -m bench.bench_bundle --runs 9

Start-up is the wall time of `depot --self-test` (offscreen: open and migrate
a database, the domain steps, build the main window), median of N runs after
one warm-up each, the frozen program against `python -m depot` from this
checkout; CPU time (user + system) alongside, the steadier figure when the
machine is shared. `--version` shows the bare interpreter start on both sides.
Targets (issue 7): bundle at most 150 MB on Linux; frozen start at most
1.2 × source. Figures only, never an assertion: the gate is
`make bundle-selftest`.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from installer import recipe
from installer.check_bundle import bundle_size, executable, isolated_home

ROOT = recipe.ROOT
TARGET_MB = 150
TARGET_RATIO = 1.2


def build() -> float:
    started = time.monotonic()
    subprocess.run([str(Path(sys.executable).parent / "pyinstaller"), "--noconfirm", "--clean",
                    "--log-level", "WARN", "depot.spec"], cwd=ROOT, check=True)
    return time.monotonic() - started


def largest_parts(folder: Path, count: int) -> list[tuple[int, str]]:
    """Sizes by top-level entry of _internal, with PySide6 split one level further."""
    internal = folder / "_internal"
    parts: dict[str, int] = {}
    for path in internal.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        rel = path.relative_to(internal).parts
        key = "/".join(rel[:3]) if rel[0] == "PySide6" and len(rel) > 3 else rel[0]
        parts[key] = parts.get(key, 0) + path.stat().st_size
    exe = executable(folder)
    parts[f"{exe.name} (bootloader + Python modules)"] = exe.stat().st_size
    return sorted(((size, name) for name, size in parts.items()), reverse=True)[:count]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: list[str], env: dict[str, str], runs: int) -> tuple[float, float]:
    """Median wall and CPU (user + system) seconds of `runs` runs, after a warm-up.

    CPU time is the steadier figure on a shared machine: other load stretches
    the wall clock, not the work the program does.
    """
    subprocess.run(command, env=env, cwd=ROOT, capture_output=True, check=False)  # warm-up
    walls, cpus = [], []
    for _ in range(runs):
        cpu, started = _children_cpu(), time.monotonic()
        proc = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, check=False)
        walls.append(time.monotonic() - started)
        cpus.append(_children_cpu() - cpu)
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(command)} failed:\n{proc.stdout.decode()}"
                             f"{proc.stderr.decode()}")
    return statistics.median(walls), statistics.median(cpus)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", action="store_true", help="time a clean build first")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--parts", type=int, default=12, help="largest parts to list")
    args = parser.parse_args()

    folder = ROOT / "dist" / recipe.PROGRAM
    exe = executable(folder)
    if args.build or not exe.is_file():
        seconds = build()
        print(f"build (pyinstaller --clean depot.spec): {seconds:.0f} s")

    size = bundle_size(folder)
    verdict = "within" if size / 1e6 <= TARGET_MB else "OVER"
    print(f"bundle {folder.relative_to(ROOT)}: {size / 1e6:.1f} MB ({size / 2**20:.1f} MiB), "
          f"{verdict} the {TARGET_MB} MB target")
    for part_size, name in largest_parts(folder, args.parts):
        print(f"  {part_size / 1e6:7.1f} MB  {name}")

    source = [sys.executable, "-m", "depot"]
    frozen = [str(exe)]
    with isolated_home() as env:
        for label, extra in (("--version", ["--version"]), ("--self-test", ["--self-test"])):
            src_wall, src_cpu = timed(source + extra, env, args.runs)
            frz_wall, frz_cpu = timed(frozen + extra, env, args.runs)
            ratio = frz_wall / src_wall
            line = (f"start-up {label:<12} median of {args.runs}: "
                    f"wall source {src_wall:.2f} s, frozen {frz_wall:.2f} s ({ratio:.2f}x); "
                    f"cpu source {src_cpu:.2f} s, frozen {frz_cpu:.2f} s "
                    f"({frz_cpu / src_cpu:.2f}x)")
            if label == "--self-test":
                ok = "within" if ratio <= TARGET_RATIO else "OVER"
                line += f"; wall {ok} the {TARGET_RATIO}x target"
            print(line)
        print(f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)")


if __name__ == "__main__":
    main()
