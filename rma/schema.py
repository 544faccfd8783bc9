"""The whole schema, assembled where every data layer is visible.

`rma` is the top data layer (it may import `inventory` and `depot`), so the
complete, ordered migration list and the one "open the Depot database"
function live here; the CLI, tests, benches and the UI all open through it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import depot
import depot.migrations
import inventory.migrations
import rma.migrations
from depot import config
from depot.db import DbInfo
from depot.migrate import Migration, check_sequence, latest, open_database

MIGRATIONS: list[Migration] = check_sequence(
    depot.migrations.MIGRATIONS + inventory.migrations.MIGRATIONS + rma.migrations.MIGRATIONS
)
SCHEMA_VERSION = latest(MIGRATIONS)


def open_depot(
    url: str,
    *,
    backup_dir: Path | None = None,
    migrate: bool = True,
    progress: Callable[[str], None] | None = None,
    upto: int | None = None,
) -> DbInfo:
    """Open, check and migrate the Depot database at `url`.

    `upto` stops at an older schema version (used by the upgrade tests to build
    a database as the previous release left it).
    """
    migrations = MIGRATIONS if upto is None else [m for m in MIGRATIONS if m.number <= upto]
    return open_database(
        url,
        migrations,
        app_version=depot.__version__,
        backup_dir=backup_dir if backup_dir is not None else config.backup_dir(),
        migrate=migrate,
        progress=progress,
    )
