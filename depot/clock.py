"""An injectable clock.

Services never call `datetime.now()` themselves: they ask this module, so a
test (or the self-test) can pin time with `use(FixedClock(...))` and every
rule that depends on "today" becomes deterministic. Times are UTC and aware;
they are shown in local time by the UI.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo


class Clock:
    """The system clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def local_tz(self) -> tzinfo | None:
        return datetime.now().astimezone().tzinfo


@dataclass
class FixedClock(Clock):
    """A clock that only moves when told to (tests, self-test, benches)."""

    current: datetime = field(default_factory=lambda: datetime(2026, 1, 5, 9, 0, tzinfo=UTC))
    tz: tzinfo | None = UTC

    def now(self) -> datetime:
        return self.current

    def local_tz(self) -> tzinfo | None:
        return self.tz

    def advance(self, **kwargs: float) -> None:
        self.current += timedelta(**kwargs)


_current: Clock = Clock()


def now() -> datetime:
    """Current time, UTC, aware."""
    return _current.now()


def local_now() -> datetime:
    """Current time in the station's local zone (for working-day rules)."""
    return _current.now().astimezone(_current.local_tz())


def today() -> date:
    """The station's local calendar date."""
    return local_now().date()


def set_clock(clock: Clock) -> None:
    global _current
    _current = clock


def current() -> Clock:
    return _current


@contextlib.contextmanager
def use(clock: Clock) -> Iterator[Clock]:
    """Run a block with another clock; restores the previous one after."""
    previous = _current
    set_clock(clock)
    try:
        yield clock
    finally:
        set_clock(previous)
