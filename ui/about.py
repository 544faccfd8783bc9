"""About Depot: the version, where the database and the logs are, and a report for support.

"Copy diagnostics" puts a plain-text report on the clipboard for a support
ticket: versions, the database (its URL never carries the password, see
`DbInfo.display`), the folders, whether this is the installed program or a
source checkout. The report stays in English on every desk on purpose: the
people who read it are the same whichever language the operator uses; the
dialog itself is translated.
"""

from __future__ import annotations

import platform
import sys
from pathlib import Path

import depot
import resources
from depot import config
from depot.db import DbInfo
from ui.qt import (
    QDesktopServices,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGuiApplication,
    QHBoxLayout,
    QLabel,
    QLocale,
    QPixmap,
    QPushButton,
    Qt,
    QUrl,
    QVBoxLayout,
    QWidget,
    qVersion,
)


def build_kind() -> str:
    """How this program runs: the installed (frozen) bundle or a source checkout."""
    if getattr(sys, "frozen", False):
        return f"installed bundle at {Path(sys.executable).parent}"
    return f"source checkout at {Path(depot.__file__).resolve().parent.parent}"


def diagnostics(db_info: DbInfo) -> str:
    """The support report, one `key: value` per line."""
    log_dir = config.log_dir()
    rows = [
        ("Depot", depot.__version__),
        ("Build", build_kind()),
        ("Database", db_info.display),
        ("Data folder", str(config.data_dir())),
        ("Log file", str(log_dir / "depot.log")),
        ("Station", config.station_name()),
        ("Language", QLocale().name()),
        ("Qt", f"{qVersion()} ({QGuiApplication.platformName()})"),
        ("Python", f"{platform.python_version()} ({platform.python_implementation()})"),
        ("System", platform.platform()),
    ]
    width = max(len(key) for key, _ in rows)
    return "\n".join(f"{key + ':':<{width + 1}} {value}" for key, value in rows) + "\n"


class AboutDialog(QDialog):
    def __init__(self, db_info: DbInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_info = db_info
        self.setWindowTitle(self.tr("About Depot"))
        self.setObjectName("aboutDialog")
        layout = QVBoxLayout(self)

        header = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(QPixmap(str(resources.path("icons", "depot.png"))).scaled(
            64, 64, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))
        title = QLabel(self.tr("Depot {version}").format(version=depot.__version__))
        title.setObjectName("pageTitle")
        subtitle = QLabel(self.tr("Repair depot and spare-parts workbench"))
        titles = QVBoxLayout()
        titles.addWidget(title)
        titles.addWidget(subtitle)
        titles.addStretch(1)
        header.addWidget(icon)
        header.addLayout(titles, 1)
        layout.addLayout(header)

        form = QFormLayout()
        self.version_label = self._value(depot.__version__)
        self.database_label = self._value(db_info.display)
        self.log_label = self._value(str(config.log_dir()))
        form.addRow(self.tr("Version"), self.version_label)
        form.addRow(self.tr("Database"), self.database_label)
        form.addRow(self.tr("Log folder"), self.log_label)
        form.addRow(self.tr("Qt"), self._value(qVersion()))
        form.addRow(self.tr("Python"), self._value(platform.python_version()))
        layout.addLayout(form)

        self.status = QLabel()
        self.status.setObjectName("hint")
        layout.addWidget(self.status)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy diagnostics"))
        self.copy_button.setToolTip(
            self.tr("Copy versions, database and folders, to paste into a support request"))
        self.copy_button.clicked.connect(self.copy_diagnostics)
        self.open_logs_button = QPushButton(self.tr("Open log folder"))
        self.open_logs_button.clicked.connect(self.open_log_folder)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_logs_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.copy_button.setFocus()

    @staticmethod
    def _value(text: str) -> QLabel:
        label = QLabel(text)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        return label

    def copy_diagnostics(self) -> str:
        text = diagnostics(self.db_info)
        QGuiApplication.clipboard().setText(text)
        self.status.setText(self.tr("Diagnostics copied to the clipboard."))
        return text

    def open_log_folder(self) -> bool:
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(config.log_dir())))
        if not opened:
            self.status.setText(self.tr("Could not open the log folder: {path}").format(
                path=config.log_dir()))
        return opened
