"""Pure edit operations on projects and component trees, used by the desktop app.

Every function takes frozen dataclasses and returns new ones; nothing is changed in
place, so an undo step only has to keep the value from before. A variant's components
are a flat tuple in depth-first order (a parent before its children); every operation
here keeps that order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from advisor.model import Component, Product, Project, Variant, children_index

EDITABLE_FIELDS = frozenset({
    "name", "material_input", "material_id", "match_confidence", "constituents", "mass_kg",
    "quantity", "joint_input", "joint_id", "finish", "recycled_content", "reused_content",
    "notes",
})

MASS_UNITS = {"g": 0.001, "gr": 0.001, "gram": 0.001, "kg": 1.0, "t": 1000.0,
              "ton": 1000.0, "lb": 0.45359237, "lbs": 0.45359237, "oz": 0.028349523125,
              "mg": 1e-6}

_NUMBER_UNIT = re.compile(r"^\s*([-+]?[\d.,]*\d)\s*([a-zA-Z%]*)\s*$")


# --------------------------------------------------------------------------
# Parsing typed values
# --------------------------------------------------------------------------


def parse_number(text: str) -> float:
    """Read '1.234,5', '1,234.5', '0,25' or '12'; raise ValueError otherwise."""
    t = text.strip().replace(" ", "").replace("\u00a0", "")
    if not t:
        raise ValueError("empty")
    if "," in t and "." in t:
        if t.rfind(",") > t.rfind("."):
            t = t.replace(".", "").replace(",", ".")
        else:
            t = t.replace(",", "")
    elif "," in t:
        t = t.replace(",", ".")
    return float(t)


def parse_mass(text: str, default_unit: str = "kg") -> float | None:
    """A mass in kg from '120 g', '0,12 kg', '1.5' (in `default_unit`); '' is None."""
    if not text.strip():
        return None
    m = _NUMBER_UNIT.match(text)
    if not m:
        raise ValueError(f"not a mass: {text!r}")
    unit = (m.group(2) or default_unit).lower()
    if unit not in MASS_UNITS:
        raise ValueError(f"unknown unit {unit!r}")
    return parse_number(m.group(1)) * MASS_UNITS[unit]


def parse_share(text: str) -> float | None:
    """A share 0..1 from '30%', '30', '0,3'; '' is None. Values above 1 are percents."""
    t = text.strip().rstrip("%").strip()
    if not t:
        return None
    value = parse_number(t)
    return value / 100 if value > 1 or text.strip().endswith("%") else value


def parse_quantity(text: str) -> float:
    """A quantity above zero; '' means 1."""
    return parse_number(text) if text.strip() else 1.0


# --------------------------------------------------------------------------
# Projects, products, variants
# --------------------------------------------------------------------------


def new_id(existing: Iterable[str], prefix: str) -> str:
    """The first `prefix<N>` not in `existing`."""
    taken = set(existing)
    n = 1
    while f"{prefix}{n}" in taken:
        n += 1
    return f"{prefix}{n}"


def all_variant_ids(project: Project) -> list[str]:
    return [v.id for p in project.products for v in p.variants]


def find_variant(project: Project, variant_id: str) -> tuple[Product, Variant]:
    """The product and variant with this id; KeyError if absent."""
    for p in project.products:
        for v in p.variants:
            if v.id == variant_id:
                return p, v
    raise KeyError(variant_id)


def _replace_product(project: Project, product: Product) -> Project:
    products = tuple(product if p.id == product.id else p for p in project.products)
    return replace(project, products=products)


def replace_variant(project: Project, variant: Variant) -> Project:
    """The project with the variant of the same id replaced."""
    product, _ = find_variant(project, variant.id)
    variants = tuple(variant if v.id == variant.id else v for v in product.variants)
    return _replace_product(project, replace(product, variants=variants))


def add_product(project: Project, name: str, variant_name: str = "Baseline",
                ) -> tuple[Project, str]:
    """Add an empty product with one variant; return the project and the variant id."""
    pid = new_id((p.id for p in project.products), "p")
    vid = new_id(all_variant_ids(project), "v")
    product = Product(id=pid, name=name, variants=(Variant(id=vid, name=variant_name),))
    return replace(project, products=project.products + (product,)), vid


def add_variant(project: Project, product_id: str, variant: Variant) -> tuple[Project, str]:
    """Append a variant (given a fresh id) to a product; return the project and the id."""
    vid = new_id(all_variant_ids(project), "v")
    product = next(p for p in project.products if p.id == product_id)
    product = replace(product, variants=product.variants + (replace(variant, id=vid),))
    return _replace_product(project, product), vid


def duplicate_variant(project: Project, variant_id: str, name: str) -> tuple[Project, str]:
    """Copy a variant (with all components) under a new name in the same product."""
    product, variant = find_variant(project, variant_id)
    return add_variant(project, product.id, replace(variant, name=name))


def rename_variant(project: Project, variant_id: str, name: str) -> Project:
    _, variant = find_variant(project, variant_id)
    return replace_variant(project, replace(variant, name=name))


def rename_product(project: Project, product_id: str, name: str) -> Project:
    product = next(p for p in project.products if p.id == product_id)
    return _replace_product(project, replace(product, name=name))


def delete_variant(project: Project, variant_id: str) -> Project:
    product, _ = find_variant(project, variant_id)
    variants = tuple(v for v in product.variants if v.id != variant_id)
    return _replace_product(project, replace(product, variants=variants))


def delete_product(project: Project, product_id: str) -> Project:
    return replace(project, products=tuple(p for p in project.products if p.id != product_id))


# --------------------------------------------------------------------------
# Component trees
# --------------------------------------------------------------------------


def set_fields(variant: Variant, component_id: str, **changes: object) -> Variant:
    """The variant with some fields of one component changed."""
    unknown = set(changes) - EDITABLE_FIELDS
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    comps = tuple(replace(c, **changes) if c.id == component_id else c
                  for c in variant.components)
    return variant.with_components(comps)


def _block_end(comps: Sequence[Component], start: int) -> int:
    """Index just past the subtree that starts at `start`."""
    ids = {comps[start].id}
    end = start + 1
    while end < len(comps) and comps[end].parent_id in ids:
        ids.add(comps[end].id)
        end += 1
    return end


def subtree_ids(variant: Variant, component_id: str) -> list[str]:
    """The component and all its descendants, in order."""
    comps = variant.components
    start = _index(comps, component_id)
    return [c.id for c in comps[start:_block_end(comps, start)]]


def _index(comps: Sequence[Component], component_id: str) -> int:
    for i, c in enumerate(comps):
        if c.id == component_id:
            return i
    raise KeyError(component_id)


def normalise_order(components: Iterable[Component]) -> tuple[Component, ...]:
    """Depth-first order that keeps the sibling order; orphans come out at top level."""
    comps = tuple(components)
    ids = {c.id for c in comps}
    kids = children_index(c for c in comps if c.parent_id in ids)
    roots = [c for c in comps if c.parent_id not in ids]
    out: list[Component] = []
    stack = list(reversed(roots))
    seen: set[str] = set()
    while stack:
        c = stack.pop()
        if c.id in seen:
            continue
        seen.add(c.id)
        out.append(c)
        stack.extend(reversed(kids.get(c.id, [])))
    out.extend(c for c in comps if c.id not in seen)  # parts of a parent loop
    return tuple(out)


def insert_components(variant: Variant, parent_id: str | None, after_id: str | None,
                      new: Sequence[Component]) -> tuple[Variant, list[str]]:
    """Insert components (a list in tree order) under `parent_id`, after sibling `after_id`.

    Components whose parent is not among `new` become children of `parent_id`. Ids are
    made unique; returns the variant and the new ids of the inserted top rows.
    """
    comps = list(variant.components)
    taken = {c.id for c in comps}
    remap: dict[str, str] = {}
    for c in new:
        nid = c.id if c.id and c.id not in taken else new_id(taken, "c")
        taken.add(nid)
        remap[c.id] = nid
    inserted = [replace(c, id=remap[c.id], row=None,
                        parent_id=remap[c.parent_id] if c.parent_id in remap else parent_id)
                for c in new]
    if after_id is not None:
        pos = _block_end(comps, _index(comps, after_id))
    elif parent_id is not None:
        pos = _index(comps, parent_id) + 1
    else:
        pos = 0
    comps[pos:pos] = inserted
    tops = [c.id for c in inserted if c.parent_id == parent_id]
    return variant.with_components(comps), tops


def delete_components(variant: Variant, ids: Iterable[str]) -> Variant:
    """The variant without these components and their descendants."""
    gone = set(ids)
    out = []
    for c in variant.components:
        if c.id in gone or c.parent_id in gone:
            gone.add(c.id)
            continue
        out.append(c)
    return variant.with_components(out)


def previous_sibling(variant: Variant, component_id: str) -> Component | None:
    comps = variant.components
    me = comps[_index(comps, component_id)]
    before = None
    for c in comps:
        if c.id == component_id:
            return before
        if c.parent_id == me.parent_id:
            before = c
    return None


def next_sibling(variant: Variant, component_id: str) -> Component | None:
    comps = variant.components
    i = _index(comps, component_id)
    end = _block_end(comps, i)
    if end < len(comps) and comps[end].parent_id == comps[i].parent_id:
        return comps[end]
    return None


def indent(variant: Variant, component_id: str) -> Variant:
    """Make a component the last child of its previous sibling (no-op at the top)."""
    prev = previous_sibling(variant, component_id)
    if prev is None:
        return variant
    comps = tuple(replace(c, parent_id=prev.id) if c.id == component_id else c
                  for c in variant.components)
    return variant.with_components(comps)


def outdent(variant: Variant, component_id: str) -> Variant:
    """Make a component the next sibling of its parent (no-op at the top level)."""
    comps = list(variant.components)
    i = _index(comps, component_id)
    parent_id = comps[i].parent_id
    if parent_id is None:
        return variant
    grand = comps[_index(comps, parent_id)].parent_id
    block = comps[i:_block_end(comps, i)]
    del comps[i:i + len(block)]
    pos = _block_end(comps, _index(comps, parent_id))
    block[0] = replace(block[0], parent_id=grand)
    comps[pos:pos] = block
    return variant.with_components(comps)


def move(variant: Variant, component_id: str, delta: int) -> Variant:
    """Swap a component (with its subtree) with its previous (-1) or next (+1) sibling."""
    other = (previous_sibling if delta < 0 else next_sibling)(variant, component_id)
    if other is None:
        return variant
    first, second = (other.id, component_id) if delta < 0 else (component_id, other.id)
    comps = list(variant.components)
    a = _index(comps, first)
    b = _index(comps, second)
    block_a = comps[a:b]
    block_b = comps[b:_block_end(comps, b)]
    comps[a:a + len(block_a) + len(block_b)] = block_b + block_a
    return variant.with_components(comps)


def copy_components(variant: Variant, ids: Iterable[str]) -> list[Component]:
    """The chosen components with their subtrees, in tree order, without duplicates."""
    wanted: set[str] = set()
    for cid in ids:
        wanted.update(subtree_ids(variant, cid))
    return [c for c in variant.components if c.id in wanted]


def copy_roots(components: Sequence[Component]) -> list[Component]:
    """Of a copied list, the rows whose parent is not itself copied."""
    ids = {c.id for c in components}
    return [c for c in components if c.parent_id not in ids]


# --------------------------------------------------------------------------
# Tab-separated rows (the clipboard, Excel)
# --------------------------------------------------------------------------

TSV_COLUMNS = ("name", "material_input", "mass", "quantity", "joint_input", "finish",
               "recycled_content")


def _tsv_value(c: Component, column: str) -> str:
    if column == "mass":
        return "" if c.mass_kg is None else f"{c.mass_kg:g} kg"
    if column == "quantity":
        return f"{c.quantity:g}"
    if column == "recycled_content":
        return "" if c.recycled_content is None else f"{c.recycled_content * 100:g}%"
    return str(getattr(c, column) or "")


def to_tsv(components: Sequence[Component]) -> str:
    """Rows as tab-separated text; the depth is shown by leading spaces in the name."""
    depth: dict[str | None, int] = {None: -1}
    lines = []
    for c in components:
        level = depth.get(c.parent_id, -1) + 1
        depth[c.id] = level
        cells = [_tsv_value(c, col) for col in TSV_COLUMNS]
        cells[0] = "  " * level + cells[0]
        lines.append("\t".join(cell.replace("\t", " ") for cell in cells))
    return "\n".join(lines) + "\n"


def _row_component(cells: list[str], index: int) -> Component:
    cells = (cells + [""] * len(TSV_COLUMNS))[:len(TSV_COLUMNS)]
    name, material, mass, qty, joint, finish, recycled = cells
    return Component(id=f"paste{index}", name=name.strip(), material_input=material.strip(),
                     mass_kg=parse_mass(mass), quantity=parse_quantity(qty),
                     joint_input=joint.strip(), finish=finish.strip(),
                     recycled_content=parse_share(recycled))


def parse_tsv(text: str) -> list[Component]:
    """Rows of tab-separated text in `TSV_COLUMNS` order; indentation makes children.

    Raises ValueError naming the 1-based line of the first cell that cannot be read.
    """
    out: list[Component] = []
    stack: list[tuple[int, str]] = []  # (indent, id) of the open ancestors
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        cells = line.split("\t")
        level = len(cells[0]) - len(cells[0].lstrip(" "))
        try:
            comp = _row_component(cells, n)
        except ValueError as exc:
            raise ValueError(f"line {n}: {exc}") from exc
        while stack and stack[-1][0] >= level:
            stack.pop()
        out.append(replace(comp, parent_id=stack[-1][1] if stack else None))
        stack.append((level, comp.id))
    return out
