"""A project's settings as the app edits them: a product's end-of-life settings, a variant's
MCI inputs and the project's details (client, author, date, notes).

Like `advisor.edit`, every function returns a new project and changes nothing in place.
"""

from __future__ import annotations

from dataclasses import replace

from advisor.edit import find_variant
from advisor.model import EolSettings, Project, settings_of, with_settings

PROJECT_DETAILS = ("company", "author", "date", "notes")


def current_settings(project: Project, variant_id: str) -> EolSettings:
    """The settings the figures of this variant assume (its product's and its own)."""
    product, variant = find_variant(project, variant_id)
    return settings_of(product, variant)


def set_settings(project: Project, variant_id: str, settings: EolSettings) -> Project:
    """The project with a product's end-of-life settings and one variant's MCI inputs."""
    product, _ = find_variant(project, variant_id)
    changed = with_settings(product, variant_id, settings)
    products = tuple(changed if p.id == product.id else p for p in project.products)
    return replace(project, products=products)


def set_project_details(project: Project, **details: str) -> Project:
    """The project with its client (`company`), author, date (ISO) or notes changed."""
    unknown = set(details) - set(PROJECT_DETAILS)
    if unknown:
        raise TypeError(f"not a project detail: {sorted(unknown)[0]}")
    return replace(project, **{k: str(v).strip() if k != "notes" else str(v)
                               for k, v in details.items()})
