"""Hearing other stations: PostgreSQL LISTEN on a worker thread.

Every unit of work on PostgreSQL sends its `Changes` with `pg_notify` inside
its transaction, so the server delivers them only after COMMIT. Each station
keeps one extra connection that LISTENs on `depot.events.CHANNEL` and hands
each payload to a callback (the station's bus), so a scan at the intake desk
shows on the bench screen well within a second.

Why a thread with its own psycopg connection, not peewee: the listening
connection sits idle in `notifies()` for hours; it must never be the one a
unit of work borrows, and it must keep listening while the GUI thread is busy.

The server can go away (restart, network, an administrator ending sessions).
The listener then reports OFFLINE, retries with a growing, jittered delay (so
thirty stations do not reconnect in lockstep) and, once back, delivers one
`resync` change set: it cannot know what it missed, so open screens reload.

The station's own writes were already published on its bus after commit, so
their echoes are skipped — but only those of this very process (station and
pid both match): a second Depot process on the same computer still counts.
"""

from __future__ import annotations

import logging
import os
import random
import threading
import time
from collections.abc import Callable, Sequence
from enum import StrEnum

import psycopg

from depot import config
from depot.connection import connect_kwargs
from depot.db import PG_KEEPALIVES, describe_url
from depot.events import CHANNEL, Changes

log = logging.getLogger(__name__)

#: seconds between reconnect attempts (the last one repeats), before jitter
BACKOFF: tuple[float, ...] = (0.25, 0.5, 1.0, 2.0, 3.0, 5.0)


class ListenerState(StrEnum):
    CONNECTING = "connecting"
    ONLINE = "online"
    OFFLINE = "offline"
    STOPPED = "stopped"


Deliver = Callable[[Changes], None]
StateCallback = Callable[[ListenerState, str], None]


class Listener:
    """LISTEN on the depot channel in a daemon thread; reconnect until stopped.

    `deliver` and `on_state` are called on the listener thread: a GUI must
    hop to its own thread (a queued Qt signal does). A failing callback is
    logged and never stops the listening.
    """

    def __init__(
        self,
        url: str,
        deliver: Deliver,
        *,
        on_state: StateCallback | None = None,
        poll: float = 0.25,
        health_every: float = 10.0,
        backoff: Sequence[float] = BACKOFF,
        skip_own: bool = True,
    ) -> None:
        info = describe_url(url)
        if not info.is_postgres:
            raise ValueError("Only a PostgreSQL database can be listened to.")
        self.url = info.url
        self.display = info.display
        self.deliver = deliver
        self.on_state = on_state
        self.poll = poll
        self.health_every = health_every
        self.backoff = tuple(backoff) or BACKOFF
        self.skip_own = skip_own
        self.state = ListenerState.STOPPED
        self.detail = ""
        self.delivered = 0
        self.reconnects = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._online = threading.Event()

    # -- control ---------------------------------------------------------------
    def start(self) -> Listener:
        if self._thread is not None and self._thread.is_alive():
            return self
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="depot-listener", daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Ask the thread to end and wait for it (it notices within `poll` seconds)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        self._set_state(ListenerState.STOPPED, "")

    def wait_online(self, timeout: float) -> bool:
        """Block until LISTEN is active (tests, benches, start-up)."""
        return self._online.wait(timeout)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # -- the thread ------------------------------------------------------------
    def _set_state(self, state: ListenerState, detail: str) -> None:
        if state == ListenerState.ONLINE:
            self._online.set()
        else:
            self._online.clear()
        if state == self.state and detail == self.detail:
            return
        self.state, self.detail = state, detail
        if state == ListenerState.OFFLINE:
            log.warning("listener lost %s: %s", self.display, detail)
        else:
            log.info("listener %s (%s)", state.value, self.display)
        if self.on_state is not None:
            try:
                self.on_state(state, detail)
            except Exception:
                log.exception("listener state callback failed")

    def _delay(self, attempt: int) -> float:
        base = self.backoff[min(attempt, len(self.backoff) - 1)]
        return base * random.uniform(0.8, 1.2)

    def _connect(self) -> psycopg.Connection:
        return psycopg.connect(
            self.url, autocommit=True, connect_timeout=5,
            application_name="depot-listener", **PG_KEEPALIVES, **connect_kwargs(self.url),
        )

    def _handle(self, payload: str) -> None:
        try:
            changes = Changes.from_payload(payload)
        except (ValueError, TypeError, AttributeError):
            log.warning("ignored a malformed change payload: %.200r", payload)
            return
        if (
            self.skip_own
            and changes.pid == os.getpid()
            and changes.station == config.station_name()
        ):
            return  # this process published it on its bus after commit already
        self._emit(changes)

    def _emit(self, changes: Changes) -> None:
        self.delivered += 1
        try:
            self.deliver(changes)
        except Exception:
            log.exception("change delivery failed")

    def _run(self) -> None:
        attempt = 0
        was_connected = False
        self._set_state(ListenerState.CONNECTING, "")
        while not self._stop.is_set():
            try:
                conn = self._connect()
            except psycopg.Error as exc:
                self._set_state(ListenerState.OFFLINE, _short(exc))
                self._stop.wait(self._delay(attempt))
                attempt += 1
                continue
            try:
                with conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    if was_connected:
                        # whatever was written while we were away is unknown: reload
                        self.reconnects += 1
                        self._emit(Changes(resync=True))
                    was_connected = True
                    attempt = 0
                    self._set_state(ListenerState.ONLINE, "")
                    self._listen(conn)
            except psycopg.Error as exc:
                if self._stop.is_set():
                    break
                self._set_state(ListenerState.OFFLINE, _short(exc))
                self._stop.wait(self._delay(attempt))
                attempt += 1
        self._online.clear()

    def _listen(self, conn: psycopg.Connection) -> None:
        """Deliver notifications until stopped; raises when the connection dies.

        A dead TCP peer is noticed by keepalives; a periodic `SELECT 1` also
        catches a connection the server ended while we sat idle.
        """
        checked = time.monotonic()
        while not self._stop.is_set():
            for note in conn.notifies(timeout=self.poll):
                self._handle(note.payload)
            if time.monotonic() - checked >= self.health_every:
                conn.execute("SELECT 1")
                checked = time.monotonic()


def _short(exc: BaseException) -> str:
    """One line of a driver error, for the status bar and the log."""
    text = " ".join(str(exc).split())
    return text[:200] or type(exc).__name__
