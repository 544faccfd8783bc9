"""The PostgreSQL listener: delivers other writers' changes, skips its own, reconnects."""

from __future__ import annotations

import os
import threading
import time
from urllib.parse import urlsplit

import pytest

from depot import db as dbmod
from depot.events import Changes
from depot.listener import Listener, ListenerState
from depot.models import Role
from depot.service import unit_of_work
from depot.users import create_user


class Inbox:
    """Collects deliveries and state changes from the listener thread."""

    def __init__(self) -> None:
        self.changes: list[Changes] = []
        self.states: list[tuple[ListenerState, str]] = []
        self._cond = threading.Condition()

    def deliver(self, changes: Changes) -> None:
        with self._cond:
            self.changes.append(changes)
            self._cond.notify_all()

    def state(self, state: ListenerState, detail: str) -> None:
        with self._cond:
            self.states.append((state, detail))
            self._cond.notify_all()

    def wait_for(self, predicate, timeout: float = 5.0) -> bool:
        deadline = time.monotonic() + timeout
        with self._cond:
            while not predicate():
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._cond.wait(left)
        return True


def _dbname(url: str) -> str:
    return urlsplit(url).path.lstrip("/")


def _notify(pg_server, url: str, payload: str) -> None:
    """Send a payload as another program (psql, another process) would."""
    quoted = payload.replace("'", "''")
    pg_server.psql(f"SELECT pg_notify('depot_changes', '{quoted}')", _dbname(url))


@pytest.fixture
def listening(pg_db, pg_server):
    inbox = Inbox()
    listener = Listener(dbmod.info().url, inbox.deliver, on_state=inbox.state, poll=0.05)
    listener.start()
    assert listener.wait_online(5), inbox.states
    yield listener, inbox
    listener.stop()


def test_other_writers_are_delivered_and_own_echoes_skipped(listening, pg_server):
    _listener, inbox = listening
    url = dbmod.info().url
    # a change this process makes: its bus already published it, the echo is skipped
    create_user(None, "Mia Manager", "BDG-M001", Role.MANAGER)
    # another station, and another process of this same station: both delivered
    other = Changes(station="bench-2", pid=4242).add("rma", 7)
    same_station = Changes(station="test-station", pid=os.getpid() + 1).add("unit", 3)
    _notify(pg_server, url, other.to_payload())
    _notify(pg_server, url, same_station.to_payload())
    assert inbox.wait_for(lambda: len(inbox.changes) >= 2), inbox.changes
    time.sleep(0.2)  # the own echo would have arrived before the psql notifications
    got = [(c.station, c.pid, {k: sorted(v) for k, v in c.kinds.items()}) for c in inbox.changes]
    assert got == [
        ("bench-2", 4242, {"rma": ["7"]}),
        ("test-station", os.getpid() + 1, {"unit": ["3"]}),
    ]


def test_rolled_back_work_is_never_heard(listening, pg_server):
    _listener, inbox = listening
    with pytest.raises(RuntimeError), unit_of_work() as changes:
        changes.add("rma", 1)
        raise RuntimeError("refused")
    _notify(pg_server, dbmod.info().url, Changes(station="x", pid=1).add("marker", 1).to_payload())
    assert inbox.wait_for(lambda: inbox.changes)
    assert [c.touches("marker") for c in inbox.changes] == [True]


def test_malformed_payload_is_ignored(listening, pg_server):
    listener, inbox = listening
    url = dbmod.info().url
    _notify(pg_server, url, "not json {")
    _notify(pg_server, url, Changes(station="x", pid=1).add("rma", 1).to_payload())
    assert inbox.wait_for(lambda: inbox.changes)
    assert len(inbox.changes) == 1 and inbox.changes[0].ids("rma") == {"1"}
    assert listener.state == ListenerState.ONLINE


def test_dropped_connection_reconnects_and_asks_for_a_resync(listening, pg_server):
    listener, inbox = listening
    url = dbmod.info().url
    pg_server.psql(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
        f" WHERE application_name = 'depot-listener' AND datname = '{_dbname(url)}'"
    )
    assert inbox.wait_for(
        lambda: any(s == ListenerState.OFFLINE for s, _ in inbox.states)
    ), inbox.states
    assert inbox.wait_for(lambda: any(c.resync for c in inbox.changes)), inbox.states
    assert listener.wait_online(5)
    resync = next(c for c in inbox.changes if c.resync)
    assert resync.touches("rma") and resync.ids("rma") == {"*"}
    _notify(pg_server, url, Changes(station="x", pid=1).add("rma", 9).to_payload())
    assert inbox.wait_for(lambda: any(c.ids("rma") == {"9"} for c in inbox.changes))
    assert listener.reconnects == 1
    states = [s for s, _ in inbox.states]
    assert states[-1] == ListenerState.ONLINE


def test_unreachable_server_reports_offline_and_keeps_trying():
    inbox = Inbox()
    listener = Listener("postgresql://depot@/x?host=/nonexistent-socket-dir", inbox.deliver,
                        on_state=inbox.state, backoff=(0.05,))
    listener.start()
    try:
        assert inbox.wait_for(
            lambda: sum(s == ListenerState.OFFLINE for s, _ in inbox.states) >= 1
        )
        _state, detail = next(x for x in inbox.states if x[0] == ListenerState.OFFLINE)
        assert "nonexistent-socket-dir" in detail
        time.sleep(0.2)
        assert listener.running, "a listener keeps retrying until it is stopped"
    finally:
        listener.stop()
    assert listener.state == ListenerState.STOPPED and not listener.running


def test_only_postgres_can_be_listened_to(tmp_path):
    with pytest.raises(ValueError, match="PostgreSQL"):
        Listener(f"sqlite:///{tmp_path / 'x.db'}", lambda c: None)
