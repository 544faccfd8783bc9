"""Print labels rendered by `exports.labels` through Qt's print dialog or to PDF.

The label is drawn as an image at the printer's resolution-independent size in
millimetres: a label printer gets the page size of the label stock; any other
printer (or "Print to PDF") gets the label at its physical size.
"""

from __future__ import annotations

from io import BytesIO

from PIL.Image import Image

from exports.labels import LabelSize
from ui.qt import (
    QImage,
    QMarginsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPrinter,
    QPrintPreviewDialog,
    QRectF,
    QSizeF,
    QWidget,
)


def to_qimage(image: Image) -> QImage:
    buffer = BytesIO()
    image.save(buffer, format="PNG")
    qimage = QImage()
    qimage.loadFromData(buffer.getvalue(), "PNG")
    return qimage


def configure(printer: QPrinter, size: LabelSize) -> None:
    page = QPageSize(QSizeF(size.width_mm, size.height_mm), QPageSize.Unit.Millimeter,
                     "Label", QPageSize.SizeMatchPolicy.ExactMatch)
    printer.setPageLayout(QPageLayout(page, QPageLayout.Orientation.Portrait,
                                      QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
    printer.setFullPage(True)


def paint(printer: QPrinter, images: list[Image]) -> None:
    painter = QPainter(printer)
    try:
        for n, image in enumerate(images):
            if n:
                printer.newPage()
            target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            painter.drawImage(target, to_qimage(image))
    finally:
        painter.end()


def print_to_pdf(images: list[Image], size: LabelSize, path: str) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(path)
    configure(printer, size)
    paint(printer, images)


def preview_and_print(parent: QWidget, images: list[Image], size: LabelSize) -> None:
    """The print dialog with a preview: any printer, or PDF."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    configure(printer, size)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.paintRequested.connect(lambda p: paint(p, images))
    dialog.exec()
