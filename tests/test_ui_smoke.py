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
