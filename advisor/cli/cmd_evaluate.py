"""`evaluate`: print the assessment (text table; --json for JSON)."""

from __future__ import annotations

import argparse

from advisor.cli.options import add_assessment, add_input

HELP = "print the assessment (text table; --json for JSON)"
# Up to this many BOM rows --json is indented (readable); above it compact: the indenting
# encoder is pure Python (20,000 rows: 2.4 s indented, 0.6 s compact). Same content.
INDENT_MAX_ROWS = 2_000


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_input(parser)
    add_assessment(parser)
    parser.add_argument("--json", action="store_true",
                        help="print the assessment as JSON (schema cirkelwijzer.assessment/1); "
                        f"indented up to {INDENT_MAX_ROWS:,} rows, compact (one line) above")


def run(args: argparse.Namespace, out, err) -> int:
    """Load the input, evaluate it and print a table or the JSON document."""
    from advisor.cli.assess import load_and_evaluate
    from advisor.cli.knowledge import knowledge_base
    from advisor.cli.safe_text import json_writer
    from advisor.engine import assessment_to_json
    from advisor.engine.jsonout import write_json
    from advisor.engine.textout import assessment_table

    kb = knowledge_base(err, args.lang)
    assessment = load_and_evaluate(args, args.input, kb, err).assessment
    if args.json:
        compact = len(assessment.components) > INDENT_MAX_ROWS
        stream = json_writer(out)
        write_json(assessment_to_json(assessment, args.lang), stream, None if compact else 2)
        stream.write("\n")
    else:
        out.write(assessment_table(assessment, args.lang))
    return 0
