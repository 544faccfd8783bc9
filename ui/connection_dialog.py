"""Where this workstation's data lives: this computer only, or the shared depot server.

Shown on first start (no database chosen yet) and from Settings. The choice
is a per-workstation preference, so the URL goes into QSettings — without the
password: that is kept in the operating system's credential store (`keyring`,
service "Depot") and looked up when the connection is opened. "Test
connection" runs on a worker thread (a server that does not answer takes
seconds to time out; the window must not freeze) and says precisely what is
wrong: unreachable, refused, no such database, TLS, empty, too new.
"""

from __future__ import annotations

import threading

from depot import config, connection
from depot.connection import Report, ServerSettings
from depot.errors import DomainError
from ui.qt import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QObject,
    QPushButton,
    QRadioButton,
    QSettings,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    Signal,
)

SETTINGS_KEY = "database/url"


class _Tester(QObject):
    """Runs `check_connection` on a plain thread; the result comes back as a queued signal."""

    finished = Signal(object)  # Report

    def run(self, url: str, known_version: int) -> None:
        def work() -> None:
            try:
                report = connection.check_connection(url, known_version=known_version)
            except DomainError as exc:
                report = Report(False, str(exc))
            except Exception as exc:  # shown, never a crash of the dialog
                report = Report(False, f"{type(exc).__name__}: {exc}")
            self.finished.emit(report)

        threading.Thread(target=work, name="depot-connection-test", daemon=True).start()


class ConnectionDialog(QDialog):
    """Choose and test the database; `url()` is the choice, never carrying a password."""

    tested = Signal(object)  # Report, after each "Test connection"

    def __init__(self, settings: QSettings, *, known_version: int,
                 current_url: str | None = None, first_run: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.known_version = known_version
        self.setWindowTitle(self.tr("Database connection"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        if first_run:
            intro = QLabel(self.tr("Welcome to Depot. Choose where this workstation keeps its "
                                   "data; you can change it later in Settings."))
            intro.setWordWrap(True)
            layout.addWidget(intro)

        self.local = QRadioButton(self.tr("This computer only"))
        self.server = QRadioButton(self.tr("Shared depot server (several workstations)"))
        group = QButtonGroup(self)
        group.addButton(self.local)
        group.addButton(self.server)
        layout.addWidget(self.local)

        self.local_box = QGroupBox()
        local_form = QHBoxLayout(self.local_box)
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        local_form.addWidget(self.path, 1)
        local_form.addWidget(browse)
        layout.addWidget(self.local_box)
        layout.addWidget(self.server)

        self.server_box = QGroupBox()
        form = QFormLayout(self.server_box)
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("server name or address"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(connection.DEFAULT_PORT)
        self.database = QLineEdit("depot")
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in this computer's credential store"))
        self.tls = QComboBox()
        for mode, label in (
            ("prefer", self.tr("Use TLS when the server offers it")),
            ("require", self.tr("Require TLS")),
            ("verify-ca", self.tr("Require TLS and check the certificate")),
            ("verify-full", self.tr("Require TLS and check certificate and host name")),
            ("disable", self.tr("No TLS")),
        ):
            self.tls.addItem(label, mode)
        form.addRow(self.tr("Host"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("TLS"), self.tls)
        layout.addWidget(self.server_box)

        row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test)
        row.addWidget(self.test_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.result = QLabel()
        self.result.setObjectName("connectionResult")
        self.result.setWordWrap(True)
        layout.addWidget(self.result)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._tester = _Tester(self)
        self._tester.finished.connect(self._show_report)
        self.local.toggled.connect(self._kind_changed)
        self._load(current_url or str(settings.value(SETTINGS_KEY, "") or ""))

    # -- state -------------------------------------------------------------------
    def _load(self, url: str) -> None:
        if url.startswith(("postgresql://", "postgres://")):
            s = connection.parse_server_url(url)
            self.host.setText(s.host)
            self.port.setValue(s.port)
            self.database.setText(s.database)
            self.user.setText(s.user)
            self.tls.setCurrentIndex(max(0, self.tls.findData(s.tls)))
            self.server.setChecked(True)
            self.path.setText(str(config.data_dir() / "depot.db"))
        else:
            path = url[len("sqlite:///"):] if url.startswith("sqlite:///") else ""
            self.path.setText(path or str(config.data_dir() / "depot.db"))
            self.local.setChecked(True)
        self._kind_changed()

    def _kind_changed(self) -> None:
        self.local_box.setEnabled(self.local.isChecked())
        self.server_box.setEnabled(self.server.isChecked())
        self.result.clear()

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Depot database file"), self.path.text(),
            self.tr("Depot database (*.db)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if chosen:
            self.path.setText(chosen)

    def server_settings(self) -> ServerSettings:
        return ServerSettings(
            host=self.host.text(), database=self.database.text(), user=self.user.text(),
            port=self.port.value(), tls=str(self.tls.currentData()),
        ).validate()

    def url(self, *, with_password: bool = False) -> str:
        """The chosen database URL; the password only for testing, never to store."""
        if self.local.isChecked():
            path = self.path.text().strip()
            if not path:
                raise DomainError(self.tr("Choose a file for the database."))
            return f"sqlite:///{path.replace(chr(92), '/')}"
        server = self.server_settings()
        return server.url(self.password.text() if with_password else None)

    # -- test ----------------------------------------------------------------------
    def test(self) -> None:
        try:
            url = self.url(with_password=True)
        except DomainError as exc:
            self._show_report(Report(False, str(exc)))
            return
        self.test_button.setEnabled(False)
        self.result.setProperty("level", "")
        self.result.setText(self.tr("Testing…"))
        self._tester.run(url, self.known_version)

    def _show_report(self, report: Report) -> None:
        self.test_button.setEnabled(True)
        self.result.setProperty("level", "ok" if report.ok else "error")
        self.result.setText(report.message)
        self.tested.emit(report)

    # -- save ----------------------------------------------------------------------
    def accept(self) -> None:
        """Store the URL (no password) in QSettings and the password in the credential store."""
        try:
            url = self.url()
            if self.server.isChecked() and self.password.text():
                connection.save_password(self.server_settings(), self.password.text())
        except DomainError as exc:
            self._show_report(Report(False, str(exc)))
            return
        self.settings.setValue(SETTINGS_KEY, url)
        super().accept()


def saved_url(settings: QSettings) -> str | None:
    """The database this workstation chose earlier (QSettings), if any."""
    value = str(settings.value(SETTINGS_KEY, "") or "").strip()
    return value or None


def startup_url(settings: QSettings, *, known_version: int) -> str | None:
    """The database to open at start-up; asks on first run. None: the person cancelled."""
    url = saved_url(settings)
    if url:
        return url
    dialog = ConnectionDialog(settings, known_version=known_version, first_run=True)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.url()
