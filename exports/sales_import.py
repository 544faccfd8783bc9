"""Import the sales register (.xlsx) so a unit's first scan already knows its warranty.

Units sold but never seen by the depot arrive through this import (DOMAIN.md
§1). Registers come from ERPs and from hand-kept sheets, in English or
Chinese, with dates as real Excel dates or as text; so the import goes in
three steps the UI shows one after the other:

1. `read_headers(path)` reads the header row and a few sample rows and
   `guess_mapping` proposes which column holds which field (出厂编号 →
   serial, 型号 → model, …). The person confirms or corrects it.
2. `dry_run(path, mapping)` checks every row and lists each one it would
   reject, with its Excel row number and why, so the sheet can be fixed in
   Excel and re-run.
3. `run_import(actor, path, mapping, ...)` imports all or nothing: it refuses
   while any row is rejected, and writes everything in one transaction with
   batched inserts. It reports progress and can be cancelled (rolls back), so
   the UI runs it on a worker thread.

Rules per row: the serial is checked exactly as a scan would be (an all-digit
EAN-like serial would be read as a product code by the scanner, so it cannot
be imported either); the model must exist (by code, ignoring case); the
customer is matched by exact name or created; a serial repeated in the file
or already registered is skipped when the data is the same and rejected when
it differs — an import never silently overwrites a unit.

Speed: 100,000 rows take seconds. The sheet is streamed by
`exports.xlsx_read` (openpyxl's cell objects cost 5–10 s per 100,000 rows);
models are preloaded once, customers and existing units are loaded with one
`IN` query per chunk of the file, and units are written with executemany in
chunks.
"""

from __future__ import annotations

import itertools
import re
import threading
import unicodedata
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import peewee as pw

from depot import audit, clock
from depot.db import database
from depot.errors import DomainError, ValidationError
from depot.events import ALL
from depot.i18n import QT_TRANSLATE_NOOP, translate
from depot.models import Role, User
from depot.service import unit_of_work
from depot.users import require_role
from exports.xlsx_read import XlsxError, XlsxReader
from rma.models import Customer, ProductModel, Unit
from rma.units import normalise_serial
from rma.warranty import MAX_MONTHS

__all__ = [
    "FIELDS",
    "FIELD_LABELS",
    "REQUIRED_FIELDS",
    "ImportCancelled",
    "ImportRefused",
    "ImportReport",
    "RowRejection",
    "SheetPreview",
    "check_mapping",
    "dry_run",
    "field_label",
    "guess_mapping",
    "parse_date",
    "parse_months",
    "read_headers",
    "run_import",
]

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

FIELDS: tuple[str, ...] = (
    "serial",
    "model",
    "customer",
    "sale_date",
    "acceptance_date",
    "warranty_months",
)
REQUIRED_FIELDS: tuple[str, ...] = ("serial", "model")
#: English field names; shown through `translate("Import", …)` (see `field_label`)
FIELD_LABELS: Mapping[str, str] = {
    "serial": QT_TRANSLATE_NOOP("Import", "Serial number"),
    "model": QT_TRANSLATE_NOOP("Import", "Model"),
    "customer": QT_TRANSLATE_NOOP("Import", "Customer"),
    "sale_date": QT_TRANSLATE_NOOP("Import", "Sale date"),
    "acceptance_date": QT_TRANSLATE_NOOP("Import", "Acceptance date"),
    "warranty_months": QT_TRANSLATE_NOOP("Import", "Warranty (months)"),
}


def field_label(fname: str) -> str:
    """The name of an import field in the operator's language."""
    return translate("Import", FIELD_LABELS[fname])

#: header names recognised per field (compared after `_norm_header`)
HEADER_ALIASES: Mapping[str, tuple[str, ...]] = {
    "serial": (
        "serial", "serial number", "serial no", "serial no.", "serial #", "s/n", "sn",
        "出厂编号", "序列号", "机身号", "机身编号", "设备序列号", "产品序列号", "sn码", "编号",
    ),
    "model": (
        "model", "model code", "model no", "model number", "product model", "product",
        "型号", "产品型号", "规格型号", "设备型号", "机型",
    ),
    "customer": (
        "customer", "customer name", "client", "buyer", "end user",
        "客户", "客户名称", "用户", "用户名称", "用户单位", "购买单位", "单位名称",
    ),
    "sale_date": (
        "sale date", "sales date", "date of sale", "sold", "sold on", "invoice date",
        "delivery date", "ship date", "销售日期", "售出日期", "出库日期", "发货日期", "开票日期",
    ),
    "acceptance_date": (
        "acceptance date", "accepted", "accepted on", "acceptance", "installation date",
        "验收日期", "验收签字日期", "验收时间", "安装验收日期", "安装日期",
    ),
    "warranty_months": (
        "warranty months", "warranty (months)", "warranty", "warranty period",
        "months of warranty", "保修期(月)", "保修期", "保修月数", "质保期(月)", "质保期",
        "保修期限", "质保月数",
    ),
}

