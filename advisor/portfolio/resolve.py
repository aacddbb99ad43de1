"""Which product and variant each portfolio line means, in the files it names.

The first pass over the files: every project file is hashed and attached (in batches) to
read its products and variants; a bill of materials is imported. Each line then names a
key of the results cache for its "before" and, if it has one, its "after". Every line
that names something that is not there is reported with the portfolio file, its row and
its column, before anything is evaluated.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from advisor.errors import InputError, Problem
from advisor.kb import KnowledgeBase
from advisor.model import (
    DEFAULT_PROCESSING_SCOPE,
    DEFAULT_REGION,
    PROCESSING_SCOPES,
    REGIONS,
    Variant,
)
from advisor.portfolio.model import PLAN, PortfolioLine
from advisor.portfolio.projects import (
    Catalog,
    ProductRow,
    ProjectReader,
    VariantRow,
    check_file,
    file_digest,
    is_project,
)
from advisor.project_reader import check_regular_file

Key = tuple[str, str, str]  # project hash, product id, variant key
BOM_PRODUCT = ""  # a bill of materials holds one product and one variant
BOM_VARIANT = "bom"


@dataclass(frozen=True)
class Target:
    """One thing to evaluate: a product's variant, or the plan made from it."""

    key: Key
    path: Path
    product: ProductRow
    variant: VariantRow
    plan: bool


@dataclass
class Resolved:
    """The lines with their keys, what to evaluate for them, and the files they read."""

    keys: dict[int, tuple[Key, Key | None]] = field(default_factory=dict)  # by line row
    targets: dict[Key, Target] = field(default_factory=dict)
    catalogs: dict[Path, Catalog] = field(default_factory=dict)
    boms: dict[Path, tuple[str, Variant]] = field(default_factory=dict)  # name, variant


def variant_key(variant_id: str, plan: bool) -> str:
    return ("plan:" if plan else "v:") + variant_id


def _line_problem(source: str, line: PortfolioLine, column: str, code: str, message: str,
                  value: str | None = None, hint: str = "", **params: object) -> Problem:
    return Problem(code, message, file=source, row=line.row, column=column, value=value,
                   hint=hint or None, params=dict(params))


def _file_problems(source: str, line: PortfolioLine, error: InputError) -> list[Problem]:
    """The problems of a file, placed on the portfolio line that names it. A bill of
    materials' own problems (with their row and column) follow the line's."""
    errors = [p for p in error.problems if p.is_error] or error.problems
    inner = errors[0]
    if inner.row is None:
        return [Problem(inner.code, inner.message, file=source, row=line.row,
                        column="project", value=line.project, hint=inner.hint,
                        params=dict(inner.params) | {"path": str(line.path)})]
    head = Problem("portfolio_bom_invalid", "The bill of materials cannot be read",
                   file=source, row=line.row, column="project", value=line.project,
                   hint="See the problems of the file below", params={"path": str(line.path)})
    return [head, *errors]


def _find(items: list, wanted: str | None):
    if wanted is None:
        return items[0] if items else None
    return next((x for x in items if wanted in (x.name, x.id)), None)


def _choose_variant(variants: list[VariantRow], wanted: str | None,
                    ) -> tuple[VariantRow | None, bool]:
    """(variant, plan?) for a variant cell: a name or id, `plan`, or empty (the first)."""
    found = _find(variants, wanted)
    if found is None and wanted is not None and wanted.strip().lower() == PLAN:
        return (variants[0] if variants else None), True
    return found, False


def _names(items: list) -> str:
    return ", ".join(x.name for x in items[:20]) + (", …" if len(items) > 20 else "")


