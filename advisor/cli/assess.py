"""Load an input and evaluate it: the common first half of evaluate, report and export."""

from __future__ import annotations

import argparse
from dataclasses import dataclass

from advisor.messages import problem_text
from advisor.model import Assessment, Product, Project, Variant


@dataclass(frozen=True)
class Loaded:
    project: Project
    product: Product
    variant: Variant
    assessment: Assessment


def load_and_evaluate(args: argparse.Namespace, source: str, kb, err, *, pick: bool = True,
                      resolver=None) -> Loaded:
    """Read a BOM or project, print its import warnings, and evaluate the chosen variant.

    `pick=False` ignores --product/--variant (used for the --compare input).
    """
    from advisor.bom_io import load_input, parse_map_options
    from advisor.engine import evaluate, resolver_for

    resolver = resolver if resolver is not None else resolver_for(kb)
    project, product, variant, warnings = load_input(
        source, product=args.product if pick else None,
        variant=args.variant if pick else None, sheet=args.sheet,
        mapping=parse_map_options(args.map) or None, resolver=resolver)
    for problem in warnings:
        print(problem_text(problem, args.lang), file=err)
    assessment = evaluate(variant, kb, product_name=product.name, region=args.region,
                          lifetime_years=args.lifetime_years,
                          industry_lifetime_years=args.industry_lifetime_years,
                          use_intensity=args.use_intensity)
    return Loaded(project, product, variant, assessment)
