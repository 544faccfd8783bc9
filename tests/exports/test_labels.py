"""Labels: exact physical size, a Code 128 that decodes back, Chinese that fits."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest
import zxingcpp
from PIL import Image

from depot.errors import ValidationError
from exports.labels import (
    LabelContent,
    LabelSize,
    bin_label,
    fit_text,
    label_font,
    label_to_pdf,
    label_to_png,
    part_label,
    render_label,
    rma_label,
)


def decoded(image: Image.Image) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(image.convert("L"))]


@pytest.mark.parametrize("content", [
    rma_label("RMA-2611-00042", "SN-000123", "LP-200", "深圳华强电子有限公司", date(2026, 11, 3)),
    part_label("P-FUSER-01", "Fuser unit 定影组件", "A-01-03"),
    bin_label("A-01-03"),
])
def test_labels_have_exact_size_and_decode_back(content):
    image = render_label(content)
    assert image.size == (round(62 / 25.4 * 300), round(29 / 25.4 * 300))
    assert decoded(image) == [content.code]


@pytest.mark.parametrize(("w", "h", "dpi"), [(62, 29, 300), (100, 50, 203), (50, 25, 600)])
def test_other_sizes_render_exactly_and_decode(w, h, dpi):
    size = LabelSize(w, h, dpi)
    image = render_label(LabelContent("RMA-2611-00001", "RMA-2611-00001", ["S/N X1"]), size)
    assert image.size == size.size_px
    assert decoded(image) == ["RMA-2611-00001"]


@pytest.mark.parametrize(("w", "h", "dpi"), [(5, 29, 300), (62, 500, 300), (62, 29, 72),
                                            (62, 29, 1200)])
def test_absurd_sizes_are_refused(w, h, dpi):
    with pytest.raises(ValidationError):
        LabelSize(w, h, dpi)


def test_long_text_is_cut_with_an_ellipsis_not_overflowing():
    font = label_font(40)
    text = fit_text("深圳华强电子有限公司 " * 20, font, 300)
    assert text.endswith("…")
    assert font.getlength(text) <= 300
    image = render_label(rma_label("RMA-2611-00042", "S" * 40, "M" * 60, "客户" * 80,
                                   date(2026, 1, 1)))
    assert decoded(image) == ["RMA-2611-00042"]


def test_code_too_long_for_the_label_is_refused():
    with pytest.raises(ValidationError, match="too long"):
        render_label(LabelContent("X" * 120, "X", []), LabelSize(20, 29, 150))


def test_png_and_pdf_files(tmp_path):
    size = LabelSize()
    images = [render_label(rma_label(f"RMA-2611-0000{i}", "SN1", "LP-200", "ACME",
                                     date(2026, 11, 3)), size) for i in (1, 2)]
    label_to_png(images[0], tmp_path / "label.png")
    assert decoded(Image.open(tmp_path / "label.png")) == ["RMA-2611-00001"]
    label_to_pdf(images, tmp_path / "labels.pdf", size)
    assert (tmp_path / "labels.pdf").read_bytes().startswith(b"%PDF")
    with pytest.raises(ValidationError):
        label_to_pdf([], tmp_path / "none.pdf", size)
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    subprocess.run(["pdftoppm", "-png", "-r", "300", str(tmp_path / "labels.pdf"),
                    str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page*.png"))
    assert [decoded(Image.open(p)) for p in pages] == [["RMA-2611-00001"], ["RMA-2611-00002"]]
