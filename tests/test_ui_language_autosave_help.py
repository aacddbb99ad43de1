"""Language switch, autosave, crash recovery, help and pasting a table in the main window."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from advisor import recovery
from tests.test_ui_models import make_project
from ui.base import i18n
from ui.base.settings import Settings
from ui.base.tasks import SyncTaskRunner
from ui.dialogs.help import HelpWindow
from ui.language_switch import switch_language
from ui.main_window import MainWindow


def _window(qtbot, lang: str = "en") -> MainWindow:
    settings = Settings()
    settings.language = lang
    i18n.install(lang)
    w = MainWindow(runner=SyncTaskRunner(), settings=settings)
    qtbot.addWidget(w)
    w.files.maybe_save = lambda: True
    return w


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    i18n.install("en")


def _menus(w) -> list[str]:
    return [a.text() for a in w.menuBar().actions()]


def test_language_switch_shows_dutch_menus_and_keeps_work(qtbot, user_home):
    w = _window(qtbot, "en")
    assert _menus(w)[0] == "&File"
    w.doc.set_project(make_project(), None, unsaved=True)
    w.show()
    w.projects.rename_to("product", w.doc.project.products[0].id, "Renamed")
    new = switch_language(w, "nl")
    qtbot.addWidget(new)
    new.files.maybe_save = lambda: True
    assert _menus(new)[:3] == ["&Bestand", "Be&werken", "&Project"]
    assert "E&xtra" in _menus(new)
    assert new.doc.project.products[0].name == "Renamed" and new.doc.modified
    assert new.project_model.index(0, 0).data() == "Renamed"
    new.actions_.undo.trigger()  # the undo history came along
    assert new.doc.project == make_project()
    assert new.project_model.index(0, 0).data() == make_project().products[0].name
    assert new.lang == "nl" and Settings().language == "nl"
    file_menu = new.menuBar().actions()[0].menu()
    assert "Stuklijst &importeren…" in [a.text() for a in file_menu.actions()]


def test_undo_history_is_worded_in_the_new_language_after_two_switches(qtbot, user_home):
    from ui.bom.rows import COL

    w = _window(qtbot, "en")
    w.doc.set_project(make_project(), None, unsaved=True)
    w.editing.set_cell("p1", COL["material"], "steel")
    w.projects.rename_to("product", "p1", "Renamed")
    assert w.actions_.undo.text() == "&Undo Rename"
    nl = switch_language(w, "nl")
    qtbot.addWidget(nl)
    nl.files.maybe_save = lambda: True
    assert nl.actions_.undo.text() == "Naam wijzigen &ongedaan maken"
    nl.actions_.undo.trigger()
    assert nl.actions_.undo.text() == "Materiaal wijzigen &ongedaan maken"
    en = switch_language(nl, "en")  # the first window's objects are long gone
    qtbot.addWidget(en)
    en.files.maybe_save = lambda: True
    assert en.actions_.undo.text() == "&Undo Edit material"
    en.actions_.undo.trigger()
    assert en.doc.project == make_project()


def test_an_empty_product_shows_no_figures(qtbot, user_home):
    w = _window(qtbot, "nl")
    w.files.new_project()
    w.results.live.evaluate_now()
    cards = w.results.cards
    assert {cards.value_text(name) for name in cards.cards} == {"–"}
    assert "–" in cards.legend.text()


def test_autosave_and_clean_close(qtbot, user_home):
    w = _window(qtbot)
    w.doc.set_project(make_project(), None, unsaved=True)
    w.autosave.save_now()
    path = w.autosave.path
    assert path.exists() and path.parent == user_home / "recovery"
    w.close()
    assert not path.exists()


def test_recovery_after_crash(qtbot, user_home, monkeypatch):
    crashed = recovery.new_session_path(pid=2**22 + 4242)  # a process that is gone
    recovery.write(crashed, make_project(), "kettle", None)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    w = _window(qtbot)
    assert w.autosave.offer_restore()
    assert "kettle" in asked[0]
    assert w.doc.project == make_project() and w.doc.modified
    assert not crashed.exists()
    assert not w.autosave.offer_restore()  # offered once


def test_help_in_both_languages(qtbot):
    for lang, word in (("nl", "Kerncijfers"), ("en", "Key figures")):
        view = HelpWindow(lang, page="metrics")
        qtbot.addWidget(view)
        assert word in view.browser.toPlainText()
        assert view.topics.count() == 4


def test_paste_table_into_empty_project_opens_wizard(qtbot, user_home, monkeypatch):
    w = _window(qtbot)
    w.files.new_project()
    opened = []
    monkeypatch.setattr(w.tools, "open_wizard", lambda **k: opened.append(k) or True)
    QApplication.clipboard().setText("Naam\tMassa (g)\nKap\t120\nVoet\t30\n")
    w.actions_.paste.trigger()
    assert opened and "Kap" in opened[0]["text"]
