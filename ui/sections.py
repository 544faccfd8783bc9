"""The sections of the main window, in order.

Each names the page class by import path; a section whose module is not there
yet is shown as a plain "not built yet" page. Titles are marked for
translation here and translated when shown.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from ui.qt import QT_TRANSLATE_NOOP, QCoreApplication


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    page: str  # "module:Class"
    issue: int
    blurb: str
    shortcut: str

    def translated_title(self) -> str:
        return QCoreApplication.translate("Sections", self.title)

    def translated_blurb(self) -> str:
        return QCoreApplication.translate("Sections", self.blurb)

    def load(self) -> type | None:
        module_name, _, cls = self.page.partition(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:
                return None
            raise
        return getattr(module, cls)


SECTIONS = [
    Section("intake", QT_TRANSLATE_NOOP("Sections", "Intake"), "ui.pages.intake:IntakePage", 9,
            QT_TRANSLATE_NOOP("Sections", "Receive returned units by scan, see their warranty "
                              "coverage at once, and print RMA labels."), "F1"),
    Section("bench", QT_TRANSLATE_NOOP("Sections", "Bench"), "ui.pages.bench:BenchPage", 3,
            QT_TRANSLATE_NOOP("Sections", "The technician's queue: diagnosis, repair, testing, "
                              "with the timeline of every RMA."), "F2"),
    Section("quotes", QT_TRANSLATE_NOOP("Sections", "Quotes & payments"),
            "ui.pages.quotes:QuotesPage", 3,
            QT_TRANSLATE_NOOP("Sections", "Quotes for chargeable repairs and the payments that "
                              "open the prepayment gate."), "F3"),
    Section("parts", QT_TRANSLATE_NOOP("Sections", "Parts"), "ui.pages.parts:PartsPage", 4,
            QT_TRANSLATE_NOOP("Sections", "Spare parts at cost price: receiving with incoming "
                              "inspection, stock ledger, counts."), "F4"),
    Section("loaners", QT_TRANSLATE_NOOP("Sections", "Loaners"), "ui.pages.loaners:LoanersPage", 5,
            QT_TRANSLATE_NOOP("Sections", "The loaner pool: who has which loaner, and which are "
                              "overdue."), "F5"),
    Section("shipping", QT_TRANSLATE_NOOP("Sections", "Shipping"),
            "ui.pages.shipping:ShippingPage", 5,
            QT_TRANSLATE_NOOP("Sections", "Outbound queue, carriers and tracking numbers, and who "
                              "pays each shipping leg."), "F6"),
    Section("reports", QT_TRANSLATE_NOOP("Sections", "Reports"), "ui.pages.reports:ReportsPage", 6,
            QT_TRANSLATE_NOOP("Sections", "Handover sheets, service reports and the monthly KPI "
                              "report."), "F7"),
    Section("settings", QT_TRANSLATE_NOOP("Sections", "Settings"),
            "ui.pages.settings:SettingsPage", 2,
            QT_TRANSLATE_NOOP("Sections", "Language, station name and business settings."), "F8"),
]


def section(key: str) -> Section:
    for s in SECTIONS:
        if s.key == key:
            return s
    raise KeyError(key)
