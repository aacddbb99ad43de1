"""The desktop app opens offscreen."""

from __future__ import annotations

from ui.main_window import MainWindow


def test_main_window_title(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle().startswith("Cirkelwijzer")
