"""Run slow work (exports, report figures) on a worker thread, with progress and cancel.

The window must never freeze (ARCHITECTURE: anything slower than ~100 ms
runs on a worker). `Worker` runs any ``fn(progress, cancelled) -> result``
— the `exports.jobs` interface — on its own `QThread` and reports back with
signals, which Qt delivers on the GUI thread. `JobPanel` is the strip a page
shows while it runs: what is being done, a progress bar, Cancel; when an
export finishes it opens the file's folder.

Database: peewee keeps one connection per thread (``thread_safe=True``) and
opens it on first use, so the worker gets its own connection from the same
`Database` object on SQLite and PostgreSQL, never sharing the GUI thread's
(`tests/ui/test_reports_page.py` checks this on both). The worker closes its
connection when the work ends.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from depot.errors import DomainError
from exports.jobs import ExportJob, JobCancelled, run_in_thread_connection
from ui.qt import (
    QCoreApplication,
    QDesktopServices,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QThread,
    QTimer,
    QUrl,
    QWidget,
    Signal,
)

log = logging.getLogger(__name__)
_quit_hooked = False

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class _Adapter:
    """Gives a plain function the `ExportJob` shape so one runner serves both."""

    def __init__(self, fn: Work, title: str) -> None:
        self.fn = fn
        self.title = title

    def run(self, progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
        return self.fn(progress, cancelled)


#: workers still running; they hold themselves here so closing a page or the window
#: never destroys a QThread that is still running (Qt aborts the process if it is)
_running: set[Worker] = set()


def wait_all(ms: int = 30_000) -> None:
    """Ask every running worker to stop and wait for them (application exit, tests)."""
    for worker in list(_running):
        worker.cancel()
    for worker in list(_running):
        worker.wait(ms)


class Worker(QThread):
    """One piece of work on its own thread; emits exactly one of the outcome signals.

    Created without a Qt parent on purpose: it lives until its work ends (see
    `_running`), even when the page that started it is closed meanwhile; the
    page's slots are disconnected by Qt when the page goes away.
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, job: ExportJob | Work, title: str = "") -> None:
        super().__init__(None)
        self.job = job if hasattr(job, "run") else _Adapter(job, title)  # type: ignore[arg-type]
        self.title = title or getattr(self.job, "title", "")
        self._stop = threading.Event()
        self.finished.connect(self._forget)

    def start(self) -> None:  # type: ignore[override]
        """Start the work (keeps this worker alive until it has finished)."""
        global _quit_hooked
        if not _quit_hooked and QCoreApplication.instance() is not None:
            QCoreApplication.instance().aboutToQuit.connect(wait_all)
            _quit_hooked = True
        _running.add(self)
        super().start()

    def _forget(self) -> None:
        # drop the last reference only after `finished` has been delivered to every
        # slot: freeing a QObject inside its own signal emission crashes Qt
        QTimer.singleShot(0, lambda: _running.discard(self))

    def cancel(self) -> None:
        """Ask the work to stop at its next check (it leaves no file behind)."""
        self._stop.set()

    def is_cancelling(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:  # on the worker thread
        try:
            result = run_in_thread_connection(self.job, self.progressed.emit,  # type: ignore[arg-type]
                                              self._stop.is_set)
        except JobCancelled:
            self.cancelled.emit()
        except DomainError as refusal:
            self.failed.emit(str(refusal))
        except Exception as exc:  # never let a worker die silently
            log.exception("background work failed: %s", self.title)
            self.failed.emit(self.tr("The work stopped with an error: {error}").format(
                error=str(exc) or type(exc).__name__))
        else:
            self.succeeded.emit(result)


def open_folder(path: Path) -> None:
    """Show the folder that holds `path` in the desktop's file manager."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))


class JobPanel(QWidget):
    """A progress strip for one export at a time: title, bar, Cancel.

    ``finished(path)`` fires after a successful export, once the folder has
    been opened (``folder_opener``, replaceable: a test does not want a file
    manager, a script may want none). Failures go to the page's message
    strip through ``failed(text)``; ``cancelled()`` when the person stopped it.
    """

    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder_opener: Callable[[Path], None] = open_folder
        self.worker: Worker | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMinimumWidth(200)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.hide()

    def busy(self) -> bool:
        return self.worker is not None

    def start(self, job: ExportJob) -> Worker | None:
        """Run `job`; refused (None) while another export of this panel runs."""
        if self.worker is not None:
            return None
        worker = Worker(job)
        worker.progressed.connect(self._progress)
        worker.succeeded.connect(self._done)
        worker.failed.connect(self._failed)
        worker.cancelled.connect(self._cancelled)
        worker.finished.connect(self._cleanup)
        self.worker = worker
        self.label.setText(self.tr("Exporting {what}…").format(what=worker.title))
        self.bar.setRange(0, 0)  # busy until the first progress report
        self.cancel_button.setEnabled(True)
        self.show()
        worker.start()
        return worker

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Cancelling…"))

    def wait(self, ms: int = 30_000) -> None:
        """Block until the running export ended (closing the window, tests)."""
        if self.worker is not None:
            self.worker.wait(ms)

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(min(done, total))

    def _done(self, path: object) -> None:
        self.folder_opener(Path(str(path)))
        self.finished.emit(path)

    def _failed(self, text: str) -> None:
        self.failed.emit(text)

    def _cancelled(self) -> None:
        self.cancelled.emit()

    def _cleanup(self) -> None:
        self.worker = None
        self.hide()
