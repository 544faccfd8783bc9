"""Labels must scan back to exactly their code and never print off the paper.

A label that decodes to the wrong text, or whose text runs over the edge,
is found at the shelf weeks later; these tests read every rendered barcode
back with a real decoder (zxing-cpp) and check the margins stay blank.
"""

from __future__ import annotations

import dataclasses
import math
from datetime import date
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image, ImageFont, PdfParser

from depot import i18n
from depot.errors import ValidationError
from exports import labels
from exports.labels import (
    LabelContent,
    LabelSize,
    bin_label,
    code128_modules,
    find_cjk_font,
    fit_text,
    label_font,
    label_to_pdf,
    label_to_png,
    part_label,
    render_label,
    rma_label,
)
from tests.support.pdf import rasterise

CUSTOMER_CN = "深圳华强电子有限公司"
RECEIVED = date(2026, 11, 3)


def rma() -> LabelContent:
    return rma_label(
        "RMA-2611-00042", "SN-C02XK1JHJG5H", "ThinkPad T14 Gen 3", CUSTOMER_CN, RECEIVED
    )


def decode(image: Image.Image) -> list[str]:
    """Every Code 128 zxing-cpp finds in the image."""
    found = zxingcpp.read_barcodes(image.convert("L"), formats=zxingcpp.BarcodeFormat.Code128)
    return [r.text for r in found]


def blank_margins(image: Image.Image, size: LabelSize) -> bool:
    """True when nothing is printed in the side and top/bottom margins."""
    mx = round(labels._MARGIN_X_MM * size.dpi / 25.4)
    my = round(labels._MARGIN_Y_MM * size.dpi / 25.4)
    grey = image.convert("L")
    w, h = grey.size
    strips = [(0, 0, mx, h), (w - mx, 0, w, h), (0, 0, w, my), (0, h - my, w, h)]
    return all(grey.crop(box).getextrema()[0] == 255 for box in strips)


@pytest.fixture
def fresh_font_cache():
    """Font lookups are cached per process; let a test change what is found."""
    find_cjk_font.cache_clear()
    label_font.cache_clear()
    yield
    find_cjk_font.cache_clear()
    label_font.cache_clear()


# --- sizes ---------------------------------------------------------------


def test_default_size_is_62_by_29_mm_at_300_dpi():
    size = LabelSize()
    assert (size.width_mm, size.height_mm, size.dpi) == (62, 29, 300)
    assert size.size_px == (round(62 / 25.4 * 300), round(29 / 25.4 * 300)) == (732, 343)
    image = render_label(rma(), size)
    assert image.size == (732, 343)
    assert image.mode in ("1", "L")
    assert image.info["dpi"] == (300, 300)


def test_render_label_defaults_to_the_62_by_29_label():
    assert render_label(bin_label("A-01-03")).size == LabelSize().size_px


@pytest.mark.parametrize(
    ("width", "height", "dpi"),
    [
        (62, 29, 300),
        (100, 50, 300),
        (50, 25, 203),
        (62, 100, 600),
        (102, 152, 150),
        (200, 200, 600),
    ],
)
def test_exact_pixel_size_and_scan_at_other_sizes(width, height, dpi):
    size = LabelSize(width, height, dpi)
    image = render_label(rma(), size)
    assert image.size == (round(width / 25.4 * dpi), round(height / 25.4 * dpi))
    assert decode(image) == ["RMA-2611-00042"]
    assert blank_margins(image, size)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"width_mm": 9.9},
        {"width_mm": 201},
        {"height_mm": 5},
        {"height_mm": 250},
        {"width_mm": math.nan},
        {"width_mm": "62"},
        {"dpi": 149},
        {"dpi": 601},
        {"dpi": 300.0},
        {"dpi": True},
    ],
)
def test_bad_sizes_are_refused(kwargs):
    with pytest.raises(ValidationError):
        LabelSize(**kwargs)


