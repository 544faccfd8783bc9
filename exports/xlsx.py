"""What every Depot workbook shares: safe cells, named styles, page set-up, the letterhead.

Handover sheets, service reports, quote sheets and the monthly report are
what auditors, couriers and customers see of the product, so they are built
from one set of parts here rather than each sheet styling its own cells:

* **No formula from user text.** A customer called ``=HYPERLINK(...)`` or a
  fault typed as ``-2+3`` must arrive as the text it was. openpyxl turns any
  string starting with ``=`` into a formula, and Excel (or LibreOffice, on
  re-entry of the cell) evaluates text starting with ``+``, ``-``, ``@``, a
  tab or a carriage return; so every string goes through `safe_value`, which
  stores such text as a string (``t="inlineStr"``) and sets the cell's
  ``quotePrefix`` so editing the cell in Excel keeps it text. Formulas the
  program itself means (none so far) would have to be written deliberately,
  never through these helpers.
* **Characters XML cannot hold** (control characters other than tab, LF,
  CR) are dropped instead of making openpyxl raise mid-export.
* **Named styles** (`Style`) are registered once per workbook and used by
  name, so a 10,000-row sheet carries a handful of cell formats, not one per
  cell, and write-only workbooks (the monthly report) can use them too.
* **Money** is written as an exact `Decimal` of major units from integer
  minor units; the number format follows the currency's decimals.
* **Times** are UTC in the database and local on paper: `local_datetime`
  converts an aware time to the station's naive local time (Excel has no
  time zones).

`SheetWriter` wraps either kind of worksheet (normal or write-only) with a
row cursor, so the same code writes a handover sheet (normal: images,
merged-free layout) and a monthly report (write-only: flat memory).
"""

from __future__ import annotations

import io
import math
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from copy import copy
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.drawing.image import Image
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.worksheet import Worksheet

from depot import clock, settings
from depot.i18n import translate
from depot.money import MINOR_UNITS

__all__ = [
    "FORMULA_PREFIXES",
    "Cancelled",
    "Company",
    "JobCancelled",
    "Progress",
    "SheetWriter",
    "Style",
    "add_styles",
    "barcode_image",
    "barcode_png",
    "clean_text",
    "company",
    "company_header",
    "is_formula_like",
    "local_datetime",
    "money_format",
    "money_value",
    "plain_style",
    "safe_value",
    "save_workbook",
    "set_widths",
    "setup_print",
]

#: a string starting with one of these is data, never a formula (OWASP "CSV injection")
FORMULA_PREFIXES: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")

# control characters an XML 1.0 document cannot contain (tab, LF and CR it can)
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

AnyWorksheet = Worksheet | WriteOnlyWorksheet
#: ``progress(done, total)`` as an export goes; ``cancelled()`` True asks it to stop
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class JobCancelled(Exception):
    """The person cancelled the export; nothing was written."""


def clean_text(text: str) -> str:
    """`text` without the characters a spreadsheet file cannot store."""
    return _ILLEGAL_XML.sub("", text)


def is_formula_like(text: str) -> bool:
    """True when a spreadsheet program could read `text` as a formula."""
    return text.startswith(FORMULA_PREFIXES)


def local_datetime(moment: datetime) -> datetime:
    """An aware time as the station's naive local time (spreadsheets have no zones)."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(clock.current().local_tz()).replace(tzinfo=None)


def money_value(minor: int, currency: str) -> Decimal:
    """Integer minor units as an exact decimal amount of major units (12550 → 125.50)."""
    scale = MINOR_UNITS.get(currency, 100)
    return Decimal(minor) / Decimal(scale)


def money_format(currency: str) -> str:
    """The number format showing `currency`'s decimals with thousands separators."""
    decimals = len(str(MINOR_UNITS.get(currency, 100))) - 1
    return "#,##0" + ("." + "0" * decimals if decimals else "")


