"""The connection dialog: test on a worker thread, store the URL, never the password."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend

from depot import connection
from rma.schema import SCHEMA_VERSION
from ui.connection_dialog import SETTINGS_KEY, ConnectionDialog, saved_url
from ui.qt import QSettings, Qt


class _Store(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        self.items.pop((service, username), None)


@pytest.fixture
def store():
    previous = keyring.get_keyring()
    kept = _Store()
    keyring.set_keyring(kept)
    yield kept
    keyring.set_keyring(previous)
    connection.stored_password.cache_clear()


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "station.ini"), QSettings.Format.IniFormat)


def _test(qtbot, dialog: ConnectionDialog) -> str:
    with qtbot.waitSignal(dialog.tested, timeout=10_000):
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    return dialog.result.text()


def test_server_choice_is_tested_and_stored_without_password(qtbot, pg_db, pg_server, settings,
                                                             store):
    dialog = ConnectionDialog(settings, known_version=SCHEMA_VERSION, first_run=True)
    qtbot.addWidget(dialog)
    assert dialog.local.isChecked()  # first run: this computer only, unless told otherwise
    dialog.server.setChecked(True)
    dbname = pg_db.url.split("/")[3].split("?")[0]
    dialog.host.setText(str(pg_server.socket_dir))
    dialog.database.setText(dbname)
    dialog.user.setText("depot")
    assert "a Depot database, schema" in _test(qtbot, dialog)

    dialog.database.setText("no_such_depot")
    assert "no database named no_such_depot" in _test(qtbot, dialog)
    assert dialog.result.property("level") == "error"

    dialog.host.setText("db.depot.lan")
    dialog.database.setText("depot")
    dialog.password.setText("top secret")
    dialog.accept()
    stored = saved_url(settings)
    assert stored == "postgresql://depot@db.depot.lan:5432/depot?sslmode=prefer"
    assert "secret" not in str(settings.value(SETTINGS_KEY))
    assert store.items == {("Depot", "depot@db.depot.lan:5432/depot"): "top secret"}


def test_this_computer_only(qtbot, settings, tmp_path):
    dialog = ConnectionDialog(settings, known_version=SCHEMA_VERSION)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "desk" / "depot.db"))
    assert "will be created" in _test(qtbot, dialog)
    dialog.accept()
    assert saved_url(settings) == f"sqlite:///{(tmp_path / 'desk' / 'depot.db').as_posix()}"
    again = ConnectionDialog(settings, known_version=SCHEMA_VERSION)
    qtbot.addWidget(again)
    assert again.local.isChecked() and again.path.text().endswith("desk/depot.db")


def test_missing_fields_are_named_before_connecting(qtbot, settings):
    dialog = ConnectionDialog(settings, known_version=SCHEMA_VERSION)
    qtbot.addWidget(dialog)
    dialog.server.setChecked(True)
    dialog.host.setText("")
    dialog.test()
    assert "host name" in dialog.result.text()
    assert dialog.test_button.isEnabled()
