"""`export`: export a project's bill of materials with results (.xlsx, .csv, .json)."""

from __future__ import annotations

import argparse

from advisor.bom_io import export_assessment
from advisor.bom_io.export import SUFFIXES
from advisor.cli.options import add_assessment, add_input
from advisor.messages import text

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


def run(args: argparse.Namespace, out, err) -> int:
    """Evaluate the chosen variant and write it with its results."""
    from advisor.cli.assess import load_and_evaluate
    from advisor.cli.knowledge import knowledge_base
    from advisor.outputs import check_output_file, reporting_write_errors

    target = check_output_file(args.output, SUFFIXES)
    kb = knowledge_base(err, args.lang)
    loaded = load_and_evaluate(args, args.input, kb, err)
    variant, assessment = loaded.variant, loaded.assessment
    with reporting_write_errors(target):
        path = export_assessment(target, variant, assessment, lang=args.lang, kb=kb)
    print(text("export_done", args.lang, rows=len(variant.components), path=str(path)),
          file=out)
    return 0
