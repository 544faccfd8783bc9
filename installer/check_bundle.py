"""Prove a built bundle works: `python -m installer.check_bundle [dist/depot]`.

Run by `make bundle-selftest` (CI on Linux) and by the Windows workflow, on
the folder `pyinstaller depot.spec` produced. Checks, in order:

1. the files a shippable bundle must carry are there (our resources, the
   zh_CN catalogue, Qt's own zh_CN strings) and what we exclude is not (Qt
   catalogues of other languages, QML/Quick/WebEngine/… libraries);
2. `depot --version` prints the version in pyproject.toml;
3. `depot --self-test` passes, in English and with `--lang zh_CN` (which
   fails unless the first section reads 收货), and the run wrote its
   rotating log into the platform's log folder;
4. the bundle's size, against the 150 MB target (a failure only when a
   budget is given with --max-mb).

Exit status 0 when everything holds; every failure is printed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from installer import recipe

#: heavy Qt libraries that must not be in the bundle unless our code imports
#: their module (we use Widgets, not QML; nothing that needs a browser engine)
FORBIDDEN_QT = ("Qt6Qml", "Qt6Quick", "Qt6Pdf", "Qt6WebEngine", "Qt63D", "Qt6Multimedia",
                "Qt6VirtualKeyboard", "Qt6Wayland", "Qt6Svg", "Qt6Network", "Qt6OpenGL")
TARGET_MB = 150  # issue 7: the Linux bundle at most 150 MB
SELFTEST_TIMEOUT = 300  # a hung self-test (an error dialog on Windows) must not hang CI


def bundle_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def executable(folder: Path) -> Path:
    name = recipe.PROGRAM + (".exe" if os.name == "nt" else "")
    return folder / name


def content_problems(folder: Path) -> list[str]:
    internal = folder / "_internal"
    problems = []
    for name in recipe.REQUIRED_RESOURCES:
        if not (internal / "resources" / name).is_file():
            problems.append(f"missing resources/{name}")
    files = [p for p in internal.rglob("*") if p.is_file()]
    qt_catalogues = [p for p in files if p.parent.name == "translations" and p.suffix == ".qm"
                     and "PySide6" in p.parts]
    if not any(p.name == "qtbase_zh_CN.qm" for p in qt_catalogues):
        problems.append("Qt's own Chinese catalogue (qtbase_zh_CN.qm) is missing")
    foreign = sorted(p.name for p in qt_catalogues
                     if not recipe.keep_qt_file(str(p), "translations"))
    if foreign:
        problems.append(f"Qt catalogues for languages we do not ship: {', '.join(foreign[:5])}…")
    used = recipe.qt_modules_used()
    unwanted = [lib for lib in FORBIDDEN_QT if f"Qt{lib[3:]}" not in used]
    forbidden = sorted({p.name for p in files for lib in unwanted if lib in p.name})
    if forbidden:
        problems.append(f"excluded Qt libraries were bundled: {', '.join(forbidden)}")
    return problems


@contextmanager
def isolated_home() -> Iterator[dict[str, str]]:
    """An environment whose per-user folders are fresh (Linux/macOS; Windows uses its own)."""
    with tempfile.TemporaryDirectory(prefix="depot-bundle-check-") as tmp:
        env = dict(os.environ)
        for var in ("DEPOT_DATA_DIR", "DEPOT_DB"):
            env.pop(var, None)
        env["QT_QPA_PLATFORM"] = "offscreen"
        if os.name != "nt":
            for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
                env[var] = str(Path(tmp) / var.lower())
            env["HOME"] = tmp
        yield env


def expected_log(env: dict[str, str]) -> Path:
    """Where the program's rotating log lands under `env` (same code, depot.config)."""
    saved = dict(os.environ)
    try:
        os.environ.clear()
        os.environ.update(env)
        from depot import config

        return config.log_dir() / "depot.log"
    finally:
        os.environ.clear()
        os.environ.update(saved)


def run(exe: Path, args: list[str], env: dict[str, str]) -> tuple[int, str, float]:
    started = time.monotonic()
    try:
        proc = subprocess.run([str(exe), *args], env=env, capture_output=True,
                              timeout=SELFTEST_TIMEOUT, encoding="utf-8", errors="replace")
    except subprocess.TimeoutExpired:
        return -1, f"timed out after {SELFTEST_TIMEOUT} s", time.monotonic() - started
    return proc.returncode, (proc.stdout + proc.stderr).strip(), time.monotonic() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=recipe.ROOT / "dist" / "depot")
    parser.add_argument("--max-mb", type=float, default=None,
                        help=f"fail above this size; without it the size is reported "
                             f"against the {TARGET_MB:g} MB target")
    args = parser.parse_args(argv)
    folder: Path = args.folder
    exe = executable(folder)
    if not exe.is_file():
        print(f"FAIL no program at {exe}: build it with pyinstaller --noconfirm depot.spec")
        return 1
    failures: list[str] = []

    def report(ok: bool, what: str, detail: str = "") -> None:
        print(f"[{'PASS' if ok else 'FAIL'}] {what}{': ' + detail if detail else ''}")
        if not ok:
            failures.append(what)

    problems = content_problems(folder)
    report(not problems, "bundle contents", "; ".join(problems))

    with isolated_home() as env:
        version = recipe.project_version()
        code, out, _ = run(exe, ["--version"], env)
        report(code == 0 and out == f"Depot {version}", "version", f"{out!r}, expected {version}")

        log = expected_log(env)
        before = log.stat().st_mtime if log.exists() else None
        for lang in (None, "zh_CN"):
            extra = ["--lang", lang] if lang else []
            code, out, seconds = run(exe, ["--self-test", *extra], env)
            print(out)
            report(code == 0, f"self-test{' --lang ' + lang if lang else ''}",
                   f"exit {code} in {seconds:.1f} s")
        written = log.exists() and (before is None or log.stat().st_mtime >= before)
        report(written, "rotating log in the platform log folder", str(log))

    size = bundle_size(folder)
    size_mb = size / 1e6
    shown = f"{size_mb:.1f} MB = {size / 2**20:.1f} MiB"
    if args.max_mb is not None:
        report(size_mb <= args.max_mb, "bundle size", f"{shown} (budget {args.max_mb:g} MB)")
    else:
        verdict = "within" if size_mb <= TARGET_MB else "OVER"
        print(f"[INFO] bundle size: {shown}, {verdict} the {TARGET_MB:g} MB target "
              "(python -m bench.bench_bundle lists what takes the space)")
    if failures:
        print(f"bundle check FAILED: {', '.join(failures)}")
        return 1
    print("bundle check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
