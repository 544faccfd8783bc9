"""Sales register import: column mapping, per-row dry run, all-or-nothing import."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from depot.errors import PermissionDenied, ValidationError
from depot.events import bus
from depot.models import AuditEntry
from exports import sales_import as si
from rma import customers, units
from rma.models import Customer, Unit

HEADERS_ZH = ["出厂编号", "型号", "客户", "销售日期", "验收日期", "保修期（月）"]
MAPPING = {"serial": 0, "model": 1, "customer": 2, "sale_date": 3, "acceptance_date": 4,
           "warranty_months": 5}


def write_xlsx(path: Path, rows: list[list], *, headers=HEADERS_ZH, title_rows=(),
               sheet="销售台账") -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    for r in title_rows:
        ws.append(r)
    ws.append(headers)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


@pytest.fixture
def models(db, manager):
    units.create_model(manager, code="ZT410", name="Zebra ZT410", warranty_months=12)
    units.create_model(manager, code="DS2208", name="Zebra DS2208", warranty_months=24)


def snapshot() -> tuple[int, int, int]:
    return Unit.select().count(), Customer.select().count(), AuditEntry.select().count()


# ----------------------------------------------------------------------------- mapping


def test_guess_mapping_chinese_headers():
    assert si.guess_mapping(HEADERS_ZH) == MAPPING


def test_guess_mapping_english_headers_any_order_and_case():
    headers = ["Customer Name", "Warranty (months)", "S/N", "Model", "Date of sale",
               "Acceptance date", "Remarks"]
    assert si.guess_mapping(headers) == {
        "customer": 0, "warranty_months": 1, "serial": 2, "model": 3, "sale_date": 4,
        "acceptance_date": 5,
    }


def test_guess_mapping_prefers_exact_and_skips_short_substrings():
    headers = ["序号", "Description", "产品型号", "设备序列号(SN)", "保修期截止日", "保修期"]
    # "sn" is inside "Description" but only distinctive aliases match inside a header;
    # the exact 保修期 wins over 保修期截止日 (an end date, not months)
    assert si.guess_mapping(headers) == {"serial": 3, "model": 2, "warranty_months": 5}
    assert si.guess_mapping([None, "", "foo"]) == {}


@pytest.mark.parametrize(
    ("mapping", "message"),
    [
        ({"model": 1}, "Choose the column that holds the serial number"),
        ({"serial": 0}, "Choose the column that holds the model"),
        ({"serial": 0, "model": 0}, "Column A is chosen for both Serial number and Model"),
        ({"serial": 0, "model": 9}, "column 9, which the sheet does not have"),
        ({"serial": 0, "model": -1}, "does not have"),
        ({"serial": 0, "model": 1, "colour": 2}, "Unknown import field"),
    ],
)
def test_bad_mapping_refused(mapping, message):
    with pytest.raises(ValidationError, match=message):
        si.check_mapping(mapping, columns=6)


# ----------------------------------------------------------------------------- cell values


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("", None),
        (datetime(2025, 3, 15, 14, 30), date(2025, 3, 15)),
        (date(2025, 3, 15), date(2025, 3, 15)),
        ("2025-03-15", date(2025, 3, 15)),
        ("2025/3/5", date(2025, 3, 5)),
        ("2025.03.15", date(2025, 3, 15)),
        ("2025年3月15日", date(2025, 3, 15)),
        ("２０２５年０３月１５日", date(2025, 3, 15)),
        ("2025-03-15 00:00:00", date(2025, 3, 15)),
        ("20250315", date(2025, 3, 15)),
        (20250315, date(2025, 3, 15)),
        (45731, date(2025, 3, 15)),  # an Excel day number in a cell without date format
    ],
)
def test_parse_date_accepts(value, expected):
    assert si.parse_date(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("15/03/2025", "is not a date"),
        ("2025-02-30", "not a calendar date"),
        ("0205-03-01", "not a plausible date"),
        (12.5, "is not a date"),
        (True, "is not a date"),
        ("soon", "is not a date"),
    ],
)
def test_parse_date_refuses(value, message):
    with pytest.raises(ValueError, match=message):
        si.parse_date(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [(None, None), ("", None), (24, 24), (24.0, 24), ("36", 36), ("24个月", 24),
     ("12 months", 12), (0, 0), (120, 120)],
)
def test_parse_months_accepts(value, expected):
    assert si.parse_months(value) == expected


@pytest.mark.parametrize("value", [121, -1, 12.5, "two years", "1.5", True])
def test_parse_months_refuses(value):
    with pytest.raises(ValueError, match="warranty months"):
        si.parse_months(value)


# ----------------------------------------------------------------------------- dry run


def test_read_headers_finds_header_under_title_rows(tmp_path, db):
    path = write_xlsx(tmp_path / "r.xlsx", [["SN1", "ZT410", "Acme", "2025-01-02", None, 12]],
                      title_rows=[["2025 年销售台账"], []])
    preview = si.read_headers(path)
    assert preview.header_row == 3 and preview.sheet == "销售台账"
    assert preview.headers[0] == "出厂编号" and preview.mapping == MAPPING
    assert preview.sample == (("SN1", "ZT410", "Acme", "2025-01-02", None, 12),)
    assert preview.sheet_names == ("销售台账",)
    assert si.dry_run(path, MAPPING, header_row=3).rows == 1
    with pytest.raises(ValidationError, match="row 2 is not a header row"):
        si.dry_run(path, MAPPING, header_row=2)


def test_broken_file_is_refused_row_by_row_and_imports_nothing(tmp_path, models, manager,
                                                               clerk):
    existing = units.register_unit(manager, serial="OLD-1", model="ZT410",
                                   sale_date=date(2024, 1, 1))
    rows = [
        ["GOOD-1", "ZT410", "Acme", date(2025, 1, 2), None, 12],  # row 2
        ["GOOD-2", "NOPE9", "Acme", "2025-01-02", None, None],  # 3 unknown model
        ["GOOD-3", "ZT410", "Acme", "2025-13-01", None, None],  # 4 bad date
        ["DUP-1", "ZT410", "Acme", "2025-01-02", None, None],  # 5
        ["dup-1", "ZT410", "Acme", "2025-01-03", None, None],  # 6 same serial, other date
        [None, "ZT410", "Acme", "2025-01-02", None, None],  # 7 empty serial
        ["SN#7", "ZT410", "Acme", "2025-01-02", None, None],  # 8 malformed
        ["GOOD-4", "ZT410", "Acme", "2025-01-02", None, "3 years"],  # 9 bad months
        ["OLD-1", "DS2208", "", "2024-01-01", None, None],  # 10 differs from the DB
        ["GOOD-5", "ZT410", "Acme", "2025-02-01", "2025-01-01", None],  # 11 accepted < sold
        [None, None, None, None, None, None],  # 12 blank: skipped
        ["4006381333931", "ZT410", "Acme", "2025-01-02", None, None],  # 13 a GTIN
        ["GOOD-6", "", "Acme", "bad", None, 500],  # 14 several problems at once
    ]
    path = write_xlsx(tmp_path / "broken.xlsx", rows)
    before = snapshot()
    report = si.dry_run(path, MAPPING)
    assert not report.ok and report.rows == 12
    got = {r.row: r.reason for r in report.rejections}
    assert sorted(got) == [3, 4, 6, 7, 8, 9, 10, 11, 13, 14]
    assert got[3] == "unknown model 'NOPE9'"
    assert got[4].startswith("bad sale date: '2025-13-01' is not a calendar date")
    assert got[6] == (
        "serial DUP-1 is also on row 5 with different data"
        " (sale date 2025-01-02 vs 2025-01-03)"
    )
    assert got[7] == "empty serial"
    assert got[8].startswith("malformed serial: Scan refused")
    assert got[9] == "bad warranty months '3 years' is not a whole number of months"
    assert got[10] == (
        "serial OLD-1 is already registered with different data (model ZT410 vs DS2208)"
    )
    assert got[11] == "acceptance date 2025-01-01 is before the sale date 2025-02-01"
    assert "is a product code" in got[13]
    assert got[14].count(";") == 2  # no model; bad date; months out of range
    assert str(report.rejections[0]) == "Row 3 (GOOD-2): unknown model 'NOPE9'"
    assert "10 of 12 rows rejected; nothing was imported" in report.summary()

    with pytest.raises(si.ImportRefused, match=r"10 rows rejected, nothing was imported") as err:
        si.run_import(clerk, path, MAPPING)
    assert [r.row for r in err.value.report.rejections] == sorted(got)
    assert snapshot() == before
    assert Unit.get_by_id(existing.id).model.code == "ZT410"


def test_import_registers_units_and_customers(tmp_path, models, manager, clerk):
    acme = customers.create_customer(manager, name="Acme Ltd")
    units.register_unit(manager, serial="OLD-1", model="ZT410", customer=acme,
                        sale_date=date(2024, 1, 1))
    rows = [
        ["SN-1", "zt410", "Acme Ltd", datetime(2025, 1, 2), datetime(2025, 1, 9), None],
        ["SN-2", "DS2208", "北京华信科技有限公司", "2025/02/03", "2025年2月10日", "36个月"],
        ["SN-3", "ZT410", None, 45731, None, 0],
        ["sn-2", "DS2208", "北京华信科技有限公司", "2025-02-03", "2025-02-10", 36],  # repeat
        ["OLD-1", "ZT410", "Acme Ltd", "2024-01-01", None, None],  # already there
        ["SN-4", "ZT410", "北京华信科技有限公司", None, None, None],
    ]
    path = write_xlsx(tmp_path / "ok.xlsx", rows)
    dry = si.dry_run(path, MAPPING)
    assert dry.ok and (dry.rows, dry.new_units, dry.new_customers, dry.unchanged,
                       dry.repeated) == (6, 4, 1, 1, 1)
    assert Unit.select().count() == 1  # the dry run wrote nothing

    progress: list[tuple[int, int]] = []
    seen = []
    unsubscribe = bus.subscribe(seen.append)
    try:
        report = si.run_import(clerk, path, MAPPING, progress=lambda d, t: progress.append((d, t)))
    finally:
        unsubscribe()
    assert report.imported and report.summary() == (
        "ok.xlsx: 4 new units imported, 1 new customer, 1 already registered, 1 repeated row."
    )
    assert progress[-1][0] == progress[-1][1]
    assert all(d <= t for d, t in progress)

    sn1 = units.unit_by_serial("SN-1")
    assert (sn1.model.code, sn1.customer_id, sn1.sale_date, sn1.acceptance_date,
            sn1.warranty_months, sn1.version) == (
        "ZT410", acme.id, date(2025, 1, 2), date(2025, 1, 9), None, 1,
    )
    sn2 = units.unit_by_serial("SN-2")
    assert sn2.customer.name == "北京华信科技有限公司" and sn2.warranty_months == 36
    assert sn2.acceptance_date == date(2025, 2, 10)
    sn3 = units.unit_by_serial("SN-3")
    assert sn3.customer is None and sn3.sale_date == date(2025, 3, 15)
    assert sn3.warranty_months == 0
    assert units.unit_by_serial("SN-4").customer_id == sn2.customer_id
    assert Customer.select().where(Customer.name == "北京华信科技有限公司").count() == 1
    entry = AuditEntry.get(AuditEntry.action == "units.import")
    assert entry.after["units"] == 4 and entry.actor_id == clerk.id
    assert seen and seen[-1].touches("unit", "customer")

    # importing the same file again changes nothing: every row is already registered
    again = si.run_import(clerk, path, MAPPING)
    assert (again.new_units, again.unchanged, again.repeated) == (0, 5, 1)
    assert Unit.select().count() == 5


def test_cancel_rolls_back(tmp_path, models, clerk):
    rows = [[f"C-{i:05d}", "ZT410", f"Customer {i % 7}", "2025-01-02", None, None]
            for i in range(si.INSERT_CHUNK * 2 + 10)]
    path = write_xlsx(tmp_path / "big.xlsx", rows)
    before = snapshot()
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return Unit.select().count() > before[0]  # once the first chunk is in

    with pytest.raises(si.ImportCancelled, match=r"big\.xlsx cancelled; nothing was imported"):
        si.run_import(clerk, path, MAPPING, cancelled=cancelled)
    assert calls and snapshot() == before


def test_only_service_desk_imports(tmp_path, models, technician):
    path = write_xlsx(tmp_path / "r.xlsx", [["SN1", "ZT410", "", "", "", ""]])
    with pytest.raises(PermissionDenied, match="may not import the sales register"):
        si.run_import(technician, path, MAPPING)


def test_unreadable_files_refused(tmp_path, db):
    bad = tmp_path / "notes.xlsx"
    bad.write_text("this is not a workbook")
    with pytest.raises(ValidationError, match="cannot be read as an Excel workbook"):
        si.read_headers(bad)
    with pytest.raises(ValidationError, match="no such file"):
        si.dry_run(tmp_path / "missing.xlsx", MAPPING)
    empty = tmp_path / "empty.xlsx"
    Workbook().save(empty)
    with pytest.raises(ValidationError, match="is empty"):
        si.dry_run(empty, MAPPING)
    with pytest.raises(ValidationError, match="has no sheet 'Nope'"):
        si.read_headers(write_xlsx(tmp_path / "x.xlsx", []), sheet="Nope")


def test_mapping_larger_than_the_sheet_refused(tmp_path, db):
    path = write_xlsx(tmp_path / "narrow.xlsx", [["SN1", "ZT410"]], headers=["SN", "Model"])
    with pytest.raises(ValidationError, match="which the sheet does not have"):
        si.dry_run(path, MAPPING)
    assert si.dry_run(path, {"serial": 0, "model": 1}).rows == 1


def test_wide_register_reads_only_mapped_columns(tmp_path, models, clerk):
    headers = ["备注", "出厂编号", "发票号", "型号", "客户", "销售日期", "地址"]
    rows = [[f"note {i}", f"W-{i:03d}", f"INV{i}", "ZT410", "Acme", "2025-03-01", "somewhere"]
            for i in range(40)]
    rows.insert(25, ["only a note", None, "INV-X", None, None, None, "x"])  # blank where mapped
    path = write_xlsx(tmp_path / "wide.xlsx", rows, headers=headers)
    preview = si.read_headers(path)
    assert preview.mapping == {"serial": 1, "model": 3, "customer": 4, "sale_date": 5}
    report = si.run_import(clerk, path, preview.mapping)
    assert (report.rows, report.new_units) == (40, 40)
    assert units.unit_by_serial("W-039").sale_date == date(2025, 3, 1)


def test_changed_file_is_read_again(tmp_path, models):
    path = write_xlsx(tmp_path / "r.xlsx", [["A-1", "ZT410", "", "", "", ""]])
    assert si.dry_run(path, MAPPING).new_units == 1
    write_xlsx(path, [["A-1", "ZT410", "", "", "", ""], ["A-2", "NOPE", "", "", "", ""]])
    report = si.dry_run(path, MAPPING)
    assert report.rows == 2 and [r.row for r in report.rejections] == [3]
