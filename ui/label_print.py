"""Print labels rendered by `exports.labels` through Qt's print dialog or to PDF.

The label is drawn as an image at the printer's resolution-independent size in
millimetres: a label printer gets the page size of the label stock; any other
printer (or "Print to PDF") gets the label at its physical size.
"""

from __future__ import annotations

from io import BytesIO

from PIL.Image import Image

from depot.errors import ValidationError
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
    QSettings,
    QSizeF,
    QWidget,
)

#: where this workstation keeps its label stock (QSettings: it belongs to the
#: printer beside this desk, not to the depot)
WIDTH_KEY, HEIGHT_KEY, DPI_KEY = "labels/width_mm", "labels/height_mm", "labels/dpi"


def station_label_size(settings: QSettings) -> LabelSize:
    """The label stock of this workstation's printer (Settings → Label printer).

    Nothing saved means the default 62 × 29 mm at 300 dpi. A saved value that
    no longer makes a valid size (an .ini edited by hand, a limit tightened in
    a newer version) also falls back to the default: a label that prints at
    the wrong size is noticed and fixed in Settings, a print refused on every
    RMA would stop the desk.
    """
    default = LabelSize()
    try:
        return LabelSize(
            width_mm=float(settings.value(WIDTH_KEY, default.width_mm)),
            height_mm=float(settings.value(HEIGHT_KEY, default.height_mm)),
            dpi=int(settings.value(DPI_KEY, default.dpi)),
        )
    except (TypeError, ValueError, ValidationError):
        return default


def save_label_size(settings: QSettings, size: LabelSize) -> None:
    settings.setValue(WIDTH_KEY, size.width_mm)
    settings.setValue(HEIGHT_KEY, size.height_mm)
    settings.setValue(DPI_KEY, size.dpi)
    settings.sync()


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