IN_CHUNK = 900  # below SQLite's oldest bound-parameter limit
INSERT_CHUNK = 1000
PROGRESS_EVERY = 2000
MIN_YEAR, MAX_YEAR = 1980, 2099
MAX_CUSTOMER_NAME = 200


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class RowRejection:
    """One rejected row: its Excel row number, the serial as written, and why."""

    row: int
    serial: str
    reasons: tuple[str, ...]

    @property
    def reason(self) -> str:
        return "; ".join(self.reasons)

    def __str__(self) -> str:
        if self.serial:
            return translate("Errors", "Row {row} ({serial}): {reason}").format(
                row=self.row, serial=self.serial, reason=self.reason)
        return translate("Errors", "Row {row}: {reason}").format(row=self.row, reason=self.reason)


@dataclass
class ImportReport:
    """What a dry run found or an import did.

    `rows` counts data rows (blank rows are skipped); `new_units` is what is
    (or would be) imported; `unchanged` rows name a serial already
    registered with the same data; `repeated` rows repeat an earlier row of
    the file exactly. An import happens only when `rejections` is empty.
    """

    file: str
    rows: int = 0
    new_units: int = 0
    new_customers: int = 0
    unchanged: int = 0
    repeated: int = 0
    rejections: list[RowRejection] = field(default_factory=list)
    imported: bool = False

    @property
    def ok(self) -> bool:
        return not self.rejections

    def summary(self) -> str:
        """One sentence for the status line."""
        if self.rejections:
            return translate(
                "Import", "{file}: {n} of {rows} rows rejected; nothing was imported."
            ).format(file=self.file, n=len(self.rejections), rows=self.rows)
        n = self.new_units
        if self.imported:
            units = (translate("Import", "{n} new unit imported") if n == 1
                     else translate("Import", "{n} new units imported"))
        else:
            units = (translate("Import", "{n} new unit ready to import") if n == 1
                     else translate("Import", "{n} new units ready to import"))
        parts = [units.format(n=n)]
        if self.new_customers:
            parts.append((translate("Import", "{n} new customer") if self.new_customers == 1
                          else translate("Import", "{n} new customers")).format(
                n=self.new_customers))
        if self.unchanged:
            parts.append(translate("Import", "{n} already registered").format(n=self.unchanged))
        if self.repeated:
            parts.append((translate("Import", "{n} repeated row") if self.repeated == 1
                          else translate("Import", "{n} repeated rows")).format(n=self.repeated))
        return translate("Import", "{file}: {parts}.").format(
            file=self.file, parts=", ".join(parts))


class ImportRefused(ValidationError):
    """The file has rejected rows; `report` lists them. Nothing was imported."""

    def __init__(self, report: ImportReport) -> None:
        n = len(report.rejections)
        first = report.rejections[0]
        if n == 1:
            message = translate(
                "Errors", "{file}: {n} row rejected, nothing was imported (first: {first}). "
                "Fix the rows in the sheet and import again.")
        else:
            message = translate(
                "Errors", "{file}: {n} rows rejected, nothing was imported (first: {first}). "
                "Fix the rows in the sheet and import again.")
        super().__init__(message.format(file=report.file, n=n, first=first))
        self.report = report


class ImportCancelled(DomainError):
    """The person cancelled the import; everything was rolled back."""

    def __init__(self, file: str) -> None:
        super().__init__(
            translate("Errors", "Import of {file} cancelled; nothing was imported.").format(
                file=file))


@dataclass(frozen=True)
class SheetPreview:
    """The mapping step's input: headers, a few sample rows and a guessed mapping."""

    file: str
    sheet: str
    sheet_names: tuple[str, ...]
    header_row: int
    headers: tuple[str, ...]
    sample: tuple[tuple[Any, ...], ...]
    mapping: dict[str, int]


# --------------------------------------------------------------------------- mapping


