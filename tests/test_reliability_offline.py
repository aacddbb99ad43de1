"""The CLI and the desktop app work with the network gone (sockets raise in the child)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
SAMPLE = ROOT / "tests" / "data" / "samples" / "waterkoker_bom.csv"
NO_NETWORK = (
    "import socket, sys\n"
    "def refuse(*a, **k):\n"
    "    raise OSError('network disabled')\n"
    "for name in ('connect', 'connect_ex', 'sendto', 'bind'):\n"
    "    setattr(socket.socket, name, refuse)\n"
    "socket.create_connection = socket.getaddrinfo = socket.gethostbyname = refuse\n"
    "sys.path.insert(0, {root!r})\n"
)
CLI = NO_NETWORK + "from main import main\nsys.exit(main(sys.argv[1:]))\n"
APP = NO_NETWORK + (
    "from PySide6.QtWidgets import QApplication\n"
    "real_exec = QApplication.exec\n"
    "def probe(app):\n"
    "    from ui.main_window import MainWindow\n"
    "    w = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))\n"
    "    def done(ev):\n"
    "        print('EVALUATED', len(ev.assessment.components), flush=True)\n"
    "        app.quit()\n"
    "    w.results.live.evaluated.connect(done)\n"
    "    return real_exec()\n"
    "QApplication.exec = probe\n"
    "from main import main\n"
    "sys.exit(main(['--demo']))\n")


def offline(script: str, *args, home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "CIRKELWIJZER_HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
           "HOME": str(home), "XDG_CONFIG_HOME": str(home)}
    return subprocess.run([sys.executable, "-c", script.format(root=str(ROOT)),
                           *map(str, args)], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=240)


def test_the_wrapper_really_cuts_the_network(user_home):
    probe = NO_NETWORK + "import urllib.request\nurllib.request.urlopen('http://example.org')\n"
    proc = offline(probe, home=user_home)
    assert proc.returncode != 0 and "network disabled" in proc.stderr


@pytest.mark.parametrize("command", [
    ["--version"], ["kb", "info"], ["evaluate", SAMPLE, "--json"], ["evaluate", SAMPLE],
    ["import", SAMPLE, "-o", "{tmp}/p.cirkel"], ["report", SAMPLE, "-o", "{tmp}/r.pdf"],
    ["kb", "export", "{tmp}/pack"]])
def test_every_cli_command_works_offline(command, tmp_path, user_home):
    args = [str(a).format(tmp=tmp_path) for a in command]
    proc = offline(CLI, *args, home=user_home)
    assert proc.returncode == 0, proc.stderr[-1500:]
    assert "network disabled" not in proc.stderr


def test_export_works_offline(tmp_path, user_home):
    assert offline(CLI, "import", SAMPLE, "-o", tmp_path / "p.cirkel",
                   home=user_home).returncode == 0
    proc = offline(CLI, "export", tmp_path / "p.cirkel", "-o", tmp_path / "o.xlsx",
                   home=user_home)
    assert proc.returncode == 0 and (tmp_path / "o.xlsx").exists(), proc.stderr[-1500:]


def test_the_desktop_app_opens_the_demo_and_assesses_it_offline(user_home):
    proc = offline(APP, home=user_home)
    assert proc.returncode == 0, proc.stderr[-1500:]
    assert "EVALUATED" in proc.stdout and "network disabled" not in proc.stderr
