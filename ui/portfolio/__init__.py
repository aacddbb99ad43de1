"""The regional portfolio window (advisor.portfolio in the app), opened from one menu
action of the main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu


def open_portfolio(window, path=None):
    """Show the main window's portfolio window (one per main window), optionally on a
    portfolio file."""
    from ui.portfolio.window import PortfolioWindow

    view = getattr(window, "portfolio_window", None)
    if view is None:
        view = PortfolioWindow(window)
        window.portfolio_window = view
    if path is not None:
        view.open_path(path)
    view.show()
    view.raise_()
    return view


def add_portfolio_action(window, menu: QMenu) -> QAction:
    """The one menu action that opens the portfolio window."""
    act = QAction(QCoreApplication.translate("Portfolio", "Regional &portfolio…"), window)
    act.setShortcut(QKeySequence("Ctrl+Shift+P"))
    act.triggered.connect(lambda _checked=False: open_portfolio(window))
    menu.addAction(act)
    return act