def _norm_header(text: Any) -> str:
    """Compare headers loosely: full-width → ASCII, case, spaces and '_' '-' ':' ignored."""
    value = unicodedata.normalize("NFKC", str(text or "")).lower()
    return re.sub(r"[\s_\-:：*]+", "", value)


_ALIASES_NORM: dict[str, tuple[str, ...]] = {
    f: tuple(_norm_header(a) for a in aliases) for f, aliases in HEADER_ALIASES.items()
}


def _contains_ok(alias: str) -> bool:
    """Only distinctive aliases match inside a longer header ('sn' is in 'description')."""
    return len(alias) >= 4 or (len(alias) >= 2 and not alias.isascii())


def guess_mapping(headers: Sequence[Any]) -> dict[str, int]:
    """Propose field → column index from header names (English and Chinese).

    Exact names win over names merely contained in a header (保修期(月)
    before 保修期截止日); each column serves at most one field. Fields
    without a match are left out for the person to choose.
    """
    normed = [_norm_header(h) for h in headers]
    mapping: dict[str, int] = {}
    used: set[int] = set()
    for exact in (True, False):
        for fname in FIELDS:
            if fname in mapping:
                continue
            for alias in _ALIASES_NORM[fname]:
                if not exact and not _contains_ok(alias):
                    continue
                hit = next(
                    (
                        i for i, h in enumerate(normed)
                        if i not in used and h and (h == alias if exact else alias in h)
                    ),
                    None,
                )
                if hit is not None:
                    mapping[fname] = hit
                    used.add(hit)
                    break
    return mapping


def check_mapping(mapping: Mapping[str, int], columns: int | None = None) -> dict[str, int]:
    """Refuse a mapping that misses a required field, names a column twice or no column."""
    unknown = set(mapping) - set(FIELDS)
    if unknown:
        raise ValidationError(translate("Errors", "Unknown import field(s): {fields}.").format(
            fields=", ".join(sorted(unknown))))
    for fname in REQUIRED_FIELDS:
        if mapping.get(fname) is None:
            raise ValidationError(
                translate("Errors", "Choose the column that holds the {field}.").format(
                    field=field_label(fname).lower())
            )
    clean = {k: v for k, v in mapping.items() if v is not None}
    for fname, col in clean.items():
        if isinstance(col, bool) or not isinstance(col, int) or col < 0 or (
            columns is not None and col >= columns
        ):
            raise ValidationError(
                translate("Errors", "{field} is mapped to column {column!r}, which the sheet does "
                          "not have.").format(field=field_label(fname), column=col)
            )
    by_col: dict[int, str] = {}
    for fname, col in clean.items():
        if col in by_col:
            raise ValidationError(
                translate("Errors", "Column {column} is chosen for both {first} and {second}.")
                .format(column=_col_letter(col), first=field_label(by_col[col]),
                        second=field_label(fname))
            )
        by_col[col] = fname
    return clean


def _col_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


# --------------------------------------------------------------------------- cell values


class _Bad(Exception):
    """A cell that cannot be read; the message becomes part of the row's reason."""


_DATE_RE = re.compile(
    r"^(\d{4})\s*(?:[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?)"
    r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$"
)
_COMPACT_DATE_RE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_MONTHS_RE = re.compile(r"^(\d{1,3})\s*(?:个月|月|months?|mo)?$", re.I)


def _plausible(d: date, shown: str) -> date:
    if not MIN_YEAR <= d.year <= MAX_YEAR:
        raise _Bad(translate("Errors", "{date} is not a plausible date (years {first}–{last})")
                   .format(date=shown, first=MIN_YEAR, last=MAX_YEAR))
    return d


def parse_date(value: Any) -> date | None:
    """A register date: an Excel date, an Excel day number, or text.

    Text may be 2025-03-15, 2025/3/15, 2025.03.15, 2025年3月15日 or 20250315,
    optionally followed by a time (which is dropped). Empty is None.
    Raises `ValueError` with a reason for anything else.
    """
    try:
        return _parse_date(value)
    except _Bad as exc:
        raise ValueError(str(exc)) from None


