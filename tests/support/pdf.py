"""Read a PDF back as a person sees it: each page rasterised to a PIL image.

PDFium comes inside the pypdfium2 wheel, so this works on a clean CI machine
and on Windows without poppler's `pdftoppm` installed.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2
from PIL import Image


def rasterise(path: Path | str, dpi: int) -> list[Image.Image]:
    """Every page of the PDF at `dpi` dots per inch, in order."""
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        # copied: the rendered image shares memory with a bitmap that PDFium frees
        return [page.render(scale=dpi / 72).to_pil().copy() for page in pdf]
    finally:
        pdf.close()
