"""Run long work off the UI thread: progress, result or failure, and cancellation.

A task is a plain function `fn(progress, cancelled) -> result` where `progress(share)`
reports 0..1 and `cancelled()` says whether the user pressed Cancel. `TaskRunner` runs it
on the global QThreadPool; `SyncTaskRunner` runs it at once (tests). Both deliver the
outcome through the same `Task` signals on the UI thread.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

TaskFn = Callable[[Callable[[float], None], Callable[[], bool]], Any]


class TaskCancelled(Exception):
    """Raised inside a task function to stop early; the task then emits `cancelled`."""


class Task(QObject):
    """The handle of one background job; its signals arrive on the UI thread."""

    progress = Signal(int)  # percent
    finished = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()
    # Emitted from the worker thread; queued to this object's (the UI) thread and
    # re-emitted there, so every listener runs on the UI thread.
    _worker_progress = Signal(int)
    _worker_done = Signal(str, object)

    def __init__(self, name: str, fn: TaskFn) -> None:
        super().__init__()
        self.name = name
        self._fn = fn
        self._cancel = threading.Event()
        self.done = False
        self.error_text = ""
        queued = Qt.ConnectionType.QueuedConnection
        self._worker_progress.connect(self._relay_progress, queued)
        self._worker_done.connect(self._relay_done, queued)
        self._direct = False

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self, direct: bool = False) -> None:
        """Run the function and emit exactly one of finished, failed or cancelled."""
        self._direct = direct
        try:
            result = self._fn(self._report, self.is_cancelled)
        except Exception as exc:  # every failure must reach the user
            if self.is_cancelled() or _is_cancel(exc):
                self._finish("cancelled", None)
            else:
                self.error_text = "".join(traceback.format_exception(exc))
                self._finish("failed", exc)
            return
        self._finish("cancelled" if self.is_cancelled() else "finished", result)

    def _finish(self, kind: str, payload: object) -> None:
        if self._direct:
            self._relay_done(kind, payload)
        else:
            self._worker_done.emit(kind, payload)

    def _report(self, share: float) -> None:
        percent = max(0, min(100, round(share * 100)))
        if self._direct:
            self._relay_progress(percent)
        else:
            self._worker_progress.emit(percent)

    def _relay_progress(self, percent: int) -> None:
        self.progress.emit(percent)

    def _relay_done(self, kind: str, payload: object) -> None:
        self.done = True
        if kind == "finished":
            self.finished.emit(payload)
        elif kind == "failed":
            self.failed.emit(payload)
        else:
            self.cancelled.emit()


def _is_cancel(exc: BaseException) -> bool:
    return isinstance(exc, TaskCancelled) or type(exc).__name__.endswith("Cancelled")


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task
        self.setAutoDelete(True)

    def run(self) -> None:
        self._task.run()


class TaskRunner(QObject):
    """Starts tasks on the global thread pool and keeps them alive until they end."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._alive: set[Task] = set()

    def start(self, name: str, fn: TaskFn) -> Task:
        task = Task(name, fn)
        self._alive.add(task)
        for signal in (task.finished, task.failed, task.cancelled):
            signal.connect(lambda *_a, t=task: self._alive.discard(t))
        return task

    def launch(self, task: Task) -> None:
        """Run a task created by `start`, after the caller connected its signals."""
        QThreadPool.globalInstance().start(_Runnable(task))

    def wait_all(self, msecs: int = 30000) -> bool:
        return QThreadPool.globalInstance().waitForDone(msecs)


class SyncTaskRunner(TaskRunner):
    """Runs each task immediately on the calling thread (for tests)."""

    def launch(self, task: Task) -> None:
        task.run(direct=True)