def _parse_date(value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return _plausible(value.date(), value.date().isoformat())
    if isinstance(value, date):
        return _plausible(value, value.isoformat())
    if isinstance(value, bool):
        raise _Bad(translate("Errors", "{value!r} is not a date").format(value=value))
    if isinstance(value, int | float):
        if float(value).is_integer() and 19_800_101 <= value <= 20_991_231:
            return _parse_date(str(int(value)))
        if 29_221 <= value <= 73_415:  # Excel day numbers of 1980-01-01 … 2100-12-31
            from openpyxl.utils.datetime import from_excel

            return _parse_date(from_excel(value))
        raise _Bad(translate("Errors", "{value!r} is not a date").format(value=value))
    text = " ".join(str(value).split())
    if not text:
        return None
    text = unicodedata.normalize("NFKC", text)
    m = _DATE_RE.match(text)
    if m:
        year, month, day = int(m[1]), int(m[2] or m[4]), int(m[3] or m[5])
    else:
        m = _COMPACT_DATE_RE.match(text)
        if not m:
            raise _Bad(translate(
                "Errors", "{value!r} is not a date (use 2025-03-15, 2025/03/15 or 2025年3月15日)"
            ).format(value=text))
        year, month, day = int(m[1]), int(m[2]), int(m[3])
    try:
        return _plausible(date(year, month, day), text)
    except ValueError:
        raise _Bad(
            translate("Errors", "{value!r} is not a calendar date").format(value=text)) from None


def parse_months(value: Any) -> int | None:
    """Warranty months: a whole number 0–120, '24', '24个月', '24 months'; empty is None."""
    try:
        return _parse_months(value)
    except _Bad as exc:
        raise ValueError(str(exc)) from None


def _parse_months(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool):
        raise _Bad(
            translate("Errors", "warranty months {value!r} is not a number").format(value=value))
    if isinstance(value, int | float):
        if not float(value).is_integer():
            raise _Bad(translate("Errors", "warranty months {value!r} is not a whole number")
                       .format(value=value))
        months = int(value)
    else:
        text = unicodedata.normalize("NFKC", " ".join(str(value).split()))
        if not text:
            return None
        m = _MONTHS_RE.match(text)
        if not m:
            raise _Bad(translate(
                "Errors", "warranty months {value!r} is not a whole number of months").format(
                value=text))
        months = int(m[1])
    if not 0 <= months <= MAX_MONTHS:
        raise _Bad(translate("Errors", "warranty months {months} is outside 0–{max}").format(
            months=months, max=MAX_MONTHS))
    return months


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime | date):
        value = value.isoformat()
    return " ".join(str(value).split())


# --------------------------------------------------------------------------- reading


def _open(path: Path, sheet: str | None) -> tuple[XlsxReader, str]:
    """Open the workbook and pick the sheet; a file that is not .xlsx is refused clearly."""
    path = Path(path)
    if not path.is_file():
        raise ValidationError(translate("Errors", "{file}: no such file.").format(file=path.name))
    try:
        book = XlsxReader(path)
    except XlsxError as exc:
        raise ValidationError(
            translate("Errors", "{file} cannot be read as an Excel workbook (.xlsx): {error}. "
                      "Open it in Excel and save it as .xlsx.").format(file=path.name, error=exc)
        ) from None
    name = sheet if sheet is not None else (book.sheet_names or [None])[0]
    if name is None or name not in book.sheet_names:
        book.close()
        if sheet is None:
            raise ValidationError(
                translate("Errors", "{file} has no worksheet.").format(file=path.name))
        raise ValidationError(translate("Errors", "{file} has no sheet {sheet!r}.").format(
            file=path.name, sheet=sheet))
    return book, name


def _iter_rows(
    book: XlsxReader, sheet: str, columns: Collection[int] | None = None
) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """(Excel row number, cell values) of every stored row; a damaged sheet is refused."""
    try:
        yield from book.rows(sheet, columns=columns)
    except XlsxError as exc:
        raise ValidationError(
            translate("Errors", "{file} cannot be read to the end ({error}). Open it in Excel "
                      "and save it again.").format(file=book.path.name, error=exc)
        ) from None


def _is_blank(values: Sequence[Any]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in values)


HEADER_SCAN_ROWS = 20
"""How far down the header row is looked for (registers often start with a title)."""


def _pick_header(candidates: Sequence[tuple[int, tuple[Any, ...]]]) -> tuple[int, tuple[Any, ...]]:
    """The header among the first non-blank rows.

    The first row in which both required fields are recognised; failing
    that, the first with at least two text cells (a header the person maps
    by hand); failing that, the first non-blank row.
    """
    for number, values in candidates:
        mapping = guess_mapping([_text(v) for v in values])
        if all(f in mapping for f in REQUIRED_FIELDS):
            return number, values
    for number, values in candidates:
        if sum(1 for v in values if isinstance(v, str) and v.strip()) >= 2:
            return number, values
    return candidates[0]


