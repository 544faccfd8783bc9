"""Export jobs: one plain-Python interface the UI runs on a worker thread.

A job knows what to write and where; the UI knows threads, progress bars and
folders. Keeping the two apart means the same job runs from a script or a
test without Qt, and the UI's worker (`ui.workers`) runs any job the same
way::

    job = MonthlyReportJob(date(2026, 1, 1), folder)
    path = job.run(progress=lambda done, total: ..., cancelled=lambda: False)

``progress(done, total)`` may be called from the worker thread; ``cancelled()``
returning True makes the job stop with `JobCancelled` at its next check,
leaving no file behind (every writer saves atomically).

Database access from a worker thread: peewee keeps one connection per thread
(`thread_safe=True`, the default) and opens it on first use (autoconnect), so
a job run on a worker gets its own connection from the same `Database`
object — on SQLite and PostgreSQL alike. `run_in_thread_connection` closes it
when the job ends, so a worker never leaks a connection.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol

from depot import config
from depot.db import database
from depot.i18n import translate
from exports.xlsx import Cancelled, JobCancelled, Progress

__all__ = [
    "ExportJob",
    "HandoverSheetJob",
    "JobCancelled",
    "MonthlyReportJob",
    "ServiceReportJob",
    "default_folder",
    "run_in_thread_connection",
    "safe_file_name",
]


class ExportJob(Protocol):
    """What the UI's worker runs."""

    @property
    def title(self) -> str:
        """What is being exported, for the progress dialog ("Monthly report 2026-01")."""
        ...

    def run(self, progress: Progress, cancelled: Cancelled) -> Path:
        """Write the file and return its path; raise `JobCancelled` when asked to stop."""
        ...


def default_folder() -> Path:
    """Where exports go unless the person chose another folder.

    The user's Documents folder (``Documents/Depot``), where people look for
    files; under a data-folder override (tests, the demo, a portable install)
    the exports stay next to the data instead.
    """
    if os.environ.get(config.ENV_DATA_DIR):
        return config.data_dir() / "exports"
    import platformdirs

    return Path(platformdirs.user_documents_dir()) / "Depot"


_UNSAFE = '<>:"/\\|?*'


def safe_file_name(name: str) -> str:
    """`name` without the characters Windows forbids in file names."""
    cleaned = "".join("_" if ch in _UNSAFE or ord(ch) < 32 else ch for ch in name).strip(" .")
    return cleaned or "export"


def run_in_thread_connection(job: ExportJob, progress: Progress, cancelled: Cancelled) -> Path:
    """Run `job` and close this thread's database connection afterwards.

    For worker threads: peewee opened a connection for this thread on its
    first query; the main thread's connection is untouched.
    """
    try:
        return job.run(progress, cancelled)
    finally:
        if database.obj is not None and not database.is_closed():
            database.close()


@dataclass(frozen=True)
class HandoverSheetJob:
    """The handover sheet of one handover (number or id), as ``HO-….xlsx``."""

    handover: str | int
    folder: Path

    @property
    def title(self) -> str:
        return translate("Sheets", "Handover sheet {number}").format(number=self.handover)

    def run(self, progress: Progress, cancelled: Cancelled) -> Path:
        from exports.handover import write_handover_sheet
        from rma.handover import get_handover

        number = get_handover(self.handover).number
        target = Path(self.folder) / safe_file_name(f"{number}.xlsx")
        return write_handover_sheet(number, target, progress=progress, cancelled=cancelled)


@dataclass(frozen=True)
class ServiceReportJob:
    """The customer's service report of one RMA."""

    rma: str | int
    folder: Path

    @property
    def title(self) -> str:
        return translate("Sheets", "Service report {rma}").format(rma=self.rma)

    def run(self, progress: Progress, cancelled: Cancelled) -> Path:
        from exports.service_report import write_service_report
        from rma.workflow import get_rma

        number = get_rma(self.rma).number
        name = translate("Sheets", "{rma} service report.xlsx").format(rma=number)
        return write_service_report(number, Path(self.folder) / safe_file_name(name),
                                    progress=progress, cancelled=cancelled)


@dataclass(frozen=True)
class MonthlyReportJob:
    """The monthly KPI workbook of the month containing `month`."""

    month: date
    folder: Path

    @property
    def title(self) -> str:
        return translate("Sheets", "Monthly report {month}").format(
            month=self.month.strftime("%Y-%m"))

    def run(self, progress: Progress, cancelled: Cancelled) -> Path:
        from exports.reports import write_monthly_report

        name = translate("Sheets", "Monthly report {month}.xlsx").format(
            month=self.month.strftime("%Y-%m"))
        return write_monthly_report(self.month, Path(self.folder) / safe_file_name(name),
                                    progress=progress, cancelled=cancelled)