def safe_value(value: Any) -> Any:
    """A value ready for a cell: text cleaned, aware times made local; others unchanged."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, datetime):
        return local_datetime(value)
    return value


def _fill_cell(cell: Cell, value: Any, style: str | None) -> Cell:
    """Put `value` in `cell` so that text stays text (see the module docstring)."""
    value = safe_value(value)
    cell.value = value
    if isinstance(value, str) and value:
        # openpyxl infers "f" for "=…"; anything formula-like is stored as a string
        cell.data_type = "s"
        if is_formula_like(value):
            cell.quotePrefix = True
    if style is not None:
        cell._style = copy(_style_array(cell.parent.parent, style))
        if isinstance(value, str) and is_formula_like(value):
            cell.quotePrefix = True  # setting the named style reset it
    return cell


def _style_array(workbook: Workbook, name: str) -> Any:
    """The cell format of a named style, looked up once per workbook.

    Equivalent to ``cell.style = name``, which searches the workbook's list of
    named styles by name on every assignment — the largest single cost of a
    500-line handover sheet.
    """
    cache: dict[str, Any] | None = getattr(workbook, "_depot_style_arrays", None)
    if cache is None:
        cache = {}
        workbook._depot_style_arrays = cache  # type: ignore[attr-defined]
    found = cache.get(name)
    if found is None:
        found = cache[name] = workbook._named_styles[name].as_tuple()
    return found


# --------------------------------------------------------------------------- styles


class Style:
    """Names of the styles `add_styles` registers (use them as ``style=Style.MONEY``)."""

    TITLE = "depot_title"
    COMPANY = "depot_company"
    SMALL = "depot_small"
    HEADING = "depot_heading"
    LABEL = "depot_label"
    #: a label with its value in the very next cell: it wraps (and its row grows)
    #: instead of being cut off by the value, as "Warranty ends after this repair" was
    LABEL_WRAP = "depot_label_wrap"
    TEXT = "depot_text"
    WRAP = "depot_wrap"
    HEADER = "depot_header"
    CELL = "depot_cell"
    CELL_WRAP = "depot_cell_wrap"
    CELL_CENTER = "depot_cell_center"
    INT = "depot_int"
    MONEY = "depot_money"
    PERCENT = "depot_percent"
    DECIMAL = "depot_decimal"
    DATE = "depot_date"
    DATETIME = "depot_datetime"
    TOTAL_LABEL = "depot_total_label"
    TOTAL_INT = "depot_total_int"
    TOTAL_MONEY = "depot_total_money"
    SIGN_LINE = "depot_sign_line"
    SIGN_LABEL = "depot_sign_label"
    PLAIN_DATE = "depot_plain_date"
    PLAIN_DATETIME = "depot_plain_datetime"
    PLAIN_MONEY = "depot_plain_money"
    PLAIN_PERCENT = "depot_plain_percent"
    PLAIN_INT = "depot_plain_int"


#: Arial everywhere: on every Windows PC, metric-compatible Liberation Sans on Linux,
#: and Chinese falls back to the system's CJK font in Excel and LibreOffice alike
FONT = "Arial"
FONT_SIZE = 10
#: points per line of 10 pt text, for the row heights `SheetWriter` computes
LINE_POINTS = 13.0

_WRAPPING = frozenset({"depot_wrap", "depot_cell_wrap", "depot_header", "depot_label_wrap"})

_THIN = Side(style="thin", color="8C8C8C")
_GRID = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_TOTAL = Border(top=Side(style="medium", color="000000"), bottom=Side(style="thin"))
_SIGN = Border(bottom=Side(style="thin", color="000000"))
_TOP = Alignment(vertical="top")
_TOP_WRAP = Alignment(vertical="top", wrap_text=True)
_HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")


def add_styles(workbook: Workbook, currency: str = "CNY") -> None:
    """Register Depot's named styles on `workbook` (once; safe to call again)."""
    existing = set(workbook.named_styles)
    money = money_format(currency)
    base = FONT_SIZE

    def font(size: float = base, **kw: Any) -> Font:
        return Font(name=FONT, size=size, **kw)

    def style(name: str, *, font_: Font | None = None, border: Border | None = None,
              alignment: Alignment | None = None, number_format: str | None = None,
              fill: PatternFill | None = None) -> None:
        if name in existing:
            return
        named = NamedStyle(name=name)
        named.font = font_ or Font(name=FONT, size=base)
        if border is not None:
            named.border = border
        named.alignment = alignment or _TOP
        if number_format:
            named.number_format = number_format
        if fill is not None:
            named.fill = fill
        workbook.add_named_style(named)

    style(Style.TITLE, font_=font(16, bold=True), alignment=Alignment(vertical="center"))
    style(Style.COMPANY, font_=font(12, bold=True))
    style(Style.SMALL, font_=font(9, color="404040"))
    style(Style.HEADING, font_=font(11, bold=True), border=_SIGN,
          alignment=Alignment(vertical="bottom"))
    style(Style.LABEL, font_=font(bold=True, color="404040"))
    style(Style.LABEL_WRAP, font_=font(bold=True, color="404040"), alignment=_TOP_WRAP)
    style(Style.TEXT)
    style(Style.WRAP, alignment=_TOP_WRAP)
    style(Style.HEADER, font_=font(bold=True), border=_GRID, fill=_HEADER_FILL,
          alignment=Alignment(vertical="center", horizontal="center", wrap_text=True))
    style(Style.CELL, border=_GRID)
    style(Style.CELL_WRAP, border=_GRID, alignment=_TOP_WRAP)
    style(Style.CELL_CENTER, border=_GRID, alignment=Alignment(vertical="top",
                                                               horizontal="center"))
    style(Style.INT, border=_GRID, number_format="#,##0")
    style(Style.MONEY, border=_GRID, number_format=money)
    style(Style.PERCENT, border=_GRID, number_format="0.0%")
    style(Style.DECIMAL, border=_GRID, number_format="#,##0.0")
    style(Style.DATE, border=_GRID, number_format="yyyy-mm-dd",
          alignment=Alignment(vertical="top", horizontal="left"))
    style(Style.DATETIME, border=_GRID, number_format="yyyy-mm-dd hh:mm",
          alignment=Alignment(vertical="top", horizontal="left"))
    style(Style.TOTAL_LABEL, font_=font(bold=True), border=_TOTAL)
    style(Style.TOTAL_INT, font_=font(bold=True), border=_TOTAL, number_format="#,##0")
    style(Style.TOTAL_MONEY, font_=font(bold=True), border=_TOTAL, number_format=money)
    style(Style.SIGN_LINE, border=_SIGN)
    style(Style.SIGN_LABEL, font_=font(bold=True, color="404040"),
          alignment=Alignment(vertical="bottom"))
    style(Style.PLAIN_DATE, number_format="yyyy-mm-dd",
          alignment=Alignment(vertical="top", horizontal="left"))
    style(Style.PLAIN_DATETIME, number_format="yyyy-mm-dd hh:mm",
          alignment=Alignment(vertical="top", horizontal="left"))
    style(Style.PLAIN_MONEY, number_format=money,
          alignment=Alignment(vertical="top", horizontal="left"))
    style(Style.PLAIN_PERCENT, number_format="0.0%",
          alignment=Alignment(vertical="top", horizontal="left"))
    style(Style.PLAIN_INT, number_format="#,##0",
          alignment=Alignment(vertical="top", horizontal="left"))