def _header_and_rows(
    book: XlsxReader, sheet: str, header_row: int | None,
    columns: Collection[int] | None = None,
) -> tuple[int, tuple[Any, ...], Iterator[tuple[int, tuple[Any, ...]]]]:
    """(header row number, header values, iterator over the rows below it).

    `columns` limits the rows below the header to the mapped columns; the
    first rows (where the header is looked for) are always read whole.
    """
    file = book.path.name
    top = _iter_rows(book, sheet)
    head = list(itertools.islice(top, HEADER_SCAN_ROWS))
    top.close()
    rest: Iterator[tuple[int, tuple[Any, ...]]] = iter(())
    if len(head) == HEADER_SCAN_ROWS:  # more rows follow: read them again, mapped cells only
        after = head[-1][0]
        rest = ((n, v) for n, v in _iter_rows(book, sheet, columns) if n > after)
    if header_row is None:
        candidates = [(n, v) for n, v in head if not _is_blank(v)]
        if not candidates:
            raise ValidationError(translate("Errors", "{file}: the sheet {sheet!r} is empty.")
                                  .format(file=file, sheet=sheet))
        header_row, header = _pick_header(candidates)
    else:
        found = next((v for n, v in head if n == header_row), None)
        if found is None or _is_blank(found):
            raise ValidationError(
                translate("Errors", "{file}: row {row} is not a header row (it is empty).").format(
                    file=file, row=header_row))
        header = found
    below = ((n, v) for n, v in itertools.chain(head, rest) if n > header_row)
    return header_row, tuple(header), below


def read_headers(
    path: str | Path, *, sheet: str | None = None, samples: int = 5
) -> SheetPreview:
    """The header row, a few data rows under it and a guessed mapping (the mapping step).

    The header is the first of the top rows in which a serial and a model
    column are recognised, so a title line above it does no harm; the UI
    passes `header_row` back to `dry_run` / `run_import` if it was changed.
    """
    path = Path(path)
    book, name = _open(path, sheet)
    try:
        header_row, header, below = _header_and_rows(book, name, None)
        headers = tuple(_text(v) for v in header)
        sample: list[tuple[Any, ...]] = []
        for _, values in below:
            if len(sample) >= samples:
                break
            if not _is_blank(values):
                sample.append(tuple(values))
        return SheetPreview(
            file=path.name,
            sheet=name,
            sheet_names=tuple(book.sheet_names),
            header_row=header_row,
            headers=headers,
            sample=tuple(sample),
            mapping=guess_mapping(headers),
        )
    finally:
        book.close()


@dataclass
class _Row:
    row: int
    raw_serial: str
    serial: str
    model: str
    customer: str
    sale_date: date | None
    acceptance_date: date | None
    months: int | None
    reasons: list[str]

    def key(self, model_id: int | None) -> tuple[Any, ...]:
        return (model_id, self.customer, self.sale_date, self.acceptance_date, self.months)


def _parse_row(number: int, values: Sequence[Any], cols: Sequence[int | None]) -> _Row | None:
    """Read one row's mapped cells; None for a row whose mapped cells are all blank.

    `cols` are the column indexes of `FIELDS`, in that order (None: unmapped).
    Every problem of the row is collected, so one pass of fixes is enough.
    """
    width = len(values)
    cells = [values[c] if c is not None and c < width else None for c in cols]
    if all(v is None or (isinstance(v, str) and not v.strip()) for v in cells):
        return None
    raw_serial_v, model_v, customer_v, sale_v, acceptance_v, months_v = cells
    reasons: list[str] = []
    raw_serial = _text(raw_serial_v)
    serial = ""
    if not raw_serial:
        reasons.append(translate("Errors", "empty serial"))
    else:
        try:
            serial = normalise_serial(raw_serial)
        except DomainError as exc:
            reasons.append(translate("Errors", "malformed serial: {error}").format(error=exc))
    model = _text(model_v)
    if not model:
        reasons.append(translate("Errors", "no model"))
    customer = _text(customer_v)
    if len(customer) > MAX_CUSTOMER_NAME:
        reasons.append(translate("Errors", "customer name longer than {n} characters").format(
            n=MAX_CUSTOMER_NAME))
    try:
        sale = _parse_date(sale_v)
    except _Bad as exc:
        sale = None
        reasons.append(translate("Errors", "bad sale date: {error}").format(error=exc))
    try:
        acceptance = _parse_date(acceptance_v)
    except _Bad as exc:
        acceptance = None
        reasons.append(translate("Errors", "bad acceptance date: {error}").format(error=exc))
    if sale is not None and acceptance is not None and acceptance < sale:
        reasons.append(translate(
            "Errors", "acceptance date {acceptance} is before the sale date {sale}").format(
            acceptance=acceptance, sale=sale))
    try:
        months = _parse_months(months_v)
    except _Bad as exc:
        months = None
        reasons.append(translate("Errors", "bad {error}").format(error=exc))
    return _Row(number, raw_serial, serial, model, customer, sale, acceptance, months, reasons)


