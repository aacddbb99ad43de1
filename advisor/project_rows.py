"""Turn the rows of a project file into a `Project`, checking every value on the way.

Types are checked while reading (a text where a mass belongs, a blob where a name
belongs); the tree is checked with `advisor.model.validate_components`, the import's
own rules and messages: a duplicate or missing id, an unknown parent or a parent loop
refuses the file, since the app never writes one. Ranges (a negative mass, quantity 0,
700% recycled, the limits on quantities and mass) are left to `value_problems`, which
the command line checks before it evaluates a variant: the app still opens a project
that was saved half-finished and shows those rows as errors.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from advisor import bounds
from advisor import project_reader as reader
from advisor.errors import ERROR, InputError, Problem
from advisor.model import (
    DEFAULT_PROCESSING_SCOPE,
    DEFAULT_REGION,
    PROCESSING_SCOPES,
    REGIONS,
    Component,
    Product,
    Project,
    Variant,
    evolve,
    validate_components,
)

# The columns each table has after every migration; an older file lacks some of them
# (they read as empty), a file's extra columns are never read.
PRODUCT_COLUMNS = ("id", "position", "name", "notes", "region", "processed_within", "stream")
VARIANT_COLUMNS = ("id", "product_id", "position", "name", "lifetime_years",
                   "industry_lifetime_years", "use_intensity", "notes")
COMPONENT_COLUMNS = ("variant_id", "position", "id", "parent_id", "name", "material_input",
                     "material_id", "match_confidence", "constituents", "mass_kg",
                     "quantity", "joint_input", "joint_id", "finish", "recycled_content",
                     "reused_content", "notes", "row", "attached_to")
REQUIRED_COLUMNS = {"meta": ("key", "value"), "products": ("id",),
                    "variants": ("id", "product_id"), "components": ("variant_id", "id")}
STRUCTURE_CODES = frozenset({"id_missing", "id_duplicate", "parent_unknown",
                             "attached_unknown", "cycle"})


def _label(path: Path, product: str, variant: str) -> str:
    return f"{path} [{product} / {variant}]"


def _component(r: dict, position: int, label: str, out: list[Problem]) -> Component:
    row = r["row"] if isinstance(r["row"], int) and not isinstance(r["row"], bool) else None
    shown = row if row is not None else position + 2
    ident = reader.text(r["id"], "id", reader.Where(label, shown), out) or ""
    where = reader.Where(label, shown, ident)

    def txt(name: str) -> str | None:
        return reader.text(r[name], name, where, out)

    def num(name: str) -> float | None:
        return reader.number(r[name], name, where, out)

    quantity = num("quantity")
    return Component(
        id=ident, name=txt("name") or "", parent_id=txt("parent_id"),
        material_input=txt("material_input") or "", material_id=txt("material_id"),
        match_confidence=num("match_confidence") or 0.0,
        constituents=reader.constituents(r["constituents"], where, out),
        mass_kg=num("mass_kg"), quantity=1.0 if quantity is None else quantity,
        joint_input=txt("joint_input") or "", joint_id=txt("joint_id"),
        finish=txt("finish") or "", recycled_content=num("recycled_content"),
        reused_content=num("reused_content"), notes=txt("notes") or "", row=row,
        attached_to=txt("attached_to") or None)


def _numbered(components: tuple[Component, ...] | list[Component]) -> list[Component]:
    """The components with a row number for the messages: a row added in the app has
    none, it is named by its place in the variant as the exported sheet numbers it."""
    return [c if c.row is not None else evolve(c, row=i + 2) for i, c in enumerate(components)]


def _structure(components: list[Component], label: str) -> list[Problem]:
    return [p for p in validate_components(_numbered(components), label)
            if p.code in STRUCTURE_CODES and p.severity == ERROR]


def read_tables(conn: sqlite3.Connection, schema: reader.Schema, meta: dict[str, str],
                path: Path) -> Project:
    """The project in a checked file; raise `InputError` with every type or tree problem."""
    for table, columns in REQUIRED_COLUMNS.items():
        lacking = [c for c in columns if c not in schema.columns[table]]
        if lacking:
            raise reader.damaged(path, f"{table} lacks {', '.join(lacking)}")
    count = reader.count_rows(conn, "components")
    if count > reader.MAX_COMPONENTS:
        raise reader.too_many(path, count)
    out: list[Problem] = []
    comps: dict[str, list[dict]] = {}
    for r in reader.select_rows(conn, "components", COMPONENT_COLUMNS,
                                schema.columns["components"], "variant_id, position"):
        comps.setdefault(str(r["variant_id"]), []).append(r)
    products = []
    variant_rows = reader.select_rows(conn, "variants", VARIANT_COLUMNS,
                                      schema.columns["variants"], "position")
    for p in reader.select_rows(conn, "products", PRODUCT_COLUMNS,
                                schema.columns["products"], "position"):
        where = reader.Where(str(path), None)
        name = reader.text(p["name"], "name", where, out) or ""
        variants = tuple(_variant(v, comps.get(str(v["id"]), []), path, name, out)
                         for v in variant_rows if str(v["product_id"]) == str(p["id"]))
        products.append(Product(
            id=str(p["id"]), name=name, variants=variants,
            notes=reader.text(p["notes"], "notes", where, out) or "",
            region=reader.text(p["region"], "region", where, out) or DEFAULT_REGION,
            processed_within=reader.text(p["processed_within"], "processed_within", where,
                                         out) or DEFAULT_PROCESSING_SCOPE,
            stream=reader.text(p["stream"], "stream", where, out) or ""))
    if out:
        raise InputError(out)
    return Project(name=meta.get("name", ""), products=tuple(products),
                   company=meta.get("company", ""), author=meta.get("author", ""),
                   notes=meta.get("notes", ""), date=meta.get("date", ""))


def _variant(v: dict, rows: list[dict], path: Path, product: str,
             out: list[Problem]) -> Variant:
    name = reader.text(v["name"], "name", reader.Where(str(path), None), out) or ""
    label = _label(path, product, name)
    where = reader.Where(label, None)
    components = [_component(r, i, label, out) for i, r in enumerate(rows)]
    out.extend(_structure(components, label))
    intensity = reader.number(v["use_intensity"], "use_intensity", where, out)
    return Variant(
        id=str(v["id"]), name=name, components=tuple(components),
        lifetime_years=reader.number(v["lifetime_years"], "lifetime_years", where, out),
        industry_lifetime_years=reader.number(v["industry_lifetime_years"],
                                              "industry_lifetime_years", where, out),
        use_intensity=1.0 if intensity is None else intensity,
        notes=reader.text(v["notes"], "notes", where, out) or "")


def setting_problems(product: Product, variant: Variant, label: str) -> list[Problem]:
    """The stored settings of a product and variant checked as the command line checks them."""
    out: list[Problem] = []
    for name, choices in (("region", REGIONS), ("processed_within", PROCESSING_SCOPES)):
        value = getattr(product, name)
        if value not in choices:
            out.append(Problem("setting_invalid", f"Unknown {name}", file=label, column=name,
                               value=value, params={"setting": name,
                                                    "choices": ", ".join(choices)}))
    out.extend(bounds.setting_problems(variant, label))
    return out


def variant_problems(product: Product, variant: Variant, path: str) -> list[Problem]:
    """The import's problems (errors and warnings) of one stored variant, and its settings'."""
    label = _label(Path(path), product.name, variant.name)
    return (setting_problems(product, variant, label)
            + validate_components(_numbered(variant.components), label))


def value_problems(project: Project, path: str) -> list[Problem]:
    """The import's problems of every variant of a project."""
    return [p for product in project.products for variant in product.variants
            for p in variant_problems(product, variant, path)]
