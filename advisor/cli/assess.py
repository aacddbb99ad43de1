"""Load an input and evaluate it: the common first half of evaluate, report and export."""

from __future__ import annotations

import argparse
from dataclasses import dataclass

from advisor.cli.safe_text import print_problems
from advisor.errors import WARNING, InputError, Problem
from advisor.model import Assessment, EolSettings, Product, Project, Variant, settings_of


@dataclass(frozen=True)
class Loaded:
    project: Project
    product: Product
    variant: Variant
    assessment: Assessment


def load_and_evaluate(args: argparse.Namespace, source: str, kb, err, *, pick: bool = True,
                      resolver=None, choose: tuple[str | None, str | None] = (None, None),
                      ) -> Loaded:
    """Read a BOM or project, print its import warnings, and evaluate the chosen variant.

    `pick=False` ignores --product/--variant and takes the (product, variant) of `choose`
    instead (None: the first; used for the --compare input).
    """
    from advisor.analysis import evaluate
    from advisor.bom_io import is_project_file, load_input, parse_map_options
    from advisor.engine import resolver_for

    product_name, variant_name = (args.product, args.variant) if pick else choose
    if is_project_file(source):
        project, product, variant, warnings = load_project(source, product_name, variant_name)
    else:
        resolver = resolver if resolver is not None else resolver_for(kb)
        project, product, variant, warnings = load_input(
            source, product=product_name, variant=variant_name, sheet=args.sheet,
            mapping=parse_map_options(args.map) or None, resolver=resolver)
    print_problems(warnings, args.lang, err)
    settings = effective_settings(args, product, variant)
    check_stream(settings.stream, kb)
    assessment = evaluate(variant, kb, product_name=product.name, region=settings.region,
                          processed_within=settings.processed_within, stream=settings.stream,
                          lifetime_years=settings.lifetime_years,
                          industry_lifetime_years=settings.industry_lifetime_years,
                          use_intensity=settings.use_intensity)
    return Loaded(project, product, variant, assessment)


def load_project(source: str, product_name: str | None, variant_name: str | None,
                 ) -> tuple[Project, Product, Variant, tuple[Problem, ...]]:
    """A project's chosen variant, checked by the import's rules before it is evaluated.

    A value the import would refuse (a negative mass, quantity 0, 700% recycled, the
    limits on quantities and mass, a bad setting) refuses the evaluation with the same
    message, naming the project file, the variant, the row and the column.
    """
    from advisor.project_rows import variant_problems
    from advisor.store import read_project

    opened = read_project(source)
    product = opened.project.product(product_name)
    variant = product.variant(variant_name)
    errors = [p for p in variant_problems(product, variant, source) if p.is_error]
    if errors:
        raise InputError(errors)
    warnings = ()
    if opened.ignored:
        warnings = (Problem("project_extras_ignored", "Parts of the file were not read",
                            file=str(source), severity=WARNING,
                            params={"count": len(opened.ignored),
                                    "names": ", ".join(opened.ignored[:5])}),)
    return opened.project, product, variant, warnings


def check_stream(stream: str, kb) -> None:
    """A stream the knowledge base does not know is bad input (exit 2), with the ids."""
    from advisor.engine.streams import stream_by_id, stream_choices
    from advisor.errors import InputError, Problem

    if stream and stream_by_id(kb, stream) is None:
        ids = ", ".join(s.id for s in stream_choices(kb))
        raise InputError(Problem("stream_unknown", "Unknown end-of-life stream (--stream)",
                                 value=stream, params={"streams": ids}))


def given_settings(args: argparse.Namespace) -> dict:
    """The settings options given on the command line (None: not given)."""
    return {"region": getattr(args, "region", None),
            "processed_within": getattr(args, "processed_within", None),
            "stream": getattr(args, "stream", None),
            "lifetime_years": getattr(args, "lifetime_years", None),
            "industry_lifetime_years": getattr(args, "industry_lifetime_years", None),
            "use_intensity": getattr(args, "use_intensity", None)}


def effective_settings(args: argparse.Namespace, product: Product,
                       variant: Variant) -> EolSettings:
    """The project's stored settings (defaults for a bill of materials), with every option
    given on the command line in their place."""
    return settings_of(product, variant).overridden(**given_settings(args))