_cache_lock = threading.Lock()
_cache: tuple[tuple[Any, ...], list[_Row]] | None = None


def _cache_key(
    path: Path, mapping: Mapping[str, int], sheet: str | None, header_row: int | None
) -> tuple[Any, ...]:
    stat = path.stat()
    return (str(path.resolve()), stat.st_size, stat.st_mtime_ns, sheet, header_row,
            tuple(sorted(mapping.items())))


def _read(
    path: Path, mapping: Mapping[str, int], sheet: str | None, header_row: int | None,
    progress: Progress | None, cancelled: Cancelled | None,
) -> list[_Row]:
    """The parsed rows, read once for a dry run and its import.

    The UI runs `dry_run` and then `run_import` on the same file; reading a
    big sheet is most of the work, so the rows of the last read are kept
    while the file (size and modification time), sheet, header row and
    mapping stay the same. The database checks are always redone.
    """
    global _cache
    path = Path(path)
    key = _cache_key(path, mapping, sheet, header_row) if path.is_file() else None
    with _cache_lock:
        if key is not None and _cache is not None and _cache[0] == key:
            return _cache[1]
    rows = _read_sheet(path, mapping, sheet, header_row, progress, cancelled)
    with _cache_lock:
        _cache = (key, rows) if key is not None else None
    return rows


def _forget_read() -> None:
    """Drop the kept rows (after an import: they are not needed again)."""
    global _cache
    with _cache_lock:
        _cache = None


def _read_sheet(
    path: Path, mapping: Mapping[str, int], sheet: str | None, header_row: int | None,
    progress: Progress | None, cancelled: Cancelled | None,
) -> list[_Row]:
    """All data rows under the header (blank rows skipped), parsed.

    Progress while reading is (rows read, twice the sheet's declared last
    row), or total 0 when the sheet declares none: the UI shows a busy bar.
    """
    book, name = _open(path, sheet)
    try:
        last = book.last_row(name) or 0
        _, header, below = _header_and_rows(book, name, header_row, set(mapping.values()))
        check_mapping(mapping, len(header))
        cols = tuple(mapping.get(f) for f in FIELDS)
        out: list[_Row] = []
        for number, values in below:
            if number % PROGRESS_EVERY == 0:
                if cancelled is not None and cancelled():
                    raise ImportCancelled(path.name)
                if progress is not None:
                    progress(number, 2 * max(last, number) if last else 0)
            parsed = _parse_row(number, values, cols)
            if parsed is not None:
                out.append(parsed)
        return out
    finally:
        book.close()


# --------------------------------------------------------------------------- checking


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _show(value: Any) -> str:
    return translate("Errors", "(empty)") if value in (None, "") else str(value)


#: the compared values of a row, in `_Row.key` order (translated when used)
_KEY_LABELS = (
    QT_TRANSLATE_NOOP("Errors", "model"),
    QT_TRANSLATE_NOOP("Errors", "customer"),
    QT_TRANSLATE_NOOP("Errors", "sale date"),
    QT_TRANSLATE_NOOP("Errors", "acceptance date"),
    QT_TRANSLATE_NOOP("Errors", "warranty months"),
)


def _differences(a: tuple[Any, ...], b: tuple[Any, ...], models: Mapping[int, str]) -> str:
    diffs = []
    for index, (label, x, y) in enumerate(zip(_KEY_LABELS, a, b, strict=True)):
        if x != y:
            if index == 0:  # model ids: show the codes
                x, y = models.get(x, x), models.get(y, y)
            diffs.append(translate("Errors", "{field} {old} vs {new}").format(
                field=translate("Errors", label), old=_show(x), new=_show(y)))
    return ", ".join(diffs)


