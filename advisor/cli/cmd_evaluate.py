"""`evaluate`: print the assessment (text table; --json for JSON)."""

from __future__ import annotations

import argparse
import json

from advisor.cli.options import add_assessment, add_input

HELP = "print the assessment (text table; --json for JSON)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_input(parser)
    add_assessment(parser)
    parser.add_argument("--json", action="store_true",
                        help="print the assessment as JSON (schema cirkelwijzer.assessment/1)")


def run(args: argparse.Namespace, out, err) -> int:
    """Load the input, evaluate it and print a table or the JSON document."""
    from advisor.cli.assess import load_and_evaluate
    from advisor.engine import assessment_to_json
    from advisor.engine.textout import assessment_table
    from advisor.kb.base import default_kb

    assessment = load_and_evaluate(args, args.input, default_kb(), err).assessment
    if args.json:
        json.dump(assessment_to_json(assessment, args.lang), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        out.write(assessment_table(assessment, args.lang))
    return 0
