"""The append-only audit log: who, when, where, what, before and after."""

from __future__ import annotations

from typing import Any

from depot import config
from depot.models import AuditEntry, User
from depot.prepared import PreparedInsert

_NEW_ENTRY = PreparedInsert(AuditEntry)  # every write in Depot records one


def record(
    actor: User | None,
    action: str,
    entity: str,
    entity_id: object = None,
    *,
    before: Any = None,
    after: Any = None,
    note: str | None = None,
) -> AuditEntry:
    """Write one audit entry (inside the caller's transaction)."""
    return _NEW_ENTRY.create(
        actor=actor,
        station=config.station_name(),
        action=action,
        entity=entity,
        entity_id=None if entity_id is None else str(entity_id),
        before=before,
        after=after,
        note=note,
    )


def history(entity: str, entity_id: object) -> list[AuditEntry]:
    return list(
        AuditEntry.select()
        .where((AuditEntry.entity == entity) & (AuditEntry.entity_id == str(entity_id)))
        .order_by(AuditEntry.id)
    )
