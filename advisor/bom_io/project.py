"""Put imported bills of materials into projects, and open any input as a project."""

from __future__ import annotations

import os
import stat
from dataclasses import replace
from pathlib import Path

from advisor.bom_io import sniff
from advisor.bom_io.api import ImportResult, new_id, read_bom
from advisor.errors import InputError, Problem
from advisor.model import Product, Project, Variant


def is_project_file(path: str | os.PathLike) -> bool:
    """True when the file is a SQLite file (a project), whatever its name."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False  # a pipe or device: opening it could block (refused on reading)
        with Path(path).open("rb") as fh:
            return fh.read(16) == sniff.SQLITE_MAGIC
    except OSError:
        return False


def _free_name(taken: set[str], wanted: str) -> str:
    if wanted not in taken:
        return wanted
    n = 2
    while f"{wanted} ({n})" in taken:
        n += 1
    return f"{wanted} ({n})"


def add_to_project(project: Project | None, result: ImportResult, *, product: str | None = None,
                   variant: str | None = None) -> Project:
    """A new product, or a new variant of the product of that name if it exists."""
    imported = result.product
    name = product or imported.name
    new_variant = replace(imported.variants[0], id=new_id())
    if project is None:
        project = Project(name=name)
    existing = next((p for p in project.products if name in (p.name, p.id)), None)
    if existing is None:
        if variant:
            new_variant = replace(new_variant, name=variant)
        added = replace(imported, id=new_id(), name=name, variants=(new_variant,))
        return replace(project, products=project.products + (added,))
    taken = {v.name for v in existing.variants}
    if variant and variant in taken:
        raise InputError(Problem("variant_exists", f"Variant {variant!r} exists", value=variant,
                                 params={"product": existing.name, "variant": variant}))
    new_variant = replace(new_variant, name=_free_name(taken, variant or new_variant.name))
    grown = replace(existing, variants=existing.variants + (new_variant,))
    return replace(project, products=tuple(grown if p is existing else p
                                           for p in project.products))


def load_input(path: str | os.PathLike, *, product: str | None = None,
               variant: str | None = None, sheet: str | None = None,
               mapping: dict[str, str] | None = None, resolver=None,
               ) -> tuple[Project, Product, Variant, tuple[Problem, ...]]:
    """A project file (pick product and variant) or a bill of materials in a new project."""
    if is_project_file(path):
        from advisor.store import open_project  # sqlite-utils loads numpy: only for projects
        project = open_project(path)
        chosen = project.product(product)
        return project, chosen, chosen.variant(variant), ()
    result = read_bom(path, sheet=sheet, mapping=mapping, product_name=product,
                      variant_name=variant, resolver=resolver)
    project = add_to_project(None, result)
    chosen = project.products[0]
    return project, chosen, chosen.variants[0], result.problems
