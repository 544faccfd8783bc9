"""A station's live link to the shared server, and its background services.

`LiveLink` owns the PostgreSQL listener thread. Changes other stations commit
arrive on that thread and go onto the domain bus, which `AppContext.changed`
carries to the GUI thread, where open pages refresh just those rows.

When the server goes away the status bar says so in plain words, the banner
tells the person that what they typed is kept, writes are refused at once
(`depot.db.block_writes`, `ctx.online`) instead of hanging on a connect
timeout, and when the listener is back every page reloads (the `resync`
change set) and saving works again. Nobody has to restart Depot.

`StationServices` bundles what runs beside the window: the live link (on
PostgreSQL) and the daily backup.
"""

from __future__ import annotations

import logging

from depot import db as dbmod
from depot import events
from depot.backup import BackupResult, DailyBackups
from depot.checkpointer import WalCheckpointer
from depot.listener import Listener, ListenerState
from ui.context import AppContext
from ui.qt import QLabel, QMainWindow, QObject, Signal

log = logging.getLogger(__name__)


class LiveLink(QObject):
    """Listens for other stations' changes and shows the connection in the status bar."""

    #: (state, detail) hopped from the listener thread to the GUI thread
    _state_from_thread = Signal(str, str)

    def __init__(self, ctx: AppContext, window: QMainWindow | None = None,
                 parent: QObject | None = None, *, poll: float = 0.25) -> None:
        super().__init__(parent or ctx)
        self.ctx = ctx
        self.state = ListenerState.STOPPED
        self._was_offline = False
        self.label = QLabel()
        self.label.setObjectName("liveState")
        if window is not None:
            window.statusBar().addPermanentWidget(self.label)
        self._state_from_thread.connect(self._apply_state)
        self.listener = Listener(
            ctx.db_info.url, events.bus.publish,
            on_state=lambda state, detail: self._state_from_thread.emit(state.value, detail),
            poll=poll,
        )

    def start(self) -> LiveLink:
        self.listener.start()
        return self

    def stop(self) -> None:
        self.listener.stop()
        dbmod.block_writes(None)

    def _apply_state(self, state_value: str, detail: str) -> None:
        state = ListenerState(state_value)
        self.state = state
        if state == ListenerState.OFFLINE:
            self.label.setText(self.tr(
                "Server connection lost — changes are kept in the form; reconnecting…"))
            self.label.setToolTip(detail)
            self.label.setProperty("level", "error")
            dbmod.block_writes(detail or "server unreachable")
            self.ctx.set_online(False, detail)
            if not self._was_offline:
                self.ctx.error(self.tr(
                    "The connection to the depot server was lost. What you typed stays in the "
                    "form; saving is paused until Depot has reconnected."), beep=False)
            self._was_offline = True
        elif state == ListenerState.ONLINE:
            self.label.setText(self.tr("Live: connected to the server"))
            self.label.setToolTip(self.ctx.db_info.display)
            self.label.setProperty("level", "ok")
            dbmod.block_writes(None)
            self.ctx.set_online(True)
            if self._was_offline:
                self.ctx.ok(self.tr("The server connection is back; saving works again."))
            self._was_offline = False
        elif state == ListenerState.CONNECTING:
            self.label.setText(self.tr("Connecting to the server…"))
        else:
            self.label.setText("")


class StationServices(QObject):
    """What runs beside the main window: the live link (PostgreSQL), the WAL
    checkpointer (SQLite) and the daily backup."""

    _backup_done = Signal(object, str)

    def __init__(self, ctx: AppContext, window: QMainWindow | None = None,
                 *, backup_delay: float = 60.0) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.live = LiveLink(ctx, window, self) if ctx.db_info.is_postgres else None
        path = ctx.db_info.path
        self.checkpointer = None if ctx.db_info.is_postgres or path is None \
            else WalCheckpointer(path)
        self._backup_done.connect(self._report_backup)
        self.backups = DailyBackups(
            ctx.db_info.url, first_delay=backup_delay,
            on_result=lambda result, error: self._backup_done.emit(result, error),
        )

    def start(self) -> StationServices:
        if self.live is not None:
            self.live.start()
        if self.checkpointer is not None:
            self.checkpointer.start()
        self.backups.start()
        return self

    def stop(self) -> None:
        if self.live is not None:
            self.live.stop()
        if self.checkpointer is not None:
            self.checkpointer.stop()
        self.backups.stop()

    def _report_backup(self, result: BackupResult | None, error: str) -> None:
        if error:
            self.ctx.error(self.tr("Today's backup failed: {error}").format(error=error),
                           beep=False)
        elif result is not None:
            self.ctx.info(self.tr("Today's backup is saved: {path}").format(path=str(result.path)))
