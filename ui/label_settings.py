"""Settings → Label printer: the label stock of this workstation, with a live preview.

Label stock belongs to the printer beside a desk (62 × 29 mm rolls on the
intake desk's thermal printer, a larger stock in the warehouse), so the size
is a per-workstation preference in QSettings (`ui.label_print`), read by
every page when it prints. The preview is the real renderer's output for an
example RMA label, so what it shows — lines left off on a short label, a size
too small for a scannable barcode — is exactly what will print.
"""

from __future__ import annotations

from depot import clock
from depot.errors import ValidationError
from depot.scan import format_rma_number
from exports.labels import (
    MAX_DPI,
    MAX_LABEL_MM,
    MIN_DPI,
    MIN_LABEL_MM,
    LabelSize,
    render_label,
    rma_label,
)
from ui import label_print
from ui.context import AppContext
from ui.qt import (
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPixmap,
    QPushButton,
    QSize,
    QSpinBox,
    Qt,
    QTimer,
    QWidget,
)

#: room for the preview, in screen pixels: a 62 × 29 mm label at its real size on a
#: 96 dpi screen, with a margin; larger stock is shown reduced
PREVIEW_BOX = QSize(250, 120)


class LabelSizeBox(QGroupBox):
    """Width, height and printer resolution; Save, Test print, and back to the default."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Label printer (this workstation)"), parent)
        self.ctx = ctx
        saved = label_print.station_label_size(ctx.settings)
        grid = QGridLayout(self)
        self.width_mm = self._mm_spin(saved.width_mm)
        self.height_mm = self._mm_spin(saved.height_mm)
        self.dpi = QSpinBox()
        self.dpi.setRange(MIN_DPI, MAX_DPI)
        self.dpi.setSuffix(self.tr(" dpi"))
        self.dpi.setValue(saved.dpi)
        self.dpi.setToolTip(self.tr("The printer's resolution: 203, 300 or 600 dpi on most "
                                    "label printers."))
        for row, (text, spin) in enumerate(((self.tr("Label width"), self.width_mm),
                                            (self.tr("Label height"), self.height_mm),
                                            (self.tr("Resolution"), self.dpi))):
            grid.addWidget(QLabel(text), row, 0)
            grid.addWidget(spin, row, 1)
        self.preview = QLabel()
        self.preview.setObjectName("labelPreview")
        self.preview.setFixedSize(PREVIEW_BOX)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid.addWidget(self.preview, 0, 2, 4, 1)
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        grid.addWidget(self.status, 4, 0, 1, 3)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save label size"))
        self.save_button.clicked.connect(self.save)
        self.test_button = QPushButton(self.tr("Test print…"))
        self.test_button.clicked.connect(self.test_print)
        self.default_button = QPushButton(self.tr("Default"))
        self.default_button.setToolTip(self.tr("62 × 29 mm at 300 dpi"))
        self.default_button.clicked.connect(self.use_default)
        for b in (self.save_button, self.test_button, self.default_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        grid.addLayout(buttons, 5, 0, 1, 3)
        grid.setColumnStretch(1, 1)

        # typing 62 into a spin box passes through 6: redraw once the typing stops
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(150)
        self._redraw.timeout.connect(self.update_preview)
        for spin in (self.width_mm, self.height_mm, self.dpi):
            spin.valueChanged.connect(self._redraw.start)
        self.update_preview()

    def _mm_spin(self, value: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(MIN_LABEL_MM, MAX_LABEL_MM)
        spin.setDecimals(1)
        spin.setSingleStep(0.5)
        spin.setSuffix(self.tr(" mm"))
        spin.setValue(value)
        return spin

    # -- what the fields say ---------------------------------------------------------
    def chosen(self) -> LabelSize:
        """The size in the fields; raises `ValidationError` for one that cannot print."""
        return LabelSize(width_mm=self.width_mm.value(), height_mm=self.height_mm.value(),
                         dpi=self.dpi.value())

    def example_images(self, size: LabelSize) -> list:
        """An RMA label as this desk would print it today; raises `ValidationError`."""
        today = clock.today()
        content = rma_label(format_rma_number(today.strftime("%y%m"), 42), "SN-C02XK1JHJG5H",
                            "LP-200", self.tr("Example Customer Co., Ltd."), today)
        return [render_label(content, size)]

    def update_preview(self) -> None:
        self._redraw.stop()
        try:
            size = self.chosen()
            image = self.example_images(size)[0]
        except ValidationError as exc:
            self.preview.clear()
            self.status.setText(str(exc))
            self.save_button.setEnabled(False)
            self.test_button.setEnabled(False)
            return
        # at its real size where it fits (screen dots per mm), else fitted into the box
        per_mm = self.logicalDpiX() / 25.4
        real = QSize(round(size.width_mm * per_mm), round(size.height_mm * per_mm))
        pixmap = QPixmap.fromImage(label_print.to_qimage(image)).scaled(
            real.boundedTo(PREVIEW_BOX), Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation)
        self.preview.setPixmap(pixmap)
        saved = label_print.station_label_size(self.ctx.settings)
        note = self.tr("Saved for this workstation.") if size == saved else self.tr(
            "Not saved yet: labels still print at {w:g} × {h:g} mm, {dpi} dpi.").format(
            w=saved.width_mm, h=saved.height_mm, dpi=saved.dpi)
        self.status.setText(self.tr("{w:g} × {h:g} mm, {dpi} dpi: {px_w} × {px_h} dots. {note}")
                            .format(w=size.width_mm, h=size.height_mm, dpi=size.dpi,
                                    px_w=size.width_px, px_h=size.height_px, note=note))
        self.save_button.setEnabled(True)
        self.test_button.setEnabled(True)

    # -- actions -------------------------------------------------------------------------
    def _printable(self) -> tuple[LabelSize, list] | None:
        """The chosen size and its example label, or None after saying why it cannot print."""
        try:
            size = self.chosen()
            return size, self.example_images(size)
        except ValidationError as exc:
            self.ctx.error(str(exc))
            return None

    def save(self) -> LabelSize | None:
        """Store the size if a label of that size renders; otherwise say why, keep the old one."""
        printable = self._printable()
        if printable is None:
            return None
        size = printable[0]
        label_print.save_label_size(self.ctx.settings, size)
        self.update_preview()
        self.ctx.ok(self.tr("Labels now print at {w:g} × {h:g} mm, {dpi} dpi on this workstation.")
                    .format(w=size.width_mm, h=size.height_mm, dpi=size.dpi))
        return size

    def use_default(self) -> None:
        default = LabelSize()
        self.width_mm.setValue(default.width_mm)
        self.height_mm.setValue(default.height_mm)
        self.dpi.setValue(default.dpi)
        self.update_preview()

    def test_print(self) -> None:
        printable = self._printable()
        if printable is not None:
            label_print.preview_and_print(self, printable[1], printable[0])