def default_style(value: Any) -> str:
    """The table-cell style that suits a value's type (used when none is given)."""
    if isinstance(value, bool):
        return Style.CELL_CENTER
    if isinstance(value, datetime):
        return Style.DATETIME
    if isinstance(value, date):
        return Style.DATE
    if isinstance(value, int):
        return Style.INT
    if isinstance(value, Decimal | float):
        return Style.DECIMAL
    return Style.CELL


# --------------------------------------------------------------------------- writing rows


class SheetWriter:
    """Writes rows top to bottom into a normal or a write-only worksheet.

    ``row`` is the number of the last row written (0 before the first), so a
    caller can remember where its table header is for print titles and
    freezing. Each value goes through `safe_value`; ``styles`` gives a named
    style per column (or one for all; ``None`` entries pick `default_style`).
    """

    def __init__(self, worksheet: AnyWorksheet,
                 widths: Sequence[float] | None = None) -> None:
        self.ws = worksheet
        self.write_only = isinstance(worksheet, WriteOnlyWorksheet)
        self.row = 0
        self.widths: list[float] = []
        if widths is not None:
            self.set_widths(widths)

    def set_widths(self, widths: Sequence[float]) -> None:
        """Column widths from A (characters); also used to size wrapped rows."""
        self.widths = list(widths)
        set_widths(self.ws, self.widths)

    def cell(self, value: Any, style: str | None = None) -> Cell:
        """A detached cell for a write-only row (use `write_row` for normal sheets)."""
        return _fill_cell(WriteOnlyCell(self.ws), value, style)

    def write_row(
        self,
        values: Sequence[Any],
        styles: str | Sequence[str | None] | None = None,
        *,
        height: float | None = None,
        table: bool = False,
        merge: tuple[int, int] | None = None,
    ) -> int:
        """Append one row; returns its number.

        With ``table=True`` a value without a given style gets the grid style
        of its type; otherwise it gets no style. ``height`` (points) applies to
        normal worksheets only (write-only rows keep the default height);
        without it a row with wrapped text is made tall enough for its lines.
        ``merge=(first, last)`` joins those columns of the row (normal sheets
        only) so a long text wraps over the whole width.
        """
        self.row += 1
        per_column = [styles] * len(values) if isinstance(styles, str) or styles is None \
            else list(styles) + [None] * (len(values) - len(styles))
        chosen = [
            s if s is not None else (default_style(v) if table else None)
            for v, s in zip(values, per_column, strict=False)
        ]
        if height is None:
            lines = max((self._lines(col, v, s, merge) for col, (v, s)
                         in enumerate(zip(values, chosen, strict=True), start=1)), default=1)
            if lines > 1:
                height = lines * LINE_POINTS + 3
        if height is not None:
            # a write-only sheet writes the row's height when the row is appended
            self.ws.row_dimensions[self.row].height = height
        if self.write_only:
            self.ws.append([self.cell(v, s) for v, s in zip(values, chosen, strict=True)])
            return self.row
        for col, (v, s) in enumerate(zip(values, chosen, strict=True), start=1):
            if v is None and s is None:
                continue
            _fill_cell(self.ws.cell(row=self.row, column=col), v, s)
        if merge is not None:
            self.ws.merge_cells(start_row=self.row, start_column=merge[0], end_row=self.row,
                                end_column=merge[1])
        return self.row

    def _width(self, column: int) -> float:
        return self.widths[column - 1] if column <= len(self.widths) else 8.43

    def _lines(self, column: int, value: Any, style: str | None,
               merge: tuple[int, int] | None = None) -> int:
        """Lines a wrapped text cell needs at its column's width.

        Spreadsheet programs do not grow a row for wrapped text written by a
        program (LibreOffice keeps the default height; Excel only on edit), so
        the height is set here from `display_width`, with a column's padding
        left out; erring towards one line too many, never one too few.
        """
        if not isinstance(value, str) or not value or style not in _WRAPPING:
            return 1
        if merge is not None and merge[0] == column:
            width = sum(self._width(c) for c in range(merge[0], merge[1] + 1))
        else:
            width = self._width(column)
        usable = max(1.0, width - 1.0)
        return sum(max(1, math.ceil(display_width(part) / usable))
                   for part in value.split("\n"))

    def blank(self, count: int = 1) -> None:
        """Leave `count` empty rows."""
        for _ in range(count):
            if self.write_only:
                self.ws.append([])
            self.row += 1

    def section(self, title: str, last_column: int) -> None:
        """A blank row, then a section heading ruled across to `last_column`."""
        self.blank()
        self.write_row([title] + [None] * (last_column - 1),
                       [Style.HEADING] + [Style.SIGN_LINE] * (last_column - 1), height=20)

    def pairs(self, items: Iterable[tuple[str, Any]], value_style: str | None = None,
              *, value_column: int = 2) -> None:
        """Label/value rows ("Customer", "ACME Ltd.") for the heads of documents."""
        for label, value in items:
            row: list[Any] = [label] + [None] * (value_column - 2) + [value]
            # next to its value a label wraps; with empty cells between, it runs over them
            label_style = Style.LABEL_WRAP if value_column == 2 else Style.LABEL
            styles: list[str | None] = [label_style] + [None] * (value_column - 2)
            styles.append(value_style or plain_style(value))
            self.write_row(row, styles)


