"""`export`: export a project's bill of materials with results (.xlsx, .csv, .json)."""

from __future__ import annotations

import argparse

from advisor.bom_io import export_assessment, load_input, parse_map_options
from advisor.cli.options import add_assessment, add_input
from advisor.messages import problem_text, text

HELP = ("export a project's bill of materials with results (.xlsx, .csv, .json); "
        "CSV is UTF-8 with semicolons and decimal commas for --lang nl, commas and points "
        "for en")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_input(parser)
    parser.add_argument("-o", "--output", required=True, metavar="OUT",
                        help="OUT.xlsx (sheets BOM and Metrics), OUT.csv (the BOM sheet; "
                             "nl: ';' and decimal comma, en: ',' and point) or OUT.json "
                             "(the evaluate --json document)")
    add_assessment(parser)


def _evaluate(product, variant, kb, args: argparse.Namespace):
    from advisor.engine import evaluate

    return evaluate(variant, kb, product_name=product.name, region=args.region,
                    lifetime_years=args.lifetime_years,
                    industry_lifetime_years=args.industry_lifetime_years,
                    use_intensity=args.use_intensity)


def run(args: argparse.Namespace, out, err) -> int:
    """Evaluate the chosen variant and write it with its results."""
    from advisor.cli.cmd_import import make_resolver
    from advisor.kb.base import default_kb

    mapping = parse_map_options(args.map)
    _, product, variant, problems = load_input(
        args.input, product=args.product, variant=args.variant, sheet=args.sheet,
        mapping=mapping or None, resolver=make_resolver())
    for p in problems:
        print(problem_text(p, args.lang), file=err)
    kb = default_kb()
    assessment = _evaluate(product, variant, kb, args)
    path = export_assessment(args.output, variant, assessment, lang=args.lang, kb=kb)
    print(text("export_done", args.lang, rows=len(variant.components), path=str(path)),
          file=out)
    return 0