class LineResolver:
    """Reads the files once and turns each line into cache keys and evaluation targets."""

    def __init__(self, source: str, kb_streams: set[str]) -> None:
        self.source = source
        self.streams = kb_streams
        self.out = Resolved()
        self.problems: list[Problem] = []

    def read_files(self, lines: tuple[PortfolioLine, ...], reader: ProjectReader,
                   known_migrations: tuple[str, ...], resolver: object,
                   tick: Callable[[], None]) -> dict[Path, InputError]:
        """Hash, check and catalogue every distinct file; the errors by file."""
        errors: dict[Path, InputError] = {}
        projects: list[Catalog] = []
        for path in dict.fromkeys(x.path for x in lines):
            try:
                check_file(path)
                if is_project(path):
                    check_regular_file(path)  # a device, a pipe, too large: refused
                    projects.append(Catalog(path, file_digest(path)))
                else:
                    self.out.boms[path] = _import_bom(path, resolver)
                    self.out.catalogs[path] = Catalog(path, file_digest(path))
            except InputError as exc:
                errors[path] = exc
            except OSError as exc:
                errors[path] = InputError(Problem("project_corrupt", str(exc), file=str(path)))
            tick()
        for start in range(0, len(projects), reader.batch_size):
            batch = projects[start:start + reader.batch_size]
            with reader.attached(batch) as failed:
                errors.update({cat.path: exc for cat, exc in failed})
                for cat in batch:
                    if cat.path in errors:
                        continue
                    try:
                        reader.check_app(cat, known_migrations)
                        reader.read_catalog(cat)
                        self.out.catalogs[cat.path] = cat
                    except InputError as exc:
                        errors[cat.path] = exc
        return errors

    def resolve(self, line: PortfolioLine) -> None:
        cat = self.out.catalogs[line.path]
        if line.path in self.out.boms:
            self._resolve_bom(line, cat)
            return
        product = _find(cat.products, line.product)
        if product is None:
            self.problems.append(_line_problem(
                self.source, line, "product", "portfolio_unknown_product",
                "The project has no such product", line.product or "",
                f"Choose one of: {_names(cat.products)}" if cat.products else
                "The project holds no products", products=_names(cat.products)))
            return
        if not self._settings_valid(line, product):
            return
        variants = cat.variants.get(product.id, [])
        before, before_plan = _choose_variant(variants, line.variant)
        if before is None:
            self._unknown_variant(line, "variant", line.variant, variants)
            return
        after_key = None
        if line.compare_variant is not None:
            after, after_plan = _choose_variant(variants, line.compare_variant)
            if after is None:
                self._unknown_variant(line, "compare_variant", line.compare_variant, variants)
                return
            # `plan` as the after is the plan made from the before variant.
            after_key = self._target(cat, product, before if after_plan else after,
                                     after_plan)
        before_key = self._target(cat, product, before, before_plan)
        self.out.keys[line.row] = (before_key, after_key)

    def _target(self, cat: Catalog, product: ProductRow, variant: VariantRow,
                plan: bool) -> Key:
        key = (cat.digest, product.id, variant_key(variant.id, plan))
        self.out.targets.setdefault(key, Target(key, cat.path, product, variant, plan))
        return key

    def _resolve_bom(self, line: PortfolioLine, cat: Catalog) -> None:
        name, bom = self.out.boms[line.path]
        product = ProductRow(BOM_PRODUCT, line.product or name, DEFAULT_REGION,
                             DEFAULT_PROCESSING_SCOPE, "")
        row = VariantRow(BOM_VARIANT, bom.name, bom.lifetime_years,
                         bom.industry_lifetime_years, bom.use_intensity)
        keys: list[Key | None] = []
        for column, value in (("variant", line.variant),
                              ("compare_variant", line.compare_variant)):
            if value is None and column == "compare_variant":
                keys.append(None)
                continue
            plan = value is not None and value.strip().lower() == PLAN
            if value is not None and not plan and value not in (bom.name, bom.id):
                self._unknown_variant(line, column, value, [row])
                return
            keys.append(self._target(cat, product, row, plan))
        self.out.keys[line.row] = (keys[0], keys[1])

    def _unknown_variant(self, line: PortfolioLine, column: str, value: str | None,
                         variants: list[VariantRow]) -> None:
        self.problems.append(_line_problem(
            self.source, line, column, "portfolio_unknown_variant",
            "The product has no such variant", value or "",
            f"Choose one of: {_names(variants)}, or plan (the recommended redesign)",
            variants=_names(variants)))

    def _settings_valid(self, line: PortfolioLine, product: ProductRow) -> bool:
        bad = [(name, value) for name, value, allowed in (
            ("region", product.region, REGIONS),
            ("processed_within", product.processed_within, PROCESSING_SCOPES),
            ("stream", product.stream, self.streams | {""})) if value not in allowed]
        for name, value in bad:
            self.problems.append(_line_problem(
                self.source, line, "product", "portfolio_bad_setting",
                f"The product's setting {name} is not valid", value,
                "Open the project in Cirkelwijzer and choose the setting again",
                setting=name))
        return not bad


def _import_bom(path: Path, resolver: object) -> tuple[str, Variant]:
    """A bill of materials: its product's name and its one variant."""
    from advisor.bom_io import read_bom

    result = read_bom(path, resolver=resolver)
    return result.product.name, result.product.variants[0]


def resolve_lines(lines: tuple[PortfolioLine, ...], source: str, reader: ProjectReader,
                  kb: KnowledgeBase, resolver: object, tick: Callable[[], None]) -> Resolved:
    """Every line's keys and the targets to evaluate; `InputError` naming every bad line."""
    from advisor.store import KNOWN_MIGRATIONS

    streams = {r["id"] for r in kb.rows("eol_streams")}
    work = LineResolver(source, streams)
    errors = work.read_files(lines, reader, KNOWN_MIGRATIONS, resolver, tick)
    told: set[Path] = set()
    for line in lines:
        if line.path in errors:
            found = _file_problems(source, line, errors[line.path])
            work.problems.extend(found if line.path not in told else found[:1])
            told.add(line.path)
        else:
            work.resolve(line)
    if work.problems:
        raise InputError(work.problems)
    return work.out
