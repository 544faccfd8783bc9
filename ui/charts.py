"""Grouped bar charts for the Reports screen, painted with plain Qt.

Why not a plotting library: the Reports screen needs two grouped bar charts.
pyqtgraph drew them well but brought numpy (≈ 42 MB of the 222 MB Linux
bundle, with the 150 MB target missed); QtCharts lives in PySide6-Addons, a
second large wheel. A bar chart is a hundred lines of QPainter, so the
bundle stays small and nothing here can load a second Qt.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from ui.qt import QColor, QFont, QPainter, QRectF, QSize, Qt, QWidget

#: series colours: calm blue, warm orange, green, grey (distinguishable in greyscale too)
COLOURS = ("#2f7fd8", "#e8913a", "#3f9b5a", "#8c96a0")
GRID = QColor("#e3e8ee")
TEXT = QColor("#3b4652")


def nice_step(top: float, ticks: int = 5) -> float:
    """A round tick step (1, 2, 5 × 10ⁿ) giving about `ticks` grid lines up to `top`."""
    if top <= 0:
        return 1.0
    raw = top / ticks
    power = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 5, 10):
        if raw <= m * power:
            return max(1.0, m * power)
    return 10 * power


class BarChart(QWidget):
    """Grouped vertical bars over labelled categories, with a legend."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(180)
        self._title = title
        self._categories: list[str] = []
        self._series: list[tuple[str, list[float]]] = []
        self._label_every = 1

    def sizeHint(self) -> QSize:
        return QSize(420, 240)

    def set_title(self, title: str) -> None:
        self._title = title
        self.update()

    def set_bars(
        self,
        categories: Sequence[str],
        series: Sequence[tuple[str, Sequence[float]]],
        *,
        label_every: int = 1,
    ) -> None:
        """Replace the bars: one group per category, one bar per series in the group."""
        self._categories = [str(c) for c in categories]
        self._series = [(name, [float(v) for v in values]) for name, values in series]
        self._label_every = max(1, label_every)
        self.update()

    def bar_heights(self) -> list[list[float]]:
        """The heights drawn, per series (what a test checks)."""
        return [list(values) for _, values in self._series]

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.fillRect(self.rect(), QColor("white"))
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, p: QPainter) -> None:
        font = QFont(self.font())
        metrics = p.fontMetrics()
        line = metrics.height()
        width, height = self.width(), self.height()
        # title
        title_font = QFont(font)
        title_font.setBold(True)
        p.setFont(title_font)
        p.setPen(TEXT)
        p.drawText(QRectF(0, 4, width, line + 4), Qt.AlignmentFlag.AlignHCenter, self._title)
        p.setFont(font)
        top_value = max((max(v, default=0.0) for _, v in self._series), default=0.0)
        step = nice_step(top_value)
        y_max = max(step, math.ceil(top_value / step) * step)
        labels = [f"{k * step:g}" for k in range(round(y_max / step) + 1)]
        left = max(metrics.horizontalAdvance(t) for t in labels) + 10
        legend_h = line + 6 if self._series else 0
        plot = QRectF(left, line + 12, width - left - 10, height - line * 3 - 22 - legend_h)
        if plot.height() < 20 or plot.width() < 20:
            return
        # grid and y labels
        for k, text in enumerate(labels):
            y = plot.bottom() - plot.height() * (k * step) / y_max
            p.setPen(GRID)
            p.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            p.setPen(TEXT)
            p.drawText(QRectF(0, y - line / 2, left - 6, line),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        n_cat = len(self._categories)
        n_ser = max(1, len(self._series))
        if n_cat:
            group = plot.width() / n_cat
            bar = group * 0.8 / n_ser
            for i, (_name, values) in enumerate(self._series):
                colour = QColor(COLOURS[i % len(COLOURS)])
                for k, value in enumerate(values[:n_cat]):
                    h = plot.height() * max(0.0, value) / y_max
                    x = plot.left() + k * group + group * 0.1 + i * bar
                    p.fillRect(QRectF(x, plot.bottom() - h, bar * 0.95, h), colour)
            p.setPen(TEXT)
            for k, text in enumerate(self._categories):
                if k % self._label_every:
                    continue
                shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                           int(group * self._label_every))
                p.drawText(QRectF(plot.left() + k * group - group * (self._label_every - 1) / 2,
                                  plot.bottom() + 4, group * self._label_every, line),
                           Qt.AlignmentFlag.AlignHCenter, shown)
        # legend
        x = plot.left()
        y = height - legend_h
        for i, (name, _values) in enumerate(self._series):
            swatch = QRectF(x, y + line / 4, line / 2, line / 2)
            p.fillRect(swatch, QColor(COLOURS[i % len(COLOURS)]))
            p.setPen(TEXT)
            p.drawText(QRectF(x + line, y, width, line), Qt.AlignmentFlag.AlignLeft, name)
            x += line * 2 + metrics.horizontalAdvance(name)
