"""New projects from templates: the bundled example products and the user's own."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from advisor.model import Component, Product, Project, Variant
from advisor.templates import (
    bundled_templates,
    delete_template,
    project_from_template,
    save_template,
    user_templates,
)
from ui.base.settings import Settings
from ui.base.tasks import SyncTaskRunner
from ui.dialogs.template_dialog import TemplateDialog, TemplateList
from ui.main_window import MainWindow


def test_every_bundled_template_opens_with_its_stream():
    found = bundled_templates()
    assert [t.id for t in found] == ["vacuum-cleaner", "kettle", "speaker", "office-chair"]
    for t in found:
        project = project_from_template(t, "nl")
        assert project.name == t.name_nl
        product = project.products[0]
        assert product.stream == t.stream and product.variants[0].components
        assert "Geen echt product" in t.description("nl")


def test_own_templates_are_saved_listed_and_deleted(tmp_path):
    project = Project("Bezoek", (Product("p", "Lamp", (Variant("v", "Basis", (
        Component("1", "Voet", material_input="staal", mass_kg=0.8),)),), stream="weee-5"),),
        company="Klant BV")
    path = save_template(project, "Lamp: mijn sjabloon", tmp_path)
    assert path.parent == tmp_path / "templates" and path.suffix == ".cirkel"
    (own,) = user_templates(tmp_path)
    assert own.own and own.name("nl") == path.stem
    back = project_from_template(own)
    assert back.products[0].stream == "weee-5" and back.company == "Klant BV"
    delete_template(own)
    assert user_templates(tmp_path) == ()
    with pytest.raises(ValueError):
        delete_template(bundled_templates()[0])


def test_template_list_model(qtmodeltester, tmp_path):
    model = TemplateList("nl")
    model.load(bundled_templates())
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 5 and model.index(1, 0).data() == "Steelstofzuiger (snoerloos)"


def test_new_project_from_a_template_in_the_window(qtbot, user_home, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)

    def choose_kettle(dialog):
        dialog.view.setCurrentIndex(dialog.model.index(2, 0))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TemplateDialog, "exec", choose_kettle)
    settings = Settings()
    settings.author = "J. de Vries"
    w = MainWindow(runner=SyncTaskRunner(), settings=settings)
    qtbot.addWidget(w)
    w.actions_.new_from_template.trigger()
    project = w.doc.project
    assert project.products[0].stream == "weee-5" and w.doc.path is None
    assert project.author == "J. de Vries" and w.doc.modified
    monkeypatch.setattr("ui.project.files.QInputDialog.getText",
                        lambda *a, **k: ("Mijn waterkoker", True))
    assert w.files.save_as_template().exists()
    assert [t.name_en for t in user_templates()] == ["Mijn waterkoker"]
