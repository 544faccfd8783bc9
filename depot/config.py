"""Where things live and which database to open.

Per-workstation choices (database URL, station name, language) come from the
command line, then the environment, then defaults; the UI layer keeps the
user's own preferences in QSettings and passes them in here. Folders follow the
platform's conventions (platformdirs), so Windows users find their data in
%LOCALAPPDATA%\\Depot and Linux users under ~/.local/share/depot.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path

import platformdirs

APP_NAME = "Depot"
APP_AUTHOR = "Depot"
ENV_DB = "DEPOT_DB"
ENV_STATION = "DEPOT_STATION"
ENV_DATA_DIR = "DEPOT_DATA_DIR"


def data_dir() -> Path:
    """The user data folder (database, backups); `DEPOT_DATA_DIR` overrides it."""
    override = os.environ.get(ENV_DATA_DIR)
    path = Path(override) if override else Path(
        platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False)
    )
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    """Rotating log files live here (platform log folder, or under the data folder)."""
    override = os.environ.get(ENV_DATA_DIR)
    path = Path(override) / "logs" if override else Path(
        platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)
    )
    path.mkdir(parents=True, exist_ok=True)
    return path


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_url(demo: bool = False) -> str:
    """The embedded default: one SQLite file in the user data folder."""
    name = "depot-demo.db" if demo else "depot.db"
    return f"sqlite:///{(data_dir() / name).as_posix()}"


def resolve_db_url(cli_value: str | None = None, *, demo: bool = False) -> str:
    """`--db` wins, then `DEPOT_DB`, then the default file (a separate one for demo)."""
    if cli_value:
        return cli_value
    if not demo and os.environ.get(ENV_DB):
        return os.environ[ENV_DB]
    return default_db_url(demo)


_station: str | None = None


def station_name() -> str:
    """Name of this workstation, shown in events and the audit log."""
    if _station:
        return _station
    return os.environ.get(ENV_STATION) or socket.gethostname() or "station"


def station_is_set() -> bool:
    """Whether `--station` or `DEPOT_STATION` already named this workstation."""
    return bool(_station or os.environ.get(ENV_STATION))


def set_station_name(name: str | None) -> None:
    global _station
    _station = (name or "").strip()[:60] or None