@dataclass
class _Plan:
    report: ImportReport
    units: list[_Row] = field(default_factory=list)
    model_ids: dict[int, int] = field(default_factory=dict)  # row → model id
    customers: dict[str, int | None] = field(default_factory=dict)  # name → id (None: create)


def _check(rows: list[_Row], file: str) -> _Plan:
    """Check parsed rows against each other and the database (reads only)."""
    report = ImportReport(file=file, rows=len(rows))
    plan = _Plan(report)
    models_exact = {m.code: m.id for m in ProductModel.select(ProductModel.id, ProductModel.code)}
    models_lower: dict[str, int] = {}
    for code, mid in sorted(models_exact.items(), key=lambda kv: kv[1]):
        models_lower.setdefault(code.lower(), mid)
    model_codes = {mid: code for code, mid in models_exact.items()}

    first_by_serial: dict[str, tuple[int, tuple[Any, ...]]] = {}
    candidates: list[_Row] = []
    for r in rows:
        reasons = list(r.reasons)  # the parsed rows stay as read (they may be reused)
        model_id = models_exact.get(r.model) or models_lower.get(r.model.lower())
        if r.model and model_id is None:
            reasons.append(translate("Errors", "unknown model {model!r}").format(model=r.model))
        if r.serial:
            key = r.key(model_id)
            earlier = first_by_serial.get(r.serial)
            if earlier is None:
                first_by_serial[r.serial] = (r.row, key)
            elif earlier[1] == key:
                if not reasons:
                    report.repeated += 1
                    continue
            else:
                reasons.append(
                    translate("Errors", "serial {serial} is also on row {row} with different "
                              "data ({differences})").format(
                        serial=r.serial, row=earlier[0],
                        differences=_differences(earlier[1], key, model_codes))
                )
        if reasons:
            report.rejections.append(RowRejection(r.row, r.raw_serial, tuple(reasons)))
            continue
        assert model_id is not None
        plan.model_ids[r.row] = model_id
        candidates.append(r)

    existing = _existing_units([r.serial for r in candidates])
    for r in candidates:
        known = existing.get(r.serial)
        if known is None:
            plan.units.append(r)
            if r.customer:
                plan.customers.setdefault(r.customer, None)
            continue
        key = r.key(plan.model_ids[r.row])
        if known == key:
            report.unchanged += 1
        else:
            report.rejections.append(
                RowRejection(
                    r.row, r.raw_serial,
                    (
                        translate("Errors", "serial {serial} is already registered with different "
                                  "data ({differences})").format(
                            serial=r.serial, differences=_differences(known, key, model_codes)),
                    ),
                )
            )
    report.rejections.sort(key=lambda j: j.row)
    if report.rejections:
        plan.units.clear()
        plan.customers.clear()
        return plan
    plan.customers.update(_existing_customers(list(plan.customers)))
    report.new_units = len(plan.units)
    report.new_customers = sum(1 for v in plan.customers.values() if v is None)
    return plan


def _existing_units(serials: Sequence[str]) -> dict[str, tuple[Any, ...]]:
    """serial → comparison key of units already registered, one query per chunk."""
    found: dict[str, tuple[Any, ...]] = {}
    for chunk in _chunks(list(dict.fromkeys(serials)), IN_CHUNK):
        query = (
            Unit.select(
                Unit.serial, Unit.model, Customer.name, Unit.sale_date, Unit.acceptance_date,
                Unit.warranty_months,
            )
            .join(Customer, pw.JOIN.LEFT_OUTER, on=(Unit.customer == Customer.id))
            .where(Unit.serial.in_(list(chunk)))
            .tuples()
        )
        for serial, model_id, customer, sale, acceptance, months in query:
            found[serial] = (model_id, customer or "", sale, acceptance, months)
    return found


def _existing_customers(names: Sequence[str]) -> dict[str, int]:
    """Exact name → id (the oldest customer of that name), one query per chunk."""
    found: dict[str, int] = {}
    for chunk in _chunks(names, IN_CHUNK):
        query = (
            Customer.select(Customer.name, pw.fn.MIN(Customer.id))
            .where(Customer.name.in_(list(chunk)))
            .group_by(Customer.name)
            .tuples()
        )
        found.update(dict(query))
    return found


# --------------------------------------------------------------------------- entry points


