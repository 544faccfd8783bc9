"""What a page of the main window is.

A page shows one section, handles the scans routed to it, and refreshes only
what a change event names. Pages never write models: they call services
through `ctx.attempt(...)`, which turns a refusal into the on-screen message.
"""

from __future__ import annotations

from depot.events import Changes
from depot.scan import Scan, ScanKind
from ui.context import AppContext
from ui.qt import QLabel, Qt, QVBoxLayout, QWidget


class Page(QWidget):
    #: scan kinds this page opens when scanned anywhere
    handles: frozenset[ScanKind] = frozenset()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        ctx.changed.connect(self._on_changes)

    def handle_scan(self, scan: Scan) -> None:
        """Open what the scan names (the page is already shown)."""

    def open_item(self, payload: object) -> None:
        """Open an item another page asked for (e.g. an RMA id)."""

    def refresh(self, changes: Changes | None = None) -> None:
        """Reload what `changes` names (None: everything shown)."""

    def activated(self) -> None:
        """Called when the page becomes visible."""

    def _on_changes(self, changes: Changes) -> None:
        if self.isVisible():
            self.refresh(changes)


class NotYetPage(Page):
    """A section whose capability is not built yet: says so plainly, shows no fake data."""

    def __init__(self, ctx: AppContext, title: str, blurb: str, issue: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 40, 40, 40)
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        text = QLabel(
            self.tr("This section is not built yet (planned in issue #{issue}).\n\n{blurb}")
            .format(issue=issue, blurb=blurb)
        )
        text.setWordWrap(True)
        text.setObjectName("notYet")
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addStretch(1)
        self.setAlignment = None
        text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
