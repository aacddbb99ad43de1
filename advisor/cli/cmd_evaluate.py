"""`evaluate`: print the assessment (text table; --json for JSON)."""

from __future__ import annotations

import argparse
import json

from advisor.cli.options import add_assessment, add_input
from advisor.messages import problem_text

HELP = "print the assessment (text table; --json for JSON)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_input(parser)
    add_assessment(parser)
    parser.add_argument("--json", action="store_true",
                        help="print the assessment as JSON (schema cirkelwijzer.assessment/1)")


def run(args: argparse.Namespace, out, err) -> int:
    """Load the input, evaluate it and print a table or the JSON document."""
    from advisor.bom_io import load_input, parse_map_options
    from advisor.engine import assessment_to_json, evaluate
    from advisor.engine.textout import assessment_table
    from advisor.kb.base import default_kb

    kb = default_kb()
    _project, product, variant, warnings = load_input(
        args.input, product=args.product, variant=args.variant, sheet=args.sheet,
        mapping=parse_map_options(args.map))
    for problem in warnings:
        print(problem_text(problem, args.lang), file=err)
    assessment = evaluate(variant, kb, product_name=product.name, region=args.region,
                          lifetime_years=args.lifetime_years,
                          industry_lifetime_years=args.industry_lifetime_years,
                          use_intensity=args.use_intensity)
    if args.json:
        json.dump(assessment_to_json(assessment, args.lang), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        out.write(assessment_table(assessment, args.lang))
    return 0
