"""One typed wrapper around QSettings; window geometry is kept apart from preferences."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from advisor.i18n import LANGUAGES, system_lang

MAX_RECENT = 8


def _qsettings() -> QSettings:
    """Settings in an INI file under the user's data folder (honours CIRKELWIJZER_HOME)."""
    from advisor.paths import user_data_dir

    folder = user_data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / "cirkelwijzer.ini"), QSettings.Format.IniFormat)


class Settings:
    """Preferences with types and defaults; every value is a plain string, list or number."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._s = store or _qsettings()

    def _str(self, key: str, default: str = "") -> str:
        value = self._s.value(key, default)
        return str(value) if value is not None else default

    # -- language ---------------------------------------------------------
    @property
    def language(self) -> str:
        lang = self._str("prefs/language", "")
        return lang if lang in LANGUAGES else system_lang()

    @language.setter
    def language(self, lang: str) -> None:
        self._s.setValue("prefs/language", lang)

    # -- report defaults --------------------------------------------------
    @property
    def company(self) -> str:
        return self._str("report/company")

    @company.setter
    def company(self, value: str) -> None:
        self._s.setValue("report/company", value)

    @property
    def author(self) -> str:
        return self._str("report/author")

    @author.setter
    def author(self, value: str) -> None:
        self._s.setValue("report/author", value)

    @property
    def report_language(self) -> str:
        lang = self._str("report/language", "")
        return lang if lang in LANGUAGES else self.language

    @report_language.setter
    def report_language(self, lang: str) -> None:
        self._s.setValue("report/language", lang)

    # -- files --------------------------------------------------------------
    @property
    def recent_files(self) -> list[str]:
        value = self._s.value("files/recent", [])
        if isinstance(value, str):
            value = [value] if value else []
        return [str(v) for v in value or []]

    def add_recent(self, path: Path) -> None:
        text = str(Path(path).resolve())
        files = [text] + [f for f in self.recent_files if f != text]
        self._s.setValue("files/recent", files[:MAX_RECENT])

    @property
    def last_project(self) -> str:
        return self._str("files/last_project")

    @last_project.setter
    def last_project(self, path: str) -> None:
        self._s.setValue("files/last_project", path)

    @property
    def last_dir(self) -> str:
        return self._str("files/last_dir", str(Path.home()))

    @last_dir.setter
    def last_dir(self, folder: str) -> None:
        self._s.setValue("files/last_dir", folder)

    @property
    def export_dir(self) -> str:
        """Where reports and tables are written: the last export folder, else Documents."""
        folder = self._str("files/export_dir")
        if folder and Path(folder).is_dir():
            return folder
        return documents_dir()

    @export_dir.setter
    def export_dir(self, folder: str) -> None:
        self._s.setValue("files/export_dir", folder)

    @property
    def open_after_export(self) -> bool:
        return self._str("report/open_after_export", "true").lower() == "true"

    @open_after_export.setter
    def open_after_export(self, on: bool) -> None:
        self._s.setValue("report/open_after_export", "true" if on else "false")

    def sync(self) -> None:
        self._s.sync()


def documents_dir() -> str:
    """The user's documents folder (the home folder where a system has none)."""
    from PySide6.QtCore import QStandardPaths

    folder = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    return folder if folder and Path(folder).is_dir() else str(Path.home())


class WindowState:
    """Window geometry, dock layout and header states, kept apart from preferences."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._s = store or _qsettings()

    def load(self, key: str) -> QByteArray | None:
        value = self._s.value(f"window/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save(self, key: str, state: QByteArray) -> None:
        self._s.setValue(f"window/{key}", state)

    def sync(self) -> None:
        self._s.sync()