#: column-width units per character of 10 pt Arial: Latin letters are narrower than
#: the unit (the default font's digit), Chinese ones nearly two units wide
_LATIN_UNITS, _WIDE_UNITS = 0.85, 1.8


def display_width(text: str) -> float:
    """Width of `text` in column-width units (what `set_widths` takes)."""
    if text.isascii():
        return len(text) * _LATIN_UNITS
    return sum(_WIDE_UNITS if unicodedata.east_asian_width(ch) in "WF" else _LATIN_UNITS
               for ch in text)


def plain_style(value: Any) -> str:
    """The grid-less style that suits a value (label/value blocks above a table)."""
    if isinstance(value, datetime):
        return Style.PLAIN_DATETIME
    if isinstance(value, date):
        return Style.PLAIN_DATE
    if isinstance(value, int) and not isinstance(value, bool):
        return Style.PLAIN_INT
    return Style.WRAP


# --------------------------------------------------------------------------- page set-up


def set_widths(worksheet: AnyWorksheet, widths: Sequence[float] | Mapping[int, float]) -> None:
    """Column widths in characters; a sequence starts at column A."""
    items = widths.items() if isinstance(widths, Mapping) else enumerate(widths, start=1)
    for column, width in items:
        worksheet.column_dimensions[get_column_letter(column)].width = width


