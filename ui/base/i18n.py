"""Dutch or English for the interface: Qt translators, and a live switch of language.

The catalogs are Qt Linguist files under resources/translations (the `.ts` in the
repository, the compiled `.qm` beside it; see tools/update_translations.py). English is
the source language, so English needs no catalog.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from advisor.i18n import LANGUAGES
from advisor.paths import resource_dir

CATALOG = "cirkelwijzer"
_installed: list[QTranslator] = []
_windows: list = []


def catalog_path(lang: str):
    return resource_dir("translations", f"{CATALOG}_{lang}.qm")


def install(lang: str) -> bool:
    """Install the translators of `lang` (replacing any), True if our catalog loaded."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    lang = lang if lang in LANGUAGES else "nl"
    QLocale.setDefault(QLocale("nl_NL" if lang == "nl" else "en_GB"))
    if lang == "en":
        return True
    ours = QTranslator(app)
    loaded = ours.load(str(catalog_path(lang)))
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)  # Qt's own buttons (Yes, No, Cancel) and dialogs
    if qt.load(QLocale(lang), "qtbase", "_", QLibraryInfo.path(
            QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return loaded


def switch_language(window, lang: str):
    """Show the interface in another language without losing the open work.

    The window is rebuilt over the same project (its file, modified state and shown
    variant); the undo history starts afresh. Returns the new window.
    """
    from ui.main_window import MainWindow

    window.settings.language = lang
    window.settings.sync()
    install(lang)
    doc = window.doc
    project, path, modified = doc.project, doc.path, doc.modified
    variant_id = doc.current_variant_id
    geometry = window.saveGeometry()
    new = MainWindow(runner=window.runner, settings=window.settings, catalog=window.catalog)
    new.restoreGeometry(geometry)
    new.doc.set_project(project, path, unsaved=modified)
    new.doc.set_current_variant(variant_id)
    if window.isVisible():
        new.show()
    window.files.maybe_save = lambda: True  # the work lives on in the new window
    extras = getattr(window, "extras", None)
    if extras is not None:
        extras.recovery.closed_cleanly()
    window.close()
    window.deleteLater()
    _windows[:] = [new]  # the app's reference was to the old window: keep the new one alive
    return new
