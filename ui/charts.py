"""Charts for the Reports screen, drawn with pyqtgraph (a maintained, pure-Python plotter).

Why pyqtgraph and not QtCharts: QtCharts ships only in PySide6-Addons (a
second large wheel and more to bundle in the installer) for two bar charts;
pyqtgraph is small, draws with plain Qt and runs offscreen in the tests.

pyqtgraph picks its Qt binding itself; the binding is pinned to PySide6
(``PYQTGRAPH_QT_LIB``) before it is imported, so it can never load a second
Qt. This module is the only place that imports pyqtgraph.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pyqtgraph as pg  # after pinning the binding

from ui.qt import QWidget

pg.setConfigOptions(antialias=True, background="w", foreground="#3b4652")

#: series colours: calm blue, warm orange, green, grey (distinguishable in greyscale too)
COLOURS = ("#2f7fd8", "#e8913a", "#3f9b5a", "#8c96a0")


class BarChart(pg.PlotWidget):
    """Grouped vertical bars over labelled categories, with a legend."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.setMinimumHeight(180)
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.showGrid(y=True, alpha=0.25)
        self.plotItem.setTitle(title, size="10pt")
        self.legend = self.plotItem.addLegend(offset=(-10, 10), labelTextSize="9pt")
        self._items: list[pg.GraphicsObject] = []

    def set_title(self, title: str) -> None:
        self.plotItem.setTitle(title, size="10pt")

    def set_bars(
        self,
        categories: Sequence[str],
        series: Sequence[tuple[str, Sequence[float]]],
        *,
        label_every: int = 1,
    ) -> None:
        """Replace the bars: one group per category, one bar per series in the group."""
        for item in self._items:
            self.removeItem(item)
        self._items.clear()
        self.legend.clear()
        n = max(1, len(series))
        width = 0.8 / n
        for i, (name, values) in enumerate(series):
            xs = [k + (i - (n - 1) / 2) * width for k in range(len(categories))]
            bars = pg.BarGraphItem(x=xs, height=list(values), width=width * 0.95,
                                   brush=COLOURS[i % len(COLOURS)], pen=None, name=name)
            self.addItem(bars)
            self._items.append(bars)
        ticks = [(k, str(c)) for k, c in enumerate(categories) if k % max(1, label_every) == 0]
        self.getAxis("bottom").setTicks([ticks])
        top = max((max(v, default=0) for _, v in series), default=0)
        self.setYRange(0, max(1.0, float(top)) * 1.1, padding=0)
        self.setXRange(-0.6, max(0.6, len(categories) - 0.4), padding=0)

    def bar_heights(self) -> list[list[float]]:
        """The heights drawn, per series (what a test checks)."""
        return [list(item.opts["height"]) for item in self._items]
