"""The command line as a person (and the installer) uses it: real processes."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from depot import db as dbmod
from rma.schema import open_depot


def run_depot(*args: str, tmp_path, env_extra: dict[str, str] | None = None):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DEPOT_DATA_DIR=str(tmp_path / "data"))
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "depot", *args], capture_output=True, text=True,
                          env=env, timeout=120, check=False)


def test_self_test_passes_in_english_and_chinese(tmp_path):
    for lang in ("en", "zh_CN"):
        out = run_depot("--self-test", "--lang", lang, tmp_path=tmp_path)
        assert out.returncode == 0, out.stdout + out.stderr
        assert "self-test passed" in out.stdout
        assert "[FAIL]" not in out.stdout


def test_migrate_and_backup_commands(tmp_path):
    url = f"sqlite:///{(tmp_path / 'cli.db').as_posix()}"
    out = run_depot("--db", url, "migrate", tmp_path=tmp_path)
    assert out.returncode == 0, out.stderr
    assert "schema version" in out.stdout
    target = tmp_path / "copy.db"
    out = run_depot("--db", url, "backup", str(target), tmp_path=tmp_path)
    assert out.returncode == 0, out.stderr
    assert target.exists() and target.stat().st_size > 0


def test_depot_db_variable_chooses_the_database(tmp_path):
    path = tmp_path / "from-env.db"
    out = run_depot("migrate", tmp_path=tmp_path,
                    env_extra={"DEPOT_DB": f"sqlite:///{path.as_posix()}"})
    assert out.returncode == 0, out.stderr
    assert path.exists()


def test_future_database_is_refused_with_a_message_not_a_traceback(tmp_path):
    path = tmp_path / "future.db"
    url = f"sqlite:///{path.as_posix()}"
    open_depot(url, backup_dir=tmp_path)
    dbmod.database.execute_sql("UPDATE schema_version SET version = 999")
    dbmod.close()
    out = run_depot("--db", url, "migrate", tmp_path=tmp_path)
    assert out.returncode == 2
    assert "newer version of Depot" in out.stderr
    assert "Traceback" not in out.stderr


@pytest.mark.parametrize("url", ["mysql://nowhere/db", "sqlite:///"])
def test_bad_url_is_refused_clearly(tmp_path, url):
    out = run_depot("--db", url, "migrate", tmp_path=tmp_path)
    assert out.returncode == 2
    assert out.stderr.startswith("depot: ")
    assert "Traceback" not in out.stderr
