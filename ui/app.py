"""Start the desktop app: parse the few start-up arguments, show the main window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def parse_start_args(args: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="cirkelwijzer")
    parser.add_argument("--demo", action="store_true", help="open the bundled demo product")
    parser.add_argument("file", nargs="?", help="a project (.cirkel) or bill of materials")
    return parser.parse_known_args(args)[0]


# PySide6 6.12 on Python 3.11 drops one reference to None with each call of a C++ method
# that returns nothing, and to True or False with each bool signal to Python (CPython
# 3.12 and later make these objects immortal, so there it does no harm). A long day of
# editing would bring None's count to zero and abort the app; spare references keep it
# far from zero (16 MB for two million calls).
SPARE_REFERENCES = 2_000_000


def refcount_guard() -> list:
    """Spare references to None, True and False while the app runs (see above)."""
    if sys.version_info >= (3, 12):
        return []
    from PySide6 import __version_info__ as pyside

    if tuple(pyside[:2]) != (6, 12):
        return []
    return [None] * SPARE_REFERENCES + [True, False] * (SPARE_REFERENCES // 4)


def run_app(args: list[str]) -> int:
    """Create the QApplication and the main window; return the exit code."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    ns = parse_start_args(args)
    guard = refcount_guard()
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Cirkelwijzer")
    app.setOrganizationName("Cirkelregio Utrecht")
    app.setApplicationDisplayName("Cirkelwijzer")

    from PySide6.QtCore import QThreadPool

    from ui.base import i18n
    from ui.base.settings import Settings
    from ui.language_switch import follow_language_changes
    from ui.main_window import MainWindow

    i18n.install(Settings().language)
    window = MainWindow()
    follow_language_changes(window)
    window.show()
    if window.autosave.offer_restore():
        pass  # the unsaved work of a crashed session is back
    elif ns.file:
        window.open_path(Path(ns.file))
    elif ns.demo:
        window.open_demo()
    else:
        window.open_start()
    code = app.exec()
    # A background evaluation may still run: let it end before Python tears Qt down.
    QThreadPool.globalInstance().clear()
    QThreadPool.globalInstance().waitForDone(10_000)
    del guard
    return code
