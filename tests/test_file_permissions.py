"""What the writers leave on disk is readable as the user's other files are: a report,
an export or a project gets the umask's permissions when new, and keeps a replaced
file's own permissions (the temporary file it is built in is private while it grows)."""

from __future__ import annotations

import os
import stat

import pytest

from advisor.analysis import evaluate
from advisor.bom_io import export_assessment, load_input
from advisor.report import write_report
from advisor.store import open_project, save_project
from tests.advice_fixtures import DEMO, shipped_kb

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


@pytest.fixture(scope="module")
def demo():
    project, product, variant, _ = load_input(DEMO)
    return project, variant, evaluate(variant, shipped_kb(), product_name=product.name)


@pytest.fixture
def umask_027():
    old = os.umask(0o027)
    yield
    os.umask(old)


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_new_files_get_the_umask_permissions(tmp_path, demo, umask_027):
    project, variant, assessment = demo
    pdf = write_report(tmp_path / "rapport.pdf", assessment, shipped_kb(), lang="nl")
    xlsx = export_assessment(tmp_path / "export.xlsx", variant, assessment, lang="nl")
    csv = export_assessment(tmp_path / "export.csv", variant, assessment, lang="nl")
    cirkel = save_project(project, tmp_path / "p.cirkel")
    for path in (pdf, xlsx, csv, cirkel):
        assert _mode(path) == 0o640, path


def test_a_replaced_file_keeps_its_own_permissions(tmp_path, demo, umask_027):
    project, _, assessment = demo
    pdf = tmp_path / "rapport.pdf"
    pdf.write_bytes(b"old")
    os.chmod(pdf, 0o604)
    write_report(pdf, assessment, shipped_kb(), lang="en")
    assert _mode(pdf) == 0o604 and pdf.read_bytes().startswith(b"%PDF")
    cirkel = save_project(project, tmp_path / "p.cirkel")
    os.chmod(cirkel, 0o600)
    save_project(open_project(cirkel), cirkel)
    assert _mode(cirkel) == 0o600
