"""Templates for a new project: the bundled example products of common types, and the
user's own (projects saved as a template in the user data folder).

A bundled template is a bill of materials under `resources/` with the end-of-life stream of
its product type (`resources/templates/templates.csv`); a user's template is a `.cirkel`
file in `<user data>/templates/`. Either becomes a new, unsaved project.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, replace
from pathlib import Path

from advisor.model import Bilingual, Project
from advisor.paths import resource_dir, user_data_dir

INDEX = ("templates", "templates.csv")
FOLDER = "templates"
SUFFIX = ".cirkel"


@dataclass(frozen=True)
class Template(Bilingual):
    """One template: its names and description in both languages, and its file."""

    id: str
    name_en: str
    name_nl: str
    path: Path
    stream: str = ""
    description_en: str = ""
    description_nl: str = ""
    own: bool = False  # the user's own template

    def description(self, lang: str = "nl") -> str:
        return self.description_nl if lang == "nl" and self.description_nl \
            else self.description_en


def templates_dir(base: Path | None = None) -> Path:
    """Where the user's own templates are kept."""
    return (base or user_data_dir()) / FOLDER


def bundled_templates() -> tuple[Template, ...]:
    """The shipped templates, in the order of their index."""
    text = resource_dir(*INDEX).read_text(encoding="utf-8")
    lines = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    return tuple(Template(r["id"], r["name_en"], r["name_nl"], resource_dir(*r["file"].split("/")),
                          r["stream"], r["description_en"], r["description_nl"])
                 for r in csv.DictReader(io.StringIO(lines)))


def user_templates(base: Path | None = None) -> tuple[Template, ...]:
    """The user's own templates, by name."""
    folder = templates_dir(base)
    if not folder.is_dir():
        return ()
    return tuple(Template(f"own:{p.stem}", p.stem, p.stem, p, own=True)
                 for p in sorted(folder.glob(f"*{SUFFIX}"), key=lambda p: p.stem.lower()))


def all_templates(base: Path | None = None) -> tuple[Template, ...]:
    return bundled_templates() + user_templates(base)


def project_from_template(template: Template, lang: str = "nl", resolver=None) -> Project:
    """A new project from a template (its products, variants, settings and details)."""
    from advisor.bom_io import load_input

    project, _product, _variant, _warnings = load_input(template.path, resolver=resolver)
    if template.own:
        return project
    products = tuple(replace(p, stream=template.stream) for p in project.products)
    return replace(project, name=template.name(lang), products=products)


def safe_name(name: str) -> str:
    """A template's name as a file name: letters, digits, spaces, dashes and dots kept."""
    cleaned = re.sub(r"[^\w .-]+", "_", name.strip()).strip(" .")
    return cleaned[:80] or "template"


def save_template(project: Project, name: str, base: Path | None = None) -> Path:
    """Keep the project as the user's template `name` (replacing one of that name)."""
    from advisor.store import save_project

    folder = templates_dir(base)
    folder.mkdir(parents=True, exist_ok=True)
    return save_project(replace(project, name=name.strip()),
                        folder / f"{safe_name(name)}{SUFFIX}")


def delete_template(template: Template) -> None:
    """Remove one of the user's own templates (a bundled one cannot be removed)."""
    if not template.own:
        raise ValueError(f"{template.id} is a bundled template")
    template.path.unlink(missing_ok=True)
