"""A consultant types a 25-row bill of materials from a spoken list without touching the
mouse: only QTest key events, sent where the keyboard focus is (the cell editor, the
completer's list when it is open, or the tree), then the resulting BOM is checked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from advisor.model import children_index
from tests.ui_windows import open_window
from ui.base import i18n
from ui.bom.rows import COL

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
# The spoken list: (depth, name, material, mass, quantity, joint, finish, recycled, notes).
# Empty fields are skipped with Tab; "=" keeps what the new row took from the one above.
LAMP = [
    (0, "Bureaulamp Lumo", "", "", "", "", "", "", "demo van het bezoek"),
    (1, "Voet", "", "", "", "", "", "", ""),
    (2, "Voetplaat", "staal", "850 g", "", "geschroefd", "gepoedercoat", "30%", ""),
    (2, "Contragewicht", "gietijzer", "0.4 kg", "", "screw", "", "", ""),
    (2, "Antislipvoetjes", "siliconen", "1,5 g", "4", "gelijmd", "", "", ""),
    (2, "Schroef M4", "RVS", "2 g", "6", "schroef", "", "", "Torx"),
    (1, "Arm", "", "", "", "", "", "", ""),
    (2, "Onderarm", "aluminium 6063", "180 g", "", "geschroefd", "geanodiseerd", "", ""),
    (2, "Bovenarm", "aluminium 6063", "0,15", "", "=", "", "", ""),
    (2, "Scharnier", "zamak", "35 g", "2", "geklonken", "", "", ""),
    (2, "Veer", "verenstaal", "12 g", "", "clip", "", "", ""),
    (2, "Frictieschijf", "POM", "3 g", "2", "ingeperst", "", "", ""),
    (1, "Kop", "", "", "", "", "", "", ""),
    (2, "Kapbehuizing", "ABS", "95 g", "", "klik", "soft-touch lak", "", ""),
    (2, "Diffusor", "PMMA", "40 g", "", "=", "", "", ""),
    (2, "Koellichaam", "aluminium", "60 g", "", "geschroefd", "", "", ""),
    (2, "LED-print", "PCB", "8 g", "", "=", "", "", ""),
    (2, "Thermische pasta", "siliconen", "0,5 g", "", "gelijmd", "", "", ""),
    (1, "Elektronica", "", "", "", "", "", "", ""),
    (2, "Voeding", "PCB met componenten", "45 g", "", "stekker", "", "", ""),
    (2, "Snoer", "PVC/koper", "110 g", "", "trekontlasting", "", "", ""),
    (2, "Schakelaar", "PC", "6 g", "", "klik", "", "", ""),
    (2, "Dimmerknop", "ABS", "4 g", "", "ingeperst", "", "", ""),
    (2, "Kabelbinder", "PA66", "1 g", "", "klemveer x7", "glitterlaag", "", ""),
    (1, "Handleiding", "papier", "30 g", "", "los", "", "", "in de doos"),
]
FIELDS = ("material", "mass", "quantity", "joint", "finish", "recycled", "notes")


@pytest.fixture
def window(qtbot, user_home, monkeypatch):
    w = open_window(qtbot, monkeypatch, "nl")
    w.activateWindow()
    qtbot.waitExposed(w)
    yield w
    i18n.install("en")


def _target(w):
    """Where a key goes: the completer's open list, else the focused widget."""
    return QApplication.activePopupWidget() or w.focusWidget() or w


