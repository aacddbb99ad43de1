"""The hostile corpus through the desktop app's own entry points: opening a file, the import
wizard and the data-pack import. Each refused file gives a dialog (or the wizard's problem
list), never an exception; no file is changed; the app starts on a broken user layer."""

from __future__ import annotations

import math
import os

import pytest
from PySide6.QtWidgets import QMessageBox

from advisor.kb.base import default_kb
from tests.hostile import cases
from tests.hostile.conftest import place, snapshot
from ui.base.catalog import Catalog
from ui.base.settings import Settings
from ui.base.tasks import SyncTaskRunner
from ui.main_window import MainWindow

OPENED = [c for c in cases.CASES if c.commands[0][0] in ("evaluate", "report", "export")
          and (not c.posix_only or os.name == "posix")]
PACKS = [c for c in cases.CASES if c.commands[0][:2] == ("kb", "import")
         and (not c.posix_only or os.name == "posix")]
# The workbook bombs once (opening); the wizard reads them the same way.
OPENED = [c for c in OPENED if c.id != "08-shared-strings-bomb"]
BOMS = [c for c in OPENED if not c.name.endswith(".cirkel") and not c.id.startswith("08-s")]


# Projects a user may have saved half-finished: the app opens them (the BOM view marks the
# rows), the command line refuses to evaluate them.
RANGES_ONLY = {"05-project-mass-inf", "05-project-ranges", "05-project-quantity",
               "05-project-lifetime", "05-project-region"}


def _finite(assessment) -> bool:
    return all(math.isfinite(v) for v in vars(assessment.metrics).values()
               if isinstance(v, float))


@pytest.fixture
def dialogs(monkeypatch) -> list[str]:
    """Every message box the app shows, by its text (none is left waiting for a click)."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(
        f"{self.text()}\n{self.informativeText()}\n{self.detailedText()}") or 0)
    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: shown.append(str(a[2:3])) or 0)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    return shown


@pytest.fixture(scope="module")
def shared_window(qapp, tmp_path_factory):
    """One window for all the files, as a user opens one after another."""
    home = tmp_path_factory.mktemp("home")
    old = os.environ.get("CIRKELWIJZER_HOME")
    os.environ["CIRKELWIJZER_HOME"] = str(home)
    default_kb.cache_clear()
    w = MainWindow(runner=SyncTaskRunner(), settings=Settings(), catalog=Catalog())
    w.catalog.reload()
    w.files.maybe_save = lambda: True
    w.show()
    yield w
    w.results.shutdown()
    w.close()
    w.deleteLater()
    os.environ["CIRKELWIJZER_HOME"] = old or ""
    default_kb.cache_clear()


@pytest.fixture
def window(shared_window, dialogs, monkeypatch):
    monkeypatch.setenv("CIRKELWIJZER_HOME", os.environ["CIRKELWIJZER_HOME"])
    shared_window.files.new_project()
    return shared_window


@pytest.mark.timeout(120)
@pytest.mark.parametrize("case", OPENED, ids=lambda c: c.id)
def test_open_gives_a_dialog_never_a_crash(case, window, dialogs, work, tmp_path):
    target = place(case, work)
    before = snapshot(tmp_path)
    window.open_path(target)
    if case.id in RANGES_ONLY:  # opens, shows the rows, and refuses to compute figures
        assert not dialogs and window.doc.project is not None
        failures = []
        window.results.live.failed.connect(lambda exc, _trace: failures.append(exc))
        window.results.reevaluate()
        assert window.results.assessment is None or _finite(window.results.assessment)
        assert failures or window.results.assessment is not None
    elif case.exit:
        assert len(dialogs) == 1 and target.name in dialogs[0], dialogs
    else:
        assert not dialogs and window.doc.project is not None
    assert snapshot(tmp_path) == before  # opening never changes the file


@pytest.mark.timeout(120)
@pytest.mark.parametrize("case", BOMS, ids=lambda c: c.id)
def test_import_wizard_lists_the_problems(case, window, qtbot, work, tmp_path):
    from ui.wizard.import_wizard import ImportWizard

    target = place(case, work)
    before = snapshot(tmp_path)
    wiz = ImportWizard(window, window.doc.project, window.catalog, window.runner, "en",
                       path=target)
    qtbot.addWidget(wiz)
    wiz.show()
    for _ in range(2):
        wiz.next()
    if case.exit:
        assert wiz.result is None
        assert wiz.preview is None or wiz.problems_model.problems
    assert snapshot(tmp_path) == before


@pytest.mark.timeout(120)
@pytest.mark.parametrize("case", PACKS, ids=lambda c: c.id)
def test_a_hostile_data_pack_is_refused_by_the_editor(case, window, qtbot, dialogs, work,
                                                      tmp_path, user_home):
    from ui.kb_editor.editor import KbEditor

    target = place(case, work)
    editor = KbEditor(window.catalog, window.runner, "en", window)
    qtbot.addWidget(editor)
    before = snapshot(tmp_path)
    assert not editor.import_pack_from(target)
    assert dialogs
    assert snapshot(tmp_path) == before
    assert window.catalog.kb().user_layer_problems == ()


def test_the_app_starts_and_assesses_on_a_broken_user_layer(qtbot, user_home, dialogs):
    from tests.hostile import files as f

    folder = user_home / "knowledge"
    folder.mkdir()
    (folder / "routes.csv").write_text(f.ROUTES_HEAD + "R8,x,Recycling,Recyclen,,,test\n")
    default_kb.cache_clear()
    w = MainWindow(runner=SyncTaskRunner(), settings=Settings(), catalog=Catalog())
    qtbot.addWidget(w)
    w.files.maybe_save = lambda: True
    w.show()
    w.open_demo()
    w.results.reevaluate()
    assert w.results.assessment is not None
    assert w.catalog.kb().user_layer_problems  # the warning the UI shows comes from here
    default_kb.cache_clear()


def test_a_data_pack_export_to_a_folder_in_the_way_gives_a_dialog(window, qtbot, dialogs,
                                                                  tmp_path, monkeypatch):
    from ui.kb_editor.editor import KbEditor

    in_the_way = tmp_path / "pakket.zip"
    in_the_way.mkdir()
    monkeypatch.setattr("ui.kb_editor.editor.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(in_the_way), ""))
    editor = KbEditor(window.catalog, window.runner, "en", window)
    qtbot.addWidget(editor)
    editor.export_pack()
    assert dialogs and "folder of this name" in dialogs[-1]
    assert list(in_the_way.iterdir()) == []
