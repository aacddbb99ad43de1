"""Where things live: shipped resources and the user's own data folder."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

APP_NAME = "Cirkelwijzer"
APP_AUTHOR = "CirkelregioUtrecht"


def resource_dir(*parts: str) -> Path:
    """A folder or file shipped under `resources/`."""
    root = resources.files("resources")
    return Path(str(root.joinpath(*parts)))


def data_dir() -> Path:
    """The shipped knowledge-base CSV files."""
    return resource_dir("data")


def demo_path() -> Path:
    """The bundled demo product."""
    return resource_dir("examples", "demo_stofzuiger.csv")


def user_data_dir() -> Path:
    """The user's data folder (user knowledge-base layer, recovery files).

    `CIRKELWIJZER_HOME` overrides it, which tests use to stay out of the real home.
    """
    override = os.environ.get("CIRKELWIJZER_HOME")
    if override:
        return Path(override)
    from platformdirs import user_data_dir as _udd

    return Path(_udd(APP_NAME, APP_AUTHOR))


def user_kb_dir() -> Path:
    """The user layer of the knowledge base: CSV files shaped like the shipped ones."""
    return user_data_dir() / "knowledge"