def dry_run(
    path: str | Path,
    mapping: Mapping[str, int],
    *,
    sheet: str | None = None,
    header_row: int | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportReport:
    """Check the whole file; writes nothing. `report.rejections` lists every bad row.

    `sheet` (default: the first) and `header_row` (default: found as in
    `read_headers`) say where the register is.
    """
    path = Path(path)
    clean = check_mapping(mapping)
    rows = _read(path, clean, sheet, header_row, progress, cancelled)
    report = _check(rows, path.name).report
    if progress is not None:
        progress(1, 1)
    return report


def run_import(
    actor: User,
    path: str | Path,
    mapping: Mapping[str, int],
    *,
    sheet: str | None = None,
    header_row: int | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportReport:
    """Import every new unit of the file in one transaction, or nothing.

    The rows are checked again inside the transaction (another station may
    have registered a serial since the dry run); any rejection raises
    `ImportRefused` carrying the report. `progress(done, total)` is called
    from the calling thread: the first half of `total` is reading the file,
    the second half writing. `cancelled()` is polled between chunks; when it
    returns True the transaction is rolled back and `ImportCancelled` raised.
    """
    require_role(actor, Role.SERVICE_DESK, action=translate("Errors", "import the sales register"))
    path = Path(path)
    clean = check_mapping(mapping)
    rows = _read(path, clean, sheet, header_row, progress, cancelled)
    with unit_of_work() as changes:
        plan = _check(rows, path.name)
        report = plan.report
        if report.rejections:
            raise ImportRefused(report)
        total = 2 * max(len(rows), 1)
        _create_customers(actor, plan)
        now = clock.now()
        columns = [
            Unit.serial, Unit.model, Unit.customer, Unit.sale_date, Unit.acceptance_date,
            Unit.warranty_months, Unit.contract_warranty_months, Unit.extension_days,
            Unit.version, Unit.updated_by, Unit.created_at,
        ]
        done = 0
        for chunk in _chunks(plan.units, INSERT_CHUNK):
            if cancelled is not None and cancelled():
                raise ImportCancelled(path.name)
            _bulk_insert(
                columns,
                [
                    (
                        r.serial, plan.model_ids[r.row],
                        plan.customers[r.customer] if r.customer else None,
                        r.sale_date, r.acceptance_date, r.months, None, 0, 1, actor.name, now,
                    )
                    for r in chunk
                ],
            )
            done += len(chunk)
            if progress is not None:
                progress(len(rows) + done * len(rows) // max(len(plan.units), 1), total)
        if cancelled is not None and cancelled():
            raise ImportCancelled(path.name)
        audit.record(
            actor, "units.import", "unit", None,
            after={
                "file": path.name, "rows": report.rows, "units": report.new_units,
                "customers": report.new_customers, "unchanged": report.unchanged,
                "repeated": report.repeated,
            },
        )
        if report.new_units:
            changes.add("unit", ALL)
        if report.new_customers:
            changes.add("customer", ALL)
        report.imported = True
    _forget_read()
    if progress is not None:
        progress(total, total)
    return report


def _bulk_insert(fields: Sequence[pw.Field], rows: Sequence[Sequence[Any]]) -> None:
    """Insert rows with the driver's executemany (values converted by the fields).

    peewee's multi-row INSERT spends ~100 µs per row building SQL; one
    prepared single-row INSERT run by executemany (SQLite's C loop,
    psycopg's pipeline) writes 100,000 units in about a second.
    """
    table = fields[0].model._meta.table_name
    sql = 'INSERT INTO "{}" ({}) VALUES ({})'.format(
        table,
        ", ".join(f'"{f.column_name}"' for f in fields),
        ", ".join([database.param] * len(fields)),
    )
    converters = [f.db_value for f in fields]
    params = [[conv(v) for conv, v in zip(converters, row, strict=True)] for row in rows]
    cursor = database.cursor()
    try:
        cursor.executemany(sql, params)
    finally:
        cursor.close()


def _create_customers(actor: User, plan: _Plan) -> None:
    """Insert the customers the file names but the database lacks; fill in their ids."""
    missing = [name for name, cid in plan.customers.items() if cid is None]
    now = clock.now()
    for chunk in _chunks(missing, INSERT_CHUNK):
        _bulk_insert(
            [
                Customer.name, Customer.contact_person, Customer.address, Customer.postcode,
                Customer.phone, Customer.fax, Customer.email, Customer.version,
                Customer.updated_by, Customer.created_at,
            ],
            [(name, "", "", "", "", "", "", 1, actor.name, now) for name in chunk],
        )
    if missing:
        plan.customers.update(_existing_customers(missing))
    assert all(plan.customers.values()), "every customer has an id after creation"

