"""Printable labels: a Code 128 barcode, a big human-readable title, a few lines.

Every RMA gets a label (RMA number as Code 128, serial, model, customer, date
received); parts and storage bins get one too, so a scan at any desk opens the
right thing. Labels go to small thermal printers (62 mm rolls at 300 dpi are
typical), so this module renders straight to a 1-bit bitmap at the printer's
resolution instead of leaving the scaling to a driver:

- Bars are drawn here, from python-barcode's Code 128 encoding, as whole
  printer pixels. python-barcode's own `ImageWriter` sizes modules in
  millimetres and rounds per bar, which gives uneven bars after rasterising;
  a scanner reads ratios, and uneven bars are the usual cause of labels that
  scan "sometimes".
- Text that does not fit is cut with "…" rather than run off the edge, and
  lines that do not fit under the barcode are left off: a label that prints
  partly off the paper is worse than a shorter one.
- Customer names are often Chinese, so the font is a CJK-capable one found on
  the machine (Noto Sans CJK, Microsoft YaHei, …); without one, Pillow's
  default font still renders something rather than failing the print.

Headless on purpose (no Qt): the UI prints the PNG/PDF produced here, and the
same functions serve scripts and tests.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from barcode import Code128
from PIL import Image, ImageDraw, ImageFont, features

from depot.errors import ValidationError
from depot.i18n import QT_TRANSLATE_NOOP, translate

__all__ = [
    "LabelContent",
    "LabelSize",
    "bin_label",
    "find_cjk_font",
    "fit_text",
    "label_font",
    "label_to_pdf",
    "label_to_png",
    "part_label",
    "render_label",
    "rma_label",
]

MM_PER_INCH = 25.4
#: white space either side of the bars, in modules (ISO/IEC 15417 asks for 10)
QUIET_ZONE_MODULES = 10
ELLIPSIS = "…"

MIN_LABEL_MM, MAX_LABEL_MM = 10.0, 200.0
MIN_DPI, MAX_DPI = 150, 600

# Layout, in millimetres so a label looks the same at 203, 300 or 600 dpi.
_MARGIN_X_MM = 2.0  # thermal heads cannot print the last ~1.5 mm of a 62 mm roll
_MARGIN_Y_MM = 1.0
_GAP_MM = 0.6
_MIN_BAR_MM = 5.0  # shorter bars make hand scanners hunt for the symbol
_MAX_BAR_MM = 25.0  # taller adds nothing on a big label; the block is centred
_MAX_TITLE_MM = 8.0
_MAX_LINE_MM = 4.5
_EM_PER_PITCH = 0.78  # font size relative to its row; CJK glyphs need ~0.9 em

Font = ImageFont.FreeTypeFont | ImageFont.ImageFont

# One whole sentence per dimension (not "Label {name} ..."), so a translation
# can order the words as its language needs. Translated when raised.
_WIDTH_ERRORS = (
    QT_TRANSLATE_NOOP("Errors", "Label width must be a number of millimetres."),
    QT_TRANSLATE_NOOP("Errors", "Label width {value} mm is outside {low}–{high} mm."),
)
_HEIGHT_ERRORS = (
    QT_TRANSLATE_NOOP("Errors", "Label height must be a number of millimetres."),
    QT_TRANSLATE_NOOP("Errors", "Label height {value} mm is outside {low}–{high} mm."),
)


@dataclass(frozen=True)
class LabelSize:
    """Physical label stock and the printer resolution it is rendered for.

    The default is the common 62 × 29 mm address label on a 300 dpi printer.
    Limits refuse typing mistakes (mm entered as cm, dpi as dpmm) before they
    become a blank or unreadable print.
    """

    width_mm: float = 62
    height_mm: float = 29
    dpi: int = 300

    def __post_init__(self) -> None:
        for value, (not_a_number, outside) in (
            (self.width_mm, _WIDTH_ERRORS),
            (self.height_mm, _HEIGHT_ERRORS),
        ):
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ValidationError(translate("Errors", not_a_number))
            # written this way round so NaN is refused too
            if not MIN_LABEL_MM <= value <= MAX_LABEL_MM:
                raise ValidationError(
                    translate("Errors", outside).format(
                        value=f"{value:g}", low=f"{MIN_LABEL_MM:g}", high=f"{MAX_LABEL_MM:g}"
                    )
                )
        if isinstance(self.dpi, bool) or not isinstance(self.dpi, int):
            raise ValidationError(
                translate("Errors", "Printer resolution must be a whole number of dpi.")
            )
        if not MIN_DPI <= self.dpi <= MAX_DPI:
            raise ValidationError(
                translate(
                    "Errors", "Printer resolution {dpi} dpi is outside {low}–{high} dpi."
                ).format(dpi=self.dpi, low=MIN_DPI, high=MAX_DPI)
            )

    @property
    def width_px(self) -> int:
        """Width in printer dots (rounded to the nearest dot)."""
        return _px(self.width_mm, self.dpi)

    @property
    def height_px(self) -> int:
        """Height in printer dots (rounded to the nearest dot)."""
        return _px(self.height_mm, self.dpi)

    @property
    def size_px(self) -> tuple[int, int]:
        """`(width, height)` in dots: the exact size of a rendered label."""
        return self.width_px, self.height_px


@dataclass(frozen=True)
class LabelContent:
    """What a label says: the scanned code, a big title, and small lines.

    `code` is what the Code 128 encodes and what a scanner will type, so it is
    restricted to printable ASCII without surrounding blanks: control
    characters or a stray space would turn into keystrokes the scan router
    refuses. `lines` is not part of the hash (a list cannot be hashed); it is
    copied so the caller changing its list later does not change the label.
    """

    code: str
    title: str
    lines: list[str] = field(default_factory=list, hash=False)

    def __post_init__(self) -> None:
        if not isinstance(self.code, str) or not self.code.strip():
            raise ValidationError(
                translate("Errors", "A label needs a code to print as a barcode.")
            )
        if self.code != self.code.strip():
            raise ValidationError(
                translate("Errors", "Label code {code} has leading or trailing blanks.").format(
                    code=repr(self.code)
                )
            )
        bad = sorted({ch for ch in self.code if not " " <= ch <= "~"})
        if bad:
            raise ValidationError(
                translate(
                    "Errors",
                    "Label code {code} contains characters a Code 128 scan cannot "
                    "carry: {characters}.",
                ).format(code=repr(self.code), characters=" ".join(repr(ch) for ch in bad))
            )
        if not isinstance(self.title, str):
            raise ValidationError(translate("Errors", "A label title must be text."))
        if isinstance(self.lines, str) or not all(isinstance(ln, str) for ln in self.lines):
            raise ValidationError(translate("Errors", "Label lines must be a list of text lines."))
        object.__setattr__(self, "lines", list(self.lines))


# ---------------------------------------------------------------------------
# Convenience contents


def rma_label(
    rma_number: str, serial: str, model: str, customer: str, received: date
) -> LabelContent:
    """The label stuck on a unit at intake (DOMAIN §10).

    The date is ISO (2026-11-03): the same on an English and a Chinese desk,
    and never read as 11 March.
    """
    return LabelContent(
        code=rma_number,
        title=rma_number,
        lines=[
            translate("Labels", "S/N {serial}").format(serial=serial),
            model,
            customer,
            translate("Labels", "Received {date}").format(date=received.isoformat()),
        ],
    )


def part_label(part_number: str, name: str, bin: str) -> LabelContent:
    """A shelf or bag label for a spare part: scan to open the part."""
    lines = [name]
    if bin:
        lines.append(translate("Labels", "Bin {bin}").format(bin=bin))
    return LabelContent(code=part_number, title=part_number, lines=lines)


def bin_label(bin_code: str) -> LabelContent:
    """A storage location label: just the code, as large as the label allows."""
    return LabelContent(code=bin_code, title=bin_code, lines=[])


# ---------------------------------------------------------------------------
# Fonts

# (path, face index) tried in order when fontconfig cannot answer. The index
# picks the Simplified Chinese face of a collection (Noto CJK: JP, KR, SC, …).
_WINDIR = os.environ.get("WINDIR", r"C:\Windows")
_KNOWN_FONT_FILES: list[tuple[str, int]] = [
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),  # Debian, Ubuntu
    ("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc", 2),  # Arch
    ("/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc", 2),  # Fedora
    ("/usr/share/fonts/opentype/noto-cjk/NotoSansCJK-Regular.ttc", 2),
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    (os.path.join(_WINDIR, "Fonts", "msyh.ttc"), 0),  # Microsoft YaHei
    (os.path.join(_WINDIR, "Fonts", "msyh.ttf"), 0),
    (os.path.join(_WINDIR, "Fonts", "simhei.ttf"), 0),  # SimHei
    ("/System/Library/Fonts/PingFang.ttc", 0),
    ("/System/Library/Fonts/STHeiti Medium.ttc", 0),
]


@functools.cache
def find_cjk_font() -> tuple[str, int] | None:
    """`(font file, face index)` of a sans font with Simplified Chinese, or None.

    Asked once per process (fontconfig takes tens of milliseconds): first
    fontconfig, which knows what this desktop actually has, then the usual
    install paths on Linux, Windows and macOS.
    """
    fc_match = shutil.which("fc-match")
    if fc_match and sys.platform != "win32":
        try:
            out = subprocess.run(
                [fc_match, "-f", "%{file}\n%{index}\n%{lang}", "sans-serif:lang=zh-cn"],
                capture_output=True,
                text=True,
                timeout=10,
                check=True,
            ).stdout.split("\n")
            # fontconfig falls back to any font; accept it only if it covers zh-cn
            if len(out) >= 3 and "zh-cn" in out[2].split("|") and os.path.isfile(out[0]):
                return out[0], int(out[1] or 0)
        except (OSError, ValueError, subprocess.SubprocessError):
            pass
    for path, index in _KNOWN_FONT_FILES:
        if os.path.isfile(path):
            return path, index
    return None


@functools.cache
def label_font(size_px: int) -> Font:
    """The label font at `size_px` (em size in dots), cached per size.

    Falls back to Pillow's bundled font when no CJK font is installed or the
    file cannot be read: Chinese then prints as boxes, but the label, and its
    barcode, still print.
    """
    size_px = max(1, int(size_px))
    found = find_cjk_font()
    if found is not None:
        try:
            return ImageFont.truetype(found[0], size_px, index=found[1])
        except OSError:
            pass
    try:
        return ImageFont.load_default(size_px)
    except (OSError, ImportError):  # Pillow built without FreeType
        return ImageFont.load_default()


def fit_text(text: str, font: Font, max_width_px: float) -> str:
    """`text` on one line, cut with "…" so it is at most `max_width_px` wide.

    Newlines and runs of blanks become one space: a label row is one line.
    Returns "" when not even "…" fits.
    """
    text = " ".join(text.split())
    if font.getlength(text) <= max_width_px:
        return text
    if font.getlength(ELLIPSIS) > max_width_px:
        return ""
    # longest prefix that still fits with the ellipsis (width grows with length)
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if font.getlength(text[:mid].rstrip() + ELLIPSIS) <= max_width_px:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + ELLIPSIS


# ---------------------------------------------------------------------------
# Rendering


def _px(mm: float, dpi: int) -> int:
    return round(mm * dpi / MM_PER_INCH)


def code128_modules(code: str) -> str:
    """The symbol as modules, "1" bar and "0" space, start to stop pattern.

    A fresh `Code128` per call: python-barcode keeps the current character
    set on the instance, so building one instance twice encodes wrongly.
    """
    return Code128(code).build()[0]


def render_label(content: LabelContent, size: LabelSize | None = None) -> Image.Image:
    """Draw `content` as a 1-bit image of exactly `size.size_px` dots.

    From top to bottom: the barcode, the title centred under it (the
    human-readable code), then the lines left-aligned. The module width is the
    largest whole number of dots for which the symbol plus its quiet zones
    fits; lines that would squeeze the bars below 5 mm are left off. Refuses
    (ValidationError) a code too long for the label's width, or a label too
    short for bars and title.
    """
    size = size or LabelSize()
    dpi = size.dpi
    width, height = size.size_px
    margin_x, margin_y, gap = _px(_MARGIN_X_MM, dpi), _px(_MARGIN_Y_MM, dpi), _px(_GAP_MM, dpi)

    modules = code128_modules(content.code)
    module_px = min(
        width // (len(modules) + 2 * QUIET_ZONE_MODULES),
        (width - 2 * margin_x) // len(modules),
    )
    if module_px < 1:
        raise ValidationError(
            translate(
                "Errors",
                "Code {code} is too long for a {width} mm wide label "
                "at {dpi} dpi; use a wider label or a higher resolution.",
            ).format(code=repr(content.code), width=f"{size.width_mm:g}", dpi=dpi)
        )

    avail = height - 2 * margin_y
    lines = [" ".join(ln.split()) for ln in content.lines]
    lines = [ln for ln in lines if ln]
    title_pitch = min(round(avail * (0.17 if lines else 0.26)), _px(_MAX_TITLE_MM, dpi))
    line_pitch = min(round(avail * 0.115), _px(_MAX_LINE_MM, dpi))
    min_bar = _px(_MIN_BAR_MM, dpi)

    def bar_room(n_lines: int) -> int:
        text = title_pitch + gap + (n_lines * line_pitch + gap if n_lines else 0)
        return avail - text

    while lines and bar_room(len(lines)) < min_bar:
        lines.pop()  # the last lines matter least (date, then customer, …)
    bar_h = min(bar_room(len(lines)), _px(_MAX_BAR_MM, dpi))
    if bar_h < min_bar:
        raise ValidationError(
            translate(
                "Errors", "A {height} mm high label is too short for a barcode and its text."
            ).format(height=f"{size.height_mm:g}")
        )

    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    used = bar_h + (avail - bar_room(len(lines)))
    y = margin_y + (avail - used) // 2  # centre the block when bars hit their cap

    # bars: whole dots, centred; the centring only ever widens the quiet zones
    x = (width - len(modules) * module_px) // 2
    run_start = None
    for i, module in enumerate(modules + "0"):
        if module == "1" and run_start is None:
            run_start = i
        elif module == "0" and run_start is not None:
            x0 = x + run_start * module_px
            draw.rectangle((x0, y, x + i * module_px - 1, y + bar_h - 1), fill=0)
            run_start = None
    y += bar_h + gap

    text_w = width - 2 * margin_x
    _draw_row(draw, content.title, title_pitch, (margin_x, y), text_w, centred=True)
    y += title_pitch + gap
    for line in lines:
        _draw_row(draw, line, line_pitch, (margin_x, y), text_w, centred=False)
        y += line_pitch

    # threshold, no dithering: grey speckles around glyphs print as dirt
    label = image.convert("1", dither=Image.Dither.NONE)  # threshold at 50 %
    label.info["dpi"] = (dpi, dpi)
    return label


def _draw_row(
    draw: ImageDraw.ImageDraw,
    text: str,
    pitch: int,
    origin: tuple[int, int],
    max_width: int,
    *,
    centred: bool,
) -> None:
    """One line of text, vertically centred in a row `pitch` dots high."""
    font = label_font(round(pitch * _EM_PER_PITCH))
    text = fit_text(text, font, max_width)
    if not text:
        return
    left, top = origin
    if isinstance(font, ImageFont.FreeTypeFont):
        x = left + max_width // 2 if centred else left
        draw.text((x, top + pitch // 2), text, font=font, fill=0, anchor="mm" if centred else "lm")
    else:  # bitmap fallback font: no anchors
        x = left + (max_width - round(font.getlength(text))) // 2 if centred else left
        draw.text((x, top), text, font=font, fill=0)


# ---------------------------------------------------------------------------
# Files


def label_to_png(image: Image.Image, path: str | os.PathLike[str]) -> None:
    """Save one label as PNG, carrying its dpi so a print dialog sizes it right."""
    dpi = image.info.get("dpi")
    if dpi:
        image.save(path, format="PNG", dpi=dpi)
    else:
        image.save(path, format="PNG")


def label_to_pdf(
    images: Sequence[Image.Image], path: str | os.PathLike[str], size: LabelSize
) -> None:
    """Save labels as one PDF, one label per page at the label's physical size.

    A PDF page sized like the stock prints 1:1 from any viewer (with "actual
    size"), which is how a batch of labels reaches a printer without Qt. Pages
    are stored losslessly: JPEG would blur the bar edges.
    """
    if not images:
        raise ValidationError(translate("Errors", "No labels to save."))
    expected = size.size_px
    for n, image in enumerate(images, start=1):
        if image.size != expected:
            raise ValidationError(
                translate(
                    "Errors",
                    "Label {n} is {width}×{height} dots, not "
                    "{expected_width}×{expected_height} for {width_mm}×{height_mm} mm "
                    "at {dpi} dpi.",
                ).format(
                    n=n,
                    width=image.size[0],
                    height=image.size[1],
                    expected_width=expected[0],
                    expected_height=expected[1],
                    width_mm=f"{size.width_mm:g}",
                    height_mm=f"{size.height_mm:g}",
                    dpi=size.dpi,
                )
            )
    pages = [_lossless_pdf_page(image) for image in images]
    pages[0].save(
        Path(path),
        format="PDF",
        save_all=True,
        append_images=pages[1:],
        resolution=float(size.dpi),
        title="Depot labels",
    )


def _lossless_pdf_page(image: Image.Image) -> Image.Image:
    """Pillow stores 1-bit pages as CCITT G4 with libtiff, else as JPEG.

    Without libtiff, a palette image is stored as (lossless) hex instead.
    """
    bilevel = image if image.mode == "1" else image.convert("1", dither=Image.Dither.NONE)
    return bilevel if features.check("libtiff") else bilevel.convert("P")
