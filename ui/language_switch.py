"""Show the interface in another language without losing the open work.

Qt widgets take their texts when they are built, so the window is built again in the new
language over the same document: the project, its file, its modified state, the shown
variant and the undo history all carry over.
"""

from __future__ import annotations

from ui.base import i18n
from ui.main_window import MainWindow

_alive: list[MainWindow] = []  # the window the app shows (the old one is closed)


def switch_language(window: MainWindow, lang: str) -> MainWindow:
    """Rebuild `window` in `lang` over its document; returns the new window."""
    window.settings.language = lang
    window.settings.sync()
    i18n.install(lang)
    doc = window.doc
    variant_id = doc.current_variant_id
    geometry = window.saveGeometry()
    doc.release_views()
    doc.retranslate()
    new = MainWindow(runner=window.runner, settings=window.settings, catalog=window.catalog,
                     document=doc)
    new.restoreGeometry(geometry)
    doc.show_again(variant_id)
    follow_language_changes(new)
    if window.isVisible():
        new.show()
    window.files.maybe_save = lambda: True  # the work lives on in the new window
    window.close()
    window.deleteLater()
    _alive[:] = [new]
    return new


def follow_language_changes(window: MainWindow) -> None:
    """Rebuild the window whenever its preferences choose another language."""
    window.language_chosen.connect(lambda lang: switch_language(window, lang))
