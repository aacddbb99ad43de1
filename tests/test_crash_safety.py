"""A project write killed at any moment leaves the previous project readable."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from advisor import store
from advisor.model import Component, Product, Project, Variant

ROOT = Path(__file__).parent.parent

WRITER = """
import sys
from advisor import store
from advisor.model import Component, Product, Project, Variant
path = sys.argv[1]
i = 0
print("ready", flush=True)
while True:
    name = "A" if i % 2 == 0 else "B"
    comps = tuple(Component(id=str(k), name=f"{name}{k}", mass_kg=0.1 * k, row=k + 2)
                  for k in range(1, 400))
    store.save_project(Project(name=name, products=(Product(id="p", name="P", variants=(
        Variant(id="v", name="Basis", components=comps),)),)), path)
    i += 1
"""


def project(name: str) -> Project:
    comps = tuple(Component(id=str(k), name=f"{name}{k}", mass_kg=0.1 * k, row=k + 2)
                  for k in range(1, 400))
    return Project(name=name, products=(Product(id="p", name="P", variants=(
        Variant(id="v", name="Basis", components=comps),)),))


@pytest.mark.skipif(os.name != "posix", reason="uses SIGKILL")
def test_kill_during_save_never_breaks_the_project(tmp_path):
    path = tmp_path / "p.cirkel"
    store.save_project(project("A"), path)
    rng = random.Random(4)
    expected = {"A": project("A"), "B": project("B")}
    for _ in range(12):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], cwd=ROOT,
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.02, 0.4))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        proc.stdout.close()
        reopened = store.open_project(path)
        assert reopened == expected[reopened.name]


def test_stale_temp_files_are_cleaned_on_next_save(tmp_path):
    path = tmp_path / "p.cirkel"
    stale = tmp_path / ".p.cirkel.abc123.tmp"
    stale.write_bytes(b"half a project")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    store.save_project(project("A"), path)
    assert not stale.exists()
