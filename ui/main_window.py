"""The main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from advisor import __version__
from advisor.errors import InputError
from advisor.messages import problem_text
from advisor.paths import demo_path


class MainWindow(QMainWindow):
    """The Cirkelwijzer main window."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Cirkelwijzer")
        self.resize(1280, 800)
        self._label = QLabel(f"Cirkelwijzer {__version__}")
        self.setCentralWidget(self._label)

    def open_demo(self) -> None:
        self.open_path(demo_path())

    def open_path(self, path: Path) -> None:
        try:
            if not path.exists():
                raise InputError(f"File does not exist: {path}", file=str(path))
            self.setWindowTitle(f"Cirkelwijzer — {path.stem}")
        except InputError as exc:
            QMessageBox.warning(self, "Cirkelwijzer",
                                "\n".join(problem_text(p) for p in exc.problems))
