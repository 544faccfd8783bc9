"""The fast .xlsx reader returns what openpyxl's read-only mode returns, cell by cell."""

from __future__ import annotations

import zipfile
from datetime import date, datetime, time

import pytest
from openpyxl import Workbook, load_workbook

from exports.xlsx_read import XlsxError, XlsxReader


def openpyxl_rows(path, sheet=None):
    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        ws = wb[sheet] if sheet else wb.worksheets[0]
        out = {}
        for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
            values = list(values)
            while values and values[-1] is None:
                values.pop()
            if values:
                out[number] = tuple(values)
        return out
    finally:
        wb.close()


def fast_rows(path, sheet=None):
    with XlsxReader(path) as book:
        out = {}
        for number, values in book.rows(sheet):
            values = list(values)
            while values and values[-1] is None:
                values.pop()
            if values:
                out[number] = tuple(values)
        return out


def build(path, *, write_only=False, date1904=False):
    wb = Workbook(write_only=write_only)
    ws = wb.create_sheet("数据") if write_only else wb.active
    if not write_only:
        ws.title = "数据"
    if date1904:
        wb.epoch = datetime(1904, 1, 1)
    rows = [
        ["序列号", "型号", "客户", "日期", "数量", "价格", "是否", "备注"],
        ["SN-1", "ZT410", "上海恒达", datetime(2025, 3, 15), 3, 12.5, True, None],
        ["SN-2", None, "", date(2024, 2, 29), -7, 1e-5, False, "=SUM(E2:E3)"],
        [None, None, None, None, None, None, None, None],
        ["SN-4", "DS2208", "Acme\nLtd", datetime(2025, 1, 1, 14, 30), 10**12, 3.0, None, "x"],
        ["only A"],
        [None, None, None, None, None, None, None, "only H"],
        ["t", None, None, time(9, 30)],
    ]
    for r in rows:
        ws.append(r)
    if not write_only:
        ws["D9"] = datetime(1999, 12, 31)
        ws["D9"].number_format = "yyyy-mm-dd"
        ws["E9"] = 45731
        ws["E9"].number_format = "0"
        ws["A12"] = "after a gap"
    wb.save(path)
    return path


@pytest.mark.parametrize("write_only", [False, True])
@pytest.mark.parametrize("date1904", [False, True])
def test_same_values_as_openpyxl(tmp_path, write_only, date1904):
    path = build(tmp_path / "b.xlsx", write_only=write_only, date1904=date1904)
    assert fast_rows(path) == openpyxl_rows(path)


def test_sheets_and_dimension(tmp_path):
    wb = Workbook()
    wb.active.title = "封面"
    wb.active.append(["cover"])
    data = wb.create_sheet("台账")
    for i in range(5):
        data.append([f"S{i}", i])
    wb.save(tmp_path / "s.xlsx")
    with XlsxReader(tmp_path / "s.xlsx") as book:
        assert book.sheet_names == ["封面", "台账"]
        assert book.last_row("台账") == 5
        assert [n for n, _ in book.rows("台账")] == [1, 2, 3, 4, 5]
        with pytest.raises(XlsxError, match="no sheet 'nope'"):
            book.sheet_part("nope")
    assert fast_rows(tmp_path / "s.xlsx", "台账") == openpyxl_rows(tmp_path / "s.xlsx", "台账")


def test_shared_strings_rich_text_and_cjk_date_formats(tmp_path):
    """An Excel-style file: shared strings with rich runs and phonetics, a CJK date format."""
    path = tmp_path / "excel.xlsx"
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>'
        ),
        "_rels/.rels": (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/sharedStrings" Target="/xl/sharedStrings.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/styles" Target="styles.xml"/></Relationships>'
        ),
        "xl/sharedStrings.xml": (
            '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            "<si><t>出厂编号</t></si>"
            "<si><r><t>北京</t></r><r><rPr><b/></rPr><t>华信</t></r>"
            '<rPh sb="0" eb="2"><t>ペキン</t></rPh></si>'
            "</sst>"
        ),
        "xl/styles.xml": (
            '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月'
            '&quot;d&quot;日&quot;"/></numFmts>'
            '<fonts count="1"><font/></fonts>'
            '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
            '<borders count="1"><border/></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>'
            '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="176"/><xf numFmtId="31"/>'
            '<xf numFmtId="14"/></cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
            "</styleSheet>"
        ),
        "xl/worksheets/sheet1.xml": (
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<dimension ref="A1:E3"/><sheetData>'
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>'
            '<row r="3"><c r="A3" s="1"><v>45731</v></c><c r="B3" s="2"><v>45731</v></c>'
            '<c r="C3" s="3"><v>45731.5</v></c><c r="D3" t="e"><v>#N/A</v></c>'
            '<c r="E3" t="str"><f>A1</f><v>text</v></c></row>'
            "</sheetData></worksheet>"
        ),
    }
    with zipfile.ZipFile(path, "w") as z:
        for name, text in files.items():
            z.writestr(name, text)
    with XlsxReader(path) as book:
        assert book.last_row() == 3
        rows = dict(book.rows())
    assert rows[1] == ("出厂编号", None, "北京华信")
    assert rows[3] == (
        datetime(2025, 3, 15), datetime(2025, 3, 15), datetime(2025, 3, 15, 12, 0), "#N/A",
        "text",
    )
    # openpyxl agrees except on the Chinese built-in format 31, which it does not know
    theirs = openpyxl_rows(path)
    assert theirs[1] == rows[1]
    assert theirs[3][1] == 45731 and theirs[3][:1] + theirs[3][2:] == rows[3][:1] + rows[3][2:]


def test_not_a_workbook(tmp_path):
    bad = tmp_path / "x.xlsx"
    bad.write_text("hello")
    with pytest.raises(XlsxError, match=r"not an \.xlsx workbook"):
        XlsxReader(bad)
    empty_zip = tmp_path / "e.xlsx"
    with zipfile.ZipFile(empty_zip, "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(XlsxError, match="no workbook part"):
        XlsxReader(empty_zip)
