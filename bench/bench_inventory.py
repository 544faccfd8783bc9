"""Warehouse bench: valuation and part search over 50,000 parts and 2,000,000 moves.

    .venv/bin/python -m bench.bench_inventory [--backend sqlite|pg|both] [--n 1000]
                                              [--parts 50000] [--moves 2000000] [--rebuild]

Builds a warehouse of 50,000 parts (Chinese + English names, 1–3 compatible
models each, a supplier barcode on every third part, 500 bins) and a ledger of
2,000,000 moves (receipts, issues, returns, advance exchanges, counts, in
24 months) whose values follow the costing rule exactly, with the cached
levels to match; `verify_levels()` proves the build before anything is timed.
Then it prints, per backend:

* valuation at cost (per bin and total: one aggregate over the cached levels),
  and the per-part list of all parts in stock;
* the same totals from the ledger itself (one pass over 2,000,000 moves): the
  reason the levels are cached;
* part search (`search_parts`) over a mix of what people type — number
  prefixes, exact numbers, barcodes, English and Chinese name fragments, model
  codes, and misses (which a LIKE '%…%' search would pay for with a scan of
  every part) — median and p99, this process's CPU time, and per kind;
* the scan path (`find_part`), one page of a part's history, and issuing one
  piece (the write path with its conditional UPDATE).

Targets (issue 4): valuation ≤ 200 ms, search ≤ 30 ms. Figures only, never
an assertion. Data goes in with bulk inserts (executemany in one transaction
on SQLite, COPY on PostgreSQL); the SQLite file is cached in bench/out/ and
each run works on a copy. PostgreSQL runs on a throwaway server.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from bench.common import (
    fresh_run_copy,
    isolate_data_dir,
    out_dir,
    pg_server,
    stopwatch,
    summarize,
)

#: bump when the generated data changes, so a stale cached file is not reused
BUILD_VERSION = 2
SEED = 20260105
START = datetime(2024, 1, 1, 1, 0)
SPAN = timedelta(days=730)

FAMILIES = (
    ("PH", "针式打印头", "Print head 24-pin"), ("TPH", "热敏打印头", "Thermal print head"),
    ("PLT", "打印胶辊", "Platen roller"), ("FUS", "定影组件", "Fuser assembly"),
    ("ENG", "扫描引擎", "Scan engine"), ("CBL", "数据线", "Interface cable"),
    ("CUT", "切刀组件", "Auto-cutter"), ("MB", "主板", "Mainboard"),
    ("TS", "触摸屏", "Touch screen"), ("VFD", "客显", "Customer display"),
    ("PSU", "电源", "Power supply"), ("FAN", "系统风扇", "System fan"),
    ("SSD", "固态硬盘", "Industrial SSD"), ("RAM", "内存条", "Memory module"),
    ("BAT", "电池", "Battery"), ("LCD", "液晶屏", "LCD panel"),
    ("KB", "键盘", "Keyboard"), ("SNS", "传感器", "Paper sensor"),
    ("GEAR", "齿轮", "Drive gear"), ("BRD", "接口板", "Interface board"),
)
MODEL_STEMS = ("LQ", "ZT", "TM-T", "M", "POS-", "IPC-", "UNO-", "DS", "XEN-", "GK")


@dataclass(frozen=True)
class Sizes:
    parts: int
    moves: int
    bins: int = 500


@dataclass
class Dataset:
    sizes: Sizes
    models: list[str] = field(default_factory=list)
    #: what the search mix types, by kind
    queries: dict[str, list[str]] = field(default_factory=dict)
    numbers: list[str] = field(default_factory=list)
    barcodes: list[str] = field(default_factory=list)


def ean13(first12: str) -> str:
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return first12 + str((10 - total % 10) % 10)


def _columns(model: type) -> list[str]:
    return [f.column_name for f in model._meta.sorted_fields]


def _ts(value: datetime, postgres: bool) -> object:
    return value if postgres else value.strftime("%Y-%m-%d %H:%M:%S")


def plan(sizes: Sizes) -> Dataset:
    rng = random.Random(SEED)
    ds = Dataset(sizes)
    ds.models = sorted({f"{rng.choice(MODEL_STEMS)}{rng.randrange(100, 9999)}"
                        for _ in range(400)})
    return ds


def part_rows(
    ds: Dataset, postgres: bool
) -> tuple[list[tuple], list[tuple], list[tuple], list[tuple]]:
    """(parts, compatible models, barcodes, search words) as column-ordered tuples."""
    from inventory.catalogue import search_key, search_words
    from inventory.models import CompatibleModel, Part, SupplierBarcode

    rng = random.Random(SEED + 1)
    pcols, mcols, bcols = _columns(Part), _columns(CompatibleModel), _columns(SupplierBarcode)
    parts: list[tuple] = []
    fits: list[tuple] = []
    codes: list[tuple] = []
    words: list[tuple] = []
    created = _ts(START, postgres)
    for pid in range(1, ds.sizes.parts + 1):
        fam, zh, en = FAMILIES[pid % len(FAMILIES)]
        models = rng.sample(ds.models, rng.randrange(1, 4))
        number = f"P-{fam}-{pid:06d}"
        name = f"{zh} {en} {rng.choice(('A', 'B', 'C', 'Pro', 'Lite'))}{pid % 97} ({models[0]})"
        barcode = ean13(f"69{pid:010d}") if pid % 3 == 0 else None
        search_text = search_key(" ".join([number, name, *models, *([barcode] if barcode else [])]))
        row = {
            "id": pid, "version": 1, "updated_at": None, "updated_by": "bench",
            "part_number": number, "name": name, "unit": "pc",
            "bin_id": 1 + pid % ds.sizes.bins, "reorder_point": rng.choice((None, 1, 2, 5)),
            "initial_price": None, "requires_documents": pid % 7 != 0, "is_active": True,
            "notes": "", "name_key": search_key(name), "search_text": search_text,
            "created_at": created,
        }
        parts.append(tuple(row[c] for c in pcols))
        for model in models:
            fits.append(tuple({"id": len(fits) + 1, "part_id": pid, "model": model}[c]
                              for c in mcols))
        if barcode:
            codes.append(tuple({"id": len(codes) + 1, "barcode": "0" + barcode,
                                "printed": barcode, "part_id": pid, "supplier_id": None,
                                "created_at": created}[c] for c in bcols))
            ds.barcodes.append(barcode)
        words.extend((w, pid) for w in search_words(number, name, models,
                                                   [barcode] if barcode else []))
        ds.numbers.append(number)
    return parts, fits, codes, words


@dataclass
class _Stock:
    on_hand: int = 0
    value: int = 0
    first_cost: int | None = None


def move_rows(ds: Dataset, postgres: bool, levels: dict[int, _Stock]) -> Iterator[tuple]:
    """The ledger, part by part, following the costing rule exactly; fills `levels`."""
    from inventory.models import StockMove
    from inventory.rules import take_value

    rng = random.Random(SEED + 2)
    cols = _columns(StockMove)
    n_parts, total = ds.sizes.parts, ds.sizes.moves
    counts = [max(2, 40 + ((pid * 37) % 61) - 30) for pid in range(1, n_parts + 1)]
    counts[-1] += total - sum(counts)  # exactly `total` moves
    mid = 0
    for pid in range(1, n_parts + 1):
        st = _Stock()
        levels[pid] = st
        base_cost = rng.randrange(50, 200_000)
        count = counts[pid - 1]
        step = SPAN / count
        offset = timedelta(minutes=rng.randrange(0, 600))
        issued: list[tuple[str, int, int]] = []  # (reference, qty, value) open issues
        for j in range(count):
            mid += 1
            at = START + step * j + offset
            roll = rng.random()
            ref, note = "", ""
            if st.on_hand == 0 or roll < 0.2:
                kind, qty = "receipt", rng.randrange(2, 30)
                cost = max(1, base_cost + rng.randrange(-base_cost // 10, base_cost // 10 + 1))
                value = qty * cost
                ref = f"SD-{at:%y%m}-{rng.randrange(1, 9999):04d}"
                if st.first_cost is None:
                    st.first_cost = cost
            elif roll < 0.3 and issued:
                ref, out_qty, out_value = issued.pop()
                kind, qty, value = "return", 1, out_value // out_qty
            elif roll < 0.35:
                kind, qty = "count", rng.choice((-1, 1))  # a piece lost or found
                value = -take_value(st.value, st.on_hand, 1) if qty < 0 else st.value // st.on_hand
                ref = f"CNT-{mid}"
            else:
                kind = "advance_exchange_out" if roll > 0.95 else "issue"
                qty = -min(st.on_hand, rng.randrange(1, 4))
                value = -take_value(st.value, st.on_hand, -qty)
                ref = f"RMA-{at:%y%m}-{rng.randrange(1, 99999):05d}"
                if kind == "issue":
                    issued.append((ref, -qty, -value))
            st.on_hand += qty
            st.value += value
            row = {
                "id": mid, "part_id": pid, "kind": kind, "qty": qty,
                "unit_cost": abs(value) // abs(qty), "value": value, "actor_id": 2,
                "station": "bench", "at": _ts(at, postgres), "reference": ref, "note": note,
            }
            yield tuple(row[c] for c in cols)


def _load(table: str, columns: Sequence[str], rows: Iterable[Sequence[object]], *,
          postgres: bool) -> None:
    from depot.db import database

    conn = database.connection()
    cols = ", ".join(f'"{c}"' for c in columns)
    if postgres:
        with conn.cursor() as cur, cur.copy(f'COPY "{table}" ({cols}) FROM STDIN') as copy:
            for row in rows:
                copy.write_row(row)
        if "id" in columns:
            with conn.cursor() as cur:
                cur.execute(f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'),"
                            f" (SELECT max(id) FROM \"{table}\"))")
    else:
        marks = ", ".join("?" for _ in columns)
        conn.executemany(f'INSERT INTO "{table}" ({cols}) VALUES ({marks})', rows)


def build(ds: Dataset, *, postgres: bool) -> None:
    """Fill a freshly migrated, empty Depot database with the dataset."""
    from depot.db import database
    from depot.models import Role, User
    from inventory.models import (
        Bin,
        CompatibleModel,
        Part,
        StockLevel,
        StockMove,
        Supplier,
        SupplierBarcode,
    )

    with database.atomic():
        User.create(name="Bench Manager", badge="BDG-M001", role=Role.MANAGER.value)
        User.create(name="Bench Tech", badge="BDG-T001", role=Role.TECHNICIAN.value)
        Supplier.create(name="Bench Supplier")
        with stopwatch(f"{ds.sizes.bins} bins, {ds.sizes.parts:,} parts, models, barcodes"):
            _load("bin", _columns(Bin), (
                tuple({"id": b, "version": 1, "updated_at": None, "updated_by": "bench",
                       "code": f"{chr(65 + b % 26)}-{b:03d}", "description": "",
                       "is_active": True, "created_at": _ts(START, postgres)}[c]
                      for c in _columns(Bin))
                for b in range(1, ds.sizes.bins + 1)), postgres=postgres)
            parts, fits, codes, words = part_rows(ds, postgres)
            _load("part", _columns(Part), parts, postgres=postgres)
            _load("compatible_model", _columns(CompatibleModel), fits, postgres=postgres)
            _load("supplier_barcode", _columns(SupplierBarcode), codes, postgres=postgres)
        with stopwatch(f"{len(words):,} search words"):
            _load("part_search_word", ("word", "part_id"), words, postgres=postgres)
        levels: dict[int, _Stock] = {}
        with stopwatch(f"{ds.sizes.moves:,} stock moves"):
            _load("stock_move", _columns(StockMove), move_rows(ds, postgres, levels),
                  postgres=postgres)
        with stopwatch("stock levels and initial prices"):
            _load("stock_level", _columns(StockLevel), (
                tuple({"part_id": pid, "bin_id": 1 + pid % ds.sizes.bins,
                       "on_hand": st.on_hand, "reserved": 0,
                       "value": st.value, "last_move_value": 0}[c]
                      for c in _columns(StockLevel))
                for pid, st in levels.items()), postgres=postgres)
            # the first receipt's cost is the cap: set it from the ledger, as receiving does
            database.execute_sql(
                "UPDATE part SET initial_price = (SELECT m.unit_cost FROM stock_move m"
                " WHERE m.part_id = part.id AND m.kind = 'receipt' ORDER BY m.id LIMIT 1)")
    with stopwatch("ANALYZE"):
        database.execute_sql("ANALYZE")


# --------------------------------------------------------------------------- timing


def search_mix(ds: Dataset, n: int) -> list[tuple[str, str]]:
    """(kind, text) pairs: what people type into the part search, in rough proportion."""
    rng = random.Random(SEED + 3)
    words_en = [en.split()[0].lower() for _, _, en in FAMILIES]
    words_zh = [zh for _, zh, _ in FAMILIES]
    kinds: list[tuple[str, Callable[[], str]]] = [
        ("number prefix", lambda: rng.choice(ds.numbers)[: rng.randrange(5, 10)]),
        ("exact number", lambda: rng.choice(ds.numbers)),
        ("number, no P-", lambda: rng.choice(ds.numbers)[2:9].lower()),
        ("barcode", lambda: rng.choice(ds.barcodes)),
        ("English word", lambda: rng.choice(words_en)),
        ("Chinese fragment", lambda: rng.choice(words_zh)[-2:]),
        ("model code", lambda: rng.choice(ds.models).lower()),
        ("miss (no such part)", lambda: rng.choice(("zzqx", "不存在的零件", "qq-404", "xyzzy"))),
    ]
    return [(kind, make()) for kind, make in (kinds[i % len(kinds)] for i in range(n))]


@dataclass
class Figures:
    backend: str
    valuation: list[float]
    by_part_ms: float
    by_part_rows: int
    ledger_ms: float
    verify_ms: float
    search: list[float]
    search_cpu: list[float]  # this process's CPU per search (excludes waiting for the server)
    search_by_kind: dict[str, list[float]]
    find: list[float]
    history: list[float]
    issue: list[float]


def _ms(fn: Callable[[], object]) -> tuple[float, object]:
    t0 = time.perf_counter()
    result = fn()
    return (time.perf_counter() - t0) * 1000, result


def measure(ds: Dataset, n: int, backend: str) -> Figures:
    from depot.models import User
    from inventory import catalogue, reports, stock

    figures = Figures(backend, [], 0.0, 0, 0.0, 0.0, [], [], {}, [], [], [])
    with stopwatch("verify_levels over the whole ledger"):
        figures.verify_ms, bad = _ms(stock.verify_levels)
    if bad:
        raise SystemExit(f"bench_inventory: the built levels disagree with the ledger: {bad[:3]}")
    for k in range(33):
        ms, val = _ms(reports.valuation)
        if k >= 3:
            figures.valuation.append(ms)
    figures.ledger_ms, ledger = _ms(reports.ledger_valuation)
    if sum(v for _, v in ledger.values()) != val.total_value:
        raise SystemExit("bench_inventory: valuation differs from the ledger")
    figures.by_part_ms, rows = _ms(reports.valuation_by_part)
    figures.by_part_rows = len(rows)

    mix = search_mix(ds, n + 80)
    for k, (kind, text) in enumerate(mix):
        c0 = time.process_time()
        ms, hits = _ms(lambda text=text: catalogue.search_parts(text, limit=50))
        cpu = (time.process_time() - c0) * 1000
        if not kind.startswith("miss") and not hits:
            raise SystemExit(f"bench_inventory: search {text!r} ({kind}) found nothing")
        if k >= 80:
            figures.search.append(ms)
            figures.search_cpu.append(cpu)
            figures.search_by_kind.setdefault(kind, []).append(ms)
    rng = random.Random(SEED + 4)
    for k in range(n + 50):
        code = rng.choice(ds.barcodes) if k % 2 else rng.choice(ds.numbers)
        ms, _ = _ms(lambda code=code: catalogue.find_part(code))
        if k >= 50:
            figures.find.append(ms)
    for k in range(min(n, 300) + 20):
        number = rng.choice(ds.numbers)
        ms, _ = _ms(lambda number=number: reports.movement_history(number, limit=50))
        if k >= 20:
            figures.history.append(ms)
    actor = User.get(User.badge == "BDG-T001")
    issued = 0
    for k in range(min(n, 300) + 20):
        number = rng.choice(ds.numbers)
        try:
            ms, _ = _ms(lambda number=number, k=k: stock.issue(
                actor, number, 1, f"RMA-2601-{k:05d}"))
        except Exception:  # an empty shelf: pick another part
            continue
        issued += 1
        if issued > 20:
            figures.issue.append(ms)
    return figures


def report(f: Figures, sizes: Sizes) -> None:
    v = summarize(f.valuation)
    print(f"\n{f.backend}: {sizes.parts:,} parts, {sizes.moves:,} moves")
    print(f"  valuation (per bin + total, 1 query)  {v}   (target ≤ 200 ms)")
    print(f"  valuation per part, all {f.by_part_rows:,} rows  {f.by_part_ms:9.1f} ms")
    print(f"  same totals from the ledger (2M rows)   {f.ledger_ms:9.1f} ms   "
          f"verify_levels {f.verify_ms:.0f} ms")
    print(f"  part search, {len(f.search)} queries        {summarize(f.search)}   "
          f"(target ≤ 30 ms)")
    print(f"    CPU time of this process per search   {summarize(f.search_cpu)}")
    for kind, values in f.search_by_kind.items():
        print(f"      {kind:<20} median {statistics.median(values):6.2f} ms   "
              f"max {max(values):6.2f} ms")
    print(f"  find_part (scan: number or barcode)     {summarize(f.find)}")
    print(f"  movement history, one page of 50        {summarize(f.history)}")
    if f.issue:
        print(f"  issue one piece (write + commit)        {summarize(f.issue)}")


def _open(url: str) -> None:
    from rma.schema import open_depot

    open_depot(url, backup_dir=None)


def run_sqlite(ds: Dataset, n: int, rebuild: bool) -> Figures:
    from depot import db as dbmod
    from rma.schema import SCHEMA_VERSION

    out = out_dir()
    s = ds.sizes
    cached = out / f"inventory-s{SCHEMA_VERSION}-b{BUILD_VERSION}-{s.parts}p-{s.moves}m.db"
    if rebuild or not cached.exists():
        print(f"building {cached.name} (cached for later runs)", file=sys.stderr)
        partial = cached.with_suffix(".building")
        for stale in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            stale.unlink(missing_ok=True)
        _open(f"sqlite:///{partial.as_posix()}")
        dbmod.database.execute_sql("PRAGMA synchronous = OFF")
        dbmod.database.execute_sql("PRAGMA cache_size = -262144")
        build(ds, postgres=False)
        dbmod.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        dbmod.close()
        partial.replace(cached)
    else:
        part_rows(ds, postgres=False)  # the numbers and barcodes the queries use
    run_file = out / "inventory-run.db"
    fresh_run_copy(cached, run_file)
    _open(f"sqlite:///{run_file.as_posix()}")
    try:
        return measure(ds, n, "SQLite")
    finally:
        dbmod.close()


def run_postgres(ds: Dataset, n: int) -> Figures:
    from depot import db as dbmod

    with pg_server() as server:
        server.psql("CREATE DATABASE bench")
        _open(server.url("bench"))
        try:
            build(ds, postgres=True)
            return measure(ds, n, "PostgreSQL")
        finally:
            dbmod.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--backend", choices=("sqlite", "pg", "both"), default="both")
    parser.add_argument("--n", type=int, default=1000, help="timed searches and lookups")
    parser.add_argument("--parts", type=int, default=50_000)
    parser.add_argument("--moves", type=int, default=2_000_000)
    parser.add_argument("--rebuild", action="store_true", help="ignore the cached SQLite file")
    args = parser.parse_args(argv)
    isolate_data_dir()
    sizes = Sizes(args.parts, args.moves)
    results = []
    if args.backend in ("sqlite", "both"):
        results.append(run_sqlite(plan(sizes), args.n, args.rebuild))
    if args.backend in ("pg", "both"):
        results.append(run_postgres(plan(sizes), args.n))
    for figures in results:
        report(figures, sizes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
