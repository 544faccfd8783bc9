"""What every page shares: the operator, the database, messages, change events.

Passed to each page explicitly (no global registry). Change events from the
domain bus may arrive on any thread (a worker, the PostgreSQL listener); the
`changed` signal carries them to the GUI thread, where pages refresh.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from depot import config, events
from depot.db import DbInfo
from depot.errors import DomainError
from depot.models import User
from ui.qt import QApplication, QObject, QSettings, Signal

T = TypeVar("T")


class AppContext(QObject):
    operator_changed = Signal(object)
    changed = Signal(object)  # depot.events.Changes
    message = Signal(str, str)  # level ("info" | "ok" | "error"), text
    open_request = Signal(str, object)  # section key, payload (e.g. an RMA id)
    #: False while the shared server is unreachable (ui.live): pages keep their
    #: input and may disable their save buttons; saving is refused meanwhile
    online_changed = Signal(bool)

    def __init__(self, db_info: DbInfo, settings: QSettings | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_info = db_info
        self.settings = settings or QSettings()
        self.operator: User | None = None
        self.online = True
        self.offline_reason = ""
        self._unsubscribe = events.bus.subscribe(self.changed.emit)

    @property
    def station(self) -> str:
        return config.station_name()

    def close(self) -> None:
        self._unsubscribe()

    def set_online(self, online: bool, reason: str = "") -> None:
        self.offline_reason = "" if online else reason
        if online != self.online:
            self.online = online
            self.online_changed.emit(online)

    def set_operator(self, user: User | None) -> None:
        self.operator = user
        self.operator_changed.emit(user)

    def info(self, text: str) -> None:
        self.message.emit("info", text)

    def ok(self, text: str) -> None:
        self.message.emit("ok", text)

    def error(self, text: str, *, beep: bool = True) -> None:
        if beep:
            QApplication.beep()
        self.message.emit("error", text)

    def attempt(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
        """Run a service call; a refusal becomes the on-screen message, never a traceback."""
        try:
            return fn(*args, **kwargs)
        except DomainError as exc:
            self.error(str(exc))
            return None