def test_size_limits_themselves_are_accepted():
    assert LabelSize(10, 200, 150).size_px == (59, 1181)
    assert LabelSize(200, 10, 600).dpi == 600


# --- barcodes --------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        rma(),
        part_label("P-100234", 'LCD panel 14" FHD IPS', "A-01-03"),
        bin_label("A-01-03"),
        LabelContent("LN-0007", "Loaner LN-0007", ["Dell Latitude 5440"]),
    ],
    ids=["rma", "part", "bin", "loaner"],
)
def test_rendered_code_scans_back_exactly(content):
    image = render_label(content)
    assert decode(image) == [content.code]
    assert blank_margins(image, LabelSize())


def test_bars_are_whole_pixels_with_ten_module_quiet_zones():
    size = LabelSize()
    image = render_label(rma(), size)
    modules = code128_modules("RMA-2611-00042")
    row = [image.getpixel((x, image.height // 5)) for x in range(image.width)]
    dark = [x for x, v in enumerate(row) if v == 0]
    left, right = dark[0], dark[-1]
    # the largest whole module width at which symbol + 2 × 10 quiet modules fit
    module_px = (right - left + 1) // len(modules)
    assert module_px * len(modules) == right - left + 1
    assert module_px == size.width_px // (len(modules) + 20)
    assert left >= 10 * module_px and size.width_px - 1 - right >= 10 * module_px
    # every module is exactly module_px dots of its colour
    drawn = "".join("1" if row[left + i * module_px] == 0 else "0" for i in range(len(modules)))
    assert drawn == modules
    for i, m in enumerate(modules):
        chunk = row[left + i * module_px : left + (i + 1) * module_px]
        assert set(chunk) == ({0} if m == "1" else {255})


def test_code_too_long_for_the_label_is_refused():
    with pytest.raises(ValidationError, match="too long"):
        render_label(bin_label("X" * 60), LabelSize(20, 20, 150))


@pytest.mark.parametrize("code", ["", "   ", " RMA-1", "RMA-1\n", "深圳-1", "RMA\t1"])
def test_codes_a_scanner_cannot_type_are_refused(code):
    with pytest.raises(ValidationError):
        LabelContent(code=code, title="x")


def test_content_is_frozen_and_keeps_its_own_lines():
    lines = ["one"]
    content = LabelContent("A-1", "A-1", lines)
    lines.append("two")
    assert content.lines == ["one"]
    with pytest.raises(dataclasses.FrozenInstanceError):
        content.code = "B-2"  # type: ignore[misc]
    assert hash(content) == hash(LabelContent("A-1", "A-1", ["other"]))


# --- text -----------------------------------------------------------------


def test_convenience_contents():
    content = rma()
    assert content.code == content.title == "RMA-2611-00042"
    assert content.lines == [
        "S/N SN-C02XK1JHJG5H",
        "ThinkPad T14 Gen 3",
        CUSTOMER_CN,
        "Received 2026-11-03",
    ]
    part = part_label("P-100234", "Battery 57 Wh", "B-02-11")
    assert (part.code, part.title, part.lines) == (
        "P-100234",
        "P-100234",
        ["Battery 57 Wh", "Bin B-02-11"],
    )
    assert part_label("P-1", "Screw", "").lines == ["Screw"]
    assert bin_label("B-02-11") == LabelContent("B-02-11", "B-02-11", [])


def test_label_lines_and_refusals_are_translated():
    zh = {
        ("Labels", "S/N {serial}"): "出厂编号 {serial}",
        ("Labels", "Received {date}"): "收货 {date}",
        ("Labels", "Bin {bin}"): "库位 {bin}",
        ("Errors", "Label width {value} mm is outside {low}–{high} mm."): (
            "标签宽度 {value} mm 超出 {low}–{high} mm 的范围。"
        ),
    }
    i18n.set_translator(lambda context, text: zh.get((context, text), ""))
    try:
        content = rma_label("RMA-2611-00042", "SN1", "ThinkPad T14", CUSTOMER_CN, RECEIVED)
        part = part_label("P-100234", "Battery 57 Wh", "B-02-11")
        with pytest.raises(ValidationError) as info:
            LabelSize(width_mm=250)
    finally:
        i18n.set_translator(None)
    assert content.lines == ["出厂编号 SN1", "ThinkPad T14", CUSTOMER_CN, "收货 2026-11-03"]
    assert part.lines == ["Battery 57 Wh", "库位 B-02-11"]
    assert str(info.value) == "标签宽度 250 mm 超出 10–200 mm 的范围。"


def test_chinese_customer_renders_inside_the_label():
    long_cn = CUSTOMER_CN * 6 + "维修服务中心"
    content = rma_label("RMA-2611-00042", "SN1", "MacBook Pro 14", long_cn, RECEIVED)
    for size in (LabelSize(), LabelSize(40, 30, 203)):
        image = render_label(content, size)
        assert image.size == size.size_px
        assert decode(image) == ["RMA-2611-00042"]
        assert blank_margins(image, size)


def test_chinese_glyphs_are_real_glyphs_when_a_cjk_font_is_installed():
    font = label_font(40)
    a, b = (font.getmask(ch) for ch in "深圳")
    assert a.getbbox() and b.getbbox()  # something is drawn either way
    if find_cjk_font() is not None:  # no CJK font: boxes are the documented fallback
        assert bytes(a) != bytes(b), "CJK font found but 深 and 圳 render the same box"


def test_fit_text_truncates_with_an_ellipsis():
    font = label_font(30)
    text = "Customer says: screen flickers when the lid is opened past ninety degrees"
    width = font.getlength(text) / 3
    cut = fit_text(text, font, width)
    assert cut.endswith("…") and len(cut) < len(text)
    assert font.getlength(cut) <= width
    assert text.startswith(cut[:-1])
    assert fit_text("short", font, 1000) == "short"
    assert fit_text("two\nlines  here", font, 1000) == "two lines here"
    assert fit_text("anything", font, 1) == ""


def test_fit_text_truncates_chinese():
    font = label_font(30)
    width = font.getlength(CUSTOMER_CN) * 0.6
    cut = fit_text(CUSTOMER_CN, font, width)
    assert cut.endswith("…") and font.getlength(cut) <= width
    assert CUSTOMER_CN.startswith(cut[:-1])


def test_long_text_stays_inside_the_margins():
    size = LabelSize()
    content = LabelContent(
        "RMA-2611-00042",
        "RMA-2611-00042 " * 5,
        ["W" * 200, "Model " + "X1 Carbon " * 20],
    )
    image = render_label(content, size)
    assert blank_margins(image, size)
    assert decode(image) == ["RMA-2611-00042"]


def test_surplus_lines_are_left_off_not_overflowed():
    size = LabelSize()
    content = LabelContent("RMA-2611-00042", "RMA-2611-00042", [f"line {i}" for i in range(30)])
    image = render_label(content, size)
    assert image.size == size.size_px
    assert blank_margins(image, size)
    assert decode(image) == ["RMA-2611-00042"]


@pytest.mark.parametrize("dpi", [150, 300, 600])
def test_shortest_label_drops_lines_but_keeps_5_mm_bars(dpi):
    size = LabelSize(62, 10, dpi)
    image = render_label(rma(), size)
    assert image.size == size.size_px
    assert decode(image) == ["RMA-2611-00042"]
    assert blank_margins(image, size)
    # the longest vertical dark run is a bar: glyph strokes are far shorter than 5 mm
    grey = image.convert("L")
    longest = 0
    for x in range(size.width_px):
        run = 0
        for y in range(size.height_px):
            run = run + 1 if grey.getpixel((x, y)) == 0 else 0
            longest = max(longest, run)
    assert longest >= round(5 * dpi / 25.4)


def test_without_any_cjk_font_the_label_still_renders(monkeypatch, fresh_font_cache):
    monkeypatch.setattr(labels.shutil, "which", lambda name: None)
    monkeypatch.setattr(labels, "_KNOWN_FONT_FILES", [("/nonexistent/font.ttc", 0)])
    assert find_cjk_font() is None
    assert isinstance(label_font(30), ImageFont.FreeTypeFont | ImageFont.ImageFont)
    image = render_label(rma())
    assert decode(image) == ["RMA-2611-00042"]
    assert blank_margins(image, LabelSize())


def test_known_font_paths_are_used_without_fontconfig(monkeypatch, fresh_font_cache, tmp_path):
    fake = tmp_path / "msyh.ttc"
    fake.write_bytes(b"not really a font")
    monkeypatch.setattr(labels.shutil, "which", lambda name: None)
    monkeypatch.setattr(labels, "_KNOWN_FONT_FILES", [("/nonexistent.ttc", 2), (str(fake), 0)])
    assert find_cjk_font() == (str(fake), 0)
    # an unreadable font file falls back instead of failing the print
    assert decode(render_label(bin_label("A-01-03"))) == ["A-01-03"]


# --- files ----------------------------------------------------------------


def test_png_round_trip_keeps_size_dpi_and_code(tmp_path):
    path = tmp_path / "label.png"
    label_to_png(render_label(rma()), path)
    with Image.open(path) as saved:
        assert saved.size == (732, 343)
        assert [round(v) for v in saved.info["dpi"]] == [300, 300]
        assert decode(saved) == ["RMA-2611-00042"]


def _media_boxes(path: Path) -> list[tuple[float, float]]:
    pdf = PdfParser.PdfParser(str(path))
    try:
        boxes = []
        for page in pdf.pages:
            x0, y0, x1, y1 = pdf.read_indirect(page)[b"MediaBox"]
            boxes.append((x1 - x0, y1 - y0))
        return boxes
    finally:
        pdf.close()


def test_pdf_has_one_page_per_label_at_physical_size(tmp_path):
    size = LabelSize(62, 29, 300)
    contents = [rma(), part_label("P-100234", "Battery", "B-02-11"), bin_label("B-02-11")]
    path = tmp_path / "labels.pdf"
    label_to_pdf([render_label(c, size) for c in contents], path, size)
    boxes = _media_boxes(path)
    assert len(boxes) == 3
    for w, h in boxes:
        # within half a printer dot of 62 × 29 mm
        assert w == pytest.approx(62 / 25.4 * 72, abs=72 / 300)
        assert h == pytest.approx(29 / 25.4 * 72, abs=72 / 300)


def test_pdf_pages_scan_back_after_rasterising(tmp_path):
    size = LabelSize(62, 29, 300)
    contents = [rma(), part_label("P-100234", "Battery", "B-02-11"), bin_label("B-02-11")]
    path = tmp_path / "labels.pdf"
    label_to_pdf([render_label(c, size) for c in contents], path, size)
    pages = rasterise(path, 300)
    assert len(pages) == 3
    for raster, content in zip(pages, contents, strict=True):
        assert abs(raster.width - size.width_px) <= 1
        assert abs(raster.height - size.height_px) <= 1
        assert decode(raster) == [content.code]


def test_pdf_refuses_no_labels_and_wrong_sizes(tmp_path):
    with pytest.raises(ValidationError, match="No labels"):
        label_to_pdf([], tmp_path / "none.pdf", LabelSize())
    small = render_label(bin_label("A-1"), LabelSize(40, 20, 300))
    with pytest.raises(ValidationError, match="not 732×343"):
        label_to_pdf([small], tmp_path / "wrong.pdf", LabelSize())
    assert not (tmp_path / "wrong.pdf").exists()
