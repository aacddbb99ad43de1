"""Dutch or English for the interface: the Qt translators of a language.

The catalogs are Qt Linguist files under resources/translations (the `.ts` in the
repository, the compiled `.qm` beside it; see tools/update_translations.py). English is
the source language, so English needs no catalog. Switching the language of an open
window is `ui.language_switch`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from advisor.i18n import LANGUAGES
from advisor.paths import resource_dir

CATALOG = "cirkelwijzer"
_installed: list[QTranslator] = []


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



def points() -> str:
    """The unit of a difference of two percentages (percentage points), as charts write it."""
    return QCoreApplication.translate("Units", "pt")


class LocalNumber(float):
    """A number that a message's format ({x:.4g}) writes with the language's decimal sign."""

    lang = "en"

    def __new__(cls, value: float, lang: str) -> LocalNumber:
        number = super().__new__(cls, value)
        number.lang = lang
        return number

    def __format__(self, spec: str) -> str:
        text = format(float(self), spec)
        return text.replace(".", ",") if self.lang == "nl" else text


def local_params(params: dict, lang: str) -> dict:
    """A message's parameters with its numbers written as the language writes them."""
    return {k: LocalNumber(v, lang) if isinstance(v, float) else v for k, v in params.items()}
