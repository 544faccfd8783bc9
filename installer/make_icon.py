"""Draw Depot's program icon: `resources/icons/depot.ico` and `depot.png`.

A parcel on the dark slate of the navigation bar, with a barcode label on
it: a depot receives boxes and everything in it is scanned. Each size is
drawn on its own (4× supersampled, then reduced), so the 16 px icon in the
task bar is a clean box rather than a blurred copy of the 256 px one; the
small sizes leave out the label and the tape, which would only be noise.

Run again after changing the drawing (the output is deterministic):

    .venv/bin/python installer/make_icon.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
PNG_SIZE = 256
SUPERSAMPLE = 4

SLATE = (31, 42, 54, 255)  # the navigation bar (style.qss)
LID = (246, 196, 83, 255)
BODY = (233, 169, 58, 255)
TAPE = (201, 138, 18, 255)
LABEL = (255, 255, 255, 255)
INK = (31, 42, 54, 255)

#: bar widths of the label's barcode, in modules (black, white, black, …)
BARS = (2, 1, 1, 2, 3, 1, 1, 1, 2, 2, 1, 3, 2, 1, 1, 2)


def draw(size: int) -> Image.Image:
    """The icon at `size` × `size` pixels, RGBA."""
    big = size * SUPERSAMPLE
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    d = ImageDraw.Draw(image)

    def box(x0: float, y0: float, x1: float, y1: float) -> tuple[int, int, int, int]:
        return round(x0 * big), round(y0 * big), round(x1 * big) - 1, round(y1 * big) - 1

    d.rounded_rectangle(box(0.02, 0.02, 0.98, 0.98), radius=round(0.2 * big), fill=SLATE)
    detailed = size >= 40
    d.rectangle(box(0.22, 0.42, 0.78, 0.82), fill=BODY)
    d.rectangle(box(0.16, 0.24, 0.84, 0.42), fill=LID)
    if size >= 24:
        d.rectangle(box(0.46, 0.24, 0.54, 0.42), fill=TAPE)
    if detailed:
        d.rectangle(box(0.46, 0.42, 0.54, 0.50), fill=TAPE)
        lx0, ly0, lx1, ly1 = 0.30, 0.52, 0.70, 0.74
        d.rectangle(box(lx0, ly0, lx1, ly1), fill=LABEL)
        modules = sum(BARS)
        unit = (lx1 - lx0 - 0.06) / modules
        x = lx0 + 0.03
        for i, width in enumerate(BARS):
            if i % 2 == 0:
                d.rectangle(box(x, ly0 + 0.03, x + width * unit, ly1 - 0.03), fill=INK)
            x += width * unit
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    images = [draw(s) for s in ICO_SIZES]
    largest = images[-1]
    largest.save(ICONS / "depot.ico", format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                 append_images=images[:-1])
    draw(PNG_SIZE).save(ICONS / "depot.png", format="PNG", optimize=True)
    print(f"wrote {ICONS / 'depot.ico'} ({', '.join(map(str, ICO_SIZES))} px) and depot.png")


if __name__ == "__main__":
    main()
