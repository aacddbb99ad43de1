"""The desktop app opens offscreen."""

from __future__ import annotations

from ui.main_window import MainWindow


def test_main_window_title(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    # The platform adds the application's name; the title itself names the document.
    assert window.windowTitle() == f"{window.doc.title}[*]"
    assert "Cirkelwijzer" not in window.windowTitle()


def test_the_app_holds_spare_references_where_pyside_drops_them():
    import sys

    from PySide6 import __version_info__ as pyside

    from ui.app import SPARE_REFERENCES, refcount_guard

    before = sys.getrefcount(None)
    guard = refcount_guard()
    affected = sys.version_info < (3, 12) and tuple(pyside[:2]) == (6, 12)
    assert (sys.getrefcount(None) - before >= SPARE_REFERENCES) is affected
    del guard
