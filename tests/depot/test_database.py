"""Opening, migrating and refusing databases; core tables on both backends."""

from __future__ import annotations

import hashlib

import peewee as pw
import pytest

from depot import audit, settings
from depot import db as dbmod
from depot.errors import PermissionDenied, SchemaError, StaleEdit, ValidationError
from depot.migrate import Migration, current_version
from depot.models import AuditEntry, Role, Setting, User
from depot.service import next_number, unit_of_work
from depot.users import by_badge, create_user, require_role
from rma.schema import MIGRATIONS, SCHEMA_VERSION, open_depot


def test_fresh_database_is_at_latest_version(db):
    assert current_version(dbmod.database.obj) == SCHEMA_VERSION
    assert {"user", "audit_entry", "setting", "rma"} <= set(dbmod.database.get_tables())


def test_upgrade_from_previous_version_keeps_data(db_url, tmp_path):
    previous = MIGRATIONS[-2].number
    open_depot(db_url, upto=previous, backup_dir=tmp_path / "bk")
    assert current_version(dbmod.database.obj) == previous
    boss = create_user(None, "Old Boss", "BDG-OLD1", Role.MANAGER)
    dbmod.close()

    open_depot(db_url, backup_dir=tmp_path / "bk")
    assert current_version(dbmod.database.obj) == SCHEMA_VERSION
    assert User.get_by_id(boss.id).name == "Old Boss"
    if db_url.startswith("sqlite"):
        backups = list((tmp_path / "bk").glob("*.db"))
        assert len(backups) == 1, "an SQLite file is copied before it is migrated"
    dbmod.close()


@pytest.mark.parametrize("step", range(len(MIGRATIONS)))
def test_every_migration_upgrades_from_the_one_before(db_url, tmp_path, step):
    """Each migration N runs on a database left at N-1 (or empty for the first)."""
    if step:
        open_depot(db_url, upto=MIGRATIONS[step - 1].number, backup_dir=tmp_path)
        dbmod.close()
    open_depot(db_url, upto=MIGRATIONS[step].number, backup_dir=tmp_path)
    assert current_version(dbmod.database.obj) == MIGRATIONS[step].number
    dbmod.close()


def test_future_sqlite_database_is_refused_untouched(tmp_path):
    path = tmp_path / "future.db"
    url = f"sqlite:///{path.as_posix()}"
    open_depot(url, backup_dir=tmp_path)
    dbmod.database.execute_sql("UPDATE schema_version SET version = 999")
    dbmod.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(SchemaError, match=r"newer version of Depot.*schema 999"):
        open_depot(url, backup_dir=tmp_path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert not list(tmp_path.glob("future-schema*"))


def test_future_postgres_database_is_refused(pg_db, pg_server):
    url = dbmod.info().url
    dbmod.database.execute_sql("UPDATE schema_version SET version = 999")
    dbmod.close()
    with pytest.raises(SchemaError, match="newer version of Depot"):
        open_depot(url, backup_dir=None)
    assert dbmod._info is None


def test_not_a_depot_file_is_refused(tmp_path):
    path = tmp_path / "other.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(SchemaError, match="not a Depot database"):
        open_depot(f"sqlite:///{path.as_posix()}", backup_dir=tmp_path)


def test_unreachable_postgres_says_what_failed():
    with pytest.raises(SchemaError, match="Cannot open PostgreSQL"):
        open_depot("postgresql://nobody@/nodb?host=/nonexistent-socket-dir", backup_dir=None)


def test_bad_url_is_refused():
    with pytest.raises(Exception, match="Unsupported database URL"):
        open_depot("mysql://x/y", backup_dir=None)


def test_failed_migration_rolls_back_and_keeps_version(tmp_path):
    url = f"sqlite:///{(tmp_path / 'x.db').as_posix()}"
    from depot.migrate import open_database

    def broken(database: pw.Database) -> None:
        database.execute_sql("CREATE TABLE half_done (id INTEGER)")
        raise RuntimeError("boom")

    migrations = [*MIGRATIONS, Migration(SCHEMA_VERSION + 1, "broken", broken)]
    with pytest.raises(RuntimeError):
        open_database(url, migrations, app_version="t", backup_dir=tmp_path)
    open_depot(url, backup_dir=tmp_path)
    assert current_version(dbmod.database.obj) == SCHEMA_VERSION
    assert "half_done" not in dbmod.database.get_tables()
    dbmod.close()


def test_audit_log_is_append_only(db, manager):
    with unit_of_work():
        entry = audit.record(manager, "test", "thing", 1, before={"a": 1}, after={"a": 2})
    with pytest.raises(pw.DatabaseError, match="append-only"), dbmod.database.atomic():
        AuditEntry.update(note="tampered").where(AuditEntry.id == entry.id).execute()
    with pytest.raises(pw.DatabaseError, match="append-only"), dbmod.database.atomic():
        AuditEntry.delete().execute()
    assert AuditEntry.get_by_id(entry.id).after == {"a": 2}


def test_counters_are_unique_and_increasing(db):
    values = [next_number("RMA-2611") for _ in range(5)]
    assert values == [1, 2, 3, 4, 5]
    assert next_number("RMA-2612") == 1


def test_users_badges_and_roles(db, manager):
    tech = create_user(manager, "Li Wei 李伟", "bdg-t042", Role.TECHNICIAN)
    assert by_badge(" BDG-T042 ").id == tech.id
    with pytest.raises(ValidationError, match="already given"):
        create_user(manager, "Other", "BDG-T042", Role.TECHNICIAN)
    with pytest.raises(ValidationError, match="must look like"):
        create_user(manager, "Other", "12", Role.TECHNICIAN)
    with pytest.raises(PermissionDenied, match="may not add operators"):
        create_user(tech, "Sneaky", "BDG-X999", Role.MANAGER)
    with pytest.raises(PermissionDenied, match="Scan your badge"):
        require_role(None, Role.TECHNICIAN)
    assert User.select().count() == 2


def test_settings_default_change_audit_and_stale_edit(db, manager, technician):
    assert settings.get("company.name") == "Depot Service Center"
    settings.change(manager, "company.name", "华强维修中心")
    assert settings.get("company.name") == "华强维修中心"
    entry = audit.history("setting", "company.name")[-1]
    assert (entry.before, entry.after, entry.actor.id) == (
        "Depot Service Center", "华强维修中心", manager.id)
    with pytest.raises(PermissionDenied):
        settings.change(technician, "company.name", "Hacked")
    with pytest.raises(ValidationError, match="cannot be empty"):
        settings.change(manager, "company.name", "  ")
    row = Setting.get(Setting.key == "company.name")
    with pytest.raises(StaleEdit, match="Changed by Mia Manager"):
        settings.change(manager, "company.name", "Late", expected_version=row.version - 1)
    assert settings.get("company.name") == "华强维修中心"
