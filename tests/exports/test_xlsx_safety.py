"""exports.xlsx: user text stays text in normal and write-only sheets; money and sizes."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import openpyxl
import pytest

from exports.xlsx import (
    SheetWriter,
    Style,
    add_styles,
    clean_text,
    display_width,
    is_formula_like,
    money_format,
    money_value,
    save_workbook,
)
from tests.support.signoff import HOSTILE, formula_cells


@pytest.mark.parametrize("write_only", [False, True])
def test_formula_like_text_is_stored_as_text(tmp_path, write_only):
    wb = openpyxl.Workbook(write_only=write_only)
    add_styles(wb)
    ws = wb.create_sheet("T") if write_only else wb.active
    w = SheetWriter(ws, [30])
    for text in [*HOSTILE, "=1+1", "-", "plain", "a\x07b\x1bc"]:
        w.write_row([text], Style.CELL)
    path = save_workbook(wb, tmp_path / "t.xlsx")
    assert formula_cells(path) == []
    cells = [r[0] for r in openpyxl.load_workbook(path).worksheets[-1].iter_rows()]
    assert [c.value for c in cells] == [*HOSTILE, "=1+1", "-", "plain", "abc"]
    assert [c.quotePrefix for c in cells] == [True] * (len(HOSTILE) + 2) + [False, False]
    assert all(c.style == Style.CELL for c in cells)


def test_helpers():
    assert all(is_formula_like(t) for t in HOSTILE)
    assert not is_formula_like("RMA-2601-00001") and not is_formula_like(" =x")
    assert clean_text("ok\tline\nnext\x00\x0b") == "ok\tline\nnext"
    assert money_value(125_050, "CNY") == Decimal("1250.5")
    assert money_value(1_250, "JPY") == Decimal(1250)
    assert (money_format("CNY"), money_format("JPY")) == ("#,##0.00", "#,##0")
    assert display_width("abcd") < display_width("维修单")


def test_times_become_local_and_rows_grow_for_wrapped_text(tmp_path, fixed_clock):
    wb = openpyxl.Workbook()
    add_styles(wb)
    w = SheetWriter(wb.active, [10, 10])
    w.write_row([datetime(2026, 1, 5, 9, 30, tzinfo=UTC), "word " * 12],
                [Style.DATETIME, Style.CELL_WRAP])
    w.write_row(["short", "x"], [Style.CELL, Style.CELL_WRAP])
    path = save_workbook(wb, tmp_path / "t.xlsx")
    ws = openpyxl.load_workbook(path).active
    assert ws["A1"].value == datetime(2026, 1, 5, 9, 30)
    assert ws.row_dimensions[1].height > 3 * 13
    assert ws.row_dimensions[2].height is None