def press(w, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(_target(w), key, modifier)


def type_text(w, text: str) -> None:
    for ch in text:
        QTest.keyClicks(_target(w), ch)


def _depth(comps, c) -> int:
    by_id = {x.id: x for x in comps}
    depth = 0
    while c.parent_id is not None:
        c, depth = by_id[c.parent_id], depth + 1
    return depth


def _indent_to(w, depth: int, previous_depth: int) -> None:
    """Ctrl+] or Ctrl+[ while the name is open: stores it and moves the row."""
    for _ in range(depth - previous_depth):
        press(w, K.Key_BracketRight, CTRL)
    for _ in range(previous_depth - depth):
        press(w, K.Key_BracketLeft, CTRL)


def test_a_25_row_bom_typed_without_the_mouse(window):
    w = window
    press(w, K.Key_N, CTRL)  # a new project: its product has an empty variant
    w.bom.view.setFocus()
    press(w, K.Key_Return, CTRL)  # the first row; its name opens for typing
    depth_before = 0
    for i, (depth, name, *values) in enumerate(LAMP):
        assert w.bom.view.currentIndex().column() == COL["name"], name
        type_text(w, name)
        _indent_to(w, depth, depth_before)
        for field, value in zip(FIELDS, values, strict=True):
            press(w, K.Key_Tab)
            assert w.bom.view.currentIndex().column() == COL[field], (name, field)
            if value and value != "=":
                type_text(w, value)  # typing starts editing and replaces the cell
        depth_before = depth
        # Tab past the last cell makes the next row; Enter stores the very last cell.
        press(w, K.Key_Tab if i < len(LAMP) - 1 else K.Key_Return)
    comps = w.doc.current_variant().components
    assert len(comps) == 25
    got = {c.name: c for c in comps}
    assert [c.name for c in comps] == [r[1] for r in LAMP]
    assert [_depth(comps, c) for c in comps] == [r[0] for r in LAMP]
    kids = children_index(comps)
    assert [k.name for k in kids[got["Voet"].id]] == ["Voetplaat", "Contragewicht",
                                                      "Antislipvoetjes", "Schroef M4"]
    assert got["Voetplaat"].mass_kg == pytest.approx(0.85)
    assert got["Contragewicht"].mass_kg == pytest.approx(0.4)
    assert got["Antislipvoetjes"].mass_kg == pytest.approx(0.0015)
    assert got["Bovenarm"].mass_kg == pytest.approx(0.15)  # a bare number is kilograms
    assert got["Antislipvoetjes"].quantity == 4 and got["Schroef M4"].quantity == 6
    assert got["Voetplaat"].recycled_content == pytest.approx(0.3)
    assert got["Voetplaat"].material_id == "steel"
    assert got["Schroef M4"].material_id == "stainless"
    assert got["Bovenarm"].material_id == "aluminium-extruded"
    assert got["Voetplaat"].joint_id == got["Contragewicht"].joint_id == "screw"
    assert got["Bovenarm"].joint_id == "screw"  # a new row is joined as the row above
    assert got["Diffusor"].joint_id == "snap-fit" and got["LED-print"].joint_id == "screw"
    assert got["Veer"].joint_id == "clip" and got["Snoer"].joint_id == "strain-relief"
    assert got["Voetplaat"].finish == "gepoedercoat"
    assert got["Kabelbinder"].joint_input == "klemveer x7"  # unknown: kept as typed
    assert got["Kabelbinder"].joint_id is None
    assert got["Kabelbinder"].finish == "glitterlaag"
    assert got["Bureaulamp Lumo"].notes == "demo van het bezoek"
    assert got["Handleiding"].notes == "in de doos"
    problems = w.bom_model._problems
    assert not problems[(got["Kabelbinder"].id, COL["joint"])].error  # flagged, amber
    assert (got["Kabelbinder"].id, COL["finish"]) in problems
    assert (got["Voetplaat"].id, COL["finish"]) not in problems


def test_an_unreadable_mass_keeps_the_editor_open_with_a_dutch_sentence(window):
    w = window
    press(w, K.Key_N, CTRL)
    w.bom.view.setFocus()
    press(w, K.Key_Return, CTRL)
    type_text(w, "Deksel")
    press(w, K.Key_Tab)
    press(w, K.Key_Tab)  # material left empty
    type_text(w, "twaalf gram")
    press(w, K.Key_Tab)
    assert w.bom.view.currentIndex().column() == COL["mass"]  # still there, still editing
    assert "is geen massa" in w.statusBar().currentMessage()
    editor = w.focusWidget()
    editor.selectAll()
    type_text(w, "12 g")
    press(w, K.Key_Return)
    assert w.doc.current_variant().components[0].mass_kg == pytest.approx(0.012)


def test_fill_down_and_f2_in_the_tree(window, qtbot):
    w = window
    press(w, K.Key_N, CTRL)
    w.bom.view.setFocus()
    for name in ("Kap", "Voet", "Deur"):
        press(w, K.Key_Return, CTRL)
        type_text(w, name)
        press(w, K.Key_Return)
    first = w.doc.current_variant().components[0]
    w.editing.set_cell(first.id, COL["finish"], "gelakt")
    w.bom.view.setCurrentIndex(w.bom_model.index(0, COL["finish"]))
    press(w, K.Key_Down, Qt.KeyboardModifier.ShiftModifier)  # choose three rows
    press(w, K.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert len(w.bom.selected_ids()) == 3
    press(w, K.Key_D, CTRL)  # fill down from the first
    assert [c.finish for c in w.doc.current_variant().components] == ["gelakt"] * 3
    w.bom.view.setFocus()
    w.bom.view.setCurrentIndex(w.bom_model.index(2, COL["name"]))
    press(w, K.Key_F2)  # edits the cell, not the variant's name in the explorer
    type_text(w, "Achterdeur")
    press(w, K.Key_Return)
    assert w.doc.current_variant().components[2].name == "Achterdeur"
    assert w.doc.current_variant().name != "Achterdeur"