def setup_print(
    worksheet: AnyWorksheet,
    *,
    landscape: bool = False,
    title_rows: tuple[int, int] | None = None,
    freeze_below: int | None = None,
    footer: str | None = None,
) -> None:
    """A4, fit to the page width (as many pages down as needed), page numbers in the footer.

    ``title_rows`` (first, last) repeat on every printed page — the table
    header of a long handover sheet; ``freeze_below`` keeps the rows above it
    in view while scrolling.
    """
    ps = worksheet.page_setup
    ps.paperSize = Worksheet.PAPERSIZE_A4
    ps.orientation = "landscape" if landscape else "portrait"
    ps.fitToWidth = 1
    ps.fitToHeight = 0
    worksheet.sheet_properties.pageSetUpPr.fitToPage = True
    margins = worksheet.page_margins
    margins.left = margins.right = 0.5
    margins.top, margins.bottom = 0.6, 0.7
    margins.header, margins.footer = 0.3, 0.3
    worksheet.print_options.horizontalCentered = True
    if title_rows is not None:
        worksheet.print_title_rows = f"{title_rows[0]}:{title_rows[1]}"
    if freeze_below is not None:
        worksheet.freeze_panes = f"A{freeze_below}"
    page = translate("Sheets", "Page &P of &N")
    worksheet.oddFooter.center.text = page
    worksheet.oddFooter.center.size = 8
    if footer:
        worksheet.oddFooter.left.text = clean_text(footer).replace("&", "&&")
        worksheet.oddFooter.left.size = 8


# --------------------------------------------------------------------------- letterhead


@dataclass(frozen=True)
class Company:
    """The depot's own name and contact lines, from the business settings."""

    name: str
    address: str
    phone: str


def company() -> Company:
    """The letterhead as configured (Settings → company.name / address / phone)."""
    return Company(
        name=str(settings.get("company.name") or ""),
        address=str(settings.get("company.address") or ""),
        phone=str(settings.get("company.phone") or ""),
    )


def company_header(writer: SheetWriter, title: str, *, who: Company | None = None) -> int:
    """Company name, address and phone, then the document title; returns the title's row.

    Written into column A without merging (text runs over the empty cells to
    its right), so it works in write-only sheets too.
    """
    who = who or company()
    writer.write_row([who.name], Style.COMPANY, height=18)
    contact = "  ·  ".join(
        part for part in (
            who.address,
            translate("Sheets", "Phone {phone}").format(phone=who.phone) if who.phone else "",
        ) if part
    )
    if contact:
        writer.write_row([contact], Style.SMALL)
    row = writer.write_row([title], Style.TITLE, height=24)
    return row


# --------------------------------------------------------------------------- barcodes

#: a sheet's barcode is drawn for a 300 dpi print: crisp on paper, readable by any scanner
_BARCODE_DPI = 300
#: openpyxl sizes pictures in screen pixels (96 per inch)
_SCREEN_DPI = 96


def barcode_png(code: str, *, width_mm: float = 64, height_mm: float = 17) -> bytes:
    """PNG of `code` as Code 128 with the number printed under the bars.

    Drawn by `exports.labels.render_label` (whole printer dots per module,
    quiet zones kept), so a sheet's barcode scans exactly like a label's.
    """
    from exports.labels import LabelContent, LabelSize, render_label

    image = render_label(LabelContent(code=code, title=code, lines=[]),
                         LabelSize(width_mm=width_mm, height_mm=height_mm, dpi=_BARCODE_DPI))
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(_BARCODE_DPI, _BARCODE_DPI))
    return out.getvalue()


def barcode_image(code: str, *, width_mm: float = 64, height_mm: float = 17) -> Image:
    """`barcode_png` as an openpyxl picture shown at its physical size.

    Anchor it with ``worksheet.add_image(picture, "J1")``.
    """
    picture = Image(io.BytesIO(barcode_png(code, width_mm=width_mm, height_mm=height_mm)))
    picture.width = round(width_mm / 25.4 * _SCREEN_DPI)
    picture.height = round(height_mm / 25.4 * _SCREEN_DPI)
    return picture


# --------------------------------------------------------------------------- saving


def save_workbook(workbook: Workbook, target: Path, cancelled: Cancelled | None = None) -> Path:
    """Save atomically: a temporary file in the same folder, then renamed over `target`.

    A cancelled or failed export never leaves half a workbook behind, nor
    replaces a good one someone has open in Excel with a broken one.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".~", suffix=".xlsx", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        workbook.save(tmp)
        if cancelled is not None and cancelled():
            raise JobCancelled
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target
