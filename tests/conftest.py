"""Test set-up: offscreen Qt, a private user-data folder, and no network."""

from __future__ import annotations

import os
import socket
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")
_HOME = tempfile.mkdtemp(prefix="cirkelwijzer-test-home-")
os.environ["CIRKELWIJZER_HOME"] = _HOME

TESTS = Path(__file__).parent
SAMPLES = TESTS / "data" / "samples"
SHARED = TESTS.parent.parent / "shared"


class NetworkBlocked(RuntimeError):
    """A test tried to reach the network; Cirkelwijzer must work offline."""


_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _is_local(address) -> bool:
    if isinstance(address, (str, bytes)):
        return True  # AF_UNIX path
    host = address[0] if isinstance(address, tuple) else ""
    return host in ("localhost", "::1") or str(host).startswith("127.")


def _guarded_connect(self, address):
    if not _is_local(address):
        raise NetworkBlocked(f"network access attempted: {address!r}")
    return _real_connect(self, address)


def _guarded_connect_ex(self, address):
    if not _is_local(address):
        raise NetworkBlocked(f"network access attempted: {address!r}")
    return _real_connect_ex(self, address)


socket.socket.connect = _guarded_connect
socket.socket.connect_ex = _guarded_connect_ex


@pytest.fixture
def user_home(tmp_path, monkeypatch) -> Path:
    """A fresh, empty user-data folder for one test."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("CIRKELWIJZER_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def english_interface_afterwards():
    """A test that showed the window in Dutch leaves the next one in English."""
    yield
    import sys

    translators = sys.modules.get("ui.base.i18n")
    if translators is not None:
        translators.install("en")
