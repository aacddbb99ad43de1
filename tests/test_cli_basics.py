"""Command-line basics: version, kb info, usage errors and exit codes."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from advisor import __version__
from advisor.cli import run_cli

ROOT = Path(__file__).parent.parent


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    code = run_cli(list(args), out, err)
    return code, out.getvalue(), err.getvalue()


def test_version_through_main_py():
    result = subprocess.run([sys.executable, "main.py", "--version"], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_kb_info(user_home):
    code, out, _ = run("kb", "info")
    assert code == 0
    assert "materials" in out and "version" in out.lower()


def test_usage_error_exits_2_without_traceback():
    code, _, err = run("evaluate")
    assert code == 2
    assert "Traceback" not in err and err.strip()


def test_unknown_option_exits_2():
    code, _, err = run("kb", "frobnicate")
    assert code == 2 and "Traceback" not in err
