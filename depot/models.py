"""Core tables: operators, the audit log, business settings, number counters."""

from __future__ import annotations

from enum import StrEnum

import peewee as pw

from depot.db import BaseModel, JsonField, UtcDateTimeField, VersionedModel, utcnow


class Role(StrEnum):
    TECHNICIAN = "technician"
    WAREHOUSE = "warehouse"
    SERVICE_DESK = "service_desk"
    MANAGER = "manager"


class User(VersionedModel):
    """An operator; scanning the badge code makes them the active operator."""

    name = pw.CharField(max_length=80)
    badge = pw.CharField(max_length=40, unique=True)
    role = pw.CharField(max_length=20, choices=[(r.value, r.value) for r in Role])
    active = pw.BooleanField(default=True)
    created_at = UtcDateTimeField(default=utcnow)

    def __str__(self) -> str:
        return self.name

    @property
    def is_manager(self) -> bool:
        return self.role == Role.MANAGER


class AuditEntry(BaseModel):
    """Append-only: who did what, when, from which station, before and after."""

    at = UtcDateTimeField(default=utcnow, index=True)
    actor = pw.ForeignKeyField(User, null=True, backref="audit_entries", on_delete="RESTRICT")
    station = pw.CharField(max_length=60)
    action = pw.CharField(max_length=60)
    entity = pw.CharField(max_length=40)
    entity_id = pw.CharField(max_length=60, null=True)
    before = JsonField(null=True)
    after = JsonField(null=True)
    note = pw.TextField(null=True)

    class Meta:
        indexes = ((("entity", "entity_id"), False),)


class Setting(VersionedModel):
    """A business setting a manager may change (defaults live in code)."""

    key = pw.CharField(max_length=80, unique=True)
    value = JsonField()


class Counter(BaseModel):
    """Per-prefix sequence (`RMA-2611`): incremented with one conditional UPDATE."""

    name = pw.CharField(max_length=40, primary_key=True)
    value = pw.BigIntegerField(default=0)


CORE_MODELS = [User, AuditEntry, Setting, Counter]
