"""Change events: what a service changed, published after commit.

Services collect `Changes` (entity kind → ids) while they work; when the
transaction commits, the bus tells subscribers (open pages), which refresh
only those rows. On PostgreSQL the same changes also go out with `NOTIFY` on
`CHANNEL` inside the transaction — PostgreSQL delivers a NOTIFY only when its
transaction commits, so other stations never hear of a write that rolled back.

A payload names the station and the process (`pid`) that wrote it: the
station's own listener then skips what its bus already published, and keeps
what another process on the same station wrote. A listener that was cut off
delivers one `resync` change set after reconnecting, since it cannot know
what it missed: every open screen reloads what it shows.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

CHANNEL = "depot_changes"
#: PostgreSQL's payload limit is 8000 bytes; larger change sets name kinds only
MAX_PAYLOAD = 7000
ALL = "*"


@dataclass
class Changes:
    """Entity kinds and ids touched by one operation."""

    kinds: dict[str, set[str]] = field(default_factory=dict)
    station: str = ""
    #: the writing process, so a station's listener can skip its own echoes
    pid: int = 0
    #: "reload everything you show": events may have been missed (reconnect)
    resync: bool = False

    def add(self, kind: str, *ids: object) -> Changes:
        bucket = self.kinds.setdefault(kind, set())
        bucket.update(str(i) for i in ids)
        return self

    def merge(self, other: Changes) -> Changes:
        for kind, ids in other.kinds.items():
            self.kinds.setdefault(kind, set()).update(ids)
        return self

    def ids(self, kind: str) -> set[str]:
        if self.resync:
            return {ALL}
        return self.kinds.get(kind, set())

    def touches(self, *kinds: str) -> bool:
        return self.resync or any(k in self.kinds for k in kinds)

    def __bool__(self) -> bool:
        return self.resync or bool(self.kinds)

    def to_payload(self) -> str:
        body: dict = {"s": self.station, "p": self.pid,
                      "k": {k: sorted(v) for k, v in self.kinds.items()}}
        text = json.dumps(body, separators=(",", ":"), ensure_ascii=False)
        if len(text.encode()) > MAX_PAYLOAD:
            body["k"] = {k: [ALL] for k in self.kinds}
            text = json.dumps(body, separators=(",", ":"), ensure_ascii=False)
        return text

    @classmethod
    def from_payload(cls, text: str) -> Changes:
        body = json.loads(text)
        changes = cls(station=body.get("s", ""), pid=int(body.get("p") or 0))
        for kind, ids in body.get("k", {}).items():
            changes.add(kind, *ids)
        return changes


Subscriber = Callable[[Changes], None]


class Bus:
    """In-process publish/subscribe; a failing subscriber never breaks the others."""

    def __init__(self) -> None:
        self._subscribers: list[Subscriber] = []
        self._lock = threading.Lock()

    def subscribe(self, fn: Subscriber) -> Callable[[], None]:
        with self._lock:
            self._subscribers.append(fn)

        def unsubscribe() -> None:
            with self._lock:
                if fn in self._subscribers:
                    self._subscribers.remove(fn)

        return unsubscribe

    def publish(self, changes: Changes) -> None:
        if not changes:
            return
        with self._lock:
            subscribers: Iterable[Subscriber] = list(self._subscribers)
        for fn in subscribers:
            try:
                fn(changes)
            except Exception:  # a broken page must not undo a committed write
                log.exception("change subscriber failed")


bus = Bus()
