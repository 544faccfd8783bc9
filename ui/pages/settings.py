"""Settings: this workstation's preferences and the depot's business settings."""

from __future__ import annotations

import json

from depot import config, settings
from depot.events import Changes
from ui.label_settings import LabelSizeBox
from ui.pages.base import Page
from ui.qt import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)
from ui.widgets import ElidedLabel, heading


class SettingsPage(Page):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(heading(self.tr("Settings")))

        station = QGroupBox(self.tr("This workstation"))
        form = QFormLayout(station)
        self.language = QComboBox()
        self.language.addItem(self.tr("System language"), "")
        self.language.addItem("English", "en")
        self.language.addItem("简体中文", "zh_CN")
        current = str(ctx.settings.value("language", ""))
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.language.currentIndexChanged.connect(self._language_changed)
        form.addRow(self.tr("Language"), self.language)
        self.station = QLineEdit(ctx.station)
        self.station.editingFinished.connect(self._station_changed)
        form.addRow(self.tr("Station name"), self.station)
        database = QHBoxLayout()
        # a long path is shortened in the middle, not allowed to widen the window
        self.database = ElidedLabel(ctx.db_info.display)
        database.addWidget(self.database, 1)
        self.connection_button = QPushButton(self.tr("Change…"))
        self.connection_button.clicked.connect(self._choose_database)
        database.addWidget(self.connection_button)
        form.addRow(self.tr("Database"), database)
        self.restart_hint = QLabel()
        self.restart_hint.setObjectName("hint")
        form.addRow("", self.restart_hint)
        self.labels = LabelSizeBox(ctx)
        top = QHBoxLayout()
        top.addWidget(station, 1)
        top.addWidget(self.labels)
        layout.addLayout(top)

        business = QGroupBox(self.tr("Business settings (a manager may change them; every change "
                                     "is audited)"))
        box = QVBoxLayout(business)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Setting"), self.tr("Key"), self.tr("Value")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        box.addWidget(self.table)
        row = QHBoxLayout()
        self.value_edit = QLineEdit()
        self.value_edit.setPlaceholderText(self.tr("New value for the selected setting"))
        self.save = QPushButton(self.tr("Change"))
        self.save.clicked.connect(self._change)
        row.addWidget(self.value_edit, 1)
        row.addWidget(self.save)
        box.addLayout(row)
        layout.addWidget(business, 1)
        self.table.currentCellChanged.connect(self._selected)
        self.refresh(None)

    def refresh(self, changes: Changes | None = None) -> None:
        if changes is not None and not changes.touches("setting"):
            return
        specs = settings.all_specs()
        self.table.setRowCount(len(specs))
        for i, spec in enumerate(specs):
            value = settings.get(spec.key)
            self.table.setItem(i, 0, QTableWidgetItem(spec.translated_label()))
            self.table.setItem(i, 1, QTableWidgetItem(spec.key))
            shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
            self.table.setItem(i, 2, QTableWidgetItem(shown))

    def _selected(self, row: int, *_: int) -> None:
        item = self.table.item(row, 2) if row >= 0 else None
        self.value_edit.setText(item.text() if item else "")

    def _change(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            self.ctx.error(self.tr("Select a setting first."))
            return
        key = self.table.item(row, 1).text()
        text = self.value_edit.text()
        default = settings.spec(key).default
        value: object = text
        if not isinstance(default, str):
            try:
                value = json.loads(text)
            except ValueError:
                self.ctx.error(self.tr("{text!r} is not a valid value.").replace(
                    "{text!r}", repr(text)))
                return
        if self.ctx.attempt(settings.change, self.ctx.operator, key, value) is not None:
            self.ctx.ok(self.tr("Setting changed."))

    def _language_changed(self) -> None:
        self.ctx.settings.setValue("language", self.language.currentData())
        self.restart_hint.setText(self.tr("The language changes the next time Depot starts."))

    def _choose_database(self) -> None:
        from rma.schema import SCHEMA_VERSION
        from ui.connection_dialog import ConnectionDialog

        dialog = ConnectionDialog(self.ctx.settings, known_version=SCHEMA_VERSION,
                                  current_url=self.ctx.db_info.url, parent=self)
        if dialog.exec():
            self.restart_hint.setText(
                self.tr("Depot opens the chosen database the next time it starts."))

    def _station_changed(self) -> None:
        name = self.station.text().strip()
        self.ctx.settings.setValue("station", name)
        config.set_station_name(name or None)
