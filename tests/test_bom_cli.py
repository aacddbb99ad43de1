"""The import and export commands: exit codes, messages, nothing written on errors."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from advisor.cli import run_cli
from advisor.store import open_project
from tests.conftest import SAMPLES

ROOT = Path(__file__).parent.parent
BAD = Path(__file__).parent / "data" / "bom"


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    code = run_cli([str(a) for a in args], out, err)
    return code, out.getvalue(), err.getvalue()


def test_import_creates_then_grows_a_project(tmp_path, user_home):
    project = tmp_path / "p.cirkel"
    code, out, err = run("import", SAMPLES / "waterkoker_bom.csv", "-o", project, "--lang", "nl")
    assert code == 0, err
    assert "19 rijen" in out and "Waterkoker 1,7 L compleet" in out
    code, out, err = run("import", SAMPLES / "office_chair_bom.xlsx", "-o", project,
                         "--lang", "en", "--variant", "Baseline")
    assert code == 0, err
    # The castor "PA6 / TPU tread" has no stated or sourced split: an estimate, said so.
    assert "row 14" in err and "warning" in err and "estimate" in err
    assert "row 17" not in err  # the armrest's surplus over its pad is its own PP body
    code, _, err = run("import", SAMPLES / "waterkoker_bom.csv", "-o", project,
                       "--product", "Waterkoker 1,7 L compleet", "--variant", "Herontwerp")
    assert code == 0, err
    reopened = open_project(project)
    assert [p.name for p in reopened.products] == ["Waterkoker 1,7 L compleet",
                                                   "Task chair, complete"]
    assert [v.name for v in reopened.products[0].variants] == ["Basis", "Herontwerp"]
    assert reopened.products[1].variants[0].name == "Baseline"


def test_bad_file_exits_2_names_row_and_writes_nothing(tmp_path, user_home):
    project = tmp_path / "p.cirkel"
    code, out, err = run("import", BAD / "text_in_mass.csv", "-o", project, "--lang", "nl")
    assert code == 2 and not project.exists()
    assert "rij 3" in err and 'kolom "Massa (g)"' in err and "zwaar" in err
    assert "Traceback" not in err


def test_existing_project_is_untouched_on_error(tmp_path, user_home):
    project = tmp_path / "p.cirkel"
    assert run("import", SAMPLES / "speaker_bom.csv", "-o", project)[0] == 0
    before = project.read_bytes()
    code, _, err = run("import", BAD / "cycle.csv", "-o", project, "--lang", "en")
    assert code == 2 and "row 2" in err and project.read_bytes() == before


def test_output_that_is_not_a_project_is_refused(tmp_path, user_home):
    target = tmp_path / "notes.cirkel"
    target.write_text("my notes")
    code, _, err = run("import", SAMPLES / "speaker_bom.csv", "-o", target)
    assert code == 2 and target.read_text() == "my notes"


def test_map_option(tmp_path, user_home):
    bom = tmp_path / "bom.csv"
    bom.write_text("Omschr;Wt\nkap;0,2\n", encoding="utf-8")
    code, _, err = run("import", bom, "-o", tmp_path / "p.cirkel", "--lang", "en")
    assert code == 2 and "No mass column" in err
    code, _, err = run("import", bom, "-o", tmp_path / "p.cirkel", "--map", "mass=Wt")
    assert code == 0, err
    code, _, err = run("import", bom, "-o", tmp_path / "p.cirkel", "--map", "massa")
    assert code == 2 and "Traceback" not in err


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".json"])
def test_export_writes_the_chosen_format(tmp_path, user_home, suffix):
    project = tmp_path / "p.cirkel"
    assert run("import", SAMPLES / "speaker_bom.csv", "-o", project)[0] == 0
    out_file = tmp_path / f"out{suffix}"
    code, out, err = run("export", project, "-o", out_file, "--lang", "en")
    assert code == 0, err
    assert out_file.exists() and "16 rows" in out


def test_export_of_unknown_variant_exits_2(tmp_path, user_home):
    project = tmp_path / "p.cirkel"
    assert run("import", SAMPLES / "speaker_bom.csv", "-o", project)[0] == 0
    code, _, err = run("export", project, "-o", tmp_path / "o.csv", "--variant", "Nope")
    assert code == 2 and not (tmp_path / "o.csv").exists()


def test_import_through_main_py(tmp_path):
    result = subprocess.run(
        [sys.executable, "main.py", "import", str(BAD / "duplicate_id.csv"), "-o",
         str(tmp_path / "p.cirkel"), "--lang", "en"],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
        env={"CIRKELWIJZER_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 2
    assert "row 4" in result.stderr and 'column "Nr"' in result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "p.cirkel").exists()


def test_many_warnings_of_one_kind_are_counted_after_the_first_twenty(tmp_path, user_home):
    """A large bill with the same estimated split on 45 rows: 20 lines, then one line
    that counts the other 25 and names their rows; the kinds are counted separately."""
    rows = ["Nr;Onderdeel;Materiaal;Massa (g);Aantal;Verbinding",
            "1;Machine;;;1;"]
    rows += [f"1.{k};Element {k};koper/RVS;90;1;schroef" for k in range(1, 46)]
    rows += ["1.46;Veer;zwurbelium;10;1;schroef"]
    bom = tmp_path / "groot.csv"
    bom.write_text("\n".join(rows) + "\n", encoding="utf-8")
    code, _, err = run("import", bom, "-o", tmp_path / "p.cirkel", "--lang", "nl")
    assert code == 0, err
    lines = err.splitlines()
    estimated = [line for line in lines if "koper/RVS" in line]
    assert len(estimated) == 20
    assert "rij 22," in estimated[-1]  # the header is row 1, the machine row 2
    assert any("zwurbelium" in line for line in lines)
    summary = [line for line in lines if line.startswith(f"{bom}: nog 25 waarschuwingen")]
    assert len(summary) == 1
    assert "material_split_estimated" in summary[0]
    assert "rijen 23 tot en met 47" in summary[0]
    code, _, err = run("evaluate", bom, "--lang", "en")
    assert code == 0 and "25 more warnings of the same kind as the 20 above" in err
